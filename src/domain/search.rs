//! Search over the catalog, word by word: each word of the query is looked for in every
//! career's title and other names, its keywords and its summary, as typed, with its ending
//! changed ("therapy" finds "therapist", "kids" finds "kid"), through everyday words
//! (`search_words`: "teeth" finds the dentist, "vet" the veterinarian), as the start of a word
//! and, for words of four letters or more, inside a word or with a letter or two wrong,
//! swapped or missing ("nruse", "pediatrcian"). Words of one or two letters match only whole
//! words or the start of a name, so "AI" never finds the home health aide.
//!
//! A career scores the best match of each query word (a name counts more than a keyword, a
//! keyword more than the summary), plus how much of one of its names the query is: "physical
//! therapy" is the whole of "physical therapist" but two thirds of "physical therapy
//! assistant". Careers that match every word well come first; when none does, the search is
//! weak and says so (`Found::weak`).

use std::collections::HashMap;

use super::career::CareerSummary;
use super::search_words::{GENERIC, NEAR, SAME, STOP};

/// How much a match counts in each part of a career.
const NAME: f32 = 1.0;
const KEYWORD: f32 = 0.7;
const SUMMARY: f32 = 0.3;

/// How good a match of one query word with one catalog word is.
const EXACT: f32 = 1.0;
const STEM: f32 = 0.9;
const SAME_WORD: f32 = 0.85;
const TYPO: f32 = 0.7;
const PREFIX: f32 = 0.6;
const NAME_START: f32 = 0.5;
const INSIDE: f32 = 0.4;
const NEAR_WORD: f32 = 0.4;

/// A query word that says little ("helping") counts this much.
const GENERIC_WEIGHT: f32 = 0.25;
/// A query word matched at least this well (after the part's weight) fits.
const STRONG: f32 = 0.5;
/// A query that is the whole of a name, or of a keyword, adds this much.
const WHOLE_NAME: f32 = 2.0;
const WHOLE_KEYWORD: f32 = 1.0;

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

/// True when `have` has every letter of `need`.
fn has_all(have: u64, need: u64) -> bool {
    need & !have == 0
}

/// The words of `s`, lowercased, accents folded, apostrophes dropped ("kids'" is "kids",
/// "children's" is "childrens"), split at everything else that is not a letter or digit.
fn words(s: &str) -> Vec<String> {
    cased_words(s).into_iter().map(|(w, _)| w).collect()
}

/// `words`, each with whether it was written in capitals ("PET", "ENT"): a short name, which
/// matches only as typed or as the start of a word ("pets" is not "PET").
fn cased_words(s: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut upper = 0usize;
    let mut lower = false;
    let mut push = |cur: &mut String, upper: &mut usize, lower: &mut bool| {
        if !cur.is_empty() {
            out.push((std::mem::take(cur), *upper >= 2 && !*lower));
        }
        *upper = 0;
        *lower = false;
    };
    for ch in s.chars() {
        if matches!(ch, '\'' | '\u{2019}') || ('\u{300}'..='\u{36f}').contains(&ch) {
            continue;
        }
        if ch.is_alphanumeric() {
            upper += usize::from(ch.is_uppercase());
            lower |= ch.is_lowercase();
            cur.extend(nucleo_matcher::chars::normalize(ch).to_lowercase());
        } else {
            push(&mut cur, &mut upper, &mut lower);
        }
    }
    push(&mut cur, &mut upper, &mut lower);
    out
}

/// A word without its common ending, so the forms of one word meet: "therapy" and
/// "therapist" are "therap", "kids" is "kid", "pediatrics" and "pediatrician" are "pediatr".
fn stem(w: &str) -> &str {
    // An ending and the least the word must keep without it.
    const ENDINGS: &[(&str, usize)] = &[
        ("ologists", 4),
        ("ologist", 4),
        ("ology", 4),
        ("icians", 5),
        ("ician", 5),
        ("ians", 4),
        ("ian", 4),
        ("ists", 4),
        ("ist", 4),
        ("ies", 4),
        ("ing", 4),
        ("ics", 4),
        ("ic", 4),
        ("es", 3),
        ("s", 3),
        ("y", 3),
        ("e", 3),
    ];
    for (end, least) in ENDINGS {
        if let Some(rest) = w.strip_suffix(end) {
            if rest.chars().count() >= *least {
                // "glass" is not the plural of "glas".
                if *end == "s" && rest.ends_with('s') {
                    return w;
                }
                return rest;
            }
        }
    }
    w
}

/// One distinct word of the catalog.
struct Word {
    text: String,
    stem: String,
    letters: u64,
    chars: usize,
    /// Written in capitals wherever the catalog has it ("PET", "ICU").
    short_name: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Name,
    Keyword,
    Summary,
}

/// A name, keyword or summary of a career, as words of the vocabulary.
struct Text {
    part: Part,
    words: Vec<u32>,
    /// Its words joined by single spaces, to see a query that is the whole of it.
    joined: String,
}

/// The catalog prepared once per list, so a keystroke only compares.
#[derive(Default)]
struct Prepared {
    /// Identifies the list it was built for: address, length, first and last id.
    key: (usize, usize, String, String),
    vocab: Vec<Word>,
    /// Vocabulary words by their stem.
    by_stem: HashMap<String, Vec<u32>>,
    /// Per career, its names (the title without its bracketed short name), keywords and
    /// summary.
    texts: Vec<Vec<Text>>,
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

/// "Physical therapist (PT)" without " (PT)": the short name is an alias of its own.
fn without_brackets(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut depth = 0usize;
    for ch in title.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

impl Prepared {
    fn build(items: &[CareerSummary]) -> Prepared {
        let mut p = Prepared {
            key: key(items),
            ..Prepared::default()
        };
        let mut ids: HashMap<String, u32> = HashMap::new();
        for c in items {
            let mut texts = Vec::new();
            let title = without_brackets(&c.title);
            let parts = std::iter::once((Part::Name, title.as_str()))
                .chain(c.aliases.iter().map(|a| (Part::Name, a.as_str())))
                .chain(c.keywords.iter().map(|k| (Part::Keyword, k.as_str())))
                .chain(std::iter::once((Part::Summary, c.summary.as_str())));
            for (part, text) in parts {
                let ws = cased_words(text);
                let joined = ws
                    .iter()
                    .map(|(w, _)| w.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let word_ids = ws
                    .into_iter()
                    .map(|(w, caps)| {
                        let id = *ids.entry(w.clone()).or_insert_with(|| {
                            let id = p.vocab.len() as u32;
                            let st = stem(&w).to_string();
                            p.by_stem.entry(st.clone()).or_default().push(id);
                            p.vocab.push(Word {
                                letters: letters(&w),
                                chars: w.chars().count(),
                                stem: st,
                                text: w,
                                short_name: true,
                            });
                            id
                        });
                        p.vocab[id as usize].short_name &= caps;
                        id
                    })
                    .collect();
                texts.push(Text {
                    part,
                    words: word_ids,
                    joined,
                });
            }
            p.texts.push(texts);
        }
        p
    }
}

/// A reusable searcher: it keeps the prepared catalog between calls, which keeps
/// search-as-you-type cheap.
#[derive(Default)]
pub struct Searcher {
    prepared: Prepared,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    /// Indexes of the careers found, best first.
    pub hits: Vec<usize>,
    /// True when no career fits every word of the query well: the hits, if any, are only
    /// the closest, and the student should be told the catalog has no career about it.
    pub weak: bool,
}

/// One word of the query and how well it matches each word of the vocabulary.
struct QueryWord {
    /// The word as typed (lowercased).
    text: String,
    /// 1, or less for a word that says little.
    weight: f32,
    /// Per vocabulary word, in names and keywords.
    quality: Vec<f32>,
    /// Per vocabulary word, in summaries (whole words, their forms and starts only).
    in_summary: Vec<f32>,
    /// A word of one or two letters, which may also start a name (when it is the last).
    short: bool,
}

/// The catalog words `list` names for `q` (by their stems), if `q` is one of its words.
fn listed<'a>(list: &'a [(&'a str, &'a [&'a str])], q: &str) -> Option<&'a [&'a str]> {
    let qs = stem(q);
    list.iter()
        .find(|(k, _)| *k == q || stem(k) == qs)
        .map(|(_, v)| *v)
}

impl Prepared {
    /// How well the query word `q` matches each word of the vocabulary.
    /// Only the `last` word of the query may be the start of a word: the student is still
    /// typing it ("kid doctor" is not "kidney doctor").
    fn query_word(&self, q: &str, weight: f32, last: bool, prefilter: bool) -> QueryWord {
        let n = q.chars().count();
        let qs = stem(q);
        let need = if prefilter { letters(q) } else { 0 };
        let mut quality = vec![0f32; self.vocab.len()];
        let mut in_summary = vec![0f32; self.vocab.len()];
        let mut direct = false;
        for (j, w) in self.vocab.iter().enumerate() {
            let s = if w.text == q {
                EXACT
            } else if n < 3 {
                0.0
            } else if last && w.text.starts_with(q) {
                PREFIX
            } else if w.short_name {
                0.0
            } else if w.stem == qs {
                STEM
            } else if n >= 4 && has_all(w.letters, need) && w.text.contains(q) {
                INSIDE
            } else {
                0.0
            };
            if s >= PREFIX {
                direct = true;
                in_summary[j] = s;
            }
            quality[j] = s;
        }
        // Words that mean the same are found in all their forms; related words only as
        // listed ("technology" is related to AI, "technologist" is not).
        let mut mark = |targets: &[&str], s: f32, same: bool| {
            for t in targets {
                for &j in self.by_stem.get(stem(t)).into_iter().flatten() {
                    let j = j as usize;
                    // "pets" is not "PET".
                    if (self.vocab[j].short_name || !same) && self.vocab[j].text != *t {
                        continue;
                    }
                    quality[j] = quality[j].max(s);
                    if same {
                        in_summary[j] = in_summary[j].max(s);
                    }
                }
            }
        };
        if let Some(same) = listed(SAME, q) {
            mark(same, SAME_WORD, true);
            direct = true;
        }
        if let Some(near) = listed(NEAR, q) {
            mark(near, NEAR_WORD, false);
            direct = true;
        }
        // Letters wrong, swapped or missing only when the word is not a word of the catalog
        // as typed: "care" is not a typo of "core".
        if !direct && n >= 4 {
            let limit = if n >= 8 { 2 } else { 1 };
            for (j, w) in self.vocab.iter().enumerate() {
                // Lengths further apart than the limit can never be within it, and each
                // letter of the query that the word lacks takes an edit.
                if !w.short_name
                    && w.chars.abs_diff(n) <= limit
                    && (need & !w.letters).count_ones() as usize <= limit
                    && strsim::osa_distance(q, &w.text) <= limit
                {
                    quality[j] = quality[j].max(TYPO);
                }
            }
        }
        QueryWord {
            text: q.to_string(),
            weight,
            quality,
            in_summary,
            short: n < 3 && last,
        }
    }
}

impl Searcher {
    /// Indexes of `items` that match `query`, best first. An empty query keeps every item in
    /// its order.
    pub fn search(&mut self, items: &[CareerSummary], query: &str) -> Vec<usize> {
        self.find(items, query).hits
    }

    /// `search`, and whether the catalog has a career that fits the query well.
    pub fn find(&mut self, items: &[CareerSummary], query: &str) -> Found {
        self.find_with(items, query, true)
    }

    /// `find`, with the letter checks that skip what cannot match turned off when
    /// `prefilter` is false (tests check both give the same).
    fn find_with(&mut self, items: &[CareerSummary], query: &str, prefilter: bool) -> Found {
        if query.trim().is_empty() {
            return Found {
                hits: (0..items.len()).collect(),
                weak: false,
            };
        }
        if self.prepared.key != key(items) {
            self.prepared = Prepared::build(items);
        }
        let p = &self.prepared;
        let all = words(query);
        let whole = all.join(" ");
        let mut kept: Vec<&String> = all.iter().filter(|w| !STOP.contains(&w.as_str())).collect();
        if kept.is_empty() {
            kept = all.iter().collect();
        }
        if kept.is_empty() {
            return Found {
                hits: Vec::new(),
                weak: true,
            };
        }
        let qws: Vec<QueryWord> = kept
            .iter()
            .enumerate()
            .map(|(k, w)| {
                let weight = if GENERIC.contains(&w.as_str()) && kept.len() > 1 {
                    GENERIC_WEIGHT
                } else {
                    1.0
                };
                p.query_word(w, weight, k + 1 == kept.len(), prefilter)
            })
            .collect();
        let total: f32 = qws.iter().map(|q| q.weight).sum();
        // Per career found: fits every word well, has every word, score, index.
        let mut scored: Vec<(bool, bool, f32, usize)> = Vec::new();
        let mut best = vec![0f32; qws.len()];
        for (i, texts) in p.texts.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0.0);
            let mut name_bonus = 0f32;
            let mut whole_bonus = 0f32;
            for t in texts {
                let part = match t.part {
                    Part::Name => NAME,
                    Part::Keyword => KEYWORD,
                    Part::Summary => SUMMARY,
                };
                let mut covered = 0usize;
                let mut sum = 0f32;
                for (qi, q) in qws.iter().enumerate() {
                    let table = if t.part == Part::Summary {
                        &q.in_summary
                    } else {
                        &q.quality
                    };
                    let mut b = t
                        .words
                        .iter()
                        .map(|&w| table[w as usize])
                        .fold(0f32, f32::max);
                    if q.short
                        && t.part == Part::Name
                        && t.words
                            .first()
                            .is_some_and(|&w| p.vocab[w as usize].text.starts_with(&q.text))
                    {
                        b = b.max(NAME_START);
                    }
                    best[qi] = best[qi].max(b * part);
                    sum += b * q.weight;
                }
                if t.part == Part::Name && sum > 0.0 && !t.words.is_empty() {
                    for (k, &w) in t.words.iter().enumerate() {
                        let hit = qws.iter().any(|q| {
                            q.quality[w as usize] >= INSIDE
                                || (k == 0
                                    && q.short
                                    && p.vocab[w as usize].text.starts_with(&q.text))
                        });
                        covered += usize::from(hit);
                    }
                    let share = covered as f32 / t.words.len() as f32;
                    name_bonus = name_bonus.max(sum / total * share);
                }
                if t.joined == whole {
                    whole_bonus = whole_bonus.max(match t.part {
                        Part::Name => WHOLE_NAME,
                        Part::Keyword => WHOLE_KEYWORD,
                        Part::Summary => 0.0,
                    });
                }
            }
            let score: f32 = qws
                .iter()
                .zip(&best)
                .map(|(q, b)| q.weight * b)
                .sum::<f32>()
                + name_bonus
                + whole_bonus;
            if score > 0.0 {
                let fits = qws
                    .iter()
                    .zip(&best)
                    .all(|(q, b)| q.weight < 1.0 || *b >= STRONG);
                let every = qws
                    .iter()
                    .zip(&best)
                    .all(|(q, b)| q.weight < 1.0 || *b > 0.0);
                scored.push((fits, every, score, i));
            }
        }
        // When some career fits, only careers with every word are listed ("respiratory
        // therapist" is not every therapist); when none does, every partial match is one of
        // the closest.
        let weak = !scored.iter().any(|s| s.0);
        if !weak {
            scored.retain(|s| s.1);
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.2.total_cmp(&a.2)).then(a.3.cmp(&b.3)));
        Found {
            weak,
            hits: scored.into_iter().map(|s| s.3).collect(),
        }
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
