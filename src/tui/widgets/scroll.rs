//! A scrollable pane of pre-wrapped lines: keeps the offset within bounds (it learns the
//! number of lines and the height at each draw), handles the scrolling actions, and marks how
//! far down the reader is.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::strings::explore as s;
use crate::tui::action::Action;
use crate::tui::theme::Theme;

#[derive(Debug, Default)]
pub struct Scroll {
    offset: usize,
    lines: Cell<usize>,
    height: Cell<usize>,
}

impl Scroll {
    pub fn max(&self) -> usize {
        self.lines.get().saturating_sub(self.height.get().max(1))
    }

    pub fn reset(&mut self) {
        self.offset = 0;
    }

    /// Applies a scrolling action; false when `action` is not one.
    pub fn update(&mut self, action: &Action) -> bool {
        let page = self.height.get().max(1);
        match action {
            Action::Up | Action::ScrollUp => self.offset = self.offset.saturating_sub(1),
            Action::Down | Action::ScrollDown => self.offset = (self.offset + 1).min(self.max()),
            Action::PageUp => self.offset = self.offset.saturating_sub(page),
            Action::PageDown => self.offset = (self.offset + page).min(self.max()),
            Action::Top => self.offset = 0,
            Action::Bottom => self.offset = self.max(),
            _ => return false,
        }
        true
    }

    /// Draws the visible part of `lines` in `inner`; with `frame` (the pane's outer area), a
    /// percentage on its bottom border when there is more than one screenful.
    pub fn render(
        &self,
        f: &mut Frame,
        inner: Rect,
        frame: Option<Rect>,
        lines: Vec<Line<'_>>,
        theme: &Theme,
    ) {
        self.lines.set(lines.len());
        self.height.set(usize::from(inner.height));
        let offset = self.offset.min(self.max());
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(offset)
            .take(usize::from(inner.height))
            .collect();
        f.render_widget(Paragraph::new(visible), inner);
        if let Some(outer) = frame
            && self.max() > 0
            && inner.height > 0
        {
            let pct = offset * 100 / self.max().max(1);
            let marker = Span::styled(s::scroll_marker(pct), theme.dim);
            let r = Rect {
                x: outer.x + outer.width.saturating_sub(8),
                y: outer.y + outer.height.saturating_sub(1),
                width: 7.min(outer.width),
                height: 1,
            };
            f.render_widget(Paragraph::new(marker), r);
        }
    }
}
