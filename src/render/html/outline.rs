//! The HTML page of one document's outline: its metadata, then the numbered sections as
//! a tree, each with its heading and its tasks (folded away on screen, printed open).

use super::{esc, or_unknown, page};
use crate::model::{Document, Section, path_string};
use crate::render::lang::{Lang, Words, words};
use std::fmt::Write as _;

fn section(w: &Words, s: &Section, o: &mut String) {
    // An unnumbered section with a heading (a table's group) shows its heading alone.
    let label = if s.named_by_heading() {
        String::new()
    } else if s.label.is_empty() {
        w.body.to_string()
    } else {
        path_string(&s.path)
    };
    let n = s.task_count_deep();
    let _ = write!(
        o,
        "<li id=\"s-{}\"><details open><summary><span class=\"path\">{}</span> <strong>{}</strong> <span class=\"muted small\">{} {}</span></summary>",
        esc(&path_string(&s.path)),
        esc(&label),
        esc(&s.heading),
        n,
        esc(w.tasks)
    );
    if !s.columns.is_empty() {
        let names: Vec<String> = s.columns.iter().map(|c| esc(c)).collect();
        let _ = write!(o, "<p class=\"columns muted small\">{}: {}</p>", esc(w.columns), names.join(" · "));
    }
    if !s.tasks.is_empty() {
        o.push_str("<ol class=\"tasks\">");
        for t in &s.tasks {
            let _ = write!(o, "<li>{}</li>", esc(&t.text));
        }
        o.push_str("</ol>");
    }
    if !s.children.is_empty() {
        o.push_str("<ul>");
        for c in &s.children {
            section(w, c, o);
        }
        o.push_str("</ul>");
    }
    o.push_str("</details></li>\n");
}

/// Renders a document's outline as a page.
pub fn html(doc: &Document, lang: Lang) -> String {
    let w = words(lang);
    let m = &doc.meta;
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}: <span class=\"path\">{}</span></h1>", w.outline_title, esc(&doc.source));
    o.push_str("<table class=\"meta\" id=\"summary\">");
    let number = match (&m.number, &m.symbol) {
        (Some(n), Some(s)) => Some(format!("{n}/{s}")),
        (None, Some(s)) => Some(format!("…/{s}")),
        _ => None,
    };
    let signer = m.signer.as_ref().map(|s| {
        [&s.on_behalf, &s.title, &s.name].into_iter().filter_map(|x| x.as_deref()).collect::<Vec<_>>().join(" · ")
    });
    let blank = if m.blank_fields.is_empty() {
        None
    } else {
        Some(
            m.blank_fields
                .iter()
                .map(|b| format!("{} ({} {})", b.field, w.line, b.line))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let rows: [(&str, Option<String>); 9] = [
        (w.kind, m.kind.map(|k| crate::render::lang::kind(lang, k.name()))),
        (w.unit, m.unit.as_ref().map(|u| u.to_string())),
        (w.period, m.period.map(|p| p.to_string())),
        (w.issued, m.issued.and_then(|i| i.iso())),
        (w.number, number),
        (w.title, m.title.clone()),
        (w.signer, signer),
        (w.recipients, if m.recipients.is_empty() { None } else { Some(m.recipients.join("; ")) }),
        (w.left_blank, blank),
    ];
    for (label, v) in rows {
        let _ = write!(o, "<tr><th>{}</th><td>{}</td></tr>", esc(label), or_unknown(w, v.as_deref()));
    }
    let _ = write!(
        o,
        "<tr><th>{} / {} / {}</th><td>{} / {} / {}</td></tr></table>\n",
        esc(w.sections),
        esc(w.tasks),
        esc(w.footnotes),
        doc.all_sections().len(),
        doc.task_count(),
        doc.footnotes.len()
    );
    for n in &doc.notes {
        let _ = writeln!(o, "<p class=\"small muted\">{}: {}</p>", w.note, esc(&crate::render::lang::note(n, lang)));
    }
    o.push_str("<div class=\"outline\"><ul>\n");
    for s in &doc.sections {
        section(w, s, &mut o);
    }
    o.push_str("</ul></div>\n");
    page(w, &format!("{}: {}", w.outline_title, doc.source), &o)
}
