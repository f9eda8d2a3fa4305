//! Shortlists: each student's starred careers, their order and notes.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::clock::Timestamp;
use crate::domain::shortlist::{Move, ShortlistEntry, clean_note};
use crate::error::{Error, Result};

impl Store {
    /// A student's shortlist, top first.
    pub fn shortlist(&self, student: i64) -> Result<Vec<ShortlistEntry>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT career_id, position, note, added_at FROM shortlist \
                 WHERE student_id = ?1 ORDER BY position, career_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], |r| {
                Ok(ShortlistEntry {
                    career_id: r.get(0)?,
                    position: r.get(1)?,
                    note: r.get(2)?,
                    added_at: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Adds a career at the bottom of the shortlist; does nothing if it is already there.
    /// Returns true when it was added.
    pub fn star(&mut self, student: i64, career: &str, now: Timestamp) -> Result<bool> {
        if self.career(career)?.is_none() {
            return Err(Error::NoSuchCareer(career.to_string()));
        }
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "INSERT OR IGNORE INTO shortlist \
                     (student_id, career_id, position, note, added_at) \
                     VALUES (?1, ?2, (SELECT COALESCE(MAX(position), 0) + 1 FROM shortlist \
                     WHERE student_id = ?1), '', ?3)",
                    params![student, career, now],
                )
                .map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Removes a career from the shortlist (and its note). Returns true when it was there.
    pub fn unstar(&mut self, student: i64, career: &str) -> Result<bool> {
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "DELETE FROM shortlist WHERE student_id = ?1 AND career_id = ?2",
                    params![student, career],
                )
                .map_err(c)?;
            // Close the gap so positions stay 1..n.
            tx.execute(
                "UPDATE shortlist SET position = (SELECT COUNT(*) FROM shortlist s2 \
                 WHERE s2.student_id = shortlist.student_id \
                 AND s2.position <= shortlist.position) WHERE student_id = ?1",
                [student],
            )
            .map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Sets the note on a shortlisted career; the note is tidied and checked first, and nothing
    /// changes if it is refused.
    pub fn set_note(&mut self, student: i64, career: &str, note: &str) -> Result<String> {
        let note = clean_note(note)?;
        let n = self
            .conn
            .execute(
                "UPDATE shortlist SET note = ?3 WHERE student_id = ?1 AND career_id = ?2",
                params![student, career, note],
            )
            .map_err(|e| self.err(e))?;
        if n == 0 {
            return Err(Error::NotOnShortlist(career.to_string()));
        }
        Ok(note)
    }

    /// Moves an entry one place up or down; at the end of the list it stays put. Returns true
    /// when it moved.
    pub fn move_shortlisted(&mut self, student: i64, career: &str, dir: Move) -> Result<bool> {
        self.write(|tx, c| {
            let pos: Option<i64> = tx
                .query_row(
                    "SELECT position FROM shortlist WHERE student_id = ?1 AND career_id = ?2",
                    params![student, career],
                    |r| r.get(0),
                )
                .optional()
                .map_err(c)?;
            let Some(pos) = pos else {
                return Err(Error::NotOnShortlist(career.to_string()));
            };
            let (cmp, order) = match dir {
                Move::Up => ("<", "DESC"),
                Move::Down => (">", "ASC"),
            };
            let other: Option<(String, i64)> = tx
                .query_row(
                    &format!(
                        "SELECT career_id, position FROM shortlist WHERE student_id = ?1 \
                         AND position {cmp} ?2 ORDER BY position {order} LIMIT 1"
                    ),
                    params![student, pos],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(c)?;
            let Some((other_id, other_pos)) = other else {
                return Ok(false);
            };
            let set = "UPDATE shortlist SET position = ?3 WHERE student_id = ?1 AND career_id = ?2";
            tx.execute(set, params![student, career, other_pos])
                .map_err(c)?;
            tx.execute(set, params![student, other_id, pos])
                .map_err(c)?;
            Ok(true)
        })
    }
}
