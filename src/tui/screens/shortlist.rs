//! The shortlist: the careers a student starred, in their order, each with a note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::career::CareerSummary;
use crate::domain::shortlist::{Move, ShortlistEntry};
use crate::strings::input as si;
use crate::strings::{career as cs, shortlist as s};
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::list;

/// What the shortlist asks Explore to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    None,
    Close,
    /// Show this career in the Explore detail.
    Open(String),
    /// Write a note on this career.
    Note(String),
    /// Pick this career for comparing.
    Compare(String),
}

#[derive(Debug, Default)]
pub struct ShortlistView {
    pub list: list::ListState,
    /// The career waiting for "remove?", and the question.
    pub confirm: Option<(String, Confirm)>,
}

impl ShortlistView {
    pub fn contexts(&self) -> &'static [Context] {
        if self.confirm.is_some() {
            &[Context::Confirm]
        } else {
            &[Context::Shortlist, Context::List, Context::Global]
        }
    }

    fn selected<'a>(&self, entries: &'a [ShortlistEntry]) -> Option<&'a ShortlistEntry> {
        entries.get(self.list.selected)
    }

    /// `entries` is the student's shortlist; it is reloaded by the caller after changes.
    pub fn update(
        &mut self,
        action: &Action,
        entries: &[ShortlistEntry],
        all: &[CareerSummary],
        student: i64,
        ctx: &mut Ctx,
    ) -> Outcome {
        let len = entries.len();
        if let Some((id, question)) = &mut self.confirm {
            let id = id.clone();
            match question.update(action) {
                Choice::Act => {
                    self.confirm = None;
                    match ctx.store.unstar(student, &id) {
                        Ok(_) => {
                            let title = all
                                .iter()
                                .find(|c| c.id == id)
                                .map_or(id.as_str(), |c| &c.title);
                            ctx.info(s::unstarred(title));
                        }
                        Err(e) => ctx.error(e.to_string()),
                    }
                    self.list.select(self.list.selected, len.saturating_sub(1));
                }
                Choice::Keep => self.confirm = None,
                Choice::Open => {}
            }
            return Outcome::None;
        }
        let id = self.selected(entries).map(|e| e.career_id.clone());
        match (action, id) {
            (Action::Back | Action::Shortlist, _) => return Outcome::Close,
            _ if self.list.navigate(action, len, 10) => {}
            (Action::Select, Some(id)) => return Outcome::Open(id),
            (Action::Note, Some(id)) => return Outcome::Note(id),
            (Action::Compare, Some(id)) => return Outcome::Compare(id),
            (Action::Remove, Some(id)) => {
                let title = all
                    .iter()
                    .find(|c| c.id == id)
                    .map_or(id.as_str(), |c| &c.title);
                let question = Confirm::new(
                    s::CONFIRM_TITLE,
                    s::confirm_remove(title),
                    si::KEEP,
                    si::REMOVE,
                );
                self.confirm = Some((id, question));
            }
            (Action::MoveUp | Action::MoveDown, Some(id)) => {
                let dir = if *action == Action::MoveUp {
                    Move::Up
                } else {
                    Move::Down
                };
                match ctx.store.move_shortlisted(student, &id, dir) {
                    Ok(true) => {
                        if dir == Move::Up {
                            self.list.up(len, 1);
                        } else {
                            self.list.down(len, 1);
                        }
                    }
                    Ok(false) => {}
                    Err(e) => ctx.error(e.to_string()),
                }
            }
            _ => {}
        }
        Outcome::None
    }

    pub fn render(
        &self,
        f: &mut Frame,
        area: Rect,
        entries: &[ShortlistEntry],
        all: &[CareerSummary],
        student_name: &str,
        theme: &Theme,
    ) {
        let title_of = |id: &str| {
            all.iter()
                .find(|c| c.id == id)
                .map_or_else(|| s::gone(id), |c| c.title.clone())
        };
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        let title = s::title(student_name, entries.len());
        if entries.is_empty() {
            let b = list::block(&title, true, theme);
            f.render_widget(
                Paragraph::new(s::EMPTY).wrap(Wrap { trim: true }).block(b),
                area,
            );
            return;
        }
        let rows: Vec<Line<'static>> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| Line::raw(format!("{}. {}", i + 1, title_of(&e.career_id))))
            .collect();
        list::render(
            f,
            left,
            list::block(&title, true, theme),
            rows,
            &self.list,
            true,
            theme,
        );
        let Some(e) = self.selected(entries) else {
            return;
        };
        let career = all.iter().find(|c| c.id == e.career_id);
        let mut lines = vec![Line::styled(title_of(&e.career_id), theme.heading)];
        if let Some(c) = career {
            lines.push(Line::styled(cs::subtitle(c.kind, c.field), theme.dim));
            lines.push(Line::raw(""));
            lines.push(Line::raw(c.summary.clone()));
            lines.push(Line::raw(""));
            let years = match c.total_years {
                Some(y) => cs::span(y),
                None => cs::UNKNOWN.to_string(),
            };
            lines.push(Line::raw(s::years_line(&years)));
            let pay = match c.median_wage_2024 {
                None => cs::UNKNOWN.to_string(),
                Some(w) if c.pay_of_group => cs::group_figure(&w.label()),
                Some(w) => w.label(),
            };
            lines.push(Line::raw(s::pay_line(&pay)));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(s::REORDER_HINT, theme.dim));
        lines.push(Line::raw(""));
        lines.push(Line::styled(s::NOTE_HEADING, theme.heading));
        if e.note.is_empty() {
            lines.push(Line::styled(s::NO_NOTE, theme.dim));
        } else {
            lines.push(Line::raw(e.note.clone()));
        }
        let b = list::block(s::DETAIL_TITLE, false, theme);
        f.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }).block(b),
            right,
        );

        if let Some((_, question)) = &self.confirm {
            question.render(f, area, theme);
        }
    }
}
