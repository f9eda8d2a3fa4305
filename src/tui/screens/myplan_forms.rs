//! The small windows of My plan (the experience form, the goal form, the course chooser and
//! the yes / no question) and the drawing of its Experiences and Goals tabs. A form keeps
//! what was typed when it cannot be saved, and shows what is wrong under the field to fix.

use std::cell::Cell;
use std::sync::LazyLock;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::myplan::MyPlan;

use crate::domain::courses::Course;
use crate::domain::plan::{PlanError, TextField, parse_date};
use crate::domain::record::{
    Experience, ExperienceKind, Goal, GoalStatus, NewExperience, RecordError, parse_experience,
    parse_goal,
};
use crate::strings::myplan as s;
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::keymap::Context;
use crate::tui::theme::{NO_POINTER, POINTER, Theme};
use crate::tui::widgets::centered;
use crate::tui::widgets::fit::{cell, fit, width as cols};
use crate::tui::widgets::form::{Form, Step};
use crate::tui::widgets::list::{self, ListState};
use crate::tui::widgets::sections::wrap;

/// What a form asks My plan to do after an action.
pub enum FormOutcome {
    None,
    Cancel,
    /// Saved: the id of the row written.
    Saved(i64),
}

impl From<Step> for FormOutcome {
    /// What the form's own step means for My plan (saving is the screen's work).
    fn from(step: Step) -> FormOutcome {
        match step {
            Step::Cancel => FormOutcome::Cancel,
            Step::None | Step::Submit => FormOutcome::None,
        }
    }
}

/// After a save: the message and the saved row's id, or what went wrong shown at the field
/// in use (nothing typed is lost).
fn saved_or_said<F: Copy + Eq>(
    form: &mut Form<F>,
    ctx: &mut Ctx,
    saved: crate::error::Result<i64>,
    message: String,
) -> FormOutcome {
    match saved {
        Ok(id) => {
            ctx.info(message);
            FormOutcome::Saved(id)
        }
        Err(err) => {
            if let Some(at) = form.focused() {
                form.fail(at, err.to_string());
            }
            FormOutcome::None
        }
    }
}

/// A form of My plan: the shared form, and how its values are checked and saved.
pub trait PlanForm {
    type Field: Copy + Eq;

    fn form(&self) -> &Form<Self::Field>;
    fn form_mut(&mut self) -> &mut Form<Self::Field>;
    /// Checks and saves what was typed for `student`.
    fn submit(&mut self, ctx: &mut Ctx, student: i64) -> FormOutcome;

    fn contexts(&self) -> &'static [Context] {
        self.form().contexts()
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx, student: i64) -> FormOutcome {
        match self.form_mut().update(action) {
            Step::Submit => self.submit(ctx, student),
            other => FormOutcome::from(other),
        }
    }
}

/// The fields of the experience form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpField {
    Kind,
    Name,
    Start,
    End,
    Hours,
    Reflection,
}

/// The kinds of experience, as the form's choice shows them.
static KIND_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| ExperienceKind::ALL.iter().map(|k| k.label()).collect());

/// A new experience, or changes to one.
#[derive(Debug)]
pub struct ExperienceForm {
    pub editing: Option<i64>,
    pub form: Form<ExpField>,
}

impl Default for ExperienceForm {
    fn default() -> ExperienceForm {
        let blank = NewExperience {
            kind: ExperienceKind::Shadowing,
            title: String::new(),
            started_on: None,
            ended_on: None,
            hours: 0,
            reflection: String::new(),
        };
        ExperienceForm::with(None, &blank)
    }
}

impl ExperienceForm {
    fn with(editing: Option<i64>, e: &NewExperience) -> ExperienceForm {
        let [kind, name, start, end, hours, reflection] = s::EXPERIENCE_LABELS;
        let at = ExperienceKind::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0);
        let hours_text = if e.hours > 0 {
            e.hours.to_string()
        } else {
            String::new()
        };
        let title = if editing.is_some() {
            s::EDIT_EXPERIENCE
        } else {
            s::NEW_EXPERIENCE
        };
        let form = Form::new(title, s::EXPERIENCE_INTRO)
            .choice(
                ExpField::Kind,
                kind,
                s::KIND_HINT,
                KIND_LABELS.as_slice(),
                at,
            )
            .line(ExpField::Name, name, s::NAME_HINT, &e.title)
            .line(
                ExpField::Start,
                start,
                s::DATE_HINT,
                e.started_on.as_deref().unwrap_or(""),
            )
            .line(
                ExpField::End,
                end,
                s::END_HINT,
                e.ended_on.as_deref().unwrap_or(""),
            )
            .line(ExpField::Hours, hours, s::HOURS_HINT, &hours_text)
            .line(
                ExpField::Reflection,
                reflection,
                s::REFLECTION_HINT,
                &e.reflection,
            );
        let form = if editing.is_some() {
            form.focus_on(ExpField::Name)
        } else {
            form
        };
        ExperienceForm { editing, form }
    }

    pub fn edit(e: &Experience) -> ExperienceForm {
        let new = NewExperience {
            kind: e.kind,
            title: e.title.clone(),
            started_on: e.started_on.clone(),
            ended_on: e.ended_on.clone(),
            hours: e.hours,
            reflection: e.reflection.clone(),
        };
        ExperienceForm::with(Some(e.id), &new)
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        self.form.render(f, self.form.window(area), theme);
    }
}

impl PlanForm for ExperienceForm {
    type Field = ExpField;

    fn form(&self) -> &Form<ExpField> {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form<ExpField> {
        &mut self.form
    }

    fn submit(&mut self, ctx: &mut Ctx, student: i64) -> FormOutcome {
        let v = |f| self.form.value(f);
        let kind =
            ExperienceKind::ALL[self.form.choice_of(ExpField::Kind) % ExperienceKind::ALL.len()];
        let parsed = parse_experience(
            kind,
            &v(ExpField::Name),
            &v(ExpField::Start),
            &v(ExpField::End),
            &v(ExpField::Hours),
            &v(ExpField::Reflection),
        );
        let e = match parsed {
            Ok(e) => e,
            Err(err) => {
                let at = match &err {
                    RecordError::EmptyTitle => ExpField::Name,
                    RecordError::EndsBeforeStart => ExpField::End,
                    RecordError::BadHours(_) => ExpField::Hours,
                    RecordError::Text(PlanError::BadDate(_)) => {
                        if parse_date(&v(ExpField::Start)).is_err() {
                            ExpField::Start
                        } else {
                            ExpField::End
                        }
                    }
                    RecordError::Text(PlanError::TooLong(TextField::Title, ..)) => ExpField::Name,
                    RecordError::Text(_) => ExpField::Reflection,
                    _ => self.form.focused().unwrap_or(ExpField::Name),
                };
                self.form.fail(at, err.to_string());
                return FormOutcome::None;
            }
        };
        let saved = match self.editing {
            Some(id) => ctx.store.update_experience(student, id, &e).map(|_| id),
            None => ctx.store.add_experience(student, &e, ctx.clock.now()),
        };
        saved_or_said(&mut self.form, ctx, saved, s::experience_saved(&e.title))
    }
}

/// The fields of the goal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalField {
    Text,
    Due,
}

/// A goal of the student's own: its words and a due date.
#[derive(Debug)]
pub struct GoalForm {
    pub editing: Option<i64>,
    pub form: Form<GoalField>,
}

impl Default for GoalForm {
    fn default() -> GoalForm {
        GoalForm::with(None, "", "")
    }
}

impl GoalForm {
    fn with(editing: Option<i64>, text: &str, due: &str) -> GoalForm {
        let [goal, due_label] = s::GOAL_LABELS;
        let title = if editing.is_some() {
            s::EDIT_GOAL
        } else {
            s::NEW_GOAL
        };
        let form = Form::new(title, s::GOAL_INTRO)
            .line(GoalField::Text, goal, s::GOAL_HINT, text)
            .line(GoalField::Due, due_label, s::DUE_HINT, due);
        GoalForm { editing, form }
    }

    pub fn edit(g: &Goal) -> GoalForm {
        GoalForm::with(Some(g.id), &g.text, g.due_on.as_deref().unwrap_or(""))
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        self.form.render(f, self.form.window(area), theme);
    }
}

impl PlanForm for GoalForm {
    type Field = GoalField;

    fn form(&self) -> &Form<GoalField> {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form<GoalField> {
        &mut self.form
    }

    fn submit(&mut self, ctx: &mut Ctx, student: i64) -> FormOutcome {
        let parsed = parse_goal(
            &self.form.value(GoalField::Text),
            &self.form.value(GoalField::Due),
        );
        let g = match parsed {
            Ok(g) => g,
            Err(err) => {
                let at = match &err {
                    RecordError::Text(PlanError::BadDate(_)) => GoalField::Due,
                    _ => GoalField::Text,
                };
                self.form.fail(at, err.to_string());
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
        saved_or_said(&mut self.form, ctx, saved, s::goal_saved(&g.text))
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
    // Columns: kind, name, dates, hours; the name as wide as the longest, in what is left.
    let (kind_w, dates_w, hours_w) = (15, 25, 11);
    let longest = p
        .experiences
        .iter()
        .map(|e| cols(&e.title))
        .max()
        .unwrap_or(0)
        + 2;
    let name_w = width
        .saturating_sub(2 + kind_w + dates_w + hours_w)
        .min(longest)
        .max(8);
    let mut rows: Vec<Line<'static>> = p
        .experiences
        .iter()
        .map(|e| {
            let dates = s::dates(e.started_on.as_deref(), e.ended_on.as_deref());
            Line::from(vec![
                Span::styled(cell(s::kind_short(e.kind.as_str()), kind_w), theme.key),
                Span::raw(cell(&e.title, name_w)),
                Span::styled(cell(&dates, dates_w), theme.dim),
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
    let longest = p.goals.iter().map(|g| cols(&g.text)).max().unwrap_or(0) + 1;
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
            let room = width.saturating_sub(2 + 4 + 2 + cols(&tags)).max(12);
            let text_w = longest.min(room);
            Line::from(vec![
                Span::styled(format!("{mark} "), theme.key),
                Span::raw(cell(&g.text, text_w)),
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
