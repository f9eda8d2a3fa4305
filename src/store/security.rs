//! PINs and the counselor passphrase: set, check with growing waits after wrong tries,
//! and unlock the key that opens counselor notes.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::clock::Timestamp;
use crate::domain::record::{RecordError, check_passphrase, parse_pin, wait_after};
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
    /// without a PIN always opens.
    pub fn check_pin(&mut self, student: i64, pin: &str, now: Timestamp) -> Result<()> {
        let row: Option<(Option<String>, u32, i64)> = self
            .conn
            .query_row(
                "SELECT pin_hash, pin_failures, pin_wait_until FROM students WHERE id = ?1",
                [student],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((Some(phc), failures, until)) = row else {
            return Ok(());
        };
        if now < until {
            return Err(RecordError::Wait(until - now).into());
        }
        let ok = secret::verify(&phc, pin.trim());
        let failures = if ok { 0 } else { failures.saturating_add(1) };
        let until = if ok { 0 } else { now + wait_after(failures) };
        self.write(|tx, c| {
            tx.execute(
                "UPDATE students SET pin_failures = ?2, pin_wait_until = ?3 WHERE id = ?1",
                params![student, failures, until],
            )
            .map_err(c)?;
            Ok(())
        })?;
        match (ok, wait_after(failures)) {
            (true, _) => Ok(()),
            (false, 0) => Err(RecordError::WrongPin.into()),
            // Say at once that the next try must wait.
            (false, secs) => Err(RecordError::Wait(secs).into()),
        }
    }

    /// Whether a counselor passphrase has been set on this database.
    pub fn counselor_is_set_up(&self) -> Result<bool> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM counselor)", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Sets the counselor passphrase the first time, and returns counselor mode unlocked.
    /// Refused when one is already set.
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
            tx.execute(
                "INSERT INTO counselor (id, pass_hash, key_salt, wrapped_key, created_at) \
                 VALUES (1, ?1, ?2, ?3, ?4)",
                params![pass_hash, salt.to_vec(), wrapped, now],
            )
            .map_err(c)?;
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

    /// Opens counselor mode. Wrong tries count and wait as PIN tries do.
    pub fn unlock_counselor(&mut self, passphrase: &str, now: Timestamp) -> Result<Vault> {
        type Row = (String, Vec<u8>, Vec<u8>, u32, i64);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT pass_hash, key_salt, wrapped_key, failures, wait_until \
                 FROM counselor WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((phc, salt, wrapped, failures, until)) = row else {
            return Err(Error::CounselorNotSetUp);
        };
        if now < until {
            return Err(RecordError::Wait(until - now).into());
        }
        let vault = if secret::verify(&phc, passphrase) {
            let kek =
                secret::derive(passphrase, &salt).map_err(|e| Error::Database(e.to_string()))?;
            let key = secret::unwrap(&kek, &wrapped).map_err(|_| Error::KeyDamaged {
                path: self.path.clone(),
            })?;
            Some(Vault::new(key))
        } else {
            None
        };
        let failures = if vault.is_some() {
            0
        } else {
            failures.saturating_add(1)
        };
        let until = if vault.is_some() {
            0
        } else {
            now + wait_after(failures)
        };
        self.write(|tx, c| {
            tx.execute(
                "UPDATE counselor SET failures = ?1, wait_until = ?2 WHERE id = 1",
                params![failures, until],
            )
            .map_err(c)?;
            Ok(())
        })?;
        match (vault, wait_after(failures)) {
            (Some(v), _) => Ok(v),
            (None, 0) => Err(RecordError::WrongPassphrase.into()),
            (None, secs) => Err(RecordError::Wait(secs).into()),
        }
    }

    /// Changes the passphrase: the data key is wrapped again, so every note stays readable.
    pub fn change_passphrase(&mut self, vault: &Vault, new: &str) -> Result<()> {
        check_passphrase(new)?;
        let pass_hash = hash(new)?;
        let salt = secret::salt();
        let kek = secret::derive(new, &salt).map_err(|e| Error::Database(e.to_string()))?;
        let wrapped = secret::wrap(&kek, vault.key());
        self.write(|tx, c| {
            tx.execute(
                "UPDATE counselor SET pass_hash = ?1, key_salt = ?2, wrapped_key = ?3, \
                 failures = 0, wait_until = 0 WHERE id = 1",
                params![pass_hash, salt.to_vec(), wrapped],
            )
            .map_err(c)?;
            Ok(())
        })
    }
}
