//! One test for each finding behind issue 17 ("Mistake-proof screens") that other files do not
//! already cover: each failed before the shared input rules and passes now. (Pastes: paste.rs;
//! typed words on Home and dialogs: tui.rs; forms: interview.rs, myplan.rs, counselor.rs;
//! random keys and pastes: fuzz.rs.)

mod common;

use common::*;
use crossterm::event::KeyCode;
use medpath::store::Store;
use medpath::tui::Area;
use medpath::tui::app::App;

/// Opens the first profile and plans a talk with Dr. Lee, saved and open in its tabs.
fn plan_a_talk(a: &mut App) {
    key(a, KeyCode::Enter);
    key(a, KeyCode::Char('5'));
    key(a, KeyCode::Char('n'));
    typed(a, "Dr. Lee");
    key(a, KeyCode::Tab);
    typed(a, "family doctor");
    save(a);
}

/// The screen's line with the selection pointer.
fn selected_line(a: &App) -> String {
    screen(a)
        .lines()
        .find(|l| l.contains('▶'))
        .unwrap_or("")
        .to_string()
}

#[test]
fn opening_a_profile_keeps_the_highlight_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Ana", "Ben", "Cleo"]);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    assert!(selected_line(&a).contains("Cleo"));
    // Opening Cleo makes her the most recent: she moves to the top, and so does the highlight.
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Cleo");
    assert!(selected_line(&a).contains("Cleo"), "{}", screen(&a));
}

#[test]
fn a_new_search_or_order_starts_at_the_top_with_every_row_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    // Far down the list, then a search that finds a few.
    key(&mut a, KeyCode::End);
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "nurse");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.explore.list.selected, 0);
    let n = a.screens.explore.count();
    assert!(n > 3, "{n} nurse careers");
    // The first match is chosen and drawn on the list's first row, with the rest under it.
    let s = screen(&a);
    let at = s.lines().position(|l| l.contains('▶')).unwrap();
    assert!(at <= 6, "the chosen row is on line {at}:\n{s}");
    // The shortest training first starts with the shortest road, chosen.
    key(&mut a, KeyCode::Char('x'));
    key(&mut a, KeyCode::End);
    key(&mut a, KeyCode::Char('s'));
    assert_eq!(a.screens.explore.list.selected, 0);
    let first = a.screens.explore.shown_ids()[0].to_string();
    let s = screen(&a);
    assert!(s.lines().position(|l| l.contains('▶')).unwrap() <= 6, "{s}");
    assert!(first.contains("nursing-assistant"), "{first}");
}

#[test]
fn page_down_moves_by_the_rows_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::PageDown);
    let at = a.screens.explore.list.selected;
    assert!(at > 10, "PgDn moved {at} rows at 80x24");
    // The chosen row is still on screen.
    assert!(selected_line(&a).contains("▶"));
}

#[test]
fn slash_searches_from_a_career_page() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "dentist");
    assert_eq!(a.screens.explore.query.value(), "dentist");
}

#[test]
fn going_to_interview_shows_the_plans_not_the_last_one_open() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = school(&dir, &["Ana"]);
    plan_a_talk(&mut a);
    assert!(a.screens.interview.open.is_some(), "the new plan is open");
    key(&mut a, KeyCode::Char('1'));
    key(&mut a, KeyCode::Char('5'));
    assert!(a.screens.interview.open.is_none(), "back on the list");
    // Letters typed now are the list's: `d` asks, and nothing is deleted without → Enter.
    typed(&mut a, "dyy");
    key(&mut a, KeyCode::Enter);
    assert_eq!(Store::open(&path).unwrap().plans(1).unwrap().len(), 1);
}

#[test]
fn saving_notes_on_a_question_stays_on_that_question() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Ana"]);
    plan_a_talk(&mut a);
    // The Notes tab: write notes on the first question.
    for _ in 0..3 {
        key(&mut a, KeyCode::Right);
    }
    assert!(screen(&a).contains("Notes"), "{}", screen(&a));
    let before = selected_line(&a);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "She starts at 7.");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Notes saved."));
    let after = selected_line(&a);
    let q = |l: &str| l.chars().skip(8).take(25).collect::<String>();
    assert_eq!(q(&before), q(&after), "the same question is still chosen");
}

#[test]
fn help_scrolls_and_fits_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('?'));
    let first = screen(&a);
    assert!(first.contains("↑ ↓ scroll"), "{first}");
    for _ in 0..40 {
        key(&mut a, KeyCode::Down);
    }
    let last = screen(&a);
    assert_ne!(first, last, "the help scrolled");
    assert!(
        last.contains("Ctrl-C"),
        "the last keys can be read:\n{last}"
    );
    key(&mut a, KeyCode::Esc);
    assert!(!a.help);
    assert_eq!(a.area, Area::Explore, "Esc closed the help, nothing else");
}

#[test]
fn esc_goes_back_to_where_you_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('6'));
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Plan);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
    assert!(!a.quit);
}

#[test]
fn enter_in_a_check_in_moves_to_the_next_box_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = school(&dir, &["Ben"]);
    new_check_in(&mut a);
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "Talked.");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("New check-in"));
    assert!(Store::open(&path).unwrap().checkins(1).unwrap().is_empty());
}

#[test]
fn esc_from_a_career_opened_from_results_goes_back_to_results() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = school(&dir, &["Maya"]);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    for i in 0..54 {
        key(&mut a, KeyCode::Char(['4', '5', '2', '3', '1'][i % 5]));
    }
    for k in [KeyCode::Enter, KeyCode::Char('5'), KeyCode::Char('5')] {
        key(&mut a, k);
    }
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Results);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Explore);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Results, "one Esc goes back to the matches");
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
    assert!(!a.quit, "Esc walked back, and did not quit on the way");
}
