//! What is drawn instead of the screens when the window is smaller than the layout needs.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings::tui as s;
use crate::tui::theme::Theme;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

pub fn is_too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn render(f: &mut Frame, area: Rect, theme: &Theme) {
    let text = s::too_small(area.width, area.height, MIN_WIDTH, MIN_HEIGHT);
    f.render_widget(
        Paragraph::new(text)
            .style(theme.base)
            .wrap(Wrap { trim: true }),
        area,
    );
}
