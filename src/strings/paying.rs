//! Words about what training costs and how people pay: the "Paying for it" page (the
//! full-screen program and `medpath careers paying`), the pay mark on each step of a career's
//! training road, and the cost row in Compare. Every figure comes from the costs table with
//! its year and source; these words never carry a figure of their own.

use crate::domain::costs::{CostRow, Pay};

pub const TITLE: &str = "Paying for it";

pub const H_INTRO: &str = "In short";
pub const INTRO: &str = "Training for a health career can take years, and school costs money. \
But people from every kind of family do it. Some roads start with short training that is free \
or cheap. Some steps are paid jobs. Grants, loans and service programs help with the rest. \
Each figure below shows its year, and where it comes from is in the small print.";

pub const H_SHORT: &str = "Short roads that cost little";
pub const SHORT: &str = "Some careers start with a short course. Two examples are nursing \
assistant and EMT (emergency medical technician). You can work in the job while you train for \
the next step. For example, a nursing assistant can go on to become a nurse.";
pub const SHORT_CNA: &str = "A nursing home may not charge you for nursing assistant training \
if it hired you, or offered you a job, before the course began. A federal rule says so.";

pub const H_AID: &str = "Financial aid: help paying for college";
pub const AID: &str = "Financial aid is money that helps you pay for school. A grant is money \
you do not pay back. A loan is money you borrow and pay back later, with interest (extra money \
on top). To get federal aid, fill out the FAFSA (the Free Application for Federal Student Aid) \
for each school year. It is free to fill out.";
pub const AID_PELL: &str = "The Pell Grant is a federal grant for college students whose \
families have less money.";
pub const AID_PRICES: &str = "What a year of college costs depends on the kind of school. \
These are average prices for tuition and fees, before any aid:";
pub const AID_TOTAL: &str = "The next two figures count all costs (tuition, housing, food and \
books) for students living on campus. They come from a different source and an earlier year, \
so do not compare them with the prices above.";

pub const H_PAID: &str = "Residency and fellowship are paid jobs";
pub const PAID: &str = "After medical school, new doctors train in a residency. It is a real \
job with a salary, not more school. A fellowship, the extra training some doctors do after \
residency, is paid too. Pay goes up each year of training. These are average yearly pay \
figures, where every hospital counts the same whatever its size:";

pub const H_MED: &str = "Medical school: cost and debt";
pub const MED: &str = "Medical school is the most costly step on a doctor's road. Debt means \
loans still to pay back.";
pub const MED_GAP: &str = "We have no figure we trust for public medical schools alone: the \
pages we found disagree, so we leave it out.";
pub const MED_FREE: &str = "Some medical schools now charge no tuition, or replace loans with \
grants:";
pub const MED_FEES: &str = "Applying to medical school costs money too. The AAMC (Association \
of American Medical Colleges) Fee Assistance Program lowers those fees for students whose \
families have less money:";

pub const H_OTHER: &str = "Other health careers: what school costs";
pub const OTHER: &str = "For other careers we found these figures. Some are old; we say so.";

pub const H_SERVICE: &str = "Service programs: your work pays for school";
pub const SERVICE: &str = "Some programs pay for school, or pay back loans, if you promise to \
work for a time where care is needed. The NHSC (National Health Service Corps) sends health \
workers to places with too few of them.";
pub const SERVICE_MILITARY: &str = "The military's HPSP (Health Professions Scholarship \
Program) pays for school for students who then serve as doctors, dentists or other health \
workers in the Army, Navy or Air Force.";
pub const ARMY_STIPEND: &str = "The Army also pays a monthly amount while you study, but the \
pages we found disagree on how much, so we show no figure. Ask a recruiter for today's amount.";

pub const H_LOANS: &str = "New federal loan limits from July 2026";
pub const LOANS: &str = "A new law limits how much students after college can borrow from \
the government. It starts with new borrowers. The law splits them into graduate and \
professional students:";
pub const LOANS_UNSETTLED: &str = "It is not settled yet which programs count as \
\"professional\" (the higher limit). Medicine and dentistry are named as professional. Some \
colleges say nursing and physician assistant programs are graduate programs. Then the lower \
limit applies.";

pub const H_LOW_COST: &str = "Ways to spend less";
pub const LOW_COST: [&str; 4] = [
    "Start at a community college, where tuition is lowest, then move to a college with longer \
programs.",
    "Fill out the FAFSA every year, and apply for scholarships from your school, your town and \
groups in your field.",
    "Work while you train: a job like nursing assistant, EMT or pharmacy technician pays while \
you learn. Ask employers if they help pay for more school.",
    "Look at the service programs above before you borrow.",
];

pub const H_GAPS: &str = "What we could not find";
pub const GAPS: [&str; 5] = [
    "Cost of public medical schools alone, and medical school cost and debt for recent classes.",
    "What nursing assistant and EMT courses cost.",
    "Cost or debt for nurse practitioner, physician assistant and osteopathic (DO) schools.",
    "How much the NHSC Scholarship pays each month.",
    "Navy and Air Force HPSP terms.",
];

pub const SMALL_PRINT: &str = "Figures are shown exactly as their sources print them: none is \
added up, rounded or changed for prices going up. \"Undated page\" means the page we read \
shows no date. Costs change every year: check with each school or program.";

/// What a row's figure is, in plain words, for the Paying page ("Biggest Pell Grant for one
/// school year"). Rows without words here are not shown on the page.
pub fn label(id: &str) -> Option<&'static str> {
    Some(match id {
        "med_coa4_private_2019" => "Private medical school, median cost of all four years",
        "med_coa4_instate_all_2019" => {
            "Medical school for in-state students, median cost of all four years"
        }
        "med_debt_median_2019" => {
            "Median debt of new doctors who had loans (college and medical school)"
        }
        "med_debt_share_2019" | "med_debt_share_2024" => "New doctors who had school debt",
        "resident_stipend_py1_2025" => "Residency year 1",
        "resident_stipend_py2_2025" => "Residency year 2",
        "resident_stipend_py3_2025" => "Residency year 3",
        "resident_stipend_py4_2025" => "Residency year 4",
        "resident_stipend_py5_2025" => "Residency year 5",
        "resident_stipend_py6_2025" => "Residency year 6",
        "resident_stipend_py7_2025" => "Residency year 7",
        "resident_stipend_py8_2025" => "Residency year 8",
        "college_tuition_public2yr_2025_26" => "Community college (public), a year",
        "college_tuition_public4yr_instate_2025_26" => "Public college, in your own state, a year",
        "college_tuition_private4yr_2025_26" => "Private nonprofit college, a year",
        "college_coa_public4yr_oncampus_2022_23" => "Public college, all costs, a year",
        "college_coa_private_nonprofit4yr_oncampus_2022_23" => {
            "Private nonprofit college, all costs, a year"
        }
        "pell_max_2025_26" => "Biggest Pell Grant for one school year",
        "pell_max_2026_27" => {
            "Biggest Pell Grant for the next school year (Congress may change it)"
        }
        "pell_lifetime_limit" => "Most full-time semesters of Pell Grant in your life",
        "fedloan_professional_annual_2026" => "Professional students, most a year",
        "fedloan_professional_aggregate_2026" => "Professional students, most in all",
        "fedloan_graduate_annual_2026" => "Graduate students, most a year",
        "fedloan_graduate_aggregate_2026" => "Graduate students, most in all",
        "fedloan_gradplus_ends_2026" => "Grad PLUS loans for new borrowers",
        "nhsc_lrp_primarycare_fulltime" => "NHSC loan repayment, most for primary care, full-time",
        "nhsc_lrp_other_fulltime" => "NHSC loan repayment, most for other fields, full-time",
        "nhsc_lrp_primarycare_halftime" => "NHSC loan repayment, most for primary care, half-time",
        "nhsc_lrp_service_years" => "Years you work in return, at least",
        "nhsc_lrp_spanish_enhancement_2026" => "Extra, once, if you speak Spanish",
        "nhsc_s2s_amount" => {
            "NHSC Students to Service, most repaid (for students in their last year who \
will work in primary care)"
        }
        "nhsc_s2s_service_years" => "Years you work in return",
        "nhsc_sp_covers" => "NHSC Scholarship pays",
        "nhsc_sp_service" => "NHSC Scholarship, work in return",
        "hpsp_army_tuition" => "Army HPSP pays",
        "hpsp_army_bonus" => "Army HPSP sign-on bonus, at most",
        "hpsp_service_obligation" => "HPSP, service in return",
        "free_tuition_nyu_grossman" => "NYU Grossman School of Medicine",
        "free_tuition_einstein" => "Albert Einstein College of Medicine",
        "free_tuition_johns_hopkins" => "Johns Hopkins School of Medicine",
        "free_tuition_kaiser_permanente" => "Kaiser Permanente Bernard J. Tyson School of Medicine",
        "free_tuition_cleveland_clinic_lerner" => "Cleveland Clinic Lerner College of Medicine",
        "debt_free_weill_cornell" => "Weill Cornell Medicine",
        "aamc_fap_mcat_fee" => "MCAT test fee with fee help",
        "aamc_fap_amcas_waiver" => "Medical schools you can apply to with no application fee",
        "aamc_fap_income_limit" => "Family income limit, as a share of the poverty level",
        "cna_min_training_hours" => "Nursing assistant training, fewest hours",
        "cna_min_supervised_practical_hours" => "Of those, hours of hands-on practice",
        "cna_training_free_if_employed" => "Cost to a nursing assistant a nursing home hired",
        "cna_reimbursement_window" => {
            "If a nursing home hires you within this many months after training, the state pays \
you back part of what you paid"
        }
        "emt_nremt_exam_fee" => "National EMT exam fee, each try",
        "dental_debt_avg_indebted_2018" => "Dental school, average debt of graduates with loans",
        "crna_program_cost_public_2014" => {
            "Nurse anesthesia program, public, median cost (an old figure)"
        }
        "crna_program_cost_private_2014" => {
            "Nurse anesthesia program, private, median cost (an old figure)"
        }
        "pt_debt_avg_total_2020" => "Physical therapists with debt, average debt of all kinds",
        "pt_debt_avg_pt_education_2020" => "Of that, average debt from physical therapy school",
        "dpt_grad_debt_public_2019" => "Physical therapy doctorate, public, average debt",
        "dpt_grad_debt_private_2019" => "Physical therapy doctorate, private, average debt",
        "audiology_aud_cost_range_2024" => {
            "Audiology doctorate, cost (the source does not say if for a year or in all)"
        }
        "slp_masters_cost_range_2024" => {
            "Speech-language pathology master's, cost (the source does not say if for a year or \
in all)"
        }
        _ => return None,
    })
}

/// "undated page" for a row whose page shows no date, else its year text.
pub fn year_of(row: &CostRow) -> String {
    match row.short_year() {
        Some(y) => y.to_string(),
        None => UNDATED.to_string(),
    }
}

pub const UNDATED: &str = "undated page";

/// One figure on the Paying page: what it is, the figure exactly, and its year.
pub fn figure_line(label: &str, row: &CostRow) -> String {
    format!("{label}: {} ({})", row.figure_label(), year_of(row))
}

/// The small print under a figure: who published it (and whom they report).
pub fn figure_source(row: &CostRow) -> String {
    format!("Source: {}", row.source_org)
}

/// The few words on a step's bar saying who pays.
pub fn pay_words(p: Pay) -> &'static str {
    match p {
        Pay::Tuition => "you pay tuition",
        Pay::Paid => "a paid job",
        Pay::Employer => "the employer pays",
        Pay::Funded => "often paid for you",
        Pay::Varies => "cost varies by program",
    }
}

/// The one short line under a step with a figure: the step's first cost row.
pub fn step_cost(row: &CostRow) -> String {
    let what = match row.id.as_str() {
        id if id.starts_with("resident_stipend_py") => {
            let year = id
                .trim_start_matches("resident_stipend_py")
                .split('_')
                .next()
                .unwrap_or("");
            return format!(
                "Pay: {} a year in year {year} ({})",
                row.figure_label(),
                year_of(row)
            );
        }
        "college_tuition_public2yr_2025_26" | "college_tuition_public4yr_instate_2025_26" => {
            "Public, a year"
        }
        "med_coa4_instate_all_2019" => "Median cost in all",
        "dental_debt_avg_indebted_2018" => "Average debt",
        "dpt_grad_debt_public_2019" => "Average debt, public",
        "crna_program_cost_public_2014" => "Public, old figure",
        "audiology_aud_cost_range_2024" | "slp_masters_cost_range_2024" => "Program cost",
        "emt_nremt_exam_fee" => "Exam fee",
        "cna_training_free_if_employed" => "Rule",
        _ => "Figure",
    };
    format!("{what}: {} ({})", row.figure_label(), year_of(row))
}

/// The small print for a step's figure.
pub fn step_cost_source(row: &CostRow) -> String {
    format!("Cost figure: {}", row.source_org)
}

/// `medpath careers paying`.
pub const CLI_ABOUT: &str =
    "What training costs and how people pay: aid, paid training, service programs";

pub const CLI_SUBTITLE: &str = "What training costs and how people pay for it";
/// Why a row of the costs table is not shown (`careers paying --json`).
pub const HELD_BACK_REASON: &str = "sources disagree on this figure; see \
data/reference/costs/SOURCE.md, Disagreements";

/// The line below the training road.
pub const ROAD_HINT: &str = "How people pay for this road: press $ (Paying for it).";
pub const ROAD_HINT_CLI: &str = "How people pay for this road: run medpath careers paying.";

/// Compare: years of the road you pay tuition for, and years you are paid.
pub const COMPARE_LABEL: &str = "Who pays (years)";
pub fn compare_years(tuition: &str, paid: &str) -> String {
    format!("{tuition} you pay, {paid} paid")
}
/// Compare: the biggest cost figure on the road, with its step and year.
pub const COMPARE_BIGGEST: &str = "Biggest cost figure";
pub fn compare_figure(row: &CostRow, step: &str) -> String {
    let per = if row.unit.contains("per year") {
        " a year"
    } else {
        ""
    };
    format!("{}{per}, {step} ({})", row.figure_label(), year_of(row))
}
pub const COMPARE_NONE: &str = "no figure";
