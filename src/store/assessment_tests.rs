use super::*;
use crate::domain::assessment::score;
use crate::domain::matching::Matcher;

use crate::store::tests::temp_store;

#[test]
fn shipped_items_load_in_order() {
    let s = Store::open_in_memory().unwrap();
    let items = s.items().unwrap();
    assert!(items.len() >= 54, "{}", items.len());
    assert!(items.iter().all(|i| !i.gist.is_empty()));
}

#[test]
fn answers_survive_closing_the_file_and_resume_where_the_student_stopped() {
    let (_d, p, mut s, ana) = temp_store();
    let run = s.start_run(ana, 200).unwrap();
    assert_eq!(run.position, 0);
    // Starting again returns the same run, not a second one.
    assert_eq!(s.start_run(ana, 201).unwrap().id, run.id);
    s.save_answer(run.id, "i-one", Some(4), 1, 210).unwrap();
    s.save_answer(run.id, "i-two", None, 2, 220).unwrap();
    // Changing an answer replaces it.
    s.save_answer(run.id, "i-one", Some(2), 2, 230).unwrap();
    drop(s);

    let s = Store::open(&p).unwrap();
    let back = s.open_run(ana).unwrap().unwrap();
    assert_eq!(back.id, run.id);
    assert_eq!(back.position, 2);
    assert_eq!(back.answers.get("i-one"), Some(&Some(2)));
    assert_eq!(back.answers.get("i-two"), Some(&None));
    assert_eq!(back.answers.len(), 2);
}

#[test]
fn an_answer_off_the_scale_is_refused_and_nothing_changes() {
    let (_d, _p, mut s, ana) = temp_store();
    let run = s.start_run(ana, 200).unwrap();
    s.save_answer(run.id, "i-one", Some(4), 1, 210).unwrap();
    let err = s.save_answer(run.id, "i-one", Some(9), 5, 220).unwrap_err();
    assert!(err.to_string().contains("i-one"), "{err}");
    assert!(
        err.to_string().contains("1 (strongly dislike) to 5"),
        "{err}"
    );
    let back = s.open_run(ana).unwrap().unwrap();
    assert_eq!(back.answers.get("i-one"), Some(&Some(4)));
    assert_eq!(back.position, 1);
}

#[test]
fn finishing_keeps_dated_results_newest_first_and_a_retake_starts_fresh() {
    let (_d, _p, mut s, ana) = temp_store();
    let items = s.items().unwrap();
    let first: Answers = items.iter().map(|i| (i.id.clone(), Some(4))).collect();
    let run = s.start_run(ana, 200).unwrap();
    for (n, (id, v)) in first.iter().enumerate() {
        s.save_answer(run.id, id, *v, n + 1, 200 + n as i64)
            .unwrap();
    }
    let scored = score(&items, &first);
    assert!(s.finish_run(run.id, &scored, 1_000).unwrap());
    // Finishing twice does nothing.
    assert!(!s.finish_run(run.id, &scored, 1_001).unwrap());
    assert!(s.open_run(ana).unwrap().is_none());

    let second: Answers = items
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.clone(), Some(1 + (n % 5) as u8)))
        .collect();
    let id2 = s
        .save_taken(ana, &second, &score(&items, &second), 2_000)
        .unwrap();
    let retake = s.start_run(ana, 3_000).unwrap();
    assert_ne!(retake.id, run.id);
    assert!(retake.answers.is_empty());

    let results = s.results(ana, 10).unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].id, id2);
    assert_eq!(results[0].finished_at, 2_000);
    assert_eq!(results[0].answers, second);
    assert_eq!(results[1].id, run.id);
    assert_eq!(results[1].scored, scored);
    assert_eq!(results[1].scored.quality.flags.len(), 1);
    assert_eq!(s.results(ana, 1).unwrap().len(), 1);

    // What matching needs is all there: the stored result ranks the whole catalog.
    let careers = s.careers().unwrap();
    let t = &results[0];
    let ranked = Matcher::new(&items, &t.answers, &t.scored.profile).rank(&careers);
    assert_eq!(ranked.len(), careers.len());
}

#[test]
fn hidden_matches_are_remembered_and_can_come_back() {
    let (_d, p, mut s, ana) = temp_store();
    s.set_hidden(ana, "radiologist", true, 10).unwrap();
    s.set_hidden(ana, "radiologist", true, 11).unwrap();
    s.set_hidden(ana, "surgeon", true, 12).unwrap();
    drop(s);
    let mut s = Store::open(&p).unwrap();
    let h = s.hidden_matches(ana).unwrap();
    assert_eq!(h.len(), 2);
    assert!(h.contains("radiologist"));
    s.set_hidden(ana, "radiologist", false, 13).unwrap();
    assert_eq!(
        s.hidden_matches(ana)
            .unwrap()
            .into_iter()
            .collect::<Vec<_>>(),
        ["surgeon"]
    );
}

#[test]
fn a_bad_value_in_a_whole_answer_set_stores_nothing() {
    let (_d, _p, mut s, ana) = temp_store();
    let items = s.items().unwrap();
    let mut a: Answers = items.iter().map(|i| (i.id.clone(), Some(3))).collect();
    a.insert(items[3].id.clone(), Some(0));
    let err = s.save_taken(ana, &a, &score(&items, &a), 5).unwrap_err();
    assert!(err.to_string().contains(&items[3].id));
    assert!(s.results(ana, 5).unwrap().is_empty());
}
