//! A selectable list that keeps the selection in view, marks it with a pointer and reverse
//! video (visible without colour), and maps mouse clicks to rows.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::tui::action::Action;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};

/// Selection plus the first visible row, which drawing adjusts so the selection stays in view.
#[derive(Debug, Default)]
pub struct ListState {
    pub selected: usize,
    offset: Cell<usize>,
    /// How many rows the list showed when last drawn: a page for PgUp and PgDn.
    height: Cell<usize>,
}

impl ListState {
    pub fn select(&mut self, i: usize, len: usize) {
        self.selected = if len == 0 { 0 } else { i.min(len - 1) };
    }

    /// Back to the top with the first row chosen (after a new search, filter or order).
    pub fn reset(&mut self) {
        self.selected = 0;
        self.offset.set(0);
    }

    pub fn up(&mut self, len: usize, n: usize) {
        self.select(self.selected.saturating_sub(n), len);
    }

    pub fn down(&mut self, len: usize, n: usize) {
        self.select(self.selected.saturating_add(n), len);
    }

    /// Applies a movement (arrows, mouse wheel, pages, top, bottom) to a list of `len` rows;
    /// false when `action` is not one. A page is the rows the list showed when last drawn
    /// (`page` before it was ever drawn).
    pub fn navigate(&mut self, action: &Action, len: usize, page: usize) -> bool {
        let page = match self.height.get() {
            0 => page.max(1),
            h => h,
        };
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

    /// The first row to draw so the selection is in view and, when the list is longer than
    /// the window, no rows are left empty at the bottom.
    fn scroll_into_view(&self, height: usize, len: usize) -> usize {
        self.height.set(height);
        let mut off = self.offset.get().min(len.saturating_sub(height));
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
        .border_style(theme.border(focused))
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
    let off = state.scroll_into_view(height, len);
    // Each row is written straight into the buffer, as a Paragraph of one-line rows would
    // draw it, without its wrapping and alignment work (a list is most of a frame).
    let buf = f.buffer_mut();
    for (y, i) in (inner.y..inner.bottom()).zip(off..len) {
        let line = row(i);
        let (pointer, style) = if i == state.selected {
            let style = theme.selected(focused);
            (Span::styled(POINTER, style), Some(style))
        } else {
            (Span::raw(NO_POINTER), None)
        };
        let (x, _) = buf.set_span(inner.x, y, &pointer, inner.width);
        let rest = inner.width.saturating_sub(x - inner.x);
        match style {
            Some(style) => {
                let spans = line.spans.into_iter().map(|s| s.patch_style(style));
                buf.set_line(
                    x,
                    y,
                    &Line::from(spans.collect::<Vec<_>>()).style(style),
                    rest,
                )
            }
            None => buf.set_line(x, y, &line, rest),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Style;
    use ratatui::widgets::Paragraph;

    /// The rows as one Paragraph, as lists were drawn before rows were written directly.
    fn as_paragraph(f: &mut Frame, area: Rect, rows: &[Line<'static>], state: &ListState) {
        let theme = Theme::mono();
        let block = block("List", true, &theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let off = state.scroll_into_view(usize::from(inner.height), rows.len());
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(off)
            .map(|(i, line)| {
                let line = line.clone();
                if i == state.selected {
                    let style = theme.selected;
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

    /// Every cell a terminal shows: its symbol, and its style unless it is blank. Left out:
    /// cells hidden under the right half of a wide letter, and the style of blanks (where a
    /// wide letter does not fit at the right edge, set_line styles the blank left over and
    /// Paragraph does not: the selection's bar is one cell longer there).
    fn visible(b: &ratatui::buffer::Buffer) -> Vec<(u16, u16, String, Option<Style>)> {
        let mut out = Vec::new();
        for y in 0..b.area.height {
            let mut hidden = 0;
            for x in 0..b.area.width {
                let cell = &b[(x, y)];
                if hidden > 0 {
                    hidden -= 1;
                    continue;
                }
                hidden = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
                let style = (cell.symbol() != " ").then(|| cell.style());
                out.push((x, y, cell.symbol().to_string(), style));
            }
        }
        out
    }

    #[test]
    fn rows_are_drawn_cell_for_cell_as_a_paragraph_would() {
        let theme = Theme::mono();
        let rows: Vec<Line<'static>> = [
            "Ana · grade 9",
            "مريم (grade 11)",
            "Zoë 🩺 a very long name that goes on past the edge of a narrow window",
            "全角の名前 wide letters",
            "",
        ]
        .iter()
        .map(|t| {
            Line::from(vec![
                Span::raw(t.to_string()),
                Span::styled("  dim part", theme.dim),
            ])
        })
        .collect();
        for (w, h) in [(40, 8), (13, 5), (7, 4), (3, 3), (80, 3)] {
            for selected in 0..rows.len() {
                let mut state = ListState::default();
                state.select(selected, rows.len());
                let mut old = Terminal::new(TestBackend::new(w, h)).unwrap();
                old.draw(|f| as_paragraph(f, f.area(), &rows, &state))
                    .unwrap();
                let mut state2 = ListState::default();
                state2.select(selected, rows.len());
                let mut new = Terminal::new(TestBackend::new(w, h)).unwrap();
                new.draw(|f| {
                    let b = block("List", true, &theme);
                    render(f, f.area(), b, rows.clone(), &state2, true, &theme)
                })
                .unwrap();
                assert_eq!(
                    visible(old.backend().buffer()),
                    visible(new.backend().buffer()),
                    "{w}x{h}, row {selected} selected"
                );
            }
        }
    }

    #[test]
    fn selection_scrolls_into_view_and_clicks_map_to_rows() {
        let mut s = ListState::default();
        s.select(15, 20);
        assert_eq!(s.scroll_into_view(5, 20), 11);
        let inner = Rect::new(1, 1, 10, 5);
        assert_eq!(s.row_at(inner, 1, 20), Some(11));
        assert_eq!(s.row_at(inner, 5, 20), Some(15));
        assert_eq!(s.row_at(inner, 6, 20), None);
        s.up(20, 100);
        assert_eq!(s.selected, 0);
        assert_eq!(s.scroll_into_view(5, 20), 0);
        s.down(20, 100);
        assert_eq!(s.selected, 19);
        s.select(3, 0);
        assert_eq!(s.selected, 0);
    }
}
