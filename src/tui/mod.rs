//! The full-screen program: a synchronous loop that draws from `&App`, reads one event, maps
//! it through the keymap to an `Action`, and hands it to `App::update`.

pub mod action;
pub mod app;
pub mod keymap;
mod keymap_assess;
mod keymap_counselor;
mod keymap_explore;
mod keymap_forms;
mod keymap_interview;
mod keymap_record;
pub mod screen;
pub mod screens;
pub mod theme;
pub mod widgets;

use std::io::{BufWriter, IsTerminal, Stdout};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{
    self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::domain::SystemClock;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::tui as s;
use action::Action;
use app::App;
use theme::Theme;

pub use screens::{Area, Screens};

impl Area {
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
        // Bracketed paste: the terminal marks a paste, so it arrives as one piece of text for
        // the focused field and never as key presses.
        Event::Paste(text) => Some(Action::Paste(text.clone())),
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
    use signal_hook::flag;
    // Open the database before touching the terminal, so problems print as plain text.
    let store = Store::open(db)?;
    let mut app = App::new(store, Box::new(SystemClock), Theme::from_env())?;

    // SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGUSR1 and SIGUSR2 end the loop, so the terminal is
    // restored on the way out, and the program exits with 128 + the signal's number, as if
    // the signal had ended it; a second one ends the program at once. (In raw mode Ctrl-C is
    // a key, so SIGINT comes only from `kill`.) SIGHUP often means the terminal is gone (the
    // window was closed), and the terminal library can spin on the closed input (seen:
    // orphaned copies using a core each), so after a SIGHUP the program also ends on its own
    // if it has not finished within a second. When the terminal is still there (`kill -HUP`,
    // a multiplexer detaching) it is restored first, as for SIGTERM. Every save is a
    // committed transaction, so nothing already saved is lost.
    let stop = Arc::new(AtomicBool::new(false));
    let got = Arc::new(AtomicUsize::new(0));
    let sig = |e| Error::io(s::SIGNALS, e);
    for signal in ENDING_SIGNALS {
        flag::register_conditional_shutdown(signal, 128 + signal, Arc::clone(&stop))
            .map_err(sig)?;
        flag::register(signal, Arc::clone(&stop)).map_err(sig)?;
        flag::register_usize(signal, Arc::clone(&got), signal as usize).map_err(sig)?;
    }
    hangup_deadline().map_err(sig)?;
    let mut terminal = match enter() {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(Error::io(s::TERMINAL, e));
        }
    };
    let result = event_loop(&mut terminal, &mut app, &stop);
    leave(&mut terminal);
    match got.load(Ordering::Relaxed) {
        0 => {}
        signal => return Ok(128 + signal as i32),
    }
    result.map_err(|e| Error::io(s::TERMINAL, e))?;
    Ok(exit::OK)
}

/// The signals that end the program after it gives the terminal back.
#[cfg(unix)]
pub const ENDING_SIGNALS: [i32; 6] = {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2]
};

#[cfg(not(unix))]
pub const ENDING_SIGNALS: [i32; 2] = {
    use signal_hook::consts::{SIGINT, SIGTERM};
    [SIGINT, SIGTERM]
};

/// The terminal the program draws on. What a frame changes is gathered and written at once
/// (a first frame at 200x60 is about 10 KB; standard output alone writes it 1 KB at a time).
pub type Term = ratatui::Terminal<ratatui::backend::CrosstermBackend<BufWriter<Stdout>>>;

/// Takes the terminal: a panic hook that gives it back, raw mode, the alternate screen and
/// mouse clicks.
fn enter() -> std::io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(
            std::io::stdout(),
            event::DisableMouseCapture,
            event::DisableBracketedPaste
        );
        ratatui::restore();
        previous(info);
    }));
    take_screen()?;
    let out = BufWriter::with_capacity(1 << 16, std::io::stdout());
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(out))
}

/// Raw mode, the alternate screen, mouse clicks and bracketed paste (at start, and after
/// Ctrl-Z and `fg`).
fn take_screen() -> std::io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        event::EnableMouseCapture,
        event::EnableBracketedPaste
    )
}

/// After a SIGHUP, an alarm ends the program a second later if it has not ended by then
/// (with the exit code SIGHUP would give). An alarm rather than a waiting thread: starting a
/// thread costs about a tenth of a millisecond of start-up. An alarm that comes without a
/// SIGHUP before it (someone's `kill -ALRM`) is ignored.
#[cfg(unix)]
fn hangup_deadline() -> std::io::Result<()> {
    use signal_hook::consts::{SIGALRM, SIGHUP};
    static HUNG_UP: AtomicBool = AtomicBool::new(false);
    // SAFETY: both handlers only make async-signal-safe calls (an atomic store or load,
    // alarm(2) and _exit(2)).
    unsafe {
        signal_hook::low_level::register(SIGHUP, || {
            HUNG_UP.store(true, Ordering::SeqCst);
            libc::alarm(1);
        })?;
        signal_hook::low_level::register(SIGALRM, || {
            if HUNG_UP.load(Ordering::SeqCst) {
                signal_hook::low_level::exit(128 + SIGHUP)
            }
        })?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn hangup_deadline() -> std::io::Result<()> {
    Ok(())
}

/// What the loop does after handing an event to the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Draw and read the next event.
    Continue,
    /// Ctrl-Z: give the terminal back to the shell until the program is continued (`fg`).
    Suspend,
}

/// Hands one terminal event to the app, as the loop does. Ctrl-Z is taken first, in every
/// context, so a form never types it; anything else goes through the keymap to `App::update`.
pub fn handle_event(app: &mut App, ev: &Event) -> Step {
    if is_suspend(ev) {
        app.suspending();
        return Step::Suspend;
    }
    if let Some(action) = action_for_event(app, ev) {
        app.update(action);
    }
    Step::Continue
}

/// Ctrl-Z. In raw mode the terminal sends it as a key (byte 0x1a), not as SIGTSTP.
fn is_suspend(ev: &Event) -> bool {
    matches!(ev, Event::Key(k)
        if k.kind != KeyEventKind::Release
            && matches!(k.code, KeyCode::Char('z' | 'Z'))
            && k.modifiers.contains(KeyModifiers::CONTROL))
}

/// Leaves the full screen the way the program does on exit: mouse capture off, raw mode off,
/// the alternate screen left, the cursor shown.
fn leave(terminal: &mut Term) {
    let _ = terminal.show_cursor();
    let _ = crossterm::execute!(
        std::io::stdout(),
        event::DisableMouseCapture,
        event::DisableBracketedPaste
    );
    ratatui::restore();
}

/// Ctrl-Z: restores the terminal, stops the process as the shell expects (SIGTSTP), and when
/// it is continued takes the terminal back and clears it, so the next frame is drawn whole.
/// If the system does not stop the process (an orphaned process group ignores SIGTSTP),
/// this returns at once and the screen is simply redrawn.
#[cfg(unix)]
fn suspend(terminal: &mut Term) -> std::io::Result<()> {
    leave(terminal);
    // If it cannot be raised, carry on as if continued at once.
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    // Running again (after `fg` or `bg`, which send SIGCONT).
    take_screen()?;
    terminal.clear()
}

/// No job control outside Unix: Ctrl-Z does nothing (it is never typed into a field).
#[cfg(not(unix))]
fn suspend(_terminal: &mut Term) -> std::io::Result<()> {
    Ok(())
}

/// Draws a frame. Whatever a screen drew, no control or invisible format character (a
/// direction override, a zero-width space) from a stored value reaches the terminal: the
/// terminal library already drops control characters, and here the others are taken out of
/// every cell (a screen that shows a stored name writes them visibly itself).
pub fn draw(app: &App, f: &mut ratatui::Frame) {
    app.render(f);
    for cell in &mut f.buffer_mut().content {
        if cell
            .symbol()
            .chars()
            .any(crate::strings::visible::is_hidden)
        {
            let kept: String = cell
                .symbol()
                .chars()
                .filter(|c| !crate::strings::visible::is_hidden(*c))
                .collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}

fn event_loop(terminal: &mut Term, app: &mut App, stop: &AtomicBool) -> std::io::Result<()> {
    terminal.draw(|f| draw(app, f))?;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if !event::poll(Duration::from_millis(200))? {
            // A clock on screen (practice) moves on its own; counselor mode locks itself.
            if app.tick() || app.ticking() {
                terminal.draw(|f| draw(app, f))?;
            }
            continue;
        }
        let ev = event::read()?;
        if handle_event(app, &ev) == Step::Suspend {
            suspend(terminal)?;
        }
        if app.quit {
            break; // no frame to draw on the way out
        }
        // Redraw after any event, a resize included (after a suspend, the whole screen).
        terminal.draw(|f| draw(app, f))?;
    }
    Ok(())
}
