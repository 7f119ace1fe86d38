//! Writes a synthetic corpus of work programmes with known copying, and its truth.
//!
//! Usage: cargo run --release --example corpus -- N DIR [--seed S] [--series]
//!
//! N programmes derived from the fixtures (see `sosanh_corpus`) are written to
//! DIR as .txt files, with DIR/truth.json: every planted copy (source task, target tasks,
//! words, verbatim or edited) and the lineage of every task. With `--series`, N units
//! each write a year of monthly programmes (N × 12 documents) with known task lineages
//! (`sosanh_corpus::series`), and DIR/truth.json gives the lineage of every task.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos: Vec<&str> = Vec::new();
    let mut seed: u64 = 1;
    let mut series = false;
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--series" {
            series = true;
            i += 1;
        } else if args[i] == "--seed" {
            match args.get(i + 1).and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("corpus: --seed needs a number");
                    return ExitCode::from(2);
                }
            }
            i += 2;
        } else {
            pos.push(&args[i]);
            i += 1;
        }
    }
    let (Some(n), Some(dir)) = (pos.first().and_then(|s| s.parse::<usize>().ok()), pos.get(1)) else {
        eprintln!("usage: corpus N DIR [--seed S] [--series]");
        return ExitCode::from(2);
    };
    let t = std::time::Instant::now();
    if series {
        let (docs, truth) = sosanh_corpus::series::generate_series(n, seed);
        if let Err(e) = sosanh_corpus::series::write_series(std::path::Path::new(dir), &docs, &truth) {
            eprintln!("corpus: {dir}: {e}");
            return ExitCode::from(2);
        }
        eprintln!(
            "corpus: {n} units, {} documents, {} splits, {} returns in {dir} ({:.1} s, seed {seed})",
            docs.len(),
            truth.splits.len(),
            truth.returns.len(),
            t.elapsed().as_secs_f64()
        );
        return ExitCode::SUCCESS;
    }
    let (docs, truth) = sosanh_corpus::generate(n, seed);
    if let Err(e) = sosanh_corpus::write(std::path::Path::new(dir), &docs, &truth) {
        eprintln!("corpus: {dir}: {e}");
        return ExitCode::from(2);
    }
    let copies: usize = truth.passages.iter().map(|p| p.targets.len()).sum();
    eprintln!(
        "corpus: {} documents, {} planted passages ({} copies) in {dir} ({:.1} s, seed {seed})",
        docs.len(),
        truth.passages.len(),
        copies,
        t.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
