//! `medpath paths`: where things live.

use serde::Serialize;

use super::{Cli, out, out_json};
use crate::error::{Result, exit};
use crate::strings::cli as s;

#[derive(Serialize)]
struct Paths {
    database: String,
    database_source: &'static str,
    database_exists: bool,
    default_data_dir: Option<String>,
}

pub(super) fn run(cli: &Cli, json: bool) -> Result<i32> {
    let db = cli.db_choice()?;
    let p = Paths {
        database: db.path.display().to_string(),
        database_source: db.source,
        database_exists: db.path.exists(),
        default_data_dir: crate::store::default_paths().map(|d| d.data_dir.display().to_string()),
    };
    if json {
        out_json(&p)?;
    } else {
        out(&s::paths_text(
            &p.database,
            p.database_source,
            p.database_exists,
            p.default_data_dir.as_deref(),
        ))?;
    }
    Ok(exit::OK)
}
