//! The real binary, run as a user would, with its `--json` parsed.

mod common;

use assert_cmd::Command;
use common::medpath;
use serde_json::Value;
use std::path::PathBuf;

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("medpath.db");
    (d, p)
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", String::from_utf8_lossy(out)))
}

#[test]
fn careers_list_json_on_a_new_database() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    let careers = v["careers"].as_array().unwrap();
    assert_eq!(v["count"].as_u64().unwrap() as usize, careers.len());
    assert!(careers.len() >= 8);
    for c in careers {
        for key in ["id", "title", "kind", "field", "summary", "onet_code"] {
            assert!(c[key].is_string(), "{key} in {c}");
        }
    }
    let fp = careers
        .iter()
        .find(|c| c["id"] == "family-physician")
        .unwrap();
    assert_eq!(fp["kind"], "physician");
    assert_eq!(fp["total_years"]["min"], 11.0);
    assert!(out.stderr.is_empty());
}

#[cfg(unix)]
#[test]
fn the_database_is_created_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_d, db) = temp_db();
    medpath(&db).args(["careers", "list"]).assert().success();
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn careers_show_json_has_figures_with_sources() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "show", "family-physician", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["id"], "family-physician");
    assert_eq!(v["figures"]["onet"]["code"], "29-1215.00");
    assert_eq!(v["figures"]["bls"]["soc_code"], "29-1215");
    let steps = v["figures"]["training"].as_array().unwrap();
    assert!(steps.iter().all(|s| s["source"].is_string()));
    assert_eq!(steps.last().unwrap()["confidence"], "high");
    assert!(v["attribution"][0].as_str().unwrap().contains("O*NET"));
    // Named sources are given in full, each with its year and address.
    assert_eq!(steps[0]["source_id"], "nces-ipeds-bachelors");
    let sources = v["sources"].as_array().unwrap();
    assert!(sources.iter().any(|s| s["id"] == "nces-ipeds-bachelors"));
    for s in sources {
        assert!(s["year"].as_u64().unwrap() >= 2000);
        assert!(s["url"].as_str().unwrap().starts_with("http"));
    }
}

#[test]
fn careers_list_filters_and_sorts_like_the_explore_screen() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args([
            "careers",
            "list",
            "--kind",
            "health-career",
            "--under-years",
            "4",
            "--sort",
            "training",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["sort"], "training");
    let careers = v["careers"].as_array().unwrap();
    assert!(careers.len() >= 8, "{careers:?}");
    let mut last = 0.0;
    for c in careers {
        assert_eq!(c["kind"], "health-career");
        let min = c["total_years"]["min"].as_f64().unwrap();
        assert!(min < 4.0, "{c}");
        assert!(min >= last, "sorted shortest first");
        last = min;
    }
    let ids: Vec<&str> = careers.iter().map(|c| c["id"].as_str().unwrap()).collect();
    for id in [
        "nursing-assistant",
        "emt",
        "phlebotomist",
        "pharmacy-technician",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }

    let out = medpath(&db)
        .args([
            "careers", "list", "--field", "surgical", "--sort", "pay", "--json",
        ])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let careers = v["careers"].as_array().unwrap();
    assert!(careers.iter().all(|c| c["field"] == "surgical"));
    assert!(careers.len() >= 10);
}

#[test]
fn careers_list_bad_filters_say_what_is_allowed() {
    let (_d, db) = temp_db();
    for (flag, value, hint) in [
        ("--kind", "doctor", "physician, health-career"),
        ("--field", "space", "primary-care"),
        ("--contact", "always", "none, some, lots"),
        ("--workplace", "moon", "hospital"),
        ("--sort", "fame", "name, training, pay, outlook"),
        ("--sort", "fit", "medpath matches --student NAME"),
        ("--under-years", "0", "from 1 up"),
    ] {
        let out = medpath(&db)
            .args(["careers", "list", flag, value])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(hint), "{flag} {value}: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = medpath(&db)
        .args(["careers", "list", "--under-years", "four"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn careers_show_text_reads_well() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "show", "pediatrician"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Pediatrician\n"));
    assert!(text.contains("The training road"));
    assert!(text.contains("Median pay (May 2024)"));
    assert!(text.lines().all(|l| l.chars().count() <= 78), "{text}");
}

#[test]
fn careers_search_json_ranks_matches() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "search", "nurse", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["query"], "nurse");
    assert_eq!(v["careers"][0]["id"], "registered-nurse");
    let none = medpath(&db)
        .args(["careers", "search", "zzzqqqxxx", "--json"])
        .output()
        .unwrap();
    assert!(none.status.success());
    assert_eq!(json(&none.stdout)["count"], 0);
}

/// The queries of issue 19's "Why", through the real binary: the best career first, and the
/// honest line (in `note`, and on stderr in text mode) when nothing fits well.
#[test]
fn careers_search_forgives_and_says_what_is_missing() {
    let (_d, db) = temp_db();
    let search = |q: &str| {
        let out = medpath(&db)
            .args(["careers", "search", q, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{q}");
        json(&out.stdout)
    };
    for (q, first) in [
        ("nruse", "registered-nurse"),
        ("physical therapy", "physical-therapist"),
        ("kid doctor", "pediatrician"),
        ("helping kids", "pediatrician"),
    ] {
        let v = search(q);
        assert_eq!(v["careers"][0]["id"], first, "{q}: {v}");
        assert_eq!(v["weak"], false, "{q}");
        assert!(v.get("note").is_none(), "{q}");
    }
    let teeth = search("teeth");
    assert_eq!(teeth["weak"], false);
    let blood = search("blood");
    assert_eq!(blood["weak"], false);
    let top: Vec<&str> = blood["careers"].as_array().unwrap()[..3]
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        top.contains(&"phlebotomist") && top.contains(&"hematologist"),
        "{top:?}"
    );
    let ai = search("AI");
    assert_eq!(ai["weak"], true);
    let ids: Vec<&str> = ai["careers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"home-health-aide"), "{ids:?}");
    let note = ai["note"].as_str().unwrap();
    assert!(
        note.starts_with("medpath has no career about \"AI\"; the closest are "),
        "{note}"
    );
    for q in ["vet", "animals"] {
        let v = search(q);
        let ids: Vec<&str> = v["careers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert!(
            !ids.iter()
                .any(|id| id.contains("radiolog") || id.contains("mri")),
            "{q}: {ids:?}"
        );
        // The animal careers are in the catalog: the veterinarian leads, and it fits.
        assert_eq!(ids.first(), Some(&"veterinarian"), "{q}: {ids:?}");
        assert_eq!(v["weak"], false, "{q}");
    }
    // Text mode: the table on stdout, the honest line on stderr, control characters shown.
    let out = medpath(&db)
        .args(["careers", "search", "AI\u{1b}[31m"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("medpath has no career about \"AI\\u{1b}[31m\"; the closest"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Biostatistician")
    );
}

#[test]
fn unknown_career_is_a_usage_error_with_a_hint() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "show", "astronaut"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no career with the id \"astronaut\""), "{err}");
    assert!(err.contains("medpath careers list"));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_usage_exits_2() {
    let (_d, db) = temp_db();
    let out = medpath(&db)
        .args(["careers", "frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

#[test]
fn garbage_database_is_refused_and_not_overwritten() {
    let (_d, db) = temp_db();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 31 % 256) as u8).collect();
    std::fs::write(&db, &garbage).unwrap();
    let out = medpath(&db)
        .args(["careers", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("damaged or is not a database"), "{err}");
    assert!(err.contains("has not changed it"), "{err}");
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(&db).unwrap(), garbage);
}

#[test]
fn newer_database_is_refused() {
    let (_d, db) = temp_db();
    medpath(&db).args(["careers", "list"]).assert().success();
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 42)
        .unwrap();
    let out = medpath(&db).args(["careers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer version of medpath"));
}

#[test]
fn a_locked_database_exits_5() {
    let (_d, db) = temp_db();
    medpath(&db).args(["careers", "list"]).assert().success();
    // Make the next open need to write (reload reference data), then hold the write lock.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE meta SET value = 'old' WHERE key = 'reference_version'",
        [],
    )
    .unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = medpath(&db).args(["careers", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("busy"));
    conn.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn paths_json_reports_the_database_and_its_source() {
    let (_d, db) = temp_db();
    let out = medpath(&db).args(["paths", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["database"], db.display().to_string());
    assert_eq!(v["database_source"], "--db");
    assert_eq!(
        v["database_exists"], false,
        "paths does not create the file"
    );
    assert!(!db.exists());

    let mut c = Command::cargo_bin("medpath").unwrap();
    let out = c
        .env("MEDPATH_DB", &db)
        .args(["paths", "--json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["database_source"], "MEDPATH_DB");
    assert_eq!(v["database"], db.display().to_string());
}

#[test]
fn version_help_and_completions() {
    let mut c = Command::cargo_bin("medpath").unwrap();
    let out = c.arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
    let mut c = Command::cargo_bin("medpath").unwrap();
    let out = c.arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("careers"));
    let mut c = Command::cargo_bin("medpath").unwrap();
    let out = c.args(["completions", "bash"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("medpath"));
}

#[test]
fn full_screen_without_a_terminal_points_at_the_cli() {
    let (_d, db) = temp_db();
    let out = medpath(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs an interactive terminal"), "{err}");
    assert!(err.contains("medpath careers list"));
    assert!(out.stdout.is_empty(), "no escape codes on a pipe");
}
