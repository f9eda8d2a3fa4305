//! The form for a plan's details: who, their job, the career from the catalog, when, how,
//! and the student's goal. A new plan starts with suggested questions.

use std::sync::LazyLock;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::interview::Library;
use crate::domain::Student;
use crate::domain::plan::{Format, Plan, PlanError, TextField, parse_details};
use crate::domain::search::Searcher;
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::form::{Form, Step};

/// The fields of the plan form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    Person,
    Role,
    Career,
    Date,
    Format,
    Goal,
}

/// The ways to talk, as the form's choice shows them.
static FORMATS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| Format::ALL.iter().map(|f| si::format_name(*f)).collect());

#[derive(Debug)]
pub struct PlanForm {
    /// The plan being edited; None for a new one.
    pub editing: Option<i64>,
    pub form: Form<PlanField>,
    /// The catalog career the Career field matches now (an index into the library).
    pub matched: Option<usize>,
    /// The next best matches, shown so the student can type more to pick one of them.
    pub also: Vec<usize>,
}

pub enum FormOutcome {
    None,
    Cancel,
    Saved(i64),
}

impl Default for PlanForm {
    fn default() -> PlanForm {
        PlanForm::with(None, ["", "", "", "", ""], Format::InPerson, None)
    }
}

impl PlanForm {
    /// `text`: who, their job, the career's title, when, the goal.
    fn with(
        editing: Option<i64>,
        text: [&str; 5],
        format: Format,
        matched: Option<usize>,
    ) -> PlanForm {
        let [person, role, career, date, how, goal] = s::FORM_LABELS;
        let (title, intro) = match editing {
            Some(_) => (s::EDIT_TITLE, s::FORM_INTRO.to_string()),
            None => (
                s::NEW_TITLE,
                format!("{} {}", s::FORM_INTRO, s::SUGGEST_NOTE),
            ),
        };
        let at = Format::ALL.iter().position(|f| *f == format).unwrap_or(0);
        let form = Form::new(title, intro)
            .line(PlanField::Person, person, s::PERSON_HINT, text[0])
            .line(PlanField::Role, role, s::ROLE_HINT, text[1])
            .line(PlanField::Career, career, s::CAREER_FIELD_HINT, text[2])
            .line(PlanField::Date, date, s::DATE_HINT, text[3])
            .choice(
                PlanField::Format,
                how,
                s::FORMAT_HINT,
                FORMATS.as_slice(),
                at,
            )
            .line(PlanField::Goal, goal, s::GOAL_HINT, text[4]);
        let mut f = PlanForm {
            editing,
            form,
            matched,
            also: Vec::new(),
        };
        f.form
            .set_note(PlanField::Career, Some(s::CAREER_HINT.to_string()));
        f
    }

    pub fn edit(plan: &Plan, lib: &Library) -> PlanForm {
        let d = &plan.details;
        let matched = d
            .career_id
            .as_ref()
            .and_then(|id| lib.careers.iter().position(|c| &c.id == id));
        let career = lib.title(d.career_id.as_deref()).unwrap_or("");
        let text = [
            d.person.as_str(),
            d.role.as_str(),
            career,
            d.date.as_deref().unwrap_or(""),
            d.goal.as_str(),
        ];
        let mut f = PlanForm::with(Some(plan.id), text, d.format, matched);
        f.show_match(lib);
        f
    }

    pub fn contexts(&self) -> &'static [Context] {
        self.form.contexts()
    }

    fn format(&self) -> Format {
        Format::ALL[self.form.choice_of(PlanField::Format) % Format::ALL.len()]
    }

    pub fn update(
        &mut self,
        action: &Action,
        ctx: &mut Ctx,
        st: &Student,
        lib: &Library,
    ) -> FormOutcome {
        let before = self.form.value(PlanField::Career);
        let step = self.form.update(action);
        if self.form.value(PlanField::Career) != before {
            let q = self.form.value(PlanField::Career).trim().to_string();
            // Only a career that fits what was typed is linked: when the catalog has no career
            // about it, the closest ones are not offered as if they were it.
            let found = match Searcher::default().find(&lib.careers, &q) {
                f if q.is_empty() || f.weak => Vec::new(),
                f => f.hits,
            };
            self.matched = found.first().copied();
            self.also = found.into_iter().skip(1).take(2).collect();
            self.show_match(lib);
        }
        match step {
            Step::None => FormOutcome::None,
            Step::Cancel => FormOutcome::Cancel,
            Step::Submit => self.submit(ctx, st, lib),
        }
    }

    /// The line under the Career field: the career it links to, or how to link one.
    fn show_match(&mut self, lib: &Library) {
        let note = match self.matched.and_then(|m| lib.careers.get(m)) {
            Some(c) => {
                let also: Vec<&str> = self
                    .also
                    .iter()
                    .filter_map(|i| lib.careers.get(*i))
                    .map(|c| c.title.as_str())
                    .collect();
                s::career_match(&c.title, &also)
            }
            None if self.form.value(PlanField::Career).trim().is_empty() => {
                s::CAREER_HINT.to_string()
            }
            None => s::NO_CAREER_MATCH.to_string(),
        };
        self.form.set_note(PlanField::Career, Some(note));
    }

    fn submit(&mut self, ctx: &mut Ctx, st: &Student, lib: &Library) -> FormOutcome {
        let career_id = self
            .matched
            .and_then(|i| lib.careers.get(i))
            .map(|c| c.id.clone());
        let v = |f| self.form.value(f);
        let d = match parse_details(
            &v(PlanField::Person),
            &v(PlanField::Role),
            career_id,
            &v(PlanField::Date),
            self.format(),
            &v(PlanField::Goal),
        ) {
            Ok(d) => d,
            Err(e) => {
                let at = match &e {
                    PlanError::NoPerson => PlanField::Person,
                    PlanError::NoRole => PlanField::Role,
                    PlanError::BadDate(_) => PlanField::Date,
                    PlanError::TooLong(TextField::Person, ..) => PlanField::Person,
                    PlanError::TooLong(TextField::Role, ..) => PlanField::Role,
                    PlanError::TooLong(..) => PlanField::Goal,
                    _ => self.form.focused().unwrap_or(PlanField::Person),
                };
                self.form.fail(at, e.to_string());
                return FormOutcome::None;
            }
        };
        let now = ctx.clock.now();
        let saved = match self.editing {
            Some(id) => ctx
                .store
                .update_plan_details(st.id, id, &d, now)
                .map(|_| id),
            None => ctx
                .store
                .suggestions(st, &d)
                .and_then(|qs| ctx.store.create_plan(st.id, &d, &qs, now)),
        };
        match saved {
            Ok(id) => {
                ctx.info(if self.editing.is_some() {
                    s::DETAILS_SAVED.to_string()
                } else {
                    s::created(&d.person)
                });
                FormOutcome::Saved(id)
            }
            Err(e) => {
                let at = self.form.focused().unwrap_or(PlanField::Person);
                self.form.fail(at, e.to_string());
                FormOutcome::None
            }
        }
    }

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View, _lib: &Library) {
        self.form.render(f, area, view.theme);
    }
}
