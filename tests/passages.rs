//! The reading-level check (`scripts/readability.py`) measures what `examples/passages.rs`
//! prints. A long passage added to a student-facing strings module must be printed there too,
//! or its reading level would never be measured.

use std::path::Path;

/// Strings modules whose words students read. The others hold command-line help, counselor
/// screens and error messages for the person running the program.
const STUDENT_FILES: &[&str] = &[
    "agenda",
    "assess",
    "career",
    "explore",
    "interview",
    "interview_tui",
    "myplan",
    "pin",
    "record",
    "report",
    "results",
    "search",
    "sheet",
    "keys",
    "labels",
    "visible",
];
/// The student-facing modules written inline in `src/strings/mod.rs`.
const STUDENT_INLINE: &[&str] = &[
    "home",
    "about",
    "areas",
    "compare",
    "shortlist",
    "tui",
    "student",
];
/// Passages this long or longer are measured (the script skips shorter ones).
const MIN_WORDS: usize = 12;

/// Every `pub const NAME: &str = "...";` in `src`, as (inline module or "", name, text).
fn str_consts(src: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut module = String::new();
    let mut depth = 0usize;
    let mut module_depth = None;
    let lines: Vec<&str> = src.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i].trim_start();
        if let Some(rest) = l.strip_prefix("pub mod ")
            && rest.trim_end().ends_with('{')
        {
            module = rest.trim_end_matches('{').trim().to_string();
            module_depth = Some(depth);
        }
        if let Some(rest) = l.strip_prefix("pub const ")
            && let Some((name, ty)) = rest.split_once(':')
            && (ty.trim_start().starts_with("&str") || ty.trim_start().starts_with("&'static str"))
        {
            // The literal may start on this line or the next, and run over several.
            let mut text = String::new();
            let mut j = i;
            loop {
                text.push_str(lines[j]);
                text.push('\n');
                if lines[j].trim_end().ends_with("\";") {
                    break;
                }
                j += 1;
            }
            let body = text
                .split_once('"')
                .map(|(_, b)| b.to_string())
                .unwrap_or_default();
            let body = body.replace("\\\n", " ");
            let inline = if module_depth.is_some() {
                module.clone()
            } else {
                String::new()
            };
            out.push((inline, name.trim().to_string(), body));
        }
        depth += lines[i].matches('{').count();
        depth = depth.saturating_sub(lines[i].matches('}').count());
        if module_depth.is_some_and(|d| depth <= d) && lines[i].contains('}') {
            module_depth = None;
        }
        i += 1;
    }
    out
}

#[test]
fn every_long_student_passage_is_printed_for_the_reading_level_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = std::fs::read_to_string(root.join("examples/passages.rs")).unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    for stem in STUDENT_FILES.iter().copied().chain(["mod"]) {
        let src = std::fs::read_to_string(root.join(format!("src/strings/{stem}.rs"))).unwrap();
        for (inline, name, text) in str_consts(&src) {
            let module = if stem == "mod" {
                if !STUDENT_INLINE.contains(&inline.as_str()) {
                    continue;
                }
                inline
            } else {
                stem.to_string()
            };
            if text.split_whitespace().count() < MIN_WORDS {
                continue;
            }
            seen += 1;
            if !listed.contains(&format!("{module}::{name},")) {
                missing.push(format!("{module}::{name}"));
            }
        }
    }
    assert!(seen > 50, "the scan found only {seen} long passages");
    assert!(
        missing.is_empty(),
        "add these to STRINGS in examples/passages.rs: {missing:?}"
    );
}
