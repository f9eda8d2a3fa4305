//! Screens at 80x24 as insta snapshots (ratatui TestBackend), the help overlay, the monochrome
//! theme keeping the selection visible, and sizes from tiny to huge without a panic.

use crossterm::event::KeyCode;
use medpath::tui::Area;
use medpath::tui::action::Action;
use medpath::tui::screens::home::ProfileField;
use medpath::tui::theme::Theme;
use ratatui::style::Modifier;

mod common;
use common::*;

#[test]
fn home_first_run() {
    insta::assert_snapshot!(screen(&app()));
}

#[test]
fn home_with_profiles_and_one_chosen() {
    let mut a = app_with(
        &[("Ana", "9"), ("مريم", "11"), ("Zoë 🩺", "7")],
        Theme::color(),
    );
    key(&mut a, KeyCode::Enter);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn new_profile_form_shows_what_is_wrong() {
    let mut a = app();
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Sam");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "15");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("outside what medpath covers"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn creating_a_profile_selects_it_and_saves_it() {
    let mut a = app();
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "  Kai  ");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "8");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().map(|s| s.name.as_str()), Some("Kai"));
    assert!(screen(&a).contains("Hi Kai!"));
    // Typing q in the form is text, not quit.
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "q");
    assert!(!a.quit);
    // Leaving with something typed asks first; Enter keeps editing, nothing is lost.
    key(&mut a, KeyCode::Esc);
    assert!(screen(&a).contains("Leave without saving?"));
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.screens.home.form().unwrap().value(ProfileField::Name),
        "q"
    );
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.home.form().is_none());
    // With nothing typed, Esc leaves at once.
    key(&mut a, KeyCode::Char('n'));
    key(&mut a, KeyCode::Esc);
    assert!(a.screens.home.form().is_none());
}

#[test]
fn duplicate_profile_name_is_refused_and_form_kept() {
    let mut a = app_with(&[("Ana", "9")], Theme::color());
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "ANA");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "10");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("already a profile"), "{s}");
    assert_eq!(
        a.screens.home.form().unwrap().value(ProfileField::Name),
        "ANA"
    );
    assert_eq!(a.screens.home.students().len(), 1);
}

#[test]
fn help_overlay_on_home() {
    let mut a = app();
    key(&mut a, KeyCode::Char('?'));
    let s = screen(&a);
    assert!(s.contains("Keys on this screen: Home"));
    assert!(s.contains("new profile"));
    insta::assert_snapshot!(s);
    key(&mut a, KeyCode::Esc);
    assert!(!a.help);
    assert!(!a.quit, "Esc closes the help, it does not quit");
}

#[test]
fn explore_list_and_detail() {
    let mut a = app();
    key(&mut a, KeyCode::Char('4'));
    assert_eq!(a.area, Area::Explore);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn explore_search_narrows_the_list() {
    let mut a = app();
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "kids doctor");
    let s = screen(&a);
    insta::assert_snapshot!(s);
    // Esc clears the search and returns to the full list.
    key(&mut a, KeyCode::Esc);
    let full = format!("Careers ({})", a.screens.explore.count());
    assert!(screen(&a).contains(&full));
}

#[test]
fn explore_help_lists_search() {
    let mut a = app();
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('?'));
    let s = screen(&a);
    assert!(s.contains("Keys on this screen: Explore"));
    assert!(s.contains("search"));
}

#[test]
fn tab_cycles_areas_and_q_quits_from_home() {
    let mut a = app();
    for expected in Area::ALL.iter().skip(1) {
        key(&mut a, KeyCode::Tab);
        assert_eq!(a.area, *expected);
    }
    // Counselor mode opens on its passphrase box, where keys are typed: Esc leaves it, back
    // to the area it was opened from.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Plan);
    key(&mut a, KeyCode::Char('1'));
    assert_eq!(a.area, Area::Home);
    key(&mut a, KeyCode::BackTab);
    assert_eq!(a.area, Area::Counselor);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
    key(&mut a, KeyCode::Char('q'));
    assert!(a.quit);
}

#[test]
fn clicks_choose_tabs_and_rows() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "10")], Theme::color());
    draw(&a, 80, 24);
    // Row 2 is the first profile (tabs on row 0, list border on row 1); row 3 the second.
    a.update(Action::Click { column: 5, row: 3 });
    assert_eq!(a.screens.home.list.selected, 1);
    a.update(Action::Click { column: 5, row: 3 });
    assert_eq!(a.student.as_ref().map(|s| s.name.as_str()), Some("Ben"));
    let explore_x = medpath::tui::widgets::tabs::layout(80)
        .into_iter()
        .find(|t| t.0 == Area::Explore)
        .unwrap()
        .2;
    a.update(Action::Click {
        column: explore_x + 1,
        row: 0,
    });
    assert_eq!(a.area, Area::Explore);
}

#[test]
fn too_small_window_says_so() {
    let a = app();
    let s = draw(&a, 50, 15).backend().to_string();
    assert!(s.contains("too small"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn any_size_renders_without_panic_and_keeps_state() {
    let mut a = app_with(&[("Ana", "9")], Theme::color());
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Down);
    let selected = a.screens.explore.list.selected;
    for w in [1u16, 2, 5, 20, 59, 60, 61, 80, 120, 300] {
        for h in [1u16, 2, 5, 19, 20, 24, 60, 100] {
            for help in [false, true] {
                a.help = help;
                draw(&a, w, h);
            }
        }
    }
    a.help = false;
    assert_eq!(a.screens.explore.list.selected, selected);
    for area in Area::ALL.iter().copied() {
        a.update(Action::GoTo(area));
        for (w, h) in [(1, 1), (60, 20), (300, 100)] {
            draw(&a, w, h);
        }
    }
}

/// In the monochrome theme the selected row is reversed and marked with a pointer.
#[test]
fn monochrome_selection_is_visible() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "10")], Theme::mono());
    key(&mut a, KeyCode::Down);
    let t = draw(&a, 80, 24);
    let buf = t.backend().buffer();
    // Row 3 holds Ben, the selected profile.
    let row: String = (0..40).map(|x| buf[(x, 3)].symbol().to_string()).collect();
    assert!(row.contains("▶ Ben"), "{row}");
    let cell = &buf[(3, 3)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    assert_eq!(cell.fg, ratatui::style::Color::Reset);
    assert_eq!(cell.bg, ratatui::style::Color::Reset);
    // The unselected row is not reversed.
    assert!(!buf[(3, 2)].modifier.contains(Modifier::REVERSED));
    // No cell anywhere uses a colour.
    for c in buf.content() {
        assert_eq!(c.fg, ratatui::style::Color::Reset);
        assert_eq!(c.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn monochrome_explore_and_tabs_mark_the_selection() {
    let mut a = app_with(&[], Theme::mono());
    key(&mut a, KeyCode::Char('4'));
    let t = draw(&a, 80, 24);
    let buf = t.backend().buffer();
    let explore_x = medpath::tui::widgets::tabs::layout(80)
        .into_iter()
        .find(|t| t.0 == Area::Explore)
        .unwrap()
        .2;
    assert!(
        buf[(explore_x + 1, 0)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    let text = t.backend().to_string();
    assert!(text.contains("▶ "), "{text}");
}

#[test]
fn rename_and_delete_a_profile_from_home() {
    let mut a = app_with(&[("Ana", "9"), ("Ben", "10")], Theme::color());
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Ana");
    // Rename: a taken name is refused in the window, which keeps what was typed.
    key(&mut a, KeyCode::Char('r'));
    assert!(screen(&a).contains("Rename this profile"));
    for _ in 0..3 {
        key(&mut a, KeyCode::Backspace);
    }
    typed(&mut a, "ben");
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("already a profile"), "{}", screen(&a));
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Backspace);
    typed(&mut a, "Anastasia");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Anastasia");
    assert!(screen(&a).contains("Renamed to Anastasia."));
    // Delete asks first, with the focus on "Keep it": typed letters and Enter keep it.
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a);
    assert!(s.contains("Delete this profile?"), "{s}");
    typed(&mut a, "yes y");
    assert!(screen(&a).contains("Delete this profile?"));
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.home.students().len(), 2);
    // A typed word that begins with d ("today") cannot delete either.
    typed(&mut a, "today");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.home.students().len(), 2);
    assert!(!a.quit);
    // Moving to "Delete" and Enter deletes.
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.home.students().len(), 1);
    assert!(a.student.is_none(), "the deleted profile is no longer open");
    assert!(screen(&a).contains("Deleted Anastasia's profile"));
}

#[test]
fn home_reads_a_thousand_profiles_a_window_at_a_time() {
    use medpath::domain::{FixedClock, NewStudent};
    let mut store = medpath::store::Store::open_in_memory().unwrap();
    // Pupil 0000 is the most recently active, Pupil 0999 the least.
    for i in 0..1000 {
        let st = store
            .add_student(
                &NewStudent::parse(&format!("Pupil {i:04}"), "9").unwrap(),
                1,
            )
            .unwrap();
        store.touch_student(st.id, NOON - 60 * i).unwrap();
    }
    let mut a =
        medpath::tui::app::App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
    assert_eq!(a.screens.home.profiles.total, 1000);
    assert!(
        a.screens.home.students().len() < 1000,
        "only a window is read"
    );
    assert!(screen(&a).contains("Pupil 0000"));
    // The last row is "new profile"; the one above it is the least recent profile.
    key(&mut a, KeyCode::End);
    assert_eq!(a.screens.home.list.selected, 1000);
    assert!(screen(&a).contains("+ New profile"));
    key(&mut a, KeyCode::Up);
    let s = screen(&a);
    assert!(s.contains("▶ Pupil 0999"), "{s}");
    assert!(a.screens.home.students().len() < 1000);
    // Opening it opens that profile, far from the first window.
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Pupil 0999");
    // Paging down from the top moves through every window with the selection in view.
    key(&mut a, KeyCode::Home);
    // A page is the rows in view (not a fixed ten).
    for page in 1..=60 {
        let before = a.screens.home.list.selected;
        key(&mut a, KeyCode::PageDown);
        let i = a.screens.home.list.selected;
        assert!(i == 1000 || i - before > 10, "page {page}: {before} to {i}");
        if i < 1000 {
            let name = format!("▶ Pupil {:04}", i - 1);
            // Opening Pupil 0999 made it the most recent, so the rest moved down by one.
            let s = screen(&a);
            assert!(s.contains(&name), "page {page}: {name} not in\n{s}");
        }
    }
    // Deleting a profile far down keeps the list in step.
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.screens.home.profiles.total, 999);
    // A window taller than the rows kept read still draws, with the selection marked.
    let big = draw(&a, 120, 500).backend().to_string();
    assert!(big.contains("▶ "), "{big}");
}

/// The words in Home's "What to do next" pane, wrapped lines joined.
fn next_pane(a: &medpath::tui::app::App) -> String {
    let t = draw(a, 80, 24);
    let buf = t.backend().buffer();
    let mut text = String::new();
    for y in 2..22 {
        for x in 35..79 {
            text.push_str(buf[(x, y)].symbol());
        }
        text.push(' ');
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn homes_next_step_follows_the_profile() {
    let mut a = app();
    assert!(next_pane(&a).contains("Pick your profile on the left"));
    // A new profile: take the assessment.
    key(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Kai");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "8");
    key(&mut a, KeyCode::Enter);
    let s = next_pane(&a);
    assert!(s.contains("Take the assessment (press 2): 57 short"), "{s}");
    // Five answers, then back to Home: the count is read again.
    key(&mut a, KeyCode::Char('2'));
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "45342");
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
    let s = next_pane(&a);
    assert!(s.contains("5 of 57 answered. Press 2"), "{s}");
    // The rest, then Home again from the results: read the matches and star some.
    key(&mut a, KeyCode::Char('2'));
    assert!(screen(&a).contains("Question 6 of 57"));
    typed(&mut a, &"4521".repeat(13)[..49]);
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "55");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Area::Results);
    key(&mut a, KeyCode::Char('1'));
    let s = next_pane(&a);
    assert!(s.contains("Your results are ready! Press 3"), "{s}");
    assert!(s.contains("press * to star"), "{s}");
    insta::assert_snapshot!(screen(&a));
    // A starred career: plan an interview.
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('*'));
    key(&mut a, KeyCode::Char('1'));
    let s = next_pane(&a);
    assert!(s.contains("Press 5 to plan an interview"), "{s}");
}

#[test]
fn typing_a_name_filters_homes_profiles() {
    let mut a = app_with(
        &[
            ("José", "9"),
            ("Jose", "10"),
            ("Joséphine", "8"),
            ("Ana", "9"),
        ],
        Theme::color(),
    );
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "jos");
    let s = screen(&a);
    assert!(s.contains("Profiles (3 of 4)"), "{s}");
    assert!(s.contains("Find: jos"), "{s}");
    assert!(s.contains("José ") && s.contains("Jose ") && s.contains("Joséphine"));
    assert!(!s.contains("Ana "), "{s}");
    insta::assert_snapshot!(s);
    // More letters narrow it; Enter goes to the list, at its top.
    typed(&mut a, "eph");
    assert!(screen(&a).contains("Profiles (1 of 4)"));
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("▶ Joséphine"), "{}", screen(&a));
    // Esc clears the filter (it does not quit); every profile is back.
    key(&mut a, KeyCode::Esc);
    assert!(!a.quit);
    let s = screen(&a);
    assert!(s.contains("┌ Profiles ─") && s.contains("Ana "), "{s}");
    // Nothing found says so; a paste goes in whole; opening a profile clears the filter.
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "zed");
    let s = screen(&a);
    assert!(
        s.contains("Profiles (0 of 4)") && s.contains("No profile name"),
        "{s}"
    );
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('/'));
    paste(&mut a, "ANA\n");
    assert_eq!(a.screens.home.filter.input.value(), "ANA ");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().unwrap().name, "Ana");
    assert!(!a.screens.home.filter.shown());
    assert!(screen(&a).contains("▶ Ana "), "{}", screen(&a));
}

#[test]
fn letters_typed_in_homes_filter_never_open_a_dialog() {
    let mut a = app_with(&[("Dana", "9"), ("Ben", "10")], Theme::color());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "d drnpq?1234567 yes y");
    key(&mut a, KeyCode::Delete);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.home.modal.is_none(), "no window opened");
    assert!(!a.help && !a.quit);
    assert_eq!(a.area, Area::Home);
    assert_eq!(a.screens.home.profiles.total, 2);
    // The Enter went to the list, not to a dialog; the letters are all in the box.
    assert!(!a.screens.home.filter.typing);
    assert_eq!(a.screens.home.filter.input.value(), "d drnpq?1234567 yes y");
}
