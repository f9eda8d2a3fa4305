//! Explore's actions that change what is saved or open a window: stars and notes, taking a
//! star off (asks first), comparing, opening a career, clicks, and the views over the list
//! (compare, about, areas, the shortlist).

use super::{Explore, Focus, Modal, Sub};
use crate::domain::explore::{Filters, SortBy};
use crate::domain::matching::Matcher;
use crate::strings::input as si;
use crate::strings::{compare as cmp_s, shortlist as sl};
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::screens::areas::{self};
use crate::tui::screens::compare::Compare;
use crate::tui::screens::explore_filters as panel;
use crate::tui::screens::shortlist::{self};
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::contains;
use crate::tui::widgets::prompt::Prompt;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders};

impl Explore {
    pub(super) fn student_id(&self, ctx: &mut Ctx) -> Option<i64> {
        let id = self.student.as_ref().map(|s| s.id);
        if id.is_none() {
            ctx.error(sl::NEED_PROFILE.to_string());
        }
        id
    }

    pub(super) fn toggle_star(&mut self, id: &str, ctx: &mut Ctx) {
        let Some(student) = self.student_id(ctx) else {
            return;
        };
        let title = self.title_of(id);
        let result = if self.is_starred(id) {
            // Taking a star off loses its note and its place: ask first.
            let q = Confirm::new(
                sl::CONFIRM_TITLE,
                sl::confirm_remove(&title),
                si::KEEP,
                si::REMOVE,
            );
            self.modal = Some(Modal::Unstar(id.to_string(), q));
            return;
        } else {
            ctx.store
                .star(student, id, ctx.clock.now())
                .map(|_| sl::starred(&title))
        };
        match result {
            Ok(msg) => ctx.info(msg),
            Err(e) => ctx.error(e.to_string()),
        }
        self.reload_starred(ctx);
    }

    pub(super) fn open_note(&mut self, id: &str, ctx: &mut Ctx) {
        let Some(student) = self.student_id(ctx) else {
            return;
        };
        if !self.is_starred(id) {
            if let Err(e) = ctx.store.star(student, id, ctx.clock.now()) {
                ctx.error(e.to_string());
                return;
            }
            self.reload_starred(ctx);
        }
        let current = self
            .starred
            .iter()
            .find(|e| e.career_id == id)
            .map_or("", |e| e.note.as_str());
        let prompt = Prompt::new(
            sl::note_title(&self.title_of(id)),
            sl::NOTE_HINT.to_string(),
            current,
        );
        self.modal = Some(Modal::Note(id.to_string(), prompt));
    }

    pub(super) fn update_note(&mut self, action: &Action, ctx: &mut Ctx) {
        let Some(Modal::Note(id, prompt)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Back => self.modal = None,
            Action::Text(_) | Action::Paste(_) => {
                prompt.edit(action);
            }
            Action::Select => {
                let Some(student) = self.student.as_ref().map(|s| s.id) else {
                    self.modal = None;
                    return;
                };
                let id = id.clone();
                match ctx.store.set_note(student, &id, prompt.value()) {
                    Ok(_) => {
                        self.modal = None;
                        ctx.info(sl::note_saved(&self.title_of(&id)));
                        self.reload_starred(ctx);
                    }
                    // Keep the box open with what was typed, and say what to change.
                    Err(e) => prompt.error = Some(e.to_string()),
                }
            }
            _ => {}
        }
    }

    pub(super) fn compare(&mut self, id: &str, ctx: &mut Ctx) {
        match self.pick.take() {
            None => self.pick = Some(id.to_string()),
            Some(first) if first == id => {
                self.pick = Some(first);
                ctx.error(cmp_s::SAME_CAREER.to_string());
            }
            Some(first) => match (ctx.store.career(&first), ctx.store.career(id)) {
                (Ok(Some(a)), Ok(Some(b))) => {
                    self.sub = Sub::Compare(Box::new(Compare::new(a, b)));
                }
                (Err(e), _) | (_, Err(e)) => ctx.error(e.to_string()),
                _ => ctx.error(crate::strings::cli::no_such_career(id)),
            },
        }
    }

    /// Shows `id` in the detail pane, clearing a search or filter that hides it.
    /// Shows one career's page (clearing the search and filters if they hide it).
    pub fn show_career(&mut self, id: &str, ctx: &mut Ctx) {
        self.sub = Sub::None;
        if !self.shown.iter().any(|&i| self.all[i].id == id) {
            self.query.reset();
            self.filters = Filters::default();
            self.refilter();
        }
        if let Some(at) = self.shown.iter().position(|&i| self.all[i].id == id) {
            self.list.select(at, self.shown.len());
        }
        self.focus = Focus::Detail;
        self.visiting = true;
        self.load_detail(ctx);
    }

    /// Opens Paying for it over the list; `from_elsewhere` when another area asked for it
    /// (closing it then goes back there).
    pub fn open_paying(&mut self, from_elsewhere: bool, ctx: &mut Ctx) {
        match ctx.store.costs() {
            Ok(rows) => {
                self.sub = Sub::Paying(Box::new(crate::tui::screens::paying::PayingView::new(
                    &rows,
                    from_elsewhere,
                )));
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    pub(super) fn click(&mut self, column: u16, row: u16, body: Rect) {
        // A career being read fills the body: a click there keeps it.
        if self.focus == Focus::Detail {
            return;
        }
        let len = self.shown.len();
        let [left, right] = self.layout(body);
        let [search, _, items] = Explore::list_parts(left);
        let inner = Block::default().borders(Borders::ALL).inner(items);
        if contains(search, column, row) {
            self.focus = Focus::Search;
        } else if contains(inner, column, row) {
            if let Some(i) = self.list.row_at(inner, row, len) {
                self.list.select(i, len);
                self.focus = Focus::List;
            }
        } else if contains(right, column, row) && self.detail.is_some() {
            self.focus = Focus::Detail;
        }
    }

    /// Handles an action for an open sub-view; returns false when none is open.
    pub(super) fn update_sub(&mut self, action: &Action, ctx: &mut Ctx) -> bool {
        match &mut self.sub {
            Sub::None => return false,
            Sub::Compare(c) => {
                if c.update(action) {
                    self.sub = Sub::None;
                }
            }
            Sub::About(a) => {
                if a.update(action) {
                    self.sub = Sub::None;
                }
            }
            // Handled before the other views (closing it may go back to another area).
            Sub::Paying(_) => {}
            Sub::Areas(v) => match v.update(action) {
                areas::Outcome::None => {}
                areas::Outcome::Close => self.sub = Sub::None,
                areas::Outcome::Choose(c) => {
                    self.filters = Filters {
                        kind: Some(c.kind),
                        field: c.field,
                        ..Filters::default()
                    };
                    self.query.reset();
                    self.refilter();
                    self.list.select(0, self.shown.len());
                    self.focus = Focus::List;
                    self.sub = Sub::None;
                    self.load_detail(ctx);
                }
            },
            Sub::Shortlist(v) => {
                let Some(student) = self.student.as_ref().map(|s| s.id) else {
                    self.sub = Sub::None;
                    return true;
                };
                let out = v.update(action, &self.starred, &self.all, student, ctx);
                self.reload_starred(ctx);
                if let Sub::Shortlist(v) = &mut self.sub {
                    let n = self.starred.len();
                    v.list.select(v.list.selected, n);
                }
                match out {
                    shortlist::Outcome::None => {}
                    shortlist::Outcome::Close => self.sub = Sub::None,
                    shortlist::Outcome::Open(id) => {
                        self.sub = Sub::None;
                        self.show_career(&id, ctx);
                    }
                    shortlist::Outcome::Note(id) => self.open_note(&id, ctx),
                    shortlist::Outcome::Compare(id) => {
                        self.compare(&id, ctx);
                        if matches!(self.sub, Sub::Shortlist(_)) && self.pick.is_some() {
                            // Pick the second one from the full list.
                            self.sub = Sub::None;
                        }
                    }
                }
            }
        }
        true
    }

    /// "Take it off your shortlist?" is open: it takes every key.
    pub(super) fn update_unstar(&mut self, action: &Action, ctx: &mut Ctx) {
        let Some(Modal::Unstar(id, question)) = &mut self.modal else {
            return;
        };
        match question.update(action) {
            Choice::Open => return,
            Choice::Keep => {}
            Choice::Act => {
                let id = id.clone();
                if let Some(student) = self.student_id(ctx) {
                    let title = self.title_of(&id);
                    match ctx.store.unstar(student, &id) {
                        Ok(_) => ctx.info(sl::unstarred(&title)),
                        Err(e) => ctx.error(e.to_string()),
                    }
                    self.reload_starred(ctx);
                }
            }
        }
        self.modal = None;
    }

    /// The filter panel is open: it takes every key.
    pub(super) fn update_panel(&mut self, action: &Action, ctx: &mut Ctx) {
        let Some(Modal::Filters(row)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Back | Action::Filters => self.modal = None,
            Action::Up => *row = row.saturating_sub(1),
            Action::Down => *row = (*row + 1).min(panel::ROWS - 1),
            Action::Prev | Action::Next => {
                panel::change(
                    *row,
                    &mut self.filters,
                    &mut self.sort,
                    *action == Action::Next,
                );
                if self.sort == SortBy::Fit && self.fits.is_empty() {
                    panel::change(
                        *row,
                        &mut self.filters,
                        &mut self.sort,
                        *action == Action::Next,
                    );
                }
                self.refilter();
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.sort = SortBy::Name;
                self.refilter();
            }
            _ => {}
        }
        self.load_detail(ctx);
    }

    /// The fit of every career for the student's latest result, for sorting by fit.
    pub(super) fn reload_fits(&mut self, ctx: &mut Ctx) {
        self.fits.clear();
        if let Some(st) = &self.student {
            let loaded = ctx.store.results(st.id, 1).and_then(|mut r| {
                let items = ctx.store.items()?;
                Ok(r.pop()
                    .map(|t| Matcher::new(&items, &t.answers, &t.scored.profile).rank(&self.all)))
            });
            match loaded {
                Ok(Some(ranked)) => {
                    self.fits = ranked.into_iter().map(|m| (m.career_id, m.fit)).collect();
                }
                Ok(None) => {}
                Err(e) => ctx.error(e.to_string()),
            }
        }
        if self.sort == SortBy::Fit && self.fits.is_empty() {
            self.sort = SortBy::Name;
        }
        self.refilter();
    }
}
