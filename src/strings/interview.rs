//! Interview and shadowing prep: plans, the checklist, practice, the record, the reflection,
//! the request and thank-you drafts, and the printed sheet.

use crate::domain::plan::{Check, Format, checks};

// What a field is called in messages.
pub const W_PERSON: &str = "The name";
pub const W_ROLE: &str = "The job";
pub const W_GOAL: &str = "The goal";
pub const W_QUESTION: &str = "The question";
pub const W_ANSWER: &str = "The notes";
pub const W_REFLECTION: &str = "The answer";

pub const NEED_PERSON: &str =
    "Type the name of the person you will talk with (\"Dr. Lee\" is fine).";
pub const NEED_ROLE: &str =
    "Type their job, or pick the career from the catalog in the Career field.";
pub const EMPTY_QUESTION: &str = "The question is empty. Type a question, or press Esc to cancel.";

pub fn too_long(what: &str, n: usize, max: usize) -> String {
    format!("{what} is {n} characters long. Please keep it to {max} or fewer.")
}

pub fn bad_date(d: &str) -> String {
    format!(
        "\"{d}\" is not a date medpath can read. Type it as year-month-day, like 2026-12-03, or leave it empty."
    )
}

pub fn too_many_questions(max: usize) -> String {
    format!(
        "This plan already has {max} questions, more than fits in one talk. Remove one before adding another."
    )
}

/// The question written from the student's shortlist.
pub fn shortlist_question(title: &str) -> String {
    format!(
        "I am also interested in becoming {}. How is that work different from yours, and do you work with them?",
        a_career(title)
    )
}

pub fn format_name(f: Format) -> &'static str {
    match f {
        Format::InPerson => "In person",
        Format::Video => "Video call",
        Format::Phone => "Phone call",
        Format::Shadowing => "Shadowing day",
    }
}

/// "talking with me" / "letting me shadow you", for the drafts.
fn format_favor(f: Format) -> &'static str {
    match f {
        Format::InPerson => "meeting with me",
        Format::Video => "talking with me on a video call",
        Format::Phone => "talking with me on the phone",
        Format::Shadowing => "letting me shadow you for a day",
    }
}

fn format_ask(f: Format) -> &'static str {
    match f {
        Format::InPerson => "meet with you for a short talk",
        Format::Video => "talk with you on a short video call",
        Format::Phone => "talk with you on a short phone call",
        Format::Shadowing => "shadow you for part of a day",
    }
}

pub fn interest_name(v: i8) -> &'static str {
    match v {
        2 => "Much more interested",
        1 => "A bit more interested",
        0 => "About the same",
        -1 => "A bit less interested",
        _ => "Much less interested",
    }
}

// The "before" checklist.
pub const CHECK_ASK: &str = "Send your request (adapt the message below) and wait for a yes";
pub const CHECK_GROWN_UP: &str =
    "Tell a parent, guardian or teacher who you will ask, and later when and where";
pub const CHECK_CONFIRM: &str = "Confirm the day, time and place (or link) the day before";
pub const CHECK_QUESTIONS: &str = "Choose your questions and put the best ones first";
pub const CHECK_PRACTISE: &str = "Practice asking them out loud once (Practice tab)";
pub const CHECK_BRING: &str = "Bring a notebook, two pens and your question sheet";
pub const CHECK_BRING_SHADOW: &str =
    "Bring your question sheet, a small notebook, a pen, a water bottle and a snack for breaks";
pub const CHECK_WEAR: &str = "Wear neat, simple clothes, as for a school presentation";
pub const CHECK_WEAR_SHADOW: &str =
    "Wear neat clothes and closed-toe shoes you can stand in all day; no strong perfume";
pub const CHECK_FORMS: &str =
    "Ask if the clinic needs a signed form, a vaccine record or a photo ID before the day";
pub const CHECK_ROUTE: &str = "Plan how you get there and arrive ten minutes early";
pub const CHECK_TECH_VIDEO: &str =
    "Test the link, your camera and microphone the day before; charge your device";
pub const CHECK_TECH_PHONE: &str = "Check who calls whom, and charge your phone";
pub const CHECK_ROOM: &str = "Find a quiet room where you will not be interrupted";
pub const CHECK_PRIVACY: &str = "Read the clinic privacy rules below, and follow them";
pub const CHECK_THANKS: &str = "Afterwards, send a thank-you note within two days (Thank you tab)";

pub const PRIVACY_TITLE: &str = "Privacy rules in a clinic or hospital";
pub const PRIVACY_RULES: [&str; 6] = [
    "Never write down or repeat a patient's name, face, or anything that could tell someone who they are.",
    "No photos, videos or recordings anywhere near patients or their records, and none of the person you meet without asking.",
    "Do not post about the day or the patients online, even without names.",
    "If a patient does not want a student in the room, step out without fuss; it is their right.",
    "Do not look at screens, charts or papers unless you are invited to.",
    "Ask before you record the conversation itself, even on a call.",
];

pub const REQUEST_TITLE: &str = "A request you can adapt";

/// The request message, filled from the plan.
pub fn request_message(
    person: &str,
    student: &str,
    grade: u8,
    career: &str,
    format: Format,
    goal: &str,
) -> String {
    let goal = if goal.is_empty() {
        String::from("what the work is really like day to day")
    } else {
        lowercase_first(goal)
    };
    format!(
        "Dear {person},\n\n\
My name is {student}, and I am a grade {grade} student. I am exploring careers in health, \
and I am curious about your work as {career}. Would you be willing to let me {ask}? \
I would most like to learn about {goal}.\n\n\
I can work around your schedule, and I will come with my questions prepared. [Name a \
parent, guardian or teacher who knows about this and how to reach them.] Thank you for \
thinking about it.\n\n\
Best wishes,\n{student}",
        ask = format_ask(format),
        career = a_career(career),
    )
}

/// The thank-you note, filled from the plan and the reflection.
pub fn thank_you(
    person: &str,
    student: &str,
    career: &str,
    format: Format,
    remember: &str,
    next_step: &str,
) -> String {
    let mut t = format!(
        "Dear {person},\n\nThank you for {favor}. It helped me see what being {career} is really like.",
        favor = format_favor(format),
        career = a_career(career),
    );
    if !remember.is_empty() {
        t.push_str(&format!(
            " Something that surprised me: {}",
            end_sentence(remember)
        ));
    }
    if !next_step.is_empty() {
        t.push_str(&format!(
            " Next, I plan to {}",
            end_sentence(&lowercase_first(next_step))
        ));
    }
    t.push_str(&format!(
        "\n\nThank you again for your time and for answering my questions.\n\nBest wishes,\n{student}"
    ));
    t
}

/// "a family physician", "an emergency physician": a catalog title as it reads mid-sentence.
pub fn a_career(title: &str) -> String {
    // A job typed as "a nurse at the clinic" already has its article.
    let lower = title.to_lowercase();
    let title = ["a ", "an ", "the "]
        .iter()
        .find(|a| lower.starts_with(*a))
        .map_or(title, |a| &title[a.len()..]);
    let t = lowercase_first(title);
    let mut chars = t.chars();
    let (first, second) = (chars.next(), chars.next());
    let acronym = second.is_some_and(char::is_uppercase);
    let article = match first {
        // Letters said with a vowel sound first: "an MRI technologist".
        Some(c) if acronym && "AEFHILMNORSX".contains(c) => "an",
        // "a urologist", "a unit clerk", but "an ultrasound technician".
        Some('u' | 'U')
            if !acronym
                && ["ur", "uni", "use", "usu", "uro"]
                    .iter()
                    .any(|p| t.to_lowercase().starts_with(p)) =>
        {
            "a"
        }
        Some(c) if !acronym && "aeiouAEIOU".contains(c) => "an",
        _ => "a",
    };
    format!("{article} {t}")
}

/// Lower-cases the first letter so a phrase reads mid-sentence, unless the first word looks
/// like a name, a title or an acronym ("Dr. Kim", "Elm Street", "MRI", "I").
fn lowercase_first(s: &str) -> String {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let second_capital = words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    let mut c = first.chars();
    let rest_lower =
        c.next().is_some() && c.clone().next().is_some() && c.all(|x| !x.is_uppercase());
    if !rest_lower || first.ends_with('.') || second_capital {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn end_sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

// Reflection prompts.
pub const R_SURPRISED: &str = "What surprised you?";
pub const R_HARDER_BETTER: &str = "What was harder, or better, than you thought?";
pub const R_INTEREST: &str = "Are you more or less interested in this career now?";
pub const R_NEXT: &str = "What will you do next?";

/// The estimate and the rule behind it.
pub fn estimate(minutes: u32) -> String {
    if minutes == 0 {
        return String::from("no questions yet");
    }
    format!("about {minutes} minutes")
}

pub fn estimate_rule() -> String {
    use crate::domain::plan::{FOLLOW_UP_MINUTES, GREETING_MINUTES, OPENER_MINUTES};
    format!(
        "Our rule of thumb: {OPENER_MINUTES} minutes for an opening question, {FOLLOW_UP_MINUTES} for others, and {GREETING_MINUTES} for hello and thank you."
    )
}

pub fn no_such_plan(id: i64) -> String {
    format!(
        "There is no interview plan {id} for this student. `medpath interview list --student NAME` shows their plans."
    )
}

pub fn no_such_question(id: i64) -> String {
    format!("Question {id} is not in this plan any more. It may have been removed.")
}

/// What a checklist item asks.
pub fn check_text(c: Check) -> &'static str {
    match c {
        Check::GrownUp => CHECK_GROWN_UP,
        Check::Ask => CHECK_ASK,
        Check::Confirm => CHECK_CONFIRM,
        Check::Questions => CHECK_QUESTIONS,
        Check::Practise => CHECK_PRACTISE,
        Check::Bring => CHECK_BRING,
        Check::BringShadow => CHECK_BRING_SHADOW,
        Check::Wear => CHECK_WEAR,
        Check::WearShadow => CHECK_WEAR_SHADOW,
        Check::Forms => CHECK_FORMS,
        Check::Route => CHECK_ROUTE,
        Check::TechVideo => CHECK_TECH_VIDEO,
        Check::TechPhone => CHECK_TECH_PHONE,
        Check::Room => CHECK_ROOM,
        Check::Privacy => CHECK_PRIVACY,
        Check::Thanks => CHECK_THANKS,
    }
}

/// The "before" checklist for this format: ids and what each says.
pub fn checklist(format: Format) -> Vec<(&'static str, &'static str)> {
    checks(format)
        .into_iter()
        .map(|c| (c.id(), check_text(c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn careers_read_well_mid_sentence() {
        assert_eq!(a_career("Family physician"), "a family physician");
        assert_eq!(a_career("Emergency physician"), "an emergency physician");
        assert_eq!(a_career("MRI technologist"), "an MRI technologist");
        assert_eq!(a_career("Pediatric nurse"), "a pediatric nurse");
        assert_eq!(
            a_career("Interventional radiologist"),
            "an interventional radiologist"
        );
        assert_eq!(a_career("Urologist"), "a urologist");
        assert_eq!(
            a_career("Ultrasound technician"),
            "an ultrasound technician"
        );
        assert_eq!(a_career("a nurse at the clinic"), "a nurse at the clinic");
        assert_eq!(a_career("An ER nurse"), "an ER nurse");
        assert_eq!(lowercase_first("Dr. Kim said so"), "Dr. Kim said so");
        assert_eq!(lowercase_first("Elm Street clinic"), "Elm Street clinic");
        assert_eq!(lowercase_first("Ask the nurse"), "ask the nurse");
    }

    #[test]
    fn the_thank_you_uses_the_reflection_and_ends_sentences() {
        let t = thank_you(
            "Dr. Lee",
            "Maya",
            "Family physician",
            Format::Shadowing,
            "How much they listen",
            "ask my school nurse about volunteering",
        );
        assert!(t.starts_with("Dear Dr. Lee,"));
        assert!(t.contains("letting me shadow you"));
        assert!(t.contains("surprised me: How much they listen."));
        assert!(t.contains("Next, I plan to ask my school nurse about volunteering."));
        assert!(t.trim_end().ends_with("Maya"));
        let bare = thank_you("Sam", "Maya", "Nurse", Format::Phone, "", "");
        assert!(!bare.contains("Next, I plan"));
    }
}
