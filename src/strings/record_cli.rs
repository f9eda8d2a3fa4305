//! Wording for `medpath export`, `import`, `report` and `roster`.

use crate::domain::transfer::ImportReport;

pub const EXPORT_ABOUT: &str =
    "Save a student's whole record to one file, to import on another computer";
pub const IMPORT_ABOUT: &str =
    "Bring in a record saved by `medpath export` (merged with a profile of the same name)";
pub const REPORT_ABOUT: &str =
    "A printable summary for the student and their family (Markdown or HTML)";
pub const ROSTER_ABOUT: &str =
    "Every student with grade, activity, goals and flags, for the counselor (CSV or JSON)";
pub const FILE_HELP: &str = "The export file to read";
pub const EXPORT_OUTPUT_HELP: &str = "Where to write the export file (JSON)";
pub const REPORT_OUTPUT_HELP: &str = "Write to this file instead of the screen";
pub const REPORT_FORMAT_HELP: &str = "md (Markdown) or html (one printable page with charts)";
pub const ROSTER_FORMAT_HELP: &str = "csv or json";
pub const WITH_NOTES_HELP: &str =
    "Include the counselor's private notes (asks for the counselor passphrase)";

pub const PASSPHRASE_PROMPT: &str = "Counselor passphrase: ";
pub const READ_PASSPHRASE: &str = "could not read the passphrase";
/// A passphrase or PIN line from stdin longer than anyone types.
pub fn secret_too_long(max: usize) -> String {
    format!(
        "What came in as the passphrase or PIN is longer than {max} bytes, so it was not read. \
         Type it when asked, or pipe in just one line."
    )
}

pub fn exported(name: &str, path: &str, notes: bool) -> String {
    let mut t = format!("Saved {name}'s record to {path}.");
    if notes {
        t.push_str(
            " The private notes in it are sealed with your counselor passphrase; importing them \
             needs the same passphrase.",
        );
    } else {
        t.push_str(" Counselor notes were left out.");
    }
    t.push_str(" The file holds personal information: keep it somewhere private.");
    t
}

pub fn cannot_read(path: &str) -> String {
    format!("could not read {path}")
}
pub const NOT_UTF8: &str =
    "This file is not text (it is not UTF-8). Choose a file made by `medpath export`.";
pub const NO_NOTES_IN_FILE: &str =
    "This export has no counselor notes in it; import it without --with-notes.";

pub fn imported(r: &ImportReport, notes_left_out: bool) -> String {
    let mut t = if r.created {
        format!("Imported {} as a new profile.\n", r.student)
    } else if r.added() == 0 && r.counselor_left_out == 0 {
        format!(
            "{} was already up to date: nothing new in this file.\n",
            r.student
        )
    } else {
        format!("Merged the file into {}'s profile.\n", r.student)
    };
    let parts = [
        (r.assessments, "assessment"),
        (r.shortlist, "shortlisted career"),
        (r.plans, "interview plan"),
        (r.checkins, "check-in"),
        (r.goals, "goal"),
        (r.courses, "course"),
        (r.experiences, "experience"),
        (r.notes, "private note"),
    ];
    for (n, what) in parts {
        if n > 0 {
            t.push_str(&format!(
                "  added {n} {what}{}\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    }
    if r.skipped > 0 {
        t.push_str(&format!(
            "  {} already here, left as they were\n",
            r.skipped
        ));
    }
    if r.counselor_left_out > 0 {
        t.push_str(&super::access::counselor_left_out(r.counselor_left_out));
    }
    if r.pin_not_used {
        t.push_str(super::access::PIN_NOT_USED);
    }
    if notes_left_out {
        t.push_str(
            "The file also holds sealed counselor notes. They were left out; to bring them in, \
             import again with --with-notes (nothing will be doubled).\n",
        );
    }
    t
}

pub fn bad_format(f: &str) -> String {
    format!(
        "\"{}\" is not a report format. Use --format md or --format html.",
        crate::strings::visible::visible_max(f, 40)
    )
}
pub fn bad_roster_format(f: &str) -> String {
    format!(
        "\"{}\" is not a roster format. Use --format csv or --format json.",
        crate::strings::visible::visible_max(f, 40)
    )
}
pub fn wrote(path: &str) -> String {
    format!("Wrote {path}. It holds personal information: keep it somewhere private.")
}

pub const ROSTER_HEADER: [&str; 8] = [
    "name",
    "grade",
    "last_activity",
    "last_check_in",
    "open_goals",
    "overdue_goals",
    "top_matches",
    "flags",
];
