//! Costs that grow with the number of students.

use criterion::{criterion_group, criterion_main, Criterion};

fn scale(_c: &mut Criterion) {}

criterion_group!(benches, scale);
criterion_main!(benches);
