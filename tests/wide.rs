//! Every main screen at 200x60 as insta snapshots: lists and tables use the width there is,
//! and no profile or career name in view is cut with an ellipsis (at 160x48 either).

mod common;

use common::NOON;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use medpath::domain::courses::Course;
use medpath::domain::record::{CourseStatus, ExperienceKind, parse_experience, parse_goal};
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::action_for_event;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use medpath::tui::{Area, Area::*};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::LazyLock;

const W: u16 = 200;
const H: u16 = 60;

/// Profiles with long, wide, right-to-left and emoji names; the first one (Maximiliana) is the
/// most recent, so Enter on Home opens her.
const NAMES: [(&str, &str); 6] = [
    ("Maximiliana Konstantinopoulou-Fairwether", "11"),
    ("Ana", "9"),
    ("مريم الحسيني", "10"),
    ("王小明", "12"),
    ("Zoë 🩺", "7"),
    ("נועה כהן", "8"),
];

/// Careers she starred: some of the longest titles in the catalog.
const STARRED: [&str; 4] = [
    "health-services-manager",
    "child-psychiatrist",
    "nursing-assistant",
    "family-physician",
];

fn draw(a: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| a.render(f)).unwrap();
    t
}

fn wide(a: &App) -> String {
    draw(a, W, H).backend().to_string()
}

/// A key, after a draw at 200x60 so the app knows the window, as the real loop does.
fn press(a: &mut App, code: KeyCode) {
    draw(a, W, H);
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(act) = action_for_event(a, &ev) {
        a.update(act);
    }
}

fn typed(a: &mut App, text: &str) {
    for ch in text.chars() {
        press(a, KeyCode::Char(ch));
    }
}

/// A database with the profiles; Maximiliana starred four careers and has a plan with
/// courses, an experience and a goal. Returns an app with her profile open on Home.
fn school(dir: &tempfile::TempDir) -> App {
    let path = dir.path().join("medpath.db");
    let mut store = Store::open(&path).unwrap();
    let mut first = None;
    for (i, (name, grade)) in NAMES.iter().enumerate() {
        let st = store
            .add_student(
                &NewStudent::parse(name, grade).unwrap(),
                NOON - 86_400 * i as i64,
            )
            .unwrap();
        first.get_or_insert(st.id);
    }
    let id = first.unwrap();
    for c in STARRED {
        store.star(id, c, NOON).unwrap();
    }
    for (c, grade, status) in [
        (Course::Biology, 9, CourseStatus::Done),
        (Course::Psychology, 11, CourseStatus::Taking),
        (Course::Statistics, 12, CourseStatus::Planned),
    ] {
        store.set_course(id, c, grade, status, NOON).unwrap();
    }
    let ex = parse_experience(
        ExperienceKind::Volunteering,
        "Hospital gift shop and front desk at Mercy General",
        "2025-06-01",
        "2025-08-15",
        "40",
        "I liked talking with visitors and finding the way for families.",
    )
    .unwrap();
    store.add_experience(id, &ex, NOON).unwrap();
    let goal = parse_goal("Find a CPR class at the community center", "2025-12-15").unwrap();
    store.add_goal(id, None, &goal, NOON).unwrap();
    store
        .set_up_counselor("quiet heron lantern morning 42", NOON)
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let mut a = App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
    a.set_export_dir(dir.path().join("sheets"));
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.student.as_ref().map(|s| s.name.as_str()),
        Some(NAMES[0].0)
    );
    a
}

/// Every profile name above and every career title in the catalog.
static ALL_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let store = Store::open_in_memory().unwrap();
    let titles = store.careers().unwrap().into_iter().map(|c| c.title);
    NAMES
        .iter()
        .map(|(n, _)| n.to_string())
        .chain(titles)
        .collect()
});

/// Fails when any of `names` shows on `screen` cut short with an ellipsis.
fn assert_uncut(screen: &str, names: &[String]) {
    for name in names {
        let chars: Vec<char> = name.chars().collect();
        for n in 3..chars.len() {
            let cut: String = chars[..n].iter().chain(['…'].iter()).collect();
            assert!(
                !screen.contains(&cut),
                "{name:?} is cut as {cut:?}:\n{screen}"
            );
        }
    }
}

/// The screen at 200x60 as a snapshot; no name is cut there, nor at 160x48.
fn snap(a: &App, name: &str) -> String {
    let narrower = draw(a, 160, 48).backend().to_string();
    assert_uncut(&narrower, &ALL_NAMES);
    let s = wide(a);
    assert_uncut(&s, &ALL_NAMES);
    insta::assert_snapshot!(name, s);
    s
}

#[test]
#[should_panic(expected = "is cut as")]
fn the_check_finds_a_cut_name() {
    assert_uncut("│▶ Child and adolescent psychia… good 69│", &ALL_NAMES);
}

#[test]
fn home_with_profiles_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    snap(&a, "home");
    press(&mut a, KeyCode::Char('?'));
    assert!(a.help);
    snap(&a, "help");
}

#[test]
fn explore_list_and_detail_and_shortlist() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    press(&mut a, KeyCode::Char('4'));
    assert_eq!(a.area, Area::Explore);
    // Ordered by training, so the value column shows.
    press(&mut a, KeyCode::Char('s'));
    press(&mut a, KeyCode::Char('s'));
    snap(&a, "explore");
    press(&mut a, KeyCode::Char('m'));
    snap(&a, "shortlist");
}

#[test]
fn results_after_the_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    press(&mut a, KeyCode::Char('2'));
    press(&mut a, KeyCode::Enter);
    let pattern = ['5', '4', '2', '1', '3'];
    for i in 0..54 {
        press(&mut a, KeyCode::Char(pattern[i % pattern.len()]));
    }
    for k in [KeyCode::Enter, KeyCode::Char('5'), KeyCode::Char('5')] {
        press(&mut a, k);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.area, Results);
    snap(&a, "results");
}

#[test]
fn interview_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    press(&mut a, KeyCode::Char('5'));
    assert_eq!(a.area, Interview);
    press(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Dr. Alexandra Wojciechowska-Lee");
    press(&mut a, KeyCode::Tab);
    typed(
        &mut a,
        "child and adolescent psychiatrist at the children's hospital",
    );
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "child and adol");
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "2026-12-03");
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "what a normal day is like");
    press(&mut a, KeyCode::Enter);
    snap(&a, "interview_plan");
    press(&mut a, KeyCode::Esc);
    snap(&a, "interview_list");
}

#[test]
fn my_plan_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    press(&mut a, KeyCode::Char('6'));
    assert_eq!(a.area, Plan);
    snap(&a, "plan_courses");
    press(&mut a, KeyCode::Right);
    snap(&a, "plan_experiences");
    press(&mut a, KeyCode::Right);
    snap(&a, "plan_goals");
}

#[test]
fn counselor_roster_and_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = school(&dir);
    press(&mut a, KeyCode::Char('7'));
    assert_eq!(a.area, Counselor);
    typed(&mut a, "quiet heron lantern morning 42");
    press(&mut a, KeyCode::Enter);
    assert!(a.screens.counselor.is_unlocked());
    snap(&a, "roster");
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "maxi");
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Enter);
    let s = snap(&a, "record");
    assert!(s.contains(NAMES[0].0), "{s}");
}
