//! medpath: explore careers in medicine and health, offline.
//!
//! Layers, each depending only on the ones before it (`tests/layers.rs` checks it):
//! - [`domain`]: pure types and logic (careers, students, search), no I/O and no wording:
//!   its errors and labels are data, worded in [`strings`];
//! - [`refdata`]: the reference files in `data/`, compiled in, parsed and validated;
//! - [`strings`]: all user-visible text, including the `Display` of the domain's errors and
//!   the `label` of its values; it uses only `domain`;
//! - [`output`]: documents for people (the report, the interview sheet, a career described,
//!   the timeline and agenda), from domain data and `strings`;
//! - [`store`]: SQLite (open, pragmas, migrations, reference loading, queries); its errors
//!   are data ([`error::Error`] variants), never command-line sentences;
//! - [`export`]: files written for people (interview sheets), from the store's data;
//! - [`tui`] and [`cli`]: the full-screen program and the subcommands.

pub mod cli;
pub mod domain;
pub mod error;
pub mod export;
pub mod output;
pub mod refdata;
pub mod secret;
pub mod store;
pub mod strings;
pub mod tui;
