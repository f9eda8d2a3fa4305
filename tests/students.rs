//! Issue 19's acceptance set: described students, each with the answers such a student would
//! give and the careers a counselor would accept for them, written down before matching was
//! run on them. Every student must find an acceptable career in their top five, and at least
//! four of five top-five places must be acceptable on average. `cargo test --test students --
//! --nocapture` prints the table.

use medpath::domain::assessment::{Answers, Item, Part, score};
use medpath::domain::career::CareerSummary;
use medpath::domain::matching::Matcher;
use medpath::store::Store;

struct Student {
    name: &'static str,
    /// Items answered 5 (strongly like), by id prefix.
    love: &'static [&'static str],
    /// Items answered 4.
    like: &'static [&'static str],
    /// Items answered 1.
    dislike: &'static [&'static str],
    /// Subjects picked (their ids without "subj-").
    subjects: &'static [&'static str],
    /// Years limit (1-5) and cost limit (1-5).
    years: u8,
    cost: u8,
    accept: &'static [&'static str],
}

const STUDENTS: &[Student] = &[
    // Grade 10. Has two dogs and volunteers at an animal shelter; loves biology class and is
    // fine with many years of school.
    Student {
        name: "Maya (animals)",
        love: &[
            "i-cells-under-microscope",
            "r-handle-lab-samples",
            "i-clues-from-tests",
            "r-practice-splints",
        ],
        like: &[
            "i-test-soap-germs",
            "ws-careful-hand-work",
            "ws-many-kinds-of-problems",
        ],
        dislike: &[
            "e-",
            "c-keep-patient-records",
            "ws-feelings-thoughts-habits",
        ],
        subjects: &["animals", "lab"],
        years: 5,
        cost: 5,
        accept: &[
            "veterinarian",
            "veterinary-technician",
            "veterinary-assistant",
            "medical-lab-scientist",
            "medical-scientist",
        ],
    },
    // Grade 11. Plays soccer, tore an ankle ligament and loved the physical therapy; wants to
    // get athletes back on the field; ready for six or seven years.
    Student {
        name: "Diego (sports injuries)",
        love: &[
            "r-tape-athlete-ankle",
            "s-cheer-on-walking-again",
            "i-test-athlete-breathing",
            "r-practice-splints",
        ],
        like: &[
            "ws-face-to-face-all-day",
            "ws-same-patients-years",
            "ws-careful-hand-work",
            "ws-body-not-feelings",
            "ws-regular-daytime-hours",
        ],
        dislike: &[
            "a-act-stress-play",
            "c-count-health-supplies",
            "ws-behind-the-scenes",
        ],
        subjects: &["sports-movement"],
        years: 4,
        cost: 5,
        accept: &[
            "physical-therapist",
            "athletic-trainer",
            "sports-medicine-physician",
            "physical-therapist-assistant",
            "exercise-physiologist",
            "orthopedic-surgeon",
            "physiatrist",
            "chiropractor",
            "orthotist-prosthetist",
            "occupational-therapist",
            "occupational-therapy-assistant",
            "podiatrist",
        ],
    },
    // Grade 9. Wants to start working soon and does not want many years of school; her aunt
    // is a nurse; likes caring for people, little ones and grandparents.
    Student {
        name: "Aaliyah (start soon, caring)",
        love: &[
            "s-calm-worried-patient",
            "s-teach-family-care",
            "s-cheer-on-walking-again",
        ],
        like: &[
            "s-listen-to-classmate",
            "ws-face-to-face-all-day",
            "ws-start-soon-after-school",
            "ws-same-patients-years",
        ],
        dislike: &[
            "ws-many-years-training",
            "i-find-what-sick-people-share",
            "e-pitch-health-app",
        ],
        subjects: &["older-adults", "babies-kids"],
        years: 2,
        cost: 2,
        accept: &[
            "registered-nurse",
            "licensed-practical-nurse",
            "nursing-assistant",
            "medical-assistant",
            "home-health-aide",
            "emt",
            "paramedic",
            "occupational-therapy-assistant",
            "physical-therapist-assistant",
            "dental-assistant",
            "respiratory-therapist",
            "recreational-therapist",
            "phlebotomist",
        ],
    },
    // Grade 12. Wants to help deliver babies; ready for long training.
    Student {
        name: "Sam (pregnancy and birth)",
        love: &[
            "s-calm-worried-patient",
            "i-clues-from-tests",
            "r-practice-splints",
        ],
        like: &[
            "ws-fast-decisions",
            "ws-same-patients-years",
            "ws-face-to-face-all-day",
            "ws-careful-hand-work",
            "s-teach-family-care",
        ],
        dislike: &["ws-behind-the-scenes", "c-count-health-supplies"],
        subjects: &["pregnancy-birth", "babies-kids"],
        years: 5,
        cost: 5,
        accept: &[
            "obstetrician-gynecologist",
            "nurse-midwife",
            "maternal-fetal-medicine-specialist",
            "neonatologist",
            "sonographer",
            "pediatrician",
            "registered-nurse",
            "family-physician",
            "genetic-counselor",
        ],
    },
    // Grade 10. Loves computers and math, does not want to see patients, wants to work on
    // data about diseases.
    Student {
        name: "Jordan (data, no patients)",
        love: &[
            "i-find-what-sick-people-share",
            "e-pitch-health-app",
            "c-keep-patient-records",
            "i-clues-from-tests",
        ],
        like: &[
            "ws-behind-the-scenes",
            "ws-test-new-treatments",
            "ws-protect-whole-town",
            "ws-regular-daytime-hours",
            "ws-calm-planned-pace",
        ],
        dislike: &[
            "ws-face-to-face-all-day",
            "r-tape-athlete-ankle",
            "s-cheer-on-walking-again",
            "ws-fast-decisions",
        ],
        subjects: &["computers-data", "community-health"],
        years: 5,
        cost: 5,
        accept: &[
            "biostatistician",
            "epidemiologist",
            "health-information-specialist",
            "medical-scientist",
            "health-services-manager",
            "medical-dosimetrist",
            "biomedical-engineer",
            "preventive-medicine-physician",
        ],
    },
    // Grade 11. Friends come to her when they are anxious; wants to help teens with their
    // feelings; would rather talk than do procedures; graduate school is fine.
    Student {
        name: "Lin (teens' feelings)",
        love: &[
            "s-listen-to-classmate",
            "a-act-stress-play",
            "s-calm-worried-patient",
        ],
        like: &[
            "ws-feelings-thoughts-habits",
            "ws-think-talk-advise",
            "ws-same-patients-years",
            "ws-regular-daytime-hours",
        ],
        dislike: &[
            "ws-careful-hand-work",
            "r-handle-lab-samples",
            "ws-high-tech-imaging",
        ],
        subjects: &["feelings-mind", "teens"],
        years: 4,
        cost: 5,
        accept: &[
            "mental-health-counselor",
            "clinical-psychologist",
            "healthcare-social-worker",
            "child-psychiatrist",
            "psychiatrist",
            "art-therapist",
            "music-therapist",
            "psychiatric-nurse-practitioner",
            "recreational-therapist",
        ],
    },
    // Grade 12. Wants action and emergencies, fine with nights, wants to start soon.
    Student {
        name: "Marcus (action, start soon)",
        love: &[
            "ws-fast-decisions",
            "r-practice-splints",
            "s-calm-worried-patient",
        ],
        like: &[
            "ws-nights-weekends",
            "ws-new-patients-each-day",
            "ws-start-soon-after-school",
            "ws-many-kinds-of-problems",
        ],
        dislike: &[
            "ws-calm-planned-pace",
            "ws-regular-daytime-hours",
            "c-count-health-supplies",
        ],
        subjects: &["emergencies"],
        years: 2,
        cost: 5,
        accept: &[
            "emt",
            "paramedic",
            "registered-nurse",
            "critical-care-nurse",
            "respiratory-therapist",
            "licensed-practical-nurse",
            "surgical-technologist",
            "cardiovascular-technologist",
        ],
    },
    // Grade 11. Wants to be a surgeon: loves careful hand work and drawing anatomy.
    Student {
        name: "Priya (surgery)",
        love: &[
            "ws-careful-hand-work",
            "r-practice-splints",
            "a-draw-inside-body",
            "i-clues-from-tests",
        ],
        like: &[
            "ws-expert-one-body-part",
            "ws-many-years-training",
            "ws-fast-decisions",
            "ws-high-tech-imaging",
        ],
        dislike: &["ws-feelings-thoughts-habits", "ws-think-talk-advise"],
        subjects: &["operations", "brain", "heart"],
        years: 5,
        cost: 5,
        accept: &[
            "general-surgeon",
            "neurosurgeon",
            "cardiothoracic-surgeon",
            "orthopedic-surgeon",
            "trauma-surgeon",
            "vascular-surgeon",
            "plastic-surgeon",
            "pediatric-surgeon",
            "colorectal-surgeon",
            "otolaryngologist",
            "urologist",
            "ophthalmologist",
            "oral-surgeon",
            "anesthesiologist",
            "surgical-technologist",
            "interventional-radiologist",
            "cardiologist",
            "neurologist",
            "obstetrician-gynecologist",
        ],
    },
    // Grade 10. Robotics club; likes fixing machines and wonders how an MRI works; not so
    // keen on patients all day.
    Student {
        name: "Tomás (machines)",
        love: &[
            "r-repair-hospital-machine",
            "ws-high-tech-imaging",
            "r-fit-brace-or-leg",
        ],
        like: &[
            "i-test-soap-germs",
            "e-pitch-health-app",
            "ws-behind-the-scenes",
        ],
        dislike: &[
            "s-listen-to-classmate",
            "a-act-stress-play",
            "ws-feelings-thoughts-habits",
        ],
        subjects: &["machines-imaging", "computers-data"],
        years: 4,
        cost: 5,
        accept: &[
            "biomedical-engineer",
            "radiologic-technologist",
            "mri-technologist",
            "sonographer",
            "nuclear-medicine-technologist",
            "radiation-therapist",
            "medical-dosimetrist",
            "cardiovascular-technologist",
            "orthotist-prosthetist",
            "medical-lab-scientist",
        ],
    },
    // Grade 9. Babysits and loves little kids; wants to teach and care for children.
    Student {
        name: "Grace (young children)",
        love: &[
            "s-teach-kids-first-aid",
            "a-write-hospital-story",
            "a-design-health-poster",
            "s-calm-worried-patient",
        ],
        like: &[
            "ws-babies-kids-teens",
            "ws-same-patients-years",
            "ws-face-to-face-all-day",
            "ws-regular-daytime-hours",
        ],
        dislike: &["ws-adults-older-people", "ws-behind-the-scenes"],
        subjects: &["babies-kids", "teaching"],
        years: 4,
        cost: 5,
        accept: &[
            "pediatrician",
            "registered-nurse",
            "speech-language-pathologist",
            "occupational-therapist",
            "health-education-specialist",
            "dental-hygienist",
            "dental-assistant",
            "art-therapist",
            "music-therapist",
            "nurse-practitioner",
            "medical-assistant",
            "occupational-therapy-assistant",
            "physical-therapist-assistant",
            "audiologist",
            "recreational-therapist",
        ],
    },
    // Grade 12. Student council president; likes organizing and business; would run a
    // hospital one day.
    Student {
        name: "Omar (leading)",
        love: &[
            "e-lead-new-clinic",
            "e-convince-town-leaders",
            "e-lead-health-fair-volunteers",
            "e-run-hospital-fundraiser",
            "c-plan-blood-drive-schedule",
        ],
        like: &[
            "ws-protect-whole-town",
            "ws-regular-daytime-hours",
            "ws-behind-the-scenes",
        ],
        dislike: &[
            "r-handle-lab-samples",
            "ws-careful-hand-work",
            "i-cells-under-microscope",
        ],
        subjects: &["leading-team", "community-health"],
        years: 5,
        cost: 5,
        accept: &[
            "health-services-manager",
            "health-education-specialist",
            "patient-advocate",
            "epidemiologist",
            "preventive-medicine-physician",
            "health-information-specialist",
            "healthcare-social-worker",
            "clinical-nurse-specialist",
        ],
    },
    // Grade 10. Plays piano and paints; wants to use art to help people feel better.
    Student {
        name: "Hannah (art and music)",
        love: &[
            "a-design-calm-waiting-room",
            "a-draw-inside-body",
            "a-act-stress-play",
            "a-write-hospital-story",
            "s-listen-to-classmate",
        ],
        like: &["ws-feelings-thoughts-habits", "ws-same-patients-years"],
        dislike: &[
            "r-handle-lab-samples",
            "c-follow-lab-steps",
            "ws-fast-decisions",
        ],
        subjects: &["art-music", "feelings-mind"],
        years: 4,
        cost: 5,
        accept: &[
            "art-therapist",
            "music-therapist",
            "recreational-therapist",
            "mental-health-counselor",
            "clinical-psychologist",
            "occupational-therapist",
            "health-education-specialist",
        ],
    },
    // Grade 11. Wants to be like his orthodontist; likes careful work and regular hours.
    Student {
        name: "Ben (teeth)",
        love: &[
            "r-practice-splints",
            "ws-careful-hand-work",
            "s-calm-worried-patient",
        ],
        like: &[
            "ws-regular-daytime-hours",
            "ws-same-patients-years",
            "ws-expert-one-body-part",
        ],
        dislike: &["ws-nights-weekends", "ws-fast-decisions"],
        subjects: &["teeth"],
        years: 5,
        cost: 5,
        accept: &[
            "dentist",
            "orthodontist",
            "dental-hygienist",
            "dental-assistant",
            "oral-surgeon",
        ],
    },
];

fn answers(items: &[Item], s: &Student) -> Answers {
    let has = |list: &[&str], id: &str| list.iter().any(|p| id.starts_with(p));
    items
        .iter()
        .map(|it| {
            let v = match it.part {
                Part::Subjects => {
                    let sub = it.id.trim_start_matches("subj-");
                    if s.subjects.contains(&sub) { 5 } else { 1 }
                }
                Part::Limits if it.id == "limit-years" => s.years,
                Part::Limits => s.cost,
                _ if has(s.love, &it.id) => 5,
                _ if has(s.like, &it.id) => 4,
                _ if has(s.dislike, &it.id) => 1,
                // Not mentioned: a shrug on work style, mild on activities.
                Part::WorkStyle => 3,
                _ => 2,
            };
            (it.id.clone(), Some(v))
        })
        .collect()
}

#[test]
fn described_students_find_careers_a_counselor_would_accept() {
    let store = Store::open_in_memory().unwrap();
    let items = store.items().unwrap();
    let careers: Vec<CareerSummary> = store.careers().unwrap();
    let ids: Vec<&str> = careers.iter().map(|c| c.id.as_str()).collect();
    let (mut good_slots, mut slots) = (0, 0);
    let mut table =
        String::from("| student | top five (* = acceptable) | acceptable |\n|---|---|---|\n");
    for s in STUDENTS {
        for a in s.accept {
            assert!(ids.contains(a), "{}: {a} is not a catalog career", s.name);
        }
        let a = answers(&items, s);
        let p = score(&items, &a).profile;
        let ranked = Matcher::new(&items, &a, &p).rank(&careers);
        let top: Vec<&str> = ranked
            .iter()
            .take(5)
            .map(|m| m.career_id.as_str())
            .collect();
        let ok = top.iter().filter(|c| s.accept.contains(c)).count();
        good_slots += ok;
        slots += 5;
        let shown: Vec<String> = top
            .iter()
            .map(|c| {
                if s.accept.contains(c) {
                    format!("{c}*")
                } else {
                    c.to_string()
                }
            })
            .collect();
        table.push_str(&format!("| {} | {} | {ok}/5 |\n", s.name, shown.join(", ")));
        assert!(
            ok >= 1,
            "{}: no acceptable career in the top five: {top:?}",
            s.name
        );
    }
    table.push_str(&format!("| all | | {good_slots}/{slots} |\n"));
    eprintln!("{table}");
    assert!(STUDENTS.len() >= 12);
    assert!(
        good_slots * 5 >= slots * 4,
        "{good_slots} of {slots} top-five places acceptable\n{table}"
    );
}
