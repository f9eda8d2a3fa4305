//! A career described as titled sections of plain text, in reading order. The CLI prints
//! them; the full-screen detail view draws them. One structure, so both say the same thing.

use super::career::{AgeGroup, Career, Confidence, Contact};
use crate::strings::career as s;

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Bullet(String),
    /// A label and its value ("Median pay (May 2024)", "$64,000").
    Fact(String, String),
    /// Small print: where a figure comes from.
    Note(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

fn age_label(a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Babies => s::AGE_BABIES,
        AgeGroup::Children => s::AGE_CHILDREN,
        AgeGroup::Teens => s::AGE_TEENS,
        AgeGroup::Adults => s::AGE_ADULTS,
        AgeGroup::OlderAdults => s::AGE_OLDER,
    }
}

fn contact_label(c: Contact) -> &'static str {
    match c {
        Contact::None => s::CONTACT_NONE,
        Contact::Some => s::CONTACT_SOME,
        Contact::Lots => s::CONTACT_LOTS,
    }
}

fn confidence_label(c: Confidence) -> &'static str {
    match c {
        Confidence::High => s::CONFIDENCE_HIGH,
        Confidence::Medium => s::CONFIDENCE_MEDIUM,
        Confidence::Low => s::CONFIDENCE_LOW,
    }
}

fn bullets(items: &[String]) -> Vec<Block> {
    items.iter().map(|i| Block::Bullet(i.clone())).collect()
}

/// Describes `c`. `title_of` turns a related career's id into its title.
pub fn career_sections(c: &Career, title_of: &dyn Fn(&str) -> Option<String>) -> Vec<Section> {
    let e = &c.entry;
    let f = &c.figures;
    let mut out = vec![
        Section {
            heading: s::H_SUMMARY,
            blocks: vec![Block::Paragraph(e.summary.clone())],
        },
        Section {
            heading: s::H_WORK,
            blocks: vec![Block::Paragraph(e.work.clone())],
        },
        Section {
            heading: s::H_DAY,
            blocks: vec![Block::Paragraph(e.day.clone())],
        },
        Section {
            heading: s::H_SETTINGS,
            blocks: bullets(&e.settings),
        },
    ];

    let ages = if e.patients.ages.is_empty() {
        s::NO_PATIENTS.to_string()
    } else {
        e.patients
            .ages
            .iter()
            .map(|a| age_label(*a))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push(Section {
        heading: s::H_PATIENTS,
        blocks: vec![
            Block::Fact(s::F_AGES.into(), ages),
            Block::Fact(
                s::F_CONTACT.into(),
                contact_label(e.patients.contact).into(),
            ),
        ],
    });

    let mut road = Vec::new();
    for (i, step) in f.training.iter().enumerate() {
        let years = match step.years {
            Some(y) => s::years(&y.label()),
            None => s::UNKNOWN_YEARS.to_string(),
        };
        road.push(Block::Fact(format!("{}. {}", i + 1, step.step), years));
        if let Some(src) = &step.source {
            let note = match step.confidence {
                Some(conf) => s::residency_source(src, confidence_label(conf)),
                None => s::source(src),
            };
            road.push(Block::Note(note));
        }
    }
    road.push(Block::Fact(
        s::F_TOTAL.into(),
        match f.total_years {
            Some(y) => s::years(&y.label()),
            None => s::TOTAL_UNKNOWN.to_string(),
        },
    ));
    out.push(Section {
        heading: s::H_TRAINING,
        blocks: road,
    });
    out.push(Section {
        heading: s::H_CREDENTIALS,
        blocks: bullets(&e.credentials),
    });
    out.push(Section {
        heading: s::H_COURSES,
        blocks: bullets(&e.courses),
    });
    out.push(Section {
        heading: s::H_ACTIVITIES,
        blocks: bullets(&e.activities),
    });
    if !e.myths.is_empty() {
        let mut blocks = Vec::new();
        for m in &e.myths {
            blocks.push(Block::Fact(s::F_MYTH.into(), m.myth.clone()));
            blocks.push(Block::Fact(s::F_FACT.into(), m.fact.clone()));
        }
        out.push(Section {
            heading: s::H_MYTHS,
            blocks,
        });
    }

    let mut nums = Vec::new();
    match &f.bls {
        Some(b) => {
            let unknown = || s::UNKNOWN.to_string();
            nums.push(Block::Fact(
                s::F_WAGE.into(),
                b.median_wage_2024.map_or_else(unknown, |w| w.label()),
            ));
            nums.push(Block::Fact(
                s::F_GROWTH.into(),
                b.growth_2024_34_pct.map_or_else(unknown, s::growth),
            ));
            nums.push(Block::Fact(
                s::F_OPENINGS.into(),
                b.openings_per_year_thousands
                    .map_or_else(unknown, s::thousands_of_jobs),
            ));
            nums.push(Block::Fact(
                s::F_EMPLOYMENT.into(),
                b.employment_2024_thousands
                    .map_or_else(unknown, s::thousands_of_jobs),
            ));
            nums.push(Block::Fact(
                s::F_ENTRY_EDUCATION.into(),
                b.entry_education.clone().unwrap_or_else(unknown),
            ));
            nums.push(Block::Note(s::bls_note(&b.title)));
        }
        None => nums.push(Block::Paragraph(s::NO_BLS.into())),
    }
    let o = &f.onet;
    if let (Some(z), Some(name)) = (o.job_zone, &o.job_zone_name) {
        nums.push(Block::Fact(s::F_JOB_ZONE.into(), s::job_zone(z, name)));
    }
    if let Some(edu) = &o.education {
        nums.push(Block::Fact(
            s::F_ONET_EDUCATION.into(),
            s::onet_education(edu, o.education_pct),
        ));
    }
    if o.interests.is_some() && !o.high_point.is_empty() {
        nums.push(Block::Fact(
            s::F_INTERESTS.into(),
            s::high_point(&o.high_point),
        ));
    }
    nums.push(Block::Note(if f.borrowed {
        s::borrowed_note(&o.code, &o.title)
    } else {
        s::onet_note(&o.code, &o.title)
    }));
    out.push(Section {
        heading: s::H_NUMBERS,
        blocks: nums,
    });

    if !e.related.is_empty() {
        out.push(Section {
            heading: s::H_RELATED,
            blocks: e
                .related
                .iter()
                .map(|id| Block::Bullet(title_of(id).unwrap_or_else(|| id.clone())))
                .collect(),
        });
    }
    out.push(Section {
        heading: s::H_SOURCES,
        blocks: s::ATTRIBUTION
            .iter()
            .map(|a| Block::Note((*a).to_string()))
            .collect(),
    });
    out
}

/// The sections as plain text wrapped to `width` columns (the CLI's `careers show`).
pub fn plain_text(title: &str, subtitle: &str, sections: &[Section], width: usize) -> String {
    let width = width.max(20);
    let mut t = format!("{title}\n{subtitle}\n");
    let wrap = |text: &str, first: &str, rest: &str| -> String {
        let opts = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest);
        let mut s = textwrap::fill(text, opts);
        s.push('\n');
        s
    };
    for sec in sections {
        t.push('\n');
        t.push_str(sec.heading);
        t.push('\n');
        for b in &sec.blocks {
            match b {
                Block::Paragraph(p) => t.push_str(&wrap(p, "  ", "  ")),
                Block::Bullet(p) => t.push_str(&wrap(p, "  - ", "    ")),
                Block::Fact(k, v) => t.push_str(&wrap(&format!("{k}: {v}"), "  ", "      ")),
                Block::Note(n) => t.push_str(&wrap(n, "      ", "      ")),
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_career_describes_with_numbers_and_sources() {
        let data = crate::refdata::embedded().unwrap();
        for c in &data.careers {
            let secs = career_sections(c, &|_| None);
            let heads: Vec<_> = secs.iter().map(|s| s.heading).collect();
            assert!(heads.contains(&s::H_TRAINING), "{}", c.id());
            assert!(heads.contains(&s::H_NUMBERS), "{}", c.id());
            assert_eq!(heads.last(), Some(&s::H_SOURCES));
            let text = plain_text(&c.entry.title, "", &secs, 78);
            assert!(text.contains("O*NET"), "{}", c.id());
            assert!(
                text.lines()
                    .all(|l| l.chars().count() <= 78 || !l.contains(' '))
            );
        }
    }

    #[test]
    fn unknown_years_are_said_not_guessed() {
        let data = crate::refdata::embedded().unwrap();
        let mut c = data.careers[0].clone();
        c.figures.training[0].years = None;
        c.figures.total_years = None;
        let text = plain_text("x", "", &career_sections(&c, &|_| None), 78);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(s::UNKNOWN_YEARS));
        assert!(text.contains(s::TOTAL_UNKNOWN));
    }
}
