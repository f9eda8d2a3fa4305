//! Pastes (bracketed paste) go whole into the focused box: line breaks kept in boxes of
//! several lines, turned into spaces in one-line boxes; where no box has the focus a paste is
//! ignored with a message, and it never runs a command.

mod common;

use common::*;
use crossterm::event::KeyCode;
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::Area;
use medpath::tui::app::App;
use medpath::tui::screens::home::ProfileField;
use medpath::tui::theme::Theme;

/// Digits, d, y, q, Enter and Esc: every one of them a command somewhere.
const NASTY: &str = "Met Dr. Lee\n1 d y by 5\nq\x1b 7";

#[test]
fn a_paste_where_no_box_has_the_focus_is_ignored_with_a_message() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "10")], Theme::color());
    key(&mut a, KeyCode::Enter);
    paste(&mut a, NASTY);
    assert_eq!(a.area, Area::Home, "no digit switched areas");
    assert!(!a.quit);
    assert_eq!(a.screens.home.students().len(), 2, "nothing deleted");
    assert!(
        screen(&a).contains("The paste was not used"),
        "{}",
        screen(&a)
    );
    // In the assessment a paste answers nothing.
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Assessment);
    paste(&mut a, "5\n5\n5\n4\n3\n");
    assert_eq!(a.screens.assessment.position(), 0, "a paste answered items");
    // And digits other than 1-5 do not switch areas while an item is on screen.
    key(&mut a, KeyCode::Char('7'));
    key(&mut a, KeyCode::Char('3'));
    assert_eq!(a.area, Area::Assessment);
    assert_eq!(
        a.screens.assessment.position(),
        1,
        "3 answered the first item"
    );
}

#[test]
fn one_line_boxes_take_the_whole_paste_on_one_line() {
    let mut a = app_with(&[], Theme::color());
    key(&mut a, KeyCode::Char('n'));
    paste(&mut a, "Zoë\nRamírez");
    let f = a.screens.home.form.as_ref().unwrap();
    assert_eq!(f.value(ProfileField::Name), "Zoë Ramírez");
    key(&mut a, KeyCode::Tab);
    paste(&mut a, "1\n0");
    assert_eq!(
        a.screens
            .home
            .form
            .as_ref()
            .unwrap()
            .value(ProfileField::Grade),
        "1 0"
    );
    // The explore search and a note on a career.
    let mut a = app_with(&[("Maya", "9")], Theme::color());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('/'));
    paste(&mut a, "nurse\n");
    assert_eq!(a.screens.explore.query.value(), "nurse ");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('n'));
    paste(&mut a, NASTY);
    key(&mut a, KeyCode::Enter);
    let starred = a.screens.explore.starred();
    assert_eq!(starred.len(), 1);
    assert_eq!(starred[0].note, "Met Dr. Lee 1 d y by 5 q 7");
    assert_eq!(a.area, Area::Explore);
}

#[test]
fn boxes_of_several_lines_keep_the_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("medpath.db");
    let mut store = Store::open(&path).unwrap();
    store
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), NOON)
        .unwrap();
    drop(store);
    let mut a = App::new(
        Store::open(&path).unwrap(),
        Box::new(FixedClock(NOON)),
        Theme::color(),
    )
    .unwrap();
    // Counselor mode: set the passphrase, open Ben's record, record a check-in.
    key(&mut a, KeyCode::Char('7'));
    for _ in 0..2 {
        typed(&mut a, "blue heron morning");
        key(&mut a, KeyCode::Enter);
    }
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('c'));
    paste(&mut a, "Talked about HOSA.\r\nNext: shadowing.\n1 d y");
    key(&mut a, KeyCode::Tab);
    paste(&mut a, "Worried about cost.\nq\x1b");
    save(&mut a);
    assert!(screen(&a).contains("Check-in saved"), "{}", screen(&a));
    let st = Store::open(&path).unwrap();
    let ci = st.checkins(1).unwrap();
    assert_eq!(ci.len(), 1);
    assert_eq!(ci[0].summary, "Talked about HOSA.\nNext: shadowing.\n1 d y");
}
