//! The costs table (`data/reference/costs/costs.csv`, copied from `../shared/reference/costs/`):
//! one figure a row, with its year and source. Read exactly as written: nothing computed,
//! converted or rounded. A bad file is refused with the row and what is wrong.

use std::collections::HashSet;

use serde::Deserialize;

use super::{DataError, Files};
use crate::domain::costs::{CostConfidence, CostRow, CostTopic};

pub const COSTS: &str = "reference/costs/costs.csv";

/// A row as text, so each column's problem can be named.
#[derive(Deserialize)]
struct RawRow {
    id: String,
    topic: String,
    figure: String,
    unit: String,
    year: String,
    applies_to: String,
    source_title: String,
    source_org: String,
    source_url: String,
    quote: String,
    confidence: String,
}

fn choice<T: serde::de::DeserializeOwned>(value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.trim().to_string())).ok()
}

/// Parses and checks the costs table.
pub fn parse(files: &Files) -> Result<Vec<CostRow>, DataError> {
    let text = files
        .get(COSTS)
        .ok_or_else(|| DataError::new(COSTS, None, "the file is missing"))?;
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (n, row) in rdr.deserialize::<RawRow>().enumerate() {
        let at = |id: &str| {
            if id.is_empty() {
                format!("row {}", n + 2)
            } else {
                format!("row {} ({id})", n + 2)
            }
        };
        let r = row.map_err(|e| DataError::new(COSTS, Some(at("")), e.to_string()))?;
        let id = r.id.trim().to_string();
        let err = |m: String| DataError::new(COSTS, Some(at(&id)), m);
        if id.is_empty() {
            return Err(err("the row has no id".into()));
        }
        if !seen.insert(id.clone()) {
            return Err(err(format!("id {id:?} is used twice")));
        }
        let topic: CostTopic =
            choice(&r.topic).ok_or_else(|| err(format!("unknown topic {:?}", r.topic.trim())))?;
        let confidence: CostConfidence = choice(&r.confidence)
            .ok_or_else(|| err(format!("unknown confidence {:?}", r.confidence.trim())))?;
        for (name, value) in [
            ("figure", &r.figure),
            ("unit", &r.unit),
            ("year", &r.year),
            ("source_title", &r.source_title),
            ("source_org", &r.source_org),
            ("source_url", &r.source_url),
        ] {
            if value.trim().is_empty() {
                return Err(err(format!(
                    "{name} is empty; every figure needs its source"
                )));
            }
        }
        rows.push(CostRow {
            id,
            topic,
            figure: r.figure.trim().to_string(),
            unit: r.unit.trim().to_string(),
            year: r.year.trim().to_string(),
            applies_to: r.applies_to.trim().to_string(),
            source_title: r.source_title.trim().to_string(),
            source_org: r.source_org.trim().to_string(),
            source_url: r.source_url.trim().to_string(),
            quote: r.quote.trim().to_string(),
            confidence,
        });
    }
    if rows.is_empty() {
        return Err(DataError::new(COSTS, None, "the table has no rows"));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,topic,figure,unit,year,applies_to,source_title,source_org,source_url,quote,confidence\n";

    fn with(rows: &str) -> Files {
        let mut f = Files::default();
        f.insert(COSTS, &format!("{HEADER}{rows}"));
        f
    }

    fn refused(rows: &str) -> String {
        parse(&with(rows)).unwrap_err().to_string()
    }

    const GOOD: &str = "a,federal_aid,7395,USD per award year,2025-26,x,T,Org,https://x,q,high\n";

    #[test]
    fn the_shipped_table_loads_every_row_exactly() {
        let rows = parse(&Files::embedded()).unwrap();
        assert_eq!(rows.len(), 62);
        let pell = crate::domain::costs::row(&rows, "pell_max_2025_26").unwrap();
        assert_eq!(pell.figure, "7395");
        assert_eq!(pell.figure_label(), "$7,395");
        assert_eq!(pell.topic, CostTopic::FederalAid);
        for id in crate::domain::costs::STIPEND_ROWS {
            assert!(crate::domain::costs::row(&rows, id).is_some(), "{id}");
        }
    }

    #[test]
    fn a_good_row_loads() {
        let rows = parse(&with(GOOD)).unwrap();
        assert_eq!(rows[0].figure_label(), "$7,395");
    }

    #[test]
    fn bad_files_are_refused_with_the_row_and_the_reason() {
        let twice = refused(&format!("{GOOD}{GOOD}"));
        assert!(
            twice.contains("row 3 (a)") && twice.contains("used twice"),
            "{twice}"
        );
        let topic = refused("a,pizza,1,USD,2025,x,T,Org,https://x,q,high\n");
        assert!(topic.contains("unknown topic \"pizza\""), "{topic}");
        let source = refused("a,federal_aid,1,USD,2025,x,T,,https://x,q,high\n");
        assert!(source.contains("source_org is empty"), "{source}");
        let url = refused("a,federal_aid,1,USD,2025,x,T,Org,,q,high\n");
        assert!(url.contains("source_url is empty"), "{url}");
        let conf = refused("a,federal_aid,1,USD,2025,x,T,Org,https://x,q,sure\n");
        assert!(conf.contains("unknown confidence"), "{conf}");
        let no_id = refused(",federal_aid,1,USD,2025,x,T,Org,https://x,q,high\n");
        assert!(no_id.contains("no id"), "{no_id}");
        let short = refused("a,federal_aid,1\n");
        assert!(
            short.starts_with("data/reference/costs/costs.csv, row 2"),
            "{short}"
        );
        assert!(refused("").contains("no rows"));
        let mut missing = Files::default();
        missing.insert("other.csv", "x");
        assert!(parse(&missing).unwrap_err().to_string().contains("missing"));
    }
}
