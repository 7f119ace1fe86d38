//! Printers for a [`ReuseReport`]: text for the terminal (the most shared pairs, the
//! templates, the longest passages with their words, the documents written on their
//! own), JSON (`sosanh.reuse.v1`, everything) and CSV (the pairwise matrix).

use super::{Display, count, diff_pieces, truncate, wrap_pieces};
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

fn where_(l: &Location) -> String {
    let tasks = if l.tasks[0] == l.tasks[1] {
        format!("task {}", l.tasks[0])
    } else {
        format!("tasks {}-{}", l.tasks[0], l.tasks[1])
    };
    let lines = if l.lines.start == l.lines.end {
        format!("line {}", l.lines.start)
    } else {
        format!("lines {}-{}", l.lines.start, l.lines.end)
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

fn kind_word(k: PassageKind) -> ColoredString {
    match k {
        PassageKind::Verbatim => "verbatim".cyan(),
        PassageKind::Edited => "edited".yellow(),
    }
}

fn more(shown: usize, total: usize, what: &str, out: &mut dyn Write) -> io::Result<()> {
    if total > shown {
        writeln!(
            out,
            "  {}",
            format!("… {} more {what} (all of them in --format json or csv)", total - shown).dimmed()
        )?;
    }
    Ok(())
}

/// Writes the text form.
pub fn text(r: &ReuseReport, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    writeln!(
        out,
        "{}",
        format!(
            "{}: {} share text, {}, {} outside them, {} written on their own",
            count(r.documents.len(), "document"),
            count(r.pairs.len(), "pair"),
            count(r.clusters.len(), "template"),
            count(r.passages.len(), "passage"),
            r.solitary.len()
        )
        .bold()
    )?;
    writeln!(
        out,
        "{}",
        format!(
            "passages of {} words or more, on the matching words (unit names, abbreviations, case and tone marks aside); \
             a template is text held by {} documents or more",
            r.min_words, r.min_units
        )
        .dimmed()
    )?;
    for n in &r.notes {
        writeln!(out, "{} {n}", "note:".yellow())?;
    }

    if !r.pairs.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", "Pairs, most shared first".bold())?;
        writeln!(
            out,
            "  {}",
            format!("{:>7} {:>7} {:>7} {:>8}  A · B", "A in B", "B in A", "words", "passages").dimmed()
        )?;
        for p in r.pairs.iter().take(SHOW_PAIRS) {
            let (fa, fb) = (&p.file_a, &p.file_b);
            let fixed = 36;
            let names = truncate(&format!("{fa} · {fb}"), d.width.saturating_sub(fixed).max(20));
            let top = p.share_a_in_b.max(p.share_b_in_a);
            let a = format!("{:>7}", pct(p.share_a_in_b));
            let b = format!("{:>7}", pct(p.share_b_in_a));
            let (a, b) = if top >= 0.5 { (a.bold().to_string(), b.bold().to_string()) } else { (a, b) };
            writeln!(out, "  {a} {b} {:>7} {:>8}  {names}", p.shared_words, p.passages)?;
        }
        more(SHOW_PAIRS.min(r.pairs.len()), r.pairs.len(), "pairs", out)?;
    }

    if !r.clusters.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", "Templates: text held by many documents, reported once".bold())?;
        for c in r.clusters.iter().take(SHOW_TEMPLATES) {
            template(c, d, out)?;
        }
        more(SHOW_TEMPLATES.min(r.clusters.len()), r.clusters.len(), "templates", out)?;
    }

    if !r.passages.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", "Passages shared by two documents, longest first".bold())?;
        for (i, p) in r.passages.iter().take(SHOW_PASSAGES).enumerate() {
            passage(i + 1, p, d, out)?;
        }
        more(SHOW_PASSAGES.min(r.passages.len()), r.passages.len(), "passages", out)?;
    }

    writeln!(out)?;
    if r.solitary.is_empty() {
        writeln!(out, "{}", "Every document shares text with another.".dimmed())?;
    } else {
        writeln!(out, "{}", "Written on their own (sharing nothing with the others)".bold())?;
        for f in r.solitary.iter().take(SHOW_SOLITARY) {
            writeln!(out, "  {f}")?;
        }
        more(SHOW_SOLITARY.min(r.solitary.len()), r.solitary.len(), "documents", out)?;
    }
    Ok(())
}

fn template(c: &Cluster, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let mut docs: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    let edited = c.members.iter().filter(|m| m.kind == PassageKind::Edited).count();
    let mut head = format!("#{}  {} words, {}", c.id, c.words, count(docs.len(), "document"));
    if edited > 0 {
        head.push_str(&format!(" ({edited} edited)"));
    }
    if let Some(date) = &c.earliest_date {
        let who = if c.earliest.len() == 1 { c.earliest[0].clone() } else { count(c.earliest.len(), "document") };
        head.push_str(&format!("; first {date}: {who}"));
    } else {
        head.push_str("; first holder unknown (no dates)");
    }
    if let Some(v) = c.variant_of {
        head.push_str(&format!("; overlaps #{v}"));
    }
    writeln!(out)?;
    writeln!(out, "  {}", head.bold())?;
    wrapped(&[format!("“{}”", c.text).normal()], 6, d.width, out)?;
    for (i, m) in c.members.iter().take(SHOW_MEMBERS).enumerate() {
        // "first" only when a date says so; undated, the first listed is just a holder.
        let tag = match (i, &c.earliest_date) {
            (0, Some(_)) => "first".green(),
            (0, None) => "holder".normal(),
            _ => kind_word(m.kind),
        };
        let line = format!("{}  {}", m.at.file, where_(&m.at).dimmed());
        writeln!(out, "      {tag:<8} {}", truncate(&line, d.width.saturating_sub(15).max(20)))?;
        if i > 0
            && m.kind == PassageKind::Edited
            && let Some(t) = &m.at.text
            && i < 4
        {
            wrapped(&diff_pieces(&word_diff(&c.text, t), d.color), 15, d.width, out)?;
        }
    }
    if c.members.len() > SHOW_MEMBERS {
        writeln!(out, "      {}", format!("… and {} more", c.members.len() - SHOW_MEMBERS).dimmed())?;
    }
    Ok(())
}

fn passage(i: usize, p: &Passage, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "  {} {}", format!("{i}. {} words,", p.words).bold(), kind_word(p.kind))?;
    writeln!(out, "      {}  {}", p.a.file, where_(&p.a).dimmed())?;
    writeln!(out, "      {}  {}", p.b.file, where_(&p.b).dimmed())?;
    match &p.diff {
        Some(edits) => wrapped(&diff_pieces(edits, d.color), 6, d.width, out),
        None => wrapped(&[p.a.text.clone().unwrap_or_default().normal()], 6, d.width, out),
    }
}

/// The JSON document, borrowing the report: serialised as it is written, never copied.
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
pub fn json(r: &ReuseReport, out: &mut dyn Write) -> io::Result<()> {
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
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Quotes a CSV field (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// Writes the CSV form: the pairwise matrix, one row per pair that shares text.
pub fn csv(r: &ReuseReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "file_a,file_b,share_a_in_b,share_b_in_a,shared_words,passages")?;
    for p in &r.pairs {
        writeln!(
            out,
            "{},{},{:.4},{:.4},{},{}",
            csv_field(&p.file_a),
            csv_field(&p.file_b),
            p.share_a_in_b,
            p.share_b_in_a,
            p.shared_words,
            p.passages
        )?;
    }
    Ok(())
}
