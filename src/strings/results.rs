//! Results and matches: the list, why each career came up, the student's profile, what
//! changed since last time, and how matching works.

use crate::domain::assessment::{Area, Flag};
use crate::domain::career::Dimension;
use crate::domain::matching::{Band, Driver, InterestGap, Reason};

pub const TITLE: &str = "Results";
pub const NEED_PROFILE: &str = "Pick or create your profile on Home first (press 1).";
pub const NO_RESULT: &str =
    "No results yet. Take the self-assessment first (press 2): it takes about ten minutes.";

pub fn in_progress(answered: usize, total: usize) -> String {
    format!("Your assessment is in progress: {answered} of {total} answered. Press 2 to finish it.")
}

pub const NOT_A_VERDICT: &str =
    "About what you enjoy, not your ability: a conversation starter, not a verdict.";

pub fn taken(date: &str) -> String {
    format!("Taken {date}")
}

pub fn flag_note(f: Flag) -> &'static str {
    match f {
        Flag::SameAnswer => {
            "You gave almost the same answer every time, so these matches say little yet. Try it again and think about each one."
        }
        Flag::ManySkips => {
            "You skipped a lot of questions, so these matches rest on few answers. Answer more for a clearer picture."
        }
    }
}

pub fn list_title(shown: usize, hidden: usize) -> String {
    if hidden == 0 {
        format!("Matches ({shown})")
    } else {
        format!("Matches ({shown}, {hidden} hidden)")
    }
}

pub fn band(b: Band) -> &'static str {
    match b {
        Band::Strong => "strong",
        Band::Good => "good",
        Band::Fair => "fair",
        Band::Weak => "weak",
        Band::Unreliable => "unreliable",
    }
}

/// The band and score as one short value for a list ("strong 88"); no number when the
/// answers are straight-lined.
pub fn band_score(b: Band, fit: u8) -> String {
    match b {
        Band::Unreliable => band(b).to_string(),
        _ => format!("{} {fit}", band(b)),
    }
}

pub fn fit_line(b: Band, fit: u8) -> String {
    match b {
        Band::Unreliable => format!("Fit: {UNRELIABLE_WHY}"),
        _ => format!("Fit: {} ({fit} of 100)", band(b)),
    }
}

/// Why a fit is unreliable, after "Fit: ".
pub const UNRELIABLE_WHY: &str =
    "unreliable, because you gave almost the same answer to every question";

pub fn parts_line(
    interest: Option<u8>,
    gap: Option<InterestGap>,
    style: Option<u8>,
    subjects: Option<u8>,
) -> String {
    let i = match (interest, gap) {
        (Some(v), _) => v.to_string(),
        (None, Some(InterestGap::FlatStudent)) => "not scored".to_string(),
        (None, _) => "no interest profile".to_string(),
    };
    let w = style.map_or_else(|| "not answered".to_string(), |v| v.to_string());
    match subjects {
        Some(v) => format!("Interests {i} · Work style {w} · What you care about {v}"),
        None => format!("Interests {i} · Work style {w}"),
    }
}

/// A limit the student stated that the career's road goes past, in a sentence.
pub fn limit_note(l: &crate::domain::matching::LimitNote) -> String {
    use crate::domain::matching::LimitNote;
    match *l {
        LimitNote::Longer {
            min_years,
            max_years,
            far,
        } => {
            let min = crate::strings::career::span(crate::domain::career::YearRange::exact(
                min_years,
            ));
            let max =
                crate::strings::career::span(crate::domain::career::YearRange::exact(max_years));
            if far {
                format!(
                    "Its training takes at least {min} after high school, far more than the {max} you said you were ready for, so it is lower on your list. If that changes, take the last part again."
                )
            } else {
                format!(
                    "Its training takes at least {min} after high school, a little more than the {max} you said, so it moved down a bit."
                )
            }
        }
        LimitNote::Costlier => "Its schooling may cost more than you said you were ready for. Many people get help paying: grants, paid training and service programs. See \"Paying for it\".".to_string(),
    }
}

/// "a veterinarian", "an emergency physician", "an EMT" for a career title.
pub fn a_career(title: &str) -> String {
    let mut chars = title.chars();
    let lowered = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if !b.is_uppercase() => {
            format!("{}{}", a.to_lowercase(), &title[a.len_utf8()..])
        }
        _ => title.to_string(),
    };
    let vowel = lowered
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIO".contains(c));
    let article = if vowel { "an" } else { "a" };
    format!("{article} {lowered}")
}

pub fn gap_note(g: InterestGap) -> &'static str {
    match g {
        InterestGap::NoCareerProfile => {
            "The U.S. government's job database (O*NET) has no interest profile for this group of jobs, so this fit rests on work style alone."
        }
        InterestGap::FlatStudent => {
            "Your interest answers came out even across the six areas (or one area was all skipped), so this fit rests on work style alone."
        }
    }
}

/// Under a match whose interest profile is another job's (`interests_from`).
pub fn interests_from_note(title: &str) -> String {
    format!(
        "The U.S. government's job database (O*NET) has no interest ratings for this job, so medpath uses those of the nearest job that has them: {title}."
    )
}

pub const ADD_CARE_PART: &str = "New: tell medpath what you care about (like animals or emergencies) and how long a road you want. Press n: it takes about two minutes.";

pub const WHY: &str = "Why it came up";
pub const NO_REASONS: &str =
    "No single answer stands out: it fits your answers a little in many ways.";
pub const HIDDEN_MARK: &str = "not for me";
pub const OPEN_HINT: &str = "Enter: read more · x: not for me · w: how it works";
pub const UNHIDE_HINT: &str = "You marked this \"not for me\". Press x to bring it back.";

pub fn hidden(title: &str) -> String {
    format!("\"{title}\" is hidden from your matches. Press a to see hidden ones.")
}

pub fn unhidden(title: &str) -> String {
    format!("\"{title}\" is back in your matches.")
}

pub const NONE_SHOWN: &str = "  No matches with these filters. Press k or y to change them.";

pub fn filter_kind(k: Option<crate::domain::career::CareerKind>) -> &'static str {
    match k {
        None => "all careers",
        Some(crate::domain::career::CareerKind::Physician) => "doctors only",
        Some(crate::domain::career::CareerKind::HealthCareer) => "other health careers",
    }
}

pub fn filter_years(y: Option<u8>) -> String {
    match y {
        None => "any training length".to_string(),
        Some(n) => format!("training under {n} years"),
    }
}

pub fn filters_line(kind: &str, years: &str, showing_hidden: bool) -> String {
    let h = if showing_hidden {
        " · showing hidden"
    } else {
        ""
    };
    format!("Showing {kind} · {years}{h}")
}

/// "You liked X, and this career ..." for one reason.
pub fn reason(r: &Reason) -> String {
    let verb = if r.liked { "liked" } else { "disliked" };
    let tail = match r.driver {
        Driver::Subject { main, .. } => {
            let part = if main { "a big part" } else { "part" };
            return format!(
                "You picked {}, {part} of the work of {}.",
                r.gist,
                a_career(&r.career)
            );
        }
        Driver::Interest { area, high: true } => format!(
            "{} work is one of this career's strongest interest areas",
            area_name(area)
        ),
        Driver::Interest { area, high: false } => {
            format!("this career has little {} work", area_name(area))
        }
        Driver::WorkStyle { dimension, high } => dimension_side(dimension, high).to_string(),
    };
    format!("You {verb} {}, and {tail}.", r.gist)
}

pub fn area_name(a: Area) -> &'static str {
    match a {
        Area::Realistic => "Realistic (hands-on)",
        Area::Investigative => "Investigative (science)",
        Area::Artistic => "Artistic (creating)",
        Area::Social => "Social (helping)",
        Area::Enterprising => "Enterprising (leading)",
        Area::Conventional => "Conventional (organizing)",
    }
}

/// One sentence per interest area, for the profile page.
pub fn area_explained(a: Area) -> &'static str {
    match a {
        Area::Realistic => "Working with your hands, tools, machines and the body itself.",
        Area::Investigative => {
            "Asking why, solving puzzles, and using science and numbers to find answers."
        }
        Area::Artistic => {
            "Creating things: pictures, stories, designs, new ways to explain an idea."
        }
        Area::Social => "Helping, teaching, caring for and listening to people.",
        Area::Enterprising => {
            "Leading, persuading, starting projects and making decisions for a group."
        }
        Area::Conventional => {
            "Organizing, keeping careful records and following clear steps exactly."
        }
    }
}

/// What a career with a lot (high) or little of a dimension is like, to end a reason.
pub fn dimension_side(d: Dimension, high: bool) -> &'static str {
    use Dimension as D;
    match (d, high) {
        (D::PatientContact, true) => "this job means a lot of time face to face with patients",
        (D::PatientContact, false) => "this job is mostly behind the scenes",
        (D::Continuity, true) => "this job often cares for the same patients for years",
        (D::Continuity, false) => "this job mostly sees patients for one visit or a short stay",
        (D::Emergencies, true) => "emergencies and quick decisions are part of this job",
        (D::Emergencies, false) => "this job is mostly calm and planned",
        (D::HandsOn, true) => "this job does a lot of hands-on procedures",
        (D::HandsOn, false) => "this job is more thinking and talking than using tools",
        (D::Children, true) => "this job works a lot with children and teens",
        (D::Children, false) => "this job works mostly with adults",
        (D::Breadth, true) => "this job covers many kinds of health problems",
        (D::Breadth, false) => {
            "this job goes deep into one area of the body or one kind of problem"
        }
        (D::Technology, true) => "this job works a lot with machines and technology",
        (D::Technology, false) => "this job relies more on people skills than machines",
        (D::PredictableHours, true) => "this job usually has regular hours",
        (D::PredictableHours, false) => "this job often means nights, weekends or being on call",
        (D::ShortTraining, true) => "you can start this job fairly soon after high school",
        (D::ShortTraining, false) => "this job takes many years of training",
        (D::Research, true) => "research and new discoveries are a big part of this job",
        (D::Research, false) => "this job is more about using known treatments than research",
        (D::MindBehavior, true) => "this job deals a lot with thoughts, feelings and behavior",
        (D::MindBehavior, false) => "this job deals mostly with the body",
        (D::Communities, true) => "this job works for the health of whole communities",
        (D::Communities, false) => "this job focuses on one patient at a time",
    }
}

/// The two ends of a dimension, for the profile page ("calm, planned" ... "fast, emergencies").
pub fn dimension_ends(d: Dimension) -> (&'static str, &'static str) {
    use Dimension as D;
    match d {
        D::PatientContact => ("behind the scenes", "with patients all day"),
        D::Continuity => ("new patients each time", "same patients for years"),
        D::Emergencies => ("calm and planned", "fast, emergencies"),
        D::HandsOn => ("thinking and talking", "hands-on procedures"),
        D::Children => ("adults", "children and teens"),
        D::Breadth => ("one area in depth", "many kinds of problems"),
        D::Technology => ("few machines", "lots of technology"),
        D::PredictableHours => ("nights and on call are fine", "regular hours"),
        D::ShortTraining => ("long training is fine", "start work soon"),
        D::Research => ("use known treatments", "discover new ones"),
        D::MindBehavior => ("the body", "the mind and behavior"),
        D::Communities => ("one patient at a time", "whole communities"),
    }
}

// Sub-views.

pub const PROFILE_TITLE: &str = "Your profile";
pub const H_YOUR_INTERESTS: &str = "Your interests";
pub const YOUR_INTERESTS_NOTE: &str = "Your average answer in each area, from 1 (strongly dislike) to 5 (strongly like). Matching looks at the shape: which areas stand out for you.";
pub const H_YOUR_CARE: &str = "What you care about";

/// The subjects picked (their words) and the limits given, or how to add the part.
pub fn care_summary(asked: bool, picked: &[&str], limits: &[String]) -> String {
    if !asked {
        return "You took the assessment before it asked what you care about. Press Esc, then n, to add it (about two minutes).".to_string();
    }
    let subjects = if picked.is_empty() {
        "You did not pick any subjects.".to_string()
    } else {
        format!("You picked: {}.", picked.join(", "))
    };
    if limits.is_empty() {
        subjects
    } else {
        format!("{subjects} {}", limits.join(" "))
    }
}

/// One limit answer in a sentence.
pub fn limit_answer(l: crate::domain::assessment::Limit, answer: &str) -> String {
    match l {
        crate::domain::assessment::Limit::Years => format!("Training you are ready for: {answer}."),
        crate::domain::assessment::Limit::Cost => {
            format!("School you are ready to pay for: {answer}.")
        }
    }
}

pub const H_YOUR_STYLE: &str = "How you would like to work";
pub const YOUR_STYLE_NOTE: &str = "Where your answers put you between the two ends of each line. The middle means no strong preference.";
pub const NOT_ANSWERED: &str = "skipped";

pub fn top_areas(names: &str) -> String {
    format!("Your strongest areas: {names}.")
}

pub const CHANGES_TITLE: &str = "What changed";
pub const NO_PREVIOUS: &str = "This is your first result. Take the assessment again later (press r) and this page will show what moved up and what moved down.";

pub fn compared(latest: &str, previous: &str) -> String {
    format!("Your result of {latest} compared with {previous}.")
}

pub const H_TOP_NOW: &str = "Your top ten now";
pub const H_MOVED_UP: &str = "Moved up the most";
pub const H_MOVED_DOWN: &str = "Moved down the most";
pub const H_INTEREST_CHANGES: &str = "Your interests then and now";
pub const NOTHING_MOVED: &str = "Nothing moved: your matches are in the same order as last time.";

pub fn place_change(now: usize, before: Option<usize>) -> String {
    match before {
        None => format!("#{now} (new)"),
        Some(b) if b == now => format!("#{now} (same)"),
        Some(b) if b > now => format!("#{now} (up {} from #{b})", b - now),
        Some(b) => format!("#{now} (down {} from #{b})", now - b),
    }
}

pub fn area_change(name: &str, before: f32, now: f32) -> String {
    format!("{name}: {before:.1} → {now:.1}")
}

pub const HOW_TITLE: &str = "How matching works";

/// The method in plain words. Keep in step with `domain::matching`.
pub const HOW: &[(&str, &[&str])] = &[
    (
        "What this is, and what it is not",
        &[
            "Your matches come from what you said you enjoy. They are not a test of what you can do, and no answer is right or wrong.",
            "Use them to start conversations with a counselor, a family member or someone who does the job. They are not a verdict, and people change their minds as they learn more. That is normal.",
        ],
    ),
    (
        "Step one: your interests",
        &[
            "Part 1 asked about activities in six interest areas: hands-on, science, creating, helping, leading and organizing. Career experts call them RIASEC. Your average answer in each area gives your interest shape.",
            "For each career, the U.S. Department of Labor's O*NET project rates the same six areas. medpath compares the shape of yours with the shape of the career's: whether the areas that stand out for you also stand out for the job. This is how interest-fit research compares people and jobs (a correlation, for those who know the word).",
            "A few surgeons share a group code with no O*NET interest ratings. For those, medpath uses the ratings of the nearest surgeon job that has them, and says which under \"Why it came up\".",
        ],
    ),
    (
        "Step two: how you would like to work",
        &[
            "Part 2 asked about twelve sides of medical work. Some are emergencies, time with patients, children or adults, hours, and how long the training is.",
            "medpath rates every career on the same twelve, from 1 (very little) to 5 (a great deal). These ratings are medpath's own judgment of the typical job, not official figures.",
            "For each side, medpath checks how close your answer is to the career's rating. Sides you feel strongly about count up to twice as much as sides you were unsure about.",
        ],
    ),
    (
        "Step three: what you care about",
        &[
            "Part 3 asked which things you would love to work with, such as animals, teeth, emergencies or computers. medpath lists the same things for every career, most central first. This list is medpath's own judgment, not official figures.",
            "A career whose main subject you picked scores 100 here, one that works with another of your picks 85 (a little more for each further pick it shares), and one with none of your picks 30. If you picked nothing, this step is left out.",
            "You also said how many years of training you are ready for. A career whose road takes a little longer moves down a bit. One that takes far longer (more than one and a half times your answer plus a year) goes below every career that fits, and says why. You can always change your answer.",
            "You also said how much school you are ready to pay for. That does not move any career, because many people get help paying: grants, paid training and service programs. A career that may cost more than you said tells you so and points to \"Paying for it\".",
        ],
    ),
    (
        "The fit score",
        &[
            "Each step gives a score from 0 to 100. The fit is their average. For results from before Part 3, only the first two count. Strong means 75 or more, good 62 or more, fair 50 or more, and weak below that.",
            "The reasons under each match are the answers that agreed most with that career. A thing you picked in Part 3 comes first. Next comes something you liked that the job has a lot of. Something you disliked comes only after that. An activity is named only when it is close to the job's own work. A reason named higher on your list is not named again.",
            "If you gave almost the same answer to every question, every match says \"unreliable\" instead of a score. Your answers do not show what you like yet.",
        ],
    ),
    (
        "What you can do with it",
        &[
            "Read about your top matches in Explore and star the ones you want to remember. Mark any that are not for you: they stay hidden until you bring them back.",
            "Narrow the list to doctors or other health careers, or to shorter training if you want to start working soon.",
            "Take the assessment again any time. Your earlier results are kept, and \"What changed\" shows what moved up and down.",
        ],
    ),
];
