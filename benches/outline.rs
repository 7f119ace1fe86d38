//! Reading speed: every fixture, and synthetic inputs of 1, 10 and 100 MB built by
//! repeating the programme fixtures, to show that parsing is linear in input size.
//! Run: `cargo bench --bench outline` (the 100 MB case takes a minute; set
//! `SOSANH_BENCH_QUICK=1` to stop at 10 MB).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sosanh::read::{ReadOptions, document_from_bytes};
use std::hint::black_box;

const FIXTURES: &[&str] =
    &["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01", "tam-thanh-2025-report"];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A synthetic programme of about `size` bytes: the programme fixtures' bodies repeated,
/// renumbered so that the outline keeps growing (Roman sections I, II, … up to L, then
/// Arabic items), which is the worst case for the outline builder.
pub fn synthetic(size: usize) -> Vec<u8> {
    let mut out = String::with_capacity(size + 100_000);
    let bodies: Vec<String> = FIXTURES[..4].iter().map(|f| String::from_utf8(fixture(f)).unwrap()).collect();
    let mut i = 0;
    while out.len() < size {
        out.push_str(&bodies[i % bodies.len()]);
        out.push('\n');
        i += 1;
    }
    out.into_bytes()
}

fn bench(c: &mut Criterion) {
    let opts = ReadOptions::default();
    let mut g = c.benchmark_group("outline/fixture");
    for f in FIXTURES {
        let bytes = fixture(f);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(f), &bytes, |b, bytes| {
            b.iter(|| document_from_bytes(f, black_box(bytes), &opts).unwrap())
        });
    }
    g.finish();
    let quick = std::env::var_os("SOSANH_BENCH_QUICK").is_some();
    let mut g = c.benchmark_group("outline/synthetic");
    g.sample_size(10);
    for mb in [1usize, 10, 100] {
        if quick && mb > 10 {
            continue;
        }
        let bytes = synthetic(mb << 20);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), &bytes, |b, bytes| {
            b.iter(|| document_from_bytes("synthetic", black_box(bytes), &opts).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
