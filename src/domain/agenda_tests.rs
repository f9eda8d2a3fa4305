use super::*;
use crate::domain::dossier::{AreaScore, Dossier, PlanLine, ResultLine, ShortlistLine};
use crate::domain::plan::{Details, Format, PlanSummary};
use crate::domain::record::{CheckIn, Experience, ExperienceKind, Goal, GoalStatus};

/// Noon UTC on a date, as a timestamp.
pub(crate) fn ts(date: &str) -> Timestamp {
    let d: jiff::civil::Date = date.parse().unwrap();
    d.to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
        + 12 * 3600
}

pub(crate) fn student(name: &str, grade: u8, last: &str) -> Student {
    Student {
        id: 1,
        name: name.into(),
        grade,
        created_at: 0,
        last_active: ts(last),
        has_pin: false,
    }
}

pub(crate) fn result(date: &str, flags: Vec<Flag>) -> ResultLine {
    ResultLine {
        finished_at: ts(date),
        date: date.into(),
        answered: 60,
        skipped: 2,
        flags,
        areas: [
            "Realistic",
            "Investigative",
            "Artistic",
            "Social",
            "Enterprising",
            "Conventional",
        ]
        .iter()
        .zip([2.0, 4.5, 3.0, 4.8, 1.5, 2.5])
        .map(|(n, v)| AreaScore {
            letter: n.chars().next().unwrap(),
            name: n.to_string(),
            score: Some(v),
        })
        .collect(),
    }
}

pub(crate) fn goal(id: i64, text: &str, due: Option<&str>, status: GoalStatus) -> Goal {
    Goal {
        id,
        checkin_id: None,
        text: text.into(),
        due_on: due.map(String::from),
        status,
        created_at: ts("2026-10-01"),
        closed_at: (status == GoalStatus::Done).then(|| ts("2026-11-10")),
    }
}

pub(crate) fn plan(person: &str, date: Option<&str>, answered: usize, updated: &str) -> PlanLine {
    PlanLine {
        summary: PlanSummary {
            id: 1,
            details: Details {
                person: person.into(),
                role: "nurse".into(),
                career_id: None,
                date: date.map(String::from),
                format: Format::Video,
                goal: String::new(),
            },
            questions: 8,
            answered,
            reflected: answered > 0,
            updated_at: ts(updated),
        },
        about: "Registered nurse".into(),
        interest: (answered > 0).then(|| "A bit more interested".to_string()),
        next_step: String::new(),
    }
}

pub(crate) fn dossier() -> Dossier {
    Dossier {
        student: student("Ana", 10, "2026-11-20"),
        today: "2026-11-22".into(),
        results: vec![
            result("2026-11-15", vec![Flag::ManySkips]),
            result("2026-09-01", vec![]),
        ],
        top_matches: vec![],
        shortlist: vec![ShortlistLine {
            career_id: "registered-nurse".into(),
            title: "Registered nurse".into(),
            note: String::new(),
        }],
        plans: vec![
            plan("Mr. Diaz", Some("2026-12-03"), 0, "2026-11-18"),
            plan("Dr. Kim", Some("2026-11-12"), 5, "2026-11-13"),
        ],
        courses: vec![],
        experiences: vec![Experience {
            id: 1,
            kind: ExperienceKind::Volunteering,
            title: "Gift shop".into(),
            started_on: Some("2026-07-01".into()),
            ended_on: None,
            hours: 30,
            reflection: String::new(),
            created_at: 0,
        }],
        goals: vec![
            goal(1, "Email Dr. Kim", Some("2026-11-01"), GoalStatus::Open),
            goal(2, "Look up HOSA", Some("2026-12-01"), GoalStatus::Open),
            goal(3, "Read about nursing", None, GoalStatus::Done),
        ],
        checkins: vec![CheckIn {
            id: 1,
            held_on: "2026-10-01".into(),
            summary: "First meeting.\nTalked about nursing.".into(),
            has_notes: true,
            created_at: 0,
            updated_at: 0,
        }],
        notes: vec![],
    }
}

/// Three roster rows: Ali (grade 12, a goal overdue), bea and Cam.
pub(crate) fn roster_rows() -> Vec<RosterRow> {
    let today = "2026-11-22";
    let mk = |name: &str, grade: u8, last: &str, overdue: usize, ci: Option<&str>, top: &str| {
        roster_row(
            student(name, grade, last),
            RosterFacts {
                overdue_goals: overdue,
                last_checkin: ci.map(String::from),
                top_matches: vec![top.into()],
                ..Default::default()
            },
            today,
        )
    };
    vec![
        mk("bea", 9, "2026-11-20", 0, Some("2026-11-15"), "Dentist"),
        mk(
            "Ali",
            12,
            "2026-11-01",
            1,
            Some("2026-11-10"),
            "Pediatrician",
        ),
        mk("Cam", 10, "2026-11-21", 0, None, "Registered nurse"),
    ]
}

#[test]
fn roster_flags_overdue_goals_answers_and_missing_check_ins() {
    let today = "2026-11-22";
    let row = roster_row(
        student("Ana", 10, "2026-11-01"),
        RosterFacts {
            answer_flags: vec![Flag::SameAnswer],
            has_result: true,
            overdue_goals: 2,
            open_goals: 3,
            last_checkin: Some("2026-10-01".into()),
            top_matches: vec!["Pediatrician".into()],
        },
        today,
    );
    assert_eq!(
        row.flags,
        vec![
            RosterFlag::Overdue { goals: 2 },
            RosterFlag::Answers {
                flag: Flag::SameAnswer
            },
            RosterFlag::NoCheckIn { weeks: 7 },
        ]
    );
    assert_eq!(row.flags[0].label(), "2 goals overdue");
    let recent = roster_row(
        student("Ben", 9, "2026-11-01"),
        RosterFacts {
            last_checkin: Some("2026-11-10".into()),
            ..Default::default()
        },
        today,
    );
    assert!(recent.flags.is_empty());
    assert!(recent.last_activity > ts("2026-11-09"));
    let new = roster_row(
        student("Cy", 11, "2026-11-01"),
        RosterFacts::default(),
        today,
    );
    assert_eq!(new.flags, vec![RosterFlag::NeverMet]);
    assert_eq!(days_between("2026-11-01", "2026-11-22"), Some(21));
    assert_eq!(days_between("nope", "2026-11-22"), None);
}

#[test]
fn the_roster_sorts() {
    let mut rows = roster_rows();
    let names = |rows: &[RosterRow]| {
        rows.iter()
            .map(|r| r.student.name.clone())
            .collect::<Vec<_>>()
    };
    sort_roster(&mut rows, RosterSort::NeedsAttention);
    assert_eq!(names(&rows), ["Ali", "Cam", "bea"]);
    sort_roster(&mut rows, RosterSort::Name);
    assert_eq!(names(&rows), ["Ali", "bea", "Cam"]);
    sort_roster(&mut rows, RosterSort::Grade);
    assert_eq!(names(&rows), ["Ali", "Cam", "bea"]);
    sort_roster(&mut rows, RosterSort::LastActivity);
    assert_eq!(names(&rows), ["Cam", "bea", "Ali"]);
    sort_roster(&mut rows, RosterSort::LastCheckIn);
    assert_eq!(names(&rows), ["Cam", "Ali", "bea"]);

    assert_eq!(RosterSort::LastCheckIn.next(), RosterSort::NeedsAttention);
}
