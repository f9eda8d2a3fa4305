//! Self-assessment items, as authored in `data/assessment.toml`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::career::Dimension;
use super::clock::Timestamp;

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
}

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
    for item in items {
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
    };
    let skipped = items.len() - answered;
    let mut flags = Vec::new();
    let most = counts.iter().copied().max().unwrap_or(0);
    if answered >= 5 && most as f32 >= SAME_ANSWER_SHARE * answered as f32 {
        flags.push(Flag::SameAnswer);
    }
    if !items.is_empty() && skipped as f32 > MANY_SKIPS_SHARE * items.len() as f32 {
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
        }
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
