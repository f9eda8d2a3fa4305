//! The small windows of My plan: the experience form, the goal form, the course chooser and
//! the yes / no question. A form keeps what was typed when it cannot be saved, and shows
//! what is wrong under the field to fix.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;
use unicode_width::UnicodeWidthStr;

use crate::domain::courses::Course;
use crate::domain::plan::{PlanError, parse_date};
use crate::domain::record::{
    Experience, ExperienceKind, Goal, RecordError, parse_experience, parse_goal,
};
use crate::strings::myplan as s;
use crate::strings::record as sr;
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};
use crate::tui::widgets::list::{self, ListState};
use crate::tui::widgets::sections::wrap;
use crate::tui::widgets::centered;

/// What a form asks My plan to do after an action.
pub enum FormOutcome {
    None,
    Cancel,
    /// Saved: the id of the row written.
    Saved(i64),
}

const KIND: usize = 0;
const NAME: usize = 1;
const START: usize = 2;
const END: usize = 3;
const HOURS: usize = 4;
const REFLECTION: usize = 5;
const EXP_FIELDS: usize = 6;

/// A new experience, or changes to one.
#[derive(Debug)]
pub struct ExperienceForm {
    pub editing: Option<i64>,
    pub kind: ExperienceKind,
    /// One per field; the kind's is not used.
    pub inputs: [Input; EXP_FIELDS],
    pub field: usize,
    /// The field that is wrong, and why.
    pub error: Option<(usize, String)>,
}

impl ExperienceForm {
    pub fn new() -> ExperienceForm {
        ExperienceForm {
            editing: None,
            kind: ExperienceKind::Shadowing,
            inputs: Default::default(),
            field: KIND,
            error: None,
        }
    }

    pub fn edit(e: &Experience) -> ExperienceForm {
        let mut f = ExperienceForm {
            editing: Some(e.id),
            kind: e.kind,
            field: NAME,
            ..ExperienceForm::new()
        };
        f.inputs[NAME] = Input::new(e.title.clone());
        f.inputs[START] = Input::new(e.started_on.clone().unwrap_or_default());
        f.inputs[END] = Input::new(e.ended_on.clone().unwrap_or_default());
        if e.hours > 0 {
            f.inputs[HOURS] = Input::new(e.hours.to_string());
        }
        f.inputs[REFLECTION] = Input::new(e.reflection.clone());
        f
    }

    pub fn update(&mut self, action: &Action, ctx: &mut Ctx, student: i64) -> FormOutcome {
        use crossterm::event::KeyCode;
        match action {
            Action::Back => return FormOutcome::Cancel,
            Action::NextField => self.field = (self.field + 1) % EXP_FIELDS,
            Action::PrevField => self.field = (self.field + EXP_FIELDS - 1) % EXP_FIELDS,
            Action::Prev if self.field == KIND => self.kind = self.kind.prev(),
            Action::Next if self.field == KIND => self.kind = self.kind.next(),
            Action::Text(key) if self.field == KIND => match key.code {
                KeyCode::Left => self.kind = self.kind.prev(),
                KeyCode::Right | KeyCode::Char(' ') => self.kind = self.kind.next(),
                _ => {}
            },
            Action::Text(key) => {
                self.inputs[self.field].handle_event(&crossterm::event::Event::Key(*key));
                self.error = None;
            }
            Action::Select => return self.submit(ctx, student),
            _ => {}
        }
        FormOutcome::None
    }

    fn value(&self, i: usize) -> &str {
        self.inputs[i].value()
    }

    fn submit(&mut self, ctx: &mut Ctx, student: i64) -> FormOutcome {
        let parsed = parse_experience(
            self.kind,
            self.value(NAME),
            self.value(START),
            self.value(END),
            self.value(HOURS),
            self.value(REFLECTION),
        );
        let e = match parsed {
            Ok(e) => e,
            Err(err) => {
                let at = match &err {
                    RecordError::EmptyTitle => NAME,
                    RecordError::EndsBeforeStart => END,
                    RecordError::BadHours(_) => HOURS,
                    RecordError::Text(PlanError::BadDate(_)) => {
                        if parse_date(self.value(START)).is_err() {
                            START
                        } else {
                            END
                        }
                    }
                    RecordError::Text(PlanError::TooLong(what, ..)) if *what == sr::W_TITLE => {
                        NAME
                    }
                    RecordError::Text(_) => REFLECTION,
                    _ => self.field,
                };
                self.field = at;
                self.error = Some((at, err.to_string()));
                return FormOutcome::None;
            }
        };
        let saved = match self.editing {
            Some(id) => ctx.store.update_experience(student, id, &e).map(|_| id),
            None => ctx.store.add_experience(student, &e, ctx.clock.now()),
        };
        match saved {
            Ok(id) => {
                ctx.info(s::experience_saved(&e.title));
                FormOutcome::Saved(id)
            }
            Err(err) => {
                self.error = Some((self.field, err.to_string()));
                FormOutcome::None
            }
        }
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let title = if self.editing.is_some() {
            s::EDIT_EXPERIENCE
        } else {
            s::NEW_EXPERIENCE
        };
        let kind = self.kind.label();
        let fields: Vec<(&str, Value)> = s::EXPERIENCE_LABELS
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let v = if i == KIND {
                    Value::Choice(kind)
                } else {
                    Value::Text(&self.inputs[i])
                };
                (*label, v)
            })
            .collect();
        let hint = match self.field {
            KIND => s::KIND_HINT,
            NAME => s::NAME_HINT,
            START => s::DATE_HINT,
            END => s::END_HINT,
            HOURS => s::HOURS_HINT,
            _ => s::REFLECTION_HINT,
        };
        let form = FormView {
            title,
            intro: s::EXPERIENCE_INTRO,
            fields,
            focus: self.field,
            error: self.error.as_ref(),
            hint,
        };
        form.render(f, area, theme);
    }
}

const TEXT: usize = 0;
const DUE: usize = 1;
const GOAL_FIELDS: usize = 2;

/// A goal of the student's own: its words and a due date.
#[derive(Debug, Default)]
pub struct GoalForm {
    pub editing: Option<i64>,
    pub inputs: [Input; GOAL_FIELDS],
    pub field: usize,
    pub error: Option<(usize, String)>,
}

impl GoalForm {
    pub fn edit(g: &Goal) -> GoalForm {
        let mut f = GoalForm {
            editing: Some(g.id),
            ..GoalForm::default()
        };
        f.inputs[TEXT] = Input::new(g.text.clone());
        f.inputs[DUE] = Input::new(g.due_on.clone().unwrap_or_default());
        f
    }

    pub fn update(&mut self, action: &Action, ctx: &mut Ctx, student: i64) -> FormOutcome {
        match action {
            Action::Back => return FormOutcome::Cancel,
            Action::NextField | Action::PrevField => self.field = (self.field + 1) % GOAL_FIELDS,
            Action::Text(key) => {
                self.inputs[self.field].handle_event(&crossterm::event::Event::Key(*key));
                self.error = None;
            }
            Action::Select => return self.submit(ctx, student),
            _ => {}
        }
        FormOutcome::None
    }

    fn submit(&mut self, ctx: &mut Ctx, student: i64) -> FormOutcome {
        let g = match parse_goal(self.inputs[TEXT].value(), self.inputs[DUE].value()) {
            Ok(g) => g,
            Err(err) => {
                let at = match &err {
                    RecordError::Text(PlanError::BadDate(_)) => DUE,
                    _ => TEXT,
                };
                self.field = at;
                self.error = Some((at, err.to_string()));
                return FormOutcome::None;
            }
        };
        let saved = match self.editing {
            Some(id) => ctx.store.edit_goal(student, id, &g).map(|_| id),
            None => ctx
                .store
                .add_goal(student, None, &g, ctx.clock.now())
                .map(|g| g.id),
        };
        match saved {
            Ok(id) => {
                ctx.info(s::goal_saved(&g.text));
                FormOutcome::Saved(id)
            }
            Err(err) => {
                self.error = Some((self.field, err.to_string()));
                FormOutcome::None
            }
        }
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let fields = s::GOAL_LABELS
            .iter()
            .zip(&self.inputs)
            .map(|(label, input)| (*label, Value::Text(input)))
            .collect();
        let form = FormView {
            title: if self.editing.is_some() {
                s::EDIT_GOAL
            } else {
                s::NEW_GOAL
            },
            intro: s::GOAL_INTRO,
            fields,
            focus: self.field,
            error: self.error.as_ref(),
            hint: if self.field == DUE {
                s::DUE_HINT
            } else {
                s::GOAL_HINT
            },
        };
        form.render(f, area, theme);
    }
}

/// What a field shows: typed text, or a choice changed with ← and →.
enum Value<'a> {
    Text(&'a Input),
    Choice(&'a str),
}

struct FormView<'a> {
    title: &'a str,
    intro: &'a str,
    fields: Vec<(&'a str, Value<'a>)>,
    focus: usize,
    error: Option<&'a (usize, String)>,
    hint: &'a str,
}

impl FormView<'_> {
    /// Draws the form over `area`: one line per field, the reason under a wrong field, and
    /// a hint for the field in use.
    fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(self.title, true, theme);
        let inner = block.inner(area);
        f.render_widget(Clear, area);
        f.render_widget(block, area);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let label_w = self.fields.iter().map(|(l, _)| l.width()).max().unwrap_or(0) + 2;
        let room = width.saturating_sub(2 + label_w).max(1);
        let mut lines: Vec<Line> = wrap(self.intro, width, "", "")
            .into_iter()
            .map(|l| Line::styled(l, theme.dim))
            .collect();
        lines.push(Line::raw(""));
        let mut cursor = None;
        for (i, (label, value)) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let wrong = self.error.filter(|(at, _)| *at == i);
            let shown = match value {
                Value::Choice(t) => format!("◀ {t} ▶"),
                Value::Text(input) => {
                    let scroll = input.visual_scroll(room);
                    if focused {
                        let x = (2 + label_w + input.visual_cursor().saturating_sub(scroll))
                            .min(usize::from(u16::MAX));
                        cursor = Some((x as u16, lines.len()));
                    }
                    input.value().chars().skip(scroll).collect()
                }
            };
            lines.push(Line::from(vec![
                Span::styled(if focused { POINTER } else { NO_POINTER }, theme.key),
                Span::styled(
                    format!("{label:<label_w$}"),
                    if wrong.is_some() {
                        theme.error
                    } else {
                        theme.heading
                    },
                ),
                Span::styled(
                    shown,
                    if focused {
                        theme.input_focused
                    } else {
                        theme.input
                    },
                ),
            ]));
            if let Some((_, why)) = wrong {
                let pad = " ".repeat(2 + label_w);
                for l in wrap(why, width, &format!("{pad}↑ "), &format!("{pad}  ")) {
                    lines.push(Line::styled(l, theme.error));
                }
            }
        }
        lines.push(Line::raw(""));
        for l in wrap(self.hint, width, "", "") {
            lines.push(Line::styled(l, theme.dim));
        }
        lines.push(Line::styled(s::FORM_KEYS, theme.key));
        f.render_widget(Paragraph::new(lines), inner);
        if let Some((x, y)) = cursor
            && x < inner.width
            && y < usize::from(inner.height)
        {
            f.set_cursor_position((inner.x + x, inner.y + y as u16));
        }
    }
}

/// The courses not in the plan yet, to add one.
#[derive(Debug)]
pub struct CourseChooser {
    pub choices: Vec<(Course, Vec<String>)>,
    pub list: ListState,
}

impl CourseChooser {
    pub fn chosen(&self) -> Option<Course> {
        self.choices.get(self.list.selected).map(|(c, _)| *c)
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let rows: Vec<Line<'static>> = self
            .choices
            .iter()
            .map(|(c, careers)| Line::raw(s::chooser_row(c.label(), c.usual_grade(), careers)))
            .collect();
        let h = (rows.len() as u16).saturating_add(2);
        let r = centered(area, area.width.saturating_sub(4).min(76), h);
        f.render_widget(Clear, r);
        let block = list::block(s::CHOOSER_TITLE, true, theme)
            .title_bottom(Line::styled(s::CHOOSER_HINT, theme.dim));
        list::render(f, r, block, rows, &self.list, true, theme);
    }
}

/// A yes / no question in a small window.
pub fn confirm(f: &mut Frame, area: Rect, title: &str, text: &str, theme: &Theme) {
    let r = centered(area, 56.min(area.width), 7);
    f.render_widget(Clear, r);
    let p = Paragraph::new(vec![
        Line::raw(text.to_string()),
        Line::raw(""),
        Line::styled(s::YES_NO, theme.key),
    ])
    .wrap(Wrap { trim: true })
    .block(list::block(title, true, theme));
    f.render_widget(p, r);
}
