//! `medpath interview list|sheet` through the real binary: JSON parsed, each sheet format,
//! writing to a file, and the mistakes a person can make.

mod common;

use common::medpath;
use medpath::domain::NewStudent;
use medpath::domain::plan::{Format, parse_details};
use medpath::store::{NewQuestion, ReflectionPart, Store};
use serde_json::Value;

/// A database with Maya and one plan with Dr. Lee (three questions); returns the plan id.
fn setup(answered: bool) -> (tempfile::TempDir, std::path::PathBuf, i64) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("medpath.db");
    let mut s = Store::open(&p).unwrap();
    let maya = s
        .add_student(&NewStudent::parse("Maya", "9").unwrap(), 100)
        .unwrap();
    let details = parse_details(
        "Dr. Lee",
        "family doctor",
        Some("family-physician".into()),
        "2026-12-03",
        Format::Shadowing,
        "what a normal day is like",
    )
    .unwrap();
    let qs = s.suggestions(&maya, &details).unwrap();
    let mut qs: Vec<NewQuestion> = qs.into_iter().take(2).collect();
    qs.push(NewQuestion {
        source: None,
        text: "Can I see <the> tools & *things* you use?".into(),
        opener: false,
    });
    let id = s.create_plan(maya.id, &details, &qs, 200).unwrap();
    if answered {
        let plan = s.plan(maya.id, id).unwrap().unwrap();
        let q = plan.questions[2].id;
        s.set_answer(maya.id, id, q, "A stethoscope & a laptop <b>", 300)
            .unwrap();
        s.set_reflection(maya.id, id, ReflectionPart::Surprised, "The paperwork", 301)
            .unwrap();
    }
    (d, p, id)
}

fn run(db: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = medpath(db).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn list_shows_plans_as_json_and_text() {
    let (_d, p, id) = setup(true);
    let (code, out, _) = run(&p, &["interview", "list", "--student", "Maya", "--json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["student"], "Maya");
    assert_eq!(v["count"], 1);
    let plan = &v["plans"][0];
    assert_eq!(plan["id"], id);
    assert_eq!(plan["details"]["person"], "Dr. Lee");
    assert_eq!(plan["details"]["format"], "shadowing");
    assert_eq!(plan["details"]["date"], "2026-12-03");
    assert_eq!(plan["career_title"], "Family physician");
    assert_eq!(plan["questions"], 3);
    assert_eq!(plan["answered"], 1);
    assert_eq!(plan["reflected"], true);
    let (code, out, _) = run(&p, &["interview", "list", "--student", "Maya"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Dr. Lee") && out.contains("Shadowing day"),
        "{out}"
    );
}

#[test]
fn the_sheet_before_has_room_for_notes_in_every_format() {
    let (_d, p, _) = setup(false);
    for format in ["md", "txt", "html"] {
        let (code, out, err) = run(
            &p,
            &[
                "interview",
                "sheet",
                "--student",
                "Maya",
                "--format",
                format,
            ],
        );
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("Dr. Lee"), "{format}: {out}");
        assert!(out.contains("Family physician"), "{format}");
        // The privacy rules and the request come with the question sheet.
        assert!(out.contains("No photos"), "{format}: {out}");
        assert!(out.contains("Dear Dr. Lee"), "{format}");
        match format {
            "md" => assert!(
                out.contains(r"Can I see \<the\> tools \& \*things\* you use?"),
                "{out}"
            ),
            "txt" => {
                assert!(out.contains("Can I see <the> tools & *things* you use?"));
                assert!(out.lines().all(|l| l.chars().count() <= 78), "{out}");
            }
            _ => {
                assert!(out.starts_with("<!DOCTYPE html>"));
                assert!(out.contains("Can I see &lt;the&gt; tools &amp; *things* you use?"));
                assert!(out.contains("@page"));
            }
        }
    }
}

#[test]
fn the_sheet_after_is_the_full_record_written_to_a_file() {
    let (d, p, id) = setup(true);
    let file = d.path().join("sheet.html");
    let id = id.to_string();
    let (code, out, err) = run(
        &p,
        &[
            "interview",
            "sheet",
            "--student",
            "Maya",
            "--plan",
            &id,
            "--format",
            "html",
            "-o",
        ],
    )
    .clone();
    // -o needs a file name.
    assert_eq!(code, 2, "{out}{err}");
    let (code, out, err) = run(
        &p,
        &[
            "interview",
            "sheet",
            "--student",
            "Maya",
            "--plan",
            &id,
            "--format",
            "html",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("sheet.html"), "{err}");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(
        html.contains("A stethoscope &amp; a laptop &lt;b&gt;"),
        "{html}"
    );
    assert!(html.contains("The paperwork"));
    assert!(html.contains("Thank you for letting me shadow you"));
    assert!(
        !html.contains("No photos"),
        "the record leaves out the checklist"
    );
    let (code, md, _) = run(&p, &["interview", "sheet", "--student", "Maya"]);
    assert_eq!(code, 0);
    assert!(md.contains("The paperwork") && md.starts_with('#'), "{md}");
}

#[test]
fn mistakes_say_what_to_do() {
    let (d, p, id) = setup(false);
    let (code, _, err) = run(
        &p,
        &["interview", "sheet", "--student", "Maya", "--format", "pdf"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("\"pdf\" is not a sheet format. Use md, txt or html."),
        "{err}"
    );
    let other = (id + 99).to_string();
    let (code, _, err) = run(
        &p,
        &["interview", "sheet", "--student", "Maya", "--plan", &other],
    );
    assert_eq!(code, 2);
    assert!(err.contains("interview list"), "{err}");
    let (code, _, err) = run(&p, &["interview", "sheet", "--student", "Nobody"]);
    assert_eq!(code, 2);
    assert!(err.contains("students list"), "{err}");
    medpath(&p)
        .args(["students", "add", "Zoë", "--grade", "7"])
        .assert()
        .success();
    let (code, _, err) = run(&p, &["interview", "sheet", "--student", "Zoë"]);
    assert_eq!(code, 2);
    assert!(err.contains("no interview plans yet"), "{err}");
    // Maya's plan is not Zoë's.
    let (code, _, _) = run(
        &p,
        &[
            "interview",
            "sheet",
            "--student",
            "Zoë",
            "--plan",
            &id.to_string(),
        ],
    );
    assert_eq!(code, 2);
    // A folder that does not exist: a clear message and no file.
    let bad = d.path().join("no/such/dir/sheet.md");
    let (code, _, err) = run(
        &p,
        &[
            "interview",
            "sheet",
            "--student",
            "Maya",
            "-o",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("check the folder exists"), "{err}");
    assert!(!bad.exists());
}
