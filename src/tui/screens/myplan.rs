//! My plan: the course plan for grades 9-12, the experiences log, and goals the student can
//! tick off. Three tabs; the forms, the small windows and the drawing of the Experiences and
//! Goals tabs are in `myplan_forms`.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::myplan_forms::{
    CourseChooser, ExperienceForm, FormOutcome, GoalForm, PlanForm, experiences_tab, goals_tab,
};
use crate::domain::career::CareerSummary;
use crate::domain::clock::date_string;
use crate::domain::courses::{Course, Recommended, recommend};
use crate::domain::record::{CourseStatus, Experience, Goal, GoalStatus, PlannedCourse};
use crate::strings::input as si;
use crate::strings::myplan as s;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, View};
use crate::tui::keymap::Context;
use crate::tui::screen::{Catalog, Effect, Screen, without_student};
use crate::tui::theme::Theme;
use crate::tui::widgets::confirm::{Choice, Confirm};
use crate::tui::widgets::list::{self, ListState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Courses,
    Experiences,
    Goals,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Courses, Tab::Experiences, Tab::Goals];

    fn name(self) -> &'static str {
        match self {
            Tab::Courses => s::TAB_COURSES,
            Tab::Experiences => s::TAB_EXPERIENCES,
            Tab::Goals => s::TAB_GOALS,
        }
    }

    fn step(self, by: usize) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + by) % Tab::ALL.len()]
    }
}

/// A row of the Courses tab that can be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourseRow {
    /// In the plan.
    Planned(Course),
    /// Called for by a starred career, not in the plan yet.
    Suggested(Course),
    /// "+ Add another course".
    AddOther,
}

/// What "remove? y/n" is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    Course(Course),
    Experience(i64),
    Goal(i64),
}

#[derive(Debug)]
pub enum Popup {
    Confirm(Removal, Confirm),
    Chooser(CourseChooser),
    Experience(Box<ExperienceForm>),
    Goal(Box<GoalForm>),
}

#[derive(Debug)]
pub struct MyPlan {
    careers: Vec<CareerSummary>,
    student: Option<i64>,
    pub tab: Tab,
    /// The course plan, by grade then course.
    pub plan: Vec<(Course, PlannedCourse)>,
    /// Every course with the starred careers that call for it, most called-for first.
    pub recommended: Vec<Recommended>,
    /// Titles of the starred careers, in shortlist order.
    pub starred: Vec<String>,
    pub experiences: Vec<Experience>,
    pub goals: Vec<Goal>,
    /// The chosen row of [`MyPlan::course_rows`].
    pub courses: ListState,
    course_offset: Cell<usize>,
    pub experience_list: ListState,
    pub goal_list: ListState,
    pub popup: Option<Popup>,
}

#[path = "myplan_courses.rs"]
mod courses;

impl MyPlan {
    pub fn new(careers: Vec<CareerSummary>) -> MyPlan {
        MyPlan {
            careers,
            student: None,
            tab: Tab::Courses,
            plan: Vec::new(),
            recommended: Vec::new(),
            starred: Vec::new(),
            experiences: Vec::new(),
            goals: Vec::new(),
            courses: ListState::default(),
            course_offset: Cell::new(0),
            experience_list: ListState::default(),
            goal_list: ListState::default(),
            popup: None,
        }
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        let Some(id) = self.student else {
            return;
        };
        if let Err(e) = self.load(ctx, id) {
            ctx.error(e.to_string());
        }
        self.courses
            .select(self.courses.selected, self.course_rows().len());
        let n = self.experiences.len() + 1;
        self.experience_list
            .select(self.experience_list.selected, n);
        let n = self.goals.len() + 1;
        self.goal_list.select(self.goal_list.selected, n);
    }

    fn load(&mut self, ctx: &mut Ctx, id: i64) -> crate::error::Result<()> {
        let store = &*ctx.store;
        let mut plan: Vec<(Course, PlannedCourse)> = store
            .course_plan(id)?
            .into_iter()
            .filter_map(|p| Course::parse(&p.course).map(|c| (c, p)))
            .collect();
        plan.sort_by_key(|(c, p)| (p.grade, *c));
        self.plan = plan;
        let mut careers = Vec::new();
        self.starred.clear();
        for entry in store.shortlist(id)? {
            if let Some(c) = store.career(&entry.career_id)? {
                let title = self
                    .careers
                    .iter()
                    .find(|x| x.id == entry.career_id)
                    .map_or_else(|| c.entry.title.clone(), |x| x.title.clone());
                self.starred.push(title);
                careers.push(c);
            }
        }
        self.recommended = recommend(&careers.iter().collect::<Vec<_>>());
        self.experiences = store.experiences(id)?;
        self.goals = store.goals(id)?;
        Ok(())
    }

    fn planned(&self, c: Course) -> Option<&PlannedCourse> {
        self.plan.iter().find(|(x, _)| *x == c).map(|(_, p)| p)
    }

    /// The starred careers that call for a course.
    fn helps(&self, c: Course) -> &[String] {
        self.recommended
            .iter()
            .find(|r| r.course == c)
            .map_or(&[], |r| r.careers.as_slice())
    }

    /// The rows that can be chosen on the Courses tab: the plan by grade, the courses the
    /// starred careers call for that are not in it, then "add another".
    pub fn course_rows(&self) -> Vec<CourseRow> {
        let mut rows: Vec<CourseRow> = self
            .plan
            .iter()
            .map(|(c, _)| CourseRow::Planned(*c))
            .collect();
        rows.extend(
            self.recommended
                .iter()
                .filter(|r| !r.careers.is_empty() && self.planned(r.course).is_none())
                .map(|r| CourseRow::Suggested(r.course)),
        );
        rows.push(CourseRow::AddOther);
        rows
    }

    /// The question asked before removing a course, an experience or a goal.
    fn ask(&self, what: Removal) -> Popup {
        let (title, text) = match what {
            Removal::Course(c) => (s::REMOVE_COURSE_TITLE, s::confirm_remove_course(c.label())),
            Removal::Experience(id) => (
                s::DELETE_EXPERIENCE_TITLE,
                s::confirm_delete_experience(self.experience(id).map_or("", |e| e.title.as_str())),
            ),
            Removal::Goal(id) => (
                s::DELETE_GOAL_TITLE,
                s::confirm_delete_goal(self.goal(id).map_or("", |g| g.text.as_str())),
            ),
        };
        let question = match what {
            Removal::Course(_) => Confirm::new(title, text, si::KEEP, si::REMOVE),
            _ => Confirm::delete(title, text),
        };
        Popup::Confirm(what, question)
    }

    /// Handles an action while a small window is open; puts it back unless it closed.
    fn update_popup(&mut self, popup: Popup, action: &Action, ctx: &mut Ctx, student: i64) {
        match popup {
            Popup::Confirm(what, mut question) => match question.update(action) {
                Choice::Act => self.remove(what, ctx, student),
                Choice::Keep => {}
                Choice::Open => self.popup = Some(Popup::Confirm(what, question)),
            },
            Popup::Chooser(mut c) => match action {
                Action::Back => {}
                Action::Select => {
                    if let Some(course) = c.chosen() {
                        let grade = course.usual_grade();
                        self.save_course(course, grade, CourseStatus::Planned, ctx, student);
                    }
                }
                _ => {
                    c.list.navigate(action, c.choices.len(), 10);
                    self.popup = Some(Popup::Chooser(c));
                }
            },
            Popup::Experience(mut form) => match form.update(action, ctx, student) {
                FormOutcome::None => self.popup = Some(Popup::Experience(form)),
                FormOutcome::Cancel => {}
                FormOutcome::Saved(id) => {
                    self.reload(ctx);
                    if let Some(i) = self.experiences.iter().position(|e| e.id == id) {
                        self.experience_list.select(i, self.experiences.len() + 1);
                    }
                }
            },
            Popup::Goal(mut form) => match form.update(action, ctx, student) {
                FormOutcome::None => self.popup = Some(Popup::Goal(form)),
                FormOutcome::Cancel => {}
                FormOutcome::Saved(id) => {
                    self.reload(ctx);
                    self.select_goal(id);
                }
            },
        }
    }

    fn update_experiences(&mut self, action: &Action) {
        let n = self.experiences.len() + 1;
        if self.experience_list.navigate(action, n, 10) {
            return;
        }
        let chosen = self.experiences.get(self.experience_list.selected);
        self.popup = match (action, chosen) {
            (Action::Add, _) | (Action::Select | Action::Edit, None) => {
                Some(Popup::Experience(Box::default()))
            }
            (Action::Select | Action::Edit, Some(e)) => {
                Some(Popup::Experience(Box::new(ExperienceForm::edit(e))))
            }
            (Action::Remove, Some(e)) => Some(self.ask(Removal::Experience(e.id))),
            _ => None,
        };
    }

    fn update_goals(&mut self, action: &Action, ctx: &mut Ctx, student: i64) {
        let n = self.goals.len() + 1;
        if self.goal_list.navigate(action, n, 10) {
            return;
        }
        let Some(g) = self.goals.get(self.goal_list.selected) else {
            if matches!(action, Action::Add | Action::Select | Action::Edit) {
                self.popup = Some(Popup::Goal(Box::default()));
            }
            return;
        };
        let from_counselor = g.checkin_id.is_some();
        match action {
            Action::Add => self.popup = Some(Popup::Goal(Box::default())),
            Action::Select | Action::Edit if from_counselor => {
                ctx.error(s::COUNSELOR_GOAL_NO_EDIT.to_string())
            }
            Action::Select | Action::Edit => {
                self.popup = Some(Popup::Goal(Box::new(GoalForm::edit(g))))
            }
            Action::Remove if from_counselor => ctx.error(s::COUNSELOR_GOAL_NO_DELETE.to_string()),
            Action::Remove => self.popup = Some(self.ask(Removal::Goal(g.id))),
            Action::Tick => {
                let (id, text) = (g.id, g.text.clone());
                let (status, msg) = if g.status == GoalStatus::Open {
                    (GoalStatus::Done, s::goal_done(&text))
                } else {
                    (GoalStatus::Open, s::goal_reopened(&text))
                };
                match ctx
                    .store
                    .set_goal_status(student, id, status, ctx.clock.now())
                {
                    Ok(()) => {
                        ctx.info(msg);
                        self.reload(ctx);
                        self.select_goal(id);
                    }
                    Err(e) => ctx.error(e.to_string()),
                }
            }
            _ => {}
        }
    }

    fn select_goal(&mut self, id: i64) {
        if let Some(i) = self.goals.iter().position(|g| g.id == id) {
            self.goal_list.select(i, self.goals.len() + 1);
        }
    }

    fn remove(&mut self, what: Removal, ctx: &mut Ctx, student: i64) {
        let done = match what {
            Removal::Course(c) => ctx
                .store
                .remove_course(student, c)
                .map(|_| s::course_removed(c.label())),
            Removal::Experience(id) => {
                let title = self.experience(id).map_or("", |e| e.title.as_str());
                let msg = s::experience_deleted(title);
                ctx.store.delete_experience(student, id).map(|_| msg)
            }
            Removal::Goal(id) => {
                let text = self.goal(id).map_or("", |g| g.text.as_str());
                let msg = s::goal_deleted(text);
                ctx.store.delete_goal(student, id).map(|_| msg)
            }
        };
        match done {
            Ok(msg) => ctx.info(msg),
            Err(e) => ctx.error(e.to_string()),
        }
        self.reload(ctx);
    }

    fn experience(&self, id: i64) -> Option<&Experience> {
        self.experiences.iter().find(|e| e.id == id)
    }

    fn goal(&self, id: i64) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// The tab names in one line; the current one reversed between brackets, so it shows
    /// without colour too.
    fn render_strip(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let spans: Vec<Span> = Tab::ALL
            .iter()
            .map(|t| {
                if *t == self.tab {
                    Span::styled(format!("[{}]", t.name()), theme.tab_selected)
                } else {
                    Span::styled(format!(" {} ", t.name()), theme.tab)
                }
            })
            .collect();
        f.render_widget(Paragraph::new(Line::from(spans)), area);
    }
}

impl Screen for MyPlan {
    fn contexts(&self) -> &'static [Context] {
        use Context::*;
        if self.student.is_none() {
            return &[Global];
        }
        match &self.popup {
            Some(Popup::Confirm(..)) => return &[Context::Confirm],
            Some(Popup::Chooser(_)) => return &[Chooser, List],
            Some(Popup::Experience(f)) => return f.contexts(),
            Some(Popup::Goal(f)) => return f.contexts(),
            None => {}
        }
        match self.tab {
            Tab::Courses => &[Courses, MyPlan, List, Global],
            Tab::Experiences => &[Experiences, MyPlan, List, Global],
            Tab::Goals => &[Goals, MyPlan, List, Global],
        }
    }

    /// True while a dialog would remove on Enter.
    fn armed(&self) -> bool {
        matches!(&self.popup, Some(Popup::Confirm(_, q)) if q.armed())
    }

    /// Called when the area is opened: load the student's plan (another student may have
    /// been chosen meanwhile).
    fn enter(&mut self, ctx: &mut Ctx) {
        let student = ctx.student;
        let id = student.map(|st| st.id);
        if id != self.student {
            let careers = std::mem::take(&mut self.careers);
            *self = MyPlan::new(careers);
            self.student = id;
        }
        self.popup = None;
        self.reload(ctx);
    }

    fn update(&mut self, action: &Action, ctx: &mut Ctx) -> Effect {
        let student = ctx.student;
        let Some(st) = student else {
            return without_student(action);
        };
        if self.student != Some(st.id) {
            self.enter(ctx);
        }
        if let Some(popup) = self.popup.take() {
            self.update_popup(popup, action, ctx, st.id);
            return Effect::None;
        }
        match action {
            Action::Back => return Effect::Back,
            Action::NextTab => self.tab = self.tab.step(1),
            Action::PrevTab => self.tab = self.tab.step(Tab::ALL.len() - 1),
            _ => match self.tab {
                Tab::Courses => self.update_courses(action, ctx, st.id),
                Tab::Experiences => self.update_experiences(action),
                Tab::Goals => self.update_goals(action, ctx, st.id),
            },
        }
        Effect::None
    }

    fn render(&self, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let Some(st) = view.student else {
            return crate::tui::widgets::message(f, area, s::TITLE, s::NEED_PROFILE, theme);
        };
        let title = s::title(&st.name);
        let block = list::block(&title, true, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        if inner.height < 3 || inner.width < 10 {
            return;
        }
        let [strip, _, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);
        self.render_strip(f, strip, theme);
        match self.tab {
            Tab::Courses => self.render_courses(f, body, theme),
            Tab::Experiences => experiences_tab(self, f, body, theme),
            Tab::Goals => goals_tab(self, f, body, theme, &date_string(view.now)),
        }
        match &self.popup {
            None => {}
            Some(Popup::Confirm(_, question)) => question.render(f, area, theme),
            Some(Popup::Chooser(c)) => c.render(f, area, theme),
            Some(Popup::Experience(form)) => form.render(f, area, theme),
            Some(Popup::Goal(form)) => form.render(f, area, theme),
        }
    }

    fn catalog(&mut self, catalog: &Catalog) {
        *self = MyPlan::new(catalog.careers.clone());
    }
}
