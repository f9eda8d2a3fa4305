use std::collections::HashSet;

use super::*;
use crate::domain::plan::{SUGGEST_MAX, SUGGEST_MIN};

fn real_bank() -> Vec<Question> {
    crate::refdata::embedded().unwrap().questions
}

fn want(field: Option<Field>, grade: u8) -> SuggestFor {
    SuggestFor {
        field,
        grade,
        ..SuggestFor::default()
    }
}

/// The bank questions suggested.
fn ids(v: &[Suggested]) -> Vec<String> {
    v.iter()
        .filter_map(|s| s.source.clone())
        .filter(|s| !s.starts_with(SHORTLIST_SOURCE))
        .collect()
}

fn assert_well_formed(v: &[Suggested]) {
    assert!(
        (SUGGEST_MIN..=SUGGEST_MAX).contains(&v.len()),
        "{} questions",
        v.len()
    );
    let texts: HashSet<&str> = v.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), v.len(), "a question appears twice: {v:#?}");
    let srcs = ids(v);
    let unique: HashSet<&String> = srcs.iter().collect();
    assert_eq!(unique.len(), srcs.len(), "a bank question appears twice");
    assert!(v[0].opener, "the list starts with an opener: {:?}", v[0]);
    assert_eq!(v.last().unwrap().category, Category::Advice);
}

#[test]
fn every_kind_of_career_gets_a_full_list_with_its_own_questions() {
    let bank = real_bank();
    for f in Field::ALL {
        for grade in [7, 11] {
            let v = suggest(&bank, &want(Some(f), grade));
            assert_well_formed(&v);
            let own = v
                .iter()
                .filter_map(|s| s.source.as_ref())
                .filter(|id| bank.iter().any(|q| &q.id == *id && q.fields.contains(&f)))
                .count();
            assert!(
                own >= 4,
                "{f:?} grade {grade}: only {own} of its own questions"
            );
        }
    }
}

#[test]
fn different_kinds_give_different_lists() {
    let bank = real_bank();
    let radiology = ids(&suggest(&bank, &want(Some(Field::Diagnostic), 10)));
    let peds_nurse = ids(&suggest(&bank, &want(Some(Field::Nursing), 10)));
    let family = ids(&suggest(&bank, &want(Some(Field::PrimaryCare), 10)));
    let common = |a: &[String], b: &[String]| a.iter().filter(|x| b.contains(x)).count();
    assert!(common(&radiology, &peds_nurse) <= radiology.len() / 2);
    assert!(common(&radiology, &family) <= radiology.len() / 2);
    let mut lists: Vec<Vec<String>> = Field::ALL
        .iter()
        .map(|f| ids(&suggest(&bank, &want(Some(*f), 10))))
        .collect();
    lists.sort();
    lists.dedup();
    assert_eq!(
        lists.len(),
        Field::ALL.len(),
        "two kinds gave the same list"
    );
}

#[test]
fn the_grade_band_is_respected() {
    let bank = real_bank();
    for f in Field::ALL {
        for (grade, wrong) in [(7, GradeBand::HighSchool), (12, GradeBand::MiddleSchool)] {
            for id in ids(&suggest(&bank, &want(Some(f), grade))) {
                let q = bank.iter().find(|q| q.id == id).unwrap();
                assert_ne!(q.grades, wrong, "{id} suggested in grade {grade}");
            }
        }
    }
}

#[test]
fn the_shortlist_adds_a_question_and_picks_the_kind_when_none_is_given() {
    let bank = real_bank();
    let shortlist = vec![
        (
            "family-medicine".to_string(),
            "Family physician".to_string(),
            Field::PrimaryCare,
        ),
        (
            "pediatric-surgery".to_string(),
            "Pediatric surgeon".to_string(),
            Field::Surgical,
        ),
    ];
    // Interviewing the family doctor: the question names the next career on the list.
    let w = SuggestFor {
        field: Some(Field::PrimaryCare),
        shortlist: shortlist.clone(),
        career_id: Some("family-medicine".into()),
        grade: 10,
        linking: Some(crate::strings::interview::shortlist_question),
        ..SuggestFor::default()
    };
    let v = suggest(&bank, &w);
    assert_well_formed(&v);
    assert!(v.iter().any(
        |s| s.source.as_deref() == Some("shortlist:pediatric-surgery")
            && s.text.contains("a pediatric surgeon")
    ));
    let without = suggest(&bank, &want(Some(Field::PrimaryCare), 10));
    assert_ne!(v, without);
    // No career chosen: the top of the shortlist decides the kind.
    let w = SuggestFor {
        shortlist,
        grade: 10,
        linking: Some(crate::strings::interview::shortlist_question),
        ..SuggestFor::default()
    };
    let v = suggest(&bank, &w);
    assert_well_formed(&v);
    let kind = |v: &[Suggested]| -> Vec<String> {
        ids(v)
            .into_iter()
            .filter(|id| bank.iter().any(|q| &q.id == id && !q.fields.is_empty()))
            .collect()
    };
    let family = suggest(&bank, &want(Some(Field::PrimaryCare), 10));
    assert_eq!(kind(&v), kind(&family));
    assert!(!kind(&v).is_empty());
    // ... and the question names the next career on the list, not the same one.
    assert!(v.iter().any(|s| s.text.contains("a pediatric surgeon")));
    assert!(!v.iter().any(|s| s.text.contains("family physician")));
}

#[test]
fn interests_lean_the_choice_but_keep_the_kind() {
    let bank = real_bank();
    let plain = suggest(&bank, &want(Some(Field::Research), 10));
    let mut w = want(Some(Field::Research), 10);
    w.top_areas = vec![Area::Social, Area::Artistic];
    let social = suggest(&bank, &w);
    assert_well_formed(&social);
    let tagged = |v: &[Suggested]| {
        ids(v)
            .iter()
            .filter(|id| {
                bank.iter()
                    .any(|q| &q.id == *id && q.areas.contains(&Area::Social))
            })
            .count()
    };
    assert!(tagged(&social) >= tagged(&plain));
    assert!(tagged(&social) > 0);
}

fn q(id: &str, category: Category, fields: Vec<Field>, role: Role) -> Question {
    Question {
        id: id.into(),
        category,
        fields,
        areas: vec![],
        grades: GradeBand::Any,
        role,
        text: format!("{id}?"),
    }
}

#[test]
fn a_small_bank_gives_what_it_has_without_repeats() {
    let bank = vec![
        q("open", Category::Path, vec![], Role::Opener),
        q("day", Category::TypicalDay, vec![], Role::FollowUp),
        q(
            "cut",
            Category::HardestBest,
            vec![Field::Surgical],
            Role::FollowUp,
        ),
        q("advice", Category::Advice, vec![], Role::FollowUp),
    ];
    let v = suggest(&bank, &want(Some(Field::Surgical), 9));
    assert_eq!(ids(&v), vec!["open", "day", "cut", "advice"]);
    let v = suggest(&bank, &want(Some(Field::Nursing), 9));
    assert_eq!(ids(&v), vec!["open", "day", "advice"]);
    assert!(suggest(&[], &want(None, 9)).is_empty());
}
