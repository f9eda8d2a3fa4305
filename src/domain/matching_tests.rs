use super::*;
use crate::domain::assessment::Limit;
use crate::domain::assessment::score;
use crate::domain::assessment::tests::{interest, limit, style, subject};
use crate::domain::career::{CareerKind, Contact, Field, YearRange};
use crate::domain::subject::Subject;

fn career(id: &str, interests: Option<[f32; 6]>, ratings: &[(Dimension, u8)]) -> CareerSummary {
    CareerSummary {
        id: id.into(),
        title: id.into(),
        kind: CareerKind::Physician,
        field: Field::PrimaryCare,
        summary: String::new(),
        aliases: vec![],
        keywords: vec![],
        total_years: None,
        known_years: YearRange::exact(0.0),
        school_years: 0.0,
        contact: Contact::Lots,
        workplaces: vec![],
        subjects: vec![],
        median_wage_2024: None,
        growth_2024_34_pct: None,
        pay_of_group: false,
        onet_code: String::new(),
        interests,
        interests_from: None,
        workstyle: ratings.iter().copied().collect(),
    }
}

/// One interest item per area, and two work-style items.
fn items() -> Vec<Item> {
    let mut v: Vec<Item> = Area::ALL
        .iter()
        .map(|a| interest(&format!("{}", a.letter()).to_lowercase(), *a))
        .collect();
    v.push(style("fast", Dimension::Emergencies, Direction::Toward));
    v.push(style("hands", Dimension::HandsOn, Direction::Toward));
    v
}

fn answers(pairs: &[(&str, u8)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Some(*v)))
        .collect()
}

#[test]
fn pearson_worked_by_hand() {
    let a = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    assert!((pearson(&a, &[2.0, 4.0, 6.0, 8.0, 10.0, 12.0]).unwrap() - 1.0).abs() < 1e-6);
    assert!((pearson(&a, &[6.0, 5.0, 4.0, 3.0, 2.0, 1.0]).unwrap() + 1.0).abs() < 1e-6);
    // [1,0,0,0,0,0] against [0,1,0,0,0,0]: covariance -1/6·… gives r = -0.2 exactly.
    let x = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    let y = [0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    assert!((pearson(&x, &y).unwrap() + 0.2).abs() < 1e-6);
    assert_eq!(pearson(&a, &[3.0; 6]), None);
}

#[test]
fn fit_worked_by_hand() {
    // Realistic strongly liked, everything else strongly disliked: the student's profile is
    // [5,1,1,1,1,1]. Emergencies strongly liked (position 1.0); hands-on unsure (0.5).
    let items = items();
    let a = answers(&[
        ("r", 5),
        ("i", 1),
        ("a", 1),
        ("s", 1),
        ("e", 1),
        ("c", 1),
        ("fast", 5),
        ("hands", 3),
    ]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    // The career's interests have the same shape: r = 1, interest fit 100.
    // Work style: emergencies rated 5 (position 1), weight 1 + 2·0.5 = 2, closeness 1;
    // hands-on rated 1 (position 0), weight 1, closeness 0.5. (2 + 0.5) / 3 = 0.833 -> 83.
    // Fit: (1 + 0.8333) / 2 = 0.9167 -> 92, strong.
    let c = career(
        "x",
        Some([7.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
        &[(Dimension::Emergencies, 5), (Dimension::HandsOn, 1)],
    );
    let got = m.fit(&c);
    assert_eq!(got.interest_fit, Some(100));
    assert_eq!(got.workstyle_fit, Some(83));
    assert_eq!(got.fit, 92);
    assert_eq!(got.band, Band::Strong);
    // The reasons: liking Realistic where it is the career's top area (standout 1.5 sd ->
    // weight 1), and liking emergencies where the career has them (1 · 1). Disliking the other
    // areas, which the career is low in, agrees too, but a disliked activity never explains a
    // career ("you disliked acting in a play" says nothing about a sonographer).
    assert_eq!(got.reasons.len(), 2);
    let ids: Vec<&str> = got.reasons.iter().map(|r| r.item_id.as_str()).collect();
    assert!(ids.contains(&"r") && ids.contains(&"fast"), "{ids:?}");
    assert!(got.reasons.iter().all(|r| r.liked));
    assert_eq!(
        got.reasons
            .iter()
            .find(|r| r.item_id == "fast")
            .unwrap()
            .driver,
        Driver::WorkStyle {
            dimension: Dimension::Emergencies,
            high: true
        }
    );
    // An unsure answer never becomes a reason.
    assert!(!ids.contains(&"hands"));
}

#[test]
fn opposite_profile_is_a_weak_fit_and_careers_rank_by_fit() {
    let items = items();
    let a = answers(&[
        ("r", 5),
        ("i", 1),
        ("a", 1),
        ("s", 1),
        ("e", 1),
        ("c", 1),
        ("fast", 5),
        ("hands", 5),
    ]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    let near = career(
        "near",
        Some([6.0, 2.0, 1.0, 2.0, 1.0, 2.0]),
        &[(Dimension::Emergencies, 5), (Dimension::HandsOn, 4)],
    );
    let far = career(
        "far",
        Some([1.0, 5.0, 5.0, 5.0, 5.0, 5.0]),
        &[(Dimension::Emergencies, 1), (Dimension::HandsOn, 1)],
    );
    // No interest profile ("All Other" codes): work style alone.
    let only_style = career(
        "only-style",
        None,
        &[(Dimension::Emergencies, 3), (Dimension::HandsOn, 3)],
    );
    let ranked = m.rank(&[far.clone(), only_style, near]);
    let order: Vec<&str> = ranked.iter().map(|r| r.career_id.as_str()).collect();
    assert_eq!(order, ["near", "only-style", "far"]);
    assert_eq!(ranked[1].interest_fit, None);
    assert_eq!(ranked[1].interest_gap, Some(InterestGap::NoCareerProfile));
    assert_eq!(ranked[1].workstyle_fit, Some(50));
    assert_eq!(ranked[1].fit, 50);
    let far = m.fit(&far);
    assert_eq!(far.interest_fit, Some(0));
    assert_eq!(far.workstyle_fit, Some(0));
    assert_eq!(far.band, Band::Weak);
    assert!(far.reasons.is_empty());
}

#[test]
fn a_flat_interest_profile_falls_back_to_work_style() {
    let items = items();
    let a = answers(&[
        ("r", 4),
        ("i", 4),
        ("a", 4),
        ("s", 4),
        ("e", 4),
        ("c", 4),
        ("fast", 5),
    ]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    let c = career(
        "c",
        Some([7.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
        &[(Dimension::Emergencies, 5)],
    );
    let got = m.fit(&c);
    assert_eq!(got.interest_fit, None);
    assert_eq!(got.interest_gap, Some(InterestGap::FlatStudent));
    assert_eq!(got.fit, 100);
}

#[test]
fn bands_have_clear_edges() {
    assert_eq!(Band::of(100), Band::Strong);
    assert_eq!(Band::of(Band::STRONG), Band::Strong);
    assert_eq!(Band::of(Band::STRONG - 1), Band::Good);
    assert_eq!(Band::of(Band::GOOD), Band::Good);
    assert_eq!(Band::of(Band::FAIR), Band::Fair);
    assert_eq!(Band::of(Band::FAIR - 1), Band::Weak);
    assert_eq!(Band::of(0), Band::Weak);
}

#[test]
fn movements_and_biggest_moves() {
    let m = |id: &str| Match {
        career_id: id.into(),
        fit: 50,
        band: Band::Fair,
        interest_fit: None,
        interest_gap: None,
        workstyle_fit: None,
        subject_fit: None,
        limits: vec![],
        reasons: vec![],
        exact: 0.5,
    };
    let previous = vec![m("a"), m("b"), m("c"), m("d")];
    let latest = vec![m("d"), m("a"), m("b"), m("new"), m("c")];
    let moves = movements(&latest, &previous);
    assert_eq!(moves[0].before, Some(4));
    assert_eq!(moves[0].change(), 3);
    assert_eq!(moves[1].change(), -1);
    assert_eq!(moves[3].before, None);
    assert_eq!(moves[3].change(), 0);
    let (up, down) = biggest_moves(&moves, 2);
    assert_eq!(
        up.iter().map(|m| &m.career_id[..]).collect::<Vec<_>>(),
        ["d"]
    );
    assert_eq!(
        down.iter().map(|m| &m.career_id[..]).collect::<Vec<_>>(),
        ["c", "a"]
    );
}

#[test]
fn profile_changes_subtract_previous_from_latest() {
    let mut a = Profile::default();
    let mut b = Profile::default();
    a.interests.insert(Area::Social, 4.5);
    b.interests.insert(Area::Social, 3.0);
    b.interests.insert(Area::Artistic, 2.0);
    a.workstyle.insert(Dimension::Research, 0.25);
    b.workstyle.insert(Dimension::Research, 0.75);
    let ch = profile_changes(&a, &b);
    assert_eq!(ch.interests, vec![(Area::Social, 1.5)]);
    assert_eq!(ch.workstyle, vec![(Dimension::Research, -0.5)]);
}

fn ws(dimension: Dimension, high: bool) -> Driver {
    Driver::WorkStyle { dimension, high }
}

#[test]
fn behind_the_scenes_contradicts_anything_about_patients() {
    use Dimension as D;
    let behind = ws(D::PatientContact, false);
    for d in [
        ws(D::Continuity, false),
        ws(D::Continuity, true),
        ws(D::Children, false),
    ] {
        assert!(
            contradicts(&behind, &d) && contradicts(&d, &behind),
            "{d:?}"
        );
    }
    assert!(contradicts(
        &ws(D::Emergencies, true),
        &ws(D::Emergencies, false)
    ));
    assert!(!contradicts(&behind, &ws(D::Research, true)));
    assert!(!contradicts(
        &ws(D::PatientContact, true),
        &ws(D::Continuity, false)
    ));
    assert_eq!(
        contradictions(&[behind, ws(D::Continuity, false), ws(D::Children, true)]),
        2
    );
}

#[test]
fn dislikes_follow_a_like_and_patient_reasons_skip_behind_the_scenes_jobs() {
    let mut items = items();
    items.push(style("one-visit", Dimension::Continuity, Direction::Away));
    items.push(style(
        "nights",
        Dimension::PredictableHours,
        Direction::Away,
    ));
    // Likes one-visit work, dislikes nights and emergencies, unsure of the rest.
    let a = answers(&[("one-visit", 5), ("nights", 1), ("fast", 1)]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    let clinic = career(
        "clinic",
        None,
        &[
            (Dimension::Continuity, 1),
            (Dimension::PredictableHours, 5),
            (Dimension::Emergencies, 1),
            (Dimension::PatientContact, 5),
        ],
    );
    let got = m.fit(&clinic);
    assert_eq!(got.reasons.len(), 3);
    assert!(got.reasons[0].liked && got.reasons[0].item_id == "one-visit");
    assert!(!got.reasons[1].liked && !got.reasons[2].liked);
    // The same job behind the scenes: "one visit" is no reason, and with no like left the
    // dislikes are not named either.
    let lab = career(
        "lab",
        None,
        &[
            (Dimension::Continuity, 1),
            (Dimension::PredictableHours, 5),
            (Dimension::Emergencies, 1),
            (Dimension::PatientContact, 1),
        ],
    );
    assert!(m.fit(&lab).reasons.is_empty());
}

#[test]
fn a_reason_is_named_once_down_the_list() {
    let items = items();
    let a = answers(&[
        ("r", 5),
        ("i", 2),
        ("a", 1),
        ("s", 2),
        ("e", 1),
        ("c", 2),
        ("fast", 5),
        ("hands", 5),
    ]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    let ratings = [(Dimension::Emergencies, 5), (Dimension::HandsOn, 5)];
    let same = |id: &str| career(id, Some([7.0, 5.0, 1.0, 2.0, 1.0, 2.0]), &ratings);
    let ranked = m.rank(&[same("a"), same("b"), same("c")]);
    // Each would name the same three on its own; down the list, each gets its own.
    assert_eq!(m.fit(&same("b")).reasons.len(), 3);
    let mut seen = std::collections::HashSet::new();
    for r in ranked.iter().flat_map(|m| &m.reasons) {
        assert!(seen.insert(r.item_id.clone()), "{} twice", r.item_id);
    }
    assert!(ranked.iter().all(|m| !m.reasons.is_empty()), "{ranked:?}");
}

#[test]
fn straight_lined_answers_make_every_band_unreliable() {
    let items = items();
    let a = answers(&[
        ("r", 4),
        ("i", 4),
        ("a", 4),
        ("s", 4),
        ("e", 4),
        ("c", 4),
        ("fast", 4),
        ("hands", 4),
    ]);
    let scored = score(&items, &a);
    let m = Matcher::new(&items, &a, &scored.profile);
    let c = career(
        "c",
        Some([7.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
        &[(Dimension::Emergencies, 5)],
    );
    assert_eq!(m.fit(&c).band, Band::Unreliable);
}

/// The items above plus a subject part (animals, sports, the heart) and the two limits.
fn items_with_care() -> Vec<Item> {
    let mut v = items();
    for s in [Subject::Animals, Subject::SportsMovement, Subject::Heart] {
        v.push(subject(s));
    }
    v.push(limit(Limit::Years));
    v.push(limit(Limit::Cost));
    v
}

fn with_subjects(mut c: CareerSummary, subjects: &[Subject], years: f32) -> CareerSummary {
    c.subjects = subjects.to_vec();
    c.total_years = Some(YearRange::exact(years));
    c.known_years = YearRange::exact(years);
    c.school_years = years;
    c
}

#[test]
fn a_picked_subject_lifts_the_careers_that_work_with_it_and_is_named_first() {
    let items = items_with_care();
    let same = [(Dimension::Emergencies, 3), (Dimension::HandsOn, 3)];
    let prof = Some([3.0, 5.0, 2.0, 4.0, 2.0, 2.0]);
    let careers = vec![
        with_subjects(career("vet", prof, &same), &[Subject::Animals], 8.0),
        with_subjects(
            career("coach", prof, &same),
            &[Subject::Heart, Subject::SportsMovement],
            4.0,
        ),
        with_subjects(career("other", prof, &same), &[Subject::Heart], 4.0),
    ];
    let a = answers(&[
        ("i", 5),
        ("s", 4),
        ("r", 3),
        ("a", 2),
        ("e", 2),
        ("c", 1),
        ("fast", 4),
        ("subj-animals", 5),
        ("subj-sports-movement", 1),
        ("subj-heart", 1),
    ]);
    let p = score(&items, &a).profile;
    assert_eq!(p.subjects, vec![Subject::Animals]);
    let m = Matcher::new(&items, &a, &p);
    let ranked = m.rank(&careers);
    assert_eq!(ranked[0].career_id, "vet");
    assert_eq!(ranked[0].subject_fit, Some(100));
    assert_eq!(ranked[1].subject_fit, Some(30));
    let first = &ranked[0].reasons[0];
    assert_eq!(
        first.driver,
        Driver::Subject {
            subject: Subject::Animals,
            main: true
        }
    );
    assert_eq!(first.career, "vet");
    // Without the subject part the three are level (the same profile and style).
    let b = answers(&[
        ("i", 5),
        ("s", 4),
        ("r", 3),
        ("a", 2),
        ("e", 2),
        ("c", 1),
        ("fast", 4),
    ]);
    let pb = score(&items, &b).profile;
    let plain = Matcher::new(&items, &b, &pb).rank(&careers);
    assert!(
        plain
            .iter()
            .all(|x| x.fit == plain[0].fit && x.subject_fit.is_none())
    );
}

#[test]
fn a_road_far_past_the_years_limit_drops_below_every_road_within_it() {
    let items = items_with_care();
    let style = [(Dimension::Emergencies, 5), (Dimension::HandsOn, 5)];
    let meh = [(Dimension::Emergencies, 1), (Dimension::HandsOn, 1)];
    let prof = Some([3.0, 5.0, 2.0, 4.0, 2.0, 2.0]);
    let careers = vec![
        with_subjects(career("doctor", prof, &style), &[Subject::Heart], 11.0),
        with_subjects(career("tech", prof, &meh), &[Subject::Heart], 2.0),
        with_subjects(career("nurse", prof, &style), &[Subject::Heart], 3.0),
    ];
    // Limit 2: "up to about 2 years".
    let a = answers(&[
        ("i", 5),
        ("s", 4),
        ("r", 3),
        ("a", 2),
        ("e", 2),
        ("c", 1),
        ("fast", 5),
        ("hands", 5),
        ("limit-years", 2),
    ]);
    let p = score(&items, &a).profile;
    let ranked = Matcher::new(&items, &a, &p).rank(&careers);
    let ids: Vec<&str> = ranked.iter().map(|m| m.career_id.as_str()).collect();
    // The nurse is a little past (3 > 2, not far): kept above the tech on fit, lowered a bit.
    assert_eq!(ids, vec!["nurse", "tech", "doctor"]);
    assert!(ranked[2].far_past_limit());
    assert_eq!(
        ranked[0].limits,
        vec![LimitNote::Longer {
            min_years: 3.0,
            max_years: 2.0,
            far: false
        }]
    );
    assert!(ranked[1].limits.is_empty());
    // "As long as it takes": no limit at all.
    let b = answers(&[
        ("i", 5),
        ("s", 4),
        ("r", 3),
        ("a", 2),
        ("e", 2),
        ("c", 1),
        ("fast", 5),
        ("hands", 5),
        ("limit-years", 5),
    ]);
    let pb = score(&items, &b).profile;
    assert!(
        Matcher::new(&items, &b, &pb)
            .rank(&careers)
            .iter()
            .all(|m| m.limits.is_empty())
    );
}

#[test]
fn the_cost_limit_is_said_but_moves_nothing() {
    let items = items_with_care();
    let prof = Some([3.0, 5.0, 2.0, 4.0, 2.0, 2.0]);
    let style = [(Dimension::Emergencies, 4)];
    let careers = vec![
        with_subjects(career("doctor", prof, &style), &[Subject::Heart], 11.0),
        with_subjects(career("aide", prof, &style), &[Subject::Heart], 0.5),
    ];
    let base = [
        ("i", 5),
        ("s", 4),
        ("r", 3),
        ("a", 2),
        ("e", 2),
        ("c", 1),
        ("fast", 4),
    ];
    let mut with = base.to_vec();
    with.push(("limit-cost", 1));
    let (a, b) = (answers(&base), answers(&with));
    let (pa, pb) = (score(&items, &a).profile, score(&items, &b).profile);
    let before = Matcher::new(&items, &a, &pa).rank(&careers);
    let after = Matcher::new(&items, &b, &pb).rank(&careers);
    for (x, y) in before.iter().zip(&after) {
        assert_eq!((&x.career_id, x.fit), (&y.career_id, y.fit));
    }
    let doctor = after.iter().find(|m| m.career_id == "doctor").unwrap();
    assert_eq!(doctor.limits, vec![LimitNote::Costlier]);
    assert!(
        after
            .iter()
            .find(|m| m.career_id == "aide")
            .unwrap()
            .limits
            .is_empty()
    );
    assert_eq!(
        (
            cost_level(0.5),
            cost_level(2.0),
            cost_level(4.0),
            cost_level(8.0)
        ),
        (1, 2, 3, 4)
    );
}

#[test]
fn children_or_adults_never_explains_an_animal_career() {
    let items = vec![
        interest("i", Area::Investigative),
        interest("s", Area::Social),
        style("kids", Dimension::Children, Direction::Toward),
    ];
    let prof = Some([3.0, 5.0, 2.0, 4.0, 2.0, 2.0]);
    let mut vet = career("vet", prof, &[(Dimension::Children, 1)]);
    vet.subjects = vec![Subject::Animals];
    let mut nurse = career("nurse", prof, &[(Dimension::Children, 1)]);
    nurse.subjects = vec![Subject::OlderAdults];
    let a = answers(&[("i", 5), ("s", 2), ("kids", 1)]);
    let p = score(&items, &a).profile;
    let m = Matcher::new(&items, &a, &p);
    let kids = |r: &Reason| r.item_id == "kids";
    assert!(!m.fit(&vet).reasons.iter().any(kids));
    assert!(m.fit(&nurse).reasons.iter().any(kids));
}
