//! `medpath export`, `import`, `report` and `roster`: moving a record between computers,
//! the printable report, and the counselor's roster as CSV.

use std::io::IsTerminal;
use std::path::Path;

use serde::Serialize;

use super::{gate, out, out_json};
use crate::domain::access::Act;
use crate::domain::agenda::{RosterSort, sort_roster};
use crate::domain::clock::{Clock, date_string};
use crate::domain::transfer::{self, MAX_FILE_BYTES, Target};
use crate::error::{Error, Result, exit};
use crate::export;
use crate::output::report::{ReportFormat, render};
use crate::store::{ImportReport, Store, open_export_notes};
use crate::strings::record_cli as s;

/// Reads the counselor passphrase: without echo from a terminal, or one line from stdin
/// when it is piped (scripts, tests).
pub(super) fn read_passphrase(prompt: &str) -> Result<String> {
    if std::io::stdin().is_terminal() {
        // The prompt may hold a student's name: shown like everything else printed.
        rpassword::prompt_password(crate::strings::visible::visible_text(prompt))
            .map_err(|e| Error::io(s::READ_PASSPHRASE, e))
    } else {
        use super::input::{Line, MAX_SECRET_LINE, read_line};
        match read_line(&mut std::io::stdin().lock(), MAX_SECRET_LINE)
            .map_err(|e| Error::io(s::READ_PASSPHRASE, e))?
        {
            Line::Text(t) => Ok(t),
            Line::End => Ok(String::new()),
            Line::TooLong => Err(Error::Usage(s::secret_too_long(MAX_SECRET_LINE))),
        }
    }
}

pub(super) fn export(
    store: &mut Store,
    student: &str,
    output: &Path,
    as_counselor: bool,
    with_notes: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    let opened = gate::open(store, student, Act::Read, as_counselor, clock)?;
    let st = opened.student;
    let notes = match (&opened.counselor, with_notes) {
        (Some(u), true) => Some((&u.vault, u.passphrase.as_str())),
        _ => None,
    };
    let file = store.export_student(&st, notes, clock.now())?;
    let mut json =
        serde_json::to_string_pretty(&file).map_err(|e| Error::Database(e.to_string()))?;
    json.push('\n');
    export::write_file(store.path(), output, &json)?;
    super::note(&s::exported(
        &st.name,
        &output.display().to_string(),
        with_notes,
    ));
    Ok(exit::OK)
}

/// Reads an import file, refusing a huge one before reading it all.
fn read_limited(path: &Path) -> Result<String> {
    let bytes = super::input::read_file(path, MAX_FILE_BYTES)
        .map_err(|e| Error::io(s::cannot_read(&path.display().to_string()), e))?
        .ok_or_else(|| {
            // The size a file says it has; a device or a pipe has none to say.
            let size = std::fs::metadata(path).map_or(0, |m| m.len());
            Error::BadInput(transfer::ImportError::TooBig(size.max(MAX_FILE_BYTES + 1)).to_string())
        })?;
    String::from_utf8(bytes).map_err(|_| Error::BadInput(s::NOT_UTF8.to_string()))
}

#[derive(Serialize)]
struct ImportOut<'a> {
    #[serde(flatten)]
    report: &'a ImportReport,
    added: usize,
    notes_left_out: bool,
}

pub(super) fn import(
    store: &mut Store,
    path: &Path,
    as_counselor: bool,
    with_notes: bool,
    json: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    let text = read_limited(path)?;
    let file = transfer::parse(&text).map_err(|e| Error::BadInput(e.to_string()))?;
    if with_notes && file.counselor_notes.is_none() {
        return Err(Error::Usage(s::NO_NOTES_IN_FILE.into()));
    }
    let target = store
        .import_target(&file.student)?
        .map_err(|m| Error::BadInput(m.to_string()))?;
    // Into a profile that is here: whoever imports must be allowed to change it (its PIN,
    // or the passphrase). A new profile is anyone's to make, as with `students add`.
    let counselor = match target {
        Target::Existing(id) => {
            let st = store.student_by_id(id)?.ok_or(Error::NoSuchProfile)?;
            gate::admit(store, st, Act::Change, as_counselor, clock)?.counselor
        }
        Target::New if as_counselor => Some(gate::unlock(store, clock)?),
        Target::New => None,
    };
    let notes = match (&file.counselor_notes, with_notes, &counselor) {
        (Some(sealed), true, Some(u)) => Some(open_export_notes(
            &u.passphrase,
            sealed,
            file.checkins.len(),
        )?),
        _ => None,
    };
    let report = store.import_student(
        &file,
        target,
        counselor.is_some(),
        counselor.as_ref().map(|u| &u.vault).zip(notes.as_deref()),
    )?;
    let left_out = file.counselor_notes.is_some() && !with_notes;
    if json {
        out_json(&ImportOut {
            report: &report,
            added: report.added(),
            notes_left_out: left_out,
        })?;
    } else {
        out(&s::imported(&report, left_out))?;
    }
    Ok(exit::OK)
}

pub(super) fn report(
    store: &mut Store,
    student: &str,
    format: &str,
    output: Option<&Path>,
    as_counselor: bool,
    with_notes: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    let format = ReportFormat::parse(format).ok_or_else(|| Error::Usage(s::bad_format(format)))?;
    let opened = gate::open(store, student, Act::Read, as_counselor, clock)?;
    let vault = match (&opened.counselor, with_notes) {
        (Some(u), true) => Some(&u.vault),
        _ => None,
    };
    let today = date_string(clock.now());
    let dossier = store.dossier(&opened.student, &today, vault)?;
    let text = render(&dossier, format);
    match output {
        Some(path) => {
            export::write_file(store.path(), path, &text)?;
            super::note(&s::wrote(&path.display().to_string()));
        }
        None => out(&text)?,
    }
    Ok(exit::OK)
}

pub(super) fn roster(
    store: &mut Store,
    format: &str,
    output: Option<&Path>,
    clock: &dyn Clock,
) -> Result<i32> {
    let csv = match format {
        "csv" => true,
        "json" => false,
        other => return Err(Error::Usage(s::bad_roster_format(other))),
    };
    gate::counselor_only(store, clock)?;
    let today = date_string(clock.now());
    let mut rows = store.roster(&today)?;
    sort_roster(&mut rows, RosterSort::Name);
    let text = if csv {
        let mut w = csv::Writer::from_writer(Vec::new());
        let io = |e: csv::Error| Error::Database(e.to_string());
        w.write_record(s::ROSTER_HEADER).map_err(io)?;
        for r in &rows {
            w.write_record([
                csv_safe(&r.student.name),
                r.student.grade.to_string(),
                date_string(r.last_activity),
                r.last_checkin.clone().unwrap_or_default(),
                r.open_goals.to_string(),
                r.overdue_goals.to_string(),
                csv_safe(&r.top_matches.join("; ")),
                r.flags
                    .iter()
                    .map(|f| f.label())
                    .collect::<Vec<_>>()
                    .join("; "),
            ])
            .map_err(io)?;
        }
        String::from_utf8(w.into_inner().map_err(|e| Error::Database(e.to_string()))?)
            .map_err(|e| Error::Database(e.to_string()))?
    } else {
        let mut t =
            serde_json::to_string_pretty(&rows).map_err(|e| Error::Database(e.to_string()))?;
        t.push('\n');
        t
    };
    match output {
        Some(path) => {
            export::write_file(store.path(), path, &text)?;
            super::note(&s::wrote(&path.display().to_string()));
        }
        None => out(&text)?,
    }
    Ok(exit::OK)
}

/// A cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`
/// or a tab gets a leading apostrophe.
pub fn csv_safe(v: &str) -> String {
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{v}")
    } else {
        v.to_string()
    }
}
