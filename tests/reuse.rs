//! `reuse`: shared passages and templates across many programmes — on the fixtures, on a
//! generated corpus with known copying (recall and precision pinned), and the parts the
//! command relies on (paths, output forms, determinism).

use sosanh::model::Document;
use sosanh::paths::expand_paths;
use sosanh::read::{ReadOptions, document_from_bytes, read_document};
use sosanh::reuse::{PassageKind, ReuseReport, ReuseSettings, reuse};
use sosanh_corpus as corpus;
use std::path::Path;

fn fixture(name: &str) -> Document {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    read_document(&path, &ReadOptions::default()).unwrap()
}

fn base(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap()
}

/// A programme about other things entirely (a district library's reading festival).
const UNRELATED: &str = "\
ỦY BAN NHÂN DÂN
XÃ BẢN NGÀ
Số: 07/CTr-UBND

CHƯƠNG TRÌNH
Công tác tháng 03 năm 2026 của UBND xã Bản Ngà

I. NGÀY HỘI ĐỌC SÁCH
1. Thư viện mở cửa thêm buổi tối thứ Sáu cho học sinh mượn truyện tranh và sách khoa học.
Các cô giáo mầm non kể chuyện cổ tích dưới gốc đa đầu bản vào sáng Chủ nhật.
2. Đội văn nghệ thôn Nà Lừa tập hát then, đàn tính để biểu diễn trong đêm khai mạc.
Bà con mang sách cũ đến đổi lấy hạt giống rau cải, bí đỏ và cây ăn quả.
3. Câu lạc bộ cờ tướng người cao tuổi tổ chức giải đấu giao hữu với câu lạc bộ xã bên cạnh.
Hợp tác xã chè trưng bày sản phẩm chè Shan tuyết, mời khách nếm thử và mua về làm quà.

Nơi nhận:
- Lưu: VT.
";

fn unrelated() -> Document {
    document_from_bytes("ban-nga-2026-03.txt", UNRELATED.as_bytes(), &ReadOptions::default()).unwrap()
}

fn programmes() -> Vec<Document> {
    ["tam-thanh-2026-02.txt", "tam-thanh-2025-12.txt", "cao-loc-2026-02.txt", "quoc-khanh-2026-01.txt"]
        .iter()
        .map(|f| fixture(f))
        .collect()
}

/// Does the report show `needle` shared between documents `a` and `b` (a passage of the
/// two, or a template both hold)?
fn linked(r: &ReuseReport, a: &str, b: &str, needle: &str) -> bool {
    let pair = |x: &str, y: &str| (base(x) == a && base(y) == b) || (base(x) == b && base(y) == a);
    let in_passage = r.passages.iter().any(|p| {
        pair(&p.a.file, &p.b.file)
            && p.a.text.as_deref().is_some_and(|t| t.contains(needle))
            && p.b.text.as_deref().is_some_and(|t| t.contains(needle))
    });
    let in_template = r.clusters.iter().any(|c| {
        c.text.contains(needle)
            && c.members.iter().any(|m| base(&m.at.file) == a)
            && c.members.iter().any(|m| base(&m.at.file) == b)
    });
    in_passage || in_template
}

#[test]
fn fixtures_copied_passages_are_found() {
    let r = reuse(&programmes(), &ReuseSettings::default());
    // The same wrong date, copied from Quốc Khánh's January programme to Tam Thanh's February one.
    assert!(linked(&r, "tam-thanh-2026-02.txt", "quoc-khanh-2026-01.txt", "Kế hoạch số 09-KH/TU ngày 11/12/2026"));
    // Sentences Cao Lộc took from Tam Thanh.
    assert!(linked(&r, "tam-thanh-2026-02.txt", "cao-loc-2026-02.txt", "Chỉ thị số 28/CT-TTg ngày 18/9/2025"));
    assert!(linked(&r, "tam-thanh-2026-02.txt", "cao-loc-2026-02.txt", "Tổ chức Lễ giao nhận quân năm 2026"));
    // Every programme shares text with every other.
    assert_eq!(r.pairs.len(), 6);
    assert!(r.solitary.is_empty());
    assert!(r.anything_shared());
    for p in &r.passages {
        assert!(p.words >= 8, "{p:?}");
    }
}

#[test]
fn unit_words_swapped_are_still_verbatim() {
    let r = reuse(&programmes(), &ReuseSettings::default());
    // "HĐND phường" in Tam Thanh, "HĐND xã" in Cao Lộc: the same words on the matching keys,
    // the swap shown in the diff.
    let swapped = r.passages.iter().any(|p| {
        let names = [base(&p.a.file), base(&p.b.file)];
        names.contains(&"tam-thanh-2026-02.txt")
            && names.contains(&"cao-loc-2026-02.txt")
            && p.kind == PassageKind::Verbatim
            && p.diff.as_ref().is_some_and(|d| d.iter().any(|e| e.text.contains("phường")))
            && p.diff.as_ref().is_some_and(|d| d.iter().any(|e| e.text.contains("xã")))
    });
    assert!(swapped);
}

#[test]
fn unrelated_text_is_solitary_and_ranks_below_copies() {
    let mut docs = programmes();
    docs.push(unrelated());
    let r = reuse(&docs, &ReuseSettings::default());
    assert_eq!(r.solitary.iter().map(|s| base(s)).collect::<Vec<_>>(), ["ban-nga-2026-03.txt"]);
    let pos = |a: &str, b: &str| {
        r.pairs.iter().position(|p| {
            let n = [base(&p.file_a), base(&p.file_b)];
            n.contains(&a) && n.contains(&b)
        })
    };
    let tt_cl = pos("tam-thanh-2026-02.txt", "cao-loc-2026-02.txt").expect("Tam Thanh and Cao Lộc share text");
    // The Tam Thanh – Cao Lộc pair ranks among the top, above the weaker pairs.
    assert!(tt_cl <= 1, "{tt_cl}");
    let tt_cl_share = r.pairs[tt_cl].share_a_in_b.max(r.pairs[tt_cl].share_b_in_a);
    assert!(tt_cl_share > 0.3);
    assert!(
        r.pairs.iter().all(|p| base(&p.file_a) != "ban-nga-2026-03.txt" && base(&p.file_b) != "ban-nga-2026-03.txt")
    );
    let info = r.documents.iter().find(|d| base(&d.file) == "ban-nga-2026-03.txt").unwrap();
    assert_eq!((info.partners, info.clusters, info.shared_words), (0, 0, 0));
}

#[test]
fn nothing_shared_without_copies() {
    let r = reuse(&[unrelated(), fixture("tam-thanh-2026-02.txt")], &ReuseSettings::default());
    assert!(!r.anything_shared());
    assert_eq!(r.solitary.len(), 2);
    let r = reuse(&[], &ReuseSettings::default());
    assert!(!r.anything_shared() && r.documents.is_empty());
    let r = reuse(&[unrelated()], &ReuseSettings::default());
    assert_eq!(r.solitary.len(), 1);
}

#[test]
fn templates_name_the_earliest_holder() {
    let r = reuse(&programmes(), &ReuseSettings::default());
    assert!(!r.clusters.is_empty());
    for c in &r.clusters {
        let mut docs: Vec<usize> = c.members.iter().map(|m| m.at.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        assert!(docs.len() >= 3, "a template is held by min_units documents");
        // The first member is the earliest: Tam Thanh's December programme when it holds it.
        if c.members.iter().any(|m| base(&m.at.file) == "tam-thanh-2025-12.txt") {
            assert_eq!(base(&c.members[0].at.file), "tam-thanh-2025-12.txt");
            assert_eq!(c.earliest_date.as_deref(), Some("2025-12"));
        }
    }
}

#[test]
fn longer_min_words_reports_less() {
    let docs = programmes();
    let r8 = reuse(&docs, &ReuseSettings::default());
    let r20 = reuse(&docs, &ReuseSettings { min_words: 20, ..ReuseSettings::default() });
    assert!(r20.passages.iter().all(|p| p.words >= 20));
    assert!(r20.passages.len() < r8.passages.len());
    assert!(r20.passages.iter().any(|p| p.a.text.as_deref().unwrap().contains("09-KH/TU")));
}

fn generated(n: usize, seed: u64) -> (Vec<Document>, corpus::Truth) {
    let (gen_docs, truth) = corpus::generate(n, seed);
    let docs = corpus::read_generated(&gen_docs, &truth).expect("generated documents read back as planned");
    (docs, truth)
}

#[test]
fn generated_corpus_recall_and_precision() {
    let t = std::time::Instant::now();
    let (docs, truth) = generated(200, 7);
    let r = reuse(&docs, &ReuseSettings::default());
    let ev = corpus::evaluate(&r, &truth, 12);
    println!("200 documents: {ev}; {:.1} s", t.elapsed().as_secs_f64());
    assert!(ev.planted > 3000, "{}", ev.planted);
    assert!(ev.recall >= 0.99, "recall {:.4}; missed e.g. {:?}", ev.recall, ev.missed);
    assert!(ev.precision >= 0.99, "precision {:.4}; e.g. {:?}", ev.precision, ev.false_reports);
    assert_eq!(ev.originals_solitary, ev.originals);
    assert_eq!(ev.solitary_wrong, 0);
}

#[test]
fn generator_is_deterministic_and_reads_back() {
    let (a, ta) = corpus::generate(40, 3);
    let (b, tb) = corpus::generate(40, 3);
    assert_eq!(a.len(), 40);
    assert!(a.iter().zip(&b).all(|(x, y)| x.file == y.file && x.text == y.text));
    assert_eq!(serde_json::to_string(&ta).unwrap(), serde_json::to_string(&tb).unwrap());
    let (c, _) = corpus::generate(40, 4);
    assert!(a.iter().zip(&c).any(|(x, y)| x.text != y.text));
    let docs = corpus::read_generated(&a, &ta).unwrap();
    // Periods and units are read from the generated headers.
    assert!(docs.iter().all(|d| d.meta.period.is_some() && d.meta.unit.is_some()));
    let names: std::collections::HashSet<&str> = a.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(names.len(), a.len(), "file names are unique");
}

#[test]
fn same_report_for_any_thread_count() {
    let (docs, _) = generated(120, 11);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let r = pool.install(|| reuse(&docs, &ReuseSettings::default()));
        let mut out = Vec::new();
        sosanh::render::reuse::json(&r, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let one = run(1);
    assert_eq!(one, run(2));
    assert_eq!(one, run(3));
}

/// The report as JSON without document numbers (which follow the input order).
fn without_numbers(r: &ReuseReport) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for k in ["doc", "doc_a", "doc_b"] {
                    m.remove(k);
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::json!({
        "pairs": r.pairs, "passages": r.passages, "clusters": r.clusters, "solitary": r.solitary,
    });
    strip(&mut v);
    v
}

#[test]
fn same_report_for_any_input_order() {
    let (mut docs, _) = generated(80, 5);
    let a = reuse(&docs, &ReuseSettings::default());
    docs.reverse();
    let b = reuse(&docs, &ReuseSettings::default());
    assert_eq!(without_numbers(&a), without_numbers(&b));
    // Document numbers point into `documents`, which follows the input.
    for p in &b.passages {
        assert_eq!(b.documents[p.a.doc].file, p.a.file);
        assert_eq!(docs[p.b.doc].source, p.b.file);
    }
}

#[test]
fn json_csv_and_text_forms() {
    let mut docs = programmes();
    docs.push(unrelated());
    let r = reuse(&docs, &ReuseSettings::default());
    let mut out = Vec::new();
    sosanh::render::reuse::json(&r, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["schema"], "sosanh.reuse.v1");
    assert_eq!(v["settings"]["min_words"], 8);
    assert_eq!(v["counts"]["documents"], 5);
    assert_eq!(v["pairs"].as_array().unwrap().len(), r.pairs.len());
    let p = &v["passages"][0];
    for key in ["file", "doc", "section", "tasks", "lines", "words", "text"] {
        assert!(!p["a"][key].is_null(), "passage location has {key}");
    }
    assert!(matches!(p["kind"].as_str(), Some("verbatim" | "edited")));
    let c = &v["clusters"][0];
    assert!(c["members"].as_array().unwrap().len() >= 3);
    assert!(c["text"].is_string() && c["earliest"].is_array());

    let mut out = Vec::new();
    sosanh::render::reuse::csv(&r, &mut out).unwrap();
    let csv = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file_a,unit_a,date_a,file_b,unit_b,date_b,same_time,share_a_in_b,share_b_in_a,shared_words,passages"
    );
    assert_eq!(lines.len(), r.pairs.len() + 1);
    assert!(lines[1..].iter().all(|l| l.split(',').count() == 11));

    let mut out = Vec::new();
    sosanh::render::reuse::text(&r, &sosanh::render::Display::default(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Các cặp, trùng nhiều nhất trước"), "Vietnamese by default");
    assert!(text.contains("Mẫu chung"));
    assert!(text.contains("09-KH/TU"));
    assert!(text.contains("ban-nga-2026-03.txt"));
    assert!(!text.contains('\x1b'), "no colour unless asked");
}

#[test]
fn paths_expand_to_documents() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let touch = |p: &str| {
        let path = d.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "x").unwrap();
    };
    for f in ["a.txt", "B.DOCX", "c.pdf", "notes.xlsx", "sub/deep/e.txt", ".hidden.txt", "~$lock.docx", "sub/f.Txt"] {
        touch(f);
    }
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let got = expand_paths(&[s(d)]).unwrap();
    let names: Vec<&str> = got.iter().map(|p| p.strip_prefix(&s(d)).unwrap().trim_start_matches('/')).collect();
    assert_eq!(names, ["B.DOCX", "a.txt", "c.pdf", "sub/deep/e.txt", "sub/f.Txt"]);
    // A file named explicitly is taken whatever its extension; duplicates go.
    let got = expand_paths(&[s(&d.join("notes.xlsx")), s(&d.join("a.txt")), s(&d.join("a.txt")), s(d)]).unwrap();
    assert_eq!(got.len(), 6);
    assert!(got.windows(2).all(|w| w[0] < w[1]), "sorted");
    // Patterns.
    let got = expand_paths(&[format!("{}/*.txt", s(d))]).unwrap();
    assert_eq!(got, [s(&d.join("a.txt"))]);
    let got = expand_paths(&[format!("{}/sub/*", s(d))]).unwrap();
    assert_eq!(got.len(), 2);
    let err = expand_paths(&[format!("{}/*.doc", s(d))]).unwrap_err();
    assert!(err.en.contains("*.doc") && err.vi.contains("không có văn bản nào khớp"), "{err} / {}", err.vi);
    let err = expand_paths(&[s(&d.join("missing.txt"))]).unwrap_err();
    assert!(err.en.contains("missing.txt"), "{err}");
    let empty = tempfile::tempdir().unwrap();
    let err = expand_paths(&[s(empty.path())]).unwrap_err();
    assert!(err.en.contains("no .txt") && err.vi.contains("không có tệp .txt"), "{err} / {}", err.vi);
    assert_eq!(expand_paths(&["-".to_string()]).unwrap(), ["-"]);
}

#[test]
fn a_template_lists_a_task_once() {
    // Regression: two stretches of one task (the halves of a sentence around an edit) were
    // listed as two members of one template.
    let mut docs = programmes();
    docs.push(fixture("tam-thanh-2025-report.txt"));
    let r = reuse(&docs, &ReuseSettings::default());
    for c in &r.clusters {
        for (i, m) in c.members.iter().enumerate() {
            for n in &c.members[i + 1..] {
                let same_doc = m.at.doc == n.at.doc;
                let overlap = m.at.tasks[0] <= n.at.tasks[1] && n.at.tasks[0] <= m.at.tasks[1];
                assert!(!(same_doc && overlap), "template {}: {:?} and {:?}", c.id, m.at, n.at);
            }
        }
    }
}

/// A document without numbered sections, from its paragraphs (blank lines between them).
fn plain(name: &str, paras: &[&str]) -> Document {
    document_from_bytes(name, paras.join("\n\n").as_bytes(), &ReadOptions::default()).unwrap()
}

const DOGS: &str = "Search Good Boy, Gus! Welcome to Good Boy, Gus! The best place to find dog info on the web. \
We have done our best to cover as many dog-related topics as we can think of, from training and grooming to \
health, food and travel. We invite your participation: send in a book review, a treat recipe or your dog brag.";

#[test]
fn a_copy_starting_with_short_sentences_is_one_whole_passage() {
    // Regression (issue 16): the short sentences that start a copy ("Search Good Boy, Gus!")
    // were left out of the passage when they were the first pieces of its chain.
    // "Search" also starts the sentence before, on the same line: the character span must
    // still start at the copy (regression: it started at the first "Search" of the line).
    let a_text = format!("Search results for spaniels wherever they need them: none. {DOGS}");
    let a = plain("a.txt", &[&a_text]);
    let b = plain("b.txt", &[DOGS, "Got questions about caring for your puppy? Ask the vet on duty every Monday."]);
    let r = reuse(&[a, b], &ReuseSettings::default());
    assert_eq!(r.passages.len(), 1, "{:?}", r.passages);
    let p = &r.passages[0];
    for at in [&p.a, &p.b] {
        assert!(at.text.as_deref().unwrap().starts_with("Search Good Boy, Gus!"), "{at:?}");
        assert!(at.text.as_deref().unwrap().trim_end_matches('.').ends_with("your dog brag"), "{at:?}");
    }
    let a_side = if p.a.file == "a.txt" { &p.a } else { &p.b };
    let copy_at = a_text[..a_text.find("Search Good").unwrap()].chars().count();
    assert_eq!(a_side.chars.unwrap()[0], copy_at, "{a_side:?}");
}

#[test]
fn a_paragraph_starting_with_a_parenthesis_is_read() {
    // Regression (issue 16): in a document without numbered sections, a paragraph that
    // starts with "(" was taken for a header piece and never compared.
    let text = "(For more information, see the website.) Cognitive behavioural therapy helps many people \
with obsessive thoughts, and medication helps others when therapy alone is not enough.";
    let d = plain("a.txt", &["Anxiety disorders are common and treatable.", text]);
    let read: String = d.all_tasks().iter().map(|(_, t)| t.text.as_str()).collect::<Vec<_>>().join(" ");
    assert!(read.contains("Cognitive behavioural therapy helps many people"), "{read}");
    let b = plain("b.txt", &["Something else entirely, about gardens and their roses.", text]);
    let r = reuse(&[d, b], &ReuseSettings::default());
    assert_eq!(r.passages.len(), 1);
}

#[test]
fn an_insertion_inside_a_long_copy_keeps_it_one_passage() {
    // Issue 16: gap words go in the passage's diff, not a new passage.
    let first = "The closing department notifies the closing attorney of the date and time of the closing \
and sends the title report, the survey and the final figures to every party well before the day";
    let second = "The buyer brings a certified check for the down payment and the closing costs, signs the \
mortgage papers and receives the keys once the deed has been recorded at the county office";
    let inserted = "which in our county usually means two or three weeks after the appraisal and the inspection";
    let a = plain("a.txt", &[&format!("{first}, {inserted}. {second}.")]);
    let b = plain("b.txt", &[&format!("{first}. {second}.")]);
    let r = reuse(&[a, b], &ReuseSettings::default());
    assert_eq!(r.passages.len(), 1, "{:?}", r.passages);
    assert_eq!(r.passages[0].kind, PassageKind::Edited);
    assert!(r.passages[0].diff.as_ref().unwrap().iter().any(|e| e.text.contains("appraisal")));
}

#[test]
fn a_stock_phrase_alone_is_not_a_passage() {
    // Issue 16: a short phrase inside different text on both sides (a copyright line, an
    // address) is not a passage; the same phrase as a sentence of its own is.
    let a = plain(
        "a.txt",
        &["Our walking tours of the valley start at the old mill every Saturday morning in spring, \
         text and photographs copyright by Hudson Valley Network, Inc., all rights reserved to the authors."],
    );
    let b = plain(
        "b.txt",
        &["The river festival returns in June with boat races and local food, \
         page design by Hudson Valley Network, Inc., all rights reserved since the first edition."],
    );
    let r = reuse(&[a, b], &ReuseSettings::default());
    assert!(r.passages.is_empty(), "{:?}", r.passages);
}

#[test]
fn a_task_copied_then_edited_every_few_words_is_still_found() {
    // Regression (issue 16): the first 15 words of a task copied as they are, the rest edited
    // every few words — shorter than two shingles and under half of the task on both sides,
    // the copy was dropped as a stock phrase although it starts with its task on both sides.
    let a = plain(
        "a.txt",
        &[
            "Rivers and hills surround the old town.",
            "The harbour committee repaints the blue fishing boats along the northern pier every spring before \
         the festival, then the mayor opens new gates where children plant young olive trees near stone walls.",
        ],
    );
    let b = plain(
        "b.txt",
        &[
            "Bakers sell warm bread at dawn.",
            "The harbour committee repaints the blue fishing boats along the northern pier every spring before \
         noon, so the council builds old doors while parents water tall lemon bushes beside wooden fences.",
        ],
    );
    let r = reuse(&[a, b], &ReuseSettings::default());
    assert_eq!(r.passages.len(), 1, "{:?}", r.passages);
    assert!(r.passages[0].a.text.as_deref().unwrap().starts_with("The harbour committee repaints"));
}
