//! Numbered schema migrations, tracked by `PRAGMA user_version`. Append only: never edit a
//! migration that has shipped.

use rusqlite_migration::{M, Migrations};

/// Identifies a medpath database file (`PRAGMA application_id`): "MDPH".
pub const APPLICATION_ID: i64 = 0x4D44_5048;

const M1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Reference data: replaced as a whole when the built-in content version changes.
CREATE TABLE ref_careers (
    id           TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    field        TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    entry_json   TEXT NOT NULL,
    figures_json TEXT NOT NULL
) STRICT;
CREATE TABLE ref_items (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json     TEXT NOT NULL
) STRICT;
CREATE TABLE ref_questions (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json     TEXT NOT NULL
) STRICT;
CREATE TABLE ref_sources (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json     TEXT NOT NULL
) STRICT;

-- User data: written only by user actions.
CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 6 AND 12),
    created_at  INTEGER NOT NULL,
    last_active INTEGER NOT NULL
) STRICT;
"#;

const M2: &str = r#"
-- A student's starred careers, in their order. career_id is not a foreign key: reference
-- rows are replaced when the catalog changes, and a shortlist must survive that.
CREATE TABLE shortlist (
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    career_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (student_id, career_id)
) STRICT;
"#;

const M3: &str = r#"
-- Self-assessments. A row with finished_at NULL is in progress (at most one per student);
-- a finished row is a result, kept with its date so retakes can be compared.
CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    -- The item the student is on (0-based), so a reopened assessment resumes there.
    position    INTEGER NOT NULL DEFAULT 0,
    -- The profile and the answer-quality checks (domain::assessment::Scored), once finished.
    scored_json TEXT,
    CHECK ((finished_at IS NULL) = (scored_json IS NULL))
) STRICT;
CREATE INDEX assessments_by_student ON assessments(student_id, finished_at);
CREATE UNIQUE INDEX one_open_assessment ON assessments(student_id) WHERE finished_at IS NULL;

-- One row per item answered or skipped (value NULL). item_id is not a foreign key, for the
-- same reason as the shortlist's career_id.
CREATE TABLE answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,
    value         INTEGER CHECK (value BETWEEN 1 AND 5),
    answered_at   INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
) STRICT;

-- Matches a student marked "not for me".
CREATE TABLE hidden_matches (
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    career_id  TEXT NOT NULL,
    hidden_at  INTEGER NOT NULL,
    PRIMARY KEY (student_id, career_id)
) STRICT;
"#;

const M4: &str = r#"
-- Interview and shadowing plans. career_id is not a foreign key (see the shortlist).
CREATE TABLE interview_plans (
    id            INTEGER PRIMARY KEY,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    person        TEXT NOT NULL,
    role          TEXT NOT NULL,
    career_id     TEXT,
    day           TEXT,
    format        TEXT NOT NULL CHECK (format IN ('in-person', 'video', 'phone', 'shadowing')),
    goal          TEXT NOT NULL,
    -- The ticked "before" checklist items, as a JSON array of ids.
    checklist     TEXT NOT NULL DEFAULT '[]',
    surprised     TEXT NOT NULL DEFAULT '',
    harder_better TEXT NOT NULL DEFAULT '',
    interest      INTEGER CHECK (interest BETWEEN -2 AND 2),
    next_step     TEXT NOT NULL DEFAULT '',
    -- The interest rating last applied to the shortlist, and where the career stood on the
    -- shortlist before the first rating (1-based; 0 = not on it; NULL = not rated yet), so a
    -- changed rating corrects the move instead of adding to it.
    applied_interest INTEGER CHECK (applied_interest BETWEEN -2 AND 2),
    base_position INTEGER CHECK (base_position >= 0),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX interview_plans_by_student ON interview_plans(student_id, updated_at);

-- The questions of a plan, in order, with the answer heard and follow-ups jotted down.
CREATE TABLE plan_questions (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES interview_plans(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT,
    text      TEXT NOT NULL,
    opener    INTEGER NOT NULL DEFAULT 0 CHECK (opener IN (0, 1)),
    answer    TEXT NOT NULL DEFAULT '',
    followups TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plan_questions_by_plan ON plan_questions(plan_id, position);
"#;

const M5: &str = r#"
-- An optional PIN per profile, kept only as an Argon2id hash (PHC string), with the count
-- of wrong tries in a row and the time before which no try is taken.
ALTER TABLE students ADD COLUMN pin_hash TEXT;
ALTER TABLE students ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE students ADD COLUMN pin_wait_until INTEGER NOT NULL DEFAULT 0;

-- Counselor mode: one passphrase, kept as an Argon2id hash. Private notes are encrypted
-- with a random data key; the key is stored only wrapped (encrypted) with a key derived
-- from the passphrase by Argon2id with key_salt.
CREATE TABLE counselor (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    pass_hash     TEXT NOT NULL,
    key_salt      BLOB NOT NULL,
    wrapped_key   BLOB NOT NULL,
    failures      INTEGER NOT NULL DEFAULT 0,
    wait_until    INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
) STRICT;

-- Check-ins between a counselor and a student. notes is the private note, sealed with the
-- counselor's data key (nonce || ciphertext); NULL when there is none.
CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    held_on    TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    notes      BLOB,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX checkins_by_student ON checkins(student_id, held_on);

-- Goals and action items, set at a check-in (or by the student), carried until done.
CREATE TABLE goals (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    checkin_id INTEGER REFERENCES checkins(id) ON DELETE SET NULL,
    text       TEXT NOT NULL,
    due_on     TEXT,
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    created_at INTEGER NOT NULL,
    closed_at  INTEGER
) STRICT;
CREATE INDEX goals_by_student ON goals(student_id, status, due_on);

-- The high-school course plan: one row per course the student plans, takes or has done.
CREATE TABLE course_plan (
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    course     TEXT NOT NULL,
    grade      INTEGER NOT NULL CHECK (grade BETWEEN 9 AND 12),
    status     TEXT NOT NULL CHECK (status IN ('planned', 'taking', 'done')),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (student_id, course)
) STRICT;

-- Shadowing, volunteering, clubs, summer programs, certifications.
CREATE TABLE experiences (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    started_on TEXT,
    ended_on   TEXT,
    hours      INTEGER NOT NULL DEFAULT 0 CHECK (hours BETWEEN 0 AND 10000),
    reflection TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX experiences_by_student ON experiences(student_id, started_on);
"#;

const M6: &str = r#"
-- The top matches of each student's latest result, ranked when the result is saved, so the
-- counselor's roster does not rank the whole catalog again for every student. `catalog` is
-- the built-in content version they were ranked against: a new catalog ranks them again.
CREATE TABLE result_top (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    catalog       TEXT NOT NULL,
    -- Career ids, best first, one per line.
    careers       TEXT NOT NULL,
    -- The answer-quality flags, as a JSON array.
    flags         TEXT NOT NULL
) STRICT;
CREATE INDEX result_top_by_student ON result_top(student_id);
-- Finished results by student, newest first, for "the latest result of everyone".
CREATE INDEX results_by_student ON assessments(student_id, finished_at DESC, id DESC)
    WHERE finished_at IS NOT NULL;
"#;

const M7: &str = r#"
-- Home lists profiles most recently active first, a window at a time: this index lets it read
-- one window (and skip to any place in the list) without sorting every profile, and holds
-- everything a row shows, so the table itself is not read.
CREATE INDEX students_by_activity
    ON students(last_active DESC, name_key, name, grade, created_at, pin_hash IS NOT NULL);
-- How many profiles there are, kept by triggers, so Home knows without counting them all.
CREATE TABLE tallies (
    what TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO tallies (what, n) SELECT 'students', count(*) FROM students;
CREATE TRIGGER students_tally_add AFTER INSERT ON students BEGIN
    UPDATE tallies SET n = n + 1 WHERE what = 'students';
END;
CREATE TRIGGER students_tally_remove AFTER DELETE ON students BEGIN
    UPDATE tallies SET n = n - 1 WHERE what = 'students';
END;
"#;

const M8: &str = r#"
-- The school's own id for a student (optional): import matches a record by it.
ALTER TABLE students ADD COLUMN school_id TEXT;
CREATE UNIQUE INDEX students_by_school_id ON students(school_id) WHERE school_id IS NOT NULL;
"#;

const M9: &str = r#"
-- Who this file is: a random id made once, and a count every save raises (so every save
-- writes this row, and any -wal holds it). A -wal from another database, or from before a
-- copy was restored, then shows another id than the file's own, and is refused.
CREATE TABLE identity (
    only   INTEGER PRIMARY KEY CHECK (only = 1),
    id     BLOB NOT NULL,
    writes INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO identity (only, id) VALUES (1, randomblob(16));
"#;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(M1),
        M::up(M2),
        M::up(M3),
        M::up(M4),
        M::up(M5),
        M::up(M6),
        M::up(M7),
        M::up(M8),
        M::up(M9),
    ])
}

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    // One migration per entry above; keep in step with `migrations()`.
    9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn latest_version_matches_the_list() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, latest_version());
    }
}
