//! For checking match reasons (not a user command): answers the assessment for synthetic
//! students and counts how the top five's reasons read.
//!
//! ```text
//! cargo run --example reasons_stats -- [STUDENTS] [SEED]
//! ```
//!
//! Each student likes two interest areas (4 or 5), is lukewarm on the rest (1 to 3) and
//! answers the work-style items at random. Printed: the share of top-five matches whose first
//! reason is a dislike, the share of top-five reason sentences that repeat one already used
//! higher in the same list, and the number of contradictory pairs.

use std::collections::HashSet;

use medpath::domain::assessment::{Answers, Area, Part, score};
use medpath::domain::matching::Matcher;
use medpath::store::Store;
use medpath::strings::results as r;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let mut seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut next = move |m: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let store = Store::open_in_memory().expect("catalog");
    let items = store.items().expect("items");
    let careers = store.careers().expect("careers");
    let (mut first, mut first_dislike, mut sentences, mut repeats, mut contra) = (0, 0, 0, 0, 0);
    let (mut slots, mut empty, mut empty_alone) = (0, 0, 0);
    for _ in 0..n {
        let fav = [next(6) as usize, next(6) as usize];
        let answers: Answers = items
            .iter()
            .map(|it| {
                let v = match (it.part, it.area) {
                    (Part::Interests, Some(a)) => {
                        let i = Area::ALL.iter().position(|x| *x == a).unwrap_or(0);
                        if fav.contains(&i) {
                            4 + next(2) as u8
                        } else {
                            1 + next(3) as u8
                        }
                    }
                    _ => 1 + next(5) as u8,
                };
                (it.id.clone(), Some(v))
            })
            .collect();
        let scored = score(&items, &answers);
        let ranked = Matcher::new(&items, &answers, &scored.profile).rank(&careers);
        let mut seen = HashSet::new();
        let matcher = Matcher::new(&items, &answers, &scored.profile);
        for m in ranked.iter().take(5) {
            slots += 1;
            if m.reasons.is_empty() {
                empty += 1;
                let c = careers
                    .iter()
                    .find(|c| c.id == m.career_id)
                    .expect("career");
                if matcher.fit(c).reasons.is_empty() {
                    empty_alone += 1;
                }
            }
            if let Some(x) = m.reasons.first() {
                first += 1;
                if !x.liked {
                    first_dislike += 1;
                }
            }
            for x in &m.reasons {
                sentences += 1;
                if !seen.insert(r::reason(x)) {
                    repeats += 1;
                }
            }
        }
        for m in &ranked {
            let drivers: Vec<_> = m.reasons.iter().map(|x| x.driver).collect();
            contra += medpath::domain::matching::contradictions(&drivers);
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("students: {n}");
    println!(
        "top-five matches whose first reason is a dislike: {first_dislike} of {first} ({:.1}%)",
        pct(first_dislike, first)
    );
    println!(
        "top-five reason sentences that repeat one higher in the list: {repeats} of {sentences} ({:.1}%)",
        pct(repeats, sentences)
    );
    println!(
        "top-five matches with no reason: {empty} of {slots} ({:.1}%); with none even before \
         leaving out reasons named higher up: {empty_alone}",
        pct(empty, slots)
    );
    println!("contradictory reason pairs over every match: {contra}");
}
