//! Text about faults in the database file and its path: a log from another database, odd
//! paths (folders, devices, links), read-only files and folders, missing folders.

use std::path::Path;

/// A path as text, with control characters made visible.
fn p(path: &Path) -> String {
    crate::strings::transfer::shown(&path.to_string_lossy(), 400)
}

pub fn foreign_log(path: &Path, log: &Path) -> String {
    format!(
        "The log file {} does not belong to the database {} beside it (it was left by another \
         database, or by this one before a copy was put back in its place). medpath has not \
         used it and has changed nothing.\n\
         If the database file is the one you want (for example a copy you restored), move the \
         log file somewhere else and start medpath again. If you want what the log holds, put \
         back the database file it came with.",
        p(log),
        p(path)
    )
}

pub fn db_is_folder(path: &Path) -> String {
    format!(
        "{} is a folder, not a database file. Give the path of a file inside it, for example \
         --db {}/medpath.db.",
        p(path),
        p(path)
    )
}

pub fn db_is_device(path: &Path) -> String {
    format!(
        "{} is a device, not a database file. medpath has not used it. Give the path of a \
         file with --db PATH.",
        p(path)
    )
}

pub fn db_is_pipe(path: &Path) -> String {
    format!(
        "{} is a pipe or a socket, not a database file. medpath has not used it. Give the \
         path of a file with --db PATH.",
        p(path)
    )
}

pub fn db_is_link(path: &Path) -> String {
    format!(
        "{} is a link to another file. medpath does not open a database through a link, so \
         it cannot be tricked into writing somewhere else. Give the real path of the file \
         with --db PATH.",
        p(path)
    )
}

pub fn no_folder(path: &Path) -> String {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    format!(
        "The folder {} does not exist, so there is no database {}. Check the path for a typo. \
         To start a new database there, add --create and medpath will make the folder.",
        p(dir),
        p(path)
    )
}

pub fn read_only_folder(dir: &Path) -> String {
    format!(
        "The folder {} is read-only: medpath cannot make the files it keeps beside the \
         database there. Check the folder's permissions, or use --db PATH to pick a folder \
         you can write.",
        p(dir)
    )
}

pub const CREATE_HELP: &str =
    "Make the folder for --db PATH if it does not exist (a new, empty database)";

pub const IMPORT_FILE: &str = "The import file";

pub fn answer_file(path: &str) -> String {
    format!(
        "The answer file {}",
        crate::strings::transfer::shown(path, 200)
    )
}

/// A key written twice in one JSON object (`place` empty at the top level).
pub fn duplicate_key(file: &str, key: &str, place: &str) -> String {
    let key = crate::strings::transfer::shown(key, 60);
    let place = if place.is_empty() {
        String::new()
    } else {
        format!(" inside \"{}\"", crate::strings::transfer::shown(place, 80))
    };
    format!(
        "{file} has \"{key}\" twice{place}, so medpath cannot tell which one you mean. \
         Nothing was saved. Keep one of them, delete the other, and try again."
    )
}

/// A name with a hidden character, shown as its code (`\u{202e}`).
pub fn control_char(c: char) -> String {
    let what = if c.is_control() {
        "a hidden control character"
    } else if matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
    {
        "a hidden character that turns the direction of text"
    } else {
        "an invisible character"
    };
    format!(
        "The name has {what} ({}), which could make it look like another name. Please \
         type it again with letters only.",
        c.escape_unicode()
    )
}
