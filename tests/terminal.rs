//! Terminal faults, the in-process half: every screen and overlay a person can reach renders
//! at every window size without a panic, and resizing keeps what was on screen. The terminal
//! itself (signals, Ctrl-Z, TERM=dumb, a pipe) is checked by `scripts/terminal-faults.sh`,
//! run from `tests/terminal_faults.rs`.
//!
//! The grid: every width 1..=300 at heights {1,2,3,10,19,20,24,60,100}, every height 1..=100
//! at widths {1,2,40,59,60,80,200,300}. By default each state draws an interleaved sixteenth
//! of it (so that, between the states, every size of the grid is drawn several times), the
//! sizes around the edges (1, 2, 59-61, 79-80, 300 wide; 1, 2, 19-21, 23-24, 100 high) and 20
//! pseudo-random sizes from a fixed seed: about 330 frames a state, under a minute in debug
//! on two cores. Slower and wider:
//!   MEDPATH_SIZE_STRIDE=1 cargo test --test terminal   every state at the whole grid
//!   MEDPATH_ALL_SIZES=1 cargo test --test terminal     every state at every size 1x1..300x100

mod common;

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::app::App;
use medpath::tui::screen::Screen;
use medpath::tui::screens::home::ProfileField;
use medpath::tui::theme::Theme;
use medpath::tui::{Area, Step, handle_event};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PASS: &str = "quiet heron lantern morning 42";
const MAX_W: u16 = 300;
const MAX_H: u16 = 100;

// ---------------------------------------------------------------------------------------
// Getting there: small helpers that press keys the way a person would.

fn press(a: &mut App, codes: &[KeyCode]) {
    for c in codes {
        key(a, *c);
    }
}

fn enter(a: &mut App) {
    key(a, KeyCode::Enter);
}

fn tab(a: &mut App) {
    key(a, KeyCode::Tab);
}

/// A temporary folder for printable sheets (no state here saves one, but the app needs a
/// place that is not the user's real folder).
fn sheets() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("medpath-terminal-test-{}", std::process::id()))
}

/// Three students (Ana is the most recent and first in the list); Ana starred a
/// pediatrician, a registered nurse and a family physician. No profile chosen yet.
fn school(theme: Theme) -> App {
    let mut store = Store::open_in_memory().unwrap();
    let mut ana = 0;
    for (i, (name, grade)) in [("Ana", "9"), ("Ben", "10"), ("Zoë 🩺 مريم", "11")]
        .iter()
        .enumerate()
    {
        let st = store
            .add_student(
                &NewStudent::parse(name, grade).unwrap(),
                NOON - 86_400 * i as i64,
            )
            .unwrap();
        if i == 0 {
            ana = st.id;
        }
    }
    for c in ["pediatrician", "registered-nurse", "family-physician"] {
        store.star(ana, c, NOON).unwrap();
    }
    store.set_up_counselor(PASS, NOON).unwrap();
    let mut a = App::new(store, Box::new(FixedClock(NOON)), theme).unwrap();
    a.set_export_dir(sheets());
    a
}

/// Ana's profile open, on Home.
fn ana() -> App {
    let mut a = school(Theme::color());
    enter(&mut a);
    assert_eq!(a.student.as_ref().unwrap().name, "Ana");
    a
}

/// Ana has taken the whole assessment and is on her results.
fn assessed() -> App {
    let mut a = ana();
    typed(&mut a, "2");
    enter(&mut a);
    let pattern = ['5', '4', '1', '2', '3', '5', '2'];
    for i in 0..54 {
        key(&mut a, KeyCode::Char(pattern[i % pattern.len()]));
    }
    // The subject checklist (none picked) and both limits left open.
    enter(&mut a);
    typed(&mut a, "55");
    enter(&mut a);
    assert_eq!(a.area, Area::Results);
    a
}

/// Ana in Explore.
fn explore() -> App {
    let mut a = ana();
    typed(&mut a, "4");
    a
}

/// Ana planned an interview with Dr. Lee, a family physician; the plan is open.
fn plan() -> App {
    let mut a = ana();
    typed(&mut a, "5");
    typed(&mut a, "n");
    typed(&mut a, "Dr. Lee");
    tab(&mut a);
    typed(&mut a, "family doctor");
    tab(&mut a);
    typed(&mut a, "family phys");
    tab(&mut a);
    typed(&mut a, "2026-12-03");
    tab(&mut a);
    key(&mut a, KeyCode::Right);
    tab(&mut a);
    typed(&mut a, "what a normal day is like");
    enter(&mut a);
    assert!(a.screens.interview.open.is_some(), "{}", screen(&a));
    a
}

/// Ana on My plan with one course planned.
fn my_plan() -> App {
    let mut a = ana();
    typed(&mut a, "6");
    typed(&mut a, "a");
    enter(&mut a);
    a
}

/// Counselor mode (set up by staff) unlocked, on the roster.
fn roster() -> App {
    let mut a = school(Theme::color());
    typed(&mut a, "7");
    typed(&mut a, PASS);
    enter(&mut a);
    assert!(a.screens.counselor.is_unlocked(), "{}", screen(&a));
    a
}

/// Ana's record open in counselor mode, with one check-in and two goals (one overdue).
fn record() -> App {
    let mut a = roster();
    typed(&mut a, "/");
    typed(&mut a, "ana");
    enter(&mut a);
    enter(&mut a);
    typed(&mut a, "c");
    typed(&mut a, "Talked about summer programs.");
    tab(&mut a);
    typed(&mut a, "Worried about chemistry; family wants medicine.");
    tab(&mut a);
    typed(&mut a, "Ask about HOSA");
    tab(&mut a);
    typed(&mut a, "2025-12-01");
    tab(&mut a);
    typed(&mut a, "Email Dr. Lee");
    tab(&mut a);
    typed(&mut a, "2025-11-01");
    enter(&mut a);
    a
}

// ---------------------------------------------------------------------------------------
// The states: each builds an app and drives keys to one screen or overlay. The text is
// something the state shows at 80x24, checked so a state cannot quietly become another.

type Build = fn() -> App;

const STATES: &[(&str, Build, &str)] = &[
    // Home.
    ("home, first run", || school_empty(), "Welcome to medpath"),
    (
        "home, profiles, one open",
        ana,
        "Hi Ana! Your profile is open.",
    ),
    (
        "home, new profile form with text",
        || {
            let mut a = school(Theme::color());
            typed(&mut a, "n");
            typed(&mut a, "Zoë 🩺 Ramírez-مريم");
            tab(&mut a);
            typed(&mut a, "1");
            a
        },
        "New profile",
    ),
    (
        "home, new profile form with an error",
        || {
            let mut a = school(Theme::color());
            typed(&mut a, "n");
            typed(&mut a, "Sam");
            tab(&mut a);
            typed(&mut a, "15");
            enter(&mut a);
            a
        },
        "outside what medpath covers",
    ),
    (
        "home, rename prompt",
        || {
            let mut a = ana();
            typed(&mut a, "r");
            typed(&mut a, "stasia");
            a
        },
        "Rename this profile",
    ),
    (
        "home, delete confirm",
        || {
            let mut a = ana();
            typed(&mut a, "d");
            a
        },
        "Delete this profile?",
    ),
    (
        "home, set a PIN prompt",
        || {
            let mut a = ana();
            typed(&mut a, "p");
            typed(&mut a, "12");
            a
        },
        "Set a PIN",
    ),
    (
        "home, PIN asked before opening",
        || {
            let mut a = ana();
            typed(&mut a, "p");
            typed(&mut a, "4826");
            enter(&mut a);
            typed(&mut a, "4826");
            enter(&mut a);
            // Ben opens his own profile, then tries Ana's.
            press(&mut a, &[KeyCode::Down, KeyCode::Enter]);
            press(&mut a, &[KeyCode::Home, KeyCode::Enter]);
            typed(&mut a, "11");
            a
        },
        "This profile has a PIN",
    ),
    (
        "home, help overlay",
        || {
            let mut a = ana();
            typed(&mut a, "?");
            a
        },
        "Keys on this screen: Home",
    ),
    (
        "home, monochrome with a long status",
        || {
            let mut a = school(Theme::mono());
            typed(&mut a, "p");
            a
        },
        "Open your own profile first",
    ),
    // Assessment.
    (
        "assessment, no profile",
        || {
            let mut a = school_empty();
            typed(&mut a, "2");
            a
        },
        "Pick or create your profile on Home first",
    ),
    (
        "assessment, first page",
        || {
            let mut a = ana();
            typed(&mut a, "2");
            a
        },
        "Press Enter to start.",
    ),
    (
        "assessment, an item part way",
        || {
            let mut a = ana();
            typed(&mut a, "2");
            enter(&mut a);
            typed(&mut a, "5421s");
            key(&mut a, KeyCode::Down);
            a
        },
        "Question 6 of 57",
    ),
    (
        "assessment, the subject checklist",
        || {
            let mut a = ana();
            typed(&mut a, "2");
            enter(&mut a);
            for _ in 0..54 {
                typed(&mut a, "3");
            }
            a
        },
        "[ ] Animals",
    ),
    (
        "assessment, all done",
        || {
            let mut a = ana();
            typed(&mut a, "2");
            enter(&mut a);
            for _ in 0..54 {
                typed(&mut a, "3");
            }
            enter(&mut a);
            typed(&mut a, "55");
            a
        },
        "All done!",
    ),
    // Results.
    ("results, the matches", assessed, "Matches (113)"),
    (
        "results, a match hidden and filtered",
        || {
            let mut a = assessed();
            typed(&mut a, "xatyy");
            a
        },
        "training under",
    ),
    (
        "results, profile page",
        || {
            let mut a = assessed();
            typed(&mut a, "p");
            a
        },
        "Your interests",
    ),
    (
        "results, what changed",
        || {
            let mut a = assessed();
            typed(&mut a, "v");
            a
        },
        "This is your first result",
    ),
    (
        "results, how matching works",
        || {
            let mut a = assessed();
            typed(&mut a, "w");
            key(&mut a, KeyCode::PageDown);
            a
        },
        "Step three: what you care about",
    ),
    (
        "results, help overlay",
        || {
            let mut a = assessed();
            typed(&mut a, "?");
            a
        },
        "Keys on this screen: Results",
    ),
    // Explore.
    ("explore, the list", explore, "Careers ("),
    (
        "explore, search typed",
        || {
            let mut a = explore();
            typed(&mut a, "/kids doctor");
            a
        },
        "kids doctor",
    ),
    (
        "explore, a career page scrolled",
        || {
            let mut a = explore();
            typed(&mut a, "/respiratory therapist");
            enter(&mut a);
            enter(&mut a);
            press(&mut a, &[KeyCode::PageDown, KeyCode::PageDown]);
            a
        },
        "Respiratory therapist",
    ),
    (
        "explore, filter panel",
        || {
            let mut a = explore();
            typed(&mut a, "f");
            press(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Right]);
            a
        },
        "Kind of career",
    ),
    (
        "explore, a note being written",
        || {
            let mut a = explore();
            typed(&mut a, "/general surgeon");
            enter(&mut a);
            typed(&mut a, "*n");
            typed(
                &mut a,
                "I like working with my hands, and I want to know what nights are like",
            );
            a
        },
        "Note on General surgeon",
    ),
    (
        "explore, compare two careers",
        || {
            let mut a = explore();
            typed(&mut a, "/general surgeon");
            enter(&mut a);
            typed(&mut a, "c");
            typed(&mut a, "x/respiratory therapist");
            enter(&mut a);
            typed(&mut a, "c");
            a
        },
        "Respiratory therapist (RT",
    ),
    (
        "explore, the shortlist",
        || {
            let mut a = explore();
            typed(&mut a, "m");
            a
        },
        "Ana's shortlist (3)",
    ),
    (
        "explore, shortlist remove confirm",
        || {
            let mut a = explore();
            typed(&mut a, "m");
            typed(&mut a, "d");
            a
        },
        "Remove from shortlist?",
    ),
    (
        "explore, browse by kind",
        || {
            let mut a = explore();
            typed(&mut a, "b");
            key(&mut a, KeyCode::Down);
            a
        },
        "Browse by kind of career",
    ),
    (
        "explore, about the data",
        || {
            let mut a = explore();
            typed(&mut a, "a");
            a
        },
        "About the data",
    ),
    (
        "explore, help overlay",
        || {
            let mut a = explore();
            typed(&mut a, "?");
            a
        },
        "Keys on this screen: Explore",
    ),
    // Interview prep.
    (
        "interview, no plans yet",
        || {
            let mut a = ana();
            typed(&mut a, "5");
            a
        },
        "+ New plan",
    ),
    (
        "interview, new plan form",
        || {
            let mut a = ana();
            typed(&mut a, "5");
            typed(&mut a, "n");
            typed(&mut a, "Dr. Lee");
            tab(&mut a);
            typed(&mut a, "family doctor");
            tab(&mut a);
            typed(&mut a, "family phys");
            a
        },
        "→ Family physician",
    ),
    ("interview, plan questions", plan, "Interview with Dr. Lee"),
    (
        "interview, question bank",
        || {
            let mut a = plan();
            typed(&mut a, "a");
            a
        },
        "For this kind of career",
    ),
    (
        "interview, remove a question confirm",
        || {
            let mut a = plan();
            typed(&mut a, "d");
            a
        },
        "Remove this question?",
    ),
    (
        "interview, editing a question",
        || {
            let mut a = plan();
            enter(&mut a);
            typed(&mut a, " Was it early?");
            a
        },
        "Was it early?",
    ),
    (
        "interview, before checklist",
        || {
            let mut a = plan();
            key(&mut a, KeyCode::Right);
            typed(&mut a, " ");
            a
        },
        "[x] Tell a parent",
    ),
    (
        "interview, practice with a follow-up",
        || {
            let mut a = plan();
            press(&mut a, &[KeyCode::Right, KeyCode::Right, KeyCode::Enter]);
            typed(&mut a, "n");
            typed(&mut a, "Which tool was hardest to learn?");
            a
        },
        "Which tool was hardest to learn?",
    ),
    (
        "interview, notes",
        || {
            let mut a = plan();
            press(&mut a, &[KeyCode::Right, KeyCode::Right, KeyCode::Right]);
            enter(&mut a);
            typed(&mut a, "A stethoscope, and a computer for notes all day");
            enter(&mut a);
            key(&mut a, KeyCode::Up);
            a
        },
        "A stethoscope, and a computer",
    ),
    (
        "interview, reflect",
        || {
            let mut a = plan();
            for _ in 0..4 {
                key(&mut a, KeyCode::Right);
            }
            enter(&mut a);
            typed(&mut a, "How much time goes into writing notes");
            a
        },
        "How much time goes into writing notes",
    ),
    (
        "interview, thank-you letter",
        || {
            let mut a = plan();
            for _ in 0..5 {
                key(&mut a, KeyCode::Right);
            }
            a
        },
        "Dear Dr. Lee,",
    ),
    (
        "interview, export chooser",
        || {
            let mut a = plan();
            typed(&mut a, "x");
            a
        },
        "HTML",
    ),
    (
        "interview, edit details",
        || {
            let mut a = plan();
            typed(&mut a, "i");
            a
        },
        "Change the plan's details",
    ),
    (
        "interview, help overlay on a plan",
        || {
            let mut a = plan();
            typed(&mut a, "?");
            a
        },
        "Keys on this screen: Interview",
    ),
    // My plan.
    (
        "my plan, no profile",
        || {
            let mut a = school(Theme::color());
            typed(&mut a, "6");
            a
        },
        "Your plan is kept with your profile",
    ),
    ("my plan, courses", my_plan, "is planned for grade"),
    (
        "my plan, course chooser",
        || {
            let mut a = my_plan();
            typed(&mut a, "a");
            a
        },
        "Add a course",
    ),
    (
        "my plan, take a course out confirm",
        || {
            let mut a = my_plan();
            typed(&mut a, "d");
            a
        },
        "Take this course out?",
    ),
    (
        "my plan, experience form with an error",
        || {
            let mut a = my_plan();
            key(&mut a, KeyCode::Right);
            typed(&mut a, "a");
            tab(&mut a);
            typed(&mut a, "Hospital gift shop");
            tab(&mut a);
            typed(&mut a, "2025-13-01");
            enter(&mut a);
            a
        },
        "2025-13-01",
    ),
    (
        "my plan, goals with a goal",
        || {
            let mut a = my_plan();
            press(&mut a, &[KeyCode::Right, KeyCode::Right]);
            typed(&mut a, "a");
            typed(&mut a, "Find a CPR class");
            tab(&mut a);
            typed(&mut a, "2025-12-15");
            enter(&mut a);
            typed(&mut a, " ");
            a
        },
        "[x] Find a CPR class",
    ),
    (
        "my plan, goal form",
        || {
            let mut a = my_plan();
            press(&mut a, &[KeyCode::Right, KeyCode::Right]);
            typed(&mut a, "a");
            typed(&mut a, "Ask Ms. Park about the biology club");
            a
        },
        "Ask Ms. Park",
    ),
    // Counselor.
    (
        "counselor, not set up",
        || {
            let mut a = school_empty();
            typed(&mut a, "7");
            a
        },
        "medpath counselor init",
    ),
    (
        "counselor, locked",
        || {
            let mut a = roster();
            typed(&mut a, "L");
            typed(&mut a, "green heron evening");
            enter(&mut a);
            a
        },
        "passphrase is not right",
    ),
    ("counselor, roster", roster, "Roster: 3 students"),
    (
        "counselor, roster search",
        || {
            let mut a = roster();
            typed(&mut a, "s");
            typed(&mut a, "/b");
            a
        },
        "1 of 3 match",
    ),
    (
        "counselor, record check-ins",
        record,
        "Worried about chemistry",
    ),
    (
        "counselor, record timeline",
        || {
            let mut a = record();
            key(&mut a, KeyCode::Right);
            a
        },
        "[Timeline]",
    ),
    (
        "counselor, record agenda",
        || {
            let mut a = record();
            press(&mut a, &[KeyCode::Right, KeyCode::Right]);
            a
        },
        "Overdue goals",
    ),
    (
        "counselor, check-in form",
        || {
            let mut a = roster();
            enter(&mut a);
            typed(&mut a, "c");
            typed(&mut a, "Talked about summer programs and what a PA does.");
            tab(&mut a);
            typed(&mut a, "Private: ");
            a
        },
        "Talked about summer programs",
    ),
    (
        "counselor, adding a goal",
        || {
            let mut a = record();
            typed(&mut a, "g");
            typed(&mut a, "Visit the hospital open day");
            a
        },
        "Visit the hospital open day",
    ),
    (
        "counselor, help overlay on a record",
        || {
            let mut a = record();
            typed(&mut a, "?");
            a
        },
        "Keys on this screen: Counselor",
    ),
];

/// No students at all.
fn school_empty() -> App {
    let mut a = app_with(&[], Theme::color());
    a.set_export_dir(sheets());
    a
}

// ---------------------------------------------------------------------------------------
// Sizes.

/// The heights at which every width is drawn, and the widths at which every height is: the
/// smallest, around the 60x20 minimum, a common size and the largest.
const HEIGHTS: [u16; 9] = [1, 2, 3, 10, 19, 20, 24, 60, 100];
const WIDTHS: [u16; 8] = [1, 2, 40, 59, 60, 80, 200, 300];
/// Widths and heights every state is drawn at, whatever its slice: the smallest, around the
/// 60x20 minimum, the usual 80x24 and the largest.
const EDGE_W: [u16; 8] = [1, 2, 59, 60, 61, 79, 80, 300];
const EDGE_H: [u16; 8] = [1, 2, 19, 20, 21, 23, 24, 100];
/// How many interleaved slices the grid is cut into by default (see `sampled_sizes`); with
/// about 60 states each size of the grid is still drawn by three or four of them.
const STRIDE: u16 = 16;
const RANDOM_PER_STATE: usize = 20;
const SEED: u64 = 0x6d65_6470_6174_6821;

/// A small fixed-seed generator (SplitMix64), so the sampled sizes are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 1..=n.
    fn upto(&mut self, n: u16) -> u16 {
        1 + (self.next() % u64::from(n)) as u16
    }
}

/// The sampled grid for the state at `index`: every width 1..=300 at each of `HEIGHTS` and
/// every height 1..=100 at each of `WIDTHS`, cut into `stride` interleaved slices; a state
/// draws its own slice (sizes whose free coordinate is `index` modulo `stride`) plus the edge
/// sizes, and its own pseudo-random sizes. With at least `stride` states, every size of the
/// grid is drawn by some state; with a stride of 1 every state draws the whole grid.
fn sampled_sizes(index: usize, stride: u16) -> Vec<(u16, u16)> {
    let slice = (index % usize::from(stride)) as u16;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let mut add = |w: u16, h: u16| {
        if seen.insert((w, h)) {
            out.push((w, h));
        }
    };
    for h in HEIGHTS {
        for w in 1..=MAX_W {
            if w % stride == slice || EDGE_W.contains(&w) {
                add(w, h);
            }
        }
    }
    for w in WIDTHS {
        for h in 1..=MAX_H {
            if h % stride == slice || EDGE_H.contains(&h) {
                add(w, h);
            }
        }
    }
    let mut rng = Rng(SEED ^ index as u64);
    for _ in 0..RANDOM_PER_STATE {
        add(rng.upto(MAX_W), rng.upto(MAX_H));
    }
    out
}

fn all_sizes() -> Vec<(u16, u16)> {
    let mut out = Vec::with_capacity(usize::from(MAX_W) * usize::from(MAX_H));
    for w in 1..=MAX_W {
        for h in 1..=MAX_H {
            out.push((w, h));
        }
    }
    out
}

fn env_is(name: &str, value: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == value)
}

/// `MEDPATH_SIZE_STRIDE=1` draws the whole sampled grid for every state (slower).
fn stride() -> u16 {
    std::env::var("MEDPATH_SIZE_STRIDE")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(STRIDE)
}

/// The text of a panic's payload.
fn panic_text(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// Draws `app` at each size in turn on one terminal that is resized between frames, as a
/// real window is (so the diff against the previous frame is exercised too). Returns the
/// sizes that panicked, with the message (at most 20).
fn draw_at_sizes(app: &App, sizes: &[(u16, u16)]) -> Vec<(u16, u16, String)> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut failures = Vec::new();
    for &(w, h) in sizes {
        t.backend_mut().resize(w, h);
        let r = catch_unwind(AssertUnwindSafe(|| {
            t.draw(|f| app.render(f)).unwrap();
        }));
        if let Err(e) = r {
            failures.push((w, h, panic_text(e.as_ref())));
            // A terminal that panicked mid-draw is in an unknown state: start a fresh one.
            t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            if failures.len() >= 20 {
                break;
            }
        }
    }
    failures
}

/// The screen after the sizes: drawn on the same (resized) terminal at 80x24.
fn resize_through(app: &App, sizes: &[(u16, u16)]) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for &(w, h) in sizes {
        t.backend_mut().resize(w, h);
        t.draw(|f| app.render(f)).unwrap();
    }
    t.backend_mut().resize(80, 24);
    t.draw(|f| app.render(f)).unwrap();
    t.backend().to_string()
}

/// A window dragged about: tiny, under and at the minimum, huge, odd, back and forth.
fn dragged_sizes() -> Vec<(u16, u16)> {
    let mut sizes = vec![
        (1, 1),
        (2, 1),
        (80, 1),
        (1, 24),
        (59, 19),
        (59, 20),
        (60, 19),
        (60, 20),
        (61, 21),
        (300, 100),
        (300, 20),
        (60, 100),
        (120, 40),
        (79, 23),
        (81, 25),
    ];
    let mut rng = Rng(SEED);
    for _ in 0..40 {
        sizes.push((rng.upto(MAX_W), rng.upto(MAX_H)));
    }
    sizes
}

/// Ctrl-Z is taken by the loop before the keymap on every screen, forms included: the loop is
/// told to suspend and nothing changes (no 'z' typed, nothing moved), except that open
/// counselor mode locks. Ctrl-C quits. Returns what went wrong.
fn suspend_and_quit(mut a: App, name: &str) -> Vec<String> {
    let mut wrong = Vec::new();
    let before = screen(&a);
    let counselor = a.screens.counselor.is_unlocked();
    for ev in [ctrl('z'), ctrl('Z')] {
        if handle_event(&mut a, &ev) != Step::Suspend {
            wrong.push(format!("{name}: {ev:?} does not suspend"));
        }
    }
    if counselor {
        if a.screens.counselor.is_unlocked() || a.quit {
            wrong.push(format!("{name}: Ctrl-Z left counselor mode open"));
        }
    } else if screen(&a) != before || a.quit {
        wrong.push(format!(
            "{name}: Ctrl-Z changed the screen:\n{}",
            screen(&a)
        ));
    }
    if handle_event(&mut a, &ctrl('c')) != Step::Continue || !a.quit {
        wrong.push(format!("{name}: Ctrl-C does not quit"));
    }
    wrong
}

fn ctrl(ch: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL))
}

// ---------------------------------------------------------------------------------------
// The tests.

/// Every state at its sampled sizes (every size with MEDPATH_ALL_SIZES=1), spread over the
/// machine's cores. Each state must show what it is meant to, no frame may panic, and on each
/// Ctrl-Z suspends without changing anything and Ctrl-C quits.
#[test]
fn every_screen_renders_at_every_size() {
    assert!(STATES.len() >= 25, "{} states", STATES.len());
    let names: BTreeSet<&str> = STATES.iter().map(|s| s.0).collect();
    assert_eq!(names.len(), STATES.len(), "state names are unique");
    let every = env_is("MEDPATH_ALL_SIZES", "1");
    let stride = stride();
    let all = every.then(all_sizes);
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let frames = AtomicUsize::new(0);
    let covered = Mutex::new(BTreeSet::new());
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(STATES.len());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((name, build, marker)) = STATES.get(i) else {
                        break;
                    };
                    let a = build();
                    let shown = screen(&a);
                    if !shown.contains(marker) {
                        let mut f = failures.lock().unwrap();
                        f.push(format!("{name}: should show {marker:?}:\n{shown}"));
                    }
                    let sampled;
                    let sizes = match &all {
                        Some(all) => all.as_slice(),
                        None => {
                            sampled = sampled_sizes(i, stride);
                            sampled.as_slice()
                        }
                    };
                    let t0 = Instant::now();
                    let bad = draw_at_sizes(&a, sizes);
                    frames.fetch_add(sizes.len(), Ordering::Relaxed);
                    if every {
                        // The long run takes a while: say how it goes.
                        eprintln!(
                            "terminal: {name}: {} sizes in {:.1?} ({:.0?} since the start)",
                            sizes.len(),
                            t0.elapsed(),
                            start.elapsed()
                        );
                    }
                    let keys = suspend_and_quit(a, name);
                    if all.is_none() {
                        covered.lock().unwrap().extend(sizes.iter().copied());
                    }
                    let mut f = failures.lock().unwrap();
                    for (w, h, msg) in bad {
                        f.push(format!("{name} at {w}x{h}: {msg}"));
                    }
                    f.extend(keys);
                }
            });
        }
    });
    let frames = frames.into_inner();
    let covered = covered.into_inner().unwrap();
    let how = if every {
        "every size 1x1..=300x100".to_string()
    } else {
        format!(
            "sampled sizes, slice 1/{stride} of the grid per state, {} distinct sizes in all",
            covered.len()
        )
    };
    eprintln!(
        "terminal: {} states, {frames} renders ({how}) in {:.1?} on {workers} threads",
        STATES.len(),
        start.elapsed(),
    );
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    if !every {
        // Between them the states cover the whole grid.
        for h in HEIGHTS {
            for w in 1..=MAX_W {
                assert!(covered.contains(&(w, h)), "{w}x{h} never drawn");
            }
        }
        for w in WIDTHS {
            for h in 1..=MAX_H {
                assert!(covered.contains(&(w, h)), "{w}x{h} never drawn");
            }
        }
    }
}

/// What a person chose, typed or scrolled to survives a window dragged to every kind of size
/// and back: the 80x24 screen is the same before and after, on a fresh terminal and on the
/// one that was resized, and the same keys then do the same thing as on an app that was never
/// resized.
#[test]
fn resizing_keeps_the_state() {
    type Check = fn(&App) -> String;
    // (name, state, what must not change, keys pressed afterwards, whether the whole 80x24
    // screen must be the same: false where only the selection is kept, see below)
    let cases: &[(&str, Build, Check, &[KeyCode], bool)] = &[
        (
            "explore, row 6 selected and a search typed",
            || {
                let mut a = explore();
                typed(&mut a, "/heart");
                enter(&mut a);
                press(&mut a, &[KeyCode::Down, KeyCode::Down]);
                a
            },
            |a| {
                format!(
                    "{} {:?}",
                    a.screens.explore.list.selected,
                    a.screens.explore.query.value()
                )
            },
            &[KeyCode::Down, KeyCode::Enter, KeyCode::PageDown],
            true,
        ),
        (
            "explore, list scrolled far down",
            || {
                let mut a = explore();
                for _ in 0..40 {
                    key(&mut a, KeyCode::Down);
                }
                a
            },
            |a| a.screens.explore.list.selected.to_string(),
            &[KeyCode::Down, KeyCode::PageDown, KeyCode::Up],
            // The selection is kept and stays in view, but a list scrolled further down than
            // a smaller window's height keeps the scroll position that window needed: the
            // first row shown at 80x24 afterwards can differ (as in most terminal programs).
            false,
        ),
        (
            "explore, a career page scrolled",
            || {
                let mut a = explore();
                press(&mut a, &[KeyCode::Down, KeyCode::Enter]);
                for _ in 0..7 {
                    key(&mut a, KeyCode::Down);
                }
                a
            },
            |a| format!("{:?}", a.screens.explore.focus),
            &[KeyCode::PageDown, KeyCode::Down, KeyCode::End, KeyCode::Up],
            true,
        ),
        (
            "home, new profile form half typed",
            || {
                let mut a = school(Theme::color());
                typed(&mut a, "n");
                typed(&mut a, "Zoë 🩺 Ramírez");
                tab(&mut a);
                typed(&mut a, "1");
                a
            },
            |a| {
                let f = a.screens.home.form().expect("the form is open");
                format!(
                    "{:?} {:?} {:?}",
                    f.value(ProfileField::Name),
                    f.value(ProfileField::Grade),
                    f.focused()
                )
            },
            &[KeyCode::Char('0'), KeyCode::BackTab, KeyCode::Char('!')],
            true,
        ),
        (
            "assessment, item 6",
            || {
                let mut a = ana();
                typed(&mut a, "2");
                enter(&mut a);
                typed(&mut a, "5421s");
                a
            },
            |a| format!("{:?}", a.screens.assessment.page),
            &[KeyCode::Char('4'), KeyCode::Left],
            true,
        ),
        (
            "results, filtered and a match hidden",
            || {
                let mut a = assessed();
                typed(&mut a, "jjxty");
                a
            },
            |a| format!("{:?}", a.screens.results.shown_ids()),
            &[KeyCode::Down, KeyCode::Char('p')],
            true,
        ),
        (
            "interview, practice tab",
            || {
                let mut a = plan();
                press(&mut a, &[KeyCode::Right, KeyCode::Right, KeyCode::Enter]);
                key(&mut a, KeyCode::Down);
                a
            },
            |a| {
                let p = a.screens.interview.open.as_ref().expect("a plan is open");
                format!("{:?} {}", p.tab, p.practice.index)
            },
            &[KeyCode::Down, KeyCode::Right],
            true,
        ),
        (
            "my plan, goals tab",
            || {
                let mut a = my_plan();
                press(&mut a, &[KeyCode::Right, KeyCode::Right]);
                a
            },
            |a| format!("{:?}", a.screens.myplan.contexts()),
            &[KeyCode::Char('a'), KeyCode::Char('x')],
            true,
        ),
        (
            "counselor, record on the agenda tab",
            || {
                let mut a = record();
                press(&mut a, &[KeyCode::Right, KeyCode::Right]);
                key(&mut a, KeyCode::Down);
                a
            },
            |a| format!("{}", a.screens.counselor.is_unlocked()),
            &[KeyCode::Down, KeyCode::Right],
            true,
        ),
        (
            "help overlay over a plan",
            || {
                let mut a = plan();
                typed(&mut a, "?");
                a
            },
            |a| format!("{} {:?}", a.help, a.area),
            &[KeyCode::Esc, KeyCode::Right],
            true,
        ),
    ];
    let sizes = dragged_sizes();
    let mut wrong = Vec::new();
    for (name, build, check, then, exact) in cases {
        let mut a = build();
        let before = screen(&a);
        let state = check(&a);
        let on_resized = resize_through(&a, &sizes);
        let after = screen(&a);
        if !exact {
            // The selected row is still on screen, the same one.
            let row = |s: &str| {
                let line = s.lines().find(|l| l.contains('▶'))?;
                let from = &line[line.find('▶')?..];
                Some(from.split('│').next().unwrap_or(from).to_string())
            };
            if row(&after).is_none() || row(&after) != row(&before) {
                wrong.push(format!(
                    "{name}: the selected row moved:\n{before}\n{after}"
                ));
            }
        } else if after != before || on_resized != before {
            wrong.push(format!(
                "{name}: the screen changed.\nbefore:\n{before}\nafter:\n{after}\non the resized terminal:\n{on_resized}"
            ));
        }
        if check(&a) != state {
            wrong.push(format!("{name}: {state} became {}", check(&a)));
        }
        // The same keys on an app that was never resized.
        let mut fresh = build();
        for k in *then {
            key(&mut a, *k);
            key(&mut fresh, *k);
        }
        if (*exact && screen(&a) != screen(&fresh)) || check(&a) != check(&fresh) {
            wrong.push(format!(
                "{name}: after {then:?} the resized app differs.\nresized:\n{}\nnever resized:\n{}",
                screen(&a),
                screen(&fresh)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

/// In a form a plain z is typed, Ctrl-Z is not.
#[test]
fn ctrl_z_in_a_form_types_nothing() {
    let mut a = school(Theme::color());
    typed(&mut a, "n");
    typed(&mut a, "Li");
    draw(&a, 80, 24);
    assert_eq!(handle_event(&mut a, &ctrl('z')), Step::Suspend);
    let z = Event::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE));
    assert_eq!(handle_event(&mut a, &z), Step::Continue);
    let form = a.screens.home.form().expect("the form is still open");
    assert_eq!(form.value(ProfileField::Name), "Liz");
}
