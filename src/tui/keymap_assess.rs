//! Key bindings of the assessment and its results, kept apart from the main table so neither file grows too long.
//! `keymap::action_for`, the footer and the help read every table.

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Context::*;
use super::keymap::{Binding, b, c, k};
use crate::strings::keys as s;

pub static ASSESS_KEYMAP: &[Binding] = &[
    // The assessment.
    b(
        AssessIntro,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::START,
        Action::Select,
        true,
    ),
    b(
        AssessItem,
        &[c('1'), c('2'), c('3'), c('4'), c('5')],
        s::L_ONE_TO_FIVE,
        s::ANSWER,
        Action::Answer(0),
        true,
    ),
    b(
        AssessItem,
        &[k(KeyCode::Up), c('k')],
        s::L_UP,
        s::UP,
        Action::Up,
        false,
    ),
    b(
        AssessItem,
        &[k(KeyCode::Down), c('j')],
        s::L_DOWN,
        s::DOWN,
        Action::Down,
        false,
    ),
    b(
        AssessItem,
        &[k(KeyCode::Enter), c(' ')],
        s::L_ENTER,
        s::ANSWER_CHOSEN,
        Action::Select,
        false,
    ),
    b(AssessItem, &[c('s')], "s", s::SKIP, Action::Skip, true),
    b(
        AssessItem,
        &[k(KeyCode::Left), c('h'), c('b')],
        s::L_LEFT,
        s::PREVIOUS_QUESTION,
        Action::Prev,
        true,
    ),
    b(
        AssessItem,
        &[k(KeyCode::Right), c('l')],
        s::L_RIGHT,
        s::NEXT_QUESTION,
        Action::Next,
        false,
    ),
    b(
        AssessDone,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::SEE_RESULTS,
        Action::Select,
        true,
    ),
    b(
        AssessDone,
        &[k(KeyCode::Left), c('h'), c('b')],
        s::L_LEFT,
        s::PREVIOUS_QUESTION,
        Action::Prev,
        true,
    ),
    // Results.
    b(Results, &[c('x')], "x", s::NOT_FOR_ME, Action::Hide, true),
    b(
        Results,
        &[c('t')],
        "t",
        s::KIND_OF_CAREER,
        Action::CycleKind,
        true,
    ),
    b(
        Results,
        &[c('y')],
        "y",
        s::MAX_YEARS,
        Action::CycleYears,
        true,
    ),
    b(
        Results,
        &[c('p')],
        "p",
        s::YOUR_PROFILE,
        Action::Profile,
        true,
    ),
    b(
        Results,
        &[c('v')],
        "v",
        s::WHAT_CHANGED,
        Action::Changes,
        true,
    ),
    b(
        Results,
        &[c('w')],
        "w",
        s::HOW_MATCHING,
        Action::HowItWorks,
        true,
    ),
    b(
        Results,
        &[c('a')],
        "a",
        s::SHOW_HIDDEN,
        Action::ShowHidden,
        false,
    ),
    b(Results, &[c('r')], "r", s::RETAKE, Action::Retake, false),
];
