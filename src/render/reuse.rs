//! Printers for a [`ReuseReport`]: text for the terminal (the most shared pairs, the
//! templates, the longest passages with their words, the documents written on their
//! own), JSON (`sosanh.reuse.v1`, everything) and CSV (the pairwise matrix).

use super::lang::{Lang, Words, count, words};
use super::{Display, diff_pieces, truncate, wrap_pieces};
use crate::compare::diff::word_diff;
use crate::reuse::{Cluster, Location, Passage, PassageKind, ReuseReport};
use colored::{ColoredString, Colorize};
use std::io::{self, Write};

/// How many of each list the text form shows; JSON and CSV have them all.
const SHOW_PAIRS: usize = 30;
const SHOW_TEMPLATES: usize = 15;
const SHOW_MEMBERS: usize = 8;
const SHOW_PASSAGES: usize = 20;
const SHOW_SOLITARY: usize = 50;

fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

fn where_(w: &Words, l: &Location) -> String {
    let tasks = if l.tasks[0] == l.tasks[1] {
        format!("{} {}", w.task, l.tasks[0])
    } else {
        format!("{} {}-{}", w.tasks, l.tasks[0], l.tasks[1])
    };
    let lines = if l.lines.start == l.lines.end {
        format!("{} {}", w.line, l.lines.start)
    } else {
        format!("{} {}-{}", w.lines, l.lines.start, l.lines.end)
    };
    let section = if l.section.is_empty() { String::new() } else { format!("{} ", l.section) };
    format!("{section}{tasks}, {lines}")
}

/// Writes coloured pieces wrapped to `width` columns, each line indented by `indent`.
fn wrapped(pieces: &[ColoredString], indent: usize, width: usize, out: &mut dyn Write) -> io::Result<()> {
    let pad = " ".repeat(indent);
    for line in wrap_pieces(pieces, width.saturating_sub(indent)) {
        if !line.is_empty() {
            writeln!(out, "{pad}{line}")?;
        }
    }
    Ok(())
}

fn kind_word(w: &Words, k: PassageKind) -> ColoredString {
    match k {
        PassageKind::Verbatim => w.verbatim.cyan(),
        PassageKind::Edited => w.edited.yellow(),
    }
}

fn more(lang: Lang, shown: usize, total: usize, what: &str, out: &mut dyn Write) -> io::Result<()> {
    if total > shown {
        let line = match lang {
            Lang::Vi => format!("… còn {} {what} nữa (đầy đủ trong --format json, csv hoặc xlsx)", total - shown),
            Lang::En => format!("… {} more {what} (all of them in --format json, csv or xlsx)", total - shown),
        };
        writeln!(out, "  {}", line.dimmed())?;
    }
    Ok(())
}

/// Writes the text form.
pub fn text(r: &ReuseReport, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    let (lang, w) = (d.lang, words(d.lang));
    let head = match lang {
        Lang::Vi => format!(
            "{} văn bản: {} cặp có đoạn trùng, {} mẫu chung, {} đoạn trùng ngoài mẫu, {} văn bản tự viết",
            r.documents.len(),
            r.pairs.len(),
            r.clusters.len(),
            r.passages.len(),
            r.solitary.len()
        ),
        Lang::En => format!(
            "{}: {} share text, {}, {} outside them, {} written on their own",
            count(lang, r.documents.len(), "document", "documents"),
            count(lang, r.pairs.len(), "pair", "pairs"),
            count(lang, r.clusters.len(), "template", "templates"),
            count(lang, r.passages.len(), "passage", "passages"),
            r.solitary.len()
        ),
    };
    writeln!(out, "{}", head.bold())?;
    let how = match lang {
        Lang::Vi => format!(
            "đoạn trùng từ {} từ trở lên, so trên từ đã chuẩn hoá (bỏ qua tên đơn vị, chữ viết tắt, hoa thường và vị trí dấu); \
             mẫu chung là đoạn có trong {} văn bản trở lên",
            r.min_words, r.min_units
        ),
        Lang::En => format!(
            "passages of {} words or more, on the matching words (unit names, abbreviations, case and tone marks aside); \
             a template is text held by {} documents or more",
            r.min_words, r.min_units
        ),
    };
    writeln!(out, "{}", how.dimmed())?;
    for n in &r.notes {
        writeln!(out, "{} {}", format!("{}:", w.note).yellow(), crate::render::lang::note(n, lang))?;
    }

    if !r.pairs.is_empty() {
        writeln!(out)?;
        let title =
            if lang == Lang::Vi { "Các cặp, trùng nhiều nhất trước" } else { "Pairs, most shared first" };
        writeln!(out, "{}", title.bold())?;
        let (ab, ba, wd, ps) = match lang {
            Lang::Vi => ("A trong B", "B trong A", "số từ", "số đoạn"),
            Lang::En => ("A in B", "B in A", "words", "passages"),
        };
        writeln!(out, "  {}", format!("{ab:>9} {ba:>9} {wd:>7} {ps:>8}  A · B").dimmed())?;
        for p in r.pairs.iter().take(SHOW_PAIRS) {
            let (fa, fb) = (&p.file_a, &p.file_b);
            let fixed = 40;
            let names = format!("{fa} · {fb}");
            let names = if d.fit { truncate(&names, d.width.saturating_sub(fixed).max(20)) } else { names };
            let top = p.share_a_in_b.max(p.share_b_in_a);
            let a = format!("{:>9}", pct(p.share_a_in_b));
            let b = format!("{:>9}", pct(p.share_b_in_a));
            let (a, b) = if top >= 0.5 { (a.bold().to_string(), b.bold().to_string()) } else { (a, b) };
            writeln!(out, "  {a} {b} {:>7} {:>8}  {names}", p.shared_words, p.passages)?;
        }
        more(lang, SHOW_PAIRS.min(r.pairs.len()), r.pairs.len(), w.pairs, out)?;
    }

    if !r.clusters.is_empty() {
        writeln!(out)?;
        let title = match lang {
            Lang::Vi => "Mẫu chung: đoạn nhiều văn bản cùng có, báo một lần",
            Lang::En => "Templates: text held by many documents, reported once",
        };
        writeln!(out, "{}", title.bold())?;
        for c in r.clusters.iter().take(SHOW_TEMPLATES) {
            template(c, d, out)?;
        }
        more(lang, SHOW_TEMPLATES.min(r.clusters.len()), r.clusters.len(), w.templates, out)?;
    }

    if !r.passages.is_empty() {
        writeln!(out)?;
        let title = match lang {
            Lang::Vi => "Đoạn trùng giữa hai văn bản, dài nhất trước",
            Lang::En => "Passages shared by two documents, longest first",
        };
        writeln!(out, "{}", title.bold())?;
        for (i, p) in r.passages.iter().take(SHOW_PASSAGES).enumerate() {
            passage(i + 1, p, d, out)?;
        }
        more(lang, SHOW_PASSAGES.min(r.passages.len()), r.passages.len(), w.passages, out)?;
    }

    writeln!(out)?;
    if r.solitary.is_empty() {
        let line = match lang {
            Lang::Vi => "Văn bản nào cũng có đoạn trùng với văn bản khác.",
            Lang::En => "Every document shares text with another.",
        };
        writeln!(out, "{}", line.dimmed())?;
    } else {
        writeln!(out, "{}", w.solitary.bold())?;
        for f in r.solitary.iter().take(SHOW_SOLITARY) {
            writeln!(out, "  {f}")?;
        }
        more(lang, SHOW_SOLITARY.min(r.solitary.len()), r.solitary.len(), w.documents, out)?;
    }
    Ok(())
}

fn template(c: &Cluster, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let mut docs: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    let (lang, w) = (d.lang, words(d.lang));
    let edited = c.members.iter().filter(|m| m.kind == PassageKind::Edited).count();
    let mut head = format!("#{}  {} {}, {}", c.id, c.words, w.words, count(lang, docs.len(), "document", w.documents));
    if edited > 0 {
        head.push_str(&format!(" ({edited} {})", w.edited));
    }
    if let Some(date) = &c.earliest_date {
        let who = if c.earliest.len() == 1 {
            c.earliest[0].clone()
        } else {
            count(lang, c.earliest.len(), "document", w.documents)
        };
        head.push_str(&format!("; {} {date}: {who}", w.first_holder));
    } else {
        let unknown = if lang == Lang::Vi {
            "chưa rõ văn bản gốc (không có ngày)"
        } else {
            "first holder unknown (no dates)"
        };
        head.push_str(&format!("; {unknown}"));
    }
    if let Some(v) = c.variant_of {
        let overlaps = if lang == Lang::Vi { "giao với" } else { "overlaps" };
        head.push_str(&format!("; {overlaps} #{v}"));
    }
    writeln!(out)?;
    writeln!(out, "  {}", head.bold())?;
    wrapped(&[format!("“{}”", c.text).normal()], 6, d.width, out)?;
    for (i, m) in c.members.iter().take(SHOW_MEMBERS).enumerate() {
        // "first" only when a date says so; undated, the first listed is just a holder.
        let tag = match (i, &c.earliest_date) {
            (0, Some(_)) => w.first_holder.green(),
            (0, None) => (if lang == Lang::Vi { "có" } else { "holder" }).normal(),
            _ => kind_word(w, m.kind),
        };
        let line = format!("{}  {}", m.at.file, where_(w, &m.at).dimmed());
        let line = if d.fit { truncate(&line, d.width.saturating_sub(15).max(20)) } else { line };
        writeln!(out, "      {tag:<8} {line}")?;
        if i > 0
            && m.kind == PassageKind::Edited
            && let Some(t) = &m.at.text
            && i < 4
        {
            wrapped(&diff_pieces(&word_diff(&c.text, t), d.color), 15, d.width, out)?;
        }
    }
    if c.members.len() > SHOW_MEMBERS {
        let rest = c.members.len() - SHOW_MEMBERS;
        let line =
            if lang == Lang::Vi { format!("… và {rest} văn bản nữa") } else { format!("… and {rest} more") };
        writeln!(out, "      {}", line.dimmed())?;
    }
    Ok(())
}

fn passage(i: usize, p: &Passage, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let w = words(d.lang);
    writeln!(out)?;
    writeln!(out, "  {} {}", format!("{i}. {} {},", p.words, w.words).bold(), kind_word(w, p.kind))?;
    writeln!(out, "      {}  {}", p.a.file, where_(w, &p.a).dimmed())?;
    writeln!(out, "      {}  {}", p.b.file, where_(w, &p.b).dimmed())?;
    match &p.diff {
        Some(edits) => wrapped(&diff_pieces(edits, d.color), 6, d.width, out),
        None => wrapped(&[p.a.text.clone().unwrap_or_default().normal()], 6, d.width, out),
    }
}

/// The JSON document as one value: what [`json`] writes, member by member (kept for the test
/// that holds the two equal).
#[cfg(test)]
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    settings: JsonSettings,
    counts: JsonCounts,
    documents: &'a [crate::reuse::DocInfo],
    pairs: &'a [crate::reuse::PairShare],
    clusters: &'a [Cluster],
    passages: &'a [Passage],
    solitary: &'a [String],
    notes: &'a [String],
}

#[derive(serde::Serialize)]
struct JsonSettings {
    min_words: usize,
    min_units: usize,
}

#[derive(serde::Serialize)]
struct JsonCounts {
    documents: usize,
    pairs: usize,
    clusters: usize,
    passages: usize,
    solitary: usize,
}

/// Writes the JSON form, schema `sosanh.reuse.v1`: everything in the report.
///
/// The same bytes as `serde_json::to_writer_pretty` of [`JsonReport`] (a test holds them
/// equal), but the long lists are serialised in parallel, a batch of elements at a time:
/// on 10,000 documents the report is 690 MB and writing it alone was 4 s of one core.
/// Memory stays one batch, not the whole text.
pub fn json(r: &ReuseReport, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"{\n")?;
    field(out, "schema", &"sosanh.reuse.v1", false)?;
    field(out, "settings", &JsonSettings { min_words: r.min_words, min_units: r.min_units }, false)?;
    let counts = JsonCounts {
        documents: r.documents.len(),
        pairs: r.pairs.len(),
        clusters: r.clusters.len(),
        passages: r.passages.len(),
        solitary: r.solitary.len(),
    };
    field(out, "counts", &counts, false)?;
    list(out, "documents", &r.documents, false)?;
    list(out, "pairs", &r.pairs, false)?;
    list(out, "clusters", &r.clusters, false)?;
    list(out, "passages", &r.passages, false)?;
    list(out, "solitary", &r.solitary, false)?;
    list(out, "notes", &r.notes, true)?;
    out.write_all(b"}\n")
}

/// `value` pretty-printed with every line after the first indented by `indent` spaces, in
/// one pass (the layout of [`serde_json::ser::PrettyFormatter`], each line starting
/// `indent` spaces further right).
fn pretty_into<T: serde::Serialize + ?Sized>(value: &T, indent: usize, buf: &mut Vec<u8>) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(buf, Indented { base: indent, level: 0, has_value: false });
    value.serialize(&mut ser)?;
    Ok(())
}

/// serde_json's pretty layout (two spaces per level) shifted right by `base` spaces.
struct Indented {
    base: usize,
    level: usize,
    has_value: bool,
}

impl Indented {
    fn newline<W: ?Sized + Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        const SPACES: [u8; 64] = [b' '; 64];
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        let mut n = self.base + 2 * self.level;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// One member of the top-level object, as the pretty printer lays it out.
fn field<T: serde::Serialize + ?Sized>(out: &mut dyn Write, key: &str, value: &T, last: bool) -> io::Result<()> {
    let mut buf = format!("  {}: ", serde_json::to_string(key)?).into_bytes();
    pretty_into(value, 2, &mut buf)?;
    buf.extend_from_slice(if last { b"\n" } else { b",\n" });
    out.write_all(&buf)
}

/// A list member of the top-level object, its elements serialised in parallel batches.
fn list<T: serde::Serialize + Sync>(out: &mut dyn Write, key: &str, items: &[T], last: bool) -> io::Result<()> {
    use rayon::prelude::*;
    write!(out, "  {}: [", serde_json::to_string(key)?)?;
    const CHUNK: usize = 512;
    for batch in items.chunks(CHUNK * 32) {
        let base = batch.as_ptr() as usize - items.as_ptr() as usize;
        let parts: Vec<io::Result<Vec<u8>>> = batch
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(k, chunk)| {
                let mut buf = Vec::new();
                for (i, item) in chunk.iter().enumerate() {
                    let first = base == 0 && k == 0 && i == 0;
                    buf.extend_from_slice(if first { b"\n    " } else { b",\n    " });
                    pretty_into(item, 4, &mut buf)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    let end: &[u8] = match (items.is_empty(), last) {
        (true, false) => b"],\n",
        (true, true) => b"]\n",
        (false, false) => b"\n  ],\n",
        (false, true) => b"\n  ]\n",
    };
    out.write_all(end)
}

/// The columns of the CSV form (and of the spreadsheet, which has the same rows). `date`
/// is the period ("2026-02") or, failing that, the issue date; `same_time` says the two
/// documents have the same period and issue date (or none), so which is A and which is B
/// says nothing about who copied whom.
pub const CSV_HEADER: [&str; 11] = [
    "file_a",
    "unit_a",
    "date_a",
    "file_b",
    "unit_b",
    "date_b",
    "same_time",
    "share_a_in_b",
    "share_b_in_a",
    "shared_words",
    "passages",
];

/// The rows of the CSV form, one per pair that shares text: shared by CSV and XLSX.
pub fn csv_rows(r: &ReuseReport) -> Vec<[String; 11]> {
    r.pairs
        .iter()
        .map(|p| {
            let (a, b) = (&r.documents[p.doc_a], &r.documents[p.doc_b]);
            [
                p.file_a.clone(),
                a.unit.clone().unwrap_or_default(),
                a.date.clone().unwrap_or_default(),
                p.file_b.clone(),
                b.unit.clone().unwrap_or_default(),
                b.date.clone().unwrap_or_default(),
                p.same_time.to_string(),
                format!("{:.4}", p.share_a_in_b),
                format!("{:.4}", p.share_b_in_a),
                p.shared_words.to_string(),
                p.passages.to_string(),
            ]
        })
        .collect()
}

/// Quotes a CSV field (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// Writes the CSV form: the pairwise matrix, one row per pair that shares text.
pub fn csv(r: &ReuseReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", CSV_HEADER.join(","))?;
    for row in csv_rows(r) {
        writeln!(out, "{}", row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{ReadOptions, read_document};
    use crate::reuse::{ReuseSettings, reuse};

    fn whole(r: &ReuseReport) -> Vec<u8> {
        let doc = JsonReport {
            schema: "sosanh.reuse.v1",
            settings: JsonSettings { min_words: r.min_words, min_units: r.min_units },
            counts: JsonCounts {
                documents: r.documents.len(),
                pairs: r.pairs.len(),
                clusters: r.clusters.len(),
                passages: r.passages.len(),
                solitary: r.solitary.len(),
            },
            documents: &r.documents,
            pairs: &r.pairs,
            clusters: &r.clusters,
            passages: &r.passages,
            solitary: &r.solitary,
            notes: &r.notes,
        };
        let mut out = serde_json::to_vec_pretty(&doc).unwrap();
        out.push(b'\n');
        out
    }

    /// The one-pass shifted layout is serde_json's pretty layout with every line after the
    /// first moved right, on empty and nested arrays and objects and escaped strings.
    #[test]
    fn shifted_pretty_layout_is_the_pretty_printers() {
        let values = [
            serde_json::json!({"a": [], "b": {}, "c": [1, [2, []], {"d": {}}], "e": "x\ny \"z\"", "f": null}),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!([{"a": [{"b": [1.5, true]}]}, "s"]),
            serde_json::json!("plain"),
        ];
        for v in &values {
            for indent in [0, 2, 4, 70] {
                let mut got = Vec::new();
                pretty_into(v, indent, &mut got).unwrap();
                let pretty = serde_json::to_string_pretty(v).unwrap();
                let want = pretty.replace('\n', &format!("\n{}", " ".repeat(indent)));
                assert_eq!(String::from_utf8(got).unwrap(), want, "{v} at {indent}");
            }
        }
    }

    /// The JSON written a batch at a time in parallel is, byte for byte, the pretty printer's
    /// output of the whole report: on the fixtures (passages, templates, a solitary
    /// document), on one document (empty lists), and with no document.
    #[test]
    fn json_in_parallel_batches_is_the_pretty_printers_json() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut docs: Vec<_> = ["tam-thanh-2025-12", "tam-thanh-2026-02", "cao-loc-2026-02", "quoc-khanh-2026-01"]
            .iter()
            .map(|f| read_document(&format!("{dir}/{f}.txt"), &ReadOptions::default()).unwrap())
            .collect();
        for n in [4, 1, 0] {
            docs.truncate(n);
            let r = reuse(&docs, &ReuseSettings::default());
            let mut got = Vec::new();
            json(&r, &mut got).unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(whole(&r)).unwrap(), "{n} documents");
        }
    }

    /// A list longer than a batch (32 chunks of 512), with elements of several lines.
    #[test]
    fn a_list_over_many_batches_is_laid_out_as_one() {
        #[derive(serde::Serialize)]
        struct Item {
            n: usize,
            words: Vec<String>,
        }
        let items: Vec<Item> = (0..40_000).map(|n| Item { n, words: vec![format!("từ \"{n}\"\n"); n % 3] }).collect();
        let mut got = b"{\n".to_vec();
        list(&mut got, "items", &items, true).unwrap();
        got.extend_from_slice(b"}");
        let want = serde_json::to_vec_pretty(&serde_json::json!({ "items": items })).unwrap();
        assert!(got == want, "differs at byte {:?}", got.iter().zip(&want).position(|(a, b)| a != b));
    }
}
