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
    let all = hints(contexts);
    // The help key is always shown, last, so everything else stays one key away.
    let (help, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|(k, _)| *k == "?");
    let need = |(keys, words): &(&str, &str)| keys.width() + 1 + words.width() + 2;
    let reserved: usize = help.iter().map(need).sum();
    for h in rest {
        if used + need(&h) + reserved > width {
            break;
        }
        used += need(&h);
        spans.push(Span::styled(h.0, theme.key));
        spans.push(Span::styled(format!(" {}  ", h.1), theme.dim));
    }
    for h in help {
        if used + need(&h) > width {
            break;
        }
        used += need(&h);
        spans.push(Span::styled(h.0, theme.key));
        spans.push(Span::styled(format!(" {}  ", h.1), theme.dim));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
