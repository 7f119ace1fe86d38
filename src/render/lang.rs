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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_is_the_default_and_tables_differ() {
        assert_eq!(words(Lang::default()).lang_code, "vi");
        assert_ne!(words(Lang::Vi).reworded, words(Lang::En).reworded);
        assert_eq!(count(Lang::En, 1, "task", "tasks"), "1 task");
        assert_eq!(count(Lang::En, 2, "task", "tasks"), "2 tasks");
        assert_eq!(count(Lang::Vi, 1, "document", VI.documents), "1 văn bản");
    }
}
