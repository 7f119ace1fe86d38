//! Excel workbooks from the real binary, read back with `calamine`: the same rows as the
//! CSV form (compare, reuse) or as the JSON findings (check); and the CSV's byte-order
//! mark, written to files only.

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::path::Path;
use std::process::Command;

fn sosanh(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sosanh")).args(args).output().expect("binary runs")
}

/// A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn cell(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

fn read_xlsx(path: &Path) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).expect("a workbook");
    let range = wb.worksheet_range_at(0).expect("one sheet").expect("readable");
    range.rows().map(|r| r.iter().map(cell).collect()).collect()
}

/// Numbers are written as numbers: compare them as numbers.
fn same(a: &str, b: &str) -> bool {
    a == b || matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if (x - y).abs() < 1e-9)
}

fn assert_same_rows(csv: &[Vec<String>], xlsx: &[Vec<String>]) {
    assert_eq!(csv.len(), xlsx.len(), "row count (header included)");
    assert_eq!(csv[0].len(), xlsx[0].len(), "columns");
    for (i, (c, x)) in csv.iter().zip(xlsx).enumerate().skip(1) {
        for (j, (a, b)) in c.iter().zip(x).enumerate() {
            assert!(same(a, b), "row {i} column {j}: csv {a:?} xlsx {b:?}");
        }
    }
}

fn run_both(args: &[&str], dir: &Path, stem: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let csv = dir.join(format!("{stem}.csv"));
    let xlsx = dir.join(format!("{stem}.xlsx"));
    for (fmt, p) in [("csv", &csv), ("xlsx", &xlsx)] {
        let mut a = args.to_vec();
        a.extend(["--format", fmt, "-o", p.to_str().unwrap()]);
        let o = sosanh(&a);
        assert!(o.status.code().unwrap() <= 1, "{}", String::from_utf8_lossy(&o.stderr));
    }
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "a CSV file starts with a UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes).unwrap();
    (parse_csv(text.trim_start_matches('\u{feff}')), read_xlsx(&xlsx))
}

#[test]
fn compare_workbook_has_the_csv_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, xlsx) =
        run_both(&["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"], dir.path(), "c");
    assert_eq!(csv.len(), 1 + 47 + 28 + 29, "one row per task");
    assert_same_rows(&csv, &xlsx);
    assert_eq!(xlsx[0][0], "trạng thái", "header in Vietnamese by default");
}

#[test]
fn reuse_workbook_has_the_csv_rows_with_units_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, xlsx) = run_both(
        &[
            "reuse",
            "fixtures/tam-thanh-2025-12.txt",
            "fixtures/tam-thanh-2026-02.txt",
            "fixtures/cao-loc-2026-02.txt",
            "fixtures/quoc-khanh-2026-01.txt",
            "--lang",
            "en",
        ],
        dir.path(),
        "r",
    );
    assert_eq!(csv.len(), 1 + 6);
    assert_eq!(csv[0][..7], ["file_a", "unit_a", "date_a", "file_b", "unit_b", "date_b", "same_time"]);
    assert_same_rows(&csv, &xlsx);
    assert_eq!(xlsx[0][..3], csv[0][..3], "English header with --lang en");
    // Cao Lộc's and Tam Thanh's February programmes are of the same month, and Tam Thanh's
    // has no issue date: a tie, said.
    let tie = csv
        .iter()
        .find(|r| {
            r[0].contains("2026-02") && r[3].contains("2026-02") && r[0].contains("cao-loc") != r[3].contains("cao-loc")
        })
        .unwrap();
    assert_eq!((tie[2].as_str(), tie[5].as_str()), ("2026-02", "2026-02"));
    assert_eq!(tie[6], "true");
    let ordered =
        csv.iter().find(|r| r[0].contains("tam-thanh-2025-12") && r[3].contains("tam-thanh-2026-02")).unwrap();
    assert_eq!(ordered[6], "false");
}

#[test]
fn check_workbook_has_one_row_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("k.xlsx");
    let args = ["check", "fixtures/quoc-khanh-2026-01.txt", "fixtures/cao-loc-2026-02.txt"];
    let mut a = args.to_vec();
    a.extend(["--format", "xlsx", "-o", x.to_str().unwrap()]);
    sosanh(&a);
    let mut j = args.to_vec();
    j.extend(["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&sosanh(&j).stdout).unwrap();
    let rows = read_xlsx(&x);
    let findings: Vec<&serde_json::Value> =
        v["documents"].as_array().unwrap().iter().flat_map(|d| d["findings"].as_array().unwrap()).collect();
    assert_eq!(rows.len(), 1 + findings.len());
    for (r, f) in rows.iter().skip(1).zip(&findings) {
        assert_eq!(r[5], f["rule"].as_str().unwrap());
        assert!(same(&r[3], &f["line"].to_string()));
        assert_eq!(r[7], f["message"].as_str().unwrap());
    }
}

#[test]
fn csv_to_standard_output_has_no_bom() {
    let o = sosanh(&["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt", "--format", "csv"]);
    assert!(o.stdout.starts_with(b"status,"));
}
