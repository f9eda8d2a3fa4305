//! The command line: argument definitions (clap derive) and the subcommands. `main.rs` only
//! calls [`main_with_args`].

mod assess;
mod careers;
mod counselor;
mod doctor;
mod gate;
pub mod input;
mod interview;
mod matches;
mod paths;
mod record;
mod students;

use std::io::Write;
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

use crate::domain::SystemClock;
use crate::domain::access::Act;
use crate::error::{Error, Result, exit};
use crate::store::{self, Store};
use crate::strings::{cli as s, commands as c, interview_cli as i, record_cli as r};

#[derive(Debug, Parser)]
#[command(name = "medpath", version, about = s::ABOUT, long_about = s::LONG_ABOUT)]
pub struct Cli {
    /// The database file to use.
    #[arg(long, global = true, env = "MEDPATH_DB", value_name = "PATH", help = s::DB_HELP)]
    pub db: Option<PathBuf>,

    #[arg(long, global = true, help = crate::strings::access::AS_COUNSELOR_HELP)]
    pub as_counselor: bool,

    #[arg(long, global = true, help = crate::strings::faults::CREATE_HELP)]
    pub create: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = s::PATHS_ABOUT)]
    Paths {
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::CAREERS_ABOUT)]
    Careers {
        #[command(subcommand)]
        command: CareersCommand,
    },
    #[command(about = c::STUDENTS_ABOUT)]
    Students {
        #[command(subcommand)]
        command: StudentsCommand,
    },
    #[command(about = c::ASSESS_ABOUT)]
    Assess {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP, required_unless_present = "template")]
        student: Option<String>,
        #[arg(long, value_name = "FILE", help = c::ANSWERS_HELP, conflicts_with_all = ["plain", "template"])]
        answers: Option<PathBuf>,
        #[arg(long, help = c::PLAIN_HELP, conflicts_with = "template")]
        plain: bool,
        #[arg(long, help = c::TEMPLATE_HELP)]
        template: bool,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = c::MATCHES_ABOUT)]
    Matches {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP)]
        student: String,
        #[arg(long, value_name = "N", default_value_t = 10, help = c::LIMIT_HELP)]
        limit: usize,
        #[arg(long, help = c::ALL_HELP)]
        all: bool,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = i::INTERVIEW_ABOUT)]
    Interview {
        #[command(subcommand)]
        command: InterviewCommand,
    },
    #[command(about = r::REPORT_ABOUT)]
    Report {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP)]
        student: String,
        #[arg(long, value_name = "FORMAT", default_value = "md", help = r::REPORT_FORMAT_HELP)]
        format: String,
        #[arg(short = 'o', long, value_name = "FILE", help = r::REPORT_OUTPUT_HELP)]
        output: Option<PathBuf>,
        #[arg(long, help = r::WITH_NOTES_HELP)]
        with_notes: bool,
    },
    #[command(about = r::EXPORT_ABOUT)]
    Export {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP)]
        student: String,
        #[arg(short = 'o', long, value_name = "FILE", help = r::EXPORT_OUTPUT_HELP)]
        output: PathBuf,
        #[arg(long, help = r::WITH_NOTES_HELP)]
        with_notes: bool,
    },
    #[command(about = r::IMPORT_ABOUT)]
    Import {
        #[arg(value_name = "FILE", help = r::FILE_HELP)]
        file: PathBuf,
        #[arg(long, help = r::WITH_NOTES_HELP)]
        with_notes: bool,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = r::ROSTER_ABOUT)]
    Roster {
        #[arg(long, value_name = "FORMAT", default_value = "csv", help = r::ROSTER_FORMAT_HELP)]
        format: String,
        #[arg(short = 'o', long, value_name = "FILE", help = r::REPORT_OUTPUT_HELP)]
        output: Option<PathBuf>,
    },
    #[command(about = crate::strings::counselor_cli::COUNSELOR_ABOUT)]
    Counselor {
        #[command(subcommand)]
        command: counselor::CounselorCommand,
    },
    #[command(about = crate::strings::doctor::DOCTOR_ABOUT)]
    Doctor {
        #[arg(long, help = crate::strings::doctor::NO_BACKUP_HELP)]
        no_backup: bool,
        #[arg(long, value_name = "FILE", help = crate::strings::doctor::RECOVER_HELP)]
        recover: Option<PathBuf>,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::COMPLETIONS_ABOUT)]
    Completions {
        #[arg(value_enum, help = s::SHELL_HELP)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum CareersCommand {
    #[command(about = s::LIST_ABOUT)]
    List {
        #[arg(long, value_name = "KIND", help = s::KIND_HELP)]
        kind: Option<String>,
        #[arg(long, value_name = "AREA", help = s::FIELD_HELP)]
        field: Option<String>,
        #[arg(long, value_name = "YEARS", help = s::UNDER_YEARS_HELP)]
        under_years: Option<u8>,
        #[arg(long, value_name = "HOW_MUCH", help = s::CONTACT_HELP)]
        contact: Option<String>,
        #[arg(long, value_name = "PLACE", help = s::WORKPLACE_HELP)]
        workplace: Option<String>,
        #[arg(long, value_name = "ORDER", default_value = "name", help = s::SORT_HELP)]
        sort: String,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::SHOW_ABOUT)]
    Show {
        #[arg(value_name = "ID", help = s::ID_HELP)]
        id: String,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = s::SEARCH_ABOUT)]
    Search {
        #[arg(value_name = "QUERY", help = s::QUERY_HELP)]
        query: String,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = crate::strings::paying::CLI_ABOUT)]
    Paying {
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum StudentsCommand {
    #[command(about = c::STUDENTS_LIST_ABOUT)]
    List {
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = c::STUDENTS_ADD_ABOUT)]
    Add {
        #[arg(value_name = "NAME", help = c::NAME_HELP)]
        name: String,
        #[arg(long, value_name = "N", help = c::GRADE_HELP)]
        grade: String,
        #[arg(long, value_name = "ID", help = crate::strings::access::SCHOOL_ID_HELP)]
        school_id: Option<String>,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = crate::strings::access::SET_ID_ABOUT)]
    SetId {
        #[arg(value_name = "NAME", help = c::STUDENT_HELP)]
        name: String,
        #[arg(value_name = "ID", help = crate::strings::access::SCHOOL_ID_HELP)]
        id: String,
    },
    #[command(about = c::STUDENTS_RENAME_ABOUT)]
    Rename {
        #[arg(value_name = "NAME", help = c::STUDENT_HELP)]
        name: String,
        #[arg(value_name = "NEW_NAME", help = c::NAME_HELP)]
        new_name: String,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = c::STUDENTS_REMOVE_ABOUT)]
    Remove {
        #[arg(value_name = "NAME", help = c::STUDENT_HELP)]
        name: String,
        #[arg(long, help = c::YES_HELP)]
        yes: bool,
    },
}

/// Where the database is and why.
#[derive(Debug, Subcommand)]
pub enum InterviewCommand {
    #[command(about = i::LIST_ABOUT)]
    List {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP)]
        student: String,
        #[arg(long, help = s::JSON_HELP)]
        json: bool,
    },
    #[command(about = i::SHEET_ABOUT, long_about = i::SHEET_LONG_ABOUT)]
    Sheet {
        #[arg(long, value_name = "NAME", help = c::STUDENT_HELP)]
        student: String,
        #[arg(long, value_name = "ID", help = i::PLAN_HELP)]
        plan: Option<i64>,
        #[arg(long, value_name = "FORMAT", default_value = "md", help = i::FORMAT_HELP)]
        format: String,
        #[arg(short = 'o', long, value_name = "FILE", help = i::OUTPUT_HELP)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbChoice {
    pub path: PathBuf,
    pub source: &'static str,
}

impl Cli {
    pub fn db_choice(&self) -> Result<DbChoice> {
        match &self.db {
            Some(p) => {
                let from_env = std::env::var_os("MEDPATH_DB").is_some_and(|v| p.as_os_str() == v);
                Ok(DbChoice {
                    path: p.clone(),
                    source: if from_env { "MEDPATH_DB" } else { "--db" },
                })
            }
            None => store::default_paths()
                .map(|d| DbChoice {
                    path: d.database,
                    source: "default",
                })
                .ok_or_else(|| Error::Usage(s::NO_HOME.into())),
        }
    }
}

/// Writes to stdout; a closed pipe (`medpath careers list | head`) is not an error. Control
/// and invisible format characters are shown as escapes (line breaks and tabs kept): nothing
/// printed can drive the terminal. Everything the command line prints comes through here,
/// [`out_json`], [`note`] or [`err_out`].
pub(crate) fn out(text: &str) -> Result<()> {
    write_stdout(&crate::strings::visible::visible_text(text))
}

fn write_stdout(text: &str) -> Result<()> {
    let mut o = std::io::stdout().lock();
    match o.write_all(text.as_bytes()).and_then(|_| o.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io(s::WRITE_STDOUT, e)),
    }
}

/// Writes a value as pretty JSON to stdout; invisible format characters in its strings are
/// written as JSON escapes (the same value).
pub(crate) fn out_json<T: serde::Serialize>(v: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(v).map_err(|e| Error::Database(e.to_string()))?;
    text.push('\n');
    write_stdout(&crate::strings::visible::visible_json(&text))
}

/// One line to stderr (a note, a warning, a message), with control characters shown.
pub(crate) fn note(text: &str) {
    err_out(&format!("{text}\n"));
}

/// Text to stderr as it is (a prompt without a line break), with control characters shown.
/// A closed stderr is not an error.
pub(crate) fn err_out(text: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e
        .write_all(crate::strings::visible::visible_text(text).as_bytes())
        .and_then(|_| e.flush());
}

/// The database path, its folder checked: a `--db` (or `MEDPATH_DB`) in a folder that does not
/// exist is refused unless `--create`; the default folder is made when needed.
fn db_path(cli: &Cli) -> Result<PathBuf> {
    let db = cli.db_choice()?;
    store::place::check_folder(&db.path, cli.create || db.source == "default")?;
    Ok(db.path)
}

fn open(cli: &Cli) -> Result<Store> {
    let store = Store::open(&db_path(cli)?)?;
    if let Some(w) = store.warning() {
        note(&w);
    }
    Ok(store)
}

/// The file a command writes (`-o`, `doctor --recover`), if any.
fn output_of(command: &Command) -> Option<&std::path::Path> {
    match command {
        Command::Report { output, .. } | Command::Roster { output, .. } => output.as_deref(),
        Command::Export { output, .. } => Some(output),
        Command::Doctor { recover, .. } => recover.as_deref(),
        Command::Interview {
            command: InterviewCommand::Sheet { output, .. },
        } => output.as_deref(),
        _ => None,
    }
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    // An output file over the database is refused before anything is asked or opened (the
    // write checks again).
    if let Some(output) = cli.command.as_ref().and_then(output_of) {
        store::kept::check_output(&cli.db_choice()?.path, output)?;
    }
    match &cli.command {
        None => crate::tui::run(&db_path(&cli)?),
        Some(Command::Paths { json }) => paths::run(&cli, *json),
        Some(Command::Doctor {
            no_backup,
            recover,
            json,
        }) => doctor::run(
            &{
                let db = cli.db_choice()?.path;
                store::place::check_kind(&db)?;
                db
            },
            !*no_backup,
            recover.as_deref(),
            *json,
        ),
        Some(Command::Careers { command }) => {
            let store = open(&cli)?;
            careers::run(&store, command)
        }
        Some(Command::Students { command }) => {
            let mut store = open(&cli)?;
            students::run(&mut store, command, cli.as_counselor, &SystemClock)
        }
        Some(Command::Assess {
            student,
            answers,
            plain,
            template,
            json,
        }) => {
            let mut store = open(&cli)?;
            if *template {
                return assess::template(&store);
            }
            let name = student.as_deref().unwrap_or_default();
            let st = gate::open(
                &mut store,
                name,
                Act::Change,
                cli.as_counselor,
                &SystemClock,
            )?
            .student;
            match (answers, plain) {
                (Some(path), _) => assess::from_file(&mut store, &st, path, *json, &SystemClock),
                (None, true) => {
                    let stdin = std::io::stdin();
                    assess::plain(&mut store, &st, &mut stdin.lock(), *json, &SystemClock)
                }
                (None, false) => Err(Error::Usage(c::ASSESS_NEEDS_ONE.into())),
            }
        }
        Some(Command::Matches {
            student,
            limit,
            all,
            json,
        }) => {
            let mut store = open(&cli)?;
            let st = gate::open(
                &mut store,
                student,
                Act::Read,
                cli.as_counselor,
                &SystemClock,
            )?
            .student;
            matches::run(&store, &st, *limit, *all, *json)
        }
        Some(Command::Interview { command }) => {
            let mut store = open(&cli)?;
            interview::run(&mut store, command, cli.as_counselor)
        }
        Some(Command::Report {
            student,
            format,
            output,
            with_notes,
        }) => {
            let mut store = open(&cli)?;
            record::report(
                &mut store,
                student,
                format,
                output.as_deref(),
                *with_notes || cli.as_counselor,
                *with_notes,
                &SystemClock,
            )
        }
        Some(Command::Export {
            student,
            output,
            with_notes,
        }) => {
            let mut store = open(&cli)?;
            let as_counselor = *with_notes || cli.as_counselor;
            record::export(
                &mut store,
                student,
                output,
                as_counselor,
                *with_notes,
                &SystemClock,
            )
        }
        Some(Command::Import {
            file,
            with_notes,
            json,
        }) => {
            let mut store = open(&cli)?;
            let as_counselor = *with_notes || cli.as_counselor;
            record::import(
                &mut store,
                file,
                as_counselor,
                *with_notes,
                *json,
                &SystemClock,
            )
        }
        Some(Command::Counselor { command }) => {
            let mut store = open(&cli)?;
            counselor::run(&mut store, command, &SystemClock)
        }
        Some(Command::Roster { format, output }) => {
            let mut store = open(&cli)?;
            record::roster(&mut store, format, output.as_deref(), &SystemClock)
        }
        Some(Command::Completions { shell }) => {
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "medpath", &mut buf);
            out(&String::from_utf8_lossy(&buf))?;
            Ok(exit::OK)
        }
    }
}

/// The command line when it only opens the full-screen program (`medpath`, `medpath --db
/// FILE`, `medpath --db=FILE`), read without building clap's whole command tree, which costs
/// about a tenth of start-up; anything else (or anything unusual) is left to clap.
/// `env_db` is MEDPATH_DB, which `--db` overrides.
fn full_screen_only(
    args: &[std::ffi::OsString],
    env_db: Option<std::ffi::OsString>,
) -> Option<Cli> {
    let plain = |v: &std::ffi::OsStr| {
        v.to_str()
            .is_some_and(|v| !v.is_empty() && !v.starts_with('-'))
    };
    let db = match args.get(1..)? {
        [] => match env_db {
            None => None,
            Some(v) if plain(&v) => Some(v),
            Some(_) => return None,
        },
        [flag, v] if flag == "--db" && plain(v) => Some(v.clone()),
        [flag] => {
            let v = flag.to_str()?.strip_prefix("--db=")?;
            if !plain(std::ffi::OsStr::new(v)) {
                return None;
            }
            Some(v.into())
        }
        _ => return None,
    };
    Some(Cli {
        db: db.map(PathBuf::from),
        as_counselor: false,
        create: false,
        command: None,
    })
}

/// A mistake on the command line as clap words it (starting "medpath: "), without colors and with what was typed
/// kept whole (shown with escapes by [`err_out`]): the command is parsed again with plain
/// styles, so the message holds no terminal codes for the typed value to hide among.
fn plain_usage_error(args: &[std::ffi::OsString], first: clap::Error) -> String {
    let plain = Cli::command().styles(clap::builder::Styles::plain());
    let text = match plain.try_get_matches_from(args) {
        Err(e) if e.use_stderr() => e.render().ansi().to_string(),
        _ => first.render().to_string(),
    };
    // Every refusal starts the same way.
    match text.strip_prefix("error: ") {
        Some(rest) => format!("medpath: {rest}"),
        None => text,
    }
}

/// Parses `args`, runs, prints any error to stderr; returns the process exit code.
pub fn main_with_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let quick = full_screen_only(&args, std::env::var_os("MEDPATH_DB"));
    let cli = match quick.map_or_else(|| Cli::try_parse_from(&args), Ok) {
        Ok(c) => c,
        Err(e) => {
            // Help and --version print to stdout and exit 0; mistakes exit 2 (usage). A
            // mistake's message echoes what was typed, so it is printed plain (no colors)
            // with control characters shown.
            if !e.use_stderr() {
                let _ = e.print();
                return exit::OK;
            }
            err_out(&plain_usage_error(&args, e));
            return exit::USAGE;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            note(&format!("medpath: {e}"));
            e.exit_code()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn args(a: &[&str]) -> Vec<OsString> {
        std::iter::once("medpath")
            .chain(a.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn quick(a: &[&str], env: Option<&str>) -> Option<Option<PathBuf>> {
        full_screen_only(&args(a), env.map(OsString::from)).map(|c| {
            assert!(c.command.is_none());
            c.db
        })
    }

    #[test]
    fn the_full_screen_command_line_is_read_as_clap_reads_it() {
        let p = |s: &str| Some(Some(PathBuf::from(s)));
        assert_eq!(quick(&[], None), Some(None));
        assert_eq!(quick(&[], Some("/lab/medpath.db")), p("/lab/medpath.db"));
        assert_eq!(quick(&["--db", "a b.db"], None), p("a b.db"));
        assert_eq!(quick(&["--db", "a.db"], Some("/lab/x.db")), p("a.db"));
        assert_eq!(quick(&["--db=a.db"], None), p("a.db"));
        // Anything else goes to clap: commands, help, odd values, empty settings.
        for a in [
            &["paths"][..],
            &["--db", "a.db", "paths"],
            &["--help"],
            &["-V"],
            &["--db"],
            &["--db", "-x"],
            &["--db", ""],
            &["--db="],
            &["--dbx", "a"],
            &["--db", "a", "--db", "b"],
        ] {
            assert_eq!(quick(a, None), None, "{a:?}");
        }
        assert_eq!(quick(&[], Some("")), None);
        // Where it answers, clap gives the same (when MEDPATH_DB is not set here).
        if std::env::var_os("MEDPATH_DB").is_none() {
            for a in [&[][..], &["--db", "a b.db"], &["--db=a.db"]] {
                let clap = Cli::try_parse_from(args(a)).unwrap();
                assert!(clap.command.is_none());
                assert_eq!(quick(a, None), Some(clap.db), "{a:?}");
            }
        }
    }
}
