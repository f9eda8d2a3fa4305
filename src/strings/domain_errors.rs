//! The words for the domain's errors: their `Display`, so `domain` keeps them as data and
//! never imports this module.

use std::fmt;

use crate::domain::StudentError;
use crate::domain::answer_file::{AnswerFileError, Given};
use crate::domain::plan::{MAX_QUESTIONS, PlanError, TextField};
use crate::domain::record::{MIN_PASSPHRASE_CHARS, RecordError};
use crate::domain::shortlist::NoteError;
use crate::domain::transfer::{ImportError, MAX_FILE_BYTES, Mismatch, Problem, VERSION};

impl fmt::Display for StudentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::student as s;
        match self {
            StudentError::EmptyName => f.write_str(s::EMPTY_NAME),
            StudentError::NameTooLong { chars } => f.write_str(&s::name_too_long(*chars)),
            StudentError::ControlCharacter(c) => {
                f.write_str(&crate::strings::faults::control_char(*c))
            }
            StudentError::GradeNotNumber(g) => f.write_str(&s::grade_not_number(g)),
            StudentError::GradeOutOfRange(g) => f.write_str(&s::grade_out_of_range(*g)),
            StudentError::DuplicateName(n) => f.write_str(&s::duplicate_name(n)),
            StudentError::BadSchoolId(v) => f.write_str(&s::bad_school_id(v)),
            StudentError::DuplicateSchoolId(v) => f.write_str(&s::duplicate_school_id(v)),
        }
    }
}

impl fmt::Display for NoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoteError::TooLong(n) => f.write_str(&super::shortlist::note_too_long(*n)),
        }
    }
}

/// The name of a piece of typed text, as a length error says it.
fn field_name(field: TextField) -> &'static str {
    use super::{interview as i, record as r};
    match field {
        TextField::Person => i::W_PERSON,
        TextField::Role => i::W_ROLE,
        TextField::PlanGoal => i::W_GOAL,
        TextField::Question => i::W_QUESTION,
        TextField::Answer => i::W_ANSWER,
        TextField::Reflection => i::W_REFLECTION,
        TextField::Goal => r::W_GOAL,
        TextField::Summary => r::W_SUMMARY,
        TextField::Notes => r::W_NOTES,
        TextField::Title => r::W_TITLE,
        TextField::ExperienceReflection => r::W_REFLECTION,
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::interview as s;
        match self {
            PlanError::NoPerson => f.write_str(s::NEED_PERSON),
            PlanError::NoRole => f.write_str(s::NEED_ROLE),
            PlanError::TooLong(what, n, max) => {
                f.write_str(&s::too_long(field_name(*what), *n, *max))
            }
            PlanError::BadDate(d) => f.write_str(&s::bad_date(d)),
            PlanError::EmptyQuestion => f.write_str(s::EMPTY_QUESTION),
            PlanError::TooManyQuestions => f.write_str(&s::too_many_questions(MAX_QUESTIONS)),
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::record as s;
        match self {
            RecordError::Text(e) => e.fmt(f),
            RecordError::BadPin => f.write_str(s::PIN_RULE),
            RecordError::PinsDiffer => f.write_str(s::PINS_DIFFER),
            RecordError::WeakPassphrase(w) => {
                f.write_str(&s::weak_passphrase(*w, MIN_PASSPHRASE_CHARS))
            }
            RecordError::WrongPin => f.write_str(s::WRONG_PIN),
            RecordError::WrongPassphrase => f.write_str(&s::wrong_passphrase()),
            RecordError::Wait(secs) => f.write_str(&s::wait(*secs)),
            RecordError::EmptyGoal => f.write_str(s::EMPTY_GOAL),
            RecordError::EmptyTitle => f.write_str(s::EMPTY_TITLE),
            RecordError::BadHours(h) => f.write_str(&s::bad_hours(h)),
            RecordError::EndsBeforeStart => f.write_str(s::ENDS_BEFORE_START),
            RecordError::NoDate => f.write_str(s::NO_DATE),
            RecordError::Locked => f.write_str(s::LOCKED_NOTES),
            RecordError::BadLockAfter(m) => f.write_str(&s::bad_lock_after(*m)),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::transfer as s;
        match self {
            ImportError::TooBig(n) => f.write_str(&s::too_big(*n, MAX_FILE_BYTES)),
            ImportError::TooDeep => f.write_str(s::TOO_DEEP),
            ImportError::NotJson(d) => f.write_str(&s::not_json(d)),
            ImportError::NotMedpath => f.write_str(s::NOT_MEDPATH),
            ImportError::Newer(v) => f.write_str(&s::newer(*v, VERSION)),
            ImportError::NoVersion => f.write_str(&s::bad_shape(s::NO_VERSION)),
            ImportError::DuplicateKey(d) => f.write_str(&crate::strings::faults::duplicate_key(
                crate::strings::faults::IMPORT_FILE,
                &d.key,
                &d.place,
            )),
            ImportError::BadShape(d) => f.write_str(&s::bad_shape(d)),
            ImportError::BadValue(place, what) => {
                f.write_str(&s::bad_value(place, &what.to_string()))
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::transfer as s;
        let text = match self {
            Problem::TooLong(n, max) => s::too_long(*n, *max),
            Problem::Control => s::CONTROL.into(),
            Problem::BadDate(d) => s::bad_date(d),
            Problem::BadTime(t) => s::bad_time(*t),
            Problem::BadId(v) => s::bad_id(v),
            Problem::TooMany(n, max) => s::too_many(*n, *max),
            Problem::BadGrade(g) => s::bad_grade(*g),
            Problem::BadPinHash => s::BAD_PIN_HASH.into(),
            Problem::BadAnswer => s::BAD_ANSWER.into(),
            Problem::TwoOpen => s::TWO_OPEN.into(),
            Problem::Duplicate(id) => s::duplicate(id),
            Problem::NoPerson => s::NO_PERSON.into(),
            Problem::BadInterest => s::BAD_INTEREST.into(),
            Problem::EmptyQuestion => s::EMPTY_QUESTION.into(),
            Problem::NoSuchCheckIn => s::NO_SUCH_CHECKIN.into(),
            Problem::EmptyGoal => s::EMPTY_GOAL.into(),
            Problem::ClosedMismatch => s::CLOSED_MISMATCH.into(),
            Problem::UnknownCourse(c) => s::unknown_course(c),
            Problem::EmptyTitle => s::EMPTY_TITLE.into(),
            Problem::BadNotes => s::BAD_NOTES.into(),
            Problem::Name(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for AnswerFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::assess as s;
        let text = match self {
            AnswerFileError::Syntax(path, detail) => s::answer_file_syntax(path, detail),
            AnswerFileError::NotTable(path) => s::answer_file_not_table(path),
            AnswerFileError::UnknownItem(id) => s::unknown_item(&super::transfer::shown(id, 60)),
            AnswerFileError::BadAnswer(item, given) => {
                let given = match given {
                    Given::Number(v) => v.to_string(),
                    Given::Text(t) => format!("\"{}\"", super::transfer::shown(t, 40)),
                    Given::List => s::GIVEN_LIST.to_string(),
                    Given::Table => s::GIVEN_TABLE.to_string(),
                    Given::Other(v) => v.clone(),
                };
                s::bad_answer(item, &given)
            }
            AnswerFileError::NoAnswers => s::NO_ANSWERS_IN_FILE.to_string(),
            AnswerFileError::DuplicateKey(path, d) => crate::strings::faults::duplicate_key(
                &crate::strings::faults::answer_file(path),
                &d.key,
                &d.place,
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::access as s;
        match self {
            Mismatch::OtherGrade { name, here, file } => {
                f.write_str(&s::other_grade(name, *here, *file))
            }
            Mismatch::OtherSchoolId { name } => f.write_str(&s::other_school_id(name)),
        }
    }
}
