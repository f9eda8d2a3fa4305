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

/// The pointer before a row or button when it is the chosen one, blanks of the same width
/// when it is not.
pub fn pointer(chosen: bool) -> &'static str {
    if chosen { POINTER } else { NO_POINTER }
}

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

    /// The selected row of a list, as it looks with and without the focus.
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            self.selected
        } else {
            self.selected_unfocused
        }
    }

    /// A border: brighter (bold without colour) around what has the focus.
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.border_focused
        } else {
            self.border
        }
    }

    /// A text box: underlined while it takes the typing.
    pub fn input(&self, focused: bool) -> Style {
        if focused {
            self.input_focused
        } else {
            self.input
        }
    }

    /// The cursor cell of a box of several lines: reversed while it takes the typing.
    pub fn cursor(&self, focused: bool) -> Style {
        if focused { self.selected } else { self.input }
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

    #[test]
    fn without_colour_focus_still_shows_in_selection_borders_and_boxes() {
        for t in [Theme::mono(), Theme::color()] {
            assert!(t.selected(true).add_modifier.contains(Modifier::BOLD));
            assert_ne!(t.selected(true), t.selected(false));
            assert_ne!(t.selected(false), t.base);
            assert_ne!(t.border(true), t.border(false));
            assert_ne!(t.input(true), t.input(false));
            assert_ne!(t.cursor(true), t.cursor(false));
        }
        let t = Theme::mono();
        assert!(t.selected(true).add_modifier.contains(Modifier::REVERSED));
        assert!(t.border(true).add_modifier.contains(Modifier::BOLD));
        assert!(t.input(true).add_modifier.contains(Modifier::UNDERLINED));
        assert_eq!((pointer(true), pointer(false)), (POINTER, NO_POINTER));
    }
}
