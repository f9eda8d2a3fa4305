use super::*;
use crate::domain::agenda::tests::{dossier, roster_rows};
use crate::domain::dossier::Dossier;

#[test]
fn the_timeline_holds_everything_newest_first() {
    let t = timeline(&dossier());
    assert!(t.windows(2).all(|w| w[0].date >= w[1].date), "{t:#?}");
    let kinds: Vec<EventKind> = t.iter().map(|e| e.kind).collect();
    for k in [
        EventKind::Result,
        EventKind::Interview,
        EventKind::Reflection,
        EventKind::CheckIn,
        EventKind::GoalSet,
        EventKind::GoalDone,
        EventKind::Experience,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing");
    }
    assert_eq!(t[0].date, "2026-12-03", "a coming interview is at the top");
    let ci = t.iter().find(|e| e.kind == EventKind::CheckIn).unwrap();
    assert_eq!(ci.text, "First meeting. Talked about nursing.");
    let r = t.iter().find(|e| e.kind == EventKind::Result).unwrap();
    assert!(r.text.contains("Social and Investigative"), "{}", r.text);
    assert_eq!(t.iter().filter(|e| e.kind == EventKind::GoalSet).count(), 3);
}

#[test]
fn the_agenda_looks_at_what_changed_since_the_last_check_in() {
    let a = agenda(&dossier());
    assert_eq!(a.since.as_deref(), Some("2026-10-01"));
    assert_eq!(a.new_results.len(), 1, "only the result after the check-in");
    assert_eq!(a.overdue.iter().map(|g| g.id).collect::<Vec<_>>(), vec![1]);
    assert_eq!(a.open.iter().map(|g| g.id).collect::<Vec<_>>(), vec![2]);
    assert_eq!(a.interviews_done.len(), 1);
    assert_eq!(a.interviews_done[0].summary.details.person, "Dr. Kim");
    assert_eq!(a.interviews_coming.len(), 1);
    assert_eq!(a.interviews_coming[0].summary.details.person, "Mr. Diaz");
    assert!(a.suggestions.contains(&s::SUGGEST_QUALITY.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_COMPARE.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_OVERDUE.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_COURSES.to_string()));
    assert!(!a.suggestions.contains(&s::SUGGEST_EXPERIENCE.to_string()));
    assert!(!a.is_empty());
}

#[test]
fn a_first_meeting_agenda_takes_everything() {
    let mut d = dossier();
    d.checkins.clear();
    let a = agenda(&d);
    assert_eq!(a.since, None);
    assert_eq!(a.new_results.len(), 2);
    assert_eq!(a.interviews_done.len(), 1);
    let empty = Dossier {
        results: vec![],
        plans: vec![],
        goals: vec![],
        shortlist: vec![],
        experiences: vec![],
        ..d
    };
    let a = agenda(&empty);
    assert!(a.is_empty());
    assert_eq!(a.suggestions[0], s::SUGGEST_ASSESS);
}

#[test]
fn the_roster_searches_what_it_shows() {
    let rows = roster_rows();
    assert_eq!(search_roster(&rows, "").len(), 3);
    let hit = |q: &str| {
        search_roster(&rows, q)
            .into_iter()
            .map(|i| rows[i].student.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(hit("BEA"), ["bea"]);
    assert_eq!(hit("nurse"), ["Cam"]);
    assert_eq!(hit("grade 12"), ["Ali"]);
    assert_eq!(hit("ali pediatric"), ["Ali"]);
    assert!(hit("zzz").is_empty());
}
