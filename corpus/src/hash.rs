//! Copies of the few private helpers of `sosanh` the generator needs (`reuse::prepare`'s
//! hashes and the crate's union-find). They stay private in the library; the generator
//! keeps its own copies, which must not change: the corpora (and their truth) depend on
//! every bit of them, and a test in `tests/reuse.rs` pins a generated corpus.

/// A 64-bit finaliser (splitmix64), as `sosanh::reuse::prepare::mix`.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a, then mixed, as `sosanh::reuse::prepare::hash_key`.
pub(crate) fn hash_key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

const BASE: u64 = 0x9e37_79b9_7f4a_7c15 | 1;

/// Hashes of all `k`-grams of `keys`, as `sosanh::reuse::prepare::shingle_hashes`.
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

/// Disjoint sets whose smaller id is always the root, as `sosanh`'s `union_find`.
#[derive(Debug, Clone)]
pub(crate) struct UnionFind(Vec<u32>);

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind((0..n as u32).collect())
    }

    pub fn find(&mut self, x: u32) -> u32 {
        let mut r = x;
        while self.0[r as usize] != r {
            r = self.0[r as usize];
        }
        let mut y = x;
        while self.0[y as usize] != r {
            let next = self.0[y as usize];
            self.0[y as usize] = r;
            y = next;
        }
        r
    }

    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.0[hi as usize] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable() {
        // Values the generated corpora depend on; a change here changes every corpus.
        assert_eq!(mix(1), 0x5692_161d_100b_05e5);
        assert_eq!(shingle_hashes(&[1, 2, 3], 2).len(), 2);
        let mut u = UnionFind::new(4);
        u.union(3, 1);
        assert_eq!(u.find(3), 1);
    }
}
