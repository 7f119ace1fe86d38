//! `sosanh check`: the slips that copying last month's or another unit's programme
//! leaves behind, found before the document is signed.
//!
//! Every rule reads the same outline as `compare` and `reuse` (tasks with their repaired
//! text, section headings, footnotes, the closing sentence, the header's metadata), sees
//! dates, numbers and document symbols as the normaliser cuts them
//! ([`normalize::words`]), and reports a [`Finding`]: the rule, a severity, the source line, the section path, the text
//! in question and one plain sentence saying what is wrong, in Vietnamese or English.
//!
//! | rule | severity | what |
//! |---|---|---|
//! | `cited-date-too-late` | error | a cited document ("Kế hoạch số 09-KH/TU ngày 11/12/2026") dated after the document's own issue date or, when that is not known, after the end of its period |
//! | `impossible-date` | error | a day or month out of range ("30/02/2026", "tháng 13") |
//! | `school-year` | error | "năm học 2026 - 2026": a school year spans two consecutive years |
//! | `year-range` | error / warning | a reversed range ("2030 - 2026", error) or an empty one ("2026 - 2026", warning) |
//! | `period-slip` | error | a monthly programme whose regular meeting or own name is for another month ("thường kỳ tháng 12/2025" in February's) or whose heading names another month |
//! | `past-year` | warning | targets "năm 2025" in a 2026 programme (sometimes legitimate: a review of last year) |
//! | `other-unit` | warning | "xã X" / "phường Y" that is not the document's own unit (a name from another file of the run, or from `--units`, is said to be a likely copy); "HĐND phường" in a commune's programme |
//! | `malformed-symbol` | error | a document number/symbol with a digit where a hyphen belongs ("11/KH0UBND") or doubled separators |
//! | `repeated-word` | warning | the same word twice in a row ("các các") |
//! | `repeated-sentence` | warning | a task that says word for word what an earlier task said |
//! | `numbering-gap` | warning | sibling sections numbered I, II, IV or a, b, d (and repeats: 2, 2) |
//! | `blank-field` | note / error | a header field left blank ("Số: /CTr-UBND", "ngày    tháng 01"): normal in a draft, an error with `--final` |
//!
//! # Decisions
//!
//! - A date is checked against the issue date only when it belongs to a cited document
//!   (it follows a document number/symbol and "ngày"): dates of planned events ("Dự kiến tổ chức vào ngày
//!   12/02/2026") may lie after the issue date. The reference is the issue date (the last
//!   day of its month or year when the day or month is blank), else the end of the period.
//! - A unit named with "cũ" ("xã Hoàng Đồng cũ", a former commune merged into this one) is
//!   not another unit. A unit word must be followed by a capitalised name; "cấp xã",
//!   "hợp tác xã", "thị xã" and "xã hội" are not units.
//! - Reduplicated nouns that are good Vietnamese ("người người", "nhà nhà", "ngày ngày")
//!   are not repeated words.
//! - Lists may skip "đ" (a, b, c, d, e): that is not a gap.
//! - `past-year` is only raised in programmes and plans for a later year, and not where the
//!   year is a review ("tổng kết năm 2025", "kết quả năm 2025") or a school year.

use crate::model::{DocKind, Document, LabelKind, Level, LineRange, Section};
use crate::normalize::{self, MatchOptions, TokenKind};
use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// How serious a finding is. Ordered: `Note < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; normal in a draft.
    Note,
    /// Probably a slip; sometimes legitimate.
    Warning,
    /// Cannot be right as written.
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The language of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// What `check` is told besides the documents.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The document is the signed copy: blank header fields are errors, not notes.
    pub final_copy: bool,
    pub lang: Lang,
    /// Names of units (e.g. from `--units FILE`: "phường Tam Thanh" or "Tam Thanh"): a
    /// mention of one of them that is not the document's own unit is a likely copy.
    pub known_units: Vec<String>,
}

/// One slip found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's name, e.g. "cited-date-too-late" (see the module documentation).
    pub rule: &'static str,
    pub severity: Severity,
    /// 1-based line in the source text.
    pub line: usize,
    /// Section path ("I.7"), or "header", "footnote 3", "closing".
    pub section: String,
    /// The words in question, as written.
    pub text: String,
    /// What is wrong, in one sentence, in the language asked for.
    pub message: String,
}

/// Checks one document on its own (no other files to learn unit names from).
pub fn check(doc: &Document, opts: &CheckOptions) -> Vec<Finding> {
    check_all(std::slice::from_ref(doc), opts).pop().unwrap_or_default()
}

/// Checks several documents (in parallel; the result does not depend on the thread count);
/// each one's unit is known to the others, so a name from another file is reported as a
/// likely copy from it. One list of findings per document, in the order given, each sorted
/// by line.
pub fn check_all(docs: &[Document], opts: &CheckOptions) -> Vec<Vec<Finding>> {
    let own: Vec<Option<String>> = docs.par_iter().map(|d| own_unit_name(d).map(|n| fold(&n))).collect();
    let mut units: Vec<(String, String)> = Vec::new();
    for (d, name) in docs.iter().zip(&own) {
        if let Some(name) = name {
            units.push((name.clone(), d.source.clone()));
        }
    }
    for u in &opts.known_units {
        let name = strip_level(u.trim());
        if !name.is_empty() {
            units.push((fold(name), String::new()));
        }
    }
    docs.par_iter()
        .zip(own)
        .map(|(d, own)| Checker { doc: d, opts, units: &units, own, out: Vec::new() }.run())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Text places

/// A piece of text the rules read: a task, a heading, a footnote, the closing sentence.
struct Place<'a> {
    text: &'a str,
    lines: LineRange,
    section: String,
    /// Tasks take part in the repeated-sentence rule; other places do not.
    is_task: bool,
    is_heading: bool,
}

fn places(doc: &Document) -> Vec<Place<'_>> {
    let mut out = Vec::new();
    for s in doc.all_sections() {
        let path = s.path_string();
        if !s.heading.is_empty() {
            out.push(Place {
                text: &s.heading,
                lines: s.lines,
                section: path.clone(),
                is_task: false,
                is_heading: true,
            });
        }
        for t in &s.tasks {
            out.push(Place { text: &t.text, lines: t.lines, section: path.clone(), is_task: true, is_heading: false });
        }
    }
    for f in &doc.footnotes {
        out.push(Place {
            text: &f.text,
            lines: f.lines,
            section: format!("footnote {}", f.number),
            is_task: false,
            is_heading: false,
        });
    }
    if let Some(c) = &doc.meta.closing {
        let line = find_line(&doc.lines, c).unwrap_or(doc.lines.len().max(1));
        out.push(Place {
            text: c,
            lines: LineRange::new(line, line),
            section: "closing".into(),
            is_task: false,
            is_heading: false,
        });
    }
    out
}

/// The first line holding the first few words of `text`.
fn find_line(lines: &[String], text: &str) -> Option<usize> {
    let probe: Vec<&str> = text.split_whitespace().take(4).collect();
    let probe = probe.join(" ");
    if probe.is_empty() {
        return None;
    }
    lines.iter().position(|l| l.split_whitespace().collect::<Vec<_>>().join(" ").contains(&probe)).map(|i| i + 1)
}

/// The source line of the text at byte `at` of a place: the place's lines are walked
/// word by word (the repaired text has the words of the source, joined differently), and
/// the guess is checked against the first word of the match, looking a few lines around.
fn locate(lines: &[String], range: LineRange, text: &str, at: usize) -> usize {
    let start = range.start.max(1);
    let end = range.end.min(lines.len()).max(start);
    if start > lines.len() {
        return start;
    }
    let before = text[..at].split_whitespace().count();
    let first = text[at..].split_whitespace().next().unwrap_or("");
    let mut seen = 0;
    let mut guess = end;
    for n in start..=end {
        let here = lines[n - 1].split_whitespace().count();
        if seen + here > before {
            guess = n;
            break;
        }
        seen += here;
    }
    if first.is_empty() || lines[guess - 1].contains(first) {
        return guess;
    }
    let lo = guess.saturating_sub(3).max(start);
    let hi = (guess + 3).min(end);
    (lo..=hi).min_by_key(|&n| (!lines[n - 1].contains(first), n.abs_diff(guess))).unwrap_or(guess)
}

// ---------------------------------------------------------------------------------------
// Dates

fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A full date, comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ymd(i32, u32, u32);

impl Ymd {
    fn valid(self) -> bool {
        (1..=12).contains(&self.1) && self.2 >= 1 && self.2 <= days_in(self.0, self.1)
    }
    fn show(self) -> String {
        format!("{:02}/{:02}/{}", self.2, self.1, self.0)
    }
}

/// The latest date a cited document can bear, and how that date was decided.
fn latest_citable(doc: &Document) -> Option<(Ymd, Bound)> {
    if let Some(i) = doc.meta.issued
        && let Some(y) = i.year
    {
        let m = i.month.filter(|m| (1..=12).contains(m));
        let date = match (m, i.day) {
            (Some(m), Some(d)) if d >= 1 && d <= days_in(y, m) => Ymd(y, m, d),
            (Some(m), _) => Ymd(y, m, days_in(y, m)),
            (None, _) => Ymd(y, 12, 31),
        };
        return Some((date, Bound::Issued));
    }
    let p = doc.meta.period?;
    let date = match p.month.filter(|m| (1..=12).contains(m)) {
        Some(m) => Ymd(p.year, m, days_in(p.year, m)),
        None => Ymd(p.year, 12, 31),
    };
    Some((date, Bound::PeriodEnd))
}

#[derive(Debug, Clone, Copy)]
enum Bound {
    Issued,
    PeriodEnd,
}

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)((?:19|20)\d{2})(?:$|[^\d/])").unwrap()
});
/// The words of a place as the normaliser cuts them (the same cut as `compare` and
/// `reuse`): dates ("11/12/2026"), symbols ("11/KH0UBND", "57-NQ/TW"), numbers and words.
type Words = [(std::ops::Range<usize>, TokenKind)];

/// Is word `i` the word `w` (case aside)?
fn is_word(text: &str, ws: &Words, i: usize, w: &str) -> bool {
    ws.get(i).is_some_and(|(r, k)| *k == TokenKind::Word && text[r.clone()].to_lowercase() == w)
}

/// A year written alone: "2026".
fn year_at(text: &str, ws: &Words, i: usize) -> Option<u32> {
    let (r, k) = ws.get(i)?;
    let t = &text[r.clone()];
    (*k == TokenKind::Number && t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))).then(|| num(t))
}

/// A full date at word `i`: "11/12/2026" (one word) or "12 tháng 02 năm 2026" (five words,
/// after "ngày"). Returns the date and the index of its last word.
fn date_at(text: &str, ws: &Words, i: usize) -> Option<(Ymd, usize)> {
    let (r, _) = ws.get(i)?;
    let parts: Vec<&str> = text[r.clone()].split('/').collect();
    if let [d, m, y] = parts[..]
        && y.len() == 4
        && d.len() <= 2
        && m.len() <= 2
        && d.bytes().chain(m.bytes()).chain(y.bytes()).all(|b| b.is_ascii_digit())
    {
        return Some((Ymd(num(y) as i32, num(m), num(d)), i));
    }
    let small = |j: usize| {
        ws.get(j).filter(|(r, k)| *k == TokenKind::Number && r.len() <= 2).map(|(r, _)| num(&text[r.clone()]))
    };
    let (d, m, y) = (small(i)?, small(i + 2)?, year_at(text, ws, i + 4)?);
    (is_word(text, ws, i + 1, "tháng") && is_word(text, ws, i + 3, "năm")).then_some((Ymd(y as i32, m, d), i + 4))
}

fn num(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

// ---------------------------------------------------------------------------------------
// Units

/// Lower case, NFC, tone placement unified: "Cao Lộc" and "CAO LỘC" fold the same.
fn fold(s: &str) -> String {
    s.split_whitespace().map(normalize::syllable_key).collect::<Vec<_>>().join(" ")
}

fn strip_level(s: &str) -> &str {
    for w in ["thị trấn ", "Thị trấn ", "phường ", "Phường ", "xã ", "Xã "] {
        if let Some(rest) = s.strip_prefix(w) {
            return rest.trim();
        }
    }
    s
}

/// The document's own unit name: from the metadata, else the unit of its level named
/// most often in its text.
fn own_unit_name(doc: &Document) -> Option<String> {
    let unit = doc.meta.unit.as_ref()?;
    if let Some(n) = &unit.name {
        return Some(n.clone());
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in places(doc) {
        for m in unit_mentions(p.text) {
            if m.level == unit.level && !m.former {
                *counts.entry(m.name).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(n, _)| n)
}

struct Mention {
    level: Level,
    name: String,
    /// Byte offset of the unit word.
    at: usize,
    end: usize,
    /// "xã X cũ": a former unit.
    former: bool,
}

static UNIT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}])(xã|phường|thị trấn|Xã|Phường|Thị trấn)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(\s+cũ\b)?",
    )
    .unwrap()
});

fn unit_mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for c in UNIT_NAMED.captures_iter(text) {
        let (Some(word), Some(name)) = (c.get(1), c.get(2)) else { continue };
        let before = text[..word.start()].trim_end();
        let before_l = before.to_lowercase();
        // "hợp tác xã Thành Công" is a cooperative, "thị xã" a town.
        if before_l.ends_with("hợp tác") || before_l.ends_with("thị") {
            continue;
        }
        let level = match word.as_str().to_lowercase().as_str() {
            "xã" => Level::Xa,
            "phường" => Level::Phuong,
            _ => Level::ThiTran,
        };
        out.push(Mention {
            level,
            name: name.as_str().to_string(),
            at: word.start(),
            end: c.get(3).unwrap_or(name).end(),
            former: c.get(3).is_some(),
        });
    }
    out
}

/// The byte length of a unit mention ("phường Tam Thanh Xuân") cut after the level word
/// and `words` words of its name.
fn name_end(mention: &str, words: usize) -> usize {
    let level_words = if mention.to_lowercase().starts_with("thị trấn") { 2 } else { 1 };
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in mention.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == level_words + words {
                    return i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    mention.len()
}

/// The unit's own bodies followed by a level word: "HĐND phường" in a commune's programme.
static BODY_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}])(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|MTTQ|Công an|Văn phòng HĐND và UBND)\s+(xã|phường|thị trấn)(?:$|[^\p{L}])",
    )
    .unwrap()
});

// ---------------------------------------------------------------------------------------
// Symbols and words

/// The shapes of a number/symbol: the administrative "130/KH-UBND", the legal
/// "15/2023/QĐ-UBND" and "198/2025/QH15", the Party "57-NQ/TW", letters "4836/BNN-VPĐP".
static SYMBOL_OK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d+[a-z]?(?:/\d{4})?/\p{L}[\p{L}&]*\d*(?:[-.]\p{L}[\p{L}&]*\d*)*(?:/\p{L}[\p{L}&]*\d*)?|\d+-\p{L}[\p{L}&]*(?:-\p{L}[\p{L}&]*)?/\p{L}[\p{L}&]*\d*(?:-\p{L}[\p{L}&]*)?)$",
    )
    .unwrap()
});
/// A digit standing between two letters of a symbol: "KH0UBND" for "KH-UBND".
static LETTER_DIGIT_LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{Lu})(\d)(\p{Lu})").unwrap());

/// Short words whose doubling is always a slip ("các các", "của của"). Other syllables
/// may meet themselves across a word boundary in good Vietnamese: "hành vi vi phạm",
/// "thi công công trình", "người người, nhà nhà".
const FUNCTION_WORDS: &[&str] = &[
    "các", "của", "và", "cho", "với", "để", "trong", "đã", "được", "những", "là", "có", "theo", "tại", "về", "từ",
    "đến", "thì", "mà", "này", "đó", "khi", "một", "trên", "sẽ", "đang", "nhằm", "bằng", "như", "hoặc", "nhưng", "do",
    "bởi", "việc", "cần", "phải", "đối", "giữa", "hơn", "cùng", "chưa", "không", "vào", "ra",
];

const VI_LETTERS: [&str; 23] =
    ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    let table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The position of a label in its numbering, for finding gaps.
fn ordinal(s: &Section) -> Option<u32> {
    match s.kind {
        LabelKind::Roman => roman_value(&s.label),
        LabelKind::Part => roman_value(s.label.trim_start_matches("Phần").trim()),
        LabelKind::Arabic => s.label.parse().ok(),
        LabelKind::Decimal => s.label.rsplit('.').find(|p| !p.is_empty()).and_then(|p| p.parse().ok()),
        LabelKind::Letter => VI_LETTERS.iter().position(|l| *l == s.label.to_lowercase()).map(|p| p as u32 + 1),
        LabelKind::Chapter | LabelKind::Division | LabelKind::Article => {
            let num = s.label.rsplit(' ').next().unwrap_or("");
            roman_value(num).or_else(|| num.parse().ok())
        }
        LabelKind::Star | LabelKind::Body | LabelKind::Appendix => None,
    }
}

fn label_of(kind: LabelKind, like: &Section, n: u32) -> String {
    match kind {
        LabelKind::Roman => to_roman(n),
        LabelKind::Part => format!("Phần {}", to_roman(n)),
        LabelKind::Arabic => n.to_string(),
        LabelKind::Decimal => match like.label.rsplit_once('.') {
            Some((head, last)) if !last.is_empty() => format!("{head}.{n}"),
            _ => {
                let head = like.label.trim_end_matches('.');
                match head.rsplit_once('.') {
                    Some((h, _)) => format!("{h}.{n}"),
                    None => n.to_string(),
                }
            }
        },
        LabelKind::Letter => VI_LETTERS.get(n as usize - 1).map_or_else(|| n.to_string(), |l| l.to_string()),
        LabelKind::Chapter => format!("Chương {}", to_roman(n)),
        LabelKind::Division => format!("Mục {n}"),
        LabelKind::Article => format!("Điều {n}"),
        LabelKind::Star | LabelKind::Body | LabelKind::Appendix => n.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// The checker

struct Checker<'a> {
    doc: &'a Document,
    opts: &'a CheckOptions,
    /// Folded unit names of every file of the run (and `--units`), with the file.
    units: &'a [(String, String)],
    /// The document's own unit name, folded.
    own: Option<String>,
    out: Vec<Finding>,
}

/// Picks the message in the language asked for.
fn say(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

impl<'a> Checker<'a> {
    fn push(&mut self, rule: &'static str, severity: Severity, p: &Place, at: usize, text: &str, message: String) {
        let line = locate(&self.doc.lines, p.lines, p.text, at);
        self.out.push(Finding { rule, severity, line, section: p.section.clone(), text: text.to_string(), message });
    }

    fn run(mut self) -> Vec<Finding> {
        let doc = self.doc;
        let places = places(doc);
        let latest = latest_citable(doc);
        let mut seen_sentences: HashMap<Vec<String>, (usize, String)> = HashMap::new();
        for p in &places {
            let ws = normalize::words(p.text);
            self.dates(p, &ws, latest);
            self.year_ranges(p, &ws);
            self.period(p);
            self.units(p);
            self.symbols(p, &ws);
            self.repeated_words(p, &ws);
            if p.is_task {
                self.repeated_sentence(p, &mut seen_sentences);
            }
        }
        self.numbering(&doc.sections, "");
        self.blank_fields();
        let mut out = self.out;
        out.sort_by(|a, b| a.line.cmp(&b.line).then(a.rule.cmp(b.rule)).then_with(|| a.text.cmp(&b.text)));
        out.dedup_by(|a, b| a.rule == b.rule && a.line == b.line && a.text == b.text);
        out
    }

    fn dates(&mut self, p: &Place, ws: &Words, latest: Option<(Ymd, Bound)>) {
        let lang = self.opts.lang;
        let mut i = 0;
        while i < ws.len() {
            let after_ngay = is_word(p.text, ws, i.wrapping_sub(1), "ngày");
            let found = date_at(p.text, ws, i).filter(|(_, end)| *end == i || after_ngay);
            let Some((d, end)) = found else {
                i += 1;
                continue;
            };
            if !d.valid() {
                let text = &p.text[ws[i].0.start..ws[end].0.end];
                let (vi, en) = if (1..=12).contains(&d.1) {
                    (
                        format!("Ngày {} không có: tháng {} chỉ có {} ngày.", d.2, d.1, days_in(d.0, d.1)),
                        format!("There is no day {} in month {}: it has {} days.", d.2, d.1, days_in(d.0, d.1)),
                    )
                } else {
                    (format!("Không có tháng {}.", d.1), format!("There is no month {}.", d.1))
                };
                self.push("impossible-date", Severity::Error, p, ws[i].0.start, text, say(lang, vi, en));
            }
            i = end + 1;
        }
        // "tháng 13/2026", "tháng 13 năm 2026".
        for c in MONTH_YEAR.captures_iter(p.text) {
            let m = num(&c[1]);
            if !(1..=12).contains(&m) {
                let at = c.get(1).map_or(0, |x| x.start());
                let text = c.get(0).map_or("", |x| x.as_str()).trim_matches(|ch: char| !ch.is_alphanumeric());
                self.push(
                    "impossible-date",
                    Severity::Error,
                    p,
                    at,
                    text,
                    say(lang, format!("Không có tháng {m}."), format!("There is no month {m}.")),
                );
            }
        }
        let Some((bound, how)) = latest else { return };
        // A cited document: its number/symbol, then (after a comma at most) "ngày" and a date.
        for i in 0..ws.len() {
            if ws[i].1 != TokenKind::Symbol || p.text[ws[i].0.clone()].starts_with('/') {
                continue;
            }
            if !is_word(p.text, ws, i + 1, "ngày")
                || !p.text[ws[i].0.end..ws[i + 1].0.start].trim().trim_matches(',').is_empty()
            {
                continue;
            }
            let Some((date, end)) = date_at(p.text, ws, i + 2) else { continue };
            if !date.valid() || date <= bound {
                continue;
            }
            let start = if is_word(p.text, ws, i.wrapping_sub(1), "số") { ws[i - 1].0.start } else { ws[i].0.start };
            let whole = &p.text[start..ws[end].0.end];
            let at = start;
            let (vi_bound, en_bound) = match how {
                Bound::Issued => (
                    format!("sau ngày ban hành của chính văn bản này ({})", self.issued_text()),
                    format!("after this document's own issue date ({})", self.issued_text()),
                ),
                Bound::PeriodEnd => (
                    format!("sau khi hết kỳ của văn bản này ({})", bound.show()),
                    format!("after the end of the period this document covers ({})", bound.show()),
                ),
            };
            let vi = format!(
                "Văn bản được dẫn mang ngày {}, {vi_bound}: không thể đã ban hành; năm hoặc tháng có lẽ bị sửa nhầm khi sao chép.",
                date.show()
            );
            let en = format!(
                "The cited document is dated {}, {en_bound}: it cannot have been issued yet; the year or month was probably changed by mistake when copying.",
                date.show()
            );
            self.push("cited-date-too-late", Severity::Error, p, at, whole.trim(), say(lang, vi, en));
        }
    }

    fn issued_text(&self) -> String {
        let Some(i) = self.doc.meta.issued else { return String::new() };
        match (i.day, i.month, i.year) {
            (Some(d), Some(m), Some(y)) => format!("{d:02}/{m:02}/{y}"),
            (None, Some(m), Some(y)) => format!("tháng {m:02}/{y}"),
            (_, _, Some(y)) => y.to_string(),
            _ => String::new(),
        }
    }

    fn year_ranges(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        for i in 1..ws.len() {
            // Two years joined by a dash: "2026 - 2031", "2026-2030".
            let (Some(y1), Some(y2)) = (year_at(p.text, ws, i - 1), year_at(p.text, ws, i)) else { continue };
            let (a, b) = (&ws[i - 1].0, &ws[i].0);
            if !matches!(p.text[a.end..b.start].trim(), "-" | "–" | "—") {
                continue;
            }
            let text = &p.text[a.start..b.end];
            let before = p.text[..a.start].trim_end().to_lowercase();
            let school = before.ends_with("năm học") || before.ends_with("niên học");
            if school {
                if y2 != y1 + 1 {
                    let vi = format!(
                        "Năm học phải gồm hai năm liền nhau (ví dụ {}–{}); \"{text}\" không phải một năm học.",
                        y1,
                        y1 + 1
                    );
                    let en = format!(
                        "A school year spans two consecutive years (e.g. {}–{}); \"{text}\" is not one.",
                        y1,
                        y1 + 1
                    );
                    self.push("school-year", Severity::Error, p, a.start, text, say(lang, vi, en));
                }
            } else if y2 < y1 {
                let vi = format!("Khoảng năm bị ngược: {y2} đứng trước {y1}.");
                let en = format!("The range of years is reversed: {y2} comes before {y1}.");
                self.push("year-range", Severity::Error, p, a.start, text, say(lang, vi, en));
            } else if y2 == y1 {
                let vi = format!("Khoảng năm \"{text}\" bắt đầu và kết thúc cùng một năm.");
                let en = format!("The range \"{text}\" starts and ends in the same year.");
                self.push("year-range", Severity::Warning, p, a.start, text, say(lang, vi, en));
            }
        }
    }

    fn period(&mut self, p: &Place) {
        static MEETING: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)(thường kỳ|chương trình công tác|lịch công tác)\s+tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*((?:19|20)\d{2}))?",
            )
            .unwrap()
        });
        static YEAR: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}])năm\s+((?:19|20)\d{2})(?:$|[^\d/–-])").unwrap());
        let lang = self.opts.lang;
        let Some(period) = self.doc.meta.period else { return };
        if let Some(month) = period.month {
            let own = format!("{month:02}/{}", period.year);
            let mut slips: Vec<(usize, String, String)> = Vec::new();
            for c in MEETING.captures_iter(p.text) {
                let m = num(&c[2]);
                let y = c.get(3).map(|y| num(y.as_str()) as i32);
                // The next month's programme is prepared this month ("phục vụ xây dựng
                // Chương trình công tác tháng 03/2026" in February's).
                let (next_m, next_y) = if month == 12 { (1, period.year + 1) } else { (month + 1, period.year) };
                let is_next = m == next_m && y.is_none_or(|y| y == next_y);
                let meeting = c[1].to_lowercase() == "thường kỳ";
                if (m != month || y.is_some_and(|y| y != period.year)) && (meeting || !is_next) {
                    let whole = c.get(0).map_or("", |x| x.as_str()).to_string();
                    slips.push((c.get(0).map_or(0, |x| x.start()), whole, c[1].to_lowercase()));
                }
            }
            if p.is_heading {
                for c in MONTH_YEAR.captures_iter(p.text) {
                    let (m, y) = (num(&c[1]), num(&c[2]) as i32);
                    if (m != month || y != period.year) && !slips.iter().any(|s| s.1.contains(&c[0])) {
                        let at = c.get(1).map_or(0, |x| x.start());
                        let whole = c.get(0).map_or("", |x| x.as_str()).trim_matches(|ch: char| !ch.is_alphanumeric());
                        slips.push((at, whole.to_string(), "heading".into()));
                    }
                }
            }
            for (at, text, what) in slips {
                let (vi_what, en_what) = match what.as_str() {
                    "thường kỳ" => ("cuộc họp thường kỳ", "the regular meeting"),
                    "heading" => ("đề mục", "the heading"),
                    _ => ("tên chương trình", "the programme's name"),
                };
                let vi = format!(
                    "Văn bản này cho tháng {own}, nhưng {vi_what} ghi \"{text}\": có lẽ còn sót từ văn bản tháng khác."
                );
                let en = format!(
                    "This document is for {own}, but {en_what} says \"{text}\": probably left over from another month's programme."
                );
                self.push("period-slip", Severity::Error, p, at, &text, say(lang, vi, en));
            }
        }
        // Targets of an earlier year in a programme or plan.
        let forward = matches!(self.doc.meta.kind, None | Some(DocKind::Programme) | Some(DocKind::Plan));
        if !forward || p.is_heading || p.section.starts_with("footnote") {
            return;
        }
        for c in YEAR.captures_iter(p.text) {
            let Some(y) = c.get(1) else { continue };
            let year = num(y.as_str()) as i32;
            if year >= period.year || year < period.year - 1 {
                continue;
            }
            let before = p.text[..y.start()].to_lowercase();
            let tail: String = before.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
            const REVIEW: [&str; 14] = [
                "tổng kết",
                "sơ kết",
                "kết quả",
                "đánh giá",
                "quyết toán",
                "báo cáo",
                "cuối năm",
                "năm học",
                "đã ",
                "thực hiện năm",
                "chi trả",
                "khen thưởng",
                "thi đua",
                "số liệu",
            ];
            if REVIEW.iter().any(|w| tail.contains(w)) {
                continue;
            }
            let text = format!("năm {}", y.as_str());
            let vi = format!(
                "Chương trình cho năm {} nhắc \"{text}\": nếu là chỉ tiêu của năm nay thì năm bị sót khi sao chép.",
                period.year
            );
            let en = format!(
                "A programme for {} mentions \"{text}\": if this is a target for this year, the year was left unchanged when copying.",
                period.year
            );
            self.push("past-year", Severity::Warning, p, y.start(), &text, say(lang, vi, en));
        }
    }

    fn units(&mut self, p: &Place) {
        let lang = self.opts.lang;
        let own_level = self.doc.meta.unit.as_ref().map(|u| u.level);
        for m in unit_mentions(p.text) {
            if m.former {
                continue;
            }
            // The name runs on over capitalised words ("phường Tam Thanh Xuân Bính Ngọ"):
            // a known name that begins it is the name; otherwise its first two words.
            let key = fold(&m.name);
            let starts = |name: &str| key == name || key.starts_with(&format!("{name} "));
            if self.own.as_deref().is_some_and(starts) {
                continue;
            }
            let known = self.units.iter().map(|(n, _)| n.as_str()).filter(|n| starts(n)).max_by_key(|n| n.len());
            let words = known.map_or(2, |n| n.split(' ').count());
            let name_end = name_end(&p.text[m.at..m.end], words) + m.at;
            let end = if m.former { m.end } else { name_end };
            let key = fold(p.text[m.at..name_end].split_once(char::is_whitespace).map_or("", |x| x.1));
            let text = &p.text[m.at..end];
            let from: Option<&str> =
                self.units.iter().find(|(n, f)| *n == key && *f != self.doc.source).map(|(_, f)| f.as_str());
            let own_text = self.doc.meta.unit.as_ref().map_or_else(|| "?".to_string(), |u| u.to_string());
            let (vi, en) = match from {
                Some(f) if !f.is_empty() => (
                    format!("\"{text}\" là đơn vị của {f}, không phải {own_text}: có lẽ sao chép từ văn bản đó."),
                    format!("\"{text}\" is the unit of {f}, not {own_text}: probably copied from that document."),
                ),
                Some(_) => (
                    format!(
                        "\"{text}\" là đơn vị khác (trong danh sách --units), không phải {own_text}: có lẽ sao chép."
                    ),
                    format!("\"{text}\" is another unit (in the --units list), not {own_text}: probably copied."),
                ),
                None => (
                    format!(
                        "\"{text}\" không phải đơn vị của văn bản này ({own_text}): kiểm tra xem có sót từ văn bản sao chép không."
                    ),
                    format!(
                        "\"{text}\" is not this document's unit ({own_text}): check it was not left over from a copied text."
                    ),
                ),
            };
            self.push("other-unit", Severity::Warning, p, m.at, text, say(lang, vi, en));
        }
        let Some(own_level) = own_level else { return };
        if own_level == Level::Tinh {
            return;
        }
        for c in BODY_LEVEL.captures_iter(p.text) {
            let (Some(body), Some(level)) = (c.get(1), c.get(2)) else { continue };
            let word = level.as_str();
            if word == own_level.word() {
                continue;
            }
            // "UBND xã Cao Lộc" names a unit: the rule above decides.
            let after = p.text[level.end()..].trim_start();
            if after.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let text = &p.text[body.start()..level.end()];
            let own = own_level.word();
            let vi = format!("\"{text}\" trong văn bản của một {own}: có lẽ sao chép từ văn bản của một {word}.");
            let en = format!("\"{text}\" in the document of a {own}: probably copied from a {word}'s document.");
            self.push("other-unit", Severity::Warning, p, body.start(), text, say(lang, vi, en));
        }
    }

    fn symbols(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        for (r, kind) in ws {
            let sym = &p.text[r.clone()];
            // A symbol with its number left blank ("/CTr-UBND") is the header's business.
            if *kind != TokenKind::Symbol || sym.starts_with('/') {
                continue;
            }
            if !sym.chars().any(|ch| ch.is_uppercase()) || SYMBOL_OK.is_match(sym) {
                continue;
            }
            let suggestion = LETTER_DIGIT_LETTER.replace_all(sym, "$1-$3").into_owned();
            let suggestion = suggestion.replace("--", "-").replace("//", "/");
            let (vi, en) = if suggestion != sym && SYMBOL_OK.is_match(&suggestion) {
                (
                    format!("Số, ký hiệu văn bản \"{sym}\" viết sai; có lẽ là \"{suggestion}\"."),
                    format!("The document number/symbol \"{sym}\" is malformed; probably \"{suggestion}\"."),
                )
            } else {
                (
                    format!(
                        "Số, ký hiệu văn bản \"{sym}\" không đúng dạng (ví dụ 130/KH-UBND, 15/2023/QĐ-UBND, 57-NQ/TW)."
                    ),
                    format!(
                        "The document number/symbol \"{sym}\" does not have the usual shape (e.g. 130/KH-UBND, 15/2023/QĐ-UBND, 57-NQ/TW)."
                    ),
                )
            };
            self.push("malformed-symbol", Severity::Error, p, r.start, sym, say(lang, vi, en));
        }
    }

    fn repeated_words(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        let words: Vec<_> = ws.iter().filter(|(_, k)| *k == TokenKind::Word).collect();
        let lower: Vec<String> = words.iter().map(|(r, _)| p.text[r.clone()].to_lowercase()).collect();
        // Only words separated by white space: "Đông-Xuân", "a, a" are not repeats.
        let spaced = |from: usize, to: usize| {
            (from..to).all(|i| p.text[words[i].0.end..words[i + 1].0.start].chars().all(char::is_whitespace))
        };
        let mut i = 0;
        while i + 1 < words.len() {
            // A two-syllable word written twice: "triển khai triển khai".
            let double = i + 3 < words.len()
                && lower[i] == lower[i + 2]
                && lower[i + 1] == lower[i + 3]
                && lower[i] != lower[i + 1]
                && spaced(i, i + 3);
            let single = lower[i] == lower[i + 1] && FUNCTION_WORDS.contains(&lower[i].as_str()) && spaced(i, i + 1);
            if double || single {
                let last = if double { i + 3 } else { i + 1 };
                let text = &p.text[words[i].0.start..words[last].0.end];
                let word =
                    if double { &p.text[words[i].0.start..words[i + 1].0.end] } else { &p.text[words[i].0.clone()] };
                let vi = format!("Từ \"{word}\" lặp hai lần liền nhau.");
                let en = format!("The word \"{word}\" is written twice in a row.");
                self.push("repeated-word", Severity::Warning, p, words[i].0.start, text, say(lang, vi, en));
                i = last + 1;
            } else {
                i += 1;
            }
        }
    }

    fn repeated_sentence(&mut self, p: &Place, seen: &mut HashMap<Vec<String>, (usize, String)>) {
        let keys = normalize::keys(p.text, &MatchOptions::standard());
        // Short formulas ("Giao ban định kỳ hằng tuần.") recur by design.
        if keys.len() < 10 {
            return;
        }
        let line = locate(&self.doc.lines, p.lines, p.text, 0);
        match seen.get(&keys) {
            Some((first, section)) => {
                let vi = format!("Câu này đã có ở dòng {first} (mục {section}).");
                let en = format!("This sentence already appears at line {first} (section {section}).");
                let text = crate::render::truncate(p.text, 120);
                self.push("repeated-sentence", Severity::Warning, p, 0, &text, say(self.opts.lang, vi, en));
            }
            None => {
                seen.insert(keys, (line, p.section.clone()));
            }
        }
    }

    fn numbering(&mut self, sections: &[Section], parent: &str) {
        let lang = self.opts.lang;
        let mut prev: std::collections::BTreeMap<LabelKind, (&Section, u32)> = std::collections::BTreeMap::new();
        for s in sections {
            if let Some(n) = ordinal(s) {
                if let Some(&(before, m)) = prev.get(&s.kind) {
                    // "d" then "e": lists that leave out "đ" are not missing anything.
                    let skip_dd = s.kind == LabelKind::Letter && m == 4 && n == 6;
                    let place = Place {
                        text: "",
                        lines: LineRange::new(s.lines.start, s.lines.start),
                        section: if parent.is_empty() { "(top)".into() } else { parent.to_string() },
                        is_task: false,
                        is_heading: true,
                    };
                    if n == m {
                        let vi = format!("Số thứ tự \"{}\" lặp lại.", s.label);
                        let en = format!("The number \"{}\" is used twice.", s.label);
                        self.push("numbering-gap", Severity::Warning, &place, 0, &s.label, say(lang, vi, en));
                    } else if n > m + 1 && !skip_dd {
                        let missing: Vec<String> = (m + 1..n).map(|k| label_of(s.kind, s, k)).collect();
                        let missing = missing.join(", ");
                        let vi = format!("Đánh số nhảy từ \"{}\" sang \"{}\": thiếu {missing}.", before.label, s.label);
                        let en = format!(
                            "The numbering jumps from \"{}\" to \"{}\": {missing} missing.",
                            before.label, s.label
                        );
                        let text = format!("{} → {}", before.label, s.label);
                        self.push("numbering-gap", Severity::Warning, &place, 0, &text, say(lang, vi, en));
                    }
                }
                prev.insert(s.kind, (s, n));
            }
            self.numbering(&s.children, &s.path_string());
        }
    }

    fn blank_fields(&mut self) {
        let lang = self.opts.lang;
        let severity = if self.opts.final_copy { Severity::Error } else { Severity::Note };
        for b in &self.doc.meta.blank_fields {
            let (vi_field, en_field) = match b.field.as_str() {
                "number" => ("số văn bản", "the document number"),
                "day" => ("ngày ban hành", "the day of issue"),
                "month" => ("tháng ban hành", "the month of issue"),
                _ => ("một mục", "a field"),
            };
            let (vi, en) = if self.opts.final_copy {
                (
                    format!("Bản ký ban hành còn để trống {vi_field}."),
                    format!("The signed copy leaves {en_field} blank."),
                )
            } else {
                (
                    format!("Còn để trống {vi_field}: bình thường ở bản dự thảo, phải điền trước khi ký."),
                    format!("{en_field} is left blank: normal in a draft, to be filled in before signing."),
                )
            };
            let en = {
                let mut c = en.chars();
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or(en)
            };
            self.out.push(Finding {
                rule: "blank-field",
                severity,
                line: b.line,
                section: "header".into(),
                text: crate::render::truncate(&b.text, 80),
                message: say(lang, vi, en),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::outline::outline("t.txt", text)
    }

    fn rules(findings: &[Finding]) -> Vec<(&'static str, String)> {
        findings.iter().map(|f| (f.rule, f.text.clone())).collect()
    }

    const HEAD: &str = "ỦY BAN NHÂN DÂN\nPHƯỜNG TAM THANH\nSố:  /CTr-UBND\nTam Thanh, ngày 05 tháng 02 năm 2026\nCHƯƠNG TRÌNH\nCông tác tháng 02 năm 2026 của UBND phường Tam Thanh\nI. TRỌNG TÂM CÔNG TÁC\n";

    fn with_body(body: &str) -> Document {
        doc(&format!("{HEAD}{body}"))
    }

    #[test]
    fn roman_and_letters_count() {
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(to_roman(14), "XIV");
        assert_eq!(roman_value("A"), None);
        assert!(Ymd(2024, 2, 29).valid());
        assert!(!Ymd(2026, 2, 29).valid());
        assert!(!Ymd(2026, 13, 1).valid());
    }

    #[test]
    fn cited_dates_after_issue_are_errors_and_earlier_ones_are_not() {
        let d = with_body(
            "1. Triển khai Kế hoạch số 09-KH/TU ngày 11/12/2026 của Ban Thường vụ Tỉnh ủy.\n2. Tiếp tục triển khai Chỉ thị số 28/CT-TTg ngày 18/9/2025 của Thủ tướng Chính phủ.\n3. Họp UBND phường thường kỳ tháng 02/2026: Dự kiến tổ chức vào ngày 12/02/2026.\n",
        );
        let f = check(&d, &CheckOptions::default());
        let r = rules(&f);
        assert!(r.iter().any(|(rule, t)| *rule == "cited-date-too-late" && t.contains("11/12/2026")), "{f:#?}");
        assert!(!r.iter().any(|(_, t)| t.contains("18/9/2025")), "{f:#?}");
        assert!(!r.iter().any(|(_, t)| t.contains("12/02/2026")), "{f:#?}");
    }

    #[test]
    fn impossible_days_and_months() {
        let d = with_body("1. Tổ chức vào ngày 30/02/2026 và ngày 12/13/2026 tại hội trường.\n");
        let f = check(&d, &CheckOptions::default());
        assert_eq!(f.iter().filter(|f| f.rule == "impossible-date").count(), 2, "{f:#?}");
    }

    #[test]
    fn school_years_and_ranges() {
        let d = with_body(
            "1. Thực hiện nhiệm vụ năm học 2026 - 2026 và năm học 2025 – 2026; giai đoạn 2030 - 2026; nhiệm kỳ 2026 - 2031.\n",
        );
        let f = check(&d, &CheckOptions::default());
        let r = rules(&f);
        assert!(r.contains(&("school-year", "2026 - 2026".into())), "{f:#?}");
        assert!(r.contains(&("year-range", "2030 - 2026".into())), "{f:#?}");
        assert_eq!(r.iter().filter(|(rule, _)| *rule != "blank-field").count(), 2, "{f:#?}");
    }

    #[test]
    fn period_slips() {
        let d = with_body(
            "1. Họp UBND phường thường kỳ tháng 12/2025: Dự kiến tổ chức vào ngày 15/02/2026.\n2. Phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2025.\n3. Tổng kết công tác năm 2025.\n",
        );
        let f = check(&d, &CheckOptions::default());
        let r = rules(&f);
        assert!(r.iter().any(|(rule, t)| *rule == "period-slip" && t.contains("12/2025")), "{f:#?}");
        assert_eq!(r.iter().filter(|(rule, _)| *rule == "past-year").count(), 1, "{f:#?}");
    }

    #[test]
    fn symbols_words_and_units() {
        let d = with_body(
            "1. Triển khai Kế hoạch số 11/KH0UBND, ngày 20/01/2026 và Kế hoạch số 04/KH-BCĐ, Quyết định số 15/2023/QĐ-UBND, Nghị quyết số 57-NQ/TW.\n2. Thực hiện tốt các các chương trình; người người thi đua, nhà nhà thi đua.\n3. Phối hợp với xã Cao Lộc và các hộ nghèo xã Hoàng Đồng cũ, hợp tác xã Thành Công.\n4. HĐND xã họp chuyên đề.\n",
        );
        let f = check(&d, &CheckOptions::default());
        let r = rules(&f);
        assert!(r.contains(&("malformed-symbol", "11/KH0UBND".into())), "{f:#?}");
        assert!(f.iter().any(|x| x.message.contains("11/KH-UBND")));
        assert_eq!(r.iter().filter(|(rule, _)| *rule == "malformed-symbol").count(), 1, "{f:#?}");
        assert!(r.contains(&("repeated-word", "các các".into())), "{f:#?}");
        assert_eq!(r.iter().filter(|(rule, _)| *rule == "repeated-word").count(), 1, "{f:#?}");
        let units: Vec<&String> = r.iter().filter(|(rule, _)| *rule == "other-unit").map(|(_, t)| t).collect();
        assert_eq!(units, ["xã Cao Lộc", "HĐND xã"], "{f:#?}");
    }

    #[test]
    fn numbering_gaps_and_blank_fields() {
        let d = with_body("1. Việc một.\n2. Việc hai.\n4. Việc bốn.\nII. MỤC HAI\n1. Việc.\nIV. MỤC BỐN\n1. Việc.\n");
        let f = check(&d, &CheckOptions::default());
        let gaps: Vec<&str> = f.iter().filter(|x| x.rule == "numbering-gap").map(|x| x.text.as_str()).collect();
        assert_eq!(gaps, ["2 → 4", "II → IV"], "{f:#?}");
        let blank: Vec<Severity> = f.iter().filter(|x| x.rule == "blank-field").map(|x| x.severity).collect();
        assert_eq!(blank, [Severity::Note]);
        let f = check(&d, &CheckOptions { final_copy: true, ..CheckOptions::default() });
        assert!(f.iter().any(|x| x.rule == "blank-field" && x.severity == Severity::Error));
    }

    #[test]
    fn letters_may_leave_out_dd() {
        let d = with_body("1. Mục\na) Việc a.\nb) Việc b.\nc) Việc c.\nd) Việc d.\ne) Việc e.\n");
        let f = check(&d, &CheckOptions::default());
        assert!(!f.iter().any(|x| x.rule == "numbering-gap"), "{f:#?}");
    }

    #[test]
    fn english_messages() {
        let d = with_body("1. Thực hiện tốt các các chương trình.\n");
        let f = check(&d, &CheckOptions { lang: Lang::En, ..CheckOptions::default() });
        let m = &f.iter().find(|x| x.rule == "repeated-word").unwrap().message;
        assert!(m.contains("twice in a row"), "{m}");
    }
}
