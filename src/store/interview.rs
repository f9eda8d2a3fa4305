//! Interview plans: details, questions in order, answers, the checklist and the reflection.
//! Every change is one immediate transaction that also stamps the plan's `updated_at`.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::Store;
use crate::domain::Student;
use crate::domain::clock::Timestamp;
use crate::domain::plan::{
    Details, Format, Interest, MAX_LONG_CHARS, MAX_QUESTIONS, Plan, PlanError, PlanQuestion,
    PlanSummary, Reflection, ReflectionPart, ShortlistMove, TextField, checks, clean_line,
    clean_question, rerate,
};
use crate::domain::shortlist::Move;
use crate::domain::suggest::{SuggestFor, suggest, top_areas};
use crate::error::{Error, Result};
use crate::strings::interview as s;

/// A question to add to a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuestion {
    pub source: Option<String>,
    pub text: String,
    pub opener: bool,
}

/// The column a reflection part is stored in.
fn reflection_column(part: ReflectionPart) -> &'static str {
    match part {
        ReflectionPart::Surprised => "surprised",
        ReflectionPart::HarderBetter => "harder_better",
        ReflectionPart::NextStep => "next_step",
    }
}

const DETAIL_COLUMNS: &str = "id, person, role, career_id, day, format, goal";

fn details(r: &Row) -> rusqlite::Result<Details> {
    let format: String = r.get(5)?;
    Ok(Details {
        person: r.get(1)?,
        role: r.get(2)?,
        career_id: r.get(3)?,
        date: r.get(4)?,
        // The table's CHECK allows only the four formats.
        format: Format::parse(&format).unwrap_or(Format::InPerson),
        goal: r.get(6)?,
    })
}

fn interest(v: Option<i64>) -> Option<Interest> {
    v.and_then(Interest::new)
}

fn touch(tx: &Transaction, plan: i64, now: Timestamp) -> rusqlite::Result<usize> {
    tx.execute(
        "UPDATE interview_plans SET updated_at = ?2 WHERE id = ?1",
        params![plan, now],
    )
}

fn no_plan(plan: i64) -> Error {
    Error::Usage(s::no_such_plan(plan))
}

impl Store {
    /// The starting questions for a plan: from its career's kind, the student's shortlist,
    /// their latest interests and their grade.
    pub fn suggestions(&self, student: &Student, d: &Details) -> Result<Vec<NewQuestion>> {
        let careers = self.careers()?;
        let field_of = |id: &str| careers.iter().find(|c| c.id == id);
        let shortlist = self
            .shortlist(student.id)?
            .into_iter()
            .filter_map(|e| {
                field_of(&e.career_id).map(|c| (c.id.clone(), c.title.clone(), c.field))
            })
            .collect();
        let top_areas = self
            .results(student.id, 1)?
            .first()
            .map(|t| top_areas(&t.scored.profile))
            .unwrap_or_default();
        let want = SuggestFor {
            field: d.career_id.as_deref().and_then(field_of).map(|c| c.field),
            shortlist,
            career_id: d.career_id.clone(),
            top_areas,
            grade: student.grade,
            linking: Some(s::shortlist_question),
        };
        Ok(suggest(&self.questions()?, &want)
            .into_iter()
            .map(|s| NewQuestion {
                source: s.source,
                text: s.text,
                opener: s.opener,
            })
            .collect())
    }

    /// Starts a plan with its first questions; returns its id.
    pub fn create_plan(
        &mut self,
        student: i64,
        d: &Details,
        questions: &[NewQuestion],
        now: Timestamp,
    ) -> Result<i64> {
        if let Some(c) = &d.career_id
            && self.career(c)?.is_none()
        {
            return Err(Error::NoSuchCareer(c.clone()));
        }
        if questions.len() > MAX_QUESTIONS {
            return Err(PlanError::TooManyQuestions.into());
        }
        let cleaned = questions
            .iter()
            .map(|q| clean_question(&q.text).map(|t| (q, t)))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO interview_plans \
                 (student_id, person, role, career_id, day, format, goal, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![
                    student,
                    d.person,
                    d.role,
                    d.career_id,
                    d.date,
                    d.format.as_str(),
                    d.goal,
                    now
                ],
            )
            .map_err(c)?;
            let id = tx.last_insert_rowid();
            for (i, (q, text)) in cleaned.iter().enumerate() {
                tx.execute(
                    "INSERT INTO plan_questions (plan_id, position, source_id, text, opener) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, i as i64 + 1, q.source, text, q.opener],
                )
                .map_err(c)?;
            }
            Ok(id)
        })
    }

    /// A student's plans, the most recently changed first.
    pub fn plans(&self, student: i64) -> Result<Vec<PlanSummary>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {DETAIL_COLUMNS}, \
                 (SELECT COUNT(*) FROM plan_questions q WHERE q.plan_id = p.id), \
                 (SELECT COUNT(*) FROM plan_questions q WHERE q.plan_id = p.id AND q.answer <> ''), \
                 (surprised <> '' OR harder_better <> '' OR next_step <> '' OR interest IS NOT NULL), \
                 updated_at \
                 FROM interview_plans p WHERE student_id = ?1 ORDER BY updated_at DESC, id DESC"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([student], |r| {
                Ok(PlanSummary {
                    id: r.get(0)?,
                    details: details(r)?,
                    questions: r.get::<_, i64>(7)? as usize,
                    answered: r.get::<_, i64>(8)? as usize,
                    reflected: r.get(9)?,
                    updated_at: r.get(10)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// One of a student's plans in full; None when the student has no plan with that id.
    pub fn plan(&self, student: i64, id: i64) -> Result<Option<Plan>> {
        let head = self
            .conn
            .query_row(
                &format!(
                    "SELECT {DETAIL_COLUMNS}, checklist, surprised, harder_better, interest, \
                     next_step, applied_interest, created_at, updated_at \
                     FROM interview_plans WHERE id = ?1 AND student_id = ?2"
                ),
                params![id, student],
                |r| {
                    let checklist: String = r.get(7)?;
                    Ok(Plan {
                        id,
                        student_id: student,
                        details: details(r)?,
                        questions: Vec::new(),
                        // Written only by this module, from a Vec<String>.
                        checklist: serde_json::from_str(&checklist).unwrap_or_default(),
                        reflection: Reflection {
                            surprised: r.get(8)?,
                            harder_better: r.get(9)?,
                            interest: interest(r.get(10)?),
                            next_step: r.get(11)?,
                        },
                        applied_interest: interest(r.get(12)?),
                        created_at: r.get(13)?,
                        updated_at: r.get(14)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(mut plan) = head else {
            return Ok(None);
        };
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, source_id, text, opener, answer, followups FROM plan_questions \
                 WHERE plan_id = ?1 ORDER BY position, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([id], |r| {
                Ok(PlanQuestion {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    text: r.get(2)?,
                    opener: r.get(3)?,
                    answer: r.get(4)?,
                    followups: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        plan.questions = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        Ok(Some(plan))
    }

    /// Changes who, when, how and why.
    pub fn update_plan_details(
        &mut self,
        student: i64,
        plan: i64,
        d: &Details,
        now: Timestamp,
    ) -> Result<()> {
        if let Some(c) = &d.career_id
            && self.career(c)?.is_none()
        {
            return Err(Error::NoSuchCareer(c.clone()));
        }
        let keep: Vec<&str> = checks(d.format).iter().map(|c| c.id()).collect();
        self.write(|tx, c| {
            let old: Option<(Option<String>, String)> = tx
                .query_row(
                    "SELECT career_id, checklist FROM interview_plans WHERE id = ?1 AND student_id = ?2",
                    params![plan, student],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(c)?;
            let Some((old_career, ticks)) = old else {
                return Err(no_plan(plan));
            };
            // Ticks for items this format does not have are dropped; a new career starts its
            // shortlist move afresh.
            let mut ticks: Vec<String> = serde_json::from_str(&ticks).unwrap_or_default();
            ticks.retain(|t| keep.contains(&t.as_str()));
            let ticks = serde_json::to_string(&ticks).unwrap_or_else(|_| "[]".into());
            if old_career != d.career_id {
                tx.execute(
                    "UPDATE interview_plans SET base_position = NULL, applied_interest = NULL \
                     WHERE id = ?1",
                    [plan],
                )
                .map_err(c)?;
            }
            tx.execute(
                "UPDATE interview_plans SET checklist = ?2 WHERE id = ?1",
                params![plan, ticks],
            )
            .map_err(c)?;
            let n = tx
                .execute(
                    "UPDATE interview_plans SET person = ?3, role = ?4, career_id = ?5, day = ?6, \
                     format = ?7, goal = ?8, updated_at = ?9 WHERE id = ?1 AND student_id = ?2",
                    params![
                        plan,
                        student,
                        d.person,
                        d.role,
                        d.career_id,
                        d.date,
                        d.format.as_str(),
                        d.goal,
                        now
                    ],
                )
                .map_err(c)?;
            if n == 0 {
                return Err(no_plan(plan));
            }
            Ok(())
        })
    }

    /// Deletes a plan with its questions and answers. Returns true when it was there.
    pub fn delete_plan(&mut self, student: i64, plan: i64) -> Result<bool> {
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "DELETE FROM interview_plans WHERE id = ?1 AND student_id = ?2",
                    params![plan, student],
                )
                .map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Adds a question after position `after` (0 puts it first; past the end puts it
    /// last). Returns the new question's id.
    pub fn add_question(
        &mut self,
        student: i64,
        plan: i64,
        q: &NewQuestion,
        after: usize,
        now: Timestamp,
    ) -> Result<i64> {
        let text = clean_question(&q.text)?;
        self.write(|tx, c| {
            owned(tx, student, plan).map_err(c)?.ok_or(no_plan(plan))?;
            let n: i64 = tx
                .query_row(
                    "SELECT COUNT(*) FROM plan_questions WHERE plan_id = ?1",
                    [plan],
                    |r| r.get(0),
                )
                .map_err(c)?;
            if n as usize >= MAX_QUESTIONS {
                return Err(PlanError::TooManyQuestions.into());
            }
            let pos = (after as i64).min(n) + 1;
            tx.execute(
                "UPDATE plan_questions SET position = position + 1 \
                 WHERE plan_id = ?1 AND position >= ?2",
                params![plan, pos],
            )
            .map_err(c)?;
            tx.execute(
                "INSERT INTO plan_questions (plan_id, position, source_id, text, opener) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![plan, pos, q.source, text, q.opener],
            )
            .map_err(c)?;
            let id = tx.last_insert_rowid();
            touch(tx, plan, now).map_err(c)?;
            Ok(id)
        })
    }

    /// Rewrites a question in the student's own words; it keeps its answer.
    pub fn edit_question(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        text: &str,
        now: Timestamp,
    ) -> Result<String> {
        let text = clean_question(text)?;
        self.set_question_column(student, plan, question, "text", &text, now)?;
        Ok(text)
    }

    /// Saves the answer or notes heard for a question (empty clears them).
    pub fn set_answer(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        text: &str,
        now: Timestamp,
    ) -> Result<String> {
        let text = clean_line(TextField::Answer, text, MAX_LONG_CHARS)?;
        self.set_question_column(student, plan, question, "answer", &text, now)?;
        Ok(text)
    }

    /// Saves the follow-up questions jotted down for a question.
    pub fn set_followups(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        text: &str,
        now: Timestamp,
    ) -> Result<String> {
        let text = clean_line(TextField::Answer, text, MAX_LONG_CHARS)?;
        self.set_question_column(student, plan, question, "followups", &text, now)?;
        Ok(text)
    }

    fn set_question_column(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        column: &'static str,
        value: &str,
        now: Timestamp,
    ) -> Result<()> {
        self.write(|tx, c| {
            owned(tx, student, plan).map_err(c)?.ok_or(no_plan(plan))?;
            let n = tx
                .execute(
                    &format!(
                        "UPDATE plan_questions SET {column} = ?3 WHERE plan_id = ?1 AND id = ?2"
                    ),
                    params![plan, question, value],
                )
                .map_err(c)?;
            if n == 0 {
                return Err(Error::Usage(s::no_such_question(question)));
            }
            touch(tx, plan, now).map_err(c)?;
            Ok(())
        })
    }

    /// Removes a question (and what was written under it); positions close up.
    pub fn remove_question(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        now: Timestamp,
    ) -> Result<bool> {
        self.write(|tx, c| {
            owned(tx, student, plan).map_err(c)?.ok_or(no_plan(plan))?;
            let n = tx
                .execute(
                    "DELETE FROM plan_questions WHERE plan_id = ?1 AND id = ?2",
                    params![plan, question],
                )
                .map_err(c)?;
            renumber(tx, plan).map_err(c)?;
            touch(tx, plan, now).map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Moves a question one place up or down; returns true when it moved.
    pub fn move_question(
        &mut self,
        student: i64,
        plan: i64,
        question: i64,
        dir: Move,
        now: Timestamp,
    ) -> Result<bool> {
        self.write(|tx, c| {
            owned(tx, student, plan).map_err(c)?.ok_or(no_plan(plan))?;
            renumber(tx, plan).map_err(c)?;
            let ids = question_ids(tx, plan).map_err(c)?;
            let Some(i) = ids.iter().position(|q| *q == question) else {
                return Err(Error::Usage(s::no_such_question(question)));
            };
            let j = match dir {
                Move::Up if i > 0 => i - 1,
                Move::Down if i + 1 < ids.len() => i + 1,
                _ => return Ok(false),
            };
            let set = "UPDATE plan_questions SET position = ?2 WHERE id = ?1";
            tx.execute(set, params![ids[i], j as i64 + 1]).map_err(c)?;
            tx.execute(set, params![ids[j], i as i64 + 1]).map_err(c)?;
            touch(tx, plan, now).map_err(c)?;
            Ok(true)
        })
    }

    /// Ticks or unticks a "before" checklist item.
    pub fn set_checked(
        &mut self,
        student: i64,
        plan: i64,
        item: &str,
        checked: bool,
        now: Timestamp,
    ) -> Result<()> {
        self.write(|tx, c| {
            owned(tx, student, plan).map_err(c)?.ok_or(no_plan(plan))?;
            let json: String = tx
                .query_row(
                    "SELECT checklist FROM interview_plans WHERE id = ?1",
                    [plan],
                    |r| r.get(0),
                )
                .map_err(c)?;
            let mut items: Vec<String> = serde_json::from_str(&json).unwrap_or_default();
            items.retain(|i| i != item);
            if checked {
                items.push(item.to_string());
                items.sort();
            }
            let json = serde_json::to_string(&items).unwrap_or_else(|_| "[]".into());
            tx.execute(
                "UPDATE interview_plans SET checklist = ?2, updated_at = ?3 WHERE id = ?1",
                params![plan, json, now],
            )
            .map_err(c)?;
            Ok(())
        })
    }

    /// Saves one written part of the reflection.
    pub fn set_reflection(
        &mut self,
        student: i64,
        plan: i64,
        part: ReflectionPart,
        text: &str,
        now: Timestamp,
    ) -> Result<String> {
        let text = clean_line(TextField::Reflection, text, MAX_LONG_CHARS)?;
        self.write(|tx, c| {
            let n = tx
                .execute(
                    &format!(
                        "UPDATE interview_plans SET {} = ?3, updated_at = ?4 \
                         WHERE id = ?1 AND student_id = ?2",
                        reflection_column(part)
                    ),
                    params![plan, student, text, now],
                )
                .map_err(c)?;
            if n == 0 {
                return Err(no_plan(plan));
            }
            Ok(())
        })?;
        Ok(text)
    }

    /// Saves "more or less interested" and moves the plan's career on the shortlist (see
    /// [`rerate`]: always measured from where it stood before the first rating), all in one
    /// transaction. Returns the move, if the shortlist changed.
    pub fn set_interest(
        &mut self,
        student: i64,
        plan: i64,
        rating: Interest,
        now: Timestamp,
    ) -> Result<Option<ShortlistMove>> {
        self.write(|tx, c| {
            let row: Option<(Option<String>, Option<i64>, Option<i64>)> = tx
                .query_row(
                    "SELECT career_id, base_position, applied_interest FROM interview_plans \
                     WHERE id = ?1 AND student_id = ?2",
                    params![plan, student],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()
                .map_err(c)?;
            let Some((career, base, applied)) = row else {
                return Err(no_plan(plan));
            };
            tx.execute(
                "UPDATE interview_plans SET interest = ?2, updated_at = ?3 WHERE id = ?1",
                params![plan, rating.value(), now],
            )
            .map_err(c)?;
            let Some(career) = career else {
                return Ok(None);
            };
            // Saving the same answer again leaves the student's own reordering alone.
            if applied == Some(i64::from(rating.value())) {
                return Ok(None);
            }
            let order: Vec<String> = {
                let mut st = tx
                    .prepare(
                        "SELECT career_id FROM shortlist WHERE student_id = ?1 \
                         ORDER BY position, career_id",
                    )
                    .map_err(c)?;
                st.query_map([student], |r| r.get(0))
                    .map_err(c)?
                    .collect::<rusqlite::Result<_>>()
                    .map_err(c)?
            };
            let from = order.iter().position(|x| *x == career).map(|i| i + 1);
            let base = match base {
                Some(b) => b.max(0) as usize,
                None => from.unwrap_or(0),
            };
            tx.execute(
                "UPDATE interview_plans SET applied_interest = ?2, base_position = ?3 WHERE id = ?1",
                params![plan, rating.value(), base as i64],
            )
            .map_err(c)?;
            let Some(new) = rerate(&order, &career, base, rating) else {
                return Ok(None);
            };
            let to = new.iter().position(|x| *x == career).map(|i| i + 1);
            for (i, id) in new.iter().enumerate() {
                tx.execute(
                    "INSERT INTO shortlist (student_id, career_id, position, note, added_at) \
                     VALUES (?1, ?2, ?3, '', ?4) \
                     ON CONFLICT (student_id, career_id) DO UPDATE SET position = excluded.position",
                    params![student, id, i as i64 + 1, now],
                )
                .map_err(c)?;
            }
            Ok(Some(ShortlistMove { from, to }))
        })
    }
}

/// Some(()) when the plan is the student's.
fn owned(tx: &Transaction, student: i64, plan: i64) -> rusqlite::Result<Option<()>> {
    tx.query_row(
        "SELECT 1 FROM interview_plans WHERE id = ?1 AND student_id = ?2",
        params![plan, student],
        |_| Ok(()),
    )
    .optional()
}

/// A plan's question ids in order.
fn question_ids(tx: &Transaction, plan: i64) -> rusqlite::Result<Vec<i64>> {
    let mut st = tx
        .prepare_cached("SELECT id FROM plan_questions WHERE plan_id = ?1 ORDER BY position, id")?;
    st.query_map([plan], |r| r.get(0))?.collect()
}

/// Positions 1..n in the current order.
fn renumber(tx: &Transaction, plan: i64) -> rusqlite::Result<()> {
    for (i, id) in question_ids(tx, plan)?.iter().enumerate() {
        tx.execute(
            "UPDATE plan_questions SET position = ?2 WHERE id = ?1",
            params![id, i as i64 + 1],
        )?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "interview_tests.rs"]
mod tests;
