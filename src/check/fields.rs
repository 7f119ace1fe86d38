//! Header fields left blank: a note in a draft, an error in the signed copy.

use super::*;

impl Checker<'_> {
    pub(super) fn blank_fields(&mut self) {
        let lang = self.opts.lang;
        let severity = if self.opts.final_copy { Severity::Error } else { Severity::Note };
        for b in &self.doc.meta.blank_fields {
            let (vi_field, en_field) = match b.field.as_str() {
                "number" => ("số văn bản", "the document number"),
                "day" => ("ngày ban hành", "the day of issue"),
                "month" => ("tháng ban hành", "the month of issue"),
                _ => ("một mục", "a field"),
            };
            let (vi, en) = if self.opts.final_copy {
                (
                    format!("Bản ký ban hành còn để trống {vi_field}."),
                    format!("The signed copy leaves {en_field} blank."),
                )
            } else {
                (
                    format!("Còn để trống {vi_field}: bình thường ở bản dự thảo, phải điền trước khi ký."),
                    format!("{en_field} is left blank: normal in a draft, to be filled in before signing."),
                )
            };
            let en = {
                let mut c = en.chars();
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or(en)
            };
            self.out.push(Finding {
                rule: "blank-field",
                severity,
                line: b.line,
                section: "header".into(),
                text: crate::render::truncate(&b.text, 80),
                message: say(lang, vi, en),
            });
        }
    }
}
