//! Wording for PINs, counselor mode, check-ins, goals, the course plan and experiences.

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
pub fn wrong_passphrase() -> String {
    "That passphrase is not right. Check Caps Lock and try again.".to_string()
}
pub fn wait(secs: i64) -> String {
    format!("Too many wrong tries. Wait {secs} seconds, then try again.")
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
