//! The `?` overlay: every key the current screen takes, from the same keymap as the footer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centered;
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

pub fn render(f: &mut Frame, area: Rect, screen: &str, contexts: &[Context], theme: &Theme) {
    let rows = rows(contexts);
    let key_w = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(4);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(k, w)| {
            Line::from(vec![
                Span::styled(format!(" {k:key_w$}  "), theme.key),
                Span::raw(w),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!(" {}", s::HELP_MOUSE), theme.dim));
    lines.push(Line::styled(format!(" {}", s::HELP_CLOSE), theme.dim));
    let h = lines.len() as u16 + 2;
    let popup = centered(area, 64, h);
    f.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(s::help_title(screen), theme.title));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
