//! The HTML page of a [`SeriesReport`]: per unit, the counts per period, then one table
//! with a row per task lineage and a column per document, each cell marked `=` `~` `+`
//! `·`; a click on a cell opens that document's text of the task (a `<details>`, no
//! script), with the words changed in that document marked. Rows can be filtered by
//! finding (stale, returned, once, reworded) with the buttons or the `#only=` hash, like
//! the other pages. The findings follow as lists linking to their rows.
//!
//! A run over many units is cut to the first units (the page says how many are shown;
//! JSON, CSV and XLSX have them all).

use super::{esc, page};
use crate::compare::diff::{Edit, Op};
use crate::render::lang::{Lang, Words, words};
use crate::render::series::{SeriesWords, column_name, first_section, one_line, series_words, text_at};
use crate::series::{Cell, Lineage, Series, SeriesReport};
use std::fmt::Write as _;

/// How many units the page holds.
const SHOW_UNITS: usize = 20;

/// The page's own styles for the timeline (the shared ones come from [`page`]).
const STYLE: &str = "<style>\
table.tl{border-collapse:collapse;width:100%}\
table.tl td,table.tl th{border-bottom:1px solid var(--line);padding:.25rem .35rem;vertical-align:top}\
table.tl th{background:var(--soft);text-align:left;position:sticky;top:0;z-index:2}\
table.tl th.m,table.tl td.m{width:4.8rem;min-width:4.8rem;white-space:nowrap;text-align:center;padding:.15rem .3rem;position:relative}\
td.m.c-id{background:var(--id)}td.m.c-rw{background:var(--rw)}td.m.c-nw{background:var(--nw)}td.m.c-ab{color:#b0b8bf}\
td.m summary{list-style:none;font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}\
td.m summary::-webkit-details-marker{display:none}\
td.m details[open]>div{position:absolute;z-index:5;right:0;top:1.6rem;width:min(34rem,80vw);text-align:left;\
background:#fff;border:1px solid #9aa6b0;border-radius:4px;padding:.4rem .6rem;box-shadow:0 2px 8px rgba(0,0,0,.18);font-weight:400;white-space:normal}\
td.lid{white-space:nowrap;width:3.2rem}td.sec{white-space:nowrap;width:4.5rem}\
table.months{border-collapse:collapse;font-size:.9rem;margin:.4rem 0}\
table.months td,table.months th{border:1px solid var(--line);padding:.15rem .45rem;text-align:right}\
table.months th{background:var(--soft)}table.months th:first-child{text-align:left}\
@media print{td.m details>div{display:none}}\
</style>\n";

fn cell_class(c: Cell) -> &'static str {
    match c {
        Cell::Identical => "c-id",
        Cell::Reworded => "c-rw",
        Cell::New => "c-nw",
        Cell::Absent => "c-ab",
    }
}

fn cell_word(w: &Words, sw: &SeriesWords, c: Cell) -> &'static str {
    match c {
        Cell::Identical => w.identical,
        Cell::Reworded => w.reworded,
        Cell::New => sw.first_seen,
        Cell::Absent => sw.absent,
    }
}

/// A diff with both sides in one text: deleted words struck, inserted words marked.
fn diff_inline(edits: &[Edit]) -> String {
    let mut o = String::new();
    for e in edits {
        let tag = match e.op {
            Op::Equal => {
                o.push_str(&esc(&e.text));
                continue;
            }
            Op::Delete => "del",
            Op::Insert => "ins",
        };
        let t = e.text.trim_end();
        let _ = write!(o, "<{tag}>{}</{tag}>{}", esc(t), esc(&e.text[t.len()..]));
    }
    o
}

/// The keys a row is filtered by.
fn keys(s: &Series, l: &Lineage) -> String {
    let mut k = Vec::new();
    if s.findings.stale.contains(&l.id) {
        k.push("stale");
    }
    if s.findings.returned.contains(&l.id) {
        k.push("returned");
    }
    if s.findings.once.contains(&l.id) {
        k.push("once");
    }
    if !l.reworded.is_empty() {
        k.push("reworded");
    }
    if k.is_empty() {
        k.push("other");
    }
    k.join(" ")
}

fn unit_name(sw: &SeriesWords, s: &Series) -> String {
    s.unit.clone().unwrap_or_else(|| format!("({})", sw.unit_unknown))
}

fn months_table(w: &Words, sw: &SeriesWords, s: &Series, o: &mut String) {
    let _ = write!(o, "<h3>{}</h3><table class=\"months\"><thead><tr><th></th>", esc(sw.per_period));
    for c in 0..s.documents.len() {
        let _ = write!(o, "<th title=\"{}\">{}</th>", esc(&s.documents[c].file), esc(&column_name(s, c)));
    }
    o.push_str("</tr></thead><tbody>\n");
    type Get = fn(&crate::series::MonthStats) -> String;
    let rows: [(&str, Get, bool); 8] = [
        (w.tasks, |m| m.tasks.to_string(), true),
        (w.carried, |m| m.carried.to_string(), false),
        (w.identical, |m| m.identical.to_string(), false),
        (w.reworded, |m| m.reworded.to_string(), false),
        (w.new, |m| m.new.to_string(), true),
        (sw.returned, |m| m.returned.to_string(), false),
        (w.dropped, |m| m.dropped.to_string(), false),
        (sw.identical_share, |m| format!("{:.0}%", 100.0 * m.identical_share), false),
    ];
    for (name, get, in_first) in rows {
        let _ = write!(o, "<tr><th>{}</th>", esc(name));
        for (c, m) in s.months.iter().enumerate() {
            let v = if c == 0 && !in_first { String::new() } else { get(m) };
            let _ = write!(o, "<td>{v}</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n");
}

fn timeline(w: &Words, sw: &SeriesWords, k: usize, s: &Series, o: &mut String) {
    let n = s.documents.len();
    let _ = write!(
        o,
        "<h3>{} <span class=\"small muted\">({})</span></h3><p class=\"small muted noprint\">{}</p>\n",
        esc(sw.timeline),
        esc(sw.legend),
        esc(sw.click_help)
    );
    let _ = write!(
        o,
        "<table class=\"tl\" id=\"tl{k}\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>",
        esc(sw.lineage),
        esc(w.section),
        esc(w.tasks)
    );
    for c in 0..n {
        let _ = write!(o, "<th class=\"m\" title=\"{}\">{}</th>", esc(&s.documents[c].file), esc(&column_name(s, c)));
    }
    let _ = write!(o, "</tr></thead><tbody class=\"group\">\n");
    for l in &s.lineages {
        let _ = write!(
            o,
            "<tr id=\"u{k}l{}\" data-k=\"{}\"><td class=\"lid\">#{}</td><td class=\"sec path\">{}</td><td>{}</td>",
            l.id,
            keys(s, l),
            l.id,
            esc(first_section(l)),
            esc(&one_line(&l.text))
        );
        for c in 0..n {
            let cell = l.cell(c);
            let sym = cell.symbol();
            if cell == Cell::Absent {
                let _ = write!(o, "<td class=\"m c-ab\" title=\"{}\">{sym}</td>", esc(sw.absent));
                continue;
            }
            let (text, diff) = text_at(l, c);
            let body = match diff {
                Some(d) if !d.is_empty() => diff_inline(d),
                _ => esc(&one_line(text)),
            };
            let at = l.occurrences.iter().find(|x| x.column == c);
            let place = at.map(|x| format!("{} {} · {} {}", w.section, x.section, w.task, x.task)).unwrap_or_default();
            let _ = write!(
                o,
                "<td class=\"m {}\"><details><summary title=\"{}\">{sym}</summary><div><div class=\"small muted\">{} · {} · {}</div>{body}</div></details></td>",
                cell_class(cell),
                esc(cell_word(w, sw, cell)),
                esc(&column_name(s, c)),
                esc(cell_word(w, sw, cell)),
                esc(&place),
            );
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n");
}

fn findings(sw: &SeriesWords, stale: usize, k: usize, s: &Series, o: &mut String) {
    let link = |id: usize| format!("<a href=\"#u{k}l{id}\">#{id}</a>");
    let find = |id: usize| &s.lineages[id - 1];
    if !s.findings.stale.is_empty() {
        let _ = write!(o, "<h3>{} (≥ {stale} {})</h3><ul class=\"findings\">", esc(sw.stale), esc(sw.stale_months));
        for &id in &s.findings.stale {
            let l = find(id);
            let _ = write!(
                o,
                "<li>{} <strong>{}×</strong> {}</li>",
                link(id),
                l.longest_identical_run,
                esc(&one_line(&l.text))
            );
        }
        o.push_str("</ul>\n");
    }
    if !s.findings.returned.is_empty() {
        let _ = write!(o, "<h3>{}</h3><ul class=\"findings\">", esc(sw.back));
        for &id in &s.findings.returned {
            let l = find(id);
            let when: Vec<String> = l.returned.iter().map(|x| column_name(s, x.column)).collect();
            let _ = write!(
                o,
                "<li>{} <strong>{}</strong> {}</li>",
                link(id),
                esc(&when.join(", ")),
                esc(&one_line(&l.text))
            );
        }
        o.push_str("</ul>\n");
    }
    if !s.findings.once.is_empty() {
        let ids: Vec<String> = s.findings.once.iter().map(|&id| link(id)).collect();
        let _ = write!(o, "<h3>{} ({})</h3><p>{}</p>\n", esc(sw.once), ids.len(), ids.join(" "));
    }
}

/// Renders the series report as a page.
pub fn html(r: &SeriesReport, lang: Lang) -> String {
    let w = words(lang);
    let sw = series_words(lang);
    let mut o = String::from(STYLE);
    let _ = writeln!(o, "<h1>{}</h1>", esc(sw.title));
    let docs: usize = r.series.iter().map(|s| s.documents.len()).sum();
    let lineages: usize = r.series.iter().map(|s| s.lineages.len()).sum();
    let _ = writeln!(
        o,
        "<p id=\"summary\"><strong>{docs} {}, {} {}, {lineages} {}</strong></p>",
        esc(w.documents),
        r.series.len(),
        esc(sw.units),
        esc(sw.lineages)
    );
    // Filters: the keys of the rows.
    let count = |key: &str| -> usize {
        r.series.iter().take(SHOW_UNITS).map(|s| s.lineages.iter().filter(|l| keys(s, l).contains(key)).count()).sum()
    };
    o.push_str("<div class=\"summary noprint\">");
    let _ = write!(o, "<span class=\"small muted\">{}:</span>", esc(w.show));
    for (key, label) in
        [("stale", sw.stale), ("returned", sw.back), ("once", sw.once), ("reworded", w.reworded), ("other", sw.other)]
    {
        let _ = write!(
            o,
            "<button type=\"button\" class=\"pill\" data-k=\"{key}\" aria-pressed=\"true\">{} {}</button>",
            esc(label),
            count(key)
        );
    }
    let _ = write!(o, "<button type=\"button\" class=\"pill\" id=\"show-all\">{}</button></div>\n", esc(w.all));
    for (k, s) in r.series.iter().take(SHOW_UNITS).enumerate() {
        let n = s.documents.len();
        let _ = write!(o, "<h2 id=\"u{k}\">{}</h2>\n<p>{n} {}", esc(&unit_name(sw, s)), esc(w.documents));
        if n > 0 {
            let _ = write!(o, ", {} … {}", esc(&column_name(s, 0)), esc(&column_name(s, n - 1)));
        }
        let _ = write!(o, ", {} {}", s.lineages.len(), esc(sw.lineages));
        if !s.missing_periods.is_empty() {
            let _ = write!(o, "; {}: {}", esc(sw.missing), esc(&s.missing_periods.join(", ")));
        }
        o.push_str("</p>\n");
        for note in &s.notes {
            let _ = writeln!(
                o,
                "<p class=\"small muted\">{}: {}</p>",
                esc(w.note),
                esc(&crate::render::lang::note(note, lang))
            );
        }
        months_table(w, sw, s, &mut o);
        timeline(w, sw, k, s, &mut o);
        findings(sw, r.stale, k, s, &mut o);
    }
    if r.series.len() > SHOW_UNITS {
        let _ = writeln!(
            o,
            "<p class=\"small muted\">{} {SHOW_UNITS} / {} {}; {}.</p>",
            esc(w.shown_of),
            r.series.len(),
            esc(sw.units),
            esc(w.all_in_other_formats)
        );
    }
    if !r.refused.is_empty() {
        let _ = write!(o, "<h2>{}</h2><ul>", esc(sw.refused));
        for f in &r.refused {
            let _ = write!(
                o,
                "<li><span class=\"path\">{}</span>: {}</li>",
                esc(&f.file),
                esc(&crate::render::lang::note(&f.reason, lang))
            );
        }
        o.push_str("</ul>\n");
    }
    page(w, sw.title, &o)
}
