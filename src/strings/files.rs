//! Messages about the files medpath writes for people (reports, exports, rosters, sheets).

/// An output file named the database, one of its companion files or a copy medpath made.
pub fn over_database(out: &str, what: &str) -> String {
    format!(
        "Not writing to {}: that file is {what}, and writing over it would destroy saved \
         records. Choose another file name, for example one ending in .json, \
         .html, .md or .csv in your Documents folder.",
        crate::strings::visible::visible(out)
    )
}
pub const THE_DATABASE: &str = "the medpath database itself";
pub const A_COMPANION: &str = "one of the database's working files (-wal, -shm or -journal)";
pub const A_COPY: &str = "a copy of the database that medpath keeps";
