//! SQLite storage: opening the file safely, migrations, reference loading, and one module of
//! queries per aggregate. Knows nothing about screens.

mod assessment;
mod careers;
pub mod doctor;
mod dossier;
pub mod health;
mod identity;
mod interview;
pub mod kept;
pub mod place;
pub use crate::domain::plan::{ReflectionPart, ShortlistMove};
pub use interview::NewQuestion;
pub mod migrations;
mod record;
mod reference;
mod roster;
pub use roster::ROSTER_MATCHES;
mod security;
mod shortlist;
mod students;
#[doc(hidden)]
pub mod synth;
mod transfer;
pub use crate::domain::transfer::ImportReport;
pub use transfer::{open_export_notes, seal_export_notes};

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::error::{Error, Result};

/// How long a write waits for another copy of medpath before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The name of the database file in the data directory.
pub const DB_FILE_NAME: &str = "medpath.db";

/// Where medpath keeps its files by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultPaths {
    pub data_dir: PathBuf,
    pub database: PathBuf,
    /// Where the program saves printable sheets: a `medpath` folder in Documents, or in the
    /// data directory when there is no Documents folder.
    pub exports: PathBuf,
}

/// The per-user data directory (for example `~/.local/share/medpath` on Linux).
pub fn default_paths() -> Option<DefaultPaths> {
    let dirs = directories::ProjectDirs::from("org", "medpath", "medpath")?;
    let data_dir = dirs.data_dir().to_path_buf();
    let exports = directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.join("medpath")))
        .unwrap_or_else(|| data_dir.join("exports"));
    Some(DefaultPaths {
        database: data_dir.join(DB_FILE_NAME),
        exports,
        data_dir,
    })
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The kind of network file system the file is on, if it is on one.
    network: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Maps a SQLite error to one a person can act on.
pub(crate) fn classify(path: &Path, e: rusqlite::Error) -> Error {
    if let rusqlite::Error::SqliteFailure(f, ref msg) = e {
        match f.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                return Error::Locked {
                    path: path.to_path_buf(),
                };
            }
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                return Error::Damaged {
                    path: path.to_path_buf(),
                    detail: msg.clone().unwrap_or_else(|| f.to_string()),
                };
            }
            ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                return Error::ReadOnly {
                    path: path.to_path_buf(),
                };
            }
            _ => {}
        }
    }
    Error::Database(e.to_string())
}

/// Creates the file owner-only (0600 on Unix) before SQLite touches it, with an owner-only
/// folder, so no other account can read a student's record even for a moment.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        b.create(dir)
            .map_err(|e| Error::io(crate::strings::store::create_dir(dir), e))?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    match o.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::io(crate::strings::store::create_file(path), e)),
    }
}

/// How the database keeps its journal.
enum Journal {
    /// In memory: nothing to choose.
    Memory,
    /// Write-ahead log: readers never wait for a writer.
    Wal,
    /// The rollback journal, on the network file system named.
    Rollback(String),
}

/// Brings the schema up to date. Two copies starting at once on an old file may both try;
/// the second one's migration fails on the tables the first made, and rolls back. So a
/// failure is an error only if the file is still not up to date.
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let Err(e) = migrations::migrations().to_latest(conn) else {
        conn.pragma_update(None, "application_id", migrations::APPLICATION_ID)
            .map_err(|e| classify(path, e))?;
        return Ok(());
    };
    let now: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if now == migrations::latest_version() {
        return Ok(());
    }
    Err(match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(path, err),
        other => Error::Database(other.to_string()),
    })
}

impl Store {
    /// Opens (creating if needed) the database at `path`, brings its schema up to date and
    /// loads the built-in reference data if it changed. A file that is damaged, is not a
    /// medpath database or was written by a newer medpath is refused and left untouched.
    pub fn open(path: &Path) -> Result<Store> {
        place::check(path)?;
        if !path.exists() {
            create_private(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        // Until the log is known to be this file's own, closing must not fold it in.
        identity::fold_on_close(&conn, false)?;
        identity::check_log(&conn, path)?;
        identity::fold_on_close(&conn, true)?;
        let journal = match health::network_fs(&health::folder(path)) {
            None => Journal::Wal,
            Some(kind) => Journal::Rollback(kind),
        };
        Store::init(conn, path.to_path_buf(), journal).map_err(health::explained)
    }

    /// A private database in memory (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|e| classify(Path::new(":memory:"), e))?;
        Store::init(conn, PathBuf::from(":memory:"), Journal::Memory)
    }

    fn init(mut conn: Connection, path: PathBuf, journal: Journal) -> Result<Store> {
        let p = path.clone();
        let c = |e| classify(&p, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(c)?;
        // The first read of the file: garbage fails here, before anything is written.
        let app_id: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(c)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(c)?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(c)?;
        if app_id != migrations::APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(Error::NotMedpath { path });
        }
        let latest = migrations::latest_version();
        if version > latest {
            return Err(Error::NewerDatabase {
                path,
                found: version,
                supported: latest,
            });
        }
        let mut network = None;
        let mode = match journal {
            Journal::Memory => None,
            Journal::Wal => Some("WAL"),
            // WAL needs shared memory that network file systems do not provide safely.
            Journal::Rollback(kind) => {
                network = Some(kind);
                Some("DELETE")
            }
        };
        if let Some(want) = mode {
            let got: String = conn
                .pragma_update_and_check(None, "journal_mode", want, |r| r.get(0))
                .map_err(c)?;
            if !got.eq_ignore_ascii_case(want) {
                return Err(Error::Database(format!(
                    "could not set the journal to {want} (got {got})"
                )));
            }
        }
        conn.pragma_update(None, "synchronous", "FULL").map_err(c)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(c)?;
        conn.pragma_update(None, "secure_delete", true).map_err(c)?;
        if version < latest {
            // A copy of the records as they were, before the schema changes.
            if version > 0 && mode.is_some() {
                let to = health::free_name(&path, &format!("v{version}-backup"));
                health::vacuum_into(&conn, &to)?;
            }
            migrate(&mut conn, &path)?;
        }
        let mut store = Store {
            conn,
            path,
            network,
        };
        store.ensure_reference()?;
        Ok(store)
    }

    /// The network file system the database is on, if it is on one (then it runs with the
    /// rollback journal instead of WAL).
    pub fn network_fs(&self) -> Option<&str> {
        self.network.as_deref()
    }

    /// What to tell the user about the database file, if anything, in full.
    pub fn warning(&self) -> Option<String> {
        self.network
            .as_deref()
            .map(|kind| crate::strings::health::network_warning(&self.path, kind))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one immediate write transaction (so a second copy of medpath waits rather
    /// than failing half-way), committing only if it succeeds. `f` gets the transaction and a
    /// function that turns SQLite errors into ours.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>, &dyn Fn(rusqlite::Error) -> Error) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let c = move |e| classify(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(&c)?;
        let out = f(&tx, &c)?;
        identity::touch(&tx).map_err(&c)?;
        tx.commit().map_err(&c)?;
        Ok(out)
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> Error {
        classify(&self.path, e)
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests;
