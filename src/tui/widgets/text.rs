//! Editing a one-line text box (tui-input's `Input`): a typed key or a paste. Every box in
//! the program goes through here, so a paste is always text for the box, never commands.

use tui_input::backend::crossterm::EventHandler;
use tui_input::{Input, InputRequest};

use crate::tui::action::Action;

/// Applies a typed key or a paste to `input`; false when `action` is neither.
pub fn edit(input: &mut Input, action: &Action) -> bool {
    match action {
        Action::Text(key) => {
            input.handle_event(&crossterm::event::Event::Key(*key));
        }
        Action::Paste(text) => {
            for ch in one_line(text).chars() {
                input.handle(InputRequest::InsertChar(ch));
            }
        }
        _ => return false,
    }
    true
}

/// A paste for a one-line box: line breaks and tabs become spaces (one space for a
/// Windows `\r\n`), other control characters are left out.
pub fn one_line(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// A paste for a box of several lines: line breaks kept (as `\n`), tabs as spaces, other
/// control characters left out.
pub fn lines(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_goes_in_whole_on_one_line() {
        let mut i = Input::new("Hi ".into());
        assert!(edit(&mut i, &Action::Paste("1 d\r\ny by\n\x1b[2Jq".into())));
        assert_eq!(i.value(), "Hi 1 d y by [2Jq");
        assert_eq!(lines("a\r\nb\rc\td\x07"), "a\nb\nc d");
    }
}
