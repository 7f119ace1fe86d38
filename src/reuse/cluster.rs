//! Templates: passages shared by many documents, reported once as a cluster.
//!
//! Every aligned passage is cut into pieces at the task boundaries of both its documents.
//! A piece that is nearly verbatim (its matched words at least [`EDGE_SIMILARITY`] of the
//! longer side) links two *instances*: a stretch of text in one document and one in the
//! other. A stretch covering at least half of its task stands for the whole task, so the
//! versions of a task (a province's "UBND tỉnh" and a unit's "UBND xã", a sentence with
//! its end reworded) are one instance in each document; a shorter stretch (a formulaic
//! phrase inside different tasks) stands for itself. Stretches of one document that
//! overlap by at least [`SAME_INSTANCE`] of the longer are one instance. A template is a connected group
//! of instances — a text and its copies, the copies of the copies, their edited versions —
//! held by at least `min_units` documents. Because linking is transitive, it does not
//! matter which pairs were aligned, only that every copy was aligned with some other
//! holder of the text: the candidate pairs guarantee that (every shared fingerprint pairs
//! its earliest holder with every other holder).
//!
//! The first member of a template is its earliest instance (by period or issue date, then
//! by name). A passage is left out of the pairwise list where its pieces link instances of
//! one template: the template reports it once.

use super::align::{Chain, Run};
use super::prepare::Prepared;
use crate::union_find::UnionFind;
use rayon::prelude::*;
use std::collections::HashMap;

/// A piece linking two instances needs at least this share of the longer side matched.
pub(crate) const EDGE_SIMILARITY: f64 = 0.8;
/// Two stretches of one document are one instance when they overlap by this share of the
/// longer.
pub(crate) const SAME_INSTANCE: f64 = 0.8;

/// What became of one piece of a chain (runs `lo..hi` of the chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceState {
    /// Too short to stand alone: it goes with its neighbours.
    Short,
    /// Links two instances of one template: reported there.
    InTemplate,
    /// Reported as (part of) a pairwise passage.
    Pairwise,
}

/// One piece of a chain: runs `lo..hi` of the pair's runs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub lo: u32,
    pub hi: u32,
    pub state: PieceState,
}

/// A pair's passages, the pair in index order (`a < b`), stored flat: the runs of every
/// chain one after the other, and the pieces of every chain in order.
#[derive(Debug)]
pub(crate) struct PairChains {
    pub a: u32,
    pub b: u32,
    pub runs: Vec<Run>,
    /// End (exclusive) of each chain in `runs`.
    pub ends: Vec<u32>,
    pub pieces: Vec<Piece>,
}

impl PairChains {
    /// Stores the chains of a pair, cut into pieces (see the module documentation).
    pub fn new(a: u32, b: u32, chains: Vec<Chain>, pa: &Prepared, pb: &Prepared, min_words: usize) -> Self {
        let mut runs = Vec::with_capacity(chains.iter().map(|c| c.runs.len()).sum());
        let mut ends = Vec::with_capacity(chains.len());
        let mut pieces = Vec::new();
        for c in chains {
            let base = runs.len() as u32;
            for (lo, hi) in pieces_of(&c, pa, pb) {
                let (ra, rb, m) = span(&c.runs[lo as usize..hi as usize]);
                let longer = (ra.1 - ra.0).max(rb.1 - rb.0);
                let state = if (m as usize) < min_words {
                    PieceState::Short
                } else if m as f64 >= EDGE_SIMILARITY * longer as f64 {
                    // An edge, for now: it stays in a template if its group becomes one.
                    PieceState::InTemplate
                } else {
                    PieceState::Pairwise
                };
                pieces.push(Piece { lo: base + lo, hi: base + hi, state });
            }
            runs.extend(c.runs);
            ends.push(runs.len() as u32);
        }
        PairChains { a, b, runs, ends, pieces }
    }

    /// The runs of each chain.
    pub fn chains(&self) -> impl Iterator<Item = &[Run]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(self.ends.iter().copied()).map(|(s, e)| &self.runs[s as usize..e as usize])
    }

    /// Matched words over all chains.
    pub fn matched(&self) -> usize {
        self.runs.iter().map(|r| r.len as usize).sum()
    }
}

#[derive(Debug, Clone)]
pub(crate) struct RawCluster {
    /// Instances (document, token range), the earliest first, then by date and name.
    pub instances: Vec<(u32, (u32, u32))>,
    /// The earlier cluster this one overlaps most (in the documents holding both).
    pub variant_of: Option<u32>,
}

/// Splits a chain into pieces: consecutive runs in the same task on both sides.
fn pieces_of(c: &Chain, pa: &Prepared, pb: &Prepared) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut lo = 0usize;
    let key = |r: &Run| (pa.task_of(r.a), pb.task_of(r.b));
    for i in 1..=c.runs.len() {
        if i == c.runs.len() || key(&c.runs[i]) != key(&c.runs[lo]) {
            out.push((lo as u32, i as u32));
            lo = i;
        }
    }
    out
}

fn span(runs: &[Run]) -> ((u32, u32), (u32, u32), u32) {
    let (f, l) = (runs[0], runs[runs.len() - 1]);
    ((f.a, l.a + l.len), (f.b, l.b + l.len), runs.iter().map(|r| r.len).sum())
}

/// A stretch covering at least half of its task stands for the whole task (versions of a
/// task that differ at one end are one instance); a shorter one (a phrase) stands for
/// itself.
fn snap(p: &Prepared, r: (u32, u32)) -> (u32, u32) {
    let t = p.task_range(p.task_of(r.0));
    if 2 * (r.1 - r.0) >= t.1 - t.0 { t } else { r }
}

fn overlap(a: (u32, u32), b: (u32, u32)) -> u32 {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Groups one document's stretches into instances: the most frequent stretch of an area
/// is its instance; another stretch joins the instance it overlaps most if the overlap is
/// at least [`SAME_INSTANCE`] of the longer of the two, or becomes an instance itself.
/// Returns, for each distinct stretch (sorted), the index of its instance, and the
/// instances' stretches.
fn instances_of(ranges: &[((u32, u32), u32)]) -> (Vec<u32>, Vec<(u32, u32)>) {
    let mut order: Vec<usize> = (0..ranges.len()).collect();
    order.sort_by_key(|&i| {
        let (r, n) = ranges[i];
        (std::cmp::Reverse(n), std::cmp::Reverse(r.1 - r.0), r)
    });
    let mut canon: Vec<(u32, u32)> = Vec::new();
    // Instance starts, sorted, for lookups: (start, instance).
    let mut by_start: std::collections::BTreeMap<(u32, u32), u32> = std::collections::BTreeMap::new();
    let mut of = vec![0u32; ranges.len()];
    for i in order {
        let r = ranges[i].0;
        let len = r.1 - r.0;
        let mut best: Option<(u32, u32)> = None; // (overlap, instance)
        // Instances starting before r ends, nearest first. One that overlaps r by 80% of
        // the longer is at most 1.25 times r's length and starts at most a quarter of
        // r's length before r: stop once the starts are further back than r's length.
        for (&(s, e), &inst) in by_start.range(..(r.1, 0)).rev() {
            if s + len < r.0 {
                break;
            }
            let o = overlap((s, e), r);
            let longer = len.max(e - s);
            if o as f64 >= SAME_INSTANCE * longer as f64 && best.is_none_or(|b| o > b.0) {
                best = Some((o, inst));
            }
        }
        match best {
            Some((_, inst)) => of[i] = inst,
            None => {
                let inst = canon.len() as u32;
                canon.push(r);
                by_start.insert(r, inst);
                of[i] = inst;
            }
        }
    }
    (of, canon)
}

/// Builds the templates and decides, piece by piece, what the pairwise list reports
/// (updating the pieces' states). `rank[d]` orders documents earliest first.
pub(crate) fn clusters(
    prepared: &[Prepared],
    pairs: &mut [PairChains],
    rank: &[u32],
    min_units: usize,
) -> Vec<RawCluster> {
    let n = prepared.len();
    // Occurrences of stretches: (doc, range, edge index, side).
    let mut edges: Vec<(u32, u32)> = Vec::new(); // pair, piece
    for (p, pc) in pairs.iter().enumerate() {
        for (i, piece) in pc.pieces.iter().enumerate() {
            if piece.state == PieceState::InTemplate {
                edges.push((p as u32, i as u32));
            }
        }
    }
    let mut occ: Vec<(u32, (u32, u32), u32)> = edges
        .par_iter()
        .enumerate()
        .flat_map_iter(|(e, &(p, i))| {
            let pc = &pairs[p as usize];
            let piece = pc.pieces[i as usize];
            let (ra, rb, _) = span(&pc.runs[piece.lo as usize..piece.hi as usize]);
            let (pa, pb) = (&prepared[pc.a as usize], &prepared[pc.b as usize]);
            [(pc.a, snap(pa, ra), 2 * e as u32), (pc.b, snap(pb, rb), 2 * e as u32 + 1)]
        })
        .collect();
    occ.par_sort_unstable();
    // Instances, document by document.
    let mut doc_bounds: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < occ.len() {
        let mut j = i;
        while j < occ.len() && occ[j].0 == occ[i].0 {
            j += 1;
        }
        doc_bounds.push((i, j));
        i = j;
    }
    // Per document: the instance of each occurrence, and the instances' stretches.
    type DocInstances = (Vec<u32>, Vec<(u32, u32)>);
    let per_doc: Vec<DocInstances> = doc_bounds
        .par_iter()
        .map(|&(s, e)| {
            // Distinct stretches with their counts, and each occurrence's distinct index.
            let mut distinct: Vec<((u32, u32), u32)> = Vec::new();
            let mut which = Vec::with_capacity(e - s);
            for o in &occ[s..e] {
                match distinct.last_mut() {
                    Some(d) if d.0 == o.1 => d.1 += 1,
                    _ => distinct.push((o.1, 1)),
                }
                which.push(distinct.len() as u32 - 1);
            }
            let (of, canon) = instances_of(&distinct);
            (which.into_iter().map(|w| of[w as usize]).collect(), canon)
        })
        .collect();
    // Global instance ids.
    let mut inst_doc: Vec<u32> = Vec::new();
    let mut inst_range: Vec<(u32, u32)> = Vec::new();
    let mut end_inst = vec![0u32; 2 * edges.len()];
    for (&(s, _), (of, canon)) in doc_bounds.iter().zip(&per_doc) {
        let base = inst_doc.len() as u32;
        let doc = occ[s].0;
        for r in canon {
            inst_doc.push(doc);
            inst_range.push(*r);
        }
        for (k, &local) in of.iter().enumerate() {
            end_inst[occ[s + k].2 as usize] = base + local;
        }
    }
    drop(per_doc);
    drop(occ);
    let mut uf = UnionFind::new(inst_doc.len());
    for e in 0..edges.len() {
        uf.union(end_inst[2 * e], end_inst[2 * e + 1]);
    }
    // Components held by enough documents are templates.
    let roots: Vec<u32> = (0..inst_doc.len() as u32).map(|x| uf.find(x)).collect();
    let mut comp: HashMap<u32, Vec<u32>> = HashMap::new();
    for (x, &r) in roots.iter().enumerate() {
        comp.entry(r).or_default().push(x as u32);
    }
    let mut comps: Vec<(u32, Vec<u32>)> = comp.into_iter().collect();
    comps.sort_unstable_by_key(|c| c.0);
    let mut cluster_of_root: HashMap<u32, u32> = HashMap::new();
    let mut out: Vec<RawCluster> = Vec::new();
    for (root, mut members) in comps {
        let mut docs: Vec<u32> = members.iter().map(|&x| inst_doc[x as usize]).collect();
        docs.sort_unstable();
        docs.dedup();
        if docs.len() < min_units {
            continue;
        }
        members.sort_by_key(|&x| (rank[inst_doc[x as usize] as usize], inst_range[x as usize]));
        cluster_of_root.insert(root, out.len() as u32);
        // Instances of one document that overlap or lie in one task (versions of one
        // sentence that differ at their ends, two halves of a task around an edit) are one
        // member: the stretch that covers them.
        let mut instances: Vec<(u32, (u32, u32))> = Vec::with_capacity(members.len());
        for &x in &members {
            let (d, r) = (inst_doc[x as usize], inst_range[x as usize]);
            let p = &prepared[d as usize];
            match instances.last_mut() {
                Some((ld, lr)) if *ld == d && (r.0 < lr.1 || (r.0 > lr.0 && p.task_of(r.0) == p.task_of(lr.1 - 1))) => {
                    *lr = (lr.0.min(r.0), lr.1.max(r.1))
                }
                _ => instances.push((d, r)),
            }
        }
        out.push(RawCluster { instances, variant_of: None });
    }
    // Pieces linking instances of a template are reported there.
    for (e, &(p, i)) in edges.iter().enumerate() {
        if !cluster_of_root.contains_key(&roots[end_inst[2 * e] as usize]) {
            pairs[p as usize].pieces[i as usize].state = PieceState::Pairwise;
        }
    }
    // Related templates: instances of both overlap in some document.
    let mut by_doc: Vec<Vec<((u32, u32), u32)>> = vec![Vec::new(); n];
    for (k, c) in out.iter().enumerate() {
        for &(d, r) in &c.instances {
            by_doc[d as usize].push((r, k as u32));
        }
    }
    let mut links: HashMap<(u32, u32), u32> = HashMap::new();
    for v in &mut by_doc {
        v.sort_unstable();
        for x in 0..v.len() {
            for y in x + 1..v.len() {
                if v[y].0.0 >= v[x].0.1 {
                    break;
                }
                let (a, b) = (v[x].1.min(v[y].1), v[x].1.max(v[y].1));
                if a != b {
                    *links.entry((a, b)).or_default() += 1;
                }
            }
        }
    }
    // The earlier of two related templates is the one whose first member is earlier.
    let first = |k: u32| {
        let (d, r) = out[k as usize].instances[0];
        (rank[d as usize], r, k)
    };
    let mut links: Vec<((u32, u32), u32)> = links.into_iter().collect();
    links.sort_unstable();
    let mut best: Vec<Option<(u32, u32)>> = vec![None; out.len()];
    for ((a, b), count) in links {
        let (early, late) = if first(a) < first(b) { (a, b) } else { (b, a) };
        if best[late as usize].is_none_or(|(c, k)| count > c || (count == c && first(early) < first(k))) {
            best[late as usize] = Some((count, early));
        }
    }
    for (c, b) in out.iter_mut().zip(best) {
        c.variant_of = b.map(|x| x.1);
    }
    out
}
