//! medpath is written in U.S. English: the words students read (the catalog, the assessment,
//! the questions and every string in src/strings) carry no British spellings.

use std::path::Path;

/// British forms and the U.S. word to use. Matched as whole words, any case.
const BRITISH: &[(&str, &str)] = &[
    ("practise", "practice"),
    ("practises", "practices"),
    ("practised", "practiced"),
    ("practising", "practicing"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("judgement", "judgment"),
    ("favour", "favor"),
    ("favourite", "favorite"),
    ("colour", "color"),
    ("behaviour", "behavior"),
    ("centre", "center"),
    ("organise", "organize"),
    ("organisation", "organization"),
    ("recognise", "recognize"),
    ("programme", "program"),
    ("paediatric", "pediatric"),
    ("anaesthesia", "anesthesia"),
    ("haemoglobin", "hemoglobin"),
    ("tumour", "tumor"),
    ("labour", "labor"),
    ("counselling", "counseling"),
    ("travelling", "traveling"),
    ("enrolment", "enrollment"),
    ("ageing", "aging"),
    ("grey", "gray"),
];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("toml" | "rs")) {
            out.push(p);
        }
    }
}

#[test]
fn student_text_uses_us_spelling() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for d in ["data/careers", "data/sources", "src/strings"] {
        files(&root.join(d), &mut all);
    }
    all.push(root.join("data/assessment.toml"));
    all.push(root.join("data/questions.toml"));
    let mut found = Vec::new();
    for f in &all {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Titles and web addresses of sources are quoted as their publishers wrote them.
            let t = line.trim_start();
            // Aliases keep other spellings on purpose: a student may search for them.
            if ["title =", "url =", "publisher =", "aliases ="]
                .iter()
                .any(|k| t.starts_with(k))
            {
                continue;
            }
            // In code, only the text inside quotes is read by students.
            let text: String = if f.extension().is_some_and(|x| x == "rs") {
                line.split('"')
                    .skip(1)
                    .step_by(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                line.to_string()
            };
            for word in text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
            {
                let lower = word.to_lowercase();
                if let Some((_, us)) = BRITISH.iter().find(|(b, _)| *b == lower) {
                    found.push(format!(
                        "{}:{}: \"{word}\" (write \"{us}\")",
                        f.strip_prefix(root).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "British spellings:\n{}", found.join("\n"));
}
