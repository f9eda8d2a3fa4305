//! Interview prep: suggesting a plan's questions, drawing the plan and practice screens at
//! 200x60 (issue 8's render budget: under 1 ms) and rendering the printable sheet.

use criterion::{Criterion, criterion_group, criterion_main};
use medpath::domain::career::Field;
use medpath::domain::plan::{Format, parse_details};
use medpath::domain::suggest::{SuggestFor, suggest};
use medpath::domain::{FixedClock, NewStudent};
use medpath::output::sheet::{SheetFormat, SheetInfo, render};
use medpath::store::Store;
use medpath::tui::action::Action;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn interview(c: &mut Criterion) {
    let mut store = Store::open_in_memory().unwrap();
    let bank = store.questions().unwrap();
    let want = SuggestFor {
        field: Some(Field::PrimaryCare),
        grade: 9,
        ..SuggestFor::default()
    };
    c.bench_function("suggest a plan's questions from the bank", |b| {
        b.iter(|| suggest(&bank, &want))
    });

    let st = store
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), 0)
        .unwrap();
    for career in ["pediatrician", "nurse-practitioner", "family-physician"] {
        store.star(st.id, career, 0).unwrap();
    }
    let d = parse_details(
        "Dr. Lee",
        "family doctor",
        Some("family-physician".into()),
        "2026-12-03",
        Format::InPerson,
        "what a normal day is like",
    )
    .unwrap();
    c.bench_function("suggestions for a new plan, from the database", |b| {
        b.iter(|| store.suggestions(&st, &d).unwrap())
    });
    let qs = store.suggestions(&st, &d).unwrap();
    let id = store.create_plan(st.id, &d, &qs, 0).unwrap();
    let plan = store.plan(st.id, id).unwrap().unwrap();
    c.bench_function("render the HTML sheet", |b| {
        b.iter(|| {
            render(
                &plan,
                &SheetInfo {
                    student: "Ana",
                    grade: 9,
                    career: Some("Family physician"),
                    today: "2026-11-22",
                },
                SheetFormat::Html,
            )
        })
    });

    let mut app = App::new(store, Box::new(FixedClock(0)), Theme::color()).unwrap();
    app.update(Action::Select);
    app.update(Action::GoTo(medpath::tui::Area::Interview));
    app.update(Action::Select);
    let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("render a plan's questions 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    app.update(Action::Next);
    c.bench_function("render practice 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
}

criterion_group!(benches, interview);
criterion_main!(benches);
