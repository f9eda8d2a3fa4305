//! One set of styles for the whole program, with a monochrome variant for `NO_COLOR`.
//! Selection and focus never depend on colour alone: they are also reversed and bold, and
//! lists mark the selected row with a pointer.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub monochrome: bool,
    pub base: Style,
    pub title: Style,
    pub tab: Style,
    pub tab_selected: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list that does not have the focus.
    pub selected_unfocused: Style,
    pub border: Style,
    pub border_focused: Style,
    pub heading: Style,
    pub dim: Style,
    pub key: Style,
    pub error: Style,
    pub good: Style,
    pub input: Style,
    pub input_focused: Style,
}

/// The marker drawn before the selected row, visible in any terminal.
pub const POINTER: &str = "▶ ";
pub const NO_POINTER: &str = "  ";

impl Theme {
    pub fn color() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            monochrome: false,
            base: Style::default(),
            title: Style::default().fg(Color::Cyan).add_modifier(bold),
            tab: Style::default().fg(Color::Gray),
            tab_selected: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            selected: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            selected_unfocused: Style::default().add_modifier(bold | Modifier::UNDERLINED),
            border: Style::default().fg(Color::DarkGray),
            border_focused: Style::default().fg(Color::Cyan),
            heading: Style::default().fg(Color::Yellow).add_modifier(bold),
            dim: Style::default().fg(Color::Gray),
            key: Style::default().fg(Color::Cyan).add_modifier(bold),
            error: Style::default().fg(Color::Red).add_modifier(bold),
            good: Style::default().fg(Color::Green),
            input: Style::default(),
            input_focused: Style::default().add_modifier(Modifier::UNDERLINED),
        }
    }

    pub fn mono() -> Theme {
        let bold = Modifier::BOLD;
        let plain = Style::default();
        Theme {
            monochrome: true,
            base: plain,
            title: plain.add_modifier(bold),
            tab: plain,
            tab_selected: plain.add_modifier(Modifier::REVERSED | bold),
            selected: plain.add_modifier(Modifier::REVERSED | bold),
            selected_unfocused: plain.add_modifier(bold | Modifier::UNDERLINED),
            border: plain,
            border_focused: plain.add_modifier(bold),
            heading: plain.add_modifier(bold | Modifier::UNDERLINED),
            dim: plain,
            key: plain.add_modifier(bold),
            error: plain.add_modifier(bold),
            good: plain,
            input: plain,
            input_focused: plain.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// Monochrome when `NO_COLOR` is set to anything non-empty (https://no-color.org).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::color(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_uses_no_colours_and_keeps_selection_visible() {
        let t = Theme::mono();
        for s in [t.selected, t.tab_selected, t.title, t.heading, t.error] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.tab_selected.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(t.selected_unfocused, t.base);
    }
}
