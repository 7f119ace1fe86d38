//! The HTML page of a [`Comparison`]: the summary with one filter button per status, both
//! documents' metadata, then the two documents side by side, one row group per section
//! alignment (a split or merge lists all its sections on its side), the word diff inside
//! reworded tasks, and moved tasks linked both ways to where they came from.
//!
//! It reads only the comparison (and, when given, the documents for section headings and
//! header facts): a new task or section status is one more class and one more button.

use super::{diff_side, esc, or_unknown, page};
use crate::compare::{Comparison, DocSummary, SectionMatch, SectionStatus, TaskMatch, TaskStatus};
use crate::model::{Document, path_string};
use crate::render::compare::View;
use crate::render::lang::{Lang, Words, words};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Section headings of one document by path, each with whether the section is named in
/// its path by that heading ([`crate::model::Section::named_by_heading`]).
struct Headings<'a>(HashMap<&'a [String], (&'a str, bool)>);

impl<'a> Headings<'a> {
    fn of(doc: Option<&'a Document>) -> Self {
        let mut m = HashMap::new();
        if let Some(d) = doc {
            for s in d.all_sections() {
                m.insert(s.path.as_slice(), (s.heading.as_str(), s.named_by_heading()));
            }
        }
        Headings(m)
    }
    fn get(&self, p: &[String]) -> &str {
        self.0.get(p).map_or("", |h| h.0)
    }
    fn named(&self, p: &[String]) -> bool {
        self.0.get(p).is_some_and(|h| h.1)
    }
}

/// The status words of a task, as CSS classes and filter keys.
fn keys(t: &TaskMatch) -> &'static str {
    match t.status {
        TaskStatus::New => "new",
        TaskStatus::Dropped => "dropped",
        TaskStatus::Carried if t.is_moved() && t.identical == Some(true) => "identical moved",
        TaskStatus::Carried if t.is_moved() => "reworded moved",
        TaskStatus::Carried if t.identical == Some(true) => "identical",
        TaskStatus::Carried => "reworded",
        TaskStatus::Split => "split",
        TaskStatus::Merged => "merged",
    }
}

fn status_word(w: &Words, t: &TaskMatch) -> &'static str {
    match t.status {
        TaskStatus::New => w.new,
        TaskStatus::Dropped => w.dropped,
        TaskStatus::Carried if t.identical == Some(true) => w.identical,
        TaskStatus::Carried => w.reworded,
        TaskStatus::Split => w.split,
        TaskStatus::Merged => w.merged,
    }
}

/// The summary sentence, in the language asked for.
pub fn summary_sentence(c: &Comparison, lang: Lang) -> String {
    let s = &c.summary;
    let w = words(lang);
    // An old one-line item carried as the new document's heading of the item is kept too.
    let headed = c.tasks.iter().filter(|t| t.heading == Some(crate::compare::Side::New)).count();
    let share = if c.old.tasks == 0 { 0.0 } else { 100.0 * (s.carried + headed) as f64 / c.old.tasks as f64 };
    let of_which = if lang == Lang::Vi { "trong đó" } else { "of which" };
    format!(
        "{} {} = {} {} + {} {}, {of_which} {} {}; {} {}; {} {}; {:.0}% {}",
        w.carried,
        s.carried,
        w.identical,
        s.identical,
        w.reworded,
        s.reworded,
        w.moved,
        s.moved,
        w.new,
        s.new,
        w.dropped,
        s.dropped,
        share,
        w.of_old_carried
    )
}

/// A fact of a document's summary, or of the document itself, for the metadata table.
type SummaryFact = fn(&DocSummary) -> Option<String>;
type DocFact = fn(&Document) -> Option<String>;

fn meta_table(w: &Words, lang: Lang, c: &Comparison, docs: [Option<&Document>; 2], o: &mut String) {
    let sides: [&DocSummary; 2] = [&c.old, &c.new];
    o.push_str("<table class=\"meta\"><tr><th></th>");
    for (label, d) in [(w.old_doc, sides[0]), (w.new_doc, sides[1])] {
        let _ = write!(o, "<th>{} <span class=\"path\">{}</span></th>", esc(label), esc(&d.file));
    }
    o.push_str("</tr>");
    let rows: [(&str, SummaryFact); 4] = [
        (w.kind, |d| d.kind.clone()),
        (w.unit, |d| d.unit.clone()),
        (w.period, |d| d.period.clone()),
        (w.issued, |d| d.issued.clone()),
    ];
    for (label, f) in rows {
        let _ = write!(o, "<tr><th>{}</th>", esc(label));
        for d in sides {
            let v = f(d).map(|v| if label == w.kind { crate::render::lang::kind(lang, &v) } else { v });
            let _ = write!(o, "<td>{}</td>", or_unknown(w, v.as_deref()));
        }
        o.push_str("</tr>");
    }
    if docs.iter().any(Option::is_some) {
        let facts: [(&str, DocFact); 3] = [
            (w.number, |d| match (&d.meta.number, &d.meta.symbol) {
                (Some(n), Some(s)) => Some(format!("{n}/{s}")),
                (None, Some(s)) => Some(format!("…/{s}")),
                _ => None,
            }),
            (w.title, |d| d.meta.title.clone()),
            (w.signer, |d| {
                d.meta.signer.as_ref().map(|s| {
                    [&s.on_behalf, &s.title, &s.name]
                        .into_iter()
                        .filter_map(|x| x.as_deref())
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
            }),
        ];
        for (label, f) in facts {
            let _ = write!(o, "<tr><th>{}</th>", esc(label));
            for d in docs {
                let _ = write!(o, "<td>{}</td>", or_unknown(w, d.and_then(f).as_deref()));
            }
            o.push_str("</tr>");
        }
    }
    let _ = write!(o, "<tr><th>{} / {}</th>", esc(w.sections), esc(w.tasks));
    for d in sides {
        let _ = write!(o, "<td>{} / {}</td>", d.sections, d.tasks);
    }
    o.push_str("</tr></table>\n");
}

/// The section paths of one side, each with its heading. A section without a number is
/// named in its path by its heading's first words: the heading is then shown once, after
/// the path of the section that holds it.
fn side_paths(ps: &[Vec<String>], h: &Headings) -> String {
    ps.iter()
        .map(|p| {
            let heading = h.get(p);
            let path = if h.named(p) { path_string(&p[..p.len() - 1]) } else { path_string(p) };
            match (path.is_empty(), heading.is_empty()) {
                (_, true) => format!("<span class=\"path\">{}</span>", esc(&path)),
                (true, false) => esc(heading),
                (false, false) => format!("<span class=\"path\">{}</span> {}", esc(&path), esc(heading)),
            }
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn section_row(w: &Words, lang: Lang, m: &SectionMatch, ho: &Headings, hn: &Headings, o: &mut String) {
    let sim = m.similarity.map(|s| format!("{} {:.2}", w.similarity, s));
    let title = sim.as_deref().map(|s| format!(" title=\"{}\"", esc(s))).unwrap_or_default();
    let tag = match m.status {
        SectionStatus::New => w.new_section.to_string(),
        SectionStatus::Dropped => w.dropped_section.to_string(),
        SectionStatus::Matched => {
            let shape = match (m.old.len(), m.new.len(), lang) {
                (1, n, Lang::Vi) if n > 1 => "tách · ",
                (n, 1, Lang::Vi) if n > 1 => "gộp · ",
                (1, n, Lang::En) if n > 1 => "split · ",
                (n, 1, Lang::En) if n > 1 => "merge · ",
                _ => "",
            };
            format!("{shape}{}", m.similarity.map(|s| format!("{s:.2}")).unwrap_or_default())
        }
    };
    let _ = write!(
        o,
        "<tr class=\"sec\"{title}><td class=\"o\">{}</td><td class=\"tag sim\">{}</td><td class=\"n\">{}</td></tr>\n",
        side_paths(&m.old, ho),
        esc(&tag),
        side_paths(&m.new, hn)
    );
}

fn task_row(w: &Words, i: usize, t: &TaskMatch, o: &mut String) {
    let k = keys(t);
    let (old, new) = match t.status {
        TaskStatus::New => (String::new(), esc(t.new.as_ref().map_or("", |r| r.text.as_str()))),
        TaskStatus::Dropped => (esc(t.old.as_ref().map_or("", |r| r.text.as_str())), String::new()),
        TaskStatus::Carried | TaskStatus::Split | TaskStatus::Merged => match t.diff.as_deref() {
            Some(edits) if t.identical != Some(true) => (diff_side(edits, true), diff_side(edits, false)),
            _ => (
                esc(t.old.as_ref().map_or("", |r| r.text.as_str())),
                esc(t.new.as_ref().map_or("", |r| r.text.as_str())),
            ),
        },
    };
    let title = t.similarity.map(|s| format!(" title=\"{} {:.2}\"", esc(w.similarity), s)).unwrap_or_default();
    let mut tag = esc(status_word(w, t));
    if t.is_moved() {
        let from = t.old.as_ref().map(|r| path_string(&r.path)).unwrap_or_default();
        let _ = write!(tag, "<br><a href=\"#a{i}\">{} {}</a>", esc(w.moved_from), esc(&from));
    }
    let _ = write!(
        o,
        "<tr id=\"t{i}\" class=\"{k}\" data-k=\"{k}\"{title}><td class=\"o\">{old}</td><td class=\"tag\">{tag}</td><td class=\"n\">{new}</td></tr>\n"
    );
}

/// Where a moved task was: a row in its old section's group linking to the task's row.
fn away_row(w: &Words, i: usize, t: &TaskMatch, o: &mut String) {
    let to = t.new.as_ref().map(|r| path_string(&r.path)).unwrap_or_default();
    let _ = write!(
        o,
        "<tr id=\"a{i}\" class=\"away\" data-k=\"moved\"><td class=\"o\">{}</td><td class=\"tag\"><a href=\"#t{i}\">{} {}</a></td><td class=\"n\"></td></tr>\n",
        esc(t.old.as_ref().map_or("", |r| r.text.as_str())),
        esc(w.moved_to),
        esc(&to)
    );
}

/// Renders the comparison as a page. `docs` (old, new) add section headings and header
/// facts; `view` restricts sections (`--section`) and sets which statuses start shown
/// (`--only`).
pub fn html(c: &Comparison, docs: [Option<&Document>; 2], view: &View, lang: Lang) -> String {
    let w = words(lang);
    let (ho, hn) = (Headings::of(docs[0]), Headings::of(docs[1]));
    let mut o = String::new();
    let _ = write!(
        o,
        "<h1>{}: <span class=\"path\">{}</span> → <span class=\"path\">{}</span></h1>\n",
        w.compare_title,
        esc(&c.old.file),
        esc(&c.new.file)
    );
    meta_table(w, lang, c, docs, &mut o);
    let _ = write!(
        o,
        "<h2>{}</h2>\n<p id=\"summary\"><strong>{}</strong></p>\n",
        w.summary,
        esc(&crate::render::compare::summary_line(c, lang))
    );
    for n in &c.notes {
        let _ = write!(o, "<p class=\"small muted\">{}: {}</p>\n", w.note, esc(&crate::render::lang::note(n, lang)));
    }
    let s = &c.summary;
    let f = &view.filter;
    o.push_str("<div class=\"summary noprint\">");
    let _ = write!(o, "<span>{}:</span>", w.show);
    for (k, label, n, on) in [
        ("identical", w.identical, s.identical, f.identical),
        ("reworded", w.reworded, s.reworded, f.reworded),
        ("moved", w.moved, s.moved, f.moved),
        ("new", w.new, s.new, f.new),
        ("dropped", w.dropped, s.dropped, f.dropped),
        ("split", w.split, s.split, f.split),
        ("merged", w.merged, s.merged, f.merged),
    ] {
        // A piece of a split or a merge has a button only when there is one: every row
        // needs a button that shows it, and most comparisons have none.
        if n == 0 && matches!(k, "split" | "merged") {
            continue;
        }
        let _ = write!(
            o,
            "<button type=\"button\" class=\"pill {k}\" data-k=\"{k}\" aria-pressed=\"{on}\">{} {n}</button>",
            esc(label)
        );
    }
    let _ = write!(o, "<button type=\"button\" class=\"pill\" id=\"show-all\">{}</button></div>\n", w.all);

    // Moved tasks by the section group they left.
    let mut group_of_old: HashMap<&[String], usize> = HashMap::new();
    for (g, m) in c.sections.iter().enumerate() {
        for p in &m.old {
            group_of_old.insert(p.as_slice(), g);
        }
    }
    let mut away: Vec<Vec<usize>> = vec![Vec::new(); c.sections.len()];
    for (i, t) in c.tasks.iter().enumerate() {
        if t.is_moved()
            && let Some(r) = &t.old
            && let Some(&g) = group_of_old.get(r.path.as_slice())
        {
            away[g].push(i);
        }
    }

    let _ = write!(
        o,
        "<table class=\"grid\" id=\"sbs\"><colgroup><col><col style=\"width:7.5rem\"><col></colgroup>\
         <thead><tr><th>{} <span class=\"path\">{}</span></th><th></th><th>{} <span class=\"path\">{}</span></th></tr></thead>\n",
        esc(w.old_doc),
        esc(&c.old.file),
        esc(w.new_doc),
        esc(&c.new.file)
    );
    for (g, m) in c.sections.iter().enumerate() {
        if let Some(want) = &view.section {
            let hit = m.old.iter().chain(&m.new).any(|p| {
                let s = path_string(p);
                s == *want || s.starts_with(&format!("{want}."))
            });
            if !hit {
                continue;
            }
        }
        let _ = writeln!(o, "<tbody class=\"group\" id=\"s{g}\">");
        section_row(w, lang, m, &ho, &hn, &mut o);
        for (i, t) in c.tasks.iter().enumerate() {
            let here = match t.status {
                TaskStatus::Dropped => t.old.as_ref().is_some_and(|r| m.old.contains(&r.path)),
                _ => t.new.as_ref().is_some_and(|r| m.new.contains(&r.path)),
            };
            if here {
                task_row(w, i, t, &mut o);
            }
        }
        for &i in &away[g] {
            away_row(w, i, &c.tasks[i], &mut o);
        }
        o.push_str("</tbody>\n");
    }
    o.push_str("</table>\n");
    page(w, &format!("{}: {} → {}", w.compare_title, c.old.file, c.new.file), &o)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: a section named in its path by its heading showed the heading twice
    /// ("LĨNH VỰC KINH TẾ LĨNH VỰC KINH TẾ").
    #[test]
    fn a_section_named_by_its_heading_shows_it_once() {
        let owned = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let (named, item, roman) = (owned(&["LĨNH VỰC KINH TẾ"]), owned(&["LĨNH VỰC KINH TẾ", "1"]), owned(&["I"]));
        let mut m = HashMap::new();
        m.insert(named.as_slice(), ("LĨNH VỰC KINH TẾ", true));
        m.insert(item.as_slice(), ("", false));
        m.insert(roman.as_slice(), ("IN ẤN TÀI LIỆU", false));
        let h = Headings(m);
        assert_eq!(side_paths(std::slice::from_ref(&named), &h), "LĨNH VỰC KINH TẾ");
        assert_eq!(side_paths(std::slice::from_ref(&item), &h), "<span class=\"path\">LĨNH VỰC KINH TẾ.1</span>");
        assert_eq!(side_paths(std::slice::from_ref(&roman), &h), "<span class=\"path\">I</span> IN ẤN TÀI LIỆU");
    }
}
