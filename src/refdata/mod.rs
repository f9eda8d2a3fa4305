//! Reference data: the catalog, assessment items and interview questions, authored as TOML in
//! `data/`, joined with the source tables in `data/reference/`, compiled into the binary and
//! validated. Pure: it reads only the embedded text (or text a test hands it).

mod careers;
pub mod costs;
mod items;
pub mod tables;

use std::collections::BTreeMap;
use std::fmt;

use crate::domain::Career;
use crate::domain::assessment::Item;
use crate::domain::career::Source;
use crate::domain::costs::CostRow;
use crate::domain::interview::Question;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
}

/// The shape of the reference rows the store keeps (careers, items and questions, stored as
/// serialized domain types). Bump it whenever that shape changes (a field of
/// `domain::career`, `domain::assessment::Item` or `domain::interview::Question` added,
/// renamed or retyped), so every database reloads its reference data.
pub const REFERENCE_SCHEMA: u32 = 2;

/// The version of the reference data in this binary: the schema version and a hash of every
/// file in `data/`; it changes whenever either does.
pub fn content_version() -> String {
    format!("{REFERENCE_SCHEMA}-{}", embedded::DATA_HASH)
}

/// A set of data files by path relative to `data/` (`careers/physicians.toml`).
#[derive(Debug, Clone, Default)]
pub struct Files(BTreeMap<String, String>);

impl Files {
    /// The files compiled into this binary.
    pub fn embedded() -> Files {
        Files(
            embedded::FILES
                .iter()
                .map(|(p, t)| ((*p).to_string(), (*t).to_string()))
                .collect(),
        )
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.0.get(path).map(String::as_str)
    }

    pub fn insert(&mut self, path: &str, text: &str) {
        self.0.insert(path.to_string(), text.to_string());
    }

    pub fn remove(&mut self, path: &str) {
        self.0.remove(path);
    }

    /// Files under a folder with an extension, in path order.
    pub(super) fn under<'a>(
        &'a self,
        dir: &'a str,
        ext: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.0
            .iter()
            .filter(move |(p, _)| p.starts_with(dir) && p.ends_with(ext))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }
}

/// A problem in a data file, naming the file and the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub entry: Option<String>,
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, entry: Option<String>, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            entry,
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(e) => write!(f, "data/{}, {}: {}", self.file, e, self.message),
            None => write!(f, "data/{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found, so an author can fix them all in one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// All reference data, validated and joined.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    pub careers: Vec<Career>,
    pub items: Vec<Item>,
    pub questions: Vec<Question>,
    pub sources: Vec<Source>,
    /// The costs table, one sourced figure a row.
    pub costs: Vec<CostRow>,
}

pub const CAREERS_DIR: &str = "careers/";
pub const ASSESSMENT_FILE: &str = "assessment.toml";
pub const QUESTIONS_FILE: &str = "questions.toml";
pub const SOURCES_DIR: &str = "sources/";

/// Parses and validates every data file.
pub fn load(files: &Files) -> Result<ReferenceData, DataErrors> {
    let tables = tables::Tables::parse(files).map_err(|e| DataErrors(vec![e]))?;
    let costs = costs::parse(files).map_err(|e| DataErrors(vec![e]))?;
    let mut errors = Vec::new();
    let sources = items::load_sources(files, &mut errors);
    let by_id = sources.iter().map(|s| (s.id.clone(), s.clone())).collect();
    let careers = careers::load(files, &tables, &by_id, &costs, &mut errors);
    let items = items::load_items(files, &mut errors);
    let questions = items::load_questions(files, &mut errors);
    if errors.is_empty() {
        Ok(ReferenceData {
            careers,
            items,
            questions,
            sources,
            costs,
        })
    } else {
        Err(DataErrors(errors))
    }
}

/// The data compiled into this binary.
pub fn embedded() -> Result<ReferenceData, DataErrors> {
    load(&Files::embedded())
}

/// The costs table compiled into this binary, read once. The store checks the whole of the
/// reference data when it loads it, so a bad table is refused there first.
pub fn embedded_costs() -> Result<&'static [CostRow], DataError> {
    static COSTS: std::sync::OnceLock<Result<Vec<CostRow>, DataError>> = std::sync::OnceLock::new();
    COSTS
        .get_or_init(|| costs::parse(&Files::embedded()))
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Reads an array of tables (`[[career]]`) from a TOML file, giving each element with a label
/// for messages ("entry 3 (\"cardiologist\")").
fn entries(
    file: &str,
    text: &str,
    key: &str,
    errors: &mut Vec<DataError>,
) -> Vec<(String, toml::Value)> {
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            errors.push(DataError::new(file, None, e.to_string().trim().to_string()));
            return Vec::new();
        }
    };
    for k in table.keys() {
        if k != key {
            errors.push(DataError::new(
                file,
                None,
                format!("unexpected top-level key {k:?}; entries go in [[{key}]] tables"),
            ));
        }
    }
    let Some(toml::Value::Array(arr)) = table.get(key) else {
        errors.push(DataError::new(
            file,
            None,
            format!("no [[{key}]] entries found"),
        ));
        return Vec::new();
    };
    arr.iter()
        .enumerate()
        .map(|(i, v)| {
            let label = match v.get("id").and_then(|id| id.as_str()) {
                Some(id) => format!("entry {} ({id:?})", i + 1),
                None => format!("entry {}", i + 1),
            };
            (label, v.clone())
        })
        .collect()
}

/// Parses every `[[key]]` entry of every `.toml` file under `dir` into `T`, with the file and
/// a label for messages. A folder with no files at all is reported as `missing`.
fn parse_dir<T: for<'de> serde::Deserialize<'de>>(
    files: &Files,
    dir: &str,
    key: &str,
    missing: &str,
    errors: &mut Vec<DataError>,
) -> Vec<(String, String, T)> {
    let mut parsed = Vec::new();
    let mut any_file = false;
    for (file, text) in files.under(dir, ".toml") {
        any_file = true;
        for (label, value) in entries(file, text, key, errors) {
            match T::deserialize(value) {
                Ok(v) => parsed.push((file.to_string(), label, v)),
                Err(e) => errors.push(DataError::new(file, Some(label), e.to_string().trim())),
            }
        }
    }
    if !any_file {
        errors.push(DataError::new(dir, None, missing));
    }
    parsed
}

/// Text an author forgot to write.
fn is_placeholder(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    t.is_empty()
        || t == "..."
        || t == "…"
        || t.contains("todo")
        || t.contains("tbd")
        || t.contains("lorem ipsum")
        || t.contains("placeholder")
        || t.contains("fixme")
}

/// Ids are lowercase letters, digits and single hyphens.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod bls_tests;
#[cfg(test)]
mod costs_tests;
#[cfg(test)]
mod tests;
