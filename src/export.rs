//! Files the program writes for people to read or print: interview sheets. Used by both the
//! command line and the full-screen program.

use std::path::{Path, PathBuf};

use crate::domain::clock::date_string;
use crate::domain::plan::Plan;
use crate::domain::{Clock, Student};
use crate::error::{Error, Result};
use crate::output::sheet::{SheetFormat, SheetInfo, render};
use crate::store::Store;
use crate::strings::interview_cli as s;

/// The catalog title of a career id, if it is in the catalog.
pub fn title_of(store: &Store, id: Option<&str>) -> Result<Option<String>> {
    Ok(match id {
        Some(id) => store.career(id)?.map(|c| c.entry.title),
        None => None,
    })
}

/// The sheet for a plan, in a format.
pub fn sheet(
    store: &Store,
    st: &Student,
    plan: &Plan,
    format: SheetFormat,
    clock: &dyn Clock,
) -> Result<String> {
    let career = title_of(store, plan.details.career_id.as_deref())?;
    let today = date_string(clock.now());
    Ok(render(
        plan,
        &SheetInfo {
            student: &st.name,
            grade: st.grade,
            career: career.as_deref(),
            today: &today,
        },
        format,
    ))
}

/// A file name for a plan's sheet: `interview-<person>-<id>.<ext>`, with only letters,
/// digits and dashes from the person's name.
pub fn sheet_file_name(plan: &Plan, format: SheetFormat) -> String {
    let slug = slug(&plan.details.person);
    let slug = if slug.is_empty() { "plan" } else { &slug };
    format!("interview-{slug}-{}.{}", plan.id, format.extension())
}

/// Letters and digits of `text`, lowercased, other runs turned into one dash (at most 40
/// characters): safe in a file name.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.chars().count() >= 40 {
            break;
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Saves a plan's sheet in `dir` (made if needed); returns the file's path.
pub fn save_sheet(
    store: &Store,
    st: &Student,
    plan: &Plan,
    format: SheetFormat,
    clock: &dyn Clock,
    dir: &Path,
) -> Result<PathBuf> {
    let text = sheet(store, st, plan, format, clock)?;
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(s::cannot_write(&dir.display().to_string()), e))?;
    let path = dir.join(sheet_file_name(plan, format));
    write_file(store.path(), &path, &text)?;
    Ok(path)
}

/// Writes a file whole and readable by its owner only, never over the database at `db`, its
/// working files or a copy medpath made of it ([`crate::store::kept::check_output`]). The text
/// goes to a new temporary file in the same folder, created exclusively with a random name
/// (never following a link someone planted there), then renamed over `path`, so an
/// interrupted write never leaves half a file under the real name.
pub fn write_file(db: &Path, path: &Path, text: &str) -> Result<()> {
    crate::store::kept::check_output(db, path)?;
    let ctx = || s::cannot_write(&path.display().to_string());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.file_name().is_none() {
        return Err(Error::Usage(ctx()));
    }
    // Owner-only (tempfile makes it 0600): sheets, reports and exports are about a student.
    let mut tmp = tempfile::Builder::new()
        .prefix(".medpath-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| Error::io(ctx(), e))?;
    {
        use std::io::Write;
        tmp.write_all(text.as_bytes())
            .and_then(|_| tmp.as_file().sync_all())
            .map_err(|e| Error::io(ctx(), e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(ctx(), e.error))?;
    Ok(())
}
