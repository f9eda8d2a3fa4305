//! Start-up and per-keystroke costs, in process. The whole-process figure (binary start to
//! first frame, against a minimal ratatui program) is measured by `scripts/perf.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use medpath::domain::FixedClock;
use medpath::domain::explore::{Filters, SortBy, filtered};
use medpath::domain::search::Searcher;
use medpath::store::Store;
use medpath::tui::action::Action;
use medpath::tui::app::App;
use medpath::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.db");
    drop(Store::open(&db).unwrap());

    c.bench_function("open existing database + first frame 80x24", |b| {
        b.iter(|| {
            let store = Store::open(&db).unwrap();
            let app = App::new(store, Box::new(FixedClock(0)), Theme::color()).unwrap();
            let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            t.draw(|f| app.render(f)).unwrap();
        })
    });

    c.bench_function("load reference data into a new database", |b| {
        b.iter(|| Store::open_in_memory().unwrap())
    });

    let store = Store::open_in_memory().unwrap();
    let mut app = App::new(store, Box::new(FixedClock(0)), Theme::color()).unwrap();
    app.update(medpath::tui::action::Action::GoTo(
        medpath::tui::Area::Explore,
    ));
    let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("render Explore with detail 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });

    let list = Store::open_in_memory().unwrap().careers().unwrap();
    let mut s = Searcher::default();
    c.bench_function("search the catalog for one keystroke", |b| {
        b.iter(|| s.search(&list, "pedia"))
    });
    // Typing a whole word: one search per prefix, so the figure per keystroke is this / 12.
    let word = "pediatrician";
    c.bench_function(
        "search the catalog, typing 'pediatrician' (12 keystrokes)",
        |b| {
            b.iter(|| {
                for n in 1..=word.len() {
                    s.search(&list, &word[..n]);
                }
            })
        },
    );
    c.bench_function("search the catalog, typo fallback (no direct hit)", |b| {
        b.iter(|| s.search(&list, "cardoilogist"))
    });
    let big: Vec<_> = (0..20)
        .flat_map(|i| {
            list.iter().map(move |c| {
                let mut c = c.clone();
                c.id = format!("{}-{i}", c.id);
                c.title = format!("{} {i}", c.title);
                c
            })
        })
        .collect();
    c.bench_function("search a 20x synthetic catalog for one keystroke", |b| {
        b.iter(|| s.search(&big, "pedia"))
    });
    c.bench_function("search a 20x synthetic catalog, typo fallback", |b| {
        b.iter(|| s.search(&big, "cardoilogist"))
    });
    let filters = Filters {
        under_years: Some(4),
        ..Filters::default()
    };
    c.bench_function("filter and sort the catalog", |b| {
        b.iter(|| filtered(&list, &filters, SortBy::Pay))
    });

    // Compare, drawn at 200x60.
    let store = Store::open_in_memory().unwrap();
    let mut app = App::new(store, Box::new(FixedClock(0)), Theme::color()).unwrap();
    app.update(Action::GoTo(medpath::tui::Area::Explore));
    let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    app.update(Action::Compare);
    app.update(Action::Down);
    app.update(Action::Compare);
    c.bench_function("render Compare 200x60", |b| {
        b.iter(|| {
            t.draw(|f| app.render(f)).unwrap();
        })
    });
}

criterion_group!(benches, startup);
criterion_main!(benches);
