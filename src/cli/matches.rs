//! `medpath matches`: a student's ranked matches with scores and reasons. Also prints the
//! matches after `assess`.

use std::collections::HashMap;

use serde::Serialize;

use super::{out, out_json};
use crate::domain::assessment::{Flag, Taken};
use crate::domain::career::{CareerKind, CareerSummary};
use crate::domain::clock::{Timestamp, date_string};
use crate::domain::matching::{Band, Driver, InterestGap, LimitNote, Match, Matcher};
use crate::domain::student::Student;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::{commands as s, results as r};

#[derive(Serialize)]
pub(super) struct ReasonOut<'a> {
    item_id: &'a str,
    liked: bool,
    #[serde(flatten)]
    driver: Driver,
    /// The reason as a sentence.
    text: String,
}

#[derive(Serialize)]
pub(super) struct MatchOut<'a> {
    rank: usize,
    id: &'a str,
    title: &'a str,
    kind: CareerKind,
    fit: u8,
    band: Band,
    interest_fit: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_gap: Option<InterestGap>,
    workstyle_fit: Option<u8>,
    /// None when the student picked no subject.
    subject_fit: Option<u8>,
    hidden: bool,
    reasons: Vec<ReasonOut<'a>>,
    /// The student's limits the career's road goes past, each with its sentence.
    limits: Vec<LimitOut>,
}

#[derive(Serialize)]
struct LimitOut {
    #[serde(flatten)]
    limit: LimitNote,
    text: String,
}

#[derive(Serialize)]
struct MatchesOut<'a> {
    student: &'a str,
    taken_at: Timestamp,
    date: String,
    flags: &'a [Flag],
    note: &'static str,
    count: usize,
    hidden: usize,
    matches: Vec<MatchOut<'a>>,
}

/// The latest result of a student, ranked against the catalog.
pub(super) struct Ranked {
    pub taken: Taken,
    pub matches: Vec<Match>,
    pub careers: Vec<CareerSummary>,
}

pub(super) fn rank_latest(store: &Store, st: &Student) -> Result<Ranked> {
    let taken = store
        .results(st.id, 1)?
        .pop()
        .ok_or_else(|| Error::Usage(s::no_result(&st.name)))?;
    let items = store.items()?;
    let careers = store.careers()?;
    let matches = Matcher::new(&items, &taken.answers, &taken.scored.profile).rank(&careers);
    Ok(Ranked {
        taken,
        matches,
        careers,
    })
}

/// The rows to print: ranks count every career shown, hidden ones included only with `all`.
pub(super) fn rows<'a>(
    ranked: &'a Ranked,
    hidden: &std::collections::HashSet<String>,
    all: bool,
    limit: usize,
) -> Vec<MatchOut<'a>> {
    let by_id: HashMap<&str, &CareerSummary> =
        ranked.careers.iter().map(|c| (c.id.as_str(), c)).collect();
    ranked
        .matches
        .iter()
        .filter(|m| all || !hidden.contains(&m.career_id))
        .take(limit)
        .enumerate()
        .filter_map(|(i, m)| {
            let c = by_id.get(m.career_id.as_str())?;
            Some(MatchOut {
                rank: i + 1,
                id: &c.id,
                title: &c.title,
                kind: c.kind,
                fit: m.fit,
                band: m.band,
                interest_fit: m.interest_fit,
                interest_gap: m.interest_gap,
                workstyle_fit: m.workstyle_fit,
                subject_fit: m.subject_fit,
                hidden: hidden.contains(&m.career_id),
                limits: m
                    .limits
                    .iter()
                    .map(|l| LimitOut {
                        limit: *l,
                        text: r::limit_note(l),
                    })
                    .collect(),
                reasons: m
                    .reasons
                    .iter()
                    .map(|x| ReasonOut {
                        item_id: &x.item_id,
                        liked: x.liked,
                        driver: x.driver,
                        text: r::reason(x),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The rows as text, each with its reasons underneath.
pub(super) fn rows_text(rows: &[MatchOut]) -> String {
    let mut t = String::new();
    for m in rows {
        let parts = r::parts_line(
            m.interest_fit,
            m.interest_gap,
            m.workstyle_fit,
            m.subject_fit,
        );
        let title = if m.hidden {
            format!("{} [{}]", m.title, r::HIDDEN_MARK)
        } else {
            m.title.to_string()
        };
        t.push_str(&s::match_row(
            m.rank,
            &title,
            &r::band_score(m.band, m.fit),
            &parts,
        ));
        t.push('\n');
        for x in &m.reasons {
            t.push_str(&format!("       - {}\n", x.text));
        }
        for l in &m.limits {
            t.push_str(&format!("       ! {}\n", l.text));
        }
    }
    t
}

pub(super) fn run(store: &Store, st: &Student, limit: usize, all: bool, json: bool) -> Result<i32> {
    if limit == 0 {
        return Err(Error::Usage(s::ZERO_LIMIT.into()));
    }
    let ranked = rank_latest(store, st)?;
    let hidden = store.hidden_matches(st.id)?;
    let rows = rows(&ranked, &hidden, all, limit);
    let hidden_n = ranked
        .matches
        .iter()
        .filter(|m| hidden.contains(&m.career_id))
        .count();
    let date = date_string(ranked.taken.finished_at);
    if json {
        out_json(&MatchesOut {
            student: &st.name,
            taken_at: ranked.taken.finished_at,
            date,
            flags: &ranked.taken.scored.quality.flags,
            note: r::NOT_A_VERDICT,
            count: rows.len(),
            hidden: hidden_n,
            matches: rows,
        })?;
        return Ok(exit::OK);
    }
    let mut t = s::matches_header(&st.name, &date);
    t.push('\n');
    t.push_str(r::NOT_A_VERDICT);
    t.push('\n');
    for f in &ranked.taken.scored.quality.flags {
        t.push_str(&format!("Note: {}\n", r::flag_note(*f)));
    }
    t.push('\n');
    t.push_str(&rows_text(&rows));
    if hidden_n > 0 && !all {
        t.push_str(&format!("\n{}\n", s::hidden_count(hidden_n)));
    }
    out(&t)?;
    Ok(exit::OK)
}
