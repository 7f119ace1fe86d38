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
    assert_eq!(v["schema"], "sosanh.outline.v3");
    assert_eq!(v["meta"]["unit"]["name"], "Cao Lộc");
    let parts: Vec<&str> = v["parts"].as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert_eq!(parts, ["header", "title", "body", "closing", "recipients", "signature"]);
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
    // What the line must say, in Vietnamese (the default) and with `--lang en`.
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("empty.txt", vec![], "là tệp rỗng", "is empty"),
        ("blank.txt", b"   \n\n \t\n".to_vec(), "không có chữ", "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "nhị phân (ảnh PNG)", "PNG image"),
        ("nul.txt", b"abc\0def\0".to_vec(), "nhị phân (có byte NUL)", "NUL"),
        (
            "latin1.txt",
            b"Ch\xe0o m\xf9ng \xff\xfe\xfd qu\xe1 \x81\x8d".to_vec(),
            "không phải văn bản UTF-8",
            "not UTF-8",
        ),
        ("page.html", b"<!DOCTYPE html><html><body>x</body></html>".to_vec(), "là một trang HTML", "HTML page"),
        // The refusals an office user meets most are told in Vietnamese too.
        ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest".to_vec(), "tệp Word .doc kiểu cũ", "old Word .doc"),
        (
            "locked.docx",
            [
                &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"[..],
                &"EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>(),
            ]
            .concat(),
            "có đặt mật khẩu",
            "encrypted Word document",
        ),
        ("broken.docx", b"PK\x03\x04 not really a zip".to_vec(), "là tệp DOCX bị hỏng", "damaged DOCX"),
    ];
    for (name, bytes, vi, en) in cases {
        let p = write(&d, name, &bytes);
        for (lang, want) in [("vi", vi), ("en", en)] {
            let o = sosanh(&["outline", p.to_str().unwrap(), "--lang", lang]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{name}: {err}");
            assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
            assert!(err.contains(name) && err.contains(want), "{name} {lang}: {err}");
            assert!(!err.contains("panicked"), "{name}");
        }
    }
    let o = sosanh(&["outline", d.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("là một thư mục"), "{}", stderr(&o));
    let o = sosanh(&["outline", d.path().to_str().unwrap(), "--lang", "en"]);
    assert!(stderr(&o).contains("is a directory"));
    let o = sosanh(&["outline", "no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.txt: không đọc được: không có tệp"), "{}", stderr(&o));
    let p = write(&d, "one-line.txt", "Tăng cường kiểm tra ".repeat(110_000).as_bytes());
    let o = sosanh(&["outline", p.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("has a line of"), "{}", stderr(&o));
    let p = write(&d, "big.txt", "Tăng cường kiểm tra.\n".repeat(100).as_bytes());
    let o = sosanh(&["outline", p.to_str().unwrap(), "--max-bytes", "100"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("quá giới hạn") && stderr(&o).contains("--max-bytes"), "{}", stderr(&o));
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
    assert!(stdout(&o).contains("3 nhiệm vụ"), "{}", stdout(&o));
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
    // In the interface's language, naming the kinds with its own words.
    assert!(stderr(&err).contains("--only không có loại 'nonsense'") && stderr(&err).contains("reworded (sửa lời)"));
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
    assert_eq!(json["schema"], "sosanh.compare.v2");
    for key in ["carried", "identical", "reworded", "moved", "split", "merged", "new", "dropped"] {
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

/// `--explain` and the closest candidates speak the interface language: Vietnamese by
/// default.
#[test]
fn compare_explain_speaks_vietnamese_by_default() {
    let o = sosanh(&["compare", "fixtures/tam-thanh-2026-02.txt", "fixtures/cao-loc-2026-02.txt", "--explain"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    for vi in ["căn cứ ghép: ", "từ khớp: ", "(gần nhất: bản "] {
        assert!(out.contains(vi), "{vi} missing: {out}");
    }
    for en in ["evidence: ", "matched: ", "(closest: "] {
        assert!(!out.contains(en), "{en} in a Vietnamese report: {out}");
    }
}

#[test]
fn compare_explain_and_links_round_trip() {
    let d = tmp();
    let links = d.path().join("links.tsv");
    let args = ["compare", "fixtures/tam-thanh-2026-02.txt", "fixtures/cao-loc-2026-02.txt", "--lang", "en"];
    let o = sosanh(&[&args[..], &["--explain", "--write-links", links.to_str().unwrap()]].concat());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("matched: "), "{out}");
    assert!(out.contains("evidence: "), "{out}");
    assert!(out.contains("(closest: "), "{out}");
    assert!(out.contains("old II.1  dropped"), "dropped sections are named as old ones: {out}");
    let written = std::fs::read_to_string(&links).unwrap();
    assert!(written.lines().any(|l| l.starts_with("same\t")), "{written}");
    // Reading the links back gives the same report.
    let again = sosanh(&[&args[..], &["--explain", "--links", links.to_str().unwrap()]].concat());
    assert_eq!(stdout(&again), out);
    // A malformed links file is a usage error naming the line.
    let bad = write(&d, "bad.tsv", b"same\tI.1\n");
    let o = sosanh(&[&args[..], &["--links", bad.to_str().unwrap()]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 1"), "{}", stderr(&o));
}

#[test]
fn output_file_is_written_atomically_and_never_over_an_input() {
    let d = tmp();
    let input = write(&d, "in.txt", &std::fs::read("fixtures/tam-thanh-2026-02.txt").unwrap());
    let before = std::fs::read(&input).unwrap();
    let o = sosanh(&["outline", input.to_str().unwrap(), "-o", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("không ghi kết quả đè lên tệp đầu vào"), "{}", stderr(&o));
    let o = sosanh(&["outline", input.to_str().unwrap(), "-o", input.to_str().unwrap(), "--lang", "en"]);
    assert!(stderr(&o).contains("refusing"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&input).unwrap(), before);
    let out = d.path().join("out.json");
    let o = sosanh(&["outline", input.to_str().unwrap(), "--format", "json", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["schema"], "sosanh.outline.v3");
    let names: Vec<String> =
        std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
}

#[test]
fn help_teaches() {
    let o = sosanh(&["compare", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("help_compare_vi", stdout(&o));
    let h = stdout(&sosanh(&["compare", "--help", "--lang", "en"]));
    for needle in ["--only", "--section", "--format", "--color", "Exit status", "Example"] {
        assert!(h.contains(needle), "{needle} in help");
    }
    // `help COMMAND` is `COMMAND --help`, in either language, `--lang` before or after.
    assert_eq!(stdout(&sosanh(&["help", "compare"])), stdout(&o));
    for args in [&["help", "compare", "--lang", "en"][..], &["--lang", "en", "help", "compare"]] {
        assert_eq!(stdout(&sosanh(args)), h, "{args:?}");
    }
    let top = stdout(&sosanh(&["--help"]));
    assert!(top.contains("Cách dùng: sosanh [TUỲ CHỌN] <LỆNH>") && top.contains("--help --lang en"), "{top}");
    assert!(stdout(&sosanh(&["--lang", "en", "--help"])).contains("Usage: sosanh [OPTIONS] <COMMAND>"));
}

/// clap's refusals (an unknown flag or command, a missing file, a value not allowed) are
/// Vietnamese like sosanh's own, with the usage line; English with `--lang en`.
#[test]
fn command_line_mistakes_are_refused_in_the_interface_language() {
    for (args, vi, en) in [
        (&["compare", "a", "b", "--bogus"][..], "sosanh: không có tuỳ chọn '--bogus'", "unexpected argument '--bogus'"),
        (&["compare", "a"], "sosanh: thiếu đối số <MỚI>", "the following required arguments were not provided"),
        (&["compar", "a", "b"], "(có phải ý bạn là 'compare'?)", "unrecognized subcommand 'compar'"),
        (
            &["check", "a", "--fail-on", "loi"],
            "giá trị 'loi' không hợp lệ cho '--fail-on <MỨC>'; một trong: note, warning, error",
            "invalid value 'loi'",
        ),
        (&["reuse", "a", "b", "--min-words", "tám"], "cần một số nguyên không âm, ví dụ 12", "invalid digit"),
    ] {
        let o = sosanh(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(vi), "{args:?}: {err}");
        assert!(!err.contains("error:") && !err.contains("Usage:"), "{args:?}: {err}");
        let o = sosanh(&[args, &["--lang", "en"]].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(en), "{args:?} --lang en: {}", stderr(&o));
    }
    let err = stderr(&sosanh(&["compare", "a", "b", "--bogus"]));
    assert!(err.contains("Cách dùng: sosanh compare [TUỲ CHỌN] <CŨ> <MỚI>\nXem thêm: sosanh compare --help"), "{err}");
}

/// `--lang` before the command's name reaches the command (clap hands the top-level
/// global down).
#[test]
fn lang_before_the_command_name() {
    let pair = ["fixtures/tam-thanh-2025-12.txt", "fixtures/tam-thanh-2026-02.txt"];
    let en = stdout(&sosanh(&[&["--lang", "en", "compare"][..], &pair, &["--color", "never"]].concat()));
    assert!(en.starts_with("old fixtures/tam-thanh-2025-12.txt"), "{en}");
    let vi = stdout(&sosanh(&[&["compare"][..], &pair, &["--color", "never"]].concat()));
    assert!(vi.starts_with("bản cũ fixtures/tam-thanh-2025-12.txt"), "{vi}");
}

/// The four programme fixtures (text only: the DOCX and PDF are the same programme).
const PROGRAMMES: [&str; 4] = [
    "fixtures/tam-thanh-2025-12.txt",
    "fixtures/tam-thanh-2026-02.txt",
    "fixtures/cao-loc-2026-02.txt",
    "fixtures/quoc-khanh-2026-01.txt",
];

#[test]
fn reuse_text_snapshot_and_exit_status() {
    let o = sosanh(&[&["reuse"][..], &PROGRAMMES[..]].concat());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'));
    insta::assert_snapshot!("reuse_programmes", out);
    // Nothing shared: status 0.
    let d = tmp();
    let a = write(&d, "a.txt", "Tổ chức hội thi văn nghệ quần chúng chào mừng ngày thành lập Đoàn.\n".as_bytes());
    let o = sosanh(&["reuse", a.to_str().unwrap(), "fixtures/tam-thanh-2026-02.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("văn bản tự viết"), "{}", stdout(&o));
}

#[test]
fn reuse_formats_and_thread_counts_agree() {
    let run = |extra: &[&str]| stdout(&sosanh(&[&["reuse", "fixtures"][..], extra].concat()));
    let json = run(&["--format", "json", "-j", "1"]);
    assert_eq!(json, run(&["--format", "json", "-j", "2"]));
    assert_eq!(json, run(&["--format", "json", "--jobs", "4"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "sosanh.reuse.v1");
    // Six texts and DOCX files, and the PDF when pdftotext can read it (without it the PDF
    // is reported as skipped and the run goes on).
    let documents = if sosanh::formats::pdf::pdftotext_available() { 7 } else { 6 };
    assert_eq!(v["counts"]["documents"], documents);
    let pairs = v["pairs"].as_array().unwrap();
    assert_eq!(v["counts"]["pairs"].as_u64().unwrap() as usize, pairs.len());
    let csv = run(&["--format", "csv"]);
    assert!(csv.starts_with(
        "file_a,unit_a,date_a,file_b,unit_b,date_b,same_time,share_a_in_b,share_b_in_a,shared_words,passages\n"
    ));
    assert_eq!(csv.lines().count() - 1, pairs.len());
}

#[test]
fn reuse_goes_on_past_a_bad_file_and_keeps_limits() {
    let d = tmp();
    for p in PROGRAMMES {
        let name = std::path::Path::new(p).file_name().unwrap().to_str().unwrap();
        write(&d, name, &std::fs::read(p).unwrap());
    }
    write(&d, "scan.pdf", b"%PDF-1.4 not really");
    write(&d, "empty.txt", b"");
    write(&d, "notes.md", b"not a document: skipped when walking a directory");
    let dir = d.path().to_str().unwrap();
    let o = sosanh(&["reuse", dir, "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "a file could not be read");
    let err = stderr(&o);
    assert!(err.contains("empty.txt") && err.contains("bỏ qua 1 tệp không phải .txt, .docx hay .pdf: 1 .md"), "{err}");
    assert!(!err.contains("notes.md"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["counts"]["documents"], 4, "the report on the others is still written");
    // --max-files refuses before reading anything.
    let o = sosanh(&["reuse", dir, "--max-files", "3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--max-files"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    // Usage errors.
    for args in [&["reuse", dir, "--min-words", "1"][..], &["reuse", dir, "-j", "0"], &["reuse", "no-such-dir/*.txt"]] {
        let o = sosanh(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o).lines().count(), 1, "{args:?}: {}", stderr(&o));
    }
    // One readable document is not enough.
    let o = sosanh(&["reuse", PROGRAMMES[0]]);
    assert_eq!(o.status.code(), Some(2));
    // -o never over an input.
    let input = d.path().join("cao-loc-2026-02.txt");
    let before = std::fs::read(&input).unwrap();
    let o = sosanh(&["reuse", PROGRAMMES[0], input.to_str().unwrap(), "-o", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn check_text_snapshot_and_fail_on() {
    let o = sosanh(&["check", "fixtures/quoc-khanh-2026-01.txt", "fixtures/cao-loc-2026-02.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    insta::assert_snapshot!("check_quoc_khanh_cao_loc", stdout(&o));
    let en = stdout(&sosanh(&["check", "fixtures/quoc-khanh-2026-01.txt", "--lang", "en"]));
    assert!(en.contains("A school year spans two consecutive years"), "{en}");
    // Cao Lộc's draft has only notes (blank number and day).
    let cao = "fixtures/cao-loc-2026-02.txt";
    assert_eq!(sosanh(&["check", cao]).status.code(), Some(0));
    assert_eq!(sosanh(&["check", cao, "--fail-on", "note"]).status.code(), Some(1));
    assert_eq!(sosanh(&["check", cao, "--final", "--fail-on", "error"]).status.code(), Some(1));
    assert_eq!(sosanh(&["check", "fixtures/quoc-khanh-2026-01.txt", "--fail-on", "error"]).status.code(), Some(1));
    assert_eq!(sosanh(&["check", "fixtures/tam-thanh-2025-12.txt", "--fail-on", "note"]).status.code(), Some(0));
}

#[test]
fn check_json_units_and_bad_files() {
    let d = tmp();
    let units = write(&d, "units.txt", "# đơn vị trong tỉnh\nphường Tam Thanh\nxã Cao Lộc\n\nQuốc Khánh\n".as_bytes());
    let copied = write(
        &d,
        "copied.txt",
        &std::fs::read_to_string("fixtures/cao-loc-2026-02.txt")
            .unwrap()
            .replace("trên địa bàn xã Cao Lộc", "trên địa bàn phường Tam Thanh")
            .into_bytes(),
    );
    let o = sosanh(&["check", copied.to_str().unwrap(), "--units", units.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "sosanh.check.v1");
    let doc = &v["documents"][0];
    assert_eq!(doc["unit"], "xã Cao Lộc");
    let f = doc["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "other-unit").expect("other unit");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["text"], "phường Tam Thanh");
    assert!(f["line"].as_u64().unwrap() > 0 && f["section"] == "I.1", "{f}");
    assert_eq!(v["counts"]["warning"], doc["counts"]["warning"]);
    // A bad file among good ones: reported, the others still checked, status 2.
    let bad = write(&d, "bad.txt", b"\x00\x01\x02binary");
    let o = sosanh(&["check", bad.to_str().unwrap(), "fixtures/tam-thanh-2025-12.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.txt"), "{}", stderr(&o));
    assert!(stdout(&o).contains("tam-thanh-2025-12.txt"), "{}", stdout(&o));
    let o = sosanh(&["check", "fixtures/tam-thanh-2025-12.txt", "--units", "no-such-units.txt"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn reuse_and_check_help_teach() {
    for (cmd, needles) in [
        ("reuse", &["--min-words", "--min-units", "--jobs", "--max-files", "Exit status", "Example"][..]),
        ("check", &["--final", "--fail-on", "--lang", "--units", "Exit status", "Example"][..]),
    ] {
        let h = stdout(&sosanh(&[cmd, "--help", "--lang", "en"]));
        for n in needles {
            assert!(h.contains(n), "{cmd}: {n} in help");
        }
        let h = stdout(&sosanh(&[cmd, "--help"]));
        for n in needles.iter().map(|n| n.replace("Exit status", "Mã thoát").replace("Example", "Ví dụ")) {
            assert!(h.contains(&n), "{cmd}: {n} in the Vietnamese help");
        }
    }
}
