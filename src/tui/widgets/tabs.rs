//! The bar of areas across the top, which also answers which tab a click landed on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::Area;
use crate::tui::theme::Theme;

/// Each tab's label and the columns it covers.
pub fn layout(width: u16) -> Vec<(Area, String, u16, u16)> {
    let try_with = |short: bool, pad: usize| {
        let mut x = 0u16;
        let mut out = Vec::new();
        for (n, a) in Area::ALL.iter().enumerate() {
            let name = if short {
                a.short_title()
            } else {
                a.tab_title()
            };
            let label = format!("{:pad$}{} {}{:pad$}", "", n + 1, name, "");
            let w = label.width() as u16;
            out.push((*a, label, x, x + w));
            x += w;
        }
        (x, out)
    };
    for (short, pad) in [(false, 1), (true, 1), (true, 0)] {
        let (total, tabs) = try_with(short, pad);
        if total <= width {
            return tabs;
        }
    }
    try_with(true, 0).1
}

pub fn render(f: &mut Frame, area: Rect, current: Area, theme: &Theme) {
    let spans: Vec<Span> = layout(area.width)
        .into_iter()
        .map(|(a, label, _, _)| {
            if a == current {
                Span::styled(label, theme.tab_selected)
            } else {
                Span::styled(label, theme.tab)
            }
        })
        .collect();
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The area whose tab is at `column`, if the click was on the tab bar.
pub fn hit(area: Rect, column: u16, row: u16) -> Option<Area> {
    if row != area.y {
        return None;
    }
    let x = column.checked_sub(area.x)?;
    layout(area.width)
        .into_iter()
        .find(|(_, _, a, b)| x >= *a && x < *b)
        .map(|(a, ..)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_fit_at_80_and_60_columns() {
        for w in [60u16, 80, 200] {
            let tabs = layout(w);
            assert_eq!(tabs.len(), Area::ALL.len());
            assert!(tabs.last().unwrap().3 <= w, "width {w}");
        }
    }

    #[test]
    fn clicks_find_their_tab() {
        let r = Rect::new(0, 0, 80, 1);
        let tabs = layout(80);
        for (a, _, x0, _) in tabs {
            assert_eq!(hit(r, x0, 0), Some(a));
        }
        assert_eq!(hit(r, 1, 3), None);
    }
}
