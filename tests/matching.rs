//! Matching against the shipped catalog.

use medpath::domain::assessment::{Area, Profile};
use medpath::domain::career::{CareerSummary, Dimension};
use medpath::domain::matching::Matcher;
use medpath::store::Store;

/// A student whose interest means (1-5) have exactly the shape of `onet` (1-7), and whose
/// work style sits exactly on the career's ratings.
fn profile_like(onet: &[f32; 6], c: &CareerSummary) -> Profile {
    let mut p = Profile::default();
    for (a, x) in Area::ALL.iter().zip(onet) {
        p.interests.insert(*a, 1.0 + (x - 1.0) * 4.0 / 6.0);
    }
    for d in Dimension::ALL {
        let r = f32::from(c.workstyle[&d]);
        p.workstyle.insert(d, (r - 1.0) / 4.0);
    }
    p
}

#[test]
fn a_profile_equal_to_a_careers_onet_interests_ranks_it_first_among_equal_work_styles() {
    let store = Store::open_in_memory().unwrap();
    let items = store.items().unwrap();
    let careers = store.careers().unwrap();
    let answers = Default::default();
    let with_interests: Vec<&CareerSummary> =
        careers.iter().filter(|c| c.interests.is_some()).collect();
    assert!(with_interests.len() >= 40);
    for target in &with_interests {
        let onet = target.interests.unwrap();
        // Every career given the target's work-style ratings: only interests separate them.
        let same_style: Vec<CareerSummary> = careers
            .iter()
            .filter(|c| c.interests.is_some())
            .map(|c| CareerSummary {
                workstyle: target.workstyle.clone(),
                ..c.clone()
            })
            .collect();
        let p = profile_like(&onet, target);
        let ranked = Matcher::new(&items, &answers, &p).rank(&same_style);
        let at = ranked
            .iter()
            .position(|m| m.career_id == target.id)
            .unwrap();
        assert_eq!(ranked[at].interest_fit, Some(100), "{}", target.id);
        assert_eq!(ranked[at].fit, ranked[0].fit, "{}", target.id);
        // Only careers with the very same O*NET profile (a shared code) can come before it.
        for m in &ranked[..at] {
            let c = careers.iter().find(|c| c.id == m.career_id).unwrap();
            let r = medpath::domain::matching::pearson(&c.interests.unwrap(), &onet).unwrap();
            assert!(r > 0.9999, "{} comes after {} (r = {r})", target.id, c.id);
        }
    }
}

#[test]
fn a_profile_equal_to_a_career_in_full_ranks_it_near_the_top_of_the_real_catalog() {
    let store = Store::open_in_memory().unwrap();
    let items = store.items().unwrap();
    let careers = store.careers().unwrap();
    let answers = Default::default();
    let mut worst = 0;
    for target in careers.iter().filter(|c| c.interests.is_some()) {
        let p = profile_like(&target.interests.unwrap(), target);
        let ranked = Matcher::new(&items, &answers, &p).rank(&careers);
        let at = ranked
            .iter()
            .position(|m| m.career_id == target.id)
            .unwrap();
        worst = worst.max(at);
        assert!(at < 5, "{} ranked {}", target.id, at + 1);
    }
    eprintln!("worst rank of a career for its own profile: {}", worst + 1);
}
