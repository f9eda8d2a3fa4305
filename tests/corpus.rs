//! The checked-in corpus of hostile input (`tests/corpus/manifest.toml`) through the real
//! binary: every export file is imported, every answer file scored and every name added,
//! each on a fresh database. Each entry must give its exit code and say its message; every
//! refusal must leave the database exactly as it was, start with "medpath: ", stay short and
//! hold no control character; accepted text must come back unchanged. Afterwards the
//! database passes SQLite's integrity check and still lists its students.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::medpath;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    import: Vec<Entry>,
    answers: Vec<Entry>,
    name: Vec<Name>,
    db: Vec<DbPath>,
}

/// A hostile database path, made at test time by its `setup` recipe (see [`db_path`]).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DbPath {
    setup: String,
    what: String,
    exit: i32,
    message: String,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: Option<String>,
    generate: Option<String>,
    what: String,
    exit: i32,
    message: String,
    student: Option<String>,
    keeps: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Name {
    name: String,
    grade: String,
    what: String,
    exit: i32,
    message: Option<String>,
    stored: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// The longest refusal medpath may print.
const MAX_MESSAGE: usize = 2000;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(corpus().join("manifest.toml")).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("tests/corpus/manifest.toml: {e}"))
}

/// A small valid export, for the inputs made at test time.
fn export(name: &str) -> Value {
    json!({
        "format": "medpath-student",
        "version": 1,
        "exported_at": 1_790_000_000,
        "student": {"name": name, "grade": 9, "created_at": 1_780_000_000,
                    "last_active": 1_790_000_000}
    })
}

/// Inputs too big to check in, by the manifest's `generate` name.
fn generate(recipe: &str, dir: &Path) -> PathBuf {
    let bytes: Vec<u8> = match recipe {
        "import-too-big" => vec![b' '; 9 * 1024 * 1024],
        "import-huge-name" => export(&"a".repeat(7_000_000)).to_string().into(),
        "import-huge-wrong-type" => {
            let mut v = export("Ana Huge");
            v["student"]["grade"] = "a".repeat(7_000_000).into();
            v.to_string().into()
        }
        "import-huge-note" => {
            let mut v = export("Ana Huge Note");
            v["shortlist"] = json!([{"career": "dentist", "note": "n".repeat(1_000_000),
                                     "added_at": 1_780_000_000}]);
            v.to_string().into()
        }
        "import-too-many-hidden" => {
            let mut v = export("Ana Many");
            v["hidden"] = (0..5001)
                .map(|i| json!({"career": format!("c-{i}"), "hidden_at": 1_780_000_000}))
                .collect();
            v.to_string().into()
        }
        "answers-too-big" => "# a comment line\n".repeat(300 * 1024 / 17).into(),
        "answers-huge-value" => {
            format!("r-repair-hospital-machine = \"{}\"\n", "a".repeat(200_000)).into()
        }
        "answers-huge-key" => format!("{} = 3\n", "b".repeat(200_000)).into(),
        other => panic!("tests/corpus/manifest.toml: no recipe called {other:?}"),
    };
    let p = dir.join(format!("{recipe}.generated"));
    std::fs::write(&p, bytes).unwrap();
    p
}

fn input(e: &Entry, dir: &Path) -> PathBuf {
    match (&e.file, &e.generate) {
        (Some(f), None) => corpus().join(f),
        (None, Some(g)) => generate(g, dir),
        _ => panic!("{}: give either file or generate", e.what),
    }
}

/// What a refusal must leave alone: the students list, and the row count of every table.
#[derive(Debug, PartialEq)]
struct Snapshot {
    list: String,
    rows: Vec<(String, i64)>,
}

fn snapshot(db: &Path) -> Snapshot {
    let out = medpath(db)
        .args(["students", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "students list fails: {out:?}");
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let rows = tables
        .into_iter()
        .map(|t| {
            let n = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect();
    Snapshot {
        list: String::from_utf8(out.stdout).unwrap(),
        rows,
    }
}

fn names(db: &Path) -> Vec<String> {
    let list: Value = serde_json::from_str(&snapshot(db).list).unwrap();
    list["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

/// Checks one run against its entry; problems are added to `bad`.
fn check(
    what: &str,
    out: &Output,
    exit: i32,
    message: Option<&str>,
    before: &Snapshot,
    db: &Path,
    bad: &mut Vec<String>,
) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut fail = |why: String| {
        let err: String = stderr.chars().take(600).collect();
        bad.push(format!("{what}: {why}\n    stderr: {err}"));
    };
    if out.status.code() != Some(exit) {
        fail(format!("exit {:?}, wanted {exit}", out.status.code()));
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        fail("panicked".into());
    }
    if exit == 0 {
        if let Some(m) = message
            && !stdout.contains(m)
        {
            fail(format!("stdout does not say {m:?}; it says {stdout:?}"));
        }
        return;
    }
    if let Some(m) = message
        && !stderr.contains(m)
    {
        fail(format!("stderr does not say {m:?}"));
    }
    if !stderr.starts_with("medpath: ") {
        fail("the message does not start with \"medpath: \"".into());
    }
    if stderr.len() > MAX_MESSAGE {
        fail(format!("a {} byte message", stderr.len()));
    }
    if stderr.chars().any(|c| c.is_control() && c != '\n') {
        fail("a control character reaches the terminal".into());
    }
    if !stdout.is_empty() {
        fail(format!("printed {stdout:?} as well"));
    }
    if snapshot(db) != *before {
        fail("the database changed".into());
    }
}

/// SQLite's own checks, and the program still reads the database.
fn still_sound(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let broken_links: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken_links, 0);
    drop(conn);
    medpath(db)
        .args(["students", "list", "--json"])
        .assert()
        .success();
    medpath(db).args(["careers", "list"]).assert().success();
}

/// Any string in a JSON value equal to `want`.
fn holds(v: &Value, want: &str) -> bool {
    match v {
        Value::String(s) => s == want,
        Value::Array(a) => a.iter().any(|x| holds(x, want)),
        Value::Object(m) => m.values().any(|x| holds(x, want)),
        _ => false,
    }
}

#[test]
fn every_corpus_file_is_in_the_manifest_and_every_entry_has_its_file() {
    let m = manifest();
    let listed: Vec<String> = m
        .import
        .iter()
        .chain(&m.answers)
        .filter_map(|e| e.file.clone())
        .collect();
    for dir in ["import", "answers"] {
        for f in std::fs::read_dir(corpus().join(dir)).unwrap() {
            let rel = format!("{dir}/{}", f.unwrap().file_name().to_string_lossy());
            assert!(listed.contains(&rel), "{rel} is not in manifest.toml");
        }
    }
    for f in &listed {
        assert!(corpus().join(f).is_file(), "{f} is listed but missing");
    }
    for e in m.import.iter().chain(&m.answers) {
        assert!(
            e.file.is_some() != e.generate.is_some(),
            "{}: file or generate",
            e.what
        );
        assert!(!e.message.trim().is_empty(), "{}: no message", e.what);
    }
    for n in &m.name {
        assert!(n.message.is_some() || n.stored.is_some(), "{}", n.what);
    }
}

#[test]
fn hostile_export_files_are_refused_with_their_message_or_kept_literally() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Existing", "--grade", "9"])
        .assert()
        .success();
    let mut bad = Vec::new();
    let mut accepted = vec!["Existing".to_string()];
    for e in manifest().import {
        let before = snapshot(&db);
        let path = input(&e, d.path());
        let out = medpath(&db).arg("import").arg(&path).output().unwrap();
        let what = format!("import {}", e.file.as_deref().unwrap_or(&e.what));
        check(
            &what,
            &out,
            e.exit,
            Some(&e.message),
            &before,
            &db,
            &mut bad,
        );
        if e.exit != 0 {
            continue;
        }
        let Some(student) = &e.student else {
            bad.push(format!("{what}: an accepted import names its student"));
            continue;
        };
        accepted.push(student.clone());
        if snapshot(&db) == before {
            bad.push(format!("{what}: accepted but nothing was written"));
        }
        if !names(&db).contains(student) {
            bad.push(format!("{what}: {student:?} is not in `students list`"));
        }
        if let Some(keep) = &e.keeps {
            let file = d.path().join("again.json");
            medpath(&db)
                .args(["export", "--student", student, "-o"])
                .arg(&file)
                .assert()
                .success();
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            if !holds(&v, keep) {
                bad.push(format!("{what}: {keep:?} did not come back unchanged"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    let mut now = names(&db);
    now.sort();
    accepted.sort();
    assert_eq!(now, accepted, "only the accepted files added a student");
    still_sound(&db);
}

#[test]
fn hostile_answer_files_are_refused_with_their_message() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana Answers", "--grade", "9"])
        .assert()
        .success();
    let mut bad = Vec::new();
    for e in manifest().answers {
        let before = snapshot(&db);
        let path = input(&e, d.path());
        let out = medpath(&db)
            .args(["assess", "--student", "Ana Answers", "--answers"])
            .arg(&path)
            .output()
            .unwrap();
        let what = format!("answers {}", e.file.as_deref().unwrap_or(&e.what));
        check(
            &what,
            &out,
            e.exit,
            Some(&e.message),
            &before,
            &db,
            &mut bad,
        );
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    still_sound(&db);
}

#[test]
fn hostile_names_are_refused_with_their_message_or_kept_literally() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    let mut bad = Vec::new();
    for n in manifest().name {
        let before = snapshot(&db);
        let out = medpath(&db)
            .args(["students", "add", &n.name, "--grade", &n.grade])
            .output()
            .unwrap();
        let what = format!("name {:?} ({})", n.name, n.what);
        check(
            &what,
            &out,
            n.exit,
            n.message.as_deref(),
            &before,
            &db,
            &mut bad,
        );
        if let Some(stored) = &n.stored
            && !names(&db).contains(stored)
        {
            bad.push(format!("{what}: {stored:?} is not in `students list`"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    still_sound(&db);
    let all = names(&db);
    assert!(all.contains(&"Robert'); DROP TABLE students;--".to_string()));
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Makes the path a `[[db]]` entry names, in `dir` (which holds a real database `real.db`
/// with a student). Returns the path to give as --db.
fn db_path(recipe: &str, dir: &Path) -> PathBuf {
    let real = dir.join("real.db");
    match recipe {
        "folder" => dir.to_path_buf(),
        "device" => PathBuf::from("/dev/null"),
        "fifo" => {
            let p = dir.join("pipe.db");
            assert!(
                std::process::Command::new("mkfifo")
                    .arg(&p)
                    .status()
                    .unwrap()
                    .success()
            );
            p
        }
        "link" | "dangling-link" => {
            let p = dir.join("link.db");
            let to = if recipe == "link" {
                real
            } else {
                dir.join("nowhere.db")
            };
            #[cfg(unix)]
            std::os::unix::fs::symlink(to, &p).unwrap();
            p
        }
        "missing-folder" => dir.join("no-such-folder").join("m.db"),
        "escape-in-folder" => dir.join("\u{1b}]0;PWNED\u{7}").join("m.db"),
        "foreign-wal" => {
            // Another database's log, taken while that database was open with a new save.
            let other = dir.join("other.db");
            medpath(&other)
                .args(["students", "add", "Olga Other", "--grade", "9"])
                .assert()
                .success();
            let mut s = medpath::store::Store::open(&other).unwrap();
            s.add_student(&medpath::domain::NewStudent::parse("Otto", "9").unwrap(), 0)
                .unwrap();
            std::fs::copy(with_suffix(&other, "-wal"), with_suffix(&real, "-wal")).unwrap();
            drop(s);
            real
        }
        other => panic!("no [[db]] recipe {other:?}"),
    }
}

/// Every file in `dir`, with its bytes (links and pipes by what they are, not read).
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let m = std::fs::symlink_metadata(&p).unwrap();
        let bytes = if m.file_type().is_file() {
            std::fs::read(&p).unwrap()
        } else {
            format!("{:?}", m.file_type()).into_bytes()
        };
        out.insert(p, bytes);
    }
    out
}

#[cfg(unix)]
#[test]
fn hostile_database_paths_are_refused_with_their_message_and_nothing_is_touched() {
    let mut bad = Vec::new();
    for e in manifest().db {
        let d = tempfile::tempdir().unwrap();
        let real = d.path().join("real.db");
        medpath(&real)
            .args(["students", "add", "Rita Real", "--grade", "9"])
            .assert()
            .success();
        let db = db_path(&e.setup, d.path());
        let before = files(d.path());
        let out = medpath(&db)
            .args(["students", "add", "Nina New", "--grade", "9"])
            .output()
            .unwrap();
        let what = format!("db {} ({})", e.setup, e.what);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut fail = |why: String| bad.push(format!("{what}: {why}\n    stderr: {stderr}"));
        if out.status.code() != Some(e.exit) {
            fail(format!("exit {:?}, wanted {}", out.status.code(), e.exit));
        }
        if !stderr.contains(&e.message) {
            fail(format!("stderr does not say {:?}", e.message));
        }
        if !stderr.starts_with("medpath: ") || stderr.len() > MAX_MESSAGE {
            fail("not one short medpath message".into());
        }
        if stderr.chars().any(|c| c.is_control() && c != '\n') {
            fail("a control character reaches the terminal".into());
        }
        if !out.stdout.is_empty() {
            fail("printed something".into());
        }
        // Nothing made, nothing changed (SQLite's shared-memory index aside).
        let after: std::collections::BTreeMap<_, _> = files(d.path())
            .into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
            .collect();
        let before: std::collections::BTreeMap<_, _> = before
            .into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
            .collect();
        if after != before {
            fail("a file was made or changed".into());
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
