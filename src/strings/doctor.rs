//! `medpath doctor`: what it found, what it kept, and what to do next.

use std::path::Path;

pub const DOCTOR_ABOUT: &str = "Check the database file, keep a copy of it, and recover what \
can be read from a damaged one (the file itself is never changed)";
pub const NO_BACKUP_HELP: &str = "Do not write a copy of the file before checking it";
pub const RECOVER_HELP: &str = "Copy every record that can still be read into a new database \
at FILE (which must not exist yet)";

pub fn orphans(n: usize) -> String {
    format!("{n} rows point at rows that are missing (foreign key check)")
}

pub fn recover_target_exists(p: &Path) -> String {
    format!(
        "{} already exists, and medpath never writes over a file when recovering. Give a new \
         file name after --recover.",
        p.display()
    )
}

/// A plain name for a table's rows.
pub fn table_label(table: &str) -> &'static str {
    match table {
        "students" => "students",
        "counselor" => "counselor passphrase",
        "assessments" => "assessments",
        "answers" => "answers",
        "hidden_matches" => "matches marked \"not for me\"",
        "shortlist" => "starred careers",
        "interview_plans" => "interview plans",
        "plan_questions" => "interview questions",
        "checkins" => "check-ins",
        "goals" => "goals",
        "course_plan" => "planned courses",
        "experiences" => "experiences",
        "result_top" => "roster rankings",
        _ => "settings",
    }
}

pub fn checked(p: &Path, bytes: u64, owner_only: Option<bool>) -> String {
    let who = match owner_only {
        Some(true) => ", readable by its owner only",
        Some(false) => ", READABLE BY OTHER ACCOUNTS: run `chmod 600` on it",
        None => "",
    };
    format!("Checked {} ({bytes} bytes{who}).", p.display())
}

pub fn missing(p: &Path) -> String {
    format!(
        "There is no database at {}. medpath makes one the first time it starts; use --db PATH \
         to check another file.",
        p.display()
    )
}

pub fn healthy(version: i64) -> String {
    format!("Healthy: the integrity check found no problems (schema {version}).")
}

pub fn newer(version: i64, supported: i64) -> String {
    format!(
        "Healthy, but written by a newer medpath (schema {version}; this one knows up to \
         {supported}). Install the newer medpath to use it."
    )
}

pub const NOT_MEDPATH: &str =
    "This is a SQLite database, but not one made by medpath. Nothing to check here.";
pub const DAMAGED: &str = "Damaged. medpath has not changed the file. What was found:";
pub const CAN_READ: &str = "What can still be read:";
pub const NOTHING_READABLE: &str = "Nothing in it can be read. If there is a backup beside it \
(a file ending in -backup), open that with --db PATH.";

pub fn table_line(label: &str, rows: u64, complete: bool) -> String {
    if complete {
        format!("  {rows} {label}")
    } else {
        format!("  {rows} {label} (the rest cannot be read)")
    }
}

pub fn backup_made(p: &Path, kind: &str) -> String {
    match kind {
        "vacuum" => format!("A copy was saved as {}.", p.display()),
        _ => format!(
            "A copy of the file exactly as it is was saved as {}.",
            p.display()
        ),
    }
}

pub fn how_to_recover(p: &Path) -> String {
    format!(
        "To keep what can be read: medpath --db {} doctor --recover NEW.db\n\
         That copies every readable record into a new database; then open it with \
         medpath --db NEW.db (or move it into the old one's place).",
        p.display()
    )
}

pub fn recovered(to: &Path) -> String {
    format!("Recovered into {}:", to.display())
}

pub fn network(kind: &str) -> String {
    format!(
        "It is on {kind}: medpath uses the rollback journal there instead of WAL, and one copy \
         of medpath at a time should use it."
    )
}

pub fn more_problems(n: usize) -> String {
    format!("  … and {n} more (medpath doctor --json lists up to 20)")
}
