//! The application state, `update` (actions in) and `render` (a frame out, from `&App`).

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::keymap::Context;
use super::screen::{Catalog, Effect};
use super::theme::Theme;
use super::widgets::{footer, help, tabs, too_small};
use super::{Area, Screens};
use crate::domain::{Clock, Student};
use crate::error::Result;
use crate::store::Store;
use crate::strings::tui as s;

/// A one-line message under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// What a screen may use and change while handling an action.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    pub clock: &'a dyn Clock,
    pub status: &'a mut Option<Status>,
    /// The current student: the one place it is kept is `App::student`.
    pub student: Option<&'a Student>,
    /// Where the screen is drawn (to map clicks onto rows).
    pub body: Rect,
}

impl Ctx<'_> {
    pub fn error(&mut self, text: String) {
        *self.status = Some(Status { text, error: true });
    }

    pub fn info(&mut self, text: String) {
        *self.status = Some(Status { text, error: false });
    }
}

/// What a screen may read while drawing.
pub struct View<'a> {
    pub theme: &'a Theme,
    pub student: Option<&'a Student>,
    pub career_count: usize,
    /// The time of this frame (the practice timer).
    pub now: crate::domain::clock::Timestamp,
}

pub struct App {
    store: Store,
    clock: Box<dyn Clock>,
    pub theme: Theme,
    pub area: Area,
    pub help: bool,
    pub quit: bool,
    pub student: Option<Student>,
    pub status: Option<Status>,
    /// One screen per area (see `screens/mod.rs`).
    pub screens: Screens,
    /// How many careers the catalog has (Home names it).
    career_count: usize,
    /// Whether the screens that show the catalog have it yet (see `load_catalog`).
    catalog: bool,
    /// The size of the last frame, to map mouse clicks onto what was drawn.
    last_size: Cell<Rect>,
    /// How far the help overlay is scrolled.
    help_scroll: Cell<u16>,
    /// The areas visited before this one, most recent last: Esc goes back along them.
    history: Vec<Area>,
}

/// A `Ctx` borrowing the app's store, clock, status and student (fields, so the screens can
/// be borrowed beside it).
macro_rules! ctx {
    ($app:ident, $body:expr) => {
        Ctx {
            store: &mut $app.store,
            clock: $app.clock.as_ref(),
            status: &mut $app.status,
            student: $app.student.as_ref(),
            body: $body,
        }
    };
}

/// How many areas back Esc can go.
const HISTORY: usize = 16;

/// The frame's parts: tabs, the screen's body, a status line and the key hints.
pub fn chrome(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

impl App {
    pub fn new(store: Store, clock: Box<dyn Clock>, theme: Theme) -> Result<App> {
        // Start-up reads only what Home shows; the catalog is read when a screen that shows
        // it is first opened (`load_catalog`), so the screens start out without it.
        let career_count = store.career_count()?;
        let export_dir = crate::store::default_paths()
            .map(|p| p.exports)
            .unwrap_or_else(|| std::path::PathBuf::from("."));
        let screens = Screens::new(&store, &export_dir)?;
        // A database on a network file system: say so at once.
        let status = store.network_fs().map(|_| Status {
            text: crate::strings::health::NETWORK_SHORT.to_string(),
            error: true,
        });
        Ok(App {
            store,
            clock,
            theme,
            area: Area::Home,
            help: false,
            quit: false,
            student: None,
            status,
            screens,
            career_count,
            catalog: false,
            last_size: Cell::new(Rect::new(0, 0, 80, 24)),
            help_scroll: Cell::new(0),
            history: Vec::new(),
        })
    }

    /// Where printable sheets are saved (tests use a temporary folder).
    pub fn set_export_dir(&mut self, dir: std::path::PathBuf) {
        self.screens.interview.lib.export_dir = dir.clone();
        self.screens.counselor.export_dir = dir;
    }

    /// Gives the screens that show the catalog (careers, assessment items, interview
    /// questions) their copy of it, the first time one of them is opened.
    fn load_catalog(&mut self) -> Result<()> {
        if self.catalog {
            return Ok(());
        }
        let catalog = Catalog {
            careers: self.store.careers()?,
            items: self.store.items()?,
            questions: self.store.questions()?,
        };
        for screen in self.screens.all_mut() {
            screen.catalog(&catalog);
        }
        self.catalog = true;
        Ok(())
    }

    /// True while something on screen changes with time, so the loop redraws each tick.
    pub fn ticking(&self) -> bool {
        !self.help && self.screens.get(self.area).ticking()
    }

    /// Time passed with no event: the current area may act on it (counselor mode locks
    /// itself when left alone). True when the screen changed.
    pub fn tick(&mut self) -> bool {
        let body = chrome(self.last_size.get())[1];
        let mut ctx = ctx!(self, body);
        self.screens.get_mut(self.area).tick(&mut ctx)
    }

    /// The program is about to be suspended (Ctrl-Z): counselor mode locks, so nobody finds
    /// it open when the program is brought back.
    pub fn suspending(&mut self) {
        if self.screens.counselor.is_unlocked() {
            self.screens.counselor.forget();
            let body = chrome(self.last_size.get())[1];
            let mut ctx = ctx!(self, body);
            ctx.info(crate::strings::counselor::LOCKED_SUSPEND.into());
            if self.area == Area::Counselor {
                self.screens.get_mut(Area::Counselor).enter(&mut ctx);
            }
        }
    }

    /// True while Enter would delete something: a dialog is open with its "Delete" (or
    /// "Remove") chosen, the one deliberate way to delete in the full-screen program.
    pub fn armed(&self) -> bool {
        self.screens.get(self.area).armed()
    }

    /// The keymap contexts that apply now, most specific first.
    pub fn contexts(&self) -> &'static [Context] {
        if self.help {
            &[Context::Help]
        } else {
            self.contexts_without_help()
        }
    }

    /// Goes to `area`, remembering where from.
    fn go(&mut self, area: Area) {
        if area != self.area {
            self.history.push(self.area);
            if self.history.len() > HISTORY {
                self.history.remove(0);
            }
        }
        self.show(area);
    }

    /// Goes back to the area visited before (Home when there is none).
    fn back(&mut self) {
        let to = self.history.pop().unwrap_or(Area::Home);
        self.show(to);
    }

    /// Opens `area` (each screen loads what it shows when it is opened).
    fn show(&mut self, area: Area) {
        if area != self.area {
            // Leaving counselor mode locks it, so a student at the same computer cannot
            // walk in.
            self.screens.get_mut(self.area).leave();
        }
        if area != Area::Home
            && let Err(e) = self.load_catalog()
        {
            self.status = Some(Status {
                text: e.to_string(),
                error: true,
            });
            return;
        }
        self.area = area;
        let body = chrome(self.last_size.get())[1];
        let mut ctx = ctx!(self, body);
        self.screens.get_mut(area).enter(&mut ctx);
    }

    pub fn update(&mut self, action: Action) {
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if action == Action::ToggleHelp {
            self.help = !self.help;
            self.help_scroll.set(0);
            return;
        }
        if self.help {
            // The overlay takes every key; it scrolls (drawing keeps it in range).
            let at = self.help_scroll.get();
            let page = self.last_size.get().height.saturating_sub(6).max(1);
            self.help_scroll.set(match action {
                Action::ScrollUp | Action::Up => at.saturating_sub(1),
                Action::ScrollDown | Action::Down => at.saturating_add(1),
                Action::PageUp => at.saturating_sub(page),
                Action::PageDown => at.saturating_add(page),
                Action::Top => 0,
                Action::Bottom => u16::MAX,
                _ => at,
            });
            return;
        }
        let size = self.last_size.get();
        if too_small::is_too_small(size) {
            if action == Action::Back {
                self.quit = true;
            }
            return;
        }
        let [tab_bar, body, _, _] = chrome(size);
        if let Action::Click { column, row } = action
            && let Some(a) = tabs::hit(tab_bar, column, row)
        {
            self.go(a);
            return;
        }
        let typing = super::keymap::is_typing(self.contexts());
        // A paste is text for the focused field; where none has the focus it does nothing.
        if matches!(action, Action::Paste(_)) && !typing {
            self.status = Some(Status {
                text: crate::strings::input::PASTE_IGNORED.to_string(),
                error: true,
            });
            return;
        }
        match action {
            Action::GoTo(a) if !typing => return self.go(a),
            Action::NextArea if !typing => return self.go(self.area.next()),
            Action::PrevArea if !typing => return self.go(self.area.prev()),
            _ => {}
        }
        if !matches!(action, Action::Click { .. }) {
            self.status = None;
        }
        let mut ctx = ctx!(self, body);
        let effect = self.screens.get_mut(self.area).update(&action, &mut ctx);
        self.apply(effect);
    }

    /// Does what a screen asked.
    fn apply(&mut self, effect: Effect) {
        match effect {
            Effect::None => {}
            Effect::Back => self.back(),
            Effect::Quit => self.quit = true,
            Effect::GoTo(area) => self.go(area),
            Effect::OpenCareer(id) => {
                self.go(Area::Explore);
                let body = chrome(self.last_size.get())[1];
                let mut ctx = ctx!(self, body);
                self.screens.explore.show_career(&id, &mut ctx);
            }
            Effect::OpenPaying => {
                self.go(Area::Explore);
                let body = chrome(self.last_size.get())[1];
                let mut ctx = ctx!(self, body);
                self.screens.explore.open_paying(true, &mut ctx);
            }
            Effect::Chosen(st) => {
                self.status = Some(Status {
                    text: s::chosen(&st.name),
                    error: false,
                });
                self.student = Some(st);
            }
            Effect::Renamed(st) => {
                if self.student.as_ref().is_some_and(|c| c.id == st.id) {
                    self.student = Some(st);
                }
            }
            Effect::Deleted(id) => {
                if self.student.as_ref().is_some_and(|c| c.id == id) {
                    self.student = None;
                }
            }
        }
    }

    pub fn render(&self, f: &mut Frame) {
        let area = f.area();
        self.last_size.set(area);
        if too_small::is_too_small(area) {
            too_small::render(f, area, &self.theme);
            return;
        }
        let [tab_bar, body, status, keys] = chrome(area);
        tabs::render(f, tab_bar, self.area, &self.theme);
        let view = View {
            theme: &self.theme,
            student: self.student.as_ref(),
            career_count: self.career_count,
            now: self.clock.now(),
        };
        self.screens.get(self.area).render(f, body, &view);
        let who = match &self.student {
            Some(st) => s::signed_in(&st.name),
            None => s::NO_PROFILE.to_string(),
        };
        let line = match &self.status {
            Some(st) => Line::from(vec![Span::styled(
                st.text.clone(),
                if st.error {
                    self.theme.error
                } else {
                    self.theme.good
                },
            )]),
            None => Line::from(Span::styled(who, self.theme.dim)),
        };
        f.render_widget(Paragraph::new(line), status);
        footer::render(f, keys, self.contexts(), &self.theme);
        if self.help {
            help::render(
                f,
                body,
                self.area.title(),
                self.contexts_without_help(),
                &self.theme,
                &self.help_scroll,
            );
        }
    }

    /// The contexts the help overlay describes: those of the screen under it.
    fn contexts_without_help(&self) -> &'static [Context] {
        self.screens.get(self.area).contexts()
    }
}
