//! The form for a plan's details: who, their job, the career from the catalog, when, how,
//! and the student's goal. A new plan starts with suggested questions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::interview::Library;
use crate::domain::Student;
use crate::domain::plan::{Format, Plan, parse_details};
use crate::domain::search::Searcher;
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::list;

const PERSON: usize = 0;
const ROLE: usize = 1;
const CAREER: usize = 2;
const DATE: usize = 3;
const FORMAT: usize = 4;
const GOAL: usize = 5;
const FIELDS: usize = 6;

#[derive(Debug, Default)]
pub struct PlanForm {
    /// The plan being edited; None for a new one.
    pub editing: Option<i64>,
    pub inputs: [Input; FIELDS],
    pub format: Option<Format>,
    pub field: usize,
    pub error: Option<String>,
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

impl PlanForm {
    pub fn edit(plan: &Plan, lib: &Library) -> PlanForm {
        let d = &plan.details;
        let mut f = PlanForm {
            editing: Some(plan.id),
            format: Some(d.format),
            ..PlanForm::default()
        };
        f.inputs[PERSON] = Input::new(d.person.clone());
        f.inputs[ROLE] = Input::new(d.role.clone());
        f.inputs[CAREER] = Input::new(lib.title(d.career_id.as_deref()).unwrap_or("").into());
        f.inputs[DATE] = Input::new(d.date.clone().unwrap_or_default());
        f.inputs[GOAL] = Input::new(d.goal.clone());
        f.matched = d
            .career_id
            .as_ref()
            .and_then(|id| lib.careers.iter().position(|c| &c.id == id));
        f
    }

    pub fn contexts(&self) -> &'static [Context] {
        &[Context::Form]
    }

    fn format(&self) -> Format {
        self.format.unwrap_or(Format::InPerson)
    }

    pub fn update(
        &mut self,
        action: &Action,
        ctx: &mut Ctx,
        st: &Student,
        lib: &Library,
    ) -> FormOutcome {
        match action {
            Action::Back => return FormOutcome::Cancel,
            Action::NextField => self.field = (self.field + 1) % FIELDS,
            Action::PrevField => self.field = (self.field + FIELDS - 1) % FIELDS,
            Action::Text(key) if self.field == FORMAT => {
                use crossterm::event::KeyCode;
                match key.code {
                    KeyCode::Left => self.format = Some(self.format().prev()),
                    KeyCode::Right | KeyCode::Char(' ') => self.format = Some(self.format().next()),
                    _ => {}
                }
            }
            Action::Text(key) => {
                self.inputs[self.field].handle_event(&crossterm::event::Event::Key(*key));
                self.error = None;
                if self.field == CAREER {
                    let q = self.inputs[CAREER].value().trim().to_string();
                    let found = if q.is_empty() {
                        Vec::new()
                    } else {
                        Searcher::default().search(&lib.careers, &q)
                    };
                    self.matched = found.first().copied();
                    self.also = found.into_iter().skip(1).take(2).collect();
                }
            }
            Action::Select => return self.submit(ctx, st, lib),
            _ => {}
        }
        FormOutcome::None
    }

    fn submit(&mut self, ctx: &mut Ctx, st: &Student, lib: &Library) -> FormOutcome {
        let career_id = self
            .matched
            .and_then(|i| lib.careers.get(i))
            .map(|c| c.id.clone());
        let d = match parse_details(
            self.inputs[PERSON].value(),
            self.inputs[ROLE].value(),
            career_id,
            self.inputs[DATE].value(),
            self.format(),
            self.inputs[GOAL].value(),
        ) {
            Ok(d) => d,
            Err(e) => {
                self.error = Some(e.to_string());
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
                self.error = Some(e.to_string());
                FormOutcome::None
            }
        }
    }

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View, lib: &Library) {
        let theme = view.theme;
        let title = if self.editing.is_some() {
            s::EDIT_TITLE
        } else {
            s::NEW_TITLE
        };
        let block = list::block(title, true, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let label_w = 10usize;
        let mut lines = vec![Line::styled(s::FORM_INTRO, theme.dim), Line::raw("")];
        let mut cursor = None;
        for (i, label) in s::FORM_LABELS.iter().enumerate() {
            let focused = i == self.field;
            let marker = if focused { "▶ " } else { "  " };
            let style = if focused {
                theme.input_focused
            } else {
                theme.input
            };
            let value = if i == FORMAT {
                format!("◀ {} ▶", si::format_name(self.format()))
            } else {
                let input = &self.inputs[i];
                let width = usize::from(inner.width).saturating_sub(label_w + 4).max(1);
                let scroll = input.visual_scroll(width);
                if focused {
                    let x = inner.x
                        + (2 + label_w) as u16
                        + input.visual_cursor().saturating_sub(scroll) as u16;
                    cursor = Some((x, inner.y + lines.len() as u16));
                }
                input.value().chars().skip(scroll).collect()
            };
            lines.push(Line::from(vec![
                Span::styled(marker, theme.key),
                Span::styled(format!("{label:<label_w$}"), theme.heading),
                Span::styled(value, style),
            ]));
            if i == CAREER {
                let shown = match self.matched.and_then(|m| lib.careers.get(m)) {
                    Some(c) => {
                        let also: Vec<&str> = self
                            .also
                            .iter()
                            .filter_map(|i| lib.careers.get(*i))
                            .map(|c| c.title.as_str())
                            .collect();
                        s::career_match(&c.title, &also)
                    }
                    None if self.inputs[CAREER].value().trim().is_empty() => {
                        s::CAREER_HINT.to_string()
                    }
                    None => s::NO_CAREER_MATCH.to_string(),
                };
                // One line, cut to fit, so the rows below stay where the cursor expects them.
                let room = usize::from(inner.width).saturating_sub(label_w + 2);
                let shown: String = shown.chars().take(room).collect();
                lines.push(Line::styled(
                    format!("{:w$}{shown}", "", w = label_w + 2),
                    theme.dim,
                ));
            }
        }
        lines.push(Line::raw(""));
        let hint = match self.field {
            DATE => s::DATE_HINT,
            FORMAT => s::FORMAT_HINT,
            GOAL => s::GOAL_HINT,
            ROLE => s::ROLE_HINT,
            _ => s::FORM_KEYS,
        };
        lines.push(Line::styled(hint, theme.dim));
        if self.editing.is_none() {
            lines.push(Line::styled(s::SUGGEST_NOTE, theme.dim));
        }
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.clone(), theme.error));
        }
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        if let Some((x, y)) = cursor
            && x < inner.x + inner.width
            && y < inner.y + inner.height
        {
            f.set_cursor_position((x, y));
        }
    }
}
