//! The pages Results opens over its list: the student's profile, what changed since the
//! previous result, and how matching works. Each is a list of wrapped lines for a reader.

use std::collections::HashMap;

use ratatui::text::Line;

use crate::domain::assessment::{Area, Item, Profile};
use crate::domain::career::{CareerSummary, Dimension};
use crate::domain::clock::date_string;
use crate::domain::matching::{Match, biggest_moves, movements, profile_changes};
use crate::output::describe::{Bar, bar_lines};
use crate::strings::career as cs;
use crate::strings::results as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{pad_start, width as cols};
use crate::tui::widgets::sections::wrap;

fn para(out: &mut Vec<Line<'static>>, text: &str, width: usize) {
    out.extend(wrap(text, width, "", "").into_iter().map(Line::raw));
}

fn note(out: &mut Vec<Line<'static>>, text: &str, width: usize, theme: &Theme) {
    out.extend(
        wrap(text, width, "", "")
            .into_iter()
            .map(|l| Line::styled(l, theme.dim)),
    );
}

/// A line between a dimension's two ends with a marker where the student sits:
/// `calm and planned  ───────●── fast, emergencies`.
pub fn slider(left: &str, right: &str, pos: f32, width: usize, left_w: usize) -> String {
    let left_w = left_w.max(cols(left));
    let ends = left_w + cols(right) + 2;
    let room = width.saturating_sub(ends).clamp(5, 21);
    let at = ((pos.clamp(0.0, 1.0) * (room - 1) as f32).round()) as usize;
    let track: String = (0..room).map(|i| if i == at { '●' } else { '─' }).collect();
    format!("{} {track} {right}", pad_start(left, left_w))
}

pub fn profile(p: &Profile, items: &[Item], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    care(&mut out, p, items, width, theme);
    out.push(Line::styled(s::H_YOUR_INTERESTS, theme.heading));
    note(&mut out, s::YOUR_INTERESTS_NOTE, width, theme);
    out.push(Line::raw(""));
    let bars: Vec<Bar> = Area::ALL
        .iter()
        .map(|a| {
            let v = p.interests.get(a).copied();
            Bar {
                label: s::area_name(*a).to_string(),
                value: v.unwrap_or(1.0),
                min: 1.0,
                max: 5.0,
                shown: v.map_or_else(|| s::NOT_ANSWERED.to_string(), |v| format!("{v:.1}")),
            }
        })
        .collect();
    out.extend(bar_lines(&bars, width).into_iter().map(Line::raw));
    let mut ranked: Vec<(Area, f32)> = p.interests.iter().map(|(a, v)| (*a, *v)).collect();
    ranked.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    if let ([first, second, ..], Some(last)) = (ranked.as_slice(), ranked.last())
        && first.1 - last.1 > 0.01
    {
        out.push(Line::raw(""));
        let names = format!("{} and {}", s::area_name(first.0), s::area_name(second.0));
        para(&mut out, &s::top_areas(&names), width);
    }
    out.push(Line::raw(""));
    for a in Area::ALL.iter().copied() {
        out.extend(
            wrap(
                &format!("{}: {}", s::area_name(a), s::area_explained(a)),
                width,
                "• ",
                "  ",
            )
            .into_iter()
            .map(Line::raw),
        );
    }
    out.push(Line::raw(""));
    out.push(Line::styled(s::H_YOUR_STYLE, theme.heading));
    note(&mut out, s::YOUR_STYLE_NOTE, width, theme);
    let left_w = Dimension::ALL
        .iter()
        .map(|d| cols(s::dimension_ends(*d).0))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for d in Dimension::ALL {
        out.push(Line::raw(""));
        out.push(Line::styled(cs::dimension_label(d).to_string(), theme.key));
        let (left, right) = s::dimension_ends(d);
        match p.workstyle.get(&d) {
            Some(v) => out.push(Line::raw(format!(
                "  {}",
                slider(left, right, *v, width.saturating_sub(2), left_w)
            ))),
            None => out.push(Line::styled(format!("  {}", s::NOT_ANSWERED), theme.dim)),
        }
    }
    out
}

/// Part 3: the subjects picked and the limits given, in the items' own words.
fn care(out: &mut Vec<Line<'static>>, p: &Profile, items: &[Item], width: usize, theme: &Theme) {
    out.push(Line::styled(s::H_YOUR_CARE, theme.heading));
    let picked: Vec<&str> = items
        .iter()
        .filter(|i| i.subject.is_some_and(|x| p.subjects.contains(&x)))
        .map(|i| i.text.as_str())
        .collect();
    let asked = !p.subjects.is_empty() || !p.limits.is_empty();
    let limits: Vec<String> = items
        .iter()
        .filter_map(|i| {
            let l = i.limit?;
            let v = *p.limits.get(&l)?;
            let answer = i.options.get(usize::from(v).checked_sub(1)?)?;
            Some(s::limit_answer(l, answer))
        })
        .collect();
    para(out, &s::care_summary(asked, &picked, &limits), width);
    out.push(Line::raw(""));
}

/// What changed between the previous result and the latest.
pub fn changes(
    latest: (&Profile, &[Match], i64),
    previous: Option<(&Profile, &[Match], i64)>,
    careers: &[CareerSummary],
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let Some(previous) = previous else {
        para(&mut out, s::NO_PREVIOUS, width);
        return out;
    };
    let title: HashMap<&str, &str> = careers
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    let name = |id: &str| title.get(id).copied().unwrap_or("?").to_string();
    para(
        &mut out,
        &s::compared(&date_string(latest.2), &date_string(previous.2)),
        width,
    );
    let moves = movements(latest.1, previous.1);
    out.push(Line::raw(""));
    out.push(Line::styled(s::H_TOP_NOW, theme.heading));
    for m in moves.iter().take(10) {
        out.extend(
            wrap(
                &format!(
                    "{}  {}",
                    name(&m.career_id),
                    s::place_change(m.now, m.before)
                ),
                width,
                "",
                "    ",
            )
            .into_iter()
            .map(Line::raw),
        );
    }
    let (up, down) = biggest_moves(&moves, 3);
    if up.is_empty() && down.is_empty() {
        out.push(Line::raw(""));
        para(&mut out, s::NOTHING_MOVED, width);
    }
    for (heading, list) in [(s::H_MOVED_UP, &up), (s::H_MOVED_DOWN, &down)] {
        if list.is_empty() {
            continue;
        }
        out.push(Line::raw(""));
        out.push(Line::styled(heading, theme.heading));
        for m in list.iter() {
            out.push(Line::raw(format!(
                "{}  {}",
                name(&m.career_id),
                s::place_change(m.now, m.before)
            )));
        }
    }
    let ch = profile_changes(latest.0, previous.0);
    if !ch.interests.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(s::H_INTEREST_CHANGES, theme.heading));
        for (a, _) in &ch.interests {
            let now = latest.0.interests[a];
            let before = previous.0.interests[a];
            out.push(Line::raw(s::area_change(s::area_name(*a), before, now)));
        }
    }
    out
}

pub fn how(width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (heading, paras) in s::HOW {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(*heading, theme.heading));
        for p in *paras {
            para(&mut out, p, width);
            out.push(Line::raw(""));
        }
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slider_marks_the_position_between_the_ends() {
        assert_eq!(slider("a", "b", 0.0, 30, 1), "a ●──────────────────── b");
        assert_eq!(slider("a", "b", 1.0, 30, 1), "a ────────────────────● b");
        let mid = slider("calm", "fast", 0.5, 40, 4);
        assert!(mid.starts_with("calm ──────────●"), "{mid}");
        // Left ends are right-aligned so the tracks line up.
        assert!(slider("a", "b", 0.0, 30, 3).starts_with("  a ●"));
        // Never narrower than five cells.
        assert_eq!(
            slider("left end", "right end", 0.0, 10, 0).chars().count(),
            8 + 9 + 2 + 5
        );
    }
}
