//! The export file: one student's whole record as versioned JSON, and the checks an import
//! makes before anything is written. Files from other people's machines are untrusted: size,
//! nesting, types, lengths, dates and references are all checked, and every problem is
//! reported in words with where it is.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use super::plan::{Format, MAX_LONG_CHARS, MAX_SHORT_CHARS, parse_date};
use super::record::{
    CourseStatus, ExperienceKind, GoalStatus, MAX_HOURS, MAX_NOTE_CHARS, PLAN_GRADES,
};
use super::student::{MAX_GRADE, MIN_GRADE, clean_name};

/// What the `format` field must say.
pub const FORMAT: &str = "medpath-student";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The largest file an import reads.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// The deepest nesting of arrays and objects an import accepts (the format needs 5).
pub const MAX_DEPTH: usize = 16;
/// Limits on how many of each thing one record may hold.
pub const MAX_ITEMS: usize = 5000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub exported_at: Timestamp,
    pub student: StudentOut,
    #[serde(default)]
    pub assessments: Vec<AssessmentOut>,
    #[serde(default)]
    pub hidden: Vec<HiddenOut>,
    #[serde(default)]
    pub shortlist: Vec<ShortlistOut>,
    #[serde(default)]
    pub plans: Vec<PlanOut>,
    #[serde(default)]
    pub checkins: Vec<CheckInOut>,
    #[serde(default)]
    pub goals: Vec<GoalOut>,
    #[serde(default)]
    pub courses: Vec<CourseOut>,
    #[serde(default)]
    pub experiences: Vec<ExperienceOut>,
    /// Private counselor notes, only when the counselor chose to include them: a JSON list
    /// of [`NoteOut`], sealed with a key derived from the counselor's passphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counselor_notes: Option<SealedNotes>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudentOut {
    pub name: String,
    pub grade: u8,
    pub created_at: Timestamp,
    pub last_active: Timestamp,
    /// The PIN's Argon2id hash, so the lock travels with the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_hash: Option<String>,
    /// The school's own id for the student, when the profile has one: import matches by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentOut {
    pub started_at: Timestamp,
    /// None while in progress.
    pub finished_at: Option<Timestamp>,
    pub position: u32,
    pub answers: Vec<AnswerOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOut {
    pub item: String,
    /// 1-5, or None when skipped.
    pub value: Option<u8>,
    pub answered_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HiddenOut {
    pub career: String,
    pub hidden_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortlistOut {
    pub career: String,
    pub note: String,
    pub added_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanOut {
    pub person: String,
    pub role: String,
    pub career: Option<String>,
    pub day: Option<String>,
    pub format: Format,
    pub goal: String,
    pub checklist: Vec<String>,
    pub surprised: String,
    pub harder_better: String,
    pub interest: Option<i8>,
    pub next_step: String,
    pub applied_interest: Option<i8>,
    pub base_position: Option<u32>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub questions: Vec<QuestionOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionOut {
    pub source: Option<String>,
    pub text: String,
    pub opener: bool,
    pub answer: String,
    pub followups: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckInOut {
    pub held_on: String,
    pub summary: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalOut {
    /// The check-in that set it, as a place in `checkins` (0 is the first).
    pub checkin: Option<usize>,
    pub text: String,
    pub due_on: Option<String>,
    pub status: GoalStatus,
    pub created_at: Timestamp,
    pub closed_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseOut {
    pub course: String,
    pub grade: u8,
    pub status: CourseStatus,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExperienceOut {
    pub kind: ExperienceKind,
    pub title: String,
    pub started_on: Option<String>,
    pub ended_on: Option<String>,
    pub hours: u32,
    pub reflection: String,
    pub created_at: Timestamp,
}

/// Private notes sealed for the trip (hex-encoded salt and sealed bytes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedNotes {
    pub salt: String,
    pub sealed: String,
}

/// One private note, tied to a check-in by its place in `checkins`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteOut {
    pub checkin: usize,
    pub text: String,
}

/// Why a file cannot be imported.
/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub student: String,
    /// True when the profile was new on this computer.
    pub created: bool,
    pub assessments: usize,
    pub shortlist: usize,
    pub plans: usize,
    pub checkins: usize,
    pub goals: usize,
    pub courses: usize,
    pub experiences: usize,
    pub notes: usize,
    /// Parts already here, left as they were.
    pub skipped: usize,
    /// Check-ins and the goals set at them, left out because the counselor passphrase was
    /// not given.
    pub counselor_left_out: usize,
    /// The file had a PIN that was not used: an existing profile keeps its own.
    pub pin_not_used: bool,
}

impl ImportReport {
    pub fn added(&self) -> usize {
        self.assessments
            + self.shortlist
            + self.plans
            + self.checkins
            + self.goals
            + self.courses
            + self.experiences
            + self.notes
    }
}

/// Why a file cannot be imported (worded in `strings`, its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Its size in bytes, over [`MAX_FILE_BYTES`].
    TooBig(u64),
    TooDeep,
    /// The JSON reader's detail.
    NotJson(String),
    NotMedpath,
    /// Its version, newer than [`VERSION`].
    Newer(u32),
    /// The `version` field is missing or not a whole number.
    NoVersion,
    /// A key written twice in one object.
    DuplicateKey(super::json_keys::DuplicateKey),
    /// A part of the wrong kind: the JSON reader's detail.
    BadShape(String),
    /// Where in the file, and what is wrong there.
    BadValue(String, Problem),
}

impl std::error::Error for ImportError {}

/// What is wrong with one value of an export file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A text's length and the most allowed.
    TooLong(usize, usize),
    Control,
    BadDate(String),
    BadTime(Timestamp),
    BadId(String),
    /// How many there are and the most allowed.
    TooMany(usize, usize),
    BadGrade(u8),
    BadPinHash,
    BadAnswer,
    TwoOpen,
    Duplicate(String),
    NoPerson,
    BadInterest,
    EmptyQuestion,
    NoSuchCheckIn,
    EmptyGoal,
    ClosedMismatch,
    UnknownCourse(String),
    EmptyTitle,
    BadNotes,
    /// The student's name, refused as the name field refuses it.
    Name(super::student::StudentError),
}

/// The deepest nesting of arrays and objects in `text`, counted without parsing, so a
/// hostile file cannot make the parser recurse. Stops counting once past `limit`.
pub fn depth(text: &str, limit: usize) -> usize {
    let (mut d, mut max, mut in_str, mut esc) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_str {
            match (esc, b) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                d += 1;
                max = max.max(d);
                if max > limit {
                    return max;
                }
            }
            b']' | b'}' => d = d.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Reads and checks an export file's text. Nothing is written; the store applies the
/// result.
pub fn parse(text: &str) -> Result<ExportFile, ImportError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooBig(text.len() as u64));
    }
    if depth(text, MAX_DEPTH) > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    if let Some(d) = super::json_keys::first_duplicate(text) {
        return Err(ImportError::DuplicateKey(d));
    }
    // The header first, so a newer file says so rather than failing on a new field.
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotMedpath
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportError::NotMedpath);
    }
    let version = header
        .version
        .as_ref()
        .and_then(|v| v.as_u64())
        .ok_or(ImportError::NoVersion)?;
    if version > u64::from(VERSION) {
        return Err(ImportError::Newer(version.min(u64::from(u32::MAX)) as u32));
    }
    let file: ExportFile =
        serde_json::from_str(text).map_err(|e| ImportError::BadShape(e.to_string()))?;
    check(&file)?;
    Ok(file)
}

fn bad(place: impl Into<String>, what: Problem) -> ImportError {
    ImportError::BadValue(place.into(), what)
}

fn text(place: &str, v: &str, max: usize) -> Result<(), ImportError> {
    let n = v.chars().count();
    if n > max {
        return Err(bad(place, Problem::TooLong(n, max)));
    }
    if v.chars().any(|c| c.is_control() && c != '\n') {
        return Err(bad(place, Problem::Control));
    }
    Ok(())
}

fn date(place: &str, v: &Option<String>) -> Result<(), ImportError> {
    match v {
        None => Ok(()),
        Some(d) => match parse_date(d) {
            Ok(Some(x)) if &x == d => Ok(()),
            _ => Err(bad(place, Problem::BadDate(d.clone()))),
        },
    }
}

fn time(place: &str, t: Timestamp) -> Result<(), ImportError> {
    // From 1970 to 2200: anything else is not a time this program wrote.
    if (0..=7_258_118_400).contains(&t) {
        Ok(())
    } else {
        Err(bad(place, Problem::BadTime(t)))
    }
}

/// An id as the catalog, the question bank and the checklists write them: 1 to 80 of
/// a-z, 0-9, `-`, `_`, `.` and `:`.
pub fn valid_id(v: &str) -> bool {
    (1..=80).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.:".contains(&b))
}

fn id(place: &str, v: &str) -> Result<(), ImportError> {
    if valid_id(v) {
        Ok(())
    } else {
        Err(bad(place, Problem::BadId(v.to_string())))
    }
}

fn count(place: &str, n: usize) -> Result<(), ImportError> {
    if n > MAX_ITEMS {
        Err(bad(place, Problem::TooMany(n, MAX_ITEMS)))
    } else {
        Ok(())
    }
}

/// How every PIN hash medpath makes begins: Argon2id, version 19, 19 MiB, two passes, one
/// lane. A file's hash with other settings is refused before anything checks a PIN against
/// it, so a crafted hash cannot make medpath spend minutes or gigabytes on one try.
pub const OWN_HASH_PREFIX: &str = "$argon2id$v=19$m=19456,t=2,p=1$";

/// Every value's rules, checked before anything is written.
pub fn check(f: &ExportFile) -> Result<(), ImportError> {
    let st = &f.student;
    clean_name(&st.name).map_err(|e| bad("student.name", Problem::Name(e)))?;
    if !(MIN_GRADE..=MAX_GRADE).contains(&st.grade) {
        return Err(bad("student.grade", Problem::BadGrade(st.grade)));
    }
    time("student.created_at", st.created_at)?;
    time("student.last_active", st.last_active)?;
    if let Some(h) = &st.pin_hash
        && (h.len() > 200 || !h.starts_with(OWN_HASH_PREFIX))
    {
        return Err(bad("student.pin_hash", Problem::BadPinHash));
    }
    if let Some(id) = &st.school_id {
        super::student::parse_school_id(id)
            .map_err(|e| bad("student.school_id", Problem::Name(e)))?;
    }
    count("assessments", f.assessments.len())?;
    let mut open = 0;
    for (i, a) in f.assessments.iter().enumerate() {
        let p = format!("assessments[{i}]");
        time(&p, a.started_at)?;
        if let Some(t) = a.finished_at {
            time(&p, t)?;
        } else {
            open += 1;
        }
        count(&p, a.answers.len())?;
        for (j, x) in a.answers.iter().enumerate() {
            let q = format!("{p}.answers[{j}]");
            id(&q, &x.item)?;
            if x.value.is_some_and(|v| !(1..=5).contains(&v)) {
                return Err(bad(q, Problem::BadAnswer));
            }
            time(&q, x.answered_at)?;
        }
    }
    if open > 1 {
        return Err(bad("assessments", Problem::TwoOpen));
    }
    count("hidden", f.hidden.len())?;
    for (i, h) in f.hidden.iter().enumerate() {
        id(&format!("hidden[{i}]"), &h.career)?;
        time(&format!("hidden[{i}]"), h.hidden_at)?;
    }
    count("shortlist", f.shortlist.len())?;
    let mut seen = std::collections::HashSet::new();
    for (i, e) in f.shortlist.iter().enumerate() {
        let p = format!("shortlist[{i}]");
        id(&p, &e.career)?;
        if !seen.insert(&e.career) {
            return Err(bad(p, Problem::Duplicate(e.career.clone())));
        }
        text(&p, &e.note, super::shortlist::MAX_NOTE_CHARS)?;
        time(&p, e.added_at)?;
    }
    count("plans", f.plans.len())?;
    for (i, pl) in f.plans.iter().enumerate() {
        let p = format!("plans[{i}]");
        for v in [&pl.person, &pl.role, &pl.goal] {
            text(&p, v, MAX_SHORT_CHARS)?;
        }
        if pl.person.trim().is_empty() {
            return Err(bad(p, Problem::NoPerson));
        }
        if let Some(c) = &pl.career {
            id(&p, c)?;
        }
        date(&p, &pl.day)?;
        for v in [&pl.surprised, &pl.harder_better, &pl.next_step] {
            text(&p, v, MAX_LONG_CHARS)?;
        }
        if pl.checklist.len() > 50 {
            return Err(bad(&p, Problem::TooMany(pl.checklist.len(), 50)));
        }
        for c in &pl.checklist {
            id(&p, c)?;
        }
        for v in [pl.interest, pl.applied_interest].into_iter().flatten() {
            if !(-2..=2).contains(&v) {
                return Err(bad(&p, Problem::BadInterest));
            }
        }
        if pl.base_position.is_some_and(|b| b as usize > MAX_ITEMS) {
            return Err(bad(&p, Problem::BadInterest));
        }
        time(&p, pl.created_at)?;
        time(&p, pl.updated_at)?;
        if pl.questions.len() > super::plan::MAX_QUESTIONS {
            return Err(bad(
                &p,
                Problem::TooMany(pl.questions.len(), super::plan::MAX_QUESTIONS),
            ));
        }
        for (j, q) in pl.questions.iter().enumerate() {
            let q_at = format!("{p}.questions[{j}]");
            if let Some(src) = &q.source {
                id(&q_at, src)?;
            }
            if q.text.trim().is_empty() {
                return Err(bad(q_at, Problem::EmptyQuestion));
            }
            for v in [&q.text, &q.answer, &q.followups] {
                text(&q_at, v, MAX_LONG_CHARS)?;
            }
        }
    }
    count("checkins", f.checkins.len())?;
    for (i, c) in f.checkins.iter().enumerate() {
        let p = format!("checkins[{i}]");
        date(&p, &Some(c.held_on.clone()))?;
        text(&p, &c.summary, MAX_NOTE_CHARS)?;
        time(&p, c.created_at)?;
        time(&p, c.updated_at)?;
    }
    count("goals", f.goals.len())?;
    for (i, g) in f.goals.iter().enumerate() {
        let p = format!("goals[{i}]");
        if g.checkin.is_some_and(|c| c >= f.checkins.len()) {
            return Err(bad(p, Problem::NoSuchCheckIn));
        }
        text(&p, &g.text, MAX_SHORT_CHARS)?;
        if g.text.trim().is_empty() {
            return Err(bad(p, Problem::EmptyGoal));
        }
        date(&p, &g.due_on)?;
        time(&p, g.created_at)?;
        if let Some(t) = g.closed_at {
            time(&p, t)?;
        }
        if (g.status == GoalStatus::Open) != g.closed_at.is_none() {
            return Err(bad(p, Problem::ClosedMismatch));
        }
    }
    count("courses", f.courses.len())?;
    let mut seen = std::collections::HashSet::new();
    for (i, c) in f.courses.iter().enumerate() {
        let p = format!("courses[{i}]");
        if super::courses::Course::parse(&c.course).is_none() {
            return Err(bad(p, Problem::UnknownCourse(c.course.clone())));
        }
        if !seen.insert(&c.course) {
            return Err(bad(p, Problem::Duplicate(c.course.clone())));
        }
        if !PLAN_GRADES.contains(&c.grade) {
            return Err(bad(p, Problem::BadGrade(c.grade)));
        }
        time(&p, c.updated_at)?;
    }
    count("experiences", f.experiences.len())?;
    for (i, e) in f.experiences.iter().enumerate() {
        let p = format!("experiences[{i}]");
        if e.title.trim().is_empty() {
            return Err(bad(p, Problem::EmptyTitle));
        }
        text(&p, &e.title, MAX_SHORT_CHARS)?;
        text(&p, &e.reflection, 300)?;
        date(&p, &e.started_on)?;
        date(&p, &e.ended_on)?;
        if e.hours > MAX_HOURS {
            return Err(bad(
                p,
                Problem::TooMany(e.hours as usize, MAX_HOURS as usize),
            ));
        }
        time(&p, e.created_at)?;
    }
    if let Some(n) = &f.counselor_notes
        && (n.salt.len() != 32 || n.sealed.len() > 2 * MAX_FILE_BYTES as usize)
    {
        return Err(bad("counselor_notes", Problem::BadNotes));
    }
    Ok(())
}

/// Lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes from lowercase or uppercase hex; None when it is not hex.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
#[path = "transfer_tests.rs"]
mod tests;

/// A profile already on this computer, as import matching sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    pub id: i64,
    pub name: String,
    pub grade: u8,
    pub school_id: Option<String>,
}

/// Where an import file goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A new profile.
    New,
    /// Merged into this profile.
    Existing(i64),
}

/// Why a file is not merged into the profile of the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The profile of that name is in another grade: maybe another student.
    OtherGrade { name: String, here: u8, file: u8 },
    /// The profile of that name has another school id: another student.
    OtherSchoolId { name: String },
}

impl std::error::Error for Mismatch {}

/// Which profile a file belongs to. The school id decides when both sides have one (`by_id`
/// is the profile with the file's school id); otherwise the name and the grade must both
/// agree. A name that agrees while the rest does not is never merged: the caller refuses
/// with the reason, as two profiles cannot share a name.
pub fn match_profile(
    file: &StudentOut,
    by_id: Option<&Local>,
    by_name: Option<&Local>,
) -> Result<Target, Mismatch> {
    if let (Some(_), Some(here)) = (&file.school_id, by_id) {
        return Ok(Target::Existing(here.id));
    }
    let Some(here) = by_name else {
        return Ok(Target::New);
    };
    if let (Some(a), Some(b)) = (&file.school_id, &here.school_id)
        && a != b
    {
        return Err(Mismatch::OtherSchoolId {
            name: here.name.clone(),
        });
    }
    if here.grade != file.grade {
        return Err(Mismatch::OtherGrade {
            name: here.name.clone(),
            here: here.grade,
            file: file.grade,
        });
    }
    Ok(Target::Existing(here.id))
}
