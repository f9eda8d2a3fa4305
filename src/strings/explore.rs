//! Explore: the catalog list, a career, filters, compare, the shortlist, browsing by area
//! and the About-the-data page.

pub const SEARCH_TITLE: &str = "Search";
pub const SEARCH_HINT: &str = "press / and type";
pub const DETAIL_TITLE: &str = "Career";
pub const NO_MATCHES: &str = "  No careers match. Esc clears the search.";
pub const NOTHING_SELECTED: &str = "Pick a career on the left to read about it.";

pub fn list_title(shown: usize, all: usize) -> String {
    if shown == all {
        format!("Careers ({all})")
    } else {
        format!("Careers ({shown} of {all})")
    }
}

pub fn scroll_marker(pct: usize) -> String {
    format!(" {pct:>3}% ")
}

use crate::domain::career::{CareerKind, Contact, Field, Workplace};
use crate::domain::explore::SortBy;

pub const FILTERS_TITLE: &str = "Filters";
pub const FILTERS_HELP: &str = "↑↓ choose · ←→ change · x clear all · Enter done";
pub const F_KIND: &str = "Kind of career";
pub const F_AREA: &str = "Area";
pub const F_YEARS: &str = "Years of training";
pub const F_CONTACT: &str = "Time with patients";
pub const F_WORKPLACE: &str = "Workplace";
pub const F_SORT: &str = "Order";
pub const ANY: &str = "Any";

pub fn matching(n: usize) -> String {
    match n {
        0 => "No careers match these filters. Press x to clear them.".to_string(),
        1 => "1 career matches".to_string(),
        n => format!("{n} careers match"),
    }
}

pub fn kind_choice(k: Option<CareerKind>) -> &'static str {
    match k {
        None => "All careers",
        Some(CareerKind::Physician) => "Doctors (physicians)",
        Some(CareerKind::HealthCareer) => "Other health careers",
    }
}

pub fn field_choice(f: Option<Field>) -> &'static str {
    f.map_or(ANY, crate::strings::career::field_label)
}

pub fn years_choice(n: Option<u8>) -> String {
    match n {
        None => "Any length".to_string(),
        Some(1) => "Under 1 year".to_string(),
        Some(n) => format!("Under {n} years"),
    }
}

pub fn contact_choice(c: Option<Contact>) -> &'static str {
    match c {
        None => ANY,
        Some(Contact::Lots) => "Most of the day",
        Some(Contact::Some) => "Some",
        Some(Contact::None) => "Little or none",
    }
}

pub fn workplace_choice(w: Option<Workplace>) -> &'static str {
    match w {
        None => ANY,
        Some(Workplace::Hospital) => "Hospital",
        Some(Workplace::Clinic) => "Clinic or office practice",
        Some(Workplace::Lab) => "Lab",
        Some(Workplace::Community) => "Out in the community",
        Some(Workplace::Office) => "Desk and computer",
    }
}

pub fn sort_label(s: SortBy) -> &'static str {
    match s {
        SortBy::Name => "By name",
        SortBy::Training => "Shortest training first",
        SortBy::Pay => "Highest pay first",
        SortBy::Outlook => "Fastest growing first",
        SortBy::Fit => "Best fit for you first",
    }
}

/// The one-line summary of filters under the search box.
pub fn filter_summary(active: &[String]) -> String {
    if active.is_empty() {
        "No filters · f to filter".to_string()
    } else {
        active.join(" · ")
    }
}

pub const ON_SHORTLIST: &str = "★ On your shortlist";
/// Under a career's title: its sources are folded away until the student asks.
pub const SOURCES_FOLDED: &str = "(sources: press w)";
pub const SOURCES_SHOWN: &str = "(sources shown: press w to hide them)";

pub fn your_note(note: &str) -> String {
    format!("Your note: {note}")
}

pub fn sorted(label: &str) -> String {
    format!("Order: {label}. Press s again to change it.")
}

/// Shown when the list is ordered by pay: what "~" before a figure means.
pub const SORTED_BY_PAY: &str = "Order: highest pay first. ~ means the pay of a larger group \
that the job is counted in. Press s again to change it.";

pub fn comparing(title: &str) -> String {
    format!("c: compare with {title}")
}

/// "$239k" for the narrow list column; "~$239k" when it is a larger group's pay.
pub fn pay_short(usd: u32, group: bool) -> String {
    let tilde = if group { "~" } else { "" };
    format!("{tilde}${}k", (usd + 500) / 1000)
}

pub fn fit_short(fit: u8) -> String {
    format!("fit {fit}")
}
