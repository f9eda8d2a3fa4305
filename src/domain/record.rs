//! The mentorship record: check-ins, goals, the course plan, experiences, PIN and passphrase
//! rules. Pure types and checks; the store keeps them and `agenda` reads them together.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::plan::{MAX_LONG_CHARS, MAX_SHORT_CHARS, PlanError, TextField, clean_line, parse_date};
use super::strength::{Weakness, judge};

/// A PIN is this many digits, at least and at most.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;
/// The shortest counselor passphrase, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
pub const MAX_PASSPHRASE_CHARS: usize = 200;
/// Wrong tries allowed before the waiting starts.
pub const FREE_TRIES: u32 = 3;
/// The longest wait after wrong tries, in seconds.
pub const MAX_WAIT_SECS: i64 = 300;
/// The most hours one experience can log.
pub const MAX_HOURS: u32 = 10_000;
/// The longest private note or summary, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

/// Worded in `strings` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    Text(PlanError),
    BadPin,
    PinsDiffer,
    /// Too short or long, or easy to guess ([`super::strength::judge`]).
    WeakPassphrase(Weakness),
    WrongPin,
    WrongPassphrase,
    /// Seconds to wait after too many wrong tries.
    Wait(i64),
    EmptyGoal,
    EmptyTitle,
    BadHours(String),
    EndsBeforeStart,
    NoDate,
    Locked,
    /// Auto-lock minutes outside [`LOCK_AFTER_MINUTES`].
    BadLockAfter(u32),
}

impl From<PlanError> for RecordError {
    fn from(e: PlanError) -> Self {
        RecordError::Text(e)
    }
}

impl std::error::Error for RecordError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RecordError::Text(e) => Some(e),
            _ => None,
        }
    }
}

/// Checks a PIN as typed: 4 to 8 digits.
pub fn parse_pin(raw: &str) -> Result<String, RecordError> {
    let t = raw.trim();
    if PIN_DIGITS.contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_digit()) {
        Ok(t.to_string())
    } else {
        Err(RecordError::BadPin)
    }
}

/// Checks a new counselor passphrase: 8 to 200 characters, and hard to guess (a zxcvbn
/// score of at least [`super::strength::MIN_SCORE`]).
pub fn check_passphrase(raw: &str) -> Result<(), RecordError> {
    let n = raw.chars().count();
    if !(MIN_PASSPHRASE_CHARS..=MAX_PASSPHRASE_CHARS).contains(&n) || raw.trim().is_empty() {
        return Err(RecordError::WeakPassphrase(Weakness::Length));
    }
    match judge(raw) {
        None => Ok(()),
        Some(w) => Err(RecordError::WeakPassphrase(w)),
    }
}

/// How long to wait, in seconds, after `failures` wrong tries in a row: nothing for the
/// first three, then 5 s, 10 s, 20 s ... up to five minutes.
pub fn wait_after(failures: u32) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let steps = (failures - FREE_TRIES).min(10);
    (5_i64 << steps).min(MAX_WAIT_SECS)
}

/// Wrong passphrase tries allowed before the waiting starts.
pub const COUNSELOR_FREE_TRIES: u32 = 5;
/// The longest wait after wrong passphrase tries, in seconds: short, so a student who types
/// wrong ones on purpose cannot keep the counselor out.
pub const COUNSELOR_MAX_WAIT_SECS: i64 = 10;

/// How long to wait, in seconds, after `failures` wrong passphrase tries in a row: nothing
/// for the first five, then 1, 2, 4, 8 and at most 10 seconds.
pub fn counselor_wait_after(failures: u32) -> i64 {
    if failures < COUNSELOR_FREE_TRIES {
        return 0;
    }
    let steps = (failures - COUNSELOR_FREE_TRIES).min(10);
    (1_i64 << steps).min(COUNSELOR_MAX_WAIT_SECS)
}

/// Minutes of no key presses before counselor mode locks itself, unless set otherwise.
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 5;
/// The auto-lock minutes a school may choose.
pub const LOCK_AFTER_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;

/// Checks the auto-lock minutes.
pub fn check_lock_after(minutes: u32) -> Result<u32, RecordError> {
    if LOCK_AFTER_MINUTES.contains(&minutes) {
        Ok(minutes)
    } else {
        Err(RecordError::BadLockAfter(minutes))
    }
}

/// A goal's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalStatus {
    Open,
    Done,
    Dropped,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 3] = [GoalStatus::Open, GoalStatus::Done, GoalStatus::Dropped];

    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Open => "open",
            GoalStatus::Done => "done",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn parse(v: &str) -> Option<GoalStatus> {
        GoalStatus::ALL.into_iter().find(|g| g.as_str() == v)
    }
}

/// A goal or action item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Goal {
    pub id: i64,
    /// The check-in that set it, if any.
    pub checkin_id: Option<i64>,
    pub text: String,
    /// `YYYY-MM-DD`, or none.
    pub due_on: Option<String>,
    pub status: GoalStatus,
    pub created_at: Timestamp,
    pub closed_at: Option<Timestamp>,
}

impl Goal {
    /// Open, with a due date before `today` (`YYYY-MM-DD`).
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status == GoalStatus::Open && self.due_on.as_deref().is_some_and(|d| d < today)
    }
}

/// A goal as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGoal {
    pub text: String,
    pub due_on: Option<String>,
}

/// Checks a goal as typed: some text, and a due date that is `YYYY-MM-DD` or empty.
pub fn parse_goal(text: &str, due: &str) -> Result<NewGoal, RecordError> {
    let text = clean_line(TextField::Goal, text, MAX_SHORT_CHARS)?;
    if text.is_empty() {
        return Err(RecordError::EmptyGoal);
    }
    Ok(NewGoal {
        text,
        due_on: parse_date(due)?,
    })
}

/// A check-in as the student may see it (no private notes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub id: i64,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    /// What the counselor shares with the student.
    pub summary: String,
    /// Whether there is a private note (readable only in counselor mode).
    pub has_notes: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Checks a check-in's date (required) and shared summary.
pub fn parse_checkin(date: &str, summary: &str) -> Result<(String, String), RecordError> {
    let held_on = parse_date(date)?.ok_or(RecordError::NoDate)?;
    Ok((held_on, clean_text(TextField::Summary, summary)?))
}

/// Tidies a multi-line text (notes, summaries): keeps line breaks, drops other control and
/// direction-override characters, trims, and refuses more than [`MAX_NOTE_CHARS`].
pub fn clean_text(what: TextField, raw: &str) -> Result<String, RecordError> {
    let lines: Vec<String> = raw
        .lines()
        .map(|l| clean_line(what, l, MAX_NOTE_CHARS))
        .collect::<Result<_, _>>()?;
    let text = lines.join("\n").trim().to_string();
    let n = text.chars().count();
    if n > MAX_NOTE_CHARS {
        return Err(PlanError::TooLong(what, n, MAX_NOTE_CHARS).into());
    }
    Ok(text)
}

/// Where a course stands in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CourseStatus {
    Planned,
    Taking,
    Done,
}

impl CourseStatus {
    pub const ALL: [CourseStatus; 3] = [
        CourseStatus::Planned,
        CourseStatus::Taking,
        CourseStatus::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CourseStatus::Planned => "planned",
            CourseStatus::Taking => "taking",
            CourseStatus::Done => "done",
        }
    }

    pub fn parse(v: &str) -> Option<CourseStatus> {
        CourseStatus::ALL.into_iter().find(|c| c.as_str() == v)
    }

    pub fn next(self) -> CourseStatus {
        match self {
            CourseStatus::Planned => CourseStatus::Taking,
            CourseStatus::Taking => CourseStatus::Done,
            CourseStatus::Done => CourseStatus::Planned,
        }
    }
}

/// The high-school grades a course plan covers.
pub const PLAN_GRADES: std::ops::RangeInclusive<u8> = 9..=12;

/// One course in a student's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedCourse {
    /// A [`super::courses::Course`] id.
    pub course: String,
    pub grade: u8,
    pub status: CourseStatus,
    pub updated_at: Timestamp,
}

/// Kinds of experience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExperienceKind {
    Shadowing,
    Volunteering,
    Club,
    Summer,
    Certification,
    Job,
    Other,
}

impl ExperienceKind {
    pub const ALL: [ExperienceKind; 7] = [
        ExperienceKind::Shadowing,
        ExperienceKind::Volunteering,
        ExperienceKind::Club,
        ExperienceKind::Summer,
        ExperienceKind::Certification,
        ExperienceKind::Job,
        ExperienceKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExperienceKind::Shadowing => "shadowing",
            ExperienceKind::Volunteering => "volunteering",
            ExperienceKind::Club => "club",
            ExperienceKind::Summer => "summer",
            ExperienceKind::Certification => "certification",
            ExperienceKind::Job => "job",
            ExperienceKind::Other => "other",
        }
    }

    pub fn parse(v: &str) -> Option<ExperienceKind> {
        ExperienceKind::ALL.into_iter().find(|k| k.as_str() == v)
    }

    pub fn next(self) -> ExperienceKind {
        let i = ExperienceKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(0);
        ExperienceKind::ALL[(i + 1) % ExperienceKind::ALL.len()]
    }

    pub fn prev(self) -> ExperienceKind {
        let n = ExperienceKind::ALL.len();
        let i = ExperienceKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(0);
        ExperienceKind::ALL[(i + n - 1) % n]
    }
}

/// Something the student did: shadowing, volunteering, a club, a summer program, a
/// certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Experience {
    pub id: i64,
    pub kind: ExperienceKind,
    pub title: String,
    pub started_on: Option<String>,
    pub ended_on: Option<String>,
    pub hours: u32,
    /// One line: what the student took from it.
    pub reflection: String,
    pub created_at: Timestamp,
}

/// An experience as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewExperience {
    pub kind: ExperienceKind,
    pub title: String,
    pub started_on: Option<String>,
    pub ended_on: Option<String>,
    pub hours: u32,
    pub reflection: String,
}

/// Checks an experience as typed.
pub fn parse_experience(
    kind: ExperienceKind,
    title: &str,
    started: &str,
    ended: &str,
    hours: &str,
    reflection: &str,
) -> Result<NewExperience, RecordError> {
    let title = clean_line(TextField::Title, title, MAX_SHORT_CHARS)?;
    if title.is_empty() {
        return Err(RecordError::EmptyTitle);
    }
    let started_on = parse_date(started)?;
    let ended_on = parse_date(ended)?;
    if let (Some(a), Some(b)) = (&started_on, &ended_on)
        && b < a
    {
        return Err(RecordError::EndsBeforeStart);
    }
    let h = hours.trim();
    let hours = if h.is_empty() {
        0
    } else {
        match h.parse::<u32>() {
            Ok(n) if n <= MAX_HOURS => n,
            _ => return Err(RecordError::BadHours(h.chars().take(20).collect())),
        }
    };
    Ok(NewExperience {
        kind,
        title,
        started_on,
        ended_on,
        hours,
        reflection: clean_line(
            TextField::ExperienceReflection,
            reflection,
            MAX_LONG_CHARS.min(300),
        )?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        assert_eq!(parse_pin(" 2468 ").unwrap(), "2468");
        assert_eq!(parse_pin("12345678").unwrap(), "12345678");
        for bad in ["", "123", "123456789", "12a4", "١٢٣٤", "12 34"] {
            assert_eq!(parse_pin(bad), Err(RecordError::BadPin), "{bad:?}");
        }
    }

    #[test]
    fn passphrases_need_eight_characters_and_to_be_hard_to_guess() {
        assert!(check_passphrase("quiet heron lantern morning 42").is_ok());
        for bad in ["", "short", "        ", &"x y".repeat(100)] {
            assert_eq!(
                check_passphrase(bad),
                Err(RecordError::WeakPassphrase(Weakness::Length)),
                "{bad:?}"
            );
        }
        for bad in ["aaaaaaaaaaa", "password123", "letmein123", "abcdefgh"] {
            assert!(
                matches!(
                    check_passphrase(bad),
                    Err(RecordError::WeakPassphrase(Weakness::Guessable(_)))
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn counselor_waits_are_short_after_five_free_tries() {
        let waits: Vec<i64> = (0..12).map(counselor_wait_after).collect();
        assert_eq!(waits, [0, 0, 0, 0, 0, 1, 2, 4, 8, 10, 10, 10]);
        assert_eq!(counselor_wait_after(u32::MAX), COUNSELOR_MAX_WAIT_SECS);
    }

    #[test]
    fn waits_grow_after_three_wrong_tries_and_stop_at_five_minutes() {
        let waits: Vec<i64> = (0..12).map(wait_after).collect();
        assert_eq!(&waits[..8], &[0, 0, 0, 5, 10, 20, 40, 80]);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(wait_after(40), MAX_WAIT_SECS);
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_SECS);
    }

    #[test]
    fn goals_need_text_and_a_real_date() {
        let g = parse_goal("  Ask about the HOSA club ", "2026-12-05").unwrap();
        assert_eq!(g.text, "Ask about the HOSA club");
        assert_eq!(g.due_on.as_deref(), Some("2026-12-05"));
        assert_eq!(parse_goal("Read", "").unwrap().due_on, None);
        assert_eq!(parse_goal("  ", ""), Err(RecordError::EmptyGoal));
        assert!(matches!(
            parse_goal("Read", "2026-02-30"),
            Err(RecordError::Text(PlanError::BadDate(_)))
        ));
        assert!(matches!(
            parse_goal(&"x".repeat(200), ""),
            Err(RecordError::Text(PlanError::TooLong(..)))
        ));
    }

    #[test]
    fn overdue_means_open_and_due_before_today() {
        let mut g = Goal {
            id: 1,
            checkin_id: None,
            text: "Visit".into(),
            due_on: Some("2026-11-01".into()),
            status: GoalStatus::Open,
            created_at: 0,
            closed_at: None,
        };
        assert!(g.is_overdue("2026-11-22"));
        assert!(!g.is_overdue("2026-11-01"));
        g.status = GoalStatus::Done;
        assert!(!g.is_overdue("2026-11-22"));
        g.status = GoalStatus::Open;
        g.due_on = None;
        assert!(!g.is_overdue("2026-11-22"));
    }

    #[test]
    fn check_ins_need_a_date_and_keep_line_breaks_in_the_summary() {
        let (d, sum) =
            parse_checkin("2026-11-22", " Talked about\nsummer programs \u{202E}").unwrap();
        assert_eq!(d, "2026-11-22");
        assert_eq!(sum, "Talked about\nsummer programs");
        assert_eq!(parse_checkin("", "x"), Err(RecordError::NoDate));
        assert!(parse_checkin("2026-11-22", &"a".repeat(MAX_NOTE_CHARS + 1)).is_err());
    }

    #[test]
    fn experiences_are_checked() {
        let e = parse_experience(
            ExperienceKind::Volunteering,
            "Hospital gift shop",
            "2026-06-01",
            "2026-08-15",
            "40",
            "I liked talking with visitors.",
        )
        .unwrap();
        assert_eq!(e.hours, 40);
        assert_eq!(
            parse_experience(ExperienceKind::Club, "", "", "", "", ""),
            Err(RecordError::EmptyTitle)
        );
        assert_eq!(
            parse_experience(
                ExperienceKind::Club,
                "HOSA",
                "2026-06-02",
                "2026-06-01",
                "",
                ""
            ),
            Err(RecordError::EndsBeforeStart)
        );
        for bad in ["-3", "ten", "10001", "4.5"] {
            assert!(matches!(
                parse_experience(ExperienceKind::Club, "HOSA", "", "", bad, ""),
                Err(RecordError::BadHours(_))
            ));
        }
        assert_eq!(ExperienceKind::Other.next(), ExperienceKind::Shadowing);
        assert_eq!(ExperienceKind::Shadowing.prev(), ExperienceKind::Other);
        for k in ExperienceKind::ALL {
            assert_eq!(ExperienceKind::parse(k.as_str()), Some(k));
        }
    }
}
