//! Tests of the synthetic data generator.

use super::*;
use crate::domain::agenda::{RosterSort, sort_roster};
use crate::output::agenda::search_roster;
use crate::output::report::{ReportFormat, render};

const TODAY: &str = "2026-03-02";

fn count(s: &Store, table: &str) -> usize {
    s.conn
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as usize
}

#[test]
fn names_are_unique_far_past_the_plain_combinations() {
    let mut seen = std::collections::HashSet::new();
    for i in 0..150_000 {
        assert!(seen.insert(name_key(&name_for(i))), "{i}: {}", name_for(i));
    }
}

#[test]
fn the_generator_is_deterministic() {
    let mut a = Rng::new(7);
    let mut b = Rng::new(7);
    for _ in 0..100 {
        assert_eq!(a.next_u64(), b.next_u64());
    }
    assert!((0..1000).all(|_| a.range(6, 12) >= 6 && b.range(6, 12) <= 12));
}

#[test]
fn fifty_students_with_histories_make_a_sound_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synth.db");
    let mut s = Store::open(&path).unwrap();
    let vault = s
        .set_up_counselor("quiet heron lantern morning 42", 0)
        .unwrap();
    let c = s.fill_synthetic(50, 42, TODAY, Some(&vault)).unwrap();

    assert_eq!(c.students, 50);
    assert_eq!(count(&s, "students"), 50);
    assert_eq!(count(&s, "assessments"), c.results + c.in_progress);
    assert_eq!(count(&s, "answers"), c.answers);
    assert_eq!(count(&s, "shortlist"), c.shortlist);
    assert_eq!(count(&s, "hidden_matches"), c.hidden);
    assert_eq!(count(&s, "interview_plans"), c.plans);
    assert_eq!(count(&s, "plan_questions"), c.plan_questions);
    assert_eq!(count(&s, "checkins"), c.checkins);
    assert_eq!(count(&s, "goals"), c.goals);
    assert_eq!(count(&s, "course_plan"), c.courses);
    assert_eq!(count(&s, "experiences"), c.experiences);
    assert_eq!(count(&s, "result_top"), c.result_tops);
    // Fifty students give some of everything.
    for (what, n) in [
        ("results", c.results),
        ("shortlist", c.shortlist),
        ("plans", c.plans),
        ("checkins", c.checkins),
        ("sealed notes", c.sealed_notes),
        ("goals", c.goals),
        ("overdue goals", c.overdue_goals),
        ("courses", c.courses),
        ("experiences", c.experiences),
    ] {
        assert!(n > 0, "no {what}: {c:?}");
    }
    assert!(c.results > 50 && c.results < 150, "{c:?}");
    assert!(c.checkins > 100, "a year of check-ins: {c:?}");
    let finished: usize = s
        .conn
        .query_row(
            "SELECT count(*) FROM answers a JOIN assessments s ON s.id = a.assessment_id \
             WHERE s.finished_at IS NOT NULL",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap() as usize;
    let per = s.items().unwrap().len();
    assert_eq!(
        finished,
        per * c.results,
        "an answer to every item in each result"
    );
    let max_q: i64 = s
        .conn
        .query_row(
            "SELECT max(n) FROM (SELECT count(*) n FROM plan_questions GROUP BY plan_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!((8..=12).contains(&max_q));

    let ok: String = s
        .conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let fk: usize = s
        .conn
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |_| Ok(()))
        .unwrap()
        .count();
    assert_eq!(fk, 0);
    let sync: i64 = s
        .conn
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 2, "synchronous=FULL again after the fill");

    let mut rows = s.roster(TODAY).unwrap();
    assert_eq!(rows.len(), 50);
    assert!(rows.iter().any(|r| r.top_matches.len() == 3));
    assert!(rows.iter().any(|r| r.overdue_goals > 0));
    sort_roster(&mut rows, RosterSort::Name);
    assert!(!search_roster(&rows, &rows[0].student.name).is_empty());

    // The student with the most check-ins: a full record, notes opened with the vault.
    let busiest: i64 = s
        .conn
        .query_row(
            "SELECT student_id FROM checkins WHERE notes IS NOT NULL \
             GROUP BY student_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let st = s
        .students()
        .unwrap()
        .into_iter()
        .find(|x| x.id == busiest)
        .unwrap();
    let d = s.dossier(&st, TODAY, Some(&vault)).unwrap();
    assert!(!d.checkins.is_empty());
    assert!(!d.notes.is_empty(), "sealed notes open with the vault");
    let html = render(&d, ReportFormat::Html);
    let first = st.name.split(' ').next().unwrap();
    assert!(html.contains(first), "the report names the student");

    // Filling again adds students with new names.
    let again = s.fill_synthetic(5, 42, TODAY, None).unwrap();
    assert_eq!(again.students, 5);
    assert_eq!(count(&s, "students"), 55);
}
