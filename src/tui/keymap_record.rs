//! Key bindings of My plan (courses, experiences, goals) and counselor mode (roster,
//! record, check-ins), kept apart from the main table.

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Binding;
#[allow(unused_imports)]
use super::keymap::{Context::*, b, c, k};
#[allow(unused_imports)]
use crate::strings::keys as s;

pub static RECORD_KEYMAP: &[Binding] = &[
    // My plan: every tab.
    b(
        MyPlan,
        &[k(KeyCode::Tab), k(KeyCode::Right)],
        "Tab/→",
        crate::strings::myplan::keys::NEXT_TAB,
        Action::NextTab,
        true,
    ),
    b(
        MyPlan,
        &[k(KeyCode::BackTab), k(KeyCode::Left)],
        "⇧Tab/←",
        crate::strings::myplan::keys::PREV_TAB,
        Action::PrevTab,
        false,
    ),
];
