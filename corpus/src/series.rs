//! A year of monthly programmes for several units, with known task lineages, for
//! measuring `sosanh series`.
//!
//! Each unit's first programme (2025-03) takes tasks of the fixtures (one per family, so
//! no two of its tasks are versions of one text) and a few sentences of its own. Every
//! later month carries each task on: word for word (most), reworded (a few words
//! changed), split in two (the first part continues the lineage, the rest starts a new
//! one, recorded in `splits`) or dropped, sometimes to come back one or two months later
//! (recorded in `returns`); years are bumped in January; new tasks are added. The truth
//! gives the lineage of every task of every document; the links to find are consecutive
//! occurrences of one lineage in a unit's documents.

use crate::reuse::{
    GenDoc, Inst, MONTHS, Plan, Pool, Rng, file_slug, month_of, names, original_sentence, pool, render_doc, reword,
    unit_name_text,
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// One generated document and the lineage of each of its tasks.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SeriesTruthDoc {
    pub file: String,
    pub unit: String,
    pub period: String,
    /// Lineage of every task, in task order (ids are unique across units).
    pub lineages: Vec<u32>,
}

/// A task split in two: `lineage` was cut off `from` in `period`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Split {
    pub lineage: u32,
    pub from: u32,
    pub period: String,
}

/// A lineage dropped and brought back after `gap` months without it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Comeback {
    pub lineage: u32,
    pub period: String,
    pub gap: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SeriesTruth {
    pub schema: String,
    pub seed: u64,
    pub units: usize,
    pub documents: Vec<SeriesTruthDoc>,
    pub splits: Vec<Split>,
    pub returns: Vec<Comeback>,
}

/// Cuts an own sentence (no unit words, no numbers) in two sentences at about 60%.
fn split(tpl: &str) -> Option<(String, String)> {
    let words: Vec<&str> = tpl.trim_end_matches('.').split(' ').collect();
    if words.len() < 24 || tpl.contains('{') {
        return None;
    }
    let at = words.len() * 3 / 5;
    let a = words[..at].join(" ").trim_end_matches(',').to_string() + ".";
    let rest = words[at..].join(" ");
    let rest = rest.trim_start_matches(',').trim();
    let mut c = rest.chars();
    let b = c.next()?.to_uppercase().collect::<String>() + c.as_str() + ".";
    Some((a, b))
}

/// A new task: a fixture task not used yet by the unit, or a sentence of its own.
fn fresh(rng: &mut Rng, unused: &mut impl Iterator<Item = usize>, pool: &Pool, next: &mut u32) -> (u32, String) {
    let tpl = match unused.next() {
        Some(i) if rng.chance(0.5) => pool.tasks[i].clone(),
        _ => original_sentence(rng, &pool.vocab),
    };
    *next += 1;
    (*next - 1, tpl)
}

/// Generates `units` units × 12 months and the truth. Deterministic for `seed`.
pub fn generate_series(units: usize, seed: u64) -> (Vec<GenDoc>, SeriesTruth) {
    let pool = pool();
    let mut rng = Rng::new(seed ^ 0x005e_41e5);
    let all_names = names(&mut rng, units);
    let mut docs = Vec::with_capacity(units * MONTHS);
    let mut truth = SeriesTruth {
        schema: "sosanh.series-truth.v1".into(),
        seed,
        units,
        documents: Vec::with_capacity(units * MONTHS),
        splits: Vec::new(),
        returns: Vec::new(),
    };
    let mut next_lineage: u32 = 1;
    let mut number = 100;
    let inst = |tpl: String| Inst { tpl, origin: 0, family: 0, parent: None, how: "own" };
    for name in &all_names {
        let level = if rng.chance(0.6) { "xã" } else { "phường" };
        // One pool task per family.
        let mut by_family: Vec<usize> = Vec::new();
        let mut fams = HashSet::new();
        let mut idx: Vec<usize> = (0..pool.tasks.len()).collect();
        rng.shuffle(&mut idx);
        for i in idx {
            if fams.insert(pool.family[i]) {
                by_family.push(i);
            }
        }
        let mut unused = by_family.into_iter();
        let mut tasks: Vec<(u32, String)> = Vec::new();
        // Dropped lineages waiting to come back: month → tasks.
        let mut waiting: HashMap<usize, Vec<(u32, String, usize)>> = HashMap::new();
        for m in 0..MONTHS {
            let (y, mo) = month_of(m);
            let period = format!("{y:04}-{mo:02}");
            if m == 0 {
                for _ in 0..rng.range(24, 36) {
                    tasks.push(fresh(&mut rng, &mut unused, &pool, &mut next_lineage));
                }
            } else {
                let prev = std::mem::take(&mut tasks);
                for (l, tpl) in prev {
                    let r = rng.below(100);
                    if r < 8 {
                        // Dropped; some come back after one or two months.
                        if rng.chance(0.4) {
                            let gap = rng.range(1, 2);
                            if m + gap < MONTHS {
                                waiting.entry(m + gap).or_default().push((l, tpl, gap));
                            }
                        }
                        continue;
                    }
                    let mut tpl = tpl;
                    if r < 10
                        && let Some((a, b)) = split(&tpl)
                    {
                        tasks.push((l, a));
                        truth.splits.push(Split { lineage: next_lineage, from: l, period: period.clone() });
                        tasks.push((next_lineage, b));
                        next_lineage += 1;
                        continue;
                    }
                    if r < 20
                        && let Some(w) = reword(&mut rng, &tpl, &pool.vocab)
                    {
                        tpl = w;
                    }
                    if m == 10 && tpl.contains("2025") && rng.chance(0.7) {
                        tpl = tpl.replace("2025", "2026");
                    }
                    tasks.push((l, tpl));
                }
                for (l, tpl, gap) in waiting.remove(&m).unwrap_or_default() {
                    let at = rng.below(tasks.len() + 1);
                    tasks.insert(at, (l, tpl));
                    truth.returns.push(Comeback { lineage: l, period: period.clone(), gap });
                }
                for _ in 0..rng.range(1, 4) {
                    let at = rng.below(tasks.len() + 1);
                    let t = fresh(&mut rng, &mut unused, &pool, &mut next_lineage);
                    tasks.insert(at, t);
                }
                if tasks.len() > 2 && rng.chance(0.3) {
                    let (a, b) = (rng.below(tasks.len()), rng.below(tasks.len()));
                    tasks.swap(a, b);
                }
            }
            let plan = Plan {
                file: format!("{y:04}-{mo:02}-{}-{}.txt", file_slug(level), file_slug(name)),
                level,
                name: name.clone(),
                month: m,
                kind: "unit",
                tasks: tasks.iter().map(|(_, t)| inst(t.clone())).collect(),
            };
            let (text, _) = render_doc(&plan, number, &mut rng);
            number += 1;
            docs.push(GenDoc { file: plan.file.clone(), text });
            truth.documents.push(SeriesTruthDoc {
                file: plan.file,
                unit: unit_name_text(level, name),
                period,
                lineages: tasks.iter().map(|(l, _)| *l).collect(),
            });
        }
    }
    (docs, truth)
}

/// Writes the documents and `truth.json` into `dir` (created if needed).
pub fn write_series(dir: &std::path::Path, docs: &[GenDoc], truth: &SeriesTruth) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for d in docs {
        std::fs::write(dir.join(&d.file), &d.text)?;
    }
    let json = serde_json::to_string_pretty(truth).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("truth.json"), json)
}

/// How the lineages of a report compare with the truth.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SeriesEvaluation {
    /// Links in the truth: consecutive occurrences of one lineage in a unit.
    pub links: usize,
    pub found: usize,
    pub recall: f64,
    /// Links in the report (consecutive occurrences of a reported lineage).
    pub reported: usize,
    /// Of those, the ones in the truth (or from a split task to the part cut off).
    pub correct: usize,
    pub precision: f64,
    /// Returns after a gap in the truth, and how many the report links across the gap.
    pub returns: usize,
    pub returns_found: usize,
    /// Series in the report, and units in the truth.
    pub series: usize,
    pub units: usize,
    /// A few misses and wrong links, for reading.
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
}

impl std::fmt::Display for SeriesEvaluation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "links recall {:.4} ({}/{}), precision {:.4} ({}/{}), returns found {}/{}, series {} for {} units",
            self.recall,
            self.found,
            self.links,
            self.precision,
            self.correct,
            self.reported,
            self.returns_found,
            self.returns,
            self.series,
            self.units
        )
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Scores a series report against the truth. A link is (file, task) → (file, task), tasks
/// numbered from 1 in document order.
pub fn evaluate_series(report: &sosanh::series::SeriesReport, truth: &SeriesTruth) -> SeriesEvaluation {
    type Key = (String, usize);
    let mut ev = SeriesEvaluation { series: report.series.len(), units: truth.units, ..Default::default() };
    // Truth links and lineage of every task.
    let mut lineage_at: HashMap<Key, u32> = HashMap::new();
    let mut last_at: HashMap<u32, Key> = HashMap::new();
    let mut links: HashSet<(Key, Key)> = HashSet::new();
    let mut return_links: HashSet<(Key, Key)> = HashSet::new();
    let returns: HashSet<(u32, &str)> = truth.returns.iter().map(|r| (r.lineage, r.period.as_str())).collect();
    let parent: HashMap<u32, u32> = truth.splits.iter().map(|s| (s.lineage, s.from)).collect();
    for d in &truth.documents {
        for (t, &l) in d.lineages.iter().enumerate() {
            let here = (d.file.clone(), t + 1);
            lineage_at.insert(here.clone(), l);
            if let Some(prev) = last_at.insert(l, here.clone()) {
                if returns.contains(&(l, d.period.as_str())) {
                    return_links.insert((prev.clone(), here.clone()));
                }
                links.insert((prev, here));
            }
        }
    }
    ev.links = links.len();
    ev.returns = return_links.len();
    let mut found: HashSet<(Key, Key)> = HashSet::new();
    for s in &report.series {
        for l in &s.lineages {
            for w in l.occurrences.windows(2) {
                let a = (base_name(&s.documents[w[0].column].file).to_string(), w[0].task);
                let b = (base_name(&s.documents[w[1].column].file).to_string(), w[1].task);
                ev.reported += 1;
                let ok = links.contains(&(a.clone(), b.clone())) || {
                    // From a split task to the part cut off.
                    let (la, lb) = (lineage_at.get(&a), lineage_at.get(&b));
                    matches!((la, lb.and_then(|x| parent.get(x))), (Some(x), Some(y)) if x == y)
                };
                if ok {
                    ev.correct += 1;
                } else if ev.wrong.len() < 10 {
                    ev.wrong.push(format!("{} #{} → {} #{}", a.0, a.1, b.0, b.1));
                }
                found.insert((a, b));
            }
        }
    }
    ev.found = links.iter().filter(|k| found.contains(*k)).count();
    ev.returns_found = return_links.iter().filter(|k| found.contains(*k)).count();
    for k in links.iter().filter(|k| !found.contains(*k)) {
        if ev.missed.len() >= 10 {
            break;
        }
        ev.missed.push(format!("{} #{} → {} #{}", k.0.0, k.0.1, k.1.0, k.1.1));
    }
    ev.missed.sort();
    ev.recall = if ev.links == 0 { 1.0 } else { ev.found as f64 / ev.links as f64 };
    ev.precision = if ev.reported == 0 { 1.0 } else { ev.correct as f64 / ev.reported as f64 };
    ev
}

/// Reads generated documents in memory, checking that each one's tasks are the planned ones.
pub fn read_series(docs: &[GenDoc], truth: &SeriesTruth) -> Result<Vec<sosanh::model::Document>, String> {
    use rayon::prelude::*;
    use sosanh::read::{ReadOptions, document_from_bytes};
    docs.par_iter()
        .zip(&truth.documents)
        .map(|(g, t)| {
            let d = document_from_bytes(&g.file, g.text.as_bytes(), &ReadOptions::default())
                .map_err(|e| format!("{}: {e}", g.file))?;
            if d.task_count() != t.lineages.len() {
                return Err(format!("{}: {} tasks read, {} planned", g.file, d.task_count(), t.lineages.len()));
            }
            Ok(d)
        })
        .collect()
}
