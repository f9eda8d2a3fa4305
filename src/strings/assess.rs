//! The self-assessment: the screen, the plain prompts, and answer files.

use crate::domain::assessment::Part;

pub const TITLE: &str = "Self-assessment";
pub const NEED_PROFILE: &str =
    "Pick or create your profile on Home first (press 1), so your answers are saved as yours.";

pub const INTRO: &[&str] = &[
    "Find out which health careers fit what you enjoy.",
    "",
    "Part 1, Interests: activities from hospitals, labs, schools and sports. For each one, say how much you would like doing it.",
    "Part 2, Work style: ways of working in medicine, such as fast emergencies or calm planned days, children or adults, short or long training.",
    "Part 3, What you care about: pick the things you would love to work with, and say how long a road you want.",
    "",
    "It takes about ten minutes. There are no right or wrong answers, and it is about what you like, not what you are good at.",
    "Every answer is saved the moment you give it. You can stop any time and pick up where you left off.",
];

pub fn resume(answered: usize, total: usize) -> String {
    format!("You have answered {answered} of {total}. Press Enter to go on where you stopped.")
}

pub const START: &str = "Press Enter to start.";

pub fn retake(date: &str) -> String {
    format!(
        "You last finished it on {date}. Press Enter to take it again: your earlier results are kept, and Results shows what changed."
    )
}

pub const ADD_CARE_PART: &str = "New: a short last part asks what you care about, like animals, teeth or emergencies, and how long a road you want. Press n to add it to your results. It takes about two minutes, and your other answers are kept.";

pub fn subjects_note(picked: usize) -> String {
    let n = match picked {
        0 => "None picked yet.".to_string(),
        1 => "1 picked.".to_string(),
        n => format!("{n} picked."),
    };
    format!("{n} Space picks or unpicks; Enter goes on when you are done.")
}

pub const PROMPT: &str = "How much would you like to…";

pub fn part_name(p: Part) -> &'static str {
    match p {
        Part::Interests => "Part 1 of 3: Interests",
        Part::WorkStyle => "Part 2 of 3: Work style in medicine",
        Part::Subjects | Part::Limits => "Part 3 of 3: What you care about",
    }
}

pub fn part_hint(p: Part) -> &'static str {
    match p {
        Part::Interests => "Imagine doing this. Would you enjoy it?",
        Part::WorkStyle => "Imagine this is how your work days go. Would you like that?",
        Part::Subjects => "Pick the things you would love to work with. Pick as many as you like.",
        Part::Limits => "There is no wrong answer, and you can change it later.",
    }
}

pub fn counter(n: usize, total: usize) -> String {
    format!("Question {n} of {total}")
}

/// The five answers, 1 to 5.
pub const SCALE: [&str; 5] = [
    "Strongly dislike",
    "Dislike",
    "Not sure",
    "Like",
    "Strongly like",
];

/// Short forms for the plain prompts.
pub const SCALE_SHORT: &str =
    "1 strongly dislike · 2 dislike · 3 not sure · 4 like · 5 strongly like";

pub const YOUR_ANSWER: &str = "your answer";
pub const SKIPPED: &str = "You skipped this one. Answer it now, or press → to leave it skipped.";

pub const DONE_TITLE: &str = "All done!";

pub fn done_body(answered: usize, skipped: usize) -> String {
    if skipped == 0 {
        format!("You answered all {answered} questions.")
    } else {
        format!(
            "You answered {answered} questions and skipped {skipped}. Press ← to go back and answer skipped ones, if you like."
        )
    }
}

pub const DONE_NEXT: &str = "Press Enter to see your results.";

pub fn saved_and_left(answered: usize, total: usize) -> String {
    format!("Saved: {answered} of {total} answered. Come back any time to finish.")
}

pub const FINISHED: &str = "Your results are ready.";
pub const NOTHING_ANSWERED: &str =
    "Answer at least one question first: with no answers there is nothing to match.";

// Errors from the store and answer files.

pub fn value_off_scale(item: &str, v: i64) -> String {
    format!(
        "Item \"{item}\": {v} is not an answer. Use 1 (strongly dislike) to 5 (strongly like), or \"skip\"."
    )
}

pub const RUN_VANISHED: &str = "The assessment just started could not be found again; another copy of medpath may have finished it. Open it again to go on.";

pub fn unreadable_result(id: i64, detail: &str) -> String {
    format!("Saved result {id} could not be read ({detail}). Run `medpath doctor`.")
}

pub fn answer_file_unreadable(path: &str, detail: &str) -> String {
    format!("Could not read the answer file {path}: {detail}")
}

pub fn answer_file_syntax(path: &str, detail: &str) -> String {
    format!(
        "The answer file {path} is not valid TOML or JSON: {detail}\nIt should list item ids with answers, one per line, like:  i-clues-from-tests = 4"
    )
}

pub fn answer_file_not_table(path: &str) -> String {
    format!(
        "The answer file {path} must be a table of item ids to answers, like:  i-clues-from-tests = 4"
    )
}

pub fn unknown_item(item: &str) -> String {
    format!(
        "Item \"{item}\" is not in medpath's assessment. Check the spelling; `medpath assess --template` prints every id."
    )
}

pub fn bad_answer(item: &str, got: &str) -> String {
    format!(
        "Item \"{item}\": {got} is not an answer. Use a number from 1 (strongly dislike) to 5 (strongly like), a word (strongly-dislike, dislike, not-sure, like, strongly-like) or \"skip\"."
    )
}

/// A `--plain` answer line longer than anyone types (input piped from an endless source).
pub fn plain_too_long(max: usize) -> String {
    format!(
        "That answer is longer than {max} bytes, so medpath stopped reading. Type one number \
         from 1 to 5 on each line. The answers already given are saved; run the same command \
         to go on."
    )
}

pub fn answer_file_too_big(path: &str, limit: u64) -> String {
    format!(
        "The answer file {path} is too big: it is larger than {limit} bytes, and an answer file is a short list of ids and numbers. Choose the file made from `medpath assess --template`."
    )
}

/// What an answer file gives instead of an answer, in `bad_answer`.
pub const GIVEN_LIST: &str = "a list";
pub const GIVEN_TABLE: &str = "a table";

pub const NO_ANSWERS_IN_FILE: &str =
    "The answer file has no answers (every item skipped or missing), so there is nothing to score.";

// The plain, line-by-line assessment (`assess --plain`).

pub const PLAIN_INTRO: &str = "medpath self-assessment, plain mode. Type a number from 1 to 5 and press Enter. \
Type s to skip, b to go back, q to stop (your answers are saved; run this again to go on).";

pub fn plain_item(n: usize, total: usize, text: &str) -> String {
    format!("{n} of {total}. {text}")
}

pub const PLAIN_ASK: &str = "Your answer (1-5, s skip, b back, q stop): ";

/// One numbered question at the plain prompt: its text, the earlier answer if any, and the
/// answers to choose from (the item's own options for a limit item, else the like scale).
pub fn plain_question(
    n: usize,
    total: usize,
    item: &crate::domain::assessment::Item,
    prev: Option<Option<u8>>,
) -> String {
    let mut text = format!("\n{}\n", plain_item(n, total, &item.text));
    let option = |v: u8| {
        item.options
            .get(usize::from(v) - 1)
            .map_or(SCALE[usize::from(v) - 1], String::as_str)
    };
    if let Some(prev) = prev {
        let was = prev.map_or("skipped", option);
        text.push_str(&format!("({YOUR_ANSWER}: {was})\n"));
    }
    let choices = if item.options.is_empty() {
        SCALE_SHORT.to_string()
    } else {
        (1..=5u8)
            .map(|v| format!("{v} {}", option(v)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    text.push_str(&format!("{choices}\n{PLAIN_ASK}"));
    text
}

/// The subject checklist at the plain prompt: every subject numbered, the ones picked before
/// marked.
pub fn plain_subjects(
    n: usize,
    total: usize,
    subjects: &[crate::domain::assessment::Item],
    answers: &crate::domain::assessment::Answers,
) -> String {
    let mut text = format!(
        "\n{n} of {total}. Which of these would you love to work with? Pick as many as you like.\n"
    );
    for (i, item) in subjects.iter().enumerate() {
        let picked = answers
            .get(&item.id)
            .copied()
            .flatten()
            .is_some_and(|v| v >= crate::domain::assessment::PICKED);
        let mark = if picked { "[x]" } else { "[ ]" };
        text.push_str(&format!("{:>3} {mark} {}\n", i + 1, item.text));
    }
    text.push_str(PLAIN_PICKS_ASK);
    text
}

pub const PLAIN_PICKS_ASK: &str = "Type the numbers of the ones you pick, with spaces between (Enter alone for none; b back, q stop): ";

pub fn plain_bad_picks(input: &str, count: usize) -> String {
    format!(
        "\"{}\" is not a list of numbers from 1 to {count}. Type numbers such as 4 12 15, or b or q.",
        crate::strings::visible::visible(input)
    )
}

pub fn plain_bad(input: &str) -> String {
    format!("\"{input}\" is not an answer here. Type 1, 2, 3, 4 or 5, or s, b or q.")
}

pub const PLAIN_AT_START: &str = "This is the first question; there is nothing before it.";

pub fn plain_stopped(answered: usize, total: usize) -> String {
    format!("Stopped. {answered} of {total} answered and saved. Run the same command to go on.")
}

pub const PLAIN_SAVED_RESULT: &str = "Your results are saved.";
pub const PLAIN_NO_TERMINAL_INPUT: &str = "The input ended before the assessment was finished. Your answers so far are saved; run the command again to go on.";

/// A heading before a part of the answer file, where its answers mean something else.
pub fn template_part(p: Part) -> Option<&'static str> {
    match p {
        Part::Subjects => Some(
            "What you care about: 5 (or like) for each subject you pick, 1 for one you do not.",
        ),
        Part::Limits => Some("Limits: the number of the option you choose, 1 to 5."),
        Part::Interests | Part::WorkStyle => None,
    }
}

pub fn template_header(total: usize) -> String {
    format!(
        "# medpath answer file: {total} items. Replace \"skip\" with 1 (strongly dislike) to 5 (strongly like),\n\
# or a word: strongly-dislike, dislike, not-sure, like, strongly-like. Leave \"skip\" to skip an item.\n\
# Then: medpath assess --student NAME --answers THIS-FILE\n"
    )
}
