//! The HTML page of a [`ReuseReport`]: a sortable table of pairs (units, periods, shares
//! both ways, words), a heat map of units × units, the templates with their holders and
//! first holder, and the passages with both texts and the differing words marked.
//!
//! Long lists are cut to what a browser opens quickly (the page says how many are shown;
//! JSON, CSV and XLSX have them all).

use super::{diff_side, esc, page};
use crate::compare::diff::word_diff;
use crate::render::lang::{Lang, Words, words};
use crate::reuse::{Cluster, Location, Passage, PassageKind, ReuseReport};
use std::collections::HashMap;
use std::fmt::Write as _;

/// How many of each list the page holds.
const SHOW_PAIRS: usize = 2000;
const SHOW_TEMPLATES: usize = 100;
const SHOW_MEMBERS: usize = 40;
const SHOW_PASSAGES: usize = 200;
/// Units on each side of the heat map (the most sharing first).
const HEAT_UNITS: usize = 40;

fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

fn where_(w: &Words, l: &Location) -> String {
    let tasks =
        if l.tasks[0] == l.tasks[1] { format!("{}", l.tasks[0]) } else { format!("{}-{}", l.tasks[0], l.tasks[1]) };
    let lines = if l.lines.start == l.lines.end {
        format!("{}", l.lines.start)
    } else {
        format!("{}-{}", l.lines.start, l.lines.end)
    };
    let section = if l.section.is_empty() { String::new() } else { format!("{} {} · ", w.section, l.section) };
    format!("{section}{} {tasks} · {} {lines}", w.task, w.lines)
}

fn cut_note(w: &Words, shown: usize, total: usize, o: &mut String) {
    if total > shown {
        let _ =
            writeln!(o, "<p class=\"small muted\">{} {shown} / {total}; {}.</p>", w.shown_of, w.all_in_other_formats);
    }
}

fn kind_word(w: &Words, k: PassageKind) -> &'static str {
    match k {
        PassageKind::Verbatim => w.verbatim,
        PassageKind::Edited => w.edited,
    }
}

/// A unit's label in the heat map: its name, else the file.
fn unit_label(r: &ReuseReport, doc: usize) -> String {
    let d = &r.documents[doc];
    d.unit.clone().unwrap_or_else(|| d.file.clone())
}

fn pairs_table(w: &Words, r: &ReuseReport, o: &mut String) {
    let _ =
        writeln!(o, "<h2 id=\"pairs\">{}</h2><p class=\"small muted noprint\">{}</p>", w.pairs_heading, w.sort_help);
    let _ = write!(
        o,
        "<table class=\"grid sortable\" id=\"pair-table\"><colgroup><col><col style=\"width:7rem\"><col><col style=\"width:7rem\">\
         <col style=\"width:5.5rem\"><col style=\"width:5.5rem\"><col style=\"width:5rem\"><col style=\"width:5rem\"></colgroup>\
         <thead><tr><th class=\"sortable\">A</th><th class=\"sortable\">{p} A</th><th class=\"sortable\">B</th><th class=\"sortable\">{p} B</th>\
         <th class=\"sortable num\">{}</th><th class=\"sortable num\">{}</th><th class=\"sortable num\">{}</th><th class=\"sortable num\">{}</th></tr></thead><tbody>\n",
        esc(w.a_in_b),
        esc(w.b_in_a),
        esc(w.words),
        esc(w.passages),
        p = esc(w.period)
    );
    for p in r.pairs.iter().take(SHOW_PAIRS) {
        let (da, db) = (&r.documents[p.doc_a], &r.documents[p.doc_b]);
        let doc = |d: &crate::reuse::DocInfo| match &d.unit {
            Some(u) => format!("{}<br><span class=\"path small\">{}</span>", esc(u), esc(&d.file)),
            None => format!("<span class=\"path small\">{}</span>", esc(&d.file)),
        };
        let date = |d: &crate::reuse::DocInfo| d.date.as_deref().map(esc).unwrap_or_default();
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" data-v=\"{:.5}\">{}</td><td class=\"num\" data-v=\"{:.5}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            doc(da),
            date(da),
            doc(db),
            date(db),
            p.share_a_in_b,
            pct(p.share_a_in_b),
            p.share_b_in_a,
            pct(p.share_b_in_a),
            p.shared_words,
            p.passages
        );
    }
    o.push_str("</tbody></table>\n");
    cut_note(w, SHOW_PAIRS.min(r.pairs.len()), r.pairs.len(), o);
}

fn heat_map(w: &Words, r: &ReuseReport, o: &mut String) {
    // Units by how much they share, then the largest share between each two of them.
    let mut shared: HashMap<String, usize> = HashMap::new();
    let mut cell: HashMap<(String, String), f64> = HashMap::new();
    for p in &r.pairs {
        let (ua, ub) = (unit_label(r, p.doc_a), unit_label(r, p.doc_b));
        *shared.entry(ua.clone()).or_default() += p.shared_words;
        *shared.entry(ub.clone()).or_default() += p.shared_words;
        let v = p.share_a_in_b.max(p.share_b_in_a);
        for key in [(ua.clone(), ub.clone()), (ub, ua)] {
            let e = cell.entry(key).or_insert(0.0);
            *e = e.max(v);
        }
    }
    if shared.is_empty() {
        return;
    }
    let mut units: Vec<(String, usize)> = shared.into_iter().collect();
    units.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let total = units.len();
    units.truncate(HEAT_UNITS);
    let _ = writeln!(o, "<h2 id=\"heat\">{}</h2><p class=\"small muted\">{}</p>", w.heat_map, w.heat_map_help);
    o.push_str("<table class=\"heat\"><thead><tr><th></th>");
    for (u, _) in &units {
        let _ = write!(o, "<th>{}</th>", esc(u));
    }
    o.push_str("</tr></thead><tbody>\n");
    for (a, _) in &units {
        let _ = write!(o, "<tr><th>{}</th>", esc(a));
        for (b, _) in &units {
            match cell.get(&(a.clone(), b.clone())) {
                Some(&v) => {
                    let _ = write!(
                        o,
                        "<td style=\"background:rgba(190,30,45,{:.2})\" title=\"{} × {}: {}\"></td>",
                        0.08 + 0.92 * v.clamp(0.0, 1.0),
                        esc(a),
                        esc(b),
                        pct(v)
                    );
                }
                None => o.push_str("<td></td>"),
            }
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n");
    cut_note(w, units.len(), total, o);
}

fn template(w: &Words, c: &Cluster, o: &mut String) {
    let mut docs: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    let _ = write!(
        o,
        "<div class=\"card\" id=\"tpl{}\"><h3>#{} · {} {} · {} {}",
        c.id,
        c.id,
        c.words,
        esc(w.words),
        docs.len(),
        esc(w.holders)
    );
    if let Some(date) = &c.earliest_date {
        let _ = write!(o, " · {} {}: {}", esc(w.first_holder), esc(date), esc(&c.earliest.join(", ")));
    }
    if let Some(v) = c.variant_of {
        let _ = write!(o, " · <a href=\"#tpl{v}\">#{v}</a>");
    }
    let _ = write!(o, "</h3><blockquote>“{}”</blockquote>", esc(&c.text));
    o.push_str("<table class=\"grid small\"><colgroup><col style=\"width:40%\"><col style=\"width:7rem\"><col></colgroup><tbody>");
    for (i, m) in c.members.iter().take(SHOW_MEMBERS).enumerate() {
        let tag = if i == 0 { w.first_holder } else { kind_word(w, m.kind) };
        let text = match (&m.at.text, m.kind) {
            (Some(t), PassageKind::Edited) if i > 0 => diff_side(&word_diff(&c.text, t), false),
            _ => String::new(),
        };
        let _ = write!(
            o,
            "<tr><td><span class=\"path\">{}</span><br><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td></tr>",
            esc(&m.at.file),
            esc(&where_(w, &m.at)),
            esc(tag),
            text
        );
    }
    o.push_str("</tbody></table>");
    cut_note(w, SHOW_MEMBERS.min(c.members.len()), c.members.len(), o);
    o.push_str("</div>\n");
}

fn passage(w: &Words, i: usize, p: &Passage, o: &mut String) {
    let (ta, tb) = match &p.diff {
        Some(edits) => (diff_side(edits, true), diff_side(edits, false)),
        None => {
            let a = p.a.text.as_deref().or(p.b.text.as_deref()).unwrap_or("");
            let b = p.b.text.as_deref().unwrap_or(a);
            (esc(a), esc(b))
        }
    };
    let _ = write!(
        o,
        "<div class=\"card\" id=\"p{i}\"><h3>{i}. {} {} · {}</h3><div class=\"two\">\
         <div><span class=\"path\">{}</span><br><span class=\"small muted\">{}</span><p>{ta}</p></div>\
         <div><span class=\"path\">{}</span><br><span class=\"small muted\">{}</span><p>{tb}</p></div></div></div>\n",
        p.words,
        esc(w.words),
        esc(kind_word(w, p.kind)),
        esc(&p.a.file),
        esc(&where_(w, &p.a)),
        esc(&p.b.file),
        esc(&where_(w, &p.b)),
    );
}

/// Renders the reuse report as a page.
pub fn html(r: &ReuseReport, lang: Lang) -> String {
    let w = words(lang);
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}</h1>", w.reuse_title);
    let _ = write!(
        o,
        "<p id=\"summary\"><strong>{} {}: {} {}, {} {}, {} {}</strong></p>\n",
        r.documents.len(),
        w.documents,
        r.pairs.len(),
        w.pairs,
        r.clusters.len(),
        w.templates,
        r.passages.len(),
        w.passages
    );
    let _ = writeln!(
        o,
        "<p class=\"small muted\">min {} {} · {} ≥ {} {}</p>",
        r.min_words,
        esc(w.words),
        esc(w.templates),
        r.min_units,
        esc(w.documents)
    );
    for n in &r.notes {
        let _ = writeln!(o, "<p class=\"small muted\">{}: {}</p>", w.note, esc(&crate::render::lang::note(n, lang)));
    }
    if !r.pairs.is_empty() {
        pairs_table(w, r, &mut o);
        heat_map(w, r, &mut o);
    }
    if !r.clusters.is_empty() {
        let _ = writeln!(o, "<h2 id=\"templates\">{}</h2>", w.templates_heading);
        for c in r.clusters.iter().take(SHOW_TEMPLATES) {
            template(w, c, &mut o);
        }
        cut_note(w, SHOW_TEMPLATES.min(r.clusters.len()), r.clusters.len(), &mut o);
    }
    if !r.passages.is_empty() {
        let _ = writeln!(o, "<h2 id=\"passages\">{}</h2>", esc(w.passages));
        for (i, p) in r.passages.iter().take(SHOW_PASSAGES).enumerate() {
            passage(w, i + 1, p, &mut o);
        }
        cut_note(w, SHOW_PASSAGES.min(r.passages.len()), r.passages.len(), &mut o);
    }
    if !r.solitary.is_empty() {
        let _ = writeln!(o, "<h2 id=\"solitary\">{}</h2><ul>", w.solitary);
        for f in &r.solitary {
            let _ = write!(o, "<li class=\"path\">{}</li>", esc(f));
        }
        o.push_str("</ul>\n");
    }
    page(w, w.reuse_title, &o)
}
