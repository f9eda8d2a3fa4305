//! The layers point one way (DESIGN.md, "Architecture"): this test reads the sources and
//! fails on a path that reaches a layer it must not, naming the file and line.
//!
//! - `domain` uses nothing of the crate but itself (no wording, no store, no screens);
//! - `refdata` uses only `domain`;
//! - `strings` uses only `domain` (and itself);
//! - `output` (the printable documents) uses only `domain` and `strings`;
//! - `store` uses no screen, subcommand, output or export module, and no wording written
//!   for the command line or the screens (`strings::cli`, `strings::commands`,
//!   `strings::counselor`, `strings::keys`, `strings::tui`, `strings::home`, `strings::*_cli`,
//!   `strings::*_tui`): it returns errors as data.
//!
//! Every `crate::` path counts, in `use` lines and inside function bodies alike, including
//! grouped ones (`crate::{strings, store}`) and `super::` paths that climb to the crate root.
//! Test code is left out: files named `tests.rs` or `*_tests.rs` and the items marked
//! `#[cfg(test)]` at the start of a line, so tests may build fixtures from any layer.

use std::path::{Path, PathBuf};

/// A layer, the crate modules it may use, and the `strings` modules it may not.
struct Rule {
    layer: &'static str,
    allowed: &'static [&'static str],
    banned_strings: &'static [&'static str],
}

const STORE_MAY_USE: &[&str] = &["store", "domain", "refdata", "strings", "error", "secret"];

const RULES: &[Rule] = &[
    Rule {
        layer: "domain",
        allowed: &["domain"],
        banned_strings: &[],
    },
    Rule {
        layer: "refdata",
        allowed: &["refdata", "domain"],
        banned_strings: &[],
    },
    Rule {
        layer: "strings",
        allowed: &["strings", "domain"],
        banned_strings: &[],
    },
    Rule {
        layer: "output",
        allowed: &["output", "domain", "strings"],
        banned_strings: &[],
    },
    Rule {
        layer: "store",
        allowed: STORE_MAY_USE,
        banned_strings: &["cli", "commands", "counselor", "keys", "tui", "home"],
    },
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn is_test_file(p: &Path) -> bool {
    let name = p.file_name().unwrap().to_string_lossy();
    name == "tests.rs" || name.ends_with("_tests.rs")
}

/// The source without comments, string and char literals (blanked to spaces, line breaks
/// kept), and without its test code (the items after `#[cfg(test)]`).
fn code_of(text: &str) -> String {
    without_tests(&without_literals(text))
}

/// Blanks each item that a `#[cfg(test)]` at the start of a line marks: a `mod x;` line,
/// or everything up to the `}` that closes its first `{`.
fn without_tests(code: &str) -> String {
    let mut b: Vec<char> = code.chars().collect();
    let mark: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut i = 0;
    while i + mark.len() <= b.len() {
        let line_start = i == 0 || b[i - 1] == '\n';
        if !(line_start && b[i..i + mark.len()] == mark[..]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && b[j] != ';' && b[j] != '{' {
            j += 1;
        }
        if j < b.len() && b[j] == '{' {
            let mut depth = 0;
            while j < b.len() {
                match b[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        let end = (j + 1).min(b.len());
        for c in &mut b[i..end] {
            if *c != '\n' {
                *c = ' ';
            }
        }
        i = end;
    }
    b.into_iter().collect()
}

/// The source with comments, string and char literals blanked to spaces (line breaks kept).
fn without_literals(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            while i < b.len() && !(b[i] == '*' && b.get(i + 1) == Some(&'/')) {
                out.push(blank(b[i]));
                i += 1;
            }
            out.push_str("  ");
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && raw_string_at(&b, i) {
            let mut j = i + 1;
            let mut hashes = 0;
            while b[j] == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            for &ch in &b[i..j.min(b.len())] {
                out.push(blank(ch));
            }
            i = j;
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' && char_literal_len(&b, i) > 0 {
            let n = char_literal_len(&b, i);
            out.push_str(&" ".repeat(n));
            i += n;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Whether `r` at `i` starts a raw string (`r"`, `r#"`), not an identifier ending in r.
fn raw_string_at(b: &[char], i: usize) -> bool {
    if i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_') {
        return false;
    }
    let mut j = i + 1;
    while j < b.len() && b[j] == '#' {
        j += 1;
    }
    b.get(j) == Some(&'"')
}

/// The length of a char literal at `i` ('a', '\n', '\u{1b}'), or 0 for a lifetime.
fn char_literal_len(b: &[char], i: usize) -> usize {
    if b.get(i + 1) == Some(&'\\') {
        let mut j = i + 2;
        while j < b.len() && b[j] != '\'' && j < i + 12 {
            j += 1;
        }
        if b.get(j) == Some(&'\'') {
            j + 1 - i
        } else {
            0
        }
    } else if b.get(i + 2) == Some(&'\'') {
        3
    } else {
        0
    }
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every crate path in `code` as (byte offset, top module, what follows it), with grouped
/// paths (`crate::{a::b, c}`) split and `super::` climbing from `module` resolved.
fn crate_paths(code: &str, module: &[String]) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if word_start && rest.starts_with("crate::") {
            let after = &rest["crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                for part in top_level_items(group) {
                    let top = ident_at(part.trim_start()).to_string();
                    out.push((i, top, part.trim().to_string()));
                }
            } else {
                out.push((i, ident_at(after).to_string(), path_tail(after)));
            }
            i += "crate::".len();
        } else if word_start && rest.starts_with("super::") {
            let mut up = 0;
            let mut r = rest;
            while let Some(x) = r.strip_prefix("super::") {
                up += 1;
                r = x;
            }
            // Climbing to the crate root: what follows is a top module. Short of it, the
            // path stays inside the layer.
            if up >= module.len() {
                out.push((i, ident_at(r).to_string(), path_tail(r)));
            }
            i += "super::".len() * up;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The path that starts `s` (`strings::cli::no_such_career`), with a group that follows
/// it kept whole (`strings::{interview as si, results}`).
fn path_tail(s: &str) -> String {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(s.len());
    if s[end..].starts_with('{') {
        let close = s[end..].find('}').map_or(s.len(), |k| end + k + 1);
        return s[..close].to_string();
    }
    s[..end].to_string()
}

/// The items of a `{...}` group at its top level (the text after `{`).
fn top_level_items(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (k, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..k]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    items.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// The module path of a file under `src/`: `src/domain/agenda.rs` is `[domain, agenda]`,
/// `src/domain/mod.rs` is `[domain]`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The `strings` module a path names, if it is one (`strings::interview_cli::X` gives
/// `interview_cli`; `strings::{a, b}` gives both).
fn strings_modules(tail: &str) -> Vec<String> {
    let Some(rest) = tail.strip_prefix("strings::") else {
        return Vec::new();
    };
    match rest.strip_prefix('{') {
        Some(group) => top_level_items(group)
            .into_iter()
            .map(|p| ident_at(p.trim_start()).to_string())
            .collect(),
        None => vec![ident_at(rest).to_string()],
    }
}

fn violations() -> Vec<String> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for rule in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(rule.layer), &mut files);
        files.sort();
        assert!(!files.is_empty(), "no sources in src/{}", rule.layer);
        for f in files.iter().filter(|f| !is_test_file(f)) {
            let rel = f.strip_prefix(&src).unwrap();
            let text = std::fs::read_to_string(f).unwrap();
            let code = code_of(&text);
            let module = module_of(rel);
            for (at, top, tail) in crate_paths(&code, &module) {
                let line = code[..at].matches('\n').count() + 1;
                let shown = text.lines().nth(line - 1).unwrap_or("").trim();
                let place = format!("src/{}:{line}", rel.display());
                if !rule.allowed.contains(&top.as_str()) {
                    found.push(format!(
                        "{place}: {} may not use crate::{top} ({shown})",
                        rule.layer
                    ));
                    continue;
                }
                for m in strings_modules(&tail) {
                    if rule.banned_strings.contains(&m.as_str())
                        || (!rule.banned_strings.is_empty()
                            && (m.ends_with("_cli") || m.ends_with("_tui")))
                    {
                        found.push(format!(
                            "{place}: {} may not use the wording in strings::{m} ({shown})",
                            rule.layer
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let found = violations();
    assert!(
        found.is_empty(),
        "{} import(s) point the wrong way:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_reader_sees_every_kind_of_path() {
    let module = ["domain".to_string(), "agenda".to_string()];
    let tops = |code: &str| -> Vec<String> {
        crate_paths(&code_of(code), &module)
            .into_iter()
            .map(|(_, top, _)| top)
            .collect()
    };
    assert_eq!(tops("use crate::strings::agenda as s;"), ["strings"]);
    assert_eq!(
        tops("use crate::{domain::x, store::Store};"),
        ["domain", "store"]
    );
    assert_eq!(
        tops("fn f() { crate::strings::transfer::shown(x, 4); }"),
        ["strings"]
    );
    assert_eq!(tops("use super::super::tui::App;"), ["tui"]);
    assert!(
        tops("use super::record::Goal;").is_empty(),
        "inside the layer"
    );
    assert!(tops("// crate::strings in a comment").is_empty());
    assert!(tops("let s = \"crate::strings in a string\";").is_empty());
    assert!(tops("#[cfg(test)]\nmod tests { use crate::strings::x; }").is_empty());
    assert_eq!(
        tops("#[cfg(test)]\n#[path = \"t.rs\"]\nmod tests;\nuse crate::store::Store;"),
        ["store"],
        "code after a test module still counts"
    );
    let module = ["store".to_string()];
    assert_eq!(tops_in("use super::tui::App;", &module), ["tui"]);
    assert_eq!(
        strings_modules("strings::interview_cli::X"),
        ["interview_cli"]
    );
    assert_eq!(
        strings_modules(&path_tail("strings::{cli as c, record}::x")),
        ["cli", "record"]
    );
}

fn tops_in(code: &str, module: &[String]) -> Vec<String> {
    crate_paths(&code_of(code), module)
        .into_iter()
        .map(|(_, top, _)| top)
        .collect()
}

/// The command line, the store and the file writer print only through `out`, `out_json`,
/// `note` and `err_out` in `src/cli/mod.rs`, which show control characters as escapes: no
/// `println!`, `eprintln!`, `print!` or `eprint!` anywhere else (test code aside).
#[test]
fn the_command_line_prints_only_through_its_escaping_functions() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("export.rs")];
    rust_files(&src.join("cli"), &mut files);
    rust_files(&src.join("store"), &mut files);
    let mut bad = Vec::new();
    for f in files.iter().filter(|f| !is_test_file(f)) {
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        for (n, line) in code.lines().enumerate() {
            if ["print!", "println!", "dbg!"]
                .iter()
                .any(|m| line.contains(m))
            {
                bad.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "print through crate::cli::{{out, out_json, note, err_out}} instead:\n{}",
        bad.join("\n")
    );
}
