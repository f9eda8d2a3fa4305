//! The honest line a search gives when no career fits the words well, for Explore and for
//! `medpath careers search`.

/// The query as shown in a message: at most 40 characters, hidden characters escaped.
fn query(q: &str) -> String {
    crate::strings::transfer::shown(q.trim(), 40)
}

/// "A, B and C".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The full line: the catalog has no career about `q`, and the closest careers found (the
/// first three are named), or none.
pub fn not_in_catalog(q: &str, closest: &[&str]) -> String {
    let q = query(q);
    match closest {
        [] => format!("medpath has no career about \"{q}\" yet. Try other words."),
        [one] => format!("medpath has no career about \"{q}\"; the closest is {one}."),
        more => {
            let names = and_list(&more[..more.len().min(3)]);
            format!("medpath has no career about \"{q}\"; the closest are {names}.")
        }
    }
}

/// The short form above Explore's list, which shows the closest careers itself.
pub fn not_in_catalog_short(q: &str, any: bool) -> String {
    let q = query(q);
    if any {
        format!("No career about \"{q}\". Closest:")
    } else {
        format!("No career about \"{q}\".")
    }
}

/// In Explore's empty list when no career is about the search at all.
pub fn nothing_about(q: &str) -> String {
    format!("  {} Esc clears the search.", not_in_catalog(q, &[]))
}
