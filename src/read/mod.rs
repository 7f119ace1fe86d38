//! The reader: from a file's bytes to a [`Document`]. Every command reads through here,
//! so `compare`, `reuse`, `check` and `series` see the same outline.
//!
//! The stages, in the order the data flows:
//! - this module: bytes to Unicode text. Chooses the input kind by content (magic bytes),
//!   not by file name, decodes UTF-8 / UTF-16 / legacy Vietnamese encodings, normalises
//!   line ends and Unicode (NFC), and refuses anything that is not a document with one
//!   clear reason;
//! - [`repair`]: the layout — lines to paragraphs (wraps joined, page furniture and
//!   footnotes taken out), with the layout kind detected per document;
//! - [`grammar`]: the numbering grammar — which labels exist, their kinds and order;
//! - [`parts`]: the parts of a document around the body — closing sentences, signature,
//!   recipients, attachments, tables;
//! - [`outline`]: paragraphs to sections and tasks, using the grammar and the parts;
//! - [`meta`]: unit, number, place, date, period, title, signer and recipients from the
//!   header and closing blocks.

pub mod grammar;
pub mod meta;
pub mod outline;
pub mod parts;
pub mod repair;

use crate::error::{Error, Problem, Result, Said};
use crate::formats;
use crate::model::Document;
use std::io::Read;
use std::path::Path;

/// A pattern anchored at the start of the text (`^` then alternatives that each open with a
/// fixed letter), with the characters a match can start with, read off the pattern. Those
/// are checked before the regex runs: regex-lite has no literal prefilter, and even a
/// pattern that fails at the first character costs it an epsilon closure over all its
/// alternatives, thousands of instructions for each of the many lines these are asked of.
/// The answers are the regex's: a text that starts with another character has no match.
pub(crate) struct Anchored {
    firsts: &'static [char],
    regex: std::sync::LazyLock<regex_lite::Regex>,
}

impl Anchored {
    fn may_match(&self, t: &str) -> bool {
        t.chars().next().is_some_and(|c| self.firsts.contains(&c))
    }
    pub(crate) fn is_match(&self, t: &str) -> bool {
        self.may_match(t) && self.regex.is_match(t)
    }
    pub(crate) fn captures<'t>(&self, t: &'t str) -> Option<regex_lite::Captures<'t>> {
        if self.may_match(t) { self.regex.captures(t) } else { None }
    }
}

/// Which text encoding to assume; `Auto` guesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Auto,
    Utf8,
    Tcvn3,
    Vni,
}

/// Limits and choices for reading. The defaults are generous: a work programme is tens
/// of kilobytes, a year of reports a few megabytes.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Refuse inputs larger than this many bytes.
    pub max_bytes: u64,
    /// Refuse text with a line longer than this many characters (after decoding): such a
    /// line is a sign of binary data or an export with no line ends at all.
    pub max_line_chars: usize,
    pub encoding: Encoding,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_bytes: 512 * 1024 * 1024, max_line_chars: 1_000_000, encoding: Encoding::Auto }
    }
}

/// Reads and outlines one document from a path, or from standard input when `path` is `-`.
pub fn read_document(path: &str, opts: &ReadOptions) -> Result<Document> {
    let bytes = read_bytes(path, opts)?;
    let (text, notes) = decode(&bytes, opts).map_err(|p| Error::input(path, p))?;
    // The raw bytes are not needed once decoded: freed before the outline's peak.
    drop(bytes);
    Ok(outline_decoded(path, text, notes))
}

/// Outlines a document already in memory; `name` is used in messages and output.
pub fn document_from_bytes(name: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Document> {
    let (text, notes) = decode(bytes, opts).map_err(|p| Error::input(name, p))?;
    Ok(outline_decoded(name, text, notes))
}

fn outline_decoded(name: &str, text: String, notes: Vec<String>) -> Document {
    let mut doc = crate::outline::outline_text(name, text);
    doc.notes.splice(0..0, notes);
    doc
}

/// Reads the raw bytes of a path (or standard input), enforcing the size limit before
/// reading everything into memory.
pub fn read_bytes(path: &str, opts: &ReadOptions) -> Result<Vec<u8>> {
    let err = |p: Problem| Error::input(path, p);
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .take(opts.max_bytes.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| err(Problem::Io(e)))?;
        if buf.len() as u64 > opts.max_bytes {
            return Err(err(Problem::TooLarge { size: buf.len() as u64, limit: opts.max_bytes }));
        }
        return Ok(buf);
    }
    let p = Path::new(path);
    let meta = std::fs::metadata(p).map_err(|e| err(Problem::Io(e)))?;
    if meta.is_dir() {
        return Err(err(Problem::Directory));
    }
    if meta.len() > opts.max_bytes {
        return Err(err(Problem::TooLarge { size: meta.len(), limit: opts.max_bytes }));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(p)
        .and_then(|f| f.take(opts.max_bytes.saturating_add(1)).read_to_end(&mut buf))
        .map_err(|e| err(Problem::Io(e)))?;
    if buf.len() as u64 > opts.max_bytes {
        return Err(err(Problem::TooLarge { size: buf.len() as u64, limit: opts.max_bytes }));
    }
    Ok(buf)
}

/// Signatures of binary formats people mistake for documents, with a name a user knows.
const MAGIC: &[(&[u8], &str, &str)] = &[
    (b"\x89PNG", "a PNG image", "ảnh PNG"),
    (b"\xFF\xD8\xFF", "a JPEG image", "ảnh JPEG"),
    (b"GIF8", "a GIF image", "ảnh GIF"),
    (b"II*\x00", "a TIFF image", "ảnh TIFF"),
    (b"MM\x00*", "a TIFF image", "ảnh TIFF"),
    (b"\x7FELF", "an executable", "tệp chương trình"),
    (b"MZ", "a Windows executable", "tệp chương trình Windows"),
    (b"\x1F\x8B", "a gzip archive", "tệp nén gzip"),
    (b"7z\xBC\xAF", "a 7-Zip archive", "tệp nén 7-Zip"),
    (b"Rar!", "a RAR archive", "tệp nén RAR"),
    (b"{\\rtf", "an RTF document; save it as DOCX", "tài liệu RTF; hãy lưu lại dạng DOCX"),
];

/// Decodes bytes into NFC text with `\n` line ends. Returns notes on anything guessed.
pub fn decode(bytes: &[u8], opts: &ReadOptions) -> std::result::Result<(String, Vec<String>), Problem> {
    let mut notes = Vec::new();
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    if bytes.len() as u64 > opts.max_bytes {
        return Err(Problem::TooLarge { size: bytes.len() as u64, limit: opts.max_bytes });
    }
    if formats::docx::looks_like_zip(bytes) {
        let limits = formats::docx::DocxLimits { max_output: opts.max_bytes, ..Default::default() };
        let text = formats::docx::docx_to_text(bytes, &limits)?;
        return finish(text, opts, notes);
    }
    if formats::pdf::looks_like_pdf(bytes) {
        let text = formats::pdf::pdf_to_text_within(bytes, opts.max_bytes)?;
        return finish(text, opts, notes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(formats::docx::ole_problem(bytes));
    }
    for (magic, en, vi) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(Problem::Binary(Said::new(*en, *vi)));
        }
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8(rest, opts, &mut notes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)?
    } else {
        if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
            return Err(Problem::Binary(Said::new("it contains NUL bytes", "có byte NUL")));
        }
        utf8(bytes, opts, &mut notes)?
    };
    let head: String = text.chars().take(512).collect::<String>().to_ascii_lowercase();
    let head = head.trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return Err(Problem::Format(Said::new(
            "is an HTML page; save the page as text (or the original as DOCX) and try again",
            "là một trang HTML; hãy lưu trang dưới dạng văn bản (hoặc lấy bản gốc dạng DOCX) rồi thử lại",
        )));
    }
    finish(text, opts, notes)
}

fn utf8(bytes: &[u8], opts: &ReadOptions, notes: &mut Vec<String>) -> std::result::Result<String, Problem> {
    use formats::legacy::{self, LegacyEncoding};
    let forced = match opts.encoding {
        Encoding::Tcvn3 => Some(LegacyEncoding::Tcvn3),
        Encoding::Vni => Some(LegacyEncoding::Vni),
        _ => None,
    };
    // Checked with SIMD first (Vietnamese text is mostly multi-byte characters, slow for the
    // standard check); the standard one says where a bad byte is.
    let checked = match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(bytes),
    };
    match checked {
        Ok(s) => {
            if let Some(enc) = forced {
                return Ok(convert_legacy(s, enc));
            }
            if opts.encoding == Encoding::Auto
                && !clearly_unicode_vietnamese(s)
                && let Some(enc) = legacy::detect(s)
            {
                notes.push(format!("text looked like {} legacy encoding; converted to Unicode", enc_name(enc)));
                return Ok(convert_legacy(s, enc));
            }
            Ok(s.to_string())
        }
        Err(e) => {
            let latin = legacy::bytes_to_latin(bytes);
            if let Some(enc) = forced {
                return Ok(convert_legacy(&latin, enc));
            }
            if opts.encoding == Encoding::Auto
                && let Some(enc) = legacy::detect(&latin)
            {
                notes.push(format!("text is in the {} legacy encoding; converted to Unicode", enc_name(enc)));
                return Ok(convert_legacy(&latin, enc));
            }
            let offset = e.valid_up_to();
            Err(Problem::Encoding { offset, byte: bytes[offset] })
        }
    }
}

/// A cheap test that spares the legacy-encoding guess on ordinary Unicode text: plenty of
/// letters only Unicode Vietnamese has (ơ ư ă đ and the U+1EA0–U+1EF9 block) and almost
/// none of the Latin-1 symbols that TCVN3 and VNI text shows when read as Unicode.
fn clearly_unicode_vietnamese(s: &str) -> bool {
    const LATIN1_VIET: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    // The same set as bits (bit n for U+0080 + n), so that a character is one shift, not a
    // search of the string: most of a Vietnamese text's letters outside ASCII are asked.
    const LATIN1_VIET_BITS: u128 = {
        let b = LATIN1_VIET.as_bytes();
        let mut m = 0u128;
        let mut i = 0;
        while i < b.len() {
            let cp = (((b[i] & 0x1F) as u32) << 6) | (b[i + 1] & 0x3F) as u32;
            m |= 1u128 << (cp - 0x80);
            i += 2;
        }
        m
    };
    let (mut viet, mut odd) = (0usize, 0usize);
    // The first 256 KB decide: a legacy encoding shows on every line.
    let mut end = s.len().min(256 * 1024);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    // Decoded by hand: ASCII bytes are skipped one by one, and only the code point of the
    // others is needed (the text is valid UTF-8).
    let b = &s.as_bytes()[..end];
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            i += 1;
            continue;
        }
        let (cp, len) = if x < 0xE0 {
            ((((x & 0x1F) as u32) << 6) | (b[i + 1] & 0x3F) as u32, 2)
        } else if x < 0xF0 {
            ((((x & 0x0F) as u32) << 12) | (((b[i + 1] & 0x3F) as u32) << 6) | (b[i + 2] & 0x3F) as u32, 3)
        } else {
            // Beyond U+FFFF: counted neither way.
            (0x10000, 4)
        };
        i += len;
        match cp {
            0x1EA0..=0x1EF9 | 0x103 | 0x102 | 0x111 | 0x110 | 0x1A1 | 0x1A0 | 0x1B0 | 0x1AF => {
                viet += 1;
                // Thousands of Unicode letters and next to no odd symbol: decided (a legacy
                // encoding would have shown on every line by now).
                if viet >= 1024 && odd * 200 < viet {
                    return true;
                }
            }
            0x80..=0xFF if (LATIN1_VIET_BITS >> (cp - 0x80)) & 1 == 0 && cp != 0xA0 => odd += 1,
            _ => {}
        }
    }
    viet >= 20 && odd * 50 < viet
}

fn enc_name(enc: formats::legacy::LegacyEncoding) -> &'static str {
    match enc {
        formats::legacy::LegacyEncoding::Tcvn3 => "TCVN3 (ABC, .VnTime)",
        formats::legacy::LegacyEncoding::Vni => "VNI",
    }
}

fn convert_legacy(s: &str, enc: formats::legacy::LegacyEncoding) -> String {
    match enc {
        formats::legacy::LegacyEncoding::Tcvn3 => formats::legacy::decode_tcvn3(s),
        formats::legacy::LegacyEncoding::Vni => formats::legacy::decode_vni(s),
    }
}

fn utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> std::result::Result<String, Problem> {
    let units = bytes.chunks_exact(2).map(|c| f([c[0], c[1]]));
    char::decode_utf16(units)
        .enumerate()
        .map(|(i, r)| {
            r.map_err(|_| Problem::Encoding { offset: 2 + 2 * i, byte: bytes.get(2 * i).copied().unwrap_or(0) })
        })
        .collect()
}

/// Line ends, NFC, control characters, limits: the same for every input kind.
fn finish(text: String, opts: &ReadOptions, notes: Vec<String>) -> std::result::Result<(String, Vec<String>), Problem> {
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
    // Control characters other than line ends and tabs: C0 bytes, or C1 (U+0080–U+009F,
    // "\xC2\x80"–"\xC2\x9F" in UTF-8). Most text has none and is kept as it is.
    let b = text.as_bytes();
    let control_at = |i: usize| {
        let c = b[i];
        (c < 0x20 && c != b'\n' && c != b'\t')
            || c == 0x7f
            || (c == 0xC2 && b.get(i + 1).is_some_and(|&d| (0x80..0xA0).contains(&d)))
    };
    // 64 bytes at a time without branching (the compiler vectorises it); a block with a
    // candidate byte is then looked at byte by byte.
    let any_control = b.chunks(64).enumerate().any(|(k, chunk)| {
        let candidate = chunk
            .iter()
            .fold(false, |acc, &c| acc | ((c < 0x20) & (c != b'\n') & (c != b'\t')) | (c == 0x7f) | (c == 0xC2));
        candidate && (k * 64..k * 64 + chunk.len()).any(control_at)
    });
    let mut controls = 0usize;
    let cleaned: String = if !any_control {
        text
    } else {
        text.chars()
            .filter(|&c| {
                if c.is_control() && c != '\n' && c != '\t' {
                    if c != '\x0c' {
                        controls += 1;
                    }
                    return c == '\x0c';
                }
                true
            })
            .map(|c| if c == '\x0c' { '\n' } else { c })
            .collect()
    };
    // (With no control character the test cannot fail: the characters are not counted.)
    if controls > 0 && controls * 50 > cleaned.chars().count().max(1) {
        return Err(Problem::Binary(Said::new(
            format!("{controls} control characters"),
            format!("{controls} ký tự điều khiển"),
        )));
    }
    // Most text is already NFC; the quick check skips the rewrite for it.
    let text = if crate::normalize::is_nfc_quick_yes(&cleaned, |c| matches!(c, '\u{a0}' | '\u{ad}' | 'ƣ' | 'Ƣ')) {
        cleaned
    } else {
        crate::normalize::nfc(&cleaned)
    };
    if !text.chars().any(|c| c.is_alphanumeric()) {
        return Err(Problem::NoText);
    }
    // No line is longer than the whole text: a text within the limit is not split.
    if text.len() > opts.max_line_chars
        && let Some(len) = text
            .split('\n')
            .filter(|l| l.len() > opts.max_line_chars)
            .map(|l| l.chars().count())
            .find(|&n| n > opts.max_line_chars)
    {
        return Err(Problem::LineTooLong { len, limit: opts.max_line_chars });
    }
    Ok((text, notes))
}

/// A first-character check holds the anchored patterns' answers.
#[cfg(test)]
mod anchored_tests {
    use super::Anchored;

    /// Each pattern's matches start with one of its `firsts`: a text of each alternative
    /// matches both ways, and with its first character changed to any other of the Latin
    /// blocks it matches the pattern exactly when it matches the guarded pattern.
    fn check(a: &Anchored, samples: &[&str]) {
        let others = (0u32..0x250).chain(0x1E00..0x1F00).filter_map(char::from_u32);
        for s in samples {
            assert!(a.regex.is_match(s), "{s:?} is a sample of the pattern");
            assert!(a.is_match(s), "{s:?}");
            let rest = &s[s.chars().next().map_or(0, char::len_utf8)..];
            for c in others.clone() {
                let t = format!("{c}{rest}");
                assert_eq!(a.regex.is_match(&t), a.is_match(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn guarded_patterns_match_as_the_patterns_do() {
        use super::meta::anchored_samples as meta;
        for (a, samples) in meta().into_iter().chain(super::repair::anchored_samples()) {
            check(a, samples);
        }
    }
}

/// Strings for the tests that hold a reader written by hand equal to the pattern it replaced.
#[cfg(test)]
pub(crate) mod test_strings {
    /// Calls `f` with `start` followed by every string of up to `depth` characters of `alphabet`.
    pub(crate) fn each(alphabet: &[char], start: &str, depth: usize, f: &mut dyn FnMut(&str)) {
        fn walk(alphabet: &[char], depth: usize, buf: &mut String, f: &mut dyn FnMut(&str)) {
            f(buf);
            if depth == 0 {
                return;
            }
            for &c in alphabet {
                buf.push(c);
                walk(alphabet, depth - 1, buf, f);
                buf.pop();
            }
        }
        walk(alphabet, depth, &mut start.to_string(), f);
    }

    /// Calls `f` with `n` strings drawn at random (a fixed seed, so every run is the same):
    /// `start`, then `min_len` to `min_len + 31` characters of `alphabet`.
    pub(crate) fn random(alphabet: &[char], start: &str, min_len: usize, n: usize, f: &mut dyn FnMut(&str)) {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..n {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let mut t = start.to_string();
            for k in 0..(seed >> 59) as usize + min_len {
                let r = (seed.rotate_left(7 * k as u32 + 3) ^ (k as u64).wrapping_mul(0x2545_F491_4F6C_DD1D)) >> 7;
                t.push(alphabet[(r % alphabet.len() as u64) as usize]);
            }
            f(&t);
        }
    }
}
