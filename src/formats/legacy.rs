//! Legacy Vietnamese 8-bit encodings: TCVN3 (TCVN 5712:1993 "ABC", fonts `.VnTime`,
//! `.VnTimeH`, `.VnArial`, …) and VNI (fonts `VNI-Times`, …), decoded to Unicode NFC.
//!
//! Legacy text reaches sosanh in two shapes, both handled as `&str`:
//! - a `.txt` file saved in the legacy code page: its bytes are mapped one to one to
//!   characters by [`bytes_to_latin`] (Windows-1252, undefined bytes as Latin-1), so
//!   "Báo cáo" in TCVN3 arrives as `"B¸o c¸o"`;
//! - a DOCX run set in a legacy font: Word stores the same characters in the XML.
//!
//! The letter tables below are the 134 Vietnamese letters (67 lower-case, 67 upper-case,
//! with and without tones) as published in `loadEncodingTableVN()` of the R package
//! vietnameseConverter by Jürgen Niedballa (public repository
//! jniedballa/vietnameseConverter, also at EcoDynIZW/vietnameseConverter and on CRAN; file
//! `R/loadEncodingTableVN.R`, itself adapted from vietunicode.sourceforge.net/charset),
//! columns `Unicode_Hex`, `VNI_Hex` and `TCVN3_Hex`, transcribed here unchanged.
//! The TCVN3 single-byte letters agree with glibc's `TCVN5712-1` converter (checked by a
//! test against `iconv` when it is installed).
//!
//! TCVN3 has no code points for capital letters with a tone mark. The published table
//! writes them as the plain capital followed by the toned lower-case letter ("À" as
//! `A` + `µ`); [`decode_tcvn3`] folds such a pair back into the capital and
//! [`encode_tcvn3`] produces it, so every letter round-trips. The decoder also reads the
//! extra capitals and the combining tone marks (0xB0–0xB4) that TCVN 5712 VN1 places in
//! the otherwise unused bytes of 0xA0–0xFF, as `iconv` does. It leaves 0x80–0x9F alone:
//! there, legacy files hold Windows punctuation (curly quotes, dashes), not letters.
//!
//! Capital fonts (`.VnTimeH`, `.VnArialH`, …) draw capitals at the lower-case code
//! points, so their text decodes to lower case: the heading "BÁO CÁO" set in `.VnTimeH`
//! is stored as "b¸o c¸o" and comes out as "báo cáo" (the DOCX reader knows the font and
//! upper-cases such runs; a plain `.txt` file carries no font, so its headings stay
//! lower-case).
//!
//! TCVN3 stores "ư" as byte 0xAD, the soft hyphen: decode before any clean-up that strips
//! U+00AD.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// A legacy Vietnamese encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyEncoding {
    /// TCVN 5712:1993 VN3, the "ABC" code of the `.VnTime` fonts.
    Tcvn3,
    /// VNI (Windows), the code of the `VNI-Times` fonts: a base letter followed by a mark.
    Vni,
}

/// (Unicode letter, VNI sequence, TCVN3 sequence): the 134 letters of the published table
/// (see the module documentation). Sequences are written as the characters that the
/// legacy bytes map to (Latin-1), `\u{XX}` being byte 0xXX.
const LETTERS: [(char, &str, &str); 134] = [
    ('À', "A\u{D8}", "A\u{B5}"),
    ('Á', "A\u{D9}", "A\u{B8}"),
    ('Â', "A\u{C2}", "\u{A2}"),
    ('Ã', "A\u{D5}", "A\u{B7}"),
    ('È', "E\u{D8}", "E\u{CC}"),
    ('É', "E\u{D9}", "E\u{D0}"),
    ('Ê', "E\u{C2}", "\u{A3}"),
    ('Ì', "\u{CC}", "I\u{D7}"),
    ('Í', "\u{CD}", "I\u{DD}"),
    ('Ò', "O\u{D8}", "O\u{DF}"),
    ('Ó', "O\u{D9}", "O\u{E3}"),
    ('Ô', "O\u{C2}", "\u{A4}"),
    ('Õ', "O\u{D5}", "O\u{E2}"),
    ('Ù', "U\u{D8}", "U\u{EF}"),
    ('Ú', "U\u{D9}", "U\u{F3}"),
    ('Ý', "Y\u{D9}", "Y\u{FD}"),
    ('à', "a\u{F8}", "\u{B5}"),
    ('á', "a\u{F9}", "\u{B8}"),
    ('â', "a\u{E2}", "\u{A9}"),
    ('ã', "a\u{F5}", "\u{B7}"),
    ('è', "e\u{F8}", "\u{CC}"),
    ('é', "e\u{F9}", "\u{D0}"),
    ('ê', "e\u{E2}", "\u{AA}"),
    ('ì', "\u{EC}", "\u{D7}"),
    ('í', "\u{ED}", "\u{DD}"),
    ('ò', "o\u{F8}", "\u{DF}"),
    ('ó', "o\u{F9}", "\u{E3}"),
    ('ô', "o\u{E2}", "\u{AB}"),
    ('õ', "o\u{F5}", "\u{E2}"),
    ('ù', "u\u{F8}", "\u{EF}"),
    ('ú', "u\u{F9}", "\u{F3}"),
    ('ý', "y\u{F9}", "\u{FD}"),
    ('Ă', "A\u{CA}", "\u{A1}"),
    ('ă', "a\u{EA}", "\u{A8}"),
    ('Đ', "\u{D1}", "\u{A7}"),
    ('đ', "\u{F1}", "\u{AE}"),
    ('Ĩ', "\u{D3}", "I\u{DC}"),
    ('ĩ', "\u{F3}", "\u{DC}"),
    ('Ũ', "U\u{D5}", "U\u{F2}"),
    ('ũ', "u\u{F5}", "\u{F2}"),
    ('Ơ', "\u{D4}", "\u{A5}"),
    ('ơ', "\u{F4}", "\u{AC}"),
    ('Ư', "\u{D6}", "\u{A6}"),
    ('ư', "\u{F6}", "\u{AD}"),
    ('Ạ', "A\u{CF}", "A\u{B9}"),
    ('ạ', "a\u{EF}", "\u{B9}"),
    ('Ả', "A\u{DB}", "A\u{B6}"),
    ('ả', "a\u{FB}", "\u{B6}"),
    ('Ấ', "A\u{C1}", "\u{A2}\u{CA}"),
    ('ấ', "a\u{E1}", "\u{CA}"),
    ('Ầ', "A\u{C0}", "\u{A2}\u{C7}"),
    ('ầ', "a\u{E0}", "\u{C7}"),
    ('Ẩ', "A\u{C5}", "\u{A2}\u{C8}"),
    ('ẩ', "a\u{E5}", "\u{C8}"),
    ('Ẫ', "A\u{C3}", "\u{A2}\u{C9}"),
    ('ẫ', "a\u{E3}", "\u{C9}"),
    ('Ậ', "A\u{C4}", "\u{A2}\u{CB}"),
    ('ậ', "a\u{E4}", "\u{CB}"),
    ('Ắ', "A\u{C9}", "\u{A1}\u{BE}"),
    ('ắ', "a\u{E9}", "\u{BE}"),
    ('Ằ', "A\u{C8}", "\u{A1}\u{BB}"),
    ('ằ', "a\u{E8}", "\u{BB}"),
    ('Ẳ', "A\u{DA}", "\u{A1}\u{BC}"),
    ('ẳ', "a\u{FA}", "\u{BC}"),
    ('Ẵ', "A\u{DC}", "\u{A1}\u{BD}"),
    ('ẵ', "a\u{FC}", "\u{BD}"),
    ('Ặ', "A\u{CB}", "\u{A1}\u{C6}"),
    ('ặ', "a\u{EB}", "\u{C6}"),
    ('Ẹ', "E\u{CF}", "E\u{D1}"),
    ('ẹ', "e\u{EF}", "\u{D1}"),
    ('Ẻ', "E\u{DB}", "E\u{CE}"),
    ('ẻ', "e\u{FB}", "\u{CE}"),
    ('Ẽ', "E\u{D5}", "E\u{CF}"),
    ('ẽ', "e\u{F5}", "\u{CF}"),
    ('Ế', "E\u{C1}", "\u{A3}\u{D5}"),
    ('ế', "e\u{E1}", "\u{D5}"),
    ('Ề', "E\u{C0}", "\u{A3}\u{D2}"),
    ('ề', "e\u{E0}", "\u{D2}"),
    ('Ể', "E\u{C5}", "\u{A3}\u{D3}"),
    ('ể', "e\u{E5}", "\u{D3}"),
    ('Ễ', "E\u{C3}", "\u{A3}\u{D4}"),
    ('ễ', "e\u{E3}", "\u{D4}"),
    ('Ệ', "E\u{C4}", "\u{A3}\u{D6}"),
    ('ệ', "e\u{E4}", "\u{D6}"),
    ('Ỉ', "\u{C6}", "I\u{D8}"),
    ('ỉ', "\u{E6}", "\u{D8}"),
    ('Ị', "\u{D2}", "I\u{DE}"),
    ('ị', "\u{F2}", "\u{DE}"),
    ('Ọ', "O\u{CF}", "O\u{E4}"),
    ('ọ', "o\u{EF}", "\u{E4}"),
    ('Ỏ', "O\u{DB}", "O\u{E1}"),
    ('ỏ', "o\u{FB}", "\u{E1}"),
    ('Ố', "O\u{C1}", "\u{A4}\u{E8}"),
    ('ố', "o\u{E1}", "\u{E8}"),
    ('Ồ', "O\u{C0}", "\u{A4}\u{E5}"),
    ('ồ', "o\u{E0}", "\u{E5}"),
    ('Ổ', "O\u{C5}", "\u{A4}\u{E6}"),
    ('ổ', "o\u{E5}", "\u{E6}"),
    ('Ỗ', "O\u{C3}", "\u{A4}\u{E7}"),
    ('ỗ', "o\u{E3}", "\u{E7}"),
    ('Ộ', "O\u{C4}", "\u{A4}\u{E9}"),
    ('ộ', "o\u{E4}", "\u{E9}"),
    ('Ớ', "\u{D4}\u{D9}", "\u{A5}\u{ED}"),
    ('ớ', "\u{F4}\u{F9}", "\u{ED}"),
    ('Ờ', "\u{D4}\u{D8}", "\u{A5}\u{EA}"),
    ('ờ', "\u{F4}\u{F8}", "\u{EA}"),
    ('Ở', "\u{D4}\u{DB}", "\u{A5}\u{EB}"),
    ('ở', "\u{F4}\u{FB}", "\u{EB}"),
    ('Ỡ', "\u{D4}\u{D5}", "\u{A5}\u{EC}"),
    ('ỡ', "\u{F4}\u{F5}", "\u{EC}"),
    ('Ợ', "\u{D4}\u{CF}", "\u{A5}\u{EE}"),
    ('ợ', "\u{F4}\u{EF}", "\u{EE}"),
    ('Ụ', "U\u{CF}", "U\u{F4}"),
    ('ụ', "u\u{EF}", "\u{F4}"),
    ('Ủ', "U\u{DB}", "U\u{F1}"),
    ('ủ', "u\u{FB}", "\u{F1}"),
    ('Ứ', "\u{D6}\u{D9}", "\u{A6}\u{F8}"),
    ('ứ', "\u{F6}\u{F9}", "\u{F8}"),
    ('Ừ', "\u{D6}\u{D8}", "\u{A6}\u{F5}"),
    ('ừ', "\u{F6}\u{F8}", "\u{F5}"),
    ('Ử', "\u{D6}\u{DB}", "\u{A6}\u{F6}"),
    ('ử', "\u{F6}\u{FB}", "\u{F6}"),
    ('Ữ', "\u{D6}\u{D5}", "\u{A6}\u{F7}"),
    ('ữ', "\u{F6}\u{F5}", "\u{F7}"),
    ('Ự', "\u{D6}\u{CF}", "\u{A6}\u{F9}"),
    ('ự', "\u{F6}\u{EF}", "\u{F9}"),
    ('Ỳ', "Y\u{D8}", "Y\u{FA}"),
    ('ỳ', "y\u{F8}", "\u{FA}"),
    ('Ỵ', "\u{CE}", "Y\u{FE}"),
    ('ỵ', "\u{EE}", "\u{FE}"),
    ('Ỷ', "Y\u{DB}", "Y\u{FB}"),
    ('ỷ', "y\u{FB}", "\u{FB}"),
    ('Ỹ', "Y\u{D5}", "Y\u{FC}"),
    ('ỹ', "y\u{F5}", "\u{FC}"),
];

/// Byte positions that TCVN 5712 VN1 uses and the published (VN3) table does not: capitals
/// with a tone, and the combining tone marks. Taken from glibc's `TCVN5712-1`.
const TCVN_VN1_EXTRA: [(u8, char); 21] = [
    (0xAF, 'Ằ'),
    (0xBA, 'Ẳ'),
    (0xBF, 'Ẵ'),
    (0xC0, 'Ắ'),
    (0xC1, 'Ầ'),
    (0xC2, 'Ẩ'),
    (0xC3, 'Ẫ'),
    (0xC4, 'Ấ'),
    (0xC5, 'Ề'),
    (0xCD, 'Ể'),
    (0xD9, 'Ễ'),
    (0xDA, 'Ế'),
    (0xDB, 'Ồ'),
    (0xE0, 'Ổ'),
    (0xF0, 'Ỗ'),
    (0xFF, 'Ố'),
    (0xB0, '\u{300}'),
    (0xB1, '\u{309}'),
    (0xB2, '\u{303}'),
    (0xB3, '\u{301}'),
    (0xB4, '\u{323}'),
];

/// Windows-1252 characters for bytes 0x80–0x9F; `None` where the code page leaves the
/// byte undefined (then it reads as the Latin-1 control character).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Maps 8-bit bytes to characters the way legacy files are read: Windows-1252, with the
/// five bytes it leaves undefined read as Latin-1.
pub fn bytes_to_latin(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize].unwrap_or(b as char),
            _ => b as char,
        })
        .collect()
}

/// Decoding and encoding tables for one encoding.
struct Codec {
    /// One legacy character to one Unicode character (or combining mark).
    single: HashMap<char, char>,
    /// Two legacy characters to one Unicode letter.
    pair: HashMap<(char, char), char>,
    /// Unicode letter to its legacy sequence.
    encode: HashMap<char, &'static str>,
}

fn two(s: &str) -> Option<(char, char)> {
    let mut it = s.chars();
    match (it.next(), it.next(), it.next()) {
        (Some(a), Some(b), None) => Some((a, b)),
        _ => None,
    }
}

fn one(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(a), None) => Some(a),
        _ => None,
    }
}

/// Latin-1 case partner of a legacy character (the VNI marks come in upper/lower pairs
/// 0x20 apart, like the Latin-1 letters they occupy, and Word's "change case" swaps them).
fn latin_other_case(c: char) -> Option<char> {
    match c as u32 {
        0xC0..=0xDE if c != '×' => char::from_u32(c as u32 + 0x20),
        0xE0..=0xFE if c != '÷' => char::from_u32(c as u32 - 0x20),
        _ => None,
    }
}

static TCVN3: LazyLock<Codec> = LazyLock::new(|| {
    let mut c = Codec { single: HashMap::new(), pair: HashMap::new(), encode: HashMap::new() };
    for (b, u) in TCVN_VN1_EXTRA {
        c.single.insert(b as char, u);
    }
    for (u, _, t) in LETTERS {
        c.encode.insert(u, t);
        if let Some(x) = one(t) {
            c.single.insert(x, u);
        } else if let Some(p) = two(t) {
            c.pair.insert(p, u);
        }
    }
    c
});

static VNI: LazyLock<Codec> = LazyLock::new(|| {
    let mut c = Codec { single: HashMap::new(), pair: HashMap::new(), encode: HashMap::new() };
    for (u, v, _) in LETTERS {
        c.encode.insert(u, v);
        if let Some(x) = one(v) {
            c.single.insert(x, u);
        } else if let Some(p) = two(v) {
            c.pair.insert(p, u);
        }
    }
    // Mixed case (a lower-case base with an upper-case mark, or the reverse): the base
    // decides the case of the letter.
    let pairs: Vec<((char, char), char)> = c.pair.iter().map(|(k, v)| (*k, *v)).collect();
    for ((base, mark), letter) in pairs {
        if let Some(other) = latin_other_case(mark) {
            c.pair.entry((base, other)).or_insert(letter);
        }
    }
    c
});

fn decode_with(codec: &Codec, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(&next) = chars.get(i + 1)
            && let Some(&u) = codec.pair.get(&(c, next))
        {
            out.push(u);
            i += 2;
            continue;
        }
        out.push(codec.single.get(&c).copied().unwrap_or(c));
        i += 1;
    }
    out.nfc().collect()
}

fn encode_with(codec: &Codec, s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.nfc() {
        match codec.encode.get(&c) {
            Some(seq) => out.push_str(seq),
            None => out.push(c),
        }
    }
    out
}

/// Decodes TCVN3 (ABC) text into Unicode NFC. Characters outside the code page's letters
/// (ASCII, anything above U+00FF) pass through unchanged.
pub fn decode_tcvn3(s: &str) -> String {
    decode_with(&TCVN3, s)
}

/// Decodes VNI text ("Vieät Nam") into Unicode NFC ("Việt Nam").
pub fn decode_vni(s: &str) -> String {
    decode_with(&VNI, s)
}

/// Encodes Unicode text as TCVN3 characters (the inverse of [`decode_tcvn3`] for
/// Vietnamese letters and ASCII; other characters pass through). For tests and tools.
pub fn encode_tcvn3(s: &str) -> String {
    encode_with(&TCVN3, s)
}

/// Encodes Unicode text as VNI characters (the inverse of [`decode_vni`] for Vietnamese
/// letters and ASCII).
pub fn encode_vni(s: &str) -> String {
    encode_with(&VNI, s)
}

/// Toneless rhymes (vần) of Vietnamese syllables, for the syllable check in [`detect`].
const RHYMES: &str = "a ac ach ai am an ang anh ao ap at au ay \
ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây \
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu \
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu \
o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay \
oăc oăm oăn oăng oăt oe oen oeo oet oong ooc \
ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt \
u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uy uych uynh uyt uyn uya \
uyên uyêt uyu uôc uôi uôm uôn uông uôt uơ \
ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu \
y yêm yên yêng yêt yêu";

static SYLLABLE: LazyLock<Regex> = LazyLock::new(|| {
    let mut rhymes: Vec<&str> = RHYMES.split_whitespace().collect();
    // Longest first, so that the alternation prefers complete rhymes.
    rhymes.sort_by_key(|r| std::cmp::Reverse(r.chars().count()));
    let pattern = format!("^(?:ngh|ng|gh|gi|ch|kh|nh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?:{})$", rhymes.join("|"));
    Regex::new(&pattern).expect("syllable pattern")
});

/// Is `token` (one space-delimited unit, any case, any tone placement) a possible
/// Vietnamese syllable? At most one tone mark, a known initial, a known rhyme.
fn is_syllable(token: &str) -> bool {
    let mut tones = 0;
    let mut bare = String::with_capacity(token.len());
    for c in token.nfd() {
        match c {
            '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => tones += 1,
            _ => bare.push(c),
        }
    }
    if tones > 1 || bare.is_empty() {
        return false;
    }
    let bare: String = bare.nfc().collect::<String>().to_lowercase();
    SYLLABLE.is_match(&bare)
}

/// Splits text into candidate syllables: at white space, ASCII punctuation and general
/// punctuation (U+2010–U+206F), but not at the Latin-1 symbols that legacy text uses for
/// letters ("B¸o" is one token). Tokens with digits are dropped.
fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || ('\u{2010}'..='\u{206F}').contains(&c))
        .filter(|t| !t.is_empty() && !t.chars().any(|c| c.is_ascii_digit()))
}

/// Vietnamese letters outside Latin-1 (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and the Latin Extended
/// Additional block): legacy-encoded text never contains them.
fn is_unicode_only_letter(c: char) -> bool {
    matches!(c, 'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư')
        || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// For text set in a legacy font (a DOCX run in `.VnTime`): is it really legacy-encoded?
/// No when it holds Vietnamese letters that only Unicode has (someone typed Unicode while
/// the old font stayed selected), or when decoding would spoil more syllables than it
/// mends ("Báo cáo" typed in Unicode would become "Bỏo cỏo").
pub(crate) fn font_decoding_helps(s: &str, enc: LegacyEncoding) -> bool {
    if s.chars().any(is_unicode_only_letter) {
        return false;
    }
    let decode = match enc {
        LegacyEncoding::Tcvn3 => decode_tcvn3,
        LegacyEncoding::Vni => decode_vni,
    };
    let (mut fixed, mut broken) = (0usize, 0usize);
    for t in tokens(s).filter(|t| !t.is_ascii()) {
        match (is_syllable(t), is_syllable(&decode(t))) {
            (false, true) => fixed += 1,
            (true, false) => broken += 1,
            _ => {}
        }
    }
    broken <= fixed
}

/// How many tokens are examined at most: enough to decide, bounded for large inputs.
const DETECT_TOKENS: usize = 20_000;

/// Guesses whether the text is Vietnamese in a legacy encoding, by which decoding turns
/// the most non-syllables into valid Vietnamese syllables.
///
/// Only tokens with a non-ASCII character count (at most the first 20,000). For each
/// encoding, a token that the decoding changes is "fixed" when it was not a valid
/// syllable before and is one after, "broken" in the opposite case. An encoding is chosen
/// only when it fixes at least 3 tokens and more than four times as many as it breaks, and
/// when at least 80% of the non-ASCII tokens are valid syllables after decoding (tokens
/// without lower-case letters, such as "HĐND", left out). Real
/// Unicode Vietnamese (where decoding breaks "Báo" into "Bỏo"), foreign Latin-1 text and
/// text with a few odd words give `None`. Conservative by design: a false alarm on real
/// UTF-8 text does more harm than a miss, which the user can fix with `--encoding`.
pub fn detect(s: &str) -> Option<LegacyEncoding> {
    // Both decoders change only characters from U+00A0 to U+00FF.
    if !s.chars().any(|c| ('\u{a0}'..='\u{ff}').contains(&c)) {
        return None;
    }
    let mut total = [0usize; 2];
    let mut fixed = [0usize; 2];
    let mut broken = [0usize; 2];
    let mut valid_after = [0usize; 2];
    let has_lower = |s: &str| s.chars().any(char::is_lowercase);
    for t in tokens(s).filter(|t| !t.is_ascii()).take(DETECT_TOKENS) {
        let before = is_syllable(t);
        for (k, decode) in [decode_tcvn3 as fn(&str) -> String, decode_vni].iter().enumerate() {
            let d = decode(t);
            // Abbreviations ("HĐND") are no syllables in either reading: leave them out.
            if !has_lower(t) && !has_lower(&d) {
                continue;
            }
            total[k] += 1;
            let after = if d == t { before } else { is_syllable(&d) };
            valid_after[k] += usize::from(after);
            match (before, after) {
                (false, true) => fixed[k] += 1,
                (true, false) => broken[k] += 1,
                _ => {}
            }
        }
    }
    let ok = |k: usize| fixed[k] >= 3 && fixed[k] > 4 * broken[k] && valid_after[k] * 5 >= total[k] * 4;
    let gain = |k: usize| fixed[k] as i64 - broken[k] as i64;
    match (ok(0), ok(1)) {
        (true, true) if gain(1) > gain(0) => Some(LegacyEncoding::Vni),
        (true, _) => Some(LegacyEncoding::Tcvn3),
        (false, true) => Some(LegacyEncoding::Vni),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fixtures() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("fixtures directory")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| {
                let text = std::fs::read_to_string(&p).expect("fixture is UTF-8");
                (p.file_name().unwrap().to_string_lossy().into_owned(), text)
            })
            .collect();
        out.sort();
        assert!(out.len() >= 5, "expected the five fixtures");
        out
    }

    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    /// Text as an 8-bit legacy file would hold it, read back the way the reader does:
    /// characters outside Windows-1252 become '?'.
    fn through_bytes(s: &str) -> String {
        let bytes: Vec<u8> = s
            .chars()
            .map(|c| match c as u32 {
                0..=0x7F | 0xA0..=0xFF => c as u32 as u8,
                _ => CP1252_HIGH.iter().position(|x| *x == Some(c)).map_or(b'?', |i| 0x80 + i as u8),
            })
            .collect();
        bytes_to_latin(&bytes)
    }

    #[test]
    fn table_has_134_distinct_letters_in_nfc() {
        let set: std::collections::HashSet<char> = LETTERS.iter().map(|l| l.0).collect();
        assert_eq!(set.len(), 134);
        for (c, _, _) in LETTERS {
            assert_eq!(nfc(&c.to_string()), c.to_string());
            assert!(c.is_alphabetic());
        }
        let lower = LETTERS.iter().filter(|l| l.0.is_lowercase()).count();
        assert_eq!(lower, 67);
    }

    #[test]
    fn every_letter_round_trips() {
        for (c, vni, tcvn) in LETTERS {
            let s = c.to_string();
            assert_eq!(encode_tcvn3(&s), tcvn, "TCVN3 encoding of {c}");
            assert_eq!(encode_vni(&s), vni, "VNI encoding of {c}");
            assert_eq!(decode_tcvn3(tcvn), s, "TCVN3 decoding of {c}");
            assert_eq!(decode_vni(vni), s, "VNI decoding of {c}");
            // Inside a syllable, and in NFD input.
            let word = format!("x{c}n");
            assert_eq!(decode_tcvn3(&encode_tcvn3(&word)), word);
            assert_eq!(decode_vni(&encode_vni(&word)), word);
            let nfd: String = word.nfd().collect();
            assert_eq!(decode_vni(&encode_vni(&nfd)), word);
        }
        let all: String = LETTERS.iter().map(|l| l.0.to_string()).collect::<Vec<_>>().join(" ");
        assert_eq!(decode_tcvn3(&encode_tcvn3(&all)), all);
        assert_eq!(decode_vni(&encode_vni(&all)), all);
    }

    #[test]
    fn adjacent_letters_round_trip() {
        // Every pair of letters side by side. TCVN3 has one ambiguity, by construction of
        // the published table: a capital vowel followed by the same vowel, lower-case with
        // a tone ("Aà"), reads as the toned capital ("À"). No Vietnamese word has it.
        for (a, _, _) in LETTERS {
            for (b, _, _) in LETTERS {
                let s: String = [a, b].iter().collect();
                assert_eq!(decode_vni(&encode_vni(&s)), s, "VNI {s}");
                let t = decode_tcvn3(&encode_tcvn3(&s));
                if t != s {
                    assert!(a.is_uppercase() && b.is_lowercase() && t.chars().count() == 1, "TCVN3 {s} → {t}");
                }
            }
        }
    }

    #[test]
    fn domain_examples() {
        assert_eq!(decode_tcvn3("B¸o c¸o t×nh h×nh kinh tÕ"), "Báo cáo tình hình kinh tế");
        assert_eq!(detect("B¸o c¸o t×nh h×nh kinh tÕ"), Some(LegacyEncoding::Tcvn3));
        assert_eq!(decode_vni("Vieät Nam"), "Việt Nam");
        assert_eq!(decode_vni("VIEÄT NAM"), "VIỆT NAM");
        // Mixed case left by Word's "change case" on VNI text.
        assert_eq!(decode_vni("VIEäT"), "VIỆT");
        assert_eq!(encode_tcvn3("Ủy ban nhân dân"), "Uñy ban nh©n d©n");
        assert_eq!(decode_tcvn3("Uû ban nh©n d©n"), "Uỷ ban nhân dân");
    }

    #[test]
    fn soft_hyphen_is_u_horn() {
        assert_eq!(bytes_to_latin(&[0xAD]), "\u{AD}");
        assert_eq!(decode_tcvn3("\u{AD}"), "ư");
        assert_eq!(decode_tcvn3("tr\u{AD}\u{ED}c"), "trước");
        assert_eq!(decode_tcvn3(&bytes_to_latin(b"ph\xAD\xEAng")), "phường");
    }

    #[test]
    fn bytes_to_latin_is_windows_1252() {
        assert_eq!(bytes_to_latin(b"\x80\x93\x94\x96"), "€“”–");
        // Undefined bytes read as Latin-1 control characters.
        assert_eq!(bytes_to_latin(b"\x81\x8D\x8F\x90\x9D"), "\u{81}\u{8D}\u{8F}\u{90}\u{9D}");
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(bytes_to_latin(&all).chars().count(), 256);
    }

    #[test]
    fn capital_font_text_decodes_to_lower_case() {
        // ".VnTimeH" draws capitals at the lower-case code points: "BÁO CÁO" typed in it
        // is stored like "b¸o c¸o" and decodes to lower case.
        assert_eq!(decode_tcvn3("b¸o c¸o"), "báo cáo");
    }

    #[test]
    fn agrees_with_iconv_tcvn5712() {
        let probe = std::process::Command::new("iconv")
            .args(["-f", "TCVN5712-1", "-t", "UTF-8"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn();
        let Ok(mut child) = probe else {
            eprintln!("SKIPPED agrees_with_iconv_tcvn5712: iconv is not installed");
            return;
        };
        use std::io::Write;
        // Each byte from 0xA0 to 0xFF on its own line.
        let input: Vec<u8> = (0xA0u8..=0xFF).flat_map(|b| [b, b'\n']).collect();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&input).unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            eprintln!("SKIPPED agrees_with_iconv_tcvn5712: this iconv does not know TCVN5712-1");
            return;
        }
        let reference = String::from_utf8(out.stdout).unwrap();
        let reference: Vec<&str> = reference.split('\n').collect();
        for (i, b) in (0xA0u8..=0xFF).enumerate() {
            let mine = decode_tcvn3(&bytes_to_latin(&[b]));
            assert_eq!(mine, nfc(reference[i]), "byte 0x{b:02X}");
        }
        // And a whole fixture, lower-case letters only (iconv spells capitals with VN1
        // bytes, the published table with pairs).
        let (_, text) = &fixtures()[0];
        let lower = text.to_lowercase();
        let encoded: Vec<u8> =
            encode_tcvn3(&lower).chars().map(|c| if (c as u32) < 0x100 { c as u32 as u8 } else { b'?' }).collect();
        let mut child = std::process::Command::new("iconv")
            .args(["-f", "TCVN5712-1", "-t", "UTF-8"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&encoded).unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let theirs = nfc(&String::from_utf8(out.stdout).unwrap());
        assert_eq!(decode_tcvn3(&bytes_to_latin(&encoded)), theirs);
    }

    #[test]
    fn fixture_sentences_round_trip() {
        for (name, text) in fixtures() {
            for line in text.lines() {
                let want = nfc(line);
                assert_eq!(decode_tcvn3(&encode_tcvn3(line)), want, "{name}: TCVN3 {line}");
                assert_eq!(decode_vni(&encode_vni(line)), want, "{name}: VNI {line}");
            }
        }
    }

    #[test]
    fn detect_leaves_unicode_fixtures_alone() {
        for (name, text) in fixtures() {
            assert_eq!(detect(&text), None, "{name}");
            // Also paragraph by paragraph, the pieces a smaller file would hold.
            for para in text.split("\n\n").filter(|p| p.chars().count() > 20) {
                assert_eq!(detect(para), None, "{name}: {para}");
            }
            let nfd: String = text.nfd().collect();
            assert_eq!(detect(&nfd), None, "{name} in NFD");
        }
    }

    #[test]
    fn detect_finds_encoded_fixtures() {
        for (name, text) in fixtures() {
            let tcvn = encode_tcvn3(&text);
            let vni = encode_vni(&text);
            assert_eq!(detect(&tcvn), Some(LegacyEncoding::Tcvn3), "{name}");
            assert_eq!(detect(&vni), Some(LegacyEncoding::Vni), "{name}");
            // As 8-bit files read back through Windows-1252.
            let tcvn8 = through_bytes(&tcvn);
            let vni8 = through_bytes(&vni);
            assert_eq!(detect(&tcvn8), Some(LegacyEncoding::Tcvn3), "{name} 8-bit");
            assert_eq!(detect(&vni8), Some(LegacyEncoding::Vni), "{name} 8-bit");
            for line in text.lines() {
                let enc = encode_tcvn3(line);
                if through_bytes(&enc) == enc {
                    assert_eq!(decode_tcvn3(&through_bytes(&enc)), nfc(line), "{name}: {line}");
                }
                let enc = encode_vni(line);
                if through_bytes(&enc) == enc {
                    assert_eq!(decode_vni(&through_bytes(&enc)), nfc(line), "{name}: {line}");
                }
            }
            // Short pieces: a single paragraph is enough.
            for para in text.split("\n\n").filter(|p| p.split_whitespace().count() >= 12) {
                assert_eq!(detect(&encode_tcvn3(para)), Some(LegacyEncoding::Tcvn3), "{name}: {para}");
                assert_eq!(detect(&encode_vni(para)), Some(LegacyEncoding::Vni), "{name}: {para}");
            }
        }
    }

    #[test]
    fn detect_is_conservative() {
        for s in [
            "",
            "plain ASCII text, nothing to see",
            "Müller aß Käse in der Straße, café crème à la française",
            "Số: 418/BC-UBND — “Tết Nhân ái” 2026 ½ °C",
            "Báo cáo tình hình kinh tế",
            "B¸o",
        ] {
            assert_eq!(detect(s), None, "{s}");
        }
    }

    #[test]
    fn font_runs_typed_in_unicode_are_left_alone() {
        assert!(!font_decoding_helps("Báo cáo", LegacyEncoding::Tcvn3));
        assert!(!font_decoding_helps("Việt Nam", LegacyEncoding::Vni));
        assert!(font_decoding_helps("B¸o c¸o", LegacyEncoding::Tcvn3));
        assert!(font_decoding_helps("Vieät Nam", LegacyEncoding::Vni));
        assert!(font_decoding_helps("tÕ", LegacyEncoding::Tcvn3));
    }

    fn viet_text() -> impl Strategy<Value = String> {
        let letters: Vec<char> = LETTERS.iter().map(|l| l.0).chain("bcdghklmnpqrstvx ".chars()).collect();
        proptest::collection::vec(proptest::sample::select(letters), 0..60).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn decoders_never_panic(s in any::<String>()) {
            let _ = decode_tcvn3(&s);
            let _ = decode_vni(&s);
            let _ = detect(&s);
            let _ = encode_tcvn3(&s);
            let _ = encode_vni(&s);
        }

        #[test]
        fn vni_round_trips(s in viet_text()) {
            prop_assert_eq!(decode_vni(&encode_vni(&s)), s);
        }

        #[test]
        fn tcvn3_round_trips_lower_case(s in viet_text()) {
            let s = s.to_lowercase();
            prop_assert_eq!(decode_tcvn3(&encode_tcvn3(&s)), s);
        }

        #[test]
        fn bytes_decode_to_nfc(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let s = bytes_to_latin(&bytes);
            prop_assert_eq!(s.chars().count(), bytes.len());
            let d = decode_tcvn3(&s);
            prop_assert_eq!(nfc(&d), d.clone());
            let v = decode_vni(&s);
            prop_assert_eq!(nfc(&v), v.clone());
        }
    }
}
