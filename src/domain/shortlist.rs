//! A student's shortlist: careers they starred, in their own order, each with a note.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;

/// The longest note kept with a shortlisted career, in characters.
pub const MAX_NOTE_CHARS: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShortlistEntry {
    pub career_id: String,
    /// 1 is the top of the list.
    pub position: i64,
    pub note: String,
    pub added_at: Timestamp,
}

/// Which way to move an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// Worded in `strings` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteError {
    TooLong(usize),
}

impl std::error::Error for NoteError {}

/// Tidies a note: trims it, turns line breaks and tabs into spaces and drops other control
/// characters (a pasted note cannot break the screen). Refuses one that is too long.
pub fn clean_note(raw: &str) -> Result<String, NoteError> {
    let text: String = raw
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let text = text.trim().to_string();
    let n = text.chars().count();
    if n > MAX_NOTE_CHARS {
        return Err(NoteError::TooLong(n));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_tidied() {
        assert_eq!(clean_note("  likes\tsurgery\n ").unwrap(), "likes surgery");
        assert_eq!(clean_note("a\u{7}b\u{1b}[2J").unwrap(), "ab[2J");
        assert_eq!(clean_note("").unwrap(), "");
        assert_eq!(clean_note("ü 👩‍⚕️ ok").unwrap(), "ü 👩‍⚕️ ok");
    }

    #[test]
    fn long_notes_are_refused_with_their_length() {
        let long = "x".repeat(MAX_NOTE_CHARS + 5);
        let e = clean_note(&long).unwrap_err();
        assert_eq!(e, NoteError::TooLong(MAX_NOTE_CHARS + 5));
        assert!(e.to_string().contains(&MAX_NOTE_CHARS.to_string()));
        assert!(clean_note(&"x".repeat(MAX_NOTE_CHARS)).is_ok());
    }
}
