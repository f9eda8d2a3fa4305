//! The printable interview sheet, as Markdown, plain text or one HTML page. Pure: the plan
//! goes in, a string comes out; saving or printing it is the caller's job.
//!
//! Before the talk (no answers or reflection yet) the sheet holds the details, the checklist,
//! the privacy rules, the questions with room for notes, and the request. Afterwards it is
//! the record: the questions with their answers, the reflection and a thank-you draft.
//! The content is built once as a list of blocks; each format only decides how they look.

use super::text::{clean, esc, md_line, one_line, paragraphs};
pub use crate::domain::plan::SheetFormat;
use crate::domain::plan::{Plan, estimate_minutes};
use crate::strings::interview as si;
use crate::strings::interview::checklist;
use crate::strings::sheet as s;

/// What the sheet needs beyond the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetInfo<'a> {
    /// The student's name.
    pub student: &'a str,
    pub grade: u8,
    /// The catalog title of the plan's career, if any.
    pub career: Option<&'a str>,
    /// Today as `YYYY-MM-DD`, printed in the footer.
    pub today: &'a str,
}

/// The sheet for a plan, in a format. Same input, same bytes.
pub fn render(plan: &Plan, info: &SheetInfo, format: SheetFormat) -> String {
    let blocks = blocks(plan, info);
    match format {
        SheetFormat::Md => md(&blocks),
        SheetFormat::Txt => txt(&blocks),
        SheetFormat::Html => html(&blocks),
    }
}

/// How many ruled lines a question gets for handwritten notes.
const NOTE_LINES: usize = 4;
/// The width of the plain-text sheet, in columns.
const WIDTH: usize = 78;

/// One piece of the sheet. All text in it is already cleaned of control characters.
#[derive(Debug)]
enum Block {
    Title(String),
    Fields(Vec<(&'static str, String)>),
    Para(String),
    Heading(&'static str),
    /// Bullets (None) or checklist items (ticked or not).
    List(Vec<(Option<bool>, &'static str)>),
    /// A question or a reflection prompt, its jotted follow-ups, and what goes under it.
    Item(String, String, Body),
    Letter(String),
    Footer(String),
}

#[derive(Debug)]
enum Body {
    /// Ruled lines to write on.
    Lines,
    /// A labelled answer ("Notes: …").
    Notes(String),
    /// An answer on its own.
    Reply(String),
}

fn or<'a>(t: &'a str, empty: &'a str) -> &'a str {
    if t.trim().is_empty() { empty } else { t }
}

fn blocks(plan: &Plan, info: &SheetInfo) -> Vec<Block> {
    let d = &plan.details;
    let (person, student, role) = (
        one_line(&d.person),
        one_line(info.student),
        one_line(&d.role),
    );
    let career_title = info.career.map(one_line).filter(|c| !c.is_empty());
    let career = career_title.clone().unwrap_or_else(|| role.clone());
    let career = or(&career, s::CAREER_FALLBACK).to_string();
    let date = d.date.as_deref().map(one_line).unwrap_or_default();
    let record = plan.has_record();

    let fields = [
        Some((s::L_STUDENT, s::student(&student, info.grade))),
        Some((s::L_WHO, s::who(&person, &role))),
        career_title.map(|c| (s::L_CAREER, c)),
        Some((s::L_WHEN, or(&date, s::NO_DATE).to_string())),
        Some((s::L_HOW, si::format_name(d.format).to_string())),
        Some((s::L_GOAL, or(&one_line(&d.goal), s::NO_GOAL).to_string())),
        Some((s::L_LENGTH, si::estimate(estimate_minutes(&plan.questions)))),
    ];
    let mut v = vec![
        Block::Title(s::title(d.format, &person)),
        Block::Fields(fields.into_iter().flatten().collect()),
        Block::Para(si::estimate_rule()),
    ];
    if record {
        v.push(Block::Heading(s::RECORD_TITLE));
    } else {
        let ticks = checklist(d.format)
            .into_iter()
            .map(|(id, text)| (Some(plan.checklist.iter().any(|c| c == id)), text));
        v.push(Block::Heading(s::CHECKLIST_TITLE));
        v.push(Block::List(ticks.collect()));
        v.push(Block::Heading(si::PRIVACY_TITLE));
        v.push(Block::List(si::PRIVACY_RULES.map(|r| (None, r)).to_vec()));
        v.push(Block::Heading(s::QUESTIONS_TITLE));
        if !plan.questions.is_empty() {
            v.push(Block::Para(s::QUESTIONS_HINT.to_string()));
        }
    }
    if plan.questions.is_empty() {
        v.push(Block::Para(s::NO_QUESTIONS.to_string()));
    }
    for (i, q) in plan.questions.iter().enumerate() {
        let body = match record {
            true => Body::Notes(clean(or(&q.answer, s::NO_NOTES))),
            false => Body::Lines,
        };
        let head = format!("{}. {}", i + 1, one_line(&q.text));
        v.push(Block::Item(head, clean(q.followups.trim()), body));
    }

    if record {
        let r = &plan.reflection;
        v.push(Block::Heading(s::REFLECTION_TITLE));
        let interest = r.interest.map(|i| si::interest_name(i.value()));
        for (prompt, answer) in [
            (si::R_SURPRISED, r.surprised.as_str()),
            (si::R_HARDER_BETTER, r.harder_better.as_str()),
            (si::R_INTEREST, interest.unwrap_or_default()),
            (si::R_NEXT, r.next_step.as_str()),
        ] {
            let reply = Body::Reply(clean(or(answer, s::NOT_ANSWERED)));
            v.push(Block::Item(prompt.to_string(), String::new(), reply));
        }
        let (surprised, next) = (one_line(&r.surprised), one_line(&r.next_step));
        let draft = si::thank_you(&person, &student, &career, d.format, &surprised, &next);
        v.push(Block::Heading(s::THANKS_TITLE));
        v.push(Block::Letter(clean(&draft)));
    } else {
        let goal = one_line(&d.goal);
        let draft = si::request_message(&person, &student, info.grade, &career, d.format, &goal);
        v.push(Block::Heading(si::REQUEST_TITLE));
        v.push(Block::Letter(clean(&draft)));
    }
    v.push(Block::Footer(s::footer(&one_line(info.today))));
    v
}

// ---------------------------------------------------------------- Markdown

/// Text that may hold several lines as Markdown paragraphs: lines end in a hard break,
/// each line starts with `prefix` (for block quotes), the first paragraph after `label`.
fn md_text(o: &mut String, t: &str, label: Option<&str>, prefix: &str) {
    let paras = paragraphs(t);
    for (pi, para) in paras.iter().enumerate() {
        if pi > 0 {
            *o += prefix.trim_end();
            o.push('\n');
        }
        for (li, line) in para.iter().enumerate() {
            *o += prefix;
            let label = label.filter(|_| pi == 0 && li == 0);
            if let Some(l) = label {
                *o += &format!("**{}** ", md_line(l, false));
            }
            *o += &md_line(line, label.is_none());
            *o += if li + 1 < para.len() { "\\\n" } else { "\n" };
        }
    }
    if !paras.is_empty() {
        o.push('\n');
    }
}

fn md(blocks: &[Block]) -> String {
    let mut o = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => o += &format!("# {}\n\n", md_line(t, false)),
            Block::Fields(f) => {
                for (l, v) in f {
                    o += &format!("- **{}:** {}\n", md_line(l, false), md_line(v, false));
                }
                o.push('\n');
            }
            Block::Para(t) => md_text(&mut o, t, None, ""),
            Block::Heading(h) => o += &format!("## {}\n\n", md_line(h, false)),
            Block::List(items) => {
                for (tick, t) in items {
                    let mark = tick.map_or("", |done| if done { "[x] " } else { "[ ] " });
                    o += &format!("- {mark}{}\n", md_line(t, false));
                }
                o.push('\n');
            }
            Block::Item(head, followups, body) => {
                o += &format!("### {}\n\n", md_line(head, false));
                md_text(&mut o, followups, Some(s::FOLLOWUPS), "");
                match body {
                    // A line of underscores alone is a thematic break: a ruled line when
                    // rendered, and a line to write on when the file is printed as is.
                    Body::Lines => o += &format!("{}\n\n", "_".repeat(60)).repeat(NOTE_LINES),
                    Body::Notes(t) => md_text(&mut o, t, Some(s::NOTES), ""),
                    Body::Reply(t) => md_text(&mut o, t, None, ""),
                }
            }
            Block::Letter(t) => md_text(&mut o, t, None, "> "),
            Block::Footer(t) => o += &format!("---\n\n*{}*\n", md_line(t, false)),
        }
    }
    o
}

// ---------------------------------------------------------------- Plain text

/// Wraps text at `WIDTH`: the first line after `first`, the others after `rest`, a blank
/// line between paragraphs. Long words are broken so no line is wider than the page.
fn txt_text(o: &mut String, t: &str, first: &str, rest: &str) {
    let mut lead = first;
    for (pi, para) in paragraphs(t).iter().enumerate() {
        if pi > 0 {
            o.push('\n');
        }
        for line in para {
            let opts = textwrap::Options::new(WIDTH)
                .initial_indent(lead)
                .subsequent_indent(rest);
            for l in textwrap::wrap(line, opts) {
                *o += l.trim_end();
                o.push('\n');
            }
            lead = rest;
        }
    }
}

fn txt_heading(o: &mut String, t: &str, rule: &str) {
    let lines = textwrap::wrap(t, WIDTH);
    let width = |l: &std::borrow::Cow<str>| textwrap::core::display_width(l);
    let w = lines.iter().map(width).max().unwrap_or(0).clamp(3, WIDTH);
    for l in &lines {
        *o += l.trim_end();
        o.push('\n');
    }
    *o += &format!("{}\n\n", rule.repeat(w));
}

fn txt(blocks: &[Block]) -> String {
    let mut o = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => txt_heading(&mut o, t, "="),
            Block::Heading(h) => txt_heading(&mut o, h, "-"),
            Block::Fields(f) => {
                let w = f.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0) + 3;
                for (l, v) in f {
                    let first = format!("{:<w$}", format!("{l}:"));
                    txt_text(&mut o, v, &first, &" ".repeat(w));
                }
            }
            Block::Para(t) => txt_text(&mut o, t, "", ""),
            Block::List(items) => {
                for (tick, t) in items {
                    let (first, rest) = match tick {
                        None => ("* ", "  "),
                        Some(true) => ("[x] ", "    "),
                        Some(false) => ("[ ] ", "    "),
                    };
                    txt_text(&mut o, t, first, rest);
                }
            }
            Block::Item(head, followups, body) => {
                // Questions hang under their number; prompts are not numbered.
                let n = head
                    .find(". ")
                    .filter(|n| head[..*n].bytes().all(|b| b.is_ascii_digit()));
                let indent = " ".repeat(n.map_or(3, |n| n + 2));
                txt_text(&mut o, head, "", &indent);
                if !followups.is_empty() {
                    o.push('\n');
                    txt_text(
                        &mut o,
                        followups,
                        &format!("{indent}{} ", s::FOLLOWUPS),
                        &indent,
                    );
                }
                o.push('\n');
                match body {
                    Body::Lines => {
                        let line = format!("{indent}{}\n", "_".repeat(WIDTH - indent.len()));
                        o += &vec![line; NOTE_LINES].join("\n");
                    }
                    Body::Notes(t) => {
                        txt_text(&mut o, t, &format!("{indent}{} ", s::NOTES), &indent);
                    }
                    Body::Reply(t) => txt_text(&mut o, t, &indent, &indent),
                }
            }
            Block::Letter(t) => txt_text(&mut o, t, "    ", "    "),
            Block::Footer(t) => {
                o += &format!("{}\n", "-".repeat(WIDTH));
                txt_text(&mut o, t, "", "");
            }
        }
        if !matches!(b, Block::Title(_) | Block::Heading(_) | Block::Footer(_)) {
            o.push('\n');
        }
    }
    o
}

// ---------------------------------------------------------------- HTML

const CSS: &str = "\
:root{color-scheme:light}
body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\
sans-serif;color:#000;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .8rem}
h2{font-size:1.25rem;margin:1.8rem 0 .6rem;padding-bottom:.15rem;border-bottom:2px solid #000}
h3{font-size:1.05rem;margin:0 0 .3rem}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 .6rem}
dt{font-weight:bold}
dd{margin:0}
.small{font-size:.9rem}
li{margin:.15rem 0}
ul.check{list-style:none;padding:0}
ul.check li{padding-left:1.7em;text-indent:-1.7em}
.box{display:inline-block;width:1.7em;text-indent:0;font-size:1.1em}
.item{break-inside:avoid;page-break-inside:avoid;margin:1.2rem 0}
.item p{margin:.3rem 0}
.lines div{height:2rem;border-bottom:1px solid #555}
blockquote{margin:.6rem 0;padding:.1rem 0 .1rem 1rem;border-left:3px solid #000;\
break-inside:avoid;page-break-inside:avoid}
footer{margin-top:2.5rem;padding-top:.4rem;border-top:1px solid #000;font-size:.85rem}
@page{margin:16mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:11pt}h2{margin-top:1.2rem}}
";

/// Text as `<p>` paragraphs with `<br>` line breaks, the first after a bold label.
fn html_text(o: &mut String, t: &str, label: Option<&str>) {
    for (pi, para) in paragraphs(t).iter().enumerate() {
        *o += "<p dir=\"auto\">";
        if let (0, Some(l)) = (pi, label) {
            *o += &format!("<b>{}</b> ", esc(l));
        }
        let lines: Vec<String> = para.iter().map(|l| esc(l)).collect();
        *o += &format!("{}</p>\n", lines.join("<br>\n"));
    }
}

fn html(blocks: &[Block]) -> String {
    let title = blocks.iter().find_map(|b| match b {
        Block::Title(t) => Some(t.as_str()),
        _ => None,
    });
    let mut o =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o += &format!("<title>{}</title>\n", esc(title.unwrap_or_default()));
    o += &format!("<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n");
    for b in blocks {
        match b {
            Block::Title(t) => o += &format!("<h1 dir=\"auto\">{}</h1>\n", esc(t)),
            Block::Fields(f) => {
                o += "<dl>\n";
                for (l, v) in f {
                    o += &format!("<dt>{}</dt><dd dir=\"auto\">{}</dd>\n", esc(l), esc(v));
                }
                o += "</dl>\n";
            }
            Block::Para(t) => {
                o += "<div class=\"small\">\n";
                html_text(&mut o, t, None);
                o += "</div>\n";
            }
            Block::Heading(h) => o += &format!("<h2>{}</h2>\n", esc(h)),
            Block::List(items) => {
                let checks = items.iter().any(|(tick, _)| tick.is_some());
                o += if checks {
                    "<ul class=\"check\">\n"
                } else {
                    "<ul>\n"
                };
                for (tick, t) in items {
                    let mark = match tick {
                        None => "",
                        Some(true) => "<span class=\"box\">\u{2611}</span>",
                        Some(false) => "<span class=\"box\">\u{2610}</span>",
                    };
                    o += &format!("<li>{mark}{}</li>\n", esc(t));
                }
                o += "</ul>\n";
            }
            Block::Item(head, followups, body) => {
                o += &format!(
                    "<section class=\"item\">\n<h3 dir=\"auto\">{}</h3>\n",
                    esc(head)
                );
                html_text(&mut o, followups, Some(s::FOLLOWUPS));
                match body {
                    Body::Lines => {
                        let lines = "<div></div>".repeat(NOTE_LINES + 1);
                        o += &format!("<div class=\"lines\" aria-hidden=\"true\">{lines}</div>\n");
                    }
                    Body::Notes(t) => html_text(&mut o, t, Some(s::NOTES)),
                    Body::Reply(t) => html_text(&mut o, t, None),
                }
                o += "</section>\n";
            }
            Block::Letter(t) => {
                o += "<blockquote>\n";
                html_text(&mut o, t, None);
                o += "</blockquote>\n";
            }
            Block::Footer(t) => o += &format!("</main>\n<footer>{}</footer>\n", esc(t)),
        }
    }
    o + "</body>\n</html>\n"
}

#[cfg(test)]
#[path = "sheet_tests.rs"]
mod tests;
