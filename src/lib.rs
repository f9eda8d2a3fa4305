//! medpath: explore careers in medicine and health, offline.
//!
//! Layers, each depending only on the ones before it:
//! - [`domain`]: pure types and logic (careers, students, search), no I/O;
//! - [`refdata`]: the reference files in `data/`, compiled in, parsed and validated;
//! - [`store`]: SQLite (open, pragmas, migrations, reference loading, queries);
//! - [`output`]: documents for people (the report, the interview sheet), from domain data;
//! - [`export`]: files written for people (interview sheets), from the store's data;
//! - [`tui`] and [`cli`]: the full-screen program and the subcommands.
//!
//! All user-visible text lives in [`strings`].

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
