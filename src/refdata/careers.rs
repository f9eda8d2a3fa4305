//! Catalog entries: parse, validate, and join the figures from the source tables.

use std::collections::{HashMap, HashSet};

use super::tables::Tables;
use super::{CAREERS_DIR, DataError, Files, is_placeholder, parse_dir, valid_id};
use crate::domain::career::{
    Career, CareerEntry, CareerKind, Dimension, Figures, InterestsFrom, OnetFigures, ResolvedStep,
    Source, TrainingStep, YearRange,
};
use crate::domain::subject::Subject;

/// The most subjects one career may list: beyond that, subjects stop telling careers apart.
pub(super) const MAX_SUBJECTS: usize = 5;
use crate::domain::costs::{CostRow, Pay, STIPEND_ROWS};

pub(super) fn load(
    files: &Files,
    tables: &Tables,
    sources: &HashMap<String, Source>,
    costs: &[CostRow],
    errors: &mut Vec<DataError>,
) -> Vec<Career> {
    let parsed: Vec<(String, String, CareerEntry)> = parse_dir(
        files,
        CAREERS_DIR,
        "career",
        "no catalog files found",
        errors,
    );

    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, label, e) in &parsed {
        if let Some(first) = seen.insert(&e.id, file) {
            errors.push(DataError::new(
                file,
                Some(label.clone()),
                format!("id {:?} is used twice (also in data/{first})", e.id),
            ));
        }
    }
    let ids: HashSet<&str> = parsed.iter().map(|(_, _, e)| e.id.as_str()).collect();

    let mut out = Vec::new();
    for (file, label, entry) in &parsed {
        let before = errors.len();
        let mut err = |m: String| errors.push(DataError::new(file, Some(label.clone()), m));
        check_entry(entry, &ids, &mut err);
        let figures = join(entry, tables, sources, &mut err).map(|mut f| {
            for (n, (step, resolved)) in entry.training.iter().zip(&mut f.training).enumerate() {
                pay_for(n, step, resolved, sources, costs, &mut err);
            }
            f
        });
        if errors.len() == before
            && let Some(figures) = figures
        {
            out.push(Career {
                entry: entry.clone(),
                figures,
            });
        }
    }
    check_one_owner(&out, errors);
    // Catalog order is alphabetical by title, whatever file an entry lives in.
    out.sort_by_cached_key(|c| c.entry.title.to_lowercase());
    out
}

fn check_entry(e: &CareerEntry, ids: &HashSet<&str>, err: &mut impl FnMut(String)) {
    if !valid_id(&e.id) {
        err(format!(
            "id {:?} must be lowercase letters, digits and single hyphens",
            e.id
        ));
    }
    let texts = [
        ("title", &e.title),
        ("summary", &e.summary),
        ("work", &e.work),
        ("day", &e.day),
    ];
    for (name, t) in texts {
        if is_placeholder(t) {
            err(format!("{name} is empty or a placeholder"));
        }
    }
    let lists = [
        ("settings", &e.settings),
        ("credentials", &e.credentials),
        ("courses", &e.courses),
        ("activities", &e.activities),
        ("aliases", &e.aliases),
        ("keywords", &e.keywords),
    ];
    for (name, list) in lists {
        if list.is_empty() && name != "aliases" && name != "keywords" {
            err(format!("{name} needs at least one item"));
        }
        if list.iter().any(|s| is_placeholder(s)) {
            err(format!("{name} has an empty or placeholder item"));
        }
    }
    if e.workplaces.is_empty() {
        err("workplaces needs at least one of hospital, clinic, lab, community, office".into());
    }
    check_subjects(&e.subjects, err);
    if e.training.is_empty() {
        err("training needs at least one step".into());
    }
    for m in &e.myths {
        if is_placeholder(&m.myth) || is_placeholder(&m.fact) {
            err("a myth or its fact is empty or a placeholder".into());
        }
    }
    if e.kind == CareerKind::Physician && e.myths.is_empty() {
        err("physician entries need at least one myth with its fact".into());
    }
    for r in &e.related {
        if r == &e.id {
            err("related lists the entry itself".into());
        } else if !ids.contains(r.as_str()) {
            err(format!("related career {r:?} does not exist"));
        }
    }
    for d in Dimension::ALL {
        match e.workstyle.get(&d) {
            None => err(format!("workstyle is missing {:?}", d.as_str())),
            Some(v) if !(1..=5).contains(v) => err(format!(
                "workstyle {:?} is {v}; ratings go from 1 to 5",
                d.as_str()
            )),
            Some(_) => {}
        }
    }
}

/// What the career works with: one to five subjects, most central first, none twice.
fn check_subjects(subjects: &[Subject], err: &mut impl FnMut(String)) {
    match subjects.len() {
        0 => err(
            "subjects needs at least one item, such as \"heart\" or \"babies-kids\" \
             (the names are in src/domain/subject.rs)"
                .into(),
        ),
        n if n > MAX_SUBJECTS => err(format!(
            "subjects has {n} items; list at most {MAX_SUBJECTS}, the most central first"
        )),
        _ => {}
    }
    let mut seen = HashSet::new();
    for s in subjects {
        if !seen.insert(*s) {
            err(format!("subjects lists {:?} twice", s.as_str()));
        }
    }
}

/// Who pays for a step and the cost rows that give its figures. Residency steps are paid
/// jobs by rule, with the stipend rows of the years they last (year 1 up to year 8 at most).
/// An unmarked step is left unmarked here: a catalog test names every one.
fn pay_for(
    n: usize,
    step: &TrainingStep,
    resolved: &mut ResolvedStep,
    sources: &HashMap<String, Source>,
    costs: &[CostRow],
    err: &mut impl FnMut(String),
) {
    let mut ids: Vec<&str> = step.cost.iter().map(String::as_str).collect();
    resolved.pay = step.pay;
    if step.residency.is_some() {
        if step.pay.is_some_and(|p| p != Pay::Paid) {
            err(format!(
                "training step {} is a residency, which is a paid job; remove its pay mark",
                n + 1
            ));
        }
        resolved.pay = Some(Pay::Paid);
        if ids.is_empty() {
            let last = resolved.years.map_or(1.0, |y| y.max.ceil()).clamp(1.0, 8.0) as usize;
            ids = STIPEND_ROWS[..last].to_vec();
        }
    }
    match (step.pay, &step.pay_source) {
        (Some(Pay::Funded), None) => err(format!(
            "training step {} is marked funded without a pay_source from data/{}",
            n + 1,
            super::SOURCES_DIR
        )),
        (Some(Pay::Funded), Some(id)) => match sources.get(id) {
            Some(src) => resolved.pay_source = Some(src.label()),
            None => err(format!(
                "training step {} cites pay_source {id:?}, which is not in data/{}",
                n + 1,
                super::SOURCES_DIR
            )),
        },
        (_, Some(_)) => err(format!(
            "training step {} has a pay_source but is not marked funded",
            n + 1
        )),
        (_, None) => {}
    }
    for id in ids {
        match costs.iter().find(|r| r.id == id) {
            Some(r) => resolved.costs.push(r.clone()),
            None => err(format!(
                "training step {} names cost row {id:?}, which is not in data/{}",
                n + 1,
                super::costs::COSTS
            )),
        }
    }
}

/// A BLS line is a career's own only when the career has an O*NET code of its own (not borrowed,
/// not one of O*NET's finer codes under a SOC line), the crosswalk maps that code to exactly the
/// same SOC line, and no `bls_line` points the career at another group.
fn own_line(e: &CareerEntry, t: &Tables) -> bool {
    !e.onet_borrowed
        && e.bls_line.is_none()
        && e.onet_code.ends_with(".00")
        && t.bls_same_line.contains(&e.onet_code)
}

/// Two careers cannot both show one BLS line as their own: the line is one of them at most.
fn check_one_owner(careers: &[Career], errors: &mut Vec<DataError>) {
    let mut owner: HashMap<&str, &str> = HashMap::new();
    for c in careers {
        let (Some(b), true) = (&c.figures.bls, c.figures.bls_own) else {
            continue;
        };
        if let Some(first) = owner.insert(&b.soc_code, c.id()) {
            errors.push(DataError::new(
                CAREERS_DIR,
                Some(c.id().to_string()),
                format!(
                    "BLS line {} ({}) would be shown as the own figures of both {first:?} and {:?}; \
                     give the one that is only part of the line a bls_line",
                    b.soc_code,
                    b.title,
                    c.id()
                ),
            ));
        }
    }
}

/// Joins figures by code; reports a code or residency that does not resolve.
fn join(
    e: &CareerEntry,
    t: &Tables,
    sources: &HashMap<String, Source>,
    err: &mut impl FnMut(String),
) -> Option<Figures> {
    let Some(onet) = t.onet.get(&e.onet_code) else {
        err(format!(
            "O*NET code {:?} is not in data/{}",
            e.onet_code,
            super::tables::ONET_OCCUPATIONS
        ));
        return None;
    };
    let mut training = Vec::new();
    let mut total = Some(YearRange::exact(0.0));
    for (n, s) in e.training.iter().enumerate() {
        if is_placeholder(&s.step) {
            err(format!("training step {} has no text", n + 1));
        }
        let step = match (&s.years, &s.residency) {
            (Some(y), None) => {
                let r = y.range();
                if r.min < 0.0 || r.max < r.min || r.max > 15.0 {
                    err(format!("training step {} has impossible years", n + 1));
                }
                let source = match s.source.as_deref() {
                    None => {
                        err(format!(
                            "training step {} gives years without a source; name one from data/{}",
                            n + 1,
                            super::SOURCES_DIR
                        ));
                        None
                    }
                    Some(id) => match sources.get(id) {
                        Some(src) => Some(src.label()),
                        None => {
                            err(format!(
                                "training step {} cites source {id:?}, which is not in data/{}",
                                n + 1,
                                super::SOURCES_DIR
                            ));
                            None
                        }
                    },
                };
                ResolvedStep {
                    step: s.step.clone(),
                    years: Some(r),
                    source_id: source.as_ref().and(s.source.clone()),
                    source,
                    confidence: None,
                    pay: None,
                    pay_source: None,
                    costs: Vec::new(),
                }
            }
            (None, Some(name)) => match t.residency.get(name) {
                Some(r) => ResolvedStep {
                    step: s.step.clone(),
                    years: Some(r.years),
                    source: Some(r.source.clone()),
                    source_id: None,
                    confidence: Some(r.confidence),
                    pay: None,
                    pay_source: None,
                    costs: Vec::new(),
                },
                None => {
                    err(format!(
                        "training step {} names residency {name:?}, which is not in data/{}",
                        n + 1,
                        super::tables::RESIDENCY
                    ));
                    continue;
                }
            },
            (None, None) => ResolvedStep {
                // No sourced length: shown as unknown, never guessed.
                step: s.step.clone(),
                years: None,
                source: None,
                source_id: None,
                confidence: None,
                pay: None,
                pay_source: None,
                costs: Vec::new(),
            },
            (Some(_), Some(_)) => {
                err(format!(
                    "training step {} gives both years and a residency; use one",
                    n + 1
                ));
                continue;
            }
        };
        total = match (total, step.years) {
            (Some(a), Some(b)) => Some(a.plus(b)),
            _ => None,
        };
        training.push(step);
    }
    let bls = match &e.bls_line {
        Some(soc) => {
            let b = t.bls_by_soc.get(soc).cloned();
            if b.is_none() {
                err(format!(
                    "bls_line {soc:?} is not a line in data/{}",
                    super::tables::BLS_PROJECTIONS
                ));
            }
            b
        }
        None => t.bls_by_onet.get(&e.onet_code).cloned(),
    };
    let newer_entry_source = e.newer_entry.as_ref().and_then(|n| {
        if is_placeholder(&n.short) || is_placeholder(&n.says) {
            err("newer_entry needs its short and says text".into());
        }
        let src = sources.get(&n.source).map(|s| s.label());
        if src.is_none() {
            err(format!(
                "newer_entry cites source {:?}, which is not in data/{}",
                n.source,
                super::SOURCES_DIR
            ));
        }
        src
    });
    let interests_from = match (&onet.interests, &e.interests_from) {
        (Some(_), None) => None,
        (Some(_), Some(_)) => {
            err(format!(
                "O*NET code {:?} has an interest profile of its own; remove interests_from",
                e.onet_code
            ));
            None
        }
        (None, None) => {
            err(format!(
                "O*NET code {:?} has no interest profile; name the nearest occupation that has \
                 one in interests_from",
                e.onet_code
            ));
            None
        }
        (None, Some(code)) => match t.onet.get(code) {
            Some(OnetFigures {
                interests: Some(i),
                title,
                ..
            }) => Some(InterestsFrom {
                code: code.clone(),
                title: title.clone(),
                interests: *i,
            }),
            Some(_) => {
                err(format!(
                    "interests_from {code:?} has no interest profile either; name one that has"
                ));
                None
            }
            None => {
                err(format!(
                    "interests_from {code:?} is not in data/{}",
                    super::tables::ONET_OCCUPATIONS
                ));
                None
            }
        },
    };
    Some(Figures {
        interests_from,
        onet: onet.clone(),
        newer_entry_source,
        borrowed: e.onet_borrowed,
        bls_own: bls.is_some() && own_line(e, t),
        bls,
        training,
        total_years: total,
    })
}
