//! Hashing and encryption for PINs, the counselor passphrase and counselor notes.
//!
//! - PINs and the passphrase are kept only as Argon2id hashes (PHC strings with their own
//!   random salt), so the file never holds them.
//! - Counselor notes are sealed with XChaCha20-Poly1305 under a random 256-bit data key.
//!   The data key is stored only wrapped (sealed) under a key derived from the passphrase by
//!   Argon2id with a second salt, so changing the passphrase re-wraps one key, not every note.
//!
//! The salts, keys and nonces come from the operating system's random source; nothing else
//! here touches the outside world.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// The length of a nonce at the start of everything [`seal`] returns.
pub const NONCE_LEN: usize = 24;
/// The length of a key-derivation salt.
pub const SALT_LEN: usize = 16;

/// What is sealed, so a sealed key cannot be passed off as a note or the other way round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    DataKey,
    Note,
    ExportNotes,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::DataKey => b"medpath data key v1",
            Purpose::Note => b"medpath counselor note v1",
            Purpose::ExportNotes => b"medpath exported notes v1",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// The key is wrong or the sealed bytes were changed.
    #[error("the sealed data could not be opened")]
    CannotOpen,
    #[error("hashing failed: {0}")]
    Hash(String),
}

/// A 256-bit key, wiped from memory when dropped.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    /// A fresh random key.
    pub fn random() -> Key {
        let mut k = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(k.as_mut());
        Key(k)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_ref().into())
    }
}

fn argon2() -> Argon2<'static> {
    // The defaults recommended by OWASP and RFC 9106's second option: Argon2id, 19 MiB,
    // two passes, one lane.
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// An Argon2id hash of `secret` with a fresh random salt, as a PHC string.
pub fn hash(secret: &str) -> Result<String, SecretError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| SecretError::Hash(e.to_string()))
}

/// Whether `secret` matches a hash made by [`hash`]. A damaged hash never matches.
pub fn verify(phc: &str, secret: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(h) => {
            h.algorithm == argon2::ARGON2ID_IDENT
                && argon2().verify_password(secret.as_bytes(), &h).is_ok()
        }
        Err(_) => false,
    }
}

/// A fresh random salt for [`derive`].
pub fn salt() -> [u8; SALT_LEN] {
    let mut s = [0u8; SALT_LEN];
    OsRng.fill_bytes(&mut s);
    s
}

/// The key that `secret` and `salt` give under Argon2id.
pub fn derive(secret: &str, salt: &[u8]) -> Result<Key, SecretError> {
    let mut k = Zeroizing::new([0u8; 32]);
    argon2()
        .hash_password_into(secret.as_bytes(), salt, k.as_mut())
        .map_err(|e| SecretError::Hash(e.to_string()))?;
    Ok(Key(k))
}

/// Encrypts and authenticates `plain`; returns the nonce followed by the ciphertext.
pub fn seal(key: &Key, purpose: Purpose, plain: &[u8]) -> Vec<u8> {
    seal_with(key, purpose.label(), plain)
}

/// Opens what [`seal`] made with the same key and purpose.
pub fn open(key: &Key, purpose: Purpose, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, SecretError> {
    open_with(key, purpose.label(), sealed)
}

/// Seals a data key under a key-encryption key.
pub fn wrap(kek: &Key, data: &Key) -> Vec<u8> {
    seal(kek, Purpose::DataKey, data.0.as_ref())
}

/// Opens a wrapped data key; fails with a wrong key-encryption key.
pub fn unwrap(kek: &Key, wrapped: &[u8]) -> Result<Key, SecretError> {
    let plain = open(kek, Purpose::DataKey, wrapped)?;
    let bytes: [u8; 32] = plain
        .as_slice()
        .try_into()
        .map_err(|_| SecretError::CannotOpen)?;
    Ok(Key(Zeroizing::new(bytes)))
}

/// Seals a text note.
pub fn seal_text(key: &Key, purpose: Purpose, text: &str) -> Vec<u8> {
    seal(key, purpose, text.as_bytes())
}

/// Opens a sealed text note.
pub fn open_text(key: &Key, purpose: Purpose, sealed: &[u8]) -> Result<String, SecretError> {
    let plain = open(key, purpose, sealed)?;
    String::from_utf8(plain.to_vec()).map_err(|_| SecretError::CannotOpen)
}

/// Counselor mode, unlocked: holds the data key that seals and opens private notes. Made
/// only by the store after the passphrase was checked.
#[derive(Debug, Clone)]
pub struct Vault {
    key: Key,
}

impl Vault {
    pub fn new(key: Key) -> Vault {
        Vault { key }
    }

    pub fn key(&self) -> &Key {
        &self.key
    }

    /// Seals the private note of check-in `checkin` of student `student`: the two ids are
    /// bound in as associated data, so the sealed bytes open only in that place.
    pub fn seal_note(&self, text: &str, checkin: i64, student: i64) -> Vec<u8> {
        seal_with(&self.key, &note_aad(checkin, student), text.as_bytes())
    }

    /// Opens the private note of check-in `checkin` of student `student`. A note sealed
    /// before notes were bound to their place (no associated data) still opens; the flag
    /// says it was one, so it can be sealed again the new way.
    pub fn open_note(
        &self,
        sealed: &[u8],
        checkin: i64,
        student: i64,
    ) -> Result<(String, bool), SecretError> {
        match open_with(&self.key, &note_aad(checkin, student), sealed) {
            Ok(plain) => String::from_utf8(plain.to_vec())
                .map(|t| (t, false))
                .map_err(|_| SecretError::CannotOpen),
            Err(_) => open_text(&self.key, Purpose::Note, sealed).map(|t| (t, true)),
        }
    }
}

/// The associated data of a bound note: what it is, and where it belongs.
fn note_aad(checkin: i64, student: i64) -> Vec<u8> {
    let mut aad = b"medpath counselor note v2".to_vec();
    aad.extend_from_slice(&checkin.to_le_bytes());
    aad.extend_from_slice(&student.to_le_bytes());
    aad
}

fn seal_with(key: &Key, aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    let ct = key
        .cipher()
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        // Encryption fails only for messages longer than 256 GiB.
        .unwrap_or_default();
    let mut out = nonce.to_vec();
    out.extend_from_slice(&ct);
    out
}

fn open_with(key: &Key, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, SecretError> {
    if sealed.len() < NONCE_LEN {
        return Err(SecretError::CannotOpen);
    }
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    key.cipher()
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
        .map(Zeroizing::new)
        .map_err(|_| SecretError::CannotOpen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_is_argon2id_salted_and_verifies_only_the_same_secret() {
        let a = hash("2468").unwrap();
        let b = hash("2468").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(!a.contains("2468"));
        assert!(verify(&a, "2468"));
        assert!(verify(&b, "2468"));
        assert!(!verify(&a, "2469"));
        assert!(!verify(&a, ""));
        assert!(!verify("not a hash", "2468"));
        assert!(!verify("", "2468"));
    }

    #[test]
    fn derived_keys_depend_on_secret_and_salt() {
        let s1 = salt();
        let s2 = salt();
        assert_ne!(s1, s2);
        let k1 = derive("correct horse", &s1).unwrap();
        let again = derive("correct horse", &s1).unwrap();
        assert_eq!(k1.0.as_ref(), again.0.as_ref());
        assert_ne!(
            k1.0.as_ref(),
            derive("correct horse", &s2).unwrap().0.as_ref()
        );
        assert_ne!(
            k1.0.as_ref(),
            derive("correct horsf", &s1).unwrap().0.as_ref()
        );
    }

    #[test]
    fn sealing_round_trips_and_refuses_a_wrong_key_or_a_changed_byte() {
        let key = Key::random();
        let sealed = seal_text(&key, Purpose::Note, "Worried about chemistry grade 🙂");
        assert_eq!(
            open_text(&key, Purpose::Note, &sealed).unwrap(),
            "Worried about chemistry grade 🙂"
        );
        assert!(
            !String::from_utf8_lossy(&sealed).contains("chemistry"),
            "the text is not readable in the sealed bytes"
        );
        // Same text, new nonce: different bytes.
        assert_ne!(
            sealed,
            seal_text(&key, Purpose::Note, "Worried about chemistry grade 🙂")
        );
        assert_eq!(
            open_text(&Key::random(), Purpose::Note, &sealed),
            Err(SecretError::CannotOpen)
        );
        assert_eq!(
            open_text(&key, Purpose::ExportNotes, &sealed),
            Err(SecretError::CannotOpen),
            "a note cannot be opened as something else"
        );
        for i in [0, NONCE_LEN, sealed.len() - 1] {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert_eq!(
                open_text(&key, Purpose::Note, &bad),
                Err(SecretError::CannotOpen)
            );
        }
        assert_eq!(
            open_text(&key, Purpose::Note, &sealed[..10]),
            Err(SecretError::CannotOpen)
        );
        assert_eq!(
            open_text(&key, Purpose::Note, &[]),
            Err(SecretError::CannotOpen)
        );
    }

    #[test]
    fn a_note_opens_only_at_its_own_checkin_and_student() {
        let vault = Vault::new(Key::random());
        let sealed = vault.seal_note("Talked about the ACT", 7, 3);
        assert_eq!(
            vault.open_note(&sealed, 7, 3).unwrap(),
            ("Talked about the ACT".to_string(), false)
        );
        assert!(vault.open_note(&sealed, 8, 3).is_err(), "another check-in");
        assert!(vault.open_note(&sealed, 7, 4).is_err(), "another student");
        assert!(vault.open_note(&sealed, 3, 7).is_err(), "ids swapped");
        // Sealed the old way (before notes were bound): opens anywhere, and says so.
        let old = seal_text(vault.key(), Purpose::Note, "Old note");
        assert_eq!(
            vault.open_note(&old, 1, 2).unwrap(),
            ("Old note".to_string(), true)
        );
        assert!(Vault::new(Key::random()).open_note(&old, 1, 2).is_err());
    }

    #[test]
    fn a_wrapped_key_opens_only_with_the_passphrase_key() {
        let salt = salt();
        let data = Key::random();
        let wrapped = wrap(&derive("pass phrase one", &salt).unwrap(), &data);
        let back = unwrap(&derive("pass phrase one", &salt).unwrap(), &wrapped).unwrap();
        assert_eq!(back.0.as_ref(), data.0.as_ref());
        assert!(unwrap(&derive("pass phrase two", &salt).unwrap(), &wrapped).is_err());
    }
}
