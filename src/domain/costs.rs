//! What training costs and who pays: the rows of `data/reference/costs/costs.csv` (each one
//! figure with its year and source, never computed) and the mark each training step carries
//! saying who pays for that step.

use serde::{Deserialize, Serialize};

/// Who pays for a step of the training road, as authored on each `[[career.training]]` step
/// (`pay = "tuition"`). Residency steps are `Paid` by rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pay {
    /// The student pays school costs (tuition and fees), often with grants and loans.
    Tuition,
    /// A salaried job: residency, fellowship, paid on-the-job training, apprenticeships.
    Paid,
    /// The employer must pay (nurse-aide training for nursing homes: 42 CFR 483.152(c)).
    Employer,
    /// The program usually pays the student (many PhD programs); needs a `pay_source`.
    Funded,
    /// It depends on the program or the route: some charge, some pay.
    Varies,
}

impl Pay {
    pub const ALL: [Pay; 5] = [
        Pay::Tuition,
        Pay::Paid,
        Pay::Employer,
        Pay::Funded,
        Pay::Varies,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Pay::Tuition => "tuition",
            Pay::Paid => "paid",
            Pay::Employer => "employer",
            Pay::Funded => "funded",
            Pay::Varies => "varies",
        }
    }
}

/// The topics `costs.csv` groups its rows under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostTopic {
    MedicalSchoolCost,
    MedicalSchoolDebt,
    ResidencyPay,
    CollegeTuition,
    FederalAid,
    FederalLoanLimits,
    LoanRepayment,
    ServiceScholarship,
    TuitionFreeMedicalSchool,
    ApplicationFeeHelp,
    ShortPathTraining,
    DentalSchoolDebt,
    NurseAnesthesiaCost,
    PhysicalTherapyDebt,
    AudiologySlpCost,
}

/// How much to trust a row, as `costs.csv` marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CostConfidence {
    High,
    Medium,
    Low,
}

/// One row of `costs.csv`: a figure exactly as its source prints it (a number without `$`
/// or commas, a range `76000-150000`, or a short rule in words), with its year and source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostRow {
    pub id: String,
    pub topic: CostTopic,
    pub figure: String,
    pub unit: String,
    /// The year the source gives; starts with `n.d.` when the stored page had no date.
    pub year: String,
    pub applies_to: String,
    pub source_title: String,
    pub source_org: String,
    pub source_url: String,
    pub quote: String,
    pub confidence: CostConfidence,
}

/// The AAMC stipend rows, program year 1 to 8, in order (residency steps are paid by rule and
/// carry the rows of the years they last).
pub const STIPEND_ROWS: [&str; 8] = [
    "resident_stipend_py1_2025",
    "resident_stipend_py2_2025",
    "resident_stipend_py3_2025",
    "resident_stipend_py4_2025",
    "resident_stipend_py5_2025",
    "resident_stipend_py6_2025",
    "resident_stipend_py7_2025",
    "resident_stipend_py8_2025",
];

/// Rows that are not shown on their own: the Army stipend (sources disagree on it; see
/// SOURCE.md, "Disagreements").
pub const HELD_BACK: [&str; 1] = ["hpsp_army_stipend"];

impl CostRow {
    /// True when the stored page had no date (`n.d.`): shown as an undated page.
    pub fn undated(&self) -> bool {
        self.year.trim_start().starts_with("n.d.")
    }

    /// True when the figure is in U.S. dollars (the unit says so).
    pub fn in_dollars(&self) -> bool {
        self.unit.starts_with("USD")
    }

    /// The figure as the source prints it: dollar amounts get back the `$` and the commas
    /// the table leaves out (`330180` -> `$330,180`, `76000-150000` -> `$76,000-$150,000`);
    /// anything else is shown as written. Nothing is computed, converted or rounded.
    pub fn figure_label(&self) -> String {
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let money = |s: &str| match s.parse::<u32>() {
            Ok(v) if digits(s) => format!("${}", super::career::thousands(v)),
            _ => s.to_string(),
        };
        let f = self.figure.trim();
        if self.unit.starts_with("percent") && digits(f) {
            return format!("{f}%");
        }
        if !self.in_dollars() {
            return f.to_string();
        }
        match f.split_once('-') {
            Some((a, b)) if digits(a) && digits(b) => format!("{}-{}", money(a), money(b)),
            _ => money(f),
        }
    }

    /// The row's year text without its note in brackets ("2025-26", "2019", "effective
    /// July 1, 2026"), or None when the page is undated. The full text stays in the row.
    pub fn short_year(&self) -> Option<&str> {
        if self.undated() {
            return None;
        }
        let y = self.year.trim();
        let end = y.find(" (").unwrap_or(y.len());
        Some(y[..end].trim()).filter(|s| !s.is_empty())
    }
}

/// Finds a row by id.
pub fn row<'a>(rows: &'a [CostRow], id: &str) -> Option<&'a CostRow> {
    rows.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(figure: &str, unit: &str, year: &str) -> CostRow {
        CostRow {
            id: "x".into(),
            topic: CostTopic::CollegeTuition,
            figure: figure.into(),
            unit: unit.into(),
            year: year.into(),
            applies_to: String::new(),
            source_title: String::new(),
            source_org: "Org".into(),
            source_url: String::new(),
            quote: String::new(),
            confidence: CostConfidence::High,
        }
    }

    #[test]
    fn figures_keep_their_digits() {
        assert_eq!(r("330180", "USD, x", "2019").figure_label(), "$330,180");
        assert_eq!(
            r("76000-150000", "USD, x", "2024").figure_label(),
            "$76,000-$150,000"
        );
        assert_eq!(r("73", "percent of x", "2019").figure_label(), "73%");
        assert_eq!(r("12", "months", "2022").figure_label(), "12");
        assert_eq!(r("eliminated", "USD", "2026").figure_label(), "eliminated");
    }

    #[test]
    fn years_lead_and_undated_pages_have_none() {
        assert_eq!(r("1", "u", "2025-26").short_year(), Some("2025-26"));
        assert_eq!(
            r("1", "u", "2025 (data as of July 1, 2025)").short_year(),
            Some("2025")
        );
        assert_eq!(
            r("1", "u", "effective July 1, 2026 (new borrowers)").short_year(),
            Some("effective July 1, 2026")
        );
        assert_eq!(r("1", "u", "n.d. (undated stored page)").short_year(), None);
        assert!(r("1", "u", "n.d.").undated());
    }
}
