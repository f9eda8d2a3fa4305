//! Key bindings of the interview screens (plans, questions, checklist, practice), kept apart
//! from the main table so neither file grows too long. `keymap::action_for`, the footer and
//! the help read both tables.

use crossterm::event::{KeyCode, KeyModifiers};

use super::action::Action;
use super::keymap::Context::*;
use super::keymap::{Binding, Key, b, c, k};
use crate::strings::interview_tui::keys as s;

const SHIFT_UP: Key = Key {
    code: KeyCode::Up,
    mods: KeyModifiers::SHIFT,
};
const SHIFT_DOWN: Key = Key {
    code: KeyCode::Down,
    mods: KeyModifiers::SHIFT,
};

pub static INTERVIEW_KEYMAP: &[Binding] = &[
    // The list of plans.
    b(
        InterviewList,
        &[c('n')],
        "n",
        s::NEW_PLAN,
        Action::NewPlan,
        true,
    ),
    b(
        InterviewList,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        s::DELETE_PLAN,
        Action::Remove,
        false,
    ),
    b(
        InterviewList,
        &[c('x')],
        "x",
        s::EXPORT,
        Action::Export,
        false,
    ),
    // Practice comes before the plan's tabs so its keys win there.
    b(
        Practice,
        &[k(KeyCode::Enter), c(' '), k(KeyCode::Down), c('j')],
        "Enter",
        s::PRACTICE_NEXT,
        Action::Next,
        true,
    ),
    b(
        Practice,
        &[k(KeyCode::Up), c('k'), c('b')],
        "↑/b",
        s::PRACTICE_PREV,
        Action::Prev,
        false,
    ),
    b(Practice, &[c('n')], "n", s::JOT, Action::Jot, true),
    b(Practice, &[c('r')], "r", s::RESTART, Action::Restart, false),
    // A plan's questions.
    b(
        PlanQuestions,
        &[k(KeyCode::Enter)],
        "Enter",
        s::EDIT_QUESTION,
        Action::Select,
        false,
    ),
    b(
        PlanQuestions,
        &[c('a')],
        "a",
        s::ADD_FROM_BANK,
        Action::AddFromBank,
        true,
    ),
    b(
        PlanQuestions,
        &[c('w')],
        "w",
        s::WRITE_OWN,
        Action::WriteOwn,
        true,
    ),
    b(
        PlanQuestions,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        s::REMOVE_QUESTION,
        Action::Remove,
        false,
    ),
    b(
        PlanQuestions,
        &[SHIFT_UP, c('K')],
        "K",
        s::MOVE_UP,
        Action::MoveUp,
        false,
    ),
    b(
        PlanQuestions,
        &[SHIFT_DOWN, c('J')],
        "J",
        s::MOVE_DOWN,
        Action::MoveDown,
        false,
    ),
    // The checklist.
    b(
        Checklist,
        &[c(' '), k(KeyCode::Enter)],
        "Space",
        s::TICK,
        Action::Tick,
        true,
    ),
    // Every tab of a plan.
    b(
        PlanTabs,
        &[k(KeyCode::Left), c('h'), k(KeyCode::BackTab)],
        "←→",
        s::TABS,
        Action::PrevTab,
        true,
    ),
    b(
        PlanTabs,
        &[k(KeyCode::Right), c('l'), k(KeyCode::Tab)],
        "→/Tab",
        s::NEXT_TAB,
        Action::NextTab,
        false,
    ),
    b(
        PlanTabs,
        &[c('i')],
        "i",
        s::EDIT_DETAILS,
        Action::EditDetails,
        false,
    ),
    b(PlanTabs, &[c('x')], "x", s::EXPORT, Action::Export, true),
    b(
        PlanTabs,
        &[k(KeyCode::Esc)],
        "Esc",
        s::BACK_TO_PLANS,
        Action::Back,
        true,
    ),
    // A small list to choose from.
    b(
        Chooser,
        &[k(KeyCode::Enter)],
        "Enter",
        s::CHOOSE,
        Action::Select,
        true,
    ),
    b(
        Chooser,
        &[k(KeyCode::Left), c('h')],
        "←→",
        s::GROUP,
        Action::Prev,
        false,
    ),
    b(
        Chooser,
        &[k(KeyCode::Right), c('l')],
        "→/l",
        s::NEXT_GROUP,
        Action::Next,
        false,
    ),
    b(
        Chooser,
        &[k(KeyCode::Esc), c('q')],
        "Esc",
        s::CANCEL,
        Action::Back,
        true,
    ),
];
