//! `medpath careers list|show|search`.

use serde::Serialize;

use super::{CareersCommand, out, out_json};
use crate::domain::career::{Career, CareerSummary, Field, Source, Workplace};
use crate::domain::costs::CostRow;
use crate::domain::explore::{Filters, SortBy, filtered};
use crate::domain::search::Searcher;
use crate::error::{Error, Result, exit};
use crate::output::describe::{Block, Section, career_sections, plain_text};
use crate::store::Store;
use crate::strings::{career as c, cli as s};

#[derive(Serialize)]
struct List<'a> {
    count: usize,
    sort: SortBy,
    careers: Vec<&'a CareerSummary>,
    attribution: &'static [&'static str],
}

#[derive(Serialize)]
struct SearchResult<'a> {
    query: &'a str,
    count: usize,
    /// True when no career fits the query well: `careers` are only the closest.
    weak: bool,
    /// The honest line when `weak` ("medpath has no career about …"), else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    careers: Vec<&'a CareerSummary>,
}

#[derive(Serialize)]
struct Show<'a> {
    #[serde(flatten)]
    career: &'a Career,
    /// The named sources the training steps cite (by `source_id`), in full.
    sources: Vec<Source>,
    attribution: &'static [&'static str],
}

/// One section of the Paying page for `--json`: its heading and its text, each block with
/// its kind (`paragraph`, `bullet` for a figure or a point, `note` for small print).
#[derive(Serialize)]
struct PayingSection<'a> {
    heading: &'a str,
    blocks: Vec<PayingBlock<'a>>,
}

#[derive(Serialize)]
struct PayingBlock<'a> {
    kind: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct Paying<'a> {
    title: &'static str,
    sections: Vec<PayingSection<'a>>,
    /// Every costs-table row the page shows, exactly as the table gives it.
    figures: &'a [CostRow],
    /// Rows left off the page, with why.
    held_back: Vec<HeldBack>,
}

#[derive(Serialize)]
struct HeldBack {
    id: &'static str,
    reason: &'static str,
}

fn paying_json<'a>(sections: &'a [Section], figures: &'a [CostRow]) -> Paying<'a> {
    let sections = sections
        .iter()
        .map(|sec| PayingSection {
            heading: sec.heading,
            blocks: sec
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(t) => Some(PayingBlock {
                        kind: "paragraph",
                        text: t,
                    }),
                    Block::Bullet(t) => Some(PayingBlock {
                        kind: "bullet",
                        text: t,
                    }),
                    Block::Note(t) => Some(PayingBlock {
                        kind: "note",
                        text: t,
                    }),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    Paying {
        title: crate::strings::paying::TITLE,
        sections,
        figures,
        held_back: crate::domain::costs::HELD_BACK
            .iter()
            .map(|id| HeldBack {
                id,
                reason: crate::strings::paying::HELD_BACK_REASON,
            })
            .collect(),
    }
}

/// Reads a kebab-case name into one of the domain's enums ("health-career").
fn parse_choice<T: serde::de::DeserializeOwned>(
    flag: &str,
    value: &str,
    allowed: &str,
) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(value.trim().to_lowercase()))
        .map_err(|_| Error::Usage(s::bad_choice(flag, value, allowed)))
}

/// The filters and order from `careers list`'s flags.
fn list_filters(cmd: &CareersCommand) -> Result<(Filters, SortBy)> {
    let CareersCommand::List {
        kind,
        field,
        under_years,
        contact,
        workplace,
        sort,
        ..
    } = cmd
    else {
        return Ok((Filters::default(), SortBy::Name));
    };
    let names = |v: &[&str]| v.join(", ");
    let filters = Filters {
        kind: kind
            .as_deref()
            .map(|k| parse_choice("--kind", k, "physician, health-career"))
            .transpose()?,
        field: field
            .as_deref()
            .map(|f| {
                Field::parse(f.trim()).ok_or_else(|| {
                    let all: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                    Error::Usage(s::bad_choice("--field", f, &names(&all)))
                })
            })
            .transpose()?,
        under_years: match under_years {
            Some(0) => return Err(Error::Usage(s::ZERO_YEARS.to_string())),
            y => *y,
        },
        contact: contact
            .as_deref()
            .map(|c| parse_choice("--contact", c, "none, some, lots"))
            .transpose()?,
        workplace: workplace
            .as_deref()
            .map(|w| {
                parse_choice::<Workplace>(
                    "--workplace",
                    w,
                    "hospital, clinic, lab, community, office",
                )
            })
            .transpose()?,
    };
    let sort = SortBy::parse(sort.trim()).ok_or_else(|| {
        Error::Usage(s::bad_choice(
            "--sort",
            sort,
            "name, training, pay, outlook",
        ))
    })?;
    if sort == SortBy::Fit {
        return Err(Error::Usage(s::SORT_FIT_NEEDS_STUDENT.into()));
    }
    Ok((filters, sort))
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
        let years = i.total_years.map_or_else(
            || c::UNKNOWN.to_string(),
            |y| {
                if y.max < 1.0 {
                    c::span_short(y)
                } else {
                    y.label()
                }
            },
        );
        let wage = match i.median_wage_2024 {
            None => c::UNKNOWN.to_string(),
            Some(w) if i.pay_of_group => c::group_figure(&w.label()),
            Some(w) => w.label(),
        };
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
        CareersCommand::List { json, .. } => {
            let (filters, sort) = list_filters(cmd)?;
            let all = store.careers()?;
            let refs: Vec<&CareerSummary> = filtered(&all, &filters, sort)
                .into_iter()
                .map(|i| &all[i])
                .collect();
            if *json {
                out_json(&List {
                    count: refs.len(),
                    sort,
                    careers: refs,
                    attribution: c::ATTRIBUTION,
                })?;
            } else if refs.is_empty() {
                super::note(s::NO_FILTER_RESULTS);
            } else {
                out(&table(&refs))?;
            }
        }
        CareersCommand::Search { query, json } => {
            let all = store.careers()?;
            let found = Searcher::default().find(&all, query);
            let hits: Vec<&CareerSummary> = found.hits.iter().map(|&i| &all[i]).collect();
            // When nothing fits well, say so plainly, naming the closest careers.
            let note = found.weak.then(|| {
                let closest: Vec<&str> = hits.iter().map(|c| c.title.as_str()).collect();
                crate::strings::search::not_in_catalog(query, &closest)
            });
            if *json {
                out_json(&SearchResult {
                    query,
                    count: hits.len(),
                    weak: found.weak,
                    note,
                    careers: hits,
                })?;
            } else {
                if let Some(line) = &note {
                    super::note(line);
                } else if hits.is_empty() {
                    super::note(&s::no_search_results(query));
                }
                if !hits.is_empty() {
                    out(&table(&hits))?;
                }
            }
        }
        CareersCommand::Show { id, json } => {
            let career = store
                .career(id)?
                .ok_or_else(|| Error::Usage(s::no_such_career(id)))?;
            if *json {
                let cited: Vec<&str> = career
                    .figures
                    .training
                    .iter()
                    .filter_map(|st| st.source_id.as_deref())
                    .collect();
                let sources = store
                    .sources()?
                    .into_iter()
                    .filter(|src| cited.contains(&src.id.as_str()))
                    .collect();
                out_json(&Show {
                    career: &career,
                    sources,
                    attribution: c::ATTRIBUTION,
                })?;
            } else {
                let all = store.careers()?;
                let title_of = |id: &str| all.iter().find(|c| c.id == id).map(|c| c.title.clone());
                let mut sections = career_sections(&career, &title_of);
                // "press $" is for the full-screen program; here the page is a command.
                for sec in &mut sections {
                    for b in &mut sec.blocks {
                        if matches!(b, Block::Paragraph(p) if p == crate::strings::paying::ROAD_HINT)
                        {
                            *b = Block::Paragraph(crate::strings::paying::ROAD_HINT_CLI.into());
                        }
                    }
                }
                out(&plain_text(
                    &career.entry.title,
                    &c::subtitle(career.entry.kind, career.entry.field),
                    &sections,
                    78,
                ))?;
            }
        }
        CareersCommand::Paying { json } => {
            let rows = store.costs()?;
            let page = crate::output::paying::page(&rows);
            if *json {
                out_json(&paying_json(&page.sections, &page.shown))?;
            } else {
                out(&plain_text(
                    crate::strings::paying::TITLE,
                    crate::strings::paying::CLI_SUBTITLE,
                    &page.sections,
                    78,
                ))?;
            }
        }
    }
    Ok(exit::OK)
}
