//! For benchmarks and performance checks (not a user command): creates a database filled
//! with synthetic students with a year of realistic history.
//!
//! ```text
//! cargo run --release --example synth -- --students 10000 --out /tmp/10k.db \
//!     [--seed 1] [--today 2026-03-02] [--passphrase "quiet heron lantern morning 42"]
//! ```
//!
//! With `--passphrase`, counselor mode is set up with it and check-ins carry sealed private
//! notes. `--today` defaults to the real date. The file must not exist yet.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use medpath::domain::clock::{Clock, SystemClock, date_string};
use medpath::store::Store;

const USAGE: &str = "usage: synth --students N --out FILE [--seed S] [--today YYYY-MM-DD] \
                     [--passphrase P]";

struct Args {
    students: usize,
    out: PathBuf,
    seed: u64,
    today: String,
    passphrase: Option<String>,
}

fn parse() -> Result<Args, String> {
    let mut students = None;
    let mut out = None;
    let mut seed = 1;
    let mut today = date_string(SystemClock.now());
    let mut passphrase = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--students" | "-n" => {
                let v = value()?;
                students = Some(v.parse().map_err(|_| format!("not a number: {v}"))?);
            }
            "--out" | "-o" => out = Some(PathBuf::from(value()?)),
            "--seed" => {
                let v = value()?;
                seed = v.parse().map_err(|_| format!("not a number: {v}"))?;
            }
            "--today" => today = value()?,
            "--passphrase" => passphrase = Some(value()?),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(Args {
        students: students.ok_or(USAGE)?,
        out: out.ok_or(USAGE)?,
        seed,
        today,
        passphrase,
    })
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if args.out.exists() {
        eprintln!("{} exists already; remove it first", args.out.display());
        return ExitCode::from(2);
    }
    let run = || -> medpath::error::Result<()> {
        let t0 = Instant::now();
        let mut store = Store::open(&args.out)?;
        let vault = match &args.passphrase {
            Some(p) => Some(store.set_up_counselor(p, SystemClock.now())?),
            None => None,
        };
        let t1 = Instant::now();
        let c = store.fill_synthetic(args.students, args.seed, &args.today, vault.as_ref())?;
        let fill = t1.elapsed();
        drop(store);
        let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
        println!("{c:#?}");
        println!(
            "{} students, {} rows in {:.2} s ({:.0} students/s, {:.0} rows/s; open and \
             set-up {:.2} s); file {:.1} MB; today {}, seed {}",
            c.students,
            c.rows(),
            fill.as_secs_f64(),
            c.students as f64 / fill.as_secs_f64(),
            c.rows() as f64 / fill.as_secs_f64(),
            (t1 - t0).as_secs_f64(),
            size as f64 / 1e6,
            args.today,
            args.seed
        );
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
