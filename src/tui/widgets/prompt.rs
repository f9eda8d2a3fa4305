//! A one-line text box in a small window over the screen (a note), with a line for a
//! message when what was typed cannot be saved. What was typed stays until saved or cancelled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};
use tui_input::Input;

use super::{centered, list};
use crate::tui::theme::Theme;

#[derive(Debug, Default)]
pub struct Prompt {
    pub title: String,
    /// A line above the box saying what to type.
    pub hint: String,
    pub input: Input,
    pub error: Option<String>,
    /// Show dots instead of what is typed (PINs, passphrases).
    pub masked: bool,
}

impl Prompt {
    pub fn new(title: String, hint: String, value: &str) -> Prompt {
        Prompt {
            title,
            hint,
            input: Input::new(value.to_string()),
            error: None,
            masked: false,
        }
    }

    /// A prompt for a secret: what is typed shows as dots.
    pub fn secret(title: String, hint: String) -> Prompt {
        Prompt {
            masked: true,
            ..Prompt::new(title, hint, "")
        }
    }

    /// Empties the box (after a wrong PIN, so the next try starts clean).
    pub fn clear(&mut self) {
        self.input = Input::default();
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// A typed key or a paste (all of it, on one line); false for any other action.
    pub fn edit(&mut self, action: &crate::tui::action::Action) -> bool {
        let edited = super::text::edit(&mut self.input, action);
        if edited {
            self.error = None;
        }
        edited
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let w = area.width.saturating_sub(4).min(70);
        // The hint takes as many lines as it needs (two at least, as before).
        let hint_lines = textwrap::wrap(&self.hint, usize::from(w.saturating_sub(2)).max(1))
            .len()
            .max(2) as u16;
        let r = centered(area, w, hint_lines + 6);
        f.render_widget(Clear, r);
        let block = list::block(&self.title, true, theme);
        let inner = block.inner(r);
        f.render_widget(block, r);
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        let hint =
            Paragraph::new(Line::styled(self.hint.clone(), theme.dim)).wrap(Wrap { trim: true });
        f.render_widget(
            hint,
            Rect {
                height: hint_lines.min(inner.height),
                ..inner
            },
        );
        let y = inner.y + hint_lines.min(inner.height - 1);
        let field = Rect {
            x: inner.x,
            y,
            width: inner.width,
            height: 1,
        };
        let width = usize::from(field.width.saturating_sub(2).max(1));
        let scroll = self.input.visual_scroll(width);
        let shown: String = if self.masked {
            "•".repeat(self.input.value().chars().count().saturating_sub(scroll))
        } else {
            self.input.value().chars().skip(scroll).collect()
        };
        f.render_widget(
            Paragraph::new(Line::styled(format!("> {shown}"), theme.input)),
            field,
        );
        let x = field.x + 2 + (self.input.visual_cursor().saturating_sub(scroll)) as u16;
        if x < field.x + field.width {
            f.set_cursor_position((x, field.y));
        }
        if let Some(e) = &self.error
            && inner.height > hint_lines + 2
        {
            let r = Rect {
                y: y + 2,
                height: inner.height.saturating_sub(hint_lines + 2),
                ..inner
            };
            f.render_widget(
                Paragraph::new(Line::styled(e.clone(), theme.error)).wrap(Wrap { trim: true }),
                r,
            );
        }
    }
}
