//! `sosanh series`: a year of programmes of each unit, and how long each task has been
//! carried.
//!
//! Documents are grouped by unit (a document naming only its level, "phường", joins the
//! one named unit of that level in the run, if there is exactly one), ordered by period
//! (then issue date, then name; or as given), and each document's tasks are linked to
//! the previous document's with the matching of [`crate::compare`]. A task missing from
//! the previous document is looked for among the tasks that ended in one of the
//! `gap` documents before it (a task dropped and brought back). Each chain of linked
//! tasks is a **lineage**: its cells (one per document: `=` carried word for word, `~`
//! reworded, `+` first seen, `·` absent), its rewordings with their diffs and its longest
//! run carried word for word. A lineage goes through carried tasks only: a piece that
//! `compare` reports split from or merged into a carried task starts or ends a lineage of
//! its own (one cell per document and lineage), so a month's new and dropped count it.
//!
//! Columns are documents, not calendar months: a missing month is listed
//! (`missing_periods`), and two documents of one period are two columns. Units are
//! independent, so they are linked in parallel (rayon) and collected in order: the report
//! is the same for any number of threads. The work is one comparison per document, plus
//! one per look-back between only the unlinked tasks and the tasks that ended there.

use crate::compare::diff::Edit;
use crate::compare::{self, MatchSettings, TaskStatus};
use crate::model::{Document, Level, Section, path_string};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// How the documents of a unit are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// By period (a document without one by its issue date), then issue date, then name.
    Period,
    /// As given on the command line.
    Given,
}

/// What `series` looks for.
#[derive(Debug, Clone)]
pub struct SeriesSettings {
    /// A task missing from the previous document is looked for this many documents further back.
    pub gap: usize,
    /// A lineage carried word for word in at least this many documents in a row is stale.
    pub stale: usize,
    pub order: Order,
    pub matching: MatchSettings,
}

impl Default for SeriesSettings {
    fn default() -> Self {
        SeriesSettings { gap: 2, stale: 3, order: Order::Period, matching: MatchSettings::default() }
    }
}

/// One cell of the timeline: what a lineage is in one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Carried word for word from the lineage's previous document.
    Identical,
    /// Carried with edits.
    Reworded,
    /// The lineage's first document.
    New,
    /// Not in this document.
    Absent,
}

impl Cell {
    pub fn symbol(self) -> char {
        match self {
            Cell::Identical => '=',
            Cell::Reworded => '~',
            Cell::New => '+',
            Cell::Absent => '·',
        }
    }
}

/// A document of a series (a column of the timeline).
#[derive(Debug, Clone, Serialize)]
pub struct SeriesDoc {
    pub file: String,
    pub period: Option<String>,
    pub issued: Option<String>,
    pub tasks: usize,
}

/// Where a lineage is in one document.
#[derive(Debug, Clone, Serialize)]
pub struct Occurrence {
    /// The column (0-based position of the document in the series).
    pub column: usize,
    /// The task's number in its document, 1-based, in document order.
    pub task: usize,
    /// The section path, e.g. "I.8".
    pub section: String,
}

/// A rewording: the lineage's text changed in this column.
#[derive(Debug, Clone, Serialize)]
pub struct Rewording {
    pub column: usize,
    pub text: String,
    pub diff: Vec<Edit>,
}

/// A return: the lineage came back in this column after `after` documents without it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Return {
    pub column: usize,
    pub after: usize,
}

/// One task followed through the series.
#[derive(Debug, Clone, Serialize)]
pub struct Lineage {
    /// 1-based, in order of first appearance (column, then task number).
    pub id: usize,
    /// One symbol per column: `=` `~` `+` `·`.
    pub cells: String,
    pub first: usize,
    pub last: usize,
    /// Documents it is in.
    pub months: usize,
    /// The text where it first appears.
    pub text: String,
    pub occurrences: Vec<Occurrence>,
    pub reworded: Vec<Rewording>,
    pub returned: Vec<Return>,
    /// The most documents in a row holding the same words.
    pub longest_identical_run: usize,
    #[serde(skip)]
    cell_list: Vec<Cell>,
}

impl Lineage {
    pub fn cell(&self, column: usize) -> Cell {
        self.cell_list[column]
    }
}

/// Counts for one column, against the previous column.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct MonthStats {
    pub column: usize,
    pub tasks: usize,
    /// Linked to the previous document (identical + reworded).
    pub carried: usize,
    pub identical: usize,
    pub reworded: usize,
    /// First seen here.
    pub new: usize,
    /// Back after a gap.
    pub returned: usize,
    /// In the previous document, not in this one.
    pub dropped: usize,
    /// Share of this document's tasks carried word for word from the previous one.
    pub identical_share: f64,
}

/// Findings for people, as lineage ids.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Findings {
    /// Carried word for word in at least `stale` documents in a row.
    pub stale: Vec<usize>,
    /// Dropped and brought back.
    pub returned: Vec<usize>,
    /// In one document only (not reported for a series of one document).
    pub once: Vec<usize>,
}

/// The documents of one unit and their lineages.
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    /// "phường Tam Thanh"; `None` when the documents do not say.
    pub unit: Option<String>,
    pub documents: Vec<SeriesDoc>,
    /// Months between the first and last period with no document.
    pub missing_periods: Vec<String>,
    pub lineages: Vec<Lineage>,
    pub months: Vec<MonthStats>,
    pub findings: Findings,
    pub notes: Vec<String>,
}

impl Series {
    /// Anything other than word-for-word carrying after the first document.
    pub fn changed(&self) -> bool {
        self.months.iter().skip(1).any(|m| m.reworded > 0 || m.new > 0 || m.dropped > 0 || m.returned > 0)
    }
}

/// A document that could not be placed in a series.
#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    pub file: String,
    pub reason: String,
}

/// The result of `series`.
#[derive(Debug, Clone, Serialize)]
pub struct SeriesReport {
    pub schema: &'static str,
    pub gap: usize,
    pub stale: usize,
    pub order: Order,
    pub series: Vec<Series>,
    pub refused: Vec<Refusal>,
}

impl SeriesReport {
    /// True when some series changed (reworded, new, dropped or returned tasks).
    pub fn anything_changed(&self) -> bool {
        self.series.iter().any(Series::changed)
    }
}

/// Groups, orders and links the documents.
pub fn series(docs: &[Document], settings: &SeriesSettings) -> SeriesReport {
    let (groups, refused) = group(docs, settings.order);
    let series =
        groups.par_iter().map(|(unit, members, notes)| link(docs, unit.clone(), members, notes, settings)).collect();
    SeriesReport {
        schema: "sosanh.series.v1",
        gap: settings.gap,
        stale: settings.stale,
        order: settings.order,
        series,
        refused,
    }
}

type Group = (Option<String>, Vec<usize>, Vec<String>);

/// Splits the documents by unit and orders each group.
fn group(docs: &[Document], order: Order) -> (Vec<Group>, Vec<Refusal>) {
    // Named units per level, to attach documents that give only the level.
    let mut named: BTreeMap<&'static str, std::collections::BTreeSet<String>> = BTreeMap::new();
    for d in docs {
        if let Some(u) = &d.meta.unit
            && u.name.is_some()
        {
            named.entry(u.level.word()).or_default().insert(u.to_string());
        }
    }
    let mut groups: BTreeMap<(u8, String), Group> = BTreeMap::new();
    let mut refused = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        if order == Order::Period && d.meta.period.is_none() && d.meta.issued.and_then(|x| x.year).is_none() {
            refused.push(Refusal {
                file: d.source.clone(),
                reason: "no period and no issue date: cannot place it in time (use --order given)".into(),
            });
            continue;
        }
        let (key, label, note) = match &d.meta.unit {
            Some(u) if u.name.is_some() => ((0, u.to_string().to_lowercase()), Some(u.to_string()), None),
            Some(u) => match named.get(u.level.word()).filter(|s| s.len() == 1) {
                Some(s) => {
                    let name = s.iter().next().unwrap().clone();
                    let note = format!(
                        "{}: the document names only “{}”; placed with {name}, the only {} in the run",
                        d.source,
                        level_word(u.level),
                        level_word(u.level)
                    );
                    ((0, name.to_lowercase()), Some(name), Some(note))
                }
                None => ((1, u.level.word().to_string()), Some(u.level.word().to_string()), None),
            },
            None => ((2, d.source.clone()), None, Some(format!("{}: no unit found; a series of its own", d.source))),
        };
        let g = groups.entry(key).or_insert_with(|| (label, Vec::new(), Vec::new()));
        g.1.push(i);
        g.2.extend(note);
    }
    let mut out: Vec<Group> = groups.into_values().collect();
    if order == Order::Period {
        for (_, members, notes) in &mut out {
            for &i in members.iter() {
                let d = &docs[i];
                if d.meta.period.is_none() {
                    notes.push(format!("{}: no period; placed by its issue date", d.source));
                }
            }
            members.sort_by_cached_key(|&i| {
                let m = &docs[i].meta;
                let issued = m.issued.map(|x| (x.year.unwrap_or(0), x.month.unwrap_or(0), x.day.unwrap_or(0)));
                let when = match (m.period, issued) {
                    (Some(p), _) => (p.year, p.month.unwrap_or(0)),
                    (None, Some((y, mo, _))) => (y, mo),
                    (None, None) => (0, 0),
                };
                (when, issued, docs[i].source.clone(), i)
            });
        }
    }
    (out, refused)
}

fn level_word(l: Level) -> &'static str {
    l.word()
}

/// A document's tasks in document order (as `compare` numbers them), with their section
/// paths and their depth-first positions (the order `Document::all_tasks` gives).
struct Tasks<'a> {
    text: Vec<&'a str>,
    section: Vec<String>,
    depth_first: Vec<usize>,
}

fn tasks_of(d: &Document) -> Tasks<'_> {
    let all = d.all_tasks();
    let mut idx: Vec<usize> = (0..all.len()).collect();
    idx.sort_by_key(|&i| (all[i].1.lines.start, all[i].1.lines.end));
    Tasks {
        text: idx.iter().map(|&i| all[i].1.text.as_str()).collect(),
        section: idx.iter().map(|&i| path_string(&all[i].0.path)).collect(),
        depth_first: idx,
    }
}

/// A document holding only the tasks whose depth-first position is marked, for a
/// look-back comparison: the sections that hold one of them (labels, paths, headings)
/// and the metadata that `compare` reads. Nothing else is copied (no lines, footnotes,
/// other tasks or empty sections), so a look-back costs what its few tasks cost.
fn only_tasks(d: &Document, keep: &[bool]) -> Document {
    fn walk(s: &Section, keep: &[bool], at: &mut usize) -> Option<Section> {
        let tasks: Vec<_> = s.tasks.iter().zip(&keep[*at..]).filter(|(_, k)| **k).map(|(t, _)| t.clone()).collect();
        *at += s.tasks.len();
        let children: Vec<Section> = s.children.iter().filter_map(|c| walk(c, keep, at)).collect();
        (!tasks.is_empty() || !children.is_empty()).then(|| Section {
            label: s.label.clone(),
            kind: s.kind,
            path: s.path.clone(),
            heading: s.heading.clone(),
            columns: vec![],
            tasks,
            children,
            lines: s.lines,
        })
    }
    let mut at = 0;
    Document {
        source: d.source.clone(),
        meta: d.meta.clone(),
        sections: d.sections.iter().filter_map(|s| walk(s, keep, &mut at)).collect(),
        footnotes: Vec::new(),
        lines: Default::default(),
        notes: Vec::new(),
        parts: Vec::new(),
    }
}

/// What linking needs of one comparison: the carried pairs (old task, new task, in
/// document order), whether word for word, and the new text and diff when reworded.
struct Carried {
    old: usize,
    new: usize,
    identical: bool,
    rewording: Option<(String, Vec<Edit>)>,
}

fn carried(c: compare::Comparison) -> Vec<Carried> {
    c.tasks
        .into_iter()
        // A one-liner carried as the other month's heading links no task to a task.
        .filter(|m| m.status == TaskStatus::Carried && m.heading.is_none())
        .filter_map(|m| {
            let (o, w) = (m.old?, m.new?);
            let identical = m.identical == Some(true);
            let rewording = (!identical).then(|| (w.text, m.diff.unwrap_or_default()));
            Some(Carried { old: o.index, new: w.index, identical, rewording })
        })
        .collect()
}

/// Links one unit's documents.
fn link(
    all: &[Document],
    unit: Option<String>,
    members: &[usize],
    notes: &[String],
    settings: &SeriesSettings,
) -> Series {
    let docs: Vec<&Document> = members.iter().map(|&i| &all[i]).collect();
    let tasks: Vec<Tasks> = docs.iter().map(|d| tasks_of(d)).collect();
    let n = docs.len();
    // lineage of every task, per column.
    let mut of: Vec<Vec<Option<usize>>> = tasks.iter().map(|t| vec![None; t.text.len()]).collect();
    struct Building {
        cells: Vec<Cell>,
        occ: Vec<Occurrence>,
        reworded: Vec<Rewording>,
        returned: Vec<Return>,
        text: String,
        last: usize,
    }
    let mut lin: Vec<Building> = Vec::new();
    let mut months: Vec<MonthStats> = Vec::with_capacity(n);
    let place = |lin: &mut Vec<Building>, l: usize, col: usize, task: usize, cell: Cell| {
        let b = &mut lin[l];
        b.cells[col] = cell;
        b.occ.push(Occurrence { column: col, task: task + 1, section: tasks[col].section[task].clone() });
        b.last = col;
    };
    // Each document is prepared for comparing once (its tasks' features, its titles), not
    // once per comparison it takes part in (the one before it and the one after).
    let prepared: Vec<compare::Prepared> = docs.par_iter().map(|d| compare::Prepared::new(d)).collect();
    // The comparisons of each document with the previous one do not depend on each other:
    // they run in parallel (a unit's year uses both cores) and are used in column order.
    let adjacent: Vec<Vec<Carried>> = (1..n)
        .into_par_iter()
        .map(|col| carried(compare::compare_prepared(&prepared[col - 1], &prepared[col], &settings.matching)))
        .collect();
    drop(prepared);
    for col in 0..n {
        let mut st = MonthStats { column: col, tasks: tasks[col].text.len(), ..MonthStats::default() };
        if col > 0 {
            for m in &adjacent[col - 1] {
                let Some(l) = of[col - 1][m.old] else { continue };
                if of[col][m.new].is_some() {
                    continue;
                }
                of[col][m.new] = Some(l);
                st.carried += 1;
                if m.identical {
                    st.identical += 1;
                    place(&mut lin, l, col, m.new, Cell::Identical);
                } else {
                    st.reworded += 1;
                    place(&mut lin, l, col, m.new, Cell::Reworded);
                }
                if let Some((text, diff)) = &m.rewording {
                    lin[l].reworded.push(Rewording { column: col, text: text.clone(), diff: diff.clone() });
                }
            }
            // Look back across gaps for the tasks still unlinked.
            for back in 2..=settings.gap + 1 {
                if back > col {
                    break;
                }
                let from = col - back;
                let open: Vec<usize> = (0..tasks[col].text.len()).filter(|&t| of[col][t].is_none()).collect();
                if open.is_empty() {
                    break;
                }
                let ended: Vec<usize> =
                    (0..tasks[from].text.len()).filter(|&t| of[from][t].is_some_and(|l| lin[l].last == from)).collect();
                if ended.is_empty() {
                    continue;
                }
                let keep = |t: &Tasks, chosen: &[usize]| {
                    let mut k = vec![false; t.text.len()];
                    for &i in chosen {
                        k[t.depth_first[i]] = true;
                    }
                    k
                };
                let old = only_tasks(docs[from], &keep(&tasks[from], &ended));
                let new = only_tasks(docs[col], &keep(&tasks[col], &open));
                for m in carried(compare::compare(&old, &new, &settings.matching)) {
                    let (o_i, w_i) = (ended[m.old], open[m.new]);
                    let Some(l) = of[from][o_i] else { continue };
                    of[col][w_i] = Some(l);
                    st.returned += 1;
                    lin[l].returned.push(Return { column: col, after: back - 1 });
                    place(&mut lin, l, col, w_i, if m.identical { Cell::Identical } else { Cell::Reworded });
                    if let Some((text, diff)) = m.rewording {
                        lin[l].reworded.push(Rewording { column: col, text, diff });
                    }
                }
            }
        }
        let unlinked: Vec<usize> = (0..tasks[col].text.len()).filter(|&t| of[col][t].is_none()).collect();
        for t in unlinked {
            let l = lin.len();
            lin.push(Building {
                cells: vec![Cell::Absent; n],
                occ: Vec::new(),
                reworded: Vec::new(),
                returned: Vec::new(),
                text: tasks[col].text[t].to_string(),
                last: col,
            });
            of[col][t] = Some(l);
            place(&mut lin, l, col, t, Cell::New);
            if col > 0 {
                st.new += 1;
            }
        }
        if col > 0 {
            st.dropped =
                lin.iter().filter(|b| b.cells[col - 1] != Cell::Absent && b.cells[col] == Cell::Absent).count();
            st.identical_share = if st.tasks == 0 { 0.0 } else { st.identical as f64 / st.tasks as f64 };
        } else {
            st.new = st.tasks;
        }
        months.push(st);
    }
    let mut findings = Findings::default();
    let lineages: Vec<Lineage> = lin
        .into_iter()
        .enumerate()
        .map(|(i, mut b)| {
            b.occ.sort_by_key(|o| o.column);
            let mut longest = 0;
            let mut run = 0;
            for c in 0..n {
                run = match b.cells[c] {
                    Cell::Absent => 0,
                    Cell::Identical if c > 0 && b.cells[c - 1] != Cell::Absent => run + 1,
                    _ => 1,
                };
                longest = longest.max(run);
            }
            let id = i + 1;
            if longest >= settings.stale.max(2) {
                findings.stale.push(id);
            }
            if !b.returned.is_empty() {
                findings.returned.push(id);
            }
            if n > 1 && b.occ.len() == 1 {
                findings.once.push(id);
            }
            Lineage {
                id,
                cells: b.cells.iter().map(|c| c.symbol()).collect(),
                first: b.occ[0].column,
                last: b.last,
                months: b.occ.len(),
                text: b.text,
                occurrences: b.occ,
                reworded: b.reworded,
                returned: b.returned,
                longest_identical_run: longest,
                cell_list: b.cells,
            }
        })
        .collect();
    let documents: Vec<SeriesDoc> = docs
        .iter()
        .zip(&tasks)
        .map(|(d, t)| SeriesDoc {
            file: d.source.clone(),
            period: d.meta.period.map(|p| p.to_string()),
            issued: d.meta.issued.and_then(|x| x.iso()),
            tasks: t.text.len(),
        })
        .collect();
    Series { unit, missing_periods: missing(&docs), documents, lineages, months, findings, notes: notes.to_vec() }
}

/// Months between the first and last monthly period with no document.
fn missing(docs: &[&Document]) -> Vec<String> {
    let months: Vec<i32> =
        docs.iter().filter_map(|d| d.meta.period.and_then(|p| p.month.map(|m| p.year * 12 + m as i32 - 1))).collect();
    let (Some(&lo), Some(&hi)) = (months.iter().min(), months.iter().max()) else { return Vec::new() };
    if hi - lo > 240 {
        return Vec::new();
    }
    (lo..=hi).filter(|m| !months.contains(m)).map(|m| format!("{:04}-{:02}", m / 12, m % 12 + 1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::outline;

    fn doc(name: &str, unit: &str, month: u32, tasks: &[&str]) -> Document {
        let mut s = format!(
            "ỦY BAN NHÂN DÂN\n{}\nSố: 1/CTr-UBND\n\nCHƯƠNG TRÌNH\nCông tác tháng {month:02} năm 2025 của UBND {unit}\n\nI. TRỌNG TÂM CÔNG TÁC\n",
            unit.to_uppercase()
        );
        for (i, t) in tasks.iter().enumerate() {
            s.push_str(&format!("{}. {t}\n", i + 1));
        }
        outline(name, &s)
    }

    const A: &str = "Tổ chức tuyên truyền sâu rộng về phòng chống cháy rừng trong mùa khô hanh trên địa bàn.";
    const B: &str = "Đẩy nhanh tiến độ giải phóng mặt bằng các dự án đường giao thông liên thôn bản.";
    const C: &str = "Kiểm tra việc thu ngân sách nhà nước và quản lý chi tiêu công tại các thôn.";

    #[test]
    fn a_task_dropped_for_one_month_returns() {
        let docs = vec![
            doc("a", "xã Yên Trạch", 3, &[A, B, C]),
            doc("b", "xã Yên Trạch", 4, &[A, C]),
            doc("c", "xã Yên Trạch", 5, &[A, B, C]),
        ];
        let r = series(&docs, &SeriesSettings::default());
        assert_eq!(r.series.len(), 1);
        let s = &r.series[0];
        let cells: Vec<&str> = s.lineages.iter().map(|l| l.cells.as_str()).collect();
        assert_eq!(cells, ["+==", "+·=", "+=="]);
        assert_eq!(s.findings.returned, [2]);
        assert_eq!(s.findings.stale, [1, 3]);
        assert_eq!(s.months[1].dropped, 1);
        assert_eq!(s.months[2].returned, 1);
    }

    #[test]
    fn no_look_back_with_gap_zero() {
        let docs = vec![
            doc("a", "xã Yên Trạch", 3, &[A, B]),
            doc("b", "xã Yên Trạch", 4, &[A]),
            doc("c", "xã Yên Trạch", 5, &[A, B]),
        ];
        let r = series(&docs, &SeriesSettings { gap: 0, ..SeriesSettings::default() });
        let cells: Vec<&str> = r.series[0].lineages.iter().map(|l| l.cells.as_str()).collect();
        assert_eq!(cells, ["+==", "+··", "··+"]);
    }

    #[test]
    fn ordered_by_period_and_grouped_by_unit() {
        let docs = vec![
            doc("b", "xã Yên Trạch", 4, &[A]),
            doc("x", "phường Đông Kinh", 4, &[A]),
            doc("a", "xã Yên Trạch", 3, &[A]),
        ];
        let r = series(&docs, &SeriesSettings::default());
        assert_eq!(r.series.len(), 2);
        let files: Vec<Vec<&str>> =
            r.series.iter().map(|s| s.documents.iter().map(|d| d.file.as_str()).collect()).collect();
        assert_eq!(files, [vec!["x"], vec!["a", "b"]]);
        assert_eq!(missing(&[&docs[2], &docs[0]]), Vec::<String>::new());
    }
}
