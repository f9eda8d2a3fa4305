//! My plan's Courses tab: the course plan for grades 9-12, the courses starred careers call
//! for, and the chooser for another course.

use super::{CourseRow, MyPlan, Popup, Removal};
use crate::domain::courses::Course;
use crate::domain::record::{CourseStatus, PLAN_GRADES};
use crate::strings::myplan as s;
use crate::tui::action::Action;
use crate::tui::app::Ctx;
use crate::tui::screens::myplan_forms::{CourseChooser, frame_list, para, render_rows};
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{cell, fit, width as cols};
use crate::tui::widgets::list::ListState;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

impl MyPlan {
    pub(super) fn update_courses(&mut self, action: &Action, ctx: &mut Ctx, student: i64) {
        let rows = self.course_rows();
        if self.courses.navigate(action, rows.len(), 10) {
            return;
        }
        let row = rows.get(self.courses.selected).copied();
        let edit = matches!(action, Action::Select | Action::Edit);
        match (action, row) {
            (Action::Add, _) | (Action::Select | Action::Edit, Some(CourseRow::AddOther)) => {
                self.open_chooser(row, ctx)
            }
            (_, Some(CourseRow::Suggested(c))) if edit => {
                self.save_course(c, c.usual_grade(), CourseStatus::Planned, ctx, student)
            }
            (_, Some(CourseRow::Planned(_))) if edit => ctx.info(s::COURSE_KEYS.to_string()),
            (Action::Prev | Action::Next, Some(CourseRow::Planned(c))) => {
                let Some(p) = self.planned(c) else { return };
                let grade = if *action == Action::Next {
                    p.grade + 1
                } else {
                    p.grade.saturating_sub(1)
                };
                if !PLAN_GRADES.contains(&grade) {
                    let edge = if *action == Action::Next {
                        s::LAST_GRADE
                    } else {
                        s::FIRST_GRADE
                    };
                    ctx.info(edge.to_string());
                    return;
                }
                let status = p.status;
                self.save_course(c, grade, status, ctx, student);
            }
            (Action::Tick, Some(CourseRow::Planned(c))) => {
                let Some(p) = self.planned(c) else { return };
                let (grade, status) = (p.grade, p.status.next());
                self.save_course(c, grade, status, ctx, student);
            }
            (Action::Remove, Some(CourseRow::Planned(c))) => {
                self.popup = Some(self.ask(Removal::Course(c)));
            }
            (
                Action::Prev | Action::Next | Action::Tick | Action::Remove,
                Some(CourseRow::Suggested(_)),
            ) => ctx.info(s::ADD_FIRST.to_string()),
            _ => {}
        }
    }

    pub(super) fn open_chooser(&mut self, row: Option<CourseRow>, ctx: &mut Ctx) {
        // Courses the starred careers call for come first, as `recommend` orders them.
        let choices: Vec<(Course, Vec<String>)> = self
            .recommended
            .iter()
            .filter(|r| self.planned(r.course).is_none())
            .map(|r| (r.course, r.careers.clone()))
            .collect();
        if choices.is_empty() {
            ctx.info(s::ALL_PLANNED.to_string());
            return;
        }
        let mut list = ListState::default();
        if let Some(CourseRow::Suggested(c)) = row
            && let Some(i) = choices.iter().position(|(x, _)| *x == c)
        {
            list.select(i, choices.len());
        }
        self.popup = Some(Popup::Chooser(CourseChooser { choices, list }));
    }

    pub(super) fn save_course(
        &mut self,
        c: Course,
        grade: u8,
        status: CourseStatus,
        ctx: &mut Ctx,
        student: i64,
    ) {
        match ctx
            .store
            .set_course(student, c, grade, status, ctx.clock.now())
        {
            Ok(()) => {
                ctx.info(s::course_saved(c.label(), grade, status.as_str()));
                self.reload(ctx);
                let rows = self.course_rows();
                if let Some(i) = rows.iter().position(|r| *r == CourseRow::Planned(c)) {
                    self.courses.select(i, rows.len());
                }
            }
            Err(e) => ctx.error(e.to_string()),
        }
    }

    pub(super) fn render_courses(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let width = usize::from(area.width);
        let mut head = if self.starred.is_empty() {
            para(s::NO_SHORTLIST, width, theme.key)
        } else {
            vec![Line::styled(
                fit(&s::your_careers(&self.starred), width),
                theme.dim,
            )]
        };
        head.truncate(usize::from(area.height / 3));
        let rows = self.course_rows();
        let chosen = rows.get(self.courses.selected).copied();
        let detail = match chosen {
            Some(CourseRow::Planned(c) | CourseRow::Suggested(c)) => {
                s::course_detail(c.label(), c.usual_grade(), self.helps(c))
            }
            _ => s::ADD_OTHER_DETAIL.to_string(),
        };
        let mut foot = para(&detail, width, Style::default());
        foot.truncate(2);
        foot.extend(para(s::SCHOOL_NOTE, width, theme.dim));
        let mid = frame_list(f, area, head, foot, theme);
        // The rows with headings between them; the chosen row's line is remembered to mark it.
        let mut lines: Vec<(Line<'static>, bool)> = Vec::new();
        let mut at = None;
        let label_w = Course::ALL
            .iter()
            .map(|c| cols(c.label()))
            .max()
            .unwrap_or(0)
            + 1;
        let mut push = |lines: &mut Vec<(Line<'static>, bool)>, row: CourseRow, spans| {
            if chosen == Some(row) {
                at = Some(lines.len());
            }
            lines.push((Line::from(spans), true));
        };
        for g in PLAN_GRADES {
            let in_grade: Vec<_> = self.plan.iter().filter(|(_, p)| p.grade == g).collect();
            if in_grade.is_empty() {
                lines.push((Line::styled(s::grade_empty(g), theme.dim), false));
                continue;
            }
            lines.push((Line::styled(s::grade_heading(g), theme.heading), false));
            for (c, p) in in_grade {
                let style = match p.status {
                    CourseStatus::Planned => Style::default(),
                    CourseStatus::Taking => theme.key,
                    CourseStatus::Done => theme.good,
                };
                let helps = self.helps(*c);
                let helps = if helps.is_empty() {
                    String::new()
                } else {
                    s::helps_with(helps)
                };
                let spans = vec![
                    Span::raw(cell(c.label(), label_w)),
                    Span::styled(cell(p.status.label(), 8), style),
                    Span::styled(helps, theme.dim),
                ];
                push(&mut lines, CourseRow::Planned(*c), spans);
            }
        }
        for (i, row) in rows.iter().enumerate() {
            let CourseRow::Suggested(c) = *row else {
                continue;
            };
            if i == self.plan.len() {
                lines.push((Line::raw(""), false));
                lines.push((Line::styled(s::SUGGESTED_HEADING, theme.heading), false));
            }
            let spans = vec![
                Span::raw(cell(c.label(), label_w)),
                Span::styled(s::helps_with(self.helps(c)), theme.dim),
            ];
            push(&mut lines, *row, spans);
        }
        lines.push((Line::raw(""), false));
        let add = vec![Span::styled(s::ADD_OTHER_ROW, theme.key)];
        push(&mut lines, CourseRow::AddOther, add);
        render_rows(f, mid, lines, at, &self.course_offset, theme);
    }
}
