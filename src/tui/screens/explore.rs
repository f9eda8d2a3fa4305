//! Explore: the catalog as a searchable list beside the selected career in full.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::domain::career::{Career, CareerSummary};
use crate::domain::describe::career_sections;
use crate::domain::search::Searcher;
use crate::strings::{career as cs, explore as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::{contains, list, sections};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Search,
    Detail,
}

pub struct Explore {
    all: Vec<CareerSummary>,
    /// Indexes into `all` that match the search, best first.
    shown: Vec<usize>,
    pub list: list::ListState,
    pub query: Input,
    pub focus: Focus,
    detail: Option<Career>,
    scroll: usize,
    /// Lines in the detail at the last drawn width, and the pane's height, for clamping.
    detail_lines: Cell<usize>,
    detail_height: Cell<usize>,
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
            detail: None,
            scroll: 0,
            detail_lines: Cell::new(0),
            detail_height: Cell::new(0),
            searcher: Searcher::default(),
        }
    }

    pub fn count(&self) -> usize {
        self.all.len()
    }

    pub fn contexts(&self) -> &'static [Context] {
        match self.focus {
            Focus::Search => &[Context::Search],
            Focus::Detail => &[Context::Reader, Context::Global],
            Focus::List => &[Context::ExploreList, Context::List, Context::Global],
        }
    }

    fn layout(area: Rect) -> [Rect; 2] {
        Layout::horizontal([
            Constraint::Length(30.min(area.width / 2)),
            Constraint::Min(0),
        ])
        .areas(area)
    }

    fn list_parts(left: Rect) -> [Rect; 2] {
        Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(left)
    }

    fn selected_id(&self) -> Option<&str> {
        self.shown
            .get(self.list.selected)
            .map(|&i| self.all[i].id.as_str())
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
        self.scroll = 0;
        match ctx.store.career(&id) {
            Ok(c) => self.detail = c,
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn refilter(&mut self) {
        self.shown = self.searcher.search(&self.all, self.query.value());
        self.list.select(0, self.shown.len());
    }

    fn max_scroll(&self) -> usize {
        self.detail_lines
            .get()
            .saturating_sub(self.detail_height.get().max(1))
    }

    /// Returns true when Back was not used here (so the app goes Home).
    pub fn update(&mut self, action: &Action, body: Rect, ctx: &mut Ctx) -> bool {
        let len = self.shown.len();
        let page = self.detail_height.get().max(1);
        match (self.focus, action) {
            (Focus::Search, Action::Text(key)) => {
                self.query.handle_event(&crossterm::event::Event::Key(*key));
                self.refilter();
            }
            (Focus::Search, Action::Select) => self.focus = Focus::List,
            (Focus::Search, Action::Back) => {
                self.query.reset();
                self.refilter();
                self.focus = Focus::List;
            }
            (Focus::List, Action::Back) if !self.query.value().is_empty() => {
                self.query.reset();
                self.refilter();
            }
            (Focus::List, Action::Back) => return true,
            (Focus::List, Action::Search) => self.focus = Focus::Search,
            (Focus::List, Action::Up | Action::ScrollUp) => self.list.up(len, 1),
            (Focus::List, Action::Down | Action::ScrollDown) => self.list.down(len, 1),
            (Focus::List, Action::PageUp) => self.list.up(len, page),
            (Focus::List, Action::PageDown) => self.list.down(len, page),
            (Focus::List, Action::Top) => self.list.select(0, len),
            (Focus::List, Action::Bottom) => self.list.select(len.saturating_sub(1), len),
            (Focus::List, Action::Select | Action::FocusRight) if self.detail.is_some() => {
                self.focus = Focus::Detail;
            }
            (Focus::Detail, Action::Back | Action::FocusLeft) => self.focus = Focus::List,
            (Focus::Detail, Action::ScrollUp | Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
            }
            (Focus::Detail, Action::ScrollDown | Action::Down) => {
                self.scroll = (self.scroll + 1).min(self.max_scroll());
            }
            (Focus::Detail, Action::PageUp) => self.scroll = self.scroll.saturating_sub(page),
            (Focus::Detail, Action::PageDown) => {
                self.scroll = (self.scroll + page).min(self.max_scroll());
            }
            (Focus::Detail, Action::Top) => self.scroll = 0,
            (Focus::Detail, Action::Bottom) => self.scroll = self.max_scroll(),
            (_, Action::Click { column, row }) => {
                let [left, right] = Explore::layout(body);
                let [search, items] = Explore::list_parts(left);
                let inner = Block::default().borders(Borders::ALL).inner(items);
                if contains(search, *column, *row) {
                    self.focus = Focus::Search;
                } else if contains(inner, *column, *row) {
                    if let Some(i) = self.list.row_at(inner, *row, len) {
                        self.list.select(i, len);
                        self.focus = Focus::List;
                    }
                } else if contains(right, *column, *row) && self.detail.is_some() {
                    self.focus = Focus::Detail;
                }
            }
            _ => {}
        }
        self.load_detail(ctx);
        false
    }

    /// Called when the area is shown, so the first entry's detail is ready.
    pub fn enter(&mut self, ctx: &mut Ctx) {
        self.load_detail(ctx);
    }

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let [left, right] = Explore::layout(area);
        let [search, items] = Explore::list_parts(left);

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

        let rows: Vec<Line<'static>> = self
            .shown
            .iter()
            .map(|&i| Line::raw(self.all[i].title.clone()))
            .collect();
        let title = s::list_title(self.shown.len(), self.all.len());
        let list_focused = self.focus == Focus::List;
        if rows.is_empty() {
            let b = list::block(&title, list_focused, theme);
            f.render_widget(
                Paragraph::new(Line::styled(s::NO_MATCHES, theme.dim)).block(b),
                items,
            );
        } else {
            list::render(
                f,
                items,
                list::block(&title, list_focused, theme),
                rows,
                &self.list,
                list_focused,
                theme,
            );
        }

        let focused = self.focus == Focus::Detail;
        let Some(c) = &self.detail else {
            let b = list::block(s::DETAIL_TITLE, focused, theme);
            f.render_widget(Paragraph::new(s::NOTHING_SELECTED).block(b), right);
            return;
        };
        let block = list::block(&c.entry.title, focused, theme);
        let inner = block.inner(right);
        f.render_widget(block, right);
        let width = usize::from(inner.width.saturating_sub(1)).max(10);
        let title_of = |id: &str| {
            self.all
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.title.clone())
        };
        let mut lines = vec![
            Line::styled(cs::subtitle(c.entry.kind, c.entry.field), theme.dim),
            Line::raw(""),
        ];
        lines.extend(sections::lines(
            &career_sections(c, &title_of),
            width,
            theme,
        ));
        self.detail_lines.set(lines.len());
        self.detail_height.set(usize::from(inner.height));
        let scroll = self.scroll.min(self.max_scroll());
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(scroll)
            .take(usize::from(inner.height))
            .collect();
        f.render_widget(Paragraph::new(visible), inner);
        if self.max_scroll() > 0 && inner.height > 0 {
            let pct = scroll * 100 / self.max_scroll().max(1);
            let marker = Span::styled(s::scroll_marker(pct), theme.dim);
            let r = Rect {
                x: right.x + right.width.saturating_sub(8),
                y: right.y + right.height.saturating_sub(1),
                width: 7.min(right.width),
                height: 1,
            };
            f.render_widget(Paragraph::new(marker), r);
        }
    }
}
