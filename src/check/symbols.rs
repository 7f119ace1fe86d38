//! Document numbers and symbols that do not have one of the usual shapes ("11/KH0UBND").

use super::*;

/// The shapes of a number/symbol: the administrative "130/KH-UBND", the legal
/// "15/2023/QĐ-UBND" and "198/2025/QH15", the Party "57-NQ/TW" (and an office's letter
/// "919-CV/VPTW", "/nb" when internal), letters "4836/BNN-VPĐP".
pub(super) static SYMBOL_OK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d+[a-z]?(?:/\d{4})?/\p{L}[\p{L}&]*\d*(?:[-.]\p{L}[\p{L}&]*\d*)*(?:/\p{L}[\p{L}&]*\d*)?|\d+-\p{L}[\p{L}&]*(?:-\p{L}[\p{L}&]*)?/\p{L}[\p{L}&]*\d*(?:-\p{L}[\p{L}&]*)?(?:/nb)?)$",
    )
    .unwrap()
});
/// What is written as a document's number and symbol: a number, then (after a slash, or
/// glued to it) an abbreviation of two capitals or more, and a slash before a capital.
/// Other tokens with slashes and capitals are other things, and calling them malformed
/// symbols was wrong in 110 of 115 findings on `../shared/real/` (2026-12-03): quarters ("IV/2026"),
/// pairs of words or abbreviations ("HIV/AIDS", "CMND/CCCD", "Ở/NHÀ"), kilometre posts
/// ("900-K46"), form codes ("01-ĐĐN-CT"), sizes ("500MB/hộp"), network names ("4G/5G").
pub(super) static WRITTEN_AS_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d+[a-z]?(?:/\d{4})?[/-]?\p{Lu}{2}.*/[\p{Lu}\d]|^\d+[a-z]?/(?:\d{4}[/-]?)?\p{Lu}{2}").unwrap()
});
/// A digit standing between two letters of a symbol: "KH0UBND" for "KH-UBND".
pub(super) static LETTER_DIGIT_LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{Lu})(\d)(\p{Lu})").unwrap());
/// A number glued to the kind of document, its issuer after a slash: "2609QĐ/UBND".
static GLUED_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+[a-z]?)(\p{Lu}[\p{L}&]*)/(\p{Lu}[\p{L}&]*)$").unwrap());
/// A year glued to, or hyphened to, the kind of document: "49/2025TT-BCT", "255/2025-NĐ-CP".
static GLUED_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d+[a-z]?/\d{4})-?(\p{Lu})").unwrap());

/// The symbol `sym` was probably meant to be: the usual slips undone (a digit typed for
/// the hyphen, a slash left out or typed as a hyphen, doubled separators). The caller
/// offers it only when it has one of the usual shapes.
fn repair(sym: &str) -> String {
    let s = LETTER_DIGIT_LETTER.replace_all(sym, "$1-$3");
    let s = GLUED_NUMBER.replace(&s, "$1/$2-$3");
    let s = GLUED_YEAR.replace(&s, "$1/$2");
    s.replace("--", "-").replace("//", "/")
}

impl Checker<'_> {
    pub(super) fn symbols(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        for (r, kind) in ws {
            let sym = &p.text[r.clone()];
            // A symbol with its number left blank ("/CTr-UBND") is the header's business.
            if *kind != TokenKind::Symbol || sym.starts_with('/') {
                continue;
            }
            // A hyphen a line break left spaced ("1314/NQ- UBTVQH15") is the extraction's, not
            // the writer's: the symbol is judged as written whole.
            let whole = normalize::written_whole(sym);
            if !WRITTEN_AS_SYMBOL.is_match(&whole) || SYMBOL_OK.is_match(&whole) {
                continue;
            }
            let suggestion = repair(&whole);
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
