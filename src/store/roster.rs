//! The counselor's roster: every student with their latest result's top matches, goals and
//! check-ins, gathered with a handful of queries over all students at once.
//!
//! Ranking the catalog for a student costs about 0.2 ms, so the roster never does it per
//! student: the top matches of each latest result are kept in `result_top`, written when the
//! result is saved and again (once) for results ranked against an older catalog.

use std::collections::{HashMap, HashSet};

use rusqlite::params;

use super::Store;
use crate::domain::agenda::{RosterFacts, RosterRow, roster_row};
use crate::domain::assessment::Flag;
use crate::domain::matching::Matcher;
use crate::domain::student::Student;
use crate::error::{Error, Result};
use crate::refdata::content_version;

/// How many matches the roster shows per student.
pub const ROSTER_MATCHES: usize = 3;
/// How many ranked careers are kept per result: enough that hiding a few ("not for me")
/// still leaves three to show.
const KEPT: usize = 10;

/// A result's student, ranked career ids and answer flags.
type Ranked = (i64, Vec<String>, Vec<Flag>);

impl Store {
    /// Ranks the catalog for results and keeps their top careers and answer flags. A result
    /// that cannot be read is left out (the roster ranks it when shown).
    pub(crate) fn cache_result_tops(&mut self, results: &[i64]) -> Result<()> {
        if results.is_empty() {
            return Ok(());
        }
        let careers = self.careers()?;
        let items = self.items()?;
        let mut rows = Vec::with_capacity(results.len());
        for &id in results {
            if let Some((student, top, flags)) = self.rank_result(id, &items, &careers)? {
                let flags =
                    serde_json::to_string(&flags).map_err(|e| Error::Database(e.to_string()))?;
                rows.push((id, student, top.join("\n"), flags));
            }
        }
        let catalog = content_version();
        self.write(|tx, c| {
            let mut st = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO result_top (assessment_id, student_id, catalog, \
                     careers, flags) SELECT ?1, ?2, ?3, ?4, ?5 \
                     WHERE EXISTS (SELECT 1 FROM assessments WHERE id = ?1)",
                )
                .map_err(c)?;
            for (id, student, top, flags) in &rows {
                st.execute(params![id, student, catalog, top, flags])
                    .map_err(c)?;
            }
            Ok(())
        })
    }

    /// Keeps the top careers of a result just saved. The result itself is already committed,
    /// so a failure here is not reported: the roster ranks what is missing when it opens.
    pub(crate) fn after_result_saved(&mut self, result: i64) {
        let _ = self.cache_result_tops(&[result]);
    }

    /// Ranks every latest result whose top careers are missing or from another catalog.
    /// Returns how many were ranked.
    pub fn refresh_result_tops(&mut self) -> Result<usize> {
        let latest = self.latest_results()?;
        let kept = self.kept_tops()?;
        let missing = missing(&latest, &kept);
        self.cache_result_tops(&missing)?;
        Ok(missing.len())
    }

    /// Each student's latest finished result: student id → result id. One pass over the
    /// `results_by_student` index (newest first within each student).
    fn latest_results(&self) -> Result<HashMap<i64, i64>> {
        let mut latest = HashMap::new();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT student_id, id FROM assessments WHERE finished_at IS NOT NULL \
                 ORDER BY student_id, finished_at DESC, id DESC",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .map_err(|e| self.err(e))?;
        for row in rows {
            let (student, id) = row.map_err(|e| self.err(e))?;
            latest.entry(student).or_insert(id);
        }
        Ok(latest)
    }

    /// The kept rankings for this catalog: result id → (career ids, flags).
    fn kept_tops(&self) -> Result<HashMap<i64, (String, String)>> {
        self.grouped(
            "SELECT assessment_id, careers, flags FROM result_top WHERE catalog = ?1",
            [content_version()],
            |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))),
        )
    }

    /// One result's student, ranked career ids (best first, at most [`KEPT`]) and flags.
    fn rank_result(
        &self,
        id: i64,
        items: &[crate::domain::assessment::Item],
        careers: &[crate::domain::career::CareerSummary],
    ) -> Result<Option<Ranked>> {
        let Some(t) = self.result_by_id(id)? else {
            return Ok(None);
        };
        let top = Matcher::new(items, &t.1.answers, &t.1.scored.profile)
            .rank(careers)
            .into_iter()
            .take(KEPT)
            .map(|m| m.career_id)
            .collect();
        Ok(Some((t.0, top, t.1.scored.quality.flags.clone())))
    }

    /// Every student with what the roster shows, as of `today` (`YYYY-MM-DD`), in the
    /// order of [`Store::students`]. Ranks first any latest result not ranked yet (after a
    /// catalog update, or a save whose ranking failed).
    pub fn roster(&mut self, today: &str) -> Result<Vec<RosterRow>> {
        self.refresh_result_tops()?;
        let careers = self.careers()?;
        let title: HashMap<&str, &str> = careers
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str()))
            .collect();
        let goals: HashMap<i64, (i64, i64)> = self.grouped(
            "SELECT student_id, count(*), \
             count(*) FILTER (WHERE due_on IS NOT NULL AND due_on < ?1) \
             FROM goals WHERE status = 'open' GROUP BY student_id",
            [today],
            |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))),
        )?;
        let last_checkin: HashMap<i64, String> = self.grouped(
            "SELECT student_id, max(held_on) FROM checkins GROUP BY student_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut hidden: HashMap<i64, HashSet<String>> = HashMap::new();
        for (sid, career) in self.grouped::<Vec<(i64, String)>, _, _>(
            "SELECT student_id, career_id FROM hidden_matches",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )? {
            hidden.entry(sid).or_default().insert(career);
        }

        let latest = self.latest_results()?;
        let mut kept = self.kept_tops()?;
        let missing = missing(&latest, &kept);
        if !missing.is_empty() {
            self.cache_result_tops(&missing)?;
            kept = self.kept_tops()?;
        }
        // Students in the order of `students()`: most recently active first, then by name.
        let mut students: Vec<(Student, String)> = {
            let mut st = self
                .conn
                .prepare_cached(&format!(
                    "SELECT {}, name_key FROM students",
                    super::students::COLUMNS
                ))
                .map_err(|e| self.err(e))?;
            st.query_map([], |r| Ok((super::students::row(r)?, r.get(6)?)))
                .map_err(|e| self.err(e))?
                .collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?
        };
        students.sort_unstable_by(|(a, ka), (b, kb)| {
            b.last_active.cmp(&a.last_active).then_with(|| ka.cmp(kb))
        });

        let mut items = None;
        let mut out = Vec::with_capacity(students.len());
        for (student, _) in students {
            let aid = latest.get(&student.id).copied();
            let (top, flags) = match aid.and_then(|a| kept.get(&a)) {
                Some((t, f)) => (Some(t.as_str()), Some(f.as_str())),
                None => (None, None),
            };
            let no_hidden = HashSet::new();
            let hide = hidden.get(&student.id).unwrap_or(&no_hidden);
            let mut answer_flags: Vec<Flag> = match flags {
                None | Some("[]") => Vec::new(),
                Some(f) => serde_json::from_str(f).unwrap_or_default(),
            };
            let title_of = |c: &str| {
                title
                    .get(c)
                    .map_or_else(|| c.to_string(), |t| t.to_string())
            };
            let kept_ids = top.map_or(0, |t| t.lines().count());
            let mut top_matches: Vec<String> = top
                .into_iter()
                .flat_map(str::lines)
                .filter(|c| !hide.contains(*c))
                .take(ROSTER_MATCHES)
                .map(title_of)
                .collect();
            // Not ranked (unreadable), or so many hidden that the kept ten run short: rank now.
            if let Some(aid) = aid
                && (top.is_none()
                    || (top_matches.len() < ROSTER_MATCHES && kept_ids < careers.len()))
            {
                let items = match &items {
                    Some(i) => i,
                    None => items.insert(self.items()?),
                };
                if let Some(t) = self.result_by_id(aid)? {
                    top_matches = Matcher::new(items, &t.1.answers, &t.1.scored.profile)
                        .rank(&careers)
                        .into_iter()
                        .filter(|m| !hide.contains(&m.career_id))
                        .take(ROSTER_MATCHES)
                        .map(|m| title_of(&m.career_id))
                        .collect();
                    answer_flags = t.1.scored.quality.flags.clone();
                }
            }
            let (open_goals, overdue_goals) = goals.get(&student.id).copied().unwrap_or_default();
            let facts = RosterFacts {
                top_matches,
                answer_flags,
                has_result: aid.is_some(),
                open_goals: open_goals as usize,
                overdue_goals: overdue_goals as usize,
                last_checkin: last_checkin.get(&student.id).cloned(),
            };
            out.push(roster_row(student, facts, today));
        }
        Ok(out)
    }

    /// Runs a query and collects its rows (into a map or a list).
    fn grouped<C, T, P>(
        &self,
        sql: &str,
        params: P,
        f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<C>
    where
        C: FromIterator<T>,
        P: rusqlite::Params,
    {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        st.query_map(params, f)
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<C>>()
            .map_err(|e| self.err(e))
    }
}

/// The latest results that have no kept ranking for this catalog.
fn missing(latest: &HashMap<i64, i64>, kept: &HashMap<i64, (String, String)>) -> Vec<i64> {
    let mut ids: Vec<i64> = latest
        .values()
        .filter(|id| !kept.contains_key(id))
        .copied()
        .collect();
    ids.sort_unstable();
    ids
}
