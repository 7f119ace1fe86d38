//! Task features and similarity. A task is a bag of normalised syllables and syllable
//! pairs (pairs keep some word order: "thu ngân sách" vs "ngân sách thu"). Each feature
//! weighs by how rare it is among the tasks of both documents (inverse document
//! frequency), and the formulaic words of the genre ("tiếp tục", "triển khai", "thực
//! hiện", "tăng cường", "công tác", …) weigh less still, so two unrelated tasks that
//! share an opening do not look alike. Similarity is the weighted Dice coefficient.

use crate::normalize::{self, MatchOptions};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are already well-mixed 64-bit hashes: hashing them again (SipHash) is
/// wasted work, so maps keyed by them use this pass-through hasher.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature hashes.
pub type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Features of one text: hashed feature → count, sorted by hash; and their total weight
/// once weights are known ([`Features::weigh`]).
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub feats: Vec<(u64, u32)>,
    /// Hash of the whole key sequence, numbers and dates as their class: equal for texts
    /// with the same matching keys.
    pub exact: u64,
    /// Hash of the key sequence with numbers, dates and unit names as written: equal for
    /// texts that are the same word for word.
    pub literal: u64,
    /// Hash of the numbers and dates as written, in order: of two candidates that score the
    /// same because numbers match as their class, the one with the same numbers wins the
    /// tie ("Thời gian giải quyết: 03 ngày" goes to "… 03 ngày", not to another
    /// procedure's "… 04 ngày").
    pub numbers: u64,
    mass: Option<f64>,
    /// The weight of each feature (same order as `feats`) once weighed, so similarity
    /// walks two sorted lists without looking weights up.
    wts: Vec<f64>,
}

/// FNV-1a over the parts: fast, and the same on every run and machine.
fn hash_str(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Words whose presence says little about what a task is about in this genre.
const FORMULA: &[&str] = &[
    "tiếp tục",
    "triển khai",
    "thực hiện",
    "tăng cường",
    "công tác",
    "chỉ đạo",
    "tập trung",
    "hiệu quả",
    "các",
    "và",
    "của",
    "trên",
    "địa bàn",
    // ("đảm bảo" keys as "bảo đảm", see `normalize::for_each_token`.)
    "bảo đảm",
    "theo",
    "quy định",
    "những",
    "nâng cao",
    "đẩy mạnh",
    "tổ chức",
    "tốt",
    "có",
    "trong",
    "với",
    "về",
    "cho",
    "đồng bộ",
    "quyết liệt",
    "kịp thời",
    "nhiệm vụ",
    "giải pháp",
    "kế hoạch",
    "chủ động",
    "phối hợp",
    "việc",
    "để",
    "được",
    "là",
    "đã",
    "một",
    "số",
    "ngày",
    "năm",
    "tháng",
    "duy trì",
    "hoàn thành",
    "đôn đốc",
    "kiểm tra",
    "nghiêm túc",
];

/// The hashes ([`hash_str`]) of the formulaic keys, sorted: a token is formulaic when its
/// key's hash is here (no string hashing or comparison per token).
static FORMULA_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let opts = MatchOptions::default();
    let mut v: Vec<u64> = FORMULA
        .iter()
        .flat_map(|w| normalize::keys(w, &opts))
        .chain(["<unit>".to_string()])
        .map(|k| hash_str(&[&k]))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

fn is_formula(h: u64) -> bool {
    FORMULA_KEYS.binary_search(&h).is_ok()
}

/// FNV-1a state after one more part (its bytes, then the 0xff separator): the streaming
/// form of [`hash_str`].
fn hash_more(mut h: u64, part: &str) -> u64 {
    for b in part.bytes().chain(std::iter::once(0xff)) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `(hash_str(&[part]), hash_more(a, part), hash_more(b, part))` in one pass over the part.
fn hash_three(part: &str, mut a: u64, mut b: u64) -> (u64, u64, u64) {
    let mut h = FNV_START;
    for byte in part.bytes().chain(std::iter::once(0xff)) {
        h = (h ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3);
        a = (a ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3);
        b = (b ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h, a, b)
}

/// The matching keys of the words that cite a provision of a legal text or a form by its
/// number: "Điều", "khoản", "điểm", "Chương", "Mục", "Mẫu" ("Mẫu 01", and "Mẫu số 01"
/// through [`FORM_NUMBER_WORD`]). The number after one is matched as written.
const PROVISION_WORDS: [&str; 6] = ["điêu2", "khoan3", "điêm3", "chương", "muc6", "mâu4"];

/// "số" between "Mẫu" and the form's number.
const FORM_NUMBER_WORD: &str = "sô5";

/// Reads which numbers cite a provision or a form ("khoản 1 Điều 5", "Mẫu số 02"): fed a
/// text's tokens in order, it answers for each whether it is such a number, the
/// provision's name and not a count or a date, matched as written ("khoản 2 Điều 4" cites
/// another one). One reading for the similarity and for `--explain`.
#[derive(Default)]
struct Citations {
    /// Whether the token before names a provision or a form ("Điều", "khoản", "Mẫu số" …).
    after_provision: bool,
}

impl Citations {
    fn cites(&mut self, key: &str, kind: normalize::TokenKind) -> bool {
        let after = self.after_provision;
        self.after_provision = PROVISION_WORDS.contains(&key) || after && key == FORM_NUMBER_WORD;
        after && kind == normalize::TokenKind::Number
    }
}

/// How much less a formulaic feature weighs.
const FORMULA_FACTOR: f64 = 0.25;

impl Features {
    pub fn of(text: &str, opts: &MatchOptions) -> Features {
        // Numbers and dates match as their class: a copied task with its year bumped or its
        // meeting date moved is still the same task (the word diff shows the change).
        // Procedure codes too: whether two codes agree is read apart
        // ([`normalize::procedure_codes`]).
        // The whole-text hashes are streamed (the same values as `hash_str` over the keys).
        let (mut literal, mut exact, mut numbers) = (FNV_START, FNV_START, FNV_START);
        // One hash and one formula lookup per token; a pair's hash mixes its two hashes.
        let mut toks: Vec<(u64, bool)> = Vec::with_capacity(text.len() / 5 + 1);
        let mut citations = Citations::default();
        normalize::for_each_token(text, opts, |key, kind, span| {
            let cited = citations.cites(key, kind);
            // A unit's name is masked for matching ("xã Cao Lộc" = "phường Tam Thanh") but
            // counts here as written: of two rows "Xã Long Quảng | 70 30", the same commune
            // is the same word for word, another commune is not.
            let k = class_of(kind, key);
            let h = if kind == normalize::TokenKind::Unit {
                literal = hash_more(literal, &text[span].to_lowercase());
                exact = hash_more(exact, k);
                hash_str(&[k])
            } else if !matches!(
                kind,
                normalize::TokenKind::Number | normalize::TokenKind::Date | normalize::TokenKind::Code
            ) {
                // The class is the key itself (a word, a symbol): one pass for all three.
                let (h, e, l) = hash_three(k, exact, literal);
                (exact, literal) = (e, l);
                h
            } else {
                literal = hash_more(literal, key);
                if kind != normalize::TokenKind::Code {
                    numbers = hash_more(numbers, key);
                }
                exact = hash_more(exact, k);
                hash_str(&[if cited { key } else { k }])
            };
            toks.push((h, is_formula(h)));
        });
        // Every feature once per occurrence, sorted, then counted in runs: the same list as
        // counting in a map and sorting, without the map.
        let mut all: Vec<u64> = Vec::with_capacity(toks.len() * 2);
        for (i, &(h, formula)) in toks.iter().enumerate() {
            all.push(tag(h, formula));
            if let Some(&(h2, formula2)) = toks.get(i + 1) {
                let pair = (h.rotate_left(17) ^ h2).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                all.push(tag(pair, formula && formula2));
            }
        }
        all.sort_unstable();
        Features { feats: runs(&all), exact, literal, numbers, mass: None, wts: Vec::new() }
    }

    /// Computes and keeps each feature's weight and the total weight, so similarity does
    /// not look them up per pair.
    pub fn weigh(&mut self, w: &Weights) {
        self.wts = self.feats.iter().map(|&(f, _)| w.get(f)).collect();
        self.mass = Some(self.feats.iter().zip(&self.wts).map(|(&(_, c), &wt)| wt * c as f64).sum());
    }

    /// The features of several texts together (a section's tasks). When every part is
    /// weighed, so is the whole, with the parts' weights (a feature weighs the same in
    /// every text of one comparison).
    pub fn merge<'a>(parts: impl IntoIterator<Item = &'a Features>) -> Features {
        let parts: Vec<&Features> = parts.into_iter().collect();
        let weighed = parts.iter().all(|p| p.wts.len() == p.feats.len());
        // Each part's list is sorted with every feature once (as `of` and `merge` make
        // them): the lists are merged two by two, equal features joined as they meet,
        // rather than all concatenated and sorted again.
        let runs_ok = parts.iter().all(|p| p.feats.windows(2).all(|x| x[0].0 < x[1].0));
        let (feats, wts) = if runs_ok { merge_runs(&parts, weighed) } else { merge_sorting(&parts) };
        if !weighed {
            return Features { feats, exact: 0, literal: 0, numbers: 0, mass: None, wts: Vec::new() };
        }
        let mass = Some(feats.iter().zip(&wts).map(|(&(_, c), &wt)| wt * c as f64).sum());
        Features { feats, exact: 0, literal: 0, numbers: 0, mass, wts }
    }

    /// Whether each feature's weight and the total are kept ([`Features::weigh`]).
    fn is_weighed(&self) -> bool {
        self.wts.len() == self.feats.len() && self.mass.is_some()
    }

    /// Total weight of the features.
    pub fn mass(&self, w: &Weights) -> f64 {
        self.mass.unwrap_or_else(|| self.feats.iter().map(|&(f, c)| w.get(f) * c as f64).sum())
    }

    /// The weight of feature `i` (its precomputed weight once weighed).
    #[inline]
    fn weight_at(&self, i: usize, w: &Weights) -> f64 {
        match self.wts.get(i) {
            Some(&wt) => wt,
            None => w.get(self.feats[i].0),
        }
    }
}

/// One feature of a merge: hash, count, weight.
type Entry = (u64, u32, f64);

/// A list in a merge: features and their weights, borrowed from a part or made by merging.
type Run<'a> = (Cow<'a, [(u64, u32)]>, Cow<'a, [f64]>);

/// [`Features::merge`] of parts whose lists are sorted, each feature once: the runs are
/// merged two by two (neighbours first), so the work is the total length times the
/// logarithm of the number of parts. A feature's count is the sum of its counts, its
/// weight the one the parts give it. The parts' lists are merged where they lie, and the
/// last merge is the result: nothing is copied but by merging.
fn merge_runs(parts: &[&Features], weighed: bool) -> (Vec<(u64, u32)>, Vec<f64>) {
    let mut runs: Vec<Run> = parts
        .iter()
        .map(|p| {
            let wts = if weighed { Cow::Borrowed(&p.wts[..]) } else { Cow::Owned(vec![0.0; p.feats.len()]) };
            (Cow::Borrowed(&p.feats[..]), wts)
        })
        .collect();
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len().div_ceil(2));
        let mut it = runs.into_iter();
        while let Some(a) = it.next() {
            match it.next() {
                Some(b) => next.push(merge_two(&a, &b)),
                None => next.push(a),
            }
        }
        runs = next;
    }
    match runs.pop() {
        Some((feats, wts)) => (feats.into_owned(), wts.into_owned()),
        None => (Vec::new(), Vec::new()),
    }
}

/// Two sorted runs as one: a feature in both is counted in both, with `a`'s weight.
fn merge_two<'a>((af, aw): &Run, (bf, bw): &Run) -> Run<'a> {
    let mut feats = Vec::with_capacity(af.len() + bf.len());
    let mut wts = Vec::with_capacity(af.len() + bf.len());
    let (mut i, mut j) = (0, 0);
    while i < af.len() && j < bf.len() {
        let (x, y) = (af[i], bf[j]);
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => {
                feats.push(x);
                wts.push(aw[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                feats.push(y);
                wts.push(bw[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                feats.push((x.0, x.1 + y.1));
                wts.push(aw[i]);
                i += 1;
                j += 1;
            }
        }
    }
    feats.extend_from_slice(&af[i..]);
    wts.extend_from_slice(&aw[i..]);
    feats.extend_from_slice(&bf[j..]);
    wts.extend_from_slice(&bw[j..]);
    (Cow::Owned(feats), Cow::Owned(wts))
}

/// [`Features::merge`] of any lists: all features concatenated, sorted, and counted in runs.
fn merge_sorting(parts: &[&Features]) -> (Vec<(u64, u32)>, Vec<f64>) {
    let mut all: Vec<Entry> = Vec::new();
    for p in parts {
        if p.wts.len() == p.feats.len() {
            all.extend(p.feats.iter().zip(&p.wts).map(|(&(h, c), &wt)| (h, c, wt)));
        } else {
            all.extend(p.feats.iter().map(|&(h, c)| (h, c, 0.0)));
        }
    }
    all.sort_unstable_by_key(|x| x.0);
    let mut feats: Vec<(u64, u32)> = Vec::new();
    let mut wts: Vec<f64> = Vec::new();
    for (h, c, wt) in all {
        match feats.last_mut() {
            Some(last) if last.0 == h => last.1 += c,
            _ => {
                feats.push((h, c));
                wts.push(wt);
            }
        }
    }
    (feats, wts)
}

/// A sorted list of hashes as (hash, number of times).
fn runs(sorted: &[u64]) -> Vec<(u64, u32)> {
    let mut out: Vec<(u64, u32)> = Vec::with_capacity(sorted.len());
    for &h in sorted {
        match out.last_mut() {
            Some(last) if last.0 == h => last.1 += 1,
            _ => out.push((h, 1)),
        }
    }
    out
}

/// The matching keys of a text with numbers, dates and procedure codes replaced by their
/// class ("#num", "#date", "#code"): what task features are made of. (A procedure's code
/// is an identifier, but many tasks cite none: the comparison reads codes apart, see
/// [`normalize::procedure_codes`].)
pub fn class_keys(text: &str, opts: &MatchOptions) -> Vec<String> {
    normalize::tokens(text, opts).into_iter().map(class_key).collect()
}

fn class_key(t: normalize::Token) -> String {
    match t.kind {
        normalize::TokenKind::Number => "#num".to_string(),
        normalize::TokenKind::Date => "#date".to_string(),
        normalize::TokenKind::Code => "#code".to_string(),
        _ => t.key,
    }
}

/// The keys the similarity reads, one per token ([`Features::of`]): [`class_key`]'s, but the
/// number of a provision cited ("khoản 1 Điều 5", "Mẫu số 02") as written, so that
/// `--explain` lists only what matched (regression: it showed "khoản 9 ~ khoản 1" and "Điều
/// 3 ~ Điều 4" as the heaviest shared words of a pair whose score had not counted them).
fn match_keys(tokens: &[normalize::Token]) -> Vec<String> {
    let mut citations = Citations::default();
    tokens
        .iter()
        .map(|t| if citations.cites(&t.key, t.kind) { t.key.clone() } else { class_of(t.kind, &t.key).to_string() })
        .collect()
}

/// [`class_key`] of a token's kind and key, without the copy.
fn class_of(kind: normalize::TokenKind, key: &str) -> &str {
    match kind {
        normalize::TokenKind::Number => "#num",
        normalize::TokenKind::Date => "#date",
        normalize::TokenKind::Code => "#code",
        _ => key,
    }
}

/// The commune or ward a table row is filed under: its first cell when that begins with
/// a unit's name ("Xã Phú Lộc | 35 65 | …" → "xã phú lộc"), lower-cased. A unit's name
/// is masked for matching; here it is what tells one commune's row from another's.
pub fn row_name(text: &str, opts: &MatchOptions) -> Option<String> {
    let (first, _) = text.split_once(" | ")?;
    let mut unit_first = None;
    normalize::for_each_token(first, opts, |_, kind, _| {
        unit_first.get_or_insert(kind == normalize::TokenKind::Unit);
    });
    unit_first?.then(|| first.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
}

/// The phrases an amendment of words quotes ("Thay thế cụm từ “Ban Dân tộc” thành “Sở Nội
/// vụ” tại khoản 3 Điều 1.", "Bãi bỏ cụm từ “cấp huyện” tại …"), as matching keys, sorted:
/// what names the amendment. Two such amendments share their wording ("Thay thế cụm từ …
/// thành … tại khoản … Điều …") and often the place; the phrases say which they are (Huế's
/// "“Cục Thống kê tỉnh” … “Thống kê thành phố”" is not "“toàn tỉnh” … “toàn thành phố”").
/// Empty for any other text: one that quotes no phrase after "từ" ("cụm từ “…”", "từ “…”").
pub fn amended_phrases(text: &str, opts: &MatchOptions) -> Vec<String> {
    if !text.contains("từ “") && !text.contains("từ \"") {
        return Vec::new();
    }
    // Between the quotes: every other piece, the quotes paired as the text writes them.
    let mut out: Vec<String> = text
        .split(['“', '”', '"'])
        .skip(1)
        .step_by(2)
        .map(|q| normalize::keys(q, opts).join(" "))
        .filter(|k| !k.is_empty())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The words two texts share and what each weighs in their similarity, heaviest first
/// (`--explain`): single words and word pairs ("a b"), as the first text writes them, with
/// the second text's writing when that differs other than in case (numbers and dates match
/// as their class: "30/6/2025" and "03/7/2025" are one date word, "TTHC" and "thủ tục hành
/// chính" one word; shown alone, the first text's form reads as a word the second lacks).
/// Each text is keyed with its own document's options (`opts`: the first's, the second's).
pub fn shared_words(
    a: &str,
    b: &str,
    w: &Weights,
    opts: (&MatchOptions, &MatchOptions),
) -> Vec<(String, Option<String>, f64)> {
    let named = |text: &str, opts: &MatchOptions| -> Vec<(u64, String)> {
        let tokens = normalize::tokens(text, opts);
        let keys = match_keys(&tokens);
        // The written word of each token (an expanded abbreviation shows as written, once).
        let shown: Vec<&str> = tokens.iter().map(|t| text.get(t.span.clone()).unwrap_or("")).collect();
        let toks: Vec<(u64, bool)> = keys
            .iter()
            .map(|k| {
                let h = hash_str(&[k]);
                (h, is_formula(h))
            })
            .collect();
        let mut out = Vec::new();
        for (i, &(h, formula)) in toks.iter().enumerate() {
            let word = shown.get(i).copied().unwrap_or(keys[i].as_str());
            out.push((tag(h, formula), word.to_string()));
            if let Some(&(h2, formula2)) = toks.get(i + 1) {
                let pair = (h.rotate_left(17) ^ h2).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                let next = shown.get(i + 1).copied().unwrap_or(keys[i + 1].as_str());
                let both = if next == word { word.to_string() } else { format!("{word} {next}") };
                out.push((tag(pair, formula && formula2), both));
            }
        }
        out
    };
    // The second text's first writing of each word.
    let mut theirs: HashMap<u64, String> = HashMap::new();
    for (h, word) in named(b, opts.1) {
        theirs.entry(h).or_insert(word);
    }
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<(String, Option<String>, f64)> = named(a, opts.0)
        .into_iter()
        .filter(|(h, _)| seen.insert(*h))
        .filter_map(|(h, word)| {
            let other = theirs.get(&h)?;
            let differs = other.to_lowercase() != word.to_lowercase();
            Some((word, differs.then(|| other.clone()), w.get(h)))
        })
        .collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
    out
}

/// The weight of the features two sets share (each feature counted as often as the set
/// that has it fewer times): one walk over both sorted lists.
fn shared_weight(a: &Features, b: &Features, w: &Weights) -> f64 {
    let (na, nb) = (a.feats.len(), b.feats.len());
    if na > GALLOP * nb || nb > GALLOP * na {
        return shared_weight_gallop(a, b, w);
    }
    let (mut i, mut j) = (0, 0);
    let mut shared = 0.0;
    while i < a.feats.len() && j < b.feats.len() {
        let (fa, ca) = a.feats[i];
        let (fb, cb) = b.feats[j];
        match fa.cmp(&fb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.weight_at(i, w) * ca.min(cb) as f64;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// How many distinct features two texts share (a syllable, a pair of syllables): one shared
/// syllable ("Số: ……" and "Kính gửi: Trung tâm Chuyển đổi số") is no evidence that two
/// texts are one, however much of the shorter one it makes.
pub fn shared_count(a: &Features, b: &Features) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.feats.len() && j < b.feats.len() {
        match a.feats[i].0.cmp(&b.feats[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// One list this many times longer than the other is searched, not walked.
const GALLOP: usize = 8;

/// [`shared_weight`] when one list is much the shorter (a small section against a whole
/// part): each feature of the shorter list is found in the longer by a search forward
/// from the last one found (doubling steps, then halving), so the cost follows the
/// shorter list. The shared features are met in the same order and weigh the same.
fn shared_weight_gallop(a: &Features, b: &Features, w: &Weights) -> f64 {
    let a_short = a.feats.len() <= b.feats.len();
    let (short, long) = if a_short { (a, b) } else { (b, a) };
    let len = long.feats.len();
    let mut shared = 0.0;
    let mut lo = 0;
    for (si, &(h, cs)) in short.feats.iter().enumerate() {
        // Everything before `lo` in the long list is below `h`.
        let (mut end, mut step) = (lo, 1);
        while end < len && long.feats[end].0 < h {
            lo = end + 1;
            end = lo + step;
            step *= 2;
        }
        let end = end.min(len);
        let j = lo + long.feats[lo..end].partition_point(|x| x.0 < h);
        if j < len && long.feats[j].0 == h {
            let (i, ca, cb) = if a_short { (si, cs, long.feats[j].1) } else { (j, long.feats[j].1, cs) };
            shared += a.weight_at(i, w) * ca.min(cb) as f64;
            lo = j + 1;
        } else {
            lo = j;
        }
        if lo >= len {
            break;
        }
    }
    shared
}

/// How much of `part`'s weight `whole` also has (0–1): a piece cut from a longer task is
/// contained in it even when the two are not alike as wholes.
pub fn containment(part: &Features, whole: &Features, w: &Weights) -> f64 {
    let shared = shared_weight(part, whole, w);
    let m = part.mass(w);
    if m <= 0.0 { 0.0 } else { (shared / m).min(1.0) }
}

/// How much of `part`'s weight `whole` has beyond what `other` takes of it (0–1): each
/// feature counted in `whole` less its count in `other`. Two neighbours joined into one
/// task: the second often repeats the first's words ("Vốn từ … quỹ 20% đất ở …;" / "Quỹ 20%
/// đất ở theo quy định tại Điểm này là …"), and the joined task still holds the first's
/// words once more than the second does.
pub fn containment_beyond(part: &Features, whole: &Features, other: &Features, w: &Weights) -> f64 {
    let m = part.mass(w);
    if m <= 0.0 {
        return 0.0;
    }
    let count = |f: &Features, h: u64| f.feats.binary_search_by_key(&h, |x| x.0).map_or(0, |k| f.feats[k].1);
    let shared: f64 = part
        .feats
        .iter()
        .enumerate()
        .map(|(i, &(h, c))| part.weight_at(i, w) * c.min(count(whole, h).saturating_sub(count(other, h))) as f64)
        .sum();
    (shared / m).min(1.0)
}

/// The lowest bit of a feature hash marks a formulaic feature, so the weight table can
/// discount it without keeping the words.
fn tag(h: u64, formula: bool) -> u64 {
    (h & !1) | formula as u64
}

/// Feature weights from document frequencies over both documents' tasks.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    /// Feature → (number of tasks that have it, its weight): one lookup for both.
    table: FeatureMap<(u32, f64)>,
    n: f64,
}

impl Weights {
    pub fn from_docs(a: &[Features], b: &[Features]) -> Weights {
        // Sized once for the features of the larger side (the two sides share many):
        // growing the table step by step rehashes it several times.
        let most = a.iter().map(|f| f.feats.len()).sum::<usize>().max(b.iter().map(|f| f.feats.len()).sum());
        let mut table: FeatureMap<(u32, f64)> = FeatureMap::with_capacity_and_hasher(most, Default::default());
        for f in a.iter().chain(b) {
            for &(h, _) in &f.feats {
                table.entry(h).or_default().0 += 1;
            }
        }
        let n = (a.len() + b.len()) as f64;
        for (&f, e) in table.iter_mut() {
            e.1 = Self::weight_of(f, e.0, n);
        }
        Weights { table, n }
    }

    fn weight_of(f: u64, df: u32, n: f64) -> f64 {
        let idf = ((n + 1.0) / df.max(1) as f64).ln().max(0.05);
        if f & 1 == 1 { idf * FORMULA_FACTOR } else { idf }
    }

    pub fn df(&self, f: u64) -> u32 {
        self.table.get(&f).map_or(0, |e| e.0)
    }

    pub fn get(&self, f: u64) -> f64 {
        match self.table.get(&f) {
            Some(&(_, w)) => w,
            None => Self::weight_of(f, 1, self.n),
        }
    }
}

/// How much of the similarity is the Dice coefficient (the rest is containment).
const DICE_SHARE: f64 = 0.7;

/// Similarity of two feature sets, 0–1: mostly the weighted Dice coefficient, partly how
/// much of the smaller set the larger one contains.
pub fn similarity(a: &Features, b: &Features, w: &Weights) -> f64 {
    blended(a, b, w, DICE_SHARE)
}

/// The similarity of one text to each of many, `a`'s features put in a probe table once
/// (what [`candidate_scores`] does): the values of [`similarity`] up to the last bits of
/// rounding, for scanning many pairs fast.
pub fn similarity_to_each<'a>(a: &Features, others: impl Iterator<Item = &'a Features>, w: &Weights) -> Vec<f64> {
    let mut probe = Probe::default();
    probe.fill(a);
    others.map(|b| probe.blended(a, b, w, DICE_SHARE)).collect()
}

/// Similarity with a chosen share of the Dice coefficient (the rest is containment).
/// Sections compare mostly by Dice: a small section is contained in many large ones.
pub fn blended(a: &Features, b: &Features, w: &Weights, dice_share: f64) -> f64 {
    blend(shared_weight(a, b, w), a.mass(w), b.mass(w), dice_share)
}

/// [`blended`] from the shared weight and the two masses.
fn blend(shared: f64, ma: f64, mb: f64, dice_share: f64) -> f64 {
    if ma <= 0.0 || mb <= 0.0 {
        return 0.0;
    }
    let dice = 2.0 * shared / (ma + mb);
    // Containment of the smaller task in the larger one counts for part: a task carried
    // over with a clause added is still the same task.
    let contain = shared / ma.min(mb);
    (dice_share * dice + (1.0 - dice_share) * contain).min(1.0)
}

/// One text's features in an open-addressing table, to score that text against many
/// others: each of the other's features is one probe in a table that stays in cache,
/// rather than a step of a walk over both sorted lists. The table is kept at most an
/// eighth full, so a probe almost always settles at its first slot. Refilled per text.
#[derive(Default)]
struct Probe {
    /// (feature, count) per slot; a count of 0 marks an empty slot (a feature is counted
    /// at least once).
    slots: Vec<(u64, u32)>,
    mask: usize,
}

impl Probe {
    fn fill(&mut self, f: &Features) {
        let size = (f.feats.len() * 8).next_power_of_two().max(64);
        self.slots.clear();
        self.slots.resize(size, (0, 0));
        self.mask = size - 1;
        for &(h, c) in &f.feats {
            let mut i = Self::slot(h) & self.mask;
            while self.slots[i].1 != 0 {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = (h, c);
        }
    }

    #[inline]
    fn slot(h: u64) -> usize {
        (h ^ (h >> 29)) as usize
    }

    /// How many times the text has feature `h` (0 when it has not).
    #[inline]
    fn count(&self, h: u64) -> u32 {
        let mut i = Self::slot(h) & self.mask;
        let (k, c) = self.slots[i];
        if k == h || c == 0 {
            // An empty slot has count 0, whatever its key.
            return if k == h { c } else { 0 };
        }
        loop {
            i = (i + 1) & self.mask;
            let (k, c) = self.slots[i];
            if c == 0 || k == h {
                return c;
            }
        }
    }

    /// [`shared_weight`] of the filled text (`a`) and `b`, both weighed: the same sum in
    /// the same order (shared features in hash order, `b` walks them in that order too;
    /// a feature weighs the same in both), with nothing (an exact 0) added for the others.
    fn shared_weight(&self, b: &Features) -> f64 {
        let mut shared = 0.0;
        for (&(h, cb), &wt) in b.feats.iter().zip(&b.wts) {
            shared += wt * self.count(h).min(cb) as f64;
        }
        shared
    }

    /// [`blended`] of the filled text `a` and `b` when both are weighed (the same value);
    /// otherwise by walking both lists.
    fn blended(&self, a: &Features, b: &Features, w: &Weights, dice_share: f64) -> f64 {
        if a.is_weighed() && b.is_weighed() {
            blend(self.shared_weight(b), a.mass(w), b.mass(w), dice_share)
        } else {
            blended(a, b, w, dice_share)
        }
    }
}

/// The highest similarity two texts of these masses can have when they share `shared`
/// weight (the shared count per feature is bounded by both sides, so this is an upper bound).
fn upper_bound(shared: f64, ma: f64, mb: f64) -> f64 {
    if ma <= 0.0 || mb <= 0.0 {
        return 0.0;
    }
    let s = shared.min(ma).min(mb);
    DICE_SHARE * 2.0 * s / (ma + mb) + (1.0 - DICE_SHARE) * s / ma.min(mb)
}

/// One side of [`candidate_scores`]: its tasks, an index of their informative features
/// (feature → tasks holding it, with the count), and per task its mass and the weight of
/// its features too common to be indexed.
struct Side<'a> {
    tasks: &'a [Features],
    index: FeatureMap<Vec<(u32, u32)>>,
    unindexed: Vec<f64>,
    mass: Vec<f64>,
}

impl<'a> Side<'a> {
    /// Features in more than `common` tasks are too common to be indexed (their weight is
    /// kept per task); the others are indexed only on request ([`Side::indexed`]): a side
    /// only looked from needs no index.
    fn of(tasks: &'a [Features], w: &Weights, common: u32) -> Side<'a> {
        let unindexed = tasks
            .iter()
            .map(|f| {
                let common_feats = f.feats.iter().enumerate().filter(|(_, (h, _))| w.df(*h) > common);
                common_feats.map(|(i, &(_, c))| f.weight_at(i, w) * c as f64).sum()
            })
            .collect();
        let mass = tasks.iter().map(|f| f.mass(w)).collect();
        Side { tasks, index: FeatureMap::default(), unindexed, mass }
    }

    /// This side with its informative features indexed.
    fn indexed(mut self, w: &Weights, common: u32) -> Side<'a> {
        for (t, f) in self.tasks.iter().enumerate() {
            for &(h, c) in f.feats.iter().filter(|(h, _)| w.df(*h) <= common) {
                self.index.entry(h).or_default().push((t as u32, c));
            }
        }
        self
    }

    /// Task `t`'s candidates on the other side (sorted by index), at most `scan.keep` of
    /// them, those sharing the most weight through the index (ties to the lower index),
    /// and whether there were more. The shared weight is the same sum either way round (a
    /// feature's weight times its smaller count); partners that cannot reach `scan.floor`
    /// even if they shared every unindexed feature (the smaller of the two tasks' such
    /// weights) are skipped. Each candidate counts once in `scan.seen`. `acc` is reused
    /// from task to task: only the entries listed in `touched` are ever non-zero, and they
    /// are reset.
    fn closest(&self, t: usize, scan: &Scan, acc: &mut Vec<f64>) -> (Vec<u32>, bool) {
        let (other, w) = (scan.other, scan.w);
        let f = &self.tasks[t];
        acc.resize(other.tasks.len(), 0.0);
        let mut touched: Vec<u32> = Vec::new();
        for (i, &(h, c)) in f.feats.iter().enumerate() {
            let Some(list) = other.index.get(&h) else { continue };
            let wt = f.weight_at(i, w);
            for &(n, cn) in list {
                if acc[n as usize] == 0.0 {
                    touched.push(n);
                }
                acc[n as usize] += wt * c.min(cn) as f64;
            }
        }
        let (ma, mine) = (self.mass[t], self.unindexed[t]);
        let mut cands: Vec<(u32, f64)> = Vec::with_capacity(touched.len());
        for n in touched {
            let shared = std::mem::take(&mut acc[n as usize]);
            let extra = mine.min(other.unindexed[n as usize]);
            if upper_bound(shared + extra, ma, other.mass[n as usize]) >= scan.floor {
                if let Some(seen) = scan.seen {
                    seen[n as usize].fetch_add(1, Ordering::Relaxed);
                }
                cands.push((n, shared));
            }
        }
        let cut = cands.len() > scan.keep;
        if cut {
            // The `keep` first in that order, found without sorting the rest (the order is
            // total: no two candidates have the same index).
            cands.select_nth_unstable_by(scan.keep, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            cands.truncate(scan.keep);
        }
        let mut out: Vec<u32> = cands.into_iter().map(|c| c.0).collect();
        out.sort_unstable();
        (out, cut)
    }

    /// [`Side::closest`] for every task of this side, in parallel when the work is large
    /// (each task's result depends on nothing else: the same whatever the threads).
    fn all_closest(&self, scan: &Scan, parallel: bool) -> Vec<(Vec<u32>, bool)> {
        use rayon::prelude::*;
        let one = |acc: &mut Vec<f64>, t: usize| self.closest(t, scan, acc);
        if parallel {
            (0..self.tasks.len()).into_par_iter().map_init(Vec::new, one).collect()
        } else {
            let mut acc = Vec::new();
            (0..self.tasks.len()).map(|t| one(&mut acc, t)).collect()
        }
    }
}

/// What [`Side::closest`] looks for: candidates on `other` that may reach `floor`, at most
/// `keep` per task, each counted in `seen` (per task of `other`) when given.
struct Scan<'a> {
    other: &'a Side<'a>,
    w: &'a Weights,
    floor: f64,
    keep: usize,
    seen: Option<&'a [AtomicU32]>,
}

/// Scores candidate pairs (old index, new index, similarity); pairs that cannot reach
/// `floor` are not scored. Candidates share at least one informative feature (one not in
/// a large share of all tasks). Each task, on either side, keeps at most `max_candidates`
/// candidates, those sharing the most weight, and a pair is scored when either of its
/// two tasks keeps it: the pairs scored are the same whichever document is old, so B→A
/// mirrors A→B (cutting only the old tasks' lists left a short new task out of a long
/// old task's list one way and not the other). Memory and work stay within
/// `max_candidates` per task of either side. Returns the scores and how many tasks, on
/// both sides, had their candidates cut.
pub fn candidate_scores(
    old: &[Features],
    new: &[Features],
    w: &Weights,
    max_candidates: usize,
    floor: f64,
) -> (Vec<(usize, usize, f64)>, usize) {
    use rayon::prelude::*;
    // Features in more than 2% of all tasks (at least 32) are too common to find partners by.
    let common = ((w.n * 0.02) as u32).max(32);
    let (old_side, new_side) = (Side::of(old, w, common), Side::of(new, w, common).indexed(w, common));
    // Small inputs are worked on this thread: starting the pool costs more than the work.
    let parallel = old.len() * new.len() >= 250_000;
    // How many candidates each new task has (the same pairs, seen from the new side).
    let seen: Vec<AtomicU32> = (0..new.len()).map(|_| AtomicU32::new(0)).collect();
    let scan = Scan { other: &new_side, w, floor, keep: max_candidates, seen: Some(&seen) };
    let from_old = old_side.all_closest(&scan, parallel);
    // Which tasks have most of their weight in features too common to be indexed (the
    // sides weighed those already).
    let mostly_common = |side: &Side| -> Vec<bool> {
        side.unindexed.iter().zip(&side.mass).map(|(&u, &m)| m > 0.0 && u >= 0.5 * m).collect()
    };
    let mostly = (mostly_common(&old_side), mostly_common(&new_side));
    let old_cut = from_old.iter().filter(|x| x.1).count();
    let new_cut = seen.iter().filter(|c| c.load(Ordering::Relaxed) as usize > max_candidates).count();
    // When no old task's list was cut, every candidate pair is kept already: the new
    // side's lists could add nothing, and are not made (the usual case for documents of
    // a few hundred tasks).
    let from_new = if old_cut == 0 {
        Vec::new()
    } else {
        let old_side = old_side.indexed(w, common);
        new_side.all_closest(&Scan { other: &old_side, w, floor, keep: max_candidates, seen: None }, parallel)
    };
    let mut pruned = old_cut + new_cut;
    let mut kept: Vec<Vec<u32>> = from_old.into_iter().map(|x| x.0).collect();
    for (n, (list, _)) in from_new.iter().enumerate() {
        for &o in list {
            kept[o as usize].push(n as u32);
        }
    }
    pruned += common_only((old, new), mostly, w, floor.max(COMMON_ONLY_FLOOR), max_candidates, &mut kept);
    for l in &mut kept {
        l.sort_unstable();
        l.dedup();
    }
    // Each kept pair scored against the old task's features in a probe table (the same
    // values as `similarity`).
    let score_one = |probe: &mut Probe, (o, cands): (usize, &Vec<u32>)| {
        let f = &old[o];
        let probed = cands.len() > 1;
        if probed {
            probe.fill(f);
        }
        cands
            .iter()
            .map(|&n| {
                let b = &new[n as usize];
                let s = if probed { probe.blended(f, b, w, DICE_SHARE) } else { similarity(f, b, w) };
                (o, n as usize, s)
            })
            .collect::<Vec<_>>()
    };
    let scored: Vec<Vec<(usize, usize, f64)>> = if parallel {
        kept.par_iter().enumerate().map_init(Probe::default, score_one).collect()
    } else {
        let mut probe = Probe::default();
        kept.iter().enumerate().map(|x| score_one(&mut probe, x)).collect()
    };
    (scored.into_iter().flatten().collect(), pruned)
}

/// How many of a task's rarest features (the fewest tasks of the other side holding them)
/// it looks through in [`common_only`].
const RARE_KEYS: usize = 3;
/// Such tasks are candidates only this alike: copies of a template with a word changed,
/// not any two generic lines ("Cấp xã (Ủy ban nhân dân cấp xã):" against a duty of the
/// commune's people's committee).
const COMMON_ONLY_FLOOR: f64 = 0.8;
/// At most this many postings are read for such tasks, all of them together; past it, none
/// looks (and they count as cut, so the comparison's notes say so).
const COMMON_ONLY_BUDGET: usize = 2_000_000;

/// More candidates for the tasks made mostly of features too common to be indexed: a
/// template sentence copied under every procedure of a list ("Kiến nghị thực thi: Sửa đổi
/// quyết định công bố …" under 53 procedures, each of its words in more than a hundred
/// tasks). The index finds them nothing, or only another task through a rare word or two;
/// the word-for-word copies are paired later ([`exact_pairs`](super)), but a copy with one
/// word changed found neither its twin nor any copy, and it and its twin were reported new
/// and dropped, though 0.98 alike. Each task of either side with most of its weight in
/// features too common to be indexed (`old_mostly`, `new_mostly`, from the weights
/// [`Side::of`] keeps of them) and no word-for-word copy on the other side looks through
/// its [`RARE_KEYS`] rarest features the other side holds and keeps the `keep` closest
/// reaching `floor`; the pairs found from both sides are kept, so the pairs
/// do not depend on which side is old. Work is bounded by [`COMMON_ONLY_BUDGET`]: past it
/// the step is skipped as a whole, whichever side is old. Returns how many tasks that left
/// without these candidates.
fn common_only(
    (old, new): (&[Features], &[Features]),
    (old_mostly, new_mostly): (Vec<bool>, Vec<bool>),
    w: &Weights,
    floor: f64,
    keep: usize,
    kept: &mut [Vec<u32>],
) -> usize {
    // A task with a word-for-word copy on the other side is paired with it later
    // (`exact_pairs`): only the others look.
    let exact = |side: &[Features]| side.iter().map(|f| f.exact).collect::<std::collections::HashSet<u64>>();
    let (old_exact, new_exact) = (exact(old), exact(new));
    // Only tasks with most of their weight in unindexed features look (a copy with a word
    // left out has one rare word pair where the word was; a task of its own words is not
    // looked for again).
    let lonely_old: Vec<usize> =
        (0..old.len()).filter(|&o| old_mostly[o] && !new_exact.contains(&old[o].exact)).collect();
    let lonely_new: Vec<usize> =
        (0..new.len()).filter(|&n| new_mostly[n] && !old_exact.contains(&new[n].exact)).collect();
    if lonely_old.is_empty() && lonely_new.is_empty() {
        return 0;
    }
    // The other side's tasks holding each feature of the tasks that look; each task looks
    // through those of its features the other side holds in the fewest tasks (ties to the
    // lower hash): a word pair only the task itself has (where a word was left out) finds
    // nothing.
    let postings =
        |looking: &[usize], mine: &[Features], theirs: &[Features]| -> (Vec<Vec<u64>>, FeatureMap<Vec<u32>>) {
            let mut map: FeatureMap<Vec<u32>> = FeatureMap::default();
            for &t in looking {
                for &(h, _) in &mine[t].feats {
                    map.entry(h).or_default();
                }
            }
            for (t, f) in theirs.iter().enumerate() {
                for &(h, _) in &f.feats {
                    if let Some(l) = map.get_mut(&h) {
                        l.push(t as u32);
                    }
                }
            }
            let keys = looking
                .iter()
                .map(|&t| {
                    let mut v: Vec<(usize, u64)> = mine[t]
                        .feats
                        .iter()
                        .map(|&(h, _)| (map.get(&h).map_or(0, Vec::len), h))
                        .filter(|x| x.0 > 0)
                        .collect();
                    v.sort_unstable();
                    v.into_iter().take(RARE_KEYS).map(|x| x.1).collect()
                })
                .collect();
            (keys, map)
        };
    let (old_keys, old_post) = postings(&lonely_old, old, new);
    let (new_keys, new_post) = postings(&lonely_new, new, old);
    let cost = |keys: &[Vec<u64>], post: &FeatureMap<Vec<u32>>| -> usize {
        keys.iter().map(|ks| ks.iter().map(|k| post.get(k).map_or(0, Vec::len)).sum::<usize>()).sum()
    };
    if cost(&old_keys, &old_post) + cost(&new_keys, &new_post) > COMMON_ONLY_BUDGET {
        return lonely_old.len() + lonely_new.len();
    }
    // The `keep` closest of a task's candidates reaching the floor (ties to the lower index).
    let closest = |f: &Features, keys: &[u64], post: &FeatureMap<Vec<u32>>, theirs: &[Features]| -> Vec<u32> {
        let mut cands: Vec<u32> = keys.iter().filter_map(|k| post.get(k)).flatten().copied().collect();
        cands.sort_unstable();
        cands.dedup();
        let mut scored: Vec<(f64, u32)> =
            cands.into_iter().map(|c| (similarity(f, &theirs[c as usize], w), c)).filter(|x| x.0 >= floor).collect();
        scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(keep).map(|x| x.1).collect()
    };
    for (i, &o) in lonely_old.iter().enumerate() {
        let found = closest(&old[o], &old_keys[i], &old_post, new);
        kept[o].extend(found);
    }
    for (i, &n) in lonely_new.iter().enumerate() {
        for o in closest(&new[n], &new_keys[i], &new_post, old) {
            kept[o as usize].push(n as u32);
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str, context: &[&str]) -> f64 {
        let opts = MatchOptions::standard();
        let fa = Features::of(a, &opts);
        let fb = Features::of(b, &opts);
        let ctx: Vec<Features> = context.iter().map(|t| Features::of(t, &opts)).collect();
        let w = Weights::from_docs(&[fa.clone(), fb.clone()], &ctx);
        similarity(&fa, &fb, &w)
    }

    /// An amendment of words is named by the phrases it quotes, keyed as for matching
    /// ("UBND" is "Ủy ban nhân dân"); a text that quotes no phrase after "từ" has no name.
    #[test]
    fn shared_count_counts_distinct_features_both_hold() {
        let opts = MatchOptions::standard();
        let f = |t: &str| Features::of(t, &opts);
        let (a, b) = (f("Số: ....../........."), f("Kính gửi: Trung tâm Chuyển đổi số, Sở Khoa học và Công nghệ."));
        assert_eq!(shared_count(&a, &b), 1);
        assert_eq!(shared_count(&b, &a), 1);
        let (c, d) = (f("Thời hạn giải quyết: Không quá 15 ngày."), f("Thời hạn giải Không quá 15 ngày."));
        assert!(shared_count(&c, &d) >= 5, "{}", shared_count(&c, &d));
        assert_eq!(shared_count(&c, &f("Trình tự thực hiện")), 0);
    }

    #[test]
    fn an_amendment_is_named_by_its_phrases() {
        let opts = MatchOptions::standard();
        let a =
            amended_phrases("Thay thế cụm từ “UBND cấp huyện” thành \"Ủy ban nhân dân xã\" tại khoản 3 Điều 1.", &opts);
        let b = amended_phrases("Bãi bỏ cụm từ “Ủy ban nhân dân cấp huyện” tại điểm a khoản 2.", &opts);
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(b.iter().all(|p| a.contains(p)), "{a:?} {b:?}");
        assert!(amended_phrases("Triển khai Đề án “Khám chữa bệnh từ xa”.", &opts).is_empty());
        assert!(amended_phrases("Thay thế Quyết định số 12/2020/QĐ-UBND.", &opts).is_empty());
    }

    /// Regression (a property test's failure): a long task with more candidates than it
    /// keeps dropped a short one that is all inside it from its list, so A→B scored the
    /// pair and B→A did not, and the two reports did not mirror each other.
    #[test]
    fn candidates_are_the_same_whichever_side_is_old() {
        let opts = MatchOptions::standard();
        let long = "Đổi mới nâng cao hiệu quả công tác tuyên truyền vận động tạo sự đồng thuận trong nhân dân \
                    triển khai thắng lợi mục tiêu phát triển kinh tế xã hội chuẩn bị bầu cử đại biểu";
        let others = [
            "nâng cao hiệu quả công tác tuyên truyền vận động",
            "tạo sự đồng thuận trong nhân dân triển khai thắng lợi",
            "mục tiêu phát triển kinh tế xã hội chuẩn bị bầu cử",
            "hiệu quả công tác tuyên truyền vận động tạo sự đồng thuận",
            "Đổi mới",
        ];
        let a = vec![Features::of(long, &opts)];
        let b: Vec<Features> = others.iter().map(|t| Features::of(t, &opts)).collect();
        let w = Weights::from_docs(&a, &b);
        let (ab, cut_ab) = candidate_scores(&a, &b, &w, 3, 0.2);
        let (ba, cut_ba) = candidate_scores(&b, &a, &w, 3, 0.2);
        let mut mirrored: Vec<(usize, usize)> = ba.iter().map(|&(n, o, _)| (o, n)).collect();
        mirrored.sort();
        let pairs: Vec<(usize, usize)> = ab.iter().map(|&(o, n, _)| (o, n)).collect();
        assert_eq!(pairs, mirrored);
        assert_eq!((cut_ab, cut_ba), (1, 1));
        // The short task is kept by its own list although the long one's is cut.
        assert!(pairs.contains(&(0, 4)), "{pairs:?}");
    }

    #[test]
    fn formulaic_openings_do_not_make_unrelated_tasks_alike() {
        let ctx = [
            "Tiếp tục triển khai thực hiện tốt công tác quản lý đất đai.",
            "Tăng cường công tác kiểm tra, giám sát.",
            "Tiếp tục triển khai các nhiệm vụ giáo dục và đào tạo trên địa bàn.",
        ];
        let s = sim(
            "Tiếp tục triển khai hiệu quả các chính sách hỗ trợ thu hút đầu tư trên địa bàn.",
            "Tiếp tục triển khai hiệu quả, đồng bộ các Đề án, chương trình, kế hoạch về phát triển du lịch.",
            &ctx,
        );
        assert!(s < 0.3, "{s}");
    }

    #[test]
    fn reworded_task_stays_similar() {
        let s = sim(
            "Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách.",
            "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách nhà nước ngay từ đầu năm.",
            &["Tăng cường công tác quản lý giá, thị trường.", "Quản lý chi ngân sách theo đúng quy định."],
        );
        assert!(s > 0.45, "{s}");
    }

    /// [`shared_words`] of two texts, weighed by the two alone.
    fn explained(a: &str, b: &str) -> Vec<(String, Option<String>, f64)> {
        let opts = MatchOptions::standard();
        let ctx = [Features::of(a, &opts), Features::of(b, &opts)];
        let w = Weights::from_docs(&ctx[..1], &ctx[1..]);
        shared_words(a, b, &w, (&opts, &opts))
    }

    #[test]
    fn explained_words_are_the_documents_own() {
        let words = explained("Quản lý chi ngân sách.", "Quản lý thu, chi ngân sách.");
        assert!(words.iter().any(|(x, other, _)| x == "ngân sách" && other.is_none()), "{words:?}");
        assert!(words.iter().all(|(_, _, wt)| *wt > 0.0));
        assert!(words.windows(2).all(|p| p[0].2 >= p[1].2), "heaviest first: {words:?}");
    }

    /// The number of a provision cited is matched as written, so `--explain` does not list
    /// another provision's number as a shared word (regression: "khoản 9 ~ khoản 1", "Điều 3
    /// ~ Điều 4" were shown as the heaviest matches of a pair whose score never counted them).
    #[test]
    fn another_provisions_number_is_no_shared_word() {
        let a = "Kênh cung cấp thông tin quy định tại khoản 9 Điều 3 Nghị định số 42/2022/NĐ-CP của Chính phủ.";
        let b = "Cập nhật danh sách theo quy định tại khoản 1 Điều 4 Nghị định số 42/2022/NĐ-CP của Chính phủ.";
        let words = explained(a, b);
        assert!(words.iter().all(|(x, _, _)| !x.contains("khoản 9") && !x.contains("Điều 3")), "{words:?}");
        assert!(words.iter().any(|(x, _, _)| x.contains("Chính phủ")), "{words:?}");
        let c = "Cập nhật danh sách theo quy định tại khoản 9 Điều 3 Nghị định số 42/2022/NĐ-CP của Chính phủ.";
        let words = explained(a, c);
        assert!(words.iter().any(|(x, other, _)| x == "khoản 9" && other.is_none()), "{words:?}");
    }

    /// A date, number or abbreviation matched as its class shows how the other text writes
    /// it (regression: "30/6/2025" was listed among the matched words of a pair whose new
    /// side says "03/7/2025", as if the new text had it).
    #[test]
    fn a_word_matched_as_its_class_shows_both_writings() {
        let words = explained(
            "Quyết định số 1740/QĐ-UBND ngày 30/6/2025 của Chủ tịch.",
            "Quyết định số 0151/QĐ-UBND ngày 03/7/2025 của Chủ tịch.",
        );
        let date = words.iter().find(|(x, _, _)| x == "30/6/2025").unwrap_or_else(|| panic!("{words:?}"));
        assert_eq!(date.1.as_deref(), Some("03/7/2025"), "{words:?}");
        let same = words.iter().find(|(x, _, _)| x == "Chủ tịch").unwrap_or_else(|| panic!("{words:?}"));
        assert_eq!(same.1, None);
    }

    proptest::proptest! {
        /// Merging sorted runs two by two gives the lists of concatenating and sorting.
        #[test]
        fn merged_runs_are_the_sorted_concatenation(
            parts in proptest::collection::vec(proptest::collection::btree_map(0u64..64, 1u32..4, 0..12), 0..7),
            weighed: bool,
        ) {
            let wt = |h: u64| (h % 7) as f64 * 0.5 + 0.25;
            let parts: Vec<Features> = parts
                .into_iter()
                .map(|m| {
                    let feats: Vec<(u64, u32)> = m.into_iter().collect();
                    let wts = if weighed { feats.iter().map(|&(h, _)| wt(h)).collect() } else { Vec::new() };
                    Features { feats, wts, ..Features::default() }
                })
                .collect();
            let refs: Vec<&Features> = parts.iter().collect();
            let (feats, wts) = merge_sorting(&refs);
            proptest::prop_assert_eq!(merge_runs(&refs, weighed), (feats, wts));
        }
    }

    #[test]
    fn three_hashes_in_one_pass_are_the_three_hashes() {
        for part in ["", "a", "thu", "ngân", "#num", "<unit>", "1/ct-ubnd"] {
            let (a, b) = (hash_str(&["x"]), FNV_START);
            assert_eq!(hash_three(part, a, b), (hash_str(&[part]), hash_more(a, part), hash_more(b, part)));
        }
    }

    /// The number of a provision cited is matched as written; other numbers as their class
    /// (regression: "Đáp ứng quy định tại khoản 1 Điều 5 …" scored 0.672 against both "… khoản
    /// 2 Điều 4 …" and itself reworded, so the partner was picked by order).
    #[test]
    fn a_cited_provisions_number_counts_other_numbers_match_as_their_class() {
        let ctx = ["Tổ chức hội nghị sơ kết.", "Báo cáo kết quả thực hiện."];
        let cited = "Xã đáp ứng quy định tại khoản 2 Điều 4 của Nghị định số 272/2025/NĐ-CP.";
        let same = sim(cited, "Đáp ứng quy định tại khoản 2 Điều 4 của Nghị định số 272/2025/NĐ-CP.", &ctx);
        let other = sim(cited, "Đáp ứng quy định tại khoản 1 Điều 5 của Nghị định số 272/2025/NĐ-CP.", &ctx);
        assert!(same > other + 0.1, "{same} {other}");
        // So is a form's number ("Mẫu số 01" is the commune's report, "Mẫu số 02" the province's).
        let form = "Báo cáo kèm theo biểu số liệu tổng dân số của từng dân tộc (Mẫu số 01).";
        let same = sim(form, "Báo cáo kèm theo biểu số liệu dân số của từng dân tộc (Mẫu số 01).", &ctx);
        let other = sim(form, "Báo cáo kèm theo biểu số liệu tổng dân số của từng dân tộc (Mẫu số 02).", &ctx);
        assert!(same > other, "{same} {other}");
        let month = sim("Họp UBND xã thường kỳ tháng 01 năm 2026.", "Họp UBND xã thường kỳ tháng 02 năm 2026.", &ctx);
        assert!((month - 1.0).abs() < 1e-9, "{month}");
    }

    #[test]
    fn tone_placement_and_abbreviations_do_not_matter() {
        let s = sim("Chỉ đạo Đảng uỷ và UBND phường Tam Thanh.", "Chỉ đạo Đảng ủy và Ủy ban nhân dân xã Cao Lộc.", &[]);
        assert!((s - 1.0).abs() < 1e-9, "{s}");
    }
}
