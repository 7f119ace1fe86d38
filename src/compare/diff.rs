//! Word-level diff of two task texts, on syllables, tidied for reading: a short run of
//! equal words caught between two edits ("các", "và") joins the edit, so a reader sees
//! a few meaningful changes rather than confetti. Words compare on their matching key
//! (case and tone-mark placement ignored); the text shown is the document's own.

use crate::normalize;
use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// One piece of a word diff: text kept, removed from the old task, or added in the new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub op: Op,
    pub text: String,
}

/// Equal runs of at most this many words between two edits are folded into the edit.
const SMALL_EQUAL: usize = 2;

struct Words<'a> {
    text: &'a str,
    spans: Vec<std::ops::Range<usize>>,
    /// The words' matching keys one after another in one buffer (no allocation per word);
    /// key `k` ends at `ends[k]`.
    keys: String,
    ends: Vec<usize>,
}

impl<'a> Words<'a> {
    fn of(text: &'a str) -> Self {
        let spans: Vec<_> = normalize::words(text).into_iter().map(|(r, _)| r).collect();
        let mut keys = String::with_capacity(text.len() + spans.len());
        let mut ends = Vec::with_capacity(spans.len());
        for r in &spans {
            normalize::syllable_key_into(&normalize::written_whole(&text[r.clone()]), &mut keys);
            ends.push(keys.len());
        }
        Words { text, spans, keys, ends }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The matching key of word `k`.
    fn key(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.keys[start..self.ends[k]]
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|k| self.key(k))
    }

    /// The text of words `a..b`, with the punctuation and space that follow them (and, for
    /// the first word, anything before it), so the pieces concatenate to the whole text.
    fn slice(&self, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        let start = if a == 0 { 0 } else { self.spans[a].start };
        let end = if b >= self.spans.len() { self.text.len() } else { self.spans[b].start };
        &self.text[start..end]
    }
}

/// FNV-1a, for hashing the short keys of words (the default hasher's setup costs more
/// than the key).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The keys of two texts' words as numbers, one per distinct key (in order of first
/// appearance): words are equal exactly when their numbers are, so the diff compares
/// numbers rather than strings and finds the same edits.
fn key_ids(a: &Words, b: &Words) -> (Vec<u32>, Vec<u32>) {
    let mut ids: std::collections::HashMap<&str, u32, std::hash::BuildHasherDefault<Fnv>> =
        std::collections::HashMap::with_capacity_and_hasher(a.len() + b.len(), Default::default());
    let mut id = |k| {
        let next = ids.len() as u32;
        *ids.entry(k).or_insert(next)
    };
    let ka = a.keys().map(&mut id).collect();
    let kb = b.keys().map(&mut id).collect();
    (ka, kb)
}

/// The matching keys of a text's words, for "same words" comparisons.
pub fn word_keys(text: &str) -> Vec<String> {
    Words::of(text).keys().map(str::to_string).collect()
}

/// Do the two texts have the same words (ignoring spacing, punctuation, case, Unicode
/// form and tone-mark placement)?
pub fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (Words::of(a), Words::of(b));
    a.keys().eq(b.keys())
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    tag: Op,
    old: (usize, usize),
    new: (usize, usize),
}

/// The tidied word diff from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<Edit> {
    let (a, b) = (Words::of(old), Words::of(new));
    let (ka, kb) = key_ids(&a, &b);
    diff_words(&a, &b, &ka, &kb)
}

/// Two texts with more words than this together are not diffed word by word: the whole
/// old text is shown deleted and the whole new text inserted ([`changes`] says so), since
/// a word diff costs up to the product of their lengths.
pub const MAX_DIFF_WORDS: usize = 4000;

/// The word diff from `old` to `new`, or None when the two have the same words
/// ([`same_words`]): each text is read into words once for both questions. The flag is
/// true when the texts were too long to diff word by word ([`MAX_DIFF_WORDS`]) and the
/// diff is the whole old text replaced by the whole new one.
pub fn changes(old: &str, new: &str) -> (Option<Vec<Edit>>, bool) {
    if old == new {
        return (None, false);
    }
    let (a, b) = (Words::of(old), Words::of(new));
    let (ka, kb) = key_ids(&a, &b);
    if ka == kb {
        return (None, false);
    }
    if ka.len() + kb.len() > MAX_DIFF_WORDS {
        let whole =
            vec![Edit { op: Op::Delete, text: old.to_string() }, Edit { op: Op::Insert, text: new.to_string() }];
        return (Some(whole), true);
    }
    (Some(diff_words(&a, &b, &ka, &kb)), false)
}

/// The diff of two texts' words, given their keys (`ka`, `kb`: anything equal exactly
/// when the words' keys are).
fn diff_words<K: std::hash::Hash + Eq>(a: &Words, b: &Words, ka: &[K], kb: &[K]) -> Vec<Edit> {
    let mut spans: Vec<Span> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, ka, kb) {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => spans.push(Span { tag: Op::Equal, old: (o.start, o.end), new: (n.start, n.end) }),
            DiffTag::Delete => spans.push(Span { tag: Op::Delete, old: (o.start, o.end), new: (n.start, n.start) }),
            DiffTag::Insert => spans.push(Span { tag: Op::Insert, old: (o.start, o.start), new: (n.start, n.end) }),
            DiffTag::Replace => {
                spans.push(Span { tag: Op::Delete, old: (o.start, o.end), new: (n.start, n.start) });
                spans.push(Span { tag: Op::Insert, old: (o.end, o.end), new: (n.start, n.end) });
            }
        }
    }
    let spans = tidy(spans);
    let mut out: Vec<Edit> = Vec::new();
    for s in spans {
        let text = match s.tag {
            Op::Equal | Op::Insert => b.slice(s.new.0, s.new.1),
            Op::Delete => a.slice(s.old.0, s.old.1),
        };
        if text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.op == s.tag => last.text.push_str(text),
            _ => out.push(Edit { op: s.tag, text: text.to_string() }),
        }
    }
    out
}

/// Folds small equal runs between edits into the edits, then merges each run of edits
/// into one deletion followed by one insertion.
fn tidy(spans: Vec<Span>) -> Vec<Span> {
    let mut spans = spans;
    loop {
        let mut changed = false;
        let n = spans.len();
        for i in 1..n.saturating_sub(1) {
            let s = spans[i];
            if s.tag == Op::Equal
                && s.new.1 - s.new.0 <= SMALL_EQUAL
                && spans[i - 1].tag != Op::Equal
                && spans[i + 1].tag != Op::Equal
            {
                spans[i] = Span { tag: Op::Delete, old: s.old, new: (s.new.0, s.new.0) };
                spans.insert(i + 1, Span { tag: Op::Insert, old: (s.old.1, s.old.1), new: s.new });
                changed = true;
                break;
            }
        }
        // Merge runs of non-equal spans.
        let mut merged: Vec<Span> = Vec::new();
        let mut i = 0;
        while i < spans.len() {
            if spans[i].tag == Op::Equal {
                merged.push(spans[i]);
                i += 1;
                continue;
            }
            let mut j = i;
            let (mut o0, mut o1, mut n0, mut n1) = (usize::MAX, 0, usize::MAX, 0);
            while j < spans.len() && spans[j].tag != Op::Equal {
                let s = spans[j];
                o0 = o0.min(s.old.0);
                o1 = o1.max(s.old.1);
                n0 = n0.min(s.new.0);
                n1 = n1.max(s.new.1);
                j += 1;
            }
            if o1 > o0 {
                merged.push(Span { tag: Op::Delete, old: (o0, o1), new: (n0, n0) });
            }
            if n1 > n0 {
                merged.push(Span { tag: Op::Insert, old: (o1, o1), new: (n0, n1) });
            }
            if j - i > 2 || (j - i == 2 && !(spans[i].tag == Op::Delete && spans[i + 1].tag == Op::Insert)) {
                changed = true;
            }
            i = j;
        }
        spans = merged;
        if !changed {
            return spans;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(edits: &[Edit]) -> String {
        edits
            .iter()
            .map(|e| match e.op {
                Op::Equal => e.text.clone(),
                Op::Delete => format!("[-{}-]", e.text),
                Op::Insert => format!("{{+{}+}}", e.text),
            })
            .collect()
    }

    fn sides(edits: &[Edit]) -> (String, String) {
        let old = edits.iter().filter(|e| e.op != Op::Insert).map(|e| e.text.as_str()).collect();
        let new = edits.iter().filter(|e| e.op != Op::Delete).map(|e| e.text.as_str()).collect();
        (old, new)
    }

    #[test]
    fn year_bump_is_one_small_edit() {
        let e = word_diff("Tổ chức Hội nghị tổng kết năm 2025.", "Tổ chức Hội nghị tổng kết năm 2026.");
        assert_eq!(render(&e), "Tổ chức Hội nghị tổng kết năm [-2025.-]{+2026.+}");
    }

    #[test]
    fn reworded_task_reads_as_few_edits() {
        let old = "Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách.";
        let new = "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách nhà nước ngay từ đầu năm.";
        let e = word_diff(old, new);
        let (o, n) = sides(&e);
        assert_eq!(n, new);
        // The old side reads back as the old words (equal pieces are shown in the new text's form).
        assert!(same_words(&o, old), "{o}");
        let edits = e.iter().filter(|x| x.op != Op::Equal).count();
        assert!(edits <= 5, "{}", render(&e));
    }

    #[test]
    fn too_long_texts_are_replaced_whole() {
        let old = "một hai ba ".repeat(MAX_DIFF_WORDS / 3);
        let new = format!("{old} bốn");
        let (edits, cut) = changes(&old, &new);
        assert!(cut);
        let e = edits.unwrap();
        assert_eq!(sides(&e), (old.clone(), new.clone()));
        assert!(!changes("Quản lý thu ngân sách.", "Quản lý chi ngân sách.").1);
        assert_eq!(changes("Đảng uỷ phường", "Đảng ủy  phường").0, None);
    }

    proptest::proptest! {
        /// Diffing the keys' numbers gives the edits of diffing the keys themselves.
        #[test]
        fn numbered_keys_diff_as_the_keys(
            old in proptest::collection::vec(0usize..8, 0..40),
            new in proptest::collection::vec(0usize..8, 0..40),
        ) {
            let vocab = ["Thu", "thu", "ngân", "sách", "2025", "02/2026", "Uỷ", "ủy"];
            let text = |ws: &[usize]| ws.iter().map(|&w| vocab[w]).collect::<Vec<_>>().join(" ");
            let (old, new) = (text(&old), text(&new));
            let (a, b) = (Words::of(&old), Words::of(&new));
            let (sa, sb): (Vec<&str>, Vec<&str>) = (a.keys().collect(), b.keys().collect());
            proptest::prop_assert_eq!(word_diff(&old, &new), diff_words(&a, &b, &sa, &sb));
            proptest::prop_assert_eq!(changes(&old, &new).0.is_none(), old == new || sa == sb);
        }
    }

    /// A citation whose symbol a line break left spaced is no change (regression: "[-1314/NQ-
    /// UBTVQH15-] {+1314/NQ-UBTVQH15+}" in a reworded task's diff).
    #[test]
    fn a_symbol_spaced_at_its_hyphen_is_the_same_word() {
        let (old, new) = ("theo Nghị quyết số 1314/NQ- UBTVQH15 của", "theo Nghị quyết số 1314/NQ-UBTVQH15 của");
        assert!(same_words(old, new));
        assert_eq!(changes(old, new).0, None);
        let e = word_diff(&format!("{old} tỉnh"), &format!("{new} thành phố"));
        assert_eq!(e[0], Edit { op: Op::Equal, text: new.to_string() + " " }, "{}", render(&e));
    }

    #[test]
    fn identical_up_to_tone_placement() {
        assert!(same_words("Đảng uỷ phường", "Đảng ủy  phường"));
        assert!(!same_words("Đảng uỷ phường", "Đảng ủy xã"));
    }
}
