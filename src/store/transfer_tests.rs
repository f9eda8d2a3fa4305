//! Export and import: round trip, importing twice, private notes.

use super::temp_store;
use crate::domain::NewStudent;
use crate::domain::courses::Course;
use crate::domain::plan::{Format, parse_details};
use crate::domain::record::{
    CourseStatus, ExperienceKind, GoalStatus, parse_experience, parse_goal,
};
use crate::domain::transfer::{ExportFile, ImportReport, NoteOut, parse};
use crate::error::{Error, Result};
use crate::secret::Vault;
use crate::store::{NewQuestion, Store, open_export_notes};

/// A record with something of every kind; returns the counselor vault.
fn fill(s: &mut Store, ana: i64) -> Vault {
    s.set_pin(ana, Some("2468")).unwrap();
    let run = s.start_run(ana, 1_780_000_000).unwrap();
    for item in s.items().unwrap().iter().take(12) {
        s.save_answer(run.id, &item.id, Some(4), 0, 1_780_000_010)
            .unwrap();
    }
    let items = s.items().unwrap();
    let answers = s.open_run(ana).unwrap().unwrap().answers;
    let scored = crate::domain::assessment::score(&items, &answers);
    s.finish_run(run.id, &scored, 1_780_000_100).unwrap();
    s.star(ana, "pediatrician", 1_780_000_200).unwrap();
    s.star(ana, "registered-nurse", 1_780_000_201).unwrap();
    s.set_note(ana, "pediatrician", "Likes kids").unwrap();
    s.set_hidden(ana, "dentist", true, 1_780_000_202).unwrap();
    let d = parse_details(
        "Dr. Kim",
        "",
        Some("pediatrician".into()),
        "2026-12-01",
        Format::Video,
        "Learn",
    )
    .unwrap();
    let q = NewQuestion {
        source: None,
        text: "What is a normal day like?".into(),
        opener: true,
    };
    let plan = s.create_plan(ana, &d, &[q], 1_780_000_300).unwrap();
    let qid = s.plan(ana, plan).unwrap().unwrap().questions[0].id;
    s.set_answer(ana, plan, qid, "Busy but fun", 1_780_000_301)
        .unwrap();
    let vault = s
        .set_up_counselor("quiet heron lantern morning 42", 1_780_000_000)
        .unwrap();
    let ci = s
        .add_checkin(
            ana,
            "2026-11-20",
            "Talked about HOSA.",
            Some((&vault, "PRIVATE: nervous")),
            1_780_000_400,
        )
        .unwrap();
    let g = s
        .add_goal(
            ana,
            Some(ci),
            &parse_goal("Join HOSA", "2026-12-15").unwrap(),
            1_780_000_401,
        )
        .unwrap();
    s.add_goal(
        ana,
        None,
        &parse_goal("Email Dr. Kim", "").unwrap(),
        1_780_000_402,
    )
    .unwrap();
    s.set_goal_status(ana, g.id, GoalStatus::Done, 1_780_000_500)
        .unwrap();
    s.set_course(ana, Course::Biology, 9, CourseStatus::Done, 1_780_000_600)
        .unwrap();
    s.set_course(
        ana,
        Course::Chemistry,
        10,
        CourseStatus::Planned,
        1_780_000_600,
    )
    .unwrap();
    let e = parse_experience(
        ExperienceKind::Certification,
        "CPR",
        "2026-09-12",
        "",
        "4",
        "Easy",
    )
    .unwrap();
    s.add_experience(ana, &e, 1_780_000_700).unwrap();
    vault
}

/// Imports `f` where it belongs, as the counselor (`counselor`) or not.
fn import(
    b: &mut Store,
    f: &ExportFile,
    counselor: bool,
    notes: Option<(&Vault, &[NoteOut])>,
) -> Result<ImportReport> {
    let target = b.import_target(&f.student)?.expect("a matching profile");
    b.import_student(f, target, counselor, notes)
}

/// An export as JSON and back, with the parts that differ between databases blanked.
fn comparable(mut f: ExportFile) -> ExportFile {
    f.exported_at = 0;
    f.counselor_notes = None;
    f
}

#[test]
fn export_then_import_gives_the_same_record_and_importing_twice_adds_nothing() {
    let (_d, _p, mut a, ana) = temp_store();
    fill(&mut a, ana);
    let st = a.student_by_name("Ana").unwrap().unwrap();
    let file = a.export_student(&st, None, 1_790_000_000).unwrap();
    let json = serde_json::to_string_pretty(&file).unwrap();
    assert!(!json.contains("PRIVATE"), "notes stay out unless included");
    assert!(json.contains("$argon2id$"), "the PIN travels as its hash");

    let (_d2, _p2, mut b, _other_ana) = {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("b.db");
        let s = Store::open(&p).unwrap();
        (dir, p, s, 0)
    };
    b.add_student(&NewStudent::parse("Ben", "10").unwrap(), 1)
        .unwrap();
    let parsed = parse(&json).unwrap();
    let rep = import(&mut b, &parsed, true, None).unwrap();
    assert!(rep.created);
    assert_eq!(
        (rep.assessments, rep.plans, rep.checkins, rep.goals),
        (1, 1, 1, 2)
    );
    assert_eq!(
        (rep.shortlist, rep.courses, rep.experiences, rep.notes),
        (2, 2, 1, 0)
    );

    let ana_b = b.student_by_name("ana").unwrap().unwrap();
    assert!(ana_b.has_pin);
    b.check_pin(ana_b.id, "2468", 1_790_000_000).unwrap();
    let again = b.export_student(&ana_b, None, 1_790_000_000).unwrap();
    assert_eq!(comparable(again.clone()), comparable(file.clone()));
    // The result was scored again here and gives the same matches.
    let ra = a.results(ana, 1).unwrap().pop().unwrap();
    let rb = b.results(ana_b.id, 1).unwrap().pop().unwrap();
    assert_eq!(ra.scored, rb.scored);

    let rep2 = import(&mut b, &parsed, true, None).unwrap();
    assert!(!rep2.created);
    assert_eq!(rep2.added(), 0, "{rep2:?}");
    assert!(rep2.skipped > 0);
    assert_eq!(
        comparable(b.export_student(&ana_b, None, 1).unwrap()),
        comparable(again)
    );
    assert_eq!(b.students().unwrap().len(), 2);
    assert_eq!(
        b.student_count().unwrap(),
        2,
        "the kept count includes imports"
    );
}

#[test]
fn private_notes_travel_only_when_included_and_need_the_passphrase() {
    let (_d, p, mut a, ana) = temp_store();
    let vault = fill(&mut a, ana);
    let st = a.student_by_name("Ana").unwrap().unwrap();
    let file = a
        .export_student(
            &st,
            Some((&vault, "quiet heron lantern morning 42")),
            1_790_000_000,
        )
        .unwrap();
    let json = serde_json::to_string(&file).unwrap();
    assert!(
        !json.contains("PRIVATE"),
        "notes are sealed in the file too"
    );
    let parsed = parse(&json).unwrap();
    let sealed = parsed.counselor_notes.as_ref().unwrap();
    assert!(matches!(
        open_export_notes("wrong passphrase", sealed, parsed.checkins.len()),
        Err(Error::Record(_))
    ));
    let notes = open_export_notes(
        "quiet heron lantern morning 42",
        sealed,
        parsed.checkins.len(),
    )
    .unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "PRIVATE: nervous");

    // Another computer: first without notes, then with them; nothing doubles.
    let dir = tempfile::tempdir().unwrap();
    let mut b = Store::open(&dir.path().join("b.db")).unwrap();
    let vb = b
        .set_up_counselor("quiet heron lantern morning 42", 1)
        .unwrap();
    import(&mut b, &parsed, true, None).unwrap();
    let sid = b.student_by_name("Ana").unwrap().unwrap().id;
    let ci = b.checkins(sid).unwrap()[0].id;
    assert_eq!(b.checkin_notes(&vb, sid, ci).unwrap(), None);
    let rep = import(&mut b, &parsed, true, Some((&vb, &notes))).unwrap();
    assert_eq!(rep.notes, 1);
    assert_eq!(rep.added(), 1);
    assert_eq!(b.checkins(sid).unwrap().len(), 1);
    assert_eq!(
        b.checkin_notes(&vb, sid, ci).unwrap().as_deref(),
        Some("PRIVATE: nervous")
    );
    drop(a);
    let _ = p;
}
