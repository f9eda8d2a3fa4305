//! Words of the shared input pieces: forms, the confirm dialog and pastes.

/// The keys line under every form.
pub const FORM_KEYS: &str = "Enter: next box · Ctrl-S: save · Esc: leave";
/// The keys line under a form whose box takes several lines.
pub const FORM_KEYS_LINES: &str = "Enter: new line · Tab: next box · Ctrl-S: save · Esc: leave";
/// Under a choice box.
pub const CHOICE_KEYS: &str = "← and →: change";
/// A paste into a box that is a choice, not text.
pub const PASTE_INTO_CHOICE: &str =
    "This box is a choice, so a paste cannot go here. Use ← and → to change it.";
/// A paste where no box has the focus.
pub const PASTE_IGNORED: &str = "The paste was not used: there is no text box to put it in here. Open a box first (for example n for a note).";

/// Leaving a form with typed text.
pub const DISCARD_TITLE: &str = "Leave without saving?";
pub fn discard_text(title: &str) -> String {
    format!("What you typed in \"{}\" has not been saved.", title.trim())
}
pub const KEEP_EDITING: &str = "Keep editing";
pub const LEAVE: &str = "Leave, do not save";

/// The two choices of a dialog that deletes.
pub const KEEP: &str = "Keep it";
pub const DELETE: &str = "Delete";
pub const REMOVE: &str = "Remove";
/// How to answer a dialog.
pub const CONFIRM_KEYS: &str = "← →: choose · Enter: do it · Esc: keep";

/// The help overlay's title line when it scrolls.
pub const HELP_MORE: &str = "↑ ↓ scroll";
