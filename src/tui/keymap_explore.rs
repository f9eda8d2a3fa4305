//! Key bindings of Explore (the list, a career, filters, notes and the shortlist), kept apart from the main table so neither file grows too long.
//! `keymap::action_for`, the footer and the help read every table.

use crossterm::event::{KeyCode, KeyModifiers};

use super::action::Action;
use super::keymap::Context::*;
use super::keymap::{Binding, Key, b, c, k};
use crate::strings::keys as s;

pub static EXPLORE_KEYMAP: &[Binding] = &[
    // Explore.
    // `/` searches from the list and from a career's page alike (listed first on the list).
    b(
        ExploreList,
        &[c('/')],
        s::L_SEARCH,
        s::SEARCH,
        Action::Search,
        true,
    ),
    b(
        ExploreCareer,
        &[c('/')],
        s::L_SEARCH,
        s::SEARCH,
        Action::Search,
        true,
    ),
    b(
        ExploreList,
        &[c('f')],
        "f",
        s::FILTERS,
        Action::Filters,
        true,
    ),
    b(ExploreList, &[c('s')], "s", s::SORT, Action::Sort, false),
    b(
        ExploreList,
        &[c('x')],
        "x",
        s::CLEAR_FILTERS,
        Action::ClearFilters,
        false,
    ),
    b(ExploreList, &[c('b')], "b", s::AREAS, Action::Areas, false),
    b(ExploreList, &[c('a')], "a", s::ABOUT, Action::About, false),
    b(
        ExploreList,
        &[k(KeyCode::Right), c('l')],
        s::L_RIGHT,
        s::READ_DETAIL,
        Action::FocusRight,
        false,
    ),
    b(
        ExploreCareer,
        &[c('*'), c('+')],
        "*",
        s::STAR,
        Action::Star,
        true,
    ),
    b(ExploreCareer, &[c('n')], "n", s::NOTE, Action::Note, false),
    b(
        ExploreCareer,
        &[c('$')],
        "$",
        s::PAYING,
        Action::Paying,
        false,
    ),
    b(
        ExploreCareer,
        &[c('c')],
        "c",
        s::COMPARE,
        Action::Compare,
        true,
    ),
    b(
        ExploreCareer,
        &[c('w')],
        "w",
        s::SOURCES,
        Action::Sources,
        true,
    ),
    b(
        ExploreCareer,
        &[c('m')],
        "m",
        s::MY_SHORTLIST,
        Action::Shortlist,
        true,
    ),
    // The filter panel.
    b(
        FilterPanel,
        &[k(KeyCode::Up), c('k')],
        s::L_UP,
        s::UP,
        Action::Up,
        false,
    ),
    b(
        FilterPanel,
        &[k(KeyCode::Down), c('j')],
        s::L_DOWN,
        s::DOWN,
        Action::Down,
        false,
    ),
    b(
        FilterPanel,
        &[k(KeyCode::Left), c('h')],
        s::L_LEFT_RIGHT,
        s::CHANGE_VALUE,
        Action::Prev,
        true,
    ),
    b(
        FilterPanel,
        &[k(KeyCode::Right), c('l'), c(' ')],
        s::L_RIGHT,
        s::CHANGE_VALUE,
        Action::Next,
        false,
    ),
    b(
        FilterPanel,
        &[c('x')],
        "x",
        s::CLEAR_FILTERS,
        Action::ClearFilters,
        true,
    ),
    b(
        FilterPanel,
        &[k(KeyCode::Enter), k(KeyCode::Esc), c('f'), c('q')],
        s::L_ENTER_ESC,
        s::DONE,
        Action::Back,
        true,
    ),
    // Typing a note.
    b(
        Prompt,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::SAVE,
        Action::Select,
        true,
    ),
    b(
        Prompt,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::CANCEL,
        Action::Back,
        true,
    ),
    // The shortlist.
    b(
        Shortlist,
        &[
            Key {
                code: KeyCode::Up,
                mods: KeyModifiers::SHIFT,
            },
            c('K'),
        ],
        s::L_MOVE_UP,
        s::MOVE_UP,
        Action::MoveUp,
        false,
    ),
    b(
        Shortlist,
        &[
            Key {
                code: KeyCode::Down,
                mods: KeyModifiers::SHIFT,
            },
            c('J'),
        ],
        s::L_MOVE_DOWN,
        s::MOVE_DOWN,
        Action::MoveDown,
        false,
    ),
    b(Shortlist, &[c('n')], "n", s::NOTE, Action::Note, true),
    b(
        Shortlist,
        &[c('c')],
        "c",
        s::COMPARE,
        Action::Compare,
        false,
    ),
    b(
        Shortlist,
        &[c('d'), k(KeyCode::Delete), c('*')],
        "d",
        s::REMOVE,
        Action::Remove,
        true,
    ),
];
