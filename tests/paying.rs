//! Paying for it (issue 19, item 5): the page at 80x24 from Home and from a career's page,
//! the pay marks on a career's training road, and the real binary's `careers paying --json`
//! and `careers show --json` with the step pay marks.

use crossterm::event::KeyCode;
use medpath::tui::theme::Theme;

mod common;
use common::*;

#[test]
fn paying_for_it_opens_from_home_and_goes_back_there() {
    let mut a = app_with(&[("Maya", "9")], Theme::mono());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('$'));
    let s = screen(&a);
    insta::assert_snapshot!(s);
    assert!(s.contains("Paying for it"), "{s}");
    // The page reads to its end, with figures, years and sources.
    let mut seen = s.clone();
    for _ in 0..40 {
        key(&mut a, KeyCode::PageDown);
        seen.push_str(&screen(&a));
    }
    for want in [
        "$7,395",
        "2025-26",
        "Source:",
        "undated page",
        "$68,166",
        "July 1, 2026",
    ] {
        assert!(seen.contains(want), "{want} missing");
    }
    assert!(!seen.contains("2,608"), "the Army stipend is held back");
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, medpath::tui::Area::Home);
}

#[test]
fn a_career_page_marks_who_pays_each_step_and_opens_paying() {
    let mut a = app_with(&[("Maya", "9")], Theme::mono());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, "family physician");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Enter);
    let mut road = None;
    let mut seen = String::new();
    for _ in 0..12 {
        key(&mut a, KeyCode::PageDown);
        let s = screen(&a);
        if road.is_none() && s.contains("you pay tuition") {
            road = Some(s.clone());
        }
        seen.push_str(&s);
    }
    insta::assert_snapshot!(road.expect("the road says who pays"));
    assert!(seen.contains("a paid job"), "residency is paid");
    assert!(seen.contains("$68,166"), "with the stipend figure");
    assert!(seen.contains("press $"), "the road points to Paying for it");
    key(&mut a, KeyCode::Char('$'));
    let s = screen(&a);
    assert!(s.contains("Paying for it"), "{s}");
    // Closing it returns to the career, still in Explore.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.area, medpath::tui::Area::Explore);
    assert!(!screen(&a).contains("┌ Paying for it"));
}

#[test]
fn careers_paying_json_parses_and_every_figure_has_year_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let out = medpath(&db)
        .args(["careers", "paying", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Paying for it");
    let figures = v["figures"].as_array().unwrap();
    assert!(figures.len() > 50);
    for f in figures {
        for key in ["id", "figure", "year", "source_org", "source_url"] {
            assert!(
                f[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} in {f}"
            );
        }
    }
    assert_eq!(v["held_back"][0]["id"], "hpsp_army_stipend");
    let text = medpath(&db).args(["careers", "paying"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Financial aid"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 78));
}

#[test]
fn careers_show_json_has_the_step_pay_marks() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let out = medpath(&db)
        .args(["careers", "show", "family-physician", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let steps = v["figures"]["training"].as_array().unwrap();
    let pays: Vec<&str> = steps.iter().map(|s| s["pay"].as_str().unwrap()).collect();
    assert_eq!(pays, ["tuition", "tuition", "paid"]);
    assert_eq!(steps[2]["costs"][0]["id"], "resident_stipend_py1_2025");
    assert_eq!(steps[2]["costs"][0]["figure"], "68166");
    assert_eq!(steps[1]["costs"][0]["id"], "med_coa4_instate_all_2019");
    // The authored marks are there too.
    assert_eq!(v["training"][0]["pay"], "tuition");
    let text = medpath(&db)
        .args(["careers", "show", "family-physician"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("you pay tuition"), "{text}");
    assert!(text.contains("medpath careers paying"), "{text}");
    assert!(!text.contains("press $"), "{text}");
}
