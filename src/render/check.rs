//! Printers for `sosanh check`: text grouped by file and section, coloured by severity,
//! or JSON (schema `sosanh.check.v1`, see docs/json-format.md).

use super::lang::{Lang, count, kind, words};
use super::{Display, wrap_pieces};
use crate::check::{Finding, Severity};
use crate::model::Document;
use colored::{ColoredString, Colorize};
use serde::Serialize;
use std::io::{self, Write};

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub note: usize,
}

impl Counts {
    pub fn of(findings: &[Finding]) -> Counts {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Note => c.note += 1,
            }
        }
        c
    }
    fn add(&mut self, o: Counts) {
        self.error += o.error;
        self.warning += o.warning;
        self.note += o.note;
    }
    fn show(&self, lang: Lang) -> String {
        let w = words(lang);
        format!(
            "{}, {}, {}",
            count(lang, self.error, w.error, w.errors),
            count(lang, self.warning, w.warning, w.warnings),
            count(lang, self.note, w.finding_note, w.notes)
        )
    }
}

fn severity(s: Severity, lang: Lang) -> ColoredString {
    let name = format!("{:<9}", super::lang::severity(lang, s));
    match s {
        Severity::Error => name.red().bold(),
        Severity::Warning => name.yellow(),
        Severity::Note => name.cyan(),
    }
}

/// Writes the text form: per file, a summary line, then the findings grouped by section
/// (sections in the order of their first finding), each with its line, rule, the text in
/// question and the explanation.
pub fn text(results: &[(&Document, &[Finding])], d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    let w = words(d.lang);
    let mut total = Counts::default();
    for (i, (doc, findings)) in results.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let c = Counts::of(findings);
        total.add(c);
        let mut facts: Vec<String> = Vec::new();
        if let Some(u) = &doc.meta.unit {
            facts.push(u.to_string());
        }
        if let Some(k) = doc.meta.kind {
            facts.push(kind(d.lang, k.name()));
        }
        if let Some(p) = doc.meta.period {
            facts.push(format!("{} {p}", w.period));
        }
        let facts = if facts.is_empty() { String::new() } else { format!("  ({})", facts.join(" · ")) };
        writeln!(out, "{}{}", doc.source.bold(), facts.dimmed())?;
        if findings.is_empty() {
            writeln!(out, "  {}", w.no_findings.green())?;
            continue;
        }
        writeln!(out, "  {}", c.show(d.lang))?;
        let mut order: Vec<&str> = Vec::new();
        for f in findings.iter() {
            if !order.contains(&f.section.as_str()) {
                order.push(&f.section);
            }
        }
        for section in order {
            writeln!(out)?;
            let title = if section.is_empty() { w.no_section } else { section };
            writeln!(out, "  {}", title.bold())?;
            for f in findings.iter().filter(|f| f.section == section) {
                let quoted = super::truncate(&f.text, d.width.saturating_sub(40).max(30));
                writeln!(
                    out,
                    "    {} {} {}  {}",
                    severity(f.severity, d.lang),
                    format!("{} {:>4}", w.line, f.line).dimmed(),
                    f.rule.bold(),
                    format!("“{quoted}”").italic()
                )?;
                for l in wrap_pieces(&[f.message.as_str().normal()], d.width.saturating_sub(12)) {
                    writeln!(out, "            {l}")?;
                }
            }
        }
    }
    if results.len() > 1 {
        writeln!(out)?;
        writeln!(
            out,
            "{}: {}",
            count(d.lang, results.len(), "file", if d.lang == Lang::Vi { w.file } else { "files" }).bold(),
            total.show(d.lang)
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    file: &'a str,
    unit: Option<String>,
    kind: Option<&'static str>,
    period: Option<String>,
    issued: Option<String>,
    counts: Counts,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    counts: Counts,
    documents: Vec<JsonDoc<'a>>,
}

/// Writes the JSON form, schema `sosanh.check.v1`.
pub fn json(results: &[(&Document, &[Finding])], out: &mut dyn Write) -> io::Result<()> {
    let mut total = Counts::default();
    let documents: Vec<JsonDoc> = results
        .iter()
        .map(|(doc, findings)| {
            let counts = Counts::of(findings);
            total.add(counts);
            JsonDoc {
                file: &doc.source,
                unit: doc.meta.unit.as_ref().map(|u| u.to_string()),
                kind: doc.meta.kind.map(|k| k.name()),
                period: doc.meta.period.map(|p| p.to_string()),
                issued: doc.meta.issued.and_then(|i| i.iso()),
                counts,
                findings,
            }
        })
        .collect();
    let report = JsonReport { schema: "sosanh.check.v1", counts: total, documents };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
