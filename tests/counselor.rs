//! Counselor mode in the full-screen program: without staff set-up, key 7 only says how to
//! set it up; the passphrase (asked each time; the lock screen names the way back from a
//! forgotten one), locking itself when left alone and on suspend, the roster (sort, search, flags), a student's record with a check-in, private
//! notes and two goals, and what the student then sees (the goals, never the notes).

mod common;

use common::{NOON, app_with, app_with_counselor, draw, key, save, screen, typed};
use crossterm::event::KeyCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use crossterm::event::{Event, KeyEvent, KeyModifiers};
use medpath::domain::{Clock, NewStudent};
use medpath::store::Store;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use medpath::tui::{Area, Step, handle_event};

const PASS: &str = "quiet heron lantern morning 42";

fn three() -> App {
    app_with_counselor(&[("Ana", "9"), ("Ben", "10"), ("Cy", "11")], Theme::color())
}

fn unlock_first_time(a: &mut App) {
    key(a, KeyCode::Char('7'));
    assert_eq!(a.area, Area::Counselor);
    assert!(screen(a).contains("Type the counselor passphrase"));
    typed(a, PASS);
    assert!(!screen(a).contains(PASS), "typed as dots");
    key(a, KeyCode::Enter);
    assert!(a.screens.counselor.is_unlocked(), "{}", screen(a));
}

/// A clock the test moves by hand.
#[derive(Clone)]
struct HandClock(Arc<AtomicI64>);

impl Clock for HandClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

fn with_hand_clock() -> (App, Arc<AtomicI64>) {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), NOON)
        .unwrap();
    store.set_up_counselor(PASS, NOON).unwrap();
    store.set_lock_after_minutes(3).unwrap();
    let t = Arc::new(AtomicI64::new(NOON));
    let a = App::new(store, Box::new(HandClock(t.clone())), Theme::color()).unwrap();
    (a, t)
}

#[test]
fn without_staff_set_up_key_7_says_how_and_offers_no_form() {
    let mut a = app_with(&[("Ana", "9")], Theme::color());
    key(&mut a, KeyCode::Char('7'));
    assert_eq!(a.area, Area::Counselor);
    let s = screen(&a);
    assert!(s.contains("medpath counselor init"), "{s}");
    assert!(!s.contains("Choose"), "{s}");
    insta::assert_snapshot!("not_set_up", s);
    // Typing and Enter set nothing up.
    typed(&mut a, PASS);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, PASS);
    key(&mut a, KeyCode::Enter);
    assert!(!a.screens.counselor.is_unlocked());
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
}

#[test]
fn the_lock_screen_names_the_way_back_from_a_forgotten_passphrase() {
    let mut a = three();
    key(&mut a, KeyCode::Char('7'));
    let s = screen(&a);
    assert!(s.contains("medpath counselor reset"), "{s}");
    insta::assert_snapshot!("lock_screen", s);
}

#[test]
fn counselor_mode_locks_itself_after_the_idle_minutes() {
    let (mut a, t) = with_hand_clock();
    unlock_first_time(&mut a);
    assert!(screen(&a).contains("Locks after 3 min"), "{}", screen(&a));
    // Keys keep it open.
    for _ in 0..4 {
        t.fetch_add(170, Ordering::SeqCst);
        assert!(!a.tick());
        key(&mut a, KeyCode::Down);
        assert!(a.screens.counselor.is_unlocked());
    }
    // Left alone: the tick locks it.
    t.fetch_add(179, Ordering::SeqCst);
    assert!(!a.tick());
    assert!(a.screens.counselor.is_unlocked());
    t.fetch_add(1, Ordering::SeqCst);
    assert!(a.tick(), "locked by the tick");
    assert!(!a.screens.counselor.is_unlocked());
    let s = screen(&a);
    assert!(s.contains("locked itself after 3 minutes"), "{s}");
    assert!(s.contains("Type the counselor passphrase"), "{s}");
    // A key after the minutes, before any tick, also finds it locked and does nothing.
    typed(&mut a, PASS);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.counselor.is_unlocked());
    t.fetch_add(600, Ordering::SeqCst);
    key(&mut a, KeyCode::Enter);
    assert!(!a.screens.counselor.is_unlocked());
    assert!(
        !screen(&a).contains("At a glance"),
        "the key opened nothing"
    );
}

#[test]
fn suspending_the_program_locks_counselor_mode() {
    let mut a = three();
    unlock_first_time(&mut a);
    let ctrl_z = Event::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL));
    assert_eq!(handle_event(&mut a, &ctrl_z), Step::Suspend);
    assert!(!a.screens.counselor.is_unlocked());
    let s = screen(&a);
    assert!(s.contains("Type the counselor passphrase"), "{s}");
    assert!(!s.contains("Roster"), "{s}");
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
    // Five wrong tries are free; the sixth asks to wait a second.
    for _ in 0..3 {
        typed(&mut a, "green heron evening");
        key(&mut a, KeyCode::Enter);
        assert!(screen(&a).contains("passphrase is not right"));
    }
    typed(&mut a, "green heron evening");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Wait 1 second"), "{}", screen(&a));
    // The right one is not taken while waiting (the clock in tests stands still).
    typed(&mut a, PASS);
    key(&mut a, KeyCode::Enter);
    assert!(!a.screens.counselor.is_unlocked());
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
}

#[test]
fn the_roster_sorts_searches_and_marks_the_selection_without_colour() {
    let mut a = app_with_counselor(&[("Ana", "9"), ("Ben", "12"), ("Cy", "11")], Theme::mono());
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
