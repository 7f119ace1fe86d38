//! Printers for a [`Comparison`]: coloured text for the terminal, JSON
//! (`sosanh.compare.v2`), Markdown and CSV. They lay out what the alignment decided.

use super::lang::{Lang, count, kind, words};
use super::{Display, diff_pieces, wrap_pieces};
use crate::compare::diff::Op;
use crate::compare::{Comparison, DocSummary, SectionMatch, SectionStatus, Side, TaskMatch, TaskStatus};
use crate::error::Said;
use crate::model::path_string;
use colored::{ColoredString, Colorize};
use std::io::{self, Write};

/// Which kinds of task to show (`--only`).
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub identical: bool,
    pub reworded: bool,
    pub moved: bool,
    pub new: bool,
    pub dropped: bool,
    pub split: bool,
    pub merged: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Filter { identical: true, reworded: true, moved: true, new: true, dropped: true, split: true, merged: true }
    }
}

impl Filter {
    /// Parses "new,dropped,reworded,moved,identical,split,merged".
    pub fn parse(s: &str) -> Result<Filter, Said> {
        let mut f = Filter {
            identical: false,
            reworded: false,
            moved: false,
            new: false,
            dropped: false,
            split: false,
            merged: false,
        };
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "identical" => f.identical = true,
                "reworded" => f.reworded = true,
                "moved" => f.moved = true,
                "new" => f.new = true,
                "dropped" => f.dropped = true,
                "split" => f.split = true,
                "merged" => f.merged = true,
                other => {
                    // The Vietnamese names are the interface's own words for the statuses.
                    let w = words(Lang::Vi);
                    return Err(Said::new(
                        format!(
                            "unknown kind '{other}' in --only; use any of new, dropped, reworded, moved, identical, split, merged"
                        ),
                        format!(
                            "--only không có loại '{other}'; dùng các loại new ({}), dropped ({}), reworded ({}), \
                             moved ({}), identical ({}), split (tách), merged (gộp)",
                            w.new, w.dropped, w.reworded, w.moved, w.identical
                        ),
                    ));
                }
            }
        }
        Ok(f)
    }

    pub fn shows(&self, t: &TaskMatch) -> bool {
        match t.status {
            TaskStatus::New => self.new,
            TaskStatus::Dropped => self.dropped,
            TaskStatus::Split => self.split || (t.is_moved() && self.moved),
            TaskStatus::Merged => self.merged || (t.is_moved() && self.moved),
            TaskStatus::Carried => {
                (t.is_moved() && self.moved)
                    || (t.is_reworded() && self.reworded)
                    || (t.identical == Some(true) && self.identical)
            }
        }
    }
}

/// What to show of a comparison.
#[derive(Debug, Clone, Default)]
pub struct View {
    pub filter: Filter,
    /// Only this section (and its subsections), by path as "I.8", on either side.
    pub section: Option<String>,
    /// Print, for every pair, the evidence and the words that matched (`--explain`).
    pub explain: bool,
}

fn path_matches(path: &[String], want: &str) -> bool {
    let p = path_string(path);
    p == want || p.starts_with(&format!("{want}."))
}

impl View {
    fn section_shown(&self, m: &SectionMatch) -> bool {
        match &self.section {
            None => true,
            Some(w) => m.old.iter().chain(&m.new).any(|p| path_matches(p, w)),
        }
    }
}

/// The paths of one side of an entry. A path under another of the list is written from the
/// last named label they share ("PL1.Chương I.Điều 6.2 + Điều 6.2.a + Điều 6.2.b"), not in
/// full again: a point cut from a clause reads as part of it.
fn paths(ps: &[Vec<String>]) -> String {
    let named = |l: &String| l.contains(' ') || l.starts_with("PL");
    ps.iter()
        .enumerate()
        .map(|(i, p)| {
            let under = ps[..i].iter().filter(|q| q.len() < p.len() && p.starts_with(q)).max_by_key(|q| q.len());
            let from = under.and_then(|q| q.iter().rposition(named)).unwrap_or(0);
            path_string(&p[from..])
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn doc_line(tag: &str, d: &DocSummary, lang: Lang) -> String {
    let w = words(lang);
    let unknown =
        |what: &str| if lang == Lang::Vi { format!("{what} {}", w.unknown) } else { format!("{what} unknown") };
    let mut facts = vec![
        d.kind.as_deref().map_or_else(|| unknown(w.kind), |k| kind(lang, k)),
        d.unit.clone().unwrap_or_else(|| unknown(w.unit)),
        d.period.clone().map_or_else(|| unknown(w.period), |p| format!("{} {p}", w.period)),
    ];
    if let Some(i) = &d.issued {
        facts.push(format!("{} {i}", w.issued));
    }
    facts.push(format!(
        "{}, {}",
        count(lang, d.sections, w.section, w.sections),
        count(lang, d.tasks, w.task, w.tasks)
    ));
    format!("{tag} {}  {}", d.file, facts.join(" · "))
}

/// The one-line summary: "carried 50 = identical 20 + reworded 30, of which moved 4; new 31;
/// dropped 30; 62% of the old tasks carried", in the language asked for (split and merged
/// pieces named when there are any).
pub fn summary_line(c: &Comparison, lang: Lang) -> String {
    let mut line = crate::render::html::compare::summary_sentence(c, lang);
    let s = &c.summary;
    if s.split + s.merged > 0 {
        match lang {
            Lang::Vi => line.push_str(&format!("; tách {}; gộp {}", s.split, s.merged)),
            Lang::En => line.push_str(&format!("; split pieces {}; merged {}", s.split, s.merged)),
        }
    }
    if s.headings > 0 {
        match lang {
            Lang::Vi => line.push_str(&format!("; mục một dòng khớp với tiêu đề {}", s.headings)),
            Lang::En => line.push_str(&format!("; one-line items matched to a heading {}", s.headings)),
        }
    }
    line
}

/// "(gần nhất: bản cũ I.6 #2, 0.38)" / "(closest: old I.6 #2, 0.38)": where a task's closest
/// candidate is, in the language asked for.
fn nearest_note(t: &TaskMatch, lang: Lang) -> Option<String> {
    let n = t.nearest.as_ref()?;
    let old = t.status == TaskStatus::New;
    let (closest, side) = match lang {
        Lang::Vi => ("gần nhất", if old { "bản cũ" } else { "bản mới" }),
        Lang::En => ("closest", if old { "old" } else { "new" }),
    };
    Some(format!("({closest}: {side} {} #{}, {:.2})", path_string(&n.path), n.index, n.similarity))
}

/// "title 1.00 · tasks 0.00 · content 0.12 · position +0.15" for `--explain`, in the
/// language asked for.
fn evidence_line(m: &SectionMatch, lang: Lang) -> Option<String> {
    let e = m.evidence.as_ref()?;
    let vi = lang == Lang::Vi;
    let word = |en: &'static str, v: &'static str| if vi { v } else { en };
    let mut parts = Vec::new();
    if let Some(h) = e.title {
        parts.push(format!("{} {h:.2}", word("title", "tiêu đề")));
    }
    parts.push(format!("{} {:.2}", word("tasks", "nhiệm vụ"), e.tasks));
    parts.push(format!("{} {:.2}", word("content", "nội dung"), e.content));
    if e.position > 0.0 {
        parts.push(format!("{} +{:.2}", word("position", "vị trí"), e.position));
    }
    Some(format!("{}: {}", word("evidence", "căn cứ ghép"), parts.join(" · ")))
}

/// "matched: ngân sách 3.21, thu 1.10, …" for `--explain`, in the language asked for.
fn explain_line(t: &TaskMatch, lang: Lang) -> Option<String> {
    let words = t.explain.as_ref()?;
    let (label, none) = match lang {
        Lang::Vi => ("từ khớp", "(không có từ chung)"),
        Lang::En => ("matched", "(no shared words)"),
    };
    if words.is_empty() {
        return Some(format!("{label}: {none}"));
    }
    let list: Vec<String> = words
        .iter()
        .map(|w| match &w.as_new {
            Some(other) => format!("{} ~ {} {:.2}", w.word, other, w.weight),
            None => format!("{} {:.2}", w.word, w.weight),
        })
        .collect();
    Some(format!("{label}: {}", list.join(", ")))
}

/// What a section entry is, in words: an aligned section shows where it came from; a new
/// section that nonetheless holds carried tasks, or a dropped one whose tasks live on,
/// says where they went, so the report never calls a section new while showing its
/// tasks as carried. It says "carried" ("giữ lại"), not "moved": a task carried into a
/// child of its section's partner is in place, and the task's own line says when it moved.
fn section_title(at: &Places, m: &SectionMatch, lang: Lang) -> (String, String) {
    let w = words(lang);
    let vi = lang == Lang::Vi;
    match m.status {
        SectionStatus::Matched => {
            let sim = m.similarity.map(|s| format!(" ({:.2})", s)).unwrap_or_default();
            (paths(&m.new), format!("← {}{}", paths(&m.old), sim))
        }
        SectionStatus::New => {
            let from = elsewhere(at, m, true);
            let what = if from.is_empty() {
                w.new_section.to_string()
            } else if vi {
                format!("không có mục tương ứng; nhiệm vụ {} từ mục cũ {}", w.carried, from.join(", "))
            } else {
                format!("no aligned section; tasks carried from old {}", from.join(", "))
            };
            (paths(&m.new), what)
        }
        SectionStatus::Dropped => {
            let to = elsewhere(at, m, false);
            let what = if to.is_empty() {
                w.dropped_section.to_string()
            } else if vi {
                format!("{}; nhiệm vụ {} ở {}", w.dropped_section, w.carried, to.join(", "))
            } else {
                format!("dropped; tasks carried to {}", to.join(", "))
            };
            (format!("{} {}", if vi { "mục cũ" } else { "old" }, paths(&m.old)), what)
        }
    }
}

/// Paths on the other side that an unaligned section's carried tasks came from or went to.
fn elsewhere(at: &Places, m: &SectionMatch, new_side: bool) -> Vec<String> {
    let (here, by_path) = if new_side { (&m.new, &at.carried_new) } else { (&m.old, &at.carried_old) };
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, other) in at.gather(by_path, here) {
        let p = path_string(other);
        if seen.insert(p.clone()) {
            out.push(p);
        }
    }
    out
}

/// Where each task of a comparison is listed, by section path: built once per report,
/// so a section entry finds its tasks without a pass over all tasks (a 1 MB pair has
/// thousands of both).
struct Places<'a> {
    c: &'a Comparison,
    /// Carried, split and new tasks by their new section's path ([`tasks_of`]).
    listed_new: PathIndex<'a>,
    /// Dropped and merged tasks by their old section's path.
    listed_old: PathIndex<'a>,
    /// Tasks with both sides (not new, not dropped), by new path and by old path, with
    /// the other side's path ([`elsewhere`]).
    carried_new: PathIndex<'a>,
    carried_old: PathIndex<'a>,
}

/// Task positions (in `Comparison::tasks`, ascending) and the other side's path, by path.
type PathIndex<'a> = std::collections::HashMap<&'a [String], Vec<(usize, &'a [String])>>;

impl<'a> Places<'a> {
    fn of(c: &'a Comparison) -> Places<'a> {
        let mut at = Places {
            c,
            listed_new: PathIndex::new(),
            listed_old: PathIndex::new(),
            carried_new: PathIndex::new(),
            carried_old: PathIndex::new(),
        };
        let none: &[String] = &[];
        for (i, t) in c.tasks.iter().enumerate() {
            if on_old_side(t) {
                if let Some(o) = &t.old {
                    at.listed_old.entry(&o.path[..]).or_default().push((i, none));
                }
            } else if let Some(n) = &t.new {
                at.listed_new.entry(&n.path[..]).or_default().push((i, none));
            }
            if t.status != TaskStatus::New
                && t.status != TaskStatus::Dropped
                && let (Some(o), Some(n)) = (&t.old, &t.new)
            {
                at.carried_new.entry(&n.path[..]).or_default().push((i, &o.path[..]));
                at.carried_old.entry(&o.path[..]).or_default().push((i, &n.path[..]));
            }
        }
        at
    }

    /// The entries under any of `paths`, in task order, each once.
    fn gather(&self, by_path: &PathIndex<'a>, paths: &[Vec<String>]) -> Vec<(usize, &'a [String])> {
        let mut out: Vec<(usize, &'a [String])> = Vec::new();
        let mut done: std::collections::HashSet<&[String]> = std::collections::HashSet::new();
        for p in paths {
            if done.insert(&p[..]) {
                out.extend(by_path.get(&p[..]).into_iter().flatten().copied());
            }
        }
        if done.len() > 1 {
            out.sort_unstable_by_key(|x| x.0);
        }
        out
    }
}

/// Writes the text form.
pub fn text(c: &Comparison, view: &View, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    d.apply();
    let w = words(d.lang);
    writeln!(out, "{}", doc_line(w.old_doc, &c.old, d.lang).dimmed())?;
    writeln!(out, "{}", doc_line(w.new_doc, &c.new, d.lang).bold())?;
    writeln!(out, "{}", summary_line(c, d.lang).bold())?;
    for n in &c.notes {
        writeln!(out, "{} {}", format!("{}:", w.note).yellow(), crate::render::lang::note(n, d.lang))?;
    }
    let mut shown_any = false;
    let at = Places::of(c);
    for m in &c.sections {
        if !view.section_shown(m) {
            continue;
        }
        let tasks = tasks_of(&at, m);
        let visible: Vec<&TaskMatch> = tasks.into_iter().filter(|t| view.filter.shows(t)).collect();
        let filtering = view.section.is_none() && !all(&view.filter);
        if visible.is_empty() && filtering {
            continue;
        }
        shown_any = true;
        writeln!(out)?;
        let (name, what) = section_title(&at, m, d.lang);
        let header = match m.status {
            SectionStatus::Matched => format!("{}  {}", name.bold().cyan(), what.dimmed()),
            SectionStatus::New => format!("{}  {}", name.bold().green(), what.green()),
            SectionStatus::Dropped => format!("{}  {}", name.bold().red(), what.red()),
        };
        writeln!(out, "{header}")?;
        if view.explain
            && let Some(e) = evidence_line(m, d.lang)
        {
            writeln!(out, "  {}", e.dimmed())?;
        }
        for t in visible {
            task(t, view, d, out)?;
        }
    }
    if !shown_any {
        writeln!(out)?;
        writeln!(out, "{}", w.nothing_to_show.dimmed())?;
    }
    Ok(())
}

fn all(f: &Filter) -> bool {
    f.identical && f.reworded && f.moved && f.new && f.dropped && f.split && f.merged
}

/// Tasks listed under a section entry: carried, split and new tasks of its new sections in
/// the new document's order, then dropped and merged tasks of its old sections.
fn tasks_of<'a>(at: &Places<'a>, m: &SectionMatch) -> Vec<&'a TaskMatch> {
    let mut out: Vec<&TaskMatch> = at.gather(&at.listed_new, &m.new).into_iter().map(|x| &at.c.tasks[x.0]).collect();
    out.extend(at.gather(&at.listed_old, &m.old).into_iter().map(|x| &at.c.tasks[x.0]));
    out
}

fn on_old_side(t: &TaskMatch) -> bool {
    matches!(t.status, TaskStatus::Dropped | TaskStatus::Merged)
}

fn task(t: &TaskMatch, view: &View, d: &Display, out: &mut dyn Write) -> io::Result<()> {
    let indent = 4;
    let (mark, pieces): (ColoredString, Vec<ColoredString>) = match t.status {
        TaskStatus::New => ("+".green().bold(), vec![t.new.as_ref().map_or("", |n| n.text.as_str()).green()]),
        TaskStatus::Dropped => ("-".red().bold(), vec![t.old.as_ref().map_or("", |o| o.text.as_str()).red()]),
        TaskStatus::Split => ("<".yellow().bold(), vec![t.new.as_ref().map_or("", |n| n.text.as_str()).normal()]),
        TaskStatus::Merged => (">".yellow().bold(), vec![t.old.as_ref().map_or("", |o| o.text.as_str()).normal()]),
        TaskStatus::Carried if t.identical == Some(true) => {
            ("=".dimmed(), vec![t.new.as_ref().map_or("", |n| n.text.as_str()).normal()])
        }
        TaskStatus::Carried => ("~".yellow().bold(), diff_pieces(t.diff.as_deref().unwrap_or(&[]), d.color)),
    };
    let mut lines = wrap_pieces(&pieces, d.width.saturating_sub(indent));
    let at =
        |r: &Option<crate::compare::TaskRef>| r.as_ref().map(|r| format!("{} #{}", path_string(&r.path), r.number));
    match t.status {
        TaskStatus::Split => lines.push(
            format!(
                "({} {})",
                if d.lang == Lang::Vi { "tách từ mục cũ" } else { "split from old" },
                at(&t.old).unwrap_or_default()
            )
            .yellow()
            .to_string(),
        ),
        TaskStatus::Merged => lines.push(
            format!(
                "({} {})",
                if d.lang == Lang::Vi { "gộp vào" } else { "merged into" },
                at(&t.new).unwrap_or_default()
            )
            .yellow()
            .to_string(),
        ),
        TaskStatus::Carried if t.is_moved() => {
            let from = t.old.as_ref().map(|o| path_string(&o.path)).unwrap_or_default();
            lines.push(format!("({} {from})", words(d.lang).moved_from).magenta().to_string());
        }
        // A one-line item carried as the other document's heading of the item.
        TaskStatus::Carried if t.heading.is_some() => lines.push(
            match (t.heading, d.lang) {
                (Some(Side::New), Lang::Vi) => "(nay là tiêu đề của mục)",
                (Some(Side::New), _) => "(now the item's heading)",
                (_, Lang::Vi) => "(trước là tiêu đề của mục)",
                _ => "(was the item's heading)",
            }
            .dimmed()
            .to_string(),
        ),
        _ => {}
    }
    if let Some(n) = nearest_note(t, d.lang) {
        lines.push(n.dimmed().to_string());
    }
    if view.explain
        && let Some(e) = explain_line(t, d.lang)
    {
        lines.push(e.dimmed().to_string());
    }
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            writeln!(out, "  {mark} {l}")?;
        } else {
            writeln!(out, "{}{l}", " ".repeat(indent))?;
        }
    }
    Ok(())
}

/// Writes the JSON form, schema `sosanh.compare.v2` (docs/json-format.md).
pub fn json(c: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let v = serde_json::json!({
        "schema": "sosanh.compare.v2",
        "old": c.old,
        "new": c.new,
        "summary": c.summary,
        "sections": c.sections,
        "tasks": c.tasks,
        "notes": c.notes,
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

fn md_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '*' | '_' | '`' | '[' | ']' | '|' | '~' | '<' | '>' | '#') {
            o.push('\\');
        }
        o.push(ch);
    }
    o
}

/// Writes the Markdown form: a summary and, per section, a list of tasks with deletions
/// struck through and insertions in bold.
pub fn markdown(c: &Comparison, view: &View, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let w = words(lang);
    writeln!(out, "# {}: {} → {}\n", w.compare_title, md_escape(&c.old.file), md_escape(&c.new.file))?;
    writeln!(out, "- {}: {}", w.old_doc, md_escape(&doc_line("", &c.old, lang)))?;
    writeln!(out, "- {}: {}", w.new_doc, md_escape(&doc_line("", &c.new, lang)))?;
    writeln!(out, "\n**{}**", summary_line(c, lang))?;
    let at = Places::of(c);
    for m in &c.sections {
        if !view.section_shown(m) {
            continue;
        }
        let visible: Vec<&TaskMatch> = tasks_of(&at, m).into_iter().filter(|t| view.filter.shows(t)).collect();
        if visible.is_empty() && !all(&view.filter) {
            continue;
        }
        let (name, what) = section_title(&at, m, lang);
        let title = match m.status {
            SectionStatus::Matched => format!("{name} {what}"),
            _ => format!("{name} ({what})"),
        };
        writeln!(out, "\n## {}\n", md_escape(&title))?;
        for t in visible {
            let body = match t.status {
                TaskStatus::New => format!("**{}:** {}", w.new, md_escape(&t.new.as_ref().unwrap().text)),
                TaskStatus::Dropped => {
                    format!("**{}:** ~~{}~~", w.dropped, md_escape(t.old.as_ref().unwrap().text.trim()))
                }
                TaskStatus::Split => format!(
                    "split: {} *(from old {} #{})*",
                    md_escape(&t.new.as_ref().unwrap().text),
                    path_string(&t.old.as_ref().unwrap().path),
                    t.old.as_ref().unwrap().number
                ),
                TaskStatus::Merged => format!(
                    "merged: {} *(into {} #{})*",
                    md_escape(&t.old.as_ref().unwrap().text),
                    path_string(&t.new.as_ref().unwrap().path),
                    t.new.as_ref().unwrap().number
                ),
                TaskStatus::Carried if t.identical == Some(true) => {
                    format!("{}: {}", w.identical, md_escape(&t.new.as_ref().unwrap().text))
                }
                TaskStatus::Carried => {
                    let mut s = format!("{}: ", w.reworded);
                    for e in t.diff.as_deref().unwrap_or(&[]) {
                        let trimmed = e.text.trim_end();
                        let tail = &e.text[trimmed.len()..];
                        match e.op {
                            Op::Equal => s.push_str(&md_escape(&e.text)),
                            Op::Delete => s.push_str(&format!("~~{}~~{}", md_escape(trimmed), tail)),
                            Op::Insert => s.push_str(&format!("**{}**{}", md_escape(trimmed), tail)),
                        }
                    }
                    s
                }
            };
            let moved = if t.is_moved() && t.status == TaskStatus::Carried {
                format!(" *({} {})*", w.moved_from, path_string(&t.old.as_ref().unwrap().path))
            } else {
                String::new()
            };
            let near = nearest_note(t, lang).map(|n| format!(" *{}*", md_escape(&n))).unwrap_or_default();
            writeln!(out, "- {body}{moved}{near}")?;
        }
    }
    Ok(())
}

/// Quotes a CSV field (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// The columns of the CSV form (and of the spreadsheet, which has the same rows).
pub const CSV_HEADER: [&str; 13] = [
    "status",
    "identical",
    "moved",
    "similarity",
    "old_section",
    "old_text",
    "new_section",
    "new_text",
    "deleted",
    "inserted",
    "nearest_section",
    "nearest_number",
    "nearest_similarity",
];

/// The rows of the CSV form, one per task shown: shared by CSV and XLSX.
pub fn csv_rows(c: &Comparison, view: &View) -> Vec<[String; 13]> {
    let mut rows = Vec::new();
    for t in &c.tasks {
        if !view.filter.shows(t) {
            continue;
        }
        if let Some(w) = &view.section {
            let hit = t.old.iter().chain(&t.new).any(|r| path_matches(&r.path, w));
            if !hit {
                continue;
            }
        }
        let status = match t.status {
            TaskStatus::Carried if t.identical == Some(true) => "identical",
            TaskStatus::Carried => "reworded",
            TaskStatus::New => "new",
            TaskStatus::Dropped => "dropped",
            TaskStatus::Split => "split",
            TaskStatus::Merged => "merged",
        };
        let b = |x: Option<bool>| x.map_or(String::new(), |v| v.to_string());
        let join = |op: Op| {
            t.diff
                .as_deref()
                .unwrap_or(&[])
                .iter()
                .filter(|e| e.op == op)
                .map(|e| e.text.trim())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        rows.push([
            status.to_string(),
            b(t.identical),
            b(t.moved),
            t.similarity.map_or(String::new(), |s| format!("{s:.3}")),
            t.old.as_ref().map_or(String::new(), |r| path_string(&r.path)),
            t.old.as_ref().map_or(String::new(), |r| r.text.clone()),
            t.new.as_ref().map_or(String::new(), |r| path_string(&r.path)),
            t.new.as_ref().map_or(String::new(), |r| r.text.clone()),
            join(Op::Delete),
            join(Op::Insert),
            t.nearest.as_ref().map_or(String::new(), |n| path_string(&n.path)),
            t.nearest.as_ref().map_or(String::new(), |n| n.index.to_string()),
            t.nearest.as_ref().map_or(String::new(), |n| format!("{:.3}", n.similarity)),
        ]);
    }
    rows
}

/// Writes the CSV form: one row per task, for spreadsheets.
pub fn csv(c: &Comparison, view: &View, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", CSV_HEADER.join(","))?;
    for row in csv_rows(c, view) {
        writeln!(out, "{}", row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::paths;

    #[test]
    fn a_path_under_another_of_the_list_is_written_from_their_last_named_label() {
        let p = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
        let ps = [p("PL1/Chương I/Điều 6/2"), p("PL1/Chương I/Điều 6/2/a"), p("PL1/Chương I/Điều 6/2/b")];
        assert_eq!(paths(&ps), "PL1.Chương I.Điều 6.2 + Điều 6.2.a + Điều 6.2.b");
        // Nothing named above: the whole path; not under another: the whole path.
        assert_eq!(paths(&[p("I/2"), p("I/2/1"), p("II/3")]), "I.2 + I.2.1 + II.3");
        assert_eq!(paths(&[p("Điều 3"), p("Điều 3/1")]), "Điều 3 + Điều 3.1");
    }
}
