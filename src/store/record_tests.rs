//! Store tests for PINs, counselor mode, check-ins, goals, the course plan and experiences.

use super::temp_store;
use crate::domain::NewStudent;
use crate::domain::courses::Course;
use crate::domain::record::{
    CourseStatus, ExperienceKind, GoalStatus, RecordError, parse_experience, parse_goal,
};
use crate::error::Error;
use crate::store::Store;

fn file_bytes(p: &std::path::Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for suffix in ["", "-wal"] {
        let mut f = p.as_os_str().to_owned();
        f.push(suffix);
        if let Ok(b) = std::fs::read(&f) {
            bytes.extend(b);
        }
    }
    bytes
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_pin_is_kept_only_as_a_hash_and_wrong_tries_wait_longer_and_longer() {
    let (_d, p, mut s, ana) = temp_store();
    assert!(!s.students().unwrap()[0].has_pin);
    s.check_pin(ana, "anything", 1000).unwrap();
    assert!(matches!(
        s.set_pin(ana, Some("12")),
        Err(Error::Record(RecordError::BadPin))
    ));
    assert!(s.set_pin(ana, Some("80417")).unwrap());
    assert!(s.students().unwrap()[0].has_pin);
    assert!(!contains(&file_bytes(&p), "80417"), "the PIN is not stored");
    assert!(contains(&file_bytes(&p), "$argon2id$"));

    s.check_pin(ana, "80417", 1000).unwrap();
    // Three wrong tries, then a wait of 5 s, then 10 s.
    let mut now = 1000;
    for _ in 0..2 {
        assert!(matches!(
            s.check_pin(ana, "00000", now),
            Err(Error::Record(RecordError::WrongPin))
        ));
        assert_eq!(s.pin_wait(ana, now).unwrap(), 0);
    }
    // The third wrong try says at once that the next one must wait.
    assert!(matches!(
        s.check_pin(ana, "00000", now),
        Err(Error::Record(RecordError::Wait(5)))
    ));
    assert_eq!(s.pin_wait(ana, now).unwrap(), 5);
    // While waiting, even the right PIN is not taken.
    assert!(matches!(
        s.check_pin(ana, "80417", now + 2),
        Err(Error::Record(RecordError::Wait(3)))
    ));
    now += 5;
    assert!(matches!(
        s.check_pin(ana, "11111", now),
        Err(Error::Record(RecordError::Wait(10)))
    ));
    assert_eq!(s.pin_wait(ana, now).unwrap(), 10);
    // The wait survives closing the program.
    drop(s);
    let mut s = Store::open(&p).unwrap();
    assert_eq!(s.pin_wait(ana, now + 1).unwrap(), 9);
    now += 10;
    s.check_pin(ana, "80417", now).unwrap();
    assert_eq!(s.pin_wait(ana, now).unwrap(), 0);
    // One wrong try after the right one is free again.
    assert!(s.check_pin(ana, "1", now).is_err());
    assert_eq!(s.pin_wait(ana, now).unwrap(), 0);

    assert!(s.set_pin(ana, None).unwrap());
    assert!(!s.students().unwrap()[0].has_pin);
    s.check_pin(ana, "", now).unwrap();
    assert!(!s.set_pin(9999, Some("1234")).unwrap());
}

#[test]
fn counselor_notes_are_sealed_and_need_the_passphrase() {
    let (_d, p, mut s, ana) = temp_store();
    assert!(!s.counselor_is_set_up().unwrap());
    assert!(matches!(
        s.unlock_counselor("whatever passphrase", 1),
        Err(Error::CounselorNotSetUp)
    ));
    assert!(matches!(
        s.set_up_counselor("short", 1),
        Err(Error::Record(RecordError::WeakPassphrase(_)))
    ));
    assert!(
        matches!(
            s.set_up_counselor("password1234", 1),
            Err(Error::Record(RecordError::WeakPassphrase(_)))
        ),
        "the store itself refuses a passphrase that is easy to guess"
    );
    assert!(!s.counselor_is_set_up().unwrap());
    let vault = s
        .set_up_counselor("quiet heron lantern morning 42", 1)
        .unwrap();
    assert!(s.counselor_is_set_up().unwrap());
    assert!(matches!(
        s.set_up_counselor("violet otter compass river 7", 1),
        Err(Error::CounselorSetUp)
    ));

    let id = s
        .add_checkin(
            ana,
            "2026-11-20",
            "We looked at summer programs.",
            Some((&vault, "PRIVATE-WORRY: family pressure about medicine")),
            2,
        )
        .unwrap();
    let plain = s
        .add_checkin(ana, "2026-10-01", "First meeting.", Some((&vault, "  ")), 2)
        .unwrap();
    let list = s.checkins(ana).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, id, "newest first");
    assert!(list[0].has_notes);
    assert!(!list[1].has_notes, "empty notes are stored as none");
    assert_eq!(s.checkin_notes(&vault, ana, plain).unwrap(), None);
    assert_eq!(
        s.checkin_notes(&vault, ana, id).unwrap().as_deref(),
        Some("PRIVATE-WORRY: family pressure about medicine")
    );
    drop(s);
    let bytes = file_bytes(&p);
    assert!(contains(&bytes, "We looked at summer programs."));
    assert!(
        !contains(&bytes, "PRIVATE-WORRY"),
        "notes are encrypted at rest"
    );
    assert!(
        !contains(&bytes, "lantern morning"),
        "the passphrase is not stored"
    );

    let mut s = Store::open(&p).unwrap();
    // Wrong passphrase: refused, counted, and no key; five are free (the fifth starts a
    // wait of one second).
    for _ in 0..4 {
        assert!(matches!(
            s.unlock_counselor("blue heron evening", 10),
            Err(Error::Record(RecordError::WrongPassphrase))
        ));
    }
    assert!(matches!(
        s.unlock_counselor("blue heron evening", 10),
        Err(Error::Record(RecordError::Wait(1)))
    ));
    assert_eq!(s.counselor_wait(10).unwrap(), 1);
    assert!(matches!(
        s.unlock_counselor("quiet heron lantern morning 42", 10),
        Err(Error::Record(RecordError::Wait(1)))
    ));
    let vault = s
        .unlock_counselor("quiet heron lantern morning 42", 20)
        .unwrap();
    assert!(s.checkin_notes(&vault, ana, id).unwrap().is_some());

    // Changing the passphrase keeps every note readable, with the new one only.
    let done = s
        .change_passphrase(&vault, "violet otter compass river 7")
        .unwrap();
    assert_eq!((done.notes, done.unreadable), (1, 0));
    assert!(
        s.unlock_counselor("quiet heron lantern morning 42", 30)
            .is_err()
    );
    let v2 = s
        .unlock_counselor("violet otter compass river 7", 30)
        .unwrap();
    assert!(
        s.checkin_notes(&vault, ana, id).is_err(),
        "notes are sealed under a new key"
    );
    assert!(
        s.checkin_notes(&v2, ana, id)
            .unwrap()
            .unwrap()
            .starts_with("PRIVATE-WORRY")
    );

    // Editing the summary keeps the notes; new notes replace them.
    s.update_checkin(ana, id, "2026-11-21", "Summer programs, HOSA.", None, 40)
        .unwrap();
    assert!(s.checkin_notes(&v2, ana, id).unwrap().is_some());
    s.update_checkin(
        ana,
        id,
        "2026-11-21",
        "Summer programs, HOSA.",
        Some((&v2, "")),
        41,
    )
    .unwrap();
    assert_eq!(s.checkin_notes(&v2, ana, id).unwrap(), None);
}

#[test]
fn goals_carry_their_status_and_belong_to_one_student() {
    let (_d, _p, mut s, ana) = temp_store();
    let ben = s
        .add_student(&NewStudent::parse("Ben", "10").unwrap(), 1)
        .unwrap()
        .id;
    let ci = s.add_checkin(ana, "2026-11-20", "", None, 1).unwrap();
    let a = s
        .add_goal(
            ana,
            Some(ci),
            &parse_goal("Email Dr. Kim", "2026-12-01").unwrap(),
            2,
        )
        .unwrap();
    let b = s
        .add_goal(
            ana,
            Some(ci),
            &parse_goal("Look up HOSA", "2026-11-25").unwrap(),
            2,
        )
        .unwrap();
    let c = s
        .add_goal(ana, None, &parse_goal("Read about nursing", "").unwrap(), 3)
        .unwrap();
    let order: Vec<i64> = s.goals(ana).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(
        order,
        vec![b.id, a.id, c.id],
        "soonest due first, undated last"
    );

    s.set_goal_status(ana, b.id, GoalStatus::Done, 50).unwrap();
    let goals = s.goals(ana).unwrap();
    assert_eq!(goals.last().unwrap().id, b.id, "closed goals go last");
    assert_eq!(goals.last().unwrap().closed_at, Some(50));
    s.set_goal_status(ana, b.id, GoalStatus::Open, 51).unwrap();
    assert_eq!(s.goals(ana).unwrap()[0].closed_at, None);
    s.edit_goal(
        ana,
        c.id,
        &parse_goal("Read about nurse practitioners", "2027-01-10").unwrap(),
    )
    .unwrap();

    // Ben cannot touch Ana's goals or attach a goal to her check-in.
    assert!(s.set_goal_status(ben, a.id, GoalStatus::Done, 1).is_err());
    assert!(s.delete_goal(ben, a.id).is_err());
    assert!(
        s.add_goal(ben, Some(ci), &parse_goal("x", "").unwrap(), 1)
            .is_err()
    );
    assert!(s.goals(ben).unwrap().is_empty());
    assert!(s.checkins(ben).unwrap().is_empty());
    assert!(
        s.update_checkin(ben, ci, "2026-11-20", "x", None, 1)
            .is_err()
    );
    assert!(s.delete_checkin(ben, ci).is_err());

    // Deleting the check-in keeps its goals.
    s.delete_checkin(ana, ci).unwrap();
    let goals = s.goals(ana).unwrap();
    assert_eq!(goals.len(), 3);
    assert!(goals.iter().all(|g| g.checkin_id.is_none()));
    s.delete_goal(ana, a.id).unwrap();
    assert_eq!(s.goals(ana).unwrap().len(), 2);
    assert!(
        s.add_goal(9999, None, &parse_goal("x", "").unwrap(), 1)
            .is_err()
    );
}

#[test]
fn the_course_plan_and_experiences_are_kept_in_order() {
    let (_d, _p, mut s, ana) = temp_store();
    s.set_course(ana, Course::Chemistry, 10, CourseStatus::Planned, 1)
        .unwrap();
    s.set_course(ana, Course::Biology, 9, CourseStatus::Taking, 1)
        .unwrap();
    s.set_course(ana, Course::Chemistry, 11, CourseStatus::Done, 2)
        .unwrap();
    assert!(
        s.set_course(ana, Course::Physics, 8, CourseStatus::Planned, 1)
            .is_err()
    );
    assert!(
        s.set_course(9999, Course::Physics, 9, CourseStatus::Planned, 1)
            .is_err()
    );
    let plan = s.course_plan(ana).unwrap();
    assert_eq!(plan.len(), 2);
    assert_eq!((plan[0].course.as_str(), plan[0].grade), ("biology", 9));
    assert_eq!(
        (plan[1].course.as_str(), plan[1].grade, plan[1].status),
        ("chemistry", 11, CourseStatus::Done)
    );
    assert!(s.remove_course(ana, Course::Biology).unwrap());
    assert!(!s.remove_course(ana, Course::Biology).unwrap());

    let e1 = parse_experience(
        ExperienceKind::Volunteering,
        "Gift shop",
        "2026-06-01",
        "",
        "40",
        "",
    )
    .unwrap();
    let e2 = parse_experience(
        ExperienceKind::Certification,
        "CPR",
        "2026-09-12",
        "",
        "4",
        "Easy",
    )
    .unwrap();
    let e3 = parse_experience(ExperienceKind::Club, "HOSA", "", "", "", "").unwrap();
    let id1 = s.add_experience(ana, &e1, 1).unwrap();
    s.add_experience(ana, &e2, 1).unwrap();
    s.add_experience(ana, &e3, 1).unwrap();
    let titles: Vec<String> = s
        .experiences(ana)
        .unwrap()
        .into_iter()
        .map(|e| e.title)
        .collect();
    assert_eq!(titles, vec!["CPR", "Gift shop", "HOSA"]);
    let mut e1b = e1.clone();
    e1b.hours = 45;
    s.update_experience(ana, id1, &e1b).unwrap();
    assert_eq!(s.experiences(ana).unwrap()[1].hours, 45);
    assert!(s.delete_experience(ana + 1, id1).is_err());
    s.delete_experience(ana, id1).unwrap();
    assert_eq!(s.experiences(ana).unwrap().len(), 2);
}
