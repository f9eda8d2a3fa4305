//! Counselor mode in the store: tries counted atomically under parallel guessing, notes
//! bound to their check-in and student, the passphrase changed with every note sealed again,
//! starting over, the auto-lock setting, and copies purged of a removed student.

use std::path::{Path, PathBuf};

use rusqlite::params;

use super::Store;
use crate::domain::NewStudent;
use crate::domain::record::{DEFAULT_LOCK_AFTER_MINUTES, RecordError};
use crate::error::Error;
use crate::secret::{self, Purpose};

const PASS: &str = "quiet heron lantern morning 42";
const NEW: &str = "violet otter compass river 7";

fn temp() -> (tempfile::TempDir, PathBuf, Store, i64) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("m.db");
    let mut s = Store::open(&p).unwrap();
    let ana = s
        .add_student(&NewStudent::parse("Ana", "10").unwrap(), 1)
        .unwrap()
        .id;
    (d, p, s, ana)
}

fn raw(p: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(p).unwrap()
}

#[test]
fn thirty_parallel_wrong_passphrases_are_each_counted() {
    let (_d, p, mut s, _) = temp();
    s.set_up_counselor(PASS, 1).unwrap();
    drop(s);
    let now = 1_000;
    let outcomes: Vec<_> = std::thread::scope(|sc| {
        let hs: Vec<_> = (0..30)
            .map(|_| {
                sc.spawn(|| {
                    let mut s = Store::open(&p).unwrap();
                    s.unlock_counselor("green heron evening 9", now)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    // Every try was counted: five were checked and wrong (the fifth started a wait), and
    // the rest were turned away by that wait without being checked.
    let failures: u32 = raw(&p)
        .query_row("SELECT failures FROM counselor", [], |r| r.get(0))
        .unwrap();
    assert_eq!(failures, 5, "{outcomes:?}");
    let wrong = outcomes
        .iter()
        .filter(|o| matches!(o, Err(Error::Record(RecordError::WrongPassphrase))))
        .count();
    let waits = outcomes
        .iter()
        .filter(|o| matches!(o, Err(Error::Record(RecordError::Wait(_)))))
        .count();
    assert_eq!((wrong, waits), (4, 26), "{outcomes:?}");
    // The counselor is kept out for a second at most.
    let mut s = Store::open(&p).unwrap();
    assert_eq!(s.counselor_wait(now).unwrap(), 1);
    assert!(s.unlock_counselor(PASS, now + 1).is_ok());
}

#[test]
fn thirty_parallel_wrong_pins_are_each_counted() {
    let (_d, p, mut s, ana) = temp();
    s.set_pin(ana, Some("2468")).unwrap();
    drop(s);
    let outcomes: Vec<_> = std::thread::scope(|sc| {
        let hs: Vec<_> = (0..30)
            .map(|i| {
                let p = &p;
                sc.spawn(move || {
                    let mut s = Store::open(p).unwrap();
                    s.check_pin(ana, &format!("{:04}", 1000 + i), 1_000)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let failures: u32 = raw(&p)
        .query_row("SELECT pin_failures FROM students", [], |r| r.get(0))
        .unwrap();
    assert_eq!(failures, 3, "three checked, then the wait: {outcomes:?}");
    let checked = outcomes
        .iter()
        .filter(|o| matches!(o, Err(Error::Record(RecordError::WrongPin))))
        .count();
    assert_eq!(checked, 2, "{outcomes:?}");
}

#[test]
fn a_note_moved_to_another_checkin_or_student_does_not_open() {
    let (_d, p, mut s, ana) = temp();
    let ben = s
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), 1)
        .unwrap()
        .id;
    let vault = s.set_up_counselor(PASS, 1).unwrap();
    let a1 = s
        .add_checkin(ana, "2026-11-01", "One.", Some((&vault, "ANA-NOTE")), 2)
        .unwrap();
    let a2 = s.add_checkin(ana, "2026-11-02", "Two.", None, 2).unwrap();
    let b1 = s.add_checkin(ben, "2026-11-03", "Three.", None, 2).unwrap();
    let c = raw(&p);
    c.execute_batch(&format!(
        "UPDATE checkins SET notes = (SELECT notes FROM checkins WHERE id = {a1}) \
         WHERE id IN ({a2}, {b1})"
    ))
    .unwrap();
    assert_eq!(
        s.checkin_notes(&vault, ana, a1).unwrap().as_deref(),
        Some("ANA-NOTE")
    );
    for (st, id) in [(ana, a2), (ben, b1)] {
        assert!(
            matches!(s.checkin_notes(&vault, st, id), Err(Error::Damaged { .. })),
            "moved to {id}"
        );
    }
    // Moved notes stay unreadable when the passphrase changes; the rest are sealed again.
    let done = s.change_passphrase(&vault, NEW).unwrap();
    assert_eq!((done.notes, done.unreadable), (1, 2));
    assert_eq!(
        s.checkin_notes(&done.vault, ana, a1).unwrap().as_deref(),
        Some("ANA-NOTE")
    );
}

#[test]
fn notes_sealed_before_binding_open_and_are_bound_when_the_passphrase_changes() {
    let (_d, p, mut s, ana) = temp();
    let vault = s.set_up_counselor(PASS, 1).unwrap();
    let id = s.add_checkin(ana, "2026-11-01", "One.", None, 2).unwrap();
    let other = s.add_checkin(ana, "2026-11-02", "Two.", None, 2).unwrap();
    // As an earlier medpath sealed notes: no associated data.
    let old = secret::seal_text(vault.key(), Purpose::Note, "OLD-NOTE");
    raw(&p)
        .execute(
            "UPDATE checkins SET notes = ?2 WHERE id = ?1",
            params![id, old],
        )
        .unwrap();
    assert_eq!(
        s.checkin_notes(&vault, ana, id).unwrap().as_deref(),
        Some("OLD-NOTE")
    );
    let done = s.change_passphrase(&vault, NEW).unwrap();
    assert_eq!((done.notes, done.unreadable), (1, 0));
    assert_eq!(
        s.checkin_notes(&done.vault, ana, id).unwrap().as_deref(),
        Some("OLD-NOTE")
    );
    // Now bound: copied onto the other check-in it does not open.
    raw(&p)
        .execute_batch(&format!(
            "UPDATE checkins SET notes = (SELECT notes FROM checkins WHERE id = {id}) \
             WHERE id = {other}"
        ))
        .unwrap();
    assert!(s.checkin_notes(&done.vault, ana, other).is_err());
    // The old passphrase is gone, the new one opens.
    assert!(s.unlock_counselor(PASS, 5).is_err());
    assert!(s.unlock_counselor(NEW, 5).is_ok());
}

#[test]
fn after_a_change_the_old_passphrase_opens_no_copy() {
    let (_d, p, mut s, ana) = temp();
    let vault = s.set_up_counselor(PASS, 1).unwrap();
    let id = s
        .add_checkin(ana, "2026-11-01", "One.", Some((&vault, "COPY-NOTE")), 2)
        .unwrap();
    drop(s);
    super::doctor::checkup(&p, true).unwrap();
    let mut s = Store::open(&p).unwrap();
    let done = s.change_passphrase(&vault, NEW).unwrap();
    assert!(s.take_unpurged().is_empty());
    drop(s);
    let copy = p.with_file_name("m.db.doctor-backup");
    // Open the copy as a database of its own.
    let mut c = Store::open(&copy).unwrap();
    assert!(c.unlock_counselor(PASS, 5).is_err());
    let v = c.unlock_counselor(NEW, 5).unwrap();
    assert_eq!(
        c.checkin_notes(&v, ana, id).unwrap().as_deref(),
        Some("COPY-NOTE")
    );
    assert!(
        c.checkin_notes(&vault, ana, id).is_err(),
        "not under the old key"
    );
    assert_eq!(
        c.checkin_notes(&done.vault, ana, id).unwrap().as_deref(),
        Some("COPY-NOTE")
    );
}

#[test]
fn a_weak_new_passphrase_changes_nothing() {
    let (_d, _p, mut s, ana) = temp();
    let vault = s.set_up_counselor(PASS, 1).unwrap();
    let id = s
        .add_checkin(ana, "2026-11-01", "One.", Some((&vault, "KEEP")), 2)
        .unwrap();
    assert!(matches!(
        s.change_passphrase(&vault, "password"),
        Err(Error::Record(RecordError::WeakPassphrase(_)))
    ));
    let v = s.unlock_counselor(PASS, 3).unwrap();
    assert_eq!(
        s.checkin_notes(&v, ana, id).unwrap().as_deref(),
        Some("KEEP")
    );
}

#[test]
fn reset_destroys_notes_and_the_passphrase_and_keeps_the_rest() {
    let (_d, p, mut s, ana) = temp();
    let vault = s.set_up_counselor(PASS, 1).unwrap();
    let id = s
        .add_checkin(
            ana,
            "2026-11-01",
            "SUMMARY-STAYS",
            Some((&vault, "NOTE-GOES")),
            2,
        )
        .unwrap();
    s.add_goal(
        ana,
        Some(id),
        &crate::domain::record::parse_goal("GOAL-STAYS", "").unwrap(),
        2,
    )
    .unwrap();
    super::doctor::checkup(&p, true).unwrap();
    assert_eq!(s.reset_counselor().unwrap(), 1);
    assert!(s.take_unpurged().is_empty());
    // The doctor copy has no notes and no passphrase either.
    let copy = raw(&p.with_file_name("m.db.doctor-backup"));
    let left: (i64, i64) = copy
        .query_row(
            "SELECT (SELECT count(*) FROM checkins WHERE notes IS NOT NULL), \
                    (SELECT count(*) FROM counselor)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(left, (0, 0));
    assert!(!s.counselor_is_set_up().unwrap());
    assert!(matches!(
        s.unlock_counselor(PASS, 3),
        Err(Error::CounselorNotSetUp)
    ));
    let list = s.checkins(ana).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].summary, "SUMMARY-STAYS");
    assert!(!list[0].has_notes);
    assert_eq!(s.goals(ana).unwrap().len(), 1);
    assert_eq!(s.students().unwrap().len(), 1);
    // Set up again from scratch.
    let v = s.set_up_counselor(NEW, 4).unwrap();
    assert_eq!(s.checkin_notes(&v, ana, id).unwrap(), None);
    drop(s);
    let sealed: i64 = raw(&p)
        .query_row(
            "SELECT count(*) FROM checkins WHERE notes IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sealed, 0);
}

#[test]
fn the_auto_lock_minutes_are_kept_and_checked() {
    let (_d, p, mut s, _) = temp();
    assert_eq!(s.lock_after_minutes().unwrap(), DEFAULT_LOCK_AFTER_MINUTES);
    s.set_lock_after_minutes(12).unwrap();
    for bad in [0, 121, u32::MAX] {
        assert!(matches!(
            s.set_lock_after_minutes(bad),
            Err(Error::Record(RecordError::BadLockAfter(_)))
        ));
    }
    drop(s);
    assert_eq!(Store::open(&p).unwrap().lock_after_minutes().unwrap(), 12);
}

/// Every byte of every file in `dir`.
fn folder_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect()
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn removing_a_student_purges_them_from_every_copy() {
    let (d, p, mut s, _) = temp();
    let zed = s
        .add_student(&NewStudent::parse("Zebulon Quartz", "11").unwrap(), 1)
        .unwrap()
        .id;
    s.add_checkin(zed, "2026-11-01", "ZED-SUMMARY-TEXT", None, 2)
        .unwrap();
    drop(s);
    // Two doctor copies, and a copy left by a failed migration.
    for _ in 0..2 {
        super::doctor::checkup(&p, true).unwrap();
    }
    std::fs::copy(
        d.path().join("m.db.doctor-backup"),
        d.path().join("m.db.v7-backup"),
    )
    .unwrap();
    assert_eq!(super::copies::copies_of(&p).len(), 3);
    let mut s = Store::open(&p).unwrap();
    assert!(s.delete_student(zed).unwrap());
    assert!(s.take_unpurged().is_empty());
    drop(s);
    for (path, bytes) in folder_bytes(d.path()) {
        for text in ["Zebulon", "zebulon", "ZED-SUMMARY-TEXT"] {
            assert!(!holds(&bytes, text), "{text} in {}", path.display());
        }
        if super::copies::copies_of(&p).contains(&path) {
            let n: i64 = raw(&path)
                .query_row("SELECT count(*) FROM students", [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 1, "Ana stays in {}", path.display());
        }
    }
}
