//! Text about the database file's health: cut-off files, network file systems, backups and
//! `medpath doctor`.

use std::path::Path;

pub const TOO_SHORT: &str = "the file is too short to be a database";
pub const FORCED_BY_ENV: &str = "a network file system (MEDPATH_NETWORK_FS=1)";

pub fn cut_off(len: u64, expected: u64) -> String {
    format!("the file was cut off: it is {len} bytes, but its header says {expected}")
}

/// The same, on the one status line of the full-screen program (run `medpath doctor` for more).
pub const NETWORK_SHORT: &str = "Database on a network drive: open it in one medpath at a time.";

pub fn network_warning(path: &Path, kind: &str) -> String {
    format!(
        "Warning: the database {} is on {kind}. Two computers using it at once could damage \
         it, so medpath uses its slower, safer journal here. Keep one copy of medpath open \
         on it at a time, or keep the database on this computer's own disk.",
        path.display()
    )
}

pub fn backup_file(path: &Path) -> String {
    format!("writing the backup {}", path.display())
}

/// A copy of the database that a removed student could not be taken out of.
pub fn copy_not_purged(path: &Path) -> String {
    format!(
        "Warning: the copy {} could not be opened to delete from it too (it may be damaged or \
         read-only). Delete that file when it is no longer needed.",
        crate::strings::transfer::shown(&path.display().to_string(), 300)
    )
}

pub fn backup_failed(path: &Path, detail: &str) -> String {
    format!(
        "medpath could not write the backup {} ({detail}), so it has not changed the database. \
         Check there is free space in that folder and try again.",
        path.display()
    )
}
