//! Runs `reuse` on a directory the way the command will, with timings; scores the result
//! when the directory holds a corpus `truth.json`.
//!
//! Usage: cargo run --release --example reuse_run -- DIR [--json OUT] [--text OUT] [--threads N]

use rayon::prelude::*;
use sosanh::paths::expand_paths;
use sosanh::read::{ReadOptions, read_document};
use sosanh::reuse::{ReuseSettings, reuse};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dirs: Vec<String> = Vec::new();
    let (mut json_out, mut text_out, mut threads) = (None, None, None);
    let mut read_only = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--json" => {
                json_out = args.get(i + 1).cloned();
                i += 2;
            }
            "--text" => {
                text_out = args.get(i + 1).cloned();
                i += 2;
            }
            "--read-only" => {
                read_only = true;
                i += 1;
            }
            "--threads" => {
                threads = args.get(i + 1).and_then(|s| s.parse::<usize>().ok());
                i += 2;
            }
            _ => {
                dirs.push(args[i].clone());
                i += 1;
            }
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: reuse_run DIR... [--json OUT] [--text OUT] [--threads N]");
        return ExitCode::from(2);
    }
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().expect("thread pool");
    }
    let t0 = Instant::now();
    let paths = match expand_paths(&dirs) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("reuse_run: {e}");
            return ExitCode::from(2);
        }
    };
    let opts = ReadOptions::default();
    let read: Vec<_> = paths.par_iter().map(|p| read_document(p, &opts)).collect();
    let mut docs = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => eprintln!("reuse_run: skipped: {e}"),
        }
    }
    let t_read = t0.elapsed();
    if read_only {
        println!("{} documents read in {:.2} s", docs.len(), t_read.as_secs_f64());
        return ExitCode::SUCCESS;
    }
    let settings = ReuseSettings { progress: std::io::stderr().is_terminal(), ..ReuseSettings::default() };
    let t1 = Instant::now();
    let report = reuse(&docs, &settings);
    let t_reuse = t1.elapsed();
    println!(
        "{} documents: read {:.2} s, reuse {:.2} s, total {:.2} s ({} threads)",
        docs.len(),
        t_read.as_secs_f64(),
        t_reuse.as_secs_f64(),
        t0.elapsed().as_secs_f64(),
        rayon::current_num_threads()
    );
    println!(
        "{} pairs, {} passages, {} templates, {} solitary",
        report.pairs.len(),
        report.passages.len(),
        report.clusters.len(),
        report.solitary.len()
    );
    for n in &report.notes {
        println!("note: {n}");
    }
    let t2 = Instant::now();
    if let Some(path) = json_out {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("json output"));
        sosanh::render::reuse::json(&report, &mut f).expect("json written");
        println!("json written to {path} in {:.2} s", t2.elapsed().as_secs_f64());
    }
    if let Some(path) = text_out {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("text output"));
        sosanh::render::reuse::text(&report, &sosanh::render::Display::default(), &mut f).expect("text written");
    }
    let truth_path = std::path::Path::new(&dirs[0]).join("truth.json");
    if let Ok(s) = std::fs::read_to_string(&truth_path) {
        let truth: sosanh_corpus::Truth = serde_json::from_str(&s).expect("truth.json");
        let ev = sosanh_corpus::evaluate(&report, &truth, 12);
        println!("truth: {ev} (of 12+ words)");
        for m in &ev.missed {
            println!("  missed: {m}");
        }
        for f in &ev.false_reports {
            println!("  false: {f}");
        }
    }
    ExitCode::SUCCESS
}
