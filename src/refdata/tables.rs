//! The source tables copied from `../shared/reference/` into `data/reference/`: O*NET 29.3,
//! BLS Employment Projections 2024-34, and residency lengths. Parsed into lookups by code.

use std::collections::HashMap;

use serde::Deserialize;

use super::{DataError, Files};
use crate::domain::career::{BlsFigures, Confidence, OnetFigures, Wage, YearRange};

pub const ONET_OCCUPATIONS: &str = "reference/onet/occupations.csv";
pub const ONET_EDUCATION: &str = "reference/onet/education_required_level.csv";
pub const ONET_JOB_ZONES: &str = "reference/onet/job_zone_reference.csv";
pub const BLS_PROJECTIONS: &str = "reference/bls/ep_2024_34_health_occupations.csv";
pub const BLS_CROSSWALK: &str = "reference/bls/onet_to_bls_ep_crosswalk.csv";
pub const RESIDENCY: &str = "reference/residency/residency_lengths.csv";

#[derive(Deserialize)]
struct OccupationRow {
    code: String,
    title: String,
    job_zone: String,
    #[serde(rename = "R")]
    r: String,
    #[serde(rename = "I")]
    i: String,
    #[serde(rename = "A")]
    a: String,
    #[serde(rename = "S")]
    s: String,
    #[serde(rename = "E")]
    e: String,
    #[serde(rename = "C")]
    c: String,
    high_point_code: String,
}

#[derive(Deserialize)]
struct EducationRow {
    code: String,
    modal_rl_label: String,
    modal_rl_pct: String,
}

#[derive(Deserialize)]
struct JobZoneRow {
    job_zone: u8,
    name: String,
}

#[derive(Deserialize)]
struct CrosswalkRow {
    onet_soc_code: String,
    bls_ep_soc_code: String,
    match_note: String,
}

#[derive(Deserialize)]
struct ProjectionRow {
    soc_code: String,
    title: String,
    employment_2024_thousands: String,
    employment_change_2024_34_percent: String,
    openings_annual_avg_2024_34_thousands: String,
    median_annual_wage_2024_usd: String,
    typical_entry_education: String,
}

#[derive(Deserialize)]
struct ResidencyRow {
    specialty: String,
    total_years_after_md: String,
    confidence: String,
    source_org: String,
    source_url: String,
}

/// A residency length with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Residency {
    pub years: YearRange,
    pub confidence: Confidence,
    pub source: String,
}

/// All source tables, indexed.
#[derive(Debug, Default)]
pub struct Tables {
    pub onet: HashMap<String, OnetFigures>,
    pub bls_by_onet: HashMap<String, BlsFigures>,
    /// Every BLS line, by its SOC code: for a career whose group is not the crosswalk's.
    pub bls_by_soc: HashMap<String, BlsFigures>,
    /// O*NET codes the crosswalk maps to a BLS line of exactly the same detailed SOC code (not
    /// projected only inside a broader line).
    pub bls_same_line: std::collections::HashSet<String>,
    pub residency: HashMap<String, Residency>,
}

fn read<T: for<'de> Deserialize<'de>>(files: &Files, name: &str) -> Result<Vec<T>, DataError> {
    let text = files
        .get(name)
        .ok_or_else(|| DataError::new(name, None, "the file is missing"))?;
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (n, row) in rdr.deserialize::<T>().enumerate() {
        let row =
            row.map_err(|e| DataError::new(name, Some(format!("row {}", n + 2)), e.to_string()))?;
        rows.push(row);
    }
    Ok(rows)
}

/// "—" or "" mean "no value" in the BLS table.
fn opt_f32(s: &str) -> Option<f32> {
    s.trim().parse().ok()
}

fn parse_wage(s: &str) -> Option<Wage> {
    let t = s.trim();
    if let Some(rest) = t.strip_prefix(">=$") {
        return rest.replace(',', "").parse().ok().map(Wage::AtLeast);
    }
    t.replace(',', "").parse().ok().map(Wage::Exact)
}

/// "3" or "3 or 4".
pub fn parse_residency_years(s: &str) -> Option<YearRange> {
    let parts: Vec<f32> = s
        .split(" or ")
        .map(|p| p.trim().parse::<f32>())
        .collect::<Result<_, _>>()
        .ok()?;
    let min = parts.iter().copied().reduce(f32::min)?;
    let max = parts.iter().copied().reduce(f32::max)?;
    Some(YearRange { min, max })
}

impl Tables {
    pub fn parse(files: &Files) -> Result<Tables, DataError> {
        let zones: HashMap<u8, String> = read::<JobZoneRow>(files, ONET_JOB_ZONES)?
            .into_iter()
            .map(|r| (r.job_zone, r.name))
            .collect();
        let education: HashMap<String, (String, Option<f32>)> =
            read::<EducationRow>(files, ONET_EDUCATION)?
                .into_iter()
                .map(|r| (r.code, (r.modal_rl_label, opt_f32(&r.modal_rl_pct))))
                .collect();
        let mut onet = HashMap::new();
        for r in read::<OccupationRow>(files, ONET_OCCUPATIONS)? {
            let scores: Vec<Option<f32>> = [&r.r, &r.i, &r.a, &r.s, &r.e, &r.c]
                .iter()
                .map(|v| opt_f32(v))
                .collect();
            let interests = if scores.iter().all(Option::is_some) {
                let mut a = [0f32; 6];
                for (slot, v) in a.iter_mut().zip(scores) {
                    *slot = v.unwrap_or_default();
                }
                Some(a)
            } else {
                None
            };
            let job_zone: Option<u8> = r.job_zone.trim().parse().ok();
            let (edu, pct) = match education.get(&r.code) {
                Some((l, p)) => (Some(l.clone()), *p),
                None => (None, None),
            };
            onet.insert(
                r.code.clone(),
                OnetFigures {
                    code: r.code,
                    title: r.title,
                    interests,
                    high_point: r.high_point_code,
                    job_zone,
                    job_zone_name: job_zone.and_then(|z| zones.get(&z).cloned()),
                    education: edu,
                    education_pct: pct,
                },
            );
        }
        let projections: HashMap<String, ProjectionRow> =
            read::<ProjectionRow>(files, BLS_PROJECTIONS)?
                .into_iter()
                .map(|r| (r.soc_code.clone(), r))
                .collect();
        let bls_by_soc: HashMap<String, BlsFigures> = projections
            .values()
            .map(|p| (p.soc_code.clone(), bls_figures(p)))
            .collect();
        let mut bls_by_onet = HashMap::new();
        let mut bls_same_line = std::collections::HashSet::new();
        for (n, x) in read::<CrosswalkRow>(files, BLS_CROSSWALK)?
            .into_iter()
            .enumerate()
        {
            let b = bls_by_soc.get(&x.bls_ep_soc_code).ok_or_else(|| {
                DataError::new(
                    BLS_CROSSWALK,
                    Some(format!("row {}", n + 2)),
                    format!("BLS code {} is not in {BLS_PROJECTIONS}", x.bls_ep_soc_code),
                )
            })?;
            if x.match_note.trim() == "same SOC detailed code" {
                bls_same_line.insert(x.onet_soc_code.clone());
            }
            bls_by_onet.insert(x.onet_soc_code, b.clone());
        }
        let mut residency = HashMap::new();
        for (n, r) in read::<ResidencyRow>(files, RESIDENCY)?
            .into_iter()
            .enumerate()
        {
            let entry = Some(format!("row {} ({})", n + 2, r.specialty));
            let years = parse_residency_years(&r.total_years_after_md).ok_or_else(|| {
                DataError::new(
                    RESIDENCY,
                    entry.clone(),
                    format!("cannot read years {:?}", r.total_years_after_md),
                )
            })?;
            let confidence = match r.confidence.trim() {
                "high" => Confidence::High,
                "medium" => Confidence::Medium,
                "low" => Confidence::Low,
                other => {
                    return Err(DataError::new(
                        RESIDENCY,
                        entry,
                        format!("unknown confidence {other:?}"),
                    ));
                }
            };
            let url = r
                .source_url
                .split(" ; ")
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            residency.insert(
                r.specialty.clone(),
                Residency {
                    years,
                    confidence,
                    source: format!("{} ({url})", r.source_org),
                },
            );
        }
        Ok(Tables {
            onet,
            bls_by_onet,
            bls_by_soc,
            bls_same_line,
            residency,
        })
    }
}

fn bls_figures(p: &ProjectionRow) -> BlsFigures {
    let edu = p.typical_entry_education.trim();
    BlsFigures {
        soc_code: p.soc_code.clone(),
        title: p.title.clone(),
        employment_2024_thousands: opt_f32(&p.employment_2024_thousands),
        growth_2024_34_pct: opt_f32(&p.employment_change_2024_34_percent),
        openings_per_year_thousands: opt_f32(&p.openings_annual_avg_2024_34_thousands),
        median_wage_2024: parse_wage(&p.median_annual_wage_2024_usd),
        entry_education: (!edu.is_empty() && edu != "—").then(|| edu.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residency_years_parse() {
        assert_eq!(parse_residency_years("3"), Some(YearRange::exact(3.0)));
        assert_eq!(
            parse_residency_years("3 or 4"),
            Some(YearRange { min: 3.0, max: 4.0 })
        );
        assert_eq!(parse_residency_years("soon"), None);
        assert_eq!(parse_residency_years(""), None);
    }

    #[test]
    fn wages_parse_with_top_code() {
        assert_eq!(parse_wage("117960"), Some(Wage::Exact(117_960)));
        assert_eq!(parse_wage(">=$239,200"), Some(Wage::AtLeast(239_200)));
        assert_eq!(parse_wage("—"), None);
    }

    #[test]
    fn shipped_tables_parse_and_match_sources() {
        let t = Tables::parse(&Files::embedded()).unwrap();
        assert_eq!(t.onet.len(), 132);
        let fm = &t.onet["29-1215.00"];
        assert_eq!(fm.title, "Family Medicine Physicians");
        assert!(fm.interests.is_some());
        // "All Other" codes have no interest profile in O*NET: kept as unknown.
        assert_eq!(t.onet["29-1229.00"].interests, None);
        let mgr = &t.bls_by_onet["11-9111.00"];
        assert_eq!(mgr.median_wage_2024, Some(Wage::Exact(117_960)));
        assert_eq!(mgr.growth_2024_34_pct, Some(23.2));
        assert_eq!(t.residency["Emergency medicine"].years.label(), "3-4");
        assert_eq!(t.residency.len(), 27);
    }
}
