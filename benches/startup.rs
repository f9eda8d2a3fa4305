//! Start-up and per-keystroke costs, in process. The whole-process figure (binary start to
//! first frame) is in the README, measured with hyperfine.

use criterion::{Criterion, criterion_group, criterion_main};
use medpath::domain::FixedClock;
use medpath::domain::search::Searcher;
use medpath::store::Store;
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
}

criterion_group!(benches, startup);
criterion_main!(benches);
