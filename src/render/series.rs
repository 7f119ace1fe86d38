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

/// The text for a label, in the language asked for: the series words the HTML page uses
/// and the glossary's words, so both reports say the same.
pub fn label(l: Label, lang: super::lang::Lang) -> &'static str {
    let (w, sw) = (super::lang::words(lang), series_words(lang));
    match l {
        Label::Documents => w.documents,
        Label::Lineages => sw.lineages,
        Label::Missing => sw.missing,
        Label::UnknownUnit => sw.unit_unknown,
        Label::Month => w.period,
        Label::Tasks => w.tasks,
        Label::Carried => w.carried,
        Label::Identical => w.identical,
        Label::Reworded => w.reworded,
        Label::New => w.new,
        Label::Returned => sw.returned,
        Label::Dropped => w.dropped,
        Label::WordForWord => sw.identical_share,
        Label::Timeline => sw.timeline,
        Label::Legend => sw.legend,
        Label::Stale => sw.stale,
        Label::StaleMonths => sw.stale_months,
        Label::ReturnedAfter => sw.back,
        Label::Once => sw.once,
        Label::Rewordings => sw.rewordings,
        Label::Refused => sw.refused,
        Label::Note => w.note,
        Label::File => w.file,
    }
}

/// A column's name: its period ("2026-02"), else its issue date, else "#3".
pub fn column_name(s: &Series, c: usize) -> String {
    s.documents[c].period.clone().or_else(|| s.documents[c].issued.clone()).unwrap_or_else(|| format!("#{}", c + 1))
}

/// The short column head: the month of "2026-02", else the column number.
fn head(s: &Series, c: usize) -> String {
    match &s.documents[c].period {
        Some(p) if p.len() == 7 => p[5..].to_string(),
        _ => format!("{:>2}", (c + 1) % 100),
    }
}

fn unit_name(s: &Series, lang: super::lang::Lang) -> String {
    s.unit.clone().unwrap_or_else(|| format!("({})", label(Label::UnknownUnit, lang)))
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
        writeln!(out, "{}: {} ({})", f.file, super::lang::note(&f.reason, d.lang), label(Label::Refused, d.lang))?;
    }
    Ok(())
}

fn series_text(s: &Series, r: &SeriesReport, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let n = s.documents.len();
    let span = if n > 0 { format!("{} … {}", column_name(s, 0), column_name(s, n - 1)) } else { String::new() };
    write!(
        out,
        "{}: {n} {}, {span}, {} {}",
        unit_name(s, d.lang).bold(),
        label(Label::Documents, d.lang),
        s.lineages.len(),
        label(Label::Lineages, d.lang)
    )?;
    if !s.missing_periods.is_empty() {
        write!(out, "; {}: {}", label(Label::Missing, d.lang), s.missing_periods.join(", "))?;
    }
    writeln!(out)?;
    for note in &s.notes {
        writeln!(out, "  {}: {}", label(Label::Note, d.lang), super::lang::note(note, d.lang))?;
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
    write!(out, "  {:<10}", label(Label::Month, d.lang))?;
    for c in cols {
        write!(out, " {:>10}", label(c, d.lang))?;
    }
    writeln!(out, "  {}", label(Label::File, d.lang))?;
    for (c, m) in s.months.iter().enumerate() {
        write!(out, "  {:<10} {:>10}", column_name(s, c), m.tasks)?;
        if c == 0 {
            writeln!(
                out,
                " {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>12}  {}",
                "", "", "", m.new, "", "", "", s.documents[c].file
            )?;
        } else {
            writeln!(
                out,
                " {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>11.0}%  {}",
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
    writeln!(out, "\n{} ({})", label(Label::Timeline, d.lang).bold(), label(Label::Legend, d.lang))?;
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
        writeln!(
            out,
            "\n{} (≥ {} {})",
            label(Label::Stale, d.lang).bold(),
            r.stale,
            label(Label::StaleMonths, d.lang)
        )?;
        for &id in &s.findings.stale {
            let l = find(id);
            let t = format!("#{id} {}×  {}", l.longest_identical_run, row_text(l));
            writeln!(out, "  {}", truncate(&t, d.width.saturating_sub(2)))?;
        }
    }
    if !s.findings.returned.is_empty() {
        writeln!(out, "\n{}", label(Label::ReturnedAfter, d.lang).bold())?;
        for &id in &s.findings.returned {
            let l = find(id);
            let back: Vec<String> = l.returned.iter().map(|x| column_name(s, x.column)).collect();
            let t = format!("#{id} {}  {}", back.join(", "), row_text(l));
            writeln!(out, "  {}", truncate(&t, d.width.saturating_sub(2)))?;
        }
    }
    if !s.findings.once.is_empty() {
        let ids: Vec<String> = s.findings.once.iter().map(|i| format!("#{i}")).collect();
        writeln!(out, "\n{} ({})", label(Label::Once, d.lang).bold(), ids.len())?;
        for line in wrap_pieces(&[ids.join(" ").normal()], d.width.saturating_sub(2)) {
            writeln!(out, "  {line}")?;
        }
    }
    let reworded: Vec<&Lineage> = s.lineages.iter().filter(|l| !l.reworded.is_empty()).collect();
    if !reworded.is_empty() {
        writeln!(out, "\n{}", label(Label::Rewordings, d.lang).bold())?;
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

/// The words of the HTML page and the workbook that `lang::Words` (shared by every
/// command) does not have, in both languages.
#[derive(Debug)]
pub struct SeriesWords {
    pub title: &'static str,
    pub lineages: &'static str,
    pub lineage: &'static str,
    pub missing: &'static str,
    pub timeline: &'static str,
    pub legend: &'static str,
    pub click_help: &'static str,
    pub per_period: &'static str,
    pub returned: &'static str,
    pub identical_share: &'static str,
    pub first_seen: &'static str,
    pub absent: &'static str,
    pub stale: &'static str,
    pub stale_months: &'static str,
    pub back: &'static str,
    pub once: &'static str,
    pub other: &'static str,
    pub longest_run: &'static str,
    pub in_documents: &'static str,
    pub unit_unknown: &'static str,
    pub refused: &'static str,
    pub units: &'static str,
    pub rewordings: &'static str,
}

pub static SERIES_VI: SeriesWords = SeriesWords {
    title: "Nhiệm vụ qua các kỳ",
    lineages: "dòng nhiệm vụ",
    lineage: "dòng",
    missing: "thiếu kỳ",
    timeline: "Dòng thời gian",
    legend: "= giữ nguyên  ~ sửa lời  + lần đầu  · không có",
    click_help: "bấm vào một ô để xem lời nhiệm vụ ở kỳ đó",
    per_period: "Theo kỳ",
    returned: "đưa lại",
    identical_share: "% giữ nguyên",
    first_seen: "lần đầu",
    absent: "không có",
    stale: "Giữ nguyên nhiều kỳ liền",
    stale_months: "kỳ liền",
    back: "Bỏ rồi đưa lại",
    once: "Chỉ có ở một kỳ",
    other: "khác",
    longest_run: "giữ nguyên dài nhất",
    in_documents: "số kỳ có",
    unit_unknown: "không rõ đơn vị",
    refused: "không xếp được",
    units: "đơn vị",
    rewordings: "Các lần sửa lời",
};

pub static SERIES_EN: SeriesWords = SeriesWords {
    title: "Tasks across a unit's programmes",
    lineages: "task lineages",
    lineage: "lineage",
    missing: "missing",
    timeline: "Timeline",
    legend: "= identical  ~ reworded  + first seen  · absent",
    click_help: "click a cell to see the task's text in that document",
    per_period: "Per period",
    returned: "returned",
    identical_share: "% identical",
    first_seen: "first seen",
    absent: "absent",
    stale: "Carried word for word",
    stale_months: "documents in a row",
    back: "Dropped and brought back",
    once: "In one document only",
    other: "other",
    longest_run: "longest identical run",
    in_documents: "documents",
    unit_unknown: "unit not found",
    refused: "not placed",
    units: "units",
    rewordings: "Rewordings",
};

/// The series words of a language.
pub fn series_words(lang: super::lang::Lang) -> &'static SeriesWords {
    match lang {
        super::lang::Lang::Vi => &SERIES_VI,
        super::lang::Lang::En => &SERIES_EN,
    }
}

/// The lineage's text in a column: the last rewording at or before it, else its first
/// text; with the rewording's diff when it was reworded in that very column.
pub fn text_at(l: &Lineage, column: usize) -> (&str, Option<&[crate::compare::diff::Edit]>) {
    let mut text = l.text.as_str();
    let mut diff = None;
    for w in l.reworded.iter().filter(|w| w.column <= column) {
        text = &w.text;
        diff = (w.column == column).then_some(w.diff.as_slice());
    }
    (text, diff)
}

/// The rows of the per-period table of a series: (column, period, file, the counts and
/// the share of identical tasks; blank counts for the first column).
pub fn month_rows(s: &Series) -> Vec<[String; 11]> {
    s.months
        .iter()
        .enumerate()
        .map(|(c, m)| {
            let first = c == 0;
            let n = |x: usize| if first { String::new() } else { x.to_string() };
            [
                s.unit.clone().unwrap_or_default(),
                column_name(s, c),
                s.documents[c].file.clone(),
                m.tasks.to_string(),
                n(m.carried),
                n(m.identical),
                n(m.reworded),
                m.new.to_string(),
                n(m.returned),
                n(m.dropped),
                if first { String::new() } else { format!("{:.4}", m.identical_share) },
            ]
        })
        .collect()
}

/// A lineage's first section path and its text on one line.
pub fn first_section(l: &Lineage) -> &str {
    l.occurrences.first().map(|o| o.section.as_str()).unwrap_or("")
}

/// Whitespace folded to single spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
