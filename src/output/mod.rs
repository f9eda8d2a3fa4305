//! Documents for people, composed from the domain's data: the printable report and the
//! interview sheet (Markdown, plain text, HTML with its CSS and SVG). Pure: data goes in, a
//! string comes out; writing it to a file is the caller's job. Above `domain` and `strings`,
//! below `tui` and `cli`; the store never uses it.

pub mod agenda;
pub mod answer_file;
pub mod describe;
pub mod paying;
pub mod report;
pub mod sheet;
mod text;
