//! The Explore screens as a student uses them: search, filters, a career's page, compare,
//! the shortlist (kept across restarts), browsing by kind and About the data. Snapshots at
//! 80x24, plus checks that do not depend on colour.

use crossterm::event::KeyCode;
use medpath::domain::career::CareerKind;
use medpath::domain::{FixedClock, NewStudent};
use medpath::refdata;
use medpath::store::Store;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use ratatui::style::Modifier;

mod common;
use common::*;

/// An app with one profile, chosen, in Explore.
fn explore_as_maya(theme: Theme) -> App {
    let mut a = app_with(&[("Maya", "9")], theme);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    a
}

fn search(a: &mut App, q: &str) {
    key(a, KeyCode::Char('/'));
    typed(a, q);
    key(a, KeyCode::Enter);
}

fn clear_search(a: &mut App) {
    key(a, KeyCode::Char('x'));
}

#[test]
fn typing_kids_finds_the_pediatric_careers() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "kids");
    let shown = a.screens.explore.shown_ids();
    for id in ["pediatrician", "neonatologist", "pediatric-surgeon"] {
        assert!(shown.contains(&id), "{id} missing from {shown:?}");
    }
    assert!(
        !shown.contains(&"nephrologist"),
        "kidney is not kids: {shown:?}"
    );
    // Typos still find the career.
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "pediatrcian");
    assert_eq!(a.screens.explore.shown_ids()[0], "pediatrician");
}

/// Issue 19: search says plainly when the catalog has no career about the words.
#[test]
fn a_search_with_no_good_fit_says_so() {
    let mut a = explore_as_maya(Theme::color());
    search(&mut a, "vet");
    let shown = a.screens.explore.shown_ids();
    assert!(
        !shown
            .iter()
            .any(|id| id.contains("radiolog") || id.contains("mri")),
        "{shown:?}"
    );
    // The animal careers are in the catalog now: "vet" finds the veterinarian first.
    assert_eq!(shown.first(), Some(&"veterinarian"), "{shown:?}");
    // Words no career is about still get the honest line.
    clear_search(&mut a);
    search(&mut a, "qzx");
    let s = screen(&a);
    assert!(s.contains("No career about \"qzx\"."), "{s}");
    assert!(s.contains("medpath has no career about"), "{s}");
    assert!(s.contains("\"qzx\" yet. Try other words."), "{s}");
    // Closest careers, under the line that says they are only the closest.
    clear_search(&mut a);
    search(&mut a, "AI");
    let s = screen(&a);
    assert!(s.contains("No career about \"AI\". Closest:"), "{s}");
    assert!(!a.screens.explore.shown_ids().contains(&"home-health-aide"));
    // A search that fits shows the usual line.
    clear_search(&mut a);
    search(&mut a, "nruse");
    assert_eq!(a.screens.explore.shown_ids()[0], "registered-nurse");
    assert!(!screen(&a).contains("No career about"));
}

#[test]
fn filter_to_careers_under_four_years() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('f'));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    for _ in 0..3 {
        key(&mut a, KeyCode::Right);
    }
    insta::assert_snapshot!(screen(&a));
    key(&mut a, KeyCode::Enter);
    let data = refdata::embedded().unwrap();
    let shown = a.screens.explore.shown_ids();
    assert!(!shown.is_empty());
    for id in &shown {
        let c = data.careers.iter().find(|c| c.id() == *id).unwrap();
        let t = c.figures.total_years.expect("a known length");
        assert!(t.min < 4.0, "{id}: {t:?}");
    }
    for id in [
        "nursing-assistant",
        "emt",
        "phlebotomist",
        "registered-nurse",
    ] {
        assert!(shown.contains(&id), "{id} missing from {shown:?}");
    }
    // x clears every filter.
    clear_search(&mut a);
    assert_eq!(
        a.screens.explore.shown_ids().len(),
        a.screens.explore.count()
    );
}

#[test]
fn sort_cycles_and_shows_the_value() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('s'));
    let s = screen(&a);
    assert!(s.contains("Shortest training first"), "{s}");
    let first = a.screens.explore.shown_ids()[0].to_string();
    let data = refdata::embedded().unwrap();
    let min = data
        .careers
        .iter()
        .filter_map(|c| c.figures.total_years.map(|t| t.min))
        .fold(f32::MAX, f32::min);
    let c = data.careers.iter().find(|c| c.id() == first).unwrap();
    assert_eq!(c.figures.total_years.unwrap().min, min);
    key(&mut a, KeyCode::Char('s'));
    assert!(screen(&a).contains("Highest pay first"));
}

#[test]
fn a_career_page_draws_the_training_road_and_interest_bars() {
    let mut a = explore_as_maya(Theme::color());
    search(&mut a, "respiratory therapist");
    key(&mut a, KeyCode::Enter);
    // Sources are folded until asked for (tests/career_page.rs).
    key(&mut a, KeyCode::Char('w'));
    let mut seen = String::new();
    let mut road = None;
    for _ in 0..12 {
        key(&mut a, KeyCode::PageDown);
        let s = screen(&a);
        if road.is_none() && s.contains("● ") {
            road = Some(s.clone());
        }
        seen.push_str(&s);
    }
    insta::assert_snapshot!(road.expect("the training road is drawn"));
    assert!(seen.contains("The training road"));
    assert!(seen.contains("● "), "timeline markers");
    assert!(seen.contains("◆ "), "timeline end");
    assert!(seen.contains("Interest profile"));
    assert!(seen.contains("░"), "bars");
    assert!(seen.contains("Source:"));
    assert!(seen.contains("O*NET® 29.3"));
}

#[test]
fn compare_a_surgeon_and_a_respiratory_therapist() {
    let mut a = explore_as_maya(Theme::color());
    search(&mut a, "general surgeon");
    key(&mut a, KeyCode::Char('c'));
    assert!(screen(&a).contains("c: compare with General surgeon"));
    clear_search(&mut a);
    search(&mut a, "respiratory therapist");
    key(&mut a, KeyCode::Char('c'));
    let s = screen(&a);
    insta::assert_snapshot!(s);
    assert!(s.contains("General surgeon") && s.contains("Respiratory therapist"));
    // Esc goes back to the list.
    key(&mut a, KeyCode::Esc);
    assert!(screen(&a).contains("Search"));
}

#[test]
fn comparing_a_career_with_itself_says_so() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('c'));
    key(&mut a, KeyCode::Char('c'));
    assert!(screen(&a).contains("same career"));
    key(&mut a, KeyCode::Esc);
    assert!(!screen(&a).contains("c: compare with"));
}

fn star_with_note(a: &mut App, q: &str, note: &str) {
    clear_search(a);
    search(a, q);
    key(a, KeyCode::Char('*'));
    key(a, KeyCode::Char('n'));
    typed(a, note);
    key(a, KeyCode::Enter);
}

#[test]
fn star_three_careers_with_notes_and_the_shortlist_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .add_student(&NewStudent::parse("Maya", "9").unwrap(), NOON)
            .unwrap();
        let mut a = App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
        key(&mut a, KeyCode::Enter);
        key(&mut a, KeyCode::Char('4'));
        star_with_note(&mut a, "general surgeon", "I like working with my hands");
        star_with_note(
            &mut a,
            "respiratory therapist",
            "Short road, and I can start soon",
        );
        star_with_note(&mut a, "pediatrician", "Ask Dr. Lee about her day");
        assert!(screen(&a).contains("★ On your shortlist"));
        key(&mut a, KeyCode::Char('m'));
        // Move the pediatrician to the top.
        key(&mut a, KeyCode::Char('G'));
        key(&mut a, KeyCode::Char('K'));
        key(&mut a, KeyCode::Char('K'));
        insta::assert_snapshot!(screen(&a));
    }
    let store = Store::open(&path).unwrap();
    let mut a = App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    let ids: Vec<&str> = a
        .screens
        .explore
        .starred()
        .iter()
        .map(|e| e.career_id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["pediatrician", "general-surgeon", "respiratory-therapist"]
    );
    assert_eq!(
        a.screens.explore.starred()[0].note,
        "Ask Dr. Lee about her day"
    );
    key(&mut a, KeyCode::Char('m'));
    let s = screen(&a);
    assert!(s.contains("1. Pediatrician"), "{s}");
    assert!(s.contains("Ask Dr. Lee about her day"), "{s}");
}

#[test]
fn removing_from_the_shortlist_asks_first() {
    let mut a = explore_as_maya(Theme::color());
    star_with_note(&mut a, "pediatrician", "keep");
    key(&mut a, KeyCode::Char('m'));
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("Remove Pediatrician"));
    // Letters (y included) and Enter keep it: the focus starts on "Keep it".
    typed(&mut a, "ny");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.explore.starred().len(), 1);
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.explore.starred().is_empty());
    assert!(screen(&a).contains("shortlist is empty"));
}

#[test]
fn a_note_that_is_too_long_is_kept_on_screen_with_the_reason() {
    let mut a = explore_as_maya(Theme::color());
    star_with_note(&mut a, "pediatrician", "first note");
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, &"x".repeat(320));
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("Notes can be up to"), "{s}");
    // Still typing: nothing saved, nothing lost.
    assert!(matches!(
        a.screens.explore.modal,
        Some(medpath::tui::screens::explore::Modal::Note(..))
    ));
    assert_eq!(a.screens.explore.starred()[0].note, "first note");
    key(&mut a, KeyCode::Esc);
    assert!(a.screens.explore.modal.is_none());
    assert_eq!(a.screens.explore.starred()[0].note, "first note");
}

#[test]
fn starring_without_a_profile_says_what_to_do() {
    let mut a = app();
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('*'));
    assert!(screen(&a).contains("Pick or make your profile on Home first"));
    key(&mut a, KeyCode::Char('m'));
    assert!(screen(&a).contains("Pick or make your profile on Home first"));
}

#[test]
fn browse_by_kind_puts_other_health_careers_first() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('b'));
    insta::assert_snapshot!(screen(&a));
    key(&mut a, KeyCode::Enter);
    let data = refdata::embedded().unwrap();
    let shown = a.screens.explore.shown_ids();
    let others = data
        .careers
        .iter()
        .filter(|c| c.entry.kind == CareerKind::HealthCareer)
        .count();
    assert_eq!(shown.len(), others);
    assert!(screen(&a).contains("Other health careers"));
}

#[test]
fn about_the_data_names_sources_years_and_licence() {
    let mut a = explore_as_maya(Theme::color());
    key(&mut a, KeyCode::Char('a'));
    insta::assert_snapshot!(screen(&a));
    let mut seen = String::new();
    for _ in 0..60 {
        key(&mut a, KeyCode::PageDown);
        seen.push_str(&screen(&a));
    }
    assert!(seen.contains("CC BY 4.0"));
    assert!(seen.contains("(2017)"), "a source with its year");
    assert!(seen.contains("never goes online"));
}

#[test]
fn without_colour_the_filter_and_shortlist_selections_are_marked() {
    let mut a = explore_as_maya(Theme::mono());
    star_with_note(&mut a, "pediatrician", "n");
    key(&mut a, KeyCode::Char('f'));
    let t = draw(&a, 80, 24);
    let text = t.backend().to_string();
    assert!(text.contains("▶ Kind of career"), "{text}");
    let buf = t.backend().buffer();
    let row = (0..24u16)
        .find(|y| {
            (0..80u16)
                .map(|x| buf[(x, *y)].symbol().to_string())
                .collect::<String>()
                .contains("▶ Kind of career")
        })
        .unwrap();
    let x = (0..80u16).find(|x| buf[(*x, row)].symbol() == "▶").unwrap();
    assert!(buf[(x + 3, row)].modifier.contains(Modifier::REVERSED));
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('m'));
    let text = draw(&a, 80, 24).backend().to_string();
    assert!(text.contains("▶ 1. Pediatrician"), "{text}");
}

#[test]
fn every_explore_view_draws_at_any_size() {
    let mut a = explore_as_maya(Theme::color());
    star_with_note(&mut a, "pediatrician", "note");
    let views: [&[KeyCode]; 6] = [
        &[],
        &[KeyCode::Char('f')],
        &[KeyCode::Char('m')],
        &[KeyCode::Char('b')],
        &[KeyCode::Char('a')],
        &[KeyCode::Char('c'), KeyCode::Down, KeyCode::Char('c')],
    ];
    for keys in views {
        let mut a = explore_as_maya(Theme::color());
        for k in keys {
            key(&mut a, *k);
        }
        for (w, h) in [
            (1, 1),
            (20, 5),
            (59, 19),
            (60, 20),
            (80, 24),
            (200, 60),
            (300, 100),
        ] {
            draw(&a, w, h);
        }
    }
}
