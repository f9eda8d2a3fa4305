//! Key bindings of My plan (courses, experiences, goals) and counselor mode (roster,
//! record, check-ins), kept apart from the main table.

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Binding;
#[allow(unused_imports)]
use super::keymap::{Context::*, b, c, k};
#[allow(unused_imports)]
use crate::strings::keys as s;
use crate::strings::myplan::keys as mp;

pub static RECORD_KEYMAP: &[Binding] = &[
    // My plan: the course plan.
    b(Courses, &[c('a')], "a", mp::ADD_COURSE, Action::Add, true),
    b(
        Courses,
        &[k(KeyCode::Enter), c('e')],
        "Enter/e",
        mp::ADD_THIS_COURSE,
        Action::Select,
        false,
    ),
    b(
        Courses,
        &[c('['), c('-')],
        "[ ]",
        mp::GRADE,
        Action::Prev,
        true,
    ),
    b(
        Courses,
        &[c(']'), c('+'), c('=')],
        "]",
        mp::LATER_GRADE,
        Action::Next,
        false,
    ),
    b(
        Courses,
        &[c(' ')],
        "Space",
        mp::COURSE_STATUS,
        Action::Tick,
        true,
    ),
    b(
        Courses,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        mp::REMOVE_COURSE,
        Action::Remove,
        false,
    ),
    // My plan: experiences.
    b(
        Experiences,
        &[c('a')],
        "a",
        mp::ADD_EXPERIENCE,
        Action::Add,
        true,
    ),
    b(
        Experiences,
        &[k(KeyCode::Enter), c('e')],
        "Enter/e",
        mp::EDIT_EXPERIENCE,
        Action::Edit,
        true,
    ),
    b(
        Experiences,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        mp::DELETE_EXPERIENCE,
        Action::Remove,
        false,
    ),
    // My plan: goals.
    b(Goals, &[c('a')], "a", mp::ADD_GOAL, Action::Add, true),
    b(Goals, &[c(' ')], "Space", mp::TICK_GOAL, Action::Tick, true),
    b(
        Goals,
        &[k(KeyCode::Enter), c('e')],
        "Enter/e",
        mp::EDIT_GOAL,
        Action::Edit,
        false,
    ),
    b(
        Goals,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        mp::DELETE_GOAL,
        Action::Remove,
        false,
    ),
    // My plan: every tab.
    b(
        MyPlan,
        &[k(KeyCode::Right)],
        "→",
        mp::NEXT_TAB,
        Action::NextTab,
        true,
    ),
    b(
        MyPlan,
        &[k(KeyCode::Left)],
        "←",
        mp::PREV_TAB,
        Action::PrevTab,
        false,
    ),
    // Counselor mode.
];
