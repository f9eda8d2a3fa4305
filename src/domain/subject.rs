//! What a student would love to work with ("animals", "the heart", "emergencies"), and what a
//! career works with. Careers list their subjects in `data/careers/` (most central first); the
//! assessment's subject part asks the student to pick theirs (items with `part = "subjects"` in
//! `data/assessment.toml`, one per subject). The words shown for each are the items' text.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    BabiesKids,
    Teens,
    OlderAdults,
    Animals,
    SportsMovement,
    PregnancyBirth,
    Teeth,
    Eyes,
    HearingSpeech,
    Heart,
    Brain,
    FeelingsMind,
    Cancer,
    Emergencies,
    Operations,
    Medicines,
    Food,
    MachinesImaging,
    Lab,
    ComputersData,
    CommunityHealth,
    LeadingTeam,
    ArtMusic,
    Teaching,
}

impl Subject {
    pub const ALL: [Subject; 24] = [
        Subject::BabiesKids,
        Subject::Teens,
        Subject::OlderAdults,
        Subject::Animals,
        Subject::SportsMovement,
        Subject::PregnancyBirth,
        Subject::Teeth,
        Subject::Eyes,
        Subject::HearingSpeech,
        Subject::Heart,
        Subject::Brain,
        Subject::FeelingsMind,
        Subject::Cancer,
        Subject::Emergencies,
        Subject::Operations,
        Subject::Medicines,
        Subject::Food,
        Subject::MachinesImaging,
        Subject::Lab,
        Subject::ComputersData,
        Subject::CommunityHealth,
        Subject::LeadingTeam,
        Subject::ArtMusic,
        Subject::Teaching,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Subject::BabiesKids => "babies-kids",
            Subject::Teens => "teens",
            Subject::OlderAdults => "older-adults",
            Subject::Animals => "animals",
            Subject::SportsMovement => "sports-movement",
            Subject::PregnancyBirth => "pregnancy-birth",
            Subject::Teeth => "teeth",
            Subject::Eyes => "eyes",
            Subject::HearingSpeech => "hearing-speech",
            Subject::Heart => "heart",
            Subject::Brain => "brain",
            Subject::FeelingsMind => "feelings-mind",
            Subject::Cancer => "cancer",
            Subject::Emergencies => "emergencies",
            Subject::Operations => "operations",
            Subject::Medicines => "medicines",
            Subject::Food => "food",
            Subject::MachinesImaging => "machines-imaging",
            Subject::Lab => "lab",
            Subject::ComputersData => "computers-data",
            Subject::CommunityHealth => "community-health",
            Subject::LeadingTeam => "leading-team",
            Subject::ArtMusic => "art-music",
            Subject::Teaching => "teaching",
        }
    }

    pub fn parse(s: &str) -> Option<Subject> {
        Subject::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for s in Subject::ALL {
            assert_eq!(Subject::parse(s.as_str()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }
}
