//! The hostile command lines in `tests/corpus/commands.toml` through the real binary:
//! escapes in every echoed value, endless inputs, output files over the database, its
//! working files and its copies, and planted links. Each case gives its exit code and says
//! its message on stderr; none puts an escape byte, a bell or an invisible format character
//! on any output, takes more than 20 seconds or 2 GB of address space, panics, or changes the
//! database, its students or the copies beside it.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use medpath::store::Store;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    command: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    stdin: Option<String>,
    #[serde(default)]
    links: Vec<(String, String)>,
    #[serde(default)]
    absent: Vec<String>,
    what: String,
    exit: i32,
    message: String,
}

const COPIES: [&str; 2] = ["m.db.doctor-backup", "m.db.v8-backup"];

/// A fresh folder with the database every case starts from.
fn setup() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    for name in ["Ana", "Pia"] {
        common::medpath(&db)
            .args(["students", "add", name, "--grade", "9"])
            .assert()
            .success();
    }
    let mut s = Store::open(&db).unwrap();
    s.set_up_counselor("correct horse battery staple", 1_763_000_000)
        .unwrap();
    let pia = s.student_by_name("Pia").unwrap().unwrap();
    s.set_pin(pia.id, Some("4821")).unwrap();
    drop(s);
    for c in COPIES {
        std::fs::write(d.path().join(c), b"keep").unwrap();
    }
    d
}

/// What a case must leave alone: the database's rows, as SQLite reads them, and the copies.
fn state(dir: &Path) -> String {
    let conn = rusqlite::Connection::open(dir.join("m.db")).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
            .unwrap();
        out.push_str(&format!("{t}={n}\n"));
    }
    let names: Vec<String> = conn
        .prepare("SELECT name FROM students ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    out.push_str(&names.join(","));
    for c in COPIES {
        out.push_str(&format!("\n{c}={:?}", std::fs::read(dir.join(c)).ok()));
    }
    out
}

fn hidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || c == '\u{feff}'
}

#[cfg(unix)]
#[test]
fn hostile_command_lines_are_refused_safely() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/commands.toml"),
    )
    .unwrap();
    let manifest: Manifest =
        toml::from_str(&text).unwrap_or_else(|e| panic!("tests/corpus/commands.toml: {e}"));
    assert!(manifest.command.len() >= 25);
    let mut bad = Vec::new();
    for case in &manifest.command {
        let d = setup();
        let dir = d.path();
        let db = dir.join("m.db");
        for (name, target) in &case.links {
            std::os::unix::fs::symlink(dir.join(target), dir.join(name)).unwrap();
        }
        let before = state(dir);
        let fill = |a: &String| {
            a.replace("{DB}", db.to_str().unwrap())
                .replace("{DIR}", dir.to_str().unwrap())
        };
        let args: Vec<String> = case.args.iter().map(fill).collect();
        // Bounded time and memory: `timeout` and `ulimit -v` around the real binary.
        let mut cmd = Command::new("timeout");
        cmd.args(["20", "sh", "-c", "ulimit -v 2000000 && exec \"$0\" \"$@\""])
            .arg(env!("CARGO_BIN_EXE_medpath"))
            .arg("--db")
            .arg(&db)
            .args(&args)
            .env_remove("MEDPATH_DB")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let input = match case.stdin.as_deref() {
            Some("zero") => {
                cmd.stdin(std::fs::File::open("/dev/zero").unwrap());
                None
            }
            Some(t) => {
                cmd.stdin(Stdio::piped());
                Some(t.to_string())
            }
            None => {
                cmd.stdin(Stdio::null());
                None
            }
        };
        let mut child = cmd.spawn().unwrap();
        if let Some(t) = input {
            use std::io::Write;
            let _ = child.stdin.take().unwrap().write_all(t.as_bytes());
        }
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut fail = |why: String| {
            bad.push(format!(
                "{}: {why}\n    stderr: {}",
                case.what,
                stderr.trim()
            ));
        };
        match out.status.code() {
            Some(124) => fail("took more than 20 seconds".into()),
            code if code != Some(case.exit) => fail(format!("exit {code:?}, wanted {}", case.exit)),
            _ => {}
        }
        if !stderr.contains(&case.message) {
            fail(format!("stderr does not say {:?}", case.message));
        }
        if case.exit != 0 && !stderr.starts_with("medpath: ") {
            fail("the message does not start with \"medpath: \"".into());
        }
        if stderr.contains("panicked") || stderr.contains("memory allocation") {
            fail("panicked or ran out of memory".into());
        }
        for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
            if text.chars().any(hidden) {
                fail(format!("a control or invisible character on {name}"));
            }
        }
        if out.stdout.contains(&0x1b) || out.stderr.contains(&0x1b) {
            fail("an escape byte".into());
        }
        // `--plain` marks an assessment as started before its first answer.
        if !args.contains(&"--plain".to_string()) && state(dir) != before {
            fail("the database or a copy changed".into());
        }
        for a in &case.absent {
            if dir.join(a).exists() {
                fail(format!("{a} was written through a planted link"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
