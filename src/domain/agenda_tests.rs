use super::*;
use crate::domain::dossier::{AreaScore, PlanLine, ShortlistLine};
use crate::domain::plan::{Details, Format, PlanSummary};
use crate::domain::record::{CheckIn, Experience, ExperienceKind};

/// Noon UTC on a date, as a timestamp.
fn ts(date: &str) -> Timestamp {
    let d: jiff::civil::Date = date.parse().unwrap();
    d.to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
        + 12 * 3600
}

fn student(name: &str, grade: u8, last: &str) -> Student {
    Student {
        id: 1,
        name: name.into(),
        grade,
        created_at: 0,
        last_active: ts(last),
        has_pin: false,
    }
}

fn result(date: &str, flags: Vec<Flag>) -> ResultLine {
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

fn goal(id: i64, text: &str, due: Option<&str>, status: GoalStatus) -> Goal {
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

fn plan(person: &str, date: Option<&str>, answered: usize, updated: &str) -> PlanLine {
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

fn dossier() -> Dossier {
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

#[test]
fn the_timeline_holds_everything_newest_first() {
    let t = timeline(&dossier());
    assert!(t.windows(2).all(|w| w[0].date >= w[1].date), "{t:#?}");
    let kinds: Vec<EventKind> = t.iter().map(|e| e.kind).collect();
    for k in [
        EventKind::Result,
        EventKind::Interview,
        EventKind::Reflection,
        EventKind::CheckIn,
        EventKind::GoalSet,
        EventKind::GoalDone,
        EventKind::Experience,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing");
    }
    assert_eq!(t[0].date, "2026-12-03", "a coming interview is at the top");
    let ci = t.iter().find(|e| e.kind == EventKind::CheckIn).unwrap();
    assert_eq!(ci.text, "First meeting. Talked about nursing.");
    let r = t.iter().find(|e| e.kind == EventKind::Result).unwrap();
    assert!(r.text.contains("Social and Investigative"), "{}", r.text);
    assert_eq!(t.iter().filter(|e| e.kind == EventKind::GoalSet).count(), 3);
}

#[test]
fn the_agenda_looks_at_what_changed_since_the_last_check_in() {
    let a = agenda(&dossier());
    assert_eq!(a.since.as_deref(), Some("2026-10-01"));
    assert_eq!(a.new_results.len(), 1, "only the result after the check-in");
    assert_eq!(a.overdue.iter().map(|g| g.id).collect::<Vec<_>>(), vec![1]);
    assert_eq!(a.open.iter().map(|g| g.id).collect::<Vec<_>>(), vec![2]);
    assert_eq!(a.interviews_done.len(), 1);
    assert_eq!(a.interviews_done[0].summary.details.person, "Dr. Kim");
    assert_eq!(a.interviews_coming.len(), 1);
    assert_eq!(a.interviews_coming[0].summary.details.person, "Mr. Diaz");
    assert!(a.suggestions.contains(&s::SUGGEST_QUALITY.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_COMPARE.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_OVERDUE.to_string()));
    assert!(a.suggestions.contains(&s::SUGGEST_COURSES.to_string()));
    assert!(!a.suggestions.contains(&s::SUGGEST_EXPERIENCE.to_string()));
    assert!(!a.is_empty());
}

#[test]
fn a_first_meeting_agenda_takes_everything() {
    let mut d = dossier();
    d.checkins.clear();
    let a = agenda(&d);
    assert_eq!(a.since, None);
    assert_eq!(a.new_results.len(), 2);
    assert_eq!(a.interviews_done.len(), 1);
    let empty = Dossier {
        results: vec![],
        plans: vec![],
        goals: vec![],
        shortlist: vec![],
        experiences: vec![],
        ..d
    };
    let a = agenda(&empty);
    assert!(a.is_empty());
    assert_eq!(a.suggestions[0], s::SUGGEST_ASSESS);
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
fn the_roster_sorts_and_searches() {
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
    let mut rows = vec![
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
    ];
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

    assert_eq!(search_roster(&rows, "").len(), 3);
    let hit = |q: &str| {
        search_roster(&rows, q)
            .into_iter()
            .map(|i| rows[i].student.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(hit("BEA"), ["bea"]);
    assert_eq!(hit("nurse"), ["Cam"]);
    assert_eq!(hit("grade 12"), ["Ali"]);
    assert_eq!(hit("ali pediatric"), ["Ali"]);
    assert!(hit("zzz").is_empty());
    assert_eq!(RosterSort::LastCheckIn.next(), RosterSort::NeedsAttention);
}
