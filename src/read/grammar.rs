//! The numbering grammar: the labels an item can carry and how they are told from text.
//!
//! Outermost first: "Phần I", "Chương I", "Mục 1", "Điều 1.", Roman "I.", Arabic "1.",
//! decimal "1.1." to four levels, a "*" heading, letters "a)" / "a." (Vietnamese order, no
//! f/j). A label alone on its line is still a label (the reader joins it to the next
//! paragraph). Labels typed with other marks ("I/", "III-", "1/", "1)", "1-", "a/" before a
//! capital) are rewritten to these when lines are cleaned (`repair::alt_label_mark`), so
//! that every rule reads one form. Whether a label opens a section is decided by the outline from its sequence:
//! a label that breaks its siblings' order is text.

use crate::model::{LabelKind, Section};
use crate::repair;
use regex_lite::Regex;
use std::sync::LazyLock;

/// A parsed item label.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Label {
    pub(crate) kind: LabelKind,
    /// As printed, without punctuation.
    pub(crate) text: String,
    /// The ordinal, for sequence checks (Roman and Arabic values, letter positions).
    pub(crate) ordinal: u32,
    /// Byte offset where the item's own text starts.
    pub(crate) rest: usize,
}

pub(crate) static PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(phần|Phần|PHẦN)[ \t]+([IVXL]+|[0-9]+)(?:[.:]?[ \t]+|[.:]?$)").unwrap());
pub(crate) static CHAPTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(Chương|CHƯƠNG)[ \t]+([IVXL]+|[0-9]+)(?:[.:]?[ \t]+|[.:]?$)").unwrap());
pub(crate) static DIVISION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(Mục|MỤC)[ \t]+([IVXL]+|[0-9]+)(?:[.:]?[ \t]+|[.:]?$)").unwrap());
pub(crate) static ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(Điều|ĐIỀU)[ \t]+([0-9]{1,3})(?:[.:][ \t]*|[ \t]*$)").unwrap());
// The one-character and numbered labels, read by hand: they are asked of every paragraph that
// starts like one, and the patterns (kept below for the tests that hold the two equal) were a
// sixth of the reading time. Each returns (end of the label, end of the match).

/// `^([IVXL]{1,7})\.[ \t]*`: "IV. …".
pub(crate) fn match_roman(t: &str) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let k = b.iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L')).count();
    ((1..=7).contains(&k) && b.get(k) == Some(&b'.')).then(|| (k, k + 1 + blanks(&b[k + 1..])))
}

/// `^([0-9]{1,3}(?:\.[0-9]{1,2}){1,3})(?:\.?[ \t]+|\.?$)`: "2.10. …", "1.1.3 …".
pub(crate) fn match_decimal(t: &str) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let (end, groups) = dotted_number(b)?;
    if groups == 0 {
        return None;
    }
    let dot = usize::from(b.get(end) == Some(&b'.'));
    let spaces = blanks(&b[end + dot..]);
    (spaces > 0 || end + dot == b.len()).then_some((end, end + dot + spaces))
}

/// `^([0-9]{1,3})\.(?:[ \t]+|$)`: "3. …", "100. …".
pub(crate) fn match_arabic(t: &str) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let k = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&k) || b.get(k) != Some(&b'.') {
        return None;
    }
    let spaces = blanks(&b[k + 1..]);
    (spaces > 0 || k + 1 == b.len()).then_some((k, k + 1 + spaces))
}

/// A letter a list item may be labelled with: the Vietnamese alphabet (a b c d đ e g h i k
/// l m n o p q r s t u v x y) and the Latin letters some lists use too (f, j, w, z).
pub(crate) fn is_list_letter(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'đ'
}

/// `^([a-z]|đ)(?:\)[ \t]*|\.[ \t]+|[).]$)`: "a) …", "đ. …", "l) …".
pub(crate) fn match_letter(t: &str) -> Option<(usize, usize)> {
    let c = t.chars().next()?;
    if !is_list_letter(c) {
        return None;
    }
    let k = c.len_utf8();
    let b = t.as_bytes();
    match b.get(k) {
        Some(b')') => Some((k, k + 1 + blanks(&b[k + 1..]))),
        Some(b'.') => {
            let spaces = blanks(&b[k + 1..]);
            (spaces > 0 || k + 1 == b.len()).then_some((k, k + 1 + spaces))
        }
        _ => None,
    }
}

/// `^([A-EGH]|Đ)\.(?:[ \t]+|$)`: "A. …" … "H." (Vietnamese order, no "F"), before an
/// upper-case word or alone.
pub(crate) fn match_capital(t: &str) -> Option<(usize, usize)> {
    let c = t.chars().next()?;
    if !matches!(c, 'A'..='E' | 'G' | 'H' | 'Đ') {
        return None;
    }
    let k = c.len_utf8();
    let b = t.as_bytes();
    if b.get(k) != Some(&b'.') {
        return None;
    }
    let spaces = blanks(&b[k + 1..]);
    (spaces > 0 || k + 1 == b.len()).then_some((k, k + 1 + spaces))
}

/// A number with dotted groups at the start of `b`: one to three digits (item 100's
/// "100.1."), then up to three groups of "." and one or two digits ("2", "2.10", "1.1.3.4"),
/// as (its end, its groups). None when a later group has three digits or more, or a fourth
/// group follows: no label has them.
pub(crate) fn dotted_number(b: &[u8]) -> Option<(usize, usize)> {
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(0);
    if !(1..=3).contains(&first) {
        return None;
    }
    let (mut end, mut groups) = (first, 0);
    while b.get(end) == Some(&b'.') {
        let n = digits(end + 1);
        if n == 0 {
            break;
        }
        if n > 2 || groups == 3 {
            return None;
        }
        end += 1 + n;
        groups += 1;
    }
    Some((end, groups))
}

/// Spaces and tabs at the start of `b`.
pub(crate) fn blanks(b: &[u8]) -> usize {
    b.iter().take_while(|c| matches!(c, b' ' | b'\t')).count()
}

/// Vietnamese letter order for group labels: A B C D Đ E G H.
pub(crate) const CAPITALS: [&str; 8] = ["A", "B", "C", "D", "Đ", "E", "G", "H"];
/// List letters in one order that holds both alphabets: the Vietnamese one (a b c d đ e g h
/// i k l … v x y) and the Latin one (a b c d e f g … z). A list follows one of them, so the
/// next item may skip a letter of the other one (see [`next_letter`]).
pub(crate) const LETTERS: [&str; 27] = [
    "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
    "w", "x", "y", "z",
];

/// Is letter ordinal `n` (1-based in [`LETTERS`]) the item right after `prev`? In the
/// Vietnamese alphabet "e" is followed by "g" (skipping "f"), "i" by "k", "v" by "x"; in the
/// Latin one "d" by "e" (skipping "đ").
pub(crate) fn next_letter(prev: u32, n: u32) -> bool {
    n == prev + 1 || (n == prev + 2 && matches!(LETTERS.get(prev as usize).copied(), Some("đ" | "f" | "j" | "w")))
}

pub(crate) fn roman_value(s: &str) -> Option<u32> {
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

pub(crate) fn to_roman(mut n: u32) -> String {
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

pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars()
        .find(|c| !matches!(c, '"' | '“' | '(' | '‘' | '\''))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A bracketed note after a "*" ("* (Kèm theo Quyết định số …)", "* (Chi tiết theo Phụ lục
/// đính kèm)"): the star is the legal portal's mark before a note, not an item; a "*"
/// before a numbered one ("* (1) Tiêu chí xác định …") is an item.
fn is_starred_note(body: &str) -> bool {
    body.strip_prefix('(').and_then(|r| r.chars().next()).is_some_and(char::is_alphabetic)
}

/// Reads the label at the start of a paragraph, if any. A label may stand alone ("1.", "Điều
/// 5."): its text is then the next paragraph's (see `merge_bare_labels`).
pub(crate) fn parse_label(text: &str) -> Option<Label> {
    // Every label starts with one of a few characters; most paragraphs do not, and the
    // patterns below are then not run at all (reading speed: this is asked of every paragraph
    // several times).
    let first = text.chars().next()?;
    if !(first.is_ascii_digit()
        || matches!(first, 'I' | 'V' | 'X' | 'L' | 'P' | 'p' | 'A'..='H' | 'M' | 'Đ' | '*' | 'đ' | 'a'..='z'))
    {
        return None;
    }
    let worded = |re: &Regex, kind: LabelKind| -> Option<Label> {
        let c = re.captures(text)?;
        let num = c[2].to_string();
        let ordinal = roman_value(&num).or_else(|| num.parse().ok())?;
        let word = match kind {
            LabelKind::Part => "Phần",
            LabelKind::Chapter => "Chương",
            LabelKind::Division => "Mục",
            _ => "Điều",
        };
        Some(Label { kind, text: format!("{word} {num}"), ordinal, rest: c[0].len() })
    };
    // The character after the first: every one-character label ("a)", "B.", "1.") has its
    // punctuation there, so the patterns are not run on ordinary words.
    let second = text[first.len_utf8()..].chars().next();
    if matches!(first, 'P' | 'p')
        && (text.starts_with("phần") || text.starts_with("Phần") || text.starts_with("PHẦN"))
        && let Some(l) = worded(&PART, LabelKind::Part)
    {
        // Keep the label as printed for parts ("Phần II", "PHẦN II").
        let c = PART.captures(text)?;
        return Some(Label { text: format!("{} {}", &c[1], &c[2]), ..l });
    }
    for (re, kind, c, words) in [
        (&CHAPTER, LabelKind::Chapter, 'C', ["Chương", "CHƯƠNG"]),
        (&DIVISION, LabelKind::Division, 'M', ["Mục", "MỤC"]),
        (&ARTICLE, LabelKind::Article, 'Đ', ["Điều", "ĐIỀU"]),
    ] {
        if first == c
            && words.iter().any(|w| text.starts_with(w))
            && let Some(l) = worded(re, kind)
        {
            return Some(l);
        }
    }
    let rest_ok = |end: usize| {
        let rest = &text[end..];
        rest.trim().is_empty() || starts_upper(rest)
    };
    if matches!(first, 'A'..='H' | 'Đ')
        && second == Some('.')
        && let Some((label, end)) = match_capital(text)
        && rest_ok(end)
        && !names_an_author(&text[end..])
    {
        let pos = CAPITALS.iter().position(|l| *l == &text[..label])? as u32 + 1;
        return Some(Label { kind: LabelKind::Capital, text: text[..label].to_string(), ordinal: pos, rest: end });
    }
    if matches!(first, 'I' | 'V' | 'X' | 'L')
        && text.trim_start_matches(['I', 'V', 'X', 'L']).starts_with('.')
        && let Some((label, end)) = match_roman(text)
        && let Some(v) = roman_value(&text[..label])
        && rest_ok(end)
    {
        return Some(Label { kind: LabelKind::Roman, text: text[..label].to_string(), ordinal: v, rest: end });
    }
    // Both numbered patterns start with one or two digits and a full stop.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=2).contains(&digits) && text.as_bytes().get(digits) == Some(&b'.');
    // A list may run past 99 items ("100. Thủ tục …"): three digits label an item too, and
    // open its decimal clauses ("100.1.") (regression: item 100 of a list of procedures was
    // text, and every item after it nested under the one before, a thousand levels deep).
    let hundreds = digits == 3 && text.as_bytes().get(digits) == Some(&b'.');
    if (numbered || hundreds)
        && let Some((label, end)) = match_decimal(text)
        && rest_ok(end)
    {
        let label = &text[..label];
        let last = label.rsplit('.').next().and_then(|s| s.parse().ok()).unwrap_or(0);
        return Some(Label { kind: LabelKind::Decimal, text: label.to_string(), ordinal: last, rest: end });
    }
    if (numbered || hundreds)
        && let Some((label, end)) = match_arabic(text)
        && rest_ok(end)
    {
        let v: u32 = text[..label].parse().ok()?;
        return Some(Label { kind: LabelKind::Arabic, text: v.to_string(), ordinal: v, rest: end });
    }
    if (first.is_ascii_lowercase() || first == 'đ')
        && matches!(second, Some(')' | '.'))
        && let Some((label, end)) = match_letter(text)
    {
        let dotted = text[..end].trim_end().ends_with('.');
        // "a." needs a capital after it: "v.v." or "x. " in running text is not a label.
        if !dotted || rest_ok(end) {
            let pos = LETTERS.iter().position(|l| *l == &text[..label])? as u32 + 1;
            return Some(Label { kind: LabelKind::Letter, text: text[..label].to_string(), ordinal: pos, rest: end });
        }
    }
    if let Some(rest) = text.strip_prefix('*') {
        let body = rest.trim_start();
        if !repair::ends_sentence(body) && !body.is_empty() && !is_starred_note(body) {
            return Some(Label { kind: LabelKind::Star, text: "*".into(), ordinal: 0, rest: text.len() - body.len() });
        }
    }
    None
}

/// Does the text after "A." read as a person's name in a list of authors ("A. Porta, F.
/// Costa, …", "A. V.G. Bruschke")? A group heading's first word never ends in a comma and
/// its first line holds no further initials; a citation list does both.
fn names_an_author(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("");
    if first.ends_with(',') || (first.len() <= 4 && first.ends_with('.')) {
        return true;
    }
    let head: String = rest.chars().take(60).collect();
    INITIAL.is_match(&head)
}

/// Another person's initial in running text: ", F. " or " V.G. ".
static INITIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:,|\band) [A-ZĐ]\.(?:[A-ZĐ]\.)* [A-ZĐ]").unwrap());

/// Is this paragraph nothing but a label ("1.", "III.", "Điều 5.", "a)")?
pub(crate) fn is_bare_label(text: &str) -> bool {
    parse_label(text).is_some_and(|l| l.kind != LabelKind::Star && text[l.rest..].trim().is_empty())
}

/// A short paragraph in capitals, not a sentence: a heading even without a number.
pub(crate) fn is_unnumbered_heading(text: &str) -> bool {
    let t = text.trim();
    // A note in brackets closing the heading may be in sentence case ("NỘI QUY CHỢ ….(Tên
    // chợ)", "… (26 TTHC Cấp tỉnh)").
    let t = match repair::closing_note(t, false) {
        Some(i) if t[..i].split_whitespace().nth(1).is_some() => t[..i].trim_end(),
        _ => t,
    };
    // A form's title ends in a blank to fill ("PHIẾU ĐÁNH GIÁ, XẾP LOẠI ………"): dot leaders, not
    // the end of a sentence.
    let core = t.trim_end_matches(['…', '.']);
    let t = if t.len() - core.len() >= 3 && !core.contains(':') && core.split_whitespace().nth(1).is_some() {
        core.trim_end()
    } else {
        t
    };
    // Up to 40 words: an attachment's title in capitals may run to 25 or more ("CHI HỖ TRỢ
    // LUYỆN TẬP, … CỦA THÀNH PHỐ HÀ NỘI"). Never a bullet or a rule ("-------- ĐƠN …"), which
    // stay with the item they are in.
    is_caps(t)
        && t.split_whitespace().count() <= 40
        && !t.starts_with(['-', '–', '+', '•', '*', '_', '='])
        && !repair::ends_sentence(t)
        && !t.ends_with([';', ','])
}

pub(crate) fn ordinal_of(s: &Section) -> u32 {
    match s.kind {
        LabelKind::Roman => roman_value(&s.label).unwrap_or(0),
        LabelKind::Letter => LETTERS.iter().position(|l| *l == s.label).map_or(0, |p| p as u32 + 1),
        LabelKind::Capital => CAPITALS.iter().position(|l| *l == s.label).map_or(0, |p| p as u32 + 1),
        LabelKind::Decimal => s.label.rsplit('.').next().and_then(|x| x.parse().ok()).unwrap_or(0),
        LabelKind::Part | LabelKind::Chapter | LabelKind::Division | LabelKind::Article => {
            let num = s.label.rsplit(' ').next().unwrap_or("");
            roman_value(num).or_else(|| num.parse().ok()).unwrap_or(0)
        }
        _ => s.label.parse().unwrap_or(0),
    }
}

pub(crate) fn is_caps(s: &str) -> bool {
    // Stops at the first lower-case letter (most paragraphs have one near the start) and
    // keeps no list of letters: this is asked of every paragraph.
    let mut letters = 0usize;
    for c in s.chars() {
        if repair::is_letter(c) {
            if c.is_lowercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 3
}

/// The kinds of act whose effect clause [`effect_key`] reads.
const ACT_KINDS: [&str; 10] = [
    "quyết định",
    "nghị quyết",
    "kế hoạch",
    "chỉ thị",
    "quy chế",
    "quy định",
    "chương trình",
    "hướng dẫn",
    "đề án",
    "điều lệ",
];

/// The act whose entry into force a task states, lower-cased: "quyết định" for "Quyết định
/// này có hiệu lực thi hành kể từ ngày ký." or "Quyết định có hiệu lực từ ngày 01/12/2025 và
/// thay thế …". Every act of the genre has one such clause, worded by each unit its own way
/// (a date, the act it replaces, the ministry's decision it follows).
pub(crate) fn effect_key(text: &str) -> Option<String> {
    let t = text.trim_start();
    let head = &t[..t.find(" có hiệu lực")?];
    let head = head.strip_suffix(" này").unwrap_or(head);
    let kind = head.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (head.starts_with(char::is_uppercase) && ACT_KINDS.contains(&kind.as_str())).then_some(kind)
}

/// The statement of what an act governs ("Quy chế này quy định …", "Nghị quyết quy định
/// …", "Phạm vi điều chỉnh: …": "phạm vi") or whom it applies to ("Quyết định này áp dụng
/// đối với …", "Đối tượng áp dụng: …": "đối tượng"), as an act's first article opens it.
/// Each act states each once, in its own words, so two acts' statements are the same
/// provision whatever they govern. ("Nghị quyết này áp dụng trong năm 2026 và có hiệu lực
/// …" says when, not whom.)
pub(crate) fn scope_key(text: &str) -> Option<&'static str> {
    // The act's name as a sentence opens it: its first letter a capital (no allocation:
    // this is asked of every task).
    const OPENINGS: [&str; 10] = [
        "Quyết định",
        "Nghị quyết",
        "Kế hoạch",
        "Chỉ thị",
        "Quy chế",
        "Quy định",
        "Chương trình",
        "Hướng dẫn",
        "Đề án",
        "Điều lệ",
    ];
    let t = text.trim_start();
    // The statement under its name, "Đối tượng áp dụng: Quy chế này áp dụng cho …".
    if let Some((lead, rest)) = t.split_once(':')
        && !rest.trim().is_empty()
        && let Some(key) = scope_title(lead)
    {
        return Some(key);
    }
    let rest = OPENINGS.iter().find_map(|k| t.strip_prefix(k))?;
    let rest = rest.strip_prefix(" này").unwrap_or(rest);
    if rest.starts_with(" quy định ") {
        Some("phạm vi")
    } else if ["đối với ", "cho ", "với "]
        .iter()
        .any(|w| rest.strip_prefix(" áp dụng ").is_some_and(|r| r.starts_with(w)))
    {
        Some("đối tượng")
    } else {
        None
    }
}

/// The scope [`scope_key`] names, for a heading that names it: "Phạm vi điều chỉnh" or
/// "Đối tượng áp dụng" (case and a closing colon or full stop aside). An act that gives
/// the provision an article or a clause of its own lists under it what another act states
/// in one sentence.
pub(crate) fn scope_title(heading: &str) -> Option<&'static str> {
    let h = heading.trim().trim_end_matches([':', '.']).trim_end();
    // (Only a short text can be either name: no lower-casing of a long lead.)
    if h.len() > "đối tượng áp dụng".len() {
        return None;
    }
    match h.to_lowercase().as_str() {
        "phạm vi điều chỉnh" => Some("phạm vi"),
        "đối tượng áp dụng" => Some("đối tượng"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_effect_clause_names_its_act() {
        assert_eq!(effect_key("Quyết định này có hiệu lực thi hành kể từ ngày ký.").as_deref(), Some("quyết định"));
        assert_eq!(effect_key("Quyết định có hiệu lực từ ngày 01/12/2025.").as_deref(), Some("quyết định"));
        assert_eq!(effect_key("Nghị quyết này có hiệu lực từ ngày 10/12/2025.").as_deref(), Some("nghị quyết"));
        // Not the act's own effect: procedures, another act, a clause inside a sentence.
        assert_eq!(effect_key("Các thủ tục hành chính được công bố có hiệu lực từ ngày …"), None);
        assert_eq!(effect_key("Giao Sở Nội vụ theo dõi; Quyết định này có hiệu lực từ ngày ký."), None);
        assert_eq!(effect_key("quyết định này có hiệu lực"), None);
    }

    #[test]
    fn the_scope_statement_is_read_whatever_the_act() {
        assert_eq!(scope_key("Quy chế này quy định trách nhiệm trong việc phối hợp …"), Some("phạm vi"));
        assert_eq!(scope_key("Nghị quyết quy định mức chuẩn trợ giúp xã hội …"), Some("phạm vi"));
        assert_eq!(scope_key("Quy định này quy định về cung cấp thông tin …"), Some("phạm vi"));
        assert_eq!(scope_key("Quyết định này áp dụng đối với cơ quan nhà nước …"), Some("đối tượng"));
        // Not a scope: an exclusion, another subject, a clause in a sentence, no act.
        assert_eq!(scope_key("Quy chế này không áp dụng với việc khiếu nại, tố cáo …"), None);
        assert_eq!(scope_key("Các quy định khác về tiêu chuẩn, định mức …"), None);
        assert_eq!(scope_key("quy chế này quy định"), None);
        assert_eq!(scope_key("Quyết định này có hiệu lực kể từ ngày ký."), None);
        // Under its name; an act's time of application is no scope.
        assert_eq!(scope_key("Phạm vi điều chỉnh: Quy chế quản lý, vận hành và sử dụng Hệ thống …"), Some("phạm vi"));
        assert_eq!(scope_key("Đối tượng áp dụng: Quy chế này áp dụng cho các cơ quan …"), Some("đối tượng"));
        assert_eq!(scope_key("Đối tượng áp dụng:"), None);
        assert_eq!(scope_key("Nghị quyết này áp dụng trong năm 2026 và có hiệu lực kể từ ngày ký ban hành."), None);
        assert_eq!(scope_key("Quy chế này áp dụng cho các cơ quan, đơn vị …"), Some("đối tượng"));
        assert_eq!(scope_title("ĐỐI TƯỢNG ÁP DỤNG"), Some("đối tượng"));
        assert_eq!(scope_title("Phạm vi điều chỉnh."), Some("phạm vi"));
        assert_eq!(scope_title("Phạm vi điều chỉnh và đối tượng áp dụng"), None);
    }

    /// The patterns the hand readers replace, as they were.
    type Hand = fn(&str) -> Option<(usize, usize)>;

    fn patterns() -> Vec<(Regex, Hand)> {
        vec![
            (Regex::new(r"^([IVXL]{1,7})\.[ \t]*").unwrap(), match_roman),
            (Regex::new(r"^([0-9]{1,3}(?:\.[0-9]{1,2}){1,3})(?:\.?[ \t]+|\.?$)").unwrap(), match_decimal),
            (Regex::new(r"^([0-9]{1,3})\.(?:[ \t]+|$)").unwrap(), match_arabic),
            (Regex::new(r"^([a-z]|đ)(?:\)[ \t]*|\.[ \t]+|[).]$)").unwrap(), match_letter),
            (Regex::new(r"^([A-EGH]|Đ)\.(?:[ \t]+|$)").unwrap(), match_capital),
        ]
    }

    fn same(re: &Regex, hand: Hand, t: &str) {
        let want = re.captures(t).map(|c| (c.get(1).unwrap().end(), c.get(0).unwrap().end()));
        assert_eq!(hand(t), want, "{t:?} with {re}");
    }

    /// Every string of up to five characters over the characters the labels are made of,
    /// and 50,000 longer ones drawn at random: the hand readers find what the patterns find.
    #[test]
    fn hand_readers_match_the_patterns() {
        let alphabet: Vec<char> = "0129.) \tIVXLađkfAĐFxM".chars().collect();
        let pats = patterns();
        use crate::read::test_strings;
        test_strings::each(&alphabet, "", 4, &mut |t| {
            for (re, hand) in &pats {
                same(re, *hand, t);
            }
        });
        for t in [
            "1.2.3.4 X",
            "1.2.3.4.5 X",
            "12.34.56.78. X",
            "12.34.56.78.",
            "123.4 X",
            "1.234 X",
            "1.2.3.4.",
            "2.10. Tổ",
            "IIIIIIII. X",
            "IIIIIII. X",
            "a)",
            "a).",
            "đ. X",
            "đ.X",
            "A.\tB",
            "Đ.",
            "1.\t\tX",
        ] {
            for (re, hand) in &pats {
                same(re, *hand, t);
            }
        }
        test_strings::random(&alphabet, "", 5, 50_000, &mut |t| {
            let t = format!("{t} Tổ chức");
            for (re, hand) in &pats {
                same(re, *hand, &t);
                same(re, *hand, &t[..t.len() - " Tổ chức".len()]);
            }
        });
    }

    /// An attachment's title in capitals of 25 words is a heading (regression: Hà Nội's
    /// support levels, each "Phụ lục" title was a task); a rule or a bullet before capitals
    /// is not (a form inside an item stays in the item).
    #[test]
    fn long_titles_in_capitals_are_headings_rules_are_not() {
        let title = "CHI HỖ TRỢ LUYỆN TẬP, HỖ TRỢ BIỂU DIỄN ĐỐI VỚI NGƯỜI LÀM VIỆC TRONG LĨNH VỰC NGHỆ THUẬT BIỂU DIỄN CỦA THÀNH PHỐ HÀ NỘI";
        assert!(title.split_whitespace().count() > 20);
        assert!(is_unnumbered_heading(title));
        assert!(!is_unnumbered_heading("--------------- ĐƠN ĐỀ NGHỊ NHẬP KHẨU THUỐC"));
        assert!(!is_unnumbered_heading("- UBND CÁC XÃ, PHƯỜNG"));
        assert!(!is_unnumbered_heading("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM."));
    }
}
