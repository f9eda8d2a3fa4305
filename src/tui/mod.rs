//! The full-screen program: a synchronous loop that draws from `&App`, reads one event, maps
//! it through the keymap to an `Action`, and hands it to `App::update`.

pub mod action;
pub mod app;
pub mod keymap;
mod keymap_counselor;
mod keymap_interview;
mod keymap_record;
pub mod screens;
pub mod theme;
pub mod widgets;

use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, MouseButton, MouseEventKind};

use crate::domain::SystemClock;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::tui as s;
use action::Action;
use app::App;
use theme::Theme;

/// The areas of the program, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    Home,
    Assessment,
    Results,
    Explore,
    Interview,
    Plan,
    Counselor,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Home,
        Area::Assessment,
        Area::Results,
        Area::Explore,
        Area::Interview,
        Area::Plan,
        Area::Counselor,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Area::Home => s::AREA_HOME,
            Area::Assessment => s::AREA_ASSESSMENT,
            Area::Results => s::AREA_RESULTS,
            Area::Explore => s::AREA_EXPLORE,
            Area::Interview => s::AREA_INTERVIEW,
            Area::Plan => s::AREA_PLAN,
            Area::Counselor => s::AREA_COUNSELOR,
        }
    }

    /// The label on its tab when there is room.
    pub fn tab_title(self) -> &'static str {
        match self {
            Area::Plan => s::TAB_PLAN,
            other => other.title(),
        }
    }

    /// The label on its tab in a narrow window.
    pub fn short_title(self) -> &'static str {
        match self {
            Area::Home => s::SHORT_HOME,
            Area::Assessment => s::SHORT_ASSESSMENT,
            Area::Results => s::SHORT_RESULTS,
            Area::Explore => s::SHORT_EXPLORE,
            Area::Interview => s::SHORT_INTERVIEW,
            Area::Plan => s::SHORT_PLAN,
            Area::Counselor => s::SHORT_COUNSELOR,
        }
    }

    fn index(self) -> usize {
        Area::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }

    pub fn next(self) -> Area {
        Area::ALL[(self.index() + 1) % Area::ALL.len()]
    }

    pub fn prev(self) -> Area {
        Area::ALL[(self.index() + Area::ALL.len() - 1) % Area::ALL.len()]
    }
}

/// Maps a terminal event to an action for the app's current contexts.
pub fn action_for_event(app: &App, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(k) => keymap::action_for(app.contexts(), *k),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        _ => None,
    }
}

/// Opens the full-screen program on the database at `db`.
pub fn run(db: &Path) -> Result<i32> {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if dumb || !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("{}", s::NOT_A_TERMINAL);
        return Ok(exit::USAGE);
    }
    // Open the database before touching the terminal, so problems print as plain text.
    let store = Store::open(db)?;
    let mut app = App::new(store, Box::new(SystemClock), Theme::from_env())?;

    // SIGTERM ends the loop so the terminal is restored on the way out; a second SIGTERM
    // ends the program at once. SIGHUP means the terminal is gone (the window was closed):
    // there is nothing to restore, and the terminal library would spin on the closed input
    // (seen: orphaned copies using a core each), so the program exits at once. Every save is
    // a committed transaction, so nothing already saved is lost.
    use signal_hook::consts::{SIGHUP, SIGTERM};
    use signal_hook::flag;
    let stop = Arc::new(AtomicBool::new(false));
    let sig = |e| Error::io(s::SIGNALS, e);
    flag::register_conditional_shutdown(SIGTERM, 128 + SIGTERM, Arc::clone(&stop)).map_err(sig)?;
    flag::register(SIGTERM, Arc::clone(&stop)).map_err(sig)?;
    flag::register_conditional_shutdown(SIGHUP, 128 + SIGHUP, Arc::new(AtomicBool::new(true)))
        .map_err(sig)?;
    // Mouse capture off on a panic too; ratatui::init() then adds its own restoring hook.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(std::io::stdout(), event::DisableMouseCapture);
        previous(info);
    }));
    let mut terminal = ratatui::init();
    let _ = crossterm::execute!(std::io::stdout(), event::EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &stop);
    let _ = crossterm::execute!(std::io::stdout(), event::DisableMouseCapture);
    ratatui::restore();
    result.map_err(|e| Error::io(s::TERMINAL, e))?;
    Ok(exit::OK)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    terminal.draw(|f| app.render(f))?;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if !event::poll(Duration::from_millis(200))? {
            // A clock on screen (practice) moves on its own.
            if app.ticking() {
                terminal.draw(|f| app.render(f))?;
            }
            continue;
        }
        let ev = event::read()?;
        if let Some(action) = action_for_event(app, &ev) {
            app.update(action);
        }
        // Redraw after any event, a resize included.
        terminal.draw(|f| app.render(f))?;
    }
    Ok(())
}
