//! Wording for who may open what: the PIN and passphrase asked by commands and Home.

pub const AS_COUNSELOR_HELP: &str =
    "Act as the counselor: asks for the counselor passphrase instead of a student's PIN";

pub fn pin_prompt(name: &str) -> String {
    format!("{name}'s profile has a PIN. Type it (or run with --as-counselor): ")
}

pub fn pin_missing(name: &str) -> String {
    format!(
        "{name}'s profile has a PIN, and none was given. Type it when asked, pipe it on \
         standard input (one line), or run the command with --as-counselor."
    )
}

/// Why the passphrase is asked before a rename or delete.
pub fn remove_needs_passphrase(name: &str) -> String {
    format!(
        "{name} has check-ins with a counselor. Renaming or deleting this profile would \
         change or delete the counselor's record too, so it needs the counselor passphrase."
    )
}

pub const PASSPHRASE_TITLE: &str = "The counselor passphrase is needed";
pub fn passphrase_hint(name: &str) -> String {
    format!(
        "{name} has check-ins with a counselor, so only the counselor can rename or delete \
         this profile. Type the counselor passphrase and press Enter. Esc goes back."
    )
}

pub const IMPORT_CHANGED: &str = "The profiles on this computer changed while the file was \
     being imported, so nothing was imported. Run the import again.";

pub fn other_grade(name: &str, here: u8, file: u8) -> String {
    format!(
        "Nothing was imported. This computer has a profile called {name} in grade {here}, but \
         the file is for grade {file}, so it may be another student. If it is the same \
         student, the counselor can give both the school's student id (students add \
         --school-id on a new computer, or students set-id) and export again; if not, rename \
         the profile here first."
    )
}

pub fn other_school_id(name: &str) -> String {
    format!(
        "Nothing was imported. This computer has a profile called {name} with another school \
         id, so the file is for another student. Rename the profile here first, or check the \
         file."
    )
}

pub fn counselor_left_out(n: usize) -> String {
    format!(
        "  left out {n} check-in{} and goal{} set by a counselor: they come in only with the \
         counselor passphrase (import again with --as-counselor; nothing will be doubled)\n",
        if n == 1 { "" } else { "s" },
        if n == 1 { "" } else { "s" }
    )
}

pub const PIN_NOT_USED: &str = "  the PIN in the file was not used: a profile that is already \
     here keeps its own PIN (set one in the program with p)\n";

pub const SCHOOL_ID_HELP: &str =
    "The school's own id for the student (letters, digits, - _ .); import matches by it";
pub const SET_ID_ABOUT: &str = "Give a profile the school's own id for the student";
pub fn school_id_set(name: &str, id: &str) -> String {
    format!("{name}'s profile now has the school id {id}.")
}

pub fn only_counselor(name: &str) -> String {
    format!(
        "{name} has check-ins with a counselor, so only the counselor can rename or delete this \
         profile, and counselor mode is not set up on this computer."
    )
}

pub const PASSPHRASE_MISSING: &str = "This needs the counselor passphrase, and none was given. \
     Type it when asked, or pipe it on standard input (one line).";
