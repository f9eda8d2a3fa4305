//! How Explore's list is laid out and drawn: its width beside the career, each row (star,
//! title, the value of the order) and the line that sums up the filters.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::Explore;
use crate::domain::career::CareerSummary;
use crate::domain::explore::SortBy;
use crate::strings::{career as cs, explore as s};
use crate::tui::widgets::fit::{pad, widest, width as cols};
use crate::tui::widgets::side_width;

/// The widest value a row shows at its right ("fit 100", "+12.5%", "$239k").
const VALUE_COLS: usize = 7;

impl Explore {
    /// The list beside the career: as wide as its longest title and a value need, up to 40%
    /// of the window (the career's text is the reading), never narrower than 32 columns.
    pub(super) fn layout(&self, area: Rect) -> [Rect; 2] {
        let titles = widest(self.all.iter().map(|c| c.title.as_str()));
        // Borders, pointer and star; a space and the value of the order ("fit 100").
        let need = 2 + 2 + 2 + titles + 1 + VALUE_COLS;
        let least = 32.min(area.width / 2);
        Layout::horizontal([
            Constraint::Length(side_width(area.width, need, 40, least)),
            Constraint::Min(0),
        ])
        .areas(area)
    }

    /// Search box, filter line, list.
    pub(super) fn list_parts(left: Rect) -> [Rect; 3] {
        Layout::vertical([
            Constraint::Length(3),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(left)
    }

    /// The short value shown at the right of a row for the current order.
    fn sort_value(&self, c: &CareerSummary) -> Option<String> {
        match self.sort {
            SortBy::Name => None,
            SortBy::Training => Some(
                c.total_years
                    .map_or_else(|| "?".to_string(), cs::span_short),
            ),
            SortBy::Pay => Some(c.median_wage_2024.map_or_else(
                || "?".to_string(),
                |w| s::pay_short(w.usd(), c.pay_of_group),
            )),
            SortBy::Outlook => Some(
                c.growth_2024_34_pct
                    .map_or_else(|| "?".to_string(), cs::growth),
            ),
            SortBy::Fit => Some(
                self.fits
                    .get(&c.id)
                    .map_or_else(|| "?".to_string(), |f| s::fit_short(*f)),
            ),
        }
    }

    pub(super) fn row(&self, c: &CareerSummary, width: usize) -> Line<'static> {
        let star = if self.is_starred(&c.id) { "★ " } else { "  " };
        let value = self.sort_value(c).unwrap_or_default();
        let room = width.saturating_sub(2 + cols(&value) + usize::from(!value.is_empty()));
        Line::from(vec![
            Span::raw(star.to_string()),
            Span::raw(pad(&c.title, room)),
            Span::raw(if value.is_empty() {
                String::new()
            } else {
                format!(" {value}")
            }),
        ])
    }

    pub(super) fn filter_line(&self) -> String {
        if let Some(id) = &self.pick {
            return s::comparing(&self.title_of(id));
        }
        // No career fits the search well: say so above the closest ones.
        if self.weak {
            return crate::strings::search::not_in_catalog_short(
                self.query.value(),
                !self.shown.is_empty(),
            );
        }
        let f = &self.filters;
        let mut parts = Vec::new();
        if f.kind.is_some() {
            parts.push(s::kind_choice(f.kind).to_string());
        }
        if f.field.is_some() {
            parts.push(s::field_choice(f.field).to_string());
        }
        if f.under_years.is_some() {
            parts.push(s::years_choice(f.under_years));
        }
        if f.contact.is_some() {
            parts.push(s::contact_choice(f.contact).to_string());
        }
        if f.workplace.is_some() {
            parts.push(s::workplace_choice(f.workplace).to_string());
        }
        if self.sort != SortBy::Name {
            parts.push(s::sort_label(self.sort).to_string());
        }
        s::filter_summary(&parts)
    }
}
