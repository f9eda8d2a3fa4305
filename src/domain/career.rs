//! A career in the catalog: what we wrote about it ([`CareerEntry`], authored in `data/careers/`)
//! and the figures joined to it from the reference tables ([`Figures`]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Physician specialties, or every other health career.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CareerKind {
    Physician,
    HealthCareer,
}

impl CareerKind {
    pub const ALL: [CareerKind; 2] = [CareerKind::Physician, CareerKind::HealthCareer];

    pub fn as_str(self) -> &'static str {
        match self {
            CareerKind::Physician => "physician",
            CareerKind::HealthCareer => "health-career",
        }
    }
}

/// The part of medicine a career belongs to. Used for browsing, filters and (later) for
/// tailoring interview questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    PrimaryCare,
    Surgical,
    Emergency,
    Diagnostic,
    MindBrain,
    Children,
    WomensHealth,
    MedicalSpecialty,
    Nursing,
    AlliedHealth,
    DentalVisionPharmacy,
    Research,
    PublicHealthAdmin,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::PrimaryCare,
        Field::Surgical,
        Field::Emergency,
        Field::Diagnostic,
        Field::MindBrain,
        Field::Children,
        Field::WomensHealth,
        Field::MedicalSpecialty,
        Field::Nursing,
        Field::AlliedHealth,
        Field::DentalVisionPharmacy,
        Field::Research,
        Field::PublicHealthAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::PrimaryCare => "primary-care",
            Field::Surgical => "surgical",
            Field::Emergency => "emergency",
            Field::Diagnostic => "diagnostic",
            Field::MindBrain => "mind-brain",
            Field::Children => "children",
            Field::WomensHealth => "womens-health",
            Field::MedicalSpecialty => "medical-specialty",
            Field::Nursing => "nursing",
            Field::AlliedHealth => "allied-health",
            Field::DentalVisionPharmacy => "dental-vision-pharmacy",
            Field::Research => "research",
            Field::PublicHealthAdmin => "public-health-admin",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// Who the patients are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeGroup {
    Babies,
    Children,
    Teens,
    Adults,
    OlderAdults,
}

/// How much of the working day is spent with patients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Contact {
    None,
    Some,
    Lots,
}

/// The kinds of workplace a career's filter offers; an entry lists every one that applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Workplace {
    /// Hospitals, emergency departments, operating rooms.
    Hospital,
    /// Doctors' offices, clinics, pharmacies, practices.
    Clinic,
    /// Laboratories and research centers.
    Lab,
    /// Out in the community: homes, schools, ambulances, public health agencies.
    Community,
    /// Desk work in an office, often at a computer.
    Office,
}

impl Workplace {
    pub const ALL: [Workplace; 5] = [
        Workplace::Hospital,
        Workplace::Clinic,
        Workplace::Lab,
        Workplace::Community,
        Workplace::Office,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patients {
    /// Age groups seen; empty when the work has no patients.
    #[serde(default)]
    pub ages: Vec<AgeGroup>,
    pub contact: Contact,
}

/// The work-style dimensions that separate careers which O*NET's interest profiles cannot.
/// Each catalog entry rates each one from 1 (very little) to 5 (a great deal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    PatientContact,
    Continuity,
    Emergencies,
    HandsOn,
    Children,
    Breadth,
    Technology,
    PredictableHours,
    ShortTraining,
    Research,
    MindBehavior,
    Communities,
}

impl Dimension {
    pub const ALL: [Dimension; 12] = [
        Dimension::PatientContact,
        Dimension::Continuity,
        Dimension::Emergencies,
        Dimension::HandsOn,
        Dimension::Children,
        Dimension::Breadth,
        Dimension::Technology,
        Dimension::PredictableHours,
        Dimension::ShortTraining,
        Dimension::Research,
        Dimension::MindBehavior,
        Dimension::Communities,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::PatientContact => "patient-contact",
            Dimension::Continuity => "continuity",
            Dimension::Emergencies => "emergencies",
            Dimension::HandsOn => "hands-on",
            Dimension::Children => "children",
            Dimension::Breadth => "breadth",
            Dimension::Technology => "technology",
            Dimension::PredictableHours => "predictable-hours",
            Dimension::ShortTraining => "short-training",
            Dimension::Research => "research",
            Dimension::MindBehavior => "mind-behavior",
            Dimension::Communities => "communities",
        }
    }
}

/// A span of years, such as "3 or 4" (min 3, max 4) or exactly 4 (min = max = 4).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct YearRange {
    pub min: f32,
    pub max: f32,
}

impl YearRange {
    pub fn exact(y: f32) -> Self {
        YearRange { min: y, max: y }
    }

    pub fn plus(self, other: YearRange) -> YearRange {
        YearRange {
            min: self.min + other.min,
            max: self.max + other.max,
        }
    }

    /// "4", "3-4", "0.5" ...
    pub fn label(self) -> String {
        fn num(v: f32) -> String {
            if (v - v.round()).abs() < 0.01 {
                format!("{}", v.round() as i64)
            } else {
                format!("{v:.1}")
            }
        }
        if (self.max - self.min).abs() < 0.01 {
            num(self.min)
        } else {
            format!("{}-{}", num(self.min), num(self.max))
        }
    }
}

/// Years as written in a data file: `years = 4` or `years = [2, 4]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum YearsSpec {
    Exact(f32),
    Range([f32; 2]),
}

impl YearsSpec {
    pub fn range(self) -> YearRange {
        match self {
            YearsSpec::Exact(y) => YearRange::exact(y),
            YearsSpec::Range([a, b]) => YearRange { min: a, max: b },
        }
    }
}

/// One step of the training road, as authored. Either `years` with the `source` that states
/// them, or `residency` naming a row of the residency table (whose years and confidence are
/// joined in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingStep {
    pub step: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<YearsSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residency: Option<String>,
    /// Who pays for the step. Residency steps are paid jobs by rule and need none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<super::costs::Pay>,
    /// Only with `pay = "funded"`: the id in `data/sources/` that says the program pays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_source: Option<String>,
    /// Ids of `data/reference/costs/costs.csv` rows that give a figure for this step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Myth {
    pub myth: String,
    pub fact: String,
}

/// What we wrote about a career, exactly as authored in `data/careers/*.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareerEntry {
    /// Stable id, lowercase words joined by hyphens (`family-physician`).
    pub id: String,
    pub title: String,
    pub kind: CareerKind,
    pub field: Field,
    /// Other names people search for ("heart doctor").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Everyday words a student might type to find this career ("kids", "heart", "lab").
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The O*NET-SOC code whose figures this entry shows.
    pub onet_code: String,
    /// True when O*NET has no code of its own for this career and `onet_code` is the nearest
    /// one, borrowed; the program then says "borrowed from ...".
    #[serde(default)]
    pub onet_borrowed: bool,
    /// Only when `onet_code` has no O*NET interest profile ("All Other" codes): the O*NET code
    /// of the nearest occupation that has one, whose profile matching uses instead. Validated
    /// at load: it must be in the occupations table and have interest scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests_from: Option<String>,
    /// The BLS line (SOC code, `29-1171`) that counts this career inside a larger group, when
    /// that group is not the one the O*NET crosswalk names. Its figures are then the group's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bls_line: Option<String>,
    /// A newer rule for the education needed to start, where the BLS table's "usual education"
    /// is older than what new students must now do (nurse anesthetists: a doctorate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_entry: Option<NewerEntry>,
    pub summary: String,
    pub work: String,
    pub day: String,
    pub settings: Vec<String>,
    /// The workplace kinds the Explore filter uses.
    pub workplaces: Vec<Workplace>,
    /// What the work is about, most central first (1 to 5 of them): matching compares them
    /// with the subjects a student picks.
    #[serde(default)]
    pub subjects: Vec<super::subject::Subject>,
    pub patients: Patients,
    pub training: Vec<TrainingStep>,
    pub credentials: Vec<String>,
    pub courses: Vec<String>,
    pub activities: Vec<String>,
    #[serde(default)]
    pub myths: Vec<Myth>,
    #[serde(default)]
    pub related: Vec<String>,
    pub workstyle: BTreeMap<Dimension, u8>,
}

/// A newer entry-education rule than the BLS table's, with the source that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewerEntry {
    /// A few words for a narrow column: "Doctorate (since 2022)".
    pub short: String,
    /// The rule in plain words.
    pub says: String,
    /// An id from data/sources/.
    pub source: String,
}

/// The confidence a residency length carries in the residency table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// A training step with its years resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedStep {
    pub step: String,
    /// None when no source gives the length: shown as unknown, never guessed.
    pub years: Option<YearRange>,
    pub source: Option<String>,
    /// The id in `data/sources/` when the length comes from a named source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Set when the years come from the residency table.
    pub confidence: Option<Confidence>,
    /// Who pays for the step; None only for a step not yet marked (a catalog test finds it).
    #[serde(default)]
    pub pay: Option<super::costs::Pay>,
    /// The source that says a funded step is paid for, as a label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_source: Option<String>,
    /// The costs-table rows that give a figure for this step, in the order authored.
    #[serde(default)]
    pub costs: Vec<super::costs::CostRow>,
}

/// A median annual wage. BLS prints `>=$239,200` above the survey's top code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "usd", rename_all = "kebab-case")]
pub enum Wage {
    Exact(u32),
    AtLeast(u32),
}

impl Wage {
    /// The number used for sorting and filtering.
    pub fn usd(self) -> u32 {
        match self {
            Wage::Exact(v) | Wage::AtLeast(v) => v,
        }
    }

    pub fn label(self) -> String {
        match self {
            Wage::Exact(v) => format!("${}", thousands(v)),
            Wage::AtLeast(v) => format!("${} or more", thousands(v)),
        }
    }
}

/// 117960 -> "117,960".
pub fn thousands(v: u32) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Figures from O*NET 29.3 for one code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OnetFigures {
    pub code: String,
    pub title: String,
    /// R, I, A, S, E, C on O*NET's 1-7 scale; None for "All Other" codes, which have none.
    pub interests: Option<[f32; 6]>,
    pub high_point: String,
    pub job_zone: Option<u8>,
    pub job_zone_name: Option<String>,
    /// O*NET's most common "required level of education" answer, with its share of answers.
    pub education: Option<String>,
    pub education_pct: Option<f32>,
}

/// Figures from BLS Employment Projections 2024-34 for the line item covering a code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlsFigures {
    pub soc_code: String,
    pub title: String,
    pub employment_2024_thousands: Option<f32>,
    pub growth_2024_34_pct: Option<f32>,
    pub openings_per_year_thousands: Option<f32>,
    pub median_wage_2024: Option<Wage>,
    pub entry_education: Option<String>,
}

/// An interest profile taken from the nearest O*NET occupation that has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterestsFrom {
    pub code: String,
    pub title: String,
    /// R, I, A, S, E, C on O*NET's 1-7 scale.
    pub interests: [f32; 6],
}

/// Everything joined from the reference tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub onet: OnetFigures,
    pub borrowed: bool,
    pub bls: Option<BlsFigures>,
    /// True only when the BLS line is this career itself. False when BLS counts the career
    /// inside a larger group: the line's pay is then the group's, and its head count and openings
    /// are never shown as the career's.
    #[serde(default)]
    pub bls_own: bool,
    /// The source of the entry's `newer_entry` rule, as a label; None when it has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_entry_source: Option<String>,
    pub training: Vec<ResolvedStep>,
    /// The occupation whose interest profile matching uses, when the career's own code has
    /// none (`CareerEntry::interests_from`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests_from: Option<InterestsFrom>,
    /// Total years after high school; None when any step's length is unknown.
    pub total_years: Option<YearRange>,
}

impl Figures {
    /// The sum of the steps whose length is known (a floor when some step is unknown).
    pub fn known_years(&self) -> YearRange {
        self.training
            .iter()
            .filter_map(|s| s.years)
            .fold(YearRange::exact(0.0), YearRange::plus)
    }

    /// The fewest years of the steps the student pays tuition for (each step's pay mark;
    /// residency and fellowship years are paid jobs).
    pub fn school_years(&self) -> f32 {
        self.training
            .iter()
            .filter(|s| s.pay == Some(crate::domain::costs::Pay::Tuition))
            .filter_map(|s| s.years)
            .map(|y| y.min)
            .sum()
    }

    /// True when at least one step's length could not be sourced.
    pub fn has_unknown_step(&self) -> bool {
        self.training.iter().any(|s| s.years.is_none())
    }
}

/// A catalog entry with its figures: what the program shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Career {
    #[serde(flatten)]
    pub entry: CareerEntry,
    pub figures: Figures,
}

impl Career {
    pub fn id(&self) -> &str {
        &self.entry.id
    }
}

/// One line of the catalog list: enough to browse, sort and search without the whole entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CareerSummary {
    pub id: String,
    pub title: String,
    pub kind: CareerKind,
    pub field: Field,
    pub summary: String,
    pub aliases: Vec<String>,
    pub keywords: Vec<String>,
    /// Total years after high school; None when a step's length is not sourced.
    pub total_years: Option<YearRange>,
    /// The sum of the steps whose length is known: a floor when `total_years` is None.
    pub known_years: YearRange,
    /// The fewest years of school on the road (the steps that are not paid training), for the
    /// cost limit in matching.
    #[serde(default)]
    pub school_years: f32,
    pub contact: Contact,
    pub workplaces: Vec<Workplace>,
    /// What the work is about, most central first.
    #[serde(default)]
    pub subjects: Vec<super::subject::Subject>,
    pub median_wage_2024: Option<Wage>,
    pub growth_2024_34_pct: Option<f32>,
    /// True when the pay and growth above are a larger BLS group's, not the career's own.
    #[serde(default)]
    pub pay_of_group: bool,
    pub onet_code: String,
    /// O*NET's interest profile (R, I, A, S, E, C on its 1-7 scale), for matching; None for
    /// "All Other" codes, which have none, unless the entry names `interests_from`: then that
    /// occupation's profile.
    pub interests: Option<[f32; 6]>,
    /// The O*NET title the interest profile is taken from, when it is not the career's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests_from: Option<String>,
    /// The catalog's work-style ratings (1-5), for matching.
    pub workstyle: BTreeMap<Dimension, u8>,
}

impl From<&Career> for CareerSummary {
    fn from(c: &Career) -> Self {
        CareerSummary {
            id: c.entry.id.clone(),
            title: c.entry.title.clone(),
            kind: c.entry.kind,
            field: c.entry.field,
            summary: c.entry.summary.clone(),
            aliases: c.entry.aliases.clone(),
            keywords: c.entry.keywords.clone(),
            total_years: c.figures.total_years,
            known_years: c.figures.known_years(),
            school_years: c.figures.school_years(),
            contact: c.entry.patients.contact,
            workplaces: c.entry.workplaces.clone(),
            subjects: c.entry.subjects.clone(),
            median_wage_2024: c.figures.bls.as_ref().and_then(|b| b.median_wage_2024),
            growth_2024_34_pct: c.figures.bls.as_ref().and_then(|b| b.growth_2024_34_pct),
            pay_of_group: c.figures.bls.is_some() && !c.figures.bls_own,
            onet_code: c.entry.onet_code.clone(),
            interests: c.figures.onet.interests.or(c
                .figures
                .interests_from
                .as_ref()
                .map(|f| f.interests)),
            interests_from: c.figures.interests_from.as_ref().map(|f| f.title.clone()),
            workstyle: c.entry.workstyle.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_range_labels() {
        assert_eq!(YearRange::exact(4.0).label(), "4");
        assert_eq!(YearRange { min: 3.0, max: 4.0 }.label(), "3-4");
        assert_eq!(YearRange::exact(0.5).label(), "0.5");
        assert_eq!(
            YearRange::exact(4.0).plus(YearRange { min: 3.0, max: 4.0 }),
            YearRange { min: 7.0, max: 8.0 }
        );
    }

    #[test]
    fn years_spec_parses_number_or_pair() {
        #[derive(Deserialize)]
        struct T {
            y: YearsSpec,
        }
        let a: T = toml::from_str("y = 4").unwrap();
        assert_eq!(a.y.range(), YearRange::exact(4.0));
        let b: T = toml::from_str("y = [2, 4]").unwrap();
        assert_eq!(b.y.range(), YearRange { min: 2.0, max: 4.0 });
    }

    #[test]
    fn wages_read_well() {
        assert_eq!(thousands(117960), "117,960");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(Wage::Exact(64_000).label(), "$64,000");
        assert_eq!(Wage::AtLeast(239_200).label(), "$239,200 or more");
    }

    #[test]
    fn field_names_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::parse(f.as_str()), Some(f));
        }
        assert_eq!(Field::parse("nope"), None);
    }
}

/// A named source for a figure that is not in the reference tables (`data/sources/*.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Who published it ("U.S. Bureau of Labor Statistics").
    pub publisher: String,
    pub title: String,
    pub year: u16,
    pub url: String,
    /// What the source says that we rely on, in short.
    pub says: String,
}

impl Source {
    /// "U.S. Bureau of Labor Statistics, From premed to physician (2017)".
    pub fn label(&self) -> String {
        format!("{}, {} ({})", self.publisher, self.title, self.year)
    }
}
