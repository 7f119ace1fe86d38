//! Repeats: a word written twice in a row, a task that repeats an earlier one.

use super::*;

/// Short words whose doubling is always a slip ("các các", "của của"). Other syllables
/// may meet themselves across a word boundary in good Vietnamese: "hành vi vi phạm",
/// "thi công công trình", "người người, nhà nhà".
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "các", "của", "và", "cho", "với", "để", "trong", "đã", "được", "những", "là", "có", "theo", "tại", "về", "từ",
    "đến", "thì", "mà", "này", "đó", "khi", "một", "trên", "sẽ", "đang", "nhằm", "bằng", "như", "hoặc", "nhưng", "do",
    "bởi", "việc", "cần", "phải", "đối", "giữa", "hơn", "cùng", "chưa", "không", "vào", "ra",
];

impl Checker<'_> {
    pub(super) fn repeated_words(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        let words: Vec<_> = ws.iter().filter(|(_, k)| *k == TokenKind::Word).collect();
        let lower: Vec<String> = words.iter().map(|(r, _)| p.text[r.clone()].to_lowercase()).collect();
        // Only words separated by white space: "Đông-Xuân", "a, a" are not repeats.
        let spaced = |from: usize, to: usize| {
            (from..to).all(|i| p.text[words[i].0.end..words[i + 1].0.start].chars().all(char::is_whitespace))
        };
        let mut i = 0;
        while i + 1 < words.len() {
            // A two-syllable word written twice: "triển khai triển khai".
            let double = i + 3 < words.len()
                && lower[i] == lower[i + 2]
                && lower[i + 1] == lower[i + 3]
                && lower[i] != lower[i + 1]
                && spaced(i, i + 3);
            let single = lower[i] == lower[i + 1] && FUNCTION_WORDS.contains(&lower[i].as_str()) && spaced(i, i + 1);
            if double || single {
                let last = if double { i + 3 } else { i + 1 };
                let text = &p.text[words[i].0.start..words[last].0.end];
                let word =
                    if double { &p.text[words[i].0.start..words[i + 1].0.end] } else { &p.text[words[i].0.clone()] };
                let vi = format!("Từ \"{word}\" lặp hai lần liền nhau.");
                let en = format!("The word \"{word}\" is written twice in a row.");
                self.push("repeated-word", Severity::Warning, p, words[i].0.start, text, say(lang, vi, en));
                i = last + 1;
            } else {
                i += 1;
            }
        }
    }

    pub(super) fn repeated_sentence(&mut self, p: &Place, seen: &mut HashMap<Vec<String>, (usize, String)>) {
        let keys = normalize::keys(p.text, &MatchOptions::standard());
        // Short formulas ("Giao ban định kỳ hằng tuần.") recur by design.
        if keys.len() < 10 {
            return;
        }
        let line = p.locate(&self.doc.lines, 0);
        match seen.get(&keys) {
            // In an attachment, each procedure's sheet or form says the same by design
            // ("Bản dịch phải được chứng thực theo quy định của pháp luật." in every
            // procedure), and a table may restate the body: a repeat there is the
            // attachment's template, not a copying slip.
            Some(_) if in_appendix(&p.section) => {}
            // A task's field ("Cơ quan chủ trì: Sở Khoa học và Công nghệ", "Thời gian thực
            // hiện: Năm 2025 và các năm tiếp theo.") and a table's row are the same in every
            // task or row by design (regression: 28 of 57 findings on `../shared/real/`).
            Some(_) if is_field(p.text) || p.text.contains(" | ") => {}
            Some((first, section)) => {
                let vi = format!("Câu này đã có ở dòng {first} (mục {section}).");
                let en = format!("This sentence already appears at line {first} (section {section}).");
                let text = crate::render::truncate(p.text, 120);
                self.push("repeated-sentence", Severity::Warning, p, 0, &text, say(self.opts.lang, vi, en));
            }
            None => {
                seen.insert(keys, (line, p.section.clone()));
            }
        }
    }
}

/// A field of a task: a label of at most eight syllables, a colon, and a value of at most
/// twenty ("Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.").
fn is_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, value)| {
        let label_words = label.split_whitespace().count();
        (1..=8).contains(&label_words)
            && label.trim_start().starts_with(char::is_uppercase)
            && value.split_whitespace().count() <= 20
    })
}

/// Is a section path ("PL1.B.2..2.2") inside an attachment?
fn in_appendix(path: &str) -> bool {
    path.split('.').next().is_some_and(|top| top.starts_with("PL"))
}
