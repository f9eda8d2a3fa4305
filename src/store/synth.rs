//! A synthetic data generator for benchmarks (not a user command): fills a database with
//! students with realistic histories.
//!
//! Each student gets a name, a grade, a year of activity and, drawn around a per-student
//! interest profile so results differ: finished assessments (54 answers each, scored as
//! [`Store::save_taken`] scores them), sometimes one in progress, a shortlist, hidden matches,
//! interview plans with questions from the bank, check-ins over the year (private notes
//! sealed when a vault is given), goals (open, done, dropped, some overdue), a course plan
//! and experiences. The same `n`, `seed` and `today` give the same rows (sealed notes aside:
//! their nonces are random).
//!
//! Rows are written with plain SQL, 1,000 students per transaction, with `synchronous=OFF`
//! for the fill (restored afterwards); the roster's `result_top` rows are then ranked with
//! [`Store::refresh_result_tops`], as the program does when each result is saved.

use rusqlite::{Transaction, params};

use super::Store;
use crate::domain::assessment::{Answers, Direction, Item, score};
use crate::domain::career::CareerSummary;
use crate::domain::clock::Timestamp;
use crate::domain::courses::Course;
use crate::domain::interview::{Question, Role};
use crate::domain::plan::{Format, checks};
use crate::domain::record::ExperienceKind;
use crate::domain::student::name_key;
use crate::error::{Error, Result};
use crate::secret::Vault;

/// Changes when the generator writes different data from the same seed (benchmarks key
/// their cached databases on it).
pub const VERSION: u32 = 1;

/// Students written per transaction.
const CHUNK: usize = 1_000;
const DAY: i64 = 86_400;
/// Dates from this many days before `today` to this many after are precomputed.
const SPAN: i64 = 400;

/// How many rows of each kind a fill wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SynthCounts {
    pub students: usize,
    pub with_pin: usize,
    pub results: usize,
    pub in_progress: usize,
    pub answers: usize,
    pub shortlist: usize,
    pub hidden: usize,
    pub plans: usize,
    pub plan_questions: usize,
    pub checkins: usize,
    pub sealed_notes: usize,
    pub goals: usize,
    pub overdue_goals: usize,
    pub courses: usize,
    pub experiences: usize,
    pub result_tops: usize,
}

impl SynthCounts {
    /// Every row written, all tables together.
    pub fn rows(&self) -> usize {
        self.students
            + self.results
            + self.in_progress
            + self.answers
            + self.shortlist
            + self.hidden
            + self.plans
            + self.plan_questions
            + self.checkins
            + self.goals
            + self.courses
            + self.experiences
            + self.result_tops
    }
}

/// SplitMix64: small, fast, deterministic; plenty for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            ((self.next_u64() >> 11) % n as u64) as usize
        }
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            lo
        } else {
            lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
        }
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    pub fn chance(&mut self, p: f32) -> bool {
        self.unit() < p
    }

    /// Roughly normal, mean 0, sd 1 (sum of four uniforms).
    pub fn normal(&mut self) -> f32 {
        let s: f32 = (0..4).map(|_| self.unit()).sum();
        (s - 2.0) * 1.732
    }

    /// An index drawn with the given weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    pub fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }

    /// `k` distinct indexes below `n`, in drawn order.
    pub fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        for i in 0..k {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(k);
        all
    }
}

#[path = "synth_words.rs"]
mod words;
use words::*;

/// Per-student tastes the answers are drawn around.
struct Taste {
    /// Mean answer per interest area, 1-5, in RIASEC order.
    areas: [f32; 6],
    /// Position on each work-style dimension, 0-1.
    dims: [f32; 12],
    /// How strongly answers stray from the tastes (answer noise, on the 1-5 scale).
    noise: f32,
}

impl Taste {
    fn draw(rng: &mut Rng) -> Taste {
        let mut areas = [0.0; 6];
        for a in &mut areas {
            *a = 2.2 + rng.unit() * 1.4;
        }
        // One or two areas the student clearly likes, one they clearly do not.
        let likes = rng.distinct(6, 3);
        areas[likes[0]] = 4.0 + rng.unit();
        if rng.chance(0.6) {
            areas[likes[1]] = 3.6 + rng.unit() * 1.2;
        }
        areas[likes[2]] = 1.0 + rng.unit() * 1.2;
        let mut dims = [0.0; 12];
        for d in &mut dims {
            *d = (0.5 + 0.3 * rng.normal()).clamp(0.0, 1.0);
        }
        Taste {
            areas,
            dims,
            noise: 0.5 + rng.unit() * 0.6,
        }
    }

    /// Tastes change a little between one assessment and the next.
    fn drift(&mut self, rng: &mut Rng) {
        for a in &mut self.areas {
            *a = (*a + 0.3 * rng.normal()).clamp(1.0, 5.0);
        }
        for d in &mut self.dims {
            *d = (*d + 0.1 * rng.normal()).clamp(0.0, 1.0);
        }
    }

    fn answer(&self, item: &Item, rng: &mut Rng) -> u8 {
        let base = if let Some(a) = item.area {
            self.areas[a as usize]
        } else if let (Some(d), Some(dir)) = (item.dimension, item.direction) {
            let p = self.dims[d as usize];
            let p = if dir == Direction::Toward { p } else { 1.0 - p };
            1.0 + 4.0 * p
        } else {
            3.0
        };
        (base + self.noise * rng.normal()).round().clamp(1.0, 5.0) as u8
    }
}

/// How a student answers one assessment.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Careful,
    /// The same answer to (nearly) everything.
    Same,
    /// Skips about a third of the items.
    Skipper,
}

/// Precomputed `YYYY-MM-DD` strings around `today`.
struct Days {
    today: Timestamp,
    dates: Vec<String>,
}

impl Days {
    fn new(today: &str) -> Result<Days> {
        let date: jiff::civil::Date = today
            .parse()
            .map_err(|e| Error::Usage(format!("not a date (YYYY-MM-DD): {today}: {e}")))?;
        let noon = date
            .at(12, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map_err(|e| Error::Usage(e.to_string()))?
            .timestamp()
            .as_second();
        let dates = (-SPAN..=SPAN)
            .map(|d| {
                date.checked_add(jiff::Span::new().days(d))
                    .map(|x| x.to_string())
                    .unwrap_or_else(|_| today.to_string())
            })
            .collect();
        Ok(Days { today: noon, dates })
    }

    /// The date `offset` days from today (negative: before).
    fn date(&self, offset: i64) -> &str {
        &self.dates[(offset.clamp(-SPAN, SPAN) + SPAN) as usize]
    }

    /// Days from today of a timestamp (negative: before).
    fn offset(&self, ts: Timestamp) -> i64 {
        (ts - self.today).div_euclid(DAY)
    }
}

/// Reference data and settings shared by every student of a fill.
struct Ctx<'a> {
    items: &'a [Item],
    careers: &'a [CareerSummary],
    bank: &'a [Question],
    days: &'a Days,
    vault: Option<&'a Vault>,
    pin_hash: Option<&'a str>,
}

impl Store {
    /// Adds `n` synthetic students with a year of history up to `today` (`YYYY-MM-DD`),
    /// drawn from `seed`. With a vault, check-ins carry sealed private notes. Returns how
    /// many rows of each kind were written.
    pub fn fill_synthetic(
        &mut self,
        n: usize,
        seed: u64,
        today: &str,
        vault: Option<&Vault>,
    ) -> Result<SynthCounts> {
        let days = Days::new(today)?;
        let items = self.items()?;
        let careers = self.careers()?;
        let bank = self.questions()?;
        if items.is_empty() || careers.is_empty() || bank.is_empty() {
            return Err(Error::Database("the reference data is not loaded".into()));
        }
        // One real Argon2id hash, shared by the students who have a PIN (hashing each
        // would take longer than everything else together).
        let pin_hash = if n > 0 {
            Some(crate::secret::hash("2468").map_err(|e| Error::Database(e.to_string()))?)
        } else {
            None
        };
        let ctx = Ctx {
            items: &items,
            careers: &careers,
            bank: &bank,
            days: &days,
            vault,
            pin_hash: pin_hash.as_deref(),
        };
        let mut rng = Rng::new(seed);
        let mut counts = SynthCounts::default();
        let sync: i64 = self
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let cache: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))
            .map_err(|e| self.err(e))?;
        // No waiting for the disk, and room for a whole chunk in memory.
        self.conn
            .pragma_update(None, "synchronous", "OFF")
            .and_then(|()| self.conn.pragma_update(None, "cache_size", -65_536))
            .map_err(|e| self.err(e))?;
        let filled = self.fill_chunks(n, &ctx, &mut rng, &mut counts);
        let ranked = filled.and_then(|()| self.refresh_result_tops());
        // Back to what it was, whatever happened.
        let restored = self
            .conn
            .pragma_update(None, "synchronous", sync)
            .and_then(|()| self.conn.pragma_update(None, "cache_size", cache))
            .map_err(|e| self.err(e));
        counts.result_tops = ranked?;
        restored?;
        Ok(counts)
    }

    fn fill_chunks(
        &mut self,
        n: usize,
        ctx: &Ctx<'_>,
        rng: &mut Rng,
        counts: &mut SynthCounts,
    ) -> Result<()> {
        let mut serial: usize = self
            .conn
            .query_row("SELECT count(*) FROM students", [], |r| r.get::<_, i64>(0))
            .map_err(|e| self.err(e))? as usize;
        let mut done = 0;
        while done < n {
            let k = CHUNK.min(n - done);
            let path = self.path.clone();
            let c = |e| super::classify(&path, e);
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(c)?;
            for _ in 0..k {
                student(&tx, ctx, rng, &mut serial, counts).map_err(c)?;
            }
            tx.commit().map_err(c)?;
            done += k;
        }
        Ok(())
    }
}

/// A name not taken yet: first and last name, with a middle initial and then a number once
/// the plain combinations run out.
fn name_for(serial: usize) -> String {
    let (f, l) = (FIRST.len(), LAST.len());
    // Step through the combinations in a scattered order, so neighbours differ in both names.
    let combos = f * l;
    let i = serial % combos;
    let j = (i * 2_029) % combos; // 2029 is prime and does not divide 64*64.
    let first = FIRST[j % f];
    let last = LAST[j / f];
    let round = serial / combos;
    if round == 0 {
        format!("{first} {last}")
    } else if round <= 26 {
        let initial = (b'A' + (round - 1) as u8) as char;
        format!("{first} {initial}. {last}")
    } else {
        format!("{first} {last} {}", round - 26)
    }
}

/// Writes one student and their history.
fn student(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    rng: &mut Rng,
    serial: &mut usize,
    counts: &mut SynthCounts,
) -> rusqlite::Result<()> {
    let now = ctx.days.today;
    let created = now - rng.range(1, 365) * DAY + rng.range(-4, 4) * 3_600;
    let last_active = created + rng.range(0, now - created);
    let grade = rng.range(6, 12);
    let pin = (rng.chance(0.05)).then_some(ctx.pin_hash).flatten();

    // The name: the next free one (someone may already have it).
    let id = {
        let mut st = tx.prepare_cached(
            "INSERT OR IGNORE INTO students (name, name_key, grade, created_at, last_active, \
             pin_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        loop {
            let name = name_for(*serial);
            *serial += 1;
            if st.execute(params![
                name,
                name_key(&name),
                grade,
                created,
                last_active,
                pin
            ])? == 1
            {
                break tx.last_insert_rowid();
            }
        }
    };
    counts.students += 1;
    counts.with_pin += usize::from(pin.is_some());
    // Activity happens between creation and last use.
    let when = |rng: &mut Rng| created + rng.range(0, last_active - created);

    // Assessments: 0-3 finished, sometimes one in progress.
    let mut taste = Taste::draw(rng);
    let finished = rng.weighted(&[15, 45, 28, 12]);
    let mut times: Vec<Timestamp> = (0..finished).map(|_| when(rng)).collect();
    times.sort_unstable();
    for started in times {
        let style = match rng.weighted(&[94, 3, 3]) {
            0 => Style::Careful,
            1 => Style::Same,
            _ => Style::Skipper,
        };
        let answers = answers_for(ctx.items, &taste, style, rng);
        let scored = score(ctx.items, &answers);
        let json = serde_json::to_string(&scored)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let finished_at = started + 300 + rng.range(0, 900);
        tx.prepare_cached(
            "INSERT INTO assessments (student_id, started_at, finished_at, position, \
             scored_json) VALUES (?1, ?2, ?3, 0, ?4)",
        )?
        .execute(params![id, started, finished_at, json])?;
        let aid = tx.last_insert_rowid();
        counts.answers += insert_answers(tx, aid, ctx.items, &answers, started)?;
        counts.results += 1;
        taste.drift(rng);
    }
    if rng.chance(0.15) {
        let started = when(rng);
        let position = rng.below(ctx.items.len());
        let answers: Answers = answers_for(ctx.items, &taste, Style::Careful, rng)
            .into_iter()
            .filter(|(k, _)| {
                ctx.items
                    .iter()
                    .position(|i| &i.id == k)
                    .is_some_and(|p| p < position)
            })
            .collect();
        tx.prepare_cached(
            "INSERT INTO assessments (student_id, started_at, position) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, started, position as i64])?;
        let aid = tx.last_insert_rowid();
        counts.answers += insert_answers(tx, aid, ctx.items, &answers, started)?;
        counts.in_progress += 1;
    }

    // The shortlist (0-8 careers, in order) and a few hidden matches.
    let n_short = rng.weighted(&[15, 10, 15, 18, 15, 10, 8, 5, 4]);
    let picks = rng.distinct(ctx.careers.len(), n_short + 3);
    let short: Vec<&str> = picks[..n_short.min(picks.len())]
        .iter()
        .map(|&i| ctx.careers[i].id.as_str())
        .collect();
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO shortlist (student_id, career_id, position, note, added_at) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, career) in short.iter().enumerate() {
            let note = if rng.chance(0.2) {
                "Ask about this one at the next check-in"
            } else {
                ""
            };
            st.execute(params![id, career, i as i64 + 1, note, when(rng)])?;
        }
    }
    counts.shortlist += short.len();
    if rng.chance(0.25) {
        let mut st = tx.prepare_cached(
            "INSERT OR IGNORE INTO hidden_matches (student_id, career_id, hidden_at) \
             VALUES (?1, ?2, ?3)",
        )?;
        for &i in &picks[short.len()..] {
            if rng.chance(0.6) {
                counts.hidden += st.execute(params![id, ctx.careers[i].id, when(rng)])?;
            }
        }
    }

    // Interview plans.
    for _ in 0..rng.weighted(&[50, 30, 15, 5]) {
        let at = when(rng);
        plan(tx, ctx, rng, id, &short, at, counts)?;
    }

    // Check-ins over the year, each with 0-2 goals; a few goals set by the student.
    let n_checkins = if rng.chance(0.2) {
        0
    } else {
        rng.range(1, 12) as usize
    };
    let mut held: Vec<i64> = (0..n_checkins)
        .map(|_| rng.range(-364, 0).max(ctx.days.offset(created)))
        .collect();
    held.sort_unstable();
    for day in held {
        let held_on = ctx.days.date(day);
        let at = now + day * DAY;
        tx.prepare_cached(
            "INSERT INTO checkins (student_id, held_on, summary, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?4)",
        )?
        .execute(params![id, held_on, rng.pick(SUMMARIES), at])?;
        let checkin = tx.last_insert_rowid();
        if let Some(v) = ctx.vault
            && rng.chance(0.6)
        {
            let sealed = v.seal_note(NOTES[rng.below(NOTES.len())], checkin, id);
            tx.prepare_cached("UPDATE checkins SET notes = ?2 WHERE id = ?1")?
                .execute(params![checkin, sealed])?;
            counts.sealed_notes += 1;
        }
        counts.checkins += 1;
        for _ in 0..rng.weighted(&[30, 45, 25]) {
            goal(tx, ctx, rng, id, Some(checkin), day, counts)?;
        }
    }
    for _ in 0..rng.weighted(&[70, 20, 10]) {
        let day = ctx.days.offset(when(rng));
        goal(tx, ctx, rng, id, None, day, counts)?;
    }

    // The course plan, for students from grade 8 on: done below their grade, taking now,
    // planned ahead.
    if grade >= 8 && rng.chance(0.7) {
        let mut st = tx.prepare_cached(
            "INSERT INTO course_plan (student_id, course, grade, status, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let k = rng.range(2, 8) as usize;
        for i in rng.distinct(Course::ALL.len(), k) {
            let course = Course::ALL[i];
            let g = i64::from(course.usual_grade()).max(grade.clamp(9, 12));
            let g = if rng.chance(0.2) { (g + 1).min(12) } else { g };
            let status = match g.cmp(&grade) {
                std::cmp::Ordering::Less => "done",
                std::cmp::Ordering::Equal => "taking",
                std::cmp::Ordering::Greater => "planned",
            };
            st.execute(params![id, course.id(), g, status, when(rng)])?;
            counts.courses += 1;
        }
    }

    // Experiences.
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO experiences (student_id, kind, title, started_on, ended_on, hours, \
             reflection, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for _ in 0..rng.weighted(&[40, 30, 15, 10, 5]) {
            let kind = *rng.pick(&ExperienceKind::ALL);
            let start = ctx.days.offset(when(rng)) - rng.range(0, 30);
            let started_on = rng.chance(0.9).then(|| ctx.days.date(start));
            let ended_on = started_on
                .filter(|_| rng.chance(0.6))
                .map(|_| ctx.days.date((start + rng.range(1, 90)).min(0)));
            st.execute(params![
                id,
                kind.as_str(),
                rng.pick(EXPERIENCES),
                started_on,
                ended_on,
                rng.range(0, 120),
                rng.pick(REFLECTIONS),
                when(rng)
            ])?;
            counts.experiences += 1;
        }
    }
    Ok(())
}

/// Answers to every item around the student's tastes.
fn answers_for(items: &[Item], taste: &Taste, style: Style, rng: &mut Rng) -> Answers {
    let same = 1 + rng.below(5) as u8;
    items
        .iter()
        .map(|item| {
            let v = match style {
                Style::Careful if rng.chance(0.03) => None,
                Style::Careful => Some(taste.answer(item, rng)),
                Style::Same if rng.chance(0.95) => Some(same),
                Style::Same => Some(taste.answer(item, rng)),
                Style::Skipper if rng.chance(0.35) => None,
                Style::Skipper => Some(taste.answer(item, rng)),
            };
            (item.id.clone(), v)
        })
        .collect()
}

/// Writes answers in item order, a few seconds apart from `started`; returns how many.
fn insert_answers(
    tx: &Transaction<'_>,
    assessment: i64,
    items: &[Item],
    answers: &Answers,
    started: Timestamp,
) -> rusqlite::Result<usize> {
    let mut st = tx.prepare_cached(
        "INSERT INTO answers (assessment_id, item_id, value, answered_at) \
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut n = 0;
    for (i, item) in items.iter().enumerate() {
        if let Some(v) = answers.get(&item.id) {
            st.execute(params![assessment, item.id, v, started + 10 * i as i64])?;
            n += 1;
        }
    }
    Ok(n)
}

/// One interview plan with 8-12 bank questions; plans whose day has passed have answers and
/// often a reflection.
fn plan(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    rng: &mut Rng,
    student: i64,
    short: &[&str],
    created: Timestamp,
    counts: &mut SynthCounts,
) -> rusqlite::Result<()> {
    let format = *rng.pick(&Format::ALL);
    let career: Option<&str> = match rng.weighted(&[60, 25, 15]) {
        0 if !short.is_empty() => Some(short[rng.below(short.len())]),
        0 | 1 => Some(ctx.careers[rng.below(ctx.careers.len())].id.as_str()),
        _ => None,
    };
    let day_offset = ctx.days.offset(created) + rng.range(3, 40);
    let day = rng.chance(0.85).then(|| ctx.days.date(day_offset));
    let held = day.is_some() && day_offset < 0;
    let ids: Vec<&str> = checks(format).iter().map(|c| c.id()).collect();
    let mut ticked: Vec<&str> = ids.into_iter().filter(|_| rng.chance(0.5)).collect();
    ticked.sort_unstable();
    let ticked = serde_json::to_string(&ticked).unwrap_or_else(|_| "[]".into());
    let reflect = held && rng.chance(0.7);
    let pick_text = |rng: &mut Rng, list: &[&'static str]| -> &'static str {
        if reflect {
            list[rng.below(list.len())]
        } else {
            ""
        }
    };
    let surprised = pick_text(rng, ANSWERS);
    let harder = pick_text(rng, REFLECTIONS);
    let next_step = pick_text(rng, GOALS);
    let interest = (reflect && rng.chance(0.8)).then(|| rng.range(-2, 2));
    // A rating already applied to the shortlist remembers where the career stood before.
    let base = interest.and(career).map(|c| {
        short
            .iter()
            .position(|s| *s == c)
            .map_or(0, |p| p as i64 + 1)
    });
    let applied = base.and(interest);
    let updated = if held {
        created + (day_offset - ctx.days.offset(created) + 1) * DAY
    } else {
        created + rng.range(0, 3_600)
    }
    .min(ctx.days.today);
    tx.prepare_cached(
        "INSERT INTO interview_plans (student_id, person, role, career_id, day, format, goal, \
         checklist, surprised, harder_better, interest, next_step, applied_interest, \
         base_position, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        student,
        rng.pick(PEOPLE),
        rng.pick(ROLES),
        career,
        day,
        format.as_str(),
        rng.pick(PLAN_GOALS),
        ticked,
        surprised,
        harder,
        interest,
        next_step,
        applied,
        base,
        created,
        updated
    ])?;
    let plan = tx.last_insert_rowid();
    counts.plans += 1;
    let mut st = tx.prepare_cached(
        "INSERT INTO plan_questions (plan_id, position, source_id, text, opener, answer, \
         followups) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let n = rng.range(8, 12) as usize;
    for (pos, i) in rng.distinct(ctx.bank.len(), n).into_iter().enumerate() {
        let q = &ctx.bank[i];
        let answer = if held && rng.chance(0.7) {
            rng.pick(ANSWERS)
        } else {
            ""
        };
        let followups = if rng.chance(0.1) {
            "Ask how they chose this field"
        } else {
            ""
        };
        st.execute(params![
            plan,
            pos as i64 + 1,
            q.id,
            q.text,
            q.role == Role::Opener,
            answer,
            followups
        ])?;
        counts.plan_questions += 1;
    }
    Ok(())
}

/// One goal set on day `set_on` (days from today): due 1-8 weeks later; past due ones are
/// mostly done or dropped, the rest overdue.
fn goal(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    rng: &mut Rng,
    student: i64,
    checkin: Option<i64>,
    set_on: i64,
    counts: &mut SynthCounts,
) -> rusqlite::Result<()> {
    let due = set_on + rng.range(7, 56);
    let due_on = rng.chance(0.85).then(|| ctx.days.date(due));
    let past = due < 0 || (due_on.is_none() && set_on < -30);
    let status = if past {
        ["done", "dropped", "open"][rng.weighted(&[70, 15, 15])]
    } else {
        ["done", "dropped", "open"][rng.weighted(&[15, 3, 82])]
    };
    let created = ctx.days.today + set_on * DAY;
    let closed = (status != "open")
        .then(|| (created + rng.range(1, (due - set_on).max(1) + 10) * DAY).min(ctx.days.today));
    counts.overdue_goals += usize::from(status == "open" && due_on.is_some() && due < 0);
    tx.prepare_cached(
        "INSERT INTO goals (student_id, checkin_id, text, due_on, status, created_at, \
         closed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        student,
        checkin,
        rng.pick(GOALS),
        due_on,
        status,
        created,
        closed
    ])?;
    counts.goals += 1;
    Ok(())
}

#[cfg(test)]
#[path = "synth_tests.rs"]
mod tests;
