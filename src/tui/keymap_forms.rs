//! Key bindings while typing: forms (one-line and multi-line boxes) and searches, kept apart
//! from the main table so neither file grows too long. `keymap::action_for`, the footer and
//! the help read every table.

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Context::*;
use super::keymap::{Binding, b, ctrl, k};
use crate::strings::keys as s;

pub static FORM_KEYMAP: &[Binding] = &[
    // Typing in a form.
    b(
        Form,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::NEXT_BOX,
        Action::Select,
        true,
    ),
    b(
        Form,
        &[k(KeyCode::Tab), k(KeyCode::Down)],
        s::L_TAB,
        s::NEXT_FIELD,
        Action::NextField,
        false,
    ),
    b(
        Form,
        &[k(KeyCode::BackTab), k(KeyCode::Up)],
        s::L_BACKTAB,
        s::PREV_FIELD,
        Action::PrevField,
        false,
    ),
    b(
        Form,
        &[ctrl('s')],
        s::L_CTRL_S,
        s::SAVE_FORM,
        Action::Save,
        true,
    ),
    b(
        Form,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::L_ESC_LEAVE,
        Action::Back,
        true,
    ),
    // Typing in a box of several lines: Enter and the arrows stay in the box.
    b(
        FormLines,
        &[k(KeyCode::Tab)],
        s::L_TAB,
        s::NEXT_FIELD,
        Action::NextField,
        true,
    ),
    b(
        FormLines,
        &[k(KeyCode::BackTab)],
        s::L_BACKTAB,
        s::PREV_FIELD,
        Action::PrevField,
        false,
    ),
    b(
        FormLines,
        &[ctrl('s')],
        s::L_CTRL_S,
        s::SAVE_FORM,
        Action::Save,
        true,
    ),
    b(
        FormLines,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::L_ESC_LEAVE,
        Action::Back,
        true,
    ),
    // Typing a name to find on Home.
    b(
        Find,
        &[k(KeyCode::Enter), k(KeyCode::Down)],
        s::L_ENTER,
        s::FIND_DONE,
        Action::Select,
        true,
    ),
    b(
        Find,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::FIND_CLEAR,
        Action::Back,
        true,
    ),
    // Typing a search.
    b(
        Search,
        &[k(KeyCode::Enter), k(KeyCode::Down)],
        s::L_ENTER,
        s::SEARCH_DONE,
        Action::Select,
        true,
    ),
    b(
        Search,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::SEARCH_CLEAR,
        Action::Back,
        true,
    ),
];
