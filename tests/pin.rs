//! PINs on Home: set by the student in their open profile (typed twice, shown as dots, with
//! the plain warning), asked for before anyone opens, renames or deletes that profile, and
//! growing waits after wrong tries.

mod common;

use common::{app_with, key, screen, typed};
use crossterm::event::KeyCode;
use medpath::tui::theme::Theme;

fn open_row(a: &mut medpath::tui::app::App, name: &str) {
    let i = a
        .screens
        .home
        .students()
        .iter()
        .position(|s| s.name == name)
        .unwrap();
    key(a, KeyCode::Char('1'));
    key(a, KeyCode::Home);
    for _ in 0..i {
        key(a, KeyCode::Down);
    }
    key(a, KeyCode::Enter);
}

#[test]
fn a_student_sets_a_pin_and_a_classmate_cannot_open_the_profile_without_it() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "10"), ("Cy", "11")], Theme::color());
    // p on a profile that is not open says to open it first.
    key(&mut a, KeyCode::Char('p'));
    assert!(screen(&a).contains("Open your own profile first"));

    open_row(&mut a, "Ana");
    assert_eq!(a.student.as_ref().unwrap().name, "Ana");
    key(&mut a, KeyCode::Char('p'));
    let s = screen(&a);
    assert!(s.contains("Set a PIN"), "{s}");
    assert!(
        s.contains("lock the database file"),
        "the plain warning: {s}"
    );
    typed(&mut a, "12");
    assert!(screen(&a).contains("> ••"), "the PIN shows as dots");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("4 to 8 digits"));
    typed(&mut a, "4826");
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "4827");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("not the same"), "a typo is caught");
    typed(&mut a, "4826");
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "4826");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("PIN saved"), "{s}");
    assert!(s.contains("Ana [PIN]"), "{s}");
    assert!(!s.contains("4826"));

    // Ben opens his own profile; then tries Ana's.
    open_row(&mut a, "Ben");
    assert_eq!(a.student.as_ref().unwrap().name, "Ben");
    open_row(&mut a, "Ana");
    assert_eq!(
        a.student.as_ref().unwrap().name,
        "Ben",
        "not open without the PIN"
    );
    assert!(screen(&a).contains("This profile has a PIN"));
    for _ in 0..3 {
        typed(&mut a, "0000");
        key(&mut a, KeyCode::Enter);
    }
    let s = screen(&a);
    assert!(s.contains("Wait 5 seconds"), "{s}");
    assert_eq!(a.student.as_ref().unwrap().name, "Ben");
    key(&mut a, KeyCode::Esc);

    // Renaming or deleting Ana's profile also needs her PIN.
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("This profile has a PIN"));
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('r'));
    assert!(screen(&a).contains("This profile has a PIN"));
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.screens.home.students().len(), 3);
}

#[test]
fn the_right_pin_opens_and_an_empty_pin_removes_it() {
    let mut a = app_with(&[("Ana", "9")], Theme::mono());
    open_row(&mut a, "Ana");
    key(&mut a, KeyCode::Char('p'));
    typed(&mut a, "13579");
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "13579");
    key(&mut a, KeyCode::Enter);
    // A new session: the app forgets who was open.
    a.screens.home.current = None;
    a.student = None;
    open_row(&mut a, "Ana");
    assert!(a.student.is_none());
    typed(&mut a, "13579");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Ana");
    key(&mut a, KeyCode::Char('p'));
    assert!(screen(&a).contains("leave it empty"));
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("PIN removed"));
    assert!(!a.screens.home.students()[0].has_pin);
}

/// Home asks the same access rule as the command line: a profile with a counselor's
/// check-ins is renamed or deleted only with the counselor passphrase, even by its student.
#[test]
fn deleting_a_profile_with_counselor_records_asks_for_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = common::school(&dir, &["Ana", "Ben"]);
    {
        let mut s = medpath::store::Store::open(&path).unwrap();
        let ana = s.student_by_name("Ana").unwrap().unwrap();
        // Set up by `school`, as staff do.
        let v = s
            .unlock_counselor("quiet heron lantern morning 42", 1)
            .unwrap();
        s.add_checkin(ana.id, "2025-11-20", "Talked.", Some((&v, "PRIVATE")), 2)
            .unwrap();
    }
    open_row(&mut a, "Ana");
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a);
    assert!(s.contains("counselor passphrase is needed"), "{s}");
    insta::assert_snapshot!("home_passphrase_before_delete", s);
    typed(&mut a, "not it at all");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("not right"), "{}", screen(&a));
    key(&mut a, KeyCode::Esc);
    assert!(!screen(&a).contains("Delete"), "nothing is asked any more");
    key(&mut a, KeyCode::Char('d'));
    typed(&mut a, "quiet heron lantern morning 42");
    key(&mut a, KeyCode::Enter);
    // Now the usual question, with "Keep it" chosen first.
    let s = screen(&a);
    assert!(s.contains("Keep it"), "{s}");
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    let names: Vec<String> = a
        .screens
        .home
        .students()
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["Ben"]);
    // Ben has no counselor records: the question comes at once.
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("Keep it"), "{}", screen(&a));
}
