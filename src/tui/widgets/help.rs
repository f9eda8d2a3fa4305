//! The `?` overlay: every key the current screen takes, from the same keymap as the footer.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
use super::fit::{pad, widest};
use crate::strings::input as si;
use crate::strings::tui as s;
use crate::tui::action::Action;
use crate::tui::keymap::{Context, bindings};
use crate::tui::theme::Theme;

/// The overlay's rows: (keys, what they do). The seven area shortcuts are folded into one row.
pub fn rows(contexts: &[Context]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut areas_done = false;
    for b in bindings(contexts) {
        if matches!(b.action, Action::GoTo(_)) {
            if !areas_done {
                out.push((
                    s::HELP_AREA_KEYS.to_string(),
                    s::HELP_AREA_WORDS.to_string(),
                ));
                areas_done = true;
            }
            continue;
        }
        out.push((b.label.to_string(), b.help.to_string()));
    }
    out
}

/// Draws the overlay scrolled down `scroll` rows; keeps `scroll` within what there is to see.
pub fn render(
    f: &mut Frame,
    area: Rect,
    screen: &str,
    contexts: &[Context],
    theme: &Theme,
    scroll: &Cell<u16>,
) {
    let rows = rows(contexts);
    let key_w = widest(rows.iter().map(|(k, _)| k.as_str()));
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(k, w)| {
            Line::from(vec![
                Span::styled(format!(" {}  ", pad(&k, key_w)), theme.key),
                Span::raw(w),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!(" {}", s::HELP_MOUSE), theme.dim));
    lines.push(Line::styled(format!(" {}", s::HELP_CLOSE), theme.dim));
    // Rows once wrapped to the window's width.
    let inner_w = usize::from(area.width.min(64).saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(inner_w).max(1))
        .sum();
    let h = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    let popup = centered(area, 64, h);
    let room = usize::from(popup.height.saturating_sub(2));
    let most = u16::try_from(rows.saturating_sub(room)).unwrap_or(u16::MAX);
    scroll.set(scroll.get().min(most));
    f.render_widget(Clear, popup);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(s::help_title(screen), theme.title));
    if most > 0 {
        block = block.title_bottom(Span::styled(format!(" {} ", si::HELP_MORE), theme.key));
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.get(), 0)),
        popup,
    );
}
