//! Explore: the catalog as a searchable, filterable list beside the selected career in full,
//! with the views it opens: the filter panel, a note, compare, the shortlist, browsing by
//! kind of career and About the data.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_input::Input;

use super::about::AboutView;
use super::areas::AreasView;
use super::compare::Compare;
use super::explore_filters as panel;
use super::paying::PayingView;
use super::shortlist::ShortlistView;
use crate::domain::Student;
use crate::domain::career::{Career, CareerSummary};
use crate::domain::explore::{Filters, SortBy, filtered, sort, sort_by_fit};
use crate::domain::search::Searcher;
use crate::domain::shortlist::ShortlistEntry;
use crate::output::describe::career_sections;
use crate::strings::{career as cs, explore as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Catalog, Effect, Screen};
use crate::tui::widgets::confirm::Confirm;
use crate::tui::widgets::prompt::Prompt;
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::{list, sections};

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
    Paying(Box<PayingView>),
}

/// A career's id, the width, the shortlist note and whether sources are shown: what its
/// detail text was wrapped for.
type DetailKey = (String, usize, Option<String>, bool);

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
    /// The one window open over the list, if any: it takes every key.
    pub modal: Option<Modal>,
    /// True while a career opened from another area (Results) is shown.
    visiting: bool,
    pub sub: Sub,
    /// The first career picked for comparing.
    pub pick: Option<String>,
    student: Option<Student>,
    starred: Vec<ShortlistEntry>,
    detail: Option<Career>,
    detail_scroll: Scroll,
    /// True while a career's page shows its sources (`w`); folded away by default.
    pub show_sources: bool,
    /// The detail pane's text, wrapped, with the career, width and shortlist note it was
    /// wrapped for: wrapping a whole career again at every frame cost a third of the frame.
    detail_text: RefCell<Option<(DetailKey, Vec<Line<'static>>)>>,
    /// The list's height at the last draw: how far PgUp/PgDn move.
    page: Cell<usize>,
    searcher: Searcher,
    /// True when the search finds no career that fits it well (the list holds the closest).
    weak: bool,
}

/// What can be open over Explore: one at a time, so no two can be.
#[derive(Debug)]
pub enum Modal {
    /// The filter panel, with its chosen row.
    Filters(usize),
    /// The note being written: the career's id and the text box.
    Note(String, Prompt),
    /// "Take it off your shortlist?" for a starred career (`*` on it), and the question.
    Unstar(String, Confirm),
}

#[path = "explore_actions.rs"]
mod actions;

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
            modal: None,
            visiting: false,
            sub: Sub::None,
            pick: None,
            student: None,
            starred: Vec::new(),
            detail: None,
            detail_scroll: Scroll::default(),
            show_sources: false,
            detail_text: RefCell::default(),
            page: Cell::new(10),
            searcher: Searcher::default(),
            weak: false,
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
        self.weak = false;
        self.shown = if self.query.value().trim().is_empty() {
            filtered(&self.all, &self.filters, self.sort)
        } else {
            let found = self.searcher.find(&self.all, self.query.value());
            self.weak = found.weak;
            let mut hits: Vec<usize> = found
                .hits
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

    /// The next order, skipping fit when the student has no result yet.
    fn next_sort(&self, s: SortBy) -> SortBy {
        let n = s.next();
        if n == SortBy::Fit && self.fits.is_empty() {
            n.next()
        } else {
            n
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
        let width = page_width(inner.width);
        let starred = self.starred.iter().find(|e| e.career_id == c.entry.id);
        let key = (
            c.entry.id.clone(),
            width,
            starred.map(|e| e.note.clone()),
            self.show_sources,
        );
        let mut cache = self.detail_text.borrow_mut();
        if cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let title_of = |id: &str| {
                self.all
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.title.clone())
            };
            let note = starred.map(|e| e.note.as_str());
            let lines = career_page(c, &title_of, note, width, self.show_sources, theme);
            *cache = Some((key, lines));
        }
        let lines = cache.as_ref().map(|(_, l)| l.clone()).unwrap_or_default();
        self.detail_scroll
            .render(f, inner, Some(right), lines, theme);
    }
}

/// The width a career's page is wrapped to inside a pane `inner` columns wide. Long lines
/// are hard to read: wide windows get margins, not 150-column paragraphs.
pub fn page_width(inner: u16) -> usize {
    usize::from(inner.saturating_sub(1)).clamp(10, 90)
}

/// A career's page as the detail pane draws it: kind and field, where its sources are, the
/// shortlist mark and note (`note` is Some when it is starred), then its sections, with the
/// sources' small print only when `sources`.
pub fn career_page(
    c: &Career,
    title_of: &dyn Fn(&str) -> Option<String>,
    note: Option<&str>,
    width: usize,
    sources: bool,
    theme: &crate::tui::theme::Theme,
) -> Vec<Line<'static>> {
    let marker = if sources {
        s::SOURCES_SHOWN
    } else {
        s::SOURCES_FOLDED
    };
    let mut lines = vec![
        Line::styled(cs::subtitle(c.entry.kind, c.entry.field), theme.dim),
        Line::styled(marker, theme.dim),
    ];
    if let Some(note) = note {
        lines.push(Line::styled(s::ON_SHORTLIST, theme.good));
        if !note.is_empty() {
            let opts = textwrap::Options::new(width)
                .initial_indent("  ")
                .subsequent_indent("  ");
            for l in textwrap::wrap(&s::your_note(note), opts) {
                lines.push(Line::raw(l.into_owned()));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.extend(sections::lines_with(
        &career_sections(c, title_of),
        width,
        theme,
        sources,
    ));
    lines
}

impl Screen for Explore {
    /// Called when the area is shown: the student may have changed on Home.
    fn enter(&mut self, ctx: &mut Ctx) {
        self.visiting = false;
        let student = ctx.student;
        if self.student.as_ref().map(|s| s.id) != student.map(|s| s.id) {
            self.student = student.cloned();
            self.sub = Sub::None;
        }
        self.reload_starred(ctx);
        self.reload_fits(ctx);
        self.load_detail(ctx);
    }

    fn catalog(&mut self, catalog: &Catalog) {
        *self = Explore::new(catalog.careers.clone());
    }

    fn contexts(&self) -> &'static [Context] {
        if matches!(self.modal, Some(Modal::Note(..))) {
            return &[Context::Prompt];
        }
        if matches!(self.modal, Some(Modal::Unstar(..))) {
            return &[Context::Confirm];
        }
        if matches!(self.modal, Some(Modal::Filters(..))) {
            return &[Context::FilterPanel];
        }
        match &self.sub {
            Sub::Compare(_) | Sub::About(_) | Sub::Paying(_) => {
                return &[Context::Reader, Context::Global];
            }
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

    /// True while a dialog would remove on Enter.
    fn armed(&self) -> bool {
        matches!(&self.modal, Some(Modal::Unstar(_, q)) if q.armed())
            || matches!(&self.sub, Sub::Shortlist(v) if v.confirm.as_ref().is_some_and(|(_, q)| q.armed()))
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let body = ctx.body;
        if matches!(self.modal, Some(Modal::Note(..))) {
            self.update_note(action, ctx);
            return Effect::None;
        }
        if matches!(self.modal, Some(Modal::Unstar(..))) {
            self.update_unstar(action, ctx);
            return Effect::None;
        }
        if matches!(self.modal, Some(Modal::Filters(..))) {
            self.update_panel(action, ctx);
            return Effect::None;
        }
        if let Sub::Paying(p) = &mut self.sub {
            if p.update(action) {
                let back = p.from_elsewhere;
                self.sub = Sub::None;
                if back {
                    return Effect::Back;
                }
            }
            return Effect::None;
        }
        if self.update_sub(action, ctx) {
            return Effect::None;
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
            (Focus::List, Action::Back) => return Effect::Back,
            (Focus::List | Focus::Detail, Action::Search) => self.focus = Focus::Search,
            (Focus::List, Action::Filters) => self.modal = Some(Modal::Filters(0)),
            (Focus::List, Action::Sort) => {
                self.sort = self.next_sort(self.sort);
                self.refilter();
                ctx.info(if self.sort == SortBy::Pay {
                    s::SORTED_BY_PAY.to_string()
                } else {
                    s::sorted(s::sort_label(self.sort))
                });
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
            (Focus::List | Focus::Detail, Action::Paying) => self.open_paying(false, ctx),
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
            (Focus::List | Focus::Detail, Action::Sources) if self.detail.is_some() => {
                self.show_sources = !self.show_sources;
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
            // A career opened from elsewhere (Results): Esc goes straight back there.
            (Focus::Detail, Action::Back) if self.visiting => {
                self.visiting = false;
                self.focus = Focus::List;
                return Effect::Back;
            }
            (Focus::Detail, Action::Back | Action::FocusLeft) => self.focus = Focus::List,
            (Focus::Detail, a) if self.detail_scroll.update(a) => {}
            (_, Action::Click { column, row }) => self.click(*column, *row, body),
            _ => {}
        }
        self.load_detail(ctx);
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        match &self.sub {
            Sub::Compare(c) => return c.render(f, area, theme),
            Sub::About(a) => return a.render(f, area, theme),
            Sub::Paying(p) => return p.render(f, area, theme),
            Sub::Areas(v) => return v.render(f, area, &self.all, theme),
            Sub::Shortlist(v) => {
                let name = self.student.as_ref().map_or("", |s| s.name.as_str());
                return v.render(f, area, &self.starred, &self.all, name, theme);
            }
            Sub::None => {}
        }
        // A career being read takes the whole width: a page of wide lines is a few screens,
        // a narrow pane beside the list three times as many.
        if self.focus == Focus::Detail {
            self.render_detail(f, area, theme);
            self.render_modal(f, area, theme);
            return;
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
        } else if self.weak {
            theme.heading
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
                Paragraph::new(Line::styled(
                    if self.weak {
                        crate::strings::search::nothing_about(self.query.value())
                    } else {
                        s::NO_MATCHES.to_string()
                    },
                    theme.dim,
                ))
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
        self.render_modal(f, area, theme);
    }
}

impl Explore {
    fn render_modal(&self, f: &mut Frame, area: Rect, theme: &crate::tui::theme::Theme) {
        if let Some(Modal::Filters(row)) = &self.modal {
            panel::render(
                f,
                area,
                *row,
                &self.filters,
                self.sort,
                self.shown.len(),
                theme,
            );
        }
        if let Some(Modal::Unstar(_, question)) = &self.modal {
            question.render(f, area, theme);
        }
        if let Some(Modal::Note(_, prompt)) = &self.modal {
            prompt.render(f, area, theme);
        }
    }
}
