//! The printable student report, as Markdown or one HTML page, for the student and their
//! family. Pure: the dossier goes in, a string comes out; saving or printing it is the
//! caller's job.
//!
//! The content is built once as sections of blocks; each format only decides how they look.
//! Every section is there even when empty (it says so in one line), except the counselor's
//! notes, which appear only when the dossier holds some. No figure is printed that is not in
//! the dossier.

use super::text::{clean, esc, md_line, one_line, paragraphs};
use std::collections::BTreeSet;

use crate::domain::dossier::{Dossier, ResultLine};
use crate::domain::record::{ExperienceKind, GoalStatus, PLAN_GRADES};
use crate::strings::interview as si;
use crate::strings::report as s;

/// The file formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Md,
    Html,
}

impl ReportFormat {
    /// `md`, `markdown` or `html`, in any case.
    pub fn parse(s: &str) -> Option<ReportFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(ReportFormat::Md),
            "html" => Some(ReportFormat::Html),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Md => "md",
            ReportFormat::Html => "html",
        }
    }
}

/// The report for a dossier, in a format. Same input, same bytes.
pub fn render(d: &Dossier, format: ReportFormat) -> String {
    let r = build(d);
    match format {
        ReportFormat::Md => md(&r),
        ReportFormat::Html => html(&r),
    }
}

/// How many top matches the report shows, at most.
const MAX_MATCHES: usize = 5;
/// Sections this size (roughly in lines) or smaller are kept on one printed page.
const KEEP_WEIGHT: usize = 14;

struct Report {
    title: String,
    fields: Vec<(&'static str, String)>,
    intro: String,
    /// Each section's heading and blocks.
    sections: Vec<(&'static str, Vec<Block>)>,
    footer: String,
}

/// One piece of a section. All text in it is already cleaned of control characters.
enum Block {
    /// A line of our own words (it may quote a date or a name).
    Para(String),
    /// Small print: how to read what is around it.
    Note(String),
    /// A sub-heading; in HTML it starts a group kept together on paper.
    Sub(String),
    Fields(Vec<(&'static str, String)>),
    /// Text the student or counselor wrote, possibly several lines.
    Text(String),
    Bullets(Vec<String>),
    /// Column headings and rows; a column is aligned as its first row's cell.
    Table(Vec<String>, Vec<Vec<Cell>>),
    /// The interest areas: the latest result's date, the previous one's when there is one.
    Interests(String, Option<String>, Vec<Bar>),
    /// Hours by kind of experience, only kinds with hours, most first.
    Hours(Vec<(&'static str, u64)>),
}

/// A table cell, on one line: words, words in bold, dates (kept on one line), or a number
/// (aligned right).
enum Cell {
    Text(String),
    Strong(String),
    Dates(String),
    Num(String),
}

fn cell(t: &str) -> Cell {
    Cell::Text(one_line(t))
}

/// Whether a table's column holds numbers, as its first row says.
fn num_col(rows: &[Vec<Cell>], i: usize) -> bool {
    let first = rows.first().and_then(|r| r.get(i));
    matches!(first, Some(Cell::Num(_)))
}

fn table(head: &[&str], rows: Vec<Vec<Cell>>) -> Block {
    Block::Table(head.iter().map(|h| h.to_string()).collect(), rows)
}

fn para(t: &str) -> Block {
    Block::Para(t.to_string())
}

/// One interest area: its name, and its scores in the latest and the previous result.
struct Bar {
    name: String,
    latest: Option<f32>,
    previous: Option<f32>,
}

fn or(t: String, empty: &str) -> String {
    if t.is_empty() { empty.to_string() } else { t }
}

/// A 1-5 score to one decimal, or the word for a skipped area.
fn score(v: Option<f32>) -> String {
    v.map_or(s::NO_SCORE.to_string(), |v| format!("{v:.1}"))
}

fn build(d: &Dossier) -> Report {
    let (name, today) = (one_line(&d.student.name), one_line(&d.today));
    type Part = fn(&Dossier) -> Vec<Block>;
    let parts: [(&'static str, Part); 8] = [
        (s::H_INTERESTS, interests),
        (s::H_MATCHES, matches),
        (s::H_SHORTLIST, shortlist),
        (s::H_COURSES, courses),
        (s::H_EXPERIENCES, experiences),
        (s::H_INTERVIEWS, interviews),
        (s::H_GOALS, goals),
        (s::H_CHECKINS, checkins),
    ];
    let mut sections: Vec<_> = parts.into_iter().map(|(h, part)| (h, part(d))).collect();
    if !d.notes.is_empty() {
        let mut v = vec![Block::Note(s::NOTES_INTRO.to_string())];
        for n in &d.notes {
            v.push(Block::Sub(one_line(&n.held_on)));
            v.push(Block::Text(or(clean(n.text.trim()), s::NO_SUMMARY)));
        }
        sections.push((s::H_NOTES, v));
    }
    let grade = d.student.grade.to_string();
    Report {
        title: s::title(&name),
        fields: vec![(s::L_GRADE, grade), (s::L_DATE, today.clone())],
        intro: s::intro(&name),
        sections,
        footer: s::footer(&today),
    }
}

fn interests(d: &Dossier) -> Vec<Block> {
    let Some(latest) = d.results.first() else {
        return vec![para(s::NO_RESULTS)];
    };
    let prev: Option<&ResultLine> = d.results.get(1);
    let date = one_line(&latest.date);
    let line = s::latest_result(&date, latest.answered, latest.skipped);
    let mut v = vec![Block::Para(line)];
    if let Some(p) = prev {
        v.push(Block::Para(s::previous_result(&one_line(&p.date))));
    }
    let finite = |v: Option<f32>| v.filter(|v| v.is_finite());
    let rows = latest.areas.iter().map(|a| Bar {
        name: one_line(&a.name),
        latest: finite(a.score),
        previous: prev
            .and_then(|p| p.areas.iter().find(|b| b.letter == a.letter))
            .and_then(|b| finite(b.score)),
    });
    let prev_date = prev.map(|p| one_line(&p.date));
    v.push(Block::Interests(date, prev_date, rows.collect()));
    v.push(Block::Note(s::SCALE.to_string()));
    let flags: BTreeSet<_> = d.flags().iter().copied().collect();
    v.extend(
        flags
            .into_iter()
            .map(|f| Block::Note(s::flag_note(f).into())),
    );
    v
}

fn matches(d: &Dossier) -> Vec<Block> {
    if d.top_matches.is_empty() {
        let none = match d.results.is_empty() {
            true => s::NO_MATCHES_YET,
            false => s::NO_MATCHES,
        };
        return vec![para(none)];
    }
    let mut v = vec![Block::Note(s::FIT_NOTE.to_string())];
    for (i, m) in d.top_matches.iter().take(MAX_MATCHES).enumerate() {
        v.push(Block::Sub(format!("{}. {}", i + 1, one_line(&m.title))));
        v.push(Block::Para(s::fit(m.fit, &one_line(&m.band))));
        let reasons = m.reasons.iter().map(|r| one_line(r));
        let reasons: Vec<String> = reasons.filter(|r| !r.is_empty()).collect();
        if !reasons.is_empty() {
            v.push(para(s::L_WHY));
            v.push(Block::Bullets(reasons));
        }
    }
    v
}

fn shortlist(d: &Dossier) -> Vec<Block> {
    if d.shortlist.is_empty() {
        return vec![para(s::NO_SHORTLIST)];
    }
    let rows = d.shortlist.iter().map(|l| {
        let title = or(one_line(&l.title), &l.career_id);
        vec![cell(&title), cell(&or(one_line(&l.note), s::NO_NOTE))]
    });
    vec![table(&s::SHORTLIST_COLS, rows.collect())]
}

fn courses(d: &Dossier) -> Vec<Block> {
    if d.courses.is_empty() {
        return vec![para(s::NO_COURSES)];
    }
    // Every high-school grade, and any other grade a course was put in, so none is lost.
    let grades: BTreeSet<u8> = PLAN_GRADES
        .chain(d.courses.iter().map(|c| c.grade))
        .collect();
    let mut v = Vec::new();
    for g in grades {
        v.push(Block::Sub(s::grade_heading(g)));
        let in_grade = d.courses.iter().filter(|c| c.grade == g);
        let rows: Vec<Vec<Cell>> = in_grade
            .map(|c| {
                let careers: Vec<String> = c.careers.iter().map(|t| one_line(t)).collect();
                let label = or(one_line(&c.label), &c.course);
                vec![cell(&label), cell(&c.status), cell(&careers.join(", "))]
            })
            .collect();
        v.push(match rows.is_empty() {
            true => para(s::NO_COURSES_IN_GRADE),
            false => table(&s::COURSE_COLS, rows),
        });
    }
    v
}

fn experiences(d: &Dossier) -> Vec<Block> {
    if d.experiences.is_empty() {
        return vec![para(s::NO_EXPERIENCES)];
    }
    let rows = d.experiences.iter().map(|e| {
        let dates = Cell::Dates(one_line(&s::dates(
            e.started_on.as_deref(),
            e.ended_on.as_deref(),
        )));
        let (kind, hours) = (cell(e.kind.label()), Cell::Num(e.hours.to_string()));
        vec![kind, cell(&e.title), dates, hours, cell(&e.reflection)]
    });
    let total: u64 = d.experiences.iter().map(|e| u64::from(e.hours)).sum();
    let mut v = vec![table(&s::EXPERIENCE_COLS, rows.collect())];
    v.push(Block::Para(s::total_hours(total)));
    if total > 0 {
        let by_kind = ExperienceKind::ALL.into_iter().filter_map(|k| {
            let of_kind = d.experiences.iter().filter(|e| e.kind == k);
            let h: u64 = of_kind.map(|e| u64::from(e.hours)).sum();
            (h > 0).then_some((k.label(), h))
        });
        let mut by_kind: Vec<_> = by_kind.collect();
        // Most hours first; kinds with the same hours keep their usual order.
        by_kind.sort_by_key(|&(_, h)| std::cmp::Reverse(h));
        v.push(Block::Hours(by_kind));
    }
    v
}

fn interviews(d: &Dossier) -> Vec<Block> {
    if d.plans.is_empty() {
        return vec![para(s::NO_PLANS)];
    }
    let mut v = Vec::new();
    for p in &d.plans {
        let det = &p.summary.details;
        let (person, role) = (one_line(&det.person), one_line(&det.role));
        let date = det.date.as_deref().map(one_line).unwrap_or_default();
        let interest = p.interest.as_deref().map(one_line).unwrap_or_default();
        let about = or(one_line(&p.about), &s::person(&person, &role));
        let answered = s::answered(p.summary.answered, p.summary.questions);
        v.push(Block::Sub(about));
        v.push(Block::Fields(vec![
            (s::L_PERSON, s::person(&person, &role)),
            (s::L_WHEN, or(date, s::NOT_SET)),
            (s::L_HOW, si::format_name(det.format).to_string()),
            (s::L_QUESTIONS, answered),
            (s::L_INTEREST, or(interest, s::NOT_RATED)),
            (s::L_NEXT, or(one_line(&p.next_step), s::NOT_WRITTEN)),
        ]));
    }
    v
}

fn goals(d: &Dossier) -> Vec<Block> {
    if d.goals.is_empty() {
        return vec![para(s::NO_GOALS)];
    }
    let open: Vec<Vec<Cell>> = d
        .open_goals()
        .map(|g| {
            let overdue = g.is_overdue(&d.today);
            let due = g.due_on.as_deref().map(one_line).unwrap_or_default();
            let status = match overdue {
                true => Cell::Strong(s::OVERDUE.to_string()),
                false => cell(s::ON_TRACK),
            };
            vec![cell(&g.text), Cell::Dates(or(due, s::NO_DUE)), status]
        })
        .collect();
    let mut v = vec![
        Block::Sub(s::H_OPEN.to_string()),
        match open.is_empty() {
            true => para(s::NO_OPEN),
            false => table(&s::GOAL_COLS, open),
        },
    ];
    for (status, heading) in [
        (GoalStatus::Done, s::H_DONE),
        (GoalStatus::Dropped, s::H_DROPPED),
    ] {
        let these = d.goals.iter().filter(|g| g.status == status);
        let texts: Vec<String> = these.map(|g| one_line(&g.text)).collect();
        if !texts.is_empty() {
            v.push(Block::Sub(heading.to_string()));
            v.push(Block::Bullets(texts));
        }
    }
    v
}

fn checkins(d: &Dossier) -> Vec<Block> {
    if d.checkins.is_empty() {
        return vec![para(s::NO_CHECKINS)];
    }
    let mut v = Vec::new();
    for c in &d.checkins {
        v.push(Block::Sub(one_line(&c.held_on)));
        v.push(Block::Text(or(clean(c.summary.trim()), s::NO_SUMMARY)));
    }
    v
}

/// Roughly how many lines a section takes, to decide whether to keep it on one page.
fn weight(blocks: &[Block]) -> usize {
    let lines = |b: &Block| match b {
        Block::Fields(f) => f.len(),
        Block::Text(t) => t.lines().count(),
        Block::Bullets(b) => b.len(),
        Block::Sub(_) => 2,
        Block::Table(_, rows) => rows.len() + 2,
        Block::Interests(..) | Block::Hours(_) => 10,
        _ => 1,
    };
    blocks.iter().map(lines).sum()
}

// ---------------------------------------------------------------- Markdown

/// Text that may hold several lines: lines end in a hard break, paragraphs stay apart.
fn md_text(t: &str) -> String {
    let para = |p: Vec<&str>| p.iter().map(|l| md_line(l, true)).collect::<Vec<_>>();
    let paras = paragraphs(t)
        .into_iter()
        .map(|p| para(p).join("\\\n") + "\n\n");
    paras.collect()
}

/// Items as a bulleted list.
fn md_list(items: impl Iterator<Item = String>) -> String {
    items.map(|i| format!("- {i}\n")).collect::<String>() + "\n"
}

fn md_table(head: &[String], rows: &[Vec<Cell>]) -> String {
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut o = row(head.iter().map(|h| md_line(h, false)).collect());
    let rule = |i| if num_col(rows, i) { "---:" } else { "---" }.to_string();
    o += &row((0..head.len()).map(rule).collect());
    for r in rows {
        let cells = r.iter().map(|c| match c {
            Cell::Strong(t) => format!("**{}**", md_line(t, false)),
            Cell::Text(t) | Cell::Dates(t) | Cell::Num(t) => md_line(t, false),
        });
        o += &row(cells.collect());
    }
    o + "\n"
}

/// The interest chart as a table: area, latest, and previous when there is one.
fn md_interests(latest: &str, previous: Option<&str>, bars: &[Bar]) -> String {
    let mut head = vec![s::COL_AREA.to_string(), s::col_latest(latest)];
    head.extend(previous.map(s::col_previous));
    let row = |b: &Bar| {
        let mut r = vec![cell(&b.name), Cell::Num(score(b.latest))];
        r.extend(previous.map(|_| Cell::Num(score(b.previous))));
        r
    };
    md_table(&head, &bars.iter().map(row).collect::<Vec<_>>())
}

fn md_block(b: &Block) -> String {
    match b {
        Block::Para(t) => format!("{}\n\n", md_line(t, true)),
        Block::Note(t) => format!("*{}*\n\n", md_line(t, false)),
        Block::Sub(t) => format!("### {}\n\n", md_line(t, false)),
        Block::Fields(f) => md_list(
            f.iter()
                .map(|(l, v)| format!("**{}:** {}", md_line(l, false), md_line(v, false))),
        ),
        Block::Text(t) => md_text(t),
        Block::Bullets(items) => md_list(items.iter().map(|t| md_line(t, false))),
        Block::Table(head, rows) => md_table(head, rows),
        Block::Interests(latest, prev, bars) => md_interests(latest, prev.as_deref(), bars),
        Block::Hours(kinds) => {
            let items = kinds
                .iter()
                .map(|(k, h)| format!("{}: {}", md_line(k, false), s::hours(*h)));
            format!("{}\n\n{}", md_line(s::HOURS_BY_KIND, true), md_list(items))
        }
    }
}

fn md(r: &Report) -> String {
    let mut o = format!("# {}\n\n", md_line(&r.title, false));
    o += &md_block(&Block::Fields(r.fields.clone()));
    o += &format!("{}\n\n", md_line(&r.intro, true));
    for (heading, blocks) in &r.sections {
        o += &format!("## {}\n\n", md_line(heading, false));
        o.extend(blocks.iter().map(md_block));
    }
    o + &format!("---\n\n*{}*\n", md_line(&r.footer, false))
}

// ---------------------------------------------------------------- HTML

const CSS: &str = "\
:root{color-scheme:light}
body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\
sans-serif;color:#000;background:#fff;max-width:50rem;margin:2rem auto;padding:0 1rem;\
-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.6rem;margin:0 0 .6rem}
h2{font-size:1.25rem;margin:1.8rem 0 .6rem;padding-bottom:.15rem;border-bottom:2px solid #000}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
p{margin:.4rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.3rem 0 .6rem}
dt{font-weight:bold}
dd{margin:0}
li{margin:.15rem 0}
.note{font-size:.9rem;font-style:italic}
table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem}
th,td{border:1px solid #000;padding:.25rem .45rem;text-align:start;vertical-align:top}
th{background:#e6e6e6}
.num{text-align:end;white-space:nowrap}
.dates{white-space:nowrap}
thead{display:table-header-group}
tr,.item,svg{break-inside:avoid;page-break-inside:avoid}
section.keep{break-inside:avoid;page-break-inside:avoid}
svg.chart{display:block;width:100%;max-width:40rem;height:auto;margin:.6rem 0}
footer{margin-top:2.5rem;padding-top:.4rem;border-top:1px solid #000;font-size:.85rem}
@page{margin:15mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:11pt}h2{margin-top:1.2rem}}
";

/// A coordinate with at most one decimal.
fn num(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn html_text(o: &mut String, t: &str) {
    for para in paragraphs(t) {
        let lines: Vec<String> = para.iter().map(|l| esc(l)).collect();
        *o += &format!("<p dir=\"auto\">{}</p>\n", lines.join("<br>\n"));
    }
}

fn html_table(o: &mut String, head: &[String], rows: &[Vec<Cell>]) {
    const NUM: &str = " class=\"num\"";
    *o += "<table>\n<thead><tr>";
    for (i, h) in head.iter().enumerate() {
        let class = if num_col(rows, i) { NUM } else { "" };
        *o += &format!("<th scope=\"col\"{class}>{}</th>", esc(h));
    }
    *o += "</tr></thead>\n<tbody>\n";
    for r in rows {
        *o += "<tr>";
        for c in r {
            *o += &match c {
                Cell::Text(t) => format!("<td dir=\"auto\">{}</td>", esc(t)),
                Cell::Strong(t) => format!("<td dir=\"auto\"><strong>{}</strong></td>", esc(t)),
                Cell::Dates(t) => format!("<td class=\"dates\">{}</td>", esc(t)),
                Cell::Num(t) => format!("<td{NUM}>{}</td>", esc(t)),
            };
        }
        *o += "</tr>\n";
    }
    *o += "</tbody>\n</table>\n";
}

/// The opening of an SVG chart: its size, role and the words a screen reader says.
fn svg_open(o: &mut String, height: f32, label: &str) {
    *o += &format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{l}\" viewBox=\"0 0 {w} {h}\" \
width=\"{w}\" height=\"{h}\" font-size=\"14\">\n<title>{l}</title>\n",
        l = esc(label),
        w = SVG_W,
        h = num(height),
    );
}

fn rect(x: f32, y: f32, w: f32, h: f32, style: &str) -> String {
    let [x, y, w, h] = [x, y, w.max(0.0), h].map(num);
    format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" {style}/>\n")
}

/// SVG text at a point; `attrs` starts with a space when given.
fn text(x: f32, y: f32, attrs: &str, t: &str) -> String {
    let ([x, y], t) = ([x, y].map(num), esc(t));
    format!("<text x=\"{x}\" y=\"{y}\"{attrs}>{t}</text>\n")
}

const SVG_W: u32 = 640;
/// Solid dark grey: the latest result and the hours.
const DARK: &str = "fill=\"#333\"";
/// White with a black outline: the previous result. Tells apart without colour.
const OUTLINE: &str = "fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"";

fn svg_interests(o: &mut String, latest: &str, previous: Option<&str>, rows: &[Bar]) {
    const BAR_X: f32 = 230.0;
    const BAR_W: f32 = 320.0;
    const VALUE_X: f32 = 562.0;
    let x = |v: f32| BAR_X + (v.clamp(1.0, 5.0) - 1.0) / 4.0 * BAR_W;
    let top: f32 = if previous.is_some() { 30.0 } else { 6.0 };
    let row_h: f32 = if previous.is_some() { 34.0 } else { 24.0 };
    let axis_y = top + rows.len() as f32 * row_h + 2.0;
    let said: Vec<String> = rows
        .iter()
        .map(|b| {
            let p = previous.map(|_| score(b.previous));
            s::chart_row(&b.name, &score(b.latest), p.as_deref())
        })
        .collect();
    svg_open(o, axis_y + 20.0, &s::interest_chart_label(&said));
    if let Some(p) = previous {
        *o += &rect(0.0, 6.0, 16.0, 12.0, DARK);
        *o += &text(22.0, 16.0, "", &format!("{} ({latest})", s::LEGEND_LATEST));
        *o += &rect(240.0, 9.0, 16.0, 7.0, OUTLINE);
        *o += &text(262.0, 16.0, "", &format!("{} ({p})", s::LEGEND_PREVIOUS));
    }
    // The scale: a light line at each whole answer, numbered under the chart.
    for v in 1..=5 {
        let [gx, y1, y2] = [x(v as f32), top - 2.0, axis_y].map(num);
        let line = format!("<line x1=\"{gx}\" y1=\"{y1}\" x2=\"{gx}\" y2=\"{y2}\" ");
        *o += &format!("{line}stroke=\"#999\" stroke-width=\"1\"/>\n");
        let at = x(v as f32);
        *o += &text(at, axis_y + 15.0, " text-anchor=\"middle\"", &v.to_string());
    }
    for (i, b) in rows.iter().enumerate() {
        let y = top + i as f32 * row_h;
        *o += &text(0.0, y + 14.0, "", &b.name);
        match b.latest {
            // The lowest answer still shows a sliver, so a bar is never mistaken for a gap.
            Some(v) => *o += &rect(BAR_X, y + 3.0, (x(v) - BAR_X).max(2.0), 14.0, DARK),
            None => *o += &text(BAR_X + 4.0, y + 14.0, " font-style=\"italic\"", s::NO_SCORE),
        }
        let value = score(b.latest);
        *o += &text(VALUE_X, y + 14.0, " font-weight=\"bold\"", &value);
        if previous.is_some() {
            if let Some(v) = b.previous {
                *o += &rect(BAR_X, y + 20.0, (x(v) - BAR_X).max(2.0), 7.0, OUTLINE);
            }
            *o += &text(VALUE_X, y + 28.0, " font-size=\"11\"", &score(b.previous));
        }
    }
    *o += "</svg>\n";
}

fn svg_hours(o: &mut String, kinds: &[(&str, u64)]) {
    const BAR_W: f32 = 470.0;
    const ROW_H: f32 = 40.0;
    let max = kinds.iter().map(|(_, h)| *h).max().unwrap_or(1).max(1) as f32;
    let said: Vec<String> = kinds
        .iter()
        .map(|(k, h)| format!("{k} {}", s::hours(*h)))
        .collect();
    let height = 8.0 + kinds.len() as f32 * ROW_H;
    svg_open(o, height, &s::hours_chart_label(&said));
    for (i, (k, h)) in kinds.iter().enumerate() {
        let y = 4.0 + i as f32 * ROW_H;
        let w = (*h as f32 / max * BAR_W).max(1.0);
        *o += &text(0.0, y + 13.0, "", k);
        *o += &rect(0.0, y + 18.0, w, 14.0, DARK);
        *o += &text(w + 6.0, y + 29.0, " font-weight=\"bold\"", &s::hours(*h));
    }
    *o += "</svg>\n";
}

fn html_block(o: &mut String, b: &Block) {
    match b {
        Block::Para(t) => *o += &format!("<p dir=\"auto\">{}</p>\n", esc(t)),
        Block::Note(t) => *o += &format!("<p class=\"note\">{}</p>\n", esc(t)),
        Block::Sub(t) => *o += &format!("<h3 dir=\"auto\">{}</h3>\n", esc(t)),
        Block::Fields(f) => {
            *o += "<dl>\n";
            for (l, v) in f {
                *o += &format!("<dt>{}</dt><dd dir=\"auto\">{}</dd>\n", esc(l), esc(v));
            }
            *o += "</dl>\n";
        }
        Block::Text(t) => html_text(o, t),
        Block::Bullets(items) => {
            *o += "<ul>\n";
            for t in items {
                *o += &format!("<li dir=\"auto\">{}</li>\n", esc(t));
            }
            *o += "</ul>\n";
        }
        Block::Table(head, rows) => html_table(o, head, rows),
        Block::Interests(latest, prev, bars) => svg_interests(o, latest, prev.as_deref(), bars),
        Block::Hours(kinds) => svg_hours(o, kinds),
    }
}

fn html(r: &Report) -> String {
    let mut o =
        String::from("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o += &format!("<title>{}</title>\n", esc(&r.title));
    o += &format!("<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n<header>\n");
    o += &format!("<h1 dir=\"auto\">{}</h1>\n", esc(&r.title));
    html_block(&mut o, &Block::Fields(r.fields.clone()));
    o += &format!("<p dir=\"auto\">{}</p>\n</header>\n", esc(&r.intro));
    for (heading, blocks) in &r.sections {
        let small = weight(blocks) <= KEEP_WEIGHT;
        let keep = if small { " class=\"keep\"" } else { "" };
        o += &format!("<section{keep}>\n<h2>{}</h2>\n", esc(heading));
        // Each sub-heading and what follows it is one group, kept together on paper.
        let mut in_item = false;
        for b in blocks {
            if matches!(b, Block::Sub(_)) {
                let close = if in_item { "</div>\n" } else { "" };
                o += &format!("{close}<div class=\"item\">\n");
                in_item = true;
            }
            html_block(&mut o, b);
        }
        let close = if in_item { "</div>\n" } else { "" };
        o += &format!("{close}</section>\n");
    }
    o += &format!("</main>\n<footer>{}</footer>\n", esc(&r.footer));
    o + "</body>\n</html>\n"
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
