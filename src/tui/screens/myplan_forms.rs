//! The small windows of My plan (the experience form, the goal form, the course chooser and
//! the yes / no question) and the drawing of its Experiences and Goals tabs. A form keeps
//! what was typed when it cannot be saved, and shows what is wrong under the field to fix.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::myplan::MyPlan;

use crate::domain::courses::Course;
use crate::domain::plan::{PlanError, TextField, parse_date};
use crate::domain::record::{
    Experience, ExperienceKind, Goal, GoalStatus, RecordError, parse_experience, parse_goal,
};
use crate::strings::myplan as s;
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};
use crate::tui::widgets::centered;
use crate::tui::widgets::list::{self, ListState};
use crate::tui::widgets::sections::wrap;

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

impl Default for ExperienceForm {
    fn default() -> ExperienceForm {
        ExperienceForm {
            editing: None,
            kind: ExperienceKind::Shadowing,
            inputs: Default::default(),
            field: KIND,
            error: None,
        }
    }
}

impl ExperienceForm {
    pub fn edit(e: &Experience) -> ExperienceForm {
        let mut f = ExperienceForm {
            editing: Some(e.id),
            kind: e.kind,
            field: NAME,
            ..ExperienceForm::default()
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
                    RecordError::Text(PlanError::TooLong(TextField::Title, ..)) => NAME,
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
        let label_w = self
            .fields
            .iter()
            .map(|(l, _)| l.width())
            .max()
            .unwrap_or(0)
            + 2;
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
        let h = (self.choices.len() as u16).saturating_add(2);
        let r = centered(area, area.width.saturating_sub(4).min(76), h);
        let room = usize::from(r.width).saturating_sub(4);
        let rows: Vec<Line<'static>> = self
            .choices
            .iter()
            .map(|(c, careers)| {
                let row = s::chooser_row(c.label(), c.usual_grade(), careers);
                Line::raw(fit(&row, room))
            })
            .collect();
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

/// The Experiences tab: total hours, the list, and the chosen one's reflection.
pub(super) fn experiences_tab(p: &MyPlan, f: &mut Frame, area: Rect, theme: &Theme) {
    let width = usize::from(area.width);
    let mut head = if p.experiences.is_empty() {
        para(s::NO_EXPERIENCES, width, Style::default())
    } else {
        let total: u64 = p.experiences.iter().map(|e| u64::from(e.hours)).sum();
        let n = p.experiences.len();
        vec![Line::styled(s::total_hours(total, n), theme.heading)]
    };
    head.push(Line::raw(""));
    head.truncate(usize::from(area.height / 2));
    let mut foot = Vec::new();
    if let Some(e) = p.experiences.get(p.experience_list.selected) {
        foot.push(Line::styled(s::REFLECTION_HEADING, theme.heading));
        if e.reflection.is_empty() {
            foot.push(Line::styled(s::NO_REFLECTION, theme.dim));
        } else {
            foot.extend(
                para(&e.reflection, width, Style::default())
                    .into_iter()
                    .take(3),
            );
        }
        foot.push(Line::styled(s::EXPERIENCE_HINT, theme.dim));
    }
    let mid = frame_list(f, area, head, foot, theme);
    // Columns: kind, name, dates, hours; the name gets what is left.
    let (kind_w, dates_w, hours_w) = (15, 25, 11);
    let name_w = width.saturating_sub(2 + kind_w + dates_w + hours_w).max(8);
    let mut rows: Vec<Line<'static>> = p
        .experiences
        .iter()
        .map(|e| {
            let dates = s::dates(e.started_on.as_deref(), e.ended_on.as_deref());
            Line::from(vec![
                Span::styled(pad(s::kind_short(e.kind.as_str()), kind_w), theme.key),
                Span::raw(pad(&e.title, name_w)),
                Span::styled(pad(&dates, dates_w), theme.dim),
                Span::raw(s::hours(e.hours)),
            ])
        })
        .collect();
    rows.push(Line::styled(s::ADD_EXPERIENCE_ROW, theme.key));
    let list = &p.experience_list;
    list::render(f, mid, Block::default(), rows, list, true, theme);
}

/// The Goals tab: open goals first with their due dates, overdue ones said in words, the
/// counselor's marked as such.
pub(super) fn goals_tab(p: &MyPlan, f: &mut Frame, area: Rect, theme: &Theme, today: &str) {
    let width = usize::from(area.width);
    let count = |st| p.goals.iter().filter(|g| g.status == st).count();
    let mut head = if p.goals.is_empty() {
        para(s::NO_GOALS, width, Style::default())
    } else {
        let (open, done) = (count(GoalStatus::Open), count(GoalStatus::Done));
        vec![Line::styled(s::goals_count(open, done), theme.heading)]
    };
    head.push(Line::raw(""));
    head.truncate(usize::from(area.height / 2));
    let mut foot = Vec::new();
    if let Some(g) = p.goals.get(p.goal_list.selected) {
        foot = para(&g.text, width, theme.heading);
        foot.truncate(2);
        let about = if g.checkin_id.is_some() {
            s::FROM_COUNSELOR_DETAIL
        } else {
            s::OWN_GOAL_DETAIL
        };
        foot.extend(para(about, width, theme.dim));
    }
    let mid = frame_list(f, area, head, foot, theme);
    // The words in a column as wide as the longest (when there is room), then the tags.
    let longest = p.goals.iter().map(|g| g.text.width()).max().unwrap_or(0) + 1;
    let mut rows: Vec<Line<'static>> = p
        .goals
        .iter()
        .map(|g| {
            let mark = match g.status {
                GoalStatus::Open => s::UNTICKED,
                GoalStatus::Done => s::TICKED,
                GoalStatus::Dropped => s::DROPPED_MARK,
            };
            let mut tags: Vec<String> = Vec::new();
            match &g.due_on {
                _ if g.status != GoalStatus::Open => tags.push(g.status.label().to_string()),
                Some(d) => tags.push(s::due(d)),
                None => {}
            }
            let overdue = g.is_overdue(today);
            if overdue {
                tags.push(s::OVERDUE.to_string());
            }
            if g.checkin_id.is_some() {
                tags.push(s::FROM_COUNSELOR.to_string());
            }
            let tags = tags.join(" · ");
            let room = width.saturating_sub(2 + 4 + 2 + tags.width()).max(12);
            let text_w = longest.min(room);
            Line::from(vec![
                Span::styled(format!("{mark} "), theme.key),
                Span::raw(pad(&g.text, text_w)),
                Span::raw("  "),
                Span::styled(tags, if overdue { theme.error } else { theme.dim }),
            ])
        })
        .collect();
    rows.push(Line::styled(s::ADD_GOAL_ROW, theme.key));
    list::render(f, mid, Block::default(), rows, &p.goal_list, true, theme);
}

/// Draws `head` at the top of `area` and, when there is room, `foot` at the bottom under a
/// rule; returns the space between, for the list.
pub(super) fn frame_list(
    f: &mut Frame,
    area: Rect,
    head: Vec<Line<'static>>,
    foot: Vec<Line<'static>>,
    theme: &Theme,
) -> Rect {
    let head_h = head.len() as u16;
    let foot_h = if area.height >= 10 && !foot.is_empty() {
        foot.len() as u16 + 1
    } else {
        0
    };
    let [top, mid, bottom] = Layout::vertical([
        Constraint::Length(head_h),
        Constraint::Min(1),
        Constraint::Length(foot_h),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(head), top);
    if foot_h > 0 {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border);
        f.render_widget(Paragraph::new(foot).block(block), bottom);
    }
    mid
}

/// `text` wrapped to `width`, one line each, in `style`.
pub(super) fn para(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width, "", "")
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Draws rows, some of them headings that cannot be chosen (flush left), the others
/// indented with room for the pointer; line `at` is marked as chosen (pointer and reverse,
/// visible without colour) and scrolled into view with the heading above it.
pub(super) fn render_rows(
    f: &mut Frame,
    area: Rect,
    rows: Vec<(Line<'static>, bool)>,
    at: Option<usize>,
    offset: &Cell<usize>,
    theme: &Theme,
) {
    let height = usize::from(area.height);
    if height == 0 {
        return;
    }
    let mut off = offset.get().min(rows.len().saturating_sub(1));
    if let Some(at) = at {
        let first = if at > 0 && !rows[at - 1].1 {
            at - 1
        } else {
            at
        };
        if first < off {
            off = first;
        } else if at >= off + height {
            off = at + 1 - height;
        }
    }
    offset.set(off);
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .skip(off)
        .take(height)
        .map(|(i, (line, choosable))| {
            if Some(i) == at {
                let style = theme.selected;
                let mut spans = vec![Span::styled(POINTER, style)];
                spans.extend(line.spans.into_iter().map(|sp| sp.patch_style(style)));
                Line::from(spans).style(style)
            } else if choosable {
                let mut spans = vec![Span::raw(NO_POINTER)];
                spans.extend(line.spans);
                Line::from(spans)
            } else {
                line
            }
        })
        .collect();
    f.render_widget(Paragraph::new(lines), area);
}

/// `text` cut (with an ellipsis) or padded with spaces to `w` columns.
pub(super) fn pad(text: &str, w: usize) -> String {
    let mut out = fit(text, w.saturating_sub(1));
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(used)));
    out
}

/// `text` cut to at most `w` columns, with an ellipsis when cut.
pub(super) fn fit(text: &str, w: usize) -> String {
    if text.width() <= w {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let cw = ch.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        used += cw;
        out.push(ch);
    }
    if w > 0 {
        out.push('…');
    }
    out
}
