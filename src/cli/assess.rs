//! `medpath assess`: score a prepared answer file, ask the items as plain numbered prompts,
//! or print an answer file to fill in.

use std::io::BufRead;
use std::path::Path;

use serde::Serialize;

use super::matches::{MatchOut, rank_latest, rows, rows_text};
use super::{out, out_json};
use crate::domain::answer_file;
use crate::domain::assessment::{
    Answers, Item, Profile, Quality, SCALE_MAX, SCALE_MIN, parse_picks, progress, question_no,
    score, settle, subject_block,
};
use crate::domain::clock::{Clock, Timestamp, date_string};
use crate::domain::student::Student;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::{assess as s, commands as c, results as r};

/// How many matches `assess` prints after scoring.
const SHOWN_AFTER: usize = 5;

#[derive(Serialize)]
struct AssessOut<'a> {
    student: &'a str,
    result_id: i64,
    taken_at: Timestamp,
    date: String,
    answered: usize,
    skipped: usize,
    flags: &'a [crate::domain::assessment::Flag],
    profile: &'a Profile,
    note: &'static str,
    top_matches: Vec<MatchOut<'a>>,
}

fn read_file(path: &Path) -> Result<String> {
    let shown = crate::strings::visible::visible(&path.display().to_string());
    let bytes = super::input::read_file(path, super::input::MAX_ANSWER_FILE)
        .map_err(|e| Error::Usage(s::answer_file_unreadable(&shown, &e.to_string())))?
        .ok_or_else(|| {
            Error::BadInput(s::answer_file_too_big(
                &shown,
                super::input::MAX_ANSWER_FILE,
            ))
        })?;
    String::from_utf8(bytes)
        .map_err(|_| Error::BadInput(s::answer_file_syntax(&shown, "it is not UTF-8 text")))
}

/// Prints the result just stored and the top matches.
fn report(
    store: &Store,
    st: &Student,
    result_id: i64,
    quality: &Quality,
    json: bool,
) -> Result<()> {
    let ranked = rank_latest(store, st)?;
    let hidden = store.hidden_matches(st.id)?;
    let top = rows(&ranked, &hidden, false, SHOWN_AFTER);
    if json {
        return out_json(&AssessOut {
            student: &st.name,
            result_id,
            taken_at: ranked.taken.finished_at,
            date: date_string(ranked.taken.finished_at),
            answered: quality.answered,
            skipped: quality.skipped,
            flags: &quality.flags,
            profile: &ranked.taken.scored.profile,
            note: r::NOT_A_VERDICT,
            top_matches: top,
        });
    }
    let mut t = format!(
        "{}\n{}\n",
        c::scored_summary(quality.answered, quality.skipped),
        r::NOT_A_VERDICT
    );
    for f in &quality.flags {
        t.push_str(&format!("Note: {}\n", r::flag_note(*f)));
    }
    t.push('\n');
    t.push_str(&rows_text(&top));
    t.push_str(&format!(
        "\nmedpath matches --student \"{}\" shows more.\n",
        st.name
    ));
    out(&t)
}

pub(super) fn from_file(
    store: &mut Store,
    st: &Student,
    path: &Path,
    json: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    let text = read_file(path)?;
    let items = store.items()?;
    let answers = answer_file::parse(&path.display().to_string(), &text, &items)
        .map_err(|e| Error::BadInput(e.to_string()))?;
    let scored = score(&items, &answers);
    let id = store.save_taken(st.id, &answers, &scored, clock.now())?;
    report(store, st, id, &scored.quality, json)?;
    Ok(exit::OK)
}

pub(super) fn template(store: &Store) -> Result<i32> {
    out(&crate::output::answer_file::template(&store.items()?))?;
    Ok(exit::OK)
}

/// One line typed at a plain prompt.
enum Typed {
    Value(Option<u8>),
    Back,
    Stop,
    Bad,
}

fn read_typed(line: &str) -> Typed {
    let t = line.trim().to_lowercase();
    match t.as_str() {
        "s" | "skip" => Typed::Value(None),
        "b" | "back" => Typed::Back,
        "q" | "quit" | "stop" => Typed::Stop,
        _ => match t.parse::<u8>() {
            Ok(v) if (SCALE_MIN..=SCALE_MAX).contains(&v) => Typed::Value(Some(v)),
            _ => Typed::Bad,
        },
    }
}

fn answered(items: &[Item], answers: &Answers) -> usize {
    progress(items, answers).0
}

/// The same items as the full-screen assessment, one numbered prompt at a time on
/// stdin/stdout (stderr with `--json`); every answer is saved as it is given, so stopping and running again resumes.
pub(super) fn plain(
    store: &mut Store,
    st: &Student,
    input: &mut dyn BufRead,
    json: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    // With --json, stdout carries only the JSON, so the prompts go to stderr.
    let say = |text: &str| -> Result<()> {
        if json {
            super::err_out(text);
            Ok(())
        } else {
            out(text)
        }
    };
    let items = store.items()?;
    let total = items.len();
    let questions = progress(&items, &Answers::new()).1;
    let block = subject_block(&items);
    let run = store.start_run(st.id, clock.now())?;
    let mut answers = run.answers;
    let mut pos = settle(block, run.position.min(total));
    say(&format!("{}\n", s::PLAIN_INTRO))?;
    if pos > 0 {
        say(&format!(
            "{}\n",
            s::resume(answered(&items, &answers), questions)
        ))?;
    }
    let mut last_part = None;
    while pos < total {
        let item = &items[pos];
        if last_part != Some(item.part) {
            say(&format!(
                "\n{}\n{}\n",
                s::part_name(item.part),
                s::part_hint(item.part)
            ))?;
            last_part = Some(item.part);
        }
        let number = question_no(block, pos);
        let on_subjects = block.filter(|(a, _)| *a == pos);
        let text = match on_subjects {
            Some((a, b)) => s::plain_subjects(number, questions, &items[a..b], &answers),
            None => s::plain_question(number, questions, item, answers.get(&item.id).copied()),
        };
        say(&text)?;
        use super::input::{Line, MAX_PLAIN_LINE, read_line};
        let line = match read_line(input, MAX_PLAIN_LINE)
            .map_err(|e| Error::io("reading your answer", e))?
        {
            Line::Text(t) => t,
            Line::End => {
                super::note(&format!("\n{}", s::PLAIN_NO_TERMINAL_INPUT));
                return Ok(exit::OK);
            }
            Line::TooLong => {
                return Err(Error::BadInput(s::plain_too_long(MAX_PLAIN_LINE)));
            }
        };
        if let Some((a, b)) = on_subjects
            && !matches!(read_typed(&line), Typed::Back | Typed::Stop)
        {
            let Some(picks) = parse_picks(&line, b - a) else {
                let shown: String = line.trim().chars().take(20).collect();
                say(&format!("{}\n", s::plain_bad_picks(&shown, b - a)))?;
                continue;
            };
            for (n, it) in items[a..b].iter().enumerate() {
                let v = if picks.contains(&n) {
                    SCALE_MAX
                } else {
                    SCALE_MIN
                };
                store.save_answer(run.id, &it.id, Some(v), b, clock.now())?;
                answers.insert(it.id.clone(), Some(v));
            }
            pos = b;
            continue;
        }
        match read_typed(&line) {
            Typed::Value(v) => {
                store.save_answer(run.id, &item.id, v, pos + 1, clock.now())?;
                answers.insert(item.id.clone(), v);
                pos += 1;
            }
            Typed::Back => {
                if pos == 0 {
                    say(&format!("{}\n", s::PLAIN_AT_START))?;
                } else {
                    pos = settle(block, pos - 1);
                    store.set_run_position(run.id, pos)?;
                    last_part = None;
                }
            }
            Typed::Stop => {
                say(&format!(
                    "\n{}\n",
                    s::plain_stopped(answered(&items, &answers), questions)
                ))?;
                return Ok(exit::OK);
            }
            Typed::Bad => {
                let shown: String = line.trim().chars().take(20).collect();
                say(&format!("{}\n", s::plain_bad(&shown)))?;
            }
        }
    }
    if answered(&items, &answers) == 0 {
        return Err(Error::BadInput(s::NOTHING_ANSWERED.into()));
    }
    let scored = score(&items, &answers);
    store.finish_run(run.id, &scored, clock.now())?;
    say(&format!("\n{}\n", s::PLAIN_SAVED_RESULT))?;
    report(store, st, run.id, &scored.quality, json)?;
    Ok(exit::OK)
}
