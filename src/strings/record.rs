//! Wording for PINs, counselor mode, check-ins, goals, the course plan and experiences.

use crate::domain::strength::{WeakWhy, Weakness};

pub const PIN_RULE: &str = "A PIN is 4 to 8 digits (0-9). Type it again.";
pub const PINS_DIFFER: &str = "The two PINs were not the same. Type the new PIN twice.";
pub const WRONG_PIN: &str = "That PIN is not right. Try again, or ask your teacher or counselor \
                             to remove the PIN.";
pub fn passphrase_rule(min: usize) -> String {
    format!(
        "A counselor passphrase needs at least {min} characters and not all the same one. \
         A few words with spaces are easy to remember and hard to guess."
    )
}
/// Why a new passphrase was refused, and what to do instead.
pub fn weak_passphrase(w: Weakness, min: usize) -> String {
    let why = match w {
        Weakness::Length => return passphrase_rule(min),
        Weakness::Guessable(None) => "It is too easy to guess.",
        Weakness::Guessable(Some(why)) => match why {
            WeakWhy::CommonPassword => {
                "It is one of the passwords people use most, or close to one."
            }
            WeakWhy::KeyboardPattern => "Keys in a row on the keyboard are easy to guess.",
            WeakWhy::Repeats => "Repeated letters or words are easy to guess.",
            WeakWhy::Sequence => "Runs like abc or 6543 are easy to guess.",
            WeakWhy::Years => "Recent years are easy to guess.",
            WeakWhy::Dates => "Dates are easy to guess.",
            WeakWhy::OneWord => "One word on its own is easy to guess.",
            WeakWhy::Names => "Names are easy to guess.",
        },
    };
    format!(
        "That passphrase is too weak. {why} Use four or more ordinary words that do not \
         belong together, with spaces: a short made-up sentence nobody else would say."
    )
}
pub fn bad_lock_after(minutes: u32) -> String {
    let (lo, hi) = (
        crate::domain::record::LOCK_AFTER_MINUTES.start(),
        crate::domain::record::LOCK_AFTER_MINUTES.end(),
    );
    format!("Counselor mode can lock itself after {lo} to {hi} minutes, not {minutes}.")
}
pub fn wrong_passphrase() -> String {
    "That passphrase is not right. Check Caps Lock and try again.".to_string()
}
pub fn wait(secs: i64) -> String {
    match secs {
        1 => "Too many wrong tries. Wait 1 second, then try again.".to_string(),
        n => format!("Too many wrong tries. Wait {n} seconds, then try again."),
    }
}
pub const EMPTY_GOAL: &str = "Write what the goal is, for example \"Ask Ms. Ortiz about HOSA\".";
pub const EMPTY_TITLE: &str = "Give the experience a name, for example \"Hospital gift shop\".";
pub fn bad_hours(h: &str) -> String {
    format!(
        "\"{h}\" is not a number of hours. Type a whole number from 0 to 10000, or leave it empty."
    )
}
pub const ENDS_BEFORE_START: &str = "The end date is before the start date. Check both dates.";
pub const NO_DATE: &str = "A check-in needs the date it was held, as YYYY-MM-DD.";
pub const LOCKED_NOTES: &str =
    "Counselor notes are locked. Open counselor mode with the passphrase first.";

pub const W_GOAL: &str = "goal";
pub const W_SUMMARY: &str = "summary";
pub const W_NOTES: &str = "private notes";
pub const W_TITLE: &str = "name";
pub const W_REFLECTION: &str = "reflection";

pub const GOAL_OPEN: &str = "open";
pub const GOAL_DONE: &str = "done";
pub const GOAL_DROPPED: &str = "dropped";

pub const COURSE_PLANNED: &str = "planned";
pub const COURSE_TAKING: &str = "taking";
pub const COURSE_DONE: &str = "done";

pub fn experience_kind(id: &str) -> &'static str {
    match id {
        "shadowing" => "Shadowing",
        "volunteering" => "Volunteering",
        "club" => "Club (such as HOSA)",
        "summer" => "Summer program",
        "certification" => "Certification (CPR, nursing assistant, EMT)",
        "job" => "Job",
        _ => "Other",
    }
}

pub fn course_label(id: &str) -> &'static str {
    match id {
        "biology" => "Biology",
        "chemistry" => "Chemistry",
        "physics" => "Physics",
        "ap-science" => "Advanced or AP science",
        "math" => "Math (algebra and beyond)",
        "statistics" => "Statistics",
        "anatomy" => "Anatomy and physiology",
        "psychology" => "Psychology",
        "health-science" => "Health science",
        "second-language" => "A second language",
        "english" => "English",
        "computer-science" => "Computer science",
        _ => "Course",
    }
}

/// Why a PIN is only a lock on the program, said plainly wherever a PIN is set.
pub const PIN_WARNING: &str = "A PIN keeps classmates out of your profile in medpath. It does \
    not lock the database file: someone who copies the file could still read it.";

pub const NOTE_DAMAGED: &str = "a counselor note could not be opened with the counselor key";
pub fn plan_grade(g: u8) -> String {
    format!("Grade {g} is not a high-school grade. Choose 9, 10, 11 or 12.")
}
