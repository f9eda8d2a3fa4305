//! `medpath doctor`: check the database file, keep a copy, recover what can be read.

use std::path::Path;

use crate::error::{Result, exit};
use crate::store::doctor::{Checkup, TableCount, Verdict, checkup, recover};
use crate::strings::doctor as s;

pub(super) fn run(db: &Path, backup: bool, recover_to: Option<&Path>, json: bool) -> Result<i32> {
    let c = checkup(db, backup && recover_to.is_none())?;
    let code = match c.verdict {
        Verdict::Healthy => exit::OK,
        Verdict::Missing => exit::USAGE,
        Verdict::Newer | Verdict::NotMedpath | Verdict::Damaged => exit::DATABASE,
    };
    if let Some(to) = recover_to {
        if c.verdict == Verdict::Missing {
            super::note(&s::missing(db));
            return Ok(code);
        }
        let copied = recover(db, to)?;
        if json {
            super::out_json(&serde_json::json!({ "recovered_into": to, "tables": copied }))?;
        } else {
            let mut text = format!("{}\n", s::recovered(to));
            text.push_str(&tables(&copied));
            super::out(&text)?;
        }
        return Ok(exit::OK);
    }
    if json {
        super::out_json(&c)?;
    } else {
        super::out(&describe(&c))?;
    }
    Ok(code)
}

/// How many of SQLite's problem lines are shown (`--json` has them all).
const SHOWN: usize = 4;

fn tables(t: &[TableCount]) -> String {
    t.iter()
        .filter(|t| t.table != "meta" && t.table != "result_top")
        .filter(|t| t.table == "students" || t.rows > 0 || !t.complete)
        .map(|t| s::table_line(s::table_label(&t.table), t.rows, t.complete) + "\n")
        .collect()
}

/// The checkup in words.
fn describe(c: &Checkup) -> String {
    let mut out = Vec::new();
    if c.verdict == Verdict::Missing {
        return format!("{}\n", s::missing(&c.database));
    }
    out.push(s::checked(&c.database, c.size_bytes, c.owner_only));
    match c.verdict {
        Verdict::Healthy => out.push(s::healthy(c.schema_version.unwrap_or(0))),
        Verdict::Newer => out.push(s::newer(c.schema_version.unwrap_or(0), c.supported_version)),
        Verdict::NotMedpath => out.push(s::NOT_MEDPATH.to_string()),
        Verdict::Damaged => {
            out.push(s::DAMAGED.to_string());
            // SQLite's own words, one line each; the first few say enough.
            let lines: Vec<&str> = c.problems.iter().flat_map(|p| p.lines()).collect();
            out.extend(lines.iter().take(SHOWN).map(|p| format!("  - {p}")));
            if lines.len() > SHOWN {
                out.push(s::more_problems(lines.len() - SHOWN));
            }
        }
        Verdict::Missing => {}
    }
    if c.verdict == Verdict::Healthy {
        out.extend(c.problems.iter().map(|p| format!("  - {p}")));
    }
    if let Some(kind) = &c.network_fs {
        out.push(s::network(kind));
    }
    if !c.tables.is_empty() && c.verdict != Verdict::NotMedpath {
        if c.verdict == Verdict::Damaged {
            out.push(s::CAN_READ.to_string());
        }
        out.push(tables(&c.tables).trim_end().to_string());
    }
    if let (Some(b), Some(kind)) = (&c.backup, c.backup_kind) {
        out.push(s::backup_made(b, kind));
    }
    if c.verdict == Verdict::Damaged {
        if c.tables.iter().any(|t| t.rows > 0) {
            out.push(s::how_to_recover(&c.database));
        } else {
            out.push(s::NOTHING_READABLE.to_string());
        }
    }
    out.join("\n") + "\n"
}
