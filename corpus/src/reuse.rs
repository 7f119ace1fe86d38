//! A synthetic corpus of work programmes with known copying, for measuring `reuse`
//! (moved here from `sosanh::reuse::corpus`; the output for a seed is unchanged).
//!
//! The tasks of the four programme fixtures are the material. A province issues a
//! programme every month (12 months, 2025-03 to 2026-02); many invented units
//! ("xã/phường `<Name>`") issue theirs. A unit's first programme copies part of the
//! province's programme (the template), some tasks of a neighbour's, and adds its own;
//! every later month carries most of the previous month's tasks (some dropped, some
//! reworded — a few words changed, inserted or deleted — years bumped in January),
//! takes new tasks from the province's programme of the month, sometimes copies from a
//! neighbour, and adds a few of its own. A unit's own tasks are sentences of shuffled
//! words from the fixtures' vocabulary: they share nothing with anything else. A few
//! documents are written wholly on their own. Unit words are swapped on every copy
//! ("phường Tam Thanh" → "xã Bình Sơn", "HĐND phường" → "HĐND xã").
//!
//! The truth records every copy: the source document and task, the target document and
//! task, the target's length in words and whether the copy is verbatim on the matching
//! keys. It also records, for every task, its lineage family (the fixture tasks that share
//! a run of 8 words are one family — the fixtures copy each other — and each invented
//! sentence is its own), which decides whether a reported passage is real.
//!
//! Generation is deterministic for a seed. Each generated document is read back through
//! the outline and must give exactly the planned tasks.

use crate::hash::{UnionFind, hash_key, mix, shingle_hashes};
use serde::{Deserialize, Serialize};
use sosanh::model::Document;
use sosanh::normalize::{self, MatchOptions, TokenKind};
use sosanh::read::{ReadOptions, document_from_bytes};
use std::collections::{HashMap, HashSet};

const FIXTURES: [(&str, &str); 4] = [
    ("tam-thanh-2026-02.txt", include_str!("../../fixtures/tam-thanh-2026-02.txt")),
    ("tam-thanh-2025-12.txt", include_str!("../../fixtures/tam-thanh-2025-12.txt")),
    ("cao-loc-2026-02.txt", include_str!("../../fixtures/cao-loc-2026-02.txt")),
    ("quoc-khanh-2026-01.txt", include_str!("../../fixtures/quoc-khanh-2026-01.txt")),
];

/// The months of the corpus: 2025-03 … 2026-02.
pub const MONTHS: usize = 12;

pub(crate) fn month_of(m: usize) -> (i32, u32) {
    let idx = 2 + m;
    (2025 + (idx / 12) as i32, (idx % 12) as u32 + 1)
}

/// A deterministic generator (splitmix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(mix(seed ^ 0x5eed_5eed_5eed_5eed))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Truth

/// A reference to a task: file name and 1-based task number in document order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRef {
    pub file: String,
    pub task: usize,
}

/// One document that received a copy.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Target {
    pub file: String,
    pub task: usize,
    /// Words of the target task (as `normalize::words` counts them).
    pub words: usize,
    /// Equal to the source on the matching keys.
    pub verbatim: bool,
    /// "template" (from the province), "carried" (from the unit's previous month) or
    /// "neighbour" (from another unit).
    pub how: String,
}

/// A planted passage: one source task and every task copied directly from it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Planted {
    pub id: usize,
    pub source: TaskRef,
    /// The source's text.
    pub text: String,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TruthDoc {
    pub file: String,
    pub unit: String,
    pub period: String,
    /// "province", "unit" or "original" (shares nothing).
    pub kind: String,
    /// Lineage family of every task, in task order.
    pub families: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Truth {
    pub schema: String,
    pub seed: u64,
    pub documents: Vec<TruthDoc>,
    pub passages: Vec<Planted>,
}

/// One generated document.
#[derive(Debug, Clone)]
pub struct GenDoc {
    pub file: String,
    pub text: String,
}

// ---------------------------------------------------------------------------------------
// Material

pub(crate) struct Pool {
    /// Task templates with "{U}" (unit with its name) and "{L}" (the bare level word).
    pub(crate) tasks: Vec<String>,
    pub(crate) family: Vec<u32>,
    pub(crate) vocab: Vec<String>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A fixture task as a template: unit mentions become placeholders, the end a full stop.
fn templatise(text: &str) -> Option<String> {
    let text = collapse(text);
    let toks = normalize::tokens(&text, &MatchOptions::standard());
    let mut out = String::new();
    let mut at = 0;
    for t in toks.iter().filter(|t| t.kind == TokenKind::Unit) {
        out.push_str(&text[at..t.span.start]);
        out.push_str(if text[t.span.clone()].contains(' ') { "{U}" } else { "{L}" });
        at = t.span.end;
    }
    out.push_str(&text[at..]);
    let mut out = out.trim().trim_end_matches([';', ':', ',', ' ']).to_string();
    if !out.ends_with(['.', '!', '?', '…']) {
        out.push('.');
    }
    let first = out.chars().next()?;
    if !(first.is_uppercase() || first == '{') {
        return None;
    }
    Some(out)
}

pub(crate) fn unit_name_text(level: &str, name: &str) -> String {
    format!("{level} {name}")
}

/// Renders a template for a unit: "{U}" is the unit with its name, "{L}" its level word,
/// capitalised at the start of the text.
fn render(tpl: &str, level: &str, name: &str) -> String {
    let cap = |s: &str| {
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    };
    let full = unit_name_text(level, name);
    let mut out = String::with_capacity(tpl.len() + 16);
    let mut rest = tpl;
    while let Some(i) = rest.find(['{']) {
        out.push_str(&rest[..i]);
        let (ph, after) = if rest[i..].starts_with("{U}") {
            (full.as_str(), &rest[i + 3..])
        } else if rest[i..].starts_with("{L}") {
            (level, &rest[i + 3..])
        } else {
            out.push('{');
            rest = &rest[i + 1..];
            continue;
        };
        if out.is_empty() {
            out.push_str(&cap(ph))
        } else {
            out.push_str(ph)
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

pub(crate) fn keys_of(text: &str) -> Vec<u64> {
    normalize::tokens(text, &MatchOptions::standard()).iter().map(|t| hash_key(&t.key)).collect()
}

/// Does a task survive a round trip through the outline as one task?
fn round_trips(tpl: &str) -> bool {
    let t = render(tpl, "xã", "Mẫu Sơn");
    let text = format!("I. TRỌNG TÂM CÔNG TÁC\n1. Tổ chức hội nghị giao ban tháng.\n{t}\n2. {t}\n");
    let doc = sosanh::outline::outline("probe", &text);
    let tasks: Vec<String> = doc.all_tasks().iter().map(|(_, t)| collapse(&t.text)).collect();
    tasks.len() == 3 && tasks[1] == t && tasks[2] == t
}

pub(crate) fn pool() -> Pool {
    let mut tasks: Vec<String> = Vec::new();
    let mut seen: HashSet<Vec<u64>> = HashSet::new();
    let opts = ReadOptions::default();
    for (name, text) in FIXTURES {
        let doc = document_from_bytes(name, text.as_bytes(), &opts).expect("fixture reads");
        for (_, t) in doc.all_tasks() {
            let Some(tpl) = templatise(&t.text) else { continue };
            let rendered = render(&tpl, "xã", "Mẫu Sơn");
            if normalize::words(&rendered).len() < 8 {
                continue;
            }
            if !round_trips(&tpl) {
                continue;
            }
            if seen.insert(keys_of(&rendered)) {
                tasks.push(tpl);
            }
        }
    }
    // Families: tasks sharing a run of 8 keys.
    let mut families = UnionFind::new(tasks.len());
    let mut first_holder: HashMap<u64, usize> = HashMap::new();
    for (i, tpl) in tasks.iter().enumerate() {
        for h in shingle_hashes(&keys_of(&render(tpl, "xã", "Mẫu Sơn")), 8) {
            match first_holder.get(&h) {
                Some(&j) => {
                    families.union(i as u32, j as u32);
                }
                None => {
                    first_holder.insert(h, i);
                }
            }
        }
    }
    let family: Vec<u32> = (0..tasks.len() as u32).map(|i| families.find(i)).collect();
    // Vocabulary: plain lower-case words.
    let mut vocab: Vec<String> = Vec::new();
    let mut vs: HashSet<String> = HashSet::new();
    for tpl in &tasks {
        for (r, kind) in normalize::words(tpl) {
            let w = &tpl[r];
            if kind == TokenKind::Word
                && w.chars().count() >= 2
                && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                && !matches!(w, "xã" | "phường" | "thị" | "trấn" | "tỉnh")
                && vs.insert(w.to_string())
            {
                vocab.push(w.to_string());
            }
        }
    }
    vocab.sort();
    Pool { tasks, family, vocab }
}

// ---------------------------------------------------------------------------------------
// Generation

#[derive(Debug, Clone)]
pub(crate) struct Inst {
    pub(crate) tpl: String,
    /// What the text ultimately comes from: a pool task or an invented sentence.
    pub(crate) origin: u64,
    pub(crate) family: u32,
    /// The (document, task) it was copied from.
    pub(crate) parent: Option<(usize, usize)>,
    pub(crate) how: &'static str,
}

pub(crate) struct Plan {
    pub(crate) file: String,
    pub(crate) level: &'static str,
    pub(crate) name: String,
    pub(crate) month: usize,
    pub(crate) kind: &'static str,
    pub(crate) tasks: Vec<Inst>,
}

const NAME_SYLLABLES: [&str; 40] = [
    "An", "Bình", "Cao", "Châu", "Đông", "Gia", "Hà", "Hải", "Hòa", "Hồng", "Hưng", "Khánh", "Kim", "Lạc", "Lâm",
    "Long", "Minh", "Mỹ", "Nam", "Ngọc", "Phú", "Phúc", "Quang", "Sơn", "Tân", "Thạch", "Thanh", "Thành", "Thịnh",
    "Thuận", "Tiến", "Trung", "Tràng", "Vân", "Việt", "Vĩnh", "Xuân", "Yên", "Đồng", "Hợp",
];

const SIGNERS: [&str; 8] = [
    "Nguyễn Văn Hùng",
    "Hoàng Thị Mai",
    "Lý Văn Thắng",
    "Nông Thị Hạnh",
    "Vi Văn Toàn",
    "Lương Thị Lan",
    "Hà Văn Quý",
    "Triệu Thị Ngân",
];

pub(crate) fn names(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut pairs: Vec<String> = Vec::new();
    for a in NAME_SYLLABLES {
        for b in NAME_SYLLABLES {
            if a != b {
                pairs.push(format!("{a} {b}"));
            }
        }
    }
    rng.shuffle(&mut pairs);
    if 2 * n > pairs.len() {
        let mut triples = Vec::new();
        'outer: for a in NAME_SYLLABLES {
            for p in &pairs {
                if !p.contains(a) {
                    triples.push(format!("{a} {p}"));
                }
                if pairs.len() + triples.len() >= 2 * n {
                    break 'outer;
                }
            }
        }
        pairs.extend(triples);
    }
    // Names that differ only in their marks ("Xuân Thanh", "Xuân Thành") would give one
    // file name: keep the first.
    let mut seen = HashSet::new();
    pairs.retain(|p| seen.insert(file_slug(p)));
    pairs.truncate(n);
    pairs
}

/// ASCII file-name form: "Bình Sơn" → "binh-son".
fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| c.is_ascii())
        .map(|c| c.to_ascii_lowercase())
        .collect::<String>()
        .replace(' ', "-")
        .replace(|c: char| !(c.is_ascii_alphanumeric() || c == '-'), "")
}

pub(crate) fn file_slug(s: &str) -> String {
    slug(&s.replace('đ', "d").replace('Đ', "D"))
}

pub(crate) fn original_sentence(rng: &mut Rng, vocab: &[String]) -> String {
    let n = rng.range(15, 40);
    let mut out = String::new();
    for i in 0..n {
        let w = &vocab[rng.below(vocab.len())];
        if i == 0 {
            let mut c = w.chars();
            out.extend(c.next().unwrap().to_uppercase());
            out.push_str(c.as_str());
        } else {
            out.push(' ');
            out.push_str(w);
        }
        if i + 1 < n && i > 2 && rng.chance(0.06) {
            out.push(',');
        }
    }
    out.push('.');
    out
}

/// Changes a few words: substitutions, an insertion or a deletion, never the first word,
/// never a number or a unit; at least 12 words in a row stay untouched. `None` when the
/// task is too short to reword so.
pub(crate) fn reword(rng: &mut Rng, tpl: &str, vocab: &[String]) -> Option<String> {
    let words: Vec<&str> = tpl.split(' ').collect();
    let editable: Vec<usize> = (1..words.len())
        .filter(|&i| words[i].chars().all(|c| c.is_alphabetic() && c.is_lowercase()) && !words[i].is_empty())
        .collect();
    if words.len() < 20 || editable.len() < 3 {
        return None;
    }
    for _ in 0..8 {
        let m = rng.range(1, 3);
        let mut pos: Vec<usize> = (0..m).map(|_| editable[rng.below(editable.len())]).collect();
        pos.sort_unstable();
        pos.dedup();
        // The longest untouched stretch.
        let mut bounds = vec![0usize];
        bounds.extend(pos.iter().copied());
        bounds.push(words.len());
        let longest = bounds.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
        if longest < 13 {
            continue;
        }
        let mut out: Vec<String> = Vec::with_capacity(words.len() + 2);
        for (i, w) in words.iter().enumerate() {
            if pos.contains(&i) {
                match rng.below(6) {
                    0 => {} // deleted
                    1 => {
                        out.push(w.to_string());
                        out.push(vocab[rng.below(vocab.len())].clone());
                    }
                    _ => {
                        let mut v = &vocab[rng.below(vocab.len())];
                        while v == w {
                            v = &vocab[rng.below(vocab.len())];
                        }
                        out.push(v.clone());
                    }
                }
            } else {
                out.push(w.to_string());
            }
        }
        let s = out.join(" ");
        if s != tpl {
            return Some(s);
        }
    }
    None
}

pub(crate) fn render_doc(p: &Plan, number: usize, rng: &mut Rng) -> (String, Vec<String>) {
    let (y, m) = month_of(p.month);
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let unit_caps = unit_name_text(p.level, &p.name).to_uppercase();
    let mut s = String::new();
    s.push_str("ỦY BAN NHÂN DÂN\n");
    s.push_str(&unit_caps);
    s.push('\n');
    s.push_str(&format!("Số: {number}/CTr-UBND\n\n"));
    s.push_str("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n");
    s.push_str(&format!("{}, ngày {:02} tháng {:02} năm {}\n\n", p.name, rng.range(20, 28), pm, py));
    s.push_str("CHƯƠNG TRÌNH\n");
    s.push_str(&format!("Công tác tháng {:02} năm {} của UBND {}\n\n", m, y, unit_name_text(p.level, &p.name)));
    s.push_str(&format!("I. TRỌNG TÂM CÔNG TÁC THÁNG {m:02}/{y}\n"));
    let mut texts = Vec::with_capacity(p.tasks.len());
    let mut item = 0;
    let mut i = 0;
    while i < p.tasks.len() {
        item += 1;
        let take = rng.range(1, 3).min(p.tasks.len() - i);
        for j in 0..take {
            let t = render(&p.tasks[i + j].tpl, p.level, &p.name);
            if j == 0 {
                s.push_str(&format!("{item}. {t}\n"));
            } else {
                s.push_str(&t);
                s.push('\n');
            }
            texts.push(t);
        }
        i += take;
    }
    s.push_str("\nNơi nhận:\n- Thường trực Đảng ủy;\n- Các phòng, ban, đơn vị;\n- Lưu: VT.\n\n");
    s.push_str("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n");
    s.push_str(SIGNERS[rng.below(SIGNERS.len())]);
    s.push('\n');
    (s, texts)
}

/// Generates `n` programmes and the truth. Deterministic for `seed`.
pub fn generate(n: usize, seed: u64) -> (Vec<GenDoc>, Truth) {
    let pool = pool();
    let mut rng = Rng::new(seed);
    let n_province = (n / 10).min(MONTHS);
    let n_original = if n >= 10 { (n / 30).max(1) } else { 0 };
    let n_unit_docs = n - n_province - n_original;
    let n_units = n_unit_docs.div_ceil(MONTHS);
    let all_names = names(&mut rng, n_units + n_original + 1);
    let mut next_origin: u64 = pool.tasks.len() as u64;
    let mut next_family: u32 = pool.tasks.len() as u32;
    let mut plans: Vec<Plan> = Vec::with_capacity(n);
    let pool_inst = |i: usize, parent: Option<(usize, usize)>, how| Inst {
        tpl: pool.tasks[i].clone(),
        origin: i as u64,
        family: pool.family[i],
        parent,
        how,
    };
    let mut fresh = |rng: &mut Rng| {
        let tpl = original_sentence(rng, &pool.vocab);
        let inst = Inst { tpl, origin: next_origin, family: next_family, parent: None, how: "own" };
        next_origin += 1;
        next_family += 1;
        inst
    };
    // Carries a task to the next month: maybe reworded, maybe year-bumped.
    let carry = |rng: &mut Rng, t: &Inst, parent: (usize, usize), month: usize, how: &'static str| {
        let mut tpl = t.tpl.clone();
        if rng.chance(0.12)
            && let Some(r) = reword(rng, &tpl, &pool.vocab)
        {
            tpl = r;
        }
        if month == 10 && tpl.contains("2025") && rng.chance(0.7) {
            tpl = tpl.replace("2025", "2026");
        }
        Inst { tpl, origin: t.origin, family: t.family, parent: Some(parent), how }
    };

    // The province.
    let mut province_docs: Vec<usize> = Vec::new();
    for m in 0..n_province {
        let (y, mo) = month_of(m);
        let mut tasks: Vec<Inst> = Vec::new();
        if m == 0 {
            let mut idx: Vec<usize> = (0..pool.tasks.len()).collect();
            rng.shuffle(&mut idx);
            idx.truncate(50.min(pool.tasks.len()));
            idx.sort_unstable();
            tasks.extend(idx.into_iter().map(|i| pool_inst(i, None, "own")));
        } else {
            let prev = *province_docs.last().unwrap();
            let have: Vec<Inst> = plans[prev].tasks.clone();
            for (j, t) in have.iter().enumerate() {
                if rng.chance(0.85) {
                    tasks.push(carry(&mut rng, t, (prev, j), m, "carried"));
                }
            }
            let held: HashSet<u64> = tasks.iter().map(|t| t.origin).collect();
            let mut candidates: Vec<usize> = (0..pool.tasks.len()).filter(|&i| !held.contains(&(i as u64))).collect();
            rng.shuffle(&mut candidates);
            for &i in candidates.iter().take(rng.range(4, 8)) {
                let at = rng.below(tasks.len() + 1);
                tasks.insert(at, pool_inst(i, None, "own"));
            }
        }
        province_docs.push(plans.len());
        plans.push(Plan {
            file: format!("{y:04}-{mo:02}-tinh-lang-son.txt"),
            level: "tỉnh",
            name: "Lạng Sơn".into(),
            month: m,
            kind: "province",
            tasks,
        });
    }

    // The units.
    let mut unit_docs: Vec<Vec<usize>> = Vec::new();
    let mut left = n_unit_docs;
    for (u, name) in all_names.iter().take(n_units).enumerate() {
        let level = if rng.chance(0.6) { "xã" } else { "phường" };
        let name = name.clone();
        let count = left.min(MONTHS);
        left -= count;
        let mut mine: Vec<usize> = Vec::new();
        for m in 0..count {
            let (y, mo) = month_of(m);
            let mut tasks: Vec<Inst> = Vec::new();
            if let Some(&prev) = mine.last() {
                let have: Vec<Inst> = plans[prev].tasks.clone();
                for (j, t) in have.iter().enumerate() {
                    if rng.chance(0.85) {
                        tasks.push(carry(&mut rng, t, (prev, j), m, "carried"));
                    }
                }
            }
            // From the province's programme of the month.
            if let Some(&pd) = province_docs.get(m) {
                let held: HashSet<u64> = tasks.iter().map(|t| t.origin).collect();
                let p = if m == 0 { 0.45 } else { 0.08 };
                for (j, t) in plans[pd].tasks.clone().iter().enumerate() {
                    if !held.contains(&t.origin) && rng.chance(p) {
                        let inst = Inst {
                            tpl: t.tpl.clone(),
                            origin: t.origin,
                            family: t.family,
                            parent: Some((pd, j)),
                            how: "template",
                        };
                        let at = if m == 0 { tasks.len() } else { rng.below(tasks.len() + 1) };
                        tasks.insert(at, inst);
                    }
                }
            } else if m == 0 {
                // No province in a tiny corpus: the pool directly.
                for i in 0..pool.tasks.len() {
                    if rng.chance(0.2) {
                        tasks.push(pool_inst(i, None, "own"));
                    }
                }
            }
            // From a neighbour.
            if u > 0 && rng.chance(if m == 0 { 0.4 } else { 0.2 }) {
                let v = rng.below(u);
                let src_month = if m > 0 && rng.chance(0.5) { m - 1 } else { m };
                if let Some(&src) = unit_docs[v].get(src_month) {
                    let held: HashSet<u64> = tasks.iter().map(|t| t.origin).collect();
                    let mut js: Vec<usize> = (0..plans[src].tasks.len()).collect();
                    rng.shuffle(&mut js);
                    let want = rng.range(1, 4);
                    let mut taken = 0;
                    for j in js {
                        if taken == want {
                            break;
                        }
                        let t = plans[src].tasks[j].clone();
                        if held.contains(&t.origin) {
                            continue;
                        }
                        let at = rng.below(tasks.len() + 1);
                        tasks.insert(at, Inst { parent: Some((src, j)), how: "neighbour", ..t });
                        taken += 1;
                    }
                }
            }
            // Its own.
            let own = if m == 0 { rng.range(5, 12) } else { rng.range(1, 4) };
            for _ in 0..own {
                let at = rng.below(tasks.len() + 1);
                let t = fresh(&mut rng);
                tasks.insert(at, t);
            }
            if tasks.len() > 2 && rng.chance(0.3) {
                let (a, b) = (rng.below(tasks.len()), rng.below(tasks.len()));
                tasks.swap(a, b);
            }
            mine.push(plans.len());
            plans.push(Plan {
                file: format!("{y:04}-{mo:02}-{}-{}.txt", file_slug(level), file_slug(&name)),
                level,
                name: name.clone(),
                month: m,
                kind: "unit",
                tasks,
            });
        }
        unit_docs.push(mine);
    }

    // Documents written on their own.
    for o in 0..n_original {
        let name = all_names[n_units + o].clone();
        let level = if rng.chance(0.5) { "xã" } else { "phường" };
        let m = rng.below(MONTHS);
        let (y, mo) = month_of(m);
        let tasks: Vec<Inst> = (0..rng.range(20, 40)).map(|_| fresh(&mut rng)).collect();
        plans.push(Plan {
            file: format!("{y:04}-{mo:02}-{}-{}.txt", file_slug(level), file_slug(&name)),
            level,
            name,
            month: m,
            kind: "original",
            tasks,
        });
    }

    // Render, check the round trip, and write the truth.
    let mut docs: Vec<GenDoc> = Vec::with_capacity(plans.len());
    let mut rendered: Vec<Vec<String>> = Vec::with_capacity(plans.len());
    for (i, p) in plans.iter().enumerate() {
        let (text, texts) = render_doc(p, 100 + i, &mut rng);
        docs.push(GenDoc { file: p.file.clone(), text });
        rendered.push(texts);
    }
    let mut passages: HashMap<(usize, usize), Planted> = HashMap::new();
    for (d, p) in plans.iter().enumerate() {
        for (j, t) in p.tasks.iter().enumerate() {
            let Some((sd, sj)) = t.parent else { continue };
            let (src_text, dst_text) = (&rendered[sd][sj], &rendered[d][j]);
            let entry = passages.entry((sd, sj)).or_insert_with(|| Planted {
                id: 0,
                source: TaskRef { file: plans[sd].file.clone(), task: sj + 1 },
                text: src_text.clone(),
                targets: Vec::new(),
            });
            entry.targets.push(Target {
                file: p.file.clone(),
                task: j + 1,
                words: normalize::words(dst_text).len(),
                verbatim: keys_of(src_text) == keys_of(dst_text),
                how: t.how.to_string(),
            });
        }
    }
    let mut passages: Vec<((usize, usize), Planted)> = passages.into_iter().collect();
    passages.sort_by_key(|(k, _)| *k);
    let passages: Vec<Planted> = passages
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut p))| {
            p.id = i + 1;
            p
        })
        .collect();
    let documents = plans
        .iter()
        .map(|p| {
            let (y, m) = month_of(p.month);
            TruthDoc {
                file: p.file.clone(),
                unit: unit_name_text(p.level, &p.name),
                period: format!("{y:04}-{m:02}"),
                kind: p.kind.to_string(),
                families: p.tasks.iter().map(|t| t.family).collect(),
            }
        })
        .collect();
    (docs, Truth { schema: "sosanh.corpus-truth.v1".into(), seed, documents, passages })
}

/// Reads generated documents the way the command does (in memory), checking that each
/// one's tasks are the planned ones. Returns the documents, named by their file name.
pub fn read_generated(docs: &[GenDoc], truth: &Truth) -> Result<Vec<Document>, String> {
    use rayon::prelude::*;
    docs.par_iter()
        .zip(&truth.documents)
        .map(|(g, t)| {
            let d = document_from_bytes(&g.file, g.text.as_bytes(), &ReadOptions::default())
                .map_err(|e| format!("{}: {e}", g.file))?;
            if d.task_count() != t.families.len() {
                return Err(format!("{}: {} tasks read, {} planned", g.file, d.task_count(), t.families.len()));
            }
            Ok(d)
        })
        .collect()
}

/// Writes the documents and `truth.json` into `dir` (created if needed).
pub fn write(dir: &std::path::Path, docs: &[GenDoc], truth: &Truth) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for d in docs {
        std::fs::write(dir.join(&d.file), &d.text)?;
    }
    let json = serde_json::to_string_pretty(truth).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("truth.json"), json)
}

// ---------------------------------------------------------------------------------------
// Evaluation

/// How a report compares with the truth.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    /// Planted copies of at least `min_planted_words` words.
    pub planted: usize,
    pub found: usize,
    pub recall: f64,
    /// Reported sharings: pairwise passages plus cluster members after the first.
    pub reported: usize,
    /// Of those, the ones whose two sides have a task of the same lineage.
    pub real: usize,
    pub precision: f64,
    pub passages: usize,
    pub passages_real: usize,
    pub members: usize,
    pub members_real: usize,
    /// Documents written on their own, and how many the report calls solitary.
    pub originals: usize,
    pub originals_solitary: usize,
    /// Documents the report calls solitary that are not originals.
    pub solitary_wrong: usize,
    /// A few misses and false reports, for reading.
    pub missed: Vec<String>,
    pub false_reports: Vec<String>,
}

impl std::fmt::Display for Evaluation {
    /// One line: recall, precision (passages and template members apart), solitary documents.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "recall {:.4} ({}/{} planted copies), precision {:.4} ({}/{}: passages {}/{}, template members {}/{}), originals solitary {}/{}, wrongly solitary {}",
            self.recall,
            self.found,
            self.planted,
            self.precision,
            self.real,
            self.reported,
            self.passages_real,
            self.passages,
            self.members_real,
            self.members,
            self.originals_solitary,
            self.originals,
            self.solitary_wrong
        )
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Scores a report against the truth: recall over planted copies of at least
/// `min_planted_words` words (found when the report links the source task and the target
/// task: by a passage of the two documents or by a template holding both), precision over
/// every reported sharing (real when both sides hold tasks of one lineage).
pub fn evaluate(report: &sosanh::reuse::ReuseReport, truth: &Truth, min_planted_words: usize) -> Evaluation {
    let by_name: HashMap<&str, usize> = truth.documents.iter().enumerate().map(|(i, d)| (d.file.as_str(), i)).collect();
    let tdoc = |file: &str| by_name.get(base_name(file)).copied();
    let fams = |d: usize, tasks: [usize; 2]| -> Vec<u32> {
        let f = &truth.documents[d].families;
        (tasks[0]..=tasks[1]).filter_map(|t| f.get(t - 1).copied()).collect()
    };
    let share_family = |a: &[u32], b: &[u32]| a.iter().any(|x| b.contains(x));
    let mut ev = Evaluation::default();
    // Links from the report: (doc, task) ↔ (doc, task) through passages and templates.
    type Links = HashMap<(usize, usize), Vec<([usize; 2], [usize; 2])>>;
    let mut pair_links: Links = HashMap::new();
    for p in &report.passages {
        let (Some(a), Some(b)) = (tdoc(&p.a.file), tdoc(&p.b.file)) else { continue };
        ev.passages += 1;
        let real = share_family(&fams(a, p.a.tasks), &fams(b, p.b.tasks));
        if real {
            ev.passages_real += 1;
        } else if ev.false_reports.len() < 10 {
            ev.false_reports.push(format!("passage {} {:?} ~ {} {:?}", p.a.file, p.a.tasks, p.b.file, p.b.tasks));
        }
        pair_links.entry((a, b)).or_default().push((p.a.tasks, p.b.tasks));
        pair_links.entry((b, a)).or_default().push((p.b.tasks, p.a.tasks));
    }
    let mut in_cluster: HashMap<usize, Vec<(usize, [usize; 2])>> = HashMap::new();
    for c in &report.clusters {
        let Some(first) = tdoc(&c.members[0].at.file) else { continue };
        let f0 = fams(first, c.members[0].at.tasks);
        for (i, m) in c.members.iter().enumerate() {
            let Some(d) = tdoc(&m.at.file) else { continue };
            in_cluster.entry(d).or_default().push((c.id, m.at.tasks));
            if i == 0 {
                continue;
            }
            ev.members += 1;
            if share_family(&f0, &fams(d, m.at.tasks)) {
                ev.members_real += 1;
            } else if ev.false_reports.len() < 10 {
                ev.false_reports.push(format!("template {} member {} {:?}", c.id, m.at.file, m.at.tasks));
            }
        }
    }
    ev.reported = ev.passages + ev.members;
    ev.real = ev.passages_real + ev.members_real;
    ev.precision = if ev.reported == 0 { 1.0 } else { ev.real as f64 / ev.reported as f64 };
    let holds = |r: [usize; 2], t: usize| r[0] <= t && t <= r[1];
    for p in &truth.passages {
        let Some(s) = by_name.get(p.source.file.as_str()).copied() else { continue };
        for t in &p.targets {
            if t.words < min_planted_words {
                continue;
            }
            let Some(d) = by_name.get(t.file.as_str()).copied() else { continue };
            ev.planted += 1;
            let by_pair = pair_links
                .get(&(s, d))
                .is_some_and(|v| v.iter().any(|(rs, rd)| holds(*rs, p.source.task) && holds(*rd, t.task)));
            let by_cluster = || {
                let (Some(cs), Some(cd)) = (in_cluster.get(&s), in_cluster.get(&d)) else { return false };
                cs.iter()
                    .filter(|(_, r)| holds(*r, p.source.task))
                    .any(|(id, _)| cd.iter().any(|(id2, r)| id2 == id && holds(*r, t.task)))
            };
            if by_pair || by_cluster() {
                ev.found += 1;
            } else if ev.missed.len() < 10 {
                ev.missed.push(format!(
                    "{} #{} → {} #{} ({} words, {}, {})",
                    p.source.file,
                    p.source.task,
                    t.file,
                    t.task,
                    t.words,
                    if t.verbatim { "verbatim" } else { "edited" },
                    t.how
                ));
            }
        }
    }
    ev.recall = if ev.planted == 0 { 1.0 } else { ev.found as f64 / ev.planted as f64 };
    let solitary: HashSet<&str> = report.solitary.iter().map(|s| base_name(s)).collect();
    for d in &truth.documents {
        if d.kind == "original" {
            ev.originals += 1;
            if solitary.contains(d.file.as_str()) {
                ev.originals_solitary += 1;
            }
        } else if solitary.contains(d.file.as_str()) {
            ev.solitary_wrong += 1;
        }
    }
    ev
}
