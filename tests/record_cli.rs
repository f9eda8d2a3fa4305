//! `medpath export`, `import`, `report` and `roster` through the real binary: a record moves
//! between two databases unchanged, importing twice doubles nothing, damaged and hostile
//! files are refused with a reason, private notes need the passphrase, and the report and
//! roster come out in each format.

mod common;

use common::medpath;
use medpath::domain::NewStudent;
use medpath::domain::record::{ExperienceKind, parse_experience, parse_goal};
use medpath::store::Store;
use serde_json::Value;

const PASS: &str = "quiet heron lantern morning 42";

/// A database with Maya (a check-in with private notes, two goals, an experience, a
/// shortlist) and Leo.
fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("a.db");
    let mut s = Store::open(&p).unwrap();
    let maya = s
        .add_student(&NewStudent::parse("Maya", "10").unwrap(), 1_763_000_000)
        .unwrap();
    s.add_student(&NewStudent::parse("Leo", "9").unwrap(), 1_763_000_000)
        .unwrap();
    s.star(maya.id, "pediatrician", 1_763_000_100).unwrap();
    let vault = s.set_up_counselor(PASS, 1_763_000_000).unwrap();
    // Held today, so the roster does not flag a missing check-in whenever the tests run.
    let today = medpath::domain::clock::date_string(medpath::domain::Clock::now(
        &medpath::domain::SystemClock,
    ));
    let ci = s
        .add_checkin(
            maya.id,
            &today,
            "We talked about <b>summer</b> programs & HOSA.",
            Some((&vault, "PRIVATE-NOTE: worried about chemistry")),
            1_763_000_200,
        )
        .unwrap();
    for (text, due) in [("Join HOSA", "2099-12-01"), ("Email Dr. Lee", "2020-11-01")] {
        s.add_goal(
            maya.id,
            Some(ci),
            &parse_goal(text, due).unwrap(),
            1_763_000_300,
        )
        .unwrap();
    }
    let e = parse_experience(
        ExperienceKind::Volunteering,
        "Hospital gift shop",
        "2025-06-01",
        "2025-08-01",
        "30",
        "I liked helping visitors",
    )
    .unwrap();
    s.add_experience(maya.id, &e, 1_763_000_400).unwrap();
    (d, p)
}

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn a_record_moves_between_databases_and_importing_twice_adds_nothing() {
    let (d, a) = setup();
    let file = d.path().join("maya.json");
    let out = medpath(&a)
        .args(["export", "--student", "maya", "-o"])
        .arg(&file)
        .assert()
        .success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("Counselor notes were left out"), "{err}");
    let text = read(&file);
    assert!(!text.contains("PRIVATE-NOTE"));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "medpath-student");
    assert_eq!(v["version"], 1);
    assert_eq!(v["goals"].as_array().unwrap().len(), 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the export is owner-only");
    }

    let b = d.path().join("b.db");
    {
        Store::open(&b).unwrap().set_up_counselor(PASS, 1).unwrap();
    }
    // Without the passphrase the counselor's check-in and the goals set at it stay out.
    let out = medpath(&b)
        .args(["import", "--json"])
        .arg(&file)
        .assert()
        .success();
    let r: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(r["student"], "Maya");
    assert_eq!(r["created"], true);
    assert_eq!(
        (r["goals"].clone(), r["checkins"].clone()),
        (0.into(), 0.into())
    );
    assert_eq!(r["counselor_left_out"], 3);
    assert_eq!(r["experiences"], 1);
    assert_eq!(r["notes_left_out"], false);
    // The counselor brings them in; the rest is not doubled.
    let out = medpath(&b)
        .args(["import", "--json", "--as-counselor"])
        .arg(&file)
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    let r: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(r["created"], false);
    assert_eq!(
        (r["goals"].clone(), r["checkins"].clone()),
        (2.into(), 1.into())
    );
    assert_eq!(
        (r["experiences"].clone(), r["counselor_left_out"].clone()),
        (0.into(), 0.into())
    );

    // Exporting from the second database gives the same record.
    let again = d.path().join("again.json");
    medpath(&b)
        .args(["export", "--student", "Maya", "-o"])
        .arg(&again)
        .assert()
        .success();
    let mut x: Value = serde_json::from_str(&read(&file)).unwrap();
    let mut y: Value = serde_json::from_str(&read(&again)).unwrap();
    x["exported_at"] = 0.into();
    y["exported_at"] = 0.into();
    assert_eq!(x, y);

    let out = medpath(&b)
        .args(["import", "--as-counselor"])
        .arg(&file)
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(said.contains("already up to date"), "{said}");
    let out = medpath(&b)
        .args(["students", "list", "--json"])
        .assert()
        .success();
    let list: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(list["students"].as_array().unwrap().len(), 1);
}

#[test]
fn private_notes_need_the_passphrase_both_ways() {
    let (d, a) = setup();
    let file = d.path().join("maya.json");
    medpath(&a)
        .args(["export", "--student", "Maya", "--with-notes", "-o"])
        .arg(&file)
        .write_stdin("wrong passphrase\n")
        .assert()
        .code(3)
        .stderr(predicates::str::contains("passphrase is not right"));
    assert!(!file.exists(), "nothing written after a wrong passphrase");
    medpath(&a)
        .args(["export", "--student", "Maya", "--with-notes", "-o"])
        .arg(&file)
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    assert!(!read(&file).contains("PRIVATE-NOTE"), "sealed in the file");

    let b = d.path().join("b.db");
    {
        Store::open(&b).unwrap().set_up_counselor(PASS, 1).unwrap();
    }
    let out = medpath(&b).arg("import").arg(&file).assert().success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(said.contains("--with-notes"), "{said}");
    medpath(&b)
        .args(["import", "--with-notes"])
        .arg(&file)
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success()
        .stdout(predicates::str::contains("added 1 private note"));
    // The report shows the notes only when the counselor asks, with the passphrase.
    let out = medpath(&b)
        .args(["report", "--student", "Maya"])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("PRIVATE-NOTE"));
    let out = medpath(&b)
        .args(["report", "--student", "Maya", "--with-notes"])
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("PRIVATE-NOTE"));
}

#[test]
fn damaged_and_hostile_files_are_refused_and_change_nothing() {
    let (d, a) = setup();
    let write = |name: &str, text: &str| {
        let p = d.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (
            write("cut.json", "{\"format\": \"medpath-student\", \"vers"),
            "not readable JSON",
        ),
        (
            write("other.json", "{\"hello\": \"world\"}"),
            "not a medpath student export",
        ),
        (
            write(
                "newer.json",
                "{\"format\": \"medpath-student\", \"version\": 9}",
            ),
            "newer medpath",
        ),
        (write("deep.json", &"[".repeat(50_000)), "nested far deeper"),
        (
            write(
                "types.json",
                "{\"format\": \"medpath-student\", \"version\": 1, \"exported_at\": 1, \
                 \"student\": {\"name\": 5, \"grade\": 9, \"created_at\": 1, \"last_active\": 1}}",
            ),
            "not the right kind of value",
        ),
        (
            write(
                "sql.json",
                "{\"format\": \"medpath-student\", \"version\": 1, \"exported_at\": 1, \
                 \"student\": {\"name\": \"Eve\", \"grade\": 9, \"created_at\": 1, \"last_active\": 1}, \
                 \"hidden\": [{\"career\": \"x'); DROP TABLE students;--\", \"hidden_at\": 1}]}",
            ),
            "hidden[0]",
        ),
    ];
    for (p, says) in cases {
        medpath(&a)
            .arg("import")
            .arg(&p)
            .assert()
            .code(3)
            .stderr(predicates::str::contains(says));
    }
    let big = d.path().join("big.json");
    std::fs::write(&big, vec![b' '; 9 * 1024 * 1024]).unwrap();
    medpath(&a)
        .arg("import")
        .arg(&big)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("more than"));
    std::fs::write(&big, [0xff, 0xfe, 0x00]).unwrap();
    medpath(&a)
        .arg("import")
        .arg(&big)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("not text"));
    medpath(&a)
        .arg("import")
        .arg(d.path().join("missing.json"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("could not read"));
    // Nothing changed: still two students, Eve was not added.
    let s = Store::open(&a).unwrap();
    assert_eq!(s.students().unwrap().len(), 2);
}

#[test]
fn the_report_comes_in_markdown_and_html() {
    let (d, a) = setup();
    let out = medpath(&a)
        .args(["report", "--student", "Maya"])
        .assert()
        .success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(md.contains("Maya"));
    assert!(md.contains("Join HOSA"));
    assert!(md.contains("Hospital gift shop"));
    assert!(md.contains("summer"));
    let html = d.path().join("maya.html");
    medpath(&a)
        .args(["report", "--student", "Maya", "--format", "html", "-o"])
        .arg(&html)
        .assert()
        .success();
    let page = read(&html);
    assert!(page.starts_with("<!doctype html>") || page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<svg"), "the hours chart");
    assert!(
        page.contains("&lt;b&gt;summer&lt;/b&gt;"),
        "user text escaped"
    );
    assert!(!page.contains("PRIVATE-NOTE"));
    assert!(!page.contains("<script"));
    medpath(&a)
        .args(["report", "--student", "Maya", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--format md or --format html"));
    medpath(&a)
        .args(["report", "--student", "Nobody"])
        .assert()
        .code(2);
}

#[test]
fn the_roster_needs_the_passphrase_and_comes_as_csv_or_json() {
    let (_d, a) = setup();
    medpath(&a)
        .args(["roster"])
        .write_stdin("not it at all\n")
        .assert()
        .code(3);
    let out = medpath(&a)
        .args(["roster"])
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "name,grade,last_activity,last_check_in,open_goals,overdue_goals,top_matches,flags"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2);
    let maya = rows.iter().find(|r| r.starts_with("Maya,")).unwrap();
    assert!(
        maya.contains(",2,1,"),
        "two open goals, one overdue: {maya}"
    );
    assert!(!maya.contains("No check-in"), "{maya}");
    assert!(maya.contains("1 goal overdue"), "{maya}");
    let leo = rows.iter().find(|r| r.starts_with("Leo,")).unwrap();
    assert!(leo.contains("No check-in yet"), "{leo}");

    let out = medpath(&a)
        .args(["roster", "--format", "json"])
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["student"]["name"], "Leo");
}

#[test]
fn a_name_that_looks_like_a_formula_is_defused_in_the_csv() {
    let (_d, a) = setup();
    {
        let mut s = Store::open(&a).unwrap();
        s.add_student(&NewStudent::parse("=HYPERLINK(\"x\")", "9").unwrap(), 1)
            .unwrap();
    }
    let out = medpath(&a)
        .args(["roster"])
        .write_stdin(format!("{PASS}\n"))
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}
