//! The same document laid out another way reads to the same outline. Each fixture's
//! outline is written back out as text the way other extractions lay it out — hard-wrapped
//! at a width with no blank line (a PDF's text), with a blank line after every line (the
//! seeds 002–004), or with a blank line between paragraphs (a Word export) — its header and
//! closing kept as they were, and read again: every section must come back with the same
//! path, heading and tasks. This tests the reader's layout decisions on text nobody tuned
//! them on: where a wrapped line ends, what a capital letter or a number at a line's start
//! means, where a heading stops. The real documents without a table or an appendix (82 of
//! `../shared/real/`) are laid out the same three ways at 80 characters: 66, 66 and 76 read
//! the same, and those that do not are listed with why.
//!
//! Widths from 65 to 90 characters (a PDF page's text runs 80 to 95) all read the same.
//! Narrower and wider ones do not, and are left out on purpose: in hard-wrapped text with
//! no blank line, a numbered heading without final punctuation that fills 80% of the
//! width or more ("3. Giao ban Chủ tịch, các Phó Chủ tịch UBND xã" at 55 characters, "4.
//! Phát triển khoa học, công nghệ, … (có báo cáo chuyên đề)" at 95) runs into the next
//! line when that line opens with a capital. Asking whether the next word would have fitted
//! on the line was tried and dropped: the seeds' own extraction breaks lines before words
//! that fit ("… Quốc hội khóa" / "XVI và …" in tam-thanh-2025-12), so the count of
//! characters is no evidence there.

use sosanh::compare::{MatchSettings, compare};
use sosanh::model::{Document, LabelKind, PartKind, Section};
use sosanh::read::{ReadOptions, document_from_bytes, read_document};

/// How the paragraphs are laid out.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// Hard-wrapped, no blank line anywhere in the body.
    Wrapped,
    /// Hard-wrapped, a blank line after every line.
    BlankAfterEvery,
    /// Hard-wrapped, a blank line between paragraphs.
    BlankBetween,
}

/// The label as the source wrote it: the first word of the section's first line; a label
/// word with its number as the outline has them ("Phần I", "Điều 3."), since the source may
/// have cut the word from its number. An item run into the line before it ("… tiêu
/// cực.2. Giao …") shares that line: its label as the outline has it, "2." or "b)".
fn written_label(source: &[&str], s: &Section) -> String {
    match s.kind {
        LabelKind::Part | LabelKind::Chapter | LabelKind::Division => s.label.clone(),
        LabelKind::Article => format!("{}.", s.label),
        _ => {
            let first = source[s.lines.start - 1].split_whitespace().next().unwrap_or_default();
            if first.starts_with(&s.label) {
                first.to_string()
            } else if s.kind == LabelKind::Letter {
                format!("{})", s.label)
            } else {
                format!("{}.", s.label)
            }
        }
    }
}

/// The body's paragraphs in reading order: a numbered heading, or a number with its first
/// task when the item has no heading, then each task on its own, after its bullet.
fn paragraphs(source: &[&str], sections: &[Section], out: &mut Vec<String>, last_line: &mut usize) {
    for s in sections {
        *last_line = (*last_line).max(s.lines.start);
        let mut tasks: Vec<String> = s
            .tasks
            .iter()
            .map(|t| {
                *last_line = (*last_line).max(t.lines.end);
                match t.bullet {
                    Some(b) => format!("{b} {}", t.text),
                    None => t.text.clone(),
                }
            })
            .collect();
        if s.kind == LabelKind::Body {
            out.append(&mut tasks);
        } else {
            let label = written_label(source, s);
            if !s.heading.is_empty() {
                out.push(format!("{label} {}", s.heading));
            } else if !tasks.is_empty() {
                out.push(format!("{label} {}", tasks.remove(0)));
            } else {
                out.push(label);
            }
            out.append(&mut tasks);
        }
        paragraphs(source, &s.children, out, last_line);
    }
}

/// Greedy wrap at `width` characters. A dash standing alone between two words stays at the
/// end of its line: a line opening with "- " is a bullet to any reader.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        let fits = cur.is_empty() || cur.chars().count() + 1 + w.chars().count() <= width;
        let dash = matches!(w, "-" | "–" | "+");
        if fits || dash {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(w);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur.push_str(w);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The document's text laid out again. The header and the closing take the same layout,
/// one paragraph to a line, or with `keep_head` (a real document, whose header and preamble
/// are wrapped paragraphs with a blank line between them) stay as written when paragraphs
/// are parted by blank lines. The legal portal's page after a saved document is left out:
/// no user's file has it.
fn relaid(text: &str, doc: &Document, width: usize, layout: Layout, keep_head: bool) -> String {
    let source: Vec<&str> = text.lines().collect();
    let body_start = doc.sections.first().map_or(1, |s| s.lines.start);
    let (mut paras, mut last) = (Vec::new(), 0);
    paragraphs(&source, &doc.sections, &mut paras, &mut last);
    // The closing sentence after the body ("Trên đây là …", a resolution's "Nghị quyết này
    // đã được … thông qua …") is a paragraph too, laid out as the body is.
    if let (Some(c), Some(part)) = (&doc.meta.closing, doc.parts.iter().find(|p| p.kind == PartKind::Closing))
        && part.lines.start > last
    {
        paras.push(c.clone());
        last = part.lines.end;
    }
    let end = doc.parts.iter().find(|p| p.kind == PartKind::Portal).map_or(source.len(), |p| p.lines.start - 1);
    let spaced = |lines: &[&str], out: &mut Vec<String>| {
        if keep_head && matches!(layout, Layout::BlankBetween) {
            out.extend(lines.iter().map(|l| l.to_string()));
            out.push(String::new());
            return;
        }
        for l in lines.iter().filter(|l| !l.trim().is_empty()) {
            out.push(l.to_string());
            if !matches!(layout, Layout::Wrapped) {
                out.push(String::new());
            }
        }
    };
    let mut out = Vec::new();
    spaced(&source[..body_start - 1], &mut out);
    for p in &paras {
        let lines = wrap(p, width);
        match layout {
            Layout::Wrapped => out.extend(lines),
            Layout::BlankAfterEvery => lines.into_iter().for_each(|l| out.extend([l, String::new()])),
            Layout::BlankBetween => {
                out.extend(lines);
                out.push(String::new());
            }
        }
    }
    spaced(&source[last..end.max(last)], &mut out);
    out.join("\n") + "\n"
}

/// Every section as "path | heading | tasks".
fn shape(d: &Document) -> Vec<String> {
    d.all_sections()
        .iter()
        .map(|s| {
            let tasks: Vec<&str> = s.tasks.iter().map(|t| t.text.as_str()).collect();
            format!("{} | {} | {}", s.path_string(), s.heading, tasks.join(" ‖ "))
        })
        .collect()
}

#[test]
fn every_fixture_reads_the_same_whatever_its_layout() {
    let mut failures = Vec::new();
    let mut runs = 0;
    for name in
        ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01", "tam-thanh-2025-report"]
    {
        let doc = read_document(&format!("fixtures/{name}.txt"), &ReadOptions::default()).unwrap();
        let source = std::fs::read_to_string(format!("fixtures/{name}.txt")).unwrap();
        let want = shape(&doc);
        for width in [65, 70, 75, 80, 85, 90] {
            for layout in [Layout::Wrapped, Layout::BlankAfterEvery, Layout::BlankBetween] {
                runs += 1;
                let text = relaid(&source, &doc, width, layout, false);
                if let Ok(dir) = std::env::var("SOSANH_RELAYOUT_DIR") {
                    std::fs::write(format!("{dir}/{name}.{width}.{layout:?}.txt"), &text).unwrap();
                }
                let got = shape(&document_from_bytes(name, text.as_bytes(), &ReadOptions::default()).unwrap());
                if got != want {
                    let first = want.iter().zip(&got).find(|(a, b)| a != b);
                    failures.push(format!(
                        "{name} at {width} {layout:?}: {} sections, expected {}; first difference: {first:#?}",
                        got.len(),
                        want.len()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {runs} layouts read differently:\n{}", failures.len(), failures.join("\n"));
}

/// The real documents without a table or an appendix (`../shared/real/`, when it is there),
/// laid out again at 80 characters three ways: hard-wrapped with no blank line, with a
/// blank line after every line (header and closing too, as some extractions leave it), and
/// with a blank line between paragraphs (the header as written): a decision's articles,
/// clauses and points, a plan's parts, read from the lines' shapes alone. Prints each
/// document that reads differently in a layout and its first difference; fails on any not
/// in the known list.
#[test]
fn real_documents_read_the_same_hard_wrapped() {
    let dir = std::path::Path::new("../shared/real");
    let Ok(entries) = std::fs::read_dir(dir) else {
        println!("SKIPPED: {} is not there", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let layouts = [Layout::Wrapped, Layout::BlankAfterEvery, Layout::BlankBetween];
    let (mut read, mut differ, mut unpaired) = (0, Vec::new(), Vec::new());
    let mut per_layout = [0usize; 3];
    for f in &files {
        let doc = read_document(f.to_str().unwrap(), &ReadOptions::default()).unwrap();
        let appended = |k: PartKind| matches!(k, PartKind::Table | PartKind::Appendix);
        if doc.parts.iter().any(|p| appended(p.kind)) || doc.sections.iter().any(|s| s.kind == LabelKind::Appendix) {
            continue;
        }
        read += 1;
        let source = std::fs::read_to_string(f).unwrap();
        for (l, layout) in layouts.into_iter().enumerate() {
            let text = relaid(&source, &doc, 80, layout, true);
            if let Ok(dir) = std::env::var("SOSANH_RELAYOUT_DIR") {
                let name = f.file_stem().unwrap().to_string_lossy();
                std::fs::write(format!("{dir}/{name}.80.{layout:?}.txt"), &text).unwrap();
            }
            let relaid_doc = document_from_bytes("relaid", text.as_bytes(), &ReadOptions::default()).unwrap();
            let (want, got) = (shape(&doc), shape(&relaid_doc));
            if got == want {
                continue;
            }
            per_layout[l] += 1;
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            // Read differently, the same text still compares as itself: every task carried,
            // or split and merged where the layout joined or parted paragraphs.
            let c = compare(&doc, &relaid_doc, &MatchSettings::default());
            if c.summary.new + c.summary.dropped > 0 {
                unpaired.push(format!("{name} {layout:?}: {} new, {} dropped", c.summary.new, c.summary.dropped));
            }
            let first =
                want.iter().zip(&got).find(|(a, b)| a != b).map_or(String::from("a section more or less"), |(a, b)| {
                    // From a little before the first character that differs.
                    let at = a.char_indices().zip(b.chars()).find(|((_, x), y)| x != y).map_or(0, |((i, _), _)| i);
                    let from = a.char_indices().map(|(i, _)| i).rfind(|&i| i + 80 <= at).unwrap_or(0);
                    let cut = |t: &str| t.get(from..).unwrap_or(t).chars().take(200).collect::<String>();
                    format!("\n  {}\n  {}", cut(a), cut(b))
                });
            differ.push((name, layout, first));
        }
    }
    for (l, layout) in layouts.iter().enumerate() {
        println!("{layout:?}: {} of {read} read differently", per_layout[l]);
    }
    for (name, layout, first) in &differ {
        println!("{name} {layout:?}: {first}");
    }
    // Known, left (2026-12-02), each for what its first difference shows in any layout
    // (the same documents in each; laid out with a blank line after every line, 34 of 82
    // read differently before the layout detection counted such blanks as doubling):
    // - a paragraph that ends a line with ":" or ";" or fills it, before a capital: in
    //   hard-wrapped text nothing tells it from a wrap (0abcf1a5, 150d48a0, 1726b1b0,
    //   5f041f5e, afe7b51a; the annual report wraps at a colon mid-sentence the same way);
    // - a numbered heading without final punctuation that fills most of the line
    //   (31fb08f3, 676c9815, 689f49d2, 9124b255, a83fffe0; see the module's comment);
    // - names listed one to a line without punctuation (7599f652);
    // - a hyphen glued to the next word at a line's start, "châu Á" / "-ASIAD", read as a
    //   bullet (e09bc3b3);
    // - bracketed notes whose marker the outline took out of the task, so that the text
    //   written back has the note "[1] …" but no marker, and the note is an attachment
    //   again (62f25a03, and a83fffe0 with a blank line between paragraphs: a section
    //   more);
    // - a table quoted inside an amendment, its cells one to a line with no table part,
    //   run together when wrapped (1cde9b90).
    // fe1e8de1 left the list when a recipient wrapped before a capital ("- Như" / "Điều
    // 3;") stayed in the recipients; 606d5f20 (an article's lead against its heading) when
    // a title its sentence repeats ("Bãi bỏ toàn bộ các Quyết định Bãi bỏ toàn bộ các Quyết
    // định sau đây:") became the article's heading in the original too. 1cde9b90, 62f25a03
    // and a83fffe0 are in the test since their drafter's mark or their bracketed notes
    // stopped being read as an attachment.
    let known = [
        "0abcf1a5", "150d48a0", "1726b1b0", "1cde9b90", "31fb08f3", "5f041f5e", "62f25a03", "676c9815", "689f49d2",
        "7599f652", "9124b255", "a83fffe0", "afe7b51a", "e09bc3b3",
    ];
    let new: Vec<String> = differ
        .iter()
        .filter(|(n, _, _)| !known.iter().any(|k| n.starts_with(k)))
        .map(|(n, l, _)| format!("{n} {l:?}"))
        .collect();
    assert!(new.is_empty(), "read differently laid out again, not known: {new:?}");
    // Of those, the ones whose compare with the original leaves a task new or dropped
    // (2026-12-02): the bracketed notes written back without their markers (62f25a03,
    // a83fffe0), a quoted table's cells run together (1cde9b90), a heading and its
    // sentence joined (a83fffe0). 606d5f20 (an article's lead read into its heading) left
    // the list when a one-liner became carried as the other side's heading.
    for u in &unpaired {
        println!("compared with the original: {u}");
    }
    // 31fb08f3 (2026-12-03): the source breaks a clause's long title with a blank line
    // ("… Hội Liên hiệp" / "" / "Phụ nữ Thành phố …"), which the original reads as a title
    // and a task; laid out again, the title is whole and a heading, and the original's task
    // "Phụ nữ Thành phố …" has no partner.
    let known_unpaired = ["1cde9b90", "31fb08f3", "62f25a03", "a83fffe0"];
    let new: Vec<&String> = unpaired.iter().filter(|u| !known_unpaired.iter().any(|k| u.starts_with(k))).collect();
    assert!(new.is_empty(), "laid out again, a task new or dropped against the original, not known: {new:?}");
}
