//! For catalog authors: validates a `data/` folder read from disk (not the copy compiled into
//! the binary), so content can be checked without rebuilding.
//!
//! `cargo run --example check_data -- data` prints every problem, or a summary of the catalog.

use std::path::Path;

use medpath::domain::career::CareerKind;
use medpath::refdata::{Files, load};

fn collect(root: &Path, dir: &Path, files: &mut Files) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, files)?;
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("toml" | "csv" | "md")
        ) {
            let rel = p.strip_prefix(root).expect("under root").to_string_lossy();
            files.insert(&rel, &std::fs::read_to_string(&p)?);
        }
    }
    Ok(())
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let mut files = Files::default();
    if let Err(e) = collect(Path::new(&dir), Path::new(&dir), &mut files) {
        eprintln!("cannot read {dir}: {e}");
        std::process::exit(2);
    }
    match load(&files) {
        Err(errors) => {
            eprintln!("{errors}");
            std::process::exit(1);
        }
        Ok(data) => {
            let physicians = data
                .careers
                .iter()
                .filter(|c| c.entry.kind == CareerKind::Physician)
                .count();
            let others = data.careers.len() - physicians;
            let other_myths = data
                .careers
                .iter()
                .filter(|c| c.entry.kind == CareerKind::HealthCareer && !c.entry.myths.is_empty())
                .count();
            println!(
                "ok: {} careers ({physicians} physician, {others} other; {other_myths} of the others have a myth), {} sources",
                data.careers.len(),
                data.sources.len()
            );
            for c in &data.careers {
                let total = match c.figures.total_years {
                    Some(y) => y.label(),
                    None => "unknown".into(),
                };
                println!(
                    "  {:<40} {:<12} total years: {total}",
                    c.entry.id, c.entry.onet_code
                );
            }
            // Who pays for each step: not a load error (new careers may not have it yet), but
            // the catalog test refuses a step without it.
            for c in &data.careers {
                for (n, st) in c.figures.training.iter().enumerate() {
                    if st.pay.is_none() {
                        println!(
                            "  needs a pay mark: {} step {} (pay = \"tuition\" | \"paid\" | \"employer\" | \"funded\" | \"varies\")",
                            c.entry.id,
                            n + 1
                        );
                    }
                }
            }
        }
    }
}
