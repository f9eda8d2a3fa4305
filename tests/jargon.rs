//! Issue 19: the screens students see use words a 14-year-old knows. No raw abbreviation or
//! code from the data sources ("HS", "job zone", "PGY", "0.1y") appears on the 80x24 and wide
//! snapshots of the full-screen program without the words that explain it.

use std::path::Path;

/// Raw tokens, matched as whole words (case as written).
const RAW: &[&str] = &["HS", "PGY", "COA", "SOC", "SOC-code", "RIASEC", "CIP"];
/// Phrases that are jargon wherever they appear.
const PHRASES: &[&str] = &["job zone", "Job zone", "job-zone"];
/// Abbreviations allowed only right after the words they stand for, "(BLS)".
const EXPLAINED: &[&str] = &["BLS"];

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '*'))
        .map(|w| w.trim_matches(|c| c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// "0.1y", "2.5y": a year count with a decimal and a bare "y".
fn decimal_years(w: &str) -> bool {
    w.strip_suffix('y').is_some_and(|n| {
        n.contains('.')
            && n.split(['.', '-'])
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    })
}

#[test]
fn student_screens_have_no_raw_jargon() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut found = Vec::new();
    let mut files = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        // Counselor screens are for adults; the rest are the students'.
        if !name.ends_with(".snap") || name.contains("counselor") || name.contains("roster") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&p).unwrap();
        // The snapshot's own header (source, expression) is not on screen.
        let body = text.splitn(3, "---").nth(2).unwrap_or("");
        for line in body.lines() {
            for w in words(line) {
                if RAW.contains(&w) || decimal_years(w) {
                    found.push(format!("{name}: {w} in {line}"));
                }
            }
            for ph in PHRASES {
                if line.contains(ph) {
                    found.push(format!("{name}: {ph} in {line}"));
                }
            }
            for ab in EXPLAINED {
                let bare = line.matches(ab).count();
                let explained = line.matches(&format!("({ab})")).count();
                if bare > explained {
                    found.push(format!("{name}: {ab} without its words in {line}"));
                }
            }
        }
    }
    assert!(files > 20, "only {files} snapshots read");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checks_catch_what_they_are_for() {
    assert!(decimal_years("0.1y"));
    assert!(decimal_years("2.5y"));
    assert!(!decimal_years("4y"));
    assert!(!decimal_years("y"));
    assert!(words("Training after HS  ‹ Under 4 years ›").contains(&"HS"));
}
