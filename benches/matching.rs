//! Scoring an assessment and matching one profile against the whole catalog (the issue's
//! budget: under 1 ms), and drawing the results screen.

use criterion::{Criterion, criterion_group, criterion_main};
use medpath::domain::assessment::{Answers, score};
use medpath::domain::matching::Matcher;
use medpath::domain::{FixedClock, NewStudent};
use medpath::store::Store;
use medpath::tui::action::Action;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn matching(c: &mut Criterion) {
    let mut store = Store::open_in_memory().unwrap();
    let items = store.items().unwrap();
    let careers = store.careers().unwrap();
    let answers: Answers = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.clone(), Some(1 + (i * 7 % 5) as u8)))
        .collect();
    c.bench_function("score one assessment", |b| {
        b.iter(|| score(&items, &answers))
    });
    let scored = score(&items, &answers);
    c.bench_function(
        "match one profile against the whole catalog, with reasons",
        |b| b.iter(|| Matcher::new(&items, &answers, &scored.profile).rank(&careers)),
    );

    let st = store
        .add_student(&NewStudent::parse("Ana", "9").unwrap(), 0)
        .unwrap();
    store.save_taken(st.id, &answers, &scored, 0).unwrap();
    store.save_taken(st.id, &answers, &scored, 1).unwrap();
    let mut app = App::new(store, Box::new(FixedClock(0)), Theme::color()).unwrap();
    app.update(Action::Select);
    app.update(Action::GoTo(medpath::tui::Area::Results));
    let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("render Results 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
    app.update(Action::Changes);
    c.bench_function("render What changed 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
}

criterion_group!(benches, matching);
criterion_main!(benches);
