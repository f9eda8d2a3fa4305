//! Wording for `medpath counselor`: staff set-up, changing the passphrase, starting over,
//! and the auto-lock setting.

pub const COUNSELOR_ABOUT: &str =
    "Set up counselor mode (school staff), change its passphrase, start over, or set auto-lock";
pub const INIT_ABOUT: &str = "Set up counselor mode on this database: choose the passphrase \
     (typed twice, never on the command line)";
pub const PASSPHRASE_ABOUT: &str =
    "Change the counselor passphrase (the old one first); private notes are sealed again";
pub const RESET_ABOUT: &str = "Start counselor mode over when the passphrase is forgotten: \
     destroys every private note and the passphrase, keeps everything else";
pub const SETTINGS_ABOUT: &str = "Show or change counselor mode settings";
pub const LOCK_AFTER_HELP: &str =
    "Lock counselor mode after this many minutes without a key press (1-120; 5 unless set)";
pub const DESTROY_HELP: &str =
    "Start over without asking to type RESET (for scripts): private notes are destroyed";

pub const NEW_PROMPT: &str = "New counselor passphrase: ";
pub const AGAIN_PROMPT: &str = "Type it again: ";
pub const OLD_PROMPT: &str = "Current counselor passphrase: ";
pub const DIFFERENT: &str = "The two passphrases were not the same. Nothing was changed; run \
     the command again and type the same passphrase twice.";
pub const EMPTY: &str = "No passphrase was typed. Nothing was changed.";

pub fn set_up(minutes: u32) -> String {
    format!(
        "Counselor mode is set up. Open it with key 7 in the program, or add --as-counselor to \
         a command. It locks itself after {minutes} minutes without a key press. Keep the \
         passphrase somewhere safe: if it is forgotten, `medpath counselor reset` starts over \
         and destroys every private note."
    )
}

pub fn changed(notes: usize, unreadable: usize) -> String {
    let mut s = format!(
        "The counselor passphrase is changed. {} sealed again with it.",
        match notes {
            0 => "No private notes were".to_string(),
            1 => "1 private note was".to_string(),
            n => format!("{n} private notes were"),
        }
    );
    if unreadable > 0 {
        s.push_str(&format!(
            " {unreadable} could not be opened (changed or moved in the file) and stay unreadable."
        ));
    }
    s
}

pub const RESET_WARNING: &str = "This starts counselor mode over. Every private note is \
     destroyed for good and the passphrase is removed. Check-in summaries, goals and \
     students stay. Type RESET (capital letters) and press Enter to go on, or anything else \
     to stop: ";
pub const RESET_WORD: &str = "RESET";
pub const RESET_NOT_TYPED: &str =
    "Counselor mode was not reset: RESET was not typed. Nothing was changed.";
pub const READ_ANSWER: &str = "could not read the answer";

pub fn reset_done(notes: usize) -> String {
    let what = match notes {
        0 => "No private notes were there to destroy".to_string(),
        1 => "1 private note was destroyed".to_string(),
        n => format!("{n} private notes were destroyed"),
    };
    format!(
        "Counselor mode is reset. {what}; check-in summaries, goals and students are kept. Set \
         it up again with `medpath counselor init`."
    )
}

pub fn settings(minutes: u32) -> String {
    format!("Counselor mode locks itself after {minutes} minutes without a key press.")
}

pub fn settings_changed(minutes: u32) -> String {
    format!("Saved: counselor mode now locks itself after {minutes} minutes without a key press.")
}
