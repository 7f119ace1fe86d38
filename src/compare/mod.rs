//! Comparison: aligns the sections and tasks of two documents and reports each task as
//! carried (identical or reworded, possibly moved), new or dropped.
//!
//! The steps, each working on positions in the two documents' task lists:
//! 1. every task gets weighted features (normalised syllables and syllable pairs, see
//!    [`features`]); formulaic words that most tasks share weigh little;
//! 2. candidate pairs come from an inverted index over informative features, so only
//!    tasks that share something are scored (no all-pairs work);
//! 3. a first one-to-one task matching links sections: sections whose tasks went to each
//!    other (or whose headings agree) are aligned, many-to-many, so splits and merges show;
//! 4. the final one-to-one task matching prefers pairs inside aligned sections; a carried
//!    task whose sections are not aligned has `moved`;
//! 5. every reworded pair gets a word diff ([`diff`]).
//!
//! Thresholds are in [`MatchSettings`]; the defaults were set on the fixtures' labelled
//! pairs (see tests/compare.rs).

pub mod diff;
pub mod features;

use crate::model::{Document, Section, Task};
use crate::union_find::UnionFind;
use features::{Features, Weights};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Matching settings (separate from display settings).
#[derive(Debug, Clone)]
pub struct MatchSettings {
    /// Minimum similarity (0–1) for two tasks to count as the same task carried over.
    pub task_threshold: f64,
    /// Minimum similarity for two sections to be aligned.
    pub section_threshold: f64,
    /// Added to the score of a task pair whose sections are aligned, so a task stays in
    /// its section when an equally good match exists elsewhere.
    pub section_bonus: f64,
    /// At most this many candidate partners are scored per task (the ones sharing the most
    /// informative features); beyond it the weakest candidates are skipped and a note says so.
    pub max_candidates: usize,
}

impl Default for MatchSettings {
    fn default() -> Self {
        MatchSettings { task_threshold: 0.45, section_threshold: 0.3, section_bonus: 0.08, max_candidates: 64 }
    }
}

/// One side's document in a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct DocSummary {
    pub file: String,
    pub unit: Option<String>,
    pub kind: Option<String>,
    pub period: Option<String>,
    pub issued: Option<String>,
    pub sections: usize,
    pub tasks: usize,
}

impl DocSummary {
    pub fn of(d: &Document) -> Self {
        DocSummary {
            file: d.source.clone(),
            unit: d.meta.unit.as_ref().map(|u| u.to_string()),
            kind: d.meta.kind.map(|k| k.name().to_string()),
            period: d.meta.period.map(|p| p.to_string()),
            issued: d.meta.issued.and_then(|i| i.iso()),
            sections: d.all_sections().len(),
            tasks: d.task_count(),
        }
    }
}

/// What happened to a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskStatus {
    /// In both documents (identical or reworded).
    Carried,
    /// Only in the new document.
    New,
    /// Only in the old document.
    Dropped,
}

/// What happened to a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionStatus {
    Matched,
    New,
    Dropped,
}

/// A task on one side of a pair.
#[derive(Debug, Clone, Serialize)]
pub struct TaskRef {
    pub path: Vec<String>,
    pub text: String,
    /// Position of the task in its document, in document order.
    #[serde(skip)]
    pub index: usize,
    #[serde(skip)]
    pub lines: crate::model::LineRange,
}

/// One entry of the task alignment.
#[derive(Debug, Clone, Serialize)]
pub struct TaskMatch {
    pub status: TaskStatus,
    /// Carried word for word (up to spacing, Unicode form and tone-mark placement).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identical: Option<bool>,
    /// Carried into a section not aligned with the one it left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    pub old: Option<TaskRef>,
    pub new: Option<TaskRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<diff::Edit>>,
}

impl TaskMatch {
    pub fn is_reworded(&self) -> bool {
        self.status == TaskStatus::Carried && self.identical == Some(false)
    }
    pub fn is_moved(&self) -> bool {
        self.moved == Some(true)
    }
}

/// One entry of the section alignment: a group of old and new sections that correspond
/// (one to one, or a split or merge), or a section on one side only.
#[derive(Debug, Clone, Serialize)]
pub struct SectionMatch {
    pub status: SectionStatus,
    pub old: Vec<Vec<String>>,
    pub new: Vec<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub carried: usize,
    pub identical: usize,
    pub reworded: usize,
    pub moved: usize,
    pub new: usize,
    pub dropped: usize,
}

/// The alignment of two documents: the one result type between matching and display.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub old: DocSummary,
    pub new: DocSummary,
    pub summary: Summary,
    pub sections: Vec<SectionMatch>,
    /// Carried and new tasks in the new document's order, each dropped task right after
    /// the tasks that precede it in the old document's order.
    pub tasks: Vec<TaskMatch>,
    /// What the comparison had to simplify (pruned candidates) and why.
    pub notes: Vec<String>,
}

impl Comparison {
    /// True when every task was carried identically and nothing is new or dropped.
    pub fn all_identical(&self) -> bool {
        self.summary.reworded == 0 && self.summary.new == 0 && self.summary.dropped == 0 && self.summary.moved == 0
    }
}

/// A task with where it sits.
struct Item<'a> {
    section: usize,
    task: &'a Task,
    path: &'a [String],
}

fn items(doc: &Document) -> (Vec<&Section>, Vec<Item<'_>>) {
    let sections = doc.all_sections();
    let mut out = Vec::new();
    for (si, s) in sections.iter().enumerate() {
        for t in &s.tasks {
            out.push(Item { section: si, task: t, path: &s.path });
        }
    }
    // Tasks in document order (sections are depth-first, which is document order for tasks
    // of a parent that come before its children, the usual case).
    out.sort_by_key(|i| (i.task.lines.start, i.task.lines.end));
    (sections, out)
}

/// Compares two documents.
pub fn compare(old: &Document, new: &Document, settings: &MatchSettings) -> Comparison {
    let (old_secs, old_items) = items(old);
    let (new_secs, new_items) = items(new);
    let mut notes = Vec::new();

    let opts = crate::normalize::MatchOptions::standard();
    let old_f: Vec<Features> = old_items.iter().map(|i| Features::of(&i.task.text, &opts)).collect();
    let new_f: Vec<Features> = new_items.iter().map(|i| Features::of(&i.task.text, &opts)).collect();
    let weights = Weights::from_docs(&old_f, &new_f);
    let (mut old_f, mut new_f) = (old_f, new_f);
    old_f.iter_mut().chain(new_f.iter_mut()).for_each(|f| f.weigh(&weights));

    // Candidate pairs and their similarity.
    let (mut scores, pruned) = features::candidate_scores(
        &old_f,
        &new_f,
        &weights,
        settings.max_candidates,
        SECTION_PROBE.min(settings.task_threshold),
    );
    // Tasks with the same words always pair, whatever their features weigh (a task made
    // only of common words has no informative feature to be found by).
    exact_pairs(&old_f, &new_f, &mut scores);
    if pruned > 0 {
        notes.push(format!(
            "{pruned} task(s) had more than {} candidate partners; only the closest were scored",
            settings.max_candidates
        ));
    }

    if std::env::var_os("SOSANH_DEBUG_SCORES").is_some() {
        for &(o, n, sc) in scores.iter().filter(|x| x.2 >= 0.25) {
            eprintln!("{sc:.3}\t{}\t{}", old_items[o].task.text, new_items[n].task.text);
        }
    }
    // First matching, without section knowledge.
    let first = assign(&scores, settings.task_threshold, |_, _| 0.0);

    // Section alignment from the first matching and the headings.
    let old_deep = deep_tasks(&old_secs, &old_items);
    let new_deep = deep_tasks(&new_secs, &new_items);
    let old_mass: Vec<f64> = old_f.iter().map(|f| f.mass(&weights)).collect();
    let new_mass: Vec<f64> = new_f.iter().map(|f| f.mass(&weights)).collect();
    let content = SectionContent {
        old: old_deep.iter().map(|ts| weighed(Features::merge(ts.iter().map(|&t| &old_f[t])), &weights)).collect(),
        new: new_deep.iter().map(|ts| weighed(Features::merge(ts.iter().map(|&t| &new_f[t])), &weights)).collect(),
        weights: &weights,
        scores: &scores,
    };
    let links = section_links(
        &old_secs, &new_secs, &old_deep, &new_deep, &first, &old_mass, &new_mass, &content, &opts, settings,
    );
    let groups = components(old_secs.len(), new_secs.len(), &links);

    // Final matching, preferring pairs in aligned sections.
    let same_group = |o: usize, n: usize| {
        groups.old_group[old_items[o].section] == groups.new_group[new_items[n].section]
            && groups.old_group[old_items[o].section].is_some()
    };
    let fin =
        assign(&scores, settings.task_threshold, |o, n| if same_group(o, n) { settings.section_bonus } else { 0.0 });

    // Build task entries.
    let tref =
        |i: &Item, idx| TaskRef { path: i.path.to_vec(), text: i.task.text.clone(), index: idx, lines: i.task.lines };
    let mut old_to_new: Vec<Option<(usize, f64)>> = vec![None; old_items.len()];
    for &(o, n, s) in &fin {
        old_to_new[o] = Some((n, s));
    }
    let mut new_to_old: Vec<Option<(usize, f64)>> = vec![None; new_items.len()];
    for &(o, n, s) in &fin {
        new_to_old[n] = Some((o, s));
    }
    let mut tasks = Vec::new();
    let mut summary = Summary::default();
    // Dropped tasks are placed after the entry of the nearest preceding old task that was carried.
    let mut dropped_after: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut last_carried_new: Option<usize> = None;
    for (o, m) in old_to_new.iter().enumerate() {
        match m {
            Some((n, _)) => last_carried_new = Some(*n),
            None => dropped_after.entry(last_carried_new).or_default().push(o),
        }
    }
    let push_dropped = |tasks: &mut Vec<TaskMatch>, summary: &mut Summary, list: &[usize]| {
        for &o in list {
            summary.dropped += 1;
            tasks.push(TaskMatch {
                status: TaskStatus::Dropped,
                identical: None,
                moved: None,
                similarity: None,
                old: Some(tref(&old_items[o], o)),
                new: None,
                diff: None,
            });
        }
    };
    if let Some(list) = dropped_after.get(&None) {
        push_dropped(&mut tasks, &mut summary, list);
    }
    for (n, m) in new_to_old.iter().enumerate() {
        match m {
            None => {
                summary.new += 1;
                tasks.push(TaskMatch {
                    status: TaskStatus::New,
                    identical: None,
                    moved: None,
                    similarity: None,
                    old: None,
                    new: Some(tref(&new_items[n], n)),
                    diff: None,
                });
            }
            Some((o, s)) => {
                let (o, s) = (*o, *s);
                let identical = diff::same_words(&old_items[o].task.text, &new_items[n].task.text);
                let moved = !same_group(o, n);
                summary.carried += 1;
                if identical {
                    summary.identical += 1;
                } else {
                    summary.reworded += 1;
                }
                if moved {
                    summary.moved += 1;
                }
                let edits = (!identical).then(|| diff::word_diff(&old_items[o].task.text, &new_items[n].task.text));
                tasks.push(TaskMatch {
                    status: TaskStatus::Carried,
                    identical: Some(identical),
                    moved: Some(moved),
                    similarity: Some(round3(if identical { 1.0 } else { s.min(0.999) })),
                    old: Some(tref(&old_items[o], o)),
                    new: Some(tref(&new_items[n], n)),
                    diff: edits,
                });
            }
        }
        if let Some(list) = dropped_after.get(&Some(n)) {
            push_dropped(&mut tasks, &mut summary, list);
        }
    }

    let sections = section_entries(&old_secs, &new_secs, &groups, &links);
    Comparison { old: DocSummary::of(old), new: DocSummary::of(new), summary, sections, tasks, notes }
}

/// Adds a score of 1 for every pair of tasks with the same matching keys.
fn exact_pairs(old: &[Features], new: &[Features], scores: &mut Vec<(usize, usize, f64)>) {
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (n, f) in new.iter().enumerate() {
        by_key.entry(f.exact).or_default().push(n);
    }
    let mut have: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, &(o, n, _)) in scores.iter().enumerate() {
        have.insert((o, n), i);
    }
    for (o, f) in old.iter().enumerate() {
        if let Some(ns) = by_key.get(&f.exact) {
            // Many copies of one sentence: pair each with the nearest 64 by position only.
            let pos = ns.partition_point(|&n| n < o);
            let window = &ns[pos.saturating_sub(32)..(pos + 32).min(ns.len())];
            for &n in window {
                match have.get(&(o, n)) {
                    Some(&i) => scores[i].2 = 1.0,
                    None => scores.push((o, n, 1.0)),
                }
            }
        }
    }
}

fn weighed(mut f: Features, w: &Weights) -> Features {
    f.weigh(w);
    f
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Greedy one-to-one assignment: best pairs first (score plus bonus); ties go to the pair
/// whose positions in their documents are closest, then to the earlier pair, so the
/// result is the same on every run and (but for exact duplicates) in both directions.
fn assign(
    scores: &[(usize, usize, f64)],
    threshold: f64,
    bonus: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    let mut ranked: Vec<(f64, usize, usize, f64)> =
        scores.iter().filter(|(_, _, s)| *s >= threshold).map(|&(o, n, s)| (s + bonus(o, n), o, n, s)).collect();
    ranked.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.abs_diff(a.2).cmp(&b.1.abs_diff(b.2)))
            .then((a.1 + a.2).cmp(&(b.1 + b.2)))
            .then(a.1.cmp(&b.1))
    });
    let mut used_o = std::collections::HashSet::new();
    let mut used_n = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (_, o, n, s) in ranked {
        if used_o.contains(&o) || used_n.contains(&n) {
            continue;
        }
        used_o.insert(o);
        used_n.insert(n);
        out.push((o, n, s));
    }
    out.sort_by_key(|&(o, n, _)| (n, o));
    out
}

/// For each section, the indexes of the tasks it holds, its descendants' included: a
/// task counts for its own section and every ancestor (found by path prefix).
fn deep_tasks(secs: &[&Section], items: &[Item]) -> Vec<Vec<usize>> {
    let mut by_path: HashMap<&[String], usize> = HashMap::new();
    for (si, s) in secs.iter().enumerate() {
        by_path.entry(&s.path[..]).or_insert(si);
    }
    let mut out = vec![Vec::new(); secs.len()];
    for (ti, it) in items.iter().enumerate() {
        out[it.section].push(ti);
        let own = &secs[it.section].path;
        for k in 1..own.len() {
            if let Some(&si) = by_path.get(&own[..k])
                && si != it.section
            {
                out[si].push(ti);
            }
        }
    }
    out
}

type Link = (usize, usize, f64);

/// What sections contain, for comparing them as wholes: a section split in two keeps
/// its vocabulary even when no single task survives the rewording.
struct SectionContent<'a> {
    old: Vec<Features>,
    new: Vec<Features>,
    weights: &'a Weights,
    scores: &'a [(usize, usize, f64)],
}

/// Task pairs this similar make their sections worth comparing as wholes.
const SECTION_PROBE: f64 = 0.2;

/// Section pairs that correspond: the share of their task mass that went to each other
/// in the first matching, or (for sections without tasks of their own) agreeing headings.
#[allow(clippy::too_many_arguments)]
fn section_links(
    old_secs: &[&Section],
    new_secs: &[&Section],
    old_deep: &[Vec<usize>],
    new_deep: &[Vec<usize>],
    first: &[(usize, usize, f64)],
    old_mass: &[f64],
    new_mass: &[f64],
    content: &SectionContent,
    opts: &crate::normalize::MatchOptions,
    settings: &MatchSettings,
) -> Vec<Link> {
    // Which sections hold each task.
    let mut old_holders: Vec<Vec<usize>> = vec![Vec::new(); old_mass.len()];
    for (si, ts) in old_deep.iter().enumerate() {
        for &t in ts {
            old_holders[t].push(si);
        }
    }
    let mut new_holders: Vec<Vec<usize>> = vec![Vec::new(); new_mass.len()];
    for (si, ts) in new_deep.iter().enumerate() {
        for &t in ts {
            new_holders[t].push(si);
        }
    }
    let mut shared: HashMap<(usize, usize), f64> = HashMap::new();
    for &(o, n, s) in first {
        let m = s * (old_mass[o] + new_mass[n]) / 2.0;
        for &a in &old_holders[o] {
            for &b in &new_holders[n] {
                *shared.entry((a, b)).or_default() += m;
            }
        }
    }
    // Section pairs whose tasks resemble each other somewhat are also compared as wholes:
    // for each old task, its three closest partners at or above the probe level.
    let mut probes: Vec<(usize, usize, f64)> =
        content.scores.iter().copied().filter(|x| x.2 >= SECTION_PROBE).collect();
    probes.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.total_cmp(&a.2)).then(a.1.cmp(&b.1)));
    let mut taken = 0;
    let mut last_o = usize::MAX;
    for &(o, n, _) in &probes {
        if o != last_o {
            last_o = o;
            taken = 0;
        }
        taken += 1;
        if taken > 3 {
            continue;
        }
        for &a in &old_holders[o] {
            for &b in &new_holders[n] {
                shared.entry((a, b)).or_default();
            }
        }
    }
    let sec_mass = |deep: &[Vec<usize>], mass: &[f64], i: usize| deep[i].iter().map(|&t| mass[t]).sum::<f64>();
    let mut links = Vec::new();
    let mut keys: Vec<_> = shared.into_iter().collect();
    keys.sort_by_key(|k| k.0);
    let mut scored: Vec<(usize, usize, f64)> = Vec::new();
    for ((a, b), m) in keys {
        // Only sections of comparable depth are linked (a part to a part, an item to an item).
        if old_secs[a].kind.rank() != new_secs[b].kind.rank() && old_secs[a].path.len() != new_secs[b].path.len() {
            continue;
        }
        let total = sec_mass(old_deep, old_mass, a) + sec_mass(new_deep, new_mass, b);
        let by_tasks = if total > 0.0 { 2.0 * m / total } else { 0.0 };
        let whole = features::blended(&content.old[a], &content.new[b], content.weights, 0.9);
        let sim = by_tasks.max(whole);
        let h = heading_similarity(&old_secs[a].heading, &new_secs[b].heading, opts);
        let sim = if h >= 0.8 { sim.max(h) } else { sim };
        scored.push((a, b, sim));
    }
    // Each section's best partner on the other side; a pair that is each other's best is
    // aligned even below the threshold (a section that kept one task of three and was
    // rewritten around it is still that section).
    let mut best_old: HashMap<usize, (f64, usize)> = HashMap::new();
    let mut best_new: HashMap<usize, (f64, usize)> = HashMap::new();
    for &(a, b, s) in &scored {
        let e = best_old.entry(a).or_insert((s, b));
        if s > e.0 || (s == e.0 && b < e.1) {
            *e = (s, b);
        }
        let e = best_new.entry(b).or_insert((s, a));
        if s > e.0 || (s == e.0 && a < e.1) {
            *e = (s, a);
        }
    }
    // A pair is aligned when it clears the threshold and is the best partner of at least
    // one of its sections (so a split or merge shows, but a section that merely mentions
    // another's topic does not chain two unrelated pairs together), or when it is each
    // other's best even below the threshold.
    for &(a, b, s) in &scored {
        let a_best = best_old.get(&a).map(|x| x.1) == Some(b);
        let b_best = best_new.get(&b).map(|x| x.1) == Some(a);
        let keep = (s >= settings.section_threshold && (a_best || b_best))
            || (a_best && b_best && s >= settings.section_threshold / 2.0);
        if keep {
            links.push((a, b, s));
        }
    }
    // Sections with no tasks on either side: link by heading alone (few in practice;
    // skipped, with the cost bounded, when both documents have thousands of them).
    let empty_old = old_deep.iter().filter(|d| d.is_empty()).count();
    let empty_new = new_deep.iter().filter(|d| d.is_empty()).count();
    if empty_old * empty_new > 1_000_000 {
        return links;
    }
    for (a, sa) in old_secs.iter().enumerate() {
        if !old_deep[a].is_empty() || sa.heading.is_empty() {
            continue;
        }
        for (b, sb) in new_secs.iter().enumerate() {
            if !new_deep[b].is_empty() || sb.heading.is_empty() {
                continue;
            }
            let h = heading_similarity(&sa.heading, &sb.heading, opts);
            if h >= 0.8 {
                links.push((a, b, h));
            }
        }
    }
    links
}

/// Similarity of two headings on their matching keys (normalised Levenshtein over the
/// joined keys), so "TỔ CHỨC, THAM DỰ CÁC HỘI NGHỊ" and "… CÁC CUỘC HỌP" score high and
/// tone-mark placement or capitals do not matter.
pub fn heading_similarity(a: &str, b: &str, opts: &crate::normalize::MatchOptions) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let ka = crate::normalize::keys(a, opts).join(" ");
    let kb = crate::normalize::keys(b, opts).join(" ");
    strsim::normalized_levenshtein(&ka, &kb)
}

/// Connected groups of linked sections.
struct Groups {
    old_group: Vec<Option<usize>>,
    new_group: Vec<Option<usize>>,
    count: usize,
}

fn components(n_old: usize, n_new: usize, links: &[Link]) -> Groups {
    // Disjoint sets over old sections 0..n_old and new sections n_old..n_old+n_new.
    let mut sets = UnionFind::new(n_old + n_new);
    for &(a, b, _) in links {
        sets.union(a as u32, (n_old + b) as u32);
    }
    let mut linked = vec![false; n_old + n_new];
    for &(a, b, _) in links {
        linked[a] = true;
        linked[n_old + b] = true;
    }
    let mut ids: HashMap<u32, usize> = HashMap::new();
    let mut old_group = vec![None; n_old];
    let mut new_group = vec![None; n_new];
    // Number groups in new-document order so output is stable.
    for b in 0..n_new {
        if linked[n_old + b] {
            let r = sets.find((n_old + b) as u32);
            let next = ids.len();
            new_group[b] = Some(*ids.entry(r).or_insert(next));
        }
    }
    for (a, g) in old_group.iter_mut().enumerate() {
        if linked[a] {
            let r = sets.find(a as u32);
            let next = ids.len();
            *g = Some(*ids.entry(r).or_insert(next));
        }
    }
    Groups { old_group, new_group, count: ids.len() }
}

fn section_entries(old_secs: &[&Section], new_secs: &[&Section], g: &Groups, links: &[Link]) -> Vec<SectionMatch> {
    let mut groups: Vec<SectionMatch> = (0..g.count)
        .map(|_| SectionMatch { status: SectionStatus::Matched, old: vec![], new: vec![], similarity: Some(0.0) })
        .collect();
    let mut best = vec![0.0f64; g.count];
    for &(a, _, s) in links {
        if let Some(id) = g.old_group[a] {
            best[id] = best[id].max(s);
        }
    }
    for (a, s) in old_secs.iter().enumerate() {
        if let Some(id) = g.old_group[a] {
            groups[id].old.push(s.path.clone());
        }
    }
    for (b, s) in new_secs.iter().enumerate() {
        if let Some(id) = g.new_group[b] {
            groups[id].new.push(s.path.clone());
        }
    }
    for (id, m) in groups.iter_mut().enumerate() {
        m.similarity = Some(round3(best[id].min(1.0)));
    }
    // In the new document's order; a dropped section goes just before the group of the
    // next aligned section of the old document (the place it would have kept), or last.
    let mut out = Vec::new();
    let mut emitted = vec![false; g.count];
    let mut dropped_before: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut pending: Vec<usize> = Vec::new();
    for (a, grp) in g.old_group.iter().enumerate() {
        match grp {
            Some(id) => {
                if !pending.is_empty() {
                    dropped_before.entry(Some(*id)).or_default().append(&mut pending);
                }
            }
            None => pending.push(a),
        }
    }
    dropped_before.entry(None).or_default().append(&mut pending);
    let push_dropped = |out: &mut Vec<SectionMatch>, list: Option<&Vec<usize>>| {
        for &a in list.into_iter().flatten() {
            out.push(SectionMatch {
                status: SectionStatus::Dropped,
                old: vec![old_secs[a].path.clone()],
                new: vec![],
                similarity: None,
            });
        }
    };
    for (b, grp) in g.new_group.iter().enumerate() {
        match grp {
            Some(id) if !emitted[*id] => {
                emitted[*id] = true;
                push_dropped(&mut out, dropped_before.get(&Some(*id)));
                out.push(groups[*id].clone());
            }
            Some(_) => {}
            None => out.push(SectionMatch {
                status: SectionStatus::New,
                old: vec![],
                new: vec![new_secs[b].path.clone()],
                similarity: None,
            }),
        }
    }
    push_dropped(&mut out, dropped_before.get(&None));
    out
}
