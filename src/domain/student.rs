//! Student profiles: validation of what a person types.

use serde::Serialize;

use super::clock::Timestamp;

/// The longest display name we accept, in characters.
pub const MAX_NAME_CHARS: usize = 40;
pub const MIN_GRADE: u8 = 6;
pub const MAX_GRADE: u8 = 12;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Student {
    pub id: i64,
    pub name: String,
    pub grade: u8,
    pub created_at: Timestamp,
    pub last_active: Timestamp,
    /// Whether the profile is locked with a PIN.
    pub has_pin: bool,
}

/// A profile as typed, checked by [`NewStudent::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStudent {
    pub name: String,
    pub grade: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudentError {
    EmptyName,
    NameTooLong {
        chars: usize,
    },
    /// A control, invisible or text-direction character (the first one found).
    ControlCharacter(char),
    GradeNotNumber(String),
    GradeOutOfRange(u8),
    DuplicateName(String),
    /// A school id that is empty, too long or has other characters.
    BadSchoolId(String),
    /// Another profile already has this school id.
    DuplicateSchoolId(String),
}

/// Worded in `strings` (its `Display`).
impl std::error::Error for StudentError {}

/// Whether `c` is a control character, or one that is invisible or turns the direction of
/// text (Unicode's "format" characters, line and paragraph separators): a name holding one
/// can look like another name, or turn the text around it.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}')
}

/// The first hidden character in `name` that is not allowed. The zero-width joiner and
/// non-joiner (U+200D, U+200C) are allowed between two characters that are not ASCII and
/// not hidden: some scripts (Persian, Hindi …) and emoji (👩‍⚕️) need them.
pub fn hidden_char(name: &str) -> Option<char> {
    let chars: Vec<char> = name.chars().collect();
    let plain =
        |c: Option<&char>| c.is_some_and(|&c| !c.is_ascii() && !c.is_whitespace() && !is_hidden(c));
    chars.iter().enumerate().find_map(|(i, &c)| {
        if !is_hidden(c) {
            return None;
        }
        let joiner = matches!(c, '\u{200c}' | '\u{200d}');
        let between = i > 0 && plain(chars.get(i - 1)) && plain(chars.get(i + 1));
        (!(joiner && between)).then_some(c)
    })
}

/// Trims a name and checks it: not empty, not too long, no control, invisible or
/// text-direction characters. Emoji and right-to-left scripts are welcome.
pub fn clean_name(raw: &str) -> Result<String, StudentError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(StudentError::EmptyName);
    }
    if let Some(c) = hidden_char(name) {
        return Err(StudentError::ControlCharacter(c));
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(StudentError::NameTooLong { chars });
    }
    Ok(name.to_string())
}

/// The longest school id we accept.
pub const MAX_SCHOOL_ID_CHARS: usize = 32;

/// A school's own student id: letters, digits, `-`, `_` and `.`, up to 32 of them.
pub fn parse_school_id(raw: &str) -> Result<String, StudentError> {
    let id = raw.trim();
    if id.is_empty()
        || id.chars().count() > MAX_SCHOOL_ID_CHARS
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(StudentError::BadSchoolId(raw.to_string()));
    }
    Ok(id.to_string())
}

pub fn parse_grade(raw: &str) -> Result<u8, StudentError> {
    let t = raw.trim();
    let g: u8 = t
        .parse()
        .map_err(|_| StudentError::GradeNotNumber(t.chars().take(20).collect()))?;
    if !(MIN_GRADE..=MAX_GRADE).contains(&g) {
        return Err(StudentError::GradeOutOfRange(g));
    }
    Ok(g)
}

impl NewStudent {
    pub fn parse(name: &str, grade: &str) -> Result<NewStudent, StudentError> {
        Ok(NewStudent {
            name: clean_name(name)?,
            grade: parse_grade(grade)?,
        })
    }
}

/// Names are compared without regard to case or surrounding space, so "Ana" and " ana "
/// cannot both exist on one machine.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A name folded for finding it: lower case, accents taken off (`José` → `jose`), and
/// spaces run together, so a student finds their profile however they type it.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for ch in word.chars() {
            // A combining accent typed as its own character (`e` + `\u{301}`).
            if ('\u{300}'..='\u{36f}').contains(&ch) {
                continue;
            }
            out.extend(nucleo_matcher::chars::normalize(ch).to_lowercase());
        }
    }
    out
}

/// True when `query`, folded, starts at the start of a word of `name` (folded too): "ana"
/// finds "Ana Haddad" and "Mary Ana" but not "Diana"; "jose" finds "José". An empty query
/// finds every name.
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = fold_name(query);
    folded_name_matches(&fold_name(name), &query)
}

/// [`name_matches`] with both sides already folded (a list folds the query once).
pub fn folded_name_matches(name: &str, query: &str) -> bool {
    if query.is_empty() {
        return true;
    }
    let mut before = None;
    name.char_indices().any(|(i, ch)| {
        let word_start = before.is_none_or(|b: char| !b.is_alphanumeric());
        before = Some(ch);
        word_start && name[i..].starts_with(query)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(clean_name("  Ana  ").unwrap(), "Ana");
        assert_eq!(clean_name("   "), Err(StudentError::EmptyName));
        assert_eq!(
            clean_name("a\u{7}b"),
            Err(StudentError::ControlCharacter('\u{7}'))
        );
        let long = "x".repeat(5000);
        assert_eq!(
            clean_name(&long),
            Err(StudentError::NameTooLong { chars: 5000 })
        );
        assert!(clean_name(&"é".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn invisible_and_direction_characters_are_refused() {
        for c in [
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{202a}',
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{200e}',
            '\u{200f}',
            '\u{ad}',
            '\u{2028}',
            '\u{61c}',
            '\u{e0041}',
            '\u{7f}',
            '\u{9b}',
        ] {
            assert_eq!(
                clean_name(&format!("Ana{c}Lee")),
                Err(StudentError::ControlCharacter(c)),
                "{:?}",
                c
            );
        }
        // At either end, the trim does not take them away.
        assert!(clean_name("\u{202e}Ana").is_err());
        assert!(clean_name("Ana\u{200b}").is_err());
    }

    #[test]
    fn joiners_inside_words_of_other_scripts_and_emoji_are_kept() {
        // Persian "mi-khāham" with a zero-width non-joiner; a health worker emoji.
        for ok in ["می\u{200c}خواهم", "Zoë 👩\u{200d}⚕\u{fe0f}", "क्\u{200d}ष"] {
            assert_eq!(clean_name(ok).as_deref(), Ok(ok), "{ok:?}");
        }
        // Between ASCII letters, or at an edge, they only hide something.
        for bad in ["An\u{200d}a", "Ana \u{200c}", "é\u{200d}\u{200d}é"] {
            assert!(clean_name(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn emoji_and_rtl_names_are_fine() {
        assert_eq!(clean_name("Zoë 🩺").unwrap(), "Zoë 🩺");
        assert_eq!(clean_name("مريم").unwrap(), "مريم");
    }

    #[test]
    fn grades_are_6_to_12() {
        assert_eq!(parse_grade(" 9 "), Ok(9));
        assert_eq!(parse_grade("5"), Err(StudentError::GradeOutOfRange(5)));
        assert_eq!(parse_grade("13"), Err(StudentError::GradeOutOfRange(13)));
        assert!(matches!(
            parse_grade("ninth"),
            Err(StudentError::GradeNotNumber(_))
        ));
        assert!(matches!(
            parse_grade("999"),
            Err(StudentError::GradeNotNumber(_))
        ));
    }

    #[test]
    fn error_messages_say_what_to_do() {
        let m = StudentError::GradeOutOfRange(13).to_string();
        assert!(m.contains("6") && m.contains("12"), "{m}");
        assert!(!StudentError::EmptyName.to_string().is_empty());
    }

    #[test]
    fn name_keys_ignore_case() {
        assert_eq!(name_key(" Ana "), name_key("ANA"));
    }

    #[test]
    fn names_fold_case_accents_and_spaces() {
        assert_eq!(fold_name("  José   MARÍA "), "jose maria");
        assert_eq!(fold_name("Jose\u{301}"), "jose");
        assert_eq!(fold_name("Zoë 🩺"), "zoe 🩺");
        assert_eq!(fold_name("مريم"), "مريم");
    }

    #[test]
    fn names_match_at_the_start_of_a_word() {
        assert!(name_matches("José", "jose"));
        assert!(name_matches("Jose", "JOSÉ"));
        assert!(name_matches("Joséphine", "jos"));
        assert!(name_matches("Ana Haddad", "ana"));
        assert!(name_matches("Mary Ana", "ana"));
        assert!(name_matches("Mary-Ana", "ana"));
        assert!(name_matches("Ana Haddad", "ana  h"));
        assert!(!name_matches("Diana", "ana"));
        assert!(!name_matches("Ana", "anab"));
        assert!(name_matches("Diana Banana", "ban"));
        assert!(name_matches("Anything", " "));
        // A word start is found even right after a match that is not one.
        assert!(name_matches("ba a a", "a a"));
    }
}
