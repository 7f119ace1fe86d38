//! The document model: what a programme or report is once read and outlined.
//! Every later step (compare, reuse, check, render) works on these types.

use serde::Serialize;

/// A 1-based, inclusive range of lines in the decoded source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct LineRange {
    pub start: usize,
    pub end: usize,
}

impl LineRange {
    pub fn new(start: usize, end: usize) -> Self {
        LineRange { start, end }
    }
    pub fn cover(self, other: LineRange) -> Self {
        LineRange { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Lines of text kept in one buffer, line `i` (0-based) at `text[starts[i]..]` up to the
/// next line's start less its '\n'. One allocation for all lines and 4 bytes of index per
/// line, so that a million one-character lines cost megabytes, not a million strings (the
/// reader's memory bound, issue 15). Texts are limited to 4 GiB by the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lines {
    text: String,
    starts: Vec<u32>,
}

impl Lines {
    /// Splits `text` at '\n' (as `str::split` does: "a\n" is two lines, the second empty),
    /// keeping the text as it is.
    pub fn from_text(text: String) -> Lines {
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        starts.extend(memchr_newlines(&text).map(|i| (i + 1) as u32));
        Lines { text, starts }
    }
    /// An empty store to `push` lines into.
    pub fn with_capacity(bytes: usize, lines: usize) -> Lines {
        Lines { text: String::with_capacity(bytes), starts: Vec::with_capacity(lines) }
    }
    /// Appends one line (it must not contain '\n').
    pub fn push(&mut self, line: &str) {
        if !self.starts.is_empty() {
            self.text.push('\n');
        }
        self.starts.push(self.text.len() as u32);
        self.text.push_str(line);
    }
    pub fn len(&self) -> usize {
        self.starts.len()
    }
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
    /// Line `i` (0-based), without its '\n'.
    pub fn get(&self, i: usize) -> Option<&str> {
        let start = *self.starts.get(i)? as usize;
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e as usize - 1);
        Some(&self.text[start..end])
    }
    /// Lines `range` (0-based, end exclusive) as one text with their '\n's: a slice of the
    /// buffer, no copy. Empty when the range is empty or out of bounds.
    pub fn span(&self, range: std::ops::Range<usize>) -> &str {
        let end = range.end.min(self.len());
        if range.start >= end {
            return "";
        }
        let to = self.starts.get(end).map_or(self.text.len(), |&e| e as usize - 1);
        &self.text[self.starts[range.start] as usize..to]
    }
    pub fn iter(&self) -> LinesIter<'_> {
        LinesIter { lines: self, range: 0..self.len() }
    }
}

/// The lines of a [`Lines`], in order.
pub struct LinesIter<'a> {
    lines: &'a Lines,
    range: std::ops::Range<usize>,
}

impl<'a> Iterator for LinesIter<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.range.next().map(|i| &self.lines[i])
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
    fn nth(&mut self, n: usize) -> Option<&'a str> {
        self.range.nth(n).map(|i| &self.lines[i])
    }
}

impl DoubleEndedIterator for LinesIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.range.next_back().map(|i| &self.lines[i])
    }
}

impl ExactSizeIterator for LinesIter<'_> {}

impl<'a> IntoIterator for &'a Lines {
    type Item = &'a str;
    type IntoIter = LinesIter<'a>;
    fn into_iter(self) -> LinesIter<'a> {
        self.iter()
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

impl std::ops::Index<usize> for Lines {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(l) => l,
            None => panic!("line {i} of {}", self.len()),
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Lines {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Lines {
        let mut l = Lines::default();
        for s in iter {
            l.push(s.as_ref());
        }
        l
    }
}

/// One document, outlined.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The name the document was given by (a path, or `-` for standard input).
    pub source: String,
    pub meta: Metadata,
    /// Top-level sections, in document order.
    pub sections: Vec<Section>,
    /// Footnotes, taken out of the body; tasks refer to them by number.
    pub footnotes: Vec<Footnote>,
    /// The decoded source text, one entry per line (line `n` is `lines[n - 1]`), before
    /// layout repair: what `check` quotes and line numbers point into.
    #[serde(skip)]
    pub lines: Lines,
    /// What the reader had to guess or repair that a user may want to know.
    pub notes: Vec<String>,
    /// The document's parts in reading order (header, title, preamble, body, closing,
    /// recipients, signature, appendix, table): only body and appendix text holds tasks.
    pub parts: Vec<Part>,
}

/// A stretch of the document with one role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub kind: PartKind,
    pub lines: LineRange,
}

/// The roles of a document's parts (Nghị định 30/2020/NĐ-CP and common practice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    /// Issuer, national motto, number and symbol, place and date.
    Header,
    /// The kind in capitals and the subject line.
    Title,
    /// Grounds before the body: "Căn cứ …;", "Theo đề nghị …", "Thực hiện …, UBND … ban
    /// hành Kế hoạch … như sau:", "QUYẾT ĐỊNH:".
    Preamble,
    Body,
    /// "Trên đây là Kế hoạch …", "… sẽ thông báo sau./.".
    Closing,
    /// "Nơi nhận:" and its list.
    Recipients,
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the title and name of the signer.
    Signature,
    /// The title of an attachment after the signature ("KẾ HOẠCH …", "PHỤ LỤC I",
    /// "(Kèm theo Quyết định số …)"); its numbered text is body of the appendix.
    Appendix,
    /// A table extracted one cell per line.
    Table,
    /// The page of the legal portal the text was saved from, after the document: the
    /// document's name again, "Văn bản này chưa cập nhật nội dung Tiếng Anh", "## Văn bản
    /// liên quan" and the portal's lists, help and notices. Not the document's text.
    Portal,
}

impl Document {
    /// All sections, depth first, in document order.
    pub fn all_sections(&self) -> Vec<&Section> {
        fn walk<'a>(s: &'a Section, out: &mut Vec<&'a Section>) {
            out.push(s);
            for c in &s.children {
                walk(c, out);
            }
        }
        let mut out = Vec::new();
        for s in &self.sections {
            walk(s, &mut out);
        }
        out
    }

    /// All tasks with the section that holds them, in document order.
    pub fn all_tasks(&self) -> Vec<(&Section, &Task)> {
        self.all_sections().into_iter().flat_map(|s| s.tasks.iter().map(move |t| (s, t))).collect()
    }

    pub fn task_count(&self) -> usize {
        self.all_sections().iter().map(|s| s.tasks.len()).sum()
    }
}

/// What the header and closing blocks say about the document. Every field is optional:
/// extracted programmes often lose their header.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Metadata {
    /// The issuing body as printed, e.g. "ỦY BAN NHÂN DÂN".
    pub issuer: Option<String>,
    pub unit: Option<Unit>,
    pub kind: Option<DocKind>,
    /// The number part of "Số: 418/BC-UBND"; `None` when left blank in a draft.
    pub number: Option<String>,
    /// The symbol part, e.g. "BC-UBND", "CTr-UBND".
    pub symbol: Option<String>,
    pub place: Option<String>,
    pub issued: Option<PartialDate>,
    pub period: Option<Period>,
    /// The subject line, e.g. "Công tác tháng 02 năm 2026 của UBND phường Tam Thanh".
    pub title: Option<String>,
    pub signer: Option<Signer>,
    pub recipients: Vec<String>,
    /// The final "… thông báo sau./." sentence.
    pub closing: Option<String>,
    /// Header lines left blank for a draft ("Số: /CTr-UBND", "ngày   tháng 01"): 1-based line numbers.
    pub blank_fields: Vec<BlankField>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BlankField {
    pub field: String,
    pub line: usize,
    /// The header's words with the blank, white space squeezed: "Số: /CTr-UBND",
    /// "ngày tháng 01 năm 2026".
    pub text: String,
}

/// The administrative level of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Xa,
    Phuong,
    ThiTran,
    /// A district ("huyện") — abolished in 2025 but still in older documents.
    Huyen,
    Quan,
    /// "thị xã" (a town).
    ThiXa,
    /// "thành phố": a city under a province or a centrally governed city.
    ThanhPho,
    Tinh,
}

impl Level {
    /// The word for the level as written in running text.
    pub fn word(self) -> &'static str {
        match self {
            Level::Xa => "xã",
            Level::Phuong => "phường",
            Level::ThiTran => "thị trấn",
            Level::Huyen => "huyện",
            Level::Quan => "quận",
            Level::ThiXa => "thị xã",
            Level::ThanhPho => "thành phố",
            Level::Tinh => "tỉnh",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    pub level: Level,
    /// The proper name, e.g. "Tam Thanh"; `None` when the text gives only the level.
    pub name: Option<String>,
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(n) => write!(f, "{} {}", self.level.word(), n),
            None => write!(f, "{}", self.level.word()),
        }
    }
}

/// The kind of document, from its symbol ("CTr", "BC", …) or its kind line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Programme,
    Report,
    Plan,
    Decision,
    Resolution,
    Directive,
    Notice,
}

impl DocKind {
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Programme => "programme",
            DocKind::Report => "report",
            DocKind::Plan => "plan",
            DocKind::Decision => "decision",
            DocKind::Resolution => "resolution",
            DocKind::Directive => "directive",
            DocKind::Notice => "notice",
        }
    }
}

/// A date whose parts may have been left blank ("ngày    tháng 01 năm 2026").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// ISO form as far as it is known: "2025-12-05", "2026-01", "2026".
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

/// The period a document covers: a year, or a month of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub year: i32,
    pub month: Option<u32>,
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{:04}-{:02}", self.year, m),
            None => write!(f, "{:04}", self.year),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Signer {
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH" when printed.
    pub on_behalf: Option<String>,
    /// "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG".
    pub title: Option<String>,
    pub name: Option<String>,
}

/// How a section's label is written; decides nesting (a part holds Roman sections, a
/// Roman section holds Arabic items, and so on down to letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelKind {
    /// "Phần I", "Phần II".
    Part,
    /// "Chương I" of a decision's regulation.
    Chapter,
    /// "Mục 1" inside a chapter.
    Division,
    /// "Điều 1." — an article of a decision or resolution; its clauses are Arabic items.
    Article,
    /// An attachment after the signature (the plan or regulation a decision issues, a
    /// "PHỤ LỤC"): its heading is its title, its children its own numbered sections.
    Appendix,
    /// "A.", "B.", "Đ." — a group above Roman items, seen in attachments ("A. THỦ TỤC
    /// HÀNH CHÍNH CẤP TỈNH" / "I. LĨNH VỰC …" / "1. …"). Capital letters up to "H" only, so
    /// that "I." stays Roman.
    Capital,
    /// "I.", "II.", "IV.".
    Roman,
    /// "1.", "12.".
    Arabic,
    /// "1.1.", "5.2".
    Decimal,
    /// A "*" heading line.
    Star,
    /// "a)", "đ)".
    Letter,
    /// Text with no numbering at all: the whole body as one section.
    Body,
}

impl LabelKind {
    /// Nesting rank: a section holds sections of a higher rank.
    pub fn rank(self) -> u8 {
        match self {
            LabelKind::Appendix => 0,
            LabelKind::Part => 1,
            LabelKind::Chapter => 2,
            LabelKind::Division => 3,
            LabelKind::Capital => 4,
            LabelKind::Roman => 5,
            LabelKind::Article => 6,
            LabelKind::Arabic => 7,
            LabelKind::Decimal => 8,
            LabelKind::Star => 12,
            LabelKind::Letter => 13,
            LabelKind::Body => 0,
        }
    }
}

/// A numbered section of the outline.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The label as printed, without its punctuation: "Phần II", "I", "6", "1.1", "a", "đ", "*".
    pub label: String,
    pub kind: LabelKind,
    /// Labels from the root down to this section, this one included.
    pub path: Vec<String>,
    /// The heading text, when the section has one ("TRỌNG TÂM CÔNG TÁC THÁNG 02/2026");
    /// empty when the item starts directly with its first task.
    pub heading: String,
    /// The column names of a table in this section, from its heading row ("STT" / "Nội
    /// dung" / "Cơ quan chủ trì" …): what each row's cells are, not a row, so not a task.
    /// Empty when the section holds no table with a heading row.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    pub tasks: Vec<Task>,
    pub children: Vec<Section>,
    pub lines: LineRange,
}

impl Section {
    /// The path written as "I.8" or "Phần II.III.2.a".
    pub fn path_string(&self) -> String {
        path_string(&self.path)
    }
    /// Nesting rank of this section: its kind's, a decimal label one deeper per level
    /// ("1.1" holds "1.1.1", which holds "1.1.1.1").
    pub fn rank(&self) -> u8 {
        label_rank(self.kind, &self.label)
    }
    /// A section with a heading but no number (a table's group "LĨNH VỰC KINH TẾ", a form's
    /// title in an attachment): its path names it by its heading, and reports show the
    /// heading alone.
    pub fn named_by_heading(&self) -> bool {
        self.label.is_empty() && !self.heading.is_empty()
    }
    pub fn task_count_deep(&self) -> usize {
        self.tasks.len() + self.children.iter().map(|c| c.task_count_deep()).sum::<usize>()
    }
}

/// Nesting rank of a label: its kind's, a decimal label one deeper per level.
pub fn label_rank(kind: LabelKind, label: &str) -> u8 {
    match kind {
        LabelKind::Decimal => kind.rank() + (label.matches('.').count().clamp(1, 4) as u8 - 1),
        _ => kind.rank(),
    }
}

/// Joins a section path for display: `["I", "8"]` → "I.8". A decimal label already
/// carries its parent ("1.1" under "1"), so `["III", "1", "1.1"]` → "III.1.1". An
/// unnumbered section (label "": the text before the first number, a table's group titled
/// but not numbered) adds nothing: `["", "I"]` → "I".
pub fn path_string(path: &[String]) -> String {
    let mut out = String::new();
    let mut prev: Option<&str> = None;
    for label in path.iter().filter(|l| !l.is_empty()) {
        match prev {
            Some(p) if label.len() > p.len() && label.starts_with(p) && label.as_bytes()[p.len()] == b'.' => {
                out.truncate(out.len() - p.len());
            }
            Some(_) => out.push('.'),
            None => {}
        }
        out.push_str(label);
        prev = Some(label);
    }
    out
}

/// One task: a directive sentence, in the document's own words after layout repair.
#[derive(Debug, Clone, Serialize)]
pub struct Task {
    pub text: String,
    pub lines: LineRange,
    /// Numbers of the footnotes whose markers stood in this task.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<u32>,
    /// The bullet that introduced the task's paragraph ('-', '+'), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bullet: Option<char>,
    /// For a row of a procedure's table of steps, its step number ("Bước 2", "B2" → 2):
    /// two provinces word the same step differently, and its place in the procedure is
    /// then what says which step it is. (A byte: tables number at most 99 steps, and every
    /// task of a large document carries the field.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<u8>,
}

/// A footnote, taken out of the body.
#[derive(Debug, Clone, Serialize)]
pub struct Footnote {
    pub number: u32,
    pub text: String,
    pub lines: LineRange,
    /// The line where its marker was found in the body, if it was found.
    pub marker_line: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::path_string;

    fn p(labels: &[&str]) -> String {
        path_string(&labels.iter().map(|l| l.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn paths_join_labels_once_and_skip_unnumbered_ones() {
        assert_eq!(p(&["I", "8"]), "I.8");
        assert_eq!(p(&["III", "1", "1.1"]), "III.1.1");
        assert_eq!(p(&["1", "10"]), "1.10");
        // Regression: the leading unnumbered section's "" printed as ".I".
        assert_eq!(p(&["", "I"]), "I");
        assert_eq!(p(&["PL1", "", "2"]), "PL1.2");
        assert_eq!(p(&[""]), "");
    }
}
