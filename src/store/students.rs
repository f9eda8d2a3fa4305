//! Student profiles.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::access::Guard;
use crate::domain::clock::Timestamp;
use crate::domain::next_step::Progress;
use crate::domain::student::{
    NewStudent, Student, StudentError, fold_name, folded_name_matches, name_key, parse_school_id,
};
use crate::error::{Error, Result};

pub(super) fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Student> {
    Ok(Student {
        id: r.get(0)?,
        name: r.get(1)?,
        grade: r.get(2)?,
        created_at: r.get(3)?,
        last_active: r.get(4)?,
        has_pin: r.get(5)?,
    })
}

/// What `row` reads, in its order.
pub(super) const COLUMNS: &str = "id, name, grade, created_at, last_active, pin_hash IS NOT NULL";

impl Store {
    /// Every profile, most recently active first.
    pub fn students(&self) -> Result<Vec<Student>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM students ORDER BY last_active DESC, name_key"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([], row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// How many profiles there are (kept in `tallies` by triggers: counting ten thousand
    /// profiles at every start would take longer than reading the ones on screen).
    pub fn student_count(&self) -> Result<usize> {
        self.conn
            .query_row(
                "SELECT coalesce((SELECT n FROM tallies WHERE what = 'students'), \
                                 (SELECT count(*) FROM students))",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as usize)
            .map_err(|e| self.err(e))
    }

    /// Up to `limit` profiles from place `offset` in the order of [`Store::students`]: Home
    /// reads the list a window at a time (an index keeps this quick at any place).
    pub fn students_page(&self, offset: usize, limit: usize) -> Result<Vec<Student>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM students ORDER BY last_active DESC, name_key \
                 LIMIT ?1 OFFSET ?2"
            ))
            .map_err(|e| self.err(e))?;
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let rows = st
            .query_map([clamp(limit), clamp(offset)], row)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Where a profile is in the order of [`Store::students`] (0 = first), if it exists.
    pub fn student_position(&self, id: i64) -> Result<Option<usize>> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM students o \
                         WHERE o.last_active > s.last_active \
                            OR (o.last_active = s.last_active AND o.name_key < s.name_key)) \
                 FROM students s WHERE s.id = ?1",
                [id],
                |r| r.get::<_, i64>(0),
            )
            .optional()
            .map(|n| n.map(|n| n.max(0) as usize))
            .map_err(|e| self.err(e))
    }

    /// The profiles whose name has a word starting with `query` (case and accents aside:
    /// "jose" finds "José"), in the order of [`Store::students`]. The stored `name_key` keeps
    /// accents, so names are folded here, from the index Home's list reads (no table rows).
    pub fn students_matching(&self, query: &str) -> Result<Vec<Student>> {
        let query = fold_name(query);
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM students ORDER BY last_active DESC, name_key"
            ))
            .map_err(|e| self.err(e))?;
        let mut rows = st.query([]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let name = r.get_ref(1).map_err(|e| self.err(e))?;
            let name = name.as_str().unwrap_or_default();
            if folded_name_matches(&fold_name(name), &query) {
                out.push(row(r).map_err(|e| self.err(e))?);
            }
        }
        Ok(out)
    }

    /// How far a student has come, for Home's next step: counts only, in one query (each
    /// part reads an index, so Home still opens at once). `today` is `YYYY-MM-DD`: interview
    /// days and goal dates before it have passed.
    pub fn progress(&self, student: i64, today: &str) -> Result<Progress> {
        let count = |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<usize> {
            Ok(r.get::<_, i64>(i)?.max(0) as usize)
        };
        // Questions as a student counts them (the subject checklist is one).
        let all = self.items()?;
        let answered_of =
            |a: &crate::domain::assessment::Answers| crate::domain::assessment::progress(&all, a).0;
        let items = crate::domain::assessment::progress(&all, &Default::default()).1;
        let run = self.open_run(student)?;
        self.conn
            .prepare_cached(
                "SELECT \
                 (SELECT count(*) FROM assessments \
                  WHERE student_id = ?1 AND finished_at IS NOT NULL), \
                 (SELECT count(*) FROM shortlist WHERE student_id = ?1), \
                 (SELECT count(*) FROM interview_plans WHERE student_id = ?1), \
                 (SELECT count(*) FROM interview_plans p \
                  WHERE p.student_id = ?1 AND p.day IS NOT NULL AND p.day < ?2 \
                    AND p.surprised = '' AND p.harder_better = '' AND p.next_step = '' \
                    AND p.interest IS NULL \
                    AND NOT EXISTS (SELECT 1 FROM plan_questions q \
                                    WHERE q.plan_id = p.id AND q.answer <> '')), \
                 (SELECT count(*) FROM goals WHERE student_id = ?1 AND status = 'open' \
                  AND due_on IS NOT NULL AND due_on < ?2)",
            )
            .and_then(|mut st| {
                st.query_row(params![student, today], |r| {
                    Ok(Progress {
                        items,
                        answering: run.as_ref().map(|r| answered_of(&r.answers)),
                        results: count(r, 0)?,
                        starred: count(r, 1)?,
                        plans: count(r, 2)?,
                        plans_to_write_up: count(r, 3)?,
                        overdue_goals: count(r, 4)?,
                    })
                })
            })
            .map_err(|e| self.err(e))
    }

    /// One profile by id.
    /// What the access rule ([`crate::domain::access::decide`]) needs to know about a
    /// profile; None when there is no such profile.
    pub fn guard(&self, id: i64) -> Result<Option<Guard>> {
        self.conn
            .query_row(
                "SELECT pin_hash IS NOT NULL, \
                 EXISTS (SELECT 1 FROM checkins WHERE student_id = ?1) \
                 FROM students WHERE id = ?1",
                [id],
                |r| {
                    Ok(Guard {
                        student: id,
                        has_pin: r.get(0)?,
                        counselor_records: r.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn student_by_id(&self, id: i64) -> Result<Option<Student>> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM students WHERE id = ?1"),
                [id],
                row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Finds a profile by name, ignoring case and surrounding space.
    pub fn student_by_name(&self, name: &str) -> Result<Option<Student>> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM students WHERE name_key = ?1"),
                [name_key(name)],
                row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Creates a profile. Two profiles cannot share a name (ignoring case).
    pub fn add_student(&mut self, new: &NewStudent, now: Timestamp) -> Result<Student> {
        let key = name_key(&new.name);
        let id = self.write(|tx, c| {
            let exists: bool = tx
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM students WHERE name_key = ?1)",
                    [&key],
                    |r| r.get(0),
                )
                .map_err(c)?;
            if exists {
                return Err(Error::Student(StudentError::DuplicateName(
                    new.name.clone(),
                )));
            }
            tx.execute(
                "INSERT INTO students (name, name_key, grade, created_at, last_active) \
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![new.name, key, new.grade, now],
            )
            .map_err(c)?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Student {
            id,
            name: new.name.clone(),
            grade: new.grade,
            created_at: now,
            last_active: now,
            has_pin: false,
        })
    }

    /// Gives a profile the school's own id for the student (import matches by it), or
    /// removes it. Two profiles cannot share one.
    pub fn set_school_id(&mut self, id: i64, school_id: Option<&str>) -> Result<()> {
        let school_id = school_id.map(parse_school_id).transpose()?;
        self.write(|tx, c| {
            if let Some(sid) = &school_id {
                let taken: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM students WHERE school_id = ?1 AND id <> ?2)",
                        params![sid, id],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                if taken {
                    return Err(Error::Student(StudentError::DuplicateSchoolId(sid.clone())));
                }
            }
            let n = tx
                .execute(
                    "UPDATE students SET school_id = ?2 WHERE id = ?1",
                    params![id, school_id],
                )
                .map_err(c)?;
            if n == 0 {
                return Err(Error::NoSuchProfile);
            }
            Ok(())
        })
    }

    /// The school's own id for a profile, when it has one.
    pub fn school_id(&self, id: i64) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT school_id FROM students WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map(Option::flatten)
            .map_err(|e| self.err(e))
    }

    /// Records that a student used the program now (orders the profile picker).
    pub fn touch_student(&self, id: i64, now: Timestamp) -> Result<()> {
        self.conn
            .execute(
                "UPDATE students SET last_active = ?2 WHERE id = ?1",
                params![id, now],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Gives a profile a new name (checked as a new one is); returns the renamed profile.
    pub fn rename_student(&mut self, id: i64, name: &str) -> Result<Student> {
        let Some(old) = self.students()?.into_iter().find(|s| s.id == id) else {
            return Err(Error::NoSuchProfile);
        };
        let new = NewStudent::parse(name, &old.grade.to_string())?;
        let key = name_key(&new.name);
        self.write(|tx, c| {
            let taken: bool = tx
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM students WHERE name_key = ?1 AND id <> ?2)",
                    params![key, id],
                    |r| r.get(0),
                )
                .map_err(c)?;
            if taken {
                return Err(Error::Student(StudentError::DuplicateName(
                    new.name.clone(),
                )));
            }
            tx.execute(
                "UPDATE students SET name = ?2, name_key = ?3 WHERE id = ?1",
                params![id, new.name, key],
            )
            .map_err(c)?;
            Ok(())
        })?;
        Ok(Student {
            name: new.name,
            ..old
        })
    }

    /// Deletes a profile and every row of theirs (answers, results, shortlist, plans), then
    /// checkpoints the write-ahead log. With `secure_delete` on (see `open`), the freed
    /// space is overwritten, so nothing of theirs stays readable in the files. The student is
    /// taken out of every copy medpath made beside the file too ([`super::copies`]); the
    /// copies that could not be changed are kept for [`Store::take_unpurged`]. Returns true
    /// when the profile was there.
    pub fn delete_student(&mut self, id: i64) -> Result<bool> {
        let gone = self.write(|tx, c| {
            let key: Option<String> = tx
                .query_row("SELECT name_key FROM students WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(c)?;
            tx.execute("DELETE FROM students WHERE id = ?1", [id])
                .map_err(c)?;
            Ok(key)
        })?;
        if let Some(key) = &gone {
            self.unpurged = super::copies::purge_student(&self.path, id, key);
        }
        let gone = gone.is_some();
        // Copy the pages back into the main file and empty the log, which still holds the
        // old pages otherwise. Another copy of medpath reading at this moment can keep the
        // log from being emptied; its next checkpoint empties it.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(|e| self.err(e))?;
        Ok(gone)
    }
}

impl Store {
    /// The copies that the last [`Store::delete_student`] could not take the student out of.
    pub fn take_unpurged(&mut self) -> Vec<std::path::PathBuf> {
        std::mem::take(&mut self.unpurged)
    }
}

#[cfg(test)]
#[path = "students_tests.rs"]
mod tests;
