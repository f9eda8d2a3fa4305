//! The one confirm dialog. The focus starts on the safe choice ("Keep it"); the other choice
//! is reached only with an arrow key and taken with Enter, so no key that ordinary typing
//! produces can confirm it. While open it takes every key: letters, digits and pastes do
//! nothing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{centered, list};
use crate::strings::input as s;
use crate::tui::action::Action;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub title: String,
    /// What will happen, in full ("Ana's profile and …").
    pub text: String,
    keep: &'static str,
    act: &'static str,
    /// True when the focus is on the action (not the safe choice).
    on_act: bool,
}

/// What the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Still open.
    Open,
    /// The safe choice, Esc, or Enter on it.
    Keep,
    /// Enter with the focus moved to the action.
    Act,
}

impl Confirm {
    /// A dialog that deletes: "Keep it" and "Delete".
    pub fn delete(title: impl Into<String>, text: impl Into<String>) -> Confirm {
        Confirm::new(title, text, s::KEEP, s::DELETE)
    }

    pub fn new(
        title: impl Into<String>,
        text: impl Into<String>,
        keep: &'static str,
        act: &'static str,
    ) -> Confirm {
        Confirm {
            title: title.into(),
            text: text.into(),
            keep,
            act,
            on_act: false,
        }
    }

    /// True when Enter now would carry out the action.
    pub fn armed(&self) -> bool {
        self.on_act
    }

    pub fn update(&mut self, action: &Action) -> Choice {
        match action {
            Action::Prev | Action::FocusLeft => self.on_act = false,
            Action::Next | Action::FocusRight => self.on_act = true,
            Action::Select if self.on_act => return Choice::Act,
            Action::Select | Action::Back | Action::No => return Choice::Keep,
            _ => {}
        }
        Choice::Open
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let w = area.width.saturating_sub(4).clamp(1, 64);
        let text_lines = textwrap::wrap(&self.text, usize::from(w.saturating_sub(2)).max(1)).len();
        let h = (text_lines as u16).saturating_add(6);
        let r = centered(area, w, h);
        f.render_widget(Clear, r);
        let button = |label: &str, focused: bool| {
            if focused {
                Span::styled(format!("{POINTER}[ {label} ]"), theme.selected)
            } else {
                Span::styled(format!("{NO_POINTER}[ {label} ]"), theme.base)
            }
        };
        let p = Paragraph::new(vec![
            Line::raw(self.text.clone()),
            Line::raw(""),
            Line::from(vec![
                button(self.keep, !self.on_act),
                Span::raw("   "),
                button(self.act, self.on_act),
            ]),
            Line::styled(s::CONFIRM_KEYS, theme.dim),
        ])
        .wrap(Wrap { trim: true })
        .block(list::block(&self.title, true, theme));
        f.render_widget(p, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_arrow_then_enter_acts() {
        let mut c = Confirm::delete("Delete?", "Ana's profile");
        // Typing a word, digits, Enter: kept.
        for a in [Action::Yes, Action::Answer(1), Action::Remove, Action::Star] {
            assert_eq!(c.update(&a), Choice::Open);
        }
        assert_eq!(c.clone().update(&Action::Select), Choice::Keep);
        assert!(!c.armed());
        c.update(&Action::Next);
        assert!(c.armed());
        assert_eq!(c.clone().update(&Action::Back), Choice::Keep);
        c.update(&Action::Prev);
        assert_eq!(c.clone().update(&Action::Select), Choice::Keep);
        c.update(&Action::FocusRight);
        assert_eq!(c.update(&Action::Select), Choice::Act);
    }
}
