//! Values shown to a person, made safe to show: control characters (C0, DEL, C1, the escape
//! that starts terminal codes) and the invisible format characters that reorder or hide text
//! (direction marks and overrides, zero-width spaces and joiners, the byte-order mark) are
//! written as visible escapes (`\u{1b}`, `\u{202e}`). A name, a path or a typed value can then
//! neither drive the terminal (retitle it, move the cursor, recolor it) nor disguise itself.
//! Every message with a value in it, and everything the command line prints, comes through
//! here.

/// A character that must not reach a terminal as itself.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        )
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{2028}'..='\u{202e}').contains(&c)
        || ('\u{2060}'..='\u{206f}').contains(&c)
}

/// How a hidden character is written: its code as Rust writes it (`\u{1b}` for escape).
fn push_escaped(out: &mut String, c: char) {
    out.extend(c.escape_unicode());
}

/// A value (a name, a path, an argument) for a message: every hidden character escaped,
/// line breaks too.
pub fn visible(v: &str) -> String {
    visible_max(v, usize::MAX)
}

/// Up to `max` characters of a value, every hidden character escaped.
pub fn visible_max(v: &str, max: usize) -> String {
    let mut out = String::with_capacity(v.len().min(4096));
    for (i, c) in v.chars().enumerate() {
        if i >= max {
            break;
        }
        if is_hidden(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// Text made to be read (a message, a report, a list): line breaks and tabs kept, every other
/// hidden character escaped.
pub fn visible_text(text: &str) -> String {
    if !text.chars().any(|c| is_hidden(c) && c != '\n' && c != '\t') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden(c) && c != '\n' && c != '\t' {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// JSON text with the invisible format characters written as JSON escapes (`\u202e`): the
/// same JSON value, but nothing in it reorders or hides text on a terminal. (serde_json
/// already escapes control characters.)
pub fn visible_json(json: &str) -> String {
    if !json.chars().any(is_hidden_in_json) {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_hidden_in_json(c) {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Hidden characters other than the JSON layout's own line breaks and tabs (outside strings;
/// inside them serde_json has escaped them already).
fn is_hidden_in_json(c: char) -> bool {
    is_hidden(c) && c != '\n' && c != '\t' && c != '\r'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_sent() {
        assert_eq!(visible("a\u{1b}]0;PWNED\u{7}b"), "a\\u{1b}]0;PWNED\\u{7}b");
        assert_eq!(visible("\u{202e}fdp.exe"), "\\u{202e}fdp.exe");
        assert_eq!(visible("x\u{200b}y\u{feff}"), "x\\u{200b}y\\u{feff}");
        assert_eq!(visible("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(visible("\u{7f}"), "\\u{7f}");
        assert_eq!(visible("a\nb"), "a\\u{a}b");
        assert_eq!(visible("Zoë Ünal 李"), "Zoë Ünal 李");
        assert_eq!(visible_max("abcdef", 3), "abc");
        assert_eq!(visible_text("one\ntwo\t\u{1b}[2J"), "one\ntwo\t\\u{1b}[2J");
        for c in ['\u{2066}', '\u{2069}', '\u{202a}', '\u{200e}', '\u{200f}'] {
            assert!(!visible(&c.to_string()).contains(c));
        }
    }

    #[test]
    fn json_stays_the_same_value() {
        let v = serde_json::json!({"name": "a\u{202e}b\u{1b}", "n": 1});
        let text = serde_json::to_string_pretty(&v).unwrap();
        let shown = visible_json(&text);
        assert!(!shown.contains('\u{202e}') && !shown.contains('\u{1b}'));
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, v);
        let astral = serde_json::json!(["\u{e0001}"]).to_string();
        let back: serde_json::Value = serde_json::from_str(&visible_json(&astral)).unwrap();
        assert_eq!(back, serde_json::json!(["\u{e0001}"]));
    }
}
