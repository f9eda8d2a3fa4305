//! Validation of the data files: the shipped files pass, and each kind of mistake is reported
//! with the file and the entry.

use super::*;

fn shipped() -> Files {
    Files::embedded()
}

fn errors_for(files: &Files) -> Vec<String> {
    match load(files) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    }
}

/// The shipped family-physician entry with one line replaced.
fn with_entry_edit(from: &str, to: &str) -> Files {
    let mut f = shipped();
    let text = f.get("careers/physicians.toml").unwrap().to_string();
    assert!(text.contains(from), "test setup: {from:?} not found");
    f.insert("careers/physicians.toml", &text.replacen(from, to, 1));
    f
}

#[test]
fn shipped_data_is_valid() {
    let data = embedded().unwrap_or_else(|e| panic!("shipped data has errors:\n{e}"));
    assert!(!data.careers.is_empty());
    assert!(!data.items.is_empty());
    assert!(!data.questions.is_empty());
}

#[test]
fn figures_equal_the_source_tables() {
    let data = embedded().unwrap();
    let fp = data
        .careers
        .iter()
        .find(|c| c.id() == "family-physician")
        .unwrap();
    // data/reference/onet/occupations.csv, row 29-1215.00
    assert_eq!(fp.figures.onet.title, "Family Medicine Physicians");
    // data/reference/bls: 29-1215 line item
    let bls = fp.figures.bls.as_ref().unwrap();
    assert_eq!(bls.soc_code, "29-1215");
    // data/reference/residency: Family medicine, 3 years, high confidence
    let res = fp.figures.training.last().unwrap();
    assert_eq!(res.years, Some(YearRangeExt::exact(3.0)));
    assert_eq!(
        res.confidence,
        Some(crate::domain::career::Confidence::High)
    );
    assert_eq!(fp.figures.total_years, Some(YearRangeExt::exact(11.0)));
}

use crate::domain::career::YearRange as YearRangeExt;

#[test]
fn every_entry_resolves_and_cross_references() {
    let data = embedded().unwrap();
    let ids: std::collections::HashSet<_> = data.careers.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), data.careers.len(), "ids unique");
    for c in &data.careers {
        for r in &c.entry.related {
            assert!(ids.contains(r.as_str()), "{}: related {r}", c.id());
        }
        assert_eq!(c.figures.onet.code, c.entry.onet_code);
    }
}

#[test]
fn duplicate_id_is_reported_with_file_and_entry() {
    let mut f = shipped();
    let text = f.get("careers/physicians.toml").unwrap().to_string();
    f.insert("careers/zz-extra.toml", &text);
    let errs = errors_for(&f);
    assert!(
        errs.iter().any(|e| e.contains("data/careers/zz-extra.toml")
            && e.contains("\"family-physician\"")
            && e.contains("used twice")),
        "{errs:#?}"
    );
}

#[test]
fn missing_required_field_is_named() {
    let f = with_entry_edit("summary = ", "# summary = ");
    let errs = errors_for(&f);
    assert!(
        errs.iter().any(|e| e.contains("physicians.toml")
            && e.contains("family-physician")
            && e.contains("summary")),
        "{errs:#?}"
    );
}

#[test]
fn unknown_field_is_refused() {
    let f = with_entry_edit("summary = ", "sumary = \"typo\"\nsummary = ");
    let errs = errors_for(&f);
    assert!(errs.iter().any(|e| e.contains("sumary")), "{errs:#?}");
}

#[test]
fn broken_related_link_is_reported() {
    let f = with_entry_edit("related = [", "related = [\"no-such-career\", ");
    let errs = errors_for(&f);
    assert!(
        errs.iter()
            .any(|e| e.contains("\"no-such-career\" does not exist")),
        "{errs:#?}"
    );
}

#[test]
fn unknown_onet_code_is_reported() {
    let f = with_entry_edit("onet_code = \"29-1215.00\"", "onet_code = \"99-9999.00\"");
    let errs = errors_for(&f);
    assert!(errs.iter().any(|e| e.contains("99-9999.00")), "{errs:#?}");
}

#[test]
fn interests_from_is_validated() {
    // A code with no interest profile needs interests_from ...
    let f = with_entry_edit("onet_code = \"29-1215.00\"", "onet_code = \"29-1249.00\"");
    let errs = errors_for(&f);
    assert!(
        errs.iter()
            .any(|e| e.contains("29-1249.00") && e.contains("interests_from")),
        "{errs:#?}"
    );
    // ... naming a real code that has one.
    for (to, says) in [
        ("99-9999.00", "not in data/"),
        ("29-1229.00", "no interest profile either"),
    ] {
        let f = with_entry_edit(
            "onet_code = \"29-1215.00\"",
            &format!("onet_code = \"29-1249.00\"\ninterests_from = \"{to}\""),
        );
        let errs = errors_for(&f);
        assert!(errs.iter().any(|e| e.contains(says)), "{errs:#?}");
    }
    // A code with its own profile takes none.
    let f = with_entry_edit(
        "onet_code = \"29-1215.00\"",
        "onet_code = \"29-1215.00\"\ninterests_from = \"29-1243.00\"",
    );
    let errs = errors_for(&f);
    assert!(
        errs.iter().any(|e| e.contains("remove interests_from")),
        "{errs:#?}"
    );
}

#[test]
fn unknown_residency_and_unsourced_years_are_reported() {
    let f = with_entry_edit(
        "residency = \"Family medicine\"",
        "residency = \"Space medicine\"",
    );
    assert!(errors_for(&f).iter().any(|e| e.contains("Space medicine")));
    let f = with_entry_edit("source = \"bls-premed-2017\"", "");
    assert!(
        errors_for(&f)
            .iter()
            .any(|e| e.contains("without a source"))
    );
    let f = with_entry_edit("source = \"bls-premed-2017\"", "source = \"my-uncle\"");
    assert!(errors_for(&f).iter().any(|e| e.contains("\"my-uncle\"")));
}

#[test]
fn placeholder_text_and_bad_ratings_are_refused() {
    let f = with_entry_edit("summary = \"", "summary = \"TODO \"\nwork_old = \"");
    assert!(!errors_for(&f).is_empty());
    let f = with_entry_edit("patient-contact = 5", "patient-contact = 9");
    assert!(errors_for(&f).iter().any(|e| e.contains("patient-contact")));
    let f = with_entry_edit("patient-contact = 5", "");
    assert!(
        errors_for(&f)
            .iter()
            .any(|e| e.contains("missing \"patient-contact\""))
    );
}

#[test]
fn toml_syntax_errors_name_the_file() {
    let mut f = shipped();
    f.insert("careers/broken.toml", "[[career]\nid = ");
    let errs = errors_for(&f);
    assert!(
        errs.iter()
            .any(|e| e.starts_with("data/careers/broken.toml")),
        "{errs:#?}"
    );
}

#[test]
fn assessment_and_question_mistakes_are_reported() {
    let mut f = shipped();
    f.insert(
        ASSESSMENT_FILE,
        "[[item]]\nid = \"a\"\npart = \"interests\"\ntext = \"Fix bikes\"\ngist = \"fixing bikes\"\n\n[[item]]\nid = \"a\"\npart = \"work-style\"\ndimension = \"patient-contact\"\ntext = \"x\"\ngist = \"y\"\n",
    );
    let errs = errors_for(&f);
    assert!(errs.iter().any(|e| e.contains("need an area")), "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("used twice")), "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("direction")), "{errs:#?}");
    assert!(
        errs.iter()
            .any(|e| e.contains("Social area has 0 interest items")),
        "{errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e.contains("research dimension has 0")),
        "{errs:#?}"
    );

    let mut f = shipped();
    f.insert(
        QUESTIONS_FILE,
        "[[question]]\nid = \"q\"\ncategory = \"gossip\"\ngrades = \"any\"\nrole = \"opener\"\ntext = \"Hi?\"\n",
    );
    let errs = errors_for(&f);
    assert!(
        errs.iter()
            .any(|e| e.contains("questions.toml") && e.contains("gossip")),
        "{errs:#?}"
    );
}

#[test]
fn missing_files_are_reported() {
    let mut f = shipped();
    f.remove(QUESTIONS_FILE);
    assert!(
        errors_for(&f)
            .iter()
            .any(|e| e.contains("questions.toml") && e.contains("missing"))
    );
    let mut f = shipped();
    f.remove(tables::ONET_OCCUPATIONS);
    assert!(errors_for(&f).iter().any(|e| e.contains("occupations.csv")));
}

#[test]
fn shipped_catalog_covers_what_students_need() {
    use crate::domain::career::{CareerKind, Field};
    let data = embedded().unwrap();
    let (doctors, others): (Vec<_>, Vec<_>) = data
        .careers
        .iter()
        .partition(|c| c.entry.kind == CareerKind::Physician);
    assert!(doctors.len() >= 45, "{} physician entries", doctors.len());
    assert!(others.len() >= 45, "{} other entries", others.len());
    assert!(doctors.iter().all(|c| !c.entry.myths.is_empty()));
    let with_myth = others.iter().filter(|c| !c.entry.myths.is_empty()).count();
    assert!(
        with_myth * 2 >= others.len(),
        "{with_myth} of {}",
        others.len()
    );
    for f in Field::ALL {
        assert!(
            data.careers.iter().any(|c| c.entry.field == f),
            "no career in {f:?}"
        );
    }
    // The paths the catalog must not leave out, physician and not.
    for id in [
        "cardiologist",
        "medical-oncologist",
        "gastroenterologist",
        "neonatologist",
        "child-psychiatrist",
        "forensic-pathologist",
        "sports-medicine-physician",
        "general-surgeon",
        "obstetrician-gynecologist",
        "registered-nurse",
        "nurse-practitioner",
        "nurse-anesthetist",
        "nurse-midwife",
        "physician-assistant",
        "pharmacist",
        "dentist",
        "optometrist",
        "physical-therapist",
        "occupational-therapist",
        "speech-language-pathologist",
        "emt",
        "paramedic",
        "radiologic-technologist",
        "medical-lab-scientist",
        "genetic-counselor",
        "dietitian",
        "respiratory-therapist",
        "clinical-psychologist",
        "healthcare-social-worker",
        "medical-scientist",
        "biostatistician",
        "epidemiologist",
        "health-services-manager",
        "health-information-specialist",
        "biomedical-engineer",
        "nursing-assistant",
        "medical-assistant",
        "phlebotomist",
        "pharmacy-technician",
    ] {
        assert!(data.careers.iter().any(|c| c.id() == id), "{id} is missing");
    }
}

#[test]
fn prose_has_no_typed_figures() {
    // Figures come from the tables; prose that repeats them would go stale or be unsourced.
    let data = embedded().unwrap();
    let allowed = [
        "911", "type 1", "type 2", "Type 1", "Type 2", "COVID-19", "24/7",
    ];
    for c in &data.careers {
        let e = &c.entry;
        let mut texts = vec![&e.summary, &e.work, &e.day];
        texts.extend(e.myths.iter().flat_map(|m| [&m.myth, &m.fact]));
        for t in texts {
            let mut scrubbed = t.clone();
            for a in allowed {
                scrubbed = scrubbed.replace(a, "");
            }
            assert!(
                !scrubbed.chars().any(|ch| ch.is_ascii_digit()),
                "{}: a figure in prose: {t}",
                c.id()
            );
        }
    }
}

#[test]
fn subjects_must_be_one_to_five_without_repeats() {
    let line = "subjects = [\"babies-kids\", \"teens\", \"older-adults\", \"medicines\"]";
    let refused = [
        ("subjects = []", "subjects needs at least one item"),
        ("", "subjects needs at least one item"),
        (
            "subjects = [\"heart\", \"brain\", \"eyes\", \"teeth\", \"lab\", \"food\"]",
            "subjects has 6 items; list at most 5",
        ),
        (
            "subjects = [\"heart\", \"brain\", \"heart\"]",
            "subjects lists \"heart\" twice",
        ),
        ("subjects = [\"dinosaurs\"]", "dinosaurs"),
    ];
    for (to, says) in refused {
        let errs = errors_for(&with_entry_edit(line, to));
        assert!(
            errs.iter().any(|e| e.contains("physicians.toml")
                && e.contains("family-physician")
                && e.contains(says)),
            "{to:?} should be refused with {says:?}: {errs:#?}"
        );
    }
    let five = "subjects = [\"heart\", \"brain\", \"eyes\", \"teeth\", \"lab\"]";
    assert!(errors_for(&with_entry_edit(line, five)).is_empty());
}

/// For each subject, the careers that list it (print with `--nocapture`). A student who picks a
/// subject must find careers that work with it. `animals` and `art-music` wait for the careers
/// in data/careers/health-more.toml; once those are in, every subject must have a career.
#[test]
fn every_subject_has_careers() {
    use crate::domain::subject::Subject;
    let data = embedded().unwrap();
    let waiting: [Subject; 0] = [];
    let mut empty = Vec::new();
    for s in Subject::ALL {
        let ids: Vec<&str> = data
            .careers
            .iter()
            .filter(|c| c.entry.subjects.contains(&s))
            .map(|c| c.id())
            .collect();
        println!("{:<17} {:>2}  {}", s.as_str(), ids.len(), ids.join(", "));
        if ids.is_empty() && !waiting.contains(&s) {
            empty.push(s.as_str());
        }
    }
    assert!(empty.is_empty(), "no career lists {empty:?}");
}

/// "Things you can try now": every career keeps at least one thing any student can do at school
/// or at home, for free or nearly so, without a club, a trip or a hospital saying yes.
#[test]
fn every_career_has_an_activity_any_school_can_offer() {
    let data = embedded().unwrap();
    let needs_more = |a: &str| {
        let lower = a.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let word = |w: &str| words.contains(&w);
        [
            "hosa",
            "summer",
            "camp",
            "camps",
            "internship",
            "internships",
        ]
        .into_iter()
        .any(word)
            || words.iter().any(|w| w.starts_with("program"))
            || lower.contains("science fair")
            || (words.iter().any(|w| w.starts_with("volunteer")) && word("hospital"))
    };
    let mut without = Vec::new();
    for c in &data.careers {
        if c.entry.activities.iter().all(|a| needs_more(a)) {
            without.push(c.id());
        }
    }
    assert!(
        without.is_empty(),
        "careers whose every activity needs HOSA, a science fair, a summer or camp, an \
         internship, a program or a hospital: {without:?}"
    );
    assert!(needs_more("Volunteer at a hospital"));
    assert!(needs_more("Join HOSA - Future Health Professionals"));
    assert!(!needs_more(
        "Start a health fact of the week on your school's announcements"
    ));
}

/// Every interest item describes work that some career in the catalog does. The table is
/// written by hand: each item, and careers whose work it is (see their `work` and `day` text).
/// A new interest item must be added here with such a career, or the catalog must gain one.
const ITEM_CAREERS: &[(&str, &[&str])] = &[
    // Clinical engineers keep hospital equipment safe and working. (Medical equipment repairers
    // are not in the reference tables.)
    ("r-repair-hospital-machine", &["biomedical-engineer"]),
    (
        "i-clues-from-tests",
        &["pathologist", "internist", "family-physician"],
    ),
    ("a-design-health-poster", &["health-education-specialist"]),
    (
        "s-calm-worried-patient",
        &["registered-nurse", "dental-assistant"],
    ),
    ("e-lead-new-clinic", &["health-services-manager"]),
    ("c-keep-patient-records", &["health-information-specialist"]),
    ("r-practice-splints", &["emt", "athletic-trainer"]),
    (
        "i-find-what-sick-people-share",
        &["epidemiologist", "biostatistician"],
    ),
    // Art therapists help hospital children show their fears in pictures and comics. (Child life
    // specialists are not in the reference tables.)
    ("a-write-hospital-story", &["art-therapist"]),
    (
        "s-teach-family-care",
        &["registered-nurse", "occupational-therapist"],
    ),
    ("e-convince-town-leaders", &["health-education-specialist"]),
    (
        "c-check-medicine-list",
        &["pharmacist", "pharmacy-technician"],
    ),
    ("r-fit-brace-or-leg", &["orthotist-prosthetist"]),
    (
        "i-cells-under-microscope",
        &["pathologist", "medical-lab-scientist"],
    ),
    // Dosimetrists draw the outlines of organs on scans. (Medical illustrators, who draw for
    // books, are not in the reference tables.)
    ("a-draw-inside-body", &["medical-dosimetrist"]),
    (
        "s-listen-to-classmate",
        &["mental-health-counselor", "clinical-psychologist"],
    ),
    ("e-run-hospital-fundraiser", &["health-services-manager"]),
    (
        "c-plan-blood-drive-schedule",
        &["phlebotomist", "medical-assistant"],
    ),
    (
        "r-handle-lab-samples",
        &["medical-lab-scientist", "phlebotomist"],
    ),
    ("i-test-soap-germs", &["medical-scientist"]),
    // Art therapists set up calm, safe art rooms.
    ("a-design-calm-waiting-room", &["art-therapist"]),
    (
        "s-cheer-on-walking-again",
        &["physical-therapist", "physical-therapist-assistant"],
    ),
    ("e-pitch-health-app", &["biomedical-engineer"]),
    ("c-follow-lab-steps", &["medical-lab-scientist"]),
    ("r-tape-athlete-ankle", &["athletic-trainer"]),
    ("i-test-athlete-breathing", &["exercise-physiologist"]),
    (
        "a-act-stress-play",
        &["recreational-therapist", "health-education-specialist"],
    ),
    ("s-teach-kids-first-aid", &["health-education-specialist"]),
    (
        "e-lead-health-fair-volunteers",
        &["health-education-specialist"],
    ),
    ("c-count-health-supplies", &["pharmacy-technician"]),
];

#[test]
fn every_interest_item_describes_work_some_career_does() {
    use crate::domain::assessment::Part;
    let data = embedded().unwrap();
    let interest: Vec<&str> = data
        .items
        .iter()
        .filter(|i| i.part == Part::Interests)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(interest.len(), 30);
    for id in &interest {
        assert!(
            ITEM_CAREERS.iter().any(|(item, _)| item == id),
            "interest item {id} has no career in the table"
        );
    }
    for (item, careers) in ITEM_CAREERS {
        assert!(interest.contains(item), "{item} is not an interest item");
        assert!(!careers.is_empty(), "{item}");
        for c in *careers {
            assert!(
                data.careers.iter().any(|x| x.id() == *c),
                "{item}: career {c} is not in the catalog"
            );
        }
    }
    let mut ids: Vec<&str> = ITEM_CAREERS.iter().map(|(i, _)| *i).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ITEM_CAREERS.len(), "an item is listed twice");
}
