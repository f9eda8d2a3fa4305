//! Practice: one question at a time with a timer, as a rehearsal of the real conversation.
//! The student can jot follow-up questions as they think of them (saved with the question).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use crate::domain::clock::Timestamp;
use crate::domain::plan::{Plan, estimate_minutes};
use crate::strings::{interview as si, interview_tui as s};
use crate::tui::action::Action;
use crate::tui::app::View;

#[derive(Debug, Default)]
pub struct Practice {
    /// The question on screen.
    pub index: usize,
    /// When the run began; None before the first Enter.
    pub started: Option<Timestamp>,
    /// When the question on screen was shown.
    pub shown_at: Timestamp,
    /// When the last question was passed; the run is over.
    pub finished: Option<Timestamp>,
}

impl Practice {
    pub fn running(&self) -> bool {
        self.started.is_some() && self.finished.is_none()
    }

    pub fn clamp(&mut self, n: usize) {
        self.index = self.index.min(n.saturating_sub(1));
    }

    pub fn update(&mut self, action: &Action, n: usize, now: Timestamp) {
        if n == 0 {
            return;
        }
        match action {
            Action::Next if self.started.is_none() || self.finished.is_some() => {
                self.restart(now);
            }
            Action::Next if self.index + 1 < n => {
                self.index += 1;
                self.shown_at = now;
            }
            Action::Next => self.finished = Some(now),
            Action::Prev if self.running() && self.index > 0 => {
                self.index -= 1;
                self.shown_at = now;
            }
            Action::Restart => self.restart(now),
            _ => {}
        }
    }

    fn restart(&mut self, now: Timestamp) {
        *self = Practice {
            index: 0,
            started: Some(now),
            shown_at: now,
            finished: None,
        };
    }

    pub fn render(&self, plan: &Plan, f: &mut Frame, area: Rect, view: &View) {
        let theme = view.theme;
        let n = plan.questions.len();
        let planned = estimate_minutes(&plan.questions);
        if n == 0 {
            f.render_widget(
                Paragraph::new(s::PRACTICE_EMPTY).wrap(Wrap { trim: true }),
                area,
            );
            return;
        }
        let Some(started) = self.started else {
            let lines: Vec<Line> = s::practice_intro(n, &si::estimate(planned))
                .into_iter()
                .map(Line::raw)
                .collect();
            f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
            return;
        };
        if let Some(end) = self.finished {
            let lines = vec![
                Line::styled(s::PRACTICE_DONE, theme.heading),
                Line::raw(""),
                Line::raw(s::practice_total(n, &clock(end - started), planned)),
                Line::raw(""),
                Line::styled(s::PRACTICE_AGAIN, theme.dim),
            ];
            f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
            return;
        }
        let q = &plan.questions[self.index.min(n - 1)];
        let now = view.now;
        let [head, gauge, _, text, _, jots, timer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(2),
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Length(1),
        ])
        .areas(area);
        f.render_widget(
            Paragraph::new(Line::styled(
                s::practice_head(self.index + 1, n, q.opener),
                theme.heading,
            )),
            head,
        );
        let ratio = (self.index + 1) as f64 / n as f64;
        f.render_widget(
            Gauge::default()
                .ratio(ratio.clamp(0.0, 1.0))
                .label("")
                .gauge_style(theme.key),
            gauge,
        );
        f.render_widget(
            Paragraph::new(Line::styled(q.text.clone(), theme.title)).wrap(Wrap { trim: true }),
            text,
        );
        let jotted = if q.followups.is_empty() {
            Line::styled(s::JOT_HINT, theme.dim)
        } else {
            Line::raw(s::jotted(&q.followups))
        };
        f.render_widget(Paragraph::new(jotted).wrap(Wrap { trim: true }), jots);
        f.render_widget(
            Paragraph::new(Line::styled(
                s::practice_timer(&clock(now - self.shown_at), &clock(now - started), planned),
                theme.key,
            )),
            timer,
        );
    }
}

/// Seconds as m:ss.
pub fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn practice_walks_the_questions_and_times_them() {
        let mut p = Practice::default();
        assert!(!p.running());
        p.update(&Action::Next, 3, 100);
        assert!(p.running());
        assert_eq!((p.index, p.shown_at), (0, 100));
        p.update(&Action::Next, 3, 130);
        p.update(&Action::Next, 3, 150);
        assert_eq!((p.index, p.shown_at), (2, 150));
        p.update(&Action::Prev, 3, 160);
        assert_eq!(p.index, 1);
        p.update(&Action::Next, 3, 170);
        p.update(&Action::Next, 3, 200);
        assert_eq!(p.finished, Some(200));
        assert!(!p.running());
        // Enter after the end starts again.
        p.update(&Action::Next, 3, 300);
        assert_eq!((p.index, p.started, p.finished), (0, Some(300), None));
        assert_eq!(clock(75), "1:15");
        assert_eq!(clock(-3), "0:00");
    }
}
