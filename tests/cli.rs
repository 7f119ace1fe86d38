//! The real binary on the fixtures and on bad input: output, exit statuses, errors.

use std::path::PathBuf;
use std::process::{Command, Output};

fn sosanh(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sosanh"))
        .args(args)
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .output()
        .expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn outline_text_snapshot() {
    let o = sosanh(&["outline", "fixtures/tam-thanh-2026-02.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no colour when piped");
    insta::assert_snapshot!("outline_tam_thanh_2026_02", out);
}

#[test]
fn outline_json_is_the_whole_model() {
    let o = sosanh(&["outline", "fixtures/cao-loc-2026-02.txt", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "sosanh.outline.v1");
    assert_eq!(v["meta"]["unit"]["name"], "Cao Lộc");
    assert_eq!(v["meta"]["period"]["month"], 2);
    assert_eq!(v["sections"][2]["children"][0]["children"][1]["label"], "1.2");
    assert_eq!(v["counts"]["tasks"].as_u64().unwrap() as usize, {
        let d = sosanh::read::read_document("fixtures/cao-loc-2026-02.txt", &Default::default()).unwrap();
        d.task_count()
    });
}

#[test]
fn colour_when_asked_and_never_with_no_color() {
    let o = sosanh(&["outline", "fixtures/tam-thanh-2026-02.txt", "--color", "always"]);
    assert!(stdout(&o).contains('\x1b'));
    let o = Command::new(env!("CARGO_BIN_EXE_sosanh"))
        .args(["outline", "fixtures/tam-thanh-2026-02.txt"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&o).contains('\x1b'));
}

#[test]
fn standard_input_reads_like_a_file() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sosanh"))
        .args(["outline", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&std::fs::read("fixtures/quoc-khanh-2026-01.txt").unwrap()).unwrap();
    let o = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["file"], "-");
    assert_eq!(v["meta"]["unit"]["name"], "Quốc Khánh");
}

#[test]
fn encodings_bom_utf16_crlf_and_nfd_read_the_same() {
    let d = tmp();
    let text = std::fs::read_to_string("fixtures/tam-thanh-2026-02.txt").unwrap();
    let reference = stdout(&sosanh(&["outline", "fixtures/tam-thanh-2026-02.txt", "--format", "json"]));
    let strip = |s: String| -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(&s).unwrap();
        v["file"] = serde_json::Value::Null;
        v
    };
    let reference = strip(reference);
    let crlf = text.replace('\n', "\r\n");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(crlf.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = text.nfd().collect();
    for (name, bytes) in [
        ("bom.txt", bom),
        ("le.txt", le),
        ("be.txt", be),
        ("nfd.txt", nfd.into_bytes()),
        ("cr.txt", text.replace('\n', "\r").into_bytes()),
    ] {
        let p = write(&d, name, &bytes);
        let o = sosanh(&["outline", p.to_str().unwrap(), "--format", "json"]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert_eq!(strip(stdout(&o)), reference, "{name}");
    }
}

#[test]
fn bad_input_is_refused_with_one_line_and_status_2() {
    let d = tmp();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", vec![], "is empty"),
        ("blank.txt", b"   \n\n \t\n".to_vec(), "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "PNG image"),
        ("nul.txt", b"abc\0def\0".to_vec(), "NUL"),
        ("latin1.txt", b"Ch\xe0o m\xf9ng \xff\xfe\xfd qu\xe1 \x81\x8d".to_vec(), "not UTF-8"),
        ("page.html", b"<!DOCTYPE html><html><body>x</body></html>".to_vec(), "HTML page"),
        ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest".to_vec(), "DOCX"),
    ];
    for (name, bytes, want) in cases {
        let p = write(&d, name, &bytes);
        let o = sosanh(&["outline", p.to_str().unwrap()]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
        assert!(err.contains(name) && err.contains(want), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}");
    }
    let o = sosanh(&["outline", d.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a directory"));
    let o = sosanh(&["outline", "no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.txt"));
    let p = write(&d, "one-line.txt", "Tăng cường kiểm tra ".repeat(110_000).as_bytes());
    let o = sosanh(&["outline", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("has a line of"), "{}", stderr(&o));
    let p = write(&d, "big.txt", "Tăng cường kiểm tra.\n".repeat(100).as_bytes());
    let o = sosanh(&["outline", p.to_str().unwrap(), "--max-bytes", "100"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--max-bytes"), "{}", stderr(&o));
}

#[test]
fn text_without_numbering_still_outlines_and_compares() {
    let d = tmp();
    let a = write(
        &d,
        "a.txt",
        "Tăng cường công tác quản lý đất đai. Tiếp tục kiểm tra rác thải.\nĐẩy mạnh chuyển đổi số.\n".as_bytes(),
    );
    let b = write(&d, "b.txt", "Tăng cường công tác quản lý đất đai. Đẩy mạnh chuyển đổi số.\n".as_bytes());
    let o = sosanh(&["outline", a.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("3 tasks"), "{}", stdout(&o));
    let o = sosanh(&["compare", a.to_str().unwrap(), b.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["dropped"], 1);
    assert_eq!(v["summary"]["identical"], 2);
}

#[test]
fn compare_exit_status_like_diff() {
    let same = sosanh(&["compare", "fixtures/tam-thanh-2026-02.txt", "fixtures/tam-thanh-2026-02.txt"]);
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
    let diff = sosanh(&["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"]);
    assert_eq!(diff.status.code(), Some(1));
    let err = sosanh(&["compare", "fixtures/tam-thanh-2025-12.txt", "missing.txt"]);
    assert_eq!(err.status.code(), Some(2));
    let err =
        sosanh(&["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt", "--only", "nonsense"]);
    assert_eq!(err.status.code(), Some(2));
    assert!(stderr(&err).contains("--only"));
}

#[test]
fn compare_text_snapshot() {
    let o = sosanh(&["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"]);
    insta::assert_snapshot!("compare_tam_thanh_dec_feb", stdout(&o));
}

#[test]
fn compare_filters_and_formats() {
    let args = ["compare", "fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"];
    let only = sosanh(&[&args[..], &["--only", "new"]].concat());
    let out = stdout(&only);
    assert!(
        out.lines().filter(|l| l.starts_with("  ")).all(|l| !l.starts_with("  = ") && !l.starts_with("  - ")),
        "{out}"
    );
    assert!(out.contains("  + "));
    let sec = stdout(&sosanh(&[&args[..], &["--section", "II.5"]].concat()));
    assert!(sec.contains("Họp UBND phường thường kỳ tháng"));
    assert!(!sec.contains("Tiếp tục nâng cao hiệu quả cung cấp dịch vụ công"));
    let json: serde_json::Value =
        serde_json::from_slice(&sosanh(&[&args[..], &["--format", "json"]].concat()).stdout).unwrap();
    assert_eq!(json["schema"], "sosanh.compare.v1");
    for key in ["carried", "identical", "reworded", "moved", "new", "dropped"] {
        assert!(json["summary"][key].is_u64(), "{key}");
    }
    let s = &json["summary"];
    assert_eq!(s["carried"].as_u64(), Some(s["identical"].as_u64().unwrap() + s["reworded"].as_u64().unwrap()));
    let csv = stdout(&sosanh(&[&args[..], &["--format", "csv"]].concat()));
    let rows = csv.lines().count() - 1;
    let tasks = json["tasks"].as_array().unwrap().len();
    assert!(rows >= tasks, "a row per task (quoted newlines aside): {rows} < {tasks}");
    assert!(csv.starts_with("status,identical,moved,similarity,old_section,old_text,new_section,new_text"));
    let md = stdout(&sosanh(&[&args[..], &["--format", "markdown"]].concat()));
    assert!(md.starts_with("# So sánh"));
    assert!(md.contains("~~"));
}

#[test]
fn output_file_is_written_atomically_and_never_over_an_input() {
    let d = tmp();
    let input = write(&d, "in.txt", &std::fs::read("fixtures/tam-thanh-2026-02.txt").unwrap());
    let before = std::fs::read(&input).unwrap();
    let o = sosanh(&["outline", input.to_str().unwrap(), "-o", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("refusing"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&input).unwrap(), before);
    let out = d.path().join("out.json");
    let o = sosanh(&["outline", input.to_str().unwrap(), "--format", "json", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["schema"], "sosanh.outline.v1");
    let names: Vec<String> =
        std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
}

#[test]
fn help_teaches() {
    let o = sosanh(&["compare", "--help"]);
    let h = stdout(&o);
    for needle in ["--only", "--section", "--format", "--color", "Exit status", "Example"] {
        assert!(h.contains(needle), "{needle} in help");
    }
}
