//! The interview question bank, as authored in `data/questions.toml`.

use serde::{Deserialize, Serialize};

use super::assessment::Area;
use super::career::Field;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Path,
    Training,
    TypicalDay,
    HardestBest,
    ChoosingSpecialty,
    LifeOutsideWork,
    Teamwork,
    Misconceptions,
    Future,
    Advice,
}

impl Category {
    /// Every category, in the order a conversation usually takes.
    pub const ALL: [Category; 10] = [
        Category::Path,
        Category::Training,
        Category::TypicalDay,
        Category::HardestBest,
        Category::ChoosingSpecialty,
        Category::Teamwork,
        Category::Misconceptions,
        Category::LifeOutsideWork,
        Category::Future,
        Category::Advice,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GradeBand {
    Any,
    MiddleSchool,
    HighSchool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Opener,
    FollowUp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub category: Category,
    /// The fields this question suits; empty means every career.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// The interest areas the question speaks to, so a student strong in one gets it
    /// suggested; empty for none in particular.
    #[serde(default)]
    pub areas: Vec<Area>,
    pub grades: GradeBand,
    pub role: Role,
    pub text: String,
}
