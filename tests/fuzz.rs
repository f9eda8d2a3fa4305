//! Random keys, pastes and window sizes through the real `App`, on a database with students,
//! results, plans, check-ins with sealed notes and goals. Nothing may be deleted unless the
//! step before was the deliberate way to delete (a dialog with "Delete" or "Remove" chosen,
//! then Enter); no check-in, goal or answer may be written by a paste, or by a key that is not
//! that write's own; the program never panics.
//!
//! CI runs 100,000 keys and 1,000 pastes (`MEDPATH_FUZZ_EVENTS` and `MEDPATH_FUZZ_SEEDS` make
//! a longer run).

mod common;

use common::NOON;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use medpath::domain::FixedClock;
use medpath::store::Store;
use medpath::store::synth::Rng;
use medpath::tui::app::App;
use medpath::tui::keymap::Context;
use medpath::tui::theme::Theme;
use medpath::tui::{Step, handle_event};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rusqlite::Connection;

/// Tables of records a person makes; a row may only go when deliberately deleted.
const RECORDS: [&str; 9] = [
    "students",
    "interview_plans",
    "plan_questions",
    "checkins",
    "goals",
    "experiences",
    "course_plan",
    "shortlist",
    "answers",
];

fn counts(db: &Connection) -> Vec<i64> {
    RECORDS
        .iter()
        .map(|t| {
            db.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap()
        })
        .collect()
}

fn data_version(db: &Connection) -> i64 {
    db.query_row("PRAGMA data_version", [], |r| r.get(0))
        .unwrap()
}

/// Keys a person types or presses, weighted toward the dangerous ones.
fn random_key(rng: &mut Rng) -> KeyEvent {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzdddyyynnqqqsxrcgamKJG*+/?  .,!";
    let code = match rng.below(100) {
        0..=49 => {
            let chars: Vec<char> = LETTERS.chars().collect();
            KeyCode::Char(chars[rng.below(chars.len())])
        }
        50..=64 => KeyCode::Char(char::from(b'0' + rng.below(10) as u8)),
        65..=72 => KeyCode::Enter,
        73..=77 => KeyCode::Esc,
        78..=80 => KeyCode::Tab,
        81 => KeyCode::BackTab,
        82..=84 => KeyCode::Up,
        85..=87 => KeyCode::Down,
        88..=89 => KeyCode::Left,
        90..=91 => KeyCode::Right,
        92 => KeyCode::PageDown,
        93 => KeyCode::PageUp,
        94 => KeyCode::Home,
        95 => KeyCode::End,
        96..=97 => KeyCode::Backspace,
        _ => KeyCode::Delete,
    };
    let mods = if matches!(code, KeyCode::Char('s')) && rng.chance(0.1) {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(code, mods)
}

/// A paste of a few lines full of digits, d, y, q, line breaks and escapes.
fn random_paste(rng: &mut Rng) -> String {
    const PIECES: [&str; 14] = [
        "1", "2 ", "5", "d", "y", "by", "q", "\n", "\r\n", "\x1b", "today", "study ", "7", "Delete",
    ];
    (0..rng.range(1, 40))
        .map(|_| PIECES[rng.below(PIECES.len())])
        .collect()
}

struct Run {
    keys: usize,
    pastes: usize,
    deletes: usize,
    writes: usize,
}

fn run(seed: u64, events: usize) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.db");
    let mut store = Store::open(&path).unwrap();
    let vault = store
        .set_up_counselor("quiet heron lantern morning 42", NOON)
        .unwrap();
    store
        .fill_synthetic(8, seed, "2025-11-22", Some(&vault))
        .unwrap();
    drop(store);
    let db = Connection::open(&path).unwrap();
    let mut app = App::new(
        Store::open(&path).unwrap(),
        Box::new(FixedClock(NOON)),
        Theme::color(),
    )
    .unwrap();
    app.set_export_dir(dir.path().join("out"));
    let mut rng = Rng::new(seed);
    let mut size = (80u16, 24u16);
    let mut term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    term.draw(|f| app.render(f)).unwrap();
    let mut before = counts(&db);
    let mut version = data_version(&db);
    let mut run = Run {
        keys: 0,
        pastes: 0,
        deletes: 0,
        writes: 0,
    };
    let mut log: Vec<String> = Vec::new();
    for step in 0..events {
        if app.quit {
            // Start again where a person would: the program opened anew on the same file.
            app = App::new(
                Store::open(&path).unwrap(),
                Box::new(FixedClock(NOON)),
                Theme::color(),
            )
            .unwrap();
            app.set_export_dir(dir.path().join("out"));
        }
        if rng.below(40) == 0 {
            size = if rng.chance(0.7) {
                (80, 24)
            } else {
                (rng.range(1, 220) as u16, rng.range(1, 70) as u16)
            };
            term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        }
        let armed = app.armed();
        let contexts: Vec<Context> = app.contexts().to_vec();
        let ev = if rng.below(80) == 0 {
            run.pastes += 1;
            Event::Paste(random_paste(&mut rng))
        } else {
            run.keys += 1;
            Event::Key(random_key(&mut rng))
        };
        log.push(format!("{step}: {contexts:?} {ev:?}"));
        if log.len() > 30 {
            log.remove(0);
        }
        if handle_event(&mut app, &ev) == Step::Suspend {
            continue;
        }
        // Drawn often (the size matters to what keys do), not after every key: the run has to
        // fit in CI's minute.
        if !app.quit && (step % 8 == 0 || matches!(ev, Event::Paste(_))) {
            term.draw(|f| app.render(f)).unwrap();
        }
        let v = data_version(&db);
        if v == version {
            continue;
        }
        version = v;
        let after = counts(&db);
        let key = match &ev {
            Event::Key(k) => Some(*k),
            _ => None,
        };
        let enter = key.is_some_and(|k| k.code == KeyCode::Enter);
        let save = key.is_some_and(|k| {
            k.code == KeyCode::Enter
                || (k.code == KeyCode::Char('s') && k.modifiers == KeyModifiers::CONTROL)
        });
        let typing = contexts
            .iter()
            .any(|c| matches!(c, Context::Form | Context::FormLines | Context::Prompt));
        let answering = contexts.contains(&Context::AssessItem)
            && key.is_some_and(|k| {
                matches!(
                    k.code,
                    KeyCode::Char('1'..='5' | ' ' | 's') | KeyCode::Enter
                )
            });
        for (i, table) in RECORDS.iter().enumerate() {
            let (b, a) = (before[i], after[i]);
            let why = || {
                format!(
                    "seed {seed}, step {step}: {table} {b} -> {a}\n{}",
                    log.join("\n")
                )
            };
            if a < b {
                // Retaking the assessment starts a new one; answers of a finished one stay.
                assert!(
                    armed && enter,
                    "deleted without the deliberate choice: {}",
                    why()
                );
                run.deletes += 1;
            }
            if a > b {
                assert!(!matches!(ev, Event::Paste(_)), "a paste wrote: {}", why());
                match *table {
                    "checkins" | "goals" => {
                        assert!(typing && save, "written without saving: {}", why())
                    }
                    "answers" => assert!(answering, "an answer without answering: {}", why()),
                    _ => {}
                }
                run.writes += 1;
            }
        }
        before = after;
    }
    run
}

#[test]
fn random_keys_and_pastes_never_delete_or_write_by_mistake() {
    let events: usize = std::env::var("MEDPATH_FUZZ_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(102_000);
    let seeds: u64 = std::env::var("MEDPATH_FUZZ_SEEDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let per_seed = events.div_ceil(seeds as usize);
    let (mut keys, mut pastes, mut deletes, mut writes) = (0, 0, 0, 0);
    for seed in 1..=seeds {
        let r = run(seed, per_seed);
        keys += r.keys;
        pastes += r.pastes;
        deletes += r.deletes;
        writes += r.writes;
    }
    eprintln!(
        "{keys} keys and {pastes} pastes over {seeds} seeds: {writes} deliberate writes, {deletes} deliberate deletions"
    );
    assert!(keys >= 100_000 || events < 102_000);
    assert!(pastes >= 1_000 || events < 102_000);
}
