//! Who may read, change or remove a student's record. This is the one rule: the full-screen
//! program, every command and import ask [`decide`] and do what it says.
//!
//! The three roles (the README says the same in plain words):
//! - **a student** opens their own profile, behind its PIN when one is set;
//! - **the counselor** opens every record, behind the counselor passphrase;
//! - **staff** set counselor mode up on the command line (`medpath counselor init`).
//!
//! A PIN or the passphrase keeps classmates out of the program, not out of the file: anyone
//! who can copy the database file can read what is not sealed. Private notes are sealed.

/// Who has shown what, so far, in this session or command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// No PIN and no passphrase given.
    Anyone,
    /// Someone who opened this student's profile: gave its PIN, or it has none.
    Student(i64),
    /// The counselor, who gave the passphrase.
    Counselor,
}

/// What someone wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// See a student's record: results, matches, plans, the report, an export.
    Read,
    /// Change it: answers, plans, the shortlist, an import into it.
    Change,
    /// Rename or delete the profile.
    Remove,
    /// What only the counselor does: private notes, check-ins and the goals set at them,
    /// the roster of every student.
    Counsel,
}

/// What the rule needs to know about one profile; never a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guard {
    pub student: i64,
    pub has_pin: bool,
    /// Check-ins (and so private notes, and goals set at them) from a counselor.
    pub counselor_records: bool,
}

/// What [`decide`] answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// This student's PIN is needed (the counselor passphrase does as well).
    NeedPin,
    /// Only the counselor passphrase will do.
    NeedPassphrase,
}

/// The rule. `record` is the profile the act is about; None for acts on no one profile
/// (the roster).
pub fn decide(who: Who, act: Act, record: Option<&Guard>) -> Decision {
    if who == Who::Counselor {
        return Decision::Allow;
    }
    let Some(g) = record else {
        return match act {
            Act::Counsel => Decision::NeedPassphrase,
            _ => Decision::Allow,
        };
    };
    if act == Act::Counsel {
        return Decision::NeedPassphrase;
    }
    let opened = !g.has_pin || who == Who::Student(g.student);
    if !opened {
        return Decision::NeedPin;
    }
    if act == Act::Remove && g.counselor_records {
        // Deleting or renaming would take the counselor's record with it.
        return Decision::NeedPassphrase;
    }
    Decision::Allow
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::*;

    const ANA: i64 = 1;
    const BEN: i64 = 2;

    fn guard(has_pin: bool, counselor_records: bool) -> Guard {
        Guard {
            student: ANA,
            has_pin,
            counselor_records,
        }
    }

    #[test]
    fn a_profile_without_a_pin_is_open_to_read_and_change() {
        let g = guard(false, false);
        for act in [Act::Read, Act::Change, Act::Remove] {
            assert_eq!(decide(Who::Anyone, act, Some(&g)), Allow, "{act:?}");
        }
    }

    #[test]
    fn a_pin_guards_every_act_on_the_profile() {
        let g = guard(true, false);
        for act in [Act::Read, Act::Change, Act::Remove] {
            assert_eq!(decide(Who::Anyone, act, Some(&g)), NeedPin, "{act:?}");
            assert_eq!(decide(Who::Student(BEN), act, Some(&g)), NeedPin, "{act:?}");
            assert_eq!(decide(Who::Student(ANA), act, Some(&g)), Allow, "{act:?}");
            assert_eq!(decide(Who::Counselor, act, Some(&g)), Allow, "{act:?}");
        }
    }

    #[test]
    fn removing_a_counselor_record_needs_the_passphrase_even_for_its_student() {
        for has_pin in [false, true] {
            let g = guard(has_pin, true);
            assert_eq!(
                decide(Who::Student(ANA), Act::Remove, Some(&g)),
                NeedPassphrase
            );
            assert_eq!(decide(Who::Counselor, Act::Remove, Some(&g)), Allow);
            // Reading and changing their own record do not.
            assert_eq!(decide(Who::Student(ANA), Act::Read, Some(&g)), Allow);
            assert_eq!(decide(Who::Student(ANA), Act::Change, Some(&g)), Allow);
        }
        // Someone else first needs the PIN, then the passphrase.
        assert_eq!(
            decide(Who::Anyone, Act::Remove, Some(&guard(true, true))),
            NeedPin
        );
    }

    #[test]
    fn counselor_acts_need_the_passphrase_whoever_asks() {
        let g = guard(false, false);
        for who in [Who::Anyone, Who::Student(ANA)] {
            assert_eq!(decide(who, Act::Counsel, Some(&g)), NeedPassphrase);
            assert_eq!(decide(who, Act::Counsel, None), NeedPassphrase);
        }
        assert_eq!(decide(Who::Counselor, Act::Counsel, None), Allow);
    }

    #[test]
    fn acts_on_no_profile_are_open() {
        assert_eq!(decide(Who::Anyone, Act::Change, None), Allow);
    }
}
