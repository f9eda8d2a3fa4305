use super::*;
use crate::domain::assessment::Flag;
use crate::domain::dossier::{
    AreaScore, CourseLine, PlanLine, PrivateNote, ShortlistLine, TopMatch,
};
use crate::domain::plan::{Details, Format, PlanSummary};
use crate::domain::record::{CheckIn, Experience, Goal};
use crate::domain::student::Student;

const ALL: [ReportFormat; 2] = [ReportFormat::Md, ReportFormat::Html];
const HOSTILE: &str = "<script>alert(1)</script> a & b \"quoted\" |pipe| مرحبا 🩺";
const HEADINGS: [&str; 8] = [
    s::H_INTERESTS,
    s::H_MATCHES,
    s::H_SHORTLIST,
    s::H_COURSES,
    s::H_EXPERIENCES,
    s::H_INTERVIEWS,
    s::H_GOALS,
    s::H_CHECKINS,
];

fn empty() -> Dossier {
    Dossier {
        student: Student {
            id: 1,
            name: "Sam Rivera".into(),
            grade: 9,
            created_at: 0,
            last_active: 0,
            has_pin: false,
        },
        today: "2026-11-22".into(),
        results: vec![],
        top_matches: vec![],
        shortlist: vec![],
        plans: vec![],
        courses: vec![],
        experiences: vec![],
        goals: vec![],
        checkins: vec![],
        notes: vec![],
    }
}

fn result(date: &str, scores: [Option<f32>; 6], flags: Vec<Flag>) -> ResultLine {
    let names = [
        "Realistic",
        "Investigative",
        "Artistic",
        "Social",
        "Enterprising",
    ];
    let names = [&names[..], &["Conventional"]].concat();
    let areas = "RIASEC".chars().zip(names).zip(scores);
    ResultLine {
        finished_at: 0,
        date: date.into(),
        answered: 54,
        skipped: 6,
        flags,
        areas: areas
            .map(|((letter, name), score)| AreaScore {
                letter,
                name: name.into(),
                score,
            })
            .collect(),
    }
}

fn top(title: &str, fit: u8, reasons: &[&str]) -> TopMatch {
    TopMatch {
        career_id: title.to_lowercase().replace(' ', "-"),
        title: title.into(),
        fit,
        band: "strong".into(),
        reasons: reasons.iter().map(|r| r.to_string()).collect(),
    }
}

fn goal(id: i64, text: &str, due: Option<&str>, status: GoalStatus) -> Goal {
    Goal {
        id,
        checkin_id: None,
        text: text.into(),
        due_on: due.map(String::from),
        status,
        created_at: 0,
        closed_at: None,
    }
}

fn experience(kind: ExperienceKind, title: &str, hours: u32, reflection: &str) -> Experience {
    Experience {
        id: 1,
        kind,
        title: title.into(),
        started_on: Some("2026-06-01".into()),
        ended_on: Some("2026-08-15".into()),
        hours,
        reflection: reflection.into(),
        created_at: 0,
    }
}

fn course(label: &str, grade: u8, status: &str, careers: &[&str]) -> CourseLine {
    CourseLine {
        course: label.to_lowercase(),
        label: label.into(),
        grade,
        status: status.into(),
        careers: careers.iter().map(|c| c.to_string()).collect(),
    }
}

/// A dossier with something in every section but the counselor's notes.
fn full() -> Dossier {
    let mut d = empty();
    let latest = [Some(2.5), Some(4.2), Some(3.0), Some(4.8), None, Some(1.0)];
    let before = [
        Some(3.1),
        Some(3.6),
        Some(2.0),
        Some(4.0),
        Some(2.7),
        Some(1.5),
    ];
    d.results = vec![
        result("2026-11-01", latest, vec![Flag::ManySkips]),
        result("2026-05-10", before, vec![]),
    ];
    d.top_matches = vec![
        top(
            "Pediatrician",
            82,
            &["You like helping people", "You enjoy science"],
        ),
        top("Registered nurse", 78, &["You like hands-on care"]),
        top("Physical therapist", 70, &["You like movement and sport"]),
        top("Medical laboratory scientist", 64, &[]),
        top("Epidemiologist", 60, &["You like finding patterns"]),
        top("Sixth career", 50, &["Not shown"]),
    ];
    d.shortlist = vec![
        ShortlistLine {
            career_id: "pediatrician".into(),
            title: "Pediatrician".into(),
            note: "My cousin is one".into(),
        },
        ShortlistLine {
            career_id: "epidemiologist".into(),
            title: "Epidemiologist".into(),
            note: String::new(),
        },
    ];
    d.plans = vec![PlanLine {
        summary: PlanSummary {
            id: 1,
            details: Details {
                person: "Dr. Amira Haddad".into(),
                role: "family doctor".into(),
                career_id: Some("family-medicine".into()),
                date: Some("2026-12-03".into()),
                format: Format::Shadowing,
                goal: "How long the training takes".into(),
            },
            questions: 10,
            answered: 3,
            reflected: true,
            updated_at: 0,
        },
        about: "Family medicine physician".into(),
        interest: Some("A bit more interested".into()),
        next_step: "Take AP Biology next year".into(),
    }];
    d.courses = vec![
        course("Biology", 9, "done", &["Pediatrician", "Registered nurse"]),
        course("Chemistry", 10, "planned", &["Pediatrician"]),
        course("Anatomy and physiology", 11, "taking", &[]),
    ];
    d.experiences = vec![
        experience(
            ExperienceKind::Volunteering,
            "Hospital gift shop",
            40,
            "I liked visitors",
        ),
        experience(
            ExperienceKind::Shadowing,
            "Day at the clinic",
            6,
            "Long day",
        ),
        experience(ExperienceKind::Club, "HOSA", 0, ""),
    ];
    d.goals = vec![
        goal(
            1,
            "Ask about the HOSA club",
            Some("2026-11-01"),
            GoalStatus::Open,
        ),
        goal(2, "Email Dr. Haddad", Some("2026-12-15"), GoalStatus::Open),
        goal(3, "Read about nursing", None, GoalStatus::Done),
        goal(4, "Summer camp", None, GoalStatus::Dropped),
    ];
    d.checkins = vec![CheckIn {
        id: 7,
        held_on: "2026-11-15".into(),
        summary: "Talked about summer programs\nWill visit the hospital".into(),
        has_notes: true,
        created_at: 0,
        updated_at: 0,
    }];
    d
}

/// A piece of our own text as it shows in a format.
fn shown(f: ReportFormat, t: &str) -> String {
    match f {
        ReportFormat::Md => md_line(t, false),
        ReportFormat::Html => esc(t),
    }
}

/// Renders in every format, checks it comes out the same twice, and that it holds each of
/// `yes` and none of `no` (as each format shows them).
fn has_all(d: &Dossier, yes: &[&str], no: &[&str]) {
    for f in ALL {
        let out = render(d, f);
        assert_eq!(out, render(d, f), "{f:?} is not deterministic");
        for t in yes {
            assert!(out.contains(&shown(f, t)), "{f:?} lacks {t:?}\n{out}");
        }
        for t in no {
            assert!(!out.contains(&shown(f, t)), "{f:?} has {t:?}\n{out}");
        }
    }
}

/// The `|` that split cells (not escaped with an odd number of backslashes).
fn cell_pipes(line: &str) -> usize {
    let mut n = 0;
    let mut backslashes = 0;
    for c in line.chars() {
        if c == '|' && backslashes % 2 == 0 {
            n += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    n
}

/// Every Markdown table has the same number of cells in each row as in its heading.
fn tables_are_whole(md: &str) {
    let mut want = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            want = None;
            continue;
        }
        let n = cell_pipes(line);
        assert_eq!(*want.get_or_insert(n), n, "broken table row: {line}\n{md}");
    }
}

/// SVG coordinates have at most one decimal.
fn coordinates_are_short(html: &str) {
    for attr in [
        "x", "y", "width", "height", "x1", "y1", "x2", "y2", "viewBox",
    ] {
        for part in html.split(&format!(" {attr}=\"")).skip(1) {
            let value = &part[..part.find('"').unwrap()];
            for n in value.split(' ') {
                assert!(n.parse::<f32>().is_ok(), "{attr}={value:?}");
                let decimals = n.split_once('.').map_or(0, |(_, d)| d.len());
                assert!(decimals <= 1, "{attr}={value:?}");
            }
        }
    }
}

#[test]
fn formats_parse_in_any_case() {
    assert_eq!(ReportFormat::parse("md"), Some(ReportFormat::Md));
    assert_eq!(ReportFormat::parse("Markdown"), Some(ReportFormat::Md));
    assert_eq!(ReportFormat::parse("HTML"), Some(ReportFormat::Html));
    assert_eq!(ReportFormat::parse("pdf"), None);
    assert_eq!(ReportFormat::parse(""), None);
    assert_eq!(ReportFormat::Md.extension(), "md");
    assert_eq!(ReportFormat::Html.extension(), "html");
}

#[test]
fn a_full_report_has_every_section_and_its_content() {
    let d = full();
    let mut yes = vec!["medpath report: Sam Rivera", "2026-11-22", "Sam Rivera"];
    yes.extend(HEADINGS);
    yes.extend(["Pediatrician", "Registered nurse", "Physical therapist"]);
    yes.extend(["Medical laboratory scientist", "Epidemiologist"]);
    yes.extend([
        "You like helping people",
        "You enjoy science",
        "You like finding patterns",
    ]);
    yes.extend(["Fit: 82 out of 100 (strong)", "Fit: 60 out of 100 (strong)"]);
    yes.extend(["My cousin is one", s::NO_NOTE]);
    yes.extend([
        "Grade 9",
        "Grade 10",
        "Grade 11",
        "Grade 12",
        s::NO_COURSES_IN_GRADE,
    ]);
    yes.extend([
        "Anatomy and physiology",
        "Pediatrician, Registered nurse",
        "planned",
    ]);
    yes.extend([
        "Hospital gift shop",
        "2026-06-01 to 2026-08-15",
        "I liked visitors",
    ]);
    yes.extend(["Total: 46 hours.", "Volunteering", "Shadowing"]);
    yes.extend([
        "Family medicine physician",
        "Dr. Amira Haddad (family doctor)",
    ]);
    yes.extend(["2026-12-03", "Shadowing day", "3 of 10 answered"]);
    yes.extend(["A bit more interested", "Take AP Biology next year"]);
    yes.extend([
        "Ask about the HOSA club",
        "Email Dr. Haddad",
        "Read about nursing",
    ]);
    yes.extend(["Summer camp", "2026-11-15", "Talked about summer programs"]);
    yes.extend(["Will visit the hospital", s::FIT_NOTE, s::SCALE]);
    yes.extend([s::flag_note(Flag::ManySkips)]);
    yes.push(
        "Made with medpath on 2026-11-22. Career figures come from O*NET 29.3 and the U.S. \
Bureau of Labor Statistics; see the program for sources.",
    );
    let no = [
        "Sixth career",
        "Not shown",
        s::NO_RESULTS,
        s::NO_COURSES,
        s::NO_GOALS,
        s::H_NOTES,
        s::flag_note(Flag::SameAnswer),
    ];
    has_all(&d, &yes, &no);
    for f in ALL {
        let out = render(&d, f);
        assert_eq!(out.matches(&shown(f, s::FIT_NOTE)).count(), 1, "{f:?}");
        let order = ["Grade 9", "Grade 10", "Grade 11", "Grade 12"].map(|g| out.find(g));
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{f:?} grades out of order"
        );
        let at = |h: &str| out.find(&shown(f, h)).unwrap();
        assert!(
            HEADINGS.windows(2).all(|w| at(w[0]) < at(w[1])),
            "{f:?} sections"
        );
    }
    let md = render(&d, ReportFormat::Md);
    assert!(md.starts_with("# medpath report: Sam Rivera\n\n- **Grade:** 9\n"));
    assert!(md.contains("Talked about summer programs\\\nWill visit the hospital\n"));
    assert!(md.contains("| Realistic | 2.5 | 3.1 |\n"));
    assert!(md.contains("| Enterprising | skipped | 2.7 |\n"));
    assert!(md.contains("- Volunteering: 40 hours\n- Shadowing: 6 hours\n"));
    tables_are_whole(&md);
    let html = render(&d, ReportFormat::Html);
    assert!(html.contains("Talked about summer programs<br>\nWill visit the hospital"));
    assert!(html.contains("<td dir=\"auto\">Hospital gift shop</td>"));
}

#[test]
fn html_is_one_self_contained_printable_page() {
    for d in [full(), empty()] {
        let html = render(&d, ReportFormat::Html);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">\n<head>\n"));
        assert_eq!(html.matches("<!doctype html>").count(), 1);
        assert!(html.ends_with("</html>\n") && html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<title>medpath report: Sam Rivera</title>"));
        for needle in [
            "@page{margin:15mm}",
            "section.keep{break-inside:avoid",
            "border:1px",
        ] {
            assert!(html.contains(needle), "no {needle}");
        }
        for outside in [
            "http:", "https:", "<script", "<link", "<img", "<a ", "@import", "url(",
        ] {
            assert!(!html.contains(outside), "refers outside: {outside}");
        }
        coordinates_are_short(&html);
    }
}

#[test]
fn html_charts_appear_only_with_something_to_draw() {
    let count = |d: &Dossier| {
        let html = render(d, ReportFormat::Html);
        let svgs = html.matches("<svg").count();
        assert_eq!(html.matches("role=\"img\" aria-label=\"").count(), svgs);
        assert_eq!(html.matches("<title>").count(), svgs + 1);
        assert_eq!(html.matches("</svg>").count(), svgs);
        svgs
    };
    let mut d = full();
    assert_eq!(count(&d), 2, "interests and hours");
    for e in &mut d.experiences {
        e.hours = 0;
    }
    assert_eq!(count(&d), 1, "no hours, no hours chart");
    d.results.clear();
    assert_eq!(count(&d), 0);
    assert_eq!(count(&empty()), 0);

    let html = render(&full(), ReportFormat::Html);
    // The latest bars are solid, the previous ones outlined, and both carry their values.
    assert_eq!(html.matches(&format!("{DARK}/>")).count(), 5 + 1 + 2);
    assert_eq!(html.matches(&format!("{OUTLINE}/>")).count(), 6 + 1);
    assert!(html.contains("latest (2026-11-01)") && html.contains("previous (2026-05-10)"));
    assert!(html.contains("Investigative 4.2 (previous 3.6)"));
    assert!(html.contains("Enterprising skipped (previous 2.7)"));
    assert!(html.contains("Volunteering 40 hours; Shadowing 6 hours"));
    assert!(html.contains(">4.8</text>") && html.contains(">40 hours</text>"));
}

#[test]
fn previous_values_appear_only_when_there_are_two_results() {
    let d = full();
    let before = s::previous_result("2026-05-10");
    has_all(&d, &[&before, "3.6", "2.7"], &[]);
    let md = render(&d, ReportFormat::Md);
    assert!(md.contains("| Interest area | Latest (2026-11-01) | Previous (2026-05-10) |\n"));
    assert!(md.contains("| Investigative | 4.2 | 3.6 |\n"));
    let html = render(&d, ReportFormat::Html);
    assert!(html.contains(">previous (2026-05-10)</text>") && html.contains(">3.6</text>"));
    let mut one = full();
    one.results.truncate(1);
    has_all(&one, &["2026-11-01", "4.2"], &["2026-05-10", "3.6"]);
    let html = render(&one, ReportFormat::Html);
    assert!(!html.contains("previous") && !html.contains(OUTLINE));
    let md = render(&one, ReportFormat::Md);
    assert!(md.contains("| Investigative | 4.2 |\n") && !md.contains("Previous"));
}

#[test]
fn hostile_text_is_escaped_in_html_and_keeps_markdown_tables_whole() {
    let mut d = full();
    d.student.name = HOSTILE.into();
    d.top_matches[0].reasons.push(HOSTILE.into());
    d.shortlist[0].note = HOSTILE.into();
    d.courses[0].careers.push(HOSTILE.into());
    d.experiences[0].title = HOSTILE.into();
    d.experiences[1].reflection = format!("{HOSTILE}\nsecond line");
    d.plans[0].summary.details.person = HOSTILE.into();
    d.goals[0].text = format!("# {HOSTILE}");
    d.checkins[0].summary = format!("> {HOSTILE}\n# not a heading");
    d.results[0].areas[0].name = HOSTILE.into();
    d.notes.push(PrivateNote {
        checkin_id: 7,
        held_on: "2026-11-15".into(),
        text: HOSTILE.into(),
    });

    let html = render(&d, ReportFormat::Html);
    assert!(!html.contains("<script") && !html.contains("\"quoted\""));
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; a &amp; b &quot;quoted&quot; \
|pipe| مرحبا 🩺";
    assert!(html.contains(&format!("<title>medpath report: {escaped}</title>")));
    assert!(html.contains(&format!("<h1 dir=\"auto\">medpath report: {escaped}</h1>")));
    assert!(html.contains(&format!("<td dir=\"auto\">{escaped}</td>")));
    assert!(html.contains(&format!("<li dir=\"auto\">{escaped}</li>")));
    assert!(html.contains(&format!("<p dir=\"auto\">{escaped}</p>")));
    assert!(html.contains(&format!("<text x=\"0\" y=\"44\">{escaped}</text>")));
    assert!(html.contains(&format!("{escaped} second line")));
    assert!(html.matches(escaped).count() >= 10);

    let md = render(&d, ReportFormat::Md);
    tables_are_whole(&md);
    let md_escaped = "\\<script\\>alert(1)\\</script\\> a \\& b \"quoted\" \\|pipe\\| مرحبا 🩺";
    assert!(md.starts_with(&format!("# medpath report: {md_escaped}\n")));
    assert!(md.contains(&format!("| \\# {md_escaped} |")));
    assert!(md.contains(&format!("\\> {md_escaped}\\\n\\# not a heading\n")));
    assert!(md.contains(&format!("| {md_escaped} second line |")));
    // Every '<' from the user is escaped, so nothing reads as HTML.
    assert!(md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')));
    // Only our own headings start a line with '#'.
    let ours = md.lines().filter(|l| l.starts_with('#')).count();
    let headings = 1 + HEADINGS.len() + 1;
    let subs = 5 + 4 + 1 + 3 + 1 + 1;
    assert_eq!(ours, headings + subs, "{md}");
    assert!(!md.lines().any(|l| l.starts_with('>')));
}

#[test]
fn counselor_notes_appear_only_when_included() {
    let mut d = full();
    for f in ALL {
        let out = render(&d, f);
        assert!(!out.contains(&shown(f, s::H_NOTES)), "{f:?}");
        assert!(!out.to_lowercase().contains("private"), "{f:?}");
    }
    d.notes = vec![PrivateNote {
        checkin_id: 7,
        held_on: "2026-11-15".into(),
        text: "Worried about grades in math.\nFollow up in January.".into(),
    }];
    has_all(
        &d,
        &[s::H_NOTES, s::NOTES_INTRO, "Worried about grades in math."],
        &[],
    );
    for f in ALL {
        let out = render(&d, f);
        let notes = out.find(&shown(f, s::H_NOTES)).unwrap();
        assert!(out.find(&shown(f, s::H_CHECKINS)).unwrap() < notes, "{f:?}");
        assert!(out[notes..].contains("Follow up in January."), "{f:?}");
    }
}

#[test]
fn overdue_goals_are_marked_and_closed_goals_listed_apart() {
    let d = full();
    let md = render(&d, ReportFormat::Md);
    assert!(md.contains("| Ask about the HOSA club | 2026-11-01 | **overdue** |\n"));
    assert!(md.contains("| Email Dr. Haddad | 2026-12-15 | open |\n"));
    assert!(md.contains("### Done\n\n- Read about nursing\n"));
    assert!(md.contains("### Dropped\n\n- Summer camp\n"));
    assert_eq!(md.matches("overdue").count(), 1);
    let html = render(&d, ReportFormat::Html);
    assert_eq!(html.matches("<strong>overdue</strong>").count(), 1);
    let mut all_done = full();
    for g in &mut all_done.goals {
        g.status = GoalStatus::Done;
    }
    has_all(
        &all_done,
        &[s::NO_OPEN, "Ask about the HOSA club"],
        &["overdue"],
    );
}

#[test]
fn an_empty_dossier_says_what_is_missing() {
    let d = empty();
    let mut yes = vec![
        "medpath report: Sam Rivera",
        "Made with medpath on 2026-11-22",
    ];
    yes.extend(HEADINGS);
    yes.extend([
        s::NO_RESULTS,
        s::NO_MATCHES_YET,
        s::NO_SHORTLIST,
        s::NO_COURSES,
    ]);
    yes.extend([s::NO_EXPERIENCES, s::NO_PLANS, s::NO_GOALS, s::NO_CHECKINS]);
    yes.push("Take the self-assessment in medpath (key 2)");
    let no = [s::H_NOTES, s::FIT_NOTE, s::SCALE, "Grade 10", "Total:"];
    has_all(&d, &yes, &no);
    for f in ALL {
        assert!(!render(&d, f).to_lowercase().contains("private"));
    }
    let mut matched_but_hidden = empty();
    matched_but_hidden.results = full().results;
    has_all(&matched_but_hidden, &[s::NO_MATCHES], &[s::NO_MATCHES_YET]);
}

#[test]
fn odd_scores_and_grades_do_not_break_the_report() {
    let mut d = full();
    d.results[0].areas[1].score = Some(f32::NAN);
    d.results[0].areas[2].score = Some(7.5);
    d.results[1].areas.clear();
    d.courses.push(course("Statistics", 8, "planned", &[]));
    d.student.name = "  ".into();
    let html = render(&d, ReportFormat::Html);
    coordinates_are_short(&html);
    assert!(html.contains("Investigative skipped (previous skipped)"));
    assert!(!html.contains("NaN") && !html.contains("inf"));
    has_all(&d, &["Grade 8", "Statistics", "7.5"], &[]);
    tables_are_whole(&render(&d, ReportFormat::Md));
}
