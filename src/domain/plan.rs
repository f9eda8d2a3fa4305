//! Interview and shadowing plans: who, when, how, the questions, the answers and the
//! reflection afterwards. Pure types, checks and the rules for the estimate and the
//! shortlist move; suggestions are in `suggest`, printed sheets in `sheet`.

use serde::{Deserialize, Serialize};

use super::clock::Timestamp;
use crate::strings::interview as s;

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

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{}", s::NEED_PERSON)]
    NoPerson,
    #[error("{}", s::NEED_ROLE)]
    NoRole,
    #[error("{}", s::too_long(.0, *.1, *.2))]
    TooLong(&'static str, usize, usize),
    #[error("{}", s::bad_date(.0))]
    BadDate(String),
    #[error("{}", s::EMPTY_QUESTION)]
    EmptyQuestion,
    #[error("{}", s::too_many_questions(MAX_QUESTIONS))]
    TooManyQuestions,
}

/// Tidies one line of text: line breaks and tabs become spaces, other control characters
/// go, and the ends are trimmed. Refuses text longer than `max` characters.
pub fn clean_line(what: &'static str, raw: &str, max: usize) -> Result<String, PlanError> {
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
    let t = clean_line(s::W_QUESTION, raw, MAX_LONG_CHARS)?;
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
    let person = clean_line(s::W_PERSON, person, MAX_SHORT_CHARS)?;
    if person.is_empty() {
        return Err(PlanError::NoPerson);
    }
    let role = clean_line(s::W_ROLE, role, MAX_SHORT_CHARS)?;
    if role.is_empty() && career_id.is_none() {
        return Err(PlanError::NoRole);
    }
    let goal = clean_line(s::W_GOAL, goal, MAX_SHORT_CHARS)?;
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

/// The "before" checklist: ids and what each says, for this format.
pub fn checklist(format: Format) -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<(&str, &str)> = vec![
        ("grown-up", s::CHECK_GROWN_UP),
        ("ask", s::CHECK_ASK),
        ("confirm", s::CHECK_CONFIRM),
        ("questions", s::CHECK_QUESTIONS),
        ("practise", s::CHECK_PRACTISE),
    ];
    match format {
        Format::InPerson => v.extend([
            ("bring", s::CHECK_BRING),
            ("wear", s::CHECK_WEAR),
            ("route", s::CHECK_ROUTE),
        ]),
        Format::Shadowing => v.extend([
            ("bring", s::CHECK_BRING_SHADOW),
            ("wear", s::CHECK_WEAR_SHADOW),
            ("forms", s::CHECK_FORMS),
            ("route", s::CHECK_ROUTE),
        ]),
        Format::Video => v.extend([
            ("bring", s::CHECK_BRING),
            ("tech", s::CHECK_TECH_VIDEO),
            ("room", s::CHECK_ROOM),
        ]),
        Format::Phone => v.extend([
            ("bring", s::CHECK_BRING),
            ("tech", s::CHECK_TECH_PHONE),
            ("room", s::CHECK_ROOM),
        ]),
    }
    v.push(("privacy", s::CHECK_PRIVACY));
    v.push(("thanks", s::CHECK_THANKS));
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
            let c = checklist(f);
            assert!(c.iter().any(|(id, _)| *id == "privacy"));
            assert!(c.iter().any(|(id, _)| *id == "thanks"));
            let mut ids: Vec<_> = c.iter().map(|(id, _)| *id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), c.len(), "{f:?} has a repeated id");
            assert_eq!(Format::parse(f.as_str()), Some(f));
            assert_eq!(f.next().prev(), f);
        }
    }
}
