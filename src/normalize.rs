//! Matching keys: sosanh compares on a normalised form and always displays the original
//! words. The normal form makes equal what a reader takes as equal: Unicode NFC (with
//! combining marks put in the order NFC can compose), case, both tone-mark placements
//! ("hoà" = "hòa", "uỷ" = "ủy"), abbreviations and their full words ("UBND" = "Ủy ban nhân
//! dân"), and a unit's own name ("phường Tam Thanh", "xã Cao Lộc") masked so copies
//! between units line up. Numbers, dates and document symbols stay whole tokens, so a
//! year bumped from 2025 to 2026 is a one-token edit.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// The five tone marks as combining characters, and the digit each becomes in a key:
/// 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook above), 4 ngã (tilde), 5 nặng (dot below).
/// The level tone (ngang) adds no digit.
const TONES: [(char, char); 5] = [('\u{300}', '1'), ('\u{301}', '2'), ('\u{309}', '3'), ('\u{303}', '4'), ('\u{323}', '5')];

fn tone_digit(c: char) -> Option<char> {
    TONES.iter().find(|(m, _)| *m == c).map(|(_, d)| *d)
}

/// NFC with combining marks reordered first: a tone mark typed before the circumflex,
/// breve or horn ("e" + grave + circumflex) is moved after it, so that NFC composes the
/// single letter ("ề"). Also maps odd spaces to ' ', removes zero-width characters and
/// soft hyphens, and repairs the "ƣ"/"Ƣ" that PDF font maps leave for "ư"/"Ư".
pub fn nfc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut cluster: Vec<char> = Vec::new();
    let flush = |cluster: &mut Vec<char>, out: &mut String| {
        if cluster.len() > 1 {
            // Canonical order first, then tones after other marks of the same class.
            cluster[1..].sort_by_key(|&m| (canonical_combining_class(m), tone_digit(m).is_some()));
        }
        out.extend(cluster.drain(..));
    };
    let mut decomposed = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => decomposed.push(' '),
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            'ƣ' => decomposed.push('ư'),
            'Ƣ' => decomposed.push('Ư'),
            _ => decomposed.push(c),
        }
    }
    for c in decomposed.nfd() {
        if canonical_combining_class(c) != 0 && !cluster.is_empty() {
            cluster.push(c);
        } else {
            flush(&mut cluster, &mut out);
            cluster.push(c);
        }
    }
    flush(&mut cluster, &mut out);
    out.nfc().collect()
}

/// The matching key of one syllable or word: lower-cased, its tone mark taken off and
/// appended as a digit (see [`TONES`]), everything else (â ă ê ô ơ ư đ) kept. "Uỷ" and
/// "ủy" give "uy3"; "hoà" and "hòa" give "hoa1"; "toàn" ("toan1") stays apart from
/// "toán" ("toan2"); "đ" stays "đ", never "d".
pub fn syllable_key(word: &str) -> String {
    use unicode_normalization::char::{compose, decompose_canonical};
    let mut tone = None;
    let mut key = String::with_capacity(word.len() + 1);
    for c in word.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            key.push(c);
            continue;
        }
        if let Some(d) = tone_digit(c) {
            tone = Some(d);
            continue;
        }
        // Decompose one letter, drop its tone, compose the rest back (â ă ê ô ơ ư stay).
        let mut base: Option<char> = None;
        let mut rest: Vec<char> = Vec::new();
        decompose_canonical(c, |m| match tone_digit(m) {
            Some(d) => tone = Some(d),
            None => match base {
                None => base = Some(m),
                Some(b) => match compose(b, m) {
                    Some(x) => base = Some(x),
                    None => rest.push(m),
                },
            },
        });
        match base {
            // A lone combining mark (decomposed input): attach it to the letter before.
            Some(b) if canonical_combining_class(b) != 0 => {
                match key.pop().and_then(|prev| compose(prev, b).or_else(|| {
                    key.push(prev);
                    None
                })) {
                    Some(x) => key.push(x),
                    None => key.push(b),
                }
            }
            Some(b) => key.push(b),
            None => {}
        }
        key.extend(rest);
    }
    if let Some(d) = tone {
        key.push(d);
    }
    key
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Date,
    Symbol,
    Unit,
}

/// One matching token. `key` is compared; `span` is the byte range in the original text
/// (an expanded abbreviation gives several tokens with the abbreviation's span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub key: String,
    pub kind: TokenKind,
    pub span: Range<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || canonical_combining_class(c) != 0
}

fn is_joiner(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | ',' | '%' | '&')
}

fn classify(t: &str) -> TokenKind {
    let has_digit = t.bytes().any(|b| b.is_ascii_digit());
    let has_alpha = t.chars().any(|c| c.is_alphabetic());
    if !has_alpha && t.contains('/') {
        let parts: Vec<&str> = t.split('/').collect();
        let date = (parts.len() == 2 || parts.len() == 3)
            && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            && parts[0].len() <= 2
            && parts[1].len() <= 2
            && parts.get(2).is_none_or(|y| y.len() == 4);
        // "24/24" is a ratio, "07/01/2026" a date, "12/2025" a month.
        let num = |i: usize| parts[i].parse::<u32>().unwrap_or(0);
        let plausible = match parts.len() {
            3 => (1..=31).contains(&num(0)) && (1..=12).contains(&num(1)),
            _ if parts[1].len() == 4 => (1..=12).contains(&num(0)),
            _ => (1..=31).contains(&num(0)) && (1..=12).contains(&num(1)),
        };
        if date && plausible {
            return TokenKind::Date;
        }
        return TokenKind::Number;
    }
    if has_digit && !has_alpha {
        return TokenKind::Number;
    }
    if has_alpha && (t.contains('/') || (has_digit && t.contains('-'))) {
        return TokenKind::Symbol;
    }
    TokenKind::Word
}

/// The words of a text with their byte spans, punctuation dropped: syllables, numbers,
/// dates ("07/01/2026"), document symbols ("01/CT-UBND", "57-NQ/TW", "48/2025/NQ-HĐND",
/// "11/KH0UBND"), percentages ("10%"), ratios ("24/24") and decimals ("57.816,3") each as
/// one piece. Year ranges "2026-2030" are two numbers; "Đông-Xuân" is two words. This is
/// the segmentation the word diff shows.
pub fn words(text: &str) -> Vec<(Range<usize>, TokenKind)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        // A maximal run of word characters and inner joiners.
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if is_word_char(d) {
                end = i + d.len_utf8();
                chars.next();
            } else if is_joiner(d) {
                // Keep a joiner only when a word character follows it ("10%" keeps its %).
                let mut look = chars.clone();
                look.next();
                match look.peek() {
                    Some(&(_, e)) if is_word_char(e) => {
                        chars.next();
                    }
                    _ => {
                        if d == '%' {
                            end = i + 1;
                            chars.next();
                        }
                        break;
                    }
                }
            } else {
                break;
            }
        }
        let run = &text[start..end];
        let has_digit = run.bytes().any(|b| b.is_ascii_digit());
        let has_slash = run.contains('/');
        if has_digit || has_slash {
            // Year ranges split into two numbers.
            if let Some((a, b)) = run.split_once('-')
                && a.len() == 4
                && b.len() == 4
                && a.bytes().chain(b.bytes()).all(|x| x.is_ascii_digit())
            {
                out.push((start..start + 4, TokenKind::Number));
                out.push((start + 5..end, TokenKind::Number));
                continue;
            }
            out.push((start..end, classify(run)));
        } else {
            // Plain words: split on the joiners ("Đông-Xuân", "v.v", "TH&THCS").
            let mut s = start;
            for (i, ch) in run.char_indices() {
                if is_joiner(ch) {
                    if start + i > s {
                        out.push((s..start + i, TokenKind::Word));
                    }
                    s = start + i + ch.len_utf8();
                }
            }
            if end > s {
                out.push((s..end, TokenKind::Word));
            }
        }
    }
    out
}

/// Options for matching tokens.
#[derive(Debug, Clone, Default)]
pub struct MatchOptions {
    /// Expand abbreviations to their full words (UBND = ủy ban nhân dân, …).
    pub expand_abbreviations: bool,
    /// Replace the unit words "xã", "phường", "thị trấn" — bare, or with the unit's
    /// capitalised name — by one token "<unit>". Never "xã hội" (society), never "tỉnh"
    /// ("HĐND tỉnh" and "HĐND xã" are different bodies).
    pub mask_units: bool,
}

impl MatchOptions {
    /// What comparison and reuse use: abbreviations expanded, units masked.
    pub fn standard() -> Self {
        MatchOptions { expand_abbreviations: true, mask_units: true }
    }
}

/// Abbreviations common in these documents, as written, with their full words (from
/// DOMAIN.md and the fixtures). Only exact, case-sensitive matches of a whole word expand.
pub fn abbreviations() -> &'static [(&'static str, &'static str)] {
    &[
        ("UBND", "ủy ban nhân dân"),
        ("HĐND", "hội đồng nhân dân"),
        ("ĐBQH", "đại biểu quốc hội"),
        ("GPMB", "giải phóng mặt bằng"),
        ("BT", "bồi thường"),
        ("HT", "hỗ trợ"),
        ("TĐC", "tái định cư"),
        ("ATGT", "an toàn giao thông"),
        ("BHYT", "bảo hiểm y tế"),
        ("BHXH", "bảo hiểm xã hội"),
        ("NTM", "nông thôn mới"),
        ("CTMTQG", "chương trình mục tiêu quốc gia"),
        ("TTHC", "thủ tục hành chính"),
        ("PCTN", "phòng chống tham nhũng"),
        ("NSNN", "ngân sách nhà nước"),
        ("KT-XH", "kinh tế xã hội"),
        ("MTTQ", "mặt trận tổ quốc"),
        ("UBMTTQ", "ủy ban mặt trận tổ quốc"),
        ("TW", "trung ương"),
        ("TU", "tỉnh ủy"),
        ("CP", "chính phủ"),
        ("ANTT", "an ninh trật tự"),
        ("PCCC", "phòng cháy chữa cháy"),
        ("CCHC", "cải cách hành chính"),
        ("VPHC", "vi phạm hành chính"),
    ]
}

fn expansion(word: &str) -> Option<&'static str> {
    abbreviations().iter().find(|(a, _)| *a == word).map(|(_, f)| *f)
}

/// The matching tokens of a text: [`words`], keyed by [`syllable_key`] (numbers, dates and
/// symbols get a canonical key: dates without leading zeros), with abbreviations expanded
/// and unit words masked as the options say.
pub fn tokens(text: &str, opts: &MatchOptions) -> Vec<Token> {
    let ws = words(text);
    let mut out = Vec::with_capacity(ws.len() + 4);
    let mut i = 0;
    while i < ws.len() {
        let (r, kind) = ws[i].clone();
        let w = &text[r.clone()];
        if opts.mask_units && kind == TokenKind::Word {
            if let Some(next) = unit_at(text, &ws, i) {
                let end = ws[next - 1].0.end;
                out.push(Token { key: "<unit>".into(), kind: TokenKind::Unit, span: r.start..end });
                i = next;
                continue;
            }
        }
        if opts.expand_abbreviations && kind == TokenKind::Word {
            // "KT-XH" was split by `words`; look at the raw text around a hyphen too.
            if let Some(full) = expansion(w) {
                for part in full.split(' ') {
                    out.push(Token { key: syllable_key(part), kind: TokenKind::Word, span: r.clone() });
                }
                i += 1;
                continue;
            }
            if i + 1 < ws.len() && text[r.end..ws[i + 1].0.start] == *"-" {
                let joined = &text[r.start..ws[i + 1].0.end];
                if let Some(full) = expansion(joined) {
                    for part in full.split(' ') {
                        out.push(Token { key: syllable_key(part), kind: TokenKind::Word, span: r.start..ws[i + 1].0.end });
                    }
                    i += 2;
                    continue;
                }
            }
        }
        let key = match kind {
            TokenKind::Date => w.split('/').map(|p| p.trim_start_matches('0')).collect::<Vec<_>>().join("/"),
            TokenKind::Number | TokenKind::Symbol => w.to_lowercase(),
            _ => syllable_key(w),
        };
        out.push(Token { key, kind, span: r });
        i += 1;
    }
    out
}

/// If a unit word starts at word `i`, the index of the first word after it (and after the
/// unit's capitalised name, if any).
fn unit_at(text: &str, ws: &[(Range<usize>, TokenKind)], i: usize) -> Option<usize> {
    let w = |k: usize| &text[ws[k].0.clone()];
    let adjacent = |k: usize| ws.get(k).is_some_and(|(r, _)| text[ws[k - 1].0.end..r.start].chars().all(|c| c == ' '));
    let first = w(i);
    let mut next = match first {
        "xã" | "Xã" | "phường" | "Phường" => i + 1,
        "thị" | "Thị" if adjacent(i + 1) && w(i + 1) == "trấn" => i + 2,
        _ => return None,
    };
    if (first == "xã" || first == "Xã") && ws.get(i + 1).is_some_and(|_| adjacent(i + 1) && syllable_key(w(i + 1)) == "hôi5") {
        return None;
    }
    // The unit's name: up to four capitalised syllables right after.
    let mut taken = 0;
    while taken < 4
        && next < ws.len()
        && ws[next].1 == TokenKind::Word
        && adjacent(next)
        && w(next).chars().next().is_some_and(|c| c.is_uppercase())
        && expansion(w(next)).is_none()
        && !w(next).chars().skip(1).any(|c| c.is_uppercase())
    {
        next += 1;
        taken += 1;
    }
    Some(next)
}

/// The keys of [`tokens`].
pub fn keys(text: &str, opts: &MatchOptions) -> Vec<String> {
    tokens(text, opts).into_iter().map(|t| t.key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Vec<String> {
        keys(s, &MatchOptions::standard())
    }

    #[test]
    fn tone_placements_compare_equal() {
        for (a, b) in [("hoà", "hòa"), ("Đảng uỷ", "Đảng ủy"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("hoá", "hóa")] {
            assert_eq!(k(a), k(b), "{a} {b}");
        }
        assert_ne!(k("toàn"), k("toán"));
        assert_ne!(syllable_key("đa"), syllable_key("da"));
        assert_eq!(syllable_key("Uỷ"), "uy3");
        assert_eq!(syllable_key("quyết"), "quyêt2");
    }

    #[test]
    fn nfd_and_misordered_marks_compose() {
        let nfd: String = "Tiếp tục triển khai".nfd().collect();
        assert_eq!(nfc(&nfd), "Tiếp tục triển khai");
        // e + grave + circumflex (tone first) composes to "ề".
        assert_eq!(nfc("e\u{300}\u{302}"), "ề");
        assert_eq!(nfc("ƣu tiên\u{00A0}x\u{200B}"), "ưu tiên x");
    }

    #[test]
    fn abbreviations_and_units() {
        assert_eq!(k("HĐND phường"), k("Hội đồng nhân dân xã"));
        assert_eq!(k("UBND phường Tam Thanh"), k("Ủy ban nhân dân xã Cao Lộc"));
        assert_eq!(k("kinh tế - xã hội"), vec!["kinh", "tê2", "xa4", "hôi5"]);
        assert_ne!(k("HĐND tỉnh"), k("HĐND xã"));
        assert_eq!(k("địa bàn xã."), vec!["đia5", "ban1", "<unit>"]);
        assert_eq!(k("KT-XH"), k("kinh tế xã hội"));
    }

    #[test]
    fn numbers_dates_and_symbols_stay_whole() {
        let t = "Chỉ thị số 01/CT-UBND ngày 07/01/2026 đạt 10% trực 24/24 giờ, 57.816,3 triệu, giai đoạn 2026-2030, 11/KH0UBND.";
        let got: Vec<(&str, TokenKind)> = words(t).into_iter().map(|(r, kind)| (&t[r], kind)).collect();
        for want in [
            ("01/CT-UBND", TokenKind::Symbol),
            ("07/01/2026", TokenKind::Date),
            ("10%", TokenKind::Number),
            ("24/24", TokenKind::Number),
            ("57.816,3", TokenKind::Number),
            ("2026", TokenKind::Number),
            ("2030", TokenKind::Number),
            ("11/KH0UBND", TokenKind::Symbol),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        assert_eq!(keys("ngày 07/01/2026", &MatchOptions::default())[1], "7/1/2026");
        let s = "Nghị quyết số 57-NQ/TW, ngày 22/12/2024";
        let got: Vec<&str> = words(s).into_iter().map(|(r, _)| &s[r]).collect();
        assert!(got.contains(&"57-NQ/TW"));
        assert!(got.contains(&"22/12/2024"));
    }

    #[test]
    fn spans_point_into_the_original() {
        let t = "Họp UBND phường Tam Thanh thường kỳ tháng 02/2026: Dự kiến.";
        for tok in tokens(t, &MatchOptions::standard()) {
            assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
        }
        let toks = tokens(t, &MatchOptions::standard());
        assert_eq!(&t[toks[1].span.clone()], "UBND");
        let unit = toks.iter().find(|x| x.kind == TokenKind::Unit).unwrap();
        assert_eq!(&t[unit.span.clone()], "phường Tam Thanh");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
            let n = nfc(&s);
            for tok in tokens(&n, &MatchOptions::standard()) {
                proptest::prop_assert!(tok.span.start <= tok.span.end && tok.span.end <= n.len());
                proptest::prop_assert!(n.is_char_boundary(tok.span.start) && n.is_char_boundary(tok.span.end));
            }
        }
    }
}
