//! The interview screens: the list of plans, the form, the plan's tabs, practice and the
//! question bank.

use crate::domain::career::Field;
use crate::domain::interview::{Category, GradeBand, Question, Role};
use crate::domain::plan::{ReflectionPart, SheetFormat, ShortlistMove};

pub mod keys {
    pub const NEW_PLAN: &str = "new plan";
    pub const DELETE_PLAN: &str = "delete the plan (asks first)";
    pub const EXPORT: &str = "save a printable sheet";
    pub const PRACTICE_NEXT: &str = "start / next question";
    pub const PRACTICE_PREV: &str = "previous question";
    pub const JOT: &str = "jot a follow-up";
    pub const RESTART: &str = "start the practice again";
    pub const EDIT_QUESTION: &str = "edit the question";
    pub const ADD_FROM_BANK: &str = "add from the bank";
    pub const WRITE_OWN: &str = "write your own";
    pub const REMOVE_QUESTION: &str = "remove the question (asks first)";
    pub const MOVE_UP: &str = "move it up (also Shift-↑)";
    pub const MOVE_DOWN: &str = "move it down (also Shift-↓)";
    pub const TICK: &str = "tick or untick";
    pub const TABS: &str = "tabs";
    pub const NEXT_TAB: &str = "next tab";
    pub const EDIT_DETAILS: &str = "change who, when and how";
    pub const BACK_TO_PLANS: &str = "back to your plans";
    pub const CHOOSE: &str = "choose";
    pub const GROUP: &str = "other groups";
    pub const NEXT_GROUP: &str = "next group";
    pub const CANCEL: &str = "close";
}

pub const TITLE: &str = "Interview prep";
pub const NEED_PROFILE: &str = "Interview plans are kept with your profile. Pick or make your \
profile on Home first (press 1), then come back here (press 5).";
pub const NO_DATE: &str = "no date";
pub const NEW_PLAN_ROW: &str = "+ New plan";
pub const ABOUT_PLAN: &str = " Plan ";
pub const INTRO: [&str; 7] = [
    "Talking with someone who does the job is the best way to learn what it is really like.",
    "",
    "Make a plan for each person you will interview or shadow. medpath suggests questions for their kind of work; you change them, practice them, write down what you hear, and think about it afterwards.",
    "",
    "Choose \"+ New plan\" or press n to start.",
    "",
    "Tip: ask a teacher, a school nurse, your own doctor or a family friend who works in health.",
];
pub const DELETE_TITLE: &str = "Delete this plan?";
pub const DELETED: &str = "Plan deleted.";

pub fn list_title(n: usize) -> String {
    format!("Your interview plans ({n})")
}

pub fn confirm_delete(who: &str) -> String {
    format!("The plan for {who}, with its questions, notes and reflection, will be gone for good.")
}

pub fn goal(g: &str) -> String {
    format!("Your goal: {g}")
}

pub fn progress(questions: usize, answered: usize, reflected: bool) -> String {
    let mut t = format!("{questions} questions, {answered} with notes");
    if reflected {
        t.push_str(", reflection written");
    }
    t
}

pub fn next_step(answered: usize, reflected: bool) -> &'static str {
    match (answered, reflected) {
        (0, false) => "Next: check the Before list, then practice. Enter opens the plan.",
        (_, false) => "Next: write your reflection (Reflect tab). Enter opens the plan.",
        _ => "Next: send your thank-you note (Thank you tab). Enter opens the plan.",
    }
}

// The form.
pub const NEW_TITLE: &str = "New interview plan";
pub const EDIT_TITLE: &str = "Change the plan's details";
pub const FORM_INTRO: &str = "Who will you talk with? Enter moves to the next box.";
pub const FORM_LABELS: [&str; 6] = ["Who", "Their job", "Career", "When", "How", "Your goal"];
pub const CAREER_HINT: &str = "type part of a career name to link it (optional)";
pub const NO_CAREER_MATCH: &str = "no career in the catalog matches; it is fine to leave it";
pub const DATE_HINT: &str = "When: year-month-day, like 2026-12-03. Leave it empty if not set yet.";
pub const FORMAT_HINT: &str =
    "How: ← and → change it (in person, video call, phone, shadowing day).";
pub const GOAL_HINT: &str = "Your goal: what you most want to find out, in a few words.";
pub const ROLE_HINT: &str = "Their job in your words, like \"nurse in the children's ward\".";
pub const SUGGEST_NOTE: &str =
    "medpath will suggest questions for their kind of work; you can change them all.";
pub const DETAILS_SAVED: &str = "Details saved.";

pub fn career_match(title: &str, also: &[&str]) -> String {
    if also.is_empty() {
        format!("→ {title}")
    } else {
        format!("→ {title}   (type more for: {})", also.join(", "))
    }
}

pub fn created(person: &str) -> String {
    let short: String = person.chars().take(24).collect();
    format!("Plan made for {short}. Change the questions as you like.")
}

// The plan.
pub fn plan_title(person: &str) -> String {
    format!("Interview with {person}")
}

pub fn plan_head(job: &str, date: Option<&str>, format: &str, estimate: &str) -> String {
    format!(
        "{job} · {} · {format} · {estimate}",
        date.unwrap_or(NO_DATE)
    )
}

pub const TAB_QUESTIONS: &str = "Questions";
pub const TAB_BEFORE: &str = "Before";
pub const TAB_PRACTICE: &str = "Practice";
pub const TAB_NOTES: &str = "Notes";
pub const TAB_REFLECT: &str = "Reflect";
pub const TAB_THANKS: &str = "Thank you";

pub const NO_QUESTIONS: &str =
    "No questions yet. Press a to add some from the bank, or w to write your own.";
pub const OWN_MARK: &str = "✎ ";
pub const OPENER_MARK: &str = "★ ";
pub const OWN_QUESTION: &str = "Your own question";
pub const FROM_SHORTLIST: &str = "Suggested because of your shortlist · a follow-up";
pub const MARKS_KEY: &str = "★ a good first question · ✎ your own · K/J reorder · d remove";
pub const TICKED: &str = "[x]";
pub const UNTICKED: &str = "[ ]";
pub const NOTES_HEADING: &str = "What you heard (Enter to write):";
pub const NO_NOTES: &str = "Nothing written yet.";
pub const NOT_ANSWERED: &str = "(not answered yet; press Enter)";
pub const REFLECT_HINT: &str = "Enter answers the chosen prompt. Your interest rating moves this \
career up or down your shortlist.";
pub const THANKS_INTRO: &str = "A draft to copy into a card or an email, and change in your own \
words. It uses your reflection. Once you have written notes or a reflection, the sheet you \
save with x includes it.";
pub const REMOVE_TITLE: &str = "Remove this question?";

pub const QUESTION_SAVED: &str = "Question saved.";
pub const QUESTION_ADDED: &str = "Question added.";
pub const QUESTION_REMOVED: &str = "Question removed.";
pub const NOTES_SAVED: &str = "Notes saved.";
pub const JOTTED: &str = "Follow-up saved with the question.";
pub const REFLECTION_SAVED: &str = "Saved.";

/// A one-line prompt's title and hint, by what it is for.
pub const PROMPT_EDIT_QUESTION: (&str, &str) = (
    "Edit the question",
    "Put it in your own words. Enter saves, Esc cancels.",
);
pub const PROMPT_OWN_QUESTION: (&str, &str) = (
    "Your own question",
    "Ask what you really want to know. Enter adds it after the chosen one.",
);
pub const PROMPT_ANSWER: (&str, &str) = (
    "What you heard",
    "Short notes are fine. No patient names or details. Enter saves.",
);
pub const PROMPT_FOLLOWUPS: (&str, &str) = (
    "A follow-up to ask",
    "What would you ask next, after this answer? Enter saves it with the question.",
);

pub fn prompt_reflection(part: ReflectionPart) -> (&'static str, &'static str) {
    (
        match part {
            ReflectionPart::Surprised => super::interview::R_SURPRISED,
            ReflectionPart::HarderBetter => super::interview::R_HARDER_BETTER,
            ReflectionPart::NextStep => super::interview::R_NEXT,
        },
        "A sentence or two. Enter saves, Esc cancels.",
    )
}

pub fn interest_saved(title: &str, mv: Option<ShortlistMove>) -> String {
    match mv {
        Some(ShortlistMove {
            from: Some(a),
            to: Some(b),
        }) if b < a => format!("Saved. {title} moved up your shortlist, from {a} to {b}."),
        Some(ShortlistMove {
            from: Some(a),
            to: Some(b),
        }) => format!("Saved. {title} moved down your shortlist, from {a} to {b}."),
        Some(ShortlistMove {
            from: None,
            to: Some(b),
        }) => format!("Saved. {title} was added to your shortlist at number {b}."),
        _ => String::from("Saved. Your shortlist stays as it is."),
    }
}

pub fn format_choice(f: SheetFormat) -> &'static str {
    match f {
        SheetFormat::Html => "HTML, to print from a web browser",
        SheetFormat::Md => "Markdown, to edit or share",
        SheetFormat::Txt => "Plain text",
    }
}

/// Short enough for the 60-column chooser; the folder is named once the file is saved.
pub const EXPORT_TITLE: &str = "Save the sheet (anyone on this account can open it)";

/// The file's name first, so it shows even when a long folder is cut off.
pub fn exported(name: &str, dir: &str) -> String {
    format!("Saved {name} in {dir}")
}

// Practice.
pub const PRACTICE_EMPTY: &str =
    "There are no questions to practice. Add some on the Questions tab.";
pub const PRACTICE_DONE: &str = "Well done: you went through every question.";
pub const PRACTICE_AGAIN: &str =
    "Enter practices again from the start. Jot follow-ups with n as you go.";
pub const JOT_HINT: &str = "Thought of a follow-up? Press n to jot it down.";

pub fn practice_intro(n: usize, estimate: &str) -> Vec<String> {
    vec![
        String::from("Practice makes the real conversation easier."),
        String::new(),
        format!(
            "You will see your {n} questions one at a time, with a clock. Say each one out loud as you would ask it, then imagine the answer and think what you would ask next."
        ),
        String::new(),
        format!("Your plan is {estimate} long."),
        String::new(),
        String::from("Press Enter to start."),
    ]
}

pub fn practice_head(i: usize, n: usize, opener: bool) -> String {
    if opener {
        format!("Question {i} of {n} · a good first question")
    } else {
        format!("Question {i} of {n}")
    }
}

pub fn practice_timer(this: &str, total: &str, planned: u32) -> String {
    format!("This question {this} · total {total} · plan about {planned} min")
}

pub fn practice_total(n: usize, total: &str, planned: u32) -> String {
    format!(
        "{n} questions in {total}. In the real talk, answers take longer: your plan allows about {planned} minutes."
    )
}

pub fn jotted(text: &str) -> String {
    format!("Follow-up: {text}")
}

// The question bank.
pub const OTHER_KINDS: &str = "Questions for other kinds of careers";
pub const OPENER_TAG: &str = "★ ";
pub const BANK_GROUP_EMPTY: &str =
    "Every question in this group is already in your plan. ← → shows other groups.";
pub const BANK_KEYS: &str = "Enter adds it · ← → other groups · Esc done";

pub fn group_kind(f: Field) -> String {
    format!(
        "For this kind of career: {}",
        crate::strings::career::field_label(f)
    )
}

pub fn bank_title(name: &str, i: usize, n: usize, count: usize) -> String {
    format!("Question bank · {name} ({count}) · group {i} of {n}")
}

pub fn category_name(c: Category) -> &'static str {
    match c {
        Category::Path => "Their path into the job",
        Category::Training => "Training and school",
        Category::TypicalDay => "A typical day",
        Category::HardestBest => "Hardest and best parts",
        Category::ChoosingSpecialty => "Choosing their field",
        Category::LifeOutsideWork => "Life outside work",
        Category::Teamwork => "Teamwork",
        Category::Misconceptions => "Things people get wrong",
        Category::Future => "Where the field is going",
        Category::Advice => "Advice for you",
    }
}

pub fn question_tags(q: &Question) -> String {
    let role = match q.role {
        Role::Opener => "a good first question",
        Role::FollowUp => "a follow-up",
    };
    let grades = match q.grades {
        GradeBand::Any => "any grade",
        GradeBand::MiddleSchool => "middle school",
        GradeBand::HighSchool => "high school",
    };
    format!("{} · {role} · {grades}", category_name(q.category))
}
pub const PERSON_HINT: &str = "Who: their name, like \"Dr. Lee\" or \"my aunt Rosa\".";
pub const CAREER_FIELD_HINT: &str =
    "Career: type part of a career name to link the plan to it. You can leave it empty.";
