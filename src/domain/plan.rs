//! Interview and shadowing plans: who, when, how, the questions, the answers and the
//! reflection afterwards. Pure types, checks and the rules for the estimate and the
//! shortlist move; suggestions are in `suggest`, printed sheets in `sheet`.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;

/// The longest name, role or goal kept, in characters.
pub const MAX_SHORT_CHARS: usize = 120;
/// The longest question, answer, follow-up notes or reflection kept, in characters.
pub const MAX_LONG_CHARS: usize = 2000;
/// The most questions one plan may hold.
pub const MAX_QUESTIONS: usize = 40;
/// How many questions a new plan starts with, at most and at least (when the bank allows).
pub const SUGGEST_MAX: usize = 12;
pub const SUGGEST_MIN: usize = 8;
pub const SUGGEST_TARGET: usize = 10;

/// How the meeting happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    InPerson,
    Video,
    Phone,
    Shadowing,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::InPerson,
        Format::Video,
        Format::Phone,
        Format::Shadowing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::InPerson => "in-person",
            Format::Video => "video",
            Format::Phone => "phone",
            Format::Shadowing => "shadowing",
        }
    }

    pub fn parse(v: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == v)
    }

    pub fn next(self) -> Format {
        let i = Format::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Format::ALL[(i + 1) % Format::ALL.len()]
    }

    pub fn prev(self) -> Format {
        let i = Format::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Format::ALL[(i + Format::ALL.len() - 1) % Format::ALL.len()]
    }
}

/// "Are you more or less interested now?", from much less (-2) to much more (+2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interest(i8);

impl Interest {
    pub const ALL: [Interest; 5] = [
        Interest(2),
        Interest(1),
        Interest(0),
        Interest(-1),
        Interest(-2),
    ];

    pub fn new(v: i64) -> Option<Interest> {
        (-2..=2).contains(&v).then_some(Interest(v as i8))
    }

    pub fn value(self) -> i8 {
        self.0
    }
}

/// One question in a plan, with what was heard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanQuestion {
    pub id: i64,
    /// The bank question it came from; None for the student's own.
    pub source: Option<String>,
    pub text: String,
    /// True when it came from the bank as a good first question.
    pub opener: bool,
    /// The answer or notes written during or after the meeting.
    pub answer: String,
    /// Follow-up questions jotted down while practising.
    pub followups: String,
}

/// What the student thought afterwards.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub surprised: String,
    pub harder_better: String,
    pub interest: Option<Interest>,
    pub next_step: String,
}

impl Reflection {
    pub fn is_empty(&self) -> bool {
        self.surprised.is_empty()
            && self.harder_better.is_empty()
            && self.interest.is_none()
            && self.next_step.is_empty()
    }
}

/// The parts of a plan typed in its form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    /// Who the student will talk with ("Dr. Amira Haddad").
    pub person: String,
    /// Their job in their own words ("family doctor at the Elm Street clinic").
    pub role: String,
    /// The catalog career it is about, if any.
    pub career_id: Option<String>,
    /// The day, as `YYYY-MM-DD`, when it is set.
    pub date: Option<String>,
    pub format: Format,
    /// What the student hopes to find out.
    pub goal: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: i64,
    pub student_id: i64,
    pub details: Details,
    pub questions: Vec<PlanQuestion>,
    /// The ids of the ticked "before" checklist items.
    pub checklist: Vec<String>,
    pub reflection: Reflection,
    /// The interest rating last applied to the shortlist, so it is applied only once.
    pub applied_interest: Option<Interest>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Plan {
    /// True once any answer or reflection is written: sheets then print the full record.
    pub fn has_record(&self) -> bool {
        self.questions.iter().any(|q| !q.answer.is_empty()) || !self.reflection.is_empty()
    }

    pub fn answered(&self) -> usize {
        self.questions
            .iter()
            .filter(|q| !q.answer.is_empty())
            .count()
    }
}

/// A plan in a list: enough to choose one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSummary {
    pub id: i64,
    pub details: Details,
    pub questions: usize,
    pub answered: usize,
    pub reflected: bool,
    pub updated_at: Timestamp,
}

/// Minutes we allow for a question: openers get longer answers.
pub const OPENER_MINUTES: u32 = 3;
pub const FOLLOW_UP_MINUTES: u32 = 2;
/// Minutes for hello, introductions and thank you.
pub const GREETING_MINUTES: u32 = 5;

/// A rough length for the conversation, in minutes. It is our own rule of thumb (shown with
/// the estimate), not a measured figure.
pub fn estimate_minutes(questions: &[PlanQuestion]) -> u32 {
    if questions.is_empty() {
        return 0;
    }
    GREETING_MINUTES
        + questions
            .iter()
            .map(|q| {
                if q.opener {
                    OPENER_MINUTES
                } else {
                    FOLLOW_UP_MINUTES
                }
            })
            .sum::<u32>()
}

/// The written parts of the reflection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionPart {
    Surprised,
    HarderBetter,
    NextStep,
}

/// Where a career was and is on the shortlist after an interest rating (1 is the top;
/// None when it was not on the list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortlistMove {
    pub from: Option<usize>,
    pub to: Option<usize>,
}

/// The file formats a sheet can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Md,
    Txt,
    Html,
}

impl SheetFormat {
    pub const ALL: [SheetFormat; 3] = [SheetFormat::Md, SheetFormat::Txt, SheetFormat::Html];

    pub fn parse(s: &str) -> Option<SheetFormat> {
        SheetFormat::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SheetFormat::Md => "md",
            SheetFormat::Txt => "txt",
            SheetFormat::Html => "html",
        }
    }

    pub fn extension(self) -> &'static str {
        self.as_str()
    }
}

/// A piece of typed text, named in a length error (`strings` has the words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// An interview plan's person.
    Person,
    /// An interview plan's job.
    Role,
    /// An interview plan's goal.
    PlanGoal,
    Question,
    /// The notes on a question's answer.
    Answer,
    /// An answer to a reflection prompt.
    Reflection,
    /// A record goal.
    Goal,
    /// A check-in's shared summary.
    Summary,
    /// A counselor's private notes.
    Notes,
    /// An experience's name.
    Title,
    /// What an experience taught.
    ExperienceReflection,
}

/// Worded in `strings` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    NoPerson,
    NoRole,
    /// The field, its length and the most allowed.
    TooLong(TextField, usize, usize),
    BadDate(String),
    EmptyQuestion,
    /// More than [`MAX_QUESTIONS`].
    TooManyQuestions,
}

impl std::error::Error for PlanError {}

/// Tidies one line of text: line breaks and tabs become spaces, other control characters
/// go, and the ends are trimmed. Refuses text longer than `max` characters.
pub fn clean_line(what: TextField, raw: &str, max: usize) -> Result<String, PlanError> {
    let text: String = raw
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            // Direction overrides could turn the rest of a printed line around.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect();
    let text = text.trim().to_string();
    let n = text.chars().count();
    if n > max {
        return Err(PlanError::TooLong(what, n, max));
    }
    Ok(text)
}

/// A question's text, tidied; empty is refused.
pub fn clean_question(raw: &str) -> Result<String, PlanError> {
    let t = clean_line(TextField::Question, raw, MAX_LONG_CHARS)?;
    if t.is_empty() {
        return Err(PlanError::EmptyQuestion);
    }
    Ok(t)
}

/// The form's fields as typed, checked and tidied.
pub fn parse_details(
    person: &str,
    role: &str,
    career_id: Option<String>,
    date: &str,
    format: Format,
    goal: &str,
) -> Result<Details, PlanError> {
    let person = clean_line(TextField::Person, person, MAX_SHORT_CHARS)?;
    if person.is_empty() {
        return Err(PlanError::NoPerson);
    }
    let role = clean_line(TextField::Role, role, MAX_SHORT_CHARS)?;
    if role.is_empty() && career_id.is_none() {
        return Err(PlanError::NoRole);
    }
    let goal = clean_line(TextField::PlanGoal, goal, MAX_SHORT_CHARS)?;
    let date = parse_date(date)?;
    Ok(Details {
        person,
        role,
        career_id,
        date,
        format,
        goal,
    })
}

/// `YYYY-MM-DD`, or empty for "not set yet".
pub fn parse_date(raw: &str) -> Result<Option<String>, PlanError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<jiff::civil::Date>() {
        Ok(d) if t.len() == 10 => Ok(Some(d.to_string())),
        _ => Err(PlanError::BadDate(t.chars().take(40).collect())),
    }
}

/// Where a career goes on the shortlist after the interest rating: much more moves it to
/// the top (adding it if needed), more moves it up one place (adding it at the bottom),
/// the same leaves it, less moves it down one place, much less to the bottom. Returns the
/// new order, or None when nothing changes.
pub fn reorder(order: &[String], career: &str, interest: Interest) -> Option<Vec<String>> {
    let at = order.iter().position(|c| c == career);
    let mut v: Vec<String> = order.to_vec();
    match (interest.value(), at) {
        (0, _) => return None,
        (2, Some(i)) if i > 0 => {
            let c = v.remove(i);
            v.insert(0, c);
        }
        (2, None) => v.insert(0, career.to_string()),
        (1, Some(i)) if i > 0 => v.swap(i, i - 1),
        (1, None) => v.push(career.to_string()),
        (-1, Some(i)) if i + 1 < v.len() => v.swap(i, i + 1),
        (-2, Some(i)) if i + 1 < v.len() => {
            let c = v.remove(i);
            v.push(c);
        }
        _ => return None,
    }
    Some(v)
}

/// The shortlist after a rating, measured from where the career stood before the first
/// rating (`base`: its 1-based place then, 0 when it was not on the list), so changing the
/// answer later corrects the move instead of adding to it. Returns the new order, or None
/// when it equals `order`.
pub fn rerate(
    order: &[String],
    career: &str,
    base: usize,
    rating: Interest,
) -> Option<Vec<String>> {
    let mut start: Vec<String> = order.iter().filter(|c| *c != career).cloned().collect();
    let present = start.len() < order.len();
    if base > 0 {
        start.insert((base - 1).min(start.len()), career.to_string());
    } else if present {
        // Added since (by an earlier rating or a star): it starts from the bottom.
        start.push(career.to_string());
    }
    let new = reorder(&start, career, rating).unwrap_or(start);
    (new != order).then_some(new)
}

/// One item of the "before" checklist (`strings` says what each asks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    GrownUp,
    Ask,
    Confirm,
    Questions,
    Practise,
    Bring,
    BringShadow,
    Wear,
    WearShadow,
    Forms,
    Route,
    TechVideo,
    TechPhone,
    Room,
    Privacy,
    Thanks,
}

impl Check {
    /// The id stored when the item is ticked.
    pub fn id(self) -> &'static str {
        match self {
            Check::GrownUp => "grown-up",
            Check::Ask => "ask",
            Check::Confirm => "confirm",
            Check::Questions => "questions",
            Check::Practise => "practise",
            Check::Bring | Check::BringShadow => "bring",
            Check::Wear | Check::WearShadow => "wear",
            Check::Forms => "forms",
            Check::Route => "route",
            Check::TechVideo | Check::TechPhone => "tech",
            Check::Room => "room",
            Check::Privacy => "privacy",
            Check::Thanks => "thanks",
        }
    }
}

/// The "before" checklist for this format, in order.
pub fn checks(format: Format) -> Vec<Check> {
    let mut v = vec![
        Check::GrownUp,
        Check::Ask,
        Check::Confirm,
        Check::Questions,
        Check::Practise,
    ];
    match format {
        Format::InPerson => v.extend([Check::Bring, Check::Wear, Check::Route]),
        Format::Shadowing => v.extend([
            Check::BringShadow,
            Check::WearShadow,
            Check::Forms,
            Check::Route,
        ]),
        Format::Video => v.extend([Check::Bring, Check::TechVideo, Check::Room]),
        Format::Phone => v.extend([Check::Bring, Check::TechPhone, Check::Room]),
    }
    v.extend([Check::Privacy, Check::Thanks]);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(opener: bool) -> PlanQuestion {
        PlanQuestion {
            id: 0,
            source: None,
            text: "Why?".into(),
            opener,
            answer: String::new(),
            followups: String::new(),
        }
    }

    #[test]
    fn the_estimate_counts_openers_longer_and_adds_greetings() {
        assert_eq!(estimate_minutes(&[]), 0);
        assert_eq!(
            estimate_minutes(&[q(true), q(false), q(false)]),
            5 + 3 + 2 + 2
        );
    }

    #[test]
    fn details_are_checked() {
        let ok = parse_details(
            " Dr. Lee ",
            "",
            Some("family-medicine".into()),
            "2026-12-03",
            Format::Video,
            "",
        )
        .unwrap();
        assert_eq!(ok.person, "Dr. Lee");
        assert_eq!(ok.date.as_deref(), Some("2026-12-03"));
        let f = Format::InPerson;
        assert_eq!(
            parse_details("", "nurse", None, "", f, ""),
            Err(PlanError::NoPerson)
        );
        assert_eq!(
            parse_details("Sam", " ", None, "", f, ""),
            Err(PlanError::NoRole)
        );
        assert!(matches!(
            parse_details("Sam", "nurse", None, "next tuesday", f, ""),
            Err(PlanError::BadDate(_))
        ));
        assert!(matches!(
            parse_details("Sam", "nurse", None, "2026-02-30", f, ""),
            Err(PlanError::BadDate(_))
        ));
        let long = "x".repeat(MAX_SHORT_CHARS + 1);
        let e = parse_details(&long, "nurse", None, "", f, "").unwrap_err();
        assert!(e.to_string().contains(&(MAX_SHORT_CHARS + 1).to_string()));
    }

    #[test]
    fn questions_are_tidied_and_must_not_be_empty() {
        assert_eq!(
            clean_question(" What\ndo you do?\u{7} ").unwrap(),
            "What do you do?"
        );
        assert_eq!(clean_question("  "), Err(PlanError::EmptyQuestion));
        assert_eq!(
            clean_question("Why\u{202E}?txt.exe \u{2067}x\u{2069}").unwrap(),
            "Why?txt.exe x"
        );
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn interest_moves_the_career_on_the_shortlist() {
        let order = ids(&["a", "b", "c"]);
        let i = |v| Interest::new(v).unwrap();
        assert_eq!(reorder(&order, "c", i(2)), Some(ids(&["c", "a", "b"])));
        assert_eq!(reorder(&order, "c", i(1)), Some(ids(&["a", "c", "b"])));
        assert_eq!(reorder(&order, "a", i(-1)), Some(ids(&["b", "a", "c"])));
        assert_eq!(reorder(&order, "a", i(-2)), Some(ids(&["b", "c", "a"])));
        assert_eq!(reorder(&order, "b", i(0)), None);
        // Already at the edge: nothing to do.
        assert_eq!(reorder(&order, "a", i(2)), None);
        assert_eq!(reorder(&order, "c", i(-1)), None);
        // Not on the list: more interest adds it, less does nothing.
        assert_eq!(reorder(&order, "z", i(2)), Some(ids(&["z", "a", "b", "c"])));
        assert_eq!(reorder(&order, "z", i(1)), Some(ids(&["a", "b", "c", "z"])));
        assert_eq!(reorder(&order, "z", i(-2)), None);
        assert!(Interest::new(3).is_none());
    }

    #[test]
    fn changing_the_rating_corrects_the_move_instead_of_adding_to_it() {
        let i = |v| Interest::new(v).unwrap();
        // c was third before the first rating.
        let start = ids(&["a", "b", "c"]);
        let after = rerate(&start, "c", 3, i(1)).unwrap();
        assert_eq!(after, ids(&["a", "c", "b"]));
        // The same again, or the same after "about the same", does not climb further.
        assert_eq!(rerate(&after, "c", 3, i(1)), None);
        let same = rerate(&after, "c", 3, i(0)).unwrap();
        assert_eq!(same, start);
        assert_eq!(rerate(&same, "c", 3, i(1)).unwrap(), ids(&["a", "c", "b"]));
        // Much less, then a bit more: one place up from where it was, not from the bottom.
        let down = rerate(&start, "a", 1, i(-2)).unwrap();
        assert_eq!(down, ids(&["b", "c", "a"]));
        assert_eq!(rerate(&down, "a", 1, i(1)).unwrap(), start);
        // Not on the list before: much more adds it at the top; about the same then leaves
        // it (a star is never taken away) at the bottom.
        let added = rerate(&start, "z", 0, i(2)).unwrap();
        assert_eq!(added, ids(&["z", "a", "b", "c"]));
        assert_eq!(
            rerate(&added, "z", 0, i(0)).unwrap(),
            ids(&["a", "b", "c", "z"])
        );
        assert_eq!(rerate(&start, "z", 0, i(-1)), None);
    }

    #[test]
    fn every_format_has_the_privacy_rules_and_a_thank_you() {
        for f in Format::ALL {
            let c = checks(f);
            assert!(c.contains(&Check::Privacy));
            assert!(c.contains(&Check::Thanks));
            let mut ids: Vec<_> = c.iter().map(|c| c.id()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), c.len(), "{f:?} has a repeated id");
            assert_eq!(Format::parse(f.as_str()), Some(f));
            assert_eq!(f.next().prev(), f);
        }
    }
}
