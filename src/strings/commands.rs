//! Help and output text for `students`, `assess` and `matches`.

pub const STUDENTS_ABOUT: &str = "List or add student profiles";
pub const STUDENTS_LIST_ABOUT: &str = "List the profiles on this computer, most recent first";
pub const STUDENTS_ADD_ABOUT: &str = "Add a profile";
pub const NAME_HELP: &str = "The student's name (a nickname is fine)";
pub const GRADE_HELP: &str = "School grade, 6 to 12";
pub const STUDENT_HELP: &str = "The student's profile name (see `medpath students list`)";
pub const ASSESS_ABOUT: &str =
    "Take the self-assessment: score an answer file, or answer prompts one by one (--plain)";
pub const ANSWERS_HELP: &str =
    "Score this answer file (TOML or JSON: item id = answer 1-5); see --template";
pub const PLAIN_HELP: &str =
    "Ask the questions one at a time as plain numbered prompts (screen readers, TERM=dumb)";
pub const TEMPLATE_HELP: &str = "Print an answer file to fill in, with every item";
pub const MATCHES_ABOUT: &str = "Show a student's ranked matches with scores and reasons";
pub const LIMIT_HELP: &str = "Show at most this many (default 10)";
pub const ALL_HELP: &str = "Include matches the student marked \"not for me\"";
pub const ASSESS_NEEDS_ONE: &str = "Say how to take the assessment: --answers FILE to score a prepared file, --plain to answer prompts one by one, or --template to print a file to fill in.";
pub const ZERO_LIMIT: &str = "--limit 0 would show nothing. Use a number from 1 up.";

pub fn no_such_student(name: &str) -> String {
    let shown = crate::strings::visible::visible_max(name, 60);
    format!(
        "There is no student called \"{shown}\". See `medpath students list`, or add one with `medpath students add NAME --grade N`."
    )
}

pub fn no_result(name: &str) -> String {
    format!(
        "{name} has no results yet. Take the assessment first: open medpath, or run `medpath assess --student \"{name}\" --plain`."
    )
}

pub fn added(name: &str, grade: u8) -> String {
    format!("Added {name} (grade {grade}).")
}

pub const NO_STUDENTS: &str =
    "No profiles yet. Add one with `medpath students add NAME --grade N`, or in the program.";

pub fn student_row(name: &str, grade: u8, last: &str) -> String {
    format!("{name}  (grade {grade}, last active {last})")
}

pub fn matches_header(name: &str, date: &str) -> String {
    format!("Matches for {name}, from the assessment of {date}.")
}

pub fn hidden_count(n: usize) -> String {
    format!("{n} marked \"not for me\" not shown (--all shows them).")
}

/// One match in `matches`; `score` is "strong 88" or "unreliable".
pub fn match_row(rank: usize, title: &str, score: &str, parts: &str) -> String {
    format!("{rank:>3}. {title}: {score}  ({parts})")
}

pub fn scored_summary(answered: usize, skipped: usize) -> String {
    format!("Scored {answered} answers ({skipped} skipped). Your results are saved.")
}

pub const NO_SUCH_PROFILE: &str =
    "That profile is not on this computer any more. See `medpath students list`.";

pub const NO_SUCH_RECORD: &str =
    "That entry is not in this student's record any more. It may have been deleted.";

pub const STUDENTS_RENAME_ABOUT: &str = "Give a profile a new name";
pub const STUDENTS_REMOVE_ABOUT: &str =
    "Delete a profile and everything saved with it (answers, results, shortlist, plans)";
pub const YES_HELP: &str = "Really delete: without it, nothing is deleted";

pub fn renamed(old: &str, new: &str) -> String {
    format!("Renamed {old} to {new}.")
}

pub fn remove_needs_yes(name: &str) -> String {
    format!(
        "This deletes {name}'s profile with every answer, result, shortlisted career and interview plan, and it cannot be undone. To go ahead, run it again with --yes."
    )
}

pub fn removed(name: &str) -> String {
    format!("Deleted {name} and everything saved with the profile.")
}
