//! Reuse detection speed and quality: the four programme fixtures, and generated corpora
//! of 200 and 1,000 programmes (`sosanh_corpus`, reading excluded), whose recall
//! and precision against the planted copies are printed first.
//! Run: `cargo bench --bench reuse`.

use criterion::{Criterion, criterion_group, criterion_main};
use sosanh::read::{ReadOptions, document_from_bytes};
use sosanh::reuse::{ReuseSettings, reuse};
use sosanh_corpus as corpus;
use std::hint::black_box;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn bench(c: &mut Criterion) {
    let opts = ReadOptions::default();
    let settings = ReuseSettings::default();
    let names = ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01"];
    let fixtures: Vec<_> = names.iter().map(|n| document_from_bytes(n, &fixture(n), &opts).unwrap()).collect();
    c.bench_function("reuse/fixtures (4 programmes)", |b| b.iter(|| reuse(black_box(&fixtures), &settings)));

    let mut g = c.benchmark_group("reuse/corpus");
    g.sample_size(10);
    for n in [200, 1000] {
        let (gen_docs, truth) = corpus::generate(n, 1);
        let docs = corpus::read_generated(&gen_docs, &truth).unwrap();
        let t = std::time::Instant::now();
        let report = reuse(&docs, &settings);
        let took = t.elapsed().as_secs_f64();
        let ev = corpus::evaluate(&report, &truth, 12);
        eprintln!(
            "reuse/corpus {n}: {took:.2} s; {} pairs, {} templates, {} passages; {ev}",
            report.pairs.len(),
            report.clusters.len(),
            report.passages.len()
        );
        g.bench_function(format!("{n} programmes"), |b| b.iter(|| reuse(black_box(&docs), &settings)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
