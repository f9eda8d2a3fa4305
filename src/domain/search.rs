//! Search over the catalog: fuzzy on titles, other names and keywords, plain words in
//! summaries, and a typo-tolerant word match (one or two letters wrong, swapped or missing)
//! so "pediatrcian" and "surgoen" still find what the student meant.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::career::CareerSummary;

/// A reusable searcher (the matcher keeps scratch buffers between calls, which keeps
/// search-as-you-type cheap).
pub struct Searcher {
    matcher: Matcher,
    buf: Vec<char>,
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher {
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
        }
    }
}

/// The score of a match found only by typo tolerance: below any direct hit.
const TYPO_SCORE: u32 = 1;
/// Hits scoring under 1/NOISE_RATIO of the best hit are dropped.
const NOISE_RATIO: u32 = 5;

/// Each query word is within one edit (two for long words) of some word in the career's
/// title, other names or keywords.
fn typo_match(query_words: &[String], c: &CareerSummary) -> bool {
    let mut words = std::iter::once(&c.title)
        .chain(c.aliases.iter())
        .chain(c.keywords.iter())
        .flat_map(|t| t.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let candidates: Vec<String> = words.by_ref().collect();
    query_words.iter().all(|q| {
        let limit = if q.chars().count() >= 8 { 2 } else { 1 };
        candidates
            .iter()
            .any(|w| strsim::osa_distance(q, w) <= limit)
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
        let query_words: Vec<String> = q
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (i, c) in items.iter().enumerate() {
            let mut best = 0u32;
            // Titles and other names count most, then keywords, then the summary's words.
            for name in std::iter::once(&c.title).chain(c.aliases.iter()) {
                if let Some(s) = fuzzy.score(Utf32Str::new(name, &mut self.buf), &mut self.matcher)
                {
                    best = best.max(s * 4);
                }
            }
            for kw in &c.keywords {
                if let Some(s) = fuzzy.score(Utf32Str::new(kw, &mut self.buf), &mut self.matcher) {
                    best = best.max(s * 3);
                }
            }
            if let Some(s) =
                words.score(Utf32Str::new(&c.summary, &mut self.buf), &mut self.matcher)
            {
                best = best.max(s);
            }
            if best == 0 && !query_words.is_empty() && typo_match(&query_words, c) {
                best = TYPO_SCORE;
            }
            if best > 0 {
                scored.push((best, i));
            }
        }
        // Scattered fuzzy hits far below the best one are noise ("kids" inside "kidney
        // stones"): keep the list to what is plausibly meant.
        let top = scored.iter().map(|s| s.0).max().unwrap_or(0);
        scored.retain(|s| s.0 * NOISE_RATIO >= top || s.0 == TYPO_SCORE);
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
