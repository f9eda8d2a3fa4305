//! Helpers shared by the tests: `medpath()` runs the real binary on a database; for the
//! screen tests, an app on an in-memory (or given) database with a fixed
//! clock, drawing into a TestBackend, and typing keys the way the real event loop does.
#![allow(dead_code)]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::action_for_event;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

/// 2025-11-22 12:00 UTC: noon, so the date is the same in any time zone within 11 hours.
pub const NOON: i64 = 1_763_812_800;

/// The counselor passphrase the tests set up with (strong enough for the set-up check).
pub const COUNSELOR_PASS: &str = "quiet heron lantern morning 42";

/// [`app_with`], with counselor mode set up (as staff do, on the command line) with
/// [`COUNSELOR_PASS`].
pub fn app_with_counselor(students: &[(&str, &str)], theme: Theme) -> App {
    app_on(students, theme, true)
}

pub fn app_with(students: &[(&str, &str)], theme: Theme) -> App {
    app_on(students, theme, false)
}

fn app_on(students: &[(&str, &str)], theme: Theme, counselor: bool) -> App {
    let mut store = Store::open_in_memory().unwrap();
    if counselor {
        store.set_up_counselor(COUNSELOR_PASS, NOON).unwrap();
    }
    for (i, (name, grade)) in students.iter().enumerate() {
        store
            .add_student(
                &NewStudent::parse(name, grade).unwrap(),
                NOON - 86_400 * i as i64,
            )
            .unwrap();
    }
    App::new(store, Box::new(FixedClock(NOON)), theme).unwrap()
}

pub fn app() -> App {
    app_with(&[], Theme::color())
}

pub fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| medpath::tui::draw(app, f)).unwrap();
    t
}

pub fn screen(app: &App) -> String {
    draw(app, 80, 24).backend().to_string()
}

pub fn key(app: &mut App, code: KeyCode) {
    // Draw first so the app knows the window size, as the real loop does.
    draw(app, 80, 24);
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(a) = action_for_event(app, &ev) {
        app.update(a);
    }
}

pub fn typed(app: &mut App, text: &str) {
    for ch in text.chars() {
        key(app, KeyCode::Char(ch));
    }
}

/// The template with every item answered: items whose id starts with one of `liked`
/// get 5, the rest 2.
pub fn answer_file(db: &Path, dir: &Path, liked: &[&str]) -> PathBuf {
    let out = medpath(db).args(["assess", "--template"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = String::from_utf8(out.stdout).unwrap();
    let filled: String = t
        .lines()
        .map(|l| match l.split_once(" = ") {
            Some((id, _)) if !l.starts_with('#') => {
                // No limits unless a test sets one; subjects picked only when named.
                let v = if liked.iter().any(|p| id.starts_with(p)) || id.starts_with("limit-") {
                    5
                } else {
                    2
                };
                format!("{id} = {v}\n")
            }
            _ => format!("{l}\n"),
        })
        .collect();
    let p = dir.join("answers.toml");
    std::fs::write(&p, filled).unwrap();
    p
}

/// The real binary on the database at `db`, with no colour and no MEDPATH_DB from outside.
pub fn medpath(db: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("medpath").unwrap();
    c.env_remove("MEDPATH_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

/// `medpath students list --json` on `db`, which must succeed.
pub fn students_json(db: &std::path::Path) -> serde_json::Value {
    let out = medpath(db)
        .args(["students", "list", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Ctrl-S: saves the open form from any field.
pub fn save(app: &mut App) {
    draw(app, 80, 24);
    let ev = Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    if let Some(a) = action_for_event(app, &ev) {
        app.update(a);
    }
}

/// A paste, as the terminal delivers it with bracketed paste on.
pub fn paste(app: &mut App, text: &str) {
    draw(app, 80, 24);
    if let Some(a) = action_for_event(app, &Event::Paste(text.to_string())) {
        app.update(a);
    }
}

/// An app on a file database in `dir` with the given students (grade 9, the first the most
/// recently active) and counselor mode set up with [`COUNSELOR_PASS`]; nothing is chosen yet.
pub fn school(dir: &tempfile::TempDir, names: &[&str]) -> (std::path::PathBuf, App) {
    let path = dir.path().join("medpath.db");
    let mut store = Store::open(&path).unwrap();
    for (i, n) in names.iter().enumerate() {
        store
            .add_student(&NewStudent::parse(n, "9").unwrap(), NOON - 60 * i as i64)
            .unwrap();
    }
    // As staff do with `medpath counselor init`.
    store.set_up_counselor(COUNSELOR_PASS, NOON).unwrap();
    drop(store);
    let a = App::new(
        Store::open(&path).unwrap(),
        Box::new(medpath::domain::FixedClock(NOON)),
        Theme::color(),
    )
    .unwrap();
    (path, a)
}

/// Counselor mode unlocked (set up by [`school`]), the first student's record open, and a
/// new check-in form on it.
pub fn new_check_in(a: &mut App) {
    key(a, KeyCode::Char('7'));
    typed(a, COUNSELOR_PASS);
    key(a, KeyCode::Enter);
    key(a, KeyCode::Enter);
    key(a, KeyCode::Char('c'));
}
