//! Assessment items and interview questions: parse and validate.

use std::collections::HashSet;

use serde::Deserialize;

use super::{
    ASSESSMENT_FILE, DataError, Files, QUESTIONS_FILE, SOURCES_DIR, entries, is_placeholder,
    valid_id,
};
use crate::domain::assessment::{Area, Item, Part};
use crate::domain::career::Dimension;
use crate::domain::career::Source;
use crate::domain::interview::Question;

fn parse_all<T: for<'de> Deserialize<'de>>(
    files: &Files,
    file: &str,
    key: &str,
    errors: &mut Vec<DataError>,
) -> Vec<(String, T)> {
    let Some(text) = files.get(file) else {
        errors.push(DataError::new(file, None, "the file is missing"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (label, value) in entries(file, text, key, errors) {
        match T::deserialize(value) {
            Ok(v) => out.push((label, v)),
            Err(e) => errors.push(DataError::new(file, Some(label), e.to_string().trim())),
        }
    }
    out
}

fn check_id<'a>(
    file: &str,
    label: &str,
    id: &'a str,
    seen: &mut HashSet<&'a str>,
    errors: &mut Vec<DataError>,
) {
    if !valid_id(id) {
        errors.push(DataError::new(
            file,
            Some(label.to_string()),
            format!("id {id:?} must be lowercase letters, digits and single hyphens"),
        ));
    }
    if !seen.insert(id) {
        errors.push(DataError::new(
            file,
            Some(label.to_string()),
            format!("id {id:?} is used twice"),
        ));
    }
}

pub(super) fn load_items(files: &Files, errors: &mut Vec<DataError>) -> Vec<Item> {
    let parsed: Vec<(String, Item)> = parse_all(files, ASSESSMENT_FILE, "item", errors);
    let mut seen = HashSet::new();
    let before = errors.len();
    for (label, item) in &parsed {
        check_id(ASSESSMENT_FILE, label, &item.id, &mut seen, errors);
        let mut err = |m: &str| {
            errors.push(DataError::new(ASSESSMENT_FILE, Some(label.clone()), m));
        };
        if is_placeholder(&item.text) {
            err("text is empty or a placeholder");
        }
        if is_placeholder(&item.gist) {
            err("gist is empty or a placeholder");
        }
        match item.part {
            Part::Interests => {
                if item.area.is_none() {
                    err("interest items need an area (realistic, investigative, ...)");
                }
                if item.dimension.is_some() || item.direction.is_some() {
                    err("interest items take an area, not a dimension or direction");
                }
            }
            Part::WorkStyle => {
                if item.dimension.is_none() || item.direction.is_none() {
                    err("work-style items need a dimension and a direction (toward or away)");
                }
                if item.area.is_some() {
                    err("work-style items take a dimension, not an area");
                }
                if !item.work_high.is_empty() || !item.work_low.is_empty() {
                    err("work-style items take no work_high or work_low");
                }
            }
            Part::Subjects => {
                if item.subject.is_none() {
                    err("subject items need a subject (animals, heart, ...)");
                }
            }
            Part::Limits => {
                if item.limit.is_none() {
                    err("limit items need a limit (years or cost)");
                }
                if item.options.len() != 5 || item.options.iter().any(|o| is_placeholder(o)) {
                    err("limit items need five options, one for each answer from 1 to 5");
                }
            }
        }
        let other_part = match item.part {
            Part::Subjects => item.limit.is_some() || !item.options.is_empty(),
            Part::Limits => item.subject.is_some(),
            _ => item.subject.is_some() || item.limit.is_some() || !item.options.is_empty(),
        };
        if other_part {
            err("subject, limit and options belong only to subject and limit items");
        }
        if !item.part.is_rated() && (item.area.is_some() || item.dimension.is_some()) {
            err("subject and limit items take no area or dimension");
        }
        if item.work_high.iter().any(|d| item.work_low.contains(d)) {
            err("a side of work is in both work_high and work_low");
        }
    }
    coverage(&parsed, errors);
    if errors.len() > before {
        return Vec::new();
    }
    parsed.into_iter().map(|(_, i)| i).collect()
}

/// Interest items per RIASEC area, as the assessment's design asks.
pub const ITEMS_PER_AREA: usize = 5;
/// Work-style items per dimension, at least.
pub const MIN_ITEMS_PER_DIMENSION: usize = 2;

/// Every area and every work-style dimension has its items, so the profile is complete.
fn coverage(parsed: &[(String, Item)], errors: &mut Vec<DataError>) {
    use crate::domain::assessment::Limit;
    use crate::domain::subject::Subject;
    for sub in Subject::ALL {
        let n = parsed
            .iter()
            .filter(|(_, i)| i.subject == Some(sub))
            .count();
        if n != 1 {
            errors.push(DataError::new(
                ASSESSMENT_FILE,
                None,
                format!(
                    "the subject {} has {n} items; it needs exactly 1",
                    sub.as_str()
                ),
            ));
        }
    }
    for l in [Limit::Years, Limit::Cost] {
        let n = parsed.iter().filter(|(_, i)| i.limit == Some(l)).count();
        if n != 1 {
            errors.push(DataError::new(
                ASSESSMENT_FILE,
                None,
                format!("the {l:?} limit has {n} items; it needs exactly 1"),
            ));
        }
    }
    // The parts come in order: the rated parts, then the subjects, then the limits.
    let order: Vec<u8> = parsed
        .iter()
        .map(|(_, i)| match i.part {
            Part::Interests | Part::WorkStyle => 0,
            Part::Subjects => 1,
            Part::Limits => 2,
        })
        .collect();
    if order.windows(2).any(|w| w[0] > w[1]) {
        errors.push(DataError::new(
            ASSESSMENT_FILE,
            None,
            "subject items come after the interest and work-style items, and limit items last",
        ));
    }
    for a in Area::ALL.iter().copied() {
        let n = parsed.iter().filter(|(_, i)| i.area == Some(a)).count();
        if n != ITEMS_PER_AREA {
            errors.push(DataError::new(
                ASSESSMENT_FILE,
                None,
                format!("the {a:?} area has {n} interest items; it needs exactly {ITEMS_PER_AREA}"),
            ));
        }
    }
    for d in Dimension::ALL {
        let n = parsed
            .iter()
            .filter(|(_, i)| i.dimension == Some(d))
            .count();
        if n < MIN_ITEMS_PER_DIMENSION {
            errors.push(DataError::new(
                ASSESSMENT_FILE,
                None,
                format!(
                    "the {} dimension has {n} work-style items; it needs at least {MIN_ITEMS_PER_DIMENSION}",
                    d.as_str()
                ),
            ));
        }
    }
}

pub(super) fn load_questions(files: &Files, errors: &mut Vec<DataError>) -> Vec<Question> {
    let parsed: Vec<(String, Question)> = parse_all(files, QUESTIONS_FILE, "question", errors);
    let mut seen = HashSet::new();
    let before = errors.len();
    for (label, q) in &parsed {
        check_id(QUESTIONS_FILE, label, &q.id, &mut seen, errors);
        if is_placeholder(&q.text) {
            errors.push(DataError::new(
                QUESTIONS_FILE,
                Some(label.clone()),
                "text is empty or a placeholder",
            ));
        }
    }
    if errors.len() > before {
        return Vec::new();
    }
    parsed.into_iter().map(|(_, q)| q).collect()
}

pub(super) fn load_sources(files: &Files, errors: &mut Vec<DataError>) -> Vec<Source> {
    let parsed: Vec<(String, String, Source)> = super::parse_dir(
        files,
        SOURCES_DIR,
        "source",
        "no source files found",
        errors,
    );
    let mut seen = HashSet::new();
    for (file, label, s) in &parsed {
        check_id(file, label, &s.id, &mut seen, errors);
        for (name, t) in [
            ("publisher", &s.publisher),
            ("title", &s.title),
            ("says", &s.says),
        ] {
            if is_placeholder(t) {
                errors.push(DataError::new(
                    file,
                    Some(label.clone()),
                    format!("{name} is empty or a placeholder"),
                ));
            }
        }
        if !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            errors.push(DataError::new(
                file,
                Some(label.clone()),
                "url must start with https:// or http://",
            ));
        }
    }
    parsed.into_iter().map(|(_, _, s)| s).collect()
}
