//! Home's PIN prompts: asking for a profile's PIN (or the counselor passphrase, where the
//! access rule needs it) before it is opened, renamed or deleted, and setting, changing or removing the open profile's PIN (typed twice).

use super::{Home, Modal, PinFor, Secret};
use crate::domain::Student;
use crate::domain::access::{Act, Decision, Who, decide};
use crate::domain::record::{RecordError, parse_pin};
use crate::strings::{access as a, pin as p};
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::screen::Effect;
use crate::tui::widgets::prompt::Prompt;

impl Home {
    /// Asks the access rule ([`decide`]) what `why` on `st` needs from `who`, then asks
    /// for that PIN or passphrase, or goes on.
    pub(super) fn proceed(&mut self, why: PinFor, st: Student, who: Who, ctx: &mut Ctx) -> Effect {
        let act = match why {
            PinFor::Open => Act::Read,
            PinFor::Rename | PinFor::Delete => Act::Remove,
        };
        let guard = match ctx.store.guard(st.id) {
            Ok(Some(g)) => g,
            Ok(None) => {
                ctx.error(crate::strings::commands::NO_SUCH_PROFILE.into());
                self.reload(ctx);
                return Effect::None;
            }
            Err(e) => {
                ctx.error(e.to_string());
                return Effect::None;
            }
        };
        match decide(who, act, Some(&guard)) {
            Decision::Allow => match why {
                PinFor::Open => return self.chosen(st),
                PinFor::Rename => self.start_rename(&st),
                PinFor::Delete => self.ask_delete(st),
            },
            Decision::NeedPin => {
                let prompt = Prompt::secret(p::ENTER_TITLE.into(), p::enter_hint(&st.name));
                self.modal = Some(Modal::Pin(Secret::Pin, why, st, prompt));
            }
            Decision::NeedPassphrase => match ctx.store.counselor_is_set_up() {
                Ok(true) => {
                    let prompt =
                        Prompt::secret(a::PASSPHRASE_TITLE.into(), a::passphrase_hint(&st.name));
                    self.modal = Some(Modal::Pin(Secret::Passphrase, why, st, prompt));
                }
                Ok(false) => ctx.error(a::only_counselor(&st.name)),
                Err(e) => ctx.error(e.to_string()),
            },
        }
        Effect::None
    }

    pub(super) fn update_pin(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let Some(Modal::Pin(secret, why, st, prompt)) = &mut self.modal else {
            return Effect::None;
        };
        match action {
            Action::Back => self.modal = None,
            Action::Text(_) | Action::Paste(_) => {
                prompt.edit(action);
            }
            Action::Select => {
                let now = ctx.clock.now();
                let checked = match secret {
                    Secret::Pin => ctx
                        .store
                        .check_pin(st.id, prompt.value(), now)
                        .map(|()| Who::Student(st.id)),
                    // The vault is not kept: Home only needed to know who is asking.
                    Secret::Passphrase => ctx
                        .store
                        .unlock_counselor(prompt.value(), now)
                        .map(|_| Who::Counselor),
                };
                match checked {
                    Ok(who) => {
                        let (why, st) = (*why, st.clone());
                        self.modal = None;
                        return self.proceed(why, st, who, ctx);
                    }
                    Err(e) => {
                        prompt.clear();
                        prompt.error = Some(e.to_string());
                    }
                }
            }
            _ => {}
        }
        Effect::None
    }

    pub(super) fn update_new_pin(&mut self, action: &Action, ctx: &mut Ctx) {
        let st = match self.current.map(|id| ctx.store.student_by_id(id)) {
            Some(Ok(Some(st))) => st,
            Some(Err(e)) => {
                ctx.error(e.to_string());
                self.modal = None;
                return;
            }
            _ => {
                self.modal = None;
                return;
            }
        };
        let Some(Modal::NewPin(first, prompt)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Back => self.modal = None,
            Action::Text(_) | Action::Paste(_) => {
                prompt.edit(action);
            }
            Action::Select => match first.take() {
                None if prompt.value().trim().is_empty() => {
                    if st.has_pin {
                        match ctx.store.set_pin(st.id, None) {
                            Ok(_) => ctx.info(p::PIN_REMOVED.into()),
                            Err(e) => ctx.error(e.to_string()),
                        }
                        self.reload(ctx);
                    }
                    self.modal = None;
                }
                None => match parse_pin(prompt.value()) {
                    Ok(pin) => {
                        *first = Some(pin);
                        *prompt = Prompt::secret(p::CONFIRM_TITLE.into(), p::CONFIRM_HINT.into());
                    }
                    Err(e) => {
                        prompt.clear();
                        prompt.error = Some(e.to_string());
                    }
                },
                Some(pin) if pin == prompt.value().trim() => {
                    match ctx.store.set_pin(st.id, Some(&pin)) {
                        Ok(_) => ctx.info(p::PIN_SET.into()),
                        Err(e) => ctx.error(e.to_string()),
                    }
                    self.modal = None;
                    self.reload(ctx);
                }
                Some(_) => {
                    let mut again = Prompt::secret(p::SET_TITLE.into(), p::set_hint(st.has_pin));
                    again.error = Some(RecordError::PinsDiffer.to_string());
                    *prompt = again;
                }
            },
            _ => {}
        }
    }
}
