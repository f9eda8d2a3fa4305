//! High-school courses that prepare for health careers, and which of them a student's
//! shortlisted careers call for. The catalog lists courses in plain words per career; this
//! module files those words under a short, fixed list a course plan can use.

use super::career::{Career, CareerKind};

/// A course a plan can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Course {
    Biology,
    Chemistry,
    Physics,
    ApScience,
    Math,
    Statistics,
    Anatomy,
    Psychology,
    HealthScience,
    SecondLanguage,
    English,
    ComputerScience,
}

impl Course {
    pub const ALL: [Course; 12] = [
        Course::Biology,
        Course::Chemistry,
        Course::Physics,
        Course::ApScience,
        Course::Math,
        Course::Statistics,
        Course::Anatomy,
        Course::Psychology,
        Course::HealthScience,
        Course::SecondLanguage,
        Course::English,
        Course::ComputerScience,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Course::Biology => "biology",
            Course::Chemistry => "chemistry",
            Course::Physics => "physics",
            Course::ApScience => "ap-science",
            Course::Math => "math",
            Course::Statistics => "statistics",
            Course::Anatomy => "anatomy",
            Course::Psychology => "psychology",
            Course::HealthScience => "health-science",
            Course::SecondLanguage => "second-language",
            Course::English => "english",
            Course::ComputerScience => "computer-science",
        }
    }

    pub fn parse(id: &str) -> Option<Course> {
        Course::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The grade most schools offer it in, as a first suggestion for the plan.
    pub fn usual_grade(self) -> u8 {
        match self {
            Course::Biology | Course::Math | Course::English | Course::HealthScience => 9,
            Course::Chemistry | Course::SecondLanguage | Course::ComputerScience => 10,
            Course::Physics | Course::Anatomy | Course::Psychology => 11,
            Course::ApScience | Course::Statistics => 12,
        }
    }

    /// Whether a course line from the catalog ("Algebra and statistics") names this course.
    fn named_in(self, line: &str) -> bool {
        let l = line.to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| l.contains(w));
        match self {
            Course::Biology => any(&["biolog"]),
            Course::Chemistry => any(&["chemist"]),
            Course::Physics => any(&["physics"]),
            Course::ApScience => any(&["ap biology", "ap chemistry", "ap physics"]),
            Course::Math => any(&["algebra", "calculus", "geometry", "math"]),
            Course::Statistics => any(&["statistic"]),
            Course::Anatomy => any(&["anatomy"]),
            Course::Psychology => any(&["psycholog", "child development"]),
            Course::HealthScience => {
                any(&["health science", "health class", "nutrition"]) || l.trim() == "health"
            }
            Course::SecondLanguage => any(&["second language", "sign language", "spanish"]),
            Course::English => any(&["english"]),
            Course::ComputerScience => any(&["computer"]),
        }
    }
}

/// The courses a career calls for, in [`Course::ALL`] order. Physicians add advanced or AP
/// science: medical school admissions look for it.
pub fn for_career(career: &Career) -> Vec<Course> {
    Course::ALL
        .into_iter()
        .filter(|c| {
            career.entry.courses.iter().any(|line| c.named_in(line))
                || (*c == Course::ApScience && career.entry.kind == CareerKind::Physician)
        })
        .collect()
}

/// A course with the shortlisted careers that call for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommended {
    pub course: Course,
    /// Titles of the careers, in shortlist order.
    pub careers: Vec<String>,
}

/// Every course, with the careers from `shortlist` (in order) that call for it; the most
/// called-for first, then in [`Course::ALL`] order.
pub fn recommend(shortlist: &[&Career]) -> Vec<Recommended> {
    let mut out: Vec<Recommended> = Course::ALL
        .into_iter()
        .map(|course| Recommended {
            course,
            careers: shortlist
                .iter()
                .filter(|c| for_career(c).contains(&course))
                .map(|c| c.entry.title.clone())
                .collect(),
        })
        .collect();
    // Stable: ties keep the ALL order.
    out.sort_by_key(|r| std::cmp::Reverse(r.careers.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refdata;

    fn career(id: &str) -> Career {
        refdata::embedded()
            .unwrap()
            .careers
            .into_iter()
            .find(|c| c.id() == id)
            .unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn course_lines_are_filed_under_the_right_courses() {
        assert!(Course::Math.named_in("Algebra and statistics"));
        assert!(Course::Statistics.named_in("Algebra and statistics"));
        assert!(Course::Psychology.named_in("Psychology or child development"));
        assert!(
            Course::SecondLanguage.named_in("American Sign Language, if your school offers it")
        );
        assert!(Course::HealthScience.named_in("Health"));
        assert!(Course::HealthScience.named_in("Health science or anatomy"));
        assert!(!Course::Physics.named_in("Physical education or a sport"));
        assert!(!Course::English.named_in("Art or design"));
        for c in Course::ALL {
            assert_eq!(Course::parse(c.id()), Some(c));
            assert!(!c.label().is_empty());
            assert!((9..=12).contains(&c.usual_grade()));
        }
    }

    #[test]
    fn every_career_calls_for_some_course() {
        for c in refdata::embedded().unwrap().careers {
            assert!(!for_career(&c).is_empty(), "{} has no course", c.id());
        }
    }

    #[test]
    fn physicians_get_advanced_science_and_the_shortlist_orders_the_plan() {
        let peds = career("pediatrician");
        assert!(for_career(&peds).contains(&Course::ApScience));
        assert!(for_career(&peds).contains(&Course::Chemistry));
        let rec = recommend(&[&peds]);
        assert_eq!(rec.len(), Course::ALL.len());
        let first = &rec[0];
        assert_eq!(first.careers, vec![peds.entry.title.clone()]);
        assert!(
            rec.windows(2)
                .all(|w| w[0].careers.len() >= w[1].careers.len())
        );
        assert!(recommend(&[]).iter().all(|r| r.careers.is_empty()));
    }
}
