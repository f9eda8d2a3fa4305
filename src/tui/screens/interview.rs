//! Interview prep: the student's plans. From here a new plan is made (the form) and a plan
//! is opened (its tabs are in `interview_plan`).

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::interview_form::{FormOutcome, PlanForm};
use super::interview_plan::{PlanOutcome, PlanView};
use crate::domain::Student;
use crate::domain::career::CareerSummary;
use crate::domain::interview::Question;
use crate::domain::plan::PlanSummary;
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Catalog, Effect, Screen, without_student};
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::list;

/// What the plan screens share: the catalog, the question bank and where sheets are saved.
#[derive(Debug)]
pub struct Library {
    pub careers: Vec<CareerSummary>,
    pub bank: Vec<Question>,
    pub export_dir: PathBuf,
}

impl Library {
    pub fn title(&self, id: Option<&str>) -> Option<&str> {
        let id = id?;
        self.careers
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.as_str())
    }
}

/// What can be open over the list of plans: one at a time.
#[derive(Debug)]
pub enum Modal {
    /// A new plan, or a plan's details being changed.
    Form(Box<PlanForm>),
    /// The plan waiting for "delete?", and the question.
    Confirm(i64, Confirm),
}

#[derive(Debug)]
pub struct Interview {
    pub lib: Library,
    pub plans: Vec<PlanSummary>,
    pub list: list::ListState,
    /// The one window open over the list, if any: it takes every key.
    pub modal: Option<Modal>,
    /// The plan open in its tabs (a view of its own, with its own windows).
    pub open: Option<PlanView>,
    student: Option<i64>,
}

impl Interview {
    /// The plan form, while it is open.
    pub fn form(&self) -> Option<&PlanForm> {
        match &self.modal {
            Some(Modal::Form(f)) => Some(f),
            _ => None,
        }
    }

    pub fn new(careers: Vec<CareerSummary>, bank: Vec<Question>, export_dir: PathBuf) -> Self {
        Interview {
            lib: Library {
                careers,
                bank,
                export_dir,
            },
            plans: Vec::new(),
            list: list::ListState::default(),
            modal: None,
            open: None,
            student: None,
        }
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        // Keep the same plan chosen: the list is newest first, so a plan just changed moves.
        let chosen = self.plans.get(self.list.selected).map(|p| p.id);
        self.plans = match self.student {
            Some(id) => match ctx.store.plans(id) {
                Ok(p) => p,
                Err(e) => {
                    ctx.error(e.to_string());
                    Vec::new()
                }
            },
            None => Vec::new(),
        };
        let at = chosen
            .and_then(|id| self.plans.iter().position(|p| p.id == id))
            .unwrap_or(self.list.selected);
        self.list.select(at, self.len());
    }

    /// Rows: every plan, then "new plan".
    fn len(&self) -> usize {
        self.plans.len() + 1
    }

    fn open_plan(&mut self, id: i64, ctx: &mut Ctx, st: &Student) {
        match ctx.store.plan(st.id, id) {
            Ok(Some(plan)) => {
                if let Some(i) = self.plans.iter().position(|p| p.id == id) {
                    self.list.select(i, self.len());
                }
                self.open = Some(PlanView::new(plan));
            }
            Ok(None) => ctx.error(si::no_such_plan(id)),
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn summary_lines(&self, p: &PlanSummary, view: &View) -> Vec<Line<'static>> {
        let d = &p.details;
        let theme = view.theme;
        let job = match self.lib.title(d.career_id.as_deref()) {
            Some(t) if d.role.is_empty() => t.to_string(),
            Some(t) => format!("{} ({t})", d.role),
            None => d.role.clone(),
        };
        let mut v = vec![
            Line::styled(d.person.clone(), theme.heading),
            Line::raw(job),
            Line::raw(format!(
                "{} · {}",
                si::format_name(d.format),
                d.date.as_deref().unwrap_or(s::NO_DATE)
            )),
        ];
        if !d.goal.is_empty() {
            v.push(Line::raw(s::goal(&d.goal)));
        }
        v.push(Line::raw(""));
        v.push(Line::raw(s::progress(p.questions, p.answered, p.reflected)));
        v.push(Line::raw(""));
        v.push(Line::styled(
            s::next_step(p.answered, p.reflected),
            theme.dim,
        ));
        v
    }
}

impl Screen for Interview {
    /// Whether a clock is on screen (the practice timer), so the program redraws each second.
    fn ticking(&self) -> bool {
        !matches!(self.modal, Some(Modal::Form(..)))
            && self.open.as_ref().is_some_and(PlanView::ticking)
    }

    fn contexts(&self) -> &'static [Context] {
        if self.student.is_none() {
            return &[Context::Global];
        }
        if let Some(Modal::Form(f)) = &self.modal {
            return f.contexts();
        }
        if let Some(p) = &self.open {
            return p.contexts();
        }
        if matches!(self.modal, Some(Modal::Confirm(..))) {
            return &[Context::Confirm];
        }
        &[Context::InterviewList, Context::List, Context::Global]
    }

    /// True while a dialog would delete on Enter (a plan, or a question of the open plan).
    fn armed(&self) -> bool {
        matches!(&self.modal, Some(Modal::Confirm(_, q)) if q.armed())
            || self.open.as_ref().is_some_and(|p| {
                matches!(&p.popup, Some(super::interview_plan::Popup::Confirm(_, q)) if q.armed())
            })
    }

    /// Called on arriving at the area: loads the student's plans (another student may have
    /// been chosen meanwhile).
    fn enter(&mut self, ctx: &mut Ctx) {
        let student = ctx.student;
        let id = student.map(|s| s.id);
        // Arriving shows the list of plans, never the plan open last time, so keys pressed
        // next are read as the list's.
        self.open = None;
        if id != self.student {
            self.modal = None;
            self.list = list::ListState::default();
            self.student = id;
        }
        self.reload(ctx);
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let student = ctx.student;
        let Some(st) = student else {
            return without_student(action);
        };
        if let Some(Modal::Form(form)) = &mut self.modal {
            match form.update(action, ctx, st, &self.lib) {
                FormOutcome::None => {}
                FormOutcome::Cancel => self.modal = None,
                FormOutcome::Saved(id) => {
                    self.modal = None;
                    self.reload(ctx);
                    self.open_plan(id, ctx, st);
                }
            }
            return Effect::None;
        }
        if let Some(view) = &mut self.open {
            match view.update(action, ctx, st, &self.lib) {
                PlanOutcome::None => {}
                PlanOutcome::Close => {
                    let id = view.plan.id;
                    self.open = None;
                    self.reload(ctx);
                    if let Some(i) = self.plans.iter().position(|p| p.id == id) {
                        self.list.select(i, self.len());
                    }
                }
                PlanOutcome::EditDetails => {
                    self.modal = Some(Modal::Form(Box::new(PlanForm::edit(&view.plan, &self.lib))));
                }
            }
            return Effect::None;
        }
        if let Some(Modal::Confirm(id, question)) = &mut self.modal {
            let id = *id;
            match question.update(action) {
                Choice::Act => {
                    self.modal = None;
                    match ctx.store.delete_plan(st.id, id) {
                        Ok(_) => ctx.info(s::DELETED.to_string()),
                        Err(e) => ctx.error(e.to_string()),
                    }
                    self.reload(ctx);
                }
                Choice::Keep => self.modal = None,
                Choice::Open => {}
            }
            return Effect::None;
        }
        let len = self.len();
        let selected = self.plans.get(self.list.selected).map(|p| p.id);
        match (action, selected) {
            (Action::Back, _) => return Effect::Back,
            _ if self.list.navigate(action, len, 10) => {}
            (Action::NewPlan, _) | (Action::Select, None) => {
                self.modal = Some(Modal::Form(Box::default()));
            }
            (Action::Select, Some(id)) => self.open_plan(id, ctx, st),
            (Action::Remove, Some(id)) => {
                let who = self
                    .plans
                    .iter()
                    .find(|p| p.id == id)
                    .map_or("", |p| p.details.person.as_str());
                let who: String = who.chars().take(40).collect();
                let question = Confirm::delete(s::DELETE_TITLE, s::confirm_delete(&who));
                self.modal = Some(Modal::Confirm(id, question));
            }
            (Action::Export, Some(id)) => {
                self.open_plan(id, ctx, st);
                if let Some(v) = &mut self.open {
                    v.update(&Action::Export, ctx, st, &self.lib);
                }
            }
            _ => {}
        }
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let Some(st) = view.student else {
            return crate::tui::widgets::message(f, area, s::TITLE, s::NEED_PROFILE, theme);
        };
        if let Some(Modal::Form(form)) = &self.modal {
            form.render(f, area, view, &self.lib);
            return;
        }
        if let Some(p) = &self.open {
            p.render(f, area, view, st, &self.lib);
            return;
        }
        let [left, right] = if area.width >= 70 {
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
        } else {
            [area, Rect::default()]
        };
        let mut rows: Vec<Line<'static>> = self
            .plans
            .iter()
            .map(|p| {
                let d = &p.details;
                let when = d.date.clone().unwrap_or_else(|| s::NO_DATE.to_string());
                Line::raw(format!("{when}  {}", d.person))
            })
            .collect();
        rows.push(Line::styled(s::NEW_PLAN_ROW, theme.key));
        list::render(
            f,
            left,
            list::block(&s::list_title(self.plans.len()), true, theme),
            rows,
            &self.list,
            true,
            theme,
        );
        if right.width > 0 {
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(s::ABOUT_PLAN);
            let inner = block.inner(right);
            f.render_widget(block, right);
            let lines = match self.plans.get(self.list.selected) {
                Some(p) => self.summary_lines(p, view),
                None => s::INTRO.iter().map(|l| Line::raw(*l)).collect(),
            };
            f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        }
        if let Some(Modal::Confirm(_, question)) = &self.modal {
            question.render(f, area, theme);
        }
    }

    fn catalog(&mut self, catalog: &Catalog) {
        *self = Interview::new(
            catalog.careers.clone(),
            catalog.questions.clone(),
            self.lib.export_dir.clone(),
        );
    }
}
