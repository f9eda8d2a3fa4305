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

/// True when the point lies inside `r`.
pub fn contains(r: Rect, column: u16, row: u16) -> bool {
    column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
}
