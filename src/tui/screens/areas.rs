//! Browse by kind of career: doctors' areas and, as equals, the other health careers
//! (nursing, therapy, research, public health, running health care...). Choosing a row
//! filters the Explore list to it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::career::{CareerKind, CareerSummary, Field};
use crate::domain::explore::fields_of;
use crate::strings::{areas as s, career as cs};
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::list;

/// One row: a whole kind, or one area within a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub kind: CareerKind,
    pub field: Option<Field>,
}

/// Other health careers first: the paths students overlook are not an afterthought.
pub fn choices() -> Vec<Choice> {
    let mut out = Vec::new();
    for kind in [CareerKind::HealthCareer, CareerKind::Physician] {
        out.push(Choice { kind, field: None });
        for f in fields_of(kind) {
            out.push(Choice {
                kind,
                field: Some(*f),
            });
        }
    }
    out
}

fn count(all: &[CareerSummary], c: Choice) -> usize {
    all.iter()
        .filter(|x| x.kind == c.kind && c.field.is_none_or(|f| x.field == f))
        .count()
}

#[derive(Debug, Default)]
pub struct AreasView {
    pub list: list::ListState,
}

pub enum Outcome {
    None,
    Close,
    Choose(Choice),
}

impl AreasView {
    pub fn update(&mut self, action: &Action) -> Outcome {
        let len = choices().len();
        match action {
            Action::Back | Action::Areas => return Outcome::Close,
            _ if self.list.navigate(action, len, 10) => {}
            Action::Select => {
                if let Some(c) = choices().get(self.list.selected) {
                    return Outcome::Choose(*c);
                }
            }
            _ => {}
        }
        Outcome::None
    }

    pub fn render(&self, f: &mut Frame, area: Rect, all: &[CareerSummary], theme: &Theme) {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)])
                .areas(area);
        let choices = choices();
        let rows: Vec<Line<'static>> = choices
            .iter()
            .map(|c| {
                let n = count(all, *c);
                match c.field {
                    None => Line::styled(s::kind_row(c.kind, n), theme.heading),
                    Some(f) => Line::raw(s::field_row(cs::field_label(f), n)),
                }
            })
            .collect();
        list::render(
            f,
            left,
            list::block(s::TITLE, true, theme),
            rows,
            &self.list,
            true,
            theme,
        );
        let Some(c) = choices.get(self.list.selected) else {
            return;
        };
        let (heading, text) = match c.field {
            None => (s::kind_heading(c.kind), s::kind_text(c.kind)),
            Some(f) => (cs::field_label(f), s::field_text(c.kind, f)),
        };
        let examples: Vec<String> = all
            .iter()
            .filter(|x| x.kind == c.kind && c.field.is_none_or(|f| x.field == f))
            .take(8)
            .map(|x| format!("• {}", x.title))
            .collect();
        let mut lines = vec![
            Line::styled(heading.to_string(), theme.heading),
            Line::raw(""),
            Line::raw(text.to_string()),
            Line::raw(""),
            Line::styled(s::EXAMPLES, theme.heading),
        ];
        lines.extend(examples.into_iter().map(Line::raw));
        lines.push(Line::raw(""));
        lines.push(Line::styled(s::ENTER_HINT, theme.dim));
        f.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(list::block(s::ABOUT_TITLE, false, theme)),
            right,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_health_careers_come_first_and_every_field_is_offered() {
        let c = choices();
        assert_eq!(c[0].kind, CareerKind::HealthCareer);
        for f in Field::ALL {
            assert!(c.iter().any(|x| x.field == Some(f)), "{f:?}");
        }
    }
}
