//! Matching a student's profile against the catalog, with the answers that drove each match.
//! Pure; the method is explained to students in `strings::results::HOW_MATCHING_WORKS`, so
//! keep the two in step.
//!
//! - **Interests:** the Pearson correlation between the student's six area means and the
//!   career's O*NET interest profile (shape, not level, as interest-fit research compares
//!   them), turned into 0-100 by `(r + 1) / 2`.
//! - **Work style:** for each dimension the student answered, how close their position (0-1)
//!   is to the career's rating (1-5 mapped to 0-1); dimensions they feel strongly about count
//!   up to twice as much as ones they were unsure about. 0-100.
//! - **Fit:** the mean of the two (or the one that exists), 0-100, with a band; the band is
//!   `Unreliable` for straight-lined answers (the same-answer flag).
//! - **Reasons:** see `Matcher::candidates` and `Matcher::next`.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::assessment::{
    Answers, Area, Direction, Flag, Item, Limit, Profile, liking, max_years, score,
};
use super::career::{CareerSummary, Dimension};
use super::subject::Subject;

/// A fit score's band, in words a student can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Strong,
    Good,
    Fair,
    Weak,
    /// The answers were (nearly) all the same, so the fit says little whatever its number.
    Unreliable,
}

impl Band {
    pub const STRONG: u8 = 75;
    pub const GOOD: u8 = 62;
    pub const FAIR: u8 = 50;

    pub fn of(fit: u8) -> Band {
        match fit {
            f if f >= Band::STRONG => Band::Strong,
            f if f >= Band::GOOD => Band::Good,
            f if f >= Band::FAIR => Band::Fair,
            _ => Band::Weak,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Strong => "strong",
            Band::Good => "good",
            Band::Fair => "fair",
            Band::Weak => "weak",
            Band::Unreliable => "unreliable",
        }
    }
}

/// What side of the career an answer lined up with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Driver {
    /// An interest area that is among the career's strongest (`high`) or weakest.
    Interest { area: Area, high: bool },
    /// A work-style dimension the career has a lot of (`high`) or little of.
    WorkStyle { dimension: Dimension, high: bool },
    /// A subject the student picked that the career works with; `main` when it is the
    /// career's first (most central) subject.
    Subject { subject: Subject, main: bool },
}

/// A limit the student stated that the career's road goes past.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LimitNote {
    /// The road takes at least `min_years` after high school; the student said up to
    /// `max_years`. `far` when it is far past: the career then goes below every career within
    /// the limit.
    Longer {
        min_years: f32,
        max_years: f32,
        far: bool,
    },
    /// The road has more years of school than the student said they were ready to pay for.
    /// It does not move the career: many people get help paying (see "Paying for it").
    Costlier,
}

/// One answer that drove a match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub item_id: String,
    /// The item in a few words ("making fast decisions when every minute counts").
    pub gist: String,
    /// True when the student liked the statement, false when they disliked it.
    pub liked: bool,
    pub driver: Driver,
    /// How strongly the answer and the career agree, 0-1.
    pub weight: f32,
    /// The career's title, for reasons that name it ("a big part of the work of a
    /// veterinarian").
    #[serde(default, skip_serializing)]
    pub career: String,
}

/// One career's fit for a student.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub career_id: String,
    /// 0-100.
    pub fit: u8,
    pub band: Band,
    /// 0-100; None when the career has no O*NET interest profile or the student's interests
    /// are flat (the same in every area).
    pub interest_fit: Option<u8>,
    /// Why `interest_fit` is None, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interest_gap: Option<InterestGap>,
    /// 0-100; None when no work-style item was answered.
    pub workstyle_fit: Option<u8>,
    /// 0-100; None when the student picked no subject (or took the assessment before the
    /// subject part existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_fit: Option<u8>,
    /// The student's limits that the career's road goes past.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<LimitNote>,
    /// The two or three answers that drove the match most, strongest first.
    pub reasons: Vec<Reason>,
    /// The unrounded fit, to order ties.
    #[serde(skip)]
    exact: f32,
}

impl Match {
    /// True when the road is far longer than the student said they were ready for.
    pub fn far_past_limit(&self) -> bool {
        self.limits
            .iter()
            .any(|l| matches!(l, LimitNote::Longer { far: true, .. }))
    }
}

/// Why a match has no interest fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InterestGap {
    /// O*NET has no interest profile for the career's code.
    NoCareerProfile,
    /// The student's interest answers are the same in every area (or some area was skipped
    /// entirely), so there is no shape to compare.
    FlatStudent,
}

/// Reasons with less agreement than this are not worth naming.
const MIN_REASON_WEIGHT: f32 = 0.2;
/// How many reasons a match names at most.
pub const MAX_REASONS: usize = 3;
/// How many careers down the list take turns at the unused reasons (see `Matcher::rank`).
const REASON_GROUP: usize = 5;

/// Pearson's correlation of two profiles; None when either is flat.
pub fn pearson(a: &[f32; 6], b: &[f32; 6]) -> Option<f32> {
    let n = a.len() as f32;
    let ma = a.iter().sum::<f32>() / n;
    let mb = b.iter().sum::<f32>() / n;
    let (mut cov, mut va, mut vb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        cov += (x - ma) * (y - mb);
        va += (x - ma) * (x - ma);
        vb += (y - mb) * (y - mb);
    }
    if va < 1e-6 || vb < 1e-6 {
        return None;
    }
    Some((cov / (va * vb).sqrt()).clamp(-1.0, 1.0))
}

/// A career's 1-5 rating as a position from 0 to 1.
fn rating_position(r: u8) -> f32 {
    (f32::from(r.clamp(1, 5)) - 1.0) / 4.0
}

/// Each area's distance from the career's own mean, in standard deviations, clamped to ±1.5
/// and scaled to ±1: how much the area stands out for that career.
fn standout(c: &[f32; 6]) -> [f32; 6] {
    let mean = c.iter().sum::<f32>() / 6.0;
    let sd = (c.iter().map(|x| (x - mean) * (x - mean)).sum::<f32>() / 6.0).sqrt();
    let mut out = [0.0; 6];
    if sd < 1e-6 {
        return out;
    }
    for (o, x) in out.iter_mut().zip(c) {
        *o = ((x - mean) / sd).clamp(-1.5, 1.5) / 1.5;
    }
    out
}

/// The answered items, with what matching needs from them.
struct Answered<'a> {
    item: &'a Item,
    liking: f32,
}

/// Matches one student against careers. Build once per profile, then ask for each career.
pub struct Matcher<'a> {
    profile: &'a Profile,
    interests: Option<[f32; 6]>,
    answered: Vec<Answered<'a>>,
    /// The answers are straight-lined (the same-answer flag): every band is `Unreliable`.
    unreliable: bool,
    /// The most years of training the student is ready for; None for no limit.
    max_years: Option<f32>,
    /// The student's cost answer (1-4) when it is a limit; None for "cost will not decide".
    max_cost: Option<u8>,
}

/// A picked subject that is the career's main one scores this much; another of its subjects
/// a little less; a career with none of the picked subjects, little.
const SUBJECT_MAIN: f32 = 1.0;
const SUBJECT_OTHER: f32 = 0.85;
const SUBJECT_NONE: f32 = 0.3;
/// Each further picked subject the career works with adds this much (to at most 1).
const SUBJECT_MORE: f32 = 0.1;
/// A road a little longer than the student's limit keeps this share of its fit.
const A_LITTLE_LONGER: f32 = 0.9;

/// How costly a road is, 1-4, from its years of school (steps that are not paid residency
/// years): 1 about a year or less, 2 up to about two and a half (community college), 3 up to
/// about four and a half (college), 4 more. Compared with the student's cost answer.
pub fn cost_level(school_years: f32) -> u8 {
    match school_years {
        y if y <= 1.0 => 1,
        y if y <= 2.5 => 2,
        y if y <= 4.5 => 3,
        _ => 4,
    }
}

/// The fewest years after high school a career's road takes (the known steps when a length
/// is unknown).
pub fn min_years(c: &CareerSummary) -> f32 {
    c.total_years.map_or(c.known_years.min, |t| t.min)
}

impl<'a> Matcher<'a> {
    pub fn new(items: &'a [Item], answers: &Answers, profile: &'a Profile) -> Matcher<'a> {
        let answered = items
            .iter()
            .filter_map(|item| {
                let v = answers.get(&item.id).copied().flatten()?;
                Some(Answered {
                    item,
                    liking: liking(v),
                })
            })
            .filter(|a| a.liking != 0.0)
            .collect();
        Matcher {
            profile,
            interests: profile.interest_vector(),
            answered,
            unreliable: score(items, answers)
                .quality
                .flags
                .contains(&Flag::SameAnswer),
            max_years: profile
                .limits
                .get(&Limit::Years)
                .and_then(|&v| max_years(v)),
            max_cost: profile.limits.get(&Limit::Cost).copied().filter(|&v| v < 5),
        }
    }

    /// Subject fit, 0-1: None when the student picked no subject.
    fn subject_fit(&self, c: &CareerSummary) -> Option<f32> {
        let picked = &self.profile.subjects;
        if picked.is_empty() {
            return None;
        }
        let shared = c.subjects.iter().filter(|s| picked.contains(s)).count();
        let base = match c.subjects.first() {
            Some(first) if picked.contains(first) => SUBJECT_MAIN,
            _ if shared > 0 => SUBJECT_OTHER,
            _ => SUBJECT_NONE,
        };
        let more = shared.saturating_sub(1) as f32 * SUBJECT_MORE;
        Some((base + more).min(1.0))
    }

    /// The student's limits this career's road goes past.
    fn limit_notes(&self, c: &CareerSummary) -> Vec<LimitNote> {
        let mut out = Vec::new();
        let min = min_years(c);
        if let Some(max) = self.max_years
            && min > max + 0.01
        {
            out.push(LimitNote::Longer {
                min_years: min,
                max_years: max,
                far: min > max * 1.5 + 1.0,
            });
        }
        if let Some(cost) = self.max_cost
            && cost_level(c.school_years) > cost
        {
            out.push(LimitNote::Costlier);
        }
        out
    }

    /// Interest fit, 0-1.
    fn interest_fit(&self, c: &CareerSummary) -> Option<f32> {
        let r = pearson(&self.interests?, c.interests.as_ref()?)?;
        Some((r + 1.0) / 2.0)
    }

    /// Work-style fit, 0-1: weighted closeness over the dimensions the student answered.
    fn workstyle_fit(&self, c: &CareerSummary) -> Option<f32> {
        let (mut sum, mut weights) = (0.0, 0.0);
        for (d, &p) in &self.profile.workstyle {
            let Some(&r) = c.workstyle.get(d) else {
                continue;
            };
            let w = 1.0 + (p - 0.5).abs() * 2.0;
            sum += w * (1.0 - (p - rating_position(r)).abs());
            weights += w;
        }
        (weights > 0.0).then(|| sum / weights)
    }

    /// Every answer that agrees enough with the career to explain it, best first: what the
    /// student liked (by weight), then what they disliked (by weight).
    ///
    /// - An interest item explains a career only when its area is among the career's two
    ///   strongest and the career has the sides of work the item names (`work_high`,
    ///   `work_low`): liking "cells under a microscope" says nothing about a psychiatrist.
    /// - Disliking an interest item is never a reason: "you disliked acting in a play" does not
    ///   say why a sonographer came up.
    /// - A side of work about patients (how long, what age, one at a time) is never a reason for
    ///   a job that is mostly behind the scenes.
    fn candidates(&self, c: &CareerSummary) -> Vec<Candidate> {
        let stand = c.interests.as_ref().map(standout);
        let top2 = c.interests.as_ref().map(top_two);
        let behind = c
            .workstyle
            .get(&Dimension::PatientContact)
            .is_some_and(|&r| r <= 2);
        let mut all: Vec<Candidate> = Vec::new();
        for (n, a) in self.answered.iter().enumerate() {
            let item = a.item;
            let liked = a.liking > 0.0;
            let (weight, driver) = if let Some(subject) = item.subject {
                let Some(at) = c.subjects.iter().position(|x| *x == subject) else {
                    continue;
                };
                if !liked || a.liking < 0.5 {
                    continue;
                }
                // Above every other reason (their weights are at most 1): what the student
                // picked leads.
                let main = at == 0;
                (
                    if main { 1.2 } else { 1.1 },
                    Driver::Subject { subject, main },
                )
            } else if let Some(area) = item.area {
                let (Some(st), Some(top2)) = (stand, top2) else {
                    continue;
                };
                let i = Area::ALL.iter().position(|x| *x == area).unwrap_or(0);
                if !liked || !top2.contains(&i) || !work_fits(item, c) {
                    continue;
                }
                (
                    a.liking * st[i],
                    Driver::Interest {
                        area,
                        high: st[i] > 0.0,
                    },
                )
            } else if let (Some(d), Some(dir)) = (item.dimension, item.direction) {
                let Some(&r) = c.workstyle.get(&d) else {
                    continue;
                };
                let wants_more = match dir {
                    Direction::Toward => a.liking,
                    Direction::Away => -a.liking,
                };
                let has = rating_position(r) * 2.0 - 1.0;
                (
                    wants_more * has,
                    Driver::WorkStyle {
                        dimension: d,
                        high: has > 0.0,
                    },
                )
            } else {
                continue;
            };
            // Children or adults is about human patients: it never explains an animal career.
            let animals = c.subjects.first() == Some(&Subject::Animals)
                && matches!(
                    driver,
                    Driver::WorkStyle {
                        dimension: Dimension::Children,
                        ..
                    }
                );
            if weight < MIN_REASON_WEIGHT || (behind && needs_patients(&driver)) || animals {
                continue;
            }
            all.push(Candidate {
                weight,
                n,
                driver,
                liked,
            });
        }
        // Liked first, strongest first; ties keep the item order, so results are stable.
        all.sort_by(|x, y| {
            y.liked
                .cmp(&x.liked)
                .then(y.weight.partial_cmp(&x.weight).unwrap_or(Ordering::Equal))
        });
        all
    }

    /// The next reason to name among `cands`, after `picked`, leaving out the answers in
    /// `used` (named for a career higher in the list). Liked before disliked, and a dislike
    /// only after something liked; one per area or dimension while others remain, so the
    /// reasons say different things; never two that contradict each other.
    fn next<'c>(
        cands: &'c [Candidate],
        picked: &[&Candidate],
        used: &HashSet<usize>,
    ) -> Option<&'c Candidate> {
        if picked.len() >= MAX_REASONS {
            return None;
        }
        let fits = |r: &Candidate, one_per_driver: bool| {
            // A subject reason names the career, so it says something new for each one.
            (!used.contains(&r.n) || matches!(r.driver, Driver::Subject { .. }))
                && picked.iter().all(|p| {
                    p.n != r.n
                        && !contradicts(&p.driver, &r.driver)
                        && !(one_per_driver && same_driver(&p.driver, &r.driver))
                })
        };
        let any_liked = picked.iter().any(|p| p.liked);
        for liked in [true, false] {
            if !liked && !any_liked {
                break;
            }
            for one_per_driver in [true, false] {
                let found = cands
                    .iter()
                    .find(|r| r.liked == liked && fits(r, one_per_driver));
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    /// The named reasons, liked first, strongest first.
    fn reasons_of(&self, c: &CareerSummary, mut picked: Vec<&Candidate>) -> Vec<Reason> {
        picked.sort_by(|x, y| {
            y.liked
                .cmp(&x.liked)
                .then(y.weight.partial_cmp(&x.weight).unwrap_or(Ordering::Equal))
        });
        picked
            .into_iter()
            .map(|r| {
                let a = &self.answered[r.n];
                Reason {
                    item_id: a.item.id.clone(),
                    gist: a.item.gist.clone(),
                    liked: r.liked,
                    driver: r.driver,
                    weight: r.weight,
                    career: c.title.clone(),
                }
            })
            .collect()
    }

    /// The fit of one career, with no reasons yet.
    fn score(&self, c: &CareerSummary) -> Match {
        let i = self.interest_fit(c);
        let w = self.workstyle_fit(c);
        let sub = self.subject_fit(c);
        let parts: Vec<f32> = [i, w, sub].into_iter().flatten().collect();
        let mut exact = if parts.is_empty() {
            0.0
        } else {
            parts.iter().sum::<f32>() / parts.len() as f32
        };
        let limits = self.limit_notes(c);
        if limits
            .iter()
            .any(|l| matches!(l, LimitNote::Longer { far: false, .. }))
        {
            exact *= A_LITTLE_LONGER;
        }
        let pct = |x: f32| (x * 100.0).round().clamp(0.0, 100.0) as u8;
        let interest_gap = match (i, &self.interests, &c.interests) {
            (Some(_), _, _) => None,
            (None, _, None) => Some(InterestGap::NoCareerProfile),
            (None, _, Some(_)) => Some(InterestGap::FlatStudent),
        };
        let fit = pct(exact);
        Match {
            career_id: c.id.clone(),
            fit,
            band: if self.unreliable {
                Band::Unreliable
            } else {
                Band::of(fit)
            },
            interest_fit: i.map(pct),
            interest_gap,
            workstyle_fit: w.map(pct),
            subject_fit: sub.map(pct),
            limits,
            reasons: Vec::new(),
            exact,
        }
    }

    /// The fit of one career, with its reasons.
    pub fn fit(&self, c: &CareerSummary) -> Match {
        let mut m = self.score(c);
        let cands = self.candidates(c);
        let mut picked = Vec::new();
        while let Some(r) = Self::next(&cands, &picked, &HashSet::new()) {
            picked.push(r);
        }
        m.reasons = self.reasons_of(c, picked);
        m
    }

    /// Every career, best fit first (ties by title). Down the list, a reason already named
    /// for a career higher up is not named again. Reasons are handed out in turns within each
    /// group of `REASON_GROUP` careers (each career's best, then each one's second ...), so
    /// that a career does not go without a reason because the one above took three.
    pub fn rank(&self, careers: &[CareerSummary]) -> Vec<Match> {
        let mut out: Vec<(Match, &CareerSummary)> =
            careers.iter().map(|c| (self.score(c), c)).collect();
        out.sort_by(|(a, ca), (b, cb)| {
            a.far_past_limit()
                .cmp(&b.far_past_limit())
                .then(b.exact.partial_cmp(&a.exact).unwrap_or(Ordering::Equal))
                .then_with(|| ca.title.cmp(&cb.title))
        });
        let mut used = HashSet::new();
        let mut ranked = Vec::with_capacity(out.len());
        for group in out.chunks(REASON_GROUP) {
            let cands: Vec<Vec<Candidate>> =
                group.iter().map(|(_, c)| self.candidates(c)).collect();
            let mut picked: Vec<Vec<&Candidate>> = vec![Vec::new(); group.len()];
            for _ in 0..MAX_REASONS {
                for (cs, p) in cands.iter().zip(picked.iter_mut()) {
                    if let Some(r) = Self::next(cs, p, &used) {
                        used.insert(r.n);
                        p.push(r);
                    }
                }
            }
            for ((m, c), p) in group.iter().zip(picked) {
                let mut m = m.clone();
                m.reasons = self.reasons_of(c, p);
                ranked.push(m);
            }
        }
        ranked
    }
}

/// An answer that could explain a career.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    weight: f32,
    /// Index into `Matcher::answered`.
    n: usize,
    driver: Driver,
    liked: bool,
}

/// The indexes of a career's two strongest interest areas.
fn top_two(c: &[f32; 6]) -> [usize; 2] {
    let mut idx = [0, 1, 2, 3, 4, 5];
    idx.sort_by(|&a, &b| c[b].partial_cmp(&c[a]).unwrap_or(Ordering::Equal));
    [idx[0], idx[1]]
}

/// True when the career has the sides of work an interest item names.
fn work_fits(item: &Item, c: &CareerSummary) -> bool {
    let rated = |d: &Dimension| c.workstyle.get(d).copied().unwrap_or(3);
    item.work_high.iter().all(|d| rated(d) >= 3) && item.work_low.iter().all(|d| rated(d) <= 3)
}

fn same_driver(a: &Driver, b: &Driver) -> bool {
    match (*a, *b) {
        (Driver::Interest { area: x, .. }, Driver::Interest { area: y, .. }) => x == y,
        (Driver::WorkStyle { dimension: x, .. }, Driver::WorkStyle { dimension: y, .. }) => x == y,
        (Driver::Subject { .. }, Driver::Subject { .. }) => true,
        _ => false,
    }
}

/// True when a reason only makes sense for a job that sees patients: how long it sees them,
/// whether they are children or adults, one patient at a time, people skills over machines.
pub fn needs_patients(d: &Driver) -> bool {
    use Dimension as D;
    matches!(
        *d,
        Driver::WorkStyle {
            dimension: D::Continuity | D::Children,
            ..
        } | Driver::WorkStyle {
            dimension: D::Communities | D::Technology,
            high: false,
        }
    )
}

/// True when two reasons cannot both be true of one job: "mostly behind the scenes" next to
/// anything about its patients, or the two ends of one side of work.
pub fn contradicts(a: &Driver, b: &Driver) -> bool {
    let behind = |d: &Driver| {
        matches!(
            *d,
            Driver::WorkStyle {
                dimension: Dimension::PatientContact,
                high: false
            }
        )
    };
    let opposite = match (*a, *b) {
        (
            Driver::WorkStyle {
                dimension: x,
                high: hx,
            },
            Driver::WorkStyle {
                dimension: y,
                high: hy,
            },
        ) => x == y && hx != hy,
        (Driver::Interest { area: x, high: hx }, Driver::Interest { area: y, high: hy }) => {
            x == y && hx != hy
        }
        _ => false,
    };
    opposite || (behind(a) && needs_patients(b)) || (behind(b) && needs_patients(a))
}

/// How many pairs of `drivers` contradict each other.
pub fn contradictions(drivers: &[Driver]) -> usize {
    let mut n = 0;
    for (i, a) in drivers.iter().enumerate() {
        n += drivers[i + 1..]
            .iter()
            .filter(|b| contradicts(a, b))
            .count();
    }
    n
}

/// How a career's place changed between two rankings (1 is the top).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub career_id: String,
    pub now: usize,
    /// None when the career was not in the earlier ranking (new to the catalog).
    pub before: Option<usize>,
}

impl Movement {
    /// Places gained (positive) or lost (negative).
    pub fn change(&self) -> i64 {
        self.before.map_or(0, |b| b as i64 - self.now as i64)
    }
}

/// Each career in `latest` order, with its place in `previous`.
pub fn movements(latest: &[Match], previous: &[Match]) -> Vec<Movement> {
    let before: HashMap<&str, usize> = previous
        .iter()
        .enumerate()
        .map(|(i, m)| (m.career_id.as_str(), i + 1))
        .collect();
    latest
        .iter()
        .enumerate()
        .map(|(i, m)| Movement {
            career_id: m.career_id.clone(),
            now: i + 1,
            before: before.get(m.career_id.as_str()).copied(),
        })
        .collect()
}

/// The careers that moved up most and down most (at most `n` each), biggest moves first.
pub fn biggest_moves(moves: &[Movement], n: usize) -> (Vec<&Movement>, Vec<&Movement>) {
    let mut up: Vec<&Movement> = moves.iter().filter(|m| m.change() > 0).collect();
    up.sort_by_key(|m| (-m.change(), m.now));
    up.truncate(n);
    let mut down: Vec<&Movement> = moves.iter().filter(|m| m.change() < 0).collect();
    down.sort_by_key(|m| (m.change(), m.now));
    down.truncate(n);
    (up, down)
}

/// Per area or dimension, the change from `previous` to `latest` (latest minus previous).
pub fn profile_changes(latest: &Profile, previous: &Profile) -> ProfileChanges {
    fn diff<K: Ord + Copy>(a: &BTreeMap<K, f32>, b: &BTreeMap<K, f32>) -> Vec<(K, f32)> {
        a.iter()
            .filter_map(|(k, x)| b.get(k).map(|y| (*k, x - y)))
            .collect()
    }
    ProfileChanges {
        interests: diff(&latest.interests, &previous.interests),
        workstyle: diff(&latest.workstyle, &previous.workstyle),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileChanges {
    /// Change in the 1-5 area means.
    pub interests: Vec<(Area, f32)>,
    /// Change in the 0-1 dimension positions.
    pub workstyle: Vec<(Dimension, f32)>,
}

#[cfg(test)]
#[path = "matching_tests.rs"]
mod tests;
