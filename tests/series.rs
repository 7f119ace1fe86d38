//! `series`: task lineages across a unit's programmes — on a generated year of programmes
//! with known lineages (recall and precision of the links pinned), on the fixtures (a real
//! two-point series, and three units kept apart), through the binary, and properties
//! (a repeated document is all `=`; reversing the order mirrors the lineages).

use proptest::prelude::*;
use sosanh::model::Document;
use sosanh::read::{ReadOptions, read_document};
use sosanh::series::{Order, SeriesReport, SeriesSettings, series};
use sosanh_corpus::series::{evaluate_series, generate_series, read_series};
use std::collections::BTreeSet;
use std::process::Command;

fn fixture_path(name: &str) -> String {
    format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> Document {
    read_document(&fixture_path(name), &ReadOptions::default()).unwrap()
}

fn given() -> SeriesSettings {
    SeriesSettings { order: Order::Given, ..SeriesSettings::default() }
}

#[test]
fn generated_year_lineages_match_the_truth() {
    let (gen_docs, truth) = generate_series(30, 11);
    assert_eq!(gen_docs.len(), 30 * 12);
    let docs = read_series(&gen_docs, &truth).expect("generated documents read back as planned");
    let r = series(&docs, &SeriesSettings::default());
    let ev = evaluate_series(&r, &truth);
    println!("{ev}");
    assert_eq!(ev.series, 30, "one series per unit");
    assert!(ev.links > 5000, "{}", ev.links);
    assert!(!truth.splits.is_empty() && ev.returns > 20, "{} splits, {} returns", truth.splits.len(), ev.returns);
    assert!(ev.recall >= 0.99, "recall {:.4}; missed e.g. {:?}", ev.recall, ev.missed);
    assert!(ev.precision >= 0.99, "precision {:.4}; wrong e.g. {:?}", ev.precision, ev.wrong);
    assert_eq!(ev.returns_found, ev.returns, "every return after a gap is linked across it");
    assert!(r.series.iter().all(|s| s.documents.len() == 12 && s.missing_periods.is_empty()));
}

#[test]
fn gap_zero_finds_no_return() {
    let (gen_docs, truth) = generate_series(4, 11);
    let docs = read_series(&gen_docs, &truth).unwrap();
    let r = series(&docs, &SeriesSettings { gap: 0, ..SeriesSettings::default() });
    let ev = evaluate_series(&r, &truth);
    assert!(ev.returns > 0);
    assert_eq!(ev.returns_found, 0);
    assert!(r.series.iter().all(|s| s.findings.returned.is_empty()));
}

#[test]
fn series_generator_is_deterministic() {
    let (a, ta) = generate_series(3, 5);
    let (b, tb) = generate_series(3, 5);
    assert!(a.iter().zip(&b).all(|(x, y)| x.file == y.file && x.text == y.text));
    assert_eq!(serde_json::to_string(&ta).unwrap(), serde_json::to_string(&tb).unwrap());
    let names: BTreeSet<&str> = a.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(names.len(), a.len(), "file names are unique");
}

#[test]
fn tam_thanh_december_and_february_are_one_series() {
    // Given in the wrong order: the periods put December first.
    let docs = vec![fixture("tam-thanh-2026-02.txt"), fixture("tam-thanh-2025-12.txt")];
    let r = series(&docs, &SeriesSettings::default());
    assert_eq!(r.series.len(), 1);
    let s = &r.series[0];
    assert_eq!(s.unit.as_deref(), Some("phường Tam Thanh"));
    let periods: Vec<_> = s.documents.iter().map(|d| d.period.clone().unwrap()).collect();
    assert_eq!(periods, ["2025-12", "2026-02"]);
    assert_eq!(s.missing_periods, ["2026-01"]);
    // The same counts as `compare` on the two, a split piece counted new and a merged
    // piece dropped (a lineage goes through carried tasks only).
    let c = sosanh::compare::compare(&docs[1], &docs[0], &Default::default());
    let m = &s.months[1];
    let sum = &c.summary;
    assert_eq!(
        (m.carried, m.identical, m.reworded, m.new, m.dropped),
        (sum.carried, sum.identical, sum.reworded, sum.new + sum.split, sum.dropped + sum.merged)
    );
    assert_eq!(m.returned, 0);
    assert!(r.anything_changed());
    assert_eq!(s.notes.len(), 1, "December names only the level: {:?}", s.notes);
}

#[test]
fn three_units_give_three_series() {
    let docs =
        vec![fixture("cao-loc-2026-02.txt"), fixture("quoc-khanh-2026-01.txt"), fixture("tam-thanh-2026-02.txt")];
    let r = series(&docs, &SeriesSettings::default());
    let units: Vec<_> = r.series.iter().map(|s| s.unit.clone().unwrap()).collect();
    assert_eq!(units, ["phường Tam Thanh", "xã Cao Lộc", "xã Quốc Khánh"]);
    for s in &r.series {
        assert_eq!(s.documents.len(), 1);
        assert!(s.lineages.iter().all(|l| l.cells == "+"));
        assert!(s.findings.once.is_empty() && s.findings.stale.is_empty());
    }
    assert!(!r.anything_changed());
}

fn sosanh(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_sosanh")).args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap())
}

#[test]
fn cli_timeline_of_tam_thanh() {
    let (a, b) = (fixture_path("tam-thanh-2025-12.txt"), fixture_path("tam-thanh-2026-02.txt"));
    let (out, code) = sosanh(&["series", &b, &a, "--color", "never"]);
    assert_eq!(code, 1);
    let out = out.replace(&format!("{}/", env!("CARGO_MANIFEST_DIR")), "");
    insta::assert_snapshot!("series_tam_thanh", out);
}

#[test]
fn cli_json_and_csv() {
    let files: Vec<String> = ["cao-loc-2026-02.txt", "quoc-khanh-2026-01.txt", "tam-thanh-2026-02.txt"]
        .iter()
        .map(|f| fixture_path(f))
        .collect();
    let mut args = vec!["series", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let (out, code) = sosanh(&args);
    assert_eq!(code, 0, "one document per unit: nothing changed");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "sosanh.series.v1");
    assert_eq!(v["series"].as_array().unwrap().len(), 3);
    let l = &v["series"][0]["lineages"][0];
    for key in [
        "id",
        "cells",
        "first",
        "last",
        "months",
        "text",
        "occurrences",
        "reworded",
        "returned",
        "longest_identical_run",
    ] {
        assert!(l.get(key).is_some(), "lineage has {key}");
    }
    args[2] = "csv";
    let (out, _) = sosanh(&args);
    let rows: Vec<&str> = out.lines().collect();
    assert!(rows[0].starts_with("unit,lineage,first,last"));
    let lineages: usize = v["series"].as_array().unwrap().iter().map(|s| s["lineages"].as_array().unwrap().len()).sum();
    assert_eq!(rows.len(), 1 + lineages);
}

#[test]
fn cli_refuses_a_document_it_cannot_place() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("khong-ngay.txt");
    std::fs::write(&p, "I. NHIỆM VỤ\n1. Tổ chức tuyên truyền phòng chống cháy rừng trong mùa khô hanh.\n").unwrap();
    let t = fixture_path("tam-thanh-2026-02.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_sosanh")).args(["series", &t, p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("khong-ngay.txt") && err.contains("no period"), "{err}");
    // With --order given it is kept: a series of its own (it names no unit), one document,
    // nothing changed.
    let out = Command::new(env!("CARGO_BIN_EXE_sosanh"))
        .args(["series", "--order", "given", "--format", "json", &t, p.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["series"].as_array().unwrap().len(), 2);
    assert!(v["series"][1]["unit"].is_null());
}

#[test]
fn same_report_for_any_thread_count() {
    let (gen_docs, truth) = generate_series(6, 2);
    let docs = read_series(&gen_docs, &truth).unwrap();
    let run = |n| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
        pool.install(|| serde_json::to_string(&series(&docs, &SeriesSettings::default())).unwrap())
    };
    assert_eq!(run(1), run(3));
}

/// Every link of a report as an unordered pair of (input position, task number).
fn links(r: &SeriesReport, positions: &dyn Fn(usize, usize) -> usize) -> BTreeSet<((usize, usize), (usize, usize))> {
    let mut out = BTreeSet::new();
    for (k, s) in r.series.iter().enumerate() {
        for l in &s.lineages {
            for w in l.occurrences.windows(2) {
                let a = (positions(k, w[0].column), w[0].task);
                let b = (positions(k, w[1].column), w[1].task);
                out.insert((a.min(b), a.max(b)));
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_repeated_document_is_all_identical(n in 2usize..6, which in 0usize..4) {
        let name = ["tam-thanh-2026-02.txt", "tam-thanh-2025-12.txt", "cao-loc-2026-02.txt", "quoc-khanh-2026-01.txt"][which];
        let d = fixture(name);
        let docs = vec![d; n];
        let r = series(&docs, &given());
        prop_assert_eq!(r.series.len(), 1);
        let want = format!("+{}", "=".repeat(n - 1));
        prop_assert!(r.series[0].lineages.iter().all(|l| l.cells == want));
        prop_assert!(!r.anything_changed());
        prop_assert!(r.series[0].lineages.iter().all(|l| l.longest_identical_run == n));
    }

    #[test]
    fn reversing_the_order_mirrors_the_lineages(seed in 0u64..1000, keep in proptest::collection::vec(any::<bool>(), 12)) {
        // One generated unit, some of its months left out, given forwards and backwards.
        let (gen_docs, truth) = generate_series(1, seed);
        let all = read_series(&gen_docs, &truth).unwrap();
        let docs: Vec<Document> = all.into_iter().zip(&keep).filter(|(_, k)| **k).map(|(d, _)| d).collect();
        prop_assume!(docs.len() >= 2);
        let n = docs.len();
        let rev: Vec<Document> = docs.iter().rev().cloned().collect();
        let fwd = series(&docs, &given());
        let bwd = series(&rev, &given());
        let a = links(&fwd, &|_, c| c);
        let b = links(&bwd, &|_, c| n - 1 - c);
        prop_assert_eq!(a, b);
        let count = |r: &SeriesReport| r.series[0].lineages.len();
        prop_assert_eq!(count(&fwd), count(&bwd));
    }
}

// ----------------------------------------------------------------------------------------
// HTML and XLSX

fn tam_thanh_args<'a>(a: &'a str, b: &'a str, format: &'a str, out: &'a str) -> Vec<&'a str> {
    vec!["series", b, a, "--format", format, "-o", out]
}

fn json_of(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let (out, _) = sosanh(&all);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn html_timeline_of_tam_thanh() {
    let (a, b) = (fixture_path("tam-thanh-2025-12.txt"), fixture_path("tam-thanh-2026-02.txt"));
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("series-html");
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("series.html");
    let (_, code) = sosanh(&tam_thanh_args(&a, &b, "html", page.to_str().unwrap()));
    assert_eq!(code, 1);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"vi\">"));
    for remote in ["http://", "https://", "<link", "@import", "src=\""] {
        assert!(!html.contains(remote), "refers to {remote}");
    }
    assert!(html.contains("Nhiệm vụ qua các kỳ") && html.contains("phường Tam Thanh"));
    assert!(html.contains("thiếu kỳ: 2026-01"), "the missing month is said");
    let v = json_of(&["series", &b, &a]);
    let lineages = v["series"][0]["lineages"].as_array().unwrap();
    // One row per lineage, one cell per document, marked as in the JSON.
    let rows: Vec<&str> = html.split("<tr id=\"u0l").skip(1).collect();
    assert_eq!(rows.len(), lineages.len());
    for (row, l) in rows.iter().zip(lineages) {
        let row = &row[..row.find("</tr>").unwrap()];
        let marks: String = row
            .split("<td class=\"m ")
            .skip(1)
            .map(|c| {
                if c.starts_with("c-ab") {
                    '·'
                } else {
                    c.split("<summary").nth(1).unwrap().split('>').nth(1).unwrap().chars().next().unwrap()
                }
            })
            .collect();
        assert_eq!(marks, l["cells"].as_str().unwrap(), "lineage {}", l["id"]);
    }
    // A reworded cell opens on the February text with the changed words marked.
    let reworded = lineages.iter().find(|l| l["cells"] == "+~").unwrap();
    let id = reworded["id"].as_u64().unwrap();
    let row = html.split(&format!("<tr id=\"u0l{id}\"")).nth(1).unwrap();
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("<details>") && row.contains("<ins>"), "{row}");
    // English on request.
    let en = dir.join("series-en.html");
    let mut args = tam_thanh_args(&a, &b, "html", en.to_str().unwrap());
    args.extend(["--lang", "en"]);
    sosanh(&args);
    let html_en = std::fs::read_to_string(&en).unwrap();
    assert!(
        html_en.contains("<html lang=\"en\">") && html_en.contains("Timeline") && html_en.contains("missing: 2026-01")
    );

    // In the browser: loads without a script error, rows filtered from the hash; a photo.
    let Some(chrome) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|n| std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(n)).find(|p| p.is_file()))
    else {
        println!("SKIPPED: no chromium binary on PATH");
        return;
    };
    let browse = |url: &str, flags: &[&str]| {
        let profile = tempfile::tempdir().unwrap();
        let o = Command::new(&chrome)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(["--virtual-time-budget=2000"])
            .args(flags)
            .arg(url)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let dom = browse(&format!("{url}#only=once"), &["--dump-dom"]);
    assert!(dom.contains("data-ready="), "the page's script ran");
    assert!(!dom.contains("data-js-error=\""), "script error");
    let shown = dom.split("<tr id=\"u0l").skip(1).filter(|r| !r[..r.find('>').unwrap()].contains("hidden")).count();
    let once = v["series"][0]["findings"]["once"].as_array().unwrap().len();
    assert_eq!(shown, once, "#only=once shows the lineages in one document only");
    let png = dir.join("series.png");
    browse(&url, &[&format!("--screenshot={}", png.display()), "--window-size=1280,900"]);
    assert!(std::fs::metadata(&png).unwrap().len() > 10_000, "screenshot taken");
}

#[test]
fn xlsx_workbook_of_tam_thanh() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let (a, b) = (fixture_path("tam-thanh-2025-12.txt"), fixture_path("tam-thanh-2026-02.txt"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("series.xlsx");
    let (_, code) = sosanh(&tam_thanh_args(&a, &b, "xlsx", path.to_str().unwrap()));
    assert_eq!(code, 1);
    let v = json_of(&["series", &b, &a]);
    let s = &v["series"][0];
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["Dòng thời gian", "Theo kỳ", "Giữ nguyên nhiều kỳ liền", "Bỏ rồi đưa lại", "Chỉ có ở một kỳ"]
    );
    let text = |d: &Data| match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    };
    let rows: Vec<Vec<String>> =
        wb.worksheet_range("Dòng thời gian").unwrap().rows().map(|r| r.iter().map(text).collect()).collect();
    assert_eq!(rows[0][..6], ["đơn vị", "dòng", "mục", "nhiệm vụ", "2025-12", "2026-02"]);
    let lineages = s["lineages"].as_array().unwrap();
    assert_eq!(rows.len(), 1 + lineages.len());
    for (row, l) in rows[1..].iter().zip(lineages) {
        assert_eq!(row[0], "phường Tam Thanh");
        assert_eq!(row[1], l["id"].to_string());
        assert_eq!(format!("{}{}", row[4], row[5]), l["cells"].as_str().unwrap());
        assert_eq!(row[6], l["months"].to_string());
    }
    let months: Vec<Vec<String>> =
        wb.worksheet_range("Theo kỳ").unwrap().rows().map(|r| r.iter().map(text).collect()).collect();
    assert_eq!(months.len(), 3);
    assert_eq!(months[2][1], "2026-02");
    assert_eq!(months[2][4], s["months"][1]["carried"].to_string());
    let once = wb.worksheet_range("Chỉ có ở một kỳ").unwrap().rows().count();
    assert_eq!(once, 1 + s["findings"]["once"].as_array().unwrap().len());
}
