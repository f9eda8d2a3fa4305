//! Assessments in progress, results, and matches a student hid.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::assessment::{Answers, Run, SCALE_MAX, SCALE_MIN, Scored, Taken};
use crate::domain::clock::Timestamp;
use crate::error::{Error, Result};

fn check_value(item: &str, value: Option<u8>) -> Result<()> {
    match value {
        Some(v) if !(SCALE_MIN..=SCALE_MAX).contains(&v) => Err(Error::OffScale {
            item: item.to_string(),
            value: i64::from(v),
        }),
        _ => Ok(()),
    }
}

impl Store {
    fn answers_of(&self, assessment: i64) -> Result<Answers> {
        let mut st = self
            .conn
            .prepare_cached("SELECT item_id, value FROM answers WHERE assessment_id = ?1")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([assessment], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<u8>>(1)?))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Answers>>()
            .map_err(|e| self.err(e))
    }

    /// The student's assessment in progress, if any.
    pub fn open_run(&self, student: i64) -> Result<Option<Run>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, started_at, position FROM assessments \
                 WHERE student_id = ?1 AND finished_at IS NULL",
                [student],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((id, started_at, position)) = row else {
            return Ok(None);
        };
        Ok(Some(Run {
            id,
            started_at,
            position: usize::try_from(position).unwrap_or(0),
            answers: self.answers_of(id)?,
        }))
    }

    /// Starts an assessment, or returns the one already in progress. The check and the insert
    /// share one write transaction, so two copies of medpath cannot both start one.
    pub fn start_run(&mut self, student: i64, now: Timestamp) -> Result<Run> {
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO assessments (student_id, started_at) SELECT ?1, ?2 \
                 WHERE NOT EXISTS (SELECT 1 FROM assessments \
                 WHERE student_id = ?1 AND finished_at IS NULL)",
                params![student, now],
            )
            .map_err(c)?;
            Ok(())
        })?;
        self.open_run(student)?.ok_or(Error::RunVanished)
    }

    /// Starts an assessment that carries over `answers` (a finished result's answers to the
    /// parts it had) and begins at `position`: how a student adds a part that did not exist
    /// when they took it. Returns the run already in progress instead, if there is one. The
    /// earlier result is kept as it was.
    pub fn start_seeded_run(
        &mut self,
        student: i64,
        answers: &Answers,
        position: usize,
        now: Timestamp,
    ) -> Result<Run> {
        for (item, v) in answers {
            check_value(item, *v)?;
        }
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "INSERT INTO assessments (student_id, started_at, position)                      SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM assessments                      WHERE student_id = ?1 AND finished_at IS NULL)",
                    params![student, now, position as i64],
                )
                .map_err(c)?;
            if n == 0 {
                return Ok(());
            }
            let id = tx.last_insert_rowid();
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO answers (assessment_id, item_id, value, answered_at)                      VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(c)?;
            for (item, v) in answers {
                st.execute(params![id, item, v, now]).map_err(c)?;
            }
            Ok(())
        })?;
        self.open_run(student)?.ok_or(Error::RunVanished)
    }

    /// Saves one answer (None = skipped) and where the student goes next, in one transaction:
    /// whatever happens after this returns, reopening resumes with the answer in place.
    pub fn save_answer(
        &mut self,
        run: i64,
        item: &str,
        value: Option<u8>,
        next_position: usize,
        now: Timestamp,
    ) -> Result<()> {
        check_value(item, value)?;
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO answers (assessment_id, item_id, value, answered_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (assessment_id, item_id) \
                 DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
                params![run, item, value, now],
            )
            .map_err(c)?;
            tx.execute(
                "UPDATE assessments SET position = ?2 WHERE id = ?1 AND finished_at IS NULL",
                params![run, next_position as i64],
            )
            .map_err(c)?;
            Ok(())
        })
    }

    /// Remembers which item the student is on without answering (moving back or forward).
    pub fn set_run_position(&mut self, run: i64, position: usize) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "UPDATE assessments SET position = ?2 WHERE id = ?1 AND finished_at IS NULL",
                params![run, position as i64],
            )
            .map_err(c)?;
            Ok(())
        })
    }

    /// Finishes an assessment in progress with its score. Returns false if it was not open.
    pub fn finish_run(&mut self, run: i64, scored: &Scored, now: Timestamp) -> Result<bool> {
        let json = serde_json::to_string(scored).map_err(|e| Error::Database(e.to_string()))?;
        let done = self.write(|tx, c| {
            let n = tx
                .execute(
                    "UPDATE assessments SET finished_at = ?2, scored_json = ?3 \
                     WHERE id = ?1 AND finished_at IS NULL",
                    params![run, now, json],
                )
                .map_err(c)?;
            Ok(n == 1)
        })?;
        if done {
            self.after_result_saved(run);
        }
        Ok(done)
    }

    /// Stores a whole assessment at once (an answer file): the answers and the result, in one
    /// transaction. An assessment in progress is left alone.
    pub fn save_taken(
        &mut self,
        student: i64,
        answers: &Answers,
        scored: &Scored,
        now: Timestamp,
    ) -> Result<i64> {
        for (item, v) in answers {
            check_value(item, *v)?;
        }
        let json = serde_json::to_string(scored).map_err(|e| Error::Database(e.to_string()))?;
        let id = self.write(|tx, c| {
            tx.execute(
                "INSERT INTO assessments (student_id, started_at, finished_at, position, \
                 scored_json) VALUES (?1, ?2, ?2, 0, ?3)",
                params![student, now, json],
            )
            .map_err(c)?;
            let id = tx.last_insert_rowid();
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO answers (assessment_id, item_id, value, answered_at) \
                     VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(c)?;
            for (item, v) in answers {
                st.execute(params![id, item, v, now]).map_err(c)?;
            }
            Ok(id)
        })?;
        self.after_result_saved(id);
        Ok(id)
    }

    /// The student's finished assessments, newest first, at most `limit`.
    pub fn results(&self, student: i64, limit: usize) -> Result<Vec<Taken>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, started_at, finished_at, scored_json FROM assessments \
                 WHERE student_id = ?1 AND finished_at IS NOT NULL \
                 ORDER BY finished_at DESC, id DESC LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![student, limit as i64], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, started_at, finished_at, json) in rows {
            let scored: Scored =
                serde_json::from_str(&json).map_err(|e| Error::UnreadableResult {
                    id,
                    detail: e.to_string(),
                })?;
            out.push(Taken {
                id,
                started_at,
                finished_at,
                answers: self.answers_of(id)?,
                scored,
            });
        }
        Ok(out)
    }

    /// One finished result by id, with its student.
    pub(crate) fn result_by_id(&self, id: i64) -> Result<Option<(i64, Taken)>> {
        let row: Option<(i64, i64, i64, String)> = self
            .conn
            .query_row(
                "SELECT student_id, started_at, finished_at, scored_json FROM assessments \
                 WHERE id = ?1 AND finished_at IS NOT NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((student, started_at, finished_at, json)) = row else {
            return Ok(None);
        };
        let scored: Scored = serde_json::from_str(&json).map_err(|e| Error::UnreadableResult {
            id,
            detail: e.to_string(),
        })?;
        Ok(Some((
            student,
            Taken {
                id,
                started_at,
                finished_at,
                answers: self.answers_of(id)?,
                scored,
            },
        )))
    }

    /// The careers a student marked "not for me".
    pub fn hidden_matches(&self, student: i64) -> Result<HashSet<String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT career_id FROM hidden_matches WHERE student_id = ?1")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<HashSet<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Hides a match ("not for me") or shows it again.
    pub fn set_hidden(
        &mut self,
        student: i64,
        career: &str,
        hidden: bool,
        now: Timestamp,
    ) -> Result<()> {
        self.write(|tx, c| {
            if hidden {
                tx.execute(
                    "INSERT OR IGNORE INTO hidden_matches (student_id, career_id, hidden_at) \
                     VALUES (?1, ?2, ?3)",
                    params![student, career, now],
                )
            } else {
                tx.execute(
                    "DELETE FROM hidden_matches WHERE student_id = ?1 AND career_id = ?2",
                    params![student, career],
                )
            }
            .map_err(c)?;
            Ok(())
        })
    }
}

#[cfg(test)]
#[path = "assessment_tests.rs"]
mod tests;
