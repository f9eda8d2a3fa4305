//! Values echoed back to the terminal never carry a terminal code: a student name, a grade,
//! a format, a kind, a sort order, a career id, a file path, a typed `--plain` answer or a
//! value clap refuses, holding `ESC ] 0 ; PWNED BEL` (which retitles a terminal), comes back
//! with the escape shown as `\u{1b}`, and not one 0x1b byte reaches stdout or stderr.

mod common;

use common::medpath;

const EVIL: &str = "\u{1b}]0;PWNED\u{7}\u{202e}\u{200b}";

fn no_escape(args: &[&str], stdin: &str, db: &std::path::Path) {
    let out = medpath(db).args(args).write_stdin(stdin).output().unwrap();
    let what = format!("{args:?}");
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(!bytes.contains(&0x1b), "{what}: an escape byte on {name}");
        assert!(!bytes.contains(&0x07), "{what}: a bell on {name}");
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{200b}'),
            "{what}: an invisible format character on {name}"
        );
        assert!(!text.contains("panicked"), "{what}: {text}");
    }
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("PWNED") || err.contains("\\u{1b}]0;PWNED"),
        "{what}: {err}"
    );
    assert!(
        !err.trim().is_empty() || !out.stdout.is_empty(),
        "{what}: not a word"
    );
}

#[test]
fn escapes_in_every_echoed_argument_are_shown_not_sent() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    let path = format!("{}/{EVIL}.toml", d.path().display());
    let out_path = format!("{}/{EVIL}/x.json", d.path().display());
    let cases: Vec<Vec<&str>> = vec![
        vec!["matches", "--student", EVIL],
        vec!["report", "--student", EVIL],
        vec!["export", "--student", EVIL, "-o", "x.json"],
        vec!["interview", "list", "--student", EVIL],
        vec!["interview", "sheet", "--student", EVIL],
        vec!["assess", "--student", EVIL, "--plain"],
        vec!["students", "rename", EVIL, "Bo"],
        vec!["students", "remove", EVIL, "--yes"],
        vec!["students", "set-id", EVIL, "S1"],
        vec!["students", "add", "Bo", "--grade", EVIL],
        vec!["students", "set-id", "Ana", EVIL],
        vec!["report", "--student", "Ana", "--format", EVIL],
        vec!["roster", "--format", EVIL],
        vec!["interview", "sheet", "--student", "Ana", "--format", EVIL],
        vec!["careers", "list", "--kind", EVIL],
        vec!["careers", "list", "--sort", EVIL],
        vec!["careers", "list", "--contact", EVIL],
        vec!["careers", "list", "--workplace", EVIL],
        vec!["careers", "list", "--field", EVIL],
        vec!["careers", "show", EVIL],
        vec!["careers", "search", EVIL],
        vec!["assess", "--student", "Ana", "--answers", &path],
        vec!["import", &path],
        vec!["export", "--student", "Ana", "-o", &out_path],
        vec!["doctor", "--recover", &path],
        vec!["matches", "--student", "Ana", "--limit", EVIL],
        vec!["completions", EVIL],
        vec![EVIL],
        vec!["careers", EVIL],
        vec!["--db", &out_path, "doctor"],
    ];
    for args in &cases {
        no_escape(args, "", &db);
    }
}

#[test]
fn what_is_typed_in_plain_mode_is_shown_not_sent() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    let typed = format!("{EVIL}\nq\n");
    for json in [false, true] {
        let mut args = vec!["assess", "--student", "Ana", "--plain"];
        if json {
            args.push("--json");
        }
        let out = medpath(&db)
            .args(&args)
            .write_stdin(typed.as_str())
            .output()
            .unwrap();
        let all = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
        assert!(!all.contains(&0x1b), "json {json}: an escape byte");
        assert!(
            String::from_utf8_lossy(&all).contains("\\u{1b}]0;PWNED"),
            "json {json}: the typed text shown: {}",
            String::from_utf8_lossy(&all)
        );
    }
}

/// Endless inputs are refused after a few kilobytes, quickly, with a clear message and
/// nothing saved: an answer file, an import file, a `--plain` answer and a passphrase or PIN
/// read from `/dev/zero`.
#[cfg(unix)]
#[test]
fn endless_inputs_are_refused_quickly() {
    use medpath::store::Store;
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    medpath(&db)
        .args(["students", "add", "Pia", "--grade", "9"])
        .assert()
        .success();
    {
        let mut s = Store::open(&db).unwrap();
        s.set_up_counselor("correct horse battery staple", 1_763_000_000)
            .unwrap();
        let pia = s.student_by_name("Pia").unwrap().unwrap();
        s.set_pin(pia.id, Some("4821")).unwrap();
    }
    let zero = || std::fs::File::open("/dev/zero");
    let cases: [(&[&str], &str); 6] = [
        (
            &["assess", "--student", "Ana", "--answers", "/dev/zero"],
            "too big",
        ),
        (&["import", "/dev/zero"], "too big"),
        (
            &["assess", "--student", "Ana", "--plain"],
            "longer than 1024 bytes",
        ),
        (&["matches", "--student", "Pia"], "longer than 4096 bytes"),
        (
            &["matches", "--student", "Ana", "--as-counselor"],
            "longer than 4096 bytes",
        ),
        (&["roster"], "longer than 4096 bytes"),
    ];
    for (args, says) in cases {
        let before = std::fs::read(&db).unwrap();
        let started = std::time::Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_medpath"))
            .env_remove("MEDPATH_DB")
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdin(zero().unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(started.elapsed().as_secs() < 10, "{args:?}: too slow");
        assert!(!out.status.success(), "{args:?}: accepted");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(
            err.starts_with("medpath: ") || err.contains("\nmedpath: "),
            "{args:?}: {err}"
        );
        assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b));
        // (`--plain` marks an assessment as started before the first answer, as it always has.)
        if !args.contains(&"--plain") {
            assert_eq!(
                std::fs::read(&db).unwrap(),
                before,
                "{args:?}: the database changed"
            );
        }
    }
}

/// A stored name with an escape, a direction override and a zero-width space (from an old
/// database, or written by another program) is drawn on Home with them shown, and no frame
/// holds a control or invisible format character.
#[test]
fn the_full_screen_shows_hidden_characters_in_names() {
    use medpath::domain::{FixedClock, NewStudent};
    use medpath::store::Store;
    use medpath::tui::app::App;
    use medpath::tui::theme::Theme;
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    let mut s = Store::open(&db).unwrap();
    s.add_student(&NewStudent::parse("Ana", "9").unwrap(), common::NOON)
        .unwrap();
    drop(s);
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "UPDATE students SET name = ?1",
            ["An\u{1b}]0;PWNED\u{7}a\u{202e}\u{200b}"],
        )
        .unwrap();
    let app = App::new(
        Store::open(&db).unwrap(),
        Box::new(FixedClock(common::NOON)),
        Theme::color(),
    )
    .unwrap();
    let t = common::draw(&app, 100, 30);
    let cells: String = t
        .backend()
        .buffer()
        .content
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(cells.contains("\\u{202e}"), "{cells}");
    assert!(
        !cells.chars().any(medpath::strings::visible::is_hidden),
        "a hidden character in a cell"
    );
}
