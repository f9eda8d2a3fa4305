//! Results and matches: the ranked list with a readable fit, why each career came up, filters
//! (kind, training years), "not for me", and pages for the profile, what changed since last
//! time and how matching works.

use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::results_pages as pages;
use crate::domain::Student;
use crate::domain::assessment::{Item, Taken};
use crate::domain::career::{CareerKind, CareerSummary};
use crate::domain::clock::date_string;
use crate::domain::explore::{Filters, YEAR_LIMITS};
use crate::domain::matching::{Match, Matcher};
use crate::strings::results as s;
use crate::tui::Area;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Catalog, Effect, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{pad, widest, width as cols};
use crate::tui::widgets::list::{self, ListState};
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::sections::wrap;
use crate::tui::widgets::side_width;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Profile,
    Changes,
    How,
}

pub struct Results {
    careers: Vec<CareerSummary>,
    /// Career id to its index in `careers`.
    by_id: std::collections::HashMap<String, usize>,
    items: Vec<Item>,
    student: Option<Student>,
    latest: Option<Taken>,
    previous: Option<Taken>,
    ranked: Vec<Match>,
    prev_ranked: Vec<Match>,
    hidden: HashSet<String>,
    show_hidden: bool,
    kind: Option<CareerKind>,
    years: Option<u8>,
    /// Indexes into `ranked`, in order, after filters.
    shown: Vec<usize>,
    list: ListState,
    /// (answered, total) of an assessment in progress.
    in_progress: Option<(usize, usize)>,
    page: Option<Page>,
    scroll: Scroll,
}

impl Results {
    /// True when the latest result was taken before the subject part existed and no run is
    /// in progress to add it.
    fn needs_care_part(&self) -> bool {
        self.in_progress.is_none()
            && self
                .latest
                .as_ref()
                .is_some_and(|t| !crate::domain::assessment::has_care_part(&self.items, &t.answers))
    }

    pub fn new(careers: Vec<CareerSummary>, items: Vec<Item>) -> Results {
        Results {
            by_id: careers
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            careers,
            items,
            student: None,
            latest: None,
            previous: None,
            ranked: Vec::new(),
            prev_ranked: Vec::new(),
            hidden: HashSet::new(),
            show_hidden: false,
            kind: None,
            years: None,
            shown: Vec::new(),
            list: ListState::default(),
            in_progress: None,
            page: None,
            scroll: Scroll::default(),
        }
    }

    /// The ids shown, in order (tests).
    pub fn shown_ids(&self) -> Vec<&str> {
        self.shown
            .iter()
            .map(|&i| self.ranked[i].career_id.as_str())
            .collect()
    }

    pub fn rank(&self, t: &Taken) -> Vec<Match> {
        Matcher::new(&self.items, &t.answers, &t.scored.profile).rank(&self.careers)
    }

    fn refilter(&mut self) {
        let keep = self.selected().map(|m| m.career_id.clone());
        let filters = Filters {
            kind: self.kind,
            under_years: self.years,
            ..Filters::default()
        };
        self.shown = self
            .ranked
            .iter()
            .enumerate()
            .filter(|(_, m)| self.show_hidden || !self.hidden.contains(&m.career_id))
            .filter(|(_, m)| {
                self.career(&m.career_id)
                    .is_some_and(|c| filters.matches(c))
            })
            .map(|(i, _)| i)
            .collect();
        let at = keep
            .and_then(|id| {
                self.shown
                    .iter()
                    .position(|&i| self.ranked[i].career_id == id)
            })
            .unwrap_or(0);
        self.list.select(at, self.shown.len());
    }

    fn career(&self, id: &str) -> Option<&CareerSummary> {
        self.by_id.get(id).map(|&i| &self.careers[i])
    }

    fn selected(&self) -> Option<&Match> {
        self.shown
            .get(self.list.selected)
            .and_then(|&i| self.ranked.get(i))
    }

    fn open_page(&mut self, p: Page) {
        self.page = Some(p);
        self.scroll.reset();
    }

    fn toggle_hidden(&mut self, ctx: &mut Ctx) {
        let (Some(st), Some(m)) = (self.student.as_ref(), self.selected()) else {
            return;
        };
        let id = m.career_id.clone();
        let hide = !self.hidden.contains(&id);
        let title = self.career(&id).map_or(id.clone(), |c| c.title.clone());
        if let Err(e) = ctx.store.set_hidden(st.id, &id, hide, ctx.clock.now()) {
            ctx.error(e.to_string());
            return;
        }
        if hide {
            self.hidden.insert(id);
            ctx.info(s::hidden(&title));
        } else {
            self.hidden.remove(&id);
            ctx.info(s::unhidden(&title));
        }
        self.refilter();
    }

    fn render_list(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let hidden_n = self.hidden.len();
        let title = s::list_title(
            self.shown.len(),
            if self.show_hidden { 0 } else { hidden_n },
        );
        let block = list::block(&title, true, theme);
        let inner_w = usize::from(block.inner(area).width);
        if self.shown.is_empty() {
            f.render_widget(
                Paragraph::new(s::NONE_SHOWN)
                    .block(block)
                    .wrap(Wrap { trim: false }),
                area,
            );
            return;
        }
        let rows: Vec<Line<'static>> = self
            .shown
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let m = &self.ranked[i];
                let title = self.career(&m.career_id).map_or("?", |c| c.title.as_str());
                let value = s::band_score(m.band, m.fit);
                let rank = format!("{:>2} ", n + 1);
                let mark = if self.hidden.contains(&m.career_id) {
                    "× "
                } else {
                    ""
                };
                // Two for the pointer, one space before the value.
                let room = inner_w
                    .saturating_sub(2 + cols(&rank) + cols(mark) + cols(&value) + 1)
                    .max(1);
                let style = if mark.is_empty() {
                    theme.base
                } else {
                    theme.dim
                };
                Line::from(vec![
                    Span::styled(rank, theme.dim),
                    Span::styled(format!("{mark}{} ", pad(title, room)), style),
                    Span::styled(value, theme.key),
                ])
            })
            .collect();
        list::render(f, area, block, rows, &self.list, true, theme);
    }

    fn render_detail(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(s::WHY, false, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let Some(m) = self.selected() else { return };
        let Some(c) = self.career(&m.career_id) else {
            return;
        };
        let w = usize::from(inner.width.saturating_sub(1)).max(10);
        let mut lines: Vec<Line> = vec![
            Line::styled(c.title.clone(), theme.title),
            Line::styled(s::fit_line(m.band, m.fit), theme.key),
        ];
        let parts = s::parts_line(
            m.interest_fit,
            m.interest_gap,
            m.workstyle_fit,
            m.subject_fit,
        );
        lines.extend(wrap(&parts, w, "", "").into_iter().map(Line::raw));
        let borrowed = c.interests_from.as_deref().map(s::interests_from_note);
        if let Some(note) = borrowed.as_deref().or(m.interest_gap.map(s::gap_note)) {
            lines.extend(
                wrap(note, w, "", "")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        lines.push(Line::raw(""));
        if m.reasons.is_empty() {
            lines.extend(wrap(s::NO_REASONS, w, "", "").into_iter().map(Line::raw));
        }
        for r in &m.reasons {
            lines.extend(
                wrap(&s::reason(r), w, "• ", "  ")
                    .into_iter()
                    .map(Line::raw),
            );
        }
        for l in &m.limits {
            lines.extend(
                wrap(&s::limit_note(l), w, "! ", "  ")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        lines.push(Line::raw(""));
        let hint = if self.hidden.contains(&m.career_id) {
            s::UNHIDE_HINT
        } else {
            s::OPEN_HINT
        };
        lines.extend(
            wrap(hint, w, "", "")
                .into_iter()
                .map(|l| Line::styled(l, theme.dim)),
        );
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn render_page(&self, f: &mut Frame, area: Rect, p: Page, latest: &Taken, theme: &Theme) {
        let title = match p {
            Page::Profile => s::PROFILE_TITLE,
            Page::Changes => s::CHANGES_TITLE,
            Page::How => s::HOW_TITLE,
        };
        let inner = crate::tui::widgets::reading_box(f, area, title, theme);
        let w = usize::from(inner.width).max(20);
        let lines = match p {
            Page::Profile => pages::profile(&latest.scored.profile, &self.items, w, theme),
            Page::Changes => pages::changes(
                (&latest.scored.profile, &self.ranked, latest.finished_at),
                self.previous.as_ref().map(|t| {
                    (
                        &t.scored.profile,
                        self.prev_ranked.as_slice(),
                        t.finished_at,
                    )
                }),
                &self.careers,
                w,
                theme,
            ),
            Page::How => pages::how(w, theme),
        };
        self.scroll.render(f, inner, Some(area), lines, theme);
    }
}

impl Screen for Results {
    /// Called when the area is shown: loads the latest two results and ranks them.
    fn enter(&mut self, ctx: &mut Ctx) {
        let student = ctx.student;
        if self.student.as_ref().map(|s| s.id) != student.map(|s| s.id) {
            self.list.select(0, 0);
            self.page = None;
        }
        self.student = student.cloned();
        self.latest = None;
        self.previous = None;
        self.ranked.clear();
        self.prev_ranked.clear();
        self.in_progress = None;
        let Some(st) = student else {
            self.shown.clear();
            return;
        };
        let loaded = (|| -> crate::error::Result<()> {
            let mut taken = ctx.store.results(st.id, 2)?;
            self.hidden = ctx.store.hidden_matches(st.id)?;
            self.in_progress = ctx
                .store
                .open_run(st.id)?
                .map(|r| crate::domain::assessment::progress(&self.items, &r.answers));
            self.previous = (taken.len() > 1).then(|| taken.remove(1));
            self.latest = taken.pop();
            Ok(())
        })();
        if let Err(e) = loaded {
            ctx.error(e.to_string());
        }
        if let Some(t) = &self.latest {
            self.ranked = self.rank(t);
        }
        if let Some(t) = &self.previous {
            self.prev_ranked = self.rank(t);
        }
        self.refilter();
    }

    fn catalog(&mut self, catalog: &Catalog) {
        *self = Results::new(catalog.careers.clone(), catalog.items.clone());
    }

    fn contexts(&self) -> &'static [Context] {
        if self.page.is_some() {
            &[Context::Reader, Context::Global]
        } else if self.latest.is_some() {
            &[Context::Results, Context::List, Context::Global]
        } else {
            &[Context::Global]
        }
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        if self.page.is_some() {
            if !self.scroll.update(action)
                && matches!(
                    action,
                    Action::Back
                        | Action::FocusLeft
                        | Action::Profile
                        | Action::Changes
                        | Action::HowItWorks
                )
            {
                self.page = None;
            }
            return Effect::None;
        }
        let len = self.shown.len();
        match action {
            Action::Back => return Effect::Back,
            _ if self.latest.is_none() => {}
            _ if self.list.navigate(action, len, 10) => {}
            Action::Select => {
                if let Some(m) = self.selected() {
                    return Effect::OpenCareer(m.career_id.clone());
                }
            }
            Action::Hide => self.toggle_hidden(ctx),
            Action::ShowHidden => {
                self.show_hidden = !self.show_hidden;
                self.refilter();
            }
            Action::CycleKind => {
                self.kind = match self.kind {
                    None => Some(CareerKind::Physician),
                    Some(CareerKind::Physician) => Some(CareerKind::HealthCareer),
                    Some(CareerKind::HealthCareer) => None,
                };
                self.refilter();
            }
            Action::CycleYears => {
                self.years = match self.years {
                    None => Some(YEAR_LIMITS[0]),
                    Some(y) => YEAR_LIMITS.iter().copied().find(|&l| l > y),
                };
                self.refilter();
            }
            Action::Profile => self.open_page(Page::Profile),
            Action::Changes => self.open_page(Page::Changes),
            Action::HowItWorks => self.open_page(Page::How),
            Action::Retake => return Effect::GoTo(Area::Assessment),
            Action::AddPart if self.needs_care_part() => {
                if let Some(st) = &self.student
                    && super::assessment::start_care_part(ctx, st.id, &self.items).is_some()
                {
                    return Effect::GoTo(Area::Assessment);
                }
            }
            _ => {}
        }
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let Some(latest) = &self.latest else {
            let text = match (&self.student, self.in_progress) {
                (None, _) => s::NEED_PROFILE.to_string(),
                (Some(_), Some((n, total))) => s::in_progress(n, total),
                (Some(_), None) => s::NO_RESULT.to_string(),
            };
            let block = list::block(s::TITLE, true, theme);
            f.render_widget(
                Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
                area,
            );
            return;
        };
        if let Some(p) = self.page {
            return self.render_page(f, area, p, latest, theme);
        }
        let width = usize::from(area.width.max(1));
        let mut head: Vec<Line> = Vec::new();
        let filters = s::filters_line(
            s::filter_kind(self.kind),
            &s::filter_years(self.years),
            self.show_hidden,
        );
        head.push(Line::from(vec![
            Span::styled(s::taken(&date_string(latest.finished_at)), theme.key),
            Span::styled(format!(" · {filters}"), theme.dim),
        ]));
        for l in wrap(s::NOT_A_VERDICT, width, "", "") {
            head.push(Line::styled(l, theme.dim));
        }
        for flag in &latest.scored.quality.flags {
            for l in wrap(s::flag_note(*flag), width, "! ", "  ") {
                head.push(Line::styled(l, theme.error));
            }
        }
        if self.needs_care_part() {
            for l in wrap(s::ADD_CARE_PART, width, "", "") {
                head.push(Line::styled(l, theme.key));
            }
        }
        let [top, body] =
            Layout::vertical([Constraint::Length(head.len() as u16), Constraint::Min(0)])
                .areas(area);
        f.render_widget(Paragraph::new(head), top);
        // The list: as wide as its longest title needs (borders, pointer, rank, a hidden
        // mark, a space and "strong 100"), up to 45% of the window.
        let titles = widest(self.shown.iter().filter_map(|&i| {
            let m = &self.ranked[i];
            self.career(&m.career_id).map(|c| c.title.as_str())
        }));
        let least = (body.width * 2 / 5).clamp(28, 44).min(body.width);
        let left_w = side_width(body.width, 2 + 2 + 3 + 2 + titles + 1 + 10, 45, least);
        let [left, right] =
            Layout::horizontal([Constraint::Length(left_w), Constraint::Min(0)]).areas(body);
        self.render_list(f, left, theme);
        self.render_detail(f, right, theme);
    }
}
