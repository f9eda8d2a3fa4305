//! Who may read, change and delete what, through the real binary: every command about one
//! student asks for a PIN-protected profile's PIN (or the counselor passphrase with
//! `--as-counselor`); renaming or deleting a profile with counselor check-ins needs the
//! passphrase; a refusal prints nothing on stdout and changes nothing. Import cannot take a
//! profile over. The full-screen Home asks the same rule (see the end).

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{answer_file, medpath};
use medpath::domain::NewStudent;
use medpath::domain::plan::{Format, parse_details};
use medpath::store::Store;
use serde_json::Value;

const PASS: &str = "quiet heron lantern morning 42";
const PIN: &str = "2468";

/// Ana (grade 10, PIN, a result, a plan, a counselor check-in with a private note) and Ben
/// (grade 9, no PIN, nothing from a counselor). Returns the folder, the database and an
/// answer file.
fn school() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("medpath.db");
    {
        let mut s = Store::open(&db).unwrap();
        s.add_student(&NewStudent::parse("Ana", "10").unwrap(), 1_763_000_000)
            .unwrap();
        s.add_student(&NewStudent::parse("Ben", "9").unwrap(), 1_763_000_000)
            .unwrap();
    }
    let answers = answer_file(&db, d.path(), &["s-", "i-"]);
    for who in ["Ana", "Ben"] {
        medpath(&db)
            .args(["assess", "--student", who, "--answers"])
            .arg(&answers)
            .assert()
            .success();
    }
    let mut s = Store::open(&db).unwrap();
    let ana = s.student_by_name("Ana").unwrap().unwrap();
    let details = parse_details(
        "Dr. Lee",
        "family doctor",
        None,
        "",
        Format::Video,
        "see a day",
    )
    .unwrap();
    s.create_plan(ana.id, &details, &[], 1_763_000_100).unwrap();
    let vault = s.set_up_counselor(PASS, 1_763_000_000).unwrap();
    s.add_checkin(
        ana.id,
        "2025-11-20",
        "Talked about summer programs.",
        Some((&vault, "PRIVATE: worried about chemistry")),
        1_763_000_200,
    )
    .unwrap();
    s.set_pin(ana.id, Some(PIN)).unwrap();
    (d, db, answers)
}

/// What a command could change, to compare before and after a refusal.
fn state(db: &Path) -> String {
    let s = Store::open(db).unwrap();
    let mut t = String::new();
    for st in s.students().unwrap() {
        let mut f = s.export_student(&st, None, 0).unwrap();
        f.student.last_active = 0;
        // A new PIN hash for the same PIN has a new salt: compare whether there is one.
        f.student.pin_hash = f.student.pin_hash.map(|_| "PIN".into());
        t.push_str(&serde_json::to_string(&f).unwrap());
        t.push('\n');
    }
    t
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run(db: &Path, args: &[&str], stdin: &str) -> Output {
    medpath(db).args(args).write_stdin(stdin).output().unwrap()
}

/// Every command that reads or changes one student, on Ana.
fn commands(dir: &Path, answers: &Path) -> Vec<Vec<String>> {
    let out = dir.join("out.txt").display().to_string();
    let answers = answers.display().to_string();
    [
        vec!["matches", "--student", "Ana", "--json"],
        vec!["report", "--student", "Ana"],
        vec!["report", "--student", "Ana", "-o", &out],
        vec!["export", "--student", "Ana", "-o", &out],
        vec!["interview", "list", "--student", "Ana", "--json"],
        vec!["interview", "sheet", "--student", "Ana"],
        vec!["assess", "--student", "Ana", "--answers", &answers],
        vec!["assess", "--student", "Ana", "--plain"],
        vec!["students", "rename", "Ana", "Ana Z"],
        vec!["students", "set-id", "Ana", "S-1"],
        vec!["students", "remove", "Ana", "--yes"],
    ]
    .into_iter()
    .map(|c| c.into_iter().map(String::from).collect())
    .collect()
}

#[test]
fn every_command_about_a_pin_protected_student_needs_the_pin_and_shows_nothing_without_it() {
    let (d, db, answers) = school();
    let before = state(&db);
    for cmd in commands(d.path(), &answers) {
        let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        // No PIN given (stdin empty), then a wrong one.
        for (stdin, code, says) in [("", 2, "has a PIN"), ("1111\n", 3, "PIN")] {
            let o = run(&db, &args, stdin);
            assert_eq!(o.status.code(), Some(code), "{args:?}: {}", text(&o.stderr));
            assert!(
                text(&o.stderr).contains(says),
                "{args:?}: {}",
                text(&o.stderr)
            );
            assert!(o.stdout.is_empty(), "{args:?} printed {}", text(&o.stdout));
            assert!(!d.path().join("out.txt").exists(), "{args:?} wrote a file");
        }
        // A wrong try counts; let the next command try at once.
        let mut s = Store::open(&db).unwrap();
        let ana = s.student_by_name("Ana").unwrap().unwrap();
        s.set_pin(ana.id, Some(PIN)).unwrap();
    }
    assert_eq!(state(&db), before, "nothing changed");
}

#[test]
fn the_pin_opens_reading_and_changing_and_the_passphrase_opens_everything() {
    let (d, db, answers) = school();
    for cmd in commands(d.path(), &answers) {
        let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        if args[0] == "students" {
            continue;
        }
        let stdin = format!("{PIN}\n");
        let o = run(&db, &args, &stdin);
        assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
        let mut with_pass = args.clone();
        with_pass.push("--as-counselor");
        let o = run(&db, &with_pass, &format!("{PASS}\n"));
        assert!(o.status.success(), "{with_pass:?}: {}", text(&o.stderr));
    }
    // --json keeps stdout pure: the prompt never goes there.
    let o = run(
        &db,
        &["matches", "--student", "Ana", "--json"],
        &format!("{PIN}\n"),
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["student"], "Ana");
    // A profile without a PIN asks nothing.
    let o = run(&db, &["matches", "--student", "Ben", "--json"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
}

#[test]
fn renaming_or_deleting_a_student_with_counselor_records_needs_the_passphrase() {
    let (_d, db, _) = school();
    let before = state(&db);
    // Ana's own PIN is not enough: the check-in is the counselor's record.
    for args in [
        &["students", "rename", "Ana", "Ana Z"][..],
        &["students", "remove", "Ana", "--yes"][..],
    ] {
        let o = run(&db, args, &format!("{PIN}\nnot the passphrase\n"));
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains("counselor passphrase"),
            "{}",
            text(&o.stderr)
        );
    }
    // No passphrase at all is refused without counting as a wrong try.
    let o = run(
        &db,
        &["students", "set-id", "Ana", "S-1"],
        &format!("{PIN}\n"),
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("counselor passphrase"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(state(&db), before);
    let o = run(
        &db,
        &["students", "rename", "Ana", "Ana Z"],
        &format!("{PIN}\n{PASS}\n"),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = run(
        &db,
        &["students", "remove", "Ana Z", "--yes", "--as-counselor"],
        &format!("{PASS}\n"),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Ben has no PIN and no counselor records: nothing is asked.
    let o = run(&db, &["students", "rename", "Ben", "Benjamin"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = run(&db, &["students", "remove", "Benjamin", "--yes"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(Store::open(&db).unwrap().students().unwrap().len(), 0);
}

/// A student's record as an export file, to be edited; `how` is the flags and stdin that
/// open it.
fn exported(db: &Path, dir: &Path, name: &str, how: (&[&str], &str)) -> Value {
    let f = dir.join(format!("{name}.json"));
    let mut args = vec!["export", "--student", name, "-o", f.to_str().unwrap()];
    args.extend_from_slice(how.0);
    let o = run(db, &args, how.1);
    assert!(o.status.success(), "{}", text(&o.stderr));
    serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap()
}

fn import(db: &Path, dir: &Path, file: &Value, extra: &[&str], stdin: &str) -> Output {
    let f = dir.join("in.json");
    std::fs::write(&f, serde_json::to_string(file).unwrap()).unwrap();
    let mut args = vec!["import", f.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(db, &args, stdin)
}

#[test]
fn import_never_sets_a_pin_or_brings_counselor_records_into_a_profile_it_may_not_change() {
    let (d, db, _) = school();
    let other = tempfile::tempdir().unwrap();
    let odb = other.path().join("other.db");
    // A file for "Ben" with a PIN the attacker knows: Ben's profile keeps having none.
    {
        let mut s = Store::open(&odb).unwrap();
        let ben = s
            .add_student(&NewStudent::parse("Ben", "9").unwrap(), 1_763_000_000)
            .unwrap();
        s.set_pin(ben.id, Some("1357")).unwrap();
    }
    let forged = exported(&odb, other.path(), "Ben", (&[], "1357\n"));
    assert!(forged["student"]["pin_hash"].is_string());
    let o = import(&db, d.path(), &forged, &[], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("PIN in the file was not used"),
        "{}",
        text(&o.stdout)
    );
    let s = Store::open(&db).unwrap();
    assert!(!s.student_by_name("Ben").unwrap().unwrap().has_pin);
    drop(s);

    // Forged check-ins and goals for PIN-protected Ana: refused without her PIN, and left
    // out without the passphrase even with it.
    let before = state(&db);
    let mut forged = exported(&db, d.path(), "Ana", (&[], &format!("{PIN}\n")));
    forged["checkins"][0]["summary"] = "FORGED summary".into();
    forged["checkins"][0]["created_at"] = 1_763_500_000.into();
    let o = import(&db, d.path(), &forged, &[], "");
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("has a PIN"));
    assert_eq!(state(&db), before);
    let o = import(&db, d.path(), &forged, &["--json"], &format!("{PIN}\n"));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["checkins"], 0);
    assert_eq!(r["counselor_left_out"], 1);
    assert!(!state(&db).contains("FORGED"));
}

#[test]
fn import_matches_by_school_id_else_by_name_and_grade_and_never_merges_a_mismatch() {
    let (d, db, _) = school();
    let mut file = exported(&db, d.path(), "Ben", (&[], ""));
    let before = state(&db);
    // Another Ben, in grade 8: refused with the reason, nothing changed.
    file["student"]["grade"] = 8.into();
    let o = import(&db, d.path(), &file, &[], "");
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(err.contains("grade 9") && err.contains("grade 8"), "{err}");
    assert_eq!(state(&db), before);

    // With school ids: a different id is another student, even in the same grade.
    let o = run(&db, &["students", "set-id", "Ben", "S-100"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    file["student"]["grade"] = 9.into();
    file["student"]["school_id"] = "S-200".into();
    let o = import(&db, d.path(), &file, &[], "");
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("another school id"));
    // The same id merges, whatever the name says.
    file["student"]["school_id"] = "S-100".into();
    file["student"]["name"] = "Benjamin".into();
    let o = import(&db, d.path(), &file, &["--json"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (r["created"].clone(), r["student"].clone()),
        (false.into(), "Ben".into())
    );
    // A bad id is refused with its reason, shown safely.
    file["student"]["school_id"] = "S 1\u{1b}[2J".into();
    let o = import(&db, d.path(), &file, &[], "");
    assert_eq!(o.status.code(), Some(3));
    assert!(!o.stderr.contains(&0x1b));
}

#[test]
fn a_pin_hash_made_with_other_settings_is_refused_before_any_try() {
    let (d, db, _) = school();
    let mut file = exported(&db, d.path(), "Ben", (&[], ""));
    file["student"]["name"] = "Cara".into();
    // 4 GiB and a thousand passes: checking one PIN against it would freeze the program.
    file["student"]["pin_hash"] =
        "$argon2id$v=19$m=4194304,t=1000,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA".into();
    let o = import(&db, d.path(), &file, &[], "");
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("pin_hash"), "{}", text(&o.stderr));
    assert!(
        Store::open(&db)
            .unwrap()
            .student_by_name("Cara")
            .unwrap()
            .is_none()
    );
}
