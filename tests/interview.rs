//! Interview prep, used as a student would: plan an interview with a family physician, change
//! the suggestions, practise, write what was heard and a reflection, see the shortlist move,
//! and save the sheet.

mod common;

use common::*;
use crossterm::event::KeyCode;
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::Area;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;

fn open(path: &std::path::Path, export: &std::path::Path, theme: Theme) -> App {
    let store = Store::open(path).unwrap();
    let mut a = App::new(store, Box::new(FixedClock(NOON)), theme).unwrap();
    a.set_export_dir(export.to_path_buf());
    a
}

/// A database with Ana (grade 9) who starred three careers, the family physician last;
/// an app with her profile chosen, on the Interview area.
fn ana(dir: &tempfile::TempDir, theme: Theme) -> (std::path::PathBuf, App) {
    let path = dir.path().join("medpath.db");
    if !path.exists() {
        let mut store = Store::open(&path).unwrap();
        let id = store
            .add_student(&NewStudent::parse("Ana", "9").unwrap(), NOON)
            .unwrap()
            .id;
        for c in ["pediatrician", "nurse-practitioner", "family-physician"] {
            store.star(id, c, NOON).unwrap();
        }
    }
    let mut a = open(&path, &dir.path().join("sheets"), theme);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('5'));
    assert_eq!(a.area, Area::Interview);
    (path, a)
}

fn shortlist(path: &std::path::Path) -> Vec<String> {
    let s = Store::open(path).unwrap();
    let id = s.student_by_name("Ana").unwrap().unwrap().id;
    s.shortlist(id)
        .unwrap()
        .into_iter()
        .map(|e| e.career_id)
        .collect()
}

/// Fills the new-plan form for Dr. Lee, a family physician.
fn new_plan(a: &mut App) {
    key(a, KeyCode::Char('n'));
    typed(a, "Dr. Lee");
    key(a, KeyCode::Tab);
    typed(a, "family doctor");
    key(a, KeyCode::Tab);
    typed(a, "family phys");
    key(a, KeyCode::Tab);
    typed(a, "2026-12-03");
    key(a, KeyCode::Tab);
    key(a, KeyCode::Right);
    key(a, KeyCode::Tab);
    typed(a, "what a normal day is like");
    assert!(screen(a).contains("→ Family physician"), "{}", screen(a));
    key(a, KeyCode::Enter);
}

fn plan_questions(a: &App) -> Vec<String> {
    a.screens
        .interview
        .open
        .as_ref()
        .expect("a plan is open")
        .plan
        .questions
        .iter()
        .map(|q| q.text.clone())
        .collect()
}

#[test]
fn plan_change_practise_record_reflect_and_save_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color());
    assert!(screen(&a).contains("+ New plan"));
    new_plan(&mut a);
    let s = screen(&a);
    assert!(s.contains("Interview with Dr. Lee"), "{s}");
    assert!(
        s.contains("Family physician · 2026-12-03 · Video call"),
        "{s}"
    );
    insta::assert_snapshot!("the_plan_screen", s);

    // The suggestions: 8 to 12, and one names the next career on the shortlist.
    let qs = plan_questions(&a);
    assert!((8..=12).contains(&qs.len()), "{qs:?}");
    assert!(qs.iter().any(|q| q.contains("a pediatrician")), "{qs:?}");

    // Edit the first question, write one of our own, move it up, remove the last one.
    key(&mut a, KeyCode::Enter);
    typed(&mut a, " Was it early?");
    key(&mut a, KeyCode::Enter);
    assert!(plan_questions(&a)[0].ends_with("Was it early?"));
    key(&mut a, KeyCode::Char('w'));
    typed(&mut a, "Can I see the tools you use most?");
    key(&mut a, KeyCode::Enter);
    assert_eq!(plan_questions(&a)[1], "Can I see the tools you use most?");
    key(&mut a, KeyCode::Char('K'));
    assert_eq!(plan_questions(&a)[0], "Can I see the tools you use most?");
    key(&mut a, KeyCode::End);
    let last = plan_questions(&a).last().unwrap().clone();
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("Remove this question?"));
    key(&mut a, KeyCode::Char('y'));
    assert!(plan_questions(&a).contains(&last), "y does not confirm");
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert!(!plan_questions(&a).contains(&last));
    // Add one from the bank: the first group is this kind of career.
    let before = plan_questions(&a).len();
    key(&mut a, KeyCode::Char('a'));
    let s = screen(&a);
    assert!(s.contains("For this kind of career: Primary care"), "{s}");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    assert_eq!(plan_questions(&a).len(), before + 1);

    // Before: tick the first item.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char(' '));
    assert!(screen(&a).contains("[x] Tell a parent"));

    // Practice: one question at a time, with the clock, and a jotted follow-up.
    key(&mut a, KeyCode::Right);
    assert!(screen(&a).contains("Press Enter to start."));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Which tool was hardest to learn?");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("Question 1 of"), "{s}");
    assert!(
        s.contains("Follow-up: Which tool was hardest to learn?"),
        "{s}"
    );
    assert!(s.contains("This question 0:00"), "{s}");
    insta::assert_snapshot!("the_practice_screen", s);
    assert!(a.ticking());

    // Notes: what was heard.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "A stethoscope, and a computer for notes all day");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Up);
    assert!(screen(&a).contains("A stethoscope, and a computer"));

    // Reflect: a surprise, then much more interested: the career goes to the top.
    assert_eq!(shortlist(&path)[2], "family-physician");
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "How much time goes into writing notes");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("moved up your shortlist, from 3 to 1"), "{s}");
    assert_eq!(shortlist(&path)[0], "family-physician");

    // Thank you: filled from the plan and the reflection.
    key(&mut a, KeyCode::Right);
    let s = screen(&a);
    assert!(s.contains("Dear Dr. Lee,"), "{s}");
    assert!(
        s.contains("Something that surprised me: How much time"),
        "{s}"
    );

    // Save the sheet as HTML.
    key(&mut a, KeyCode::Char('x'));
    key(&mut a, KeyCode::End);
    let s = screen(&a);
    assert!(s.contains("HTML"), "{s}");
    key(&mut a, KeyCode::Enter);
    let files: Vec<_> = std::fs::read_dir(dir.path().join("sheets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let html = std::fs::read_to_string(&files[0]).unwrap();
    assert!(html.contains("A stethoscope, and a computer for notes all day"));
    assert!(html.contains("Dear Dr. Lee"));
    assert!(screen(&a).contains("Saved"));

    // A new program (as after a restart) finds it all.
    drop(a);
    let (_, mut a) = ana(&dir, Theme::color());
    let s = screen(&a);
    assert!(s.contains("Dr. Lee"), "{s}");
    assert!(s.contains("11 questions, 1 with notes"), "{s}");
    key(&mut a, KeyCode::Enter);
    assert_eq!(plan_questions(&a)[0], "Can I see the tools you use most?");
}

#[test]
fn mistakes_in_the_form_and_prompts_say_what_to_do_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('n'));
    save(&mut a);
    assert!(
        screen(&a).contains("Type the name of the person"),
        "{}",
        screen(&a)
    );
    typed(&mut a, "Sam");
    save(&mut a);
    // The reason shows under the field, and the focus moves there.
    assert!(screen(&a).contains("Type their job"));
    typed(&mut a, "nurse");
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "next tuesday");
    // Enter moves through the fields and saves from the last: a bad "When" is named.
    for _ in 0..3 {
        key(&mut a, KeyCode::Enter);
    }
    let s = screen(&a);
    assert!(s.contains("is not a date medpath can read"), "{s}");
    // Nothing was saved; the form keeps what was typed.
    let st = Store::open(&path).unwrap();
    assert!(st.plans(1).unwrap().is_empty());
    for _ in 0.."next tuesday".len() {
        key(&mut a, KeyCode::Backspace);
    }
    save(&mut a);
    assert!(screen(&a).contains("Interview with Sam"));
    let n = plan_questions(&a).len();
    // An empty question is refused, the window stays open, and Esc cancels.
    key(&mut a, KeyCode::Char('w'));
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("The question is empty"));
    key(&mut a, KeyCode::Esc);
    assert_eq!(plan_questions(&a).len(), n);
    // Notes that are far too long are refused with their length, and kept to fix.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, &"a".repeat(2001));
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("2001 characters long"), "{s}");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Notes saved."));
}

#[test]
fn without_colour_the_choice_shows_and_every_tab_draws_at_any_size() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a) = ana(&dir, Theme::mono());
    new_plan(&mut a);
    for tab in 0..6 {
        let s = screen(&a);
        assert!(s.contains('['), "the tab in use is marked: {s}");
        if tab != 2 && tab != 5 {
            assert!(s.contains('▶'), "tab {tab}: the chosen row is marked: {s}");
        }
        for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 24), (200, 60)] {
            draw(&a, w, h);
        }
        key(&mut a, KeyCode::Right);
    }
    // The bank and the choosers draw too.
    key(&mut a, KeyCode::Char('a'));
    for (w, h) in [(1, 1), (30, 8), (200, 60)] {
        draw(&a, w, h);
    }
    assert!(screen(&a).contains('▶'));
}

#[test]
fn without_a_profile_it_says_where_to_make_one() {
    let mut a = app();
    key(&mut a, KeyCode::Char('5'));
    let s = screen(&a);
    assert!(
        s.contains("Interview plans are kept with your profile"),
        "{s}"
    );
    key(&mut a, KeyCode::Char('n'));
    assert!(a.screens.interview.form().is_none());
}

/// A clock that moves on one second each time it is read.
struct Ticking(std::cell::Cell<i64>);

impl medpath::domain::Clock for Ticking {
    fn now(&self) -> i64 {
        self.0.set(self.0.get() + 1);
        self.0.get()
    }
}

#[test]
fn closing_a_plan_keeps_it_chosen_even_when_it_moves_to_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let (path, a) = ana(&dir, Theme::color());
    drop(a);
    let store = Store::open(&path).unwrap();
    let clock = Ticking(std::cell::Cell::new(NOON));
    let mut a = App::new(store, Box::new(clock), Theme::color()).unwrap();
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('5'));
    new_plan(&mut a);
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Sam Ortiz");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "school nurse");
    save(&mut a);
    key(&mut a, KeyCode::Esc);
    // Sam is newest, so Dr. Lee is second; open Dr. Lee and change something.
    key(&mut a, KeyCode::Down);
    assert!(
        screen(&a).contains("▶ 2026-12-03  Dr. Lee"),
        "{}",
        screen(&a)
    );
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('w'));
    typed(&mut a, "What do you eat on a long shift?");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    // Dr. Lee moved to the top and is still the chosen plan.
    let s = screen(&a);
    let lines: Vec<&str> = s.lines().collect();
    assert!(lines[2].contains("▶ 2026-12-03  Dr. Lee"), "{s}");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Interview with Dr. Lee"));
}

#[test]
fn a_career_the_catalog_does_not_have_is_not_linked_to_the_closest_one() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut a) = ana(&dir, Theme::color());
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Dr. Okafor");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "works on AI for hospitals");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "AI");
    let s = screen(&a);
    assert!(
        s.contains("no career in the catalog matches"),
        "a weak search links nothing: {s}"
    );
    assert!(!s.contains("→ "), "{s}");
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "how they started");
    key(&mut a, KeyCode::Enter);
    let open = a.screens.interview.open.as_ref().expect("a plan is open");
    assert_eq!(open.plan.details.career_id, None);
}
