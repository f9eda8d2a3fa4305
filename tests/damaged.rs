//! Damaged database files: refused at start with a clear message and never changed;
//! `medpath doctor` checks them, keeps a copy and recovers what can be read.

mod common;

use std::path::{Path, PathBuf};

use common::medpath;
use serde_json::Value;

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// A database with two students and a result, closed (so no log beside it).
fn good_db(dir: &Path) -> PathBuf {
    let db = dir.join("m.db");
    for (name, grade) in [("Ana", "9"), ("Ben", "10")] {
        medpath(&db)
            .args(["students", "add", name, "--grade", grade])
            .assert()
            .success();
    }
    let answers = dir.join("a.toml");
    let template = medpath(&db)
        .args(["assess", "--template"])
        .output()
        .unwrap();
    let text = String::from_utf8(template.stdout)
        .unwrap()
        .replace("\"skip\"", "4");
    std::fs::write(&answers, text).unwrap();
    medpath(&db)
        .args(["assess", "--student", "Ana", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    db
}

#[cfg(unix)]
fn owner_only(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o077 == 0
}

fn student_count(db: &Path) -> usize {
    common::students_json(db)["count"].as_u64().unwrap() as usize
}

/// Every kind of damage: refused at start (exit 4, says doctor), the file unchanged.
#[test]
fn damaged_files_are_refused_at_start_and_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let db = good_db(dir.path());
    let good = std::fs::read(&db).unwrap();
    let mut noise = Vec::with_capacity(good.len());
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..good.len() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        noise.push(x as u8);
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("cut off", good[..good.len() / 2].to_vec(), "cut off"),
        ("cut inside the header", good[..60].to_vec(), "too short"),
        ("zero-filled", vec![0; good.len()], "damaged"),
        ("random bytes", noise, "damaged"),
        (
            "random after a real header",
            {
                let mut b = good.clone();
                for (i, v) in b.iter_mut().enumerate().skip(100) {
                    *v = (i * 31 % 251) as u8;
                }
                b
            },
            "damaged",
        ),
    ];
    for (what, bytes, says) in cases {
        let p = dir.path().join("bad.db");
        std::fs::write(&p, &bytes).unwrap();
        let out = medpath(&p).args(["students", "list"]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{what}: {err}");
        assert!(err.contains(says), "{what}: {err}");
        assert!(err.contains("has not changed it"), "{what}: {err}");
        assert!(err.contains("medpath doctor"), "{what}: {err}");
        assert_eq!(
            std::fs::read(&p).unwrap(),
            bytes,
            "{what}: the file was changed"
        );
        assert!(!dir.path().join("bad.db-wal").exists(), "{what}");
        std::fs::remove_file(&p).unwrap();
    }
}

#[test]
fn doctor_on_a_healthy_file_keeps_a_clean_owner_only_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = good_db(dir.path());
    let before = std::fs::read(&db).unwrap();
    let out = medpath(&db).args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out.stdout);
    assert_eq!(v["verdict"], "healthy");
    assert_eq!(v["problems"].as_array().unwrap().len(), 0);
    let backup = PathBuf::from(v["backup"].as_str().unwrap());
    assert_eq!(v["backup_kind"], "vacuum");
    #[cfg(unix)]
    assert!(owner_only(&backup));
    assert_eq!(student_count(&backup), 2);
    assert_eq!(std::fs::read(&db).unwrap(), before);

    // A second run never writes over the first copy.
    let out = medpath(&db).args(["doctor"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Healthy"), "{text}");
    assert!(text.contains("2 students"), "{text}");
    assert!(text.contains("m.db.doctor-backup-2"), "{text}");
}

#[test]
fn doctor_on_a_cut_off_file_says_what_it_can_recover_and_recovers_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = good_db(dir.path());
    let bytes = std::fs::read(&db).unwrap();
    // Cut off the last tenth: the reference data at the end is lost, the students are not.
    let cut = &bytes[..bytes.len() * 9 / 10];
    std::fs::write(&db, cut).unwrap();

    let out = medpath(&db).args(["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Damaged. medpath has not changed the file"),
        "{text}"
    );
    assert!(text.contains("cut off"), "{text}");
    assert!(text.contains("What can still be read"), "{text}");
    assert!(text.contains("2 students"), "{text}");
    assert!(text.contains("doctor --recover NEW.db"), "{text}");
    assert!(text.contains("exactly as it is"), "{text}");
    assert_eq!(std::fs::read(&db).unwrap(), cut, "doctor changed the file");
    let copy = dir.path().join("m.db.doctor-backup");
    assert_eq!(std::fs::read(&copy).unwrap(), cut);

    let new = dir.path().join("new.db");
    let out = medpath(&db)
        .args(["doctor", "--json", "--recover"])
        .arg(&new)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    let students = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "students")
        .unwrap();
    assert_eq!(students["rows"], 2);
    // The recovered file is a working database: the result and its matches came through.
    assert_eq!(student_count(&new), 2);
    let m = medpath(&new)
        .args(["matches", "--student", "Ana", "--json"])
        .output()
        .unwrap();
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    assert!(json(&m.stdout)["count"].as_u64().unwrap() > 0);
    medpath(&new)
        .args(["doctor", "--no-backup"])
        .assert()
        .success();

    // Recovering never writes over a file.
    let out = medpath(&db)
        .args(["doctor", "--recover"])
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("never writes over"));
}

#[test]
fn doctor_on_unreadable_newer_and_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("z.db");
    std::fs::write(&p, vec![0u8; 8192]).unwrap();
    let out = medpath(&p).args(["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Nothing in it can be read"), "{text}");
    assert_eq!(std::fs::read(&p).unwrap(), vec![0u8; 8192]);

    let db = good_db(dir.path());
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let out = medpath(&db)
        .args(["doctor", "--json", "--no-backup"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(json(&out.stdout)["verdict"], "newer");

    let out = medpath(&dir.path().join("none.db"))
        .args(["doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("There is no database"));
    assert!(!dir.path().join("none.db").exists(), "doctor made a file");
}

/// Before a migration, a copy of the file as it was is kept beside it.
/// A database as medpath's schema 5 left it, with one student; `extra` is run on it too.
fn schema_5(db: &Path, extra: &str) {
    let mut c = rusqlite::Connection::open(db).unwrap();
    medpath::store::migrations::migrations()
        .to_version(&mut c, 5)
        .unwrap();
    c.pragma_update(
        None,
        "application_id",
        medpath::store::migrations::APPLICATION_ID,
    )
    .unwrap();
    c.execute(
        "INSERT INTO students (name, name_key, grade, created_at, last_active) \
         VALUES ('Cy', 'cy', 11, 1, 1)",
        [],
    )
    .unwrap();
    c.execute_batch(extra).unwrap();
}

#[test]
fn the_copy_before_a_migration_is_removed_once_it_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    schema_5(&db, "");
    assert_eq!(student_count(&db), 1);
    // Up to date: the copy has done its job, and would keep students deleted later.
    assert!(!dir.path().join("old.db.v5-backup").exists());
    assert_eq!(student_count(&db), 1);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("backup"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn the_copy_before_a_migration_stays_when_the_migration_fails() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    // A table in the way of migration 6: the migration fails and rolls back.
    schema_5(&db, "CREATE TABLE result_top (x INTEGER);");
    let out = medpath(&db).args(["students", "list"]).output().unwrap();
    assert!(!out.status.success());
    let backup = dir.path().join("old.db.v5-backup");
    assert!(backup.exists());
    #[cfg(unix)]
    assert!(owner_only(&backup));
    let c = rusqlite::Connection::open(&backup).unwrap();
    let v: i64 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, 5);
    let n: i64 = c
        .query_row("SELECT count(*) FROM students", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}
