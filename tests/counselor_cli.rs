//! `medpath counselor` through the real binary: staff set-up with the passphrase typed twice
//! and checked for strength, no second set-up, changing the passphrase (notes sealed again),
//! starting over after RESET, the auto-lock setting; and a removed student gone from every
//! file in the data folder, copies included.

mod common;

use common::medpath;
use medpath::domain::NewStudent;
use medpath::store::Store;
use serde_json::Value;

const PASS: &str = "quiet heron lantern morning 42";
const NEW: &str = "violet otter compass river 7";

fn db() -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("m.db");
    medpath(&p)
        .args(["students", "add", "Ana", "--grade", "10"])
        .assert()
        .success();
    (d, p)
}

fn run(db: &std::path::Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = medpath(db)
        .args(args)
        .write_stdin(stdin.to_string())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}: {s}"))
}

#[test]
fn init_sets_up_once_with_a_strong_passphrase_typed_twice() {
    let (_d, p) = db();
    // Weak: refused with the reason and what to do; nothing set up.
    let (code, out, err) = run(&p, &["counselor", "init"], "password123\npassword123\n");
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("too weak"), "{err}");
    assert!(err.contains("passwords people use most"), "{err}");
    assert!(err.contains("four or more ordinary words"), "{err}");
    assert!(!Store::open(&p).unwrap().counselor_is_set_up().unwrap());
    // Too short.
    let (code, _, err) = run(&p, &["counselor", "init"], "short\nshort\n");
    assert_eq!(code, 3);
    assert!(err.contains("at least 8"), "{err}");
    // Typed differently the second time.
    let (code, _, err) = run(&p, &["counselor", "init"], &format!("{PASS}\n{NEW}\n"));
    assert_eq!(code, 2);
    assert!(err.contains("not the same"), "{err}");
    // Nothing typed.
    let (code, _, err) = run(&p, &["counselor", "init"], "");
    assert_eq!(code, 2, "{err}");
    assert!(!Store::open(&p).unwrap().counselor_is_set_up().unwrap());
    // A bad auto-lock is refused before any passphrase is read.
    let (code, _, err) = run(
        &p,
        &["counselor", "init", "--lock-after", "0"],
        &format!("{PASS}\n{PASS}\n"),
    );
    assert_eq!(code, 3);
    assert!(err.contains("1 to 120 minutes"), "{err}");

    let (code, out, err) = run(
        &p,
        &["counselor", "init", "--lock-after", "7", "--json"],
        &format!("{PASS}\n{PASS}\n"),
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["set_up"], true);
    assert_eq!(v["lock_after_minutes"], 7);
    assert!(!out.contains(PASS) && !err.contains(PASS));
    let mut s = Store::open(&p).unwrap();
    assert!(s.unlock_counselor(PASS, 1).is_ok());
    assert_eq!(s.lock_after_minutes().unwrap(), 7);
    drop(s);

    // A second set-up is refused and says what to do instead.
    let (code, _, err) = run(&p, &["counselor", "init"], &format!("{NEW}\n{NEW}\n"));
    assert_eq!(code, 2);
    assert!(err.contains("medpath counselor passphrase"), "{err}");
    assert!(err.contains("medpath counselor reset"), "{err}");
    assert!(Store::open(&p).unwrap().unlock_counselor(PASS, 2).is_ok());
}

#[test]
fn the_passphrase_is_never_an_argument() {
    let (_d, p) = db();
    let out = medpath(&p)
        .args(["counselor", "init", PASS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = medpath(&p)
        .args(["counselor", "init", "--passphrase", PASS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn changing_the_passphrase_seals_every_note_again() {
    let (_d, p) = db();
    let mut s = Store::open(&p).unwrap();
    let ana = s.student_by_name("Ana").unwrap().unwrap().id;
    let v = s.set_up_counselor(PASS, 1).unwrap();
    let ci = s
        .add_checkin(ana, "2026-11-01", "Talked.", Some((&v, "PRIVATE-NOTE")), 2)
        .unwrap();
    drop(s);
    // The wrong current passphrase: refused, nothing changed.
    let (code, _, err) = run(
        &p,
        &["counselor", "passphrase"],
        &format!("green heron evening 9\n{NEW}\n{NEW}\n"),
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("not right"), "{err}");
    // A weak new one: refused.
    let (code, _, err) = run(
        &p,
        &["counselor", "passphrase"],
        &format!("{PASS}\nqwerty123\nqwerty123\n"),
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("too weak"), "{err}");
    let (code, out, err) = run(
        &p,
        &["counselor", "passphrase", "--json"],
        &format!("{PASS}\n{NEW}\n{NEW}\n"),
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["notes_resealed"], 1);
    assert_eq!(v["notes_unreadable"], 0);
    let mut s = Store::open(&p).unwrap();
    assert!(s.unlock_counselor(PASS, 10).is_err());
    let v = s.unlock_counselor(NEW, 10).unwrap();
    assert_eq!(
        s.checkin_notes(&v, ana, ci).unwrap().as_deref(),
        Some("PRIVATE-NOTE")
    );
}

#[test]
fn reset_needs_reset_typed_and_keeps_everything_but_the_notes() {
    let (_d, p) = db();
    // Not set up: nothing to reset.
    let (code, _, err) = run(&p, &["counselor", "reset"], "RESET\n");
    assert_eq!(code, 2);
    assert!(err.contains("medpath counselor init"), "{err}");
    let mut s = Store::open(&p).unwrap();
    let ana = s.student_by_name("Ana").unwrap().unwrap().id;
    let v = s.set_up_counselor(PASS, 1).unwrap();
    s.add_checkin(ana, "2026-11-01", "SUMMARY", Some((&v, "NOTE")), 2)
        .unwrap();
    drop(s);
    for typed in ["reset\n", "yes\n", "", "RESET please\n"] {
        let (code, _, err) = run(&p, &["counselor", "reset"], typed);
        assert_eq!(code, 2, "{typed:?}: {err}");
        assert!(err.contains("Nothing was changed"), "{err}");
        assert!(Store::open(&p).unwrap().counselor_is_set_up().unwrap());
    }
    let (code, _, err) = run(&p, &["counselor", "reset"], "RESET\n");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 private note was destroyed"), "{err}");
    let s = Store::open(&p).unwrap();
    assert!(!s.counselor_is_set_up().unwrap());
    let list = s.checkins(ana).unwrap();
    assert_eq!(
        (list[0].summary.as_str(), list[0].has_notes),
        ("SUMMARY", false)
    );
    drop(s);
    // Set up again, then reset from a script.
    let (code, _, err) = run(&p, &["counselor", "init"], &format!("{NEW}\n{NEW}\n"));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(
        &p,
        &["counselor", "reset", "--destroy-private-notes", "--json"],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["notes_destroyed"], 0);
    assert!(!Store::open(&p).unwrap().counselor_is_set_up().unwrap());
}

#[test]
fn settings_show_and_change_the_auto_lock() {
    let (_d, p) = db();
    let (code, out, _) = run(&p, &["counselor", "settings", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["lock_after_minutes"], 5);
    let (code, _, err) = run(&p, &["counselor", "settings", "--lock-after", "15"], "");
    assert_eq!(code, 0);
    assert!(err.contains("after 15 minutes"), "{err}");
    let (code, _, err) = run(&p, &["counselor", "settings", "--lock-after", "500"], "");
    assert_eq!(code, 3);
    assert!(err.contains("1 to 120"), "{err}");
    let (_, _, err) = run(&p, &["counselor", "settings"], "");
    assert!(err.contains("after 15 minutes"), "{err}");
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

/// After `students remove`, no file in the data folder (the database, its -wal and -shm, the
/// copies doctor made, a copy left by a failed migration) holds the student's name, summary,
/// goal or note text, and every copy still opens with the other students in it.
#[test]
fn a_removed_student_is_in_no_file_of_the_data_folder() {
    let (d, p) = db();
    let mut s = Store::open(&p).unwrap();
    let zed = s
        .add_student(&NewStudent::parse("Zebulon Quartz", "11").unwrap(), 1)
        .unwrap()
        .id;
    let v = s.set_up_counselor(PASS, 1).unwrap();
    let ci = s
        .add_checkin(
            zed,
            "2026-11-01",
            "ZED-SUMMARY-TEXT",
            Some((&v, "ZED-NOTE-TEXT")),
            2,
        )
        .unwrap();
    s.add_goal(
        zed,
        Some(ci),
        &medpath::domain::record::parse_goal("ZED-GOAL-TEXT", "").unwrap(),
        2,
    )
    .unwrap();
    drop(s);
    for _ in 0..2 {
        medpath(&p).arg("doctor").assert().success();
    }
    std::fs::copy(
        d.path().join("m.db.doctor-backup"),
        d.path().join("m.db.v7-backup"),
    )
    .unwrap();
    let copies = [
        "m.db.doctor-backup",
        "m.db.doctor-backup-2",
        "m.db.v7-backup",
    ];
    for c in copies {
        assert!(
            holds(&std::fs::read(d.path().join(c)).unwrap(), "Zebulon"),
            "{c} holds the student before"
        );
    }
    let (code, _, err) = run(
        &p,
        &["students", "remove", "Zebulon Quartz", "--yes"],
        &format!("{PASS}\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("Warning"), "{err}");
    for e in std::fs::read_dir(d.path()).unwrap().flatten() {
        let bytes = std::fs::read(e.path()).unwrap();
        for text in [
            "Zebulon",
            "zebulon",
            "ZED-SUMMARY-TEXT",
            "ZED-GOAL-TEXT",
            "ZED-NOTE-TEXT",
        ] {
            assert!(!holds(&bytes, text), "{text} in {}", e.path().display());
        }
    }
    for c in copies {
        let conn = rusqlite::Connection::open(d.path().join(c)).unwrap();
        let names: Vec<String> = conn
            .prepare("SELECT name FROM students")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(names, ["Ana"], "{c}");
    }
}
