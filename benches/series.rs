//! Series speed and quality: twelve months of one generated unit, and 100 units × 12
//! months (`sosanh_corpus::series`, reading excluded), whose link recall and precision
//! against the planted lineages are printed first. The whole-process figures (12
//! documents, 12,000 documents) are measured by `scripts/series_speed.sh`.
//! Run: `cargo bench --bench series`.

use criterion::{Criterion, criterion_group, criterion_main};
use sosanh::series::{SeriesSettings, series};
use sosanh_corpus::series::{evaluate_series, generate_series, read_series};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let settings = SeriesSettings::default();
    let mut g = c.benchmark_group("series");
    g.sample_size(10);
    for units in [1, 100] {
        let (gen_docs, truth) = generate_series(units, 1);
        let docs = read_series(&gen_docs, &truth).unwrap();
        let t = std::time::Instant::now();
        let report = series(&docs, &settings);
        let took = t.elapsed().as_secs_f64();
        eprintln!("series {units} units × 12 months: {took:.3} s; {}", evaluate_series(&report, &truth));
        g.bench_function(format!("{units} units × 12 months"), |b| b.iter(|| series(black_box(&docs), &settings)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
