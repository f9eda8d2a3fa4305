//! The copies medpath makes of a database beside it (`NAME.doctor-backup[-k]` by `doctor`,
//! `NAME.vN-backup[-k]` before a migration that failed), and taking a removed student (or,
//! when counselor mode starts over, the private notes) out of each of them, so that what is
//! deleted is gone from every file medpath wrote.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, params};

use crate::secret::Vault;

/// Whether `name` is one of the copy names medpath gives a database called `base`.
fn is_copy_name(base: &str, name: &str) -> bool {
    let Some(label) = name
        .strip_prefix(base)
        .and_then(|rest| rest.strip_prefix('.'))
    else {
        return false;
    };
    // `-k` after the label, when the plain name was taken.
    let label = match label.rsplit_once('-') {
        Some((l, k)) if !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()) => l,
        _ => label,
    };
    label == "doctor-backup"
        || label
            .strip_suffix("-backup")
            .and_then(|v| v.strip_prefix('v'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The copies of the database at `db` that medpath made beside it, sorted.
pub fn copies_of(db: &Path) -> Vec<PathBuf> {
    let Some(base) = db.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let dir = super::health::folder(db);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| is_copy_name(base, n))
        })
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Takes the student with `id` (or, in a copy made before a rename, with `name_key`) out of
/// the copy at `path`: every row of theirs, then VACUUM so no freed page keeps them.
/// Returns how many profiles were removed from it.
fn purge_one(path: &Path, id: i64, name_key: &str) -> rusqlite::Result<usize> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "secure_delete", true)?;
    let n = conn.execute(
        "DELETE FROM students WHERE id = ?1 OR name_key = ?2",
        params![id, name_key],
    )?;
    if n > 0 {
        conn.execute_batch("VACUUM")?;
    }
    Ok(n)
}

/// Takes a removed student out of every copy of `db`. Returns the copies that could not be
/// changed (a damaged copy kept byte for byte, one without write permission).
pub fn purge_student(db: &Path, id: i64, name_key: &str) -> Vec<PathBuf> {
    copies_of(db)
        .into_iter()
        .filter(|p| purge_one(p, id, name_key).is_err())
        .collect()
}

/// Takes every private note and the counselor passphrase out of the copy at `path`, as
/// [`super::Store::reset_counselor`] does to the database.
fn reset_one(path: &Path) -> rusqlite::Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    conn.pragma_update(None, "secure_delete", true)?;
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         UPDATE checkins SET notes = NULL WHERE notes IS NOT NULL;
         DELETE FROM counselor;
         COMMIT;
         VACUUM;",
    )
}

/// Counselor mode was started over: no copy of `db` keeps the old private notes (sealed
/// under the old passphrase) either. Returns the copies that could not be changed.
pub fn purge_notes(db: &Path) -> Vec<PathBuf> {
    copies_of(db)
        .into_iter()
        .filter(|p| reset_one(p).is_err())
        .collect()
}

/// The counselor row a changed passphrase wrote: its hash, key salt and wrapped data key.
pub(crate) struct NewKey<'a> {
    pub pass_hash: &'a str,
    pub salt: &'a [u8],
    pub wrapped: &'a [u8],
}

fn reseal_one(path: &Path, old: &Vault, new: &Vault, key: &NewKey) -> rusqlite::Result<()> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    conn.pragma_update(None, "secure_delete", true)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let notes: Vec<(i64, i64, Vec<u8>)> = tx
        .prepare("SELECT id, student_id, notes FROM checkins WHERE notes IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, student, bytes) in notes {
        // Notes under an older key than the one changed stay as they are.
        if let Ok((text, _)) = old.open_note(&bytes, id, student) {
            tx.execute(
                "UPDATE checkins SET notes = ?2 WHERE id = ?1",
                params![id, new.seal_note(&text, id, student)],
            )?;
        }
    }
    tx.execute(
        "UPDATE counselor SET pass_hash = ?1, key_salt = ?2, wrapped_key = ?3, \
         failures = 0, wait_until = 0",
        params![key.pass_hash, key.salt, key.wrapped],
    )?;
    tx.commit()?;
    conn.execute_batch("VACUUM")
}

/// The counselor passphrase changed: every copy of `db` gets the new passphrase and its
/// notes sealed under the new key, so the old passphrase opens no copy either. Returns the
/// copies that could not be changed.
pub(crate) fn reseal(db: &Path, old: &Vault, new: &Vault, key: &NewKey) -> Vec<PathBuf> {
    copies_of(db)
        .into_iter()
        .filter(|p| reseal_one(p, old, new, key).is_err())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_names_are_recognised() {
        for yes in [
            "m.db.doctor-backup",
            "m.db.doctor-backup-2",
            "m.db.v5-backup",
            "m.db.v12-backup-3",
        ] {
            assert!(is_copy_name("m.db", yes), "{yes}");
        }
        for no in [
            "m.db",
            "m.db-wal",
            "m.db.backup",
            "m.db.v-backup",
            "m.db.vx-backup",
            "m.db.doctor-backup-",
            "m.db.doctor-backup-x",
            "other.db.v5-backup",
            "m.dbx.v5-backup",
        ] {
            assert!(!is_copy_name("m.db", no), "{no}");
        }
    }
}
