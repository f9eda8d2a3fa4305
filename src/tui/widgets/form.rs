//! The one form: typed fields named by the screen's own field enum, one-line boxes, boxes of
//! several lines (ratatui-textarea) and choices, an error that names its field, and the same
//! keys everywhere. Enter moves to the next box and saves from the last; Ctrl-S saves from
//! any box; Esc leaves, and asks first when something was typed. A paste goes whole into the
//! box with the focus. While a form is open it takes every key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui_textarea::{TextArea, WrapMode};
use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::confirm::{Choice, Confirm};
use super::fit::{fit, pad};
use super::sections::wrap;
use super::{list, text};
use crate::strings::input as s;
use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::theme::{Theme, pointer};

/// What a field holds.
#[derive(Debug)]
enum Value {
    Line(Input),
    /// Several lines, shown in a box of this many rows.
    Lines(Box<TextArea<'static>>, u16),
    /// One of a fixed list of labels.
    Choice(&'static [&'static str], usize),
}

#[derive(Debug)]
struct Field<F> {
    id: F,
    label: &'static str,
    hint: &'static str,
    value: Value,
    /// A line under the field (what a search in it found).
    note: Option<String>,
}

impl<F> Field<F> {
    fn text(&self) -> String {
        match &self.value {
            Value::Line(i) => i.value().to_string(),
            Value::Lines(t, _) => t.lines().join("\n"),
            Value::Choice(_, at) => at.to_string(),
        }
    }
}

/// What the screen should do after the form took an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing for the screen (the form took the key).
    None,
    /// The person asked to save: check the values and save, or `fail` a field.
    Submit,
    /// Leave the form (nothing was typed, or the person chose to leave).
    Cancel,
}

#[derive(Debug)]
pub struct Form<F> {
    pub title: String,
    intro: String,
    fields: Vec<Field<F>>,
    focus: usize,
    error: Option<(F, String)>,
    /// The values when the form was opened: leaving with others asks first.
    opened: Vec<String>,
    discard: Option<Confirm>,
}

fn text_area(value: &str) -> TextArea<'static> {
    let mut t = TextArea::new(value.split('\n').map(str::to_string).collect());
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.set_cursor_line_style(Style::default());
    t.move_cursor(ratatui_textarea::CursorMove::Bottom);
    t.move_cursor(ratatui_textarea::CursorMove::End);
    t
}

impl<F: Copy + Eq> Form<F> {
    pub fn new(title: impl Into<String>, intro: impl Into<String>) -> Form<F> {
        Form {
            title: title.into(),
            intro: intro.into(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            opened: Vec::new(),
            discard: None,
        }
    }

    fn push(mut self, id: F, label: &'static str, hint: &'static str, value: Value) -> Self {
        let field = Field {
            id,
            label,
            hint,
            value,
            note: None,
        };
        self.opened.push(field.text());
        self.fields.push(field);
        self
    }

    /// A one-line box.
    pub fn line(self, id: F, label: &'static str, hint: &'static str, value: &str) -> Self {
        self.push(id, label, hint, Value::Line(Input::new(value.to_string())))
    }

    /// A box of several lines, `rows` tall.
    pub fn lines(
        self,
        id: F,
        label: &'static str,
        hint: &'static str,
        value: &str,
        rows: u16,
    ) -> Self {
        self.push(
            id,
            label,
            hint,
            Value::Lines(Box::new(text_area(value)), rows.max(1)),
        )
    }

    /// A choice among `options`, changed with ← and →.
    pub fn choice(
        self,
        id: F,
        label: &'static str,
        hint: &'static str,
        options: &'static [&'static str],
        at: usize,
    ) -> Self {
        let at = at.min(options.len().saturating_sub(1));
        self.push(id, label, hint, Value::Choice(options, at))
    }

    fn index(&self, id: F) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }

    /// Puts the focus on a field.
    pub fn focus_on(mut self, id: F) -> Self {
        if let Some(i) = self.index(id) {
            self.focus = i;
        }
        self
    }

    /// The field with the focus.
    pub fn focused(&self) -> Option<F> {
        self.fields.get(self.focus).map(|f| f.id)
    }

    /// What a text field holds (lines joined with `\n`); empty for a choice.
    pub fn value(&self, id: F) -> String {
        match self.index(id).map(|i| &self.fields[i].value) {
            Some(Value::Line(i)) => i.value().to_string(),
            Some(Value::Lines(t, _)) => t.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// Which option a choice field holds.
    pub fn choice_of(&self, id: F) -> usize {
        match self.index(id).map(|i| &self.fields[i].value) {
            Some(Value::Choice(_, at)) => *at,
            _ => 0,
        }
    }

    /// Sets the line shown under a field (None for none).
    pub fn set_note(&mut self, id: F, note: Option<String>) {
        if let Some(i) = self.index(id) {
            self.fields[i].note = note;
        }
    }

    /// Says what is wrong with a field, and puts the focus there.
    pub fn fail(&mut self, id: F, why: impl Into<String>) {
        if let Some(i) = self.index(id) {
            self.focus = i;
        }
        self.error = Some((id, why.into()));
    }

    pub fn error(&self) -> Option<&(F, String)> {
        self.error.as_ref()
    }

    /// True when a value differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.opened)
            .any(|(f, o)| f.text() != *o)
    }

    /// True while the "leave without saving?" question is open with "Leave" chosen.
    pub fn armed(&self) -> bool {
        self.discard.as_ref().is_some_and(Confirm::armed)
    }

    /// The keymap contexts of the form now.
    pub fn contexts(&self) -> &'static [Context] {
        if self.discard.is_some() {
            &[Context::Confirm]
        } else if matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Lines(..))
        ) {
            &[Context::FormLines]
        } else {
            &[Context::Form]
        }
    }

    fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
    }

    pub fn update(&mut self, action: &Action) -> Step {
        if let Some(q) = &mut self.discard {
            match q.update(action) {
                Choice::Open => {}
                Choice::Keep => self.discard = None,
                Choice::Act => return Step::Cancel,
            }
            return Step::None;
        }
        let last = self.focus + 1 >= self.fields.len();
        let changed = self.changed();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return Step::Cancel;
        };
        match (action, &mut field.value) {
            (Action::Back, _) if changed => {
                self.discard = Some(Confirm::new(
                    s::DISCARD_TITLE,
                    s::discard_text(&self.title),
                    s::KEEP_EDITING,
                    s::LEAVE,
                ));
            }
            (Action::Back, _) => return Step::Cancel,
            (Action::Save, _) => return Step::Submit,
            (Action::Select, _) if last => return Step::Submit,
            (Action::Select | Action::NextField, _) => self.next(),
            (Action::PrevField, _) => {
                self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
            }
            (Action::Paste(_), Value::Choice(..)) => {
                self.error = Some((field.id, s::PASTE_INTO_CHOICE.to_string()));
            }
            (Action::Text(key), Value::Choice(options, at)) => {
                use crossterm::event::KeyCode;
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Left => *at = (*at + n - 1) % n,
                    KeyCode::Right | KeyCode::Char(' ') => *at = (*at + 1) % n,
                    _ => {}
                }
            }
            (Action::Text(key), Value::Lines(t, _)) => {
                t.input(*key);
                self.error = None;
            }
            (Action::Paste(p), Value::Lines(t, _)) => {
                t.insert_str(text::lines(p));
                self.error = None;
            }
            (a, Value::Line(input)) => {
                let edited = text::edit(input, a);
                if edited {
                    self.error = None;
                }
            }
            _ => {}
        }
        Step::None
    }

    /// A window for the form inside `area`: as wide as there is room for (up to 76
    /// columns), as tall as the fields need.
    pub fn window(&self, area: Rect) -> Rect {
        let w = area.width.saturating_sub(4).clamp(1, 76);
        let rows: u16 = self
            .fields
            .iter()
            .map(|f| {
                let rows = match &f.value {
                    Value::Lines(_, r) => *r,
                    _ => 1,
                };
                rows + u16::from(f.note.is_some())
            })
            .sum();
        let inner_w = usize::from(w.saturating_sub(2)).max(1);
        let intro = match self.intro.is_empty() {
            true => 0,
            false => wrap(&self.intro, inner_w, "", "").len() + 1,
        };
        let error = self.error.as_ref().map_or(0, |(_, why)| {
            wrap(why, inner_w.saturating_sub(12).max(1), "", "").len()
        });
        let hint = self
            .fields
            .iter()
            .map(|f| wrap(f.hint, inner_w, "", "").len())
            .max()
            .unwrap_or(0);
        // Borders, a blank line, the hint and the keys.
        let h = rows + (intro + error + hint) as u16 + 4;
        super::centered(area, w, h)
    }

    /// Draws the form in `area` (see `window`): the intro, a row per field (a box of rows for
    /// several lines), the reason under a wrong field, the focused field's hint and the keys.
    pub fn render(&self, f: &mut Frame, area: Rect, theme: &Theme) {
        let block = list::block(&self.title, true, theme);
        let inner = block.inner(area);
        f.render_widget(Clear, area);
        f.render_widget(block, area);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let label_w = self
            .fields
            .iter()
            .map(|f| f.label.width())
            .max()
            .unwrap_or(0)
            + 2;
        let room = width.saturating_sub(2 + label_w).max(1);
        let mut lines: Vec<Line> = Vec::new();
        if !self.intro.is_empty() {
            lines.extend(
                wrap(&self.intro, width, "", "")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
            lines.push(Line::raw(""));
        }
        let mut cursor = None;
        // Boxes of several lines: (line where it starts, rows, field).
        let mut boxes = Vec::new();
        let mut focus_rows = (0, 0);
        for (i, field) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let wrong = self.error.as_ref().filter(|(at, _)| *at == field.id);
            let top = lines.len();
            let style = theme.input(focused);
            let shown = match &field.value {
                Value::Choice(options, at) => {
                    format!("◀ {} ▶", options.get(*at).copied().unwrap_or(""))
                }
                Value::Line(input) => {
                    let scroll = input.visual_scroll(room);
                    if focused {
                        let x = 2 + label_w + input.visual_cursor().saturating_sub(scroll);
                        cursor = Some((x.min(usize::from(u16::MAX)) as u16, top));
                    }
                    input.value().chars().skip(scroll).collect()
                }
                Value::Lines(_, rows) => {
                    boxes.push((top, *rows, i));
                    String::new()
                }
            };
            let label = Span::styled(
                pad(field.label, label_w),
                if wrong.is_some() {
                    theme.error
                } else {
                    theme.heading
                },
            );
            let pointer = Span::styled(pointer(focused), theme.key);
            lines.push(Line::from(vec![pointer, label, Span::styled(shown, style)]));
            if let Value::Lines(_, rows) = &field.value {
                for _ in 1..*rows {
                    lines.push(Line::raw(""));
                }
            }
            if let Some(note) = &field.note {
                // One line, cut to fit, so the rows below stay where the cursor expects them.
                let shown = fit(note, room);
                let pad = " ".repeat(2 + label_w);
                lines.push(Line::styled(format!("{pad}{shown}"), theme.dim));
            }
            if let Some((_, why)) = wrong {
                let pad = " ".repeat(2 + label_w);
                for l in wrap(why, width, &format!("{pad}↑ "), &format!("{pad}  ")) {
                    lines.push(Line::styled(l, theme.error));
                }
            }
            if focused {
                focus_rows = (top, lines.len());
            }
        }
        lines.push(Line::raw(""));
        if let Some(field) = self.fields.get(self.focus) {
            for l in wrap(field.hint, width, "", "") {
                lines.push(Line::styled(l, theme.dim));
            }
        }
        let keys = match self.contexts() {
            [Context::FormLines] => s::FORM_KEYS_LINES,
            _ => s::FORM_KEYS,
        };
        for l in wrap(keys, width, "", "") {
            lines.push(Line::styled(l, theme.key));
        }
        // Scroll so the focused field is in view when the window is short.
        let height = usize::from(inner.height);
        let skip = focus_rows.1.saturating_sub(height).min(focus_rows.0);
        f.render_widget(Paragraph::new(lines).scroll((skip as u16, 0)), inner);
        for (top, rows, i) in boxes {
            let Value::Lines(t, _) = &self.fields[i].value else {
                continue;
            };
            let Some(y) = top.checked_sub(skip) else {
                continue;
            };
            if y >= height {
                continue;
            }
            let x = (2 + label_w).min(width);
            let r = Rect {
                x: inner.x + x as u16,
                y: inner.y + y as u16,
                width: (width - x) as u16,
                height: (usize::from(rows)).min(height - y) as u16,
            };
            let mut t = (**t).clone();
            let focused = i == self.focus;
            t.set_style(theme.input(focused));
            t.set_cursor_style(theme.cursor(focused));
            f.render_widget(&t, r);
        }
        if let Some((x, y)) = cursor
            && let Some(y) = y.checked_sub(skip)
            && x < inner.width
            && y < height
        {
            f.set_cursor_position((inner.x + x, inner.y + y as u16));
        }
        if let Some(q) = &self.discard {
            q.render(f, area, theme);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum F {
        Name,
        Kind,
        Notes,
    }

    fn form() -> Form<F> {
        Form::new("Test", "")
            .line(F::Name, "Name", "", "")
            .choice(F::Kind, "Kind", "", &["a", "b", "c"], 0)
            .lines(F::Notes, "Notes", "", "", 3)
    }

    fn key(c: KeyCode) -> Action {
        Action::Text(KeyEvent::new(c, KeyModifiers::NONE))
    }

    #[test]
    fn enter_moves_on_and_saves_from_the_last_field() {
        let mut f = form();
        assert_eq!(f.update(&Action::Select), Step::None);
        assert_eq!(f.focused(), Some(F::Kind));
        f.update(&key(KeyCode::Right));
        assert_eq!(f.choice_of(F::Kind), 1);
        assert_eq!(f.update(&Action::Select), Step::None);
        assert_eq!(f.focused(), Some(F::Notes));
        assert_eq!(f.update(&Action::Select), Step::Submit);
        f.update(&Action::PrevField);
        assert_eq!(f.update(&Action::Save), Step::Submit);
    }

    #[test]
    fn pastes_go_whole_into_the_focused_field() {
        let mut f = form();
        f.update(&Action::Paste("Ana\nby 5\ny".into()));
        assert_eq!(f.value(F::Name), "Ana by 5 y");
        f.update(&Action::NextField);
        f.update(&Action::Paste("x".into()));
        assert_eq!(f.choice_of(F::Kind), 0);
        assert!(f.error().is_some());
        f.update(&Action::NextField);
        f.update(&Action::Paste("one\r\ntwo\nd y q".into()));
        assert_eq!(f.value(F::Notes), "one\ntwo\nd y q");
        assert_eq!(f.contexts(), &[Context::FormLines]);
    }

    #[test]
    fn leaving_with_typed_text_asks_first() {
        let mut f = form();
        assert_eq!(f.update(&Action::Back), Step::Cancel);
        f.update(&Action::Paste("x".into()));
        assert_eq!(f.update(&Action::Back), Step::None);
        assert_eq!(f.contexts(), &[Context::Confirm]);
        // Enter keeps editing; nothing typed is lost.
        assert_eq!(f.update(&Action::Select), Step::None);
        assert_eq!(f.value(F::Name), "x");
        f.update(&Action::Back);
        f.update(&Action::Next);
        assert!(f.armed());
        assert_eq!(f.update(&Action::Select), Step::Cancel);
    }
}
