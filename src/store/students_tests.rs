use super::*;
use crate::domain::assessment::score;
use crate::domain::plan::{Format, ReflectionPart, parse_details};
use crate::domain::record::parse_goal;
use crate::store::NewQuestion;

fn store_with(names: &[&str]) -> Store {
    let mut s = Store::open_in_memory().unwrap();
    for (i, name) in names.iter().enumerate() {
        s.add_student(&NewStudent::parse(name, "9").unwrap(), 1_000 - i as i64)
            .unwrap();
    }
    s
}

fn found(s: &Store, query: &str) -> Vec<String> {
    s.students_matching(query)
        .unwrap()
        .into_iter()
        .map(|st| st.name)
        .collect()
}

#[test]
fn a_filter_folds_case_and_accents_and_matches_word_starts() {
    let s = store_with(&[
        "José",
        "Jose Luis",
        "Joséphine",
        "Ana Haddad",
        "Mary Ana",
        "Diana",
        "ANAÏS",
    ]);
    assert_eq!(found(&s, "jose"), ["José", "Jose Luis", "Joséphine"]);
    assert_eq!(found(&s, "JOSÉ L"), ["Jose Luis"]);
    assert_eq!(found(&s, "ana"), ["Ana Haddad", "Mary Ana", "ANAÏS"]);
    assert_eq!(found(&s, "anai"), ["ANAÏS"]);
    assert_eq!(found(&s, "haddad"), ["Ana Haddad"]);
    // Inside a word is not a match.
    assert!(found(&s, "iana").is_empty());
    assert!(found(&s, "zed").is_empty());
    // An empty filter finds everyone, in the list's order.
    let all: Vec<String> = s
        .students()
        .unwrap()
        .into_iter()
        .map(|st| st.name)
        .collect();
    assert_eq!(found(&s, "  "), all);
}

#[test]
fn a_filter_keeps_the_lists_order_and_what_a_row_shows() {
    let mut s = store_with(&["Ana", "Ana Lee"]);
    let lee = s.student_by_name("ana lee").unwrap().unwrap();
    s.touch_student(lee.id, 5_000).unwrap();
    s.set_pin(lee.id, Some("1234")).unwrap();
    let hits = s.students_matching("ana").unwrap();
    assert_eq!(hits[0].name, "Ana Lee");
    assert!(hits[0].has_pin);
    assert_eq!(hits[0].last_active, 5_000);
    assert_eq!(hits[1].name, "Ana");
}

#[test]
fn progress_counts_what_the_next_step_needs() {
    let mut s = store_with(&["Ana", "Ben"]);
    let ana = s.student_by_name("Ana").unwrap().unwrap().id;
    let ben = s.student_by_name("Ben").unwrap().unwrap().id;
    let today = "2025-11-22";
    let items = s.items().unwrap();
    let p = s.progress(ana, today).unwrap();
    assert_eq!(
        p.items,
        crate::domain::assessment::progress(&items, &Default::default()).1
    );
    assert_eq!(p.answering, None);
    assert_eq!((p.results, p.starred, p.plans), (0, 0, 0));

    // Two answers and a skip in an assessment in progress.
    let run = s.start_run(ana, 10).unwrap();
    assert_eq!(s.progress(ana, today).unwrap().answering, Some(0));
    s.save_answer(run.id, &items[0].id, Some(4), 1, 11).unwrap();
    s.save_answer(run.id, &items[1].id, None, 2, 12).unwrap();
    s.save_answer(run.id, &items[2].id, Some(2), 3, 13).unwrap();
    assert_eq!(s.progress(ana, today).unwrap().answering, Some(2));

    // Finished: a result, nothing in progress.
    let all = items.iter().map(|i| (i.id.clone(), Some(3))).collect();
    s.finish_run(run.id, &score(&items, &all), 20).unwrap();
    let p = s.progress(ana, today).unwrap();
    assert_eq!((p.answering, p.results), (None, 1));

    s.star(ana, "family-physician", 30).unwrap();
    let details =
        |day: &str| parse_details("Dr. Lee", "doctor", None, day, Format::Phone, "a day").unwrap();
    let q = NewQuestion {
        source: None,
        text: "What is a day like?".into(),
        opener: true,
    };
    let past = s
        .create_plan(ana, &details("2025-11-01"), &[q], 40)
        .unwrap();
    s.create_plan(ana, &details("2025-11-22"), &[], 41).unwrap();
    s.create_plan(ana, &details(""), &[], 42).unwrap();
    let p = s.progress(ana, today).unwrap();
    assert_eq!((p.starred, p.plans, p.plans_to_write_up), (1, 3, 1));
    // An answer heard, or a reflection, counts as written up.
    let question = s.plan(ana, past).unwrap().unwrap().questions[0].id;
    s.set_answer(ana, past, question, "Busy!", 50).unwrap();
    assert_eq!(s.progress(ana, today).unwrap().plans_to_write_up, 0);
    s.set_answer(ana, past, question, "", 51).unwrap();
    assert_eq!(s.progress(ana, today).unwrap().plans_to_write_up, 1);
    s.set_reflection(ana, past, ReflectionPart::Surprised, "Long days", 52)
        .unwrap();
    assert_eq!(s.progress(ana, today).unwrap().plans_to_write_up, 0);

    // Goals: only open ones past their date are overdue.
    let late = s
        .add_goal(
            ana,
            None,
            &parse_goal("Ask about HOSA", "2025-11-01").unwrap(),
            60,
        )
        .unwrap();
    s.add_goal(
        ana,
        None,
        &parse_goal("Volunteer", "2025-12-01").unwrap(),
        61,
    )
    .unwrap();
    s.add_goal(ana, None, &parse_goal("Read", "").unwrap(), 62)
        .unwrap();
    assert_eq!(s.progress(ana, today).unwrap().overdue_goals, 1);
    s.set_goal_status(ana, late.id, crate::domain::record::GoalStatus::Done, 63)
        .unwrap();
    assert_eq!(s.progress(ana, today).unwrap().overdue_goals, 0);

    // Another student's rows are not counted.
    let p = s.progress(ben, today).unwrap();
    assert_eq!(
        p,
        Progress {
            items: crate::domain::assessment::progress(&items, &Default::default()).1,
            ..Progress::default()
        }
    );
}
