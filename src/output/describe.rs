//! A career described as titled sections of plain text, in reading order. The CLI prints
//! them; the full-screen detail view draws them. One structure, so both say the same thing.

use crate::domain::career::{AgeGroup, Career, Confidence, Contact, Dimension, YearRange};
use crate::domain::subject::Subject;
use crate::strings::career as s;
use crate::strings::paying as sp;

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Bullet(String),
    /// A label and its value ("Median pay (May 2024)", "$64,000").
    Fact(String, String),
    /// Small print that explains (a scale, what a rating is).
    Note(String),
    /// Small print naming where figures come from, or a license line. The screen folds these
    /// away until the student asks for them; printed pages keep them.
    Source(String),
    /// The training road as a timeline, step by step, ending with the total.
    Timeline(Vec<Stage>, String),
    /// A small bar chart.
    Bars(Vec<Bar>),
}

/// One step on the training road, with when it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub step: String,
    pub years: Option<YearRange>,
    /// Years after high school at which the step starts; None after an unknown step.
    pub starts: Option<YearRange>,
    pub source: Option<String>,
    /// Who pays, in a few words, drawn beside the step's bar ("you pay tuition").
    pub pay: Option<String>,
    /// The step's figure, with its year, on one short line ("Public college: $11,950 a year
    /// (2025-26)"), and its source for the small print.
    pub cost: Option<(String, String)>,
}

/// One bar: a label, a value on a scale from `min` to `max`, and how to print the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f32,
    pub min: f32,
    pub max: f32,
    pub shown: String,
}

impl Bar {
    /// How many of `width` cells the bar fills (at least one, so a low value is still seen).
    pub fn cells(&self, width: usize) -> usize {
        let span = (self.max - self.min).max(f32::EPSILON);
        let frac = ((self.value - self.min) / span).clamp(0.0, 1.0);
        ((frac * width as f32).round() as usize).clamp(1, width.max(1))
    }
}

/// The cells a step of `y` years takes in the timeline (two per year, at least one).
fn stage_cells(y: YearRange, room: usize) -> usize {
    ((y.max * 2.0).round() as usize).clamp(1, room.max(1))
}

/// The timeline as plain text lines for a width: a marker column with the year each step
/// starts, the step and its length, a bar as long as the step, and where the length comes from.
/// Returned as (text, is_small_print) so a screen can dim the notes. Without `sources`, the
/// road is drawn without them (a screen shows them on request).
pub fn timeline_lines(
    stages: &[Stage],
    total: &str,
    width: usize,
    sources: bool,
) -> Vec<(String, bool)> {
    let width = width.max(24);
    let marker = |st: &Stage| match st.starts {
        Some(y) if y.max == 0.0 => s::TIMELINE_START.to_string(),
        Some(y) => s::timeline_start(y),
        None => s::TIMELINE_LATER.to_string(),
    };
    let gutter = stages
        .iter()
        .map(|st| marker(st).chars().count())
        .chain([s::TIMELINE_DONE.chars().count()])
        .max()
        .unwrap_or(6)
        + 1;
    let text_width = width.saturating_sub(gutter + 2).max(12);
    let pad = " ".repeat(gutter);
    let mut out = Vec::new();
    for st in stages {
        let len = match st.years {
            Some(y) => s::span(y),
            None => s::UNKNOWN_YEARS.to_string(),
        };
        let text = format!("{} ({len})", st.step);
        let opts = textwrap::Options::new(text_width);
        for (i, l) in textwrap::wrap(&text, opts).into_iter().enumerate() {
            if i == 0 {
                out.push((format!("{:<gutter$}● {l}", marker(st)), false));
            } else {
                out.push((format!("{pad}│ {l}"), false));
            }
        }
        let bar = match st.years {
            Some(y) => "█".repeat(stage_cells(y, text_width)),
            None => s::TIMELINE_UNKNOWN_BAR.to_string(),
        };
        out.extend(pay_lines(st, bar, text_width, &pad));
        let cost_source = st.cost.as_ref().map(|(_, src)| src);
        for src in st.source.iter().chain(cost_source).filter(|_| sources) {
            let opts = textwrap::Options::new(text_width);
            for l in textwrap::wrap(src, opts) {
                out.push((format!("{pad}│ {l}"), true));
            }
        }
    }
    let opts = textwrap::Options::new(text_width);
    for (i, l) in textwrap::wrap(total, opts).into_iter().enumerate() {
        if i == 0 {
            out.push((format!("{:<gutter$}◆ {l}", s::TIMELINE_DONE), false));
        } else {
            out.push((format!("{pad}  {l}"), false));
        }
    }
    if total.is_empty() {
        out.push((format!("{:<gutter$}◆", s::TIMELINE_DONE), false));
    }
    out
}

/// A step's bar with who pays beside it (below it when there is no room), then the step's
/// figure on one line: at most one line more than the bar alone.
fn pay_lines(st: &Stage, bar: String, width: usize, pad: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    match &st.pay {
        Some(p) if bar.chars().count() + 1 + p.chars().count() <= width => {
            out.push((format!("{pad}│ {bar} {p}"), false));
        }
        Some(p) => {
            out.push((format!("{pad}│ {bar}"), false));
            out.push((format!("{pad}│ {p}"), false));
        }
        None => out.push((format!("{pad}│ {bar}"), false)),
    }
    if let Some((line, _)) = &st.cost {
        let opts = textwrap::Options::new(width);
        for l in textwrap::wrap(line, opts) {
            out.push((format!("{pad}│ {l}"), false));
        }
    }
    out
}

/// Who pays for a step and its first figure, as the timeline shows them.
fn stage_pay(
    step: &crate::domain::career::ResolvedStep,
) -> (Option<String>, Option<(String, String)>) {
    let pay = step.pay.map(|p| sp::pay_words(p).to_string());
    let cost = step
        .costs
        .iter()
        .find(|r| !crate::domain::costs::HELD_BACK.contains(&r.id.as_str()))
        .map(|r| (sp::step_cost(r), sp::step_cost_source(r)));
    (pay, cost)
}

/// Bars as plain text lines: label, bar, value. (text, is_small_print).
pub fn bar_lines(bars: &[Bar], width: usize) -> Vec<String> {
    let label_w = bars
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let value_w = bars
        .iter()
        .map(|b| b.shown.chars().count())
        .max()
        .unwrap_or(0);
    let room = width.saturating_sub(label_w + value_w + 3);
    let (label_w, room) = if room < 5 {
        // Too narrow for labels beside bars: short bars only.
        (label_w.min(width / 2), 5)
    } else {
        (label_w, room.min(20))
    };
    bars.iter()
        .map(|b| {
            let n = b.cells(room);
            let label: String = b.label.chars().take(label_w).collect();
            format!(
                "{label:<label_w$} {}{} {}",
                "█".repeat(n),
                "░".repeat(room - n),
                b.shown
            )
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

fn age_label(a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Babies => s::AGE_BABIES,
        AgeGroup::Children => s::AGE_CHILDREN,
        AgeGroup::Teens => s::AGE_TEENS,
        AgeGroup::Adults => s::AGE_ADULTS,
        AgeGroup::OlderAdults => s::AGE_OLDER,
    }
}

fn contact_label(c: Contact) -> &'static str {
    match c {
        Contact::None => s::CONTACT_NONE,
        Contact::Some => s::CONTACT_SOME,
        Contact::Lots => s::CONTACT_LOTS,
    }
}

fn confidence_label(c: Confidence) -> &'static str {
    match c {
        Confidence::High => s::CONFIDENCE_HIGH,
        Confidence::Medium => s::CONFIDENCE_MEDIUM,
        Confidence::Low => s::CONFIDENCE_LOW,
    }
}

fn bullets(items: &[String]) -> Vec<Block> {
    items.iter().map(|i| Block::Bullet(i.clone())).collect()
}

/// Describes `c`. `title_of` turns a related career's id into its title.
pub fn career_sections(c: &Career, title_of: &dyn Fn(&str) -> Option<String>) -> Vec<Section> {
    let e = &c.entry;
    let f = &c.figures;
    let mut out = vec![
        Section {
            heading: s::H_SUMMARY,
            blocks: vec![Block::Paragraph(e.summary.clone())],
        },
        Section {
            heading: s::H_WORK,
            blocks: vec![Block::Paragraph(e.work.clone())],
        },
        Section {
            heading: s::H_DAY,
            blocks: vec![Block::Paragraph(e.day.clone())],
        },
        Section {
            heading: s::H_SETTINGS,
            blocks: bullets(&e.settings),
        },
    ];

    let ages = if e.patients.ages.is_empty() {
        if e.subjects.contains(&Subject::Animals) {
            s::ANIMAL_PATIENTS
        } else {
            s::NO_PATIENTS
        }
        .to_string()
    } else {
        e.patients
            .ages
            .iter()
            .map(|a| age_label(*a))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push(Section {
        heading: s::H_PATIENTS,
        blocks: vec![
            Block::Fact(s::F_AGES.into(), ages),
            Block::Fact(
                s::F_CONTACT.into(),
                contact_label(e.patients.contact).into(),
            ),
        ],
    });

    let mut stages = Vec::new();
    let mut at = Some(YearRange::exact(0.0));
    for step in &f.training {
        let source = step.source.as_ref().map(|src| match step.confidence {
            Some(conf) => s::residency_source(src, confidence_label(conf)),
            None => s::source(src),
        });
        let (pay, cost) = stage_pay(step);
        stages.push(Stage {
            step: step.step.clone(),
            years: step.years,
            starts: at,
            source,
            pay,
            cost,
        });
        at = match (at, step.years) {
            (Some(a), Some(y)) => Some(a.plus(y)),
            _ => None,
        };
    }
    let total = match f.total_years {
        Some(y) => s::total(&s::span(y)),
        None if f.known_years().max > 0.0 => s::total_at_least(&s::span(f.known_years())),
        None => s::TOTAL_UNKNOWN.to_string(),
    };
    let road = vec![
        Block::Timeline(stages, total),
        Block::Paragraph(sp::ROAD_HINT.into()),
    ];
    out.push(Section {
        heading: s::H_TRAINING,
        blocks: road,
    });
    out.push(Section {
        heading: s::H_CREDENTIALS,
        blocks: bullets(&e.credentials),
    });
    out.push(Section {
        heading: s::H_COURSES,
        blocks: bullets(&e.courses),
    });
    out.push(Section {
        heading: s::H_ACTIVITIES,
        blocks: bullets(&e.activities),
    });
    if !e.myths.is_empty() {
        let mut blocks = Vec::new();
        for m in &e.myths {
            blocks.push(Block::Fact(s::F_MYTH.into(), m.myth.clone()));
            blocks.push(Block::Fact(s::F_FACT.into(), m.fact.clone()));
        }
        out.push(Section {
            heading: s::H_MYTHS,
            blocks,
        });
    }

    let mut nums = Vec::new();
    match &f.bls {
        Some(b) => {
            let unknown = || s::UNKNOWN.to_string();
            let wage = b.median_wage_2024.map_or_else(unknown, |w| w.label());
            let growth = b.growth_2024_34_pct.map_or_else(unknown, s::growth);
            let entry = b.entry_education.clone().unwrap_or_else(unknown);
            if f.bls_own {
                nums.push(Block::Fact(s::F_WAGE.into(), wage));
                nums.push(Block::Fact(s::F_GROWTH.into(), growth));
                nums.push(Block::Fact(
                    s::F_OPENINGS.into(),
                    b.openings_per_year_thousands
                        .map_or_else(unknown, s::thousands_of_jobs),
                ));
                nums.push(Block::Fact(
                    s::F_EMPLOYMENT.into(),
                    b.employment_2024_thousands
                        .map_or_else(unknown, s::thousands_of_jobs),
                ));
                nums.push(Block::Fact(s::F_ENTRY_EDUCATION.into(), entry));
            } else {
                // Counted inside a larger group: its pay and growth, said to be the group's;
                // never the group's head count or openings as this career's.
                nums.push(Block::Paragraph(s::bls_group_note(&b.title)));
                nums.push(Block::Fact(s::F_WAGE_GROUP.into(), wage));
                nums.push(Block::Fact(s::F_GROWTH_GROUP.into(), growth));
                nums.push(Block::Fact(s::F_ENTRY_EDUCATION_GROUP.into(), entry));
            }
            nums.push(Block::Source(s::bls_note(&b.title)));
        }
        None => nums.push(Block::Paragraph(s::NO_BLS.into())),
    }
    if let Some(n) = &e.newer_entry {
        nums.push(Block::Fact(s::F_NEWER_ENTRY.into(), n.says.clone()));
        if let Some(src) = &f.newer_entry_source {
            nums.push(Block::Source(s::source(src)));
        }
    }
    let o = &f.onet;
    if let (Some(z), Some(name)) = (o.job_zone, &o.job_zone_name) {
        nums.push(Block::Fact(s::F_JOB_ZONE.into(), s::job_zone(z, name)));
    }
    if let Some(edu) = &o.education {
        nums.push(Block::Fact(
            s::F_ONET_EDUCATION.into(),
            s::onet_education(edu, o.education_pct),
        ));
    }
    // The strongest areas are not listed here: the interest chart just below shows them.
    if o.interests.is_none()
        && let Some(from) = &f.interests_from
    {
        nums.push(Block::Paragraph(s::interests_borrowed(&from.title)));
    }
    nums.push(Block::Source(if f.borrowed {
        s::borrowed_note(&o.code, &o.title)
    } else {
        s::onet_note(&o.code, &o.title)
    }));
    out.push(Section {
        heading: s::H_NUMBERS,
        blocks: nums,
    });

    out.push(Section {
        heading: s::H_INTERESTS,
        blocks: interest_blocks(c),
    });
    out.push(Section {
        heading: s::H_WORKSTYLE,
        blocks: vec![
            Block::Bars(workstyle_bars(c)),
            Block::Note(s::WORKSTYLE_NOTE.into()),
        ],
    });

    if !e.related.is_empty() {
        out.push(Section {
            heading: s::H_RELATED,
            blocks: e
                .related
                .iter()
                .map(|id| Block::Bullet(title_of(id).unwrap_or_else(|| id.clone())))
                .collect(),
        });
    }
    out.push(Section {
        heading: s::H_SOURCES,
        blocks: s::ATTRIBUTION
            .iter()
            .map(|a| Block::Source((*a).to_string()))
            .collect(),
    });
    out
}

/// The O*NET interest profile as bars (1-7), or a sentence when O*NET has none.
pub fn interest_blocks(c: &Career) -> Vec<Block> {
    let o = &c.figures.onet;
    match o.interests {
        Some(v) => vec![
            Block::Bars(
                s::RIASEC
                    .iter()
                    .zip(v)
                    .map(|(label, x)| Bar {
                        label: (*label).to_string(),
                        value: x,
                        min: 1.0,
                        max: 7.0,
                        shown: format!("{x:.1}"),
                    })
                    .collect(),
            ),
            Block::Note(s::INTERESTS_SCALE.into()),
            Block::Source(s::interests_source(&o.code, &o.title)),
        ],
        None => vec![Block::Paragraph(s::NO_INTERESTS.into())],
    }
}

/// The catalog's work-style ratings (1-5) as bars.
pub fn workstyle_bars(c: &Career) -> Vec<Bar> {
    Dimension::ALL
        .iter()
        .map(|d| {
            let v = c.entry.workstyle.get(d).copied().unwrap_or(0);
            Bar {
                label: s::dimension_label(*d).to_string(),
                value: f32::from(v),
                min: 0.0,
                max: 5.0,
                shown: format!("{v}/5"),
            }
        })
        .collect()
}

/// The sections as plain text wrapped to `width` columns (the CLI's `careers show`).
pub fn plain_text(title: &str, subtitle: &str, sections: &[Section], width: usize) -> String {
    let width = width.max(20);
    let mut t = format!("{title}\n{subtitle}\n");
    let wrap = |text: &str, first: &str, rest: &str| -> String {
        let opts = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest);
        let mut s = textwrap::fill(text, opts);
        s.push('\n');
        s
    };
    for sec in sections {
        t.push('\n');
        t.push_str(sec.heading);
        t.push('\n');
        for b in &sec.blocks {
            match b {
                Block::Paragraph(p) => t.push_str(&wrap(p, "  ", "  ")),
                Block::Bullet(p) => t.push_str(&wrap(p, "  - ", "    ")),
                Block::Fact(k, v) => t.push_str(&wrap(&format!("{k}: {v}"), "  ", "      ")),
                Block::Note(n) | Block::Source(n) => t.push_str(&wrap(n, "      ", "      ")),
                Block::Timeline(stages, total) => {
                    for (l, _) in timeline_lines(stages, total, width - 2, true) {
                        t.push_str("  ");
                        t.push_str(l.trim_end());
                        t.push('\n');
                    }
                }
                Block::Bars(bars) => {
                    for l in bar_lines(bars, width - 2) {
                        t.push_str("  ");
                        t.push_str(&l);
                        t.push('\n');
                    }
                }
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_career_describes_with_numbers_and_sources() {
        let data = crate::refdata::embedded().unwrap();
        for c in &data.careers {
            let secs = career_sections(c, &|_| None);
            let heads: Vec<_> = secs.iter().map(|s| s.heading).collect();
            assert!(heads.contains(&s::H_TRAINING), "{}", c.id());
            assert!(heads.contains(&s::H_NUMBERS), "{}", c.id());
            assert_eq!(heads.last(), Some(&s::H_SOURCES));
            let text = plain_text(&c.entry.title, "", &secs, 78);
            assert!(text.contains("O*NET"), "{}", c.id());
            assert!(
                text.lines()
                    .all(|l| l.chars().count() <= 78 || !l.contains(' '))
            );
        }
    }

    #[test]
    fn a_borrowed_interest_profile_is_said_on_the_page() {
        let data = crate::refdata::embedded().unwrap();
        for c in &data.careers {
            let text = plain_text("x", "", &career_sections(c, &|_| None), 78);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let said = text.contains("medpath uses the ratings of the nearest job");
            assert_eq!(said, c.figures.interests_from.is_some(), "{}", c.id());
            if let Some(from) = &c.figures.interests_from {
                assert!(text.contains(&from.title), "{}", c.id());
            }
        }
    }

    #[test]
    fn every_figure_on_a_road_has_its_year_and_its_source() {
        let data = crate::refdata::embedded().unwrap();
        let mut figures = 0;
        for c in &data.careers {
            let secs = career_sections(c, &|_| None);
            let road = secs.iter().find(|s| s.heading == s::H_TRAINING).unwrap();
            let Some(Block::Timeline(stages, _)) = road.blocks.first() else {
                panic!("{}: no timeline", c.id());
            };
            for (st, step) in stages.iter().zip(&c.figures.training) {
                assert!(st.pay.is_some(), "{}: {}", c.id(), st.step);
                let Some((line, source)) = &st.cost else {
                    continue;
                };
                let row = &step.costs[0];
                figures += 1;
                assert!(line.contains(&row.figure_label()), "{line}");
                assert!(line.contains(&sp::year_of(row)), "{line}");
                assert!(source.contains(&row.source_org), "{source}");
                let text = plain_text("", "", std::slice::from_ref(road), 78).replace('│', " ");
                let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(flat.contains(&row.source_org), "{}", c.id());
            }
        }
        assert!(figures > 150, "{figures}");
    }

    #[test]
    fn unknown_years_are_said_not_guessed() {
        let data = crate::refdata::embedded().unwrap();
        let mut c = data.careers[0].clone();
        c.figures.training[0].years = None;
        c.figures.total_years = None;
        let text = plain_text("x", "", &career_sections(&c, &|_| None), 78);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(s::UNKNOWN_YEARS), "{text}");
        assert!(text.contains("at least"), "{text}");
    }
}

#[cfg(test)]
mod drawing_tests {
    use super::*;

    fn stage(step: &str, years: Option<f32>, starts: Option<f32>) -> Stage {
        Stage {
            step: step.into(),
            years: years.map(YearRange::exact),
            starts: starts.map(YearRange::exact),
            source: Some("Source: somewhere (2024)".into()),
            pay: None,
            cost: None,
        }
    }

    #[test]
    fn timeline_marks_start_years_and_unknown_steps() {
        let stages = [
            stage("College", Some(4.0), Some(0.0)),
            stage("Medical school", Some(4.0), Some(4.0)),
            stage("Fellowship", None, Some(8.0)),
            stage("Practice", Some(1.0), None),
        ];
        let lines = timeline_lines(&stages, "at least 9 years", 60, true);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(text[0].starts_with(s::TIMELINE_START));
        assert!(text.iter().any(|l| l.starts_with(&s::timeline_year("4"))));
        assert!(text.iter().any(|l| l.contains(s::TIMELINE_UNKNOWN_BAR)));
        assert!(text.iter().any(|l| l.starts_with(s::TIMELINE_LATER)));
        assert!(text.last().unwrap().contains("at least 9 years"));
        // Four years is eight cells; sources are small print.
        assert!(text.iter().any(|l| l.ends_with(&"█".repeat(8))));
        assert!(
            lines
                .iter()
                .any(|(l, small)| *small && l.contains("somewhere"))
        );
        for (l, _) in &lines {
            assert!(l.chars().count() <= 60, "{l}");
        }
    }

    #[test]
    fn bars_scale_and_fit() {
        let b = |v: f32| Bar {
            label: "Realistic".into(),
            value: v,
            min: 1.0,
            max: 7.0,
            shown: format!("{v:.1}"),
        };
        assert_eq!(b(7.0).cells(12), 12);
        assert_eq!(b(1.0).cells(12), 1);
        assert_eq!(b(4.0).cells(12), 6);
        for w in [10, 30, 80] {
            for l in bar_lines(&[b(3.0), b(6.5)], w) {
                assert!(l.chars().count() <= w.max(20), "{w}: {l}");
            }
        }
    }
}
