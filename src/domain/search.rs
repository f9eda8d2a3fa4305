//! Search over the catalog: fuzzy on titles and other names, plain words in summaries.

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
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (i, c) in items.iter().enumerate() {
            let mut best = 0u32;
            // Titles and other names count most, then the summary's words.
            for name in std::iter::once(&c.title).chain(c.aliases.iter()) {
                if let Some(s) = fuzzy.score(Utf32Str::new(name, &mut self.buf), &mut self.matcher)
                {
                    best = best.max(s * 4);
                }
            }
            if let Some(s) =
                words.score(Utf32Str::new(&c.summary, &mut self.buf), &mut self.matcher)
            {
                best = best.max(s);
            }
            if best > 0 {
                scored.push((best, i));
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
            total_years: None,
            median_wage_2024: None,
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
    fn no_match_gives_nothing() {
        assert!(Searcher::default().search(&items(), "zzzzqqq").is_empty());
    }
}
