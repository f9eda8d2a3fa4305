//! Wording for `medpath export` and `medpath import`.

pub fn too_big(bytes: u64, max: u64) -> String {
    let size = if bytes / 1024 > max / 1024 {
        format!("{} KB", bytes / 1024)
    } else {
        "too big".to_string()
    };
    format!(
        "This file is {size}, more than the {} KB a medpath export can be. It is not an export \
         from medpath; check that you chose the right file.",
        max / 1024
    )
}
pub const TOO_DEEP: &str = "This file is nested far deeper than a medpath export ever is, so it \
     was not read. Check that you chose the right file.";
pub fn not_json(detail: &str) -> String {
    format!(
        "This file is not readable JSON ({detail}). It may be damaged or cut short; export the \
         student again on the other computer."
    )
}
pub const NOT_MEDPATH: &str = "This file is not a medpath student export (its \"format\" is not \
     \"medpath-student\"). Choose a file made by `medpath export`.";
pub fn newer(found: u32, supported: u32) -> String {
    format!(
        "This export is version {found}, from a newer medpath; this medpath reads up to version \
         {supported}. Update medpath on this computer, then import again."
    )
}
pub const NO_VERSION: &str = "the \"version\" field is missing or not a whole number";
pub fn bad_shape(detail: &str) -> String {
    format!(
        "This export has a part that is not the right kind of value: {}. It may have been \
         edited by hand; export the student again on the other computer.",
        plain_detail(detail)
    )
}
/// The JSON reader's detail in plain words: Rust type names become what they mean, and a
/// long detail (it quotes the wrong value whole) keeps its start and its line and column.
fn plain_detail(detail: &str) -> String {
    const WORDS: [(&str, &str); 6] = [
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected i8", "expected a whole number from -128 to 127"),
        (
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        ),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected usize", "expected a whole number, 0 or more"),
        ("expected i64", "expected a whole number"),
    ];
    let n = detail.chars().count();
    let mut d = if n > 500 {
        let head: String = detail.chars().take(300).collect();
        let tail: String = detail.chars().skip(n - 100).collect();
        format!("{head}…{tail}")
    } else {
        detail.to_string()
    };
    for (rust, plain) in WORDS {
        d = d.replace(rust, plain);
    }
    // "expected struct StudentOut": the name means nothing outside the code.
    while let Some(i) = d.find("expected struct ") {
        let rest = &d[i + "expected struct ".len()..];
        let name = rest.len() - rest.trim_start_matches(char::is_alphanumeric).len();
        let end = i + "expected struct ".len() + name;
        d.replace_range(i..end, "expected a group of named fields {...}");
    }
    // An unknown field's name is quoted as it is in the file.
    shown(&d, usize::MAX)
}
pub fn bad_value(place: &str, what: &str) -> String {
    // `what` may be a whole sentence (a name's problem, as the name field words it).
    let what = what.trim_end_matches('.');
    format!(
        "This export cannot be imported: at {place}, {what}. Nothing was changed. Export the \
         student again on the other computer."
    )
}
pub fn too_long(n: usize, max: usize) -> String {
    format!("a text is {n} characters long, more than {max}")
}
pub const CONTROL: &str = "a text holds control characters";
/// Up to `max` characters of a value from a file, for a message: control characters and
/// the invisible direction marks are written as escapes (`\u{1b}`), so a hostile file can
/// neither drive the terminal nor reorder the message around it.
pub fn shown(v: &str, max: usize) -> String {
    crate::strings::visible::visible_max(v, max)
}
pub fn bad_date(d: &str) -> String {
    let d = shown(d, 30);
    format!("\"{d}\" is not a date written as YYYY-MM-DD")
}
pub fn bad_time(t: i64) -> String {
    format!("{t} is not a time between the years 1970 and 2200")
}
pub fn bad_id(v: &str) -> String {
    let v = shown(v, 30);
    format!("\"{v}\" is not an id medpath writes")
}
pub fn too_many(n: usize, max: usize) -> String {
    format!("there are {n}, more than the {max} allowed")
}
pub fn bad_grade(g: u8) -> String {
    format!("grade {g} is out of range")
}
pub const BAD_PIN_HASH: &str =
    "the PIN is not stored as an Argon2id hash made with medpath's own settings";
pub const BAD_ANSWER: &str = "an answer is not from 1 to 5";
pub const TWO_OPEN: &str = "more than one assessment is unfinished";
pub fn duplicate(id: &str) -> String {
    format!("\"{id}\" appears twice")
}
pub const NO_PERSON: &str = "an interview plan has no person";
pub const BAD_INTEREST: &str = "an interest rating is not from -2 to 2";
pub const EMPTY_QUESTION: &str = "a question is empty";
pub const NO_SUCH_CHECKIN: &str = "a goal points at a check-in that is not in the file";
pub const EMPTY_GOAL: &str = "a goal is empty";
pub const CLOSED_MISMATCH: &str = "a goal's status and closing time do not agree";
pub fn unknown_course(c: &str) -> String {
    let c = shown(c, 30);
    format!("\"{c}\" is not a course medpath knows")
}
pub const EMPTY_TITLE: &str = "an experience has no name";
pub const BAD_NOTES: &str = "the sealed counselor notes are damaged";
