//! The command line's door to one student's record. Every command about a student comes
//! through [`open`], which asks the access rule ([`decide`]) and then for the PIN or the
//! passphrase it names, each at most once. A wrong one counts as a wrong try, with the same
//! waits as in the full-screen program.

use super::record::read_passphrase;
use super::students;
use crate::domain::Student;
use crate::domain::access::{Act, Decision, Who, decide};
use crate::domain::clock::Clock;
use crate::error::{Error, Result};
use crate::secret::Vault;
use crate::store::Store;
use crate::strings::{access as s, record_cli as r};

/// A student's record, opened for an act.
pub(super) struct Opened {
    pub student: Student,
    /// Counselor mode, when the passphrase was given.
    pub counselor: Option<Unlocked>,
}

/// Counselor mode, unlocked, with the passphrase (exports seal notes with it).
pub(super) struct Unlocked {
    pub vault: Vault,
    pub passphrase: String,
}

/// Opens counselor mode with a passphrase read from the user.
pub(super) fn unlock(store: &mut Store, clock: &dyn Clock) -> Result<Unlocked> {
    unlock_with(store, r::PASSPHRASE_PROMPT, clock)
}

/// [`unlock`], asking with `prompt`.
pub(super) fn unlock_with(store: &mut Store, prompt: &str, clock: &dyn Clock) -> Result<Unlocked> {
    if !store.counselor_is_set_up()? {
        return Err(Error::CounselorNotSetUp);
    }
    let passphrase = read_passphrase(prompt)?;
    if passphrase.is_empty() {
        // Nothing typed (or nothing piped) is not a wrong try.
        return Err(Error::Usage(s::PASSPHRASE_MISSING.into()));
    }
    let vault = store.unlock_counselor(&passphrase, clock.now())?;
    Ok(Unlocked { vault, passphrase })
}

/// Checks that whoever runs the command is the counselor, for what concerns every student
/// (the roster): asks for the passphrase.
pub(super) fn counselor_only(store: &mut Store, clock: &dyn Clock) -> Result<Unlocked> {
    match decide(Who::Anyone, Act::Counsel, None) {
        Decision::NeedPassphrase => unlock(store, clock),
        // The rule never lets anyone else see every record; never read past it.
        _ => Err(Error::CounselorNotSetUp),
    }
}

/// Finds the student called `name` and checks that whoever runs the command may do `act`
/// to their record: asks for the counselor passphrase first when `as_counselor`, else for
/// the student's PIN when it has one, and the passphrase when the rule needs it.
pub(super) fn open(
    store: &mut Store,
    name: &str,
    act: Act,
    as_counselor: bool,
    clock: &dyn Clock,
) -> Result<Opened> {
    let student = students::find(store, name)?;
    admit(store, student, act, as_counselor, clock)
}

/// [`open`] for a profile already found.
pub(super) fn admit(
    store: &mut Store,
    student: Student,
    act: Act,
    as_counselor: bool,
    clock: &dyn Clock,
) -> Result<Opened> {
    let guard = store.guard(student.id)?.ok_or(Error::NoSuchProfile)?;
    let mut counselor = None;
    let mut who = Who::Anyone;
    if as_counselor {
        counselor = Some(unlock(store, clock)?);
        who = Who::Counselor;
    }
    let mut pin_asked = false;
    loop {
        match decide(who, act, Some(&guard)) {
            Decision::Allow => return Ok(Opened { student, counselor }),
            Decision::NeedPin if !pin_asked => {
                pin_asked = true;
                let pin = read_passphrase(&s::pin_prompt(&student.name))?;
                if pin.trim().is_empty() {
                    return Err(Error::Usage(s::pin_missing(&student.name)));
                }
                store.check_pin(student.id, &pin, clock.now())?;
                who = Who::Student(student.id);
            }
            Decision::NeedPassphrase if counselor.is_none() => {
                if act == Act::Remove {
                    super::note(&s::remove_needs_passphrase(&student.name));
                }
                counselor = Some(unlock(store, clock)?);
                who = Who::Counselor;
            }
            // Both were given and the rule still says no: cannot happen with `decide` as
            // it is, but never let a record through on it.
            Decision::NeedPin | Decision::NeedPassphrase => {
                return Err(Error::Usage(s::pin_missing(&student.name)));
            }
        }
    }
}
