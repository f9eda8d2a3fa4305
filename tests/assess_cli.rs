//! `students`, `assess` and `matches` through the real binary, with `--json` parsed.

mod common;

use common::{answer_file, medpath};
use serde_json::Value;
use std::path::PathBuf;

fn setup() -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("medpath.db");
    medpath(&p)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    (d, p)
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", String::from_utf8_lossy(out)))
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn students_add_and_list_as_json() {
    let (_d, db) = setup();
    let out = medpath(&db)
        .args(["students", "list", "--json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["count"], 1);
    assert_eq!(v["students"][0]["name"], "Ana");
    assert_eq!(v["students"][0]["grade"], 9);
    let out = medpath(&db)
        .args(["students", "add", "ana", "--grade", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("already a profile"),
        "{}",
        stderr(&out)
    );
    let out = medpath(&db)
        .args(["students", "add", "Bo", "--grade", "13"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("6 to 12"));
}

#[test]
fn an_answer_file_is_scored_stored_and_matched() {
    let (d, db) = setup();
    // Likes science and organizing, and the behind-the-scenes, technology side of work.
    let file = answer_file(&db, d.path(), &["i-", "c-", "ws-behind", "ws-high-tech"]);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("limit-years = 5", "limit-years = 2")).unwrap();
    let out = medpath(&db)
        .args(["assess", "--student", "Ana", "--answers"])
        .arg(&file)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out.stdout);
    assert_eq!(v["student"], "Ana");
    assert_eq!(v["skipped"], 0);
    assert!(v["answered"].as_u64().unwrap() >= 54);
    assert_eq!(v["flags"].as_array().unwrap().len(), 0);
    assert_eq!(v["profile"]["interests"]["investigative"], 5.0);
    assert_eq!(v["profile"]["interests"]["social"], 2.0);
    assert_eq!(v["top_matches"].as_array().unwrap().len(), 5);

    let out = medpath(&db)
        .args(["matches", "--student", "ana", "--limit", "1000", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out.stdout);
    let m = v["matches"].as_array().unwrap();
    assert!(m.len() >= 90);
    assert_eq!(v["count"], m.len());
    // Ranked by fit, each with a readable band, parts and reasons that name an item; the file
    // answers 2 ("up to about 2 years") to the years limit, so roads far past it come after
    // every other, each saying why.
    let far = |x: &serde_json::Value| {
        x["limits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["kind"] == "longer" && l["far"] == true)
    };
    let split = m.iter().position(far).unwrap();
    assert!(split >= 10 && m[split..].iter().all(far), "{split}");
    for part in [&m[..split], &m[split..]] {
        let fits: Vec<u64> = part.iter().map(|x| x["fit"].as_u64().unwrap()).collect();
        assert!(fits.windows(2).all(|w| w[0] >= w[1]), "{fits:?}");
    }
    assert!(
        m[split]["limits"][0]["text"]
            .as_str()
            .unwrap()
            .contains("far more than the 2 years you said"),
        "{}",
        m[split]
    );
    for x in m {
        assert!(["strong", "good", "fair", "weak"].contains(&x["band"].as_str().unwrap()));
        for r in x["reasons"].as_array().unwrap() {
            assert!(r["item_id"].as_str().unwrap().len() > 2);
            assert!(r["text"].as_str().unwrap().starts_with("You "));
        }
    }
    assert!(!m[0]["reasons"].as_array().unwrap().is_empty());
    // A lab or data career ranks above a job spent with patients all day.
    let rank = |id: &str| m.iter().position(|x| x["id"] == id).unwrap();
    assert!(
        rank("medical-lab-scientist") < rank("physical-therapist"),
        "{} vs {}",
        rank("medical-lab-scientist"),
        rank("physical-therapist")
    );
    assert!(v["note"].as_str().unwrap().contains("not a verdict"));

    // The text form says the same, with reasons under each match.
    let out = medpath(&db)
        .args(["matches", "--student", "Ana", "--limit", "3"])
        .output()
        .unwrap();
    let t = String::from_utf8(out.stdout).unwrap();
    assert!(
        t.contains("  1. ") && t.contains("  3. ") && !t.contains("  4. "),
        "{t}"
    );
    assert!(
        t.contains("- You liked") || t.contains("- You disliked"),
        "{t}"
    );
}

#[test]
fn bad_answer_files_name_the_problem_and_store_nothing() {
    let (d, db) = setup();
    let cases: [(&str, &str); 5] = [
        (
            "r-repair-hospital-machine = 6\n",
            "\"r-repair-hospital-machine\": 6",
        ),
        (
            "no-such-item = 3\n",
            "\"no-such-item\" is not in medpath's assessment",
        ),
        (
            "i-clues-from-tests = \"maybe\"\n",
            "\"i-clues-from-tests\": \"maybe\"",
        ),
        ("i-clues-from-tests = [\n", "not valid TOML or JSON"),
        (
            "{\"i-clues-from-tests\": true}",
            "\"i-clues-from-tests\": true",
        ),
    ];
    for (text, want) in cases {
        let p = d.path().join("bad.toml");
        std::fs::write(&p, text).unwrap();
        let out = medpath(&db)
            .args(["assess", "--student", "Ana", "--answers"])
            .arg(&p)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{text}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{text}: {}", stderr(&out));
    }
    let p = d.path().join("bad.bin");
    std::fs::write(&p, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = medpath(&db)
        .args(["assess", "--student", "Ana", "--answers"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
    // A missing file is a usage mistake.
    let out = medpath(&db)
        .args([
            "assess",
            "--student",
            "Ana",
            "--answers",
            "/nonexistent/a.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Nothing was stored.
    let out = medpath(&db)
        .args(["matches", "--student", "Ana"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no results yet"), "{}", stderr(&out));
}

#[test]
fn plain_prompts_save_as_they_go_and_resume() {
    let (_d, db) = setup();
    // Answer two, go back and change the first, answer the second again, skip the third, stop.
    let out = medpath(&db)
        .args(["assess", "--student", "Ana", "--plain"])
        .write_stdin("4\n2\nb\nb\n5\n\nwhat\n3\ns\nq\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let t = String::from_utf8(out.stdout).unwrap();
    assert!(t.contains("1 of 57. "), "{t}");
    assert!(t.contains("(your answer: Like)"), "{t}");
    assert!(t.contains("\"what\" is not an answer here"), "{t}");
    assert!(t.contains("Stopped. 2 of 57 answered and saved"), "{t}");
    // Running again goes on at question 4 and finishes; input ending early is not an error.
    let answers: String = (0..60).map(|i| format!("{}\n", 1 + i % 5)).collect();
    let out = medpath(&db)
        .args(["assess", "--student", "Ana", "--plain", "--json"])
        .write_stdin(answers)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // With --json the prompts go to stderr and stdout is only the JSON.
    let t = stderr(&out);
    assert!(t.contains("You have answered 2 of 57"), "{t}");
    assert!(t.contains("4 of 57. ") && !t.contains("\n3 of 57. "), "{t}");
    // The subject checklist is one numbered question with every subject listed.
    assert!(
        t.contains("55 of 57. Which of these would you love to work with?"),
        "{t}"
    );
    assert!(t.contains(" 24 [ ] Teaching people"), "{t}");
    assert!(t.contains("56 of 57. How many years of training"), "{t}");
    assert!(
        t.contains("1 Less than a year · 2 Up to about 2 years"),
        "{t}"
    );
    let v = json(&out.stdout);
    assert_eq!(v["skipped"], 1);
    assert_eq!(v["answered"], 53);
    // Input that ends mid-way keeps what was given.
    let out = medpath(&db)
        .args(["assess", "--student", "Ana", "--plain"])
        .write_stdin("3\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("answers so far are saved"));
}

#[test]
fn matches_needs_a_student_with_a_result_and_a_sensible_limit() {
    let (_d, db) = setup();
    let out = medpath(&db)
        .args(["matches", "--student", "Nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no student called"),
        "{}",
        stderr(&out)
    );
    let out = medpath(&db)
        .args(["matches", "--student", "Ana", "--limit", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = medpath(&db)
        .args(["assess", "--student", "Ana"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--answers FILE"));
}

#[test]
fn rename_and_remove_a_profile() {
    let (_d, p) = setup();
    let out = medpath(&p)
        .args(["students", "rename", "Ana", "Ana B", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "Ana B");
    // A name that is taken, and an empty one, are refused with the reason.
    medpath(&p)
        .args(["students", "add", "Ben", "--grade", "8"])
        .assert()
        .success();
    let out = medpath(&p)
        .args(["students", "rename", "Ben", "ana b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already a profile"));
    // Without --yes nothing is deleted.
    let out = medpath(&p)
        .args(["students", "remove", "Ana B"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    let list = |p: &std::path::Path| -> Value {
        let out = medpath(p)
            .args(["students", "list", "--json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(list(&p)["count"], 2);
    medpath(&p)
        .args(["students", "remove", "Ana B", "--yes"])
        .assert()
        .success();
    let v = list(&p);
    assert_eq!(v["count"], 1);
    assert_eq!(v["students"][0]["name"], "Ben");
}
