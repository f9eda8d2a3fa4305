//! Counselor mode in the full-screen program: the passphrase (chosen on first use, asked
//! after), the roster (sort, search, flags), a student's record with a check-in, private
//! notes and two goals, and what the student then sees (the goals, never the notes).

mod common;

use common::{app_with, draw, key, save, screen, typed};
use crossterm::event::KeyCode;
use medpath::tui::Area;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;

const PASS: &str = "blue heron morning";

fn three() -> App {
    app_with(&[("Ana", "9"), ("Ben", "10"), ("Cy", "11")], Theme::color())
}

fn unlock_first_time(a: &mut App) {
    key(a, KeyCode::Char('7'));
    assert_eq!(a.area, Area::Counselor);
    assert!(screen(a).contains("Choose a counselor passphrase"));
    typed(a, "short");
    key(a, KeyCode::Enter);
    assert!(screen(a).contains("at least 8"), "{}", screen(a));
    typed(a, PASS);
    assert!(!screen(a).contains(PASS), "typed as dots");
    key(a, KeyCode::Enter);
    typed(a, "blue heron mornin");
    key(a, KeyCode::Enter);
    assert!(screen(a).contains("not the same"));
    typed(a, PASS);
    key(a, KeyCode::Enter);
    typed(a, PASS);
    key(a, KeyCode::Enter);
    assert!(a.screens.counselor.is_unlocked());
}

fn open_record(a: &mut App, name: &str) {
    key(a, KeyCode::Char('/'));
    typed(a, name);
    key(a, KeyCode::Enter);
    key(a, KeyCode::Enter);
}

#[test]
fn a_counselor_holds_a_check_in_and_the_student_sees_goals_but_not_notes() {
    let mut a = three();
    unlock_first_time(&mut a);
    let s = screen(&a);
    assert!(s.contains("Roster: 3 students"), "{s}");
    insta::assert_snapshot!("roster", s);

    open_record(&mut a, "ben");
    assert!(screen(&a).contains("At a glance"));
    key(&mut a, KeyCode::Char('c'));
    typed(&mut a, "Talked about summer programs.");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "SECRET-NOTE family pressure");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "Ask about HOSA");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-12-01");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "Email Dr. Lee");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-11-01");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("Check-in saved with 2 goals"), "{s}");
    assert!(s.contains("SECRET-NOTE"), "the counselor sees the notes");
    assert!(
        s.contains("OVERDUE"),
        "the goal due before today is overdue: {s}"
    );
    insta::assert_snapshot!("record", s);
    key(&mut a, KeyCode::Left);
    assert!(
        screen(&a).contains("Overdue goals"),
        "the agenda: {}",
        screen(&a)
    );
    key(&mut a, KeyCode::Left);
    assert!(screen(&a).contains("Check-in"), "the timeline");

    // Back on the roster Ben's overdue goal is flagged.
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Esc);
    let s = screen(&a);
    assert!(s.contains("overdue 1"), "{s}");

    // Leaving counselor mode locks it; the student side never shows the notes.
    key(&mut a, KeyCode::Char('1'));
    assert!(!a.screens.counselor.is_unlocked());
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Ben");
    for area in ['1', '2', '3', '4', '5', '6'] {
        key(&mut a, KeyCode::Char(area));
        for size in [(80, 24), (200, 60)] {
            let t = draw(&a, size.0, size.1);
            assert!(
                !t.backend().to_string().contains("SECRET-NOTE"),
                "area {area}"
            );
        }
    }
    key(&mut a, KeyCode::Char('7'));
    let s = screen(&a);
    assert!(s.contains("Type the counselor passphrase"), "{s}");
    assert!(!s.contains("SECRET-NOTE"));
}

#[test]
fn a_wrong_passphrase_is_refused_and_waits_grow() {
    let mut a = three();
    unlock_first_time(&mut a);
    key(&mut a, KeyCode::Char('L'));
    assert!(!a.screens.counselor.is_unlocked());
    assert!(screen(&a).contains("Type the counselor passphrase"));
    typed(&mut a, "green heron evening");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("passphrase is not right"));
    typed(&mut a, "green heron evening");
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "green heron evening");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Wait 5 seconds"), "{}", screen(&a));
    // The right one is not taken while waiting (the clock in tests stands still).
    typed(&mut a, PASS);
    key(&mut a, KeyCode::Enter);
    assert!(!a.screens.counselor.is_unlocked());
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
}

#[test]
fn the_roster_sorts_searches_and_marks_the_selection_without_colour() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "12"), ("Cy", "11")], Theme::mono());
    unlock_first_time(&mut a);
    key(&mut a, KeyCode::Char('s'));
    let s = screen(&a);
    assert!(s.contains("by name"), "{s}");
    key(&mut a, KeyCode::Char('s'));
    let s = screen(&a);
    assert!(s.contains("by grade"), "{s}");
    let ben = s.lines().position(|l| l.contains("Ben ")).unwrap();
    let cy = s.lines().position(|l| l.contains("Cy ")).unwrap();
    assert!(ben < cy, "grade 12 first");
    assert!(
        s.contains("▶ Ana"),
        "the selection stays on Ana, with a marker: {s}"
    );
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "zz");
    assert!(screen(&a).contains("No student matches"));
    key(&mut a, KeyCode::Esc);
    assert!(screen(&a).contains("Roster: 3 students"));
}

#[test]
fn counselor_screens_render_at_any_size() {
    let mut a = three();
    for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 24), (200, 60)] {
        draw(&a, w, h);
    }
    unlock_first_time(&mut a);
    for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 24), (200, 60)] {
        draw(&a, w, h);
    }
    open_record(&mut a, "ana");
    key(&mut a, KeyCode::Char('c'));
    for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 24), (200, 60)] {
        draw(&a, w, h);
    }
    // Enter in the summary is a new line; Ctrl-S saves.
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("New check-in"));
    save(&mut a);
    assert!(screen(&a).contains("YYYY-MM-DD") || screen(&a).contains("Check-in saved"));
}
