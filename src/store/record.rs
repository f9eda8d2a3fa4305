//! Check-ins, goals, the course plan and experiences. Every write checks that the row
//! belongs to the student it is written for.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::clock::Timestamp;
use crate::domain::courses::Course;
use crate::domain::plan::TextField;
use crate::domain::record::{
    CheckIn, CourseStatus, Experience, ExperienceKind, Goal, GoalStatus, NewExperience, NewGoal,
    PLAN_GRADES, PlannedCourse, clean_text,
};
use crate::error::{Error, Result};
use crate::secret::Vault;
use crate::strings::record as s;

fn goal_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Goal> {
    let status: String = r.get(4)?;
    Ok(Goal {
        id: r.get(0)?,
        checkin_id: r.get(1)?,
        text: r.get(2)?,
        due_on: r.get(3)?,
        status: GoalStatus::parse(&status).unwrap_or(GoalStatus::Open),
        created_at: r.get(5)?,
        closed_at: r.get(6)?,
    })
}

fn experience_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Experience> {
    let kind: String = r.get(1)?;
    Ok(Experience {
        id: r.get(0)?,
        kind: ExperienceKind::parse(&kind).unwrap_or(ExperienceKind::Other),
        title: r.get(2)?,
        started_on: r.get(3)?,
        ended_on: r.get(4)?,
        hours: r.get(5)?,
        reflection: r.get(6)?,
        created_at: r.get(7)?,
    })
}

fn not_found() -> Error {
    Error::NoSuchRecord
}

/// Fails unless exactly one row changed.
fn one(n: usize) -> Result<()> {
    if n == 1 { Ok(()) } else { Err(not_found()) }
}

impl Store {
    /// A student's check-ins, newest first, without private notes.
    pub fn checkins(&self, student: i64) -> Result<Vec<CheckIn>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, held_on, summary, notes IS NOT NULL, created_at, updated_at \
                 FROM checkins WHERE student_id = ?1 ORDER BY held_on DESC, id DESC",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], |r| {
                Ok(CheckIn {
                    id: r.get(0)?,
                    held_on: r.get(1)?,
                    summary: r.get(2)?,
                    has_notes: r.get(3)?,
                    created_at: r.get(4)?,
                    updated_at: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Records a check-in. `held_on` and `summary` come from
    /// [`crate::domain::record::parse_checkin`]; private notes are sealed with the vault's
    /// key and never stored in plain text.
    pub fn add_checkin(
        &mut self,
        student: i64,
        held_on: &str,
        summary: &str,
        notes: Option<(&Vault, &str)>,
        now: Timestamp,
    ) -> Result<i64> {
        let notes = tidy_notes(notes)?;
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO checkins (student_id, held_on, summary, created_at, updated_at) \
                 SELECT id, ?2, ?3, ?4, ?4 FROM students WHERE id = ?1",
                params![student, held_on, summary, now],
            )
            .map_err(c)
            .and_then(one)?;
            let id = tx.last_insert_rowid();
            // Sealed once the check-in has its id: the note is bound to it.
            if let Some((vault, text)) = &notes {
                tx.execute(
                    "UPDATE checkins SET notes = ?2 WHERE id = ?1",
                    params![id, vault.seal_note(text, id, student)],
                )
                .map_err(c)?;
            }
            Ok(id)
        })
    }

    /// Changes a check-in's date, summary and (when given) private notes. `notes: None`
    /// keeps the notes as they are.
    pub fn update_checkin(
        &mut self,
        student: i64,
        id: i64,
        held_on: &str,
        summary: &str,
        notes: Option<(&Vault, &str)>,
        now: Timestamp,
    ) -> Result<()> {
        let keep = notes.is_none();
        let sealed = tidy_notes(notes)?.map(|(vault, text)| vault.seal_note(&text, id, student));
        self.write(|tx, c| {
            tx.execute(
                "UPDATE checkins SET held_on = ?3, summary = ?4, updated_at = ?5, \
                 notes = CASE WHEN ?6 THEN notes ELSE ?7 END \
                 WHERE id = ?2 AND student_id = ?1",
                params![student, id, held_on, summary, now, keep, sealed],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    /// The private notes of a check-in, opened with the vault (None when there are none).
    pub fn checkin_notes(&self, vault: &Vault, student: i64, id: i64) -> Result<Option<String>> {
        let sealed: Option<Option<Vec<u8>>> = self
            .conn
            .query_row(
                "SELECT notes FROM checkins WHERE id = ?2 AND student_id = ?1",
                params![student, id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(sealed) = sealed else {
            return Err(not_found());
        };
        match sealed {
            None => Ok(None),
            Some(b) => vault
                .open_note(&b, id, student)
                .map(|(text, _)| Some(text))
                .map_err(|_| Error::Damaged {
                    path: self.path.clone(),
                    detail: s::NOTE_DAMAGED.to_string(),
                }),
        }
    }

    /// Deletes a check-in; its goals stay, no longer tied to it.
    pub fn delete_checkin(&mut self, student: i64, id: i64) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "DELETE FROM checkins WHERE id = ?2 AND student_id = ?1",
                params![student, id],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    /// A student's goals: open ones first (soonest due first, undated last), then closed
    /// ones, most recently closed first.
    pub fn goals(&self, student: i64) -> Result<Vec<Goal>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, checkin_id, text, due_on, status, created_at, closed_at \
                 FROM goals WHERE student_id = ?1 \
                 ORDER BY status <> 'open', due_on IS NULL, due_on, closed_at DESC, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([student], goal_row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Adds a goal, set at a check-in of the same student or (None) by the student.
    pub fn add_goal(
        &mut self,
        student: i64,
        checkin: Option<i64>,
        goal: &NewGoal,
        now: Timestamp,
    ) -> Result<Goal> {
        let id = self.write(|tx, c| {
            if let Some(ci) = checkin {
                let ok: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM checkins WHERE id = ?1 AND student_id = ?2)",
                        params![ci, student],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                if !ok {
                    return Err(not_found());
                }
            }
            tx.execute(
                "INSERT INTO goals (student_id, checkin_id, text, due_on, created_at) \
                 SELECT id, ?2, ?3, ?4, ?5 FROM students WHERE id = ?1",
                params![student, checkin, goal.text, goal.due_on, now],
            )
            .map_err(c)
            .and_then(one)?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Goal {
            id,
            checkin_id: checkin,
            text: goal.text.clone(),
            due_on: goal.due_on.clone(),
            status: GoalStatus::Open,
            created_at: now,
            closed_at: None,
        })
    }

    /// Changes a goal's text and due date.
    pub fn edit_goal(&mut self, student: i64, id: i64, goal: &NewGoal) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "UPDATE goals SET text = ?3, due_on = ?4 WHERE id = ?2 AND student_id = ?1",
                params![student, id, goal.text, goal.due_on],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    /// Marks a goal open, done or dropped (closing it stamps the time).
    pub fn set_goal_status(
        &mut self,
        student: i64,
        id: i64,
        status: GoalStatus,
        now: Timestamp,
    ) -> Result<()> {
        let closed = (status != GoalStatus::Open).then_some(now);
        self.write(|tx, c| {
            tx.execute(
                "UPDATE goals SET status = ?3, closed_at = ?4 WHERE id = ?2 AND student_id = ?1",
                params![student, id, status.as_str(), closed],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    pub fn delete_goal(&mut self, student: i64, id: i64) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "DELETE FROM goals WHERE id = ?2 AND student_id = ?1",
                params![student, id],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    /// The course plan, by grade then course.
    pub fn course_plan(&self, student: i64) -> Result<Vec<PlannedCourse>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT course, grade, status, updated_at FROM course_plan \
                 WHERE student_id = ?1 ORDER BY grade, course",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], |r| {
                let status: String = r.get(2)?;
                Ok(PlannedCourse {
                    course: r.get(0)?,
                    grade: r.get(1)?,
                    status: CourseStatus::parse(&status).unwrap_or(CourseStatus::Planned),
                    updated_at: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Puts a course in the plan (or changes its grade and status).
    pub fn set_course(
        &mut self,
        student: i64,
        course: Course,
        grade: u8,
        status: CourseStatus,
        now: Timestamp,
    ) -> Result<()> {
        if !PLAN_GRADES.contains(&grade) {
            return Err(Error::BadInput(s::plan_grade(grade)));
        }
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO course_plan (student_id, course, grade, status, updated_at) \
                 SELECT id, ?2, ?3, ?4, ?5 FROM students WHERE id = ?1 \
                 ON CONFLICT (student_id, course) DO UPDATE SET \
                 grade = excluded.grade, status = excluded.status, updated_at = excluded.updated_at",
                params![student, course.id(), grade, status.as_str(), now],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    /// Takes a course out of the plan; true when it was there.
    pub fn remove_course(&mut self, student: i64, course: Course) -> Result<bool> {
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "DELETE FROM course_plan WHERE student_id = ?1 AND course = ?2",
                    params![student, course.id()],
                )
                .map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Experiences, most recent first (undated last).
    pub fn experiences(&self, student: i64) -> Result<Vec<Experience>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, kind, title, started_on, ended_on, hours, reflection, created_at \
                 FROM experiences WHERE student_id = ?1 \
                 ORDER BY started_on IS NULL, started_on DESC, id DESC",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], experience_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    pub fn add_experience(
        &mut self,
        student: i64,
        e: &NewExperience,
        now: Timestamp,
    ) -> Result<i64> {
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO experiences \
                 (student_id, kind, title, started_on, ended_on, hours, reflection, created_at) \
                 SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM students WHERE id = ?1",
                params![
                    student,
                    e.kind.as_str(),
                    e.title,
                    e.started_on,
                    e.ended_on,
                    e.hours,
                    e.reflection,
                    now
                ],
            )
            .map_err(c)
            .and_then(one)?;
            Ok(tx.last_insert_rowid())
        })
    }

    pub fn update_experience(&mut self, student: i64, id: i64, e: &NewExperience) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "UPDATE experiences SET kind = ?3, title = ?4, started_on = ?5, ended_on = ?6, \
                 hours = ?7, reflection = ?8 WHERE id = ?2 AND student_id = ?1",
                params![
                    student,
                    id,
                    e.kind.as_str(),
                    e.title,
                    e.started_on,
                    e.ended_on,
                    e.hours,
                    e.reflection
                ],
            )
            .map_err(c)
            .and_then(one)
        })
    }

    pub fn delete_experience(&mut self, student: i64, id: i64) -> Result<()> {
        self.write(|tx, c| {
            tx.execute(
                "DELETE FROM experiences WHERE id = ?2 AND student_id = ?1",
                params![student, id],
            )
            .map_err(c)
            .and_then(one)
        })
    }
}

/// Tidies private notes before they are sealed; empty notes are stored as none.
fn tidy_notes<'v>(notes: Option<(&'v Vault, &str)>) -> Result<Option<(&'v Vault, String)>> {
    match notes {
        None => Ok(None),
        Some((vault, text)) => {
            let t = clean_text(TextField::Notes, text).map_err(Error::from)?;
            Ok((!t.is_empty()).then_some((vault, t)))
        }
    }
}
