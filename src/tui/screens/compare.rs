//! Compare two careers side by side: training, pay, outlook, patients, work style, interests.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::domain::career::{AgeGroup, Career, Contact, Workplace, YearRange};
use crate::domain::costs::{CostRow, Pay};
use crate::domain::subject::Subject;
use crate::output::describe::{Bar, interest_blocks, workstyle_bars};
use crate::strings::{career as cs, compare as s, explore as es, paying as sp};
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{cell, fit, pad, width as cols};
use crate::tui::widgets::list;
use crate::tui::widgets::scroll::Scroll;

enum Row {
    Heading(&'static str),
    Pair(&'static str, String, String),
    Bars(String, Option<Bar>, Option<Bar>),
    Note(String),
}

pub struct Compare {
    pub a: Career,
    pub b: Career,
    scroll: Scroll,
}

fn total(c: &Career) -> String {
    match c.figures.total_years {
        Some(y) => cs::span(y),
        None if c.figures.known_years().max > 0.0 => {
            s::at_least(&cs::span(c.figures.known_years()))
        }
        None => cs::UNKNOWN.to_string(),
    }
}

fn road(c: &Career) -> String {
    c.figures
        .training
        .iter()
        .map(|st| {
            // The row says "years": only a step under a year names its unit.
            let y = st.years.map_or_else(
                || "?".to_string(),
                |y| {
                    if y.max < 1.0 {
                        cs::span_short(y)
                    } else {
                        y.label()
                    }
                },
            );
            s::road_step(short_step(&st.step), &y)
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Years of the road by who pays: (years you pay tuition, years you are paid).
fn who_pays(c: &Career) -> String {
    let years = |p: Pay| {
        c.figures
            .training
            .iter()
            .filter(|st| st.pay == Some(p))
            .filter_map(|st| st.years)
            .fold(YearRange::exact(0.0), YearRange::plus)
    };
    let label = |y: YearRange| {
        if y.max > 0.0 && y.max < 1.0 {
            cs::span_short(y)
        } else {
            y.label()
        }
    };
    sp::compare_years(&label(years(Pay::Tuition)), &label(years(Pay::Paid)))
}

/// The biggest dollar figure on a step the student pays for, with its year and step.
fn top_cost(c: &Career) -> String {
    let value = |r: &CostRow| {
        r.figure
            .split('-')
            .filter_map(|p| p.trim().parse::<u64>().ok())
            .max()
    };
    c.figures
        .training
        .iter()
        .filter(|st| st.pay != Some(Pay::Paid))
        .flat_map(|st| st.costs.iter().map(move |r| (st, r)))
        .filter(|(_, r)| r.in_dollars())
        .filter_map(|(st, r)| value(r).map(|v| (v, st, r)))
        .max_by_key(|(v, _, _)| *v)
        .map_or_else(
            || sp::COMPARE_NONE.to_string(),
            |(_, st, r)| sp::compare_figure(r, short_step(&st.step)),
        )
}

/// A step's name up to its first colon, comma or full stop ("College: a bachelor's..." →
/// "College").
fn short_step(step: &str) -> &str {
    step.split([':', ',', '(', '.'])
        .next()
        .unwrap_or(step)
        .trim()
}

fn bls<T>(c: &Career, f: impl Fn(&crate::domain::career::BlsFigures) -> Option<T>) -> Option<T> {
    c.figures.bls.as_ref().and_then(f)
}

fn ages(c: &Career) -> String {
    if c.entry.patients.ages.is_empty() {
        return if c.entry.subjects.contains(&Subject::Animals) {
            s::ANIMAL_PATIENTS
        } else {
            s::NO_PATIENTS
        }
        .to_string();
    }
    c.entry
        .patients
        .ages
        .iter()
        .map(|a| match a {
            AgeGroup::Babies => cs::AGE_BABIES,
            AgeGroup::Children => cs::AGE_CHILDREN,
            AgeGroup::Teens => cs::AGE_TEENS,
            AgeGroup::Adults => cs::AGE_ADULTS,
            AgeGroup::OlderAdults => cs::AGE_OLDER,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn contact(c: Contact) -> &'static str {
    es::contact_choice(Some(c))
}

fn workplaces(w: &[Workplace]) -> String {
    w.iter()
        .map(|x| es::workplace_choice(Some(*x)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn rows(a: &Career, b: &Career) -> Vec<Row> {
    let unknown = || cs::UNKNOWN.to_string();
    // A group's figure says so; a group's openings are never shown as one career's.
    let own = |c: &Career, v: String| {
        if c.figures.bls_own || v == cs::UNKNOWN {
            v
        } else {
            cs::group_figure(&v)
        }
    };
    let pay = |c: &Career| {
        own(
            c,
            bls(c, |b| b.median_wage_2024).map_or_else(unknown, |w| w.label()),
        )
    };
    let growth = |c: &Career| {
        own(
            c,
            bls(c, |b| b.growth_2024_34_pct).map_or_else(unknown, cs::growth),
        )
    };
    let openings = |c: &Career| match &c.figures.bls {
        Some(_) if !c.figures.bls_own => cs::NOT_COUNTED_ALONE.to_string(),
        _ => bls(c, |b| b.openings_per_year_thousands).map_or_else(unknown, cs::thousands_of_jobs),
    };
    // A newer rule for new students comes before the BLS table's older one.
    let entry = |c: &Career| match &c.entry.newer_entry {
        Some(n) => n.short.clone(),
        None => own(
            c,
            bls(c, |b| b.entry_education.clone()).unwrap_or_else(unknown),
        ),
    };
    let mut out = vec![
        Row::Pair(
            s::KIND,
            cs::subtitle(a.entry.kind, a.entry.field),
            cs::subtitle(b.entry.kind, b.entry.field),
        ),
        Row::Heading(s::H_TRAINING),
        Row::Pair(s::TOTAL, total(a), total(b)),
        Row::Pair(s::ROAD, road(a), road(b)),
        Row::Pair(sp::COMPARE_LABEL, who_pays(a), who_pays(b)),
        Row::Pair(sp::COMPARE_BIGGEST, top_cost(a), top_cost(b)),
        Row::Pair(s::ENTRY, entry(a), entry(b)),
        Row::Heading(s::H_JOBS),
        Row::Pair(cs::F_WAGE, pay(a), pay(b)),
        Row::Pair(cs::F_GROWTH, growth(a), growth(b)),
        Row::Pair(s::OPENINGS, openings(a), openings(b)),
        Row::Heading(s::H_PATIENTS),
        Row::Pair(
            s::CONTACT,
            contact(a.entry.patients.contact).to_string(),
            contact(b.entry.patients.contact).to_string(),
        ),
        Row::Pair(s::AGES, ages(a), ages(b)),
        Row::Pair(
            s::WORKPLACES,
            workplaces(&a.entry.workplaces),
            workplaces(&b.entry.workplaces),
        ),
        Row::Heading(s::H_WORKSTYLE),
    ];
    for (x, y) in workstyle_bars(a).into_iter().zip(workstyle_bars(b)) {
        out.push(Row::Bars(x.label.clone(), Some(x), Some(y)));
    }
    out.push(Row::Heading(s::H_INTERESTS));
    let bars = |c: &Career| -> Vec<Bar> {
        interest_blocks(c)
            .into_iter()
            .find_map(|blk| match blk {
                crate::output::describe::Block::Bars(b) => Some(b),
                _ => None,
            })
            .unwrap_or_default()
    };
    let (ia, ib) = (bars(a), bars(b));
    for (i, label) in cs::RIASEC.iter().enumerate() {
        out.push(Row::Bars(
            (*label).to_string(),
            ia.get(i).cloned(),
            ib.get(i).cloned(),
        ));
    }
    out.push(Row::Note(s::SOURCES_NOTE.to_string()));
    out
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, width.max(4))
        .into_iter()
        .map(|c| c.into_owned())
        .collect()
}

fn bar_cell(bar: Option<&Bar>, width: usize) -> String {
    match bar {
        None => cs::UNKNOWN.to_string(),
        Some(b) => {
            let room = width.saturating_sub(cols(&b.shown) + 1).clamp(1, 12);
            let n = b.cells(room);
            format!("{}{} {}", "█".repeat(n), "░".repeat(room - n), b.shown)
        }
    }
}

impl Compare {
    pub fn new(a: Career, b: Career) -> Compare {
        Compare {
            a,
            b,
            scroll: Scroll::default(),
        }
    }

    /// Returns true when the view should close.
    pub fn update(&mut self, action: &Action) -> bool {
        if self.scroll.update(action) {
            return false;
        }
        matches!(action, Action::Back | Action::FocusLeft)
    }

    /// The lines of the comparison for an inner width.
    fn lines(&self, width: usize, theme: &Theme) -> Vec<Line<'static>> {
        let label_w = (width * 3 / 10).clamp(8, 24);
        let col = width.saturating_sub(label_w + 2) / 2;
        let col = col.max(4);
        let mut out = Vec::new();
        let head = |a: &str, b: &str| {
            Line::from(vec![
                Span::raw(" ".repeat(label_w + 1)),
                Span::styled(cell(a, col), theme.heading),
                Span::raw(" "),
                Span::styled(
                    fit(b, width.saturating_sub(label_w + col + 2)),
                    theme.heading,
                ),
            ])
        };
        out.push(head(&self.a.entry.title, &self.b.entry.title));
        for row in rows(&self.a, &self.b) {
            match row {
                Row::Heading(h) => {
                    out.push(Line::raw(""));
                    out.push(Line::styled(h.to_string(), theme.heading));
                }
                Row::Pair(label, x, y) => {
                    let l = wrap(label, label_w);
                    let xa = wrap(&x, col.saturating_sub(1));
                    let ya = wrap(&y, col.saturating_sub(1));
                    let n = l.len().max(xa.len()).max(ya.len());
                    for i in 0..n {
                        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
                        out.push(Line::from(vec![
                            Span::styled(pad(&get(&l), label_w) + " ", theme.key),
                            Span::raw(pad(&get(&xa), col)),
                            Span::raw(" "),
                            Span::raw(get(&ya)),
                        ]));
                    }
                }
                Row::Bars(label, x, y) => {
                    out.push(Line::from(vec![
                        Span::styled(pad(&label, label_w) + " ", theme.key),
                        Span::raw(pad(&bar_cell(x.as_ref(), col - 1), col)),
                        Span::raw(" "),
                        Span::raw(bar_cell(y.as_ref(), col - 1)),
                    ]));
                }
                Row::Note(n) => {
                    out.push(Line::raw(""));
                    out.extend(
                        wrap(&n, width)
                            .into_iter()
                            .map(|l| Line::styled(l, theme.dim)),
                    );
                }
            }
        }
        out
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(s::TITLE, true, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let lines = self.lines(usize::from(inner.width), theme);
        self.scroll.render(f, inner, Some(area), lines, theme);
    }
}
