use super::*;
use crate::domain::NewStudent;
use crate::domain::plan::parse_details;

use crate::store::tests::temp_store;

fn family() -> Details {
    parse_details(
        "Dr. Lee",
        "family doctor",
        Some("family-physician".into()),
        "2026-12-03",
        Format::InPerson,
        "what a normal day is like",
    )
    .unwrap()
}

fn nq(text: &str) -> NewQuestion {
    NewQuestion {
        source: None,
        text: text.into(),
        opener: false,
    }
}

fn texts(p: &Plan) -> Vec<&str> {
    p.questions.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn a_plan_and_its_changes_survive_closing_the_file() {
    let (_d, path, mut s, ana) = temp_store();
    let id = s
        .create_plan(ana, &family(), &[nq("A?"), nq("B?"), nq("C?")], 200)
        .unwrap();
    let p = s.plan(ana, id).unwrap().unwrap();
    assert_eq!(texts(&p), ["A?", "B?", "C?"]);
    let (a, b, c) = (p.questions[0].id, p.questions[1].id, p.questions[2].id);
    // Reorder, edit, add, remove, answer, jot, tick.
    assert!(s.move_question(ana, id, c, Move::Up, 201).unwrap());
    assert!(!s.move_question(ana, id, a, Move::Up, 201).unwrap());
    s.edit_question(ana, id, b, "  B, in my words? ", 202)
        .unwrap();
    let mine = s.add_question(ana, id, &nq("Mine?"), 1, 203).unwrap();
    assert!(s.remove_question(ana, id, a, 204).unwrap());
    s.set_answer(ana, id, c, "Long days,\nbut worth it", 205)
        .unwrap();
    s.set_followups(ana, id, mine, "ask about nights", 206)
        .unwrap();
    s.set_checked(ana, id, "privacy", true, 207).unwrap();
    s.set_checked(ana, id, "ask", true, 207).unwrap();
    s.set_checked(ana, id, "ask", false, 207).unwrap();
    s.set_reflection(
        ana,
        id,
        ReflectionPart::Surprised,
        "How much they talk",
        208,
    )
    .unwrap();
    drop(s);

    let s = Store::open(&path).unwrap();
    let p = s.plan(ana, id).unwrap().unwrap();
    assert_eq!(texts(&p), ["Mine?", "C?", "B, in my words?"]);
    assert_eq!(p.questions[1].answer, "Long days, but worth it");
    assert_eq!(p.questions[0].followups, "ask about nights");
    assert_eq!(p.checklist, ["privacy"]);
    assert_eq!(p.reflection.surprised, "How much they talk");
    assert_eq!(p.updated_at, 208);
    assert!(p.has_record());
    let list = s.plans(ana).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].questions, list[0].answered), (3, 1));
    assert!(list[0].reflected);
}

#[test]
fn bad_input_is_refused_and_nothing_changes() {
    let (_d, _p, mut s, ana) = temp_store();
    let id = s.create_plan(ana, &family(), &[nq("A?")], 200).unwrap();
    let q = s.plan(ana, id).unwrap().unwrap().questions[0].id;
    assert!(matches!(
        s.edit_question(ana, id, q, "   ", 201),
        Err(Error::Plan(PlanError::EmptyQuestion))
    ));
    let long = "x".repeat(MAX_LONG_CHARS + 1);
    assert!(s.set_answer(ana, id, q, &long, 201).is_err());
    assert!(s.add_question(ana, id, &nq(""), 0, 201).is_err());
    let p = s.plan(ana, id).unwrap().unwrap();
    assert_eq!(texts(&p), ["A?"]);
    assert_eq!(p.updated_at, 200);
    // A career that is not in the catalog.
    let mut d = family();
    d.career_id = Some("astronaut".into());
    assert!(s.create_plan(ana, &d, &[], 200).is_err());
    assert_eq!(s.plans(ana).unwrap().len(), 1);
    // Too many questions.
    for i in 1..MAX_QUESTIONS {
        s.add_question(ana, id, &nq(&format!("Q{i}?")), 99, 202)
            .unwrap();
    }
    assert!(matches!(
        s.add_question(ana, id, &nq("One more?"), 99, 203),
        Err(Error::Plan(PlanError::TooManyQuestions))
    ));
}

#[test]
fn another_student_cannot_see_or_change_a_plan() {
    let (_d, _p, mut s, ana) = temp_store();
    let ben = s
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), 100)
        .unwrap()
        .id;
    let id = s.create_plan(ana, &family(), &[nq("A?")], 200).unwrap();
    let q = s.plan(ana, id).unwrap().unwrap().questions[0].id;
    assert!(s.plan(ben, id).unwrap().is_none());
    assert!(s.plans(ben).unwrap().is_empty());
    assert!(s.set_answer(ben, id, q, "mine now", 201).is_err());
    assert!(
        s.set_interest(ben, id, Interest::new(2).unwrap(), 201)
            .is_err()
    );
    assert!(!s.delete_plan(ben, id).unwrap());
    assert!(s.delete_plan(ana, id).unwrap());
    assert!(s.plan(ana, id).unwrap().is_none());
}

#[test]
fn the_interest_rating_moves_the_career_on_the_shortlist_once() {
    let (_d, _p, mut s, ana) = temp_store();
    for c in ["pediatrician", "nurse-practitioner", "family-physician"] {
        s.star(ana, c, 150).unwrap();
    }
    s.set_note(ana, "family-physician", "my aunt's job")
        .unwrap();
    let id = s.create_plan(ana, &family(), &[nq("A?")], 200).unwrap();
    let order = |s: &Store| -> Vec<String> {
        s.shortlist(ana)
            .unwrap()
            .into_iter()
            .map(|e| e.career_id)
            .collect()
    };
    let much_more = Interest::new(2).unwrap();
    let mv = s.set_interest(ana, id, much_more, 201).unwrap();
    assert_eq!(
        mv,
        Some(ShortlistMove {
            from: Some(3),
            to: Some(1)
        })
    );
    assert_eq!(order(&s)[0], "family-physician");
    // The note is kept; saving the same rating again moves nothing.
    assert_eq!(s.shortlist(ana).unwrap()[0].note, "my aunt's job");
    s.move_shortlisted(ana, "family-physician", Move::Down)
        .unwrap();
    assert_eq!(s.set_interest(ana, id, much_more, 202).unwrap(), None);
    assert_eq!(order(&s)[1], "family-physician");
    // A different rating applies.
    let much_less = Interest::new(-2).unwrap();
    let mv = s.set_interest(ana, id, much_less, 203).unwrap();
    assert_eq!(
        mv,
        Some(ShortlistMove {
            from: Some(2),
            to: Some(3)
        })
    );
    let p = s.plan(ana, id).unwrap().unwrap();
    assert_eq!(p.reflection.interest, Some(much_less));
    assert_eq!(p.applied_interest, Some(much_less));
    // Changing the answer again corrects the move: "a bit more" is one place above where
    // it stood before the interview (third), not above where "much less" put it.
    let mv = s
        .set_interest(ana, id, Interest::new(1).unwrap(), 204)
        .unwrap();
    assert_eq!(
        mv,
        Some(ShortlistMove {
            from: Some(3),
            to: Some(2)
        })
    );
    assert_eq!(order(&s)[1], "family-physician");
    let mv = s
        .set_interest(ana, id, Interest::new(0).unwrap(), 205)
        .unwrap();
    assert_eq!(
        mv,
        Some(ShortlistMove {
            from: Some(2),
            to: Some(3)
        })
    );
}

#[test]
fn changing_the_format_drops_ticks_it_does_not_have_and_a_new_career_starts_afresh() {
    let (_d, _p, mut s, ana) = temp_store();
    s.star(ana, "pediatrician", 150).unwrap();
    let id = s.create_plan(ana, &family(), &[], 200).unwrap();
    s.set_checked(ana, id, "wear", true, 201).unwrap();
    s.set_checked(ana, id, "privacy", true, 201).unwrap();
    s.set_interest(ana, id, Interest::new(2).unwrap(), 202)
        .unwrap();
    let mut d = family();
    d.format = Format::Video;
    d.career_id = Some("pediatrician".into());
    s.update_plan_details(ana, id, &d, 203).unwrap();
    let p = s.plan(ana, id).unwrap().unwrap();
    assert_eq!(p.checklist, ["privacy"]);
    assert_eq!(p.applied_interest, None);
    // The same rating for the new career applies to it.
    s.set_interest(ana, id, Interest::new(2).unwrap(), 204)
        .unwrap();
    assert_eq!(s.shortlist(ana).unwrap()[0].career_id, "pediatrician");
}

#[test]
fn more_interest_adds_a_career_that_was_not_on_the_shortlist() {
    let (_d, _p, mut s, ana) = temp_store();
    s.star(ana, "pediatrician", 150).unwrap();
    let id = s.create_plan(ana, &family(), &[], 200).unwrap();
    let mv = s
        .set_interest(ana, id, Interest::new(1).unwrap(), 201)
        .unwrap();
    assert_eq!(
        mv,
        Some(ShortlistMove {
            from: None,
            to: Some(2)
        })
    );
    let list = s.shortlist(ana).unwrap();
    assert_eq!(list[1].career_id, "family-physician");
    assert_eq!(list[1].added_at, 201);
    // A plan without a catalog career saves the rating and moves nothing.
    let mut d = family();
    d.career_id = None;
    let other = s.create_plan(ana, &d, &[], 200).unwrap();
    assert_eq!(
        s.set_interest(ana, other, Interest::new(2).unwrap(), 202)
            .unwrap(),
        None
    );
    assert_eq!(s.shortlist(ana).unwrap().len(), 2);
}

#[test]
fn the_question_bank_loads() {
    let s = Store::open_in_memory().unwrap();
    let q = s.questions().unwrap();
    assert!(q.len() >= 150, "{}", q.len());
}
