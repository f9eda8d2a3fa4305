//! `medpath counselor`: staff set-up of counselor mode, changing the passphrase, starting
//! over, and the auto-lock setting. Passphrases are always prompted (read from stdin when it
//! is not a terminal), never taken as arguments.

use std::io::{BufRead, IsTerminal, Read};

use clap::Subcommand;
use serde::Serialize;

use super::record::read_passphrase;
use super::{gate, out_json};
use crate::domain::clock::Clock;
use crate::domain::record::{check_lock_after, check_passphrase};
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::{cli as c, counselor_cli as s};

#[derive(Debug, Subcommand)]
pub enum CounselorCommand {
    #[command(about = s::INIT_ABOUT)]
    Init {
        #[arg(long, value_name = "MINUTES", help = s::LOCK_AFTER_HELP)]
        lock_after: Option<u32>,
        #[arg(long, help = c::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::PASSPHRASE_ABOUT)]
    Passphrase {
        #[arg(long, help = c::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::RESET_ABOUT)]
    Reset {
        #[arg(long, help = s::DESTROY_HELP)]
        destroy_private_notes: bool,
        #[arg(long, help = c::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::SETTINGS_ABOUT)]
    Settings {
        #[arg(long, value_name = "MINUTES", help = s::LOCK_AFTER_HELP)]
        lock_after: Option<u32>,
        #[arg(long, help = c::JSON_HELP)]
        json: bool,
    },
}

#[derive(Serialize)]
struct SetUpOut {
    set_up: bool,
    lock_after_minutes: u32,
}

#[derive(Serialize)]
struct ChangedOut {
    changed: bool,
    notes_resealed: usize,
    notes_unreadable: usize,
}

#[derive(Serialize)]
struct ResetOut {
    reset: bool,
    notes_destroyed: usize,
}

#[derive(Serialize)]
struct SettingsOut {
    lock_after_minutes: u32,
}

pub(super) fn run(store: &mut Store, command: &CounselorCommand, clock: &dyn Clock) -> Result<i32> {
    match command {
        CounselorCommand::Init { lock_after, json } => {
            if let Some(m) = lock_after {
                check_lock_after(*m)?;
            }
            if store.counselor_is_set_up()? {
                return Err(Error::CounselorSetUp);
            }
            let new = new_passphrase()?;
            store.set_up_counselor(&new, clock.now())?;
            if let Some(m) = lock_after {
                store.set_lock_after_minutes(*m)?;
            }
            let minutes = store.lock_after_minutes()?;
            if *json {
                out_json(&SetUpOut {
                    set_up: true,
                    lock_after_minutes: minutes,
                })?;
            } else {
                super::note(&s::set_up(minutes));
            }
        }
        CounselorCommand::Passphrase { json } => {
            let old = gate::unlock_with(store, s::OLD_PROMPT, clock)?;
            let new = new_passphrase()?;
            let done = store.change_passphrase(&old.vault, &new)?;
            for copy in store.take_unpurged() {
                super::note(&crate::strings::health::copy_not_purged(&copy));
            }
            if *json {
                out_json(&ChangedOut {
                    changed: true,
                    notes_resealed: done.notes,
                    notes_unreadable: done.unreadable,
                })?;
            } else {
                super::note(&s::changed(done.notes, done.unreadable));
            }
        }
        CounselorCommand::Reset {
            destroy_private_notes,
            json,
        } => {
            if !store.counselor_is_set_up()? {
                return Err(Error::CounselorNotSetUp);
            }
            if !*destroy_private_notes && !confirmed()? {
                return Err(Error::Usage(s::RESET_NOT_TYPED.into()));
            }
            let n = store.reset_counselor()?;
            for copy in store.take_unpurged() {
                super::note(&crate::strings::health::copy_not_purged(&copy));
            }
            if *json {
                out_json(&ResetOut {
                    reset: true,
                    notes_destroyed: n,
                })?;
            } else {
                super::note(&s::reset_done(n));
            }
        }
        CounselorCommand::Settings { lock_after, json } => {
            if let Some(m) = lock_after {
                store.set_lock_after_minutes(*m)?;
            }
            let minutes = store.lock_after_minutes()?;
            if *json {
                out_json(&SettingsOut {
                    lock_after_minutes: minutes,
                })?;
            } else if lock_after.is_some() {
                super::note(&s::settings_changed(minutes));
            } else {
                super::note(&s::settings(minutes));
            }
        }
    }
    Ok(exit::OK)
}

/// A new passphrase, typed twice; checked for strength after the first time, so a weak one
/// is refused before it is typed again.
fn new_passphrase() -> Result<String> {
    let first = read_passphrase(s::NEW_PROMPT)?;
    if first.is_empty() {
        return Err(Error::Usage(s::EMPTY.into()));
    }
    check_passphrase(&first)?;
    let again = read_passphrase(s::AGAIN_PROMPT)?;
    if again != first {
        return Err(Error::Usage(s::DIFFERENT.into()));
    }
    Ok(first)
}

/// Asks to type RESET; true when it was.
fn confirmed() -> Result<bool> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        super::err_out(s::RESET_WARNING);
    }
    let mut line = String::new();
    stdin
        .lock()
        .take(64)
        .read_line(&mut line)
        .map_err(|e| Error::io(s::READ_ANSWER, e))?;
    Ok(line.trim() == s::RESET_WORD)
}
