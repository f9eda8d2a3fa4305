//! Catalog queries.

use rusqlite::OptionalExtension;

use super::Store;
use crate::domain::career::{Career, CareerEntry, CareerSummary, Figures, Source};
use crate::error::{Error, Result};

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| Error::Database(format!("reference row: {e}")))
}

impl Store {
    /// Parses the one JSON column of every row `sql` returns.
    fn json_rows<T: serde::de::DeserializeOwned>(&self, sql: &str) -> Result<Vec<T>> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for r in rows {
            out.push(parse(&r.map_err(|e| self.err(e))?)?);
        }
        Ok(out)
    }

    /// Every catalog entry, in catalog order.
    pub fn careers(&self) -> Result<Vec<CareerSummary>> {
        self.json_rows("SELECT summary_json FROM ref_careers ORDER BY position")
    }

    /// How many careers the catalog has.
    pub fn career_count(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM ref_careers", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n.max(0) as usize)
            .map_err(|e| self.err(e))
    }

    /// One entry in full, or None if there is no career with that id.
    pub fn career(&self, id: &str) -> Result<Option<Career>> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT entry_json, figures_json FROM ref_careers WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match row {
            None => Ok(None),
            Some((e, f)) => {
                let entry: CareerEntry = parse(&e)?;
                let figures: Figures = parse(&f)?;
                Ok(Some(Career { entry, figures }))
            }
        }
    }

    /// The self-assessment items, in the order they are asked.
    pub fn items(&self) -> Result<Vec<crate::domain::assessment::Item>> {
        self.json_rows("SELECT json FROM ref_items ORDER BY position")
    }

    /// The interview question bank, in file order.
    pub fn questions(&self) -> Result<Vec<crate::domain::interview::Question>> {
        self.json_rows("SELECT json FROM ref_questions ORDER BY position")
    }

    /// The costs table (one sourced figure a row), compiled into the program with the rest
    /// of the reference data; checked with it when the store loads it.
    pub fn costs(&self) -> Result<Vec<crate::domain::costs::CostRow>> {
        crate::refdata::embedded_costs()
            .map(<[_]>::to_vec)
            .map_err(|e| Error::ReferenceData(crate::refdata::DataErrors(vec![e])))
    }

    /// The named sources for training lengths, in file order.
    pub fn sources(&self) -> Result<Vec<Source>> {
        self.json_rows("SELECT json FROM ref_sources ORDER BY position")
    }
}
