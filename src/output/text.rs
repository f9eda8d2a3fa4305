//! Small text helpers shared by the printable sheet and the report: tidying what a person
//! typed and escaping it for Markdown and HTML.

/// Tidies typed text for print: control characters (other than line breaks) and direction
/// overrides go, tabs become spaces.
pub(crate) fn clean(t: &str) -> String {
    t.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}

/// The text on one line: line breaks become spaces.
pub(crate) fn one_line(t: &str) -> String {
    clean(t).replace('\n', " ").trim().to_string()
}

/// Text as paragraphs of trimmed, non-empty lines.
pub(crate) fn paragraphs(t: &str) -> Vec<Vec<&str>> {
    let lines: Vec<&str> = t.lines().map(str::trim).collect();
    let paras = lines.split(|l| l.is_empty()).filter(|p| !p.is_empty());
    paras.map(<[&str]>::to_vec).collect()
}

/// Escapes one line of text so CommonMark shows it as typed, and a `|` cannot end a table
/// cell. `at_start` when the text begins a line, where `-`, `+`, `=` and `1.` would start
/// a list or a heading.
pub(crate) fn md_line(t: &str, at_start: bool) -> String {
    let mut out = String::with_capacity(t.len() + 8);
    let mut digits_only = at_start;
    for (i, c) in t.chars().enumerate() {
        let special = matches!(
            c,
            '\\' | '`' | '*' | '_' | '#' | '<' | '>' | '[' | ']' | '|' | '~' | '&'
        ) || (at_start && i == 0 && matches!(c, '-' | '+' | '='))
            || (digits_only && i > 0 && matches!(c, '.' | ')'));
        if special {
            out.push('\\');
        }
        out.push(c);
        digits_only = digits_only && c.is_ascii_digit();
    }
    out
}

/// Escapes text for HTML (element content and quoted attributes).
pub(crate) fn esc(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 8);
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
