//! Disjoint sets (union-find with path compression), shared by section grouping in
//! `compare` and template grouping in `reuse`.
//! The smaller id is always the root, so groups come out the same on every run.

/// Disjoint sets over `0..n`, ids as `u32` (millions of template instances stay small).
#[derive(Debug, Clone)]
pub(crate) struct UnionFind(Vec<u32>);

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        UnionFind((0..n as u32).collect())
    }

    /// The root of `x`'s set, compressing the path to it.
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

    /// Joins the sets of `a` and `b`; the smaller root becomes the root.
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
    fn joins_and_keeps_the_smallest_root() {
        let mut u = UnionFind::new(6);
        u.union(4, 2);
        u.union(2, 5);
        u.union(0, 1);
        assert_eq!([u.find(5), u.find(4), u.find(2)], [2, 2, 2]);
        assert_eq!(u.find(1), 0);
        assert_eq!(u.find(3), 3);
        u.union(5, 1);
        assert_eq!((0..6).map(|x| u.find(x)).collect::<Vec<_>>(), [0, 0, 0, 3, 0, 0]);
    }
}
