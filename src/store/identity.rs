//! Which database a `-wal` belongs to. SQLite applies any well-formed `-wal` it finds beside a
//! file, even one left by another database (a file restored from a copy next to the old log):
//! the pages of two databases would mix. Each file has a random id in its `identity` row, and
//! every save writes that row, so a log holds it; on open the id seen through the log is
//! compared with the id in the file alone, before anything is written or folded in.

use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};

const READ_ID: &str = "SELECT id FROM identity WHERE only = 1";

/// Raises the save count and writes the file's first page again (in every write
/// transaction), so every log holds both: the first page says where the identity row is,
/// and a copy laid out differently (a backup, made with VACUUM) reads it where the log says.
pub(crate) fn touch(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute("UPDATE identity SET writes = writes + 1 WHERE only = 1", [])?;
    tx.pragma_update(None, "application_id", super::migrations::APPLICATION_ID)
}

/// A new id, for a copy that is kept as its own file (a backup): restored next to the log
/// of the file it was copied from, it is told apart.
pub(crate) fn renew(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("UPDATE identity SET id = randomblob(16) WHERE only = 1", [])
        .map(|_| ())
}

/// `path` as a SQLite URI (every byte but the plainest percent-encoded).
fn file_uri(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::from("file:");
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str("?immutable=1");
    out
}

/// The id in the file alone, not looking at its log. None when it cannot be told (no
/// identity row yet, or the file is in the middle of a checkpoint): then nothing is refused.
fn id_in_file(path: &Path) -> Option<Vec<u8>> {
    let c = Connection::open_with_flags(
        file_uri(path),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    c.query_row(READ_ID, [], |r| r.get(0)).optional().ok()?
}

/// Refuses the file when its `-wal` belongs to another database. `conn` is open on `path`
/// and is closed by the caller without folding the log in when this fails.
pub(crate) fn check_log(conn: &Connection, path: &Path) -> Result<()> {
    let mut log = path.as_os_str().to_owned();
    log.push("-wal");
    let log = std::path::PathBuf::from(log);
    // A log with no frames (32 bytes of header, or none) holds nothing to check.
    if std::fs::metadata(&log).map_or(true, |m| m.len() <= 32) {
        return Ok(());
    }
    let foreign = || Error::ForeignLog {
        path: path.to_path_buf(),
        log: log.clone(),
    };
    match conn
        .query_row(READ_ID, [], |r| r.get::<_, Vec<u8>>(0))
        .optional()
    {
        Ok(Some(seen)) => match id_in_file(path) {
            Some(own) if own != seen => Err(foreign()),
            _ => Ok(()),
        },
        // Read with the log, the file is damaged; read alone, it is whole: the log's pages
        // do not fit it.
        Err(rusqlite::Error::SqliteFailure(f, _))
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
            ) && id_in_file(path).is_some() =>
        {
            Err(foreign())
        }
        // No identity yet, or an error that opening reports.
        _ => Ok(()),
    }
}

/// Whether closing `conn` may fold its log into the file (SQLite's default).
pub(crate) fn fold_on_close(conn: &Connection, yes: bool) -> Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, !yes)
        .map(|_| ())
        .map_err(|e| Error::Database(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_everything_odd() {
        assert_eq!(
            file_uri(Path::new("/a b/x?#%.db")),
            "file:/a%20b/x%3F%23%25.db?immutable=1"
        );
    }
}
