//! Outline: from repaired paragraphs to the document model — metadata from the header
//! and closing blocks, a tree of numbered sections, and the tasks inside them.
//!
//! Numbering, outermost first: "Phần I", Roman "I.", Arabic "1.", decimal "1.1.", a "*"
//! heading, letters "a)" (Vietnamese order, no f/j). A numbered item that is a short line
//! without final punctuation followed by more text is a heading; otherwise the item
//! starts directly with its first task. Numbers may skip (II then IV); an Arabic number
//! that does not continue the current list (a stray "15." in running text) is text.
//!
//! Tasks are sentences: a paragraph is split after ".", "!", "?" or "…" when the next
//! sentence starts with a capital, never inside a reference ("số 01/CT-UBND", "ngày
//! 07/01/2026", "10%", "24/24", "./."). Clauses joined by ";" stay in one task: in these
//! documents a ";" list usually shares one verb ("Triển khai Chỉ thị số 01…; Chỉ thị số
//! 02…; Kế hoạch số 11…"), so splitting would make fragments that are not directives,
//! and a sentence boundary does not move when the text is rewrapped. The comparison
//! relies on this rule; keep it stable.

use crate::meta;
use crate::model::{Document, LabelKind, LineRange, Section, Task};
use crate::repair::{self, FN_CLOSE, FN_OPEN, Para};
use regex_lite::Regex;
use std::sync::LazyLock;

/// A parsed item label.
#[derive(Debug, Clone, PartialEq)]
struct Label {
    kind: LabelKind,
    /// As printed, without punctuation.
    text: String,
    /// The ordinal, for sequence checks (Roman and Arabic values, letter positions).
    ordinal: u32,
    /// Byte offset where the item's own text starts.
    rest: usize,
}

static PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(phần|Phần|PHẦN)[ \t]+([IVXL]+|[0-9]+)(?:[.:]?[ \t]+|[.:]?$)").unwrap());
static ROMAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([IVXL]{1,7})\.[ \t]*").unwrap());
static DECIMAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([0-9]{1,2}(?:\.[0-9]{1,2}){1,2})\.?[ \t]+").unwrap());
static ARABIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([0-9]{1,2})\.[ \t]+").unwrap());
static LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([a-eghik]|đ)\)[ \t]*").unwrap());

/// Vietnamese letter order for list items: a b c d đ e g h i k.
const LETTERS: [&str; 10] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"];

fn roman_value(s: &str) -> Option<u32> {
    let val = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(val).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (i, d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|n| n > d) {
            total -= *d as i64;
        } else {
            total += *d as i64;
        }
    }
    // Only canonical numerals: "IIII" or "VX" are not section numbers.
    let v = total as u32;
    (to_roman(v) == s).then_some(v)
}

fn to_roman(mut n: u32) -> String {
    let table = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn starts_upper(s: &str) -> bool {
    s.chars()
        .find(|c| !matches!(c, '"' | '“' | '(' | '‘' | '\''))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Reads the label at the start of a paragraph, if any.
fn parse_label(text: &str) -> Option<Label> {
    if let Some(c) = PART.captures(text) {
        let num = c[2].to_string();
        let ordinal = roman_value(&num).or_else(|| num.parse().ok())?;
        return Some(Label { kind: LabelKind::Part, text: format!("{} {}", &c[1], num), ordinal, rest: c[0].len() });
    }
    if let Some(c) = ROMAN.captures(text) {
        let rest = &text[c[0].len()..];
        if let Some(v) = roman_value(&c[1])
            && starts_upper(rest)
        {
            return Some(Label { kind: LabelKind::Roman, text: c[1].to_string(), ordinal: v, rest: c[0].len() });
        }
    }
    if let Some(c) = DECIMAL.captures(text)
        && starts_upper(&text[c[0].len()..])
    {
        let last = c[1].rsplit('.').next().and_then(|s| s.parse().ok()).unwrap_or(0);
        return Some(Label { kind: LabelKind::Decimal, text: c[1].to_string(), ordinal: last, rest: c[0].len() });
    }
    if let Some(c) = ARABIC.captures(text)
        && starts_upper(&text[c[0].len()..])
    {
        let v: u32 = c[1].parse().ok()?;
        return Some(Label { kind: LabelKind::Arabic, text: v.to_string(), ordinal: v, rest: c[0].len() });
    }
    if let Some(c) = LETTER.captures(text) {
        let pos = LETTERS.iter().position(|l| *l == &c[1])? as u32 + 1;
        return Some(Label { kind: LabelKind::Letter, text: c[1].to_string(), ordinal: pos, rest: c[0].len() });
    }
    if let Some(rest) = text.strip_prefix('*') {
        let body = rest.trim_start();
        if !repair::ends_sentence(body) && !body.is_empty() {
            return Some(Label { kind: LabelKind::Star, text: "*".into(), ordinal: 0, rest: text.len() - body.len() });
        }
    }
    None
}

/// Outlines a decoded text. Never fails: text with no recognisable numbering becomes one
/// section holding every sentence.
pub fn outline(source: &str, text: &str) -> Document {
    let rep = repair::repair(text);
    let lines: Vec<String> = text.split('\n').map(|l| l.to_string()).collect();
    let mut notes = rep.notes.clone();

    // Where the body starts: the first paragraph with a Part, Roman or Arabic label.
    let first_item = rep.paras.iter().position(|p| {
        parse_label(&p.text).is_some_and(|l| matches!(l.kind, LabelKind::Part | LabelKind::Roman | LabelKind::Arabic))
    });
    let closing = meta::closing_start(&rep);
    let body_end = closing.as_ref().map_or(rep.paras.len(), |c| c.para);
    let body_start = first_item.unwrap_or(0).min(body_end);
    let header_end_line = rep.paras.get(body_start).map_or(usize::MAX, |p| p.lines.start);
    let (mut meta, consumed) = meta::extract(&rep, header_end_line, closing.as_ref());

    // Paragraphs in the header region that are not header lines are body text before the
    // first numbered section (an introduction): they become tasks of a leading section.
    let header_paras: Vec<&Para> = rep.paras[..body_start].iter().collect();
    let intro: Vec<&Para> = header_paras.into_iter().filter(|p| !meta::is_header_para(p, consumed)).collect();

    let mut builder = Builder::default();
    let body: Vec<&Para> = rep.paras[body_start..body_end].iter().collect();
    if first_item.is_none() {
        // No numbering at all: the whole text is one section.
        let paras: Vec<&Para> = rep.paras[..body_end].iter().filter(|p| !meta::is_header_para(p, consumed)).collect();
        if !paras.is_empty() {
            notes.push("no numbered sections found; the whole text is read as one section".into());
            builder.open_body(&paras);
        }
    } else {
        if !intro.is_empty() {
            builder.open_body(&intro);
        }
        builder.build(&body);
    }
    let mut sections = builder.finish();
    if let Some(c) = &closing
        && let Some(partial) = &c.keep_before
    {
        // Sentences of the closing paragraph that come before "… thông báo sau./." are tasks.
        if let Some(last) = last_section_mut(&mut sections) {
            for t in split_tasks(partial, 0, partial.text.len()) {
                last.lines = last.lines.cover(t.lines);
                last.tasks.push(t);
            }
        }
    }
    fill_paths(&mut sections, &[]);
    meta::infer_from_body(&mut meta, &sections);
    let mut footnotes = rep.footnotes;
    for f in &mut footnotes {
        if f.marker_line.is_none() {
            continue;
        }
    }
    footnotes.sort_by_key(|f| f.number);
    Document { source: source.to_string(), meta, sections, footnotes, lines, notes }
}

fn last_section_mut(sections: &mut [Section]) -> Option<&mut Section> {
    let last = sections.last_mut()?;
    if last.children.is_empty() {
        return Some(last);
    }
    // Borrow dance: descend only if there are children.
    let has = !last.children.is_empty();
    if has { last_section_mut(&mut last.children) } else { Some(last) }
}

fn fill_paths(sections: &mut [Section], parent: &[String]) {
    for s in sections {
        let mut p = parent.to_vec();
        p.push(s.label.clone());
        s.path = p.clone();
        fill_paths(&mut s.children, &p);
    }
}

#[derive(Default)]
struct Builder {
    /// Finished top-level sections.
    roots: Vec<Section>,
    /// The open sections, outermost first.
    stack: Vec<Section>,
    /// Part headings still being collected (capitals lines after "Phần I").
    collecting_heading: bool,
}

impl Builder {
    fn open_body(&mut self, paras: &[&Para]) {
        let mut s = body_section(paras[0].lines);
        for p in paras {
            add_tasks(&mut s, p, 0);
        }
        self.roots.push(s);
    }

    /// The ordinal of the last section of this kind among the siblings a new section of
    /// this kind would join, for sequence checks.
    fn last_sibling(&self, kind: LabelKind) -> Option<u32> {
        let cut = self.stack.iter().position(|s| s.kind.rank() >= kind.rank()).unwrap_or(self.stack.len());
        if let Some(s) = self.stack.get(cut)
            && s.kind == kind
        {
            return Some(ordinal_of(s));
        }
        let siblings = if cut == 0 { &self.roots } else { &self.stack[cut - 1].children };
        siblings.iter().rev().find(|s| s.kind == kind).map(ordinal_of)
    }

    /// Is this label a plausible next item here? Items must start a list low (1, a, I)
    /// or continue the current one with a small skip (II then IV; b then d).
    fn plausible(&self, l: &Label) -> bool {
        match l.kind {
            LabelKind::Arabic | LabelKind::Letter | LabelKind::Decimal | LabelKind::Roman => {
                match self.last_sibling(l.kind) {
                    Some(prev) => l.ordinal > prev && l.ordinal <= prev + 3 || l.ordinal == 1,
                    None => l.ordinal <= 3,
                }
            }
            _ => true,
        }
    }

    fn close_to(&mut self, rank: u8) {
        while self.stack.last().is_some_and(|s| s.kind.rank() >= rank) {
            let s = self.stack.pop().unwrap();
            self.attach(s);
        }
    }

    fn attach(&mut self, s: Section) {
        match self.stack.last_mut() {
            Some(parent) => {
                parent.lines = parent.lines.cover(s.lines);
                parent.children.push(s);
            }
            None => self.roots.push(s),
        }
    }

    fn current(&mut self) -> &mut Section {
        if self.stack.is_empty() {
            // Text before any section: an unnumbered leading section.
            self.stack.push(body_section(LineRange::default()));
        }
        self.stack.last_mut().unwrap()
    }

    fn build(&mut self, paras: &[&Para]) {
        for (i, p) in paras.iter().enumerate() {
            let label = parse_label(&p.text).filter(|l| self.plausible(l));
            let Some(l) = label else {
                // Capitals right after "Phần I" are the part's heading.
                if self.collecting_heading && is_caps(&p.text) {
                    let s = self.current();
                    if !s.heading.is_empty() {
                        s.heading.push(' ');
                    }
                    s.heading.push_str(&p.text);
                    s.lines = s.lines.cover(p.lines);
                    continue;
                }
                self.collecting_heading = false;
                let s = self.current();
                if s.lines == LineRange::default() {
                    s.lines = p.lines;
                }
                add_tasks(s, p, 0);
                continue;
            };
            self.collecting_heading = false;
            if self.stack.first().is_some_and(|s| s.kind == LabelKind::Body) {
                self.close_to(0);
            }
            self.close_to(l.kind.rank());
            let rest = p.text[l.rest..].trim();
            let next_is_text =
                paras.get(i + 1).is_some_and(|n| parse_label(&n.text).is_none_or(|nl| nl.kind.rank() > l.kind.rank()));
            let mut s = Section {
                label: l.text.clone(),
                kind: l.kind,
                path: vec![],
                heading: String::new(),
                tasks: vec![],
                children: vec![],
                lines: p.lines,
            };
            match l.kind {
                LabelKind::Part => {
                    s.heading = rest.to_string();
                    self.collecting_heading = true;
                }
                LabelKind::Roman | LabelKind::Star => s.heading = strip_markers(rest),
                _ => {
                    if is_heading(rest, p) && next_is_text {
                        s.heading = strip_markers(rest);
                    } else {
                        add_tasks(&mut s, p, l.rest);
                    }
                }
            }
            self.stack.push(s);
        }
    }

    fn finish(mut self) -> Vec<Section> {
        self.close_to(0);
        self.roots.retain(|s| !(s.kind == LabelKind::Body && s.tasks.is_empty() && s.children.is_empty()));
        self.roots
    }
}

/// An unnumbered section: text before the first numbered one, or a whole text with none.
fn body_section(lines: LineRange) -> Section {
    Section {
        label: String::new(),
        kind: LabelKind::Body,
        path: vec![],
        heading: String::new(),
        tasks: vec![],
        children: vec![],
        lines,
    }
}

fn ordinal_of(s: &Section) -> u32 {
    match s.kind {
        LabelKind::Roman => roman_value(&s.label).unwrap_or(0),
        LabelKind::Letter => LETTERS.iter().position(|l| *l == s.label).map_or(0, |p| p as u32 + 1),
        LabelKind::Decimal => s.label.rsplit('.').next().and_then(|x| x.parse().ok()).unwrap_or(0),
        _ => s.label.parse().unwrap_or(0),
    }
}

fn is_caps(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| !c.is_lowercase())
}

/// An item's text is a heading when it is one short line with no final punctuation
/// ("Dự Hội nghị Ban Thường vụ Đảng ủy", "Về kinh tế", "Thủ trưởng các phòng …") or a
/// phrase ending in ":" that introduces what follows.
fn is_heading(rest: &str, p: &Para) -> bool {
    if rest.is_empty() {
        return true;
    }
    if repair::ends_sentence(rest) || rest.ends_with(';') || rest.ends_with(',') {
        return false;
    }
    let lines = p.lines.end - p.lines.start + 1;
    let words = rest.split_whitespace().count();
    // A heading may wrap once ("Công tác quản lý đô thị, …, giải phóng mặt" / "bằng và …").
    (lines <= 3 && words <= 24) && !rest.contains(". ")
}

/// Removes footnote sentinels from a heading.
fn strip_markers(s: &str) -> String {
    let (t, _) = take_markers(s);
    t
}

/// Removes footnote sentinels, returning the text and the footnote numbers.
fn take_markers(s: &str) -> (String, Vec<u32>) {
    if !s.contains(FN_OPEN) {
        return (s.to_string(), vec![]);
    }
    let mut out = String::with_capacity(s.len());
    let mut nums = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(FN_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + FN_OPEN.len_utf8()..];
        match after.find(FN_CLOSE) {
            Some(j) => {
                if let Ok(n) = after[..j].parse() {
                    nums.push(n);
                }
                rest = &after[j + FN_CLOSE.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, nums)
}

/// Splits the text of a paragraph from byte `from` into tasks and adds them.
fn add_tasks(s: &mut Section, p: &Para, from: usize) {
    let bullet = match p.text[from..].chars().next() {
        Some(c @ ('-' | '+' | '–' | '•')) if from == 0 => Some(if c == '+' { '+' } else { '-' }),
        Some('*') if from == 0 => Some('*'),
        _ => None,
    };
    let start = if bullet.is_some() { from + p.text[from..].chars().next().unwrap().len_utf8() } else { from };
    let mut tasks = split_tasks(p, start, p.text.len());
    if let Some(b) = bullet
        && let Some(t) = tasks.first_mut()
    {
        t.bullet = Some(b);
    }
    for t in tasks {
        s.lines = s.lines.cover(t.lines);
        s.tasks.push(t);
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK_AFTER: &[&str] =
    &["TP", "Tp", "TS", "ThS", "GS", "PGS", "BS", "KS", "Th", "St", "v.v", "ĐC", "Đ/c", "đ/c"];

/// Splits `p.text[start..end]` into sentences.
fn split_tasks(p: &Para, start: usize, end: usize) -> Vec<Task> {
    let text = &p.text[start..end];
    let mut out = Vec::new();
    let mut sent_start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Skip the rest of a "./." or "..." run and closing quotes/brackets/markers.
            let mut m = k + 1;
            while m < chars.len() && matches!(chars[m].1, '.' | '/' | '"' | '”' | '’' | ')' | '…') {
                m += 1;
            }
            if m < chars.len() && chars[m].1 == FN_OPEN {
                while m < chars.len() && chars[m].1 != FN_CLOSE {
                    m += 1;
                }
                m += 1;
            }
            let at_space = m < chars.len() && chars[m].1.is_whitespace();
            if at_space {
                let mut n = m;
                while n < chars.len() && chars[n].1.is_whitespace() {
                    n += 1;
                }
                let next_upper = n < chars.len() && starts_upper(&text[chars[n].0..]);
                let word_before =
                    text[sent_start..i].rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("");
                let abbrev = c == '.' && NO_BREAK_AFTER.contains(&word_before);
                if next_upper && !abbrev {
                    let end_i = chars[m].0;
                    push_task(&mut out, p, start, sent_start, end_i, text);
                    sent_start = chars[n.min(chars.len() - 1)].0;
                    k = n;
                    continue;
                }
            }
            k = m;
            continue;
        }
        k += 1;
    }
    push_task(&mut out, p, start, sent_start, text.len(), text);
    out
}

fn push_task(out: &mut Vec<Task>, p: &Para, base: usize, s: usize, e: usize, text: &str) {
    let raw = text[s..e].trim();
    if raw.is_empty() || !raw.chars().any(|c| c.is_alphanumeric()) {
        return;
    }
    let lead = text[s..e].len() - text[s..e].trim_start().len();
    let (clean, footnotes) = take_markers(raw);
    out.push(Task {
        text: clean,
        lines: p.lines_of(base + s + lead, base + s + lead + raw.len()),
        footnotes,
        bullet: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Para {
        Para { text: t.into(), lines: LineRange::new(1, 1), line_starts: vec![(0, 1)] }
    }

    #[test]
    fn labels() {
        let l = parse_label("IV. TỔ CHỨC THỰC HIỆN").unwrap();
        assert_eq!((l.kind, l.text.as_str(), l.ordinal), (LabelKind::Roman, "IV", 4));
        let l = parse_label("5.1. Tiếp công dân").unwrap();
        assert_eq!((l.kind, l.text.as_str()), (LabelKind::Decimal, "5.1"));
        let l = parse_label("đ) Văn hóa").unwrap();
        assert_eq!((l.kind, l.text.as_str(), l.ordinal), (LabelKind::Letter, "đ", 5));
        let l = parse_label("Phần II").unwrap();
        assert_eq!((l.kind, l.text.as_str(), l.ordinal), (LabelKind::Part, "Phần II", 2));
        assert!(parse_label("2026. Tiếp tục").is_none());
        assert!(parse_label("08/01/2026 của UBND tỉnh").is_none());
        assert!(parse_label("11/KH0UBND, ngày").is_none());
        assert!(parse_label("2026, bàn giao").is_none());
        assert!(parse_label("IIII. X").is_none());
        assert!(parse_label("* Nội dung dự kiến: cụ thể tại Phụ lục số 1 kèm theo.").is_none());
        assert_eq!(parse_label("* Dự kiến một số chỉ tiêu chủ yếu của năm 2026").unwrap().kind, LabelKind::Star);
    }

    #[test]
    fn sentences_split_without_breaking_references() {
        let p = para(
            "Triển khai Chỉ thị số 01/CT-UBND ngày 07/01/2026 đạt 10% và trực 24/24 giờ. Tiếp tục đẩy mạnh. UBND phường sẽ thông báo sau./. Hết",
        );
        let t: Vec<String> = split_tasks(&p, 0, p.text.len()).into_iter().map(|t| t.text).collect();
        assert_eq!(
            t,
            vec![
                "Triển khai Chỉ thị số 01/CT-UBND ngày 07/01/2026 đạt 10% và trực 24/24 giờ.",
                "Tiếp tục đẩy mạnh.",
                "UBND phường sẽ thông báo sau./.",
                "Hết"
            ]
        );
        // A full stop followed by a lower-case word is not a sentence end; ";" never is.
        let p = para("Tổng thu 57.816,3 triệu đồng; tăng cường kiểm tra. v.v. và TP. Lạng Sơn.");
        assert_eq!(split_tasks(&p, 0, p.text.len()).len(), 1);
    }

    #[test]
    fn footnote_markers_leave_the_task_text() {
        let p = para(&format!(
            "xây dựng giá đất cụ thể 03 dự án{FN_OPEN}1{FN_CLOSE} trên địa bàn. So với năm 2024{FN_OPEN}2{FN_CLOSE}. Xong"
        ));
        let t = split_tasks(&p, 0, p.text.len());
        assert_eq!(t[0].text, "xây dựng giá đất cụ thể 03 dự án trên địa bàn.");
        assert_eq!(t[0].footnotes, vec![1]);
        assert_eq!(t[1].text, "So với năm 2024.");
        assert_eq!(t[1].footnotes, vec![2]);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn text_without_numbering_is_one_section() {
        let d = outline("x", "Tăng cường công tác quản lý. Tiếp tục kiểm tra.\nĐẩy mạnh chuyển đổi số.\n");
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.sections[0].kind, LabelKind::Body);
        assert_eq!(d.task_count(), 3);
    }

    #[test]
    fn skipped_numbers_nest_right() {
        let d = outline(
            "x",
            "I. MỘT\n1. Việc một.\n2. Việc hai.\nII. HAI\n1. Việc ba.\nIV. BỐN\n1. Việc bốn:\na) Ý a.\nb) Ý b.\nd) Ý d.\n",
        );
        let top: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(top, vec!["I", "II", "IV"]);
        let four = &d.sections[2].children[0];
        assert_eq!(four.children.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), vec!["a", "b", "d"]);
        assert_eq!(four.children[2].path, vec!["IV", "1", "d"]);
    }
}
