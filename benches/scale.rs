//! Costs that grow with the number of students, on databases filled by the synthetic data
//! generator (`Store::fill_synthetic`): the counselor's roster (open, sort, search) at 1,000,
//! 10,000 and (with `MEDPATH_BENCH_100K=1`) 100,000 students, one student's full record and
//! HTML report, start-up in process, and every screen drawn at 200x60 with 10,000 students.
//!
//! The databases are generated once and kept in `target/tmp/synth/`, keyed by size, seed,
//! date, generator version and catalog version. App benches work on a copy, since choosing a
//! profile or opening an area writes. `MEDPATH_BENCH_SHOW=1` prints each screen drawn.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use medpath::domain::FixedClock;
use medpath::domain::agenda::{RosterSort, sort_roster};
use medpath::output::agenda::search_roster;
use medpath::output::report::{ReportFormat, render};
use medpath::store::{Store, synth};
use medpath::tui::action::Action;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use medpath::tui::{Area, action_for_event};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const TODAY: &str = "2026-03-02";
/// 2026-03-02 12:00 UTC.
const NOON: i64 = 1_772_452_800;
const SEED: u64 = 1;
const PASS: &str = "quiet heron lantern morning 42";
const W: u16 = 200;
const H: u16 = 60;

fn without_suffixes(p: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut f = p.as_os_str().to_owned();
        f.push(suffix);
        let _ = std::fs::remove_file(&f);
    }
}

/// The database with `n` synthetic students, generated the first time it is asked for.
fn database(n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synth");
    std::fs::create_dir_all(&dir).unwrap();
    let name = format!(
        "students-{n}-seed{SEED}-{TODAY}-v{}-{}.db",
        synth::VERSION,
        medpath::refdata::content_version()
    );
    let path = dir.join(&name);
    if path.exists() {
        return path;
    }
    let partial = dir.join(format!("{name}.partial"));
    without_suffixes(&partial);
    let t = Instant::now();
    let mut store = Store::open(&partial).unwrap();
    let vault = store.set_up_counselor(PASS, NOON).unwrap();
    let c = store.fill_synthetic(n, SEED, TODAY, Some(&vault)).unwrap();
    drop(store);
    eprintln!(
        "generated {n} students ({} rows) in {:.1} s: {}",
        c.rows(),
        t.elapsed().as_secs_f64(),
        path.display()
    );
    std::fs::rename(&partial, &path).unwrap();
    path
}

/// A private copy of a database, for benches that write (choosing a profile, unlocking).
fn working_copy(src: &Path, dir: &Path) -> PathBuf {
    let to = dir.join("work.db");
    std::fs::copy(src, &to).unwrap();
    to
}

/// The student with the fullest record who has no PIN: several results, one assessment in
/// progress, plans, a long shortlist, a course plan, experiences, and the most check-ins
/// and goals.
fn busiest(db: &Path) -> (i64, String) {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap();
    conn.query_row(
        "SELECT s.id, s.name FROM students s WHERE s.pin_hash IS NULL \
         AND (SELECT count(*) FROM assessments a WHERE a.student_id = s.id \
              AND a.finished_at IS NOT NULL) >= 2 \
         AND EXISTS (SELECT 1 FROM assessments a WHERE a.student_id = s.id \
              AND a.finished_at IS NULL) \
         AND (SELECT count(*) FROM interview_plans p WHERE p.student_id = s.id) >= 2 \
         AND (SELECT count(*) FROM shortlist x WHERE x.student_id = s.id) >= 5 \
         AND EXISTS (SELECT 1 FROM course_plan x WHERE x.student_id = s.id) \
         AND EXISTS (SELECT 1 FROM experiences x WHERE x.student_id = s.id) \
         ORDER BY (SELECT count(*) FROM checkins c WHERE c.student_id = s.id) \
                + (SELECT count(*) FROM goals g WHERE g.student_id = s.id) DESC, s.id \
         LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    samples: usize,
    secs: u64,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(samples)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(secs));
    g
}

/// Home on 10,000 students: the filter typed over the profiles (a common start of a word,
/// and a name no one has), and the counts behind the next step of the fullest record.
fn home(c: &mut Criterion) {
    let db = database(10_000);
    let (id, _) = busiest(&db);
    let store = Store::open(&db).unwrap();
    let mut g = group(c, "home 10k", 50, 3);
    for q in ["a", "mar", "zzzz"] {
        g.bench_function(format!("filter '{q}' (store.students_matching)"), |b| {
            b.iter(|| store.students_matching(q).unwrap().len())
        });
    }
    g.bench_function("next step counts (store.progress)", |b| {
        b.iter(|| store.progress(id, TODAY).unwrap())
    });
    g.finish();
}

/// The roster, one record and the report, on 10,000 students; the roster at other sizes.
fn roster(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = working_copy(&database(10_000), dir.path());
    let mut store = Store::open(&db).unwrap();
    // Ranks anything not ranked yet, so the figures are for the usual case.
    let rows = store.roster(TODAY).unwrap();
    assert_eq!(rows.len(), 10_000);

    let mut g = group(c, "roster 10k", 20, 5);
    g.bench_function("open (store.roster)", |b| {
        b.iter(|| store.roster(TODAY).unwrap())
    });
    for sort in RosterSort::ALL {
        g.bench_function(format!("sort {sort:?}"), |b| {
            b.iter_batched(
                || rows.clone(),
                |mut r| {
                    sort_roster(&mut r, sort);
                    r
                },
                BatchSize::LargeInput,
            )
        });
    }
    let mut sorted = rows.clone();
    sort_roster(&mut sorted, RosterSort::NeedsAttention);
    for q in ["", "a", "ana", "nguyen", "grade 9", "pediatric", "zz"] {
        g.bench_function(format!("search '{q}'"), |b| {
            b.iter(|| search_roster(&sorted, q))
        });
    }
    g.finish();

    let (id, name) = busiest(&db);
    let st = store.student_by_name(&name).unwrap().unwrap();
    assert_eq!(st.id, id);
    let vault = store.unlock_counselor(PASS, NOON).unwrap();
    let d = store.dossier(&st, TODAY, Some(&vault)).unwrap();
    assert!(!d.notes.is_empty() && !d.plans.is_empty() && d.results.len() >= 2);
    let mut g = group(c, "record 10k", 50, 4);
    g.bench_function(
        "one student's full record (store.dossier, with notes)",
        |b| b.iter(|| store.dossier(&st, TODAY, Some(&vault)).unwrap()),
    );
    g.bench_function("HTML report for one student (dossier + render)", |b| {
        b.iter(|| {
            let d = store.dossier(&st, TODAY, Some(&vault)).unwrap();
            render(&d, ReportFormat::Html)
        })
    });
    g.bench_function("HTML report, render only", |b| {
        b.iter(|| render(&d, ReportFormat::Html))
    });
    g.finish();
    drop(store);

    // How the roster grows with the number of students.
    let mut sizes = vec![1_000, 10_000];
    if std::env::var("MEDPATH_BENCH_100K").is_ok_and(|v| v == "1") {
        sizes.push(100_000);
    }
    let mut g = group(c, "roster open by students", 10, 5);
    for n in sizes {
        let mut store = Store::open(&database(n)).unwrap();
        assert_eq!(store.roster(TODAY).unwrap().len(), n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| store.roster(TODAY).unwrap())
        });
    }
    g.finish();
}

/// Draws at 200x60 first, so the app knows the window size, then types a key through the
/// keymap as the event loop does.
fn key(app: &mut App, code: KeyCode) {
    draw(app);
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(a) = action_for_event(app, &ev) {
        app.update(a);
    }
}

/// Back to Home (leaving any form or page), then to an area by its number key.
fn go(app: &mut App, number: char, area: Area) {
    for _ in 0..6 {
        if app.area == Area::Home {
            break;
        }
        key(app, KeyCode::Esc);
    }
    assert_eq!(app.area, Area::Home);
    key(app, KeyCode::Char(number));
    assert_eq!(app.area, area);
}

fn typed(app: &mut App, text: &str) {
    for ch in text.chars() {
        key(app, KeyCode::Char(ch));
    }
}

fn draw(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(W, H)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    t.backend().to_string()
}

/// Benches drawing the screen `app` shows, after checking it shows `marker`.
fn screen(c: &mut Criterion, app: &App, name: &str, marker: &str) {
    let text = draw(app);
    if std::env::var("MEDPATH_BENCH_SHOW").is_ok_and(|v| v == "1") {
        eprintln!("==== {name}\n{text}");
    }
    assert!(
        text.contains(marker),
        "{name}: expected {marker:?} on screen:\n{text}"
    );
    let mut t = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut g = group(c, "render 200x60", 50, 2);
    g.bench_function(name, |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
    g.finish();
}

/// What a frame costs before any screen's own work: ratatui drawing 200x60 cells of plain
/// text (60 lines of 200 characters) into a TestBackend, and an empty frame.
fn floor(c: &mut Criterion) {
    let text: Vec<ratatui::text::Line> = (0..H)
        .map(|i| {
            let row: String = (0..W)
                .map(|j| char::from(b'a' + ((i + j) % 26) as u8))
                .collect();
            ratatui::text::Line::raw(row)
        })
        .collect();
    let mut t = Terminal::new(TestBackend::new(W, H)).unwrap();
    let mut g = group(c, "render 200x60", 50, 2);
    g.bench_function("reference: a full screen of plain text", |b| {
        b.iter(|| {
            t.draw(|f| f.render_widget(ratatui::widgets::Paragraph::new(text.clone()), f.area()))
                .unwrap();
        })
    });
    g.bench_function("reference: an empty frame", |b| {
        b.iter(|| {
            t.draw(|_| {}).unwrap();
        })
    });
    g.finish();
}

/// Start-up in process, and every screen the tour reaches, with 10,000 students.
fn screens(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = working_copy(&database(10_000), dir.path());
    let (id, name) = busiest(&db);
    {
        let store = Store::open(&db).unwrap();
        // First on Home (most recently active), so Enter chooses them.
        store.touch_student(id, NOON + 60).unwrap();
    }

    let mut g = group(c, "startup 10k", 20, 4);
    g.bench_function("open database + App::new + first frame 200x60", |b| {
        b.iter(|| {
            let store = Store::open(&db).unwrap();
            let app = App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
            draw(&app)
        })
    });
    g.finish();

    let store = Store::open(&db).unwrap();
    let mut app = App::new(store, Box::new(FixedClock(NOON)), Theme::color()).unwrap();
    app.set_export_dir(dir.path().to_path_buf());
    let a = &mut app;
    screen(c, a, "Home, 10k profiles", "Welcome to medpath");
    key(a, KeyCode::Enter);
    assert_eq!(a.student.as_ref().map(|s| s.id), Some(id));
    screen(c, a, "Home, profile chosen", &format!("Hi {name}!"));
    key(a, KeyCode::Char('n'));
    screen(c, a, "Home, new profile form", "New profile");
    key(a, KeyCode::Esc);
    key(a, KeyCode::Char('?'));
    screen(c, a, "Help overlay on Home", "Keys on this screen");
    key(a, KeyCode::Esc);
    key(a, KeyCode::Char('/'));
    typed(a, "mar");
    screen(c, a, "Home, a name typed to filter", "Profiles (");
    key(a, KeyCode::Esc);

    go(a, '2', Area::Assessment);
    screen(
        c,
        a,
        "Assessment intro",
        "Find out which health careers fit",
    );
    key(a, KeyCode::Enter);
    screen(c, a, "Assessment item", "How much would you like");

    for (k, name, marker) in [
        (None, "Results", "Matches ("),
        (Some('p'), "Results, profile", "Your profile"),
        (Some('v'), "Results, what changed", "What changed"),
        (Some('w'), "Results, how it works", "How matching works"),
    ] {
        go(a, '3', Area::Results);
        if let Some(k) = k {
            key(a, KeyCode::Char(k));
        }
        screen(c, a, name, marker);
    }

    go(a, '4', Area::Explore);
    screen(c, a, "Explore list and detail", "Careers (97)");
    for (k, name, marker) in [
        ('f', "Explore filters", "Filters"),
        ('b', "Explore areas", "Browse by kind of career"),
        ('a', "About the data", "What is in the catalog"),
        ('m', "Shortlist", "shortlist ("),
    ] {
        go(a, '4', Area::Explore);
        key(a, KeyCode::Char(k));
        screen(c, a, name, marker);
    }

    go(a, '5', Area::Interview);
    screen(c, a, "Interview plans", "Your interview plans");
    key(a, KeyCode::Enter);
    screen(c, a, "Interview plan questions", "[Questions]");
    key(a, KeyCode::Char('a'));
    screen(c, a, "Interview question bank", "Question bank");
    go(a, '5', Area::Interview);
    key(a, KeyCode::Char('n'));
    screen(c, a, "Interview new plan form", "New interview plan");

    go(a, '6', Area::Plan);
    screen(c, a, "My plan, courses", "[Courses]");
    key(a, KeyCode::Right);
    screen(c, a, "My plan, experiences", "[Experiences]");
    key(a, KeyCode::Right);
    screen(c, a, "My plan, goals", "[Goals]");
    key(a, KeyCode::Char('a'));
    screen(c, a, "My plan, goal form", "New goal");

    go(a, '7', Area::Counselor);
    screen(c, a, "Counselor passphrase", "Counselor mode");
    typed(a, PASS);
    key(a, KeyCode::Enter);
    assert!(a.screens.counselor.is_unlocked());
    screen(
        c,
        a,
        "Counselor roster, 10k students",
        "Roster: 10000 students",
    );
    key(a, KeyCode::Char('/'));
    typed(a, "ana");
    screen(
        c,
        a,
        "Counselor roster, searching 'ana'",
        "of 10000 match \"ana\"",
    );
    key(a, KeyCode::Esc);

    // The busiest student's record: search for the name, open hits until it is theirs.
    key(a, KeyCode::Char('/'));
    typed(a, &name.to_lowercase());
    key(a, KeyCode::Enter);
    let mut found = false;
    for _ in 0..30 {
        key(a, KeyCode::Enter);
        if draw(a).contains(&name) {
            found = true;
            break;
        }
        key(a, KeyCode::Esc);
        key(a, KeyCode::Down);
    }
    assert!(found, "the record of {name}");
    screen(c, a, "Counselor record, timeline", "At a glance");
    key(a, KeyCode::Right);
    screen(c, a, "Counselor record, agenda", "For the next meeting");
    key(a, KeyCode::Right);
    screen(
        c,
        a,
        "Counselor record, check-ins",
        "Shared with the student",
    );
    key(a, KeyCode::Char('c'));
    screen(c, a, "Counselor check-in form", "New check-in");
    key(a, KeyCode::Esc);
    key(a, KeyCode::Esc);

    // Keystrokes on the roster, in the app (sorting again, searching as you type).
    let mut g = group(c, "counselor app 10k", 20, 4);
    g.bench_function("press s: next sort order (cycles all five)", |b| {
        b.iter(|| a.update(Action::Sort))
    });
    key(a, KeyCode::Char('/'));
    let k = |code| Action::Text(KeyEvent::new(code, KeyModifiers::NONE));
    g.bench_function("type one search key and delete it (two keystrokes)", |b| {
        b.iter(|| {
            a.update(k(KeyCode::Char('e')));
            a.update(k(KeyCode::Backspace));
        })
    });
    g.finish();
}

criterion_group!(benches, home, roster, floor, screens);
criterion_main!(benches);
