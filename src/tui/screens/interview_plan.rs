//! One interview plan, in tabs: the questions (add, remove, reorder, edit, write your own),
//! the checklist before, practice, notes during and after, the reflection and the thank-you
//! draft. Drawing is in `interview_tabs`; practice and the question bank have their own files.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::interview::Library;
use super::interview_bank::{BankOutcome, BankPicker};
use super::interview_practice::Practice;
use crate::domain::Student;
use crate::domain::plan::{Interest, Plan, SheetFormat};
use crate::domain::shortlist::Move;
use crate::store::{NewQuestion, ReflectionPart};
use crate::strings::input as sin;
use crate::strings::interview::checklist;
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::list::ListState;
use crate::tui::widgets::prompt::Prompt;
use crate::tui::widgets::scroll::Scroll;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Questions,
    Before,
    Practice,
    Notes,
    Reflect,
    Thanks,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Questions,
        Tab::Before,
        Tab::Practice,
        Tab::Notes,
        Tab::Reflect,
        Tab::Thanks,
    ];

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub fn name(self) -> &'static str {
        match self {
            Tab::Questions => s::TAB_QUESTIONS,
            Tab::Before => s::TAB_BEFORE,
            Tab::Practice => s::TAB_PRACTICE,
            Tab::Notes => s::TAB_NOTES,
            Tab::Reflect => s::TAB_REFLECT,
            Tab::Thanks => s::TAB_THANKS,
        }
    }
}

/// What a one-line prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptFor {
    EditQuestion(i64),
    OwnQuestion,
    Answer(i64),
    Followups(i64),
    Reflection(ReflectionPart),
}

impl PromptFor {
    /// The prompt's title and hint.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            PromptFor::EditQuestion(_) => s::PROMPT_EDIT_QUESTION,
            PromptFor::OwnQuestion => s::PROMPT_OWN_QUESTION,
            PromptFor::Answer(_) => s::PROMPT_ANSWER,
            PromptFor::Followups(_) => s::PROMPT_FOLLOWUPS,
            PromptFor::Reflection(p) => s::prompt_reflection(p),
        }
    }
}

#[derive(Debug)]
pub enum Popup {
    Prompt(PromptFor, Prompt),
    /// "Remove this question?" for a question id.
    Confirm(i64, Confirm),
    Bank(BankPicker),
    Interest(ListState),
    Export(ListState),
}

#[derive(Debug)]
pub struct PlanView {
    pub plan: Plan,
    pub tab: Tab,
    pub questions: ListState,
    pub notes: ListState,
    pub checklist: ListState,
    pub reflect: ListState,
    pub before_scroll: Scroll,
    pub thanks_scroll: Scroll,
    pub practice: Practice,
    pub popup: Option<Popup>,
}

pub enum PlanOutcome {
    None,
    Close,
    EditDetails,
}

/// The rows of the Reflect tab.
pub const REFLECT_ROWS: usize = 4;
const R_INTEREST: usize = 2;

fn reflect_part(row: usize) -> Option<ReflectionPart> {
    match row {
        0 => Some(ReflectionPart::Surprised),
        1 => Some(ReflectionPart::HarderBetter),
        3 => Some(ReflectionPart::NextStep),
        _ => None,
    }
}

impl PlanView {
    pub fn new(plan: Plan) -> PlanView {
        PlanView {
            plan,
            tab: Tab::Questions,
            questions: ListState::default(),
            notes: ListState::default(),
            checklist: ListState::default(),
            reflect: ListState::default(),
            before_scroll: Scroll::default(),
            thanks_scroll: Scroll::default(),
            practice: Practice::default(),
            popup: None,
        }
    }

    pub fn ticking(&self) -> bool {
        self.tab == Tab::Practice && self.popup.is_none() && self.practice.running()
    }

    pub fn contexts(&self) -> &'static [Context] {
        use Context::*;
        match &self.popup {
            Some(Popup::Prompt(..)) => return &[Prompt],
            Some(Popup::Confirm(..)) => return &[Context::Confirm],
            Some(Popup::Bank(_) | Popup::Interest(_) | Popup::Export(_)) => {
                return &[Chooser, List];
            }
            None => {}
        }
        match self.tab {
            Tab::Questions => &[PlanQuestions, PlanTabs, List, Global],
            Tab::Before => &[Checklist, PlanTabs, List, Global],
            Tab::Practice => &[Practice, PlanTabs, Global],
            Tab::Notes | Tab::Reflect => &[PlanTabs, List, Global],
            Tab::Thanks => &[PlanTabs, Reader, Global],
        }
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        match ctx.store.plan(self.plan.student_id, self.plan.id) {
            Ok(Some(p)) => self.plan = p,
            Ok(None) => ctx.error(si::no_such_plan(self.plan.id)),
            Err(e) => ctx.error(e.to_string()),
        }
        let n = self.plan.questions.len();
        self.questions.select(self.questions.selected, n);
        self.notes.select(self.notes.selected, n);
        self.practice.clamp(n);
    }

    /// Shows the outcome of a save: reloads on success, keeps the prompt open on failure.
    fn saved<T>(&mut self, r: crate::error::Result<T>, ctx: &mut Ctx) -> Option<T> {
        match r {
            Ok(v) => {
                self.reload(ctx);
                Some(v)
            }
            Err(e) => {
                if let Some(Popup::Prompt(_, p)) = &mut self.popup {
                    p.error = Some(e.to_string());
                } else {
                    ctx.error(e.to_string());
                }
                None
            }
        }
    }

    fn selected_question(&self, list: &ListState) -> Option<i64> {
        self.plan.questions.get(list.selected).map(|q| q.id)
    }

    pub fn update(
        &mut self,
        action: &Action,
        ctx: &mut Ctx,
        st: &Student,
        lib: &Library,
    ) -> PlanOutcome {
        if self.popup.is_some() {
            self.update_popup(action, ctx, st, lib);
            return PlanOutcome::None;
        }
        match action {
            Action::Back => return PlanOutcome::Close,
            Action::PrevTab => {
                let i = self.tab.index();
                self.tab = Tab::ALL[(i + Tab::ALL.len() - 1) % Tab::ALL.len()];
                return PlanOutcome::None;
            }
            Action::NextTab => {
                self.tab = Tab::ALL[(self.tab.index() + 1) % Tab::ALL.len()];
                return PlanOutcome::None;
            }
            Action::EditDetails => return PlanOutcome::EditDetails,
            Action::Export => {
                self.popup = Some(Popup::Export(ListState::default()));
                return PlanOutcome::None;
            }
            _ => {}
        }
        let student = st.id;
        let plan = self.plan.id;
        let n = self.plan.questions.len();
        let now = ctx.clock.now();
        match self.tab {
            Tab::Questions => {
                let sel = self.selected_question(&self.questions);
                match (action, sel) {
                    _ if self.questions.navigate(action, n, 10) => {}
                    (Action::Select, Some(q)) => {
                        let text = self.plan.questions[self.questions.selected].text.clone();
                        self.prompt(PromptFor::EditQuestion(q), &text);
                    }
                    (Action::WriteOwn, _) | (Action::Select, None) => {
                        self.prompt(PromptFor::OwnQuestion, "");
                    }
                    (Action::AddFromBank, _) => {
                        self.popup = Some(Popup::Bank(BankPicker::new(&self.plan, lib)));
                    }
                    (Action::Remove, Some(q)) => {
                        let text = self
                            .plan
                            .questions
                            .iter()
                            .find(|x| x.id == q)
                            .map_or(String::new(), |x| {
                                super::interview_tabs::short(&x.text, 100)
                            });
                        let question = Confirm::new(s::REMOVE_TITLE, text, sin::KEEP, sin::REMOVE);
                        self.popup = Some(Popup::Confirm(q, question));
                    }
                    (Action::MoveUp | Action::MoveDown, Some(q)) => {
                        let dir = if *action == Action::MoveUp {
                            Move::Up
                        } else {
                            Move::Down
                        };
                        let r = ctx.store.move_question(student, plan, q, dir, now);
                        if let Some(true) = self.saved(r, ctx) {
                            match dir {
                                Move::Up => self.questions.up(n, 1),
                                Move::Down => self.questions.down(n, 1),
                            }
                        }
                    }
                    _ => {}
                }
            }
            Tab::Before => {
                let items = checklist(self.plan.details.format);
                match action {
                    Action::PageUp | Action::PageDown => {
                        self.before_scroll.update(action);
                    }
                    _ if self.checklist.navigate(action, items.len(), 10) => {}
                    Action::Tick => {
                        if let Some((id, _)) = items.get(self.checklist.selected) {
                            let on = !self.plan.checklist.iter().any(|c| c == id);
                            let r = ctx.store.set_checked(student, plan, id, on, now);
                            self.saved(r, ctx);
                            self.checklist.down(items.len(), 1);
                        }
                    }
                    _ => {}
                }
            }
            Tab::Practice => match action {
                Action::Jot if self.practice.running() => {
                    if let Some(q) = self.plan.questions.get(self.practice.index) {
                        let (id, text) = (q.id, q.followups.clone());
                        self.prompt(PromptFor::Followups(id), &text);
                    }
                }
                _ => self.practice.update(action, n, now),
            },
            Tab::Notes => {
                let sel = self.selected_question(&self.notes);
                match (action, sel) {
                    _ if self.notes.navigate(action, n, 10) => {}
                    (Action::Select, Some(q)) => {
                        let text = self.plan.questions[self.notes.selected].answer.clone();
                        self.prompt(PromptFor::Answer(q), &text);
                    }
                    _ => {}
                }
            }
            Tab::Reflect => match action {
                _ if self.reflect.navigate(action, REFLECT_ROWS, 10) => {}
                Action::Select => {
                    let row = self.reflect.selected;
                    if let Some(part) = reflect_part(row) {
                        let r = &self.plan.reflection;
                        let text = match part {
                            ReflectionPart::Surprised => r.surprised.clone(),
                            ReflectionPart::HarderBetter => r.harder_better.clone(),
                            ReflectionPart::NextStep => r.next_step.clone(),
                        };
                        self.prompt(PromptFor::Reflection(part), &text);
                    } else if row == R_INTEREST {
                        let mut l = ListState::default();
                        let at = self
                            .plan
                            .reflection
                            .interest
                            .and_then(|i| Interest::ALL.iter().position(|x| *x == i))
                            .unwrap_or(2);
                        l.select(at, Interest::ALL.len());
                        self.popup = Some(Popup::Interest(l));
                    }
                }
                _ => {}
            },
            Tab::Thanks => {
                self.thanks_scroll.update(action);
            }
        }
        PlanOutcome::None
    }

    fn prompt(&mut self, what: PromptFor, value: &str) {
        let (title, hint) = what.words();
        self.popup = Some(Popup::Prompt(
            what,
            Prompt::new(title.to_string(), hint.to_string(), value),
        ));
    }

    fn update_popup(&mut self, action: &Action, ctx: &mut Ctx, st: &Student, lib: &Library) {
        let (student, plan, now) = (st.id, self.plan.id, ctx.clock.now());
        let Some(popup) = &mut self.popup else {
            return;
        };
        match popup {
            Popup::Prompt(what, p) => match action {
                Action::Back => self.popup = None,
                Action::Text(_) | Action::Paste(_) => {
                    p.edit(action);
                }
                Action::Select => {
                    let (what, text) = (*what, p.value().to_string());
                    let after = self.questions.selected + 1;
                    let r = match what {
                        PromptFor::EditQuestion(q) => ctx
                            .store
                            .edit_question(student, plan, q, &text, now)
                            .map(|_| s::QUESTION_SAVED),
                        PromptFor::OwnQuestion => {
                            let nq = NewQuestion {
                                source: None,
                                text,
                                opener: false,
                            };
                            let at = after.min(self.plan.questions.len());
                            ctx.store
                                .add_question(student, plan, &nq, at, now)
                                .map(|_| s::QUESTION_ADDED)
                        }
                        PromptFor::Answer(q) => ctx
                            .store
                            .set_answer(student, plan, q, &text, now)
                            .map(|_| s::NOTES_SAVED),
                        PromptFor::Followups(q) => ctx
                            .store
                            .set_followups(student, plan, q, &text, now)
                            .map(|_| s::JOTTED),
                        PromptFor::Reflection(part) => ctx
                            .store
                            .set_reflection(student, plan, part, &text, now)
                            .map(|_| s::REFLECTION_SAVED),
                    };
                    if let Some(msg) = self.saved(r, ctx) {
                        self.popup = None;
                        ctx.info(msg.to_string());
                        let n = self.plan.questions.len();
                        if what == PromptFor::OwnQuestion {
                            self.questions.select(after.min(n.saturating_sub(1)), n);
                        }
                    }
                }
                _ => {}
            },
            Popup::Confirm(q, question) => match question.update(action) {
                Choice::Act => {
                    let q = *q;
                    self.popup = None;
                    let r = ctx.store.remove_question(student, plan, q, now);
                    if self.saved(r, ctx).is_some() {
                        ctx.info(s::QUESTION_REMOVED.to_string());
                    }
                }
                Choice::Keep => self.popup = None,
                Choice::Open => {}
            },
            Popup::Bank(picker) => match picker.update(action, lib) {
                BankOutcome::None => {}
                BankOutcome::Cancel => self.popup = None,
                BankOutcome::Add(nq) => {
                    let at = (self.questions.selected + 1).min(self.plan.questions.len());
                    let r = ctx.store.add_question(student, plan, &nq, at, now);
                    if self.saved(r, ctx).is_some() {
                        ctx.info(s::QUESTION_ADDED.to_string());
                        let n = self.plan.questions.len();
                        self.questions.select(at, n);
                        if let Some(Popup::Bank(p)) = &mut self.popup {
                            p.refresh(&self.plan, lib);
                        }
                    }
                }
            },
            Popup::Interest(l) => {
                if l.navigate(action, Interest::ALL.len(), 5) {
                    return;
                }
                match action {
                    Action::Back => self.popup = None,
                    Action::Select => {
                        let rating = Interest::ALL[l.selected];
                        self.popup = None;
                        let r = ctx.store.set_interest(student, plan, rating, now);
                        if let Some(mv) = self.saved(r, ctx) {
                            let title = lib
                                .title(self.plan.details.career_id.as_deref())
                                .unwrap_or(&self.plan.details.role)
                                .to_string();
                            ctx.info(s::interest_saved(&title, mv));
                        }
                    }
                    _ => {}
                }
            }
            Popup::Export(l) => {
                if l.navigate(action, SheetFormat::ALL.len(), 5) {
                    return;
                }
                match action {
                    Action::Back => self.popup = None,
                    Action::Select => {
                        let format = SheetFormat::ALL[l.selected];
                        self.popup = None;
                        match crate::export::save_sheet(
                            ctx.store,
                            st,
                            &self.plan,
                            format,
                            ctx.clock,
                            &lib.export_dir,
                        ) {
                            Ok(path) => ctx.info(s::exported(
                                &path
                                    .file_name()
                                    .map_or(String::new(), |n| n.to_string_lossy().to_string()),
                                &lib.export_dir.display().to_string(),
                            )),
                            Err(e) => ctx.error(e.to_string()),
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View, st: &Student, lib: &Library) {
        super::interview_tabs::render(self, f, area, view, st, lib);
    }
}
