//! `medpath careers list|show|search`.

use serde::Serialize;

use super::{CareersCommand, out, out_json};
use crate::domain::career::{Career, CareerSummary};
use crate::domain::describe::{career_sections, plain_text};
use crate::domain::search::Searcher;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::{career as c, cli as s};

#[derive(Serialize)]
struct List<'a> {
    count: usize,
    careers: Vec<&'a CareerSummary>,
}

#[derive(Serialize)]
struct SearchResult<'a> {
    query: &'a str,
    count: usize,
    careers: Vec<&'a CareerSummary>,
}

#[derive(Serialize)]
struct Show<'a> {
    #[serde(flatten)]
    career: &'a Career,
    attribution: &'static [&'static str],
}

fn table(items: &[&CareerSummary]) -> String {
    let id_w = items.iter().map(|c| c.id.len()).max().unwrap_or(2).max(2);
    let title_w = items
        .iter()
        .map(|c| c.title.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut t = format!(
        "{:id_w$}  {:title_w$}  {:>7}  {}\n",
        c::COL_ID,
        c::COL_TITLE,
        c::COL_YEARS,
        c::COL_WAGE
    );
    for i in items {
        let years = i
            .total_years
            .map_or_else(|| c::UNKNOWN.to_string(), |y| y.label());
        let wage = i
            .median_wage_2024
            .map_or_else(|| c::UNKNOWN.to_string(), |w| w.label());
        t.push_str(&format!(
            "{:id_w$}  {:title_w$}  {years:>7}  {wage}\n",
            i.id,
            i.title,
            title_w = title_w
        ));
    }
    t.push_str(c::TABLE_FOOTNOTE);
    t.push('\n');
    t
}

pub(super) fn run(store: &Store, cmd: &CareersCommand) -> Result<i32> {
    match cmd {
        CareersCommand::List { json } => {
            let all = store.careers()?;
            let refs: Vec<&CareerSummary> = all.iter().collect();
            if *json {
                out_json(&List {
                    count: refs.len(),
                    careers: refs,
                })?;
            } else {
                out(&table(&refs))?;
            }
        }
        CareersCommand::Search { query, json } => {
            let all = store.careers()?;
            let hits: Vec<&CareerSummary> = Searcher::default()
                .search(&all, query)
                .into_iter()
                .map(|i| &all[i])
                .collect();
            if *json {
                out_json(&SearchResult {
                    query,
                    count: hits.len(),
                    careers: hits,
                })?;
            } else if hits.is_empty() {
                eprintln!("{}", s::no_search_results(query));
            } else {
                out(&table(&hits))?;
            }
        }
        CareersCommand::Show { id, json } => {
            let career = store
                .career(id)?
                .ok_or_else(|| Error::Usage(s::no_such_career(id)))?;
            if *json {
                out_json(&Show {
                    career: &career,
                    attribution: c::ATTRIBUTION,
                })?;
            } else {
                let all = store.careers()?;
                let title_of = |id: &str| all.iter().find(|c| c.id == id).map(|c| c.title.clone());
                let sections = career_sections(&career, &title_of);
                out(&plain_text(
                    &career.entry.title,
                    &c::subtitle(career.entry.kind, career.entry.field),
                    &sections,
                    78,
                ))?;
            }
        }
    }
    Ok(exit::OK)
}
