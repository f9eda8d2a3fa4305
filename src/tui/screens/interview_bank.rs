//! The question bank, to add questions to a plan: grouped (this kind of career first, then
//! each category, then other kinds), leaving out questions the plan already has.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::interview::Library;
use crate::domain::career::Field;
use crate::domain::interview::{Category, Question, Role};
use crate::domain::plan::Plan;
use crate::store::NewQuestion;
use crate::strings::interview_tui as s;
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::list;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Kind(Field),
    Category(Category),
    OtherKinds,
}

#[derive(Debug)]
pub struct BankPicker {
    pub groups: Vec<Group>,
    pub group: usize,
    pub list: list::ListState,
    /// Indices into the bank of the questions shown.
    pub rows: Vec<usize>,
    field: Option<Field>,
    /// Bank ids already in the plan.
    taken: Vec<String>,
}

pub enum BankOutcome {
    None,
    Cancel,
    Add(NewQuestion),
}

impl BankPicker {
    pub fn new(plan: &Plan, lib: &Library) -> BankPicker {
        let field = plan
            .details
            .career_id
            .as_ref()
            .and_then(|id| lib.careers.iter().find(|c| &c.id == id))
            .map(|c| c.field);
        let mut groups: Vec<Group> = field.map(Group::Kind).into_iter().collect();
        groups.extend(Category::ALL.map(Group::Category));
        groups.push(Group::OtherKinds);
        let mut p = BankPicker {
            groups,
            group: 0,
            list: list::ListState::default(),
            rows: Vec::new(),
            field,
            taken: Vec::new(),
        };
        p.refresh(plan, lib);
        p
    }

    /// Recomputes the rows after the plan changed (a question was added).
    pub fn refresh(&mut self, plan: &Plan, lib: &Library) {
        self.taken = plan
            .questions
            .iter()
            .filter_map(|q| q.source.clone())
            .collect();
        self.fill(lib);
    }

    fn fill(&mut self, lib: &Library) {
        let group = self.groups[self.group.min(self.groups.len() - 1)];
        let field = self.field;
        let fits = |q: &Question| match group {
            Group::Kind(f) => q.fields.contains(&f),
            Group::Category(c) => {
                q.category == c
                    && (q.fields.is_empty() || field.is_some_and(|f| q.fields.contains(&f)))
            }
            Group::OtherKinds => {
                !q.fields.is_empty() && !field.is_some_and(|f| q.fields.contains(&f))
            }
        };
        self.rows = lib
            .bank
            .iter()
            .enumerate()
            .filter(|(_, q)| fits(q) && !self.taken.contains(&q.id))
            .map(|(i, _)| i)
            .collect();
        self.list.select(self.list.selected, self.rows.len());
    }

    pub fn update(&mut self, action: &Action, lib: &Library) -> BankOutcome {
        let n = self.groups.len();
        match action {
            Action::Back => return BankOutcome::Cancel,
            _ if self.list.navigate(action, self.rows.len(), 10) => {}
            Action::Prev | Action::Next => {
                self.group = if *action == Action::Prev {
                    (self.group + n - 1) % n
                } else {
                    (self.group + 1) % n
                };
                self.list = list::ListState::default();
                self.fill(lib);
            }
            Action::Select => {
                if let Some(q) = self
                    .rows
                    .get(self.list.selected)
                    .and_then(|i| lib.bank.get(*i))
                {
                    return BankOutcome::Add(NewQuestion {
                        source: Some(q.id.clone()),
                        text: q.text.clone(),
                        opener: q.role == Role::Opener,
                    });
                }
            }
            _ => {}
        }
        BankOutcome::None
    }

    pub fn render(&self, f: &mut Frame, area: Rect, lib: &Library, theme: &Theme) {
        let r = area;
        f.render_widget(Clear, r);
        let name = match self.groups[self.group.min(self.groups.len() - 1)] {
            Group::Kind(f) => s::group_kind(f),
            Group::Category(c) => s::category_name(c).to_string(),
            Group::OtherKinds => s::OTHER_KINDS.to_string(),
        };
        let title = s::bank_title(&name, self.group + 1, self.groups.len(), self.rows.len());
        let [top, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(r);
        let rows: Vec<Line<'static>> = self
            .rows
            .iter()
            .filter_map(|i| lib.bank.get(*i))
            .map(|q| {
                let tag = if q.role == Role::Opener {
                    s::OPENER_TAG
                } else {
                    ""
                };
                Line::from(vec![
                    Span::styled(tag, theme.key),
                    Span::raw(q.text.clone()),
                ])
            })
            .collect();
        if rows.is_empty() {
            let block = list::block(&title, true, theme);
            f.render_widget(
                Paragraph::new(s::BANK_GROUP_EMPTY)
                    .wrap(Wrap { trim: true })
                    .block(block),
                top,
            );
        } else {
            list::render(
                f,
                top,
                list::block(&title, true, theme),
                rows,
                &self.list,
                true,
                theme,
            );
        }
        let mut lines = vec![];
        if let Some(q) = self
            .rows
            .get(self.list.selected)
            .and_then(|i| lib.bank.get(*i))
        {
            lines.push(Line::raw(q.text.clone()));
            lines.push(Line::styled(s::question_tags(q), theme.dim));
        }
        lines.push(Line::styled(s::BANK_KEYS, theme.dim));
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), bottom);
    }
}
