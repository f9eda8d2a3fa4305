//! Turns described sections (see `output::describe`) into wrapped lines for a width, so a
//! reader pane knows exactly how many lines it has to scroll.

use ratatui::text::{Line, Span};

use crate::output::describe::{Block, Section, bar_lines, timeline_lines};
use crate::tui::theme::Theme;

/// Wraps `text` to `width` columns with a first-line and a following-lines indent.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let opts = textwrap::Options::new(width.max(10))
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::wrap(text, opts)
        .into_iter()
        .map(|c| c.into_owned())
        .collect()
}

pub fn lines(sections: &[Section], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    lines_with(sections, width, theme, true)
}

/// The lines, with or without the sources' small print (`Block::Source` and the road's
/// sources). A section with nothing but sources is left out when they are.
pub fn lines_with(
    sections: &[Section],
    width: usize,
    theme: &Theme,
    sources: bool,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for sec in sections {
        if !sources && sec.blocks.iter().all(|b| matches!(b, Block::Source(_))) {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(sec.heading.to_string(), theme.heading));
        if let Some(run) = short_list(&sec.blocks, width) {
            out.extend(wrap(&run, width, "", "").into_iter().map(Line::raw));
            continue;
        }
        for b in &sec.blocks {
            match b {
                Block::Paragraph(p) => {
                    out.extend(wrap(p, width, "", "").into_iter().map(Line::raw));
                }
                Block::Bullet(p) => {
                    out.extend(wrap(p, width, "• ", "  ").into_iter().map(Line::raw));
                }
                Block::Fact(k, v) => {
                    let text = format!("{k}: {v}");
                    for (i, l) in wrap(&text, width, "", "    ").into_iter().enumerate() {
                        if i == 0 && l.starts_with(k.as_str()) && l.len() > k.len() {
                            let (a, rest) = l.split_at(k.len() + 1);
                            out.push(Line::from(vec![
                                Span::styled(a.to_string(), theme.key),
                                Span::raw(rest.to_string()),
                            ]));
                        } else {
                            out.push(Line::raw(l));
                        }
                    }
                }
                Block::Timeline(stages, total) => {
                    for (l, small) in timeline_lines(stages, total, width, sources) {
                        if small {
                            out.push(Line::styled(l, theme.dim));
                        } else {
                            out.push(Line::raw(l));
                        }
                    }
                }
                Block::Bars(bars) => {
                    out.extend(bar_columns(bars, width).into_iter().map(Line::raw));
                }
                Block::Source(_) if !sources => {}
                Block::Note(n) | Block::Source(n) => {
                    out.extend(
                        wrap(n, width, "    ", "    ")
                            .into_iter()
                            .map(|l| Line::styled(l, theme.dim)),
                    );
                }
            }
        }
    }
    out
}

/// Bars in two columns side by side when the width leaves each column room for its labels
/// and a bar of at least eight cells (a career page read at full width); one column otherwise.
pub fn bar_columns(bars: &[crate::output::describe::Bar], width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let label = bars.iter().map(|b| b.label.width()).max().unwrap_or(0);
    let value = bars.iter().map(|b| b.shown.width()).max().unwrap_or(0);
    let col = width.saturating_sub(2) / 2;
    if bars.len() < 4 || col < label + value + 3 + 8 {
        return bar_lines(bars, width);
    }
    let half = bars.len().div_ceil(2);
    let left = bar_lines(&bars[..half], col);
    let right = bar_lines(&bars[half..], col);
    left.iter()
        .enumerate()
        .map(|(i, l)| match right.get(i) {
            Some(r) => format!("{l:<col$}  {r}"),
            None => l.clone(),
        })
        .collect()
}

/// A section of short bullets (courses, workplaces, related careers) as one run of text,
/// "Biology · Chemistry · Physics", when the width is a full page's: a line each would make
/// a page a screen longer. None for a narrow pane or long items.
fn short_list(blocks: &[Block], width: usize) -> Option<String> {
    if width < 60 || blocks.len() < 2 {
        return None;
    }
    let items: Vec<&str> = blocks
        .iter()
        .map(|b| match b {
            Block::Bullet(t) => Some(t.as_str()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let total: usize = items.iter().map(|t| t.chars().count()).sum();
    (total / items.len() <= 45).then(|| items.join(" · "))
}
