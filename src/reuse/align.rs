//! Alignment of one candidate pair: shared shingles give seeds; seeds on one diagonal
//! become exact runs of equal keys, extended token by token; runs that follow each other
//! with small gaps on both sides (a year bumped, a word changed, a few words inserted)
//! chain into one edited passage. Chains are then made one-to-one (a stretch of text is
//! matched at most once on each side), the longest first.

use super::prepare::{Prepared, Shingles};
use std::collections::BTreeMap;

/// Unmatched tokens allowed on each side between two runs of one passage.
pub(crate) const MAX_GAP: u32 = 8;
/// Unmatched tokens allowed on each side between two long runs of one passage (see
/// `chain`): a sentence inserted or rewritten inside a copied text.
pub(crate) const MAX_WIDE_GAP: u32 = 32;
/// How many earlier runs a run looks back at for a predecessor.
const LOOKBACK: usize = 64;
/// A shingle repeated more than this (occurrences in one × in the other) is not a seed:
/// such text is repeated boilerplate, and its neighbours seed the alignment anyway.
const MAX_BLOCK: usize = 256;

/// Equal keys: `a[a..a+len] == b[b..b+len]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Run {
    pub a: u32,
    pub b: u32,
    pub len: u32,
}

/// One passage of a pair: exact runs in increasing order on both sides.
#[derive(Debug, Clone)]
pub(crate) struct Chain {
    pub runs: Vec<Run>,
    /// Tokens in the runs: the words the two sides have in common.
    pub matched: u32,
}

impl Chain {
    pub fn a_range(&self) -> (u32, u32) {
        a_range(&self.runs)
    }
    pub fn b_range(&self) -> (u32, u32) {
        b_range(&self.runs)
    }
    /// Verbatim on the matching keys: the runs follow each other without a gap.
    pub fn verbatim(&self) -> bool {
        verbatim(&self.runs)
    }
}

/// The a-side extent of consecutive runs.
pub(crate) fn a_range(runs: &[Run]) -> (u32, u32) {
    let l = runs[runs.len() - 1];
    (runs[0].a, l.a + l.len)
}

/// The b-side extent of consecutive runs.
pub(crate) fn b_range(runs: &[Run]) -> (u32, u32) {
    let l = runs[runs.len() - 1];
    (runs[0].b, l.b + l.len)
}

/// Do the runs follow each other without a gap on either side?
pub(crate) fn verbatim(runs: &[Run]) -> bool {
    runs.windows(2).all(|w| w[0].a + w[0].len == w[1].a && w[0].b + w[0].len == w[1].b)
}

/// Offset of the diagonal in a packed seed (see [`pack`]).
const DIAG_OFFSET: i64 = 1 << 31;

/// A seed `(a, b)` as one sortable number: its diagonal `a - b` (offset to be positive) in
/// the high half, `a` in the low half, so that sorting the numbers sorts the seeds by
/// diagonal, then by `a`. Positions are token indices of one document, far below 2^31.
fn pack(a: u32, b: u32) -> u64 {
    debug_assert!((a as i64) < DIAG_OFFSET && (b as i64) < DIAG_OFFSET);
    (((a as i64 - b as i64 + DIAG_OFFSET) as u64) << 32) | a as u64
}

/// The diagonal `a - b` and `a` of a packed seed.
fn unpack(s: u64) -> (i64, u32) {
    ((s >> 32) as i64 - DIAG_OFFSET, s as u32)
}

/// Pairs of positions whose shingles have equal (32-bit) hashes, packed ([`pack`]).
fn seeds(a: &[(u32, u32)], b: &[(u32, u32)]) -> Vec<u64> {
    let mut out = Vec::new();
    // `swap`: x holds b's positions, y a's.
    let block = |x: &[(u32, u32)], y: &[(u32, u32)], swap: bool, out: &mut Vec<u64>| {
        if x.len() * y.len() <= MAX_BLOCK {
            for p in x {
                for q in y {
                    out.push(if swap { pack(q.1, p.1) } else { pack(p.1, q.1) });
                }
            }
        }
    };
    let run_end = |s: &[(u32, u32)], i: usize| {
        let h = s[i].0;
        i + s[i..].iter().take_while(|x| x.0 == h).count()
    };
    // A short list against a long one: binary search; otherwise a merge.
    if a.len() * 16 < b.len() || b.len() * 16 < a.len() {
        let (small, big, swap) = if a.len() < b.len() { (a, b, false) } else { (b, a, true) };
        let mut i = 0;
        while i < small.len() {
            let ie = run_end(small, i);
            let h = small[i].0;
            let j = big.partition_point(|x| x.0 < h);
            if j < big.len() && big[j].0 == h {
                let je = run_end(big, j);
                block(&small[i..ie], &big[j..je], swap, &mut out);
            }
            i = ie;
        }
        return out;
    }
    // The merge, without branches on the comparison (the order of two documents' hashes
    // is random, so a branch is mispredicted about every other step): first the positions
    // where the hashes are equal, then the blocks of equal hashes from those.
    let mut hits: Vec<(u32, u32)> = vec![(0, 0); a.len().min(b.len()) + 1];
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (ha, hb) = (a[i].0, b[j].0);
        hits[n] = (i as u32, j as u32);
        n += usize::from(ha == hb);
        i += usize::from(ha <= hb);
        j += usize::from(hb <= ha);
    }
    // Hashes meet in increasing order, each first at its first position on both sides;
    // a hash repeated on both sides meets again right after.
    let mut last = None;
    for &(i, j) in &hits[..n] {
        let (i, j) = (i as usize, j as usize);
        let h = a[i].0;
        if last == Some(h) {
            continue;
        }
        last = Some(h);
        block(&a[i..run_end(a, i)], &b[j..run_end(b, j)], false, &mut out);
    }
    out
}

/// Exact runs of equal keys, at least `k` long, maximal (extended both ways), then cut at
/// the task boundaries of either side. A run none of whose pieces is `k` long is dropped:
/// it is the end of one task and the start of the next, alike by chance.
fn exact_runs(pa: &Prepared, pb: &Prepared, seeds: Vec<u64>, k: usize) -> Vec<Run> {
    let mut out = Vec::new();
    for r in maximal_runs(&pa.keys, &pb.keys, seeds, k) {
        let mut cuts: Vec<u32> = vec![0, r.len];
        let inner = |starts: &[u32], from: u32| {
            let lo = starts.partition_point(|&s| s <= from);
            let hi = starts.partition_point(|&s| s < from + r.len);
            starts[lo..hi].iter().map(move |&s| s - from).collect::<Vec<u32>>()
        };
        cuts.extend(inner(&pa.task_start, r.a));
        cuts.extend(inner(&pb.task_start, r.b));
        cuts.sort_unstable();
        cuts.dedup();
        if cuts.len() == 2 {
            out.push(r);
            continue;
        }
        // Every piece is kept, even one shorter than a shingle: inside a passage it is part
        // of the copy (a short list item, a heading between two copied paragraphs); at a
        // passage's end it is left out once the passage is chained (`strip_ends`).
        out.extend(cuts.windows(2).map(|w| Run { a: r.a + w[0], b: r.b + w[0], len: w[1] - w[0] }));
    }
    out
}

/// Is `pos` where a task starts (or, `pos > 0`, where one ends)?
fn at_task_edge(p: &Prepared, pos: u32) -> bool {
    p.task_start.binary_search(&pos).is_ok()
}

/// Leaves out of a chain its runs at either end that are shorter than a shingle and only
/// part of their task: the end of one task and the first words of the next, alike by
/// chance ("Dự …" after "Dự …"). A short run that is a whole task on one side (a copied
/// short sentence) stays, and so do short runs inside a chain: both sides continue the
/// same copy around them.
fn strip_ends(mut c: Chain, pa: &Prepared, pb: &Prepared, k: usize) -> Chain {
    let short = |r: &Run| (r.len as usize) < k;
    let whole = |r: &Run| {
        let (ea, eb) = (r.a + r.len, r.b + r.len);
        (at_task_edge(pa, r.a) && at_task_edge(pa, ea)) || (at_task_edge(pb, r.b) && at_task_edge(pb, eb))
    };
    let mut lo = 0;
    while lo < c.runs.len() && short(&c.runs[lo]) && !whole(&c.runs[lo]) {
        lo += 1;
    }
    let mut hi = c.runs.len();
    while hi > lo && short(&c.runs[hi - 1]) && !whole(&c.runs[hi - 1]) {
        hi -= 1;
    }
    if lo > 0 || hi < c.runs.len() {
        c.runs = c.runs[lo..hi].to_vec();
        c.matched = c.runs.iter().map(|r| r.len).sum();
    }
    c
}

/// A passage this short (in matched words, after [`extend_ends`]) is a phrase: it is kept
/// only when it is at least half of its task on one side (a copied sentence or item), starts
/// where its tasks start on both sides (a copied task edited further on), or lies next to
/// another passage
/// of the pair (within [`MAX_WIDE_GAP`] on both sides: a piece of an edited copy), not when
/// it is a few words alone inside different text on both sides (a stock phrase, an address,
/// "all rights reserved"). Twice the shingle.
fn is_phrase(c: &Chain, k: usize) -> bool {
    (c.matched as usize) < 2 * k
}

/// Is chain `i` within [`MAX_WIDE_GAP`] tokens of another chain, on both sides? The chains
/// are one-to-one and sorted by their a-side ranges: only the chains around `i` whose a-side
/// is near are looked at (a chain spanning another is rare; missing it only drops a phrase).
fn has_neighbour(chains: &[Chain], i: usize) -> bool {
    let near = |x: (u32, u32), y: (u32, u32)| x.0 <= y.1 + MAX_WIDE_GAP && y.0 <= x.1 + MAX_WIDE_GAP;
    let (a, b) = (chains[i].a_range(), chains[i].b_range());
    let before = chains[..i].iter().rev().take_while(|c| c.a_range().1 + MAX_WIDE_GAP >= a.0);
    let after = chains[i + 1..].iter().take_while(|c| c.a_range().0 <= a.1 + MAX_WIDE_GAP);
    before.chain(after).any(|c| near(a, c.a_range()) && near(b, c.b_range()))
}

/// Does the span cover at least half of the tasks it lies in?
fn covers_its_tasks(p: &Prepared, (s, e): (u32, u32)) -> bool {
    if e <= s {
        return false;
    }
    let (t0, t1) = (p.task_of(s), p.task_of(e - 1));
    let total = p.task_start[t1 + 1] - p.task_start[t0];
    2 * (e - s) >= total
}

/// Exact runs of equal keys, at least `k` long, maximal (extended both ways).
fn maximal_runs(a: &[u64], b: &[u64], mut seeds: Vec<u64>, k: usize) -> Vec<Run> {
    // By diagonal, then by position (see `pack`).
    seeds.sort_unstable();
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < seeds.len() {
        let (d, first) = unpack(seeds[i]);
        let mut last = first;
        i += 1;
        while i < seeds.len() && unpack(seeds[i]).0 == d && unpack(seeds[i]).1 <= last + 1 {
            last = unpack(seeds[i]).1;
            i += 1;
        }
        // Tokens [first, last + k) on this diagonal; keep the stretches that really are
        // equal (a 32-bit hash can collide), then extend them.
        let end = (last as usize + k).min(a.len());
        let mut t = first as usize;
        while t < end {
            let eq = |t: usize| {
                let u = t as i64 - d;
                u >= 0 && (u as usize) < b.len() && a[t] == b[u as usize]
            };
            if !eq(t) {
                t += 1;
                continue;
            }
            let mut s = t;
            while t < end && eq(t) {
                t += 1;
            }
            let mut e = t;
            if e - s < k {
                continue;
            }
            while s > 0 && s as i64 - d > 0 && a[s - 1] == b[(s as i64 - d - 1) as usize] {
                s -= 1;
            }
            while e < a.len() && ((e as i64 - d) as usize) < b.len() && a[e] == b[(e as i64 - d) as usize] {
                e += 1;
            }
            runs.push(Run { a: s as u32, b: (s as i64 - d) as u32, len: (e - s) as u32 });
            t = e;
        }
    }
    // Runs found twice on one diagonal (a seed block skipped between them) merge.
    runs.sort_unstable_by_key(|r| (r.a as i64 - r.b as i64, r.a));
    let mut merged: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        if let Some(l) = merged.last_mut()
            && l.a as i64 - l.b as i64 == r.a as i64 - r.b as i64
            && r.a <= l.a + l.len
        {
            let end = (l.a + l.len).max(r.a + r.len);
            l.len = end - l.a;
            continue;
        }
        merged.push(r);
    }
    merged
}

/// Does `[s, e)` hold a whole task?
fn holds_a_task(p: &Prepared, s: u32, e: u32) -> bool {
    let i = p.task_start.partition_point(|&t| t < s);
    i + 1 < p.task_start.len() && p.task_start[i + 1] <= e
}

/// Chains runs into passages and keeps a one-to-one set of them, longest first.
fn chain(mut runs: Vec<Run>, pa: &Prepared, pb: &Prepared) -> Vec<Chain> {
    runs.sort_unstable();
    let n = runs.len();
    let mut dp: Vec<u64> = runs.iter().map(|r| r.len as u64).collect();
    let mut pred = vec![usize::MAX; n];
    // Tokens cut from the start of run i when it follows its predecessor (overlap).
    let mut trim = vec![0u32; n];
    for i in 0..n {
        let ri = runs[i];
        for j in (i.saturating_sub(LOOKBACK)..i).rev() {
            let rj = runs[j];
            let (ea, eb) = (rj.a + rj.len, rj.b + rj.len);
            if rj.a >= ri.a || rj.b >= ri.b {
                continue;
            }
            let o = ea.saturating_sub(ri.a).max(eb.saturating_sub(ri.b));
            if o >= ri.len {
                continue;
            }
            let (sa, sb) = (ri.a + o, ri.b + o);
            // Between two long stretches of copy a longer edit is still inside the copy: the
            // gap may be up to half the shorter of the chain so far and the run, at most
            // `MAX_WIDE_GAP`.
            // A gap holding a whole task on either side (a task inserted, or one moved from
            // elsewhere) is not bridged beyond `MAX_GAP`: that task may be another copy.
            let shorter = dp[j].min((ri.len - o) as u64) as u32;
            let gap = MAX_GAP.max((shorter / 2).min(MAX_WIDE_GAP));
            if sa - ea > gap || sb - eb > gap {
                continue;
            }
            let wide = sa - ea > MAX_GAP || sb - eb > MAX_GAP;
            if wide && (holds_a_task(pa, ea, sa) || holds_a_task(pb, eb, sb)) {
                continue;
            }
            let score = dp[j] + (ri.len - o) as u64;
            if score > dp[i] {
                dp[i] = score;
                pred[i] = j;
                trim[i] = o;
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(dp[i]), runs[i].a, runs[i].b));
    let mut used = vec![false; n];
    let mut chains: Vec<Chain> = Vec::new();
    for i in order {
        if used[i] {
            continue;
        }
        let mut list = Vec::new();
        let mut cur = i;
        while cur != usize::MAX && !used[cur] {
            list.push(cur);
            cur = pred[cur];
        }
        list.reverse();
        let mut out: Vec<Run> = Vec::with_capacity(list.len());
        for (pos, &r) in list.iter().enumerate() {
            used[r] = true;
            let mut run = runs[r];
            if pos > 0 {
                run = Run { a: run.a + trim[r], b: run.b + trim[r], len: run.len - trim[r] };
            }
            out.push(run);
        }
        let out = fill_gaps(out, &runs, &mut used);
        let matched = out.iter().map(|r| r.len).sum();
        chains.push(Chain { runs: out, matched });
    }
    // One-to-one: the longest chains first; what a later chain has in common with an
    // accepted one (on either side) is cut out of it.
    chains.sort_by_key(|c| (std::cmp::Reverse(c.matched), c.a_range(), c.b_range()));
    let mut taken_a: BTreeMap<u32, u32> = BTreeMap::new();
    let mut taken_b: BTreeMap<u32, u32> = BTreeMap::new();
    let mut kept = Vec::new();
    for c in chains {
        let c = match cut_taken(c, &taken_a, &taken_b) {
            Some(c) => c,
            None => continue,
        };
        let (ra, rb) = (c.a_range(), c.b_range());
        taken_a.insert(ra.0, ra.1);
        taken_b.insert(rb.0, rb.1);
        kept.push(c);
    }
    kept.sort_by_key(|c| (c.a_range(), c.b_range()));
    kept
}

/// Puts into a chain the unused runs that lie inside its gaps on both sides, in order (by
/// their a-side, each after the last one taken on both sides). The chain's best path may
/// jump over a run: a wide gap is allowed before a long run, not before a short one, so a
/// short run followed at once by a long one (one stretch of copy cut by a task boundary)
/// can be skipped. Its text is inside the passage on both sides anyway, and once the chain
/// is accepted nothing else can take it: without this its words were lost (an edited task
/// whose copied end was not counted as matched, nor reported).
fn fill_gaps(chain: Vec<Run>, runs: &[Run], used: &mut [bool]) -> Vec<Run> {
    if chain.len() < 2 {
        return chain;
    }
    let mut out = Vec::with_capacity(chain.len());
    for w in 0..chain.len() {
        out.push(chain[w]);
        let Some(&q) = chain.get(w + 1) else { break };
        let p = chain[w];
        let (mut at_a, mut at_b) = (p.a + p.len, p.b + p.len);
        if q.a <= at_a || q.b <= at_b {
            continue;
        }
        let lo = runs.partition_point(|r| r.a < at_a);
        for (i, r) in runs.iter().enumerate().skip(lo) {
            if r.a >= q.a {
                break;
            }
            if !used[i] && r.a >= at_a && r.b >= at_b && r.a + r.len <= q.a && r.b + r.len <= q.b {
                used[i] = true;
                out.push(*r);
                (at_a, at_b) = (r.a + r.len, r.b + r.len);
            }
        }
    }
    out
}

/// Positions of `[s, e)` not inside an interval of `taken` (non-overlapping intervals).
fn free_parts(taken: &BTreeMap<u32, u32>, s: u32, e: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut at = s;
    let first = taken.range(..=s).next_back().map_or(s, |(&ts, _)| ts);
    for (&ts, &te) in taken.range(first..e) {
        if te <= at {
            continue;
        }
        if ts > at {
            out.push((at, ts.min(e)));
        }
        at = at.max(te);
        if at >= e {
            break;
        }
    }
    if at < e {
        out.push((at, e));
    }
    out
}

/// The chain without what is already taken on either side; `None` when nothing is left.
/// Of what remains, the stretch with the most matched words (pieces whose gaps stay
/// small) is kept.
fn cut_taken(c: Chain, taken_a: &BTreeMap<u32, u32>, taken_b: &BTreeMap<u32, u32>) -> Option<Chain> {
    let (ra, rb) = (c.a_range(), c.b_range());
    if free_parts(taken_a, ra.0, ra.1) == [ra] && free_parts(taken_b, rb.0, rb.1) == [rb] {
        return Some(c);
    }
    let mut best: Option<Chain> = None;
    for s in split_free(&c, taken_a, taken_b) {
        if best.as_ref().is_none_or(|b| s.matched > b.matched) {
            best = Some(s);
        }
    }
    best
}

/// The stretches of a chain outside the `taken` intervals (non-overlapping) of either
/// side, in order; a stretch ends where a gap grows beyond [`MAX_GAP`] because taken text
/// was cut out of it. A gap the chain already had (a wide edit `chain` bridged) is not
/// where it ends: cutting a word taken by another passage off one end of a chain must not
/// also cut the chain in two at an edit far from it, losing the smaller part.
fn split_free(c: &Chain, taken_a: &BTreeMap<u32, u32>, taken_b: &BTreeMap<u32, u32>) -> Vec<Chain> {
    let cut_in = |taken: &BTreeMap<u32, u32>, s: u32, e: u32| s < e && free_parts(taken, s, e) != [(s, e)];
    let mut runs = Vec::new();
    for r in &c.runs {
        for (s, e) in free_parts(taken_a, r.a, r.a + r.len) {
            let (bs, be) = (r.b + (s - r.a), r.b + (e - r.a));
            for (s2, e2) in free_parts(taken_b, bs, be) {
                let off = s2 - r.b;
                runs.push(Run { a: r.a + off, b: s2, len: e2 - s2 });
            }
        }
    }
    let mut out: Vec<Chain> = Vec::new();
    let mut cur: Vec<Run> = Vec::new();
    for r in runs {
        if let Some(p) = cur.last()
            && (r.a - (p.a + p.len) > MAX_GAP || r.b - (p.b + p.len) > MAX_GAP)
            && (cut_in(taken_a, p.a + p.len, r.a) || cut_in(taken_b, p.b + p.len, r.b))
        {
            let runs = std::mem::take(&mut cur);
            out.push(Chain { matched: runs.iter().map(|r| r.len).sum(), runs });
        }
        cur.push(r);
    }
    if !cur.is_empty() {
        out.push(Chain { matched: cur.iter().map(|r| r.len).sum(), runs: cur });
    }
    out
}

/// The farthest (in tokens, on each side) past a passage's end or before its start that
/// [`extend_ends`] looks for more of the copy: room for a word or two changed, inserted or
/// deleted.
pub(crate) const EXTEND_GAP: u32 = 4;
/// The fewest equal tokens in a row that extend a passage past such an edit, unless they
/// reach the edge of their tasks on both sides (the first or last words of a copied task).
pub(crate) const EXTEND_MIN: u32 = 3;

/// Extends every phrase (a passage under two shingles, see [`is_phrase`]) at both ends
/// through small edits: past its last run (before its first), within [`EXTEND_GAP`] tokens
/// on each side, a stretch of equal tokens in the same tasks, at least as long as the edit
/// it crosses and at least [`EXTEND_MIN`] long, continues the passage; so does a shorter one
/// that ends (starts) where its tasks end (start) on both sides. Seeds are shingles of `k`
/// tokens, so a copy edited every few words is seen only where `k` words in a row survived;
/// the short stretches around them are its words too (a sentence with a word changed near
/// each end and one in the middle). The nearest stretch is taken first, and repeatedly. A
/// passage never grows into a task it did not reach, nor into another passage of the pair.
/// Where no such stretch is found, the rest of the tasks is taken when it is all stretches of
/// two or more equal tokens between small edits reaching the edge of the tasks on both
/// sides (see [`Ends::edited_rest`]): a word changed every third word.
/// Longer passages are left as they are: they are kept anyway, and their sparse ends would
/// only lower the similarity that decides whether two versions are one template.
fn extend_ends(chains: &mut [Chain], pa: &Prepared, pb: &Prepared, k: usize) {
    let n = chains.len();
    if n == 0 {
        return;
    }
    // Chains are one-to-one (disjoint ranges on each side) and sorted by their a-side: the
    // only chain a passage can grow into is its neighbour in a-order on the a-side and its
    // neighbour in b-order on the b-side.
    let mut by_b: Vec<usize> = (0..n).collect();
    by_b.sort_unstable_by_key(|&i| chains[i].b_range());
    let mut pos_b = vec![0usize; n];
    for (p, &i) in by_b.iter().enumerate() {
        pos_b[i] = p;
    }
    for i in 0..n {
        if !is_phrase(&chains[i], k) {
            continue;
        }
        // Forward.
        loop {
            let (ea, eb) = (chains[i].a_range().1, chains[i].b_range().1);
            let ta = pa.task_range(pa.task_of(ea - 1)).1;
            let tb = pb.task_range(pb.task_of(eb - 1)).1;
            let la = if i + 1 < n { ta.min(chains[i + 1].a_range().0) } else { ta };
            let lb = match by_b.get(pos_b[i] + 1) {
                Some(&j) => tb.min(chains[j].b_range().0),
                None => tb,
            };
            let ends = Ends { pa, pb, limit: (la, lb), edge: (ta, tb), forward: true };
            if let Some(r) = ends.stretch((ea, eb), EXTEND_MIN) {
                chains[i].runs.push(r);
                chains[i].matched += r.len;
                continue;
            }
            for r in ends.edited_rest((ea, eb)) {
                chains[i].runs.push(r);
                chains[i].matched += r.len;
            }
            break;
        }
        // Backward.
        loop {
            let (sa0, sb0) = (chains[i].a_range().0, chains[i].b_range().0);
            let ta = pa.task_range(pa.task_of(sa0)).0;
            let tb = pb.task_range(pb.task_of(sb0)).0;
            let la = if i > 0 { ta.max(chains[i - 1].a_range().1) } else { ta };
            let lb = match pos_b[i].checked_sub(1).map(|p| by_b[p]) {
                Some(j) => tb.max(chains[j].b_range().1),
                None => tb,
            };
            let ends = Ends { pa, pb, limit: (la, lb), edge: (ta, tb), forward: false };
            if let Some(r) = ends.stretch((sa0, sb0), EXTEND_MIN) {
                chains[i].runs.insert(0, r);
                chains[i].matched += r.len;
                continue;
            }
            let rest = ends.edited_rest((sa0, sb0));
            if !rest.is_empty() {
                chains[i].matched += rest.iter().map(|r| r.len).sum::<u32>();
                chains[i].runs.splice(0..0, rest.into_iter().rev());
            }
            break;
        }
    }
}

/// Where [`extend_ends`] may grow one end of a passage: up to `limit` (exclusive, on each
/// side; a task's edge or another passage), `edge` the edge of the tasks, forward (past the
/// end) or backward (before the start).
struct Ends<'a> {
    pa: &'a Prepared,
    pb: &'a Prepared,
    limit: (u32, u32),
    edge: (u32, u32),
    forward: bool,
}

impl Ends<'_> {
    /// The nearest stretch of equal tokens within [`EXTEND_GAP`] of `at` on each side, at
    /// least as long as the edit it crosses and at least `min_len` long unless it reaches
    /// the edge on both sides.
    fn stretch(&self, (at_a, at_b): (u32, u32), min_len: u32) -> Option<Run> {
        let (la, lb) = self.limit;
        let (ta, tb) = self.edge;
        let mut best: Option<((u32, u32, u32), Run)> = None;
        for x in 0..=EXTEND_GAP {
            for y in 0..=EXTEND_GAP {
                let (r, reaches) = if self.forward {
                    let (sa, sb) = (at_a + x, at_b + y);
                    if sa >= la || sb >= lb {
                        continue;
                    }
                    let mut l = 0;
                    while sa + l < la
                        && sb + l < lb
                        && self.pa.keys[(sa + l) as usize] == self.pb.keys[(sb + l) as usize]
                    {
                        l += 1;
                    }
                    (Run { a: sa, b: sb, len: l }, sa + l == ta && sb + l == tb)
                } else {
                    // The stretch ends (exclusive) at at_a - x, at_b - y.
                    if at_a < la + x + 1 || at_b < lb + y + 1 {
                        continue;
                    }
                    let (ea, eb) = (at_a - x, at_b - y);
                    let mut l = 0;
                    while ea - l > la
                        && eb - l > lb
                        && self.pa.keys[(ea - l - 1) as usize] == self.pb.keys[(eb - l - 1) as usize]
                    {
                        l += 1;
                    }
                    (Run { a: ea - l, b: eb - l, len: l }, ea - l == ta && eb - l == tb)
                };
                let l = r.len;
                if l == 0 || l < x.max(y) || (l < min_len && !reaches) {
                    continue;
                }
                let key = (x.max(y), x + y, u32::MAX - l);
                if best.as_ref().is_none_or(|(k, _)| key < *k) {
                    best = Some((key, r));
                }
            }
        }
        best.map(|(_, r)| r)
    }

    /// The rest of the tasks up to their edge on both sides as stretches of at least two
    /// equal tokens between small edits, nearest first, when that reaches the edge on both
    /// sides and the stretches hold at least twice the tokens the edits skip: the words
    /// between the passage and the edge of its tasks, changed every few words (a sentence
    /// with a word changed every third word). Empty when it does not.
    fn edited_rest(&self, mut at: (u32, u32)) -> Vec<Run> {
        let mut out = Vec::new();
        let (mut matched, mut skipped) = (0u32, 0u32);
        while at != self.edge {
            let Some(r) = self.stretch(at, 2) else { return Vec::new() };
            let (gap, next) = if self.forward {
                ((r.a - at.0).max(r.b - at.1), (r.a + r.len, r.b + r.len))
            } else {
                ((at.0 - (r.a + r.len)).max(at.1 - (r.b + r.len)), (r.a, r.b))
            };
            skipped += gap;
            matched += r.len;
            out.push(r);
            at = next;
        }
        if matched < 2 * skipped {
            return Vec::new();
        }
        out
    }
}

/// The passages two documents share: chains with at least `min_words` matched tokens.
pub(crate) fn align(
    a: &Prepared,
    sa: &Shingles,
    b: &Prepared,
    sb: &Shingles,
    k: usize,
    min_words: usize,
) -> Vec<Chain> {
    let s = seeds(sa, sb);
    if s.is_empty() {
        return Vec::new();
    }
    let runs = exact_runs(a, b, s, k);
    let mut out: Vec<Chain> = chain(runs, a, b).into_iter().map(|c| strip_ends(c, a, b, k)).collect();
    out.retain(|c| !c.runs.is_empty());
    extend_ends(&mut out, a, b, k);
    out.retain(|c| c.matched as usize >= min_words);
    let keep: Vec<bool> = (0..out.len())
        .map(|i| {
            let c = &out[i];
            let (ra, rb) = (c.a_range(), c.b_range());
            !is_phrase(c, k)
                || covers_its_tasks(a, ra)
                || covers_its_tasks(b, rb)
                || (at_task_edge(a, ra.0) && at_task_edge(b, rb.0))
                || has_neighbour(&out, i)
        })
        .collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

#[cfg(test)]
mod tests {
    use super::super::prepare::{mix, shingle_hashes};
    use super::*;

    fn prep(keys: Vec<u64>, k: usize) -> (Prepared, Shingles) {
        let h = shingle_hashes(&keys, k);
        let mut shingles: Vec<(u32, u32)> = h.iter().enumerate().map(|(i, &x)| (x as u32, i as u32)).collect();
        shingles.sort_unstable();
        let n = keys.len() as u32;
        (Prepared { keys, task_start: vec![0, n] }, shingles)
    }

    fn align(a: (Prepared, Shingles), b: (Prepared, Shingles), k: usize, min_words: usize) -> Vec<Chain> {
        super::align(&a.0, &a.1, &b.0, &b.1, k, min_words)
    }

    fn words(r: std::ops::Range<u64>) -> Vec<u64> {
        r.map(mix).collect()
    }

    /// Every pair of positions with equal hashes, by brute force.
    fn seeds_by_brute_force(a: &[(u32, u32)], b: &[(u32, u32)]) -> Vec<u64> {
        let count = |s: &[(u32, u32)], h: u32| s.iter().filter(|x| x.0 == h).count();
        let mut out = Vec::new();
        for p in a {
            for q in b {
                if p.0 == q.0 && count(a, p.0) * count(b, p.0) <= MAX_BLOCK {
                    out.push(pack(p.1, q.1));
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// A list of `len` shingles with hashes below `alphabet`, sorted by hash.
    fn random_list(state: &mut u64, len: u64, alphabet: u64) -> Vec<(u32, u32)> {
        let mut v: Vec<(u32, u32)> = (0..len).map(|p| (xorshift(state, alphabet) as u32, p as u32)).collect();
        v.sort_unstable();
        v
    }

    fn xorshift(state: &mut u64, m: u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state % m
    }

    #[test]
    fn seeds_are_every_pair_of_equal_hashes() {
        let check = |a: &[(u32, u32)], b: &[(u32, u32)]| {
            let mut got = seeds(a, b);
            got.sort_unstable();
            assert_eq!(got, seeds_by_brute_force(a, b), "a = {a:?}, b = {b:?}");
        };
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        // Hashes from small alphabets (many repeats, runs across the blocks of four) and
        // large ones (few meetings), lists of every length around the blocks of four.
        for case in 0..3000 {
            let alphabet = [3, 10, 40, 1000, 1 << 32][case % 5];
            let (la, lb) = (xorshift(&mut state, 40), xorshift(&mut state, 40));
            let a = random_list(&mut state, la, alphabet);
            let b = random_list(&mut state, lb, alphabet);
            check(&a, &b);
        }
        // One list much longer than the other (the binary search), and long lists.
        for _ in 0..200 {
            let la = xorshift(&mut state, 5);
            let lb = 100 + xorshift(&mut state, 300);
            let a = random_list(&mut state, la, 500);
            let b = random_list(&mut state, lb, 500);
            check(&a, &b);
            check(&b, &a);
            check(&b, &b);
        }
    }

    #[test]
    fn verbatim_run_is_found_and_extended() {
        let mut a = words(0..20);
        a.extend(words(100..130));
        a.extend(words(20..40));
        let mut b = words(50..55);
        b.extend(words(100..130));
        let c = align(prep(a, 8), prep(b, 8), 8, 8);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].a_range(), (20, 50));
        assert_eq!(c[0].b_range(), (5, 35));
        assert!(c[0].verbatim());
    }

    #[test]
    fn substitutions_and_insertions_chain_into_one_edited_passage() {
        let a = words(0..60);
        let mut b = words(0..20);
        b.push(mix(999)); // substitution of token 20
        b.extend(words(21..40));
        b.extend(words(500..503)); // insertion
        b.extend(words(40..60));
        let c = align(prep(a, 8), prep(b, 8), 8, 8);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(!c[0].verbatim());
        assert_eq!(c[0].matched, 59);
        assert_eq!(c[0].a_range(), (0, 60));
        assert_eq!(c[0].b_range(), (0, 63));
    }

    #[test]
    fn repeated_text_is_matched_once() {
        let p = words(100..120);
        let a = [words(0..5), p.clone(), words(5..10)].concat();
        let b = [p.clone(), words(50..60), p.clone()].concat();
        let c = align(prep(a, 8), prep(b, 8), 8, 8);
        assert_eq!(c.len(), 1);
    }

    /// `(Prepared, Shingles)` of several tasks (keys of each task in turn).
    fn prep_tasks(tasks: &[Vec<u64>], k: usize) -> (Prepared, Shingles) {
        let (mut p, s) = prep(tasks.concat(), k);
        p.task_start = std::iter::once(0)
            .chain(tasks.iter().scan(0u32, |at, t| {
                *at += t.len() as u32;
                Some(*at)
            }))
            .collect();
        (p, s)
    }

    /// Aligns one task against another, each between two unrelated tasks of 30 words (the
    /// copied task's words start at token 30 on both sides).
    fn align_between_others(src: Vec<u64>, dst: Vec<u64>) -> Vec<Chain> {
        let a = prep_tasks(&[words(100..130), src, words(200..230)], 8);
        let b = prep_tasks(&[words(300..330), dst, words(400..430)], 8);
        align(a, b, 8, 8)
    }

    #[test]
    fn a_copy_edited_near_both_ends_grows_through_the_edits() {
        // Regression (issue 16, generated corpus): a 31-word task carried to the next month
        // with a word changed at 3, another at 17 and one inserted at 24. Only the 13 words
        // 4..17 are seeded; alone they are a phrase (under 16 words, under half the task,
        // neither end at the task's) and the copy was lost.
        let src = words(0..31);
        let dst =
            [words(0..3), vec![mix(900)], words(4..17), vec![mix(901)], words(18..24), vec![mix(902)], words(24..31)]
                .concat();
        let c = align_between_others(src, dst);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].matched, 3 + 13 + 6 + 7);
        assert_eq!(c[0].a_range(), (30, 61));
        assert_eq!(c[0].b_range(), (30, 62));
        assert!(!c[0].verbatim());
    }

    #[test]
    fn a_copy_with_a_word_changed_every_third_word_grows_to_its_tasks_edge() {
        // Regression (issue 16, generated corpus: 2025-05 → 2025-06 xa-hung-hong): a 26-word
        // task carried with its 8th, 11th and 14th words changed. Only its last 12 words are
        // seeded; before them the copy is 2 words, 2 words and 7 words (to the task's start)
        // between the edits, and 2 words is under `EXTEND_MIN`: the 12 words stayed a phrase
        // alone and the copy was lost.
        let src = words(0..26);
        let mut dst = src.clone();
        for (i, at) in [7usize, 10, 13].into_iter().enumerate() {
            dst[at] = mix(900 + i as u64);
        }
        let c = align_between_others(src, dst);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].matched, 23);
        assert_eq!(c[0].a_range(), (30, 56));
        assert_eq!(c[0].b_range(), (30, 56));
    }

    #[test]
    fn scattered_equal_words_do_not_grow_a_phrase_to_its_tasks_edge() {
        // The same 12 seeded words after 14 different words with only single words equal
        // here and there: not stretches of two, nothing is added, the phrase stays alone.
        let src = words(0..26);
        let mut dst = src.clone();
        for at in [0usize, 1, 3, 4, 6, 7, 9, 10, 12, 13] {
            dst[at] = mix(900 + at as u64);
        }
        assert!(align_between_others(src, dst).is_empty());
    }

    #[test]
    fn a_chain_cut_at_its_end_keeps_its_wide_edit() {
        // Regression (issue 16, generated corpus: 2025-04 → 2025-05 phuong-hung-tien): a
        // chain bridges a wide edit (9 tokens: a task's words changed at 16 and 24) and its
        // last token, the word ending a task, is also the start of a longer passage that
        // is accepted first. Cutting that token off split the chain at the old edit (a gap
        // over `MAX_GAP`) and kept only the larger half: the other half, and the edited
        // task, were lost.
        let w = mix(777);
        let a2 = [words(30..45), vec![mix(900)], words(46..53), vec![mix(901)], words(54..55)].concat();
        let b2 = [words(30..45), vec![mix(910)], words(46..53), vec![mix(911)], words(54..55)].concat();
        let a3 = [words(60..100), vec![w]].concat();
        let a = prep_tasks(&[words(0..30), a2.clone(), a3.clone(), words(200..300)], 8);
        let b3b = [words(150..170), vec![w]].concat();
        let b = prep_tasks(&[words(0..30), b2, a3, b3b, words(200..300)], 8);
        let c = align(a, b, 8, 8);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!((c[0].a_range(), c[0].b_range()), ((0, 95), (0, 95)));
        assert_eq!(c[0].matched, 30 + 15 + 1 + 40);
        // The longer passage's first token, alone at its task's end, is then left out.
        assert_eq!((c[1].a_range(), c[1].b_range()), ((96, 196), (117, 217)));
    }

    #[test]
    fn a_passage_grows_only_by_stretches_as_long_as_the_edit() {
        // Past the 12 seeded words: 4 different words, then 3 equal ones — shorter than the
        // edit they follow, and not the task's end: not part of the copy.
        let a = [words(0..12), words(50..54), words(12..15), words(60..70)].concat();
        let b = [words(0..12), words(80..84), words(12..15), words(90..100)].concat();
        let c = align(prep_tasks(&[a], 8), prep_tasks(&[b], 8), 8, 8);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].matched, c[0].a_range()), (12, (0, 12)));
    }

    #[test]
    fn a_stock_phrase_ending_two_sentences_is_not_a_passage() {
        // Issue 16 (PAN): "… degree from an institution accredited by a recognized
        // accrediting body." ends a sentence in both documents, inside different text: a
        // phrase that only ends with its tasks on both sides is not a copy.
        let phrase = words(500..510);
        let a = prep_tasks(&[[words(0..20), phrase.clone()].concat(), words(20..50)], 8);
        let b = prep_tasks(&[[words(100..125), phrase].concat(), words(125..150)], 8);
        assert!(align(a, b, 8, 8).is_empty());
    }

    #[test]
    fn a_run_skipped_by_the_best_chain_is_put_back_into_it() {
        // Regression (issue 16, generated corpus): task 2 is copied with its 3rd and 11th
        // words changed; its last 13 words run on into task 3, copied whole. The chain went
        // from its first 2 words (the end of the run through task 1) over a gap of 22
        // straight to task 3
        // (a wide gap is allowed before a long run) and left the 13 words out; the chain's
        // range then took them and the copy of task 2 was lost.
        let t1 = words(0..80);
        let src2 = words(100..124);
        let mut dst2 = words(100..102);
        dst2.push(mix(900));
        dst2.extend(words(103..110));
        dst2.push(mix(901));
        dst2.extend(words(111..124));
        let t3 = words(200..248);
        let a = prep_tasks(&[t1.clone(), src2, t3.clone()], 8);
        let b = prep_tasks(&[t1, dst2, t3], 8);
        let c = align(a, b, 8, 8);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].runs.iter().any(|r| r.a == 80 + 11 && r.len == 13), "{c:?}");
        assert_eq!(c[0].matched, 80 + 2 + 13 + 48);
    }

    #[test]
    fn short_runs_are_not_passages() {
        let a = words(0..30);
        let mut b = words(50..60);
        b.extend(words(10..17)); // 7 tokens
        b.extend(words(70..80));
        assert!(align(prep(a, 7), prep(b, 7), 7, 8).is_empty());
    }
}
