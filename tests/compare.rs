//! Labelled alignments of real programme pairs from the fixtures: for each task below, a
//! careful official's call (carried identical, reworded, new, dropped), and the section
//! moves named in the issue. Plus the properties: A vs A is all identical, B vs A
//! mirrors A vs B, and the output is the same on every run and thread count.

use sosanh::compare::{Comparison, MatchSettings, SectionStatus, TaskMatch, TaskStatus, compare};
use sosanh::model::Document;
use sosanh::read::{ReadOptions, read_document};

fn doc(name: &str) -> Document {
    read_document(&format!("fixtures/{name}.txt"), &ReadOptions::default()).unwrap()
}

fn cmp(a: &str, b: &str) -> Comparison {
    compare(&doc(a), &doc(b), &MatchSettings::default())
}

fn by_new<'a>(c: &'a Comparison, start: &str) -> &'a TaskMatch {
    c.tasks
        .iter()
        .find(|t| t.new.as_ref().is_some_and(|n| n.text.starts_with(start)))
        .unwrap_or_else(|| panic!("no new task starting {start:?}"))
}

fn by_old<'a>(c: &'a Comparison, start: &str) -> &'a TaskMatch {
    c.tasks
        .iter()
        .find(|t| t.old.as_ref().is_some_and(|o| o.text.starts_with(start)))
        .unwrap_or_else(|| panic!("no old task starting {start:?}"))
}

fn p(s: &str) -> Vec<String> {
    s.split('.').map(String::from).collect()
}

#[test]
fn tam_thanh_december_to_february() {
    let c = cmp("tam-thanh-2025-12", "tam-thanh-2026-02");

    // Carried word for word.
    for start in [
        "Tiếp tục nâng cao hiệu quả cung cấp dịch vụ công trực tuyến",
        "Tăng cường kiểm tra công tác quản lý trật tự xây dựng",
        "Nâng cao chất lượng trong công tác thẩm định hồ sơ dự án",
        "Thực hiện cải tạo, trồng và chăm sóc thảm cỏ",
        "Duy trì tốt công tác chăm sóc sức khoẻ ban đầu",
        "Tăng cường công tác quản lý các hoạt động văn hóa, thông tin, báo chí",
        "Tăng cường chuyển đổi số trên tất cả các lĩnh vực",
        "Tiếp tục kiểm tra, giám sát việc thu gom",
        "Nâng cao hiệu quả hoạt động đối ngoại.",
        "Họp giao ban Thường trực Đảng ủy",
        "Dự Hội nghị Ban Thường vụ Đảng ủy",
    ] {
        let t = by_new(&c, start);
        assert_eq!((t.status, t.identical), (TaskStatus::Carried, Some(true)), "{start}");
    }
    // December's item 6 reappears word for word as February's item 8: aligned, not moved.
    let t = by_new(&c, "Tiếp tục nâng cao hiệu quả cung cấp dịch vụ công trực tuyến");
    assert_eq!(t.old.as_ref().unwrap().path, p("I.6"));
    assert_eq!(t.new.as_ref().unwrap().path, p("I.8"));
    assert_eq!(t.moved, Some(false));

    // Carried with edits, and the edited words.
    let t = by_new(&c, "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách nhà");
    assert_eq!(t.status, TaskStatus::Carried);
    assert_eq!(t.old.as_ref().unwrap().text, "Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách.");
    assert!(t.is_reworded());
    for (start, old_start) in [
        ("Họp UBND tỉnh thường kỳ tháng 02/2026", "Họp UBND tỉnh thường kỳ tháng 12/2025"),
        ("Họp UBND phường thường kỳ tháng 02/2026", "Họp UBND phường thường kỳ tháng 12/2025"),
        (
            "Tiếp tục thực hiện tốt các công tác quốc phòng quân sự địa phương năm 2026",
            "Tiếp tục thực hiện tốt các công tác quốc phòng quân sự địa phương năm 2025",
        ),
        ("Chỉ đạo tăng cường kiểm tra, kiểm soát thị trường", "Chỉ đạo tăng cường kiểm tra, kiểm soát thị trường"),
    ] {
        let t = by_new(&c, start);
        assert!(t.is_reworded(), "{start}: {t:?}");
        assert!(t.old.as_ref().unwrap().text.starts_with(old_start), "{start}: {:?}", t.old);
    }
    let t = by_new(&c, "Tiếp tục thực hiện tốt các công tác quốc phòng quân sự địa phương năm 2026");
    let diff = t.diff.as_ref().unwrap();
    assert!(diff.iter().any(|e| format!("{:?}", e.op) == "Delete" && e.text.contains("2025")));
    assert!(diff.iter().any(|e| format!("{:?}", e.op) == "Insert" && e.text.contains("2026")));

    // New in February.
    for start in [
        "Triển khai thực hiện hiệu quả Chỉ thị số 01/CT-UBND",
        "Chỉ đạo, điều hành thúc đẩy tăng trưởng kinh tế",
        "Chỉ đạo triển khai Kế hoạch thực hiện Nghị quyết số 02/NQ-CP",
        "Chỉ đạo triển khai thực hiện phong trào “Tết Nhân ái”",
    ] {
        assert_eq!(by_new(&c, start).status, TaskStatus::New, "{start}");
    }
    // Dropped from December.
    for start in [
        "Rà soát các hồ sơ cưỡng chế theo quy định.",
        "Ban hành văn bản hướng dẫn quản lý hoạt động tôn giáo dịp Lễ Giáng sinh",
        "Tiếp tục triển khai Chương trình hỗ trợ xóa nhà tạm",
    ] {
        assert_eq!(by_old(&c, start).status, TaskStatus::Dropped, "{start}");
    }

    // Sections: 6 → 8; 9 and 10 feed 12 and 13; 11 splits into 14 and 15; II kept.
    let group =
        |new: &str| c.sections.iter().find(|s| s.new.contains(&p(new))).unwrap_or_else(|| panic!("no entry for {new}"));
    assert_eq!(group("I.8").old, vec![p("I.6")]);
    assert_eq!(group("I.12").old, vec![p("I.9")]);
    assert_eq!(group("I.13").old, vec![p("I.10")]);
    assert_eq!(group("I.14").new, vec![p("I.14"), p("I.15")]);
    assert_eq!(group("I.14").old, vec![p("I.11")]);
    for i in 1..=5 {
        let g = group(&format!("II.{i}"));
        assert_eq!(g.status, SectionStatus::Matched);
        assert_eq!(g.old, vec![p(&format!("II.{i}"))]);
    }
    // The reworded task from December's 9 that went to February's 13 (Kế hoạch 145) is
    // carried identically into a section aligned with December's 10: a move.
    let t = by_new(&c, "Tổ chức triển khai thực hiện có hiệu quả Kế hoạch số 145/KH-UBND");
    assert_eq!(t.identical, Some(true));
    assert_eq!(t.old.as_ref().unwrap().path, p("I.9"));
    assert_eq!(t.moved, Some(true));
}

#[test]
fn tam_thanh_to_cao_loc_same_month() {
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    // Copied with "phường" turned into "xã": carried, reworded.
    let t = by_new(&c, "Chỉ đạo tập trung sản xuất vụ Đông - Xuân theo kế hoạch.");
    assert_eq!(t.status, TaskStatus::Carried);
    let t = by_new(&c, "Tăng cường kiểm tra, giám sát, kiểm soát dịch bệnh gia súc");
    assert!(t.is_reworded());
    assert!(t.diff.as_ref().unwrap().iter().any(|e| e.text.contains("xã")));
    let t = by_new(&c, "Chỉ đạo tiếp tục triển khai Chỉ thị số 28/CT-TTg");
    assert_eq!(t.status, TaskStatus::Carried);
    // Cao Lộc's item 1 gathers Tam Thanh's opening items.
    let g = c.sections.iter().find(|s| s.new.contains(&p("I.1"))).unwrap();
    assert!(g.old.contains(&p("I.1")), "{g:?}");
    assert!(g.old.len() >= 2, "{g:?}");
    // Cao Lộc's own tasks are new.
    for start in ["Chỉ đạo tổ chức thực hiện Tổng điều tra", "Cử Đoàn công tác của xã tham gia"]
    {
        assert_eq!(by_new(&c, start).status, TaskStatus::New, "{start}");
    }
}

#[test]
fn first_items_stay_aligned_when_their_neighbour_is_dropped() {
    // Regression: December's I.1 and February's I.1 are the same item (the "kết luận, kiến
    // nghị" task went from one to the other) but most of their tasks were rewritten, and
    // December's I.2 was dropped, so the two were left apart ("old I.1 dropped", "I.1 new").
    // Both are first under the aligned part I, and the next aligned item after each (old
    // I.3, new I.2) is aligned to the other's: they sit in the same gap.
    let c = cmp("tam-thanh-2025-12", "tam-thanh-2026-02");
    let e = entry(&c, "I.1");
    assert_eq!(e.status, SectionStatus::Matched, "{e:?}");
    assert_eq!(e.old, vec![p("I.1")], "{e:?}");
    // Held by their tasks, and by their place or by their words at the section threshold
    // (since "đảm bảo" = "bảo đảm" the words alone reach it).
    let threshold = MatchSettings::default().section_threshold;
    assert!(e.evidence.is_some_and(|ev| ev.tasks > 0.0 && (ev.position > 0.0 || ev.content >= threshold)), "{e:?}");
    let t = by_new(&c, "Tập trung chỉ đạo thực hiện các kết luận, kiến nghị");
    assert_eq!(t.status, TaskStatus::Carried);
    assert_eq!(t.old.as_ref().unwrap().path, p("I.1"));
    assert_eq!(t.moved, Some(false), "{t:?}");
}

#[test]
fn formulaic_openings_do_not_pair_unrelated_tasks() {
    let c = cmp("tam-thanh-2025-12", "tam-thanh-2026-02");
    let t = by_new(&c, "Tiếp tục triển khai hiệu quả các chính sách hỗ trợ thu hút đầu tư");
    assert!(
        t.old.as_ref().is_none_or(|o| !o.text.contains("phát triển du lịch")),
        "paired with the tourism task: {t:?}"
    );
}

fn signature(c: &Comparison) -> Vec<String> {
    c.tasks
        .iter()
        .map(|t| {
            format!(
                "{:?} {:?} {:?} {:?} | {:?}",
                t.status,
                t.identical,
                t.moved,
                t.old.as_ref().map(|o| (&o.path, &o.text)),
                t.new.as_ref().map(|n| (&n.path, &n.text))
            )
        })
        .collect()
}

#[test]
fn a_document_compared_with_itself_is_all_identical() {
    for name in
        ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01", "tam-thanh-2025-report"]
    {
        let d = doc(name);
        let c = compare(&d, &d, &MatchSettings::default());
        assert!(c.all_identical(), "{name}: {:?}", c.summary);
        assert_eq!(c.summary.identical, d.task_count(), "{name}");
        assert!(c.sections.iter().all(|s| s.status == SectionStatus::Matched), "{name}");
    }
}

#[test]
fn comparing_the_other_way_mirrors() {
    for (a, b) in [
        ("tam-thanh-2025-12", "tam-thanh-2026-02"),
        ("tam-thanh-2026-02", "cao-loc-2026-02"),
        ("cao-loc-2026-02", "quoc-khanh-2026-01"),
    ] {
        let ab = cmp(a, b);
        let ba = cmp(b, a);
        assert_eq!(ab.summary.new, ba.summary.dropped, "{a} {b}");
        assert_eq!(ab.summary.dropped, ba.summary.new, "{a} {b}");
        assert_eq!(ab.summary.split, ba.summary.merged, "{a} {b}");
        assert_eq!(ab.summary.merged, ba.summary.split, "{a} {b}");
        assert_eq!(ab.summary.identical, ba.summary.identical, "{a} {b}");
        assert_eq!(ab.summary.carried, ba.summary.carried, "{a} {b}");
        let pairs = |c: &Comparison, flip: bool| {
            let mut v: Vec<(String, String)> = c
                .tasks
                .iter()
                .filter(|t| t.status == TaskStatus::Carried)
                .map(|t| {
                    let (o, n) = (t.old.as_ref().unwrap().text.clone(), t.new.as_ref().unwrap().text.clone());
                    if flip { (n, o) } else { (o, n) }
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(pairs(&ab, false), pairs(&ba, true), "{a} {b}");
    }
}

#[test]
fn every_task_appears_once_on_its_side() {
    let (a, b) = (doc("tam-thanh-2025-12"), doc("tam-thanh-2026-02"));
    let c = compare(&a, &b, &MatchSettings::default());
    // A split piece repeats its old task and a merged task its new one: the others list each once.
    let mut olds: Vec<usize> = c
        .tasks
        .iter()
        .filter(|t| t.status != TaskStatus::Split)
        .filter_map(|t| t.old.as_ref().map(|o| o.index))
        .collect();
    let mut news: Vec<usize> = c
        .tasks
        .iter()
        .filter(|t| t.status != TaskStatus::Merged)
        .filter_map(|t| t.new.as_ref().map(|n| n.index))
        .collect();
    olds.sort();
    news.sort();
    assert_eq!(olds, (0..a.task_count()).collect::<Vec<_>>());
    assert_eq!(news, (0..b.task_count()).collect::<Vec<_>>());
    let mut old_secs: Vec<Vec<String>> = c.sections.iter().flat_map(|s| s.old.clone()).collect();
    let mut new_secs: Vec<Vec<String>> = c.sections.iter().flat_map(|s| s.new.clone()).collect();
    old_secs.sort();
    new_secs.sort();
    let mut want_old: Vec<Vec<String>> = a.all_sections().iter().map(|s| s.path.clone()).collect();
    let mut want_new: Vec<Vec<String>> = b.all_sections().iter().map(|s| s.path.clone()).collect();
    want_old.sort();
    want_new.sort();
    assert_eq!(old_secs, want_old);
    assert_eq!(new_secs, want_new);
}

#[test]
fn same_output_on_every_run_and_thread_count() {
    let (a, b) = (doc("tam-thanh-2025-12"), doc("tam-thanh-2026-02"));
    let base = signature(&compare(&a, &b, &MatchSettings::default()));
    for threads in [1, 2, 4] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let got = pool.install(|| signature(&compare(&a, &b, &MatchSettings::default())));
        assert_eq!(got, base, "{threads} threads");
    }
}

/// Compares after reading `new` from another format: the alignment must be the one the
/// text version gives.
fn same_alignment_as_text(new_other_format: &str) {
    let old = doc("tam-thanh-2025-12");
    let from_text = compare(&old, &doc("tam-thanh-2026-02"), &MatchSettings::default());
    let other = read_document(new_other_format, &ReadOptions::default()).unwrap();
    let from_other = compare(&old, &other, &MatchSettings::default());
    assert_eq!(from_other.summary, from_text.summary, "{new_other_format}");
    let pairs = |c: &Comparison| -> Vec<(String, Option<String>, Option<String>)> {
        c.tasks
            .iter()
            .map(|t| {
                (
                    format!("{:?}/{:?}/{:?}", t.status, t.identical, t.moved),
                    t.old.as_ref().map(|o| o.text.clone()),
                    t.new.as_ref().map(|n| sosanh::compare::diff::word_keys(&n.text).join(" ")),
                )
            })
            .collect()
    };
    assert_eq!(pairs(&from_other), pairs(&from_text), "{new_other_format}");
}

#[test]
fn docx_compares_like_its_text() {
    same_alignment_as_text("fixtures/docx/tam-thanh-2026-02.docx");
}

#[test]
fn pdf_compares_like_its_text() {
    if !sosanh::formats::pdf::pdftotext_available() {
        eprintln!("SKIPPED pdf_compares_like_its_text: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    }
    same_alignment_as_text("fixtures/pdf/tam-thanh-2026-02.pdf");
}

/// The section entry that holds a new section (or, for "old X", an old one).
fn entry<'a>(c: &'a Comparison, path: &str) -> &'a sosanh::compare::SectionMatch {
    let (old, path) = match path.strip_prefix("old ") {
        Some(p) => (true, p),
        None => (false, path),
    };
    c.sections
        .iter()
        .find(|s| if old { s.old.contains(&p(path)) } else { s.new.contains(&p(path)) })
        .unwrap_or_else(|| panic!("no entry for {path}"))
}

/// Section II labels of a cross-unit pair: (old item, new item) aligned, or one side only.
fn assert_sections(c: &Comparison, aligned: &[(&str, &str)], dropped: &[&str], new: &[&str]) {
    for (o, n) in aligned {
        let e = entry(c, n);
        assert_eq!(e.status, SectionStatus::Matched, "{n} ← {o}: {e:?}");
        assert_eq!(e.old, vec![p(o)], "{n} ← {o}: {e:?}");
        assert_eq!(e.new, vec![p(n)], "{n} ← {o}: {e:?}");
    }
    for o in dropped {
        assert_eq!(entry(c, &format!("old {o}")).status, SectionStatus::Dropped, "old {o}");
    }
    for n in new {
        assert_eq!(entry(c, n).status, SectionStatus::New, "{n}");
    }
}

/// A task pair: the old task starting `old` went to the new one starting `new`.
fn assert_pair(c: &Comparison, old: &str, new: &str) {
    let t = by_old(c, old);
    assert!(
        matches!(t.status, TaskStatus::Carried | TaskStatus::Split | TaskStatus::Merged),
        "{old:?}: {:?}",
        t.status
    );
    assert!(t.new.as_ref().unwrap().text.starts_with(new), "{old:?} went to {:?}, not {new:?}", t.new);
}

/// Each (old, new) pair of task snippets paired comparing the two fixtures, and mirrored
/// comparing them the other way round.
fn assert_pairs_both_ways(old: &str, new: &str, pairs: &[(&str, &str)]) {
    let (there, back) = (cmp(old, new), cmp(new, old));
    for &(o, n) in pairs {
        assert_pair(&there, o, n);
        assert_pair(&back, n, o);
    }
}

#[test]
fn tam_thanh_to_cao_loc_section_two() {
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    // Tam Thanh writes each meeting on one line ("Dự Hội nghị …: Theo …"), Cao Lộc as a
    // heading with its body: the same items.
    assert_sections(
        &c,
        &[("II.2", "II.2"), ("II.3", "II.1"), ("II.4", "II.3"), ("II.5", "II.4")],
        &["II.1"],
        &["II.5"],
    );
    assert_eq!(entry(&c, "II").old, vec![p("II")]);
    assert_pair(&c, "Họp giao ban Thường trực Đảng ủy", "Giao ban định kỳ hằng tuần");
    assert_pair(&c, "Dự Hội nghị Ban Thường vụ Đảng ủy", "Theo lịch công tác và yêu cầu công việc");
    assert_pair(&c, "Giao ban Chủ tịch, các Phó Chủ tịch UBND phường", "Giao ban định kỳ hằng tuần");
    // Cao Lộc writes the meeting's one line as two (time, contents): the old task goes to
    // one of them, inside the aligned item (the other is a piece cut from it).
    let line = "Họp UBND phường thường kỳ tháng 02/2026";
    let carried = c
        .tasks
        .iter()
        .filter(|t| t.old.as_ref().is_some_and(|o| o.text.starts_with(line)))
        .find(|t| t.status == TaskStatus::Carried)
        .expect("the meeting's line is carried");
    assert_eq!(carried.new.as_ref().unwrap().path, p("II.4"));
    // The province's meetings are not Cao Lộc's business; Cao Lộc adds its citizen days.
    assert_eq!(by_old(&c, "Dự các cuộc họp Tỉnh ủy, HĐND, UBND tỉnh").status, TaskStatus::Dropped);
    assert_eq!(by_old(&c, "Họp UBND tỉnh thường kỳ tháng 02/2026").status, TaskStatus::Dropped);
    assert_eq!(by_new(&c, "Ngày 05, 12 và 26 tháng 02 năm 2026").status, TaskStatus::New);
    assert_eq!(by_new(&c, "Cơ quan chủ trì chuẩn bị").status, TaskStatus::New);
}

#[test]
fn cao_loc_to_quoc_khanh_section_two() {
    let c = cmp("cao-loc-2026-02", "quoc-khanh-2026-01");
    // Quốc Khánh's "Giao ban Chủ tịch …" is Cao Lộc's II.3 (its heading), not the Party
    // committee's briefing; the monthly meeting is the same item in another month; the
    // citizen reception is one item written two ways.
    assert_sections(&c, &[("II.1", "II.1"), ("II.3", "II.2"), ("II.4", "II.5")], &["II.2"], &["II.4"]);
    assert_pair(&c, "Theo lịch công tác và yêu cầu công việc cụ thể của Đảng ủy.", "Theo lịch công tác");
    // Judgement case, not yet met: a reader pairs Cao Lộc's "Lịch tiếp công dân …" (heading
    // and dated body) with Quốc Khánh's one line "Tiếp công dân theo luật định …"; they share
    // three words, and sosanh leaves them apart. It must at least not pair them with anything else.
    let e = entry(&c, "II.3");
    assert!(e.status == SectionStatus::New || e.old == vec![p("II.5")], "{e:?}");
    // Cao Lộc's II.2 and II.3 have the same body; the one under "Giao ban Chủ tịch …" goes on.
    let t = c.tasks.iter().find(|t| t.old.as_ref().is_some_and(|o| o.path == p("II.3"))).unwrap();
    assert_eq!(t.new.as_ref().unwrap().path, p("II.2"), "{t:?}");
    let t = c.tasks.iter().find(|t| t.old.as_ref().is_some_and(|o| o.path == p("II.2"))).unwrap();
    assert_eq!(t.status, TaskStatus::Dropped, "{t:?}");
    assert_eq!(by_new(&c, "Tham dự các hội nghị theo Chương trình").status, TaskStatus::New);
    assert_eq!(by_old(&c, "Cơ quan chủ trì chuẩn bị").status, TaskStatus::Dropped);
}

/// Two units' budget items, aligned, hold two tasks and three: revenue, then spending. The
/// revenue tasks are worded too far apart to pair, so nothing beside the spending tasks
/// holds them in place, yet in sections that small their place is the sections' own:
/// "Quản lý chi ngân sách …" is "Công tác chi tài chính …" (0.30; regression: both were
/// reported dropped and new, either way round).
#[test]
fn the_leftovers_of_two_small_aligned_items_pair_without_a_neighbour() {
    for (old, new) in [("cao-loc-2026-02", "quoc-khanh-2026-01"), ("quoc-khanh-2026-01", "cao-loc-2026-02")] {
        let c = cmp(old, new);
        let (spend_cl, spend_qk) =
            ("Quản lý chi ngân sách theo đúng quy định", "Công tác chi tài chính đảm bảo cân đối");
        let (o, n) = if old.starts_with("cao") { (spend_cl, spend_qk) } else { (spend_qk, spend_cl) };
        assert_pair(&c, o, n);
    }
}

/// Tam Thanh's December item on discipline, citizens' reception and corruption has no
/// partner at Cao Lộc, and its one carried task went to Cao Lộc's item on the market and
/// citizens' reception (aligned with Tam Thanh's item on the market): the two items are bound,
/// and their tasks each other's closest, on corruption and citizens' complaints (0.35), pair
/// there, both ways (regression: dropped and new).
#[test]
fn an_items_leftovers_pair_where_its_carried_task_went() {
    let (dec, feb) = (
        "Tiếp tục thực hiện công tác phòng, chống tham nhũng, thực hành tiết kiệm",
        "Tiếp tục nâng cao chất lượng tiếp công dân, giải quyết khiếu nại, tố cáo",
    );
    assert_pair(&cmp("tam-thanh-2025-12", "cao-loc-2026-02"), dec, feb);
    assert_pair(&cmp("cao-loc-2026-02", "tam-thanh-2025-12"), feb, dec);
}

/// The orphans' pass runs again with the items its own pairs bound: Tam Thanh's December
/// item on defence and Cao Lộc's item on security are bound once their tasks on security
/// pair there (0.44), and then hold their tasks on conscription (0.26), both ways
/// (regression: dropped and new).
#[test]
fn items_bound_by_the_orphans_pass_hold_their_leftovers_in_a_second_round() {
    let (dec, feb) = ("Hoàn thành công tác tuyển quân năm 2026", "Tổ chức Lễ giao nhận quân năm 2026");
    assert_pair(&cmp("tam-thanh-2025-12", "cao-loc-2026-02"), dec, feb);
    assert_pair(&cmp("cao-loc-2026-02", "tam-thanh-2025-12"), feb, dec);
}

/// A land item says in two tasks, "Đẩy nhanh tiến độ giải quyết các hồ sơ thu hồi đất, giao
/// đất …" and, four tasks on, "Tập trung thực hiện công tác giải phóng mặt bằng, giải quyết
/// các vướng mắc về cơ chế bồi thường …", what the other unit's says in one, "Thực hiện tốt
/// công tác thu hồi đất, giao đất, … tiếp tục giải quyết các vướng mắc về công tác bồi thường
/// …": the second is merged into it (split from it the other way round), though the two are
/// not neighbours (regression, from Quốc Khánh's and Tam Thanh's programmes: dropped, its
/// closest candidate taken by the first). In those programmes themselves it is merged so
/// too, below: Tam Thanh's "Tập trung phối hợp thực hiện tốt công tác BT, GPMB các dự án trên
/// địa bàn" pairs with Quốc Khánh's other site-clearance duty, in an item of its own.
#[test]
fn a_task_of_a_section_folded_into_its_siblings_partner_is_merged() {
    let qk = "I. TRỌNG TÂM CÔNG TÁC THÁNG 01/2026\n\
        1. Thực hiện tốt công tác quản lý nhà nước về đất đai, khoáng sản, bảo vệ môi trường, ứng phó với biến đổi khí hậu; xử lý nghiêm các trường hợp vi phạm trong lĩnh vực tài nguyên - môi trường.\n\
        Đẩy nhanh tiến độ giải quyết các hồ sơ thu hồi đất, giao đất, thuê đất, chuyển mục đích sử dụng đất và cấp Giấy chứng nhận theo quy định.\n\
        Thực hiện tốt công tác cấp, điều chỉnh giấy phép khai thác khoáng sản, giấy phép tài nguyên nước.\n\
        Tăng cường kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cơ sở sản xuất, kinh doanh.\n\
        Tổ chức các hoạt động hưởng ứng Tuần lễ Quốc gia nước sạch và vệ sinh môi trường.\n\
        Tập trung thực hiện công tác giải phóng mặt bằng, giải quyết các vướng mắc về cơ chế bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất thực hiện các dự án.\n";
    let tt = "I. TRỌNG TÂM CÔNG TÁC THÁNG 12/2025\n\
        1. Tăng cường công tác quản lý nhà nước về đất đai, tài nguyên, bảo vệ môi trường, chủ động ứng phó với biến đổi khí hậu, đa dạng sinh học.\n\
        Thực hiện tốt công tác thu hồi đất, giao đất, cho thuê đất, chuyển mục đích sử dụng đất, cấp giấy chứng nhận quyền sử dụng đất,... tiếp tục giải quyết các vướng mắc về công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất, nhất là các dự án trọng điểm để đẩy nhanh tiến độ thực hiện.\n\
        Triển khai thực hiện xây dựng giá đất cụ thể 03 dự án trên địa bàn.\n";
    let gpmb = "Tập trung thực hiện công tác giải phóng mặt bằng";
    let land = "Thực hiện tốt công tác thu hồi đất, giao đất";
    let (a, b) = (sosanh::outline::outline("qk.txt", qk), sosanh::outline::outline("tt.txt", tt));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (t, status) =
            if flipped { (by_new(&c, gpmb), TaskStatus::Split) } else { (by_old(&c, gpmb), TaskStatus::Merged) };
        assert_eq!(t.status, status, "flipped {flipped}: {t:?}");
        let other = if flipped { &t.old } else { &t.new };
        assert!(other.as_ref().unwrap().text.starts_with(land), "flipped {flipped}: {t:?}");
    }
    // In the two programmes themselves (pair 5's auditor accepts either partner for each):
    // the task is merged into Tam Thanh's land task, and Tam Thanh's task on site clearance
    // and compensation ("BT, GPMB") pairs with Quốc Khánh's "Tập trung chỉ đạo quyết liệt
    // công tác giải phóng mặt bằng, …", each in an untitled item without a partner.
    let (bt, site) =
        ("Tập trung phối hợp thực hiện tốt công tác BT, GPMB", "Tập trung chỉ đạo quyết liệt công tác giải phóng");
    let (there, back) =
        (cmp("tam-thanh-2025-12", "quoc-khanh-2026-01"), cmp("quoc-khanh-2026-01", "tam-thanh-2025-12"));
    assert_eq!(by_old(&back, gpmb).status, TaskStatus::Merged);
    assert_pair(&back, gpmb, land);
    let t = by_new(&there, gpmb);
    assert_eq!(t.status, TaskStatus::Split, "{t:?}");
    assert!(t.old.as_ref().unwrap().text.starts_with(land), "{t:?}");
    assert_pair(&there, bt, site);
    assert_pair(&back, site, bt);
}

/// In two items whose subjects agree and whose order says nothing (twin orphans, or items
/// bound by where their carried tasks went), a month's duty worded anew pairs with its
/// closest among the other item's leftovers, even far under the context floor: Tam Thanh's
/// December agriculture item and Quốc Khánh's January one, "Chủ động phòng, chống thiên tai,
/// theo dõi diễn biến thời tiết, …" and "Tăng cường theo dõi sát sao diễn biến thời tiết, …"
/// (0.17), the duty on dams and reservoirs and the forest-fire inspection (0.19), both ways
/// (regression: dropped and new).
#[test]
fn leftovers_of_twin_items_pair_with_their_closest_in_the_other_item() {
    let pairs = [
        (
            "Chủ động phòng, chống thiên tai, theo dõi diễn biến thời tiết",
            "Tăng cường theo dõi sát sao diễn biến thời tiết",
        ),
        (
            "Tiếp tục kiểm tra, đánh giá hiện trạng đập, hồ chứa nước",
            "Tổ chức kiểm tra công tác phòng cháy chữa cháy rừng",
        ),
    ];
    assert_pairs_both_ways("tam-thanh-2025-12", "quoc-khanh-2026-01", &pairs);
}

/// Two untitled items without a partner, under aligned parents, are two units' items of
/// their own cut, whose order says nothing: Tam Thanh's December budget item (second of
/// thirteen) and Quốc Khánh's January revenue item (sixth of eleven) are 0.16 as wholes and
/// share no carried task, yet "Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách."
/// and "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách nhà nước, …" are
/// each other's closest over both documents (0.36); likewise the two citizens' reception
/// duties, once the items holding them are bound (regression: all dropped and new).
#[test]
fn leftovers_of_untitled_items_without_partners_pair_as_each_others_closest() {
    let pairs = [
        ("Thực hiện quyết liệt, đồng bộ các giải pháp về thu ngân sách", "Tiếp tục thực hiện quyết liệt, đồng bộ"),
        ("Tổ chức điều hành dự toán chi ngân sách", "Công tác chi tài chính đảm bảo cân đối"),
        ("Nâng cao chất lượng công tác tiếp công dân", "Nâng cao chất lượng, hiệu quả công tác tiếp công dân"),
    ];
    assert_pairs_both_ways("tam-thanh-2025-12", "quoc-khanh-2026-01", &pairs);
}

/// Two aligned items that carried at least half their tasks between them are one item
/// written in two months, and their leftovers are its duties reworded: Tam Thanh's
/// December and February items on discipline and citizens pair their anti-corruption duties
/// (0.23), their items on defence their conscription duties (0.19), both ways (regression:
/// dropped and new; the calls are the blind audit `hZ` pair 6's).
#[test]
fn leftovers_of_one_item_written_in_two_months_pair_as_each_others_closest() {
    let pairs = [
        (
            "Tiếp tục thực hiện công tác phòng, chống tham nhũng",
            "Đẩy mạnh thực hiện các giải pháp phòng ngừa tham nhũng",
        ),
        ("Hoàn thành công tác tuyển quân năm 2026", "Tổ chức Lễ giao nhận quân năm 2026"),
    ];
    assert_pairs_both_ways("tam-thanh-2025-12", "tam-thanh-2026-02", &pairs);
}

/// One line "heading: details" against the heading over its details: Tam Thanh's "Họp UBND
/// phường thường kỳ tháng 02/2026: Dự kiến tổ chức vào ngày 12/02/2026 …, gồm các nội dung cụ
/// thể tại Phụ lục kèm theo." is Cao Lộc's "Phiên họp UBND xã thường kỳ tháng 02 năm 2026"
/// over "Thời gian: Dự kiến ngày 12 tháng 02 năm 2026 (Thứ Năm)" and "Nội dung dự kiến: cụ
/// thể tại Phụ lục số 1 kèm theo.". The line goes to the second detail; the first, its date,
/// is cut from it (regression: it was new). December's line names no contents, so there
/// "Nội dung dự kiến: …" is no piece of it.
#[test]
fn the_details_of_a_one_line_item_written_under_its_heading_are_its_pieces() {
    let line = "Họp UBND phường thường kỳ tháng 02/2026";
    let time = "Thời gian: Dự kiến ngày 12 tháng 02 năm 2026";
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    let t = by_new(&c, time);
    assert_eq!(t.status, TaskStatus::Split, "{t:?}");
    assert!(t.old.as_ref().unwrap().text.starts_with(line), "{t:?}");
    let c = cmp("cao-loc-2026-02", "tam-thanh-2026-02");
    let t = by_old(&c, time);
    assert_eq!(t.status, TaskStatus::Merged, "{t:?}");
    assert!(t.new.as_ref().unwrap().text.starts_with(line), "{t:?}");
    let c = cmp("tam-thanh-2025-12", "cao-loc-2026-02");
    assert_ne!(by_new(&c, "Nội dung dự kiến: cụ thể tại Phụ lục số 1").status, TaskStatus::Split);
}

#[test]
fn tam_thanh_to_quoc_khanh_section_two() {
    let c = cmp("tam-thanh-2026-02", "quoc-khanh-2026-01");
    assert_sections(&c, &[("II.3", "II.1"), ("II.4", "II.2"), ("II.5", "II.5")], &["II.2"], &["II.3"]);
    assert_pair(&c, "Dự Hội nghị Ban Thường vụ Đảng ủy", "Theo lịch công tác");
    assert_pair(&c, "Giao ban Chủ tịch, các Phó Chủ tịch UBND phường", "Tổ chức giao ban định kỳ");
    // Judgement case, not yet met: Tam Thanh's one-line meeting and Quốc Khánh's "Gồm các nội
    // dung …" under the meeting's heading are the same item's contents; the items align, the
    // tasks do not (they share only the meeting's name, which Quốc Khánh puts in the heading).
    assert_eq!(by_old(&c, "Họp giao ban Thường trực Đảng ủy").status, TaskStatus::Dropped);
    assert_eq!(by_old(&c, "Họp UBND tỉnh thường kỳ tháng 02/2026").status, TaskStatus::Dropped);
    // Quốc Khánh's citizen day is Tam Thanh's I.14 task, reworded and moved into II.
    let t = by_new(&c, "Tiếp công dân theo luật định");
    assert_eq!(t.status, TaskStatus::Carried, "{t:?}");
    assert!(t.old.as_ref().unwrap().text.starts_with("Duy trì lịch trực tiếp công dân"), "{t:?}");
}

/// A task of two clauses whose pieces are each reworded, not copied: Tam Thanh's
/// "Tiếp tục triển khai các nhiệm vụ giáo dục và đào tạo trên địa bàn; tổ chức Hội nghị sơ kết
/// học kỳ I …" is Cao Lộc's "Tiếp tục triển khai thực hiện các nhiệm vụ đổi mới căn bản, phát
/// triển toàn diện giáo dục và đào tạo trên địa bàn xã." and "Tổ chức Hội nghị sơ kết học kỳ I
/// …". The first piece is not 80% inside the whole (it adds words), but it would pair with the
/// first clause on its own (regression: it was new, the clause dropped unseen).
#[test]
fn a_reworded_clause_of_a_task_is_a_split() {
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    let piece = by_new(&c, "Tiếp tục triển khai thực hiện các nhiệm vụ đổi mới căn bản");
    assert_eq!(piece.status, TaskStatus::Split, "{piece:?}");
    assert!(piece.old.as_ref().unwrap().text.starts_with("Tiếp tục triển khai các nhiệm vụ giáo dục"), "{piece:?}");
    let back = cmp("cao-loc-2026-02", "tam-thanh-2026-02");
    let t = by_old(&back, "Tiếp tục triển khai thực hiện các nhiệm vụ đổi mới căn bản");
    assert_eq!(t.status, TaskStatus::Merged, "{t:?}");
}

/// A task of clauses and another unit's (or the report's) task that rewords one clause of
/// it: paired, though the whole pair scores under the task threshold, the same either way
/// round (regression: "Chỉ đạo nâng cao chất lượng dịch vụ khám, chữa bệnh; tăng cường …"
/// was dropped and "Nâng cao chất lượng dịch vụ khám, chữa bệnh, …" new).
#[test]
fn a_task_that_rewords_one_clause_is_carried() {
    let c = cmp("tam-thanh-2025-12", "tam-thanh-2025-report");
    let t = by_new(&c, "Nâng cao chất lượng dịch vụ khám, chữa bệnh, bảo đảm");
    assert_eq!(t.status, TaskStatus::Carried, "{t:?}");
    assert!(t.old.as_ref().unwrap().text.starts_with("Chỉ đạo nâng cao chất lượng dịch vụ khám, chữa bệnh;"), "{t:?}");
    assert!(t.similarity.unwrap() < 0.45, "{t:?}");
    let back = cmp("tam-thanh-2025-report", "tam-thanh-2025-12");
    let t = by_old(&back, "Nâng cao chất lượng dịch vụ khám, chữa bệnh, bảo đảm");
    assert_eq!(t.status, TaskStatus::Carried, "{t:?}");
    assert!(t.new.as_ref().unwrap().text.starts_with("Chỉ đạo nâng cao chất lượng dịch vụ khám, chữa bệnh;"), "{t:?}");
}

/// The clause step has a limit: two long documents whose tasks of clauses find nothing on
/// the other side would cost clauses × tasks comparisons; above the limit the step is
/// skipped and the report says so (built here, in memory: 700 tasks of two clauses against
/// 600 unrelated tasks).
#[test]
fn too_many_tasks_of_clauses_skip_the_clause_step_with_a_note() {
    let read =
        |text: &str| sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap();
    let syl =
        ["ba", "ca", "da", "ga", "ha", "la", "ma", "na", "pa", "ra", "sa", "ta", "va", "xa", "bo", "co", "do", "go"];
    let word =
        |k: usize, salt: usize| format!("{}{}{}", syl[(k + salt) % 18], syl[(k / 18) % 18], syl[(k / 324 + salt) % 18]);
    let mut old = String::from("I. NHIỆM VỤ\n");
    for k in 0..700 {
        old.push_str(&format!("{}. Rà soát hạng mục {}; tổng hợp kết quả {}.\n", k + 1, word(k, 0), word(k, 7)));
    }
    let mut new = String::from("I. NHIỆM VỤ\n");
    for k in 0..600 {
        new.push_str(&format!("{}. Tổ chức hội thi {} cho thiếu nhi.\n", k + 1, word(k, 3)));
    }
    let c = compare(&read(&old), &read(&new), &MatchSettings::default());
    assert!(c.notes.iter().any(|n| n.contains("that step was skipped")), "{:?}", c.notes);
    assert_eq!(c.summary.carried + c.summary.dropped + c.summary.merged, 700);
}

/// The notes a comparison writes read in Vietnamese in a Vietnamese report: each one the
/// library can write here has its Vietnamese wording (a note reworded in the library and
/// not in the table would show in English).
#[test]
fn comparison_notes_have_their_vietnamese_wording() {
    use sosanh::render::lang::{Lang, note};
    let (a, b) = (doc("tam-thanh-2025-12"), doc("tam-thanh-2025-report"));
    let settings = MatchSettings { max_candidates: 2, ..MatchSettings::default() };
    let c = compare(&a, &b, &settings);
    assert!(!c.notes.is_empty());
    for n in &c.notes {
        assert_ne!(note(n, Lang::Vi), n.as_str(), "no Vietnamese wording for {n:?}");
        assert_eq!(note(n, Lang::En), n.as_str());
    }
}

#[test]
fn a_task_cut_in_two_is_a_split() {
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    // Tam Thanh's "Tổ chức Lễ giao nhận quân …; chủ động phương án …" is two tasks in Cao Lộc.
    let first = by_new(&c, "Tổ chức Lễ giao nhận quân năm 2026");
    let second = by_new(&c, "Chủ động phương án bảo vệ an toàn");
    let old = first.old.as_ref().unwrap().text.clone();
    assert!(old.starts_with("Tổ chức Lễ giao nhận quân"), "{old}");
    assert_eq!(second.old.as_ref().unwrap().text, old);
    // One piece is the carried pair, the other the split.
    let mut statuses = [first.status, second.status];
    statuses.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(statuses, [TaskStatus::Carried, TaskStatus::Split]);
    // The other way round, the two are merged into one.
    let back = cmp("cao-loc-2026-02", "tam-thanh-2026-02");
    let merged: Vec<&TaskMatch> = back.tasks.iter().filter(|t| t.status == TaskStatus::Merged).collect();
    assert!(
        merged.iter().any(|t| {
            let o = &t.old.as_ref().unwrap().text;
            (o.starts_with("Chủ động phương án bảo vệ an toàn") || o.starts_with("Tổ chức Lễ giao nhận quân"))
                && t.new.as_ref().unwrap().text == old
        }),
        "{merged:?}"
    );
    assert_eq!(c.summary.split, back.summary.merged);
}

/// A clause the other side split over two clauses of one article: the old clause 2 of
/// Điều 2 is aligned with the new clause 3 (its second sentence), and its first sentence,
/// reworded below the task threshold, went to the new clause 2, which has no partner.
/// Both under the aligned article, both opening their clauses: carried, not dropped + new;
/// and the new clause 2, whose only carried task came from the old clause aligned with its
/// sibling, stands in that clause's entry ("Điều 2.2 + Điều 2.3 ← Điều 2.2"), so the pair
/// did not move.
#[test]
fn a_clause_split_over_two_clauses_of_an_aligned_article_keeps_its_pieces() {
    let read =
        |text: &str| sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap();
    // The same regulation of two provinces: article 1 word for word, article 2 as given.
    let rules = |province: &str, article_two: &[&str]| {
        read(&format!(
            "ỦY BAN NHÂN DÂN\nTỈNH {province}\n\nQUY CHẾ\nPhối hợp giữa các cơ quan\n\n\
             Điều 1. Trách nhiệm của Văn phòng đăng ký đất đai\n\
             1. Cập nhật, chỉnh lý hồ sơ địa chính và cơ sở dữ liệu đất đai theo quy định.\n\
             2. Cung cấp thông tin đất đai cho các cơ quan khi có yêu cầu.\n\n\
             Điều 2. Trách nhiệm của cơ quan thuế\n{}\n",
            article_two.join("\n")
        ))
    };
    let old = rules(
        "LAI CHÂU",
        &[
            "1. Hướng dẫn thủ tục kê khai thuế theo mẫu biểu quy định cho người sử dụng đất.",
            "2. Tiếp nhận và giải quyết hồ sơ chuyển thông tin địa chính của Văn phòng đăng ký đất đai đảm bảo đúng \
             thời hạn không quá 03 ngày làm việc, ban hành Thông báo về nghĩa vụ tài chính. Trường hợp quá thời gian \
             quy định mà chưa phát hành thông báo thuế, cơ quan thuế phải có văn bản thông báo cho Văn phòng đăng ký \
             đất đai để biết, cập nhật hồ sơ.",
            "3. Theo dõi việc ghi nợ, thanh toán nợ nghĩa vụ tài chính của người sử dụng đất.",
        ],
    );
    let new = rules(
        "NGHỆ AN",
        &[
            "1. Hướng dẫn thủ tục kê khai thuế theo mẫu biểu quy định cho người sử dụng đất.",
            "2. Tiếp nhận và giải quyết hồ sơ xác định nghĩa vụ tài chính do cơ quan cấp xã chuyển đến đảm bảo đúng \
             thời hạn, cụ thể như sau.",
            "3. Trường hợp quá thời gian quy định mà chưa phát hành thông báo thuế, cơ quan thuế phải thông báo bằng \
             văn bản đến Văn phòng đăng ký đất đai để biết, cập nhật hồ sơ.",
            "4. Theo dõi việc ghi nợ, thanh toán nợ nghĩa vụ tài chính của người sử dụng đất.",
        ],
    );
    let c = compare(&old, &new, &MatchSettings::default());
    let t = by_new(&c, "Tiếp nhận và giải quyết hồ sơ xác định nghĩa vụ tài chính");
    assert_eq!(t.status, TaskStatus::Carried, "{t:?}");
    assert!(t.old.as_ref().unwrap().text.starts_with("Tiếp nhận và giải quyết hồ sơ chuyển thông tin địa chính"));
    assert_eq!(t.old.as_ref().unwrap().path, p("Điều 2.2"));
    assert_eq!(t.moved, Some(false));
    let e = c.sections.iter().find(|e| e.old.contains(&p("Điều 2.2"))).expect("the clause's entry");
    assert_eq!(e.new, [p("Điều 2.2"), p("Điều 2.3")], "{e:?}");
    assert_eq!((c.summary.new, c.summary.dropped), (0, 0), "{:?}", c.summary);
    // The other way round, the same pair.
    let back = compare(&new, &old, &MatchSettings::default());
    assert_eq!(by_old(&back, "Tiếp nhận và giải quyết hồ sơ xác định").status, TaskStatus::Carried);
}

/// The agencies' duties of the two rules of `two_tasks_written_as_one_are_carried_and_merged`,
/// word for word the same: a document's worth of other tasks.
const DUTIES: &str = "1. Sở Công Thương kiểm tra việc chấp hành quy định về an toàn điện của các đơn vị điện lực.\n\
    2. Ủy ban nhân dân cấp xã tuyên truyền, hướng dẫn người dân sử dụng điện an toàn, tiết kiệm.\n\
    3. Sở Xây dựng hướng dẫn thiết kế, lắp đặt hệ thống điện trong nhà ở và công trình công cộng.\n\
    4. Sở Giáo dục và Đào tạo đưa nội dung an toàn điện vào hoạt động ngoại khóa của học sinh.\n\
    5. Công an tỉnh phòng cháy, chữa cháy do sự cố điện tại khu dân cư, chợ và trung tâm thương mại.\n\
    6. Đài Phát thanh và Truyền hình tỉnh đưa tin, phóng sự về sử dụng điện tiết kiệm và hiệu quả.\n\
    7. Các doanh nghiệp kiểm định định kỳ thiết bị, dụng cụ điện theo quy chuẩn kỹ thuật quốc gia.\n\
    8. Hộ gia đình không tự ý câu móc, đấu nối điện và không dùng điện để bẫy chuột, bắt cá.\n\
    9. Sở Nông nghiệp và Môi trường hướng dẫn sử dụng điện an toàn trong trồng trọt, chăn nuôi, thủy sản.\n\
    10. Sở Tài chính bố trí kinh phí tuyên truyền theo khả năng cân đối của ngân sách tỉnh hằng năm.\n\
    11. Ban Quản lý các khu công nghiệp kiểm tra trạm biến áp của doanh nghiệp trong khu công nghiệp.\n\
    12. Sở Y tế hướng dẫn sơ cứu, cấp cứu người bị điện giật tại cơ sở khám bệnh, chữa bệnh.";

/// Two sentences of one clause (difficulties reported to the department; matters beyond
/// its power taken to the province) written as one sentence by another province: each
/// alone below the task threshold against it, the two together above. The one that
/// scores best alone is carried, the other merged into the same task; the other way
/// round, split from it. Not dropped + new.
#[test]
fn two_tasks_written_as_one_are_carried_and_merged() {
    let read =
        |text: &str| sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap();
    // Article 2 as given, after the same article 1.
    let rules = |province: &str, article_two: &str| {
        read(&format!(
            "ỦY BAN NHÂN DÂN\nTỈNH {province}\n\nQUY ĐỊNH\nQuản lý an toàn điện\n\n\
             Điều 1. Trách nhiệm của các cơ quan\n{DUTIES}\n\nĐiều 2. Tổ chức thực hiện\n{article_two}\n"
        ))
    };
    let reports = "Các đơn vị điện lực báo cáo định kỳ về tai nạn điện và vi phạm hành lang bảo vệ công trình.";
    let closing = |text: &str| format!("1. {reports}\n2. {text}");
    let old = rules(
        "QUẢNG TRỊ",
        &closing(
            "Trong quá trình thực hiện Quy định này nếu có khó khăn, vướng mắc, các cơ quan, đơn vị có liên \
             quan phản ánh kịp thời về Sở Công Thương để hướng dẫn, giải quyết. Trường hợp vượt thẩm quyền, Sở \
             Công Thương tổng hợp, báo cáo tham mưu đề xuất Ủy ban nhân dân tỉnh xem xét, quyết định.",
        ),
    );
    let one_line = "Trong quá trình thực hiện quy định, nếu có vướng mắc, phát sinh các sở, ban, ngành thuộc tỉnh, Ủy \
                    ban nhân dân cấp xã và tổ chức, cá nhân liên quan phản ánh về Sở Công Thương để tổng hợp, báo cáo \
                    Ủy ban nhân dân tỉnh xem xét, điều chỉnh kịp thời.";
    let new = rules("THÁI NGUYÊN", &closing(one_line));
    let c = compare(&old, &new, &MatchSettings::default());
    let first = by_old(&c, "Trong quá trình thực hiện Quy định này");
    let second = by_old(&c, "Trường hợp vượt thẩm quyền");
    assert_eq!(first.status, TaskStatus::Carried, "{first:?}");
    assert_eq!(second.status, TaskStatus::Merged, "{second:?}");
    assert_eq!(first.new.as_ref().unwrap().text, second.new.as_ref().unwrap().text);
    assert_eq!((c.summary.new, c.summary.dropped, c.summary.merged), (0, 0, 1), "{:?}", c.summary);
    // The other way round: carried and split.
    let back = compare(&new, &old, &MatchSettings::default());
    assert_eq!(by_new(&back, "Trong quá trình thực hiện Quy định này").status, TaskStatus::Carried);
    assert_eq!(by_new(&back, "Trường hợp vượt thẩm quyền").status, TaskStatus::Split);
    assert_eq!((back.summary.new, back.summary.dropped, back.summary.split), (0, 0, 1), "{:?}", back.summary);

    // As Thái Nguyên wrote it: the one sentence closes a clause after a task of its own, so
    // no neighbouring pair holds the first sentence in place for the context rule; the two
    // are found joined (0.456 here, the first alone 0.36; with eight duties instead of
    // twelve the joined pair scored 0.449, under the task threshold: in a short document
    // the shared words weigh less).
    let new = rules(
        "THÁI NGUYÊN",
        &format!(
            "1. Kinh phí thực hiện Quy định này được bố trí từ ngân sách địa phương theo phân cấp.\n2. {reports} \
             {one_line}"
        ),
    );
    let c = compare(&old, &new, &MatchSettings::default());
    let first = by_old(&c, "Trong quá trình thực hiện Quy định này");
    let second = by_old(&c, "Trường hợp vượt thẩm quyền");
    assert_eq!((first.status, second.status), (TaskStatus::Carried, TaskStatus::Merged), "{:#?}", c.tasks);
    assert!(first.new.as_ref().unwrap().text.starts_with("Trong quá trình thực hiện quy định, nếu có vướng mắc"));
    let back = compare(&new, &old, &MatchSettings::default());
    assert_eq!(by_new(&back, "Trường hợp vượt thẩm quyền").status, TaskStatus::Split, "{:#?}", back.tasks);
}

#[test]
fn unpaired_tasks_name_their_closest_candidate() {
    let c = cmp("tam-thanh-2026-02", "cao-loc-2026-02");
    for t in c.tasks.iter().filter(|t| matches!(t.status, TaskStatus::New | TaskStatus::Dropped)) {
        if let Some(n) = &t.nearest {
            assert!(n.similarity >= sosanh::compare::NEAREST_FLOOR && n.similarity < 1.0, "{t:?}");
            assert!(n.index >= 1);
        }
    }
    let t = by_old(&c, "Quản lý chi ngân sách");
    if t.status == TaskStatus::Dropped {
        let n = t.nearest.as_ref().expect("a near miss names its candidate");
        assert!(n.similarity >= sosanh::compare::NEAREST_FLOOR, "{n:?}");
    }
}

#[test]
fn output_never_contradicts_itself() {
    for (a, b) in [
        ("tam-thanh-2026-02", "cao-loc-2026-02"),
        ("cao-loc-2026-02", "quoc-khanh-2026-01"),
        ("tam-thanh-2026-02", "quoc-khanh-2026-01"),
        ("tam-thanh-2025-12", "tam-thanh-2026-02"),
    ] {
        let c = cmp(a, b);
        // Each section once on its side.
        let mut seen_old = std::collections::HashSet::new();
        let mut seen_new = std::collections::HashSet::new();
        for s in &c.sections {
            for o in &s.old {
                assert!(seen_old.insert(o.clone()), "{a} {b}: old {o:?} twice");
            }
            for n in &s.new {
                assert!(seen_new.insert(n.clone()), "{a} {b}: new {n:?} twice");
            }
        }
        // A dropped section comes right after the entry holding the aligned old section
        // before it (or first).
        for (i, s) in c.sections.iter().enumerate().filter(|(_, s)| s.status == SectionStatus::Dropped) {
            let before = c.sections[..i].iter().rev().find(|e| e.status != SectionStatus::Dropped);
            if let Some(prev) = before {
                assert!(prev.status != SectionStatus::New || prev.old.is_empty(), "{a} {b}: {s:?}");
            }
        }
        // Section similarities reach the threshold: no hidden allowance.
        for s in c.sections.iter().filter(|s| s.status == SectionStatus::Matched) {
            assert!(s.similarity.unwrap() >= MatchSettings::default().section_threshold, "{a} {b}: {s:?}");
        }
        // Every task exactly once on its side.
        let olds: Vec<usize> = c
            .tasks
            .iter()
            .filter(|t| t.status != TaskStatus::Split)
            .filter_map(|t| t.old.as_ref().map(|o| o.index))
            .collect();
        let news: Vec<usize> = c
            .tasks
            .iter()
            .filter(|t| t.status != TaskStatus::Merged)
            .filter_map(|t| t.new.as_ref().map(|n| n.index))
            .collect();
        assert_eq!(olds.len(), olds.iter().collect::<std::collections::HashSet<_>>().len(), "{a} {b}");
        assert_eq!(news.len(), news.iter().collect::<std::collections::HashSet<_>>().len(), "{a} {b}");
        assert_eq!(olds.len(), c.old.tasks, "{a} {b}");
        assert_eq!(news.len(), c.new.tasks, "{a} {b}");
    }
}

#[test]
fn a_higher_section_threshold_aligns_less() {
    let (a, b) = (doc("tam-thanh-2026-02"), doc("cao-loc-2026-02"));
    let strict = MatchSettings { section_threshold: 0.99, ..MatchSettings::default() };
    let c = compare(&a, &b, &strict);
    for s in c.sections.iter().filter(|s| s.status == SectionStatus::Matched) {
        assert!(s.similarity.unwrap() >= 0.99, "{s:?}");
    }
}

#[test]
fn same_heading_over_unrelated_tasks_is_not_a_perfect_match() {
    // Both have "1. Lĩnh vực kinh tế" but nothing in common below it.
    let read =
        |text: &str| sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap();
    let a = read("I. NHIỆM VỤ\n1. Lĩnh vực kinh tế\nRà soát hồ sơ cưỡng chế đất đai tồn đọng.\n");
    let b = read("I. NHIỆM VỤ\n1. Lĩnh vực kinh tế\nTổ chức lễ hội mùa xuân cho thiếu nhi.\n");
    let c = compare(&a, &b, &MatchSettings::default());
    let e = entry(&c, "I.1");
    assert_eq!(e.status, SectionStatus::Matched);
    assert!(e.similarity.unwrap() <= 0.6, "{e:?}");
}

/// A user's link naming two tasks by their paths and texts: confirmed (`same`) or forbidden.
fn user_link(
    same: bool,
    o: &sosanh::compare::TaskRef,
    n: &sosanh::compare::TaskRef,
) -> sosanh::compare::links::UserLink {
    let path = |r: &sosanh::compare::TaskRef| sosanh::model::path_string(&r.path);
    sosanh::compare::links::UserLink {
        same,
        old_path: path(o),
        old_text: o.text.clone(),
        new_path: path(n),
        new_text: n.text.clone(),
    }
}

#[test]
fn user_links_confirm_and_forbid_pairs() {
    use sosanh::compare::links::UserLink;
    let (a, b) = (doc("tam-thanh-2026-02"), doc("cao-loc-2026-02"));
    let base = compare(&a, &b, &MatchSettings::default());
    let carried = base.tasks.iter().find(|t| t.status == TaskStatus::Carried).unwrap();
    let (o, n) = (carried.old.clone().unwrap(), carried.new.clone().unwrap());
    let path = |r: &sosanh::compare::TaskRef| sosanh::model::path_string(&r.path);
    // Forbid the pair: it is no longer made.
    let forbid = user_link(false, &o, &n);
    let c = compare(&a, &b, &MatchSettings { links: vec![forbid], ..MatchSettings::default() });
    let t = by_old(&c, &o.text);
    assert!(t.new.as_ref().is_none_or(|x| x.text != n.text), "{t:?}");
    // Confirm a pair nothing would make, naming the old task by a renumbered path.
    let lonely = base.tasks.iter().find(|t| t.status == TaskStatus::Dropped).unwrap().old.clone().unwrap();
    let target = base.tasks.iter().find(|t| t.status == TaskStatus::New).unwrap().new.clone().unwrap();
    let confirm = UserLink {
        same: true,
        old_path: "IX.99".into(),
        old_text: lonely.text.clone(),
        new_path: path(&target),
        new_text: target.text.clone(),
    };
    let c = compare(&a, &b, &MatchSettings { links: vec![confirm], ..MatchSettings::default() });
    let t = by_old(&c, &lonely.text);
    assert_eq!(t.status, TaskStatus::Carried);
    assert_eq!(t.new.as_ref().unwrap().text, target.text);
    // Written links read back to the same pairs.
    let mut buf = Vec::new();
    sosanh::compare::links::write(&base, &[], &mut buf).unwrap();
    let links = sosanh::compare::links::parse(&String::from_utf8(buf).unwrap()).unwrap();
    // (pairs accepted below the task threshold for their context are left to be found again)
    let threshold = MatchSettings::default().task_threshold;
    let sure = base.tasks.iter().filter(|t| t.status == TaskStatus::Carried && t.similarity.unwrap() >= threshold);
    assert_eq!(links.len(), sure.count());
    let again = compare(&a, &b, &MatchSettings { links, ..MatchSettings::default() });
    assert_eq!(signature(&again), signature(&base));
}

// ---------------------------------------------------------------------------------------
// Labelled pairs of real plans (`../shared/real/`): two provinces writing from the same
// central text. Each decision was made by reading both documents: this task of the old one
// is the same item as that task of the new one, or has no counterpart there. Only
// clear-cut calls are listed (a clause that one side splits or merges in a way a careful
// reader could pair either way is left out). A task is named by a snippet of its text and,
// where two tasks share it, "heading snippet » text snippet" with a snippet of a heading
// above it, so renumbering or small outline changes do not break the labels while a
// wrong pairing does.

const REAL: &str = "../shared/real";

/// One labelled decision.
enum Call {
    /// The old task is the same item as the new task (carried, split or merged).
    Same(&'static str, &'static str),
    /// The old task has no counterpart in the new document.
    OldOnly(&'static str),
    /// The new task has no counterpart in the old document.
    NewOnly(&'static str),
}
use Call::{NewOnly, OldOnly, Same};

/// A labelled section decision: (old section's heading snippet, new section's heading
/// snippet), either side `None` for a section on one side only.
type SectionCall = (Option<&'static str>, Option<&'static str>);

fn real_doc(id: &str) -> Option<Document> {
    let dir = std::path::Path::new(REAL);
    let file = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains(id) && n.ends_with(".txt")))?;
    Some(read_document(file.to_str().unwrap(), &ReadOptions::default()).unwrap())
}

/// Two real documents by id, or `None` (said on stderr) when `REAL` is not beside the
/// checkout, so that a test on them is skipped rather than failed.
fn real_pair(old_id: &str, new_id: &str) -> Option<(Document, Document)> {
    let pair = real_doc(old_id).zip(real_doc(new_id));
    if pair.is_none() {
        eprintln!("SKIPPED: {REAL} is not beside the checkout");
    }
    pair
}

/// The headings above a path (its own included), from the document.
fn headings(d: &Document, path: &[String]) -> Vec<String> {
    d.all_sections().iter().filter(|s| path.starts_with(&s.path)).map(|s| s.heading.clone()).collect()
}

/// The index of the one task of a side matching "heading » text" (or "text"; "=heading"
/// for a heading that is exactly that).
fn find_task(c: &Comparison, d: &Document, old: bool, pick: &str) -> usize {
    try_find_task(c, d, old, pick).unwrap_or_else(|e| panic!("{e}"))
}

fn try_find_task(c: &Comparison, d: &Document, old: bool, pick: &str) -> Result<usize, String> {
    let (under, text) = match pick.split_once(" » ") {
        Some((u, t)) => (Some(u), t),
        None => (None, pick),
    };
    let mut found: Vec<usize> = c
        .tasks
        .iter()
        .filter_map(|t| if old { t.old.as_ref() } else { t.new.as_ref() })
        .filter(|r| r.text.contains(text))
        // "=heading » text": under a heading that is exactly this (a title its parent's repeats).
        .filter(|r| {
            under.is_none_or(|u| {
                headings(d, &r.path).iter().any(|h| match u.strip_prefix('=') {
                    Some(exact) => h == exact,
                    None => h.contains(u),
                })
            })
        })
        .map(|r| r.index)
        .collect();
    found.sort();
    found.dedup();
    if found.len() != 1 {
        return Err(format!("{} snippet {pick:?} names {} tasks", if old { "old" } else { "new" }, found.len()));
    }
    Ok(found[0])
}

/// A section of an entry's side has the snippet in its heading or, for an item with no
/// heading, in its first task; a snippet ending in '$' must end the heading.
fn section_has(d: &Document, paths: &[Vec<String>], snippet: &str) -> bool {
    let has = |h: &str| match snippet.strip_suffix('$') {
        Some(end) => h.trim_end().ends_with(end),
        None => h.contains(snippet),
    };
    d.all_sections().iter().any(|s| {
        paths.contains(&s.path)
            && (has(&s.heading) || (s.heading.trim().is_empty() && s.tasks.first().is_some_and(|t| has(&t.text))))
    })
}

/// Scores a comparison against labelled calls: (task calls right, task calls, section calls
/// right, section calls, what went wrong).
fn score(
    c: &Comparison,
    a: &Document,
    b: &Document,
    calls: &[Call],
    sections: &[SectionCall],
) -> (usize, usize, usize, usize, Vec<String>) {
    // Every snippet names one task.
    let bad: Vec<String> = calls
        .iter()
        .flat_map(|call| match *call {
            Same(o, n) => vec![try_find_task(c, a, true, o).err(), try_find_task(c, b, false, n).err()],
            OldOnly(o) => vec![try_find_task(c, a, true, o).err()],
            NewOnly(n) => vec![try_find_task(c, b, false, n).err()],
        })
        .flatten()
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    let mut wrong = Vec::new();
    let paired = |t: &&TaskMatch| matches!(t.status, TaskStatus::Carried | TaskStatus::Split | TaskStatus::Merged);
    for call in calls {
        let ok = match *call {
            Same(o, n) => {
                let (oi, ni) = (find_task(c, a, true, o), find_task(c, b, false, n));
                c.tasks.iter().filter(paired).any(|t| {
                    t.old.as_ref().is_some_and(|x| x.index == oi) && t.new.as_ref().is_some_and(|x| x.index == ni)
                })
            }
            OldOnly(o) => {
                let oi = find_task(c, a, true, o);
                c.tasks
                    .iter()
                    .filter(|t| t.old.as_ref().is_some_and(|x| x.index == oi))
                    .all(|t| t.status == TaskStatus::Dropped)
            }
            NewOnly(n) => {
                let ni = find_task(c, b, false, n);
                c.tasks
                    .iter()
                    .filter(|t| t.new.as_ref().is_some_and(|x| x.index == ni))
                    .all(|t| t.status == TaskStatus::New)
            }
        };
        if !ok {
            wrong.push(match *call {
                Same(o, n) => format!("same: {o:?} = {n:?}"),
                OldOnly(o) => format!("old only: {o:?}"),
                NewOnly(n) => format!("new only: {n:?}"),
            });
        }
    }
    let mut sec_right = 0;
    for &(o, n) in sections {
        let ok = match (o, n) {
            (Some(o), Some(n)) => c
                .sections
                .iter()
                .any(|s| s.status == SectionStatus::Matched && section_has(a, &s.old, o) && section_has(b, &s.new, n)),
            (Some(o), None) => {
                c.sections.iter().any(|s| s.status == SectionStatus::Dropped && section_has(a, &s.old, o))
            }
            (None, Some(n)) => c.sections.iter().any(|s| s.status == SectionStatus::New && section_has(b, &s.new, n)),
            (None, None) => true,
        };
        if ok {
            sec_right += 1;
        } else {
            wrong.push(format!("section: {o:?} = {n:?}"));
        }
    }
    (
        calls.len() - wrong.iter().filter(|w| !w.starts_with("section")).count(),
        calls.len(),
        sec_right,
        sections.len(),
        wrong,
    )
}

/// Runs a labelled real pair: every call right but the named known misses, and the scores.
fn labelled_pair(old_id: &str, new_id: &str, calls: &[Call], sections: &[SectionCall], known_misses: &[&str]) {
    let Some((a, b)) = real_pair(old_id, new_id) else {
        return;
    };
    let c = compare(&a, &b, &MatchSettings::default());
    let (tr, tn, sr, sn, wrong) = score(&c, &a, &b, calls, sections);
    eprintln!(
        "{old_id} -> {new_id}: tasks {tr}/{tn} = {:.3}, sections {sr}/{sn} = {:.3}",
        tr as f64 / tn as f64,
        sr as f64 / sn as f64
    );
    for w in &wrong {
        eprintln!("  wrong: {w}");
    }
    let unexpected: Vec<&String> = wrong.iter().filter(|w| !known_misses.iter().any(|k| w.contains(k))).collect();
    assert!(unexpected.is_empty(), "wrong calls beyond the known misses: {unexpected:#?}");
    // Both documents the other way round: the same pairs.
    let back = compare(&b, &a, &MatchSettings::default());
    assert_eq!(back.summary.carried, c.summary.carried, "{old_id} {new_id} mirrored");
}

/// Lai Châu's and Nghệ An's rules for the land registration offices (Quyết định 88/2025
/// and 95/2025), both written from the same decrees: many clauses copied, reordered
/// (articles by agency), reworded or split into sentences.
#[test]
fn labelled_lai_chau_nghe_an_land_registration_rules() {
    let calls = [
        // The first articles (the enacting formulas above them are preamble, not tasks).
        Same("Ban hành kèm theo Quyết định này Quy chế", "Ban hành kèm theo Quyết định này Quy chế"),
        Same("có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025", "có hiệu lực thi hành kể từ ngày 05/12/2025"),
        Same("Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch", "Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc các sở"),
        Same("Quy chế này quy định cơ chế phối hợp", "Quy chế này quy định cụ thể về việc phối hợp"),
        Same("Các nội dung khác không đề cập trong Quy chế này", "Những nội dung không quy định trong Quy chế này"),
        Same("(sau đây gọi là Ủy ban nhân dân cấp xã); Phòng kinh tế", "Ủy ban nhân dân các xã, phường (sau đây gọi"),
        // Lai Châu's point d) was run into its point c) by extraction ("… đất đai. d) Các cơ quan").
        Same("Các cơ quan, tổ chức, cá nhân khác có liên quan", "Các tổ chức, cá nhân khác có liên quan"),
        // Principles and ways of working together.
        Same(
            "Tuân thủ các quy định của pháp luật hiện hành; phù hợp",
            "Phải tuân thủ theo các quy định của pháp luật hiện hành",
        ),
        Same("Bảo đảm thực hiện đồng bộ, thống nhất, chặt chẽ", "Bảo đảm thực hiện đồng bộ, thống nhất, chặt chẽ"),
        Same(
            "Xác định rõ cơ quan, đơn vị chủ trì, đơn vị phối hợp",
            "Xác định rõ về cơ quan, đơn vị chủ trì, phối hợp",
        ),
        Same("cơ quan phối hợp trả lời theo thời gian đã được quy định", "trong văn bản phải có thời hạn trả lời"),
        Same(
            "Cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp.",
            "chịu trách nhiệm về các thông tin đã cung cấp của mình",
        ),
        Same("chịu trách nhiệm trước Ủy ban nhân dân tỉnh", "mà chưa hoặc không cung cấp thông tin"),
        Same("kiểm tra thực địa trong thời gian 03 ngày làm việc", "kiểm tra thực địa ít nhất 01 ngày làm việc"),
        Same("tham gia đúng thành phần theo văn bản mời", "tham gia đúng thành phần theo đề nghị của cơ quan chủ trì"),
        Same(
            "Cán bộ tham gia phải chịu trách nhiệm về ý kiến phát biểu",
            "Người tham gia phải chịu trách nhiệm về ý kiến của mình",
        ),
        Same(
            "Cơ quan chủ trì có trách nhiệm tổng hợp đầy đủ nội dung",
            "Cơ quan chủ trì có trách nhiệm tổng hợp đầy đủ nội",
        ),
        Same("các thành viên tham gia có trách nhiệm ký", "các thành viên tham gia họp có trách nhiệm ký"),
        Same("Các phương thức phối hợp khác theo đề xuất", "Các phương thức phối hợp khác."),
        OldOnly("Ý kiến của cán bộ được cử tham gia là ý kiến của cơ quan phối hợp"),
        OldOnly("cơ quan phối hợp phải có văn bản phản hồi ngay"),
        OldOnly("đột xuất, chưa chuẩn bị được tài liệu"),
        NewOnly("Trường hợp vướng mắc mà các bên không thống nhất phương án giải quyết"),
        NewOnly("Thống kê, kiểm kê đất đai và lập bản đồ hiện trạng sử dụng đất."),
        NewOnly("Thời hạn thực hiện đồng thời nhiều thủ tục hành chính"),
        NewOnly("Tòa án Nhân dân tỉnh Nghệ An"),
        // Lai Châu's one-stop desks and provincial department: Nghệ An has no such articles.
        OldOnly("tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh"),
        OldOnly("thực hiện thu phí, lệ phí, giá dịch vụ công"),
        OldOnly("Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần"),
        OldOnly("Kiểm tra tính đầy đủ của thành phần hồ sơ"),
        OldOnly("thực hiện việc tuyên truyền và tổ chức thực hiện đăng ký đất đai"),
        // The registration office and its branches: the branch's clauses go to the branch.
        Same("Trách nhiệm của Chi nhánh » Gửi văn bản lấy ý kiến, xác nhận", "Gửi văn bản lấy ý kiến, xác nhận"),
        Same(
            "ý kiến phản hồi của Ủy ban nhân dân cấp xã, các cơ quan, đơn vị, Chi nhánh",
            "kể từ khi nhận được ý kiến của các cơ quan, ban, ngành",
        ),
        OldOnly("Trách nhiệm của Văn phòng đăng ký đất đai » Gửi văn bản lấy ý kiến, xác nhận"),
        OldOnly("ý kiến phản hồi của các cơ quan, đơn vị, Văn phòng đăng ký"),
        Same(
            "Chủ trì, phối hợp với Ủy ban nhân dân cấp xã, các phòng, ban",
            "Chủ trì, phối hợp với Ủy ban nhân dân cấp xã, các phòng, ban",
        ),
        Same(
            "do cơ quan có chức năng quản lý đất đai cấp xã và các cơ quan khác chuyển đến",
            "đối với hồ sơ do Cơ quan có chức năng quản lý đất đai cấp xã chuyển đến",
        ),
        Same("tiếp nhận, cấp phát, điều chuyển và theo dõi", "Cấp phát, điều chuyển phôi Giấy chứng nhận"),
        NewOnly("Trách nhiệm của Văn phòng » không chịu trách nhiệm do việc các đơn vị phối hợp"),
        NewOnly("Trách nhiệm của Chi nhánh » không chịu trách nhiệm do việc các đơn vị phối hợp"),
        NewOnly("dẫn đến Giấy chứng nhận cấp đổi sai"),
        NewOnly("trường hợp Nhà nước thu hồi đất theo quy định tại các Điều 78"),
        // The commune's land office and the commune.
        Same(
            "Phối hợp Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai thực hiện kiểm tra thực địa",
            "Phối hợp Chi nhánh Văn phòng đăng ký đất đai thực hiện kiểm tra thực địa",
        ),
        Same(
            "Chịu trách nhiệm về thời gian giải quyết thủ tục hành chính",
            "Chịu trách nhiệm về thời hạn giải quyết thủ tục hành chính",
        ),
        Same(
            "Thực hiện niêm yết công khai việc cấp Giấy chứng nhận, việc mất",
            "Thực hiện niêm yết công khai về việc mất",
        ),
        Same(
            "phải có văn bản nêu lý do gửi đến người yêu cầu đăng ký",
            "phải có Văn bản xin lỗi người yêu cầu Đăng ký",
        ),
        OldOnly("Bố trí nơi tiếp nhận và trả kết quả hồ sơ"),
        NewOnly("Rà soát phạm vi địa giới hành chính"),
        NewOnly("phê duyệt các biểu thống kê, kiểm kê"),
        // The tax office.
        Same(
            "Tiếp nhận và giải quyết hồ sơ chuyển thông tin địa chính",
            "Tiếp nhận và giải quyết hồ sơ xác định nghĩa vụ tài chính",
        ),
        Same("mà chưa phát hành Thông về nghĩa vụ tài chính", "mà chưa phát hành thông báo thuế"),
        Same("tính tiền chậm nộp theo quy định", "Cơ quan thuế có trách nhiệm đôn đốc người nộp thuế"),
        Same("Theo dõi việc ghi nợ, thanh toán nợ", "Theo dõi việc ghi nợ, thanh toán nợ"),
        Same(
            "Kịp thời giải quyết các trường hợp phải xác định lại",
            "Kịp thời giải quyết các trường hợp phải xác định lại",
        ),
        OldOnly("hướng dẫn thủ tục kê khai thuế theo mẫu biểu quy định"),
        OldOnly("liên thông giải quyết hồ sơ thực hiện nghĩa vụ tài chính bằng phương pháp điện tử"),
        NewOnly("Cơ quan thuế không được yêu cầu"),
        // Other agencies.
        OldOnly("Trách nhiệm của Sở Tư pháp hướng dẫn"),
        OldOnly("Cung cấp thông tin doanh nghiệp được chia tách"),
        OldOnly("Trong quá trình triển khai thực hiện Quy chế, nếu có khó khăn"),
        NewOnly("Cơ quan thi hành án dân sự hoặc cơ quan tòa án"),
        NewOnly("trả phí khai thác và sử dụng tài liệu đất đai"),
    ];
    let sections: [SectionCall; 15] = [
        (Some("Hiệu lực thi hành"), Some("Hiệu lực thi hành")),
        (Some("Trách nhiệm thi hành"), Some("Tổ chức thực hiện")),
        (Some("Phạm vi điều chỉnh và đối tượng áp dụng"), Some("Phạm vi điều chỉnh")),
        (Some("Nguyên tắc, hình thức, phương pháp phối hợp"), Some("Phương thức phối hợp")),
        (Some("Trách nhiệm của Văn phòng đăng ký đất đai$"), Some("Trách nhiệm của Văn phòng đăng ký đất đai$")),
        (
            Some("Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai"),
            Some("Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai"),
        ),
        (Some("Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã"), Some("quản lý đất đai cấp xã")),
        (Some("Trách nhiệm của cơ quan Thuế"), Some("Trách nhiệm của cơ quan thuế")),
        (Some("Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch"), Some("Trách nhiệm của Ủy ban nhân dân cấp xã")),
        (Some("trong việc tiếp nhận hồ sơ và trả kết quả"), None),
        (Some("Trách nhiệm của Sở Nông nghiệp và Môi trường"), None),
        (Some("Sửa đổi, bổ sung Quy chế"), None),
        (None, Some("Nội dung phối hợp")),
        (None, Some("Trình tự phối hợp")),
        (None, Some("cơ quan Tòa án, cơ quan Thi hành án")),
    ];
    // Known miss (reported, not yet met): Lai Châu's provincial department task paired
    // with a commune office's (0.49, on the boilerplate both share). (The tax office's
    // clause 2 that Nghệ An split over its clauses 1 and 3 is met since context pairs look
    // under aligned parents; the clause "tiếp nhận, cấp phát, điều chuyển … phôi" that Nghệ An wrote as
    // a task is met since `clause_pairs`; Lai Châu's article on the commune and its
    // chairman, left apart from Nghệ An's on the commune while its clause 1 was aligned with
    // it, since the nested links of `select`.)
    // Known since the thirty-sixth session (items paired on their words alone under parents
    // not aligned with each other are not linked, +8 task calls and +11 section calls on the
    // audits): Nghệ An's "Văn phòng đăng ký đất đai không chịu trách nhiệm do việc các đơn vị
    // phối hợp không cung cấp kịp thời …" carried from Lai Châu's "Cập nhật, chỉnh lý hồ sơ
    // địa chính …" (0.45), whose point was freed by that rule.
    let known = [
        "thực hiện việc tuyên truyền và tổ chức thực hiện đăng ký đất đai",
        "không chịu trách nhiệm do việc các đơn vị phối hợp",
    ];
    labelled_pair("50693ea4bb4bda20", "994dfbc3967e5ebf", &calls, &sections, &known);
}

/// The steps of one procedure, under the same procedure on both sides, pair with each other
/// though two provinces word them apart and the same steps recur under every other
/// procedure, whose copies are each row's closest over the whole document: Đồng Nai's and
/// Lạng Sơn's internal processes for certifying science and technology enterprises and for
/// amending or renewing the certificate (regression: every step dropped and new; the calls
/// are the blind audit `hAG`'s).
#[test]
fn rows_of_one_procedure_pair_within_the_procedure() {
    let Some((a, b)) = real_pair("e1d32e33e6daa23a", "71153021e3559f5e") else { return };
    let (cert, change) =
        ("Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học", "Thủ tục cấp thay đổi nội dung, cấp lại Giấy");
    let pairs = [
        (cert, "Duyệt hồ sơ và trình Lãnh đạo Sở", "Xem xét Tờ trình, trình Lãnh đạo Sở"),
        (cert, "Ký duyệt hồ sơ trình Lãnh đạo UBND tỉnh", "Ký duyệt Tờ trình"),
        (cert, "Lãnh đạo UBND tỉnh | Ký duyệt hồ sơ", "Ban hành Giấy chứng nhận/Công văn trả lời"),
        (change, "Duyệt hồ sơ và trình Lãnh đạo Sở", "Xem xét Tờ trình, trình Lãnh đạo Sở"),
        (change, "Ký duyệt hồ sơ trình Lãnh đạo UBND tỉnh", "Ký duyệt Tờ trình"),
    ];
    let picks: Vec<(String, String)> =
        pairs.iter().map(|(h, o, n)| (format!("{h} » {o}"), format!("{h} » {n}"))).collect();
    let there: Vec<Call> = picks.iter().map(|(o, n)| Same(o.clone().leak(), n.clone().leak())).collect();
    let back: Vec<Call> = picks.iter().map(|(o, n)| Same(n.clone().leak(), o.clone().leak())).collect();
    let [(_, ab), (_, ba)] = compared_both_ways(&a, &b);
    let (.., wrong) = score(&ab, &a, &b, &there, &[]);
    assert!(wrong.is_empty(), "{wrong:#?}");
    let (.., wrong) = score(&ba, &b, &a, &back, &[]);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Hồ Chí Minh City's plan for the Employment Law and Lai Châu's for the amended Standards
/// Law: both follow the Prime Minister's template for a law's implementation plan (aims,
/// dissemination, review of legal texts, inspection, funding, organisation).
#[test]
fn labelled_ho_chi_minh_lai_chau_law_implementation_plans() {
    let calls = [
        // (Both enacting formulas, "Ủy ban nhân dân Thành phố ban hành Kế hoạch …" and "Thực
        // hiện Quyết định số 2138/QĐ-TTg …, Ủy ban nhân dân tỉnh ban hành Kế hoạch …", are
        // preamble, not tasks.)
        Same("Bảo đảm sự chỉ đạo thống nhất phối hợp chặt chẽ", "Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh"),
        Same(
            "Xác định cụ thể nội dung công việc, tiến độ, thời hạn",
            "Xác định cụ thể nội dung công việc, thời hạn, tiến độ",
        ),
        Same(
            "Đồng thời, thường xuyên kiểm tra, đôn đốc",
            "Thường xuyên kiểm tra, đôn đốc, hướng dẫn, kịp thời tháo gỡ",
        ),
        OldOnly("Xác định lộ trình cụ thể để bảo đảm từ ngày 01 tháng 01 năm 2026"),
        OldOnly("Người đứng đầu cơ quan, tổ chức, đơn vị được giao nhiệm vụ"),
        OldOnly("chính sách hỗ trợ tạo việc làm, quản lý lao động"),
        NewOnly("Nội dung công việc phải gắn với trách nhiệm, vai trò"),
        NewOnly("Bảo đảm việc tổ chức triển khai hiệu quả các nội dung mới trong Luật"),
        Same("Giúp nâng cao nhận thức về Luật Việc làm", "Nâng cao nhận thức về Luật và trách nhiệm"),
        // Lai Châu's aims keep the unified direction and coordination (paired above) but
        // not Hồ Chí Minh City's separate aim of setting up a coordination mechanism.
        OldOnly("Thiết lập cơ chế phối hợp chặt chẽ"),
        // Dissemination: the same item, its agencies and its time.
        Same(
            "Nội dung thực hiện: Tổ chức phổ biến, giáo dục Luật Việc làm",
            "Trên cơ sở tài liệu do Trung ương biên soạn",
        ),
        Same(
            "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu",
            "Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp",
        ),
        Same("Phổ biến, giáo dục Luật » Thời gian thực hiện: Năm 2025", "Thời gian thực hiện: Quý IV năm 2025"),
        // Hồ Chí Minh City's training item: Lai Châu folds training into its dissemination
        // sentence (so that sentence is left unlabelled) and has no lead agency or time of
        // its own for it.
        OldOnly("Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo"),
        OldOnly("Cơ quan phối hợp: Bảo hiểm xã hội Thành phố"),
        OldOnly("Tổ chức tập huấn » Thời gian thực hiện: Năm 2025"),
        // Lai Châu's periodic review of legal texts: Hồ Chí Minh City has none.
        NewOnly("Đồng thời, các sở, ngành liên quan và Ủy ban nhân dân các xã, phường tiếp tục rà soát"),
        // Inspection of the law's application: the same item and time (its agencies are
        // left out: its one agency line is two in Lai Châu's; its title, a line of the item
        // until 2026-12-03, is a heading on both sides now, and the sections' pair says it).
        Same(
            "Thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
            "Thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
        ),
        // Lai Châu's comments on draft decrees and support for applying the law: its own
        // (item 3's long title is a heading over 3.1 and 3.2 since 2026-12-03; it was a task).
        NewOnly(
            "=Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết, hướng dẫn thi hành Luật » Nghị định quy định về điều kiện kinh doanh dịch vụ",
        ),
        NewOnly(
            "=Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết, hướng dẫn thi hành Luật » Nghị định quy định chi tiết thi hành một số điều",
        ),
        NewOnly(
            "=Tổ chức triển khai các văn bản hướng dẫn thi hành Luật » Nghị định quy định về điều kiện kinh doanh dịch vụ",
        ),
        NewOnly(
            "=Tổ chức triển khai các văn bản hướng dẫn thi hành Luật » Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật và Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật.",
        ),
        NewOnly("Các nội dung hỗ trợ thị hành Luật bao gồm"),
        NewOnly("Hướng dẫn áp dụng các văn bản quy phạm pháp luật quy định chi tiết thi hành Luật;"),
        NewOnly("Tổ chức tiếp nhận và xử lý các kiến nghị, đề xuất"),
        NewOnly("Tổ chức rà soát, đánh giá và cập nhật hệ thống cơ sở dữ liệu"),
        NewOnly("Bảo đảm các điều kiện thi hành theo quy định tại Điều 59"),
        NewOnly("Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng"),
        NewOnly("Chiến lược tiêu chuẩn quốc gia được ban hành"),
        // Funding.
        // (Lai Châu's clause "1. Kinh phí thực hiện" / "Kế hoạch này …", its title on a line
        // of its own over the sentence.)
        Same("Kinh phí bảo đảm thực hiện Kế hoạch này", "Kế hoạch này được ưu tiên cân đối"),
        Same("Sở Tài chính chủ trì, phối hợp với các sở, ngành", "Sở Tài chính, trên cơ sở đề xuất"),
        Same(
            "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ",
            "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ",
        ),
        NewOnly("ưu tiên bố trí nguồn kinh phí cho hoạt động ứng dụng công nghệ thông tin"),
        NewOnly("Đối với các nhiệm vụ triển khai trong năm 2025"),
        // Organisation.
        Same(
            "Tham mưu Ủy ban nhân dân Thành phố theo dõi, kiểm tra, đôn đốc",
            "có trách nhiệm giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi",
        ),
        OldOnly("Sở Nội vụ chịu trách nhiệm về việc báo cáo, đề nghị ban hành"),
        // The lead agencies' duty to carry out their tasks of the plan.
        Same(
            "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành",
            "Căn cứ nội dung Kế hoạch và tình hình thực tiễn",
        ),
        Same(
            "Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn",
            "Trong quá trình thực hiện, nếu có khó khăn",
        ),
        NewOnly("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc"),
    ];
    let sections: [SectionCall; 14] = [
        (Some("MỤC ĐÍCH, YÊU CẦU"), Some("MỤC ĐÍCH, YÊU CẦU")),
        (Some("Mục đích"), Some("Mục đích")),
        (Some("Yêu cầu"), Some("Yêu cầu")),
        (Some("NỘI DUNG"), Some("NỘI DUNG KẾ HOẠCH")),
        (Some("Phổ biến, giáo dục Luật Việc làm"), Some("Trên cơ sở tài liệu do Trung ương biên soạn")),
        (Some("Tổ chức kiểm tra việc thi hành Luật Việc làm"), Some("Phối hợp kiểm tra việc thi hành Luật")),
        (Some("KINH PHÍ THỰC HIỆN"), Some("KINH PHÍ BẢO ĐẢM")),
        (Some("Kinh phí bảo đảm thực hiện Kế hoạch này"), Some("Kinh phí thực hiện$")),
        (Some("Sở Tài chính chủ trì, phối hợp"), Some("Sở Tài chính, trên cơ sở đề xuất")),
        (Some("TỔ CHỨC THỰC HIỆN"), Some("TỔ CHỨC THỰC HIỆN")),
        (Some("Sở Nội vụ chịu trách nhiệm"), Some("Sở Khoa học và Công nghệ có trách nhiệm giúp")),
        (None, Some("Tham gia góp ý kiến vào dự thảo")),
        (None, Some("Tổ chức các nội dung hỗ trợ thi hành Luật")),
        (None, Some("Đối với các nhiệm vụ triển khai trong năm 2025")),
    ];
    // Known miss (reported, not yet met): a reworded task below the task threshold that
    // the context rule does not reach (Hồ Chí Minh City's aim is a point of an item, Lai
    // Châu's a line of one, and no pair next to it holds it in place). Dissemination's content line (0.27) is paired for its
    // context since issue 12's third round; in the fourth, the funding items' only tasks
    // (0.23), as the only tasks of two aligned one-line items, and the organisation's
    // first two items in order (its first item was aligned one too far, to the second),
    // which puts the lead agency's "theo dõi, kiểm tra, đôn đốc" in context: 38/40 and
    // 14/14 sections, from 36/40 and 13/14. In the fifth, the agency line is paired as the
    // same field ("Cơ quan thực hiện:") of the aligned dissemination items: 39/40. On
    // 2026-12-03 Lai Châu's item 3, a title of 25 words over 3.1 and 3.2, became a heading
    // (it was a task, labelled new): 38/39, the same miss. On 2026-12-05 (thirty-seventh
    // session) the two aims paired, their items aligned and of few tasks holding them in
    // place (0.35): 39/39.
    let known: [&str; 0] = [];
    labelled_pair("2f6f80b9918e52de", "6a406c1f9dfed9c3", &calls, &sections, &known);
}

/// Bắc Ninh's and Ninh Bình's rules for the official e-mail system (Quyết định 79/2025
/// and 162/2025), both written from the same central rules on e-mail in state agencies:
/// definitions, address formats, the agency's and the user's duties, in articles that each
/// province orders and groups its own way (Bắc Ninh's password rules are an article on
/// safe use, Ninh Bình's a clause of its article on storage and passwords). Labelled by
/// reading both before looking at sosanh's pairing.
#[test]
fn labelled_bac_ninh_ninh_binh_official_email_rules() {
    let calls = [
        // The decisions' own articles.
        Same(
            "Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng",
            "Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành",
        ),
        Same("có hiệu lực kể từ ngày 05 tháng 12", "có hiệu lực thi hành từ ngày 10 tháng 12"),
        Same("căn cứ Quyết định thi hành", "chịu trách nhiệm thi hành Quyết định này"),
        // Scope, subjects, definitions.
        Same("Phạm vi điều chỉnh: Quy chế này quy định", "Quy chế này quy định việc quản lý, vận hành và sử dụng"),
        Same("Đối tượng áp dụng: Các cơ quan nhà nước", "Quy chế này áp dụng đối với các sở"),
        Same("Tài khoản thư điện tử (Email account)", "Tài khoản thư điện tử là thông tin"),
        Same("Hộp thư điện tử công vụ của cơ quan: Là", "Hộp thư công vụ cơ quan, đơn vị là"),
        Same("Hộp thư điện tử công vụ cá nhân: Là", "Hộp thư công vụ cá nhân là"),
        // The same definition, of "Hệ thống thư điện tử" in one and "Thư điện tử" in the other.
        Same("Hệ thống thư điện tử: Là dịch vụ chuyển thư", "Thư điện tử là dịch vụ chuyển thư"),
        OldOnly("Danh bạ thư điện tử công vụ: Là"),
        OldOnly("Tệp tin thực thi: Là"),
        OldOnly("Tệp tin nén có mã hóa: Là"),
        Same("Là thành phần trong hệ thống thông tin", "là hệ thống thông tin dùng chung"),
        OldOnly("Hệ thống có địa chỉ truy cập là"),
        OldOnly("cho phép người dùng gửi, nhận thư điện tử thông qua trình duyệt web"),
        NewOnly("Sử dụng bộ mã ký tự chữ Việt theo tiêu chuẩn TCVN 6909:2001"),
        NewOnly("Dữ liệu âm thanh, hình ảnh, tệp tin trao đổi"),
        // Passwords: Bắc Ninh's safe-use article, Ninh Bình's password clause.
        Same("phải chứa ít nhất 10 ký tự", "phải có độ dài tối thiểu 09 (chín) ký tự"),
        Same("Mật khẩu bao gồm: Chữ thường, chữ in hoa", "phải có độ dài tối thiểu 09 (chín) ký tự"),
        Same("phải được thay đổi 03 tháng một lần", "định kỳ tối đa 06 tháng phải thay đổi mật khẩu"),
        NewOnly("Ví dụ: MatKhau$789."),
        OldOnly("Hạn chế tối đa việc truy cập hộp thư điện tử công vụ qua mạng không dây"),
        OldOnly("Không gửi, nhận tệp tin thực thi"),
        OldOnly("Sử dụng chữ ký số để ký số"),
        // Ninh Bình's prohibited acts; its spam ban is not Bắc Ninh's duty to block spam,
        // which is Ninh Bình's centre's duty (below).
        NewOnly("để thông tin nội dung xấu"),
        NewOnly("Phát tán virus máy tính"),
        NewOnly("Phát tán thư rác hoặc các thư điện tử có nội dung không phù hợp"),
        NewOnly("để tham gia vào các mạng xã hội"),
        NewOnly("Đặt chế độ chuyển thư điện tử tự động"),
        NewOnly("Có hành vi cản trở sử dụng tài khoản"),
        // Address formats.
        Same("Đối với các cơ quan, đơn vị, tổ chức cấp tỉnh", "Được thiết lập theo cấu trúc thống nhất"),
        OldOnly("Đối với cơ quan Đảng ủy cấp xã"),
        OldOnly("Đối với Hội đồng nhân dân cấp xã"),
        Same("Đối với các phòng, đơn vị trực thuộc của cơ quan", "Được thiết lập, theo định dạng"),
        OldOnly("Đối với các tổ chức hội, đoàn thể"),
        Same(
            "Tên đầy đủ kết hợp với họ và tên đệm viết tắt",
            "Được cấp cho cán bộ, công chức, viên chức, người lao động",
        ),
        Same("bị trùng với tài khoản của cá nhân khác", "mà bị trùng tên với các hộp thư"),
        NewOnly("Ví dụ: Sở Khoa học và Công nghệ tỉnh có địa chỉ"),
        NewOnly("Ví dụ: Trung tâm Chuyển đổi số"),
        NewOnly("Ví dụ: Nguyễn Ngọc Thành"),
        // Issuing, changing, suspending, restoring.
        Same("Khi có yêu cầu cấp mới hoặc thay đổi thông tin", "Cơ quan, đơn vị gửi văn bản đề nghị cấp mới"),
        OldOnly("Khi có yêu cầu cấp lại mật khẩu"),
        Same(
            "Trong thời hạn 02 ngày làm việc kể từ khi nhận được nội dung yêu cầu",
            "Trong thời hạn 03 ngày làm việc kể từ khi nhận được văn bản",
        ),
        OldOnly("thực hiện trong vòng không quá 02 giờ"),
        Same("Tổ chức, cá nhân sau khi được cấp hộp thư", "Cơ quan, cá nhân sau khi được cấp hộp thư"),
        Same("chỉ được khôi phục lại hộp thư điện tử công vụ khi có văn bả", "gửi văn bản đề nghị khôi phục hộp thư"),
        Same("sẽ thực hiện khôi phục hoạt động", "xác minh, thực hiện khôi phục"),
        NewOnly("Hộp thư điện tử bị tạm khóa vẫn có thể nhận thư"),
        NewOnly("Đăng nhập sai mật khẩu quá 12 lần"),
        NewOnly("Gửi quá 250 thư/10 phút"),
        NewOnly("Không thay đổi mật khẩu mặc định sau 01 tháng"),
        NewOnly("Dung lượng lưu trữ cấp cho mỗi hộp thư"),
        NewOnly("quyết định dung lượng cấp cho mỗi hộp thư"),
        Same("phải chủ động hàng ngày kiểm tra hộp thư", "khuyến khích kiểm tra hộp thư điện tử hằng ngày"),
        // The department's (and Ninh Bình's centre's) duties.
        Same(
            "Thực hiện chức năng quản trị, bảo đảm các điều kiện kỹ thuật",
            "Thực hiện quản trị, vận hành Hệ thống thư điện tử công vụ tỉnh",
        ),
        Same(
            "Bảo đảm an toàn, bảo mật thông tin đối với Hệ thống thư điện tử công vụ theo chế độ mật",
            "Bảo đảm an toàn, bảo mật thông tin đối với Hệ thống thư điện tử công vụ theo quy định",
        ),
        Same("Ngăn chặn thư rác", "chức năng ngăn chặn thư rác"),
        Same("Thực hiện chế độ lưu trữ dự phòng", "Thực hiện chế độ lưu trữ, sao lưu dự phòng"),
        Same(
            "Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn cho các cơ quan",
            "Xây dựng và thực hiện kế hoạch bồi dưỡng, tập huấn cho cán bộ",
        ),
        Same("Hàng năm lập dự toán kinh phí", "Hằng năm lập dự toán kinh phí"),
        Same("Tổ chức theo dõi, kiểm tra, đôn đốc", "Theo dõi, kiểm tra, đôn đốc các cơ quan"),
        NewOnly("Có quyền thu hồi, xóa bỏ hộp thư"),
        NewOnly("bảo trì, bảo dưỡng định kỳ"),
        Same("Tham mưu, trình Ủy ban nhân dân tỉnh phê duyệt kinh phí", "Sở Tài chính căn cứ Luật ngân sách"),
        // The agencies' and the users' duties.
        Same(
            "chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc triển khai",
            "chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc tổ chức triển khai",
        ),
        OldOnly("Tuyên truyền nâng cao nhận thức"),
        Same(
            "Chỉ đạo việc quản lý, sử dụng hộp thư điện tử công vụ được cấp đúng mục đích",
            "Sử dụng hộp thư điện tử công vụ được cấp đúng mục đích",
        ),
        Same("Đăng tải danh bạ địa chỉ thư điện tử", "Công khai danh sách địa chỉ thư điện tử"),
        NewOnly("Thực hiện báo cáo định kỳ (trước ngày 15 tháng 12)"),
        Same("Bảo vệ thông tin cá nhân của hộp thư", "Tự quản lý, bảo vệ mật khẩu hộp thư"),
        Same("Khi phát hiện các văn bản, tài liệu trong hộp thư", "Khi phát hiện các văn bản, tài liệu trong hộp thư"),
        NewOnly("Chịu trách nhiệm lưu trữ, xoá bỏ các thư điện tử không cần thiết"),
        NewOnly("để đăng ký các dịch vụ trực tuyến"),
        NewOnly("Không phát tán thư rác"),
        // Ninh Bình's transition from the three merged provinces' systems.
        NewOnly("Toàn bộ dữ liệu trên Hệ thống thư điện tử công vụ cũ"),
        NewOnly("Tài khoản người dùng trên hệ thống cũ"),
        NewOnly("rà soát, chuẩn hóa thông tin người dùng"),
        NewOnly("chỉ đạo việc khóa các tài khoản không còn sử dụng"),
        // Carrying the rules out.
        Same(
            "Giao Sở Khoa học và Công nghệ có trách nhiệm chủ trì",
            "Sở Khoa học và Công nghệ chủ trì tổ chức triển khai",
        ),
        Same(
            "Trong quá trình tổ chức thực hiện, nếu có khó khăn",
            "Trong quá trình thực hiện Quy chế, nếu có khó khăn",
        ),
    ];
    let sections = [
        (Some("QUY ĐỊNH CHUNG"), Some("QUY ĐỊNH CHUNG")),
        (Some("QUY ĐỊNH CỤ THỂ"), Some("QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG")),
        (Some("TỔ CHỨC THỰC HIỆN"), Some("TỔ CHỨC THỰC HIỆN")),
        (Some("Phạm vi điều chỉnh, đối tượng áp dụng"), Some("Phạm vi điều chỉnh, đối tượng áp dụng")),
        (Some("Giải thích từ ngữ"), Some("Giải thích từ ngữ")),
        (Some("Hệ thống thư điện tử công vụ tỉnh Bắc Ninh"), Some("Hệ thống thư điện tử công vụ$")),
        (None, Some("Những hành vi bị cấm")),
        (Some("Định dạng địa chỉ thư điện tử công vụ"), Some("Định dạng địa chỉ thư điện tử công vụ")),
        // The address format's clauses, not the definitions of article 2 whose terms their
        // headings hold ("Hộp thư điện tử công vụ cá nhân: Là …").
        (Some("Định dạng địa chỉ thư điện tử của cơ quan"), Some("Địa chỉ hộp thư điện tử công vụ của cơ quan")),
        (
            Some("Định dạng địa chỉ thư điện tử cho hộp thư điện tử công vụ cá nhân"),
            Some("Địa chỉ hộp thư điện tử công vụ cá nhân"),
        ),
        (Some("Cấp mới, cấp lại mật khẩu"), Some("Cấp mới, thay đổi thông tin, thu hồi")),
        (Some("Tạm dừng, chấm dứt hoạt động và khôi phục"), Some("Tạm khóa, khôi phục")),
        (Some("Tần suất kiểm tra"), Some("Tần suất kiểm tra")),
        (Some("Trách nhiệm của Sở Khoa học và Công nghệ"), Some("Trách nhiệm của cơ quan quản lý, vận hành")),
        (
            Some("Trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan"),
            Some("Trách nhiệm của các cơ quan, đơn vị sử dụng"),
        ),
        (Some("Trách nhiệm của các cá nhân có liên quan"), Some("Trách nhiệm của cá nhân sử dụng")),
        (None, Some("Điều khoản chuyển tiếp")),
    ];
    // Known misses (reported, not met): 71 of 80 task calls right (0.888, below the 0.97
    // bar; 66 before items a level apart were aligned, 67 before defined terms counted: the
    // two mailboxes' definitions, listed in the other order, now pair, the personal one on
    // its term and the body's one in its place beside it; 69 before a context pair could
    // stand against a closer candidate out of context on one side: the provincial agencies'
    // address format, the full-name format and the finance department's budget duty now
    // pair), sections 17 of 17. The two provinces wrote the same duties in their own words, and where a
    // careful reader pairs them on meaning the words shared are too few:
    // - the password rules, moved from an article on safe use to a clause on passwords and
    //   reworded (below 0.3);
    // - Ninh Bình's ban on sending spam, paired with Bắc Ninh's duty to block spam (0.56:
    //   the words agree, the meaning does not);
    // - the address formats, one per kind of agency against one format with an example
    //   (0.26–0.41; the units' format remains);
    // - a request for a mailbox paired with Ninh Bình's unit's list of requests (0.32)
    //   rather than the procedure's point a) (0.28);
    // - the same duty in few shared words: checking mail daily, blocking spam (below 0.34).
    // (The training plans, 0.447, are carried since Bắc Ninh's item 7 and Ninh Bình's point
    // 1.b, a level apart under the aligned articles, are aligned.)
    let known = [
        "phải chứa ít nhất 10 ký tự",
        "phải được thay đổi 03 tháng một lần",
        "Phát tán thư rác hoặc",
        "Đối với các phòng, đơn vị trực thuộc",
        "bị trùng với tài khoản",
        "Khi có yêu cầu cấp mới",
        "phải chủ động hàng ngày kiểm tra",
        "Ngăn chặn thư rác",
        // Since the thirty-sixth session (items paired on their words alone under parents
        // not aligned with each other are not linked): the two provinces' "Sở Khoa học và
        // Công nghệ chủ trì …" duties, whose points were paired on those words only.
        "Giao Sở Khoa học và Công nghệ có trách nhiệm chủ trì",
    ];
    labelled_pair("abc00053e9811268", "cdb6ad27b3c3f13b", &calls, &sections, &known);
}

/// Phú Thọ's and Thái Nguyên's rules for coordinating the state management of belief and
/// religion (Quyết định 102/2025 and 26/2025), both written under the Law on Belief and
/// Religion and Decrees 95/2023 and 124/2025, independently (`reuse` finds 2–8% of shared
/// text). Phú Thọ orders its chapter II by field of work (drafting, dissemination,
/// procedures, activities, land, building, publishing and health, abuse, complaints,
/// inspection) and within each field by agency; Thái Nguyên's by agency, a few general
/// lines each, so many of Phú Thọ's detailed clauses merge into one line or are left out.
/// A held-out pair: labelled from the outlines and the text before sosanh compared the two
/// (labelling finished 2026-12-02 11:22 UTC); no plan pair in `real/` implements the same
/// central programme apart from the one already labelled, so this is a pair of rules.
#[test]
fn labelled_phu_tho_thai_nguyen_religion_coordination_rules() {
    let calls = [
        // The decisions' own articles.
        Same("Ban hành kèm theo Quyết định này Quy chế phối hợp", "Ban hành kèm theo Quyết định này Quy chế phối hợp"),
        Same(
            "Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025",
            "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12",
        ),
        Same("chịu trách nhiệm thi hành Quyết định này", "chịu trách nhiệm thi hành Quyết định này"),
        // Thái Nguyên repeals the rules of the two provinces it was merged from.
        NewOnly("Quyết định số 06/2021/QĐ-UBND"),
        NewOnly("Quyết định số 25/2021/QĐ-UBND"),
        // Scope, subjects, principles (Phú Thọ's subjects a)–c) are one sentence in Thái
        // Nguyên; only its catch-all c) is labelled).
        Same(
            "Quy chế này quy định về nguyên tắc, nội dung, hình thức",
            "Quy định nguyên tắc, phương thức, nội dung phối hợp",
        ),
        Same(
            "Các cơ quan, tổ chức, đơn vị, cá nhân có liên quan (sau đây",
            "Quy chế này áp dụng cho các cơ quan, đơn vị",
        ),
        OldOnly("Đối với những vấn đề còn ý kiến khác nhau hoặc vượt quá thẩm quyền"),
        // The list of what is coordinated: Phú Thọ's ten items, Thái Nguyên's eight, land and
        // building in one, complaints and inspection in one.
        Same(
            "Tham mưu xây dựng văn bản quản lý nhà nước về tín ngưỡng, tôn giáo.",
            "Xây dựng, ban hành, đánh giá việc thực hiện chính sách, văn bản quy phạm pháp luật về tín ngưỡng, tôn giáo và lĩnh vực có liên quan.",
        ),
        Same(
            "Tuyên truyền, phổ biến các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về tín ngưỡng, tôn giáo và tập huấn",
            "Phổ biến, giáo dục pháp luật về tín ngưỡng, tôn giáo và pháp luật có liên quan",
        ),
        Same(
            "Quản lý về sinh hoạt, hoạt động tín ngưỡng, tôn giáo; quản lý cơ sở tín ngưỡng",
            "bao gồm hoạt động quản lý tổ chức của tổ chức tôn giáo",
        ),
        Same(
            "Giải quyết các vấn đề đất đai liên quan đến tín ngưỡng, tôn giáo.",
            "Quản lý, giải quyết nhu cầu về sử dụng đất, xây dựng",
        ),
        Same(
            "Giải quyết các vấn đề về quản lý kiến trúc quy hoạch",
            "Quản lý, giải quyết nhu cầu về sử dụng đất, xây dựng",
        ),
        Same(
            "Giải quyết các hoạt động lợi dụng tín ngưỡng, tôn giáo xâm phạm",
            "Đấu tranh với hoạt động lợi dụng tín ngưỡng, tôn giáo, hoạt động của tổ chức",
        ),
        Same(
            "Giải quyết các kiến nghị, phản ánh, khiếu nại, tố cáo liên quan đến tín ngưỡng, tôn giáo.",
            "Kiểm tra việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo; giải quyết khiếu nại",
        ),
        Same(
            "Thanh tra, kiểm tra, xử lý vi phạm về hoạt động tín ngưỡng, tôn giáo, các cơ sở tín ngưỡng, tôn giáo và các nội dung liên quan đến tín ngưỡng, tôn giáo.",
            "Kiểm tra việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo; giải quyết khiếu nại",
        ),
        NewOnly("Xây dựng, đánh giá việc thực hiện kế hoạch công tác quản lý nhà nước"),
        // Ways of working together: meetings, letters and "other forms" in one line.
        Same("Tổ chức cuộc họp, hội nghị, hội thảo", "Tổ chức các cuộc họp; trao đổi thông tin"),
        Same("Gửi văn bản để cung cấp thông tin, lấy ý kiến", "Tổ chức các cuộc họp; trao đổi thông tin"),
        Same("Các hình thức khác theo quy định của pháp luật.", "Tổ chức các cuộc họp; trao đổi thông tin"),
        OldOnly("Thông qua quy chế phối hợp giữa các cơ quan chức năng"),
        // The department of ethnic and religious affairs: Phú Thọ's clauses in each field,
        // Thái Nguyên's article on what it leads.
        Same(
            "Chủ trì đề xuất, tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh",
            "Xây dựng, ban hành, đánh giá việc thực hiện chính sách, văn bản quy phạm pháp luật về tín ngưỡng, tôn giáo.",
        ),
        // One clause on dissemination and training, two lines in Thái Nguyên.
        Same("Chủ trì xây dựng kế hoạch, tổ chức tuyên truyền, phổ biến", "Công tác tuyên truyền, vận động chức sắc"),
        Same(
            "Chủ trì xây dựng kế hoạch, tổ chức tuyên truyền, phổ biến",
            "Đào tạo, bồi dưỡng nghiệp vụ quản lý nhà nước",
        ),
        Same(
            "Chủ trì tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tôn giáo",
            "bao gồm hoạt động quản lý tổ chức, nhân sự của tổ chức tôn giáo",
        ),
        Same(
            "xem xét, giải quyết các nội dung tín ngưỡng, tôn giáo thuộc thẩm quyền quản lý",
            "Giải quyết những vấn đề cụ thể về hoạt động tín ngưỡng, hoạt động tôn giáo trên địa bàn tỉnh",
        ),
        Same(
            "trong việc kiểm tra đối với tổ chức, cá nhân thực hiện",
            "Kiểm tra việc thực hiện chính sách, pháp luật; giải quyết khiếu nại",
        ),
        OldOnly("những nội dung về sinh hoạt, hoạt động tôn giáo có yếu tố nước ngoài"),
        OldOnly("Có ý kiến bằng văn bản sự cần thiết xây dựng, quy mô công trình tôn giáo"),
        OldOnly("Có ý kiến bằng văn bản về hoạt động xuất bản, y tế, giáo dục"),
        // Thái Nguyên's monthly and yearly planning of the work, not in Phú Thọ.
        NewOnly("Tham mưu xây dựng, đánh giá việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh"),
        NewOnly("Đánh giá kết quả, xây dựng phương hướng hằng tháng"),
        // The police and the military command.
        Same(
            "nắm chắc tình hình, kịp thời phát hiện, đấu tranh với các thế lực thù địch",
            "tổ chức thực hiện công tác đấu tranh, ngăn chặn hoạt động lợi dụng",
        ),
        OldOnly("bảo đảm an ninh trật tự trong quản lý hoạt động cư trú"),
        OldOnly("quản lý kinh sách, thời gian, địa điểm sử dụng kinh sách"),
        OldOnly("tham mưu công tác quản lý về an toàn, an ninh, thông tin mạng"),
        // Thái Nguyên's one line on defence and on fighting hostile forces holds Phú Thọ's
        // two clauses of the military command.
        Same("xây dựng thế trận quốc phòng toàn dân", "tổ chức thực hiện công tác quốc phòng, quân sự địa phương"),
        Same(
            "Phối hợp tham mưu xây dựng hệ thống chính trị cơ sở",
            "tổ chức thực hiện công tác quốc phòng, quân sự địa phương",
        ),
        // Land, building, heritage.
        Same(
            "tham mưu cho Ủy ban nhân dân tỉnh quản lý nhà nước về đất đai liên quan",
            "giải quyết nhu cầu sử dụng đất, cấp giấy chứng nhận",
        ),
        Same(
            "Phối hợp với UBND cấp xã và các cơ quan, đơn vị liên quan tham mưu giải quyết việc giao đất",
            "giải quyết nhu cầu sử dụng đất, cấp giấy chứng nhận",
        ),
        Same(
            "tham mưu cho Ủy ban nhân dân tỉnh quản lý nhà nước về xây dựng đối với",
            "giải quyết nhu cầu xây dựng công trình tôn giáo",
        ),
        OldOnly(
            "Thông báo cho Sở Dân tộc và Tôn giáo và các cơ quan, đơn vị liên quan ngay sau khi cấp giấy phép xây dựng",
        ),
        Same(
            "hướng dẫn, chỉ đạo, kiểm tra, quản lý nhà nước việc tổ chức và quản lý lễ hội tín ngưỡng",
            "công tác quản lý nhà nước về di sản gắn với tín ngưỡng",
        ),
        Same(
            "Chủ trì tiếp nhận, tham mưu cho cấp có thẩm quyền trong việc bảo quản, tu bổ",
            "Giải quyết các vấn đề cụ thể về kiểm kê, xếp hạng, tu bổ",
        ),
        OldOnly("Hội đồng xét tặng danh hiệu “Nghệ nhân nhân dân”"),
        // Phú Thọ's culture department on the press and publishing, and its finance,
        // foreign affairs, health, education and justice departments and inspectorate:
        // Thái Nguyên names none of these duties (only "other agencies" in general).
        OldOnly("trong công tác quản lý nhà nước về hoạt động báo chí, xuất bản, in, phát hành"),
        OldOnly("Quản lý, hướng dẫn treo cờ, biển hiệu"),
        OldOnly(
            "tiền công đức, tài trợ cho di tích và hoạt động lễ hội trên địa bàn tỉnh theo quy định tại Thông tư số 04/2023",
        ),
        OldOnly("cho phép tổ chức, cá nhân người nước ngoài đến địa bàn tỉnh trao đổi"),
        OldOnly("quản lý tốt hoạt động của các cơ sở khám, chữa bệnh"),
        OldOnly("Phối hợp rà soát, ngăn chặn và xử lý các biểu hiện tuyên truyền, lôi kéo học sinh"),
        OldOnly("Chủ trì thẩm định dự thảo các văn bản quy phạm pháp luật"),
        OldOnly("trong việc thanh tra đối với tổ chức, cá nhân"),
        OldOnly("Trường hợp chưa đủ cơ sở để cung cấp thông tin"),
        // The commune: Phú Thọ's clauses on activities, land and building in Thái Nguyên's
        // one line.
        Same(
            "Thực hiện chức năng, nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn;",
            "Thực hiện công tác quản lý nhà nước, giải quyết nhu cầu về hoạt động tín ngưỡng",
        ),
        Same(
            "Thực hiện chức năng quản lý nhà nước về đất đai liên quan đến tín ngưỡng",
            "Thực hiện công tác quản lý nhà nước, giải quyết nhu cầu về hoạt động tín ngưỡng",
        ),
        Same(
            "Thực hiện chức năng quản lý nhà nước về quy hoạch, kiến trúc, xây dựng",
            "Thực hiện công tác quản lý nhà nước, giải quyết nhu cầu về hoạt động tín ngưỡng",
        ),
        OldOnly("Chỉ đạo, tổ chức thực hiện việc bầu, cử người đại diện"),
        OldOnly("phải có phương thức nhận và quản lý, sử dụng các nguồn công đức"),
        // The Fatherland Front, and the Party's propaganda board (Phú Thọ only).
        Same(
            "Phản ánh kịp thời ý kiến, nguyện vọng, kiến nghị của Nhân dân",
            "Nắm bắt, phản ánh kịp thời tới các cơ quan quản lý nhà nước",
        ),
        Same(
            "Tham gia tuyên truyền, phổ biến, vận động các chức sắc",
            "Tuyên truyền, vận động tổ chức, cá nhân tín ngưỡng, tôn giáo và Nhân dân chấp hành",
        ),
        Same("phản biện xã hội đối với các dự thảo văn bản", "Thực hiện phản biện xã hội và giám sát"),
        OldOnly("Tham mưu cho Tỉnh ủy lãnh đạo định hướng tuyên truyền"),
        OldOnly("Chỉ đạo, phối hợp với các cơ quan, đơn vị có liên quan quản lý lĩnh vực báo chí, xuất bản và xử lý"),
        // Carrying the rules out.
        Same(
            "Hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện các quy định của Quy chế này",
            "là cơ quan thường trực trong thực hiện Quy chế này",
        ),
        OldOnly("xây dựng Kế hoạch triển khai thực hiện Quyết định này"),
        Same(
            "chịu trách nhiệm thi hành Quy chế này",
            "Các cơ quan, đơn vị, địa phương có trách nhiệm thực hiện tốt Quy chế này.",
        ),
        Same(
            "nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, tổ chức và cá nhân liên quan kịp thời phản ánh",
            "trường hợp có nội dung không phù hợp",
        ),
    ];
    let sections = [
        (Some("Ban hành kèm theo Quyết định này"), Some("Ban hành kèm theo Quyết định này")),
        (None, Some("Các quyết định sau hết hiệu lực")),
        (Some("QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC"), Some("PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC")),
        (Some("NHỮNG QUY ĐỊNH CHUNG"), Some("NHỮNG QUY ĐỊNH CHUNG")),
        (Some("TRÁCH NHIỆM PHỐI HỢP CỦA CÁC CƠ QUAN"), Some("NỘI DUNG PHỐI HỢP$")),
        (Some("TỔ CHỨC THỰC HIỆN"), Some("TỔ CHỨC THỰC HIỆN")),
        (Some("Phạm vi điều chỉnh, đối tượng áp dụng"), Some("Phạm vi điều chỉnh, đối tượng áp dụng")),
        (Some("Nguyên tắc phối hợp"), Some("Nguyên tắc phối hợp")),
        (Some("Hình thức phối hợp"), Some("Phương thức phối hợp")),
        (Some("Nội dung phối hợp$"), Some("Nội dung phối hợp chung")),
        (
            Some("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"),
            Some("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ),
        (Some("Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy"), None),
        // Phú Thọ's article on publishing, health, education and charity (its heading is
        // its first line), and the agencies Thái Nguyên does not name.
        (Some("Phối hợp quản lý các hoạt động xuất bản"), None),
        (Some("Sở Tư pháp"), None),
        (Some("Sở Ngoại vụ"), None),
        (Some("Sở Tài chính"), None),
        (Some("Sở Y tế"), None),
        (Some("Thanh tra tỉnh"), None),
    ];
    // Known misses (measured, not tuned on): 36 of 68 task calls right (0.529), sections 18
    // of 18; 37 since an agency's clause is aligned with the other unit's article on the
    // agency (the department's "Hướng dẫn, theo dõi, đôn đốc, kiểm tra …" in Phú Thọ's
    // clause 17.1 with Thái Nguyên's article 14). At the labelling, sosanh kept 15 of Phú Thọ's 124 tasks and calls 109 dropped and 34 of Thái
    // Nguyên's 49 new; the sections line up, the tasks under them mostly do not. No call
    // was changed after the run. Scores are `SOSANH_DEBUG_SCORES=1`'s (the task threshold
    // is 0.45):
    // - the same duty reworded into Thái Nguyên's short general lines, scored below the
    //   threshold and not reached by the context rule (Phú Thọ's clauses sit under
    //   articles by field, Thái Nguyên's under articles by agency, so few task pairs have
    //   aligned parents): the subjects (below 0.25), dissemination and training (0.415,
    //   0.364, 0.348), activities (0.28), the commune's three lines (below 0.25), the
    //   department's drafting, management, inspection and monitoring (below 0.25 to 0.371),
    //   the police's and the military's (below 0.25), land, building and heritage (below
    //   0.25 to 0.277), the Front's dissemination (below 0.25) and the closing line on who
    //   carries the rules out (below 0.25; its best candidate, 0.489, is the decision's
    //   own Điều 3 "… chịu trách nhiệm thi hành Quyết định này", rightly paired with Phú
    //   Thọ's Điều 3);
    // - a merge met in one piece only: meetings, letters and "other forms" in one line of
    //   Thái Nguyên's, paired with "other forms" alone (0.521); land and building in one
    //   line, neither paired;
    // - a wrong partner on shared words: "Tham mưu xây dựng văn bản" with Thái Nguyên's
    //   "Tham mưu xây dựng, đánh giá việc thực hiện kế hoạch" (0.438, a different duty,
    //   which also makes a new-only call wrong); Thái Nguyên's department line "Giải quyết
    //   những vấn đề cụ thể" with Phú Thọ's "Hướng dẫn UBND cấp xã giải quyết những vấn đề
    //   cụ thể" (0.456) and its "Công tác tuyên truyền, vận động chức sắc" with the Party
    //   board's clause (0.463), both leaving the labelled partners dropped;
    // - a general item of Phú Thọ's list paired with an agency's line on the same field
    //   rather than with Thái Nguyên's general list (a reading a reader might share, but
    //   not the labelled one): land (0.401 with the agriculture department's line), abuse
    //   of religion (0.358 with "Giải quyết những vấn đề ... an ninh chính trị"),
    //   complaints (0.397 with the department's "Kiểm tra …; giải quyết khiếu nại"),
    //   which leaves the department's inspection clause and the general inspection item
    //   dropped.
    let known = [
        "Các cơ quan, tổ chức, đơn vị, cá nhân có liên quan (sau đây",
        "Tham mưu xây dựng văn bản quản lý nhà nước về tín ngưỡng, tôn giáo.",
        "Tuyên truyền, phổ biến các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về tín ngưỡng, tôn giáo và tập huấn",
        "Quản lý về sinh hoạt, hoạt động tín ngưỡng, tôn giáo; quản lý cơ sở tín ngưỡng",
        "Giải quyết các vấn đề đất đai liên quan đến tín ngưỡng, tôn giáo.",
        "Giải quyết các vấn đề về quản lý kiến trúc quy hoạch",
        "Giải quyết các hoạt động lợi dụng tín ngưỡng, tôn giáo xâm phạm",
        "Giải quyết các kiến nghị, phản ánh, khiếu nại, tố cáo liên quan đến tín ngưỡng, tôn giáo.",
        "Thanh tra, kiểm tra, xử lý vi phạm về hoạt động tín ngưỡng",
        "Tổ chức cuộc họp, hội nghị, hội thảo",
        "Gửi văn bản để cung cấp thông tin, lấy ý kiến",
        "Chủ trì đề xuất, tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh",
        "Chủ trì xây dựng kế hoạch, tổ chức tuyên truyền, phổ biến",
        "Chủ trì tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tôn giáo",
        "xem xét, giải quyết các nội dung tín ngưỡng, tôn giáo thuộc thẩm quyền quản lý",
        "trong việc kiểm tra đối với tổ chức, cá nhân thực hiện",
        "new only: \"Tham mưu xây dựng, đánh giá việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh\"",
        "nắm chắc tình hình, kịp thời phát hiện, đấu tranh với các thế lực thù địch",
        "xây dựng thế trận quốc phòng toàn dân",
        "Phối hợp tham mưu xây dựng hệ thống chính trị cơ sở",
        "tham mưu cho Ủy ban nhân dân tỉnh quản lý nhà nước về đất đai liên quan",
        "Phối hợp với UBND cấp xã và các cơ quan, đơn vị liên quan tham mưu giải quyết việc giao đất",
        "tham mưu cho Ủy ban nhân dân tỉnh quản lý nhà nước về xây dựng đối với",
        "hướng dẫn, chỉ đạo, kiểm tra, quản lý nhà nước việc tổ chức và quản lý lễ hội tín ngưỡng",
        "Chủ trì tiếp nhận, tham mưu cho cấp có thẩm quyền trong việc bảo quản, tu bổ",
        "Thực hiện chức năng, nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn;",
        "Thực hiện chức năng quản lý nhà nước về đất đai liên quan đến tín ngưỡng",
        "Thực hiện chức năng quản lý nhà nước về quy hoạch, kiến trúc, xây dựng",
        "Tham gia tuyên truyền, phổ biến, vận động các chức sắc",
        "same: \"chịu trách nhiệm thi hành Quy chế này\"",
    ];
    labelled_pair("1a3950726cd8511f", "db769f685bf6bb23", &calls, &sections, &known);
}

/// Quảng Trị's and Thái Nguyên's rules on electrical safety (Quyết định 36/2025 and
/// 27/2025), both issued under clause 8 of article 69 of the Electricity Law 61/2024 and
/// Decree 62/2025 (`reuse` finds 2–5% of shared text). Quảng Trị's rules cover safe use
/// only, written as technical rules for production, households and public lighting, then
/// the agencies' duties; Thái Nguyên's cover the protection of power works too, and write
/// safe use as the duties of each agency and of the users. A held-out pair: labelled from
/// the outlines and the text before sosanh compared the two (labelling finished
/// 2026-12-02 11:46 UTC).
#[test]
fn labelled_quang_tri_thai_nguyen_electrical_safety_rules() {
    let calls = [
        // The decisions' own articles.
        Same(
            "Ban hành kèm theo Quyết định này Quy định về quản lý an toàn",
            "Ban hành kèm theo Quyết định này Quy định quản lý an toàn điện",
        ),
        Same(
            "Quyết định này có hiệu lực thi hành kể từ ngày 30 tháng 11",
            "Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026",
        ),
        Same("chịu trách nhiệm thi hành Quyết định này", "chịu trách nhiệm thi hành Quyết định này"),
        // Scope and subjects (Thái Nguyên's also covers protecting the power works).
        Same(
            "Quy định này quy định về quản lý an toàn trong sử dụng điện",
            "Phạm vi điều chỉnh: Quy định này quy định các nội dung",
        ),
        Same(
            "Quy định này áp dụng đối với cơ quan, đơn vị, doanh nghiệp",
            "Các tổ chức, cá nhân hoạt động điện lực, sử dụng điện hoặc hoạt động khác",
        ),
        // Quảng Trị's technical rules for production and for households, Thái Nguyên's
        // duties of the users of electricity (its article 11).
        Same(
            "Người lao động trực tiếp tham gia xây dựng, bảo trì",
            "Người làm công việc vận hành, thí nghiệm, sửa chữa",
        ),
        Same(
            "hệ thống chống sét, nối đất phải được nghiệm thu",
            "Các thiết bị, dụng cụ điện phải được kiểm định an toàn kỹ thuật",
        ),
        Same(
            "Khi xảy ra sự cố, tai nạn điện phải áp dụng ngay",
            "chịu trách nhiệm xử lý khi có sự cố mất an toàn về điện",
        ),
        // The household's duty after an incident: the same user's duty in Thái Nguyên's
        // one line as the production rule above.
        Same("Khi xảy ra sự cố điện phải cắt điện", "chịu trách nhiệm xử lý khi có sự cố mất an toàn về điện"),
        Same(
            "Khi thiết kế, lắp đặt, sử dụng thiết bị, dụng cụ điện phải bảo đảm",
            "các quy chuẩn kỹ thuật về hệ thống điện trong nhà ở, công trình",
        ),
        // Who carries the rules out.
        Same("Sở Công Thương chủ trì, hướng dẫn, theo dõi, đôn đốc", "Sở Công Thương có nhiệm vụ phối hợp"),
        Same(
            "chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra",
            "Tổ chức kiểm tra việc chấp hành các quy định của pháp luật về an toàn điện đối với các tổ chức, cá nhân có liên quan trong quá trình đầu tư",
        ),
        Same(
            "Hướng dẫn người dân sử dụng điện an toàn",
            "Phối hợp các đơn vị điện lực, các đơn vị truyền thông tổ chức",
        ),
        Same(
            "Xử lý nghiêm các hành vi vi phạm quy định pháp luật về an toàn điện theo thẩm quyền",
            "Tổ chức kiểm tra việc chấp hành các quy định của pháp luật về an toàn điện đối với các tổ chức, cá nhân có liên quan trong quá trình đầu tư",
        ),
        // The power company's dissemination and checks on request, two clauses in Thái
        // Nguyên.
        Same(
            "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ",
            "Chủ động phối hợp với các sở, ban, ngành, Ủy ban nhân dân cấp xã, các đơn vị truyền thông xây dựng các chuyên đề",
        ),
        Same(
            "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ",
            "Khi có yêu cầu của cơ quan có thẩm quyền phải có trách nhiệm phối hợp kiểm tra",
        ),
        Same(
            "Các tổ chức, cá nhân có liên quan có trách nhiệm phổ biến, quán triệt",
            "Có trách nhiệm phối hợp, hợp tác với cơ quan có thẩm quyền",
        ),
        Same("Trong quá trình thực hiện Quy định này nếu có khó khăn", "nếu có vướng mắc, phát sinh"),
        Same("Trường hợp vượt thẩm quyền, Sở Công Thương tổng hợp", "nếu có vướng mắc, phát sinh"),
        // Quảng Trị's detailed wiring, household and public lighting rules: Thái Nguyên
        // names none of them (its users' article refers to the law and decree).
        OldOnly("Đường dây dẫn điện phải được thiết kế, lắp đặt đảm bảo mặt bằng sản xuất"),
        OldOnly("Không sử dụng các kết cấu kim loại"),
        OldOnly("Hệ thống điện tại các khu vực dễ cháy, nổ"),
        OldOnly("Khi lắp đặt đường dây dẫn điện từ công tơ"),
        OldOnly("Trong mạch điện ba pha bốn dây"),
        OldOnly("Trong mạch điện một pha hai dây"),
        OldOnly("Thực hiện lắp đặt áp tô mát chống dòng điện rò"),
        OldOnly("Khi ký hợp đồng mua bán điện cho mục đích sinh hoạt"),
        OldOnly("không để các thiết bị điện, dụng cụ sử dụng điện phát nhiệt"),
        OldOnly("Khi nhu cầu sử dụng công suất tăng cao"),
        OldOnly("Trường hợp sự cố vượt quá khả năng xử lý của mình"),
        OldOnly("Thiết kế, lắp đặt hệ thống chiếu sáng công cộng"),
        OldOnly("Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng"),
        OldOnly("Khuyến khích sử dụng các nguồn năng lượng tái tạo"),
        OldOnly("Các nội dung khác có liên quan không được quy định trong Quy định này"),
        // Thái Nguyên's repeal, definitions, principles on the power works' safety corridors
        // and its chapter on protecting the power works, with the agencies' duties there.
        NewOnly("Quyết định số 11/2022/QĐ-UBND"),
        NewOnly("Hành lang bảo vệ an toàn công trình điện lực là vùng"),
        NewOnly("Hoạt động khác có liên quan đến điện lực là"),
        NewOnly("Các công trình điện lực xây dựng mới phải có hành lang"),
        NewOnly("Nghiêm cấm việc nghiệm thu, đưa vào sử dụng các công trình điện lực"),
        NewOnly("Đảm bảo không vi phạm hành lang bảo vệ an toàn công trình điện lực hiện có"),
        NewOnly("tổng hợp các trường hợp công trình không đủ điều kiện tồn tại"),
        NewOnly("Phối hợp cung cấp thông tin về quy hoạch (khi nhận được đề nghị"),
        NewOnly("chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông"),
        NewOnly("Tham mưu Chủ tịch Ủy ban nhân dân tỉnh quyết định giao đất"),
        NewOnly("Hướng dẫn thực hiện chính sách bồi thường, hỗ trợ, tái định cư"),
        NewOnly("trộm cắp trang thiết bị lưới điện"),
        NewOnly("giám sát phương tiện hoạt động bay"),
        NewOnly("lập và thực hiện kế hoạch giải phóng mặt bằng"),
        NewOnly("xử lý chặt tỉa phần cây"),
        NewOnly("Chủ tịch Ủy ban nhân dân cấp xã thực hiện các thủ tục thu hồi đất"),
        NewOnly("Có trách nhiệm trả lời cơ quan cấp phép đúng thời hạn"),
        NewOnly("từng bước hạ ngầm lưới điện"),
        NewOnly("Đối với công trình điện không còn khai thác, sử dụng"),
        NewOnly("Có trách nhiệm thực hiện đầy đủ các quy định của người sử dụng đất thuộc hành lang"),
        // Thái Nguyên's duties on safe use for agencies Quảng Trị does not name, its power
        // units' cut-off, and its rewards, discipline and funding.
        NewOnly("có trách nhiệm kiểm soát chất lượng hồ sơ thiết kế hệ thống điện trong các công trình xây dựng"),
        NewOnly(
            "Kiểm soát chất lượng hồ sơ thiết kế khi thẩm định, phê duyệt thiết kế và nghiệm thu các công trình chuyên ngành nông nghiệp",
        ),
        NewOnly("Chỉ đạo các cơ sở giáo dục nghề nghiệp"),
        NewOnly("Chỉ đạo các trường học, cơ sở đào tạo trực thuộc"),
        NewOnly("nâng cao nhận thức về an toàn trong sử dụng điện cho cộng đồng, gia đình và cá nhân"),
        NewOnly("Thực hiện thẩm duyệt điều chỉnh thiết kế, kiểm tra kết quả nghiệm thu về phòng cháy"),
        NewOnly("Trường hợp phát hiện nguy cơ mất an toàn phải kịp thời có biện pháp ngăn chặn hoặc ngừng cấp điện"),
        NewOnly("có thành tích xuất sắc trong công tác bảo vệ an toàn công trình điện lực"),
        NewOnly("sẽ bị xử lý kỷ luật, phải bồi thường thiệt hại"),
        NewOnly("truy cứu trách nhiệm hình sự"),
        NewOnly("Kinh phí hoạt động cho lĩnh vực quản lý an toàn"),
    ];
    let sections = [
        (Some("Ban hành kèm theo Quyết định này"), Some("Ban hành kèm theo Quyết định này")),
        (Some("Quyết định này có hiệu lực"), Some("Quyết định này có hiệu lực")),
        (Some("Giám đốc Sở Công Thương"), Some("Giám đốc Sở Công Thương")),
        (
            Some("TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ (Ban hành"),
            Some("QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN"),
        ),
        (Some("QUY ĐỊNH CHUNG"), Some("NHỮNG QUY ĐỊNH CHUNG")),
        (Some("Phạm vi điều chỉnh"), Some("Phạm vi điều chỉnh và đối tượng áp dụng")),
        (None, Some("Giải thích từ ngữ")),
        (None, Some("QUY ĐỊNH QUẢN LÝ, BẢO VỆ AN TOÀN CÔNG TRÌNH ĐIỆN LỰC")),
        // Quảng Trị's rules for production are duties of the user in Thái Nguyên.
        (Some("An toàn trong sử dụng điện cho sản xuất"), Some("Trách nhiệm của các tổ chức, cá nhân sử dụng điện")),
        (Some("An toàn trong sử dụng điện cho chiếu sáng công cộng"), None),
        (Some("Điều khoản thi hành"), Some("Tổ chức thực hiện")),
        (None, Some("Khen thưởng, kỷ luật")),
        (None, Some("Kinh phí hoạt động")),
        (None, Some("Sở Giáo dục và Đào tạo")),
        (None, Some("Bộ Chỉ huy Quân sự tỉnh")),
    ];
    // Known misses (measured, not tuned on): 50 of 65 task calls right (0.769) when first
    // run, 52 since two tasks written as one are looked for (the closing lines below), 53
    // since Quảng Trị's article on the subjects is aligned with Thái Nguyên's clause on them
    // (groups a level apart: "Quy định này áp dụng đối với …" pairs);
    // sections 13 of 15, 14 since the closing part's names agree. All 46 one-sided calls
    // are right and 6 of the 19 same calls (the decision's articles, the scope and the
    // closing lines): sosanh first kept 4 of Quảng Trị's 42 tasks and called 100 of Thái
    // Nguyên's 104 new. No call was changed after the run. Scores are
    // `SOSANH_DEBUG_SCORES=1`'s (task threshold 0.45, section threshold 0.3):
    // - the same duty reworded, below the threshold and with no aligned sections around it
    //   for the context rule: Quảng Trị's production and household rules against Thái
    //   Nguyên's users' article (training cards 0.341, device inspection, incidents and
    //   household wiring below 0.25; the articles score 0.292 and 0.236, and Thái Nguyên's
    //   users' article went to Quảng Trị's article on the agencies' duties instead, on its
    //   title "Trách nhiệm …", 0.414), the subjects (0.284), and the agencies' duties of
    //   Quảng Trị's article 6 against Thái Nguyên's articles 8–10 and 14 (the department
    //   and the communes below 0.25 to 0.254, the power company's two clauses below 0.25
    //   and 0.391, the users' clause below 0.25); many of Thái Nguyên's lines only cite the
    //   law and decree ("Thực hiện đầy đủ trách nhiệm … quy định tại Điều 69 Luật Điện
    //   lực"), which shares few words with Quảng Trị's spelled-out duties;
    // - (met since the seventeenth round) the closing lines on difficulties (0.405) and on
    //   matters beyond the department's power (0.334), merged in Thái Nguyên's one line:
    //   the context rule did not pair the first, which opens its clause while its partner
    //   closes its own with a task before it (no neighbour holds the pair in place); the
    //   two joined score 0.478 against the line, so the first is carried and the second
    //   merged (`Pieces::run_pairs`);
    // - two sections: Quảng Trị's production article with Thái Nguyên's users' article
    //   (0.292, the latter taken as above), and its final provisions with Thái Nguyên's
    //   article on implementation (0.263; aligned since the seventeenth round, "Điều khoản
    //   thi hành" and "Tổ chức thực hiện" agreeing as names of the closing part: 14 of 15).
    let known = [
        "Người lao động trực tiếp tham gia xây dựng, bảo trì",
        "hệ thống chống sét, nối đất phải được nghiệm thu",
        "Khi xảy ra sự cố, tai nạn điện phải áp dụng ngay",
        "Khi xảy ra sự cố điện phải cắt điện",
        "Khi thiết kế, lắp đặt, sử dụng thiết bị, dụng cụ điện phải bảo đảm",
        "Sở Công Thương chủ trì, hướng dẫn, theo dõi, đôn đốc",
        "chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra",
        "Hướng dẫn người dân sử dụng điện an toàn",
        "Xử lý nghiêm các hành vi vi phạm quy định pháp luật về an toàn điện theo thẩm quyền",
        "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ",
        "Các tổ chức, cá nhân có liên quan có trách nhiệm phổ biến, quán triệt",
        "section: Some(\"An toàn trong sử dụng điện cho sản xuất\")",
    ];
    labelled_pair("3bc52886147b6a70", "73a5c09dc805432d", &calls, &sections, &known);
}

#[test]
fn prepared_documents_compare_as_the_documents_do() {
    // One preparation per document serves several comparisons (as in a series), with
    // the same result as comparing the documents.
    use sosanh::compare::{Prepared, compare_prepared};
    let names = ["tam-thanh-2025-12", "tam-thanh-2026-02", "cao-loc-2026-02", "quoc-khanh-2026-01"];
    let docs: Vec<Document> = names.iter().map(|n| doc(n)).collect();
    let prepared: Vec<Prepared> = docs.iter().map(Prepared::new).collect();
    let settings = MatchSettings::default();
    for (i, a) in docs.iter().enumerate() {
        for (j, b) in docs.iter().enumerate() {
            let direct = serde_json::to_string(&compare(a, b, &settings)).unwrap();
            let reused = serde_json::to_string(&compare_prepared(&prepared[i], &prepared[j], &settings)).unwrap();
            assert_eq!(direct, reused, "{} vs {}", names[i], names[j]);
        }
    }
}

/// Two one-clause items of unrelated articles, paired as sections on their words alone
/// (Lai Châu's 8.5, the blank certificates, and Nghệ An's 21.1, land statistics: 0.30,
/// no title, no place between aligned neighbours, parents not aligned), are no evidence
/// for pairing their only tasks, which score 0.32, under the task threshold (regression:
/// the two were reported as one task carried over).
#[test]
fn a_section_pair_on_its_words_alone_does_not_pair_its_only_tasks() {
    let Some((a, b)) = real_pair("50693ea4bb4bda20", "994dfbc3967e5ebf") else {
        return;
    };
    let c = compare(&a, &b, &MatchSettings::default());
    let old = find_task(&c, &a, true, "Tham mưu Sở Nông nghiệp và Môi trường lập kế hoạch sử dụng phôi");
    let new = find_task(&c, &b, false, "Tham mưu cho Ủy ban nhân dân cấp xã tổ chức thực hiện công tác thống kê");
    let paired = c
        .tasks
        .iter()
        .any(|t| t.old.as_ref().is_some_and(|x| x.index == old) && t.new.as_ref().is_some_and(|x| x.index == new));
    assert!(!paired, "the only tasks of two sections aligned on their words alone were paired");
}

/// Rows named by a procedure code or a commune pair by their names (real pairs where rows
/// of other procedures or communes were carried, the steps or notes being the same): no
/// task carried between two different names unless the rest agrees as a renamed one does
/// (0.55), and rows with the same name are carried.
#[test]
fn real_rows_pair_by_their_names() {
    use sosanh::compare::features::row_name;
    use sosanh::normalize::procedure_codes as codes;
    let opts = sosanh::normalize::MatchOptions::standard();
    let pairs = [
        ("27cbc6425a10478c", "8bb752497f83eeee"),
        ("a0079a10826a1d45", "8bb6ac57ee7b4c5d"),
        ("cc392cdbbc87983e", "8bb752497f83eeee"),
        ("52932ba8546afb5f", "a0079a10826a1d45"),
        ("71153021e3559f5e", "d3d459d0a856471f"),
        ("0eb3b8713cadea8f", "592501a25aaf5012"),
    ];
    let mut same_name = 0;
    for (x, y) in pairs {
        let Some((a, b)) = real_pair(x, y) else {
            return;
        };
        for (p, q) in [(&a, &b), (&b, &a)] {
            let c = compare(p, q, &MatchSettings::default());
            for t in c.tasks.iter().filter(|t| t.status == TaskStatus::Carried) {
                let (o, n) = (&t.old.as_ref().unwrap().text, &t.new.as_ref().unwrap().text);
                let (co, cn) = (codes(o, &opts), codes(n, &opts));
                let (ro, rn) = (row_name(o, &opts), row_name(n, &opts));
                let named = (!co.is_empty() && !cn.is_empty()) || (ro.is_some() && rn.is_some());
                let differ = (!co.is_empty() && !cn.is_empty() && !co.iter().any(|k| cn.contains(k)))
                    || (ro.is_some() && rn.is_some() && ro != rn);
                assert!(!differ || t.similarity.unwrap() >= 0.55, "{x} {y}: {o:?} carried as {n:?}");
                same_name += (named && !differ) as usize;
            }
        }
    }
    // Both ways: the communes' rows of the rates table and the procedures cited alike.
    assert!(same_name >= 20, "{same_name}");
}

/// A pair placed by its position makes its children first under aligned parents, and they
/// are placed the same way (regression: Bắc Ninh's and Hồ Chí Minh City's article 2 were
/// paired by position, but their clause 2.1, both giving the science department its duty,
/// content 0.29, stayed "old 2.1 dropped" and "2.1 new", and so did its only task, though
/// each was the other's nearest at 0.35: the position pass had run once, before article 2
/// was paired).
#[test]
fn children_of_a_pair_placed_by_position_are_placed_too() {
    let Some((a, b)) = real_pair("27cbc6425a10478c", "4bda44e45e4f1633") else {
        return;
    };
    let c = compare(&a, &b, &MatchSettings::default());
    let parent = entry(&c, "Điều 2");
    assert!(parent.evidence.is_some_and(|ev| ev.position > 0.0), "{parent:?}");
    let e = entry(&c, "Điều 2.1");
    assert_eq!(e.status, SectionStatus::Matched, "{e:?}");
    assert_eq!(e.old, vec![p("Điều 2.1")], "{e:?}");
    assert!(e.evidence.is_some_and(|ev| ev.position > 0.0), "{e:?}");
    let t = by_new(&c, "Giao Sở Khoa học và Công nghệ rà soát");
    assert_eq!(t.status, TaskStatus::Carried, "{t:?}");
}

/// The effect clauses of two decisions are one provision however each unit words it and
/// whichever article holds it (regression: Cà Mau's "Quyết định này có hiệu lực thi hành kể
/// từ ngày ký." in its Điều 2, beside a duty, and Bắc Ninh's "Quyết định này có hiệu lực
/// theo Quyết định số 4347/QĐ- BVHTTDL …" in its Điều 3 were dropped + new at 0.29).
#[test]
fn effect_clauses_pair_whatever_their_words_and_article() {
    let Some((a, b)) = real_pair("b1bac569be973504", "8bb752497f83eeee") else {
        return;
    };
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let t = c
            .tasks
            .iter()
            .find(|t| t.new.as_ref().is_some_and(|n| n.text.contains("có hiệu lực")))
            .expect("the effect clause");
        assert_eq!(t.status, TaskStatus::Carried, "flipped {flipped}: {t:?}");
        assert!(t.old.as_ref().is_some_and(|o| o.text.contains("có hiệu lực")), "{t:?}");
    }
}

/// Copies of one task in one section pair with copies in one section in order, the first
/// with the first (regression: Quảng Trị's and Cần Thơ's "Có từ 15% người dân tộc thiểu số
/// trở lên sinh sống ổn định;", once under "Xã …" and once under "Tỉnh …", were paired
/// crosswise: old #4 with new #6 and old #7 with new #3).
#[test]
fn copies_of_one_task_pair_in_order() {
    let Some((a, b)) = real_pair("4c6ac60a4ebc43d6", "5be267825b46d313") else {
        return;
    };
    let copy = "Có từ 15% người dân tộc thiểu số trở lên sinh sống";
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let mut pairs: Vec<(usize, usize)> = c
            .tasks
            .iter()
            .filter_map(|t| Some((t.old.as_ref()?, t.new.as_ref()?)))
            .filter(|(o, n)| o.text.starts_with(copy) && n.text.starts_with(copy))
            .map(|(o, n)| (o.number, n.number))
            .collect();
        pairs.sort_unstable();
        assert_eq!(pairs.len(), 2, "flipped {flipped}: {pairs:?}");
        assert!(pairs[0].1 < pairs[1].1, "flipped {flipped}: crossed {pairs:?}");
    }
}

/// A section whose words tie with several partners goes to the one its tasks paired with
/// (regression: the "h) Phí, lệ phí: Không" fields of Quảng Trị's and Cần Thơ's second
/// procedure both scored 1.00 with each other and with the first procedure's field; the tie
/// went to the first, so the second procedure's field was reported dropped + new with its
/// task moved between them).
#[test]
fn tied_sections_go_to_the_pair_whose_tasks_paired() {
    let Some((a, b)) = real_pair("4c6ac60a4ebc43d6", "5be267825b46d313") else {
        return;
    };
    let ends = |p: &[String], tail: [&str; 2]| p.len() >= 2 && p[p.len() - 2..] == tail;
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        for n in ["1", "2"] {
            let m = c
                .sections
                .iter()
                .find(|s| s.old.iter().any(|p| ends(p, [n, "h"])))
                .unwrap_or_else(|| panic!("flipped {flipped}: no section {n}.h"));
            assert_eq!(m.status, SectionStatus::Matched, "flipped {flipped}: {m:?}");
            assert_eq!(m.old.len(), 1, "flipped {flipped}: {m:?}");
            assert!(m.new.len() == 1 && ends(&m.new[0], [n, "h"]), "flipped {flipped}: {m:?}");
        }
    }
}

/// A row named by a procedure code pairs with the other side's row of that code, not with
/// a nameless task that shares more of its words (regression: Phú Thọ's list row "1.014438 |
/// Thủ tục công nhận trung tâm đổi mới sáng tạo | - Trong thời hạn 05 ngày …" paired with the
/// first step of Đồng Nai's internal procedure, which repeats that deadline word for word
/// (0.72), and Đồng Nai's list row of the same code (0.50) was reported new; ten rows so).
#[test]
fn a_coded_row_pairs_with_the_row_of_its_code() {
    let Some((a, b)) = real_pair("04e4130eb91f3242", "e1d32e33e6daa23a") else {
        return;
    };
    let code = |t: &str| t.split(" | ").next().filter(|c| c.len() == 8 && c.starts_with("1.0144")).map(str::to_owned);
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        for code_of in ["1.014431", "1.014432", "1.014433", "1.014435", "1.014452", "1.014453", "1.014454"] {
            let t = c
                .tasks
                .iter()
                .find(|t| t.old.as_ref().is_some_and(|o| code(&o.text).as_deref() == Some(code_of)))
                .unwrap_or_else(|| panic!("flipped {flipped}: no old row {code_of}"));
            let partner = t.new.as_ref().and_then(|n| code(&n.text));
            assert_eq!(partner.as_deref(), Some(code_of), "flipped {flipped}: {t:?}");
        }
    }
}

/// A decision's statement of its entry into force, joined on one side to what the decision
/// replaces ("Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục … tại Quyết
/// định số 1740/QĐ-UBND …") and carried to the other side's clause on the list it replaces,
/// is split: the other side's own statement ("Quyết định này có hiệu lực kể từ ngày ký ban
/// hành.") is a piece of it, not new; merged the other way round (regression: Hà Tĩnh's and
/// Đắk Lắk's decisions on two procedures of forensic examination, where the statement
/// scores 0.42 against the whole task).
#[test]
fn an_effect_clause_joined_to_what_the_act_replaces_is_split() {
    let text = |body: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\n\
             CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n\
             Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực giám định.\n\n\
             {body}\n\n\
             Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n"
        )
    };
    let old = text(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục thủ tục hành chính có số thứ tự 01, 02 \
         lĩnh vực Tổ chức cán bộ tại Quyết định số 1740/QĐ-UBND ngày 30/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh.",
    );
    let new = text(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n\
         Nội dung công bố Danh mục thủ tục hành chính tại số thứ tự 1, 2 Mục I Phụ lục ban hành kèm theo Quyết định số \
         0151/QĐ-UBND ngày 03/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
    );
    let read =
        |name: &str, t: &str| sosanh::read::document_from_bytes(name, t.as_bytes(), &ReadOptions::default()).unwrap();
    let (a, b) = (read("old", &old), read("new", &new));
    let c = compare(&a, &b, &MatchSettings::default());
    let replaced = by_new(&c, "Nội dung công bố");
    assert!(replaced.old.as_ref().is_some_and(|o| o.text.starts_with("Quyết định này có hiệu lực")), "{:?}", c.tasks);
    let own = by_new(&c, "Quyết định này có hiệu lực kể từ ngày ký");
    assert_eq!(own.status, TaskStatus::Split, "{own:?}");
    assert!(own.old.as_ref().is_some_and(|o| o.text.contains("thay thế Danh mục")), "{own:?}");
    let back = compare(&b, &a, &MatchSettings::default());
    let own = by_old(&back, "Quyết định này có hiệu lực kể từ ngày ký");
    assert_eq!(own.status, TaskStatus::Merged, "{own:?}");
}

/// Two definitions of one term, each unit's in its own words, pair on the term: "Hộp thư
/// điện tử công vụ cá nhân: Là …" with "Hộp thư công vụ cá nhân là …" (their words 0.36),
/// not with an operative clause that shares more words with one of them (regression: Bắc
/// Ninh's "Hộp thư điện tử công vụ cấp cho cá nhân do cá nhân quản lý" took Ninh Bình's
/// definition at 0.46 and both definitions were reported dropped and new).
#[test]
fn definitions_of_one_term_pair_on_the_term() {
    let text = |defs: &str, rules: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/2025/QĐ-UBND\n\nQUY CHẾ\nQuản lý hộp thư điện tử công vụ\n\n\
             Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\n\
             Quy chế này quy định việc quản lý, sử dụng hộp thư điện tử công vụ trên địa bàn tỉnh.\n\n\
             Điều 2. Giải thích từ ngữ\n\n{defs}\n\nChương II\nQUẢN LÝ, SỬ DỤNG\n\nĐiều 3. Quản lý hộp thư\n\n{rules}\n"
        )
    };
    let old = text(
        "1. Hệ thống thư điện tử: Là hệ thống thông tin quản lý các hộp thư của tỉnh.\n\n\
         2. Hộp thư điện tử công vụ cá nhân: Là hộp thư điện tử được cấp cho các cán bộ, công chức, viên chức để \
         trao đổi công việc.",
        "1. Hộp thư điện tử công vụ cấp cho cá nhân do cá nhân quản lý.\n\n\
         2. Cơ quan, đơn vị rà soát danh sách hộp thư mỗi năm một lần.",
    );
    let new = text(
        "1. Hộp thư công vụ cá nhân là hộp thư điện tử thuộc Hệ thống thư điện tử công vụ cấp cho cá nhân sử dụng.\n\n\
         2. Hệ thống thư điện tử là hệ thống thông tin quản lý các hộp thư của tỉnh.",
        "1. Văn phòng Ủy ban nhân dân tỉnh tổng hợp danh sách hộp thư mỗi năm một lần.",
    );
    let read =
        |name: &str, t: &str| sosanh::read::document_from_bytes(name, t.as_bytes(), &ReadOptions::default()).unwrap();
    let (a, b) = (read("old", &old), read("new", &new));
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let (mine, theirs) = if flipped {
            ("Hộp thư công vụ cá nhân", "Hộp thư điện tử công vụ cá nhân:")
        } else {
            ("Hộp thư điện tử công vụ cá nhân:", "Hộp thư công vụ cá nhân")
        };
        let t = by_old(&c, mine);
        assert!(t.new.as_ref().is_some_and(|n| n.text.starts_with(theirs)), "flipped {flipped}: {:?}", c.tasks);
    }
}

/// A defined term is no title for a heading elsewhere: Nghệ An's definition "Tài khoản thư
/// điện tử công vụ cá nhân là …" and Đồng Tháp's article "Quản lý, sử dụng hộp thư điện tử
/// công vụ cá nhân" (a rule about the thing) share the term's words, but the item and the
/// article are not one section, and the definition does not pair with the article's duty
/// "Các cá nhân được cấp hộp thư điện tử công vụ phải thường xuyên sử dụng …" (regression:
/// the two sections' titles agreed at 0.63 and the tasks paired at 0.33 in that context).
#[test]
fn a_defined_term_is_no_title_for_a_heading() {
    let Some((a, b)) = real_pair("c5f09c7770858e97", "fd4c4d6ec377c4d2") else {
        return;
    };
    let definition = "Tài khoản thư điện tử công vụ cá nhân là";
    for flipped in [false, true] {
        let c = if flipped {
            compare(&b, &a, &MatchSettings::default())
        } else {
            compare(&a, &b, &MatchSettings::default())
        };
        let t = if flipped { by_new(&c, definition) } else { by_old(&c, definition) };
        let other = if flipped { t.old.as_ref() } else { t.new.as_ref() };
        assert!(!other.is_some_and(|o| o.text.starts_with("Các cá nhân được cấp hộp thư")), "flipped {flipped}: {t:?}");
    }
}

/// An article's one sentence that became its clause 1 on the other side stays in place: the
/// articles are aligned, and the task is not "moved" (regression: Đắk Lắk's "Điều 5. Tổ
/// chức thực hiện" / "Chánh Văn phòng … chịu trách nhiệm thi hành" against Quảng Ninh's
/// "Điều 6. Tổ chức thực hiện" / "1. …" was reported moved; half the moved tasks over the
/// 65 regression pairs were such, 566 → 283). The same the other way round.
#[test]
fn a_sentence_that_became_its_articles_clause_is_not_moved() {
    let text = |body: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc phân cấp thẩm quyền\n\n\
             QUYẾT ĐỊNH:\n\nĐiều 1. Phân cấp cho Giám đốc Sở Tài chính quyết định tiêu chuẩn, định mức sử dụng máy móc.\n\n\
             Điều 2. Tổ chức thực hiện\n\n{body}\n"
        )
    };
    let old = text(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành và các cơ quan, tổ chức, cá nhân có liên \
         quan chịu trách nhiệm thi hành Quyết định này.",
    );
    let new = text(
        "1. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các cơ quan chuyên môn và các cơ quan, tổ chức, cá nhân \
         có liên quan chịu trách nhiệm thi hành Quyết định này.\n\n\
         2. Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc, các cơ quan kịp thời báo cáo Sở Tài chính.",
    );
    for (flipped, c) in both_ways(&old, &new) {
        let t = by_old(&c, "Chánh Văn phòng");
        assert_eq!(t.status, TaskStatus::Carried, "flipped {flipped}: {:?}", c.tasks);
        assert_eq!(t.moved, Some(false), "flipped {flipped}: {t:?}");
        assert_eq!(c.summary.moved, 0, "flipped {flipped}");
    }
}

/// Two texts read and compared each way: (flipped, comparison), old → new first.
fn both_ways(old: &str, new: &str) -> [(bool, Comparison); 2] {
    let read =
        |name: &str, t: &str| sosanh::read::document_from_bytes(name, t.as_bytes(), &ReadOptions::default()).unwrap();
    compared_both_ways(&read("old", old), &read("new", new))
}

/// Two read documents compared both ways with the default settings, each with whether
/// the sides are swapped.
fn compared_both_ways(a: &Document, b: &Document) -> [(bool, Comparison); 2] {
    let s = MatchSettings::default();
    [(false, compare(a, b, &s)), (true, compare(b, a, &s))]
}

/// One unit writes every agency's duties as clauses of one article ("Điều 5. Trách nhiệm
/// các cơ quan, đơn vị" / "1. Sở Khoa học và Công nghệ." with points), another gives each
/// agency an article ("Điều 5. Trách nhiệm của Sở Khoa học và Công nghệ" with clauses): the
/// agency's clause is the agency's article, and the duties under them are compared in that
/// context (regression: Nghệ An's and Đồng Tháp's e-mail rules, where the article on all
/// agencies had no partner and every agency's article was reported new).
#[test]
fn an_agencys_clause_is_the_other_units_article_on_that_agency() {
    let text = |chapter: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/2025/QĐ-UBND\n\nQUY CHẾ\nQuản lý hệ thống thư điện tử công vụ\n\n\
             Chương I\nQUY ĐỊNH CHUNG\n\n\
             Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định việc quản lý, sử dụng hệ thống thư điện tử công vụ của tỉnh.\n\n\
             Điều 2. Đối tượng áp dụng\n\nQuy chế này áp dụng đối với các cơ quan hành chính nhà nước của tỉnh.\n\n\
             Chương II\nTỔ CHỨC THỰC HIỆN\n\n{chapter}\n"
        )
    };
    let old = text(
        "Điều 3. Trách nhiệm các cơ quan, đơn vị\n\n\
         1. Sở Khoa học và Công nghệ.\n\n\
         a) Tham mưu Ủy ban nhân dân tỉnh hướng dẫn tiêu chuẩn kỹ thuật áp dụng cho hệ thống thư điện tử công vụ;\n\n\
         b) Phối hợp hướng dẫn các quy định của Quy chế này, phát hiện và xử lý các vi phạm theo quy định pháp luật.\n\n\
         2. Công an tỉnh.\n\n\
         a) Chủ trì phối hợp với các sở triển khai các giải pháp bảo đảm an toàn thông tin, dữ liệu hệ thống thư điện tử;\n\n\
         b) Thanh tra, giám sát việc bảo đảm an ninh mạng và phòng, chống tội phạm trên không gian mạng.",
    );
    let new = text(
        "Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ\n\n\
         1. Tham mưu Ủy ban nhân dân tỉnh quản lý, vận hành hệ thống thư điện tử bảo đảm hiệu quả.\n\n\
         2. Theo dõi, kiểm tra việc sử dụng, xử lý các vi phạm liên quan đến hệ thống thư điện tử.\n\n\
         Điều 4. Trách nhiệm của Công an tỉnh\n\n\
         1. Tổ chức thực hiện các giải pháp theo quy định để bảo đảm an toàn, bảo mật cho hệ thống thư điện tử.\n\n\
         2. Kiểm tra, đánh giá định kỳ an toàn thông tin và quản lý rủi ro của hệ thống.",
    );
    for (flipped, c) in both_ways(&old, &new) {
        let (clause, article) = (p("Chương II.Điều 3.2"), p("Chương II.Điều 4"));
        let e = if flipped { entry(&c, "old Chương II.Điều 4") } else { entry(&c, "Chương II.Điều 4") };
        assert_eq!(e.status, SectionStatus::Matched, "flipped {flipped}: {:#?}", c.sections);
        let (o, n) = if flipped { (&article, &clause) } else { (&clause, &article) };
        assert_eq!((&e.old, &e.new), (&vec![o.clone()], &vec![n.clone()]), "flipped {flipped}");
        // The police's duty on security solutions, reworded, is carried in that context.
        let (police_old, police_new) = ("Chủ trì phối hợp với các sở", "Tổ chức thực hiện các giải pháp");
        let (po, pn) = if flipped { (police_new, police_old) } else { (police_old, police_new) };
        assert_pair(&c, po, pn);
    }
}

/// One unit writes "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng", another "Điều 1. Phạm vi
/// điều chỉnh" and "Điều 2. Đối tượng áp dụng": the joined article is both articles, one
/// entry (regression: Ninh Bình's rules for its e-mail against those for its document system,
/// where the second article took the joined one and the first was reported dropped).
#[test]
fn an_article_on_two_things_is_the_two_articles_of_their_titles() {
    let head = "ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/2025/QĐ-UBND\n\nQUY CHẾ\nQuản lý hệ thống thư điện tử công vụ\n\n\
                Chương I\nQUY ĐỊNH CHUNG\n\n";
    let tail = "Chương II\nTỔ CHỨC THỰC HIỆN\n\nĐiều 9. Trách nhiệm của Sở Khoa học và Công nghệ\n\n\
                Tham mưu Ủy ban nhân dân tỉnh quản lý, vận hành hệ thống thư điện tử bảo đảm hiệu quả.\n";
    let old = format!(
        "{head}Điều 1. Phạm vi điều chỉnh\n\n\
         Quy chế này quy định việc quản lý, vận hành, sử dụng hệ thống quản lý văn bản và điều hành của tỉnh.\n\n\
         Điều 2. Đối tượng áp dụng\n\n\
         1. Các sở, ban, ngành, đơn vị sự nghiệp thuộc tỉnh; Ủy ban nhân dân cấp xã có sử dụng hệ thống.\n\n\
         2. Cán bộ, công chức, viên chức, người lao động của các cơ quan, đơn vị sử dụng hệ thống.\n\n{tail}"
    );
    let new = format!(
        "{head}Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng\n\n\
         1. Quy chế này quy định việc quản lý, vận hành và sử dụng hệ thống thư điện tử công vụ của tỉnh.\n\n\
         2. Quy chế này áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân các xã, phường, cán bộ, công chức, viên chức.\n\n{tail}"
    );
    for (flipped, c) in both_ways(&old, &new) {
        let (two, one) = (vec![p("Chương I.Điều 1"), p("Chương I.Điều 2")], vec![p("Chương I.Điều 1")]);
        let e = if flipped { entry(&c, "old Chương I.Điều 1") } else { entry(&c, "Chương I.Điều 1") };
        assert_eq!(e.status, SectionStatus::Matched, "flipped {flipped}: {:#?}", c.sections);
        // (The one-task article's clause may stand in the entry too, beside its article.)
        let (o, n) = if flipped { (&one, &two) } else { (&two, &one) };
        assert!(
            o.iter().all(|x| e.old.contains(x)) && n.iter().all(|x| e.new.contains(x)),
            "flipped {flipped}: {e:#?}"
        );
    }
}

/// Two aligned articles that hold one task each ("Điều 1. Phạm vi điều chỉnh" on both sides)
/// keep their tasks together even when one of them was paired out of its context barely
/// over the threshold: Phú Thọ's scope listed its four cases in one sentence, and one case
/// took Bắc Ninh's clause 5.3 on it (0.458), leaving Bắc Ninh's scope "new" beside an
/// aligned scope "carried" to a clause (regression; the pair both ways).
#[test]
fn a_sole_task_of_aligned_articles_is_not_lost_to_a_stray_pair() {
    let Some((a, b)) = real_pair("d851211c9f1b590e", "b1ce4a2380c2c8e3") else {
        return;
    };
    let s = MatchSettings::default();
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (scope_old, scope_new) = ("Quyết định này phân cấp thẩm quyền", "Quyết định này quy định về phân cấp");
        let (o, n) = if flipped { (scope_new, scope_old) } else { (scope_old, scope_new) };
        assert_pair(&c, o, n);
    }
    // A pair the user confirmed stays, though it is such a stray pair.
    let base = compare(&a, &b, &s);
    let scope = by_old(&base, "Quyết định này phân cấp thẩm quyền").old.clone().unwrap();
    let clause = by_new(&base, "Chủ tịch Uỷ ban nhân dân cấp xã quyết định tiêu chuẩn").new.clone().unwrap();
    let confirm = user_link(true, &scope, &clause);
    let c = compare(&a, &b, &MatchSettings { links: vec![confirm], ..MatchSettings::default() });
    assert_pair(&c, &scope.text, &clause.text);
}

/// Two amendments of words are named by the phrases they quote: "Thay thế cụm từ “Cục Thống
/// kê tỉnh” bằng cụm từ “Thống kê thành phố” tại …" is not "Thay thế cụm từ “toàn tỉnh” thành
/// “toàn thành phố” tại …", however much of the wording and the place they share; the same
/// phrases at another place are the same amendment (regression: Huế's two resolutions, an
/// auditor's two false pairs).
#[test]
fn amendments_of_different_phrases_are_different_amendments() {
    let text = |first: &str, second: &str| {
        format!(
            "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nSố: 1/2025/NQ-HĐND\n\nNGHỊ QUYẾT\nSửa đổi một số điều\n\n\
             Điều 1. Thay thế, bãi bỏ một số cụm từ của Quy định kèm theo Nghị quyết số 9/2022/NQ-HĐND\n\n\
             1. {first}\n\n2. {second}\n\n\
             Điều 2. Tổ chức thực hiện\n\nGiao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết này.\n"
        )
    };
    let old = text(
        "Thay thế cụm từ “Cục Thống kê tỉnh” bằng cụm từ “Thống kê thành phố” tại khoản 4 Điều 4.",
        "Thay thế cụm từ “tỉnh Thừa Thiên Huế” bằng cụm từ “thành phố Huế” tại Điều 1.",
    );
    let new = text(
        "Thay thế cụm từ “toàn tỉnh” thành “toàn thành phố” tại khoản 4 Điều 5.",
        "Thay thế cụm từ “tỉnh Thừa Thiên Huế” bằng cụm từ “thành phố Huế” tại khoản 2 Điều 1.",
    );
    for (flipped, c) in both_ways(&old, &new) {
        let (statistics, whole) = ("Thay thế cụm từ “Cục Thống kê tỉnh”", "Thay thế cụm từ “toàn tỉnh”");
        let t = if flipped { by_new(&c, statistics) } else { by_old(&c, statistics) };
        assert_eq!(t.status, if flipped { TaskStatus::New } else { TaskStatus::Dropped }, "flipped {flipped}");
        let t = if flipped { by_old(&c, whole) } else { by_new(&c, whole) };
        assert_eq!(t.status, if flipped { TaskStatus::Dropped } else { TaskStatus::New }, "flipped {flipped}");
        let name = "Thay thế cụm từ “tỉnh Thừa Thiên Huế”";
        assert_pair(&c, name, name);
    }
}

/// Two procedures' fields worded alike ("Thời hạn giải quyết: 03 ngày làm việc") go with the
/// field of the same procedure, though one province writes them a level under the procedure
/// and the other three levels under it: the nearest aligned ancestors decide the tie
/// (regression: Đồng Nai's and Hà Tĩnh's press procedures, 5884aa6f → d6cbe14c, had the two
/// time limits crossed, both pairs scoring 0.664).
#[test]
fn a_field_goes_with_its_own_procedures_field_at_any_depth() {
    let Some((a, b)) = real_pair("5884aa6f293e9bc0", "d6cbe14c6f6cf724") else {
        return;
    };
    for (flipped, c) in compared_both_ways(&a, &b) {
        for procedure in ["1", "2"] {
            let t = c
                .tasks
                .iter()
                .find(|t| {
                    let side = if flipped { &t.new } else { &t.old };
                    side.as_ref().is_some_and(|x| x.path == ["PL2", procedure, "a"] && x.text.starts_with("Thời hạn"))
                })
                .expect("the time limit");
            let other = if flipped { &t.old } else { &t.new };
            assert_eq!(other.as_ref().map(|x| x.path[2].as_str()), Some(procedure), "flipped {flipped}: {t:?}");
        }
    }
}

/// A procedure's fields are lettered points in one province ("a) Thời hạn giải quyết: …")
/// and clauses of a group "Nội dung thủ tục" a level further down in another: each field is
/// aligned with its twin under the same procedure, the group the second province added is a
/// new section (before, one field went to the group and the other was "dropped" while its
/// task was carried; the second procedure's fields were merged into its group), both ways.
#[test]
fn fields_at_different_depths_are_aligned_with_their_twins() {
    let old = "I. THỦ TỤC THUỘC THẨM QUYỀN CẤP TỈNH
1. Thủ tục cấp giấy phép khai thác nước mặt cho sản xuất nông nghiệp
a) Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
b) Phí thẩm định đề án khai thác nước mặt theo nghị quyết của Hội đồng nhân dân tỉnh.
2. Thủ tục gia hạn giấy phép khai thác nước mặt cho sản xuất nông nghiệp
a) Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
b) Phí thẩm định hồ sơ gia hạn bằng năm mươi phần trăm mức phí cấp mới.
";
    let new = "I. THỦ TỤC THUỘC THẨM QUYỀN CẤP TỈNH
1. Thủ tục cấp giấy phép khai thác nước mặt cho sản xuất nông nghiệp
1.1. Nội dung thủ tục
1.1.1. Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
1.1.2. Phí thẩm định đề án khai thác nước mặt theo nghị quyết của Hội đồng nhân dân tỉnh.
2. Thủ tục gia hạn giấy phép khai thác nước mặt cho sản xuất nông nghiệp
2.1. Nội dung thủ tục
2.1.1. Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
2.1.2. Phí thẩm định hồ sơ gia hạn bằng năm mươi phần trăm mức phí cấp mới.
";
    let read =
        |name: &str, t: &str| sosanh::read::document_from_bytes(name, t.as_bytes(), &ReadOptions::default()).unwrap();
    let (a, b) = (read("old.txt", old), read("new.txt", new));
    let path = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
    for (flipped, c) in compared_both_ways(&a, &b) {
        let mine = |e: &sosanh::compare::SectionMatch| if flipped { e.new.clone() } else { e.old.clone() };
        let theirs = |e: &sosanh::compare::SectionMatch| if flipped { e.old.clone() } else { e.new.clone() };
        for (field, twin) in [
            ("I/1/a", "I/1/1.1/1.1.1"),
            ("I/1/b", "I/1/1.1/1.1.2"),
            ("I/2/a", "I/2/2.1/2.1.1"),
            ("I/2/b", "I/2/2.1/2.1.2"),
        ] {
            let e = c.sections.iter().find(|e| mine(e).contains(&path(field))).expect("the field");
            assert_eq!(theirs(e), vec![path(twin)], "flipped {flipped}: {e:?}");
        }
        for group in ["I/1/1.1", "I/2/2.1"] {
            let e = c.sections.iter().find(|e| theirs(e).contains(&path(group))).expect("the group");
            assert!(mine(e).is_empty(), "flipped {flipped}: {e:?}");
        }
    }
}

/// The fields every procedure has ("Nội dung đơn giản hóa", "Kiến nghị thực thi") are slots
/// of a template: under two procedures the documents do not share, the same slot title with
/// nothing else in common is no alignment (before, the one procedure's slots were aligned
/// with the first of the other's, title 1.00, content 0.03 and 0.15), both ways.
#[test]
fn template_slots_of_different_procedures_are_not_aligned() {
    let old = "I. LĨNH VỰC BẢO TRỢ XÃ HỘI
1. Thủ tục trợ cấp xã hội hằng tháng cho người cao tuổi
1.1. Nội dung đơn giản hóa
Bỏ yêu cầu nộp bản sao giấy khai sinh của người cao tuổi.
1.2. Kiến nghị thực thi
Sửa đổi khoản 2 Điều 7 Nghị định số 20/2021/NĐ-CP.
2. Thủ tục hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội
2.1. Nội dung đơn giản hóa
Giảm thời hạn giải quyết từ 10 ngày xuống 07 ngày làm việc.
2.2. Kiến nghị thực thi
Sửa đổi điểm b khoản 3 Điều 11 Nghị định số 20/2021/NĐ-CP.
";
    let new = "I. LĨNH VỰC NÔNG NGHIỆP
1. Thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông sản
1.1. Nội dung đơn giản hóa
Cho phép nộp hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công quốc gia.
1.2. Kiến nghị thực thi
Sửa đổi Điều 5 Thông tư số 38/2018/TT-BNNPTNT.
";
    let read =
        |name: &str, t: &str| sosanh::read::document_from_bytes(name, t.as_bytes(), &ReadOptions::default()).unwrap();
    let (a, b) = (read("old.txt", old), read("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let matched: Vec<_> = c.sections.iter().filter(|e| e.status == SectionStatus::Matched).collect();
        assert!(matched.is_empty(), "flipped {flipped}: {matched:?}");
    }
}

/// Lai Châu's clauses "2. Đối tượng áp dụng" (of its article on scope and subjects) and "1.
/// Nguyên tắc phối hợp" (of its article on principles and forms) are Nghệ An's articles
/// "Điều 2. Đối tượng áp dụng" and "Điều 3. Nguyên tắc phối hợp": a pair a level apart under
/// the same title takes a section its words had gone to at its own level (before, the
/// clause went to one clause of the article, "4. Ủy ban nhân dân các xã, phường", at 0.334,
/// and the article was new), both ways.
#[test]
fn a_clause_is_the_article_of_its_title_a_level_up() {
    let Some((a, b)) = real_pair("50693ea4bb4bda20", "994dfbc3967e5ebf") else {
        return;
    };
    let path = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
    for (flipped, c) in compared_both_ways(&a, &b) {
        for (clause, article) in
            [("PL1/Chương I/Điều 1/2", "PL1/Chương I/Điều 2"), ("PL1/Chương I/Điều 2/1", "PL1/Chương I/Điều 3")]
        {
            let e = c
                .sections
                .iter()
                .find(|e| if flipped { &e.new } else { &e.old }.contains(&path(clause)))
                .expect("the clause");
            let other = if flipped { &e.old } else { &e.new };
            assert_eq!(other, &vec![path(article)], "flipped {flipped}: {e:?}");
        }
    }
}

/// Two lists of 150 procedures, each with its time limit and fee, as lettered points in one
/// and as clauses of a group "N.1. Nội dung thủ tục" in the other: every task is carried in
/// place, each field's section aligned with its twin, only the groups new (before, item 100
/// was not read as an item, everything after it nested ever deeper, and the comparison
/// called most tasks moved).
#[test]
fn a_long_list_of_procedures_compares_field_by_field() {
    let list = |nested: bool| {
        let mut out = String::from("I. THỦ TỤC THUỘC THẨM QUYỀN CẤP TỈNH\n");
        for i in 1..=150 {
            let fee = format!("Phí thẩm định hồ sơ của thủ tục số {i} theo nghị quyết.");
            let limit = "Thời hạn giải quyết: 15 ngày làm việc.";
            out += &if nested {
                format!("{i}. Thủ tục số {i}\n{i}.1. Nội dung thủ tục\n{i}.1.1. {limit}\n{i}.1.2. {fee}\n")
            } else {
                format!("{i}. Thủ tục số {i}\na) {limit}\nb) {fee}\n")
            };
        }
        sosanh::read::document_from_bytes("x.txt", out.as_bytes(), &ReadOptions::default()).unwrap()
    };
    let (a, b) = (list(false), list(true));
    for (flipped, c) in compared_both_ways(&a, &b) {
        assert_eq!(c.tasks.len(), 300, "flipped {flipped}");
        for t in &c.tasks {
            assert_eq!(t.status, TaskStatus::Carried, "flipped {flipped}: {t:?}");
            assert_ne!(t.moved, Some(true), "flipped {flipped}: {t:?}");
        }
        let new_sections = c.sections.iter().filter(|e| e.status != SectionStatus::Matched).count();
        assert_eq!(new_sections, 150, "flipped {flipped}: only the groups have no partner");
    }
}

/// A template sentence copied under each of 40 procedures, one copy with a word left out
/// in the new list: every task is carried, the changed copy with its own twin (before,
/// every word of the sentence was in too many tasks to find partners by, only word-for-word
/// copies were paired, and the changed copy and its twin were reported new and dropped).
/// Found by comparing each document of `../shared/real/` with itself, a year later and a
/// word left out here and there (`audits/edits.py`): 45 tasks new, 44 dropped, 17 sections
/// new and 21 dropped over the 234 on 573ad55; 5, 4, 0 and 4 with this.
#[test]
fn a_template_copy_with_a_word_changed_is_carried() {
    let advice = "Kiến nghị thực thi: Sửa đổi quyết định công bố danh mục thủ tục hành chính và quy trình nội bộ \
                  giải quyết thủ tục hành chính cho phù hợp với thời gian giải quyết sau khi cắt giảm.";
    let list = |changed: Option<usize>| {
        let mut out = String::from("I. PHƯƠNG ÁN ĐƠN GIẢN HÓA\n");
        for i in 1..=40 {
            let text = if changed == Some(i) { advice.replace(" nội bộ", "") } else { advice.to_string() };
            out += &format!(
                "{i}. Thủ tục cấp giấy phép loại {i} cho tổ chức số {i}\na) Lý do: giảm {i} ngày.\nb) {text}\n"
            );
        }
        sosanh::read::document_from_bytes("x.txt", out.as_bytes(), &ReadOptions::default()).unwrap()
    };
    let (a, b) = (list(None), list(Some(7)));
    for (flipped, c) in compared_both_ways(&a, &b) {
        assert_eq!(c.tasks.len(), 80, "flipped {flipped}");
        for t in &c.tasks {
            assert_eq!(t.status, TaskStatus::Carried, "flipped {flipped}: {t:?}");
            assert_ne!(t.moved, Some(true), "flipped {flipped}: {t:?}");
        }
        assert!(c.sections.iter().all(|e| e.status == SectionStatus::Matched), "flipped {flipped}");
    }
}

/// A procedure list whose fields are copied word for word under every procedure, read from
/// a year's list and the next, where a field under one procedure lost a word ("Thời hạn
/// giải quyết: Không quá 15 ngày." → "Thời hạn giải Không quá 15 ngày."; `edited`), or
/// where all three fields of one procedure's point a) did (`all_of_a`). The changed copy's
/// closest candidates are the copies under the other procedures, all taken by their own
/// twins; the copy beside it in the aligned procedure was never scored, so the two were
/// reported dropped and new among carried neighbours, and when a whole point changed, the
/// point itself was dropped and new (no task pair nor probe put it beside its twin). Found
/// by comparing each document of `../shared/real/` with itself with two words left out of
/// every paragraph of more than 12 words: 153 tasks new, 98 dropped, 30 sections new, 25
/// dropped on 656a532; 93, 38, 23 and 18 with the leftovers of aligned sections scored
/// against each other and a lone unaligned section between aligned neighbours put forward.
fn procedure_fields(edited: Option<usize>, all_of_a: Option<usize>) -> Document {
    let mut out = String::from("I. PHƯƠNG ÁN ĐƠN GIẢN HÓA\n");
    for i in 1..=100 {
        let cut = |text: &str, word: &str, here: bool| if here { text.replacen(word, "", 1) } else { text.to_string() };
        let whole = all_of_a == Some(i);
        out += &format!("{i}. Thủ tục cấp giấy phép hoạt động loại {i} cho cơ sở số {i}\n");
        // Procedures five apart cut the same days.
        let (cut_days, days) = (i % 5 + 1, i % 5 + 6);
        out += &cut(
            &format!("a) Nội dung cắt giảm, đơn giản hóa: Giảm {cut_days} ngày so với quy định.\n"),
            " so với",
            whole,
        );
        out += &cut(
            &format!("- Thời gian giải quyết theo quy định: {days} ngày kể từ ngày tiếp nhận đủ giấy tờ.\n"),
            " giải quyết",
            whole,
        );
        let left = days - cut_days;
        out += &cut(
            &format!("- Thời gian thực hiện: {left} ngày kể từ ngày tiếp nhận đủ giấy tờ.\n"),
            " tiếp nhận",
            whole,
        );
        out += &cut("b) Thời hạn giải quyết: Không quá 15 ngày.\n", " quyết:", edited == Some(i));
        out += "- Hẹn lần 1: không quá 11 ngày.\n";
    }
    sosanh::read::document_from_bytes("x.txt", out.as_bytes(), &ReadOptions::default()).unwrap()
}

#[test]
fn a_template_copy_changed_beside_its_twins_is_carried() {
    for (edited, all_of_a) in [(Some(7), None), (None, Some(7)), (None, Some(71)), (Some(40), Some(41))] {
        let (a, b) = (procedure_fields(None, None), procedure_fields(edited, all_of_a));
        for (flipped, c) in compared_both_ways(&a, &b) {
            let what = format!("edited {edited:?}, all of a) {all_of_a:?}, flipped {flipped}");
            assert_eq!(c.tasks.len(), a.task_count(), "{what}");
            for t in &c.tasks {
                assert_eq!(t.status, TaskStatus::Carried, "{what}: {t:?}");
                assert_ne!(t.moved, Some(true), "{what}: {t:?}");
                // Each with its twin: the same procedure, the same place in it.
                let (o, n) = (t.old.as_ref().unwrap(), t.new.as_ref().unwrap());
                assert_eq!((&o.path, o.number), (&n.path, n.number), "{what}");
            }
            assert!(c.sections.iter().all(|e| e.status == SectionStatus::Matched), "{what}");
        }
    }
}

/// Two headings under different labels that share no more than a syllable name two
/// different things: the first field of one province's list of simplified procedures ("A.
/// LĨNH VỰC BẢO TRỢ XÃ HỘI") is not the first field of another's ("I. BẢO TỒN THIÊN NHIÊN VÀ
/// ĐA DẠNG SINH HỌC") for being first before an aligned "TỔ CHỨC THỰC HIỆN", though their
/// procedures share the words of the genre (content 0.24). The position bonus lifted such
/// pairs over the threshold (Hải Phòng's and Lâm Đồng's lists, `audits/sections/S5` pair 3:
/// 40 of 52 section calls right, 46 without it). Under the same label the place still holds
/// (one act's "Chương II. QUY ĐỊNH CỤ THỂ" is the other's "Chương II. QUẢN LÝ, VẬN HÀNH …",
/// pinned in the labelled pair of Bắc Ninh and Ninh Bình), and so it does for a heading
/// reworded but sharing words.
#[test]
fn headings_naming_different_things_are_not_paired_for_their_place() {
    let doc = |labels: [&str; 2], first: &str, task: &str| {
        let text = format!(
            "{} {first}\n\n1. {task}\n\n{} TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì, phối hợp với các cơ quan liên \
             quan hướng dẫn thực hiện phương án đơn giản hóa sau khi được thông qua.\n",
            labels[0], labels[1]
        );
        read_text(&text)
    };
    let social_task = "Giảm thời gian tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội từ 10 ngày làm \
                       việc xuống 09 ngày làm việc, tiết kiệm chi phí tuân thủ thủ tục hành chính.";
    let nature_task = "Bãi bỏ thủ tục xác nhận hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích, tiết kiệm chi phí tuân \
                       thủ thủ tục hành chính.";
    let social = doc(["A.", "B."], "LĨNH VỰC BẢO TRỢ XÃ HỘI", social_task);
    let nature = doc(["I.", "II."], "BẢO TỒN THIÊN NHIÊN VÀ ĐA DẠNG SINH HỌC", nature_task);
    let first = |c: &Comparison| -> Vec<SectionStatus> {
        let firsts = ["A", "I"];
        c.sections
            .iter()
            .filter(|e| e.old.iter().chain(&e.new).any(|p| firsts.contains(&p[0].as_str())))
            .map(|e| e.status)
            .collect()
    };
    for (flipped, c) in compared_both_ways(&social, &nature) {
        assert!(first(&c).iter().all(|s| *s != SectionStatus::Matched), "flipped {flipped}: {:?}", c.sections);
        assert_eq!((c.summary.new, c.summary.dropped), (1, 1), "flipped {flipped}");
        // The closing part is aligned on its title.
        let closing = |e: &&sosanh::compare::SectionMatch| e.old.iter().chain(&e.new).any(|p| p[0] == "B");
        assert!(c.sections.iter().filter(closing).all(|e| e.status == SectionStatus::Matched), "flipped {flipped}");
    }
    // Under the same label, and under a heading reworded but sharing words, the place holds.
    let same_label = doc(["A.", "B."], "BẢO TỒN THIÊN NHIÊN VÀ ĐA DẠNG SINH HỌC", nature_task);
    let shared_words = doc(["I.", "II."], "BẢO TRỢ XÃ HỘI VÀ TRẺ EM", nature_task);
    for other in [&same_label, &shared_words] {
        for (flipped, c) in compared_both_ways(&social, other) {
            assert!(
                c.sections.iter().all(|e| e.status == SectionStatus::Matched),
                "flipped {flipped}: {:?}",
                c.sections
            );
        }
    }
}

/// Two points of one clause written as one point on the other side: Hải Phòng's "b) Có lối
/// sống trung thực, khiêm tốn, chân thành, trong sáng, giản dị;" and "d) Không để người thân,
/// người quen lợi dụng chức vụ …" both went into Quảng Ninh's "a) Có phẩm chất đạo đức
/// trong sáng, mẫu mực; lối sống trung thực, …; không để người thân …", which took d) as its
/// partner; b) was reported dropped, since a leftover was compared only with the partners of
/// tasks of its own section, and each point is a section (`audits/tasks/hG` pair 1: 250 of
/// 254, 252 with this). A leftover that a sibling point's partner mentions only in passing
/// is not merged into it.
#[test]
fn a_point_folded_into_the_point_its_sibling_went_to_is_merged() {
    let doc =
        |text: &str| sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap();
    let old =
        doc("Điều 4. Tiêu chuẩn\n\n2. Về đạo đức, lối sống:\n\na) Có tinh thần đoàn kết, xây dựng cơ quan trong \
                   sạch, vững mạnh;\n\nb) Có lối sống trung thực, khiêm tốn, chân thành, trong sáng, giản dị;\n\nc) \
                   Tiếp nhận hồ sơ và giải quyết thủ tục hành chính về an toàn vệ sinh lao động, sản phẩm hàng hóa đặc \
                   thù;\n\nd) Không để người thân, người quen lợi dụng chức vụ, quyền hạn của mình để trục lợi.\n");
    let new = doc(
        "Điều 3. Tiêu chuẩn\n\n2. Về đạo đức, lối sống:\n\na) Có tinh thần đoàn kết, xây dựng cơ quan trong \
                   sạch, vững mạnh;\n\nb) Có phẩm chất đạo đức trong sáng, mẫu mực; lối sống trung thực, khiêm tốn, \
                   chân thành, giản dị; về an toàn, vệ sinh lao động; không để người thân, người quen lợi dụng chức vụ, \
                   quyền hạn của mình để trục lợi.\n",
    );
    let c = compare(&old, &new, &MatchSettings::default());
    let status = |start: &str| {
        c.tasks.iter().find(|t| t.old.as_ref().is_some_and(|o| o.text.starts_with(start))).map(|t| t.status).unwrap()
    };
    assert_eq!(status("Có lối sống trung thực"), TaskStatus::Merged, "{:?}", c.tasks);
    assert_eq!(status("Tiếp nhận hồ sơ"), TaskStatus::Dropped, "{:?}", c.tasks);
    assert_eq!(status("Không để người thân"), TaskStatus::Carried, "{:?}", c.tasks);
}

/// One act lists who it applies to as points of a clause ("Điều 1 … 2. Đối tượng áp dụng" /
/// "d) Các cơ quan, tổ chức, cá nhân khác có liên quan."), the other as clauses of an article
/// ("Điều 2. Đối tượng áp dụng" / "8. Các tổ chức, cá nhân khác có liên quan."). The clause
/// and the article are aligned as a group a level apart, but the point had been aligned
/// first, on words alone (content 0.45, none of its tasks there), with a point of another
/// article that mentions the same parties, and the leaves a level apart were looked for
/// only before the groups were known (Nghệ An's two rules on land registration,
/// `audits/sections/S2`: 139 of 173, 141 with this). A section whose tasks went elsewhere
/// keeps its link when its own tasks paired there (the fixtures' "III.1 Thủ trưởng các phòng
/// chuyên môn …" and "IV.1 Trưởng các phòng, ban, đơn vị:" stay aligned).
#[test]
fn a_point_is_the_other_acts_clause_once_their_parents_are_aligned() {
    let Some((a, b)) = real_pair("50693ea4bb4bda20", "994dfbc3967e5ebf") else {
        return;
    };
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (point, clause) = ("PL1.Chương I.Điều 1.2.d", "PL1.Chương I.Điều 2.8");
        let (mine, theirs) = if flipped { (clause, point) } else { (point, clause) };
        let e = entry(&c, &format!("old {mine}"));
        assert_eq!((e.status, e.new.clone()), (SectionStatus::Matched, vec![p(theirs)]), "flipped {flipped}");
    }
}

/// Words of five letters made up from `seed`, the same on every run: two documents of them
/// share nothing beyond chance.
fn made_up_words(mut seed: u64) -> impl FnMut() -> String {
    move || {
        let letters = "abcdeghiklmnopqrstuvxy".as_bytes();
        (0..5)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                letters[(seed >> 33) as usize % letters.len()] as char
            })
            .collect::<String>()
    }
}

/// A document read from a text built by a test.
fn read_text(text: &str) -> Document {
    sosanh::read::document_from_bytes("x.txt", text.as_bytes(), &ReadOptions::default()).unwrap()
}

/// `n` made-up words, the first letter a capital (as the reader reads items and cells).
fn capitalised(word: &mut impl FnMut() -> String, n: usize) -> String {
    let s = (0..n).map(|_| word()).collect::<Vec<_>>().join(" ");
    s[..1].to_uppercase() + &s[1..]
}

/// Two documents under one heading of `lines` made-up lines each, none shared beyond chance.
fn two_made_up(heading: &str, lines: usize, mut line: impl FnMut() -> String) -> (Document, Document) {
    let mut doc = || read_text(&(0..lines).fold(format!("{heading}\n\n"), |text, _| text + &line() + "\n\n"));
    (doc(), doc())
}

/// The note of a comparison that starts so (a step past its budget), as the Vietnamese text
/// report prints it; the test fails, listing the notes, when there is none.
fn budget_note(c: &Comparison, start: &str) -> String {
    let note = c.notes.iter().find(|n| n.starts_with(start));
    let note = note.unwrap_or_else(|| panic!("no note {start:?} in {:?}", c.notes));
    sosanh::render::lang::note(note, sosanh::render::lang::Lang::Vi).into_owned()
}

/// Comparing items without partners as wholes (`orphan_twins`) has a limit too: two parts
/// "I." of 500 items of two tasks each with nothing in common would be 250,000 pairs of
/// items. Past 200,000 none is compared, their tasks are paired on their own words only, and
/// the notes say so (in Vietnamese in the text report).
#[test]
fn too_many_orphan_items_are_not_compared_as_wholes() {
    let mut word = made_up_words(11);
    let mut sentence = |n: usize| capitalised(&mut word, n);
    let mut doc = || {
        let mut text = String::from("I. NHIỆM VỤ CHUNG\n\n");
        for i in 1..=500 {
            text += &format!("{i}. {}\n\n", sentence(6));
            for _ in 0..2 {
                text += &format!("- {}.\n\n", sentence(8));
            }
        }
        read_text(&text)
    };
    let (a, b) = (doc(), doc());
    let c = compare(&a, &b, &MatchSettings::default());
    let vi = budget_note(&c, "too many items without a partner");
    assert!(vi.starts_with("quá nhiều mục không có mục tương ứng") && vi.contains("200000"), "{vi}");
    assert_eq!(c.summary.carried, 0);
}

/// Scoring the leftovers of aligned sections against each other has a limit: two sections
/// under one heading holding 700 tasks each with nothing in common would be 490,000 pairs.
/// Past 200,000 none is scored, the comparison goes on with the candidates found by shared
/// words, and the notes say so (in Vietnamese in the text report).
#[test]
fn too_many_leftovers_in_aligned_sections_are_not_scored_pair_by_pair() {
    // Words made of letters, each task ten of them, none shared beyond chance.
    let mut word = made_up_words(7);
    let (a, b) = two_made_up("I. NHIỆM VỤ CHUNG", 700, || {
        format!("- {}.", (0..10).map(|_| word()).collect::<Vec<_>>().join(" "))
    });
    let c = compare(&a, &b, &MatchSettings::default());
    let vi = budget_note(&c, "too many tasks left unpaired in aligned sections");
    assert_eq!((c.summary.new, c.summary.dropped), (700, 700));
    assert!(vi.starts_with("quá nhiều nhiệm vụ chưa ghép được") && vi.contains("200000"), "{vi}");
}

/// Reading the table rows left over in aligned sections section against section has the
/// same limit: one section of 500 rows on each side, nothing in common, would be 250,000
/// pairs. Past 200,000 none is read so, and the notes say so (in Vietnamese in the text
/// report).
#[test]
fn too_many_rows_left_over_in_aligned_sections_are_not_read_section_by_section() {
    let mut word = made_up_words(13);
    let (a, b) = two_made_up("I. QUY TRÌNH", 500, || {
        let (step, who) = (capitalised(&mut word, 4), capitalised(&mut word, 2));
        format!("- {step} | {who} | 2 ngày")
    });
    let c = compare(&a, &b, &MatchSettings::default());
    let vi = budget_note(&c, "too many table rows left over");
    assert!(vi.starts_with("quá nhiều dòng bảng còn lại") && vi.contains("200000"), "{vi}");
    assert_eq!((c.summary.new, c.summary.dropped), (500, 500));
}

/// Two points left without partners under aligned parents, each the other's closest: Lai
/// Châu's "c) Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai." and Nghệ An's
/// "3. Chi nhánh Văn phòng đăng ký đất đai trực thuộc …", both of the aligned "Đối tượng
/// áp dụng", had no candidate at all (every word of them is in too many tasks to be
/// indexed) and were reported dropped and new (`audits/tasks/hJ`: 145 of 162, 149 with
/// the leftovers of two such sections scored for the last pass of the context rule).
#[test]
fn orphans_under_aligned_parents_are_paired_when_each_is_the_others_closest() {
    let Some((a, b)) = real_pair("50693ea4bb4bda20", "994dfbc3967e5ebf") else {
        return;
    };
    for (flipped, c) in compared_both_ways(&a, &b) {
        let side = |t: &TaskMatch, old: bool| {
            let r = if old != flipped { t.old.as_ref() } else { t.new.as_ref() };
            r.map(|r| r.text.clone()).unwrap_or_default()
        };
        let t = c
            .tasks
            .iter()
            .find(|t| side(t, true) == "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai.")
            .unwrap();
        assert_eq!(t.status, TaskStatus::Carried, "flipped {flipped}: {t:?}");
        assert!(
            side(t, false).starts_with("Chi nhánh Văn phòng đăng ký đất đai trực thuộc"),
            "flipped {flipped}: {t:?}"
        );
    }
}

/// The entry holding a section, as (old paths, new paths) as printed ("Điều 2.2.b"),
/// whichever way the documents were compared.
fn entry_of(c: &Comparison, flipped: bool, old_path: &str) -> (Vec<String>, Vec<String>) {
    let print = |ps: &[Vec<String>]| ps.iter().map(|p| p.join(".")).collect::<Vec<_>>();
    let m = c
        .sections
        .iter()
        .find(|m| print(if flipped { &m.new } else { &m.old }).iter().any(|p| p == old_path))
        .unwrap_or_else(|| panic!("no entry holds {old_path}"));
    let (o, n) = if flipped { (&m.new, &m.old) } else { (&m.old, &m.new) };
    (print(o), print(n))
}

/// One act's point "b) Lấy ý kiến trực tiếp …" with three tasks is the other's clause "2.
/// Lấy ý kiến trực tiếp …", whose points a), b) and c) hold those tasks: the points are
/// pieces cut from the one point and stand in its entry, not as sections "new" whose tasks
/// are all carried (regression: one of the three was printed so, two were paired with the
/// point by their words and the clause with the point's parent).
/// Two acts' rules of coordination: the one's article 2 "Nguyên tắc, hình thức, phương pháp
/// phối hợp" (clauses of principles and of ways, the ways' points with their tasks), the
/// other's articles 2 "Nguyên tắc phối hợp" and 3 "Phương thức phối hợp" (clauses with points).
const COORDINATION_OLD: &str = "Điều 1. Phạm vi điều chỉnh\n\
        Quy chế này quy định việc phối hợp giữa Văn phòng đăng ký đất đai với các cơ quan có liên quan.\n\
        Điều 2. Nguyên tắc, hình thức, phương pháp phối hợp\n1. Nguyên tắc phối hợp\n\
        a) Bảo đảm thực hiện đồng bộ, thống nhất, chặt chẽ, kịp thời, công khai, minh bạch.\n\
        b) Xác định rõ cơ quan chủ trì, cơ quan phối hợp, nội dung, thời hạn và chế độ thông tin báo cáo.\n\
        2. Hình thức, phương pháp phối hợp\na) Lấy ý kiến bằng văn bản\n\
        - Cơ quan chủ trì gửi văn bản đề nghị đến các cơ quan phối hợp, trong văn bản có thời hạn trả lời.\n\
        - Cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp cho cơ quan chủ trì.\n\
        b) Lấy ý kiến trực tiếp tại cuộc họp hoặc phối hợp kiểm tra thực địa\n\
        - Cơ quan chủ trì chuẩn bị đầy đủ hồ sơ, tài liệu và gửi cho các cơ quan phối hợp trước cuộc họp ba ngày.\n\
        - Cơ quan phối hợp cử cán bộ tham gia đúng thành phần theo văn bản mời của cơ quan chủ trì.\n\
        - Kết thúc cuộc họp, các thành viên tham gia ký vào biên bản để xác nhận ý kiến của mình.\n\
        Điều 3. Tổ chức thực hiện\n\
        Sở Nông nghiệp và Môi trường chủ trì theo dõi, kiểm tra việc thực hiện Quy chế này.\n";
const COORDINATION_NEW: &str = "Điều 1. Phạm vi điều chỉnh\n\
        Quy chế này quy định cụ thể việc phối hợp giữa Văn phòng đăng ký đất đai với các cơ quan có liên quan.\n\
        Điều 2. Nguyên tắc phối hợp\n\
        1. Bảo đảm thực hiện đồng bộ, thống nhất, chặt chẽ, kịp thời, công khai, minh bạch.\n\
        2. Xác định rõ cơ quan chủ trì, phối hợp; nội dung, thời hạn giải quyết; chế độ thông tin báo cáo.\n\
        Điều 3. Phương thức phối hợp\n1. Lấy ý kiến bằng văn bản\n\
        a) Cơ quan chủ trì gửi văn bản đề nghị đến các cơ quan phối hợp, trong văn bản phải có thời hạn trả lời.\n\
        b) Cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp của mình.\n\
        2. Lấy ý kiến trực tiếp tại cuộc họp hoặc phối hợp kiểm tra thực địa\n\
        a) Cơ quan chủ trì chuẩn bị đầy đủ hồ sơ, tài liệu và gửi cho các cơ quan phối hợp trước cuộc họp một ngày.\n\
        b) Cơ quan phối hợp cử cán bộ, công chức tham gia đúng thành phần theo đề nghị của cơ quan chủ trì.\n\
        c) Kết thúc cuộc họp, các thành viên tham gia họp ký vào biên bản để xác nhận ý kiến của mình.\n\
        Điều 4. Tổ chức thực hiện\n\
        Sở Nông nghiệp và Môi trường chủ trì theo dõi, kiểm tra việc thực hiện Quy chế này.\n";

/// The two rules of coordination compared both ways.
fn coordination_compared() -> [(bool, Comparison); 2] {
    let a = sosanh::outline::outline("old.txt", COORDINATION_OLD);
    let b = sosanh::outline::outline("new.txt", COORDINATION_NEW);
    compared_both_ways(&a, &b)
}

#[test]
fn points_cut_from_one_point_stand_in_its_entry() {
    for (flipped, c) in coordination_compared() {
        let (o, n) = entry_of(&c, flipped, "Điều 2.2.b");
        assert_eq!(o, ["Điều 2.2.b"], "flipped {flipped}");
        assert_eq!(n, ["Điều 3.2", "Điều 3.2.a", "Điều 3.2.b", "Điều 3.2.c"], "flipped {flipped}");
        let (o, n) = entry_of(&c, flipped, "Điều 2.2.a");
        assert_eq!(o, ["Điều 2.2.a"], "flipped {flipped}");
        assert_eq!(n, ["Điều 3.1", "Điều 3.1.a", "Điều 3.1.b"], "flipped {flipped}");
        assert!(c.tasks.iter().all(|t| t.status == TaskStatus::Carried), "flipped {flipped}");
    }
}

/// Lai Châu's clause "2. Hình thức, phương pháp phối hợp" holds its point "b) Lấy ý kiến
/// trực tiếp tại cuộc họp …"'s words, and was aligned on them with Nghệ An's clause "2. Lấy
/// ý kiến trực tiếp tại cuộc họp …" of article 6; the point has that clause's title word for
/// word, and takes it from its parent.
#[test]
fn a_point_takes_the_clause_of_its_title_from_its_parent() {
    let Some((a, b)) = real_pair("50693ea4bb4bda20", "994dfbc3967e5ebf") else {
        return;
    };
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (_, n) = entry_of(&c, flipped, "PL1.Chương I.Điều 2.2.b");
        assert_eq!(n.first().map(String::as_str), Some("PL1.Chương I.Điều 6.2"), "flipped {flipped}: {n:?}");
        let (_, n) = entry_of(&c, flipped, "PL1.Chương I.Điều 2.2");
        assert!(!n.iter().any(|p| p == "PL1.Chương I.Điều 6.2"), "flipped {flipped}: {n:?}");
    }
}

/// An act without chapters whose article "Điều 2. Nguyên tắc phối hợp" is the other's
/// clause "1. Nguyên tắc phối hợp" of its article 2: the clause and the article are paired a
/// level apart at the top, as under aligned chapters (the two had no parents to align, so
/// the clause was reported dropped and the article paired with the other's article 2 that
/// holds it).
#[test]
fn a_clause_is_the_other_acts_article_of_its_title_at_the_top() {
    for (flipped, c) in coordination_compared() {
        let (o, n) = entry_of(&c, flipped, "Điều 2.1");
        assert_eq!(
            (o.as_slice(), n.as_slice()),
            (&["Điều 2.1".to_string()][..], &["Điều 2".to_string()][..]),
            "flipped {flipped}"
        );
    }
}

/// The clause "2. Hình thức, phương pháp phối hợp", without tasks of its own and without a
/// partner, whose points are the other act's clauses of "Điều 3. Phương thức phối hợp": it
/// stands in that article's entry, not as a heading struck out while its points live on.
#[test]
fn a_heading_whose_points_are_the_other_acts_clauses_stands_with_that_article() {
    for (flipped, c) in coordination_compared() {
        let (o, n) = entry_of(&c, flipped, "Điều 2.2");
        assert!(o.contains(&"Điều 2.2".to_string()) && n == ["Điều 3"], "flipped {flipped}: {o:?} {n:?}");
        let m = c.sections.iter().find(|m| m.status == SectionStatus::Dropped || m.status == SectionStatus::New);
        assert!(m.is_none(), "flipped {flipped}: {m:?}");
    }
}

/// Tam Thanh's December item "2. Tập trung chỉ đạo các giải pháp điều hành thực hiện nhiệm
/// vụ tài chính - ngân sách …" and its February item "10. Tiếp tục thực hiện quyết liệt, đồng
/// bộ các giải pháp thu ngân sách nhà nước …": neither has another partner, and the carried
/// tasks of each went to the other only. They are one entry (before: "old I.2 dropped; its
/// tasks carried in I.10" and "I.10 no aligned section; tasks carried from old I.2").
#[test]
fn sections_whose_tasks_went_to_each_other_only_are_paired() {
    let (a, b) = (doc("tam-thanh-2025-12"), doc("tam-thanh-2026-02"));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (o, n) = entry_of(&c, flipped, "I.2");
        assert_eq!((o, n), (vec!["I.2".to_string()], vec!["I.10".to_string()]), "flipped {flipped}");
        for s in c.sections.iter().filter(|s| s.status == SectionStatus::Matched) {
            assert!(s.similarity.unwrap() >= MatchSettings::default().section_threshold, "{s:?}");
        }
    }
}

/// Two sections without partners whose carried tasks went to each other only, counted over
/// both: Vĩnh Long's clause "1." of its second "Điều 3" (three tasks: the effect date, a
/// decision repealed, a list amended) and Đồng Nai's "Điều 2" (one task: the effect date),
/// one task of four carried each way. Half of the two sections' tasks are carried, so they are
/// one entry (regression: each side's own half was asked for, and the clause was "dropped"
/// beside an article "with no aligned section, tasks carried from old Điều 3 (2).1").
#[test]
fn twins_are_paired_when_half_of_their_tasks_together_are_carried() {
    assert_real_entry(("741f24db1e774799", "640111ea8077e047"), "Điều 3 (2).1", &["Điều 2"]);
}

/// Lai Châu's clause "1. Trách nhiệm của Ủy ban nhân dân cấp xã" (points only, no partner):
/// two of its three aligned points are clauses of Nghệ An's "Điều 13. Trách nhiệm của Ủy ban
/// nhân dân cấp xã", aligned with the clause's article; the third is a clause of article 10.
/// The clause stands in article 13's entry, not as a heading struck out.
#[test]
fn a_heading_most_of_whose_points_went_under_one_article_stands_with_it() {
    assert_real_entry(
        ("50693ea4bb4bda20", "994dfbc3967e5ebf"),
        "PL1.Chương II.Điều 6.1",
        &["PL1.Chương II.Mục 1.Điều 13"],
    );
}

/// The old document's section `old_path` of a pair of `real/` (when it is there) stands in
/// an entry whose new sections are `new_paths`, whichever way the two are compared.
fn assert_real_entry((old_id, new_id): (&str, &str), old_path: &str, new_paths: &[&str]) {
    let Some((a, b)) = real_pair(old_id, new_id) else {
        return;
    };
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (_, n) = entry_of(&c, flipped, old_path);
        assert_eq!(n, new_paths, "flipped {flipped}");
    }
}

/// Đồng Nai's decision of one date: the article "Điều 3. Văn phòng UBND tỉnh có trách
/// nhiệm theo dõi, kiểm tra, đôn đốc …" is the other decision's clause "2. Giao Văn phòng Ủy
/// ban nhân dân tỉnh có trách nhiệm theo dõi, đôn đốc …" of its article 2, a level apart at
/// the top: paired after the position pass, which had put the clause with the first
/// decision's clause "3." for its place alone (content 0.31), its bonus not counted twice.
#[test]
fn a_clause_is_the_other_decisions_article_once_places_are_given() {
    assert_real_entry(("24ac05c2c7c4518e", "8c306b6991495e34"), "Điều 3", &["Điều 2.2"]);
}

/// An article's lead-in over its clauses ("Sở Y tế, UBND cấp xã … có trách nhiệm:" / "1.
/// Thường xuyên theo dõi …") that the other act wrote into its first clause ("1. Giao Sở …;
/// Ủy ban nhân dân các xã … có trách nhiệm: thường xuyên theo dõi …") is merged into that
/// clause (split from it the other way), not dropped: its neighbour is in a child section,
/// and the partner's lead-in before the colon is the clause it matches.
#[test]
fn a_lead_in_written_into_the_first_clause_is_merged_there() {
    let old = "Điều 1. Thông qua phương án\n\
        Thông qua phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của ngành Y tế.\n\
        Điều 2. Tổ chức thực hiện\n\
        Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:\n\
        1. Thường xuyên theo dõi, phối hợp tham mưu Chủ tịch UBND tỉnh trong việc triển khai thực thi các phương án đơn giản hóa thủ tục hành chính sau khi quy định được ban hành.\n\
        2. Niêm yết công khai nội dung thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh.\n";
    let new = "Điều 1. Thông qua phương án\n\
        Thông qua phương án đơn giản hóa thủ tục hành chính cấp xã thuộc thẩm quyền giải quyết của ngành Nông nghiệp và Môi trường.\n\
        Điều 2. Tổ chức thực hiện\n\
        1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở, ban ngành tỉnh; Ủy ban nhân dân các xã, phường và các đơn vị có liên quan đến các nội dung đơn giản hóa thủ tục hành chính cấp xã nêu tại Điều 1 của Quyết định này, có trách nhiệm: thường xuyên theo dõi, phối hợp tham mưu Chủ tịch Ủy ban nhân dân tỉnh trong việc triển khai thực thi các phương án đơn giản hóa thủ tục hành chính sau khi quy định được ban hành.\n\
        2. Niêm yết công khai nội dung thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let lead = |r: &Option<sosanh::compare::TaskRef>| r.as_ref().is_some_and(|r| r.text.starts_with("Sở Y tế"));
        let t = c.tasks.iter().find(|t| lead(if flipped { &t.new } else { &t.old })).expect("the lead-in");
        assert_eq!(t.status, if flipped { TaskStatus::Split } else { TaskStatus::Merged }, "flipped {flipped}: {t:?}");
        let other = if flipped { &t.old } else { &t.new };
        assert!(other.as_ref().is_some_and(|r| r.text.starts_with("Giao Sở Nông nghiệp")), "flipped {flipped}: {t:?}");
    }
}

/// A lead-in over its list, which the other side wrote in one sentence with the list's only
/// item it kept (Quảng Trị's "Thôn vùng đồng bào dân tộc thiểu số và miền núi là thôn đáp
/// ứng ít nhất 01 trong 02 điều kiện sau đây:" / "- Đáp ứng quy định tại khoản 1 Điều 4 …;"
/// against Cần Thơ's "Thôn vùng đồng bào dân tộc thiểu số là thôn đáp ứng theo quy định tại
/// khoản 1 Điều 4 …"): the lead-in goes with its item into that sentence, not dropped.
#[test]
fn a_lead_in_written_in_one_with_its_item_goes_with_it() {
    let old = "Điều 1. Công bố thủ tục\n\
        Công bố thủ tục hành chính nội bộ trong lĩnh vực công tác dân tộc.\n\
        Điều 2. Yêu cầu, điều kiện thực hiện thủ tục hành chính\n\
        Thôn vùng đồng bào dân tộc thiểu số và miền núi là thôn đáp ứng ít nhất 01 trong 02 điều kiện sau đây:\n\
        - Đáp ứng quy định tại khoản 1 Điều 4 của Nghị định số 272/2025/NĐ-CP;\n\
        - Đáp ứng quy định tại khoản 1 Điều 5 của Nghị định số 272/2025/NĐ-CP.\n";
    let new = "Điều 1. Công bố thủ tục\n\
        Công bố thủ tục hành chính nội bộ trong lĩnh vực công tác dân tộc.\n\
        Điều 2. Yêu cầu, điều kiện thực hiện thủ tục hành chính\n\
        Thôn vùng đồng bào dân tộc thiểu số là thôn đáp ứng theo quy định tại khoản 1 Điều 4 của Nghị định 272/2025/NĐ-CP.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let side =
            |t: &sosanh::compare::TaskMatch, mine: bool| if mine != flipped { t.old.clone() } else { t.new.clone() };
        let partner_of = |start: &str| -> Option<String> {
            let t = c.tasks.iter().find(|t| side(t, true).is_some_and(|r| r.text.starts_with(start)))?;
            side(t, false).map(|r| r.text)
        };
        for start in ["Thôn vùng đồng bào dân tộc thiểu số và miền núi", "Đáp ứng quy định tại khoản 1 Điều 4"]
        {
            let p = partner_of(start);
            assert!(
                p.as_deref().is_some_and(|p| p.starts_with("Thôn vùng đồng bào dân tộc thiểu số là")),
                "flipped {flipped}, {start}: {p:?}"
            );
        }
        assert_eq!(partner_of("Đáp ứng quy định tại khoản 1 Điều 5"), None, "flipped {flipped}");
    }
}

/// A step reworded between two steps that went into one step of the other side goes there
/// with them (regression: Quảng Trị's second procedure's "Bước 2: Sau khi xác định được
/// thôn, xã vùng đồng bào dân tộc thiểu số …", between steps merged into Cần Thơ's one
/// "Bước 1", was reported dropped).
#[test]
fn a_step_between_two_steps_merged_into_one_goes_with_them() {
    let Some((a, b)) = real_pair("4c6ac60a4ebc43d6", "5be267825b46d313") else {
        return;
    };
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let mine = |t: &sosanh::compare::TaskMatch| if flipped { t.new.clone() } else { t.old.clone() };
        let theirs = |t: &sosanh::compare::TaskMatch| if flipped { t.old.clone() } else { t.new.clone() };
        let step = |start: &str| -> Option<(Vec<String>, usize)> {
            let t = c.tasks.iter().find(|t| mine(t).is_some_and(|r| r.text.starts_with(start)))?;
            theirs(t).map(|r| (r.path, r.number))
        };
        let middle = step("Bước 2: Sau khi xác định được thôn, xã vùng");
        assert!(middle.is_some(), "flipped {flipped}: the middle step has no partner");
        let neighbours: Vec<_> = c
            .tasks
            .iter()
            .filter(|t| theirs(t).map(|r| (r.path, r.number)) == middle)
            .filter_map(|t| mine(t).map(|r| r.text))
            .collect();
        assert!(neighbours.len() >= 3, "flipped {flipped}: {neighbours:?}");
    }
}

/// An article cut in two, one half aligned and the other not, stands in one entry with the
/// article it came from, both ways, and its tasks did not move: "Điều 2. Quyết định này có
/// hiệu lực … Chánh Văn phòng … chịu trách nhiệm thi hành …" against "Điều 2. Quyết định này
/// có hiệu lực …" and "Điều 3. Chánh Văn phòng …" (regression: the effect date's article was
/// reported as a section without a partner whose task was "moved" from old Điều 2).
#[test]
fn an_article_cut_in_two_stands_in_one_entry() {
    let old = "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành trong lĩnh vực báo chí.\n\n\
        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở \
        Văn hóa, Thể thao và Du lịch và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
    let new = "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành trong lĩnh vực xuất bản.\n\n\
        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ban hành.\n\n\
        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Chủ tịch Ủy ban nhân dân \
        các xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    let p = |s: &str| vec![s.to_string()];
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (two, one) = (vec![p("Điều 2"), p("Điều 3")], vec![p("Điều 2")]);
        let (olds, news) = if flipped { (two, one) } else { (one, two) };
        let e = c.sections.iter().find(|e| e.new.contains(&news[0])).expect("an entry");
        assert_eq!(e.status, SectionStatus::Matched, "flipped {flipped}: {e:?}");
        assert_eq!((&e.old, &e.new), (&olds, &news), "flipped {flipped}: {e:?}");
        assert_eq!(c.summary.moved, 0, "flipped {flipped}: {:?}", c.summary);
    }
}

/// Two one-task points linked on their tasks' words alone, words too weak to pair the tasks,
/// are not shown as one section (regression: a Sở Tư pháp's "5. Hướng dẫn, tập huấn chuyên
/// môn, nghiệp vụ … đối với các cơ quan chuyên môn …" was "matched" with a Sở Nội vụ's "d)
/// Dự thảo quyết định việc ủy quyền … cho … các cơ quan chuyên môn …" at 0.34, over a
/// dropped and a new task).
#[test]
fn one_task_points_linked_on_too_weak_words_are_not_one_section() {
    let Some((a, b)) = real_pair("0f98ee482389e59e", "b527d7996ed66f24") else {
        return;
    };
    let path = |s: &str| s.split('/').map(str::to_string).collect::<Vec<_>>();
    let (old, new) = (path("PL1/Điều 2/9/9.5"), path("PL1/Điều 2/1/d"));
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let (mine, theirs) = if flipped { (&new, &old) } else { (&old, &new) };
        let e = c.sections.iter().find(|e| e.old.contains(mine)).expect("the point's entry");
        assert!(!e.new.contains(theirs), "flipped {flipped}: {e:?}");
    }
}

/// The one item left unaligned under two aligned sections, with the same number on both
/// sides and between aligned neighbours, is aligned at half the section threshold: two
/// departments' "1." of "Điều 1. Vị trí và chức năng" ("Sở Tư pháp là cơ quan chuyên môn …"
/// / "Sở Nội vụ là cơ quan chuyên môn …", each with its own fields, 0.16 on their words)
/// (regression: reported dropped + new).
#[test]
fn the_same_numbered_item_left_between_aligned_neighbours_is_aligned() {
    let Some((a, b)) = real_pair("0f98ee482389e59e", "b527d7996ed66f24") else {
        return;
    };
    let one = vec!["PL1".to_string(), "Điều 1".to_string(), "1".to_string()];
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let e = c.sections.iter().find(|e| e.old.contains(&one)).expect("the clause's entry");
        assert_eq!((e.status, &e.new), (SectionStatus::Matched, &vec![one.clone()]), "flipped {flipped}: {e:?}");
    }
}

/// Two items paired on their words alone (no title agreeing, no task paired) under parents
/// that are not aligned with each other are not one section: the words are a stock phrase
/// (regression: a Sở Tư pháp's "7.2 Hướng dẫn, kiểm tra … các cơ quan chuyên môn thuộc Ủy
/// ban nhân dân tỉnh …" under its duty on legal affairs, and a Sở Nội vụ's "8. a) … các cơ
/// quan chuyên môn thuộc Ủy ban nhân dân tỉnh …" under its duty on administrative reform,
/// 0.38; "3.3. a)" on secured transactions and "23. a)" on grassroots democracy, 0.35, and
/// a task carried on the strength of each).
#[test]
fn items_paired_on_words_alone_under_unaligned_parents_are_not_one_section() {
    let Some((a, b)) = real_pair("0f98ee482389e59e", "b527d7996ed66f24") else {
        return;
    };
    let path = |s: &str| s.split('/').map(str::to_string).collect::<Vec<_>>();
    for (old, new) in [("PL1/Điều 2/7/7.2", "PL1/Điều 2/8/a"), ("PL1/Điều 2/3/3.3/a", "PL1/Điều 2/23/a")] {
        let (old, new) = (path(old), path(new));
        for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
            let c = compare(x, y, &MatchSettings::default());
            let (mine, theirs) = if flipped { (&new, &old) } else { (&old, &new) };
            let e = c.sections.iter().find(|e| e.old.contains(mine)).expect("the item's entry");
            assert!(!e.new.contains(theirs), "flipped {flipped}: {e:?}");
        }
    }
}

/// A field without a partner whose one carried task went to the other side's field of the
/// same procedure, itself aligned with a point of this side's other field, stands in that
/// entry (regression: Quảng Trị's "g) Kết quả thực hiện thủ tục hành chính: …" was reported
/// "dropped; tasks kept in g" beside an entry "g ← c.* (2)" that showed its task as moved
/// from g: Cần Thơ moved the dossier list to the result field).
#[test]
fn a_field_whose_task_went_into_an_entry_of_its_procedure_stands_in_it() {
    let Some((a, b)) = real_pair("4c6ac60a4ebc43d6", "5be267825b46d313") else {
        return;
    };
    let g = |side: &Document| {
        side.all_sections()
            .iter()
            .find(|s| s.path.len() >= 3 && s.path[s.path.len() - 2..] == ["1".to_string(), "g".to_string()])
            .map(|s| s.path.clone())
            .expect("procedure 1's field g")
    };
    let (old_g, new_g) = (g(&a), g(&b));
    for (x, y, flipped) in [(&a, &b, false), (&b, &a, true)] {
        let c = compare(x, y, &MatchSettings::default());
        let (mine, theirs) = if flipped { (&new_g, &old_g) } else { (&old_g, &new_g) };
        let e = c.sections.iter().find(|e| e.old.contains(mine)).expect("the field's entry");
        assert!(e.new.contains(theirs), "flipped {flipped}: {e:?}");
    }
}

/// A document's own abbreviation matches the other unit's full words: Lạng Sơn defines "Cổng
/// Thông tin điện tử (Cổng TTĐT)" and then writes "Cổng TTĐT"; Cao Bằng writes the full
/// words. Without the document's definition the two tasks share only "đăng tải lên cổng
/// tỉnh", as much as the task about the other portal does.
#[test]
fn a_documents_own_abbreviation_matches_the_full_words() {
    let read = |name: &str, body: &str| {
        let text = format!("ỦY BAN NHÂN DÂN\nTỈNH {name}\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n{body}");
        sosanh::read::document_from_bytes(name, text.as_bytes(), &ReadOptions::default()).unwrap()
    };
    let run = |definition: &str| {
        let old = read(
            "LẠNG SƠN",
            &format!(
                "1. Quản trị, vận hành Cổng Thông tin điện tử{definition} của tỉnh bảo đảm an toàn, thông suốt.\n\
                 2. Đăng tải lên Cổng TTĐT tỉnh kịp thời các văn bản chỉ đạo, điều hành.\n"
            ),
        );
        let new = read(
            "CAO BẰNG",
            "1. Đăng tải lên Cổng Dịch vụ công tỉnh kịp thời các thủ tục hành chính, điều hành.\n\
             2. Đăng tải văn bản chỉ đạo lên Cổng thông tin điện tử tỉnh.\n",
        );
        compare(&old, &new, &MatchSettings::default())
    };
    let c = run(" (Cổng TTĐT)");
    let t = by_old(&c, "Đăng tải lên Cổng TTĐT");
    assert!(t.new.as_ref().unwrap().text.starts_with("Đăng tải văn bản chỉ đạo lên Cổng thông tin"), "{t:?}");
    let with = t.similarity.unwrap();
    assert!(with >= MatchSettings::default().task_threshold, "{t:?}");
    // Not defined, not learned: the two share less.
    let c = run("");
    let without = by_old(&c, "Đăng tải lên Cổng TTĐT").similarity.unwrap_or(0.0);
    assert!(without < with - 0.2, "{without} against {with}");
}

/// Two candidates that score the same because numbers match as their class: the one with
/// the same numbers as written wins, wherever it stands (regression: Sơn La's step table row
/// "Thời gian giải quyết: 03 ngày làm việc" went to another procedure's "Tổng thời gian giải
/// quyết 04 ngày làm việc", nearer by position, rather than to the "… 03 ngày …" row).
#[test]
fn of_two_equal_candidates_the_one_with_the_same_numbers_wins() {
    let old = "Điều 1. Quy trình cấp giấy phép xuất bản bản tin\n\
        Thời gian giải quyết: 03 ngày làm việc.\n";
    let new = "Điều 1. Quy trình thẩm định di sản văn hóa phi vật thể\n\
        Tổng thời gian giải quyết 04 ngày làm việc.\n\
        Điều 2. Quy trình cho phép họp báo của cơ quan nước ngoài\n\
        Tổng thời gian giải quyết 03 ngày làm việc.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let t = c.tasks.iter().find(|t| t.old.is_some() && t.new.is_some()).expect("a pair");
        let (o, n) = (t.old.as_ref().unwrap(), t.new.as_ref().unwrap());
        let (mine, theirs) = if flipped { (n, o) } else { (o, n) };
        assert!(mine.text.contains("03 ngày") && theirs.text.contains("03 ngày"), "flipped {flipped}: {:#?}", c.tasks);
    }
}

/// Two leftovers in aligned sections, one the other's closest candidate over all and the
/// other the first's closest in context, are paired for their context though the second
/// has a closer candidate out of context: Cao Lộc's "Kịp thời phát hiện, ngăn chặn và xử lý
/// nghiêm các hành vi buôn lậu, gian lận thương mại …" is Quốc Khánh's "Tăng cường công tác
/// chống buôn lậu, gian lận thương mại, hàng cấm …" (0.28), both ways (regression: both were
/// left unpaired, each side reported the other's task dropped and new).
#[test]
fn a_closer_candidate_out_of_context_on_one_side_does_not_part_a_context_pair() {
    let (a, b) = (doc("cao-loc-2026-02"), doc("quoc-khanh-2026-01"));
    let (old, new) =
        ("Kịp thời phát hiện, ngăn chặn và xử lý nghiêm các hành vi buôn lậu", "Tăng cường công tác chống buôn lậu");
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (mine, theirs) = if flipped { (new, old) } else { (old, new) };
        assert_pair(&c, mine, theirs);
    }
}

/// A leftover between two pairs in order, the only one there on each side, is paired down to
/// 0.1: Cao Lộc's budget item opens with "Tập trung chỉ đạo quyết liệt công tác quản lý thu
/// ngân sách ngay từ đầu năm." before its spending task, Quốc Khánh's with "Tiếp tục thực hiện
/// quyết liệt, đồng bộ các giải pháp thu ngân sách nhà nước, …" before its own (0.23, under
/// the context floor; regression: dropped and new); and Quốc Khánh's "Chỉ đạo tập trung gieo
/// trồng các loại cây vụ Đông-Xuân …" is Tam Thanh's "Chỉ đạo tập trung sản xuất vụ Đông -
/// Xuân …" (0.22), the pair the issue names as a near miss.
#[test]
fn a_leftover_between_two_pairs_in_order_is_paired() {
    for (old, new, mine, theirs) in [
        (
            "cao-loc-2026-02",
            "quoc-khanh-2026-01",
            "Tập trung chỉ đạo quyết liệt công tác quản lý thu ngân sách",
            "Tiếp tục thực hiện quyết liệt, đồng bộ các giải pháp thu ngân sách",
        ),
        (
            "quoc-khanh-2026-01",
            "tam-thanh-2026-02",
            "Chỉ đạo tập trung gieo trồng các loại cây vụ Đông-Xuân",
            "Chỉ đạo tập trung sản xuất vụ Đông - Xuân",
        ),
    ] {
        let (a, b) = (doc(old), doc(new));
        for (flipped, c) in compared_both_ways(&a, &b) {
            let (x, y) = if flipped { (theirs, mine) } else { (mine, theirs) };
            assert_pair(&c, x, y);
        }
    }
}

/// Two items under aligned parents, neither with a partner, each the other's closest such
/// item by their words (at least 0.2, under the section threshold): their leftovers are each
/// other's context. Quốc Khánh's item on citizens and complaints (three tasks) and Tam
/// Thanh's on inspections, citizens and corruption (five) share one task word for word; their
/// tasks on receiving citizens, "Nâng cao chất lượng, hiệu quả công tác tiếp công dân, xử lý
/// đơn …" and "Nâng cao chất lượng công tác tiếp công dân, gắn tiếp công dân với …" (0.26),
/// were dropped and new (regression).
#[test]
fn the_leftovers_of_two_closest_orphan_items_are_each_others_context() {
    let (a, b) = (doc("quoc-khanh-2026-01"), doc("tam-thanh-2026-02"));
    let (old, new) = (
        "Nâng cao chất lượng, hiệu quả công tác tiếp công dân, xử lý đơn",
        "Nâng cao chất lượng công tác tiếp công dân, gắn tiếp công dân",
    );
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (mine, theirs) = if flipped { (new, old) } else { (old, new) };
        assert_pair(&c, mine, theirs);
        // The two items stay unaligned: their words are under the section threshold.
        let (o, n) = entry_of(&c, flipped, "I.10");
        assert!(n.is_empty(), "flipped {flipped}: I.10 aligned with {n:?} ({o:?})");
    }
}

/// Whom an act applies to, stated in one sentence by one act ("Quy chế này áp dụng đối
/// với UBND các cấp, …") and listed by another under its article "Đối tượng áp dụng": the
/// statement is the first item of the list (regression: Nghệ An's statement was dropped and
/// Bắc Ninh's first item new, 0.10 apart). Two such lists' first items are not paired on
/// the heading alone, nor is an act's time of application ("Nghị quyết này áp dụng trong năm
/// 2026 …") a statement of whom it applies to.
#[test]
fn a_statement_of_whom_an_act_applies_to_is_the_first_item_of_the_others_list() {
    let old = "Điều 1. Phạm vi điều chỉnh\n\
        Quy chế này quy định trách nhiệm trong việc phối hợp, thực hiện việc tiếp nhận, giải quyết và trả lời kiến nghị của cử tri trên địa bàn tỉnh.\n\
        Điều 2. Đối tượng áp dụng\n\
        Quy chế này áp dụng đối với UBND các cấp, cơ quan chuyên môn thuộc UBND các cấp và cơ quan, đơn vị có liên quan trong việc phối hợp, thực hiện việc tiếp nhận, xử lý, giải quyết và trả lời kiến nghị của cử tri trên địa bàn tỉnh Nghệ An.\n";
    let new = "Điều 1. Phạm vi điều chỉnh\n\
        Quy chế này quy định việc tiếp nhận, xử lý các phản ánh kiến nghị của cá nhân, tổ chức thông qua ứng dụng trên thiết bị di động.\n\
        Điều 2. Đối tượng áp dụng\n\
        1. Các sở, ban, ngành; UBND các xã, phường (sau đây gọi tắt là UBND cấp xã); các cá nhân, tổ chức khác có thẩm quyền tham gia quản lý, sử dụng Ứng dụng để tiếp nhận, xử lý các thông tin phản ánh kiến nghị trên địa bàn tỉnh Bắc Ninh.\n\
        2. Các cá nhân, tổ chức gửi phản ánh kiến nghị qua Ứng dụng trên địa bàn tỉnh Bắc Ninh.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (statement, item) = ("Quy chế này áp dụng đối với UBND các cấp", "Các sở, ban, ngành; UBND các xã");
        if flipped {
            assert_pair(&c, item, statement);
        } else {
            assert_pair(&c, statement, item);
        }
    }
    // The same list on both sides, each under its heading, and a time of application.
    let listed = old.replace(
        "Quy chế này áp dụng đối với UBND các cấp, cơ quan chuyên môn thuộc UBND các cấp và cơ quan, đơn vị có liên quan trong việc phối hợp, thực hiện việc tiếp nhận, xử lý, giải quyết và trả lời kiến nghị của cử tri trên địa bàn tỉnh Nghệ An.",
        "1. Hội đồng nhân dân và cử tri các xã.\n2. Người đang hưởng trợ cấp hưu trí xã hội.",
    );
    let timed = old
        .replace("Quy chế này áp dụng đối với UBND các cấp", "Quy chế này áp dụng trong năm 2026 đối với UBND các cấp");
    for (x, y) in [(&listed, new), (&timed, new)] {
        let (a, b) = (sosanh::outline::outline("old.txt", x), sosanh::outline::outline("new.txt", y));
        let c = compare(&a, &b, &MatchSettings::default());
        let first = c.tasks.iter().find(|t| {
            t.old.as_ref().is_some_and(|o| {
                o.text.starts_with("Hội đồng nhân dân và cử tri") || o.text.contains("áp dụng trong năm")
            })
        });
        let t = first.expect("the first item or the statement is reported");
        assert!(matches!(t.status, TaskStatus::Dropped), "{:?} paired with {:?}", t.old, t.new);
    }
}

/// What an act governs and whom it applies to, each stated once per act in its own words,
/// are the same provisions of two acts however little their words share: Nghệ An's "Quy chế
/// này quy định trách nhiệm … tiếp nhận, giải quyết và trả lời kiến nghị của cử tri" is
/// Bắc Ninh's "Quy chế này quy định việc tiếp nhận, xử lý các phản ánh kiến nghị … trên ứng
/// dụng" (0.12), as two acts' effect clauses are (regression: both were dropped and new).
#[test]
fn two_acts_scope_statements_are_one_provision() {
    let old = "Điều 1. Phạm vi điều chỉnh\n\
        1. Quy chế này quy định trách nhiệm trong việc phối hợp, thực hiện việc tiếp nhận, giải quyết và trả lời kiến nghị của cử tri (sau đây gọi tắt là kiến nghị) do Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu, đại biểu Hội đồng nhân dân chuyển đến Ủy ban nhân dân các cấp để xem xét giải quyết, trả lời cử tri.\n\
        2. Đối với các kiến nghị do Đoàn đại biểu Quốc hội chuyển đến thực hiện theo Quyết định số 33/2017/QĐ-TTg ngày 25/7/2017 của Thủ tướng Chính phủ.\n\
        3. Khiếu nại, tố cáo của công dân không thuộc phạm vi, đối tượng điều chỉnh của Quy chế này.\n";
    let new = "Điều 1. Phạm vi điều chỉnh\n\
        1. Quy chế này quy định việc tiếp nhận, xử lý các phản ánh kiến nghị của cá nhân, tổ chức về phản ánh hiện trường, phản ánh giải quyết thủ tục hành chính và phản ánh doanh nghiệp thông qua ứng dụng Phản ánh kiến nghị trên thiết bị di động trên địa bàn tỉnh.\n\
        2. Quy chế này không áp dụng với việc giải đáp pháp luật; phản ánh về hoạt động kinh doanh, sản phẩm, dịch vụ của doanh nghiệp, hộ kinh doanh cá thể.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        let (scope_old, scope_new) = if flipped {
            ("Quy chế này quy định việc tiếp nhận", "Quy chế này quy định trách nhiệm")
        } else {
            ("Quy chế này quy định trách nhiệm", "Quy chế này quy định việc tiếp nhận")
        };
        assert_pair(&c, scope_old, scope_new);
    }
}

/// An article whose second clause went with the other act's article of one sentence, that
/// sentence and the clause then paired as leaves, keeps its own partner: both acts'
/// "Điều 3. Điều khoản thi hành", their effect clauses paired, are one article, not a
/// dropped and a new one (regression, from Quảng Ngãi's and Hải Phòng's decisions on
/// equipment norms: Hải Phòng's "Điều 8. Điều khoản thi hành" reported new, Quảng Ngãi's
/// "Điều 5. Điều khoản thi hành" dropped, Quảng Ngãi's "Điều 6. Tổ chức thực hiện" being
/// Hải Phòng's clause 8.2).
#[test]
fn an_article_that_gave_way_to_its_clauses_pair_keeps_its_partner() {
    let old = "Điều 1. Phạm vi điều chỉnh\n\
        Quyết định này quy định phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng.\n\
        Điều 2. Đối tượng áp dụng\n\
        Cơ quan nhà nước, đơn vị sự nghiệp công lập thuộc phạm vi quản lý của tỉnh.\n\
        Điều 3. Điều khoản thi hành\n\
        1. Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 12 năm 2025.\n\
        2. Các Quyết định sau hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực:\n\
        a) Quyết định số 09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh về việc ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng;\n\
        b) Quyết định số 06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh bổ sung tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng.\n\
        Điều 4. Tổ chức thực hiện\n\
        Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp xã và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
    let new = "Điều 1. Phạm vi điều chỉnh\n\
        Quyết định này quy định phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của thành phố.\n\
        Điều 2. Đối tượng áp dụng\n\
        Cơ quan nhà nước, đơn vị sự nghiệp công lập thuộc phạm vi quản lý của thành phố.\n\
        Điều 3. Điều khoản thi hành\n\
        1. Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025.\n\
        2. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân cấp xã và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
    let (a, b) = (sosanh::outline::outline("old.txt", old), sosanh::outline::outline("new.txt", new));
    for (flipped, c) in compared_both_ways(&a, &b) {
        // (old path, new path) of the entries asked, as the unflipped comparison names them.
        let pairs = [("Điều 3", "Điều 3"), ("Điều 3.1", "Điều 3.1"), ("Điều 4", "Điều 3.2")];
        for (o, n) in pairs {
            let (o, n) = if flipped { (n, o) } else { (o, n) };
            let e = c.sections.iter().find(|s| s.old.contains(&p(o))).unwrap_or_else(|| panic!("old {o}"));
            assert_eq!(e.status, SectionStatus::Matched, "flipped {flipped}, old {o}: {e:?}");
            assert!(e.new.contains(&p(n)), "flipped {flipped}, old {o}, not with {n}: {e:?}");
        }
    }
}
