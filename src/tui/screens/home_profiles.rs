//! Home's profile list: read a window at a time, or only the profiles a typed filter finds;
//! and the "what to do next" pane.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_input::Input;

use crate::domain::Student;
use crate::domain::clock::date_string;
use crate::domain::next_step::{NextStep, next_step};
use crate::store::Store;
use crate::strings::home as s;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::theme::Theme;
use crate::tui::widgets::list;

/// The profiles in Home's list, read a window at a time around the selection: a lab computer
/// can hold thousands of profiles, and Home must still open at once.
#[derive(Debug, Default)]
pub struct Profiles {
    /// How many profiles there are.
    pub total: usize,
    /// The place in the whole list of the first profile read.
    pub start: usize,
    /// The profiles read, from place `start` on.
    pub loaded: Vec<Student>,
}

/// How many profiles are read at a time.
const WINDOW: usize = 400;
/// How many rows either side of the selection are kept read: more than any window is tall.
const MARGIN: usize = 150;

impl Profiles {
    /// Reads the count and the window around place `around` (half a window either side, so
    /// at the top of the list only half a window).
    pub(super) fn read(store: &Store, around: usize) -> crate::error::Result<Profiles> {
        let total = store.student_count()?;
        let around = around.min(total);
        let start = around.saturating_sub(WINDOW / 2);
        Ok(Profiles {
            total,
            start,
            loaded: store.students_page(start, around - start + WINDOW / 2)?,
        })
    }

    /// The profile at place `i`, if it is read.
    pub fn get(&self, i: usize) -> Option<&Student> {
        i.checked_sub(self.start).and_then(|j| self.loaded.get(j))
    }

    /// True when every row that can be on screen with `i` selected is read.
    pub(super) fn covers(&self, i: usize) -> bool {
        let lo = i.saturating_sub(MARGIN);
        let hi = i.saturating_add(MARGIN + 1).min(self.total);
        self.start <= lo && self.start + self.loaded.len() >= hi
    }
}

/// A name typed to filter the list (`/`): the box, whether it has the focus, and every
/// profile whose name has a word starting with it.
#[derive(Debug, Default)]
pub struct Filter {
    pub input: Input,
    /// The box has the focus: every letter is text for it.
    pub typing: bool,
    /// The profiles found, in the list's order (empty while nothing is typed).
    pub found: Vec<Student>,
}

impl Filter {
    /// True while a name is typed: the list shows only what it finds.
    pub fn on(&self) -> bool {
        !self.input.value().trim().is_empty()
    }

    /// True while the box is on screen.
    pub fn shown(&self) -> bool {
        self.typing || self.on()
    }

    /// Types a key or a paste into the box; false when `action` is neither.
    pub(super) fn edit(&mut self, action: &Action) -> bool {
        crate::tui::widgets::text::edit(&mut self.input, action)
    }

    /// Empties the box and gives the focus back to the list.
    pub(super) fn clear(&mut self) {
        *self = Filter::default();
    }

    /// Finds the profiles again (after typing, or a change to the profiles).
    pub(super) fn refresh(&mut self, store: &Store) -> crate::error::Result<()> {
        self.found = if self.on() {
            store.students_matching(self.input.value())?
        } else {
            Vec::new()
        };
        Ok(())
    }

    /// The left pane's parts: the box (one line, when shown), a line saying nothing matches
    /// (when nothing does) and the list.
    pub(super) fn parts(&self, left: Rect) -> [Rect; 3] {
        let boxed = u16::from(self.shown());
        let none = u16::from(self.on() && self.found.is_empty());
        Layout::vertical([
            Constraint::Length(boxed),
            Constraint::Length(none),
            Constraint::Min(0),
        ])
        .areas(left)
    }

    /// Draws the box and the "nothing matches" line into the parts from [`Filter::parts`].
    pub(super) fn render(&self, f: &mut Frame, parts: [Rect; 3], theme: &Theme) {
        let [line, none, _] = parts;
        if line.height > 0 {
            let style = if self.typing {
                theme.input_focused
            } else {
                theme.input
            };
            let prompt = s::FIND_PROMPT;
            let indent = unicode_width::UnicodeWidthStr::width(prompt);
            let width = usize::from(line.width).saturating_sub(indent).max(1);
            let scroll = self.input.visual_scroll(width);
            let value: String = self.input.value().chars().skip(scroll).collect();
            f.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(prompt, theme.key),
                    Span::styled(value, style),
                ])),
                line,
            );
            if self.typing {
                let at = self.input.visual_cursor().saturating_sub(scroll) + indent;
                let x = line.x.saturating_add(u16::try_from(at).unwrap_or(u16::MAX));
                if x < line.x + line.width {
                    f.set_cursor_position((x, line.y));
                }
            }
        }
        if none.height > 0 {
            f.render_widget(Paragraph::new(Line::styled(s::NO_MATCH, theme.dim)), none);
        }
    }
}

/// The next step of the profile `id`, from its progress (None, said on the status line, when
/// it cannot be read).
pub(super) fn read_step(ctx: &mut Ctx, id: i64) -> Option<NextStep> {
    let today = date_string(ctx.clock.now());
    match ctx.store.progress(id, &today) {
        Ok(p) => Some(next_step(Some(&p))),
        Err(e) => {
            ctx.error(e.to_string());
            None
        }
    }
}

/// The "what to do next" pane: a welcome or a hello, the next step (when it could be read),
/// what else is here.
pub(super) fn render_next(f: &mut Frame, area: Rect, step: Option<NextStep>, view: &View) {
    let theme = view.theme;
    let mut lines = Vec::new();
    let step = match view.student {
        None => {
            lines.push(Line::styled(s::WELCOME, theme.heading));
            lines.push(Line::raw(""));
            lines.push(Line::raw(s::WELCOME_BODY));
            Some(next_step(None))
        }
        Some(st) => {
            lines.push(Line::styled(
                s::hello(&crate::strings::visible::visible(&st.name), st.grade),
                theme.heading,
            ));
            step
        }
    };
    if let Some(step) = step {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s::NEXT_STEP, theme.key));
        lines.push(Line::raw(s::next_step(step, view.career_count)));
    }
    if view.student.is_some() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s::COMING, theme.key));
        for p in s::COMING_BODY {
            lines.push(Line::raw(*p));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::PRIVACY, theme.dim));
    let block = list::block(s::NEXT_TITLE, false, theme);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
