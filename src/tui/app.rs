//! The application state, `update` (actions in) and `render` (a frame out, from `&App`).

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Area;
use super::action::Action;
use super::keymap::Context;
use super::screens::assessment::{self, Assessment};
use super::screens::counselor::{self, Counselor};
use super::screens::interview::{self, Interview};
use super::screens::myplan::{self, MyPlan};
use super::screens::results::{self, Results};
use super::screens::{explore::Explore, home, home::Home};
use super::theme::Theme;
use super::widgets::{footer, help, tabs, too_small};
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
    pub home: Home,
    pub assessment: Assessment,
    pub results: Results,
    pub explore: Explore,
    pub interview: Interview,
    pub myplan: MyPlan,
    pub counselor: Counselor,
    /// Where printable sheets are saved.
    export_dir: std::path::PathBuf,
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
        // it is first opened (`load_catalog`), so these start out without it.
        let home = Home::new(&store)?;
        let career_count = store.career_count()?;
        let export_dir = crate::store::default_paths()
            .map(|p| p.exports)
            .unwrap_or_else(|| std::path::PathBuf::from("."));
        let counselor = Counselor::new(export_dir.clone());
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
            home,
            assessment: Assessment::new(Vec::new()),
            results: Results::new(Vec::new(), Vec::new()),
            explore: Explore::new(Vec::new()),
            interview: Interview::new(Vec::new(), Vec::new(), export_dir.clone()),
            myplan: MyPlan::new(Vec::new()),
            counselor,
            export_dir,
            career_count,
            catalog: false,
            last_size: Cell::new(Rect::new(0, 0, 80, 24)),
            help_scroll: Cell::new(0),
            history: Vec::new(),
        })
    }

    /// Where printable sheets are saved (tests use a temporary folder).
    pub fn set_export_dir(&mut self, dir: std::path::PathBuf) {
        self.interview.lib.export_dir = dir.clone();
        self.counselor.export_dir = dir.clone();
        self.export_dir = dir;
    }

    /// Gives the screens that show the catalog (careers, assessment items, interview
    /// questions) their copy of it, the first time one of them is opened.
    fn load_catalog(&mut self) -> Result<()> {
        if self.catalog {
            return Ok(());
        }
        let careers = self.store.careers()?;
        let items = self.store.items()?;
        let questions = self.store.questions()?;
        self.results = Results::new(careers.clone(), items.clone());
        self.assessment = Assessment::new(items);
        self.interview = Interview::new(careers.clone(), questions, self.export_dir.clone());
        self.myplan = MyPlan::new(careers.clone());
        self.explore = Explore::new(careers);
        self.catalog = true;
        Ok(())
    }

    /// True while something on screen changes with time, so the loop redraws each tick.
    pub fn ticking(&self) -> bool {
        self.area == Area::Interview && !self.help && self.interview.ticking()
    }

    /// True while Enter would delete something: a dialog is open with its "Delete" (or
    /// "Remove") chosen, the one deliberate way to delete in the full-screen program.
    pub fn armed(&self) -> bool {
        match self.area {
            Area::Home => self.home.armed(),
            Area::Explore => self.explore.armed(),
            Area::Interview => self.interview.armed(),
            Area::Plan => self.myplan.armed(),
            _ => false,
        }
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
        // Leaving counselor mode locks it, so a student at the same computer cannot walk in.
        if self.area == Area::Counselor && area != Area::Counselor {
            self.counselor.forget();
        }
        if !matches!(area, Area::Home | Area::Counselor)
            && let Err(e) = self.load_catalog()
        {
            self.status = Some(Status {
                text: e.to_string(),
                error: true,
            });
            return;
        }
        self.area = area;
        let mut ctx = Ctx {
            store: &mut self.store,
            clock: self.clock.as_ref(),
            status: &mut self.status,
        };
        let st = self.student.as_ref();
        match area {
            Area::Explore => self.explore.enter(&mut ctx, st),
            Area::Assessment => self.assessment.enter(&mut ctx, st),
            Area::Results => self.results.enter(&mut ctx, st),
            Area::Interview => self.interview.enter(&mut ctx, st),
            Area::Counselor => self.counselor.enter(&mut ctx),
            Area::Plan => self.myplan.enter(&mut ctx, st),
            Area::Home => self.home.enter(&mut ctx, st),
        }
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
        let mut ctx = Ctx {
            store: &mut self.store,
            clock: self.clock.as_ref(),
            status: &mut self.status,
        };
        match self.area {
            Area::Home => match self.home.update(&action, body, &mut ctx) {
                home::Outcome::Quit => self.quit = true,
                home::Outcome::Chosen(st) => {
                    if let Err(e) = ctx.store.touch_student(st.id, ctx.clock.now()) {
                        ctx.error(e.to_string());
                    } else {
                        ctx.info(s::chosen(&st.name));
                    }
                    self.home.reload_at(&mut ctx, st.id);
                    self.student = Some(st);
                }
                home::Outcome::Renamed(st) => {
                    if self.student.as_ref().is_some_and(|c| c.id == st.id) {
                        self.student = Some(st);
                    }
                }
                home::Outcome::Deleted(id) => {
                    if self.student.as_ref().is_some_and(|c| c.id == id) {
                        self.student = None;
                    }
                }
                home::Outcome::None => {}
            },
            Area::Explore => {
                if self.explore.update(&action, body, &mut ctx) {
                    self.back();
                }
            }
            Area::Assessment => match self.assessment.update(&action, &mut ctx) {
                assessment::Outcome::None => {}
                assessment::Outcome::Leave => self.back(),
                assessment::Outcome::Finished => self.go(Area::Results),
            },
            Area::Results => match self.results.update(&action, &mut ctx) {
                results::Outcome::None => {}
                results::Outcome::Leave => self.back(),
                results::Outcome::Open(id) => {
                    self.go(Area::Explore);
                    let mut ctx = Ctx {
                        store: &mut self.store,
                        clock: self.clock.as_ref(),
                        status: &mut self.status,
                    };
                    self.explore.show_career(&id, &mut ctx);
                }
                results::Outcome::Retake => {
                    self.history.push(Area::Results);
                    self.area = Area::Assessment;
                    self.assessment.retake(&mut ctx, self.student.as_ref());
                }
            },
            Area::Interview => {
                match self
                    .interview
                    .update(&action, &mut ctx, self.student.as_ref())
                {
                    interview::Outcome::None => {}
                    interview::Outcome::Leave => self.back(),
                }
            }
            Area::Plan => match self.myplan.update(&action, &mut ctx, self.student.as_ref()) {
                myplan::Outcome::None => {}
                myplan::Outcome::Leave => self.back(),
            },
            Area::Counselor => match self.counselor.update(&action, &mut ctx) {
                counselor::Outcome::None => {}
                counselor::Outcome::Leave => {
                    self.counselor.forget();
                    self.back();
                }
            },
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
        match self.area {
            Area::Home => self.home.render(f, body, &view),
            Area::Explore => self.explore.render(f, body, &view),
            Area::Assessment => self.assessment.render(f, body, &view),
            Area::Results => self.results.render(f, body, &view),
            Area::Interview => self.interview.render(f, body, &view),
            Area::Counselor => self.counselor.render(f, body, &view),
            Area::Plan => self.myplan.render(f, body, &view),
        }
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
        match self.area {
            Area::Home => self.home.contexts(),
            Area::Explore => self.explore.contexts(),
            Area::Assessment => self.assessment.contexts(),
            Area::Results => self.results.contexts(),
            Area::Interview => self.interview.contexts(),
            Area::Counselor => self.counselor.contexts(),
            Area::Plan => self.myplan.contexts(),
        }
    }
}
