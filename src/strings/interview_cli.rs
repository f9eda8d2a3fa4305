//! Help and output text for `medpath interview`.

pub const INTERVIEW_ABOUT: &str = "Interview and shadowing plans: list them, print a sheet";
pub const LIST_ABOUT: &str = "List a student's interview plans, most recently changed first";
pub const SHEET_ABOUT: &str =
    "Print a plan's sheet: questions with room for notes before, the full record after";
pub const SHEET_LONG_ABOUT: &str = "Print a plan's sheet. Before the interview it is a clean \
question sheet with room for notes, the checklist and the privacy rules; once answers or a \
reflection are written it is the full record with a thank-you draft. The HTML prints well on paper.";
pub const PLAN_HELP: &str =
    "The plan's number (see `medpath interview list`); default: the one changed most recently";
pub const FORMAT_HELP: &str = "md (Markdown), txt (plain text) or html (for printing)";
pub const OUTPUT_HELP: &str = "Write to this file instead of the screen";
pub const NO_DATE: &str = "no date  ";

pub fn bad_format(f: &str) -> String {
    let shown = crate::strings::visible::visible_max(f, 20);
    format!("\"{shown}\" is not a sheet format. Use md, txt or html.")
}

pub fn no_plans(name: &str) -> String {
    format!(
        "{name} has no interview plans yet. Make one in the program: open medpath and go to Interview (press 5)."
    )
}

pub fn progress(questions: usize, answered: usize, reflected: bool) -> String {
    let mut t = format!("{questions} questions");
    if answered > 0 {
        t.push_str(&format!(", {answered} answered"));
    }
    if reflected {
        t.push_str(", reflected");
    }
    t
}

pub fn wrote(path: &str) -> String {
    format!("Wrote the sheet to {path}")
}

pub fn cannot_write(path: &str) -> String {
    format!("writing {path} (check the folder exists and you may write there)")
}
