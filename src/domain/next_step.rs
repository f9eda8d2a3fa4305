//! Home's "your next step": what a student has done so far, and the one thing to do next.

/// How far the open profile has come: counts, cheap to read (see `Store::progress`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// How many questions the assessment has.
    pub items: usize,
    /// Questions answered in the assessment in progress; None when none is in progress.
    pub answering: Option<usize>,
    /// Finished assessments.
    pub results: usize,
    /// Careers on the shortlist.
    pub starred: usize,
    /// Interview and shadowing plans.
    pub plans: usize,
    /// Plans whose day has passed with no answer and no reflection written.
    pub plans_to_write_up: usize,
    /// Open goals past their due date.
    pub overdue_goals: usize,
}

/// The one step Home suggests, checked in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// No profile is open yet.
    ChooseProfile,
    /// No assessment taken or started.
    StartAssessment { items: usize },
    /// An assessment is in progress.
    FinishAssessment { answered: usize, items: usize },
    /// A result is ready, but no career is starred yet.
    ReadMatches,
    /// No interview or shadowing day planned yet.
    PlanInterview,
    /// Interviews whose day has passed, with nothing written down.
    WriteUpInterview { plans: usize },
    /// Everything above is done: keep the plan going (goals past their date first).
    KeepPlanning { overdue_goals: usize },
}

/// The next step for the open profile's progress (None: no profile is open).
pub fn next_step(progress: Option<&Progress>) -> NextStep {
    let Some(p) = progress else {
        return NextStep::ChooseProfile;
    };
    // An assessment opened and left before any answer counts as not started.
    if let Some(answered) = p.answering.filter(|&n| n > 0) {
        NextStep::FinishAssessment {
            answered,
            items: p.items,
        }
    } else if p.results == 0 {
        NextStep::StartAssessment { items: p.items }
    } else if p.starred == 0 {
        NextStep::ReadMatches
    } else if p.plans == 0 {
        NextStep::PlanInterview
    } else if p.plans_to_write_up > 0 {
        NextStep::WriteUpInterview {
            plans: p.plans_to_write_up,
        }
    } else {
        NextStep::KeepPlanning {
            overdue_goals: p.overdue_goals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A student who has done everything, with nothing left over.
    fn done() -> Progress {
        Progress {
            items: 54,
            answering: None,
            results: 1,
            starred: 3,
            plans: 1,
            plans_to_write_up: 0,
            overdue_goals: 0,
        }
    }

    #[test]
    fn no_profile_means_choose_one() {
        assert_eq!(next_step(None), NextStep::ChooseProfile);
    }

    #[test]
    fn a_new_profile_starts_the_assessment() {
        let p = Progress {
            items: 54,
            ..Progress::default()
        };
        assert_eq!(next_step(Some(&p)), NextStep::StartAssessment { items: 54 });
        // Opened and left before answering: still not started.
        let p = Progress {
            answering: Some(0),
            ..p
        };
        assert_eq!(next_step(Some(&p)), NextStep::StartAssessment { items: 54 });
    }

    #[test]
    fn an_assessment_in_progress_comes_first() {
        let p = Progress {
            answering: Some(12),
            results: 0,
            ..done()
        };
        assert_eq!(
            next_step(Some(&p)),
            NextStep::FinishAssessment {
                answered: 12,
                items: 54
            }
        );
        // A retake in progress too, even with everything else done.
        let p = Progress {
            answering: Some(3),
            ..done()
        };
        assert_eq!(
            next_step(Some(&p)),
            NextStep::FinishAssessment {
                answered: 3,
                items: 54
            }
        );
        // A retake opened and left unanswered does not hold the student back.
        let p = Progress {
            answering: Some(0),
            ..done()
        };
        assert_eq!(
            next_step(Some(&p)),
            NextStep::KeepPlanning { overdue_goals: 0 }
        );
    }

    #[test]
    fn a_result_with_nothing_starred_means_read_the_matches() {
        let p = Progress {
            starred: 0,
            plans: 0,
            ..done()
        };
        assert_eq!(next_step(Some(&p)), NextStep::ReadMatches);
    }

    #[test]
    fn starred_careers_and_no_plan_mean_plan_an_interview() {
        let p = Progress { plans: 0, ..done() };
        assert_eq!(next_step(Some(&p)), NextStep::PlanInterview);
    }

    #[test]
    fn an_interview_day_passed_without_notes_means_write_it_up() {
        let p = Progress {
            plans: 3,
            plans_to_write_up: 2,
            overdue_goals: 4,
            ..done()
        };
        assert_eq!(next_step(Some(&p)), NextStep::WriteUpInterview { plans: 2 });
    }

    #[test]
    fn otherwise_keep_planning_with_overdue_goals_named() {
        assert_eq!(
            next_step(Some(&done())),
            NextStep::KeepPlanning { overdue_goals: 0 }
        );
        let p = Progress {
            overdue_goals: 2,
            ..done()
        };
        assert_eq!(
            next_step(Some(&p)),
            NextStep::KeepPlanning { overdue_goals: 2 }
        );
    }
}
