//! Wording for the timeline, the agenda and the roster.

use crate::domain::agenda::{EventKind, RosterFlag, RosterSort};
use crate::domain::assessment::Flag;

pub fn event_kind(k: EventKind) -> &'static str {
    match k {
        EventKind::Result => "Assessment",
        EventKind::Interview => "Interview",
        EventKind::Reflection => "Reflection",
        EventKind::CheckIn => "Check-in",
        EventKind::GoalSet => "Goal set",
        EventKind::GoalDone => "Goal done",
        EventKind::Experience => "Experience",
    }
}

pub fn result_event(answered: usize, skipped: usize, strongest: &str) -> String {
    let mut t = format!("Finished the self-assessment ({answered} answered, {skipped} skipped)");
    if !strongest.is_empty() {
        t.push_str(&format!("; strongest: {strongest}"));
    }
    t
}

pub fn interview_event(person: &str, about: &str, answered: usize) -> String {
    if answered > 0 {
        format!("Talked with {person} ({about}); notes on {answered} questions")
    } else {
        format!("Planned a talk with {person} ({about})")
    }
}

pub fn reflection_event(about: &str, interest: Option<&str>, next: &str) -> String {
    let mut t = format!("Reflected on {about}");
    if let Some(i) = interest {
        t.push_str(&format!(": {}", i.to_lowercase()));
    }
    if !next.is_empty() {
        t.push_str(&format!(". Next: {next}"));
    }
    t
}

pub const NO_SUMMARY: &str = "(no shared summary written)";

pub fn goal_event(text: &str, due: Option<&str>) -> String {
    match due {
        Some(d) => format!("{text} (due {d})"),
        None => text.to_string(),
    }
}

pub fn experience_event(kind: &str, title: &str, hours: u32) -> String {
    if hours > 0 {
        format!("{kind}: {title}, {hours} h")
    } else {
        format!("{kind}: {title}")
    }
}

/// "A", "A and B", "A, B and C".
pub fn and_list(parts: &[&str]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub const SUGGEST_ASSESS: &str = "No self-assessment yet: it takes about 10 minutes (key 2).";
pub const SUGGEST_QUALITY: &str = "The newest answers need care (the same answer throughout, or \
     many skipped): ask how the assessment felt before reading much into the matches.";
pub const SUGGEST_COMPARE: &str =
    "A new result since last time: compare it with the one before (Results, key c).";
pub const SUGGEST_OVERDUE: &str =
    "Some goals are overdue: ask what got in the way, then keep, change or drop each.";
pub const SUGGEST_SHORTLIST: &str =
    "Nothing shortlisted yet: pick two or three matches to star together.";
pub const SUGGEST_INTERVIEW: &str =
    "No interview planned: think of someone in a shortlisted career to talk with.";
pub const SUGGEST_COURSES: &str =
    "No course plan yet: look at which courses the shortlisted careers call for.";
pub const SUGGEST_EXPERIENCE: &str = "No experiences logged: talk about volunteering, a club such \
     as HOSA, or a CPR class.";

fn answer_flag(f: Flag) -> &'static str {
    match f {
        Flag::SameAnswer => "nearly the same answer to every item",
        Flag::ManySkips => "many items skipped",
    }
}

pub fn roster_flag(f: &RosterFlag) -> String {
    match f {
        RosterFlag::Overdue { goals: 1 } => "1 goal overdue".to_string(),
        RosterFlag::Overdue { goals } => format!("{goals} goals overdue"),
        RosterFlag::Answers { flag } => format!("Latest answers: {}", answer_flag(*flag)),
        RosterFlag::NoCheckIn { weeks } => format!("No check-in for {weeks} weeks"),
        RosterFlag::NeverMet => "No check-in yet".to_string(),
    }
}

pub fn roster_flag_short(f: &RosterFlag) -> String {
    match f {
        RosterFlag::Overdue { goals } => format!("overdue {goals}"),
        RosterFlag::Answers {
            flag: Flag::SameAnswer,
        } => "same answers".to_string(),
        RosterFlag::Answers {
            flag: Flag::ManySkips,
        } => "skips".to_string(),
        RosterFlag::NoCheckIn { weeks } => format!("{weeks} wk"),
        RosterFlag::NeverMet => "new".to_string(),
    }
}

pub fn roster_sort(by: RosterSort) -> &'static str {
    match by {
        RosterSort::NeedsAttention => "needs attention",
        RosterSort::Name => "name",
        RosterSort::Grade => "grade",
        RosterSort::LastActivity => "last activity",
        RosterSort::LastCheckIn => "last check-in",
    }
}

/// How a grade is searched: "grade 9".
pub fn grade_word(g: u8) -> String {
    format!("grade {g}")
}
