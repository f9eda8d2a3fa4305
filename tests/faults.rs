//! Honest faults: a database that SQLite reads whole is never called damaged, `doctor` never
//! changes a file it calls unchanged, a `-wal` from another database is refused, and odd
//! paths each get their own message and exit code.

mod common;

use std::path::{Path, PathBuf};

use common::medpath;
use rusqlite::Connection;
use rusqlite::config::DbConfig;

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn add(db: &Path, name: &str) {
    let out = medpath(db)
        .args(["students", "add", name, "--grade", "9"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn names(db: &Path) -> Vec<String> {
    let v = common::students_json(db);
    let mut n: Vec<String> = v["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    n.sort();
    n
}

/// A connection that leaves its writes in the `-wal` when it closes (as a copy of medpath
/// that was killed, or one still running, would).
fn keep_wal(db: &Path) -> Connection {
    let c = Connection::open(db).unwrap();
    c.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .unwrap();
    c.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    c
}

/// The page data of the last frame in the `-wal` for page `pgno`.
fn last_frame(wal: &[u8], pgno: u32) -> Option<Vec<u8>> {
    let page = u32::from_be_bytes(wal[8..12].try_into().unwrap()) as usize;
    let mut found = None;
    let mut at = 32;
    while at + 24 + page <= wal.len() {
        let p = u32::from_be_bytes(wal[at..at + 4].try_into().unwrap());
        if p == pgno {
            found = Some(wal[at + 24..at + 24 + page].to_vec());
        }
        at += 24 + page;
    }
    found
}

/// The state a checkpoint leaves when it stops after writing the header (another copy of
/// medpath in the middle of one, or a full disk): the file's header counts pages the file
/// does not have yet, and the `-wal` holds them all.
fn header_ahead_of_file(dir: &Path) -> PathBuf {
    let db = dir.join("m.db");
    add(&db, "Ana");
    {
        let c = keep_wal(&db);
        c.execute_batch(
            "CREATE TABLE padding(x BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
             INSERT INTO padding SELECT randomblob(3000) FROM n;",
        )
        .unwrap();
    }
    add_without_checkpoint(&db, "Ben");
    let wal = std::fs::read(with_suffix(&db, "-wal")).unwrap();
    let page1 = last_frame(&wal, 1).expect("page 1 is in the log");
    let mut file = std::fs::read(&db).unwrap();
    file[..page1.len()].copy_from_slice(&page1);
    std::fs::write(&db, &file).unwrap();
    // The header says more than the file has: what the old check refused.
    let pages = u32::from_be_bytes(file[28..32].try_into().unwrap()) as usize;
    assert!(pages * page1.len() > file.len(), "the header is not ahead");
    assert_eq!(file[24..28], file[92..96], "the header's size is valid");
    db
}

/// Adds a student through SQLite directly, leaving it in the `-wal`.
fn add_without_checkpoint(db: &Path, name: &str) {
    let c = keep_wal(db);
    c.execute(
        "INSERT INTO students (name, name_key, grade, created_at, last_active)
         VALUES (?1, lower(?1), 9, 0, 0)",
        [name],
    )
    .unwrap();
}

#[test]
fn a_header_ahead_of_the_file_with_the_pages_in_the_log_is_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let db = header_ahead_of_file(dir.path());
    assert_eq!(names(&db), ["Ana", "Ben"]);
}

#[test]
fn doctor_does_not_fold_the_log_into_a_file_it_calls_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = header_ahead_of_file(dir.path());
    let file = std::fs::read(&db).unwrap();
    let wal = std::fs::read(with_suffix(&db, "-wal")).unwrap();
    let out = medpath(&db).args(["doctor", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "healthy", "{v}");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read(&db).unwrap() == file,
        "doctor changed the file"
    );
    assert!(
        std::fs::read(with_suffix(&db, "-wal")).unwrap() == wal,
        "doctor changed the log"
    );
}

#[test]
fn doctor_leaves_a_healthy_file_and_its_log_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    add(&db, "Ana");
    add_without_checkpoint(&db, "Ben");
    let file = std::fs::read(&db).unwrap();
    let wal = std::fs::read(with_suffix(&db, "-wal")).unwrap();
    for args in [&["doctor", "--no-backup"][..], &["doctor"][..]] {
        let out = medpath(&db).args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{text}");
        assert!(text.contains("Healthy"), "{text}");
        assert!(
            std::fs::read(&db).unwrap() == file,
            "doctor changed the file"
        );
        assert!(
            std::fs::read(with_suffix(&db, "-wal")).unwrap() == wal,
            "doctor folded the log into the file"
        );
    }
}

/// Adds a student through medpath's own store, held open: its save stays in the `-wal` until
/// the store is closed. Returns the log's bytes as they were while it was open.
fn log_while_open(db: &Path, name: &str) -> Vec<u8> {
    use medpath::domain::NewStudent;
    let mut store = medpath::store::Store::open(db).unwrap();
    store
        .add_student(&NewStudent::parse(name, "9").unwrap(), 0)
        .unwrap();
    std::fs::read(with_suffix(db, "-wal")).unwrap()
}

fn refused_unchanged(db: &Path) {
    let file = std::fs::read(db).unwrap();
    let wal = std::fs::read(with_suffix(db, "-wal")).unwrap();
    let out = medpath(db).args(["students", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("does not belong"), "{err}");
    assert!(err.contains("move the log file"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(std::fs::read(db).unwrap() == file, "the file was changed");
    assert!(
        std::fs::read(with_suffix(db, "-wal")).unwrap() == wal,
        "the log was changed"
    );
}

#[test]
fn a_log_from_another_database_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    add(&a, "Ana");
    add(&b, "Bea");
    let wal = log_while_open(&a, "Abe");
    std::fs::write(with_suffix(&b, "-wal"), &wal).unwrap();
    refused_unchanged(&b);
    // With the log moved away, B opens with its own students.
    std::fs::rename(with_suffix(&b, "-wal"), dir.path().join("old-log")).unwrap();
    assert_eq!(names(&b), ["Bea"]);
}

#[test]
fn a_backup_put_back_beside_the_newer_log_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    add(&db, "Ana");
    let out = medpath(&db).args(["doctor", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let backup = PathBuf::from(v["backup"].as_str().unwrap());
    let wal = log_while_open(&db, "Ben");
    std::fs::copy(&backup, &db).unwrap();
    std::fs::write(with_suffix(&db, "-wal"), &wal).unwrap();
    let _ = std::fs::remove_file(with_suffix(&db, "-shm"));
    refused_unchanged(&db);
}

#[test]
fn its_own_log_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    add(&db, "Ana");
    let wal = log_while_open(&db, "Ben");
    // As after a crash: the file without Ben, the log with him.
    std::fs::write(with_suffix(&db, "-wal"), &wal).unwrap();
    assert_eq!(names(&db), ["Ana", "Ben"]);
}
