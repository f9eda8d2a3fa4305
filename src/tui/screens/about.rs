//! About the data: what is in the catalog, where every figure comes from, which years, and
//! the licences. Built from the sources actually loaded, so it cannot drift from the data.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::domain::career::{CareerKind, CareerSummary, Source};
use crate::strings::{about as s, career as cs};
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::list;
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::sections::wrap as wrap2;

pub struct AboutView {
    sources: Vec<Source>,
    physicians: usize,
    others: usize,
    scroll: Scroll,
    /// The page wrapped to the last width drawn: wrapping every source's text again each
    /// frame cost more than a frame may.
    wrapped: RefCell<Option<(usize, Vec<Line<'static>>)>>,
}

fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    wrap2(text, width, indent, indent)
}

impl AboutView {
    pub fn new(all: &[CareerSummary], sources: Vec<Source>) -> AboutView {
        let physicians = all
            .iter()
            .filter(|c| c.kind == CareerKind::Physician)
            .count();
        AboutView {
            sources,
            physicians,
            others: all.len() - physicians,
            scroll: Scroll::default(),
            wrapped: RefCell::new(None),
        }
    }

    /// Returns true when the page should close.
    pub fn update(&mut self, action: &Action) -> bool {
        if self.scroll.update(action) {
            return false;
        }
        matches!(action, Action::Back | Action::About | Action::FocusLeft)
    }

    fn text(&self, width: usize, theme: &Theme) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        let para = |out: &mut Vec<Line<'static>>, t: &str| {
            out.extend(wrap(t, width, "").into_iter().map(Line::raw));
        };
        out.push(Line::styled(s::H_CATALOG, theme.heading));
        para(&mut out, &s::catalog(self.physicians, self.others));
        out.push(Line::raw(""));
        out.push(Line::styled(s::H_TABLES, theme.heading));
        for t in s::TABLES {
            out.extend(wrap2(t, width, "• ", "  ").into_iter().map(Line::raw));
        }
        out.push(Line::raw(""));
        out.push(Line::styled(s::H_LENGTHS, theme.heading));
        para(&mut out, s::LENGTHS);
        for src in &self.sources {
            out.push(Line::raw(""));
            out.extend(
                wrap(&src.label(), width, "")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.key)),
            );
            out.extend(wrap(&src.says, width, "  ").into_iter().map(Line::raw));
            out.extend(
                wrap(&src.url, width, "  ")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        out.push(Line::raw(""));
        out.push(Line::styled(s::H_WORDS, theme.heading));
        para(&mut out, s::WORDS);
        out.push(Line::raw(""));
        out.push(Line::styled(s::H_LICENCE, theme.heading));
        for a in cs::ATTRIBUTION {
            para(&mut out, a);
            out.push(Line::raw(""));
        }
        para(&mut out, s::PRIVACY);
        out
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(s::TITLE, true, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let width = usize::from(inner.width.saturating_sub(1));
        let mut wrapped = self.wrapped.borrow_mut();
        let lines = match &*wrapped {
            Some((w, lines)) if *w == width => lines,
            _ => &wrapped.insert((width, self.text(width, theme))).1,
        };
        self.scroll
            .render(f, inner, Some(area), lines.clone(), theme);
    }
}
