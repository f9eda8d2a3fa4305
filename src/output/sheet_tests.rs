use super::*;
use crate::domain::plan::{Format, Interest};
use unicode_width::UnicodeWidthStr;

const INFO: SheetInfo<'static> = SheetInfo {
    student: "Sam Rivera",
    grade: 9,
    career: Some("Family medicine physician"),
    today: "2026-11-22",
};

/// A plan written by hand: three questions (one opener, one with a follow-up), one tick.
const PLAN: &str = r#"{"id": 1, "student_id": 1, "checklist": ["grown-up"],
  "details": {"person": "Dr. Amira Haddad", "role": "family doctor at the Elm Street clinic",
    "career_id": "family-medicine", "date": "2026-12-03", "format": "FORMAT",
    "goal": "How long the training takes"},
  "questions": [
    {"id": 1, "source": "day", "text": "What does a normal day look like for you?",
     "opener": true, "answer": "", "followups": ""},
    {"id": 2, "source": null, "text": "What did you study in high school?",
     "opener": false, "answer": "", "followups": "Which science class helped most?"},
    {"id": 3, "source": null, "text": "What is the hardest part of your job?",
     "opener": false, "answer": "", "followups": ""}],
  "reflection": {"surprised": "", "harder_better": "", "interest": null, "next_step": ""},
  "applied_interest": null, "created_at": 0, "updated_at": 0}"#;

fn plan(format: Format) -> Plan {
    serde_json::from_str(&PLAN.replace("FORMAT", format.as_str())).unwrap()
}

fn answered(format: Format) -> Plan {
    let mut p = plan(format);
    p.questions[0].answer = "Patients from 8 to 5, then paperwork.".into();
    p.questions[2].answer = "Telling families bad news.\nIt never gets easy.".into();
    p.reflection.surprised = "How much time goes to paperwork".into();
    p.reflection.harder_better = "Better: she knows her patients for years".into();
    p.reflection.interest = Interest::new(1);
    p.reflection.next_step = "Take AP Biology next year".into();
    p
}

/// Every format names the person, holds every question and each of `yes`, none of
/// `no`, and comes out the same twice.
fn has_all(p: &Plan, info: &SheetInfo, yes: &[&str], no: &[&str]) {
    for f in SheetFormat::ALL {
        let out = render(p, info, f);
        assert_eq!(out, render(p, info, f), "{f:?} is not deterministic");
        let questions = p.questions.iter().map(|q| q.text.as_str());
        for t in questions
            .chain([p.details.person.as_str()])
            .chain(yes.iter().copied())
        {
            assert!(out.contains(t), "{f:?} lacks {t:?}\n{out}");
        }
        for t in no {
            assert!(!out.contains(t), "{f:?} has {t:?}\n{out}");
        }
    }
}

#[test]
fn formats_round_trip() {
    for f in SheetFormat::ALL {
        assert_eq!(SheetFormat::parse(f.as_str()), Some(f));
        assert_eq!(f.extension(), f.as_str());
    }
    assert_eq!(SheetFormat::parse("pdf"), None);
}

#[test]
fn the_question_sheet_has_room_for_notes_checklist_privacy_and_request() {
    let p = plan(Format::InPerson);
    let mut yes = vec![
        "Interview plan: Dr. Amira Haddad",
        "Which science class helped most?",
    ];
    yes.extend([s::CHECKLIST_TITLE, si::PRIVACY_TITLE, si::REQUEST_TITLE]);
    yes.extend(["My name is Sam Rivera", "about 12 minutes", "2026-12-03"]);
    yes.push("Made with medpath on 2026-11-22");
    // The privacy rules, by their first words (plain text wraps the rest).
    let rules = si::PRIVACY_RULES.map(|r| r.split(' ').take(6).collect::<Vec<_>>().join(" "));
    yes.extend(rules.iter().map(String::as_str));
    has_all(
        &p,
        &INFO,
        &yes,
        &[s::REFLECTION_TITLE, s::THANKS_TITLE, s::NOTES],
    );

    let md = render(&p, &INFO, SheetFormat::Md);
    assert!(md.contains(&format!("- [x] {}\n- [ ] ", si::CHECK_GROWN_UP)));
    let rule = format!("\n{}\n", "_".repeat(60));
    assert_eq!(md.matches(&rule).count(), 3 * NOTE_LINES);
    let txt = render(&p, &INFO, SheetFormat::Txt);
    let title = "Interview plan: Dr. Amira Haddad\n================================\n";
    assert!(txt.starts_with(title));
    assert!(txt.contains("[x] Tell a parent") && txt.contains("[ ] Plan how you get"));
    let rule = format!("\n   {}\n", "_".repeat(75));
    assert_eq!(txt.matches(&rule).count(), 3 * NOTE_LINES);
    let html = render(&p, &INFO, SheetFormat::Html);
    assert!(html.contains("\u{2611}</span>Tell a parent"));
    assert!(html.contains("\u{2610}</span>Plan how you get"));
    assert_eq!(html.matches("<div class=\"lines\"").count(), 3);
}

#[test]
fn the_record_has_answers_reflection_and_thank_you_but_no_checklist() {
    let p = answered(Format::Shadowing);
    let r = &p.reflection;
    let mut yes = vec!["Shadowing plan: Dr. Amira Haddad", "It never gets easy."];
    yes.extend([
        "Patients from 8 to 5, then paperwork.",
        "Telling families bad news.",
    ]);
    yes.extend([
        s::NO_NOTES,
        si::R_SURPRISED,
        si::R_HARDER_BETTER,
        si::R_INTEREST,
        si::R_NEXT,
    ]);
    yes.extend([&r.surprised, &r.harder_better, &r.next_step].map(String::as_str));
    yes.extend([
        si::interest_name(1),
        s::THANKS_TITLE,
        "Thank you for letting me shadow",
    ]);
    yes.push("Something that surprised me:");
    let no = [
        s::CHECKLIST_TITLE,
        si::CHECK_GROWN_UP,
        si::PRIVACY_TITLE,
        si::REQUEST_TITLE,
    ];
    has_all(&p, &INFO, &yes, &[&no[..], &["__________"]].concat());
}

#[test]
fn html_is_one_printable_document_with_user_text_escaped() {
    let mut p = answered(Format::Video);
    p.details.person = "Dr. <script>alert(1)</script> & \"Co\"".into();
    p.questions[0].answer = "Salt & pepper <b>bold</b> it's".into();
    let html = render(&p, &INFO, SheetFormat::Html);
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.ends_with("</html>\n") && html.contains("<meta charset=\"utf-8\">"));
    assert!(!html.contains("<script") && !html.contains("<b>bold"));
    let person = "Dr. &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;";
    assert!(html.contains(&format!("<title>Interview plan: {person}</title>")));
    assert!(html.contains("Salt &amp; pepper &lt;b&gt;bold&lt;/b&gt; it&#39;s"));
    for needle in [
        "@page{margin:16mm}",
        "break-inside:avoid",
        "break-after:avoid",
    ] {
        assert!(html.contains(needle), "no {needle}");
    }
    for outside in ["http", "<link", "<img", "<a ", "@import", "url("] {
        assert!(!html.contains(outside), "refers outside: {outside}");
    }
}

#[test]
fn markdown_escapes_user_markup() {
    let mut p = plan(Format::Phone);
    p.details.person = "Dr. *Bold* Lee".into();
    p.details.goal = "[link](x) and `code` | pipes".into();
    p.questions[0].text = "# Not a heading, *bold*, _under_ <b>".into();
    p.questions[1].followups = "- a dash\n1. not numbered\n# nor a heading".into();
    let md = render(&p, &INFO, SheetFormat::Md);
    assert!(md.starts_with("# Interview plan: Dr. \\*Bold\\* Lee\n"));
    assert!(!md.contains("*Bold*"));
    assert!(md.contains("### 1. \\# Not a heading, \\*bold\\*, \\_under\\_ \\<b\\>\n"));
    assert!(md.contains("\\[link\\](x) and \\`code\\` \\| pipes"));
    let f = "**Follow-ups:** - a dash\\\n1\\. not numbered\\\n\\# nor a heading\n";
    assert!(md.contains(f));
    // Only our own headings start a line with '#': the title, four sections, three questions.
    assert_eq!(md.lines().filter(|l| l.starts_with('#')).count(), 8);
}

#[test]
fn plain_text_fits_78_columns_with_long_words_emoji_and_rtl() {
    let mut p = answered(Format::InPerson);
    p.details.role = format!("surgeon 🩺 {}", "x".repeat(200));
    p.details.goal = "שלום עולם مرحبا بالعالم ".repeat(10);
    p.questions[0].text = format!("{}?", "word ".repeat(600));
    p.questions[1].answer = "🩺🫀🧠 ".repeat(80);
    p.reflection.next_step = "y".repeat(300);
    for plan in [p, plan(Format::Video)] {
        let txt = render(&plan, &INFO, SheetFormat::Txt);
        for l in txt.lines() {
            assert!(
                l.width() <= WIDTH && l == l.trim_end(),
                "{}: {l}",
                l.width()
            );
        }
        assert!(txt.contains("\nLength:   about 12 minutes\n") && !txt.contains('<'));
    }
}

#[test]
fn an_empty_plan_renders_in_every_format_and_mode() {
    let mut p = plan(Format::Phone);
    p.questions.clear();
    p.details.person = "Nurse Jo 👩🏽‍⚕️".into();
    (p.details.role, p.details.goal, p.details.date) = (String::new(), String::new(), None);
    let bare = SheetInfo {
        student: "",
        grade: 6,
        career: None,
        ..INFO
    };
    let yes = [
        "No questions yet.",
        s::NO_DATE,
        s::NO_GOAL,
        "no questions yet",
        "Grade 6",
    ];
    let before = [s::CHECKLIST_TITLE, "as a health professional"];
    has_all(&p, &bare, &[&yes[..], &before].concat(), &[s::L_CAREER]);
    p.reflection.next_step = "Ask my aunt".into();
    let after = ["Ask my aunt", "health professional"];
    has_all(
        &p,
        &bare,
        &[&yes[..], &after].concat(),
        &[s::CHECKLIST_TITLE],
    );
}

#[test]
fn control_characters_do_not_reach_the_sheet() {
    let mut p = answered(Format::Video);
    p.questions[0].answer = "ok\u{1b}[31m red\r\nnext\tline\u{7}".into();
    has_all(&p, &INFO, &["next line"], &["\u{1b}", "\r", "\t", "\u{7}"]);
}
