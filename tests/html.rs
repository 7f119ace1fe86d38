//! The HTML reports from the real binary on the fixtures: self-contained and escaped, and,
//! in headless Chromium, loaded without a script or console error, showing the summary and
//! the first section, filtering rows from the `#only=` hash, printing to a bounded number
//! of A4 pages, and photographed into the target directory (not git). Without a chromium
//! binary the browser half prints "SKIPPED".

use std::path::{Path, PathBuf};
use std::process::Command;

fn sosanh(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sosanh")).args(args).env("COLUMNS", "100").output().expect("binary runs")
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-reports");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Writes a report with `-o` and returns its path and text.
fn report(name: &str, args: &[&str]) -> (PathBuf, String) {
    let path = out_dir().join(name);
    let mut all: Vec<&str> = args.to_vec();
    let p = path.to_str().unwrap().to_string();
    all.extend(["--format", "html", "-o", &p]);
    let o = sosanh(&all);
    assert!(o.status.code().unwrap() <= 1, "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

const COMPARE: [&str; 3] = ["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"];
const REUSE: [&str; 5] = [
    "reuse",
    "fixtures/tam-thanh-2025-12.txt",
    "fixtures/tam-thanh-2026-02.txt",
    "fixtures/cao-loc-2026-02.txt",
    "fixtures/quoc-khanh-2026-01.txt",
];
const CHECK: [&str; 3] = ["check", "fixtures/quoc-khanh-2026-01.txt", "fixtures/cao-loc-2026-02.txt"];
const OUTLINE: [&str; 2] = ["outline", "fixtures/tam-thanh-2026-02.txt"];

#[test]
fn pages_are_self_contained_and_vietnamese_by_default() {
    for (name, args) in
        [("c.html", &COMPARE[..]), ("r.html", &REUSE[..]), ("k.html", &CHECK[..]), ("o.html", &OUTLINE[..])]
    {
        let (_, html) = report(name, args);
        assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
        assert!(html.contains("<html lang=\"vi\">"), "{name}");
        for remote in ["http://", "https://", "<link", "@import", "src=\""] {
            assert!(!html.contains(remote), "{name} refers to {remote}");
        }
    }
    let (_, c) = report("c.html", &COMPARE);
    assert!(c.contains("giữ lại 47 = giữ nguyên 28 + sửa lời 19, trong đó chuyển mục 2; mới 27; bỏ 28"), "summary");
    assert!(c.contains("<del>12/2025:</del>") && c.contains("<ins>02/2026:</ins>"), "word diff inside reworded tasks");
    assert!(c.contains(" moved\" data-k="), "moved tasks are marked");
    assert!(c.contains("href=\"#a") && c.contains("id=\"a"), "moved tasks link to where they came from");
    assert!(c.contains("title=\"độ giống 0."), "similarity on hover");
    // Every row has a button that shows it: a split piece and a merged piece too (regression:
    // their rows had none and were always hidden).
    for k in ["split", "merged"] {
        assert!(c.contains(&format!("class=\"{k}\" data-k=\"{k}\"")), "{k} rows");
        assert!(c.contains(&format!("class=\"pill {k}\" data-k=\"{k}\"")), "a button for {k}");
    }
    // Regression: the outline page gave the document's kind in English ("programme").
    let (_, o) = report("o.html", &OUTLINE);
    assert!(o.contains("<td>chương trình công tác</td>") && !o.contains(">programme<"), "kind in Vietnamese");
    let mut en = COMPARE.to_vec();
    en.extend(["--lang", "en"]);
    let (_, e) = report("c-en.html", &en);
    assert!(e.contains("<html lang=\"en\">") && e.contains("carried 47 = identical 28 + reworded 19"));
}

#[test]
fn document_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    let new = dir.path().join("new.txt");
    let body = |extra: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 01/CTr-UBND\n\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 02/2026\n\n\
             I. NHIỆM VỤ <b>TRỌNG TÂM</b>\n1. Tổ chức họp giao ban <script>alert(\"x\")</script> hằng tuần{extra}.\n\
             2. Rà soát hồ sơ & thủ tục hành chính của xã.\n"
        )
    };
    std::fs::write(&old, body("")).unwrap();
    std::fs::write(&new, body(" vào thứ Hai")).unwrap();
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    for (name, args) in [
        ("esc-c.html", vec!["compare", o, n]),
        ("esc-r.html", vec!["reuse", o, n, "--min-words", "4"]),
        ("esc-k.html", vec!["check", o, n]),
        ("esc-o.html", vec!["outline", n]),
    ] {
        let (_, html) = report(name, &args);
        assert!(!html.contains("<script>alert"), "{name}: document text reached the page as markup");
        assert!(!html.contains("<b>TRỌNG"), "{name}");
        if name != "esc-k.html" {
            assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "{name}: escaped text shown");
        }
        // The page's own two scripts, and nothing else.
        assert_eq!(html.matches("<script>").count(), 2, "{name}");
    }
}

// ----------------------------------------------------------------------------------------
// In the browser

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Runs headless Chromium on a page with extra flags; returns stdout and stderr.
fn browse(chrome: &Path, url: &str, flags: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new(chrome)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000"])
        .args(flags)
        .arg(url)
        .output()
        .expect("chromium runs");
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn url(p: &Path, hash: &str) -> String {
    format!("file://{}{hash}", p.canonicalize().unwrap().display())
}

/// The number of pages of a PDF written by Chromium (page objects, not the page tree).
fn pdf_pages(pdf: &[u8]) -> usize {
    let s = String::from_utf8_lossy(pdf);
    s.matches("/Type /Page").count() - s.matches("/Type /Pages").count()
}

/// Rows (`<tr … data-k="…">`) of a dumped DOM: (keys, hidden).
fn rows(dom: &str) -> Vec<(String, bool)> {
    dom.split("<tr ")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find('>')?];
            let k = tag.split("data-k=\"").nth(1)?.split('"').next()?.to_string();
            Some((k, tag.contains("hidden")))
        })
        .collect()
}

fn assert_loads_clean(name: &str, dom: &str, log: &str) {
    assert!(dom.contains("data-ready="), "{name}: the page's script did not finish:\n{log}");
    assert!(!dom.contains("data-js-error=\""), "{name}: script error in the page");
    for line in log.lines() {
        assert!(!(line.contains("CONSOLE") && line.contains("Uncaught")), "{name}: {line}");
    }
}

#[test]
fn reports_in_headless_chromium() {
    let Some(chrome) = chromium() else {
        println!("SKIPPED: no chromium binary on PATH (.ci/run installs it)");
        return;
    };
    // (name, command, text of the summary, text of the first section, PDF pages allowed)
    type Case<'a> = (&'a str, &'a [&'a str], &'a str, &'a str, std::ops::RangeInclusive<usize>);
    let cases: [Case; 4] = [
        ("compare.html", &COMPARE, "giữ lại 47 = giữ nguyên 28", "TRỌNG TÂM CÔNG TÁC THÁNG 02/2026", 5..=40),
        ("reuse.html", &REUSE, "4 văn bản: 6 cặp", "Các cặp văn bản có đoạn trùng", 3..=60),
        ("check.html", &CHECK, "2 văn bản", "fixtures/quoc-khanh-2026-01.txt", 1..=8),
        ("outline.html", &OUTLINE, "phường Tam Thanh", "TRỌNG TÂM CÔNG TÁC THÁNG 02/2026", 2..=30),
    ];
    for (name, args, summary, first, pages) in cases {
        let (path, _) = report(name, args);
        let (dom, log) = browse(&chrome, &url(&path, ""), &["--dump-dom"]);
        assert_loads_clean(name, &dom, &log);
        assert!(dom.contains(summary), "{name}: summary {summary:?} not shown");
        assert!(dom.contains(first), "{name}: first section {first:?} not shown");
        let all = rows(&dom);
        assert!(all.iter().all(|(_, hidden)| !hidden), "{name}: rows hidden with no filter");

        let pdf = out_dir().join(format!("{name}.pdf"));
        browse(&chrome, &url(&path, ""), &[&format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer"]);
        let n = pdf_pages(&std::fs::read(&pdf).expect("PDF printed"));
        println!("{name}: {n} A4 pages");
        assert!(pages.contains(&n), "{name}: {n} A4 pages, expected {pages:?}");

        let png = out_dir().join(format!("{name}.png"));
        browse(&chrome, &url(&path, ""), &[&format!("--screenshot={}", png.display()), "--window-size=1280,900"]);
        assert!(std::fs::metadata(&png).expect("screenshot taken").len() > 10_000, "{name}: screenshot empty");
    }

    // A filter from the URL hash hides the other rows (what a click on the buttons does).
    let (path, _) = report("compare.html", &COMPARE);
    let (dom, log) = browse(&chrome, &url(&path, "#only=new"), &["--dump-dom"]);
    assert_loads_clean("compare.html#only=new", &dom, &log);
    let r = rows(&dom);
    let new: Vec<_> = r.iter().filter(|(k, _)| k == "new").collect();
    assert_eq!(new.len(), 27, "every new task has a row");
    assert!(new.iter().all(|(_, hidden)| !hidden), "new tasks stay shown");
    let others: Vec<_> = r.iter().filter(|(k, _)| k != "new").collect();
    assert!(!others.is_empty() && others.iter().all(|(_, hidden)| *hidden), "the other rows are hidden");
    assert!(dom.contains("data-k=\"new\" aria-pressed=\"true\""), "the new button shows as pressed");
    assert!(dom.contains("data-k=\"dropped\" aria-pressed=\"false\""), "the others show as released");

    let (path, _) = report("check.html", &CHECK);
    let (dom, _) = browse(&chrome, &url(&path, "#only=error"), &["--dump-dom"]);
    let r = rows(&dom);
    assert!(r.iter().any(|(k, h)| k == "error" && !h));
    assert!(r.iter().filter(|(k, _)| k != "error").all(|(_, h)| *h));
}
