//! Unit tests of `search`: small lists, and the real catalog for the queries students type.
use super::*;
use crate::domain::career::{CareerKind, Field};

fn item(id: &str, title: &str, aliases: &[&str], summary: &str) -> CareerSummary {
    CareerSummary {
        id: id.into(),
        title: title.into(),
        kind: CareerKind::Physician,
        field: Field::PrimaryCare,
        summary: summary.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        keywords: vec!["checkup".into()],
        total_years: None,
        known_years: crate::domain::career::YearRange::exact(0.0),
        school_years: 0.0,
        contact: crate::domain::career::Contact::Lots,
        workplaces: vec![],
        subjects: vec![],
        median_wage_2024: None,
        growth_2024_34_pct: None,
        pay_of_group: false,
        onet_code: "29-1215.00".into(),
        interests: None,
        interests_from: None,
        workstyle: Default::default(),
    }
}

fn items() -> Vec<CareerSummary> {
    vec![
        item(
            "family-physician",
            "Family physician",
            &["family doctor"],
            "Cares for whole families.",
        ),
        item(
            "cardiologist",
            "Cardiologist",
            &["heart doctor"],
            "Treats the heart.",
        ),
        item(
            "registered-nurse",
            "Registered nurse",
            &["RN"],
            "Looks after patients in hospitals.",
        ),
    ]
}

#[test]
fn empty_query_keeps_all_in_order() {
    assert_eq!(Searcher::default().search(&items(), "  "), vec![0, 1, 2]);
}

#[test]
fn finds_by_title_alias_and_summary() {
    let mut s = Searcher::default();
    assert_eq!(s.search(&items(), "cardio")[0], 1);
    assert_eq!(s.search(&items(), "heart")[0], 1);
    assert_eq!(s.search(&items(), "nurse")[0], 2);
    assert_eq!(s.search(&items(), "hospitals"), vec![2]);
    // Only at the start of a word in a summary.
    assert!(s.search(&items(), "ospitals").is_empty());
}

#[test]
fn tolerates_case_and_typos_in_order() {
    let mut s = Searcher::default();
    assert_eq!(s.search(&items(), "FAMLY")[0], 0);
}

#[test]
fn finds_by_keyword_and_through_typos() {
    let mut s = Searcher::default();
    assert_eq!(s.search(&items(), "checkup"), vec![0, 1, 2]);
    // A whole name typed exactly comes first.
    assert_eq!(s.search(&items(), "rn")[0], 2);
    // Swapped and wrong letters, which a plain fuzzy match misses.
    assert_eq!(s.search(&items(), "cardoilogist"), vec![1]);
    assert_eq!(s.search(&items(), "registred nurze"), vec![2]);
    assert_eq!(s.search(&items(), "famliy"), vec![0]);
}

/// Skipping what lacks a letter of the query changes no result: over the real catalog,
/// for prefixes of every name, typos of every word, accents, digits and nonsense.
#[test]
fn letter_checks_only_skip_what_cannot_match() {
    let data = crate::refdata::embedded().unwrap();
    let mut list: Vec<CareerSummary> = data.careers.iter().map(CareerSummary::from).collect();
    let mut accented = list[0].clone();
    accented.title = "Pédiatre généraliste".into();
    accented.keywords.push("enfançe".into());
    list.push(accented);
    let mut queries: Vec<String> = vec![
        "pediatre".into(),
        "pédiatre".into(),
        "enfance".into(),
        "ENFANÇE".into(),
        "911".into(),
        "x-ray tech".into(),
        "zzzzqqq".into(),
        "a".into(),
        "nurse  helper".into(),
    ];
    let mut seed = 7u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for c in &list {
        for name in std::iter::once(&c.title)
            .chain(&c.aliases)
            .chain(&c.keywords)
        {
            let chars: Vec<char> = name.chars().collect();
            for n in [2, 5] {
                queries.push(chars.iter().take(n).collect());
            }
            // One or two random edits: swap, drop, or change a letter.
            let mut t = chars.clone();
            for _ in 0..1 + next(2) {
                if t.len() < 2 {
                    break;
                }
                let i = next(t.len() - 1);
                match next(3) {
                    0 => t.swap(i, i + 1),
                    1 => {
                        t.remove(i);
                    }
                    _ => t[i] = char::from(b'a' + next(26) as u8),
                }
            }
            queries.push(t.into_iter().collect());
        }
    }
    let mut s = Searcher::default();
    for q in &queries {
        let fast = s.find_with(&list, q, true);
        let full = s.find_with(&list, q, false);
        assert_eq!(fast, full, "query {q:?}");
    }
    assert!(queries.len() > 2_000, "{}", queries.len());
}

#[test]
fn no_match_gives_nothing() {
    assert!(Searcher::default().search(&items(), "zzzzqqq").is_empty());
}

// The queries in issue 19's "Why", on the real catalog.

fn catalog() -> Vec<CareerSummary> {
    let data = crate::refdata::embedded().unwrap();
    data.careers.iter().map(CareerSummary::from).collect()
}

/// The ids found for `q`, best first, and whether the search was weak.
fn ids(list: &[CareerSummary], q: &str) -> (Vec<String>, bool) {
    let found = Searcher::default().find(list, q);
    (
        found.hits.iter().map(|&i| list[i].id.clone()).collect(),
        found.weak,
    )
}

fn title_has(list: &[CareerSummary], id: &str, word: &str) -> bool {
    list.iter()
        .find(|c| c.id == id)
        .is_some_and(|c| c.title.to_lowercase().contains(word))
}

#[test]
fn nruse_finds_the_nurses_first() {
    let list = catalog();
    let (found, weak) = ids(&list, "nruse");
    assert!(!weak);
    assert_eq!(found[0], "registered-nurse", "{found:?}");
    // Every career named a nurse comes before anything else.
    let nurses = list
        .iter()
        .filter(|c| c.title.to_lowercase().contains("nurse"))
        .count();
    assert!(nurses >= 5);
    for id in &found[..nurses] {
        assert!(
            title_has(&list, id, "nurs"),
            "{id} among the nurses: {found:?}"
        );
    }
    assert!(!found.iter().any(|id| id == "plastic-surgeon"), "{found:?}");
}

#[test]
fn physical_therapy_finds_the_physical_therapist_first() {
    let list = catalog();
    let (found, weak) = ids(&list, "physical therapy");
    assert!(!weak);
    assert_eq!(found[0], "physical-therapist", "{found:?}");
    assert_eq!(found[1], "physical-therapist-assistant", "{found:?}");
}

#[test]
fn kid_doctor_starts_with_the_pediatrician() {
    let list = catalog();
    let (found, weak) = ids(&list, "kid doctor");
    assert!(!weak);
    assert_eq!(found[0], "pediatrician", "{found:?}");
    // The kidney doctor, if at all, comes after every doctor for children.
    let kidney = found.iter().position(|id| id == "nephrologist");
    for id in [
        "pediatric-cardiologist",
        "pediatric-emergency-physician",
        "pediatric-surgeon",
        "neonatologist",
        "child-psychiatrist",
    ] {
        let at = found.iter().position(|f| f == id);
        assert!(
            at.is_some_and(|at| kidney.is_none_or(|k| at < k)),
            "{id}: {found:?}"
        );
    }
}

#[test]
fn ai_does_not_find_the_aide() {
    let list = catalog();
    for q in ["AI", "ai"] {
        let (found, weak) = ids(&list, q);
        assert!(!found.iter().any(|id| id.contains("aide")), "{found:?}");
        // No career is about AI: the computer and data careers are only the closest.
        assert!(weak, "{q}: {found:?}");
        assert!(found.iter().any(|id| id == "biostatistician"), "{found:?}");
    }
    // Short names still find their careers.
    for (q, id) in [
        ("PA", "physician-assistant"),
        ("ENT", "otolaryngologist"),
        ("CNA", "nursing-assistant"),
        ("RN", "registered-nurse"),
        ("pt", "physical-therapist"),
    ] {
        let (found, weak) = ids(&list, q);
        assert_eq!(found[0], id, "{q}: {found:?}");
        assert!(!weak, "{q}");
    }
    // Nor does any other short query match inside a word.
    let (found, _) = ids(&list, "de");
    assert!(
        !found.iter().any(|id| id == "home-health-aide"),
        "{found:?}"
    );
}

#[test]
fn helping_kids_finds_careers_with_children() {
    let list = catalog();
    let (found, weak) = ids(&list, "helping kids");
    assert!(!weak);
    assert_eq!(found[0], "pediatrician", "{found:?}");
    let top: Vec<&str> = found.iter().take(12).map(String::as_str).collect();
    for id in [
        "child-psychiatrist",
        "speech-language-pathologist",
        "pediatric-surgeon",
    ] {
        assert!(top.contains(&id), "{id} not in {top:?}");
    }
    assert!(!top.contains(&"home-health-aide"), "{top:?}");
}

/// "vet", "animals" and "pets" find the veterinarian first, with the other animal careers close
/// behind, and never the imaging careers as if they fit.
#[test]
fn vet_and_animals_find_the_veterinarian() {
    let list = catalog();
    for q in [
        "vet",
        "animals",
        "animal",
        "pets",
        "pet",
        "dog",
        "animal doctor",
    ] {
        let (found, weak) = ids(&list, q);
        assert!(!weak, "{q}: {found:?}");
        assert_eq!(found[0], "veterinarian", "{q}: {found:?}");
        for id in [
            "radiologist",
            "mri-technologist",
            "interventional-radiologist",
        ] {
            assert!(!found.iter().any(|f| f == id), "{q}: {found:?}");
        }
    }
    for q in ["vet", "animals", "pets"] {
        let (found, _) = ids(&list, q);
        let top: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
        for id in ["veterinary-technician", "veterinary-assistant"] {
            assert!(top.contains(&id), "{q}: {id} not in {top:?}");
        }
    }
    let (found, weak) = ids(&list, "vet tech");
    assert!(!weak);
    assert_eq!(found[0], "veterinary-technician", "{found:?}");
    let (found, weak) = ids(&list, "lab animal caretaker");
    assert!(!weak);
    assert_eq!(found[0], "veterinary-assistant", "{found:?}");
}

/// The careers added for what students look for come first for the words they type.
#[test]
fn new_careers_come_first_for_their_words() {
    let list = catalog();
    for (q, id) in [
        ("dental assistant", "dental-assistant"),
        ("art therapy", "art-therapist"),
        ("art therapist", "art-therapist"),
        ("music therapy", "music-therapist"),
        ("music therapist", "music-therapist"),
        ("recreational therapy", "recreational-therapist"),
        (
            "occupational therapy assistant",
            "occupational-therapy-assistant",
        ),
        ("OTA", "occupational-therapy-assistant"),
        ("prosthetist", "orthotist-prosthetist"),
        ("artificial legs", "orthotist-prosthetist"),
        ("exercise physiologist", "exercise-physiologist"),
        ("dosimetrist", "medical-dosimetrist"),
        ("optician", "optician"),
        ("echo tech", "cardiovascular-technologist"),
        ("patient advocate", "patient-advocate"),
        ("clinical nurse specialist", "clinical-nurse-specialist"),
        ("chiropractor", "chiropractor"),
    ] {
        let (found, weak) = ids(&list, q);
        assert!(!weak, "{q}: {found:?}");
        assert_eq!(found[0], id, "{q}: {found:?}");
    }
}

#[test]
fn teeth_finds_the_dental_careers() {
    let list = catalog();
    for q in ["teeth", "tooth"] {
        let (found, weak) = ids(&list, q);
        assert!(!weak, "{q}");
        let top: Vec<&str> = found.iter().take(5).map(String::as_str).collect();
        for id in [
            "dentist",
            "orthodontist",
            "oral-surgeon",
            "dental-hygienist",
            "dental-assistant",
        ] {
            assert!(top.contains(&id), "{q}: {id} not in {top:?}");
        }
    }
}

#[test]
fn blood_finds_the_blood_careers_first() {
    let list = catalog();
    let (found, weak) = ids(&list, "blood");
    assert!(!weak);
    let top: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
    for id in ["phlebotomist", "hematologist"] {
        assert!(top.contains(&id), "{id} not in {top:?}");
    }
    assert!(
        found.iter().any(|id| id == "medical-lab-scientist"),
        "{found:?}"
    );
}

#[test]
fn a_career_typed_in_full_is_first_and_fits() {
    let list = catalog();
    for c in &list {
        let (found, weak) = ids(&list, &c.title);
        assert_eq!(found[0], c.id, "{}: {found:?}", c.title);
        assert!(!weak, "{}", c.title);
    }
}

#[test]
fn nonsense_is_weak_and_empty() {
    let list = catalog();
    assert_eq!(ids(&list, "zzzzqqq"), (vec![], true));
    assert_eq!(ids(&list, "?!"), (vec![], true));
    let (all, weak) = ids(&list, "   ");
    assert_eq!(all.len(), list.len());
    assert!(!weak);
}

/// The everyday-word lists: lowercase words, and every catalog word they name is a word of
/// some career (or one the catalog is about to get).
#[test]
fn everyday_words_name_catalog_words() {
    use crate::domain::search_words::{NEAR, NOT_YET};
    let list = catalog();
    let mut vocab = std::collections::HashSet::new();
    for c in &list {
        for t in std::iter::once(&c.title)
            .chain(&c.aliases)
            .chain(&c.keywords)
            .chain(std::iter::once(&c.summary))
        {
            for w in words(t) {
                vocab.insert(stem(&w).to_string());
            }
        }
    }
    for (k, targets) in SAME.iter().chain(NEAR) {
        assert!(k.chars().all(|c| c.is_ascii_lowercase()), "{k}");
        assert!(!targets.is_empty(), "{k}");
        for t in *targets {
            assert!(t.chars().all(|c| c.is_ascii_lowercase()), "{k}: {t}");
            assert!(
                vocab.contains(stem(t)) || NOT_YET.contains(t),
                "{k}: no career has the word {t}"
            );
        }
    }
}
