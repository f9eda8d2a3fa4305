//! A student's whole record gathered in one value, with names and reasons already put in
//! words: what the record screen, the timeline, the agenda and the report read.

use serde::Serialize;

use super::assessment::Flag;
use super::clock::Timestamp;
use super::plan::PlanSummary;
use super::record::{CheckIn, Experience, Goal, GoalStatus};
use super::student::Student;

/// One of the student's top matches, with the answers that drove it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopMatch {
    pub career_id: String,
    pub title: String,
    /// 0-100.
    pub fit: u8,
    /// "strong", "good" ... in words.
    pub band: String,
    pub reasons: Vec<String>,
}

/// An interest area's mean answer (1-5) in a result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    pub letter: char,
    pub name: String,
    /// Mean answer on the 1-5 scale; None when every item of the area was skipped.
    pub score: Option<f32>,
}

/// A finished assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultLine {
    pub finished_at: Timestamp,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub answered: usize,
    pub skipped: usize,
    pub flags: Vec<Flag>,
    /// In RIASEC order.
    pub areas: Vec<AreaScore>,
}

/// A shortlisted career with the student's note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShortlistLine {
    pub career_id: String,
    pub title: String,
    pub note: String,
}

/// A course in the plan, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseLine {
    pub course: String,
    pub label: String,
    pub grade: u8,
    pub status: String,
    /// Shortlisted careers that call for it.
    pub careers: Vec<String>,
}

/// An interview plan, with the reflection when written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanLine {
    pub summary: PlanSummary,
    /// The career's title, or the role as typed.
    pub about: String,
    /// "More interested", "about the same" ... when rated.
    pub interest: Option<String>,
    pub next_step: String,
}

/// A private note opened for the counselor (only in counselor mode, and in a report only
/// when the counselor chose to include notes).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrivateNote {
    pub checkin_id: i64,
    pub held_on: String,
    pub text: String,
}

/// Everything in one student's record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dossier {
    pub student: Student,
    /// `YYYY-MM-DD` of the day the record was gathered.
    pub today: String,
    /// Newest first.
    pub results: Vec<ResultLine>,
    /// From the latest result, hidden matches left out.
    pub top_matches: Vec<TopMatch>,
    pub shortlist: Vec<ShortlistLine>,
    /// Most recently changed first.
    pub plans: Vec<PlanLine>,
    pub courses: Vec<CourseLine>,
    pub experiences: Vec<Experience>,
    /// As the store orders them: open (soonest due first), then closed.
    pub goals: Vec<Goal>,
    /// Newest first.
    pub checkins: Vec<CheckIn>,
    /// Empty unless the counselor opened them.
    pub notes: Vec<PrivateNote>,
}

impl Dossier {
    pub fn open_goals(&self) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(|g| g.status == GoalStatus::Open)
    }

    pub fn overdue_goals(&self) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(|g| g.is_overdue(&self.today))
    }

    pub fn total_hours(&self) -> u32 {
        self.experiences.iter().map(|e| e.hours).sum()
    }

    /// The latest result's answer-quality flags.
    pub fn flags(&self) -> &[Flag] {
        self.results
            .first()
            .map(|r| r.flags.as_slice())
            .unwrap_or(&[])
    }
}
