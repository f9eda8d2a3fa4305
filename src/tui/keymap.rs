//! The one table of key bindings. The footer and the `?` help overlay are both drawn from it,
//! so what they show is exactly what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::Area;
use super::action::Action;
use crate::strings::keys as s;

/// Where the focus is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, unless a text field has the focus.
    Global,
    /// A list with a selection.
    List,
    Home,
    /// Typing in a form, in a one-line box or a choice.
    Form,
    /// Typing in a form, in a box of several lines (Enter is a new line).
    FormLines,
    ExploreList,
    /// Typing a search.
    Search,
    /// Typing a name to find on Home (with `Search`, which makes keys text).
    Find,
    /// A career chosen in Explore (list or detail): star, note, compare.
    ExploreCareer,
    /// The Explore filter panel.
    FilterPanel,
    /// Typing a one-line answer (a note).
    Prompt,
    /// The shortlist: reorder, note, remove.
    Shortlist,
    /// A yes / no question.
    Confirm,
    /// Reading a long text.
    Reader,
    /// The assessment's first page.
    AssessIntro,
    /// The assessment's first page, when the latest result can take part 3.
    AssessAddPart,
    /// An assessment item.
    AssessItem,
    /// The assessment's checklist of subjects.
    AssessSubjects,
    /// The assessment's last page.
    AssessDone,
    /// The list of matches.
    Results,
    /// The list of interview plans.
    InterviewList,
    /// Any tab of an open plan.
    PlanTabs,
    /// A plan's question list.
    PlanQuestions,
    /// The "before" checklist.
    Checklist,
    /// Practising the questions.
    Practice,
    /// A small list to choose from (a format, a rating).
    Chooser,
    /// Any tab of My plan.
    MyPlan,
    /// The course plan.
    Courses,
    /// The experiences log.
    Experiences,
    /// The student's goals.
    Goals,
    /// The counselor's roster of students.
    Roster,
    /// One student's record in counselor mode.
    Record,
    /// Counselor mode, unlocked (lock it again).
    Counselor,
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(super) const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub(super) const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

pub(super) const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help ("↑/k").
    pub label: &'static str,
    /// What it does, in a few words.
    pub help: &'static str,
    pub action: Action,
    /// Shown in the footer (all bindings are in the help overlay).
    pub footer: bool,
}

pub(super) const fn b(
    context: Context,
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    action: Action,
    footer: bool,
) -> Binding {
    Binding {
        context,
        keys,
        label,
        help,
        action,
        footer,
    }
}

use Context::*;

pub static KEYMAP: &[Binding] = &[
    // Reading the help itself.
    b(
        Help,
        &[c('?'), k(KeyCode::Esc), c('q')],
        s::L_CLOSE_HELP,
        s::CLOSE_HELP,
        Action::ToggleHelp,
        true,
    ),
    b(
        Help,
        &[k(KeyCode::Up), c('k')],
        s::L_UP,
        s::SCROLL_UP,
        Action::ScrollUp,
        true,
    ),
    b(
        Help,
        &[k(KeyCode::Down), c('j')],
        s::L_DOWN,
        s::SCROLL_DOWN,
        Action::ScrollDown,
        true,
    ),
    b(
        Help,
        &[k(KeyCode::PageUp)],
        s::L_PGUP,
        s::PGUP,
        Action::PageUp,
        false,
    ),
    b(
        Help,
        &[k(KeyCode::PageDown), c(' ')],
        s::L_PGDN_SPACE,
        s::PGDN,
        Action::PageDown,
        false,
    ),
    // Lists.
    b(
        List,
        &[k(KeyCode::Up), c('k')],
        s::L_UP,
        s::UP,
        Action::Up,
        true,
    ),
    b(
        List,
        &[k(KeyCode::Down), c('j')],
        s::L_DOWN,
        s::DOWN,
        Action::Down,
        true,
    ),
    b(
        List,
        &[k(KeyCode::PageUp)],
        s::L_PGUP,
        s::PGUP,
        Action::PageUp,
        false,
    ),
    b(
        List,
        &[k(KeyCode::PageDown)],
        s::L_PGDN,
        s::PGDN,
        Action::PageDown,
        false,
    ),
    b(
        List,
        &[k(KeyCode::Home), c('g')],
        s::L_TOP,
        s::TOP,
        Action::Top,
        false,
    ),
    b(
        List,
        &[k(KeyCode::End), c('G')],
        s::L_BOTTOM,
        s::BOTTOM,
        Action::Bottom,
        false,
    ),
    b(
        List,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::OPEN,
        Action::Select,
        true,
    ),
    // Home.
    b(
        Home,
        &[c('n')],
        s::L_NEW,
        s::NEW_PROFILE,
        Action::NewProfile,
        true,
    ),
    b(
        Home,
        &[c('/')],
        s::L_SEARCH,
        s::FIND_PROFILE,
        Action::Search,
        true,
    ),
    b(
        Home,
        &[c('r')],
        "r",
        s::RENAME_PROFILE,
        Action::Rename,
        false,
    ),
    b(
        Home,
        &[c('d'), k(KeyCode::Delete)],
        "d",
        s::DELETE_PROFILE,
        Action::Remove,
        false,
    ),
    b(Home, &[c('p')], "p", s::SET_PIN, Action::SetPin, false),
    b(Home, &[c('$')], "$", s::PAYING, Action::Paying, false),
    // A dialog (delete? leave without saving?): the focus starts on the safe choice, and only
    // an arrow moves it, so no typed letter or digit can confirm.
    b(
        Confirm,
        &[k(KeyCode::Left)],
        s::L_ARROW_LEFT,
        s::CHOOSE_KEEP,
        Action::Prev,
        true,
    ),
    b(
        Confirm,
        &[k(KeyCode::Right)],
        s::L_ARROW_RIGHT,
        s::CHOOSE_ACT,
        Action::Next,
        true,
    ),
    b(
        Confirm,
        &[k(KeyCode::Enter)],
        s::L_ENTER,
        s::DO_CHOSEN,
        Action::Select,
        true,
    ),
    b(
        Confirm,
        &[k(KeyCode::Esc)],
        s::L_ESC,
        s::KEEP_CLOSE,
        Action::Back,
        true,
    ),
    // Reading a detail.
    b(
        Reader,
        &[k(KeyCode::Up), c('k')],
        s::L_UP,
        s::SCROLL_UP,
        Action::ScrollUp,
        true,
    ),
    b(
        Reader,
        &[k(KeyCode::Down), c('j')],
        s::L_DOWN,
        s::SCROLL_DOWN,
        Action::ScrollDown,
        true,
    ),
    b(
        Reader,
        &[k(KeyCode::PageUp)],
        s::L_PGUP,
        s::PGUP,
        Action::PageUp,
        false,
    ),
    b(
        Reader,
        &[k(KeyCode::PageDown), c(' ')],
        s::L_PGDN_SPACE,
        s::PGDN,
        Action::PageDown,
        false,
    ),
    b(
        Reader,
        &[k(KeyCode::Home), c('g')],
        s::L_TOP,
        s::TOP,
        Action::Top,
        false,
    ),
    b(
        Reader,
        &[k(KeyCode::End), c('G')],
        s::L_BOTTOM,
        s::BOTTOM,
        Action::Bottom,
        false,
    ),
    b(
        Reader,
        &[k(KeyCode::Left), c('h')],
        s::L_LEFT,
        s::BACK_TO_LIST,
        Action::FocusLeft,
        true,
    ),
    // Everywhere.
    b(
        Global,
        &[k(KeyCode::Tab)],
        s::L_TAB,
        s::NEXT_AREA,
        Action::NextArea,
        false,
    ),
    b(
        Global,
        &[k(KeyCode::BackTab)],
        s::L_BACKTAB,
        s::PREV_AREA,
        Action::PrevArea,
        false,
    ),
    b(
        Global,
        &[c('1')],
        "1",
        s::GO_HOME,
        Action::GoTo(Area::Home),
        false,
    ),
    b(
        Global,
        &[c('2')],
        "2",
        s::GO_ASSESSMENT,
        Action::GoTo(Area::Assessment),
        false,
    ),
    b(
        Global,
        &[c('3')],
        "3",
        s::GO_RESULTS,
        Action::GoTo(Area::Results),
        false,
    ),
    b(
        Global,
        &[c('4')],
        "4",
        s::GO_EXPLORE,
        Action::GoTo(Area::Explore),
        false,
    ),
    b(
        Global,
        &[c('5')],
        "5",
        s::GO_INTERVIEW,
        Action::GoTo(Area::Interview),
        false,
    ),
    b(
        Global,
        &[c('6')],
        "6",
        s::GO_PLAN,
        Action::GoTo(Area::Plan),
        false,
    ),
    b(
        Global,
        &[c('7')],
        "7",
        s::GO_COUNSELOR,
        Action::GoTo(Area::Counselor),
        false,
    ),
    b(Global, &[c('?')], "?", s::HELP, Action::ToggleHelp, true),
    b(
        Global,
        &[c('q'), k(KeyCode::Esc)],
        s::L_QUIT,
        s::BACK_OR_QUIT,
        Action::Back,
        true,
    ),
    b(
        Global,
        &[ctrl('c')],
        s::L_CTRL_C,
        s::QUIT,
        Action::Quit,
        false,
    ),
];

/// Contexts in which letters are typed into a field rather than read as commands.
pub fn is_typing(contexts: &[Context]) -> bool {
    contexts
        .iter()
        .any(|c| matches!(c, Form | FormLines | Search | Prompt))
}

fn normalize(key: KeyEvent) -> Key {
    let mut mods = key.modifiers;
    // Shifted letters and BackTab arrive with SHIFT; the character already says it.
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    Key {
        code: key.code,
        mods,
    }
}

/// Every binding: the main table, then the interview, My plan and counselor screens'.
fn all() -> impl Iterator<Item = &'static Binding> {
    KEYMAP
        .iter()
        .chain(super::keymap_explore::EXPLORE_KEYMAP.iter())
        .chain(super::keymap_assess::ASSESS_KEYMAP.iter())
        .chain(super::keymap_forms::FORM_KEYMAP.iter())
        .chain(super::keymap_interview::INTERVIEW_KEYMAP.iter())
        .chain(super::keymap_record::RECORD_KEYMAP.iter())
        .chain(super::keymap_counselor::COUNSELOR_KEYMAP.iter())
}

/// The action for a key in the given contexts (most specific first). While typing, unbound
/// keys become text; Ctrl-C always quits.
pub fn action_for(contexts: &[Context], key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let want = normalize(key);
    if want == ctrl('c') {
        return Some(Action::Quit);
    }
    for ctx in contexts {
        for bind in all().filter(|b| b.context == *ctx && applies(b, contexts)) {
            if bind.keys.contains(&want) {
                // One binding stands for the five answers: the digit says which.
                if let (Action::Answer(_), KeyCode::Char(d)) = (&bind.action, want.code) {
                    return d.to_digit(10).map(|v| Action::Answer(v as u8));
                }
                return Some(bind.action.clone());
            }
        }
    }
    if is_typing(contexts) {
        return Some(Action::Text(key));
    }
    None
}

/// False for a binding that another context rules out: while an assessment item is on
/// screen, digits only answer, so the digit keys that switch areas do nothing there (areas
/// switch with Tab).
fn applies(bind: &Binding, contexts: &[Context]) -> bool {
    !(matches!(bind.action, Action::GoTo(_))
        && (contexts.contains(&AssessItem) || contexts.contains(&AssessSubjects)))
}

/// The bindings that apply in `contexts`, in table order, first binding per label and action.
pub fn bindings(contexts: &[Context]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for ctx in contexts {
        for bind in all().filter(|b| b.context == *ctx && applies(b, contexts)) {
            let shadowed = out
                .iter()
                .any(|o| o.keys.iter().any(|k| bind.keys.contains(k)));
            if !shadowed {
                out.push(bind);
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
