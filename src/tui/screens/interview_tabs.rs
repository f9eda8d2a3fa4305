//! Drawing an open plan: its heading, the tab strip, each tab and the small windows over it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::interview::Library;
use super::interview_plan::{PlanView, Popup, REFLECT_ROWS, Tab};
use crate::domain::Student;
use crate::domain::plan::{Interest, SheetFormat, estimate_minutes};
use crate::domain::suggest::SHORTLIST_SOURCE;
use crate::strings::interview::checklist;
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::app::View;
use crate::tui::theme::{Theme, pointer};
use crate::tui::widgets::sections::wrap;
use crate::tui::widgets::{centered, list};

pub fn render(v: &PlanView, f: &mut Frame, area: Rect, view: &View, st: &Student, lib: &Library) {
    let theme = view.theme;
    let plan = &v.plan;
    let d = &plan.details;
    let title = s::plan_title(&d.person);
    let block = list::block(&title, true, theme);
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let [head, strip, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    let job = lib
        .title(d.career_id.as_deref())
        .map_or(d.role.clone(), str::to_string);
    let head_text = s::plan_head(
        &job,
        d.date.as_deref(),
        si::format_name(d.format),
        &si::estimate(estimate_minutes(&plan.questions)),
    );
    f.render_widget(Paragraph::new(Line::styled(head_text, theme.dim)), head);
    render_strip(v.tab, f, strip, theme);
    let body = Rect {
        y: body.y + 1.min(body.height),
        height: body.height.saturating_sub(1),
        ..body
    };
    match v.tab {
        Tab::Questions => questions(v, f, body, lib, theme),
        Tab::Before => before(v, f, body, st, lib, theme),
        Tab::Practice => v.practice.render(plan, f, body, view),
        Tab::Notes => notes(v, f, body, theme),
        Tab::Reflect => reflect(v, f, body, theme),
        Tab::Thanks => thanks(v, f, body, st, lib, theme),
    }
    match &v.popup {
        Some(Popup::Prompt(_, p)) => p.render(f, area, theme),
        Some(Popup::Confirm(_, question)) => question.render(f, area, theme),
        Some(Popup::Bank(b)) => b.render(f, area, lib, theme),
        Some(Popup::Interest(l)) => {
            let rows = Interest::ALL
                .iter()
                .map(|i| Line::raw(si::interest_name(i.value())))
                .collect();
            chooser(f, area, si::R_INTEREST, rows, l, theme);
        }
        Some(Popup::Export(l)) => {
            let rows = SheetFormat::ALL
                .iter()
                .map(|x| Line::raw(s::format_choice(*x)))
                .collect();
            chooser(f, area, s::EXPORT_TITLE, rows, l, theme);
        }
        None => {}
    }
}

fn chooser(
    f: &mut Frame,
    area: Rect,
    title: &str,
    rows: Vec<Line<'static>>,
    l: &list::ListState,
    theme: &Theme,
) {
    let h = rows.len() as u16 + 2;
    let r = centered(area, 60.min(area.width), h);
    f.render_widget(Clear, r);
    list::render(f, r, list::block(title, true, theme), rows, l, true, theme);
}

/// The tab names in one line; the current one in reverse video between brackets, so it
/// shows without colour too.
fn render_strip(tab: Tab, f: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans = Vec::new();
    for t in Tab::ALL {
        let name = t.name();
        if t == tab {
            spans.push(Span::styled(format!("[{name}]"), theme.tab_selected));
        } else {
            spans.push(Span::styled(format!(" {name} "), theme.tab));
        }
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn questions(v: &PlanView, f: &mut Frame, area: Rect, lib: &Library, theme: &Theme) {
    let qs = &v.plan.questions;
    let detail_h = if area.height >= 12 { 4 } else { 0 };
    let [top, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(detail_h)]).areas(area);
    if qs.is_empty() {
        f.render_widget(
            Paragraph::new(s::NO_QUESTIONS).wrap(Wrap { trim: true }),
            top,
        );
        return;
    }
    let rows = qs
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mark = match (&q.source, q.opener) {
                (None, _) => s::OWN_MARK,
                (Some(_), true) => s::OPENER_MARK,
                _ => "  ",
            };
            Line::from(vec![
                Span::raw(format!("{:>2}. ", i + 1)),
                Span::styled(mark, theme.key),
                Span::raw(q.text.clone()),
            ])
        })
        .collect();
    list::render(f, top, Block::default(), rows, &v.questions, true, theme);
    if detail_h > 0
        && let Some(q) = qs.get(v.questions.selected)
    {
        let source = match &q.source {
            Some(id) if id.starts_with(SHORTLIST_SOURCE) => s::FROM_SHORTLIST.to_string(),
            Some(id) => lib
                .bank
                .iter()
                .find(|b| &b.id == id)
                .map_or(String::new(), s::question_tags),
            None => s::OWN_QUESTION.to_string(),
        };
        let mut lines: Vec<Line> = wrap(&q.text, usize::from(area.width), "", "")
            .into_iter()
            .take(2)
            .map(Line::raw)
            .collect();
        lines.push(Line::styled(source, theme.dim));
        lines.push(Line::styled(s::MARKS_KEY, theme.dim));
        f.render_widget(Paragraph::new(lines), bottom);
    }
}

fn before(v: &PlanView, f: &mut Frame, area: Rect, st: &Student, lib: &Library, theme: &Theme) {
    let d = &v.plan.details;
    let items = checklist(d.format);
    let h = (items.len() as u16).min(area.height / 2).max(1);
    let [top, bottom] = Layout::vertical([Constraint::Length(h), Constraint::Min(0)]).areas(area);
    let rows = items
        .iter()
        .map(|(id, text)| {
            let done = v.plan.checklist.iter().any(|c| c == id);
            Line::raw(format!(
                "{} {text}",
                if done { s::TICKED } else { s::UNTICKED }
            ))
        })
        .collect();
    list::render(f, top, Block::default(), rows, &v.checklist, true, theme);
    let width = usize::from(bottom.width.saturating_sub(1));
    let career = lib.title(d.career_id.as_deref()).unwrap_or(&d.role);
    let mut lines: Vec<Line> = vec![Line::raw("")];
    lines.push(Line::styled(si::PRIVACY_TITLE, theme.heading));
    for rule in si::PRIVACY_RULES {
        lines.extend(wrap(rule, width, "• ", "  ").into_iter().map(Line::raw));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(si::REQUEST_TITLE, theme.heading));
    let msg = si::request_message(&d.person, &st.name, st.grade, career, d.format, &d.goal);
    for para in msg.split('\n') {
        lines.extend(wrap(para, width, "", "").into_iter().map(Line::raw));
    }
    v.before_scroll.render(f, bottom, None, lines, theme);
}

fn notes(v: &PlanView, f: &mut Frame, area: Rect, theme: &Theme) {
    let qs = &v.plan.questions;
    if qs.is_empty() {
        f.render_widget(
            Paragraph::new(s::NO_QUESTIONS).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let rows = qs
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mark = if q.answer.is_empty() {
                s::UNTICKED
            } else {
                s::TICKED
            };
            Line::raw(format!("{mark} {:>2}. {}", i + 1, q.text))
        })
        .collect();
    list::render(f, top, Block::default(), rows, &v.notes, true, theme);
    if let Some(q) = qs.get(v.notes.selected) {
        let width = usize::from(bottom.width);
        let mut lines: Vec<Line> = vec![Line::styled(s::NOTES_HEADING, theme.heading)];
        if q.answer.is_empty() {
            lines.push(Line::styled(s::NO_NOTES, theme.dim));
        } else {
            lines.extend(wrap(&q.answer, width, "", "").into_iter().map(Line::raw));
        }
        if !q.followups.is_empty() {
            lines.extend(
                wrap(&s::jotted(&q.followups), width, "", "")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border);
        f.render_widget(Paragraph::new(lines).block(block), bottom);
    }
}

fn reflect(v: &PlanView, f: &mut Frame, area: Rect, theme: &Theme) {
    let r = &v.plan.reflection;
    let prompts = [
        si::R_SURPRISED,
        si::R_HARDER_BETTER,
        si::R_INTEREST,
        si::R_NEXT,
    ];
    let answers = [
        r.surprised.clone(),
        r.harder_better.clone(),
        r.interest
            .map_or(String::new(), |i| si::interest_name(i.value()).to_string()),
        r.next_step.clone(),
    ];
    let width = usize::from(area.width.saturating_sub(4));
    let mut lines: Vec<Line> = Vec::new();
    for i in 0..REFLECT_ROWS {
        let selected = i == v.reflect.selected;
        let style = if selected {
            theme.selected
        } else {
            theme.heading
        };
        let pointer = pointer(selected);
        lines.push(Line::styled(format!("{pointer}{}", prompts[i]), style));
        if answers[i].is_empty() {
            lines.push(Line::styled(format!("    {}", s::NOT_ANSWERED), theme.dim));
        } else {
            lines.extend(
                wrap(&answers[i], width, "    ", "    ")
                    .into_iter()
                    .take(3)
                    .map(Line::raw),
            );
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::REFLECT_HINT, theme.dim));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn thanks(v: &PlanView, f: &mut Frame, area: Rect, st: &Student, lib: &Library, theme: &Theme) {
    let d = &v.plan.details;
    let r = &v.plan.reflection;
    let career = lib.title(d.career_id.as_deref()).unwrap_or(&d.role);
    let text = si::thank_you(
        &d.person,
        &st.name,
        career,
        d.format,
        &r.surprised,
        &r.next_step,
    );
    let width = usize::from(area.width.saturating_sub(1));
    let mut lines: Vec<Line> = wrap(s::THANKS_INTRO, width, "", "")
        .into_iter()
        .map(|l| Line::styled(l, theme.dim))
        .collect();
    lines.push(Line::raw(""));
    for para in text.split('\n') {
        lines.extend(wrap(para, width, "", "").into_iter().map(Line::raw));
    }
    v.thanks_scroll.render(f, area, None, lines, theme);
}

/// At most `n` columns, with an ellipsis when cut (popups have room for a few lines).
pub(super) use crate::tui::widgets::fit::fit as short;
