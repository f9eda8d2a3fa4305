//! The printable student report: its title, headings, labels, the "nothing yet" lines, the
//! chart labels and the footer. Written for a student and their family, in plain words.

use crate::domain::assessment::Flag;

/// The report's title, also the HTML page title.
pub fn title(name: &str) -> String {
    format!("medpath report: {name}")
}

pub const L_GRADE: &str = "Grade";
pub const L_DATE: &str = "Date";

/// What the report is, under the title.
pub fn intro(name: &str) -> String {
    format!(
        "This report gathers what {name} has explored in medpath: interests, careers, courses, \
experiences, interviews and goals. It is a starting point for talks at home and at school, \
not a test result."
    )
}

// Section headings, in the order they appear.
pub const H_INTERESTS: &str = "Interests";
pub const H_MATCHES: &str = "Top career matches";
pub const H_SHORTLIST: &str = "Shortlist";
pub const H_COURSES: &str = "Course plan";
pub const H_EXPERIENCES: &str = "Experiences";
pub const H_INTERVIEWS: &str = "Interviews and shadowing";
pub const H_GOALS: &str = "Goals";
pub const H_CHECKINS: &str = "Check-ins with the counselor";
/// Only printed when the counselor chose to include notes.
pub const H_NOTES: &str = "Counselor's private notes";

// Interests.
pub const NO_RESULTS: &str = "No self-assessment yet. Take the self-assessment in medpath \
(key 2); the interests and career matches then appear here.";

pub fn latest_result(date: &str, answered: usize, skipped: usize) -> String {
    format!("Latest self-assessment: {date} ({answered} answered, {skipped} skipped).")
}

pub fn previous_result(date: &str) -> String {
    format!("The one before it, shown for comparison: {date}.")
}

pub const SCALE: &str = "Each interest area is the average answer from 1 (not for me) to 5 \
(love it). It is about what you enjoy, not about what you are good at.";
pub const COL_AREA: &str = "Interest area";

pub fn col_latest(date: &str) -> String {
    format!("Latest ({date})")
}

pub fn col_previous(date: &str) -> String {
    format!("Previous ({date})")
}

/// A score shown when every item of an area was skipped.
pub const NO_SCORE: &str = "skipped";
pub const LEGEND_LATEST: &str = "latest";
pub const LEGEND_PREVIOUS: &str = "previous";

/// The words read out for the interest chart (its `aria-label` and `<title>`).
pub fn interest_chart_label(rows: &[String]) -> String {
    format!(
        "Bar chart of the six interest areas, 1 (low) to 5 (high): {}.",
        rows.join("; ")
    )
}

pub fn chart_row(name: &str, latest: &str, previous: Option<&str>) -> String {
    match previous {
        Some(p) => format!("{name} {latest} (previous {p})"),
        None => format!("{name} {latest}"),
    }
}

/// A note on how the latest answers were given.
pub fn flag_note(f: Flag) -> &'static str {
    match f {
        Flag::SameAnswer => {
            "Answer check: nearly the same answer was given to every item, so these results \
say little yet. Taking it again, thinking about each item, will give a clearer picture."
        }
        Flag::ManySkips => {
            "Answer check: many items were skipped, so these results rest on few answers. \
Read them with care."
        }
    }
}

// Top matches.
pub const NO_MATCHES_YET: &str =
    "No matches yet: they come from the self-assessment (key 2 in medpath).";
pub const NO_MATCHES: &str = "No matches to show from the latest self-assessment.";
pub const FIT_NOTE: &str = "The fit score is medpath's own calculation from the answers, not a \
test grade. It shows how well a career lines up with the answers given.";

pub fn fit(fit: u8, band: &str) -> String {
    if band == crate::strings::results::band(crate::domain::matching::Band::Unreliable) {
        format!("Fit: {}", crate::strings::results::UNRELIABLE_WHY)
    } else if band.trim().is_empty() {
        format!("Fit: {fit} out of 100")
    } else {
        format!("Fit: {fit} out of 100 ({band})")
    }
}

pub const L_WHY: &str = "Why it came up:";

// Shortlist.
pub const NO_SHORTLIST: &str =
    "No careers on the shortlist yet. In medpath, press * on a career to keep it here.";
pub const SHORTLIST_COLS: [&str; 2] = ["Career", "Note"];
pub const NO_NOTE: &str = "(no note)";

// Courses.
pub const NO_COURSES: &str = "No courses planned yet.";
pub const NO_COURSES_IN_GRADE: &str = "Nothing planned for this grade yet.";

pub fn grade_heading(g: u8) -> String {
    format!("Grade {g}")
}

pub const COURSE_COLS: [&str; 3] = ["Course", "Status", "Helps with"];

// Experiences.
pub const NO_EXPERIENCES: &str = "No experiences logged yet.";
/// Kind, name, dates, hours (the one column of numbers), and what the student took from it.
pub const EXPERIENCE_COLS: [&str; 5] = ["Kind", "Name", "Dates", "Hours", "What I took from it"];
pub const NO_DATES: &str = "no dates";

pub fn dates(start: Option<&str>, end: Option<&str>) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => NO_DATES.to_string(),
    }
}

pub fn total_hours(h: u64) -> String {
    match h {
        1 => "Total: 1 hour.".to_string(),
        h => format!("Total: {h} hours."),
    }
}

pub fn hours(h: u64) -> String {
    match h {
        1 => "1 hour".to_string(),
        h => format!("{h} hours"),
    }
}

pub const HOURS_BY_KIND: &str = "Hours by kind of experience:";

/// The words read out for the hours chart.
pub fn hours_chart_label(rows: &[String]) -> String {
    format!(
        "Bar chart of hours by kind of experience: {}.",
        rows.join("; ")
    )
}

// Interviews.
pub const NO_PLANS: &str = "No interviews or shadowing days planned yet.";
pub const L_PERSON: &str = "Who";
pub const L_WHEN: &str = "When";
pub const L_HOW: &str = "How";
pub const L_QUESTIONS: &str = "Questions";
pub const L_INTEREST: &str = "Interest afterwards";
pub const L_NEXT: &str = "Next step";
pub const NOT_SET: &str = "not set yet";
pub const NOT_RATED: &str = "not rated yet";
pub const NOT_WRITTEN: &str = "not written yet";

pub fn person(name: &str, role: &str) -> String {
    match (name.is_empty(), role.is_empty()) {
        (true, true) => NOT_SET.to_string(),
        (false, true) => name.to_string(),
        (true, false) => role.to_string(),
        (false, false) => format!("{name} ({role})"),
    }
}

pub fn answered(answered: usize, questions: usize) -> String {
    if questions == 0 {
        "no questions yet".to_string()
    } else {
        format!("{answered} of {questions} answered")
    }
}

// Goals.
pub const NO_GOALS: &str = "No goals set yet.";
pub const H_OPEN: &str = "Open goals";
pub const H_DONE: &str = "Done";
pub const H_DROPPED: &str = "Dropped";
pub const NO_OPEN: &str = "No open goals right now.";
pub const GOAL_COLS: [&str; 3] = ["Goal", "Due", "Status"];
pub const NO_DUE: &str = "no date";
pub const OVERDUE: &str = "overdue";
pub const ON_TRACK: &str = "open";

// Check-ins.
pub const NO_CHECKINS: &str = "No check-ins yet.";
pub const NO_SUMMARY: &str = "(no summary shared)";

// Counselor notes (only when included).
pub const NOTES_INTRO: &str = "The counselor chose to include these notes in this copy. \
They are normally seen only in counselor mode.";

/// The last line of every report.
pub fn footer(today: &str) -> String {
    format!(
        "Made with medpath on {today}. Career figures come from O*NET 29.3 and the U.S. Bureau \
of Labor Statistics; see the program for sources."
    )
}
