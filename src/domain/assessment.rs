//! Self-assessment items, as authored in `data/assessment.toml`.

use serde::{Deserialize, Serialize};

use super::career::Dimension;

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
}
