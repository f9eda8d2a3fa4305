//! Paying for it: what training costs and how people pay (aid, paid training, short roads,
//! service programs, tuition-free medical schools, fee help, the new loan limits). Opened with
//! `$` from a career's page or from Home; drawn over Explore like About the data. The text is
//! `output::paying`, the same page `medpath careers paying` prints.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::domain::costs::CostRow;
use crate::output::describe::Section;
use crate::strings::paying as s;
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::list;
use crate::tui::widgets::scroll::Scroll;
use crate::tui::widgets::sections;

pub struct PayingView {
    sections: Vec<Section>,
    scroll: Scroll,
    /// True when it was opened from another area (Home): closing goes back there.
    pub from_elsewhere: bool,
    /// The page wrapped to the last width drawn.
    wrapped: RefCell<Option<(usize, Vec<Line<'static>>)>>,
}

impl PayingView {
    pub fn new(rows: &[CostRow], from_elsewhere: bool) -> PayingView {
        PayingView {
            sections: crate::output::paying::page(rows).sections,
            scroll: Scroll::default(),
            from_elsewhere,
            wrapped: RefCell::new(None),
        }
    }

    /// Returns true when the page should close.
    pub fn update(&mut self, action: &Action) -> bool {
        if self.scroll.update(action) {
            return false;
        }
        matches!(action, Action::Back | Action::Paying | Action::FocusLeft)
    }

    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(s::TITLE, true, theme);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let width = usize::from(inner.width.saturating_sub(1));
        let mut wrapped = self.wrapped.borrow_mut();
        let lines = match &*wrapped {
            Some((w, lines)) if *w == width => lines,
            _ => {
                &wrapped
                    .insert((width, sections::lines(&self.sections, width, theme)))
                    .1
            }
        };
        self.scroll
            .render(f, inner, Some(area), lines.clone(), theme);
    }
}
