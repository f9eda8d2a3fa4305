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
    /// The letters of each of those words (see `letters`).
    word_letters: Vec<Vec<u64>>,
    /// Per career, the letters of its title and other names, then of its keywords, and of
    /// all of them together: a name that lacks a letter of the query cannot match it.
    name_letters: Vec<(Vec<u64>, Vec<u64>, u64)>,
}

/// The letters and digits (a-z, 0-9) in `s`, one bit each, ignoring case. Any other letter
/// sets every bit: an accented letter can match its plain one, so it rules nothing out.
fn letters(s: &str) -> u64 {
    let mut m = 0u64;
    for ch in s.chars() {
        match ch.to_ascii_lowercase() {
            c @ 'a'..='z' => m |= 1 << (c as u32 - 'a' as u32),
            c @ '0'..='9' => m |= 1 << (26 + c as u32 - '0' as u32),
            c if c.is_ascii() => {}
            _ => return u64::MAX,
        }
    }
    m
}

/// The letters and digits (a-z, 0-9) a text must have to match `query`, one bit each.
/// Other characters ask for nothing.
fn needed(query: &str) -> u64 {
    query
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .fold(0, |m, ch| m | letters(ch.encode_utf8(&mut [0; 4])))
}

/// True when `have` has every letter of `need`.
fn has_all(have: u64, need: u64) -> bool {
    need & !have == 0
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
        let words: Vec<Vec<String>> = items
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
            .collect();
        Prepared {
            key: key(items),
            summaries: items.iter().map(|c| c.summary.to_lowercase()).collect(),
            word_letters: words
                .iter()
                .map(|ws| ws.iter().map(|w| letters(w)).collect())
                .collect(),
            words,
            name_letters: items
                .iter()
                .map(|c| {
                    let names: Vec<u64> = std::iter::once(&c.title)
                        .chain(c.aliases.iter())
                        .map(|n| letters(n))
                        .collect();
                    let keywords: Vec<u64> = c.keywords.iter().map(|k| letters(k)).collect();
                    let all = names.iter().chain(keywords.iter()).fold(0, |m, x| m | x);
                    (names, keywords, all)
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

/// Each query word (with the letters it has) is within one edit (two for long words) of one
/// of `words` (with theirs).
fn typo_match(query_words: &[(String, u64)], words: &[String], word_letters: &[u64]) -> bool {
    query_words.iter().all(|(q, need)| {
        let n = q.chars().count();
        let limit = if n >= 8 { 2 } else { 1 };
        words.iter().zip(word_letters).any(|(w, &have)| {
            // Lengths further apart than the limit can never be within it, and each letter
            // of the query that the word lacks takes an edit.
            w.len().abs_diff(q.len()) <= limit * 4
                && (need & !have).count_ones() as usize <= limit
                && w.chars().count().abs_diff(n) <= limit
                && strsim::osa_distance(q, w) <= limit
        })
    })
}

impl Searcher {
    /// Indexes of `items` that match `query`, best first. An empty query keeps every item in
    /// its order.
    pub fn search(&mut self, items: &[CareerSummary], query: &str) -> Vec<usize> {
        self.search_with(items, query, true)
    }

    /// `search`, with the letter checks that skip what cannot match turned off when
    /// `prefilter` is false (tests check both give the same).
    fn search_with(&mut self, items: &[CareerSummary], query: &str, prefilter: bool) -> Vec<usize> {
        let needed = |q: &str| if prefilter { needed(q) } else { 0 };
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
        // A name or keyword without every letter of the query cannot match it, as typed or
        // fuzzily, so it is not asked (most of the catalog, for most queries).
        let need = needed(q);
        // Three tiers, each tried only when the one before finds nothing: the words as typed
        // (in names, keywords, or starting a word of the summary), then a fuzzy match on names
        // (letters missing), then a typo match (letters wrong or swapped). A fuzzy hit such as
        // "kids" inside "kidney stones" never crowds out real hits.
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (i, c) in items.iter().enumerate() {
            let mut best = 0u32;
            let (name_letters, keyword_letters, _) = &self.prepared.name_letters[i];
            let names = std::iter::once(&c.title).chain(c.aliases.iter());
            for (name, _) in names.zip(name_letters).filter(|(_, l)| has_all(**l, need)) {
                if name.trim().eq_ignore_ascii_case(q) {
                    best = best.max(EXACT_SCORE);
                }
                if let Some(s) = words.score(Utf32Str::new(name, &mut self.buf), &mut self.matcher)
                {
                    best = best.max(s * 8);
                }
            }
            for (kw, _) in c
                .keywords
                .iter()
                .zip(keyword_letters)
                .filter(|(_, l)| has_all(**l, need))
            {
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
                let (name_letters, keyword_letters, all) = &self.prepared.name_letters[i];
                if !has_all(*all, need) {
                    continue;
                }
                let mut fz = 0u32;
                for (name, _) in std::iter::once(&c.title)
                    .chain(c.aliases.iter())
                    .chain(c.keywords.iter())
                    .zip(name_letters.iter().chain(keyword_letters))
                    .filter(|(_, l)| has_all(**l, need))
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
        let long_words: Vec<(String, u64)> = query_words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .map(|w| (w.clone(), needed(w)))
            .collect();
        if scored.is_empty() && !long_words.is_empty() {
            let p = &self.prepared;
            for (i, (w, l)) in p.words.iter().zip(&p.word_letters).enumerate() {
                if typo_match(&long_words, w, l) {
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
            pay_of_group: false,
            onet_code: "29-1215.00".into(),
            interests: None,
            interests_from: None,
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

    /// Skipping what lacks a letter of the query changes no result: over the real catalog,
    /// for prefixes of every name, typos of every word, accents, digits and nonsense.
    #[test]
    fn letter_checks_only_skip_what_cannot_match() {
        let data = crate::refdata::embedded().unwrap();
        let mut list: Vec<CareerSummary> = data.careers.iter().map(CareerSummary::from).collect();
        let mut accented = list[0].clone();
        accented.title = "Pédiatre généraliste".into();
        accented.keywords.push("enfançe".into());
        list.push(accented);
        let mut queries: Vec<String> = vec![
            "pediatre".into(),
            "pédiatre".into(),
            "enfance".into(),
            "ENFANÇE".into(),
            "911".into(),
            "x-ray tech".into(),
            "zzzzqqq".into(),
            "a".into(),
            "nurse  helper".into(),
        ];
        let mut seed = 7u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for c in &list {
            for name in std::iter::once(&c.title)
                .chain(&c.aliases)
                .chain(&c.keywords)
            {
                let chars: Vec<char> = name.chars().collect();
                for n in [2, 5] {
                    queries.push(chars.iter().take(n).collect());
                }
                // One or two random edits: swap, drop, or change a letter.
                let mut t = chars.clone();
                for _ in 0..1 + next(2) {
                    if t.len() < 2 {
                        break;
                    }
                    let i = next(t.len() - 1);
                    match next(3) {
                        0 => t.swap(i, i + 1),
                        1 => {
                            t.remove(i);
                        }
                        _ => t[i] = char::from(b'a' + next(26) as u8),
                    }
                }
                queries.push(t.into_iter().collect());
            }
        }
        let mut s = Searcher::default();
        for q in &queries {
            let fast = s.search_with(&list, q, true);
            let full = s.search_with(&list, q, false);
            assert_eq!(fast, full, "query {q:?}");
        }
        assert!(queries.len() > 2_000, "{}", queries.len());
    }

    #[test]
    fn no_match_gives_nothing() {
        assert!(Searcher::default().search(&items(), "zzzzqqq").is_empty());
    }
}
