//! Self-assessment items, as authored in `data/assessment.toml`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::career::Dimension;
use super::clock::Timestamp;
use super::subject::Subject;

/// Holland's six interest areas (RIASEC), in O*NET's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Realistic,
    Investigative,
    Artistic,
    Social,
    Enterprising,
    Conventional,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::Realistic,
        Area::Investigative,
        Area::Artistic,
        Area::Social,
        Area::Enterprising,
        Area::Conventional,
    ];

    pub fn letter(self) -> char {
        match self {
            Area::Realistic => 'R',
            Area::Investigative => 'I',
            Area::Artistic => 'A',
            Area::Social => 'S',
            Area::Enterprising => 'E',
            Area::Conventional => 'C',
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Interests,
    WorkStyle,
    /// One item per subject: picked (answered 4 or 5) or not.
    Subjects,
    /// How long and how costly a road the student is ready for: one of five `options`.
    Limits,
}

impl Part {
    /// The parts that measure interests and work style (the quality checks look only at them).
    pub fn is_rated(self) -> bool {
        matches!(self, Part::Interests | Part::WorkStyle)
    }
}

/// What a limit item asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Limit {
    /// Years of training after high school.
    Years,
    /// How much the road may cost the student.
    Cost,
}

/// The answer to the years item (1-5) as the most years of training after high school the
/// student is ready for; None for "as long as it takes".
pub fn max_years(answer: u8) -> Option<f32> {
    match answer {
        1 => Some(1.0),
        2 => Some(2.0),
        3 => Some(4.0),
        4 => Some(8.0),
        _ => None,
    }
}

/// Whether agreeing with an item moves the student toward the high or the low end of its
/// dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Toward,
    Away,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub part: Part,
    /// Set for interest items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
    /// Set for work-style items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimension>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    pub text: String,
    /// The item in a few words, completing "You liked ..." on the results screen.
    pub gist: String,
    /// Interest items only: sides of work the activity belongs to. The item explains a career
    /// only when the career has each of them (rated 3 or more of 5) ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub work_high: Vec<Dimension>,
    /// ... and little of each of these (rated 3 or less of 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub work_low: Vec<Dimension>,
    /// Subject items only: the subject picked by answering 4 or 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// Limit items only: what the item asks ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
    /// ... and the five answers, for 1 to 5.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

/// True when `answers` include the subject or limit part (results from before it existed do
/// not).
pub fn has_care_part(items: &[Item], answers: &Answers) -> bool {
    items
        .iter()
        .any(|i| !i.part.is_rated() && answers.contains_key(&i.id))
}

/// The answers to the rated parts only, and the position of the first item of the subject part:
/// what a student carries into a new run to add the part to an older result.
pub fn carry_over(items: &[Item], answers: &Answers) -> (Answers, usize) {
    let kept = items
        .iter()
        .filter(|i| i.part.is_rated())
        .filter_map(|i| answers.get(&i.id).map(|v| (i.id.clone(), *v)))
        .collect();
    let at = items
        .iter()
        .position(|i| !i.part.is_rated())
        .unwrap_or(items.len());
    (kept, at)
}

/// The index of the first subject item and of the item after the last one.
pub fn subject_block(items: &[Item]) -> Option<(usize, usize)> {
    let start = items.iter().position(|i| i.part == Part::Subjects)?;
    let len = items[start..]
        .iter()
        .take_while(|i| i.part == Part::Subjects)
        .count();
    Some((start, start + len))
}

/// The question number (1-based) of the item at `pos`, as a student counts them: the subject
/// checklist (`block`, from [`subject_block`]) is one question.
pub fn question_no(block: Option<(usize, usize)>, pos: usize) -> usize {
    match block {
        Some((a, b)) if pos >= b => pos - (b - a) + 2,
        Some((a, _)) if pos >= a => a + 1,
        _ => pos + 1,
    }
}

/// `pos`, or the first subject item when `pos` is inside the checklist (which is shown whole).
pub fn settle(block: Option<(usize, usize)>, pos: usize) -> usize {
    match block {
        Some((a, b)) if (a..b).contains(&pos) => a,
        _ => pos,
    }
}

/// The subjects typed at the plain prompt as numbers ("2 5 11", commas fine), 1-based into
/// `count` subjects; None when something typed is not such a number.
pub fn parse_picks(line: &str, count: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for word in line.split(|c: char| c.is_whitespace() || c == ',') {
        if word.is_empty() {
            continue;
        }
        let n: usize = word.parse().ok()?;
        if n == 0 || n > count {
            return None;
        }
        if !out.contains(&(n - 1)) {
            out.push(n - 1);
        }
    }
    Some(out)
}

/// (questions answered, questions in all), as a student counts them: the subject checklist is
/// one question, answered once any subject on it is.
pub fn progress(items: &[Item], answers: &Answers) -> (usize, usize) {
    let given = |i: &&Item| answers.get(&i.id).copied().flatten().is_some();
    let others = items.iter().filter(|i| i.part != Part::Subjects);
    let answered = others.clone().filter(given).count();
    let mut subjects = items.iter().filter(|i| i.part == Part::Subjects).peekable();
    let has_subjects = subjects.peek().is_some();
    let subjects_done = subjects.any(|i| answers.contains_key(&i.id));
    (
        answered + usize::from(subjects_done),
        others.count() + usize::from(has_subjects),
    )
}

/// The answer at or above which a subject counts as picked.
pub const PICKED: u8 = 4;

/// The five-point scale every item is answered on: 1 strongly dislike ... 5 strongly like.
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 5;
/// The middle of the scale ("not sure").
pub const SCALE_MID: u8 = 3;

/// A student's answers: item id to a value on the scale, or None when the item was skipped.
pub type Answers = BTreeMap<String, Option<u8>>;

/// How much a student likes a statement, from -1 (strongly dislike) to 1 (strongly like).
pub fn liking(value: u8) -> f32 {
    (f32::from(value) - f32::from(SCALE_MID)) / f32::from(SCALE_MID - SCALE_MIN)
}

/// Where a student's answers place them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Mean answer per interest area, on the 1-5 scale; missing when every item of the area
    /// was skipped.
    pub interests: BTreeMap<Area, f32>,
    /// Position on each work-style dimension, 0 (none of it) to 1 (as much as possible);
    /// missing when every item of the dimension was skipped.
    pub workstyle: BTreeMap<Dimension, f32>,
    /// The subjects picked, in item order; empty when none was picked or the subject part
    /// was not taken (results from before it existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<Subject>,
    /// The answers (1-5) to the limit items that were answered.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub limits: BTreeMap<Limit, u8>,
}

impl Profile {
    /// The interest means in RIASEC order, when every area has one.
    pub fn interest_vector(&self) -> Option<[f32; 6]> {
        let mut out = [0.0; 6];
        for (slot, a) in out.iter_mut().zip(Area::ALL) {
            *slot = *self.interests.get(&a)?;
        }
        Some(out)
    }
}

/// Something about the answers a counselor should know before reading much into them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// (Nearly) the same answer to every item.
    SameAnswer,
    /// More than a quarter of the items skipped.
    ManySkips,
}

/// How complete and varied the answers were.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quality {
    pub answered: usize,
    pub skipped: usize,
    pub flags: Vec<Flag>,
}

/// A scored assessment: the profile and the quality checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    pub profile: Profile,
    pub quality: Quality,
}

/// An assessment in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: i64,
    pub started_at: Timestamp,
    /// The item the student is on (0-based).
    pub position: usize,
    pub answers: Answers,
}

/// A finished assessment: its date, answers and score.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    pub id: i64,
    pub started_at: Timestamp,
    pub finished_at: Timestamp,
    pub answers: Answers,
    pub scored: Scored,
}

/// Answering the same value this share of the time (or more) raises the same-answer flag.
const SAME_ANSWER_SHARE: f32 = 0.9;
/// Skipping more than this share of the items raises the many-skips flag.
const MANY_SKIPS_SHARE: f32 = 0.25;

/// Scores `answers` against `items`. Answers to ids that are not items are ignored (an item
/// removed in a later version); values off the scale are ignored too (the store and the answer
/// file reader refuse them first).
pub fn score(items: &[Item], answers: &Answers) -> Scored {
    let mut area_sum: BTreeMap<Area, (f32, u32)> = BTreeMap::new();
    let mut dim_sum: BTreeMap<Dimension, (f32, u32)> = BTreeMap::new();
    let mut counts = [0usize; SCALE_MAX as usize + 1];
    let mut answered = 0;
    let mut subjects = Vec::new();
    let mut limits = BTreeMap::new();
    for item in items {
        if !item.part.is_rated() {
            let v = answers.get(&item.id).copied().flatten();
            match (item.subject, item.limit, v) {
                (Some(sub), _, Some(v)) if (PICKED..=SCALE_MAX).contains(&v) => subjects.push(sub),
                (_, Some(l), Some(v)) if (SCALE_MIN..=SCALE_MAX).contains(&v) => {
                    limits.insert(l, v);
                }
                _ => {}
            }
            continue;
        }
        let Some(v) = answers
            .get(&item.id)
            .copied()
            .flatten()
            .filter(|v| (SCALE_MIN..=SCALE_MAX).contains(v))
        else {
            continue;
        };
        answered += 1;
        counts[usize::from(v)] += 1;
        if let Some(a) = item.area {
            let e = area_sum.entry(a).or_default();
            e.0 += f32::from(v);
            e.1 += 1;
        }
        if let (Some(d), Some(dir)) = (item.dimension, item.direction) {
            // 0 = wants none of the dimension, 1 = wants as much as possible.
            let toward = (liking(v) + 1.0) / 2.0;
            let pos = match dir {
                Direction::Toward => toward,
                Direction::Away => 1.0 - toward,
            };
            let e = dim_sum.entry(d).or_default();
            e.0 += pos;
            e.1 += 1;
        }
    }
    let mean = |(s, n): (f32, u32)| s / n as f32;
    let profile = Profile {
        interests: area_sum.into_iter().map(|(a, x)| (a, mean(x))).collect(),
        workstyle: dim_sum.into_iter().map(|(d, x)| (d, mean(x))).collect(),
        subjects,
        limits,
    };
    let rated = items.iter().filter(|i| i.part.is_rated()).count();
    let skipped = rated - answered;
    let mut flags = Vec::new();
    let most = counts.iter().copied().max().unwrap_or(0);
    if answered >= 5 && most as f32 >= SAME_ANSWER_SHARE * answered as f32 {
        flags.push(Flag::SameAnswer);
    }
    if rated > 0 && skipped as f32 > MANY_SKIPS_SHARE * rated as f32 {
        flags.push(Flag::ManySkips);
    }
    Scored {
        profile,
        quality: Quality {
            answered,
            skipped,
            flags,
        },
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An interest item with placeholder text (also used by the matching tests).
    pub(crate) fn interest(id: &str, area: Area) -> Item {
        Item {
            id: id.into(),
            part: Part::Interests,
            area: Some(area),
            dimension: None,
            direction: None,
            text: format!("text {id}"),
            gist: format!("gist {id}"),
            work_high: vec![],
            work_low: vec![],
            subject: None,
            limit: None,
            options: vec![],
        }
    }

    /// A work-style item with placeholder text.
    pub(crate) fn style(id: &str, d: Dimension, dir: Direction) -> Item {
        Item {
            id: id.into(),
            part: Part::WorkStyle,
            area: None,
            dimension: Some(d),
            direction: Some(dir),
            text: format!("text {id}"),
            gist: format!("gist {id}"),
            work_high: vec![],
            work_low: vec![],
            subject: None,
            limit: None,
            options: vec![],
        }
    }

    pub(crate) fn subject(sub: Subject) -> Item {
        Item {
            part: Part::Subjects,
            area: None,
            subject: Some(sub),
            ..interest(&format!("subj-{}", sub.as_str()), Area::Realistic)
        }
    }

    pub(crate) fn limit(l: Limit) -> Item {
        Item {
            part: Part::Limits,
            area: None,
            limit: Some(l),
            options: (1..=5).map(|n| format!("option {n}")).collect(),
            ..interest(&format!("limit-{l:?}").to_lowercase(), Area::Realistic)
        }
    }

    #[test]
    fn the_checklist_counts_as_one_question() {
        // Items 0-2 rated, 3-6 subjects, 7-8 limits.
        let block = Some((3, 7));
        let numbers: Vec<usize> = (0..9).map(|p| question_no(block, p)).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 4, 4, 4, 5, 6]);
        assert_eq!(
            (settle(block, 5), settle(block, 7), settle(None, 5)),
            (3, 7, 5)
        );
    }

    #[test]
    fn picks_are_numbers_in_range() {
        assert_eq!(parse_picks("2 5, 11", 24), Some(vec![1, 4, 10]));
        assert_eq!(parse_picks("  ", 24), Some(vec![]));
        assert_eq!(parse_picks("3 3", 24), Some(vec![2]));
        assert_eq!(parse_picks("0", 24), None);
        assert_eq!(parse_picks("25", 24), None);
        assert_eq!(parse_picks("two", 24), None);
    }

    #[test]
    fn subjects_and_limits_are_read_but_not_rated() {
        let items = vec![
            interest("s1", Area::Social),
            subject(Subject::Animals),
            subject(Subject::Heart),
            subject(Subject::Teeth),
            limit(Limit::Years),
            limit(Limit::Cost),
        ];
        let a = answers(&[
            ("s1", Some(4)),
            ("subj-animals", Some(5)),
            ("subj-heart", Some(1)),
            ("limit-years", Some(2)),
        ]);
        let got = score(&items, &a);
        assert_eq!(got.profile.subjects, vec![Subject::Animals]);
        assert_eq!(got.profile.limits.get(&Limit::Years), Some(&2));
        assert_eq!(got.profile.limits.get(&Limit::Cost), None);
        // Unpicked subjects and an unanswered limit are not skips.
        assert_eq!((got.quality.answered, got.quality.skipped), (1, 0));
        assert_eq!(max_years(2), Some(2.0));
        assert_eq!(max_years(5), None);
    }

    fn answers(pairs: &[(&str, Option<u8>)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn liking_spans_minus_one_to_one() {
        assert_eq!(liking(1), -1.0);
        assert_eq!(liking(3), 0.0);
        assert_eq!(liking(4), 0.5);
        assert_eq!(liking(5), 1.0);
    }

    #[test]
    fn area_means_and_dimension_positions_worked_by_hand() {
        let items = vec![
            interest("s1", Area::Social),
            interest("s2", Area::Social),
            interest("r1", Area::Realistic),
            style("e1", Dimension::Emergencies, Direction::Toward),
            style("e2", Dimension::Emergencies, Direction::Away),
            style("h1", Dimension::HandsOn, Direction::Toward),
        ];
        // Social: (5 + 4) / 2 = 4.5. Realistic: skipped, so missing.
        // Emergencies: toward answered 5 -> 1.0; away answered 2 -> 1 - 0.25 = 0.75; mean 0.875.
        // Hands-on: toward answered 3 -> 0.5.
        let a = answers(&[
            ("s1", Some(5)),
            ("s2", Some(4)),
            ("r1", None),
            ("e1", Some(5)),
            ("e2", Some(2)),
            ("h1", Some(3)),
            ("gone", Some(5)),
        ]);
        let got = score(&items, &a);
        assert_eq!(got.profile.interests.get(&Area::Social), Some(&4.5));
        assert_eq!(got.profile.interests.get(&Area::Realistic), None);
        assert_eq!(
            got.profile.workstyle.get(&Dimension::Emergencies),
            Some(&0.875)
        );
        assert_eq!(got.profile.workstyle.get(&Dimension::HandsOn), Some(&0.5));
        assert_eq!(got.quality.answered, 5);
        assert_eq!(got.quality.skipped, 1);
        assert!(got.profile.interest_vector().is_none());
    }

    #[test]
    fn the_same_answer_everywhere_is_flagged() {
        let items: Vec<Item> = (0..10)
            .map(|i| interest(&format!("i{i}"), Area::ALL[i % 6]))
            .collect();
        let same: Answers = items.iter().map(|i| (i.id.clone(), Some(4))).collect();
        assert_eq!(score(&items, &same).quality.flags, vec![Flag::SameAnswer]);
        // Nine of ten the same is still flagged; eight of ten is not.
        let mut nine = same.clone();
        nine.insert("i0".into(), Some(2));
        assert_eq!(score(&items, &nine).quality.flags, vec![Flag::SameAnswer]);
        nine.insert("i1".into(), Some(1));
        assert!(score(&items, &nine).quality.flags.is_empty());
    }

    #[test]
    fn skipping_more_than_a_quarter_is_flagged() {
        let items: Vec<Item> = (0..8)
            .map(|i| interest(&format!("i{i}"), Area::ALL[i % 6]))
            .collect();
        let mut a: Answers = items
            .iter()
            .enumerate()
            .map(|(n, i)| (i.id.clone(), Some(1 + (n % 5) as u8)))
            .collect();
        a.insert("i0".into(), None);
        a.insert("i1".into(), None);
        // Two of eight skipped is exactly a quarter: fine.
        assert!(score(&items, &a).quality.flags.is_empty());
        a.remove("i2");
        let q = score(&items, &a).quality;
        assert_eq!(q.flags, vec![Flag::ManySkips]);
        assert_eq!((q.answered, q.skipped), (5, 3));
    }
}
