//! Issue 19: a career's page read at 80x24. Its sources and license lines fold behind one key
//! (`w`), so the road and the figures read without a citation after every step, and the page
//! is read at the full width of the window.

use crossterm::event::KeyCode;
use medpath::tui::screens::explore::{career_page, page_width};
use medpath::tui::theme::Theme;

mod common;
use common::*;

const COLS: u16 = 80;
const ROWS: usize = 24;
/// What is not the page at 80x24: the tab line, the profile line, the footer, and the box
/// around the page (top and bottom).
const CHROME: usize = 5;
/// The most screens a folded page may take. The goal of issue 19 is 4; pages now take 4.8 to
/// 5.9 (92 to 113 lines with the road's "who pays" lines; README, "Reading level"), so this
/// guards against them growing: it is not the goal yet.
const SCREENS: usize = 6;

/// An app with one profile, chosen, in Explore, reading `career`'s page.
fn reading(career: &str) -> medpath::tui::app::App {
    let mut a = app_with(&[("Maya", "9")], Theme::color());
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('4'));
    key(&mut a, KeyCode::Char('/'));
    typed(&mut a, career);
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Enter);
    a
}

#[test]
fn every_folded_career_page_fits_its_screens_with_room_for_a_line_per_step() {
    let data = medpath::refdata::embedded().unwrap();
    let title_of = |id: &str| {
        data.careers
            .iter()
            .find(|c| c.id() == id)
            .map(|c| c.entry.title.clone())
    };
    // The page fills the body when read; its box leaves COLS - 2 columns inside.
    let width = page_width(COLS - 2);
    let screen = ROWS - CHROME;
    let mut worst = (0, String::new());
    let mut sizes = Vec::new();
    for c in &data.careers {
        let folded = career_page(c, &title_of, None, width, false, &Theme::color());
        let shown = career_page(c, &title_of, None, width, true, &Theme::color());
        assert!(shown.len() > folded.len(), "{}: sources fold", c.id());
        // The road's "who pays" lines are in the page now.
        let need = folded.len();
        assert!(
            need <= SCREENS * screen,
            "{}: {need} lines, more than {SCREENS} screens of {screen}",
            c.id()
        );
        for l in &folded {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            assert!(!text.contains("Source:"), "{}: {text}", c.id());
            assert!(
                unicode_width::UnicodeWidthStr::width(text.as_str()) <= width,
                "{}: {text}",
                c.id()
            );
        }
        sizes.push(folded.len());
        if need > worst.0 {
            worst = (need, c.id().to_string());
        }
    }
    sizes.sort_unstable();
    println!(
        "folded pages: {} to {} lines, median {}; most with a line per step: {} ({})",
        sizes[0],
        sizes[sizes.len() - 1],
        sizes[sizes.len() / 2],
        worst.0,
        worst.1
    );
}

/// Scrolls the page to its training road.
fn to_road(a: &mut medpath::tui::app::App) {
    key(a, KeyCode::Home);
    key(a, KeyCode::PageDown);
    for _ in 0..8 {
        key(a, KeyCode::Down);
    }
}

#[test]
fn a_career_page_folded_and_with_its_sources() {
    let mut a = reading("respiratory therapist");
    let top = screen(&a);
    assert!(top.contains("(sources: press w)"), "{top}");
    assert!(top.contains("w sources"), "the footer names the key: {top}");
    to_road(&mut a);
    let folded = screen(&a);
    assert!(
        folded.contains("● ") && !folded.contains("Source:"),
        "{folded}"
    );
    insta::assert_snapshot!("folded", folded);
    key(&mut a, KeyCode::Char('w'));
    to_road(&mut a);
    let shown = screen(&a);
    assert!(shown.contains("Source:"), "{shown}");
    insta::assert_snapshot!("with_sources", shown);
    // The same key folds them again; the license lines come back with them only.
    key(&mut a, KeyCode::Char('w'));
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&screen(&a));
        key(&mut a, KeyCode::PageDown);
    }
    assert!(!seen.contains("O*NET® 29.3"), "license folded");
}
