//! For checking reading level (not a user command): prints every student-facing passage as
//! one JSON object a line, `{"where": "...", "text": "..."}`, for `scripts/readability.py`.
//!
//! ```text
//! cargo run --example passages
//! ```
//!
//! Printed: for every career in the built-in catalog its summary, work, day, each myth and
//! fact, each training step and its newer-entry rule; every assessment item; and the long
//! passages of `src/strings` that students read (listed in `STRINGS` below: the test
//! `tests/passages.rs` fails when a long `&str` constant of a student-facing strings module
//! is not in that list).

use medpath::domain::career::{CareerKind, Field};
use medpath::strings::{
    about, agenda, areas, assess, career, compare, explore, home, interview, interview_tui, myplan,
    pin, record, report, results, sheet, shortlist, tui,
};

/// A constant and the path it is printed under.
macro_rules! consts {
    ($($m:ident :: $n:ident),* $(,)?) => {
        &[$((concat!("strings::", stringify!($m), "::", stringify!($n)), $m::$n)),*]
    };
}

/// The long (12 words or more) `&str` constants of the student-facing strings modules.
const STRINGS: &[(&str, &str)] = consts![
    agenda::SUGGEST_QUALITY,
    agenda::SUGGEST_COMPARE,
    agenda::SUGGEST_OVERDUE,
    agenda::SUGGEST_INTERVIEW,
    agenda::SUGGEST_COURSES,
    agenda::SUGGEST_EXPERIENCE,
    assess::NEED_PROFILE,
    assess::SCALE_SHORT,
    assess::SKIPPED,
    assess::NOTHING_ANSWERED,
    assess::RUN_VANISHED,
    assess::NO_ANSWERS_IN_FILE,
    assess::PLAIN_INTRO,
    assess::PLAIN_NO_TERMINAL_INPUT,
    assess::ADD_CARE_PART,
    assess::PLAIN_PICKS_ASK,
    results::ADD_CARE_PART,
    career::TABLE_FOOTNOTE,
    career::WORKSTYLE_NOTE,
    career::NO_INTERESTS,
    career::NO_BLS,
    career::INTERESTS_SCALE,
    explore::FILTERS_HELP,
    explore::SORTED_BY_PAY,
    interview::NEED_PERSON,
    interview::NEED_ROLE,
    interview::EMPTY_QUESTION,
    interview::CHECK_ASK,
    interview::CHECK_GROWN_UP,
    interview::CHECK_BRING_SHADOW,
    interview::CHECK_WEAR_SHADOW,
    interview::CHECK_FORMS,
    interview::CHECK_TECH_VIDEO,
    interview_tui::NEED_PROFILE,
    interview_tui::NO_CAREER_MATCH,
    interview_tui::FORMAT_HINT,
    interview_tui::GOAL_HINT,
    interview_tui::SUGGEST_NOTE,
    interview_tui::NO_QUESTIONS,
    interview_tui::MARKS_KEY,
    interview_tui::REFLECT_HINT,
    interview_tui::THANKS_INTRO,
    interview_tui::PRACTICE_EMPTY,
    interview_tui::PRACTICE_AGAIN,
    interview_tui::BANK_GROUP_EMPTY,
    interview_tui::CAREER_FIELD_HINT,
    shortlist::EMPTY,
    shortlist::REORDER_HINT,
    shortlist::NEED_PROFILE,
    shortlist::NOTE_HINT,
    tui::NOT_A_TERMINAL,
    tui::HELP_MOUSE,
    home::WELCOME_BODY,
    home::PRIVACY,
    compare::SOURCES_NOTE,
    compare::SAME_CAREER,
    about::LENGTHS,
    about::WORDS,
    about::PRIVACY,
    myplan::NEED_PROFILE,
    myplan::NO_SHORTLIST,
    myplan::COURSE_KEYS,
    myplan::ADD_FIRST,
    myplan::CHOOSER_HINT,
    myplan::ADD_OTHER_DETAIL,
    myplan::NO_EXPERIENCES,
    myplan::EXPERIENCE_INTRO,
    myplan::KIND_HINT,
    myplan::NAME_HINT,
    myplan::DATE_HINT,
    myplan::END_HINT,
    myplan::HOURS_HINT,
    myplan::REFLECTION_HINT,
    myplan::NO_GOALS,
    myplan::FROM_COUNSELOR_DETAIL,
    myplan::OWN_GOAL_DETAIL,
    myplan::GOAL_INTRO,
    myplan::GOAL_HINT,
    myplan::DUE_HINT,
    pin::CONFIRM_HINT,
    pin::PIN_SET,
    pin::OPEN_FIRST,
    record::PINS_DIFFER,
    record::WRONG_PIN,
    record::EMPTY_GOAL,
    record::PIN_WARNING,
    report::NO_RESULTS,
    report::SCALE,
    report::NO_MATCHES_YET,
    report::FIT_NOTE,
    report::NO_SHORTLIST,
    report::NOTES_INTRO,
    results::NO_RESULT,
    results::NOT_A_VERDICT,
    results::NO_REASONS,
    results::OPEN_HINT,
    results::UNHIDE_HINT,
    results::NONE_SHOWN,
    results::YOUR_INTERESTS_NOTE,
    results::YOUR_STYLE_NOTE,
    results::NO_PREVIOUS,
    results::NOTHING_MOVED,
    sheet::QUESTIONS_HINT,
    sheet::NO_QUESTIONS,
];

fn print(place: &str, text: &str) {
    let line = serde_json::json!({ "where": place, "text": text });
    println!("{line}");
}

fn main() {
    let data = medpath::refdata::embedded().expect("the built-in catalog loads");
    for c in &data.careers {
        let e = &c.entry;
        let at = |what: &str| format!("careers/{}/{what}", e.id);
        print(&at("summary"), &e.summary);
        print(&at("work"), &e.work);
        print(&at("day"), &e.day);
        for (i, m) in e.myths.iter().enumerate() {
            print(&at(&format!("myth{}", i + 1)), &m.myth);
            print(&at(&format!("fact{}", i + 1)), &m.fact);
        }
        for (i, t) in e.training.iter().enumerate() {
            print(&at(&format!("step{}", i + 1)), &t.step);
        }
        if let Some(n) = &e.newer_entry {
            print(&at("newer_entry"), &n.says);
        }
    }
    for item in &data.items {
        print(&format!("assessment/{}", item.id), &item.text);
    }
    for (place, text) in STRINGS {
        print(place, text);
    }
    let lists: [(&str, &[&str]); 2] = [
        ("strings::assess::INTRO", assess::INTRO),
        ("strings::about::TABLES", &about::TABLES),
    ];
    for (place, texts) in lists {
        for (i, t) in texts.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            print(&format!("{place}[{i}]"), t);
        }
    }
    for (heading, paragraphs) in results::HOW {
        for (i, t) in paragraphs.iter().enumerate() {
            print(&format!("strings::results::HOW/{heading}[{i}]"), t);
        }
    }
    // Most fields say the same for both kinds: each text once.
    let mut seen = std::collections::HashSet::new();
    for k in CareerKind::ALL {
        print(
            &format!("strings::areas::kind_text/{}", k.as_str()),
            areas::kind_text(k),
        );
        for f in Field::ALL {
            let text = areas::field_text(k, f);
            if seen.insert(text) {
                let place = format!("strings::areas::field_text/{}/{}", k.as_str(), f.as_str());
                print(&place, text);
            }
        }
    }
}
