//! The catalog's pay marks: every step of every career says who pays, every cost id is a row
//! of the costs table, and every residency step is a paid job with the stipend rows. Run it
//! after adding careers: a step without `pay = "..."` is named here.

use super::*;
use crate::domain::costs::{Pay, STIPEND_ROWS};

fn errors_for(files: &Files) -> Vec<String> {
    match load(files) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    }
}

fn with_edit(from: &str, to: &str) -> Files {
    let mut f = Files::embedded();
    let text = f.get("careers/physicians.toml").unwrap().to_string();
    assert!(text.contains(from), "test setup: {from:?} not found");
    f.insert("careers/physicians.toml", &text.replacen(from, to, 1));
    f
}

#[test]
fn every_step_of_every_career_says_who_pays() {
    let data = embedded().unwrap();
    let unmarked: Vec<String> = data
        .careers
        .iter()
        .flat_map(|c| {
            c.figures
                .training
                .iter()
                .enumerate()
                .filter(|(_, s)| s.pay.is_none())
                .map(move |(n, s)| format!("{} step {}: {}", c.id(), n + 1, s.step))
        })
        .collect();
    assert!(
        unmarked.is_empty(),
        "steps without a pay mark (add pay = \"tuition\" | \"paid\" | \"employer\" | \
         \"funded\" | \"varies\"):\n{}",
        unmarked.join("\n")
    );
}

#[test]
fn every_cost_id_is_a_row_and_every_residency_is_paid() {
    let data = embedded().unwrap();
    for c in &data.careers {
        for (step, s) in c.entry.training.iter().zip(&c.figures.training) {
            for id in &step.cost {
                assert!(
                    data.costs.iter().any(|r| &r.id == id),
                    "{}: cost {id}",
                    c.id()
                );
            }
            if step.residency.is_some() {
                assert_eq!(s.pay, Some(Pay::Paid), "{}", c.id());
                assert!(!s.costs.is_empty(), "{}", c.id());
                assert_eq!(s.costs[0].id, STIPEND_ROWS[0], "{}", c.id());
            }
            if s.pay == Some(Pay::Funded) {
                assert!(s.pay_source.is_some(), "{}", c.id());
            }
        }
    }
}

#[test]
fn a_five_year_residency_carries_the_first_five_stipend_rows() {
    let data = embedded().unwrap();
    let gs = data
        .careers
        .iter()
        .find(|c| c.id() == "general-surgeon")
        .unwrap();
    let res = gs.figures.training.last().unwrap();
    let ids: Vec<&str> = res.costs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, STIPEND_ROWS[..5]);
}

#[test]
fn wrong_pay_marks_and_cost_ids_are_reported() {
    let unknown = errors_for(&with_edit(
        "cost = [\"med_coa4_instate_all_2019\"",
        "cost = [\"med_coa4_nowhere\"",
    ));
    assert!(
        unknown
            .iter()
            .any(|e| e.contains("cost row \"med_coa4_nowhere\"") && e.contains("family-physician")),
        "{unknown:?}"
    );
    let residency = errors_for(&with_edit(
        "residency = \"Family medicine\"",
        "residency = \"Family medicine\"\npay = \"tuition\"",
    ));
    assert!(
        residency.iter().any(|e| e.contains("paid job")),
        "{residency:?}"
    );
    let funded = errors_for(&with_edit("pay = \"tuition\"", "pay = \"funded\""));
    assert!(
        funded.iter().any(|e| e.contains("pay_source")),
        "{funded:?}"
    );
    let word = errors_for(&with_edit("pay = \"tuition\"", "pay = \"free\""));
    assert!(
        word.iter().any(|e| e.contains("unknown variant")),
        "{word:?}"
    );
}

#[test]
fn a_missing_pay_mark_loads_but_the_catalog_test_would_name_it() {
    let f = with_edit("pay = \"tuition\"\n", "");
    let data = load(&f).unwrap();
    let fp = data
        .careers
        .iter()
        .find(|c| c.id() == "family-physician")
        .unwrap();
    assert_eq!(fp.figures.training[0].pay, None);
}

#[test]
fn a_bad_costs_table_stops_the_load_with_a_clear_message() {
    let mut f = Files::embedded();
    let text = f.get(costs::COSTS).unwrap().to_string();
    f.insert(
        costs::COSTS,
        &text.replacen(",federal_aid,", ",free_money,", 1),
    );
    let errs = errors_for(&f);
    assert!(
        errs.iter()
            .any(|e| e.contains("costs.csv") && e.contains("unknown topic \"free_money\"")),
        "{errs:?}"
    );
}
