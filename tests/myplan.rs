//! My plan, used as a student would: plan courses for the starred careers, log an experience,
//! set and tick goals, make mistakes in the forms, and see the counselor's goals.

mod common;

use common::*;
use crossterm::event::KeyCode;
use medpath::domain::record::{CourseStatus, GoalStatus, parse_goal};
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::Area;
use medpath::tui::app::{App, View};
use medpath::tui::screen::Screen;
use medpath::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// A database with Ana (grade 9) who starred a pediatrician and a registered nurse (when
/// `star`); an app with her profile chosen, on My plan.
fn ana(dir: &tempfile::TempDir, theme: Theme, star: bool) -> (std::path::PathBuf, App) {
    let path = dir.path().join("medpath.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), NOON)
        .unwrap()
        .id;
    if star {
        for c in ["pediatrician", "registered-nurse"] {
            store.star(id, c, NOON).unwrap();
        }
    }
    drop(store);
    let store = Store::open(&path).unwrap();
    let mut a = App::new(store, Box::new(FixedClock(NOON)), theme).unwrap();
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('6'));
    assert_eq!(a.area, Area::Plan);
    (path, a)
}

fn store(path: &std::path::Path) -> (Store, i64) {
    let s = Store::open(path).unwrap();
    let id = s.student_by_name("Ana").unwrap().unwrap().id;
    (s, id)
}

/// The course plan as (course id, grade, status).
fn courses(path: &std::path::Path) -> Vec<(String, u8, CourseStatus)> {
    let (s, id) = store(path);
    s.course_plan(id)
        .unwrap()
        .into_iter()
        .map(|c| (c.course, c.grade, c.status))
        .collect()
}

/// The line of the screen that holds `text`.
fn line_with(s: &str, text: &str) -> String {
    s.lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no {text:?} in\n{s}"))
        .to_string()
}

#[test]
fn plan_courses_log_an_experience_and_tick_a_goal() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color(), true);
    let s = screen(&a);
    assert!(
        s.contains("Courses for your starred careers: Pediatrician, Registered nurse"),
        "{s}"
    );
    assert!(s.contains("Grade 9: nothing planned yet"), "{s}");
    assert!(
        s.contains("helps with: Pediatrician, Registered nurse"),
        "{s}"
    );
    assert!(s.contains("ask your counselor what yours offers"), "{s}");

    // Add a course from the chooser: the one both careers call for comes first.
    key(&mut a, KeyCode::Char('a'));
    let s = screen(&a);
    assert!(s.contains("Add a course"), "{s}");
    key(&mut a, KeyCode::Enter);
    let plan = courses(&path);
    assert_eq!(plan.len(), 1, "{plan:?}");
    let (id, grade, status) = plan[0].clone();
    assert_eq!(status, CourseStatus::Planned);
    let course = medpath::domain::courses::Course::parse(&id).unwrap();
    assert_eq!(grade, course.usual_grade());
    let label = course.label();
    assert!(
        screen(&a).contains(&format!("Saved. {label} is planned for grade {grade}.")),
        "{}",
        screen(&a)
    );

    // A later grade, then an earlier one, then the status.
    key(&mut a, KeyCode::Char(']'));
    assert_eq!(courses(&path)[0].1, grade + 1);
    key(&mut a, KeyCode::Char('-'));
    key(&mut a, KeyCode::Char('+'));
    assert_eq!(courses(&path)[0].1, grade + 1);
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(courses(&path)[0].2, CourseStatus::Taking);
    let s = screen(&a);
    assert!(
        s.contains(&format!(
            "Saved. You are taking {label} in grade {}.",
            grade + 1
        )),
        "{s}"
    );
    assert!(line_with(&s, "▶").contains("taking"), "{s}");

    // A suggestion goes in with Enter, and comes out again after y.
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(courses(&path).len(), 2);
    insta::assert_snapshot!("courses", screen(&a));
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("Take this course out?"));
    key(&mut a, KeyCode::Char('y'));
    key(&mut a, KeyCode::Enter);
    assert_eq!(courses(&path).len(), 2);
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert_eq!(courses(&path).len(), 1);
    assert!(screen(&a).contains("is out of your plan"));

    // Experiences: a volunteering afternoon.
    key(&mut a, KeyCode::Right);
    assert!(
        screen(&a).contains("HOSA club"),
        "the empty tab gives examples"
    );
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::Right);
    assert!(screen(&a).contains("◀ Volunteering ▶"), "{}", screen(&a));
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "Hospital gift shop");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-06-01");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-08-15");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "40");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "I liked talking with visitors.");
    key(&mut a, KeyCode::Enter);
    let (st, sid) = store(&path);
    let ex = st.experiences(sid).unwrap();
    assert_eq!(ex.len(), 1);
    assert_eq!(ex[0].title, "Hospital gift shop");
    assert_eq!(ex[0].ended_on.as_deref(), Some("2025-08-15"));
    assert_eq!(ex[0].hours, 40);
    let s = screen(&a);
    assert!(s.contains("Total: 40 hours from 1 experience"), "{s}");
    assert!(s.contains("I liked talking with visitors."), "{s}");
    assert!(s.contains("Saved. \"Hospital gift shop\""), "{s}");
    insta::assert_snapshot!("experiences", s);
    // Enter changes it: the form comes back filled in.
    key(&mut a, KeyCode::Enter);
    assert!(screen(&a).contains("Change the experience"));
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "0");
    save(&mut a);
    assert_eq!(st.experiences(sid).unwrap()[0].hours, 400);

    // Goals: one of her own, then ticked.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    typed(&mut a, "Find a CPR class");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-12-15");
    key(&mut a, KeyCode::Enter);
    let goals = st.goals(sid).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].text, "Find a CPR class");
    assert_eq!(goals[0].due_on.as_deref(), Some("2025-12-15"));
    assert!(screen(&a).contains("[ ] Find a CPR class"));
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(st.goals(sid).unwrap()[0].status, GoalStatus::Done);
    let s = screen(&a);
    assert!(s.contains("[x] Find a CPR class"), "{s}");
    assert!(s.contains("1 done"), "{s}");
    insta::assert_snapshot!("goals", s);
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(st.goals(sid).unwrap()[0].status, GoalStatus::Open);

    // Esc leaves for Home.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
}

#[test]
fn form_mistakes_save_nothing_keep_the_typing_and_point_at_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color(), false);
    let (st, sid) = store(&path);
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    // No name.
    save(&mut a);
    let s = screen(&a);
    assert!(s.contains("Give the experience a name"), "{s}");
    assert!(line_with(&s, "Name").contains("▶"), "{s}");
    typed(&mut a, "HOSA club");
    // A date that is not one.
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-13-01");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "2025-01-01");
    save(&mut a);
    let s = screen(&a);
    assert!(s.contains("2025-13-01"), "what was typed stays: {s}");
    assert!(line_with(&s, "Started").contains("▶"), "{s}");
    assert!(s.contains("↑"), "{s}");
    // It ends before it starts.
    for _ in 0..5 {
        key(&mut a, KeyCode::Backspace);
    }
    typed(&mut a, "09-01");
    save(&mut a);
    let s = screen(&a);
    assert!(s.contains("The end date is before the start date"), "{s}");
    assert!(line_with(&s, "Ended").contains("▶"), "{s}");
    assert!(s.contains("HOSA club") && s.contains("2025-09-01"), "{s}");
    // Hours that are not a whole number.
    for _ in 0..10 {
        key(&mut a, KeyCode::Backspace);
    }
    typed(&mut a, "2026-01-01");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "ten");
    save(&mut a);
    let s = screen(&a);
    assert!(s.contains("\"ten\" is not a number of hours"), "{s}");
    assert!(line_with(&s, "Hours").contains("▶"), "{s}");
    assert!(st.experiences(sid).unwrap().is_empty());
    // Fixed, it saves.
    for _ in 0..3 {
        key(&mut a, KeyCode::Backspace);
    }
    typed(&mut a, "12");
    save(&mut a);
    let ex = st.experiences(sid).unwrap();
    assert_eq!(ex.len(), 1);
    assert_eq!(ex[0].started_on.as_deref(), Some("2025-09-01"));
    assert_eq!(ex[0].hours, 12);
    assert!(a.screens.myplan.popup.is_none());
    // Esc closes a form without saving, and the next Esc leaves.
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "x");
    key(&mut a, KeyCode::Esc);
    // Something was typed: it asks first, and only "Leave" (→ then Enter) closes it.
    assert!(
        screen(&a).contains("Leave without saving?"),
        "{}",
        screen(&a)
    );
    key(&mut a, KeyCode::Char('y'));
    assert!(a.screens.myplan.popup.is_some());
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.myplan.popup.is_none());
    assert_eq!(a.area, Area::Plan);
    assert_eq!(st.experiences(sid).unwrap().len(), 1);

    // The goal form too: no text, then a bad date.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    save(&mut a);
    assert!(screen(&a).contains("Write what the goal is"));
    typed(&mut a, "Visit the clinic");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "soon");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("is not a date medpath can read"), "{s}");
    assert!(s.contains("Visit the clinic") && s.contains("soon"), "{s}");
    assert!(line_with(&s, "Due date").contains("▶"), "{s}");
    assert!(st.goals(sid).unwrap().is_empty());
}

#[test]
fn a_goal_from_a_check_in_is_marked_and_can_be_ticked_but_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let (path, a) = ana(&dir, Theme::color(), false);
    drop(a);
    let (mut st, sid) = store(&path);
    let ci = st
        .add_checkin(sid, "2025-11-01", "Talked about clubs", None, NOON)
        .unwrap();
    let from = parse_goal("Ask about the HOSA club", "2025-11-15").unwrap();
    st.add_goal(sid, Some(ci), &from, NOON).unwrap();
    let own = parse_goal("Read about nursing", "").unwrap();
    st.add_goal(sid, None, &own, NOON).unwrap();
    let mut a = App::new(
        Store::open(&path).unwrap(),
        Box::new(FixedClock(NOON)),
        Theme::color(),
    )
    .unwrap();
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('6'));
    key(&mut a, KeyCode::Left);
    let s = screen(&a);
    let row = line_with(&s, "Ask about the HOSA club");
    assert!(row.contains("from your counselor"), "{s}");
    assert!(row.contains("overdue"), "{s}");
    assert!(row.contains("due 2025-11-15"), "{s}");
    assert!(row.contains("▶"), "open and due first: {s}");
    assert!(!line_with(&s, "Read about nursing").contains("counselor"));
    // Not deleted: ask the counselor.
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a);
    assert!(s.contains("ask your counselor"), "{s}");
    assert!(!s.contains("Delete this goal?"), "{s}");
    assert_eq!(st.goals(sid).unwrap().len(), 2);
    key(&mut a, KeyCode::Enter);
    assert!(a.screens.myplan.popup.is_none());
    // Ticked: done, and no longer overdue.
    key(&mut a, KeyCode::Char(' '));
    let g = st.goals(sid).unwrap();
    let ticked = g.iter().find(|g| g.checkin_id == Some(ci)).unwrap();
    assert_eq!(ticked.status, GoalStatus::Done);
    let row = line_with(&screen(&a), "Ask about the HOSA club");
    assert!(row.contains("[x]") && !row.contains("overdue"), "{row}");
    // The student's own goal can be deleted, after y.
    key(&mut a, KeyCode::Home);
    assert!(line_with(&screen(&a), "Read about nursing").contains("▶"));
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&a).contains("Delete this goal?"));
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Enter);
    let g = st.goals(sid).unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].checkin_id, Some(ci));
}

#[test]
fn without_colour_the_chosen_row_is_marked_and_reversed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::mono(), true);
    let (mut st, sid) = store(&path);
    st.add_goal(
        sid,
        None,
        &parse_goal("Find a CPR class", "").unwrap(),
        NOON,
    )
    .unwrap();
    // Enter adds the first suggested course (and reloads the goal just written).
    key(&mut a, KeyCode::Enter);
    for tab in 0..3 {
        let t = draw(&a, 80, 24);
        let buf = t.backend().buffer();
        let s = t.backend().to_string();
        assert!(s.contains('['), "tab {tab}: the tab in use is marked: {s}");
        let y = (2..24)
            .find(|y| (0..80).any(|x| buf[(x, *y)].symbol() == "▶"))
            .unwrap_or_else(|| panic!("tab {tab}: no pointer: {s}"));
        let x = (0..80).find(|x| buf[(*x, y)].symbol() == "▶").unwrap();
        let cell = &buf[(x + 2, y)];
        assert!(cell.modifier.contains(Modifier::REVERSED), "tab {tab}");
        assert!(
            cell.fg == ratatui::style::Color::Reset,
            "tab {tab}: no colour"
        );
        key(&mut a, KeyCode::Right);
    }
}

#[test]
fn every_tab_and_window_draws_at_any_size() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color(), true);
    let (mut st, sid) = store(&path);
    st.add_goal(
        sid,
        None,
        &parse_goal("Find a CPR class", "").unwrap(),
        NOON,
    )
    .unwrap();
    // Enter adds the first suggested course (and reloads the goal just written).
    key(&mut a, KeyCode::Enter);
    let sizes = [
        (1, 1),
        (20, 5),
        (40, 12),
        (59, 19),
        (60, 20),
        (80, 24),
        (120, 40),
        (200, 60),
        (200, 1),
        (1, 60),
    ];
    let check = |a: &App| {
        for (w, h) in sizes {
            draw(a, w, h);
            // The area itself, in any rectangle, as if the window allowed it.
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| {
                let view = View {
                    theme: &a.theme,
                    student: a.student.as_ref(),
                    career_count: 0,
                    now: NOON,
                };
                a.screens.myplan.render(f, Rect::new(0, 0, w, h), &view);
            })
            .unwrap();
        }
    };
    for _ in 0..3 {
        check(&a);
        for k in [KeyCode::Char('a'), KeyCode::Char('d')] {
            key(&mut a, k);
            check(&a);
            if a.screens.myplan.popup.is_some() {
                key(&mut a, KeyCode::Esc);
            }
        }
        key(&mut a, KeyCode::Right);
    }
    // A form showing an error.
    key(&mut a, KeyCode::Right);
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::Enter);
    check(&a);
}

#[test]
fn without_a_profile_it_says_where_to_choose_one() {
    let mut a = app();
    key(&mut a, KeyCode::Char('6'));
    let s = screen(&a);
    assert!(s.contains("Your plan is kept with your profile"), "{s}");
    assert!(s.contains("Choose your profile on Home first"), "{s}");
    key(&mut a, KeyCode::Char('a'));
    assert!(a.screens.myplan.popup.is_none());
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, Area::Home);
}

#[test]
fn without_starred_careers_it_says_how_and_any_course_can_be_added() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut a) = ana(&dir, Theme::color(), false);
    let s = screen(&a);
    assert!(s.contains("Star careers in Explore (press 4)"), "{s}");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::End);
    key(&mut a, KeyCode::Enter);
    let plan = courses(&path);
    assert_eq!(plan.len(), 1, "{plan:?}");
    assert_eq!(plan[0].0, "computer-science");
    assert_eq!(plan[0].1, 10);
}
