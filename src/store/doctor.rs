//! `medpath doctor`: checks a database file without changing it, keeps a copy of it, and
//! copies what can still be read into a new database.

use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{Store, health, migrations};
use crate::error::{Error, Result};
use crate::strings::doctor as s;

/// The tables holding students' records, parents before children (the order to copy them).
pub const RECORD_TABLES: [&str; 14] = [
    "students",
    "counselor",
    "assessments",
    "answers",
    "hidden_matches",
    "shortlist",
    "interview_plans",
    "plan_questions",
    "checkins",
    "goals",
    "course_plan",
    "experiences",
    "result_top",
    "meta",
];

/// What could be read of one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableCount {
    pub table: String,
    /// Rows read before the end of the table or the first damaged page.
    pub rows: u64,
    /// Whether the whole table could be read.
    pub complete: bool,
}

/// The state of the file, as found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Opens, passes the integrity check, and this medpath can use it.
    Healthy,
    /// Fine, but written by a newer medpath.
    Newer,
    /// A SQLite database, but not medpath's.
    NotMedpath,
    /// Damaged: parts (or all) cannot be read.
    Damaged,
    /// No file there.
    Missing,
}

#[derive(Debug, Clone, Serialize)]
pub struct Checkup {
    pub database: PathBuf,
    pub verdict: Verdict,
    pub size_bytes: u64,
    /// Whether only its owner can read it (None where permissions are not Unix ones).
    pub owner_only: Option<bool>,
    pub schema_version: Option<i64>,
    pub supported_version: i64,
    /// What went wrong, in the words SQLite and medpath use (empty when healthy).
    pub problems: Vec<String>,
    pub network_fs: Option<String>,
    pub tables: Vec<TableCount>,
    /// The copy made before anything else, and how ("vacuum": a clean copy; "bytes": the
    /// file as it is, with its log, when it cannot be read whole).
    pub backup: Option<PathBuf>,
    pub backup_kind: Option<&'static str>,
}

impl Checkup {
    pub fn count(&self, table: &str) -> u64 {
        self.tables
            .iter()
            .find(|t| t.table == table)
            .map_or(0, |t| t.rows)
    }
}

/// Opens a file for reading without creating it. Nothing is written through it: SQLite
/// changes the file only if a crashed save left a journal to roll back, which every opener
/// must do. Closing it never folds the `-wal` into the file (SQLite does that by default when
/// the last connection closes), so a file doctor calls unchanged is unchanged.
fn open_existing(path: &Path) -> rusqlite::Result<Connection> {
    let c = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    c.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    c.busy_timeout(super::BUSY_TIMEOUT)?;
    Ok(c)
}

/// Lets SQLite read a file shorter than its header says (it refuses it whole otherwise);
/// nothing is written through this connection.
fn lenient(c: &Connection) -> rusqlite::Result<()> {
    c.pragma_update(None, "writable_schema", true)
}

/// SQLite's own first read of the file, the way every open does it (with the `-wal`, under
/// its locks): the one place a cut-off file is found.
fn first_read(c: &Connection) -> rusqlite::Result<i64> {
    c.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
}

/// Counts the rows of `table` that can be read, stopping at the first error.
fn readable(conn: &Connection, table: &str) -> TableCount {
    let mut n = 0;
    let complete = (|| -> rusqlite::Result<()> {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
        let mut rows = st.query([])?;
        while rows.next()?.is_some() {
            n += 1;
        }
        Ok(())
    })()
    .is_ok();
    TableCount {
        table: table.to_string(),
        rows: n,
        complete,
    }
}

fn text_pragma(conn: &Connection, sql: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    rows.collect()
}

/// Checks the database at `path` and, with `backup`, keeps a copy of it first. The file
/// itself is never changed.
pub fn checkup(path: &Path, backup: bool) -> Result<Checkup> {
    let mut c = Checkup {
        database: path.to_path_buf(),
        verdict: Verdict::Healthy,
        size_bytes: 0,
        owner_only: None,
        schema_version: None,
        supported_version: migrations::latest_version(),
        problems: Vec::new(),
        network_fs: health::network_fs(&health::folder(path)),
        tables: Vec::new(),
        backup: None,
        backup_kind: None,
    };
    let Ok(meta) = std::fs::metadata(path) else {
        c.verdict = Verdict::Missing;
        return Ok(c);
    };
    c.size_bytes = meta.len();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        c.owner_only = Some(meta.permissions().mode() & 0o077 == 0);
    }
    let conn = match open_existing(path) {
        Ok(conn) => Some(conn),
        Err(e) => {
            c.verdict = Verdict::Damaged;
            c.problems.push(e.to_string());
            None
        }
    };
    if let Some(conn) = &conn {
        if let Err(e) = first_read(conn) {
            c.verdict = Verdict::Damaged;
            c.problems
                .push(health::explain_refusal(path).unwrap_or_else(|| e.to_string()));
        }
        // Reads what it can of a damaged file.
        let _ = lenient(conn);
    }
    if let Some(conn) = &conn {
        examine(conn, &mut c);
    }
    if backup {
        let to = health::free_name(path, "doctor-backup");
        let clean = c.verdict == Verdict::Healthy || c.verdict == Verdict::Newer;
        match conn.as_ref().filter(|_| clean) {
            Some(conn) => {
                health::vacuum_into(conn, &to)?;
                c.backup_kind = Some("vacuum");
            }
            None => {
                health::copy_private(path, &to)?;
                for suffix in ["-wal", "-journal"] {
                    let log = with_suffix(path, suffix);
                    if log.exists() {
                        health::copy_private(&log, &with_suffix(&to, suffix))?;
                    }
                }
                c.backup_kind = Some("bytes");
            }
        }
        c.backup = Some(to);
    }
    Ok(c)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Reads the file's identity, runs the integrity checks and counts what can be read.
fn examine(conn: &Connection, c: &mut Checkup) {
    let ids = conn
        .pragma_query_value(None, "application_id", |r| r.get::<_, i64>(0))
        .and_then(|app| {
            let v = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))?;
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            Ok((app, v, tables))
        });
    let (app, version, tables) = match ids {
        Ok(x) => x,
        Err(e) => {
            c.verdict = Verdict::Damaged;
            c.problems.push(e.to_string());
            return;
        }
    };
    if app != migrations::APPLICATION_ID && (app != 0 || tables > 0) {
        c.verdict = Verdict::NotMedpath;
        return;
    }
    c.schema_version = Some(version);
    match text_pragma(conn, "PRAGMA integrity_check(20)") {
        Ok(lines) if lines == ["ok"] => {}
        Ok(lines) => {
            c.verdict = Verdict::Damaged;
            c.problems.extend(lines);
        }
        Err(e) => {
            c.verdict = Verdict::Damaged;
            c.problems.push(e.to_string());
        }
    }
    if c.verdict == Verdict::Healthy {
        match conn.prepare("PRAGMA foreign_key_check").and_then(|mut st| {
            let n = st.query_map([], |_| Ok(()))?.count();
            Ok(n)
        }) {
            Ok(0) => {}
            Ok(n) => c.problems.push(s::orphans(n)),
            Err(e) => c.problems.push(e.to_string()),
        }
    }
    if c.verdict == Verdict::Healthy && version > migrations::latest_version() {
        c.verdict = Verdict::Newer;
    }
    let present: Vec<String> = text_pragma(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    )
    .unwrap_or_default();
    c.tables = RECORD_TABLES
        .iter()
        .filter(|t| present.iter().any(|p| p == *t))
        .map(|t| readable(conn, t))
        .collect();
    if c.tables.iter().any(|t| !t.complete) {
        c.verdict = Verdict::Damaged;
    }
}

/// Copies every row that can be read from the database at `from` into a new medpath database
/// at `to` (which must not exist yet). Rows that belonged to a lost row (answers of a result
/// that cannot be read) are left out. Returns, per table, the rows copied.
pub fn recover(from: &Path, to: &Path) -> Result<Vec<TableCount>> {
    if to.exists() {
        return Err(Error::RecoverTargetExists(to.to_path_buf()));
    }
    let old = open_existing(from)
        .and_then(|c| lenient(&c).map(|_| c))
        .map_err(|e| Error::Damaged {
            path: from.to_path_buf(),
            detail: e.to_string(),
        })?;
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| Error::Damaged {
            path: from.to_path_buf(),
            detail: e.to_string(),
        })?;
    if version > migrations::latest_version() {
        return Err(Error::NewerDatabase {
            path: from.to_path_buf(),
            found: version,
            supported: migrations::latest_version(),
        });
    }
    let mut new = Store::open(to)?;
    let mut out = Vec::new();
    let present: Vec<String> = text_pragma(
        &old,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    )
    .unwrap_or_default();
    for table in RECORD_TABLES {
        if table == "meta" || !present.iter().any(|p| p == table) {
            continue;
        }
        out.push(copy_table(&old, &mut new, table)?);
    }
    // Rankings are made again from the recovered results.
    let _ = new.refresh_result_tops();
    Ok(out)
}

/// Copies the readable rows of one table, by the columns both files have.
fn copy_table(old: &Connection, new: &mut Store, table: &str) -> Result<TableCount> {
    let cols = |conn: &Connection| -> Vec<String> {
        text_pragma(
            conn,
            &format!("SELECT name FROM pragma_table_info('{table}')"),
        )
        .unwrap_or_default()
    };
    let theirs = cols(old);
    let shared: Vec<String> = cols(&new.conn)
        .into_iter()
        .filter(|c| theirs.contains(c))
        .collect();
    let mut count = TableCount {
        table: table.to_string(),
        rows: 0,
        complete: true,
    };
    if shared.is_empty() {
        return Ok(count);
    }
    let list = shared
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let marks = (1..=shared.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rows: Vec<Vec<rusqlite::types::Value>> = Vec::new();
    let read = (|| -> rusqlite::Result<()> {
        let mut st = old.prepare(&format!("SELECT {list} FROM \"{table}\""))?;
        let mut q = st.query([])?;
        while let Some(r) = q.next()? {
            rows.push(
                (0..shared.len())
                    .map(|i| r.get::<_, rusqlite::types::Value>(i))
                    .collect::<rusqlite::Result<_>>()?,
            );
        }
        Ok(())
    })();
    count.complete = read.is_ok();
    let sql = format!("INSERT OR IGNORE INTO \"{table}\" ({list}) VALUES ({marks})");
    count.rows = new.write(|tx, c| {
        let mut st = tx.prepare(&sql).map_err(c)?;
        let mut n = 0;
        for row in &rows {
            // A row whose parent was lost breaks a foreign key: it is left out.
            if let Ok(k) = st.execute(rusqlite::params_from_iter(row.iter())) {
                n += k as u64;
            }
        }
        Ok(n)
    })?;
    if count.rows < rows.len() as u64 {
        count.complete = false;
    }
    Ok(count)
}
