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
    let f = a.screens.home.form().unwrap();
    assert_eq!(f.value(ProfileField::Name), "Zoë Ramírez");
    key(&mut a, KeyCode::Tab);
    paste(&mut a, "1\n0");
    assert_eq!(
        a.screens.home.form().unwrap().value(ProfileField::Grade),
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
    let (path, mut a) = school(&dir, &["Ben"]);
    // Counselor mode: set the passphrase, open Ben's record, record a check-in.
    new_check_in(&mut a);
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

/// Every text box of the program, in turn, with the same paste: it all lands in the box with
/// the focus, on one line, and nothing else happens.
#[test]
fn every_text_box_takes_a_paste_whole() {
    use medpath::tui::screens::interview_form::PlanField;
    use medpath::tui::screens::interview_plan::Popup as PlanPopup;
    use medpath::tui::screens::myplan::Popup;
    use medpath::tui::screens::myplan_forms::{ExpField, GoalField};
    const TEXT: &str = "Line one\n1 d y\nq";
    const ONE_LINE: &str = "Line one 1 d y q";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("medpath.db");
    let mut store = Store::open(&path).unwrap();
    for n in ["Ana", "Ben"] {
        store
            .add_student(&NewStudent::parse(n, "9").unwrap(), NOON)
            .unwrap();
    }
    drop(store);
    let mut a = App::new(
        Store::open(&path).unwrap(),
        Box::new(FixedClock(NOON)),
        Theme::color(),
    )
    .unwrap();
    let students = |p: &std::path::Path| Store::open(p).unwrap().students().unwrap().len();

    // Home: the name filter, renaming, a PIN.
    key(&mut a, KeyCode::Char('/'));
    paste(&mut a, TEXT);
    assert_eq!(a.screens.home.filter.input.value(), ONE_LINE);
    key(&mut a, KeyCode::Esc);
    assert!(!a.quit);
    assert!(a.screens.home.filter.input.value().is_empty());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('r'));
    paste(&mut a, TEXT);
    let rename = a.screens.home.prompt().unwrap();
    assert!(rename.value().ends_with(ONE_LINE), "{}", rename.value());
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('p'));
    paste(&mut a, "12\n34");
    assert_eq!(a.screens.home.prompt().unwrap().value(), "12 34");
    key(&mut a, KeyCode::Esc);
    assert_eq!(students(&path), 2);

    // Interview: every box of the plan form, then a question of one's own.
    key(&mut a, KeyCode::Char('5'));
    key(&mut a, KeyCode::Char('n'));
    for f in [
        PlanField::Person,
        PlanField::Role,
        PlanField::Career,
        PlanField::Date,
    ] {
        paste(&mut a, TEXT);
        let form = &a.screens.interview.form().unwrap().form;
        assert_eq!(form.value(f), ONE_LINE, "{f:?}");
        key(&mut a, KeyCode::Tab);
    }
    key(&mut a, KeyCode::Tab);
    paste(&mut a, TEXT);
    let form = &a.screens.interview.form().unwrap().form;
    assert_eq!(form.value(PlanField::Goal), ONE_LINE);
    // Fix the date and save, then write a question.
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::BackTab);
    for _ in 0..ONE_LINE.len() {
        key(&mut a, KeyCode::Backspace);
    }
    save(&mut a);
    assert!(a.screens.interview.form().is_none(), "{}", screen(&a));
    key(&mut a, KeyCode::Char('w'));
    paste(&mut a, TEXT);
    let open = a.screens.interview.open.as_ref().unwrap();
    match &open.popup {
        Some(PlanPopup::Prompt(_, p)) => assert_eq!(p.value(), ONE_LINE),
        _ => panic!("no question box"),
    }
    key(&mut a, KeyCode::Esc);

    // My plan: the experience and goal forms.
    key(&mut a, KeyCode::Char('6'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::Tab);
    for f in [
        ExpField::Name,
        ExpField::Start,
        ExpField::End,
        ExpField::Hours,
        ExpField::Reflection,
    ] {
        paste(&mut a, TEXT);
        match &a.screens.myplan.popup {
            Some(Popup::Experience(form)) => assert_eq!(form.form.value(f), ONE_LINE, "{f:?}"),
            _ => panic!("no experience form"),
        }
        key(&mut a, KeyCode::Tab);
    }
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    for f in [GoalField::Text, GoalField::Due] {
        paste(&mut a, TEXT);
        match &a.screens.myplan.popup {
            Some(Popup::Goal(form)) => assert_eq!(form.form.value(f), ONE_LINE, "{f:?}"),
            _ => panic!("no goal form"),
        }
        key(&mut a, KeyCode::Tab);
    }
    assert_eq!(students(&path), 2);
    assert!(!a.quit);
}
