//! PINs and the counselor passphrase: set, check with growing waits after wrong tries,
//! and unlock the key that opens counselor notes.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::clock::Timestamp;
use crate::domain::record::{
    DEFAULT_LOCK_AFTER_MINUTES, LOCK_AFTER_MINUTES, RecordError, check_lock_after,
    check_passphrase, counselor_wait_after, parse_pin, wait_after,
};
use crate::error::{Error, Result};
use crate::secret::{self, Key, Vault};

fn hash(secret: &str) -> Result<String> {
    secret::hash(secret).map_err(|e| Error::Database(e.to_string()))
}

impl Store {
    /// Sets (Some) or removes (None) a student's PIN. The PIN is checked first and kept
    /// only as an Argon2id hash. Returns false when there is no such student.
    pub fn set_pin(&mut self, student: i64, pin: Option<&str>) -> Result<bool> {
        let hashed = match pin {
            Some(p) => Some(hash(&parse_pin(p)?)?),
            None => None,
        };
        self.write(|tx, c| {
            let n = tx
                .execute(
                    "UPDATE students SET pin_hash = ?2, pin_failures = 0, pin_wait_until = 0 \
                     WHERE id = ?1",
                    params![student, hashed],
                )
                .map_err(c)?;
            Ok(n == 1)
        })
    }

    /// Seconds left before the next PIN try is taken (0 when a try can be made now).
    pub fn pin_wait(&self, student: i64, now: Timestamp) -> Result<i64> {
        let until: Option<i64> = self
            .conn
            .query_row(
                "SELECT pin_wait_until FROM students WHERE id = ?1",
                [student],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok((until.unwrap_or(0) - now).max(0))
    }

    /// Checks a PIN. A wrong one counts, and after three wrong tries in a row each further
    /// try must wait longer ([`wait_after`]); the right one resets the count. A profile
    /// without a PIN always opens. The count is read, checked and written in one write
    /// transaction, so tries made at the same time by several copies are counted one by one.
    pub fn check_pin(&mut self, student: i64, pin: &str, now: Timestamp) -> Result<()> {
        let outcome = self.write(|tx, c| {
            let row: Option<(Option<String>, u32, i64)> = tx
                .query_row(
                    "SELECT pin_hash, pin_failures, pin_wait_until FROM students WHERE id = ?1",
                    [student],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()
                .map_err(c)?;
            let Some((Some(phc), failures, until)) = row else {
                return Ok(Try::Right(()));
            };
            if now < until {
                return Ok(Try::Wait(until - now));
            }
            let ok = secret::verify(&phc, pin.trim());
            let failures = if ok { 0 } else { failures.saturating_add(1) };
            let wait = if ok { 0 } else { wait_after(failures) };
            tx.execute(
                "UPDATE students SET pin_failures = ?2, pin_wait_until = ?3 WHERE id = ?1",
                params![student, failures, if wait > 0 { now + wait } else { 0 }],
            )
            .map_err(c)?;
            Ok(if ok { Try::Right(()) } else { Try::Wrong(wait) })
        })?;
        outcome.into_result(RecordError::WrongPin)
    }

    /// Whether a counselor passphrase has been set on this database.
    pub fn counselor_is_set_up(&self) -> Result<bool> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM counselor)", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Sets the counselor passphrase the first time (staff set-up), and returns counselor
    /// mode unlocked. A passphrase that is easy to guess is refused here, whatever front end
    /// asks, and so is a second set-up.
    pub fn set_up_counselor(&mut self, passphrase: &str, now: Timestamp) -> Result<Vault> {
        check_passphrase(passphrase)?;
        if self.counselor_is_set_up()? {
            return Err(Error::CounselorSetUp);
        }
        let pass_hash = hash(passphrase)?;
        let salt = secret::salt();
        let kek = secret::derive(passphrase, &salt).map_err(|e| Error::Database(e.to_string()))?;
        let data = Key::random();
        let wrapped = secret::wrap(&kek, &data);
        self.write(|tx, c| {
            // Checked again inside the transaction: two set-ups at once, one wins.
            let n = tx
                .execute(
                    "INSERT INTO counselor (id, pass_hash, key_salt, wrapped_key, created_at) \
                     SELECT 1, ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM counselor)",
                    params![pass_hash, salt.to_vec(), wrapped, now],
                )
                .map_err(c)?;
            if n == 0 {
                return Err(Error::CounselorSetUp);
            }
            Ok(())
        })?;
        Ok(Vault::new(data))
    }

    /// Seconds left before the next passphrase try is taken.
    pub fn counselor_wait(&self, now: Timestamp) -> Result<i64> {
        let until: Option<i64> = self
            .conn
            .query_row("SELECT wait_until FROM counselor WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))?;
        Ok((until.unwrap_or(0) - now).max(0))
    }

    /// Opens counselor mode. Five wrong tries are free, then each waits a little longer, at
    /// most ten seconds ([`counselor_wait_after`]): a guesser is slowed, and a student typing
    /// wrong ones on purpose cannot keep the counselor out. Counted atomically, as PIN
    /// tries are.
    pub fn unlock_counselor(&mut self, passphrase: &str, now: Timestamp) -> Result<Vault> {
        let path = self.path.clone();
        let outcome = self.write(|tx, c| {
            type Row = (String, Vec<u8>, Vec<u8>, u32, i64);
            let row: Option<Row> = tx
                .query_row(
                    "SELECT pass_hash, key_salt, wrapped_key, failures, wait_until \
                     FROM counselor WHERE id = 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()
                .map_err(c)?;
            let Some((phc, salt, wrapped, failures, until)) = row else {
                return Err(Error::CounselorNotSetUp);
            };
            if now < until {
                return Ok(Try::Wait(until - now));
            }
            let vault = if secret::verify(&phc, passphrase) {
                let kek = secret::derive(passphrase, &salt)
                    .map_err(|e| Error::Database(e.to_string()))?;
                let key = secret::unwrap(&kek, &wrapped)
                    .map_err(|_| Error::KeyDamaged { path: path.clone() })?;
                Some(Vault::new(key))
            } else {
                None
            };
            let failures = if vault.is_some() {
                0
            } else {
                failures.saturating_add(1)
            };
            let wait = counselor_wait_after(failures);
            tx.execute(
                "UPDATE counselor SET failures = ?1, wait_until = ?2 WHERE id = 1",
                params![failures, if wait > 0 { now + wait } else { 0 }],
            )
            .map_err(c)?;
            Ok(match vault {
                Some(v) => Try::Right(v),
                None => Try::Wrong(wait),
            })
        })?;
        outcome.into_result(RecordError::WrongPassphrase)
    }

    /// Changes the passphrase. Every private note is opened and sealed again under a new
    /// data key, bound to its check-in and student (notes sealed before notes were bound
    /// are brought up to date), all in one transaction: if anything fails, nothing changed.
    /// Then the copies medpath made beside the file get the same (those that could not be
    /// changed are kept for [`Store::take_unpurged`]). Returns counselor mode under the new
    /// key.
    pub fn change_passphrase(&mut self, vault: &Vault, new: &str) -> Result<Resealed> {
        check_passphrase(new)?;
        let pass_hash = hash(new)?;
        let salt = secret::salt();
        let kek = secret::derive(new, &salt).map_err(|e| Error::Database(e.to_string()))?;
        let data = Key::random();
        let fresh = Vault::new(data.clone());
        let wrapped = secret::wrap(&kek, &data);
        let (notes, unreadable) = self.write(|tx, c| {
            let sealed: Vec<(i64, i64, Vec<u8>)> = {
                let mut st = tx
                    .prepare("SELECT id, student_id, notes FROM checkins WHERE notes IS NOT NULL")
                    .map_err(c)?;
                let rows = st
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .map_err(c)?;
                rows.collect::<rusqlite::Result<_>>().map_err(c)?
            };
            let (mut notes, mut unreadable) = (0, 0);
            for (id, student, bytes) in sealed {
                // A note that does not open (changed bytes, or moved from another check-in)
                // stays as it is: it could not be read before either.
                let Ok((text, _)) = vault.open_note(&bytes, id, student) else {
                    unreadable += 1;
                    continue;
                };
                tx.execute(
                    "UPDATE checkins SET notes = ?2 WHERE id = ?1",
                    params![id, fresh.seal_note(&text, id, student)],
                )
                .map_err(c)?;
                notes += 1;
            }
            tx.execute(
                "UPDATE counselor SET pass_hash = ?1, key_salt = ?2, wrapped_key = ?3, \
                 failures = 0, wait_until = 0 WHERE id = 1",
                params![pass_hash, salt.to_vec(), wrapped],
            )
            .map_err(c)
            .and_then(|n| {
                if n == 1 {
                    Ok(())
                } else {
                    Err(Error::CounselorNotSetUp)
                }
            })?;
            Ok((notes, unreadable))
        })?;
        // The copies medpath made beside the file must not open with the old passphrase.
        let key = super::copies::NewKey {
            pass_hash: &pass_hash,
            salt: &salt,
            wrapped: &wrapped,
        };
        self.unpurged = super::copies::reseal(&self.path, vault, &fresh, &key);
        Ok(Resealed {
            vault: fresh,
            notes,
            unreadable,
        })
    }

    /// Starts counselor mode over (a forgotten passphrase): destroys every private note and
    /// the passphrase, here and in every copy medpath made beside the file, and keeps
    /// everything else (check-ins with their summaries, goals, students). Returns how many
    /// notes were destroyed; the copies that could not be changed are kept for
    /// [`Store::take_unpurged`].
    pub fn reset_counselor(&mut self) -> Result<usize> {
        let n = self.write(|tx, c| {
            let n = tx
                .execute(
                    "UPDATE checkins SET notes = NULL WHERE notes IS NOT NULL",
                    [],
                )
                .map_err(c)?;
            tx.execute("DELETE FROM counselor", []).map_err(c)?;
            Ok(n)
        })?;
        // Old pages are wiped (secure_delete); move them out of the write-ahead log too.
        self.checkpoint();
        self.unpurged = super::copies::purge_notes(&self.path);
        Ok(n)
    }

    /// Minutes of no key presses after which counselor mode locks itself.
    pub fn lock_after_minutes(&self) -> Result<u32> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [LOCK_AFTER_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(v.and_then(|v| v.parse().ok())
            .filter(|m| LOCK_AFTER_MINUTES.contains(m))
            .unwrap_or(DEFAULT_LOCK_AFTER_MINUTES))
    }

    /// Sets the minutes after which counselor mode locks itself (checked first).
    pub fn set_lock_after_minutes(&mut self, minutes: u32) -> Result<()> {
        check_lock_after(minutes)?;
        self.write(|tx, c| {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![LOCK_AFTER_KEY, minutes.to_string()],
            )
            .map_err(c)?;
            Ok(())
        })
    }

    /// Moves what the write-ahead log holds into the file and empties the log, if no reader
    /// is in the way (best effort: the next checkpoint does it otherwise).
    pub(crate) fn checkpoint(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
}

/// Where the auto-lock minutes are kept in `meta`.
const LOCK_AFTER_KEY: &str = "counselor_lock_after_minutes";

/// What changing the passphrase did.
#[derive(Debug)]
pub struct Resealed {
    /// Counselor mode under the new data key.
    pub vault: Vault,
    /// Notes sealed again.
    pub notes: usize,
    /// Notes that did not open and were left as they were.
    pub unreadable: usize,
}

/// The outcome of one PIN or passphrase try, decided inside the write transaction.
enum Try<T> {
    Right(T),
    /// Wrong; the next try must wait this many seconds (0: at once).
    Wrong(i64),
    /// Not checked: the last wrong try's wait is not over.
    Wait(i64),
}

impl<T> Try<T> {
    fn into_result(self, wrong: RecordError) -> Result<T> {
        match self {
            Try::Right(v) => Ok(v),
            Try::Wrong(0) => Err(wrong.into()),
            // Say at once that the next try must wait.
            Try::Wrong(secs) | Try::Wait(secs) => Err(RecordError::Wait(secs).into()),
        }
    }
}
