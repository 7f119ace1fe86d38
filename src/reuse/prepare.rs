//! Per-document preparation for reuse detection: the task text as one stream of hashed
//! matching keys, the task boundaries in that stream, every word shingle (hashed k-gram of
//! keys) sorted for pairwise joins, and the fingerprints that go into the global index.

use crate::model::Document;
use crate::normalize::{self, MatchOptions};

/// One document's task text as hashed matching keys.
#[derive(Debug, Default)]
pub(crate) struct Prepared {
    /// The key of every token of every task, in document order (tasks concatenated).
    pub keys: Vec<u64>,
    /// Token offset where each task starts; one more entry than tasks (the total).
    pub task_start: Vec<u32>,
}

/// Every shingle of a document as (low 32 bits of its hash, token position), sorted: what
/// pairwise alignment joins on. Needed only while aligning.
pub(crate) type Shingles = Vec<(u32, u32)>;

impl Prepared {
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// The task (0-based, in `Document::all_tasks` order) holding token `pos`.
    pub fn task_of(&self, pos: u32) -> usize {
        self.task_start.partition_point(|&s| s <= pos).saturating_sub(1)
    }

    /// The token range of task `t`.
    pub fn task_range(&self, t: usize) -> (u32, u32) {
        (self.task_start[t], self.task_start[t + 1])
    }

    pub fn tasks(&self) -> usize {
        self.task_start.len().saturating_sub(1)
    }
}

/// A 64-bit finaliser (splitmix64): spreads every input bit over the output.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The hash of a matching key (FNV-1a, then mixed). Stable across runs and platforms.
pub(crate) fn hash_key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

const BASE: u64 = 0x9e37_79b9_7f4a_7c15 | 1;

/// Hashes of all `k`-grams of `keys` (position i covers keys[i..i + k]), by a rolling
/// polynomial hash, mixed.
pub(crate) fn shingle_hashes(keys: &[u64], k: usize) -> Vec<u64> {
    if k == 0 || keys.len() < k {
        return Vec::new();
    }
    let top = (1..k).fold(1u64, |p, _| p.wrapping_mul(BASE));
    let mut h = keys[..k].iter().fold(0u64, |h, &x| h.wrapping_mul(BASE).wrapping_add(x));
    let mut out = Vec::with_capacity(keys.len() - k + 1);
    out.push(mix(h));
    for i in k..keys.len() {
        h = h.wrapping_sub(keys[i - k].wrapping_mul(top)).wrapping_mul(BASE).wrapping_add(keys[i]);
        out.push(mix(h));
    }
    out
}

/// Winnowing (Schleimer, Wilkerson, Aiken 2003): the minimum hash of every window of `w`
/// consecutive shingles (the rightmost on ties). Any two texts sharing a run of
/// `w + k - 1` keys share at least one selected hash. `w == 1` selects everything.
pub(crate) fn winnow(hashes: &[u64], w: usize) -> Vec<u64> {
    if w <= 1 || hashes.len() <= w {
        if w > 1 && !hashes.is_empty() {
            // One window: its minimum.
            return vec![*hashes.iter().min().unwrap()];
        }
        return hashes.to_vec();
    }
    let mut out = Vec::with_capacity(2 * hashes.len() / (w + 1) + 1);
    // Monotone deque of positions with increasing hashes.
    let mut dq: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut last: Option<usize> = None;
    for i in 0..hashes.len() {
        while dq.back().is_some_and(|&j| hashes[j] >= hashes[i]) {
            dq.pop_back();
        }
        dq.push_back(i);
        if i + 1 >= w {
            while dq.front().is_some_and(|&j| j + w <= i) {
                dq.pop_front();
            }
            let m = *dq.front().unwrap();
            if last != Some(m) {
                out.push(hashes[m]);
                last = Some(m);
            }
        }
    }
    out
}

/// Prepares a document: keys of every task, shingles, and the fingerprints (full 64-bit
/// hashes, sorted and de-duplicated) for the global index.
pub(crate) fn prepare(doc: &Document, k: usize, w: usize) -> (Prepared, Shingles, Vec<u64>) {
    let opts = MatchOptions::standard();
    let mut keys = Vec::new();
    let mut task_start = vec![0u32];
    for (_, task) in doc.all_tasks() {
        normalize::for_each_token(&task.text, &opts, |key, _, _| keys.push(hash_key(key)));
        task_start.push(keys.len() as u32);
    }
    let hashes = shingle_hashes(&keys, k);
    let mut shingles: Vec<(u32, u32)> = hashes.iter().enumerate().map(|(i, &h)| (h as u32, i as u32)).collect();
    shingles.sort_unstable();
    let mut fingerprints = winnow(&hashes, w);
    fingerprints.sort_unstable();
    fingerprints.dedup();
    (Prepared { keys, task_start }, shingles, fingerprints)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolling_hash_matches_direct() {
        let keys: Vec<u64> = (0..50).map(|i| mix(i * 7 + 1)).collect();
        let h = shingle_hashes(&keys, 8);
        assert_eq!(h.len(), 43);
        for i in 0..h.len() {
            let direct = keys[i..i + 8].iter().fold(0u64, |h, &x| h.wrapping_mul(BASE).wrapping_add(x));
            assert_eq!(h[i], mix(direct));
        }
    }

    #[test]
    fn winnowing_guarantee() {
        // Two streams sharing a run of w + k - 1 keys share a selected fingerprint.
        let (k, w) = (5, 4);
        let common: Vec<u64> = (100..100 + (w + k - 1) as u64).map(mix).collect();
        let mut a: Vec<u64> = (0..30).map(mix).collect();
        a.extend(&common);
        a.extend((200..230).map(mix));
        let mut b: Vec<u64> = (300..317).map(mix).collect();
        b.extend(&common);
        b.extend((400..411).map(mix));
        let fa = winnow(&shingle_hashes(&a, k), w);
        let fb = winnow(&shingle_hashes(&b, k), w);
        assert!(fa.iter().any(|x| fb.contains(x)));
    }
}
