//! Key bindings of counselor mode: the roster and a student's record.

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Context::*;
use super::keymap::{Binding, b, c, k};
use crate::strings::keys as s;

pub static COUNSELOR_KEYMAP: &[Binding] = &[
    b(
        Roster,
        &[k(KeyCode::Enter)],
        "Enter",
        s::OPEN_RECORD,
        Action::Select,
        true,
    ),
    b(
        Roster,
        &[c('/')],
        "/",
        s::SEARCH_ROSTER,
        Action::Search,
        true,
    ),
    b(Roster, &[c('s')], "s", s::SORT_ROSTER, Action::Sort, true),
    b(
        Record,
        &[k(KeyCode::Tab), k(KeyCode::Right)],
        "Tab/→",
        s::NEXT_TAB,
        Action::NextTab,
        true,
    ),
    b(
        Record,
        &[k(KeyCode::BackTab), k(KeyCode::Left)],
        "←",
        s::PREV_TAB,
        Action::PrevTab,
        false,
    ),
    b(
        Record,
        &[c('c')],
        "c",
        s::NEW_CHECKIN,
        Action::CheckIn,
        true,
    ),
    b(Record, &[c('g')], "g", s::ADD_GOAL, Action::AddGoal, true),
    b(Record, &[c('x')], "x", s::SAVE_REPORT, Action::Report, true),
    b(Counselor, &[c('L')], "L", s::LOCK, Action::Lock, true),
];
