//! Wording for counselor mode.

pub const ALREADY_SET_UP: &str = "A counselor passphrase is already set on this database. \
    Open counselor mode with it.";
pub const NOT_SET_UP: &str = "No counselor passphrase is set on this database yet. Open \
    Counselor (key 7) in the program to choose one.";
pub const KEY_DAMAGED: &str = "the counselor key could not be opened although the \
    passphrase was right";
