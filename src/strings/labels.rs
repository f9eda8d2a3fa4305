//! Domain values as a person reads them. The `label` methods are defined here, not in
//! `domain`, so the domain holds no wording and never imports `strings`; callers use them as
//! ordinary methods (`status.label()`).

use crate::domain::agenda::{EventKind, RosterFlag, RosterSort};
use crate::domain::courses::Course;
use crate::domain::record::{CourseStatus, ExperienceKind, GoalStatus};

use super::record as s;

impl GoalStatus {
    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::Open => s::GOAL_OPEN,
            GoalStatus::Done => s::GOAL_DONE,
            GoalStatus::Dropped => s::GOAL_DROPPED,
        }
    }
}

impl CourseStatus {
    pub fn label(self) -> &'static str {
        match self {
            CourseStatus::Planned => s::COURSE_PLANNED,
            CourseStatus::Taking => s::COURSE_TAKING,
            CourseStatus::Done => s::COURSE_DONE,
        }
    }
}

impl ExperienceKind {
    pub fn label(self) -> &'static str {
        s::experience_kind(self.as_str())
    }
}

impl Course {
    pub fn label(self) -> &'static str {
        s::course_label(self.id())
    }
}

impl RosterFlag {
    pub fn label(&self) -> String {
        super::agenda::roster_flag(self)
    }

    /// A short marker for the roster table.
    pub fn short(&self) -> String {
        super::agenda::roster_flag_short(self)
    }
}

impl RosterSort {
    pub fn label(self) -> &'static str {
        super::agenda::roster_sort(self)
    }
}

impl EventKind {
    pub fn label(self) -> &'static str {
        super::agenda::event_kind(self)
    }
}
