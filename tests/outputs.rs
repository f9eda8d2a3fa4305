//! Output files (`export -o`, `report -o`, `roster -o`, `interview sheet -o`) are never
//! written over the database, its `-wal`/`-shm`/`-journal` or a copy medpath made, however
//! the path is spelled; and the file is written through a new temporary file, so a link
//! planted in the folder never receives the record.

mod common;

use std::path::Path;

use common::medpath;

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_default()
}

#[test]
fn no_output_file_is_written_over_the_database_or_its_files() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana", "--grade", "9"])
        .assert()
        .success();
    for companion in [
        "m.db-wal",
        "m.db-shm",
        "m.db.doctor-backup",
        "m.db.v8-backup",
    ] {
        std::fs::write(d.path().join(companion), b"keep").unwrap();
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&db, d.path().join("innocent.json")).unwrap();
        std::fs::hard_link(&db, d.path().join("hard.html")).unwrap();
    }
    let before = bytes(&db);
    let sub = d.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let targets = [
        db.clone(),
        sub.join("../m.db"),
        d.path().join("m.db-wal"),
        d.path().join("m.db-shm"),
        d.path().join("m.db-journal"),
        d.path().join("m.db.doctor-backup"),
        d.path().join("m.db.v8-backup"),
        #[cfg(unix)]
        d.path().join("innocent.json"),
        #[cfg(unix)]
        d.path().join("hard.html"),
    ];
    for target in &targets {
        let t = target.to_str().unwrap();
        for args in [
            vec!["export", "--student", "Ana", "-o", t],
            vec!["report", "--student", "Ana", "-o", t],
            vec!["roster", "-o", t],
            vec!["interview", "sheet", "--student", "Ana", "-o", t],
        ] {
            let out = medpath(&db).args(&args).write_stdin("").output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(
                err.starts_with("medpath: Not writing to "),
                "{args:?}: {err}"
            );
            assert!(out.stdout.is_empty(), "{args:?}");
            assert_eq!(bytes(&db), before, "{args:?}: the database changed");
        }
    }
    for companion in [
        "m.db-wal",
        "m.db-shm",
        "m.db.doctor-backup",
        "m.db.v8-backup",
    ] {
        assert_eq!(bytes(&d.path().join(companion)), b"keep", "{companion}");
    }
    medpath(&db)
        .args(["students", "list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Ana"));
}

#[cfg(unix)]
#[test]
fn a_link_planted_in_the_folder_never_receives_the_record() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("m.db");
    medpath(&db)
        .args(["students", "add", "Ana Secret", "--grade", "9"])
        .assert()
        .success();
    let out_dir = d.path().join("shared");
    std::fs::create_dir(&out_dir).unwrap();
    let victim = d.path().join("victim.txt");
    // Links at the names a writer might use for its temporary file, and at the output name.
    for name in [
        ".ana.json.medpath-tmp",
        ".ana.json.tmp",
        "ana.json.tmp",
        ".medpath-tmp",
        "ana.json",
    ] {
        std::os::unix::fs::symlink(&victim, out_dir.join(name)).unwrap();
    }
    let out = out_dir.join("ana.json");
    medpath(&db)
        .args(["export", "--student", "Ana Secret", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(!victim.exists(), "the planted link received the record");
    let meta = std::fs::symlink_metadata(&out).unwrap();
    assert!(meta.file_type().is_file(), "a new file replaced the link");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Ana Secret")
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".medpath-") && n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
