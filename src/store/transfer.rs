//! Export a student's whole record to an [`ExportFile`], and import one: merged into the
//! profile of the same name (or a new one) in one transaction, skipping what is already
//! there, so importing the same file twice changes nothing the second time.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::assessment::{Answers, score};
use crate::domain::clock::Timestamp;
use crate::domain::student::{Student, name_key};
use crate::domain::transfer::{
    AnswerOut, AssessmentOut, CheckInOut, CourseOut, ExperienceOut, ExportFile, FORMAT, GoalOut,
    HiddenOut, ImportError, ImportReport, Local, Mismatch, NoteOut, PlanOut, Problem, QuestionOut,
    SealedNotes, ShortlistOut, StudentOut, Target, VERSION, from_hex, match_profile, to_hex,
};
use crate::error::{Error, Result};
use crate::secret::{self, Purpose, Vault};

/// Seals private notes for an export file with a key derived from `passphrase`.
pub fn seal_export_notes(passphrase: &str, notes: &[NoteOut]) -> Result<SealedNotes> {
    let salt = secret::salt();
    let key = secret::derive(passphrase, &salt).map_err(|e| Error::Database(e.to_string()))?;
    let json = serde_json::to_string(notes).map_err(|e| Error::Database(e.to_string()))?;
    Ok(SealedNotes {
        salt: to_hex(&salt),
        sealed: to_hex(&secret::seal_text(&key, Purpose::ExportNotes, &json)),
    })
}

/// Opens an export file's private notes; a wrong passphrase is refused.
pub fn open_export_notes(
    passphrase: &str,
    sealed: &SealedNotes,
    checkins: usize,
) -> Result<Vec<NoteOut>> {
    let damaged = || ImportError::BadValue("counselor_notes".into(), Problem::BadNotes);
    let salt = from_hex(&sealed.salt).ok_or_else(|| Error::BadInput(damaged().to_string()))?;
    let bytes = from_hex(&sealed.sealed).ok_or_else(|| Error::BadInput(damaged().to_string()))?;
    let key = secret::derive(passphrase, &salt).map_err(|e| Error::Database(e.to_string()))?;
    let json = secret::open_text(&key, Purpose::ExportNotes, &bytes)
        .map_err(|_| Error::Record(crate::domain::record::RecordError::WrongPassphrase))?;
    let notes: Vec<NoteOut> =
        serde_json::from_str(&json).map_err(|_| Error::BadInput(damaged().to_string()))?;
    for n in &notes {
        if n.checkin >= checkins || n.text.chars().count() > crate::domain::record::MAX_NOTE_CHARS {
            return Err(Error::BadInput(damaged().to_string()));
        }
    }
    Ok(notes)
}

/// Finds the profiles a file could belong to, by school id and by name, and asks
/// [`match_profile`].
fn locate(
    conn: &rusqlite::Connection,
    st: &StudentOut,
) -> rusqlite::Result<Result<Target, Mismatch>> {
    let local = |clause: &str, value: &str| {
        conn.query_row(
            &format!("SELECT id, name, grade, school_id FROM students WHERE {clause} = ?1"),
            [value],
            |r| {
                Ok(Local {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    grade: r.get(2)?,
                    school_id: r.get(3)?,
                })
            },
        )
        .optional()
    };
    let by_id = match &st.school_id {
        Some(id) => local("school_id", id)?,
        None => None,
    };
    let by_name = local("name_key", &name_key(&st.name))?;
    Ok(match_profile(st, by_id.as_ref(), by_name.as_ref()))
}

impl Store {
    /// Everything of one student's, ready to write as JSON. Private notes are included only
    /// when the counselor gives the vault and a passphrase to seal them with.
    pub fn export_student(
        &self,
        st: &Student,
        notes: Option<(&Vault, &str)>,
        now: Timestamp,
    ) -> Result<ExportFile> {
        let e = |e| self.err(e);
        let id = st.id;
        let (pin_hash, school_id): (Option<String>, Option<String>) = self
            .conn
            .query_row(
                "SELECT pin_hash, school_id FROM students WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(e)?;

        let mut assessments = Vec::new();
        {
            let mut q = self
                .conn
                .prepare(
                    "SELECT id, started_at, finished_at, position FROM assessments \
                     WHERE student_id = ?1 ORDER BY started_at, id",
                )
                .map_err(e)?;
            let runs = q
                .query_map([id], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .map_err(e)?
                .collect::<rusqlite::Result<Vec<(i64, i64, Option<i64>, u32)>>>()
                .map_err(e)?;
            let mut a = self
                .conn
                .prepare(
                    "SELECT item_id, value, answered_at FROM answers WHERE assessment_id = ?1 \
                     ORDER BY item_id",
                )
                .map_err(e)?;
            for (run, started_at, finished_at, position) in runs {
                let answers = a
                    .query_map([run], |r| {
                        Ok(AnswerOut {
                            item: r.get(0)?,
                            value: r.get(1)?,
                            answered_at: r.get(2)?,
                        })
                    })
                    .map_err(e)?
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(e)?;
                assessments.push(AssessmentOut {
                    started_at,
                    finished_at,
                    position,
                    answers,
                });
            }
        }

        let hidden = self
            .conn
            .prepare("SELECT career_id, hidden_at FROM hidden_matches WHERE student_id = ?1 ORDER BY career_id")
            .map_err(e)?
            .query_map([id], |r| {
                Ok(HiddenOut {
                    career: r.get(0)?,
                    hidden_at: r.get(1)?,
                })
            })
            .map_err(e)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(e)?;

        let shortlist = self
            .shortlist(id)?
            .into_iter()
            .map(|x| ShortlistOut {
                career: x.career_id,
                note: x.note,
                added_at: x.added_at,
            })
            .collect();

        let mut plans = Vec::new();
        {
            let mut q = self
                .conn
                .prepare(
                    "SELECT id, person, role, career_id, day, format, goal, checklist, surprised, \
                     harder_better, interest, next_step, applied_interest, base_position, \
                     created_at, updated_at FROM interview_plans WHERE student_id = ?1 \
                     ORDER BY created_at, id",
                )
                .map_err(e)?;
            let rows = q
                .query_map([id], |r| {
                    let format: String = r.get(5)?;
                    let checklist: String = r.get(7)?;
                    Ok((
                        r.get::<_, i64>(0)?,
                        PlanOut {
                            person: r.get(1)?,
                            role: r.get(2)?,
                            career: r.get(3)?,
                            day: r.get(4)?,
                            format: crate::domain::plan::Format::parse(&format)
                                .unwrap_or(crate::domain::plan::Format::InPerson),
                            goal: r.get(6)?,
                            checklist: serde_json::from_str(&checklist).unwrap_or_default(),
                            surprised: r.get(8)?,
                            harder_better: r.get(9)?,
                            interest: r.get(10)?,
                            next_step: r.get(11)?,
                            applied_interest: r.get(12)?,
                            base_position: r.get(13)?,
                            created_at: r.get(14)?,
                            updated_at: r.get(15)?,
                            questions: Vec::new(),
                        },
                    ))
                })
                .map_err(e)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(e)?;
            let mut qq = self
                .conn
                .prepare(
                    "SELECT source_id, text, opener, answer, followups FROM plan_questions \
                     WHERE plan_id = ?1 ORDER BY position",
                )
                .map_err(e)?;
            for (pid, mut p) in rows {
                p.questions = qq
                    .query_map([pid], |r| {
                        Ok(QuestionOut {
                            source: r.get(0)?,
                            text: r.get(1)?,
                            opener: r.get(2)?,
                            answer: r.get(3)?,
                            followups: r.get(4)?,
                        })
                    })
                    .map_err(e)?
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(e)?;
                plans.push(p);
            }
        }

        // Oldest first, so places in the list stay put as check-ins are added.
        let mut checkins_here = self.checkins(id)?;
        checkins_here.reverse();
        let checkins: Vec<CheckInOut> = checkins_here
            .iter()
            .map(|c| CheckInOut {
                held_on: c.held_on.clone(),
                summary: c.summary.clone(),
                created_at: c.created_at,
                updated_at: c.updated_at,
            })
            .collect();
        let place = |checkin: Option<i64>| {
            checkin.and_then(|ci| checkins_here.iter().position(|c| c.id == ci))
        };
        let goals = self
            .goals(id)?
            .into_iter()
            .map(|g| GoalOut {
                checkin: place(g.checkin_id),
                text: g.text,
                due_on: g.due_on,
                status: g.status,
                created_at: g.created_at,
                closed_at: g.closed_at,
            })
            .collect();
        let courses = self
            .course_plan(id)?
            .into_iter()
            .map(|c| CourseOut {
                course: c.course,
                grade: c.grade,
                status: c.status,
                updated_at: c.updated_at,
            })
            .collect();
        let experiences = self
            .experiences(id)?
            .into_iter()
            .map(|x| ExperienceOut {
                kind: x.kind,
                title: x.title,
                started_on: x.started_on,
                ended_on: x.ended_on,
                hours: x.hours,
                reflection: x.reflection,
                created_at: x.created_at,
            })
            .collect();

        let counselor_notes = match notes {
            None => None,
            Some((vault, passphrase)) => {
                let mut out = Vec::new();
                for (i, c) in checkins_here.iter().enumerate() {
                    if c.has_notes
                        && let Some(text) = self.checkin_notes(vault, id, c.id)?
                    {
                        out.push(NoteOut { checkin: i, text });
                    }
                }
                Some(seal_export_notes(passphrase, &out)?)
            }
        };

        Ok(ExportFile {
            format: FORMAT.to_string(),
            version: VERSION,
            exported_at: now,
            student: StudentOut {
                name: st.name.clone(),
                grade: st.grade,
                created_at: st.created_at,
                last_active: st.last_active,
                pin_hash,
                school_id,
            },
            assessments,
            hidden,
            shortlist,
            plans,
            checkins,
            goals,
            courses,
            experiences,
            counselor_notes,
        })
    }

    /// Which profile on this computer a file belongs to ([`match_profile`]), or why it
    /// belongs to none.
    pub fn import_target(&self, st: &StudentOut) -> Result<Result<Target, Mismatch>> {
        locate(&self.conn, st).map_err(|e| self.err(e))
    }

    /// Imports a checked export file (see [`crate::domain::transfer::parse`]) in one
    /// transaction, into `target` (from [`Store::import_target`], after the caller checked
    /// who may change that profile). A merge never sets or changes the profile's PIN.
    /// Check-ins and the goals set at them come in only when `counselor` (the passphrase
    /// was given); `notes` are the file's private notes, opened, with the vault to seal
    /// them under on this computer.
    pub fn import_student(
        &mut self,
        f: &ExportFile,
        target: Target,
        counselor: bool,
        notes: Option<(&Vault, &[NoteOut])>,
    ) -> Result<ImportReport> {
        let items = self.items()?;
        let key = name_key(&f.student.name);
        let rep = self.write(|tx, c| {
            let mut rep = ImportReport {
                student: f.student.name.clone(),
                ..Default::default()
            };
            // The profiles may have changed since the caller checked: never write into
            // one it did not check.
            if locate(tx, &f.student).map_err(c)? != Ok(target) {
                return Err(Error::Usage(crate::strings::access::IMPORT_CHANGED.into()));
            }
            let sid = match target {
                Target::Existing(id) => {
                    let (name, own_pin): (String, bool) = tx
                        .query_row(
                            "SELECT name, pin_hash IS NOT NULL FROM students WHERE id = ?1",
                            [id],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .map_err(c)?;
                    rep.student = name;
                    rep.pin_not_used = f.student.pin_hash.is_some() && !own_pin;
                    tx.execute(
                        "UPDATE students SET last_active = max(last_active, ?2) WHERE id = ?1",
                        params![id, f.student.last_active],
                    )
                    .map_err(c)?;
                    id
                }
                Target::New => {
                    rep.created = true;
                    tx.execute(
                        "INSERT INTO students (name, name_key, grade, created_at, last_active, pin_hash, school_id) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            f.student.name.trim(),
                            key,
                            f.student.grade,
                            f.student.created_at,
                            f.student.last_active,
                            f.student.pin_hash,
                            f.student.school_id
                        ],
                    )
                    .map_err(c)?;
                    tx.last_insert_rowid()
                }
            };

            for a in &f.assessments {
                let here: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM assessments WHERE student_id = ?1 AND started_at = ?2)",
                        params![sid, a.started_at],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                let open_here: bool = a.finished_at.is_none()
                    && tx
                        .query_row(
                            "SELECT EXISTS (SELECT 1 FROM assessments WHERE student_id = ?1 AND finished_at IS NULL)",
                            [sid],
                            |r| r.get(0),
                        )
                        .map_err(c)?;
                if here || open_here {
                    rep.skipped += 1;
                    continue;
                }
                let answers: Answers =
                    a.answers.iter().map(|x| (x.item.clone(), x.value)).collect();
                let scored = match a.finished_at {
                    Some(_) => Some(
                        serde_json::to_string(&score(&items, &answers))
                            .map_err(|e| Error::Database(e.to_string()))?,
                    ),
                    None => None,
                };
                tx.execute(
                    "INSERT INTO assessments (student_id, started_at, finished_at, position, scored_json) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![sid, a.started_at, a.finished_at, a.position, scored],
                )
                .map_err(c)?;
                let run = tx.last_insert_rowid();
                for x in &a.answers {
                    tx.execute(
                        "INSERT OR IGNORE INTO answers (assessment_id, item_id, value, answered_at) \
                         VALUES (?1, ?2, ?3, ?4)",
                        params![run, x.item, x.value, x.answered_at],
                    )
                    .map_err(c)?;
                }
                rep.assessments += 1;
            }

            for h in &f.hidden {
                tx.execute(
                    "INSERT OR IGNORE INTO hidden_matches (student_id, career_id, hidden_at) VALUES (?1, ?2, ?3)",
                    params![sid, h.career, h.hidden_at],
                )
                .map_err(c)?;
            }

            for e in &f.shortlist {
                let note_here: Option<String> = tx
                    .query_row(
                        "SELECT note FROM shortlist WHERE student_id = ?1 AND career_id = ?2",
                        params![sid, e.career],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(c)?;
                match note_here {
                    Some(n) => {
                        if n.is_empty() && !e.note.is_empty() {
                            tx.execute(
                                "UPDATE shortlist SET note = ?3 WHERE student_id = ?1 AND career_id = ?2",
                                params![sid, e.career, e.note],
                            )
                            .map_err(c)?;
                        }
                        rep.skipped += 1;
                    }
                    None => {
                        tx.execute(
                            "INSERT INTO shortlist (student_id, career_id, position, note, added_at) \
                             SELECT ?1, ?2, coalesce(max(position), 0) + 1, ?3, ?4 FROM shortlist WHERE student_id = ?1",
                            params![sid, e.career, e.note, e.added_at],
                        )
                        .map_err(c)?;
                        rep.shortlist += 1;
                    }
                }
            }

            for p in &f.plans {
                let here: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM interview_plans WHERE student_id = ?1 AND created_at = ?2 AND person = ?3)",
                        params![sid, p.created_at, p.person],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                if here {
                    rep.skipped += 1;
                    continue;
                }
                let checklist =
                    serde_json::to_string(&p.checklist).map_err(|e| Error::Database(e.to_string()))?;
                tx.execute(
                    "INSERT INTO interview_plans (student_id, person, role, career_id, day, format, goal, \
                     checklist, surprised, harder_better, interest, next_step, applied_interest, \
                     base_position, created_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                    params![
                        sid,
                        p.person,
                        p.role,
                        p.career,
                        p.day,
                        p.format.as_str(),
                        p.goal,
                        checklist,
                        p.surprised,
                        p.harder_better,
                        p.interest,
                        p.next_step,
                        p.applied_interest,
                        p.base_position,
                        p.created_at,
                        p.updated_at
                    ],
                )
                .map_err(c)?;
                let pid = tx.last_insert_rowid();
                for (i, q) in p.questions.iter().enumerate() {
                    tx.execute(
                        "INSERT INTO plan_questions (plan_id, position, source_id, text, opener, answer, followups) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![pid, i as i64 + 1, q.source, q.text, q.opener, q.answer, q.followups],
                    )
                    .map_err(c)?;
                }
                rep.plans += 1;
            }

            // Check-ins: the local id of each one in the file, new or already here.
            let mut ids = Vec::with_capacity(f.checkins.len());
            if !counselor {
                rep.counselor_left_out += f.checkins.len();
            }
            for ci in f.checkins.iter().filter(|_| counselor) {
                let here: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM checkins WHERE student_id = ?1 AND held_on = ?2 AND created_at = ?3",
                        params![sid, ci.held_on, ci.created_at],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(c)?;
                let id = match here {
                    Some(id) => {
                        rep.skipped += 1;
                        id
                    }
                    None => {
                        tx.execute(
                            "INSERT INTO checkins (student_id, held_on, summary, created_at, updated_at) \
                             VALUES (?1, ?2, ?3, ?4, ?5)",
                            params![sid, ci.held_on, ci.summary, ci.created_at, ci.updated_at],
                        )
                        .map_err(c)?;
                        rep.checkins += 1;
                        tx.last_insert_rowid()
                    }
                };
                ids.push(id);
            }
            if let Some((vault, list)) = notes {
                for n in list {
                    let Some(&id) = ids.get(n.checkin) else { continue };
                    let sealed = vault.seal_note(&n.text, id, sid);
                    let changed = tx
                        .execute(
                            "UPDATE checkins SET notes = ?2 WHERE id = ?1 AND student_id = ?3 \
                             AND notes IS NULL",
                            params![id, sealed, sid],
                        )
                        .map_err(c)?;
                    rep.notes += changed;
                }
            }

            for g in &f.goals {
                if g.checkin.is_some() && !counselor {
                    rep.counselor_left_out += 1;
                    continue;
                }
                let here: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM goals WHERE student_id = ?1 AND created_at = ?2 AND text = ?3)",
                        params![sid, g.created_at, g.text],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                if here {
                    rep.skipped += 1;
                    continue;
                }
                let checkin = g.checkin.and_then(|i| ids.get(i).copied());
                tx.execute(
                    "INSERT INTO goals (student_id, checkin_id, text, due_on, status, created_at, closed_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![sid, checkin, g.text, g.due_on, g.status.as_str(), g.created_at, g.closed_at],
                )
                .map_err(c)?;
                rep.goals += 1;
            }

            for co in &f.courses {
                let n = tx
                    .execute(
                        "INSERT INTO course_plan (student_id, course, grade, status, updated_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5) \
                         ON CONFLICT (student_id, course) DO UPDATE SET grade = excluded.grade, \
                         status = excluded.status, updated_at = excluded.updated_at \
                         WHERE excluded.updated_at > course_plan.updated_at",
                        params![sid, co.course, co.grade, co.status.as_str(), co.updated_at],
                    )
                    .map_err(c)?;
                if n == 1 {
                    rep.courses += 1;
                } else {
                    rep.skipped += 1;
                }
            }

            for x in &f.experiences {
                let here: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM experiences WHERE student_id = ?1 AND created_at = ?2 AND title = ?3)",
                        params![sid, x.created_at, x.title],
                        |r| r.get(0),
                    )
                    .map_err(c)?;
                if here {
                    rep.skipped += 1;
                    continue;
                }
                tx.execute(
                    "INSERT INTO experiences (student_id, kind, title, started_on, ended_on, hours, reflection, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![sid, x.kind.as_str(), x.title, x.started_on, x.ended_on, x.hours, x.reflection, x.created_at],
                )
                .map_err(c)?;
                rep.experiences += 1;
            }
            Ok(rep)
        })?;
        // Rank the imported results for the roster (committed already: see after_result_saved).
        let _ = self.refresh_result_tops();
        Ok(rep)
    }
}
