use super::*;

fn minimal() -> serde_json::Value {
    serde_json::json!({
        "format": "medpath-student",
        "version": 1,
        "exported_at": 1_790_000_000,
        "student": {"name": "Ana", "grade": 9, "created_at": 1_780_000_000, "last_active": 1_790_000_000}
    })
}

fn parse_value(v: &serde_json::Value) -> Result<ExportFile, ImportError> {
    parse(&v.to_string())
}

#[test]
fn a_minimal_file_is_read() {
    let f = parse_value(&minimal()).unwrap();
    assert_eq!(f.student.name, "Ana");
    assert!(f.plans.is_empty());
}

#[test]
fn depth_is_counted_without_parsing_and_ignores_brackets_in_strings() {
    assert_eq!(depth("{\"a\": [1, {\"b\": \"[[[[\"}]}", 99), 3);
    assert_eq!(depth("\"\\\"[[\"", 99), 0);
    let deep = "[".repeat(100_000);
    assert!(depth(&deep, MAX_DEPTH) > MAX_DEPTH);
    assert_eq!(parse(&deep).unwrap_err(), ImportError::TooDeep);
}

#[test]
fn hostile_and_damaged_files_are_refused_with_a_reason() {
    let big = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES as usize));
    assert!(matches!(parse(&big), Err(ImportError::TooBig(_))));
    assert!(matches!(
        parse("{\"format\": \"medpath-stu"),
        Err(ImportError::NotJson(_))
    ));
    assert!(matches!(parse(""), Err(ImportError::NotJson(_))));
    assert_eq!(parse("[1, 2]").unwrap_err(), ImportError::NotMedpath);
    assert_eq!(
        parse("{\"hello\": 1}").unwrap_err(),
        ImportError::NotMedpath
    );

    let mut v = minimal();
    v["version"] = 7.into();
    let e = parse_value(&v).unwrap_err();
    assert_eq!(e, ImportError::Newer(7));
    assert!(e.to_string().contains("newer medpath"), "{e}");

    let mut v = minimal();
    v["student"]["grade"] = "nine".into();
    assert!(matches!(parse_value(&v), Err(ImportError::BadShape(_))));
    let mut v = minimal();
    v["surprise"] = 1.into();
    assert!(matches!(parse_value(&v), Err(ImportError::BadShape(_))));
    let mut v = minimal();
    v["plans"] = serde_json::json!({"not": "a list"});
    assert!(matches!(parse_value(&v), Err(ImportError::BadShape(_))));
}

fn refused(v: serde_json::Value, place: &str) {
    match parse_value(&v) {
        Err(ImportError::BadValue(p, what)) => {
            assert!(p.starts_with(place), "{p} / {what}");
            let msg = ImportError::BadValue(p, what).to_string();
            assert!(msg.contains("Nothing was changed"), "{msg}");
        }
        other => panic!("{place}: expected a bad value, got {other:?}"),
    }
}

#[test]
fn every_value_is_checked() {
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = minimal();
        f(&mut v);
        v
    };
    refused(with(&|v| v["student"]["name"] = "".into()), "student.name");
    refused(
        with(&|v| v["student"]["name"] = "x".repeat(500).into()),
        "student.name",
    );
    refused(with(&|v| v["student"]["grade"] = 3.into()), "student.grade");
    refused(
        with(&|v| v["student"]["created_at"] = (-5).into()),
        "student.created_at",
    );
    refused(
        with(&|v| v["student"]["pin_hash"] = "1234".into()),
        "student.pin_hash",
    );
    refused(
        with(&|v| {
            v["assessments"] = serde_json::json!([{"started_at": 1_780_000_000, "finished_at": 1_780_000_100,
                "position": 0, "answers": [{"item": "r-x", "value": 9, "answered_at": 1_780_000_000}]}])
        }),
        "assessments[0].answers[0]",
    );
    refused(
        with(&|v| {
            v["assessments"] = serde_json::json!([{"started_at": 1_780_000_000, "finished_at": null,
                "position": 0, "answers": [{"item": "DROP TABLE students;--", "value": 3, "answered_at": 1_780_000_000}]}])
        }),
        "assessments[0].answers[0]",
    );
    refused(
        with(&|v| {
            v["shortlist"] = serde_json::json!([
                {"career": "dentist", "note": "", "added_at": 1_780_000_000},
                {"career": "dentist", "note": "", "added_at": 1_780_000_000}])
        }),
        "shortlist[1]",
    );
    refused(
        with(&|v| {
            v["shortlist"] = serde_json::json!([
                {"career": "dentist", "note": "bell \u{7}", "added_at": 1_780_000_000}])
        }),
        "shortlist[0]",
    );
    refused(
        with(&|v| {
            v["checkins"] = serde_json::json!([{"held_on": "2026-13-01", "summary": "",
                "created_at": 1_780_000_000, "updated_at": 1_780_000_000}])
        }),
        "checkins[0]",
    );
    refused(
        with(&|v| {
            v["goals"] = serde_json::json!([{"checkin": 0, "text": "Read", "due_on": null,
                "status": "open", "created_at": 1_780_000_000, "closed_at": null}])
        }),
        "goals[0]",
    );
    refused(
        with(&|v| {
            v["goals"] = serde_json::json!([{"checkin": null, "text": "Read", "due_on": null,
                "status": "done", "created_at": 1_780_000_000, "closed_at": null}])
        }),
        "goals[0]",
    );
    refused(
        with(&|v| {
            v["courses"] = serde_json::json!([{"course": "underwater-basket-weaving", "grade": 9,
                "status": "planned", "updated_at": 1_780_000_000}])
        }),
        "courses[0]",
    );
    refused(
        with(&|v| {
            v["experiences"] = serde_json::json!([{"kind": "club", "title": "HOSA", "started_on": null,
                "ended_on": null, "hours": 99999, "reflection": "", "created_at": 1_780_000_000}])
        }),
        "experiences[0]",
    );
    let many: Vec<serde_json::Value> = (0..MAX_ITEMS + 1)
        .map(|i| serde_json::json!({"career": format!("c-{i}"), "hidden_at": 1_780_000_000}))
        .collect();
    refused(with(&|v| v["hidden"] = many.clone().into()), "hidden");
}

#[test]
fn names_with_emoji_and_right_to_left_text_are_welcome() {
    let mut v = minimal();
    v["student"]["name"] = "ليلى 🌟".into();
    assert_eq!(parse_value(&v).unwrap().student.name, "ليلى 🌟");
}

#[test]
fn hex_round_trips() {
    assert_eq!(to_hex(&[0, 15, 255]), "000fff");
    assert_eq!(from_hex("000fff").unwrap(), vec![0, 15, 255]);
    assert_eq!(from_hex("00F"), None);
    assert_eq!(from_hex("zz"), None);
    assert_eq!(from_hex("é1"), None);
}
