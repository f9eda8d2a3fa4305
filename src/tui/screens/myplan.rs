//! My plan: the course plan for grades 9-12, the experiences log, and goals the student can
//! tick off. (Being written: see the interface below.)

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::domain::Student;
use crate::domain::career::CareerSummary;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;

/// What My plan asks the app to do after an action.
pub enum Outcome {
    None,
    /// Back was pressed at the top level: return Home.
    Leave,
}

#[derive(Debug, Default)]
pub struct MyPlan {
    careers: Vec<CareerSummary>,
}

impl MyPlan {
    pub fn new(careers: Vec<CareerSummary>) -> MyPlan {
        MyPlan { careers }
    }

    pub fn contexts(&self) -> &'static [Context] {
        &[Context::MyPlan, Context::Global]
    }

    /// Called when the area is opened: load the student's plan.
    pub fn enter(&mut self, _ctx: &mut Ctx, _student: Option<&Student>) {
        let _ = &self.careers;
    }

    pub fn update(&mut self, action: &Action, _ctx: &mut Ctx, _student: Option<&Student>) -> Outcome {
        match action {
            Action::Back => Outcome::Leave,
            _ => Outcome::None,
        }
    }

    pub fn render(&self, _f: &mut Frame, _area: Rect, _view: &View) {}
}
