//! Numbering: sibling sections numbered with a gap (I, II, IV) or a repeat.

use super::*;

pub(super) const VI_LETTERS: [&str; 23] =
    ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

pub(super) fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

pub(super) fn to_roman(mut n: u32) -> String {
    let table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The position of a label in its numbering, for finding gaps.
pub(super) fn ordinal(s: &Section) -> Option<u32> {
    match s.kind {
        LabelKind::Roman => roman_value(&s.label),
        LabelKind::Part => roman_value(s.label.trim_start_matches("Phần").trim()),
        LabelKind::Arabic => s.label.parse().ok(),
        LabelKind::Decimal => s.label.rsplit('.').find(|p| !p.is_empty()).and_then(|p| p.parse().ok()),
        LabelKind::Letter | LabelKind::Capital => {
            VI_LETTERS.iter().position(|l| *l == s.label.to_lowercase()).map(|p| p as u32 + 1)
        }
        LabelKind::Chapter | LabelKind::Division | LabelKind::Article => {
            let num = s.label.rsplit(' ').next().unwrap_or("");
            roman_value(num).or_else(|| num.parse().ok())
        }
        LabelKind::Star | LabelKind::Body | LabelKind::Appendix => None,
    }
}

pub(super) fn label_of(kind: LabelKind, like: &Section, n: u32) -> String {
    match kind {
        LabelKind::Roman => to_roman(n),
        LabelKind::Part => format!("Phần {}", to_roman(n)),
        LabelKind::Arabic => n.to_string(),
        LabelKind::Decimal => match like.label.rsplit_once('.') {
            Some((head, last)) if !last.is_empty() => format!("{head}.{n}"),
            _ => {
                let head = like.label.trim_end_matches('.');
                match head.rsplit_once('.') {
                    Some((h, _)) => format!("{h}.{n}"),
                    None => n.to_string(),
                }
            }
        },
        LabelKind::Letter => VI_LETTERS.get(n as usize - 1).map_or_else(|| n.to_string(), |l| l.to_string()),
        LabelKind::Capital => VI_LETTERS.get(n as usize - 1).map_or_else(|| n.to_string(), |l| l.to_uppercase()),
        LabelKind::Chapter => format!("Chương {}", to_roman(n)),
        LabelKind::Division => format!("Mục {n}"),
        LabelKind::Article => format!("Điều {n}"),
        LabelKind::Star | LabelKind::Body | LabelKind::Appendix => n.to_string(),
    }
}

/// Whether item `label` stands inside the text of section `s` (its heading, tasks or
/// subsections): a number and its dot (or bracket) opening a task, or after a word that
/// does not cite it, and then a capital or the task's end: "1. Họ và tên: …… 2. Giới
/// tính: ……" (a form's fields on one line), "… được phê duyệt 2. Việc ngầm hóa …" (a
/// clause run into the one before by extraction). The number is there, only not at a
/// line's start, so no number is missing (regression: six such "gaps" among 25 on
/// `../shared/real/`, 2026-12-03). "… tại khoản 2. Các …" cites a number; it does not
/// write one.
fn written_inside(s: &Section, label: &str) -> bool {
    let inside = |text: &str| {
        text.match_indices(label).any(|(at, _)| {
            let before = &text[..at];
            let after = &text[at + label.len()..];
            // The reader's own test of a number cited after its word ("khoản" / "8.").
            let opens = before.is_empty()
                || before.ends_with(' ') && !crate::read::repair::ends_with_reference_word(before, label);
            let closes = matches!(after, "." | ")")
                || (after.starts_with(". ") || after.starts_with(") ")) && after[2..].starts_with(char::is_uppercase);
            opens && closes
        })
    };
    inside(&s.heading) || s.tasks.iter().any(|t| inside(&t.text)) || s.children.iter().any(|c| written_inside(c, label))
}

impl Checker<'_> {
    pub(super) fn numbering(&mut self, sections: &[Section], parent: &str) {
        let lang = self.opts.lang;
        let mut prev: std::collections::BTreeMap<LabelKind, (&Section, u32)> = std::collections::BTreeMap::new();
        for s in sections {
            if let Some(n) = ordinal(s) {
                if let Some(&(before, m)) = prev.get(&s.kind) {
                    // "d" then "e" (or "D" then "E"): lists that leave out "đ" are not
                    // missing anything.
                    let skip_dd = matches!(s.kind, LabelKind::Letter | LabelKind::Capital) && m == 4 && n == 6;
                    let place = Place {
                        text: "",
                        lines: LineRange::new(s.lines.start, s.lines.start),
                        section: if parent.is_empty() { "(top)".into() } else { parent.to_string() },
                        is_task: false,
                        is_heading: true,
                        located: Default::default(),
                    };
                    if n == m {
                        let vi = format!("Số thứ tự \"{}\" lặp lại.", s.label);
                        let en = format!("The number \"{}\" is used twice.", s.label);
                        self.push("numbering-gap", Severity::Warning, &place, 0, &s.label, say(lang, vi, en));
                    } else if n > m + 1 && !skip_dd {
                        let missing: Vec<String> = (m + 1..n).map(|k| label_of(s.kind, s, k)).collect();
                        if !missing.iter().all(|l| written_inside(before, l)) {
                            let missing = missing.join(", ");
                            let vi =
                                format!("Đánh số nhảy từ \"{}\" sang \"{}\": thiếu {missing}.", before.label, s.label);
                            let en = format!(
                                "The numbering jumps from \"{}\" to \"{}\": {missing} missing.",
                                before.label, s.label
                            );
                            let text = format!("{} → {}", before.label, s.label);
                            self.push("numbering-gap", Severity::Warning, &place, 0, &text, say(lang, vi, en));
                        }
                    }
                }
                prev.insert(s.kind, (s, n));
            }
            self.numbering(&s.children, &s.path_string());
        }
    }
}
