//! The starting list of questions for a new plan: from the kind of career the person works
//! in, the student's shortlist and their strongest interest areas, at the student's grade.

use std::collections::HashSet;

use super::assessment::Area;
use super::career::Field;
use super::interview::{Category, GradeBand, Question, Role};

/// What the suggestions are for.
#[derive(Debug, Clone, Default)]
pub struct SuggestFor {
    /// The kind of career of the person the student will meet, if known.
    pub field: Option<Field>,
    /// The student's shortlist, top first: id, title and kind of career.
    pub shortlist: Vec<(String, String, Field)>,
    /// The career the plan is about, left out of the shortlist question.
    pub career_id: Option<String>,
    /// The student's strongest interest areas, strongest first (may be empty).
    pub top_areas: Vec<Area>,
    pub grade: u8,
    /// Words the question that links to another career on the shortlist, from its title
    /// (`strings` has the wording); without it there is no such question.
    pub linking: Option<fn(&str) -> String>,
}

/// One suggested question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggested {
    /// The bank id, or `shortlist:<career id>` for the question written from the shortlist.
    pub source: Option<String>,
    pub text: String,
    pub opener: bool,
    pub category: Category,
}

impl Suggested {
    fn from_bank(q: &Question) -> Suggested {
        Suggested {
            source: Some(q.id.clone()),
            text: q.text.clone(),
            opener: q.role == Role::Opener,
            category: q.category,
        }
    }
}

/// The start of the source of a question written from the shortlist.
pub const SHORTLIST_SOURCE: &str = "shortlist:";

/// How many questions come from the career's own kind, when the bank has them.
const FIELD_QUESTIONS: usize = 4;

/// The general categories used to fill the list, most useful first.
const FILL: [Category; 8] = [
    Category::TypicalDay,
    Category::HardestBest,
    Category::Training,
    Category::Teamwork,
    Category::Misconceptions,
    Category::LifeOutsideWork,
    Category::Future,
    Category::ChoosingSpecialty,
];

/// The student's strongest interest areas (liked, 3.5 or more on the 1-5 scale), strongest
/// first, at most two.
pub fn top_areas(profile: &super::assessment::Profile) -> Vec<Area> {
    let mut v: Vec<(Area, f32)> = profile
        .interests
        .iter()
        .filter(|(_, m)| **m >= 3.5)
        .map(|(a, m)| (*a, *m))
        .collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1));
    v.into_iter().take(2).map(|(a, _)| a).collect()
}

fn suits_grade(q: &Question, grade: u8) -> bool {
    match q.grades {
        GradeBand::Any => true,
        GradeBand::MiddleSchool => grade <= 8,
        GradeBand::HighSchool => grade >= 9,
    }
}

/// Higher is better: questions on the student's strongest areas, then ones written for
/// their grade band.
fn score(q: &Question, want: &SuggestFor) -> i32 {
    let mut sc = 0;
    for (rank, a) in want.top_areas.iter().take(2).enumerate() {
        if q.areas.contains(a) {
            sc += 4 - 2 * rank as i32;
        }
    }
    if q.grades != GradeBand::Any {
        sc += 1;
    }
    sc
}

/// The best question among `pool` (bank order breaks ties).
fn best<'a>(pool: impl Iterator<Item = &'a Question>, want: &SuggestFor) -> Option<&'a Question> {
    let mut top: Option<(&Question, i32)> = None;
    for q in pool {
        let sc = score(q, want);
        if top.is_none_or(|(_, t)| sc > t) {
            top = Some((q, sc));
        }
    }
    top.map(|(q, _)| q)
}

/// The suggested list: between [`super::plan::SUGGEST_MIN`] and
/// [`super::plan::SUGGEST_MAX`] questions when the bank has enough, none twice, in the
/// order a conversation usually takes, starting with an opener.
pub fn suggest(bank: &[Question], want: &SuggestFor) -> Vec<Suggested> {
    let target = super::plan::SUGGEST_TARGET;
    let pool: Vec<&Question> = bank.iter().filter(|q| suits_grade(q, want.grade)).collect();
    let general = |q: &&Question| q.fields.is_empty();
    let mut taken: HashSet<&str> = HashSet::new();
    let mut texts: HashSet<String> = HashSet::new();
    let mut out: Vec<Suggested> = Vec::new();
    fn push<'q>(
        q: &'q Question,
        out: &mut Vec<Suggested>,
        taken: &mut HashSet<&'q str>,
        texts: &mut HashSet<String>,
    ) {
        if texts.insert(q.text.to_lowercase()) {
            out.push(Suggested::from_bank(q));
        }
        taken.insert(q.id.as_str());
    }
    // With no career given, the top of the shortlist stands in for it.
    let (field, main) = match (want.field, &want.career_id) {
        (Some(f), c) => (Some(f), c.clone()),
        (None, Some(c)) => (None, Some(c.clone())),
        (None, None) => match want.shortlist.first() {
            Some((id, _, f)) => (Some(*f), Some(id.clone())),
            None => (None, None),
        },
    };

    // 1. A general opening question about their path or their day.
    if let Some(q) = best(
        pool.iter().copied().filter(general).filter(|q| {
            q.role == Role::Opener && matches!(q.category, Category::Path | Category::TypicalDay)
        }),
        want,
    ) {
        push(q, &mut out, &mut taken, &mut texts);
    }

    // 2. Questions for this kind of career, each from a different category where possible.
    if let Some(f) = field {
        let mut cats: HashSet<Category> = HashSet::new();
        for pass in 0..2 {
            while out.len() < 1 + FIELD_QUESTIONS {
                let q = best(
                    pool.iter().copied().filter(|q| {
                        q.fields.contains(&f)
                            && !taken.contains(q.id.as_str())
                            && (pass == 1 || !cats.contains(&q.category))
                    }),
                    want,
                );
                let Some(q) = q else { break };
                cats.insert(q.category);
                push(q, &mut out, &mut taken, &mut texts);
            }
        }
    }

    // 3. One question that links to another career on the student's shortlist.
    let other = want
        .shortlist
        .iter()
        .find(|(id, _, _)| Some(id) != main.as_ref());
    if let (Some((id, title, _)), Some(linking)) = (other, want.linking) {
        let text = linking(title);
        if texts.insert(text.to_lowercase()) {
            out.push(Suggested {
                source: Some(format!("{SHORTLIST_SOURCE}{id}")),
                text,
                opener: false,
                category: Category::ChoosingSpecialty,
            });
        }
    }

    // 4. General questions from categories not yet covered, then an advice question last.
    let covered = |out: &[Suggested], c: Category| out.iter().any(|s| s.category == c);
    for pass in 0..2 {
        for c in FILL {
            if out.len() + 1 >= target {
                break;
            }
            if pass == 0 && covered(&out, c) {
                continue;
            }
            if let Some(q) = best(
                pool.iter()
                    .copied()
                    .filter(general)
                    .filter(|q| q.category == c && !taken.contains(q.id.as_str())),
                want,
            ) {
                push(q, &mut out, &mut taken, &mut texts);
            }
        }
    }
    if let Some(q) = best(
        pool.iter()
            .copied()
            .filter(general)
            .filter(|q| q.category == Category::Advice && !taken.contains(q.id.as_str())),
        want,
    ) {
        push(q, &mut out, &mut taken, &mut texts);
    }

    // In conversation order, keeping the first opener first.
    let first = out.first().cloned();
    let mut rest: Vec<Suggested> = out.into_iter().skip(1).collect();
    rest.sort_by_key(|s| {
        (
            Category::ALL
                .iter()
                .position(|c| *c == s.category)
                .unwrap_or(Category::ALL.len()),
            !s.opener,
        )
    });
    first
        .into_iter()
        .chain(rest)
        .take(super::plan::SUGGEST_MAX)
        .collect()
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
