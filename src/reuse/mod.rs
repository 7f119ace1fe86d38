//! `sosanh reuse`: who copied what from whom, across many programmes.
//!
//! Units copy from the province's programme and from each other, with the unit's name
//! swapped ("phường Tam Thanh" → "xã Cao Lộc") and years bumped. Given many documents,
//! this finds:
//! - for every pair that shares text, how much of each one's task text is in the other;
//! - the shared **passages**: maximal aligned spans of at least `min_words` words,
//!   **verbatim** (equal on the matching keys) or **edited** (small gaps or substitutions,
//!   shown as a word diff);
//! - **templates**: passages shared by at least `min_units` documents, reported once as a
//!   cluster with its members and the earliest holder;
//! - documents that share nothing (written on their own).
//!
//! # How
//!
//! All matching is on the normalised keys of [`crate::normalize::tokens`] (unit words
//! masked, abbreviations expanded), over the task text only (not headers, headings or
//! signatures).
//!
//! 1. Every document's task text becomes one stream of hashed keys; its word k-grams
//!    (shingles, k = 8 or `min_words` if smaller) are hashed. With `min_words` above 8,
//!    only winnowing fingerprints (window `min_words − 7`) go into the index, which still
//!    catches every shared run of `min_words` keys.
//! 2. One sorted index of (fingerprint, document) gives, for every fingerprint, the
//!    documents holding it. A fingerprint held by at most [`PAIR_DF_CAP`] documents makes
//!    all their pairs candidates. One held by more (a template everybody copied, a
//!    formulaic phrase) pairs each holder with the earliest holder and with the holder
//!    just before it (by period or issue date, then name): its likely origin and its
//!    likely source. The work stays about linear in the number of documents; no pair is
//!    aligned just because it exists.
//! 3. Each candidate pair is aligned exactly (module `align`): shared shingles seed exact runs,
//!    which are extended and chained across small gaps into passages.
//! 4. Templates (module `cluster`): the aligned passages, cut at task boundaries, link the
//!    instances of a text in different documents; a connected group of instances held by
//!    `min_units` documents or more is a template. Passages inside a template are not
//!    listed again pair by pair.
//!
//! # Limits
//!
//! - Two documents that share only text held by more than [`PAIR_DF_CAP`] documents are
//!   listed as a pair only when one is the earliest holder of that text or the holder just
//!   before the other; the text itself is in a template holding both.
//! - A copy is seen only where 8 equal words in a row (or `min_words`, if smaller)
//!   survived: a sentence edited every few words is not found. Gaps of up to 8 words on
//!   each side are bridged, and between two longer stretches of a copy up to half the
//!   shorter stretch (at most 32 words); larger edits split a passage. A passage shorter
//!   than two shingles grows at its ends through edits of up to 4 words on each side, by
//!   stretches of at least 3 equal words (fewer where they end the task on both sides) no
//!   shorter than the edit.
//! - A passage shorter than two shingles (16 words), so grown, is kept only when it is at
//!   least half of its task on one side (a copied sentence), starts with its tasks on both
//!   sides, or lies next to another passage of the pair: a stock phrase inside different
//!   text ("all rights reserved", "accredited by a recognized accrediting body"), even
//!   where it ends a sentence on both sides, is not a passage, nor a template.
//! - Versions of a task that share at least half of it are one template (with the
//!   differing members marked edited); a formulaic phrase shared by different tasks is a
//!   template of its own and can join versions of different tasks that share it.
//! - Set the environment variable `SOSANH_REUSE_TIMING` to see the time of each stage on
//!   standard error.
//!
//! Every step is parallel (rayon) and every list is sorted by content, so the report is
//! the same for any number of threads.

pub(crate) mod align;
pub(crate) mod cluster;
pub mod pan;
pub(crate) mod prepare;

use crate::compare::diff::{Edit, same_words, word_diff};
use crate::model::{Document, LineRange, Section, Task};
use crate::normalize::{self, MatchOptions};
use align::Chain;
use cluster::{PairChains, PieceState, RawCluster};
use prepare::Prepared;
use rayon::prelude::*;
use serde::Serialize;
use std::ops::Range;

/// Shingle length in matching keys (words).
pub const SHINGLE: usize = 8;

/// A fingerprint held by more documents than this does not pair all its holders, only
/// each with the earliest holder and with the one before it (see the module documentation).
pub const PAIR_DF_CAP: usize = 8;

/// What `reuse` looks for.
#[derive(Debug, Clone)]
pub struct ReuseSettings {
    /// The shortest passage reported, in matching words.
    pub min_words: usize,
    /// A passage held by at least this many documents is a template (a cluster).
    pub min_units: usize,
    /// Show a progress bar on standard error (the caller decides: a terminal only).
    pub progress: bool,
    /// The most documents the caller should accept; more is an error it reports.
    pub max_files: usize,
}

impl Default for ReuseSettings {
    fn default() -> Self {
        ReuseSettings { min_words: 8, min_units: 3, progress: false, max_files: 200_000 }
    }
}

/// Whether a passage is the same on the matching keys or was edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// The same words (on the matching keys: unit names, case and tone placement aside).
    Verbatim,
    /// Aligned with small gaps or substitutions (a year bumped, a word changed).
    Edited,
}

/// Where a passage is in one document.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub file: String,
    /// Index of the document in [`ReuseReport::documents`].
    pub doc: usize,
    /// The section path of the first task, e.g. "I.8".
    pub section: String,
    /// First and last task, 1-based, in document order (as `sosanh outline` counts them).
    pub tasks: [usize; 2],
    /// Source lines of those tasks.
    pub lines: LineRange,
    /// Matching words in the span.
    pub words: usize,
    /// Character offsets `[start, end)` of the span in the document's decoded text (its
    /// lines joined by "\n"): from the first character of its first word to the end of
    /// its last. Absent when the words could not be found back in the lines (text the
    /// layout repair rejoined).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chars: Option<[usize; 2]>,
    /// The document's own text of the span (omitted where it would repeat the cluster's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A passage shared by two documents.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    pub a: Location,
    pub b: Location,
    /// Matching words the two sides have in common.
    pub words: usize,
    pub kind: PassageKind,
    /// Word diff from `a` to `b` when their words differ (edited, or unit names swapped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<Edit>>,
}

/// How much two documents share. `a` is the earlier of the two (by period or issue date,
/// then issue date, then by name; `same_time` when only the name decided).
#[derive(Debug, Clone, Serialize)]
pub struct PairShare {
    pub file_a: String,
    pub file_b: String,
    pub doc_a: usize,
    pub doc_b: usize,
    /// Matching words of task text in each.
    pub words_a: usize,
    pub words_b: usize,
    /// Matching words the two have in common, over all their passages.
    pub shared_words: usize,
    /// Fraction of `a`'s task text found in `b`, and the other way.
    pub share_a_in_b: f64,
    pub share_b_in_a: f64,
    /// Passages between the two (including those reported as part of a template).
    pub passages: usize,
    /// The two have the same date (period and issue date, or none known): which is `a`
    /// was decided by name and says nothing about who copied whom.
    pub same_time: bool,
}

/// One document holding a template.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub at: Location,
    pub kind: PassageKind,
    /// Matching words it has in common with the first member.
    pub words: usize,
}

/// A template: a passage held by at least `min_units` documents, reported once.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    /// 1-based, in report order.
    pub id: usize,
    /// Matching words of the passage in the first member.
    pub words: usize,
    /// The passage as the first member has it.
    pub text: String,
    /// The first member is the earliest holder (by period or issue date, then file name);
    /// the others follow by date and name.
    pub members: Vec<Member>,
    /// Members with the earliest known date (several when they are of the same month).
    pub earliest: Vec<String>,
    /// That date (a period such as "2026-02", or an issue date), when any member has one.
    pub earliest_date: Option<String>,
    /// The template whose text this one's first member edits (a reworded version of it).
    pub variant_of: Option<usize>,
}

/// What is known of one input document.
#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    pub file: String,
    pub unit: Option<String>,
    /// Period ("2026-02") or, failing that, issue date.
    pub date: Option<String>,
    pub tasks: usize,
    /// Matching words of its task text.
    pub words: usize,
    /// Of those, how many are in a passage shared with another document.
    pub shared_words: usize,
    pub share: f64,
    /// Documents it shares a passage with (directly aligned).
    pub partners: usize,
    /// Templates it holds.
    pub clusters: usize,
}

/// The result of [`reuse`].
#[derive(Debug, Clone, Serialize)]
pub struct ReuseReport {
    pub min_words: usize,
    pub min_units: usize,
    /// Pairs that share at least one passage, most shared first.
    pub pairs: Vec<PairShare>,
    /// Passages of pairs not already reported as part of a template, longest first.
    pub passages: Vec<Passage>,
    /// Templates, most widely held first.
    pub clusters: Vec<Cluster>,
    /// Documents that share nothing with any other.
    pub solitary: Vec<String>,
    pub documents: Vec<DocInfo>,
    pub notes: Vec<String>,
}

impl ReuseReport {
    /// Does any document share a passage with another?
    pub fn anything_shared(&self) -> bool {
        !self.pairs.is_empty()
    }
}

// ---------------------------------------------------------------------------------------
// The pipeline

/// The date used to order documents: period first, else issue date; unknown last. Two
/// programmes of the same month are then ordered by their issue dates when both are known.
fn date_key(d: &Document) -> (u8, i32, u32, u32, (u8, i32, u32, u32)) {
    // An unknown issue date sorts after known ones and ties with any (see `same_time`).
    let issued = match d.meta.issued {
        Some(i) if i.year.is_some() => (0, i.year.unwrap_or(0), i.month.unwrap_or(0), i.day.unwrap_or(0)),
        _ => (1, 0, 0, 0),
    };
    if let Some(p) = d.meta.period {
        return (0, p.year, p.month.unwrap_or(0), 0, issued);
    }
    if let Some(i) = d.meta.issued
        && let Some(y) = i.year
    {
        return (0, y, i.month.unwrap_or(0), i.day.unwrap_or(0), issued);
    }
    (1, 0, 0, 0, issued)
}

/// Two documents whose dates do not say which came first: the same period (or date), and
/// the same issue date or one of them unknown.
fn same_time(a: &Document, b: &Document) -> bool {
    let (x, y) = (date_key(a), date_key(b));
    (x.0, x.1, x.2, x.3) == (y.0, y.1, y.2, y.3) && (x.4 == y.4 || x.4.0 == 1 || y.4.0 == 1)
}

fn date_text(d: &Document) -> Option<String> {
    d.meta.period.map(|p| p.to_string()).or_else(|| d.meta.issued.and_then(|i| i.iso()))
}

/// The documents' indices ordered earliest first (by period or issue date, unknown last),
/// then by name, then by position: the order everything is computed in, so the report does
/// not depend on the order the documents were given in.
fn rank_order(docs: &[Document]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&x, &y| {
        date_key(&docs[x]).cmp(&date_key(&docs[y])).then_with(|| docs[x].source.cmp(&docs[y].source)).then(x.cmp(&y))
    });
    order
}

/// Candidate pairs (packed `a << 32 | b`, `a < b`, sorted) from the fingerprints of every
/// document; and whether any fingerprint was held by more than [`PAIR_DF_CAP`] documents.
fn candidate_pairs(fingerprints: Vec<Vec<u64>>, rank: &[u32]) -> (Vec<u64>, bool) {
    let n = fingerprints.len();
    if n < 2 {
        return (Vec::new(), false);
    }
    let bits = 64 - ((n - 1) as u64).leading_zeros();
    let mask: u64 = (1u64 << bits) - 1;
    let total: usize = fingerprints.iter().map(Vec::len).sum();
    let mut index: Vec<u64> = Vec::with_capacity(total);
    for (d, fps) in fingerprints.into_iter().enumerate() {
        index.extend(fps.into_iter().map(|h| (h & !mask) | d as u64));
    }
    index.par_sort_unstable();
    // Groups of one fingerprint held by two documents or more.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < index.len() {
        let h = index[i] & !mask;
        let mut j = i + 1;
        while j < index.len() && index[j] & !mask == h {
            j += 1;
        }
        if j - i >= 2 && index[i] != index[j - 1] {
            groups.push((i, j));
        }
        i = j;
    }
    // The same set of documents comes back for every shingle of a shared passage: expand
    // each distinct set once.
    let docs_of = |(s, e): (usize, usize)| -> Vec<u32> {
        let mut v: Vec<u32> = index[s..e].iter().map(|x| (x & mask) as u32).collect();
        v.dedup();
        v
    };
    let mut sigs: Vec<(u64, usize)> = groups
        .par_iter()
        .enumerate()
        .map(|(g, &(s, e))| {
            let sig = index[s..e].iter().fold(0x51_7cc1_b727_220a_u64, |h, x| prepare::mix(h ^ (x & mask)));
            (sig, g)
        })
        .collect();
    sigs.par_sort_unstable();
    sigs.dedup_by_key(|x| x.0);
    let capped = std::sync::atomic::AtomicBool::new(false);
    let mut pairs: Vec<u64> = sigs
        .par_iter()
        .flat_map_iter(|&(_, g)| {
            let docs = docs_of(groups[g]);
            let mut out: Vec<u64> = Vec::new();
            if docs.len() <= PAIR_DF_CAP {
                for (x, &a) in docs.iter().enumerate() {
                    for &b in &docs[x + 1..] {
                        out.push((a as u64) << 32 | b as u64);
                    }
                }
            } else {
                // The earliest holder with every other, and every holder with the one
                // before it (by date and name): a copy is aligned with its most likely
                // sources, and every holder is connected to every other.
                capped.store(true, std::sync::atomic::Ordering::Relaxed);
                let mut by_rank = docs.clone();
                by_rank.sort_unstable_by_key(|&d| rank[d as usize]);
                let first = by_rank[0];
                let pack = |x: u32, y: u32| (x.min(y) as u64) << 32 | x.max(y) as u64;
                for w in by_rank.windows(2) {
                    out.push(pack(w[0], w[1]));
                    if w[0] != first {
                        out.push(pack(first, w[1]));
                    }
                }
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    (pairs, capped.into_inner())
}

/// Per document, its tasks with their sections, in document order, and the character
/// offset where each of its lines starts.
struct Views<'a> {
    tasks: Vec<Vec<(&'a Section, &'a Task)>>,
    line_start: Vec<Vec<usize>>,
}

impl<'a> Views<'a> {
    fn new(docs: &[&'a Document]) -> Self {
        let line_start = docs
            .par_iter()
            .map(|d| {
                let mut at = 0;
                d.lines
                    .iter()
                    .map(|l| {
                        let s = at;
                        at += l.chars().count() + 1;
                        s
                    })
                    .collect()
            })
            .collect();
        Views { tasks: docs.par_iter().map(|d| d.all_tasks()).collect(), line_start }
    }
}

/// How far past the previous word the next one may be found in the source lines
/// (bytes): room for a footnote marker or a dropped page number, not for a wrong match.
const FIND_WINDOW: usize = 400;

/// Words of a task's start that must follow each other closely in the lines to anchor it.
const ANCHOR_WORDS: usize = 6;
/// The most bytes between two of those words (spaces, punctuation, a line break).
const ANCHOR_GAP: usize = 16;

/// Where the task starts in `src` (its lines joined): the first place on its first line
/// where its first words follow each other closely. A task that starts in the middle of a
/// line (a sentence after another) would otherwise be anchored at an earlier occurrence of
/// its first word, and its span would take in the end of the sentence before. 0 when no
/// such place is found. `spans`: the byte spans of the task's tokens in its text.
fn task_anchor(src: &str, task: &Task, spans: &[Range<usize>]) -> usize {
    let mut words: Vec<&str> = Vec::with_capacity(ANCHOR_WORDS);
    for (j, t) in spans.iter().enumerate() {
        if j > 0 && *t == spans[j - 1] {
            continue;
        }
        words.push(&task.text[t.clone()]);
        if words.len() == ANCHOR_WORDS {
            break;
        }
    }
    let Some(first) = words.first().filter(|w| !w.is_empty()) else { return 0 };
    let first_line_end = src.find('\n').unwrap_or(src.len());
    let mut from = 0;
    while let Some(d) = src[from..].find(first) {
        let b = from + d;
        if b > first_line_end {
            break;
        }
        let mut at = b + first.len();
        let follows = words[1..].iter().all(|w| match src[at..].find(w) {
            Some(d) if d <= ANCHOR_GAP => {
                at += d + w.len();
                true
            }
            _ => false,
        });
        if follows {
            return b;
        }
        from = b + first.len();
    }
    0
}

/// Character offsets (start, end) in the decoded text of every token of a task, found by
/// looking for the task's words, in order, in the source lines the task came from. Tokens
/// of one expanded abbreviation share a span and a place. `None` for a token whose word is
/// not in the lines (a word the repair rejoined across a line break): the place of the
/// last word found before it is kept only for the tokens sharing its span.
fn token_chars(
    lines: &crate::model::Lines,
    line_start: &[usize],
    task: &Task,
    spans: &[Range<usize>],
) -> Vec<Option<(usize, usize)>> {
    let (l0, l1) = (task.lines.start.max(1), task.lines.end.min(lines.len()));
    if l0 > l1 {
        return vec![None; spans.len()];
    }
    let src = lines.span(l0 - 1..l1);
    let base = line_start[l0 - 1];
    let mut cursor = task_anchor(src, task, spans);
    let mut out = Vec::with_capacity(spans.len());
    let mut found: Option<(usize, usize)> = None;
    // Characters before byte `counted.0` of `src`: the places found only move forward.
    let mut counted = (0usize, 0usize);
    for j in 0..spans.len() {
        if j == 0 || spans[j] != spans[j - 1] {
            let word = &task.text[spans[j].clone()];
            let hit = src[cursor..].find(word).filter(|&d| d <= FIND_WINDOW).map(|d| cursor + d);
            found = hit.map(|b| {
                counted.1 += src[counted.0..b].chars().count();
                counted.0 = b;
                let start = base + counted.1;
                (start, start + src[b..b + word.len()].chars().count())
            });
            if let Some(b) = hit {
                cursor = b + word.len();
            }
        }
        out.push(found);
    }
    out
}

/// A task's tokens (their byte spans in its text) and their character spans in the
/// decoded text ([`token_chars`]).
struct TaskSpans {
    spans: Vec<Range<usize>>,
    chars: Vec<Option<(usize, usize)>>,
}

/// The [`TaskSpans`] of the tasks located last (one per rayon job): a pair's passages, and
/// the passages of one document's pairs, fall in the same tasks again and again, and
/// tokenising a task and finding its words in the lines is most of what a location costs.
/// A cache of pure results: the report is the same with or without it.
struct SpanCache {
    entries: Vec<((u32, usize), std::rc::Rc<TaskSpans>)>,
    next: usize,
}

impl SpanCache {
    const SIZE: usize = 32;

    fn new() -> Self {
        SpanCache { entries: Vec::with_capacity(Self::SIZE), next: 0 }
    }

    fn get(&mut self, docs: &[&Document], views: &Views, d: u32, t: usize) -> std::rc::Rc<TaskSpans> {
        if let Some((_, x)) = self.entries.iter().find(|(k, _)| *k == (d, t)) {
            return x.clone();
        }
        let di = d as usize;
        let task = views.tasks[di][t].1;
        let mut spans: Vec<Range<usize>> = Vec::with_capacity(task.text.len() / 5 + 1);
        normalize::for_each_token(&task.text, &MatchOptions::standard(), |_, _, span| spans.push(span));
        let chars = token_chars(&docs[di].lines, &views.line_start[di], task, &spans);
        let x = std::rc::Rc::new(TaskSpans { spans, chars });
        if self.entries.len() < Self::SIZE {
            self.entries.push(((d, t), x.clone()));
        } else {
            self.entries[self.next] = ((d, t), x.clone());
            self.next = (self.next + 1) % Self::SIZE;
        }
        x
    }
}

/// The character span of tokens `[s, e)` of a document's task stream (see [`Location::chars`]).
fn span_chars(p: &Prepared, (s, e): (u32, u32), x0: &TaskSpans, x1: &TaskSpans) -> Option<[usize; 2]> {
    let (t0, t1) = (p.task_of(s), p.task_of(e - 1));
    let start = x0.chars.get((s - p.task_range(t0).0) as usize).copied().flatten()?.0;
    let end = x1.chars.get((e - 1 - p.task_range(t1).0) as usize).copied().flatten()?.1;
    (end > start).then_some([start, end])
}

/// The document's own text for tokens `[s, e)` of its task stream (`x0`, `x1`: the spans
/// of the tasks holding its first and last token).
fn span_text(tasks: &[(&Section, &Task)], p: &Prepared, (s, e): (u32, u32), x0: &TaskSpans, x1: &TaskSpans) -> String {
    let (t0, t1) = (p.task_of(s), p.task_of(e - 1));
    let text0 = &tasks[t0].1.text;
    let text1 = &tasks[t1].1.text;
    let start = if s == p.task_range(t0).0 {
        0
    } else {
        x0.spans.get((s - p.task_range(t0).0) as usize).map_or(0, |t| t.start)
    };
    let end = if e == p.task_range(t1).1 {
        text1.len()
    } else {
        x1.spans.get((e - 1 - p.task_range(t1).0) as usize).map_or(text1.len(), |t| t.end)
    };
    if t0 == t1 {
        return text0[start..end.max(start)].trim().to_string();
    }
    let mut out = text0[start..].trim().to_string();
    for (_, t) in &tasks[t0 + 1..t1] {
        out.push(' ');
        out.push_str(t.text.trim());
    }
    out.push(' ');
    out.push_str(text1[..end].trim());
    out
}

fn location(
    docs: &[&Document],
    views: &Views,
    prepared: &[Prepared],
    d: u32,
    range: (u32, u32),
    with_text: bool,
    cache: &mut SpanCache,
) -> Location {
    let (di, p) = (d as usize, &prepared[d as usize]);
    let tasks = &views.tasks[di];
    let (t0, t1) = (p.task_of(range.0), p.task_of(range.1.saturating_sub(1).max(range.0)));
    let chars = (range.1 > range.0)
        .then(|| {
            let (x0, x1) = (cache.get(docs, views, d, t0), cache.get(docs, views, d, t1));
            span_chars(p, range, &x0, &x1)
        })
        .flatten();
    let text = with_text.then(|| {
        let (s0, s1) = (p.task_of(range.0), p.task_of(range.1 - 1));
        let (x0, x1) = (cache.get(docs, views, d, s0), cache.get(docs, views, d, s1));
        span_text(tasks, p, range, &x0, &x1)
    });
    Location {
        file: docs[di].source.clone(),
        doc: di,
        section: tasks[t0].0.path_string(),
        tasks: [t0 + 1, t1 + 1],
        lines: tasks[t0].1.lines.cover(tasks[t1].1.lines),
        words: (range.1 - range.0) as usize,
        chars,
        text,
    }
}

/// Length of the union of `[s, e)` intervals.
fn union_len(mut v: Vec<(u32, u32)>) -> usize {
    if v.is_empty() {
        return 0;
    }
    v.sort_unstable();
    let (mut total, mut cur) = (0usize, v[0]);
    for x in &v[1..] {
        if x.0 <= cur.1 {
            cur.1 = cur.1.max(x.1);
        } else {
            total += (cur.1 - cur.0) as usize;
            cur = *x;
        }
    }
    total + (cur.1 - cur.0) as usize
}

/// The stretches of a chain the pairwise list reports: consecutive pieces not reported
/// by a template (short pieces go with the pieces around them, before or after).
fn pairwise_parts(pc: &PairChains) -> Vec<Chain> {
    let mut out: Vec<Chain> = Vec::new();
    let mut cur: Vec<align::Run> = Vec::new();
    // Short pieces before the first pairwise piece of a part: they go with it (a copy that
    // starts with a short sentence), or nowhere if none follows.
    let mut pending: Vec<align::Run> = Vec::new();
    let flush = |cur: &mut Vec<align::Run>, out: &mut Vec<Chain>| {
        if !cur.is_empty() {
            let runs = std::mem::take(cur);
            out.push(Chain { matched: runs.iter().map(|r| r.len).sum(), runs });
        }
    };
    let mut chain = 0;
    for p in &pc.pieces {
        // Parts never reach across chains.
        while pc.ends[chain] <= p.lo {
            chain += 1;
            flush(&mut cur, &mut out);
            pending.clear();
        }
        let runs = &pc.runs[p.lo as usize..p.hi as usize];
        match p.state {
            PieceState::Pairwise => {
                cur.append(&mut pending);
                cur.extend_from_slice(runs);
            }
            PieceState::Short if !cur.is_empty() => cur.extend_from_slice(runs),
            PieceState::Short => pending.extend_from_slice(runs),
            PieceState::InTemplate => {
                flush(&mut cur, &mut out);
                pending.clear();
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn diff_if_different(a: &str, b: &str, edited: bool) -> Option<Vec<Edit>> {
    (edited || !same_words(a, b)).then(|| word_diff(a, b))
}

/// Matching words two key sequences have in common, in order.
fn common_words(a: &[u64], b: &[u64]) -> usize {
    if a == b {
        return a.len();
    }
    similar::capture_diff_slices(similar::Algorithm::Myers, a, b)
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum()
}

/// Finds the text the documents share. `docs` are already read (the caller reads them and
/// reports those it could not read).
pub fn reuse(docs: &[Document], settings: &ReuseSettings) -> ReuseReport {
    let min_words = settings.min_words.max(1);
    let min_units = settings.min_units.max(2);
    let k = min_words.min(SHINGLE);
    let w = min_words - k + 1;
    let mut notes = Vec::new();
    if docs.len() > settings.max_files {
        notes.push(format!("{} documents, more than the limit of {}", docs.len(), settings.max_files));
    }
    let timing = std::env::var_os("SOSANH_REUSE_TIMING").is_some();
    let t0 = std::time::Instant::now();
    let lap = |what: &str| {
        if timing {
            eprintln!("reuse: {what} at {:.3} s", t0.elapsed().as_secs_f64());
        }
    };

    // Everything is computed on the documents in date order: internal index = rank.
    let order = rank_order(docs);
    let sorted: Vec<&Document> = order.iter().map(|&i| &docs[i]).collect();
    let rank: Vec<u32> = (0..docs.len() as u32).collect();

    // 1. Keys and shingles.
    let pb = crate::output::progress_bar(settings.progress, docs.len(), "keys");
    let mut prepared: Vec<Prepared> = Vec::with_capacity(docs.len());
    let mut shingles: Vec<prepare::Shingles> = Vec::with_capacity(docs.len());
    let mut fingerprints: Vec<Vec<u64>> = Vec::with_capacity(docs.len());
    let all: Vec<_> = sorted
        .par_iter()
        .map(|d| {
            let r = prepare::prepare(d, k, w);
            pb.inc(1);
            r
        })
        .collect();
    for (p, s, f) in all {
        prepared.push(p);
        shingles.push(s);
        fingerprints.push(f);
    }
    pb.finish_and_clear();
    for (d, p) in sorted.iter().zip(&prepared) {
        if p.len() == 0 {
            notes.push(format!("{}: no task text", d.source));
        }
    }
    lap("prepared");

    // 2. Candidate pairs.
    let (candidates, capped) = candidate_pairs(fingerprints, &rank);
    if capped {
        notes.push(format!(
            "text held by more than {PAIR_DF_CAP} documents was aligned only with its earliest holder and, \
             for each holder, the holder before it: two holders that share nothing else are not listed as a pair \
             (the text is reported as a template)"
        ));
    }
    lap(&format!("{} candidate pairs", candidates.len()));

    // 3. Alignment.
    let pb = crate::output::progress_bar(settings.progress, candidates.len(), "aligning");
    let mut pairs: Vec<PairChains> = candidates
        .par_iter()
        .filter_map(|&packed| {
            let (a, b) = ((packed >> 32) as usize, packed as u32 as usize);
            let (pa, pb_) = (&prepared[a], &prepared[b]);
            let chains = align::align(pa, &shingles[a], pb_, &shingles[b], k, min_words);
            pb.inc(1);
            (!chains.is_empty()).then(|| PairChains::new(a as u32, b as u32, chains, pa, pb_, min_words))
        })
        .collect();
    pb.finish_and_clear();
    drop(candidates);
    drop(shingles);
    lap(&format!("aligned, {} pairs share text", pairs.len()));

    // 4. Templates.
    let raw_clusters = cluster::clusters(&prepared, &mut pairs, &rank, min_units);
    lap(&format!("{} templates", raw_clusters.len()));

    // 5. The report.
    let views = Views::new(&sorted);
    let ctx = Ctx {
        docs: &sorted,
        views: &views,
        prepared: &prepared,
        rank: &rank,
        min_words,
        min_units,
        progress: settings.progress,
    };
    let mut report = assemble(&ctx, &pairs, &raw_clusters);
    lap("assembled");
    report.notes.splice(0..0, notes);
    // Document numbers as given.
    for p in &mut report.pairs {
        (p.doc_a, p.doc_b) = (order[p.doc_a], order[p.doc_b]);
    }
    for p in &mut report.passages {
        (p.a.doc, p.b.doc) = (order[p.a.doc], order[p.b.doc]);
    }
    for c in &mut report.clusters {
        for m in &mut c.members {
            m.at.doc = order[m.at.doc];
        }
    }
    let mut documents: Vec<Option<DocInfo>> = vec![None; docs.len()];
    for (i, d) in std::mem::take(&mut report.documents).into_iter().enumerate() {
        documents[order[i]] = Some(d);
    }
    report.documents = documents.into_iter().flatten().collect();
    report
}

/// What the report is assembled from.
struct Ctx<'a> {
    docs: &'a [&'a Document],
    views: &'a Views<'a>,
    prepared: &'a [Prepared],
    rank: &'a [u32],
    min_words: usize,
    min_units: usize,
    progress: bool,
}

impl Ctx<'_> {
    fn location(&self, d: u32, range: (u32, u32), with_text: bool, cache: &mut SpanCache) -> Location {
        location(self.docs, self.views, self.prepared, d, range, with_text, cache)
    }
    /// The locations of `(document, range, with its text)`, in the order given. They are
    /// worked out in document order (then range), in parallel, each rayon job with its
    /// [`SpanCache`]: a document's tasks are tokenised and found in its lines about once.
    fn locations(&self, wanted: Vec<(u32, (u32, u32), bool)>) -> Vec<Location> {
        let mut order: Vec<u32> = (0..wanted.len() as u32).collect();
        order.sort_unstable_by_key(|&i| (wanted[i as usize].0, wanted[i as usize].1, i));
        let mut found: Vec<Location> = order
            .par_iter()
            .map_init(SpanCache::new, |cache, &i| {
                let (d, r, with_text) = wanted[i as usize];
                self.location(d, r, with_text, cache)
            })
            .collect();
        // Back in the order asked for, in place (`found[j]` goes to `order[j]`): the
        // locations of a large corpus are hundreds of megabytes, not to be held twice.
        for j in 0..found.len() {
            while order[j] as usize != j {
                let t = order[j] as usize;
                found.swap(j, t);
                order.swap(j, t);
            }
        }
        found
    }
    fn keys(&self, d: u32, (s, e): (u32, u32)) -> &[u64] {
        &self.prepared[d as usize].keys[s as usize..e as usize]
    }
}

fn assemble(ctx: &Ctx, pairs: &[PairChains], raw_clusters: &[RawCluster]) -> ReuseReport {
    let (docs, prepared, rank) = (ctx.docs, ctx.prepared, ctx.rank);
    let n = docs.len();
    // Pairs.
    let mut pair_rows: Vec<PairShare> = pairs
        .par_iter()
        .map(|pc| {
            let (a, b) = (pc.a as usize, pc.b as usize);
            let shared = pc.matched();
            let (wa, wb) = (prepared[a].len(), prepared[b].len());
            PairShare {
                file_a: docs[a].source.clone(),
                file_b: docs[b].source.clone(),
                doc_a: a,
                doc_b: b,
                words_a: wa,
                words_b: wb,
                shared_words: shared,
                share_a_in_b: shared as f64 / wa.max(1) as f64,
                share_b_in_a: shared as f64 / wb.max(1) as f64,
                passages: pc.ends.len(),
                same_time: same_time(docs[a], docs[b]),
            }
        })
        .collect();
    pair_rows.sort_by(|x, y| {
        let mx = x.share_a_in_b.max(x.share_b_in_a);
        let my = y.share_a_in_b.max(y.share_b_in_a);
        my.total_cmp(&mx)
            .then(y.shared_words.cmp(&x.shared_words))
            .then_with(|| x.file_a.cmp(&y.file_a))
            .then_with(|| x.file_b.cmp(&y.file_b))
            .then((x.doc_a, x.doc_b).cmp(&(y.doc_a, y.doc_b)))
    });

    let t0 = std::time::Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("SOSANH_REUSE_TIMING").is_some() {
            eprintln!("reuse:   {what} at +{:.3} s", t0.elapsed().as_secs_f64());
        }
    };
    lap("pair rows");
    // Passages not reported through a template.
    let parts: Vec<(u32, u32, Chain)> = pairs
        .par_iter()
        .flat_map_iter(|pc| {
            pairwise_parts(pc).into_iter().filter(|c| c.matched as usize >= ctx.min_words).map(move |c| (pc.a, pc.b, c))
        })
        .collect();
    let pb = crate::output::progress_bar(ctx.progress, parts.len(), "passages");
    // Passages (both sides) and template instances located together, in document order,
    // so that a document's tasks are tokenised about once (see `Ctx::locations`).
    let mut wanted: Vec<(u32, (u32, u32), bool)> = Vec::with_capacity(2 * parts.len());
    wanted.extend(parts.iter().map(|(a, _, c)| (*a, c.a_range(), true)));
    wanted.extend(parts.iter().map(|(_, b, c)| (*b, c.b_range(), true)));
    // Template instances: the first with its text, the others with theirs only where their
    // keys differ from the first's.
    for rc in raw_clusters {
        let (d0, r0) = rc.instances[0];
        let first_keys = ctx.keys(d0, r0);
        wanted
            .extend(rc.instances.iter().enumerate().map(|(i, &(d, r))| (d, r, i == 0 || ctx.keys(d, r) != first_keys)));
    }
    let mut located = ctx.locations(wanted).into_iter();
    let la: Vec<Location> = located.by_ref().take(parts.len()).collect();
    let lb: Vec<Location> = located.by_ref().take(parts.len()).collect();
    let mut at_of: Vec<std::vec::IntoIter<Location>> = Vec::with_capacity(raw_clusters.len());
    for rc in raw_clusters {
        at_of.push(located.by_ref().take(rc.instances.len()).collect::<Vec<_>>().into_iter());
    }
    let mut passages: Vec<Passage> = parts
        .par_iter()
        .zip(la)
        .zip(lb)
        .map(|(((_, _, c), la), lb)| {
            pb.inc(1);
            let kind = if c.verbatim() { PassageKind::Verbatim } else { PassageKind::Edited };
            let diff = match (&la.text, &lb.text) {
                (Some(x), Some(y)) => diff_if_different(x, y, kind == PassageKind::Edited),
                _ => None,
            };
            Passage { a: la, b: lb, words: c.matched as usize, kind, diff }
        })
        .collect();
    pb.finish_and_clear();
    drop(parts);
    passages.sort_by(|x, y| {
        y.words
            .cmp(&x.words)
            .then_with(|| x.a.file.cmp(&y.a.file))
            .then(x.a.tasks.cmp(&y.a.tasks))
            .then_with(|| x.b.file.cmp(&y.b.file))
            .then(x.b.tasks.cmp(&y.b.tasks))
            .then(x.a.doc.cmp(&y.a.doc))
            .then(x.b.doc.cmp(&y.b.doc))
            .then(x.a.lines.start.cmp(&y.a.lines.start))
            .then(x.a.words.cmp(&y.a.words))
    });

    lap("passages");
    // Templates.
    let pb = crate::output::progress_bar(ctx.progress, raw_clusters.len(), "templates");
    let mut clusters: Vec<Cluster> = raw_clusters
        .par_iter()
        .zip(at_of)
        .enumerate()
        .map(|(raw, (rc, mut at_of))| {
            pb.inc(1);
            let (d0, r0) = rc.instances[0];
            let anchor = at_of.next().expect("one location per instance");
            let text = anchor.text.clone().unwrap_or_default();
            let words = anchor.words;
            let first_keys = ctx.keys(d0, r0);
            let mut members = vec![Member { at: anchor, kind: PassageKind::Verbatim, words }];
            members.extend(rc.instances[1..].iter().zip(at_of).map(|(&(d, r), at)| {
                let keys = ctx.keys(d, r);
                if keys == first_keys {
                    // Equal on the matching keys: the words can differ only in unit names,
                    // case and tone placement; not repeated.
                    return Member { at, kind: PassageKind::Verbatim, words: keys.len() };
                }
                Member { at, kind: PassageKind::Edited, words: common_words(first_keys, keys) }
            }));
            let first_date = members.iter().find(|m| date_key(docs[m.at.doc]).0 == 0).map(|m| m.at.doc);
            let (earliest, earliest_date) = match first_date {
                Some(d0) => {
                    // Of the same month (or date) as the first, whatever their issue dates.
                    let month = |d: usize| {
                        let k = date_key(docs[d]);
                        (k.0, k.1, k.2, k.3)
                    };
                    let key = month(d0);
                    let mut e: Vec<String> =
                        members.iter().filter(|m| month(m.at.doc) == key).map(|m| m.at.file.clone()).collect();
                    e.dedup();
                    (e, date_text(docs[d0]))
                }
                None => (Vec::new(), None),
            };
            Cluster {
                id: raw,
                words,
                text,
                members,
                earliest,
                earliest_date,
                variant_of: rc.variant_of.map(|v| v as usize),
            }
        })
        .collect();
    pb.finish_and_clear();
    let units = |c: &Cluster| {
        let mut d: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    clusters.sort_by(|x, y| {
        units(y)
            .cmp(&units(x))
            .then(y.words.cmp(&x.words))
            .then(rank[x.members[0].at.doc].cmp(&rank[y.members[0].at.doc]))
            .then(x.members[0].at.tasks.cmp(&y.members[0].at.tasks))
            .then(x.id.cmp(&y.id))
    });
    // Ids in report order; `id` held the raw index until now.
    let mut new_id = vec![0usize; clusters.len()];
    for (i, c) in clusters.iter().enumerate() {
        new_id[c.id] = i + 1;
    }
    for c in clusters.iter_mut() {
        c.id = new_id[c.id];
        c.variant_of = c.variant_of.map(|v| new_id[v]);
    }

    lap("templates");
    // Documents.
    let mut covered: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut partners = vec![0usize; n];
    for pc in pairs {
        partners[pc.a as usize] += 1;
        partners[pc.b as usize] += 1;
        for c in pc.chains() {
            covered[pc.a as usize].push(align::a_range(c));
            covered[pc.b as usize].push(align::b_range(c));
        }
    }
    let mut in_clusters = vec![0usize; n];
    for c in &clusters {
        let mut ds: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
        ds.sort_unstable();
        ds.dedup();
        for d in ds {
            in_clusters[d] += 1;
        }
    }
    let documents: Vec<DocInfo> = covered
        .into_par_iter()
        .enumerate()
        .map(|(d, cov)| {
            let shared = union_len(cov);
            let words = prepared[d].len();
            DocInfo {
                file: docs[d].source.clone(),
                unit: docs[d].meta.unit.as_ref().map(|u| u.to_string()),
                date: date_text(docs[d]),
                tasks: prepared[d].tasks(),
                words,
                shared_words: shared,
                share: shared as f64 / words.max(1) as f64,
                partners: partners[d],
                clusters: in_clusters[d],
            }
        })
        .collect();
    let mut solitary: Vec<String> = documents
        .iter()
        .filter(|d| d.partners == 0 && d.clusters == 0 && d.words > 0)
        .map(|d| d.file.clone())
        .collect();
    solitary.sort();
    ReuseReport {
        min_words: ctx.min_words,
        min_units: ctx.min_units,
        pairs: pair_rows,
        passages,
        clusters,
        solitary,
        documents,
        notes: Vec::new(),
    }
}
