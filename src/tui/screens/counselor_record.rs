//! One student's record in counselor mode: a summary at a glance beside three tabs (the
//! timeline of everything, the agenda for the next meeting, past check-ins with private
//! notes), and the check-in form with up to two goals.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::Student;
use crate::domain::clock::date_string;
use crate::domain::dossier::Dossier;
use crate::domain::plan::PlanError;
use crate::domain::record::{NewGoal, RecordError, parse_checkin, parse_goal};
use crate::output::agenda::{Agenda, Event, agenda, strongest, timeline};
use crate::output::report::{ReportFormat, render as report};
use crate::secret::Vault;
use crate::strings::counselor as s;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::widgets::form::{Form, Step};
use crate::tui::widgets::prompt::Prompt;
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::{list, sections};

pub enum RecordOutcome {
    None,
    Close,
    Lock,
}

const TABS: [&str; 3] = [s::TAB_TIMELINE, s::TAB_AGENDA, s::TAB_CHECKINS];
/// The fields of the check-in form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckField {
    Date,
    Summary,
    Notes,
    Goal1,
    Due1,
    Goal2,
    Due2,
}

type CheckInForm = Form<CheckField>;

fn checkin_form(today: &str) -> CheckInForm {
    use CheckField::*;
    let [date, summary, notes, goal1, due1, goal2, due2] = s::FORM_LABELS;
    Form::new(s::FORM_TITLE, s::FORM_INTRO)
        .line(Date, date, s::DATE_HINT, today)
        .lines(Summary, summary, s::SUMMARY_HINT, "", 3)
        .lines(Notes, notes, s::PRIVATE_HINT, "", 3)
        .line(Goal1, goal1, s::FORM_GOAL_HINT, "")
        .line(Due1, due1, s::DUE_HINT, "")
        .line(Goal2, goal2, s::FORM_GOAL_HINT, "")
        .line(Due2, due2, s::DUE_HINT, "")
        .focus_on(Summary)
}

/// What can be open over a student's record: one at a time.
#[derive(Debug)]
enum Modal {
    /// A new check-in.
    CheckIn(CheckInForm),
    /// A goal for the student, typed on one line.
    Goal(Prompt),
}

pub struct RecordView {
    pub dossier: Dossier,
    events: Vec<Event>,
    agenda: Agenda,
    tab: usize,
    scroll: Scroll,
    /// The one window open over the record, if any: it takes every key.
    modal: Option<Modal>,
}

impl RecordView {
    pub fn open(ctx: &mut Ctx, st: Student, vault: Option<&Vault>) -> Option<RecordView> {
        let today = date_string(ctx.clock.now());
        match ctx.store.dossier(&st, &today, vault) {
            Ok(d) => Some(RecordView {
                events: timeline(&d),
                agenda: agenda(&d),
                dossier: d,
                tab: 0,
                scroll: Scroll::default(),
                modal: None,
            }),
            Err(e) => {
                ctx.error(e.to_string());
                None
            }
        }
    }

    pub fn reload(&mut self, ctx: &mut Ctx, vault: Option<&Vault>) {
        let st = self.dossier.student.clone();
        if let Some(mut fresh) = RecordView::open(ctx, st, vault) {
            fresh.tab = self.tab;
            *self = fresh;
        }
    }

    pub fn contexts(&self) -> &'static [Context] {
        if let Some(Modal::CheckIn(form)) = &self.modal {
            form.contexts()
        } else if matches!(self.modal, Some(Modal::Goal(..))) {
            &[Context::Prompt]
        } else {
            &[
                Context::Record,
                Context::Counselor,
                Context::Reader,
                Context::Global,
            ]
        }
    }

    pub fn update(
        &mut self,
        action: &Action,
        ctx: &mut Ctx,
        vault: Option<&Vault>,
        export_dir: &std::path::Path,
    ) -> RecordOutcome {
        if matches!(self.modal, Some(Modal::CheckIn(..))) {
            self.update_form(action, ctx, vault);
            return RecordOutcome::None;
        }
        if let Some(Modal::Goal(p)) = &mut self.modal {
            match action {
                Action::Back => self.modal = None,
                Action::Text(_) | Action::Paste(_) => {
                    p.edit(action);
                }
                Action::Select => {
                    // "text 2026-12-01": a trailing date is the due date.
                    let v = p.value().trim().to_string();
                    let (text, due) = match v.rsplit_once(' ') {
                        Some((t, d)) if d.len() == 10 && d.as_bytes()[4] == b'-' => (t, d),
                        _ => (v.as_str(), ""),
                    };
                    match parse_goal(text, due)
                        .map_err(crate::error::Error::from)
                        .and_then(|g| {
                            let ci = self.dossier.checkins.first().map(|c| c.id);
                            ctx.store
                                .add_goal(self.dossier.student.id, ci, &g, ctx.clock.now())
                        }) {
                        Ok(g) => {
                            ctx.info(s::goal_added(&g.text));
                            self.modal = None;
                            self.reload(ctx, vault);
                        }
                        Err(e) => p.error = Some(e.to_string()),
                    }
                }
                _ => {}
            }
            return RecordOutcome::None;
        }
        match action {
            Action::Back => return RecordOutcome::Close,
            Action::Lock => return RecordOutcome::Lock,
            Action::NextTab => {
                self.tab = (self.tab + 1) % TABS.len();
                self.scroll.reset();
            }
            Action::PrevTab => {
                self.tab = (self.tab + TABS.len() - 1) % TABS.len();
                self.scroll.reset();
            }
            Action::CheckIn => {
                self.modal = Some(Modal::CheckIn(checkin_form(&self.dossier.today)));
            }
            Action::AddGoal => {
                self.modal = Some(Modal::Goal(Prompt::new(
                    s::GOAL_TITLE.into(),
                    s::GOAL_HINT.into(),
                    "",
                )));
            }
            Action::Report => {
                let text = report(&self.without_notes(), ReportFormat::Html);
                let name = format!(
                    "medpath-report-{}-{}.html",
                    crate::export::slug(&self.dossier.student.name),
                    self.dossier.today
                );
                let path = export_dir.join(name);
                let made = std::fs::create_dir_all(export_dir)
                    .map_err(|e| crate::error::Error::io(path.display().to_string(), e))
                    .and_then(|_| crate::export::write_file(ctx.store.path(), &path, &text));
                match made {
                    Ok(()) => ctx.info(s::report_saved(&path.display().to_string())),
                    Err(e) => ctx.error(e.to_string()),
                }
            }
            _ => {
                self.scroll.update(action);
            }
        }
        RecordOutcome::None
    }

    /// The record as the student and family may see it.
    fn without_notes(&self) -> Dossier {
        Dossier {
            notes: Vec::new(),
            ..self.dossier.clone()
        }
    }

    fn update_form(&mut self, action: &Action, ctx: &mut Ctx, vault: Option<&Vault>) {
        use CheckField::*;
        let Some(Modal::CheckIn(form)) = &mut self.modal else {
            return;
        };
        match form.update(action) {
            Step::None => return,
            Step::Cancel => {
                self.modal = None;
                return;
            }
            Step::Submit => {}
        }
        let v = |f| form.value(f);
        let (day, summary) = match parse_checkin(&v(Date), &v(Summary)) {
            Ok(x) => x,
            Err(e) => {
                let at = match e {
                    RecordError::NoDate | RecordError::Text(PlanError::BadDate(_)) => Date,
                    _ => Summary,
                };
                form.fail(at, e.to_string());
                return;
            }
        };
        let mut goals: Vec<NewGoal> = Vec::new();
        for (t, d) in [(Goal1, Due1), (Goal2, Due2)] {
            if v(t).trim().is_empty() && v(d).trim().is_empty() {
                continue;
            }
            match parse_goal(&v(t), &v(d)) {
                Ok(g) => goals.push(g),
                Err(e) => {
                    let at = match e {
                        RecordError::Text(PlanError::BadDate(_)) => d,
                        _ => t,
                    };
                    form.fail(at, e.to_string());
                    return;
                }
            }
        }
        let st = self.dossier.student.id;
        let now = ctx.clock.now();
        let notes_text = v(Notes);
        let notes = vault.map(|vt| (vt, notes_text.as_str()));
        let saved = ctx
            .store
            .add_checkin(st, &day, &summary, notes, now)
            .and_then(|ci| {
                for g in &goals {
                    ctx.store.add_goal(st, Some(ci), g, now)?;
                }
                Ok(())
            });
        match saved {
            Ok(()) => {
                ctx.info(s::saved(goals.len()));
                self.modal = None;
                self.reload(ctx, vault);
                self.tab = 2;
            }
            Err(e) => {
                let at = form.focused().unwrap_or(Summary);
                form.fail(at, e.to_string());
            }
        }
    }

    fn summary_lines(&self, view: &View) -> Vec<Line<'static>> {
        let t = view.theme;
        let d = &self.dossier;
        let mut l = vec![
            Line::styled(d.student.name.clone(), t.heading),
            Line::raw(s::grade_line(d.student.grade, d.student.has_pin)),
            Line::raw(""),
        ];
        match d.results.first() {
            None => l.push(Line::raw(s::NO_RESULT)),
            Some(r) => l.push(Line::raw(s::latest_result(&r.date, &strongest(r)))),
        }
        l.push(Line::styled(s::TOP_MATCHES, t.key));
        if d.top_matches.is_empty() {
            l.push(Line::styled(s::NOTHING, t.dim));
        }
        for m in d.top_matches.iter().take(3) {
            l.push(Line::raw(format!("  {} ({})", m.title, m.fit)));
        }
        l.push(Line::styled(s::SHORTLIST, t.key));
        if d.shortlist.is_empty() {
            l.push(Line::styled(s::NOTHING, t.dim));
        }
        for e in &d.shortlist {
            let note = if e.note.is_empty() {
                String::new()
            } else {
                format!(": {}", e.note)
            };
            l.push(Line::raw(format!("  {}{note}", e.title)));
        }
        l.push(Line::styled(s::OPEN_GOALS, t.key));
        let open: Vec<_> = d.open_goals().collect();
        if open.is_empty() {
            l.push(Line::styled(s::NOTHING, t.dim));
        }
        for g in open {
            let late = g.is_overdue(&d.today);
            l.push(Line::styled(
                s::goal_line(&g.text, g.due_on.as_deref(), late),
                if late { t.error } else { t.base },
            ));
        }
        l.push(Line::raw(s::courses_line(d.courses.len())));
        l.push(Line::raw(s::hours_line(
            d.total_hours(),
            d.experiences.len(),
        )));
        l
    }

    fn tab_lines(&self, width: usize, view: &View) -> Vec<Line<'static>> {
        let t = view.theme;
        let wrap = |text: &str, first: &str, rest: &str| -> Vec<Line<'static>> {
            sections::wrap(text, width, first, rest)
                .into_iter()
                .map(Line::raw)
                .collect()
        };
        let mut l = Vec::new();
        match self.tab {
            0 => {
                if self.events.is_empty() {
                    l.push(Line::styled(s::EMPTY_TIMELINE, t.dim));
                }
                for e in &self.events {
                    l.push(Line::from(vec![
                        Span::styled(format!("{} ", e.date), t.dim),
                        Span::styled(e.kind.label().to_string(), t.key),
                    ]));
                    l.extend(wrap(&e.text, "  ", "  "));
                }
            }
            1 => {
                let a = &self.agenda;
                l.push(Line::styled(s::AGENDA_INTRO, t.heading));
                l.push(Line::raw(s::since(a.since.as_deref())));
                if a.is_empty() {
                    l.push(Line::styled(s::A_NOTHING_NEW, t.dim));
                }
                let mut part = |title: &str, items: Vec<String>| {
                    if !items.is_empty() {
                        l.push(Line::raw(""));
                        l.push(Line::styled(title.to_string(), t.key));
                        for i in items {
                            l.extend(wrap(&i, "  • ", "    "));
                        }
                    }
                };
                part(
                    s::A_NEW_RESULTS,
                    a.new_results
                        .iter()
                        .map(|r| s::latest_result(&r.date, &strongest(r)))
                        .collect(),
                );
                part(
                    s::A_OVERDUE,
                    a.overdue
                        .iter()
                        .map(|g| format!("{} (due {})", g.text, g.due_on.as_deref().unwrap_or("")))
                        .collect(),
                );
                part(
                    s::A_OPEN,
                    a.open
                        .iter()
                        .map(|g| crate::strings::agenda::goal_event(&g.text, g.due_on.as_deref()))
                        .collect(),
                );
                let plan = |p: &crate::domain::dossier::PlanLine| {
                    format!(
                        "{} ({}){}",
                        p.summary.details.person,
                        p.about,
                        p.summary
                            .details
                            .date
                            .as_deref()
                            .map(|d| format!(", {d}"))
                            .unwrap_or_default()
                    )
                };
                part(s::A_DONE, a.interviews_done.iter().map(plan).collect());
                part(s::A_COMING, a.interviews_coming.iter().map(plan).collect());
                part(s::A_SUGGEST, a.suggestions.clone());
            }
            _ => {
                if self.dossier.checkins.is_empty() {
                    l.push(Line::styled(s::NO_CHECKINS, t.dim));
                }
                for c in &self.dossier.checkins {
                    l.push(Line::styled(c.held_on.clone(), t.heading));
                    l.push(Line::styled(s::SHARED, t.key));
                    l.extend(wrap(&c.summary, "  ", "  "));
                    l.push(Line::styled(s::PRIVATE, t.key));
                    match self.dossier.notes.iter().find(|n| n.checkin_id == c.id) {
                        Some(n) => l.extend(wrap(&n.text, "  ", "  ")),
                        None => l.push(Line::styled(format!("  {}", s::NO_NOTES), t.dim)),
                    }
                    let goals: Vec<_> = self
                        .dossier
                        .goals
                        .iter()
                        .filter(|g| g.checkin_id == Some(c.id))
                        .collect();
                    if !goals.is_empty() {
                        l.push(Line::styled(s::GOALS_SET, t.key));
                        for g in goals {
                            l.extend(wrap(
                                &format!("{} [{}]", g.text, g.status.label()),
                                "  • ",
                                "    ",
                            ));
                        }
                    }
                    l.push(Line::raw(""));
                }
            }
        }
        l
    }

    pub fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(area);
        f.render_widget(
            Paragraph::new(self.summary_lines(view))
                .wrap(Wrap { trim: false })
                .block(list::block(s::SUMMARY_TITLE, false, theme)),
            left,
        );
        let title: String = TABS
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if i == self.tab {
                    format!("[{t}]")
                } else {
                    format!(" {t} ")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let block = list::block(&title, true, theme);
        let inner = block.inner(right);
        let lines = self.tab_lines(usize::from(inner.width).max(1), view);
        f.render_widget(block, right);
        self.scroll.render(f, inner, Some(right), lines, theme);
        if let Some(Modal::CheckIn(form)) = &self.modal {
            form.render(f, form.window(area), view.theme);
        }
        if let Some(Modal::Goal(p)) = &self.modal {
            p.render(f, area, theme);
        }
    }
}
