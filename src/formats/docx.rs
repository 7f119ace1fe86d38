//! DOCX (Office Open XML word-processing) to text.
//!
//! What comes out, one line per paragraph:
//! - the main document body (`word/document.xml`) in document order; headers and footers
//!   are not read; hidden text (`w:vanish`) is left out;
//! - a `w:br` (line, page or column break) or `w:cr` starts a new line, `w:tab` is a tab,
//!   `w:noBreakHyphen` a hyphen, `w:softHyphen` nothing (except in a TCVN3 font, where
//!   the soft-hyphen byte 0xAD is the letter "ư");
//! - tracked changes as accepted: deleted text (`w:del`, `w:delText`, `w:moveFrom`) is
//!   skipped, inserted text (`w:ins`, `w:moveTo`) kept, old formatting (`w:*Change`)
//!   ignored;
//! - fields: the result text is kept, the instruction (`w:instrText`) skipped;
//! - text boxes: their paragraphs follow the paragraph that anchors them (the VML copy in
//!   `mc:Fallback` is skipped, so nothing comes twice);
//! - tables: a table of at most two columns is a layout table (the header block and the
//!   recipients-plus-signature block of an official document are two-column tables), so
//!   each cell's paragraphs become lines of their own, row by row, left cell first, as
//!   text extracted from a PDF would have them. A wider table is a data table: each row
//!   is one line, the cells joined by a tab (tabs inside a cell become spaces, so a tab
//!   always separates cells, and a row of fewer cells, merged across columns, is padded
//!   with tabs to the table's width so that it still reads as a row; the reader reads such
//!   lines back into rows and cells), a cell's paragraphs and line breaks joined by spaces;
//! - Word automatic numbering (`w:numPr` in the paragraph or its style, resolved through
//!   `word/numbering.xml`) is written at the start of the paragraph as Word shows it:
//!   "I." (upperRoman), "1." (decimal), "a)" (lowerLetter), "1.1." (multi-level
//!   `%1.%2.`), with the level's start value, `w:lvlOverride`/`w:startOverride`
//!   restarts, `w:lvlRestart`, `w:isLgl`; counters are kept per abstract numbering
//!   definition, as Word does, so two lists sharing one definition continue each other
//!   unless a start override restarts them. Bullets are written as "-" (or "+" / "*" when
//!   that is the bullet character). A numbered paragraph with no text advances the
//!   counter but is written as an empty line;
//! - footnotes and endnotes: the body keeps a marker number right after the referencing
//!   word ("dự án1"), numbered 1, 2, … in order of reference, and the note texts follow
//!   the body after a line of 20 spaces, each as "N text" on one line: the same shape as
//!   text extracted from a PDF, so the reader's layout repair serves both;
//! - runs in a legacy font (TCVN3 fonts whose name starts with ".Vn", VNI fonts whose
//!   name starts with "VNI"; the font comes from the run's `w:rFonts`, its character
//!   style, the paragraph style or the document defaults) are converted to Unicode with
//!   [`legacy::decode_tcvn3`] / [`legacy::decode_vni`]. Runs in a TCVN3 capital font
//!   (name ending in "H", such as ".VnTimeH") are upper-cased after conversion. A run in
//!   a legacy font whose text is already Unicode Vietnamese (typed with a Unicode keyboard
//!   while the old font stayed selected) is left as it is.
//!
//! Hostile files: the number of ZIP entries and the number of bytes inflated are limited
//! ([`DocxLimits`]); sizes are checked as declared and counted while inflating. External
//! entities and DTDs are never resolved (quick-xml does not). Nesting is limited. Any
//! damage gives [`Problem::Format`] with a sentence for the person who gave the file.

use super::legacy;
use crate::error::{Problem, Said};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

/// Limits against hostile files.
#[derive(Debug, Clone)]
pub struct DocxLimits {
    /// Most bytes inflated from the archive in total (all parts read).
    pub max_uncompressed: u64,
    /// Most entries the archive may list.
    pub max_entries: usize,
    /// Most bytes of text produced (`--max-bytes`). Counted on what the reader writes, not
    /// on what it inflates: a footnote's text is written once per reference and a list
    /// label once per paragraph, so a few kilobytes of XML can ask for gigabytes.
    pub max_output: u64,
}

impl Default for DocxLimits {
    fn default() -> Self {
        DocxLimits { max_uncompressed: 200 * 1024 * 1024, max_entries: 10_000, max_output: 512 * 1024 * 1024 }
    }
}

/// The error when the text produced passes [`DocxLimits::max_output`].
fn over_budget(limit: u64) -> Problem {
    Problem::OutputTooLarge {
        what: Said::new(
            "footnotes or list labels repeated many times",
            "chú thích hoặc số thứ tự lặp lại rất nhiều lần",
        ),
        limit,
    }
}

/// Is this a ZIP local-file header ("PK\x03\x04")? DOCX files are ZIP archives.
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_NS_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/// Deepest nesting of tables, cells and text boxes accepted.
const MAX_NESTING: usize = 200;
/// Deepest XML element nesting accepted in styles and numbering.
const MAX_XML_DEPTH: usize = 256;

fn format_problem(en: impl Into<String>, vi: impl Into<String>) -> Problem {
    Problem::Format(Said::new(en, vi))
}

fn damaged(part: &str, what: impl std::fmt::Display) -> Problem {
    format_problem(
        format!("is a damaged Word document ({part}: {what})"),
        format!("là tệp Word bị hỏng ({part}: {what})"),
    )
}

/// The text of a DOCX file; see the module documentation for what is kept and how.
pub fn docx_to_text(bytes: &[u8], limits: &DocxLimits) -> Result<String, Problem> {
    if bytes.starts_with(&OLE_MAGIC[..4]) {
        return Err(ole_problem(bytes));
    }
    if !looks_like_zip(bytes) {
        return Err(format_problem(
            "is not a Word document: a DOCX file is a ZIP archive and this one does not start like one",
            "không phải tệp Word: tệp DOCX là một tệp nén ZIP, mà tệp này không bắt đầu như tệp ZIP",
        ));
    }
    let mut pkg = Package::open(bytes, limits)?;
    let main = pkg.main_part()?;
    let dir = match main.rfind('/') {
        Some(i) => main[..=i].to_string(),
        None => String::new(),
    };
    let document = pkg.read(&main)?.ok_or_else(|| format_problem(NOT_WORD.0, NOT_WORD.1))?;
    let styles = match pkg.read(&format!("{dir}styles.xml"))? {
        Some(x) => Styles::parse(&x, "styles.xml")?,
        None => Styles::default(),
    };
    let numbering = match pkg.read(&format!("{dir}numbering.xml"))? {
        Some(x) => Numbering::parse(&x)?,
        None => Numbering::default(),
    };
    let ctx = Context { styles, numbering };
    let budget = limits.max_output;

    let mut body = Walker::new(&ctx, Mode::Body, budget);
    body.run(&document, &main)?;
    let Walker { frames, refs, produced, .. } = body;
    let mut lines = Vec::new();
    for f in frames {
        if let Frame::Blocks(blocks) = f {
            render(&blocks, &mut lines);
        }
    }
    let mut text = lines.join("\n");

    if !refs.is_empty() {
        let mut notes: HashMap<(NoteKind, String), Vec<Block>> = HashMap::new();
        for (kind, part) in [(NoteKind::Foot, "footnotes.xml"), (NoteKind::End, "endnotes.xml")] {
            if !refs.iter().any(|(k, _)| *k == kind) {
                continue;
            }
            if let Some(xml) = pkg.read(&format!("{dir}{part}"))? {
                let mut w = Walker::new(&ctx, Mode::Notes(kind), budget.saturating_sub(produced));
                // The notes get what the body left; the message names the whole budget.
                w.run(&xml, part).map_err(|e| match e {
                    Problem::OutputTooLarge { .. } => over_budget(budget),
                    e => e,
                })?;
                notes.extend(w.notes);
            }
        }
        text.push('\n');
        text.push_str(&" ".repeat(20));
        text.push('\n');
        for (i, key) in refs.iter().enumerate() {
            let mut note_lines = Vec::new();
            if let Some(blocks) = notes.get(key) {
                render(blocks, &mut note_lines);
            }
            let body = note_lines.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
            // Checked before it is written: one note referenced a million times stops here.
            if (text.len() + body.len()) as u64 > budget {
                return Err(over_budget(budget));
            }
            text.push_str(&format!("{} {}\n", i + 1, body));
        }
    }
    // The counts above are of text produced; line ends, tabs and note numbers come on top.
    if text.len() as u64 > budget {
        return Err(over_budget(budget));
    }
    Ok(text)
}

/// A ZIP archive without the main part of a Word document.
const NOT_WORD: (&str, &str) = (
    "is a ZIP file but not a Word document (no word/document.xml)",
    "là tệp nén ZIP nhưng không phải tệp Word (không có word/document.xml)",
);

/// Why an OLE compound file (the container of old .doc files and of password-protected
/// DOCX files alike) is refused.
pub(crate) fn ole_problem(bytes: &[u8]) -> Problem {
    let needle: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let encrypted = bytes.windows(needle.len()).any(|w| w == needle.as_slice());
    if encrypted {
        format_problem(
            "is an encrypted Word document; save an unprotected copy (File > Info > Protect Document) and try again",
            "là tệp Word có đặt mật khẩu; hãy lưu một bản không đặt mật khẩu (Tệp > Thông tin > Bảo vệ Tài liệu) rồi thử lại",
        )
    } else {
        format_problem(
            "is an old Word .doc file (or another OLE document), not DOCX; open it in Word or LibreOffice and save it as DOCX",
            "là tệp Word .doc kiểu cũ (hoặc một tài liệu OLE khác), không phải DOCX; hãy mở bằng Word hoặc LibreOffice rồi lưu lại dạng DOCX",
        )
    }
}

/// The ZIP archive with a budget of bytes still allowed to inflate.
struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
    limit: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &DocxLimits) -> Result<Self, Problem> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            format_problem(
                format!(
                    "is a damaged DOCX file: its ZIP structure cannot be read ({e}); it may be truncated or not fully downloaded"
                ),
                format!("là tệp DOCX bị hỏng: không đọc được cấu trúc ZIP ({e}); có thể tệp bị cắt cụt hoặc chưa tải về hết"),
            )
        })?;
        if zip.len() > limits.max_entries {
            return Err(format_problem(
                format!(
                    "is not a plausible Word document: its ZIP archive lists {} entries, over the limit of {}",
                    zip.len(),
                    limits.max_entries
                ),
                format!(
                    "không giống một tệp Word: tệp nén ZIP có {} mục, quá giới hạn {}",
                    zip.len(),
                    limits.max_entries
                ),
            ));
        }
        Ok(Package { zip, budget: limits.max_uncompressed, limit: limits.max_uncompressed })
    }

    fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The main document part: `word/document.xml`, or wherever `_rels/.rels` says.
    fn main_part(&mut self) -> Result<String, Problem> {
        const DEFAULT: &str = "word/document.xml";
        if self.has(DEFAULT) {
            return Ok(DEFAULT.to_string());
        }
        if let Some(rels) = self.read("_rels/.rels")? {
            let root = parse_dom(&rels, "_rels/.rels")?;
            for r in root.kids.iter().filter(|k| k.name == "Relationship") {
                let is_main = r.attr("Type").is_some_and(|t| t.ends_with("/officeDocument"));
                if let (true, Some(target)) = (is_main, r.attr("Target")) {
                    let target = target.trim_start_matches('/').to_string();
                    if self.has(&target) {
                        return Ok(target);
                    }
                }
            }
        }
        let (en, vi) = if self.has("content.xml") && self.has("mimetype") {
            (
                "is an OpenDocument file (ODT), not DOCX; open it in LibreOffice or Word and save it as DOCX",
                "là tệp OpenDocument (ODT), không phải DOCX; hãy mở bằng LibreOffice hoặc Word rồi lưu lại dạng DOCX",
            )
        } else if self.has("xl/workbook.xml") {
            ("is an Excel workbook (XLSX), not a Word document", "là bảng tính Excel (XLSX), không phải tệp Word")
        } else if self.has("ppt/presentation.xml") {
            (
                "is a PowerPoint presentation (PPTX), not a Word document",
                "là bản trình chiếu PowerPoint (PPTX), không phải tệp Word",
            )
        } else {
            NOT_WORD
        };
        Err(format_problem(en, vi))
    }

    /// Reads and decodes one XML part; `None` when the archive has no such entry.
    fn read(&mut self, name: &str) -> Result<Option<String>, Problem> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let (encrypted, declared) = {
            let entry = self.zip.by_index_data(index).map_err(|e| damaged(name, e))?;
            (entry.encrypted(), entry.size())
        };
        if encrypted {
            return Err(format_problem(
                "is an encrypted (password-protected) DOCX; save an unprotected copy and try again",
                "là tệp DOCX có đặt mật khẩu; hãy lưu một bản không đặt mật khẩu rồi thử lại",
            ));
        }
        let too_big = || {
            format_problem(
                format!(
                    "is not a plausible Word document: it inflates to more than {} bytes ({name} alone declares {declared}); this looks like a ZIP bomb",
                    self.limit
                ),
                format!(
                    "không giống một tệp Word: giải nén ra hơn {} byte (riêng {name} đã khai {declared} byte); trông như một “bom ZIP”",
                    self.limit
                ),
            )
        };
        if declared > self.budget {
            return Err(too_big());
        }
        let file = self.zip.by_index(index).map_err(|e| damaged(name, e))?;
        let mut buf = Vec::with_capacity(declared.min(16 * 1024 * 1024) as usize);
        file.take(self.budget + 1).read_to_end(&mut buf).map_err(|e| damaged(name, e))?;
        if buf.len() as u64 > self.budget {
            return Err(too_big());
        }
        self.budget -= buf.len() as u64;
        xml_string(buf, name).map(Some)
    }
}

/// XML bytes to a string: UTF-8 (with or without BOM) or UTF-16 with a BOM.
fn xml_string(bytes: Vec<u8>, part: &str) -> Result<String, Problem> {
    let utf16 = |b: &[u8], f: fn([u8; 2]) -> u16| {
        char::decode_utf16(b.chunks_exact(2).map(|c| f([c[0], c[1]])))
            .collect::<Result<String, _>>()
            .map_err(|_| damaged(part, "invalid UTF-16"))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    match std::str::from_utf8(&bytes[start..]) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(damaged(part, format!("not UTF-8 at byte {}", e.valid_up_to() + start))),
    }
}

// ---------------------------------------------------------------------------------------
// Small XML helpers.

/// The local part of a qualified name ("w:val" → "val").
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The prefix of a qualified name ("w:p" → "w", "p" → "").
fn prefix(name: &str) -> &str {
    name.rsplit_once(':').map_or("", |(p, _)| p)
}

/// The value of the attribute with this local name.
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find(|a| local(a.key.as_ref()) == name).map(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| a.value.into_owned())
    })
}

/// Checks that an element's attributes are well-formed (quick-xml parses them lazily).
fn check_attributes(e: &BytesStart, part: &str) -> Result<(), Problem> {
    for a in e.attributes() {
        a.map_err(|err| damaged(part, format!("malformed attribute in <{}>: {err}", e.name().as_ref())))?;
    }
    Ok(())
}

/// Is a boolean property such as `<w:vanish/>` or `<w:vanish w:val="false"/>` on?
fn on(e: &BytesStart) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

/// Elements whose content never counts: deletions, old formatting, field instructions,
/// content-control properties, the VML copy of a drawing, binary field data.
fn skipped(local: &str) -> bool {
    matches!(local, "del" | "moveFrom" | "delText" | "instrText" | "delInstrText" | "sdtPr" | "Fallback" | "fldData")
        || local.ends_with("Change")
}

/// A minimal element tree, for the small parts (styles, numbering, relationships).
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    kids: Vec<El>,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    fn child(&self, name: &str) -> Option<&El> {
        self.kids.iter().find(|k| k.name == name)
    }
    fn children<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s El> + 's {
        self.kids.iter().filter(move |k| k.name == name)
    }
    /// The `val` attribute of a child element.
    fn val(&self, child: &str) -> Option<&str> {
        self.child(child).and_then(|c| c.attr("val"))
    }
}

fn el_of(e: &BytesStart) -> El {
    let attrs = e
        .attributes()
        .with_checks(false)
        .flatten()
        .map(|a| {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.clone().into_owned());
            (local(a.key.as_ref()).to_string(), v)
        })
        .collect();
    El { name: local(e.name().as_ref()).to_string(), attrs, kids: Vec::new() }
}

/// Parses a small XML part into a tree of elements (names and attributes by local name;
/// text dropped; `*Change` subtrees dropped).
fn parse_dom(xml: &str, part: &str) -> Result<El, Problem> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<El> = vec![El::default()];
    let mut skip = 0usize;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| damaged(part, format!("XML error at byte {}: {e}", reader.error_position())))?;
        match ev {
            Event::Start(e) => {
                check_attributes(&e, part)?;
                if skip > 0 || local(e.name().as_ref()).ends_with("Change") {
                    skip += 1;
                    continue;
                }
                if stack.len() > MAX_XML_DEPTH {
                    return Err(damaged(part, "elements nested too deeply"));
                }
                stack.push(el_of(&e));
            }
            Event::Empty(e) => {
                check_attributes(&e, part)?;
                if skip == 0
                    && let Some(top) = stack.last_mut()
                {
                    top.kids.push(el_of(&e));
                }
            }
            Event::End(_) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let done = stack.pop();
                match (done, stack.last_mut()) {
                    (Some(done), Some(top)) => top.kids.push(done),
                    _ => return Err(damaged(part, "unbalanced XML")),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 || skip != 0 {
        return Err(damaged(part, "the XML ends early"));
    }
    let mut doc = stack.pop().unwrap_or_default();
    doc.kids.pop().ok_or_else(|| damaged(part, "no XML element"))
}

// ---------------------------------------------------------------------------------------
// Styles.

#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    font: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
    default_para: Option<String>,
    default_font: Option<String>,
}

/// The font a `w:rFonts` element names for Latin text; a theme font counts as "not
/// legacy" (an empty name).
fn font_of(rfonts: &El) -> Option<String> {
    if rfonts.attr("asciiTheme").is_some() || rfonts.attr("hAnsiTheme").is_some() {
        return Some(String::new());
    }
    rfonts.attr("ascii").or_else(|| rfonts.attr("hAnsi")).map(str::to_string)
}

impl Styles {
    fn parse(xml: &str, part: &str) -> Result<Styles, Problem> {
        let root = parse_dom(xml, part)?;
        let mut s = Styles::default();
        if let Some(f) = root
            .child("docDefaults")
            .and_then(|d| d.child("rPrDefault"))
            .and_then(|d| d.child("rPr"))
            .and_then(|r| r.child("rFonts"))
        {
            s.default_font = font_of(f);
        }
        for st in root.children("style") {
            let Some(id) = st.attr("styleId") else {
                continue;
            };
            let num = st.child("pPr").and_then(|p| p.child("numPr"));
            let style = Style {
                based_on: st.val("basedOn").map(str::to_string),
                font: st.child("rPr").and_then(|r| r.child("rFonts")).and_then(font_of),
                num_id: num.and_then(|n| n.val("numId")).map(str::to_string),
                ilvl: num.and_then(|n| n.val("ilvl")).and_then(|v| v.parse().ok()),
            };
            if st.attr("type") == Some("paragraph") && matches!(st.attr("default"), Some("1" | "true" | "on")) {
                s.default_para = Some(id.to_string());
            }
            s.by_id.insert(id.to_string(), style);
        }
        Ok(s)
    }

    /// Walks a style and the styles it is based on (at most 20, against cycles).
    fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = id;
        std::iter::from_fn(move || {
            let st = self.by_id.get(next?)?;
            next = st.based_on.as_deref();
            Some(st)
        })
        .take(20)
    }

    fn font(&self, id: Option<&str>) -> Option<String> {
        self.chain(id).find_map(|s| s.font.clone())
    }

    fn numbering(&self, id: Option<&str>) -> (Option<String>, Option<usize>) {
        let num = self.chain(id).find_map(|s| s.num_id.clone());
        let ilvl = self.chain(id).find_map(|s| s.ilvl);
        (num, ilvl)
    }
}

// ---------------------------------------------------------------------------------------
// Numbering.

#[derive(Debug, Clone)]
struct Level {
    start: i64,
    fmt: String,
    text: String,
    restart: Option<i64>,
    suffix: &'static str,
    legal: bool,
}

impl Default for Level {
    fn default() -> Self {
        Level { start: 0, fmt: "decimal".into(), text: String::new(), restart: None, suffix: " ", legal: false }
    }
}

fn level_of(l: &El) -> Level {
    Level {
        start: l.val("start").and_then(|v| v.parse().ok()).unwrap_or(0),
        fmt: l.val("numFmt").unwrap_or("decimal").to_string(),
        text: l.val("lvlText").unwrap_or("").to_string(),
        restart: l.val("lvlRestart").and_then(|v| v.parse().ok()),
        suffix: if l.val("suff") == Some("nothing") { "" } else { " " },
        legal: l.child("isLgl").is_some_and(|e| !matches!(e.attr("val"), Some("0" | "false" | "off"))),
    }
}

#[derive(Debug, Default)]
struct Abstract {
    levels: HashMap<usize, Level>,
    style_link: Option<String>,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: String,
    /// Level → start override.
    starts: HashMap<usize, i64>,
    /// Level → replacement level definition.
    levels: HashMap<usize, Level>,
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
}

fn ilvl_of(e: &El) -> Option<usize> {
    e.attr("ilvl").and_then(|v| v.parse::<usize>().ok()).filter(|l| *l < 9)
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, Problem> {
        let root = parse_dom(xml, "numbering.xml")?;
        let mut n = Numbering::default();
        for a in root.children("abstractNum") {
            let Some(id) = a.attr("abstractNumId") else {
                continue;
            };
            let mut abs = Abstract { style_link: a.val("numStyleLink").map(str::to_string), ..Default::default() };
            for l in a.children("lvl") {
                if let Some(i) = ilvl_of(l) {
                    abs.levels.insert(i, level_of(l));
                }
            }
            n.abstracts.insert(id.to_string(), abs);
        }
        for m in root.children("num") {
            let (Some(id), Some(abs)) = (m.attr("numId"), m.val("abstractNumId")) else {
                continue;
            };
            let mut num = Num { abstract_id: abs.to_string(), ..Default::default() };
            for o in m.children("lvlOverride") {
                let Some(i) = ilvl_of(o) else { continue };
                if let Some(s) = o.val("startOverride").and_then(|v| v.parse().ok()) {
                    num.starts.insert(i, s);
                }
                if let Some(l) = o.child("lvl") {
                    num.levels.insert(i, level_of(l));
                }
            }
            n.nums.insert(id.to_string(), num);
        }
        Ok(n)
    }

    /// The abstract definition of a list, following one `w:numStyleLink` indirection.
    fn abstract_for(&self, num: &Num, styles: &Styles) -> Option<(String, &Abstract)> {
        let abs = self.abstracts.get(&num.abstract_id)?;
        if abs.levels.is_empty()
            && let Some(link) = &abs.style_link
            && let (Some(id), _) = styles.numbering(Some(link))
            && let Some(other) = self.nums.get(&id)
            && let Some(target) = self.abstracts.get(&other.abstract_id)
        {
            return Some((other.abstract_id.clone(), target));
        }
        Some((num.abstract_id.clone(), abs))
    }
}

/// The running counters of the lists met so far.
#[derive(Debug, Default)]
struct Counters {
    values: HashMap<String, [Option<i64>; 9]>,
    seen: HashSet<String>,
}

impl Counters {
    /// Advances the list `num_id` at level `ilvl` and returns the label Word shows, with
    /// its suffix ("1. ", "a) ", "- "), or `None` for no label.
    fn next(&mut self, ctx: &Context, num_id: &str, ilvl: usize) -> Option<String> {
        let num = ctx.numbering.nums.get(num_id)?;
        let (abs_id, abs) = ctx.numbering.abstract_for(num, &ctx.styles)?;
        let ilvl = ilvl.min(8);
        // Borrowed, not cloned: a level text can be long, and this runs once per paragraph.
        let fallback = Level::default();
        let levels: [(&Level, i64); 9] = std::array::from_fn(|i| {
            let l = num.levels.get(&i).or_else(|| abs.levels.get(&i)).unwrap_or(&fallback);
            (l, num.starts.get(&i).copied().unwrap_or(l.start))
        });
        let counters = self.values.entry(abs_id).or_insert([None; 9]);
        if self.seen.insert(num_id.to_string()) {
            for lvl in num.starts.keys() {
                if let Some(c) = counters.get_mut(*lvl) {
                    *c = None;
                }
            }
        }
        counters[ilvl] = Some(match counters[ilvl] {
            Some(v) => v.saturating_add(1),
            None => levels[ilvl].1,
        });
        for (d, c) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = match levels[d].0.restart {
                None => true,
                Some(0) => false,
                Some(v) => (ilvl as i64) < v,
            };
            if restart {
                *c = None;
            }
        }
        let level = levels[ilvl].0;
        let label = match level.fmt.as_str() {
            "bullet" => match level.text.trim() {
                "" => return None,
                t @ ("+" | "*") => t.to_string(),
                _ => "-".to_string(),
            },
            _ => {
                let mut out = String::new();
                let mut chars = level.text.chars().peekable();
                while let Some(c) = chars.next() {
                    if c == '%'
                        && let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d))
                    {
                        chars.next();
                        let k = d as usize - 1;
                        let value = counters[k].unwrap_or(levels[k].1);
                        let fmt = if level.legal { "decimal" } else { levels[k].0.fmt.as_str() };
                        out.push_str(&format_number(value, fmt));
                    } else {
                        out.push(c);
                    }
                }
                out
            }
        };
        if label.trim().is_empty() {
            return None;
        }
        Some(format!("{label}{}", level.suffix))
    }
}

/// A counter value in a Word number format.
fn format_number(n: i64, fmt: &str) -> String {
    match fmt {
        "none" => String::new(),
        "upperRoman" => roman(n).unwrap_or_else(|| n.to_string()),
        "lowerRoman" => roman(n).map(|r| r.to_lowercase()).unwrap_or_else(|| n.to_string()),
        "upperLetter" => letters(n).map(|s| s.to_uppercase()).unwrap_or_else(|| n.to_string()),
        "lowerLetter" => letters(n).unwrap_or_else(|| n.to_string()),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        // decimal, and every format sosanh does not spell out (ordinal, cardinalText, …).
        _ => n.to_string(),
    }
}

fn roman(mut n: i64) -> Option<String> {
    if !(1..4000).contains(&n) {
        return None;
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    Some(s)
}

/// Word's letter numbering: a … z, then aa … zz, aaa …
fn letters(n: i64) -> Option<String> {
    if !(1..=780).contains(&n) {
        return None;
    }
    let letter = (b'a' + ((n - 1) % 26) as u8) as char;
    Some(std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect())
}

// ---------------------------------------------------------------------------------------
// The document walker.

struct Context {
    styles: Styles,
    numbering: Numbering,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum NoteKind {
    Foot,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Notes(NoteKind),
}

/// How a run's characters are encoded, from its font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Enc {
    Unicode,
    Tcvn3,
    /// A TCVN3 capital font (".VnTimeH"): capitals stored at the lower-case code points.
    Tcvn3Caps,
    Vni,
}

fn enc_of_font(font: Option<&str>) -> Enc {
    let Some(font) = font else {
        return Enc::Unicode;
    };
    let lower = font.trim().to_lowercase();
    if lower.starts_with(".vn") {
        if font.trim_end().ends_with('H') { Enc::Tcvn3Caps } else { Enc::Tcvn3 }
    } else if lower.starts_with("vni") {
        Enc::Vni
    } else {
        Enc::Unicode
    }
}

fn decode_segment(enc: Enc, s: &str) -> String {
    let legacy = match enc {
        Enc::Unicode => return s.to_string(),
        Enc::Tcvn3 | Enc::Tcvn3Caps => legacy::LegacyEncoding::Tcvn3,
        Enc::Vni => legacy::LegacyEncoding::Vni,
    };
    if !legacy::font_decoding_helps(s, legacy) {
        return s.to_string();
    }
    let d = match legacy {
        legacy::LegacyEncoding::Tcvn3 => legacy::decode_tcvn3(s),
        legacy::LegacyEncoding::Vni => legacy::decode_vni(s),
    };
    if enc == Enc::Tcvn3Caps { d.to_uppercase() } else { d }
}

#[derive(Debug)]
enum Block {
    Para(String),
    Table(Vec<Vec<Vec<Block>>>),
}

#[derive(Debug)]
enum Frame {
    /// The body, a table cell, a text box or a note: a sequence of blocks.
    Blocks(Vec<Block>),
    Table(Vec<Vec<Vec<Block>>>),
    Row(Vec<Vec<Block>>),
    Cell(Vec<Block>),
    TextBox(Vec<Block>),
    Note(NoteKind, String, Vec<Block>),
}

#[derive(Debug, Default)]
struct Para {
    done: String,
    seg: String,
    seg_enc: Option<Enc>,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    /// Text boxes anchored in this paragraph, written after it.
    floating: Vec<Block>,
}

impl Para {
    fn push(&mut self, enc: Enc, s: &str) {
        if self.seg_enc != Some(enc) {
            self.flush();
            self.seg_enc = Some(enc);
        }
        self.seg.push_str(s);
    }
    fn flush(&mut self) {
        if let Some(enc) = self.seg_enc.take() {
            let seg = std::mem::take(&mut self.seg);
            self.done.push_str(&decode_segment(enc, &seg));
        }
    }
}

#[derive(Debug, Default)]
struct Run {
    font: Option<String>,
    style: Option<String>,
    hidden: bool,
}

/// Run-level state saved while a text box (nested in a run) is read.
#[derive(Debug, Default)]
struct Inline {
    run: Option<Run>,
    in_t: bool,
    in_rpr: bool,
    in_ppr: bool,
}

struct Walker<'c> {
    ctx: &'c Context,
    mode: Mode,
    w: Option<String>,
    frames: Vec<Frame>,
    paras: Vec<Para>,
    inline: Inline,
    saved: Vec<Inline>,
    skip: usize,
    depth: usize,
    counters: Counters,
    /// Footnote and endnote references in body order (marker n is index n-1).
    refs: Vec<(NoteKind, String)>,
    /// The notes read from a notes part, by kind and id.
    notes: HashMap<(NoteKind, String), Vec<Block>>,
    /// Bytes of text and labels produced so far, and the most allowed.
    produced: u64,
    budget: u64,
}

impl<'c> Walker<'c> {
    fn new(ctx: &'c Context, mode: Mode, budget: u64) -> Self {
        Walker {
            ctx,
            mode,
            w: None,
            frames: vec![Frame::Blocks(Vec::new())],
            paras: Vec::new(),
            inline: Inline::default(),
            saved: Vec::new(),
            skip: 0,
            depth: 0,
            counters: Counters::default(),
            refs: Vec::new(),
            notes: HashMap::new(),
            produced: 0,
            budget,
        }
    }

    fn run(&mut self, xml: &str, part: &str) -> Result<(), Problem> {
        let mut reader = Reader::from_str(xml);
        loop {
            let ev = reader
                .read_event()
                .map_err(|e| damaged(part, format!("XML error at byte {}: {e}", reader.error_position())))?;
            match ev {
                Event::Start(e) => {
                    check_attributes(&e, part)?;
                    self.depth += 1;
                    if self.skip > 0 {
                        self.skip += 1;
                        continue;
                    }
                    self.start(&e, false, part)?;
                }
                Event::Empty(e) => {
                    check_attributes(&e, part)?;
                    if self.skip == 0 {
                        self.start(&e, true, part)?;
                    }
                }
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.skip > 0 {
                        self.skip -= 1;
                        continue;
                    }
                    self.end(e.name().as_ref());
                }
                Event::Text(t) if self.wants_text() => self.text(&t.xml10_content()),
                Event::CData(t) if self.wants_text() => self.text(&t.into_inner()),
                Event::GeneralRef(r) if self.wants_text() => {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        _ => match &*r {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        },
                    };
                    if let Some(c) = c {
                        self.text(c.encode_utf8(&mut [0; 4]));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            if self.produced > self.budget {
                return Err(over_budget(self.budget));
            }
        }
        if self.depth != 0 || self.skip != 0 {
            return Err(damaged(part, "the XML ends early; the file may be truncated"));
        }
        // Close anything a sloppy writer left open.
        while !self.paras.is_empty() {
            self.end_para();
        }
        Ok(())
    }

    fn wants_text(&self) -> bool {
        self.skip == 0 && self.inline.in_t && self.inline.run.is_some()
    }

    /// Is this qualified name in the WordprocessingML namespace?
    fn is_w(&self, name: &str) -> bool {
        prefix(name) == self.w.as_deref().unwrap_or("w")
    }

    fn start(&mut self, e: &BytesStart, empty: bool, part: &str) -> Result<(), Problem> {
        let qname = e.name();
        let name = qname.as_ref();
        if self.w.is_none() {
            // The root element: find the prefix bound to the WordprocessingML namespace.
            let mut w = "w".to_string();
            for a in e.attributes().with_checks(false).flatten() {
                let key: &str = a.key.as_ref();
                if a.value == W_NS || a.value == W_NS_STRICT {
                    if key == "xmlns" {
                        w = String::new();
                    } else if let Some(p) = key.strip_prefix("xmlns:") {
                        w = p.to_string();
                    }
                }
            }
            self.w = Some(w);
        }
        let l = local(name);
        if skipped(l) && (self.is_w(name) || l == "Fallback") {
            if !empty {
                self.skip = 1;
            }
            return Ok(());
        }
        if !self.is_w(name) {
            return Ok(());
        }
        if self.frames.len() + self.paras.len() > MAX_NESTING {
            return Err(damaged(part, "tables or text boxes nested too deeply"));
        }
        let in_run = self.inline.run.is_some();
        match l {
            "p" => {
                self.paras.push(Para::default());
                if empty {
                    self.end_para();
                }
            }
            "pPr" if !in_run && !self.paras.is_empty() => self.inline.in_ppr = !empty,
            "pStyle" if self.inline.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, "val");
                }
            }
            "numId" if self.inline.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.num_id = attr(e, "val");
                }
            }
            "ilvl" if self.inline.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.ilvl = attr(e, "val").and_then(|v| v.parse().ok());
                }
            }
            "r" if !self.inline.in_ppr => {
                self.inline.run = if empty { None } else { Some(Run::default()) };
            }
            "rPr" if in_run => self.inline.in_rpr = !empty,
            "rFonts" if self.inline.in_rpr => {
                if let Some(r) = self.inline.run.as_mut() {
                    r.font = if attr(e, "asciiTheme").is_some() || attr(e, "hAnsiTheme").is_some() {
                        Some(String::new())
                    } else {
                        attr(e, "ascii").or_else(|| attr(e, "hAnsi"))
                    };
                }
            }
            "rStyle" if self.inline.in_rpr => {
                if let Some(r) = self.inline.run.as_mut() {
                    r.style = attr(e, "val");
                }
            }
            "vanish" if self.inline.in_rpr => {
                if let Some(r) = self.inline.run.as_mut() {
                    r.hidden = on(e);
                }
            }
            "t" if in_run && !self.inline.in_rpr => self.inline.in_t = !empty,
            "tab" | "ptab" if in_run && !self.inline.in_rpr => self.text("\t"),
            "br" | "cr" if in_run && !self.inline.in_rpr => self.text("\n"),
            "noBreakHyphen" if in_run && !self.inline.in_rpr => self.text("-"),
            // Word keeps U+00AD as an optional hyphen; in a TCVN3 font that byte is "ư".
            "softHyphen" if in_run && !self.inline.in_rpr => {
                if matches!(self.run_enc(), Enc::Tcvn3 | Enc::Tcvn3Caps) {
                    self.text("\u{AD}");
                }
            }
            "footnoteReference" | "endnoteReference" if in_run && self.mode == Mode::Body => {
                let kind = if l == "footnoteReference" { NoteKind::Foot } else { NoteKind::End };
                if let Some(id) = attr(e, "id") {
                    self.refs.push((kind, id));
                    let n = self.refs.len().to_string();
                    if let Some(p) = self.paras.last_mut() {
                        p.push(Enc::Unicode, &n);
                    }
                }
            }
            "tbl" if !empty => self.frames.push(Frame::Table(Vec::new())),
            "tr" if !empty => self.frames.push(Frame::Row(Vec::new())),
            "tc" if !empty => self.frames.push(Frame::Cell(Vec::new())),
            "txbxContent" if !empty => {
                self.saved.push(std::mem::take(&mut self.inline));
                self.frames.push(Frame::TextBox(Vec::new()));
            }
            "footnote" | "endnote" if !empty => {
                if let Mode::Notes(kind) = self.mode {
                    let special = matches!(
                        attr(e, "type").as_deref(),
                        Some("separator" | "continuationSeparator" | "continuationNotice")
                    );
                    match attr(e, "id") {
                        Some(id) if !special => self.frames.push(Frame::Note(kind, id, Vec::new())),
                        _ => self.skip = 1,
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &str) {
        if !self.is_w(name) {
            return;
        }
        match local(name) {
            "t" => self.inline.in_t = false,
            "rPr" => self.inline.in_rpr = false,
            "pPr" => self.inline.in_ppr = false,
            "r" => {
                self.inline.run = None;
                self.inline.in_t = false;
                self.inline.in_rpr = false;
            }
            "p" => self.end_para(),
            "tc" => {
                if let Some(Frame::Cell(blocks)) = self.pop_frame(|f| matches!(f, Frame::Cell(_))) {
                    match self.frames.last_mut() {
                        Some(Frame::Row(cells)) => cells.push(blocks),
                        _ => blocks.into_iter().for_each(|b| self.attach(b)),
                    }
                }
            }
            "tr" => {
                if let Some(Frame::Row(cells)) = self.pop_frame(|f| matches!(f, Frame::Row(_))) {
                    match self.frames.last_mut() {
                        Some(Frame::Table(rows)) => rows.push(cells),
                        _ => self.attach(Block::Table(vec![cells])),
                    }
                }
            }
            "tbl" => {
                if let Some(Frame::Table(rows)) = self.pop_frame(|f| matches!(f, Frame::Table(_))) {
                    self.attach(Block::Table(rows));
                }
            }
            "txbxContent" => {
                if let Some(Frame::TextBox(blocks)) = self.pop_frame(|f| matches!(f, Frame::TextBox(_))) {
                    self.inline = self.saved.pop().unwrap_or_default();
                    match self.paras.last_mut() {
                        Some(p) => p.floating.extend(blocks),
                        None => blocks.into_iter().for_each(|b| self.attach(b)),
                    }
                }
            }
            "footnote" | "endnote" => {
                if let Some(Frame::Note(kind, id, blocks)) = self.pop_frame(|f| matches!(f, Frame::Note(..))) {
                    self.notes.insert((kind, id), blocks);
                }
            }
            _ => {}
        }
    }

    /// Pops the top frame if it is of the expected kind (a sloppy file may close
    /// elements the walker did not open as frames).
    fn pop_frame(&mut self, is: impl Fn(&Frame) -> bool) -> Option<Frame> {
        if self.frames.len() > 1 && self.frames.last().is_some_and(is) { self.frames.pop() } else { None }
    }

    /// Adds a finished block to the innermost frame that holds blocks.
    fn attach(&mut self, block: Block) {
        for f in self.frames.iter_mut().rev() {
            match f {
                Frame::Blocks(b) | Frame::Cell(b) | Frame::TextBox(b) | Frame::Note(_, _, b) => {
                    b.push(block);
                    return;
                }
                Frame::Table(_) | Frame::Row(_) => {}
            }
        }
    }

    /// How the current run's characters are encoded, from its font.
    fn run_enc(&self) -> Enc {
        let Some(run) = &self.inline.run else {
            return Enc::Unicode;
        };
        let styles = &self.ctx.styles;
        let para_style = self.paras.last().and_then(|p| p.style.as_deref());
        let font = run
            .font
            .clone()
            .or_else(|| styles.font(run.style.as_deref()))
            .or_else(|| styles.font(para_style.or(styles.default_para.as_deref())))
            .or_else(|| styles.default_font.clone());
        enc_of_font(font.as_deref().filter(|f| !f.is_empty()))
    }

    fn text(&mut self, s: &str) {
        if self.inline.run.as_ref().is_none_or(|r| r.hidden) {
            return;
        }
        let enc = self.run_enc();
        if let Some(p) = self.paras.last_mut() {
            self.produced += s.len() as u64;
            p.push(enc, s);
        }
    }

    fn end_para(&mut self) {
        let Some(mut p) = self.paras.pop() else {
            return;
        };
        p.flush();
        let styles = &self.ctx.styles;
        let style = p.style.as_deref().or(styles.default_para.as_deref());
        let (style_num, style_ilvl) = styles.numbering(style);
        let num_id = p.num_id.clone().or(style_num);
        let ilvl = p.ilvl.or(style_ilvl).unwrap_or(0);
        let mut line = p.done;
        if let Some(num_id) = num_id.filter(|n| n != "0")
            && let Some(label) = self.counters.next(self.ctx, &num_id, ilvl)
            && !line.trim().is_empty()
        {
            self.produced += label.len() as u64;
            line.insert_str(0, &label);
        }
        self.attach(Block::Para(line));
        for b in p.floating {
            self.attach(b);
        }
    }
}

/// Writes blocks as lines (see the module documentation for tables).
fn render(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Para(s) => out.push(s.clone()),
            Block::Table(rows) => {
                let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
                for row in rows {
                    if columns <= 2 {
                        for cell in row {
                            render(cell, out);
                        }
                    } else {
                        let cells: Vec<String> = row
                            .iter()
                            .map(|cell| {
                                let mut lines = Vec::new();
                                render(cell, &mut lines);
                                lines
                                    .iter()
                                    .flat_map(|l| l.split(['\n', '\t']))
                                    .map(str::trim)
                                    .filter(|l| !l.is_empty())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .collect();
                        // A row of fewer cells (merged across columns, "LĨNH VỰC KINH TẾ"
                        // over the whole width) is still a row: padded to the table's width.
                        let pad = columns.saturating_sub(cells.len());
                        out.push(cells.join("\t") + &"\t".repeat(pad));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write;

    pub(crate) fn esc(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    /// A ZIP archive of the given entries.
    pub(crate) fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

    /// A DOCX with this body XML and optional extra parts (numbering.xml, footnotes.xml,
    /// styles.xml, header1.xml: names relative to word/).
    pub(crate) fn docx(body: &str, parts: &[(&str, String)]) -> Vec<u8> {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"#
        );
        let mut entries: Vec<(String, Vec<u8>)> = vec![
            ("[Content_Types].xml".into(), CONTENT_TYPES.as_bytes().to_vec()),
            ("word/document.xml".into(), document.into_bytes()),
        ];
        for (name, xml) in parts {
            entries.push((format!("word/{name}"), xml.as_bytes().to_vec()));
        }
        let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
        zip_of(&refs)
    }

    /// A paragraph of one run.
    pub(crate) fn p(text: &str) -> String {
        format!(r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, esc(text))
    }

    /// A numbered paragraph.
    fn np(num: u32, ilvl: u32, text: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:del w:id="9" w:author="x"/></w:rPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"#,
            esc(text)
        )
    }

    fn part(root: &str, inner: &str) -> String {
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NS}>{inner}</w:{root}>"#)
    }

    fn text(bytes: &[u8]) -> String {
        docx_to_text(bytes, &DocxLimits::default()).unwrap()
    }

    fn problem(bytes: &[u8], limits: &DocxLimits) -> String {
        match docx_to_text(bytes, limits) {
            Err(Problem::Format(m)) => m.en,
            other => panic!("expected Problem::Format, got {other:?}"),
        }
    }

    #[test]
    fn paragraphs_breaks_and_tabs() {
        let body = format!(
            "{}{}<w:p/>{}",
            p("Một"),
            r#"<w:p><w:r><w:t>Hai</w:t><w:br/><w:t>ba</w:t><w:tab/><w:t>bốn</w:t><w:cr/><w:t>năm</w:t></w:r><w:r><w:t xml:space="preserve"> sáu</w:t><w:noBreakHyphen/><w:t>bảy</w:t><w:softHyphen/></w:r></w:p>"#,
            p("Cuối"),
        );
        assert_eq!(text(&docx(&body, &[])), "Một\nHai\nba\tbốn\nnăm sáu-bảy\n\nCuối");
    }

    #[test]
    fn data_tables_are_rows_with_tabs() {
        let cell = |t: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(t));
        let two_paras = format!("<w:tc>{}{}</w:tc>", p("Văn phòng"), p("UBND"));
        let body = format!(
            "{}<w:tbl><w:tblPr/><w:tr>{}{}{}</w:tr><w:tr>{}{two_paras}{}</w:tr></w:tbl>{}",
            p("Trước"),
            cell("STT"),
            cell("Nội dung"),
            cell("Chủ trì"),
            cell("1"),
            cell("Tháng 2"),
            p("Sau"),
        );
        assert_eq!(text(&docx(&body, &[])), "Trước\nSTT\tNội dung\tChủ trì\n1\tVăn phòng UBND\tTháng 2\nSau");
    }

    /// Regression: a row merged across the table ("LĨNH VỰC KINH TẾ" in one cell over the
    /// whole width) had no tab and read as a paragraph between the rows.
    #[test]
    fn a_row_of_fewer_cells_is_padded_to_the_tables_width() {
        let cell = |t: &str| format!("<w:tc>{}</w:tc>", p(t));
        let merged = format!("<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>{}</w:tc>", p("LĨNH VỰC KINH TẾ"));
        let body = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{merged}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
            cell("TT"),
            cell("Nội dung"),
            cell("Chủ trì"),
            cell("1"),
            cell("Gieo trồng vụ Xuân"),
            cell("Phòng Kinh tế"),
        );
        assert_eq!(
            text(&docx(&body, &[])),
            "TT\tNội dung\tChủ trì\nLĨNH VỰC KINH TẾ\t\t\n1\tGieo trồng vụ Xuân\tPhòng Kinh tế"
        );
    }

    #[test]
    fn two_column_tables_are_layout() {
        let cell = |a: &str, b: &str| format!("<w:tc>{}{}</w:tc>", p(a), p(b));
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>{}",
            cell("ỦY BAN NHÂN DÂN", "PHƯỜNG TAM THANH"),
            cell("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            cell("Số: 12/CTr-UBND", ""),
            cell("Tam Thanh, ngày 05 tháng 02 năm 2026", ""),
            p("CHƯƠNG TRÌNH"),
        );
        assert_eq!(
            text(&docx(&body, &[])),
            "ỦY BAN NHÂN DÂN\nPHƯỜNG TAM THANH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/CTr-UBND\n\nTam Thanh, ngày 05 tháng 02 năm 2026\n\nCHƯƠNG TRÌNH"
        );
    }

    #[test]
    fn headers_and_footers_are_skipped() {
        let hdr = part("hdr", &p("ĐẦU TRANG"));
        let ftr = part("ftr", &p("Trang 1"));
        let body = format!(
            r#"{}<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr></w:pPr></w:p>"#,
            p("Thân")
        );
        let out = text(&docx(&body, &[("header1.xml", hdr), ("footer1.xml", ftr)]));
        assert_eq!(out.trim(), "Thân");
    }

    #[test]
    fn tracked_changes_as_accepted() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">bỏ </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>thêm</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="A"><w:r><w:t> cũ</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> mới</w:t></w:r></w:moveTo><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="A"><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve"> Báo</w:t></w:r></w:p>"#;
        assert_eq!(text(&docx(body, &[])), "Giữ thêm mới Báo");
    }

    #[test]
    fn field_results_are_kept_and_instructions_skipped() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">, </w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>05/02/2026</w:t></w:r></w:fldSimple><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve"> liên kết</w:t></w:r></w:hyperlink></w:p>"#;
        assert_eq!(text(&docx(body, &[])), "Trang 7, 05/02/2026 liên kết");
    }

    #[test]
    fn hidden_text_entities_and_dtd() {
        let body = r#"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>HĐND &amp; UBND &#273;&#x1EA1;i &lt;1&gt; &xxe;</w:t></w:r></w:p>"#;
        let doc = docx(body, &[]);
        assert_eq!(text(&doc), "HĐND & UBND đại <1> ");
        // A DTD with an external entity is never resolved.
        let xml = format!(
            r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document {NS}><w:body>{body}</w:body></w:document>"#
        );
        let doc = zip_of(&[("word/document.xml", xml.as_bytes())]);
        let out = text(&doc);
        assert!(!out.contains("root:"), "{out}");
        assert!(out.starts_with("HĐND & UBND"), "{out}");
    }

    #[test]
    fn other_namespace_prefix() {
        let xml = r#"<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:other"><x:body><x:p><x:r><x:t>Đúng</x:t><w:t>sai</w:t></x:r></x:p></x:body></x:document>"#;
        let doc = zip_of(&[("word/document.xml", xml.as_bytes())]);
        assert_eq!(text(&doc), "Đúng");
    }

    #[test]
    fn text_boxes_once_after_their_anchor() {
        let inner = p("Trong khung");
        let body = format!(
            r#"<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> tiếp</w:t></w:r></w:p>{}"#,
            p("Sau")
        );
        assert_eq!(text(&docx(&body, &[])), "Neo tiếp\nTrong khung\nSau");
    }

    const NUMBERING: &str = r#"
<w:abstractNum w:abstractNumId="10">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
  <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/><w:lvlRestart w:val="0"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
"#;

    fn numbered(body: &str) -> String {
        let styles = part(
            "styles",
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>"#,
        );
        text(&docx(body, &[("numbering.xml", part("numbering", NUMBERING)), ("styles.xml", styles)]))
    }

    #[test]
    fn numbering_roman_decimal_letters_bullets() {
        let body = [
            np(1, 0, "TRỌNG TÂM CÔNG TÁC"),
            np(1, 1, "Tập trung lãnh đạo"),
            p("Đoạn thường, không đánh số."),
            np(1, 1, "Chỉ đạo"),
            np(1, 2, "một"),
            np(1, 2, "hai"),
            np(1, 3, "gạch đầu dòng"),
            np(1, 4, "dấu cộng"),
            np(1, 1, "Tiếp tục"),
            np(1, 0, "TỔ CHỨC HỘI NGHỊ"),
            np(1, 1, "Dự họp"),
            np(1, 2, "ba"),
        ]
        .concat();
        assert_eq!(
            numbered(&body),
            "I. TRỌNG TÂM CÔNG TÁC\n1. Tập trung lãnh đạo\nĐoạn thường, không đánh số.\n2. Chỉ đạo\na) một\nb) hai\n- gạch đầu dòng\n+ dấu cộng\n3. Tiếp tục\nII. TỔ CHỨC HỘI NGHỊ\n1. Dự họp\na) ba"
        );
    }

    #[test]
    fn numbering_continues_per_definition_and_restarts_on_override() {
        let body = [
            np(1, 1, "a"),
            np(1, 1, "b"),
            // Another list on the same definition continues it, as in Word...
            np(5, 1, "c"),
            // ...unless it has a start override.
            np(2, 1, "d"),
            np(2, 1, "e"),
            // numId 0 means "no numbering".
            np(0, 0, "f"),
            // An empty numbered paragraph advances the counter but prints nothing.
            np(2, 1, ""),
            np(2, 1, "g"),
        ]
        .concat();
        assert_eq!(numbered(&body), "1. a\n2. b\n3. c\n1. d\n2. e\nf\n\n4. g");
    }

    #[test]
    fn numbering_multi_level_and_styles() {
        let heading = |style: &str, t: &str| {
            format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#)
        };
        let body = [
            np(3, 0, "Kinh tế"),
            np(3, 1, "Nông nghiệp"),
            np(3, 1, "Công nghiệp"),
            np(3, 2, "Khai khoáng"),
            heading("Heading1", "Xã hội"),
            heading("Heading2", "Giáo dục"),
            np(4, 0, "Phạm vi"),
            np(4, 1, "thứ nhất"),
            np(4, 1, "thứ hai"),
            np(4, 0, "Đối tượng"),
            np(4, 1, "thứ ba"),
            np(4, 2, "pháp lý"),
        ]
        .concat();
        assert_eq!(
            numbered(&body),
            "1. Kinh tế\n1.1. Nông nghiệp\n1.2. Công nghiệp\n1.2.1Khai khoáng\n2. Xã hội\n2.1. Giáo dục\nĐiều 5. Phạm vi\n(i) thứ nhất\n(ii) thứ hai\nĐiều 6. Đối tượng\n(iii) thứ ba\n6.3.1 pháp lý"
        );
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(1994, "upperRoman"), "MCMXCIV");
        assert_eq!(format_number(9, "lowerRoman"), "ix");
        assert_eq!(format_number(0, "upperRoman"), "0");
        assert_eq!(format_number(6, "lowerLetter"), "f");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(3, "upperLetter"), "C");
        assert_eq!(format_number(-2, "lowerLetter"), "-2");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(12, "ordinal"), "12");
        assert_eq!(format_number(i64::MAX, "upperRoman"), i64::MAX.to_string());
    }

    /// Found by the generated-DOCX property: a budget overrun inside the notes named the
    /// budget the body had left (33) instead of `--max-bytes` (27533).
    #[test]
    fn an_overrun_in_the_notes_names_the_whole_budget() {
        let body = format!(
            r#"<w:p><w:r><w:t>{}</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#,
            "x".repeat(100)
        );
        let notes = part("footnotes", &format!(r#"<w:footnote w:id="1">{}</w:footnote>"#, p(&"y".repeat(200))));
        let z = docx(&body, &[("footnotes.xml", notes)]);
        match docx_to_text(&z, &DocxLimits { max_output: 150, ..Default::default() }) {
            Err(Problem::OutputTooLarge { limit, .. }) => assert_eq!(limit, 150),
            other => panic!("{other:?}"),
        }
        assert!(docx_to_text(&z, &DocxLimits { max_output: 400, ..Default::default() }).is_ok());
    }

    #[test]
    fn footnotes_follow_the_body_like_pdf_text() {
        let fref = |id: u32| {
            format!(
                r#"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{id}"/></w:r>"#
            )
        };
        let body = format!(
            r#"<w:p><w:r><w:t>Thực hiện 03 dự án</w:t></w:r>{}<w:r><w:t xml:space="preserve"> trên địa bàn năm 2024</w:t></w:r>{}<w:r><w:t>.</w:t></w:r></w:p>{}"#,
            fref(5),
            fref(2),
            p("Tiếp tục đẩy mạnh chuyển đổi số.")
        );
        let notes = part(
            "footnotes",
            r#"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Gồm 12 xã,</w:t></w:r></w:p><w:p><w:r><w:t>phường.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng.</w:t></w:r></w:p></w:footnote>"#,
        );
        let out = text(&docx(&body, &[("footnotes.xml", notes)]));
        assert_eq!(
            out,
            format!(
                "Thực hiện 03 dự án1 trên địa bàn năm 20242.\nTiếp tục đẩy mạnh chuyển đổi số.\n{}\n1 Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng.\n2 Gồm 12 xã, phường.\n",
                " ".repeat(20)
            )
        );
    }

    #[test]
    fn legacy_font_runs_are_converted() {
        let run = |font: &str, t: &str| {
            format!(
                r#"<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                esc(t)
            )
        };
        let body = format!(
            "<w:p>{}</w:p><w:p>{}{}</w:p><w:p>{}{}</w:p><w:p>{}</w:p><w:p>{}</w:p>",
            run(".VnTime", "B¸o c¸o t×nh h×nh kinh tÕ"),
            run(".VnTimeH", "b¸o c¸o "),
            run("Times New Roman", "Báo cáo"),
            // A VNI word split over two runs (an editing session boundary).
            run("VNI-Times", "Coäng hoaø xaõ hoäi chuû nghóa Vie"),
            run("VNI-Times", "ät Nam"),
            // Unicode typed while the legacy font stayed selected: left alone.
            run(".VnTime", "Báo cáo tình hình"),
            run(".VnTime", "Phường Tam Thanh"),
        );
        // Word may store TCVN3's "ư" (byte 0xAD, the soft hyphen) as w:softHyphen.
        let soft = r#"<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>ph</w:t><w:softHyphen/><w:t>êng</w:t></w:r><w:r><w:t>ph</w:t><w:softHyphen/><w:t>ường</w:t></w:r></w:p>"#;
        assert_eq!(text(&docx(soft, &[])), "phườngphường");
        assert_eq!(
            text(&docx(&body, &[])),
            "Báo cáo tình hình kinh tế\nBÁO CÁO Báo cáo\nCộng hoà xã hội chủ nghĩa Việt Nam\nBáo cáo tình hình\nPhường Tam Thanh"
        );
    }

    #[test]
    fn legacy_font_from_styles() {
        let styles = part(
            "styles",
            r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Uni"><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:style>"#,
        );
        let body = format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>ch­¬ng tr×nh</w:t></w:r></w:p>{}<w:p><w:r><w:rPr><w:rStyle w:val="Uni"/></w:rPr><w:t>¸ là Latin-1</w:t></w:r></w:p>"#,
            p("C«ng t¸c th¸ng 02 n¨m 2026")
        );
        assert_eq!(
            text(&docx(&body, &[("styles.xml", styles)])),
            "CHƯƠNG TRÌNH\nCông tác tháng 02 năm 2026\n¸ là Latin-1"
        );
    }

    // ---- hostile and damaged files: always Problem::Format, never a panic ----

    #[test]
    fn not_a_zip() {
        let m = problem(b"hello, world", &DocxLimits::default());
        assert!(m.contains("not a Word document"), "{m}");
        assert!(!looks_like_zip(b"hello"));
        assert!(looks_like_zip(&docx(&p("x"), &[])));
    }

    #[test]
    fn zip_without_document() {
        let z = zip_of(&[("readme.txt", b"hi"), ("[Content_Types].xml", b"<Types/>")]);
        let m = problem(&z, &DocxLimits::default());
        assert_eq!(m, "is a ZIP file but not a Word document (no word/document.xml)");
        let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]);
        assert!(problem(&odt, &DocxLimits::default()).contains("OpenDocument"));
        let xlsx = zip_of(&[("xl/workbook.xml", b"<x/>")]);
        assert!(problem(&xlsx, &DocxLimits::default()).contains("Excel"));
    }

    #[test]
    fn main_part_found_through_relationships() {
        let xml = format!(r#"<w:document {NS}><w:body>{}</w:body></w:document>"#, p("Ở chỗ khác"));
        let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let z = zip_of(&[("_rels/.rels", rels.as_bytes()), ("word/document2.xml", xml.as_bytes())]);
        assert_eq!(text(&z), "Ở chỗ khác");
    }

    #[test]
    fn truncated_zip() {
        let full = docx(&[p("Một"), p("Hai")].concat(), &[]);
        for cut in [full.len() / 2, full.len() - 10, 30] {
            let m = problem(&full[..cut], &DocxLimits::default());
            assert!(m.contains("damaged") || m.contains("truncated"), "{m}");
        }
    }

    #[test]
    fn zip_bomb_over_the_limit() {
        let big = p(&"a ".repeat(100)).repeat(5_000); // about 1.3 MB of XML
        let z = docx(&big, &[]);
        assert!(z.len() < 100_000, "compresses well: {}", z.len());
        let limits = DocxLimits { max_uncompressed: 200_000, ..Default::default() };
        let m = problem(&z, &limits);
        assert!(m.contains("ZIP bomb"), "{m}");
        // The same with the declared sizes forged small: counted while inflating.
        let forged = forge_sizes(&z, 100);
        let m = problem(&forged, &limits);
        assert!(m.contains("ZIP bomb") || m.contains("damaged"), "{m}");
        // Within the limit it reads.
        assert!(docx_to_text(&z, &DocxLimits::default()).is_ok());
    }

    /// Rewrites the uncompressed size in every local and central header.
    fn forge_sizes(z: &[u8], size: u32) -> Vec<u8> {
        let mut out = z.to_vec();
        let mut i = 0;
        while i + 30 <= out.len() {
            if out[i..].starts_with(b"PK\x03\x04") {
                out[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
            } else if out[i..].starts_with(b"PK\x01\x02") && i + 46 <= out.len() {
                out[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
            }
            i += 1;
        }
        out
    }

    /// Sets the "encrypted" flag in every local and central header.
    fn flag_encrypted(z: &[u8]) -> Vec<u8> {
        let mut out = z.to_vec();
        let mut i = 0;
        while i + 30 <= out.len() {
            if out[i..].starts_with(b"PK\x03\x04") {
                out[i + 6] |= 1;
            } else if out[i..].starts_with(b"PK\x01\x02") {
                out[i + 8] |= 1;
            }
            i += 1;
        }
        out
    }

    #[test]
    fn too_many_entries() {
        let names: Vec<String> = (0..20).map(|i| format!("word/media/image{i}.png")).collect();
        let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
        let doc = format!(r#"<w:document {NS}><w:body>{}</w:body></w:document>"#, p("x"));
        entries.push(("word/document.xml", doc.as_bytes()));
        let z = zip_of(&entries);
        let m = problem(&z, &DocxLimits { max_entries: 10, ..Default::default() });
        assert!(m.contains("21 entries"), "{m}");
        assert!(docx_to_text(&z, &DocxLimits::default()).is_ok());
    }

    #[test]
    fn encrypted_files() {
        // An encrypted Office file is an OLE compound file with an EncryptionInfo stream.
        let mut ole = OLE_MAGIC.to_vec();
        ole.resize(512, 0);
        ole.extend("EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()));
        ole.resize(2048, 0);
        let m = problem(&ole, &DocxLimits::default());
        assert!(m.contains("encrypted Word document; save an unprotected copy"), "{m}");
        // An OLE file without it is an old .doc.
        let mut doc = OLE_MAGIC.to_vec();
        doc.resize(2048, 0);
        assert!(problem(&doc, &DocxLimits::default()).contains(".doc"));
        // A ZIP entry flagged encrypted.
        let z = flag_encrypted(&docx(&p("bí mật"), &[]));
        let m = problem(&z, &DocxLimits::default());
        assert!(m.contains("encrypted"), "{m}");
    }

    #[test]
    fn malformed_xml() {
        for xml in [
            format!("<w:document {NS}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:body></w:document>"),
            format!("<w:document {NS}><w:body><w:p><w:r><w:t>x</w:t>"),
            format!("<w:document {NS}><w:body><w:p attr=></w:p></w:body></w:document>"),
            "\u{FEFF}<<<>>>".to_string(),
        ] {
            let z = zip_of(&[("word/document.xml", xml.as_bytes())]);
            let m = problem(&z, &DocxLimits::default());
            assert!(m.contains("damaged Word document (word/document.xml"), "{m}");
        }
        let z = zip_of(&[("word/document.xml", b"<w:document>\xFF\xFE\xFD</w:document>" as &[u8])]);
        assert!(problem(&z, &DocxLimits::default()).contains("not UTF-8"));
        let z = docx(&p("x"), &[("numbering.xml", "<w:numbering><w:num>".to_string())]);
        assert!(problem(&z, &DocxLimits::default()).contains("numbering.xml"));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let depth = 300;
        let body =
            format!("{}{}{}", "<w:tbl><w:tr><w:tc>".repeat(depth), p("x"), "</w:tc></w:tr></w:tbl>".repeat(depth));
        let m = problem(&docx(&body, &[]), &DocxLimits::default());
        assert!(m.contains("nested too deeply"), "{m}");
        // Moderate nesting reads.
        let body = format!("{}{}{}", "<w:tbl><w:tr><w:tc>".repeat(20), p("x"), "</w:tc></w:tr></w:tbl>".repeat(20));
        assert_eq!(text(&docx(&body, &[])), "x");
    }

    #[test]
    fn utf16_parts() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-16"?><w:document {NS}><w:body>{}</w:body></w:document>"#,
            p("Việt")
        );
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(xml.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let z = zip_of(&[("word/document.xml", &bytes)]);
        assert_eq!(text(&z), "Việt");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn damaged_files_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8), cut in any::<usize>()) {
            let body = [np(1, 0, "Một"), p("Hai"), np(1, 1, "Ba")].concat();
            let mut z = docx(&body, &[("numbering.xml", part("numbering", NUMBERING))]);
            for (at, byte) in flips {
                let n = z.len();
                z[at % n] = byte;
            }
            let n = z.len();
            z.truncate(n - cut % (n / 4));
            let _ = docx_to_text(&z, &DocxLimits { max_uncompressed: 1_000_000, max_entries: 100, ..Default::default() });
        }

        #[test]
        fn arbitrary_xml_never_panics(xml in "(<w:(p|r|t|tbl|tr|tc|numPr|numId|br|tab|del|ins|txbxContent|footnoteReference)( w:(id|val)=\"[0-9a-z]{0,3}\")?/?>|</w:(p|r|t|tbl|tr|tc|del|ins|txbxContent)>|[a-zđư &;#0-9]{0,5}){0,40}") {
            let doc = format!(r#"<w:document {NS}><w:body>{xml}</w:body></w:document>"#);
            let z = docx(&doc, &[("numbering.xml", part("numbering", NUMBERING))]);
            let _ = docx_to_text(&z, &DocxLimits::default());
            let z = zip_of(&[("word/document.xml", doc.as_bytes())]);
            let _ = docx_to_text(&z, &DocxLimits::default());
        }
    }
}
