//! Pieces drawn by more than one screen.

pub mod confirm;
pub mod fit;
pub mod footer;
pub mod form;
pub mod help;
pub mod list;
pub mod prompt;
pub mod scroll;
pub mod sections;
pub mod tabs;
pub mod text;
pub mod too_small;

use ratatui::layout::Rect;

/// A rectangle of `w` x `h` centred in `area`, clipped to it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The width of a list beside a detail pane: what its rows `need`, but at most `percent` of
/// `total`, and never less than `least` (nor more than `total`).
pub fn side_width(total: u16, need: usize, percent: u16, least: u16) -> u16 {
    let need = u16::try_from(need).unwrap_or(u16::MAX);
    let share = u16::try_from(u32::from(total) * u32::from(percent) / 100).unwrap_or(total);
    need.min(share).max(least).min(total)
}

/// True when the point lies inside `r`.
pub fn contains(r: Rect, column: u16, row: u16) -> bool {
    column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
}

/// A titled box with a short text in it (what to do first, when a screen cannot show more).
pub fn message(
    f: &mut ratatui::Frame,
    area: Rect,
    title: &str,
    text: &str,
    theme: &crate::tui::theme::Theme,
) {
    let p = ratatui::widgets::Paragraph::new(text.to_string())
        .wrap(ratatui::widgets::Wrap { trim: true })
        .block(list::block(title, true, theme));
    f.render_widget(p, area);
}

/// Draws a titled box for reading and returns the room inside it: a space each side, and
/// at most 90 columns so lines stay easy to read on a wide window.
pub fn reading_box(
    f: &mut ratatui::Frame,
    area: Rect,
    title: &str,
    theme: &crate::tui::theme::Theme,
) -> Rect {
    let block = list::block(title, true, theme);
    let inner = block.inner(area);
    f.render_widget(block, area);
    Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2).min(90),
        ..inner
    }
}

#[cfg(test)]
mod tests {
    use super::side_width;

    #[test]
    fn a_side_list_takes_what_it_needs_up_to_its_share() {
        // 80 columns: the share (32) and the floor win over a need of 49.
        assert_eq!(side_width(80, 49, 40, 32), 32);
        assert_eq!(side_width(80, 49, 45, 32), 36);
        // Wide windows: exactly the need.
        assert_eq!(side_width(160, 49, 40, 32), 49);
        assert_eq!(side_width(200, 49, 45, 32), 49);
        // A short need keeps the floor; the floor never passes the window.
        assert_eq!(side_width(200, 10, 45, 32), 32);
        assert_eq!(side_width(20, 49, 45, 32), 20);
        assert_eq!(side_width(0, 49, 45, 32), 0);
    }
}
