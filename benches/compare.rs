//! Comparison speed: two fixture programmes (reading included), two ~1 MB documents
//! made by concatenating the programme fixtures in different orders, to show that
//! nothing is quadratic in text length, and two lists of 999 procedures whose fields sit at
//! different depths (a list past 99 items, template fields alike in every procedure).
//! Run: `cargo bench --bench compare`.

use criterion::{Criterion, criterion_group, criterion_main};
use sosanh::compare::{MatchSettings, compare};
use sosanh::read::{ReadOptions, document_from_bytes};
use std::hint::black_box;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// About `size` bytes of programme text: the four programmes repeated, starting with
/// `first`, each copy with its years shifted so that copies are near-duplicates rather
/// than identical.
fn big(size: usize, first: usize) -> Vec<u8> {
    let names = ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01"];
    let texts: Vec<String> = names.iter().map(|n| String::from_utf8(fixture(n)).unwrap()).collect();
    let mut out = String::new();
    let mut i = first;
    let mut round = 0;
    while out.len() < size {
        let t = texts[i % 4].replace("2026", &format!("{}", 2026 + round % 7));
        out.push_str(&t);
        out.push('\n');
        i += 1;
        round += 1;
    }
    out.into_bytes()
}

fn bench(c: &mut Criterion) {
    let opts = ReadOptions::default();
    let settings = MatchSettings::default();
    let a = fixture("tam-thanh-2025-12");
    let b = fixture("tam-thanh-2026-02");
    c.bench_function("compare/fixtures read+compare", |bench| {
        bench.iter(|| {
            let da = document_from_bytes("a", black_box(&a), &opts).unwrap();
            let db = document_from_bytes("b", black_box(&b), &opts).unwrap();
            compare(&da, &db, &settings)
        })
    });
    let da = document_from_bytes("a", &a, &opts).unwrap();
    let db = document_from_bytes("b", &b, &opts).unwrap();
    c.bench_function("compare/fixtures compare only", |bench| {
        bench.iter(|| compare(black_box(&da), black_box(&db), &settings))
    });

    for (name, a, b) in [
        ("compare/1MB", big(1 << 20, 0), big(1 << 20, 1)),
        ("compare/999 procedures", procedures(999, false), procedures(999, true)),
    ] {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        g.bench_function("read+compare", |bench| {
            bench.iter(|| {
                let da = document_from_bytes("a", black_box(&a), &opts).unwrap();
                let db = document_from_bytes("b", black_box(&b), &opts).unwrap();
                compare(&da, &db, &settings)
            })
        });
        g.finish();
    }
}

/// A list of `n` procedures, each with its time limit and fee: as lettered points ("a)
/// Thời hạn …"), or `nested` as clauses of a group "N.1. Nội dung thủ tục" ("N.1.1. …").
fn procedures(n: usize, nested: bool) -> Vec<u8> {
    let words = ["cấp", "gia hạn", "điều chỉnh", "thu hồi", "giấy phép", "khai thác", "nước mặt", "đất", "công trình"];
    let mut out = String::from("I. THỦ TỤC THUỘC THẨM QUYỀN CẤP TỈNH\n");
    for i in 1..=n {
        let name = format!("{} {} {} số {i}", words[i % 9], words[(i / 9) % 9], words[(i / 81) % 9]);
        let (limit, fee) = ("Thời hạn giải quyết: 15 ngày làm việc.", format!("Phí thẩm định {name} theo nghị quyết."));
        if nested {
            out += &format!("{i}. Thủ tục {name}\n{i}.1. Nội dung thủ tục\n{i}.1.1. {limit}\n{i}.1.2. {fee}\n");
        } else {
            out += &format!("{i}. Thủ tục {name}\na) {limit}\nb) {fee}\n");
        }
    }
    out.into_bytes()
}

criterion_group!(benches, bench);
criterion_main!(benches);
