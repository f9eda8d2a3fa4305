//! Prepared answer files for `medpath assess --answers FILE`: item id to answer, as TOML
//! (`i-clues-from-tests = 4`) or a JSON object (`{"i-clues-from-tests": 4}`). Pure: checks
//! everything and names the problem item before anything is stored.

use std::collections::HashSet;

use super::assessment::{Answers, Item, SCALE_MAX, SCALE_MIN};

/// Answer files are a short list; anything bigger is a mistake or hostile.
pub const MAX_BYTES: u64 = 256 * 1024;

/// The words an answer can be written as, with their values.
pub const WORDS: [(&str, u8); 5] = [
    ("strongly-dislike", 1),
    ("dislike", 2),
    ("not-sure", 3),
    ("like", 4),
    ("strongly-like", 5),
];

/// What one answer in the file says.
enum Raw {
    Int(i64),
    Text(String),
    Skip,
    Other(Given),
}

/// An answer that is not one, as the file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    Number(i64),
    Text(String),
    List,
    Table,
    /// Another value, written as the file has it (`2.0`, `true`).
    Other(String),
}

/// Why an answer file cannot be used (worded in `strings`, its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerFileError {
    /// The file's path and the reader's detail.
    Syntax(String, String),
    /// The file's path: it is not a table of ids to answers.
    NotTable(String),
    /// An id the assessment does not have, as the file writes it.
    UnknownItem(String),
    /// An item's id and what the file gives for it.
    BadAnswer(String, Given),
    /// Every item skipped or missing.
    NoAnswers,
    /// The file's path and a key written twice in one JSON object.
    DuplicateKey(String, super::json_keys::DuplicateKey),
}

impl std::error::Error for AnswerFileError {}

fn answer(item: &str, raw: Raw) -> Result<Option<u8>, AnswerFileError> {
    let bad = |given: Given| Err(AnswerFileError::BadAnswer(item.to_string(), given));
    match raw {
        Raw::Skip => Ok(None),
        Raw::Int(v) if (i64::from(SCALE_MIN)..=i64::from(SCALE_MAX)).contains(&v) => {
            Ok(Some(v as u8))
        }
        Raw::Int(v) => bad(Given::Number(v)),
        Raw::Text(t) => {
            let norm = t.trim().to_lowercase().replace([' ', '_'], "-");
            if norm == "skip" || norm.is_empty() {
                return Ok(None);
            }
            if let Ok(v) = norm.parse::<i64>() {
                return answer(item, Raw::Int(v));
            }
            match WORDS.iter().find(|(w, _)| *w == norm) {
                Some((_, v)) => Ok(Some(*v)),
                None => bad(Given::Text(t)),
            }
        }
        Raw::Other(given) => bad(given),
    }
}

/// Parses and checks an answer file against the items. Items the file leaves out count as
/// skipped.
pub fn parse(path: &str, text: &str, items: &[Item]) -> Result<Answers, AnswerFileError> {
    // Editors on Windows may start a file with a byte-order mark; TOML skips it, JSON not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: Vec<(String, Raw)> = if text.trim_start().starts_with('{') {
        if let Some(d) = super::json_keys::first_duplicate(text) {
            return Err(AnswerFileError::DuplicateKey(path.to_string(), d));
        }
        let v: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| AnswerFileError::Syntax(path.to_string(), e.to_string()))?;
        let serde_json::Value::Object(map) = v else {
            return Err(AnswerFileError::NotTable(path.to_string()));
        };
        map.into_iter()
            .map(|(k, v)| {
                let r = match v {
                    serde_json::Value::Null => Raw::Skip,
                    serde_json::Value::Number(n) => match n.as_i64() {
                        Some(i) => Raw::Int(i),
                        None => Raw::Other(Given::Other(n.to_string())),
                    },
                    serde_json::Value::String(t) => Raw::Text(t),
                    serde_json::Value::Bool(b) => Raw::Other(Given::Other(b.to_string())),
                    serde_json::Value::Array(_) => Raw::Other(Given::List),
                    serde_json::Value::Object(_) => Raw::Other(Given::Table),
                };
                (k, r)
            })
            .collect()
    } else {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            // The message alone ("duplicate key") does not say where.
            let detail = match e.span() {
                Some(at) => {
                    let before = &text.as_bytes()[..at.start.min(text.len())];
                    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
                    format!("{} (line {line})", e.message())
                }
                None => e.message().to_string(),
            };
            AnswerFileError::Syntax(path.to_string(), detail)
        })?;
        table
            .into_iter()
            .map(|(k, v)| {
                let r = match v {
                    toml::Value::Integer(i) => Raw::Int(i),
                    toml::Value::String(t) => Raw::Text(t),
                    // Debug keeps the point: "2.0", not "2", which looks like an answer.
                    toml::Value::Float(f) => Raw::Other(Given::Other(format!("{f:?}"))),
                    toml::Value::Boolean(b) => Raw::Other(Given::Other(b.to_string())),
                    toml::Value::Datetime(d) => Raw::Other(Given::Other(d.to_string())),
                    toml::Value::Array(_) => Raw::Other(Given::List),
                    toml::Value::Table(_) => Raw::Other(Given::Table),
                };
                (k, r)
            })
            .collect()
    };
    let known: HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    let mut out = Answers::new();
    for (id, r) in raw {
        if !known.contains(id.as_str()) {
            return Err(AnswerFileError::UnknownItem(id));
        }
        let v = answer(&id, r)?;
        out.insert(id, v);
    }
    for i in items {
        out.entry(i.id.clone()).or_insert(None);
    }
    if out.values().all(Option::is_none) {
        return Err(AnswerFileError::NoAnswers);
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::assessment::{Area, Part};

    pub(crate) fn items() -> Vec<Item> {
        ["r-a", "i-b", "s-c"]
            .iter()
            .zip([Area::Realistic, Area::Investigative, Area::Social])
            .map(|(id, a)| Item {
                id: id.to_string(),
                part: Part::Interests,
                area: Some(a),
                dimension: None,
                direction: None,
                text: format!("Do {id}"),
                gist: format!("doing {id}"),
                work_high: vec![],
                work_low: vec![],
                subject: None,
                limit: None,
                options: vec![],
            })
            .collect()
    }

    #[test]
    fn toml_with_numbers_words_and_skips() {
        let a = parse(
            "f",
            "r-a = 5\ni-b = \"Strongly dislike\"\ns-c = \"skip\"\n",
            &items(),
        )
        .unwrap();
        assert_eq!(a.get("r-a"), Some(&Some(5)));
        assert_eq!(a.get("i-b"), Some(&Some(1)));
        assert_eq!(a.get("s-c"), Some(&None));
    }

    #[test]
    fn json_and_missing_items_count_as_skipped() {
        let a = parse("f", r#"{"r-a": "4", "i-b": null}"#, &items()).unwrap();
        assert_eq!(a.get("r-a"), Some(&Some(4)));
        assert_eq!(a.get("i-b"), Some(&None));
        assert_eq!(a.get("s-c"), Some(&None));
    }

    #[test]
    fn mistakes_name_the_item() {
        let it = items();
        let e = parse("f", "r-a = 7\n", &it).unwrap_err().to_string();
        assert!(e.contains("\"r-a\"") && e.contains("7"), "{e}");
        let e = parse("f", "i-b = \"love it\"\n", &it)
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"i-b\"") && e.contains("love it"), "{e}");
        let e = parse("f", "i-b = 2.5\n", &it).unwrap_err().to_string();
        assert!(e.contains("\"i-b\"") && e.contains("2.5"), "{e}");
        let e = parse("f", "zzz = 3\n", &it).unwrap_err().to_string();
        assert!(e.contains("\"zzz\"") && e.contains("--template"), "{e}");
        let e = parse("f", "r-a = \n", &it).unwrap_err().to_string();
        assert!(e.contains("not valid TOML or JSON"), "{e}");
        let e = parse("f", "[1, 2]", &it).unwrap_err().to_string();
        assert!(e.contains("not valid TOML or JSON"), "{e}");
        let e = parse("f", "{\"r-a\": [1]}", &it).unwrap_err().to_string();
        assert!(e.contains("a list"), "{e}");
        let e = parse("f", "r-a = \"skip\"\n", &it).unwrap_err().to_string();
        assert!(e.contains("no answers"), "{e}");
    }
}
