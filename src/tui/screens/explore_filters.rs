//! The Explore filter panel: one row per filter, ←/→ changes its value, and the list behind
//! updates as you go.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::domain::career::{CareerKind, Contact, Field, Workplace};
use crate::domain::explore::{Filters, SortBy, YEAR_LIMITS, fields_of};
use crate::strings::explore as s;
use crate::tui::theme::{Theme, pointer};
use crate::tui::widgets::fit::pad;
use crate::tui::widgets::{centered, list};

/// The rows of the panel, top to bottom.
pub const ROWS: usize = 6;

/// Steps `cur` through `options` (None = any, then each option), forward or back.
fn step<T: Copy + PartialEq>(cur: Option<T>, options: &[T], forward: bool) -> Option<T> {
    let n = options.len() + 1;
    let i = match cur {
        None => 0,
        Some(v) => options.iter().position(|o| *o == v).map_or(0, |p| p + 1),
    };
    let j = if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    };
    if j == 0 { None } else { Some(options[j - 1]) }
}

/// The areas offered: those of the chosen kind, or all.
fn field_options(kind: Option<CareerKind>) -> Vec<Field> {
    match kind {
        Some(k) => fields_of(k).to_vec(),
        None => Field::ALL.to_vec(),
    }
}

/// Changes row `row` of the panel one step.
pub fn change(row: usize, filters: &mut Filters, sort: &mut SortBy, forward: bool) {
    match row {
        0 => {
            filters.kind = step(
                filters.kind,
                &[CareerKind::Physician, CareerKind::HealthCareer],
                forward,
            );
            // An area that the new kind does not have would hide everything.
            if let (Some(f), Some(k)) = (filters.field, filters.kind)
                && !fields_of(k).contains(&f)
            {
                filters.field = None;
            }
        }
        1 => filters.field = step(filters.field, &field_options(filters.kind), forward),
        2 => filters.under_years = step(filters.under_years, &YEAR_LIMITS, forward),
        3 => {
            filters.contact = step(
                filters.contact,
                &[Contact::Lots, Contact::Some, Contact::None],
                forward,
            );
        }
        4 => filters.workplace = step(filters.workplace, &Workplace::ALL, forward),
        _ => {
            let i = SortBy::ALL.iter().position(|x| x == sort).unwrap_or(0);
            let n = SortBy::ALL.len();
            *sort = SortBy::ALL[if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }];
        }
    }
}

/// (label, value) for each row.
pub fn rows(filters: &Filters, sort: SortBy) -> [(&'static str, String); ROWS] {
    [
        (s::F_KIND, s::kind_choice(filters.kind).to_string()),
        (s::F_AREA, s::field_choice(filters.field).to_string()),
        (s::F_YEARS, s::years_choice(filters.under_years)),
        (s::F_CONTACT, s::contact_choice(filters.contact).to_string()),
        (
            s::F_WORKPLACE,
            s::workplace_choice(filters.workplace).to_string(),
        ),
        (s::F_SORT, s::sort_label(sort).to_string()),
    ]
}

pub fn render(
    f: &mut Frame,
    area: Rect,
    row: usize,
    filters: &Filters,
    sort: SortBy,
    matching: usize,
    theme: &Theme,
) {
    let r = centered(area, 58, (ROWS + 6) as u16);
    f.render_widget(Clear, r);
    let block = list::block(s::FILTERS_TITLE, true, theme);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let mut lines = Vec::new();
    for (i, (label, value)) in rows(filters, sort).into_iter().enumerate() {
        let chosen = i == row;
        let style = if chosen { theme.selected } else { theme.base };
        let pointer = pointer(chosen);
        lines.push(
            Line::from(vec![
                Span::styled(pointer, style),
                Span::styled(pad(label, 20), style),
                Span::styled(format!("‹ {value} ›"), style),
            ])
            .style(style),
        );
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::matching(matching), theme.good));
    lines.push(Line::styled(s::FILTERS_HELP, theme.dim));
    f.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cycle_through_any() {
        let mut f = Filters::default();
        let mut sort = SortBy::Name;
        change(0, &mut f, &mut sort, true);
        assert_eq!(f.kind, Some(CareerKind::Physician));
        change(0, &mut f, &mut sort, true);
        assert_eq!(f.kind, Some(CareerKind::HealthCareer));
        change(0, &mut f, &mut sort, true);
        assert_eq!(f.kind, None);
        change(0, &mut f, &mut sort, false);
        assert_eq!(f.kind, Some(CareerKind::HealthCareer));
        change(2, &mut f, &mut sort, true);
        assert_eq!(f.under_years, Some(YEAR_LIMITS[0]));
        change(5, &mut f, &mut sort, true);
        assert_eq!(sort, SortBy::Training);
    }

    #[test]
    fn changing_kind_drops_an_area_it_does_not_have() {
        let mut f = Filters {
            field: Some(Field::Surgical),
            ..Filters::default()
        };
        let mut sort = SortBy::Name;
        change(0, &mut f, &mut sort, true);
        assert_eq!(f.field, Some(Field::Surgical));
        change(0, &mut f, &mut sort, true);
        assert_eq!(f.field, None);
    }
}
