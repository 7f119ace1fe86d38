//! Outline: from repaired paragraphs to the document model — metadata from the header
//! and closing blocks, a tree of numbered sections, and the tasks inside them.
//!
//! Labels come from [`super::grammar`], the parts around the body from [`super::parts`].
//! A numbered item that is a short line without final punctuation followed by more text is
//! a heading; otherwise the item starts directly with its first task. Numbers may skip (II then IV); an Arabic number
//! that does not continue the current list (a stray "15." in running text) is text.
//!
//! Tasks are sentences: a paragraph is split after ".", "!", "?" or "…" when the next
//! sentence starts with a capital, never inside a reference ("số 01/CT-UBND", "ngày
//! 07/01/2026", "10%", "24/24", "./."). Clauses joined by ";" stay in one task: in these
//! documents a ";" list usually shares one verb ("Triển khai Chỉ thị số 01…; Chỉ thị số
//! 02…; Kế hoạch số 11…"), so splitting would make fragments that are not directives,
//! and a sentence boundary does not move when the text is rewrapped. The comparison
//! relies on this rule; keep it stable.

use super::grammar::{
    LETTERS, Label, is_bare_label, is_caps, is_unnumbered_heading, next_letter, ordinal_of, parse_label, roman_value,
    starts_upper,
};
use super::parts::{
    CellRuns, Row, appendix_title, caps_then_note, closing_blocks, closing_blocks_from, insert_part, is_appendix_start,
    is_attachment_note, is_form_label, is_number_cell, is_step_table_start, is_subject_line, is_table_start,
    step_number, tab_rows, table_rows,
};
use crate::meta;
use crate::model::{DocKind, Document, LabelKind, LineRange, Lines, Part, PartKind, Section, Task, label_rank};
use crate::repair::{self, FN_CLOSE, FN_OPEN, Layout, Para};
use std::collections::{HashMap, HashSet};

/// Outlines a decoded text. Never fails: text with no recognisable numbering becomes one
/// section holding every sentence.
pub fn outline(source: &str, text: &str) -> Document {
    outline_text(source, text.to_string())
}

/// Outlines a document, keeping `text` as the document's source lines without a copy.
pub fn outline_text(source: &str, text: String) -> Document {
    let lines = Lines::from_text(text);
    let mut rep = repair::repair_lines(&lines);
    merge_bare_labels(&mut rep.paras);
    split_run_in_items(&mut rep.paras);
    split_article_titles(&mut rep.paras);
    let mut notes = rep.notes.clone();
    let n = rep.paras.len();

    // Where the body starts: the first paragraph with a top-level label that starts a list
    // (A, I, 1, Phần I, Chương I, Điều 1), before any signature. An article under any
    // number: an excerpt of an act ("Điều 4. Tiêu chuẩn …" on its first line) starts there,
    // and no header line starts with the word "Điều" and a number.
    let first_closing = closing_blocks(&rep.paras, 0).first().map_or(n, |c| c.start);
    // (Or a table written one row to a line, which holds the body's items in its rows.)
    let first_item = rep.paras[..first_closing].iter().position(|p| {
        p.cell.is_some()
            || parse_label(&p.text).is_some_and(|l| {
                matches!(
                    l.kind,
                    LabelKind::Part
                        | LabelKind::Chapter
                        | LabelKind::Division
                        | LabelKind::Capital
                        | LabelKind::Roman
                        | LabelKind::Arabic
                        | LabelKind::Article
                ) && (l.ordinal <= 3 || l.kind == LabelKind::Article)
            })
    });
    let closing = meta::closing_start(&rep, first_item.unwrap_or(0));
    let body_end = closing.as_ref().map_or(n, |c| c.para);
    let body_start = first_item.unwrap_or(0).min(body_end);
    // The header ends where the body starts; in a text without numbered sections (a letter,
    // a notice, a PDF whose labels were run into the lines), at the first ground or sentence.
    let header_end = match first_item {
        Some(_) => body_start,
        None => {
            // (A header is a few dozen paragraphs: the search stops there, so that a text
            // of a million short lines is not copied as header pieces.)
            let paras = &rep.paras[..body_end.min(HEADER_MAX_PARAS)];
            // After the last line that only a header has (number, date line, motto, issuer)
            // among the first paragraphs: a portal's or a cover's sentences may come first.
            let from = paras.iter().take(60).rposition(|p| meta::is_header_anchor(&p.text)).map_or(0, |i| i + 1);
            paras
                .iter()
                .position(|p| meta::is_preamble(&p.text))
                .or_else(|| paras[from..].iter().position(|p| is_sentence(&p.text)).map(|i| i + from))
                .unwrap_or(paras.len())
        }
    };
    let header: Vec<(usize, String)> = match rep.layout {
        Layout::Blocks => rep.paras[..header_end].iter().flat_map(header_pieces).collect(),
        Layout::Lines => {
            let end = rep.paras.get(header_end).map_or(rep.clean.len(), |p| p.lines.start - 1).min(rep.clean.len());
            let end = if first_item.is_none() { end.min(HEADER_MAX_LINES) } else { end };
            rep.clean.iter().take(end).enumerate().map(|(i, l)| (i + 1, l.to_string())).collect()
        }
    };
    let header = tab_columns(header, &lines);
    let (mut meta, used) = meta::extract(&rep, &header, closing.as_ref());

    let mut parts: Vec<Part> = Vec::new();
    let push_part = |parts: &mut Vec<Part>, kind: PartKind, lines: LineRange| match parts.last_mut() {
        Some(last) if last.kind == kind => last.lines = last.lines.cover(lines),
        _ => parts.push(Part { kind, lines }),
    };

    // Paragraphs before the first numbered section: header and title lines, the preamble,
    // and an introduction that is body text.
    let mut intro: Vec<&Para> = Vec::new();
    let region_end = if first_item.is_none() { body_end } else { body_start };
    let mut seen_preamble = false;
    // The last paragraph of the preamble before the first item: a plan's "… ban hành Kế
    // hoạch … như sau:" after its background ("Sau 8 năm triển khai thực hiện Nghị quyết …",
    // "Do hậu quả mưa lớn kéo dài …"), which is the preamble too, not tasks.
    let last_preamble = match first_item {
        Some(_) => rep.paras[..region_end].iter().rposition(|p| meta::is_preamble(&p.text)),
        None => None,
    };
    for (i, p) in rep.paras[..region_end].iter().enumerate() {
        let in_title = used.title.is_some_and(|(a, b)| p.lines.start >= a && p.lines.start <= b);
        let kind = if meta::is_preamble(&p.text) {
            seen_preamble = true;
            PartKind::Preamble
        } else if in_title {
            PartKind::Title
        } else if meta::is_header_para(p, used.consumed) && !seen_preamble {
            PartKind::Header
        } else if seen_preamble && is_caps(&p.text) {
            // "ỦY BAN NHÂN DÂN TỈNH …" between the title and the grounds, "QUYẾT ĐỊNH:".
            PartKind::Preamble
        } else if first_item.is_some() && intro.is_empty() && is_subject_line(&p.text) {
            // A subject line the header reader did not take (no kind line above it, as in
            // many DOCX files): "Công tác của Ủy ban nhân dân xã tháng 02 năm 2026".
            if meta.title.is_none() {
                meta.title = Some(strip_markers(p.text.trim()));
                meta::period_from_title(&mut meta);
            }
            PartKind::Title
        } else if last_preamble.is_some_and(|l| i < l) {
            PartKind::Preamble
        } else if first_item.is_some() && meta.kind == Some(DocKind::Directive) {
            // A directive opens with the situation that calls for it and its reasons
            // ("Thời gian qua, … Tuy nhiên, … Để khắc phục …, Chủ tịch UBND tỉnh yêu cầu:")
            // before the numbered demands: its preamble, not tasks.
            PartKind::Preamble
        } else {
            intro.push(p);
            PartKind::Body
        };
        push_part(&mut parts, kind, p.lines);
    }

    let mut builder = Builder::default();
    if first_item.is_none() {
        if !intro.is_empty() {
            notes.push("no numbered sections found; the whole text is read as one section".into());
            builder.open_body(&intro);
        }
    } else {
        if !intro.is_empty() {
            builder.open_body(&intro);
        }
        let body: Vec<&Para> = rep.paras[body_start..body_end].iter().collect();
        if let (Some(f), Some(l)) = (body.first(), body.last()) {
            push_part(&mut parts, PartKind::Body, f.lines.cover(l.lines));
        }
        builder.build(&body);
    }
    let (mut sections, mut inner_parts) = builder.finish();
    // A table that opens the body with groups over all its rows (a programme written as a
    // table, "I" / "LĨNH VỰC KINH TẾ" / "1" / …): its groups are the document's sections,
    // each with the table's columns, not the children of an unnumbered section.
    if let Some(first) = sections.first()
        && first.kind == LabelKind::Body
        && first.heading.is_empty()
        && first.tasks.is_empty()
        && !first.children.is_empty()
        && !first.columns.is_empty()
    {
        let lead = sections.remove(0);
        let groups = lead.children.into_iter().map(|mut c| {
            if c.columns.is_empty() {
                c.columns = lead.columns.clone();
            }
            c
        });
        sections.splice(0..0, groups);
    }
    if let Some(c) = &closing
        && let Some(partial) = &c.keep_before
    {
        // Sentences of the closing paragraph that come before "… thông báo sau./." are tasks.
        if let Some(last) = last_section_mut(&mut sections) {
            for t in split_tasks(partial, 0, partial.text.len()) {
                last.lines = last.lines.cover(t.lines);
                add_task(&mut last.tasks, t);
            }
        }
    }

    // After the body: closing, recipients, signature; then any attachments, each with its
    // own title, numbered body and closing.
    let mut at = body_end;
    let mut appendix_no = 0;
    // Where the next closing block's first paragraph is: none is before it.
    let mut trigger = 0;
    while at < n {
        let (mut blocks, t) = closing_blocks_from(&rep.paras, at, trigger);
        trigger = t;
        let (mut close_start, mut close_end) = blocks.first().map_or((n, n), |b| (b.start, b.end));
        // Several attachments one after another ("PHỤ LỤC I" … "PHỤ LỤC II" …) with no
        // signature between them: each is an appendix of its own.
        if let Some(k) = next_attachment(&rep.paras, at, close_start) {
            close_start = k;
            close_end = k;
        }
        if close_start > at {
            // Text that is not closing: an attachment.
            appendix_no += 1;
            let mut paras: Vec<&Para> = rep.paras[at..close_start].iter().collect();
            let (title_len, heading) = appendix_title(&paras);
            if title_len > 0 {
                push_part(&mut parts, PartKind::Appendix, paras[0].lines.cover(paras[title_len - 1].lines));
            }
            let push_body = |parts: &mut Vec<Part>, body: &[&Para]| {
                if let (Some(f), Some(l)) = (body.first(), body.last()) {
                    push_part(parts, PartKind::Body, f.lines.cover(l.lines));
                }
            };
            push_body(&mut parts, &paras[title_len..]);
            // A form inside the attachment signs off ("Nơi nhận:" … "ĐẠI DIỆN THEO PHÁP
            // LUẬT"), and the attachment goes on after it: text with no title of its own
            // that opens with the next item of one of the attachment's lists ("6. Thành lập
            // tổ công tác …" after items 1 to 5) is the attachment's, not a nameless one.
            // Between the form's recipients and the next item, the form's signature: its
            // caption and blank name ("ĐẠI DIỆN THEO PHÁP LUẬT" / "(Ký, ghi rõ họ tên …)" /
            // "Họ và tên"), a few short lines without a sentence's end.
            let item_after = |from: usize| {
                (from..n.min(from + 6))
                    .take_while(|&k| {
                        parse_label(&rep.paras[k].text).is_some()
                            || rep.paras[k].text.split_whitespace().nth(30).is_none()
                                && !repair::ends_sentence(&rep.paras[k].text)
                    })
                    .find(|&k| parse_label(&rep.paras[k].text).is_some())
            };
            while close_end > close_start
                && close_end < n
                && item_after(close_end).is_some_and(|k| continues_list(&paras, &rep.paras[k]))
            {
                for (i, p) in rep.paras.iter().enumerate().take(close_end).skip(close_start) {
                    let kind = blocks[0].kinds.get(i - close_start).copied().unwrap_or(PartKind::Closing);
                    push_part(&mut parts, kind, p.lines);
                }
                let next = close_end;
                (blocks, trigger) = closing_blocks_from(&rep.paras, next, trigger);
                (close_start, close_end) = blocks.first().map_or((n, n), |b| (b.start, b.end));
                if let Some(k) = next_attachment(&rep.paras, next, close_start) {
                    close_start = k;
                    close_end = k;
                }
                let more: Vec<&Para> = rep.paras[next..close_start].iter().collect();
                push_body(&mut parts, &more);
                paras.extend(more);
            }
            let rest = &paras[title_len..];
            let mut b = Builder::default();
            b.build(rest);
            let (children, t) = b.finish();
            inner_parts.extend(t);
            let lines = paras[0].lines.cover(paras[paras.len() - 1].lines);
            // Text with no title of its own after an attachment's form signs off ("Họ và
            // tên" / "" / "Ghi chú: …" / "2. Mẫu đăng ký thay đổi thông tin." in Nghệ An's
            // rules on official e-mail): the same attachment goes on, its next form; a
            // nameless attachment had opened there, and the real next one was numbered
            // after it. Unless a list of it starts again: a numbered item the attachment
            // already has is another form's, and a nameless attachment keeps it apart.
            // (An unnumbered lead section's items count as the attachment's own.)
            fn items(secs: &[Section]) -> impl Iterator<Item = &Section> {
                secs.iter()
                    .flat_map(|c| if c.kind == LabelKind::Body { &c.children[..] } else { std::slice::from_ref(c) })
            }
            let starts_again = |last: &Section| {
                items(&children).any(|c| {
                    !c.label.is_empty() && items(&last.children).any(|o| o.label == c.label && o.kind == c.kind)
                })
            };
            if title_len == 0
                && let Some(last) = sections.last_mut().filter(|s| s.kind == LabelKind::Appendix && !starts_again(s))
            {
                appendix_no -= 1;
                let mut children = children;
                last.lines = last.lines.cover(lines);
                // Its unnumbered text goes on the last item open before the sign-off.
                if let Some(lead) = take_lead(&mut children)
                    && let (Some(f), Some(l)) = (lead.tasks.first(), lead.tasks.last())
                {
                    let mut host = &mut *last;
                    while let Some(c) = host.children.last_mut() {
                        host = c;
                        host.lines = host.lines.cover(f.lines.cover(l.lines));
                    }
                    host.tasks.extend(lead.tasks);
                }
                last.children.extend(children);
            } else {
                let mut s = body_section(lines);
                s.kind = LabelKind::Appendix;
                s.label = format!("PL{appendix_no}");
                s.heading = strip_markers(&heading);
                // Unnumbered text of the attachment stays in it as its own tasks, with the
                // columns of a table it held, if any.
                let mut children = children;
                if let Some(lead) = take_lead(&mut children) {
                    s.tasks = lead.tasks;
                    s.columns = lead.columns;
                }
                s.children = children;
                sections.push(s);
            }
        }
        if close_start >= n {
            break;
        }
        if close_end == close_start {
            at = close_end;
            continue;
        }
        for (i, p) in rep.paras.iter().enumerate().take(close_end).skip(close_start) {
            let kind = blocks[0].kinds.get(i - close_start).copied().unwrap_or(PartKind::Closing);
            push_part(&mut parts, kind, p.lines);
        }
        at = close_end;
    }
    for p in inner_parts {
        insert_part(&mut parts, p);
    }
    if let Some(p) = rep.portal {
        parts.push(Part { kind: PartKind::Portal, lines: p });
    }
    statements_read_as_headings(&mut sections);
    titles_read_as_statements(&mut sections);
    fill_paths(&mut sections, &[]);
    meta::infer_from_body(&mut meta, &sections);
    let mut footnotes = rep.footnotes;
    footnotes.sort_by_key(|f| f.number);
    Document { source: source.to_string(), meta, sections, footnotes, lines, notes, parts }
}

/// Where the next attachment starts among the paragraphs `from..to`, after the one that
/// starts at `from`: at its label ("PHỤ LỤC II"), or at a title in capitals over its note
/// ("DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ …" / "(Kèm theo Quyết định số …)", or both in
/// one paragraph) after the attachment's own title, where two lists of one decision follow each other without a label
/// or a signature between them.
fn next_attachment(paras: &[Para], from: usize, to: usize) -> Option<usize> {
    // (A title is a dozen paragraphs at most: only those are handed over. One pass that stops
    // at the next attachment, so that a text of many attachments is read once, not once per
    // attachment.)
    let head: Vec<&Para> = paras[from..to.min(from + 16)].iter().collect();
    let own = from + appendix_title(&head).0.max(1);
    let title = |p: &Para| is_caps(&p.text) && parse_label(&p.text).is_none();
    // The attachment's own text, not only a form's issuer and motto over its title.
    let content =
        |p: &Para| !is_caps(&p.text) && !meta::is_form_motto(&p.text) && p.text.chars().any(char::is_alphanumeric);
    let mut first: Option<usize> = None;
    for k in from + 1..to {
        if is_appendix_start(&paras[k].text) {
            return Some(k);
        }
        if k < own {
            continue;
        }
        let Some(f) = first else {
            first = content(&paras[k]).then_some(k);
            continue;
        };
        // The title and its note run together in one paragraph, no blank line between
        // them ("Tổng số: 02 TTHC./." / "QUY TRÌNH NỘI BỘ … CÀ MAU (Kèm theo Quyết định …)").
        if caps_then_note(&paras[k].text) {
            return Some(k);
        }
        // A form attached after the text, under its label and the issuer's and the motto's
        // lines, as a form opens ("Mẫu số 01" / "<CƠ QUAN CHỦ QUẢN> …" / "CỘNG HÒA XÃ HỘI
        // …"), after a list of the forms whose rows name them too (Đồng Tháp's rules on
        // official e-mail: the first form was read into the list's last row).
        if is_form_label(&paras[k].text) && paras[k + 1..to.min(k + 4)].iter().any(|p| meta::is_form_motto(&p.text)) {
            return Some(k);
        }
        // Or under its label, title and note ("Mẫu số 01" / "Mẫu báo cáo đề nghị xét tặng …" /
        // "(Kèm theo Quy chế …)").
        let noted = is_attachment_note(paras[k].text.trim()) || repair::ends_attachment_note(Some(&paras[k]));
        if noted && let Some(j) = (k.saturating_sub(2)..k).find(|&j| j > f && is_form_label(&paras[j].text)) {
            return Some(j);
        }
        if is_attachment_note(paras[k].text.trim()) && title(&paras[k - 1]) {
            // The title's first paragraph in capitals.
            let mut j = k - 1;
            while j > f + 1 && title(&paras[j - 1]) {
                j -= 1;
            }
            return Some(j);
        }
    }
    None
}

/// The most paragraphs a header of a text without numbered sections is looked for in.
const HEADER_MAX_PARAS: usize = 80;
/// The same in lines, where each line is a header piece.
const HEADER_MAX_LINES: usize = 200;

/// A sentence of running text, not a header piece: eight words or more in sentence case,
/// ending with its punctuation.
fn is_sentence(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() >= 8 && !is_caps(t) && t.ends_with(['.', ';', ':', '!', '?'])
}

/// A header paragraph as the header reader's pieces, with their first lines: the whole
/// paragraph, cut before a later line that names the enacting body (see
/// [`meta::starts_enacting_line`]).
fn header_pieces(p: &Para) -> Vec<(usize, String)> {
    let mut cuts: Vec<(usize, usize)> =
        p.line_starts.starts().filter(|&(off, _)| off == 0 || meta::starts_enacting_line(&p.text[off..])).collect();
    cuts.push((p.text.len(), 0));
    cuts.windows(2).map(|w| (w[0].1, p.text[w[0].0..w[1].0].trim().to_string())).collect()
}

/// A header laid out in columns with tabs ("ỦY BAN NHÂN DÂN<tab><tab>CỘNG HÒA XÃ HỘI …" /
/// "XÃ HÒA BÌNH<tab><tab>Độc lập - Tự do - Hạnh phúc", as Word users type it, or a table of
/// three columns): each column's pieces are read in turn, the left column's lines first, as
/// a two-column table gives them, so that the unit is not read with the motto beside it.
fn tab_columns(header: Vec<(usize, String)>, source: &Lines) -> Vec<(usize, String)> {
    if !header.iter().any(|(ln, _)| source.get(ln - 1).is_some_and(|l| l.contains('\t'))) {
        return header;
    }
    let pieces = |ln: usize| -> Vec<String> {
        source[ln - 1]
            .split('\t')
            .map(|c| repair::clean_line(c).split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|c| !c.is_empty())
            .collect()
    };
    let mut out = Vec::with_capacity(header.len() + 8);
    let mut block: Vec<(usize, Vec<String>)> = Vec::new();
    let flush = |block: &mut Vec<(usize, Vec<String>)>, out: &mut Vec<(usize, String)>| {
        let width = block.iter().map(|b| b.1.len()).max().unwrap_or(0);
        for col in 0..width {
            out.extend(block.iter().filter_map(|(ln, cells)| cells.get(col).map(|c| (*ln, c.clone()))));
        }
        block.clear();
    };
    for (ln, text) in header {
        let split = source.get(ln - 1).is_some_and(|l| l.trim().contains('\t'));
        let cells = if split { pieces(ln) } else { Vec::new() };
        // Only a piece that is that one line (a paragraph of several lines is kept whole).
        let whole = cells.join(" ") == text.split_whitespace().collect::<Vec<_>>().join(" ");
        if cells.len() >= 2 && whole {
            block.push((ln, cells));
        } else {
            flush(&mut block, &mut out);
            out.push((ln, text));
        }
    }
    flush(&mut block, &mut out);
    out
}

/// A section a table's row makes: a group with its title, or a numbered row's item.
fn table_section(kind: LabelKind, label: String, heading: String, tasks: Vec<Task>, lines: LineRange) -> Section {
    Section { label, kind, path: vec![], heading, columns: vec![], tasks, children: vec![], lines }
}

/// The group `depth` levels down the last children of `s` (a table's open group), its lines
/// and its parents' grown to cover `lines`.
fn open_group(s: &mut Section, depth: usize, lines: LineRange) -> &mut Section {
    if depth == 0 || s.children.is_empty() {
        return s;
    }
    let c = s.children.last_mut().expect("not empty");
    c.lines = c.lines.cover(lines);
    open_group(c, depth - 1, lines)
}

/// Appends the next paragraph to `p`, one space between.
fn join_para(p: &mut Para, next: &Para) {
    let trimmed = p.text.trim_end().len();
    p.text.truncate(trimmed);
    p.text.push(' ');
    let shift = p.text.len();
    p.text.push_str(&next.text);
    p.line_starts.append_shifted(&next.line_starts, shift);
    p.lines = p.lines.cover(next.lines);
}

/// A table's row number for a group of rows, read as a paragraph of its own: a Roman "I" …
/// "VIII" without its dot ("II" / "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"). "X" alone is a mark in a
/// cell, not a number.
fn is_group_number(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| matches!(b, b'I' | b'V')) && roman_value(t).is_some()
}

/// A row's code alone in its cell, as price and tariff tables number their rows ("II1",
/// "II2020301", "B18"): capital letters then digits, one token. It goes with the row's
/// name after it, like a row number.
fn is_code_cell(text: &str) -> bool {
    let t = text.trim().as_bytes();
    let letters = t.iter().take_while(|b| b.is_ascii_uppercase()).count();
    (2..=12).contains(&t.len())
        && (1..=3).contains(&letters)
        && t.len() > letters
        && t[letters..].iter().all(|b| b.is_ascii_digit() || *b == b'.')
}

/// A capital letter alone, "A" … "H" without its dot: a table's number for a group of groups
/// ("B" / "CHI TỪ NGUỒN BỔ SUNG CÓ MỤC TIÊU"), when a title in capitals follows it (a grade
/// "A" in a cell is followed by anything else).
/// A sub-row's letter alone ("a" … "h", not the mark "x" of a ticked cell, which goes with
/// the row before).
fn is_sub_row_letter(text: &str) -> bool {
    repair::is_lone_letter(text) && text.trim() != "x"
}

fn is_group_letter(text: &str) -> bool {
    let t = text.trim().as_bytes();
    t.len() == 1 && (b'A'..=b'H').contains(&t[0])
}

/// A paragraph that is only a label takes the next paragraph's text ("1." / "Công tác tham
/// mưu …"; "Điều 5." / "Tổ chức thực hiện").
fn merge_bare_labels(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut it = std::mem::take(paras).into_iter().peekable();
    while let Some(mut p) = it.next() {
        // A cell of a table written one row to a line stays in its place.
        if p.cell.is_some() {
            out.push(p);
            continue;
        }
        // A row-number cell ("1", alone) takes its row's first cell the same way, but not a
        // group's number.
        let row_number = p.text.len() <= 3 && p.text.bytes().all(|b| b.is_ascii_digit()) || is_code_cell(&p.text);
        // A capital letter alone before a row's name in sentence case ("D" / "Trả nợ lãi, phí"
        // in a budget table) is the row's code; before a title in capitals it is a group's
        // number (the builder's), before lower case a grade.
        let letter_code = is_group_letter(&p.text)
            && it.peek().is_some_and(|n| {
                n.text.starts_with(|c: char| c.is_uppercase()) && n.text.chars().skip(1).any(char::is_lowercase)
            });
        // A label alone over a bulleted list ("2.7" / "- Cơ quan có thẩm quyền …" / "- …")
        // is an item whose text is the list: joined, the label would open a bullet and
        // be no label (regression: Hà Tĩnh's procedure for
        // mineral exploration lost its item 2.7 into 2.6).
        let over_list = |n: &Para| is_bare_label(&p.text) && n.text.starts_with(['-', '–', '+', '•']);
        if (is_bare_label(&p.text) || row_number || letter_code)
            && let Some(next) = it.next_if(|n| {
                n.cell.is_none() && parse_label(&n.text).is_none() && !is_group_number(&n.text) && !over_list(n)
            })
        {
            join_para(&mut p, &next);
        }
        out.push(p);
    }
    *paras = out;
}

/// Letter items that extraction ran into one paragraph, each one's label after the
/// sentence end of the one before: "c) Văn phòng …, Chi nhánh … đất đai. d) Các cơ quan,
/// tổ chức …" (the next letter after the paragraph's own), or "2. Thành phần … gồm: a) Chủ
/// tịch …; b) Các Phó Chủ tịch …" (a list opened by a colon, its "b)" there too or
/// starting the next paragraph); and numbered clauses the same way ("2. … môi trường. 3.
/// Điểm tập kết tạm thời …"). Each item becomes a paragraph of its own, as the author wrote
/// it. Only "x)" labels and numbers alone before a capital count, and only in their
/// sequence: "điểm a) khoản 2" or a label out of turn is text.
fn split_run_in_items(paras: &mut Vec<Para>) {
    let next_of = |k: usize| paras.get(k + 1).map(|n: &Para| n.text.as_str());
    // Most documents have none: then nothing is allocated or moved.
    let runs_in = |k: usize| paras[k].cell.is_none() && run_in_items(&paras[k].text, next_of(k)).is_some();
    if !(0..paras.len()).any(runs_in) {
        return;
    }
    let mut out = Vec::with_capacity(paras.len() + 8);
    let mut it = std::mem::take(paras).into_iter().peekable();
    while let Some(p) = it.next() {
        match run_in_items(&p.text, it.peek().map(|n| n.text.as_str())).filter(|_| p.cell.is_none()) {
            None => out.push(p),
            Some(cuts) => {
                let mut from = 0;
                for &at in cuts.iter().chain(std::iter::once(&p.text.len())) {
                    out.push(p.piece(from, at));
                    from = at;
                }
            }
        }
    }
    *paras = out;
}

/// Splits an article's title from its sentence where a hard-wrapped text ran the one into
/// the other: "Điều 1. Phạm vi điều chỉnh" / "Quyết định này quy định thời" / "gian hoạt
/// động …" with no blank line between is one block, and joining it made the title the
/// start of the article's only task ("Phạm vi điều chỉnh Quyết định này quy định …"), in
/// 24 articles of 18 of the 234 real documents. The title is the article's first line
/// (or its second, under a label alone), as written; see [`article_title_end`] for what
/// counts as one.
fn split_article_titles(paras: &mut Vec<Para>) {
    let cut = |p: &Para| if p.cell.is_none() && p.line_starts.len() >= 2 { article_title_end(p) } else { None };
    // Each paragraph asked once; most documents have no such title, and then nothing moves.
    let Some((first, at)) = paras.iter().enumerate().find_map(|(k, p)| Some((k, cut(p)?))) else { return };
    let rest = paras.split_off(first);
    paras.reserve(rest.len() + 8);
    let mut known = Some(at);
    for p in rest {
        match known.take().or_else(|| cut(&p)) {
            Some(at) => {
                paras.push(p.piece(0, at));
                paras.push(p.piece(at, p.text.len()));
            }
            None => paras.push(p),
        }
    }
}

/// Where an article's title line ends inside its paragraph, when the paragraph goes on
/// with a sentence: the label "Điều N." and, on the same line (or alone on the next), a
/// title of two to ten words in sentence case (no capital after its first word, so no
/// name: "Chánh Văn phòng UBND tỉnh" / "Giám đốc …" is a sentence wrapped, not a title),
/// with no comma, semicolon or colon, not ending on a word that needs what follows ("Công
/// bố kèm theo" / "Quyết định này …", "Ủy quyền cho" / "Giám đốc …"); then, on the next
/// line, a sentence of five words or more that starts with a capital and ends with its
/// stop, and does not open with a document cited by number. A wrapped sentence rarely
/// breaks so: a line of it is longer, or names someone.
fn article_title_end(p: &Para) -> Option<usize> {
    let label = parse_label(&p.text).filter(|l| matches!(l.kind, LabelKind::Article | LabelKind::Arabic))?;
    // A numbered clause's first line is more often a sentence wrapped than a title: only
    // over a sentence naming the document itself ("1. Phạm vi điều chỉnh" / "Quyết định
    // này quy định …"), which starts a sentence of its own.
    let clause = label.kind == LabelKind::Arabic;
    if !clause && let Some(at) = repeated_title_end(&p.text[label.rest..]) {
        return Some(label.rest + at);
    }
    let mut starts = p.line_starts.starts().map(|(off, _)| off).skip(1);
    let mut end = starts.next()?;
    let mut from = label.rest;
    if p.text[from.min(end)..end].trim().is_empty() {
        // "Điều 3." / "Điều khoản thi hành." / "Quyết định này …".
        from = end;
        end = starts.next()?;
    }
    // A title wrapped onto lines that go on in small letters ("Điều 4. Quy" / "định chuyển
    // tiếp" / "Những dự án, …"): the title ends at the line that opens with a capital.
    while p.text[end..].starts_with(char::is_lowercase) && p.text[from..end].split_whitespace().nth(10).is_none() {
        let Some(next) = starts.next() else { break };
        end = next;
    }
    let title = p.text.get(from..end)?.trim();
    let words: Vec<&str> = title.split_whitespace().collect();
    if !(2..=10).contains(&words.len())
        || words[1..].iter().any(|w| w.starts_with(char::is_uppercase))
        || title.contains([',', ';', ':'])
        || !title.trim_end_matches('.').ends_with(char::is_alphabetic)
        || repair::ends_with_function_word(title.trim_end_matches('.'))
    {
        return None;
    }
    let body = p.text[end..].trim();
    // "Bãi bỏ toàn bộ" / "Quyết định số 35/2015/QĐ-UBND …": a document cited by its number
    // is the object the line before left open.
    let mut first = body.split_whitespace().take(4);
    if first.any(|w| w == "số") && first.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    if clause && !body.split_whitespace().take(3).any(|w| w == "này") {
        return None;
    }
    let stopped = body.trim_end_matches(['/', '.']).len() < body.len() || body.ends_with([';', ':']);
    let opens = body.chars().next().is_some_and(char::is_uppercase);
    (opens && stopped && body.split_whitespace().count() >= 5).then_some(end)
}

/// Where a title ends that the sentence after it opens by repeating, word for word: "Bãi
/// bỏ toàn bộ Quyết" / "định" / "Bãi bỏ toàn bộ Quyết định số 14/2025/QĐ-UBND …", "Nguồn
/// kinh phí thực hiện Nguồn kinh phí thực hiện chính sách …". Two to ten words, repeated at
/// once (letter case aside) from a word with a capital, a sentence's start; a sentence does
/// not start by saying its first words twice.
fn repeated_title_end(text: &str) -> Option<usize> {
    const MAX: usize = 10;
    let mut starts: Vec<usize> = Vec::with_capacity(2 * MAX + 1);
    let mut words: Vec<&str> = Vec::with_capacity(2 * MAX + 1);
    let mut at = 0;
    for w in text.split_whitespace().take(2 * MAX + 1) {
        let off = at + text[at..].find(w)?;
        starts.push(off);
        words.push(w);
        at = off + w.len();
    }
    let same = |a: &str, b: &str| a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase));
    (2..=MAX)
        .find(|&k| {
            words.len() > 2 * k
                && words[k].starts_with(char::is_uppercase)
                && (0..k).all(|i| same(words[i], words[k + i]))
        })
        .map(|k| starts[k])
}

/// Where the run-in items of a paragraph start (see [`split_run_in_items`]), or None.
fn run_in_items(text: &str, next: Option<&str>) -> Option<Vec<usize>> {
    // A numbered clause with the next clause's number after one of its sentences: "2. Điểm
    // tập kết … của Bộ Tài nguyên và Môi trường. 3. Điểm tập kết tạm thời là …".
    if text.starts_with(|c: char| c.is_ascii_digit())
        && let Some(own) = parse_label(text).filter(|l| l.kind == LabelKind::Arabic)
    {
        let cuts = run_in_numbers(text, own.ordinal);
        if !cuts.is_empty() {
            return Some(cuts);
        }
    }
    // Quick test: most paragraphs have no ") " after their start.
    if !text.as_bytes().windows(2).skip(2).any(|w| w == b") ") {
        return None;
    }
    // (byte where the label starts, its ordinal, the punctuation before it).
    let mut cands: Vec<(usize, u32, char)> = Vec::new();
    for (i, _) in text.match_indices(") ") {
        let Some((at, letter)) = text[..i].char_indices().next_back() else { continue };
        if !(letter.is_ascii_lowercase() || letter == 'đ') || !starts_upper(text[i + 2..].trim_start()) {
            continue;
        }
        let before = text[..at].trim_end();
        if before.len() == at {
            continue;
        }
        let Some(punct) = before.chars().next_back().filter(|c| matches!(c, '.' | ';' | ':')) else { continue };
        let Some(ord) = LETTERS.iter().position(|l| l.starts_with(letter)) else { continue };
        cands.push((at, ord as u32 + 1, punct));
    }
    let own = parse_label(text).filter(|l| l.kind == LabelKind::Letter).map(|l| l.ordinal);
    let mut cuts = Vec::new();
    match own {
        Some(mut prev) => {
            for &(at, ord, punct) in &cands {
                if punct != ':' && next_letter(prev, ord) {
                    cuts.push(at);
                    prev = ord;
                }
            }
        }
        None => {
            let start = cands.iter().position(|&(_, ord, punct)| ord == 1 && punct == ':')?;
            let mut prev = 1;
            cuts.push(cands[start].0);
            for &(at, ord, punct) in &cands[start + 1..] {
                if punct != ':' && next_letter(prev, ord) {
                    cuts.push(at);
                    prev = ord;
                }
            }
            let goes_on = || {
                next.and_then(parse_label).is_some_and(|l| l.kind == LabelKind::Letter && next_letter(prev, l.ordinal))
            };
            if cuts.len() < 2 && !goes_on() {
                return None;
            }
        }
    }
    (!cuts.is_empty()).then_some(cuts)
}

/// Where the clauses numbered on from `prev` start inside a numbered clause's paragraph:
/// each number alone after a sentence's end (". " or "; "), before a capital. Extraction
/// also glues the number to the sentence's end ("… không để xảy ra tiêu cực.2. Giao
/// Thường trực …"): a word's last letter, the stop, then the number, no space.
fn run_in_numbers(text: &str, mut prev: u32) -> Vec<usize> {
    let b = text.as_bytes();
    let mut cuts = Vec::new();
    for (i, _) in text.match_indices(". ") {
        let digits = b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let at = i - digits;
        if !(1..=2).contains(&digits) || at < 2 {
            continue;
        }
        let spaced = b[at - 1] == b' ' && matches!(b[at - 2], b'.' | b';');
        let glued =
            matches!(b[at - 1], b'.' | b';') && text[..at - 1].chars().next_back().is_some_and(|c| c.is_alphabetic());
        if !spaced && !glued {
            continue;
        }
        if text[at..i].parse::<u32>().ok() == Some(prev + 1) && starts_upper(&text[i + 2..]) {
            cuts.push(at);
            prev += 1;
        }
    }
    cuts
}

/// Takes an attachment's unnumbered lead section, its text before the first item, out of
/// its children; the lead's own children (a table's groups) stay in its place.
fn take_lead(children: &mut Vec<Section>) -> Option<Section> {
    let first = children.first()?;
    if first.kind != LabelKind::Body || !first.heading.is_empty() {
        return None;
    }
    let mut lead = children.remove(0);
    children.splice(0..0, std::mem::take(&mut lead.children));
    Some(lead)
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

/// A Roman number over a sentence and nothing else ("I. Hỗ trợ 100% chi phí chuyển trả
/// kết quả … dịch vụ công trực tuyến."): the item is that sentence, a task, as an Arabic
/// item's sentence is. A Roman number is read as a heading's (they are written in
/// capitals, "I. MỤC ĐÍCH, YÊU CẦU"), which left such an item with a heading and no task.
/// Only in sentence case, eight words or more, with a final stop, and with nothing under it.
/// The same for a starred field given with its value and nothing under it.
fn statements_read_as_headings(sections: &mut [Section]) {
    for s in sections {
        let h = s.heading.trim();
        let sentence = h.chars().next().is_some_and(char::is_uppercase)
            && h.chars().filter(|c| c.is_alphabetic()).skip(1).any(char::is_lowercase)
            && !is_caps(h)
            && h.ends_with(['.', ';'])
            && h.split_whitespace().nth(7).is_some();
        // So is a starred field with its value ("* Số lượng hồ sơ ở mỗi cấp thực hiện: 01 hồ
        // sơ điện tử và 01 hồ sơ giấy"): a statement, where "* Thành phần hồ sơ:" heads a list.
        let field = s.kind == LabelKind::Star
            && h.split_once(": ").is_some_and(|(name, value)| {
                !name.contains(['.', ';', ':']) && value.chars().any(char::is_alphanumeric)
            });
        if (s.kind == LabelKind::Roman && sentence || field) && s.tasks.is_empty() && s.children.is_empty() {
            let text = std::mem::take(&mut s.heading);
            s.tasks.push(Task { text, lines: s.lines, footnotes: vec![], bullet: None, step: None });
        }
        // So is a clause stating the act's entry into force, whatever is under it ("1. Quyết
        // định có hiệu lực thi hành kể từ ngày ký" over "- Bãi bỏ Quyết định số …"): the
        // provision every act has, never a title. Not an article's title ("Điều 2. Quyết
        // định này có hiệu lực thi hành:" over its clauses), which names the article.
        let clause = matches!(s.kind, LabelKind::Arabic | LabelKind::Decimal | LabelKind::Letter);
        if clause && super::grammar::effect_key(&s.heading).is_some() && s.children.is_empty() {
            let text = std::mem::take(&mut s.heading);
            let end = s.tasks.first().map_or(s.lines.end, |t| t.lines.start.saturating_sub(1).max(s.lines.start));
            s.tasks.insert(
                0,
                Task { text, lines: LineRange::new(s.lines.start, end), footnotes: vec![], bullet: None, step: None },
            );
        }
        statements_read_as_headings(&mut s.children);
    }
}

/// An article's title closed with a full stop over its clauses, where every other article
/// beside it has a title ("Điều 2. Phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu
/// hạ tầng thủy lợi, thẩm quyền quyết định xử lý … trong trường hợp bị mất, hủy hoại." /
/// "1. Ủy ban nhân dân thành phố phân cấp …" between "Điều 1. Phạm vi điều chỉnh và đối
/// tượng áp dụng" and "Điều 3. Tổ chức thực hiện"): the title, not a task (regression: Hải
/// Phòng's decision had its article 2's title as a task, which then took the other decision's
/// clause). An act titles all its articles or none, so the siblings decide what the stop
/// alone cannot: in an act without titles "Điều 2. Giao Sở Tài chính thực hiện." is a task.
/// Two titled siblings at least and no fewer than the untitled ones (Hà Nội's resolution on
/// tuition: "Điều 1. Phạm vi …", "Điều 2. Quy định mức học phí … năm học 2025-2026.", "Điều
/// 3. Quy định thời gian áp dụng …", "Điều 4. Tổ chức thực hiện"); not a sentence that
/// points at the act ("này"), a lead-in (a colon), two sentences, or more words than
/// [`ARTICLE_TITLE_WORDS`].
fn titles_read_as_statements(sections: &mut [Section]) {
    let article = |s: &Section| s.kind == LabelKind::Article;
    let titled = sections.iter().filter(|s| article(s) && !s.heading.trim().is_empty()).count();
    let untitled = sections.iter().filter(|s| article(s) && s.heading.trim().is_empty()).count();
    if titled >= 2 && titled >= untitled {
        for s in sections.iter_mut().filter(|s| article(s) && s.heading.trim().is_empty()) {
            let [task] = &s.tasks[..] else { continue };
            let t = task.text.trim();
            let title = t.ends_with('.')
                && !s.children.is_empty()
                && !t.split_whitespace().any(|w| w == "này")
                && !colon_outside_brackets(t)
                && !t.trim_end_matches('.').contains(". ")
                && t.split_whitespace().nth(ARTICLE_TITLE_WORDS).is_none();
            if title {
                s.heading = strip_markers(t);
                s.tasks.clear();
            }
        }
    }
    for s in sections {
        titles_read_as_statements(&mut s.children);
    }
}

/// Each section's path: the labels from the root. A section with a title but no number
/// (a group of a table's rows, "LĨNH VỰC KINH TẾ" over them; a form's title in an
/// attachment) is named by its title's first words. A name a sibling already took, a
/// title or a label the author repeats, gets " (2)", " (3)" …, so that no two sections
/// share a path (comparison and its reports find sections by path).
fn fill_paths(sections: &mut [Section], parent: &[String]) {
    const NAME_WORDS: usize = 8;
    // The names taken, and for each name repeated the next suffix to try: a text of ten
    // thousand "*" headings side by side is named in one pass, not by asking every name
    // before it again for each suffix.
    let mut taken: HashSet<String> = HashSet::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for s in sections {
        let named = s.named_by_heading();
        let mut name = if named {
            let words: Vec<&str> = s.heading.split_whitespace().collect();
            if words.len() > NAME_WORDS { format!("{}…", words[..NAME_WORDS].join(" ")) } else { words.join(" ") }
        } else {
            s.label.clone()
        };
        if taken.contains(&name) {
            let k = next_suffix.entry(name.clone()).or_insert(2);
            let base = name.clone();
            loop {
                name = format!("{base} ({k})");
                *k += 1;
                if !taken.contains(&name) {
                    break;
                }
            }
        }
        taken.insert(name.clone());
        let mut p = parent.to_vec();
        p.push(name);
        s.path = p.clone();
        fill_paths(&mut s.children, &p);
    }
}

/// Where a new numbered section goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// After its previous sibling (or first of its list).
    Next,
    /// Inside the open item of the same kind: a list starting again at 1 within it, under
    /// the innermost open section (a list inside item "a." of item "7." goes under "a.").
    Nested,
    /// After the open section at this depth of the stack, closing it and all inside it: the
    /// label continues that section's sequence from further out ("c)" … "* …" … "d)";
    /// "a." … "1." "2." … "b.").
    After(usize),
    /// After the last item of a closed section that unnumbered headings interrupted: close
    /// the stack down to this depth, move the headings (from the section's place in its
    /// list on) into that item, where they were written, and open the section again.
    Reopen(usize, usize),
}

#[derive(Default)]
struct Builder {
    /// Finished top-level sections.
    roots: Vec<Section>,
    /// The open sections, outermost first.
    stack: Vec<Section>,
    /// Part headings still being collected (capitals lines after "Phần I").
    collecting_heading: bool,
    /// The parts met inside the body: tables, the headers and signature captions of forms.
    parts: Vec<Part>,
    /// The paragraph before was a form's header (the national motto): the heading after it
    /// is the form's title, never the end of the heading before ("TÊN CƠ QUAN" / motto /
    /// "TỜ KHAI").
    after_form_header: bool,
}

impl Builder {
    fn open_body(&mut self, paras: &[&Para]) {
        let mut s = body_section(paras[0].lines);
        for p in paras {
            add_tasks(&mut s, p, 0);
        }
        self.roots.push(s);
    }

    /// The previous sibling a new section with this label would follow, as (is it open on
    /// the stack, its ordinal): the innermost open section of the same kind and depth, or
    /// else the last such child of the section the new one would join.
    fn last_sibling(&self, l: &Label) -> Option<(bool, u32)> {
        let rank = label_rank(l.kind, &l.text);
        let same = |s: &Section| s.kind == l.kind && s.rank() == rank;
        // Skip what the new section would close (deeper sections).
        let top = self.stack.iter().rposition(|s| s.rank() <= rank);
        if let Some(t) = top
            && same(&self.stack[t])
        {
            return Some((true, ordinal_of(&self.stack[t])));
        }
        let siblings = match top {
            Some(t) => &self.stack[t].children,
            None => &self.roots,
        };
        siblings.iter().rev().find(|s| same(s)).map(|s| (false, ordinal_of(s)))
    }

    /// The open decimal item of this label's rank belongs to another parent ("1.3" open,
    /// "2.1" met).
    fn open_decimal_of_another(&self, l: &Label) -> bool {
        let rank = label_rank(l.kind, &l.text);
        fn parent(t: &str) -> Option<&str> {
            t.trim_end_matches('.').rsplit_once('.').map(|(p, _)| p)
        }
        self.stack
            .iter()
            .rev()
            .find(|s| s.rank() <= rank)
            .is_some_and(|s| s.kind == LabelKind::Decimal && s.rank() == rank && parent(&s.label) != parent(&l.text))
    }

    /// Is this label a plausible next item here? Items must start a list low (1, a, I)
    /// or continue the current one with a small skip (II then IV; b then d): a label that
    /// breaks its sequence is text. A label repeated by the author's slip ("b)" then "b)")
    /// stays text too, so that siblings are always in order. A list that starts again at 1 under an open item is a
    /// list inside that item (`Place::Nested`).
    fn place(&self, l: &Label, text: &str, next: Option<&str>) -> Option<Place> {
        if self.repeats_a_heading(l, text) {
            return Some(Place::Next);
        }
        if self.star_under_named_item(l) {
            return Some(Place::Nested);
        }
        if let Some(j) = self.after_named_item(l) {
            return Some(Place::After(j));
        }
        // A list interrupted by an unnumbered heading (a form inside one of its items) goes
        // on after it.
        let off_sequence = self.last_sibling(l).is_none_or(|(_, prev)| !follows_exactly(l.kind, prev, l.ordinal));
        if (off_sequence || self.sheet_again(next))
            && let Some(place) = self.beyond_heading(l, next)
        {
            return Some(place);
        }
        let here = self.place_here(l);
        if here == Some(Place::Nested) {
            return here;
        }
        if here == Some(Place::Next)
            && let Some((open, prev)) = self.last_sibling(l)
        {
            // "4." after a list "1." "2." nested in an open item "3." (an amended article
            // quoted inside item 3): the item it follows exactly, not the one it would skip
            // numbers in.
            // So when the quoted list has closed its quotation ("3. Sở Tài chính thẩm định
            // … theo quy định.”" / "4. Sửa đổi …"), though "4." follows its "3." too.
            if open
                && (!follows_exactly(l.kind, prev, l.ordinal) || self.quotation_closed())
                && let Some(j) = self.outer_exact(l)
            {
                return Some(Place::After(j));
            }
            return here;
        }
        // Not the next of a sibling at this depth (a list's first item, or a label that
        // breaks the sequence here): the next item of an open section further out, when
        // there is one.
        self.open_predecessor(l).or_else(|| self.after_star(l)).map(Place::After).or(here)
    }

    /// A Roman heading whose number repeats its previous sibling's by the author's slip ("III.
    /// LỘ TRÌNH THỰC HIỆN" … "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"): a heading in capitals is
    /// a heading whatever its number, kept as written (and `check` reports the repeat).
    /// So is an article's "Điều N." with its title repeating the number of the article
    /// before ("Điều 3. Tổ chức thực hiện" … "Điều 3. Hiệu lực và trách nhiệm thi hành"):
    /// an article is never a sentence's words.
    /// Any other repeated label stays text.
    fn repeats_a_heading(&self, l: &Label, text: &str) -> bool {
        // A note in brackets after the heading may be in sentence case ("… CHỦ YẾU (chi tiết
        // Phụ lục đính kèm)").
        let rest = text[l.rest..].split('(').next().unwrap_or("").trim();
        let titled = match l.kind {
            LabelKind::Roman => is_caps(rest),
            LabelKind::Article => rest.starts_with(char::is_uppercase),
            _ => false,
        };
        titled
            && rest.split_whitespace().nth(1).is_some()
            && self.last_sibling(l).is_some_and(|(_, prev)| prev == l.ordinal)
    }

    /// Items numbered on through their groups ("I. …" 1. … 12. / "II. …" 13. …): the first
    /// item of a group follows the last item of the same kind in the group before. Only
    /// numbered items in headed groups: an article's clauses start again at 1 (Nghị định
    /// 30/2020), so "5." after "Điều 3." is not the article's.
    fn numbered_on(&self, l: &Label) -> bool {
        if l.kind != LabelKind::Arabic {
            return false;
        }
        let rank = label_rank(l.kind, &l.text);
        let Some(t) = self.stack.iter().rposition(|s| s.rank() < rank) else { return false };
        let group = &self.stack[t];
        if !matches!(group.kind, LabelKind::Roman | LabelKind::Capital | LabelKind::Part | LabelKind::Chapter) {
            return false;
        }
        let before = match t {
            0 => &self.roots,
            _ => &self.stack[t - 1].children,
        };
        let Some(prev_group) = before.last().filter(|g| g.kind == group.kind && g.rank() == group.rank()) else {
            return false;
        };
        let same = |s: &&Section| s.kind == l.kind && s.rank() == rank;
        prev_group.children.iter().rev().find(same).is_some_and(|s| {
            let prev = ordinal_of(s);
            l.ordinal > prev && l.ordinal <= prev + 3
        })
    }

    /// Does the innermost open section's text end with a closing quotation mark ("… theo
    /// quy định.”", "”." or "”;")? Then the amended text it quoted is over.
    fn quotation_closed(&self) -> bool {
        self.stack.last().is_some_and(|s| {
            let last = s.tasks.last().map_or(s.heading.as_str(), |t| t.text.as_str());
            last.trim_end().trim_end_matches(['.', ';', ',']).ends_with(['”', '"'])
        })
    }

    /// An open section further out than the innermost one of the label's kind and depth,
    /// which the label follows exactly (its ordinal + 1).
    fn outer_exact(&self, l: &Label) -> Option<usize> {
        let rank = label_rank(l.kind, &l.text);
        let mut same = self.stack.iter().enumerate().rev().filter(|(_, s)| s.kind == l.kind && s.rank() == rank);
        same.next()?;
        same.find(|(_, s)| follows_exactly(l.kind, ordinal_of(s), l.ordinal)).map(|(j, _)| j)
    }

    /// A letter item that only names what follows (a heading, as `is_heading` tells) holds
    /// the "*" headings after it: "c) Thành phần, số lượng hồ sơ" / "* Thành phần hồ sơ:" /
    /// "* Số lượng hồ sơ" / "d) …" (a procedure's fields, as the national database prints
    /// them).
    fn star_under_named_item(&self, l: &Label) -> bool {
        l.kind == LabelKind::Star
            && self.stack.last().is_some_and(|s| {
                s.kind == LabelKind::Letter && !s.heading.is_empty() && s.tasks.is_empty() && s.children.is_empty()
            })
    }

    /// The next letter after such an item, its "*" headings open: it closes them and the
    /// item ("d) Thời hạn giải quyết: …" after "c)" / "* …" / "* …").
    fn after_named_item(&self, l: &Label) -> Option<usize> {
        if l.kind != LabelKind::Letter || self.stack.last()?.kind != LabelKind::Star {
            return None;
        }
        let j = self.stack.iter().rposition(|s| s.kind != LabelKind::Star)?;
        let item = &self.stack[j];
        let prev = ordinal_of(item);
        (item.kind == LabelKind::Letter && !item.heading.is_empty() && l.ordinal > prev && l.ordinal <= prev + 3)
            .then_some(j)
    }

    /// A "*" heading between the items of a list of a higher rank ("c) Thành phần hồ sơ" /
    /// "* Thành phần …" / "* Số lượng …" / "d) Thời hạn …"): it took the place of the list's
    /// item, and the next item closes it. Only while the "*" holds no item of the list
    /// itself ("* Nhiệm vụ:" / "a) …" / "b) …" is a list inside the "*").
    fn after_star(&self, l: &Label) -> Option<usize> {
        let rank = label_rank(l.kind, &l.text);
        let t = self.stack.len().checked_sub(1)?;
        let star = &self.stack[t];
        let same = |s: &Section| s.kind == l.kind && s.rank() == rank;
        if star.kind != LabelKind::Star || star.rank() >= rank || star.children.iter().any(same) {
            return None;
        }
        let siblings = match t {
            0 => &self.roots,
            _ => &self.stack[t - 1].children,
        };
        let prev = ordinal_of(siblings.iter().rev().find(|s| same(s))?);
        (l.ordinal > prev && l.ordinal <= prev + 3).then_some(t)
    }

    /// The innermost open section that a section with this label would follow: same kind
    /// and depth, and the label continues its sequence (past open sections of the kind
    /// whose sequence it does not continue: a list nested in an item). An item of a list of a lower rank
    /// can hold a list of a higher one ("a." holding "1.", "2."; "c)" holding "* …"), and
    /// the next item of the outer list then closes them.
    fn open_predecessor(&self, l: &Label) -> Option<usize> {
        if !matches!(l.kind, LabelKind::Arabic | LabelKind::Letter | LabelKind::Decimal | LabelKind::Roman) {
            return None;
        }
        let rank = label_rank(l.kind, &l.text);
        self.stack.iter().rposition(|s| {
            s.kind == l.kind && s.rank() == rank && l.ordinal > ordinal_of(s) && l.ordinal <= ordinal_of(s) + 3
        })
    }

    fn place_here(&self, l: &Label) -> Option<Place> {
        match l.kind {
            LabelKind::Arabic
            | LabelKind::Letter
            | LabelKind::Decimal
            | LabelKind::Roman
            | LabelKind::Article
            | LabelKind::Chapter
            | LabelKind::Part
            | LabelKind::Division => match self.last_sibling(l) {
                Some((_, prev)) if l.ordinal > prev && l.ordinal <= prev + 3 => Some(Place::Next),
                // An article further on than three, after a lost page or in an excerpt ("Điều
                // 1." … "Điều 6."): an article is never a sentence's words (quoted ones open
                // with their quote).
                Some((_, prev)) if l.kind == LabelKind::Article && l.ordinal > prev => Some(Place::Next),
                // "2.1" after "1.3": the decimal's parent is in its label, and it is not
                // "1.3"; a list starting again at 1 inside the open item is another kind's.
                Some((true, _))
                    if l.kind == LabelKind::Decimal && l.ordinal == 1 && self.open_decimal_of_another(l) =>
                {
                    Some(Place::Next)
                }
                Some((true, _)) if l.ordinal == 1 => Some(Place::Nested),
                Some(_) => None,
                None => (l.ordinal <= 3
                    || l.kind == LabelKind::Article
                    || self.numbered_on(l)
                    || self.quoted_by_open_item(l))
                .then_some(Place::Next),
            },
            _ => Some(Place::Next),
        }
    }

    /// An amending item that names the point or clause it rewrites and quotes it ("1. Sửa
    /// đổi điểm đ khoản 7 Điều 2 như sau:" / "đ) Trạm y tế …"): the quoted label starts
    /// its list where the text says, not at "a)". Only when the innermost open section's
    /// last words (its last task, or its heading) end with ":" and name this very label.
    fn quoted_by_open_item(&self, l: &Label) -> bool {
        let word = match l.kind {
            LabelKind::Letter => "điểm",
            LabelKind::Arabic => "khoản",
            _ => return false,
        };
        let Some(s) = self.stack.last() else { return false };
        let text = s.tasks.last().map_or(s.heading.as_str(), |t| t.text.as_str()).trim_end();
        // The amending sentence's end is enough, and keeps a long paragraph from being
        // searched again at every label.
        let text = &text[text.ceil_char_boundary(text.len().saturating_sub(400))..];
        text.ends_with(':')
            && text.match_indices(word).any(|(i, _)| {
                let after = text[i + word.len()..].trim_start();
                after.strip_prefix(l.text.as_str()).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            })
    }

    /// Closes every open section.
    fn close_all(&mut self) {
        while let Some(s) = self.stack.pop() {
            self.attach(s);
        }
    }

    /// Closes the sections a new section of this rank ends: deeper ones, and the innermost
    /// open one of the same rank (its previous sibling).
    fn close_for(&mut self, rank: u8) {
        while self.stack.last().is_some_and(|s| s.rank() > rank) {
            let s = self.stack.pop().unwrap();
            self.attach(s);
        }
        if self.stack.last().is_some_and(|s| s.rank() == rank) {
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

    /// Places a table's rows in the open section: the heading row names its columns, a
    /// group row opens a group of the table's own (a section under the one the table sits
    /// in; a Roman group under the capital one open) holding the rows after it, a numbered
    /// row ([`Row::number`]) is an item of its number holding the row, and each other row is
    /// a task.
    fn place_rows(&mut self, rows: Vec<Row>, cells: &[&Para]) {
        self.place_rows_in_current(rows);
        self.parts.push(Part { kind: PartKind::Table, lines: cells[0].lines.cover(cells[cells.len() - 1].lines) });
    }

    fn place_rows_in_current(&mut self, rows: Vec<Row>) {
        let s = self.current();
        if s.lines == LineRange::default()
            && let Some(r) = rows.first()
        {
            s.lines = r.task.lines;
        }
        let (mut capital_open, mut roman_open) = (false, false);
        for row in rows {
            s.lines = s.lines.cover(row.task.lines);
            // The heading row names the columns of the section's table; a second
            // table's heading row in the same section stays a row (no text is lost).
            if let Some(names) = row.columns
                && s.columns.is_empty()
            {
                s.columns = names;
                continue;
            }
            let t = row.task;
            match row.group {
                Some((kind, label)) => {
                    let g = table_section(kind, label, t.text, vec![], t.lines);
                    // A capital letter's group, or a title over all the rows.
                    if matches!(kind, LabelKind::Capital | LabelKind::Body) {
                        (capital_open, roman_open) = (true, false);
                        s.children.push(g);
                    } else {
                        roman_open = true;
                        let parent = match s.children.last_mut() {
                            Some(c) if capital_open => {
                                c.lines = c.lines.cover(g.lines);
                                c
                            }
                            _ => &mut *s,
                        };
                        parent.children.push(g);
                    }
                }
                None => {
                    let depth = usize::from(capital_open) + usize::from(roman_open);
                    let g = open_group(s, depth, t.lines);
                    match row.number {
                        // A numbered row is an item holding the row: "1.2" or "a" under the
                        // row "1" before it, as in a programme written as text.
                        Some((kind, label)) => {
                            let lines = t.lines;
                            let item = table_section(kind, label, String::new(), vec![t], lines);
                            let under = g.children.last_mut().filter(|c| {
                                c.kind == LabelKind::Arabic
                                    && c.heading.is_empty()
                                    && match kind {
                                        LabelKind::Decimal => item.label.starts_with(&format!("{}.", c.label)),
                                        LabelKind::Letter => true,
                                        _ => false,
                                    }
                            });
                            match under {
                                Some(parent) => {
                                    parent.lines = parent.lines.cover(lines);
                                    parent.children.push(item);
                                }
                                None => g.children.push(item),
                            }
                        }
                        None => add_task(&mut g.tasks, t),
                    }
                }
            }
        }
    }

    fn build(&mut self, paras: &[&Para]) {
        let mut skip_to = 0;
        let mut cell_runs = CellRuns::new(paras);
        for (i, p) in paras.iter().enumerate() {
            if i < skip_to {
                continue;
            }
            // A table written one row to a line: its rows are known.
            if p.cell.is_some() {
                let end = i + paras[i..].iter().take_while(|q| q.cell.is_some()).count();
                self.place_rows(tab_rows(&paras[i..end]), &paras[i..end]);
                skip_to = end;
                continue;
            }
            let cells = if is_table_start(&p.text) {
                self.table_end(paras, i) - i
            } else if is_step_table_start(&p.text)
                || step_number(&p.text).is_some_and(|(n, rest)| n == 1 && rest.is_empty())
            {
                step_table_len(&paras[i..])
            } else {
                // A title in capitals over a table's "STT" ("DANH MỤC THỦ TỤC HÀNH CHÍNH" /
                // "MỚI BAN HÀNH (02 TTHC)" / "TT" / …) is the table's heading, not its first
                // cells.
                let run = cell_runs.at(i);
                let titles = || {
                    is_unnumbered_heading(&p.text)
                        && paras[i + 1..]
                            .iter()
                            .take(3)
                            .find(|n| is_table_start(&n.text) || !is_unnumbered_heading(&n.text))
                            .is_some_and(|n| is_table_start(&n.text))
                };
                // So is the unit of its figures ("Đơn vị tính: Nghìn đồng/người học/tháng.").
                if run > 0 && (titles() || super::repair::is_unit_line(&p.text)) { 0 } else { run }
            };
            if cells > 0 {
                // A table extracted one cell per line: each row becomes one task.
                let end = i + cells;
                self.place_rows(table_rows(&paras[i..end]), &paras[i..end]);
                skip_to = end;
                continue;
            }
            // A group's number alone, outside a table that was recognised, goes with the
            // group's title after it ("II" / "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), and a sub-row's
            // letter with its row ("a" / "Chi đầu tư XDCB vốn trong nước 1.174.540 …").
            let joined;
            let p = match paras.get(i + 1) {
                Some(next)
                    if (is_group_number(&p.text)
                        || is_group_letter(&p.text) && is_caps(&next.text)
                        || is_sub_row_letter(&p.text) && !repair::is_lone_letter(&next.text))
                        && parse_label(&next.text).is_none()
                        && !is_group_number(&next.text)
                        && !is_table_start(&next.text)
                        && cell_runs.at(i + 1) == 0 =>
                {
                    let mut both = (*p).clone();
                    join_para(&mut both, next);
                    joined = both;
                    skip_to = i + 2;
                    &joined
                }
                _ => *p,
            };
            let label = parse_label(&p.text).and_then(|l| {
                self.place(&l, &p.text, paras.get(skip_to.max(i + 1)).map(|n| n.text.as_str())).map(|place| (l, place))
            });
            let Some((l, place)) = label else {
                if is_caption(paras, i) {
                    continue;
                }
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
                // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc": a form's
                // header in an attachment, like the document's own; no heading, no task.
                if meta::is_form_motto(&p.text) {
                    self.parts.push(Part { kind: PartKind::Header, lines: p.lines });
                    self.after_form_header = true;
                    continue;
                }
                let after_form_header = std::mem::take(&mut self.after_form_header);
                // "NGƯỜI LÀM ĐƠN (Ký, ghi rõ họ tên)": where a form in an attachment is signed,
                // a part of the form like a document's signature, not a task.
                if is_signature_caption(&p.text) {
                    self.parts.push(Part { kind: PartKind::Signature, lines: p.lines });
                    continue;
                }
                if is_unnumbered_heading(&p.text) {
                    // A heading in capitals without a number ("NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN",
                    // "QUY TRÌNH"): an unnumbered section that holds what follows. Right after
                    // another, with nothing between, it is the same heading wrapped ("ĐƠN ĐĂNG
                    // KÝ … DI CHUYỂN" / "ĐẾN ĐIỂM BỐ TRÍ ỔN ĐỊNH DÂN CƯ……").
                    // Not a number's line ("1 KÝ HIỆU QUY TRÌNH", "I THU NỘI ĐỊA", "B BỘI CHI …"), and not the
                    // motto beside a form's issuer ("TÊN CƠ QUAN" | "CỘNG HÒA XÃ HỘI …").
                    let first = p.text.split_whitespace().next().unwrap_or("");
                    let continues = roman_value(first).is_none()
                        && !is_group_letter(first)
                        && !first.starts_with(|c: char| c.is_ascii_digit())
                        && !p.text.starts_with("CỘNG H");
                    if let Some(open) = self.stack.last_mut().filter(|s| {
                        continues
                            && !after_form_header
                            && s.kind == LabelKind::Body
                            && s.heading.starts_with(|c: char| !c.is_ascii_digit())
                            && s.tasks.is_empty()
                            && s.children.is_empty()
                    }) {
                        open.heading.push(' ');
                        open.heading.push_str(&strip_markers(&p.text));
                        open.lines = open.lines.cover(p.lines);
                        continue;
                    }
                    // A heading broken after a comma ("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ," /
                    // "CÔNG CHỨC, VIÊN CHỨC …"): its first line, right before, was read as a task.
                    let mut heading = strip_markers(&p.text);
                    let mut lines = p.lines;
                    if continues
                        && i > 0
                        && let Some(last) = self.stack.last_mut()
                        && let Some(t) = last.tasks.last()
                        && t.lines == paras[i - 1].lines
                        && t.text.ends_with(',')
                        && is_unnumbered_heading(t.text.trim_end_matches(','))
                    {
                        let t = last.tasks.pop().expect("a task");
                        heading = format!("{} {heading}", t.text);
                        lines = t.lines.cover(lines);
                    }
                    match self.sheet_holder() {
                        Some(j) => {
                            while self.stack.len() > j + 1 {
                                let s = self.stack.pop().unwrap();
                                self.attach(s);
                            }
                        }
                        None => self.close_all(),
                    }
                    let mut s = body_section(lines);
                    s.heading = heading;
                    self.stack.push(s);
                    continue;
                }
                let s = self.current();
                // A number or a mark alone (a score, amount or "x" cell of a table read as text) belongs to
                // the task before it, never a task of its own.
                let lone_number = is_number_cell(&p.text) || matches!(p.text.trim(), "x" | "X" | "✓" | "✔");
                // So does a note pointing to the attachment that details it: "Công bố kèm theo
                // Quyết định này Danh mục …" / "(Chi tiết theo Phụ lục đính kèm)".
                if (lone_number || is_detail_note(&p.text))
                    && let Some(last) = s.tasks.last_mut()
                {
                    last.text.push(' ');
                    // (The note's "*" mark is not its text.)
                    last.text.push_str(p.text.trim().trim_start_matches('*').trim_start());
                    last.lines = last.lines.cover(p.lines);
                    s.lines = s.lines.cover(p.lines);
                    continue;
                }
                if s.lines == LineRange::default() {
                    s.lines = p.lines;
                }
                add_tasks(s, p, 0);
                continue;
            };
            (self.collecting_heading, self.after_form_header) = (false, false);
            if self.stack.first().is_some_and(|s| s.kind == LabelKind::Body && s.heading.is_empty()) {
                self.close_all();
            }
            let rank = label_rank(l.kind, &l.text);
            match place {
                Place::Next => self.close_for(rank),
                // Under the open item of the same rank: close only what is deeper.
                Place::Nested => {}
                Place::After(j) => {
                    while self.stack.len() > j {
                        let s = self.stack.pop().unwrap();
                        self.attach(s);
                    }
                }
                Place::Reopen(j, c) => {
                    while self.stack.len() > j {
                        let s = self.stack.pop().unwrap();
                        self.attach(s);
                    }
                    let siblings = match self.stack.last_mut() {
                        Some(parent) => &mut parent.children,
                        None => &mut self.roots,
                    };
                    let headings: Vec<Section> = siblings.drain(c + 1..).collect();
                    let mut section = siblings.pop().expect("the section to reopen");
                    let item = section.children.last_mut().expect("its last item");
                    for h in headings {
                        item.lines = item.lines.cover(h.lines);
                        item.children.push(h);
                    }
                    section.lines = section.lines.cover(item.lines);
                    self.stack.push(section);
                }
            }
            let rest = p.text[l.rest..].trim();
            // The next paragraph's label, read once for the two questions below.
            let next_label = paras.get(i + 1).map(|n| parse_label(&n.text));
            // A letter item's "*" headings are its own (see `star_under_named_item`).
            let next_is_text = next_label.as_ref().is_some_and(|nl| {
                nl.as_ref().is_none_or(|nl| {
                    label_rank(nl.kind, &nl.text) > rank || l.kind == LabelKind::Letter && nl.kind == LabelKind::Star
                })
            });
            let mut s = Section {
                label: l.text.clone(),
                kind: l.kind,
                path: vec![],
                heading: String::new(),
                columns: vec![],
                tasks: vec![],
                children: vec![],
                lines: p.lines,
            };
            match l.kind {
                LabelKind::Part | LabelKind::Chapter | LabelKind::Division => {
                    s.heading = strip_markers(rest);
                    self.collecting_heading = true;
                }
                LabelKind::Capital | LabelKind::Roman | LabelKind::Star => s.heading = strip_markers(rest),
                _ => {
                    // Numbered items (not "*" headings) come next, under this one.
                    let over_items = next_label
                        .as_ref()
                        .and_then(Option::as_ref)
                        .is_some_and(|nl| nl.kind != LabelKind::Star && label_rank(nl.kind, &nl.text) > rank);
                    // A title closed with a full stop ("Điều 2. Tổ chức thực hiện." / "1. Sở
                    // …"): a heading over numbered items, in an article (in a programme, "2.
                    // Thu ngân sách nhà nước." over "a) Thu thuế đất." is a task with its parts).
                    let titled_over_items = || {
                        over_items
                            && is_stopped_title(rest, p, l.rest)
                            && (l.kind == LabelKind::Article || self.stack.iter().any(|s| s.kind == LabelKind::Article))
                    };
                    // A title, however long, over its numbered clauses or points ("Điều 12.
                    // Đăng ký biến động đối với trường hợp thành viên của hộ gia đình … của
                    // doanh nghiệp" / "a) Thời gian thực hiện: …", "1. Phân cấp thẩm quyền
                    // quyết định … (trừ trường hợp quy định tại khoản 1 Điều 10 Nghị định số
                    // 77/2025/NĐ-CP)" / "a) …"): no stop ends it (regression: a clause's title
                    // longer than 24 words was a task, its twin shorter one a heading).
                    // Under an item other than an article, the next label must open a list
                    // ("a)", "1.1."): a "b." after it continues a list outside it.
                    let opens_list = next_label.as_ref().and_then(Option::as_ref).is_some_and(|nl| nl.ordinal <= 1);
                    let long_title = || {
                        over_items
                            && (l.kind == LabelKind::Article || opens_list)
                            && !rest.ends_with([';', ',', ':'])
                            && !repair::ends_sentence(rest)
                            && !rest.contains(". ")
                            && rest
                                .split_whitespace()
                                .nth(if l.kind == LabelKind::Article { ARTICLE_TITLE_WORDS } else { 60 })
                                .is_none()
                    };
                    // What follows the item: a paragraph of its own, eight words or more,
                    // lets a long title be a heading; a few words after it are more likely
                    // its own last line cut off ("… chuyên mục Hỏi -" / "Đáp/Phản ánh kiến
                    // nghị.", "… của UBND tỉnh" / "Quảng Bình;") or a table's column names.
                    // So does a heading in capitals with no label of its own, or only a
                    // number without a stop (an internal process's table: "2. Thủ tục sửa
                    // đổi, bổ sung/cấp lại giấy chứng nhận … xuất bản" over "1" / "KÝ HIỆU
                    // QUY TRÌNH"; regression: at 26 words it was a task, its 23-word twin
                    // before it a heading).
                    let numbered_caps = || {
                        let Some(n) = paras.get(i + 1).map(|n| n.text.trim()) else { return false };
                        let unnumbered = n.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
                        let heading = match unnumbered {
                            "" if !n.is_empty() => paras.get(i + 2).map_or("", |h| h.text.trim()),
                            _ if unnumbered.len() < n.len() => unnumbered,
                            _ => "",
                        };
                        matches!(next_label, Some(None))
                            && heading.starts_with(char::is_alphabetic)
                            && is_caps(heading)
                            && heading.split_whitespace().nth(8).is_none()
                    };
                    let body_after = || {
                        paras.get(i + 1).is_some_and(|n| n.text.split_whitespace().nth(8).is_some()) || numbered_caps()
                    };
                    // An item's title over its table ("1. Thủ tục Công bố dự án đầu tư …" /
                    // "Thứ tự công việc" / …, "6. Quản lý sử dụng, phí thu được" / "STT"):
                    // the table's rows are the item's tasks, the title its heading.
                    let over_table = || {
                        paras.get(i + 1).is_some_and(|n| is_table_start(&n.text) || is_step_table_start(&n.text))
                            && !rest.ends_with([';', ',', ':'])
                            && !repair::ends_sentence(rest)
                            && rest.split_whitespace().nth(60).is_none()
                    };
                    // A short title closed with a full stop over a paragraph of its own, in an
                    // article ("5. Sở Tài chính." / "Căn cứ khả năng cân đối ngân sách …", "1.
                    // Phạm vi điều chỉnh." / "Quyết định này quy định …"): a heading, as its
                    // twins over numbered points are (regression: Nghệ An's "Sở Tài chính."
                    // was a task beside the headings "Công an tỉnh.", "Sở Khoa học và Công
                    // nghệ.", and was reported dropped).
                    let titled_over_body = || {
                        matches!(next_label, Some(None))
                            && body_after()
                            && rest.split_whitespace().nth(STOPPED_TITLE_OVER_BODY).is_none()
                            && is_stopped_title(rest, p, l.rest)
                            && (l.kind == LabelKind::Article || self.stack.iter().any(|s| s.kind == LabelKind::Article))
                    };
                    if is_heading(rest, p, l.rest, body_after) && next_is_text
                        || is_blank_field(rest)
                        || titled_over_items()
                        || titled_over_body()
                        || long_title()
                        || over_table()
                    {
                        s.heading = strip_markers(rest);
                    } else {
                        add_tasks(&mut s, p, l.rest);
                    }
                }
            }
            self.stack.push(s);
        }
    }

    /// The sections built, and the parts met inside them (tables, form signatures).
    fn finish(mut self) -> (Vec<Section>, Vec<Part>) {
        self.close_all();
        self.roots.retain(|s| {
            !(s.kind == LabelKind::Body && s.heading.is_empty() && s.tasks.is_empty() && s.children.is_empty())
        });
        (self.roots, self.parts)
    }
}

impl Builder {
    /// Does paragraph `k` open the next part of a procedure's sheet: its number without a
    /// dot, alone or before its heading in capitals ("3" / "BIỂU MẪU" after the table of
    /// steps), where the part before it ("2 NỘI DUNG QUY TRÌNH") is open?
    fn sheet_next(&self, paras: &[&Para], k: usize) -> bool {
        let t = paras[k].text.trim();
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&d) {
            return false;
        }
        let heading = match &t[d..] {
            "" => paras.get(k + 1).map(|p| p.text.trim()),
            rest if rest.starts_with(' ') => Some(rest.trim_start()),
            _ => None,
        };
        let n: u32 = t[..d].parse().unwrap_or(0);
        let before = format!("{} ", n.saturating_sub(1));
        n >= 2
            && heading.is_some_and(is_unnumbered_heading)
            && self.stack.iter().any(|s| s.kind == LabelKind::Body && s.heading.starts_with(&before))
    }

    /// A short lead-in over a list of sentences after a table ("Trong đó:" / "a. Định mức
    /// phân bổ chi khác … thuộc Thành phố."): the table's notes, not its cells. Three words
    /// at most before the colon, and a first letter or number over a sentence of twelve
    /// words or more (a cell's own list under its lead-in, "Lưu ý:" / "- …", has bullets).
    fn lead_in_over_list(&self, paras: &[&Para], k: usize) -> bool {
        let t = paras[k].text.trim();
        t.ends_with(':')
            && t.split_whitespace().nth(3).is_none()
            && paras.get(k + 1).is_some_and(|n| {
                parse_label(&n.text).is_some_and(|l| {
                    matches!(l.kind, LabelKind::Letter | LabelKind::Arabic)
                        && l.ordinal == 1
                        && n.text[l.rest..].split_whitespace().nth(11).is_some()
                })
            })
    }

    /// Where a table that starts at `start` ends: before the next attachment title, or
    /// before a numbered item with its text that is the next sibling of a section the table
    /// sits in ("2. Danh mục thủ tục bị bãi bỏ" after a table under "1. Danh mục …"; a row
    /// number is a bare number, or a label whose sequence is the table's own), or at the end.
    fn table_end(&self, paras: &[&Para], start: usize) -> usize {
        // Label kinds the table's own cells use ("a)" … "đ)" under a section "d)"): a label
        // of such a kind is the table's, whatever the sections around it.
        // A label that neither starts nor continues the cells' own list of its kind ("2.
        // Miễn nhiệm …" after a cell's "1." "2.") is not theirs.
        let mut own: Vec<(LabelKind, u32)> = Vec::new();
        (start + 1..paras.len())
            .find(|&k| {
                let t = paras[k].text.trim();
                // Besides a next part's title or a recipients list, a table ends at a note
                // under it ("Lưu ý: Phần chữ in nghiêng là …"), after the part's closing mark
                // ("Tổng số: 02 TTHC./."), and at a title in capitals over an attachment's
                // "(Kèm theo …)" line ("QUY TRÌNH NỘI BỘ, LIÊN THÔNG …" / "(Kèm theo Quyết
                // định …)").
                if t.starts_with("PHỤ LỤC")
                    || is_attachment_note(t)
                    || meta::is_recipients(t)
                    || self.sheet_next(paras, k)
                    || is_note(t)
                    || self.lead_in_over_list(paras, k)
                    || paras[k - 1].text.trim_end().ends_with("./.")
                    || is_caps(t) && paras.get(k + 1).is_some_and(|n| is_attachment_note(n.text.trim()))
                {
                    return true;
                }
                let Some(l) = parse_label(t) else { return false };
                // A later part's heading with its title ("PHẦN II. NỘI DUNG PHƯƠNG ÁN …") ends
                // the table even when the part before it has no section of its own (its
                // heading read into the attachment's title, "PHỤ LỤC" / "PHẦN I. DANH MỤC …"):
                // parts are a document's outermost division, never a table's cells.
                if l.kind == LabelKind::Part && l.ordinal >= 2 && l.rest < t.len() {
                    return true;
                }
                let owned = own.iter().position(|&(kind, _)| kind == l.kind);
                // An item's title over a new table's heading ("2. Danh mục thủ tục hành chính bị
                // bãi bỏ" / "STT" / …) is the open list's, even when the table's own rows were
                // numbered the same way ("1." / "1.012507.H05" / …).
                let titles_table = l.rest < t.len() && paras.get(k + 1).is_some_and(|n| is_table_start(n.text.trim()));
                let theirs = !titles_table
                    && owned.is_some_and(|j| l.ordinal <= 1 || follows_exactly(l.kind, own[j].1, l.ordinal));
                let next_sibling = l.rest < t.len()
                    && !self.stack.is_empty()
                    && !theirs
                    && (self.last_sibling(&l).is_some_and(|(_, prev)| follows_exactly(l.kind, prev, l.ordinal))
                        || self.beyond_heading(&l, paras.get(k + 1).map(|n| n.text.as_str())).is_some());
                match owned {
                    Some(j) => own[j].1 = l.ordinal,
                    None => own.push((l.kind, l.ordinal)),
                }
                next_sibling
            })
            .unwrap_or(paras.len())
    }
}

/// A procedure's caption over its numbered heading, "Quy trình số 02" / "2. Quy trình nội bộ
/// giải quyết TTHC: …": it repeats the heading's number, says nothing of its own, and is
/// left out (it is neither the table's last row above it nor a task).
fn is_caption(paras: &[&Para], k: usize) -> bool {
    let t = paras[k].text.trim();
    t.strip_prefix("Quy trình số").is_some_and(|n| {
        let n = n.trim();
        (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    }) && paras.get(k + 1).is_some_and(|n| parse_label(&n.text).is_some_and(|l| l.rest < n.text.trim_end().len()))
}

/// A note in brackets that sends the reader to an attachment for the details of the task
/// before it: "(Chi tiết theo Phụ lục đính kèm)", "(Có Phụ lục I ban hành kèm theo)",
/// "(Đính kèm Danh mục)", "(Phụ lục 2 đính kèm).". Not an attachment's own note, "(Kèm
/// theo Quyết định số …)", which opens with the word.
fn is_detail_note(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix('*').map_or(t, str::trim_start);
    ["(Chi tiết", "(Có ", "(Đính kèm", "(Phụ lục"].iter().any(|w| t.starts_with(w))
        && ["kèm", "Phụ lục", "phụ lục"].iter().any(|w| t.contains(w))
        && repair::is_closed_note(t.trim_end_matches(['.', ';']))
}

/// A note under a table, "Lưu ý: Phần chữ in nghiêng …", "Ghi chú: Các nội dung …": the
/// word, its colon and the note. Without the colon "Ghi chú" is a column's name; a colon
/// ending the line ("Lưu ý:" / "- Trong các ngôi nhà …") leads a cell's own list.
fn is_note(t: &str) -> bool {
    ["Lưu ý", "Ghi chú", "Chú ý", "Chú thích"].iter().any(|w| {
        t.strip_prefix(w)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .is_some_and(|note| !note.trim().is_empty())
    })
}

impl Builder {
    /// Where a label goes that continues a list an unnumbered heading on the stack
    /// interrupted (a form's title in capitals, "ĐƠN ĐỀ NGHỊ …", inside procedure 3 of a
    /// list opens a section of its own; procedure 4 after the form's table still follows
    /// procedure 3): the stack depth to close down to ([`Place::After`]), so that it follows
    /// its previous sibling. The sibling is an open section below the heading (closed too),
    /// the last child of one (which stays open to hold the label), or, when the heading is
    /// the outermost open section, the last finished top-level section. Only while nothing
    /// under the heading has a label of this kind (a form's own fields "1.", "2." are its),
    /// unless the paragraph after the label (`next`) repeats the heading: the next item
    /// starts the same sheet again. Failing those, a closed section the heading (and
    /// unnumbered headings right before it) followed, whose last item the label follows
    /// and whose list none of those headings' own lists would go on with, opens again
    /// ([`Place::Reopen`]).
    fn beyond_heading(&self, l: &Label, next: Option<&str>) -> Option<Place> {
        let rank = label_rank(l.kind, &l.text);
        let b = self.stack.iter().rposition(|s| s.kind == LabelKind::Body && !s.heading.is_empty())?;
        let own = |s: &Section| s.kind == l.kind && s.rank() == rank;
        let same = |s: &Section| own(s) && follows_exactly(l.kind, ordinal_of(s), l.ordinal);
        let siblings = match b {
            0 => &self.roots,
            _ => &self.stack[b - 1].children,
        };
        // A heading whose own list the label would continue is not one it skips.
        let interrupting = |s: &Section| {
            s.kind == LabelKind::Body
                && !s.heading.is_empty()
                && !s.children.iter().rev().find(|c| own(c)).is_some_and(same)
        };
        // The last item of the label's kind under each open section from the heading in:
        // the open section after it when that is one, or else its last such child. The
        // label continues the heading's own list ("3." after a form's field "2.") when it
        // follows one of them, unless its item starts the same sheet again.
        let last_own = |i: usize| match self.stack.get(i + 1) {
            Some(next) if own(next) => Some(next),
            _ => self.stack[i].children.iter().rev().find(|c| own(c)),
        };
        let again = self.sheet_again(next);
        if !again && (b..self.stack.len()).any(|i| last_own(i).is_some_and(same)) {
            return None;
        }
        let heading_has_own = !again && (b..self.stack.len()).any(|i| last_own(i).is_some());
        for k in (0..b).rev().filter(|_| !heading_has_own) {
            if same(&self.stack[k]) {
                return Some(Place::After(k));
            }
            if self.stack[k].children.last().is_some_and(same) {
                return Some(Place::After(k + 1));
            }
        }
        if b == 0 && !heading_has_own && self.roots.last().is_some_and(same) {
            return Some(Place::After(0));
        }
        // The heading, and unnumbered headings right before it, closed the section whose
        // last item the label follows: a procedure's sheet "1 KÝ HIỆU QUY TRÌNH" / … / "4
        // HỒ SƠ LƯU" in capitals after "B. QUY TRÌNH NỘI BỘ" / "1. Bổ nhiệm …", then "2.
        // Miễn nhiệm …". That section opens again ([`Place::Reopen`]).
        let c = siblings.iter().rposition(|s| !interrupting(s))?;
        siblings[c].children.last().is_some_and(same).then_some(Place::Reopen(b, c))
    }
}

impl Builder {
    /// The open numbered item that holds an unnumbered heading met now, instead of the
    /// heading closing everything: the innermost open item whose previous sibling holds
    /// unnumbered headings of its own (items of one list are laid out alike: each
    /// procedure's sheet "1 KÝ HIỆU QUY TRÌNH" / … under its "N. Thủ tục …").
    fn sheet_holder(&self) -> Option<usize> {
        (0..self.stack.len()).rev().find(|&j| {
            let item = &self.stack[j];
            let list = match j {
                0 => &self.roots,
                _ => &self.stack[j - 1].children,
            };
            item.kind != LabelKind::Body
                && list.last().is_some_and(|prev| {
                    prev.kind == item.kind
                        && prev.rank() == item.rank()
                        && prev.children.iter().any(|c| c.kind == LabelKind::Body && !c.heading.is_empty())
                })
        })
    }

    /// Does the paragraph after a label (`next`) repeat the innermost unnumbered heading
    /// open, or one of the unnumbered headings right before it: the label's item starts
    /// the same sheet again ("3. Công bố …" / "1 KÝ HIỆU QUY TRÌNH")?
    fn sheet_again(&self, next: Option<&str>) -> bool {
        let Some(b) = self.stack.iter().rposition(|s| s.kind == LabelKind::Body && !s.heading.is_empty()) else {
            return false;
        };
        let siblings = match b {
            0 => &self.roots,
            _ => &self.stack[b - 1].children,
        };
        next.map(strip_markers).is_some_and(|n| {
            is_unnumbered_heading(&n)
                && (self.stack[b].heading == n
                    || siblings
                        .iter()
                        .rev()
                        .take_while(|s| s.kind == LabelKind::Body && !s.heading.is_empty())
                        .any(|s| s.heading == n))
        })
    }
}

/// Does paragraph `next`, with no attachment's title of its own, open the next item of a
/// list among `paras` ("6." after a "5.", "Chương III" after a "Chương II")?
fn continues_list(paras: &[&Para], next: &Para) -> bool {
    let Some(l) = parse_label(&next.text) else { return false };
    let rank = label_rank(l.kind, &l.text);
    l.ordinal > 1
        && appendix_title(&[next]).0 == 0
        && paras.iter().filter_map(|p| parse_label(&p.text)).any(|m| {
            m.kind == l.kind && label_rank(m.kind, &m.text) == rank && follows_exactly(l.kind, m.ordinal, l.ordinal)
        })
}

/// Is `n` the ordinal right after `prev` in a list of this kind (letters: in either
/// alphabet, see [`next_letter`])?
fn follows_exactly(kind: LabelKind, prev: u32, n: u32) -> bool {
    match kind {
        LabelKind::Letter => next_letter(prev, n),
        _ => n == prev + 1,
    }
}

/// How many paragraphs a procedure's table of steps takes from its first heading cell: the
/// heading row, then rows that each start at "Bước N" in sequence. A cell may hold its own
/// numbered list ("1. Nộp hồ sơ:" / "2. Kiểm tra …" inside "Bước 1"), so a numbered item
/// ends the table only when no next step follows it; a heading in capitals, an attachment,
/// the recipients or another table of steps always end it. After the last step the table
/// ends at a numbered item or when more paragraphs follow than twice the heading row (cells
/// broken over blank lines). 0 when no "Bước 1" follows the heading row.
fn step_table_len(paras: &[&Para]) -> usize {
    let Some(first) = paras.iter().take(10).position(|p| step_number(&p.text).is_some_and(|(n, _)| n == 1)) else {
        return 0;
    };
    // A group's numbered title between the heading row and the first step ("CÁC BƯỚC" / … /
    // "Ghi chú" / "1. Thủ tục công nhận …" / "Bước 1"): the heading row is a table of its
    // own, the title a section, and the steps a table that starts at "Bước 1".
    if let Some(j) = paras[..first].iter().position(|p| parse_label(&p.text).is_some_and(|l| l.rest < p.text.len())) {
        return if j >= 2 { j } else { 0 };
    }
    // Rows with no heading row before them: a row's cells are not counted, so allow as many
    // as a wide table of steps has (number, content, who, time, product, note).
    let width = if first == 0 { 6 } else { first };
    if width < 2 {
        return 0;
    }
    let hard_end = |t: &str| {
        is_unnumbered_heading(t)
            || is_appendix_start(t)
            || is_attachment_note(t)
            || meta::is_recipients(t)
            || is_step_table_start(t)
    };
    // Is step `n` ahead of `k`, before anything that ends a table for certain or a "Bước 1"
    // that starts another table (whose heading row may be glued to the text before it)?
    let step_ahead = |k: usize, n: u32| {
        paras[k + 1..paras.len().min(k + 60)]
            .iter()
            .map(|p| (p.text.trim(), step_number(&p.text).map(|(m, _)| m)))
            .take_while(|(t, m)| !hard_end(t) && *m != Some(1))
            .any(|(_, m)| m == Some(n))
    };
    let (mut step, mut since, mut k) = (0, 0, first);
    while k < paras.len() {
        let t = paras[k].text.trim();
        if let Some((n, _)) = step_number(t)
            && n == step + 1
        {
            (step, since) = (n, 0);
            k += 1;
            continue;
        }
        since += 1;
        // Another table's first step, or a group's number alone ("II" / "Trình tự …" /
        // "Bước 1"): the next procedure starts.
        if hard_end(t) || is_group_number(t) || step_number(t).is_some_and(|(n, _)| n == 1) {
            break;
        }
        let soft_end = since > 2 * width || parse_label(t).is_some_and(|l| l.rest < t.len()) || is_caption(paras, k);
        if soft_end && !step_ahead(k, step + 1) {
            break;
        }
        k += 1;
    }
    k
}

/// A form's signature caption: who signs, in capitals ("NGƯỜI LÀM ĐƠN", "XÁC NHẬN CƠ
/// QUAN/TỔ CHỨC", "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ"), then how, in parentheses ("(Ký, ghi rõ
/// họ tên)", "(Ký tên, đóng dấu)", "(Chữ ký của người …) Họ và tên"), and little else.
fn is_signature_caption(text: &str) -> bool {
    let t = text.trim();
    // A form's placeholder number before it ("(2) QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ (Ký, …)").
    let t = match t.strip_prefix('(').and_then(|u| u.split_once(')')) {
        Some((n, rest)) if (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) => rest.trim_start(),
        _ => t,
    };
    // Short, and opening in capitals: most paragraphs are turned away before any search.
    if t.len() > 320 || !t.chars().next().is_some_and(char::is_uppercase) || !t.contains('(') {
        return false;
    }
    let Some(k) = ["(Ký", "(ký", "(Chữ ký", "(chữ ký"].iter().filter_map(|m| t.find(m)).min() else {
        return false;
    };
    let (who, how) = (t[..k].trim(), &t[k..]);
    !who.is_empty()
        && who.split_whitespace().nth(12).is_none()
        && is_caps(who)
        && who.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && how.split_whitespace().nth(24).is_none()
}

/// An unnumbered section: text before the first numbered one, or a whole text with none.
fn body_section(lines: LineRange) -> Section {
    Section {
        label: String::new(),
        kind: LabelKind::Body,
        path: vec![],
        heading: String::new(),
        columns: vec![],
        tasks: vec![],
        children: vec![],
        lines,
    }
}

/// An item's text is a heading when it is one short line with no final punctuation
/// ("Dự Hội nghị Ban Thường vụ Đảng ủy", "Về kinh tế", "Thủ trưởng các phòng …") or a
/// phrase ending in ":" that introduces what follows, or a longer title with no colon
/// when `body_after` says a paragraph of its own follows it.
fn is_heading(rest: &str, p: &Para, from: usize, body_after: impl FnOnce() -> bool) -> bool {
    if rest.is_empty() {
        return true;
    }
    if repair::ends_sentence(rest) || rest.ends_with(';') || rest.ends_with(',') {
        return false;
    }
    // The lines of the text after the label: a label alone on its line, joined to its
    // text ("2.2" / "" / "Cách thức thực hiện" / "TTHC:"), does not make the text longer.
    let lines = text_line_count(p, from);
    let words = rest.split_whitespace().count();
    // A heading may wrap once ("Công tác quản lý đô thị, …, giải phóng mặt" / "bằng và …").
    // A longer title, up to 60 words, with no colon in it and a body of its own after it,
    // is one too: a plan's "1. Hoàn thiện cơ chế, chính sách, tài liệu hướng dẫn … dựa vào
    // cộng đồng" over its "-" items, a procedure's name over its steps (regression: a title
    // longer than 24 words was a task, its shorter twins headings). A lead-in ending in ":"
    // stays as long as it was: past 24 words it is a sentence ("Người có thẩm quyền … có
    // trách nhiệm:"), a task.
    let short = lines <= 3 && words <= 24;
    // A target or a step named with its number opens the title without making it a sentence
    // ("1.1. Mục tiêu 1. Lĩnh vực chính trị" over its "- Chỉ tiêu …" lines; regression: five
    // such titles of Hồ Chí Minh City's plan 174/KH-UBND were tasks under empty headings).
    let title = rest
        .split_once(". ")
        .filter(|(name, _)| name.len() <= 32 && is_numbered_name(name))
        .map_or(rest, |(_, title)| title);
    (short || words <= 60 && !colon_outside_brackets(rest) && body_after()) && !title.contains(". ")
}

/// How many source lines the paragraph's text from byte `from` on (after its label) takes:
/// a label alone on its line, joined to its text, does not count.
fn text_line_count(p: &Para, from: usize) -> usize {
    let from = from.min(p.text.len());
    let from = from + (p.text[from..].len() - p.text[from..].trim_start().len());
    let text_lines = p.lines_of(from, p.text.len());
    text_lines.end - text_lines.start + 1
}

/// Is there a colon outside brackets? One inside a remark lists what a name covers ("Các
/// cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)") and leaves the
/// title a title.
fn colon_outside_brackets(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == ':' && depth == 0
    })
}

/// A title closed with a full stop over a paragraph (not over numbered items) is at most
/// this many words: longer, it is as likely a sentence whose paragraph goes on.
const STOPPED_TITLE_OVER_BODY: usize = 6;

/// The most words an article's title over its clauses may have: an amending resolution's
/// article names the act it amends in full ("Điều 1. Sửa đổi, bổ sung một số điều … của
/// Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND ngày … về quy định nguyên tắc, tiêu chí,
/// định mức phân bổ vốn … giai đoạn 2021-2025", 70 words in Huế's resolution; 60 for other
/// items).
const ARTICLE_TITLE_WORDS: usize = 100;

/// A short title closed with a full stop: "Tổ chức thực hiện.", "Điều khoản thi hành.",
/// "Phạm vi điều chỉnh.", an addressee "Văn phòng Ủy ban nhân dân tỉnh.", a matter "Khôi
/// phục tài khoản thư điện tử công vụ bị tạm" / "khóa.", "Yêu cầu trong phòng cháy, chữa
/// cháy rừng." (regression: at seven words or more, or over two lines, such titles were
/// tasks beside their shorter twins, headings). Fifteen words and two lines at most, one
/// comma, and no "này": a sentence has more, or runs on, or points at what it speaks of.
fn is_stopped_title(rest: &str, p: &Para, from: usize) -> bool {
    let Some(title) = rest.strip_suffix('.') else { return false };
    text_line_count(p, from) <= 2
        && title.split_whitespace().nth(15).is_none()
        && title.matches(',').count() <= 1
        // A sentence points: "Quyết định này có hiệu lực kể từ ngày ký.".
        && !title.split_whitespace().any(|w| w == "này")
        && !title.contains(['.', ';', ':', '/', '(', '"', '“'])
        && !title.ends_with(char::is_whitespace)
        && starts_upper(title)
}

/// Removes footnote sentinels from a heading.
pub(crate) fn strip_markers(s: &str) -> String {
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

/// A form's numbered field left blank to fill ("5. CC/CCCD/CMND: ………", "3. Ngày sinh:
/// ……"): the item's name, not a task, as a blank "(1) ……" is not one (regression: five
/// fields of a declaration form were tasks in capitals).
fn is_blank_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(name, value)| {
        !name.trim().is_empty()
            && !value.trim().is_empty()
            && !value.chars().any(char::is_alphanumeric)
            && value.chars().filter(|c| matches!(c, '.' | '…' | '_')).count() >= 3
    })
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
        add_task(&mut s.tasks, t);
    }
}

/// Adds a task to a section's list. Text without a single letter is not a task of its
/// own: a form's blank "(1) ……………", a placeholder "(1) (2)", a table's figures "150 150"
/// or its column numbers "2 | 3 4 | 5 6" go with the task before them, which they fill in
/// or continue (when there is one in this section; otherwise they stay a task, so that no
/// line of the body is lost). So does a time alone, a table's cell read as text ("Văn thư
/// Sở" / "0,5 ngày").
fn add_task(tasks: &mut Vec<Task>, t: Task) {
    match tasks.last_mut() {
        Some(last) if !t.text.chars().any(char::is_alphabetic) || repair::is_time_alone(&t.text) => {
            last.text.push(' ');
            last.text.push_str(&t.text);
            last.lines = last.lines.cover(t.lines);
            last.footnotes.extend(t.footnotes);
        }
        _ => tasks.push(t),
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK_AFTER: &[&str] =
    &["TP", "Tp", "TS", "ThS", "GS", "PGS", "BS", "KS", "Th", "St", "v.v", "ĐC", "Đ/c", "đ/c"];

/// Splits `p.text[start..end]` into sentences.
/// How far back from a full stop [`split_tasks`] looks for a quoted label ("“Điều 13."):
/// the longest label with its opening quote, in bytes.
const LABEL_WINDOW: usize = 32;

fn split_tasks(p: &Para, start: usize, end: usize) -> Vec<Task> {
    let text = &p.text[start..end];
    let mut out = Vec::new();
    let mut sent_start = 0;
    // Byte offsets, not a vector of characters: a paragraph may be megabytes long.
    let char_at = |i: usize| text[i..].chars().next();
    let mut i = 0;
    // Inside a short quotation ("… của “Phần C. TRÌNH TỰ. TÀI SẢN” thuộc …") a full stop
    // is the quoted title's, not the sentence's. Only a quotation that closes within
    // `QUOTE_SPAN` bytes counts, so an unclosed “ cannot glue a paragraph together.
    const QUOTE_SPAN: usize = 300;
    let mut quoted = false;
    let bytes = text.as_bytes();
    // Only "." "!" "?" and "“" "”" "…" (lead byte 0xE2) matter: skip to the next one.
    while let Some(k) = bytes[i.min(bytes.len())..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
        i += k;
        let Some(c) = char_at(i) else { break };
        if c == '“' {
            quoted = true;
        } else if c == '”' {
            quoted = false;
        }
        if matches!(c, '.' | '!' | '?' | '…')
            && quoted
            && char_at(i + c.len_utf8()) != Some('”')
            && text[i..]
                .get(..QUOTE_SPAN.min(text.len() - i))
                .map_or_else(|| text[i..].chars().take(QUOTE_SPAN / 2).any(|q| q == '”'), |w| w.contains('”'))
        {
            i += c.len_utf8();
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Skip the rest of a "./." or "..." run and closing quotes/brackets/markers.
            let mut m = i + c.len_utf8();
            while let Some(d) = char_at(m).filter(|d| matches!(d, '.' | '/' | '"' | '”' | '’' | ')' | '…')) {
                m += d.len_utf8();
            }
            if char_at(m) == Some(FN_OPEN) {
                m = text[m..].find(FN_CLOSE).map_or(text.len(), |q| m + q + FN_CLOSE.len_utf8());
            }
            if char_at(m).is_some_and(char::is_whitespace) {
                let n = m + (text[m..].len() - text[m..].trim_start().len());
                let next_upper = n < text.len() && starts_upper(&text[n..]);
                let word_before =
                    text[sent_start..i].rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("");
                // A sentence that would be one letter ("f. Các tổ chức …" where the author
                // went on from "e." in the Latin alphabet) is a label, not a sentence.
                // (Length first: a paragraph of a megabyte with ". " every few words must not
                // be counted from its start at each of them.)
                let so_far = text[sent_start..i].trim();
                let lone_letter =
                    so_far.len() <= 4 && so_far.chars().count() == 1 && so_far.chars().all(|ch| ch.is_alphabetic());
                // Nor is a name with its number ("Bước 1. Xác định những nội dung …", "Mục tiêu
                // 1. Lĩnh vực chính trị"): a step or a target named, then its text.
                let numbered_name = so_far.len() <= 32 && is_numbered_name(so_far);
                // Nor is a label that opens a quoted clause ("“1. Đối tượng được hỗ trợ",
                // "… như sau: “Điều 6. Quy trình thực hiện" in an amending decision).
                // Only the last few bytes are looked at: a label is short, and the sentence so
                // far may be long.
                let quoted_label = c == '.' && {
                    let from = text.ceil_char_boundary((i + 1).saturating_sub(LABEL_WINDOW).max(sent_start));
                    let seg = &text[from..i + 1];
                    seg.rfind(['“', '"']).is_some_and(|q| {
                        let open = seg[q..].chars().next().map_or(1, char::len_utf8);
                        is_bare_label(&seg[q + open..]) || is_inserted_label(&seg[q + open..])
                    })
                };
                // Nor is an attachment's or a form's label named in the sentence ("Cụ thể: Phụ
                // lục I. Danh mục …; Phụ lục II. Mức thu phí …", "Mẫu số 02. Tờ khai"): its
                // full stop is the label's.
                let named_label = c == '.' && names_an_attachment(&text[sent_start..i]);
                let abbrev = c == '.'
                    && (NO_BREAK_AFTER.contains(&word_before)
                        || lone_letter
                        || quoted_label
                        || numbered_name
                        || named_label);
                // Nor does a remark in brackets that is all of its sentence ("… kỳ báo cáo.
                // (Phụ lục 2 đính kèm)."): it is the sentence's before it, not a task.
                let remark = text[n..].starts_with('(')
                    && text[n..text.floor_char_boundary((n + 300).min(text.len()))].find(')').is_some_and(|q| {
                        let after = &text[n + q + 1..];
                        let inside = &text[n + 1..n + q];
                        !inside.contains('(')
                            && inside.split_whitespace().nth(1).is_some()
                            && (after.starts_with('.') && !after.starts_with("..") || after.trim().is_empty())
                    });
                if next_upper && !abbrev && !remark {
                    push_task(&mut out, p, start, sent_start, m, text);
                    sent_start = n;
                    i = n;
                    continue;
                }
            }
            i = m;
            continue;
        }
        i += c.len_utf8();
    }
    push_task(&mut out, p, start, sent_start, text.len(), text);
    // A label that broke its numbering stays text, but never a task of its own ("III." then
    // "NHIỆM VỤ …"): it joins the sentence after it.
    let mut k = 0;
    while k + 1 < out.len() {
        if is_bare_label(&out[k].text) {
            let next = out.remove(k + 1);
            let t = &mut out[k];
            t.text = format!("{} {}", t.text, next.text);
            t.lines = t.lines.cover(next.lines);
            t.footnotes.extend(next.footnotes);
        } else {
            k += 1;
        }
    }
    // A label left last ("… của tỉnh. 12." where the item's text went to the next line) joins
    // the sentence before it.
    if out.len() >= 2 && out.last().is_some_and(|t| is_bare_label(&t.text)) {
        let last = out.pop().unwrap();
        let t = out.last_mut().unwrap();
        t.text = format!("{} {}", t.text, last.text);
        t.lines = t.lines.cover(last.lines);
    }
    out
}

/// Does the text end with an attachment's or a form's label: "Phụ lục I", "phụ lục 02",
/// "Mẫu số 01", "Biểu số 3", after other words of the sentence? Only the last four words
/// are read.
fn names_an_attachment(text: &str) -> bool {
    let mut w = text.split_whitespace().rev();
    let (number, second, first) = (w.next().unwrap_or(""), w.next().unwrap_or(""), w.next().unwrap_or(""));
    let numbered = !number.is_empty()
        && number.len() <= 5
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')));
    let name = |a: &str, b: &str| first.eq_ignore_ascii_case(a) && second == b;
    // Named inside a sentence, not opening it: "PHỤ LỤC 1." / "Chi khác …" at a paragraph's
    // start is the attachment's own label, which the outline reads apart.
    let inside = w.next().is_some();
    numbered && inside && (name("Phụ", "lục") || name("Mẫu", "số") || name("Biểu", "số") || name("Biểu", "mẫu"))
}

/// The label of an item an amendment inserts, its number with a letter: "Điều 6a.", "14a."
/// (an article added after Điều 6, a clause after clause 14).
fn is_inserted_label(s: &str) -> bool {
    let b = s.trim_end().as_bytes();
    let n = b.len();
    n >= 3
        && b[n - 1] == b'.'
        && b[n - 2].is_ascii_lowercase()
        && b[n - 3].is_ascii_digit()
        && is_bare_label(&format!("{}.", &s.trim_end()[..n - 2]))
}

/// One or two capitalised words, not all in capitals, and a number of one or two digits:
/// "Bước 1", "Mục tiêu 2", "Nhóm 5" (not "Năm 2025", nor a sentence that ends in a figure).
fn is_numbered_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some((number, name)) = words.split_last() else { return false };
    (1..=2).contains(&name.len())
        && (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && name[0].starts_with(char::is_uppercase)
        && name.iter().all(|w| w.chars().all(char::is_alphabetic))
        // In capitals it is a part's label ("PHỤ LỤC 1. Chi khác …"), read as such elsewhere.
        && name.iter().any(|w| w.chars().any(char::is_lowercase))
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
        step: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Para {
        Para { text: t.into(), lines: LineRange::new(1, 1), line_starts: repair::LineMap::starting(1), cell: None }
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

    /// Every section's path with its first task, in document order.
    fn paths_and_tasks(d: &Document) -> Vec<(String, String)> {
        fn walk(s: &Section, out: &mut Vec<(String, String)>) {
            out.push((s.path_string(), s.tasks.first().map_or(String::new(), |t| t.text.clone())));
            s.children.iter().for_each(|c| walk(c, out));
        }
        let mut out = Vec::new();
        d.sections.iter().for_each(|s| walk(s, &mut out));
        out
    }

    /// Lists run past "k)" ("l)" … "y)" in the Vietnamese alphabet) and some use the Latin
    /// one ("e)", "f)", "g)"): each item is a labelled section, not a task of the one before
    /// (regression: "l) Hạt Kiểm lâm …" … "v) …" in Quảng Trị's decision were tasks of "k)").
    #[test]
    fn letters_run_past_k_and_f_follows_e() {
        let d = outline(
            "x",
            "I. CÁC ĐƠN VỊ\n\n1. Gồm:\n\na) Hạt A;\n\nb) Hạt B;\n\nc) Hạt C;\n\nd) Hạt D;\n\nđ) Hạt Đ;\n\n\
             e) Hạt E;\n\ng) Hạt G;\n\nh) Hạt H;\n\ni) Hạt I;\n\nk) Hạt K;\n\nl) Hạt L;\n\nm) Hạt M;\n\n\
             2. Việc hai:\n\na) Ý a;\n\nb) Ý b;\n\nc) Ý c;\n\nd) Ý d;\n\ne) Ý e;\n\nf) Ý f;\n\ng) Ý g.\n",
        );
        let labels = |s: &Section| s.children.iter().map(|c| c.label.clone()).collect::<Vec<_>>().join(" ");
        assert_eq!(labels(&d.sections[0].children[0]), "a b c d đ e g h i k l m");
        assert_eq!(labels(&d.sections[0].children[1]), "a b c d e f g");
        assert!(d.all_tasks().iter().all(|(_, t)| !t.text.starts_with(['l', 'm', 'f'])));
    }

    /// A "*" heading after a list item ("c) Thành phần, số lượng hồ sơ" / "* Thành phần …" /
    /// "d) Thời hạn …") does not hold the rest of the list: "d)" follows "c)" (regression:
    /// "d)" … "l)" of three procedures in the decisions of the ethnic affairs boards were
    /// tasks of the "*"). The "*" headings are the named item's own (since 2026-12-01; they
    /// were its siblings before). A "*" that holds a list of its own keeps it.
    #[test]
    fn a_star_heading_between_items_does_not_hold_the_next_item() {
        let d = outline(
            "x",
            "I. THỦ TỤC\n\n1. Thủ tục một\n\na) Trình tự: nộp hồ sơ.\n\nb) Cách thức: trực tuyến.\n\n\
             c) Thành phần, số lượng hồ sơ\n\n* Thành phần hồ sơ: báo cáo (Mẫu số 01)\n\n* Số lượng hồ sơ: 01 bộ\n\n\
             d) Thời hạn giải quyết: 30 ngày.\n\nđ) Phí, lệ phí: Không.\n\n\
             2. Thủ tục hai\n\n* Yêu cầu:\n\na) Có hồ sơ.\n\nb) Có phí.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "I",
                "I.1",
                "I.1.a",
                "I.1.b",
                "I.1.c",
                "I.1.c.*",
                "I.1.c.* (2)",
                "I.1.d",
                "I.1.đ",
                "I.2",
                "I.2.*",
                "I.2.*.a",
                "I.2.*.b"
            ]
        );
    }

    /// A list that starts again at 1 inside a lettered item ("2." / "a." / "1." "2." / "b.")
    /// is that item's, and the next letter and the next number close it (regression: in
    /// Hòa Bình's plan to cut procedures, "b." to "d." went under the "2." and items "8." to
    /// "25." of the list were tasks).
    #[test]
    fn a_list_inside_a_lettered_item_ends_at_the_next_letter() {
        let d = outline(
            "x",
            "I. PHƯƠNG ÁN\n\n1. Tên thủ tục: Cấp lại giấy chứng nhận.\n\n2. Tên thủ tục: Gia hạn giấy chứng nhận.\n\na. Nội dung: giảm thời gian.\n\n\
             - Thời gian theo quy định:\n\n1. Đối với gia hạn: 17 ngày.\n\n2. Đối với cấp lại: 07 ngày.\n\n\
             b. Lý do: rút ngắn được.\n\nc. Lợi ích: nhanh hơn.\n\n3. Tên thủ tục: Cấp mới giấy chứng nhận.\n\n\
             a. Nội dung: giảm 7 ngày.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["I", "I.1", "I.2", "I.2.a", "I.2.a.1", "I.2.a.2", "I.2.b", "I.2.c", "I.3", "I.3.a"]);
    }

    /// Items numbered on through their Roman groups ("I." 1. 2. 3. / "II." 4. 5.) are the
    /// groups' items (regression: items "13." to "18." of Gia Lai's procedures, under their
    /// second group, were tasks); an article's clauses start again at 1, so "5." after
    /// "Điều 3." is not numbered on from the article before.
    #[test]
    fn items_numbered_on_through_groups_belong_to_their_group() {
        let d = outline(
            "x",
            "I. NHÓM MỘT\n\n1. Việc một.\n\n2. Việc hai.\n\n3. Việc ba.\n\nII. NHÓM HAI\n\n4. Việc bốn.\n\n5. Việc năm.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["I", "I.1", "I.2", "I.3", "II", "II.4", "II.5"]);
        let d = outline(
            "x",
            "Điều 2. Đối tượng\n\n1. Một.\n\n2. Hai.\n\n3. Ba.\n\n4. Bốn.\n\nĐiều 3. Tổ chức\n\n5. Năm.\n\n1. Giao Sở.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["Điều 2", "Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 2.4", "Điều 3", "Điều 3.1"]);
    }

    /// A Roman heading in capitals that repeats its previous sibling's number by the
    /// author's slip is a section, as written (regression: Đồng Tháp's second "III.
    /// NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)" was a task of "III.2.8").
    /// A repeated item in sentence case stays text.
    #[test]
    fn a_repeated_roman_heading_is_a_section_as_written() {
        let d = outline(
            "x",
            "I. MỤC TIÊU\n\n1. Việc một.\n\nII. LỘ TRÌNH\n\n1. Việc hai.\n\nII.\nNHIỆM VỤ VÀ GIẢI PHÁP (chi tiết Phụ lục)\n\n\
             III. KINH PHÍ\n\n1. Việc ba:\n\na) Ý một;\n\nb) Ý hai;\n\nb) Việc bốn lặp số.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["I", "I.1", "II", "II.1", "II (2)", "III", "III.1", "III.1.a", "III.1.b"]);
        assert_eq!(d.sections[2].heading, "NHIỆM VỤ VÀ GIẢI PHÁP (chi tiết Phụ lục)");
        assert!(d.all_tasks().iter().any(|(_, t)| t.text.contains("Việc bốn lặp số")));
    }

    /// A clause's title closed with a full stop over its points is a heading up to fifteen
    /// words, over two lines, with a comma (regressions: Nghệ An's "1. Văn phòng Ủy ban nhân
    /// dân tỉnh." and "2. Quy tắc đặt tên … công vụ cá" / "nhân.", Quảng Ninh's "2." / "Yêu
    /// cầu trong phòng cháy, chữa cháy rừng." were tasks beside twin headings). A sentence
    /// over points stays a task, and so does a programme's item.
    #[test]
    fn a_stopped_clause_title_over_its_points_is_a_heading() {
        let d = outline(
            "x",
            "Điều 1. Trách nhiệm\n\n1. Văn phòng Ủy ban nhân dân tỉnh.\n\na) Quản lý hệ thống.\n\nb) Cấp tài khoản.\n\n\
             2. Quy tắc đặt tên tài khoản địa chỉ thư điện tử công vụ cá\nnhân.\n\na) Tên viết liền.\n\n\
             3.\nYêu cầu trong phòng cháy, chữa cháy rừng.\n\na) Chủ rừng lập phương án.\n\n\
             4. Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí.\n\n\
             a) Hằng năm lập dự toán.\n\nĐiều 2. Hiệu lực thi hành\n\nQuyết định có hiệu lực.\n\n\
             I. NHIỆM VỤ\n\n1. Chỉ đạo gieo trồng.\n\n2. Thu ngân sách nhà nước.\n\na) Thu thuế đất.\n",
        );
        let headings: Vec<(String, String)> =
            d.all_sections().iter().map(|s| (s.path_string(), s.heading.clone())).collect();
        let heading = |path: &str| {
            headings
                .iter()
                .find(|(p, _)| p == path)
                .map(|(_, h)| h.as_str())
                .unwrap_or_else(|| panic!("{path}: {headings:#?}"))
        };
        assert_eq!(heading("Điều 1.1"), "Văn phòng Ủy ban nhân dân tỉnh.");
        assert_eq!(heading("Điều 1.2"), "Quy tắc đặt tên tài khoản địa chỉ thư điện tử công vụ cá nhân.");
        assert_eq!(heading("Điều 1.3"), "Yêu cầu trong phòng cháy, chữa cháy rừng.");
        assert_eq!(heading("Điều 1.4"), "", "{headings:#?}");
        assert_eq!(heading("I.2"), "");
    }

    /// A short clause title closed with a full stop over a paragraph of its own is a heading
    /// in an article, as it is over points (regression: Nghệ An's "5. Sở Tài chính." over
    /// "Căn cứ khả năng cân đối ngân sách …" was a task, reported dropped beside its twin
    /// headings "4. Công an tỉnh."). A longer sentence over a paragraph stays a task, and so
    /// does a short one whose next line is too short to be a body, or a programme's item.
    #[test]
    fn a_short_stopped_title_over_its_paragraph_is_a_heading() {
        let d = outline(
            "x",
            "Điều 1. Trách nhiệm\n\n1. Công an tỉnh.\n\na) Bảo đảm an toàn thông tin.\n\n\
             2. Sở Tài chính.\n\nCăn cứ khả năng cân đối ngân sách, bố trí kinh phí cho việc vận hành hệ thống.\n\n\
             3. Các cơ quan, đơn vị thực hiện nghiêm túc các quy định về bảo mật.\n\n\
             Định kỳ báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.\n\n\
             4. Sở Nội vụ.\n\nTheo dõi.\n\nĐiều 2. Hiệu lực thi hành\n\nQuyết định có hiệu lực.\n\n\
             I. NHIỆM VỤ\n\n1. Thu ngân sách.\n\nTập trung thu ngân sách nhà nước đúng quy định và kịp thời.\n",
        );
        let sections = d.all_sections();
        let heading = |path: &str| {
            sections
                .iter()
                .find(|s| s.path_string() == path)
                .map(|s| s.heading.as_str())
                .unwrap_or_else(|| panic!("{path}"))
        };
        assert_eq!(heading("Điều 1.1"), "Công an tỉnh.");
        assert_eq!(heading("Điều 1.2"), "Sở Tài chính.");
        assert_eq!(heading("Điều 1.3"), "");
        assert_eq!(heading("Điều 1.4"), "");
        assert_eq!(heading("I.1"), "");
    }

    /// An article whose number repeats the one before by the author's slip is an article
    /// too (regression: Vĩnh Long's second "Điều 3. Hiệu lực và trách nhiệm thi hành" was a
    /// task of "Điều 3.3", its clauses nested under it). A repeated "Điều 3" without a title
    /// after it stays text.
    #[test]
    fn a_repeated_article_is_an_article_as_written() {
        let d = outline(
            "x",
            "Điều 1. Công bố thủ tục.\n\nĐiều 2. Tổ chức thực hiện\n\n1. Giao Sở Tư pháp.\n\n\
             Điều 2. Hiệu lực thi hành\n\n1. Quyết định có hiệu lực từ ngày ký.\n\n2. Các cơ quan thi hành.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["Điều 1", "Điều 2", "Điều 2.1", "Điều 2 (2)", "Điều 2 (2).1", "Điều 2 (2).2"]);
        assert_eq!(d.sections[2].heading, "Hiệu lực thi hành");
    }

    /// An amending item quotes the amended article with its own clauses ("3. Sửa đổi Điều
    /// 8 như sau:" / "“Điều 8. …" / "1. …" "2. …"): the quoted clauses are the item's, and
    /// the next amending item "4." follows "3.", not the quoted "2." it would skip numbers
    /// after (regression: in Lào Cai's amending resolution items 4 to 11 nested ever deeper
    /// or were tasks). When the next item follows both exactly (a quoted "1." … "3." then
    /// "4." after item "3."), the quotation's closing mark ends the quoted list
    /// (regression: Huế 37/2025's items 4 to 10 nested under item 3); without it, the
    /// quoted list keeps the item: a known limit.
    #[test]
    fn an_amending_items_quoted_clauses_end_at_the_next_item() {
        let d = outline(
            "x",
            "Điều 1. Sửa đổi, bổ sung một số điều\n\n1. Sửa đổi Điều 2 như sau:\n\n“Điều 2. Đối tượng.”.\n\n\
             2. Sửa đổi Điều 5 như sau:\n\n“Điều 5. Mức hỗ trợ.”.\n\n3. Sửa đổi Điều 6 như sau:\n\n“Điều 6. Quy trình\n\n\
             1. Ủy ban nhân dân xã lập danh sách.\n\n2. Cơ quan Bảo hiểm xã hội tổng hợp.\n\n\
             3. Sở Tài chính thẩm định hồ sơ theo quy định.”\n\n4. Sửa đổi Điều 7 như sau:\n\n“Điều 7. Kinh phí.”.\n\n\
             Điều 2. Hiệu lực\n\n1. Nghị quyết có hiệu lực.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "Điều 1",
                "Điều 1.1",
                "Điều 1.2",
                "Điều 1.3",
                "Điều 1.3.1",
                "Điều 1.3.2",
                "Điều 1.3.3",
                "Điều 1.4",
                "Điều 2",
                "Điều 2.1"
            ]
        );
        let d = outline(
            "x",
            "Điều 1. Sửa đổi, bổ sung một số điều\n\n1. Sửa đổi Điều 5 như sau:\n\n“Điều 5. Vốn\n\n\
             a) Tỷ lệ vốn.\n\nb) Công trình.”.\n\n2. Sửa đổi Điều 7 như sau:\n\n“Điều 7. Dự án\n\n\
             1. Đối tượng hỗ trợ.\n\n2. Nội dung hỗ trợ.\n\n3. Cách tính điểm.”.\n\n3. Sửa đổi Điều 8 như sau:\n\n“Điều 8. Dự án\n\n\
             1. Tiểu dự án 1.\n\n2. Tiểu dự án 2.”.\n\n4. Sửa đổi Điều 9 như sau:\n\n\
             “Điều 9. Dự án.”.\n\nĐiều 2. Hiệu lực\n\n1. Nghị quyết có hiệu lực.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "Điều 1",
                "Điều 1.1",
                "Điều 1.1.a",
                "Điều 1.1.b",
                "Điều 1.2",
                "Điều 1.2.1",
                "Điều 1.2.2",
                "Điều 1.2.3",
                "Điều 1.3",
                "Điều 1.3.1",
                "Điều 1.3.2",
                "Điều 1.4",
                "Điều 2",
                "Điều 2.1"
            ]
        );
    }

    /// An amending item quotes the point it rewrites with that point's own letter ("1. Sửa
    /// đổi điểm đ khoản 7 Điều 2 như sau:" / "đ) Trạm y tế …"): the quoted point is the
    /// item's, though its list does not start at "a)" (regression: Huế's amending resolution
    /// had a task "đ) Trạm y tế, Trung tâm y tế;"). A letter the item does not name stays text.
    #[test]
    fn a_quoted_point_named_by_its_amending_item_is_a_section() {
        let d = outline(
            "x",
            "Điều 1. Sửa đổi một số điều\n\n1. Sửa đổi điểm đ khoản 7 Điều 2 như sau:\n\n\
             đ) Trạm y tế, Trung tâm y tế;\n\n2. Sửa đổi điểm a, c khoản 3 Điều 4 như sau:\n\n\
             c) Mức hỗ trợ tối đa.\n\n3. Bổ sung Điều 5 như sau:\n\ng) Việc khác.\n",
        );
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["Điều 1", "Điều 1.1", "Điều 1.1.đ", "Điều 1.2", "Điều 1.2.c", "Điều 1.3"]);
        assert!(d.all_tasks().iter().any(|(_, t)| t.text.starts_with("g) Việc khác")));
    }

    /// Text without a letter is not a task: a table's figures ("150 150" after "Thuế tài
    /// nguyên"), a form's blank "(1) ……" go with the task before them (regression: 61 such
    /// tasks in 7 real documents, mostly budget and rating tables).
    #[test]
    fn text_without_a_letter_goes_with_the_task_before() {
        let d = outline("x", "I. THU NGÂN SÁCH\n\n1. Thuế tài nguyên\n\n150 150\n\n130 130\n\n2. Lệ phí trước bạ.\n");
        let tasks = task_texts(&d);
        assert_eq!(tasks, ["Thuế tài nguyên 150 150 130 130", "Lệ phí trước bạ."]);
        // With nothing before it in its section, it stays: no line of the body is lost.
        let d = outline("x", "I. Ý KIẾN\n\n(1) ……………………\n");
        assert_eq!(task_texts(&d), ["(1) ……………………"]);
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

    /// Sixteen long lines of one wrapped sentence, as in a real attachment, so that the
    /// short cells of a table after them are told from wrapped text by their length.
    fn wrapped_lines() -> String {
        "Các cơ quan, đơn vị có liên quan căn cứ quy trình này để tổ chức thực hiện việc\n\
         tiếp nhận, giải quyết và trả kết quả đúng thời hạn, công khai và minh bạch cho\n"
            .repeat(8)
    }

    fn task_texts(d: &Document) -> Vec<String> {
        d.all_tasks().into_iter().map(|(_, t)| t.text.clone()).collect()
    }

    fn section_texts(s: &Section) -> Vec<&str> {
        s.tasks.iter().map(|t| t.text.as_str()).collect()
    }

    /// Each child section's heading with its tasks' texts.
    fn children_and_tasks(s: &Section) -> Vec<(&str, Vec<&str>)> {
        s.children.iter().map(|c| (c.heading.as_str(), section_texts(c))).collect()
    }

    /// Notes written with brackets, as a web page's text gives Word's notes: the markers
    /// "[n]" leave the tasks, and the notes after the signature ("[1]" alone with its text
    /// below, "[2] text") are the document's footnotes, not an attachment's tasks; a series
    /// that starts again at 1 finds its own markers (regression: in 15 real documents the
    /// notes were an attachment "PL1" and the markers stayed in the tasks).
    #[test]
    fn bracketed_notes_are_footnotes_and_their_markers_leave_the_tasks() {
        let text = "I. NỘI DUNG\n\n1. Ban hành nhiều chương trình, kế hoạch[1] để triển khai.\n\n\
                    2. Thu ngân sách ước đạt 560 tỷ đồng [2], bằng 81% dự toán.\n\n\
                    3. Chi thường xuyên theo định mức[1].\n\n\
                    Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    [1]\nChương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy\nvề công tác dân số.\n\n\
                    [2] Trong đó: Công ty cổ phần nộp 30 tỷ đồng.\n[1] Quyết định số 414/QĐ-UBND.\n";
        let d = outline("x", text);
        let tasks: Vec<&str> =
            d.sections[0].children.iter().flat_map(|s| s.tasks.iter().map(|t| t.text.as_str())).collect();
        assert_eq!(
            tasks,
            vec![
                "Ban hành nhiều chương trình, kế hoạch để triển khai.",
                "Thu ngân sách ước đạt 560 tỷ đồng, bằng 81% dự toán.",
                "Chi thường xuyên theo định mức."
            ],
            "{:?}",
            d.sections
        );
        assert!(d.sections.iter().all(|s| s.kind != LabelKind::Appendix));
        let notes: Vec<(u32, &str, Option<usize>)> =
            d.footnotes.iter().map(|f| (f.number, f.text.as_str(), f.marker_line)).collect();
        assert_eq!(
            notes,
            vec![
                (1, "Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy về công tác dân số.", Some(3)),
                (1, "Quyết định số 414/QĐ-UBND.", Some(7)),
                (2, "Trong đó: Công ty cổ phần nộp 30 tỷ đồng.", Some(5)),
            ]
        );
        let sec = |i: usize| &d.sections[0].children[i].tasks[0].footnotes;
        assert_eq!((sec(0), sec(1), sec(2)), (&vec![1], &vec![2], &vec![1]));
    }

    /// The drafter's mark after the archive line ("- Lưu: VT, HCC." / "Tungnt.QĐ/T11/2025",
    /// "Huy (23 bản)") and a digital signature's stamp ("Ký bởi: …") belong to the closing,
    /// not to an attachment: the attachment that follows is "PL1" (regression: the mark was
    /// read as an attachment "PL1" with itself as a task, in five real decisions, and the
    /// real attachment was numbered "PL2").
    #[test]
    fn the_drafters_mark_after_the_archive_line_is_not_an_attachment() {
        for mark in
            ["Tungnt.QĐ/T11/2025", "Huy (23 bản)", "MinhHồng/QĐ/20.11.2025", "05 bản, QĐ164.\nKý bởi: Hoàng Văn Lãng"]
        {
            let text = format!(
                "Điều 1. Ban hành kèm theo Quyết định này Quy định về việc một.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n\
                 Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, HCC.\n{mark}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\n\
                 QUY ĐỊNH\nVề việc một\n\nĐiều 1. Phạm vi điều chỉnh\n\nQuy định này quy định về việc một.\n"
            );
            let d = outline("x", &text);
            let appendices: Vec<(&str, &str)> = d
                .sections
                .iter()
                .filter(|s| s.kind == LabelKind::Appendix)
                .map(|s| (s.label.as_str(), s.heading.as_str()))
                .collect();
            assert_eq!(appendices.len(), 1, "{mark}: {appendices:?}");
            assert_eq!(appendices[0].0, "PL1", "{mark}");
            assert!(appendices[0].1.starts_with("QUY ĐỊNH"), "{mark}: {appendices:?}");
            assert_eq!(d.meta.signer.as_ref().and_then(|s| s.name.as_deref()), Some("Nguyễn Văn An"), "{mark}");
        }
    }

    /// A remark in brackets that is all of its sentence goes with the sentence before it
    /// (regression: "(Phụ lục 2 đính kèm).", "(Chi tiết theo Phụ lục đính kèm)" were tasks
    /// of their own in nine real documents). A form's numbered blank ("(2)... cam kết …")
    /// opens a sentence as before.
    #[test]
    fn a_remark_in_brackets_is_its_sentences() {
        let d = outline(
            "x",
            "Điều 1. Chế độ báo cáo\n\nBáo cáo gửi trước ngày 10 tháng 12. (Phụ lục 2 đính kèm). Thời gian chốt số \
             liệu là ngày 10.\n\nĐiều 2. Cam kết\n\nĐơn vị ký đơn. (2)... cam kết thực hiện đúng quy định.\n",
        );
        let tasks: Vec<&str> = d.all_tasks().iter().map(|(_, t)| t.text.as_str()).collect();
        assert_eq!(
            tasks,
            [
                "Báo cáo gửi trước ngày 10 tháng 12. (Phụ lục 2 đính kèm).",
                "Thời gian chốt số liệu là ngày 10.",
                "Đơn vị ký đơn.",
                "(2)... cam kết thực hiện đúng quy định."
            ]
        );
    }

    /// A short title closed with a full stop over numbered items, in an article, is the
    /// item's heading ("Điều 2. Tổ chức thực hiện." / "1. Sở Khoa học …", "3. Sở Khoa học và
    /// Công nghệ." / "a) …"); a sentence, a title with no items under it, or a programme's
    /// task over its parts (`labels_typed_with_other_marks_are_labels`) stays a task (regression:
    /// the title was a task of its own, so the same article, titled without the stop in
    /// another province's decision, had "Tổ chức thực hiện." dropped in compare).
    #[test]
    fn a_title_closed_with_a_full_stop_over_items_is_a_heading() {
        let d = outline(
            "x",
            "Điều 1. Phạm vi điều chỉnh.\n\nQuy định này quy định về việc một.\n\n\
             Điều 2. Tổ chức thực hiện.\n\n1. Sở Khoa học và Công nghệ đồng bộ dữ liệu thủ tục hành chính.\n\n\
             2. Văn phòng Ủy ban nhân dân tỉnh cập nhật, đăng tải công khai.\n\n\
             Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n1. Bãi bỏ Quyết định số 12/2024/QĐ-UBND.\n\n\
             Điều 4. Công an tỉnh.\n",
        );
        let heads: Vec<(&str, &str, usize)> =
            d.sections.iter().map(|s| (s.label.as_str(), s.heading.as_str(), s.tasks.len())).collect();
        assert_eq!(
            heads,
            [("Điều 1", "", 2), ("Điều 2", "Tổ chức thực hiện.", 0), ("Điều 3", "", 1), ("Điều 4", "", 1)]
        );
    }

    /// An amending resolution's article names the act it amends in full, 70 words over its
    /// clauses: still the article's title, as shorter ones are (regression: Huế's 2025
    /// resolutions read such a title as a task, their twin under 60 words as a heading); a
    /// lead ending in a colon stays a task.
    #[test]
    fn an_amending_articles_long_title_is_its_title() {
        let act = "Sửa đổi, bổ sung một số điều, khoản, điểm của Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND \
                   ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh (nay là thành phố Huế) về quy định nguyên tắc, \
                   tiêu chí, định mức phân bổ vốn đầu tư phát triển từ ngân sách nhà nước thực hiện chương trình mục \
                   tiêu quốc gia xây dựng nông thôn mới tỉnh Thừa Thiên Huế giai đoạn 2021-2025 và các nội dung có liên quan";
        assert!(act.split_whitespace().count() > 60);
        let text = format!(
            "Điều 1. {act}\n1. Sửa đổi điểm đ khoản 7 Điều 2 như sau:\n“đ) Trạm y tế;”\n\n\
             2. Bãi bỏ khoản 3 Điều 4.\n\nĐiều 2. Tổ chức thực hiện\n\nGiao Ủy ban nhân dân thành phố tổ chức thực hiện.\n"
        );
        let d = outline("x", &text);
        assert_eq!(d.sections[0].heading, act);
        assert!(d.sections[0].tasks.is_empty(), "{:?}", d.sections[0].tasks);
        let colon = format!("Điều 1. {act} như sau:\n1. Sửa đổi điểm đ.\n\n2. Bãi bỏ khoản 3.\n");
        assert_eq!(outline("x", &colon).sections[0].heading, "");
    }

    /// A long title closed with a full stop over clauses, among articles that all have titles,
    /// is a title too (regression: Hải Phòng's "Điều 2. Phân cấp thẩm quyền quyết định thanh
    /// lý …, thẩm quyền quyết định xử lý … bị mất, hủy hoại." was a task); among untitled
    /// articles the same sentence stays a task.
    #[test]
    fn a_stopped_title_among_titled_articles_is_a_title() {
        let article2 = "Điều 2. Phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ tầng thủy lợi, thẩm quyền \
                        quyết định xử lý tài sản kết cấu hạ tầng thủy lợi trong trường hợp bị mất, hủy hoại.\n\n\
                        1. Ủy ban nhân dân thành phố phân cấp thẩm quyền quyết định thanh lý tài sản cho Sở Nông nghiệp.\n\n\
                        2. Những nội dung khác thực hiện theo quy định của pháp luật.\n\n";
        let titled = outline(
            "x",
            &format!(
                "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Quyết định này quy định việc phân cấp.\n\n\
                 2. Quyết định này áp dụng đối với cơ quan quản lý.\n\n{article2}\
                 Điều 3. Tổ chức thực hiện\n\nGiao Sở Nông nghiệp và Môi trường tổ chức thực hiện.\n\n\
                 Điều 4. Điều khoản thi hành\n\nQuyết định này có hiệu lực kể từ ngày ký.\n"
            ),
        );
        let a2 = &titled.sections[1];
        assert!(a2.heading.starts_with("Phân cấp thẩm quyền") && a2.tasks.is_empty(), "{a2:#?}");
        let untitled = outline(
            "x",
            &format!(
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế phân cấp.\n\n{article2}\
                 Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n\
                 Điều 4. Chánh Văn phòng và các cơ quan chịu trách nhiệm thi hành Quyết định này.\n"
            ),
        );
        let a2 = &untitled.sections[1];
        assert!(a2.heading.is_empty() && a2.tasks.len() == 1, "{a2:#?}");
        // Two such articles between two titled ones are titles too (regression: Hà Nội's
        // resolution on tuition, "Điều 2. Quy định mức học phí … năm học 2025-2026.").
        let two = outline(
            "x",
            &format!(
                "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Quyết định này quy định việc phân cấp.\n\n\
                 2. Quyết định này áp dụng đối với cơ quan quản lý.\n\n{article2}\
                 Điều 3. Quy định thời gian áp dụng mức học phí trong trường hợp xảy ra tình trạng khẩn cấp.\n\n\
                 1. Áp dụng mức học phí theo hình thức học trực tiếp.\n\n2. Áp dụng mức học phí theo hình thức học trực tuyến.\n\n\
                 Điều 4. Tổ chức thực hiện\n\nGiao Sở Nông nghiệp và Môi trường tổ chức thực hiện.\n"
            ),
        );
        let heads: Vec<bool> = two.sections.iter().map(|s| s.heading.is_empty()).collect();
        assert_eq!(heads, [false; 4], "{:#?}", two.sections);
    }

    /// A long addressee's heading whose remark in brackets holds a colon ("(gồm các Sở: Xây
    /// dựng, …)") is a heading over its bullets, as its shorter siblings are (regression:
    /// Quảng Ngãi's inventory plan had "1.3." / "Các cơ quan tham mưu quản lý ngành, lĩnh
    /// vực (gồm các Sở: …)" as a task). A colon outside brackets still makes a lead-in.
    #[test]
    fn a_colon_inside_brackets_leaves_a_long_title_a_heading() {
        let text = |remark: &str| {
            format!(
                "1. TRÁCH NHIỆM\n\n1.1.\nSở Tài chính\n\n- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính.\n\n\
                 1.2.\nCác cơ quan tham mưu quản lý ngành, lĩnh vực {remark} Nông\nnghiệp và Môi trường, \
                 Công Thương, Tài chính, Khoa học và Công nghệ, Văn hóa,\nThể thao và Du lịch)\n\n\
                 - Phối hợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê.\n"
            )
        };
        let head = |remark: &str| {
            let d = outline("x", &text(remark));
            d.sections[0].children[1].heading.clone()
        };
        assert!(
            head("(gồm các Sở: Xây dựng,").starts_with("Các cơ quan tham mưu"),
            "{}",
            head("(gồm các Sở: Xây dựng,")
        );
        assert_eq!(head("gồm các Sở: (Xây dựng,"), "");
    }

    /// A number alone on its line before its heading, wrapped once, with blank lines
    /// between ("1.2" / "" / "Cách thức thực hiện" / "thủ tục hành chính:"): the heading is
    /// two lines long, not four (regression: the label's line and the blank counted, and
    /// the heading was a task, so a procedure written with the number beside its heading
    /// had it as a heading, and compare reported the same line new).
    #[test]
    fn a_heading_after_a_number_alone_counts_its_own_lines() {
        let d = outline(
            "x",
            "1. QUY TRÌNH\n\n1.1\n\nĐiều kiện thực hiện\nthủ tục hành chính:\n\n- Không có.\n\n\
             1.2\n\nCách thức thực hiện\nthủ tục hành chính:\n\n\
             - Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh;\n\n\
             - Qua dịch vụ bưu chính công ích.\n\n2. BIỂU MẪU\n\nMẫu 01 kèm theo.\n",
        );
        let items: Vec<(&str, usize)> =
            d.sections[0].children.iter().map(|s| (s.heading.as_str(), s.tasks.len())).collect();
        assert_eq!(
            items,
            [("Điều kiện thực hiện thủ tục hành chính:", 1), ("Cách thức thực hiện thủ tục hành chính:", 2)]
        );
    }

    /// A procedure's long name over an internal process's numbered headings in capitals, the
    /// number a cell of its own ("2. Thủ tục sửa đổi, bổ sung/cấp lại …" / "1" / "KÝ HIỆU QUY
    /// TRÌNH"), is the item's heading whatever its length (regression: Hà Tĩnh's 26-word name
    /// was a task, its 23-word twin before it a heading, and the two procedures did not align
    /// with another province's).
    #[test]
    fn a_long_name_over_numbered_headings_in_capitals_is_a_heading() {
        let name = "Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa \
                    xuất khẩu trong lĩnh vực báo chí, xuất bản";
        let d = outline(
            "x",
            &format!(
                "PHẦN II. QUY TRÌNH NỘI BỘ\n2. {name}\n\n1\n\nKÝ HIỆU QUY TRÌNH\n\nQT.XNKBCXB.02\n\n2\n\nNỘI DUNG QUY TRÌNH\n"
            ),
        );
        let item = &d.sections[0].children[0];
        assert_eq!((item.heading.as_str(), item.tasks.len()), (name, 0), "{item:?}");
        // A long statement over a paragraph in sentence case stays a task.
        let d = outline("x", &format!("PHẦN II. QUY TRÌNH NỘI BỘ\n2. {name}\n\nKý hiệu quy trình\n"));
        assert_eq!(d.sections[0].children[0].tasks.len(), 1, "{:?}", d.sections[0].children[0]);
    }

    /// A list runs past 99 items: "100. …" is item 100, a sibling of item 99, and "100.1." its
    /// clause (regression: it was text, and every lettered point after it nested under the
    /// one before, a level deeper each time; a list of 1,500 procedures took 18 s to compare).
    #[test]
    fn a_list_runs_past_ninety_nine_items() {
        let text: String = (1..=120)
            .map(|i| format!("{i}. Thủ tục số {i}\na) Thời hạn giải quyết: 15 ngày.\nb) Phí: không.\n"))
            .collect();
        let d = outline("x", &format!("I. DANH MỤC\n{text}"));
        let items = &d.sections[0].children;
        assert_eq!(items.len(), 120);
        assert!(items.iter().all(|s| s.children.len() == 2 && s.children.iter().all(|c| c.children.is_empty())));
        assert_eq!(items[99].label, "100");
        // And their decimal clauses: "100.1. Nội dung thủ tục" / "100.1.1. …" (it was glued to
        // the line before as its wrapped end).
        let text: String = (1..=101)
            .map(|i| format!("{i}. Thủ tục số {i}\n{i}.1. Nội dung thủ tục\n{i}.1.1. Thời hạn giải quyết: 15 ngày.\n"))
            .collect();
        let d = outline("x", &format!("I. DANH MỤC\n{text}"));
        let shape: Vec<(String, usize)> = d.sections[0]
            .children
            .iter()
            .skip(97)
            .map(|s| (s.heading.clone(), s.children.first().map_or(0, |c| c.children.len())))
            .collect();
        let want: Vec<(String, usize)> = (98..=101).map(|i| (format!("Thủ tục số {i}"), 1)).collect();
        assert_eq!(shape, want);
    }

    /// A recipient wrapped after its first word, the rest opening with a capital ("- Như" /
    /// "Điều 3;"), stays in the list, hard-wrapped or with blank lines (regression: "Điều
    /// 3;" ended the recipients, and the rest of the list was an attachment "PL1 Điều 3;"
    /// with the recipients as its tasks).
    #[test]
    fn a_recipient_wrapped_before_a_capital_stays_in_the_list() {
        for gap in ["\n", "\n\n"] {
            let text = [
                "Điều 1. Ban hành kèm theo Quyết định này Quy định về việc một.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                "Nơi nhận:",
                "- Như",
                "Điều 2;",
                "- Thường trực",
                "HĐND tỉnh;",
                "- Lưu: VT, PV.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn An",
            ]
            .join(gap);
            let d = outline("x", &text);
            let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["Điều 1", "Điều 2"], "{gap:?}");
            assert_eq!(d.meta.recipients.len(), 3, "{gap:?}: {:?}", d.meta.recipients);
            assert_eq!(d.meta.signer.as_ref().and_then(|s| s.name.as_deref()), Some("Nguyễn Văn An"), "{gap:?}");
        }
    }

    /// A table headed "Stt" (any case) under an attachment title in capitals: the heading
    /// row stays out of the title, rows start at numbers that follow their sequence, and a
    /// mark "X" is a cell, not row X.
    #[test]
    fn table_rows_follow_their_numbering_and_marks_are_cells() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\nStt\n\nTên thủ tục\n\nCấp tỉnh\n\nCấp xã\n\n\
                    1\n\nCấp giấy phép\n\nX\n\nX\n\n2\n\nGia hạn giấy phép\n\nX\n\n3\n\nThu hồi giấy phép\n\nX\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.heading, "PHỤ LỤC DANH MỤC THỦ TỤC");
        let rows: Vec<&str> = pl.tasks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(rows, vec!["Cấp giấy phép | X | X", "Gia hạn giấy phép | X", "Thu hồi giấy phép | X"]);
        assert_eq!(pl.columns, ["Stt", "Tên thủ tục", "Cấp tỉnh", "Cấp xã"]);
        assert!(d.parts.iter().any(|p| p.kind == crate::model::PartKind::Table));
    }

    /// The rows of a table given one cell per paragraph, read as the attachment of a signed
    /// decision: its last section's tasks.
    fn appendix_rows(cells: &str) -> Vec<String> {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nBẢNG\n\n";
        let d = outline("x", &format!("{head}{cells}"));
        d.sections.last().map(|s| s.tasks.iter().map(|t| t.text.clone()).collect()).unwrap_or_default()
    }

    /// A grade's bound opening a cell ("I > 4.0", "I <= 1.4" in a table of grades "I" … "V")
    /// is the cell's text, not a row "I" again: the "I" was lost (regression: Quảng Ninh's
    /// forest-fire grades read "> 4.0" and "<= 1.4").
    #[test]
    fn a_bound_opening_a_cell_is_no_row_number() {
        let rows = appendix_rows(
            "Cấp cháy\n\nChỉ tiêu I\n\nĐặc trưng\n\nI\n\nI > 4.0\n\nÍt có khả năng cháy\n\nII\n\n2.8 < I <= 4.0\n\n\
                    Có khả năng cháy\n\nIII\n\n2.0 < I <= 2.8\n\nNhiều khả năng cháy\n\nIV\n\n1.4 < I <= 2.0\n\nNguy hiểm\n\n\
                    V\n\nI <= 1.4\n\nCực kỳ nguy hiểm\n",
        );
        assert!(rows.iter().any(|r| r == "I > 4.0 | Ít có khả năng cháy"), "{rows:?}");
        assert!(rows.iter().any(|r| r == "I <= 1.4 | Cực kỳ nguy hiểm"), "{rows:?}");
    }

    /// A count alone in a cell, equal to the next row's number ("05" before "5"), is the
    /// row's cell, not that row's number (regression: Cần Thơ's table of software lifetimes read row 4's
    /// counts as row 5 and row 5's number as a cell).
    #[test]
    fn a_count_before_the_row_of_its_number_is_a_cell() {
        let rows = appendix_rows(
            "STT\n\nDanh mục\n\nSố năm\n\nTỷ lệ\n\n1\n\nPhần mềm ứng dụng\n\n05\n\n20\n\n2\n\nPhần mềm công cụ\n\n05\n\n20\n\n\
                    3\n\nPhần mềm hệ thống\n\n05\n\n20\n\n4\n\nPhần mềm tiện ích\n\n05\n\n20\n\n5\n\nPhần mềm khác\n\n05\n\n20\n",
        );
        assert!(rows.iter().any(|r| r == "Phần mềm tiện ích | 05 20"), "{rows:?}");
        assert!(rows.iter().any(|r| r == "Phần mềm khác | 05 20"), "{rows:?}");
    }

    /// A table's heading row names its columns and is not a task; when the first row's
    /// number was not found and the heading row ran on into the rows ("A Thủ tục cấp tỉnh",
    /// "Căn cứ 1.014440"), it stays a row, so that no content is hidden as a column's name
    /// (regression: 160 heading rows "STT | Tên thủ tục hành chính | …" were tasks in 65 real
    /// documents).
    #[test]
    fn a_tables_heading_row_names_its_columns() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\n";
        let d = outline(
            "x",
            &format!("{head}TT\n\nMã TTHC\n\nTên TTHC\n\n1\n\n1.014440\n\nCấp phép\n\n2\n\n1.014441\n\nGia hạn\n"),
        );
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.columns, ["TT", "Mã TTHC", "Tên TTHC"]);
        assert_eq!(task_texts(&d)[1..], ["1.014440 | Cấp phép", "1.014441 | Gia hạn"]);
        for run_on in ["Căn cứ pháp lý 1.014440", "Tổng cộng", "Loại 1"] {
            let d = outline("x", &format!("{head}STT\n\nTên\n\n{run_on}\n\n1\n\nCấp phép\n\n2\n\nGia hạn\n"));
            let pl = d.sections.last().unwrap();
            assert!(pl.columns.is_empty(), "{run_on}: {:?}", pl.columns);
            assert_eq!(pl.tasks[0].text, format!("STT | Tên | {run_on}"));
        }
        // A group's title between the heading row and row 1 is a group: with its capital
        // letter ("A Thủ tục cấp tỉnh"), or in capitals without a number ("CẤP TỈNH").
        for (title, label) in [("A Thủ tục cấp tỉnh", "A"), ("CẤP TỈNH", "")] {
            let d = outline("x", &format!("{head}STT\n\nTên\n\n{title}\n\n1\n\nCấp phép\n\n2\n\nGia hạn\n"));
            let pl = d.sections.last().unwrap();
            assert_eq!(pl.columns, ["STT", "Tên"], "{title}");
            assert_eq!(pl.children.len(), 1, "{title}: {:?}", task_texts(&d));
            assert_eq!(pl.children[0].label, label);
            assert_eq!(pl.children[0].heading, title.trim_start_matches("A "));
            assert_eq!(section_texts(&pl.children[0]), ["Cấp phép", "Gia hạn"]);
        }
    }

    /// When row 1 follows the heading row, the column names may be long and some in capitals
    /// ("STT" / "TÊN TTHC" / "Mã TTHC"), and a title in capitals that ends the heading row is
    /// a group over the rows; a table of steps names its columns as a list does ("Thứ tự
    /// công việc" / … / "Bước 1"). Regression: 60 heading rows in 20 real documents were
    /// tasks ("Tên văn bản quy phạm pháp luật quy định nội dung sửa đổi, bổ sung, thay thế"
    /// has 16 words; Vĩnh Long's "… | Căn cứ pháp lý | LĨNH VỰC: CHỨNG THỰC (12 TTHC)").
    #[test]
    fn a_heading_row_before_row_one_names_long_columns_and_its_title_groups_the_rows() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\n";
        let long = "Tên văn bản quy phạm pháp luật quy định nội dung sửa đổi, bổ sung, thay thế";
        let d = outline("x", &format!("{head}STT\n\nTÊN TTHC\n\n{long}\n\n1\n\nCấp phép\n\nLuật A.\n"));
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.columns, ["STT", "TÊN TTHC", long]);
        assert_eq!(task_texts(&d)[1..], ["Cấp phép | Luật A."]);
        // Two titles, a field's and a level's, make one group.
        let d = outline(
            "x",
            &format!(
                "{head}STT\n\nMã TTHC\n\nTên TTHC\n\nLĨNH VỰC: CHỨNG THỰC (01 TTHC)\n\nTHỦ TỤC HÀNH CHÍNH CẤP XÃ\n\n\
                 1\n\n2.001009\n\nChứng thực văn bản\n"
            ),
        );
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.columns, ["STT", "Mã TTHC", "Tên TTHC"]);
        assert_eq!(pl.children[0].heading, "LĨNH VỰC: CHỨNG THỰC (01 TTHC) | THỦ TỤC HÀNH CHÍNH CẤP XÃ");
        assert_eq!(section_texts(&pl.children[0]), ["2.001009 | Chứng thực văn bản"]);
        // The number after the heading row is not the first: row 1 ran on into it.
        let d = outline("x", &format!("{head}STT\n\nTÊN TTHC\n\nCấp phép\n\n2\n\nGia hạn\n"));
        assert!(d.sections.last().unwrap().columns.is_empty());
        // A table of steps.
        let d = outline(
            "x",
            &format!(
                "{head}Thứ tự công việc\n\nNội dung\n\nThời gian\n\nBước 1\n\nTiếp nhận hồ sơ\n\n\
                 01 ngày\n\nBước 2\n\nTrả kết quả\n\n01 ngày\n"
            ),
        );
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.columns, ["Thứ tự công việc", "Nội dung", "Thời gian"]);
        assert_eq!(task_texts(&d)[1..], ["Tiếp nhận hồ sơ | 01 ngày", "Trả kết quả | 01 ngày"]);
    }

    /// "B1", "B2" … are a table of steps' numbers, as "Bước 1" is: each starts a row
    /// (regression: Hà Tĩnh's, Sơn La's and Lạng Sơn's tables of steps, numbered so, were one
    /// task each, 13 tables in 5 real documents).
    #[test]
    fn short_step_numbers_start_the_rows_of_a_table_of_steps() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nQUY TRÌNH NỘI BỘ\n\n1. Cấp giấy phép\n\nTT\n\nTrình tự\n\nTrách nhiệm\n\nThời gian\n\n\
                    B1\n\nTiếp nhận hồ sơ\n\nVăn thư\n\n0,5 ngày\n\nB2\n\nXem xét hồ sơ\n\nLãnh đạo phòng\n\n1 ngày\n\n\
                    B3\n\nTrả kết quả\n\nVăn thư\n\n0,5 ngày\n";
        let d = outline("x", text);
        assert_eq!(
            task_texts(&d)[1..],
            [
                "Tiếp nhận hồ sơ | Văn thư | 0,5 ngày",
                "Xem xét hồ sơ | Lãnh đạo phòng | 1 ngày",
                "Trả kết quả | Văn thư | 0,5 ngày"
            ]
        );
        // Each row keeps its step's number, which compare weighs where two provinces word
        // one step differently; the item above the table is no step.
        let steps: Vec<Option<u8>> = d.all_sections().iter().flat_map(|s| s.tasks.iter().map(|t| t.step)).collect();
        assert_eq!(steps, [None, Some(1), Some(2), Some(3)]);
        assert_eq!(step_number("B12: Ký duyệt"), Some((12, "Ký duyệt")));
        assert_eq!(step_number("B2 - Xem xét hồ sơ"), Some((2, "Xem xét hồ sơ")));
        for not_step in ["B18x", "B123", "B0", "Bảo đảm", "B"] {
            assert_eq!(step_number(not_step), None, "{not_step}");
        }
    }

    /// A table of steps met in its middle (its heading and first steps read as text, the
    /// cells after them a table): its short step numbers still start its rows, and a time
    /// alone is the cell of the step before, never a task (regression: Lạng Sơn's steps
    /// B8 to B12 were one task, their times tasks of their own).
    #[test]
    fn a_table_of_steps_met_midway_starts_its_rows_at_its_steps() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nQUY TRÌNH NỘI BỘ\n\n1. Cấp giấy phép\n\nB7 Dự thảo tờ trình.\n\nTrình lãnh đạo phòng.\n\n\
                    Chuyên viên\n\n01 ngày\n\nB8\n\nXem xét hồ sơ\n\nLãnh đạo phòng\n\n1 ngày\n\nB9\n\nKý duyệt\n\n\
                    Lãnh đạo Sở\n\n0,5 ngày\n\nB10\n\nBan hành văn bản\n\nVăn thư\n\n0,5 ngày\n";
        let d = outline("x", text);
        let texts = task_texts(&d);
        for row in [
            "Xem xét hồ sơ | Lãnh đạo phòng | 1 ngày",
            "Ký duyệt | Lãnh đạo Sở | 0,5 ngày",
            "Ban hành văn bản | Văn thư | 0,5 ngày",
        ] {
            assert!(texts.iter().any(|t| t == row), "{row:?} in {texts:#?}");
        }
        assert!(!texts.iter().any(|t| t.ends_with("ngày") && t.split_whitespace().count() <= 2), "{texts:#?}");
    }

    /// A row whose number was lost starts at its procedure's code when the rows open with
    /// their codes (regression: Nghệ An's list of two procedures, "1" / "2.002755" / … /
    /// "2.002757" / …, was one task). A code among a row's cells that do not open with one
    /// stays a cell.
    #[test]
    fn a_rows_code_starts_it_when_its_number_is_lost() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\nTT\n\nMã TTHC\n\nTên TTHC\n\nThời hạn\n\nCăn cứ pháp lý\n\n";
        let row = |code: &str, name: &str| {
            format!("{code}\n\n{name}\n\nTrong 12 ngày làm việc.\n\nLuật Nghĩa vụ quân sự.\n\n")
        };
        let d = outline(
            "x",
            &format!("{head}1\n\n{}{}", row("2.002755", "Trợ cấp một lần"), row("2.002757", "Trợ cấp khác")),
        );
        assert_eq!(
            task_texts(&d)[1..],
            [
                "2.002755 | Trợ cấp một lần | Trong 12 ngày làm việc. | Luật Nghĩa vụ quân sự.",
                "2.002757 | Trợ cấp khác | Trong 12 ngày làm việc. | Luật Nghĩa vụ quân sự."
            ]
        );
        // The codes in a later column: the rows are told by their numbers only.
        let d = outline(
            "x",
            &format!("{head}1\n\n{}{}", row("Trợ cấp một lần", "2.002755"), row("Trợ cấp khác", "2.002757")),
        );
        assert_eq!(task_texts(&d).len(), 2, "{:?}", task_texts(&d));
    }

    /// A Roman group number alone between blank lines starts its group, even after a cell
    /// wrapped to the page's width (regression: Cao Bằng's list of procedures read "… không
    /// giữ chức vụ quản lý II | LAO ĐỘNG (01 TTHC)" as one row, and lost three of its four
    /// groups).
    #[test]
    fn a_roman_group_number_after_a_full_cell_starts_its_group() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH\n\nTT\n\nMã TTHC\n\nTên TTHC\n\nGhi chú\n\n";
        let body = "I\n\nLĨNH VỰC CÔNG CHỨC, VIÊN CHỨC (02 TTHC)\n\n1\n\n1.012300\n\nThủ tục xét tuyển viên chức\n\n\
                    2\n\n1.012301\n\nThủ tục tiếp nhận vào làm viên chức không giữ chức vụ lãnh đạo, quản lý ở\n\
                    các cơ quan, đơn vị sự nghiệp công lập thuộc phạm vi quản lý của Sở Nội vụ tỉnh\n\n\
                    II\n\nLAO ĐỘNG (01 TTHC)\n\n3\n\n1.014319\n\nTuyển chọn kiến trúc sư trưởng\n";
        let d = outline("x", &format!("{head}{body}"));
        let appendix = d.sections.iter().find(|s| s.label.starts_with("PL")).expect("an appendix");
        let groups: Vec<_> = appendix.children.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(groups, ["LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC (02 TTHC)", "LAO ĐỘNG (01 TTHC)"], "{:?}", task_texts(&d));
        assert!(task_texts(&d).iter().all(|t| !t.contains("II")), "{:?}", task_texts(&d));
    }

    /// A capital letter with its title in one cell, over rows numbered in digits, is a group
    /// of the table, as it is over Roman groups (regression: Đồng Nai's "A. THỦ TỤC HÀNH
    /// CHÍNH ÁP DỤNG CHUNG" ran on into the heading row, and "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"
    /// into the last row of group A).
    #[test]
    fn a_capital_group_over_rows_in_digits_is_a_group() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\nSTT\n\nMã TTHC\n\nTên TTHC\n\nGhi chú\n\n";
        let body = "A. THỦ TỤC HÀNH CHÍNH ÁP DỤNG CHUNG\n\n01\n\n2.000908\n\nCấp bản sao từ sổ gốc\n\nKhông\n\n\
                    02\n\n2.000815\n\nChứng thực bản sao từ bản chính\n\nKhông\n\n\
                    B. THỦ TỤC HÀNH CHÍNH CẤP XÃ\n\n1\n\n2.001035\n\nChứng thực di chúc\n\nKhông\n";
        let d = outline("x", &format!("{head}{body}"));
        let appendix = d.sections.iter().find(|s| s.label.starts_with("PL")).expect("an appendix");
        assert_eq!(appendix.columns, ["STT", "Mã TTHC", "Tên TTHC", "Ghi chú"]);
        let groups: Vec<_> =
            appendix.children.iter().map(|s| (s.label.as_str(), s.heading.as_str(), s.tasks.len())).collect();
        assert_eq!(
            groups,
            [("A", "THỦ TỤC HÀNH CHÍNH ÁP DỤNG CHUNG", 2), ("B", "THỦ TỤC HÀNH CHÍNH CẤP XÃ", 1)],
            "{:?}",
            task_texts(&d)
        );
        // A letter that opens a cell's text is no group: a grade "A" before its row, or a "B"
        // with no "A" before it.
        let d = outline("x", &format!("{head}01\n\n2.000908\n\nA Cấp bản sao\n\nKhông\n"));
        assert_eq!(task_texts(&d)[1..], ["2.000908 | A Cấp bản sao | Không"]);
        let d = outline(
            "x",
            &format!("{head}01\n\n2.000908\n\nCấp bản sao\n\nB Không\n\n02\n\n2.000815\n\nChứng thực\n\nKhông\n"),
        );
        assert_eq!(task_texts(&d)[1..], ["2.000908 | Cấp bản sao | B Không", "2.000815 | Chứng thực | Không"]);
    }

    /// A letter item that only names what follows holds the "*" headings after it, and the
    /// next letter closes them (regression: "c) Thành phần, số lượng hồ sơ" was a task and
    /// its "* Thành phần hồ sơ:" / "* Số lượng hồ sơ …" its siblings, in the procedures of 3
    /// real documents; "k) Yêu cầu, điều kiện thực hiện TTHC NB" the same).
    #[test]
    fn a_named_letter_item_holds_the_stars_after_it() {
        let text = "I. THỦ TỤC\n\n1. Thủ tục công nhận\n\na) Trình tự thực hiện: Nộp hồ sơ.\n\n\
                    c) Thành phần, số lượng hồ sơ\n\n* Thành phần hồ sơ:\n\n- Đơn đề nghị.\n\n\
                    * Số lượng hồ sơ: 01 bộ hồ sơ giấy\n\nd) Thời hạn giải quyết: 05 ngày.\n";
        let d = outline("x", text);
        let item = &d.sections[0].children[0];
        let letters: Vec<(&str, &str)> = item.children.iter().map(|s| (s.label.as_str(), s.heading.as_str())).collect();
        assert_eq!(letters, [("a", ""), ("c", "Thành phần, số lượng hồ sơ"), ("d", "")], "{:?}", task_texts(&d));
        // The field given with its value is the second star's task, not its heading (see
        // `a_starred_field_with_its_value_is_a_task`).
        assert_eq!(
            children_and_tasks(&item.children[1]),
            [("Thành phần hồ sơ:", vec!["Đơn đề nghị."]), ("", vec!["Số lượng hồ sơ: 01 bộ hồ sơ giấy"])]
        );
        // An item that says something keeps its stars beside it, as before.
        let d = outline("x", &text.replace("c) Thành phần, số lượng hồ sơ", "c) Nộp hồ sơ tại Trung tâm."));
        assert!(d.sections[0].children[0].children.iter().any(|s| s.label == "*"), "{:?}", task_texts(&d));
    }

    /// A decimal label alone on its line after a heading in capitals or a field with its
    /// value starts its item ("2" / "NỘI DUNG QUY TRÌNH" / "2.1" / "Điều kiện …: Không" /
    /// "2.2" / …; regression: Hà Tĩnh's and Sơn La's procedure sheets read "2 NỘI DUNG QUY
    /// TRÌNH 2.1" and "… Không 2.2", and lost items 2.1, 2.2, 2.4 … in 4 documents). And a
    /// decimal whose parent number is another's is no list inside it: "2.1" after "1.3" is
    /// not under "1.3".
    #[test]
    fn a_bare_decimal_label_after_a_heading_or_a_field_starts_its_item() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nB. QUY TRÌNH NỘI BỘ\n1. Bổ nhiệm giám định viên\n\n1\n\nKÝ HIỆU QUY TRÌNH\n\nQT.GĐ.01\n\n\
                    2\n\nNỘI DUNG QUY TRÌNH\n\n2.1\n\nĐiều kiện thực hiện TTHC: Không\n\n2.2\n\n\
                    Cách thức thực hiện TTHC:\n- Thực hiện trực tiếp tại Trung tâm.\n\n2.3\n\nThành phần hồ sơ, bao gồm:\n\nĐơn đề nghị\n";
        let d = outline("x", text);
        let labels: Vec<String> =
            paths_and_tasks(&d).into_iter().map(|(p, _)| p).filter(|p| p.contains("2.")).collect();
        assert_eq!(
            labels.iter().map(|p| p.rsplit('.').next().unwrap()).collect::<Vec<_>>(),
            ["1", "2", "3"],
            "{labels:?}"
        );
        assert!(task_texts(&d).iter().all(|t| !t.ends_with(" 2.2")), "{:?}", task_texts(&d));
        assert!(d.all_sections().iter().all(|s| !s.heading.ends_with(" 2.1")));
        let d = outline("x", "I. MỤC\n\n1.1. Việc một.\n\n1.2. Việc hai.\n\n2.1. Việc ba.\n");
        let paths: Vec<String> = paths_and_tasks(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["I", "I.1.1", "I.1.2", "I.2.1"]);
    }

    /// A decimal label alone on its line that comes next after the last one starts its
    /// item after any line: a table's checkbox cell ("x" / "2.4" / "Số lượng hồ sơ: …") or a
    /// value without its full stop ("… kể từ ngày nhận được hồ sơ hợp lệ" / "2.6") had kept
    /// it (regression: Hà Tĩnh's procedure sheets lost items 2.4, 2.6 and 2.10 into the item
    /// before; "… hồ sơ hợp lệ 2.6" was one task). A decimal out of sequence there still
    /// runs on.
    #[test]
    fn the_next_bare_decimal_label_starts_its_item_after_any_line() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nB. QUY TRÌNH NỘI BỘ\n1. Bổ nhiệm giám định viên\n\n2\n\nNỘI DUNG QUY TRÌNH\n\n\
                    2.3\n\nThành phần hồ sơ, bao gồm:\n\nĐơn đề nghị\n\nx\n\n";
        let rest = "2.4\n\nSố lượng hồ sơ: 01 (bộ)\n\n2.5\n\nThời hạn giải quyết: 10 ngày làm việc, kể từ ngày nhận\n\
                    được hồ sơ hợp lệ\n\n2.6\n\nĐịa điểm tiếp nhận hồ sơ: Trung tâm.\n";
        let d = outline("x", &format!("{head}{rest}"));
        let last: Vec<String> = paths_and_tasks(&d)
            .into_iter()
            .filter_map(|(p, _)| p.rsplit_once('.').map(|(_, l)| l.to_string()))
            .filter(|l| l.len() == 1 && l != "1")
            .collect();
        assert_eq!(last, ["3", "4", "5", "6"], "{:?}", paths_and_tasks(&d));
        assert!(task_texts(&d).iter().all(|t| !t.ends_with(" 2.6") && !t.ends_with("x 2.4")), "{:?}", task_texts(&d));
        // "2.7" after "2.3" is no next label: it stays where it was written.
        let d = outline("x", &format!("{head}2.7\n\nSố lượng hồ sơ: 01 (bộ)\n"));
        assert!(d.all_sections().iter().all(|s| s.label != "7"), "{:?}", paths_and_tasks(&d));
    }

    /// A list of procedures whose rows are numbered "1", "2" … holds in its cells each
    /// procedure's own list ("1. Trình tự thực hiện: Bước 1: …" / "2. Cơ quan thực hiện:"):
    /// the table is no table of steps, and the cell's list, written another way than the rows'
    /// numbers, stays in its row (regression: 54,000 characters of Hồ Chí Minh City's list of
    /// procedures were one task; in Phú Thọ's list "1. Trực tiếp:" / "2. Trực tuyến" were rows).
    /// A second table's rows may be written another way ("1." then, after "STT", "1").
    #[test]
    fn a_cells_own_numbered_list_is_not_the_tables_rows() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC THỦ TỤC\n\nTT\n\nTên thủ tục\n\nNội dung\n\n";
        let rows = "1\n\nCông nhận trung tâm\n\n1. Trình tự thực hiện: Bước 1: Nộp hồ sơ.\n\nBước 2: Xử lý hồ sơ.\n\n\
                    2. Cơ quan thực hiện: Sở.\n\n3. Kết quả: Quyết định.\n\n\
                    2\n\nCấp lại giấy công nhận\n\n1. Trình tự thực hiện: Bước 1: Nộp hồ sơ.\n\n2. Cơ quan thực hiện: Sở.\n";
        let d = outline("x", &format!("{head}{rows}"));
        let tasks = task_texts(&d);
        assert_eq!(tasks.len(), 3, "{tasks:?}");
        assert!(
            tasks[1].starts_with("Công nhận trung tâm | 1. Trình tự") && tasks[1].ends_with("3. Kết quả: Quyết định.")
        );
        assert!(tasks[2].starts_with("Cấp lại giấy công nhận | 1. Trình tự"), "{tasks:?}");
        let second = "1.\n\nCấp chứng chỉ\n\n2.\n\nGia hạn chứng chỉ\n\nDanh mục bị bãi bỏ\n\nSTT\n\nTên thủ tục\n\n\
                      1\n\nThu hồi chứng chỉ\n\n2\n\nCấp lại chứng chỉ\n";
        let d = outline("x", &format!("{head}{second}"));
        let tasks = task_texts(&d);
        assert_eq!(
            tasks[1..],
            [
                "Cấp chứng chỉ",
                "Gia hạn chứng chỉ | Danh mục bị bãi bỏ | STT | Tên thủ tục",
                "Thu hồi chứng chỉ",
                "Cấp lại chứng chỉ"
            ],
            "{tasks:?}"
        );
    }

    /// A duration in a table's time column ("2 ngày") is a cell, not the next row's number
    /// (regression: in Đồng Tháp's land procedures "2 ngày" started row 2 and the real row 2 was a
    /// cell of it).
    #[test]
    fn a_duration_is_a_cell_not_a_row_number() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nQUY TRÌNH\n\nTT\n\nNội dung\n\nThời gian\n\n1\n\nTiếp nhận hồ sơ.\n\n2 ngày\n\n\
                    2\n\nThẩm định hồ sơ.\n\n3 ngày\n\n3\n\nTrả kết quả\n\nGiờ hành chính\n";
        let d = outline("x", text);
        let rows = ["Tiếp nhận hồ sơ. | 2 ngày", "Thẩm định hồ sơ. | 3 ngày", "Trả kết quả | Giờ hành chính"];
        assert_eq!(task_texts(&d)[1..], rows);
    }

    /// A rate's unit closing a row's cell ("553" / "người/ngày") leaves the next row's number
    /// alone, though its last syllable is "ngày", after which a number is a day (regression:
    /// the 14 rows of Vĩnh Long's table of exam payments, 22/2025/NQ-HĐND, were one task).
    #[test]
    fn a_rates_unit_is_no_day_before_the_next_row() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC II\n\nNỘI DUNG CHI\n\nSố TT\n\nNội dung chi\n\nMức chi\n\nĐơn vị tính\n\n\
                    1\n\nBan chỉ đạo thi\n\n- Trưởng ban\n\n553\n\nngười/ngày\n\n- Phó Trưởng ban\n\n498\n\nngười/ngày\n\n\
                    2\n\nHội đồng thi\n\n- Chủ tịch\n\n553\n\nngười/ngày\n\n3\n\nBan Thư ký\n\n- Trưởng ban\n\n442\n\nngười/ngày\n";
        let d = outline("x", text);
        let rows: Vec<String> = task_texts(&d)[1..].to_vec();
        assert_eq!(rows.len(), 3, "{rows:#?}");
        assert!(rows[1].starts_with("Hội đồng thi") && rows[2].starts_with("Ban Thư ký"), "{rows:#?}");
    }

    /// A number before its count's unit ("02" / "TTHC", "692" / "người/ngày") is a count, a
    /// cell of its row, even when it is the next row number (regression: a list of procedures'
    /// total, "Tổng số danh mục TTHC công bố:" / "02" / "TTHC" / "- Cấp tỉnh:" / "01" / "TTHC",
    /// was read as rows 2 and 1, each a task "TTHC").
    #[test]
    fn a_count_before_its_unit_is_no_row_number() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC\n\nTT\n\nTên thủ tục\n\nCăn cứ\n\n1\n\nHỗ trợ lãi suất\n\nNghị định 1\n\n\
                    Tổng số TTHC:\n\n02\n\nTTHC\n\n- Cấp tỉnh:\n\n01\n\nTTHC\n\n3\n\nPhó Trưởng ban\n\n2\n\nngười/ngày\n";
        let d = outline("x", text);
        let rows = [
            "Hỗ trợ lãi suất | Nghị định 1 | Tổng số TTHC: | 02 TTHC | - Cấp tỉnh: | 01 TTHC",
            "Phó Trưởng ban | 2 người/ngày",
        ];
        assert_eq!(task_texts(&d)[1..], rows);
    }

    /// A row number the author skipped ("30" then "32") still starts a row, as a skipped
    /// sibling label does; a figure in lower-case text ("32 hộ") does not. A row ending on the
    /// ditto cell "Như trên" is followed by the next row's number (regression: Bắc Ninh's
    /// list of support procedures ran from row 30 to the end as one row; in Hà Tĩnh's
    /// procedures "Như trên" / "2" was read as one cell).
    #[test]
    fn a_skipped_row_number_and_a_ditto_cell() {
        let head = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC\n\nSTT\n\nTên thủ tục\n\nGhi chú\n\n";
        let rows = "1\n\nHỗ trợ lãi suất\n\nNhư trên\n\n2\n\nHỗ trợ giống.\n\n32 hộ\n\n4\n\nHỗ trợ chăn nuôi\n\n5\n\nHỗ trợ máy\n";
        let d = outline("x", &format!("{head}{rows}"));
        let rows = ["Hỗ trợ lãi suất | Như trên", "Hỗ trợ giống. | 32 hộ", "Hỗ trợ chăn nuôi", "Hỗ trợ máy"];
        assert_eq!(task_texts(&d)[1..], rows);
    }

    /// A sub-row's letter alone on its line, outside a table that was recognised, goes with
    /// its row, not a task of its own; a ticked cell's "x" goes with the row before
    /// (regression: four tasks "a" … "d" in Cà Mau's budget plan).
    #[test]
    fn a_sub_rows_letter_goes_with_its_row() {
        let text = "I. NỘI DUNG\n\n1. Chi đầu tư phát triển 5.937.440\n\na\n\nChi đầu tư XDCB vốn trong nước 1.174.540\n\n\
                    b\n\nChi từ nguồn thu tiền sử dụng đất 690.000\n\n2. Hồ sơ gồm:\n\nSơ yếu lý lịch.\n\nx\n";
        let d = outline("x", text);
        let tasks = task_texts(&d);
        assert!(tasks.contains(&"a Chi đầu tư XDCB vốn trong nước 1.174.540".to_string()), "{tasks:?}");
        assert!(tasks.contains(&"b Chi từ nguồn thu tiền sử dụng đất 690.000".to_string()), "{tasks:?}");
        assert!(tasks.contains(&"Sơ yếu lý lịch. x".to_string()), "{tasks:?}");
        assert!(!tasks.iter().any(|t| t.len() <= 2), "{tasks:?}");
    }

    /// A step or a target named with its number is not a sentence of its own: "Bước 1. Xác
    /// định …" is one task, not "Bước 1." and "Xác định …" (regression: 60 such halves in 10
    /// real documents: steps, targets "Mục tiêu 1.", forms "Mẫu số 01."); a sentence ending in
    /// a year or a figure still ends there.
    #[test]
    fn a_numbered_name_is_not_a_sentence() {
        let text = "I. NỘI DUNG\n\n1. Quy trình gồm các bước sau:\n\nBước 1. Xác định những nội\ndung cần tư vấn;\n\n\
                    Bước 2. Lựa chọn hình thức tư vấn.\n\n2. Kết quả đạt 95. Tỷ lệ hộ nghèo giảm trong năm 2025. Các xã báo cáo.\n";
        let d = outline("x", text);
        let tasks = task_texts(&d);
        assert!(tasks.contains(&"Bước 1. Xác định những nội dung cần tư vấn;".to_string()), "{tasks:?}");
        assert!(tasks.contains(&"Bước 2. Lựa chọn hình thức tư vấn.".to_string()), "{tasks:?}");
        assert!(tasks.contains(&"Tỷ lệ hộ nghèo giảm trong năm 2025.".to_string()), "{tasks:?}");
        assert!(tasks.contains(&"Các xã báo cáo.".to_string()), "{tasks:?}");
        assert!(is_numbered_name("Mục tiêu 1") && is_numbered_name("Bước 12"));
        assert!(!is_numbered_name("Năm 2025") && !is_numbered_name("Kết quả đạt 95") && !is_numbered_name("1"));
        assert!(!is_numbered_name("PHỤ LỤC 1"));
    }

    /// A decimal item titled with a named target over its lines is a heading, as its twin
    /// written with a colon is ("1.1. Mục tiêu 1. Lĩnh vực chính trị" beside "1.2. Mục tiêu
    /// 2: Lĩnh vực y tế"; regression: Hồ Chí Minh City's plan 174/KH-UBND read five of six
    /// such titles as tasks under empty headings). A title with a sentence after the name
    /// stays a task.
    #[test]
    fn a_title_opened_by_a_numbered_name_is_a_heading() {
        let text = "I. MỤC TIÊU\n\n1. Phấn đấu đạt các chỉ tiêu sau:\n\n1.1. Mục tiêu 1. Lĩnh vực\nchính trị\n\n\
                    - Chỉ tiêu 1: Đạt 60% cơ quan có lãnh đạo chủ chốt là nữ.\n\n\
                    1.2. Mục tiêu 2: Lĩnh vực y tế\n\n- Chỉ tiêu 1: Giảm tỷ số giới tính khi sinh.\n\n\
                    1.3. Mục tiêu 3. Tăng tỷ lệ nữ đại biểu. Các xã báo cáo kết quả\n\n- Chỉ tiêu 1: Đạt 30%.\n";
        let d = outline("x", text);
        let items = &d.sections[0].children[0].children;
        assert_eq!(items[0].heading, "Mục tiêu 1. Lĩnh vực chính trị");
        assert_eq!(section_texts(&items[0]), ["Chỉ tiêu 1: Đạt 60% cơ quan có lãnh đạo chủ chốt là nữ."]);
        assert_eq!(items[1].heading, "Mục tiêu 2: Lĩnh vực y tế");
        assert_eq!(items[2].heading, "");
        assert!(section_texts(&items[2]).contains(&"Các xã báo cáo kết quả"), "{:?}", section_texts(&items[2]));
    }

    /// Letter items that extraction ran into one paragraph are items of their own: the next
    /// letter after the paragraph's own ("c) … đất đai. d) Các cơ quan …"), or a list opened
    /// by a colon with its "a)" and "b)" ("… gồm: a) Chủ tịch …; b) Các Phó …"); a point
    /// cited in a sentence ("tại điểm a) khoản 2") or a letter out of turn stays text
    /// (regression: Lai Châu's "c)" held "d)", and compare paired the two as one).
    #[test]
    fn run_in_letter_items_are_items() {
        let text = "Điều 1. Đối tượng\n\n1. Áp dụng với:\n\na) Sở Tài chính.\n\nb) Văn phòng đăng ký đất đai,\n\
                    Chi nhánh đất đai. c) Các cơ quan khác có liên quan.\n\n2. Hội đồng gồm: a) Chủ tịch Hội đồng;\n\
                    b) Các Phó Chủ tịch Hội đồng;\nc) Các Ủy viên.\n\n3. Thực hiện theo điểm a) Khoản 2. e) Không.\n\n\
                    4. Cấp xã gồm: a) Chủ tịch.\n";
        let d = outline("x", text);
        let art = &d.sections[0];
        let labels = |s: &Section| s.children.iter().map(|c| c.label.clone()).collect::<Vec<_>>();
        assert_eq!(labels(&art.children[0]), ["a", "b", "c"]);
        assert_eq!(art.children[0].children[2].tasks[0].text, "Các cơ quan khác có liên quan.");
        // The run-in "c)" keeps the source line it shares with "b)".
        let (b, c) = (&art.children[0].children[1], &art.children[0].children[2]);
        assert_eq!((b.tasks[0].lines.end, c.tasks[0].lines.start), (8, 8));
        assert_eq!(labels(&art.children[1]), ["a", "b", "c"]);
        assert_eq!(art.children[1].heading, "Hội đồng gồm:");
        assert!(art.children[2].children.is_empty(), "{:?}", art.children[2]);
        assert!(art.children[3].children.is_empty(), "a list of one item is no list: {:?}", art.children[3]);
        // Numbered clauses the same way: "2. … môi trường. 3. Điểm tập kết tạm thời …"; a
        // number that does not follow on ("khoản 1 Điều 76", "năm 2022. 5. …") stays text.
        let text = "Điều 1. Điểm tập kết\n\n1. Ủy ban nhân dân cấp xã bố trí điểm tập kết.\n\n2. Điểm tập kết đáp ứng \
                    khoản 1 Điều\n76 Luật Bảo vệ môi trường. 3. Điểm tập kết tạm thời chỉ dùng trong ngày. 5. Không.\n";
        let d = outline("x", text);
        let clauses: Vec<&str> = d.sections[0].children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(clauses, ["1", "2", "3"]);
        assert_eq!(d.sections[0].children[2].tasks.len(), 2, "{:?}", d.sections[0].children[2]);
        // The next number glued to the sentence's end by extraction ("tiêu cực.2. Giao", a
        // real resolution's clause lost into the one before); a decimal ("khoản 1.2. Các")
        // is not a sentence's end.
        let text = "Điều 1. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tổ chức thực hiện, không để xảy ra\n\
                    tiêu cực.2. Giao Thường trực Hội đồng nhân dân giám sát theo mục 1.2. Các Ban tham gia.\n\n\
                    3. Đề nghị Ủy ban Mặt trận Tổ quốc tuyên truyền.\n";
        let d = outline("x", text);
        let clauses: Vec<&str> = d.sections[0].children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(clauses, ["1", "2", "3"]);
        assert_eq!(
            d.sections[0].children[0].tasks[0].text,
            "Giao Ủy ban nhân dân tổ chức thực hiện, không để xảy ra tiêu cực."
        );
        assert!(
            d.sections[0].children[1].tasks.iter().any(|t| t.text.contains("mục 1.2.")),
            "{:?}",
            d.sections[0].children[1]
        );
    }

    /// An article's title on its own line, its sentence wrapped on the lines after it with no
    /// blank line between (a PDF's text; 24 articles of 18 real documents), is the article's
    /// heading, not the start of its task; a sentence that only wraps there is not cut.
    #[test]
    fn an_articles_title_wrapped_into_its_sentence_is_its_heading() {
        let text = "QUYẾT ĐỊNH:\n\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định thời\n\
                    gian hoạt động của các đại lý Internet trên địa bàn tỉnh.\n\n\
                    Điều 2. Chánh Văn phòng UBND tỉnh\nGiám đốc Sở Tài chính và các cơ quan có liên quan chịu \
                    trách nhiệm thi hành.\n\n\
                    Điều 3. Bãi bỏ toàn bộ\nQuyết định số 35/2015/QĐ-UBND ngày 17/12/2015 của UBND tỉnh.\n\n\
                    Điều 4. Công bố kèm theo\nQuyết định này danh mục thủ tục hành chính mới ban hành.\n\n\
                    Điều 5.\nHiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n";
        let d = outline("x", text);
        let arts: Vec<(&str, Vec<&str>)> = d
            .sections
            .iter()
            .map(|s| (s.heading.as_str(), s.tasks.iter().map(|t| t.text.as_str()).collect()))
            .collect();
        assert_eq!(
            arts[0],
            (
                "Phạm vi điều chỉnh",
                vec!["Quyết định này quy định thời gian hoạt động của các đại lý Internet trên địa bàn tỉnh."]
            )
        );
        // A name wrapped ("UBND tỉnh" / "Giám đốc …"), a document cited as the object, a
        // line ending on "theo": one sentence each, as before.
        for (k, start) in [
            (1, "Chánh Văn phòng UBND tỉnh Giám đốc"),
            (2, "Bãi bỏ toàn bộ Quyết định số"),
            (3, "Công bố kèm theo Quyết"),
        ] {
            assert_eq!(arts[k].1.len(), 1, "{:?}", arts[k]);
            assert!(arts[k].1[0].starts_with(start), "{:?}", arts[k]);
        }
        assert_eq!(arts[4], ("Hiệu lực thi hành", vec!["Quyết định này có hiệu lực thi hành kể từ ngày ký."]));
        // A title wrapped onto a line in small letters ends at the line with a capital
        // (regression: Đồng Tháp 139/2025's "Điều 4. Quy" / "định chuyển tiếp" / "Những dự
        // án, …" had no heading, its title the start of its task); a sentence that runs on
        // to a name does not ("Giao" / "cho" / "Ủy ban …").
        let text = "QUYẾT ĐỊNH:\n\nĐiều 1. Quy\nđịnh chuyển tiếp\nNhững dự án, tiểu dự án đã được phê duyệt thì \
                    tiếp tục thực hiện theo phương án đã phê duyệt.\n\n\
                    Điều 2. Giao\ncho\nỦy ban nhân dân các xã thực hiện kế hoạch này.\n\n\
                    Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n";
        let d = outline("x", text);
        assert_eq!(d.sections[0].heading, "Quy định chuyển tiếp");
        assert!(d.sections[0].tasks[0].text.starts_with("Những dự án"), "{:?}", d.sections[0]);
        assert_eq!(d.sections[1].heading, "");
        assert_eq!(d.sections[1].tasks[0].text, "Giao cho Ủy ban nhân dân các xã thực hiện kế hoạch này.");
        // A title the sentence repeats at once, whatever its case and wherever it wraps.
        let text = "QUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ toàn bộ Quyết\nđịnh\nBãi bỏ toàn bộ Quyết định số\n\
                    14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh.\n\n\
                    Điều 2. Tổ chức thực hiện tổ chức thực hiện tốt\nvà đúng hạn.\n";
        let d = outline("x", text);
        assert_eq!(d.sections[0].heading, "Bãi bỏ toàn bộ Quyết định");
        assert_eq!(
            d.sections[0].tasks[0].text,
            "Bãi bỏ toàn bộ Quyết định số 14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh."
        );
        // Said twice in one sentence (no capital where it starts again): no title.
        assert_eq!(d.sections[1].tasks[0].text, "Tổ chức thực hiện tổ chức thực hiện tốt và đúng hạn.");
        // A numbered clause's title, only over a sentence naming the document itself.
        let text = "QUYẾT ĐỊNH:\n\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Phạm vi điều chỉnh\n\
                    Quyết định này quy định\nvề phân cấp tuyển dụng viên chức.\n\n2. Giao các phòng chuyên môn\n\
                    Tham mưu thực hiện tốt các nhiệm vụ được giao.\n";
        let d = outline("x", text);
        let clauses = &d.sections[0].children;
        assert_eq!(clauses[0].heading, "Phạm vi điều chỉnh");
        assert_eq!(clauses[0].tasks[0].text, "Quyết định này quy định về phân cấp tuyển dụng viên chức.");
        assert_eq!(clauses[1].heading, "");
        assert!(clauses[1].tasks[0].text.starts_with("Giao các phòng chuyên môn Tham mưu"), "{:?}", clauses[1]);
    }

    /// An article's title of any length over its points is its heading (a procedure's
    /// article in a land office's rules, 41 words over four lines); a sentence that ends with
    /// its stop, or leads in with a colon past the heading's length, stays a task.
    #[test]
    fn a_long_article_title_over_its_points_is_its_heading() {
        let title = "Đăng ký biến động đối với trường hợp thành viên của hộ gia đình hoặc cá nhân đang sử dụng \
                     đất thành lập doanh nghiệp tư nhân và sử dụng đất vào hoạt động sản xuất kinh doanh của \
                     doanh nghiệp";
        let text = format!(
            "QUYẾT ĐỊNH:\n\nĐiều 1. {title}\n\na) Thời gian thực hiện: Không quá 08 ngày làm việc.\n\n\
             b) Hẹn lần 1: không quá 05 ngày làm việc.\n\n\
             Điều 2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành và Ủy ban nhân \
             dân các xã, phường tổ chức thực hiện các nội dung sau đây của Quyết định này theo đúng quy định \
             của pháp luật hiện hành:\n\na) Hướng dẫn thực hiện.\n\n\
             Điều 3. Ủy ban nhân dân các xã, phường chịu trách nhiệm tổ chức thực hiện Quyết định này.\n\n\
             a) Báo cáo kết quả.\n"
        );
        let d = outline("x", &text);
        assert_eq!(d.sections[0].heading, title);
        assert!(d.sections[0].tasks.is_empty(), "{:?}", d.sections[0].tasks);
        assert_eq!(d.sections[1].heading, "", "a lead of more than 24 words with its colon");
        assert_eq!(d.sections[2].heading, "", "a sentence with its stop");
        assert_eq!(d.sections[2].tasks.len(), 1);
    }

    /// Rules attached to a decision that end in a list of their forms under "Phụ lục" in
    /// sentence case, then the forms: the list is an attachment of its own, not the last
    /// clause's text, and the first form under its label and motto is another, not the
    /// list's last row (regression: Đồng Tháp's rules on official e-mail, 143/2025/QĐ-UBND,
    /// read the list and all of form 01 into clause 17.3).
    #[test]
    fn a_list_of_forms_under_a_sentence_case_label_is_an_attachment() {
        let text = "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n\nĐiều 2. Quyết định có hiệu lực.\n\n\
                    Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    QUY CHẾ\n\n(Ban hành kèm theo Quyết định số 143/2025/QĐ-UBND)\n\n\
                    Điều 1. Phạm vi\n\nQuy chế này quy định việc dùng thư điện tử.\n\n\
                    Điều 2. Tổ chức thực hiện\n\n1.\nSở Khoa học và Công nghệ chủ trì thực hiện.\n\n\
                    2.\nNếu có vướng mắc, các cơ quan báo cáo để xem xét.\n\n\
                    Phụ lục\n\nDANH MỤC BIỂU MẪU\n\n(Ban hành kèm theo Quyết định số 143/2025/QĐ-UBND)\n\n\
                    STT\n\nMẫu biểu\n\nNội dung\n\n1\n\nMẫu\nsố 01\n\nĐề nghị cấp mới hộp thư\n\n\
                    2\n\nMẫu\nsố 02\n\nĐề nghị thu hồi hộp thư\n\n\
                    Mẫu số 01\n\n<CƠ QUAN CHỦ\nQUẢN>\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n\
                    Độc lập - Tự do - Hạnh phúc\n---------------\n\n\
                    Kính gửi: Trung tâm Chuyển đổi số.\n\n<Cơ quan, đơn vị> đề nghị cấp mới hộp thư điện tử công vụ.\n";
        let d = outline("x", text);
        let last_clause = &d.sections[2].children[1].children[1];
        assert_eq!(section_texts(last_clause), ["Nếu có vướng mắc, các cơ quan báo cáo để xem xét."]);
        let list = &d.sections[3];
        assert!(list.heading.starts_with("Phụ lục DANH MỤC BIỂU MẪU"), "{:?}", list.heading);
        assert_eq!(section_texts(list), ["Mẫu số 01 | Đề nghị cấp mới hộp thư", "Mẫu số 02 | Đề nghị thu hồi hộp thư"]);
        let form = &d.sections[4];
        assert!(form.heading.starts_with("Mẫu số 01"), "{:?}", form.heading);
        assert!(section_texts(form).iter().any(|t| t.contains("đề nghị cấp mới")), "{:?}", form.tasks);
    }

    /// A form's national motto in an attachment is the form's header: neither a section
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" nor a task "Độc lập - Tự do - Hạnh phúc"; the form's
    /// title after it heads the form (regression: 29 motto tasks and 20 motto sections in 11
    /// real documents, paired with each other by `compare`).
    #[test]
    fn a_forms_motto_is_its_header_not_a_task() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nCÁC MẪU ĐƠN\n\nMẫu 01 kèm theo.\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n\n\
                    Độc lập - Tự do - Hạnh phúc\n\n---------------\n\nĐƠN ĐỀ NGHỊ\n\nKính gửi: Ủy ban nhân dân xã.\n";
        let d = outline("x", text);
        assert_eq!(task_texts(&d)[1..], ["Mẫu 01 kèm theo.", "Kính gửi: Ủy ban nhân dân xã."]);
        let pl = d.sections.last().unwrap();
        let headings: Vec<&str> = pl.children.iter().map(|c| c.heading.as_str()).collect();
        assert_eq!(headings, ["ĐƠN ĐỀ NGHỊ"]);
        assert!(d.parts.iter().any(|p| p.kind == PartKind::Header && p.lines.start > 10));
        assert!(meta::is_form_motto("Mẫu số 27 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assert!(!meta::is_form_motto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM quy định"));
        assert!(!meta::is_form_motto("---------------"));
        // Each opening the quick check lets through, with a rule after.
        assert!(meta::is_form_motto("Độc lập - Tự do - Hạnh phúc"));
        assert!(meta::is_form_motto(
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------------------------------"
        ));
    }

    /// A form inside a numbered item of a list, printed without blank lines between its lines
    /// (form number, motto, rule, title in capitals), is a section of its own headed by its
    /// title, and the list's next item after the form's table still follows the item before
    /// (regression: two titles "--------------- ĐƠN ĐỀ NGHỊ …" were tasks in capitals inside
    /// a procedure's legal grounds).
    #[test]
    fn a_form_between_two_items_of_a_list() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nTHỦ TỤC HÀNH CHÍNH\n\n1. Thủ tục nhập khẩu\n\nCăn cứ pháp lý:\n\n1. Luật Dược;\n2. Nghị định số 163.\n\n\
                    Mẫu số 27\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nĐƠN ĐỀ NGHỊ\nNHẬP KHẨU THUỐC\n\n\
                    Kính gửi: Sở Y tế.\n\nTT\n\nTên thuốc\n\nSố lượng\n\n(1) Ủy ban nhân dân nơi cửa khẩu.\n\n\
                    2. Thủ tục xuất khẩu\n\nTrình tự thực hiện.\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        let top: Vec<(&str, &str)> = pl.children.iter().map(|c| (c.label.as_str(), c.heading.as_str())).collect();
        // Each procedure's name, on its line before a blank and a capital, is its item's
        // heading.
        assert_eq!(top, [("1", "Thủ tục nhập khẩu"), ("", "ĐƠN ĐỀ NGHỊ NHẬP KHẨU THUỐC"), ("2", "Thủ tục xuất khẩu")]);
        assert!(pl.children[2].tasks[0].text.starts_with("Trình tự thực hiện"));
        assert!(task_texts(&d).iter().all(|t| !t.contains("---") && !t.contains("Độc lập")), "{:?}", task_texts(&d));
    }

    /// Procedures each followed by their sheet, whose rows are numbered "1" / "KÝ HIỆU QUY
    /// TRÌNH" (a heading in capitals once its number joins it): every procedure is an item
    /// of the list, holding its own sheet, even the third, which follows the sheet's own
    /// "1." "2." (regression: the first sheet closed the list, so procedure 2 was a cell of a
    /// table and its code row a task "KÝ HIỆU QUY TRÌNH | QT.GĐ.02"). Each sheet has its
    /// parts 1 to 4 as Hà Tĩnh's have them; the steps' table ends at part "3" / "BIỂU MẪU".
    #[test]
    fn procedures_with_their_sheets_stay_one_list() {
        let sheet = |code: &str| {
            format!(
                "1\n\nKÝ HIỆU QUY TRÌNH\n\n{code}\n\n2\n\nNỘI DUNG QUY TRÌNH\n\n2.1\n\nThành phần hồ sơ:\n\n\
                 1. Đơn đề nghị.\n\n2. Sơ yếu lý lịch.\n\n2.2\n\nQuy trình xử lý công việc\n\nTT\n\nTrình tự\n\n\
                 Trách nhiệm\n\nB1\n\nTiếp nhận hồ sơ\n\nVăn thư\n\n3\n\nBIỂU MẪU\n\nMẫu 01\n\n4\n\nHỒ SƠ LƯU\n\n-\n\n\
                 Hồ sơ lưu tại đơn vị.\n\n"
            )
        };
        let text = format!(
            "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
             PHỤ LỤC\n\nDANH MỤC VÀ QUY TRÌNH NỘI BỘ\n\nA. DANH MỤC THỦ TỤC\n\n1. Bổ nhiệm giám định viên.\n\nB. QUY TRÌNH NỘI BỘ\n\
             1. Bổ nhiệm giám định viên\n\n{}2. Miễn nhiệm giám định viên\n\n{}3. Điều chỉnh giám định viên\n\n{}",
            sheet("QT.GĐ.01"),
            sheet("QT.GĐ.02"),
            sheet("QT.GĐ.03")
        );
        let d = outline("x", &text);
        let pl = d.sections.last().unwrap();
        let top: Vec<&str> = pl.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(top, ["A", "B"]);
        let items: Vec<(&str, Vec<&str>)> = pl.children[1]
            .children
            .iter()
            .map(|c| (c.label.as_str(), c.children.iter().map(|s| s.heading.as_str()).collect()))
            .collect();
        assert_eq!(items.len(), 3, "{items:?}");
        for (k, (label, headings)) in items.iter().enumerate() {
            assert_eq!(*label, (k + 1).to_string());
            assert_eq!(headings.first(), Some(&"1 KÝ HIỆU QUY TRÌNH"), "{items:?}");
        }
        assert!(items[2].1.last().is_some_and(|h| h.ends_with("HỒ SƠ LƯU")), "{items:?}");
        assert!(task_texts(&d).iter().all(|t| !t.contains("KÝ HIỆU")), "{:?}", task_texts(&d));
    }

    /// A form's numbered field left blank to fill is the item's name, not a task; a filled
    /// field is a task.
    #[test]
    fn a_blank_form_field_is_no_task() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nTỜ KHAI\n\n1. Họ và tên: Nguyễn Văn B\n\n2. CC/CCCD/CMND: …………………\n\n3. Ngày sinh: ..........\n";
        let d = outline("x", text);
        assert_eq!(task_texts(&d)[1..], ["Họ và tên: Nguyễn Văn B"]);
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.children[1].heading, "CC/CCCD/CMND: …………………");
        assert!(!is_blank_field("Thời gian: tháng 3") && !is_blank_field("……"));
    }

    /// A form's signature caption in an attachment ("NGƯỜI LÀM ĐƠN (Ký, ghi rõ họ tên)") is a
    /// signature part, not a task; a task that mentions signing is still a task (regression:
    /// 22 captions of forms were tasks in 5 real documents).
    #[test]
    fn a_forms_signature_caption_is_a_signature_not_a_task() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nMẪU ĐƠN\n\nKính gửi: Ủy ban nhân dân xã.\n\nTôi đề nghị được hỗ trợ (ký tên bên dưới).\n\n\
                    (2) QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ (Ký, ghi rõ họ tên và đóng dấu)\n\nHướng dẫn nội dung ghi.\n\n\
                    NGƯỜI LÀM ĐƠN\n(Ký, ghi rõ họ tên)\n\n\
                    QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ (Chữ ký của người có thẩm quyền, dấu (nếu có)) Họ và tên\n";
        let d = outline("x", text);
        let tasks = task_texts(&d);
        assert!(!tasks.iter().any(|t| t.contains("NGƯỜI")), "{tasks:?}");
        assert!(tasks.iter().any(|t| t.starts_with("Tôi đề nghị")), "{tasks:?}");
        // Behind a form's placeholder number "(2)" too, and not a heading holding what follows.
        assert!(d.sections.iter().all(|s| !s.heading.contains("NGƯỜI")), "{:?}", d.sections);
        let signatures = d.parts.iter().filter(|p| p.kind == crate::model::PartKind::Signature).count();
        assert_eq!(signatures, 4, "{:?}", d.parts);
    }

    /// A table groups its rows: "I" / "NHÓM …" above rows numbered in digits (from 1 in
    /// each group or on through the groups), "A" / "B" above the Roman groups. Each group is a
    /// section holding its rows, not a row of its own; a Roman number with no row under it
    /// and a capital letter not followed by "I" stay cells (regression: group titles were
    /// tasks in capitals, "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH", in 20 real attachments).
    #[test]
    fn a_tables_group_rows_are_sections_holding_their_rows() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\nSTT\n\nNhiệm vụ\n\nXếp loại\n\n\
                    A\n\nNHIỆM VỤ CẤP TỈNH\n\nI\n\nNHÓM GIẢI PHÁP VỀ CƠ CHẾ\n\n1\n\nRà soát cơ chế\n\nA\n\n\
                    2\n\nBan hành chính sách.\n\nII\n\nPHÁT TRIỂN NHÂN LỰC\n\n3\n\nĐào tạo cán bộ\n\nA\n\n\
                    B\n\nNHIỆM VỤ CẤP XÃ\n\nI\n\nTUYÊN TRUYỀN\n\n1\n\nPhổ biến kế hoạch\n\nII\n\nTổng cộng\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        let tree: Vec<(String, String, Vec<String>)> = pl
            .children
            .iter()
            .flat_map(|c| std::iter::once(c).chain(c.children.iter()))
            .map(|s| (s.label.clone(), s.heading.clone(), s.tasks.iter().map(|t| t.text.clone()).collect()))
            .collect();
        let row =
            |l: &str, h: &str, t: &[&str]| (l.to_string(), h.to_string(), t.iter().map(|x| x.to_string()).collect());
        assert_eq!(
            tree,
            vec![
                row("A", "NHIỆM VỤ CẤP TỈNH", &[]),
                row("I", "NHÓM GIẢI PHÁP VỀ CƠ CHẾ", &["Rà soát cơ chế | A", "Ban hành chính sách."]),
                row("II", "PHÁT TRIỂN NHÂN LỰC", &["Đào tạo cán bộ | A"]),
                row("B", "NHIỆM VỤ CẤP XÃ", &[]),
                row("I", "TUYÊN TRUYỀN", &["Phổ biến kế hoạch", "Tổng cộng"]),
            ]
        );
        // The heading row names the columns; it is not a row.
        assert!(pl.tasks.is_empty(), "{:?}", pl.tasks);
        assert_eq!(pl.columns, ["STT", "Nhiệm vụ", "Xếp loại"]);
        assert_eq!(pl.children[1].children[0].kind, LabelKind::Roman);
        assert_eq!(pl.children[0].kind, LabelKind::Capital);
    }

    /// A form's title in capitals wrapped over two lines, ending in a blank to fill
    /// ("ĐƠN ĐĂNG KÝ … DI CHUYỂN" / "ĐẾN ĐIỂM BỐ TRÍ ỔN ĐỊNH DÂN CƯ……………"), is one heading, not a
    /// heading and a task in capitals; a line that starts a number ("I THU NỘI ĐỊA") starts a
    /// heading of its own, and so does the heading after the motto beside an issuer ("TÊN CƠ
    /// QUAN" / "CỘNG HÒA XÃ HỘI …" / "TỔNG THU …"; the motto is the form's header) (regression:
    /// form titles were tasks in capitals in three real attachments).
    #[test]
    fn a_forms_title_wrapped_and_ending_in_a_blank_is_one_heading() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nCÁC MẪU ĐƠN\n\nMẫu số 01.\n\n\
                    ĐƠN ĐĂNG KÝ VÀ CAM KẾT CỦA HỘ TỰ NGUYỆN DI CHUYỂN\n\nĐẾN ĐIỂM BỐ TRÍ ỔN ĐỊNH DÂN CƯ……………\n\n\
                    Kính gửi: Ủy ban nhân dân xã.\n\nTÊN CƠ QUAN, TỔ CHỨC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n\
                    Độc lập - Tự do - Hạnh phúc.\n\nTỔNG THU NGÂN SÁCH\n\nI THU NỘI ĐỊA\n\nThu từ thuế.\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        let headings: Vec<&str> = pl.children.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec![
                "ĐƠN ĐĂNG KÝ VÀ CAM KẾT CỦA HỘ TỰ NGUYỆN DI CHUYỂN ĐẾN ĐIỂM BỐ TRÍ ỔN ĐỊNH DÂN CƯ……………",
                "TÊN CƠ QUAN, TỔ CHỨC",
                "TỔNG THU NGÂN SÁCH",
                "I THU NỘI ĐỊA"
            ]
        );
        assert!(task_texts(&d).iter().all(|t| !is_caps(t)), "{:?}", task_texts(&d));
    }

    /// The legal portal's page after a saved document (its name again, "Văn bản này chưa cập
    /// nhật nội dung Tiếng Anh", "## Văn bản liên quan", lists, help and notices) is a part of
    /// its own and holds no task, with the list of files attached before it (regression: 124
    /// of the real documents had the portal's help as an attachment's tasks).
    #[test]
    fn the_portals_page_after_the_document_is_not_read() {
        let doc = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                   PHỤ LỤC\n\n1. Chi khác theo quy định\n";
        let portal = "Quyết định 84/2025/QĐ-UBND bãi bỏ Quyết định 10/2016/QĐ-UBND\n\
                      Văn bản này chưa cập nhật nội dung Tiếng Anh\n\
                      Quyết định 84/2025/QĐ-UBND ngày 02/12/2025 bãi bỏ Quyết định 10/2016/QĐ-UBND\n\
                      ## Văn bản liên quan\nBan hành:\n18/11/2025\n\nNỘI DUNG SỬA ĐỔI, HƯỚNG DẪN\n\n\
                      Click trái để xem cụ thể từng nội dung cần so sánh.\n\nTHÔNG BÁO\nvề Lưu trữ\n";
        // The portal's name line right after the last line of the document, with no blank
        // line between (it ran into the last task); and after the list of files attached.
        for (between, lines) in [("", (16, 28)), ("\nFILE ĐƯỢC ĐÍNH KÈM THEO\nVĂN BẢN\n\n", (17, 32))] {
            let d = outline("x", &format!("{doc}{between}{portal}"));
            let tasks = task_texts(&d);
            assert_eq!(tasks.last().map(String::as_str), Some("Chi khác theo quy định"), "{tasks:?}");
            assert!(!tasks.iter().any(|t| t.contains("Click") || t.contains("VĂN BẢN") || t.contains("THÔNG BÁO")));
            let last = d.parts.last().unwrap();
            assert_eq!((last.kind, last.lines.start, last.lines.end), (PartKind::Portal, lines.0, lines.1));
        }
    }

    /// An attachment's title and its note joined into one paragraph (hard-wrapped lines:
    /// "PHỤ LỤC 01" / "QUY ĐỊNH …" / "(Kèm theo Nghị quyết số … của Hội đồng" / "nhân dân
    /// Thành phố)") is the attachment's heading, not its first task (regression: the title
    /// of every attachment of Hà Nội's 55/2025/NQ-HĐND was a task in capitals).
    #[test]
    fn an_attachments_title_run_into_its_note_is_its_heading() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC 01 QUY ĐỊNH MỘT SỐ CHẾ ĐỘ CHI (Kèm theo Nghị quyết số 55/2025/NQ-HĐND ngày 26 tháng 11 năm \
                    2025 của Hội đồng nhân dân Thành phố)\n\n1. Chi hỗ trợ thành lập mới.\n\n\
                    PHỤ LỤC 02 MỨC CHI (Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND\n\nngày 3 tháng 12 năm 2025)\n\n\
                    1. Chi khen thưởng.\n\nPHỤ LỤC 03 (Trích dẫn Luật Ngân sách)\n\n1. Chi khác.\n";
        let d = outline("x", text);
        let headings: Vec<&str> = d.sections.iter().skip(1).map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec![
                "PHỤ LỤC 01 QUY ĐỊNH MỘT SỐ CHẾ ĐỘ CHI (Kèm theo Nghị quyết số 55/2025/NQ-HĐND ngày 26 tháng 11 năm \
                 2025 của Hội đồng nhân dân Thành phố)",
                "PHỤ LỤC 02 MỨC CHI (Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 3 tháng 12 năm 2025)",
                // Not a note of attachment: the paragraph is not the title's.
                "",
            ]
        );
        // "Phụ lục I" in lower case (wrapped "Phụ" / "lục I") heads its title in capitals
        // (regression: it was a task, and a title of 45 words in capitals another).
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    Phụ\nlục I\n\nCHI HỖ TRỢ LUYỆN TẬP, HỖ TRỢ BIỂU DIỄN\n\n1. Chi luyện tập.\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        assert_eq!(pl.heading, "Phụ lục I CHI HỖ TRỢ LUYỆN TẬP, HỖ TRỢ BIỂU DIỄN");
        assert_eq!(task_texts(&d), vec!["Việc một.", "Chi luyện tập."]);
        assert!(
            task_texts(&d).iter().all(|t| !t.starts_with("PHỤ LỤC 0") || t.starts_with("PHỤ LỤC 03")),
            "{:?}",
            task_texts(&d)
        );
    }

    /// A heading in capitals broken after a comma, over a blank line ("PHIẾU ĐÁNH GIÁ, XẾP
    /// LOẠI CHẤT LƯỢNG CÁN BỘ," / "CÔNG CHỨC, VIÊN CHỨC GIỮ CHỨC DANH LÃNH ĐẠO, QUẢN LÝ") is
    /// one heading (regression: its first line was a task in capitals in Lâm Đồng's form).
    /// A task in capitals ending in a comma after a task is not taken into the heading.
    #[test]
    fn a_heading_broken_after_a_comma_is_one() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nMẫu số 01.\n\nPHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ,\n\n\
                    CÔNG CHỨC, VIÊN CHỨC GIỮ CHỨC DANH LÃNH ĐẠO, QUẢN LÝ\n\nNăm 2025.\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        let headings: Vec<&str> = pl.children.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec!["PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIỮ CHỨC DANH LÃNH ĐẠO, QUẢN LÝ"]
        );
        let tasks = task_texts(&d);
        assert!(!tasks.iter().any(|t| t.contains("CÁN BỘ")) && tasks.last().unwrap() == "Năm 2025.", "{tasks:?}");
    }

    /// A capital letter alone before a title in capitals ("B" / "BỘI CHI NGÂN SÁCH ĐỊA
    /// PHƯƠNG", a budget table's group of groups) goes with its title, as a Roman number does,
    /// and starts a heading of its own, not the continuation of the heading before it; "A"
    /// before text in lower case (a grade) is left alone (regression: "B", "C" were tasks of
    /// their own in Bắc Ninh's budget resolution).
    #[test]
    fn a_capital_letter_alone_goes_with_its_title() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDỰ TOÁN NGÂN SÁCH\n\nB\n\nBỘI CHI NGÂN SÁCH\n\n\
                    C\n\nKẾ HOẠCH VAY, TRẢ NỢ GỐC\n\nTổng dư nợ đầu năm tăng so với năm trước.\n\nA\n\nxếp loại tốt.\n";
        let d = outline("x", text);
        let pl = d.sections.last().unwrap();
        let headings: Vec<&str> = pl.children.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, vec!["B BỘI CHI NGÂN SÁCH", "C KẾ HOẠCH VAY, TRẢ NỢ GỐC"]);
        assert!(task_texts(&d).iter().all(|t| t.trim() != "B" && t.trim() != "C"), "{:?}", task_texts(&d));
        assert!(!headings.iter().any(|h| h.starts_with("A ")));
    }

    /// A label that opens a quoted clause of an amending decision stays with its clause
    /// (regression: "“1." and "“Điều 6." were tasks of their own, bare labels).
    #[test]
    fn a_quoted_label_stays_with_its_clause() {
        let text = "I. NỘI DUNG\n\n1. Sửa đổi, bổ sung khoản 1 Điều 5 như sau:\n\n\
                    “1. Đối tượng được hỗ trợ\n\nNgười thuộc hộ cận nghèo.”\n\n\
                    2. Sửa đổi, bổ sung Điều 6 như sau:\n\n“Điều 6. Quy trình thực hiện Các bước như sau.”\n";
        let d = outline("x", text);
        let tasks = task_texts(&d);
        assert!(!tasks.iter().any(|t| t.trim() == "“1." || t.trim() == "“Điều 6."), "{tasks:?}");
        assert!(tasks.iter().any(|t| t.starts_with("“1. Đối tượng được hỗ trợ")), "{tasks:?}");
        // The quotation opening in the amending item's own sentence (Cao Bằng's amending
        // decision: "… Điều 13 như sau: “Điều" / "13. Bồi thường …" joined on one line).
        let d = outline(
            "x",
            "Điều 1. Sửa đổi\n\n2. Sửa đổi, bổ sung Điều 13 như sau: “Điều 13. Bồi thường đối với cây trồng.”\n",
        );
        let tasks = task_texts(&d);
        assert!(!tasks.iter().any(|t| t.ends_with("“Điều 13.")), "{tasks:?}");
        // The label of an article or clause the amendment inserts, a letter after its
        // number (regression: Quảng Ninh's "… như sau: “Điều 6a." was a task of its own).
        for label in ["Điều 6a", "14a"] {
            let d = outline(
                "x",
                &format!(
                    "Điều 1. Sửa đổi\n1. Bổ sung Điều\n6a vào sau Điều 6 như sau:\n“{label}. Bồi thường thiệt hại\n\
                     đối với nhà ở. Việc bồi thường được thực hiện 01 lần.\nKinh phí do ngân sách tỉnh bảo đảm.\n2. Bãi bỏ Điều 9.\n"
                ),
            );
            let tasks = task_texts(&d);
            assert!(!tasks.iter().any(|t| t.ends_with(&format!("“{label}."))), "{tasks:?}");
            assert!(tasks.iter().any(|t| t.contains(&format!("“{label}. Bồi thường"))), "{tasks:?}");
        }
    }

    /// The next attachment is found where nothing but its title marks it: a title in
    /// capitals run together with its note after the last row of a list ("Tổng số: 02
    /// TTHC./." / "QUY TRÌNH NỘI BỘ …" / "(Kèm theo …)", no blank line; regression: Cà Mau
    /// 1763's procedures were tasks of the list), and a label after a blank line that
    /// follows a cell ending on "ngày" ("người/ngày" / "" / "PHỤ LỤC III"; regression: Vĩnh
    /// Long 22/2025's appendices II and III ran into the tables before them). The title ends
    /// at its note, the sentence under it is the attachment's text.
    #[test]
    fn an_attachment_after_a_table_opens_at_its_title() {
        let head = "Điều 1. Công bố danh mục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n";
        let text = format!(
            "{head}PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH\n(Kèm theo Quyết định số 1763/QĐ-UBND)\n\n\
             * CÁCH THỨC THỰC HIỆN\nTổ chức gửi hồ sơ trực tiếp đến Sở.\nTổng\nsố: 02 TTHC./.\nQUY TRÌNH\n\
             NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH CÀ MAU\n(Kèm theo Quyết định số 1763/QĐ-UBND của Chủ tịch Ủy ban\n\
             nhân dân tỉnh Cà Mau)\nNhóm 2 thủ tục:\n1. Thủ tục cấp giấy chứng nhận lưu hành tự do.\n"
        );
        // The second of exactly two attachments.
        let second = |text: &str| {
            let d = outline("x", text);
            let pls: Vec<Section> = d.sections.into_iter().filter(|s| s.kind == LabelKind::Appendix).collect();
            assert_eq!(pls.len(), 2, "{pls:#?}");
            pls[1].clone()
        };
        let pl = second(&text);
        assert!(pl.heading.starts_with("QUY TRÌNH NỘI BỘ") && pl.heading.ends_with("tỉnh Cà Mau)"), "{}", pl.heading);
        assert_eq!(pl.tasks.first().map(|t| t.text.as_str()), Some("Nhóm 2 thủ tục:"), "{pl:#?}");
        let text = format!(
            "{head}PHỤ LỤC II\nNỘI DUNG CHI VÀ MỨC CHI\n(Ban hành kèm theo Nghị quyết số 22/2025/NQ-HĐND)\n\n\
             STT\n\nNội dung\n\nMức chi\n\n1\n\nBan chỉ đạo\n\n221\n\nngười/ngày\n\n\
             PHỤ LỤC III\nNỘI DUNG CHI VÀ MỨC CHI ĐỂ TỔ CHỨC CÁC CUỘC THI\n\
             (Ban hành kèm theo Nghị quyết số 22/2025/NQ-HĐND)\nCác cuộc thi, hội thi chi theo Phụ lục này gồm: \
             hội thi giáo viên dạy giỏi.\n"
        );
        let pl = second(&text);
        assert!(pl.heading.starts_with("PHỤ LỤC III") && pl.heading.ends_with("NQ-HĐND)"), "{}", pl.heading);
        assert!(pl.tasks.first().is_some_and(|t| t.text.starts_with("Các cuộc thi")), "{pl:#?}");
    }

    /// A part's label over the attachment's title and note, its own parts numbered from I
    /// again under it ("PHẦN I" / "DANH MỤC THỦ TỤC …" / "(Kèm theo Quyết định …)" / "Phần I.
    /// DANH MỤC …" / "Phần II. NỘI DUNG …"), is the attachment's label line (regression:
    /// Quảng Trị 2708's attachment had no title and one part "PHẦN I" over its parts I and
    /// II). A part with its title and note over a next part numbered on stays a part.
    #[test]
    fn a_part_over_an_attachments_note_is_its_label_line() {
        let head = "Điều 1. Công bố thủ tục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n";
        let body = "Phần I.\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n\n1. Phê duyệt danh sách các dân tộc.\n\n\
                    Phần II.\nNỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC\n\n1. Phê duyệt danh sách các dân tộc\n\n\
                    a) Trình tự thực hiện: Ủy ban nhân dân cấp xã gửi hồ sơ.\n";
        let text = format!(
            "{head}PHẦN I\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC SỬA ĐỔI, BỔ SUNG\n\n\
             (Kèm theo Quyết định số 2708/QĐ-UBND ngày 18 tháng 11 năm 2025)\n\n{body}"
        );
        let d = outline("x", &text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("an attachment");
        assert!(pl.heading.starts_with("DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ"), "{}", pl.heading);
        let parts: Vec<&str> = pl.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(parts, ["Phần I", "Phần II"], "{pl:#?}");
        // Parts numbered on: the first is a part of the attachment.
        let text = format!(
            "{head}PHẦN I\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC SỬA ĐỔI, BỔ SUNG\n\n\
             (Kèm theo Quyết định số 2708/QĐ-UBND ngày 18 tháng 11 năm 2025)\n\n1. Phê duyệt danh sách.\n\n\
             PHẦN II\n\nNỘI DUNG CỤ THỂ\n\n1. Phê duyệt danh sách các dân tộc.\n"
        );
        let d = outline("x", &text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("an attachment");
        let parts: Vec<&str> = pl.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(parts, ["PHẦN I", "PHẦN II"], "{pl:#?}");
    }

    /// A form attached after the text under its label, its title in sentence case over its
    /// note, is an attachment of its own (regression: Hà Nội's rules on the title "Công dân
    /// Thủ đô ưu tú" had "Mẫu số 01", its title and note as tasks of the last clause).
    #[test]
    fn a_form_under_its_label_is_an_attachment() {
        let text = "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    QUY CHẾ\nXÉT TẶNG DANH HIỆU\n(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND)\n\n\
                    Điều 12. Tổ chức thực hiện\n\n4. Trong quá trình thực hiện, các cấp báo cáo Ủy ban nhân dân thành phố./.\n\n\
                    Mẫu số 01\n\nMẫu báo cáo đề nghị xét tặng danh hiệu\n\n(Kèm theo Quy chế xét tặng danh hiệu)\n\n\
                    ỦY BAN NHÂN DÂN\n\nBÁO CÁO THÀNH TÍCH\n\nI. SƠ LƯỢC\n\n1. Họ tên:\n";
        let d = outline("x", text);
        let pls: Vec<&Section> = d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).collect();
        assert_eq!(pls.len(), 2, "{:#?}", d.sections);
        assert_eq!(
            pls[1].heading,
            "Mẫu số 01 Mẫu báo cáo đề nghị xét tặng danh hiệu (Kèm theo Quy chế xét tặng danh hiệu)"
        );
        assert!(!task_texts(&d).iter().any(|t| t.starts_with("Mẫu")), "{:?}", task_texts(&d));
    }

    /// A starred field given with its value and nothing under it is a statement, a task,
    /// as the same field unstarred is (regression: "* Số lượng hồ sơ …: 01 hồ sơ điện tử và
    /// 01 hồ sơ giấy" was a heading with no task in three procedure lists).
    #[test]
    fn a_starred_field_with_its_value_is_a_task() {
        let d = outline(
            "x",
            "1. Thủ tục xác định\n\na) Trình tự thực hiện: Nộp hồ sơ.\n\nb) Cách thức thực hiện: Trực tuyến.\n\n\
             c) Thành phần, số lượng hồ sơ\n\n* Thành phần hồ sơ:\n\n- Báo cáo đánh giá.\n\n\
             * Số lượng hồ sơ ở mỗi cấp thực\nhiện: 01 hồ sơ điện tử và 01 hồ sơ giấy\n\nd) Thời hạn giải quyết: 05 ngày.\n",
        );
        let c = &d.sections[0].children[2];
        assert_eq!(
            children_and_tasks(c),
            [
                ("Thành phần hồ sơ:", vec!["Báo cáo đánh giá."]),
                ("", vec!["Số lượng hồ sơ ở mỗi cấp thực hiện: 01 hồ sơ điện tử và 01 hồ sơ giấy"])
            ],
            "{c:#?}"
        );
        // However long the field's name (regression: "* Thành phần hồ sơ của UBND tỉnh gửi Bộ
        // Dân tộc và Tôn giáo: Báo cáo …", fourteen words before the colon, was a heading).
        let d = outline(
            "x",
            "1. Thủ tục xác định\n\na) Trình tự thực hiện: Nộp hồ sơ.\n\nc) Thành phần, số lượng hồ sơ\n\n\
             * Thành phần hồ sơ của UBND tỉnh gửi Bộ Dân tộc và Tôn giáo: Báo cáo kèm theo biểu số liệu\n\n\
             d) Thời hạn giải quyết: 05 ngày.\n",
        );
        let c = &d.sections[0].children[1];
        assert_eq!(
            children_and_tasks(c),
            [("", vec!["Thành phần hồ sơ của UBND tỉnh gửi Bộ Dân tộc và Tôn giáo: Báo cáo kèm theo biểu số liệu"])],
            "{c:#?}"
        );
    }

    /// A clause stating the act's entry into force is a task, whatever is under it; an
    /// article's title saying the same stays its title (regression: Vĩnh Long's "1. Quyết định
    /// có hiệu lực thi hành" / "kể từ ngày ký" over "- Bãi bỏ …" was a heading, out of the
    /// comparison).
    #[test]
    fn an_effect_clause_is_never_a_clause_title() {
        let d = outline(
            "x",
            "Điều 3. Hiệu lực và trách nhiệm thi hành\n\n1. Quyết định có hiệu lực thi hành\nkể từ ngày ký\n\n\
             - Bãi bỏ Quyết định số 1374/QĐ-UBND ngày 30 tháng 6 năm 2025;\n\n- Sửa đổi Danh mục số thứ tự 1594.\n\n\
             2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n",
        );
        let c = &d.sections[0].children[0];
        assert_eq!(c.heading, "", "{c:#?}");
        assert_eq!(c.tasks[0].text, "Quyết định có hiệu lực thi hành kể từ ngày ký", "{c:#?}");
        assert_eq!(c.tasks.len(), 3, "{c:#?}");
        let d = outline(
            "x",
            "Điều 2. Quyết định này có hiệu lực thi hành:\n\n1. Từ ngày 01/12/2025.\n\n2. Từ ngày 01/01/2026.\n",
        );
        assert_eq!(d.sections[0].heading, "Quyết định này có hiệu lực thi hành:");
    }

    /// A decimal label alone over a bulleted list is an item whose tasks are the bullets
    /// (regression: in Hà Tĩnh's procedure for mineral exploration, "2.7" / "" / "- Cơ quan
    /// có thẩm quyền quyết định: UBND tỉnh." was a task "2.7 - Cơ quan …" of item 2.6).
    #[test]
    fn a_label_alone_over_bullets_is_their_item() {
        let d = outline(
            "x",
            "2. NỘI DUNG QUY TRÌNH\n\n2.1\n\nĐịa điểm tiếp nhận hồ sơ\n\n- Trung tâm Phục vụ hành chính công tỉnh.\n\n\
             2.2\n\n- Cơ quan có thẩm quyền quyết định: UBND tỉnh.\n\n- Cơ quan phối hợp: Không.\n",
        );
        let items: Vec<(&str, usize)> =
            d.sections[0].children.iter().map(|s| (s.label.as_str(), s.tasks.len())).collect();
        assert_eq!(items, [("2.1", 1), ("2.2", 2)], "{:#?}", d.sections);
    }

    /// An attachment's label named in a sentence keeps its full stop ("Cụ thể: Phụ lục I.
    /// Danh mục …; Phụ lục II. Mức thu phí …"; regression: Cao Bằng's decision on water
    /// resources split the sentence after each label).
    #[test]
    fn an_attachments_label_in_a_sentence_does_not_end_it() {
        let d = outline(
            "x",
            "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính. Cụ thể: Phụ lục I. Danh mục \
             thủ tục hành chính được chuẩn hóa; Phụ lục II. Mức thu phí, lệ phí; Mẫu số 02. Tờ khai.\n",
        );
        let tasks = task_texts(&d);
        assert_eq!(tasks.len(), 2, "{tasks:?}");
        assert!(
            tasks[1].starts_with("Cụ thể: Phụ lục I. Danh mục") && tasks[1].ends_with("Mẫu số 02. Tờ khai."),
            "{tasks:?}"
        );
    }

    /// A capital letter alone before a row's name in sentence case is the row's code and goes
    /// with it ("D" / "Trả nợ lãi, phí", Bắc Ninh's budget table; regression: "D" was a task
    /// of its own); before another column letter ("A" / "B" / "1", a table's column numbers)
    /// it stays as it is.
    #[test]
    fn a_capital_letter_before_a_rows_name_is_its_code() {
        let text = "I. NỘI DUNG\n\n1. Việc một.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDỰ TOÁN NGÂN SÁCH\n\nA\n\nB\n\n1\n\nD\n\nTrả nợ lãi, phí\n\n11.400\n";
        let d = outline("x", text);
        let tasks = task_texts(&d);
        assert!(tasks.iter().any(|t| t.starts_with("D Trả nợ lãi, phí")), "{tasks:?}");
        assert!(!tasks.iter().any(|t| t.trim() == "D"), "{tasks:?}");
        assert!(!tasks.iter().any(|t| t.starts_with("A B")), "{tasks:?}");
    }

    /// A row's code alone in its cell ("II2020301") goes with the row's name after it, not a
    /// task in capitals of its own (regression: Đồng Nai 62/2025/QĐ-UBND's price table).
    #[test]
    fn a_rows_code_goes_with_its_name() {
        assert!(is_code_cell("II2020301") && is_code_cell("V30301") && is_code_cell("B18"));
        assert!(!is_code_cell("II") && !is_code_cell("2026") && !is_code_cell("UBND") && !is_code_cell("QĐ1"));
        let text = "I. KHOÁNG SẢN KHÔNG KIM LOẠI\n\nII2\n\nĐá, sỏi\n\nII202\n\nĐá làm vật liệu xây dựng\n";
        assert_eq!(task_texts(&outline("x", text)), vec!["II2 Đá, sỏi", "II202 Đá làm vật liệu xây dựng"]);
    }

    /// The note under an attachment's title written "(Ban hành kèm Nghị quyết số …)", without
    /// "theo", is the title's too (regression: Hà Nội 66/2025's note was its appendix's
    /// first task).
    #[test]
    fn an_attachment_note_without_theo_is_the_titles() {
        let text = "Điều 1. Ban hành Quy định.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nDANH MỤC CÁC KHOẢN PHÍ VÀ LỆ PHÍ\n\n\
                    (Ban hành kèm Nghị quyết số 66/2025/NQ-HĐND của Hội đồng nhân dân thành phố Hà Nội)\n\n\
                    1. Phí tham quan di tích đền Bạch Mã.\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(
            pl.heading.ends_with("(Ban hành kèm Nghị quyết số 66/2025/NQ-HĐND của Hội đồng nhân dân thành phố Hà Nội)"),
            "{}",
            pl.heading
        );
        assert!(!task_texts(&d).iter().any(|t| t.starts_with("(Ban hành")), "{:?}", task_texts(&d));
    }

    /// An attachment's title ends at its note: a group of its table in capitals after the
    /// note ("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), or a chapter ("Chương I" / "QUY ĐỊNH CHUNG",
    /// its label alone on a line in a block), is the attachment's text (regression: Cần
    /// Thơ 2608's and Đà Nẵng 82/2025's headings ran on; Đồng Tháp 138/2025's rules had
    /// their chapter I in the heading and its articles straight under the attachment).
    #[test]
    fn an_attachments_title_ends_at_its_note() {
        let text = "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    QUY CHẾ\nTIẾP NHẬN HỒ SƠ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC ĐẤT ĐAI\n\
                    (Ban hành kèm theo Quyết định số 138/2025/QĐ-UBND ngày 25 tháng 11 năm 2025\n\
                    của Ủy ban nhân dân tỉnh Đồng Tháp)\nChương I\nQUY ĐỊNH CHUNG\n\
                    Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định về tiếp nhận hồ sơ.\n\n\
                    Chương II\n\nTỔ CHỨC THỰC HIỆN\n\nĐiều 2. Trách nhiệm thi hành\n\nCác sở thực hiện Quy chế này.\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(pl.heading.ends_with("tỉnh Đồng Tháp)"), "{}", pl.heading);
        let chapters: Vec<&str> = pl.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(chapters, ["Chương I", "Chương II"], "{pl:#?}");
        let text = "Điều 1. Phê duyệt danh mục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    DANH MỤC THỦ TỤC HÀNH CHÍNH\n\n(Kèm theo Quyết định số 2608/QĐ-UBND ngày 24 tháng 11 năm 2025)\n\n\
                    THỦ TỤC HÀNH CHÍNH\nCẤP TỈNH\n\nStt\n\nMã thủ tục hành chính\n\nTên thủ tục hành chính\n\n\
                    Điểm tiếp nhận và trả kết quả\n\nTrung tâm Phục vụ hành chính công\n\n\
                    Trung tâm Phục vụ hành chính công cấp xã\n\n1\n\n1.014383.H13\n\n\
                    Thủ tục đặt giải thưởng\n\nX\n\nX\n\n2\n\n1.014388.H13\n\nThủ tục thành lập tổ chức\n\nX\n\nX\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(pl.heading.ends_with("năm 2025)"), "{}", pl.heading);
        assert_eq!(pl.children.first().map(|c| c.heading.as_str()), Some("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), "{pl:#?}");
        // The same with no blank line after the note (regression: Đắk Lắk 919fbc83's and
        // Cao Bằng's headings ran on into the list's group in capitals), and the group over
        // a table whose "STT" is in capitals too.
        let text = text
            .replace("HÀNH CHÍNH\n\n(Kèm theo", "HÀNH CHÍNH\n(Kèm theo")
            .replace("năm 2025)\n\nTHỦ TỤC", "năm 2025)\nTHỦ TỤC")
            .replace("\n\nStt\n\n", "\n\nSTT\n\n");
        let d = outline("x", &text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(pl.heading.ends_with("năm 2025)"), "{}", pl.heading);
        let group = pl.children.first().expect("the group");
        assert_eq!(group.heading, "THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "{pl:#?}");
        assert_eq!(group.columns.first().map(String::as_str), Some("STT"), "{pl:#?}");
        // A wide table with its groups (Đắk Lắk 919fbc83's shape): the title in capitals over
        // "STT" is still the group's heading, "STT" being in capitals too.
        let text = "Điều 1. Phê duyệt danh mục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH BỔ SUNG\n(Kèm theo Quyết định số /QĐ-UBND ngày tháng 11 năm\n\
                    2025 của Chủ tịch Ủy ban nhân dân tỉnh)\nTHỦ TỤC HÀNH CHÍNH CẤP TỈNH\n\nSTT\n\nMã số TTHC\n\n\
                    Tên TTHC\n\nThời hạn giải quyết\n\nĐịa điểm thực hiện\n\nPhí, lệ phí (nếu có)\n\nCăn cứ pháp lý\n\n\
                    I\n\nLĨNH VỰC ĐỊA CHẤT VÀ KHOÁNG SẢN\n\n1\n\n1.012345\n\nCông nhận kết quả thăm dò khoáng sản\n\n\
                    48 ngày\n\nTrung tâm Phục vụ hành chính công tỉnh\n\nKhông\n\nLuật Địa chất và khoáng sản\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        let group = pl.children.first().expect("the group");
        assert_eq!(group.heading, "THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "{pl:#?}");
        assert!(pl.tasks.is_empty(), "{pl:#?}");
    }

    /// The unit of a table's figures on the line under an attachment's note ("Đơn vị tính:
    /// Triệu đồng") is not the title's end (regression: Hà Nội 78/2025's appendices I and
    /// III had it in their headings), nor is it the end of the clause that introduces a
    /// table (Vĩnh Long's fees, "… như sau:" / "Đơn vị tính: Nghìn" / "đồng/người học/tháng.").
    #[test]
    fn a_tables_unit_line_is_its_own() {
        let text = "Điều 1. Ban hành mức chi.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC I\nTỔNG MỨC CHI CHO TỪNG NHIỆM VỤ\n(Ban hành kèm theo Nghị quyết số 78/2025/NQ-HĐND ngày 27 tháng 11 năm 2025 của\n\
                    Hội đồng nhân dân thành phố Hà Nội)\nĐơn vị tính: Triệu đồng\n\nSTT\n\nLoại văn bản\n\nTổng mức chi\n\n\
                    1\n\nNghị quyết của Hội đồng nhân dân Thành phố\n\n250\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(pl.heading.ends_with("thành phố Hà Nội)"), "{}", pl.heading);
        let text = "Điều 2. Quy định mức học phí\n1. Mức học phí đối với cơ sở giáo dục mầm non, giáo\n\
                    dục phổ thông công lập như sau:\nĐơn vị tính: Nghìn\nđồng/người học/tháng.\n\n\
                    STT\n\nCấp học\n\nKhu vực thành thị\n\n1\n\nMầm non\n\n300\n";
        let d = outline("x", text);
        let clause = &d.sections[0].children[0];
        assert!(clause.heading.ends_with("công lập như sau:"), "{clause:#?}");
        assert_eq!(clause.tasks.first().map(|t| t.text.as_str()), Some("Đơn vị tính: Nghìn đồng/người học/tháng."));
        // The table's heading row is its columns still, not a row with the unit.
        assert_eq!(clause.columns.first().map(String::as_str), Some("STT"), "{clause:#?}");
    }

    /// A footnote's marker in an attachment's title is taken out of its heading, as from
    /// every section's (regression: Bắc Ninh 1509's appendix heading showed the marker's
    /// private-use brackets, "TỈNH BẮC NINH\u{f8f0}1\u{f8f1}").
    #[test]
    fn an_attachment_titles_footnote_marker_is_not_in_its_heading() {
        let text = "Điều 1. Công bố danh mục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn\n\n\
                    PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ CỦA SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH BẮC\nNINH[1]\n\
                    (Ban hành kèm theo Quyết định số 1509/QĐ-UBND ngày 20/11/2025)\n\n\
                    1. Thủ tục công nhận vùng đồng bào dân tộc thiểu số.\n\n\
                    [1]\nNội dung cụ thể của TTHC theo Quyết định số 800/QĐ-BDTTG ngày 07/11/2025 của Bộ.\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("the attachment");
        assert!(pl.heading.contains("TỈNH BẮC NINH (Ban hành kèm theo"), "{:?}", pl.heading);
        assert!(!pl.heading.contains(FN_OPEN) && !pl.heading.contains(FN_CLOSE), "{:?}", pl.heading);
    }

    /// A form inside an attachment signs off with its own recipients and signature, and the
    /// attachment's list goes on after it: the next item is the attachment's, not a nameless
    /// attachment's (regression: Đà Nẵng's procedure 6 after form 47 made an appendix "PL2"
    /// without a title).
    #[test]
    fn an_attachment_goes_on_after_a_forms_signature() {
        let text = "Điều 1. Công bố thủ tục.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    PHỤ LỤC\n\nQUY TRÌNH NỘI BỘ LĨNH VỰC MÔI TRƯỜNG\n\n\
                    1. Công bố sự cố môi trường\n\n1.1. Trình tự thực hiện: Ủy ban nhân dân cấp xã công bố sự cố.\n\n\
                    2. Tiếp nhận đăng ký môi trường\n\n2.1. Trình tự thực hiện: Chủ dự án gửi văn bản đăng ký.\n\n\
                    Mẫu số 47\n\nVĂN BẢN ĐĂNG KÝ MÔI TRƯỜNG\n\nĐề nghị tiếp nhận đăng ký môi trường của dự án./.\n\n\
                    Nơi nhận:\n- Như trên;\n- Lưu: ...\n\n\
                    ĐẠI DIỆN THEO PHÁP LUẬT (Ký, ghi rõ họ tên, chức vụ và đóng dấu) Họ và tên\n\n\
                    3. Thành lập tổ công tác xác định nguyên nhân sự cố chất thải\n\n\
                    3.1. Trình tự thực hiện: Ủy ban nhân dân cấp xã thành lập tổ công tác.\n";
        let d = outline("x", text);
        let attachments: Vec<&Section> = d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).collect();
        assert_eq!(attachments.len(), 1, "{:#?}", d.sections);
        let mut labels = Vec::new();
        fn walk<'a>(s: &'a Section, out: &mut Vec<&'a str>) {
            out.push(s.label.as_str());
            s.children.iter().for_each(|c| walk(c, out));
        }
        walk(attachments[0], &mut labels);
        assert!(labels.contains(&"3") && labels.contains(&"3.1"), "{labels:?}");
        assert!(d.parts.iter().any(|p| p.kind == PartKind::Recipients && p.lines.start > 20), "{:?}", d.parts);
    }

    /// Text with no title of its own after a form's sign-off in an attachment is the same
    /// attachment's, even when no list runs on into it: a note, then the next form
    /// (regression: Nghệ An's rules on official e-mail had a nameless "PL3" from form 1's
    /// signature, another for form 2's, and its "PHỤ LỤC 2" numbered "PL5").
    #[test]
    fn no_nameless_attachment_opens_after_a_forms_signature() {
        let form = |n: &str| {
            format!(
                "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.\n\nCơ quan gửi danh sách đăng ký {n}.\n\n\
                 Nơi nhận:\n- Như trên;\n- Lưu: VT,...\n\nQUYỀN HẠN, CHỨC\nVỤ CỦA NGƯỜI KÝ\n\
                 (Chữ ký của người có thẩm quyền,\ndấu/chữ ký số của cơ quan, tổ chức)\nHọ và tên\n\n"
            )
        };
        let text = format!(
            "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
             PHỤ LỤC 1\n\nDANH SÁCH BIỂU MẪU\n\n1. Mẫu đăng ký cấp tài khoản thư điện tử công vụ\n\n{}\
             Ghi chú: Nội dung đề nghị là một trong các hình thức cấp mới hoặc xóa tài khoản.\n\n\
             2. Mẫu đăng ký thay đổi\nthông tin.\n\n{}PHỤ LỤC 2\n\nĐỀ CƯƠNG BÁO CÁO\n\n\
             1. Tình hình sử dụng hộp thư.\n\n2. Đề xuất, kiến nghị.\n",
            form("cấp mới"),
            form("thay đổi")
        );
        let d = outline("x", &text);
        let attachments: Vec<&Section> = d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).collect();
        let named: Vec<(&str, &str)> = attachments.iter().map(|s| (s.label.as_str(), s.heading.as_str())).collect();
        assert_eq!(
            named,
            [("PL1", "PHỤ LỤC 1 DANH SÁCH BIỂU MẪU"), ("PL2", "PHỤ LỤC 2 ĐỀ CƯƠNG BÁO CÁO")],
            "{:#?}",
            d.sections
        );
        let forms: Vec<&str> = attachments[0].children.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(forms, ["1", "2"]);
        // The note is form 1's.
        assert!(
            attachments[0].children[0].tasks.iter().any(|t| t.text.starts_with("Ghi chú: Nội dung")),
            "{:#?}",
            attachments[0]
        );
        // A form whose list starts again at 1 stays apart: the same item twice in one
        // attachment would be two forms' items run together.
        let again = text.replace("2. Mẫu đăng ký thay đổi", "1. Mẫu đăng ký thay đổi");
        let d = outline("x", &again);
        let labels: Vec<&str> =
            d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["PL1", "PL2", "PL3"]);
        // So does a list under an unnumbered heading of the attachment (regression: the
        // 1 MiB benchmark pair, programmes one after another, had each untitled programme's
        // "I." … "III." merged into the titled one before it, under its "CHƯƠNG TRÌNH").
        let programmes = "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                          ỦY BAN NHÂN DÂN\n\nXÃ CAO LỘC\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n\
                          Độc lập - Tự do - Hạnh phúc\n\nSố: /CTr-UBND Cao Lộc, ngày tháng 01 năm 2028\n\nCHƯƠNG TRÌNH\n\n\
                          Công tác của Ủy ban nhân dân xã tháng 02 năm 2028\n\nI. TRỌNG TÂM CÔNG TÁC\n\n1. Việc một.\n\n\
                          Nơi nhận:\n- TT Đảng ủy;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nVũ Hồng Trung\n\n\
                          I. TRỌNG TÂM CÔNG TÁC\n\n1. Việc hai.\n";
        let d = outline("x", programmes);
        let labels: Vec<&str> =
            d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["PL1", "PL2"], "{:#?}", d.sections);
    }

    /// An attachment's title in capitals whose last word wraps alone ("… TỈNH NGHỆ" / "AN")
    /// stays whole, and its note "(Ban hành kèm theo … của Ủy ban" / "nhân dân tỉnh Nghệ An)"
    /// broken over a blank line is the title's, not two tasks (regression: Nghệ An 98/2025).
    #[test]
    fn an_attachment_title_wrapped_short_and_its_note_stay_whole() {
        let text = "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
                    QUY CHẾ\n\nTIẾP NHẬN VÀ TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI TRÊN ĐỊA BÀN TỈNH NGHỆ\nAN\n\n\
                    (Ban hành kèm theo Quyết định số 98/2025/QĐ-UBND của Ủy ban\nnhân dân tỉnh\n\nNghệ An)\n\n\
                    Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định việc tiếp nhận kiến nghị.\n";
        let d = outline("x", text);
        let pl = d.sections.iter().find(|s| s.heading.starts_with("QUY CHẾ")).expect("the attachment");
        assert!(pl.heading.contains("TỈNH NGHỆ AN (Ban hành kèm theo"), "{}", pl.heading);
        assert!(pl.heading.ends_with("nhân dân tỉnh Nghệ An)"), "{}", pl.heading);
        let texts = task_texts(&d);
        assert!(!texts.iter().any(|t| t == "AN" || t.starts_with("(Ban hành") || t == "Nghệ An)"), "{texts:?}");
    }

    /// An article further on than three after the one before ("Điều 1." … "Điều 6.", a page
    /// lost in extraction or an excerpt) is still an article, not text of the one before
    /// (regression: "Điều 6." and "Điều 7." became tasks of "Điều 1."); `check` reports the
    /// gap.
    #[test]
    fn an_article_far_after_the_one_before_is_an_article() {
        let text = "Điều 1. Phạm vi\n\nQuyết định này quy định phân cấp.\n\nĐiều 6. Trách nhiệm\n\n\
                    Sở Tài chính hướng dẫn thực hiện.\n\nĐiều 7. Hiệu lực\n\nQuyết định này có hiệu lực kể từ ngày ký.\n";
        let d = outline("x", text);
        let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Điều 1", "Điều 6", "Điều 7"]);
        assert_eq!(d.sections[0].tasks.len(), 1);
    }

    /// A resolution's adoption formula after its last article, a paragraph of its own or
    /// the last sentence of the last clause, is the resolution's closing, not a task of that
    /// clause (regression: all 33 real resolutions had it as their last task).
    #[test]
    fn a_resolutions_adoption_formula_is_its_closing() {
        let head = "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 63/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n\
                    NGHỊ QUYẾT\nQuy định mức chi\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n\
                    Điều 1. Phạm vi điều chỉnh\n\nNghị quyết này quy định mức chi.\n\nĐiều 2. Hiệu lực thi hành\n\n\
                    1. Nghị quyết này có hiệu lực từ ngày 08 tháng 12 năm 2025.\n";
        let adoption = "Nghị quyết này đã được Hội đồng nhân dân thành phố Hà Nội khóa XVI, kỳ họp thứ 28 thông qua \
                        ngày 27 tháng 11 năm 2025./.";
        let tail = "\n\nNơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n";
        for joint in ["\n", " "] {
            let d = outline("x", &format!("{head}{joint}{adoption}{tail}"));
            assert_eq!(d.meta.closing.as_deref(), Some(adoption), "{joint:?}");
            let last = task_texts(&d);
            assert_eq!(
                last.last().map(String::as_str),
                Some("Nghị quyết này có hiệu lực từ ngày 08 tháng 12 năm 2025.")
            );
        }
    }

    /// The legal portal's "*" before a bracketed note ("* (Ban hành kèm theo …)" under an
    /// attachment's title, "* (Chi tiết theo Phụ lục đính kèm)" after an article's text) is
    /// no "*" section: the note is the title's, or the article's task's (regression: a "*"
    /// section held the attachment's groups, or stood empty in the article).
    #[test]
    fn a_starred_note_is_no_section() {
        let text = "Điều 1. Công bố danh mục thủ tục hành chính.\n\n* (Chi tiết theo Phụ lục đính kèm)\n\n\
                    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n\
                    CHỦ TỊCH\n\nNguyễn Văn An\n\nKẾ HOẠCH\n\nPHÒNG, CHỐNG THIÊN TAI\n\n\
                    * (Ban hành kèm theo Quyết định số 2853/QĐ-UBND ngày 21 tháng 11 năm\n2025 của Ủy ban nhân dân Thành phố)\n\n\
                    I. MỤC TIÊU\n\nNâng cao nhận thức cộng đồng.\n";
        let d = outline("x", text);
        let all = d.all_sections();
        assert!(all.iter().all(|s| s.kind != LabelKind::Star), "{all:#?}");
        let pl = d.sections.iter().find(|s| s.heading.starts_with("KẾ HOẠCH")).expect("the attachment");
        assert!(pl.heading.ends_with("của Ủy ban nhân dân Thành phố)"), "{}", pl.heading);
        assert_eq!(pl.children.len(), 1, "{pl:#?}");
        assert_eq!(task_texts(&d)[..1], ["Công bố danh mục thủ tục hành chính. (Chi tiết theo Phụ lục đính kèm)"]);
        // A "*" before a numbered criterion is an item.
        assert!(parse_label("* (1) Tiêu chí xác định thôn").is_some_and(|l| l.kind == LabelKind::Star));
    }

    /// An amount alone on its line ("400.000.000", "1,25") or a mark "x" is the cell of a
    /// table read as text: it goes with the task before it, never a task of its own.
    #[test]
    fn an_amount_alone_is_a_cell_of_the_task_before() {
        let d = outline(
            "x",
            "1. Mức hỗ trợ:\n\nCác phường: Tuần Châu, Việt Hưng.\n\n400.000.000\n\nCác xã còn lại.\n\n1,25\n\nX\n\n2. Tổ chức thực hiện.\n",
        );
        let texts = task_texts(&d);
        assert_eq!(
            texts,
            vec!["Các phường: Tuần Châu, Việt Hưng. 400.000.000", "Các xã còn lại. 1,25 X", "Tổ chức thực hiện."]
        );
    }

    /// A procedure's table of steps ("Thứ tự công việc" / … / "Bước 1" / cells / "Bước 2" …)
    /// gives one task per step, not "Bước 1" as a task of its own; a numbered list inside a
    /// step's cell stays in the row, and the table ends at the next procedure's number. A
    /// procedure's title between the heading row and "Bước 1" stays a section.
    #[test]
    fn a_table_of_steps_gives_one_task_per_step() {
        let wrapped = wrapped_lines();
        let text = format!(
            "I. QUY TRÌNH NỘI BỘ\n\n{wrapped}tổ chức, cá nhân theo quy định.\n\n\
                    1. Quy trình cấp giấy phép\n\nThứ tự công việc\n\nNội dung công việc\n\n\
                    Trách nhiệm thực hiện\n\nThời gian\n\nBước 1\n\n1. Nộp hồ sơ:\n- Nộp trực tuyến.\n\n\
                    2. Kiểm tra hồ sơ.\n\nBộ phận một cửa\n\n0,5 ngày\n\nBước 2\n\nThẩm định hồ sơ\n\n\
                    Phòng chuyên môn\n\n05 ngày\n\n2. Quy trình gia hạn giấy phép\n\nCác bước\n\nNội dung\n\n\
                    Thời gian\n\n1.1. Gia hạn lần đầu\n\nBước 1\n\nTiếp nhận hồ sơ\n\n01 ngày\n"
        );
        let d = outline("x", &text);
        let items: Vec<(String, Vec<String>)> = d.sections[0]
            .children
            .iter()
            .map(|s| (s.label.clone(), s.tasks.iter().map(|t| t.text.clone()).collect()))
            .collect();
        assert_eq!(items[0].0, "1");
        assert_eq!(d.sections[0].children[0].heading, "Quy trình cấp giấy phép");
        assert_eq!(
            items[0].1,
            vec![
                // (A time after a blank line is a cell of its own: "0,5 ngày".)
                "1. Nộp hồ sơ: | - Nộp trực tuyến. | 2. Kiểm tra hồ sơ. | Bộ phận một cửa | 0,5 ngày",
                "Thẩm định hồ sơ | Phòng chuyên môn | 05 ngày",
            ]
        );
        // The heading row names the table's columns.
        let columns = &d.sections[0].children[0].columns;
        assert_eq!(columns, &["Thứ tự công việc", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"]);
        assert_eq!(items[1].0, "2");
        // A heading row with no row after it in its table stays a row.
        assert_eq!(items[1].1, vec!["Các bước | Nội dung | Thời gian"]);
        let sub = &d.sections[0].children[1].children[0];
        assert_eq!(sub.label, "1.1");
        assert_eq!(sub.tasks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), vec!["Tiếp nhận hồ sơ | 01 ngày"]);
        assert!(!task_texts(&d).iter().any(|t| t.starts_with("Bước")));
    }

    /// A table of steps whose first heading cell is "Bước thực hiện" is one as well: its
    /// heading row names the columns and is no task (regression: Cao Bằng's internal
    /// procedures, 77dca8a7, read "Bước thực hiện", "Nội dung công việc", "Đơn vị thực hiện"
    /// and "Thời gian thực hiện" as four tasks of each of its 17 procedures).
    #[test]
    fn a_table_of_steps_headed_bước_thực_hiện_names_its_columns() {
        // (Wrapped lines before: a page whose every line stands alone would be read as
        // wrapped text, its cells joined.)
        let wrapped = wrapped_lines();
        let text = format!(
            "I. QUY TRÌNH\n\n{wrapped}tổ chức, cá nhân.\n\n1. Quy trình nội bộ giải quyết TTHC: Thi tuyển công chức\n\n\
             Bước thực hiện\n\nNội dung công việc\n\nĐơn vị thực hiện\n\nThời gian thực hiện\n\n\
             Bước 1\n\nTiếp nhận hồ sơ\n\nBộ phận một cửa\n\n01 ngày\n\n\
             Bước 2\n\nThẩm định hồ sơ\n\nSở Nội vụ\n\n05 ngày\n"
        );
        let d = outline("x", &text);
        let item = &d.sections[0].children[0];
        assert_eq!(item.columns, ["Bước thực hiện", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện"]);
        assert_eq!(
            section_texts(item),
            ["Tiếp nhận hồ sơ | Bộ phận một cửa | 01 ngày", "Thẩm định hồ sơ | Sở Nội vụ | 05 ngày"]
        );
    }

    /// A table of steps ends at the next group's number and at another table's first step:
    /// "Bước 12" / cells / "II" / "Trình tự …" / "Bước 1" starts a new group and a new table
    /// (regression: Bắc Ninh 80bb1f67, where the second procedure's list "1. Nộp hồ sơ:" /
    /// "2. Kiểm tra …" became sections holding its steps).
    #[test]
    fn a_table_of_steps_ends_at_the_next_group() {
        let wrapped = wrapped_lines();
        let text = format!(
            "I. QUY TRÌNH THẨM ĐỊNH\n\n{wrapped}tổ chức, cá nhân theo quy định.\n\n\
             Thứ tự công việc\n\nNội dung công việc\n\nThời gian\n\nBước 1\n\nTiếp nhận hồ sơ\n\n01 ngày làm việc\n\n\
             Bước 2\n\nTrả kết quả\n\n01 ngày làm việc\n\nII\n\nTrình tự phê duyệt dự án:\n\nBước 1\n\n\
             1. Nộp hồ sơ:\n- Nộp trực tuyến.\n\n2. Kiểm tra hồ sơ.\n\nBộ phận một cửa\n\nBước 2\n\n\
             Thẩm định hồ sơ\n\nPhòng chuyên môn\n"
        );
        let d = outline("x", &text);
        assert_eq!(d.sections.len(), 1);
        assert!(d.sections[0].children.is_empty(), "the cell's list is no section");
        let rows: Vec<String> = task_texts(&d).into_iter().skip(1).collect();
        assert_eq!(
            rows,
            vec![
                "Tiếp nhận hồ sơ | 01 ngày làm việc",
                "Trả kết quả | 01 ngày làm việc",
                // (A group's number without its dot goes with its title, as a paragraph.)
                "II Trình tự phê duyệt dự án:",
                "1. Nộp hồ sơ: | - Nộp trực tuyến. | 2. Kiểm tra hồ sơ. | Bộ phận một cửa",
                "Thẩm định hồ sơ | Phòng chuyên môn",
            ]
        );
        assert_eq!(d.sections[0].columns, ["Thứ tự công việc", "Nội dung công việc", "Thời gian"]);
    }

    /// Under a table of steps, its total ("Tổng thời gian giải quyết TTHC" / "10 ngày làm
    /// việc") is a row of its own, not the last step's cells, and the next procedure's
    /// caption ("Quy" / "trình số 02", over "2. Quy trình …") is left out: neither a cell
    /// nor a task (regression: the 20 tables of Cao Bằng 2022/QĐ-UBND, the steps of 12 more
    /// documents).
    #[test]
    fn a_table_of_steps_keeps_its_total_apart_and_drops_the_next_caption() {
        let text = "I. QUY TRÌNH NỘI BỘ\n\n1. Quy trình cấp giấy xác nhận\n\n\
                    Thứ tự công việc\n\nNội dung công việc\n\nTrách nhiệm thực hiện\n\nThời gian\n\nKết quả\n\n\
                    Bước 1\n\nTiếp nhận hồ sơ\n\nMột cửa\n\n1/4 ngày\n\nPhiếu hẹn\n\n\
                    Bước 2\n\nTrả kết quả\n\n01 ngày làm việc\n\n\
                    Tổng thời gian giải quyết\nTTHC\n\n190 ngày\n\n\
                    Quy\ntrình số 02\n2. Quy\ntrình cấp lại giấy xác nhận\n\nTiếp nhận hồ sơ trực tuyến.\n";
        let d = outline("x", text);
        let one = &d.sections[0].children[0];
        let rows: Vec<&str> = one.tasks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            rows,
            vec![
                "Tiếp nhận hồ sơ | Một cửa | 1/4 ngày | Phiếu hẹn",
                "Trả kết quả | 01 ngày làm việc",
                "Tổng thời gian giải quyết TTHC | 190 ngày"
            ]
        );
        let two = &d.sections[0].children[1];
        assert_eq!((two.label.as_str(), two.heading.as_str()), ("2", "Quy trình cấp lại giấy xác nhận"));
        assert_eq!(two.tasks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), vec!["Tiếp nhận hồ sơ trực tuyến."]);
    }

    /// A note sending the reader to an attachment ("(Chi tiết theo Phụ lục đính kèm)", "*
    /// (Đính kèm Danh mục)") is the task's before it, not a task of its own (regression: 21
    /// real decisions had it as the second task of their Điều 1). An attachment's own note,
    /// "(Kèm theo Quyết định …)", is not such a note.
    #[test]
    fn a_note_pointing_to_the_attachment_is_the_tasks_before_it() {
        let text = "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n\n\
                    (Chi tiết theo Phụ lục đính kèm)\n\n\
                    Điều 2. Bãi bỏ các thủ tục hành chính đã công bố.\n\n* (Đính kèm Danh mục)\n\n\
                    Điều 3. Giao Sở Tư pháp hướng dẫn.\n\n(Kèm theo Quyết định số 12/QĐ-UBND)\n";
        let d = outline("x", text);
        let tasks: Vec<Vec<&str>> =
            d.sections.iter().map(|s| s.tasks.iter().map(|t| t.text.as_str()).collect()).collect();
        assert_eq!(
            tasks,
            vec![
                vec!["Công bố kèm theo Quyết định này Danh mục thủ tục hành chính. (Chi tiết theo Phụ lục đính kèm)"],
                vec!["Bãi bỏ các thủ tục hành chính đã công bố. (Đính kèm Danh mục)"],
                vec!["Giao Sở Tư pháp hướng dẫn.", "(Kèm theo Quyết định số 12/QĐ-UBND)"],
            ]
        );
    }

    /// A Roman number over one sentence and nothing else is an item whose task is that
    /// sentence (regression: Hà Nội 77/2025/NQ-HĐND's attachment I had three such items as
    /// headings and no task); a heading in capitals, or one over its own items, stays one.
    #[test]
    fn a_sentence_under_a_roman_number_is_its_task() {
        let text = "I. Hỗ trợ 100% chi phí chuyển trả kết quả, hồ sơ thủ tục hành chính cho tổ chức, cá nhân.\n\n\
                    II. MỤC ĐÍCH, YÊU CẦU CỦA KẾ HOẠCH NÀY.\n\n\
                    III. Hỗ trợ mức phí, lệ phí đối với các thủ tục hành chính như sau.\n\n\
                    1. Thủ tục cấp giấy phép xây dựng.\n";
        let d = outline("x", text);
        let s: Vec<(&str, usize)> = d.sections.iter().map(|s| (s.heading.as_str(), s.tasks.len())).collect();
        assert_eq!(
            s,
            vec![
                ("", 1),
                ("MỤC ĐÍCH, YÊU CẦU CỦA KẾ HOẠCH NÀY.", 0),
                ("Hỗ trợ mức phí, lệ phí đối với các thủ tục hành chính như sau.", 0)
            ]
        );
        assert!(d.sections[0].tasks[0].text.starts_with("Hỗ trợ 100% chi phí"), "{:?}", d.sections[0]);
    }

    /// A table inside item 1 ends where item 2 starts ("2. Danh mục …"), not at the end.
    #[test]
    fn a_table_ends_at_the_next_sibling_of_its_section() {
        let text = "I. DANH MỤC\n\n1. Thủ tục sửa đổi\n\nSTT\n\nTên\n\n1\n\nCấp phép\n\n2\n\nGia hạn\n\n\
                    2. Thủ tục bãi bỏ\n\nTriển khai bãi bỏ thủ tục.\n";
        let d = outline("x", text);
        let one = &d.sections[0].children[0];
        assert_eq!(one.tasks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), vec!["Cấp phép", "Gia hạn"]);
        assert_eq!(one.columns, ["STT", "Tên"]);
        let two = &d.sections[0].children[1];
        assert_eq!(two.label, "2");
        assert_eq!(task_texts(&d).last().unwrap(), "Triển khai bãi bỏ thủ tục.");
    }

    /// "… hạng" / "II." and "… tại Phụ lục" / "VIII.": a number that completes a reference
    /// on the line before is not a label of its own.
    #[test]
    fn a_number_after_a_reference_word_stays_in_its_sentence() {
        let d = outline("x", "I. MỨC CHI\n1. Mức chi cho diễn viên hạng\nII.\n2. Thay thế cụm từ tại Phụ lục\nVIII.\n");
        let t = task_texts(&d);
        assert_eq!(t, vec!["Mức chi cho diễn viên hạng II.", "Thay thế cụm từ tại Phụ lục VIII."]);
    }

    /// "f." after "e." (the Latin alphabet's order) is never a task of its own.
    #[test]
    fn a_one_letter_sentence_is_not_a_task() {
        let p = para("f. Các tổ chức xã hội được hỗ trợ. Mức hỗ trợ theo quy định.");
        let t: Vec<String> = split_tasks(&p, 0, p.text.len()).into_iter().map(|t| t.text).collect();
        assert_eq!(t, vec!["f. Các tổ chức xã hội được hỗ trợ.", "Mức hỗ trợ theo quy định."]);
    }

    /// "A." / "B." group Roman items in attachments; wrapped over two lines, the heading is
    /// whole. "I." stays Roman, and a capital before a lower-case word is not a label.
    #[test]
    fn capital_letter_labels_group_roman_items() {
        let l = parse_label("B. QUY TRÌNH CẤP XÃ").unwrap();
        assert_eq!((l.kind, l.text.as_str(), l.ordinal), (LabelKind::Capital, "B", 2));
        assert_eq!(parse_label("Đ. NHÓM KHÁC").unwrap().ordinal, 5);
        assert_eq!(parse_label("I. LĨNH VỰC").unwrap().kind, LabelKind::Roman);
        assert!(parse_label("A. là người đại diện").is_none());
        // A list of authors is not a group heading (regression: PAN source-document01543).
        assert!(parse_label("A. Porta, F. Costa, J. Tank, and R. Mosqueda-Garcia").is_none());
        assert!(parse_label("A. V.G. Bruschke, R. Furlan").is_none());
        assert!(parse_label("C. Swenne and J. Frederiks").is_none());
        assert!(parse_label("A. Thủ tục hành chính cấp tỉnh").is_some());
        assert!(parse_label("Điều 1. Phê duyệt").is_some_and(|l| l.kind == LabelKind::Article));
        let d = outline(
            "x",
            "A. THỦ TỤC\nHÀNH CHÍNH CẤP TỈNH\nI. LĨNH VỰC ĐẤT ĐAI\n1. Đăng ký đất đai lần đầu.\n\
             B. THỦ TỤC HÀNH CHÍNH CẤP XÃ\nI. LĨNH VỰC HỘ TỊCH\n1. Đăng ký khai sinh.\n",
        );
        let tree: Vec<(String, String, Vec<String>)> = d
            .sections
            .iter()
            .map(|s| (s.label.clone(), s.heading.clone(), s.children.iter().map(|c| c.path_string()).collect()))
            .collect();
        assert_eq!(
            tree,
            vec![
                ("A".into(), "THỦ TỤC HÀNH CHÍNH CẤP TỈNH".into(), vec!["A.I".to_string()]),
                ("B".into(), "THỦ TỤC HÀNH CHÍNH CẤP XÃ".into(), vec!["B.I".to_string()]),
            ]
        );
    }

    /// A group's Roman number alone on its line ("II", no dot, a table that was not
    /// recognised) goes with the title after it; "X" alone (a mark) and a digit before it
    /// do not.
    #[test]
    fn a_group_number_alone_joins_its_title() {
        assert!(is_group_number("II") && is_group_number("IV") && !is_group_number("X") && !is_group_number("IIII"));
        let d = outline("x", "1. Nhiệm vụ chung.\n\nII\n\nKết quả thực hiện nhiệm vụ trong năm.\n");
        assert_eq!(task_texts(&d), vec!["Nhiệm vụ chung.", "II Kết quả thực hiện nhiệm vụ trong năm."]);
        let mut paras = vec![para("4"), para("II"), para("KẾT QUẢ THỰC HIỆN")];
        merge_bare_labels(&mut paras);
        assert_eq!(paras.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), vec!["4", "II", "KẾT QUẢ THỰC HIỆN"]);
    }

    /// A heading in capitals followed at once by another heading keeps its text: a section
    /// with only a heading is not dropped.
    #[test]
    fn a_heading_with_nothing_under_it_is_kept() {
        let d = outline(
            "x",
            "I. MỤC ĐÍCH\n\nLàm tốt.\n\nTỔNG THU NGÂN SÁCH TRÊN ĐỊA BÀN\n\nII\n\nTHU NỘI ĐỊA\n\nThu đúng hạn.\n",
        );
        let headings: Vec<&str> = d.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, vec!["MỤC ĐÍCH", "TỔNG THU NGÂN SÁCH TRÊN ĐỊA BÀN", "II THU NỘI ĐỊA"]);
    }

    /// A full stop inside a short quotation is the quoted title's ("“Phần C. TRÌNH TỰ …”"),
    /// but a quotation that ends a sentence ("… “Dân biết, dân làm.” Các xã …") still ends it,
    /// and a “ that never closes does not glue the paragraph together.
    #[test]
    fn a_quoted_title_does_not_end_the_sentence() {
        let split = |t: &str| -> Vec<String> {
            let p = para(t);
            split_tasks(&p, 0, p.text.len()).into_iter().map(|t| t.text).collect()
        };
        assert_eq!(
            split("Thực hiện theo Mục 2 của “Phần C. TRÌNH TỰ ĐĂNG KÝ. TÀI SẢN” của Chính phủ. Báo cáo kết quả."),
            vec!["Thực hiện theo Mục 2 của “Phần C. TRÌNH TỰ ĐĂNG KÝ. TÀI SẢN” của Chính phủ.", "Báo cáo kết quả."]
        );
        assert_eq!(
            split("Thực hiện khẩu hiệu “Dân biết, dân làm.” Các xã báo cáo."),
            vec!["Thực hiện khẩu hiệu “Dân biết, dân làm.”", "Các xã báo cáo."]
        );
        let open = format!("Ghi “chú. Tiếp theo {}. Hết.", "chữ ".repeat(100));
        assert_eq!(split(&open).len(), 3);
    }
}

#[cfg(test)]
mod office_layout_tests {
    //! Layouts offices use that the legal portal's texts do not: a work programme laid out as
    //! a table written one row to a line, cells parted by tabs (DOCX data tables, tables
    //! pasted into a text file), a header typed with tabs, labels typed "1/", "I/", "1)".
    use super::*;

    const HEAD: &str = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 10/CTr-UBND\nHòa Bình, ngày 28 tháng 01 năm 2026\n\
                        CHƯƠNG TRÌNH\nCông tác tháng 02 năm 2026 của Ủy ban nhân dân xã\n";
    const TAIL: &str = "Nơi nhận:\n- TT Đảng ủy;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n";

    /// The tasks in and under a section, in order.
    fn tasks(s: &Section) -> Vec<&str> {
        let mut out: Vec<&str> = s.tasks.iter().map(|t| t.text.as_str()).collect();
        for c in &s.children {
            out.extend(tasks(c));
        }
        out
    }

    /// The paths of the items under a section, depth first.
    fn items(s: &Section) -> Vec<String> {
        s.children.iter().flat_map(|c| std::iter::once(c.path_string()).chain(items(c))).collect()
    }

    /// Regression: a programme laid out as a table in Word came out as one line per row with
    /// its cells run together, the title swallowed the whole table, and the outline was one
    /// unnumbered section ("no numbered sections found").
    #[test]
    fn a_programme_written_as_a_table_has_its_groups_as_sections_and_its_rows_as_tasks() {
        let rows = "TT\tNội dung công việc\tCơ quan chủ trì\tThời gian\n\
                    I\tLĨNH VỰC KINH TẾ\t\t\n\
                    1\tChỉ đạo gieo trồng vụ Xuân\tPhòng Kinh tế\tTháng 2\n\
                    2\tThu ngân sách nhà nước\tTài chính - Kế toán\tCả tháng\n\
                    II\tLĨNH VỰC VĂN HÓA - XÃ HỘI\t\t\n\
                    1\tRà soát hộ nghèo phát sinh\tLao động\tTrước 25/2\n";
        let d = outline("x", &format!("{HEAD}{rows}{TAIL}"));
        let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["I", "II"], "{:#?}", d.sections);
        assert_eq!(d.sections[0].heading, "LĨNH VỰC KINH TẾ");
        assert_eq!(d.sections[0].columns, ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"]);
        assert_eq!(
            tasks(&d.sections[0]),
            [
                "Chỉ đạo gieo trồng vụ Xuân | Phòng Kinh tế | Tháng 2",
                "Thu ngân sách nhà nước | Tài chính - Kế toán | Cả tháng"
            ]
        );
        assert_eq!(tasks(&d.sections[1]), ["Rà soát hộ nghèo phát sinh | Lao động | Trước 25/2"]);
        // Each numbered row is an item of its number, as "1. Chỉ đạo …" is in a programme
        // written as text, so that the two layouts align item by item.
        assert_eq!(items(&d.sections[0]), ["I.1", "I.2"]);
        assert_eq!(items(&d.sections[1]), ["II.1"]);
        assert_eq!(d.meta.title.as_deref(), Some("Công tác tháng 02 năm 2026 của Ủy ban nhân dân xã"));
        assert!(d.parts.iter().any(|p| p.kind == PartKind::Table && p.lines == LineRange::new(7, 12)), "{:?}", d.parts);
        assert!(d.notes.is_empty(), "{:?}", d.notes);
    }

    #[test]
    fn a_tab_tables_rows_are_told_by_their_first_cell_and_the_row_after() {
        // Sub-rows stay rows; a row of one title in capitals is an unnumbered group, named in
        // paths by its title; a row numbering the columns is left out; a Roman row with no
        // deeper row after it is a row.
        let rows = "STT\tNội dung\tChủ trì\n(1)\t(2)\t(3)\n\
                    CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN\t\t\n\
                    1\tHọp UBND thường kỳ\tVăn phòng\n\
                    1.1\tChuẩn bị báo cáo\tVăn phòng\n\
                    a\tTiếp công dân tại thôn\t\n\
                    CÔNG TÁC QUỐC PHÒNG\t\t\n\
                    2\tGiao nhận quân\tQuân sự\n\
                    III\tCác việc khác\tVăn phòng\n";
        let d = outline("x", &format!("{HEAD}{rows}{TAIL}"));
        let heads: Vec<(&str, &str)> = d.sections.iter().map(|s| (s.label.as_str(), s.heading.as_str())).collect();
        assert_eq!(heads, [("", "CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN"), ("", "CÔNG TÁC QUỐC PHÒNG")], "{:#?}", d.sections);
        assert_eq!(
            tasks(&d.sections[0]),
            ["Họp UBND thường kỳ | Văn phòng", "Chuẩn bị báo cáo | Văn phòng", "Tiếp công dân tại thôn"]
        );
        // (A section's own tasks come before its items: the row "III" before item 2.)
        assert_eq!(tasks(&d.sections[1]), ["Các việc khác | Văn phòng", "Giao nhận quân | Quân sự"]);
        // "1.1" and "a" under the row "1"; the row "III" with no deeper row after it is a
        // row of the group.
        let first = "CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN";
        assert_eq!(items(&d.sections[0]), [format!("{first}.1"), format!("{first}.1.1"), format!("{first}.1.a")]);
        assert_eq!(items(&d.sections[1]), ["CÔNG TÁC QUỐC PHÒNG.2"]);
        assert_eq!(d.sections[0].path, ["CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN"]);
        assert_eq!(d.sections[1].columns, ["STT", "Nội dung", "Chủ trì"]);
    }

    #[test]
    fn a_tab_table_without_row_numbers_needs_rows_of_one_width() {
        // Three rows or more of as many cells: a table, its first row of short names the
        // columns; an indent with tabs, or a header laid out in three columns on two rows,
        // is no table.
        let rows = "Nội dung công việc\tChủ trì\tThời gian\n\
                    Chỉ đạo gieo trồng vụ Xuân\tPhòng Kinh tế\tTháng 2\n\
                    Thu ngân sách nhà nước\tTài chính\tCả tháng\n";
        let d = outline("x", &format!("{HEAD}{rows}{TAIL}"));
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.sections[0].columns, ["Nội dung công việc", "Chủ trì", "Thời gian"]);
        assert_eq!(
            tasks(&d.sections[0]),
            ["Chỉ đạo gieo trồng vụ Xuân | Phòng Kinh tế | Tháng 2", "Thu ngân sách nhà nước | Tài chính | Cả tháng"]
        );
        let header = "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA BÌNH\t\tĐộc lập - Tự do - Hạnh phúc\n\
                      Số: 10/CTr-UBND\nHòa Bình, ngày 28 tháng 01 năm 2026\nCHƯƠNG TRÌNH\nCông tác tháng 02\n\
                      I. NHIỆM VỤ\n\t\t1. Chỉ đạo gieo trồng vụ Xuân.\n\t\t2. Thu ngân sách nhà nước.\n";
        let d = outline("x", &format!("{header}{TAIL}"));
        assert!(d.parts.iter().all(|p| p.kind != PartKind::Table), "{:?}", d.parts);
        assert_eq!(d.sections[0].label, "I");
        let items: Vec<&str> = d.sections[0].children.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(items, ["1", "2"]);
        assert_eq!(d.meta.unit.as_ref().map(|u| u.to_string()).as_deref(), Some("xã Hòa Bình"));
        // A header in a table of three columns and three rows is no table of tasks.
        let header = "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA BÌNH\t\tĐộc lập - Tự do - Hạnh phúc\n\
                      Số: 10/CTr-UBND\t\tHòa Bình, ngày 28 tháng 01 năm 2026\nCHƯƠNG TRÌNH\nCông tác tháng 02\n\
                      I. NHIỆM VỤ\n1. Chỉ đạo gieo trồng vụ Xuân.\n";
        let d = outline("x", &format!("{header}{TAIL}"));
        assert!(d.parts.iter().all(|p| p.kind != PartKind::Table), "{:?}", d.parts);
        assert_eq!(d.meta.unit.as_ref().map(|u| u.to_string()).as_deref(), Some("xã Hòa Bình"));
        assert_eq!(d.meta.number.as_deref(), Some("10"));
        // Nor is a signature block laid out with tabs beside the recipients.
        let text = format!(
            "{HEAD}I. NHIỆM VỤ\n1. Chỉ đạo gieo trồng vụ Xuân.\n2. Thu ngân sách nhà nước.\n\
             Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN\n- TT Đảng ủy;\t\tCHỦ TỊCH\n- Lưu: VT.\t\t\n\t\tNguyễn Văn An\n"
        );
        let d = outline("x", &text);
        assert!(d.parts.iter().all(|p| p.kind != PartKind::Table), "{:?}", d.parts);
        assert_eq!(d.sections.len(), 1, "{:#?}", d.sections);
        assert_eq!(d.task_count(), 2);
        // Its columns are read one after the other: the recipients, then the signature
        // (regression: the role was lost and the title read as a recipient, "TT Đảng ủy;
        // CHỦ TỊCH").
        assert_eq!(d.meta.recipients, ["TT Đảng ủy", "Lưu: VT"]);
        let s = d.meta.signer.clone().unwrap();
        assert_eq!(s.on_behalf.as_deref(), Some("TM. ỦY BAN NHÂN DÂN"));
        assert_eq!(s.title.as_deref(), Some("CHỦ TỊCH"));
        assert_eq!(s.name.as_deref(), Some("Nguyễn Văn An"));
    }

    /// Regression: two groups titled but not numbered had the same path, and `compare`
    /// printed the tasks of both under each.
    #[test]
    fn titled_groups_without_numbers_have_paths_of_their_own() {
        let rows = "TT\tNội dung\tChủ trì\nVIỆC KHÁC\t\t\n1\tHọp giao ban\tVăn phòng\n\
                    VIỆC KHÁC\t\t\n2\tTiếp công dân\tChủ tịch\n";
        let d = outline("x", &format!("{HEAD}{rows}{TAIL}"));
        let paths: Vec<String> = d.sections.iter().map(|s| s.path_string()).collect();
        assert_eq!(paths, ["VIỆC KHÁC", "VIỆC KHÁC (2)"]);
        assert!(d.sections.iter().all(|s| s.label.is_empty()));
    }

    /// Regression: a label the author repeats gave two sections one path (Đắk Lắk's plan has
    /// "IV." twice, procedure lists several "*" headings side by side), and `compare` counted
    /// the second one's tasks and children as the first one's.
    #[test]
    fn repeated_labels_have_paths_of_their_own() {
        let body = "III. THỜI GIAN\nNăm 2026.\nIV. KINH PHÍ\n1. Ngân sách tỉnh.\n2. Nguồn khác.\n\
                    IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính.\n2. Sở Nội vụ.\n";
        let d = outline("x", &format!("{HEAD}{body}{TAIL}"));
        let paths: Vec<String> = d.all_sections().iter().map(|s| s.path_string()).collect();
        assert_eq!(paths, ["III", "IV", "IV.1", "IV.2", "IV (2)", "IV (2).1", "IV (2).2"], "{:#?}", d.sections);
        let mut unique = paths.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), paths.len());
    }

    /// Regression: an addressee's heading whose remark in brackets ends "and so on"
    /// ("5. Các chủ rừng là tổ chức (các" / "Ban quản lý …, các Công ty nông, lâm
    /// nghiệp…)", Quảng Trị's directive 06/CT-UBND) was a task: the ellipsis closed by the
    /// bracket was read as a sentence's end.
    #[test]
    fn an_ellipsis_in_brackets_does_not_end_a_heading() {
        let body = "I. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh\n\n- Chỉ đạo Công an xã phối hợp.\n\n\
                    2. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n\n\
                    - Thực hiện đầy đủ quyền, nghĩa vụ của chủ rừng.\n\n- Phối hợp với chính quyền.\n";
        let d = outline("x", &format!("{HEAD}{body}{TAIL}"));
        let five = &d.sections[0].children[1];
        assert_eq!(
            five.heading,
            "Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)"
        );
        assert_eq!(five.tasks.len(), 2, "{:#?}", five.tasks);
    }

    /// Regression: "I/", "1/", "a/", "1)", "III-", "1-" (as many offices type labels) were
    /// not labels, and the whole programme was one unnumbered section.
    #[test]
    fn labels_typed_with_other_marks_are_labels() {
        let body = "I/ LĨNH VỰC KINH TẾ\n1/ Chỉ đạo gieo trồng vụ Xuân.\n2/ Thu ngân sách nhà nước.\n\
                    a/ Thu thuế đất.\nb/ Thu phí, lệ phí.\nII- VĂN HÓA - XÃ HỘI\n1) Rà soát hộ nghèo.\n\
                    2) Tiêm chủng mở rộng.\nIII/ QUỐC PHÒNG\n1- Giao nhận quân.\n";
        let d = outline("x", &format!("{HEAD}{body}{TAIL}"));
        let labels: Vec<String> = d.all_tasks().iter().map(|(s, _)| crate::model::path_string(&s.path)).collect();
        assert_eq!(labels, ["I.1", "I.2", "I.2.a", "I.2.b", "II.1", "II.2", "III.1"], "{:#?}", d.sections);
        assert_eq!(d.sections[1].heading, "VĂN HÓA - XÃ HỘI");
        // Not labels: a date, a span, "V/v", a mark before lower case.
        for line in ["1/2026 là năm bản lề.", "1-2 ngày làm việc.", "V/v triển khai kế hoạch", "1/ các ngành"]
        {
            assert_eq!(repair::alt_label_mark(line), None, "{line}");
        }
    }

    /// Regression: a header typed with tabs ("XÃ HÒA BÌNH<tab>Độc lập - Tự do - Hạnh phúc")
    /// was read as one line and the unit was not found.
    #[test]
    fn a_header_laid_out_with_tabs_is_read_column_by_column() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\n\
                    Số: 10/CTr-UBND\tHòa Bình, ngày 28 tháng 01 năm 2026\nCHƯƠNG TRÌNH\nCông tác tháng 02 năm 2026\n\
                    I. NHIỆM VỤ\n1. Chỉ đạo gieo trồng vụ Xuân.\n2. Thu ngân sách nhà nước.\n";
        let d = outline("x", &format!("{text}{TAIL}"));
        assert_eq!(d.meta.unit.as_ref().map(|u| u.to_string()).as_deref(), Some("xã Hòa Bình"));
        assert_eq!(d.meta.number.as_deref(), Some("10"));
        let issued = d.meta.issued.unwrap();
        assert_eq!((issued.day, issued.month, issued.year), (Some(28), Some(1), Some(2026)));
        assert_eq!(d.meta.title.as_deref(), Some("Công tác tháng 02 năm 2026"));
    }

    #[test]
    fn a_tab_table_under_a_heading_holds_its_rows_there() {
        let text = format!(
            "{HEAD}I. KẾT QUẢ THÁNG 01\nTrong tháng 01, xã đã hoàn thành các nhiệm vụ.\nII. NHIỆM VỤ THÁNG 02\n\
             TT\tNội dung\tChủ trì\n1\tChỉ đạo gieo trồng vụ Xuân\tPhòng Kinh tế\n2\tThu ngân sách\tTài chính\n\
             III. TỔ CHỨC THỰC HIỆN\nCác ngành tổ chức thực hiện.\n{TAIL}"
        );
        let d = outline("x", &text);
        let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["I", "II", "III"]);
        assert_eq!(d.sections[1].columns, ["TT", "Nội dung", "Chủ trì"]);
        assert_eq!(tasks(&d.sections[1]), ["Chỉ đạo gieo trồng vụ Xuân | Phòng Kinh tế", "Thu ngân sách | Tài chính"]);
        assert_eq!(tasks(&d.sections[2]), ["Các ngành tổ chức thực hiện."]);
    }
}

#[cfg(test)]
mod long_title_tests {
    //! A numbered item's title longer than a line or two: decided by what follows it, not
    //! by its length (regression: titles past 24 words were tasks, their twins headings).
    use super::*;

    const HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 31/2025/QĐ-UBND\nĐắk Lắk, ngày 20 tháng 11 năm 2025\n\
                        QUYẾT ĐỊNH\nPhân cấp thẩm quyền xử lý tài sản\n\
                        Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n";
    /// Thirty words, no final stop (a clause of Quyết định 031/2025 of Đắk Lắk, shortened).
    const TITLE: &str = "Phân cấp thẩm quyền quyết định phê duyệt phương án xử lý tài sản đối với tang vật, \
                         phương tiện vi phạm hành chính bị tịch thu (trừ trường hợp quy định tại khoản 1 \
                         Điều 10 Nghị định số 77/2025/NĐ-CP)";

    /// The body laid out as the legal portal writes it, a blank line after each paragraph.
    fn read(text: &str) -> Document {
        outline("x", &format!("{HEAD}{}", text.replace("\n\n", "\n").replace('\n', "\n\n")))
    }

    fn clause(text: &str) -> Section {
        let d = read(text);
        let article = d.sections.iter().find(|s| s.label == "Điều 1").expect("Điều 1");
        article.children[0].clone()
    }

    #[test]
    fn a_long_title_over_points_is_a_heading() {
        let c = clause(&format!(
            "Điều 1. Phân cấp\n1. {TITLE}\na) Giám đốc Sở Tài chính quyết định đối với tài sản của cơ quan cấp tỉnh.\n\
             b) Chủ tịch Ủy ban nhân dân cấp xã quyết định đối với tài sản của cơ quan cấp xã.\n"
        ));
        assert!(c.heading.starts_with("Phân cấp thẩm quyền") && c.heading.ends_with("77/2025/NĐ-CP)"), "{c:#?}");
        assert!(c.tasks.is_empty());
        assert_eq!(c.children.len(), 2);
    }

    #[test]
    fn a_long_title_over_a_paragraph_is_a_heading() {
        let c = clause(&format!(
            "Điều 1. Phân cấp\n1. {TITLE}\n\nCơ quan, người có thẩm quyền quyết định tịch thu tài sản quyết định phê duyệt \
             phương án xử lý tài sản.\n2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        ));
        assert!(c.heading.ends_with("77/2025/NĐ-CP)"), "{c:#?}");
        assert_eq!(c.tasks.len(), 1);
    }

    /// A few words after it are its own last line cut off, not a body: the item stays a task.
    #[test]
    fn a_long_text_before_a_few_words_is_a_task() {
        let c = clause(&format!(
            "Điều 1. Phân cấp\n1. {TITLE}\n\nQuảng Bình;\n2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        ));
        assert!(c.heading.is_empty(), "{c:#?}");
    }

    /// A lead-in ending in ":" past 24 words is a sentence: a task, as before.
    #[test]
    fn a_long_lead_in_is_a_task() {
        let c = clause(&format!(
            "Điều 1. Phân cấp\n1. {TITLE} được thực hiện theo các nội dung như sau:\n\nCơ quan, người có thẩm quyền \
             quyết định tịch thu tài sản quyết định phê duyệt phương án xử lý tài sản.\n"
        ));
        assert!(c.heading.is_empty(), "{c:#?}");
    }

    /// A point after the item that continues a list outside it ("b." after "a." over items
    /// "1." "2.", a procedure's times under its "a. Nội dung cắt giảm") does not make the
    /// item a title.
    #[test]
    fn a_later_point_of_an_outer_list_is_no_sign_of_a_title() {
        let d = read(&format!(
            "Điều 1. Phân cấp\n1. Thủ tục cấp giấy chứng nhận\na) Thời gian giải quyết theo quy định:\n\
             1. Đối với trường hợp gia hạn: 17,5 ngày làm việc\n2. {TITLE}: 07 ngày làm việc\n\
             b) Lý do: thời gian giải quyết thực tế có thể rút ngắn được.\n"
        ));
        let a = &d.sections.iter().find(|s| s.label == "Điều 1").unwrap().children[0].children[0];
        assert_eq!(a.label, "a", "{a:#?}");
        let second = &a.children[1];
        assert!(second.heading.is_empty() && second.tasks.len() == 1, "{second:#?}");
    }
}

#[cfg(test)]
mod table_end_tests {
    //! Where a table of an attachment ends: text under it is not its last row's cell
    //! (regressions from ../shared/real: a note, the next attachment's title and the part
    //! after a closing mark were joined to the last row).
    use super::*;

    const HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 2815/QĐ-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2025\n\n\
                        QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\nQUYẾT ĐỊNH:\n\n\
                        Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n\n\
                        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n\n\
                        Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trường Sơn\n\n\
                        PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI\n\
                        (Ban hành theo Quyết định số 2815/QĐ-UBND ngày 20 tháng 11 năm 2025)\n\n\
                        Stt\n\nMã hồ sơ TTHC\n\nTên thủ tục hành chính\n\nCơ quan thực hiện\n\n\
                        1\n\n1.014390\n\nCấp giấy chứng nhận đăng ký tổ chức khoa học và công nghệ\n\nSở Khoa học và Công nghệ\n\n\
                        2\n\n1.014392\n\nCấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ\n\nSở Khoa học và Công nghệ\n\n";

    fn appendix(tail: &str) -> Vec<Section> {
        let d = outline("x", &format!("{HEAD}{tail}"));
        d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).cloned().collect()
    }

    fn texts(s: &Section) -> Vec<&str> {
        s.tasks.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn a_note_under_a_table_is_not_its_last_cell() {
        let a = appendix("Lưu ý: Phần chữ in nghiêng là nội dung sửa đổi so với Quyết định số 1818/QĐ-UBND.\n");
        let t = texts(&a[0]);
        assert!(t.iter().any(|t| t.starts_with("1.014392") && t.ends_with("Sở Khoa học và Công nghệ")), "{t:#?}");
        assert_eq!(
            t.last().copied(),
            Some("Lưu ý: Phần chữ in nghiêng là nội dung sửa đổi so với Quyết định số 1818/QĐ-UBND.")
        );
    }

    #[test]
    fn a_note_word_ending_its_line_leads_a_cell() {
        // "Lưu ý:" over the cell's own bullets stays in the row.
        let a = appendix("Lưu ý:\n\n- Hồ sơ nộp trực tuyến được giải quyết trong ngày.\n");
        let t = texts(&a[0]);
        assert!(t.last().is_some_and(|t| t.starts_with("1.014392") && t.contains("Lưu ý:")), "{t:#?}");
    }

    #[test]
    fn the_next_attachment_title_ends_the_table() {
        // Its label on the line after the last row's, with no blank line between.
        let a = appendix(
            "Tổng số: 02 TTHC\nPHỤ LỤC II\nQUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n\
             (Kèm theo Quyết định số 2815/QĐ-UBND ngày 20 tháng 11 năm 2025)\n\n\
             1. Quy trình cấp giấy chứng nhận đăng ký tổ chức khoa học và công nghệ.\n",
        );
        assert_eq!(a.len(), 2, "{a:#?}");
        assert!(texts(&a[0]).iter().all(|t| !t.contains("QUY TRÌNH")), "{:#?}", a[0]);
        assert!(a[1].heading.starts_with("PHỤ LỤC II QUY TRÌNH NỘI BỘ"), "{:#?}", a[1]);
    }

    /// A later part's heading ends the table though the part before it has no section (its
    /// heading read into the attachment's title) (regression: Đồng Nai's 2813/QĐ-UBND read
    /// all of "PHẦN II. NỘI DUNG PHƯƠNG ÁN …" into the list's last row).
    #[test]
    fn a_later_parts_heading_ends_the_table() {
        let a = appendix(
            "PHẦN\nII. NỘI DUNG PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n\n\
             1. Cấp giấy chứng nhận đăng ký tổ chức khoa học và công nghệ.\n\n\
             - Bãi bỏ thành phần hồ sơ bản sao giấy tờ.\n",
        );
        assert!(texts(&a[0]).iter().all(|t| !t.contains("PHẦN II")), "{:#?}", a[0]);
        let part = a[0].children.iter().find(|c| c.kind == LabelKind::Part).expect("part II");
        assert!(part.heading.starts_with("NỘI DUNG PHƯƠNG ÁN"), "{part:#?}");
    }

    #[test]
    fn a_closing_mark_ends_the_table() {
        // "./." closes the part; the title in capitals after it is not a cell.
        let a = appendix(
            "Tổng số danh mục có 02 TTHC cấp tỉnh./.\n\nQUY TRÌNH NỘI BỘ, LIÊN THÔNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n\n\
             1. Cấp giấy chứng nhận đăng ký tổ chức khoa học và công nghệ.\n",
        );
        let all: Vec<&str> = a.iter().flat_map(texts).collect();
        assert!(all.iter().any(|t| t.ends_with("Tổng số danh mục có 02 TTHC cấp tỉnh./.")), "{all:#?}");
        assert!(all.iter().all(|t| !t.contains("| QUY TRÌNH")), "{all:#?}");
    }

    #[test]
    fn a_title_over_an_attachment_note_ends_the_table() {
        let a = appendix(
            "QUY TRÌNH NỘI BỘ, LIÊN THÔNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n\n\
             (Kèm theo Quyết định số 2815/QĐ-UBND ngày 20 tháng 11 năm 2025)\n\n\
             1. Cấp giấy chứng nhận đăng ký tổ chức khoa học và công nghệ.\n",
        );
        let all: Vec<&str> = a.iter().flat_map(texts).collect();
        assert!(all.iter().all(|t| !t.contains("| QUY TRÌNH")), "{all:#?}");
        // The title and its note open the decision's second attachment, though no label
        // ("PHỤ LỤC II") or signature comes between (regression: Cần Thơ 2608/QĐ-UBND's list
        // of repealed procedures and its rows were the first list's tasks).
        assert_eq!(a.len(), 2, "{a:#?}");
        assert!(
            a[1].heading.starts_with("QUY TRÌNH NỘI BỘ, LIÊN THÔNG") && a[1].heading.ends_with("năm 2025)"),
            "{:#?}",
            a[1]
        );
        assert!(texts(&a[0]).iter().all(|t| !t.contains("QUY TRÌNH") && !t.starts_with("(Kèm")), "{:#?}", a[0]);
    }

    /// A form's title and note under its issuer and motto, after a signature, are the
    /// attachment's own title, not a second attachment (Lâm Đồng's forms, f40e7ad0).
    #[test]
    fn a_forms_title_under_its_motto_is_its_attachments_own() {
        let d = outline(
            "x",
            &format!(
                "{HEAD}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\
                 ỦY BAN NHÂN DÂN\nXÃ…..\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                 Độc lập - Tự do - Hạnh phúc\n---------------\n\nDANH SÁCH BỐ TRÍ, ỔN ĐỊNH DÂN CƯ\n\n\
                 (Ban hành kèm theo Quyết định số:…..QĐ-UBND ngày….tháng ….năm của Ủy ban nhân dân xã…)\n\n\
                 STT\n\nHọ và tên chủ hộ\n\n1\n\n…\n"
            ),
        );
        let a: Vec<&Section> = d.sections.iter().filter(|s| s.kind == LabelKind::Appendix).collect();
        assert!(a.iter().all(|s| !s.heading.starts_with("DANH SÁCH")), "{a:#?}");
    }

    #[test]
    fn a_lead_in_over_a_list_after_a_table_ends_it() {
        // "Trong đó:" / "a. …": the table's notes are the attachment's points, not cells.
        let a = appendix(
            "Trong đó:\n\na. Định mức phân bổ chi khác đơn vị dự toán cấp I được áp dụng cho Văn phòng các sở, \
             ban, ngành, đoàn thể thuộc tỉnh.\n\nb. Định mức phân bổ chi khác cho đơn vị dự toán trực thuộc đơn vị dự \
             toán cấp I là các cơ quan hành chính trực thuộc các sở.\n",
        );
        let points: Vec<&str> = a[0].children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(points, ["a", "b"], "{:#?}", a[0]);
        assert!(texts(&a[0]).iter().all(|t| !t.contains("Định mức")), "{:#?}", a[0]);
    }

    #[test]
    fn an_items_title_over_a_new_table_ends_the_table() {
        // Item 1's table numbers its rows "1." too; "2. Danh mục …" over "STT" is item 2.
        let list = "1.\nDanh mục thủ tục hành chính được sửa đổi, bổ sung\n\nTT\n\nMã TTHC\n\nTên TTHC\n\n\
                    1.\n\n1.012507.H05\n\nCấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n\n\
                    2.\nDanh mục thủ tục hành chính bị bãi bỏ\n\nSTT\n\nMã TTHC\n\nTên TTHC bị bãi bỏ\n\n\
                    1\n\n1.012508.H05\n\nCấp lại chứng chỉ nghiệp vụ chuyên môn về đấu thầu\n";
        let head = HEAD.split("Stt\n").next().unwrap_or(HEAD);
        let d = outline("x", &format!("{head}{list}"));
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("appendix");
        let items: Vec<&str> = pl.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(items, ["1", "2"], "{pl:#?}");
        assert!(pl.children[1].heading.starts_with("Danh mục thủ tục hành chính bị bãi bỏ"), "{pl:#?}");
        let second: Vec<&str> = texts(&pl.children[1]);
        assert!(second.iter().any(|t| t.starts_with("1.012508.H05")), "{pl:#?}");
    }

    #[test]
    fn an_items_title_over_its_table_is_its_heading() {
        // Its rows are the item's tasks; the title, without a final stop, names them.
        let list = "1. Thủ tục công bố dự án đầu tư kinh doanh (gồm dự án đầu tư có sử dụng đất) đối với dự án \
                    không thuộc trường hợp đấu thầu lựa chọn nhà đầu tư theo quy định do nhà đầu tư đề xuất\n\n\
                    Thứ tự công việc\n\nNội dung công việc\n\nThời gian thực hiện\n\n\
                    Bước 1\n\nTiếp nhận hồ sơ\n\n0,5 ngày\n\nBước 2\n\nThẩm định hồ sơ\n\n05 ngày\n";
        let head = HEAD.split("Stt\n").next().unwrap_or(HEAD);
        let d = outline("x", &format!("{head}{list}"));
        let pl = d.sections.iter().find(|s| s.kind == LabelKind::Appendix).expect("appendix");
        let item = &pl.children[0];
        assert!(item.heading.starts_with("Thủ tục công bố dự án"), "{item:#?}");
        let rows = texts(item);
        assert_eq!(rows.len(), 2, "{item:#?}");
        assert!(rows[0].starts_with("Tiếp nhận hồ sơ"), "{rows:?}");
    }
}

#[cfg(test)]
mod directive_tests {
    //! A directive's opening: the situation and the reasons before its numbered demands;
    //! and a plan's background before its "… ban hành Kế hoạch … như sau:".
    use super::*;

    #[test]
    fn a_plans_background_before_its_formula_is_preamble() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n-------\n\nSố: 204/KH-UBND\n\nĐắk Lắk, ngày 24 tháng 11 năm 2025\n\n\
                    KẾ HOẠCH\n\nKHẮC PHỤC MÔI TRƯỜNG SAU LỤT BÃO\n\n\
                    Do hậu quả mưa lớn kéo dài, nhiều khu vực bị chia cắt, cô lập và nhiều công trình bị hư hại.\n\n\
                    Để kịp thời khắc phục môi trường sau lụt bão, UBND tỉnh ban hành kế hoạch như sau:\n\n\
                    I. MỤC ĐÍCH, YÊU CẦU\n\n1. Chủ động triển khai các biện pháp khắc phục hậu quả thiên tai.\n";
        let d = outline("x", text);
        assert!(!d.all_tasks().iter().any(|(_, t)| t.text.starts_with("Do hậu quả")), "{:#?}", d.sections);
        let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["I"], "{:#?}", d.sections);
        assert!(d.parts.iter().any(|p| p.kind == PartKind::Preamble && p.lines.start == 13), "{:?}", d.parts);
    }

    /// A title whose last line is only its years ("… NĂM HỌC" / "2025-2026") ends there: the
    /// grounds on the next line, with no blank before them, are the preamble (regression:
    /// Hà Nội 58/2025/NQ-HĐND's thirty lines of grounds were read as its title).
    #[test]
    fn a_title_ending_in_its_years_stops_at_the_grounds() {
        let text = "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 58/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n\
                    NGHỊ QUYẾT\nQUY ĐỊNH MỨC HỌC PHÍ ĐỐI VỚI CÁC CƠ SỞ GIÁO DỤC NĂM HỌC\n2025-2026\n\
                    Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\
                    Hội đồng nhân dân Thành phố ban hành Nghị quyết quy định mức học phí.\n\
                    Điều 1. Phạm vi điều chỉnh\n";
        let d = outline("x", text);
        let kinds: Vec<(PartKind, usize, usize)> =
            d.parts.iter().map(|p| (p.kind, p.lines.start, p.lines.end)).collect();
        assert!(kinds.contains(&(PartKind::Title, 8, 10)), "{kinds:?}");
        assert!(kinds.contains(&(PartKind::Preamble, 11, 12)), "{kinds:?}");
    }

    #[test]
    fn a_directives_opening_is_its_preamble() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                    Độc lập - Tự do - Hạnh phúc\n\nSố: 12/CT-UBND\n\nĐắk Lắk, ngày 20 tháng 11 năm 2025\n\n\
                    CHỈ THỊ\n\nVỀ NÂNG CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n\n\
                    Thời gian qua, công tác cải cách thủ tục hành chính trên địa bàn tỉnh có nhiều chuyển biến tích cực.\n\n\
                    Tuy nhiên, việc giải quyết hồ sơ ở một số nơi còn chậm, gây phiền hà cho người dân và doanh nghiệp.\n\n\
                    Để khắc phục những hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n\
                    1. Các sở, ban, ngành rà soát, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền.\n\n\
                    2. Ủy ban nhân dân các xã, phường giải quyết hồ sơ đúng hạn, không yêu cầu thêm giấy tờ.\n";
        let d = outline("x", text);
        assert_eq!(d.meta.kind, Some(DocKind::Directive));
        let labels: Vec<&str> = d.sections.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["1", "2"], "{:#?}", d.sections);
        assert!(
            d.parts.iter().any(|p| p.kind == PartKind::Preamble && p.lines.start == 16 && p.lines.end == 20),
            "{:?}",
            d.parts
        );
    }
}
