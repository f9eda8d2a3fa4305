//! Loads the built-in reference data into its tables when the content version changes, in one
//! transaction, without touching any student's data.

use rusqlite::{TransactionBehavior, params};

use super::Store;
use crate::error::{Error, Result};
use crate::refdata::{self, ReferenceData};

const VERSION_KEY: &str = "reference_version";

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::Database(e.to_string()))
}

impl Store {
    /// The content version of the reference data in the file, if any was loaded.
    pub fn reference_version(&self) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [VERSION_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Loads the built-in data if the file holds another version. Cheap when up to date: one
    /// query, no parsing.
    pub(super) fn ensure_reference(&mut self) -> Result<()> {
        if self.reference_version()?.as_deref() == Some(refdata::content_version().as_str()) {
            return Ok(());
        }
        let data = refdata::embedded().map_err(Error::ReferenceData)?;
        self.load_reference(&data, &refdata::content_version())
    }

    /// Replaces all reference tables with `data` in one transaction.
    pub fn load_reference(&mut self, data: &ReferenceData, version: &str) -> Result<()> {
        let path = self.path.clone();
        let c = |e| super::classify(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(c)?;
        for t in ["ref_careers", "ref_items", "ref_questions", "ref_sources"] {
            tx.execute(&format!("DELETE FROM {t}"), []).map_err(c)?;
        }
        {
            let mut ins = tx
                .prepare(
                    "INSERT INTO ref_careers (id, position, title, kind, field, summary_json, \
                     entry_json, figures_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .map_err(c)?;
            for (i, career) in data.careers.iter().enumerate() {
                let summary = crate::domain::career::CareerSummary::from(career);
                ins.execute(params![
                    career.entry.id,
                    i as i64,
                    career.entry.title,
                    career.entry.kind.as_str(),
                    career.entry.field.as_str(),
                    json(&summary)?,
                    json(&career.entry)?,
                    json(&career.figures)?,
                ])
                .map_err(c)?;
            }
            let simple = [
                (
                    "ref_items",
                    data.items
                        .iter()
                        .map(|i| (i.id.clone(), json(i)))
                        .collect::<Vec<_>>(),
                ),
                (
                    "ref_questions",
                    data.questions
                        .iter()
                        .map(|q| (q.id.clone(), json(q)))
                        .collect(),
                ),
                (
                    "ref_sources",
                    data.sources
                        .iter()
                        .map(|s| (s.id.clone(), json(s)))
                        .collect(),
                ),
            ];
            for (table, rows) in simple {
                let mut ins = tx
                    .prepare(&format!(
                        "INSERT INTO {table} (id, position, json) VALUES (?1, ?2, ?3)"
                    ))
                    .map_err(c)?;
                for (i, (id, j)) in rows.into_iter().enumerate() {
                    ins.execute(params![id, i as i64, j?]).map_err(c)?;
                }
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![VERSION_KEY, version],
        )
        .map_err(c)?;
        tx.commit().map_err(c)
    }
}
