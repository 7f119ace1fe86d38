//! Layout repair: from the lines of extracted text to paragraphs, undoing what DOCX/PDF
//! extraction did to the layout. Hard wraps are joined, blank-line doubling ignored,
//! words split across lines rejoined ("trư"/"ớc"), document symbols broken after a
//! hyphen rejoined ("04/KH-"/"BCĐ"), page-break lines and lone page numbers dropped,
//! footnote bodies taken out of the body (even in mid-sentence) and their markers
//! unfused from the words they stick to ("dự án1", "20242"). The document's own typing
//! slips are left as they are.
//!
//! Paragraph breaks are decided from the text, not from blank lines, because some
//! extractions put a blank line after every line and others put blank lines inside
//! sentences. A paragraph ends where a line ends a sentence, where the next line starts
//! a numbered or bulleted item, or where a line is clearly shorter than the text width
//! and the next one starts with a capital (a heading or a header line).

use super::Anchored;
use super::parts::{is_step_table_start, is_table_start, step_number};
use crate::model::{Footnote, LineRange, Lines};
use regex_lite::Regex;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// Footnote markers are replaced in the text by `FN_OPEN` number `FN_CLOSE` (characters
/// from the Private Use Area, which cleaning removes from the input) so that the outline
/// can attach each footnote to the task its marker stands in.
pub const FN_OPEN: char = '\u{F8F0}';
pub const FN_CLOSE: char = '\u{F8F1}';

/// A paragraph of the body after repair.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    /// The text with hard wraps joined and white space collapsed.
    pub text: String,
    pub lines: LineRange,
    /// Where each source line starts in `text`, with its line number.
    pub line_starts: LineMap,
    /// For a cell of a table written one row to a line, cells parted by tabs (see
    /// `tab_table_rows`), its column (0 for the row-number column). The row is the line.
    pub cell: Option<u16>,
}

impl Para {
    /// The source lines covered by the byte range `start..end` of `text`.
    pub fn lines_of(&self, start: usize, end: usize) -> LineRange {
        let m = &self.line_starts;
        LineRange::new(m.line_at(start), m.line_at(end.saturating_sub(1).max(start)))
    }

    /// The paragraph made of the bytes `start..end` of this one's text (white space at its
    /// ends trimmed), with its own source lines: two such pieces may share a line.
    pub fn piece(&self, start: usize, end: usize) -> Para {
        let raw = &self.text[start..end];
        let start = start + (raw.len() - raw.trim_start().len());
        let end = start + raw.trim().len();
        let m = &self.line_starts;
        let mut line_starts = LineMap::starting(m.line_at(start));
        for (off, line) in m.starts().filter(|&(off, _)| off > start && off < end) {
            line_starts.push(off - start, line);
        }
        Para { text: self.text[start..end].to_string(), lines: self.lines_of(start, end), line_starts, cell: self.cell }
    }
}

/// Byte offsets in a paragraph's text where each of its source lines starts, and their line
/// numbers. Offsets take 4 bytes a line; a line number is stored only where it does not
/// follow on from the line before (a blank line, a page number or a footnote between), so
/// that a paragraph of a million wrapped lines costs 4 MB, not 16 (texts are limited to
/// 4 GiB by the reader). A one-line paragraph, the common case, holds its line's number
/// and nothing else: 16 bytes, where the two empty vectors took 48, and a text of short
/// lines is mostly such paragraphs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineMap {
    /// The first line's number (it starts at offset 0).
    first: u32,
    /// The second and later lines, if any.
    more: Option<Box<MoreLines>>,
}

/// The lines of a paragraph after its first.
#[derive(Debug, Clone, PartialEq, Default)]
struct MoreLines {
    /// Where the second and later lines start.
    offsets: Vec<u32>,
    /// (index of a line, its number) where the numbering does not follow on.
    jumps: Vec<(u32, u32)>,
}

impl LineMap {
    /// A map with one line, number `line`, at offset 0.
    pub fn starting(line: usize) -> LineMap {
        LineMap { first: line as u32, more: None }
    }
    pub fn len(&self) -> usize {
        1 + self.offsets().len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
    fn offsets(&self) -> &[u32] {
        self.more.as_ref().map_or(&[], |m| &m.offsets)
    }
    fn jumps(&self) -> &[(u32, u32)] {
        self.more.as_ref().map_or(&[], |m| &m.jumps)
    }
    /// Records that line number `line` starts at byte `offset` (offsets grow).
    pub fn push(&mut self, offset: usize, line: usize) {
        let j = self.len();
        let follows = self.line_of(j - 1) + 1 == line;
        let more = self.more.get_or_insert_with(Box::default);
        if !follows {
            more.jumps.push((j as u32, line as u32));
        }
        more.offsets.push(offset as u32);
    }
    /// The line number of the `j`-th line of the paragraph.
    fn line_of(&self, j: usize) -> usize {
        let jumps = self.jumps();
        match jumps.partition_point(|&(i, _)| i as usize <= j) {
            0 => self.first as usize + j,
            q => {
                let (i, line) = jumps[q - 1];
                line as usize + (j - i as usize)
            }
        }
    }
    fn offset_of(&self, j: usize) -> usize {
        if j == 0 { 0 } else { self.offsets()[j - 1] as usize }
    }
    /// Each line's start in the text and its number, in order.
    pub fn starts(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.len()).map(|j| (self.offset_of(j), self.line_of(j)))
    }
    /// The line number of the source line that holds byte `off`.
    pub fn line_at(&self, off: usize) -> usize {
        self.line_of(self.offsets().partition_point(|&o| o as usize <= off))
    }
    /// Appends `other`'s lines, their offsets moved by `shift` (`other`'s text appended at
    /// byte `shift`).
    pub fn append_shifted(&mut self, other: &LineMap, shift: usize) {
        for j in 0..other.len() {
            self.push(other.offset_of(j) + shift, other.line_of(j));
        }
    }
}

/// The result of layout repair.
#[derive(Debug, Clone, Default)]
pub struct Repaired<'a> {
    pub paras: Vec<Para>,
    pub footnotes: Vec<Footnote>,
    /// Cleaned source lines (index = line number − 1): stray characters and odd spaces
    /// removed, not trimmed. Metadata is read from these. The source lines themselves when
    /// no line needed cleaning (most text), so that they are not held twice.
    pub clean: Cow<'a, Lines>,
    pub notes: Vec<String>,
    pub layout: Layout,
    /// The legal portal's page after the document (see [`portal_start`]), left out of the
    /// paragraphs.
    pub portal: Option<LineRange>,
}

/// Cleans one source line: odd spaces to spaces, Private Use Area bullets (U+F0B7 and
/// friends) to "-", zero-width characters out, and a stray lower-case letter fused to a
/// capitalised word at the start of a line ("ơCHƯƠNG TRÌNH") removed.
pub fn clean_line(line: &str) -> Cow<'_, str> {
    // Most lines need nothing: no odd character, no "#" markup, no fused letter.
    // The odd characters are all encoded with a lead byte 0xC2 (U+00A0, U+00AD), 0xE2
    // (U+2000–U+206F), 0xE3 (U+3000), 0xEE or 0xEF (Private Use Area, U+FEFF); Vietnamese
    // letters never are, so a line without those bytes is plain without decoding it.
    // Looked for with memchr's vector search, not byte by byte.
    let b = line.as_bytes();
    let odd_byte = memchr::memchr3(b'\t', b'#', 0xC2, b).is_some()
        || memchr::memchr2(0xE2, 0xE3, b).is_some()
        || memchr::memchr2(0xEE, 0xEF, b).is_some();
    let plain = !odd_byte
        || line.chars().all(|c| {
            !matches!(c, '\u{00A0}' | '\u{2000}'..='\u{200D}' | '\u{202F}' | '\u{205F}' | '\u{2060}'
                | '\u{3000}' | '\u{FEFF}' | '\u{00AD}' | '\u{E000}'..='\u{F8FF}' | '\t' | '#')
        });
    if plain && !fused_letter(line) {
        return match alt_label_mark(line) {
            None => Cow::Borrowed(line),
            Some((at, mark)) => {
                let mut out = line.to_string();
                out.replace_range(at..at + 1, mark);
                Cow::Owned(out)
            }
        };
    }
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => out.push(' '),
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\u{E000}'..='\u{F8FF}' => {
                if out.trim().is_empty() {
                    out.push('-');
                }
            }
            _ => out.push(c),
        }
    }
    // "# DANH MỤC …": heading markup left by a Markdown or wiki export; "#" alone on its
    // line is an empty heading, a break between paragraphs.
    let lead = out.len() - out.trim_start().len();
    let hashes = out[lead..].chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && out[lead + hashes..].trim().is_empty() {
        out.clear();
    } else if (1..=6).contains(&hashes) && out[lead + hashes..].starts_with(' ') {
        out.replace_range(lead..lead + hashes + 1, "");
    }
    // "ơCHƯƠNG": one lower-case letter glued to an upper-case word.
    if fused_letter(&out) {
        let lead = out.len() - out.trim_start().len();
        let i1 = out[lead..].chars().next().map_or(0, char::len_utf8);
        out.replace_range(lead..lead + i1, "");
    }
    if let Some((at, mark)) = alt_label_mark(&out) {
        out.replace_range(at..at + 1, mark);
    }
    Cow::Owned(out)
}

/// A label written with another mark than the grammar's, as many offices type them: "I/",
/// "III-", "1/", "1)", "1-", "a/", before a space and a capital ("1/ Tổ chức …", not
/// "1/2026" nor "1-2 ngày"). Returns where the mark is and the grammar's mark for it ("I.",
/// "1.", "a)"): one ASCII byte for another, so that offsets into the line hold and the
/// label is read everywhere (layout repair, the grammar) as the usual one. None for most
/// lines, at the cost of a look at their first bytes.
pub(crate) fn alt_label_mark(line: &str) -> Option<(usize, &'static str)> {
    let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
    let b = &line.as_bytes()[lead..];
    let run = |f: fn(&u8) -> bool| b.iter().take_while(|c| f(c)).count();
    let digits = run(u8::is_ascii_digit);
    let roman = run(|c| matches!(c, b'I' | b'V' | b'X' | b'L'));
    let (k, mark) = match (digits, roman) {
        (1..=2, _) => (digits, b.get(digits).filter(|m| matches!(m, b'/' | b')' | b'-')).map(|_| ".")),
        (0, 1..=7) => (roman, b.get(roman).filter(|m| matches!(m, b'/' | b'-')).map(|_| ".")),
        _ if b.first().is_some_and(u8::is_ascii_lowercase) => (1, (b.get(1) == Some(&b'/')).then_some(")")),
        _ if b.starts_with("đ".as_bytes()) => (2, (b.get(2) == Some(&b'/')).then_some(")")),
        _ => return None,
    };
    let mark = mark?;
    let rest = &line[lead + k + 1..];
    let next = rest.trim_start_matches([' ', '\t']).chars().next()?;
    let capital = next.is_uppercase() || matches!(next, '“' | '"');
    let roman_ok = digits > 0 || roman == 0 || super::grammar::roman_value(&line[lead..lead + k]).is_some();
    (rest.starts_with([' ', '\t']) && capital && roman_ok).then_some((lead + k, mark))
}

/// "ơCHƯƠNG": one lower-case letter glued to an upper-case word at the start of a line.
fn fused_letter(line: &str) -> bool {
    let mut it = line.trim_start().chars();
    matches!((it.next(), it.next(), it.next()), (Some(a), Some(b), Some(c))
        if a.is_lowercase() && b.is_uppercase() && c.is_uppercase())
}

static FOOTNOTE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,3})[ \t]+[0-9A-Za-zÀ-ỹ“\x22(\[]").unwrap());

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Blank,
    Page,
    Footnote,
    Body,
}

/// Repairs the layout of a whole text.
pub fn repair(text: &str) -> Repaired<'static> {
    let lines = Lines::from_text(text.to_string());
    let r = repair_lines(&lines);
    Repaired { clean: Cow::Owned(r.clean.into_owned()), ..r }
}

/// Layout repair of a document's source lines.
pub fn repair_lines(lines: &Lines) -> Repaired<'_> {
    let clean: Cow<Lines> = match lines.iter().position(|l| matches!(clean_line(l), Cow::Owned(_))) {
        None => Cow::Borrowed(lines),
        Some(first) => {
            // One allocation of the right size; the lines before the first that needs
            // cleaning are copied without being looked at again.
            let mut c = Lines::with_capacity(lines.span(0..lines.len()).len() + 1, lines.len());
            for l in lines.iter().take(first) {
                c.push(l);
            }
            for l in lines.iter().skip(first) {
                c.push(&clean_line(l));
            }
            Cow::Owned(c)
        }
    };
    let mut kinds: Vec<Kind> = clean
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                Kind::Blank
            } else if is_page_number(l) {
                Kind::Page
            } else {
                Kind::Body
            }
        })
        .collect();
    let portal = portal_start(lines).map(|at| {
        kinds[at..].fill(Kind::Blank);
        let end = (at..lines.len()).rev().find(|&i| !lines[i].trim().is_empty()).unwrap_or(at);
        LineRange::new(at + 1, end + 1)
    });
    let mut footnotes = find_footnotes(&clean, &mut kinds);
    let mut bracketed = find_bracket_notes(&clean, &mut kinds);
    keep_row_numbers(&clean, &mut kinds);
    let rows = tab_table_rows(lines, &kinds);
    let source = lines;
    let lines: Vec<u32> = (0..clean.len()).filter(|&i| kinds[i] == Kind::Body).map(|i| (i + 1) as u32).collect();
    let mut body = Body { clean: &clean, lines, edited: BTreeMap::new() };
    unfuse_markers(&mut body, &mut footnotes);
    place_bracket_markers(&mut body, &mut bracketed);
    footnotes.append(&mut bracketed);
    let width = text_width(&body);
    let vocab = vocabulary(&body);
    let layout = detect_layout(&clean, &kinds);
    let paras = join(&body, width, &vocab, layout, &kinds, (source, &rows));
    drop(vocab);
    let mut notes = Vec::new();
    let missing: Vec<String> =
        footnotes.iter().filter(|f| f.marker_line.is_none()).map(|f| f.number.to_string()).collect();
    if !missing.is_empty() {
        notes.push(format!("footnote marker not found in the body for footnote(s) {}", missing.join(", ")));
    }
    drop(body);
    Repaired { paras, footnotes, clean, notes, layout, portal }
}

/// Where the legal portal's page starts after the document, as 0-based line index: a
/// text saved from thuvienphapluat.vn (more than half of the real documents) goes on after
/// the signature and attachments with the document's name again, "Văn bản này chưa cập nhật
/// nội dung Tiếng Anh", a summary, then "## Văn bản liên quan" and the portal's lists of
/// related documents, help for its comparison view, its address and notices to members.
/// Read as text, all that became an attachment with tasks ("Click trái để xem …"), and the
/// name line, with no blank line before it, ran into the last task.
fn portal_start(lines: &Lines) -> Option<usize> {
    const RELATED: &str = "## Văn bản liên quan";
    memchr::memmem::find(lines.span(0..lines.len()).as_bytes(), RELATED.as_bytes())?;
    let k = lines.iter().position(|l| l.trim_end() == RELATED)?;
    // The name and the English-version notice before it are the portal's too.
    let start = match k.checked_sub(3) {
        Some(name) if lines[k - 2].trim_start().starts_with("Văn bản này") => name,
        _ => k,
    };
    // So is its list of the files attached ("FILE ĐƯỢC ĐÍNH KÈM THEO" / "VĂN BẢN") just before.
    let mut i = start;
    while i > 0 && lines[i - 1].trim().is_empty() {
        i -= 1;
    }
    let mut words = String::new();
    for j in (i.saturating_sub(3)..i).rev() {
        if lines[j].trim().is_empty() {
            break;
        }
        words.insert_str(0, &format!("{} ", lines[j].trim()));
        if words.starts_with("FILE ĐƯỢC ĐÍNH KÈM") {
            return Some(j);
        }
    }
    Some(start)
}

/// The body's lines (those not blank, page numbers or footnotes), trimmed, by position:
/// line numbers into the cleaned lines, and a copy only of the few lines that repair
/// edits (a footnote marker unfused), so that the body costs 4 bytes a line.
struct Body<'a> {
    clean: &'a Lines,
    /// 1-based line numbers.
    lines: Vec<u32>,
    /// By body line. A B-tree, not a hash map: `text` looks here for every line of a
    /// document with footnotes, and a few comparisons cost less than hashing the key.
    edited: BTreeMap<usize, String>,
}

impl Body<'_> {
    fn len(&self) -> usize {
        self.lines.len()
    }
    /// The 1-based line number of body line `k`.
    fn line(&self, k: usize) -> usize {
        self.lines[k] as usize
    }
    fn text(&self, k: usize) -> &str {
        // Most documents have no edited line: no lookup then.
        if !self.edited.is_empty()
            && let Some(t) = self.edited.get(&k)
        {
            return t;
        }
        self.clean[self.line(k) - 1].trim()
    }
}

/// A lone number is a page number only far from any other lone number: pages are dozens of
/// lines long, while a table extracted one cell per line has a row-number cell every few
/// lines ("1" / "1.014383.H13" / "Thủ tục …" / "2" …). Lone numbers that close together
/// are body text (the table's cells), except one that closes a page's footnotes. A row may
/// run over many lines (a procedure's row with its legal grounds: 40 lines and more), so a
/// lone number far from the others is a row number too when it is the next number after the
/// last row number kept ("03" … "4"), or 1 again (the next group's first row), or 1 after
/// the heading of a table's row-number column ("Số TT" … "1" forty lines before "2"): in the real
/// documents all such numbers are rows or numbered headings of tables, none a page; a page
/// number after a table's row of the same value less one would be read as a row (a line of
/// text kept, none lost).
fn keep_row_numbers(clean: &Lines, kinds: &mut [Kind]) {
    const PAGE_MIN_GAP: usize = 25;
    let pages: Vec<usize> = (0..kinds.len()).filter(|&i| kinds[i] == Kind::Page).collect();
    let after_footnote =
        |kinds: &[Kind], i: usize| kinds[..i].iter().rev().find(|k| **k != Kind::Blank) == Some(&Kind::Footnote);
    for (k, &i) in pages.iter().enumerate() {
        let near_prev = k > 0 && i - pages[k - 1] < PAGE_MIN_GAP;
        let near_next = pages.get(k + 1).is_some_and(|&j| j - i < PAGE_MIN_GAP);
        // Asked only when near another number, so the scan back passes fewer than 25 lines.
        if (near_prev || near_next) && !after_footnote(kinds, i) {
            kinds[i] = Kind::Body;
        }
    }
    // The row numbers' sequence: the value of the last lone number kept in the body.
    let mut last: Option<u32> = None;
    for i in 0..kinds.len() {
        if kinds[i] == Kind::Blank || kinds[i] == Kind::Footnote {
            continue;
        }
        if !is_bare_number(&clean[i]) {
            // A table's row-number column ("STT", "Số TT"): its first row is 1.
            if last.is_none() && is_table_start(&clean[i]) {
                last = Some(0);
            }
            continue;
        }
        // A count with its unit on the line after ("03" / "ngày làm việc kể từ …", a time
        // limit's cell) is the cell's text, not a row: the rows' sequence goes on past it. A
        // page number stays one ("… số 12/QĐ-UBND" / "3" / "ngày 12/3/2025", the page broken
        // inside a sentence).
        let unit_after = || {
            clean
                .get(i + 1)
                .and_then(|l| l.split_whitespace().next())
                .is_some_and(|w| DURATION_UNITS.contains(&w.trim_end_matches([',', ';', '.'])))
        };
        if kinds[i] == Kind::Body && unit_after() {
            continue;
        }
        let n: u32 = clean[i].trim_matches([' ', '\t']).parse().unwrap_or(0);
        if kinds[i] == Kind::Page {
            // The next number, or 1 again: the first row of the next group ("B. THỦ TỤC … CẤP XÃ" / "1").
            if last.is_none_or(|l| n != l + 1 && n != 1) || after_footnote(kinds, i) {
                continue;
            }
            kinds[i] = Kind::Body;
        }
        last = Some(n);
    }
}

/// A line that is a number of one to three digits and nothing else: a row-number cell
/// (page numbers are taken out before).
fn is_bare_number(l: &str) -> bool {
    let t = l.trim_matches([' ', '\t']);
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A Roman number alone on its line, with or without its dot: "II", "IV.".
fn is_bare_roman(l: &str) -> bool {
    let t = l.trim_matches([' ', '\t']);
    let t = t.strip_suffix('.').unwrap_or(t);
    (1..=7).contains(&t.len()) && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// A decimal label alone on its line, with or without its final dot: "2.1", "1.2.3.".
fn is_bare_decimal(l: &str) -> bool {
    let t = l.trim_matches([' ', '\t']);
    let t = t.strip_suffix('.').unwrap_or(t);
    // Two to four groups of one or two digits ("1.000", a thousand, has three).
    (2..=4).contains(&t.split('.').count())
        && t.split('.').all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A lone page number: "12", " 3 " (one to three digits and nothing else). A page is never
/// numbered "01": a zero-padded number is a table's row number ("01" / "2.000908" / "Cấp bản
/// sao …"), kept however far the next row is (106 such lines in 17 real documents, all
/// table cells; a procedure's row runs over 40 lines and more).
fn is_page_number(l: &str) -> bool {
    is_bare_number(l) && !l.trim_start().starts_with('0')
}

/// How the extraction laid paragraphs out, decided per document from its own lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Blank lines separate paragraphs (Word or HTML exports, the portal's text): the lines
    /// of one block are one paragraph wrapped at odd places, whatever letter they start with.
    #[default]
    Blocks,
    /// Blank lines carry no meaning (a blank after every line, or none at all): paragraphs are
    /// decided from sentence ends, numbering and line length (PDF-like hard wraps).
    Lines,
}

/// Decides the layout. Where a blank line follows every line, the line after a blank often
/// starts in lower case (a sentence running on); where blank lines separate paragraphs, almost
/// never (only a letter label "a)" or a table cell). Text with few blank lines is hard-wrapped.
fn detect_layout(clean: &Lines, kinds: &[Kind]) -> Layout {
    let mut nonblank = 0usize;
    let mut gaps = 0usize;
    let mut lower_after_gap = 0usize;
    let mut prev: Option<usize> = None;
    for (i, l) in clean.iter().enumerate() {
        if kinds[i] != Kind::Body {
            continue;
        }
        nonblank += 1;
        if let Some(p) = prev
            && (p + 1..i).any(|k| kinds[k] == Kind::Blank)
        {
            gaps += 1;
            let t = l.trim_start();
            let lower = first_char(t).is_some_and(|c| c.is_lowercase());
            let letter_label = is_letter_label(t);
            if lower && !letter_label {
                lower_after_gap += 1;
            }
        }
        prev = Some(i);
    }
    // A blank line after (nearly) every line, as some extractions leave it, says nothing of
    // where paragraphs end: when one gap in ten or more is followed by a small letter (a
    // paragraph's wrapped lines), the blanks are doubling and the lines are read as lines.
    // A decision or resolution in that layout has fewer small letters after its breaks than
    // a programme (names, "Điều", "Nghị định" open its wrapped lines: 12–26% in the real
    // documents laid out so, against 57–63% in the seeds), so the general bound below
    // missed it; text with a blank between paragraphs has blanks after a sixth to three
    // quarters of its lines, never nine in ten.
    let doubled = gaps * 10 >= nonblank * 9 && lower_after_gap * 10 >= gaps;
    if gaps >= 3 && gaps * 20 >= nonblank && lower_after_gap * 10 < gaps * 3 && !doubled {
        Layout::Blocks
    } else {
        Layout::Lines
    }
}

static LETTER_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[a-z]|đ)[).](?:[ \t]|$)").unwrap());

/// `LETTER_LABEL.is_match`, the pattern run only on text whose second character is ")" or ".".
fn is_letter_label(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some_and(super::grammar::is_list_letter)
        && matches!(cs.next(), Some(')' | '.'))
        && LETTER_LABEL.is_match(t)
}

/// Finds footnote bodies at page bottoms. A footnote area starts at a separator line
/// (ten or more spaces and nothing else, as PDF and Word extraction leave it) followed by
/// "N text" where N is the next footnote number; it ends at a lone page number or at a
/// line that starts with a space (the first line of the next page). A separator not
/// followed by the next number continues the previous footnote (a footnote running on
/// to the next page).
fn find_footnotes(clean: &Lines, kinds: &mut [Kind]) -> Vec<Footnote> {
    let mut notes: Vec<Footnote> = Vec::new();
    let mut i = 0;
    while i < clean.len() {
        let l = &clean[i];
        let is_sep = kinds[i] == Kind::Blank && l.chars().filter(|c| *c == ' ').count() >= 10;
        if !is_sep {
            i += 1;
            continue;
        }
        let expected = notes.last().map_or(1, |f| f.number + 1);
        let next = (i + 1..clean.len()).find(|&j| kinds[j] != Kind::Blank);
        let Some(first) = next else { break };
        let starts_note = |j: usize| {
            FOOTNOTE_START
                .captures(&clean[j])
                .and_then(|c| c[1].parse::<u32>().ok())
                .filter(|n| (*n >= expected && *n <= expected + 2) || *n == 1)
        };
        if starts_note(first).is_none() && notes.is_empty() {
            i += 1;
            continue;
        }
        // Inside the area.
        let mut j = first;
        let mut current: Option<usize> = if starts_note(first).is_some() { None } else { Some(notes.len() - 1) };
        while j < clean.len() {
            match kinds[j] {
                Kind::Blank => {
                    j += 1;
                    continue;
                }
                Kind::Page => {
                    kinds[j] = Kind::Page;
                    j += 1;
                    break;
                }
                _ => {}
            }
            let line = &clean[j];
            if j > first && line.starts_with(' ') {
                break;
            }
            let expected = notes.last().map_or(1, |f| f.number + 1);
            // Numbering may restart at 1 (documents joined into one file), but only as the
            // first line after a separator.
            let num = FOOTNOTE_START
                .captures(line)
                .and_then(|c| c[1].parse::<u32>().ok())
                .filter(|n| *n == expected || (*n == 1 && j == first));
            if let Some(n) = num {
                let text = FOOTNOTE_START.captures(line).map(|c| c.get(1).unwrap().end()).unwrap_or(0);
                notes.push(Footnote {
                    number: n,
                    text: collapse(&line[text..]),
                    lines: LineRange::new(j + 1, j + 1),
                    marker_line: None,
                });
                current = Some(notes.len() - 1);
            } else if let Some(c) = current {
                let f = &mut notes[c];
                f.text.push(' ');
                f.text.push_str(&collapse(line));
                f.lines.end = j + 1;
            }
            kinds[j] = Kind::Footnote;
            j += 1;
        }
        i = j;
    }
    notes
}

/// "[n]" at the start of a line, and the rest of the line.
fn bracket_note_start(line: &str) -> Option<(u32, &str)> {
    let rest = line.trim_start().strip_prefix('[')?;
    let close = rest.find(']')?;
    if close == 0 || close > 3 || !rest[..close].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((rest[..close].parse().ok()?, rest[close + 1..].trim()))
}

/// The markers "[n]" inside a trimmed line (not at its start), as (byte offset, number,
/// length): a number of one to three digits written without a leading zero.
fn bracket_markers(line: &str) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    line.match_indices('[').filter(|&(at, _)| at > 0).filter_map(move |(at, _)| {
        let rest = &line[at + 1..];
        let close = rest.find(']')?;
        let digits = &rest[..close];
        if !(1..=3).contains(&close) || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((at, digits.parse().ok()?, close + 2))
    })
}

/// Finds notes written with brackets, as a web page's text gives Word's footnotes and
/// endnotes: the marker "[n]" in the text ("… nhiều chương trình, kế hoạch[1] để …") and,
/// after the body or an attachment, the note at the start of a line ("[1] Các văn bản …",
/// or "[1]" alone with its text on the next lines). A line that opens with "[1]" starts
/// notes only when an earlier line holds "[1]" inside it; notes follow one another in
/// order (numbering may start again at 1, one series per attachment), each running on to
/// the next note, a blank line, or a title in capitals. 15 of the 234 real documents have
/// them; before, their notes were read as an attachment's tasks and the markers stayed in
/// the tasks' text.
fn find_bracket_notes(clean: &Lines, kinds: &mut [Kind]) -> Vec<Footnote> {
    let mut notes: Vec<Footnote> = Vec::new();
    // Most documents have no note of this kind: one pass over the bytes says so.
    if memchr::memmem::find(clean.span(0..clean.len()).as_bytes(), b"[1]").is_none() {
        return notes;
    }
    // The lines with a marker "[1]" inside them, in order: whether one stands between the
    // last notes and a line is then a binary search, not a scan back (linear on hostile
    // text of thousands of "[1]" lines).
    let marked: Vec<usize> = (0..clean.len())
        .filter(|&k| kinds[k] == Kind::Body && bracket_markers(clean[k].trim()).any(|m| m.1 == 1))
        .collect();
    let mut from = 0;
    let mut i = 0;
    while i < clean.len() {
        let opens = kinds[i] == Kind::Body
            && bracket_note_start(&clean[i]).is_some_and(|(n, _)| n == 1)
            && marked.partition_point(|&k| k < from) < marked.partition_point(|&k| k < i);
        if !opens {
            i += 1;
            continue;
        }
        // A rule above the notes ("___________") is theirs.
        if let Some(k) = (from..i).rev().find(|&k| kinds[k] != Kind::Blank)
            && clean[k].trim().len() >= 3
            && clean[k].trim().bytes().all(|b| b == b'_' || b == b'-')
        {
            kinds[k] = Kind::Footnote;
        }
        let mut j = i;
        let mut last = 0;
        while j < clean.len() {
            let Some((n, first)) = bracket_note_start(&clean[j]).filter(|&(n, _)| n == last + 1 || n == 1) else {
                break;
            };
            last = n;
            let mut note =
                Footnote { number: n, text: collapse(first), lines: LineRange::new(j + 1, j + 1), marker_line: None };
            kinds[j] = Kind::Footnote;
            j += 1;
            // Its text: the lines that follow, up to a blank line once there is text, the
            // next note, or a title in capitals.
            while j < clean.len() {
                let line = clean[j].trim();
                if kinds[j] != Kind::Body {
                    if note.text.is_empty() && kinds[j] == Kind::Blank {
                        j += 1;
                        continue;
                    }
                    break;
                }
                // A title ("PHỤ LỤC", "DANH MỤC …"), not a symbol ("31/2021/NĐ-CP").
                let title = line.starts_with(char::is_alphabetic)
                    && line.split_whitespace().nth(1).is_some()
                    && super::grammar::is_caps(line);
                if bracket_note_start(line).is_some() || title {
                    break;
                }
                if !note.text.is_empty() {
                    note.text.push(' ');
                }
                collapse_into(&mut note.text, line);
                note.lines.end = j + 1;
                kinds[j] = Kind::Footnote;
                j += 1;
            }
            notes.push(note);
            // Blank lines between two notes.
            while j < clean.len() && kinds[j] == Kind::Blank && bracket_note_start_after(clean, kinds, j) {
                j += 1;
            }
        }
        from = j;
        i = j.max(i + 1);
    }
    notes
}

/// Is the next line that is not blank, from `j` on, the start of a bracketed note?
fn bracket_note_start_after(clean: &Lines, kinds: &[Kind], j: usize) -> bool {
    (j..clean.len()).find(|&k| kinds[k] != Kind::Blank).is_some_and(|k| bracket_note_start(&clean[k]).is_some())
}

/// Finds the marker of each bracketed note in the body and replaces it with a sentinel:
/// the nearest "[n]" before the note not already taken, the notes taken from the last
/// one back, so that several series each find their own markers. A space before the
/// marker goes with it ("560 tỷ đồng [1], bằng"). The markers are listed once, by number
/// and place, so each note takes its own in constant time.
fn place_bracket_markers(body: &mut Body, notes: &mut [Footnote]) {
    if notes.is_empty() {
        return;
    }
    // Every marker "[n]" inside a body line, by number: (body line, byte offset, length), in
    // order.
    let mut markers: HashMap<u32, Vec<(usize, usize, usize)>> = HashMap::new();
    for k in 0..body.len() {
        for (at, n, len) in bracket_markers(body.text(k)) {
            markers.entry(n).or_default().push((k, at, len));
        }
    }
    // The markers each note takes, by body line.
    let mut taken: BTreeMap<usize, Vec<(usize, usize, u32)>> = BTreeMap::new();
    for f in notes.iter_mut().rev() {
        let Some(list) = markers.get_mut(&f.number) else { continue };
        let before = body.lines.partition_point(|&ln| (ln as usize) < f.lines.start);
        // Markers after this note serve no note before it either.
        while list.last().is_some_and(|&(k, _, _)| k >= before) {
            list.pop();
        }
        if let Some((k, at, len)) = list.pop() {
            taken.entry(k).or_default().push((at, len, f.number));
            f.marker_line = Some(body.line(k));
        }
    }
    for (k, mut at) in taken {
        let mut edited = body.text(k).to_string();
        // From the line's end back, so that earlier offsets stay right.
        at.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
        for (pos, len, n) in at {
            let start = if edited[..pos].ends_with(' ') { pos - 1 } else { pos };
            edited.replace_range(start..pos + len, &format!("{FN_OPEN}{n}{FN_CLOSE}"));
        }
        body.edited.insert(k, edited);
    }
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    collapse_into(&mut out, s);
    out
}

/// Appends `s` with its runs of white space as single spaces, trimmed.
fn collapse_into(out: &mut String, s: &str) {
    if is_collapsed(s) {
        // Most lines are: copied as they are.
        out.push_str(s);
        return;
    }
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Is `s` already what `collapse_into` makes of it: no white space at either end, and no
/// white space but single ASCII spaces? Checked on the bytes: the white space characters
/// beyond ASCII are U+0085 and U+00A0 (0xC2 0x85, 0xC2 0xA0), U+1680 (0xE1 0x9A 0x80),
/// U+2000–U+200A, U+2028, U+2029, U+202F (0xE2 0x80 …), U+205F (0xE2 0x81 0x9F) and U+3000
/// (0xE3 0x80 0x80).
fn is_collapsed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Most lines: no two spaces in a row, no control character, and no byte pair that
    // starts one of the white space characters above (0xE1 0x9A, 0xE2 0x80 and 0xE2 0x81
    // also start letters, quotes and dashes: those lines are read byte by byte below).
    // Tested over byte pairs without a branch per byte, which the compiler vectorises.
    let odd_pair = |acc: bool, (&c, &d): (&u8, &u8)| {
        acc | (c == b' ') & (d == b' ')
            | (c == 0xC2) & ((d == 0x85) | (d == 0xA0))
            | (c == 0xE1) & (d == 0x9A)
            | (c == 0xE2) & (d & 0xFE == 0x80)
            | (c == 0xE3) & (d == 0x80)
    };
    let control = |acc: bool, &c: &u8| acc | (c.wrapping_sub(b'\t') < 5);
    let next = b.get(1..).unwrap_or_default();
    if !b.iter().fold(false, control) && !b.iter().zip(next).fold(false, odd_pair) {
        return true;
    }
    let mut prev_space = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' => {
                if prev_space {
                    return false;
                }
                prev_space = true;
                continue;
            }
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => return false,
            0xC2 if matches!(b.get(i + 1), Some(0x85 | 0xA0)) => return false,
            0xE1 if b.get(i + 1) == Some(&0x9A) && b.get(i + 2) == Some(&0x80) => return false,
            0xE2 if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) | (Some(0x81), Some(0x9F))
            ) =>
            {
                return false;
            }
            0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => return false,
            _ => {}
        }
        prev_space = false;
    }
    true
}

/// Finds each footnote's marker fused to the word before it and replaces it with a
/// sentinel. The marker is the footnote number glued to the end of a word of at least
/// two letters ("dự án1", "đồng chí20,") or to a year ("năm 20242" is 2024 and marker 2),
/// in the nearest body line before the footnote.
fn unfuse_markers(body: &mut Body, notes: &mut [Footnote]) {
    // The tokens of the line looked at, in one buffer for all lines (growing a new one for
    // every line was most of the cost of this search).
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for f in notes.iter_mut() {
        let n = f.number.to_string();
        let before = body.lines.partition_point(|&ln| (ln as usize) < f.lines.start);
        let lo = before.saturating_sub(80);
        'search: for k in (lo..before).rev() {
            let line = body.text(k);
            // Tokens, from the end of the line backwards.
            spans.clear();
            let mut start = None;
            for (i, c) in line.char_indices() {
                if c.is_whitespace() {
                    if let Some(s) = start.take() {
                        spans.push((s, i));
                    }
                } else if start.is_none() {
                    start = Some(i);
                }
            }
            if let Some(s) = start {
                spans.push((s, line.len()));
            }
            for &(s, e) in spans.iter().rev() {
                let tok = &line[s..e];
                let core = tok.trim_end_matches(['.', ',', ';', ':', ')', '”', '"']);
                if !core.ends_with(&n) {
                    continue;
                }
                let prefix = &core[..core.len() - n.len()];
                // "năm 2026;1", "xã hội,2": the marker after a punctuation mark (Word puts
                // the reference where the author clicked, often after the comma).
                let punct = prefix.ends_with([';', ',', ':', '.', ')', '”', '"']);
                // After a number, "," and "." are decimal marks ("7,5" is not 7 + marker 5).
                let soft_punct = prefix.ends_with([',', '.']);
                let prefix =
                    if punct { prefix.trim_end_matches([';', ',', ':', '.', ')', '”', '"']) } else { prefix };
                let letters = prefix.chars().count() >= 2 && prefix.chars().all(|c| c.is_alphabetic());
                let year = is_year(prefix);
                let lower_end = prefix.chars().last().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                // "97,83%12.": a percentage followed by the marker.
                let percent = prefix.ends_with('%') && prefix.chars().any(|c| c.is_ascii_digit());
                let number_end = punct && !soft_punct && prefix.chars().last().is_some_and(|c| c.is_ascii_digit());
                // A symbol or date with the marker glued to it ("11/KH-UBND1") is too ambiguous
                // unless a punctuation mark stands between ("20/01/2026;1").
                if core.contains('/') && !number_end {
                    continue;
                }
                if (letters && lower_end) || year || percent || number_end {
                    let at = s + core.len() - n.len();
                    let sentinel = format!("{FN_OPEN}{n}{FN_CLOSE}");
                    let mut edited = line.to_string();
                    edited.replace_range(at..at + n.len(), &sentinel);
                    body.edited.insert(k, edited);
                    f.marker_line = Some(body.line(k));
                    break 'search;
                }
            }
        }
    }
}

/// The typical width of a full line, in characters: lines clearly shorter than this end
/// their paragraph when the next line starts with a capital.
fn text_width(body: &Body) -> usize {
    let mut lens: Vec<u32> = (0..body.len()).map(|k| body.text(k).chars().count() as u32).collect();
    if lens.is_empty() {
        return 80;
    }
    let k = lens.len() * 3 / 4;
    (*lens.select_nth_unstable(k).1 as usize).max(20)
}

/// Word counts, by the word in lower case. Only looked up, never iterated, so the hasher
/// does not change any result; a multiplicative one instead of SipHash (hashing every word
/// of the body was a tenth of the layout repair's time).
/// Words of up to eight bytes (most Vietnamese syllables) are keyed by their bytes packed
/// into a `u64`, hashed and compared as one number rather than as a string (looking up
/// every word was still a tenth of the reading time); a word has no zero byte, so the zero
/// padding cannot make two words one key. Longer words already in lower case are borrowed
/// from the body, not copied.
struct Vocab<'a> {
    short: HashMap<u64, u32, std::hash::BuildHasherDefault<WordHasher>>,
    long: HashMap<Cow<'a, str>, u32, std::hash::BuildHasherDefault<WordHasher>>,
}

impl<'a> Vocab<'a> {
    fn with_capacity(n: usize) -> Vocab<'a> {
        Vocab {
            short: HashMap::with_capacity_and_hasher(n, Default::default()),
            long: HashMap::with_capacity_and_hasher(n / 4, Default::default()),
        }
    }
    /// The key of a word of up to eight bytes without a zero byte.
    fn short_key(w: &str) -> Option<u64> {
        let b = w.as_bytes();
        if b.len() > 8 || b.contains(&0) {
            return None;
        }
        let mut key = [0u8; 8];
        key[..b.len()].copy_from_slice(b);
        Some(u64::from_le_bytes(key))
    }
    /// Counts a word already in lower case, borrowed from the body.
    fn add_borrowed(&mut self, w: &'a str) {
        match Self::short_key(w) {
            Some(k) => *self.short.entry(k).or_insert(0) += 1,
            None => *self.long.entry(Cow::Borrowed(w)).or_insert(0) += 1,
        }
    }
    /// Counts a word lowered into a buffer (copied only when it is new).
    fn add_lowered(&mut self, w: &str) {
        match Self::short_key(w) {
            Some(k) => *self.short.entry(k).or_insert(0) += 1,
            None => match self.long.get_mut(w) {
                Some(n) => *n += 1,
                None => {
                    self.long.insert(Cow::Owned(w.to_string()), 1);
                }
            },
        }
    }
    fn count(&self, w: &str) -> u32 {
        match Self::short_key(w) {
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
        .copied()
        .unwrap_or(0)
    }
}

/// FxHash's mixing step over 8 bytes at a time, with a final multiply-and-rotate so that
/// the high bits (the table's tags) and low bits (its buckets) both depend on every byte.
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap());
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        (self.0 ^ (self.0 >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9).rotate_left(26)
    }
}

/// How often each word occurs, to tell a word split across lines ("trư"/"ớc") from two words.
fn vocabulary<'a>(body: &'a Body) -> Vocab<'a> {
    // Room for a programme's words up front (growing the table was a tenth of its cost),
    // bounded so that a text of tiny lines does not reserve more than it uses.
    let mut v = Vocab::with_capacity((body.len() * 2).min(4096));
    let mut lower = String::new();
    for k in 0..body.len() {
        for w in body.text(k).split(|c: char| !is_letter(c)).filter(|w| !w.is_empty()) {
            // Most words are already in lower case: counted without a new string.
            if !w.chars().any(is_upper) {
                v.add_borrowed(w);
                continue;
            }
            lower.clear();
            w.chars().for_each(|c| push_lower(&mut lower, c));
            v.add_lowered(&lower);
        }
    }
    v
}

/// Appends `c.to_lowercase()`, answered without the Unicode tables for ASCII, Latin-1 and
/// the Vietnamese letters of Latin Extended Additional (U+1EA0–U+1EF9: each capital, at an
/// even code point, is followed by its small letter), as `is_upper` is: lowering the words
/// with a capital was a twentieth of the layout repair.
fn push_lower(out: &mut String, c: char) {
    let lower = match c as u32 {
        0..=0x7F => c.to_ascii_lowercase(),
        0xC0..=0xDE if c != '\u{D7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        // Small letters and symbols, their own lower case.
        0xDF..=0xFF => c,
        n @ 0x1EA0..=0x1EF9 if n % 2 == 0 => char::from_u32(n + 1).unwrap_or(c),
        0x1EA0..=0x1EF9 => c,
        _ => return out.extend(c.to_lowercase()),
    };
    out.push(lower);
}

/// `char::is_uppercase`, answered without the Unicode tables for ASCII, Latin-1 and the
/// Vietnamese letters of Latin Extended Additional (capital and small alternate there).
fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0xC0..=0xDE => c != '\u{D7}',
        0xDF..=0xFF => false,
        n @ 0x1EA0..=0x1EF9 => n % 2 == 0,
        _ => c.is_uppercase(),
    }
}

/// `ITEM_START`, read by hand: the pattern is asked of most lines, and compiling it alone
/// was 4% of the instructions of reading a short programme from the command line.
/// Each alternative opens with its own characters, so the first character says which to
/// read; a run of blanks or of Roman or Arabic digits before a character the run cannot
/// hold is the whole run (the pattern cannot stop inside it).
fn item_start(line: &str) -> bool {
    use super::grammar::{blanks, is_list_letter};
    let b = line.as_bytes();
    // The text of an item opens with a digit, a letter, a quote or a bracket.
    let text_start =
        |c: char| c.is_ascii_alphanumeric() || ('À'..='ỹ').contains(&c) || matches!(c, '“' | '"' | '(' | '[');
    // After `at`: blanks, then the end of the line or a character the item's text opens with.
    let text_or_end = |at: usize| {
        let at = at + blanks(&b[at..]);
        at == b.len() || line[at..].chars().next().is_some_and(text_start)
    };
    // After `at` (just past a label's dot): the end of the line (`alone` allows it), or blanks
    // and a capital ("A. THỦ TỤC", "a. Thời hạn").
    let capital_after = |at: usize, alone: bool| {
        let gap = blanks(&b[at..]);
        match line[at + gap..].chars().next() {
            None => alone,
            Some(c) => gap > 0 && (c.is_ascii_uppercase() || ITEM_CAPITALS.contains(c)),
        }
    };
    let roman = |at: usize| b[at.min(b.len())..].iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L')).count();
    let digits = |at: usize| b[at.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut cs = line.chars();
    match cs.next() {
        Some('0'..='9') => numbered_item(line),
        // "Phần I", "PHẦN 2": the number after blanks, then a blank, "." or ":" or the end;
        // after a blank, not a word in lower case: "Phần V của Phụ lục I …" opening a line
        // is a wrapped citation ("… thuộc" / "Phần V của Phụ lục I kèm theo Nghị định …").
        Some('P') => {
            let Some(rest) = line.strip_prefix("Phần").or_else(|| line.strip_prefix("PHẦN")) else { return false };
            let at = b.len() - rest.len();
            let gap = blanks(&b[at..]);
            let n = roman(at + gap).max(digits(at + gap));
            let end = at + gap + n;
            let lower_after = matches!(b.get(end), Some(b' ' | b'\t'))
                && line[end..].trim_start_matches([' ', '\t']).chars().next().is_some_and(is_small_letter);
            gap > 0 && n > 0 && b.get(end).is_none_or(|c| matches!(c, b' ' | b'\t' | b'.' | b':')) && !lower_after
        }
        // "IV. Text" or "IV." alone: up to seven Roman digits and a dot.
        Some('I' | 'V' | 'X' | 'L') => {
            let n = roman(0);
            n <= 7 && b.get(n) == Some(&b'.') && text_or_end(n + 1)
        }
        // "Điều 5." / "ĐIỀU 5:" / "Điều 5" alone; else "Đ." as a capital letter's label.
        Some('Đ') if line.starts_with("Điều") || line.starts_with("ĐIỀU") => {
            // (The two spellings are as long.)
            let at = "Điều".len();
            let gap = blanks(&b[at..]);
            let n = digits(at + gap);
            gap > 0
                && (1..=3).contains(&n)
                && (matches!(b.get(at + gap + n), Some(b'.' | b':'))
                    || at + gap + n + blanks(&b[at + gap + n..]) == b.len())
        }
        // "A. THỦ TỤC …" (a capital after blanks) or "B." alone.
        Some('A'..='E' | 'G' | 'H' | 'Đ') => {
            let at = line.len() - cs.as_str().len();
            b.get(at) == Some(&b'.') && capital_after(at + 1, true)
        }
        // "a) Text", "đ)" alone; "a. Thời hạn …" (a dot, blanks, then a capital: some units
        // letter their points so, and a wrapped sentence does not open with one letter and a
        // full stop before a capital).
        Some(c) if is_list_letter(c) => {
            let at = c.len_utf8();
            match b.get(at) {
                Some(b')') => text_or_end(at + 1),
                Some(b'.') => capital_after(at + 1, false),
                _ => false,
            }
        }
        // "* Heading", "+ line": the text after blanks (not the end: a bullet alone is no item).
        Some('*' | '+') => {
            let at = 1 + blanks(&b[1..]);
            line[at..].chars().next().is_some_and(text_start)
        }
        _ => false,
    }
}

/// A small letter of Vietnamese (ASCII or with its marks, "đ"), as `ITEM_START` lists them.
fn is_small_letter(c: char) -> bool {
    c.is_ascii_lowercase() || crate::meta::VIET_SMALL.contains(c)
}

/// Capital letters a numbered item's text may start with, as in `ITEM_START`.
const ITEM_CAPITALS: &str = "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ";

/// `ITEM_START` for a line that starts with a digit, read by hand (the pattern was a twentieth
/// of the reading time, and most lines it is asked about start with a number): "1. Text",
/// "1.2 Text", "1.2.3. Text", "100. Text" (up to two groups after the first, the text starting with a
/// capital, a digit, a quote or a bracket; a number with neither dot nor group not written
/// with a leading zero), or a label alone: "2.", "1.2.3.4.".
fn numbered_item(line: &str) -> bool {
    let b = line.as_bytes();
    let Some((end, groups)) = super::grammar::dotted_number(b) else { return false };
    let dot = usize::from(b.get(end) == Some(&b'.'));
    let spaces = super::grammar::blanks(&b[end + dot..]);
    // Three digits label an item past 99 ("100. …", "100.1. …"); alone they are a count
    // ("100 hộ gia đình …").
    if dot == 0 && groups == 0 && end == 3 {
        return false;
    }
    // A label alone.
    if dot == 1 && end + dot + spaces == b.len() {
        return true;
    }
    // A zero-padded number with no dot is a count ("Đối với" / "03 TTHC:"), not a label.
    if groups > 2 || spaces == 0 || (dot == 0 && groups == 0 && b[0] == b'0') {
        return false;
    }
    // (Only ASCII so far: a character boundary.)
    line[end + dot + spaces..].chars().next().is_some_and(|c| {
        c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '(') || ITEM_CAPITALS.contains(c)
    })
}

/// Do the bytes open with a year, "19xx" or "20xx"?
fn starts_with_year(b: &[u8]) -> bool {
    b.len() >= 4 && matches!(&b[..2], b"19" | b"20") && b[..4].iter().all(u8::is_ascii_digit)
}

/// Does this line start a numbered or bulleted item? `prev` is the line before, to tell
/// a "- " bullet from a wrapped line that starts with a dash ("tài chính" / "- ngân sách").
pub fn starts_item(line: &str, prev: Option<&str>) -> bool {
    if let Some(rest) = line.strip_prefix(['-', '–', '—', '•']) {
        let rest = rest.trim_start();
        let lower = rest.chars().next().is_some_and(|c| c.is_lowercase());
        let prev_open = prev.is_some_and(|p| !ends_sentence(p) && !p.ends_with(':') && !p.ends_with(';'));
        // A span of years broken at its dash ("giai đoạn 2021" / "- 2025”;").
        let years = starts_with_year(rest.as_bytes())
            && !rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
            && prev.is_some_and(|p| {
                let p = p.trim_end().as_bytes();
                p.len() >= 5 && starts_with_year(&p[p.len() - 4..]) && !p[p.len() - 5].is_ascii_digit()
            });
        // A range broken at its dash, the dash glued to the second number ("công suất 5" /
        // "-10 tấn/ngày đêm;"): a bullet has a space after its dash.
        let range = line.starts_with('-')
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && line.len() - rest.len() == 1
            && prev.is_some_and(|p| p.trim_end().ends_with(|c: char| c.is_ascii_digit()));
        return !(rest.is_empty() || lower && prev_open || years || range);
    }
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return numbered_item(line);
    }
    // An article cited at a wrap ("… tại khoản 3" / "Điều 1."; "… quy định tại" / "Điều 5."):
    // after a provision's number or a linking word the line runs on (regression: Huế's
    // 2025 resolution on counterpart funds had a section "Điều 1" inside its clause 3.2).
    if (line.starts_with("Điều") || line.starts_with("ĐIỀU"))
        && prev.is_some_and(|p| ends_citing_provision(p) || ends_with_linking_word(p))
    {
        return false;
    }
    if item_start(line) {
        // An Arabic number must not be a year or a date ("2026. Tiếp tục").
        return true;
    }
    is_bare_step(line)
}

/// Does the line end with a clause's or a point's number, "khoản 3", "điểm a"? (Not "Mục
/// 1", which heads the articles under it.)
fn ends_citing_provision(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let (Some(number), Some(word)) = (words.next(), words.next()) else { return false };
    let number = number.trim_end_matches([',', ';']);
    let is_number = !number.is_empty()
        && (number.chars().all(|c| c.is_ascii_digit()) || number.chars().count() == 1 && number.chars().all(is_letter));
    is_number && ["khoản", "điểm"].contains(&word.to_lowercase().as_str())
}

/// "Bước 3" alone on its line, or its short form "B3": the step-number cell of a
/// procedure's table of steps, which starts a row ("… 2 ngày" / "Bước 3" / "Ký duyệt hồ
/// sơ"). A wrapped sentence never leaves these two words alone on a line.
fn is_bare_step(line: &str) -> bool {
    let t = line.trim();
    // The short form only as the bare cell: "tại" / "B6." cites a step at a sentence's end.
    let form = t.starts_with("Bước") || t.strip_prefix('B').is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    form && step_number(t).is_some_and(|(_, rest)| rest.is_empty())
}

/// Does the line end a sentence? ("." "!" "?" "…" or "./.", possibly before a closing
/// quote or bracket.)
pub fn ends_sentence(line: &str) -> bool {
    let mut t = line.trim_end();
    if t.ends_with(FN_CLOSE)
        && let Some(i) = t.rfind(FN_OPEN)
    {
        t = &t[..i];
    }
    // An ellipsis closed by a bracket is "and so on" inside a remark ("(các Ban quản lý
    // rừng …, các Công ty nông, lâm nghiệp…)"), not a sentence's end.
    if t.trim_end_matches(['"', '”', '’', '»'])
        .strip_suffix(')')
        .is_some_and(|r| r.ends_with('…') || r.ends_with("..."))
    {
        return false;
    }
    let t = t.trim_end_matches(['"', '”', '’', ')', '»']);
    t.ends_with(['.', '!', '?', '…'])
}

/// `char::is_alphabetic`, answered without the Unicode tables for ASCII and the Latin
/// blocks Vietnamese is written in (every character there is a letter but × and ÷): the
/// table lookup was a tenth of the reading time.
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_word(s: &str) -> &str {
    s.rsplit(|c: char| !is_letter(c)).next().unwrap_or("")
}

fn first_word(s: &str) -> &str {
    s.split(|c: char| !is_letter(c)).next().unwrap_or("")
}

/// A line that may carry on a heading in capitals: no lower-case letter, and a letter at
/// least — a short last word counts ("… TRÊN ĐỊA BÀN TỈNH NGHỆ" / "AN"). A note in
/// brackets that closes the line is the heading's whatever its case ("A. LĨNH VỰC" /
/// "VIỆC LÀM - AN TOÀN LAO ĐỘNG (26 TTHC Cấp tỉnh)").
fn continues_caps(s: &str) -> bool {
    let t = s.trim_end();
    // The note may also run on to the next line ("… (Phần dành cho cấp có thẩm" / "quyền
    // đánh giá)").
    let core = closing_note(t, true).map_or(s, |i| &t[..i]);
    // A year cut from its heading ("… KINH TẾ - XÃ HỘI NĂM" / "2025") has no letter at all.
    let year = starts_with_year(core.trim_start().as_bytes());
    !core.chars().any(char::is_lowercase) && (core.chars().any(is_letter) || year)
}

/// Where a note in brackets that ends the text starts ("… LAO ĐỘNG (26 TTHC Cấp tỉnh)"),
/// not at the text's start; with `open_too`, also a note still open at the end (it runs on
/// to the next line).
pub(crate) fn closing_note(t: &str, open_too: bool) -> Option<usize> {
    let i = t.rfind('(').filter(|&i| i > 0)?;
    (t.ends_with(')') || open_too && !t[i..].contains(')')).then_some(i)
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if is_letter(c) {
            letters += 1;
        }
    }
    letters >= 3
}

/// Joins body lines into paragraphs. `gap_before[k]` says a blank line stood before `body[k]`.
fn join(
    body: &Body,
    width: usize,
    vocab: &Vocab<'_>,
    layout: Layout,
    kinds: &[Kind],
    (source, rows): (&Lines, &[u32]),
) -> Vec<Para> {
    let mut paras: Vec<Para> = Vec::new();
    let mut cur: Option<Para> = None;
    let mut prev_line: Option<&str> = None;
    // The decimal label ("2.3") that last opened a paragraph, alone or before its text.
    let mut last_decimal: Option<Decimal> = None;
    // The number without dot ("3 Tiếp nhận …") that last opened a paragraph.
    let mut last_undotted: Option<u32> = None;
    let mut rows = rows.iter().peekable();
    // The words written with a capital inside a line's sentence, read once and only in a
    // text where a numbered title or a point's may end before a capital (see `title_ends`,
    // [`point_title_ends`]).
    let mut mid_caps: Option<std::collections::HashSet<String>> = None;
    // The pairs of words the text writes around a dash inside its lines ("Thi đua - Khen
    // thưởng"), read once and only when a line opens with a dash after an open line.
    let mut dash_names: Option<std::collections::HashSet<(String, String)>> = None;
    let point_titles = point_title_ends(body, &mut mid_caps);
    for k in 0..body.len() {
        let (ln, line) = (&body.line(k), body.text(k));
        // A table's row on its line: a paragraph for each cell that holds text, between
        // paragraphs of their own.
        if rows.next_if(|&&r| r as usize == *ln).is_some() {
            paras.extend(cur.take());
            for (column, cell) in source[*ln - 1].trim_matches([' ', '\r']).split('\t').enumerate() {
                let cell = clean_line(cell);
                if cell.trim().is_empty() {
                    continue;
                }
                let mut text = String::with_capacity(cell.len());
                collapse_into(&mut text, cell.trim());
                paras.push(Para {
                    text,
                    lines: LineRange::new(*ln, *ln),
                    line_starts: LineMap::starting(*ln),
                    cell: Some(column.min(u16::MAX as usize) as u16),
                });
            }
            prev_line = None;
            continue;
        }
        // A blank line stood between this body line and the one before.
        let gap_before = k > 0 && (body.line(k - 1)..*ln - 1).any(|i| kinds[i] == Kind::Blank);
        let caps_heading = cur.as_ref().is_some_and(|p| is_caps_heading(&p.text));
        let title_ends = prev_line.is_some()
            && cur.as_ref().is_some_and(|c| {
                is_item_title(&c.text, paras.last().is_some_and(|q| super::grammar::is_bare_label(&q.text)))
            })
            && opens_item_text(line)
            && runs_to_sentence_end(body, kinds, layout, k)
            && !mid_caps.get_or_insert_with(|| mid_capitals(body)).contains(&first_word_lower(line));
        let new_para = match prev_line {
            None => true,
            // "(Chi tiết theo Phụ lục đính kèm)" / "Điều" / "2. Giao các cơ quan …": a label
            // word alone on its line with its number and dot opening the next is a heading,
            // whatever the line before left open (regression: Bắc Ninh's decisions lost their
            // Điều 2 into Điều 1 behind a line without a full stop).
            Some(_) if k + 1 < body.len() && label_word_before_number(line, body.text(k + 1)) => true,
            // "Điều" / "2. Những nguyên tắc …", "Chương" / "I": a label word cut from its number.
            Some(p) if is_label_word(p) => false,
            // A point's title over its text with no blank between, as its sibling's is
            // ([`point_title_ends`]).
            Some(_) if point_titles.contains(&k) => true,
            // "… Hội đồng Thi đua" / "- Khen thưởng tỉnh quyết định …": a name written with
            // a dash ("Thi đua - Khen thưởng", "Văn hóa - Xã hội") broken at the dash, not a
            // bullet, when the text writes the same two words around a dash inside a line.
            Some(p)
                if dash_pair(p, line)
                    .is_some_and(|pair| dash_names.get_or_insert_with(|| inline_dash_pairs(body)).contains(&pair)) =>
            {
                false
            }
            // "Bãi bỏ Điều" / "12.": a number cut from the reference word before it.
            Some(p) if line.len() <= 16 && ends_with_reference_word(p, line) && BARE_LABEL.is_match(line) => false,
            // "… ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm …": a level's number,
            // whatever follows it; a sentence never ends on "cấp độ".
            Some(p) if p.trim_end().ends_with("cấp độ") && line.starts_with(|c: char| c.is_ascii_digit()) => false,
            // "… điểm a khoản" / "2 Điều 28 Luật Thủ đô …": a number without its dot after a
            // reference word goes on with the sentence.
            Some(p) if ends_with_reference_word(p, line) && undotted_number(line) => false,
            // "… từ cấp I đến cấp" / "V. Chi tiết quy định …": the number ends a sentence of
            // the paragraph; it is not a Roman heading (those are in capitals).
            Some(p) if roman_after_reference(p, line) => false,
            // "… theo quy định tại bước" / "3. Trong thời hạn …": a step cited ends the
            // sentence with its number; the number is no list item.
            Some(p) if step_after_reference(p, line) => false,
            // "… thửa đất. Ban hành" / "33 Quyết định xử phạt …": a number of two digits or
            // more without its dot that does not come next after the last such number to
            // open a paragraph is a count in the sentence the open line before leaves
            // unfinished. Up to two numbers may have been missed in between (a row glued to a
            // cell). Smaller numbers stay labels: the rows of a table skip some (1, 2, 6, 9 in
            // a land office's procedure steps), and so do a form's note numbers.
            Some(p) if !ends_clause(p) && undotted_count(line, last_undotted) => false,
            // A decimal label alone on its line that comes next after the last one ("2.3" …
            // "x" / "" / "2.4" / "" / "Số lượng hồ sơ: …"): an item's number, whatever cell
            // or half sentence stands before it.
            Some(_) if line.len() <= 13 && last_decimal.is_some_and(|d| d.is_followed_by(line)) => true,
            // A ground of the preamble ("Căn cứ …", "Theo đề nghị …") starts a paragraph
            // after the ";" or "." that ended the one before, and runs until its own ";" or
            // ".", whatever letter its wrapped lines start with ("… của Giám đốc Sở" / "Khoa
            // học và Công nghệ tại Tờ trình …"); a numbered line, a line in capitals
            // ("QUYẾT ĐỊNH:") or the next ground still starts a paragraph.
            Some(p) if layout == Layout::Lines && opens_ground(line) && p.trim_end().ends_with([';', '.']) => true,
            Some(p)
                if layout == Layout::Lines
                    && cur.as_ref().is_some_and(|c| {
                        opens_ground(&c.text)
                            // The enacting body's name alone after the grounds ("Ủy ban nhân
                            // dân thành phố" / "Hà Nội ban hành Quyết định …"): the formula
                            // wrapped before the rest of the body's name.
                            || is_enacting_body(&c.text) && paras.last().is_some_and(|g| opens_ground(&g.text))
                    })
                    && !p.trim_end().ends_with(['.', ';', ':'])
                    && !starts_item(line, Some(p))
                    && !is_all_caps(line)
                    && !opens_ground(line) =>
            {
                false
            }
            // A note in brackets that is the whole paragraph so far, closed at the line's
            // end ("(Phụ lục Danh mục thủ tục" / "hành chính sửa đổi, bổ sung kèm theo)" /
            // "Trường hợp …"): a capital after it opens the next paragraph.
            Some(_)
                if cur.as_ref().is_some_and(|c| is_closed_note(&c.text))
                    && first_char(line).is_some_and(char::is_uppercase) =>
            {
                true
            }
            // An attachment's title ends at its note: a line in capitals after the note's
            // closing bracket ("(Kèm theo Quyết định … của Chủ tịch Ủy ban nhân dân tỉnh)" /
            // "THỦ TỤC HÀNH CHÍNH CẤP TỈNH") is the attachment's text, a group of its table.
            // So is a sentence after it ("… tỉnh Vĩnh Long)" / "Các cuộc thi, hội thi chi theo
            // Phụ lục này gồm: …").
            Some(p)
                if p.trim_end().ends_with(')')
                    && first_char(line).is_some_and(char::is_uppercase)
                    && ends_attachment_note(cur.as_ref()) =>
            {
                true
            }
            // The unit a table's figures are given in ("Đơn vị tính: Triệu đồng", "ĐVT: đồng")
            // is a line of its own over the table: not the end of an attachment's title nor
            // of the sentence that introduces the table ("… như sau:").
            Some(_) if is_unit_line(line) => true,
            // A numbered item's short title on its own line or two, and the item's text
            // under it with no blank line between ("3. Mức hỗ trợ học phí" / "Mức học phí quy
            // định tại khoản 1 …", "Điều 4. Bổ sung, điều" / "chỉnh" / "Trong quá trình thực
            // hiện …"): the title ends where a capital opens the text.
            Some(_) if title_ends => true,
            Some(p) => match layout {
                Layout::Lines => breaks_between(p, line, width, caps_heading),
                Layout::Blocks if gap_before => {
                    let para = cur.as_ref().map_or(p, |c| c.text.as_str());
                    // The item's label alone before the paragraph ("11." / "Vận hành hệ
                    // thống …"): the paragraph is the item's first, as if numbered.
                    let after_label = paras.last().is_some_and(|q| super::grammar::is_bare_label(&q.text));
                    breaks_at_gap(p, para, line, width, caps_heading, after_label)
                }
                Layout::Blocks => breaks_in_block(p, line, caps_heading),
            },
        };
        if new_para {
            if let Some(p) = cur.take() {
                paras.push(p);
            }
            if let Some(d) = Decimal::leading(line) {
                last_decimal = Some(d);
            }
            if let Some(n) = undotted_label(line) {
                last_undotted = Some(n);
            }
            let mut text = String::with_capacity(line.len());
            collapse_into(&mut text, line);
            cur = Some(Para { text, lines: LineRange::new(*ln, *ln), line_starts: LineMap::starting(*ln), cell: None });
        } else if let Some(p) = cur.as_mut() {
            let glue = glue(p.text.as_str(), line, vocab);
            p.text.push_str(glue);
            p.line_starts.push(p.text.len(), *ln);
            collapse_into(&mut p.text, line);
            p.lines.end = *ln;
        }
        prev_line = Some(line);
    }
    if let Some(p) = cur {
        paras.push(p);
    }
    paras
}

/// The lines (1-based numbers, in order) that are rows of a data table written one row to
/// a line, its cells parted by tabs: a DOCX table of three columns or more (see
/// `formats::docx`), or a table pasted from Word or Excel into a text file. Tabs alone say
/// too little (a line may be indented with them, a header laid out in three columns has
/// them too), so a run of such lines is taken for a table only when its rows are numbered,
/// a row number first in two rows at least ("1", "I", "A", "1.1"), when it opens with the
/// row-number column's name ("TT", "STT"), or when it has three rows or more, all of as
/// many cells, and neither the national motto nor a signature's "Nơi nhận:" / "TM." (a DOCX
/// table's rows are padded to its width; a header's or a signature's layout table, or the
/// same laid out with tabs, holds those). Empty, without allocating, for text with no tab.
fn tab_table_rows(lines: &Lines, kinds: &[Kind]) -> Vec<u32> {
    let mut rows = Vec::new();
    if memchr::memchr(b'\t', lines.span(0..lines.len()).as_bytes()).is_none() {
        return rows;
    }
    // Three cells at least, a tab after some text (not an indent only).
    fn cells(l: &str) -> Option<std::str::Split<'_, char>> {
        let t = l.trim_matches([' ', '\r']);
        (t.trim_start_matches('\t').contains('\t') && t.matches('\t').count() >= 2).then(|| t.split('\t'))
    }
    let mut i = 0;
    while i < lines.len() {
        if kinds[i] != Kind::Body || cells(&lines[i]).is_none() {
            i += 1;
            continue;
        }
        // A run of rows; blank lines may stand between them.
        let mut run = vec![i];
        let mut j = i + 1;
        while j < lines.len() {
            match kinds[j] {
                Kind::Blank => j += 1,
                Kind::Body if cells(&lines[j]).is_some() => {
                    run.push(j);
                    j += 1;
                }
                _ => break,
            }
        }
        let first_cell = |k: usize| cells(&lines[k]).and_then(|mut c| c.next()).unwrap_or("").trim().to_string();
        let numbered = run.iter().filter(|&&k| super::parts::row_label(&first_cell(k)).is_some()).count();
        let width = |k: usize| cells(&lines[k]).map_or(0, Iterator::count);
        // (A header or a signature block laid out in a table of three columns, or with tabs,
        // has the motto, "Nơi nhận:" or "TM." / "KT." in it.)
        let layout = run.iter().any(|&k| {
            ["CỘNG HÒA", "CỘNG HOÀ", "Độc lập"].iter().any(|m| lines[k].contains(m))
                || cells(&lines[k]).into_iter().flatten().any(|c| {
                    let c = c.trim_start();
                    ["Nơi nhận", "TM.", "KT.", "TL.", "TUQ.", "Q."].iter().any(|m| c.starts_with(m))
                })
        });
        let even = run.len() >= 3 && !layout && run.iter().all(|&k| width(k) == width(run[0]));
        if numbered >= 2 || is_table_start(&first_cell(run[0])) || even {
            rows.extend(run.iter().map(|&k| (k + 1) as u32));
        }
        i = j;
    }
    rows
}

/// A line that is only the word of a worded label, its number on the next line (the
/// word may open a quotation: "“Điều" / "13. Bồi thường …" in an amending text).
/// One abbreviation in capitals and the punctuation that ends its sentence, nothing else:
/// "TTHC.", "UBND;". Not a table's heading cell ("TT", "STT", no punctuation) nor a Roman
/// number ("II."), which may be a heading's.
fn is_abbreviation_line(line: &str) -> bool {
    let line = line.trim();
    if !line.ends_with(['.', ',', ';']) {
        return false;
    }
    is_abbreviation(line.trim_end_matches(['.', ',', ';']))
}

/// Two to eight capital letters, not a Roman number: "TTHC", "UBND", "HĐND".
fn is_abbreviation(t: &str) -> bool {
    let n = t.chars().count();
    (2..=8).contains(&n)
        && t.chars().all(|c| c.is_uppercase() && c.is_alphabetic())
        && !t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// A header's date line, ending with its year: "Phú Thọ, ngày 18 tháng 11 năm 2025". It ends
/// its paragraph: what follows a blank line after it ("Kính gửi: …", "V/v …") is another.
fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    // The cheap tests first: this is asked of most line ends.
    t.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && t.starts_with(char::is_uppercase)
        && t.contains(", ngày")
        && t.contains("tháng")
        && t.split_whitespace().count() <= 12
        && date_line_end(t)
}

/// Does `t` end with a date, "ngày 18 tháng 11 năm 2025" or with the day and month left
/// blank? Read from the end as the pattern `DATE_LINE_END` (kept for the tests) reads it:
/// four digits, blanks, "năm", then twice blanks, up to two digits, blanks and "tháng",
/// then "ngày". Each run is read whole (a digit or blank more could be no part of the word
/// before it), so there is one way to read it. Compiling the pattern was 0.6% of reading
/// a short programme from the command line, and it ran on a whole line to find the end.
fn date_line_end(t: &str) -> bool {
    fn blanks(b: &[u8]) -> &[u8] {
        &b[..b.len() - b.iter().rev().take_while(|c| matches!(c, b' ' | b'\t')).count()]
    }
    fn digits(b: &[u8], at_most: usize) -> Option<&[u8]> {
        let n = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        (n <= at_most).then(|| &b[..b.len() - n])
    }
    let b = t.as_bytes();
    let Some(b) = b.len().checked_sub(4).filter(|&n| b[n..].iter().all(u8::is_ascii_digit)).map(|n| &b[..n]) else {
        return false;
    };
    let Some(b) = blanks(b).strip_suffix("năm".as_bytes()) else { return false };
    let Some(b) = digits(blanks(b), 2).and_then(|b| blanks(b).strip_suffix("tháng".as_bytes())) else { return false };
    digits(blanks(b), 2).is_some_and(|b| blanks(b).ends_with("ngày".as_bytes()))
}

/// A line drawn with dashes, underscores or equals signs only (three or more): a rule.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.bytes().all(|b| matches!(b, b'-' | b'_' | b'=' | b' '))
}

/// The openings of the preamble's grounds, each a sentence that ends with ";" or ".".
const GROUND_OPENINGS: [&str; 8] = [
    "Căn cứ",
    "Theo đề nghị",
    "Theo đề xuất",
    "Xét đề nghị",
    "Xét Tờ trình",
    "Xét tờ trình",
    "Xét báo cáo",
    "Trên cơ sở",
];

/// Does a paragraph open a ground of the preamble ("Căn cứ Luật …", "Theo đề nghị của …")
/// or its enacting formula (see [`is_enacting_formula`])? Each runs to its ";" or ".".
pub fn opens_ground(text: &str) -> bool {
    let t = text.trim_start();
    // "Căn cứ pháp lý" (legal basis) names a column of a list of procedures (55 times in the
    // real documents): no ground (regression: without blank lines it ran on over the rows
    // to the next full stop).
    (GROUND_OPENINGS.iter().any(|o| t.starts_with(o)) && !t.starts_with("Căn cứ pháp lý")) || is_enacting_formula(t)
}

/// The enacting formula after the grounds: "Ủy ban nhân dân tỉnh ban hành Quyết định …",
/// "Hội đồng nhân dân Thành phố ban hành Nghị quyết …", "Chủ tịch Ủy ban nhân dân Quyết định
/// ban hành …". Part of the preamble, never a task.
static ENACTING_FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Chủ tịch[ \t]+)?(?:[ỦUủu][ỷỶyY][ \t]+ban[ \t]+nhân[ \t]+dân|UBND|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|HĐND)(?:[ \t]+[^ \t,.;:]+){0,5}?[ \t]+(?:ban[ \t]+hành|[Qq]uyết[ \t]+định|[Qq]uyết[ \t]+nghị)(?:[ \t:]|$)").unwrap()
});

/// The enacting body's name and nothing else, as the enacting formula's first line may be
/// ("Ủy ban nhân dân thành phố", "Hội đồng nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân"): at
/// most six words, no punctuation.
fn is_enacting_body(text: &str) -> bool {
    let t = text.trim();
    ["Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Chủ tịch Ủy ban nhân dân"]
        .iter()
        .any(|b| t.starts_with(b))
        && t.split_whitespace().count() <= 6
        && !t.contains(['.', ',', ';', ':'])
}

/// Is a paragraph the enacting formula (see [`ENACTING_FORMULA`])?
pub fn is_enacting_formula(text: &str) -> bool {
    // regex-lite has no literal prefilter and this runs on every paragraph: the formula's
    // first letter is one of these, which rules out nearly every line before the regex runs.
    // Its verb ("ban hành", "quyết định", "quyết nghị") comes within its first few words.
    let head = &text[..text.floor_char_boundary(200)];
    matches!(text.chars().next(), Some('C' | 'Ủ' | 'U' | 'ủ' | 'u' | 'H'))
        && (head.contains("hành") || head.contains("uyết"))
        && ENACTING_FORMULA.is_match(text)
}

/// A line that starts with a number followed by a space, not by a label's dot or bracket.
/// A decimal label's numbers, "2.3" → [2, 3] (two to four of them, each below 100).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Decimal {
    parts: [u8; 4],
    len: usize,
}

impl Decimal {
    /// The decimal label a line opens with, alone or before its text: "2.3", "2.3.", "1.2.1. Lập …"
    /// (the grammar's `match_decimal` finds it).
    fn leading(line: &str) -> Option<Decimal> {
        let t = line.trim_start_matches([' ', '\t']);
        let (end, _) = super::grammar::match_decimal(t)?;
        let mut d = Decimal { parts: [0; 4], len: 0 };
        for p in t[..end].split('.') {
            d.parts[d.len] = p.parse().ok()?;
            d.len += 1;
        }
        Some(d)
    }

    /// Is `line` a decimal label alone that comes next after this one: its next sibling
    /// ("2.3" → "2.4"), its first child ("2.3" → "2.3.1") or the next sibling of an
    /// ancestor ("2.3.4" → "2.4")?
    fn is_followed_by(&self, line: &str) -> bool {
        if !is_bare_decimal(line) {
            return false;
        }
        let Some(next) = Decimal::leading(line) else { return false };
        let (a, b) = (&self.parts[..self.len], &next.parts[..next.len]);
        match b.len() {
            n if n <= a.len() => b[..n - 1] == a[..n - 1] && u16::from(b[n - 1]) == u16::from(a[n - 1]) + 1,
            n if n == a.len() + 1 => b[..a.len()] == *a && b[n - 1] == 1,
            _ => false,
        }
    }
}

/// The number of a line that opens with a number without dot or group before a capital
/// ("3 Tiếp nhận hồ sơ"), as `numbered_item` takes one for a label.
fn undotted_label(line: &str) -> Option<u32> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || !undotted_number(line) || !numbered_item(line) {
        return None;
    }
    line[..digits].parse().ok()
}

/// Is `line` an undotted number that cannot be the next label after `last` (see `join`)?
fn undotted_count(line: &str, last: Option<u32>) -> bool {
    undotted_label(line).is_some_and(|n| n >= 10 && !last.is_some_and(|l| n > l && n <= l + 3))
}

/// Does the line end a sentence or a clause ("." "!" "?" ":" ";")?
fn ends_clause(line: &str) -> bool {
    ends_sentence(line) || line.trim_end().ends_with([':', ';'])
}

fn undotted_number(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && line.as_bytes().get(digits) == Some(&b' ')
}

/// "Điều" / "2. …", "Chương" / "III. …", "Phần" / "II": a heading's label word alone on
/// its line (`line`), the next line (`next`) opening with its number (and a dot, or
/// nothing after a Roman one). Headings' words only, not all of [`is_label_word`]'s: a
/// signature's "TM." / "1." opens no heading.
fn label_word_before_number(line: &str, next: &str) -> bool {
    let word = line.trim();
    let roman_ok = matches!(word, "Chương" | "CHƯƠNG" | "Phần" | "PHẦN" | "Mục" | "MỤC");
    if !(roman_ok || matches!(word, "Điều" | "ĐIỀU")) {
        return false;
    }
    let next = next.trim_start();
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        return matches!(&next.as_bytes()[digits..], [b'.', b' ', ..] | [b'.']);
    }
    let roman = next.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L')).count();
    roman_ok && (1..=7).contains(&roman) && matches!(&next.as_bytes()[roman..], [] | [b'.', ..] | [b' ', ..])
}

/// "Chương I", "CHƯƠNG II.", "Mục 2": a chapter's or a section's label and nothing else
/// (its number as [`BARE_LABEL`] reads a number alone).
fn is_chapter_label(line: &str) -> bool {
    line.trim().split_once(' ').is_some_and(|(word, number)| {
        matches!(word, "Chương" | "CHƯƠNG" | "Mục" | "MỤC") && BARE_LABEL.is_match(number.trim_start())
    })
}

fn is_label_word(line: &str) -> bool {
    matches!(
        line.trim().trim_start_matches(['“', '"']),
        "Điều"
            | "ĐIỀU"
            | "Chương"
            | "CHƯƠNG"
            | "Mục"
            | "MỤC"
            | "Phần"
            | "PHẦN"
            | "Phụ lục"
            | "PHỤ LỤC"
            | "TM."
            | "KT."
            | "TL."
            | "TUQ."
    )
}

static BARE_LABEL: Anchored = Anchored {
    firsts: &['I', 'V', 'X', 'L', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    regex: LazyLock::new(|| Regex::new(r"^(?:[IVXL]{1,7}|[0-9]{1,3}(?:\.[0-9]{1,2}){0,3})\.?[ \t]*$").unwrap()),
};

/// A line ending in a word that the number on the next line (`number`) follows in a
/// reference ("Điều" / "12.", "tại Phụ lục" / "VIII."). An article, clause, year or month is
/// counted in digits: "Hằng năm" / "III." is a cell and a Roman group's number, not
/// "năm" and its year.
pub(crate) fn ends_with_reference_word(line: &str, number: &str) -> bool {
    let w = last_word(line.trim_end());
    // "Một phần" ("in part") is a value, the level of an online service in every catalog
    // of procedures ("Toàn trình" / "Một phần" / "1" / "1.014464"), not "phần" and its
    // number: the row's number after it opens the row.
    if matches!(w, "phần" | "Phần") && ends_with_one_of(line.trim_end().strip_suffix(w).unwrap_or(""), &["một"]) {
        return false;
    }
    let digits = number.trim().starts_with(|c: char| c.is_ascii_digit());
    line.trim_end().ends_with(w)
        && match w {
            // "tại Khoản" / "2 Điều này;": some authors capitalise the clause's word.
            "Điều" | "điều" | "khoản" | "Khoản" | "điểm" | "Điểm" | "năm" | "tháng" => digits,
            // A pay grade: "hệ số lương bậc" / "1 (hệ số thấp nhất …)".
            "bậc" => digits,
            // "tại Phụ lục" / "VIII.", "viên hạng" / "II.", "loại" / "I.", "chỉ số" / "IV.".
            "Chương" | "Mục" | "mục" | "Phần" | "phần" | "lục" | "hạng" | "loại" | "số" => true,
            // "từ cấp I đến cấp" / "V.", "nhóm" / "II.": levels and groups in Roman numbers;
            // "lần thứ" / "XVIII.", "khóa" / "XVI": an ordinal and a term of office.
            "cấp" | "nhóm" | "vùng" | "độ" | "thứ" | "khóa" | "khoá" => !digits,
            _ => false,
        }
}

/// A line opening with a Roman number and its dot, then text that is not in capitals,
/// after a line ending in a word that takes a Roman number ("đến cấp" / "V. Chi tiết …"):
/// the number belongs to the line before. A Roman heading is written in capitals.
fn roman_after_reference(prev: &str, line: &str) -> bool {
    let roman = line.trim_start_matches(['I', 'V', 'X', 'L']);
    let n = line.len() - roman.len();
    let Some(rest) = roman.strip_prefix(". ") else { return false };
    (1..=7).contains(&n) && !is_all_caps(first_words(rest, 4)) && ends_with_reference_word(prev, &line[..=n])
}

/// A line opening with a number of one or two digits and its dot, after a line ending in
/// "bước" cited ("tại bước", "theo bước", "đến bước" …; "các bước" / "1. …" opens a list).
fn step_after_reference(prev: &str, line: &str) -> bool {
    let p = prev.trim_end();
    let Some(before) = p.strip_suffix("bước").or_else(|| p.strip_suffix("Bước")) else { return false };
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && line[digits..].starts_with(". ")
        && before.ends_with(' ')
        && matches!(last_word(before.trim_end()), "tại" | "theo" | "ở" | "từ" | "đến" | "và" | "hoặc")
}

/// The text up to its `k`-th space (all of it when shorter).
fn first_words(s: &str, k: usize) -> &str {
    s.match_indices(' ').nth(k - 1).map_or(s, |(i, _)| &s[..i])
}

/// A numbered heading in capitals so far ("I. MỤC", "PHẦN II", "Phần I. TÌNH HÌNH"): a
/// following line in capitals continues it ("ĐÍCH, YÊU CẦU"), one that is not ends it.
fn is_caps_heading(text: &str) -> bool {
    // Length first: this is asked for every line joined to a paragraph, and must not rescan a
    // long one (a paragraph of 32,000 lines stays linear).
    if text.len() > 480 || text.chars().count() > 160 || !item_start(text) {
        return false;
    }
    // The label word of a part may be written in small letters before a title in capitals.
    let title = text.strip_prefix("Phần ").map_or(text, |rest| rest.split_once(' ').map_or("", |(_, t)| t));
    !title.chars().any(char::is_lowercase) && is_all_caps(title)
}

/// Where blank lines separate paragraphs, is a blank line a paragraph break? Yes, except where
/// the text plainly runs on: the next line starts in lower case after an open line, or the line
/// before the blank is a full-width line cut in mid-sentence (a page break in a hard-wrapped
/// stretch: "… khi được mời: Theo" / "Chương trình công tác của tỉnh.").
/// `para`: the paragraph so far, `prev` its last line.
fn breaks_at_gap(prev: &str, para: &str, line: &str, width: usize, caps_heading: bool, after_label: bool) -> bool {
    // An attachment's label after a blank, whatever word the line before ends on ("442" /
    // "" / "người/ngày" / "" / "PHỤ LỤC III"; regression: "ngày" had run the label and its
    // title into the last row of the table before).
    if starts_item(line, Some(prev))
        || is_bare_number(line) && !number_runs_on(prev)
        || is_date_line(prev)
        || is_appendix_label(line)
    {
        return true;
    }
    if is_lone_letter(line) && !is_lone_letter(prev) {
        return true;
    }
    // A table's row-number column after a blank ("6. Quản lý sử dụng, phí thu được" / "" /
    // "STT" / …), or a table of steps' ("… do nhà đầu tư đề xuất" / "" / "Thứ tự công
    // việc"): the table's first cell, whatever word the line before ends on.
    if is_table_start(line) || is_step_table_start(line) {
        return true;
    }
    // A Roman number alone after a blank line is a group row's number or a heading's label
    // ("… không giữ chức vụ quản lý" / "" / "II" / "" / "LAO ĐỘNG (01 TTHC)"), even after a
    // cell that fills the width; only a word that takes the number ("cấp", "khóa") keeps it.
    if is_bare_roman(line)
        && !number_runs_on(prev)
        && !ends_with_reference_word(prev, line)
        && !ends_with_one_of(prev, &["khóa", "khoá", "thứ"])
    {
        return true;
    }
    // So is a decimal label alone after a heading in capitals or a field with its value
    // ("NỘI DUNG QUY TRÌNH" / "" / "2.1" / "" / "Điều kiện …: Không" / "" / "2.2"): an
    // item's number, its text after it. (After a table's cell, "Trường Mầm non …" / "1.1",
    // it stays with the row, as before: the table's rows are read whole.)
    if is_bare_decimal(line) && (is_all_caps(prev) || prev.contains(": ")) {
        return true;
    }
    // A time's cell after a blank: a count with its unit ("1.014464.H50" / "" / "03 ngày làm
    // việc kể từ …"), a year or a span of years alone ("… ngành có liên quan" / "" / "2026",
    // "2025 - 2035"). A digit after an open line runs on only after a word that takes the
    // number ("trong thời hạn" / "" / "15 ngày", "… ngày" / "" / "15/11/2025").
    if (opens_with_a_count_of_time(line) || is_years_alone(line))
        && !ends_with_function_word(prev)
        && !number_runs_on(prev)
        && !ends_with_one_of(prev, &["hạn", "quá", "đa", "vòng", "sau", "trước", "gồm", "đạt", "mất"])
        // A field and its value: "Thời hạn giải quyết" / "" / "07 ngày làm việc …".
        && !["thời hạn", "thời gian", "Thời hạn", "Thời gian"].iter().any(|w| prev.contains(w))
    {
        return true;
    }
    // A field after a blank ("… về tính chính xác của bản sao" / "" / "Lý do: Thực hiện Nghị
    // quyết …"): a paragraph of its own, even after a line that fills the width.
    if field_name(line).is_some() && !ends_with_function_word(prev) {
        return true;
    }
    // A count of time alone is a table's cell of time, whole ("190 ngày" / "" / "Quy trình
    // số 02", "45 ngày" / "" / "Tổng thời gian …"): a capital after it is not its word,
    // though "ngày" may take a date after it.
    if first_char(line).is_some_and(char::is_uppercase) && is_time_alone(para) {
        return true;
    }
    let open = !ends_sentence(prev) && !prev.trim_end().ends_with([':', ';']);
    let lower = first_char(line).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) && !is_letter_label(line);
    // Across the blank, "số" takes only a number ("Quyết định số" / "" / "12/2025/…"): a
    // capital after it opens the text under a title ending on the noun ("Chứng thư chữ ký
    // số", "Đẩy mạnh chuyển đổi số" / "" / "Cơ quan …"). And a function word written with a
    // capital is a name's syllable ("Nông Quang Nhất" / "" / "QUY CHẾ").
    let runs_on = ends_with_function_word(prev) && !ends_with_one_of(prev, &["số"]) && !ends_on_name_syllable(prev);
    if open && (lower || runs_on && !opens_sentence(line)) {
        return false;
    }
    let ends_word = prev.trim_end().chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',');
    let full = prev.chars().count() * 10 >= width * 9;
    // A numbered heading on one line that happens to fill it ("4. Sở Văn hóa, Thể thao và Du
    // lịch; Báo và Phát thanh, Truyền hình Cần Thơ" / "" / "Chỉ đạo …"): its item's first
    // line, a heading's length, no final punctuation; a capital after the blank opens the
    // body. A heading wrapped over the blank ends on a word that runs on ("… và" / "" /
    // "Du lịch"), which was decided above.
    // So is a numbered heading wrapped over two lines, the second filling its line ("4.1.
    // Ứng dụng hệ thống" / "thông tin địa lý (GIS) trong quản lý … đô thị" / "" / "Nghiên
    // cứu, ứng dụng GIS …"): thirty words at most in all.
    // (Asked last: only a full line that ends on a word gets this far.)
    let numbered_heading = || {
        let heading = |t: &str, words: usize| {
            !t.starts_with(['-', '–', '—', '•', '+', '*'])
                && t.split_whitespace().nth(words).is_none()
                && starts_item(t, None)
        };
        open && first_char(line).is_some_and(char::is_uppercase)
            && (heading(prev, 20) || heading(para, 30) || after_label && para.split_whitespace().nth(30).is_none())
    };
    !ends_word
        || !full
        || numbered_heading()
        || is_all_caps(prev)
        || is_all_caps(line)
        || caps_heading && !continues_caps(line)
}

/// Does the line end on a name: two words written with a capital and small letters after
/// it ("Quang Nhất" in "Nông Quang Nhất")? In running text a function word is written
/// small; one capital alone opens a sentence ("… khi được mời: Theo" / "" / "Chương …").
fn ends_on_name_syllable(line: &str) -> bool {
    let titled = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && w.chars().count() > 1 && cs.all(char::is_lowercase)
    };
    let mut words = line.split_whitespace().rev();
    words.next().is_some_and(titled) && words.next().is_some_and(titled)
}

/// Does the line open with a count and a unit of time ("03 ngày làm việc", "0,5 ngày", "24
/// giờ", "1/4 ngày")?
fn opens_with_a_count_of_time(line: &str) -> bool {
    let mut w = line.split_whitespace();
    let (count, unit) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
    count.starts_with(|c: char| c.is_ascii_digit())
        && count.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.' || b == b'/')
        && count.bytes().filter(|&b| b == b'/').count() <= 1
        && DURATION_UNITS.contains(&unit.trim_end_matches([',', ';', '.']))
}

/// A count of time and little else ("0,5 ngày", "03 ngày làm việc"): a table's cell of
/// time read as text, which goes with the task before it.
pub(crate) fn is_time_alone(text: &str) -> bool {
    opens_with_a_count_of_time(text) && text.split_whitespace().nth(4).is_none()
}

/// A year written in four digits, 1900–2099: "2025".
pub(crate) fn is_year(t: &str) -> bool {
    t.len() == 4 && (t.starts_with("19") || t.starts_with("20")) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A year or a span of years alone on its line: "2026", "2025 - 2035", "2025-2030".
fn is_years_alone(line: &str) -> bool {
    let t = line.trim();
    match t.split_once(['-', '–']) {
        Some((a, b)) => is_year(a.trim()) && is_year(b.trim()),
        None => is_year(t),
    }
}

/// Words that no name starts with: written with a capital, one opens a sentence. After a
/// blank line, "… đơn vị trực thuộc" / "" / "Được thiết lập, theo định dạng: …" is a heading
/// and its body, though "thuộc" usually runs on ("trực thuộc" / "Sở Y tế").
const SENTENCE_OPENERS: &[&str] = &["được", "là", "các", "những", "khi", "để", "nếu", "việc", "hoặc", "nhằm"];

/// Does the line open with one of [`SENTENCE_OPENERS`] written with a capital ("Được",
/// not "ĐƯỢC": a heading in capitals may run on)?
fn opens_sentence(line: &str) -> bool {
    let w = line.split_whitespace().next().unwrap_or("");
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.all(|c| !c.is_uppercase())
        && SENTENCE_OPENERS.contains(&w.trim_end_matches([',', ':']).to_lowercase().as_str())
}

/// Units of a duration: after a count ("22 ngày", "0,5 ngày", "24 giờ") the count's cell
/// ends, and the count with its unit is a cell, not a row number.
pub(crate) const DURATION_UNITS: [&str; 6] = ["ngày", "giờ", "tháng", "năm", "tuần", "phút"];

/// Does a lone number after `prev` belong to it ("… ngày" / "15", "… số" / "12")? Yes after
/// a word that takes a number, but not after a count's unit or a ditto cell: "… xuống 22
/// ngày" / "2", "0,5 ngày" / "2" and "Như trên" / "2" end a cell, and "2" is the next row's
/// number (regression: the 24 rows of Cao Bằng's list of procedures were one).
fn number_runs_on(prev: &str) -> bool {
    let mut words = prev.split_whitespace().rev();
    let (unit, count) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let counted = DURATION_UNITS.contains(&unit)
        && !count.is_empty()
        && count.starts_with(|c: char| c.is_ascii_digit())
        && count.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
    // "Như trên" ("as above"), a whole cell: "trên" ends it here.
    let ditto = prev.trim_end().to_lowercase().ends_with("như trên");
    // A rate's unit, "người/ngày", "đồng/học sinh/tháng", a whole cell too (regression: the
    // 14 rows of Vĩnh Long's table of exam payments were one, each "2" read as a day).
    let rate = unit.contains('/');
    ends_with_function_word(prev) && !counted && !ditto && !rate
}

/// A line that ends in a word no heading or sentence ends in ("của", "và", "Theo", "ngày")
/// runs on into the next one; not where that word is the last syllable of a noun or an
/// adverb ("giải phóng mặt bằng", "định kỳ hằng năm"), which a heading may end in.
pub(crate) fn ends_with_function_word(line: &str) -> bool {
    ends_with_one_of(line, LINKING_WORDS) || ends_with_one_of(line, OTHER_FUNCTION_WORDS) && !ends_with_compound(line)
}

/// Words whose last syllable is one of [`OTHER_FUNCTION_WORDS`]: "mặt bằng" is a site, not
/// "mặt" followed by "by".
const COMPOUNDS: &[&str] = &[
    "mặt bằng",
    "công bằng",
    "cân bằng",
    "đồng bằng",
    "văn bằng",
    "hằng năm",
    "hàng năm",
    "hằng tháng",
    "hàng tháng",
    "hằng ngày",
    "hàng ngày",
    "hiện có",
    "sẵn có",
    "thống nhất",
    "duy nhất",
    "dân số",
    "thiểu số",
    "đa số",
];

/// Does the line end on one of [`COMPOUNDS`] (in any case, as whole words)?
fn ends_with_compound(line: &str) -> bool {
    let t = line.trim_end().to_lowercase();
    COMPOUNDS.iter().any(|c| t.strip_suffix(c).is_some_and(|head| !head.chars().next_back().is_some_and(is_letter)))
}

/// Words that only link to what follows: a line ending on one never ends a paragraph.
const LINKING_WORDS: &[&str] = &[
    "của", "và", "các", "với", "theo", "tại", "cho", "để", "những", "được", "là", "từ", "đến", "đối", "hoặc", "nhằm",
    "thuộc", "giữa", "vào",
];
/// Function words that may also end a noun ("mặt bằng", "năm", "số").
const OTHER_FUNCTION_WORDS: &[&str] =
    &["về", "có", "trong", "ngày", "số", "năm", "tháng", "như", "bằng", "trên", "khi", "do", "một", "nhất"];

/// Does the line end on one of `words` (in any case)?
fn ends_with_one_of(line: &str, words: &[&str]) -> bool {
    let t = line.trim_end();
    let w = last_word(t);
    !w.is_empty() && t.ends_with(w) && words.contains(&w.to_lowercase().as_str())
}

/// Inside a block of lines with no blank line between them, lines are one paragraph wrapped at
/// odd places ("Sở Văn hóa, Thể thao và" / "Du lịch: …"): only a numbered or bulleted line, a
/// sentence end before a capital, or the end of a heading in capitals starts a new paragraph.
fn breaks_in_block(prev: &str, line: &str, caps_heading: bool) -> bool {
    if starts_item(line, Some(prev)) || is_rule(prev) || is_rule(line) || is_appendix_label(line) {
        return true;
    }
    // A chapter's or section's label alone on its line ("… tỉnh Đồng Tháp)" / "Chương I" /
    // "QUY ĐỊNH CHUNG"), unless the line before leaves a reference open ("tại" / "Chương II").
    if is_chapter_label(line) && !ends_with_function_word(prev) && !ends_with_one_of(prev, &["tại", "theo"]) {
        return true;
    }
    if let Some(b) = lone_bullet_break(prev, line) {
        return b;
    }
    let starts_capital = first_char(line).is_some_and(|c| c.is_uppercase());
    // A note in brackets pointing to an attachment after a sentence ("… cấp xã: 07 TTHC." /
    // "(Phụ lục Danh mục … kèm theo)", its first line "(Phụ" alone too) opens its paragraph
    // as a capital would. (A remark in brackets after a cell's sentence, "(Thời gian cơ
    // quan thuế …)", stays in the cell.)
    let opens_note = line.strip_prefix('(').and_then(first_char).is_some_and(|c| c.is_uppercase())
        && ["(Phụ", "kèm theo", "Chi tiết"].iter().any(|w| line.contains(w));
    if ends_sentence(prev) && (starts_capital || opens_note) {
        return true;
    }
    // A ground after the title's last line, which has no small letter: "… NĂM HỌC" /
    // "2025-2026" / "Căn cứ Luật Tổ chức …".
    if !prev.chars().any(char::is_lowercase) && opens_ground(line) {
        return true;
    }
    if caps_heading || is_all_caps(prev) {
        // "I. MỤC" / "ĐÍCH, YÊU CẦU" continues; "CHƯƠNG TRÌNH" / "Công tác tháng 02" does not.
        return starts_capital && !continues_caps(line);
    }
    false
}

/// An attachment's label on a line of its own, "PHỤ LỤC", "PHỤ LỤC II", "PHỤ LỤC SỐ 02":
/// it opens a paragraph whatever the line before ("+Trong đó: Cấp tỉnh: 13 TTHC" /
/// "PHỤ LỤC II" / "QUY TRÌNH NỘI BỘ …"; regression: the second attachment's title ran into
/// the first attachment's last table row).
fn is_appendix_label(line: &str) -> bool {
    line.trim().strip_prefix("PHỤ LỤC").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        words.len() <= 2 && words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit() || c.is_uppercase() || c == '.'))
    })
}

/// A text written "<field>: <value>" ("Lý do: Thực hiện …", "Cơ quan thực hiện: Sở Nội
/// vụ", "Bản chính: 03"): the field's name and its value. The name is the words before the
/// first colon, one to five of them without digits, brackets, quotes or "/", starting with
/// a capital. One shape for the reader (a field after a blank line opens a paragraph) and
/// for `compare` (the same field of two aligned sections, whose value must have a word).
pub(crate) fn field_name(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(':')?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    let plain = !name.chars().any(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '"' | '“' | '”' | '/'));
    let capital = name.chars().next().is_some_and(char::is_uppercase);
    ((1..=5).contains(&words) && plain && capital).then_some((name, value))
}

/// Words a name of an agency, a place or a document runs on after, when a line ends on
/// them ("… giao Sở" / "Tài chính chủ trì", "… tỉnh" / "Lạng Sơn", "… theo Luật" / "Đất
/// đai"): the capital on the next line is the name's, not a new sentence's.
const NAME_HEADS: &[&str] = &[
    "sở",
    "bộ",
    "ban",
    "phòng",
    "cục",
    "viện",
    "hội",
    "đoàn",
    "đảng",
    "ủy",
    "uỷ",
    "ubnd",
    "hđnd",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "phố",
    "trấn",
    "luật",
    "định",
    "quyết",
    "tư",
    "thị",
    "hoạch",
    "trình",
    "án",
    "tâm",
    "tịch",
    "dân",
    "nước",
    "trận",
    "an",
    "sự",
    "đốc",
    "phủ",
    "quốc",
    "tục",
    "quỹ",
    "ty",
    "đài",
];

/// A numbered item's first paragraph that is a short title so far: "3. Mức hỗ trợ học phí",
/// "Điều 4. Bổ sung, điều chỉnh", "1.2. Dân tộc thiểu số". Two to twenty words after an
/// article's, a Roman, Arabic or decimal label, the first alone with a capital, with no
/// sentence punctuation in it and no word at its end that runs on (a function word, or a
/// word a name goes on after: "… giao Sở" / "Tài chính").
/// `after_label`: the item's label stood alone before the paragraph ("11." / "Vận hành hệ
/// thống …"), which is then all title.
fn is_item_title(para: &str, after_label: bool) -> bool {
    use crate::model::LabelKind;
    // Cheap tests first: asked at every line of a paragraph.
    if para.len() > 240
        || !after_label && !para.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'Đ' | 'I' | 'V' | 'X'))
    {
        return false;
    }
    let title = if after_label {
        para.trim()
    } else {
        let Some(l) = super::grammar::parse_label(para) else { return false };
        if !matches!(l.kind, LabelKind::Article | LabelKind::Roman | LabelKind::Arabic | LabelKind::Decimal) {
            return false;
        }
        para[l.rest..].trim()
    };
    // A list of duties in one sentence ("Thường xuyên rà soát, kịp thời tham mưu, trao đổi,
    // đề xuất các bộ, ban, ngành" / "Trung ương …") is no title; "Bổ sung, điều chỉnh" is.
    is_title_text(title, 1)
}

/// A title's words ([`is_item_title`], [`point_title_ends`]): two to twenty, at most
/// `commas` commas, the first alone with a capital, no sentence punctuation and no word at
/// the end that runs on.
fn is_title_text(title: &str, commas: usize) -> bool {
    let words = title.split_whitespace().count();
    (2..=20).contains(&words)
        && title.matches(',').count() <= commas
        && first_char(title).is_some_and(char::is_uppercase)
        // A name inside ("1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện" / "Nghị quyết
        // này.", "5. Trưởng Ban Kiểm soát xây dựng" / "Quy chế …"): a sentence that names
        // who does what, wrapped; a title names a matter ("Mức hỗ trợ học phí").
        && !title.split_whitespace().skip(1).any(|w| w.chars().next().is_some_and(char::is_uppercase))
        // Nor one that opens with an instruction ("2. Giao các phòng chuyên môn" / "Tham mưu
        // thực hiện …"): who is asked to do what is the sentence's.
        && !["Giao ", "Đề nghị ", "Yêu cầu "].iter().any(|w| title.starts_with(w) && !title.starts_with("Giao ban"))
        && !title.contains(['.', ';', ':', '(', ')', '“', '"', '?', '!'])
        && !title.ends_with([',', '-', '–'])
        && !is_all_caps(title)
        && !ends_with_function_word(title)
        && !ends_with_one_of(title, NAME_HEADS)
}

/// The words written with a capital inside a line's sentence at least as often as first
/// on another line ("theo Nghị quyết", "Ủy ban nhân dân Thành phố", "tỉnh Quảng Trị", "Việt
/// Nam"), in lower case: names of documents, agencies and places, where "Các", "Chủ trì",
/// "Trong" mostly open lines. A line opening with one after a short numbered title ("1. Giao
/// Ủy ban nhân dân Thành phố tổ chức thực hiện" / "Nghị quyết này.") is the title's sentence
/// wrapped before a name, not the item's text.
fn mid_capitals(body: &Body) -> std::collections::HashSet<String> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for k in 0..body.len() {
        // A line in capitals writes every word so, a name or not (Vĩnh Long's title "… ĐỊNH
        // MỨC HỌC PHÍ … VÀ MỨC HỖ TRỢ HỌC PHÍ …" had made "Mức" a name, and "3. Mức hỗ trợ
        // học phí" / "Mức học phí quy định …" one paragraph).
        if is_all_caps(body.text(k)) {
            continue;
        }
        // After a word that ends no sentence: "… thực hiện Nghị", "Quảng Trị", "Việt Nam".
        let mut inside = false;
        for (i, w) in body.text(k).split_whitespace().enumerate() {
            if w.chars().next().is_some_and(is_upper) {
                if i == 0 {
                    counts.entry(word_key(w)).or_default().1 += 1;
                } else if inside {
                    counts.entry(word_key(w)).or_default().0 += 1;
                }
            }
            // A bracket closes a remark ("(Trung tâm) Quy …"), not a label ("b) Các …").
            inside = w.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',' || c == ')' && w.contains('('));
        }
    }
    // The line that asks is one of the lines the word opens: as often inside lines as first
    // on the others.
    counts.into_iter().filter(|(_, (mid, first))| mid + 1 > *first).map(|(w, _)| w).collect()
}

/// Where points' titles end over their text with no blank line between, in a text that
/// writes two neighbouring points so ("a) Sử dụng và quản lý các dịch vụ phục vụ, hỗ trợ" /
/// "hoạt động giáo dục, đào tạo" / "Các cơ sở giáo dục được tự chủ …", and "b) Tổ chức thu
/// các dịch vụ …" / "giáo dục, đào tạo" / "Căn cứ mức trần …"): the body lines where the
/// text opens. A title is the label's line, or it and one line that runs on in small
/// letters, of 2 to 20 words with at most two commas and no stop, colon or bracket, and a
/// word with a capital then small letters opens the next line. One point alone so is as
/// likely a sentence wrapped before a name ("g) Tham gia quản lý, vận hành" / "Cơ sở dữ
/// liệu quốc gia …"), so a title counts only when the point before or after it (the next
/// letter, within 60 lines) has one too; and a title holds no name.
fn point_title_ends(
    body: &Body,
    mid_caps: &mut Option<std::collections::HashSet<String>>,
) -> std::collections::HashSet<usize> {
    use crate::model::LabelKind;
    // (letter's ordinal, label's body line, body line where the text opens)
    let mut found: Vec<(u32, usize, usize)> = Vec::new();
    let adjacent = |a: usize, b: usize| body.line(b) == body.line(a) + (b - a);
    for k in 0..body.len() {
        let t = body.text(k);
        if !t.starts_with(super::grammar::is_list_letter) {
            continue;
        }
        let Some(l) = super::grammar::parse_label(t) else { continue };
        if l.kind != LabelKind::Letter {
            continue;
        }
        let first = t[l.rest..].trim();
        let mut title = first.to_string();
        let mut j = k + 1;
        if j < body.len() && adjacent(k, j) && body.text(j).starts_with(char::is_lowercase) {
            title.push(' ');
            title.push_str(body.text(j).trim());
            j += 1;
        }
        // A point's title may take two commas ("Sử dụng và quản lý các dịch vụ phục vụ, hỗ
        // trợ hoạt động giáo dục, đào tạo"): its sibling's is asked too. A name inside, or
        // at its end ("… phối hợp với Sở" / "Khoa học và Công nghệ"), makes it a sentence.
        if is_title_text(&title, 2)
            && j < body.len()
            && adjacent(k, j)
            && opens_item_text(body.text(j))
            && !starts_item(body.text(j), None)
        {
            found.push((l.ordinal, k, j));
        }
    }
    let paired = |&(n, k, _): &(u32, usize, usize)| {
        found.iter().any(|&(m, q, _)| {
            (q > k && q - k <= 60 && super::grammar::next_letter(n, m))
                || (q < k && k - q <= 60 && super::grammar::next_letter(m, n))
        })
    };
    if found.is_empty() {
        return std::collections::HashSet::new();
    }
    // Nor a line opening with a word that is written with a capital inside sentences (a
    // name's, "Khoa học", "Nghị quyết"): the title's sentence wrapped before the name.
    let names = mid_caps.get_or_insert_with(|| mid_capitals(body));
    found.iter().filter(|f| paired(f) && !names.contains(&first_word_lower(body.text(f.2)))).map(|f| f.2).collect()
}

/// The last word of an open line and the first word after a dash opening the next one
/// ("… Hội đồng Thi đua" / "- Khen thưởng tỉnh …" → ("đua", "khen")), as [`word_key`]s.
fn dash_pair(prev: &str, line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix(['-', '–'])?.strip_prefix(' ')?;
    let last = prev.split_whitespace().last()?;
    if !last.ends_with(char::is_alphanumeric) {
        return None;
    }
    let next = rest.split_whitespace().next()?;
    Some((word_key(last), word_key(next)))
}

/// The pairs of words around a dash inside the text's lines, " - " or " – " between two
/// words ("Thi đua - Khen thưởng"), as [`word_key`]s.
fn inline_dash_pairs(body: &Body) -> std::collections::HashSet<(String, String)> {
    let mut out = std::collections::HashSet::new();
    for k in 0..body.len() {
        let words: Vec<&str> = body.text(k).split_whitespace().collect();
        for w in words.windows(3).filter(|w| matches!(w[1], "-" | "–")) {
            if w[0].ends_with(char::is_alphanumeric) && w[2].starts_with(char::is_alphanumeric) {
                out.insert((word_key(w[0]), word_key(w[2])));
            }
        }
    }
    out
}

/// A word as [`mid_capitals`] keeps it: without the punctuation around it, in lower case.
fn word_key(w: &str) -> String {
    let mut out = String::new();
    w.trim_matches(|c: char| !c.is_alphanumeric()).chars().for_each(|c| push_lower(&mut out, c));
    out
}

/// The first word of a line, as [`mid_capitals`] keeps it.
fn first_word_lower(line: &str) -> String {
    word_key(line.split_whitespace().next().unwrap_or(""))
}

/// Does the text from body line `k` on reach a sentence's or clause's end (".", ";", ":")
/// before its block ends (a blank line where blank lines separate paragraphs, or a
/// numbered line)? A title wrapped before a name ("3. Thủ tục" / "Chấp thuận chuyển giao
/// công nghệ" / "") does not; an item's text does. Twelve lines at most are read.
fn runs_to_sentence_end(body: &Body, kinds: &[Kind], layout: Layout, k: usize) -> bool {
    for j in k..body.len().min(k + 12) {
        let ln = body.line(j);
        // A blank line ends a block only where blank lines separate paragraphs.
        let gap = || layout == Layout::Blocks && (body.line(j - 1)..ln - 1).any(|i| kinds[i] == Kind::Blank);
        if j > k && (gap() || starts_item(body.text(j), None)) {
            return false;
        }
        let t = body.text(j).trim_end();
        if t.ends_with(['.', ';', ':', '!', '?']) || t.contains(". ") || t.contains("; ") || t.contains(": ") {
            return true;
        }
    }
    false
}

/// A line that opens an item's text after its title: a word with a capital, then small
/// letters (not a line in capitals, which the rules for headings in capitals decide, nor
/// an abbreviation, "TCVN 6909:2001", "UBND tỉnh", which is a name).
fn opens_item_text(line: &str) -> bool {
    let w = line.split_whitespace().next().unwrap_or("");
    let mut cs = w.chars();
    // A word, not a number: "… khoáng sản nhóm" / "I, nhóm II …" runs on.
    cs.next().is_some_and(char::is_uppercase)
        && !cs.any(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && !is_all_caps(line)
}

/// A table's unit line: "Đơn vị tính: …" or "ĐVT: …", bracketed or not. "Đơn vị tính"
/// alone is a column's heading, which the table reader takes as a cell.
pub(crate) fn is_unit_line(line: &str) -> bool {
    let t = line.trim_start().trim_start_matches('(').trim_start();
    ["Đơn vị tính", "ĐVT"].iter().any(|w| t.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with(':')))
}

/// Does the paragraph end with an attachment's note closed ("… (Kèm theo Quyết định số … của
/// Ủy ban nhân dân tỉnh)")? Only the paragraph's last 600 bytes are read: a note is a line
/// or three.
pub(crate) fn ends_attachment_note(cur: Option<&Para>) -> bool {
    let Some(t) = cur.map(|c| c.text.trim_end()) else { return false };
    let tail = &t[t.floor_char_boundary(t.len().saturating_sub(600))..];
    tail.ends_with(')') && tail.rfind('(').is_some_and(|i| super::parts::is_attachment_note(&tail[i..]))
}

/// A paragraph that is one note in brackets, opened at its start and closed at its end:
/// "(Phụ lục Danh mục thủ tục hành chính sửa đổi, bổ sung kèm theo)".
pub(crate) fn is_closed_note(text: &str) -> bool {
    let t = text.trim();
    // A note is a line or three; asked at every line of a paragraph, the bound keeps a
    // paragraph of a megabyte from being read again at each of its lines.
    if t.len() > 400 {
        return false;
    }
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else { return false };
    // The bracket opened first is the one closed last: "(a) … (b)" is not one note.
    let mut depth = 1i32;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return false;
        }
    }
    depth == 1
}

/// A bullet's mark and nothing else: "-", "+", "–", "•".
fn is_lone_bullet(line: &str) -> bool {
    matches!(line.trim(), "-" | "+" | "–" | "•")
}

/// A bullet alone on its line after a lead-in opens a paragraph whose text is on the next
/// line ("1. Sở Khoa học và Công nghệ:" / "-" / "Đồng bộ đầy đủ …"; regression: the
/// clause's heading ran into its first bullet), and the line after a lone bullet is its
/// text unless it starts an item of its own. Inside a table's cell ("… công ích." / "-" /
/// "Nộp hồ sơ …") the bullet follows the cell's lines, as before. `None`: no bullet alone
/// here, the layout's own rules decide. The same in every layout.
fn lone_bullet_break(prev: &str, line: &str) -> Option<bool> {
    if is_lone_bullet(line) && prev.trim_end().ends_with(':') {
        return Some(true);
    }
    (is_lone_bullet(prev) && !starts_item(line, Some(prev))).then_some(false)
}

/// Is there a paragraph break between two consecutive body lines of hard-wrapped text?
/// `caps_heading`: the paragraph so far is a numbered heading in capitals.
/// Ends on a word that only links to what follows ("của", "và", "các" …): never the end of
/// a paragraph, heading or not. Narrower than [`ends_with_function_word`], whose words may
/// end a noun ("mặt bằng", "năm", "số").
fn ends_with_linking_word(line: &str) -> bool {
    ends_with_one_of(line, LINKING_WORDS)
}

/// A letter alone on its line is a table's sub-row ("2" / "Điều dưỡng tại nhà" / "a" /
/// "Nhóm 1: …" / "b" / …): a paragraph of its own, not a word running on. Letters alone one
/// after another are no sub-rows (a cell's text is between two), and stay one paragraph:
/// a megabyte of "a" lines is not half a million paragraphs.
pub(crate) fn is_lone_letter(line: &str) -> bool {
    let mut cs = line.trim().chars();
    cs.next().is_some_and(super::grammar::is_list_letter) && cs.next().is_none()
}

fn breaks_between(prev: &str, line: &str, width: usize, caps_heading: bool) -> bool {
    if is_lone_letter(line) != is_lone_letter(prev) {
        return true;
    }
    if let Some(b) = lone_bullet_break(prev, line) {
        return b;
    }
    // A rule under a header column ("--------------") stands alone: it ends nothing into the
    // next line ("ĐƠN ĐỀ NGHỊ") and nothing runs into it.
    if is_rule(prev) || is_rule(line) {
        return true;
    }
    if starts_item(line, Some(prev)) || is_bare_number(line) && !number_runs_on(prev) {
        return true;
    }
    // A header's date line is a paragraph of its own, whatever the lines' lengths (the
    // subject under it, "Chương trình công tác tháng 03 năm 2026", had been run into it).
    let starts_lower = first_char(line).is_some_and(|c| c.is_lowercase());
    // An ellipsis ends a list, not always the sentence ("… gian lận thương mại,..." / "trên
    // địa bàn không xảy ra …"): a small letter after it carries the sentence on.
    let ellipsis = prev.trim_end().ends_with("...") || prev.trim_end().ends_with('…');
    if ends_sentence(prev) && !(ellipsis && starts_lower) || is_date_line(prev) {
        return true;
    }
    // "… khoản 2 Điều 2 như sau:" / "“2. Các Sở, ban, ngành …": a quotation after a colon
    // opens a paragraph of its own (an amendment's new text).
    if prev.trim_end().ends_with(':') && line.starts_with(['“', '"']) {
        return true;
    }
    // A point written "a." rather than "a)" ("2. Đối tượng áp dụng:" / "a. Trưởng, Phó …"),
    // after a line that ends a clause: a wrapped sentence does not start a line with a
    // letter, a full stop and a capital there.
    let point = super::grammar::match_letter(line)
        .is_some_and(|(k, end)| line.as_bytes()[k] == b'.' && line[end..].starts_with(char::is_uppercase));
    if ends_clause(prev) && point {
        return true;
    }
    if starts_lower {
        return false;
    }
    // An abbreviation alone, "TTHC." after "- Trả kết quả giải quyết": the sentence's end;
    // after a count, "02" / "TTHC", what it counts.
    let count = !prev.trim().is_empty() && prev.trim().bytes().all(|b| b.is_ascii_digit());
    if is_abbreviation_line(line) && !prev.ends_with(':') || count && is_abbreviation(line.trim()) {
        return false;
    }
    let prev_len = prev.chars().count();
    let prev_open = prev.ends_with([',', ';', '-', '–', '(']) || prev.ends_with(FN_CLOSE);
    if prev_open {
        return false;
    }
    if caps_heading && continues_caps(line) {
        // A numbered heading in capitals wrapped over two lines: "I. MỤC" / "ĐÍCH, YÊU CẦU".
        return false;
    }
    if (caps_heading || is_all_caps(prev)) && !continues_caps(line) {
        return true;
    }
    // A line that ends on a word needing its object ("Căn cứ các Quyết định của" / "Thủ
    // tướng Chính phủ …") runs on, whatever letter the next line starts with.
    if ends_with_linking_word(prev) {
        return false;
    }
    // A short line ends its paragraph only before a capital letter, also one that opens a
    // quotation ("a) Chủ đề Tháng hành động năm 2025" / "“Bình đẳng giới …”"): a wrapped
    // line may start with a number ("ngày" / "08/01/2026 của UBND tỉnh").
    let starts_capital = first_char(line.trim_start_matches(['“', '"'])).is_some_and(|c| c.is_uppercase());
    starts_capital && prev_len * 10 < width * 8
}

/// What to put between a paragraph and the next wrapped line: nothing for a word split
/// across lines or a symbol broken after its hyphen, a space otherwise.
fn glue(text: &str, next: &str, vocab: &Vocab<'_>) -> &'static str {
    // "04/KH-" + "BCĐ", "52-" + "CT/TW": a hyphen glued to the character before it.
    if let Some(head) = text.strip_suffix('-')
        && head.chars().last().is_some_and(|c| c.is_alphanumeric())
        && first_char(next).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return "";
    }
    let a = last_word(text);
    let b = first_word(next);
    if !a.is_empty()
        && !b.is_empty()
        && text.ends_with(a)
        && next.starts_with(b)
        && b.chars().next().is_some_and(|c| c.is_lowercase())
    {
        let seen = |w: &str| vocab.count(w);
        let (la, lb) = (lower(a), lower(b));
        // The fragments occur here once each (at this line break), the whole word elsewhere.
        if (seen(&la) <= 1 || seen(&lb) <= 1) && !is_word(a) {
            let joined = format!("{la}{lb}");
            if seen(&joined) > 0 {
                return "";
            }
        }
    }
    " "
}

/// `s` in lower case, copied only when it has a capital.
fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) { Cow::Owned(s.to_lowercase()) } else { Cow::Borrowed(s) }
}

/// A few short syllables that are words on their own and must never be glued to the next
/// line even when the glued form happens to occur ("các" + "h" …). The vocabulary test
/// already protects frequent words; this guards the rare ones.
fn is_word(s: &str) -> bool {
    matches!(s.to_lowercase().as_str(), "và" | "các" | "của" | "có" | "là" | "đã" | "được" | "cho" | "với" | "theo")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_label_is_followed_by_its_sibling_child_or_an_ancestors_sibling() {
        let d = |s: &str| Decimal::leading(s).unwrap();
        assert_eq!(Decimal::leading("1.2.1. Lập kế hoạch"), Some(d("1.2.1")));
        assert_eq!(Decimal::leading("2.10"), Some(d("2.10.")));
        assert!(Decimal::leading("1.000 đồng").is_none() && Decimal::leading("Số 2.3").is_none());
        for next in ["2.4", "2.4.", "2.3.1", "3"] {
            assert_eq!(d("2.3").is_followed_by(next), next != "3", "{next}");
        }
        assert!(d("2.9").is_followed_by("2.10") && d("2.3.4").is_followed_by("2.4"));
        for not_next in ["2.5", "2.3", "2.3.2", "3.1", "1.4", "2.4.1"] {
            assert!(!d("2.3").is_followed_by(not_next), "{not_next}");
        }
    }

    fn texts<'a>(r: &'a Repaired<'_>) -> Vec<&'a str> {
        r.paras.iter().map(|p| p.text.as_str()).collect()
    }

    /// A numbered item's short title on its line, its text under it with no blank line
    /// between, in a text whose paragraphs are blocks (regression: Vĩnh Long's "4. Nguồn
    /// kinh phí thực hiện" and Điều 4 of Lai Châu's "Bổ sung, điều" / "chỉnh" ran into
    /// their text). A sentence wrapped before a name is not a title: "Giao Ủy ban nhân dân
    /// Thành phố tổ chức thực hiện" / "Nghị quyết này." (a name inside the title), "bộ mã
    /// ký tự chữ" / "Việt …" ("Việt" is written inside lines more than first on one), "Cấp
    /// lại giấy phép" / "Chấp thuận …" (no sentence's end before the blank), a list of
    /// duties with its commas.
    #[test]
    fn a_numbered_title_ends_before_its_text() {
        let blocks = |body: &str| {
            format!(
                "QUYẾT ĐỊNH\n\nĐiều 1. Ban hành quy định.\n\nCăn cứ Luật Tổ chức chính quyền địa phương.\n\n\
                 {body}\n\nĐiều 9. Hiệu lực thi hành.\n\nCác cơ quan của Việt Nam thực hiện.\n\nQuyết định có hiệu lực.\n"
            )
        };
        let paras = |body: &str| {
            let t = blocks(body);
            let r = repair(&t);
            assert_eq!(r.layout, Layout::Blocks, "{:?}", texts(&r));
            r.paras.iter().map(|p| p.text.clone()).collect::<Vec<String>>()
        };
        let p = paras("4. Nguồn kinh phí thực hiện\nKinh phí thực hiện chính sách do ngân sách\nnhà nước bảo đảm.");
        assert!(p.contains(&"4. Nguồn kinh phí thực hiện".to_string()), "{p:?}");
        assert!(p.contains(&"Kinh phí thực hiện chính sách do ngân sách nhà nước bảo đảm.".to_string()), "{p:?}");
        let p = paras(
            "Điều 4. Bổ sung, điều\nchỉnh\nTrong quá trình thực\nhiện, nếu có vướng mắc các xã kịp thời phản ánh.",
        );
        assert!(p.contains(&"Điều 4. Bổ sung, điều chỉnh".to_string()), "{p:?}");
        for one in [
            "1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết này.",
            "2. Sử dụng bộ mã ký tự chữ\nViệt theo tiêu chuẩn quốc gia.",
            "3. Cấp lại giấy phép\nChấp thuận chuyển giao công nghệ",
            "5. Thường xuyên rà soát, kịp thời tham mưu, đề xuất sửa đổi kịp thời\nPhối hợp với các sở thực hiện.",
        ] {
            let p = paras(one);
            assert!(p.contains(&one.replace('\n', " ")), "{one:?}: {p:?}");
        }
    }

    /// Across a blank line, "số" runs on only into a number, and a function word written
    /// with a capital is a name's syllable (regressions: "4. Gia hạn, thay đổi nội" / "dung
    /// thông tin Chứng thư chữ ký số" / "" / "Cơ quan, tổ chức …" was one paragraph in
    /// Quảng Ninh's rules on digital signatures; the signer "Nông Quang Nhất" / "" / "QUY
    /// CHẾ" took the attachment's first word in Thái Nguyên's decision 26/2025). "của" /
    /// "" / "Ủy ban …", "số" / "" / "12/2025/…" and a sentence's first word, "mời: Theo" /
    /// "" / "Chương trình …" (Tam Thanh's programme), still run on.
    #[test]
    fn a_title_ending_on_so_or_a_name_ends_at_the_blank() {
        let t = "QUYẾT ĐỊNH\n\nĐiều 1. Ban hành quy định.\n\nCăn cứ Luật Tổ chức chính quyền địa phương.\n\n\
                 4. Gia hạn, thay đổi nội\ndung thông tin Chứng thư chữ ký số\n\nCơ quan, tổ chức quản lý trực\n\
                 tiếp có văn bản đề nghị thay đổi.\n\nDự họp khi được mời: Theo\n\nChương trình công tác của tỉnh.\n\n\
                 Theo Quyết định số\n\n12/2025/QĐ-UBND của\n\n\
                 Ủy ban nhân dân tỉnh.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNông Quang Nhất\n\nQUY CHẾ\n\n\
                 PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let p = texts(&r);
        for para in [
            "4. Gia hạn, thay đổi nội dung thông tin Chứng thư chữ ký số",
            "Cơ quan, tổ chức quản lý trực tiếp có văn bản đề nghị thay đổi.",
            "Dự họp khi được mời: Theo Chương trình công tác của tỉnh.",
            "Theo Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.",
            "QUY CHẾ",
        ] {
            assert!(p.contains(&para), "{para:?}: {p:?}");
        }
    }

    /// A numbered title over a blank line and its text: after the item's label alone
    /// ("11." / "Vận hành hệ thống … môi trường biển" / "" / "Tiếp tục …"; regression:
    /// Đồng Tháp's plan 556, III.11), and after a title ending on a noun whose last syllable
    /// takes a number elsewhere ("1. Điểm của" / "tiêu chí dân số" / "" / "Điểm của tiêu
    /// chí này …"; regression: Hà Nội 48/2025's attachment).
    #[test]
    fn a_numbered_title_ends_at_the_blank_after_it() {
        let t = "QUYẾT ĐỊNH\n\nĐiều 1. Ban hành quy định.\n\nCăn cứ Luật Tổ chức chính quyền địa phương.\n\n\
                 11.\nVận hành hệ thống thông tin và cơ sở dữ liệu về tài nguyên, môi trường biển\n\n\
                 Tiếp tục vận hành hệ thống\ncơ sở dữ liệu về tài nguyên, môi trường biển của tỉnh.\n\n\
                 1. Điểm của\ntiêu chí dân số\n\nĐiểm của tiêu chí này là tổng điểm của 02 tiêu chí.\n\nCác cơ quan thực hiện.\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let p = texts(&r);
        assert!(
            p.contains(&"Tiếp tục vận hành hệ thống cơ sở dữ liệu về tài nguyên, môi trường biển của tỉnh."),
            "{p:?}"
        );
        assert!(p.contains(&"1. Điểm của tiêu chí dân số"), "{p:?}");
        // The same with a blank line after every line, where blank lines mean nothing
        // (regression: Đồng Tháp's III.11 so laid out still ran into its text).
        let doubled: String = t.lines().filter(|l| !l.is_empty()).map(|l| format!("{l}\n\n")).collect();
        let r = repair(&doubled);
        assert_eq!(r.layout, Layout::Lines);
        let p = texts(&r);
        assert!(
            p.contains(&"Tiếp tục vận hành hệ thống cơ sở dữ liệu về tài nguyên, môi trường biển của tỉnh."),
            "{p:?}"
        );
    }

    /// A range broken at its dash ("công suất 5" / "-10 tấn/ngày đêm;", Hà Tĩnh's rules
    /// on waste stations) and a level's number after "cấp độ" ("… các địa bàn cấp độ" / "1.
    /// Cấp ngay mì tôm …", Đắk Lắk's flood plan) run on; a bullet "- 10 …" after a sentence
    /// and an item "1." after a sentence still open their paragraphs.
    #[test]
    fn a_range_or_a_levels_number_at_a_lines_start_runs_on() {
        let r = repair(
            "b) Bán kính phục vụ tối đa 01km thì diện tích tối thiểu là 35m2, công suất 5\n-10 tấn/ngày đêm;\n- 10 trạm.\n",
        );
        assert_eq!(
            texts(&r),
            [
                "b) Bán kính phục vụ tối đa 01km thì diện tích tối thiểu là 35m2, công suất 5 -10 tấn/ngày đêm;",
                "- 10 trạm."
            ]
        );
        let r = repair(
            "- Giai đoạn khẩn cấp: tiếp cận ngay các vùng ngập, ưu tiên các địa bàn cấp độ\n1. Cấp ngay mì tôm, nước uống.\n1. Tổ chức bếp ăn.\n",
        );
        assert_eq!(r.paras.len(), 2, "{:?}", texts(&r));
        assert!(r.paras[0].text.ends_with("cấp độ 1. Cấp ngay mì tôm, nước uống."), "{:?}", texts(&r));
    }

    #[test]
    fn blank_line_after_every_line_is_ignored() {
        // fixtures/tam-thanh-2025-12.txt: every line followed by a blank line.
        let t = "1. Chỉ đạo tập trung triển khai thực hiện đồng bộ, quyết liệt các Nghị \n\nquyết, quyết định của tỉnh, Ban Chấp hành Đảng bộ phường, HĐND phường về \n\nnhiệm vụ, giải pháp thực hiện kế hoạch phát triển kinh tế - xã hội. \n\n2. Tập trung chỉ đạo.\n";
        let r = repair(t);
        assert_eq!(r.paras.len(), 2, "{:?}", texts(&r));
        assert!(r.paras[0].text.contains("các Nghị quyết, quyết định"));
        assert_eq!(r.paras[0].lines, LineRange::new(1, 5));
    }

    #[test]
    fn blank_line_inside_a_sentence_is_ignored() {
        // fixtures/tam-thanh-2026-02.txt lines 5-8 and 220-222.
        let t = "1. Tập trung lãnh đạo, chỉ đạo tiếp tục tuyên truyền, quán triệt, cụ thể hóa\n\ntriển khai thực hiện các nghị quyết.\n1. Dự các cuộc họp Tỉnh ủy, HĐND, UBND tỉnh khi được mời: Theo\n\nChương trình công tác của tỉnh.\n";
        let r = repair(t);
        assert_eq!(
            texts(&r),
            vec![
                "1. Tập trung lãnh đạo, chỉ đạo tiếp tục tuyên truyền, quán triệt, cụ thể hóa triển khai thực hiện các nghị quyết.",
                "1. Dự các cuộc họp Tỉnh ủy, HĐND, UBND tỉnh khi được mời: Theo Chương trình công tác của tỉnh."
            ]
        );
    }

    /// Where blank lines part paragraphs, a numbered heading on one line that happens to fill
    /// it ends at the blank when a capital follows: the body is not run into the heading
    /// (regression: "Điều 10. Bảo vệ và xử lý sự cố công trình hạ tầng kỹ thuật viễn thông
    /// thụ động" / "" / "Để bảo đảm …" was one task in a real decision). A heading wrapped
    /// over the blank on a word that runs on ("… và" / "" / "Du lịch …") stays whole.
    #[test]
    fn a_numbered_heading_that_fills_its_line_ends_at_the_blank() {
        let t = "1. Các cơ quan truyền thông, báo chí tăng thời lượng, nâng cao chất lượng các\n\
                 chương trình tuyên truyền về công tác dân số và phát triển, pháp luật về chính\n\
                 sách dân số; phối hợp với Sở Y tế xây dựng các chuyên trang, chuyên mục về dân\n\
                 số và phát triển để tuyên truyền rộng rãi đến người dân trên địa bàn thành phố.\n\n\
                 2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ\n\n\
                 Chỉ đạo các cơ quan truyền thông, báo chí tăng thời lượng các chương trình tuyên\n\
                 truyền về công tác dân số và phát triển, pháp luật về chính sách dân số.\n\n\
                 3. Ủy ban nhân dân các xã, phường phối hợp với Sở Văn hóa, Thể thao và\n\n\
                 Du lịch tổ chức tuyên truyền về công tác dân số và phát triển trên địa bàn.\n\n\
                 4. Sở Y tế chủ trì, phối hợp với các sở, ban, ngành và địa phương tổ chức thực\n\
                 hiện Kế hoạch này; theo dõi, đôn đốc, kiểm tra và tổng hợp báo cáo kết quả.\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let got = texts(&r);
        assert!(got.contains(&"2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ"), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("Chỉ đạo các cơ quan")), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("3. Ủy ban") && p.ends_with("trên địa bàn.")), "{got:?}");
    }

    /// The same for a numbered heading wrapped over two lines whose second fills its line
    /// (regression: Hải Phòng's plan read "4.1. Ứng dụng hệ thống" / "thông tin địa lý (GIS)
    /// … đô thị" / "" / "Nghiên cứu, …" as one task, and a decision's article titles the same
    /// way). A sentence wrapped over the blank on a lower-case word still runs on.
    #[test]
    fn a_numbered_heading_over_two_lines_ends_at_the_blank() {
        let t = "4. Ứng dụng công nghệ số trong quản lý đô thị, quy hoạch và hạ tầng kỹ thuật của
                 thành phố, bảo đảm đồng bộ với các cơ sở dữ liệu của các sở, ngành, địa phương.

                 4.1. Ứng dụng hệ thống
                 thông tin địa lý (GIS) trong quản lý quy hoạch và hạ tầng kỹ thuật đô thị thông

                 Nghiên cứu, ứng dụng GIS để quản lý, giám sát và cung cấp thông tin quy hoạch.

                 4.2. Xây dựng Cổng thông tin quy hoạch trực tuyến cho phép doanh nghiệp và người

                 dân tra cứu thông tin quy hoạch, hạ tầng kỹ thuật đô thị một cách thuận tiện.
";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let got = texts(&r);
        assert!(
            got.contains(&"4.1. Ứng dụng hệ thống thông tin địa lý (GIS) trong quản lý quy hoạch và hạ tầng kỹ thuật đô thị thông"),
            "{got:?}"
        );
        assert!(got.iter().any(|p| p.starts_with("Nghiên cứu, ứng dụng GIS")), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("4.2. Xây dựng") && p.ends_with("thuận tiện.")), "{got:?}");
    }

    /// A table's row-number column after a blank line is the table's first cell, even after
    /// a heading ending on a word that may run on (regression: Hà Nội's "6. Quản lý sử dụng,
    /// phí thu được" / "" / "STT" read as one heading, and its table as loose paragraphs).
    #[test]
    fn a_row_number_column_after_a_blank_opens_a_paragraph() {
        let t = "5. Đối tượng nộp phí là tổ chức, cá nhân vào tham quan di tích trên địa bàn phường.\n\n\
                 6. Quản lý sử dụng, phí thu được\n\nSTT\n\nNội dung\n\nTỷ lệ để lại cho đơn vị thu\n\n\
                 1\n\nĐền Bạch Mã, số 76 Hàng Buồm\n\n90%\n";
        let r = repair(t);
        let got = texts(&r);
        assert!(got.contains(&"6. Quản lý sử dụng, phí thu được") && got.contains(&"STT"), "{got:?}");
    }

    /// A field after a blank line opens its paragraph even after a line that fills the
    /// width without a final stop (regression: Hồ Chí Minh 2842/QĐ-UBND's "Bãi bỏ thành
    /// phần hồ sơ: … của bản sao" / "" / "Lý do: Thực hiện …" was one task; its 36 twins
    /// were two).
    #[test]
    fn a_field_after_a_blank_opens_a_paragraph() {
        let t = "2.1. Bãi bỏ thành phần hồ sơ: Bản sao giấy phép thành lập do cơ quan nhà nước có\n\
                 thẩm quyền cấp, người đại diện theo pháp luật chịu trách nhiệm về tính chính xác\n\
                 của bản sao giấy phép thành lập và các giấy tờ khác do cơ quan nhà nước cấp kèm\n\n\
                 Lý do: Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về cắt giảm.\n\n\
                 2.2. Sửa đổi thời hạn giải quyết từ 15 ngày xuống còn 10 ngày làm việc kể từ ngày.\n\n\
                 Lý do: Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về cắt giảm.\n";
        let r = repair(t);
        let got = texts(&r);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1].starts_with("Lý do:"), "{got:?}");
    }

    /// A note in brackets pointing to the attachment, between two sentences of a block, is a
    /// paragraph of its own (regression: Hưng Yên's "(Phụ lục Danh mục … kèm theo)" and the
    /// sentence after it were one task).
    #[test]
    fn a_note_to_the_attachment_is_its_own_paragraph() {
        let t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6\nnăm 2025;\n\n\
                 Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010\ncủa Chính phủ;\n\n\
                 Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 149/TTr-STP\nngày 10 tháng 11 năm 2025.\n\n\
                 Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành\nchính được sửa đổi.\n\n\
                 - Danh mục thủ tục hành chính cấp xã: 07 TTHC.\n(Phụ lục Danh mục thủ tục\n\
                 hành chính sửa đổi, bổ sung kèm theo)\nTrường hợp thủ tục hành chính công bố tại Quyết định này \
                 đã được\nsửa đổi thì áp dụng theo văn bản hiện hành.\n\n\
                 Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký\nvà thay thế Quyết định số 12/QĐ-UBND.\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks, "{:?}", texts(&r));
        let got = texts(&r);
        assert!(got.contains(&"(Phụ lục Danh mục thủ tục hành chính sửa đổi, bổ sung kèm theo)"), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("Trường hợp thủ tục")), "{got:?}");
        // Laid out as the portal gives it, a short first line to each paragraph and no blank
        // line: the note, closed at its line's end, ends its paragraph too.
        let t = "Theo đề nghị của Giám đốc Sở\nTư pháp tại Tờ trình số 149/TTr-STP ngày 10 tháng 11 năm 2025.\n\
                 QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo\n\
                 Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực\n\
                 chứng thực thuộc thẩm quyền giải quyết của ngành Tư pháp tỉnh Đồng Nai, cụ thể:\n\
                 - Danh mục thủ tục hành chính\ncấp xã: 07 TTHC.\n(Phụ lục Danh mục thủ tục\n\
                 hành chính sửa đổi, bổ sung kèm theo)\nTrường hợp thủ tục hành chính\n\
                 công bố tại Quyết định này đã được cơ quan Nhà nước có thẩm quyền sửa đổi, bổ\n\
                 sung hoặc bãi bỏ thì áp dụng thực hiện theo văn bản pháp luật hiện hành.\n\
                 Điều 2. Quyết định này\ncó hiệu lực thi hành kể từ ngày 01/11/2025.\n\n\
                 STT\n\nMã TTHC\n\nTên thủ tục hành chính\n\nCơ quan thực hiện\n\n1\n\n2.000815\n\n\
                 Cấp bản sao từ sổ gốc\n\nỦy ban nhân dân cấp xã\n\n2\n\n2.000843\n\n\
                 Chứng thực bản sao từ bản chính\n\nỦy ban nhân dân cấp xã\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let got = texts(&r);
        assert!(got.contains(&"(Phụ lục Danh mục thủ tục hành chính sửa đổi, bổ sung kèm theo)"), "{got:?}");
    }

    /// A bullet alone on its line after a lead-in ("1. Sở Khoa học và Công nghệ:" / "-" /
    /// "Đồng bộ …"): the bullet and its text are a paragraph of their own, not the end of
    /// the lead-in (regression: Phú Thọ's clause heading ran into its first bullet).
    #[test]
    fn a_lone_bullet_after_a_lead_in_opens_its_paragraph() {
        let t = "Điều 2. Tổ chức thực hiện.\n1. Sở Khoa học và Công nghệ:\n-\nĐồng bộ đầy đủ, kịp thời dữ liệu thủ tục \
                 hành chính\nlên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.\n";
        let r = repair(t);
        let got = texts(&r);
        assert!(got.contains(&"1. Sở Khoa học và Công nghệ:"), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("- Đồng bộ đầy đủ") && p.ends_with("của tỉnh.")), "{got:?}");
    }

    /// Where blank lines part a table's cells, a time's cell after a blank is a cell of its
    /// own: a count with its unit after a procedure's code or name ("1.014464.H50" / "" /
    /// "03 ngày làm việc …"), a year alone after the agencies ("… có liên quan" / "" /
    /// "2026"), not the name's words run on (regression: in 38 real documents a name and
    /// its time were one cell). After a word that takes the number ("… trong thời
    /// hạn" / "" / "15 ngày …") or a field's name ("Thời hạn giải quyết" / "" / "07 ngày
    /// …") the text runs on, as before.
    #[test]
    fn a_time_after_a_blank_is_a_cell_of_its_own() {
        let t = "TT\n\nTên thủ tục hành chính/ Mã số TTHC\n\nThời hạn giải quyết\n\nĐịa điểm thực hiện\n\n1\n\n\
                 Thủ tục cấp giấy chứng nhận lưu\nhành tự do (CFS) đối với hàng hóa xuất khẩu/\n1.014464.H50\n\n\
                 03 ngày làm việc kể từ khi nhận\nđược hồ sơ đầy đủ\n\nTrung tâm Phục vụ hành chính công tỉnh\n\n\
                 Sở Khoa học và Công nghệ\n\nCác sở, ngành có liên quan\n\n2026\n\n\
                 Hồ sơ được giải quyết trong thời hạn\n\n15 ngày làm việc kể từ ngày nhận.\n\n\
                 Thời hạn giải quyết\n\n07 ngày làm việc kể từ khi nhận đủ hồ sơ.\n";
        let r = repair(t);
        let got = texts(&r);
        for want in [
            "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu/ 1.014464.H50",
            "03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ",
            "Các sở, ngành có liên quan",
            "2026",
            "Hồ sơ được giải quyết trong thời hạn 15 ngày làm việc kể từ ngày nhận.",
            "Thời hạn giải quyết 07 ngày làm việc kể từ khi nhận đủ hồ sơ.",
        ] {
            assert!(got.contains(&want), "{want:?} in {got:#?}");
        }
    }

    /// The enacting formula wrapped after the body's name ("Ủy ban nhân dân thành phố" / "Hà
    /// Nội ban hành Quyết định …") stays one paragraph in hard-wrapped text, so it is read as
    /// the formula and not as the body's first task (regression: "Hà Nội ban hành Quyết định
    /// bãi bỏ …" was an unnumbered task before Điều 1).
    #[test]
    fn the_enacting_formula_wrapped_after_the_bodys_name_stays_whole() {
        let t = "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm\n\
                 2025;\n\
                 Theo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 112/TTr-SDL ngày 03/11/2025.\n\
                 Ủy ban nhân dân thành phố\n\
                 Hà Nội ban hành Quyết định bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND ngày 28\n\
                 tháng 02 năm 2025 của Ủy ban nhân dân thành phố Hà Nội.\n\
                 Điều 1. Bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND ngày 28 tháng 02 năm 2025\n\
                 của Ủy ban nhân dân thành phố Hà Nội.\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Lines);
        let got = texts(&r);
        assert!(got.iter().any(|p| p.starts_with("Ủy ban nhân dân thành phố Hà Nội ban hành Quyết định")), "{got:?}");
        assert!(is_enacting_formula(got.iter().find(|p| p.starts_with("Ủy ban")).unwrap()));
    }

    /// A decision laid out with a blank line after every line: its wrapped lines mostly
    /// open with a capital (names, "Nghị định", "Điều"), fewer than three in ten with a small
    /// letter, yet the blanks are doubling, not paragraph breaks, and a ground wrapped before
    /// "Công Thương" stays whole (regression: read as blocks, 34 of 82 real documents laid
    /// out so read differently).
    #[test]
    fn a_blank_after_every_line_is_doubling_even_with_few_small_letters() {
        let lines = [
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6",
            "năm 2025;",
            "Căn cứ Thông tư số 40/2025/TT-BCT ngày 22 tháng 6 năm 2025 của Bộ trưởng Bộ",
            "Công Thương quy định về cấp Giấy chứng nhận theo khoản 6 Điều 28",
            "Nghị định số 146/2025/NĐ-CP của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở",
            "Công Thương thành phố Cần Thơ.",
            "Điều 1. Phạm vi điều chỉnh",
            "Quyết định này quy định việc phân cấp cho Sở Công Thương thực hiện cấp Giấy",
            "chứng nhận xuất xứ hàng hóa.",
            "Điều 2. Hiệu lực thi hành",
            "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.",
        ];
        let t = lines.join("\n\n") + "\n";
        let r = repair(&t);
        assert_eq!(r.layout, Layout::Lines);
        let got = texts(&r);
        assert!(got.contains(&"Theo đề nghị của Giám đốc Sở Công Thương thành phố Cần Thơ."), "{got:?}");
        assert!(
            got.iter()
                .any(|p| p.starts_with("Căn cứ Thông tư") && p.ends_with("Nghị định số 146/2025/NĐ-CP của Chính phủ;")),
            "{got:?}"
        );
    }

    /// Where blank lines separate paragraphs, a rule inside a block ("Độc lập - Tự do - Hạnh
    /// phúc" / "---------------" / "ĐƠN ĐỀ NGHỊ") still ends the paragraph before it and starts
    /// none (regression: a form's title was a task "--------------- ĐƠN ĐỀ NGHỊ …").
    #[test]
    fn a_rule_inside_a_block_is_a_break() {
        let t = "1. Việc một.\n\n2. Việc hai.\n\n3. Việc ba.\n\n4. Việc bốn.\n\nĐộc lập - Tự do - Hạnh phúc\n---------------\nĐƠN ĐỀ NGHỊ\nNHẬP KHẨU THUỐC\n\nKính gửi: Sở Y tế.\n";
        let r = repair(t);
        assert_eq!(r.layout, Layout::Blocks);
        let got = texts(&r);
        assert!(
            got.contains(&"Độc lập - Tự do - Hạnh phúc") && got.contains(&"ĐƠN ĐỀ NGHỊ NHẬP KHẨU THUỐC"),
            "{got:?}"
        );
    }

    #[test]
    fn a_number_without_its_dot_after_a_reference_word_goes_on() {
        // One block: before, the number started a paragraph (a task "2 Điều 28 …").
        let t = "Xét Tờ trình số 431/TTr-UBND (thực hiện điểm a khoản\n2 Điều 28 Luật Thủ đô số 39/2024/QH15); ý kiến của đại biểu;\n";
        let r = repair(t);
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        // Hard-wrapped: the same, and a list item numbered "2." still starts its paragraph.
        let t = "1. Đối tượng theo quy định tại khoản\n2 Điều 5 Nghị định này.\n2. Cơ quan thực hiện.\n";
        assert_eq!(
            texts(&repair(t)),
            vec!["1. Đối tượng theo quy định tại khoản 2 Điều 5 Nghị định này.", "2. Cơ quan thực hiện."]
        );
        // The clause's word capitalised, as some authors write it (regression: a task "2 Điều
        // này;" in a Hà Nội regulation).
        let t = "a) Thực hiện theo quy định tại Khoản\n2 Điều này;\n\nb) Quản trị hệ thống.\n";
        assert_eq!(
            texts(&repair(t)),
            vec!["a) Thực hiện theo quy định tại Khoản 2 Điều này;", "b) Quản trị hệ thống."]
        );
        // A pay grade's number (regression: "1 (hệ số thấp nhất …)" was a task of its own in
        // Hà Nội's 59/2025/NQ-HĐND).
        let t = "(2) Quỹ lương được xác định theo mức lương cơ sở, hệ số lương bậc\n\
                 1 (hệ số thấp nhất trong các ngạch lương), phụ cấp theo chế độ.\n";
        assert_eq!(texts(&repair(t)).len(), 1, "{:?}", texts(&repair(t)));
        // A procedure's step cited at a line's end takes its number and dot, and the next
        // sentence goes on (regression: "3. Trong thời hạn 03 tháng …" was item 3 of the
        // procedures, which then swallowed the rest of the list); "các bước" opens a list.
        let t = "Bước 4: Sở Y tế có văn bản chấp thuận theo quy định tại bước\n3. Trong thời hạn 03 tháng, cơ sở nộp hồ sơ.\n";
        assert_eq!(texts(&repair(t)).len(), 1, "{:?}", texts(&repair(t)));
        let t = "Quy trình gồm các bước\n1. Tiếp nhận hồ sơ.\n2. Thẩm định hồ sơ.\n";
        assert_eq!(texts(&repair(t)).len(), 3, "{:?}", texts(&repair(t)));
    }

    /// A hard-wrapped line that ends on a linking word ("của", "và", "các" …) runs on into a
    /// capitalised line: "Căn cứ các Quyết định của" / "Thủ tướng Chính phủ …". A heading
    /// that ends on a noun that is also a function word ("mặt bằng") still ends there.
    #[test]
    fn a_line_ending_on_a_linking_word_runs_on_before_a_capital() {
        let t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 của Quốc hội.\n\
                 Căn cứ các Quyết định của\nThủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030;\n\
                 b) Tài nguyên - môi trường, giải phóng mặt bằng\nThực hiện tốt công tác quản lý đất đai và môi trường.\n";
        assert_eq!(
            texts(&repair(t)),
            vec![
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 của Quốc hội.",
                "Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030;",
                "b) Tài nguyên - môi trường, giải phóng mặt bằng",
                "Thực hiện tốt công tác quản lý đất đai và môi trường.",
            ]
        );
    }

    /// Hard-wrapped grounds and enacting formula run to their ";" or "." across lines that
    /// start with a capital (regression: in the real documents without their blank lines,
    /// 118 had a piece of a ground, "Khoa học và Công nghệ tại Tờ trình …", as a task).
    #[test]
    fn a_hard_wrapped_ground_runs_to_its_end() {
        let t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
                 Theo đề nghị của Giám đốc Sở\nKhoa học và Công nghệ tại Tờ trình số 125/TTr-SKHCN ngày 11 tháng 11 năm 2025.\n\
                 Ủy ban nhân dân ban hành\nQuyết định quy định thời gian hoạt động của các đại lý Internet.\n\
                 QUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n";
        assert_eq!(
            texts(&repair(t)),
            vec![
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 125/TTr-SKHCN ngày 11 tháng 11 năm 2025.",
                "Ủy ban nhân dân ban hành Quyết định quy định thời gian hoạt động của các đại lý Internet.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Phạm vi điều chỉnh",
            ]
        );
    }

    /// "Căn cứ pháp lý", a column's name in a list of procedures, is no ground: the row
    /// number after it starts a paragraph (regression: Lạng Sơn's 14 procedures, without
    /// their blank lines, were one row).
    #[test]
    fn the_legal_basis_column_is_no_ground() {
        let t = "Cách thức thực hiện\nCăn cứ pháp lý\n01\nThủ tục công nhận trung tâm\n- Trong thời hạn 05 ngày.\n";
        let r = repair(t);
        assert_eq!(texts(&r)[1..3], ["Căn cứ pháp lý", "01"], "{:?}", texts(&r));
        assert!(!opens_ground("Căn cứ pháp lý của TTHC") && opens_ground("Căn cứ Luật Đất đai;"));
    }

    #[test]
    fn wrapped_lines_that_look_like_numbering_are_joined() {
        for (a, b) in [
            ("hiệu quả Chỉ thị số 02/CT-UBND ngày", "08/01/2026 của UBND tỉnh về việc tăng cường kỷ luật."),
            ("phường Tam Thanh; Kế hoạch số", "11/KH0UBND, ngày 20/01/2026 phát động phong trào."),
            ("Tổ chức Lễ giao nhận quân năm", "2026, bàn giao quân nhanh gọn."),
            ("triển khai nhiệm vụ học kỳ II năm học 2025 -", "2026. Tiếp tục triển khai thực hiện."),
            ("Tập trung chỉ đạo các giải pháp điều hành thực hiện nhiệm vụ tài chính", "- ngân sách tháng cuối năm."),
        ] {
            let t = format!("{a}\n\n{b}\n");
            let r = repair(&t);
            assert_eq!(r.paras.len(), 1, "{a} / {b}: {:?}", texts(&r));
            assert_eq!(r.paras[0].text, format!("{a} {b}"));
        }
    }

    /// A number cut from the word before it joins it only where that word counts in such
    /// numbers: "Bãi bỏ Điều" / "12.", "chỉ số" / "IV.", but a year or month is in digits, so
    /// "Hằng năm" (a cell) / "III." (a table's group number) stay apart (regression: groups
    /// III and IV of Đồng Tháp's 617/KH-UBND task table were read into the rows before).
    #[test]
    fn a_number_joins_the_reference_word_before_it_only_in_its_kind() {
        for (a, b) in [("Bãi bỏ Điều", "12."), ("trên biển báo chỉ số", "IV."), ("tại Phụ lục", "VIII.")]
        {
            let r = repair(&format!("1. Việc một.\n{a}\n{b}\n"));
            assert_eq!(r.paras.len(), 2, "{a} / {b}: {:?}", texts(&r));
        }
        let r = repair("1. Việc một.\n\nHằng năm\n\nIII.\nPHÁT TRIỂN HẠ TẦNG SỐ\n");
        assert_eq!(texts(&r)[..3], ["1. Việc một.", "Hằng năm", "III."]);
    }

    #[test]
    fn word_split_across_lines_is_rejoined() {
        // fixtures/tam-thanh-2026-02.txt line 43-44: "trư" / "ớc".
        let t = " 5. Chỉ đạo tăng cường kiểm tra, kiểm soát thị trường, nhất là thời điểm trư\nớc và trong Tết Nguyên đán. Nhất là trước Tết.\n";
        let r = repair(t);
        assert!(r.paras[0].text.contains("thời điểm trước và trong Tết"), "{}", r.paras[0].text);
        // "các" + "các" stays two words (a typing slip kept as written).
        let r =
            repair("Thực hiện tốt các các chương trình, dự án về chăm sóc, giáo dục và bảo vệ trẻ em các\ncác nơi.\n");
        assert!(r.paras[0].text.contains("các các chương trình"));
        assert!(r.paras[0].text.contains("trẻ em các các nơi"));
    }

    #[test]
    fn document_symbols_broken_after_hyphen_are_rejoined() {
        for (a, b, want) in [
            ("và Kế hoạch số 04/KH-", "BCĐ ngày 19/01/2026 của Ban Chỉ đạo.", "04/KH-BCĐ ngày"),
            ("Triển khai Chỉ thị số 52-", "CT/TW ngày 03/10/2026 của Ban Bí thư.", "52-CT/TW ngày"),
            ("thực hiện Nghị quyết số 71-", "NQ/TW ngày 22/8/2026 của Bộ Chính trị.", "71-NQ/TW ngày"),
        ] {
            let r = repair(&format!("{a}\n\n{b}\n"));
            assert!(r.paras[0].text.contains(want), "{}", r.paras[0].text);
        }
        // A free-standing dash keeps its spaces: "kinh tế -" / "xã hội".
        let r = repair("nhiệm vụ phát triển kinh tế -\nxã hội, bảo đảm quốc phòng.\n");
        assert!(r.paras[0].text.contains("kinh tế - xã hội"));
    }

    #[test]
    fn page_numbers_and_page_break_spaces_are_dropped() {
        let t = "tăng trưởng từ 10% trở lên theo kế hoạch của tỉnh.\n 5. Chỉ đạo tăng cường kiểm tra,\n\n4 \n\nkiểm soát thị trường.\n";
        let r = repair(t);
        assert_eq!(
            texts(&r),
            vec![
                "tăng trưởng từ 10% trở lên theo kế hoạch của tỉnh.",
                "5. Chỉ đạo tăng cường kiểm tra, kiểm soát thị trường."
            ]
        );
    }

    #[test]
    fn footnote_in_mid_sentence_is_taken_out() {
        // fixtures/tam-thanh-2025-12.txt item 9: "Tiếp tục đẩy" / footnote 1 / "mạnh chuyển đổi số".
        let t = "thực hiện xây dựng giá đất cụ thể 03 dự án1 trên địa bàn.\nsáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Lạng Sơn. Tiếp tục đẩy \n                   \n1 Tuyến Cao tốc cửa khẩu Hữu nghị - Chi Lăng; Khu đô thị mới Bến Bắc; Cải tạo, nâng cấp nghĩa trang liệt sĩ \nthành phố Lạng Sơn - giai đoạn 2  \n mạnh chuyển đổi số tổng thể, toàn diện trên tất cả các lĩnh vực.\n";
        let r = repair(t);
        assert_eq!(r.footnotes.len(), 1);
        assert_eq!(r.footnotes[0].number, 1);
        assert!(r.footnotes[0].text.starts_with("Tuyến Cao tốc"));
        assert!(r.footnotes[0].text.ends_with("giai đoạn 2"));
        assert_eq!(r.footnotes[0].marker_line, Some(1));
        let all: String = texts(&r).join(" ");
        assert!(all.contains("Tiếp tục đẩy mạnh chuyển đổi số"), "{all}");
        assert!(!all.contains("Tuyến Cao tốc"));
        assert!(all.contains(&format!("03 dự án{FN_OPEN}1{FN_CLOSE} trên")));
    }

    #[test]
    fn fused_markers_after_years_and_words() {
        // fixtures/tam-thanh-2025-report.txt: "năm 20242.", "năm 202414.", "đồng chí20,".
        let t = "dự án1 xong.\n                    \n1 Chú thích một.\n7\nbằng 492% so với năm 20242. Tội phạm giảm so với cùng kỳ năm\n20243. Khởi tố 15 vụ.\n                                           \n2 Nguyên nhân chủ yếu.\n3  Nghị quyết số 138/NQ-CP.\n8 \n";
        let r = repair(t);
        assert_eq!(r.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(), vec![1, 2, 3]);
        let all: String = texts(&r).join(" ");
        assert!(all.contains(&format!("năm 2024{FN_OPEN}2{FN_CLOSE}.")), "{all}");
        assert!(all.contains(&format!("năm 2024{FN_OPEN}3{FN_CLOSE}.")), "{all}");
        assert!(!all.contains("Nguyên nhân"));
    }

    #[test]
    fn stray_characters_and_odd_spaces() {
        assert_eq!(clean_line(" ơCHƯƠNG TRÌNH"), " CHƯƠNG TRÌNH");
        assert_eq!(clean_line("a\u{00A0}b\u{200B}c"), "a bc");
        assert_eq!(clean_line("\u{F0B7} Họp"), "- Họp");
        // A real word in capitals is left alone.
        assert_eq!(clean_line("CHƯƠNG TRÌNH"), "CHƯƠNG TRÌNH");
        // Markdown heading marks: taken off, and a mark alone is an empty line (regression:
        // "#" / "# PHỤ LỤC" made the attachment's title "# PHỤ LỤC …", 0c462ec3 and 62b335de).
        assert_eq!(clean_line("# PHỤ LỤC"), "PHỤ LỤC");
        assert_eq!(clean_line("#"), "");
        assert_eq!(clean_line("## "), "");
        assert_eq!(clean_line("#5 sản phẩm"), "#5 sản phẩm");
        let r = repair("Việc cuối cùng.\n#\n# PHỤ LỤC\nDANH MỤC THỦ TỤC\n");
        assert!(!texts(&r).iter().any(|t| t.contains('#')), "{:?}", texts(&r));
    }

    /// A span of years broken at its dash is one line wrapped, not a bullet (regression:
    /// "- 2025”;" of a ground in Hà Tĩnh's plan was a task); a bullet after a year stays one.
    /// "phần" in lower case at a line's start is a wrapped sentence ("… các TTHC tại" /
    /// "phần II ban hành kèm theo Quyết định …"), not a part's heading; "Phần II" is one
    /// (regression: Hà Tĩnh's decision had a part "phần II ban hành kèm theo …" holding its
    /// last article).
    #[test]
    fn phan_in_lower_case_at_a_lines_start_is_a_wrap() {
        let r = repair(
            "Điều 3. Quyết định này bãi bỏ Quy trình tại\nphần II ban hành kèm theo Quyết định số 1599/QĐ-UBND.\n",
        );
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        let r = repair("Việc cuối cùng.\nPhần II\nNỘI DUNG\n");
        assert!(texts(&r).iter().any(|t| t.starts_with("Phần II")), "{:?}", texts(&r));
        // Nor is "Phần V" before a word in lower case: a citation wrapped at its line's end
        // (regression: Nghệ An's 95/2025/QĐ-UBND, clause 13.3, cut before "Phần V của Phụ lục
        // I kèm theo Nghị định số 151/2025/NĐ-CP …", the rest a task of its own).
        let r = repair(
            "3. Thực hiện niêm yết công khai theo Mục 2 Phần XI thuộc\nPhần V của Phụ lục I kèm theo Nghị định số 151/2025/NĐ-CP.\n",
        );
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        assert!(starts_item("Phần V. NỘI DUNG", None) && starts_item("Phần V Nội dung", None));
        assert!(!starts_item("Phần V của Phụ lục I", None));
    }

    /// An article cited at a line's wrap is no article's label: "… thành “Liên minh Hợp tác
    /// xã thành phố” tại khoản 3" / "Điều 1." (regression: Huế's resolution had a section
    /// "Điều 1" inside its clause 3.2); after a sentence's end or a heading it is one.
    #[test]
    fn an_article_cited_at_a_wrap_runs_on() {
        let r =
            repair("2. Thay thế cụm từ “tỉnh” thành “thành phố” tại khoản 3\nĐiều 1.\n\n3. Thay thế cụm từ “huyện”.\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
        assert!(texts(&r)[0].ends_with("tại khoản 3 Điều 1."), "{:?}", texts(&r));
        assert!(!starts_item("Điều 5.", Some("… các trường hợp quy định tại")));
        assert!(starts_item("Điều 2.", Some("Quy định này áp dụng từ ngày ký.")));
        assert!(starts_item("Điều 2.", Some("QUY ĐỊNH CHUNG")));
        assert!(starts_item("Điều 2.", Some("Chương I")));
        assert!(starts_item("Điều 2.", Some("Mục 1")));
    }

    /// A count written with a leading zero at a line's start ("2. Đối với" / "03 TTHC:",
    /// "Trong thời gian" / "02 (hai) ngày làm việc") continues the line before; a number
    /// without a zero before a capital may start a table's row ("1 KÝ HIỆU QUY TRÌNH").
    /// Regression: in Hà Nội's plan to simplify procedures the count became a heading that
    /// closed every section, and its appendix lost its Roman groups.
    #[test]
    fn a_zero_padded_count_at_a_lines_start_is_a_wrap() {
        let r = repair("2. Đối với\n03 TTHC:\n- Thủ tục cấp giấy chứng nhận.\n");
        assert_eq!(texts(&r)[0], "2. Đối với 03 TTHC:", "{:?}", texts(&r));
        assert!(!starts_item("02 (hai) ngày làm việc, Ủy ban nhân dân cấp xã tiếp nhận", Some("Trong thời gian")));
        assert!(starts_item("1 KÝ HIỆU QUY TRÌNH", Some("QT.01")));
    }

    /// A Roman number at a line's start after a word that takes one ("… đến cấp" / "V. Chi
    /// tiết …") ends the sentence before; a Roman heading in capitals still starts its own
    /// paragraph. Regression: Hải Phòng's forest-fire rules had a task "V. Chi tiết quy định
    /// về cấp dự báo …".
    #[test]
    fn a_roman_number_after_the_word_it_counts_is_a_wrap() {
        let r = repair(
            "1. Cấp dự báo cháy rừng gồm 5 cấp, từ cấp I đến cấp\nV. Chi tiết quy định về cấp dự báo tại Mẫu số 04.\n",
        );
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        let r = repair("1. Hỗ trợ các xã thuộc khu vực III và nhóm\nII. TỔ CHỨC THỰC HIỆN\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
        let r = repair("1. Việc cuối cùng của phần này\nII. Tổ chức thực hiện\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
        // An ordinal's and a term's number (found re-wrapping the annual report's text at 80
        // characters: "… Đại hội Đảng bộ tỉnh lần thứ" / "XVIII. Ban hành Kế hoạch …").
        let r = repair("1. Tổ chức kỷ niệm Đại hội Đảng bộ tỉnh lần thứ\nXVIII. Ban hành Kế hoạch bình xét.\n");
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        let r = repair("1. Bầu cử đại biểu Quốc hội khóa\nXVI. Chuẩn bị các điều kiện bảo đảm.\n");
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
    }

    /// A label word opening a quotation, alone on its line ("“Điều" / "13. Bồi thường …"),
    /// joins its number as "Điều" does (regression: Cao Bằng's amending decision had a task
    /// "13. Bồi thường đối với cây trồng …"). In hard-wrapped text the quotation after "như
    /// sau:" is a paragraph of its own (`a_quotation_after_a_colon_opens_a_paragraph`; it
    /// was run into the lead before).
    /// "Điều" alone on its line, its number opening the next, after a line with no full
    /// stop: the article's heading still opens a paragraph (regression: two Bắc Ninh
    /// decisions read "(Chi tiết theo Phụ lục đính kèm) Điều 2." as a task of Điều 1 and
    /// lost Điều 2; a land procedure lost two articles the same way).
    #[test]
    fn a_label_word_alone_opens_its_heading_after_an_open_line() {
        let text = "Điều\n1. Công bố kèm theo Quyết định này danh\n(Chi tiết theo Phụ lục đính kèm)\nĐiều\n2. Giao các cơ quan, đơn vị:\n";
        let r = repair(text);
        let t = texts(&r);
        assert_eq!(t.last(), Some(&"Điều 2. Giao các cơ quan, đơn vị:"), "{t:?}");
    }

    #[test]
    fn a_quoted_label_word_joins_its_number() {
        let r = repair("2. Sửa đổi, bổ sung Điều 13 như sau:\n“Điều\n13. Bồi thường đối với cây trồng.”\n");
        assert!(texts(&r).contains(&"“Điều 13. Bồi thường đối với cây trồng.”"), "{:?}", texts(&r));
        assert!(!texts(&r).iter().any(|t| t.starts_with("13.")), "{:?}", texts(&r));
    }

    /// A heading in capitals continues onto a line in capitals that ends with a note in
    /// brackets in sentence case (Hồ Chí Minh City's plan: "A. LĨNH VỰC" / "VIỆC LÀM - AN
    /// TOÀN LAO ĐỘNG (26 TTHC Cấp tỉnh)" was a heading "LĨNH VỰC" and a task).
    #[test]
    fn a_caps_heading_continues_through_a_closing_note_in_brackets() {
        let r = repair("A. LĨNH VỰC\nVIỆC LÀM - AN TOÀN LAO ĐỘNG (26 TTHC Cấp tỉnh)\n\n1. Tên thủ tục.\n");
        assert_eq!(texts(&r)[0], "A. LĨNH VỰC VIỆC LÀM - AN TOÀN LAO ĐỘNG (26 TTHC Cấp tỉnh)", "{:?}", texts(&r));
        let r = repair(
            "D. KẾT QUẢ ĐÁNH\nGIÁ, XẾP LOẠI CHẤT LƯỢNG (Phần dành cho cấp có thẩm\nquyền đánh giá)\n\n1. Nhận xét.\n",
        );
        assert_eq!(texts(&r)[0], "D. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG (Phần dành cho cấp có thẩm quyền đánh giá)");
        let r = repair("A. LĨNH VỰC\nViệc làm (26 TTHC)\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
    }

    /// A part's heading in capitals after its label word in small letters ("Phần I. TÌNH
    /// HÌNH …") ends where the capitals end, even when it comes near the text's width, and a
    /// year cut from it carries it on. Found laying the annual report out again at 70 and 80
    /// characters: the heading swallowed the first sentence of the part.
    #[test]
    fn a_part_heading_in_capitals_ends_with_its_capitals() {
        let heading = "Phần I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025";
        let body = "Năm 2025 là năm cuối thực hiện các mục tiêu, chỉ tiêu nhiệm kỳ 2020 - 2025 và\nchuẩn bị các điều kiện để bước vào nhiệm kỳ mới.\n";
        let r = repair(&format!("{heading}\n{body}"));
        assert_eq!(texts(&r)[0], heading, "{:?}", texts(&r));
        let r = repair(&format!("{}\n2025\n{body}", heading.strip_suffix(" 2025").unwrap()));
        assert_eq!(texts(&r)[0], heading, "{:?}", texts(&r));
        // The same with blank lines between paragraphs.
        let r = repair(&format!(
            "{heading}\n\nNăm 2025 là năm cuối nhiệm kỳ.\n\n2. Nội dung thứ hai.\n\n3. Nội dung thứ ba.\n"
        ));
        assert_eq!(texts(&r)[0], heading, "{:?}", texts(&r));
    }

    /// A heading that ends on a noun whose last syllable is also a function word ("giải phóng
    /// mặt bằng") ends at the blank line after it (regression: Điều 12 of a land-clearance
    /// decision had no heading, its title run into its first clause).
    #[test]
    fn a_heading_ending_on_a_compound_noun_ends_at_the_blank_line() {
        let r = repair(concat!(
            "a) Tài nguyên - môi trường, giải phóng mặt bằng\n\n",
            "Thực hiện tốt công tác quản lý đất đai, tài nguyên và môi trường trên địa bàn phường,\n",
            "kê khai cấp Giấy chứng nhận quyền sử dụng đất cho các hộ gia đình đủ điều kiện.\n\n",
            "b) Văn hóa - xã hội\n\nTổ chức tốt các lễ hội, sự kiện đảm bảo phù hợp với tình hình thực tế.\n",
        ));
        assert_eq!(texts(&r)[0], "a) Tài nguyên - môi trường, giải phóng mặt bằng", "{:?}", texts(&r));
        assert!(ends_with_function_word("Ban hành theo") && ends_with_function_word("… bằng"));
        assert!(!ends_with_function_word("giải phóng Mặt bằng") && !ends_with_function_word("định kỳ hằng năm"));
    }

    /// After a blank line, a word no name starts with, written with a capital, opens a
    /// paragraph even after a word that usually runs on (regression: Ninh Bình's clause "2.
    /// Địa chỉ … của các phòng, ban, đơn vị trực thuộc" had its body "Được thiết lập, theo
    /// định dạng: …" run into its heading). In capitals, or in lower case, it still runs on.
    #[test]
    fn a_capitalised_sentence_opener_after_a_blank_line_opens_a_paragraph() {
        let text = |next: &str| {
            format!(
                "1. Địa chỉ hộp thư điện tử công\nvụ của cơ quan, đơn vị\n\nĐược thiết lập theo cấu trúc thống\n\
                 nhất, phản ánh tên gọi chính thức của cơ quan, đơn vị, cấp hành chính và lĩnh vực\n\
                 quản lý, theo định dạng: <tên viết tắt của cơ quan, đơn vị>@ninhbinh.gov.vn.\n\n\
                 2. Địa chỉ hộp thư điện tử công\nvụ của các phòng, ban, đơn vị trực thuộc\n\n{next}\n\
                 <tên viết tắt phòng, ban, đơn vị trực thuộc.tên cơ quan, đơn vị chủ quản>@ninhbinh.gov.vn.\n"
            )
        };
        let r = repair(&text("Được thiết lập, theo định dạng:"));
        assert_eq!(
            texts(&r)[2],
            "2. Địa chỉ hộp thư điện tử công vụ của các phòng, ban, đơn vị trực thuộc",
            "{:?}",
            texts(&r)
        );
        for next in ["Sở Khoa học và Công nghệ:", "được thiết lập theo định dạng:"] {
            let r = repair(&text(next));
            assert!(texts(&r)[2].contains(next), "{:?}", texts(&r));
        }
        assert!(opens_sentence("Được thiết lập") && opens_sentence("Các Đảng ủy xã, phường"));
        assert!(!opens_sentence("CÁC ĐƠN VỊ") && !opens_sentence("Sở Y tế") && !opens_sentence("được"));
    }

    /// A count of two digits or more at a line's start after an open line is part of the
    /// sentence, unless it comes next after the last such number to open a paragraph
    /// (regression: the annual report had a task "Ban hành" and one "33 Quyết định xử phạt …").
    #[test]
    fn a_count_out_of_sequence_after_an_open_line_is_a_wrap() {
        let r = repair(
            "Cấp 144 giấy chứng nhận cho các hộ đủ điều kiện trên địa bàn phường. Ban hành\n33 Quyết định xử phạt vi phạm hành chính về đất đai.\n",
        );
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
        let rows = "9 Trường Mầm non Hoa Sen\n10 Trường Mầm non Sơn Ca\n11 Trường Tiểu học Sài Đồng\n14 Trường Tiểu học Phúc Lợi\n";
        assert_eq!(texts(&repair(rows)).len(), 4, "{:?}", texts(&repair(rows)));
        // Small numbers stay labels whatever came before.
        let r = repair("1 Tiếp nhận hồ sơ tại bộ phận một cửa\n6 Trả kết quả cho tổ chức, cá nhân\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
    }

    /// In hard-wrapped text an amendment's quoted new text after "như sau:" is a paragraph
    /// of its own, however short the line before (found laying Hà Nội's amending decision
    /// out hard-wrapped: "1. Sửa đổi, bổ sung khoản 2 Điều 2 như sau:" ran into its quote).
    #[test]
    fn a_quotation_after_a_colon_opens_a_paragraph() {
        let r = repair(concat!(
            "1. Sửa đổi, bổ sung khoản 2 Điều 2 như sau:\n",
            "“2. Các Sở, ban, ngành thuộc Ủy ban nhân dân thành phố; Ủy ban nhân dân các xã,\n",
            "phường và các tổ chức, cá nhân liên quan.”\n",
        ));
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
    }

    /// A short line before a quotation that opens with a capital ends its paragraph, as before
    /// any capital (found laying 31fb08f3 out hard-wrapped: a point's heading "Chủ đề Tháng
    /// hành động năm 2025" ran into its quoted theme); a quotation after a full line runs on.
    #[test]
    fn a_quotation_after_a_short_line_opens_a_paragraph() {
        let long = "1. Tổ chức các hoạt động truyền thông hưởng ứng Tháng hành động vì bình đẳng giới";
        let r = repair(&format!(
            "{long}\na) Chủ đề Tháng hành động năm 2025\n“Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái.”\n"
        ));
        assert_eq!(texts(&r).len(), 3, "{:?}", texts(&r));
        let r = repair(&format!("{long} với chủ\nđề\n{long}, theo chủ đề năm nay là một chủ đề\n“Bình đẳng giới.”\n"));
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
    }

    /// A name written with a dash and broken at it ("Hội đồng Thi đua" / "- Khen thưởng tỉnh
    /// quyết định …") runs on when the text writes the two words around a dash inside a line
    /// elsewhere; without that, a dash opening a line after an open line is a bullet
    /// (regression: Bắc Ninh's emulation rules cut "Chủ tịch Hội đồng Thi đua" off as a
    /// heading over "Khen thưởng tỉnh quyết định …" three times).
    #[test]
    fn a_name_broken_at_its_dash_runs_on() {
        let name = "1. Hội đồng Thi đua - Khen thưởng tỉnh do Chủ tịch Ủy ban nhân dân tỉnh làm Chủ tịch.\n\n";
        let r = repair(&format!("{name}2. Chủ tịch Hội đồng Thi đua\n- Khen thưởng tỉnh quyết định thành phần.\n"));
        assert_eq!(
            texts(&r)[1],
            "2. Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh quyết định thành phần.",
            "{:?}",
            texts(&r)
        );
        let r = repair("2. Các nội dung thi đua\n- Khen thưởng tỉnh quyết định thành phần.\n");
        assert_eq!(texts(&r).len(), 2, "{:?}", texts(&r));
    }

    /// In hard-wrapped text a point written "a." starts a paragraph after a line that ends a
    /// clause (found laying e09bc3b3 out hard-wrapped: "2. Đối tượng áp dụng:" / "a. Trưởng,
    /// Phó Trưởng bộ môn …" ran together, and the sentence split left a task "… áp dụng: a.").
    #[test]
    fn a_point_written_with_a_full_stop_starts_a_paragraph_after_a_clause() {
        let r = repair(concat!(
            "2. Đối tượng áp dụng:\n",
            "a. Trưởng, Phó Trưởng bộ môn thể thao thành tích cao tại Trung tâm Huấn luyện và\n",
            "Thi đấu thể thao trực thuộc Sở Văn hóa và Thể thao Hà Nội.\n",
            "b. Huấn luyện viên, vận động viên đang trong thời gian được triệu tập tập huấn;\n",
            "đ. Tổ chức, cá nhân có hoạt động đào tạo vận động viên thể thao thành tích cao.\n",
        ));
        assert_eq!(texts(&r).len(), 4, "{:?}", texts(&r));
    }

    /// An ellipsis before a small letter carries the sentence on in hard-wrapped text.
    #[test]
    fn an_ellipsis_before_a_small_letter_is_no_sentence_end() {
        let r = repair(concat!(
            "1. Tăng cường công tác kiểm tra, kiểm soát thị trường, chống buôn lậu, gian lận thương mại,...\n",
            "trên địa bàn không xảy ra tình trạng tăng giá đột biến và khan hiếm hàng hóa.\n",
            "2. Thực hiện tốt công tác quản lý đất đai…\nTổ chức kê khai cấp Giấy chứng nhận.\n",
        ));
        assert_eq!(texts(&r).len(), 3, "{:?}", texts(&r));
    }

    /// Points lettered "a." start their own lines (regression: Đồng Nai's "… (Mã số TTHC:
    /// 1.014464)" / "a. Thời hạn giải quyết: 03" / "ngày làm việc" / "b. Lưu đồ giải quyết:"
    /// was one paragraph, then cut at its full stops into "… 1.014464) a." and "Thời hạn …
    /// b."), while a letter and a full stop before a small letter stays in its sentence.
    #[test]
    fn a_point_lettered_with_a_dot_starts_a_line() {
        let r = repair(concat!(
            "1. Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong\n",
            "lĩnh vực báo chí, xuất bản – (Mã số TTHC: 1.014464)\n",
            "a. Thời hạn giải quyết: 03\n",
            "ngày làm việc\n",
            "b. Lưu đồ giải quyết:\n",
        ));
        assert_eq!(
            texts(&r),
            [
                "1. Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực báo chí, xuất bản – (Mã số TTHC: 1.014464)",
                "a. Thời hạn giải quyết: 03 ngày làm việc",
                "b. Lưu đồ giải quyết:",
            ]
        );
        assert!(starts_item("đ. Đối với các công trình", Some("Phường An Cựu")));
        assert!(!starts_item("a. các công trình", Some("theo điểm")));
        assert!(!starts_item("a.Thời hạn", None));
    }

    /// A row's number after a catalog's "Một phần" column opens the row (regression:
    /// Đồng Nai's "Toàn trình" / "Một phần" / "1" / "1.014464" read "Một phần 1 1.014464",
    /// and the whole catalog, header and both rows, became one task); "tại Phần" / "1." is
    /// still a reference.
    #[test]
    fn a_row_number_after_mot_phan_opens_the_row() {
        let r = repair("STT\n\nTên TTHC\n\nToàn trình\n\nMột phần\n\n1\n\n1.014464\n\nThủ tục cấp giấy.\n\nX\n");
        assert!(texts(&r).contains(&"Một phần"), "{:?}", texts(&r));
        assert!(!ends_with_reference_word("Một phần", "1"));
        assert!(ends_with_reference_word("quy định tại Phần", "1"));
    }

    #[test]
    fn a_span_of_years_broken_at_its_dash_is_a_wrap() {
        assert!(!starts_item("- 2025”;", Some("“Chương trình … giai đoạn 2021")));
        assert!(starts_item("- 2025: hoàn thành", Some("Kết quả năm 2024.")));
        assert!(starts_item("- Năm 2025 hoàn thành", Some("giai đoạn 2021")));
        assert!(starts_item("- 20 xã hoàn thành", Some("giai đoạn 2021")));
        assert!(starts_item("- 2025”;", Some("tổng số 12021")));
        let r = repair("Căn cứ Quyết định số 2232/QĐ-TTg về “Chương trình giai đoạn 2021\n- 2025”;\n");
        assert_eq!(texts(&r).len(), 1, "{:?}", texts(&r));
    }

    #[test]
    fn typing_slips_are_kept() {
        let r = repair(
            "Đẩy mạnh phòng ngừa tham nhũng, tiêu cực, lãnh phí. Thực hiêjn tốt. Kế hoạch số\n11/KH0UBND, ngày 20/01/2026.\n",
        );
        let all = texts(&r).join(" ");
        for slip in ["lãnh phí", "Thực hiêjn", "11/KH0UBND"] {
            assert!(all.contains(slip));
        }
    }

    #[test]
    fn short_heading_lines_end_their_paragraph() {
        let long = "Tập trung chỉ đạo thực hiện các kết luận, kiến nghị của các Đoàn giám sát của";
        let t = format!(
            "1. Dự Hội nghị Ban Thường vụ Đảng ủy\n\nTheo lịch công tác và yêu cầu công việc cụ thể của Đảng ủy.\n{long}\nHĐND tỉnh.\n"
        );
        let r = repair(&t);
        assert_eq!(texts(&r)[0], "1. Dự Hội nghị Ban Thường vụ Đảng ủy");
        assert_eq!(texts(&r)[2], format!("{long} HĐND tỉnh."));
    }
}

/// The guarded patterns of this module with a text for each of their alternatives (see
/// `read::anchored_tests`).
#[cfg(test)]
pub(crate) fn anchored_samples() -> Vec<(&'static Anchored, &'static [&'static str])> {
    vec![(&BARE_LABEL, &["I", "VIII.", "LX. ", "1", "12.", "1.2.3.4", "3.10."])]
}

#[cfg(test)]
mod vocabulary_tests {
    use super::*;

    /// The counts are those of a plain map from each word in lower case, for the words of a
    /// report and of lines with words just under, at and over eight bytes, and zero for
    /// words not there.
    #[test]
    fn vocabulary_counts_every_word() {
        let text = format!(
            "{}\nabcdefgh abcdefg abcdefghi ABCDEFGH Abcdefghi ngườiđ NGƯỜI người\nchuyển CHUYỂN chuyểnđổi",
            include_str!("../../fixtures/tam-thanh-2025-report.txt")
        );
        let lines = Lines::from_text(text.clone());
        let body = Body { clean: &lines, lines: (1..=lines.len() as u32).collect(), edited: BTreeMap::new() };
        let vocab = vocabulary(&body);
        let mut plain: HashMap<String, u32> = HashMap::new();
        for k in 0..body.len() {
            for w in body.text(k).split(|c: char| !is_letter(c)).filter(|w| !w.is_empty()) {
                *plain.entry(w.to_lowercase()).or_insert(0) += 1;
            }
        }
        for (w, n) in &plain {
            assert_eq!(vocab.count(w), *n, "{w:?}");
        }
        for w in ["", "abcdefgj", "abcdefghij", "chuyểnđổix", "a\0", "NGƯỜI", "\0\0"] {
            assert_eq!(vocab.count(w), plain.get(w).copied().unwrap_or(0), "{w:?}");
        }
    }
}

#[cfg(test)]
mod date_line_tests {
    use super::*;

    /// The pattern `date_line_end` reads by hand.
    static DATE_LINE_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"ngày[ \t]*[0-9]{0,2}[ \t]*tháng[ \t]*[0-9]{0,2}[ \t]*năm[ \t]*[0-9]{4}$").unwrap()
    });

    /// Every string of up to four characters of a date line's alphabet after each of its
    /// words, and 50,000 random ones: the hand reader says what the pattern says.
    #[test]
    fn date_line_end_reads_as_the_pattern() {
        let check = |t: &str| assert_eq!(date_line_end(t), DATE_LINE_END.is_match(t), "{t:?}");
        let alphabet: Vec<char> = " \t1020mă".chars().collect();
        use crate::read::test_strings;
        for start in
            ["", "ngày", "ngày 1", "ngày 18 tháng", "ngày tháng 1", "ngày 1 tháng 12 năm", "ngày 123 tháng 1 năm"]
        {
            test_strings::each(&alphabet, start, 5, &mut |t| check(t));
        }
        let wide: Vec<char> = " \t0129ngàytháăm,x".chars().collect();
        test_strings::random(&wide, "", 4, 50_000, &mut |t| check(t));
        for t in
            ["Phú Thọ, ngày 18 tháng 11 năm 2025", "ngày  tháng  năm 2026", "ngày 1 tháng 123 năm 2025", "năm 20255"]
        {
            check(t);
        }
    }
}

#[cfg(test)]
mod collapse_tests {
    use super::*;

    /// `is_collapsed` (its quick test over byte pairs and its reading byte by byte) says
    /// what collapsing says, on strings of spaces, odd spaces and the letters, quotes and
    /// dashes whose bytes start like them.
    #[test]
    fn is_collapsed_agrees_with_collapsing() {
        let alphabet: Vec<char> =
            " a\tạẠỹ“”–…\u{a0}\u{85}\u{1680}\u{2003}\u{2028}\u{202F}\u{205F}\u{2060}\u{3000}ãĂ\n".chars().collect();
        let check = |t: &str| {
            let collapsed = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_collapsed(t), collapsed == t, "{t:?}");
        };
        use crate::read::test_strings;
        test_strings::each(&alphabet, "", 3, &mut |t| check(t));
        test_strings::random(&alphabet, "x", 0, 50_000, &mut |t| check(t));
    }
}

#[cfg(test)]
mod numbered_item_tests {
    use super::*;

    /// The pattern `item_start` reads by hand.
    static ITEM_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
        r"^(?:",
        r"(?:Phần|PHẦN)[ \t]+(?:[IVXL]+|[0-9]+)(?:[.:]|$|[ \t]+(?:$|[^a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ \t]))", // Phần I (not "… tại" / "phần II …", "Phần V của …": a wrap)
        r"|[IVXL]{1,7}\.[ \t]*[0-9A-Za-zÀ-ỹ“\x22(\[]",         // I. / IV.
        r"|(?:[A-EGH]|Đ)\.[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]", // A. THỦ TỤC
        // 1. / 1.1. / 1.2.3 / 1 (a number alone, not zero-padded: "03 TTHC" is a count)
        r"|(?:[1-9][0-9]?|[0-9]{1,3}\.|[0-9]{1,3}(?:\.[0-9]{1,2}){1,2}\.?)[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ“\x22(0-9]",
        r"|(?:[a-z]|đ)\)[ \t]*[0-9A-Za-zÀ-ỹ“\x22(\[]", // a) đ) l)
        r"|(?:[a-z]|đ)\.[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]", // a. Thời hạn
        r"|[*+][ \t]*[0-9A-Za-zÀ-ỹ“\x22(\[]",          // * heading, + line
        r"|(?:[IVXL]{1,7}|[0-9]{1,3}(?:\.[0-9]{1,2}){0,3}|[A-EGH]|Đ)\.[ \t]*$", // a label alone: "III.", "2.", "B."
        r"|(?:[a-z]|đ)\)[ \t]*$",
        r"|(?:Điều|ĐIỀU)[ \t]+[0-9]{1,3}(?:[.:]|[ \t]*$)", // Điều 1.
        r")"
    ))
    .unwrap()
    });

    /// Every string of up to four characters over the characters items are made of, after
    /// each of the words that open them, and 50,000 longer ones: the hand reader says what
    /// the pattern says.
    #[test]
    fn item_start_reads_as_the_pattern() {
        let alphabet: Vec<char> = "PIVXLAGĐađz.):*+ \t19“([Ạạ×".chars().collect();
        let check = |t: &str| assert_eq!(item_start(t), ITEM_START.is_match(t), "{t:?}");
        use crate::read::test_strings;
        for start in ["", "Phần", "PHẦN", "Phầ", "Điều", "ĐIỀU", "Điề", "VIIIII", "Đ", "a)", "1"] {
            test_strings::each(&alphabet, start, 4, &mut |t| check(t));
        }
        let wide: Vec<char> = "PhầnHẦNIVXLCAGĐiềuỀUađz.):*+ \t0129“\"([]ẠạỹỺÀ¿×-".chars().collect();
        test_strings::random(&wide, "", 1, 50_000, &mut |t| check(t));
        for t in
            ["Phần IV. A", "PHẦN 12:", "Điều 123.", "Điều 1234.", "ĐIỀU 5  ", "IIIIIII. X", "IIIIIIII. X", "Đ. ĐẦU"]
        {
            check(t);
        }
        // Every character of the Latin blocks where an item's text opens.
        for c in (0u32..0x2100).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            for label in ["A. ", "Đ. ", "1. ", "1.2 ", "a) ", "* ", "IV.", "Phần 1", "Điều 2"] {
                check(&format!("{label}{c}"));
            }
        }
    }

    /// Every string of up to six characters over the characters numbered items are made of,
    /// and 50,000 longer ones: the hand reader says what the pattern says.
    #[test]
    fn numbered_items_match_the_pattern() {
        let alphabet: Vec<char> = "019.. \tAaĐđ“(x".chars().collect();
        let check = |t: &str| {
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                assert_eq!(numbered_item(t), ITEM_START.is_match(t), "{t:?}");
            }
        };
        use crate::read::test_strings;
        test_strings::each(&alphabet, "1", 5, &mut |t| check(t));
        test_strings::random(&alphabet, "1", 3, 50_000, &mut |t| check(t));
        for t in
            ["1. Tổ chức", "12.3.4. Ưu tiên", "1.2.3.4 X", "1.2.3.4.", "1.2.3.4.5.", "123. X", "2026. Tiếp", "2.\t"]
        {
            check(t);
        }
    }
}

#[cfg(test)]
mod letter_tests {
    use super::is_letter;

    #[test]
    fn is_upper_agrees_with_is_uppercase() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn push_lower_agrees_with_to_lowercase() {
        let mut out = String::new();
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            out.clear();
            super::push_lower(&mut out, c);
            assert_eq!(out, c.to_lowercase().collect::<String>(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn is_letter_agrees_with_is_alphabetic_on_the_latin_blocks() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }
}

#[cfg(test)]
mod line_map_tests {
    use super::LineMap;
    use proptest::prelude::*;

    proptest! {
        /// The compact map answers as the plain list of (offset, line) it replaces.
        #[test]
        fn line_map_agrees_with_a_plain_list(steps in proptest::collection::vec((1usize..20, 1usize..4), 0..40), first in 1usize..50) {
            let mut map = LineMap::starting(first);
            let mut plain = vec![(0usize, first)];
            for (len, gap) in steps {
                let (o, l) = *plain.last().unwrap();
                plain.push((o + len, l + gap));
                map.push(o + len, l + gap);
            }
            let end = plain.last().unwrap().0 + 5;
            for off in 0..end {
                let want = plain[plain.partition_point(|&(o, _)| o <= off) - 1].1;
                prop_assert_eq!(map.line_at(off), want);
            }
            let mut joined = LineMap::starting(1);
            joined.append_shifted(&map, 7);
            prop_assert_eq!(joined.line_at(3), 1);
            for &(o, l) in &plain {
                prop_assert_eq!(joined.line_at(o + 7), l);
            }
        }
    }
}

#[cfg(test)]
mod row_number_tests {
    use super::repair;

    /// The paragraphs of `blocks` with 40 lines of a cell's text between each two: rows far
    /// apart, as a procedure's row with its legal grounds is.
    fn far_apart(blocks: &[&str]) -> Vec<String> {
        let filler = "Dòng của ô.\n".repeat(40);
        let t = blocks.join(&format!("\n{filler}\n"));
        repair(&t).paras.into_iter().map(|p| p.text).collect()
    }

    fn has_word(texts: &[String], w: &str) -> bool {
        texts.iter().any(|p| p.split_whitespace().any(|x| x == w))
    }

    /// Lone numbers a few lines apart are a table's row numbers and stay in the body; a lone
    /// number far from any other is a page number and leaves it.
    #[test]
    fn row_numbers_stay_page_numbers_go() {
        let texts = far_apart(&["Stt\n\nTên\n\n1\n\nCấp phép\n\n2\n\nGia hạn\n", "7\n\nTiếp tục nội dung.\n"]);
        assert!(texts.iter().any(|p| p == "1") && texts.iter().any(|p| p == "2"), "{texts:?}");
        assert!(!has_word(&texts, "7"), "{texts:?}");
    }

    /// A zero-padded number is a row number even when its rows are far apart (regression:
    /// Đồng Nai's list of procedures, rows "01", "02" forty lines apart, was read as one row).
    #[test]
    fn zero_padded_numbers_are_row_numbers_however_far_apart() {
        let texts = far_apart(&["STT\n\nTên\n\n01\n\nCấp bản sao\n", "02\n\nChứng thực\n"]);
        assert!(texts.iter().any(|p| p == "01") && texts.iter().any(|p| p == "02"), "{texts:?}");
    }

    /// A lone number far from the others that is the next after the last row number is a
    /// row number too (regression: Đồng Nai's row "4", fifty lines after row "03", was taken
    /// for a page number and rows "03" and "4" were read as one); a lone number that does
    /// not continue the rows is still a page number.
    #[test]
    fn the_next_row_number_far_away_is_a_row_number() {
        let texts = far_apart(&[
            "STT\n\nTên\n\n1\n\nCấp bản sao\n\n2\n\nChứng thực\n",
            "3\n\nChứng thực chữ ký\n",
            "9\n\nTiếp tục nội dung.\n",
        ]);
        assert!(texts.iter().any(|p| p == "3"), "{texts:?}");
        assert!(!has_word(&texts, "9"), "{texts:?}");
    }

    /// A time limit's count with its unit on the next line ("03" / "ngày làm việc …") is the
    /// cell's text and does not move the rows' sequence: row "2", far after row "1", is still
    /// the next row, not a page number (regression: Bắc Ninh's two procedures were one row).
    #[test]
    fn a_count_over_its_unit_does_not_move_the_rows() {
        let texts = far_apart(&["STT\n\nTên\n\n1\n\nCấp giấy chứng nhận\n\n03\nngày làm việc.\n", "2\n\nCấp lại\n"]);
        assert!(texts.iter().any(|p| p == "2"), "{texts:?}");
        assert!(texts.iter().any(|p| p == "03 ngày làm việc."), "{texts:?}");
        // A page number before a line that opens with "ngày" is still a page number.
        let texts = far_apart(&["Căn cứ Quyết định số 12/QĐ-UBND\n3\nngày 12/3/2025 của Ủy ban nhân dân tỉnh.\n"]);
        assert!(!has_word(&texts, "3"), "{texts:?}");
    }

    /// A lone number after a duration that ends a cell ("… xuống 22 ngày", "0,5 ngày") is the
    /// next row's number, not the day of a date (regression: Cao Bằng's 24 procedures were one
    /// row); after a date's "ngày" it still runs on.
    #[test]
    fn a_number_after_a_duration_starts_a_row() {
        let r = repair(
            "STT\n\nTên\n\n1\n\nCắt giảm từ 24 ngày xuống 22 ngày\n\n2\n\nGia hạn\n\n3\n\nMất 0,5 ngày\n\n4\n\nCấp lại\n",
        );
        let texts: Vec<&str> = r.paras.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"2") && texts.contains(&"4"), "{texts:?}");
        let r = repair("Thực hiện Kế hoạch ban hành ngày\n\n15\n\ntháng 8 năm 2025 của tỉnh.\n");
        assert_eq!(r.paras.len(), 1, "{:?}", r.paras);
    }

    /// A letter alone between blank lines is a sub-row's letter, not a word of the line before
    /// (regression: Hà Nội's table of allowances, rows "2" / "a" … "g", was one row of
    /// 15,000 characters).
    #[test]
    fn a_letter_alone_is_a_sub_row() {
        let r = repair("STT\n\n1\n\nĐiều dưỡng tại nhà\n\na\n\nNhóm 1: Bí thư\n\nb\n\nNhóm 2: Ủy viên\n");
        let texts: Vec<&str> = r.paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["STT", "1", "Điều dưỡng tại nhà", "a", "Nhóm 1: Bí thư", "b", "Nhóm 2: Ủy viên"]);
    }

    /// After the row-number column's heading ("Số TT"), a lone 1 far from the next number is
    /// the first row (regression: Vĩnh Long's procedures, rows "1" … "5" thirty to sixty lines
    /// apart, were read as one row); without such a heading it is a page number.
    #[test]
    fn the_first_row_after_the_number_columns_heading_is_a_row() {
        let rows = |head: &str| {
            let texts = far_apart(&[&format!("{head}\n\nTên\n\n1\n\nCấp bản sao\n"), "2\n\nChứng thực\n"]);
            texts.iter().filter(|p| *p == "1" || *p == "2").count()
        };
        assert_eq!(rows("Số TT"), 2);
        assert_eq!(rows("Nội dung"), 0);
    }
}
