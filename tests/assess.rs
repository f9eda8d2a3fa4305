//! The assessment and results screens, used as a student would: keys in, screens out.

mod common;

use common::*;
use crossterm::event::KeyCode;
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::Area;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;

fn open(path: &std::path::Path, theme: Theme) -> App {
    let store = Store::open(path).unwrap();
    App::new(store, Box::new(FixedClock(NOON)), theme).unwrap()
}

/// A file database with Ana on it, and an app with her profile chosen.
fn ana(dir: &tempfile::TempDir, theme: Theme) -> (std::path::PathBuf, App) {
    let path = dir.path().join("medpath.db");
    if !path.exists() {
        let mut store = Store::open(&path).unwrap();
        store
            .add_student(&NewStudent::parse("Ana", "9").unwrap(), NOON)
            .unwrap();
    }
    let mut a = open(&path, theme);
    key(&mut a, KeyCode::Enter);
    assert!(a.student.is_some());
    (path, a)
}

/// Answers `n` items: strongly likes hands-on and fast-paced items, dislikes the rest.
fn answer(a: &mut App, n: usize, pattern: &[char]) {
    for i in 0..n {
        key(a, KeyCode::Char(pattern[i % pattern.len()]));
    }
}

/// The last part: the subject checklist (Enter with none picked) and "as long as it takes",
/// "cost will not decide it" for the two limits.
fn care(a: &mut App) {
    assert!(screen(a).contains("Part 3 of 3"), "{}", screen(a));
    key(a, KeyCode::Enter);
    key(a, KeyCode::Char('5'));
    key(a, KeyCode::Char('5'));
}

#[test]
fn take_it_quit_half_way_resume_finish_and_read_the_results() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('2'));
    assert_eq!(a.area, Area::Assessment);
    assert!(screen(&a).contains("Press Enter to start."));
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("Part 1 of 3: Interests"), "{s}");
    assert!(s.contains("Question 1 of 57"), "{s}");
    insta::assert_snapshot!("an_assessment_item", s);

    answer(&mut a, 20, &['5', '4', '2', '1', '3']);
    key(&mut a, KeyCode::Char('s'));
    // Back one, change nothing, forward again over the skipped one.
    key(&mut a, KeyCode::Left);
    assert!(screen(&a).contains("You skipped this one"));
    key(&mut a, KeyCode::Right);
    assert!(screen(&a).contains("Question 22 of 57"));
    // Leave: saved, and a new program (as after a crash) resumes at the same question.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
    drop(a);
    let (_, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('2'));
    assert!(
        screen(&a).contains("You have answered 20 of 57"),
        "{}",
        screen(&a)
    );
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Question 22 of 57"));
    answer(&mut a, 33, &['5', '1', '4', '2', '3', '5']);
    // The subject checklist: one question, two columns, picks marked without color.
    let s = screen(&a);
    assert!(
        s.contains("Question 55 of 57") && s.contains("[ ] Animals"),
        "{s}"
    );
    key(&mut a, KeyCode::Char(' '));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char(' '));
    let s = screen(&a);
    assert!(
        s.contains("[x] Babies and children") && s.contains("[x] Animals"),
        "{s}"
    );
    assert!(s.contains("2 picked."), "{s}");
    insta::assert_snapshot!("the_subject_checklist", s);
    // Space again unpicks; Enter goes on to the two limits, which show their own answers.
    key(&mut a, KeyCode::Char(' '));
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(
        s.contains("Question 56 of 57") && s.contains("Up to about 2 years"),
        "{s}"
    );
    insta::assert_snapshot!("a_limit_question", s);
    key(&mut a, KeyCode::Left);
    assert!(screen(&a).contains("[x] Babies and children") && !screen(&a).contains("[x] Animals"));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('5'));
    key(&mut a, KeyCode::Char('5'));
    let s = screen(&a);
    assert!(s.contains("All done!") && s.contains("skipped 1"), "{s}");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Results);
    let s = screen(&a);
    assert!(s.contains("Matches (113)"), "{s}");
    assert!(s.contains("not a verdict"), "{s}");
    assert!(s.contains("Fit: "), "{s}");
    assert!(s.contains("• You "), "{s}");
    insta::assert_snapshot!("the_results_screen", s);

    // The profile page: interest bars with each area explained, and work style.
    key(&mut a, KeyCode::Char('p'));
    let s = screen(&a);
    assert!(
        s.contains("Your interests") && s.contains("Investigative (science)"),
        "{s}"
    );
    // Part 3 in the student's own picks and answers.
    assert!(s.contains("You picked: Babies and children."), "{s}");
    assert!(
        s.contains("Training you are ready for: As long as it"),
        "{s}"
    );
    key(&mut a, KeyCode::Esc);
    // How matching works.
    key(&mut a, KeyCode::Char('w'));
    assert!(screen(&a).contains("What this is, and what it is not"));
    key(&mut a, KeyCode::Esc);
    assert!(screen(&a).contains("Matches (113)"));
    drop(a);
    let store = Store::open(&path).unwrap();
    let ana = store.student_by_name("Ana").unwrap().unwrap();
    let r = store.results(ana.id, 5).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].scored.quality.skipped, 1);
}

#[test]
fn hide_a_match_retake_and_see_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    answer(&mut a, 54, &['5', '4', '1', '2']);
    care(&mut a);
    key(&mut a, KeyCode::Enter);
    let first = a.screens.results.shown_ids()[0].to_string();
    key(&mut a, KeyCode::Char('x'));
    assert!(screen(&a).contains("is hidden from your matches"));
    assert!(!a.screens.results.shown_ids().contains(&first.as_str()));
    assert!(screen(&a).contains("1 hidden"));
    // Showing hidden ones marks them; x brings it back.
    key(&mut a, KeyCode::Char('a'));
    assert_eq!(a.screens.results.shown_ids()[0], first);
    assert!(screen(&a).contains("× "));
    key(&mut a, KeyCode::Char('a'));
    // Filters: doctors only, then short training only.
    key(&mut a, KeyCode::Char('t'));
    assert!(screen(&a).contains("doctors only"));
    key(&mut a, KeyCode::Char('t'));
    key(&mut a, KeyCode::Char('y'));
    key(&mut a, KeyCode::Char('y'));
    let s = screen(&a);
    assert!(
        s.contains("other health careers · training under 2 years"),
        "{s}"
    );
    assert!(a.screens.results.shown_ids().len() < 20);
    key(&mut a, KeyCode::Char('t'));
    for _ in 0..4 {
        key(&mut a, KeyCode::Char('y'));
    }
    assert!(screen(&a).contains("any training length"));

    // The hiding is remembered by a new program.
    drop(a);
    let (_, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('3'));
    assert!(!a.screens.results.shown_ids().contains(&first.as_str()));
    // Before a second result, "what changed" says how to get one.
    key(&mut a, KeyCode::Char('v'));
    assert!(screen(&a).contains("This is your first result"));
    key(&mut a, KeyCode::Esc);

    // Retake with opposite answers.
    key(&mut a, KeyCode::Char('r'));
    assert_eq!(a.area, Area::Assessment);
    assert!(screen(&a).contains("take it again"), "{}", screen(&a));
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Question 1 of 57"));
    answer(&mut a, 54, &['1', '2', '5', '4']);
    care(&mut a);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Results);
    key(&mut a, KeyCode::Char('v'));
    let s = screen(&a);
    assert!(s.contains("Your top ten now"), "{s}");
    assert!(s.contains("(up ") || s.contains("(new)"), "{s}");
    key(&mut a, KeyCode::End);
    let s = screen(&a);
    assert!(
        s.contains("Moved down the most") || s.contains("Your interests then and now"),
        "{s}"
    );
}

#[test]
fn explore_sorts_by_fit_once_a_result_exists() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut a) = ana(&dir, Theme::color());
    // Without a result, sorting skips fit.
    key(&mut a, KeyCode::Char('4'));
    for _ in 0..5 {
        key(&mut a, KeyCode::Char('s'));
        assert_ne!(
            a.screens.explore.sort,
            medpath::domain::explore::SortBy::Fit
        );
    }
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    answer(&mut a, 54, &['5', '3', '1']);
    care(&mut a);
    key(&mut a, KeyCode::Enter);
    let best = a.screens.results.shown_ids()[0].to_string();
    // Enter on a match opens it in Explore.
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Explore);
    // Esc goes back to the matches it was opened from; 4 goes to Explore again.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Results);
    key(&mut a, KeyCode::Char('4'));
    for _ in 0..6 {
        if a.screens.explore.sort == medpath::domain::explore::SortBy::Fit {
            break;
        }
        key(&mut a, KeyCode::Char('s'));
    }
    assert_eq!(a.screens.explore.shown_ids()[0], best);
    assert!(screen(&a).contains("fit "), "{}", screen(&a));
}

#[test]
fn without_colour_the_chosen_answer_and_match_are_still_marked() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut a) = ana(&dir, Theme::mono());
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Down);
    let s = screen(&a);
    assert!(s.contains("▶ 4 Like"), "{s}");
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Left);
    assert!(screen(&a).contains("4 Like  ✓ your answer"));
    answer(&mut a, 54, &['2', '5']);
    care(&mut a);
    key(&mut a, KeyCode::Enter);
    let t = draw(&a, 80, 24);
    let s = t.backend().to_string();
    assert!(s.contains("▶  1 "), "{s}");
}

#[test]
fn no_profile_or_no_result_says_what_to_do() {
    let mut a = app();
    key(&mut a, KeyCode::Char('2'));
    assert!(screen(&a).contains("Pick or create your profile on Home first"));
    key(&mut a, KeyCode::Char('3'));
    assert!(screen(&a).contains("Pick or create your profile on Home first"));
    let mut a = app_with(&[("Bo", "7")], Theme::color());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('3'));
    assert!(screen(&a).contains("No results yet"));
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    answer(&mut a, 3, &['4']);
    // On an item, digits answer; leave first, then go to Results.
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('3'));
    assert!(screen(&a).contains("in progress: 3 of 57 answered"));
    // The window sizes students really have, and tiny ones, draw without panicking.
    key(&mut a, KeyCode::Char('2'));
    for (w, h) in [(80, 24), (200, 60), (40, 12), (20, 5), (1, 1)] {
        draw(&a, w, h);
    }
}

#[test]
fn a_result_from_before_part_3_keeps_ranking_and_invites_adding_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("medpath.db");
    {
        // A result saved before the subject part existed: answers to parts 1 and 2 only.
        let mut store = Store::open(&path).unwrap();
        let ana = store
            .add_student(&NewStudent::parse("Ana", "9").unwrap(), NOON)
            .unwrap();
        let items = store.items().unwrap();
        let answers: medpath::domain::assessment::Answers = items
            .iter()
            .filter(|i| i.part.is_rated())
            .enumerate()
            .map(|(n, i)| (i.id.clone(), Some(1 + (n % 5) as u8)))
            .collect();
        let scored = medpath::domain::assessment::score(&items, &answers);
        store.save_taken(ana.id, &answers, &scored, NOON).unwrap();
    }
    let (_, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('3'));
    let s = screen(&a);
    assert!(s.contains("Matches (113)") && s.contains("Press n"), "{s}");
    assert!(!s.contains("What you care about "), "two parts only: {s}");
    // n starts a run with the answers carried over, on the subject checklist.
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(a.area, Area::Assessment);
    let s = screen(&a);
    assert!(s.contains("You have answered 54 of 57"), "{s}");
    assert!(
        !s.contains("add what you care about"),
        "nothing more to add: {s}"
    );
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Question 55 of 57"));
    key(&mut a, KeyCode::Char(' '));
    care(&mut a);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Results);
    let s = screen(&a);
    assert!(!s.contains("Press n"), "{s}");
    assert!(s.contains("You picked babies and children"), "{s}");
    // Both results are kept.
    drop(a);
    let store = Store::open(&path).unwrap();
    let ana = store.student_by_name("Ana").unwrap().unwrap();
    assert_eq!(store.results(ana.id, 5).unwrap().len(), 2);
}
