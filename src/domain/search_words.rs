//! Everyday words a student types, and the words the catalog uses for the same thing. Search
//! reads a query word as each of its listed words too (after the light word-ending rules in
//! `search`, so "kids" finds the entry for "kid").
//!
//! `SAME` words mean the same thing: a career found through them fits well. `NEAR` words are
//! only related ("AI" is not a career here, but computers and data are): a career found only
//! through them is shown as one of "the closest", with the honest line.

/// A word a student types and the catalog words that mean the same.
pub const SAME: &[(&str, &[&str])] = &[
    (
        "kid",
        &["kids", "children", "child", "pediatric", "pediatrics"],
    ),
    ("child", &["kids", "children", "pediatric", "pediatrics"]),
    ("children", &["kids", "child", "pediatric", "pediatrics"]),
    ("teen", &["teens", "adolescent"]),
    ("teenager", &["teens", "adolescent"]),
    ("baby", &["babies", "newborns", "newborn"]),
    ("infant", &["babies", "newborns"]),
    ("tooth", &["teeth", "dentist", "dental"]),
    ("teeth", &["tooth", "dentist", "dental"]),
    ("dental", &["teeth", "tooth", "dentist"]),
    ("vet", &["veterinarian", "veterinary"]),
    ("animal", &["veterinarian", "veterinary", "animals"]),
    ("pet", &["veterinarian", "veterinary", "pets"]),
    ("dog", &["veterinarian", "veterinary"]),
    ("horse", &["veterinarian", "veterinary"]),
    ("blood", &["hematology", "phlebotomy"]),
    ("doctor", &["physician", "surgeon"]),
    ("physician", &["doctor"]),
    ("heart", &["cardiology", "cardiac"]),
    ("eye", &["eyes", "vision", "ophthalmology", "optometry"]),
    ("skin", &["dermatology"]),
    ("brain", &["neurology"]),
    ("bone", &["bones", "orthopedic"]),
    ("pregnant", &["pregnancy", "birth"]),
    ("cancer", &["oncology"]),
    ("mental", &["psychiatry", "psychology"]),
    ("sad", &["feelings", "mental"]),
    ("food", &["nutrition", "diet"]),
    ("sport", &["sports", "athletes"]),
    ("old", &["older", "elderly", "aging", "geriatrics"]),
    ("elderly", &["older", "aging", "geriatrics"]),
    ("grandparent", &["grandparents", "older", "elderly"]),
    ("operation", &["surgery", "surgeon"]),
    ("ear", &["ears", "hearing", "audiology"]),
    ("lung", &["lungs", "breathing", "respiratory"]),
    ("pill", &["pills", "pharmacy", "medicine"]),
    ("drug", &["drugs", "pharmacy", "medicine"]),
    ("shot", &["shots", "vaccines"]),
    ("xray", &["radiology", "imaging"]),
];

/// A word a student types and the catalog words that are only related to it.
pub const NEAR: &[(&str, &[&str])] = &[
    ("ai", &["computers", "computer", "data", "robots"]),
    ("coding", &["computers", "computer", "data"]),
    ("robot", &["robots", "devices"]),
    ("money", &["business", "management"]),
];

/// Words that say little about which career ("helping kids", "a job with animals"): they
/// count for little in the ranking, and the honest line does not wait for them to match.
pub const GENERIC: &[&str] = &[
    "help", "helping", "helps", "care", "caring", "work", "working", "job", "jobs", "career",
    "careers", "people", "person", "want", "like", "love", "become", "being", "stuff", "things",
];

/// Words left out of a query altogether (unless the query has nothing else).
pub const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "with", "about", "i", "my",
    "me", "who", "that", "is", "be",
];

/// Catalog words the `SAME` and `NEAR` lists name that no career has yet (careers other
/// work adds; the catalog check in the tests allows them). Empty now that the animal careers
/// are in the catalog.
pub const NOT_YET: &[&str] = &[];
