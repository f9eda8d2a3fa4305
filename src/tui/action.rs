//! Everything a person can ask the full-screen program to do. Keys and mouse events are turned
//! into one of these by the keymap; screens only ever see actions.

use crossterm::event::KeyEvent;

use super::Area;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Go back one level (close a form, leave a detail view, return Home); quits from Home.
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Open or choose the selected thing (Enter).
    Select,
    /// Move to the next / previous area tab.
    NextArea,
    PrevArea,
    GoTo(Area),
    ToggleHelp,
    /// Start typing a search.
    Search,
    /// Start a new student profile.
    NewProfile,
    /// Next / previous field in a form.
    NextField,
    PrevField,
    /// Move focus between the list and the detail pane.
    FocusRight,
    FocusLeft,
    /// A key typed into a text field.
    Text(KeyEvent),
    /// Text pasted (bracketed paste): for the focused text field only, never commands.
    Paste(String),
    /// Save the open form, from any field (Ctrl-S).
    Save,
    /// A left click at a column and row.
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    /// Star or unstar a career (the shortlist).
    Star,
    /// Write a note on a shortlisted career.
    Note,
    /// Pick a career to compare, or compare with the one picked.
    Compare,
    /// Show or hide the sources' small print on a career's page.
    Sources,
    /// Open the filter panel.
    Filters,
    /// Change how the list is sorted.
    Sort,
    /// Clear every filter and the search.
    ClearFilters,
    /// Show the student's shortlist.
    Shortlist,
    /// Browse careers by kind and area.
    Areas,
    /// About the data: sources, years and licences.
    About,
    /// Paying for it: what training costs and how people pay.
    Paying,
    /// Change a setting to its previous / next value.
    Prev,
    Next,
    /// Move an entry up or down in a list the person orders.
    MoveUp,
    MoveDown,
    /// Remove the selected entry (asks first).
    Remove,
    /// Answer yes / no to a question.
    Yes,
    No,
    /// Answer the assessment item on screen, 1 (strongly dislike) to 5 (strongly like).
    Answer(u8),
    /// Skip the assessment item on screen.
    Skip,
    /// Mark the selected match "not for me", or bring it back.
    Hide,
    /// Show or leave out the matches marked "not for me".
    ShowHidden,
    /// Change which kind of career the matches show.
    CycleKind,
    /// Change the longest training the matches show.
    CycleYears,
    /// Show the student's profile (results).
    Profile,
    /// Show what changed since the previous result.
    Changes,
    /// Show how matching works.
    HowItWorks,
    /// Take the assessment again.
    Retake,
    /// Add the assessment's newer part (what you care about) to an older result.
    AddPart,
    /// Give the selected profile a new name.
    Rename,
    /// Start a new interview plan.
    NewPlan,
    /// Move to the previous / next tab of a plan.
    PrevTab,
    NextTab,
    /// Add a question from the bank.
    AddFromBank,
    /// Write a question of your own.
    WriteOwn,
    /// Change who, when and how (a plan's details).
    EditDetails,
    /// Save a printable sheet.
    Export,
    /// Tick or untick a checklist item.
    Tick,
    /// Jot down a follow-up question (practice).
    Jot,
    /// Start the practice timer again.
    Restart,
    /// Set, change or remove the selected profile's PIN.
    SetPin,
    /// Add an entry (a course, an experience, a goal).
    Add,
    /// Change the selected entry.
    Edit,
    /// Record a new check-in.
    CheckIn,
    /// Add a goal at a check-in.
    AddGoal,
    /// Show the agenda for the next meeting.
    Agenda,
    /// Lock counselor mode again.
    Lock,
    /// Save the printable report.
    Report,
}
