//! Checks on the database file itself: a cut-off file found before SQLite trusts it, network
//! file systems (where WAL is unsafe), and owner-only copies (backups before a migration).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::strings::health as s;

/// Set to `1` to treat the database as being on a network file system (a file system medpath
/// does not recognise, or tests): WAL is not used and a warning is shown.
pub const NETWORK_FS_ENV: &str = "MEDPATH_NETWORK_FS";

/// Why SQLite refused a file, in words, when the file itself says: shorter than a header, or
/// shorter than its header's own account of its size. Asked only after SQLite has read the
/// file (with its `-wal`, under its locks) and refused it, never before: a checkpoint in
/// another copy of medpath writes the header before the pages after it, and a full disk can
/// stop it there, so the bare file can be "short" while SQLite reads it whole from the log.
pub(crate) fn explain_refusal(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).ok()?;
    let len = f.metadata().map(|m| m.len()).ok()?;
    let mut h = [0u8; 100];
    if len < 100 || f.read_exact(&mut h).is_err() {
        return (len > 0).then(|| s::TOO_SHORT.to_string());
    }
    if &h[..16] != b"SQLite format 3\0" {
        return None;
    }
    let page_size = match u16::from_be_bytes([h[16], h[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([h[28], h[29], h[30], h[31]]));
    // The size field is valid only when the change counter matches "version valid for".
    let valid = h[24..28] == h[92..96];
    (valid && pages > 0 && len < pages * page_size).then(|| s::cut_off(len, pages * page_size))
}

/// Puts the words of [`explain_refusal`] on a refusal SQLite made.
pub(crate) fn explained(e: Error) -> Error {
    match e {
        Error::Damaged { path: p, detail } => Error::Damaged {
            detail: explain_refusal(&p).unwrap_or(detail),
            path: p,
        },
        other => other,
    }
}

/// The kind of network file system the folder is on, if it is one.
pub fn network_fs(dir: &Path) -> Option<String> {
    if std::env::var_os(NETWORK_FS_ENV).is_some_and(|v| v == "1") {
        return Some(s::FORCED_BY_ENV.to_string());
    }
    fs_kind(dir)
}

#[cfg(target_os = "linux")]
fn fs_kind(dir: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut st = std::mem::MaybeUninit::<libc::statfs>::uninit();
    // SAFETY: `c` is a valid NUL-terminated path and `st` is large enough for statfs.
    let rc = unsafe { libc::statfs(c.as_ptr(), st.as_mut_ptr()) };
    if rc != 0 {
        return None;
    }
    // SAFETY: statfs returned 0, so it filled `st`.
    let kind = unsafe { st.assume_init() }.f_type as u64;
    network_kind_linux(kind).map(str::to_string)
}

/// Linux's magic numbers for network file systems (see statfs(2)).
pub fn network_kind_linux(magic: u64) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "NFS",
        0x517B => "SMB",
        0xFF53_4D42 => "CIFS",
        0xFE53_4D42 => "SMB2",
        0x7375_7245 => "Coda",
        0x5346_414F | 0x6B41_4653 => "AFS",
        0x00C3_6400 => "Ceph",
        0x0102_1997 => "9P",
        0x564C => "NCP",
        0x0BD0_0BD0 => "Lustre",
        0x4735_4455 => "GFS2",
        _ => return None,
    })
}

#[cfg(target_os = "macos")]
fn fs_kind(dir: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut st = std::mem::MaybeUninit::<libc::statfs>::uninit();
    // SAFETY: as above.
    let rc = unsafe { libc::statfs(c.as_ptr(), st.as_mut_ptr()) };
    if rc != 0 {
        return None;
    }
    // SAFETY: statfs returned 0.
    let st = unsafe { st.assume_init() };
    let name: Vec<u8> = st
        .f_fstypename
        .iter()
        .take_while(|b| **b != 0)
        .map(|b| *b as u8)
        .collect();
    let name = String::from_utf8_lossy(&name).to_string();
    ["nfs", "smbfs", "afpfs", "webdav", "cifs"]
        .contains(&name.as_str())
        .then_some(name)
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn fs_kind(_dir: &Path) -> Option<String> {
    None
}

/// The folder a database file is in (`.` for a bare file name).
pub(crate) fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A name beside `path` that is not taken yet: `medpath.db.<label>`, then `.<label>-2` …
pub(crate) fn free_name(path: &Path, label: &str) -> PathBuf {
    let base = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    for n in 1.. {
        let mut name = base.clone();
        name.push(".");
        name.push(label);
        if n > 1 {
            name.push(format!("-{n}"));
        }
        let p = path.with_file_name(name);
        if !p.exists() {
            return p;
        }
    }
    unreachable!()
}

/// Creates an empty owner-only file to copy into (SQLite's VACUUM INTO wants it empty).
pub(crate) fn empty_private(path: &Path) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path).map(|_| ())
}

/// Writes a consistent, owner-only copy of the open database to `to` with `VACUUM INTO`.
pub(crate) fn vacuum_into(conn: &rusqlite::Connection, to: &Path) -> Result<()> {
    empty_private(to).map_err(|e| Error::io(s::backup_file(to), e))?;
    let target = to.to_string_lossy().to_string();
    conn.execute("VACUUM INTO ?1", [&target]).map_err(|e| {
        let _ = std::fs::remove_file(to);
        Error::Database(s::backup_failed(to, &e.to_string()))
    })?;
    // The copy is a file of its own: restored beside this file's log, it is told apart.
    // (A copy made before migration 9 has no identity yet; it gets one when opened.)
    if let Ok(copy) = rusqlite::Connection::open(to) {
        let _ = super::identity::renew(&copy);
    }
    Ok(())
}

/// Copies a file byte for byte into a new owner-only file (a damaged database that SQLite
/// cannot read whole).
pub(crate) fn copy_private(from: &Path, to: &Path) -> Result<()> {
    empty_private(to).map_err(|e| Error::io(s::backup_file(to), e))?;
    let mut src = std::fs::File::open(from).map_err(|e| Error::io(s::backup_file(from), e))?;
    let mut dst = std::fs::OpenOptions::new()
        .write(true)
        .open(to)
        .map_err(|e| Error::io(s::backup_file(to), e))?;
    std::io::copy(&mut src, &mut dst).map_err(|e| Error::io(s::backup_file(to), e))?;
    dst.sync_all()
        .map_err(|e| Error::io(s::backup_file(to), e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_network_file_systems_are_recognised() {
        assert_eq!(network_kind_linux(0x6969), Some("NFS"));
        assert_eq!(network_kind_linux(0xFF53_4D42), Some("CIFS"));
        assert_eq!(network_kind_linux(0xEF53), None, "ext4 is local");
        assert_eq!(network_kind_linux(0x0102_1994), None, "tmpfs is local");
    }

    #[test]
    fn a_local_folder_is_not_a_network_one() {
        let d = tempfile::tempdir().unwrap();
        assert_eq!(fs_kind(d.path()), None);
    }

    #[test]
    fn free_names_do_not_overwrite() {
        let d = tempfile::tempdir().unwrap();
        let db = d.path().join("m.db");
        let a = free_name(&db, "backup");
        assert_eq!(a.file_name().unwrap(), "m.db.backup");
        std::fs::write(&a, b"x").unwrap();
        assert_eq!(
            free_name(&db, "backup").file_name().unwrap(),
            "m.db.backup-2"
        );
    }
}
