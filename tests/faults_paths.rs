//! Odd database paths each get their own message and exit code: a folder, a device, a pipe,
//! a link, a missing folder (refused unless --create), a read-only file or folder (exit 6,
//! not 5 "busy"), and a stale read-only `-shm` that no longer blocks a writable file.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::medpath;

fn run(db: &Path, args: &[&str]) -> Output {
    medpath(db).args(args).output().unwrap()
}

fn refused(out: &Output, code: i32, says: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(says), "{err}");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_folder_a_device_and_a_pipe_each_have_their_own_message() {
    let dir = tempfile::tempdir().unwrap();
    refused(&run(dir.path(), &["students", "list"]), 2, "is a folder");
    refused(&run(dir.path(), &["doctor"]), 2, "is a folder");
    #[cfg(unix)]
    {
        refused(
            &run(Path::new("/dev/null"), &["students", "list"]),
            2,
            "is a device",
        );
        let fifo = dir.path().join("pipe.db");
        assert!(
            Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        refused(&run(&fifo, &["students", "list"]), 2, "is a pipe");
        let sock = dir.path().join("sock.db");
        let _l = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        refused(
            &run(&sock, &["students", "list"]),
            2,
            "is a pipe or a socket",
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_is_refused_and_its_target_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.db");
    let out = run(&real, &["students", "add", "Ana", "--grade", "9"]);
    assert!(out.status.success());
    let before = std::fs::read(&real).unwrap();
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    refused(&run(&link, &["students", "list"]), 2, "is a link");
    refused(&run(&link, &["doctor"]), 2, "is a link");
    // A link to a file that does not exist yet is refused too (nothing is made there).
    let dangling = dir.path().join("dangling.db");
    std::os::unix::fs::symlink(dir.path().join("elsewhere.db"), &dangling).unwrap();
    refused(
        &run(&dangling, &["students", "add", "Ben", "--grade", "9"]),
        2,
        "is a link",
    );
    assert!(!dir.path().join("elsewhere.db").exists());
    assert_eq!(std::fs::read(&real).unwrap(), before);
}

#[test]
fn a_missing_folder_is_refused_unless_create_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo").join("m.db");
    refused(
        &run(&db, &["students", "add", "Ana", "--grade", "9"]),
        2,
        "does not exist",
    );
    assert!(!dir.path().join("typo").exists(), "a folder was made");
    let out = run(&db, &["--create", "students", "add", "Ana", "--grade", "9"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Once there, no --create is needed.
    assert!(run(&db, &["students", "list"]).status.success());
}

/// Runs medpath as an ordinary user (as root every file is writable): the folder and files
/// are handed to `nobody` first. None when that cannot be done here.
#[cfg(unix)]
fn as_user(dir: &Path, db: &Path, args: &[&str]) -> Option<Output> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Some(run(db, args));
    }
    let chown = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(dir)
        .status()
        .ok()?;
    if !chown.success() {
        return None;
    }
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("medpath"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("MEDPATH_DB")
        .output()
        .ok()?;
    (out.status.code() != Some(127)).then_some(out)
}

#[cfg(unix)]
fn mode(p: &Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

#[cfg(unix)]
#[test]
fn read_only_files_and_folders_say_read_only_and_a_stale_shm_does_not() {
    let top = tempfile::tempdir().unwrap();
    mode(top.path(), 0o755);
    let dir = top.path().join("d");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("m.db");
    let Some(out) = as_user(&dir, &db, &["students", "add", "Ana", "--grade", "9"]) else {
        eprintln!("skipped: cannot run as an ordinary user here");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    mode(&db, 0o400);
    let out = as_user(&dir, &db, &["students", "list"]).unwrap();
    refused(&out, 6, "is read-only");
    mode(&db, 0o600);

    mode(&dir, 0o555);
    let out = as_user(&dir, &db, &["students", "list"]).unwrap();
    refused(&out, 6, "folder");
    mode(&dir, 0o755);

    // A read-only -shm left from before, held by no one: the writable file opens.
    let shm = dir.join("m.db-shm");
    std::fs::write(&shm, vec![0u8; 32768]).unwrap();
    mode(&shm, 0o400);
    let out = as_user(&dir, &db, &["students", "list"]).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ana"));
}
