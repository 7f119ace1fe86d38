//! The parts of a document around and inside its body: closing sentences, signature and
//! recipients at the end; attachments ("PHỤ LỤC") with their titles; tables extracted one
//! cell per line, read back into rows. Only the body holds tasks; these rules say where it
//! stops.

use super::grammar::{LETTERS, is_caps, next_letter, parse_label, roman_value, starts_upper};
use super::outline::strip_markers;
use crate::meta;
use crate::model::{LabelKind, LineRange, Part, PartKind, Task};
use crate::repair::{self, Para};

/// Puts a part inside the one that holds it, splitting that one around it.
pub(crate) fn insert_part(parts: &mut Vec<Part>, part: Part) {
    let Some(i) = parts.iter().position(|p| p.lines.start <= part.lines.start && part.lines.end <= p.lines.end) else {
        return;
    };
    let outer = parts.remove(i);
    let mut pieces = Vec::new();
    if outer.lines.start < part.lines.start {
        pieces.push(Part { kind: outer.kind, lines: LineRange::new(outer.lines.start, part.lines.start - 1) });
    }
    pieces.push(part.clone());
    if part.lines.end < outer.lines.end {
        pieces.push(Part { kind: outer.kind, lines: LineRange::new(part.lines.end + 1, outer.lines.end) });
    }
    parts.splice(i..i, pieces);
}

/// A closing block after a body: closing sentences, "Nơi nhận:" with its list, the signature.
pub(crate) struct ClosingBlock {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The part each paragraph of `start..end` belongs to.
    pub(crate) kinds: Vec<PartKind>,
}

/// Finds the closing blocks from paragraph `from` on, in order.
pub(crate) fn closing_blocks(paras: &[Para], from: usize) -> Vec<ClosingBlock> {
    closing_blocks_from(paras, from, from).0
}

/// [`closing_blocks`], looking for the block's first paragraph (its recipients or signature)
/// from `scan` on, the caller knowing none is before it, and where that paragraph is (the
/// text's end when there is none). A text of many attachments and no signature is searched
/// once, not once per attachment.
pub(crate) fn closing_blocks_from(paras: &[Para], from: usize, scan: usize) -> (Vec<ClosingBlock>, usize) {
    let mut out = Vec::new();
    let mut i = scan.max(from);
    while i < paras.len() {
        let t = paras[i].text.as_str();
        if !(meta::is_recipients(t) || meta::is_signature_start(t)) {
            i += 1;
            continue;
        }
        // Closing sentences just before: "Trên đây là …", "… sẽ thông báo sau./.", a
        // resolution's "Nghị quyết này đã được … thông qua ngày …" (see `meta::adopts`).
        let mut start = i;
        if let Some(k) = (i.saturating_sub(6).max(from)..i).find(|&k| paras[k].text.trim().starts_with("Trên đây là"))
        {
            start = k;
        }
        while start > from && start + 3 > i {
            let prev = paras[start - 1].text.trim();
            if prev.starts_with("Trên đây là")
                || prev.ends_with("./.") && prev.contains("thông báo")
                || meta::adopts(prev)
            {
                start -= 1;
            } else {
                break;
            }
        }
        let mut kinds: Vec<PartKind> = vec![PartKind::Closing; i - start];
        let mut j = i;
        let mut in_recipients = false;
        let mut seen_name = false;
        while j < paras.len() {
            let t = paras[j].text.trim();
            if meta::is_recipients(t) {
                in_recipients = true;
                kinds.push(PartKind::Recipients);
            } else if in_recipients
                && (t.starts_with(['-', '–', '+', '•'])
                    || !starts_upper(t)
                    // The number of copies after "- Lưu: VT, CT." ("16 QĐ", "10b").
                    || t.starts_with(|c: char| c.is_ascii_digit()) && t.split_whitespace().nth(2).is_none()
                    || is_archive_line(paras[j - 1].text.trim()) && is_drafter_mark(t)
                    || continues_recipient(paras[j - 1].text.trim(), t))
            {
                kinds.push(PartKind::Recipients);
            } else if t.starts_with("Ký bởi:") && !seen_name {
                // A digital signature's stamp ("Ký bởi: Hoàng Văn Lãng") beside the signature.
                in_recipients = false;
                kinds.push(PartKind::Signature);
            } else if meta::is_signature_start(t) || is_caps(t) && t.split_whitespace().count() <= 12 {
                in_recipients = false;
                if seen_name && !meta::is_signature_start(t) {
                    break;
                }
                kinds.push(PartKind::Signature);
            } else if !seen_name
                && (meta::is_name(t)
                    || paras.get(j + 1).is_some_and(|n| {
                        // "Mai" / "Sơn": a name cut after its first word.
                        let n = n.text.trim();
                        meta::continues_name(t, n) && meta::is_name(&format!("{t} {n}"))
                    }))
            {
                in_recipients = false;
                seen_name = true;
                kinds.push(PartKind::Signature);
            } else if seen_name
                && kinds.last() == Some(&PartKind::Signature)
                && meta::continues_name(paras[j - 1].text.trim(), t)
                && !meta::continues_name("", paras.get(j + 1).map_or("", |p| p.text.trim()))
            {
                // The name's last words on a line of their own ("Lê Hải" / "Hòa").
                kinds.push(PartKind::Signature);
            } else {
                break;
            }
            j += 1;
        }
        out.push(ClosingBlock { start, end: j, kinds });
        break;
    }
    (out, i)
}

/// The archive line that ends a recipients list: "- Lưu: VT, HCC.", "Lưu VT".
fn is_archive_line(t: &str) -> bool {
    t.trim_start_matches(['-', '–', '+', '•', ' ']).starts_with("Lưu")
}

/// The rest of a recipient wrapped onto a line of its own: "- Như" / "Điều 3;", "- Thường
/// trực" / "HĐND tỉnh;". Every item of the list ends with ";" or "." (or ","), so an item
/// that does not is unfinished, and a short piece closing it with that punctuation is its
/// end, even when it opens with a capital (without this, "Điều 3;" ended the recipients and
/// the rest of the list was read as an attachment).
fn continues_recipient(prev: &str, t: &str) -> bool {
    prev.starts_with(['-', '–', '+', '•'])
        && !prev.ends_with([';', '.', ',', ':'])
        && t.ends_with([';', '.', ','])
        && t.split_whitespace().nth(8).is_none()
        && !meta::is_signature_start(t)
        && !is_caps(t)
}

/// The drafter's mark that Nghị định 30/2020 puts after the archive line: the drafter's
/// initials and the number of copies, in one short piece with no sentence in it
/// ("Manhpn/11/25", "Tungnt.QĐ/T11/2025", "Huy (23 bản)"). Without this it was read as an
/// attachment of its own, and the real attachments numbered one too high.
fn is_drafter_mark(t: &str) -> bool {
    t.chars().count() <= 40
        && t.split_whitespace().count() <= 3
        && !t.ends_with([':', ';', ','])
        && t.contains(|c: char| c.is_ascii_digit() || c == '/' || c == '_')
        && !meta::is_signature_start(t)
}

/// A subject line: a short phrase with no final punctuation, not a sentence or a list item.
pub(crate) fn is_subject_line(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    (3..=30).contains(&words)
        && !repair::ends_sentence(t)
        && !t.ends_with([':', ';', ','])
        && !t.starts_with(['-', '+', '*', '•'])
        && starts_upper(t)
}

/// "PHỤ LỤC I", "PHỤ LỤC SỐ 02", "Phụ lục 3": the title of a further attachment; in
/// sentence case also with its title in capitals joined to it ("Phụ lục" / "DANH MỤC BIỂU
/// MẪU" in one paragraph, as Đồng Tháp's rules on official e-mail write it — read as the
/// last clause's text before), but not a sentence ("Phụ lục kèm theo …").
pub(crate) fn is_appendix_start(text: &str) -> bool {
    let t = text.trim();
    let sentence_case = || {
        let words: Vec<&str> = t.split_whitespace().collect();
        // "Phụ lục", "Phụ lục I", "Phụ lục số 02", then a title in capitals or nothing.
        let label = words.len().min(if words.get(2).is_some_and(|w| *w == "số") { 4 } else { 3 });
        words.len() <= 4 || label < words.len() && is_caps(&words[label..].join(" "))
    };
    (t.starts_with("PHỤ LỤC") || t.starts_with("Phụ lục") && sentence_case()) && !t.contains("kèm theo Quyết định này")
}

/// A form's label alone: "Mẫu số 01", "Mẫu số 02.", "Mẫu biểu số 3", "MẪU SỐ 04".
pub(crate) fn is_form_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let rest = ["Mẫu số ", "Mẫu biểu số ", "MẪU SỐ ", "MẪU BIỂU SỐ ", "Biểu mẫu số ", "Biểu số "]
        .iter()
        .find_map(|w| t.strip_prefix(w));
    rest.is_some_and(|n| {
        let n = n.trim();
        !n.is_empty() && n.len() <= 6 && n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-'))
    })
}

/// The note under an attachment's title naming the document it goes with: "(Kèm theo
/// Quyết định số …)", "(Ban hành kèm theo …)", and as some write it "(Ban hành kèm Nghị
/// quyết số …)", "(Được ban hành kèm theo …)".
pub(crate) fn is_attachment_note(t: &str) -> bool {
    t.starts_with('(')
        && t.split_whitespace().take(4).any(|w| matches!(w.trim_start_matches('('), "kèm" | "Kèm" | "KÈM"))
}

/// The title paragraphs at the head of an attachment: the issuer and motto again, "PHỤ LỤC
/// I", "KẾ HOẠCH", a subject in capitals, "(Kèm theo Quyết định số …)". Returns how many
/// paragraphs the title takes and the heading made of them.
pub(crate) fn appendix_title(paras: &[&Para]) -> (usize, String) {
    let mut k = 0;
    let mut words: Vec<String> = Vec::new();
    // A note "(Kèm theo Quyết định số … của Ủy ban" / "nhân dân tỉnh Nghệ An)" broken over a
    // blank line: the paragraph that closes its parenthesis is still the title's.
    let mut open = 0i32;
    let part_label = part_over_noted_title(paras);
    while k < paras.len() {
        // The portal's "*" before the note "(Ban hành kèm theo …)" is not the title's.
        let t = paras[k].text.trim();
        let t = t.strip_prefix('*').map(str::trim_start).filter(|n| n.starts_with('(')).unwrap_or(t);
        let closes_note = open > 0 && t.split_whitespace().count() <= 30 && t.contains(')');
        let titled = closes_note
            || is_caps(t) && parse_label(t).is_none()
            || caps_then_note(t)
            // "Phụ lục I" in lower case, the first line of the title.
            || k == 0 && t.starts_with("Phụ lục") && is_appendix_start(t)
            || k == 0 && part_label.is_some()
            // A form's label and its title in sentence case over the form's note ("Mẫu số
            // 01" / "Mẫu báo cáo đề nghị xét tặng …" / "(Kèm theo Quy chế …)").
            || k == 0 && is_form_label(t)
            || k == 1
                && words.first().is_some_and(|w| is_form_label(w))
                && (paras.get(2).is_some_and(|n| is_attachment_note(n.text.trim()))
                    || crate::repair::ends_attachment_note(Some(paras[k])))
            || is_attachment_note(t)
            || t.starts_with("Ban hành kèm theo")
            || t.starts_with("Số:")
            || t.chars().all(|c| c == '-' || c == '_' || c.is_whitespace());
        // A table's heading row ("STT" / "NHIỆM VỤ" / "CHỦ TRÌ" …) is in capitals too, but
        // it is the table's, not the title's.
        if !titled || k >= 12 || is_table_start(t) {
            break;
        }
        // (The label is left out: the title is what the attachment is compared by.)
        let t = if k == 0
            && let Some(rest) = part_label
        {
            t.get(rest..).unwrap_or(t).trim()
        } else {
            t
        };
        if !t.chars().all(|c| c == '-' || c == '_' || c.is_whitespace()) && !t.starts_with("Số:") {
            words.push(t.to_string());
        }
        open = (open + t.matches('(').count() as i32 - t.matches(')').count() as i32).max(0);
        k += 1;
        // The note ends the title: what follows in capitals is a group of the attachment's
        // table ("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), a part of it ("DANH MỤC THỦ TỤC HÀNH CHÍNH
        // BỊ BÃI BỎ (02 TTHC)", "Chương I" / "QUY ĐỊNH CHUNG") or a form's own header; and
        // "Đơn vị tính: Triệu đồng" is the table's.
        let note = closes_note
            || is_attachment_note(t)
            || caps_then_note(t)
            || t.starts_with("Ban hành kèm theo")
            || crate::repair::ends_attachment_note(Some(paras[k - 1]));
        if note && open == 0 {
            break;
        }
    }
    (k, words.join(" "))
}

/// A part's label over a title in capitals and the note of the act it goes with, at the
/// head of an attachment whose own parts start again at that number ("PHẦN I" / "DANH MỤC
/// THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC SỬA ĐỔI …" / "(Kèm theo Quyết định số 2708/QĐ-UBND …)" /
/// "Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH" / … "Phần II. …", Quảng Trị's internal
/// procedures): the label heads the whole attachment, as "PHỤ LỤC" would. Read as a part,
/// it made a part over the attachment's own parts, under an attachment without a title.
/// Returns where the title's words start in the first paragraph (after the label).
fn part_over_noted_title(paras: &[&Para]) -> Option<usize> {
    let t = paras.first()?.text.trim();
    let l = parse_label(t).filter(|l| l.kind == LabelKind::Part)?;
    let title = |p: &Para| is_caps(p.text.trim()) && parse_label(p.text.trim()).is_none();
    let own_title = l.rest < t.len() && is_caps(&t[l.rest..]);
    let caps = paras[1..].iter().take(6).take_while(|p| title(p)).count();
    let noted = paras.get(1 + caps).is_some_and(|p| {
        let n = p.text.trim();
        (own_title || caps > 0) && is_attachment_note(n) || caps_then_note(n)
    });
    let again = paras
        .get(2 + caps..)
        .unwrap_or(&[])
        .iter()
        .any(|p| parse_label(p.text.trim()).is_some_and(|m| m.kind == LabelKind::Part && m.ordinal == l.ordinal));
    (noted && again).then_some(l.rest)
}

/// A title in capitals and the note that says what it is attached to, run together in one
/// paragraph when the lines were joined ("PHỤ LỤC 01 QUY ĐỊNH … THÀNH PHỐ HÀ NỘI (Kèm theo
/// Nghị quyết số 55/2025/NQ-HĐND … của Hội đồng nhân dân Thành phố)"): the whole paragraph
/// is the attachment's title, not its first task.
pub(crate) fn caps_then_note(t: &str) -> bool {
    // The note's parenthesis, not one inside the title ("… (CƠ SỞ … CHẤT LƯỢNG CAO) CỦA …").
    let Some(p) = t.match_indices('(').map(|(p, _)| p).find(|&p| {
        let note = t[p + 1..].trim_start();
        let note = note.strip_prefix("Ban hành ").or_else(|| note.strip_prefix("ban hành ")).unwrap_or(note);
        ["Kèm theo", "kèm theo", "theo Quyết định", "theo Nghị quyết"].iter().any(|w| note.starts_with(w))
    }) else {
        return false;
    };
    let head = &t[..p];
    is_caps(head) && parse_label(head).is_none()
}

/// A number alone: a score, count or amount cell of a table read as text ("5", "1,25",
/// "400.000.000", "100%"). A year or a label is not one: "2026" has four digits and no
/// separator, "1." is a label the grammar reads first.
pub(crate) fn is_number_cell(text: &str) -> bool {
    let t = text.trim().trim_end_matches('%');
    if t.is_empty() || t.len() > 20 || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return false;
    }
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    let first_group = t.bytes().take_while(u8::is_ascii_digit).count();
    let grouped = t.len() > first_group;
    // Separators only between digits, groups after the first of three ("1.250.000") or a
    // decimal part ("1,25").
    (1..=3).contains(&first_group)
        && (grouped || digits <= 3)
        && !t.ends_with(['.', ','])
        && !t.contains("..")
        && !t.contains(",,")
}

/// The units a count is given in, after its number: "02 TTHC" under a list of procedures,
/// "692 người/ngày" in a table of allowances (layout repair joins a number alone on its line
/// to the unit after it).
const COUNT_UNITS: [&str; 9] = ["TTHC", "thủ tục", "hồ sơ", "người", "hộ", "đơn vị", "văn bản", "lượt", "buổi"];

/// A count's unit, the whole rest of a cell after its number: one of [`COUNT_UNITS`] or of
/// a duration's ([`repair::DURATION_UNITS`]), or a rate of two ("người/ngày", "người/buổi").
/// Never a row's first cell, which names the row's content.
fn is_unit_cell(text: &str) -> bool {
    let t = text.trim().trim_end_matches([';', ',', '.']);
    let unit = |u: &str| COUNT_UNITS.contains(&u) || repair::DURATION_UNITS.contains(&u);
    unit(t) || t.split_once('/').is_some_and(|(a, b)| unit(a) && unit(b))
}

/// A table's first cell: the row-number column's heading.
pub(crate) fn is_table_start(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    t.len() <= 16 && matches!(t.to_lowercase().as_str(), "tt" | "stt" | "số tt" | "số thứ tự")
}

/// The first heading cell of a procedure's table of steps ("Thứ tự công việc" or "Bước thực
/// hiện" / "Nội dung công việc" / … then rows "Bước 1", "Bước 2" …), as administrative
/// procedures print them.
pub(crate) fn is_step_table_start(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ':']);
    t.len() <= 40
        && matches!(
            t.to_lowercase().as_str(),
            "thứ tự công việc" | "các bước" | "bước" | "thứ tự các bước" | "các bước thực hiện" | "bước thực hiện"
        )
}

/// "Bước 3", "Bước 3:", and the short form "B3", "B3 -" — a step's number, the row number
/// of a table of steps. Returns the number and the text after it.
pub(crate) fn step_number(text: &str) -> Option<(u32, &str)> {
    let t = text.trim();
    let (rest, short) = match t.strip_prefix("Bước") {
        Some(r) => (r, false),
        None => (t.strip_prefix('B')?, true),
    };
    let digits = if short { rest } else { rest.trim_start() };
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    // The short form never starts at 0 ("B0", "B05" are codes, not steps).
    if n == 0 || n > 2 || (!short && rest.len() == digits.len()) || (short && digits.starts_with('0')) {
        return None;
    }
    let after = digits[n..].trim_start_matches([':', '.', ')']);
    if after.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let after = after.trim_start();
    // "B1 - Tiếp nhận hồ sơ": the short form's dash after the number.
    let after = if short { after.strip_prefix(['-', '–']).map_or(after, str::trim_start) } else { after };
    Some((digits[..n].parse().ok()?, after))
}

/// A table cell: a short paragraph that is neither a numbered item nor a bullet.
pub(crate) fn is_cell(text: &str) -> bool {
    let t = text.trim();
    // At most 12 words, counted no further than the 13th (paragraphs may be long).
    t.split_whitespace().nth(12).is_none() && parse_label(t).is_none() && !t.starts_with(['-', '+', '•', '–'])
}

/// For each paragraph of a body, how many paragraphs from it form a table with no row-number
/// heading: at least eight cells in a row, most of them a few words long; 0 when they do
/// not. The runs are worked out as they are asked for and kept (the run from a paragraph is
/// the run from the next one and itself), so that a long run of short paragraphs that is no
/// table costs one pass and not one per paragraph (regression: 4,000 one-line sentences
/// took 2.3 s, twice as many four times as long), and paragraphs never asked about cost
/// nothing.
pub(crate) struct CellRuns<'a, 'p> {
    paras: &'a [&'p Para],
    /// Where the run of cells from each paragraph ends, once known.
    end: Vec<Option<u32>>,
    /// For the paragraphs whose run is known: how many short paragraphs stand from each to
    /// the end of its run.
    shorts: Vec<u32>,
}

impl<'a, 'p> CellRuns<'a, 'p> {
    pub(crate) fn new(paras: &'a [&'p Para]) -> CellRuns<'a, 'p> {
        CellRuns { paras, end: vec![None; paras.len()], shorts: vec![0; paras.len()] }
    }

    /// The table's length from paragraph `i`, or 0.
    pub(crate) fn at(&mut self, i: usize) -> usize {
        let n = self.paras.len();
        if i >= n {
            return 0;
        }
        if self.end[i].is_none() {
            // The paragraphs from `i` whose runs are not known yet, up to a known one or the
            // first that is no cell; then their runs and short counts from the back.
            let mut j = i;
            while j < n && self.end[j].is_none() && is_cell(&self.paras[j].text) {
                j += 1;
            }
            let (end, mut shorts) = match self.end.get(j).copied().flatten() {
                Some(e) => (e, self.shorts[j]),
                None => (j as u32, 0),
            };
            if j < n && self.end[j].is_none() {
                // `j` is no cell: its own run is empty.
                self.end[j] = Some(j as u32);
                self.shorts[j] = 0;
            }
            for k in (i..j).rev() {
                shorts += u32::from(self.paras[k].text.split_whitespace().nth(4).is_none());
                self.end[k] = Some(end);
                self.shorts[k] = shorts;
            }
        }
        let run = self.end[i].map_or(0, |e| e as usize - i);
        if run < 8 {
            return 0;
        }
        let short = self.shorts[i] as usize;
        if short * 2 >= run { run } else { 0 }
    }
}

/// The row numbers of a table seen so far, by kind, to tell a row number from a cell that
/// only looks like one: a mark "X" (Roman 10) or a score "5" in the middle of a row. A row
/// number continues its sequence (the next number, or 1 again: a new group; in digits, one
/// skipped by the author too), as sibling labels do, and is not a duration ("2 ngày").
#[derive(Default)]
pub(crate) struct RowNumbers {
    roman: u32,
    arabic: u32,
    /// How the last row number in digits was written: its mark after the digits ('.', ')')
    /// or none.
    arabic_mark: Option<Option<char>>,
    /// A cell's own numbered list, written another way than the rows' numbers ("1" /
    /// "Thủ tục …" / … / "1. Trình tự thực hiện:" / "2. Cơ quan thực hiện:" / "2" / …): its
    /// last number and mark, while it goes on.
    cell_list: Option<(u32, Option<char>)>,
    letter: u32,
    step: u32,
}

impl RowNumbers {
    /// When `text` starts a row ("1", "II.", "3. Triển khai …" where the number was joined
    /// to its first cell), the rest of the text after the number; the sequence moves on.
    pub(crate) fn row_start<'t>(&mut self, text: &'t str) -> Option<&'t str> {
        let t = text.trim();
        let follows = |last: u32, n: u32| n == last + 1 || n == 1;
        if let Some((n, rest)) = step_number(t) {
            // The first step met may be any in the short form ("B8"): a table of steps read
            // from its middle (its heading and first rows taken for text) goes on from
            // where it is met. "Bước 2" in a cell's text is that cell's own list.
            let midway = self.step == 0 && !t.starts_with("Bước");
            if !midway && !follows(self.step, n) {
                return None;
            }
            self.step = n;
            return Some(rest);
        }
        let token = t.split_whitespace().next()?;
        let core = token.trim_end_matches(['.', ')']);
        if core.is_empty() || core.len() > 4 {
            return None;
        }
        // A comparison opens a cell's bound, not a row: "I > 4.0", "I <= 1.4" (a grade's
        // index in a table of grades numbered "I" … "V"), "5 ≤ n".
        if t[token.len()..].trim_start().starts_with(['>', '<', '=', '≤', '≥']) {
            return None;
        }
        if core.bytes().all(|b| b.is_ascii_digit()) {
            let n: u32 = core.parse().ok()?;
            // A duration is a cell: "2 ngày", "24 giờ" (a table of steps' time column).
            let unit = t[token.len()..].split_whitespace().next().unwrap_or("");
            // So is a count: "02 TTHC", "692 người/ngày".
            let counted = is_unit_cell(&t[token.len()..]);
            if token.len() == core.len() && (repair::DURATION_UNITS.contains(&unit) || counted) {
                return None;
            }
            let mark = token[core.len()..].chars().next();
            // A 1 written unlike the rows, or the next number of such a list, is a cell's.
            let restart = n == 1 && self.arabic > 0 && self.arabic_mark.is_some_and(|m| m != mark);
            let in_list = self.cell_list.is_some_and(|(k, m)| m == mark && n == k + 1);
            if restart || in_list {
                self.cell_list = Some((n, mark));
                return None;
            }
            // The author may skip one number ("30" then "32"), as with sibling labels; only a
            // number alone or before a capital, so that a figure opening a cell ("32 hộ") is
            // not a row.
            let capital = t[token.len()..].trim_start().chars().next().is_none_or(char::is_uppercase);
            let skips_one = n == self.arabic + 2 && self.arabic > 0 && capital;
            if !follows(self.arabic, n) && !skips_one {
                return None;
            }
            (self.arabic, self.letter) = (n, 0);
            (self.arabic_mark, self.cell_list) = (Some(mark), None);
        } else if let Some(n) = roman_value(core) {
            if !follows(self.roman, n) {
                return None;
            }
            // Rows are numbered from 1 in each group or on through the groups.
            (self.roman, self.letter) = (n, 0);
        } else if let Some(i) = LETTERS.iter().position(|l| *l == core) {
            let n = i as u32 + 1;
            // A letter with text joined is a sentence's first word ("a Triển …" is not).
            if !(n == 1 || next_letter(self.letter, n)) || token.len() == core.len() && t.len() > token.len() {
                return None;
            }
            self.letter = n;
        } else {
            return None;
        }
        Some(t[token.len()..].trim_start())
    }
}

/// A row of a table read as text: its cells joined, and for a group row the group's number.
pub(crate) struct Row {
    pub task: Task,
    /// For a group's title row ("I" / "NHÓM GIẢI PHÁP VỀ CƠ CHẾ …", "B" / "THỦ TỤC HÀNH
    /// CHÍNH CẤP XÃ"), the group's kind and number: a group of the rows after it, not a row.
    pub group: Option<(LabelKind, String)>,
    /// For the table's heading row ("STT" / "Nội dung" / "Cơ quan chủ trì" …, before the
    /// first row number), its cells: the names of the columns, not a row.
    pub columns: Option<Vec<String>>,
    /// For a row of a table written one row to a line, its number ("1", "1.2", "a"): the row
    /// is then an item of that number holding the row as its task, as "1. Chỉ đạo …" is in
    /// a programme written as text, so that the two layouts align item by item.
    pub number: Option<(LabelKind, String)>,
}

/// A capital letter "A" … "H" alone or first in its cell, as tables number groups of groups.
fn capital_number(text: &str) -> Option<&str> {
    let token = text.split_whitespace().next()?;
    let core = token.trim_end_matches(['.', ')']);
    (core.len() == 1 && (b'A'..=b'H').contains(&core.as_bytes()[0])).then_some(core)
}

/// A capital letter over rows in digits starts its groups at "A" and goes on in order: a
/// cell's text that opens with a capital letter ("A Cấp bản sao …", a grade) is no group.
fn capital_follows(last: Option<u8>, text: &str) -> bool {
    let c = text.trim_start().as_bytes().first().copied().unwrap_or(0);
    match last {
        None => c == b'A',
        Some(l) => c == l + 1,
    }
}

/// The title after a group's capital letter in its cell: "THỦ TỤC …" of "A. THỦ TỤC …".
fn capital_title(text: &str) -> &str {
    let t = text.trim_start();
    let token = t.split_whitespace().next().unwrap_or("");
    t[token.len()..].trim_start()
}

/// The cells of a table's first row name its columns: two to twelve short cells, none
/// that reads as a row's content. When the first row number was not found, the heading
/// row runs on into the rows ("Căn cứ pháp lý 1.014440" / "Thủ tục công nhận …", "I" /
/// "LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC (06 TTHC)", "A Thủ tục hành chính cấp tỉnh", "B1 Tiếp
/// nhận hồ sơ", "Tổng cộng", "……"): such a row stays a row, so that no content is taken for
/// a column's name.
///
/// `first_follows`: the row after starts at the first number ("1", "I", "A", "Bước 1"), so
/// no row's content ran on into this one. Its names may then be long ("Tên văn bản quy
/// phạm pháp luật quy định nội dung sửa đổi, bổ sung, thay thế") and some in capitals
/// ("STT" / "TÊN TTHC" / "Mã TTHC").
fn names_columns(cells: &[String], first_follows: bool) -> bool {
    let caps = |c: &str| c.chars().any(char::is_alphabetic) && !c.chars().any(char::is_lowercase);
    // Names in capitals and more words are taken when row 1 follows, or when every name is
    // in capitals.
    let caps_ok = first_follows || cells[1..].iter().all(|c| caps(c));
    let max_words = if first_follows { 30 } else { 12 };
    (2..=12).contains(&cells.len())
        && cells[1..].iter().all(|c| {
            let t = c.trim();
            let first = t.split_whitespace().next().unwrap_or("");
            let code = first.len() <= 3
                && first.starts_with(|ch: char| ch.is_ascii_uppercase())
                && first[1..].bytes().all(|b| b.is_ascii_digit())
                && first.len() > 1;
            t.chars().any(char::is_alphabetic)
                && !t.starts_with(|ch: char| ch.is_ascii_digit())
                && roman_value(t.trim_end_matches('.')).is_none()
                && !code
                && capital_number(t).is_none()
                // A procedure's code ("1.014440", "1.014.111"): a row's cell.
                && !t.split_whitespace().any(|w| {
                    w.contains('.')
                        && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                        && w.bytes().filter(u8::is_ascii_digit).count() >= 5
                })
                && !t.starts_with("Tổng cộng")
                && t.split_whitespace().nth(max_words).is_none()
                // "Loại 1" / "Quyền tác giả …": a group of rows with its title, not a name.
                && !is_group_word_number(t)
                && (caps_ok || !(caps(t) && t.split_whitespace().nth(1).is_some()))
        })
}

/// The first cell of a table's total row, under its numbered rows: "Tổng thời gian giải
/// quyết TTHC" / "10 ngày làm việc" under a procedure's steps, "Tổng cộng" / "100" under
/// a list. Only these words: "Tổng hợp kết quả …" is a step's content, and "Tổng số …" may
/// be a count in a row's cell.
fn is_total_cell(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("Tổng thời gian")
        || t.starts_with("Tổng cộng")
        || matches!(t, "Tổng" | "TỔNG" | "Cộng" | "CỘNG" | "TỔNG CỘNG")
}

/// A national procedure code alone in its cell: "2.002755" (a digit, a dot, six digits;
/// not "1.000.000", an amount).
fn is_procedure_code(text: &str) -> bool {
    let b = text.trim().as_bytes();
    b.len() == 8 && b[1] == b'.' && b.iter().enumerate().all(|(i, c)| i == 1 || c.is_ascii_digit())
}

/// Rows of a table extracted one cell per line: a row starts at a row number (a cell of its
/// own, or joined to the row's first cell); the heading row before the first number is kept
/// as a row of its own so that no text of the table is lost. A row's task is its cells
/// joined with " | ", without the number. The heading row is the columns' names
/// ([`Row::columns`]) when it opens with the row-number column's name ("STT", "TT") and a
/// numbered row follows it; otherwise (a table whose numbers were not found, so that its
/// rows ran into the heading) it stays a row.
///
/// Tables number groups of rows too: "I", "II" … above rows numbered in digits (from 1 in
/// each group or on through the groups), and "A", "B" above the Roman groups. Such a row is
/// a group's title, confirmed by the row after it: digits after a Roman number, Roman "I"
/// right after a capital letter's title (a capital letter alone is otherwise a cell, a grade
/// "A" or a code "B").
pub(crate) fn table_rows(cells: &[&Para]) -> Vec<Row> {
    type Group = Option<(LabelKind, String)>;
    let mut out: Vec<Row> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut lines: Option<LineRange> = None;
    let mut group: Group = None;
    // The step number of the row being read, in a table of steps.
    let mut step: Option<u8> = None;
    let flush = |row: &mut Vec<String>,
                 lines: &mut Option<LineRange>,
                 group: &mut Group,
                 step: &mut Option<u8>,
                 out: &mut Vec<Row>| {
        let step = step.take();
        if let Some(l) = lines.take()
            && !row.is_empty()
        {
            let task = Task { text: row.join(" | "), lines: l, footnotes: vec![], bullet: None, step };
            // The first row's cells, kept until the table's end tells whether they name its
            // columns.
            let columns = out.is_empty().then(|| row.clone());
            out.push(Row { task, group: group.take(), columns, number: None });
        }
        row.clear();
        *group = None;
    };
    let mut numbers = RowNumbers::default();
    // In a table of steps only "Bước N" starts a row: a cell holds its own numbered list
    // ("1. Nộp hồ sơ:" / "2. Kiểm tra …"). A table is one of steps when "Bước 1" comes before
    // any row 1: the rows of a list of procedures hold each procedure's steps in a cell
    // ("1" / "Thủ tục công nhận …" / … / "Bước 1: Nộp hồ sơ" / "Bước 2: …" / "2" / …).
    let first_step = cells.iter().position(|p| step_number(&p.text).is_some());
    let first_row = cells.iter().position(|p| {
        let token = p.text.split_whitespace().next().unwrap_or("").trim_end_matches(['.', ')']);
        !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) && token.parse() == Ok(1u32)
    });
    let steps = first_step.is_some_and(|s| first_row.is_none_or(|r| s < r));
    let roman_first = |p: &&Para| p.text.split_whitespace().next().is_some_and(|t| t.trim_end_matches('.') == "I");
    // Whether the row's first cell is a procedure's code ("1" / "2.002755" / "Thủ tục …"):
    // a second code alone in a cell is then the next row's, whose number was lost.
    let mut code_first = false;
    // Whether the row after the first starts at the first number, and the lines of the
    // first row's cells.
    let (mut first_follows, mut head_cells) = (false, Vec::new());
    // The last capital letter's group ("A", "B" …).
    let mut last_capital: Option<u8> = None;
    for (k, p) in cells.iter().enumerate() {
        let text = strip_markers(&p.text);
        if code_first && row.len() >= 2 && is_procedure_code(&text) {
            flush(&mut row, &mut lines, &mut group, &mut step, &mut out);
            row.push(text);
            lines = Some(p.lines);
            continue;
        }
        // A table's heading again ("STT" / "Mã TTHC" / … after rows): a second table, whose
        // rows may be numbered another way ("1." then "1"), or the same table's heading
        // repeated on a new page, whose rows go on.
        if k > 0 && is_table_start(&text) {
            (numbers.arabic_mark, numbers.cell_list) = (None, None);
        }
        // The group's title follows the letter, in its cell or the next one, then "I".
        let title_cells = usize::from(text.split_whitespace().nth(1).is_none());
        // Or the letter and its title share the cell ("A. THỦ TỤC HÀNH CHÍNH ÁP DỤNG CHUNG",
        // "B Thủ tục … cấp xã") and the group's rows follow in digits, from 1 or going on.
        let digit_rows = |p: &&Para| {
            let t = p.text.split_whitespace().next().unwrap_or("").trim_end_matches('.');
            (1..=3).contains(&t.len())
                && t.bytes().all(|b| b.is_ascii_digit())
                && t.parse::<u32>().is_ok_and(|n| n == 1 || n == numbers.arabic + 1)
        };
        let capital = capital_number(&text)
            .filter(|_| {
                !steps
                    && (cells.get(k + 1 + title_cells).is_some_and(roman_first)
                        || title_cells == 0
                            && starts_upper(capital_title(&text))
                            && cells.get(k + 1).is_some_and(digit_rows)
                            && capital_follows(last_capital, &text))
            })
            .filter(|_| title_cells == 0 || cells.get(k + 1).is_some_and(|p| parse_label(&p.text).is_none()))
            .map(|c| (c.to_string(), text[text.find(c).unwrap_or(0) + c.len()..].trim_start_matches(['.', ')'])));
        let start = if let Some((c, rest)) = &capital {
            last_capital = c.bytes().next();
            numbers.roman = 0;
            Some(rest.trim_start())
        } else if !out.is_empty() && is_total_cell(&text) {
            // A total under the rows is a row of its own, not the last row's cell.
            Some(text.as_str())
        } else if steps && step_number(&text).is_none() || is_count_before_its_row(&text, &cells[k + 1..]) {
            None
        } else {
            numbers.row_start(&text)
        };
        if let Some(rest) = start {
            let core = text.split_whitespace().next().unwrap_or("").trim_end_matches(['.', ')']);
            let roman = capital.is_none() && numbers.letter == 0 && roman_value(core).is_some();
            if out.is_empty() && !row.is_empty() {
                first_follows = match &capital {
                    Some((c, _)) => c == "A",
                    None => matches!(core, "1" | "01" | "I") || step_number(&text).is_some_and(|(n, _)| n == 1),
                };
            }
            // The row before is a group's title only when its first row follows.
            let digits = core.bytes().all(|b| b.is_ascii_digit());
            let confirmed = match &group {
                Some((LabelKind::Roman, _)) => digits,
                Some(_) => roman || digits,
                None => false,
            };
            if !confirmed {
                group = None;
            }
            flush(&mut row, &mut lines, &mut group, &mut step, &mut out);
            step = steps.then(|| step_number(&text).and_then(|(n, _)| u8::try_from(n).ok())).flatten();
            if let Some((c, _)) = &capital {
                group = Some((LabelKind::Capital, c.clone()));
            } else if !steps && roman {
                group = Some((LabelKind::Roman, core.to_string()));
            }
            if !rest.is_empty() {
                row.push(rest.to_string());
            }
            code_first = is_procedure_code(rest) || cells.get(k + 1).is_some_and(|c| is_procedure_code(&c.text));
        } else {
            row.push(text);
            if out.is_empty() {
                head_cells.push(p.lines);
            }
        }
        lines = Some(lines.map_or(p.lines, |l| l.cover(p.lines)));
    }
    // A group's row at the table's end has no rows of its own: a row like any other.
    group = None;
    flush(&mut row, &mut lines, &mut group, &mut step, &mut out);
    let head = cells.first().map(|p| strip_markers(&p.text)).unwrap_or_default();
    let heading_row = out.len() > 1
        && out[0].group.is_none()
        && (is_table_start(&head) || is_step_table_start(&head))
        && out[0].columns.take().is_some_and(|c| {
            // The heading row ran on into a title over all the rows, in capitals and without
            // a number ("… | Căn cứ pháp lý" / "LĨNH VỰC: CHỨNG THỰC (12 TTHC)" / "I. …", "…
            // | Ghi chú" / "THỦ TỤC HÀNH CHÍNH CẤP TỈNH" / "1"): the title is an unnumbered
            // group of the table. Not when every name is in capitals ("STT" / "TÊN TTHC" /
            // "GHI CHÚ").
            // One title, or two ("LĨNH VỰC: CHỨNG THỰC (01 TTHC)" / "THỦ TỤC HÀNH CHÍNH CẤP
            // XÃ"), kept as one group whose heading joins them as cells are joined.
            let titles = c.iter().rev().take(2).take_while(|t| is_group_title(t)).count();
            let n = c.len() - titles;
            let titled = first_follows
                && titles > 0
                && n >= 2
                && head_cells.len() == c.len()
                && !c[1..n].iter().all(|t| is_group_title(t))
                && names_columns(&c[..n], true);
            if titled {
                let lines = head_cells[n].cover(head_cells[c.len() - 1]);
                let title = Task { text: c[n..].join(" | "), lines, footnotes: vec![], bullet: None, step: None };
                out[0].task.lines = head_cells[0].cover(head_cells[n - 1]);
                out[0].task.text = c[..n].join(" | ");
                out[0].columns = Some(c[..n].to_vec());
                out.insert(
                    1,
                    Row { task: title, group: Some((LabelKind::Body, String::new())), columns: None, number: None },
                );
                return true;
            }
            let names = names_columns(&c, first_follows);
            out[0].columns = Some(c);
            names
        });
    if !heading_row && let Some(first) = out.first_mut() {
        first.columns = None;
    }
    out
}

/// Numbers alone in a cell ("05", "05 20"), the first of them starting one of the next two
/// cells before a capital or alone ("5 Phần mềm khác"): they are counts in the row before
/// ("Nhóm phần mềm tiện ích" / "05" / "20" / "5" / "Phần mềm khác"), and that cell the
/// row's number, as a row holds its number once.
fn is_count_before_its_row(text: &str, after: &[&Para]) -> bool {
    let value = |t: &str| {
        let core = t.trim_end_matches(['.', ')']);
        (!core.is_empty() && core.len() <= 3 && core.bytes().all(|b| b.is_ascii_digit()))
            .then(|| core.parse::<u32>().ok())
            .flatten()
    };
    let mut words = text.split_whitespace();
    let Some(n) = words.next().and_then(value) else { return false };
    let row = |p: &&Para| {
        let mut w = p.text.split_whitespace();
        w.next().and_then(value) == Some(n) && w.next().is_none_or(|t| t.starts_with(char::is_uppercase))
    };
    words.all(|w| value(w).is_some()) && after.iter().take(2).any(row)
}

/// What numbers a row of a table in its first cell, from the outermost: a capital letter
/// over Roman groups over rows in digits, and letters for a row's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum RowLabel {
    Capital,
    Roman,
    Number,
    Letter,
}

/// The row number alone in a cell: "1", "01", "1.", "2.3", "1.2.1", "I", "IV.", "A", "B.",
/// "a", "b)". Roman before capital: "I" and "V" are Roman numbers; a capital group's letter
/// is "A" to "H".
pub(crate) fn row_label(cell: &str) -> Option<RowLabel> {
    let t = cell.trim().trim_end_matches(['.', ')']);
    let b = t.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    if b[0].is_ascii_digit() {
        let ok = t.split('.').all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()));
        return (ok && t.split('.').count() <= 4).then_some(RowLabel::Number);
    }
    if roman_value(t).is_some() {
        return Some(RowLabel::Roman);
    }
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some('A'..='H' | 'Đ'), None) => Some(RowLabel::Capital),
        (Some(c), None) if super::grammar::is_list_letter(c) => Some(RowLabel::Letter),
        _ => None,
    }
}

/// A cell of a row that numbers a table's columns, "(1)", "2", "4=3/2", "A": short, no
/// word in it.
fn is_column_index(cell: &str) -> bool {
    let t = cell.trim();
    t.len() <= 8
        && t.chars().filter(char::is_ascii_uppercase).count() <= 1
        && t.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || "()=+-*/.,".contains(c))
}

/// Rows of a table written one row to a line, its cells parted by tabs (the paragraphs
/// [`Para::cell`] marks; see `repair::tab_table_rows`): the rows are known, so only what
/// each row is must be told, from its first cell and the row after it.
/// - The first row, when no row number opens it and a numbered row follows (or it opens
///   with "TT", "STT", or the table numbers no row and it is a row of short names), names
///   the columns; a row that only numbers the columns ("1" / "2" /
///   "3" …, "(1)" / "(2)" …) after it is left out.
/// - A row numbered with a capital letter or a Roman number is a group's title when the row
///   after it is numbered a level deeper (a Roman number or digits under "A", digits under
///   "I"); otherwise it is a row. A row of one title in capitals and nothing else is an
///   unnumbered group.
/// - Any other row is a row: its cells joined with " | ", without its number, as
///   [`table_rows`] makes them; a row numbered in digits or with a letter keeps its number
///   ([`Row::number`]).
pub(crate) fn tab_rows(cells: &[&Para]) -> Vec<Row> {
    let rows: Vec<&[&Para]> = cells.chunk_by(|a, b| a.lines.start == b.lines.start).collect();
    let label_of = |row: &[&Para]| row.first().filter(|p| p.cell == Some(0)).and_then(|p| row_label(&p.text));
    let numbered = rows.iter().any(|r| label_of(r).is_some());
    let mut out: Vec<Row> = Vec::new();
    let mut data = false;
    for (k, row) in rows.iter().enumerate() {
        let texts: Vec<String> = row.iter().map(|p| strip_markers(&p.text)).collect();
        let lines = row[0].lines;
        let label = label_of(row);
        let next = rows.get(k + 1).and_then(|r| label_of(r));
        let task = |text: String| Task { text, lines, footnotes: vec![], bullet: None, step: None };
        // In a table with no row number, a first row of short names without a sentence's
        // end ("Nội dung công việc" / "Chủ trì" / "Thời gian").
        let names = || {
            !numbered
                && names_columns(&texts, false)
                && texts.iter().all(|t| t.split_whitespace().nth(6).is_none() && !t.ends_with(['.', ';', ':']))
        };
        if k == 0 && label.is_none() && (is_table_start(&texts[0]) || next.is_some() || names()) {
            out.push(Row { task: task(texts.join(" | ")), group: None, columns: Some(texts), number: None });
            continue;
        }
        if !data && texts.len() >= 3 && texts.iter().all(|t| is_column_index(t)) {
            continue;
        }
        data = true;
        let rest = if label.is_some() { &texts[1..] } else { &texts[..] };
        if rest.is_empty() {
            continue;
        }
        let text = rest.join(" | ");
        let group = match label {
            Some(l @ (RowLabel::Capital | RowLabel::Roman)) if next.is_some_and(|n| n > l) => {
                let kind = if l == RowLabel::Capital { LabelKind::Capital } else { LabelKind::Roman };
                Some((kind, texts[0].trim().trim_end_matches(['.', ')']).to_string()))
            }
            None if k > 0 && rest.len() == 1 && is_group_title(&text) => Some((LabelKind::Body, String::new())),
            _ => None,
        };
        let number = match label.filter(|_| group.is_none()) {
            Some(RowLabel::Number) => {
                let n = texts[0].trim().trim_end_matches(['.', ')']);
                // "01" is row 1.
                let n = if n.contains('.') { n.to_string() } else { n.trim_start_matches('0').to_string() };
                let kind = if n.contains('.') { LabelKind::Decimal } else { LabelKind::Arabic };
                (!n.is_empty()).then_some((kind, n))
            }
            Some(RowLabel::Letter) => {
                Some((LabelKind::Letter, texts[0].trim().trim_end_matches(['.', ')']).to_string()))
            }
            _ => None,
        };
        out.push(Row { task: task(text), group, columns: None, number });
    }
    out
}

/// A group's word and number, a group row's first cell: "Loại 1", "Nhóm 2".
fn is_group_word_number(t: &str) -> bool {
    let mut w = t.split_whitespace();
    matches!(w.next(), Some("Loại" | "Nhóm" | "LOẠI" | "NHÓM"))
        && w.next().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        && w.next().is_none()
}

/// A title over a table's rows: capitals, two words at least ("CẤP TỈNH", "LĨNH VỰC: CHỨNG
/// THỰC (12 TTHC)"; a count in brackets may be in any case).
fn is_group_title(cell: &str) -> bool {
    let t = cell.trim();
    let core = repair::closing_note(t, false).map_or(t, |i| t[..i].trim_end());
    core.split_whitespace().nth(1).is_some()
        && core.chars().any(char::is_alphabetic)
        && !core.chars().any(char::is_lowercase)
}
