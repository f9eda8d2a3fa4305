//! The self-assessment: an intro page, one item at a time with a progress bar, and a last
//! page. Every answer is saved the moment it is given (with where the student goes next), so
//! closing the program, or a crash, loses nothing; reopening resumes at the same item.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use crate::domain::Student;
use crate::domain::assessment::{Item, Run, SCALE_MAX, SCALE_MIN, score};
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
    Done,
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
        }
    }

    fn answered(&self) -> usize {
        self.run.as_ref().map_or(0, |r| {
            self.items
                .iter()
                .filter(|i| r.answers.get(&i.id).copied().flatten().is_some())
                .count()
        })
    }

    fn show_item(&mut self, pos: usize) {
        self.pos = pos.min(self.items.len());
        if self.pos >= self.items.len() {
            self.page = Page::Done;
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
            (Some(_), _) => s::resume(self.answered(), self.items.len()),
            (None, Some(t)) => s::retake(&date_string(t)),
            (None, None) => s::START.to_string(),
        };
        lines.push(Line::styled(next, theme.key));
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
        let counter = s::counter(self.pos + 1, total);
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
        f.render_widget(
            Paragraph::new(Line::styled(s::PROMPT, theme.dim)).wrap(Wrap { trim: false }),
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
        let rows: Vec<Line> = s::SCALE
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

    fn render_done(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let answered = self.answered();
        let skipped = self.items.len() - answered;
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
            Ok(r) => self.last_finished = r.first().map(|t| t.finished_at),
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
            Page::Intro => &[Context::AssessIntro, Context::Global],
            Page::Item => &[Context::AssessItem, Context::Global],
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
                ctx.info(s::saved_and_left(self.answered(), self.items.len()));
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
            Page::Done => self.render_done(f, inner, view),
        }
    }
}
