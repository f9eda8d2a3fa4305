//! The self-assessment: an intro page, one item at a time with a progress bar, and a last
//! page. Every answer is saved the moment it is given (with where the student goes next), so
//! closing the program, or a crash, loses nothing; reopening resumes at the same item.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use crate::domain::Student;
use crate::domain::assessment::{
    Item, PICKED, Part, Run, SCALE_MAX, SCALE_MIN, carry_over, has_care_part, progress,
    question_no, score, settle, subject_block,
};
use crate::domain::clock::{Timestamp, date_string};
use crate::strings::assess as s;
use crate::tui::Area;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Catalog, Effect, Screen};
use crate::tui::theme::{NO_POINTER, POINTER};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Intro,
    Item,
    /// The subject items, all on one checklist.
    Subjects,
    Done,
}

/// Starts a run that carries the student's latest answers over and begins at the subject
/// part: how a result from before that part existed gets it. Errors are shown on `ctx`.
pub(crate) fn start_care_part(ctx: &mut Ctx, student: i64, items: &[Item]) -> Option<Run> {
    let latest = match ctx.store.results(student, 1) {
        Ok(r) => r.into_iter().next(),
        Err(e) => {
            ctx.error(e.to_string());
            return None;
        }
    };
    let answers = latest.map(|t| t.answers).unwrap_or_default();
    let (kept, at) = carry_over(items, &answers);
    match ctx
        .store
        .start_seeded_run(student, &kept, at, ctx.clock.now())
    {
        Ok(run) => Some(run),
        Err(e) => {
            ctx.error(e.to_string());
            None
        }
    }
}

pub struct Assessment {
    items: Vec<Item>,
    student: Option<Student>,
    run: Option<Run>,
    last_finished: Option<Timestamp>,
    pub page: Page,
    pos: usize,
    /// The highlighted answer, 0-4.
    cursor: usize,
    /// The highlighted subject on the checklist.
    sub_cursor: usize,
    /// The latest result lacks the subject part (taken before it existed).
    needs_care_part: bool,
}

impl Assessment {
    /// The place of the item on screen (0 for the first).
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn new(items: Vec<Item>) -> Assessment {
        Assessment {
            items,
            student: None,
            run: None,
            last_finished: None,
            page: Page::Intro,
            pos: 0,
            cursor: 2,
            sub_cursor: 0,
            needs_care_part: false,
        }
    }

    /// The first subject item and the one after the last.
    fn subject_block(&self) -> Option<(usize, usize)> {
        subject_block(&self.items)
    }

    /// Questions as the student counts them: the subject checklist is one.
    fn questions(&self) -> usize {
        progress(&self.items, &Default::default()).1
    }

    /// The question number (1-based) of the item at `pos`.
    fn question_no(&self, pos: usize) -> usize {
        question_no(self.subject_block(), pos)
    }

    fn answered(&self) -> usize {
        self.run
            .as_ref()
            .map_or(0, |r| progress(&self.items, &r.answers).0)
    }

    fn picked(&self, item: &Item) -> bool {
        self.run.as_ref().is_some_and(|r| {
            r.answers
                .get(&item.id)
                .copied()
                .flatten()
                .is_some_and(|v| v >= PICKED)
        })
    }

    fn show_item(&mut self, pos: usize) {
        self.pos = pos.min(self.items.len());
        if self.pos >= self.items.len() {
            self.page = Page::Done;
            return;
        }
        if self.items[self.pos].part == Part::Subjects {
            self.pos = settle(self.subject_block(), self.pos);
            self.page = Page::Subjects;
            return;
        }
        self.page = Page::Item;
        let id = &self.items[self.pos].id;
        let prev = self
            .run
            .as_ref()
            .and_then(|r| r.answers.get(id).copied().flatten());
        self.cursor = prev.map_or(2, |v| usize::from(v - SCALE_MIN));
    }

    fn save(&mut self, value: Option<u8>, ctx: &mut Ctx) {
        let Some(run) = self.run.as_mut() else { return };
        let id = self.items[self.pos].id.clone();
        let next = self.pos + 1;
        match ctx
            .store
            .save_answer(run.id, &id, value, next, ctx.clock.now())
        {
            Ok(()) => {
                run.answers.insert(id, value);
                self.show_item(next);
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    /// Picks or unpicks the highlighted subject; the student stays on the checklist.
    fn toggle_subject(&mut self, ctx: &mut Ctx) {
        let Some((a, b)) = self.subject_block() else {
            return;
        };
        let Some(item) = self
            .items
            .get(a + self.sub_cursor)
            .filter(|_| a + self.sub_cursor < b)
        else {
            return;
        };
        let value = if self.picked(item) {
            SCALE_MIN
        } else {
            SCALE_MAX
        };
        let id = item.id.clone();
        let Some(run) = self.run.as_mut() else { return };
        match ctx
            .store
            .save_answer(run.id, &id, Some(value), a, ctx.clock.now())
        {
            Ok(()) => {
                run.answers.insert(id, Some(value));
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    /// Leaves the checklist: every subject not picked is saved as not picked.
    fn subjects_done(&mut self, ctx: &mut Ctx) {
        let Some((a, b)) = self.subject_block() else {
            return;
        };
        let Some(run) = self.run.as_mut() else { return };
        for item in &self.items[a..b] {
            if run.answers.contains_key(&item.id) {
                continue;
            }
            if let Err(e) =
                ctx.store
                    .save_answer(run.id, &item.id, Some(SCALE_MIN), b, ctx.clock.now())
            {
                ctx.error(e.to_string());
                return;
            }
            run.answers.insert(item.id.clone(), Some(SCALE_MIN));
        }
        self.move_to(b, ctx);
    }

    fn move_to(&mut self, pos: usize, ctx: &mut Ctx) {
        if let Some(run) = &self.run
            && let Err(e) = ctx.store.set_run_position(run.id, pos)
        {
            ctx.error(e.to_string());
            return;
        }
        self.show_item(pos);
    }

    fn finish(&mut self, ctx: &mut Ctx) -> Effect {
        let Some(run) = self.run.as_ref() else {
            return Effect::None;
        };
        if self.answered() == 0 {
            ctx.error(s::NOTHING_ANSWERED.into());
            return Effect::None;
        }
        let scored = score(&self.items, &run.answers);
        let now = ctx.clock.now();
        match ctx.store.finish_run(run.id, &scored, now) {
            Ok(_) => {
                self.run = None;
                self.last_finished = Some(now);
                self.page = Page::Intro;
                ctx.info(s::FINISHED.into());
                Effect::GoTo(Area::Results)
            }
            Err(e) => {
                ctx.error(e.to_string());
                Effect::None
            }
        }
    }

    fn render_intro(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let mut lines: Vec<Line> = s::INTRO.iter().map(|l| Line::raw(*l)).collect();
        lines.push(Line::raw(""));
        let next = match (&self.run, self.last_finished) {
            (Some(_), _) => s::resume(self.answered(), self.questions()),
            (None, Some(t)) => s::retake(&date_string(t)),
            (None, None) => s::START.to_string(),
        };
        lines.push(Line::styled(next, theme.key));
        if self.run.is_none() && self.needs_care_part {
            lines.push(Line::raw(""));
            lines.push(Line::styled(s::ADD_CARE_PART, theme.key));
        }
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    }

    fn render_item(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let item = &self.items[self.pos];
        let total = self.items.len();
        let [head, gauge, _, prompt, text, _, scale, note] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Length(1),
            Constraint::Length(5),
            Constraint::Min(0),
        ])
        .areas(area);
        let counter = s::counter(self.question_no(self.pos), self.questions());
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(s::part_name(item.part), theme.heading),
                Span::raw("   "),
                Span::styled(counter, theme.dim),
            ])),
            head,
        );
        let done = self.pos as f64 / total.max(1) as f64;
        f.render_widget(
            Gauge::default()
                .ratio(done.clamp(0.0, 1.0))
                .label(format!("{}%", (done * 100.0).round()))
                .gauge_style(theme.key)
                .use_unicode(true),
            gauge,
        );
        let ask = if item.part.is_rated() { s::PROMPT } else { "" };
        f.render_widget(
            Paragraph::new(Line::styled(ask, theme.dim)).wrap(Wrap { trim: false }),
            prompt,
        );
        f.render_widget(
            Paragraph::new(Line::styled(item.text.clone(), theme.title)).wrap(Wrap { trim: false }),
            text,
        );
        let given = self
            .run
            .as_ref()
            .and_then(|r| r.answers.get(&item.id).copied());
        let labels: Vec<&str> = if item.options.len() == s::SCALE.len() {
            item.options.iter().map(String::as_str).collect()
        } else {
            s::SCALE.to_vec()
        };
        let rows: Vec<Line> = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let mine = given == Some(Some(i as u8 + SCALE_MIN));
                let mut spans = vec![
                    Span::raw(if i == self.cursor {
                        POINTER
                    } else {
                        NO_POINTER
                    }),
                    Span::styled(format!("{} ", i + 1), theme.key),
                    Span::raw((*label).to_string()),
                ];
                if mine {
                    spans.push(Span::styled(format!("  ✓ {}", s::YOUR_ANSWER), theme.good));
                }
                let line = Line::from(spans);
                if i == self.cursor {
                    line.style(theme.selected)
                } else {
                    line
                }
            })
            .collect();
        f.render_widget(Paragraph::new(rows), scale);
        let below = if given == Some(None) {
            s::SKIPPED
        } else {
            s::part_hint(item.part)
        };
        f.render_widget(
            Paragraph::new(vec![Line::raw(""), Line::styled(below, theme.dim)])
                .wrap(Wrap { trim: false }),
            note,
        );
    }

    /// The subject checklist: two columns, a pointer and a mark on each picked one, so the
    /// selection shows without color.
    fn render_subjects(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let Some((a, b)) = self.subject_block() else {
            return;
        };
        let [head, hint, _, list, note] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(2),
        ])
        .areas(area);
        let counter = s::counter(self.question_no(a), self.questions());
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(s::part_name(Part::Subjects), theme.heading),
                Span::raw("   "),
                Span::styled(counter, theme.dim),
            ])),
            head,
        );
        f.render_widget(
            Paragraph::new(Line::styled(s::part_hint(Part::Subjects), theme.title))
                .wrap(Wrap { trim: false }),
            hint,
        );
        let subjects = &self.items[a..b];
        let rows = subjects.len().div_ceil(2).max(1);
        let cols = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(list);
        for (c, col) in cols.iter().enumerate() {
            let lines: Vec<Line> = subjects
                .iter()
                .enumerate()
                .skip(c * rows)
                .take(rows)
                .map(|(i, item)| {
                    let here = i == self.sub_cursor;
                    let mark = if self.picked(item) { "[x] " } else { "[ ] " };
                    let line = Line::from(vec![
                        Span::raw(if here { POINTER } else { NO_POINTER }),
                        Span::styled(mark, theme.key),
                        Span::raw(item.text.clone()),
                    ]);
                    if here {
                        line.style(theme.selected)
                    } else {
                        line
                    }
                })
                .collect();
            f.render_widget(Paragraph::new(lines), *col);
        }
        let picked = subjects.iter().filter(|i| self.picked(i)).count();
        f.render_widget(
            Paragraph::new(Line::styled(s::subjects_note(picked), theme.dim))
                .wrap(Wrap { trim: false }),
            note,
        );
    }

    fn render_done(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let answered = self.answered();
        let skipped = self.questions() - answered;
        let lines = vec![
            Line::styled(s::DONE_TITLE, theme.heading),
            Line::raw(""),
            Line::raw(s::done_body(answered, skipped)),
            Line::raw(""),
            Line::styled(s::DONE_NEXT, theme.key),
        ];
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    }
}

impl Screen for Assessment {
    /// Called when the area is shown: reloads the student's run in progress, if any.
    fn enter(&mut self, ctx: &mut Ctx) {
        let student = ctx.student;
        let changed = self.student.as_ref().map(|s| s.id) != student.map(|s| s.id);
        self.student = student.cloned();
        let Some(st) = student else {
            self.run = None;
            return;
        };
        match ctx.store.open_run(st.id) {
            Ok(run) => self.run = run,
            Err(e) => ctx.error(e.to_string()),
        }
        match ctx.store.results(st.id, 1) {
            Ok(r) => {
                self.last_finished = r.first().map(|t| t.finished_at);
                self.needs_care_part = r
                    .first()
                    .is_some_and(|t| !has_care_part(&self.items, &t.answers));
            }
            Err(e) => ctx.error(e.to_string()),
        }
        if changed || self.run.is_none() {
            self.page = Page::Intro;
        }
    }

    fn catalog(&mut self, catalog: &Catalog) {
        *self = Assessment::new(catalog.items.clone());
    }

    fn contexts(&self) -> &'static [Context] {
        if self.student.is_none() {
            return &[Context::Global];
        }
        match self.page {
            Page::Intro if self.run.is_none() && self.needs_care_part => &[
                Context::AssessAddPart,
                Context::AssessIntro,
                Context::Global,
            ],
            Page::Intro => &[Context::AssessIntro, Context::Global],
            Page::Item => &[Context::AssessItem, Context::Global],
            Page::Subjects => &[Context::AssessSubjects, Context::Global],
            Page::Done => &[Context::AssessDone, Context::Global],
        }
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let Some(st) = self.student.clone() else {
            return if *action == Action::Back {
                Effect::Back
            } else {
                Effect::None
            };
        };
        if *action == Action::Back {
            if self.run.is_some() {
                ctx.info(s::saved_and_left(self.answered(), self.questions()));
            }
            return Effect::Back;
        }
        match (self.page, action) {
            (Page::Intro, Action::Select) => match ctx.store.start_run(st.id, ctx.clock.now()) {
                Ok(run) => {
                    let pos = run.position;
                    self.run = Some(run);
                    self.show_item(pos);
                }
                Err(e) => ctx.error(e.to_string()),
            },
            (Page::Intro, Action::AddPart) if self.run.is_none() && self.needs_care_part => {
                if let Some(run) = start_care_part(ctx, st.id, &self.items) {
                    let pos = run.position;
                    self.run = Some(run);
                    self.show_item(pos);
                }
            }
            (Page::Subjects, Action::Tick) => self.toggle_subject(ctx),
            (Page::Subjects, Action::Select) => self.subjects_done(ctx),
            (Page::Subjects, Action::Up) => self.sub_cursor = self.sub_cursor.saturating_sub(1),
            (Page::Subjects, Action::Down) => {
                let n = self.subject_block().map_or(0, |(a, b)| b - a);
                self.sub_cursor = (self.sub_cursor + 1).min(n.saturating_sub(1));
            }
            (Page::Subjects, Action::Prev) => {
                if self.pos == 0 {
                    self.page = Page::Intro;
                } else {
                    self.move_to(self.pos - 1, ctx);
                }
            }
            (Page::Item, Action::Answer(v)) if (SCALE_MIN..=SCALE_MAX).contains(v) => {
                self.save(Some(*v), ctx);
            }
            (Page::Item, Action::Select) => self.save(Some(self.cursor as u8 + SCALE_MIN), ctx),
            (Page::Item, Action::Skip) => self.save(None, ctx),
            (Page::Item, Action::Up) => self.cursor = self.cursor.saturating_sub(1),
            (Page::Item, Action::Down) => {
                self.cursor = (self.cursor + 1).min(usize::from(SCALE_MAX - SCALE_MIN));
            }
            (Page::Item | Page::Done, Action::Prev) => {
                if self.pos == 0 {
                    self.page = Page::Intro;
                } else {
                    self.move_to(self.pos - 1, ctx);
                }
            }
            (Page::Item, Action::Next) => {
                let seen = self
                    .run
                    .as_ref()
                    .is_some_and(|r| r.answers.contains_key(&self.items[self.pos].id));
                if seen {
                    self.move_to(self.pos + 1, ctx);
                }
            }
            (Page::Done, Action::Select) => return self.finish(ctx),
            _ => {}
        }
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let inner = crate::tui::widgets::reading_box(f, area, s::TITLE, theme);
        if self.student.is_none() {
            f.render_widget(
                Paragraph::new(s::NEED_PROFILE).wrap(Wrap { trim: false }),
                inner,
            );
            return;
        }
        match self.page {
            Page::Intro => self.render_intro(f, inner, view),
            Page::Item => self.render_item(f, inner, view),
            Page::Subjects => self.render_subjects(f, inner, view),
            Page::Done => self.render_done(f, inner, view),
        }
    }
}
