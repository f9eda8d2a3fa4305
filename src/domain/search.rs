//! Search over the catalog: fuzzy on titles, other names and keywords, plain words in
//! summaries, and a typo-tolerant word match (one or two letters wrong, swapped or missing)
//! so "pediatrcian" and "surgoen" still find what the student meant.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::career::CareerSummary;

/// Lowercased text prepared once per list, so a keystroke only compares.
#[derive(Default)]
struct Prepared {
    /// Identifies the list it was built for: address, length, first and last id.
    key: (usize, usize, String, String),
    summaries: Vec<String>,
    /// Words of each career's title, other names and keywords.
    words: Vec<Vec<String>>,
}

fn key(items: &[CareerSummary]) -> (usize, usize, String, String) {
    let id = |c: Option<&CareerSummary>| c.map(|c| c.id.clone()).unwrap_or_default();
    (
        items.as_ptr() as usize,
        items.len(),
        id(items.first()),
        id(items.last()),
    )
}

impl Prepared {
    fn build(items: &[CareerSummary]) -> Prepared {
        Prepared {
            key: key(items),
            summaries: items.iter().map(|c| c.summary.to_lowercase()).collect(),
            words: items
                .iter()
                .map(|c| {
                    std::iter::once(&c.title)
                        .chain(c.aliases.iter())
                        .chain(c.keywords.iter())
                        .flat_map(|t| t.split(|ch: char| !ch.is_alphanumeric()))
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase)
                        .collect()
                })
                .collect(),
        }
    }
}

/// A reusable searcher: the matcher keeps scratch buffers and the lowercased catalog between
/// calls, which keeps search-as-you-type cheap.
pub struct Searcher {
    matcher: Matcher,
    buf: Vec<char>,
    prepared: Prepared,
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher {
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
            prepared: Prepared::default(),
        }
    }
}

/// A name that is exactly the query comes first.
const EXACT_SCORE: u32 = 1_000_000;
/// A summary that has the query's words.
const SUMMARY_SCORE: u32 = 100;

/// Every query word starts a word of the (lowercased) summary ("lab" finds "lab tests", not
/// "collaborate").
fn summary_has_words(lower: &str, query_words: &[String]) -> bool {
    query_words.iter().all(|q| {
        lower.match_indices(q.as_str()).any(|(at, _)| {
            lower[..at]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric())
        })
    })
}

/// Each query word is within one edit (two for long words) of one of `words`.
fn typo_match(query_words: &[String], words: &[String]) -> bool {
    query_words.iter().all(|q| {
        let n = q.chars().count();
        let limit = if n >= 8 { 2 } else { 1 };
        words.iter().any(|w| {
            // Lengths further apart than the limit can never be within it.
            w.len().abs_diff(q.len()) <= limit * 4
                && w.chars().count().abs_diff(n) <= limit
                && strsim::osa_distance(q, w) <= limit
        })
    })
}

impl Searcher {
    /// Indexes of `items` that match `query`, best first. An empty query keeps every item in
    /// its order.
    pub fn search(&mut self, items: &[CareerSummary], query: &str) -> Vec<usize> {
        let q = query.trim();
        if q.is_empty() {
            return (0..items.len()).collect();
        }
        if self.prepared.key != key(items) {
            self.prepared = Prepared::build(items);
        }
        let fuzzy = Pattern::new(
            q,
            CaseMatching::Ignore,
            Normalization::Smart,
            AtomKind::Fuzzy,
        );
        let words = Pattern::new(
            q,
            CaseMatching::Ignore,
            Normalization::Smart,
            AtomKind::Substring,
        );
        let query_words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
        // Three tiers, each tried only when the one before finds nothing: the words as typed
        // (in names, keywords, or starting a word of the summary), then a fuzzy match on names
        // (letters missing), then a typo match (letters wrong or swapped). A fuzzy hit such as
        // "kids" inside "kidney stones" never crowds out real hits.
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (i, c) in items.iter().enumerate() {
            let mut best = 0u32;
            for name in std::iter::once(&c.title).chain(c.aliases.iter()) {
                if name.trim().eq_ignore_ascii_case(q) {
                    best = best.max(EXACT_SCORE);
                }
                if let Some(s) = words.score(Utf32Str::new(name, &mut self.buf), &mut self.matcher)
                {
                    best = best.max(s * 8);
                }
            }
            for kw in &c.keywords {
                if kw.trim().eq_ignore_ascii_case(q) {
                    best = best.max(EXACT_SCORE / 2);
                }
                if let Some(s) = words.score(Utf32Str::new(kw, &mut self.buf), &mut self.matcher) {
                    best = best.max(s * 6);
                }
            }
            if summary_has_words(&self.prepared.summaries[i], &query_words) {
                // Alone, a low score; with a name or keyword hit, it breaks ties toward the
                // careers whose summary is about the words too.
                best += SUMMARY_SCORE;
            }
            if best > 0 {
                scored.push((best, i));
            }
        }
        if scored.is_empty() {
            for (i, c) in items.iter().enumerate() {
                let mut fz = 0u32;
                for name in std::iter::once(&c.title)
                    .chain(c.aliases.iter())
                    .chain(c.keywords.iter())
                {
                    if let Some(s) =
                        fuzzy.score(Utf32Str::new(name, &mut self.buf), &mut self.matcher)
                    {
                        fz = fz.max(s);
                    }
                }
                if fz > 0 {
                    scored.push((fz, i));
                }
            }
        }
        let long_words: Vec<String> = query_words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .cloned()
            .collect();
        if scored.is_empty() && !long_words.is_empty() {
            for (i, w) in self.prepared.words.iter().enumerate() {
                if typo_match(&long_words, w) {
                    scored.push((1, i));
                }
            }
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, i)| i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::career::{CareerKind, Field};

    fn item(id: &str, title: &str, aliases: &[&str], summary: &str) -> CareerSummary {
        CareerSummary {
            id: id.into(),
            title: title.into(),
            kind: CareerKind::Physician,
            field: Field::PrimaryCare,
            summary: summary.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            keywords: vec!["checkup".into()],
            total_years: None,
            known_years: crate::domain::career::YearRange::exact(0.0),
            contact: crate::domain::career::Contact::Lots,
            workplaces: vec![],
            median_wage_2024: None,
            growth_2024_34_pct: None,
            onet_code: "29-1215.00".into(),
            interests: None,
            workstyle: Default::default(),
        }
    }

    fn items() -> Vec<CareerSummary> {
        vec![
            item(
                "family-physician",
                "Family physician",
                &["family doctor"],
                "Cares for whole families.",
            ),
            item(
                "cardiologist",
                "Cardiologist",
                &["heart doctor"],
                "Treats the heart.",
            ),
            item(
                "registered-nurse",
                "Registered nurse",
                &["RN"],
                "Looks after patients in hospitals.",
            ),
        ]
    }

    #[test]
    fn empty_query_keeps_all_in_order() {
        assert_eq!(Searcher::default().search(&items(), "  "), vec![0, 1, 2]);
    }

    #[test]
    fn finds_by_title_alias_and_summary() {
        let mut s = Searcher::default();
        assert_eq!(s.search(&items(), "cardio")[0], 1);
        assert_eq!(s.search(&items(), "heart")[0], 1);
        assert_eq!(s.search(&items(), "nurse")[0], 2);
        assert_eq!(s.search(&items(), "hospitals"), vec![2]);
        // Only at the start of a word in a summary.
        assert!(s.search(&items(), "ospitals").is_empty());
    }

    #[test]
    fn tolerates_case_and_typos_in_order() {
        let mut s = Searcher::default();
        assert_eq!(s.search(&items(), "FAMLY")[0], 0);
    }

    #[test]
    fn finds_by_keyword_and_through_typos() {
        let mut s = Searcher::default();
        assert_eq!(s.search(&items(), "checkup"), vec![0, 1, 2]);
        // A whole name typed exactly comes first.
        assert_eq!(s.search(&items(), "rn")[0], 2);
        // Swapped and wrong letters, which a plain fuzzy match misses.
        assert_eq!(s.search(&items(), "cardoilogist"), vec![1]);
        assert_eq!(s.search(&items(), "registred nurze"), vec![2]);
        assert_eq!(s.search(&items(), "famliy"), vec![0]);
    }

    #[test]
    fn no_match_gives_nothing() {
        assert!(Searcher::default().search(&items(), "zzzzqqq").is_empty());
    }
}
