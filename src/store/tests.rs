//! Store tests on temporary files and in-memory databases.

use super::*;
use crate::domain::NewStudent;
use crate::domain::StudentError;
use crate::refdata;

/// A file database (in a temporary folder) with Ana, grade 9: the folder, the path, the
/// store and her id.
pub(crate) fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("medpath.db");
    let mut s = Store::open(&p).unwrap();
    let st = s
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), 100)
        .unwrap();
    (dir, p, s, st.id)
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub").join("medpath.db");
    (dir, p)
}

fn ana() -> NewStudent {
    NewStudent::parse("Ana", "9").unwrap()
}

#[test]
fn creates_a_new_file_with_schema_and_catalog() {
    let (_d, p) = temp();
    let s = Store::open(&p).unwrap();
    assert_eq!(s.schema_version().unwrap(), migrations::latest_version());
    assert_eq!(
        s.reference_version().unwrap().as_deref(),
        Some(refdata::content_version().as_str())
    );
    assert!(!s.careers().unwrap().is_empty());
    let mode: String = s
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = s
        .conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[cfg(unix)]
#[test]
fn new_files_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_d, p) = temp();
    let mut s = Store::open(&p).unwrap();
    s.add_student(&ana(), 1).unwrap();
    let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir_mode = std::fs::metadata(p.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir_mode, 0o700);
    let wal = p.with_file_name("medpath.db-wal");
    if wal.exists() {
        let m = std::fs::metadata(&wal).unwrap().permissions().mode() & 0o777;
        assert_eq!(m, 0o600, "the -wal file follows the database's mode");
    }
}

#[test]
fn reopening_keeps_students() {
    let (_d, p) = temp();
    {
        let mut s = Store::open(&p).unwrap();
        s.add_student(&ana(), 100).unwrap();
    }
    let s = Store::open(&p).unwrap();
    let all = s.students().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].name, "Ana");
    assert_eq!(all[0].grade, 9);
}

#[test]
fn garbage_file_is_refused_and_left_untouched() {
    let (_d, p) = temp();
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let garbage: Vec<u8> = (0..10_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(&p, &garbage).unwrap();
    let err = Store::open(&p).unwrap_err();
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    assert_eq!(err.exit_code(), crate::error::exit::DATABASE);
    assert!(err.to_string().contains("has not changed it"));
    assert_eq!(std::fs::read(&p).unwrap(), garbage);
    assert!(!p.with_file_name("medpath.db-wal").exists());
}

#[test]
fn zero_filled_and_text_files_are_refused() {
    let (_d, p) = temp();
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    for bytes in [vec![0u8; 8192], b"hello, this is a text file\n".repeat(50)] {
        std::fs::write(&p, &bytes).unwrap();
        let err = Store::open(&p).unwrap_err();
        assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
        assert_eq!(std::fs::read(&p).unwrap(), bytes);
    }
}

#[test]
fn newer_database_is_refused_clearly() {
    let (_d, p) = temp();
    drop(Store::open(&p).unwrap());
    {
        let c = Connection::open(&p).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&p).unwrap();
    let err = Store::open(&p).unwrap_err();
    match &err {
        Error::NewerDatabase {
            found, supported, ..
        } => {
            assert_eq!(*found, 99);
            assert_eq!(*supported, migrations::latest_version());
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("newer version of medpath"));
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

#[test]
fn another_programs_database_is_refused() {
    let (_d, p) = temp();
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    {
        let c = Connection::open(&p).unwrap();
        c.execute("CREATE TABLE recipes (name TEXT)", []).unwrap();
    }
    let err = Store::open(&p).unwrap_err();
    assert!(matches!(err, Error::NotMedpath { .. }), "{err:?}");
    assert_eq!(err.exit_code(), crate::error::exit::DATABASE);
}

#[test]
fn reference_reload_is_idempotent_and_leaves_students_alone() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_student(&ana(), 5).unwrap();
    let data = refdata::embedded().unwrap();
    let before = s.careers().unwrap();
    s.load_reference(&data, "other-version").unwrap();
    s.load_reference(&data, "other-version").unwrap();
    assert_eq!(s.careers().unwrap(), before);
    assert_eq!(
        s.reference_version().unwrap().as_deref(),
        Some("other-version")
    );
    assert_eq!(s.students().unwrap().len(), 1);
    // A changed version is noticed and reloaded on the next open path.
    s.ensure_reference().unwrap();
    assert_eq!(
        s.reference_version().unwrap().as_deref(),
        Some(refdata::content_version().as_str())
    );
    assert_eq!(s.students().unwrap().len(), 1);
}

#[test]
fn reference_load_is_all_or_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let before = s.careers().unwrap();
    let mut data = refdata::embedded().unwrap();
    // Two careers with one id: the insert fails part-way, and nothing may change.
    let dup = data.careers[0].clone();
    data.careers.push(dup);
    assert!(s.load_reference(&data, "broken").is_err());
    assert_eq!(s.careers().unwrap(), before);
    assert_eq!(
        s.reference_version().unwrap().as_deref(),
        Some(refdata::content_version().as_str())
    );
}

#[test]
fn careers_round_trip_in_full() {
    let s = Store::open_in_memory().unwrap();
    let data = refdata::embedded().unwrap();
    for c in &data.careers {
        let got = s.career(c.id()).unwrap().unwrap();
        assert_eq!(&got, c);
    }
    assert!(s.career("no-such-career").unwrap().is_none());
    let list = s.careers().unwrap();
    assert_eq!(list.len(), data.careers.len());
}

#[test]
fn student_names_are_unique_ignoring_case() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_student(&ana(), 1).unwrap();
    let err = s
        .add_student(&NewStudent::parse(" ANA ", "10").unwrap(), 2)
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Student(StudentError::DuplicateName(_))
    ));
    assert_eq!(s.students().unwrap().len(), 1);
    assert!(s.student_by_name("ana").unwrap().is_some());
}

#[test]
fn students_are_listed_most_recent_first_with_any_script() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.add_student(&ana(), 1).unwrap();
    s.add_student(&NewStudent::parse("مريم", "11").unwrap(), 2)
        .unwrap();
    s.add_student(&NewStudent::parse("Zoë 🩺", "7").unwrap(), 3)
        .unwrap();
    s.touch_student(a.id, 10).unwrap();
    let names: Vec<_> = s.students().unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, vec!["Ana", "Zoë 🩺", "مريم"]);
}

#[test]
fn students_are_read_in_windows_that_agree_with_the_whole_list() {
    let mut s = Store::open_in_memory().unwrap();
    // Ties on last_active are ordered by name, whatever order they were added in.
    for (i, name) in ["Eve", "bo", "Al", "Dee", "cy", "Fay", "Gus"]
        .iter()
        .enumerate()
    {
        let st = s
            .add_student(&NewStudent::parse(name, "9").unwrap(), 1)
            .unwrap();
        s.touch_student(st.id, [5, 7, 5, 9, 7, 5, 1][i]).unwrap();
    }
    let all = s.students().unwrap();
    let names: Vec<_> = all.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Dee", "bo", "cy", "Al", "Eve", "Fay", "Gus"]);
    assert_eq!(s.student_count().unwrap(), 7);
    for offset in 0..=8 {
        for limit in 0..=8 {
            let page = s.students_page(offset, limit).unwrap();
            let want: Vec<_> = all.iter().skip(offset).take(limit).cloned().collect();
            assert_eq!(page, want, "offset {offset} limit {limit}");
        }
    }
    for (i, st) in all.iter().enumerate() {
        assert_eq!(s.student_position(st.id).unwrap(), Some(i));
        assert_eq!(s.student_by_id(st.id).unwrap().as_ref(), Some(st));
    }
    assert_eq!(s.student_position(999).unwrap(), None);
    // The kept count follows deletions (and what an import adds, in transfer_tests).
    s.delete_student(all[2].id).unwrap();
    assert_eq!(s.student_count().unwrap(), 6);
    let counted: i64 = s
        .conn
        .query_row("SELECT count(*) FROM students", [], |r| r.get(0))
        .unwrap();
    assert_eq!(counted, 6);
    s.conn.execute("DELETE FROM tallies", []).unwrap();
    assert_eq!(
        s.student_count().unwrap(),
        6,
        "counted when the tally is missing"
    );
    assert_eq!(s.student_by_id(999).unwrap(), None);
    assert!(s.students_page(usize::MAX, usize::MAX).unwrap().is_empty());
    // The window is read from the index, not by sorting every profile.
    let plan: Vec<String> = s
        .conn
        .prepare(
            "EXPLAIN QUERY PLAN SELECT id, name, grade, created_at, last_active, \
             pin_hash IS NOT NULL FROM students \
             ORDER BY last_active DESC, name_key LIMIT 10 OFFSET 5",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        plan.iter()
            .any(|p| p.contains("COVERING INDEX students_by_activity")),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
}

#[test]
fn a_second_writer_waits_instead_of_failing() {
    let (_d, p) = temp();
    let mut a = Store::open(&p).unwrap();
    let mut b = Store::open(&p).unwrap();
    let t = std::thread::spawn(move || {
        for i in 0..20 {
            let n = NewStudent::parse(&format!("A{i}"), "9").unwrap();
            a.add_student(&n, i).unwrap();
        }
    });
    for i in 0..20 {
        let n = NewStudent::parse(&format!("B{i}"), "9").unwrap();
        b.add_student(&n, i).unwrap();
    }
    t.join().unwrap();
    assert_eq!(b.students().unwrap().len(), 40);
}

fn order(s: &Store, student: i64) -> Vec<String> {
    s.shortlist(student)
        .unwrap()
        .into_iter()
        .map(|e| e.career_id)
        .collect()
}

#[test]
fn shortlist_star_note_reorder_unstar() {
    use crate::domain::shortlist::Move;
    let (_d, p) = temp();
    let mut s = Store::open(&p).unwrap();
    let st = s.add_student(&ana(), 1).unwrap();
    let ids: Vec<String> = s
        .careers()
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .take(3)
        .collect();
    for id in &ids {
        assert!(s.star(st.id, id, 5).unwrap());
    }
    // Starring twice changes nothing.
    assert!(!s.star(st.id, &ids[0], 6).unwrap());
    assert_eq!(order(&s, st.id), ids);

    assert_eq!(
        s.set_note(st.id, &ids[1], "  ask about nights \n").unwrap(),
        "ask about nights"
    );
    assert!(s.move_shortlisted(st.id, &ids[1], Move::Up).unwrap());
    assert_eq!(
        order(&s, st.id),
        [ids[1].clone(), ids[0].clone(), ids[2].clone()]
    );
    // Already at the top: stays.
    assert!(!s.move_shortlisted(st.id, &ids[1], Move::Up).unwrap());
    assert!(s.move_shortlisted(st.id, &ids[0], Move::Down).unwrap());
    assert_eq!(
        order(&s, st.id),
        [ids[1].clone(), ids[2].clone(), ids[0].clone()]
    );

    assert!(s.unstar(st.id, &ids[2]).unwrap());
    assert!(!s.unstar(st.id, &ids[2]).unwrap());
    let list = s.shortlist(st.id).unwrap();
    assert_eq!(list.iter().map(|e| e.position).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(list[0].note, "ask about nights");

    // Survives closing and reopening the file.
    drop(s);
    let s = Store::open(&p).unwrap();
    assert_eq!(order(&s, st.id), [ids[1].clone(), ids[0].clone()]);
}

#[test]
fn shortlist_refuses_bad_input_without_changing_anything() {
    let (_d, p) = temp();
    let mut s = Store::open(&p).unwrap();
    let st = s.add_student(&ana(), 1).unwrap();
    let other = s
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), 1)
        .unwrap();
    let id = s.careers().unwrap()[0].id.clone();
    assert!(matches!(
        s.star(st.id, "no-such-career", 1),
        Err(Error::NoSuchCareer(_))
    ));
    s.star(st.id, &id, 1).unwrap();
    s.set_note(st.id, &id, "keep me").unwrap();
    let long = "x".repeat(crate::domain::shortlist::MAX_NOTE_CHARS + 1);
    let e = s.set_note(st.id, &id, &long).unwrap_err();
    assert_eq!(e.exit_code(), crate::error::exit::BAD_INPUT);
    assert_eq!(s.shortlist(st.id).unwrap()[0].note, "keep me");
    // Notes on a career that is not starred are refused; shortlists are per student.
    assert!(matches!(
        s.set_note(other.id, &id, "x"),
        Err(Error::NotOnShortlist(_))
    ));
    assert!(s.shortlist(other.id).unwrap().is_empty());
    assert!(matches!(
        s.move_shortlisted(other.id, &id, crate::domain::shortlist::Move::Up),
        Err(Error::NotOnShortlist(_))
    ));
}

#[test]
fn deleting_a_student_leaves_no_readable_trace_in_the_files() {
    use crate::domain::plan::{Format, parse_details};
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("medpath.db");
    let mut s = Store::open(&p).unwrap();
    let ana = s
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), 1)
        .unwrap();
    let gone = s
        .add_student(&NewStudent::parse("Quentin Zebrafish", "10").unwrap(), 2)
        .unwrap();
    s.star(ana.id, "pediatrician", 3).unwrap();
    s.set_note(ana.id, "pediatrician", "ANA-KEEPS-THIS")
        .unwrap();
    s.star(gone.id, "family-physician", 3).unwrap();
    s.set_note(gone.id, "family-physician", "QZ-SECRET-NOTE")
        .unwrap();
    s.set_hidden(gone.id, "dentist", true, 4).unwrap();
    let run = s.start_run(gone.id, 5).unwrap();
    s.save_answer(run.id, "r-repair-hospital-machine", Some(5), 1, 6)
        .unwrap();
    let d = parse_details(
        "Dr. Xylophonica",
        "QZ-ROLE-MARKER",
        None,
        "",
        Format::Phone,
        "QZ-GOAL-MARKER",
    )
    .unwrap();
    let q = crate::store::NewQuestion {
        source: None,
        text: "QZ-QUESTION-MARKER?".into(),
        opener: false,
    };
    let plan = s.create_plan(gone.id, &d, &[q], 7).unwrap();
    let qid = s.plan(gone.id, plan).unwrap().unwrap().questions[0].id;
    s.set_answer(gone.id, plan, qid, "QZ-ANSWER-MARKER", 8)
        .unwrap();
    let ci = s
        .add_checkin(gone.id, "2026-11-20", "QZ-SUMMARY-MARKER", None, 9)
        .unwrap();
    let g = crate::domain::record::parse_goal("QZ-GOALTEXT-MARKER", "2026-12-01").unwrap();
    s.add_goal(gone.id, Some(ci), &g, 9).unwrap();
    let e = crate::domain::record::parse_experience(
        crate::domain::record::ExperienceKind::Club,
        "QZ-EXPERIENCE-MARKER",
        "",
        "",
        "3",
        "QZ-REFLECTION-MARKER",
    )
    .unwrap();
    s.add_experience(gone.id, &e, 9).unwrap();
    s.set_pin(gone.id, Some("4321")).unwrap();
    // Rename first, so the old name was written twice.
    let renamed = s.rename_student(gone.id, "Quentin Zebrafish Two").unwrap();
    assert_eq!(renamed.name, "Quentin Zebrafish Two");
    assert!(s.delete_student(gone.id).unwrap());
    assert!(!s.delete_student(gone.id).unwrap());
    assert!(
        s.student_by_name("Quentin Zebrafish Two")
            .unwrap()
            .is_none()
    );
    assert_eq!(s.shortlist(ana.id).unwrap()[0].note, "ANA-KEEPS-THIS");
    drop(s);

    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let f = dir.path().join(format!("medpath.db{suffix}"));
        if let Ok(b) = std::fs::read(&f) {
            bytes.extend(b);
        }
    }
    let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(has("ANA-KEEPS-THIS"), "the scan reads the files");
    for marker in [
        "Zebrafish",
        "QZ-SECRET-NOTE",
        "Xylophonica",
        "QZ-ROLE-MARKER",
        "QZ-GOAL-MARKER",
        "QZ-QUESTION-MARKER",
        "QZ-ANSWER-MARKER",
        "QZ-SUMMARY-MARKER",
        "QZ-GOALTEXT-MARKER",
        "QZ-EXPERIENCE-MARKER",
        "QZ-REFLECTION-MARKER",
        "$argon2id$",
    ] {
        assert!(!has(marker), "{marker} is still in the database files");
    }
}

#[test]
fn renaming_checks_the_name_like_a_new_profile() {
    let mut s = Store::open_in_memory().unwrap();
    let ana = s
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), 1)
        .unwrap();
    s.add_student(&NewStudent::parse("Ben", "9").unwrap(), 1)
        .unwrap();
    assert!(matches!(
        s.rename_student(ana.id, "ben"),
        Err(Error::Student(StudentError::DuplicateName(_)))
    ));
    assert!(matches!(
        s.rename_student(ana.id, "  "),
        Err(Error::Student(StudentError::EmptyName))
    ));
    // Changing only the case of her own name is fine.
    assert_eq!(s.rename_student(ana.id, "ANA").unwrap().name, "ANA");
    assert_eq!(s.students().unwrap().len(), 2);
    assert!(s.rename_student(999, "Zed").is_err());
}

#[path = "record_tests.rs"]
mod record_tests;

#[path = "transfer_tests.rs"]
mod transfer_tests;

#[path = "roster_tests.rs"]
mod roster_tests;
