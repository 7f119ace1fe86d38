//! The words of the interface in Vietnamese (the default) and English: one table per
//! language, so every printer says the same thing the same way and a new front end can
//! reuse the wording. The glossary in the README lists the same pairs.

/// The language of human-facing output. `check` uses the same type for its messages.
pub use crate::check::Lang;

/// The interface words of one language.
#[derive(Debug)]
pub struct Words {
    pub lang_code: &'static str,
    // statuses
    pub carried: &'static str,
    pub identical: &'static str,
    pub reworded: &'static str,
    pub moved: &'static str,
    pub new: &'static str,
    pub dropped: &'static str,
    /// A piece of a task split in two, and one of tasks merged into one.
    pub split: &'static str,
    pub merged: &'static str,
    pub new_section: &'static str,
    pub dropped_section: &'static str,
    pub moved_from: &'static str,
    pub moved_to: &'static str,
    pub similarity: &'static str,
    // documents
    pub old_doc: &'static str,
    pub new_doc: &'static str,
    pub file: &'static str,
    pub kind: &'static str,
    pub unit: &'static str,
    pub period: &'static str,
    pub issued: &'static str,
    pub number: &'static str,
    pub title: &'static str,
    pub signer: &'static str,
    pub recipients: &'static str,
    pub left_blank: &'static str,
    pub unknown: &'static str,
    pub section: &'static str,
    pub sections: &'static str,
    pub task: &'static str,
    pub tasks: &'static str,
    /// A table's column names (an outline section's `columns`).
    pub columns: &'static str,
    pub footnotes: &'static str,
    pub line: &'static str,
    pub lines: &'static str,
    pub note: &'static str,
    pub body: &'static str,
    // compare
    pub compare_title: &'static str,
    pub summary: &'static str,
    pub show: &'static str,
    pub all: &'static str,
    pub of_old_carried: &'static str,
    pub nothing_to_show: &'static str,
    // reuse
    pub reuse_title: &'static str,
    pub documents: &'static str,
    pub pairs: &'static str,
    pub pairs_heading: &'static str,
    pub a_in_b: &'static str,
    pub b_in_a: &'static str,
    pub words: &'static str,
    pub passages: &'static str,
    pub passage: &'static str,
    pub templates: &'static str,
    pub templates_heading: &'static str,
    pub holders: &'static str,
    pub first_holder: &'static str,
    pub heat_map: &'static str,
    pub heat_map_help: &'static str,
    pub verbatim: &'static str,
    pub edited: &'static str,
    pub solitary: &'static str,
    pub same_time: &'static str,
    pub shown_of: &'static str,
    pub all_in_other_formats: &'static str,
    pub sort_help: &'static str,
    // check
    pub check_title: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub finding_note: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub notes: &'static str,
    pub no_findings: &'static str,
    pub no_section: &'static str,
    pub rule: &'static str,
    // outline
    pub outline_title: &'static str,
    pub made_by: &'static str,
}

/// Tiếng Việt.
pub static VI: Words = Words {
    lang_code: "vi",
    carried: "giữ lại",
    identical: "giữ nguyên",
    reworded: "sửa lời",
    moved: "chuyển mục",
    new: "mới",
    dropped: "bỏ",
    split: "tách",
    merged: "gộp",
    new_section: "mục mới",
    dropped_section: "mục bỏ",
    moved_from: "chuyển từ",
    moved_to: "chuyển sang",
    similarity: "độ giống",
    old_doc: "bản cũ",
    new_doc: "bản mới",
    file: "tệp",
    kind: "loại",
    unit: "đơn vị",
    period: "kỳ",
    issued: "ngày ban hành",
    number: "số, ký hiệu",
    title: "trích yếu",
    signer: "người ký",
    recipients: "nơi nhận",
    left_blank: "để trống",
    unknown: "không rõ",
    section: "mục",
    sections: "mục",
    task: "nhiệm vụ",
    tasks: "nhiệm vụ",
    columns: "Các cột",
    footnotes: "chú thích",
    line: "dòng",
    lines: "dòng",
    note: "ghi chú",
    body: "(phần đầu)",
    compare_title: "So sánh",
    summary: "Tóm tắt",
    show: "Hiện",
    all: "tất cả",
    of_old_carried: "nhiệm vụ cũ được giữ lại",
    nothing_to_show: "(không có gì để hiện với bộ lọc này)",
    reuse_title: "Sao chép giữa các văn bản",
    documents: "văn bản",
    pairs: "cặp",
    pairs_heading: "Các cặp văn bản có đoạn trùng",
    a_in_b: "A có trong B",
    b_in_a: "B có trong A",
    words: "từ",
    passages: "đoạn trùng",
    passage: "đoạn trùng",
    templates: "mẫu chung",
    templates_heading: "Mẫu chung: đoạn nhiều đơn vị cùng có",
    holders: "đơn vị có",
    first_holder: "có sớm nhất",
    heat_map: "Bản đồ nhiệt đơn vị × đơn vị",
    heat_map_help: "ô càng đậm, tỷ lệ trùng cao nhất giữa hai đơn vị càng lớn",
    verbatim: "nguyên văn",
    edited: "có sửa",
    solitary: "Văn bản tự viết (không trùng với văn bản nào)",
    same_time: "cùng thời điểm",
    shown_of: "hiện",
    all_in_other_formats: "đầy đủ trong --format json, csv hoặc xlsx",
    sort_help: "bấm tiêu đề cột để sắp xếp",
    check_title: "Rà soát lỗi sao chép",
    error: "lỗi",
    warning: "cảnh báo",
    finding_note: "lưu ý",
    errors: "lỗi",
    warnings: "cảnh báo",
    notes: "lưu ý",
    no_findings: "không phát hiện gì",
    no_section: "(ngoài mục)",
    rule: "quy tắc",
    outline_title: "Dàn ý",
    made_by: "Tạo bởi sosanh",
};

/// English.
pub static EN: Words = Words {
    lang_code: "en",
    carried: "carried",
    identical: "identical",
    reworded: "reworded",
    moved: "moved",
    new: "new",
    dropped: "dropped",
    split: "split",
    merged: "merged",
    new_section: "new section",
    dropped_section: "dropped section",
    moved_from: "moved from",
    moved_to: "moved to",
    similarity: "similarity",
    old_doc: "old",
    new_doc: "new",
    file: "file",
    kind: "kind",
    unit: "unit",
    period: "period",
    issued: "issued",
    number: "number/symbol",
    title: "title",
    signer: "signed",
    recipients: "recipients",
    left_blank: "left blank",
    unknown: "unknown",
    section: "section",
    sections: "sections",
    task: "task",
    tasks: "tasks",
    columns: "Columns",
    footnotes: "footnotes",
    line: "line",
    lines: "lines",
    note: "note",
    body: "(body)",
    compare_title: "Comparison",
    summary: "Summary",
    show: "Show",
    all: "all",
    of_old_carried: "of the old tasks carried",
    nothing_to_show: "(nothing to show with these filters)",
    reuse_title: "Text shared across documents",
    documents: "documents",
    pairs: "pairs",
    pairs_heading: "Pairs that share text",
    a_in_b: "A in B",
    b_in_a: "B in A",
    words: "words",
    passages: "passages",
    passage: "passage",
    templates: "templates",
    templates_heading: "Templates: text held by many units",
    holders: "holders",
    first_holder: "first",
    heat_map: "Heat map, units × units",
    heat_map_help: "the darker the cell, the higher the largest share between the two units",
    verbatim: "verbatim",
    edited: "edited",
    solitary: "Written on their own (sharing nothing with the others)",
    same_time: "same time",
    shown_of: "shown",
    all_in_other_formats: "all of them in --format json, csv or xlsx",
    sort_help: "click a column heading to sort",
    check_title: "Slips left by copying",
    error: "error",
    warning: "warning",
    finding_note: "note",
    errors: "errors",
    warnings: "warnings",
    notes: "notes",
    no_findings: "no findings",
    no_section: "(no section)",
    rule: "rule",
    outline_title: "Outline",
    made_by: "Made by sosanh",
};

/// The word table of a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// "3 tasks" / "3 nhiệm vụ": Vietnamese nouns do not inflect for number, so Vietnamese
/// takes `many` (the table's word) for any count and English chooses.
pub fn count(lang: Lang, n: usize, one: &str, many: &str) -> String {
    match lang {
        Lang::Vi => format!("{n} {many}"),
        Lang::En if n == 1 => format!("{n} {one}"),
        Lang::En => format!("{n} {many}"),
    }
}

/// A document kind's name ("programme", as `DocKind::name` and the JSON have it) in the
/// interface language.
pub fn kind(lang: Lang, name: &str) -> String {
    if lang == Lang::En {
        return name.to_string();
    }
    match name {
        "programme" => "chương trình công tác",
        "report" => "báo cáo",
        "plan" => "kế hoạch",
        "decision" => "quyết định",
        "resolution" => "nghị quyết",
        "directive" => "chỉ thị",
        "notice" => "thông báo",
        other => other,
    }
    .to_string()
}

/// A severity's name ("error", as the JSON has it) in the interface language.
pub fn severity(lang: Lang, s: crate::check::Severity) -> &'static str {
    let w = words(lang);
    match s {
        crate::check::Severity::Error => w.error,
        crate::check::Severity::Warning => w.warning,
        crate::check::Severity::Note => w.finding_note,
    }
}

/// The notes the library writes (in English, as JSON keeps them), each with its Vietnamese
/// wording; `{}` stands for a value carried over as it is, in order.
const NOTES_VI: &[(&str, &str)] = &[
    (
        "{} task(s) had more than {} candidate partners; only the closest were scored",
        "{} nhiệm vụ có hơn {} nhiệm vụ ứng viên để ghép; chỉ những ứng viên gần nhất được chấm điểm",
    ),
    (
        "too many unpaired tasks of several clauses to look for a clause reworded as a task (more than {} pairs to score); that step was skipped",
        "quá nhiều nhiệm vụ nhiều vế chưa ghép được để tìm một vế được viết lại thành nhiệm vụ (hơn {} cặp phải chấm); bước này được bỏ qua",
    ),
    (
        "too many tasks left unpaired in aligned sections to score them against each other (more than {} pairs); only the candidates found by shared words were weighed there",
        "quá nhiều nhiệm vụ chưa ghép được trong các mục đã dóng để chấm từng cặp với nhau (hơn {} cặp); ở đó chỉ xét các ứng viên tìm được qua từ chung",
    ),
    (
        "too many items without a partner to compare them as wholes (more than {} pairs); their tasks were paired on their own words only",
        "quá nhiều mục không có mục tương ứng để so từng cặp mục với nhau (hơn {} cặp); nhiệm vụ trong đó chỉ được ghép theo từ ngữ của chính chúng",
    ),
    (
        "too many tasks left over in items without a partner to compare them item by item (more than {} pairs); their tasks were paired on their own words only",
        "quá nhiều nhiệm vụ còn lại trong các mục không có mục tương ứng để so từng cặp mục (hơn {} cặp); nhiệm vụ trong đó chỉ được ghép theo từ ngữ của chính chúng",
    ),
    (
        "too many table rows left over in aligned sections to compare them section by section (more than {} pairs); they were paired on their own words only",
        "quá nhiều dòng bảng còn lại trong các mục đã dóng để so từng cặp mục (hơn {} cặp); chúng chỉ được ghép theo từ ngữ của chính chúng",
    ),
    (
        "{} reworded task(s) had more than {} words between old and new text; they are shown replaced whole, not word by word",
        "{} nhiệm vụ sửa lời có hơn {} từ giữa bản cũ và bản mới; được hiện thay nguyên câu, không so từng từ",
    ),
    (
        "{} section title pair(s) were longer than {} characters; they were compared by their words, not letter by letter",
        "{} cặp tiêu đề mục dài hơn {} ký tự; được so theo từ, không so từng chữ cái",
    ),
    (
        "{} link(s) name a task not found in these documents; they were not applied",
        "{} liên kết chỉ tới nhiệm vụ không có trong các văn bản này; không được áp dụng",
    ),
    (
        "footnote marker not found in the body for footnote(s) {}",
        "không tìm thấy dấu chú thích trong thân văn bản cho chú thích {}",
    ),
    (
        "no numbered sections found; the whole text is read as one section",
        "không tìm thấy mục đánh số; cả văn bản được đọc như một mục",
    ),
    (
        "text looked like {} legacy encoding; converted to Unicode",
        "văn bản có vẻ dùng bảng mã cũ {}; đã chuyển sang Unicode",
    ),
    ("text is in the {} legacy encoding; converted to Unicode", "văn bản dùng bảng mã cũ {}; đã chuyển sang Unicode"),
    ("{} documents, more than the limit of {}", "{} văn bản, vượt giới hạn {}"),
    ("{}: no task text", "{}: không có nội dung nhiệm vụ"),
    ("{}: no period; placed by its issue date", "{}: không rõ kỳ; xếp theo ngày ban hành"),
    (
        "no period and no issue date: cannot place it in time (use --order given)",
        "không rõ kỳ, không có ngày ban hành: không xếp được theo thời gian (dùng --order given)",
    ),
    (
        "{}: the document names only “{}”; placed with {}, the only {} in the run",
        "{}: văn bản chỉ ghi “{}”; xếp cùng {}, {} duy nhất trong lần chạy này",
    ),
    (
        "text held by more than {} documents was aligned only with its earliest holder and, for each holder, the holder before it: two holders that share nothing else are not listed as a pair (the text is reported as a template)",
        "đoạn văn có trong hơn {} văn bản chỉ được dóng với văn bản có nó sớm nhất và, với mỗi văn bản, văn bản có nó ngay trước: hai văn bản không chung gì khác không được liệt kê thành cặp (đoạn văn được báo là khuôn mẫu)",
    ),
];

/// A note of the library in the language asked for: its Vietnamese wording when it is one
/// of [`NOTES_VI`], else as written.
pub fn note(text: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    if lang == Lang::Vi {
        for (en, vi) in NOTES_VI {
            if let Some(values) = fill_in(en, text) {
                let mut out = String::new();
                let mut values = values.into_iter();
                for (i, part) in vi.split("{}").enumerate() {
                    if i > 0 {
                        out.push_str(values.next().unwrap_or_default());
                    }
                    out.push_str(part);
                }
                return out.into();
            }
        }
    }
    text.into()
}

/// The values that fill a template's `{}` to make `text`, when it is made so.
fn fill_in<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let parts: Vec<&str> = template.split("{}").collect();
    let mut rest = text.strip_prefix(parts[0])?;
    let mut values = Vec::new();
    for (k, part) in parts.iter().enumerate().skip(1) {
        let at = if k == parts.len() - 1 {
            // The last literal ends the text.
            rest.strip_suffix(part)?.len()
        } else {
            rest.find(part)?
        };
        values.push(&rest[..at]);
        rest = &rest[at + part.len()..];
    }
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every note the library writes reads in Vietnamese by default, its values kept; a
    /// note not in the table, and any note in English, stays as written.
    #[test]
    fn notes_speak_the_interface_language() {
        let vi = |t: &str| note(t, Lang::Vi).into_owned();
        assert_eq!(
            vi("12 task(s) had more than 64 candidate partners; only the closest were scored"),
            "12 nhiệm vụ có hơn 64 nhiệm vụ ứng viên để ghép; chỉ những ứng viên gần nhất được chấm điểm"
        );
        assert_eq!(vi("a.txt: no task text"), "a.txt: không có nội dung nhiệm vụ");
        assert!(
            vi("no period and no issue date: cannot place it in time (use --order given)").starts_with("không rõ kỳ")
        );
        assert_eq!(
            vi("footnote marker not found in the body for footnote(s) 1, 3"),
            "không tìm thấy dấu chú thích trong thân văn bản cho chú thích 1, 3"
        );
        assert_eq!(
            vi("b.txt: the document names only “phường”; placed with phường Tam Thanh, the only phường in the run"),
            "b.txt: văn bản chỉ ghi “phường”; xếp cùng phường Tam Thanh, phường duy nhất trong lần chạy này"
        );
        assert!(
            vi("too many tasks left over in items without a partner to compare them item by item (more than 200000 \
                pairs); their tasks were paired on their own words only")
            .starts_with("quá nhiều nhiệm vụ còn lại trong các mục không có mục tương ứng")
        );
        let en = "12 task(s) had more than 64 candidate partners; only the closest were scored";
        assert_eq!(note(en, Lang::En), en);
        assert_eq!(vi("something new"), "something new");
        // A template's every note has its Vietnamese twin with as many values.
        for (en, vi) in NOTES_VI {
            assert_eq!(en.matches("{}").count(), vi.matches("{}").count(), "{en}");
        }
    }

    #[test]
    fn vietnamese_is_the_default_and_tables_differ() {
        assert_eq!(words(Lang::default()).lang_code, "vi");
        assert_ne!(words(Lang::Vi).reworded, words(Lang::En).reworded);
        assert_eq!(count(Lang::En, 1, "task", "tasks"), "1 task");
        assert_eq!(count(Lang::En, 2, "task", "tasks"), "2 tasks");
        assert_eq!(count(Lang::Vi, 1, "document", VI.documents), "1 văn bản");
    }
}
