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
    let mut out = Vec::new();
    for sec in sections {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(sec.heading.to_string(), theme.heading));
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
                    for (l, small) in timeline_lines(stages, total, width) {
                        if small {
                            out.push(Line::styled(l, theme.dim));
                        } else {
                            out.push(Line::raw(l));
                        }
                    }
                }
                Block::Bars(bars) => {
                    out.extend(bar_lines(bars, width).into_iter().map(Line::raw));
                }
                Block::Note(n) => {
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
