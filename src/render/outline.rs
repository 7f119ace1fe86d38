//! `sosanh outline`: the metadata and the section tree with task counts, or the whole
//! document model as JSON (schema `sosanh.outline.v3`, see docs/json-format.md).

use super::lang::{Lang, count, kind, words};
use super::{Display, truncate};
use crate::model::{Document, Section, path_string};
use colored::Colorize;
use std::io::{self, Write};

/// Writes the text form of an outline.
pub fn text(doc: &Document, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    let (lang, w) = (d.lang, words(d.lang));
    let unknown =
        |what: &str| if lang == Lang::Vi { format!("{what} {}", w.unknown) } else { format!("{what} unknown") };
    let m = &doc.meta;
    writeln!(out, "{}", doc.source.bold())?;
    let mut facts: Vec<String> = Vec::new();
    facts.push(m.kind.map_or_else(|| unknown(w.kind), |k| kind(lang, k.name())));
    facts.push(m.unit.as_ref().map_or_else(|| unknown(w.unit), |u| u.to_string()));
    facts.push(m.period.map_or_else(|| unknown(w.period), |p| format!("{} {p}", w.period)));
    if let Some(i) = m.issued.and_then(|i| i.iso()) {
        facts.push(format!("{} {i}", w.issued));
    }
    match (&m.number, &m.symbol) {
        (Some(n), Some(s)) => facts.push(format!("Số {n}/{s}")),
        (None, Some(s)) => facts.push(format!("Số …/{s}")),
        _ => {}
    }
    writeln!(out, "  {}", facts.join(" · "))?;
    if let Some(t) = &m.title {
        writeln!(out, "  {} {}", format!("{}:", w.title).dimmed(), t)?;
    }
    if let Some(s) = &m.signer {
        let who: Vec<&str> = [&s.on_behalf, &s.title, &s.name].into_iter().filter_map(|x| x.as_deref()).collect();
        writeln!(out, "  {} {}", format!("{}:", w.signer).dimmed(), who.join(" · "))?;
    }
    if !m.recipients.is_empty() {
        writeln!(out, "  {} {}", format!("{}:", w.recipients).dimmed(), m.recipients.len())?;
    }
    if !m.blank_fields.is_empty() {
        let f: Vec<String> = m.blank_fields.iter().map(|b| format!("{} ({} {})", b.field, w.line, b.line)).collect();
        writeln!(out, "  {} {}", format!("{}:", w.left_blank).dimmed(), f.join(", "))?;
    }
    let sections = doc.all_sections();
    writeln!(
        out,
        "  {}, {}, {}",
        count(lang, sections.len(), w.section, w.sections),
        count(lang, doc.task_count(), w.task, w.tasks),
        count(lang, doc.footnotes.len(), if lang == Lang::Vi { w.footnotes } else { "footnote" }, w.footnotes)
    )?;
    for n in &doc.notes {
        writeln!(out, "  {} {}", format!("{}:", w.note).yellow(), crate::render::lang::note(n, lang))?;
    }
    writeln!(out)?;
    for s in &doc.sections {
        section(s, 0, d, out)?;
    }
    Ok(())
}

fn section(s: &Section, depth: usize, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let indent = "  ".repeat(depth);
    let w = words(d.lang);
    // An unnumbered section: the text before the first number, or a table's group with a
    // title but no number, which shows its title alone.
    let titled_group = s.named_by_heading();
    let label = if titled_group {
        String::new()
    } else if s.label.is_empty() {
        w.body.to_string()
    } else {
        path_string(&s.path)
    };
    // A section that only holds subsections shows the tasks below it.
    let n = if s.tasks.is_empty() { s.task_count_deep() } else { s.tasks.len() };
    let tasks = count(d.lang, n, w.task, w.tasks);
    let title =
        if s.heading.is_empty() { s.tasks.first().map(|t| t.text.as_str()).unwrap_or("") } else { s.heading.as_str() };
    let gap = if titled_group { "" } else { "  " };
    let used = indent.chars().count() + label.chars().count() + gap.len() + tasks.len() + 2;
    let room = d.width.saturating_sub(used).max(10);
    let title = truncate(title, room);
    let pad = room.saturating_sub(title.chars().count());
    let label_c = if depth == 0 { label.bold().cyan() } else { label.cyan() };
    let title_c = if s.heading.is_empty() { title.normal() } else { title.bold() };
    writeln!(out, "{indent}{label_c}{gap}{title_c}{}  {}", " ".repeat(pad), tasks.dimmed())?;
    for c in &s.children {
        section(c, depth + 1, d, out)?;
    }
    Ok(())
}

/// Writes the JSON form: the whole model.
pub fn json(doc: &Document, out: &mut dyn Write) -> io::Result<()> {
    let v = serde_json::json!({
        "schema": "sosanh.outline.v3",
        "file": doc.source,
        "meta": doc.meta,
        "sections": doc.sections,
        "footnotes": doc.footnotes,
        "parts": doc.parts,
        "notes": doc.notes,
        "counts": { "sections": doc.all_sections().len(), "tasks": doc.task_count() },
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}
