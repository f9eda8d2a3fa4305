//! Wording for counselor mode.

pub const ALREADY_SET_UP: &str = "Counselor mode is already set up on this database. To \
    change the passphrase, run `medpath counselor passphrase`. If it is forgotten, \
    `medpath counselor reset` starts over (private notes are destroyed).";
pub const NOT_SET_UP: &str = "Counselor mode is not set up on this database yet. School staff \
    set it up on the command line with `medpath counselor init`.";
pub const KEY_DAMAGED: &str = "the counselor key could not be opened although the \
    passphrase was right";

pub const LOCK_TITLE: &str = "Counselor mode";
pub const LOCK_HINT: &str = "Type the counselor passphrase and press Enter. Esc goes back. \
     Students: this part is for your counselor. Forgot the passphrase? Staff can start over \
     with `medpath counselor reset` (this destroys every private note).";
pub const NOT_SET_UP_SCREEN: &str = "Counselor mode is not set up on this computer.\n\n\
     It is for the school counselor, and school staff set it up on the command line:\n\n  \
     medpath counselor init\n\n\
     That asks for the passphrase twice. Esc goes back.";
pub fn unlocked(minutes: u32) -> String {
    format!("Counselor mode is open. It locks after {minutes} idle minutes; L locks it now.")
}
pub const LOCKED: &str = "Counselor mode is locked.";
pub fn locked_idle(minutes: u32) -> String {
    format!("Counselor mode locked itself after {minutes} minutes without a key press.")
}
pub const LOCKED_SUSPEND: &str = "Counselor mode locked itself while the program was paused.";
pub fn locks_after(minutes: u32) -> String {
    format!(" Locks after {minutes} min idle · L locks now ")
}

pub const ROSTER_TITLE: &str = "Roster";
pub const NO_STUDENTS: &str = "No student profiles on this computer yet. Students create them on \
     Home, or import a record with `medpath import FILE`.";
pub const NO_HITS: &str = "No student matches the search. Esc clears it.";
pub const ROSTER_HEAD: [&str; 6] = ["Name", "Gr", "Active", "Check-in", "Goals", "Flags"];
pub fn roster_title(shown: usize, total: usize, sort: &str, query: &str) -> String {
    if query.is_empty() {
        format!("Roster: {total} students, by {sort}")
    } else {
        format!("Roster: {shown} of {total} match \"{query}\", by {sort}")
    }
}
pub const SEARCH_PROMPT: &str = "Search: ";
pub fn goals_cell(open: usize, overdue: usize) -> String {
    match (open, overdue) {
        (0, _) => "-".to_string(),
        (o, 0) => format!("{o}"),
        (o, d) => format!("{o} ({d} late)"),
    }
}
pub const NEVER: &str = "never";

pub const TAB_TIMELINE: &str = "Timeline";
pub const TAB_AGENDA: &str = "Agenda";
pub const TAB_CHECKINS: &str = "Check-ins";
pub const SUMMARY_TITLE: &str = "At a glance";
pub fn grade_line(grade: u8, pin: bool) -> String {
    format!("Grade {grade}{}", if pin { " · has a PIN" } else { "" })
}
pub const NO_RESULT: &str = "No self-assessment yet.";
pub fn latest_result(date: &str, strongest: &str) -> String {
    format!("Latest assessment {date}: strongest {strongest}")
}
pub const TOP_MATCHES: &str = "Top matches";
pub const SHORTLIST: &str = "Shortlist";
pub const NOTHING: &str = "  (none yet)";
pub const OPEN_GOALS: &str = "Open goals";
pub fn goal_line(text: &str, due: Option<&str>, overdue: bool) -> String {
    match (due, overdue) {
        (Some(d), true) => format!("  • {text} (due {d}, OVERDUE)"),
        (Some(d), false) => format!("  • {text} (due {d})"),
        (None, _) => format!("  • {text}"),
    }
}
pub fn hours_line(total: u32, count: usize) -> String {
    format!("Experiences: {count}, {total} hours")
}
pub fn courses_line(count: usize) -> String {
    format!("Courses planned: {count}")
}
pub const EMPTY_TIMELINE: &str = "Nothing in the record yet.";
pub const AGENDA_INTRO: &str = "For the next meeting, from the record:";
pub fn since(date: Option<&str>) -> String {
    match date {
        Some(d) => format!("Since the last check-in ({d}):"),
        None => "No check-in yet: this is the first meeting.".to_string(),
    }
}
pub const A_NEW_RESULTS: &str = "New results";
pub const A_OVERDUE: &str = "Overdue goals";
pub const A_OPEN: &str = "Open goals";
pub const A_DONE: &str = "Interviews held";
pub const A_COMING: &str = "Interviews coming";
pub const A_SUGGEST: &str = "Worth talking about";
pub const A_NOTHING_NEW: &str = "Nothing new since last time.";
pub const NO_CHECKINS: &str = "No check-ins yet. Press c to record one.";
pub const SHARED: &str = "Shared with the student:";
pub const PRIVATE: &str = "Private notes (only in counselor mode):";
pub const NO_NOTES: &str = "(no private notes)";
pub const GOALS_SET: &str = "Goals set:";

pub const FORM_TITLE: &str = "New check-in";
pub const FORM_LABELS: [&str; 7] = [
    "Date", "Summary", "Private", "Goal 1", "Due", "Goal 2", "Due",
];
pub const FORM_INTRO: &str = "The summary is shared with the student. Private notes are \
     encrypted and seen only here. Goals appear in the student's My plan.";
pub const DATE_HINT: &str = "The day you met, as YYYY-MM-DD (today is filled in).";
pub const DUE_HINT: &str = "When the goal is due, as YYYY-MM-DD, or leave it empty.";
pub fn saved(goals: usize) -> String {
    match goals {
        0 => "Check-in saved.".to_string(),
        1 => "Check-in saved with 1 goal.".to_string(),
        n => format!("Check-in saved with {n} goals."),
    }
}
pub const GOAL_TITLE: &str = "Add a goal";
pub const GOAL_HINT: &str = "Type the goal, then a space and a due date (YYYY-MM-DD) if it has \
     one. It is tied to the latest check-in and shows in the student's My plan.";
pub fn goal_added(text: &str) -> String {
    format!("Goal added: {text}")
}
pub fn report_saved(path: &str) -> String {
    format!("Report saved to {path} (without private notes). It holds personal information.")
}
pub const SUMMARY_HINT: &str = "Shared with the student: what you talked about and what comes \
next. Enter starts a new line.";
pub const PRIVATE_HINT: &str = "Only you can read these: they are locked with your passphrase. \
Enter starts a new line.";
pub const FORM_GOAL_HINT: &str = "A goal for the student, in a few words. You can leave it empty.";
