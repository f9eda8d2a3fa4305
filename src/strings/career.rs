//! Words on a career's page, in lists and in Compare.

use crate::domain::career::{CareerKind, Field};

pub const UNKNOWN: &str = "unknown";
pub const COL_ID: &str = "ID";
pub const COL_TITLE: &str = "CAREER";
pub const COL_YEARS: &str = "YEARS*";
pub const COL_WAGE: &str = "MEDIAN PAY (MAY 2024)";
pub const TABLE_FOOTNOTE: &str = "* years of training after high school. Pay: U.S. Bureau of Labor Statistics, May 2024; \
\"whole group\" is the pay of a larger group that the Bureau (BLS) counts the job in. \
See `medpath careers show ID` for sources.";

pub const H_SUMMARY: &str = "In short";
pub const H_WORK: &str = "What the work is";
pub const H_DAY: &str = "A day in the life";
pub const H_SETTINGS: &str = "Where they work";
pub const H_PATIENTS: &str = "Who the patients are";
pub const H_TRAINING: &str = "The training road";
pub const H_CREDENTIALS: &str = "Degrees and licenses";
pub const H_COURSES: &str = "High-school courses that help";
pub const H_ACTIVITIES: &str = "Things you can try now";
pub const H_MYTHS: &str = "Myth and fact";
pub const H_NUMBERS: &str = "The numbers";
pub const H_RELATED: &str = "Related careers";
pub const H_SOURCES: &str = "Where the numbers come from";

pub const AGE_BABIES: &str = "babies";
pub const AGE_CHILDREN: &str = "children";
pub const AGE_TEENS: &str = "teens";
pub const AGE_ADULTS: &str = "adults";
pub const AGE_OLDER: &str = "older adults";
pub const NO_PATIENTS: &str = "no patients (the work is with data, people or systems)";
/// For animal careers, whose patients are animals, not people of an age.
pub const ANIMAL_PATIENTS: &str = "animals (and the people who care for them)";
pub const CONTACT_NONE: &str = "little or none";
pub const CONTACT_SOME: &str = "some";
pub const CONTACT_LOTS: &str = "most of the day";
pub const F_AGES: &str = "Ages";
pub const F_CONTACT: &str = "Time with patients";

pub const UNKNOWN_YEARS: &str = "length unknown: we found no source";
pub const TOTAL_UNKNOWN: &str = "total not known: we found no source for these steps' lengths";
pub const TIMELINE_START: &str = "Start";
pub const TIMELINE_LATER: &str = "Later";
pub const TIMELINE_DONE: &str = "Done";
pub const TIMELINE_UNKNOWN_BAR: &str = "┄┄┄ ? ┄┄┄";
pub const H_INTERESTS: &str = "Interest profile";
pub const H_WORKSTYLE: &str = "Work style (medpath's ratings)";
pub const WORKSTYLE_NOTE: &str = "These 1-5 ratings are medpath's own judgment of the typical job, written for \
the matcher and for comparing careers. They are not official figures.";
pub const NO_INTERESTS: &str = "O*NET, the U.S. government's job database, has no interest profile for this group of jobs, so none is shown.";
pub const RIASEC: [&str; 6] = [
    "Realistic (hands-on)",
    "Investigative (science)",
    "Artistic (creating)",
    "Social (helping)",
    "Enterprising (leading)",
    "Conventional (organizing)",
];

pub fn timeline_year(y: &str) -> String {
    format!("Yr {y}")
}

pub fn total(years: &str) -> String {
    format!("{years} after high school in all")
}

pub fn total_at_least(years: &str) -> String {
    format!("at least {years} after high school (one step's length is not known)")
}

pub const INTERESTS_SCALE: &str =
    "How strongly each interest area fits the work, from 1 (low) to 7 (high).";

pub fn interests_source(code: &str, title: &str) -> String {
    format!("Source: O*NET 29.3, {code} \"{title}\".")
}

pub fn dimension_label(d: crate::domain::career::Dimension) -> &'static str {
    use crate::domain::career::Dimension as D;
    match d {
        D::PatientContact => "Time with patients",
        D::Continuity => "Same patients for years",
        D::Emergencies => "Emergencies, fast pace",
        D::HandsOn => "Hands-on procedures",
        D::Children => "Working with children",
        D::Breadth => "Broad, not narrow",
        D::Technology => "Machines and technology",
        D::PredictableHours => "Predictable hours",
        D::ShortTraining => "Short training",
        D::Research => "Research",
        D::MindBehavior => "Mind and behavior",
        D::Communities => "Communities in need",
    }
}
pub const CONFIDENCE_HIGH: &str = "high confidence";
pub const CONFIDENCE_MEDIUM: &str = "medium confidence";
pub const CONFIDENCE_LOW: &str = "low confidence: check before relying on it";

pub const F_MYTH: &str = "Myth";
pub const F_FACT: &str = "Fact";

pub const F_WAGE: &str = "Median pay (May 2024)";
pub const F_GROWTH: &str = "Job growth, 2024 to 2034";
pub const F_OPENINGS: &str = "Openings each year, 2024-34 average";
pub const F_EMPLOYMENT: &str = "People in this job, 2024";
pub const F_ENTRY_EDUCATION: &str = "Usual education to start";
pub const F_NEWER_ENTRY: &str = "Newer rule for new students";
pub const F_WAGE_GROUP: &str = "Median pay of the whole group (May 2024)";
pub const F_GROWTH_GROUP: &str = "Growth of the whole group, 2024 to 2034";
pub const F_ENTRY_EDUCATION_GROUP: &str = "Usual education to start, whole group";

/// A figure that is a larger BLS group's, in a short column (Compare, lists).
pub fn group_figure(v: &str) -> String {
    format!("{v} (whole group)")
}
pub const NOT_COUNTED_ALONE: &str = "Not counted on its own";

/// Said where BLS counts a career inside a larger line: its figures are the group's.
pub fn bls_group_note(title: &str) -> String {
    format!(
        "The U.S. Bureau of Labor Statistics (BLS) does not count this job on its own. It \
         counts it in a larger group, \"{title}\". The figures below are for that whole \
         group, not for this job alone, and BLS does not say how many people do this exact job."
    )
}
pub const F_JOB_ZONE: &str = "How much preparation the job needs";
pub const F_ONET_EDUCATION: &str = "Education most workers say is needed";
pub const NO_BLS: &str = "The U.S. Bureau of Labor Statistics has no figures for this job.";

pub const ATTRIBUTION: &[&str] = &[
    "This program includes information from the O*NET® 29.3 Database by the U.S. Department of \
Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. \
O*NET® is a trademark of USDOL/ETA. The medpath authors have modified all or some of this \
information (selected health occupations, rounded scores, recoded interest high points). \
USDOL/ETA has not approved, endorsed, or tested these modifications.",
    "Pay, jobs and growth: U.S. Bureau of Labor Statistics, Employment Projections program, \
2024-34 (median pay from the Occupational Employment and Wage Statistics survey, May 2024).",
];

/// A length of training in words a student reads at once: "4 years", "3-4 years", and
/// under a year in weeks or months ("about 5 weeks", "4-6 months"), never "0.1 years".
pub fn span(y: crate::domain::career::YearRange) -> String {
    match short_span(y) {
        Some((a, b, unit)) if a == b => format!("about {a} {unit}"),
        Some((a, b, unit)) => format!("{a}-{b} {unit}"),
        None => years(&y.label()),
    }
}

/// The same in a narrow column: "4y", "3-4y", "5wk", "4mo".
pub fn span_short(y: crate::domain::career::YearRange) -> String {
    match short_span(y) {
        Some((a, b, unit)) => {
            let u = if unit == "weeks" { "wk" } else { "mo" };
            if a == b {
                format!("{a}{u}")
            } else {
                format!("{a}-{b}{u}")
            }
        }
        None => format!("{}y", y.label()),
    }
}

/// Where a step starts on the timeline: "Yr 4", or "Month 4" in the first year.
pub fn timeline_start(y: crate::domain::career::YearRange) -> String {
    match short_span(y) {
        Some((a, _, "months")) => format!("Month {a}"),
        Some((a, _, _)) => format!("Week {a}"),
        None => timeline_year(&y.label()),
    }
}

/// Under a year: whole weeks up to about three months, else whole months.
fn short_span(y: crate::domain::career::YearRange) -> Option<(u32, u32, &'static str)> {
    if y.max >= 1.0 || y.max <= 0.0 {
        return None;
    }
    let (f, unit) = if y.max * 52.0 <= 13.0 {
        (52.0, "weeks")
    } else {
        (12.0, "months")
    };
    let n = |v: f32| ((v * f).round() as u32).max(1);
    Some((n(y.min), n(y.max), unit))
}

pub fn years(label: &str) -> String {
    if label == "1" {
        "1 year".to_string()
    } else {
        format!("{label} years")
    }
}

pub fn source(label: &str) -> String {
    format!("Source: {label}")
}

pub fn residency_source(label: &str, confidence: &str) -> String {
    format!("Source: {label}; {confidence}")
}

pub fn growth(pct: f32) -> String {
    if pct >= 0.0 {
        format!("+{pct:.1}%")
    } else {
        format!("{pct:.1}%")
    }
}

/// BLS tables give thousands with one decimal: 0.0 means fewer than 50, not none.
pub fn thousands_of_jobs(k: f32) -> String {
    if k < 0.05 {
        return "Fewer than 50".to_string();
    }
    let n = (k * 1000.0).round() as u32;
    crate::domain::career::thousands(n)
}

pub fn bls_note(title: &str) -> String {
    format!("BLS figures for \"{title}\".")
}

pub fn job_zone(z: u8, name: &str) -> String {
    let short = name.split(": ").nth(1).unwrap_or(name);
    format!("{z} of 5 ({short})")
}

pub fn onet_education(label: &str, pct: Option<f32>) -> String {
    match pct {
        Some(p) => format!("{label} ({p:.0}% of answers)"),
        None => label.to_string(),
    }
}

/// On the page of a career O*NET gives no interest ratings (an "All Other" group).
pub fn interests_borrowed(title: &str) -> String {
    format!(
        "O*NET does not rate the interests of this job. For matching, medpath uses the ratings of the nearest job that has them: {title}. How matching works (on Results, press w) explains why."
    )
}

pub fn onet_note(code: &str, title: &str) -> String {
    format!("O*NET figures for {code} \"{title}\".")
}

pub fn borrowed_note(code: &str, title: &str) -> String {
    format!(
        "O*NET has no code of its own for this career: figures are borrowed from {code} \
\"{title}\", the nearest one."
    )
}

pub fn kind_label(k: CareerKind) -> &'static str {
    match k {
        CareerKind::Physician => "Physician (doctor)",
        CareerKind::HealthCareer => "Health career",
    }
}

pub fn field_label(f: Field) -> &'static str {
    match f {
        Field::PrimaryCare => "Primary care",
        Field::Surgical => "Surgery",
        Field::Emergency => "Emergency and critical care",
        Field::Diagnostic => "Diagnosis, imaging and lab",
        Field::MindBrain => "Mind and brain",
        Field::Children => "Children",
        Field::WomensHealth => "Women's health",
        Field::MedicalSpecialty => "Medical specialties",
        Field::Nursing => "Nursing",
        Field::AlliedHealth => "Therapy and allied health",
        Field::DentalVisionPharmacy => "Teeth, eyes and medicines",
        Field::Research => "Research and science",
        Field::PublicHealthAdmin => "Public health and running health care",
    }
}

pub fn subtitle(k: CareerKind, f: Field) -> String {
    format!("{} · {}", kind_label(k), field_label(f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::career::YearRange;

    fn y(min: f32, max: f32) -> YearRange {
        YearRange { min, max }
    }

    #[test]
    fn short_steps_are_said_in_weeks_or_months() {
        assert_eq!(span(y(0.1, 0.1)), "about 5 weeks");
        assert_eq!(span(y(0.15, 0.15)), "about 8 weeks");
        assert_eq!(span(y(0.3, 0.3)), "about 4 months");
        assert_eq!(span(y(0.5, 0.75)), "6-9 months");
        assert_eq!(span(y(1.0, 1.0)), "1 year");
        assert_eq!(span(y(3.0, 4.0)), "3-4 years");
        assert_eq!(span_short(y(0.1, 0.1)), "5wk");
        assert_eq!(span_short(y(0.3, 0.3)), "4mo");
        assert_eq!(span_short(y(4.0, 4.0)), "4y");
        assert_eq!(timeline_start(y(0.3, 0.3)), "Month 4");
        assert_eq!(timeline_start(y(4.0, 4.0)), "Yr 4");
    }

    #[test]
    fn fewer_than_fifty_is_not_zero() {
        assert_eq!(thousands_of_jobs(0.0), "Fewer than 50");
        assert_eq!(thousands_of_jobs(0.6), "600");
    }
}
