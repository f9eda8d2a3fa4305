//! The one contract every area of the full-screen program keeps. `App` keeps the areas in
//! `Screens` (declared once, in `screens/mod.rs`) and talks to each only through this trait:
//! it hands it actions with a `Ctx` (store, clock, the current student, the status line) and
//! does what the returned `Effect` says.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::Area;
use super::action::Action;
use super::app::{Ctx, View};
use super::keymap::Context;
use crate::domain::Student;
use crate::domain::assessment::Item;
use crate::domain::career::CareerSummary;
use crate::domain::interview::Question;

/// What a screen asks the app to do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond what the screen did itself.
    None,
    /// Go back to where the student came from (Home when there is no history).
    Back,
    /// Leave the program.
    Quit,
    /// Open another area.
    GoTo(Area),
    /// Open a career's page in Explore.
    OpenCareer(String),
    /// Open Paying for it (over Explore), from another area.
    OpenPaying,
    /// A profile was chosen (or just made): it becomes the current student.
    Chosen(Student),
    /// A profile has a new name.
    Renamed(Student),
    /// A profile was deleted.
    Deleted(i64),
}

/// The catalog that some screens show, read from the store when one of them first opens.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub careers: Vec<CareerSummary>,
    pub items: Vec<Item>,
    pub questions: Vec<Question>,
}

pub trait Screen {
    /// Called each time the area is shown: the current student (in `ctx`) may have changed.
    fn enter(&mut self, _ctx: &mut Ctx) {}

    /// Called when the student leaves the area for another.
    fn leave(&mut self) {}

    /// Gives the screen the catalog, the first time a screen that shows it is opened.
    fn catalog(&mut self, _catalog: &Catalog) {}

    /// The keymap contexts that apply now, most specific first.
    fn contexts(&self) -> &'static [Context];

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect;

    fn render(&self, f: &mut Frame, area: Rect, view: &View);

    /// True while something on screen changes with time (the practice clock).
    fn ticking(&self) -> bool {
        false
    }

    /// Time passed with no event (the loop calls this a few times a second). True when the
    /// screen changed and must be drawn again.
    fn tick(&mut self, _ctx: &mut Ctx) -> bool {
        false
    }

    /// True while Enter would delete something: a dialog is open with "Delete" (or
    /// "Remove") chosen.
    fn armed(&self) -> bool {
        false
    }
}

/// What a screen that needs a profile does with an action while none is open: Back leaves,
/// anything else does nothing.
pub fn without_student(action: &Action) -> Effect {
    if *action == Action::Back {
        Effect::Back
    } else {
        Effect::None
    }
}
