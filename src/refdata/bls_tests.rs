//! A BLS figure is shown as a career's own only where the BLS line is that career; a career
//! BLS counts inside a larger group shows the group's pay as the group's, and never the group's
//! head count or openings as its own.

use super::*;
use crate::domain::career::Career;
use crate::output::describe::{career_sections, plain_text};

fn catalog() -> Vec<Career> {
    embedded().unwrap().careers
}

fn career<'a>(all: &'a [Career], id: &str) -> &'a Career {
    all.iter().find(|c| c.id() == id).unwrap()
}

fn page(c: &Career) -> String {
    plain_text(&c.entry.title, "", &career_sections(c, &|_| None), 200)
}

#[test]
fn no_two_careers_show_one_bls_line_as_their_own() {
    let all = catalog();
    let mut owner = std::collections::HashMap::new();
    for c in all.iter().filter(|c| c.figures.bls_own) {
        let line = &c.figures.bls.as_ref().unwrap().soc_code;
        assert!(
            owner.insert(line.clone(), c.id()).is_none(),
            "{line} is the own line of {} and {}",
            owner[line],
            c.id()
        );
        // Own means the career's O*NET occupation is that very line, and not borrowed.
        assert!(!c.entry.onet_borrowed, "{}", c.id());
        assert!(c.entry.onet_code.starts_with(line.as_str()), "{}", c.id());
    }
}

#[test]
fn careers_counted_in_a_group_are_not_shown_the_groups_figures_as_their_own() {
    let all = catalog();
    let group = [
        // Nine internal-medicine subspecialties and the geriatrician share the internist's line.
        "gastroenterologist",
        "medical-oncologist",
        "hematologist",
        "nephrologist",
        "pulmonologist",
        "endocrinologist",
        "rheumatologist",
        "infectious-disease-physician",
        "geriatrician",
        // "Physicians, all other".
        "hospitalist",
        "urologist",
        "critical-care-physician",
        "sports-medicine-physician",
        "preventive-medicine-physician",
        "physiatrist",
        "allergist-immunologist",
        // Another career's line.
        "neonatologist",
        "anesthesiologist-assistant",
        "critical-care-nurse",
        "psychiatric-nurse-practitioner",
        "forensic-pathologist",
        "plastic-surgeon",
        "biostatistician",
        // O*NET codes of their own under a group BLS line: "Therapists, all other", registered
        // nurses, "Health technologists and technicians, all other".
        "art-therapist",
        "music-therapist",
        "clinical-nurse-specialist",
        "patient-advocate",
    ];
    for id in group {
        let c = career(&all, id);
        assert!(!c.figures.bls_own, "{id} shows a group's line as its own");
        let b = c.figures.bls.as_ref().unwrap();
        let text = page(c);
        assert!(text.contains("does not count this job on its own"), "{id}");
        assert!(text.contains(&format!("\"{}\"", b.title)), "{id}");
        // Neither the group's head count nor its openings appear on the page.
        for k in [b.employment_2024_thousands, b.openings_per_year_thousands]
            .into_iter()
            .flatten()
        {
            let shown = crate::strings::career::thousands_of_jobs(k);
            assert!(
                !text.contains(&format!(": {shown}\n")),
                "{id} shows the group's {shown}"
            );
        }
        assert!(!text.contains(crate::strings::career::F_EMPLOYMENT), "{id}");
        let summary = crate::domain::career::CareerSummary::from(c);
        assert!(summary.pay_of_group, "{id}");
    }
    for id in [
        "internist",
        "pediatrician",
        "pathologist",
        "registered-nurse",
        "veterinarian",
        "veterinary-technician",
        "veterinary-assistant",
        "dental-assistant",
        "occupational-therapy-assistant",
        "orthotist-prosthetist",
        "recreational-therapist",
        "exercise-physiologist",
    ] {
        let c = career(&all, id);
        assert!(c.figures.bls_own, "{id} is its line's own career");
        assert!(
            page(c).contains(crate::strings::career::F_EMPLOYMENT),
            "{id}"
        );
    }
}

#[test]
fn the_psychiatric_nurse_practitioner_is_counted_with_nurse_practitioners() {
    let all = catalog();
    let c = career(&all, "psychiatric-nurse-practitioner");
    let b = c.figures.bls.as_ref().unwrap();
    assert_eq!(b.soc_code, "29-1171");
    assert_eq!(b.title, "Nurse practitioners");
    let text = page(c);
    assert!(
        !text.contains("3,391,000"),
        "no registered nurse head count"
    );
    assert!(
        text.contains("Usual education to start, whole group: Master's degree"),
        "the nurse practitioners' entry education, not the registered nurse's"
    );
}

#[test]
fn fewer_than_fifty_openings_is_not_zero() {
    let all = catalog();
    let c = career(&all, "pediatric-surgeon");
    assert!(c.figures.bls_own);
    let text = page(c);
    assert!(text.contains("Openings each year, 2024-34 average: Fewer than 50"));
    assert!(!text.contains("average: 0\n"));
}

#[test]
fn a_line_claimed_by_two_careers_is_reported() {
    // Take away the forensic pathologist's group line: both pathologists claim 29-1222.
    let mut f = Files::embedded();
    let name = "careers/physicians-specialists.toml";
    let text = f.get(name).unwrap().to_string();
    assert!(text.contains("bls_line = \"29-1222\"\n"));
    f.insert(name, &text.replacen("bls_line = \"29-1222\"\n", "", 1));
    let errors = match load(&f) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    };
    assert!(
        errors
            .iter()
            .any(|e| e.contains("29-1222") && e.contains("forensic-pathologist")),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_bls_line_is_reported() {
    let mut f = Files::embedded();
    let name = "careers/physicians-specialists.toml";
    let text = f.get(name).unwrap().to_string();
    f.insert(
        name,
        &text.replacen("bls_line = \"29-1222\"", "bls_line = \"99-9999\"", 1),
    );
    let errors = match load(&f) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    };
    assert!(errors.iter().any(|e| e.contains("99-9999")), "{errors:?}");
}

#[test]
fn group_figures_are_marked_in_compare_and_lists() {
    assert_eq!(crate::strings::explore::pay_short(239_200, true), "~$239k");
    assert_eq!(crate::strings::explore::pay_short(239_200, false), "$239k");
    assert_eq!(
        crate::strings::career::group_figure("$239,200"),
        "$239,200 (whole group)"
    );
}

#[test]
fn an_older_entry_education_is_flagged_with_the_newer_rule_and_its_source() {
    let all = catalog();
    for (id, bls_says, publisher) in [
        (
            "nurse-anesthetist",
            "Master's degree",
            "Council on Accreditation",
        ),
        (
            "dietitian",
            "Bachelor's degree",
            "Commission on Dietetic Registration",
        ),
    ] {
        let c = career(&all, id);
        assert_eq!(
            c.figures.bls.as_ref().unwrap().entry_education.as_deref(),
            Some(bls_says),
            "{id}: the BLS table's older rule"
        );
        assert!(c.entry.newer_entry.is_some(), "{id}");
        let text = page(c);
        assert!(text.contains(crate::strings::career::F_NEWER_ENTRY), "{id}");
        assert!(text.contains(publisher), "{id}: the rule's source");
    }
}

#[test]
fn a_newer_rule_without_a_real_source_is_reported() {
    let mut f = Files::embedded();
    let name = "careers/health-clinical.toml";
    let text = f.get(name).unwrap().to_string();
    f.insert(
        name,
        &text.replacen(
            "source = \"clin-coa-crna-doctorate\"",
            "source = \"no-such-source\"",
            1,
        ),
    );
    let errors = match load(&f) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    };
    assert!(
        errors.iter().any(|e| e.contains("no-such-source")),
        "{errors:?}"
    );
}

#[test]
fn the_art_and_music_therapists_show_the_other_therapists_group() {
    let all = catalog();
    for id in ["art-therapist", "music-therapist"] {
        let c = career(&all, id);
        assert_eq!(c.figures.bls.as_ref().unwrap().soc_code, "29-1129", "{id}");
        assert!(!c.entry.onet_borrowed, "{id}: its O*NET code is its own");
        assert!(c.figures.onet.interests.is_some(), "{id}");
    }
}

#[test]
fn animal_careers_say_their_patients_are_animals() {
    let all = catalog();
    for id in [
        "veterinarian",
        "veterinary-technician",
        "veterinary-assistant",
    ] {
        let text = page(career(&all, id));
        assert!(
            text.contains(crate::strings::career::ANIMAL_PATIENTS),
            "{id}"
        );
        assert!(!text.contains(crate::strings::career::NO_PATIENTS), "{id}");
    }
    let text = page(career(&all, "biostatistician"));
    assert!(text.contains(crate::strings::career::NO_PATIENTS));
}
