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
