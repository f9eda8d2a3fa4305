//! Crash safety and two copies at once, proven the way SQLite proves itself: by breaking it.
//!
//! This test binary has no test harness: run without arguments it is the checker; run with
//! `--writer` it is a copy of medpath's save paths (answers, the shortlist with notes,
//! check-ins with private notes, goals, imports, new profiles) that prints `try KEY VALUE`
//! before each save and `ack KEY VALUE` once the save has returned (committed).
//!
//! 1. Crashes: a writer is killed with SIGKILL at a random moment, again and again. After
//!    each kill the file passes `PRAGMA integrity_check`, and every acknowledged save is
//!    there with its value (or a value tried after it, which may have committed before the
//!    kill without being acknowledged).
//! 2. Two copies at once: two writers on two students, and `medpath export` from the real
//!    binary in a loop, all on one file at the same time. No save fails ("database is
//!    locked" or anything else) and every one is there at the end.
//!
//! `MEDPATH_CRASH_KILLS=N` sets the number of kills (default 25; the README reports a long
//! run), `MEDPATH_CRASH_SEED` the seed.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use medpath::domain::NewStudent;
use medpath::domain::assessment::score;
use medpath::domain::record::NewGoal;
use medpath::domain::transfer;
use medpath::store::Store;

const PASS: &str = "blue heron morning";
const NOW: i64 = 1_795_000_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--writer") {
        writer(&args[2..]);
        return;
    }
    // `cargo test -- FILTER` passes its arguments on; a filter naming neither part skips.
    let filter = args.iter().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| filter.is_none_or(|f| name.contains(f.as_str()));
    if wants("crash") {
        crash();
    }
    if wants("two_copies") {
        two_copies();
    }
}

// ---------------------------------------------------------------- the writer (child) side

/// `--writer DB STUDENT PREFIX FROM COUNT`: saves until killed, or COUNT operations (0: no
/// limit). PREFIX keeps the keys of two writers apart; FROM makes each run's keys new.
fn writer(args: &[String]) {
    let db = PathBuf::from(&args[0]);
    let student_name = &args[1];
    let prefix = &args[2];
    let from: u64 = args[3].parse().unwrap();
    let count: u64 = args[4].parse().unwrap();
    let mut out = std::io::stdout().lock();
    let mut say = |line: String| {
        writeln!(out, "{line}").unwrap();
        out.flush().unwrap();
    };

    let mut s = Store::open(&db).unwrap();
    let vault = s.unlock_counselor(PASS, NOW).unwrap();
    let student = s.student_by_name(student_name).unwrap().unwrap().id;
    let items = s.items().unwrap();
    let careers = s.careers().unwrap();
    let template = std::fs::read_to_string(db.with_file_name("template.json")).unwrap();
    let mut i = from;
    while count == 0 || i < from + count {
        let now = NOW + i as i64;
        match i % 6 {
            // An answer: the next item of the assessment in progress (a new one when done).
            0 | 1 => {
                let run = match s.open_run(student).unwrap() {
                    Some(r) => r,
                    None => s.start_run(student, now).unwrap(),
                };
                match items.iter().find(|it| !run.answers.contains_key(&it.id)) {
                    Some(item) => {
                        let v = (i % 5 + 1) as u8;
                        let key = format!("answer:{}:{}", run.id, item.id);
                        say(format!("try {key} {v}"));
                        s.save_answer(run.id, &item.id, Some(v), run.answers.len() + 1, now)
                            .unwrap();
                        say(format!("ack {key} {v}"));
                    }
                    None => {
                        let key = format!("finished:{}", run.id);
                        say(format!("try {key} yes"));
                        s.finish_run(run.id, &score(&items, &run.answers), now)
                            .unwrap();
                        say(format!("ack {key} yes"));
                    }
                }
            }
            // The shortlist: star a career and write a note on it (a new note each time).
            2 => {
                let career = &careers[(i as usize / 6) % careers.len()].id;
                let note = format!("{prefix}n{i}");
                let key = format!("star:{student}:{career}");
                say(format!("try {key} {note}"));
                s.star(student, career, now).unwrap();
                s.set_note(student, career, &note).unwrap();
                say(format!("ack {key} {note}"));
            }
            // A check-in with a private note, and a goal set at it.
            3 => {
                let summary = format!("{prefix}c{i}");
                say(format!("try checkin:{summary} yes"));
                let id = s
                    .add_checkin(
                        student,
                        "2026-11-20",
                        &summary,
                        Some((&vault, &format!("private {summary}"))),
                        now,
                    )
                    .unwrap();
                say(format!("ack checkin:{summary} yes"));
                let goal = NewGoal {
                    text: format!("{prefix}g{i}"),
                    due_on: Some("2026-12-01".into()),
                };
                say(format!("try goal:{} yes", goal.text));
                s.add_goal(student, Some(id), &goal, now).unwrap();
                say(format!("ack goal:{} yes", goal.text));
            }
            // An import: a whole record as a new profile.
            4 => {
                let mut f = transfer::parse(&template).unwrap();
                f.student.name = format!("{prefix}Imp{i}");
                let key = format!("import:{}", f.student.name);
                say(format!("try {key} yes"));
                {
                    let t = s.import_target(&f.student).unwrap().unwrap();
                    s.import_student(&f, t, true, None).unwrap();
                }
                say(format!("ack {key} yes"));
            }
            // A new profile.
            _ => {
                let name = format!("{prefix}S{i}");
                say(format!("try student:{name} yes"));
                s.add_student(&NewStudent::parse(&name, "10").unwrap(), now)
                    .unwrap();
                say(format!("ack student:{name} yes"));
            }
        }
        i += 1;
    }
}

// ---------------------------------------------------------------- the checker (parent) side

/// A database with the counselor set up, Ana and Ben, and an export file to import copies of.
fn prepare(dir: &Path) -> PathBuf {
    let db = dir.join("m.db");
    let mut s = Store::open(&db).unwrap();
    s.set_up_counselor(PASS, NOW).unwrap();
    let mut tmpl = None;
    for name in ["Ana", "Ben", "Template"] {
        tmpl = Some(
            s.add_student(&NewStudent::parse(name, "9").unwrap(), NOW)
                .unwrap(),
        );
    }
    let tmpl = tmpl.unwrap();
    for c in ["family-physician", "pediatrician"] {
        s.star(tmpl.id, c, NOW).unwrap();
    }
    s.add_checkin(tmpl.id, "2026-11-01", "first talk", None, NOW)
        .unwrap();
    let f = s.export_student(&tmpl, None, NOW).unwrap();
    std::fs::write(
        dir.join("template.json"),
        serde_json::to_string(&f).unwrap(),
    )
    .unwrap();
    db
}

fn spawn_writer(
    db: &Path,
    student: &str,
    prefix: &str,
    from: u64,
    count: u64,
) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--writer", db.to_str().unwrap(), student, prefix])
        .arg(from.to_string())
        .arg(count.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// What the writers said, key by key: the last acknowledged value and the values tried after
/// it (which may or may not have committed).
#[derive(Default)]
struct Ledger {
    keys: HashMap<String, (Option<String>, Vec<String>)>,
    acks: usize,
}

impl Ledger {
    fn read(&mut self, text: &str) {
        for line in text.lines() {
            let mut parts = line.splitn(3, ' ');
            let (Some(kind), Some(key), Some(value)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let e = self.keys.entry(key.to_string()).or_default();
            match kind {
                "try" => e.1.push(value.to_string()),
                "ack" => {
                    e.0 = Some(value.to_string());
                    e.1.clear();
                    self.acks += 1;
                }
                _ => {}
            }
        }
    }

    /// Checks every acknowledged key against the file; returns how many were checked.
    /// Acknowledged keys by kind ("answer: 300, star: 90 …").
    fn kinds(&self) -> String {
        let mut by: std::collections::BTreeMap<&str, usize> = Default::default();
        for (key, (acked, _)) in &self.keys {
            if acked.is_some() {
                *by.entry(key.split(':').next().unwrap()).or_default() += 1;
            }
        }
        by.iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn verify(&self, db: &Path) -> usize {
        let c = rusqlite::Connection::open(db).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "integrity check failed");
        let fk: usize = c
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .query_map([], |_| Ok(()))
            .unwrap()
            .count();
        assert_eq!(fk, 0, "foreign key problems");
        let mut checked = 0;
        for (key, (acked, tried)) in &self.keys {
            let Some(acked) = acked else { continue };
            let found = read_key(&c, key);
            let allowed = std::iter::once(acked).chain(tried.iter());
            let hit = allowed
                .clone()
                .any(|v| found.as_deref() == Some(v.as_str()));
            assert!(
                hit,
                "acknowledged save lost: {key} = {acked} (found {found:?}, also tried {tried:?})"
            );
            checked += 1;
        }
        checked
    }
}

/// The value saved under a writer's key, read straight from the file.
fn read_key(c: &rusqlite::Connection, key: &str) -> Option<String> {
    let one = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Option<String> {
        c.query_row(sql, p, |r| r.get::<_, String>(0)).ok()
    };
    let (kind, rest) = key.split_once(':').unwrap();
    match kind {
        "answer" => {
            let (run, item) = rest.split_once(':').unwrap();
            let run: i64 = run.parse().unwrap();
            one(
                "SELECT CAST(value AS TEXT) FROM answers WHERE assessment_id = ?1 AND item_id = ?2",
                &[&run, &item],
            )
        }
        "finished" => {
            let run: i64 = rest.parse().unwrap();
            one(
                "SELECT 'yes' FROM assessments WHERE id = ?1 AND finished_at IS NOT NULL \
                 AND scored_json IS NOT NULL",
                &[&run],
            )
        }
        "star" => {
            let (student, career) = rest.split_once(':').unwrap();
            let student: i64 = student.parse().unwrap();
            one(
                "SELECT note FROM shortlist WHERE student_id = ?1 AND career_id = ?2",
                &[&student, &career],
            )
        }
        // The private note is checked too: present, sealed (not plain text), and opened below.
        "checkin" => one(
            "SELECT 'yes' FROM checkins WHERE summary = ?1 AND notes IS NOT NULL \
             AND instr(notes, CAST('private' AS BLOB)) = 0",
            &[&rest],
        ),
        "goal" => one(
            "SELECT 'yes' FROM goals WHERE text = ?1 AND checkin_id IS NOT NULL",
            &[&rest],
        ),
        "import" => one(
            "SELECT 'yes' FROM students s WHERE s.name = ?1 \
             AND (SELECT count(*) FROM shortlist WHERE student_id = s.id) = 2 \
             AND (SELECT count(*) FROM checkins WHERE student_id = s.id) = 1",
            &[&rest],
        ),
        "student" => one("SELECT 'yes' FROM students WHERE name = ?1", &[&rest]),
        other => panic!("unknown key kind {other}"),
    }
}

/// Every private note opens with the counselor's key: none was half-written.
fn notes_open(db: &Path) -> usize {
    let mut s = Store::open(db).unwrap();
    let vault = s.unlock_counselor(PASS, NOW).unwrap();
    let mut n = 0;
    for st in s.students().unwrap() {
        for ci in s.checkins(st.id).unwrap() {
            if ci.has_notes {
                let text = s.checkin_notes(&vault, st.id, ci.id).unwrap().unwrap();
                assert_eq!(text, format!("private {}", ci.summary));
                n += 1;
            }
        }
    }
    n
}

/// A small PRNG (xorshift), so a failing run can be repeated with its seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn crash() {
    let kills = env_num("MEDPATH_CRASH_KILLS", 25);
    let seed = env_num("MEDPATH_CRASH_SEED", 0x5EED_CAFE);
    let dir = tempfile::tempdir().unwrap();
    let db = prepare(dir.path());
    let mut rng = Rng(seed | 1);
    let mut ledger = Ledger::default();
    let mut from = 0;
    let started = Instant::now();
    let mut checked = 0;
    for k in 0..kills {
        let mut child = spawn_writer(&db, "Ana", "", from, 0);
        // Most kills land in the saves; some in start-up (opening, unlocking).
        let wait = 20 + rng.next() % 400;
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap(); // SIGKILL
        let out = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        // Only whole lines count; a line cut by the kill was never acknowledged.
        let whole = match text.rfind('\n') {
            Some(i) => &text[..=i],
            None => "",
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked"),
            "kill {k}: the writer failed before it was killed:\n{stderr}"
        );
        ledger.read(whole);
        checked = ledger.verify(&db);
        from += 10_000;
    }
    let notes = notes_open(&db);
    println!(
        "crash: {kills} SIGKILLs (seed {seed:#x}) survived in {:.1} s; {} saves acknowledged, \
         {checked} keys present after every kill ({}), {notes} private notes open; integrity ok",
        started.elapsed().as_secs_f64(),
        ledger.acks,
        ledger.kinds()
    );
    assert!(
        ledger.acks > 0,
        "no save was acknowledged: the writer never got going"
    );
}

/// One round: two writers on two students (COUNT operations each) and the real binary
/// exporting in a loop until both are done (at least 15 times). Returns the starts and the
/// refusals (any start that failed, with its message).
fn round(
    db: &Path,
    dir: &Path,
    per_writer: u64,
    from: u64,
    ledger: &mut Ledger,
) -> (usize, Vec<String>) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let a = spawn_writer(db, "Ana", "a", from, per_writer);
    let b = spawn_writer(db, "Ben", "b", from, per_writer);
    let bin = env!("CARGO_BIN_EXE_medpath");
    let out = dir.join("ana.json");
    let done = Arc::new(AtomicBool::new(false));
    let exporter = std::thread::spawn({
        let db = db.to_path_buf();
        let done = Arc::clone(&done);
        move || {
            let mut runs = Vec::new();
            while runs.len() < 15 || !done.load(Ordering::SeqCst) {
                let o = Command::new(bin)
                    .arg("--db")
                    .arg(&db)
                    .args(["export", "--student", "Ana", "-o"])
                    .arg(&out)
                    .env_remove("MEDPATH_DB")
                    .output()
                    .unwrap();
                runs.push(o);
            }
            runs
        }
    });
    let mut starts = 0;
    let mut refused = Vec::new();
    for (name, child) in [("a", a), ("b", b)] {
        let o = child.wait_with_output().unwrap();
        starts += 1;
        let stderr = String::from_utf8_lossy(&o.stderr);
        if !o.status.success() || stderr.contains("locked") || stderr.contains("busy") {
            refused.push(format!("writer {name}: {stderr}"));
        }
        ledger.read(&String::from_utf8_lossy(&o.stdout));
    }
    done.store(true, Ordering::SeqCst);
    for o in exporter.join().unwrap() {
        starts += 1;
        if !o.status.success() {
            refused.push(format!("export: {}", String::from_utf8_lossy(&o.stderr)));
        }
    }
    (starts, refused)
}

/// Two copies at once, in rounds. `MEDPATH_TWO_COPIES_SECS=N` repeats rounds for N seconds
/// (default: one round); `MEDPATH_TWO_COPIES_OPS` sets the operations per writer per round.
fn two_copies() {
    let dir = tempfile::tempdir().unwrap();
    let db = prepare(dir.path());
    let secs = env_num("MEDPATH_TWO_COPIES_SECS", 0);
    let per_writer = env_num("MEDPATH_TWO_COPIES_OPS", 120);
    let started = Instant::now();
    let mut ledger = Ledger::default();
    let (mut rounds, mut starts, mut refused) = (0u64, 0, Vec::new());
    loop {
        let (n, r) = round(&db, dir.path(), per_writer, rounds * 1_000_000, &mut ledger);
        rounds += 1;
        starts += n;
        refused.extend(r);
        if started.elapsed().as_secs() >= secs {
            break;
        }
    }
    // Every operation of both writers was acknowledged, and all are there.
    let saves = ledger.acks;
    let checked = ledger.verify(&db);
    let lost = ledger
        .keys
        .values()
        .filter(|(acked, _)| acked.is_none())
        .count();
    let notes = notes_open(&db);
    println!(
        "two copies: {rounds} rounds of 2 writers x {per_writer} operations and exports in \
         {:.1} s: {starts} starts, {} refused, {saves} saves, all {checked} present \
         ({lost} lost), {notes} private notes open",
        started.elapsed().as_secs_f64(),
        refused.len()
    );
    assert!(refused.is_empty(), "refused: {refused:?}");
    assert_eq!(lost, 0, "operations never acknowledged");
}
