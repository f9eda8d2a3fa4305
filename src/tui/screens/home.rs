//! Home: pick or create a student profile, and see what to do next.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::home_profiles::{Filter, Profiles, read_step, render_next};
use crate::domain::access::Who;
use crate::domain::clock::date_string;
use crate::domain::next_step::NextStep;
use crate::domain::{NewStudent, Student};
use crate::error::Error;
use crate::store::Store;
use crate::strings::home as s;
use crate::strings::pin as p;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Effect, Screen};
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::fit::fit;
use crate::tui::widgets::form::{Form, Step};
use crate::tui::widgets::list;
use crate::tui::widgets::prompt::Prompt;

/// The fields of the new-profile form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Grade,
}

/// The new-profile form.
pub type ProfileForm = Form<ProfileField>;

fn profile_form() -> ProfileForm {
    Form::new(s::FORM_TITLE.trim(), "")
        .line(
            ProfileField::Name,
            s::FORM_NAME,
            s::FORM_NAME_HINT.trim(),
            "",
        )
        .line(
            ProfileField::Grade,
            s::FORM_GRADE,
            s::FORM_GRADE_HINT.trim(),
            "",
        )
}

/// What can be open over Home's list: one at a time, so no two can be.
#[derive(Debug)]
pub enum Modal {
    /// The new-profile form.
    Form(ProfileForm),
    /// Renaming a profile: its id and the name being typed.
    Rename(i64, Prompt),
    /// The profile waiting for "delete?", and the question.
    Confirm(Student, Confirm),
    /// A PIN (or, where the access rule needs it, the counselor passphrase) asked for
    /// before opening, renaming or deleting a profile.
    Pin(Secret, PinFor, Student, Prompt),
    /// Setting the open profile's PIN: the first entry once typed, and the box.
    NewPin(Option<String>, Prompt),
}

#[derive(Debug, Default)]
pub struct Home {
    pub profiles: Profiles,
    pub list: list::ListState,
    /// The one window open over the list, if any: it takes every key.
    pub modal: Option<Modal>,
    /// The profile open now (its PIN was given), if any.
    pub current: Option<i64>,
    /// A name typed to filter the list.
    pub filter: Filter,
    /// The open profile's next step (read when a profile is chosen and when Home is shown).
    pub step: Option<NextStep>,
}

/// What is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    Pin,
    Passphrase,
}

/// What a PIN unlocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinFor {
    Open,
    Rename,
    Delete,
}

#[path = "home_pin.rs"]
mod pin;

impl Home {
    /// The new-profile form, while it is open.
    pub fn form(&self) -> Option<&ProfileForm> {
        match &self.modal {
            Some(Modal::Form(f)) => Some(f),
            _ => None,
        }
    }

    /// The box of a rename, a PIN or a new PIN, while one is open.
    pub fn prompt(&self) -> Option<&Prompt> {
        match &self.modal {
            Some(Modal::Rename(_, p) | Modal::Pin(_, _, _, p) | Modal::NewPin(_, p)) => Some(p),
            _ => None,
        }
    }

    /// Home with the first window of profiles read.
    pub fn new(store: &Store) -> crate::error::Result<Home> {
        Ok(Home {
            profiles: Profiles::read(store, 0)?,
            ..Home::default()
        })
    }

    /// The profiles read now (all of them unless there are hundreds).
    pub fn students(&self) -> &[Student] {
        &self.profiles.loaded
    }

    /// The selected profile (None on the "new profile" row).
    fn selected(&self) -> Option<Student> {
        self.profile(self.list.selected).cloned()
    }

    /// The profile on row `i`: of those the filter found while a name is typed, else of all.
    fn profile(&self, i: usize) -> Option<&Student> {
        if self.filter.on() {
            self.filter.found.get(i)
        } else {
            self.profiles.get(i)
        }
    }

    /// How many profiles are listed: those found while a name is typed, else all of them.
    fn shown(&self) -> usize {
        if self.filter.on() {
            self.filter.found.len()
        } else {
            self.profiles.total
        }
    }

    /// Rows: every profile listed, then "new profile".
    fn len(&self) -> usize {
        self.shown() + 1
    }

    /// Reads the next step for the profile `id` (None: no profile is open).
    fn refresh_step(&mut self, ctx: &mut Ctx, id: Option<i64>) {
        self.step = id.and_then(|id| read_step(ctx, id));
    }

    /// Finds the profiles for what is typed again, from the top of the list.
    fn refilter(&mut self, ctx: &mut Ctx) {
        if let Err(e) = self.filter.refresh(ctx.store) {
            ctx.error(e.to_string());
        }
        self.list.reset();
    }

    /// Typing in the filter box: every key is text, Enter or ↓ goes to the list, Esc clears.
    fn update_filter(&mut self, action: &Action, ctx: &mut Ctx) {
        match action {
            Action::Select => self.filter.typing = false,
            Action::Back => {
                self.filter.clear();
                self.list.reset();
            }
            a if self.filter.edit(a) => self.refilter(ctx),
            _ => {}
        }
    }

    /// Reads the window again if the selection moved near its edge.
    fn follow(&mut self, ctx: &mut Ctx) {
        if !self.filter.on() && !self.profiles.covers(self.list.selected) {
            match Profiles::read(ctx.store, self.list.selected) {
                Ok(p) => self.profiles = p,
                Err(e) => ctx.error(e.to_string()),
            }
        }
    }

    /// A profile was opened: it moves to the top of the list (most recent), and the
    /// highlight follows it.
    fn opened(&mut self, st: &Student, ctx: &mut Ctx) {
        match ctx.store.touch_student(st.id, ctx.clock.now()) {
            Ok(()) => self.reload_at(ctx, st.id),
            Err(e) => ctx.error(e.to_string()),
        }
    }
}

impl Screen for Home {
    /// Called when Home is shown: the open profile may have moved on elsewhere.
    fn enter(&mut self, ctx: &mut Ctx) {
        let id = ctx.student.map(|st| st.id);
        self.refresh_step(ctx, id);
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        if *action == Action::Paying {
            return Effect::OpenPaying;
        }
        let out = self.act(action, ctx.body, ctx);
        if let Effect::Chosen(st) = &out {
            self.opened(st, ctx);
        }
        self.follow(ctx);
        if matches!(out, Effect::Chosen(_) | Effect::Deleted(_)) {
            self.refresh_step(ctx, self.current);
        }
        out
    }

    fn armed(&self) -> bool {
        matches!(&self.modal, Some(Modal::Confirm(_, q)) if q.armed())
    }

    fn contexts(&self) -> &'static [Context] {
        if let Some(Modal::Form(form)) = &self.modal {
            form.contexts()
        } else if matches!(self.modal, Some(Modal::Rename(..)))
            || matches!(self.modal, Some(Modal::Pin(..)))
            || matches!(self.modal, Some(Modal::NewPin(..)))
        {
            &[Context::Prompt]
        } else if matches!(self.modal, Some(Modal::Confirm(..))) {
            &[Context::Confirm]
        } else if self.filter.typing {
            &[Context::Find, Context::Search]
        } else {
            &[Context::Home, Context::List, Context::Global]
        }
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        self.draw(f, area, view);
    }
}

impl Home {
    fn layout(area: Rect) -> [Rect; 2] {
        Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(area)
    }

    fn act(&mut self, action: &Action, body: Rect, ctx: &mut Ctx) -> Effect {
        if let Some(Modal::Form(form)) = &mut self.modal {
            return match form.update(action) {
                Step::None => Effect::None,
                Step::Cancel => {
                    self.modal = None;
                    Effect::None
                }
                Step::Submit => self.submit(ctx),
            };
        }
        if let Some(Modal::Rename(id, prompt)) = &mut self.modal {
            match action {
                Action::Back => self.modal = None,
                Action::Text(_) | Action::Paste(_) => {
                    prompt.edit(action);
                }
                Action::Select => match ctx.store.rename_student(*id, prompt.value()) {
                    Ok(st) => {
                        self.modal = None;
                        self.reload(ctx);
                        ctx.info(s::renamed(&st.name));
                        return Effect::Renamed(st);
                    }
                    // Nothing changed; what was typed stays to be fixed.
                    Err(e) => prompt.error = Some(e.to_string()),
                },
                _ => {}
            }
            return Effect::None;
        }
        if matches!(self.modal, Some(Modal::Pin(..))) {
            return self.update_pin(action, ctx);
        }
        if matches!(self.modal, Some(Modal::NewPin(..))) {
            self.update_new_pin(action, ctx);
            return Effect::None;
        }
        if self.filter.typing {
            if !matches!(action, Action::Click { .. }) {
                self.update_filter(action, ctx);
                return Effect::None;
            }
            // A click leaves the box (and may choose a row).
            self.filter.typing = false;
        }
        if let Some(Modal::Confirm(st, question)) = &mut self.modal {
            match question.update(action) {
                Choice::Act => {
                    let (id, name) = (st.id, st.name.clone());
                    self.modal = None;
                    match ctx.store.delete_student(id) {
                        Ok(_) => {
                            if self.current == Some(id) {
                                self.current = None;
                            }
                            match ctx.store.take_unpurged().first() {
                                None => ctx.info(s::deleted(&name)),
                                Some(copy) => {
                                    ctx.error(crate::strings::health::copy_not_purged(copy))
                                }
                            }
                            self.reload(ctx);
                            return Effect::Deleted(id);
                        }
                        Err(e) => ctx.error(e.to_string()),
                    }
                }
                Choice::Keep => self.modal = None,
                Choice::Open => {}
            }
            return Effect::None;
        }
        let len = self.len();
        match (action, self.selected()) {
            (Action::Rename, Some(st)) => {
                let who = self.who();
                return self.proceed(PinFor::Rename, st, who, ctx);
            }
            (Action::Remove, Some(st)) => {
                let who = self.who();
                return self.proceed(PinFor::Delete, st, who, ctx);
            }
            (Action::SetPin, Some(st)) => {
                if self.current == Some(st.id) {
                    let prompt = Prompt::secret(p::SET_TITLE.into(), p::set_hint(st.has_pin));
                    self.modal = Some(Modal::NewPin(None, prompt));
                } else {
                    ctx.error(p::OPEN_FIRST.into());
                }
                return Effect::None;
            }
            _ => {}
        }
        match action {
            Action::Back if self.filter.on() => {
                self.filter.clear();
                self.list.reset();
            }
            Action::Back => return Effect::Quit,
            _ if self.list.navigate(action, len, 10) => {}
            Action::NewProfile => self.modal = Some(Modal::Form(profile_form())),
            Action::Search => self.filter.typing = true,
            Action::Select => return self.open_selected(ctx),
            Action::Click { column, row } => {
                let [left, _] = Home::layout(body);
                let [find, _, items] = self.filter.parts(left);
                let inner = Block::default().borders(Borders::ALL).inner(items);
                if crate::tui::widgets::contains(find, *column, *row) {
                    self.filter.typing = true;
                } else if crate::tui::widgets::contains(inner, *column, *row)
                    && let Some(i) = self.list.row_at(inner, *row, len)
                {
                    if i == self.list.selected {
                        return self.open_selected(ctx);
                    }
                    self.list.select(i, len);
                }
            }
            _ => {}
        }
        Effect::None
    }

    fn open_selected(&mut self, ctx: &mut Ctx) -> Effect {
        match self.selected() {
            Some(st) => {
                let who = self.who();
                self.proceed(PinFor::Open, st, who, ctx)
            }
            None if self.list.selected >= self.shown() => {
                self.modal = Some(Modal::Form(profile_form()));
                Effect::None
            }
            // Not read yet (cannot happen after `follow`): nothing to open.
            None => Effect::None,
        }
    }

    fn chosen(&mut self, st: Student) -> Effect {
        self.current = Some(st.id);
        // The list shows every profile again, with the one chosen selected (`reload_at`).
        self.filter.clear();
        Effect::Chosen(st)
    }

    /// Who is at the keyboard, as Home knows it: the open profile's student, if any.
    /// (Counselor mode locks when its area is left, so it is never open here.)
    fn who(&self) -> Who {
        self.current.map_or(Who::Anyone, Who::Student)
    }

    fn ask_delete(&mut self, st: Student) {
        let question = Confirm::delete(s::DELETE_TITLE, s::confirm_delete(&st.name));
        self.modal = Some(Modal::Confirm(st, question));
    }

    fn start_rename(&mut self, st: &Student) {
        let prompt = Prompt::new(s::RENAME_TITLE.into(), s::RENAME_HINT.into(), &st.name);
        self.modal = Some(Modal::Rename(st.id, prompt));
    }

    fn submit(&mut self, ctx: &mut Ctx) -> Effect {
        let Some(Modal::Form(form)) = &mut self.modal else {
            return Effect::None;
        };
        let new = match NewStudent::parse(
            &form.value(ProfileField::Name),
            &form.value(ProfileField::Grade),
        ) {
            Ok(n) => n,
            Err(e) => {
                // Point at the field that needs fixing.
                let at = match e {
                    crate::domain::StudentError::EmptyName
                    | crate::domain::StudentError::NameTooLong { .. }
                    | crate::domain::StudentError::ControlCharacter(_) => ProfileField::Name,
                    _ => ProfileField::Grade,
                };
                form.fail(at, e.to_string());
                return Effect::None;
            }
        };
        match ctx.store.add_student(&new, ctx.clock.now()) {
            Ok(st) => {
                self.modal = None;
                if let Ok(Some(i)) = ctx.store.student_position(st.id) {
                    self.list.selected = i;
                }
                self.reload(ctx);
                self.chosen(st)
            }
            Err(Error::Student(e)) => {
                form.fail(ProfileField::Name, e.to_string());
                Effect::None
            }
            Err(e) => {
                // Nothing was saved; the form keeps what was typed so it can be tried again.
                let at = form.focused().unwrap_or(ProfileField::Name);
                form.fail(at, e.to_string());
                Effect::None
            }
        }
    }

    /// Reads the profiles again with the profile `id` chosen (opening a profile moves it to
    /// the top of the list, and the highlight follows it).
    pub fn reload_at(&mut self, ctx: &mut Ctx, id: i64) {
        match ctx.store.student_position(id) {
            Ok(Some(i)) => self.list.selected = i,
            Ok(None) => {}
            Err(e) => ctx.error(e.to_string()),
        }
        self.reload(ctx);
    }

    /// Reads the profiles again (after a change), keeping the selection's place.
    pub fn reload(&mut self, ctx: &mut Ctx) {
        let read = Profiles::read(ctx.store, self.list.selected)
            .and_then(|p| self.filter.refresh(ctx.store).map(|()| p));
        match read {
            Ok(p) => {
                self.profiles = p;
                let len = self.len();
                self.list.select(self.list.selected, len);
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn draw(&self, f: &mut Frame, area: Rect, ctx: &View) {
        let theme = ctx.theme;
        let [left, right] = Home::layout(area);
        let parts = self.filter.parts(left);
        self.filter.render(f, parts, theme);
        // Only the rows in view are built: a lab can hold thousands of profiles.
        // A name longer than the list is cut with an ellipsis; the grade and date after a
        // name come second.
        let room = usize::from(left.width.saturating_sub(4));
        let shown = self.shown();
        let row = |i: usize| match self.profile(i) {
            Some(st) => {
                let current = ctx.student.is_some_and(|c| c.id == st.id);
                let pin = if st.has_pin { p::PIN_MARK } else { "" };
                let meta = s::profile_meta(st.grade, &date_string(st.last_active), current);
                Line::from(vec![
                    Span::raw(fit(&crate::strings::visible::visible(&st.name), room)),
                    Span::styled(pin, theme.dim),
                    Span::styled(meta, theme.dim),
                ])
            }
            None if i >= shown => Line::styled(s::NEW_PROFILE_ROW, theme.key),
            // Only in a window taller than the rows kept read around the selection.
            None => Line::styled(s::NOT_READ_ROW, theme.dim),
        };
        let focused = !matches!(self.modal, Some(Modal::Form(..))) && !self.filter.typing;
        let title = if self.filter.on() {
            s::profiles_found(shown, self.profiles.total)
        } else {
            s::PROFILES_TITLE.to_string()
        };
        list::render_with(
            f,
            parts[2],
            list::block(&title, focused, theme),
            self.len(),
            row,
            &self.list,
            focused,
            theme,
        );
        render_next(f, right, self.step, ctx);

        if let Some(Modal::Form(form)) = &self.modal {
            form.render(f, form.window(area), theme);
        }
        if let Some(Modal::Rename(_, prompt)) = &self.modal {
            prompt.render(f, area, theme);
        }
        if let Some(Modal::Pin(_, _, _, prompt)) = &self.modal {
            prompt.render(f, area, theme);
        }
        if let Some(Modal::NewPin(_, prompt)) = &self.modal {
            prompt.render(f, area, theme);
        }
        if let Some(Modal::Confirm(_, question)) = &self.modal {
            question.render(f, area, theme);
        }
    }
}
