//! Pure types and logic: no I/O, no SQL, no terminal.

pub mod access;
pub mod agenda;
pub mod answer_file;
pub mod assessment;
pub mod career;
pub mod clock;
pub mod costs;
pub mod courses;
pub mod dossier;
pub mod explore;
pub mod interview;
pub mod json_keys;
pub mod matching;
pub mod next_step;
pub mod plan;
pub mod record;
pub mod search;
pub mod search_words;
pub mod shortlist;
pub mod strength;
pub mod student;
pub mod subject;
pub mod suggest;
pub mod transfer;

pub use career::{Career, CareerKind, Field, Figures};
pub use clock::{Clock, FixedClock, SystemClock};
pub use student::{NewStudent, Student, StudentError};
