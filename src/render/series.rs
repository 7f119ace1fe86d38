//! Printers for `series`: a text timeline per unit (one row per lineage, one column per
//! document), JSON (`sosanh.series.v1`) and CSV (one row per lineage). Words shown to
//! people go through [`label`] so the text can be translated in one place.

use super::{Display, diff_pieces, truncate, wrap_pieces};
use crate::series::{Lineage, Series, SeriesReport};
use colored::Colorize;
use std::io::{self, Write};

/// The words of the text report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Documents,
    Lineages,
    Missing,
    UnknownUnit,
    Month,
    Tasks,
    Carried,
    Identical,
    Reworded,
    New,
    Returned,
    Dropped,
    WordForWord,
    Timeline,
    Legend,
    Stale,
    StaleMonths,
    ReturnedAfter,
    Once,
    Rewordings,
    Refused,
    Note,
    File,
}

/// The text for a label (English for now; one place to translate).
pub fn label(l: Label) -> &'static str {
    match l {
        Label::Documents => "documents",
        Label::Lineages => "task lineages",
        Label::Missing => "missing",
        Label::UnknownUnit => "unit not found",
        Label::Month => "period",
        Label::Tasks => "tasks",
        Label::Carried => "carried",
        Label::Identical => "identical",
        Label::Reworded => "reworded",
        Label::New => "new",
        Label::Returned => "returned",
        Label::Dropped => "dropped",
        Label::WordForWord => "% identical",
        Label::Timeline => "Timeline",
        Label::Legend => "= identical  ~ reworded  + first seen  · absent",
        Label::Stale => "Carried word for word",
        Label::StaleMonths => "documents in a row",
        Label::ReturnedAfter => "Dropped and brought back",
        Label::Once => "In one document only",
        Label::Rewordings => "Rewordings",
        Label::Refused => "not placed",
        Label::Note => "note",
        Label::File => "file",
    }
}

fn column_name(s: &Series, c: usize) -> String {
    s.documents[c].period.clone().or_else(|| s.documents[c].issued.clone()).unwrap_or_else(|| format!("#{}", c + 1))
}

/// The short column head: the month of "2026-02", else the column number.
fn head(s: &Series, c: usize) -> String {
    match &s.documents[c].period {
        Some(p) if p.len() == 7 => p[5..].to_string(),
        _ => format!("{:>2}", (c + 1) % 100),
    }
}

fn unit_name(s: &Series) -> String {
    s.unit.clone().unwrap_or_else(|| format!("({})", label(Label::UnknownUnit)))
}

fn row_text(l: &Lineage) -> String {
    let at = l.occurrences.first().map(|o| o.section.as_str()).unwrap_or("");
    format!("{at}  {}", l.text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The text report.
pub fn text(r: &SeriesReport, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    for (k, s) in r.series.iter().enumerate() {
        if k > 0 {
            writeln!(out)?;
        }
        series_text(s, r, d, out)?;
    }
    for f in &r.refused {
        writeln!(out, "{}: {} ({})", f.file, f.reason, label(Label::Refused))?;
    }
    Ok(())
}

fn series_text(s: &Series, r: &SeriesReport, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let n = s.documents.len();
    let span = if n > 0 { format!("{} … {}", column_name(s, 0), column_name(s, n - 1)) } else { String::new() };
    write!(
        out,
        "{}: {n} {}, {span}, {} {}",
        unit_name(s).bold(),
        label(Label::Documents),
        s.lineages.len(),
        label(Label::Lineages)
    )?;
    if !s.missing_periods.is_empty() {
        write!(out, "; {}: {}", label(Label::Missing), s.missing_periods.join(", "))?;
    }
    writeln!(out)?;
    for note in &s.notes {
        writeln!(out, "  {}: {note}", label(Label::Note))?;
    }
    // Per document.
    writeln!(out)?;
    let cols = [
        Label::Tasks,
        Label::Carried,
        Label::Identical,
        Label::Reworded,
        Label::New,
        Label::Returned,
        Label::Dropped,
        Label::WordForWord,
    ];
    write!(out, "  {:<10}", label(Label::Month))?;
    for c in cols {
        write!(out, " {:>9}", label(c))?;
    }
    writeln!(out, "  {}", label(Label::File))?;
    for (c, m) in s.months.iter().enumerate() {
        write!(out, "  {:<10} {:>9}", column_name(s, c), m.tasks)?;
        if c == 0 {
            writeln!(
                out,
                " {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>11}  {}",
                "", "", "", m.new, "", "", "", s.documents[c].file
            )?;
        } else {
            writeln!(
                out,
                " {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10.0}%  {}",
                m.carried,
                m.identical,
                m.reworded,
                m.new,
                m.returned,
                m.dropped,
                100.0 * m.identical_share,
                s.documents[c].file
            )?;
        }
    }
    // Timeline.
    writeln!(out, "\n{} ({})", label(Label::Timeline).bold(), label(Label::Legend))?;
    let cells_w = 3 * n;
    write!(out, "  {:>5} ", "")?;
    for c in 0..n {
        write!(out, " {:>2}", head(s, c))?;
    }
    writeln!(out)?;
    let text_w = d.width.saturating_sub(10 + cells_w).max(20);
    for l in &s.lineages {
        write!(out, "  {:>5} ", format!("#{}", l.id))?;
        for ch in l.cells.chars() {
            let sym = ch.to_string();
            let styled = match ch {
                '=' => sym.normal(),
                '~' => sym.yellow(),
                '+' => sym.green(),
                _ => sym.dimmed(),
            };
            write!(out, "  {styled}")?;
        }
        writeln!(out, "  {}", truncate(&row_text(l), text_w))?;
    }
    // Findings.
    let find = |id: usize| &s.lineages[id - 1];
    if !s.findings.stale.is_empty() {
        writeln!(out, "\n{} (≥ {} {})", label(Label::Stale).bold(), r.stale, label(Label::StaleMonths))?;
        for &id in &s.findings.stale {
            let l = find(id);
            let t = format!("#{id} {}×  {}", l.longest_identical_run, row_text(l));
            writeln!(out, "  {}", truncate(&t, d.width.saturating_sub(2)))?;
        }
    }
    if !s.findings.returned.is_empty() {
        writeln!(out, "\n{}", label(Label::ReturnedAfter).bold())?;
        for &id in &s.findings.returned {
            let l = find(id);
            let back: Vec<String> = l.returned.iter().map(|x| column_name(s, x.column)).collect();
            let t = format!("#{id} {}  {}", back.join(", "), row_text(l));
            writeln!(out, "  {}", truncate(&t, d.width.saturating_sub(2)))?;
        }
    }
    if !s.findings.once.is_empty() {
        let ids: Vec<String> = s.findings.once.iter().map(|i| format!("#{i}")).collect();
        writeln!(out, "\n{} ({})", label(Label::Once).bold(), ids.len())?;
        for line in wrap_pieces(&[ids.join(" ").normal()], d.width.saturating_sub(2)) {
            writeln!(out, "  {line}")?;
        }
    }
    let reworded: Vec<&Lineage> = s.lineages.iter().filter(|l| !l.reworded.is_empty()).collect();
    if !reworded.is_empty() {
        writeln!(out, "\n{}", label(Label::Rewordings).bold())?;
        for l in reworded {
            for w in &l.reworded {
                writeln!(out, "  #{} {}", l.id, column_name(s, w.column))?;
                for line in wrap_pieces(&diff_pieces(&w.diff, d.color), d.width.saturating_sub(4)) {
                    writeln!(out, "    {line}")?;
                }
            }
        }
    }
    Ok(())
}

/// The whole report as JSON (`sosanh.series.v1`).
pub fn json(r: &SeriesReport, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, r).map_err(io::Error::other)?;
    writeln!(out)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// One row per lineage: unit, lineage, first and last period, documents, reworded,
/// returned, longest identical run, stale, the cells and the first text.
pub fn csv(r: &SeriesReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "unit,lineage,first,last,documents,reworded,returned,longest_identical_run,stale,cells,section,text"
    )?;
    for s in &r.series {
        let unit = s.unit.clone().unwrap_or_default();
        for l in &s.lineages {
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{}",
                csv_field(&unit),
                l.id,
                csv_field(&column_name(s, l.first)),
                csv_field(&column_name(s, l.last)),
                l.months,
                l.reworded.len(),
                l.returned.len(),
                l.longest_identical_run,
                s.findings.stale.contains(&l.id),
                l.cells,
                csv_field(l.occurrences.first().map(|o| o.section.as_str()).unwrap_or("")),
                csv_field(&l.text.split_whitespace().collect::<Vec<_>>().join(" "))
            )?;
        }
    }
    Ok(())
}
