//! Comparison: aligns the sections and tasks of two documents and reports each task as
//! carried (identical or reworded, possibly moved), split, merged, new or dropped.
//!
//! The steps, each working on positions in the two documents' task lists:
//! 1. every task gets weighted features (normalised syllables and syllable pairs, see
//!    [`features`]); formulaic words that most tasks share weigh little;
//! 2. candidate pairs come from an inverted index over informative features, so only
//!    tasks that share something are scored (no all-pairs work); tasks named differently
//!    (procedure codes, the commune a table row is filed under) are no candidates for each
//!    other, and tasks with the same name are (`identity_pairs`): words alone pair the
//!    wrong rows of a list of look-alikes;
//! 3. sections get titles (their heading, or the lead of their first task when the item
//!    is one line, "Dự Hội nghị …: Theo …"); titles that agree also pair the heading-plus-
//!    first-task of one side with the one-line task of the other (same item, two layouts);
//! 4. a first one-to-one task matching (user links applied first) links sections: evidence
//!    from titles, from tasks that went to each other, from their words as wholes, and from
//!    position between aligned neighbours ([`SectionEvidence`]); pairs at or above the
//!    section threshold are aligned, many-to-many, so splits and merges of sections show;
//!    a heading and a one-line item's lead paired on their titles alone, under parents
//!    each aligned with another section, are not (a term defined in one article is not a
//!    clause of another whose heading holds it), unless the titles are the same;
//! 5. the final one-to-one task matching prefers pairs inside aligned sections; then two
//!    tasks left over that are each other's closest candidate, in aligned sections and held
//!    in place by a neighbouring pair (or both opening or closing their sections), pair
//!    at up to 0.2 below the task threshold (a reworded item of a copied plan);
//!    a carried task whose sections are not aligned (nor one the aligned partner's child) has
//!    `moved`; a task left over next to a carried one and contained in its partner is a
//!    split (one old → several new) or a merge;
//! 6. every reworded pair gets a word diff ([`diff`]); every task left new or dropped
//!    names its closest candidate above a floor.
//!
//! Thresholds are in [`MatchSettings`]; the defaults were set on the fixtures' labelled
//! pairs (see tests/compare.rs).
//!
//! Every step that could grow faster than the documents has a limit, and when a limit
//! is reached the comparison does something simpler and says so in its notes:
//! - candidates: features in more than 2% of all tasks are not indexed, and each task
//!   keeps at most [`MatchSettings::max_candidates`] partners, those sharing the most
//!   weight; a pair is scored when either of its tasks keeps it, the same pairs whichever
//!   side is old ("… had more than 64 candidate partners; only the closest were scored");
//!   a task made mostly of such common features, with no word-for-word copy on the other
//!   side, looks through its rarest ones for partners of 0.8 or more, within a budget of
//!   postings (past it, it counts as cut);
//! - tasks with the same words: each pairs with the 64 nearest copies by position;
//! - section titles: 16 candidates per title; titles longer than 1000 characters are
//!   compared by their words only, not letter by letter (a note counts them);
//! - word diffs: a pair with more than [`diff::MAX_DIFF_WORDS`] words between its two
//!   texts is shown as the old text replaced whole (a note counts them).
//!
//! Work that depends on one document only (tasks' features, titles) is done once per
//! document ([`Prepared`]); each comparison weighs features once and keeps every
//! feature's weight beside it, so scoring a pair is one walk over two sorted lists.

pub mod diff;
pub mod features;
pub mod links;

use crate::model::{Document, LabelKind, Section, Task};
use crate::union_find::UnionFind;
use features::{Features, Weights};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes pairs of small integers (task or section indexes) with one multiply per
/// number rather than SipHash: these maps are internal and never see user-chosen keys.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(26) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A map keyed by index pairs. Where its order could show, the entries are sorted first.
type PairMap<V> = HashMap<(usize, usize), V, BuildHasherDefault<PairHasher>>;

/// Matching settings (separate from display settings).
#[derive(Debug, Clone)]
pub struct MatchSettings {
    /// Minimum similarity (0–1) for two tasks to count as the same task carried over (two
    /// leftover tasks held in place by their neighbours may be up to 0.2 below it).
    pub task_threshold: f64,
    /// Minimum similarity for two sections to be aligned.
    pub section_threshold: f64,
    /// Added to the score of a task pair whose sections are aligned, so a task stays in
    /// its section when an equally good match exists elsewhere.
    pub section_bonus: f64,
    /// At most this many candidate partners are kept per task (the ones sharing the most
    /// informative features), a pair scored when either of its tasks keeps it; beyond it the
    /// weakest candidates are skipped and a note says so.
    pub max_candidates: usize,
    /// Pairs a user confirmed or forbade (`--links`), applied before matching.
    pub links: Vec<links::UserLink>,
    /// Keep, for every pair, the words that matched and their weights (`--explain`).
    pub explain: bool,
}

impl Default for MatchSettings {
    fn default() -> Self {
        MatchSettings {
            task_threshold: 0.45,
            section_threshold: 0.3,
            section_bonus: 0.08,
            max_candidates: 64,
            links: Vec::new(),
            explain: false,
        }
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
    /// A new task cut from an old task that was carried into another new task (one old
    /// task became several: the first is `carried`, each further piece `split`).
    Split,
    /// An old task whose content went into a new task carried from another old task
    /// (several old tasks became one: the first is `carried`, each further one `merged`).
    Merged,
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
    /// Position of the task among its section's own tasks, from 1 ("I.6 #2").
    pub number: usize,
    pub text: String,
    /// Position of the task in its document, in document order; `usize::MAX` for a section's
    /// heading standing for a one-line item ([`TaskMatch::heading`]), which is no task.
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
    /// Carried into a section not aligned with the one it left, nor inside or above that
    /// section's partner (an article's sentence that became its clause 1 is in place).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    pub old: Option<TaskRef>,
    pub new: Option<TaskRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<diff::Edit>>,
    /// For a new or dropped task: the most similar task on the other side, when one
    /// reaches [`NEAREST_FLOOR`] (it may be paired with something else).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest: Option<Nearest>,
    /// For a pair, with `--explain`: the words both tasks have and what each weighs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<SharedWord>>,
    /// For a carried item one of whose sides is not a task but its section's heading ("old"
    /// or "new"; that side's `number` is 0): a one-line item ("3. Phiên họp UBND xã thường kỳ
    /// tháng 02.") against the other document's heading of the same item with its details
    /// under it ("3. Phiên họp UBND xã thường kỳ tháng 03" / "- Thời gian: …").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<Side>,
}

/// One of the two documents of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Old,
    New,
}

/// The closest candidate of a task left unpaired.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Nearest {
    pub path: Vec<String>,
    /// Position among that section's own tasks, from 1.
    pub index: usize,
    pub similarity: f64,
}

/// A word (or word pair "a b") two paired texts share, with its weight.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SharedWord {
    /// As the old text writes it.
    pub word: String,
    /// As the new text writes it, when that differs (a date, number or abbreviation matched
    /// as its class: "30/6/2025" and "03/7/2025").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_new: Option<String>,
    pub weight: f64,
}

/// New and dropped tasks name a closest candidate only at or above this similarity:
/// below it the "candidate" shares little more than the genre's words.
pub const NEAREST_FLOOR: f64 = 0.25;

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
    /// What the similarity of an aligned group's best pair is made of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<SectionEvidence>,
}

/// The evidence for aligning two sections, each 0–1. The similarity compared with the
/// section threshold is, with `t` = max(tasks, content):
/// - `t` alone when neither section has a title to compare;
/// - max(h, t) when a title agrees (h) and at least one side has no tasks: nothing
///   contradicts the title;
/// - max(t, (h + t) / 2) when both have tasks: the same heading over tasks that do not
///   pair scores half, never 1.00 by itself; a title that agrees only in part (below
///   0.8) counts a third, max(t, (h + 2t) / 3);
///
/// plus `position` (0.15) for a pair with some evidence that sits between aligned
/// neighbours (the previous and next sibling sections are aligned to each other) and is
/// not aligned otherwise.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Default)]
pub struct SectionEvidence {
    /// Title to title: heading to heading, or a heading to the other side's one-line
    /// item (the lead of its first task), numbers and dates compared as their class.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<f64>,
    /// Share of the two sections' task weight that went to each other in the first matching.
    pub tasks: f64,
    /// The sections' words as wholes.
    pub content: f64,
    /// Added for sitting between aligned neighbours.
    pub position: f64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub carried: usize,
    pub identical: usize,
    pub reworded: usize,
    pub moved: usize,
    pub split: usize,
    pub merged: usize,
    pub new: usize,
    pub dropped: usize,
    /// Carried entries one of whose sides is its section's heading, not a task
    /// ([`TaskMatch::heading`]); not in `carried`, which pairs tasks with tasks. Printed only
    /// when there are any.
    #[serde(skip_serializing_if = "is_zero")]
    pub headings: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
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
        let s = &self.summary;
        s.reworded == 0
            && s.new == 0
            && s.dropped == 0
            && s.moved == 0
            && s.split == 0
            && s.merged == 0
            && s.headings == 0
    }
}

/// A task with where it sits.
struct Item<'a> {
    section: usize,
    /// Position among the section's own tasks, from 1.
    number: usize,
    task: &'a Task,
    path: &'a [String],
}

fn items(doc: &Document) -> (Vec<&Section>, Vec<Item<'_>>) {
    let sections = doc.all_sections();
    let mut out = Vec::new();
    for (si, s) in sections.iter().enumerate() {
        for (k, t) in s.tasks.iter().enumerate() {
            out.push(Item { section: si, number: k + 1, task: t, path: &s.path });
        }
    }
    // Tasks in document order (sections are depth-first, which is document order for tasks
    // of a parent that come before its children, the usual case).
    out.sort_by_key(|i| (i.task.lines.start, i.task.lines.end));
    (sections, out)
}

/// What comparing needs of one document and does not depend on the other: its sections
/// and tasks in order, each task's features, its section titles with their features and
/// edit keys. Made once per document ([`Prepared::new`]), it serves every comparison the
/// document takes part in ([`compare_prepared`]): a series compares each month with the
/// one before and the one after.
pub struct Prepared<'a> {
    doc: &'a Document,
    secs: Vec<&'a Section>,
    /// Each section's parent, by index ([`parents`]).
    parent: Vec<Option<usize>>,
    items: Vec<Item<'a>>,
    /// Features of each task (in `items` order), not yet weighed: weights depend on both
    /// documents.
    feats: Vec<Features>,
    titles: Vec<Option<Title>>,
    /// The sections that have a title, their titles' features and edit keys.
    titled: Vec<usize>,
    title_feats: Vec<Features>,
    /// Each title's edit key and its length in characters.
    title_keys: Vec<Option<(String, usize)>>,
    /// What names each task, in `items` order (most have no name): the procedure codes it
    /// cites, and the unit a table row is filed under. See [`identity_pairs`].
    codes: Vec<Vec<String>>,
    row_names: Vec<Vec<String>>,
    /// The phrases an amendment of words replaces or removes ([`features::amended_phrases`]).
    phrases: Vec<Vec<String>>,
    /// How this document's texts are keyed: the standard options with the abbreviations it
    /// makes for itself ([`crate::normalize::learn_abbreviations`]).
    opts: crate::normalize::MatchOptions,
}

impl<'a> Prepared<'a> {
    pub fn new(doc: &'a Document) -> Prepared<'a> {
        let (secs, items) = items(doc);
        let opts = crate::normalize::MatchOptions::learned(
            secs.iter().map(|s| s.heading.as_str()).chain(items.iter().map(|i| i.task.text.as_str())),
        );
        let feats = items.iter().map(|i| Features::of(&i.task.text, &opts)).collect();
        let parent = parents(&secs);
        // Whether each section's heading names an article defining terms, asked once.
        let defines: Vec<bool> = secs.iter().map(|s| s.heading.to_lowercase().contains("giải thích từ ngữ")).collect();
        let defining: Vec<bool> = parent.iter().map(|p| p.is_some_and(|p| defines[p])).collect();
        let titles: Vec<Option<Title>> = secs.iter().zip(&defining).map(|(s, &d)| Title::of(s, d)).collect();
        let titled: Vec<usize> = (0..titles.len()).filter(|&i| titles[i].is_some()).collect();
        let text = |i: &usize| titles[*i].as_ref().map_or("", |t| t.text.as_str());
        let title_feats = titled.iter().map(|i| Features::of(text(i), &opts)).collect();
        // Keys that must be equal across documents to count (titles' edit keys, the codes,
        // row names and phrases that name a task) with the standard options, the same for
        // every document; a document's own abbreviations only add to its similarities.
        let standard = crate::normalize::MatchOptions::standard();
        let title_keys = titled
            .iter()
            .map(|i| {
                title_key(text(i), &standard).map(|k| {
                    let n = k.chars().count();
                    (k, n)
                })
            })
            .collect();
        let codes = items.iter().map(|i| crate::normalize::procedure_codes(&i.task.text, &standard)).collect();
        let row_names =
            items.iter().map(|i| features::row_name(&i.task.text, &standard).into_iter().collect()).collect();
        let phrases = items.iter().map(|i| features::amended_phrases(&i.task.text, &standard)).collect();
        Prepared {
            doc,
            secs,
            parent,
            items,
            feats,
            titles,
            titled,
            title_feats,
            title_keys,
            codes,
            row_names,
            phrases,
            opts,
        }
    }

    /// The document this was prepared from.
    pub fn document(&self) -> &'a Document {
        self.doc
    }
}

/// Compares two documents. The two are prepared at the same time (a quarter of a comparison's
/// work on two monthly programmes); preparing one does not depend on the other, so the
/// result is the same whatever the thread count.
pub fn compare(old: &Document, new: &Document, settings: &MatchSettings) -> Comparison {
    let (old, new) = rayon::join(|| Prepared::new(old), || Prepared::new(new));
    compare_prepared(&old, &new, settings)
}

/// Runs `a` and `b`, at the same time when `worth` it (enough work to pay for a thread),
/// and returns both results: inside a rayon pool (a batch of comparisons) as rayon's join;
/// outside one (`sosanh compare`, two documents) on this thread and one more, started for
/// the purpose (starting rayon's pool would cost more than the work); on one CPU, one after
/// the other. Either way the results are the same: the two closures share nothing they
/// change.
fn both<RA: Send, RB: Send>(worth: bool, a: impl FnOnce() -> RA + Send, b: impl FnOnce() -> RB + Send) -> (RA, RB) {
    static CPUS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    if worth && rayon::current_thread_index().is_some() {
        return rayon::join(a, b);
    }
    if !worth || *CPUS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get())) < 2 {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(b);
        let ra = a();
        let rb = other.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (ra, rb)
    })
}

/// Compares two prepared documents: the same result as [`compare`] on their documents.
pub fn compare_prepared(old: &Prepared, new: &Prepared, settings: &MatchSettings) -> Comparison {
    let (old_secs, old_items) = (&old.secs, &old.items[..]);
    let (new_secs, new_items) = (&new.secs, &new.items[..]);
    let mut notes = Vec::new();

    let weights = Weights::from_docs(&old.feats, &new.feats);
    let (mut old_f, mut new_f) = (old.feats.clone(), new.feats.clone());
    old_f.iter_mut().chain(new_f.iter_mut()).for_each(|f| f.weigh(&weights));

    // Candidate pairs and their similarity; at the same time, what each section holds
    // (merged from weighed tasks, so weighed with the tasks' weights), for aligning sections.
    let ((mut scores, pruned), (old_content, new_content)) = both(
        old_items.len() + new_items.len() >= PARALLEL_TASKS,
        || {
            features::candidate_scores(
                &old_f,
                &new_f,
                &weights,
                settings.max_candidates,
                SECTION_PROBE.min(settings.task_threshold),
            )
        },
        || (section_contents(old_secs, old_items, &old_f), section_contents(new_secs, new_items, &new_f)),
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

    // Section titles, and the same item laid out two ways: a heading with its body on one
    // side, one line "heading: body" on the other.
    let (old_titles, new_titles) = (&old.titles, &new.titles);
    let (titles, long_titles) = title_pairs(old, new);
    let old_first = first_items(old_secs.len(), old_items);
    let new_first = first_items(new_secs.len(), new_items);
    let mut layout: Vec<(usize, usize, f64)> = Vec::new();
    // A one-liner with nothing after a colon that is the other side's heading is a heading
    // the reader took for a task ("Yêu cầu, điều kiện thực hiện TTHC NB", its content in the
    // items after it): it has no body to be the heading's first task.
    let bodiless = |t: &str| t.split_once(':').is_none_or(|(_, rest)| rest.trim().is_empty());
    for &(a, b, h) in &titles {
        let (Some(ta), Some(tb)) = (&old_titles[a], &new_titles[b]) else { continue };
        let (Some(o), Some(n)) = (old_first[a], new_first[b]) else { continue };
        let one_liner = if ta.heading { &new_items[n].task.text } else { &old_items[o].task.text };
        if h >= STRONG_TITLE && bodiless(one_liner) {
            continue;
        }
        // A heading's first task read with its heading, against the other side's one-liner.
        let s = match (ta.heading, tb.heading) {
            (true, false) => {
                let f = weighed(Features::of(&format!("{}: {}", ta.text, old_items[o].task.text), &old.opts), &weights);
                features::similarity(&f, &new_f[n], &weights)
            }
            (false, true) => {
                let f = weighed(Features::of(&format!("{}: {}", tb.text, new_items[n].task.text), &new.opts), &weights);
                features::similarity(&old_f[o], &f, &weights)
            }
            _ => continue,
        };
        layout.push((o, n, s));
    }
    // Two definitions of one term ("Hộp thư điện tử công vụ cá nhân: Là hộp thư điện tử được
    // cấp cho …" / "Hộp thư công vụ cá nhân là hộp thư điện tử thuộc Hệ thống …"): each unit
    // words the definition its own way, and the term says they are one item. The terms'
    // agreement counts with the words, as a title counts with the tasks in a section's
    // evidence: half and half, when that is more than the words alone.
    for &(a, b, h) in &titles {
        let (Some(ta), Some(tb)) = (&old_titles[a], &new_titles[b]) else { continue };
        if let (true, true, Some(o), Some(n)) = (ta.term, tb.term, old_first[a], new_first[b]) {
            layout.push((o, n, (h + features::similarity(&old_f[o], &new_f[n], &weights)) / 2.0));
        }
    }
    upsert_max(&mut scores, &layout);

    // User links: forbidden pairs are never scored, confirmed ones are paired first.
    let (forced, mut forbidden) = resolve_links(&settings.links, old_items, new_items, &mut notes);
    // Names: two tasks citing different procedure codes are two procedures, two rows filed
    // under different communes two communes' rows, two amendments of different phrases two
    // amendments, whatever their words share; two with the same name are one procedure's,
    // one commune's, one amendment.
    for (old_ids, new_ids) in [(&old.codes, &new.codes), (&old.row_names, &new.row_names), (&old.phrases, &new.phrases)]
    {
        if old_ids.iter().any(|c| !c.is_empty()) && new_ids.iter().any(|c| !c.is_empty()) {
            let same = identity_pairs(old_ids, new_ids, &scores, &forced, &mut forbidden, |o, n| {
                features::similarity(&old_f[o], &new_f[n], &weights).max(settings.task_threshold)
            });
            upsert_max(&mut scores, &same);
        }
    }
    if !forbidden.is_empty() {
        scores.retain(|&(o, n, _)| !forbidden.contains(&(o, n)));
    }

    if std::env::var_os("SOSANH_DEBUG_SCORES").is_some() {
        for &(o, n, sc) in scores.iter().filter(|x| x.2 >= 0.25) {
            eprintln!("{sc:.3}\t{}\t{}", old_items[o].task.text, new_items[n].task.text);
        }
    }
    // Of candidates that score the same, numbers matching as their class, the one with the
    // same numbers as written wins: a nudge far below any score's rounding.
    let same_numbers = |o: usize, n: usize| if old_f[o].numbers == new_f[n].numbers { NUMBERS_TIE } else { 0.0 };
    // First matching, before sections are aligned: equal candidates go to the one whose
    // section's title agrees with this task's section's title.
    let title_at: PairMap<f64> = titles.iter().filter(|t| t.2 >= STRONG_TITLE).map(|&(a, b, h)| ((a, b), h)).collect();
    // Where the tasks' own sections have no titles that agree, their parents' (or
    // grandparents') may: two copies of one sentence go to the one under the same article.
    let (old_parent, new_parent) = (&old.parent, &new.parent);
    let title_bonus = |o: usize, n: usize| {
        let (mut a, mut b) = (Some(old_items[o].section), Some(new_items[n].section));
        for level in 0..TITLE_LEVELS {
            let (Some(x), Some(y)) = (a, b) else { break };
            if let Some(h) = title_at.get(&(x, y)) {
                return TITLE_BONUS * h / (level + 1) as f64;
            }
            (a, b) = (old_parent[x], new_parent[y]);
        }
        0.0
    };
    let first = assign(&scores, settings.task_threshold, |o, n| title_bonus(o, n) + same_numbers(o, n), &forced);

    // Section alignment from the first matching, the titles and positions.
    let old_deep = deep_tasks(old_secs, old_items);
    let new_deep = deep_tasks(new_secs, new_items);
    let old_mass: Vec<f64> = old_f.iter().map(|f| f.mass(&weights)).collect();
    let new_mass: Vec<f64> = new_f.iter().map(|f| f.mass(&weights)).collect();
    let content = SectionContent { old: old_content, new: new_content, weights: &weights, scores: &scores };
    let lead = |titles: &[Option<Title>]| -> Vec<bool> {
        titles.iter().map(|t| t.as_ref().is_some_and(|t| !t.heading)).collect()
    };
    let (old_lead, new_lead) = (lead(old_titles), lead(new_titles));
    let sides = Sides {
        old_secs,
        new_secs,
        old_deep: &old_deep,
        new_deep: &new_deep,
        old_lead: &old_lead,
        new_lead: &new_lead,
        old_parent,
        new_parent,
        old_titles,
        new_titles,
    };
    let links = section_links(&sides, &first, &old_mass, &new_mass, &content, &titles, settings);
    // (The sections' merged features are asked once more, for orphans, below.)
    let SectionContent { old: old_content, new: new_content, .. } = content;
    let groups = components(old_secs.len(), new_secs.len(), &links);

    // A one-line item whose whole text is the heading of the aligned section on the other
    // side (a lead with nothing after a colon, the titles agreeing): the item was written
    // there as a heading, with its details (if any) as tasks under it. The one-liner is
    // carried as that heading and is no candidate for the details ("Phiên họp UBND xã
    // thường kỳ tháng 02." is not "Thời gian: Ngày 28/3/2026.").
    let sec_aligned = |a: usize, b: usize| groups.old_group[a].is_some() && groups.old_group[a] == groups.new_group[b];
    let forced_old: std::collections::HashSet<usize> = forced.iter().map(|x| x.0).collect();
    let forced_new: std::collections::HashSet<usize> = forced.iter().map(|x| x.1).collect();
    // Task → (the other side's section, title similarity), the best title when several agree.
    let mut heading_old: HashMap<usize, (usize, f64)> = HashMap::new();
    let mut heading_new: HashMap<usize, (usize, f64)> = HashMap::new();
    for &(a, b, h) in &titles {
        if h < STRONG_TITLE || !sec_aligned(a, b) {
            continue;
        }
        let (Some(ta), Some(tb)) = (&old_titles[a], &new_titles[b]) else { continue };
        let (task, sec, map, forced_side) = match (ta.heading, tb.heading) {
            (false, true) => (old_first[a], b, &mut heading_old, &forced_old),
            (true, false) => (new_first[b], a, &mut heading_new, &forced_new),
            _ => continue,
        };
        let Some(t) = task else { continue };
        let items = if ta.heading { new_items } else { old_items };
        if !bodiless(&items[t].task.text) || forced_side.contains(&t) {
            continue;
        }
        let e = map.entry(t).or_insert((sec, h));
        if h > e.1 {
            *e = (sec, h);
        }
    }
    let as_heading = |o: usize, n: usize| heading_old.contains_key(&o) || heading_new.contains_key(&n);
    let mut scores: Vec<(usize, usize, f64)> = if heading_old.is_empty() && heading_new.is_empty() {
        scores
    } else {
        scores.into_iter().filter(|&(o, n, _)| !as_heading(o, n)).collect()
    };

    // Final matching, preferring pairs in aligned sections.
    let same_group = |o: usize, n: usize| {
        groups.old_group[old_items[o].section] == groups.new_group[new_items[n].section]
            && groups.old_group[old_items[o].section].is_some()
    };
    // A pair whose parent sections are aligned too gets a part of the bonus more: of two
    // equal candidates in aligned items, the one under the aligned article wins. Not only
    // parents: the nearest ancestors that are aligned at all, at whatever depths on each
    // side, aligned with each other — one province writes a procedure's fields one level under
    // it, the other three ("Thời hạn giải quyết: 03 ngày làm việc" under procedure 1 or under
    // procedure 2 of the other side, the two scoring the same: the one under the aligned
    // procedure wins; an ancestor aligned elsewhere says the pair crosses it).
    let nearest_aligned =
        |parent: &[Option<usize>], group: &[Option<usize>], s: usize| ancestors(parent, s).find_map(|a| group[a]);
    let parents_aligned = |o: usize, n: usize| {
        let a = nearest_aligned(old_parent, &groups.old_group, old_items[o].section);
        a.is_some() && a == nearest_aligned(new_parent, &groups.new_group, new_items[n].section)
    };
    let mut fin = assign(
        &scores,
        settings.task_threshold,
        |o, n| {
            let own = if same_group(o, n) { settings.section_bonus } else { 0.0 };
            own + if parents_aligned(o, n) { settings.section_bonus * PARENT_SHARE } else { 0.0 } + same_numbers(o, n)
        },
        &forced,
    );
    // Tasks reworded beyond the threshold but left over in aligned sections, in the same
    // place among the pairs already made there.
    let aligned = |x: Option<usize>, y: Option<usize>| x.is_some() && x == y;
    // Also what says a carried task stayed in place (not moved): its section is aligned
    // with its partner's, or one is a child of the other's partner (an article's one
    // sentence that became its clause 1, "Điều 5. Tổ chức thực hiện" / "…" against "Điều 6.
    // Tổ chức thực hiện" / "1. …").
    let in_context = |o: usize, n: usize| {
        let (a, b) = (old_items[o].section, new_items[n].section);
        aligned(groups.old_group[a], groups.new_group[b])
            || old_parent[a].is_some_and(|pa| aligned(groups.old_group[pa], groups.new_group[b]))
            || new_parent[b].is_some_and(|pb| aligned(groups.old_group[a], groups.new_group[pb]))
    };
    let (old_places, new_places) = (places(old_secs, old_items), places(new_secs, new_items));
    let floor = settings.task_threshold - CONTEXT_DISCOUNT;
    // Which leftovers are worth scoring against each other, for both kinds of leftovers.
    let worth_scoring = |o: usize, n: usize| {
        !as_heading(o, n)
            && !forbidden.contains(&(o, n))
            && features::shared_count(&old_f[o], &new_f[n]) >= LEFTOVER_SHARED
    };
    let similarity = |o: usize, n: usize| features::similarity(&old_f[o], &new_f[n], &weights);
    let leftovers = leftover_scores(
        Leftovers::Aligned,
        &fin,
        (old_items, new_items),
        &groups,
        (old_parent, new_parent),
        |o, n| in_context(o, n) && worth_scoring(o, n),
        similarity,
        floor,
    );
    match leftovers {
        Some(extra) => upsert_max(&mut scores, &extra),
        None => notes.push(format!(
            "too many tasks left unpaired in aligned sections to score them against each other (more than \
             {LEFTOVER_BUDGET} pairs); only the candidates found by shared words were weighed there"
        )),
    }
    let old_keys: Vec<Option<String>> = old_items.iter().map(|i| field_key(&i.task.text)).collect();
    let new_keys: Vec<Option<String>> = new_items.iter().map(|i| field_key(&i.task.text)).collect();
    let same_kind = |o: usize, n: usize| old_keys[o] == new_keys[n];
    // Two untitled items of two work programmes ("1. Tăng cường công tác chỉ đạo phát triển
    // sản xuất, …" over its duties; or one, its parent aligned with the other), each unit
    // listing the duties in its own order: two prose tasks each other's closest there are
    // held by the items (Tam Thanh's "Thực hiện tốt các chương trình, dự án về chăm sóc, giáo
    // dục và bảo vệ trẻ em, …" last in its item, Cao Lộc's "Tiếp tục thực hiện tốt nhiệm vụ
    // công tác y tế, chăm sóc sức khỏe Nhân dân, công tác bảo trợ xã hội, trẻ em …" sixth,
    // 0.33). Not a table's rows: their order is the procedure's (nor is it, below, in items
    // held by their subjects alone).
    let prose = |o: usize, n: usize| !is_row(&old_items[o]) && !is_row(&new_items[n]);
    let untitled = |o: usize, n: usize| {
        let (a, b) = (old_items[o].section, new_items[n].section);
        in_context(o, n) && old_titles[a].is_none() && new_titles[b].is_none() && prose(o, n)
    };
    let rescued = context_pairs(&scores, &fin, floor, (in_context, same_kind, untitled), (&old_places, &new_places));
    fin.extend(rescued);
    let fields = field_pairs((&old_keys, &new_keys), (old_items, new_items), &fin, &forbidden, same_group, |o, n| {
        features::similarity(&old_f[o], &new_f[n], &weights)
    });
    fin.extend(fields);
    // Which tasks state the act's entry into force (read once for the two steps that ask),
    // what it governs and whom it applies to: each act states each once.
    let keyed = |items: &[Item], key: fn(&str) -> Option<String>| -> Vec<Option<String>> {
        items.iter().map(|i| key(&i.task.text)).collect()
    };
    let scope_key = |t: &str| crate::read::grammar::scope_key(t).map(str::to_string);
    let (old_effect, new_effect) =
        (keyed(old_items, crate::read::grammar::effect_key), keyed(new_items, crate::read::grammar::effect_key));
    fin.extend(effect_pairs((&old_effect, &new_effect), &fin, &forbidden, |o, n| {
        features::similarity(&old_f[o], &new_f[n], &weights)
    }));
    let (old_stated, new_stated) = (keyed(old_items, scope_key), keyed(new_items, scope_key));
    let (old_headed, new_headed) = (
        scope_headed(old_secs, old_parent, old_items, &old_stated),
        scope_headed(new_secs, new_parent, new_items, &new_stated),
    );
    // A statement with a statement, then a statement with the first task under the other
    // act's heading of that name; never two such first tasks (two lists of whom two acts
    // apply to need not open with the same one).
    for (o_keys, n_keys) in [(&old_stated, &new_stated), (&old_stated, &new_headed), (&old_headed, &new_stated)] {
        fin.extend(effect_pairs((o_keys, n_keys), &fin, &forbidden, |o, n| {
            features::similarity(&old_f[o], &new_f[n], &weights)
        }));
    }
    // A section pair is evidence for its only tasks when something besides their own words
    // holds it: titles, its place between aligned neighbours, or parents aligned with each
    // other. Two one-task sections paired on their content alone are paired on those very
    // tasks' words, which the matching already found too weak.
    let held = |a: usize, b: usize, ev: &SectionEvidence| {
        let parents = match (old_parent[a], new_parent[b]) {
            (Some(x), Some(y)) => groups.old_group[x].is_some() && groups.old_group[x] == groups.new_group[y],
            _ => false,
        };
        ev.title.is_some() || ev.position > 0.0 || parents
    };
    // (A pair the user confirmed is no stray, whatever its place.)
    let stray = |o: usize, n: usize, s: f64| s < STRAY_CEILING && !in_context(o, n) && !forced.contains(&(o, n));
    let sole = sole_pairs(&links, &groups, (&old_deep, &new_deep), (&fin, stray, floor), &forbidden, held, |o, n| {
        features::similarity(&old_f[o], &new_f[n], &weights)
    });
    // A stray pair gives way to a sole pair: when the only task of one of two such sections
    // was paired out of its context, barely over the threshold ([`STRAY_CEILING`]), the
    // sections' agreement outweighs those shared words (Phú Thọ's "Điều 1. Phạm vi điều
    // chỉnh" listed four cases in one sentence, and one of them took Bắc Ninh's clause 5.3
    // on that case at 0.458, leaving Bắc Ninh's "Điều 1. Phạm vi điều chỉnh" new).
    if !sole.is_empty() {
        let taken_o: std::collections::HashSet<usize> = sole.iter().map(|p| p.0).collect();
        let taken_n: std::collections::HashSet<usize> = sole.iter().map(|p| p.1).collect();
        fin.retain(|p| !taken_o.contains(&p.0) && !taken_n.contains(&p.1));
        fin.extend(sole);
    }
    let pieces = Pieces {
        old_items,
        new_items,
        old_f: &old_f,
        new_f: &new_f,
        w: &weights,
        old_opts: &old.opts,
        new_opts: &new.opts,
        threshold: settings.task_threshold,
        old_parent,
        new_parent,
    };
    match pieces.clause_pairs(&fin, settings.task_threshold - CONTEXT_DISCOUNT, &forbidden) {
        Some(made) => fin.extend(made),
        None => notes.push(format!(
            "too many unpaired tasks of several clauses to look for a clause reworded as a task (more than {CLAUSE_BUDGET} \
             pairs to score); that step was skipped"
        )),
    }
    // Last, pairs in context again, now also for a piece of a split clause: the other side
    // split one clause over two of the same article ("2. Tiếp nhận … Trường hợp quá thời
    // gian …" became 11.1 and 11.3), the clause is aligned with one of them (11.3), and its
    // first sentence is left over beside the other (11.1), which has no partner. So: one
    // task's section has no partner, the other's is aligned with a sibling of it, under
    // parents aligned with each other. Or neither section has a partner: two orphans under
    // aligned parents ("c) Văn phòng đăng ký đất đai, Chi nhánh …" and "3. Chi nhánh Văn
    // phòng đăng ký đất đai trực thuộc …" of two aligned "Đối tượng áp dụng"). The weakest
    // context, so asked last: it never takes a task that a step with more evidence pairs.
    // (Any two leftovers under aligned parents would be too much: the items of a
    // programme's part I are all such siblings, most of them aligned elsewhere.)
    use std::collections::HashSet;
    let group_parents = |group: &[Option<usize>], parent: &[Option<usize>]| -> HashSet<(usize, usize)> {
        group.iter().zip(parent).filter_map(|(g, p)| Some(((*g)?, (*p)?))).collect()
    };
    let (old_gp, new_gp) = (group_parents(&groups.old_group, old_parent), group_parents(&groups.new_group, new_parent));
    // Their Dice coefficient at the orphans' floor: a short fragment inside a long task
    // ("Công nhân dịp Tết Nguyên đán Bính ngọ năm 2026." in "Chuẩn bị các điều kiện bảo đảm
    // Nhân dân đón Tết Nguyên đán Bính Ngọ 2026 vui tươi, …") is no orphan's twin.
    let orphans_alike = |o: usize, n: usize| {
        features::blended(&old_f[o], &new_f[n], &weights, 1.0) >= settings.task_threshold - ORPHAN_DISCOUNT
    };
    let twin_orphans = orphan_twins(
        (&groups.old_group, &groups.new_group),
        (old_parent, new_parent),
        (&old_deep, &new_deep),
        (&old_content, &new_content),
        &weights,
    )
    .unwrap_or_else(|| {
        notes.push(format!(
            "too many items without a partner to compare them as wholes (more than {ORPHAN_TWIN_BUDGET} \
             pairs); their tasks were paired on their own words only"
        ));
        Default::default()
    });
    // Two untitled items without a partner under aligned parents: two units' items of their
    // own cut, whose order says nothing (Tam Thanh's December item on the budget, second of
    // thirteen, and Quốc Khánh's January item on revenue, sixth of eleven, 0.16 as wholes and
    // no carried task between them). Their leftovers are held as twin orphans' are, each the
    // other's closest over every task of the other side ("Thực hiện quyết liệt, đồng bộ các
    // giải pháp về thu ngân sách." / "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu
    // ngân sách nhà nước, …", 0.36). Not titled sections: a title names its subject, and an
    // unpaired title a subject the other side lacks (held so too, they paired a programme's
    // tasks with a year's report one way round only, and `hP` lost one call).
    let untitled_orphans = |a: usize, b: usize| {
        old_titles[a].is_none()
            && new_titles[b].is_none()
            && groups.old_group[a].is_none()
            && groups.new_group[b].is_none()
    };
    let split_piece = |o: usize, n: usize| {
        let (a, b) = (old_items[o].section, new_items[n].section);
        let (Some(pa), Some(pb)) = (old_parent[a], new_parent[b]) else { return false };
        if !aligned(groups.old_group[pa], groups.new_group[pb]) {
            return false;
        }
        match (groups.old_group[a], groups.new_group[b]) {
            (Some(g), None) => new_gp.contains(&(g, pb)),
            (None, Some(g)) => old_gp.contains(&(g, pa)),
            // Two orphans, when they are alike in size as in words (below), when their
            // sections are each other's closest orphans, or when both are untitled.
            (None, None) => orphans_alike(o, n) || twin_orphans.contains(&(a, b)) || untitled_orphans(a, b),
            _ => false,
        }
    };
    let under_aligned_parents = |o: usize, n: usize| in_context(o, n) || split_piece(o, n);
    // Leftovers of two unaligned sections under aligned parents, scored against each other
    // for this last pass as the leftovers of aligned sections were for the first.
    let orphans = leftover_scores(
        Leftovers::Orphans,
        &fin,
        (old_items, new_items),
        &groups,
        (old_parent, new_parent),
        worth_scoring,
        similarity,
        settings.task_threshold - ORPHAN_DISCOUNT,
    );
    // (Past the budget the orphans' pass goes on with the pairs the candidate search found.)
    upsert_max(&mut scores, &orphans.unwrap_or_default());
    // In two such twins no pair holds a leftover in place; two tasks each other's closest
    // are held by the twins themselves (Tam Thanh's and Cao Lộc's agriculture items, 0.22 as
    // wholes: "Tiếp tục thực hiện tốt công tác sản xuất nông nghiệp; Chỉ đạo, …" and "Chỉ đạo
    // tập trung sản xuất vụ Đông - Xuân theo kế hoạch.", 0.32). (Two untitled items are held
    // so in the first pass.)
    let untitled_secs = |titles: &[Option<Title>]| -> Vec<bool> { titles.iter().map(Option::is_none).collect() };
    let (old_untitled, new_untitled) = (untitled_secs(old_titles), untitled_secs(new_titles));
    // A pair this pass makes may bind two items in its turn (Tam Thanh's December item on
    // defence and Cao Lộc's on security, bound once their tasks on security pair here, 0.44,
    // then hold their tasks on conscription, 0.26): the pass runs again while it binds more,
    // at most [`BOUND_ROUNDS`] times.
    let mut bound = std::collections::HashSet::new();
    for round in 0..BOUND_ROUNDS {
        let now = bound_items(
            &fin.iter().map(|&(o, n, _)| (old_items[o].section, new_items[n].section)).collect::<Vec<_>>(),
            (&groups.old_group, &groups.new_group),
            (&old_untitled, &new_untitled),
        );
        if round > 0 && now == bound {
            break;
        }
        bound = now;
        let in_bound = |o: usize, n: usize| bound.contains(&(old_items[o].section, new_items[n].section));
        let under_aligned_parents = |o: usize, n: usize| under_aligned_parents(o, n) || in_bound(o, n);
        let twins = |o: usize, n: usize| {
            let (a, b) = (old_items[o].section, new_items[n].section);
            twin_orphans.contains(&(a, b)) || ((in_bound(o, n) || untitled_orphans(a, b)) && prose(o, n))
        };
        let rescued =
            context_pairs(&scores, &fin, floor, (under_aligned_parents, same_kind, twins), (&old_places, &new_places));
        fin.extend(rescued);
    }
    // Last in those items, their leftovers each other's closest among the two items' own.
    let mut held_items: Vec<(usize, usize)> = twin_orphans.iter().chain(&bound).copied().collect();
    held_items.sort_unstable();
    held_items.dedup();
    let pairable = |o: usize, n: usize| !forbidden.contains(&(o, n)) && !as_heading(o, n);
    let read_items = |items: &[(usize, usize)], fin: &mut Vec<(usize, usize, f64)>, notes: &mut Vec<String>| {
        let made = item_pairs(
            items,
            (old_items, new_items),
            fin,
            (|item: &Item| !is_row(item), pairable),
            |o, n| features::similarity(&old_f[o], &new_f[n], &weights),
            ITEM_FLOOR,
        );
        match made {
            Some(made) => fin.extend(made),
            None => notes.push(format!(
                "too many tasks left over in items without a partner to compare them item by item (more than \
                 {ITEM_BUDGET} pairs); their tasks were paired on their own words only"
            )),
        }
    };
    read_items(&held_items, &mut fin, &mut notes);
    // Then in two aligned sections that carried at least half their tasks between them (see
    // `same_items`), with the pairs just made counted.
    let same = same_items(&groups, (old_items, new_items), &fin);
    read_items(&same, &mut fin, &mut notes);
    // And in aligned sections, their table rows left over (see `row_pairs`).
    match row_pairs(
        &groups,
        (old_items, new_items),
        &fin,
        pairable,
        |o, n| features::similarity(&old_f[o], &new_f[n], &weights),
        floor,
    ) {
        Some(made) => fin.extend(made),
        None => notes.push(format!(
            "too many table rows left over in aligned sections to compare them section by section (more \
             than {ITEM_BUDGET} pairs); they were paired on their own words only"
        )),
    }
    // Two neighbouring tasks written as one on the other side.
    let runs = pieces.run_pairs(&scores, &fin, &forbidden, as_heading);
    fin.extend(runs.pairs.iter().copied());
    // A one-liner carried as a heading pairs with no task, whatever a later step found.
    fin.retain(|&(o, n, _)| !as_heading(o, n));
    uncross_copies(&mut fin, old_items, new_items);
    fin.sort_unstable_by_key(|&(o, n, _)| (n, o));

    // Build task entries.
    let tref = |i: &Item, idx| TaskRef {
        path: i.path.to_vec(),
        number: i.number,
        text: i.task.text.clone(),
        index: idx,
        lines: i.task.lines,
    };
    let mut old_to_new: Vec<Option<(usize, f64)>> = vec![None; old_items.len()];
    let mut new_to_old: Vec<Option<(usize, f64)>> = vec![None; new_items.len()];
    for &(o, n, s) in &fin {
        old_to_new[o] = Some((n, s));
        new_to_old[n] = Some((o, s));
    }
    // New tasks cut from a carried old task, and old tasks folded into a carried new one.
    let mut split_from = pieces.leftovers(&new_to_old, false, &forbidden);
    let mut merged_into = pieces.leftovers(&old_to_new, true, &forbidden);
    for &(n, o, s) in &runs.split {
        split_from[n] = Some((o, s));
    }
    for &(o, n, s) in &runs.merged {
        merged_into[o] = Some((n, s));
    }
    let effect =
        effect_piece((old_items, new_items), (&old_effect, &new_effect), (&old_to_new, &new_to_old), &forbidden);
    match effect {
        Some(Piece::Split(n, o)) if split_from[n].is_none() => {
            split_from[n] = Some((o, features::similarity(&old_f[o], &new_f[n], &weights)))
        }
        Some(Piece::Merged(o, n)) if merged_into[o].is_none() => {
            merged_into[o] = Some((n, features::similarity(&old_f[o], &new_f[n], &weights)))
        }
        _ => {}
    }
    let nearest_old = nearest(&scores, new_items.len(), |x| (x.1, x.0, x.2));
    let nearest_new = nearest(&scores, old_items.len(), |x| (x.0, x.1, x.2));
    // A leftover whose closest candidate, in context and at the context floor, went to a task
    // of its own section or a sibling section, and that holds [`RUN_PIECE`] of the leftover's
    // weight beyond what that task takes of it: the other side wrote the two as one task
    // ("Tập trung thực hiện công tác giải phóng mặt bằng, giải quyết các vướng mắc về cơ chế
    // bồi thường …" beside a task on land recovery, against "Thực hiện tốt công tác thu hồi
    // đất, … tiếp tục giải quyết các vướng mắc về công tác bồi thường …"). Wherever the two
    // stand in their section, unlike the neighbours' pieces above; a piece as the rules above
    // take one, merged or split.
    // One side's leftovers (`old`: old tasks, merged pieces; else new tasks, split pieces):
    // (leftover, its closest candidate, their score), each pair keyed (old, new) for the
    // checks that read both sides.
    let sibling_pieces = |old: bool| -> Vec<(usize, usize, f64)> {
        let (items, parent, f, their_f) =
            if old { (old_items, old_parent, &old_f, &new_f) } else { (new_items, new_parent, &new_f, &old_f) };
        let (closest, mine_to, theirs_to, pieces) = if old {
            (&nearest_new, &old_to_new, &new_to_old, &merged_into)
        } else {
            (&nearest_old, &new_to_old, &old_to_new, &split_from)
        };
        let kin = |a: usize, b: usize| a == b || (parent[a].is_some() && parent[a] == parent[b]);
        (0..items.len())
            .filter(|&i| mine_to[i].is_none() && pieces[i].is_none())
            .filter_map(|i| {
                let (x, s) = closest[i]?;
                let (sibling, _) = theirs_to[x]?;
                let (o, n) = if old { (i, x) } else { (x, i) };
                (s >= floor
                    && !forbidden.contains(&(o, n))
                    && in_context(o, n)
                    && kin(items[i].section, items[sibling].section)
                    && features::containment_beyond(&f[i], &their_f[x], &f[sibling], &weights) >= RUN_PIECE)
                    .then_some((i, x, s))
            })
            .collect()
    };
    let (merged_more, split_more) = (sibling_pieces(true), sibling_pieces(false));
    for (o, n, s) in merged_more {
        merged_into[o] = Some((n, s));
    }
    for (n, o, s) in split_more {
        split_from[n] = Some((o, s));
    }
    // One line "heading: details" on one side, the heading over its details as tasks on the
    // other ("Họp UBND phường thường kỳ tháng 02/2026: Dự kiến tổ chức vào ngày 12/02/2026, gồm
    // các nội dung cụ thể tại Phụ lục" against "Phiên họp UBND xã thường kỳ tháng 02 năm 2026"
    // / "Thời gian: Dự kiến ngày 12 tháng 02 năm 2026 (Thứ Năm)" / "Nội dung dự kiến: cụ thể
    // tại Phụ lục số 1"): the line went to one of the details, and another detail with
    // [`RUN_PIECE`] of its weight in the line is a piece cut from it, not new. Only for two
    // aligned sections whose titles agree, the line's lead and the heading. (December's line
    // "Họp UBND phường thường kỳ tháng 12/2025: Dự kiến tổ chức vào ngày 15/12/2025." holds
    // nothing of "Nội dung dự kiến: cụ thể tại Phụ lục số 1" but "dự kiến": that stays new.)
    let layout_pieces = |old_line: bool| -> Vec<(usize, usize, f64)> {
        let mut out = Vec::new();
        for &(a, b, _) in &titles {
            let (Some(ta), Some(tb)) = (&old_titles[a], &new_titles[b]) else { continue };
            if ta.heading == tb.heading || ta.heading == old_line || ta.term || tb.term || !sec_aligned(a, b) {
                continue;
            }
            // This side's one line, its section and its partner's; the other side's details.
            let (line_sec, head_sec) = if old_line { (a, b) } else { (b, a) };
            let (line_secs, line_first, line_to) =
                if old_line { (old_secs, &old_first, &old_to_new) } else { (new_secs, &new_first, &new_to_old) };
            let (head_items, head_deep, head_to, pieces, line_f, head_f) = if old_line {
                (new_items, &new_deep, &new_to_old, &split_from, &old_f, &new_f)
            } else {
                (old_items, &old_deep, &old_to_new, &merged_into, &new_f, &old_f)
            };
            let Some(line) = line_first[line_sec].filter(|_| line_secs[line_sec].tasks.len() == 1) else { continue };
            if line_to[line].is_none_or(|(partner, _)| head_items[partner].section != head_sec) {
                continue;
            }
            // (The heading's own tasks, found among the tasks under it, not among all.)
            for &i in head_deep[head_sec].iter().filter(|&&i| head_items[i].section == head_sec) {
                let (o, n) = if old_line { (line, i) } else { (i, line) };
                if head_to[i].is_none()
                    && pieces[i].is_none()
                    && !forbidden.contains(&(o, n))
                    && features::containment(&head_f[i], &line_f[line], &weights) >= RUN_PIECE
                {
                    out.push((i, line, features::similarity(&old_f[o], &new_f[n], &weights)));
                }
            }
        }
        out
    };
    let (split_layout, merged_layout) = (layout_pieces(true), layout_pieces(false));
    for (n, o, s) in split_layout {
        split_from[n] = Some((o, s));
    }
    for (o, n, s) in merged_layout {
        merged_into[o] = Some((n, s));
    }
    let near = |items: &[Item], best: Option<(usize, f64)>| {
        best.map(|(i, s)| Nearest { path: items[i].path.to_vec(), index: items[i].number, similarity: round3(s) })
    };
    let explain = |o: usize, n: usize| {
        settings.explain.then(|| {
            features::shared_words(&old_items[o].task.text, &new_items[n].task.text, &weights, (&old.opts, &new.opts))
                .into_iter()
                .take(EXPLAIN_WORDS)
                .map(|(word, as_new, weight)| SharedWord { word, as_new, weight: round3(weight) })
                .collect()
        })
    };
    let pair_sim = |o: usize, n: usize| {
        round3(
            features::similarity(&old_f[o], &new_f[n], &weights)
                .max(scores.iter().find(|x| x.0 == o && x.1 == n).map_or(0.0, |x| x.2)),
        )
    };

    // Two one-task leaves linked on their content alone (no titles agreeing, no place among
    // aligned neighbours) whose tasks were not paired with each other in the end and score
    // under the task threshold: the link stood on those very tasks' words, which the
    // matching found too weak, and the report would say "matched" over a dropped and a new
    // task. Such an entry is a dropped and a new section (a Sở Tư pháp's "5. Hướng dẫn, tập
    // huấn chuyên môn, nghiệp vụ … đối với các cơ quan chuyên môn …" is not a Sở Nội vụ's "d)
    // Dự thảo quyết định việc ủy quyền … cho … các cơ quan chuyên môn …", 0.34 on the
    // agencies' names). Only in the report: the link served the task matching as any other.
    let links = {
        let (old_inner, new_inner) = (inner(old_parent), inner(new_parent));
        let lone = |deep: &[Vec<usize>], inner: &[bool], i: usize| deep[i].len() == 1 && !inner[i];
        let together = |o: usize, n: usize| {
            fin.iter().any(|&(x, y, _)| (x, y) == (o, n))
                || merged_into[o].is_some_and(|m| m.0 == n)
                || split_from[n].is_some_and(|m| m.0 == o)
        };
        let mut links = links;
        links.retain(|&(a, b, _, ev)| {
            !(ev.title.is_none()
                && ev.position == 0.0
                && lone(&old_deep, &old_inner, a)
                && lone(&new_deep, &new_inner, b)
                && !together(old_deep[a][0], new_deep[b][0])
                && pair_sim(old_deep[a][0], new_deep[b][0]) < settings.task_threshold)
        });
        links
    };
    let entry_groups = components(old_secs.len(), new_secs.len(), &links);
    let pieces_of = section_pieces(
        (old_secs, new_secs),
        (old_parent, new_parent),
        (old_items, new_items),
        (&entry_groups, &links),
        &fin,
        settings.section_threshold,
    );
    let (entry_groups, links) = if pieces_of.is_empty() {
        (entry_groups, links)
    } else {
        let mut links = links;
        links.extend(pieces_of);
        (components(old_secs.len(), new_secs.len(), &links), links)
    };
    let sections = section_entries(old_secs, new_secs, &entry_groups, &links);
    // A carried task stayed in place (is not "moved") when its sections are in one entry
    // of the report, pieces and twins included, read as `in_context` reads the matching's
    // alignment: a task of "Điều 2" carried into "Điều 3" of an entry "Điều 2 + Điều 3 ←
    // Điều 2" did not move.
    let in_entry = |o: usize, n: usize| {
        let (a, b) = (old_items[o].section, new_items[n].section);
        let g = &entry_groups;
        aligned(g.old_group[a], g.new_group[b])
            || old_parent[a].is_some_and(|pa| aligned(g.old_group[pa], g.new_group[b]))
            || new_parent[b].is_some_and(|pb| aligned(g.old_group[a], g.new_group[pb]))
    };

    let mut tasks = Vec::new();
    let mut summary = Summary::default();
    let mut whole_diffs = 0;
    // Dropped tasks are placed after the entry of the nearest preceding old task that was carried.
    let mut dropped_after: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut last_carried_new: Option<usize> = None;
    for (o, m) in old_to_new.iter().enumerate() {
        match m {
            Some((n, _)) => last_carried_new = Some(*n),
            None if merged_into[o].is_some() && !heading_old.contains_key(&o) => {}
            None => dropped_after.entry(last_carried_new).or_default().push(o),
        }
    }
    // Merged old tasks are listed right after the new task they went into.
    let mut merged_at: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (o, m) in merged_into.iter().enumerate() {
        if let Some((n, _)) = m
            && !heading_old.contains_key(&o)
        {
            merged_at.entry(*n).or_default().push(o);
        }
    }
    let blank = TaskMatch {
        status: TaskStatus::New,
        identical: None,
        moved: None,
        similarity: None,
        old: None,
        new: None,
        diff: None,
        nearest: None,
        explain: None,
        heading: None,
    };
    // A one-liner carried as the other side's heading: that side's reference is the section.
    let heading_ref = |sec: &Section| TaskRef {
        path: sec.path.clone(),
        number: 0,
        text: sec.heading.clone(),
        index: usize::MAX,
        lines: sec.lines,
    };
    let as_heading_entry = |summary: &mut Summary, task: TaskRef, sec: &Section, h: f64, old_side: bool| {
        let (a, b) = if old_side {
            (task.text.as_str(), sec.heading.as_str())
        } else {
            (sec.heading.as_str(), task.text.as_str())
        };
        let (edits, _) = diff::changes(a, b);
        let identical = edits.is_none();
        summary.headings += 1;
        let (old, new) = if old_side { (task, heading_ref(sec)) } else { (heading_ref(sec), task) };
        TaskMatch {
            status: TaskStatus::Carried,
            identical: Some(identical),
            moved: Some(false),
            similarity: Some(round3(if identical { 1.0 } else { h.min(0.999) })),
            old: Some(old),
            new: Some(new),
            diff: edits,
            heading: Some(if old_side { Side::New } else { Side::Old }),
            ..blank.clone()
        }
    };
    let push_dropped = |tasks: &mut Vec<TaskMatch>, summary: &mut Summary, list: &[usize]| {
        for &o in list {
            if let Some(&(b, h)) = heading_old.get(&o) {
                tasks.push(as_heading_entry(summary, tref(&old_items[o], o), new_secs[b], h, true));
                continue;
            }
            summary.dropped += 1;
            tasks.push(TaskMatch {
                status: TaskStatus::Dropped,
                old: Some(tref(&old_items[o], o)),
                nearest: near(new_items, nearest_new[o]),
                ..blank.clone()
            });
        }
    };
    // A split piece (old task, new piece) or a merged task (old task, new task it went into).
    let piece = |status: TaskStatus, o: usize, n: usize, s: f64| TaskMatch {
        status,
        similarity: Some(round3(s)),
        moved: Some(!in_entry(o, n)),
        old: Some(tref(&old_items[o], o)),
        new: Some(tref(&new_items[n], n)),
        explain: explain(o, n),
        ..blank.clone()
    };
    if let Some(list) = dropped_after.get(&None) {
        push_dropped(&mut tasks, &mut summary, list);
    }
    // The word diffs of the carried pairs, in the order of their new tasks: the one step
    // after matching with much work, so done in two halves at the same time.
    let carried: Vec<(usize, usize)> =
        new_to_old.iter().enumerate().filter_map(|(n, m)| m.map(|(o, _)| (o, n))).collect();
    let mut diffs = carried_diffs(&carried, old_items, new_items).into_iter();
    for (n, m) in new_to_old.iter().enumerate() {
        let heading_of = heading_new.get(&n).copied();
        match (m, split_from[n]) {
            (None, _) if heading_of.is_some() => {
                let (a, h) = heading_of.expect("checked");
                tasks.push(as_heading_entry(&mut summary, tref(&new_items[n], n), old_secs[a], h, false));
            }
            (None, Some((o, s))) => {
                summary.split += 1;
                tasks.push(piece(TaskStatus::Split, o, n, s));
            }
            (None, None) => {
                summary.new += 1;
                tasks.push(TaskMatch {
                    status: TaskStatus::New,
                    new: Some(tref(&new_items[n], n)),
                    nearest: near(old_items, nearest_old[n]),
                    ..blank.clone()
                });
            }
            (Some((o, s)), _) => {
                let (o, s) = (*o, *s);
                // The word diff, or None when the words are the same (one reading of each text).
                let (edits, whole) = diffs.next().expect("one diff per carried pair");
                let identical = edits.is_none();
                whole_diffs += whole as usize;
                let moved = !in_entry(o, n);
                summary.carried += 1;
                if identical {
                    summary.identical += 1;
                } else {
                    summary.reworded += 1;
                }
                if moved {
                    summary.moved += 1;
                }
                let forced_pair = forced.contains(&(o, n));
                let s = if forced_pair { pair_sim(o, n) } else { s };
                tasks.push(TaskMatch {
                    status: TaskStatus::Carried,
                    identical: Some(identical),
                    moved: Some(moved),
                    similarity: Some(round3(if identical { 1.0 } else { s.min(0.999) })),
                    old: Some(tref(&old_items[o], o)),
                    new: Some(tref(&new_items[n], n)),
                    diff: edits,
                    explain: explain(o, n),
                    ..blank.clone()
                });
            }
        }
        for &o in merged_at.get(&n).into_iter().flatten() {
            summary.merged += 1;
            tasks.push(piece(TaskStatus::Merged, o, n, merged_into[o].map_or(0.0, |x| x.1)));
        }
        if let Some(list) = dropped_after.get(&Some(n)) {
            push_dropped(&mut tasks, &mut summary, list);
        }
    }

    if whole_diffs > 0 {
        notes.push(format!(
            "{whole_diffs} reworded task(s) had more than {} words between old and new text; they are shown \
             replaced whole, not word by word",
            diff::MAX_DIFF_WORDS
        ));
    }
    if long_titles > 0 {
        notes.push(format!(
            "{} section title pair(s) were longer than {TITLE_EDIT_CHARS} characters; they were compared by \
             their words, not letter by letter",
            long_titles
        ));
    }
    Comparison { old: DocSummary::of(old.doc), new: DocSummary::of(new.doc), summary, sections, tasks, notes }
}

/// At most this many tasks on each side with one name are paired on it (a code cited more
/// often is a list's heading or a reference, not one procedure's row).
const NAMED_TASKS: usize = 4;

/// Two tasks with different names, each name found on its side only, are still one (a
/// procedure issued again under a new code, a commune renamed) when their words agree this
/// much: the rest written again, only the name and a detail changed. Below it the names
/// decide: two procedures' rows share their steps and deadlines word for word, two
/// communes' rows their rates and notes.
const RENAMED: f64 = 0.55;

/// Reads what names the tasks of two documents: procedure codes ("1.014466", see
/// [`crate::normalize::TokenKind::Code`]) or the commune a table row is filed under
/// ([`features::row_name`]), one kind per call. A candidate pair with names on both
/// sides, none shared, is forbidden, unless it may be one thing renamed ([`RENAMED`]).
/// Answers the pairs of tasks with one name each, the same, at most [`NAMED_TASKS`] on
/// each side of it, with `score`'s similarity (the caller's: at least the task threshold),
/// to be added to the candidates; a pair the user forbade or one of the user's confirmed
/// pairs takes is left out.
fn identity_pairs(
    old_ids: &[Vec<String>],
    new_ids: &[Vec<String>],
    scores: &[(usize, usize, f64)],
    forced: &[(usize, usize)],
    forbidden: &mut Forbidden,
    score: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    fn by_name(ids: &[Vec<String>]) -> BTreeMap<&str, Vec<usize>> {
        let mut m: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, names) in ids.iter().enumerate() {
            for c in names {
                m.entry(c.as_str()).or_default().push(i);
            }
        }
        m
    }
    let (old_by, new_by) = (by_name(old_ids), by_name(new_ids));
    // Two tasks with names, none shared, are two things when one of the names is found on
    // the other side too (that thing has its own task there), or when the rest of their
    // words agree less than [`RENAMED`].
    let disjoint =
        |a: &[String], b: &[String]| !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.binary_search(x).is_ok());
    for &(o, n, s) in scores {
        if disjoint(&old_ids[o], &new_ids[n])
            && (s < RENAMED
                || old_ids[o].iter().any(|c| new_by.contains_key(c.as_str()))
                || new_ids[n].iter().any(|c| old_by.contains_key(c.as_str())))
        {
            forbidden.insert((o, n));
        }
    }
    let taken_o: std::collections::HashSet<usize> = forced.iter().map(|p| p.0).collect();
    let taken_n: std::collections::HashSet<usize> = forced.iter().map(|p| p.1).collect();
    let mut out = Vec::new();
    for (name, os) in &old_by {
        let Some(ns) = new_by.get(name) else { continue };
        if os.len() > NAMED_TASKS || ns.len() > NAMED_TASKS {
            continue;
        }
        // A row of one procedure cites one code; a task citing several is a list.
        for &o in os.iter().filter(|&&o| old_ids[o].len() == 1) {
            for &n in ns.iter().filter(|&&n| new_ids[n].len() == 1) {
                if !forbidden.contains(&(o, n)) && !taken_o.contains(&o) && !taken_n.contains(&n) {
                    out.push((o, n, score(o, n)));
                }
            }
        }
    }
    out.sort_unstable_by_key(|&(o, n, _)| (o, n));
    out.dedup_by_key(|p| (p.0, p.1));
    // A task paired on its name here is no candidate for a task with no name: Phú Thọ's
    // list row "1.014438 | Thủ tục công nhận trung tâm đổi mới sáng tạo | - Trong thời hạn
    // 05 ngày …" shares its deadline word for word with Đồng Nai's first step of that
    // procedure (0.72) more than with Đồng Nai's list row of the same code (0.50), but the
    // code says which row it is.
    let (named_o, named_n): (std::collections::HashSet<usize>, std::collections::HashSet<usize>) =
        (out.iter().map(|p| p.0).collect(), out.iter().map(|p| p.1).collect());
    for &(o, n, _) in scores {
        if (named_o.contains(&o) && new_ids[n].is_empty()) || (named_n.contains(&n) && old_ids[o].is_empty()) {
            forbidden.insert((o, n));
        }
    }
    out
}

/// Tasks (both documents together) below which the candidates are scored and the sections'
/// contents merged one after the other: starting a thread costs more than it saves.
const PARALLEL_TASKS: usize = 64;

/// Text (old and new together, in bytes) below which the word diffs are made on one
/// thread: starting a second costs more than it saves.
const PARALLEL_DIFF_BYTES: usize = 4096;

/// [`diff::changes`] of each pair (old task, new task), in order. Made in two halves of
/// about the same length of text at the same time ([`both`]) when there is enough of it.
fn carried_diffs(
    pairs: &[(usize, usize)],
    old_items: &[Item],
    new_items: &[Item],
) -> Vec<(Option<Vec<diff::Edit>>, bool)> {
    let size = |&(o, n): &(usize, usize)| old_items[o].task.text.len() + new_items[n].task.text.len();
    let run = |part: &[(usize, usize)]| -> Vec<_> {
        part.iter().map(|&(o, n)| diff::changes(&old_items[o].task.text, &new_items[n].task.text)).collect()
    };
    let total: usize = pairs.iter().map(size).sum();
    if total < PARALLEL_DIFF_BYTES {
        return run(pairs);
    }
    let (mut at, mut acc) = (0, 0);
    while at < pairs.len() && 2 * acc < total {
        acc += size(&pairs[at]);
        at += 1;
    }
    let (first, second) = both(true, || run(&pairs[..at]), || run(&pairs[at..]));
    first.into_iter().chain(second).collect()
}

/// Words listed per pair by `--explain`.
const EXPLAIN_WORDS: usize = 12;

/// For each task of one side, its best-scoring candidate on the other side at or above
/// [`NEAREST_FLOOR`]; `key` turns a score into (this side, other side, similarity).
fn nearest(
    scores: &[(usize, usize, f64)],
    len: usize,
    key: impl Fn(&(usize, usize, f64)) -> (usize, usize, f64),
) -> Vec<Option<(usize, f64)>> {
    let mut best: Vec<Option<(usize, f64)>> = vec![None; len];
    for x in scores {
        let (me, other, s) = key(x);
        if s < NEAREST_FLOOR {
            continue;
        }
        match best[me] {
            Some((b, bs)) if bs > s || (bs == s && b < other) => {}
            _ => best[me] = Some((other, s)),
        }
    }
    best
}

/// Inserts pairs, keeping the higher score where a pair is already there.
fn upsert_max(scores: &mut Vec<(usize, usize, f64)>, extra: &[(usize, usize, f64)]) {
    if extra.is_empty() {
        return;
    }
    // One pass over the scores with a map of the few extra pairs (not a map of all scores).
    let mut want: PairMap<f64> = PairMap::with_capacity_and_hasher(extra.len(), Default::default());
    for &(o, n, s) in extra {
        let e = want.entry((o, n)).or_insert(s);
        *e = e.max(s);
    }
    for x in scores.iter_mut() {
        if let Some(s) = want.remove(&(x.0, x.1)) {
            x.2 = x.2.max(s);
        }
    }
    let mut rest: Vec<(usize, usize, f64)> = want.into_iter().map(|((o, n), s)| (o, n, s)).collect();
    rest.sort_by_key(|x| (x.0, x.1));
    scores.extend(rest);
}

/// Task index pairs (old, new) never paired: a user forbade them, or they have different
/// names ([`identity_pairs`]).
type Forbidden = std::collections::HashSet<(usize, usize)>;

/// The user's links as task index pairs: (confirmed, forbidden). A link whose tasks are
/// not found is reported in the notes.
fn resolve_links(
    links: &[links::UserLink],
    old_items: &[Item],
    new_items: &[Item],
    notes: &mut Vec<String>,
) -> (Vec<(usize, usize)>, Forbidden) {
    let mut forced = Vec::new();
    let mut forbidden = std::collections::HashSet::new();
    if links.is_empty() {
        return (forced, forbidden);
    }
    let index = |items: &[Item]| {
        links::TaskIndex::new(items.iter().map(|i| (crate::model::path_string(i.path), i.task.text.as_str())))
    };
    let (oi, ni) = (index(old_items), index(new_items));
    let mut missing = 0;
    for l in links {
        match (oi.find(&l.old_path, &l.old_text), ni.find(&l.new_path, &l.new_text)) {
            (Some(o), Some(n)) if l.same => forced.push((o, n)),
            (Some(o), Some(n)) => {
                forbidden.insert((o, n));
            }
            _ => missing += 1,
        }
    }
    if missing > 0 {
        notes.push(format!("{missing} link(s) name a task not found in these documents; they were not applied"));
    }
    (forced, forbidden)
}

/// A section's title: its heading, or, for an item written on one line, the lead of its
/// first task (the words before ':' or, for a short task, the task).
struct Title {
    text: String,
    heading: bool,
    /// The lead is the term an item of an article "Giải thích từ ngữ" defines: a name, as
    /// a heading is, so two such terms are compared as titles (two ordinary leads are not).
    term: bool,
}

/// What an attachment's heading names, without its label and the note of the act it goes
/// with: "PHỤ LỤC 2 ĐỀ CƯƠNG BÁO CÁO (Ban hành kèm theo Quyết định số 99/2025/QĐ-UBND …)"
/// is "ĐỀ CƯƠNG BÁO CÁO". Every attachment of every act carries the note, so two
/// attachments of two provinces agreed on it more than on what they hold (Nghệ An's report
/// outline took Đồng Tháp's list of forms, title 0.77, content 0.08). A heading that is
/// nothing but the label and the note stays as it is.
fn attachment_title(heading: &str) -> &str {
    // The word `w` (in small letters) opening `s` in any case, and what follows it.
    fn word<'a>(s: &'a str, w: &str) -> Option<&'a str> {
        let mut chars = s.char_indices();
        for wc in w.chars() {
            let (_, c) = chars.next()?;
            if c.to_lowercase().ne(std::iter::once(wc)) {
                return None;
            }
        }
        let rest = chars.next().map_or("", |(i, _)| &s[i..]);
        (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
    }
    fn words<'a>(s: &'a str, ws: &[&str]) -> Option<&'a str> {
        ws.iter().try_fold(s, |s, w| word(s.trim_start(), w))
    }
    let mut t = heading.trim();
    // The note: "(Ban hành kèm theo …)", "(Kèm theo …)", "(Được ban hành kèm theo …)".
    if let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) {
        let inner = &t[open + 1..];
        let inner = words(inner, &["được"]).unwrap_or(inner);
        let inner = words(inner, &["ban", "hành"]).unwrap_or(inner);
        if words(inner, &["kèm", "theo"]).is_some() {
            t = t[..open].trim_end();
        }
    }
    // The label: "Phụ lục", "PHỤ LỤC 2", "Phụ lục số IV", "Phụ lục 1a", then ".", ":" or "-".
    if let Some(rest) = words(t, &["phụ", "lục"]) {
        let mut rest = rest.trim_start();
        // A number, Arabic or Roman, with a letter perhaps ("1a"), and what follows it.
        fn numbered(r: &str) -> Option<&str> {
            let n = r.find(|c: char| !(c.is_ascii_digit() || "IVXLCivxlc".contains(c))).unwrap_or(r.len());
            let after = &r[n..];
            let after = after.strip_prefix(|c: char| c.is_ascii_lowercase()).filter(|_| n > 0).unwrap_or(after);
            (n > 0 && !after.starts_with(char::is_alphanumeric)).then_some(after)
        }
        if let Some(r) = words(rest, &["số"]).and_then(|r| numbered(r.trim_start())).or_else(|| numbered(rest)) {
            rest = r;
        }
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ".:,-".contains(c));
        t = rest;
    }
    if t.chars().any(char::is_alphabetic) { t } else { heading }
}

/// A lead is at most this many words.
const LEAD_WORDS: usize = 16;

/// A defined term is at most this many words ("Hộp thư công vụ cơ quan, đơn vị").
const TERM_WORDS: usize = 10;

/// The term an item of an article "Giải thích từ ngữ" defines: the words before a colon,
/// "là" or "được hiểu là" ("Hộp thư công vụ cá nhân là hộp thư điện tử …", "Chữ ký số: được
/// hiểu là …", "“Ý kiến điện tử” là …"), without quotation marks. Each unit defines the same
/// terms in its own words; the term is what names the item, as a heading names a section.
fn defined_term(text: &str) -> Option<&str> {
    let at = [":", " được hiểu là ", " là "].iter().filter_map(|w| text.find(w)).min()?;
    let term = text[..at].trim().trim_matches(['"', '“', '”']).trim();
    let words = term.split_whitespace().count();
    (words > 0 && words <= TERM_WORDS && term.starts_with(char::is_uppercase)).then_some(term)
}

impl Title {
    /// `defining`: the section is an item of an article that defines terms.
    fn of(s: &Section, defining: bool) -> Option<Title> {
        if !s.heading.trim().is_empty() {
            return Some(Title { text: attachment_title(s.heading.trim()).to_string(), heading: true, term: false });
        }
        let t = s.tasks.first()?.text.trim();
        // A first "task" with more tasks after it and no closing punctuation is a heading
        // the reader could not tell from a task ("4. Tổ chức kiểm tra việc thi hành Luật …"
        // wrapped over two lines): its whole text is the title, however long.
        if s.tasks.len() > 1 && !t.ends_with(['.', ';', ':', '!', '?', ')', '"', '”']) {
            return Some(Title { text: t.to_string(), heading: false, term: false });
        }
        // In an article defining terms, the term: before a colon ("Hộp thư điện tử công vụ cá
        // nhân: Là …") or before "là".
        if defining && let Some(term) = defined_term(t) {
            return Some(Title { text: term.to_string(), heading: false, term: true });
        }
        let lead = match t.split_once(':') {
            Some((lead, _)) if !lead.trim().is_empty() => lead.trim(),
            _ => t.trim_end_matches(['.', ';']),
        };
        (lead.split_whitespace().count() <= LEAD_WORDS).then(|| Title {
            text: lead.to_string(),
            heading: false,
            term: false,
        })
    }
}

/// The closing part of a rule or plan goes by several names that say the same ("Điều
/// khoản thi hành", "Tổ chức thực hiện", "Trách nhiệm thi hành", "Tổ chức thi hành"): one
/// province's last article is "Điều 7. Điều khoản thi hành", another's on the same law
/// "Điều 14. Tổ chức thực hiện". Two different names of these agree as titles at
/// [`TITLE_FLOOR`], not as the same title: a decision's own "Điều 3. Tổ chức thực hiện"
/// and its rules' "Điều 24. Điều khoản thi hành" are two different closings, which the
/// tasks and places tell apart. ("Hiệu lực thi hành", the date the text takes effect, is
/// another thing.)
const CLOSING_TITLES: [&str; 5] = [
    "tổ chức thực hiện",
    "điều khoản thi hành",
    "trách nhiệm thi hành",
    "tổ chức thi hành",
    "trách nhiệm tổ chức thực hiện",
];
/// Which of the [`CLOSING_TITLES`] a heading is, whatever its case, spacing or final stop.
fn closing_title(heading: &str) -> Option<usize> {
    let t = heading.trim_end_matches(['.', ':', ' ']);
    if t.len() > 80 {
        return None;
    }
    let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    CLOSING_TITLES.iter().position(|c| *c == t)
}

/// Titles this similar are evidence for their sections.
const TITLE_FLOOR: f64 = 0.6;
/// Titles this similar say two sections are the same item; in the first task matching a
/// pair of tasks under such titles gets [`TITLE_BONUS`] times the title similarity.
const STRONG_TITLE: f64 = 0.8;
const TITLE_BONUS: f64 = 0.05;
/// Titles this similar are the same title (case, tone marks and small slips aside).
const SAME_TITLE: f64 = 0.95;
/// Titles are looked for up to this many levels up (the task's section, its parent, its
/// grandparent); a level up gives the bonus divided by the level's number.
const TITLE_LEVELS: usize = 3;
/// The share of the section bonus a task pair gets when its sections' parents are aligned.
const PARENT_SHARE: f64 = 0.25;

/// Section pairs whose titles agree (two leads of one-line items are not titles to each
/// other: their tasks already compare). Candidates come from an index over title words,
/// so sections are not compared all against all.
/// Title keys longer than this (in characters, either of the two) are not compared letter
/// by letter (the edit distance costs the product of their lengths): their word
/// similarity alone counts, and the comparison's notes say how many pairs this was.
const TITLE_EDIT_CHARS: usize = 1000;

/// Returns the pairs and how many candidate pairs were too long for the edit similarity.
fn title_pairs(old: &Prepared, new: &Prepared) -> (Vec<(usize, usize, f64)>, usize) {
    let (oi, ni) = (&old.titled, &new.titled);
    let w = Weights::from_docs(&old.title_feats, &new.title_feats);
    let (mut of, mut nf) = (old.title_feats.clone(), new.title_feats.clone());
    of.iter_mut().chain(nf.iter_mut()).for_each(|f| f.weigh(&w));
    let (mut cands, _) = features::candidate_scores(&of, &nf, &w, 16, TITLE_FLOOR * 0.5);
    exact_pairs(&of, &nf, &mut cands);
    let mut out = Vec::new();
    let mut long = 0;
    for (a, b, _) in cands {
        let (ta, tb) = (old.titles[oi[a]].as_ref().unwrap(), new.titles[ni[b]].as_ref().unwrap());
        // Two leads are not compared, nor a heading with a defined term: a heading that
        // shares a term's words ("Quản lý, sử dụng hộp thư điện tử công vụ cá nhân" against
        // "Tài khoản thư điện tử công vụ cá nhân") is a rule about the thing, not its
        // definition. Two terms are.
        let comparable = if ta.term || tb.term { ta.term && tb.term } else { ta.heading || tb.heading };
        if !comparable {
            continue;
        }
        // Candidates were found on Dice and containment; a short title contained in a long
        // one is not the same title, so the score is the edit similarity or the Dice alone.
        let dice = features::blended(&of[a], &nf[b], &w, 1.0);
        let edit = match (&old.title_keys[a], &new.title_keys[b]) {
            (Some((ka, la)), Some((kb, lb))) if *la <= TITLE_EDIT_CHARS && *lb <= TITLE_EDIT_CHARS => {
                // The edit distance is at least the difference in length: when even that
                // bound cannot beat the Dice or reach the floor, the distance changes nothing.
                let longest = (*la).max(*lb);
                let bound = if longest == 0 { 1.0 } else { 1.0 - la.abs_diff(*lb) as f64 / longest as f64 };
                if bound <= dice || bound < TITLE_FLOOR { 0.0 } else { strsim::normalized_levenshtein(ka, kb) }
            }
            (Some(_), Some(_)) => {
                long += 1;
                0.0
            }
            _ => 0.0,
        };
        let h = edit.max(dice);
        // "Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã" against
        // "Trách nhiệm của Ủy ban nhân dân cấp xã": a title that names the other's subject
        // first, then more after a comma, is about the same thing and more.
        fn key(k: &Option<(String, usize)>) -> &str {
            k.as_ref().map_or("", |k| k.0.as_str())
        }
        let (ka, kb) = (key(&old.title_keys[a]), key(&new.title_keys[b]));
        let h = if h < TITLE_FLOOR && (first_part_is(&ta.text, kb) || first_part_is(&tb.text, ka)) {
            TITLE_FLOOR
        } else {
            h
        };
        if h >= TITLE_FLOOR {
            out.push((oi[a], ni[b], h));
        }
    }
    // Two different names of the closing part (few sections on each side have one).
    let closing = |p: &Prepared| -> Vec<(usize, usize)> {
        p.titles
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.as_ref().filter(|t| t.heading).and_then(|t| closing_title(&t.text)).map(|c| (i, c)))
            .collect()
    };
    let (old_closing, new_closing) = (closing(old), closing(new));
    for &(a, ca) in &old_closing {
        for &(b, cb) in &new_closing {
            if ca != cb && !out.iter().any(|x| (x.0, x.1) == (a, b)) {
                out.push((a, b, TITLE_FLOOR));
            }
        }
    }
    out.sort_by_key(|x| (x.0, x.1));
    out.dedup_by(|x, y| (x.0, x.1) == (y.0, y.1));
    (out, long)
}

/// Is the title whose key is `short_key` the first of the parts that `long` lists with
/// commas, word for word on their matching keys ([`title_key`])? At least three words, so
/// that a bare "Trách nhiệm" is not a subject.
fn first_part_is(long: &str, short_key: &str) -> bool {
    let Some((first, _)) = long.split_once(", ") else { return false };
    // The options the titles' keys were made with (`Prepared::new`).
    let opts = crate::normalize::MatchOptions::standard();
    first.split_whitespace().count() >= 3 && title_key(first, &opts).is_some_and(|k| k == short_key)
}

/// Each section's own first task, as an item index.
fn first_items(n_secs: usize, items: &[Item]) -> Vec<Option<usize>> {
    let mut out = vec![None; n_secs];
    for (i, it) in items.iter().enumerate() {
        if it.number == 1 {
            out[it.section] = Some(i);
        }
    }
    out
}

/// Leftover tasks next to a pair that are pieces of it.
struct Pieces<'a, 'b> {
    old_items: &'a [Item<'b>],
    new_items: &'a [Item<'b>],
    old_f: &'a [Features],
    new_f: &'a [Features],
    w: &'a Weights,
    /// How each side's texts are keyed ([`Prepared`]).
    old_opts: &'a crate::normalize::MatchOptions,
    new_opts: &'a crate::normalize::MatchOptions,
    /// The task threshold: a leftover that would pair with one clause of its neighbour's
    /// partner, were that clause a task of its own, is a piece of it.
    threshold: f64,
    /// Each section's parent section, on each side: a leftover's neighbours are the tasks
    /// near it in its own section or in a sibling section (the next point of one clause).
    old_parent: &'a [Option<usize>],
    new_parent: &'a [Option<usize>],
}

/// How far above the task threshold a clause alone must score against a task for the
/// clause to stand for its whole task ([`Pieces::clause_pairs`]): a short clause shares
/// words easily ("báo cáo định kỳ hoặc đột xuất theo yêu cầu"), so a bare pass is not enough.
const CLAUSE_MARGIN: f64 = 0.1;
/// At most this many pairs of an unpaired task of clauses and an unpaired task of the other
/// side are scored looking for clause pairs ([`Pieces::clause_pairs`]); beyond it (two long
/// documents with little in common) the step is skipped and a note says so.
const CLAUSE_BUDGET: usize = 400_000;

/// Two neighbouring tasks joined must score this much more against a task than either alone
/// ([`Pieces::run_pairs`]) …
const RUN_GAIN: f64 = 0.05;
/// … and each must have this much of its weight in that task.
const RUN_PIECE: f64 = 0.3;

/// The tasks already paired on each side, and those still free ([`Pieces::unpaired`]).
struct Unpaired {
    used_o: Vec<bool>,
    used_n: Vec<bool>,
    free_o: Vec<usize>,
    free_n: Vec<usize>,
}

/// What [`Pieces::run_pairs`] found: pairs to carry, and the other pieces (piece, partner,
/// score) of merged old tasks and split new tasks.
#[derive(Default)]
struct Runs {
    pairs: Vec<(usize, usize, f64)>,
    merged: Vec<(usize, usize, f64)>,
    split: Vec<(usize, usize, f64)>,
}

/// A leftover task counts as a piece of its neighbour's partner when that partner
/// contains this much of its weight …
const PIECE_CONTAINED: f64 = 0.8;
/// … and the neighbour itself holds less than this much of it (a different piece, not a copy).
const PIECE_DISTINCT: f64 = 0.5;

impl Pieces<'_, '_> {
    /// For each unpaired task on one side (`old` false: new tasks, split pieces; true: old
    /// tasks, merged ones), the partner of a paired neighbour (two positions either way, in
    /// its own section or a sibling section) that contains it: (that partner's index,
    /// containment).
    fn leftovers(&self, pairs: &[Option<(usize, f64)>], old: bool, forbidden: &Forbidden) -> Vec<Option<(usize, f64)>> {
        let (mine, my_f, their_f, parent) = if old {
            (self.old_items, self.old_f, self.new_f, self.old_parent)
        } else {
            (self.new_items, self.new_f, self.old_f, self.new_parent)
        };
        // One section, or two points of one clause: "b) Có lối sống trung thực, khiêm tốn, …"
        // and "d) Không để người thân, người quen lợi dụng …" both went into the other
        // side's one point "a) Có phẩm chất đạo đức …; lối sống trung thực, khiêm tốn, …;
        // không để người thân …", which took d) as its partner.
        // Or a section's own sentence and a child's next to it: a lead-in "Sở Y tế, UBND cấp
        // xã … có trách nhiệm:" over its clauses, which the other side wrote into its first
        // clause ("Giao Sở … ; Ủy ban nhân dân các xã … có trách nhiệm: thường xuyên theo dõi
        // …"). Held as strictly as siblings are.
        let kin = |a: usize, b: usize| {
            a == b || (parent[a].is_some() && parent[a] == parent[b]) || parent[a] == Some(b) || parent[b] == Some(a)
        };
        let mut out = vec![None; mine.len()];
        // Each partner's clauses, worked out once.
        let mut clauses: HashMap<usize, Vec<Features>> = HashMap::new();
        for i in 0..mine.len() {
            if pairs[i].is_some() || my_f[i].mass(self.w) <= 0.0 {
                continue;
            }
            let mut best: Option<(usize, f64)> = None;
            for j in i.saturating_sub(2)..(i + 3).min(mine.len()) {
                let Some((partner, _)) = pairs[j] else { continue };
                if j == i || !kin(mine[j].section, mine[i].section) {
                    continue;
                }
                let key = if old { (i, partner) } else { (partner, i) };
                if forbidden.contains(&key) {
                    continue;
                }
                let c = features::containment(&my_f[i], &their_f[partner], self.w);
                // The neighbour holds much of the leftover (a copy, not a piece) unless the
                // partner holds the leftover again beyond the neighbour's share of it.
                if features::containment(&my_f[i], &my_f[j], self.w) >= PIECE_DISTINCT
                    && (c < PIECE_CONTAINED
                        || features::containment_beyond(&my_f[i], &their_f[partner], &my_f[j], self.w)
                            < PIECE_CONTAINED)
                {
                    continue;
                }
                let their = if old { &self.new_items[partner] } else { &self.old_items[partner] };
                let sibling = mine[j].section != mine[i].section;
                let c = if c >= PIECE_CONTAINED {
                    c
                } else if sibling && c < self.threshold / 2.0 {
                    // Beside a sibling only a clause of the leftover's size counts (below), and
                    // a Dice coefficient at the threshold needs half the threshold of the
                    // leftover inside the partner: no need to cut the partner into clauses.
                    continue;
                } else if let Some(s) =
                    (!sibling).then(|| self.joined_gain(my_f, their_f, (i, j), partner, c)).flatten()
                {
                    s
                } else if !sibling && j == i + 1 && c >= RUN_PIECE && mine[i].task.text.trim_end().ends_with(':') {
                    // A lead-in over its first item, which the other side wrote in one with
                    // it ("Thôn vùng đồng bào dân tộc thiểu số và miền núi là thôn đáp ứng ít
                    // nhất 01 trong 02 điều kiện sau đây:" / "Đáp ứng quy định tại khoản 1 Điều
                    // 4 …;" against "Thôn vùng đồng bào dân tộc thiểu số là thôn đáp ứng theo
                    // quy định tại khoản 1 Điều 4 …"): what the lead-in says of the item is in
                    // the partner, whatever the rest of the list.
                    features::similarity(&my_f[i], &their_f[partner], self.w)
                } else {
                    // `clause_match` answers only at or above the task threshold.
                    let clauses = clauses.entry(partner).or_insert_with(|| self.clauses(&their.task.text, true, !old));
                    // Beside a sibling's partner, the clause must be the leftover's size too
                    // (their Dice coefficient alone at the threshold): a short clause a long
                    // leftover merely mentions ("về an toàn, vệ sinh lao động" in "Tiếp nhận hồ
                    // sơ … về an toàn vệ sinh lao động, sản phẩm hàng hóa …") is not where it went.
                    let own_size = || {
                        !sibling
                            || clauses.iter().any(|c| features::blended(&my_f[i], c, self.w, 1.0) >= self.threshold)
                    };
                    match self.clause_match(clauses, &my_f[i], &my_f[j]) {
                        Some(s) if own_size() => s,
                        _ => continue,
                    }
                };
                if best.is_none_or(|b| c > b.1) {
                    best = Some((partner, c));
                }
            }
            out[i] = best;
        }
        // A leftover between two tasks of its section that both went into one partner (as
        // its pair or a piece): the middle of a run of steps the other side wrote as one
        // ("Bước 1 …" / "Bước 2: Sau khi xác định được thôn, xã …" / "Bước 3 …" in one step
        // of the other's), held there by its neighbours when it has [`RUN_PIECE`] of its
        // weight in that partner, however it was reworded.
        let went = |k: usize| pairs[k].or(out[k]).map(|p| p.0);
        let between: Vec<(usize, usize)> = (1..mine.len().saturating_sub(1))
            .filter(|&i| pairs[i].is_none() && out[i].is_none() && my_f[i].mass(self.w) > 0.0)
            .filter(|&i| mine[i - 1].section == mine[i].section && mine[i + 1].section == mine[i].section)
            .filter_map(|i| match (went(i - 1), went(i + 1)) {
                (Some(a), Some(b)) if a == b => Some((i, a)),
                _ => None,
            })
            .filter(|&(i, p)| !forbidden.contains(&if old { (i, p) } else { (p, i) }))
            .filter(|&(i, p)| features::containment(&my_f[i], &their_f[p], self.w) >= RUN_PIECE)
            .collect();
        for (i, p) in between {
            out[i] = Some((p, features::similarity(&my_f[i], &their_f[p], self.w)));
        }
        out
    }

    /// Whether leftover `i` is the other half of its next neighbour `j`'s partner: the two
    /// joined (as [`Pieces::run_pairs`] joins them) score [`RUN_GAIN`] more against the
    /// partner than `j` alone (whatever evidence paired `j`: its score may be below the task
    /// threshold), and `i` has [`RUN_PIECE`] of its weight there (`own`, the caller's
    /// containment). Answers `i`'s own score against the partner.
    fn joined_gain(
        &self,
        my_f: &[Features],
        their_f: &[Features],
        (i, j): (usize, usize),
        partner: usize,
        own: f64,
    ) -> Option<f64> {
        // The cheap tests first: most leftovers share little with the partner.
        if i.abs_diff(j) != 1 || own < RUN_PIECE {
            return None;
        }
        let joined = Features::merge([&my_f[i.min(j)], &my_f[i.max(j)]]);
        let s = features::similarity(&joined, &their_f[partner], self.w);
        let alone = features::similarity(&my_f[j], &their_f[partner], self.w);
        (s >= alone + RUN_GAIN).then(|| features::similarity(&my_f[i], &their_f[partner], self.w))
    }

    /// Which tasks `paired` takes on each side, and the others with any weight, in order.
    fn unpaired(&self, paired: &[(usize, usize, f64)]) -> Unpaired {
        let mut used_o = vec![false; self.old_items.len()];
        let mut used_n = vec![false; self.new_items.len()];
        for &(o, n, _) in paired {
            used_o[o] = true;
            used_n[n] = true;
        }
        let free = |items: &[Item], f: &[Features], used: &[bool]| -> Vec<usize> {
            (0..items.len()).filter(|&i| !used[i] && f[i].mass(self.w) > 0.0).collect()
        };
        let (free_o, free_n) = (free(self.old_items, self.old_f, &used_o), free(self.new_items, self.new_f, &used_n));
        Unpaired { used_o, used_n, free_o, free_n }
    }

    /// Pairs below the task threshold accepted because one of the two is a task of clauses
    /// ("Tham mưu … lập kế hoạch sử dụng phôi …; thực hiện tiếp nhận, cấp phát, điều chuyển
    /// … phôi Giấy chứng nhận …") one of which the other task rewords on its own ("Cấp phát,
    /// điều chuyển phôi Giấy chứng nhận …"): another unit wrote that duty of the list as a
    /// task. Both left unpaired, the clause alone scoring [`CLAUSE_MARGIN`] above the task
    /// threshold against the other task, the whole pair at least `floor`, and each task the
    /// other's only closest among all tasks of the other side.
    ///
    /// The candidate pairs score whole tasks, not clauses, and hold only the closest
    /// candidates: this step scores clauses and closest partners itself, over every
    /// unpaired task, the same way whichever side is old. That costs tasks of clauses ×
    /// unpaired tasks: above [`CLAUSE_BUDGET`] it is skipped (`None`) and the caller says
    /// so.
    fn clause_pairs(
        &self,
        paired: &[(usize, usize, f64)],
        floor: f64,
        forbidden: &Forbidden,
    ) -> Option<Vec<(usize, usize, f64)>> {
        let Unpaired { free_o, free_n, .. } = self.unpaired(paired);
        let has_clauses = |items: &[Item], list: &[usize]| -> Vec<usize> {
            list.iter().copied().filter(|&i| items[i].task.text.contains("; ")).collect()
        };
        let (clause_o, clause_n) = (has_clauses(self.old_items, &free_o), has_clauses(self.new_items, &free_n));
        if clause_o.len() * free_n.len() + clause_n.len() * free_o.len() > CLAUSE_BUDGET {
            return None;
        }
        // The whole pair's score first (one comparison, which rules out most pairs); the
        // clauses' features are made only for tasks that get that far.
        let mut clauses: HashMap<(bool, usize), Vec<Features>> = HashMap::new();
        let clear = self.threshold + CLAUSE_MARGIN;
        let mut candidates: Vec<(usize, usize, f64)> = Vec::new();
        // Each task of clauses against every unpaired task of the other side; the scan's
        // scores are rounded a little differently, so a pair near a bound is scored again.
        let near = |s: f64| s >= floor - 1e-9 && s < self.threshold + 1e-9;
        let mut scanned: Vec<(usize, usize)> = Vec::new();
        for &o in &clause_o {
            let sims = features::similarity_to_each(&self.old_f[o], free_n.iter().map(|&n| &self.new_f[n]), self.w);
            scanned.extend(free_n.iter().zip(sims).filter(|x| near(x.1)).map(|(&n, _)| (o, n)));
        }
        for &n in &clause_n {
            let sims = features::similarity_to_each(&self.new_f[n], free_o.iter().map(|&o| &self.old_f[o]), self.w);
            scanned.extend(free_o.iter().zip(sims).filter(|x| near(x.1)).map(|(&o, _)| (o, n)));
        }
        scanned.sort_unstable();
        scanned.dedup();
        for (o, n) in scanned {
            if forbidden.contains(&(o, n)) {
                continue;
            }
            let s = features::similarity(&self.old_f[o], &self.new_f[n], self.w);
            if s < floor || s >= self.threshold {
                continue;
            }
            let mut reaches = |old: bool, i: usize, other: &Features| {
                let items = if old { self.old_items } else { self.new_items };
                let cs = clauses.entry((old, i)).or_insert_with(|| self.clauses(&items[i].task.text, false, old));
                cs.len() >= 2 && cs.iter().any(|c| features::similarity(c, other, self.w) >= clear)
            };
            if reaches(true, o, &self.new_f[n]) || reaches(false, n, &self.old_f[o]) {
                candidates.push((o, n, s));
            }
        }
        // The best score of one task against every task of the other side, and whether
        // only one partner reaches it.
        let only_best = |s: f64, scores: &mut dyn Iterator<Item = f64>| {
            let mut reach = 0;
            for x in scores {
                if x > s {
                    return false;
                }
                reach += usize::from(x == s);
            }
            reach == 1
        };
        let out = candidates
            .into_iter()
            .filter(|&(o, n, s)| {
                only_best(s, &mut self.new_f.iter().map(|b| features::similarity(&self.old_f[o], b, self.w)))
                    && only_best(s, &mut self.old_f.iter().map(|a| features::similarity(a, &self.new_f[n], self.w)))
            })
            .collect();
        Some(out)
    }

    /// Two neighbouring tasks of one section written as one task on the other side ("Trong
    /// quá trình thực hiện … nếu có khó khăn … phản ánh về Sở …" / "Trường hợp vượt thẩm
    /// quyền, Sở … tổng hợp, báo cáo …" against one line that says both): each piece alone
    /// scores below the task threshold against the joined task, the two together above it.
    /// All three left unpaired; the two pieces joined score at least the task threshold and
    /// [`RUN_GAIN`] more than either piece alone; each piece has its own part of the joined
    /// task ([`RUN_PIECE`] of its weight there); the joined task has no closer unpaired
    /// partner than the two together, and neither piece has a closer unpaired partner than
    /// the joined task. Best first, one-to-one over every task involved, ranked by a key that
    /// swapping the sides leaves unchanged, so comparing B with A makes the mirrored result
    /// (the candidate pairs it reads are the same both ways: see
    /// [`features::candidate_scores`]).
    ///
    /// Returns (old task, new task, score of the pair alone) for the piece that scores best
    /// alone, which is carried, and the other piece as (piece, its partner, its score) on
    /// the side it is on: merged when the pieces are old, split when they are new. Costs a
    /// joined feature list per two unpaired neighbours and a score per candidate of either
    /// piece (the candidate pairs are at most [`MatchSettings::max_candidates`] per task of
    /// either side): no limit needed.
    fn run_pairs(
        &self,
        scores: &[(usize, usize, f64)],
        paired: &[(usize, usize, f64)],
        forbidden: &Forbidden,
        skip: impl Fn(usize, usize) -> bool,
    ) -> Runs {
        let Unpaired { mut used_o, mut used_n, free_o, free_n } = self.unpaired(paired);
        let runs = |items: &[Item], list: &[usize]| -> Vec<usize> {
            list.windows(2)
                .filter(|w| w[1] == w[0] + 1 && items[w[0]].section == items[w[1]].section)
                .map(|w| w[0])
                .collect()
        };
        let (runs_o, runs_n) = (runs(self.old_items, &free_o), runs(self.new_items, &free_n));
        if runs_o.is_empty() && runs_n.is_empty() {
            return Runs::default();
        }
        // The joined task is looked for among the unpaired candidates of either piece (the
        // pairs scored at all, [`SECTION_PROBE`] or more): a piece that holds a part of it
        // shares that much with it in practice, and scanning every unpaired task instead
        // cost a twentieth of a small comparison for nothing.
        // With them, each task's closest unpaired partner (its score as the matching had it).
        let mut partners_o: Vec<Vec<usize>> = vec![Vec::new(); self.old_items.len()];
        let mut partners_n: Vec<Vec<usize>> = vec![Vec::new(); self.new_items.len()];
        let (mut best_o, mut best_n) = (vec![0.0f64; self.old_items.len()], vec![0.0f64; self.new_items.len()]);
        for &(o, n, s) in scores {
            if !used_o[o] && !used_n[n] {
                partners_o[o].push(n);
                partners_n[n].push(o);
                best_o[o] = best_o[o].max(s);
                best_n[n] = best_n[n].max(s);
            }
        }
        // (score of the two joined, pieces' side is old, first piece, the joined task)
        let mut candidates: Vec<(f64, bool, usize, usize)> = Vec::new();
        for (old, list) in [(true, &runs_o), (false, &runs_n)] {
            let (my_f, their_f, partners) =
                if old { (self.old_f, self.new_f, &partners_o) } else { (self.new_f, self.old_f, &partners_n) };
            for &i in list.iter() {
                let mut singles: Vec<usize> = partners[i].iter().chain(&partners[i + 1]).copied().collect();
                if singles.is_empty() {
                    continue;
                }
                singles.sort_unstable();
                singles.dedup();
                // The two texts' features together (the words across the seam aside).
                let jf = Features::merge([&my_f[i], &my_f[i + 1]]);
                for u in singles {
                    let s = features::similarity(&jf, &their_f[u], self.w);
                    if s < self.threshold {
                        continue;
                    }
                    let key = |p: usize| if old { (p, u) } else { (u, p) };
                    if forbidden.contains(&key(i))
                        || forbidden.contains(&key(i + 1))
                        || skip(key(i).0, key(i).1)
                        || skip(key(i + 1).0, key(i + 1).1)
                    {
                        continue;
                    }
                    let (s1, s2) = (
                        features::similarity(&my_f[i], &their_f[u], self.w),
                        features::similarity(&my_f[i + 1], &their_f[u], self.w),
                    );
                    let own = |k: usize| features::containment(&my_f[k], &their_f[u], self.w);
                    if s < s1.max(s2) + RUN_GAIN || own(i) < RUN_PIECE || own(i + 1) < RUN_PIECE {
                        continue;
                    }
                    candidates.push((s, old, i, u));
                }
            }
        }
        if candidates.is_empty() {
            return Runs::default();
        }
        // No closer unpaired partner for any of the three.
        candidates.retain(|&(s, old, i, u)| {
            let (their_f, my_f, mine, theirs) = if old {
                (self.new_f, self.old_f, &best_o, &best_n)
            } else {
                (self.old_f, self.new_f, &best_n, &best_o)
            };
            let alone = |k: usize| features::similarity(&my_f[k], &their_f[u], self.w);
            theirs[u] <= s && mine[i] <= alone(i) + 1e-6 && mine[i + 1] <= alone(i + 1) + 1e-6
        });
        // The same order whichever side is old.
        let key = |&(_, old, i, u): &(f64, bool, usize, usize)| {
            let (o, n) = if old { (i, u) } else { (u, i) };
            (o.abs_diff(n), o + n, old)
        };
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(key(a).cmp(&key(b))));
        let mut out = Runs::default();
        for (_, old, i, u) in candidates {
            let (mine, theirs) = if old { (&mut used_o, &mut used_n) } else { (&mut used_n, &mut used_o) };
            if mine[i] || mine[i + 1] || theirs[u] {
                continue;
            }
            mine[i] = true;
            mine[i + 1] = true;
            theirs[u] = true;
            let (my_f, their_f) = if old { (self.old_f, self.new_f) } else { (self.new_f, self.old_f) };
            let alone = |k: usize| features::similarity(&my_f[k], &their_f[u], self.w);
            let (carried, piece) = if alone(i + 1) > alone(i) { (i + 1, i) } else { (i, i + 1) };
            if old {
                out.pairs.push((carried, u, alone(carried)));
                out.merged.push((piece, u, alone(piece)));
            } else {
                out.pairs.push((u, carried, alone(carried)));
                out.split.push((piece, u, alone(piece)));
            }
        }
        out
    }

    /// The clauses of a task ("…; …"), their features weighed; none for a task of one clause.
    fn clauses(&self, whole: &str, leads: bool, old: bool) -> Vec<Features> {
        let opts = if old { self.old_opts } else { self.new_opts };
        if !(whole.contains("; ") || leads && whole.contains(": ")) {
            return Vec::new();
        }
        // With `leads`, a lead-in before a colon is a clause too, for a leftover's pieces:
        // "…; Ủy ban nhân dân các xã … có trách nhiệm: thường xuyên theo dõi …" holds the other
        // side's lead-in "Sở Y tế, UBND cấp xã … có trách nhiệm:" written over its clauses. Not
        // for a task rewording one clause: a lone "Trong đó:" is no clause of "Trong đó: Giá
        // trị sản phẩm … đạt 395 triệu USD; …".
        whole
            .split("; ")
            .flat_map(|c| if leads { c.split(": ").collect::<Vec<_>>() } else { vec![c] })
            .filter(|c| !c.trim().is_empty())
            .map(|c| weighed(Features::of(c, opts), self.w))
            .collect()
    }

    /// A task of clauses ("Tiếp tục triển khai các nhiệm vụ giáo dục và đào tạo trên địa
    /// bàn; Tổ chức Hội nghị sơ kết học kỳ I …") split into tasks that each reword one clause:
    /// the similarity of `piece` to the clause it is closest to, when that reaches the task
    /// threshold and the clause is not the one its paired neighbour is closest to.
    fn clause_match(&self, clauses: &[Features], piece: &Features, neighbour: &Features) -> Option<f64> {
        if clauses.len() < 2 {
            return None;
        }
        let closest = |f: &Features| {
            clauses
                .iter()
                .enumerate()
                .map(|(k, c)| (k, features::similarity(f, c, self.w)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        };
        let (k, s) = closest(piece)?;
        let (kn, _) = closest(neighbour)?;
        (k != kn && s >= self.threshold).then_some(s)
    }
}

/// Tasks the same but for their numbers, dates or unit names ("năm 2025" / "năm 2026",
/// "xã Cao Lộc" / "phường Tam Thanh") score this much, just under a pair the same word for
/// word, so a copy as written wins a tie.
const SAME_BUT_NUMBERS: f64 = 0.999;

/// Scores every pair of tasks with the same matching keys: 1 when they are the same word
/// for word, [`SAME_BUT_NUMBERS`] when only numbers, dates or unit names differ.
fn exact_pairs(old: &[Features], new: &[Features], scores: &mut Vec<(usize, usize, f64)>) {
    let mut by_key: features::FeatureMap<Vec<usize>> = features::FeatureMap::default();
    for (n, f) in new.iter().enumerate() {
        by_key.entry(f.exact).or_default().push(n);
    }
    let mut same: PairMap<f64> = PairMap::default();
    for (o, f) in old.iter().enumerate() {
        if let Some(ns) = by_key.get(&f.exact) {
            // Many copies of one sentence: pair each with the nearest 64 by position only.
            let pos = ns.partition_point(|&n| n < o);
            let window = &ns[pos.saturating_sub(32)..(pos + 32).min(ns.len())];
            for &n in window {
                same.insert((o, n), if f.literal == new[n].literal { 1.0 } else { SAME_BUT_NUMBERS });
            }
        }
    }
    if same.is_empty() {
        return;
    }
    // One pass over the scores with a map of the equal pairs (not a map of all scores).
    for x in scores.iter_mut() {
        if let Some(s) = same.remove(&(x.0, x.1)) {
            x.2 = s;
        }
    }
    let mut rest: Vec<(usize, usize, f64)> = same.into_iter().map(|((o, n), s)| (o, n, s)).collect();
    rest.sort_by_key(|x| (x.0, x.1));
    scores.extend(rest);
}

fn weighed(mut f: Features, w: &Weights) -> Features {
    f.weigh(w);
    f
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Greedy one-to-one assignment: pairs the user confirmed first, then best pairs first
/// (score plus bonus); ties go to the pair whose positions in their documents are
/// closest, then to the earlier pair, so the result is the same on every run and (but for
/// exact duplicates) in both directions.
fn assign(
    scores: &[(usize, usize, f64)],
    threshold: f64,
    bonus: impl Fn(usize, usize) -> f64,
    forced: &[(usize, usize)],
) -> Vec<(usize, usize, f64)> {
    let mut ranked: Vec<(f64, usize, usize, f64)> =
        scores.iter().filter(|(_, _, s)| *s >= threshold).map(|&(o, n, s)| (s + bonus(o, n), o, n, s)).collect();
    // A total order on distinct pairs: an unstable sort gives the same result, faster.
    ranked.sort_unstable_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.abs_diff(a.2).cmp(&b.1.abs_diff(b.2)))
            .then((a.1 + a.2).cmp(&(b.1 + b.2)))
            .then(a.1.cmp(&b.1))
    });
    let score_of: HashMap<(usize, usize), f64> =
        if forced.is_empty() { HashMap::new() } else { scores.iter().map(|&(o, n, s)| ((o, n), s)).collect() };
    let forced = forced.iter().map(|&(o, n)| (f64::INFINITY, o, n, score_of.get(&(o, n)).copied().unwrap_or(0.0)));
    let mut used_o: Vec<bool> = Vec::new();
    let mut used_n: Vec<bool> = Vec::new();
    let mut out = Vec::new();
    for (_, o, n, s) in forced.chain(ranked) {
        if used_o.get(o) == Some(&true) || used_n.get(n) == Some(&true) {
            continue;
        }
        if used_o.len() <= o {
            used_o.resize(o + 1, false);
        }
        if used_n.len() <= n {
            used_n.resize(n + 1, false);
        }
        used_o[o] = true;
        used_n[n] = true;
        out.push((o, n, s));
    }
    out.sort_unstable_by_key(|&(o, n, _)| (n, o));
    out
}

/// What the same numbers as written add to a pair's rank in the matching: a tie-break only,
/// far below the rounding of any score shown.
const NUMBERS_TIE: f64 = 1e-9;

/// A pair in context (see [`context_pairs`]) may score this much below the task threshold.
const CONTEXT_DISCOUNT: f64 = 0.2;

/// Two aligned sections of at most this many tasks each hold their leftovers in place
/// themselves ([`context_pairs`]).
const FEW_TASKS: usize = 5;

/// Where each task sits in its section: (section, first of its section's tasks, last, and
/// for a row of a table of steps, its step number and the table's last step number).
type Place = (usize, bool, bool, Option<(u8, u8)>);

fn places(secs: &[&Section], items: &[Item]) -> Vec<Place> {
    // Each section's last step, worked out once (a section may hold thousands of rows).
    let last_step: Vec<u8> = secs.iter().map(|s| s.tasks.iter().filter_map(|t| t.step).max().unwrap_or(0)).collect();
    items
        .iter()
        .map(|i| {
            let n = secs[i.section].tasks.len();
            (i.section, i.number == 1, i.number == n, i.task.step.map(|k| (k, last_step[i.section])))
        })
        .collect()
}

/// Whether two rows of tables of steps hold the same place in their procedures: both the
/// first step, both the last, or the same step of two tables of as many steps. (Two
/// provinces' processes for one procedure open with receiving the file and close with
/// returning the result however many steps lie between; step 4 of 4 and step 4 of 7 are
/// not the same step.)
fn same_step(a: Option<(u8, u8)>, b: Option<(u8, u8)>) -> bool {
    match (a, b) {
        (Some((n, last)), Some((m, other_last))) => {
            (n == 1 && m == 1) || (n == last && m == other_last) || (n == m && last == other_last)
        }
        _ => false,
    }
}

/// Pairs below the task threshold accepted for their context: both tasks left unpaired by
/// the matching, one the other's closest candidate among all the tasks still unpaired and
/// the other the first's closest among those still unpaired in context (a closer task
/// already paired elsewhere is not to be had; a closer one out of context on one side only
/// does not part two tasks in aligned sections: Quảng Ngãi's transition article and Hải
/// Phòng's, each the other's article's, though Hải Phòng's sentence scores 0.01 higher with
/// a scope item of Quảng Ngãi's elsewhere), their sections aligned (or one's
/// parent aligned with the other's section: an item's points against an item written in
/// one piece), scoring at least `floor` (or at least [`SOLE_FLOOR`] between two such
/// pairs in order, the tasks just before them a pair and the tasks just after them a pair,
/// or one of those and their sections' start or end: the only leftover there on each side,
/// as the revenue tasks of two work programmes' budget items, "Tập trung chỉ đạo quyết liệt
/// công tác quản lý thu ngân sách ngay từ đầu năm" and "Tiếp tục thực hiện quyết liệt, đồng
/// bộ các giải pháp thu ngân sách nhà nước, …", 0.23), held in place by a neighbour (the tasks just
/// before them in their sections are a pair, or the tasks just after, or both open their
/// sections, or both close them, or both hold the same place in a procedure's table of
/// steps ([`same_step`]): two provinces word the same step each its own way; or their two
/// sections hold at most [`FEW_TASKS`] tasks each and the two are of one kind, `same_kind`:
/// in items that small the sections' alignment places what is left in them, as two work
/// programmes' budget items of two and three tasks whose revenue tasks are worded too far
/// apart to pair and hold their spending tasks), and in the
/// same place among the pairs already made
/// between their two sections (no pair there has its old task before this one and its new
/// task after, or the other way round). Or, where `alone` holds, the two are each other's
/// closest over every task of the other side, paired or not, wherever they stand: in
/// sections whose order says nothing (two twin orphans, see [`orphan_twins`], which hold
/// no pair to order them by; two untitled items of two work programmes, each unit listing
/// an item's duties in its own order). Best first, one-to-one; a pair made can hold the
/// next in place.
///
/// The result does not depend on which side is old: comparing B with A makes exactly the
/// mirrored pairs. Candidates are ranked by score, then by a key that swapping the sides
/// leaves unchanged; candidates equal on all of it (at most a pair and its mirror image)
/// are weighed together against the pairs made before them, and two such that would
/// cross each other are both left out.
fn context_pairs(
    scores: &[(usize, usize, f64)],
    paired: &[(usize, usize, f64)],
    floor: f64,
    (in_context, same_kind, alone): (
        impl Fn(usize, usize) -> bool,
        impl Fn(usize, usize) -> bool,
        impl Fn(usize, usize) -> bool,
    ),
    (old_at, new_at): (&[Place], &[Place]),
) -> Vec<(usize, usize, f64)> {
    use std::collections::HashSet;
    let sections = |o: usize, n: usize| (old_at[o].0, new_at[n].0);
    let used_o: HashSet<usize> = paired.iter().map(|p| p.0).collect();
    let used_n: HashSet<usize> = paired.iter().map(|p| p.1).collect();
    // Each task's best score with any task of the other side still unpaired.
    let (mut best_o, mut best_n) = (vec![0.0f64; old_at.len()], vec![0.0f64; new_at.len()]);
    // And with those in context only.
    let (mut ctx_o, mut ctx_n) = (vec![0.0f64; old_at.len()], vec![0.0f64; new_at.len()]);
    for &(o, n, s) in scores {
        let ctx = in_context(o, n);
        if !used_n.contains(&n) {
            best_o[o] = best_o[o].max(s);
            if ctx {
                ctx_o[o] = ctx_o[o].max(s);
            }
        }
        if !used_o.contains(&o) {
            best_n[n] = best_n[n].max(s);
            if ctx {
                ctx_n[n] = ctx_n[n].max(s);
            }
        }
    }
    // And with any task of the other side, paired or not.
    let (mut all_o, mut all_n) = (vec![0.0f64; old_at.len()], vec![0.0f64; new_at.len()]);
    for &(o, n, s) in scores {
        all_o[o] = all_o[o].max(s);
        all_n[n] = all_n[n].max(s);
    }
    let mut ranked: Vec<(usize, usize, f64)> = scores
        .iter()
        .copied()
        .filter(|&(o, n, s)| {
            // (Under the floor only when held on both sides, see below.)
            s >= floor.min(SOLE_FLOOR)
                // One side's closest over all, the other's closest in context.
                && ((s >= best_o[o] && s >= ctx_n[n]) || (s >= ctx_o[o] && s >= best_n[n]))
                && !used_o.contains(&o)
                && !used_n.contains(&n)
                && in_context(o, n)
        })
        .collect();
    if ranked.is_empty() {
        return ranked;
    }
    // The same order whichever side is old: (o, n) and (n, o) get the same key.
    let key = |&(o, n, _): &(usize, usize, f64)| (o.abs_diff(n), o + n);
    ranked.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(key(a).cmp(&key(b))).then((a.0, a.1).cmp(&(b.0, b.1))));
    // Runs of candidates equal in score and key.
    let mut runs: Vec<&[(usize, usize, f64)]> = Vec::new();
    let mut from = 0;
    for i in 1..=ranked.len() {
        if i == ranked.len() || ranked[i].2 != ranked[from].2 || key(&ranked[i]) != key(&ranked[from]) {
            runs.push(&ranked[from..i]);
            from = i;
        }
    }
    // Whether pair (x, y) crosses pair (o, n) where the two touch the same sections.
    let crossing = |(x, y): (usize, usize), (o, n): (usize, usize)| {
        let ((a, b), (c, d)) = (sections(o, n), sections(x, y));
        (c == a || d == b) && in_context(x, y) && (x < o) != (y < n)
    };
    // Each section's number of tasks.
    let count = |at: &[Place]| {
        let mut m: HashMap<usize, usize> = HashMap::new();
        for p in at {
            *m.entry(p.0).or_default() += 1;
        }
        m
    };
    let (old_count, new_count) = (count(old_at), count(new_at));
    let mut made: Vec<(usize, usize, f64)> = paired.to_vec();
    let mut is_pair: HashSet<(usize, usize)> = paired.iter().map(|p| (p.0, p.1)).collect();
    let mut out = Vec::new();
    let (mut taken_o, mut taken_n) = (HashSet::new(), HashSet::new());
    // Until nothing more is held in place.
    loop {
        let before = out.len();
        for run in &runs {
            let fits: Vec<(usize, usize, f64)> = run
                .iter()
                .copied()
                .filter(|&(o, n, s)| {
                    if taken_o.contains(&o) || taken_n.contains(&n) {
                        return false;
                    }
                    let (a, b) = sections(o, n);
                    let pair_at = |x: Option<usize>, y: Option<usize>| match (x, y) {
                        (Some(x), Some(y)) if x < old_at.len() && y < new_at.len() => {
                            old_at[x].0 == a && new_at[y].0 == b && is_pair.contains(&(x, y))
                        }
                        _ => false,
                    };
                    let (before, after) =
                        (pair_at(o.checked_sub(1), n.checked_sub(1)), pair_at(Some(o + 1), Some(n + 1)));
                    let (first, last) = (old_at[o].1 && new_at[n].1, old_at[o].2 && new_at[n].2);
                    // Under the floor, a pair between two pairs in order (or between one and
                    // its sections' start or end): the only leftover there on each side.
                    if s < floor && !((before && (after || last)) || (first && after)) {
                        return false;
                    }
                    if s >= all_o[o] && s >= all_n[n] && alone(o, n) {
                        return true;
                    }
                    let held = before
                        || after
                        || first
                        || last
                        || same_step(old_at[o].3, new_at[n].3)
                        || (old_count[&a] <= FEW_TASKS && new_count[&b] <= FEW_TASKS && same_kind(o, n));
                    held && !made.iter().any(|&(x, y, _)| crossing((x, y), (o, n)))
                })
                .collect();
            for &(o, n, s) in &fits {
                let rival = fits.iter().any(|&(x, y, _)| {
                    (x, y) != (o, n) && (x == o || y == n || crossing((x, y), (o, n)) || crossing((o, n), (x, y)))
                });
                if rival {
                    continue;
                }
                taken_o.insert(o);
                taken_n.insert(n);
                is_pair.insert((o, n));
                made.push((o, n, s));
                out.push((o, n, s));
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// Most pairs of leftovers that [`leftover_scores`] looks at in one comparison, for each
/// kind; past it, none is scored (for leftovers in aligned sections the notes say so).
const LEFTOVER_BUDGET: usize = 200_000;

/// Features a pair of leftovers must share to be scored at all ([`features::shared_count`]).
const LEFTOVER_SHARED: usize = 2;

/// Which leftovers [`leftover_scores`] scores against each other.
#[derive(Clone, Copy, PartialEq)]
enum Leftovers {
    /// Tasks left unpaired in aligned sections (as [`context_pairs`] reads "in context"): a
    /// procedure list copies "Thời hạn giải quyết: Không quá 15 ngày." under hundreds of
    /// procedures, so a copy with a word left out ("Thời hạn giải Không quá 15 ngày.") finds
    /// as its closest candidates the copies elsewhere, all taken by their own twins, never
    /// the one beside it in the aligned section, and the two were reported dropped and new
    /// among carried neighbours.
    Aligned,
    /// Tasks of two unaligned sections whose parents are aligned with each other, for the
    /// last pass of the context rule (which takes such a pair when each is the other's
    /// closest, a neighbour or their places as the first or last task of their sections
    /// hold them, and their Dice coefficient reaches [`ORPHAN_DISCOUNT`] under the task
    /// threshold): Lai Châu's "c) Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất
    /// đai." and Nghệ An's "3. Chi nhánh Văn phòng đăng ký đất đai trực thuộc …", each a
    /// point of the aligned "Đối tượng áp dụng", had no candidate at all: every word of them
    /// is in too many tasks to be indexed.
    Orphans,
}

/// Scores, at `floor` or more, for the pairs of leftovers of `kind` that the candidate
/// search never scored. Leftovers are few after the matching, so they are scored against
/// each other directly; `None` when there would be more than [`LEFTOVER_BUDGET`] pairs to
/// look at. Side-symmetric: the pairs scored are the same whichever side is old.
#[allow(clippy::too_many_arguments)]
fn leftover_scores(
    kind: Leftovers,
    paired: &[(usize, usize, f64)],
    (old_items, new_items): (&[Item], &[Item]),
    groups: &Groups,
    (old_parent, new_parent): (&[Option<usize>], &[Option<usize>]),
    keep: impl Fn(usize, usize) -> bool,
    similarity: impl Fn(usize, usize) -> f64,
    floor: f64,
) -> Option<Vec<(usize, usize, f64)>> {
    let mut used_o = vec![false; old_items.len()];
    let mut used_n = vec![false; new_items.len()];
    for &(o, n, _) in paired {
        used_o[o] = true;
        used_n[n] = true;
    }
    let orphans = kind == Leftovers::Orphans;
    // Unpaired new tasks by the group of their section (not for orphans, whose sections have
    // none), and by the group of their section's parent (an item's points against an item
    // written in one piece; an orphan's aligned parent).
    let mut by_own: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_parent: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, item) in new_items.iter().enumerate() {
        let own = groups.new_group[item.section];
        if used_n[n] || (orphans && own.is_some()) {
            continue;
        }
        if let Some(g) = own {
            by_own.entry(g).or_default().push(n);
        }
        if let Some(g) = new_parent[item.section].and_then(|p| groups.new_group[p]) {
            by_parent.entry(g).or_default().push(n);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut looked = 0usize;
    for (o, item) in old_items.iter().enumerate() {
        let own = groups.old_group[item.section];
        if used_o[o] || (orphans && own.is_some()) {
            continue;
        }
        let parent = old_parent[item.section].and_then(|p| groups.old_group[p]);
        let lists = if orphans {
            [parent.and_then(|g| by_parent.get(&g)), None, None]
        } else {
            [own.and_then(|g| by_own.get(&g)), own.and_then(|g| by_parent.get(&g)), parent.and_then(|g| by_own.get(&g))]
        };
        let start = pairs.len();
        for n in lists.into_iter().flatten().flatten() {
            looked += 1;
            if looked > LEFTOVER_BUDGET {
                return None;
            }
            if keep(o, *n) {
                pairs.push((o, *n));
            }
        }
        // A task whose section and parent are both aligned with one new section's group may
        // list a task twice: sorted here, the copies sit together (one task's pairs at a time).
        pairs[start..].sort_unstable();
    }
    pairs.dedup();
    Some(pairs.into_iter().map(|(o, n)| (o, n, similarity(o, n))).filter(|x| x.2 >= floor).collect())
}

/// Orphans ([`Leftovers::Orphans`]) are scored down to this much below the task threshold,
/// not as far as pairs in aligned sections: nothing but their parents holds them.
const ORPHAN_DISCOUNT: f64 = 0.1;

/// A pair of tasks below every threshold is still accepted when it is all that two
/// aligned sections hold: two one-line items ("2. Sở Tài chính chủ trì, phối hợp … bố trí
/// kinh phí …" / "3. Sở Tài chính, trên cơ sở đề xuất … bố trí kinh phí …"), or a heading
/// with one sentence under it on both sides. The sections are paired on their own evidence
/// (titles, position among aligned neighbours); reporting their only tasks as dropped and
/// new would contradict that. Only when the two sections are each other's only partner,
/// held by more than their content (`held`: title, position or aligned parents), neither
/// task is paired elsewhere (but in a `stray` pair, which it takes the task from when
/// the two score `stray_floor`, as a pair in context must), the pair is not forbidden,
/// and the tasks share some weighed words ([`SOLE_FLOOR`]).
fn sole_pairs(
    links: &[Link],
    groups: &Groups,
    (old_deep, new_deep): (&[Vec<usize>], &[Vec<usize>]),
    (paired, stray, stray_floor): (&[(usize, usize, f64)], impl Fn(usize, usize, f64) -> bool, f64),
    forbidden: &Forbidden,
    held: impl Fn(usize, usize, &SectionEvidence) -> bool,
    similarity: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    let mut size: HashMap<usize, usize> = HashMap::new();
    for g in groups.old_group.iter().chain(&groups.new_group).flatten() {
        *size.entry(*g).or_default() += 1;
    }
    use std::collections::HashSet;
    // Tasks paired for good (in context, or well over the threshold), and in a stray pair.
    let (mut used_o, mut used_n, mut stray_o, mut stray_n) =
        (HashSet::new(), HashSet::new(), HashSet::new(), HashSet::new());
    for &(o, n, s) in paired {
        let (os, ns) = if stray(o, n, s) { (&mut stray_o, &mut stray_n) } else { (&mut used_o, &mut used_n) };
        os.insert(o);
        ns.insert(n);
    }
    let mut out = Vec::new();
    for (a, b, _, ev) in links {
        let (a, b) = (*a, *b);
        let (Some(g), [o], [n]) = (groups.old_group[a], &old_deep[a][..], &new_deep[b][..]) else { continue };
        if size.get(&g) != Some(&2)
            || !held(a, b, ev)
            || used_o.contains(o)
            || used_n.contains(n)
            || forbidden.contains(&(*o, *n))
        {
            continue;
        }
        let s = similarity(*o, *n);
        // Taking a task from a stray pair asks as much as a pair in context.
        let displaces = stray_o.contains(o) || stray_n.contains(n);
        if s >= SOLE_FLOOR && (!displaces || s >= stray_floor) {
            out.push((*o, *n, s));
        }
    }
    out
}

/// The field a task fills, when it is written "<field>: <value>" ("Cơ quan thực hiện: Sở Nội
/// vụ …", "Thời gian thực hiện: Năm 2025"): its name as the reader tells it
/// ([`crate::repair::field_name`]), lower-cased, when its value has a word.
fn field_key(text: &str) -> Option<String> {
    crate::repair::field_name(text)
        .filter(|(_, value)| value.chars().any(char::is_alphabetic))
        .map(|(name, _)| name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
}

/// Pairs of the same field of two aligned sections: "Cơ quan thực hiện: Sở Nội vụ …" and
/// "Cơ quan thực hiện: Sở Khoa học và Công nghệ …" are the item's agency line, whose value
/// changed, however little their words share. Only when both tasks are left unpaired, the
/// field is filled once in each section, each section has only the other as a candidate
/// with that field, and the pair is not forbidden. Side-symmetric: the rule reads both sides
/// alike.
fn field_pairs(
    (old_keys, new_keys): (&[Option<String>], &[Option<String>]),
    (old_items, new_items): (&[Item], &[Item]),
    paired: &[(usize, usize, f64)],
    forbidden: &Forbidden,
    aligned: impl Fn(usize, usize) -> bool,
    similarity: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    use std::collections::HashSet;
    // (section, field) → its tasks on each side.
    let by_field = |keys: &[Option<String>], items: &[Item]| {
        let mut m: HashMap<(usize, String), Vec<usize>> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            if let Some(k) = k {
                m.entry((items[i].section, k.clone())).or_default().push(i);
            }
        }
        m
    };
    let (old_fields, new_fields) = (by_field(old_keys, old_items), by_field(new_keys, new_items));
    let used_o: HashSet<usize> = paired.iter().map(|p| p.0).collect();
    let used_n: HashSet<usize> = paired.iter().map(|p| p.1).collect();
    let once = |m: &HashMap<(usize, String), Vec<usize>>, sec: usize, k: &str| match m.get(&(sec, k.to_string())) {
        Some(v) if v.len() == 1 => Some(v[0]),
        _ => None,
    };
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for ((_, k), os) in &old_fields {
        let [o] = os[..] else { continue };
        if used_o.contains(&o) {
            continue;
        }
        for ((nsec, nk), ns) in &new_fields {
            if nk != k || ns.len() != 1 || !aligned(o, ns[0]) {
                continue;
            }
            if let Some(n) = once(&new_fields, *nsec, k)
                && !used_n.contains(&n)
                && !forbidden.contains(&(o, n))
            {
                candidates.push((o, n));
            }
        }
    }
    // One candidate per task on each side, or none.
    let mut count_o: HashMap<usize, usize> = HashMap::new();
    let mut count_n: HashMap<usize, usize> = HashMap::new();
    for &(o, n) in &candidates {
        *count_o.entry(o).or_default() += 1;
        *count_n.entry(n).or_default() += 1;
    }
    let mut out: Vec<(usize, usize, f64)> = candidates
        .into_iter()
        .filter(|(o, n)| count_o[o] == 1 && count_n[n] == 1)
        .map(|(o, n)| (o, n, similarity(o, n)))
        .collect();
    out.sort_by_key(|&(o, n, _)| (o, n));
    out
}

/// Copies of one task in one section paired with copies of one task in one section are
/// paired in order, the first copy with the first, as a reader pairs them ("Có từ 15% người
/// dân tộc thiểu số trở lên …;" under a list's "Xã …" and again under its "Tỉnh …"): the
/// matching breaks ties by the distance between positions, which crosses such copies when
/// one document has more tasks before them than the other. The pairs' scores, sections and
/// texts stay what they were; only which copy goes with which changes.
fn uncross_copies(fin: &mut [(usize, usize, f64)], old_items: &[Item], new_items: &[Item]) {
    let mut groups: HashMap<(usize, usize, &str, &str), Vec<usize>> = HashMap::new();
    for (k, &(o, n, _)) in fin.iter().enumerate() {
        let (a, b) = (&old_items[o], &new_items[n]);
        groups.entry((a.section, b.section, a.task.text.as_str(), b.task.text.as_str())).or_default().push(k);
    }
    for ks in groups.values().filter(|ks| ks.len() > 1) {
        let mut os: Vec<usize> = ks.iter().map(|&k| fin[k].0).collect();
        let mut ns: Vec<usize> = ks.iter().map(|&k| fin[k].1).collect();
        os.sort_unstable();
        ns.sort_unstable();
        for (i, &k) in ks.iter().enumerate() {
            (fin[k].0, fin[k].1) = (os[i], ns[i]);
        }
    }
}

/// The effect clauses of the two documents, paired: "Quyết định này có hiệu lực thi hành kể
/// từ ngày ký." and "Quyết định này có hiệu lực theo Quyết định số 4347/QĐ-BVHTTDL …" are one
/// provision (a reader pairs them at once) though they share a third of their words, and
/// two units put them in different articles, so neither the threshold nor the context
/// reaches them. Only when each document states the act's effect once, both tasks are
/// unpaired and the pair is not forbidden; side-symmetric.
fn effect_pairs(
    (old_effect, new_effect): (&[Option<String>], &[Option<String>]),
    paired: &[(usize, usize, f64)],
    forbidden: &Forbidden,
    similarity: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    fn by_kind(keys: &[Option<String>]) -> HashMap<&str, Vec<usize>> {
        let mut m: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            if let Some(k) = k {
                m.entry(k.as_str()).or_default().push(i);
            }
        }
        m
    }
    let (old_kinds, new_kinds) = (by_kind(old_effect), by_kind(new_effect));
    let mut out: Vec<(usize, usize, f64)> = old_kinds
        .iter()
        .filter_map(|(k, os)| match (&os[..], new_kinds.get(k).map(Vec::as_slice)) {
            (&[o], Some(&[n])) => Some((o, n)),
            _ => None,
        })
        .filter(|&(o, n)| !forbidden.contains(&(o, n)) && !paired.iter().any(|&(po, pn, _)| po == o || pn == n))
        .map(|(o, n)| (o, n, similarity(o, n)))
        .collect();
    out.sort_by_key(|&(o, n, _)| (o, n));
    out
}

/// For each task, the scope its section's heading names ([`crate::read::grammar::scope_title`])
/// when it is the first task under that heading ("Điều 2. Đối tượng áp dụng" / "1. Các sở,
/// ban, ngành; UBND các xã, phường …"), unless a statement of its own names one (`stated`):
/// one act lists under the heading what another states in one sentence, "Quy chế này áp
/// dụng đối với UBND các cấp, cơ quan chuyên môn …".
fn scope_headed(
    secs: &[&Section],
    parent: &[Option<usize>],
    items: &[Item],
    stated: &[Option<String>],
) -> Vec<Option<String>> {
    let mut out = vec![None; items.len()];
    let mut done = vec![false; secs.len()];
    // Items are in reading order: a section's first task is the first item met under it.
    for (i, item) in items.iter().enumerate() {
        let mut s = Some(item.section);
        while let Some(x) = s.filter(|&x| !done[x]) {
            done[x] = true;
            if stated[i].is_none()
                && let Some(key) = crate::read::grammar::scope_title(&secs[x].heading)
            {
                out[i] = Some(key.to_string());
            }
            s = parent[x];
        }
    }
    out
}

/// Most pairs of orphan sections [`orphan_twins`] compares in one comparison; past it, none
/// (and the notes say so).
const ORPHAN_TWIN_BUDGET: usize = 200_000;

/// Pairs of orphan sections — sections with tasks and no partner, under parents aligned with
/// each other — that are each other's closest such section by their words as wholes, at
/// least [`SECTION_PROBE`]. Under the section threshold they are not aligned, but their
/// leftovers are each other's context in the orphans' pass: two units write one duty in
/// items of their own cut ("3. Thực hiện quản lý, sử dụng tài khoản thư điện tử công vụ …"
/// under Nghệ An's article on each user's mailbox, "3. Sử dụng hệ thống thư điện tử công vụ
/// …" under Đồng Tháp's article on users' duties), and a month's items differ from the
/// next month's more than their subjects do. Of two equally close, the first. Each holds
/// two tasks at least: a one-task section's words are its task's, so two such sections
/// closest to each other say no more than their tasks do ("Công nhân dịp Tết Nguyên đán
/// Bính ngọ năm 2026.", a fragment, is no twin of "Chuẩn bị các điều kiện bảo đảm Nhân dân
/// đón Tết Nguyên đán …").
fn orphan_twins(
    (old_group, new_group): (&[Option<usize>], &[Option<usize>]),
    (old_parent, new_parent): (&[Option<usize>], &[Option<usize>]),
    (old_deep, new_deep): (&[Vec<usize>], &[Vec<usize>]),
    (old_content, new_content): (&[Features], &[Features]),
    weights: &Weights,
) -> Option<std::collections::HashSet<(usize, usize)>> {
    // An orphan and its parent's group.
    let orphans = |group: &[Option<usize>], parent: &[Option<usize>], deep: &[Vec<usize>]| -> Vec<(usize, usize)> {
        (0..group.len())
            .filter(|&s| group[s].is_none() && deep[s].len() >= 2)
            .filter_map(|s| Some((s, group[parent[s]?]?)))
            .collect()
    };
    let (olds, news) = (orphans(old_group, old_parent, old_deep), orphans(new_group, new_parent, new_deep));
    let mut per_group: HashMap<usize, usize> = HashMap::new();
    for &(_, g) in &news {
        *per_group.entry(g).or_default() += 1;
    }
    if olds.iter().map(|(_, g)| per_group.get(g).copied().unwrap_or(0)).sum::<usize>() > ORPHAN_TWIN_BUDGET {
        return None;
    }
    // Each orphan's closest: (score, other); on a tie, the first.
    let mut best_o: HashMap<usize, (f64, usize)> = HashMap::new();
    let mut best_n: HashMap<usize, (f64, usize)> = HashMap::new();
    for &(a, ga) in &olds {
        for &(b, _) in news.iter().filter(|x| x.1 == ga) {
            let c = features::blended(&old_content[a], &new_content[b], weights, 0.9);
            let e = best_o.entry(a).or_insert((c, b));
            if c > e.0 {
                *e = (c, b);
            }
            let e = best_n.entry(b).or_insert((c, a));
            if c > e.0 {
                *e = (c, a);
            }
        }
    }
    Some(
        best_o
            .into_iter()
            .filter(|&(a, (c, b))| c >= SECTION_PROBE && best_n.get(&b).is_some_and(|x| x.1 == a))
            .map(|(a, (_, b))| (a, b))
            .collect(),
    )
}

/// Two leftovers of two twin or bound items pair down to this similarity when each is the
/// other's closest among the two items' leftovers ([`item_pairs`]). Measured on every audit
/// at 0.1, 0.12, 0.15, 0.18 and 0.2: tasks +11, +15, +17, +11, +6.
const ITEM_FLOOR: f64 = 0.15;

/// Most pairs of tasks [`item_pairs`] scores in one comparison; past it, none (and the notes
/// say so).
const ITEM_BUDGET: usize = 200_000;

/// In two items whose order says nothing and whose subjects agree — twin orphans
/// ([`orphan_twins`]) or bound items ([`bound_items`]) — the tasks left over are read against
/// each other alone: each unit words a month's duty its own way, too far apart for any task
/// of the other side to be its closest, but within the two items the duty on dams and
/// reservoirs ("Tiếp tục kiểm tra, đánh giá hiện trạng đập, hồ chứa nước, … phòng, chống cháy
/// rừng") has the other's forest-fire inspection as its closest, and that one it (0.19),
/// Tam Thanh's and Quốc Khánh's agriculture items. Two leftovers each the other's only
/// closest among the two items' leftovers (a tie pairs neither) pair when they reach
/// `floor` ([`ITEM_FLOOR`] there); the pairs made, the rest are read again, until none is
/// made. All the mutual closest of a round are taken at once, so the result does not depend
/// on which side is old. The same reading serves the rows of two aligned procedures
/// ([`row_pairs`]). Only the leftovers that `read` accepts are read, and pairs that `allowed`
/// accepts made. `None` when the items hold more than [`ITEM_BUDGET`] pairs of leftovers.
fn item_pairs(
    items: &[(usize, usize)],
    (old_items, new_items): (&[Item], &[Item]),
    paired: &[(usize, usize, f64)],
    (read, allowed): (impl Fn(&Item) -> bool, impl Fn(usize, usize) -> bool),
    similarity: impl Fn(usize, usize) -> f64,
    floor: f64,
) -> Option<Vec<(usize, usize, f64)>> {
    use std::collections::HashSet;
    if items.is_empty() {
        return Some(Vec::new());
    }
    let used_o: HashSet<usize> = paired.iter().map(|p| p.0).collect();
    let used_n: HashSet<usize> = paired.iter().map(|p| p.1).collect();
    let wanted_o: HashSet<usize> = items.iter().map(|p| p.0).collect();
    let wanted_n: HashSet<usize> = items.iter().map(|p| p.1).collect();
    // Each item's leftovers of the kind read, in order.
    let leftovers = |list: &[Item], used: &HashSet<usize>, wanted: &HashSet<usize>| {
        let mut m: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, item) in list.iter().enumerate() {
            if wanted.contains(&item.section) && !used.contains(&i) && read(item) {
                m.entry(item.section).or_default().push(i);
            }
        }
        m
    };
    let (old_left, new_left) = (leftovers(old_items, &used_o, &wanted_o), leftovers(new_items, &used_n, &wanted_n));
    let none = Vec::new();
    let cells: usize = items
        .iter()
        .map(|(a, b)| old_left.get(a).unwrap_or(&none).len() * new_left.get(b).unwrap_or(&none).len())
        .sum();
    if cells > ITEM_BUDGET {
        return None;
    }
    let mut out = Vec::new();
    let (mut taken_o, mut taken_n) = (HashSet::new(), HashSet::new());
    for (a, b) in items {
        let (os, ns) = (old_left.get(a).unwrap_or(&none), new_left.get(b).unwrap_or(&none));
        // The two items' similarities, worked out once: (old, new, similarity) for each
        // allowed pair at the floor.
        let mut sims: Vec<(usize, usize, f64)> = os
            .iter()
            .flat_map(|&o| ns.iter().map(move |&n| (o, n)))
            .filter(|&(o, n)| allowed(o, n))
            .map(|(o, n)| (o, n, similarity(o, n)))
            .filter(|x| x.2 >= floor)
            .collect();
        loop {
            let free = |x: &&(usize, usize, f64)| !taken_o.contains(&x.0) && !taken_n.contains(&x.1);
            // Each free leftover's best score and how many reach it.
            let mut best_o: HashMap<usize, (f64, usize)> = HashMap::new();
            let mut best_n: HashMap<usize, (f64, usize)> = HashMap::new();
            for &(o, n, s) in sims.iter().filter(free) {
                for (m, k) in [(&mut best_o, o), (&mut best_n, n)] {
                    let e = m.entry(k).or_insert((s, 0));
                    if s > e.0 {
                        *e = (s, 1);
                    } else if s == e.0 {
                        e.1 += 1;
                    }
                }
            }
            let round: Vec<(usize, usize, f64)> = sims
                .iter()
                .filter(free)
                .filter(|&&(o, n, s)| best_o[&o] == (s, 1) && best_n[&n] == (s, 1))
                .copied()
                .collect();
            if round.is_empty() {
                break;
            }
            for &(o, n, _) in &round {
                taken_o.insert(o);
                taken_n.insert(n);
            }
            out.extend(round);
            // (Each round reads only the pairs still free.)
            sims.retain(|x| !taken_o.contains(&x.0) && !taken_n.contains(&x.1));
        }
    }
    Some(out)
}

/// Pairs of aligned sections that carried at least half their tasks between them (the share
/// at which two sections without partners are one, [`section_pieces`]): one item written
/// twice, whose leftovers are its duties reworded, read item against item as the leftovers
/// of twin and bound items are ([`item_pairs`]): Tam Thanh's December and February items on
/// discipline and citizens, "Tiếp tục thực hiện công tác phòng, chống tham nhũng, …" / "Đẩy
/// mạnh thực hiện các giải pháp phòng ngừa tham nhũng, …" (0.23), and on defence, "Hoàn
/// thành công tác tuyển quân năm 2026." / "Tổ chức Lễ giao nhận quân năm 2026, …" (0.19);
/// two e-mail rules' clauses on the communes' addresses, "<tên đầy đủ của UBND cấp xã viết
/// liền, không dấu>@nghean.gov.vn;" / "Hộp thư điện tử công vụ của các xã, phường đặt theo
/// cấu trúc sau: …" (0.22). Not in every aligned item: two units' items on one subject,
/// aligned on a few carried tasks, list duties of their own (read so in every aligned
/// untitled item, the audits lost ten calls in two units' programmes, `hZ` pairs 1 and 2,
/// for thirteen won). Each pair's two items are each other's only such item. Side-symmetric.
fn same_items(
    groups: &Groups,
    (old_items, new_items): (&[Item], &[Item]),
    paired: &[(usize, usize, f64)],
) -> Vec<(usize, usize)> {
    let mut carried: HashMap<(usize, usize), usize> = HashMap::new();
    for &(o, n, _) in paired {
        *carried.entry((old_items[o].section, new_items[n].section)).or_default() += 1;
    }
    let own = |items: &[Item], n_secs: usize| {
        let mut count = vec![0usize; n_secs];
        for i in items {
            count[i.section] += 1;
        }
        count
    };
    let (old_own, new_own) = (own(old_items, groups.old_group.len()), own(new_items, groups.new_group.len()));
    // The two items' carried tasks (each pair carries one of each side), at least half of
    // their tasks together; only two items of one entry.
    let mut out: Vec<(usize, usize)> = carried
        .into_iter()
        .filter(|&((a, b), c)| {
            groups.old_group[a].is_some()
                && groups.old_group[a] == groups.new_group[b]
                && 2 * (c + c) >= old_own[a] + new_own[b]
        })
        .map(|(pair, _)| pair)
        .collect();
    out.sort_unstable();
    // Each the other's only such item, so no leftover is read in two pairs (whose order would
    // then depend on which side is old).
    let mut count_o: HashMap<usize, usize> = HashMap::new();
    let mut count_n: HashMap<usize, usize> = HashMap::new();
    for &(a, b) in &out {
        *count_o.entry(a).or_default() += 1;
        *count_n.entry(b).or_default() += 1;
    }
    out.retain(|(a, b)| count_o[a] == 1 && count_n[b] == 1);
    out
}

/// Whether a task is a row of a table (its cells joined by " | "), as the reader writes one.
fn is_row(item: &Item) -> bool {
    item.task.text.contains(" | ")
}

/// In aligned sections, their table rows left over pair as the leftovers of two held items
/// do ([`item_pairs`]), each the other's only closest among the rows of the sections aligned
/// with each other, down to `floor` (the context floor): two provinces write one
/// procedure's steps each in its own words, and the same steps recur under every procedure
/// of the decision, so a row's closest over the whole document is often a copy under another
/// procedure, never the row beside it in the aligned one (Đồng Nai's "Ký duyệt hồ sơ trình
/// Lãnh đạo UBND tỉnh | Lãnh đạo Sở Khoa học và Công nghệ | 1 ngày" and Lạng Sơn's "Ký duyệt
/// Tờ trình | Lãnh đạo Sở | 02 ngày", 0.42, under the same procedure for science and
/// technology enterprises). Rows only: a procedure's table keeps its steps together, where a
/// programme's prose duties stand among other duties (read so in every aligned untitled
/// item, prose lost six calls of the audits; only an item written twice is, [`same_items`]).
/// The sections of one entry (a group) are read as one, so the pairs do not depend on which
/// side is old. `None` past [`ITEM_BUDGET`].
fn row_pairs<'a>(
    groups: &Groups,
    (old_items, new_items): (&[Item<'a>], &[Item<'a>]),
    paired: &[(usize, usize, f64)],
    allowed: impl Fn(usize, usize) -> bool,
    similarity: impl Fn(usize, usize) -> f64,
    floor: f64,
) -> Option<Vec<(usize, usize, f64)>> {
    // Each task filed under its section's group (tasks of sections without one, under a
    // group no section has); the groups are the items read.
    let by_group = |items: &[Item<'a>], group: &[Option<usize>]| -> Vec<Item<'a>> {
        let none = groups.count;
        let at = |i: &Item| group[i.section].unwrap_or(none);
        items.iter().map(|i| Item { section: at(i), number: i.number, task: i.task, path: i.path }).collect()
    };
    let (olds, news) = (by_group(old_items, &groups.old_group), by_group(new_items, &groups.new_group));
    let aligned: Vec<(usize, usize)> = (0..groups.count).map(|g| (g, g)).collect();
    item_pairs(&aligned, (&olds, &news), paired, (is_row, allowed), similarity, floor)
}

/// Most times the orphans' pass runs, each time with the items its pairs bound
/// ([`bound_items`]): of the 260 regression pairs (the audits, the fixtures, random pairs
/// of real acts), 7 bind more in a second round and none in a third.
const BOUND_ROUNDS: usize = 3;

/// Pairs of untitled items (a work programme's "1. Tăng cường công tác chỉ đạo …" over its
/// duties) of which one has no partner and carried every task it carried to the other, or
/// took every one it took from it: the other unit wrote that item's duties into an item of
/// its own cut, aligned elsewhere or with no partner either (Tam Thanh's December item on
/// discipline, citizens' reception and corruption sent its carried task to Cao Lộc's item
/// on the market and citizens' reception, aligned with Tam Thanh's item on the market).
/// Such two hold their leftovers for the orphans' pass, as twin orphans do
/// ([`orphan_twins`]). `carried`: the sections (old, new) of each pair made so far.
fn bound_items(
    carried: &[(usize, usize)],
    (old_group, new_group): (&[Option<usize>], &[Option<usize>]),
    (old_untitled, new_untitled): (&[bool], &[bool]),
) -> std::collections::HashSet<(usize, usize)> {
    use std::collections::HashSet;
    let mut to_new: HashMap<usize, HashSet<usize>> = HashMap::new();
    let mut to_old: HashMap<usize, HashSet<usize>> = HashMap::new();
    for &(a, b) in carried {
        to_new.entry(a).or_default().insert(b);
        to_old.entry(b).or_default().insert(a);
    }
    carried
        .iter()
        .copied()
        .filter(|&(a, b)| old_untitled[a] && new_untitled[b])
        .filter(|&(a, b)| {
            (old_group[a].is_none() && to_new[&a].len() == 1) || (new_group[b].is_none() && to_old[&b].len() == 1)
        })
        .collect()
}

/// A task's partner on the other side and their similarity, if it has one.
type Partner = Option<(usize, f64)>;

/// A task left over as a piece of a task of the other side: (new piece, old task) or (old
/// piece, new task).
enum Piece {
    Split(usize, usize),
    Merged(usize, usize),
}

/// The act's effect clause left over on one side while the other side's opens a task that
/// goes on to what the act replaces, paired elsewhere ("Quyết định này có hiệu lực kể từ
/// ngày ban hành; thay thế Danh mục … tại Quyết định số 1740/QĐ-UBND" carried to the other
/// side's own clause on the list it replaces, and "Quyết định này có hiệu lực kể từ ngày ký
/// ban hành." new): the leftover is that task's piece, split from it or merged into it.
/// Each act states its entry into force once ([`effect_pairs`]), so the two statements are
/// the same clause however each unit joined it to the next; only when each side has one,
/// of the same act, and the paired task's partner is no such statement itself. `effect`:
/// each task's act, as [`crate::read::grammar::effect_key`] reads it.
fn effect_piece(
    (old_items, new_items): (&[Item], &[Item]),
    (old_effect, new_effect): (&[Option<String>], &[Option<String>]),
    (old_to_new, new_to_old): (&[Partner], &[Partner]),
    forbidden: &Forbidden,
) -> Option<Piece> {
    fn only(keys: &[Option<String>]) -> Option<(usize, &str)> {
        let mut found = keys.iter().enumerate().filter_map(|(i, k)| Some((i, k.as_deref()?)));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }
    let ((o, old_kind), (n, new_kind)) = (only(old_effect)?, only(new_effect)?);
    if old_kind != new_kind || forbidden.contains(&(o, n)) {
        return None;
    }
    // The statement goes on to what the act replaces or repeals ("…; thay thế …", "… và
    // bãi bỏ …"), the part that paired it with the other side's clause on that.
    let clauses = |t: &str| {
        let t = t.to_lowercase();
        t.contains("; ") || t.contains(" thay thế") || t.contains(" bãi bỏ")
    };
    match (old_to_new[o], new_to_old[n]) {
        (Some((partner, _)), None) if clauses(&old_items[o].task.text) && new_effect[partner].is_none() => {
            Some(Piece::Split(n, o))
        }
        (None, Some((partner, _))) if clauses(&new_items[n].task.text) && old_effect[partner].is_none() => {
            Some(Piece::Merged(o, n))
        }
        _ => None,
    }
}

/// The least similarity of the only tasks of two aligned sections that [`sole_pairs`]
/// accepts: some weighed words shared, not none.
const SOLE_FLOOR: f64 = 0.1;

/// A pair out of its tasks' context scoring under this gives way to a pair of sole tasks
/// (see [`sole_pairs`]): barely over the task threshold, words shared by chance or by one
/// phrase of a longer sentence.
const STRAY_CEILING: f64 = 0.55;

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

/// Each section's tasks' features merged, its descendants' included: the merge of the
/// tasks [`deep_tasks`] gives it, built bottom-up so that a task is not merged again for
/// every ancestor. A task counts for its section and for the first section of every
/// shorter prefix of that section's path; so a section's tasks are its own and those
/// counted for each section whose nearest such prefix section it is (a merge depends only
/// on the features merged, not on their grouping).
fn section_contents(secs: &[&Section], items: &[Item], feats: &[Features]) -> Vec<Features> {
    let mut by_path: HashMap<&[String], usize> = HashMap::new();
    for (si, s) in secs.iter().enumerate() {
        by_path.entry(&s.path[..]).or_insert(si);
    }
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); secs.len()];
    for (ti, it) in items.iter().enumerate() {
        own[it.section].push(ti);
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); secs.len()];
    for (si, s) in secs.iter().enumerate() {
        if let Some(up) = (1..s.path.len()).rev().find_map(|k| by_path.get(&s.path[..k]).copied()) {
            children[up].push(si);
        }
    }
    // Longer paths first: a section's children are done before it.
    let mut order: Vec<usize> = (0..secs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(secs[i].path.len()));
    let mut out: Vec<Option<Features>> = vec![None; secs.len()];
    for si in order {
        let merged = Features::merge(
            own[si].iter().map(|&t| &feats[t]).chain(children[si].iter().filter_map(|&c| out[c].as_ref())),
        );
        out[si] = Some(merged);
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// An aligned section pair: (old section, new section, similarity, evidence).
type Link = (usize, usize, f64, SectionEvidence);

/// What sections contain, for comparing them as wholes: a section split in two keeps
/// its vocabulary even when no single task survives the rewording.
struct SectionContent<'a> {
    old: Vec<Features>,
    new: Vec<Features>,
    weights: &'a Weights,
    scores: &'a [(usize, usize, f64)],
}

/// Both documents' sections and the tasks each holds (its descendants' included).
struct Sides<'a, 'b> {
    old_secs: &'a [&'b Section],
    new_secs: &'a [&'b Section],
    old_deep: &'a [Vec<usize>],
    new_deep: &'a [Vec<usize>],
    /// Whether each section's title is the lead of a one-line item, not a heading.
    old_lead: &'a [bool],
    new_lead: &'a [bool],
    /// Each section's parent section ([`parents`]).
    old_parent: &'a [Option<usize>],
    new_parent: &'a [Option<usize>],
    /// Each section's title, if any.
    old_titles: &'a [Option<Title>],
    new_titles: &'a [Option<Title>],
}

/// Task pairs this similar make their sections worth comparing as wholes.
const SECTION_PROBE: f64 = 0.2;

/// Added to a section pair with some evidence that sits between aligned neighbours.
const POSITION_BONUS: f64 = 0.15;

/// How many times the position pass runs, each reaching one level further down the outline.
const POSITION_PASSES: usize = 6;

/// A section's ancestors, nearest first ([`parents`]).
fn ancestors(parent: &[Option<usize>], s: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(parent[s], |&a| parent[a])
}

/// Whether each section has sections under it (the others are leaves).
fn inner(parent: &[Option<usize>]) -> Vec<bool> {
    let mut inner = vec![false; parent.len()];
    parent.iter().flatten().for_each(|&p| inner[p] = true);
    inner
}

/// The parent of every section (the section whose path is its path minus the last
/// number), by index.
fn parents(secs: &[&Section]) -> Vec<Option<usize>> {
    let by_path: HashMap<&[String], usize> = secs.iter().enumerate().map(|(i, s)| (&s.path[..], i)).collect();
    secs.iter().map(|s| by_path.get(&s.path[..s.path.len().saturating_sub(1)]).copied()).collect()
}

/// For every section, the nearest earlier and the nearest later sibling (same parent path)
/// that is aligned, by index; and its parent section, by index.
struct Anchors {
    prev: Vec<Option<usize>>,
    next: Vec<Option<usize>>,
    parent: Vec<Option<usize>>,
}

impl Anchors {
    fn of(secs: &[&Section], parent: &[Option<usize>], aligned: &std::collections::HashSet<usize>) -> Anchors {
        let n = secs.len();
        let parent_path = |i: usize| &secs[i].path[..secs[i].path.len().saturating_sub(1)];
        let mut prev = vec![None; n];
        let mut next = vec![None; n];
        let mut last: HashMap<&[String], usize> = HashMap::new();
        for (i, p) in prev.iter_mut().enumerate() {
            *p = last.get(parent_path(i)).copied();
            if aligned.contains(&i) {
                last.insert(parent_path(i), i);
            }
        }
        last.clear();
        for i in (0..n).rev() {
            next[i] = last.get(parent_path(i)).copied();
            if aligned.contains(&i) {
                last.insert(parent_path(i), i);
            }
        }
        Anchors { prev, next, parent: parent.to_vec() }
    }
}

/// Section pairs that correspond, with their evidence ([`SectionEvidence`]): a pair is
/// aligned when its similarity reaches the section threshold and it is the best partner
/// of at least one of its two sections (so a split or merge shows, but a section that
/// merely mentions another's topic does not chain two unrelated pairs together).
fn section_links(
    sides: &Sides,
    first: &[(usize, usize, f64)],
    old_mass: &[f64],
    new_mass: &[f64],
    content: &SectionContent,
    titles: &[(usize, usize, f64)],
    settings: &MatchSettings,
) -> Vec<Link> {
    let Sides {
        old_secs,
        new_secs,
        old_deep,
        new_deep,
        old_lead,
        new_lead,
        old_parent,
        new_parent,
        old_titles,
        new_titles,
    } = *sides;
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
    let mut shared: PairMap<f64> = PairMap::default();
    for &(o, n, s) in first {
        let m = s * (old_mass[o] + new_mass[n]) / 2.0;
        for &a in &old_holders[o] {
            for &b in &new_holders[n] {
                *shared.entry((a, b)).or_default() += m;
            }
        }
    }
    // Section pairs whose tasks resemble each other somewhat are also compared as wholes:
    // for each task, old or new, its three closest partners at or above the probe level
    // (from both sides, so that comparing B with A compares the same section pairs).
    let probes: Vec<(usize, usize, f64)> = content.scores.iter().copied().filter(|x| x.2 >= SECTION_PROBE).collect();
    let mut probe_pairs: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for side_old in [true, false] {
        // (this side's task, the other side's task, score)
        let mut by_task: Vec<(usize, usize, f64)> =
            probes.iter().map(|&(o, n, s)| if side_old { (o, n, s) } else { (n, o, s) }).collect();
        by_task.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.total_cmp(&a.2)).then(a.1.cmp(&b.1)));
        let (mut taken, mut last) = (0, usize::MAX);
        for &(t, u, _) in &by_task {
            if t != last {
                (last, taken) = (t, 0);
            }
            taken += 1;
            if taken > 3 {
                continue;
            }
            probe_pairs.insert(if side_old { (t, u) } else { (u, t) });
        }
    }
    for &(o, n) in &probe_pairs {
        for &a in &old_holders[o] {
            for &b in &new_holders[n] {
                shared.entry((a, b)).or_default();
            }
        }
    }
    let title_of: PairMap<f64> = titles.iter().map(|&(a, b, h)| ((a, b), h)).collect();
    for &(a, b, _) in titles {
        shared.entry((a, b)).or_default();
    }
    let sec_mass = |deep: &[Vec<usize>], mass: &[f64], i: usize| deep[i].iter().map(|&t| mass[t]).sum::<f64>();
    let leaves = |parent: &[Option<usize>]| inner(parent).into_iter().map(|i| !i).collect::<Vec<bool>>();
    let (old_leaf, new_leaf) = (leaves(old_parent), leaves(new_parent));
    // Two leaves a level apart, kept aside unscored until the links they need are known
    // (see below).
    let mut offset_keys: Vec<((usize, usize), f64)> = Vec::new();
    let mut keys: Vec<_> = shared.into_iter().collect();
    keys.sort_unstable_by_key(|k| k.0);
    let score = |a: usize, b: usize, m: f64| -> Link {
        let total = sec_mass(old_deep, old_mass, a) + sec_mass(new_deep, new_mass, b);
        let tasks = if total > 0.0 { (2.0 * m / total).min(1.0) } else { 0.0 };
        let whole = features::blended(&content.old[a], &content.new[b], content.weights, 0.9);
        let ev = SectionEvidence { title: title_of.get(&(a, b)).copied(), tasks, content: whole, position: 0.0 };
        let both_have_tasks = !old_deep[a].is_empty() && !new_deep[b].is_empty();
        (a, b, evidence_score(&ev, both_have_tasks), ev)
    };
    let debug = std::env::var_os("SOSANH_DEBUG_SCORES").is_some();
    let show = |links: &[Link]| {
        for &(a, b, s, ev) in links.iter().filter(|_| debug) {
            eprintln!("SEC {:?} {:?} {s:.3} {ev:?}", old_secs[a].path, new_secs[b].path);
        }
    };
    let mut scored: Vec<Link> = Vec::new();
    for ((a, b), m) in keys {
        // Only sections of comparable depth are linked (a part to a part, an item to an item).
        if old_secs[a].kind.rank() == new_secs[b].kind.rank() || old_secs[a].path.len() == new_secs[b].path.len() {
            scored.push(score(a, b, m));
        } else if old_secs[a].path.len().abs_diff(new_secs[b].path.len()) == 1 {
            offset_keys.push(((a, b), m));
        }
    }
    show(&scored);
    let joined = joined_titles(old_secs, new_secs, old_parent, new_parent);
    let mut links = select(&scored, settings.section_threshold, old_secs, new_secs, &joined);
    // A heading paired with a one-line item's lead on these titles alone, when the two
    // items' parents are both aligned but each with another section, contradicts its
    // parents: Bắc Ninh's definition "4. Hộp thư điện tử công vụ cá nhân: Là …" (article 2,
    // aligned with Ninh Bình's article 2) is not Ninh Bình's "3. Địa chỉ hộp thư điện tử
    // công vụ cá nhân" of the article on address formats (aligned with Bắc Ninh's article
    // 5), though one title holds the other: a lead names what the line is about, often a
    // term, not an item. Kept only when the titles are the same. (Two headings keep such
    // a pair: "Đề nghị Ủy ban Mặt trận Tổ quốc …" is the same request wherever a plan
    // puts it.)
    {
        let (partners, old_linked, new_linked) = link_sets(&links);
        let contradicts = |a: usize, b: usize| match (old_parent[a], new_parent[b]) {
            (Some(pa), Some(pb)) => {
                old_linked.contains(&pa) && new_linked.contains(&pb) && !partners.contains(&(pa, pb))
            }
            _ => false,
        };
        let title_only = |a: usize, b: usize, ev: &SectionEvidence| {
            (old_lead[a] || new_lead[b])
                && ev.title.is_some_and(|h| h < SAME_TITLE)
                && ev.tasks < settings.section_threshold
                && ev.content < settings.section_threshold
        };
        // Or paired on their words alone, no title agreeing and no task paired, under parents
        // not aligned with each other (the words of a stock phrase: a Sở Tư pháp's "2. Hướng
        // dẫn, kiểm tra … các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh …" under its duty
        // on legal affairs, and a Sở Nội vụ's "a) … các cơ quan chuyên môn thuộc Ủy ban nhân
        // dân tỉnh …" under its duty on administrative reform, 0.38) …
        let words_apart = |a: usize, b: usize, ev: &SectionEvidence| {
            ev.title.is_none()
                && ev.tasks == 0.0
                && match (old_parent[a], new_parent[b]) {
                    (Some(pa), Some(pb)) => !partners.contains(&(pa, pb)),
                    _ => false,
                }
        };
        // … unless tasks of theirs pair on their own words, above the task threshold: that
        // is evidence the first matching may have spent elsewhere ("Ngăn chặn thư rác …" and
        // "Phát tán thư rác …" of two articles on e-mail, 0.56). Those task pairs are looked
        // up among the candidates of the few links in question only.
        let asked: Vec<(usize, usize)> =
            links.iter().filter(|l| words_apart(l.0, l.1, &l.3)).map(|l| (l.0, l.1)).collect();
        let strong: std::collections::HashSet<(usize, usize)> = if asked.is_empty() {
            Default::default()
        } else {
            let olds: std::collections::HashSet<usize> =
                asked.iter().flat_map(|p| old_deep[p.0].iter().copied()).collect();
            let news: std::collections::HashSet<usize> =
                asked.iter().flat_map(|p| new_deep[p.1].iter().copied()).collect();
            content
                .scores
                .iter()
                .filter(|x| x.2 >= settings.task_threshold && olds.contains(&x.0) && news.contains(&x.1))
                .map(|x| (x.0, x.1))
                .collect()
        };
        let tasks_pair =
            |a: usize, b: usize| old_deep[a].iter().any(|&o| new_deep[b].iter().any(|&n| strong.contains(&(o, n))));
        links.retain(|&(a, b, _, ev)| {
            !(title_only(a, b, &ev) && contradicts(a, b) || words_apart(a, b, &ev) && !tasks_pair(a, b))
        });
    }

    // Items a level apart: one unit lists an article's duties as its clauses ("7. Xây dựng
    // và thực hiện kế hoạch bồi dưỡng …"), another groups them under one clause as points
    // ("1. Trách nhiệm của Sở …" / "b) Xây dựng và thực hiện kế hoạch bồi dưỡng …"). Two
    // leaves a level apart are aligned when the shallower one's parent is aligned with the
    // deeper one's grandparent, neither leaf is aligned yet, the pair reaches the threshold
    // and each is the other's best such partner.
    //
    // With `groups`, the same for two sections a level apart that are not both leaves: one
    // unit gives each agency an article ("Điều 13. Trách nhiệm của Công an Tỉnh" with its
    // clauses), another a clause of one article on all agencies ("Điều 15. Trách nhiệm các
    // cơ quan, đơn vị" / "4. Công an tỉnh." with its points). Only when the deeper one's
    // parent (the article on all agencies) has no partner of its own and the titles agree
    // (`TITLE_FLOOR`): the contents of such sections are alike across many pairs (the steps
    // of one procedure and another's), so words alone would pair groups that are not.
    // A group pair is taken only when it is better than anything either section could have
    // at its own level, a place among neighbours included: Hồ Chí Minh City's item "1. Phổ
    // biến, giáo dục Luật Việc làm" is Lai Châu's item 1 by position, not its "3.1" on the
    // same subject.
    let outdoes_its_level = |l: &Link,
                             old_linked: &std::collections::HashSet<usize>,
                             new_linked: &std::collections::HashSet<usize>,
                             scored: &[Link]| {
        scored.iter().all(|x| {
            let rival = (x.0 == l.0 && !new_linked.contains(&x.1)) || (x.1 == l.1 && !old_linked.contains(&x.0));
            !rival || x.2 + POSITION_BONUS < l.2
        })
    };
    let offset_step = |links: &mut Vec<Link>, groups: bool, top_leaves: bool, scored: &[Link]| -> Vec<Link> {
        let (partners, old_linked, new_linked) = link_sets(links);
        let up = |parent: &[Option<usize>], i: usize, levels: usize| (0..levels).try_fold(i, |x, _| parent[x]);
        let under_aligned = |a: usize, b: usize| {
            let (da, db) = (old_secs[a].path.len(), new_secs[b].path.len());
            let (pa, pb) = if da < db {
                (up(old_parent, a, 1), up(new_parent, b, 2))
            } else {
                (up(old_parent, a, 2), up(new_parent, b, 1))
            };
            // (Or, for groups, both at the top: an act without chapters whose article "Điều 3.
            // Nguyên tắc phối hợp" is the other's clause "1. Nguyên tắc phối hợp" of its
            // article 2. Leaves only after the position pass (`top_leaves`, and then only
            // those): with no aligned parents to hold them, a decision's clause "3. Chánh Văn
            // phòng …" would take the other's article 2 that its words resemble, and the
            // articles 1, 2 and 3 of both would lose the places that pair them.)
            let top = (groups || top_leaves) && da.min(db) == 1;
            if top_leaves {
                return top && pa.is_none() && pb.is_none();
            }
            matches!((pa, pb), (Some(x), Some(y)) if partners.contains(&(x, y)))
                || (top && pa.is_none() && pb.is_none())
                // Or their parents aligned with each other, a level apart themselves: one act
                // lists who it applies to as points of a clause ("2. Đối tượng áp dụng" / "d)
                // Các cơ quan, tổ chức, cá nhân khác có liên quan."), the other as clauses of an
                // article ("Điều 2. Đối tượng áp dụng" / "8. Các tổ chức, cá nhân khác …").
                || (!groups
                    && matches!((old_parent[a], new_parent[b]), (Some(x), Some(y)) if partners.contains(&(x, y))))
        };
        // Groups are items (articles, clauses, points, numbered items), not parts, chapters or
        // an attachment's lettered groups ("B. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ"): a
        // chapter against an article is another difference of layout.
        let item = |a: usize, b: usize| !outer(old_secs[a].kind) && !outer(new_secs[b].kind);
        // The deeper one's parent has no partner, or only siblings of the shallower one (the
        // article on all agencies taken by one agency's article, for its title or place), or
        // the shallower one itself: a clause holding its point's words ("2. Hình thức, phương
        // pháp phối hợp" over "b) Lấy ý kiến trực tiếp tại cuộc họp …") was aligned on them
        // with the other act's clause of the point's title ("2. Lấy ý kiến trực tiếp tại cuộc
        // họp …"), which the point takes only under the same title (`displaces`).
        let deeper_parent_free = |a: usize, b: usize| {
            let sibling_or_self = |x: usize, y: usize, parent: &[Option<usize>]| x == y || parent[x] == parent[y];
            if old_secs[a].path.len() > new_secs[b].path.len() {
                old_parent[a]
                    .is_some_and(|p| links.iter().filter(|l| l.0 == p).all(|l| sibling_or_self(l.1, b, new_parent)))
            } else {
                new_parent[b]
                    .is_some_and(|p| links.iter().filter(|l| l.1 == p).all(|l| sibling_or_self(l.0, a, old_parent)))
            }
        };
        // A group pair under the same title takes a section already aligned at its own level
        // on content alone when it outdoes that link by the position bonus: Lai Châu's clause
        // "2. Đối tượng áp dụng" of its article on scope is Nghệ An's article "Điều 2. Đối
        // tượng áp dụng", not the one clause of it ("4. Ủy ban nhân dân các xã, phường") its
        // words went to first.
        // (A link the position pass made is held at its score without the bonus, which the
        // comparison adds back: the place is not counted twice.)
        let held = |linked: &std::collections::HashSet<usize>, old_side: bool, i: usize| -> Option<f64> {
            linked.contains(&i).then(|| {
                links
                    .iter()
                    .filter(|x| if old_side { x.0 == i } else { x.1 == i })
                    .map(|x| x.2 - x.3.position)
                    .fold(0.0, f64::max)
            })
        };
        let displaces = |l: &Link| {
            let beaten = |h: Option<f64>| h.is_none_or(|h| h + POSITION_BONUS < l.2);
            let outdone = beaten(held(&old_linked, true, l.0)) && beaten(held(&new_linked, false, l.1));
            // Two leaves whose tasks went to each other take a section aligned at its own level
            // on words alone, when they outdo it by the position bonus: the point "d) Các cơ
            // quan, tổ chức, cá nhân khác có liên quan." is the other act's clause "8. Các tổ
            // chức, cá nhân khác có liên quan." (0.89), not a point of another article that
            // mentions the same parties (content 0.45, no task of it paired there).
            let on_words_alone = links.iter().filter(|x| x.0 == l.0 || x.1 == l.1).all(|x| x.3.tasks == 0.0);
            let by_tasks =
                !groups && l.3.tasks >= settings.section_threshold && l.3.tasks >= l.3.content && on_words_alone;
            outdone && (by_tasks || (groups && l.3.title.is_some_and(|h| h >= SAME_TITLE)))
        };
        let candidates: Vec<Link> = offset_keys
            .iter()
            // (The cheap tests first: the titles of a group pair are looked up, not scored.)
            .filter(|&&((a, b), _)| !groups || title_of.get(&(a, b)).is_some_and(|&h| h >= TITLE_FLOOR))
            .filter(|&&((a, b), _)| under_aligned(a, b))
            .filter(|&&((a, b), _)| {
                (old_leaf[a] && new_leaf[b]) != groups && (!groups || item(a, b) && deeper_parent_free(a, b))
            })
            .map(|&((a, b), m)| score(a, b, m))
            .filter(|l| (!old_linked.contains(&l.0) && !new_linked.contains(&l.1)) || displaces(l))
            .filter(|l| !groups || outdoes_its_level(l, &old_linked, &new_linked, scored))
            .collect();
        show(&candidates);
        let candidates: Vec<Link> = candidates.into_iter().filter(|l| l.2 >= settings.section_threshold).collect();
        let best =
            |l: &Link| candidates.iter().all(|x| (x.0 != l.0 && x.1 != l.1) || (x.0, x.1) == (l.0, l.1) || x.2 < l.2);
        let picked: Vec<Link> = candidates.iter().filter(|l| best(l)).copied().collect();
        links.retain(|x| !picked.iter().any(|p| x.0 == p.0 || x.1 == p.1));
        links.extend(picked.iter().copied());
        picked
    };
    offset_step(&mut links, false, false, &scored);
    // Groups a level apart; the children of the groups aligned are then compared whatever
    // their kinds (the agency's clauses against the agency's points), by position.
    let groups = offset_step(&mut links, true, false, &scored);
    // Leaves a level apart once more, now that the groups are aligned: a clause's points
    // against an article's clauses, the clause and the article a group pair.
    if !groups.is_empty() {
        offset_step(&mut links, false, false, &scored);
    }
    let pairs: std::collections::HashSet<(usize, usize)> = groups.iter().map(|l| (l.0, l.1)).collect();
    let under_group =
        |a: usize, b: usize| matches!((old_parent[a], new_parent[b]), (Some(x), Some(y)) if pairs.contains(&(x, y)));
    let children: Vec<Link> =
        offset_keys.iter().filter(|&&((a, b), _)| under_group(a, b)).map(|&((a, b), m)| score(a, b, m)).collect();
    show(&children);
    scored.extend(children);

    // Position: an unaligned pair with some evidence in the same gap between aligned
    // sections: the nearest aligned sibling before each is aligned to the other's (or both
    // are first under aligned parents), and likewise after; an unknown side (parents not
    // aligned) does not count against, but one side must agree.
    // A pair placed this way makes its children first under aligned parents, so the pass
    // runs again, a level further down each time (at most `POSITION_PASSES` times; a deeper
    // pair keeps its content evidence only). The sections a pass took or set aside (a pair
    // that lost to a better one holds both of its sections out) stay out of later passes, so
    // that a later pass only places the children of pairs newly placed.
    // Two headings under different labels that share no more than a syllable (and not the
    // whole of either), and that no rule of titles holds alike (two names of the closing
    // article), name two different things, whatever their place: "A. LĨNH VỰC BẢO TRỢ XÃ
    // HỘI" is not "I. BẢO TỒN THIÊN NHIÊN VÀ ĐA DẠNG SINH HỌC" for both being the first field
    // of their attachments. Under the same label the place holds: one act's "Chương II. QUY
    // ĐỊNH CỤ THỂ" between aligned chapters I and III is the other's "Chương II. QUẢN LÝ, VẬN
    // HÀNH VÀ SỬ DỤNG HỆ THỐNG", its "Điều 2. Giao các cơ quan, đơn vị:" the other's "Điều 2.
    // Tổ chức thực hiện".
    let title_opts = crate::normalize::MatchOptions::standard();
    let headings_differ = |a: usize, b: usize| match (&old_titles[a], &new_titles[b]) {
        (Some(x), Some(y)) if x.heading && y.heading && old_secs[a].path.last() != new_secs[b].path.last() => {
            let (fx, fy) = (Features::of(&x.text, &title_opts), Features::of(&y.text, &title_opts));
            let shared = features::shared_count(&fx, &fy);
            // (A one-word heading shares its one word with its copy: "CC/CCCD/CMND: ……".)
            shared <= 1 && shared < fx.feats.len().min(fy.feats.len())
        }
        _ => false,
    };
    let (mut used_o, mut used_n) = (std::collections::HashSet::new(), std::collections::HashSet::new());
    for _ in 0..POSITION_PASSES {
        let before = links.len();
        let (linked, old_linked, new_linked) = link_sets(&links);
        // A section aligned only as a group a level away says nothing of the order of its
        // siblings: it is no anchor (Bắc Ninh's article 8 as Đồng Tháp's clause 10.1 does not
        // stop its article 6 being Đồng Tháp's article 8).
        let anchors: Vec<Link> = links.iter().filter(|l| !pairs.contains(&(l.0, l.1))).copied().collect();
        let (_, old_anchor, new_anchor) = link_sets(&anchors);
        let (old_at, new_at) =
            (Anchors::of(old_secs, old_parent, &old_anchor), Anchors::of(new_secs, new_parent, &new_anchor));
        let agree = |a: usize, b: usize, x: Option<usize>, y: Option<usize>| match (x, y) {
            (Some(x), Some(y)) => Some(linked.contains(&(x, y))),
            (None, None) => match (old_at.parent[a], new_at.parent[b]) {
                (None, None) => Some(true),
                (Some(pa), Some(pb)) if linked.contains(&(pa, pb)) => Some(true),
                _ => None,
            },
            _ => Some(false),
        };
        let gaps = lone_gaps((old_secs, new_secs), (&old_at, &new_at), &anchors, (&old_linked, &new_linked), &scored);
        // Put forward by their place alone, they must reach the threshold on their own
        // evidence: the place is not counted twice. Half of it for the one item left under
        // two aligned sections that bears the same label on both sides (a charter's "1." of
        // "Điều 1. Vị trí và chức năng", "Sở … là cơ quan chuyên môn thuộc Ủy ban nhân dân
        // tỉnh …" with each department's own fields, 0.16): its parent, its number and its
        // neighbours agree, which two decisions' "Điều 1" at the top, alike at 0.15, do not
        // have.
        let numbered_slot = |a: usize, b: usize| {
            old_at.parent[a].is_some()
                && new_at.parent[b].is_some()
                && !old_secs[a].label.is_empty()
                && old_secs[a].label == new_secs[b].label
                && old_secs[a].kind == new_secs[b].kind
        };
        let gaps: Vec<Link> = gaps
            .into_iter()
            .map(|(a, b)| score(a, b, 0.0))
            .filter(|l| {
                l.2 >= settings.section_threshold || numbered_slot(l.0, l.1) && l.2 >= settings.section_threshold / 2.0
            })
            .collect();
        show(&gaps);
        let mut bumped: Vec<Link> = scored
            .iter()
            .chain(&gaps)
            .filter(|l| !old_linked.contains(&l.0) && !new_linked.contains(&l.1) && l.2 > 0.0)
            .filter(|l| {
                let p = agree(l.0, l.1, old_at.prev[l.0], new_at.prev[l.1]);
                let n = agree(l.0, l.1, old_at.next[l.0], new_at.next[l.1]);
                p != Some(false) && n != Some(false) && (p == Some(true) || n == Some(true))
            })
            .filter(|l| l.2 + POSITION_BONUS >= settings.section_threshold)
            .filter(|l| l.3.title.is_some() || !headings_differ(l.0, l.1))
            .map(|&(a, b, s, ev)| {
                (a, b, (s + POSITION_BONUS).min(1.0), SectionEvidence { position: POSITION_BONUS, ..ev })
            })
            .filter(|l| l.2 >= settings.section_threshold)
            .collect();
        // Ties in an order that does not depend on which side is old ((a, b) and (b, a) are
        // never rivals for one section).
        bumped.sort_by(|x, y| {
            y.2.total_cmp(&x.2)
                .then((x.0.abs_diff(x.1), x.0 + x.1).cmp(&(y.0.abs_diff(y.1), y.0 + y.1)))
                .then((x.0, x.1).cmp(&(y.0, y.1)))
        });
        for (i, l) in bumped.iter().enumerate() {
            if used_o.contains(&l.0) || used_n.contains(&l.1) {
                used_o.insert(l.0);
                used_n.insert(l.1);
                continue;
            }
            // Two pairs in order that together weigh more than this one take its place: in a
            // gap holding old 1, 2 and new 1, 2, "old 1 = new 2" is not the reading when "old 1 =
            // new 1" and "old 2 = new 2" both hold (Hồ Chí Minh City's organisation items).
            let free = |x: &&Link| !used_o.contains(&x.0) && !used_n.contains(&x.1);
            let mut swap: Option<(Link, Link)> = None;
            for x in bumped[i + 1..].iter().filter(|x| x.0 == l.0 && x.1 != l.1).filter(free) {
                for y in bumped[i + 1..].iter().filter(|y| y.1 == l.1 && y.0 != l.0).filter(free) {
                    let in_order = (x.0 < y.0) == (x.1 < y.1);
                    let better = swap.is_none_or(|(p, q)| x.2 + y.2 > p.2 + q.2);
                    if in_order && x.2 + y.2 > l.2 && better {
                        swap = Some((*x, *y));
                    }
                }
            }
            used_o.insert(l.0);
            used_n.insert(l.1);
            match swap {
                Some((x, y)) => {
                    used_o.insert(y.0);
                    used_n.insert(x.1);
                    links.push(x);
                    links.push(y);
                }
                None => links.push(*l),
            }
        }
        if links.len() == before {
            break;
        }
    }
    // Leaves a level apart at the top of two acts without chapters, once the position pass
    // has placed what it could: a decision's article "Điều 3. Văn phòng UBND tỉnh có trách
    // nhiệm theo dõi …" is the other's clause "2. Giao Văn phòng Ủy ban nhân dân tỉnh có trách
    // nhiệm theo dõi …" of its article 2. Before the position pass such a pair took articles
    // that their places pair (a decision's articles 1, 2 and 3 with the other's).
    offset_step(&mut links, false, true, &scored);
    template_slots(sides, titles, &mut links, settings.section_threshold);
    // Last, what neither title, content nor position aligned: leaves holding the same tasks.
    let (_, old_before, new_before) = link_sets(&links);
    paired_leaves(
        sides,
        content.scores,
        (old_mass, new_mass),
        &mut links,
        score,
        (settings.task_threshold, settings.section_threshold),
    );
    regroup_given_way(
        &mut links,
        &scored,
        (&old_before, &new_before),
        (old_parent, new_parent),
        settings.section_threshold,
    );
    links
}

/// A section that gave way to its leaves' pairs ([`paired_leaves`]) is left without a
/// partner, though the other side may hold its own: Hải Phòng's "Điều 8. Điều khoản thi
/// hành" (1. the effect date; 2. who carries the act out) was aligned with Quảng Ngãi's
/// "Điều 6. Tổ chức thực hiện" on the second clause's words, gave way when that article, one
/// sentence, was paired with the clause itself, and was reported new beside Quảng Ngãi's
/// "Điều 5. Điều khoản thi hành" reported dropped, whose clause 1 is its clause 1. Such a
/// section, and any section freed so, takes a section without a partner that encloses the
/// partner of a section it encloses (their children's pairs nest in them), reaching the
/// threshold, each the other's best such candidate. `before`: the old and the new sections
/// linked before the leaves were paired.
fn regroup_given_way(
    links: &mut Vec<Link>,
    scored: &[Link],
    (old_before, new_before): (&std::collections::HashSet<usize>, &std::collections::HashSet<usize>),
    (old_parent, new_parent): (&[Option<usize>], &[Option<usize>]),
    threshold: f64,
) {
    use std::collections::HashSet;
    let (_, old_linked, new_linked) = link_sets(links);
    let freed =
        |before: &HashSet<usize>, linked: &HashSet<usize>, s: usize| before.contains(&s) && !linked.contains(&s);
    let encloses = |parent: &[Option<usize>], x: usize, s: usize| ancestors(parent, s).any(|a| a == x);
    let nests = |a: usize, b: usize| links.iter().any(|x| encloses(old_parent, a, x.0) && encloses(new_parent, b, x.1));
    let candidates: Vec<Link> = scored
        .iter()
        .filter(|l| freed(old_before, &old_linked, l.0) || freed(new_before, &new_linked, l.1))
        .filter(|l| !old_linked.contains(&l.0) && !new_linked.contains(&l.1) && l.2 >= threshold)
        .filter(|l| nests(l.0, l.1))
        .copied()
        .collect();
    // (Of two equal candidates for one section, neither.)
    let best =
        |l: &Link| candidates.iter().all(|x| (x.0, x.1) == (l.0, l.1) || (x.0 != l.0 && x.1 != l.1) || x.2 < l.2);
    let picked: Vec<Link> = candidates.iter().filter(|l| best(l)).copied().collect();
    links.extend(picked);
}

/// Sections cut from an aligned section's partner: the children of a section that took
/// another's place, holding its tasks, without a partner of their own. Lai Châu's point "b)
/// Lấy ý kiến trực tiếp tại cuộc họp …" (eleven tasks) is Nghệ An's clause "2. Lấy ý kiến
/// trực tiếp tại cuộc họp …", whose points a), b) and c) hold those tasks: the points were
/// cut from the one point, not written new. Such a child joins the pair's entry when every
/// task of it that was carried came from the one section (at least one, and at least half
/// of its tasks). Both ways: an old child whose tasks went to one new section aligned with
/// its parent.
///
/// Likewise a heading without tasks and without a partner more than half of whose aligned
/// children (two at least) are aligned with children of one section, that section without a
/// partner or aligned with the heading's parent. Lai Châu's clause "2. Hình thức, phương pháp
/// phối hợp" is Nghệ An's article "Điều 6. Phương thức phối hợp", its points a), b) and c)
/// being that article's clauses 1, 2 and 3, though the article went to Lai Châu's article 2
/// that held the clause; its "1. Trách nhiệm của Ủy ban nhân dân cấp xã" is Nghệ An's "Điều
/// 13. Trách nhiệm của Ủy ban nhân dân cấp xã", two of its three aligned points being clauses
/// of that article (the third one of article 10). Reported as "dropped" it would say the
/// points' heading was struck out. Not a parent's only child: a level one side put in ("1.1.
/// Nội dung thủ tục" over a procedure's fields, the other side's fields lettered points of
/// the procedure) is new. Both items or both outer sections (an attachment and a part of
/// one): an article whose clauses are a chapter's articles is another difference of layout.
///
/// And two sections without partners whose carried tasks went to each other only (at least
/// half of the two sections' tasks together; one side's half alone would leave Vĩnh Long's
/// clause of three tasks, one of them the effect date, apart from Đồng Nai's article of that
/// one task): Tam Thanh's December item "2. Tập trung chỉ đạo các giải pháp
/// điều hành thực hiện nhiệm vụ tài chính - ngân sách …" and its February item "10. Tiếp tục
/// thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách nhà nước …", at other places
/// among other items; the pair's similarity is its tasks' mean, its `tasks` evidence the
/// share of the two sections' tasks carried. (`paired_leaves` pairs leaves on their first
/// task scores, before the task matching, so that their tasks are matched in context; this
/// reads the final task pairs and changes none.)
///
/// A pair of its own (twins, or a heading and a section neither of which had a partner) is
/// kept only when its similarity reaches the section threshold, as any pair.
///
/// Links added for the report's entries only (the task pairs are made): a piece at no score
/// of its own (the entry keeps the pair's similarity), a heading paired with a section
/// without a partner at its children's links' mean.
fn section_pieces(
    (old_secs, new_secs): (&[&Section], &[&Section]),
    (old_parent, new_parent): (&[Option<usize>], &[Option<usize>]),
    (old_items, new_items): (&[Item], &[Item]),
    (groups, links): (&Groups, &[Link]),
    fin: &[(usize, usize, f64)],
    threshold: f64,
) -> Vec<Link> {
    let none = SectionEvidence { title: None, tasks: 0.0, content: 0.0, position: 0.0 };
    let mut out = Vec::new();
    // Twins: two sections without partners whose carried tasks went to each other only.
    let holders = |n_secs: usize, items: &[Item], other: &[Item], old_side: bool| {
        let mut tasks = vec![0usize; n_secs];
        let mut carried = vec![0usize; n_secs];
        let mut scores = vec![0.0f64; n_secs];
        let mut to: Vec<Vec<usize>> = vec![Vec::new(); n_secs];
        for it in items {
            tasks[it.section] += 1;
        }
        for &(o, n, sc) in fin {
            let (h, t) = if old_side { (o, n) } else { (n, o) };
            carried[items[h].section] += 1;
            scores[items[h].section] += sc;
            to[items[h].section].push(other[t].section);
        }
        for t in &mut to {
            t.sort_unstable();
            t.dedup();
        }
        (tasks, carried, scores, to)
    };
    let (old_tasks, old_carried, old_scores, old_to) = holders(old_secs.len(), old_items, new_items, true);
    let (new_tasks, new_carried, _, new_to) = holders(new_secs.len(), new_items, old_items, false);
    for (a, to) in old_to.iter().enumerate() {
        let &[b] = to.as_slice() else { continue };
        let free = groups.old_group[a].is_none() && groups.new_group[b].is_none();
        let mostly = 2 * (old_carried[a] + new_carried[b]) >= old_tasks[a] + new_tasks[b];
        if free && mostly && new_to[b] == [a] {
            // (All of `a`'s carried tasks went to `b`: their pairs are the pairs of `a`.)
            let share = (old_carried[a] + new_carried[b]) as f64 / (old_tasks[a] + new_tasks[b]) as f64;
            let mean = old_scores[a] / old_carried[a] as f64;
            if mean >= threshold {
                out.push((a, b, mean, SectionEvidence { tasks: share, ..none }));
            }
        }
    }
    for old_side in [true, false] {
        let (n_here, here_group, there_group, here_parent, there_parent) = if old_side {
            (old_secs.len(), &groups.old_group, &groups.new_group, old_parent, new_parent)
        } else {
            (new_secs.len(), &groups.new_group, &groups.old_group, new_parent, old_parent)
        };
        // Per section of this side: its tasks, how many were carried, and the other side's
        // sections they went to.
        let (tasks, carried, went) =
            if old_side { (&old_tasks, &old_carried, &old_to) } else { (&new_tasks, &new_carried, &new_to) };
        let parent_aligned_with = |c: usize, x: usize| {
            here_parent[c].is_some_and(|p| here_group[p].is_some() && here_group[p] == there_group[x])
        };
        // Or with a section under `c`'s own parent (at the top, a sibling): a section cut in
        // two, one half aligned, the other not (an act's "Điều 2" with its effect date and
        // the execution clause, the other's "Điều 2" and "Điều 3"; a duty "7. … ; …" written
        // as "34." and "35."), or a field whose task went to the other side's field aligned
        // with a point of this side's next field (a procedure's result list moved to its
        // dossier). This side's sections of each entry, listed once.
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for (s, g) in here_group.iter().enumerate() {
            if let Some(g) = g {
                members.entry(*g).or_default().push(s);
            }
        }
        let kin_aligned_with = |c: usize, x: usize| {
            there_group[x].and_then(|g| members.get(&g)).is_some_and(|ss| {
                ss.iter().any(|&s| match here_parent[c] {
                    Some(p) => ancestors(here_parent, s).any(|a| a == p),
                    None => here_parent[s].is_none(),
                })
            })
        };
        for (c, to) in went.iter().enumerate() {
            if here_group[c].is_some() || carried[c] == 0 || 2 * carried[c] < tasks[c] {
                continue;
            }
            if let &[x] = to.as_slice()
                && (parent_aligned_with(c, x) || kin_aligned_with(c, x))
            {
                out.push(if old_side { (c, x, 0.0, none) } else { (x, c, 0.0, none) });
            }
        }
        // Headings: per section of this side, its children's links (the child, the parent of
        // its partner, the link's score and evidence).
        type ChildLink = (usize, Option<usize>, f64, SectionEvidence);
        let mut under: Vec<Vec<ChildLink>> = vec![Vec::new(); n_here];
        for &(a, b, sc, ev) in links {
            let (h, t) = if old_side { (a, b) } else { (b, a) };
            if let Some(p) = here_parent[h] {
                under[p].push((h, there_parent[t], sc, ev));
            }
        }
        let mut siblings = vec![0usize; n_here];
        for p in here_parent.iter().flatten() {
            siblings[*p] += 1;
        }
        for (x, kids) in under.iter().enumerate() {
            if here_group[x].is_some() || tasks[x] > 0 {
                continue;
            }
            // The section most of the aligned children went under (a tie cannot be more than
            // half of them, so which of two wins does not matter).
            let children = kids.iter().map(|k| k.0).collect::<std::collections::BTreeSet<_>>().len();
            let mut under_y: BTreeMap<usize, std::collections::BTreeSet<usize>> = BTreeMap::new();
            for k in kids {
                if let Some(y) = k.1 {
                    under_y.entry(y).or_default().insert(k.0);
                }
            }
            let Some((y, n_y)) = under_y.iter().map(|(y, c)| (*y, c.len())).max_by_key(|&(_, n)| n) else {
                continue;
            };
            let kids: Vec<&ChildLink> = kids.iter().filter(|k| k.1 == Some(y)).collect();
            let (kx, ky) =
                if old_side { (old_secs[x].kind, new_secs[y].kind) } else { (new_secs[x].kind, old_secs[y].kind) };
            if n_y >= 2
                && 2 * n_y > children
                && outer(kx) == outer(ky)
                && (there_group[y].is_none()
                    || parent_aligned_with(x, y) && here_parent[x].is_some_and(|p| siblings[p] >= 2))
            {
                // One joining an entry keeps the entry's similarity; a pair of its own (neither
                // had a partner) shows its children's links' mean.
                let (sc, ev) = if there_group[y].is_some() {
                    (0.0, none)
                } else {
                    let n = kids.len() as f64;
                    let mean = |f: fn(&SectionEvidence) -> f64| kids.iter().map(|k| f(&k.3)).sum::<f64>() / n;
                    let titles: Vec<f64> = kids.iter().filter_map(|k| k.3.title).collect();
                    let ev = SectionEvidence {
                        title: (!titles.is_empty()).then(|| titles.iter().sum::<f64>() / titles.len() as f64),
                        tasks: mean(|e| e.tasks),
                        content: mean(|e| e.content),
                        position: mean(|e| e.position),
                    };
                    (kids.iter().map(|k| k.2).sum::<f64>() / n, ev)
                };
                if there_group[y].is_some() || sc >= threshold {
                    out.push(if old_side { (x, y, sc, ev) } else { (y, x, sc, ev) });
                }
            }
        }
    }
    out
}

/// Parts, chapters, divisions, attachments and an attachment's lettered groups ("B. DANH MỤC
/// THỦ TỤC HÀNH CHÍNH CẤP XÃ"), against items (articles, clauses, points, numbered items).
fn outer(k: LabelKind) -> bool {
    matches!(k, LabelKind::Part | LabelKind::Chapter | LabelKind::Division | LabelKind::Appendix | LabelKind::Capital)
}

/// Section pairs that no evidence put forward but their place: the one section left
/// unaligned on each side between the same aligned neighbours (the nearest aligned
/// siblings before and after on the one side aligned with those on the other, or the
/// section first or last under parents aligned with each other), of comparable depth, not
/// scored yet. A procedure list's "a) Nội dung cắt giảm …" under one procedure words its
/// fields as every other procedure's do; when all three of its fields were reworded, each
/// field's closest candidates are the copies under other procedures, so no task pair nor
/// probe put this point beside its twin, though its parent and its siblings are aligned.
/// Scored on their titles and content like any pair, and kept only when that reaches the
/// section threshold before the position pass adds its bonus (two decisions' "Điều 1"
/// alike at 0.15 are not aligned for being both first). Side-symmetric: a gap of one section on each side reads the same from
/// either side.
fn lone_gaps(
    (old_secs, new_secs): (&[&Section], &[&Section]),
    (old_at, new_at): (&Anchors, &Anchors),
    anchors: &[Link],
    (old_linked, new_linked): (&std::collections::HashSet<usize>, &std::collections::HashSet<usize>),
    scored: &[Link],
) -> Vec<(usize, usize)> {
    // Each old anchor's partner, when it has exactly one.
    let mut partner: HashMap<usize, Option<usize>> = HashMap::new();
    for l in anchors {
        partner.entry(l.0).and_modify(|p| *p = None).or_insert(Some(l.1));
    }
    // An old anchor as the new side's, `None` when it has none or several; no anchor stays no anchor.
    let across = |x: Option<usize>| -> Option<Option<usize>> {
        match x {
            None => Some(None),
            Some(x) => partner.get(&x).copied().flatten().map(Some),
        }
    };
    type Gap = (Option<usize>, Option<usize>, Option<usize>);
    // The new side's anchors are held as the old side's are: one partner each, so that a gap
    // between anchors of a group linked many to many ("I.2 + I.3 ← I.2 + I.3") is read alike
    // whichever side is old (the links inside such a group depend on the side).
    let mut new_partners: HashMap<usize, usize> = HashMap::new();
    for l in anchors {
        *new_partners.entry(l.1).or_default() += 1;
    }
    let single = |x: Option<usize>| x.is_none_or(|x| new_partners.get(&x) == Some(&1));
    let mut new_gaps: HashMap<Gap, Vec<usize>> = HashMap::new();
    for b in (0..new_secs.len()).filter(|b| !new_linked.contains(b)) {
        let (parent, prev, next) = (new_at.parent[b], new_at.prev[b], new_at.next[b]);
        if single(parent) && single(prev) && single(next) {
            new_gaps.entry((parent, prev, next)).or_default().push(b);
        }
    }
    let mut old_gaps: HashMap<Gap, Vec<usize>> = HashMap::new();
    for a in (0..old_secs.len()).filter(|a| !old_linked.contains(a)) {
        // The parent must be aligned (or both at the top), and the gap bounded by anchors.
        let parent = match old_at.parent[a] {
            None => Some(None),
            Some(p) => partner.get(&p).copied().flatten().map(Some),
        };
        let (Some(parent), Some(prev), Some(next)) = (parent, across(old_at.prev[a]), across(old_at.next[a])) else {
            continue;
        };
        old_gaps.entry((parent, prev, next)).or_default().push(a);
    }
    let mut out: Vec<(usize, usize)> = old_gaps
        .iter()
        .filter_map(|(key, olds)| match (&olds[..], new_gaps.get(key).map(|v| &v[..])) {
            ([a], Some([b])) => Some((*a, *b)),
            _ => None,
        })
        .filter(|&(a, b)| {
            old_secs[a].kind.rank() == new_secs[b].kind.rank() || old_secs[a].path.len() == new_secs[b].path.len()
        })
        .collect();
    if !out.is_empty() {
        let known: std::collections::HashSet<(usize, usize)> = scored.iter().map(|l| (l.0, l.1)).collect();
        out.retain(|p| !known.contains(p));
    }
    out.sort_unstable();
    out
}

/// A title that several sections of one side share with a section of the other (the same
/// "Nội dung đơn giản hóa", "Kiến nghị thực thi", "Thời hạn giải quyết" under each
/// procedure) names a slot of a template, not an item: two such sections aligned on their
/// titles alone (tasks and content under the threshold) stay aligned only when their
/// nearest aligned ancestors are aligned with each other and one of the two is a parent
/// (the procedure itself aligned, its fields written at another depth on the other side),
/// or both are at the top. Otherwise the slot of one procedure goes to the same slot of
/// another procedure the two documents do not share.
fn template_slots(sides: &Sides, titles: &[(usize, usize, f64)], links: &mut Vec<Link>, threshold: f64) {
    let Sides { old_parent, new_parent, .. } = *sides;
    let (mut same_old, mut same_new): (HashMap<usize, usize>, HashMap<usize, usize>) = Default::default();
    for &(a, b, _) in titles.iter().filter(|t| t.2 >= SAME_TITLE) {
        *same_old.entry(a).or_default() += 1;
        *same_new.entry(b).or_default() += 1;
    }
    let (partners, old_linked, new_linked) = link_sets(links);
    let nearest = |parent: &[Option<usize>], linked: &std::collections::HashSet<usize>, s: usize| {
        ancestors(parent, s).find(|a| linked.contains(a))
    };
    links.retain(|&(a, b, _, ev)| {
        let slot = ev.title.is_some_and(|h| h >= SAME_TITLE)
            && (same_old.get(&a).copied().unwrap_or(0) >= 2 || same_new.get(&b).copied().unwrap_or(0) >= 2);
        let title_only = ev.tasks < threshold && ev.content < threshold;
        let in_place = match (nearest(old_parent, &old_linked, a), nearest(new_parent, &new_linked, b)) {
            (Some(x), Some(y)) => partners.contains(&(x, y)) && (old_parent[a] == Some(x) || new_parent[b] == Some(y)),
            (x, y) => x.is_none() && y.is_none() && old_parent[a].is_none() && new_parent[b].is_none(),
        };
        !(slot && title_only) || in_place
    });
}

/// Two leaf sections whose tasks all have partners in each other reaching the task
/// threshold are aligned at whatever depths they sit: a procedure's field is a lettered
/// point in one province ("a. Thời hạn giải quyết: 03 ngày làm việc") and a clause two
/// levels further down in another ("2.5 Thời hạn giải quyết: …"), an article's one sentence
/// is another decision's clause. The levels only keep apart sections whose contents merely
/// resemble each other; sections holding the same tasks and nothing else are the same
/// item, and calling them dropped and new while their tasks are carried contradicts the
/// tasks. Only when neither leaf is aligned but with a section enclosing the other (a point
/// taken by the group the other side put its twin in, "Nội dung thủ tục" over the fields:
/// that link gives way), their nearest ancestors aligned otherwise are aligned with each
/// other or neither has one (two procedures' fields worded alike go each with its own
/// procedure's, not across), neither has another such partner, and the pair reaches the
/// section threshold.
fn paired_leaves(
    sides: &Sides,
    scores: &[(usize, usize, f64)],
    (old_mass, new_mass): (&[f64], &[f64]),
    links: &mut Vec<Link>,
    score: impl Fn(usize, usize, f64) -> Link,
    (task_threshold, section_threshold): (f64, f64),
) {
    let Sides { old_deep, new_deep, old_parent, new_parent, .. } = *sides;
    let (partners, _, _) = link_sets(links);
    let (mut old_partners, mut new_partners): (HashMap<usize, Vec<usize>>, HashMap<usize, Vec<usize>>) =
        Default::default();
    for l in links.iter() {
        old_partners.entry(l.0).or_default().push(l.1);
        new_partners.entry(l.1).or_default().push(l.0);
    }
    let encloses = |parent: &[Option<usize>], x: usize, s: usize| ancestors(parent, s).any(|a| a == x);
    // Free for the other leaf: aligned with nothing, or only with sections enclosing it.
    let free = |a: usize, b: usize| {
        old_partners.get(&a).is_none_or(|xs| xs.iter().all(|&x| encloses(new_parent, x, b)))
            && new_partners.get(&b).is_none_or(|ys| ys.iter().all(|&y| encloses(old_parent, y, a)))
    };
    // The nearest ancestors aligned with a section that is no leaf (a leaf says nothing of
    // where the other leaf sits; a group aligned with leaves gives way).
    let (old_inner, new_inner) = (inner(old_parent), inner(new_parent));
    let in_place = |a: usize, b: usize| {
        let x =
            ancestors(old_parent, a).find(|x| old_partners.get(x).is_some_and(|ps| ps.iter().any(|&p| new_inner[p])));
        let y =
            ancestors(new_parent, b).find(|y| new_partners.get(y).is_some_and(|ps| ps.iter().any(|&p| old_inner[p])));
        match (x, y) {
            (Some(x), Some(y)) => partners.contains(&(x, y)),
            (x, y) => x.is_none() && y.is_none(),
        }
    };
    // Each task's leaf, if it sits in one.
    let leaves = |inner: &[bool], tasks: usize, deep: &[Vec<usize>]| {
        let mut at = vec![None; tasks];
        for (si, ts) in deep.iter().enumerate().filter(|x| !inner[x.0]) {
            ts.iter().for_each(|&t| at[t] = Some(si));
        }
        at
    };
    let (old_home, new_home) =
        (leaves(&old_inner, old_mass.len(), old_deep), leaves(&new_inner, new_mass.len(), new_deep));
    // For each pair of leaves free and in place, each task's best score in the other leaf.
    let mut best: PairMap<(HashMap<usize, f64>, HashMap<usize, f64>)> = PairMap::default();
    for &(o, n, s) in scores.iter().filter(|x| x.2 >= task_threshold) {
        let (Some(a), Some(b)) = (old_home[o], new_home[n]) else { continue };
        if partners.contains(&(a, b)) || !free(a, b) || !in_place(a, b) {
            continue;
        }
        let e = best.entry((a, b)).or_default();
        let x = e.0.entry(o).or_default();
        *x = x.max(s);
        let y = e.1.entry(n).or_default();
        *y = y.max(s);
    }
    // Leaves whose every task is covered; a leaf covered by two is left alone.
    let mut covered: Vec<((usize, usize), f64)> = best
        .into_iter()
        .filter(|((a, b), (bo, bn))| bo.len() == old_deep[*a].len() && bn.len() == new_deep[*b].len())
        .map(|(k, (bo, bn))| {
            let m = bo.iter().map(|(&t, &s)| s * old_mass[t]).sum::<f64>()
                + bn.iter().map(|(&t, &s)| s * new_mass[t]).sum::<f64>();
            (k, m / 2.0)
        })
        .collect();
    covered.sort_unstable_by_key(|k| k.0);
    let (mut fan_o, mut fan_n): (HashMap<usize, usize>, HashMap<usize, usize>) = Default::default();
    for &((a, b), _) in &covered {
        *fan_o.entry(a).or_default() += 1;
        *fan_n.entry(b).or_default() += 1;
    }
    let mut picked: Vec<Link> = covered
        .iter()
        .filter(|&&((a, b), _)| fan_o[&a] == 1 && fan_n[&b] == 1)
        .map(|&((a, b), m)| score(a, b, m))
        .filter(|l| l.2 >= section_threshold)
        .collect();
    // A section enclosing a leaf gives way only when it holds leaves aligned with two
    // sections at least: it groups what the other side lists apart ("Nội dung thủ tục" over
    // the fields). An article over its one clause aligned with the other's article in one
    // piece stays the article's partner.
    loop {
        // For each section enclosing aligned leaves, the leaves of the other side they are
        // aligned with (worked out once a round: each leaf pair is counted for its ancestors).
        let mut held_o: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut held_n: HashMap<usize, Vec<usize>> = HashMap::new();
        let leaf_pairs = links.iter().filter(|l| !old_inner[l.0] && !new_inner[l.1]).chain(picked.iter());
        for &(a, b, _, _) in leaf_pairs {
            ancestors(old_parent, a).for_each(|g| held_o.entry(g).or_default().push(b));
            ancestors(new_parent, b).for_each(|g| held_n.entry(g).or_default().push(a));
        }
        let yields = |held: &mut HashMap<usize, Vec<usize>>, group: usize| {
            held.get_mut(&group).is_some_and(|others| {
                others.sort_unstable();
                others.dedup();
                others.len() >= 2
            })
        };
        let before = picked.len();
        picked.retain(|l| {
            old_partners.get(&l.0).is_none_or(|xs| xs.iter().all(|&x| yields(&mut held_n, x)))
                && new_partners.get(&l.1).is_none_or(|ys| ys.iter().all(|&y| yields(&mut held_o, y)))
        });
        if picked.len() == before {
            break;
        }
    }
    let (old_taken, new_taken): (std::collections::HashSet<usize>, std::collections::HashSet<usize>) =
        (picked.iter().map(|l| l.0).collect(), picked.iter().map(|l| l.1).collect());
    links.retain(|l| !old_taken.contains(&l.0) && !new_taken.contains(&l.1));
    links.extend(picked);
}

/// The section pairs of `links`, and the old and the new sections they hold.
fn link_sets(
    links: &[Link],
) -> (std::collections::HashSet<(usize, usize)>, std::collections::HashSet<usize>, std::collections::HashSet<usize>) {
    (
        links.iter().map(|l| (l.0, l.1)).collect(),
        links.iter().map(|l| l.0).collect(),
        links.iter().map(|l| l.1).collect(),
    )
}

/// The similarity the section threshold is compared with (see [`SectionEvidence`]).
///
/// A title that agrees only in part mostly shares the act's subject ("Sử dụng hộp thư
/// điện tử công vụ của cá nhân" and "Định dạng hộp thư điện tử công vụ", 0.61): it weighs a
/// third against the contents, so it does not outweigh another section whose tasks and
/// words agree (Nghệ An's article on each user's mailbox went to Đồng Tháp's article on
/// mailbox names, 0.35, over its own counterpart on users' duties, 0.34).
fn evidence_score(ev: &SectionEvidence, both_have_tasks: bool) -> f64 {
    let t = ev.tasks.max(ev.content);
    let s = match ev.title {
        None => t,
        Some(h) if both_have_tasks && h < STRONG_TITLE => t.max((h + 2.0 * t) / 3.0),
        Some(h) if both_have_tasks => t.max((h + t) / 2.0),
        Some(h) => t.max(h),
    };
    (s + ev.position).min(1.0)
}

/// The pairs at or above the threshold that are each other's best partner, or the best
/// partner of one of their sections with tasks that went to each other at the threshold (a
/// split or merge shows by its tasks; a title or shared words alone do not pile a second
/// section onto one that has its own partner) — unless that partner is inside the section,
/// the titles agree and the two are of one kind (an article and an article): Lai Châu's
/// article "Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch …" and its clause 1 "Trách
/// nhiệm của Ủy ban nhân dân cấp xã" are both Nghệ An's article on the commune; the two
/// links nest and contradict nothing.
///
/// And the pairs of a heading that joins two titles with the sections of those titles
/// ([`joined_titles`]): both are its partners.
fn select(
    scored: &[Link],
    threshold: f64,
    old_secs: &[&Section],
    new_secs: &[&Section],
    joined: &[(usize, usize)],
) -> Vec<Link> {
    // The best partner of each section: the highest score; on a tie, the pair whose tasks
    // went to each other (two "h) Phí, lệ phí" fields of different procedures both score 1.00
    // on their words, but only the one whose task paired with this one's is its partner);
    // then the first.
    let mut best_old: HashMap<usize, (f64, f64, usize)> = HashMap::new();
    let mut best_new: HashMap<usize, (f64, f64, usize)> = HashMap::new();
    let better = |s: f64, t: f64, i: usize, e: &(f64, f64, usize)| {
        s.total_cmp(&e.0).then(t.total_cmp(&e.1)).then(e.2.cmp(&i)).is_gt()
    };
    for &(a, b, s, ev) in scored {
        let e = best_old.entry(a).or_insert((s, ev.tasks, b));
        if better(s, ev.tasks, b, e) {
            *e = (s, ev.tasks, b);
        }
        let e = best_new.entry(b).or_insert((s, ev.tasks, a));
        if better(s, ev.tasks, a, e) {
            *e = (s, ev.tasks, a);
        }
    }
    scored
        .iter()
        .filter(|&&(a, b, s, ev)| {
            let a_best = best_old.get(&a).map(|x| x.2) == Some(b);
            let b_best = best_new.get(&b).map(|x| x.2) == Some(a);
            let inside = |outer: &Section, inner: Option<&Section>| {
                inner.is_some_and(|i| i.path.len() > outer.path.len() && i.path.starts_with(&outer.path))
            };
            let nested = ev.title.is_some()
                && old_secs[a].kind.rank() == new_secs[b].kind.rank()
                && ((a_best && inside(old_secs[a], best_new.get(&b).map(|x| old_secs[x.2])))
                    || (b_best && inside(new_secs[b], best_old.get(&a).map(|x| new_secs[x.2]))));
            s >= threshold
                && ((a_best && b_best)
                    || ((a_best || b_best) && ev.tasks >= threshold)
                    || nested
                    || joined.binary_search(&(a, b)).is_ok())
        })
        .copied()
        .collect()
}

/// A heading that names two or more things, joined by commas or "và" ("Phạm vi điều
/// chỉnh, đối tượng áp dụng"), each of them word for word the heading of one section
/// under one parent on the other side ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp
/// dụng"): one side wrote as one section what the other wrote as those. Answers the pairs
/// (old, new) of the joined section with each of them, sorted; only these pairs may give
/// one section two partners on their titles (see [`select`]).
fn joined_titles(
    old_secs: &[&Section],
    new_secs: &[&Section],
    old_parent: &[Option<usize>],
    new_parent: &[Option<usize>],
) -> Vec<(usize, usize)> {
    let opts = crate::normalize::MatchOptions::standard();
    let keys =
        |secs: &[&Section]| -> Vec<Option<String>> { secs.iter().map(|s| title_key(&s.heading, &opts)).collect() };
    let (old_keys, new_keys) = (keys(old_secs), keys(new_secs));
    // Each side's sections by their title's key, in order.
    let index = |keys: &[Option<String>]| -> HashMap<String, Vec<usize>> {
        let mut m: HashMap<String, Vec<usize>> = HashMap::new();
        for (y, k) in keys.iter().enumerate() {
            if let Some(k) = k.as_ref().filter(|k| !k.is_empty()) {
                m.entry(k.clone()).or_default().push(y);
            }
        }
        m
    };
    let (old_index, new_index) = (index(&old_keys), index(&new_keys));
    let mut out = Vec::new();
    let mut find =
        |secs: &[&Section], other: &HashMap<String, Vec<usize>>, other_parent: &[Option<usize>], old: bool| {
            for (x, sec) in secs.iter().enumerate() {
                if !sec.heading.contains(", ") && !sec.heading.contains(" và ") {
                    continue;
                }
                let parts: Vec<String> = sec
                    .heading
                    .split(", ")
                    .flat_map(|p| p.split(" và "))
                    .filter_map(|p| title_key(p.trim().trim_end_matches(['.', ':', ';']), &opts))
                    .filter(|k| !k.is_empty())
                    .collect();
                if parts.len() < 2 {
                    continue;
                }
                // The first section of each part's title under each parent.
                let mut by_parent: BTreeMap<Option<usize>, Vec<Option<usize>>> = BTreeMap::new();
                for (i, part) in parts.iter().enumerate() {
                    for &y in other.get(part).into_iter().flatten() {
                        let slots = by_parent.entry(other_parent[y]).or_insert_with(|| vec![None; parts.len()]);
                        if slots[i].is_none() {
                            slots[i] = Some(y);
                        }
                    }
                }
                for slots in by_parent.values() {
                    if slots.iter().all(Option::is_some) {
                        out.extend(slots.iter().flatten().map(|&y| if old { (x, y) } else { (y, x) }));
                    }
                }
            }
        };
    find(old_secs, &new_index, new_parent, true);
    find(new_secs, &old_index, old_parent, false);
    out.sort_unstable();
    out.dedup();
    out
}

/// Words that only say when ("tháng 02 năm 2026"): a recurring item's date is not what it is.
static WHEN_WORDS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let opts = crate::normalize::MatchOptions::default();
    ["tháng", "năm", "ngày"].iter().flat_map(|w| crate::normalize::keys(w, &opts)).collect()
});

/// Similarity of two titles on their matching keys (normalised Levenshtein over the joined
/// keys), so "TỔ CHỨC, THAM DỰ CÁC HỘI NGHỊ" and "… CÁC CUỘC HỌP" score high and tone-mark
/// placement or capitals do not matter. Numbers and dates, with the words "tháng", "năm",
/// "ngày" around them, count as one mark: "Họp UBND xã thường kỳ tháng 01" and "… tháng 02
/// năm 2026" are the same monthly meeting.
pub fn title_similarity(a: &str, b: &str, opts: &crate::normalize::MatchOptions) -> f64 {
    match (title_key(a, opts), title_key(b, opts)) {
        (Some(ka), Some(kb)) => strsim::normalized_levenshtein(&ka, &kb),
        _ => 0.0,
    }
}

/// What [`title_similarity`] compares of a title: its joined keys, numbers, dates and
/// the words around them as one mark; None for a blank title (similar to nothing).
fn title_key(s: &str, opts: &crate::normalize::MatchOptions) -> Option<String> {
    if s.trim().is_empty() {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for k in features::class_keys(s, opts) {
        if WHEN_WORDS.contains(&k) {
            continue;
        }
        let k = if k.starts_with('#') { "#".to_string() } else { k };
        if k == "#" && out.last().is_some_and(|l| l == "#") {
            continue;
        }
        out.push(k);
    }
    Some(out.join(" "))
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
    for &(a, b, _, _) in links {
        sets.union(a as u32, (n_old + b) as u32);
    }
    let mut linked = vec![false; n_old + n_new];
    for &(a, b, _, _) in links {
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
        .map(|_| SectionMatch {
            status: SectionStatus::Matched,
            old: vec![],
            new: vec![],
            similarity: Some(0.0),
            evidence: None,
        })
        .collect();
    let mut best: Vec<Option<(f64, SectionEvidence)>> = vec![None; g.count];
    for &(a, _, s, ev) in links {
        if let Some(id) = g.old_group[a]
            && best[id].is_none_or(|b| s > b.0)
        {
            best[id] = Some((s, ev));
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
        m.similarity = Some(round3(best[id].map_or(0.0, |b| b.0).min(1.0)));
        m.evidence = best[id].map(|b| {
            let ev = b.1;
            SectionEvidence {
                title: ev.title.map(round3),
                tasks: round3(ev.tasks),
                content: round3(ev.content),
                position: round3(ev.position),
            }
        });
    }
    // In the new document's order; a dropped section goes right after the group of the
    // aligned old section before it (the place it would have kept), or first.
    let mut out = Vec::new();
    let mut emitted = vec![false; g.count];
    let mut dropped_after: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut last: Option<usize> = None;
    for (a, grp) in g.old_group.iter().enumerate() {
        match grp {
            Some(id) => last = Some(*id),
            None => dropped_after.entry(last).or_default().push(a),
        }
    }
    let push_dropped = |out: &mut Vec<SectionMatch>, list: Option<&Vec<usize>>| {
        for &a in list.into_iter().flatten() {
            out.push(SectionMatch {
                status: SectionStatus::Dropped,
                old: vec![old_secs[a].path.clone()],
                new: vec![],
                similarity: None,
                evidence: None,
            });
        }
    };
    push_dropped(&mut out, dropped_after.get(&None));
    for (b, grp) in g.new_group.iter().enumerate() {
        match grp {
            Some(id) if !emitted[*id] => {
                emitted[*id] = true;
                out.push(groups[*id].clone());
                push_dropped(&mut out, dropped_after.get(&Some(*id)));
            }
            Some(_) => {}
            None => out.push(SectionMatch {
                status: SectionStatus::New,
                old: vec![],
                new: vec![new_secs[b].path.clone()],
                similarity: None,
                evidence: None,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{
        Groups, ITEM_FLOOR, Item, Place, SectionEvidence, attachment_title, bound_items, context_pairs, evidence_score,
        first_part_is, item_pairs, row_pairs, same_items, title_key,
    };

    #[test]
    fn a_title_agreeing_in_part_does_not_outweigh_contents_that_agree() {
        // Nghệ An's "Sử dụng hộp thư điện tử công vụ của cá nhân" against Đồng Tháp's
        // "Định dạng hộp thư điện tử công vụ" (their titles share the act's subject, their
        // clauses little) and against "Trách nhiệm cá nhân trong quản lý, sử dụng Hệ thống
        // thư điện tử" (no title agreeing, the clauses alike).
        let ev = |title, tasks, content| SectionEvidence { title, tasks, content, position: 0.0 };
        let subject_only = evidence_score(&ev(Some(0.61), 0.0, 0.10), true);
        let contents = evidence_score(&ev(None, 0.18, 0.34), true);
        assert!(subject_only < contents, "{subject_only} >= {contents}");
        // The same heading over tasks that do not pair still scores half, and a title
        // with nothing under one side is all the evidence there is.
        assert_eq!(evidence_score(&ev(Some(1.0), 0.0, 0.0), true), 0.5);
        assert_eq!(evidence_score(&ev(Some(0.61), 0.0, 0.0), false), 0.61);
    }

    #[test]
    fn an_attachments_title_is_what_it_names() {
        let t = "PHỤ LỤC 2 ĐỀ CƯƠNG BÁO CÁO (Ban hành kèm theo Quyết định số 99/2025/QĐ-UBND ngày 26 tháng 11 năm 2025 của UBND tỉnh Nghệ An)";
        assert_eq!(attachment_title(t), "ĐỀ CƯƠNG BÁO CÁO");
        assert_eq!(
            attachment_title("Phụ lục DANH MỤC BIỂU MẪU (Kèm theo Quyết định số 143/2025/QĐ-UBND)"),
            "DANH MỤC BIỂU MẪU"
        );
        assert_eq!(attachment_title("Phụ lục I: Danh mục thủ tục hành chính"), "Danh mục thủ tục hành chính");
        // A heading that is only the label (and the note) stays whole; others lose the label.
        assert_eq!(attachment_title("PHỤ LỤC I"), "PHỤ LỤC I");
        assert_eq!(
            attachment_title("PHỤ LỤC (Kèm theo Quyết định số 12/QĐ-UBND)"),
            "PHỤ LỤC (Kèm theo Quyết định số 12/QĐ-UBND)"
        );
        assert_eq!(attachment_title("Phụ lục các văn bản"), "các văn bản");
        assert_eq!(attachment_title("Trách nhiệm thi hành"), "Trách nhiệm thi hành");
        assert_eq!(attachment_title("Báo cáo (kèm theo biểu số liệu)"), "Báo cáo");
    }

    /// A title naming the other's subject first, then more after a comma, is about that
    /// subject; a two-word head ("Nhiệm vụ") or a subject named later is not.
    #[test]
    fn a_titles_first_part() {
        let key = |t: &str| title_key(t, &crate::normalize::MatchOptions::standard()).unwrap();
        let long = "Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã";
        assert!(first_part_is(long, &key("TRÁCH NHIỆM CỦA ỦY BAN NHÂN DÂN CẤP XÃ")));
        assert!(!first_part_is(long, &key("Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã")));
        assert!(!first_part_is("Nhiệm vụ, giải pháp", &key("Nhiệm vụ")));
        let one = "Trách nhiệm của Ủy ban nhân dân cấp xã";
        assert!(!first_part_is(one, &key(one)));
    }

    /// The word diffs made in two halves come back in the pairs' order, each the diff of
    /// its own pair: the same list as made one by one.
    #[test]
    fn carried_diffs_in_two_halves_keep_the_pairs_order() {
        use crate::model::{LineRange, Task};
        let task =
            |t: String| Task { text: t, lines: LineRange::new(1, 1), footnotes: vec![], bullet: None, step: None };
        let old: Vec<Task> = (0..60)
            .map(|k| task(format!("Tổ chức kiểm tra công tác số {k} tại các xã, phường trong tháng {}", k % 12 + 1)))
            .collect();
        let new: Vec<Task> = (0..60)
            .map(|k| {
                task(format!("Tổ chức kiểm tra việc thực hiện công tác số {k} tại các xã trong tháng {}", k % 7 + 1))
            })
            .collect();
        fn items(ts: &[Task]) -> Vec<super::Item<'_>> {
            ts.iter().enumerate().map(|(k, t)| super::Item { section: 0, number: k + 1, task: t, path: &[] }).collect()
        }
        let (oi, ni) = (items(&old), items(&new));
        // Crossed pairs, so that an order by either side alone would show.
        let pairs: Vec<(usize, usize)> = (0..60).map(|k| ((k * 7) % 60, k)).collect();
        let total: usize = pairs.iter().map(|&(o, n)| old[o].text.len() + new[n].text.len()).sum();
        assert!(total > super::PARALLEL_DIFF_BYTES, "enough text to be split");
        let one_by_one: Vec<_> = pairs.iter().map(|&(o, n)| super::diff::changes(&old[o].text, &new[n].text)).collect();
        assert_eq!(super::carried_diffs(&pairs, &oi, &ni), one_by_one);
        // Inside a pool of any size, the same.
        for threads in [1, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            assert_eq!(pool.install(|| super::carried_diffs(&pairs, &oi, &ni)), one_by_one);
        }
    }

    /// Tasks numbered in order, in sections of the given sizes: their places.
    fn layout(sizes: &[usize]) -> Vec<Place> {
        sizes.iter().enumerate().flat_map(|(s, &k)| (0..k).map(move |i| (s, i == 0, i + 1 == k, None))).collect()
    }

    /// Context pairs from A to B, and those from B to A turned back to (A, B), sorted;
    /// sections with the same number are aligned.
    fn both_ways(
        a: &[Place],
        b: &[Place],
        scores: &[(usize, usize, f64)],
        paired: &[(usize, usize, f64)],
    ) -> [Vec<(usize, usize)>; 2] {
        both_ways_twins(a, b, scores, paired, false)
    }

    /// [`both_ways`], with every two aligned sections twins that hold their tasks alone
    /// (`twins`) or none.
    fn both_ways_twins(
        a: &[Place],
        b: &[Place],
        scores: &[(usize, usize, f64)],
        paired: &[(usize, usize, f64)],
        twins: bool,
    ) -> [Vec<(usize, usize)>; 2] {
        let flip = |v: &[(usize, usize, f64)]| v.iter().map(|&(o, n, s)| (n, o, s)).collect::<Vec<_>>();
        let ab_twins = |o: usize, n: usize| twins && a[o].0 == b[n].0;
        let ba_twins = |o: usize, n: usize| twins && b[o].0 == a[n].0;
        let mut ab: Vec<(usize, usize)> =
            context_pairs(scores, paired, 0.3, (|o, n| a[o].0 == b[n].0, |_, _| true, ab_twins), (a, b))
                .iter()
                .map(|p| (p.0, p.1))
                .collect();
        let mut ba: Vec<(usize, usize)> =
            context_pairs(&flip(scores), &flip(paired), 0.3, (|o, n| b[o].0 == a[n].0, |_, _| true, ba_twins), (b, a))
                .iter()
                .map(|p| (p.1, p.0))
                .collect();
        ab.sort_unstable();
        ba.sort_unstable();
        [ab, ba]
    }

    /// Two aligned one-line items that hold nothing else: their tasks are carried,
    /// reworded, however few words they share (regression: the funding item of Hồ Chí Minh
    /// City's and Lai Châu's plans was a matched section whose only task was dropped and
    /// the other's new). The same the other way round.
    #[test]
    fn a_field_is_the_words_before_a_colon() {
        use super::field_key;
        assert_eq!(field_key("Cơ quan thực hiện: Sở Nội vụ chủ trì").as_deref(), Some("cơ quan thực hiện"));
        assert_eq!(field_key("Thời gian thực hiện:  Năm 2025").as_deref(), Some("thời gian thực hiện"));
        // Not a field: a sentence with a colon late in it, a date, no value, a bracket.
        assert_eq!(field_key("Các nội dung hỗ trợ thi hành Luật gồm có những việc sau: a, b"), None);
        assert_eq!(field_key("Lúc 08:30 họp giao ban"), None);
        assert_eq!(field_key("Cơ quan chủ trì:"), None);
        assert_eq!(field_key("Nội dung (nếu có): tập huấn"), None);
        assert_eq!(field_key("cơ quan thực hiện: Sở Nội vụ"), None);
    }

    /// The same field of aligned sections pairs once per section, whatever its words share;
    /// a field filled twice in a section pairs nothing.
    #[test]
    fn the_same_field_of_aligned_sections_pairs() {
        use super::{Item, field_key, field_pairs};
        use crate::model::{LineRange, Task};
        let task = |t: &str| Task {
            text: t.to_string(),
            lines: LineRange::new(1, 1),
            footnotes: vec![],
            bullet: None,
            step: None,
        };
        let old_tasks = [
            task("Nội dung thực hiện: Tổ chức phổ biến Luật Việc làm"),
            task("Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu"),
            task("Thời gian thực hiện: Năm 2025"),
            task("Thời gian thực hiện: Năm 2026"),
        ];
        let new_tasks = [
            task("Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp"),
            task("Cơ quan phối hợp: Các sở, ngành"),
            task("Thời gian thực hiện: Quý IV năm 2025"),
        ];
        fn items(ts: &[Task]) -> Vec<Item<'_>> {
            ts.iter().enumerate().map(|(k, t)| Item { section: 0, number: k + 1, task: t, path: &[] }).collect()
        }
        let (oi, ni) = (items(&old_tasks), items(&new_tasks));
        let keys = |is: &[Item]| is.iter().map(|i| field_key(&i.task.text)).collect::<Vec<_>>();
        let (ok, nk) = (keys(&oi), keys(&ni));
        let none = super::Forbidden::default();
        let pairs = field_pairs((&ok, &nk), (&oi, &ni), &[], &none, |_, _| true, |_, _| 0.2);
        assert_eq!(pairs, vec![(1, 0, 0.2)]);
        // Sections not aligned, the task paired already, or the pair forbidden: nothing.
        assert!(field_pairs((&ok, &nk), (&oi, &ni), &[], &none, |_, _| false, |_, _| 0.2).is_empty());
        assert!(field_pairs((&ok, &nk), (&oi, &ni), &[(1, 2, 0.9)], &none, |_, _| true, |_, _| 0.2).is_empty());
        let forbidden: super::Forbidden = [(1, 0)].into_iter().collect();
        assert!(field_pairs((&ok, &nk), (&oi, &ni), &[], &forbidden, |_, _| true, |_, _| 0.2).is_empty());
    }

    #[test]
    fn the_only_tasks_of_aligned_one_line_items_pair() {
        use super::TaskStatus;
        let doc = |second: &str| {
            crate::read::outline::outline(
                "x",
                &format!(
                    "I. KINH PHÍ THỰC HIỆN\n1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước \
                     theo phân cấp hiện hành.\n2. {second}\n3. Các cơ quan được phân công chủ trì có trách nhiệm lập dự \
                     toán, quyết toán kinh phí theo quy định của Luật Ngân sách nhà nước.\n"
                ),
            )
        };
        let a = doc("Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí chi thường xuyên.");
        let b = doc(
            "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, tổng hợp trình cấp có thẩm quyền bố trí kinh phí.",
        );
        for (x, y) in [(&a, &b), (&b, &a)] {
            let c = super::compare(x, y, &super::MatchSettings::default());
            let t =
                c.tasks.iter().find(|t| t.new.as_ref().is_some_and(|n| n.text.starts_with("Sở Tài chính"))).unwrap();
            assert_eq!(t.status, TaskStatus::Carried, "{:?}", c.tasks);
            assert_eq!(c.summary.carried, 3);
            assert!(t.similarity.unwrap() < 0.25, "{:?}", t.similarity);
        }
    }

    /// In sections whose order says nothing (twin orphans, items each other's closest as
    /// wholes but too far apart to align; two untitled items of two work programmes) two
    /// tasks each other's closest over every task of the other side are held by the sections
    /// themselves, at the floor, wherever they stand, across a pair made there (regression:
    /// Tam Thanh's and Cao Lộc's agriculture items, whose tasks on the winter–spring crop,
    /// 0.32, stayed dropped and new; their health items, whose tasks on children, 0.33, were
    /// listed last in one and sixth in the other). Not a task whose closest is another, even
    /// one already paired, nor one under the floor, nor elsewhere.
    #[test]
    fn sections_whose_order_says_nothing_hold_their_closest_tasks_alone() {
        let (a, b) = (layout(&[8]), layout(&[8]));
        let paired = [(1, 5, 0.9)];
        let scores = [(1, 5, 0.9), (3, 2, 0.35), (5, 2, 0.33), (6, 4, 0.3), (6, 5, 0.4), (0, 6, 0.28)];
        let [ab, ba] = both_ways_twins(&a, &b, &scores, &paired, true);
        assert_eq!(ab, ba);
        assert_eq!(ab, vec![(3, 2)]);
        let [ab, ba] = both_ways_twins(&a, &b, &scores, &paired, false);
        assert_eq!(ab, ba);
        assert!(ab.is_empty(), "{ab:?}");
    }

    /// Where an untitled item without a partner sent (or from where it took) all its carried
    /// tasks, it is bound; nowhere else.
    #[test]
    fn an_untitled_item_without_a_partner_is_bound_where_all_its_carried_tasks_went() {
        // Old items 0, 1, 2 and new items 0, 1; old 0 is aligned with new 0, the rest have
        // no partner; every item is untitled but new 1.
        let groups: (&[Option<usize>], &[Option<usize>]) = (&[Some(0), None, None], &[Some(0), None]);
        let untitled: (&[bool], &[bool]) = (&[true, true, true], &[true, false]);
        // Old 1 sent its one carried task to new 0 (aligned with old 0): bound.
        assert_eq!(bound_items(&[(0, 0), (1, 0)], groups, untitled), [(1, 0)].into());
        // Old 1 sent its carried tasks to two items, each aligned with an old item: bound to
        // neither.
        let both_aligned: (&[Option<usize>], &[Option<usize>]) = (&[Some(0), None, Some(1)], &[Some(0), Some(1)]);
        assert!(bound_items(&[(0, 0), (1, 0), (1, 1)], both_aligned, (&[true; 3], &[true; 2])).is_empty());
        // New 1 took its carried tasks from old 2 alone, twice: bound, but not when titled.
        let two = [(2, 1), (2, 1)];
        assert_eq!(bound_items(&two, groups, (&[true; 3], &[true; 2])), [(2, 1)].into());
        assert!(bound_items(&two, groups, untitled).is_empty());
        // Two aligned items are never bound, however their tasks went.
        assert!(bound_items(&[(0, 0)], groups, untitled).is_empty());
    }

    /// In two held items, leftovers each the other's only closest pair at the floor, round by
    /// round, the same either way round.
    #[test]
    fn leftovers_of_two_held_items_pair_as_each_others_closest_round_by_round() {
        use crate::model::{LineRange, Task};
        let task = |k: usize| Task {
            text: format!("t{k}"),
            lines: LineRange::new(1, 1),
            footnotes: vec![],
            bullet: None,
            step: None,
        };
        let tasks: Vec<Task> = (0..6).map(task).collect();
        // Old tasks 0–2 and new tasks 0–2 in items 0 and 0; old 3, new 3 and 4 in items 1 and 1;
        // old 4 and new 5 in items 2 and 2, already paired.
        let sections_o = [0, 0, 0, 1, 2];
        let sections_n = [0, 0, 0, 1, 1, 2];
        let item = |s: usize, k: usize| super::Item { section: s, number: k + 1, task: &tasks[k], path: &[] };
        let olds: Vec<super::Item> = sections_o.iter().enumerate().map(|(k, &s)| item(s, k)).collect();
        let news: Vec<super::Item> = sections_n.iter().enumerate().map(|(k, &s)| item(s, k)).collect();
        let sim = |o: usize, n: usize| match (o, n) {
            (0, 0) => 0.19,
            (1, 0) => 0.18,
            (1, 1) => 0.17,
            (0, 1) => 0.10,
            (2, 2) => 0.14,
            (3, 3) | (3, 4) => 0.2,
            (4, 5) => 0.9,
            _ => 0.0,
        };
        let held = [(0, 0), (1, 1), (2, 2)];
        let paired = [(4, 5, 0.9)];
        let pairs =
            item_pairs(&held, (&olds, &news), &paired, (|_: &Item| true, |_, _| true), sim, ITEM_FLOOR).unwrap();
        // Old 0 and new 0 first; then old 1 and new 1, each the other's closest once those are
        // taken; not old 2 and new 2 (under the floor), nor old 3 (two closest), nor the pair
        // already made.
        assert_eq!(pairs, vec![(0, 0, 0.19), (1, 1, 0.17)]);
        // The other way round, the same pairs mirrored.
        let mirrored = item_pairs(
            &[(0, 0), (1, 1), (2, 2)],
            (&news, &olds),
            &[(5, 4, 0.9)],
            (|_: &Item| true, |_, _| true),
            |n, o| sim(o, n),
            ITEM_FLOOR,
        );
        assert_eq!(mirrored.unwrap(), vec![(0, 0, 0.19), (1, 1, 0.17)]);
        // A pair not allowed (forbidden by the user, a one-liner carried as a heading) is not
        // made, and old 1 then has new 0 as its closest.
        let pairs =
            item_pairs(&held, (&olds, &news), &paired, (|_: &Item| true, |o, n| (o, n) != (0, 0)), sim, ITEM_FLOOR)
                .unwrap();
        assert_eq!(pairs, vec![(1, 0, 0.18)]);
        // Past the budget, nothing is compared.
        let many: Vec<Task> = (0..1000).map(task).collect();
        let big: Vec<super::Item> = many
            .iter()
            .enumerate()
            .map(|(k, t)| super::Item { section: 0, number: k + 1, task: t, path: &[] })
            .collect();
        assert!(
            item_pairs(
                &[(0, 0)],
                (&big[..500], &big[500..]),
                &[],
                (|_: &Item| true, |_, _| true),
                |_, _| 0.5,
                ITEM_FLOOR
            )
            .is_none()
        );
    }

    /// Aligned items that carried at least half their tasks between them are read as one
    /// item; items with fewer carried and items not aligned are not.
    #[test]
    fn aligned_items_that_carried_half_their_tasks_are_one_item() {
        use crate::model::{LineRange, Task};
        let task =
            Task { text: "t".to_string(), lines: LineRange::new(1, 1), footnotes: vec![], bullet: None, step: None };
        let item = |s: usize| Item { section: s, number: 1, task: &task, path: &[] };
        // Old sections 0, 1, 2 hold 4, 4 and 2 tasks; new sections 0, 1, 2 hold 4, 4 and 2.
        let sections = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2];
        let olds: Vec<Item> = sections.iter().map(|&s| item(s)).collect();
        let news: Vec<Item> = sections.iter().map(|&s| item(s)).collect();
        // 0 and 1 aligned with their twins, 2 with nothing.
        let groups =
            Groups { old_group: vec![Some(0), Some(1), None], new_group: vec![Some(0), Some(1), None], count: 2 };
        // Two pairs between the items 0 carry four of their eight tasks (half); one pair
        // between the items 1 carries two of eight; the items 2, paired too, are not aligned.
        let paired = [(0, 0, 0.9), (1, 1, 0.8), (4, 4, 0.9), (8, 8, 0.9), (9, 9, 0.9)];
        let same = same_items(&groups, (&olds, &news), &paired);
        assert_eq!(same, vec![(0, 0)]);
        // Mirrored, the same.
        assert_eq!(same_items(&groups, (&news, &olds), &paired), vec![(0, 0)]);
        // An old item of four tasks carried half each into two new items of one entry: the
        // two pairs would read its leftovers twice, and neither is read so.
        let (four, two_and_two): (Vec<Item>, Vec<Item>) =
            ((0..4).map(|_| item(0)).collect(), [0, 0, 1, 1].iter().map(|&s| item(s)).collect());
        let split = Groups { old_group: vec![Some(0)], new_group: vec![Some(0), Some(0)], count: 1 };
        let carried = [(0, 0, 0.9), (1, 1, 0.9), (2, 2, 0.9), (3, 3, 0.9)];
        assert!(same_items(&split, (&four, &two_and_two), &carried).is_empty());
    }

    /// In aligned sections, table rows left over pair as each other's closest within the two
    /// sections; prose leftovers and sections not aligned are not read, nor rows under the
    /// floor; the same either way round.
    #[test]
    fn rows_left_over_in_aligned_sections_pair_within_them() {
        use crate::model::{LineRange, Task};
        let task = |text: &str| Task {
            text: text.to_string(),
            lines: LineRange::new(1, 1),
            footnotes: vec![],
            bullet: None,
            step: None,
        };
        // Old: rows 0, 1 and prose 2 in section 0; row 3 in section 1 (not aligned).
        // New: rows 0, 1 and prose 2 in section 0; row 3 in section 1.
        let texts =
            ["Ký duyệt | Sở | 1 ngày", "Trả kết quả | Sở | 1 ngày", "Thực hiện tốt công tác", "Ban hành | UBND"];
        let tasks: Vec<Task> = texts.iter().map(|t| task(t)).collect();
        let item = |s: usize, k: usize| super::Item { section: s, number: k + 1, task: &tasks[k], path: &[] };
        let olds = [item(0, 0), item(0, 1), item(0, 2), item(1, 3)];
        let news = [item(0, 0), item(0, 1), item(0, 2), item(1, 3)];
        let groups = Groups { old_group: vec![Some(0), None], new_group: vec![Some(0), Some(1)], count: 2 };
        let sim = |o: usize, n: usize| match (o, n) {
            (0, 0) => 0.42,
            (1, 1) => 0.2,
            (2, 2) | (3, 3) => 0.9,
            _ => 0.05,
        };
        let pairs = row_pairs(&groups, (&olds, &news), &[], |_, _| true, sim, 0.25).unwrap();
        assert_eq!(pairs, vec![(0, 0, 0.42)]);
        let mirrored = row_pairs(
            &Groups { old_group: groups.new_group.clone(), new_group: groups.old_group.clone(), count: 2 },
            (&news, &olds),
            &[],
            |_, _| true,
            |n, o| sim(o, n),
            0.25,
        );
        assert_eq!(mirrored.unwrap(), vec![(0, 0, 0.42)]);
        // A row already paired is not read again.
        assert!(row_pairs(&groups, (&olds, &news), &[(0, 0, 0.9)], |_, _| true, sim, 0.25).unwrap().is_empty());
    }

    /// A task whose closest candidate is already paired takes its closest free one
    /// (regression: Lào Cai's article on when the decision takes effect, closest to Bắc
    /// Ninh's first article on its words, stayed new beside Bắc Ninh's own article on it).
    #[test]
    fn context_pairs_look_past_partners_already_taken() {
        let (a, b) = (layout(&[2]), layout(&[2]));
        let paired = [(0, 0, 0.9)];
        let scores = [(0, 0, 0.9), (1, 0, 0.6), (1, 1, 0.35)];
        let [ab, ba] = both_ways(&a, &b, &scores, &paired);
        assert_eq!(ab, ba);
        assert_eq!(ab, vec![(1, 1)]);
    }

    /// The term an item of "Giải thích từ ngữ" defines, however it is written; not a
    /// sentence that merely contains "là", nor a long clause.
    #[test]
    fn a_definition_names_its_term() {
        use super::defined_term;
        assert_eq!(
            defined_term("Hộp thư công vụ cá nhân là hộp thư điện tử thuộc Hệ thống …"),
            Some("Hộp thư công vụ cá nhân")
        );
        assert_eq!(
            defined_term("Hộp thư điện tử công vụ cá nhân: Là hộp thư điện tử …"),
            Some("Hộp thư điện tử công vụ cá nhân")
        );
        assert_eq!(defined_term("Chữ ký số: được hiểu là một dạng chữ ký …"), Some("Chữ ký số"));
        assert_eq!(defined_term("“Ý kiến điện tử” là ý kiến …"), Some("Ý kiến điện tử"));
        assert_eq!(defined_term("Tài khoản thư điện tử được hiểu là tên …"), Some("Tài khoản thư điện tử"));
        assert_eq!(defined_term("các cơ quan là …"), None);
        assert_eq!(
            defined_term(
                "Việc cấp, thu hồi, quản lý tài khoản của các cơ quan, đơn vị trên địa bàn tỉnh là trách nhiệm …"
            ),
            None
        );
        assert_eq!(defined_term("Không có định nghĩa nào ở đây."), None);
    }

    /// Rows of two tables of steps are held in place by their place in the procedure: both
    /// last steps pair (step 4 of 4 with step 7 of 7, though neither closes its section, a
    /// total row following the steps), while step 4 of 4 and step 4 of 7 do not (regression:
    /// Đồng Nai's "Nhận và trả kết quả" went to Sơn La's step 4 "Chuyển hồ sơ liên thông"
    /// rather than to its step 7 "Tiếp nhận, trả kết quả").
    #[test]
    fn context_pairs_hold_rows_at_the_same_place_among_steps() {
        let steps = |table: &[Option<u8>]| -> Vec<Place> {
            let last = table.iter().flatten().max().copied().unwrap_or(0);
            table.iter().enumerate().map(|(i, s)| (0, i == 0, i + 1 == table.len(), s.map(|k| (k, last)))).collect()
        };
        // A title, steps 1–4; a title, steps 1–7 and a total.
        let a = steps(&[None, Some(1), Some(2), Some(3), Some(4)]);
        let b = steps(&[None, Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), Some(7), None]);
        let paired = [(0, 0, 0.9)];
        let [ab, ba] = both_ways(&a, &b, &[(0, 0, 0.9), (4, 7, 0.35)], &paired);
        assert_eq!(ab, ba);
        assert_eq!(ab, vec![(4, 7)]);
        // Step 4 of 4 and step 4 of 7 hold no place in common.
        let [ab, ba] = both_ways(&a, &b, &[(0, 0, 0.9), (4, 4, 0.35)], &paired);
        assert_eq!(ab, ba);
        assert!(ab.is_empty(), "{ab:?}");
        // Nor does anything hold rows that are no steps at all.
        let (c, d) = (layout(&[5]), layout(&[9]));
        let [ab, _] = both_ways(&c, &d, &[(0, 0, 0.9), (4, 7, 0.35)], &paired);
        assert!(ab.is_empty(), "{ab:?}");
        // First steps and the same step of equally long tables hold too.
        let e = steps(&[None, Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), Some(7)]);
        let scores = [(0, 0, 0.9), (1, 1, 0.3), (3, 3, 0.31), (6, 6, 0.32)];
        let [ab, ba] = both_ways(&e, &b, &scores, &[(0, 0, 0.9), (2, 5, 0.9)]);
        assert_eq!(ab, ba);
        // Step 3 would cross the pair of steps 2 and 5.
        assert_eq!(ab, vec![(1, 1), (6, 6)]);
    }

    /// A one-liner that is only the other side's heading (a heading the reader took for a
    /// task) is no heading-with-body laid out on one line: the heading's first task is not
    /// paired with it on the heading's words (regression: Quảng Trị's "(1) Tiêu chí xác định
    /// thôn, xã, tỉnh vùng đồng bào dân tộc thiểu số" carried to Cần Thơ's "Yêu cầu, điều kiện
    /// thực hiện TTHC NB" at 0.72). With a body after a colon it still pairs.
    #[test]
    fn a_bodiless_one_liner_is_not_a_heading_with_its_first_task() {
        let a = crate::read::outline::outline(
            "a",
            "I. NỘI DUNG\n1. Yêu cầu, điều kiện thực hiện thủ tục\n- Tiêu chí xác định thôn vùng đồng bào dân tộc thiểu số \
             theo quy định của Chính phủ.\n2. Thời hạn giải quyết\n- Mười ngày làm việc kể từ ngày nhận đủ hồ sơ.\n",
        );
        let one_liner = |body: &str| {
            crate::read::outline::outline(
                "b",
                &format!(
                    "I. NỘI DUNG\n1. Yêu cầu, điều kiện thực hiện thủ tục{body}\n2. Thời hạn giải quyết\n- Mười ngày làm \
                     việc kể từ ngày nhận đủ hồ sơ.\n"
                ),
            )
        };
        let carried = |x: &crate::model::Document, y: &crate::model::Document| {
            let c = super::compare(x, y, &super::MatchSettings::default());
            c.tasks.iter().any(|t| {
                t.status == super::TaskStatus::Carried
                    && [&t.old, &t.new].iter().any(|r| r.as_ref().is_some_and(|r| r.text.starts_with("Tiêu chí")))
            })
        };
        let bare = one_liner("");
        assert!(!carried(&a, &bare) && !carried(&bare, &a));
        let with_body = one_liner(": Tiêu chí xác định thôn vùng đồng bào dân tộc thiểu số.");
        assert!(carried(&a, &with_body) && carried(&with_body, &a));
    }

    /// Unit names are masked for matching, but of two rows the same but for the commune's
    /// name, the row of the same commune is the copy (regression: Huế's "Xã Long Quảng | 70
    /// 30" was carried to "Xã Khe Tre | 70 30", its own row paired with another commune's).
    #[test]
    fn the_same_units_row_wins_over_another_units() {
        let doc = |rows: &str| crate::read::outline::outline("x", &format!("I. TỶ LỆ VỐN ĐỐI ỨNG\n{rows}"));
        let a = doc("1. Xã Đan Điền: 40 phần trăm.\n2. Xã Long Quảng: 70 phần trăm.\n");
        let b = doc("1. Xã Long Quảng: 70 phần trăm.\n2. Xã Khe Tre: 70 phần trăm.\n");
        for (x, y) in [(&a, &b), (&b, &a)] {
            let c = super::compare(x, y, &super::MatchSettings::default());
            let same = c.tasks.iter().find(|t| t.identical == Some(true)).expect("an identical pair");
            assert!(same.old.as_ref().unwrap().text.contains("Long Quảng"), "{:?}", c.tasks);
        }
    }

    #[test]
    fn context_pairs_mirror_with_ties() {
        // One section of five tasks each side, the first and last paired; the three
        // between all score the same with each other: (1, 3) and (3, 1) tie exactly, and
        // so do (1, 2) and (2, 1), (2, 3) and (3, 2).
        let (a, b) = (layout(&[5]), layout(&[5]));
        let paired = [(0, 0, 0.9), (4, 4, 0.9)];
        let mut scores: Vec<(usize, usize, f64)> = paired.to_vec();
        for o in 1..4 {
            for n in 1..4 {
                scores.push((o, n, 0.4));
            }
        }
        let [ab, ba] = both_ways(&a, &b, &scores, &paired);
        assert_eq!(ab, ba);
        assert_eq!(ab, vec![(1, 1), (2, 2), (3, 3)]);
    }

    #[test]
    fn context_pairs_mirror_on_many_small_cases() {
        // A small deterministic generator: tie-heavy scores in a few sections.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) % m) as usize
        };
        for _ in 0..2000 {
            let sizes = |next: &mut dyn FnMut(u64) -> usize| (0..1 + next(3)).map(|_| 1 + next(4)).collect::<Vec<_>>();
            let (a, b) = (layout(&sizes(&mut next)), layout(&sizes(&mut next)));
            let mut scores = Vec::new();
            for o in 0..a.len() {
                for n in 0..b.len() {
                    if next(3) > 0 {
                        scores.push((o, n, [0.35, 0.4, 0.5, 0.9][next(4)]));
                    }
                }
            }
            let mut paired: Vec<(usize, usize, f64)> = Vec::new();
            for &(o, n, s) in &scores {
                if s >= 0.9 && !paired.iter().any(|p| p.0 == o || p.1 == n) && next(2) == 0 {
                    paired.push((o, n, s));
                }
            }
            let [ab, ba] = both_ways(&a, &b, &scores, &paired);
            assert_eq!(ab, ba, "{a:?} {b:?} {scores:?} {paired:?}");
        }
    }

    /// One unit lists an article's duties as its clauses, another groups them under a
    /// clause as points: the items a level apart under the aligned articles are aligned,
    /// and their only tasks, reworded below the task threshold, are carried (Bắc Ninh's
    /// "7. Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn …" and Ninh Bình's "1. …" /
    /// "b) Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn …", 0.447).
    #[test]
    fn items_a_level_apart_under_aligned_articles_align() {
        let flat = "QUY CHẾ\n\nChương III\nTRÁCH NHIỆM\n\nĐiều 11. Trách nhiệm của Sở Khoa học và Công nghệ\n\
            1. Quản lý chung, triển khai thực hiện các quy định về hệ thống thư điện tử công vụ của tỉnh.\n\
            2. Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn cho các cơ quan, đơn vị, tổ chức, cá nhân nhằm \
            khai thác, sử dụng có hiệu quả hệ thống thư điện tử công vụ; kế hoạch chuyển đổi sang sử dụng danh bạ \
            thư điện tử công vụ mới đảm bảo tuân thủ các quy định trong Quy chế này.\n\
            3. Theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị sử dụng thư điện tử công vụ theo Quy chế này.\n";
        let grouped = "QUY CHẾ\n\nChương III\nTRÁCH NHIỆM\n\nĐiều 11. Trách nhiệm của Sở Khoa học và Công nghệ\n\
            1. Trách nhiệm quản lý:\n\
            a) Quản lý chung, triển khai thực hiện các quy định về hệ thống thư điện tử công vụ của tỉnh;\n\
            b) Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn cho cán bộ, công chức, viên chức sử dụng hệ \
            thống thư điện tử công vụ của tỉnh đảm bảo an toàn, hiệu quả;\n\
            c) Theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị sử dụng thư điện tử công vụ có hiệu quả theo Quy chế này;\n\
            2. Trách nhiệm vận hành:\n\
            a) Bảo đảm an toàn, bảo mật thông tin đối với hệ thống thư điện tử công vụ của tỉnh.\n";
        let (a, b) = (crate::read::outline::outline("a", flat), crate::read::outline::outline("b", grouped));
        for (x, y, old_first) in [(&a, &b, true), (&b, &a, false)] {
            let c = super::compare(x, y, &super::MatchSettings::default());
            let training = c.tasks.iter().find(|t| {
                let side = if old_first { &t.old } else { &t.new };
                side.as_ref().is_some_and(|s| s.text.contains("các cơ quan, đơn vị, tổ chức, cá nhân nhằm"))
            });
            let t = training.unwrap();
            assert_eq!(t.status, super::TaskStatus::Carried, "{:#?}", c.tasks);
            assert!(t.similarity.unwrap() < 0.45, "{:?}", t.similarity);
        }
    }

    #[test]
    fn closing_parts_go_by_several_names() {
        use super::closing_title;
        assert_eq!(closing_title("Tổ chức thực hiện"), Some(0));
        assert_eq!(closing_title("ĐIỀU KHOẢN THI HÀNH"), Some(1));
        assert_eq!(closing_title("Trách nhiệm  thi hành."), Some(2));
        assert_eq!(closing_title("Hiệu lực thi hành"), None);
        assert_eq!(closing_title("Tổ chức thực hiện Kế hoạch"), None);
    }

    /// Two tasks joined into one, the second repeating the first's words (a term and its
    /// definition, a heading line and its sentence): the first is merged into the joined
    /// task, not dropped, either way round a split (regression, from real documents laid
    /// out again: "Vốn từ … quỹ 20% đất ở …;" / "Quỹ 20% đất ở theo quy định tại Điểm này
    /// là …" joined into one task left the first dropped, with its whole text in the new
    /// task, because the second already held half of its words).
    #[test]
    fn a_joined_task_whose_second_piece_repeats_the_first_is_a_merge() {
        use super::TaskStatus;
        let first = "Vốn từ nguồn tiền thu được thông qua việc đấu giá quyền sử dụng đất đối với các quỹ 20% \
                     đất ở tại các dự án đầu tư xây dựng nhà ở thương mại, khu đô thị mà chủ đầu tư phải bàn \
                     giao cho Thành phố theo quy định;";
        let second = "Quỹ 20% đất ở theo quy định tại Điểm này là quỹ đất ở đã đầu tư xây dựng hệ thống hạ tầng \
                      kỹ thuật trong phạm vi dự án đầu tư xây dựng nhà ở thương mại, khu đô thị mà chủ đầu tư \
                      phải bàn giao cho Thành phố theo quy định của Trung ương, của Thành phố;";
        let doc = |body: &str| {
            crate::read::outline::outline(
                "x",
                &format!(
                    "Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định về nguồn vốn phát triển nhà ở xã hội.\n\n\
                     Điều 2. Nguồn vốn\n\na) Vốn ngân sách Thành phố bố trí hằng năm theo phân cấp;\n\n\
                     b) Vốn trái phiếu chính quyền địa phương;\n\n{body}\n\n\
                     d) Các nguồn vốn hợp pháp khác theo quy định của pháp luật.\n"
                ),
            )
        };
        let apart = doc(&format!("c) {first}\n\n{second}"));
        let joined = doc(&format!("c) {first} {second}"));
        let c = super::compare(&apart, &joined, &super::MatchSettings::default());
        let t = c.tasks.iter().find(|t| t.old.as_ref().is_some_and(|o| o.text.starts_with("Vốn từ"))).unwrap();
        assert_eq!(t.status, TaskStatus::Merged, "{:#?}", c.tasks);
        assert_eq!(c.summary.dropped, 0, "{:#?}", c.tasks);
        let back = super::compare(&joined, &apart, &super::MatchSettings::default());
        let t = back.tasks.iter().find(|t| t.new.as_ref().is_some_and(|n| n.text.starts_with("Vốn từ"))).unwrap();
        assert_eq!(t.status, TaskStatus::Split, "{:#?}", back.tasks);
        // Two copies of one task, one of them gone: the other is dropped, not merged.
        let twice = doc(&format!("c) {second}\n\n{second}"));
        let once = doc(&format!("c) {second}"));
        let c = super::compare(&twice, &once, &super::MatchSettings::default());
        assert_eq!((c.summary.dropped, c.summary.merged), (1, 0), "{:#?}", c.tasks);
    }

    /// A programme's meetings written as one-line items in one month ("3. Phiên họp UBND xã
    /// thường kỳ tháng 02 năm 2026.") and as headings with their details in the next ("3.
    /// Phiên họp UBND xã thường kỳ tháng 03 năm 2026" / "- Thời gian: …"): each one-liner is
    /// carried as the heading, the details are new, either way round (regression: the
    /// one-liners were paired with details that shared their words, "Họp giao ban Chủ tịch,
    /// các Phó Chủ tịch UBND xã." with "Thành phần: Chủ tịch, các Phó Chủ tịch UBND xã.", or
    /// dropped).
    #[test]
    fn a_one_line_item_is_carried_as_the_other_sides_heading() {
        use super::TaskStatus;
        let head = "ỦY BAN NHÂN DÂN\nXÃ CAO LỘC\nCHƯƠNG TRÌNH\nCông tác tháng 02 năm 2026\n\
                    I. NHIỆM VỤ TRỌNG TÂM\n1. Chỉ đạo gieo trồng vụ Đông - Xuân theo kế hoạch.\n\
                    2. Thu ngân sách nhà nước đạt kế hoạch đề ra.\nII. CÁC HỘI NGHỊ\n";
        let lines = crate::read::outline::outline(
            "a",
            &format!(
                "{head}1. Dự Hội nghị Ban Thường vụ Đảng ủy xã.\n2. Họp giao ban Chủ tịch, các Phó Chủ tịch UBND xã.\n\
                 3. Phiên họp UBND xã thường kỳ tháng 02 năm 2026.\n"
            ),
        );
        let headed = crate::read::outline::outline(
            "b",
            &format!(
                "{head}1. Dự Hội nghị Ban Thường vụ Đảng ủy xã\n- Thời gian: Theo lịch công tác của Đảng ủy.\n\
                 - Địa điểm: Hội trường Đảng ủy xã.\n2. Họp giao ban Chủ tịch, các Phó Chủ tịch UBND xã\n\
                 - Thời gian: Sáng thứ Hai hàng tuần.\n- Thành phần: Chủ tịch, các Phó Chủ tịch UBND xã.\n\
                 3. Phiên họp UBND xã thường kỳ tháng 03 năm 2026\n- Thời gian: Ngày 28/3/2026.\n"
            ),
        );
        use super::Side;
        for (old, new, one_liner_side) in [(&lines, &headed, Side::Old), (&headed, &lines, Side::New)] {
            let c = super::compare(old, new, &super::MatchSettings::default());
            let as_heading: Vec<&super::TaskMatch> = c.tasks.iter().filter(|t| t.heading.is_some()).collect();
            assert_eq!(as_heading.len(), 3, "{:#?}", c.tasks);
            for t in &as_heading {
                assert_eq!(t.status, TaskStatus::Carried);
                let (task, heading) = if one_liner_side == Side::Old { (&t.old, &t.new) } else { (&t.new, &t.old) };
                let (task, heading) = (task.as_ref().unwrap(), heading.as_ref().unwrap());
                assert_eq!(t.heading, Some(if one_liner_side == Side::Old { Side::New } else { Side::Old }));
                assert_eq!((task.number, heading.number), (1, 0));
                assert_eq!(task.path, heading.path);
            }
            let monthly = as_heading.iter().find(|t| t.old.as_ref().unwrap().text.contains("Phiên họp")).unwrap();
            assert_eq!(monthly.identical, Some(false), "the month changed");
            // The details are new (or dropped) and no detail is paired with a one-liner.
            assert_eq!((c.summary.carried, c.summary.headings), (2, 3), "{:#?}", c.tasks);
            let details = if one_liner_side == Side::Old { c.summary.new } else { c.summary.dropped };
            assert_eq!((details, c.summary.new + c.summary.dropped), (5, 5), "{:#?}", c.tasks);
        }
    }

    /// The pairs carried (old text, new text), from a comparison of two outlined texts.
    fn carried_pairs(old: &str, new: &str) -> Vec<(String, String)> {
        let doc = |t: &str| crate::read::outline::outline("x", t);
        let c = super::compare(&doc(old), &doc(new), &super::MatchSettings::default());
        c.tasks
            .iter()
            .filter(|t| t.status == super::TaskStatus::Carried)
            .map(|t| (t.old.as_ref().unwrap().text.clone(), t.new.as_ref().unwrap().text.clone()))
            .collect()
    }

    /// Two procedures' rows share their steps and deadlines word for word: a row pairs with
    /// the row citing its own code, not with another procedure's look-alike (regression, from
    /// two provinces' lists: "1.014466 | Công nhận kết quả thăm dò khoáng sản …" was carried
    /// as "1.014464 | Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) …").
    #[test]
    fn a_procedures_row_pairs_by_its_code() {
        let steps = "30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | Trung tâm Phục vụ hành chính công tỉnh | \
                     Nộp trực tiếp hoặc qua dịch vụ bưu chính công ích";
        let old = format!("I. DANH MỤC\n1. 1.014466 | Công nhận kết quả thăm dò khoáng sản | {steps}\n");
        let new = format!(
            "I. DANH MỤC\n1. 1.014464 | Cấp giấy chứng nhận lưu hành tự do đối với hàng hóa xuất khẩu | {steps}\n\
             2. 1.014466 | Thủ tục công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của tỉnh | 45 ngày\n"
        );
        for (a, b) in [(&old, &new), (&new, &old)] {
            let pairs = carried_pairs(a, b);
            assert_eq!(pairs.len(), 1, "{pairs:#?}");
            assert!(pairs[0].0.contains("1.014466") && pairs[0].1.contains("1.014466"), "{pairs:#?}");
        }
        // The same procedure issued again under a new code, its name and steps the same, is
        // still carried.
        let again = format!("I. DANH MỤC\n1. 1.014999 | Công nhận kết quả thăm dò khoáng sản | {steps}\n");
        assert_eq!(carried_pairs(&old, &again).len(), 1);
    }

    /// A table of communes: a row is its commune's row, however much its note shares with
    /// another commune's (regression, from a rates table: "Xã Phú Lộc | 35 65 | Áp dụng trên
    /// địa bàn xã theo Nghị quyết số 1314 …" was carried as "Phường Kim Trà | 0 100 | Áp dụng
    /// …", the note being the same, while "Xã Phú Lộc | 35 65" was new).
    #[test]
    fn a_communes_row_pairs_with_the_same_communes_row() {
        let note = "Áp dụng trên địa bàn xã theo Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp các đơn vị \
                    hành chính cấp xã của thành phố Huế giai đoạn 2023 - 2025";
        let old = format!("I. TỶ LỆ VỐN ĐỐI ỨNG\n1. Xã Phú Lộc | 35 65 | {note}: xã Lộc Sơn.\n");
        let new =
            format!("I. TỶ LỆ VỐN ĐỐI ỨNG\n1. Xã Phú Lộc | 35 65\n2. Phường Kim Trà | 0 100 | {note}: xã Hương Chữ.\n");
        for (a, b) in [(&old, &new), (&new, &old)] {
            let pairs = carried_pairs(a, b);
            assert_eq!(pairs.len(), 1, "{pairs:#?}");
            assert!(pairs[0].0.starts_with("Xã Phú Lộc") && pairs[0].1.starts_with("Xã Phú Lộc"), "{pairs:#?}");
        }
    }
}
