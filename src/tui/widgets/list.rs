//! A selectable list that keeps the selection in view, marks it with a pointer and reverse
//! video (visible without colour), and maps mouse clicks to rows.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::action::Action;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};

/// Selection plus the first visible row, which drawing adjusts so the selection stays in view.
#[derive(Debug, Default)]
pub struct ListState {
    pub selected: usize,
    offset: Cell<usize>,
}

impl ListState {
    pub fn select(&mut self, i: usize, len: usize) {
        self.selected = if len == 0 { 0 } else { i.min(len - 1) };
    }

    pub fn up(&mut self, len: usize, n: usize) {
        self.select(self.selected.saturating_sub(n), len);
    }

    pub fn down(&mut self, len: usize, n: usize) {
        self.select(self.selected.saturating_add(n), len);
    }

    /// Applies a movement (arrows, mouse wheel, pages of `page` rows, top, bottom) to a list
    /// of `len` rows; false when `action` is not one.
    pub fn navigate(&mut self, action: &Action, len: usize, page: usize) -> bool {
        match action {
            Action::Up | Action::ScrollUp => self.up(len, 1),
            Action::Down | Action::ScrollDown => self.down(len, 1),
            Action::PageUp => self.up(len, page),
            Action::PageDown => self.down(len, page),
            Action::Top => self.select(0, len),
            Action::Bottom => self.select(len.saturating_sub(1), len),
            _ => return false,
        }
        true
    }

    /// The row under a click inside `inner` (the list's area without its border), if any.
    pub fn row_at(&self, inner: Rect, row: u16, len: usize) -> Option<usize> {
        if row < inner.y || row >= inner.y + inner.height {
            return None;
        }
        let i = self.offset.get() + usize::from(row - inner.y);
        (i < len).then_some(i)
    }

    fn scroll_into_view(&self, height: usize) -> usize {
        let mut off = self.offset.get();
        if height == 0 {
            return off;
        }
        if self.selected < off {
            off = self.selected;
        } else if self.selected >= off + height {
            off = self.selected + 1 - height;
        }
        self.offset.set(off);
        off
    }
}

/// The bordered block lists are drawn in.
pub fn block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
}

/// Draws `rows` inside `block` at `area`.
pub fn render(
    f: &mut Frame,
    area: Rect,
    block: Block<'_>,
    mut rows: Vec<Line<'static>>,
    state: &ListState,
    focused: bool,
    theme: &Theme,
) {
    let len = rows.len();
    render_with(
        f,
        area,
        block,
        len,
        |i| std::mem::take(&mut rows[i]),
        state,
        focused,
        theme,
    );
}

/// Draws a list of `len` rows inside `block` at `area`, asking `row` only for the rows in
/// view: a list of ten thousand costs what a screenful does.
#[allow(clippy::too_many_arguments)]
pub fn render_with<'a>(
    f: &mut Frame,
    area: Rect,
    block: Block<'_>,
    len: usize,
    mut row: impl FnMut(usize) -> Line<'a>,
    state: &ListState,
    focused: bool,
    theme: &Theme,
) {
    let inner = block.inner(area);
    f.render_widget(block, area);
    let height = usize::from(inner.height);
    let off = state.scroll_into_view(height);
    let lines: Vec<Line> = (off..len.min(off.saturating_add(height)))
        .map(|i| {
            let line = row(i);
            if i == state.selected {
                let style = if focused {
                    theme.selected
                } else {
                    theme.selected_unfocused
                };
                let mut spans = vec![Span::styled(POINTER, style)];
                spans.extend(line.spans.into_iter().map(|s| s.patch_style(style)));
                Line::from(spans).style(style)
            } else {
                let mut spans = vec![Span::raw(NO_POINTER)];
                spans.extend(line.spans);
                Line::from(spans)
            }
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_scrolls_into_view_and_clicks_map_to_rows() {
        let mut s = ListState::default();
        s.select(15, 20);
        assert_eq!(s.scroll_into_view(5), 11);
        let inner = Rect::new(1, 1, 10, 5);
        assert_eq!(s.row_at(inner, 1, 20), Some(11));
        assert_eq!(s.row_at(inner, 5, 20), Some(15));
        assert_eq!(s.row_at(inner, 6, 20), None);
        s.up(20, 100);
        assert_eq!(s.selected, 0);
        assert_eq!(s.scroll_into_view(5), 0);
        s.down(20, 100);
        assert_eq!(s.selected, 19);
        s.select(3, 0);
        assert_eq!(s.selected, 0);
    }
}
