//! Files medpath keeps and never writes a report, export, roster or sheet over: the database,
//! its working files (`-wal`, `-shm`, `-journal`) and the copies medpath makes beside it
//! (before a migration, `medpath doctor`). Every output file is checked here first.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::strings::files as s;

/// What a protected file is, for the message.
fn companions(db: &Path) -> Vec<(PathBuf, &'static str)> {
    let mut v = vec![(db.to_path_buf(), s::THE_DATABASE)];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_os_string();
        name.push(suffix);
        v.push((PathBuf::from(name), s::A_COMPANION));
    }
    v
}

/// A copy medpath made beside the database: `<db name>.<label>backup…` (`m.db.v3-backup`,
/// `m.db.doctor-backup-2`), or one of those copies' working files.
fn is_copy_name(db_name: &str, name: &str) -> bool {
    name.strip_prefix(db_name)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| rest.contains("backup"))
}

/// The absolute, resolved form of `p`: the file itself when it is there, else its folder
/// resolved and its name kept.
fn resolved(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = std::fs::canonicalize(p) {
        return Some(c);
    }
    let name = p.file_name()?;
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_a: &Path, _b: &Path) -> bool {
    false
}

/// Refuses `out` when it is the database at `db`, one of its working files or a copy medpath
/// made of it: by resolved path (links and `..` followed) and, for files that are there, by
/// device and inode (hard links). The database is not touched.
pub fn check_output(db: &Path, out: &Path) -> Result<()> {
    let refuse = |what: &str| {
        Err(Error::Usage(s::over_database(
            &out.display().to_string(),
            what,
        )))
    };
    let Some(out_r) = resolved(out) else {
        return Ok(()); // its folder is not there: writing fails with its own message
    };
    let db_r = resolved(db).unwrap_or_else(|| db.to_path_buf());
    for base in [db.to_path_buf(), db_r.clone()] {
        for (p, what) in companions(&base) {
            if resolved(&p).is_some_and(|r| r == out_r) || same_file(&p, out) {
                return refuse(what);
            }
        }
    }
    let (Some(db_dir), Some(db_name)) = (db_r.parent(), db_r.file_name()) else {
        return Ok(());
    };
    let db_name = db_name.to_string_lossy();
    if out_r.parent() == Some(db_dir)
        && out_r
            .file_name()
            .is_some_and(|n| is_copy_name(&db_name, &n.to_string_lossy()))
    {
        return refuse(s::A_COPY);
    }
    // A hard link to a copy, under another name.
    if out.exists()
        && let Ok(entries) = std::fs::read_dir(db_dir)
    {
        for e in entries.flatten() {
            let name = e.file_name();
            if is_copy_name(&db_name, &name.to_string_lossy()) && same_file(&e.path(), out) {
                return refuse(s::A_COPY);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_its_working_files_and_copies_are_refused() {
        let d = tempfile::tempdir().unwrap();
        let db = d.path().join("m.db");
        std::fs::write(&db, b"db").unwrap();
        for name in [
            "m.db",
            "m.db-wal",
            "m.db-shm",
            "m.db-journal",
            "m.db.v3-backup",
            "m.db.doctor-backup",
            "m.db.doctor-backup-2",
        ] {
            let e = check_output(&db, &d.path().join(name)).unwrap_err();
            assert!(e.to_string().contains("Not writing to"), "{name}: {e}");
        }
        // Another spelling of the same file, a symbolic link and a hard link to it.
        let sub = d.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        assert!(check_output(&db, &sub.join("../m.db")).is_err());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&db, d.path().join("link.json")).unwrap();
            assert!(check_output(&db, &d.path().join("link.json")).is_err());
            std::fs::hard_link(&db, d.path().join("hard.json")).unwrap();
            assert!(check_output(&db, &d.path().join("hard.json")).is_err());
        }
        // Other files are fine, new or there.
        assert!(check_output(&db, &d.path().join("ana.json")).is_ok());
        assert!(check_output(&db, &d.path().join("m.db.json")).is_ok());
        assert!(check_output(&db, &sub.join("m.db")).is_ok());
        assert_eq!(std::fs::read(&db).unwrap(), b"db");
    }
}
