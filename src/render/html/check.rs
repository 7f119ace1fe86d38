//! The HTML page of `check`: per document its facts and counts, then the findings grouped
//! by section, each with its severity, line, rule, explanation and the sentence it was
//! found in with the slip marked. Severity buttons filter the list.

use super::{esc, mark_in, page};
use crate::check::{Finding, Severity};
use crate::model::Document;
use crate::render::lang::{Lang, Words, words};
use std::fmt::Write as _;

fn sev_word(w: &Words, s: Severity) -> &'static str {
    match s {
        Severity::Error => w.error,
        Severity::Warning => w.warning,
        Severity::Note => w.finding_note,
    }
}

/// The sentence a finding was found in: the task (or heading) on its line that holds the
/// words in question, else the source line itself.
pub fn sentence_of(doc: &Document, f: &Finding) -> String {
    let on_line = |start: usize, end: usize| start <= f.line && f.line <= end;
    for s in doc.all_sections() {
        if on_line(s.lines.start, s.lines.start) && !s.heading.is_empty() && s.heading.contains(&f.text) {
            return s.heading.clone();
        }
        for t in &s.tasks {
            if on_line(t.lines.start, t.lines.end) && t.text.contains(&f.text) {
                return t.text.clone();
            }
        }
    }
    for n in &doc.footnotes {
        if on_line(n.lines.start, n.lines.end) && n.text.contains(&f.text) {
            return n.text.clone();
        }
    }
    doc.lines.get(f.line.wrapping_sub(1)).map(|l| l.trim().to_string()).unwrap_or_else(|| f.text.clone())
}

/// Renders the findings of each document as a page.
pub fn html(results: &[(&Document, &[Finding])], lang: Lang) -> String {
    let w = words(lang);
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}</h1>", w.check_title);
    let all: Vec<&Finding> = results.iter().flat_map(|(_, f)| f.iter()).collect();
    let n = |s: Severity| all.iter().filter(|f| f.severity == s).count();
    let _ = write!(
        o,
        "<p id=\"summary\"><strong>{} {}: {} {}, {} {}, {} {}</strong></p>\n",
        results.len(),
        w.documents,
        n(Severity::Error),
        w.errors,
        n(Severity::Warning),
        w.warnings,
        n(Severity::Note),
        w.notes
    );
    o.push_str("<div class=\"summary noprint\">");
    let _ = write!(o, "<span>{}:</span>", w.show);
    for s in [Severity::Error, Severity::Warning, Severity::Note] {
        let _ = write!(
            o,
            "<button type=\"button\" class=\"pill\" data-k=\"{}\" aria-pressed=\"true\">{} {}</button>",
            s.name(),
            esc(sev_word(w, s)),
            n(s)
        );
    }
    let _ = write!(o, "<button type=\"button\" class=\"pill\" id=\"show-all\">{}</button></div>\n", w.all);

    for (di, (doc, findings)) in results.iter().enumerate() {
        let mut facts: Vec<String> = Vec::new();
        if let Some(u) = &doc.meta.unit {
            facts.push(u.to_string());
        }
        if let Some(k) = doc.meta.kind {
            facts.push(k.name().to_string());
        }
        if let Some(p) = doc.meta.period {
            facts.push(format!("{} {p}", w.period));
        }
        if let Some(i) = doc.meta.issued.and_then(|i| i.iso()) {
            facts.push(format!("{} {i}", w.issued));
        }
        let _ = write!(
            o,
            "<section class=\"doc\" id=\"d{di}\"><h2><span class=\"path\">{}</span> <span class=\"muted small\">{}</span></h2>\n",
            esc(&doc.source),
            esc(&facts.join(" · "))
        );
        if findings.is_empty() {
            let _ = writeln!(o, "<p>{}</p></section>", w.no_findings);
            continue;
        }
        let mut order: Vec<&str> = Vec::new();
        for f in findings.iter() {
            if !order.contains(&f.section.as_str()) {
                order.push(&f.section);
            }
        }
        // One table body per section, so the filter hides a section left empty.
        let _ = writeln!(
            o,
            "<table class=\"grid\"><colgroup><col style=\"width:6rem\"><col style=\"width:4.5rem\"><col></colgroup>"
        );
        for section in order {
            let title = if section.is_empty() { w.no_section } else { section };
            let _ = write!(
                o,
                "<tbody class=\"group\"><tr class=\"sec\"><td colspan=\"3\">{} <span class=\"path\">{}</span></td></tr>\n",
                esc(w.section),
                esc(title)
            );
            for f in findings.iter().filter(|f| f.section == section) {
                let sentence = sentence_of(doc, f);
                let _ = write!(
                    o,
                    "<tr data-k=\"{k}\"><td><span class=\"sev {k}\">{}</span></td><td class=\"small muted\">{} {}</td>\
                     <td><div>{}</div><blockquote>{}</blockquote><div class=\"small muted\">{}: {}</div></td></tr>\n",
                    esc(sev_word(w, f.severity)),
                    esc(w.line),
                    f.line,
                    esc(&f.message),
                    mark_in(&sentence, &f.text),
                    esc(w.rule),
                    esc(f.rule),
                    k = f.severity.name()
                );
            }
            o.push_str("</tbody>\n");
        }
        o.push_str("</table></section>\n");
    }
    page(w, w.check_title, &o)
}
