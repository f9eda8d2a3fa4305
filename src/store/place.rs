//! Where the database file is: what kind of thing the path names (a folder, a device, a pipe,
//! a link), whether medpath may write there, and a stale shared-memory file left read-only.
//! Each gets its own message before SQLite is asked to open anything.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What a database path names when it is not a plain file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OddPath {
    Folder,
    Device,
    /// A named pipe or a socket.
    Pipe,
    Link,
    /// The folder it would be in does not exist.
    NoFolder,
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn odd(path: &Path, kind: OddPath) -> Error {
    Error::OddPath {
        path: path.to_path_buf(),
        kind,
    }
}

/// Whether this process may write `p` (false when it cannot tell).
#[cfg(unix)]
fn writable(p: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn writable(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| !m.permissions().readonly())
}

/// Refuses a path that is a folder, a device, a pipe or socket, or a symbolic link. Returns
/// whether a plain file is there.
pub fn check_kind(path: &Path) -> Result<bool> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(false);
    };
    let t = meta.file_type();
    if t.is_symlink() {
        return Err(odd(path, OddPath::Link));
    }
    if t.is_dir() {
        return Err(odd(path, OddPath::Folder));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_block_device() || t.is_char_device() {
            return Err(odd(path, OddPath::Device));
        }
        if t.is_fifo() || t.is_socket() {
            return Err(odd(path, OddPath::Pipe));
        }
    }
    if !t.is_file() {
        return Err(odd(path, OddPath::Device));
    }
    Ok(true)
}

/// Refuses a database path that is a folder, a device, a pipe or socket, or a symbolic link,
/// and one medpath cannot write (the file, or the folder it must make its log in). A stale
/// read-only `-shm` beside a writable file, held by no one, is taken away (SQLite makes a new
/// one). A path that does not exist yet passes (its folder is checked by [`check_folder`]).
pub fn check(path: &Path) -> Result<()> {
    if !check_kind(path)? {
        return Ok(());
    }
    if !writable(path) {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let shm = with_suffix(path, "-shm");
    if shm.exists() && !writable(&shm) && !in_use(&shm) {
        // Left read-only by an earlier copy (or a restore); no one has it open.
        let _ = std::fs::remove_file(&shm);
    }
    let dir = super::health::folder(path);
    let logs_there = [with_suffix(path, "-wal"), shm].iter().all(|p| p.exists());
    if !logs_there && !writable(&dir) {
        return Err(Error::ReadOnlyFolder { dir });
    }
    Ok(())
}

/// Refuses a path whose folder does not exist, unless `create`: a mistyped `--db` must not
/// make folders and a new empty database. With `create`, a read-only folder is refused.
pub fn check_folder(path: &Path, create: bool) -> Result<()> {
    let dir = super::health::folder(path);
    if !create && !dir.exists() {
        return Err(odd(path, OddPath::NoFolder));
    }
    if !path.exists() && dir.exists() && !writable(&dir) {
        return Err(Error::ReadOnlyFolder { dir });
    }
    Ok(())
}

/// Whether another process has the shared-memory file open as SQLite does (holding the lock
/// byte every open connection holds).
#[cfg(unix)]
fn in_use(shm: &Path) -> bool {
    use std::os::fd::AsRawFd;
    let Ok(f) = std::fs::File::open(shm) else {
        return true;
    };
    // SQLite's "dead man switch" byte: every connection holds a read lock on it.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = libc::F_WRLCK as _;
    l.l_whence = libc::SEEK_SET as _;
    l.l_start = 128;
    l.l_len = 1;
    // SAFETY: a valid open descriptor and a filled-in flock.
    let rc = unsafe { libc::fcntl(f.as_raw_fd(), libc::F_GETLK, &mut l) };
    rc != 0 || i32::from(l.l_type) != libc::F_UNLCK
}

#[cfg(not(unix))]
fn in_use(_shm: &Path) -> bool {
    true
}
