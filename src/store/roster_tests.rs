//! The roster's kept rankings agree with ranking the catalog afresh.

use super::temp_store;
use crate::domain::NewStudent;
use crate::domain::assessment::{Answers, score};
use crate::domain::matching::Matcher;
use crate::store::{ROSTER_MATCHES, Store};

/// Answers that like the items of one interest area and dislike the rest.
fn answers_liking(s: &Store, prefix: &str) -> Answers {
    s.items()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i.id.clone(),
                Some(if i.id.starts_with(prefix) { 5 } else { 2 }),
            )
        })
        .collect()
}

/// What the roster should show: the catalog ranked now, minus hidden careers, as titles.
fn ranked_now(s: &Store, student: i64) -> Vec<String> {
    let t = s.results(student, 1).unwrap().pop().unwrap();
    let careers = s.careers().unwrap();
    let hidden = s.hidden_matches(student).unwrap();
    Matcher::new(&s.items().unwrap(), &t.answers, &t.scored.profile)
        .rank(&careers)
        .into_iter()
        .filter(|m| !hidden.contains(&m.career_id))
        .take(ROSTER_MATCHES)
        .map(|m| {
            careers
                .iter()
                .find(|c| c.id == m.career_id)
                .unwrap()
                .title
                .clone()
        })
        .collect()
}

fn roster_matches(s: &mut Store, name: &str) -> Vec<String> {
    s.roster("2026-11-22")
        .unwrap()
        .into_iter()
        .find(|r| r.student.name == name)
        .unwrap()
        .top_matches
}

#[test]
fn the_roster_keeps_rankings_and_agrees_with_ranking_afresh() {
    let (_d, _p, mut s, ana) = temp_store();
    let items = s.items().unwrap();
    let a = answers_liking(&s, "s-");
    s.save_taken(ana, &a, &score(&items, &a), 1_000).unwrap();
    let ben = s
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), 1_001)
        .unwrap()
        .id;
    let b = answers_liking(&s, "r-");
    s.save_taken(ben, &b, &score(&items, &b), 1_002).unwrap();

    // Both were ranked when saved: nothing left to rank.
    assert_eq!(s.refresh_result_tops().unwrap(), 0);
    assert_eq!(roster_matches(&mut s, "Ana"), ranked_now(&s, ana));
    assert_eq!(roster_matches(&mut s, "Ben"), ranked_now(&s, ben));
    assert_ne!(ranked_now(&s, ana), ranked_now(&s, ben));

    // Hiding careers ("not for me") leaves the next ones, even past the kept ten.
    let all: Vec<String> = {
        let t = s.results(ana, 1).unwrap().pop().unwrap();
        Matcher::new(&items, &t.answers, &t.scored.profile)
            .rank(&s.careers().unwrap())
            .into_iter()
            .map(|m| m.career_id)
            .collect()
    };
    for c in all.iter().take(9) {
        s.set_hidden(ana, c, true, 1_003).unwrap();
    }
    assert_eq!(roster_matches(&mut s, "Ana"), ranked_now(&s, ana));
    assert_eq!(roster_matches(&mut s, "Ana").len(), ROSTER_MATCHES);

    // Rankings from another catalog are ranked again, once.
    s.conn
        .execute("UPDATE result_top SET catalog = 'older', careers = 'x'", [])
        .unwrap();
    assert_eq!(s.refresh_result_tops().unwrap(), 2);
    assert_eq!(s.refresh_result_tops().unwrap(), 0);
    assert_eq!(roster_matches(&mut s, "Ben"), ranked_now(&s, ben));

    // A lost ranking (deleted by hand) is made again when the roster opens.
    s.conn.execute("DELETE FROM result_top", []).unwrap();
    assert_eq!(roster_matches(&mut s, "Ben"), ranked_now(&s, ben));
    let kept: i64 = s
        .conn
        .query_row("SELECT count(*) FROM result_top", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 2);

    // Deleting a student deletes their rankings.
    s.delete_student(ben).unwrap();
    let kept: i64 = s
        .conn
        .query_row("SELECT count(*) FROM result_top", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 1);
}
