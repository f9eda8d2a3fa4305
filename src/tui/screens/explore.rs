//! Explore: the catalog as a searchable, filterable list beside the selected career in full,
//! with the views it opens: the filter panel, a note, compare, the shortlist, browsing by
//! kind of career and About the data.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_input::Input;

use super::about::AboutView;
use super::areas::{self, AreasView};
use super::compare::Compare;
use super::explore_filters as panel;
use super::shortlist::{self, ShortlistView};
use crate::domain::Student;
use crate::domain::career::{Career, CareerSummary};
use crate::domain::explore::{Filters, SortBy, filtered, sort, sort_by_fit};
use crate::domain::matching::Matcher;
use crate::domain::search::Searcher;
use crate::domain::shortlist::ShortlistEntry;
use crate::output::describe::career_sections;
use crate::strings::input as si;
use crate::strings::{career as cs, compare as cmp_s, explore as s, shortlist as sl};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::prompt::Prompt;
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::{contains, list, sections};

mod rows;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Search,
    Detail,
}

/// A view that takes the whole body while it is open.
pub enum Sub {
    None,
    Compare(Box<Compare>),
    Shortlist(ShortlistView),
    Areas(AreasView),
    About(Box<AboutView>),
}

/// A career's id, the width and the shortlist note its detail text was wrapped for.
type DetailKey = (String, usize, Option<String>);

pub struct Explore {
    all: Vec<CareerSummary>,
    /// Indexes into `all` that pass the search and filters, in list order.
    shown: Vec<usize>,
    pub list: list::ListState,
    pub query: Input,
    pub focus: Focus,
    pub filters: Filters,
    pub sort: SortBy,
    /// The student's fit per career id, from their latest result; empty without one.
    fits: std::collections::HashMap<String, u8>,
    /// The filter panel's chosen row, while it is open.
    pub panel: Option<usize>,
    /// The note being written: the career's id and the text box.
    pub note: Option<(String, Prompt)>,
    /// "Take it off your shortlist?" for a starred career (`*` on it), and the question.
    pub unstar: Option<(String, Confirm)>,
    pub sub: Sub,
    /// The first career picked for comparing.
    pub pick: Option<String>,
    student: Option<Student>,
    starred: Vec<ShortlistEntry>,
    detail: Option<Career>,
    detail_scroll: Scroll,
    /// The detail pane's text, wrapped, with the career, width and shortlist note it was
    /// wrapped for: wrapping a whole career again at every frame cost a third of the frame.
    detail_text: RefCell<Option<(DetailKey, Vec<Line<'static>>)>>,
    /// The list's height at the last draw: how far PgUp/PgDn move.
    page: Cell<usize>,
    searcher: Searcher,
}

impl Explore {
    pub fn new(all: Vec<CareerSummary>) -> Explore {
        let shown = (0..all.len()).collect();
        Explore {
            all,
            shown,
            list: list::ListState::default(),
            query: Input::default(),
            focus: Focus::List,
            filters: Filters::default(),
            sort: SortBy::Name,
            fits: std::collections::HashMap::new(),
            panel: None,
            note: None,
            unstar: None,
            sub: Sub::None,
            pick: None,
            student: None,
            starred: Vec::new(),
            detail: None,
            detail_scroll: Scroll::default(),
            detail_text: RefCell::default(),
            page: Cell::new(10),
            searcher: Searcher::default(),
        }
    }

    pub fn count(&self) -> usize {
        self.all.len()
    }

    /// The careers in the list now, in order (for tests and the CLI's parity checks).
    pub fn shown_ids(&self) -> Vec<&str> {
        self.shown
            .iter()
            .map(|&i| self.all[i].id.as_str())
            .collect()
    }

    /// The selected student's shortlist as last loaded.
    pub fn starred(&self) -> &[ShortlistEntry] {
        &self.starred
    }

    pub fn contexts(&self) -> &'static [Context] {
        if self.note.is_some() {
            return &[Context::Prompt];
        }
        if self.unstar.is_some() {
            return &[Context::Confirm];
        }
        if self.panel.is_some() {
            return &[Context::FilterPanel];
        }
        match &self.sub {
            Sub::Compare(_) | Sub::About(_) => return &[Context::Reader, Context::Global],
            Sub::Shortlist(v) => return v.contexts(),
            Sub::Areas(_) => return &[Context::List, Context::Global],
            Sub::None => {}
        }
        match self.focus {
            Focus::Search => &[Context::Search],
            Focus::Detail => &[Context::ExploreCareer, Context::Reader, Context::Global],
            Focus::List => &[
                Context::ExploreList,
                Context::ExploreCareer,
                Context::List,
                Context::Global,
            ],
        }
    }

    fn selected_id(&self) -> Option<&str> {
        self.shown
            .get(self.list.selected)
            .map(|&i| self.all[i].id.as_str())
    }

    fn title_of(&self, id: &str) -> String {
        self.all
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.title.clone())
    }

    fn is_starred(&self, id: &str) -> bool {
        self.starred.iter().any(|e| e.career_id == id)
    }

    /// Loads the selected career in full if it is not the one already shown.
    fn load_detail(&mut self, ctx: &mut Ctx) {
        let Some(id) = self.selected_id().map(str::to_string) else {
            self.detail = None;
            return;
        };
        if self.detail.as_ref().is_some_and(|d| d.id() == id) {
            return;
        }
        self.detail_scroll.reset();
        match ctx.store.career(&id) {
            Ok(c) => self.detail = c,
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn reload_starred(&mut self, ctx: &mut Ctx) {
        self.starred = match &self.student {
            None => Vec::new(),
            Some(st) => match ctx.store.shortlist(st.id) {
                Ok(v) => v,
                Err(e) => {
                    ctx.error(e.to_string());
                    Vec::new()
                }
            },
        };
    }

    /// Recomputes the list, keeping the same career selected when it is still there.
    fn refilter(&mut self) {
        self.shown = if self.query.value().trim().is_empty() {
            filtered(&self.all, &self.filters, self.sort)
        } else {
            let mut hits: Vec<usize> = self
                .searcher
                .search(&self.all, self.query.value())
                .into_iter()
                .filter(|&i| self.filters.matches(&self.all[i]))
                .collect();
            // Best match first, unless the student asked for another order.
            if self.sort != SortBy::Name {
                sort(&mut hits, &self.all, self.sort);
            }
            hits
        };
        if self.sort == SortBy::Fit {
            sort_by_fit(&mut self.shown, &self.all, &self.fits);
        }
        // A new search, filter or order starts at the top with the first row chosen.
        self.list.reset();
    }

    /// True while a dialog would remove on Enter.
    pub fn armed(&self) -> bool {
        self.unstar.as_ref().is_some_and(|(_, q)| q.armed())
            || matches!(&self.sub, Sub::Shortlist(v) if v.confirm.as_ref().is_some_and(|(_, q)| q.armed()))
    }

    /// Called when the area is shown: the student may have changed on Home.
    pub fn enter(&mut self, ctx: &mut Ctx, student: Option<&Student>) {
        if self.student.as_ref().map(|s| s.id) != student.map(|s| s.id) {
            self.student = student.cloned();
            self.sub = Sub::None;
        }
        self.reload_starred(ctx);
        self.reload_fits(ctx);
        self.load_detail(ctx);
    }

    /// The fit of every career for the student's latest result, for sorting by fit.
    fn reload_fits(&mut self, ctx: &mut Ctx) {
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

    /// The next order, skipping fit when the student has no result yet.
    fn next_sort(&self, s: SortBy) -> SortBy {
        let n = s.next();
        if n == SortBy::Fit && self.fits.is_empty() {
            n.next()
        } else {
            n
        }
    }

    fn student_id(&self, ctx: &mut Ctx) -> Option<i64> {
        let id = self.student.as_ref().map(|s| s.id);
        if id.is_none() {
            ctx.error(sl::NEED_PROFILE.to_string());
        }
        id
    }

    fn toggle_star(&mut self, id: &str, ctx: &mut Ctx) {
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
            self.unstar = Some((id.to_string(), q));
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

    fn open_note(&mut self, id: &str, ctx: &mut Ctx) {
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
        self.note = Some((id.to_string(), prompt));
    }

    fn update_note(&mut self, action: &Action, ctx: &mut Ctx) {
        let Some((id, prompt)) = &mut self.note else {
            return;
        };
        match action {
            Action::Back => self.note = None,
            Action::Text(_) | Action::Paste(_) => {
                prompt.edit(action);
            }
            Action::Select => {
                let Some(student) = self.student.as_ref().map(|s| s.id) else {
                    self.note = None;
                    return;
                };
                let id = id.clone();
                match ctx.store.set_note(student, &id, prompt.value()) {
                    Ok(_) => {
                        self.note = None;
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

    fn compare(&mut self, id: &str, ctx: &mut Ctx) {
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
        self.load_detail(ctx);
    }

    /// Returns true when Back was not used here (so the app goes Home).
    pub fn update(&mut self, action: &Action, body: Rect, ctx: &mut Ctx) -> bool {
        if self.note.is_some() {
            self.update_note(action, ctx);
            return false;
        }
        if let Some((id, question)) = &mut self.unstar {
            match question.update(action) {
                Choice::Open => return false,
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
            self.unstar = None;
            return false;
        }
        if let Some(row) = &mut self.panel {
            match action {
                Action::Back | Action::Filters => self.panel = None,
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
            return false;
        }
        if self.update_sub(action, ctx) {
            return false;
        }

        let len = self.shown.len();
        let page = self.page.get().max(1);
        let selected = self.selected_id().map(str::to_string);
        match (self.focus, action) {
            (Focus::Search, a @ (Action::Text(_) | Action::Paste(_))) => {
                crate::tui::widgets::text::edit(&mut self.query, a);
                self.refilter();
            }
            (Focus::Search, Action::Select) => self.focus = Focus::List,
            (Focus::Search, Action::Back) => {
                self.query.reset();
                self.refilter();
                self.focus = Focus::List;
            }
            (Focus::List | Focus::Detail, Action::Back) if self.pick.is_some() => {
                self.pick = None;
            }
            (Focus::List, Action::Back) if !self.query.value().is_empty() => {
                self.query.reset();
                self.refilter();
            }
            (Focus::List, Action::Back) => return true,
            (Focus::List, Action::Search) => self.focus = Focus::Search,
            (Focus::List, Action::Filters) => self.panel = Some(0),
            (Focus::List, Action::Sort) => {
                self.sort = self.next_sort(self.sort);
                self.refilter();
                ctx.info(s::sorted(s::sort_label(self.sort)));
            }
            (Focus::List, Action::ClearFilters) => {
                self.filters = Filters::default();
                self.query.reset();
                self.refilter();
            }
            (Focus::List, Action::Areas) => self.sub = Sub::Areas(AreasView::default()),
            (Focus::List, Action::About) => match ctx.store.sources() {
                Ok(src) => self.sub = Sub::About(Box::new(AboutView::new(&self.all, src))),
                Err(e) => ctx.error(e.to_string()),
            },
            (Focus::List | Focus::Detail, Action::Shortlist) if self.student_id(ctx).is_some() => {
                self.reload_starred(ctx);
                self.sub = Sub::Shortlist(ShortlistView::default());
            }
            (Focus::List | Focus::Detail, Action::Star) => {
                if let Some(id) = selected {
                    self.toggle_star(&id, ctx);
                }
            }
            (Focus::List | Focus::Detail, Action::Note) => {
                if let Some(id) = selected {
                    self.open_note(&id, ctx);
                }
            }
            (Focus::List | Focus::Detail, Action::Compare) => {
                if let Some(id) = selected {
                    self.compare(&id, ctx);
                }
            }
            (Focus::List, _) if self.list.navigate(action, len, page) => {}
            (Focus::List, Action::Select | Action::FocusRight) if self.detail.is_some() => {
                self.focus = Focus::Detail;
            }
            (Focus::Detail, Action::Back | Action::FocusLeft) => self.focus = Focus::List,
            (Focus::Detail, a) if self.detail_scroll.update(a) => {}
            (_, Action::Click { column, row }) => self.click(*column, *row, body),
            _ => {}
        }
        self.load_detail(ctx);
        false
    }

    fn click(&mut self, column: u16, row: u16, body: Rect) {
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
    fn update_sub(&mut self, action: &Action, ctx: &mut Ctx) -> bool {
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

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        match &self.sub {
            Sub::Compare(c) => return c.render(f, area, theme),
            Sub::About(a) => return a.render(f, area, theme),
            Sub::Areas(v) => return v.render(f, area, &self.all, theme),
            Sub::Shortlist(v) => {
                let name = self.student.as_ref().map_or("", |s| s.name.as_str());
                return v.render(f, area, &self.starred, &self.all, name, theme);
            }
            Sub::None => {}
        }
        let [left, right] = self.layout(area);
        let [search, filter_line, items] = Explore::list_parts(left);

        let searching = self.focus == Focus::Search;
        let search_block = list::block(s::SEARCH_TITLE, searching, theme);
        let inner = search_block.inner(search);
        f.render_widget(search_block, search);
        let value = self.query.value();
        let w = usize::from(inner.width.max(1));
        let scroll = self.query.visual_scroll(w);
        let line = if value.is_empty() && !searching {
            Line::styled(s::SEARCH_HINT, theme.dim)
        } else {
            Line::raw(value.chars().skip(scroll).collect::<String>())
        };
        f.render_widget(Paragraph::new(line), inner);
        if searching {
            let x = inner.x + (self.query.visual_cursor().saturating_sub(scroll)) as u16;
            if x < inner.x + inner.width {
                f.set_cursor_position((x, inner.y));
            }
        }
        let style = if self.pick.is_some() {
            theme.good
        } else {
            theme.dim
        };
        f.render_widget(
            Paragraph::new(Line::styled(format!(" {}", self.filter_line()), style)),
            filter_line,
        );

        self.page.set(usize::from(items.height.saturating_sub(2)));
        let row_width = usize::from(items.width.saturating_sub(4));
        let title = s::list_title(self.shown.len(), self.all.len());
        let list_focused = self.focus == Focus::List;
        if self.shown.is_empty() {
            let b = list::block(&title, list_focused, theme);
            f.render_widget(
                Paragraph::new(Line::styled(s::NO_MATCHES, theme.dim))
                    .wrap(ratatui::widgets::Wrap { trim: true })
                    .block(b),
                items,
            );
        } else {
            // Only the rows in view are built.
            list::render_with(
                f,
                items,
                list::block(&title, list_focused, theme),
                self.shown.len(),
                |n| self.row(&self.all[self.shown[n]], row_width),
                &self.list,
                list_focused,
                theme,
            );
        }
        self.render_detail(f, right, theme);

        if let Some(row) = self.panel {
            panel::render(
                f,
                area,
                row,
                &self.filters,
                self.sort,
                self.shown.len(),
                theme,
            );
        }
        if let Some((_, question)) = &self.unstar {
            question.render(f, area, theme);
        }
        if let Some((_, prompt)) = &self.note {
            prompt.render(f, area, theme);
        }
    }

    fn render_detail(&self, f: &mut Frame, right: Rect, theme: &crate::tui::theme::Theme) {
        let focused = self.focus == Focus::Detail;
        let Some(c) = &self.detail else {
            let b = list::block(s::DETAIL_TITLE, focused, theme);
            f.render_widget(Paragraph::new(s::NOTHING_SELECTED).block(b), right);
            return;
        };
        let block = list::block(&c.entry.title, focused, theme);
        let inner = block.inner(right);
        f.render_widget(block, right);
        // Long lines are hard to read: wide windows get margins, not 150-column paragraphs.
        let width = usize::from(inner.width.saturating_sub(1)).clamp(10, 90);
        let starred = self.starred.iter().find(|e| e.career_id == c.entry.id);
        let key = (c.entry.id.clone(), width, starred.map(|e| e.note.clone()));
        let mut cache = self.detail_text.borrow_mut();
        if cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let title_of = |id: &str| {
                self.all
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.title.clone())
            };
            let mut lines = vec![Line::styled(
                cs::subtitle(c.entry.kind, c.entry.field),
                theme.dim,
            )];
            if let Some(e) = starred {
                lines.push(Line::styled(s::ON_SHORTLIST, theme.good));
                if !e.note.is_empty() {
                    let opts = textwrap::Options::new(width)
                        .initial_indent("  ")
                        .subsequent_indent("  ");
                    for l in textwrap::wrap(&s::your_note(&e.note), opts) {
                        lines.push(Line::raw(l.into_owned()));
                    }
                }
            }
            lines.push(Line::raw(""));
            lines.extend(sections::lines(
                &career_sections(c, &title_of),
                width,
                theme,
            ));
            *cache = Some((key, lines));
        }
        let lines = cache.as_ref().map(|(_, l)| l.clone()).unwrap_or_default();
        self.detail_scroll
            .render(f, inner, Some(right), lines, theme);
    }
}
