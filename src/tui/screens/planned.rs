//! The areas whose features are not built yet. Each says plainly what it will do and what to
//! use meanwhile; nothing here pretends to work.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings::planned as s;
use crate::tui::Area;
use crate::tui::app::View;
use crate::tui::widgets::list;

pub fn render(f: &mut Frame, area: Rect, which: Area, view: &View) {
    let theme = view.theme;
    let (intro, will): (&str, &[&str]) = match which {
        Area::Plan => (s::PLAN_INTRO, s::PLAN_WILL),
        Area::Counselor => (s::COUNSELOR_INTRO, s::COUNSELOR_WILL),
        Area::Home | Area::Explore | Area::Assessment | Area::Results | Area::Interview => {
            ("", &[])
        }
    };
    let mut lines = vec![Line::raw(intro), Line::raw("")];
    lines.push(Line::styled(s::NOT_YET, theme.heading));
    lines.push(Line::raw(s::NOT_YET_BODY));
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::WILL, theme.key));
    for w in will {
        lines.push(Line::raw(format!("• {w}")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::MEANWHILE, theme.dim));
    let block = list::block(which.title(), true, theme);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
