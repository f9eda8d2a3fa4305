//! Hostile input, fuzzed: the student export file (`medpath import`), answer files
//! (`medpath assess --answers`), the compiled-in data files and student names get random
//! and damaged input and must never panic; every refusal has a message, short enough to
//! read (a huge input is never echoed back whole).
//!
//! Cases per property: 256 by default (64 for the slow data-file properties), so the file
//! runs in well under a minute in a debug build. The long run sets `PROPTEST_CASES`, e.g.
//! `PROPTEST_CASES=20000 cargo test --test hostile`: that many cases per property, a tenth
//! of it for the data-file properties. Failures are not persisted (`failure_persistence:
//! None`, so nothing is written into the source tree): proptest prints the shrunk input,
//! which then goes into `tests/corpus/` as a checked-in case.
//!
//! The checked-in corpus of bad files is run through the real binary in `tests/corpus.rs`.

use std::cell::RefCell;
use std::sync::OnceLock;

use medpath::domain::NewStudent;
use medpath::domain::answer_file;
use medpath::domain::assessment::Item;
use medpath::domain::courses::Course;
use medpath::domain::plan::{Format, parse_details};
use medpath::domain::record::{
    CourseStatus, ExperienceKind, GoalStatus, parse_experience, parse_goal,
};
use medpath::domain::student::{MAX_NAME_CHARS, clean_name, name_key, parse_grade};
use medpath::domain::transfer::{self, ImportError};
use medpath::refdata::{self, Files};
use medpath::store::{NewQuestion, Store};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// Configuration and shared fixtures

/// `default` cases, or `PROPTEST_CASES / divisor` when that is set (the long run; inside
/// `proptest!` the variable itself wins, as proptest reads it again). Nothing is written to
/// `proptest-regressions/`: a failure prints its shrunk input instead.
fn config(default: u32, divisor: u32) -> ProptestConfig {
    let cases = match std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
    {
        Some(n) => (n / divisor).max(1),
        None => default,
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The assessment items the binary uses.
fn items() -> &'static [Item] {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    ITEMS.get_or_init(|| refdata::embedded().expect("shipped data loads").items)
}

fn item_ids() -> Vec<String> {
    items().iter().map(|i| i.id.clone()).collect()
}

/// The smallest file an import accepts, written by hand.
fn minimal_export() -> Value {
    serde_json::json!({
        "format": "medpath-student",
        "version": 1,
        "exported_at": 1_790_000_000,
        "student": {"name": "Ana", "grade": 9, "created_at": 1_780_000_000,
                    "last_active": 1_790_000_000}
    })
}

/// A real export with something of every kind (PIN hash and sealed counselor notes
/// included), made by a real store, as JSON.
fn full_export() -> &'static Value {
    static FULL: OnceLock<Value> = OnceLock::new();
    FULL.get_or_init(|| {
        let mut s = Store::open_in_memory().unwrap();
        let st = s
            .add_student(&NewStudent::parse("Zoë 🩺", "10").unwrap(), 1_780_000_000)
            .unwrap();
        let id = st.id;
        s.set_pin(id, Some("2468")).unwrap();
        let run = s.start_run(id, 1_780_000_000).unwrap();
        for (n, item) in s.items().unwrap().iter().take(12).enumerate() {
            let v = (n % 5 + 1) as u8;
            s.save_answer(run.id, &item.id, Some(v), n + 1, 1_780_000_010)
                .unwrap();
        }
        let answers = s.open_run(id).unwrap().unwrap().answers;
        let scored = medpath::domain::assessment::score(&s.items().unwrap(), &answers);
        s.finish_run(run.id, &scored, 1_780_000_100).unwrap();
        s.star(id, "pediatrician", 1_780_000_200).unwrap();
        s.star(id, "registered-nurse", 1_780_000_201).unwrap();
        s.set_note(id, "pediatrician", "Likes kids").unwrap();
        s.set_hidden(id, "dentist", true, 1_780_000_202).unwrap();
        let d = parse_details(
            "Dr. Kim",
            "Pediatrician",
            Some("pediatrician".into()),
            "2026-12-01",
            Format::Video,
            "Learn what a day is like",
        )
        .unwrap();
        let q = NewQuestion {
            source: None,
            text: "What is a normal day like?".into(),
            opener: true,
        };
        let plan = s.create_plan(id, &d, &[q], 1_780_000_300).unwrap();
        let qid = s.plan(id, plan).unwrap().unwrap().questions[0].id;
        s.set_answer(id, plan, qid, "Busy but fun", 1_780_000_301)
            .unwrap();
        let vault = s
            .set_up_counselor("quiet heron lantern morning 42", 1)
            .unwrap();
        let ci = s
            .add_checkin(
                id,
                "2026-11-20",
                "Talked about HOSA.",
                Some((&vault, "PRIVATE: nervous")),
                1_780_000_400,
            )
            .unwrap();
        let g = s
            .add_goal(
                id,
                Some(ci),
                &parse_goal("Join HOSA", "2026-12-15").unwrap(),
                1_780_000_401,
            )
            .unwrap();
        s.add_goal(id, None, &parse_goal("Email Dr. Kim", "").unwrap(), 2)
            .unwrap();
        s.set_goal_status(id, g.id, GoalStatus::Done, 1_780_000_500)
            .unwrap();
        s.set_course(id, Course::Biology, 9, CourseStatus::Done, 1_780_000_600)
            .unwrap();
        let e = parse_experience(
            ExperienceKind::Volunteering,
            "Hospital gift shop",
            "2026-06-01",
            "2026-08-01",
            "30",
            "I liked helping visitors",
        )
        .unwrap();
        s.add_experience(id, &e, 1_780_000_700).unwrap();
        let st = s.student_by_name("Zoë 🩺").unwrap().unwrap();
        let file = s
            .export_student(
                &st,
                Some((&vault, "quiet heron lantern morning 42")),
                1_790_000_000,
            )
            .unwrap();
        let v = serde_json::to_value(&file).unwrap();
        assert!(
            v["counselor_notes"].is_object(),
            "the base has sealed notes"
        );
        v
    })
}

thread_local! {
    /// A database per test thread that accepted files are imported into.
    static STORE: RefCell<Store> = RefCell::new(Store::open_in_memory().unwrap());
}

// ---------------------------------------------------------------------------------------
// Values hostile files are made of

/// Text that has broken programs before.
const NASTY_TEXT: &[&str] = &[
    "",
    " ",
    "   Ana   ",
    "Zoë 🩺",
    "سارة",
    "נועה",
    "ليلى 🌟",
    "Eve\u{202E}gnp.exe",
    "\u{200F}\u{200E}\u{2066}x\u{2069}",
    "👩🏽‍⚕️👨‍👩‍👧‍👦",
    "e\u{301}\u{301}\u{301}\u{301}",
    "Robert'); DROP TABLE students;--",
    "1; DELETE FROM answers WHERE 1=1",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"http://x\")",
    "%s%s%n%x",
    "{{7*7}}",
    "../../../../etc/passwd",
    "line\nbreak",
    "tab\there",
    "bell\u{7}",
    "nul\u{0}byte",
    "esc\u{1b}[31mred",
    "del\u{7f}",
    "\u{85}next line",
    "\u{FEFF}bom",
    "\u{FFFD}",
    "\u{10FFFF}",
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    "2026-1-1",
    "pediatrician",
    "in-person",
    "shadowing",
    "done",
    "open",
    "planned",
    "biology",
    "volunteering",
    "null",
    "NaN",
    "-0",
];

fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(NASTY_TEXT).prop_map(str::to_string),
        2 => any::<String>(),
        1 => (select(&["a", "é", "🩺", "ש", "\u{202E}", "\u{0}", "'"][..]),
              select(&[39usize, 40, 41, 80, 81, 200, 201, 300, 301, 2001, 5001, 70_000][..]))
            .prop_map(|(c, n)| c.repeat(n)),
    ]
}

/// Numbers on and past every limit the file has.
const NASTY_INTS: &[i128] = &[
    0,
    1,
    -1,
    -2,
    2,
    3,
    5,
    6,
    9,
    12,
    13,
    50,
    51,
    255,
    256,
    5000,
    5001,
    10_000,
    100_000,
    1_780_000_000,
    7_258_118_400,
    7_258_118_401,
    u32::MAX as i128,
    u32::MAX as i128 + 1,
    i64::MAX as i128,
    i64::MIN as i128,
    u64::MAX as i128,
];

fn json_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => select(NASTY_INTS).prop_map(|n| {
            if n < 0 { Value::from(n as i64) } else { Value::from(n as u64) }
        }),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_filter_map("finite", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        1 => select(&[0.5f64, 1.5, -0.0, 1e300, 2.0, 1e23][..])
            .prop_map(Value::from),
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => json_number(),
        4 => nasty_text().prop_map(Value::String),
    ]
}

/// The keys an export uses, and others.
const EXPORT_KEYS: &[&str] = &[
    "format",
    "version",
    "exported_at",
    "student",
    "name",
    "grade",
    "created_at",
    "last_active",
    "pin_hash",
    "assessments",
    "started_at",
    "finished_at",
    "position",
    "answers",
    "item",
    "value",
    "answered_at",
    "hidden",
    "career",
    "hidden_at",
    "shortlist",
    "note",
    "added_at",
    "plans",
    "person",
    "role",
    "day",
    "goal",
    "checklist",
    "questions",
    "source",
    "text",
    "opener",
    "answer",
    "followups",
    "checkins",
    "held_on",
    "summary",
    "goals",
    "checkin",
    "due_on",
    "status",
    "closed_at",
    "courses",
    "course",
    "experiences",
    "kind",
    "title",
    "hours",
    "reflection",
    "counselor_notes",
    "salt",
    "sealed",
    "surprise",
    "",
    "__proto__",
];

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(EXPORT_KEYS).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// Random JSON: objects and arrays nested up to 8 deep, with hostile leaves.
fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(8, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((json_key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// One place in a JSON value.
#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    At(usize),
}

fn paths(v: &Value, here: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                here.push(Seg::Key(k.clone()));
                paths(x, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                here.push(Seg::At(i));
                paths(x, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, s| match s {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::At(i) => &mut v[*i],
    })
}

/// An edit to one place in a structurally valid file.
#[derive(Debug, Clone)]
enum Edit {
    /// Put another value there (a wrong type, a value past a limit, a nested structure).
    Replace(Value),
    /// Leave the field out.
    Remove,
    /// Add a field (to an object) or an element (to an array) next to it.
    Add(String, Value),
    /// Repeat an array element (duplicate ids, two open assessments, ...).
    Repeat,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        5 => json_value().prop_map(Edit::Replace),
        2 => Just(Edit::Remove),
        1 => (json_key(), json_value()).prop_map(|(k, v)| Edit::Add(k, v)),
        2 => Just(Edit::Repeat),
    ]
}

fn apply_edit(v: &mut Value, at: Index, e: &Edit) {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    let path = at.get(&all).clone();
    match e {
        Edit::Replace(x) => *at_mut(v, &path) = x.clone(),
        Edit::Remove | Edit::Repeat => {
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            let parent = at_mut(v, parent);
            match (parent, last, e) {
                (Value::Object(m), Seg::Key(k), Edit::Remove) => {
                    m.remove(k);
                }
                (Value::Array(a), Seg::At(i), Edit::Remove) => {
                    a.remove(*i);
                }
                (Value::Array(a), Seg::At(i), _) => {
                    let x = a[*i].clone();
                    a.insert(*i, x);
                }
                _ => {}
            }
        }
        Edit::Add(k, x) => match at_mut(v, &path) {
            Value::Object(m) => {
                m.insert(k.clone(), x.clone());
            }
            Value::Array(a) => a.push(x.clone()),
            _ => {}
        },
    }
}

/// A byte-level change to a file's text.
#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Duplicate(Index, usize),
}

/// Bytes that break JSON and TOML in interesting ways.
const BYTE_JUNK: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"null",
    b"-",
    b"1e999",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xff",
    b"\x00",
    b"\n= 1\n",
    b"[x]\n",
];

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let junk = prop_oneof![
        prop::collection::vec(any::<u8>(), 1..8),
        select(BYTE_JUNK).prop_map(<[u8]>::to_vec),
    ];
    prop_oneof![
        1 => any::<Index>().prop_map(ByteEdit::Truncate),
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        3 => (any::<Index>(), junk).prop_map(|(i, j)| ByteEdit::Insert(i, j)),
        2 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
        1 => (any::<Index>(), 1usize..256).prop_map(|(i, n)| ByteEdit::Duplicate(i, n)),
    ]
}

fn apply_bytes(b: &mut Vec<u8>, e: &ByteEdit) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
    match e {
        ByteEdit::Truncate(i) => b.truncate(at(i, b.len())),
        ByteEdit::Flip(i, x) => {
            if !b.is_empty() {
                let i = i.index(b.len());
                b[i] = *x;
            }
        }
        ByteEdit::Insert(i, j) => {
            let i = at(i, b.len());
            b.splice(i..i, j.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            let i = at(i, b.len());
            let end = (i + n).min(b.len());
            b.drain(i..end);
        }
        ByteEdit::Duplicate(i, n) => {
            let i = at(i, b.len());
            let end = (i + n).min(b.len());
            let part = b[i..end].to_vec();
            b.splice(end..end, part);
        }
    }
}

/// Applies byte edits and reads the result as the CLI would once it is text: invalid UTF-8
/// is refused before parsing, so here it becomes U+FFFD.
fn damaged(text: &str, edits: &[ByteEdit]) -> String {
    let mut b = text.as_bytes().to_vec();
    for e in edits {
        apply_bytes(&mut b, e);
    }
    String::from_utf8_lossy(&b).into_owned()
}

// ---------------------------------------------------------------------------------------
// Checks

/// The longest message any refusal may print: a huge input must not be echoed back.
const MAX_MESSAGE: usize = 2000;

fn check_message(msg: &str) -> Result<(), TestCaseError> {
    prop_assert!(!msg.trim().is_empty(), "an empty message");
    prop_assert!(
        !msg.chars().any(|c| c.is_control() && c != '\n'),
        "a control character from the input reaches the terminal: {msg:?}"
    );
    prop_assert!(
        msg.len() <= MAX_MESSAGE,
        "a {} byte message: {}...",
        msg.len(),
        msg.chars().take(300).collect::<String>()
    );
    Ok(())
}

/// Parses an export; a refusal must have a message, an accepted file must survive a round
/// trip and be importable without a database error.
fn check_import(text: &str, import: bool) -> Result<(), TestCaseError> {
    match transfer::parse(text) {
        Err(e) => {
            check_message(&e.to_string())?;
            if let ImportError::BadValue(place, what) = &e {
                prop_assert!(!place.is_empty() && !what.to_string().is_empty(), "{e:?}");
            }
        }
        Ok(f) => {
            let again = serde_json::to_string(&f).unwrap();
            prop_assert_eq!(&transfer::parse(&again).unwrap(), &f, "round trip");
            if import {
                let r = STORE.with(|s| {
                    let mut s = s.borrow_mut();
                    let t = s.import_target(&f.student).unwrap().unwrap();
                    s.import_student(&f, t, true, None)
                });
                prop_assert!(r.is_ok(), "accepted but not importable: {:?}", r.err());
            }
        }
    }
    Ok(())
}

fn check_answers(text: &str) -> Result<(), TestCaseError> {
    match answer_file::parse("answers.toml", text, items()) {
        Err(e) => check_message(&e.to_string())?,
        Ok(a) => {
            let ids = item_ids();
            prop_assert_eq!(a.len(), ids.len(), "every item, answered or skipped");
            for (k, v) in &a {
                prop_assert!(ids.contains(k), "unknown item {k:?} accepted");
                prop_assert!(v.is_none_or(|v| (1..=5).contains(&v)), "{k} = {v:?}");
            }
            prop_assert!(a.values().any(Option::is_some), "no answers accepted");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The export file (`medpath import`)

fn export_base() -> impl Strategy<Value = Value> {
    prop_oneof![Just(minimal_export()), Just(full_export().clone())]
}

proptest! {
    #![proptest_config(config(256, 1))]

    /// Any text at all.
    #[test]
    fn import_survives_any_text(text in any::<String>()) {
        check_import(&text, false)?;
    }

    /// Text made of JSON's own punctuation, so the parser gets deep before it fails.
    #[test]
    fn import_survives_json_like_text(
        text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,200}",
        prefix in select(&["", "{\"format\":\"medpath-student\",\"version\":1,", "\u{FEFF}"][..]),
    ) {
        check_import(&format!("{prefix}{text}"), false)?;
    }

    /// Random JSON structures, with and without the right header.
    #[test]
    fn import_survives_random_json(v in json_value(), header in any::<bool>()) {
        let v = match (header, v) {
            (true, Value::Object(mut m)) => {
                m.insert("format".into(), "medpath-student".into());
                m.insert("version".into(), 1.into());
                Value::Object(m)
            }
            (_, v) => v,
        };
        check_import(&v.to_string(), true)?;
    }

    /// Real files with one to four fields changed, removed, added or repeated. Whatever is
    /// accepted must import without a database error.
    #[test]
    fn import_survives_edited_fields(
        base in export_base(),
        edits in prop::collection::vec((any::<Index>(), edit()), 1..5),
        pretty in any::<bool>(),
    ) {
        let mut v = base;
        for (at, e) in &edits {
            apply_edit(&mut v, *at, e);
        }
        let text = if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        };
        check_import(&text, true)?;
    }

    /// Real files cut short, with bytes flipped, inserted, deleted or repeated.
    #[test]
    fn import_survives_damaged_bytes(
        base in export_base(),
        edits in prop::collection::vec(byte_edit(), 1..6),
    ) {
        let text = damaged(&serde_json::to_string_pretty(&base).unwrap(), &edits);
        check_import(&text, true)?;
    }
}

#[test]
fn the_fuzzing_bases_are_accepted() {
    for v in [minimal_export(), full_export().clone()] {
        let f = transfer::parse(&v.to_string()).unwrap();
        STORE.with(|s| {
            {
                let mut s = s.borrow_mut();
                let t = s.import_target(&f.student).unwrap().unwrap();
                s.import_student(&f, t, true, None)
            }
            .unwrap()
        });
    }
}

// ---------------------------------------------------------------------------------------
// Answer files (`medpath assess --answers`)

/// What an answer can be written as in TOML: right, wrong and strange.
fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (-3i64..10).prop_map(|i| i.to_string()),
        1 => select(NASTY_INTS).prop_map(|i| i.to_string()),
        1 => any::<f64>().prop_map(|f| format!("{f:?}")),
        1 => select(&["nan", "+inf", "-inf", "2.0", "3e0", "0x3", "0o3", "0b11", "1_2",
                      "+3", "-0", "03", "true", "false", "1979-05-27T07:32:00Z",
                      "1979-05-27", "07:32:00", "[]", "[1, 2]", "[[3]]", "{}",
                      "{ a = 1 }", "'like'", "'''like'''", "\"\"\"not\nsure\"\"\"",
                      "\"\\u0033\"", "\"\\uD800\"", "\"\\U0010FFFF\"", ""][..])
            .prop_map(str::to_string),
        3 => select(&["strongly-dislike", "dislike", "not-sure", "like", "strongly-like",
                      "Strongly Like", "NOT_SURE", " skip ", "SKIP", "", "3", " 4 ", "love it",
                      "6", "-1", "1.0"][..])
            .prop_map(|w| format!("\"{w}\"")),
        2 => nasty_text().prop_map(|s| serde_json::to_string(&s).unwrap()),
    ]
}

fn toml_key() -> impl Strategy<Value = String> {
    let ids = item_ids();
    prop_oneof![
        5 => select(ids.clone()),
        1 => select(ids.clone()).prop_map(|id| format!("\"{id}\"")),
        1 => select(ids).prop_map(|id| format!("{id}.x")),
        1 => "[a-z][a-z0-9_-]{0,12}",
        1 => nasty_text().prop_map(|s| serde_json::to_string(&s).unwrap()),
        1 => "[^\n=]{0,10}",
    ]
}

fn toml_line() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (toml_key(), toml_value(), select(&[" = ", "=", " =", " : "][..]))
            .prop_map(|(k, v, eq)| format!("{k}{eq}{v}")),
        1 => toml_key().prop_map(|k| format!("[{k}]")),
        1 => toml_key().prop_map(|k| format!("[[{k}]]")),
        1 => "# [^\n]{0,30}",
        1 => "[^\n]{0,30}",
        1 => Just(String::new()),
    ]
}

/// A TOML-ish answer file: lines of keys and values, table headers, comments and junk.
fn toml_file() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(toml_line(), 0..24),
        select(&["\n", "\r\n", "\r"][..]),
        select(&["", "\u{FEFF}", "  ", "\n"][..]),
    )
        .prop_map(|(lines, nl, prefix)| format!("{prefix}{}", lines.join(nl)))
}

/// A JSON answer file: an object of (mostly real) item ids to hostile values.
fn json_answers() -> impl Strategy<Value = String> {
    let ids = item_ids();
    let key = prop_oneof![4 => select(ids), 1 => json_key()];
    let value = prop_oneof![
        3 => (-2i64..9).prop_map(Value::from),
        2 => select(&["like", "skip", "Not sure", "4", "love it", ""][..]).prop_map(Value::from),
        3 => json_value(),
    ];
    (
        prop::collection::vec((key, value), 0..20),
        any::<bool>(),
        select(&["", "\u{FEFF}", " \n\t"][..]),
    )
        .prop_map(|(kv, pretty, prefix)| {
            let v = Value::Object(kv.into_iter().collect());
            let t = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                v.to_string()
            };
            format!("{prefix}{t}")
        })
}

/// A correct answer file: TOML or JSON, some items answered with numbers or words.
fn valid_answers() -> impl Strategy<Value = (String, Vec<(String, Option<u8>)>)> {
    let n = items().len();
    (
        prop::collection::vec((0..n, 0u8..6, 0usize..4), 1..20),
        any::<bool>(),
    )
        .prop_map(|(picks, json)| {
            let mut chosen: Vec<(String, Option<u8>, usize)> = Vec::new();
            for (i, v, style) in picks {
                let id = items()[i].id.clone();
                if !chosen.iter().any(|(c, _, _)| *c == id) {
                    chosen.push((id, (v > 0).then_some(v), style));
                }
            }
            let write = |v: Option<u8>, style: usize| -> (String, Value) {
                match (v, style) {
                    (None, _) => ("\"skip\"".into(), Value::from("skip")),
                    (Some(v), 0) => (v.to_string(), Value::from(v)),
                    (Some(v), 1) => (format!("\"{v}\""), Value::from(v.to_string())),
                    (Some(v), _) => {
                        let w = answer_file::WORDS[usize::from(v) - 1].0;
                        let w = if style == 2 {
                            w.to_uppercase()
                        } else {
                            w.replace('-', " ")
                        };
                        (format!("\"{w}\""), Value::from(w))
                    }
                }
            };
            let text = if json {
                Value::Object(
                    chosen
                        .iter()
                        .map(|(id, v, s)| (id.clone(), write(*v, *s).1))
                        .collect(),
                )
                .to_string()
            } else {
                chosen
                    .iter()
                    .map(|(id, v, s)| format!("{id} = {}\n", write(*v, *s).0))
                    .collect()
            };
            (text, chosen.into_iter().map(|(id, v, _)| (id, v)).collect())
        })
}

proptest! {
    #![proptest_config(config(256, 1))]

    #[test]
    fn answers_survive_any_text(text in any::<String>()) {
        check_answers(&text)?;
    }

    #[test]
    fn answers_survive_random_toml(text in toml_file()) {
        check_answers(&text)?;
    }

    #[test]
    fn answers_survive_random_json(text in json_answers()) {
        check_answers(&text)?;
    }

    /// Correct files are read as written: the fuzzing above starts from real files.
    #[test]
    fn correct_answer_files_are_read_as_written((text, chosen) in valid_answers()) {
        match answer_file::parse("a.toml", &text, items()) {
            Ok(a) => {
                for (id, v) in &chosen {
                    prop_assert_eq!(a.get(id), Some(v), "{} in {}", id, text);
                }
            }
            Err(e) => {
                prop_assert!(chosen.iter().all(|(_, v)| v.is_none()), "{e}\n{text}");
                prop_assert_eq!(e, answer_file::AnswerFileError::NoAnswers);
            }
        }
    }

    /// Correct files and the template, damaged byte by byte.
    #[test]
    fn answers_survive_damaged_bytes(
        (text, _) in valid_answers(),
        template in any::<bool>(),
        edits in prop::collection::vec(byte_edit(), 1..6),
    ) {
        let base = if template { medpath::output::answer_file::template(items()) } else { text };
        check_answers(&damaged(&base, &edits))?;
    }
}

// ---------------------------------------------------------------------------------------
// The data files compiled into the binary (for developers editing `data/`)

/// Every embedded data file, by path relative to `data/`.
fn data_files() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| {
        fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(root, &p, out);
                } else if matches!(p.extension().and_then(|x| x.to_str()), Some("toml" | "csv")) {
                    let rel = p.strip_prefix(root).unwrap().to_string_lossy();
                    out.push(rel.replace('\\', "/"));
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut out = Vec::new();
        walk(&root, &root, &mut out);
        out.sort();
        let embedded = Files::embedded();
        assert!(out.len() > 10, "data files found: {out:?}");
        for p in &out {
            assert!(embedded.get(p).is_some(), "{p} is embedded");
        }
        out
    })
}

/// A change to one data file.
#[derive(Debug, Clone)]
enum DataEdit {
    Replace(String),
    Truncate(Index),
    /// Replace the character at a place with another.
    Char(Index, char),
    InsertLine(Index, String),
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    Remove,
}

/// Lines that are nearly right in the data files' own languages.
const DATA_JUNK: &[&str] = &[
    "[[career]]",
    "[[item]]",
    "[[question]]",
    "[[source]]",
    "[career]",
    "id = \"family-physician\"",
    "id = \"Not An Id\"",
    "id = 5",
    "years = nan",
    "years = inf",
    "years = -1",
    "years = [4, 2]",
    "years = [1, 2, 3]",
    "onet_code = \"00-0000.00\"",
    "related = [\"nobody\"]",
    "title = \"TODO\"",
    "text = \"\"",
    "a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "x = { y = { z = { w = 1 } } }",
    "\"\"\"",
    "'''",
    "\u{FEFF}",
    "code,title",
    ",,,,,,,,,,,,,,,,,,",
    "\"unterminated,field",
    "29-1215.00,Family,7,1,1,1,1,1,1,I",
    "Family medicine,3 or 4,high,ACGME,https://x",
    "Family medicine,soon,high,ACGME,https://x",
    "Family medicine,3,certain,ACGME,https://x",
];

fn data_edit() -> impl Strategy<Value = DataEdit> {
    let line = prop_oneof![
        3 => select(DATA_JUNK).prop_map(str::to_string),
        1 => any::<String>(),
        1 => nasty_text(),
    ];
    prop_oneof![
        1 => prop_oneof![any::<String>(), select(DATA_JUNK).prop_map(str::to_string)]
            .prop_map(DataEdit::Replace),
        2 => any::<Index>().prop_map(DataEdit::Truncate),
        4 => (any::<Index>(), prop_oneof![
                any::<char>(),
                select(&['"', '\'', '[', ']', '{', '}', '=', ',', '\n', '#', '\\', '\u{0}',
                         '.', '-', '9', 'x', '\u{202E}', '\u{FFFD}'][..]),
             ])
            .prop_map(|(i, c)| DataEdit::Char(i, c)),
        3 => (any::<Index>(), line).prop_map(|(i, l)| DataEdit::InsertLine(i, l)),
        2 => any::<Index>().prop_map(DataEdit::DeleteLine),
        2 => any::<Index>().prop_map(DataEdit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| DataEdit::SwapLines(a, b)),
        1 => Just(DataEdit::Remove),
    ]
}

/// Applies an edit at character boundaries (the files are `&str`).
fn apply_data(text: Option<String>, e: &DataEdit) -> Option<String> {
    let text = text?;
    let chars: Vec<char> = text.chars().collect();
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    Some(match e {
        DataEdit::Remove => return None,
        DataEdit::Replace(t) => t.clone(),
        DataEdit::Truncate(i) => chars[..i.index(chars.len() + 1)].iter().collect(),
        DataEdit::Char(i, c) => {
            if chars.is_empty() {
                c.to_string()
            } else {
                let mut chars = chars;
                let at = i.index(chars.len());
                chars[at] = *c;
                chars.into_iter().collect()
            }
        }
        DataEdit::InsertLine(i, l) => {
            lines.insert(i.index(lines.len() + 1), l.clone());
            lines.join("\n")
        }
        DataEdit::DeleteLine(i) => {
            lines.remove(i.index(lines.len()));
            lines.join("\n")
        }
        DataEdit::DuplicateLine(i) => {
            let i = i.index(lines.len());
            lines.insert(i, lines[i].clone());
            lines.join("\n")
        }
        DataEdit::SwapLines(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.join("\n")
        }
    })
}

fn check_data(files: &Files) -> Result<(), TestCaseError> {
    match refdata::load(files) {
        Ok(d) => {
            prop_assert!(!d.careers.is_empty() || !d.items.is_empty() || !d.questions.is_empty());
        }
        Err(errs) => {
            prop_assert!(!errs.0.is_empty(), "an error with no problems in it");
            for e in &errs.0 {
                prop_assert!(!e.file.is_empty(), "{e:?}");
                prop_assert!(!e.message.trim().is_empty(), "{e:?}");
            }
            prop_assert!(!errs.to_string().trim().is_empty());
        }
    }
    Ok(())
}

/// Runs a slow property with its own runner: `proptest!` lets `PROPTEST_CASES` replace any
/// case count, and each case here loads and validates every data file (about 0.1 s in a
/// debug build), so these take 64 cases, or a tenth of `PROPTEST_CASES` in the long run.
fn run_slow<S>(strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let mut runner = proptest::test_runner::TestRunner::new(config(64, 10));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

/// One data file damaged in one to three places.
#[test]
fn data_files_survive_damage() {
    let edits = prop::collection::vec(data_edit(), 1..4);
    run_slow((any::<Index>(), edits), |(file, edits)| {
        let path = file.get(data_files());
        let mut files = Files::embedded();
        let mut text = files.get(path).map(str::to_string);
        for e in &edits {
            text = apply_data(text, e);
        }
        match text {
            Some(t) => files.insert(path, &t),
            None => files.remove(path),
        }
        check_data(&files)
    });
}

/// An extra data file of random text in each folder that is read.
#[test]
fn data_files_survive_a_stranger() {
    let text = prop_oneof![
        any::<String>(),
        "([\\[\\]={}\"a-z0-9.,\n ]|\\[\\[career\\]\\]\n|id = ){0,80}"
    ];
    run_slow(
        (select(&["careers/", "sources/"][..]), text),
        |(dir, text)| {
            let mut files = Files::embedded();
            files.insert(&format!("{dir}zz-fuzz.toml"), &text);
            check_data(&files)
        },
    );
}

#[test]
fn the_shipped_data_files_load() {
    assert!(refdata::load(&Files::embedded()).is_ok());
}

// ---------------------------------------------------------------------------------------
// Student names (`medpath students add`, the Home screen, imports)

fn name_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        2 => nasty_text(),
        2 => prop::collection::vec(
                select(&["a", "Z", "é", "ë", " ", "\t", "\n", "\u{0}", "\u{7f}", "\u{85}",
                         "\u{A0}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}",
                         "🩺", "👩🏽‍⚕️", "س", "ا", "ש", "中", "\u{301}", "'", ";", "-"][..]),
                0..60)
            .prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(config(256, 1))]

    #[test]
    fn names_are_checked_without_panicking(raw in name_text(), grade in prop_oneof![
        any::<String>(), (-5i32..300).prop_map(|g| g.to_string()),
    ]) {
        let _ = name_key(&raw);
        match clean_name(&raw) {
            Ok(n) => {
                prop_assert_eq!(n.as_str(), raw.trim(), "only trimmed");
                prop_assert!((1..=MAX_NAME_CHARS).contains(&n.chars().count()));
                prop_assert!(!n.chars().any(char::is_control));
                prop_assert_eq!(clean_name(&n), Ok(n.clone()), "clean names stay clean");
            }
            Err(e) => check_message(&e.to_string())?,
        }
        match parse_grade(&grade) {
            Ok(g) => prop_assert!((6..=12).contains(&g)),
            Err(e) => check_message(&e.to_string())?,
        }
        if let Err(e) = NewStudent::parse(&raw, &grade) {
            check_message(&e.to_string())?;
        }
    }
}
