//! Gathers a student's whole record into a [`Dossier`].

use std::collections::HashMap;

use super::Store;
use crate::domain::assessment::{Area, Taken};
use crate::domain::courses::{Course, for_career};
use crate::domain::dossier::{
    AreaScore, CourseLine, Dossier, PlanLine, PrivateNote, ResultLine, ShortlistLine, TopMatch,
};
use crate::domain::matching::Matcher;
use crate::domain::student::Student;
use crate::error::Result;
use crate::secret::Vault;
use crate::strings::{interview as si, results as r};

/// How many matches a record shows.
pub const TOP_MATCHES: usize = 5;
/// How many results a record keeps (the latest and those before it).
pub const RESULTS_SHOWN: usize = 10;

fn result_line(t: &Taken) -> ResultLine {
    ResultLine {
        finished_at: t.finished_at,
        date: crate::domain::clock::date_string(t.finished_at),
        answered: t.scored.quality.answered,
        skipped: t.scored.quality.skipped,
        flags: t.scored.quality.flags.clone(),
        areas: Area::ALL
            .iter()
            .map(|a| AreaScore {
                letter: a.letter(),
                name: r::area_name(*a).to_string(),
                score: t.scored.profile.interests.get(a).copied(),
            })
            .collect(),
    }
}

impl Store {
    /// The student's record as of `today` (`YYYY-MM-DD`). Private notes are opened only
    /// when a vault is given.
    pub fn dossier(
        &self,
        student: &Student,
        today: &str,
        vault: Option<&Vault>,
    ) -> Result<Dossier> {
        let id = student.id;
        let careers = self.careers()?;
        let title: HashMap<&str, &str> = careers
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str()))
            .collect();
        let name_of = |cid: &str| {
            title
                .get(cid)
                .map(|t| t.to_string())
                .unwrap_or_else(|| cid.to_string())
        };

        let taken = self.results(id, RESULTS_SHOWN)?;
        let top_matches = match taken.first() {
            None => Vec::new(),
            Some(latest) => {
                let items = self.items()?;
                let hidden = self.hidden_matches(id)?;
                Matcher::new(&items, &latest.answers, &latest.scored.profile)
                    .rank(&careers)
                    .into_iter()
                    .filter(|m| !hidden.contains(&m.career_id))
                    .take(TOP_MATCHES)
                    .map(|m| TopMatch {
                        title: name_of(&m.career_id),
                        career_id: m.career_id.clone(),
                        fit: m.fit,
                        band: r::band(m.band).to_string(),
                        reasons: m
                            .reasons
                            .iter()
                            .map(r::reason)
                            .chain(m.limits.iter().map(r::limit_note))
                            .collect(),
                    })
                    .collect()
            }
        };

        let short = self.shortlist(id)?;
        let shortlist: Vec<ShortlistLine> = short
            .iter()
            .map(|e| ShortlistLine {
                career_id: e.career_id.clone(),
                title: name_of(&e.career_id),
                note: e.note.clone(),
            })
            .collect();

        // Which shortlisted careers call for each course.
        let mut wanted: HashMap<Course, Vec<String>> = HashMap::new();
        for e in &shortlist {
            if let Some(c) = self.career(&e.career_id)? {
                for course in for_career(&c) {
                    wanted.entry(course).or_default().push(e.title.clone());
                }
            }
        }
        let courses = self
            .course_plan(id)?
            .into_iter()
            .map(|p| {
                let course = Course::parse(&p.course);
                CourseLine {
                    label: course
                        .map(|c| c.label().to_string())
                        .unwrap_or_else(|| p.course.clone()),
                    careers: course
                        .and_then(|c| wanted.get(&c).cloned())
                        .unwrap_or_default(),
                    course: p.course,
                    grade: p.grade,
                    status: p.status.label().to_string(),
                }
            })
            .collect();

        let mut plans = Vec::new();
        for summary in self.plans(id)? {
            let full = self.plan(id, summary.id)?;
            let about = match &summary.details.career_id {
                Some(cid) => name_of(cid),
                None => summary.details.role.clone(),
            };
            let (interest, next_step) = full
                .map(|p| {
                    (
                        p.reflection
                            .interest
                            .map(|i| si::interest_name(i.value()).to_string()),
                        p.reflection.next_step,
                    )
                })
                .unwrap_or_default();
            plans.push(PlanLine {
                summary,
                about,
                interest,
                next_step,
            });
        }

        let checkins = self.checkins(id)?;
        let mut notes = Vec::new();
        if let Some(v) = vault {
            for c in checkins.iter().filter(|c| c.has_notes) {
                if let Some(text) = self.checkin_notes(v, id, c.id)? {
                    notes.push(PrivateNote {
                        checkin_id: c.id,
                        held_on: c.held_on.clone(),
                        text,
                    });
                }
            }
        }

        Ok(Dossier {
            student: student.clone(),
            today: today.to_string(),
            results: taken.iter().map(result_line).collect(),
            top_matches,
            shortlist,
            plans,
            courses,
            experiences: self.experiences(id)?,
            goals: self.goals(id)?,
            checkins,
            notes,
        })
    }
}
