//! Counselor mode: locked by the counselor passphrase (set up by staff on the command line,
//! `medpath counselor init`), then a roster of every student (sortable, searchable, with
//! flags) and one student's record. It locks itself after some minutes without a key press
//! and when the program is suspended.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_input::Input;

use super::counselor_record::{RecordOutcome, RecordView};
use crate::domain::agenda::{RosterRow, RosterSort, sort_roster};
use crate::domain::clock::{Timestamp, date_string};
use crate::domain::record::DEFAULT_LOCK_AFTER_MINUTES;
use crate::output::agenda::search_roster;
use crate::secret::Vault;
use crate::strings::counselor as s;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Effect, Screen};
use crate::tui::widgets::fit::{cell, fit, pad, widest};
use crate::tui::widgets::list;
use crate::tui::widgets::prompt::Prompt;

#[derive(Default)]
pub struct Counselor {
    /// Counselor mode, unlocked; None while locked.
    vault: Option<Vault>,
    /// The passphrase box while locked.
    lock: Option<Prompt>,
    /// Counselor mode is not set up on this database: the screen says how staff set it up.
    not_set_up: bool,
    /// When the last key was pressed while unlocked.
    last_key: Timestamp,
    /// Minutes without a key press after which counselor mode locks itself.
    lock_after: u32,
    rows: Vec<RosterRow>,
    /// The widest name in `rows`, in display columns (worked out when they are read, not
    /// at every frame: a roster can hold thousands).
    longest: usize,
    /// Indexes into `rows` that match the search, in order.
    shown: Vec<usize>,
    list: list::ListState,
    sort: RosterSort,
    query: Input,
    searching: bool,
    record: Option<RecordView>,
    pub export_dir: std::path::PathBuf,
}

impl std::fmt::Debug for Counselor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Counselor")
            .field("unlocked", &self.vault.is_some())
            .finish()
    }
}

impl Counselor {
    pub fn new(export_dir: std::path::PathBuf) -> Counselor {
        Counselor {
            export_dir,
            lock_after: DEFAULT_LOCK_AFTER_MINUTES,
            ..Counselor::default()
        }
    }

    pub fn is_unlocked(&self) -> bool {
        self.vault.is_some()
    }

    /// Locks counselor mode when it has been left alone for its minutes. True when it
    /// locked now.
    pub fn lock_if_idle(&mut self, ctx: &mut Ctx) -> bool {
        if self.vault.is_none() {
            return false;
        }
        let idle = ctx.clock.now() - self.last_key;
        if idle < i64::from(self.lock_after.max(1)) * 60 {
            return false;
        }
        self.forget();
        ctx.info(s::locked_idle(self.lock_after));
        self.enter(ctx);
        true
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        let today = date_string(ctx.clock.now());
        match ctx.store.roster(&today) {
            Ok(rows) => {
                self.longest = widest(rows.iter().map(|r| r.student.name.as_str()));
                self.rows = rows;
                self.arrange();
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn arrange(&mut self) {
        let keep = self.selected().map(|r| r.student.id);
        sort_roster(&mut self.rows, self.sort);
        self.shown = search_roster(&self.rows, self.query.value());
        let i = keep
            .and_then(|id| {
                self.shown
                    .iter()
                    .position(|&i| self.rows[i].student.id == id)
            })
            .unwrap_or(0);
        self.list.select(i, self.shown.len());
    }

    fn selected(&self) -> Option<&RosterRow> {
        self.shown
            .get(self.list.selected)
            .and_then(|&i| self.rows.get(i))
    }

    /// Locks counselor mode: the key and everything read with it are dropped.
    pub fn forget(&mut self) {
        self.vault = None;
        self.record = None;
        self.lock = None;
        self.rows.clear();
        self.shown.clear();
        self.query = Input::default();
        self.searching = false;
    }

    fn lock_now(&mut self, ctx: &mut Ctx) {
        self.forget();
        ctx.info(s::LOCKED.into());
        self.enter(ctx);
    }

    fn update_lock(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let Some(prompt) = &mut self.lock else {
            return match action {
                Action::Back => Effect::Back,
                _ => Effect::None,
            };
        };
        match action {
            Action::Back => {
                self.lock = None;
                return Effect::Back;
            }
            Action::Text(_) | Action::Paste(_) => {
                prompt.edit(action);
            }
            Action::Select => match ctx.store.unlock_counselor(prompt.value(), ctx.clock.now()) {
                Ok(v) => {
                    self.vault = Some(v);
                    self.lock = None;
                    self.last_key = ctx.clock.now();
                    self.lock_after = ctx
                        .store
                        .lock_after_minutes()
                        .unwrap_or(DEFAULT_LOCK_AFTER_MINUTES);
                    ctx.info(s::unlocked(self.lock_after));
                    self.reload(ctx);
                }
                Err(e) => {
                    prompt.clear();
                    prompt.error = Some(e.to_string());
                }
            },
            _ => {}
        }
        Effect::None
    }
}

impl Screen for Counselor {
    fn contexts(&self) -> &'static [Context] {
        if self.not_set_up && self.vault.is_none() {
            &[Context::Global]
        } else if self.vault.is_none() {
            &[Context::Prompt]
        } else if let Some(r) = &self.record {
            r.contexts()
        } else if self.searching {
            &[Context::Search]
        } else {
            &[
                Context::Roster,
                Context::Counselor,
                Context::List,
                Context::Global,
            ]
        }
    }

    /// Opening the area: ask for the passphrase (or to choose one), or refresh the roster.
    fn enter(&mut self, ctx: &mut Ctx) {
        if self.vault.is_some() {
            self.reload(ctx);
            if let Some(r) = &mut self.record {
                r.reload(ctx, self.vault.as_ref());
            }
            return;
        }
        match ctx.store.counselor_is_set_up() {
            Ok(true) => {
                self.not_set_up = false;
                self.lock = Some(Prompt::secret(s::LOCK_TITLE.into(), s::LOCK_HINT.into()));
            }
            Ok(false) => {
                self.not_set_up = true;
                self.lock = None;
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        if self.vault.is_none() {
            return self.update_lock(action, ctx);
        }
        // A key after the idle minutes finds counselor mode locked: it does nothing more.
        if self.lock_if_idle(ctx) {
            return Effect::None;
        }
        self.last_key = ctx.clock.now();
        if let Some(r) = &mut self.record {
            match r.update(action, ctx, self.vault.as_ref(), &self.export_dir) {
                RecordOutcome::None => {}
                RecordOutcome::Close => {
                    self.record = None;
                    self.reload(ctx);
                }
                RecordOutcome::Lock => self.lock_now(ctx),
            }
            return Effect::None;
        }
        if self.searching {
            match action {
                Action::Back => {
                    self.searching = false;
                    self.query = Input::default();
                    self.arrange();
                }
                Action::Select => self.searching = false,
                a @ (Action::Text(_) | Action::Paste(_)) => {
                    crate::tui::widgets::text::edit(&mut self.query, a);
                    self.arrange();
                    self.list.select(0, self.shown.len());
                }
                _ => {}
            }
            return Effect::None;
        }
        match action {
            Action::Back if !self.query.value().is_empty() => {
                self.query = Input::default();
                self.arrange();
            }
            Action::Back => return Effect::Back,
            Action::Lock => self.lock_now(ctx),
            Action::Search => self.searching = true,
            Action::Sort => {
                self.sort = self.sort.next();
                self.arrange();
            }
            Action::Select => {
                if let Some(row) = self.selected() {
                    let st = row.student.clone();
                    self.record = RecordView::open(ctx, st, self.vault.as_ref());
                }
            }
            _ => {
                self.list.navigate(action, self.shown.len(), 10);
            }
        }
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        if self.vault.is_none() {
            let block = list::block(s::LOCK_TITLE, false, theme);
            if self.not_set_up {
                f.render_widget(
                    Paragraph::new(s::NOT_SET_UP_SCREEN)
                        .wrap(Wrap { trim: false })
                        .block(block),
                    area,
                );
                return;
            }
            f.render_widget(block, area);
            if let Some(prompt) = &self.lock {
                prompt.render(f, area, theme);
            }
            return;
        }
        if let Some(r) = &self.record {
            r.render(f, area, view);
            return;
        }
        let [top, table] = if self.searching || !self.query.value().is_empty() {
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area)
        } else {
            [Rect::default(), area]
        };
        if top.height > 0 {
            let line = Line::from(vec![
                Span::styled(s::SEARCH_PROMPT, theme.key),
                Span::styled(self.query.value().to_string(), theme.input(self.searching)),
            ]);
            f.render_widget(Paragraph::new(line), top);
            if self.searching {
                let x = top.x + s::SEARCH_PROMPT.len() as u16 + self.query.visual_cursor() as u16;
                if x < top.x + top.width {
                    f.set_cursor_position((x, top.y));
                }
            }
        }
        let title = s::roster_title(
            self.shown.len(),
            self.rows.len(),
            self.sort.label(),
            self.query.value(),
        );
        if self.rows.is_empty() || self.shown.is_empty() {
            let text = if self.rows.is_empty() {
                s::NO_STUDENTS
            } else {
                s::NO_HITS
            };
            f.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(list::block(&title, true, theme)),
                table,
            );
            return;
        }
        let w = usize::from(table.width.saturating_sub(4));
        // Name gets what the fixed columns leave, up to 24, or the longest name when the
        // window is wide enough to keep 16 for the flags.
        let fixed = 3 + 11 + 11 + 13;
        let room = w.saturating_sub(fixed + 16);
        let longest = self.longest + 1;
        let name_w = room.clamp(8, 24).max(longest.min(room));
        let flags_w = w.saturating_sub(fixed + name_w);
        let head = format!(
            "{}{}{}{}{}{}",
            pad(s::ROSTER_HEAD[0], name_w),
            pad(s::ROSTER_HEAD[1], 3),
            pad(s::ROSTER_HEAD[2], 11),
            pad(s::ROSTER_HEAD[3], 11),
            pad(s::ROSTER_HEAD[4], 13),
            pad(s::ROSTER_HEAD[5], flags_w),
        );
        // Only the rows in view are built: the roster can hold thousands of students.
        let row = |n: usize| {
            let r = &self.rows[self.shown[n]];
            let flags: Vec<String> = r.flags.iter().map(|f| f.short()).collect();
            Line::raw(format!(
                "{}{}{}{}{}{}",
                cell(&r.student.name, name_w),
                pad(&r.student.grade.to_string(), 3),
                pad(&date_string(r.last_activity), 11),
                pad(r.last_checkin.as_deref().unwrap_or(s::NEVER), 11),
                pad(&s::goals_cell(r.open_goals, r.overdue_goals), 13),
                // The last column is padded only under the selection's bar: writing
                // a screenful of blank cells costs as much as writing text.
                if n == self.list.selected {
                    pad(&flags.join(", "), flags_w)
                } else {
                    fit(&flags.join(", "), flags_w)
                },
            ))
        };
        let block = list::block(&title, true, theme)
            .title_bottom(Line::from(s::locks_after(self.lock_after)).right_aligned());
        let inner = block.inner(table);
        f.render_widget(block, table);
        if inner.height == 0 {
            return;
        }
        let [head_r, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
        f.render_widget(
            Paragraph::new(Line::styled(format!("  {head}"), theme.heading)),
            head_r,
        );
        list::render_with(
            f,
            body,
            ratatui::widgets::Block::default(),
            self.shown.len(),
            row,
            &self.list,
            !self.searching,
            theme,
        );
    }

    /// Leaving counselor mode locks it, so a student at the same computer cannot walk in.
    fn leave(&mut self) {
        self.forget();
    }

    /// Time passes with no key pressed: lock after the idle minutes.
    fn tick(&mut self, ctx: &mut Ctx) -> bool {
        self.lock_if_idle(ctx)
    }
}
