//! Grades `reuse` on the PAN 2013 text-alignment development split (`../shared/pan13-dev`):
//! runs the library's reuse on each `SUSPICIOUS SOURCE` pair of `pairs`, maps every
//! passage back to character offsets in the two files (`Location::chars`), and prints
//! PAN's measures (`sosanh::reuse::pan`, a port of the official `perfmeasures.py`) over
//! all pairs.
//!
//! Usage: cargo run --release --example pan_eval -- [DIR] [--raw] [--min-words N]
//!        [--gold] [--worst N]
//!
//! - By default the documents go through the reader (`read_document`: repair, outline),
//!   as `sosanh reuse` reads them.
//! - `--raw` builds each document straight from its text (one task per paragraph of
//!   non-blank lines), to measure the matcher apart from what the reader drops.
//! - `--gold` scores the gold against itself (must print 1.0 everywhere): a check of the
//!   scorer and of the offsets.
//! - `--worst N` lists the N pairs with the lowest plagdet.

use rayon::prelude::*;
use sosanh::model::{Document, LabelKind, LineRange, Metadata, Section, Task};
use sosanh::read::{ReadOptions, read_document};
use sosanh::reuse::pan::{Annotation, measures, parse_xml};
use sosanh::reuse::{ReuseSettings, reuse};
use std::path::Path;
use std::process::ExitCode;

/// A document built from the text alone: one task per paragraph (non-blank lines).
fn raw_document(path: &Path) -> std::io::Result<Document> {
    let text = std::fs::read_to_string(path)?;
    let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut tasks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].trim().is_empty() {
            i += 1;
        }
        let text = lines[start..i].iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        tasks.push(Task { text, lines: LineRange::new(start + 1, i), footnotes: Vec::new(), bullet: None, step: None });
    }
    let section = Section {
        label: String::new(),
        kind: LabelKind::Body,
        path: Vec::new(),
        heading: String::new(),
        columns: vec![],
        tasks,
        children: Vec::new(),
        lines: LineRange::new(1, lines.len()),
    };
    Ok(Document {
        source: path.display().to_string(),
        meta: Metadata::default(),
        sections: vec![section],
        footnotes: Vec::new(),
        lines: lines.iter().collect(),
        notes: Vec::new(),
        parts: Vec::new(),
    })
}

/// One pair's gold and detections (or why it could not be run).
type PairResult = (Vec<Annotation>, Result<Vec<Annotation>, String>);

fn stem(name: &str) -> String {
    name.trim_end_matches(".txt").to_string()
}

/// The detections of one pair: every passage, as character spans in the two files.
fn detect(dir: &Path, susp: &str, src: &str, raw: bool, settings: &ReuseSettings) -> Result<Vec<Annotation>, String> {
    let paths = [dir.join("susp").join(susp), dir.join("src").join(src)];
    let mut docs = Vec::new();
    for p in &paths {
        let d = if raw {
            raw_document(p).map_err(|e| format!("{}: {e}", p.display()))?
        } else {
            read_document(&p.display().to_string(), &ReadOptions::default()).map_err(|e| e.to_string())?
        };
        docs.push(d);
    }
    let report = reuse(&docs, settings);
    let mut out = Vec::new();
    let mut unmapped = 0;
    for p in &report.passages {
        let (s, o) = if p.a.doc == 0 { (&p.a, &p.b) } else { (&p.b, &p.a) };
        match (s.chars, o.chars) {
            (Some(sc), Some(oc)) => out.push(Annotation {
                this_reference: stem(susp),
                this_offset: sc[0],
                this_length: sc[1] - sc[0],
                source_reference: stem(src),
                source_offset: oc[0],
                source_length: oc[1] - oc[0],
            }),
            _ => unmapped += 1,
        }
    }
    if unmapped > 0 {
        eprintln!("pan_eval: {susp} {src}: {unmapped} passages without character offsets");
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = "../shared/pan13-dev".to_string();
    let (mut raw, mut gold_only, mut worst) = (false, false, 0usize);
    let mut settings = ReuseSettings::default();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--raw" => raw = true,
            "--gold" => gold_only = true,
            "--min-words" => {
                i += 1;
                settings.min_words = args.get(i).and_then(|s| s.parse().ok()).unwrap_or(settings.min_words);
            }
            "--worst" => {
                i += 1;
                worst = args.get(i).and_then(|s| s.parse().ok()).unwrap_or(10);
            }
            a => dir = a.to_string(),
        }
        i += 1;
    }
    let dir = Path::new(&dir);
    let pairs = match std::fs::read_to_string(dir.join("pairs")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pan_eval: {}: {e}", dir.join("pairs").display());
            return ExitCode::from(2);
        }
    };
    let pairs: Vec<(String, String)> = pairs
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.to_string()))
        })
        .collect();
    let t0 = std::time::Instant::now();
    let results: Vec<PairResult> = pairs
        .par_iter()
        .map(|(susp, src)| {
            let gold_path = dir.join("gold").join(format!("{}-{}.xml", stem(susp), stem(src)));
            let gold = std::fs::read_to_string(&gold_path).map(|x| parse_xml(&x)).unwrap_or_default();
            let det = if gold_only { Ok(gold.clone()) } else { detect(dir, susp, src, raw, &settings) };
            (gold, det)
        })
        .collect();
    let (mut cases, mut dets) = (Vec::new(), Vec::new());
    let mut per_pair = Vec::new();
    for ((susp, src), (gold, det)) in pairs.iter().zip(results) {
        match det {
            Ok(d) => {
                per_pair.push((measures(&gold, &d), susp, src, d.clone(), gold.clone()));
                cases.extend(gold);
                dets.extend(d);
            }
            Err(e) => {
                eprintln!("pan_eval: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let m = measures(&cases, &dets);
    println!(
        "{} pairs, {} cases, {} detections ({}, min_words {}) in {:.1} s",
        pairs.len(),
        cases.len(),
        dets.len(),
        if gold_only {
            "gold against gold"
        } else if raw {
            "documents from the raw text"
        } else {
            "documents through the reader"
        },
        settings.min_words,
        t0.elapsed().as_secs_f64()
    );
    println!("{m}");
    if worst > 0 {
        per_pair.sort_by(|x, y| x.0.plagdet.total_cmp(&y.0.plagdet));
        for (m, s, o, d, g) in per_pair.iter().take(worst) {
            println!("  {s} {o}: {m} ({} detections)", d.len());
            let text = std::fs::read_to_string(dir.join("susp").join(s)).unwrap_or_default();
            let chars: Vec<char> = text.chars().collect();
            let show = |a: &Annotation| {
                let (s, e) = (a.this_offset.min(chars.len()), (a.this_offset + a.this_length).min(chars.len()));
                let t: String = chars[s..e].iter().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
                let n = t.chars().count();
                let head: String = t.chars().take(60).collect();
                let tail: String = t.chars().skip(n.saturating_sub(40)).collect();
                format!(
                    "{}+{} / {}+{}: {head} … {tail}",
                    a.this_offset, a.this_length, a.source_offset, a.source_length
                )
            };
            for a in g {
                println!("    case      {}", show(a));
            }
            for a in d {
                println!("    detection {}", show(a));
            }
        }
    }
    ExitCode::SUCCESS
}
