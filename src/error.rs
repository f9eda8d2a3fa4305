//! One error type for the program, each kind with its exit code and a message that says what
//! went wrong and what to do.

use std::path::PathBuf;

use crate::domain::StudentError;
use crate::refdata::DataErrors;
use crate::strings::errors as s;

/// Exit codes (documented in the README).
pub mod exit {
    pub const OK: i32 = 0;
    /// Something unexpected: an I/O failure, an internal database error.
    pub const FAILURE: i32 = 1;
    /// Wrong arguments, or asking for a career or student that does not exist.
    pub const USAGE: i32 = 2;
    /// A value or file that was read but cannot be accepted.
    pub const BAD_INPUT: i32 = 3;
    /// The database cannot be used: damaged, not medpath's, or from a newer medpath.
    pub const DATABASE: i32 = 4;
    /// The database is busy (another program holds it); try again.
    pub const LOCKED: i32 = 5;
    /// The database file, or the folder it is in, is read-only.
    pub const READ_ONLY: i32 = 6;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    BadInput(String),
    #[error("{0}")]
    Student(#[from] StudentError),
    #[error("{0}")]
    Note(#[from] crate::domain::shortlist::NoteError),
    #[error("{0}")]
    Plan(#[from] crate::domain::plan::PlanError),
    #[error("{0}")]
    Record(#[from] crate::domain::record::RecordError),
    /// No career with this id in the catalog.
    #[error("{}", crate::strings::cli::no_such_career(.0))]
    NoSuchCareer(String),
    /// This career id is not on the student's shortlist.
    #[error("{}", crate::strings::cli::not_on_shortlist(.0))]
    NotOnShortlist(String),
    /// A record entry (check-in, goal, course, experience) that is gone.
    #[error("{}", crate::strings::commands::NO_SUCH_RECORD)]
    NoSuchRecord,
    /// A student profile that is gone.
    #[error("{}", crate::strings::commands::NO_SUCH_PROFILE)]
    NoSuchProfile,
    /// Setting up counselor mode when it is already set up.
    #[error("{}", crate::strings::counselor::ALREADY_SET_UP)]
    CounselorSetUp,
    /// Opening counselor mode before it is set up.
    #[error("{}", crate::strings::counselor::NOT_SET_UP)]
    CounselorNotSetUp,
    /// `doctor --recover` would write over a file that exists.
    #[error("{}", crate::strings::doctor::recover_target_exists(.0))]
    RecoverTargetExists(PathBuf),
    /// An answer outside the scale, for an item.
    #[error("{}", crate::strings::assess::value_off_scale(.item, *.value))]
    OffScale { item: String, value: i64 },
    /// The assessment just started is gone (another copy of medpath finished it).
    #[error("{}", crate::strings::assess::RUN_VANISHED)]
    RunVanished,
    /// A saved result that cannot be read, with the reader's detail.
    #[error("{}", crate::strings::assess::unreadable_result(*.id, .detail))]
    UnreadableResult { id: i64, detail: String },
    /// The counselor key does not open although the passphrase was right.
    #[error("{}", s::damaged(.path, crate::strings::counselor::KEY_DAMAGED))]
    KeyDamaged { path: PathBuf },
    #[error("{}", s::bad_reference_data(.0))]
    ReferenceData(DataErrors),
    #[error("{}", s::damaged(.path, .detail))]
    Damaged { path: PathBuf, detail: String },
    #[error("{}", s::not_medpath(.path))]
    NotMedpath { path: PathBuf },
    #[error("{}", s::newer_database(.path, *.found, *.supported))]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The `-wal` beside the file belongs to another database (or to the file before a copy
    /// was restored over it).
    #[error("{}", crate::strings::faults::foreign_log(.path, .log))]
    ForeignLog { path: PathBuf, log: PathBuf },
    #[error("{}", s::locked(.path))]
    Locked { path: PathBuf },
    #[error("{}", s::read_only(.path))]
    ReadOnly { path: PathBuf },
    /// medpath cannot make files in the database's folder.
    #[error("{}", crate::strings::faults::read_only_folder(.dir))]
    ReadOnlyFolder { dir: PathBuf },
    /// A database path that names a folder, a device, a pipe, a link, or a missing folder.
    #[error("{}", odd_path(.path, *.kind))]
    OddPath {
        path: PathBuf,
        kind: crate::store::place::OddPath,
    },
    #[error("{}", s::io(.context, .source))]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("{}", s::database(.0))]
    Database(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_)
            | Error::NoSuchCareer(_)
            | Error::NotOnShortlist(_)
            | Error::NoSuchRecord
            | Error::NoSuchProfile
            | Error::CounselorSetUp
            | Error::CounselorNotSetUp
            | Error::RecoverTargetExists(_)
            | Error::OddPath { .. } => exit::USAGE,
            Error::BadInput(_)
            | Error::OffScale { .. }
            | Error::Student(_)
            | Error::Note(_)
            | Error::Plan(_)
            | Error::Record(_) => exit::BAD_INPUT,
            Error::ReferenceData(_) => exit::FAILURE,
            Error::Damaged { .. }
            | Error::KeyDamaged { .. }
            | Error::NotMedpath { .. }
            | Error::ForeignLog { .. }
            | Error::NewerDatabase { .. } => exit::DATABASE,
            Error::Locked { .. } => exit::LOCKED,
            Error::ReadOnly { .. } | Error::ReadOnlyFolder { .. } => exit::READ_ONLY,
            Error::Io { .. }
            | Error::Database(_)
            | Error::RunVanished
            | Error::UnreadableResult { .. } => exit::FAILURE,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// The words for a database path that is not a plain file.
fn odd_path(path: &std::path::Path, kind: crate::store::place::OddPath) -> String {
    use crate::store::place::OddPath as K;
    use crate::strings::faults as f;
    match kind {
        K::Folder => f::db_is_folder(path),
        K::Device => f::db_is_device(path),
        K::Pipe => f::db_is_pipe(path),
        K::Link => f::db_is_link(path),
        K::NoFolder => f::no_folder(path),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
