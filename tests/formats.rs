//! The input formats on real files: the DOCX and PDF made with LibreOffice from
//! fixtures/tam-thanh-2026-02.txt (see fixtures/docx/README.md), and legacy encodings
//! end to end through the reader.

use sosanh::formats::docx::{DocxLimits, docx_to_text, looks_like_zip};
use sosanh::formats::legacy::{self, LegacyEncoding};
use sosanh::formats::pdf::{looks_like_pdf, pdf_to_text, pdftotext_available};
use std::path::PathBuf;

mod common;

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(path)
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// White space collapsed, so that checks do not depend on where lines wrap.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Sentences of the fixture that must survive any container.
const KEY_SENTENCES: &[&str] = &[
    "Công tác tháng 02 năm 2026 của UBND phường Tam Thanh",
    "Tập trung chỉ đạo thực hiện các kết luận, kiến nghị của các Đoàn giám sát của HĐND tỉnh, HĐND phường, giải quyết kiến nghị của cử tri và các cơ quan thanh tra, kiểm toán.",
    "Kế hoạch số 11/KH0UBND, ngày 20/01/2026",
    "nhất là thời điểm trước và trong Tết Nguyên đán",
    "Thực hiện tốt các các chương trình, dự án",
    "tham nhũng, tiêu cực, lãnh phí.",
    "Nâng cao hiệu quả hoạt động đối ngoại.",
    "UBND phường sẽ thông báo sau./.",
    "Vũ Hồng Trung",
];

#[test]
fn docx_made_by_libreoffice_has_real_numbering() {
    let bytes = read("docx/tam-thanh-2026-02.docx");
    assert!(looks_like_zip(&bytes));
    // The numbers are Word automatic numbering (w:numPr), not typed text.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    assert_eq!(xml.matches("<w:numPr>").count(), 2 + 16 + 1 + 5, "numbered paragraphs");
    assert!(zip.by_name("word/numbering.xml").is_ok());
    for typed in ["I. TRỌNG", ">16. ", ">1. Tập", "II. TỔ", ">5. Họp"] {
        assert!(!xml.contains(typed), "typed number {typed:?} in document.xml");
    }
    let text = docx_to_text(&bytes, &DocxLimits::default()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for want in [
        "I. TRỌNG TÂM CÔNG TÁC THÁNG 02/2026",
        "II. TỔ CHỨC, THAM DỰ CÁC HỘI NGHỊ",
        "- Họp UBND tỉnh thường kỳ tháng 02/2026: Dự kiến tổ chức vào ngày 27/02/2026.",
        "CHƯƠNG TRÌNH",
        "Nơi nhận:",
        "CHỦ TỊCH",
    ] {
        assert!(lines.contains(&want), "no line {want:?} in\n{text}");
    }
    for want in [
        "1. Tập trung lãnh đạo, chỉ đạo tiếp tục tuyên truyền",
        "2. Tiếp tục chỉ đạo tổ chức tốt cuộc bầu cử",
        "9. Tăng cường công tác quản lý nhà nước về đất đai",
        "16. Tiếp tục thực hiện tốt các công tác quốc phòng quân sự địa phương",
        "1. Dự các cuộc họp Tỉnh ủy, HĐND, UBND tỉnh khi được mời: Theo Chương trình công tác của tỉnh.",
        "5. Họp UBND phường thường kỳ tháng 02/2026: Dự kiến tổ chức vào ngày 12/02/2026",
    ] {
        assert!(lines.iter().any(|l| l.starts_with(want)), "no line starting {want:?} in\n{text}");
    }
    // Items 1-16 under I, then 1-5 under II, in order; body paragraphs unnumbered.
    let numbers: Vec<u32> = lines.iter().filter_map(|l| l.split_once(". ").and_then(|(n, _)| n.parse().ok())).collect();
    let want: Vec<u32> = (1..=16).chain(1..=5).collect();
    assert_eq!(numbers, want);
    assert!(lines.contains(&"Nâng cao chất lượng trong công tác thẩm định hồ sơ dự án, thiết kế, dự toán xây dựng và kiểm tra công tác nghiệm thu theo phân cấp."));
    let flat_text = flat(&text);
    for s in KEY_SENTENCES {
        assert!(flat_text.contains(s), "missing {s:?}");
    }
    // The signature table is a layout table: one line per paragraph.
    assert!(lines.contains(&"- Lưu: VT, CVTH."));
    assert!(lines.contains(&"Vũ Hồng Trung"));
}

#[test]
fn docx_reads_like_the_text_fixture() {
    // Every word of the fixture body is in the DOCX text in the same order, apart from
    // the numbers (generated) and the two extraction defects undone by make.py.
    let bytes = read("docx/tam-thanh-2026-02.docx");
    let text = docx_to_text(&bytes, &DocxLimits::default()).unwrap();
    let original = std::fs::read_to_string(fixture("tam-thanh-2026-02.txt")).unwrap();
    let original = original.replace("ơCHƯƠNG", "CHƯƠNG").replace("trư\nớc", "trước").replace("KH-\nBCĐ", "KH-BCĐ");
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_string).collect() };
    assert_eq!(words(&text), words(&original));
}

#[test]
fn docx_outlines_through_the_reader() {
    let bytes = read("docx/tam-thanh-2026-02.docx");
    let doc = sosanh::read::document_from_bytes("tam-thanh-2026-02.docx", &bytes, &Default::default()).unwrap();
    let from_txt =
        sosanh::read::read_document(fixture("tam-thanh-2026-02.txt").to_str().unwrap(), &Default::default()).unwrap();
    assert_eq!(doc.sections.len(), from_txt.sections.len(), "{:#?}", doc.sections);
    assert_eq!(doc.task_count(), from_txt.task_count());
}

#[test]
fn pdf_made_by_libreoffice() {
    let bytes = read("pdf/tam-thanh-2026-02.pdf");
    assert!(looks_like_pdf(&bytes));
    if !pdftotext_available() {
        eprintln!("SKIPPED pdf_made_by_libreoffice: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    }
    let text = pdf_to_text(&bytes).unwrap();
    assert!(!text.contains('\u{c}'), "form feeds become line ends");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.contains(&"I. TRỌNG TÂM CÔNG TÁC THÁNG 02/2026"), "{text}");
    assert!(lines.contains(&"II. TỔ CHỨC, THAM DỰ CÁC HỘI NGHỊ"), "{text}");
    let flat_text = flat(&text);
    for s in KEY_SENTENCES {
        assert!(flat_text.contains(s), "missing {s:?}");
    }
    assert!(flat_text.contains("16. Tiếp tục thực hiện tốt các công tác quốc phòng quân sự địa phương"));
    assert!(flat_text.contains("5. Họp UBND phường thường kỳ tháng 02/2026"));
}

#[test]
fn pdf_problems() {
    if !pdftotext_available() {
        eprintln!("SKIPPED pdf_problems: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    }
    use sosanh::Problem;
    // Damaged: a PDF header and nothing else.
    match pdf_to_text(b"%PDF-1.4\nnot really a pdf\n") {
        Err(Problem::Format(m)) => assert!(m.en.contains("damaged PDF"), "{m}"),
        other => panic!("{other:?}"),
    }
    // A truncated real PDF either still yields its first pages or is refused cleanly.
    let bytes = read("pdf/tam-thanh-2026-02.pdf");
    match pdf_to_text(&bytes[..bytes.len() / 3]) {
        Ok(_) | Err(Problem::Format(_)) => {}
        Err(other) => panic!("{other:?}"),
    }
    // A page with no text (as a scan is): one empty page.
    let blank = blank_pdf();
    match pdf_to_text(&blank) {
        Err(Problem::Format(m)) => {
            assert!(m.en.starts_with("is a scanned PDF"), "{m}");
            assert!(m.vi.starts_with("là tệp PDF scan"), "{}", m.vi);
        }
        other => panic!("{other:?}"),
    }
}

/// A minimal valid one-page PDF with no text, cross-reference offsets computed.
fn blank_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).bytes());
    out
}

#[test]
fn legacy_text_files_through_the_reader() {
    let original = std::fs::read_to_string(fixture("tam-thanh-2026-02.txt")).unwrap();
    let from_utf8 = sosanh::read::document_from_bytes("utf8.txt", original.as_bytes(), &Default::default()).unwrap();
    for (enc, encoded) in
        [(LegacyEncoding::Tcvn3, legacy::encode_tcvn3(&original)), (LegacyEncoding::Vni, legacy::encode_vni(&original))]
    {
        // As an 8-bit file: characters outside Windows-1252 (curly quotes are in it) are lost.
        let bytes: Vec<u8> = encoded
            .chars()
            .map(|c| match c as u32 {
                0..=0x7F | 0xA0..=0xFF => c as u32 as u8,
                0x201C => 0x93,
                0x201D => 0x94,
                0x2013 => 0x96,
                0x2026 => 0x85,
                _ => b'?',
            })
            .collect();
        assert_eq!(legacy::detect(&legacy::bytes_to_latin(&bytes)), Some(enc));
        let doc = sosanh::read::document_from_bytes("legacy.txt", &bytes, &Default::default()).unwrap();
        assert_eq!(doc.task_count(), from_utf8.task_count(), "{enc:?}");
        assert!(doc.notes.iter().any(|n| n.contains("legacy encoding")), "{enc:?}: {:?}", doc.notes);
    }
}

#[test]
fn footnotes_from_docx_reach_the_reader() {
    // A hand-made DOCX with one footnote: the marker and the note come out in the shape
    // the layout repair expects from extracted PDFs.
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let document = format!(
        r#"<w:document {w}><w:body><w:p><w:r><w:t>I. TRỌNG TÂM CÔNG TÁC</w:t></w:r></w:p><w:p><w:r><w:t>1. Thực hiện xây dựng giá đất cụ thể 03 dự án</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> trên địa bàn phường.</w:t></w:r></w:p><w:p><w:r><w:t>2. Tiếp tục đẩy mạnh chuyển đổi số.</w:t></w:r></w:p></w:body></w:document>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    use std::io::Write;
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file("word/document.xml", opts).unwrap();
    w.write_all(document.as_bytes()).unwrap();
    w.start_file("word/footnotes.xml", opts).unwrap();
    w.write_all(footnotes.as_bytes()).unwrap();
    let bytes = w.finish().unwrap().into_inner();
    let text = docx_to_text(&bytes, &DocxLimits::default()).unwrap();
    assert!(text.contains("03 dự án1 trên địa bàn"), "{text}");
    assert!(text.ends_with("\n                    \n1 Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng.\n"), "{text:?}");
    let doc = sosanh::read::document_from_bytes("notes.docx", &bytes, &Default::default()).unwrap();
    assert_eq!(doc.footnotes.len(), 1, "{:?}", doc.footnotes);
    assert_eq!(doc.footnotes[0].number, 1);
    assert_eq!(doc.footnotes[0].text, "Tuyến Cao tốc cửa khẩu Hữu Nghị - Chi Lăng.");
    assert!(doc.footnotes[0].marker_line.is_some());
    assert_eq!(doc.task_count(), 2);
}

/// A DOCX made of a header table and these body paragraphs (and footnotes, if any).
fn docx_with(paragraphs: &[&str], footnotes: &[&str]) -> Vec<u8> {
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let cell = |t: &str| format!(r#"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"#);
    let header = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell("ỦY BAN NHÂN DÂN XÃ CAO LỘC"),
        cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        cell("Số: 12/CTr-UBND"),
        cell("Cao Lộc, ngày 28 tháng 01 năm 2026")
    );
    let mut body = header;
    for p in paragraphs {
        // "¹" in a paragraph stands for a footnote reference, numbered in order.
        let mut runs = String::new();
        for (k, piece) in p.split('¹').enumerate() {
            if k > 0 {
                runs.push_str(&format!(r#"<w:r><w:footnoteReference w:id="{}"/></w:r>"#, k + 1));
            }
            runs.push_str(&format!(r#"<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>"#));
        }
        body.push_str(&format!("<w:p>{runs}</w:p>"));
    }
    let document = format!(r#"<w:document {w}><w:body>{body}</w:body></w:document>"#);
    let mut notes = format!(r#"<w:footnotes {w}>"#);
    for (k, n) in footnotes.iter().enumerate() {
        notes.push_str(&format!(
            r#"<w:footnote w:id="{}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {n}</w:t></w:r></w:p></w:footnote>"#,
            k + 2
        ));
    }
    notes.push_str("</w:footnotes>");
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    use std::io::Write;
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("word/document.xml", opts).unwrap();
    z.write_all(document.as_bytes()).unwrap();
    if !footnotes.is_empty() {
        z.start_file("word/footnotes.xml", opts).unwrap();
        z.write_all(notes.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn docx_title_paragraph_above_the_first_section_is_the_title() {
    // Issue 11: a subject line with no kind line above it used to become an unlabelled
    // section (shown by compare as a "new section").
    let bytes = docx_with(
        &[
            "Công tác của Ủy ban nhân dân xã tháng 02 năm 2026",
            "I. TRỌNG TÂM CÔNG TÁC",
            "1. Tập trung lãnh đạo, chỉ đạo triển khai các nghị quyết.",
            "2. Tăng cường công tác quản lý đất đai.",
        ],
        &[],
    );
    let doc = sosanh::read::document_from_bytes("title.docx", &bytes, &Default::default()).unwrap();
    assert_eq!(doc.sections.len(), 1, "{:?}", doc.sections.iter().map(|s| &s.label).collect::<Vec<_>>());
    assert_eq!(doc.sections[0].label, "I");
    assert_eq!(doc.meta.title.as_deref(), Some("Công tác của Ủy ban nhân dân xã tháng 02 năm 2026"));
    let p = doc.meta.period.unwrap();
    assert_eq!((p.year, p.month), (2026, Some(2)));
    let u = doc.meta.unit.as_ref().unwrap();
    assert_eq!(u.to_string(), "xã Cao Lộc");
    let d = doc.meta.issued.unwrap();
    assert_eq!((d.day, d.month, d.year), (Some(28), Some(1), Some(2026)));
    assert_eq!(doc.task_count(), 2);
}

#[test]
fn docx_footnote_reference_after_punctuation_leaves_the_task() {
    // Issue 11: "… năm 2026;¹" kept the marker as a word "1" and noted "footnote marker not
    // found in the body".
    let bytes = docx_with(
        &[
            "I. TRỌNG TÂM CÔNG TÁC",
            "1. Triển khai Kế hoạch số 11/KH-UBND ngày 20/01/2026;¹ tổ chức Tết an toàn.",
            "2. Tăng cường kiểm tra, kiểm soát thị trường,¹ nhất là trước Tết.",
        ],
        &["Kế hoạch phát động phong trào thi đua.", "Theo Chỉ thị của tỉnh."],
    );
    let doc = sosanh::read::document_from_bytes("notes.docx", &bytes, &Default::default()).unwrap();
    assert!(doc.notes.iter().all(|n| !n.contains("footnote marker")), "{:?}", doc.notes);
    let tasks: Vec<&str> = doc.all_tasks().iter().map(|(_, t)| t.text.as_str()).collect();
    assert_eq!(
        tasks,
        [
            "Triển khai Kế hoạch số 11/KH-UBND ngày 20/01/2026; tổ chức Tết an toàn.",
            "Tăng cường kiểm tra, kiểm soát thị trường, nhất là trước Tết."
        ]
    );
    let fns: Vec<Vec<u32>> = doc.all_tasks().iter().map(|(_, t)| t.footnotes.clone()).collect();
    assert_eq!(fns, [vec![1], vec![2]]);
}

/// A DOCX programme laid out as Word users often write it: the header and the signature in
/// two-column layout tables, the tasks in a data table ("TT" / "Nội dung công việc" / "Cơ
/// quan chủ trì" / "Thời gian"), its groups numbered "I", "II" or merged across the table
/// without a number.
fn table_programme(month: u32, rows: &[&[&str]]) -> Vec<u8> {
    let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|t| common::p(t)).collect::<String>());
    let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
    let date = format!("Hòa Bình, ngày 28 tháng {:02} năm 2026", month - 1);
    let header = row(&[
        cell(&["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", &format!("Số: {month}/CTr-UBND")]),
        cell(&["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", &date]),
    ]);
    let mut data = row(&["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"].map(|t| cell(&[t])));
    for r in rows {
        let mut cells: Vec<String> = r.iter().map(|t| cell(&[t])).collect();
        if r.len() == 1 {
            cells[0] = format!("<w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr>{}</w:tc>", common::p(r[0]));
        }
        data.push_str(&row(&cells));
    }
    let closing = row(&[
        cell(&["Nơi nhận:", "- TT Đảng ủy;", "- Lưu: VT."]),
        cell(&["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]),
    ]);
    let body = format!(
        "<w:tbl>{header}</w:tbl>{}{}<w:tbl>{data}</w:tbl><w:tbl>{closing}</w:tbl>",
        common::p("CHƯƠNG TRÌNH"),
        common::p(&format!("Công tác tháng {month:02} năm 2026 của Ủy ban nhân dân xã")),
    );
    common::docx(&body, &[])
}

/// Regression: a programme written as a table in DOCX was one unnumbered section whose
/// title swallowed the table, and two months of it compared as one section.
#[test]
fn docx_programme_written_as_a_table_outlines_and_compares_by_its_rows() {
    let feb = table_programme(
        2,
        &[
            &["I", "LĨNH VỰC KINH TẾ", "", ""],
            &["1", "Chỉ đạo gieo trồng vụ Đông - Xuân", "Phòng Kinh tế", "Tháng 02"],
            &["2", "Tổ chức thu ngân sách nhà nước trên địa bàn", "Tài chính - Kế toán", "Cả tháng"],
            &["II", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "", ""],
            &["1", "Rà soát hộ nghèo, hộ cận nghèo phát sinh", "Lao động - Thương binh", "Trước 25/02"],
            &["CÔNG TÁC QUỐC PHÒNG - AN NINH"],
            &["1", "Tổ chức Lễ giao nhận quân năm 2026", "Ban Chỉ huy quân sự", "Ngày 10/02"],
        ],
    );
    let mar = table_programme(
        3,
        &[
            &["I", "LĨNH VỰC KINH TẾ", "", ""],
            &["1", "Chỉ đạo chăm sóc lúa vụ Đông - Xuân", "Phòng Kinh tế", "Tháng 03"],
            &["2", "Tổ chức thu ngân sách nhà nước trên địa bàn", "Tài chính - Kế toán", "Cả tháng"],
            &["II", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "", ""],
            &["1", "Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ", "Văn hóa - Xã hội", "Ngày 08/03"],
            &["CÔNG TÁC QUỐC PHÒNG - AN NINH"],
            &["1", "Tổ chức Lễ giao nhận quân năm 2026", "Ban Chỉ huy quân sự", "Ngày 05/03"],
        ],
    );
    let read = |name: &str, bytes: &[u8]| sosanh::read::document_from_bytes(name, bytes, &Default::default()).unwrap();
    let (old, new) = (read("feb.docx", &feb), read("mar.docx", &mar));
    let heads: Vec<(&str, &str)> = old.sections.iter().map(|s| (s.label.as_str(), s.heading.as_str())).collect();
    assert_eq!(
        heads,
        [("I", "LĨNH VỰC KINH TẾ"), ("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI"), ("", "CÔNG TÁC QUỐC PHÒNG - AN NINH")]
    );
    assert_eq!(old.sections[0].columns, ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"]);
    let items: Vec<String> = old.sections[0].children.iter().map(|c| c.path_string()).collect();
    assert_eq!(items, ["I.1", "I.2"]);
    assert_eq!(
        old.sections[0].children.iter().flat_map(|c| &c.tasks).map(|t| t.text.as_str()).collect::<Vec<_>>(),
        [
            "Chỉ đạo gieo trồng vụ Đông - Xuân | Phòng Kinh tế | Tháng 02",
            "Tổ chức thu ngân sách nhà nước trên địa bàn | Tài chính - Kế toán | Cả tháng"
        ]
    );
    assert_eq!(old.meta.title.as_deref(), Some("Công tác tháng 02 năm 2026 của Ủy ban nhân dân xã"));
    assert_eq!(old.meta.unit.as_ref().map(|u| u.to_string()).as_deref(), Some("xã Hòa Bình"));
    assert_eq!(old.meta.signer.as_ref().and_then(|s| s.name.as_deref()), Some("Nguyễn Văn An"));
    assert!(old.notes.is_empty(), "{:?}", old.notes);

    use sosanh::compare::{SectionStatus, TaskStatus};
    let c = sosanh::compare::compare(&old, &new, &Default::default());
    // The groups are aligned; an item whose one row went (II.1) goes with it.
    let top = |s: &&sosanh::compare::SectionMatch| s.old.iter().chain(&s.new).all(|p| p.len() == 1);
    assert!(
        c.sections.iter().filter(top).all(|s| s.status != SectionStatus::New && s.status != SectionStatus::Dropped)
    );
    let by = |status: TaskStatus| -> Vec<String> {
        c.tasks
            .iter()
            .filter(|t| t.status == status)
            .map(|t| t.new.as_ref().or(t.old.as_ref()).unwrap().text.split(" | ").next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        by(TaskStatus::Carried),
        [
            "Chỉ đạo chăm sóc lúa vụ Đông - Xuân",
            "Tổ chức thu ngân sách nhà nước trên địa bàn",
            "Tổ chức Lễ giao nhận quân năm 2026"
        ]
    );
    assert_eq!(by(TaskStatus::New), ["Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ"]);
    assert_eq!(by(TaskStatus::Dropped), ["Rà soát hộ nghèo, hộ cận nghèo phát sinh"]);

    // The same month written as text ("I. …" / "1. Chỉ đạo …"): item by item the same, no
    // task moved and no item dropped, whichever layout comes first.
    let text = "UBND XÃ HÒA BÌNH\nSố: 2/CTr-UBND\nHòa Bình, ngày 28 tháng 01 năm 2026\nCHƯƠNG TRÌNH\n\
                Công tác tháng 02 năm 2026 của Ủy ban nhân dân xã\nI. LĨNH VỰC KINH TẾ\n\
                1. Chỉ đạo gieo trồng vụ Đông - Xuân.\n2. Tổ chức thu ngân sách nhà nước trên địa bàn.\n\
                II. LĨNH VỰC VĂN HÓA - XÃ HỘI\n1. Rà soát hộ nghèo, hộ cận nghèo phát sinh.\n";
    let as_text = read("feb.txt", text.as_bytes());
    let c = sosanh::compare::compare(&as_text, &old, &Default::default());
    assert_eq!(c.summary.carried, 3, "{:?}", c.summary);
    assert_eq!((c.summary.moved, c.summary.new, c.summary.dropped), (0, 1, 0), "{:?}", c.summary);
    assert!(c.sections.iter().all(|s| s.status != SectionStatus::Dropped), "{:?}", c.sections);
}
