//! `check` on the fixtures: every slip the issue lists is found where it is, and the
//! same documents with the slips corrected raise nothing (no false alarms on correct
//! dates, ranges, symbols and names).

use sosanh::check::{CheckOptions, Finding, Lang, Severity, check, check_all};
use sosanh::model::Document;
use sosanh::read::{ReadOptions, document_from_bytes, read_document};

fn read(name: &str) -> Document {
    read_document(&format!("fixtures/{name}"), &ReadOptions::default()).unwrap()
}

fn text_doc(name: &str, text: &str) -> Document {
    document_from_bytes(name, text.as_bytes(), &ReadOptions::default()).unwrap()
}

/// (rule, line, text) of every finding that is not a note.
fn pinned(f: &[Finding]) -> Vec<(&'static str, usize, String)> {
    f.iter().filter(|x| x.severity > Severity::Note).map(|x| (x.rule, x.line, x.text.clone())).collect()
}

#[test]
fn quoc_khanh_slips_are_all_found() {
    let f = check(&read("quoc-khanh-2026-01.txt"), &CheckOptions::default());
    let s = |t: &str| t.to_string();
    assert_eq!(
        pinned(&f),
        vec![
            ("school-year", 112, s("2026 - 2026")),
            ("cited-date-too-late", 126, s("số 09-KH/TU ngày 11/12/2026")),
            ("cited-date-too-late", 128, s("số 71-NQ/TW ngày 22/8/2026")),
            ("cited-date-too-late", 136, s("số 52-CT/TW ngày 03/10/2026")),
            ("repeated-word", 171, s("các các")),
            ("cited-date-too-late", 179, s("số 238-KH/TU, ngày 23/5/2026")),
            // Kept on purpose: a January meeting on "the 2025 plan" is a review, but a year
            // left unchanged reads the same (see the closing note of issue 5).
            ("past-year", 266, s("năm 2025")),
            ("numbering-gap", 270, s("II → IV")),
        ],
        "{f:#?}"
    );
    let errors = f.iter().filter(|x| x.severity == Severity::Error).count();
    assert_eq!(errors, 5);
    // Sections are reported where the slip is.
    assert_eq!(f.iter().find(|x| x.rule == "school-year").unwrap().section, "I.7");
}

#[test]
fn tam_thanh_february_slips_are_all_found() {
    let f = check(&read("tam-thanh-2026-02.txt"), &CheckOptions::default());
    let s = |t: &str| t.to_string();
    assert_eq!(
        pinned(&f),
        vec![
            ("malformed-symbol", 18, s("11/KH0UBND")),
            ("cited-date-too-late", 118, s("số 09-KH/TU ngày 11/12/2026")),
            ("cited-date-too-late", 119, s("số 71-NQ/TW ngày 22/8/2026")),
            ("repeated-word", 159, s("các các")),
        ],
        "{f:#?}"
    );
    let sym = f.iter().find(|x| x.rule == "malformed-symbol").unwrap();
    assert!(sym.message.contains("11/KH-UBND"), "{}", sym.message);
    // The February programme's correct references raise nothing.
    for ok in ["18/9/2025", "07/01/2026", "19/01/2026", "10/12/2025", "23/5/2025", "12/02/2026"] {
        assert!(!f.iter().any(|x| x.text.contains(ok)), "{ok}: {f:#?}");
    }
}

#[test]
fn other_fixtures() {
    let f = check(&read("cao-loc-2026-02.txt"), &CheckOptions::default());
    // A draft: the blank number and day are notes, nothing else.
    let notes: Vec<(&str, usize, Severity)> = f.iter().map(|x| (x.rule, x.line, x.severity)).collect();
    assert_eq!(notes, [("blank-field", 13, Severity::Note), ("blank-field", 13, Severity::Note)], "{f:#?}");
    let texts: Vec<&str> = f.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["Số: /CTr-UBND", "ngày tháng 01 năm 2026"]);
    let f = check(&read("cao-loc-2026-02.txt"), &CheckOptions { final_copy: true, ..Default::default() });
    assert!(f.iter().all(|x| x.rule == "blank-field" && x.severity == Severity::Error));

    assert_eq!(check(&read("tam-thanh-2025-12.txt"), &CheckOptions::default()), vec![]);

    let f = check(&read("tam-thanh-2025-report.txt"), &CheckOptions::default());
    let s = |t: &str| t.to_string();
    // The report's letters skip c) (b, d) and one "của của"; "hành vi vi phạm" is good
    // Vietnamese and "198/2025/QH15" a good symbol.
    assert_eq!(pinned(&f), vec![("numbering-gap", 638, s("b → d")), ("repeated-word", 1055, s("của của"))], "{f:#?}");
}

/// The fixtures with their slips corrected.
fn corrected(name: &str) -> String {
    let text = std::fs::read_to_string(format!("fixtures/{name}")).unwrap();
    let fixes = [
        ("11/12/2026", "11/12/2025"),
        ("22/8/2026", "22/8/2025"),
        ("03/10/2026", "03/10/2024"),
        ("23/5/2026", "23/5/2025"),
        ("năm học 2026 - 2026", "năm học 2025 - 2026"),
        ("11/KH0UBND", "11/KH-UBND"),
        ("các các", "các"),
        ("IV. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    ];
    let mut t = text;
    for (from, to) in fixes {
        t = t.replace(from, to);
    }
    t
}

#[test]
fn corrected_fixtures_raise_no_false_alarms() {
    for name in ["quoc-khanh-2026-01.txt", "tam-thanh-2026-02.txt", "cao-loc-2026-02.txt", "tam-thanh-2025-12.txt"] {
        let d = text_doc(name, &corrected(name));
        let f = check(&d, &CheckOptions::default());
        let left: Vec<&Finding> =
            f.iter().filter(|x| x.severity > Severity::Note && !(x.rule == "past-year" && x.line == 266)).collect();
        assert!(left.is_empty(), "{name}: {left:#?}");
        assert!(f.iter().all(|x| x.severity < Severity::Error), "{name}: {f:#?}");
    }
}

#[test]
fn a_name_from_another_file_is_a_likely_copy() {
    // Cao Lộc's programme with a sentence copied from Tam Thanh's, unit name and all.
    let text = std::fs::read_to_string("fixtures/cao-loc-2026-02.txt")
        .unwrap()
        .replace("trên địa bàn xã Cao Lộc", "trên địa bàn phường Tam Thanh");
    let docs = vec![text_doc("cao-loc.txt", &text), read("tam-thanh-2026-02.txt")];
    let all = check_all(&docs, &CheckOptions { lang: Lang::En, ..Default::default() });
    let f = all[0].iter().find(|x| x.rule == "other-unit").expect("found");
    assert_eq!(f.text, "phường Tam Thanh");
    assert!(f.message.contains("fixtures/tam-thanh-2026-02.txt"), "{}", f.message);
    assert!(f.message.contains("xã Cao Lộc"), "{}", f.message);
    assert!(!all[1].iter().any(|x| x.rule == "other-unit"), "{:#?}", all[1]);
    // Alone, it is still another unit's name, without the file.
    let f = check(&docs[0], &CheckOptions { lang: Lang::En, ..Default::default() });
    let f = f.iter().find(|x| x.rule == "other-unit").unwrap();
    assert!(f.message.contains("not this document's unit"), "{}", f.message);
    // A list of units names it too.
    let f = check(
        &docs[0],
        &CheckOptions { known_units: vec!["phường Tam Thanh".into()], lang: Lang::En, ..Default::default() },
    );
    assert!(f.iter().any(|x| x.rule == "other-unit" && x.message.contains("--units")), "{f:#?}");
}

#[test]
fn docx_and_pdf_give_the_same_findings_as_text() {
    let key = |f: &[Finding]| -> Vec<(&'static str, String)> {
        let mut v: Vec<_> = f.iter().map(|x| (x.rule, x.text.clone())).collect();
        v.sort();
        v
    };
    let txt = key(&check(&read("tam-thanh-2026-02.txt"), &CheckOptions::default()));
    let docx = key(&check(&read("docx/tam-thanh-2026-02.docx"), &CheckOptions::default()));
    assert_eq!(docx, txt);
    if sosanh::formats::pdf::pdftotext_available() {
        let pdf = key(&check(&read("pdf/tam-thanh-2026-02.pdf"), &CheckOptions::default()));
        assert_eq!(pdf, txt);
    } else {
        eprintln!("SKIPPED pdf part of docx_and_pdf_give_the_same_findings_as_text: pdftotext is not installed");
    }
}

#[test]
fn a_period_slip_left_by_copying_last_month() {
    // February's programme with December's meeting line left in.
    let text = std::fs::read_to_string("fixtures/tam-thanh-2026-02.txt")
        .unwrap()
        .replace("5. Họp UBND phường thường kỳ tháng 02/2026", "5. Họp UBND phường thường kỳ tháng 12/2025");
    let f = check(&text_doc("t.txt", &text), &CheckOptions::default());
    let slip = f.iter().find(|x| x.rule == "period-slip").expect("found");
    assert_eq!((slip.line, slip.severity), (233, Severity::Error));
    assert!(slip.text.contains("tháng 12/2025"));
}

/// A sentence repeated in the body is a copying slip; the same sentence in two procedures
/// of one attachment is the attachment's template (each procedure's sheet says it).
#[test]
fn a_repeated_sentence_is_a_slip_in_the_body_not_in_an_attachments_procedures() {
    let sentence = "Bản dịch phải được chứng thực theo quy định của pháp luật hiện hành về chứng thực bản sao.";
    let text = format!(
        "I. NHIỆM VỤ\n\n1. {sentence}\n\n2. {sentence}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n\
         PHỤ LỤC\n\nQUY TRÌNH NỘI BỘ\n\n1. Thủ tục cấp phép\n\na) {sentence}\n\n2. Thủ tục cấp lại\n\na) {sentence}\n"
    );
    let f = check(&text_doc("t.txt", &text), &CheckOptions::default());
    let repeats: Vec<usize> = f.iter().filter(|x| x.rule == "repeated-sentence").map(|x| x.line).collect();
    assert_eq!(repeats, [5], "{f:#?}");
}

/// A task's field ("Cơ quan chủ trì: …") and a table's row say the same in every task or
/// row by design; a repeated sentence with a colon in it is still a slip (regression: 28
/// of 57 repeated-sentence findings on `../shared/real/` were such fields and rows).
#[test]
fn a_repeated_field_or_table_row_is_no_slip() {
    let field = "Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.";
    let long = "Nội dung: Tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về các chủ trương, chính sách mới của Đảng và Nhà nước.";
    let text = format!(
        "I. NHIỆM VỤ\n\n1. Việc thứ nhất\n\na) {field}\n\nb) {long}\n\n2. Việc thứ hai\n\na) {field}\n\nb) {long}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let f = check(&text_doc("t.txt", &text), &CheckOptions::default());
    let repeats: Vec<&str> = f.iter().filter(|x| x.rule == "repeated-sentence").map(|x| x.text.as_str()).collect();
    assert_eq!(repeats.len(), 1, "{f:#?}");
    assert!(repeats[0].starts_with("Nội dung: Tổ chức tuyên truyền"), "{f:#?}");
}
