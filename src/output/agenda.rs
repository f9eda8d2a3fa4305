//! Reading a record for a meeting, in words: the timeline of everything that happened and
//! the agenda for the next check-in; and the roster's search, which matches what the roster
//! shows.

use serde::Serialize;

use crate::domain::agenda::{EventKind, RosterRow};
use crate::domain::clock::date_string;
use crate::domain::dossier::{Dossier, PlanLine, ResultLine};
use crate::domain::record::{Goal, GoalStatus};
use crate::strings::agenda as s;

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub kind: EventKind,
    pub text: String,
}

/// Everything in the record on one timeline, newest first (same-day entries in a fixed
/// order, so the list does not jump).
pub fn timeline(d: &Dossier) -> Vec<Event> {
    let mut out = Vec::new();
    for r in &d.results {
        out.push(Event {
            date: r.date.clone(),
            kind: EventKind::Result,
            text: s::result_event(r.answered, r.skipped, &strongest(r)),
        });
    }
    for p in &d.plans {
        let day = p
            .summary
            .details
            .date
            .clone()
            .unwrap_or_else(|| date_string(p.summary.updated_at));
        out.push(Event {
            date: day.clone(),
            kind: EventKind::Interview,
            text: s::interview_event(&p.summary.details.person, &p.about, p.summary.answered),
        });
        if p.summary.reflected {
            out.push(Event {
                date: date_string(p.summary.updated_at).max(day),
                kind: EventKind::Reflection,
                text: s::reflection_event(&p.about, p.interest.as_deref(), &p.next_step),
            });
        }
    }
    for c in &d.checkins {
        out.push(Event {
            date: c.held_on.clone(),
            kind: EventKind::CheckIn,
            text: if c.summary.is_empty() {
                s::NO_SUMMARY.to_string()
            } else {
                c.summary.replace('\n', " ")
            },
        });
    }
    for g in &d.goals {
        out.push(Event {
            date: date_string(g.created_at),
            kind: EventKind::GoalSet,
            text: s::goal_event(&g.text, g.due_on.as_deref()),
        });
        if let (GoalStatus::Done, Some(at)) = (g.status, g.closed_at) {
            out.push(Event {
                date: date_string(at),
                kind: EventKind::GoalDone,
                text: g.text.clone(),
            });
        }
    }
    for e in &d.experiences {
        out.push(Event {
            date: e
                .started_on
                .clone()
                .unwrap_or_else(|| date_string(e.created_at)),
            kind: EventKind::Experience,
            text: s::experience_event(e.kind.label(), &e.title, e.hours),
        });
    }
    out.sort_by(|a, b| b.date.cmp(&a.date).then(a.kind.cmp(&b.kind)));
    out
}

/// The two strongest interest areas of a result, in words ("Social and Investigative").
pub fn strongest(r: &ResultLine) -> String {
    let mut a: Vec<_> = r
        .areas
        .iter()
        .filter_map(|a| Some((a.score?, &a.name)))
        .collect();
    a.sort_by(|x, y| y.0.total_cmp(&x.0));
    s::and_list(&a.iter().take(2).map(|x| x.1.as_str()).collect::<Vec<_>>())
}

/// What to talk about at the next check-in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    /// The last check-in's date, when there was one.
    pub since: Option<String>,
    /// Results finished since the last check-in.
    pub new_results: Vec<ResultLine>,
    pub overdue: Vec<Goal>,
    /// Open goals that are not overdue.
    pub open: Vec<Goal>,
    /// Interviews held (with notes or a reflection) since the last check-in.
    pub interviews_done: Vec<PlanLine>,
    /// Interviews dated today or later.
    pub interviews_coming: Vec<PlanLine>,
    /// Suggestions for the talk, in words.
    pub suggestions: Vec<String>,
}

impl Agenda {
    pub fn is_empty(&self) -> bool {
        self.new_results.is_empty()
            && self.overdue.is_empty()
            && self.open.is_empty()
            && self.interviews_done.is_empty()
            && self.interviews_coming.is_empty()
    }
}

/// Prepares the next meeting from the record.
pub fn agenda(d: &Dossier) -> Agenda {
    let since = d.checkins.first().map(|c| c.held_on.clone());
    let after = |date: &str| since.as_deref().is_none_or(|s| date > s);
    let new_results: Vec<ResultLine> = d
        .results
        .iter()
        .filter(|r| after(&r.date))
        .cloned()
        .collect();
    let overdue: Vec<Goal> = d.overdue_goals().cloned().collect();
    let open: Vec<Goal> = d
        .open_goals()
        .filter(|g| !g.is_overdue(&d.today))
        .cloned()
        .collect();
    let interviews_done: Vec<PlanLine> = d
        .plans
        .iter()
        .filter(|p| {
            (p.summary.answered > 0 || p.summary.reflected)
                && after(&date_string(p.summary.updated_at))
        })
        .cloned()
        .collect();
    let interviews_coming: Vec<PlanLine> = d
        .plans
        .iter()
        .filter(|p| {
            p.summary
                .details
                .date
                .as_deref()
                .is_some_and(|x| x >= d.today.as_str())
        })
        .cloned()
        .collect();
    let mut suggestions = Vec::new();
    if d.results.is_empty() {
        suggestions.push(s::SUGGEST_ASSESS.to_string());
    }
    if let Some(r) = new_results.first() {
        if !r.flags.is_empty() {
            suggestions.push(s::SUGGEST_QUALITY.to_string());
        }
        if d.results.len() > 1 {
            suggestions.push(s::SUGGEST_COMPARE.to_string());
        }
    }
    if !overdue.is_empty() {
        suggestions.push(s::SUGGEST_OVERDUE.to_string());
    }
    if d.shortlist.is_empty() && !d.results.is_empty() {
        suggestions.push(s::SUGGEST_SHORTLIST.to_string());
    }
    if d.plans.is_empty() && !d.shortlist.is_empty() {
        suggestions.push(s::SUGGEST_INTERVIEW.to_string());
    }
    if d.courses.is_empty() && d.student.grade >= 8 {
        suggestions.push(s::SUGGEST_COURSES.to_string());
    }
    if d.experiences.is_empty() {
        suggestions.push(s::SUGGEST_EXPERIENCE.to_string());
    }
    Agenda {
        since,
        new_results,
        overdue,
        open,
        interviews_done,
        interviews_coming,
        suggestions,
    }
}

/// The rows whose name, grade or top matches contain every word of `query` (ignoring
/// case), in their order; all rows for an empty query.
pub fn search_roster(rows: &[RosterRow], query: &str) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    rows.iter()
        .enumerate()
        .filter(|(_, r)| {
            let hay = format!(
                "{} {} {}",
                r.student.name.to_lowercase(),
                s::grade_word(r.student.grade),
                r.top_matches.join(" ").to_lowercase()
            );
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
