//! The printable interview sheet: its title, labels, headings and footer. The checklist,
//! the privacy rules, the estimate, the reflection prompts and the two letters come from
//! `strings::interview`, so the screen and the paper say the same thing.

use crate::domain::plan::Format;

/// The sheet's title, also the HTML page title.
pub fn title(format: Format, person: &str) -> String {
    match format {
        Format::Shadowing => format!("Shadowing plan: {person}"),
        _ => format!("Interview plan: {person}"),
    }
}

// The details block.
pub const L_STUDENT: &str = "Student";
pub const L_WHO: &str = "Who";
pub const L_CAREER: &str = "Career";
pub const L_WHEN: &str = "When";
pub const L_HOW: &str = "How";
pub const L_GOAL: &str = "My goal";
pub const L_LENGTH: &str = "Length";

pub fn student(name: &str, grade: u8) -> String {
    if name.is_empty() {
        format!("Grade {grade}")
    } else {
        format!("{name}, grade {grade}")
    }
}

/// The person and their job, as one line.
pub fn who(person: &str, role: &str) -> String {
    if role.is_empty() {
        person.to_string()
    } else {
        format!("{person}, {role}")
    }
}

pub const NO_DATE: &str = "not set yet";
pub const NO_GOAL: &str = "not written yet";
/// Used in the letters when the plan names neither a career nor a job.
pub const CAREER_FALLBACK: &str = "health professional";

// Before the talk.
pub const CHECKLIST_TITLE: &str = "Before you go";
pub const QUESTIONS_TITLE: &str = "My questions";
pub const QUESTIONS_HINT: &str = "Listen more than you write. Jot a few words under each \
question while they talk, then fill in the rest as soon as you can afterwards. If time \
runs short, skip to the questions you care about most.";
pub const NO_QUESTIONS: &str =
    "No questions yet. Add some in medpath (Interview prep), then print this sheet again.";
pub const FOLLOWUPS: &str = "Follow-ups:";

// After the talk.
pub const RECORD_TITLE: &str = "What I asked and what I heard";
pub const NOTES: &str = "Notes:";
pub const NO_NOTES: &str = "(no notes)";
pub const REFLECTION_TITLE: &str = "Looking back";
pub const NOT_ANSWERED: &str = "(not answered yet)";
pub const THANKS_TITLE: &str = "A thank-you note you can adapt";

/// The last line of every sheet.
pub fn footer(today: &str) -> String {
    format!(
        "Made with medpath on {today}. Keep patients' names and anything that could identify them out of your notes."
    )
}
