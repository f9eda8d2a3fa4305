//! `medpath interview list|sheet`: a student's interview plans, and the printable sheet
//! (questions before, the full record after).

use serde::Serialize;

use super::{InterviewCommand, gate, out, out_json};
use crate::domain::Student;
use crate::domain::access::Act;
use crate::domain::clock::SystemClock;
use crate::domain::plan::SheetFormat;
use crate::domain::plan::{Plan, PlanSummary};
use crate::error::{Error, Result, exit};
use crate::export::{self, title_of};
use crate::store::Store;
use crate::strings::{interview as si, interview_cli as s};

#[derive(Serialize)]
struct ListOut<'a> {
    student: &'a str,
    count: usize,
    plans: Vec<PlanOut<'a>>,
}

#[derive(Serialize)]
struct PlanOut<'a> {
    /// Holds the id, details and counts.
    #[serde(flatten)]
    summary: &'a PlanSummary,
    career_title: Option<String>,
}

pub(super) fn run(store: &mut Store, cmd: &InterviewCommand, as_counselor: bool) -> Result<i32> {
    match cmd {
        InterviewCommand::List { student, json } => {
            let st = gate::open(store, student, Act::Read, as_counselor, &SystemClock)?.student;
            list(store, &st, *json)
        }
        InterviewCommand::Sheet {
            student,
            plan,
            format,
            output,
        } => {
            let format =
                SheetFormat::parse(format).ok_or_else(|| Error::Usage(s::bad_format(format)))?;
            let st = gate::open(store, student, Act::Read, as_counselor, &SystemClock)?.student;
            let plan = pick(store, &st, *plan)?;
            let text = export::sheet(store, &st, &plan, format, &SystemClock)?;
            match output {
                Some(path) => {
                    export::write_file(store.path(), path, &text)?;
                    super::note(&s::wrote(&path.display().to_string()));
                }
                None => out(&text)?,
            }
            Ok(exit::OK)
        }
    }
}

fn list(store: &Store, st: &Student, json: bool) -> Result<i32> {
    let plans = store.plans(st.id)?;
    if json {
        let mut rows = Vec::new();
        for p in &plans {
            rows.push(PlanOut {
                summary: p,
                career_title: title_of(store, p.details.career_id.as_deref())?,
            });
        }
        out_json(&ListOut {
            student: &st.name,
            count: plans.len(),
            plans: rows,
        })?;
        return Ok(exit::OK);
    }
    if plans.is_empty() {
        out(&format!("{}\n", s::no_plans(&st.name)))?;
        return Ok(exit::OK);
    }
    let mut text = String::new();
    for p in &plans {
        let d = &p.details;
        let what = match title_of(store, d.career_id.as_deref())? {
            Some(t) if d.role.is_empty() => t,
            Some(t) => format!("{}, {t}", d.role),
            None => d.role.clone(),
        };
        text.push_str(&format!(
            "{:>4}  {}  {} ({what})  {}  {}\n",
            p.id,
            d.date.as_deref().unwrap_or(s::NO_DATE),
            d.person,
            si::format_name(d.format),
            s::progress(p.questions, p.answered, p.reflected),
        ));
    }
    out(&text)?;
    Ok(exit::OK)
}

/// The plan asked for, or the one changed most recently.
fn pick(store: &Store, st: &Student, id: Option<i64>) -> Result<Plan> {
    let id = match id {
        Some(id) => id,
        None => match store.plans(st.id)?.first() {
            Some(p) => p.id,
            None => return Err(Error::Usage(s::no_plans(&st.name))),
        },
    };
    store
        .plan(st.id, id)?
        .ok_or_else(|| Error::Usage(si::no_such_plan(id)))
}
