//! The outline of every fixture, pinned: sections and items as DOMAIN.md lists them,
//! the metadata each fixture carries, and no footnote text or fused marker in any task.

use sosanh::model::{DocKind, Document, LabelKind, Level, Section};
use sosanh::read::{ReadOptions, read_document};

fn doc(name: &str) -> Document {
    read_document(&format!("fixtures/{name}.txt"), &ReadOptions::default()).expect("fixture reads")
}

fn labels(s: &[Section]) -> Vec<String> {
    s.iter().map(|s| s.label.clone()).collect()
}

fn numbers(n: std::ops::RangeInclusive<u32>) -> Vec<String> {
    n.map(|i| i.to_string()).collect()
}

fn section<'a>(d: &'a Document, path: &[&str]) -> &'a Section {
    d.all_sections()
        .into_iter()
        .find(|s| s.path.iter().map(String::as_str).eq(path.iter().copied()))
        .unwrap_or_else(|| panic!("no section {path:?}"))
}

#[test]
fn tam_thanh_2026_02() {
    let d = doc("tam-thanh-2026-02");
    assert_eq!(labels(&d.sections), ["I", "II"]);
    assert_eq!(labels(&d.sections[0].children), numbers(1..=16));
    assert_eq!(labels(&d.sections[1].children), numbers(1..=5));
    assert_eq!(d.sections[0].heading, "TRỌNG TÂM CÔNG TÁC THÁNG 02/2026");
    let m = &d.meta;
    assert_eq!(m.kind, Some(DocKind::Programme));
    assert_eq!(m.unit.as_ref().unwrap().level, Level::Phuong);
    assert_eq!(m.unit.as_ref().unwrap().name.as_deref(), Some("Tam Thanh"));
    assert_eq!(m.period.unwrap().to_string(), "2026-02");
    assert_eq!(m.title.as_deref(), Some("Công tác tháng 02 năm 2026 của UBND phường Tam Thanh"));
    let signer = m.signer.as_ref().unwrap();
    assert_eq!(signer.title.as_deref(), Some("CHỦ TỊCH"));
    assert_eq!(signer.name.as_deref(), Some("Vũ Hồng Trung"));
    assert_eq!(m.recipients.len(), 9);
    assert!(m.closing.as_deref().unwrap().ends_with("UBND phường sẽ thông báo sau./."));
    // The word split across lines is rejoined; the closing sentence is not a task.
    let i5 = section(&d, &["I", "5"]);
    assert!(i5.tasks[0].text.contains("nhất là thời điểm trước và trong Tết Nguyên đán"));
    assert!(d.all_tasks().iter().all(|(_, t)| !t.text.contains("thông báo sau")));
    // "04/KH-" / "BCĐ" is one symbol again.
    assert!(section(&d, &["I", "2"]).tasks[1].text.contains("Kế hoạch số 04/KH-BCĐ ngày 19/01/2026"));
    // The typing slip stays as written.
    assert!(section(&d, &["I", "1"]).tasks[1].text.contains("11/KH0UBND"));
    // A "-" line is a task of the item above it.
    let ii1 = section(&d, &["II", "1"]);
    assert_eq!(ii1.tasks.len(), 2);
    assert_eq!(ii1.tasks[1].bullet, Some('-'));
}

#[test]
fn tam_thanh_2025_12() {
    let d = doc("tam-thanh-2025-12");
    assert_eq!(labels(&d.sections), ["I", "II"]);
    assert_eq!(labels(&d.sections[0].children), numbers(1..=13));
    assert_eq!(labels(&d.sections[1].children), numbers(1..=5));
    assert_eq!(d.meta.period.unwrap().to_string(), "2025-12");
    assert_eq!(d.meta.kind, Some(DocKind::Programme));
    assert_eq!(d.meta.unit.as_ref().unwrap().level, Level::Phuong);
    // The footnote in mid-sentence leaves the body and hangs off "dự án".
    assert_eq!(d.footnotes.len(), 1);
    assert!(d.footnotes[0].text.starts_with("Tuyến Cao tốc cửa khẩu Hữu nghị - Chi Lăng"));
    let i9 = section(&d, &["I", "9"]);
    assert!(i9.tasks.iter().any(|t| t.text.contains("Tiếp tục đẩy mạnh chuyển đổi số tổng thể")));
    let i7 = section(&d, &["I", "7"]);
    let with_note = i7.tasks.iter().find(|t| t.footnotes == vec![1]).expect("footnote attached");
    assert!(with_note.text.contains("03 dự án trên địa bàn"));
    // The dash that continues "tài chính - ngân sách" is not a bullet.
    let i2 = section(&d, &["I", "2"]);
    assert!(i2.tasks[0].text.contains("nhiệm vụ tài chính - ngân sách tháng cuối năm"));
    assert!(i2.tasks.iter().any(|t| t.text == "Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách."));
}

#[test]
fn cao_loc_2026_02() {
    let d = doc("cao-loc-2026-02");
    assert_eq!(labels(&d.sections), ["I", "II", "III"]);
    assert_eq!(labels(&d.sections[0].children), numbers(1..=9));
    assert_eq!(labels(&d.sections[1].children), numbers(1..=5));
    assert_eq!(labels(&d.sections[2].children), ["1", "2"]);
    assert_eq!(labels(&section(&d, &["III", "1"]).children), ["1.1", "1.2"]);
    assert_eq!(section(&d, &["II", "1"]).heading, "Dự Hội nghị Ban Thường vụ Đảng ủy");
    let m = &d.meta;
    assert_eq!(m.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN"));
    assert_eq!(m.unit.as_ref().unwrap().to_string(), "xã Cao Lộc");
    assert_eq!(m.symbol.as_deref(), Some("CTr-UBND"));
    assert_eq!(m.number, None);
    assert_eq!(m.place.as_deref(), Some("Cao Lộc"));
    let issued = m.issued.unwrap();
    assert_eq!((issued.day, issued.month, issued.year), (None, Some(1), Some(2026)));
    let blanks: Vec<&str> = m.blank_fields.iter().map(|b| b.field.as_str()).collect();
    assert_eq!(blanks, ["number", "day"]);
    assert_eq!(m.period.unwrap().to_string(), "2026-02");
    let signer = m.signer.as_ref().unwrap();
    assert_eq!(signer.on_behalf.as_deref(), Some("TL. CHỦ TỊCH"));
    assert_eq!(signer.title.as_deref(), Some("CHÁNH VĂN PHÒNG"));
    assert_eq!(signer.name.as_deref(), Some("Lý Hồng Quân"));
    assert_eq!(m.recipients.len(), 13);
    assert_eq!(m.recipients[1], "Thường trực Đảng ủy");
}

#[test]
fn quoc_khanh_2026_01() {
    let d = doc("quoc-khanh-2026-01");
    assert_eq!(labels(&d.sections), ["I", "II", "IV"]);
    assert_eq!(labels(&d.sections[0].children), numbers(1..=11));
    assert_eq!(labels(&d.sections[1].children), numbers(1..=5));
    assert_eq!(labels(&d.sections[2].children), ["1", "2"]);
    assert_eq!(d.meta.unit.as_ref().unwrap().to_string(), "xã Quốc Khánh");
    assert_eq!(d.meta.period.unwrap().to_string(), "2026-01");
    assert_eq!(d.meta.kind, Some(DocKind::Programme));
    let s = d.meta.signer.as_ref().unwrap();
    assert_eq!(s.on_behalf.as_deref(), Some("TM. ỦY BAN NHÂN DÂN"));
    assert_eq!(s.name.as_deref(), Some("Nông Thị Kim Oanh"));
    // "Chỉ thị số 52-" / "CT/TW" rejoined.
    assert!(d.all_tasks().iter().any(|(_, t)| t.text.contains("Chỉ thị số 52-CT/TW ngày 03/10/2026")));
}

#[test]
fn tam_thanh_2025_report() {
    let d = doc("tam-thanh-2025-report");
    assert_eq!(labels(&d.sections), ["Phần I", "Phần II"]);
    let p1 = &d.sections[0];
    assert_eq!(p1.kind, LabelKind::Part);
    assert_eq!(p1.heading, "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025");
    assert_eq!(labels(&p1.children), ["I", "II", "III"]);
    assert_eq!(labels(&section(&d, &["Phần I", "II"]).children), numbers(1..=8));
    assert_eq!(labels(&section(&d, &["Phần I", "II", "1"]).children), ["a", "b", "c", "d"]);
    // c) skipped once: a, b, d, e.
    assert_eq!(labels(&section(&d, &["Phần I", "II", "3"]).children), ["a", "b", "d", "e"]);
    assert_eq!(labels(&section(&d, &["Phần I", "II", "5"]).children), ["5.1", "5.2"]);
    assert_eq!(labels(&section(&d, &["Phần I", "II", "6"]).children), ["a", "b", "c"]);
    let p2 = &d.sections[1];
    assert_eq!(labels(&p2.children), ["I", "II", "III"]);
    assert_eq!(labels(&section(&d, &["Phần II", "III"]).children), numbers(1..=9));
    assert_eq!(labels(&section(&d, &["Phần II", "II", "*"]).children), ["a", "b", "c"]);
    let m = &d.meta;
    assert_eq!(m.kind, Some(DocKind::Report));
    assert_eq!((m.number.as_deref(), m.symbol.as_deref()), (Some("418"), Some("BC-UBND")));
    assert_eq!(m.issued.unwrap().iso().as_deref(), Some("2025-12-05"));
    assert_eq!(m.period.unwrap().to_string(), "2025");
    assert_eq!(m.unit.as_ref().unwrap().to_string(), "phường Tam Thanh");
    // Footnotes are numbered 1..=20, all found, all with their markers.
    assert_eq!(d.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(), (1..=20).collect::<Vec<_>>());
    assert!(d.footnotes.iter().all(|f| f.marker_line.is_some()), "{:?}", d.notes);
    // The last item ends "./." and is a task, not a closing block.
    assert!(!section(&d, &["Phần II", "III", "9"]).tasks.is_empty());
}

#[test]
fn no_task_holds_footnote_text_or_a_fused_marker() {
    for name in
        ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01", "tam-thanh-2025-report"]
    {
        let d = doc(name);
        for f in &d.footnotes {
            let probe: String = f.text.chars().take(40).collect();
            for (_, t) in d.all_tasks() {
                assert!(!t.text.contains(&probe), "{name}: footnote {} inside task {}", f.number, t.text);
            }
        }
        for (_, t) in d.all_tasks() {
            for marker in ["dự án1", "năm 20242", "202414", "chí20", "trường15", "%12"] {
                assert!(!t.text.contains(marker), "{name}: fused marker in {}", t.text);
            }
            assert!(!t.text.contains('\u{F8F0}'), "{name}: sentinel left in {}", t.text);
        }
    }
}

#[test]
fn every_task_has_a_plausible_line_range() {
    for name in
        ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01", "tam-thanh-2025-report"]
    {
        let d = doc(name);
        for (s, t) in d.all_tasks() {
            assert!(t.lines.start >= 1 && t.lines.start <= t.lines.end && t.lines.end <= d.lines.len(), "{name} {t:?}");
            assert!(s.lines.start <= t.lines.start && t.lines.end <= s.lines.end.max(t.lines.end), "{name}");
            // The first word of the task is on its first line.
            let first = t.text.split_whitespace().next().unwrap();
            let first = first.trim_matches(|c: char| !c.is_alphanumeric());
            let line = &d.lines[t.lines.start - 1];
            assert!(
                first.is_empty()
                    || line.contains(first)
                    || t.lines.start > 1 && d.lines[t.lines.start - 2].contains(first),
                "{name}: {first} not on line {}: {line}",
                t.lines.start
            );
        }
    }
}

/// An excerpt of an act that starts at its fourth article: the article is the body's first
/// section, not the document's title (the body used to start only at an item numbered 1–3).
#[test]
fn an_excerpt_starting_at_a_later_article_reads_it_as_an_article() {
    let text = "Điều 4. Tiêu chuẩn\n1. Máy móc được trang bị theo quy định.\n2. Thiết bị phải bảo đảm an toàn.\n\
                Điều 5. Tổ chức thực hiện\n1. Sở Tài chính hướng dẫn.\n";
    let d = sosanh::outline::outline("excerpt.txt", text);
    assert_eq!(labels(&d.sections), ["Điều 4", "Điều 5"]);
    assert_eq!(d.sections[0].heading, "Tiêu chuẩn");
    assert_eq!(section(&d, &["Điều 4", "2"]).tasks[0].text, "Thiết bị phải bảo đảm an toàn.");
    assert_eq!(d.meta.title, None);
}
