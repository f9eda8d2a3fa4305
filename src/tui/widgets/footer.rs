//! The key hints on the bottom line, drawn from the keymap for the current contexts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::keymap::{Context, bindings};
use crate::tui::theme::Theme;

/// The footer's hints as (keys, words) pairs, in keymap order.
pub fn hints(contexts: &[Context]) -> Vec<(&'static str, &'static str)> {
    bindings(contexts)
        .into_iter()
        .filter(|b| b.footer)
        .map(|b| (b.label, b.help))
        .collect()
}

pub fn render(f: &mut Frame, area: Rect, contexts: &[Context], theme: &Theme) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    let width = usize::from(area.width);
    for (keys, words) in hints(contexts) {
        let need = keys.width() + 1 + words.width() + 2;
        if used + need > width {
            break;
        }
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {words}  "), theme.dim));
        used += need;
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
