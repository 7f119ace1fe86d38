//! Document numbers and symbols that do not have one of the usual shapes ("11/KH0UBND").

use super::*;

/// The shapes of a number/symbol: the administrative "130/KH-UBND", the legal
/// "15/2023/QĐ-UBND" and "198/2025/QH15", the Party "57-NQ/TW", letters "4836/BNN-VPĐP".
pub(super) static SYMBOL_OK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d+[a-z]?(?:/\d{4})?/\p{L}[\p{L}&]*\d*(?:[-.]\p{L}[\p{L}&]*\d*)*(?:/\p{L}[\p{L}&]*\d*)?|\d+-\p{L}[\p{L}&]*(?:-\p{L}[\p{L}&]*)?/\p{L}[\p{L}&]*\d*(?:-\p{L}[\p{L}&]*)?)$",
    )
    .unwrap()
});
/// A digit standing between two letters of a symbol: "KH0UBND" for "KH-UBND".
pub(super) static LETTER_DIGIT_LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{Lu})(\d)(\p{Lu})").unwrap());

impl Checker<'_> {
    pub(super) fn symbols(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        for (r, kind) in ws {
            let sym = &p.text[r.clone()];
            // A symbol with its number left blank ("/CTr-UBND") is the header's business.
            if *kind != TokenKind::Symbol || sym.starts_with('/') {
                continue;
            }
            if !sym.chars().any(|ch| ch.is_uppercase()) || SYMBOL_OK.is_match(sym) {
                continue;
            }
            let suggestion = LETTER_DIGIT_LETTER.replace_all(sym, "$1-$3").into_owned();
            let suggestion = suggestion.replace("--", "-").replace("//", "/");
            let (vi, en) = if suggestion != sym && SYMBOL_OK.is_match(&suggestion) {
                (
                    format!("Số, ký hiệu văn bản \"{sym}\" viết sai; có lẽ là \"{suggestion}\"."),
                    format!("The document number/symbol \"{sym}\" is malformed; probably \"{suggestion}\"."),
                )
            } else {
                (
                    format!(
                        "Số, ký hiệu văn bản \"{sym}\" không đúng dạng (ví dụ 130/KH-UBND, 15/2023/QĐ-UBND, 57-NQ/TW)."
                    ),
                    format!(
                        "The document number/symbol \"{sym}\" does not have the usual shape (e.g. 130/KH-UBND, 15/2023/QĐ-UBND, 57-NQ/TW)."
                    ),
                )
            };
            self.push("malformed-symbol", Severity::Error, p, r.start, sym, say(lang, vi, en));
        }
    }
}
