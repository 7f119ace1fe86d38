//! Metadata: what the header block ("ỦY BAN NHÂN DÂN / PHƯỜNG TAM THANH … Số: … ngày …
//! CHƯƠNG TRÌNH …"), the closing block ("… thông báo sau./.", "Nơi nhận:", signature)
//! and, where those are missing, the body say about a document. Every field is optional;
//! extraction from two-column tables interleaves header cells, so fields are found by
//! pattern anywhere in the header lines rather than by position.

use crate::model::{BlankField, DocKind, Level, Lines, Metadata, PartialDate, Period, Section, Signer, Unit};
use crate::read::Anchored;
use crate::repair::{Para, Repaired};
use regex_lite::Regex;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The enacting body at the head of the header, in full or as offices shorten it ("UBND XÃ
/// HÒA BÌNH", "HĐND PHƯỜNG …").
static ISSUER: Anchored = Anchored {
    firsts: &['Ủ', 'U', 'H', 'B', 'Đ', 'S', 'V'],
    regex: LazyLock::new(|| {
        Regex::new(r"^((?:ỦY|UỶ|UỲ) BAN NHÂN[ \t]+DÂN|HỘI ĐỒNG NHÂN[ \t]+DÂN|UBND|HĐND|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ|ĐẢNG (?:ỦY|UỶ)|SỞ|VĂN PHÒNG)(?:[ \t]|$)").unwrap()
    }),
};
/// Levels of local government as header lines print them, longest first where one contains another.
const LEVELS: &str = "THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|ĐẶC KHU";
/// A unit's own line in the header, "XÃ TAM THANH", "THÀNH PHỐ HÀ NỘI - …": the level
/// word, blanks, then the name in capitals up to the end of the line or a "-" (the blanks
/// before either are not the name's); what follows the "-" stays on its line. Returns the
/// level word and the name. Read by hand as the pattern `UNIT_LINE` (kept for the tests)
/// reads it: compiling that was 2% of reading a short programme from the command line. No
/// level word starts another, so one at most opens the line; the name is the run of
/// capitals and spaces after the blanks without its trailing spaces (the pattern's name is
/// lazy, and only blanks may come between it and the end or the "-").
fn unit_line(l: &str) -> Option<(&str, &str)> {
    let level = LEVELS.split('|').find(|w| l.starts_with(w))?;
    let b = l.as_bytes();
    let start = level.len() + super::grammar::blanks(&b[level.len()..]);
    let capital = |c: char| c.is_ascii_uppercase() || VIET_CAPITALS.contains(c);
    if start == level.len() || !l[start..].starts_with(capital) {
        return None;
    }
    let end = l[start..].find(|c: char| !(capital(c) || c == ' ')).map_or(l.len(), |k| start + k);
    let after = end + super::grammar::blanks(&b[end..]);
    let ends = after == l.len() || b[after] == b'-' && !l[after..].contains('\n');
    ends.then(|| (level, l[start..end].trim_end_matches(' ')))
}
/// A line that names the enacting body with its unit: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
/// "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …".
static ENACTING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:CHỦ TỊCH[ \t]+)?(?:(?:ỦY|UỶ|UỲ) BAN NHÂN[ \t]+DÂN|HỘI ĐỒNG NHÂN[ \t]+DÂN)[ \t]+(?:{LEVELS})[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]")).unwrap()
});
/// A level and name after the issuer in one header piece ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH --------").
static UNIT_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[ \t]*({LEVELS})[ \t]+([A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ ]*?)[ \t]*(?:[-_].*)?$")).unwrap()
});
/// Where a level word starts a unit name in an issuer line (not "XÃ HỘI"): at the line's
/// start or at the blank before it, the level word, blanks, then a capital. Read by hand as
/// the pattern `UNIT_START` (kept for the tests) finds it: compiling that was 1.5% of reading
/// a short programme from the command line. No level word starts another, so one at most
/// opens at a place, and the blanks after it are a whole run (the capital is no blank).
fn unit_start(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let capital = |c: char| c.is_ascii_uppercase() || VIET_CAPITALS.contains(c);
    let level_at = |i: usize| {
        LEVELS.split('|').find(|w| t[i..].starts_with(w)).is_some_and(|w| {
            let after = i + w.len() + super::grammar::blanks(&b[i + w.len()..]);
            after > i + w.len() && t[after..].starts_with(capital)
        })
    };
    (0..b.len()).find(|&p| p == 0 && level_at(0) || matches!(b[p], b' ' | b'\t') && level_at(p + 1))
}
static MOTTO_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"CỘNG HO[AÀ]|CỘNG HÒA|Độc lập").unwrap());
static MOTTO: Anchored = Anchored {
    firsts: &['C', 'H', 'Đ'],
    regex: LazyLock::new(|| {
        Regex::new(
            r"^(CỘNG HO[AÀ]|CỘNG HÒA|Cộng hòa xã hội|Cộng hoà xã hội|HỘI CHỦ NGHĨA|Độc lập[ \t]*-[ \t]*Tự do|ĐỘC LẬP[ \t]*-)",
        )
        .unwrap()
    }),
};
/// The national motto alone, as a form in an attachment repeats it above its title: "CỘNG
/// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", both, with the form's
/// number before ("Mẫu số 27") or a rule after.
static FORM_MOTTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Mẫu(?: số)?[ \t]+\S+[ \t]+)?(CỘNG H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI[ \t]+CHỦ[ \t]+NGHĨA[ \t]+VIỆT[ \t]+NAM\.?)?[ \t]*(Độc[ \t]+lập[ \t]*[-–][ \t]*Tự[ \t]+do[ \t]*[-–][ \t]*Hạnh[ \t]+phúc\.?)?[ \t]*[-_=]*$",
    )
    .unwrap()
});

/// Is this paragraph the national motto and nothing more ([`FORM_MOTTO`])?
pub(crate) fn is_form_motto(text: &str) -> bool {
    let t = text.trim();
    // The motto, its form's number and a rule fit in 300 bytes, and open with one of three
    // words: asked before the regex, which reads the whole paragraph (3% of reading a
    // programme before this).
    t.len() <= 300
        && (t.starts_with("Mẫu") || t.starts_with("CỘNG H") || t.starts_with("Độc"))
        && FORM_MOTTO.captures(t).is_some_and(|c| c.get(1).is_some() || c.get(2).is_some())
}

/// The capital letters of Vietnamese beyond ASCII, as the header patterns write them.
const VIET_CAPITALS: &str = "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ";
/// The small letters of Vietnamese beyond ASCII, likewise.
pub(crate) const VIET_SMALL: &str = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";

/// A document's number field: "Số: 12/KH-UBND", "Số    /CTr-UBND" (the number left blank).
struct NumberField<'t> {
    /// From "Số" to the end of the symbol.
    whole: &'t str,
    /// The digits, empty when left blank.
    number: &'t str,
    symbol: &'t str,
}

/// The first number field in `t`, read by hand as the pattern `NUMBER` (kept for the tests)
/// reads it: "Số", blanks, maybe ":", blanks, the digits, blanks, "/" or "-", blanks, then
/// the symbol, a letter or digit followed by letters, digits, "&", "/" and "-". Compiling the
/// pattern was 3% of reading a short programme from the command line. Each part is a run the
/// next part cannot start with, so it is read whole, and the first "Số" a field follows is
/// where the pattern's leftmost match starts.
fn number_field(t: &str) -> Option<NumberField<'_>> {
    let b = t.as_bytes();
    let blanks = |i: usize| i + super::grammar::blanks(&b[i..]);
    let letter_or_digit = |c: char| c.is_ascii_alphanumeric() || VIET_CAPITALS.contains(c) || VIET_SMALL.contains(c);
    for (at, so) in t.match_indices("Số") {
        let mut i = blanks(at + so.len());
        if b.get(i) == Some(&b':') {
            i += 1;
        }
        let from = blanks(i);
        let to = from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let i = blanks(to);
        if !matches!(b.get(i), Some(b'/' | b'-')) {
            continue;
        }
        let start = blanks(i + 1);
        let mut end = start;
        for (k, c) in t[start..].char_indices() {
            if !(letter_or_digit(c) || k > 0 && matches!(c, '&' | '/' | '-')) {
                break;
            }
            end = start + k + c.len_utf8();
        }
        if end > start {
            return Some(NumberField { whole: &t[at..end], number: &t[from..to], symbol: &t[start..end] });
        }
    }
    None
}
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:((?:[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]+)(?:[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐa-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]*){0,5}),[ \t]*)?ngày[ \t]*([0-9]{1,2})?[ \t]*tháng[ \t]*([0-9]{1,2})?[ \t]*năm[ \t]*([0-9]{4})").unwrap()
});
/// A date line cut after "ngày" (and maybe the day).
static DATE_OPEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"ngày[ \t]*[0-9]{0,2}[ \t]*$").unwrap());
/// A date line cut after its month or year word: "… ngày 16 tháng 11 năm" / "2025".
static DATE_CUT_LATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"ngày[ \t]*[0-9]{0,2}[ \t]*tháng[ \t]*[0-9]{0,2}[ \t]*(?:năm[ \t]*)?$").unwrap());
/// A full date in a title ("NGÀY 02 THÁNG 01 NĂM 2025", "ngày 02/01/2025").
static CITED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:ngày|NGÀY|Ngày)[ \t]+[0-9]{1,2}(?:[ \t]+(?:tháng|THÁNG)[ \t]+[0-9]{1,2}[ \t]+(?:năm|NĂM)[ \t]+[0-9]{4}|/[0-9]{1,2}/[0-9]{4})").unwrap()
});
/// A target year or the year a range runs from, not the period covered: "đến năm 2030", "tầm
/// nhìn đến năm 2050", "từ năm 2021 đến năm 2025".
static TARGET_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:đến|ĐẾN|Đến|giai đoạn|GIAI ĐOẠN|từ|TỪ|Từ)[ \t]+(?:(?:năm|NĂM)[ \t]+)?[0-9]{4}").unwrap()
});
/// A cited law or code with its year ("Luật Đất đai năm 2024", "Bộ luật … năm 2015").
static CITED_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Luật|LUẬT|luật|Nghị định|NGHỊ ĐỊNH|số|SỐ)[^,;()]*?(?:năm|NĂM)[ \t]+[0-9]{4}").unwrap()
});
static KIND_LINE: Anchored = Anchored {
    firsts: &['C', 'B', 'K', 'Q', 'N', 'T'],
    regex: LazyLock::new(|| {
        Regex::new(r"^(CHƯƠNG TRÌNH|BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|THÔNG BÁO)[ \t]*$").unwrap()
    }),
};
/// A kind word followed by the subject in capitals in one piece.
static KIND_PREFIX: Anchored = Anchored {
    firsts: &['C', 'B', 'K', 'Q', 'N', 'T'],
    regex: LazyLock::new(|| {
        Regex::new(r"^(CHƯƠNG TRÌNH|BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|THÔNG BÁO)[ \t]+([A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][^a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]{3}.*)$").unwrap()
    }),
};
static TITLE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:tháng|Tháng|THÁNG)[ \t]+([0-9]{1,2})[ \t]*(?:(?:năm|Năm|NĂM)[ \t]+|/[ \t]*)([0-9]{4})").unwrap()
});
static TITLE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:năm|Năm|NĂM)[ \t]+([0-9]{4})([ \t]*[-–][ \t]*[0-9]{4})?").unwrap());
/// The words [`TITLE_MONTH`] and [`TITLE_YEAR`] open with.
const MONTH_WORDS: [&str; 3] = ["tháng", "Tháng", "THÁNG"];
const YEAR_WORDS: [&str; 3] = ["năm", "Năm", "NĂM"];

/// `re.captures(t)` for a pattern that opens with one of `words` and has no anchor or word
/// boundary: run from the first of those words, not from the text's start (regex-lite steps
/// through every character before it, thousands of instructions for a title). The match is
/// the same one, as no match can start before the first word the pattern opens with.
fn captures_from<'t>(re: &Regex, t: &'t str, words: &[&str]) -> Option<regex_lite::Captures<'t>> {
    let start = words.iter().filter_map(|w| t.find(w)).min()?;
    re.captures(&t[start..])
}
static MEETING_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:thường kỳ tháng|Thường kỳ tháng|THƯỜNG KỲ THÁNG)[ \t]+([0-9]{1,2})(?:[ \t]*/[ \t]*([0-9]{4})|[ \t]+năm[ \t]+([0-9]{4}))?").unwrap()
});
static BODY_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[ (,;:])(xã|phường|thị trấn)((?:[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]*){1,3})").unwrap()
});
static TITLE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:UBND|HĐND|[ỦủUu][ỷỶyY] ban nhân dân|[ỦủUu][ỷỶyY] [Bb]an [Nn]hân [Dd]ân|Hội đồng nhân dân)[ \t]+(xã|phường|thị trấn|thị xã|thành phố|tỉnh|huyện|quận)((?:[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]*){0,4})")
        .unwrap()
});
/// A signer's title: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG BAN".
static SIGNER_TITLE: Anchored = Anchored {
    firsts: &['P', 'Q', 'C', 'G', 'T', 'B'],
    regex: LazyLock::new(|| {
        Regex::new(r"^(PHÓ |Q\. )?(CHỦ TỊCH|GIÁM ĐỐC|CHÁNH|TRƯỞNG|BÍ THƯ|THỦ TRƯỞNG|CHỦ NHIỆM)").unwrap()
    }),
};
/// "năm 20xx" as a pattern: `year_mentions` reads it by hand, and is tested against it.
#[cfg(test)]
static YEAR_MENTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"năm[ \t]+(20[0-9][0-9])(?:[ \t.,;:)]|$)").unwrap());
static SIGN_ROLE: Anchored = Anchored {
    firsts: &['T', 'K'],
    regex: LazyLock::new(|| {
        Regex::new(
            r"^(?:(?:TM|KT|TL|TUQ)\.|T/M)[ \t]*[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]",
        )
        .unwrap()
    }),
};

fn level_of(word: &str) -> Option<Level> {
    match squeeze(&word.to_lowercase()).as_str() {
        "xã" => Some(Level::Xa),
        "phường" => Some(Level::Phuong),
        "thị trấn" => Some(Level::ThiTran),
        "huyện" => Some(Level::Huyen),
        "quận" => Some(Level::Quan),
        "thị xã" => Some(Level::ThiXa),
        "thành phố" => Some(Level::ThanhPho),
        "tỉnh" => Some(Level::Tinh),
        _ => None,
    }
}

/// Upper-case letters only (at least three letters): a title or heading in capitals.
fn is_caps_text(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

/// Does a header paragraph's line start the enacting body's own line? Where no blank line
/// separates the title from it ("… NĂM 2026" / "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"), the header
/// is cut there so that the title ends before it.
pub fn starts_enacting_line(line: &str) -> bool {
    ENACTING_LINE.is_match(line)
}

/// A paragraph only a header has: the number ("Số: 12/KH-UBND"), the date line ("…, ngày …
/// tháng … năm …"), the motto, or the issuer's name in capitals.
pub fn is_header_anchor(text: &str) -> bool {
    let t = text.trim();
    t.len() < 400
        && (MOTTO.is_match(t)
            || ISSUER.is_match(t) && is_caps_piece(t)
            || t.contains("Số") && number_field(t).is_some() && t.split_whitespace().count() <= 6
            || t.contains("ngày") && t.contains("tháng") && DATE.is_match(t) && t.split_whitespace().count() <= 12)
}

/// Upper-case letters only, at least one: a piece of a header in capitals ("ỦY", "VỀ").
fn is_caps_piece(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …": the person who enacts a decision, named after its title.
fn is_enactor(s: &str) -> bool {
    s.strip_prefix("CHỦ TỊCH ").is_some_and(|r| ISSUER.is_match(r))
}

/// A title line that runs on into the next: it ends with a word that needs its object.
fn ends_with_connector(s: &str) -> bool {
    let last = s.split_whitespace().last().unwrap_or("");
    matches!(last, "CỦA" | "VÀ" | "CHO" | "VỚI" | "THUỘC" | "TẠI" | "VỀ" | "TRONG" | "ĐẾN")
}

/// Does header piece `next` continue piece `last`, cut by a narrow column? Where blank lines
/// separate paragraphs the pieces are paragraphs and mostly whole already; where the text is
/// hard-wrapped (PDF) each line is a piece, and these are the cuts the header's narrow
/// columns make:
/// - the date after "ngày", its month or "năm": "Bắc Ninh, ngày 20" / "tháng 11 năm 2025";
/// - the number after its word: "Số:" / "84/2025/QĐ-UBND"; "Kính" / "gửi: …";
/// - the unit after its level: "TỈNH" / "HÀ TĨNH";
/// - the issuer inside its name: "ỦY BAN NHÂN" / "DÂN" (joined only when the two together
///   are an issuer and the first alone is not, so "ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH" stay
///   two pieces: the second is the unit);
/// - the place before the date (see below).
fn header_wrap(last: &str, next: &str) -> bool {
    let (last, next) = (last.trim(), next.trim());
    // The date cut anywhere after "ngày": "ngày 20" / "tháng 11 …", "… tháng 11 năm" / "2025".
    let date_cut = last.contains("ngày") && (DATE_OPEN.is_match(last) || DATE_CUT_LATE.is_match(last));
    if date_cut
        && (next.starts_with("tháng") || next.starts_with("năm") || next.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    if matches!(last, "Số" | "Số:") && next.starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return true;
    }
    if last == "Kính" && (next.starts_with("gửi") || next.starts_with("trình")) {
        return true;
    }
    // A level word alone: "TỈNH" / "HÀ TĨNH".
    if LEVELS.split('|').any(|w| w == last) && is_caps_piece(next) && !ISSUER.is_match(next) && !MOTTO.is_match(next) {
        return true;
    }
    if is_caps_piece(last) && is_caps_piece(next) {
        // The issuer, the enacting person or the kind word cut inside: "ỦY BAN NHÂN" / "DÂN",
        // "CHỦ TỊCH ỦY BAN" / "NHÂN DÂN TỈNH", "QUYẾT" / "ĐỊNH".
        let whole = |s: &str| ISSUER.is_match(s) || is_enactor(s) || KIND_LINE.is_match(s);
        return !whole(last) && !MOTTO.is_match(last) && whole(&format!("{last} {next}"));
    }
    // The place cut before the date: "Thành phố Hồ" / "Chí Minh, ngày …", "Quảng" / "Trị,
    // ngày …", "Thành phố Huế," / "ngày 18 tháng …". The first piece is a few words of a name
    // (first and last capitalised, or a comma after it), the second goes on to the date.
    let words: Vec<&str> = last.trim_end_matches(',').split_whitespace().collect();
    let name_like = (1..=4).contains(&words.len())
        && !is_caps_text(last)
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && (last.ends_with(',') || words.last().is_some_and(|w| w.starts_with(char::is_uppercase)));
    if !name_like {
        return false;
    }
    if last.ends_with(',') {
        return next.starts_with("ngày");
    }
    next.find(", ngày").is_some_and(|at| {
        let place = &next[..at];
        place.split_whitespace().count() <= 3
            && place.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    })
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "CAO LỘC" → "Cao Lộc".
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the closing block starts.
#[derive(Debug, Clone)]
pub struct Closing {
    /// Index of the first paragraph that is not body.
    pub para: usize,
    /// Sentences of the closing paragraph that come before the closing sentence and are
    /// body text (kept as tasks).
    pub keep_before: Option<Para>,
    /// The closing sentence(s).
    pub sentence: Option<String>,
    /// First line of "Nơi nhận:", if present.
    pub recipients_line: Option<usize>,
}

/// "Nơi nhận:" opens the list of recipients.
pub fn is_recipients(p: &str) -> bool {
    let t = p.trim_start();
    // Not a procedure's field "Nơi nhận kết quả." / "Nơi nhận hồ sơ: …" (where the result is
    // handed over): the list's heading is the two words alone, with or without its colon.
    ["Nơi nhận", "NƠI NHẬN"].iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| rest.trim_start().is_empty() || rest.trim_start().starts_with(':'))
    })
}

/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. …" open a signature.
pub fn is_signature_start(p: &str) -> bool {
    SIGN_ROLE.is_match(p.trim_start())
}

/// A signer's name: two to six capitalised words and nothing else ("Phạm Văn Thịnh").
/// The rest of a name wrapped onto the next line ("Lê Hải" / "Hòa", "Nguyễn" / "Văn
/// Khởi"): one to three capitalised words, not in capitals, that with the first part make at
/// most five words.
pub fn continues_name(name: &str, next: &str) -> bool {
    let n = next.split_whitespace().count();
    (1..=3).contains(&n)
        && name.split_whitespace().count() + n <= 5
        && next
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && next.chars().any(char::is_lowercase)
}

pub fn is_name(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic()))
        && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// A resolution's adoption formula, the last sentence of its paragraph ("Nghị quyết này đã
/// được Hội đồng nhân dân tỉnh … khóa X, kỳ họp thứ … thông qua ngày … năm 2025./."), with
/// or without the final mark: it closes the resolution as "… thông báo sau./." closes a
/// programme, and is no clause of the last article.
pub(crate) fn adopts(text: &str) -> bool {
    let t = text[last_sentence_start(text).unwrap_or(0)..].trim_start();
    t.starts_with("Nghị quyết") && t.contains("thông qua") && (t.contains("Hội đồng nhân dân") || t.contains("HĐND"))
}

/// Finds the closing block: the "Nơi nhận:" paragraph, and the "… thông báo sau./."
/// paragraph just before it (or, without recipients, the last paragraph ending "./.").
pub fn closing_start(rep: &Repaired, from: usize) -> Option<Closing> {
    let paras = &rep.paras;
    // The first "Nơi nhận" or signature after the body starts: what follows it is the
    // closing and any attachments (read as appendices).
    let rec = paras
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, p)| is_recipients(&p.text) || is_signature_start(&p.text))
        .map(|(i, _)| i);
    let ends_final = |p: &Para| {
        let t = p.text.trim_end();
        t.ends_with("./.") || t.ends_with("/.") || t.ends_with("./")
    };
    // The closing sentence announces the programme ("… UBND phường sẽ thông báo sau./.");
    // a report's last task also ends "./." and must stay a task.
    let announces = |p: &Para| {
        let t = &p.text[last_sentence_start(&p.text).unwrap_or(0)..];
        ends_final(p) && t.contains("thông báo")
    };
    let summary = |p: &Para| p.text.trim_start().starts_with("Trên đây là");
    let sentence_para = match rec {
        Some(r) => (r.saturating_sub(6).max(from)..r)
            .find(|&i| summary(&paras[i]))
            .or_else(|| (r.saturating_sub(3).max(from)..r).find(|&i| announces(&paras[i]) || adopts(&paras[i].text))),
        None => paras.iter().skip(from).rposition(announces).map(|i| i + from),
    };
    let start = sentence_para.or(rec)?;
    let mut closing = Closing {
        para: start,
        keep_before: None,
        sentence: None,
        recipients_line: rec.filter(|&r| is_recipients(&paras[r].text)).map(|r| paras[r].lines.start),
    };
    if let Some(i) = sentence_para
        && summary(&paras[i])
    {
        // "Trên đây là Kế hoạch …" and what follows it up to the recipients: all closing.
        let end = rec.unwrap_or(i + 1);
        closing.sentence = Some(paras[i..end].iter().map(|p| p.text.trim()).collect::<Vec<_>>().join(" "));
    } else if let Some(i) = sentence_para {
        let p = &paras[i];
        // The closing sentence is the last sentence; earlier ones are body unless the
        // paragraph opens with the unit announcing the programme ("UBND phường thông báo …").
        let cut = last_sentence_start(&p.text);
        let first_sentence = &p.text[..cut.unwrap_or(p.text.len())];
        let announces = first_sentence.contains("thông báo");
        match cut {
            Some(c) if !announces => {
                let mut keep = p.clone();
                keep.text.truncate(c);
                let trimmed = keep.text.trim_end().len();
                keep.text.truncate(trimmed);
                keep.lines = p.lines_of(0, trimmed.max(1));
                closing.keep_before = Some(keep);
                closing.sentence = Some(p.text[c..].trim().to_string());
            }
            _ => closing.sentence = Some(p.text.trim().to_string()),
        }
    }
    Some(closing)
}

/// Byte offset of the start of the last sentence of a paragraph, if it has more than one.
fn last_sentence_start(text: &str) -> Option<usize> {
    let body = text.trim_end().trim_end_matches(['.', '/']);
    let mut best = None;
    // Each ". ": each "." followed by a space (the two cannot overlap), found with memchr
    // rather than the general substring search, which was slow on long paragraphs.
    let b = body.as_bytes();
    for i in memchr::memchr_iter(b'.', b).filter(|&i| b.get(i + 1) == Some(&b' ')) {
        let next = &body[i + 2..];
        if next.chars().next().is_some_and(|c| c.is_uppercase()) {
            best = Some(i + 2);
        }
    }
    best
}

/// Is a paragraph before the first numbered section part of the header (rather than an
/// introduction to be read as tasks)? `consumed` is the last line the header reader used.
pub fn is_header_para(p: &Para, consumed: usize) -> bool {
    let t = p.text.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase());
    p.lines.end <= consumed || caps || is_parenthetical(t) || MOTTO.is_match(t)
}

/// A paragraph that is one parenthesised note, "(Kèm theo Kế hoạch số 12/KH-UBND …)": it
/// starts with "(" and the parenthesis closes at its end (only punctuation after it), or
/// never closes. A paragraph that only starts with a parenthesis and goes on with text,
/// "(For more information, see …) NICE Clinical Guideline 31 …", is text.
fn is_parenthetical(t: &str) -> bool {
    if !t.starts_with('(') {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return t[i + 1..].chars().all(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '/'));
                }
            }
            _ => {}
        }
    }
    true
}

/// What the header reader used: the last header line, and the lines of the title (kind line
/// and subject).
#[derive(Debug, Clone, Copy, Default)]
pub struct HeaderUse {
    pub consumed: usize,
    pub title: Option<(usize, usize)>,
}

/// Reads the header and the closing block. `header` holds the header's pieces with their first
/// line: the paragraphs before the body where blank lines separate paragraphs, the single lines
/// otherwise (two-column tables interleave their cells line by line). Also returns what it used,
/// so that the outline does not read those lines as tasks.
pub fn extract(rep: &Repaired, header: &[(usize, String)], closing: Option<&Closing>) -> (Metadata, HeaderUse) {
    let mut m = Metadata::default();
    let mut used_info = HeaderUse::default();
    // Pieces a narrow column wrapped are joined first (see `header_wrap`).
    let mut items: Vec<(usize, String)> = Vec::new();
    for (ln, raw) in header {
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(last) = items.last_mut()
            && header_wrap(&last.1, l)
        {
            last.1.push(' ');
            last.1.push_str(l);
            continue;
        }
        items.push((*ln, l.to_string()));
    }
    let mut title: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title_done = false;
    let last_line = |ln: usize, text: &str| ln + text.matches('\n').count();
    for (ln, l) in &items {
        let l = l.as_str();
        let consume = |u: &mut HeaderUse| u.consumed = (*ln).max(u.consumed);
        if l.chars().all(|c| matches!(c, '-' | '_' | '=' | '*' | ' ')) {
            consume(&mut used_info);
            continue;
        }
        if is_preamble(l) {
            // The grounds start: nothing after them is header.
            break;
        }
        if MOTTO.is_match(l) {
            in_title = false;
            consume(&mut used_info);
            continue;
        }
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" after a decision's title: the enacting person,
        // not more of the title (unless the title line before it runs on: "… CỦA" / "CHỦ
        // TỊCH …").
        let enactor = is_enactor(l) && title.last().is_none_or(|t| !ends_with_connector(t));
        if in_title && enactor {
            in_title = false;
            title_done = true;
            consume(&mut used_info);
            continue;
        }
        // "… CỦA" / "SỞ VĂN HÓA …", "…, SỞ TÀI CHÍNH," / "ỦY BAN NHÂN DÂN CẤP XÃ …": a title
        // that names bodies, not the enacting body after it.
        let names_a_body = in_title && title.last().is_some_and(|t| ends_with_connector(t) || t.ends_with(','));
        if let Some(c) = ISSUER.captures(l)
            && !names_a_body
        {
            if in_title || title_done {
                // The enacting body repeated after the title ("ỦY BAN NHÂN DÂN TỈNH …").
                in_title = false;
                title_done = true;
                consume(&mut used_info);
                continue;
            }
            // The unit follows the issuer ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"), or the
            // issuer's own name ("SỞ Y TẾ TỈNH CAO BẰNG"); never the motto of the other column.
            let after = c.get(1).unwrap().end();
            let motto = MOTTO_ANYWHERE.find(l).map_or(l.len(), |x| x.start());
            let rest = &l[after..motto.max(after)];
            let unit_at = unit_start(rest);
            let issuer_end =
                if &c[1] == "SỞ" || &c[1] == "VĂN PHÒNG" { after + unit_at.unwrap_or(rest.len()) } else { after };
            if m.issuer.is_none() {
                m.issuer = Some(squeeze(l[..issuer_end].trim()));
            }
            if m.unit.is_none()
                && let Some(at) = unit_at
                && let Some(u) = UNIT_IN.captures(&rest[at..])
                && let Some(level) = level_of(&u[1])
            {
                m.unit = Some(Unit { level, name: Some(title_case(u[2].trim())) });
            }
            consume(&mut used_info);
            continue;
        }
        if m.unit.is_none()
            && !in_title
            && let Some((word, name)) = unit_line(l)
            && let Some(level) = level_of(word)
        {
            m.unit = Some(Unit { level, name: Some(title_case(name)) });
            consume(&mut used_info);
            continue;
        }
        let mut used = false;
        if !in_title
            && m.number.is_none()
            && m.symbol.is_none()
            && l.contains("Số")
            && let Some(f) = number_field(l)
        {
            // A normative document's number carries its year ("Số: 87/2025/QĐ-UBND": number
            // "87/2025", symbol "QĐ-UBND"), as the law on normative documents writes it: the
            // symbol is the kind's and the body's letters alone, whatever the document.
            let symbol = f.symbol.trim_end_matches(['.', ',', ';']);
            let (year, symbol) = match symbol.split_once('/') {
                Some((y, rest)) if crate::repair::is_year(y) && rest.starts_with(|c: char| c.is_alphabetic()) => {
                    (Some(y), rest)
                }
                _ => (None, symbol),
            };
            if f.number.is_empty() {
                m.blank_fields.push(BlankField { field: "number".into(), line: *ln, text: squeeze(f.whole) });
            } else {
                m.number = Some(match year {
                    Some(y) => format!("{}/{y}", f.number),
                    None => f.number.to_string(),
                });
            }
            m.symbol = Some(symbol.to_string());
            if m.kind.is_none() {
                m.kind = kind_from_symbol(f.symbol);
            }
            used = true;
        }
        if !in_title
            && !title_done
            && m.issued.is_none()
            // (The words the pattern needs first: it is slow on every header line.)
            && l.contains("ngày")
            && l.contains("tháng")
            && let Some(c) = DATE.captures(l)
        {
            if let Some(p) = c.get(1) {
                m.place = Some(squeeze(p.as_str().trim()));
            }
            let day = c.get(2).and_then(|d| d.as_str().parse().ok());
            let month = c.get(3).and_then(|d| d.as_str().parse().ok());
            let year = c[4].parse().ok();
            // The date without the place before it: "ngày    tháng 01 năm 2026".
            let whole = c.get(0).map_or(0..0, |w| w.range());
            let from = c.get(1).map_or(whole.start, |p| p.end());
            let date_text = || squeeze(l[from..whole.end].trim_start_matches([',', ' ', '\t']));
            if day.is_none() {
                m.blank_fields.push(BlankField { field: "day".into(), line: *ln, text: date_text() });
            }
            if month.is_none() {
                m.blank_fields.push(BlankField { field: "month".into(), line: *ln, text: date_text() });
            }
            m.issued = Some(PartialDate { year, month, day });
            used = true;
        }
        if used {
            in_title = false;
            consume(&mut used_info);
            continue;
        }
        if !title_done && let Some(c) = KIND_LINE.captures(l) {
            m.kind = m.kind.or(kind_from_word(&c[1]));
            in_title = true;
            used_info.title = Some((*ln, last_line(*ln, l)));
            consume(&mut used_info);
            continue;
        }
        if !title_done
            && !in_title
            && m.title.is_none()
            && let Some(c) = KIND_PREFIX.captures(l)
        {
            // "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT …": the kind line and the subject in one paragraph.
            m.kind = m.kind.or(kind_from_word(&c[1]));
            in_title = true;
            title.push(c[2].trim().to_string());
            used_info.title = Some((*ln, *ln));
            consume(&mut used_info);
            continue;
        }
        if in_title && (l.starts_with("Kính gửi") || l.starts_with("Kính trình")) {
            in_title = false;
            title_done = true;
            consume(&mut used_info);
            continue;
        }
        // A subject in capitals ends where sentence case starts: a directive's opening
        // paragraph ("Thời gian qua, tỉnh … đã có nhiều nỗ lực …") is body, not title.
        let runs_on_in_sentence_case = !title.is_empty()
            && title.iter().all(|t| is_caps_piece(t))
            && !is_caps_text(l)
            && l.split_whitespace().count() >= 3;
        if in_title && runs_on_in_sentence_case {
            in_title = false;
            title_done = true;
            continue;
        }
        // A note in brackets ends the title ("(Kèm theo …)"), unless it is in capitals too:
        // "(THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC …)" is the subject's last line.
        if in_title && (!l.starts_with('(') || is_caps_text(l)) {
            title.push(l.to_string());
            if let Some(t) = used_info.title.as_mut() {
                t.1 = *ln;
            }
            consume(&mut used_info);
        } else if in_title {
            in_title = false;
            title_done = true;
            if let Some(t) = used_info.title.as_mut() {
                t.1 = *ln;
            }
            consume(&mut used_info);
        }
    }
    if !title.is_empty() {
        let mut t = title.join(" ");
        // A subject line that runs straight into the grounds ("… NĂM HỌC 2025-2026 Căn cứ
        // Luật …") ends where they start.
        for cut in [" Căn cứ ", " Theo đề nghị ", " Xét Tờ trình "] {
            if let Some(i) = t.find(cut) {
                t.truncate(i);
            }
        }
        let mut t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        // The enacting person joined to the title in one paragraph ("… CỦA SỞ NỘI VỤ CHỦ
        // TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …"): cut, unless the title runs on into it.
        if let Some(i) = t.rfind(" CHỦ TỊCH ")
            && ISSUER.is_match(&t[i + " CHỦ TỊCH ".len()..])
            && !ends_with_connector(&t[..i])
        {
            t.truncate(i);
        }
        m.title = Some(t.trim_end_matches([';', ' ']).replace(" ;", ";").to_string());
    }
    period_from_title(&mut m);
    if let Some(c) = closing {
        m.closing = c.sentence.clone();
        if let Some(r) = c.recipients_line {
            read_recipients_and_signer(&rep.clean, r, &mut m);
        } else {
            // No recipients: a signature may still follow the closing paragraph.
            // (From the closing paragraph's first line when it is the signature itself.)
            let after = rep
                .paras
                .get(c.para)
                .map_or(rep.clean.len(), |p| if is_signature_start(&p.text) { p.lines.start - 1 } else { p.lines.end });
            read_signer(rep.clean.iter().skip(after), &mut m);
        }
    }
    (m, used_info)
}

/// A title or heading without the dates and years that are not its period: cited
/// documents' dates ("… Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 …"), cited laws'
/// years ("Luật … năm 2017"), target years and the years a range runs from ("đến năm
/// 2030", "giai đoạn 2021 - 2030", "từ năm 2021").
fn without_cited(t: &str) -> std::borrow::Cow<'_, str> {
    // Each pattern only where a word it needs is (the patterns are slow on every title;
    // these tests are necessary conditions, so the result is the same).
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    let mut plain = std::borrow::Cow::Borrowed(t);
    if has(&["gày", "GÀY"]) {
        plain = CITED_DATE.replace_all(&plain, " ").into_owned().into();
    }
    if has(&["năm", "NĂM"]) && has(&["uật", "UẬT", "ghị định", "GHỊ ĐỊNH", "số", "SỐ"]) {
        plain = CITED_LAW.replace_all(&plain, " ").into_owned().into();
    }
    if has(&["đến", "ĐẾN", "Đến", "giai đoạn", "GIAI ĐOẠN", "từ", "TỪ", "Từ"]) {
        plain = TARGET_YEAR.replace_all(&plain, " ").into_owned().into();
    }
    plain
}

/// The period and unit a title names: "Công tác tháng 02 năm 2026 của UBND phường Tam Thanh".
pub fn period_from_title(m: &mut Metadata) {
    if let Some(t) = &m.title.clone() {
        // Dates and cited documents in a title are not its period.
        let plain = without_cited(t);
        if let Some(c) = captures_from(&TITLE_MONTH, &plain, &MONTH_WORDS) {
            if let (Ok(mo), Ok(y)) = (c[1].parse::<u32>(), c[2].parse::<i32>())
                && (1..=12).contains(&mo)
            {
                m.period = Some(Period { year: y, month: Some(mo) });
            }
        } else if let Some(c) = captures_from(&TITLE_YEAR, &plain, &YEAR_WORDS) {
            // A span of years ("KẾ HOẠCH … 03 NĂM 2026 - 2028") is no one year, as "giai đoạn
            // 2026 - 2030" is none: no period rather than its first year.
            if c.get(2).is_none() {
                m.period = c[1].parse().ok().map(|y| Period { year: y, month: None });
            }
        }
        if ["UBND", "HĐND", "hân dân", "hân Dân", "Hội đồng nhân dân"].iter().any(|w| t.contains(w))
            && let Some(c) = TITLE_UNIT.captures(t)
        {
            let name = c[2].trim();
            let unit = Unit {
                level: level_of(&c[1]).unwrap_or(Level::Xa),
                name: (!name.is_empty()).then(|| name.to_string()),
            };
            match &m.unit {
                None => m.unit = Some(unit),
                Some(u) if u.name.is_none() => m.unit = Some(unit),
                _ => {}
            }
        }
    }
}

/// Words that open the grounds of a document (its preamble): they come before the body and
/// are not tasks. A programme's or plan's "Thực hiện …, UBND … ban hành Kế hoạch … như sau:"
/// is one of them.
pub fn is_preamble(text: &str) -> bool {
    const OPENINGS: [&str; 5] = ["Kính gửi", "Thực hiện", "Sau khi xem xét", "Thừa ủy quyền", "Thừa uỷ quyền"];
    let t = text.trim();
    crate::repair::opens_ground(t)
        || OPENINGS.iter().any(|o| t.starts_with(o))
        || crate::repair::is_enacting_formula(t)
        || matches!(t, "QUYẾT ĐỊNH:" | "QUYẾT NGHỊ:" | "CHỈ THỊ:" | "QUYẾT ĐỊNH :" | "QUYẾT NGHỊ :")
        || t.ends_with("như sau:")
}

fn kind_from_symbol(sym: &str) -> Option<DocKind> {
    // "2025/QĐ-UBND": a normative document's symbol carries its year first.
    let head = sym.split(['-', '/']).find(|p| !p.chars().all(|c| c.is_ascii_digit())).unwrap_or("");
    Some(match head {
        "CTr" | "CTR" => DocKind::Programme,
        "BC" => DocKind::Report,
        "KH" => DocKind::Plan,
        "QĐ" => DocKind::Decision,
        "NQ" => DocKind::Resolution,
        "CT" => DocKind::Directive,
        "TB" => DocKind::Notice,
        _ => return None,
    })
}

fn kind_from_word(w: &str) -> Option<DocKind> {
    Some(match w {
        "CHƯƠNG TRÌNH" => DocKind::Programme,
        "BÁO CÁO" => DocKind::Report,
        "KẾ HOẠCH" => DocKind::Plan,
        "QUYẾT ĐỊNH" => DocKind::Decision,
        "NGHỊ QUYẾT" => DocKind::Resolution,
        "CHỈ THỊ" => DocKind::Directive,
        "THÔNG BÁO" => DocKind::Notice,
        _ => return None,
    })
}

/// The most lines after "Nơi nhận:" read for the recipients and the signature.
const CLOSING_LINES: usize = 400;

/// A closing laid out in two columns with tabs, as Word users type it ("Nơi nhận:<tab><tab>TM.
/// ỦY BAN NHÂN DÂN" / "- TT Đảng ủy;<tab><tab>CHỦ TỊCH" / "- Lưu: VT." / "<tab><tab>Nguyễn Văn
/// An"): the left column's pieces (the recipients) first, then the right column's (the
/// signature), as a two-column table gives them. The cleaned lines have a space for each
/// tab, so a column gap is two spaces or more inside a line, or before a line's text; the
/// lines are read so only when two lines or more have one (regression: the signer's role
/// and title were read as recipients, "TT Đảng ủy; CHỦ TỊCH").
fn closing_columns(lines: &[&str]) -> Option<Vec<String>> {
    // Up to the first blank line after the signer's name would be exact; the columns of a
    // closing are rarely longer than this.
    let lines = &lines[..lines.len().min(40)];
    let gap = |l: &str| -> Option<(usize, usize)> {
        let t = l.trim_end();
        let start = t.len() - t.trim_start().len();
        if start >= 2 && !t.trim_start().is_empty() {
            return Some((0, start));
        }
        let inner = t[start..].find("  ")? + start;
        let end = inner + t[inner..].len() - t[inner..].trim_start().len();
        Some((inner, end))
    };
    if lines.iter().filter(|l| gap(l).is_some()).count() < 2 {
        return None;
    }
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for l in lines {
        match gap(l) {
            Some((a, b)) => {
                left.push(l[..a].trim().to_string());
                right.push(l[b..].trim().to_string());
            }
            None => left.push(l.trim().to_string()),
        }
    }
    left.retain(|l| !l.is_empty());
    right.retain(|l| !l.is_empty());
    left.append(&mut right);
    Some(left)
}

/// Recipients are the "- …;" lines after "Nơi nhận:"; the signature follows them.
fn read_recipients_and_signer(clean: &Lines, first_line: usize, m: &mut Metadata) {
    let from = first_line.saturating_sub(1); // the "Nơi nhận:" line (line numbers are 1-based)
    let raw: Vec<&str> = (from..clean.len().min(first_line + CLOSING_LINES)).map(|i| &clean[i]).collect();
    match closing_columns(&raw) {
        Some(columns) => {
            // "Nơi nhận:" itself, now the first piece of the left column, is not a recipient.
            let pieces: Vec<&str> = columns.iter().map(String::as_str).skip(1).collect();
            read_recipients_then_signer(&pieces, m);
        }
        None => read_recipients_then_signer(raw.get(1..).unwrap_or_default(), m),
    }
}

/// [`read_recipients_and_signer`] on the lines after "Nơi nhận:".
fn read_recipients_then_signer(lines: &[&str], m: &mut Metadata) {
    let mut i = 0;
    // The previous recipient line ran on ("- VP UBND tỉnh: LĐVP, KGVX," / "TTTT, TTPVHCC;").
    let mut open = false;
    // And it ended on a comma.
    let mut open_comma = false;
    while i < lines.len() {
        let l = lines[i].trim();
        if l.is_empty() {
            i += 1;
            continue;
        }
        if i == 0 && l.ends_with(':') && l.split_whitespace().count() <= 2 {
            // The rest of a wrapped "Nơi" / "nhận:".
            i += 1;
            continue;
        }
        let (rest, bullet) = match l.strip_prefix(['-', '–', '+', '•']) {
            Some(r) => (r, true),
            None => (l, false),
        };
        // Without a bullet, a line is still the list's when it continues a recipient that ran
        // on (ending like one, or starting in lower case), or is one that ends like a
        // recipient ("Như Điều 6;"); never the signature ("KT. CHỦ TỊCH", a title, a name).
        let ends_like_item = l.ends_with([';', '.', ',']);
        // A note in brackets on a line of its own ("(B/c)", "(để biết)") belongs to the
        // recipient before it, even one that ended: "- Cục Kiểm tra văn bản … - Bộ Tư pháp;"
        // / "(B/c)" (regression: Lai Châu 88/2025/QĐ-UBND's list stopped there, and the
        // signer's name was not read).
        let note = !bullet
            && !m.recipients.is_empty()
            && l.starts_with('(')
            && l.trim_end_matches([';', '.', ',']).ends_with(')')
            && l.split_whitespace().count() <= 4;
        if note {
            if let Some(last) = m.recipients.last_mut() {
                last.push(' ');
                last.push_str(l.trim_end_matches([';', '.', ',']).trim());
            }
            i += 1;
            continue;
        }
        let lower = l.chars().next().is_some_and(char::is_lowercase);
        let signature = SIGN_ROLE.is_match(l) || SIGNER_TITLE.is_match(l) || is_name(l);
        if !bullet && (signature || !(open && (ends_like_item || lower) || !open && l.ends_with(';'))) {
            break;
        }
        // A second table column can trail the recipient after a wide gap.
        let rest = rest.trim();
        let rest = rest.split("   ").next().unwrap_or(rest).trim();
        let continues = !bullet && open;
        // "Lưu: VT, …" (the office's own copy) is always the last recipient.
        let last_item =
            rest.starts_with("Lưu") || continues && m.recipients.last().is_some_and(|r| r.starts_with("Lưu"));
        // A note after the recipient's ";" is the recipient's: "- Bộ Tài chính; (Báo cáo)".
        let rest = match rest.split_once("; (") {
            Some((name, note)) if note.trim_end_matches([';', '.', ',']).ends_with(')') && !note.contains(';') => {
                Cow::Owned(format!("{name} ({note}"))
            }
            _ => Cow::Borrowed(rest),
        };
        let rest = rest.as_ref();
        // A list of offices that ran on after a comma keeps it: "LĐVP, KGVX," / "TTTT, TTPVHCC;".
        let comma = std::mem::replace(&mut open_comma, rest.ends_with(','));
        open = !rest.ends_with([';', '.']) && !last_item;
        let rest = rest.trim_end_matches([';', '.', ',']).trim();
        if continues && let Some(last) = m.recipients.last_mut() {
            if comma {
                last.push(',');
            }
            last.push(' ');
            last.push_str(rest);
        } else if !rest.is_empty() {
            m.recipients.push(rest.to_string());
        }
        i += 1;
    }
    read_signer(lines[i..].iter().copied(), m);
}

/// Reads the signature: "TM. ỦY BAN NHÂN DÂN" (on whose behalf, possibly wrapped: "TM. ỦY BAN
/// NHÂN" / "DÂN"), "KT. CHỦ TỊCH", the signer's title ("PHÓ CHỦ TỊCH") and name. It stops at
/// the name: what follows (an attachment) is not signature.
fn read_signer<'a>(lines: impl Iterator<Item = &'a str>, m: &mut Metadata) {
    let mut s = Signer::default();
    let raw: Vec<&str> = lines.map(|l| l.trim()).filter(|l| !l.is_empty()).take(14).collect();
    // A role cut from its body: "KT." / "CHỦ TỊCH" is one line "KT. CHỦ TỊCH".
    let mut lines: Vec<Cow<'_, str>> = Vec::with_capacity(raw.len());
    let mut k = 0;
    while k < raw.len() {
        if matches!(raw[k], "KT." | "TM." | "TL." | "TUQ." | "T/M") && k + 1 < raw.len() {
            lines.push(Cow::Owned(format!("{} {}", raw[k], raw[k + 1])));
            k += 2;
        } else {
            lines.push(Cow::Borrowed(raw[k]));
            k += 1;
        }
    }
    lines.truncate(13);
    for (k, l) in lines.iter().enumerate().take(12) {
        let l = l.as_ref();
        if l.starts_with(['-', '–', '+', '•']) || l.starts_with(|c: char| c.is_ascii_digit()) {
            // A recipient the list above did not take, or its number of copies ("16 QĐ"):
            // never the signer.
            continue;
        }
        let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
        let caps = !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase());
        if SIGN_ROLE.is_match(l) {
            // The role comes first: a title read before it was something else. A deputy's
            // role under the body's ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") keeps both, as
            // the document has them: the decision is the committee's, signed for its chair.
            match &mut s.on_behalf {
                Some(ob)
                    if s.title.is_none() && (ob.starts_with("TM") || ob.starts_with("T/M")) && !is_body_role(l) =>
                {
                    ob.push(' ');
                    ob.push_str(l);
                }
                _ => s.on_behalf = Some(l.to_string()),
            }
            s.title = None;
        } else if caps && l.split_whitespace().count() <= 8 {
            let is_title = SIGNER_TITLE.is_match(l);
            match (&mut s.on_behalf, &s.title) {
                // "TM. ỦY BAN NHÂN" / "DÂN": the body's name wrapped.
                (Some(ob), None) if !is_title && (ob.starts_with("TM") || ob.starts_with("T/M")) => {
                    ob.push(' ');
                    ob.push_str(l);
                }
                (_, None) => s.title = Some(l.to_string()),
                _ => {}
            }
        } else if is_name(l)
            || l.split_whitespace().count() <= 6
                && l.chars().next().is_some_and(|c| c.is_uppercase())
                && s.title.is_some()
        {
            let mut name = l.to_string();
            // A name wrapped: "Nguyễn" / "Văn Khởi", "Lê Hải" / "Hòa".
            if let Some(next) = lines.get(k + 1)
                && continues_name(l, next)
            {
                name.push(' ');
                name.push_str(next);
            }
            s.name = Some(name);
            break;
        } else if s != Signer::default() {
            break;
        }
    }
    if s != Signer::default() {
        s.on_behalf = s.on_behalf.map(|o| space_roles(&o));
        m.signer = Some(s);
    }
}

/// A role's abbreviation spaced from what follows, as most documents write it: "KT.CHỦ
/// TỊCH" is "KT. CHỦ TỊCH", "TM.ỦY BAN NHÂN DÂN" is "TM. ỦY BAN NHÂN DÂN", so that one
/// signer's role reads the same whatever the typing.
fn space_roles(role: &str) -> String {
    let mut out = String::with_capacity(role.len() + 4);
    for (k, word) in role.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        match ["KT.", "TM.", "TL.", "TUQ."].iter().find(|a| word.len() > a.len() && word.starts_with(**a)) {
            Some(a) => {
                out.push_str(a);
                out.push(' ');
                out.push_str(&word[a.len()..]);
            }
            None => out.push_str(word),
        }
    }
    out
}

/// Whether a signing role is on behalf of a body ("TM. ỦY BAN NHÂN DÂN", "T/M …") rather
/// than a deputy's or a delegate's ("KT. CHỦ TỊCH", "TL. …", "TUQ. …").
fn is_body_role(l: &str) -> bool {
    l.starts_with("TM") || l.starts_with("T/M")
}

/// Fills what the header did not give from the body: the unit from "xã Quốc Khánh" and
/// "UBND phường", the period from the "TRỌNG TÂM CÔNG TÁC THÁNG 12/2025" heading or the
/// "thường kỳ tháng 01" meeting, the kind from the shape of a monthly programme.
pub fn infer_from_body(m: &mut Metadata, sections: &[Section]) {
    let mut texts: Vec<&str> = Vec::new();
    let mut headings: Vec<&str> = Vec::new();
    fn walk<'a>(s: &'a Section, texts: &mut Vec<&'a str>, headings: &mut Vec<&'a str>) {
        headings.push(&s.heading);
        for t in &s.tasks {
            texts.push(&t.text);
        }
        for c in &s.children {
            walk(c, texts, headings);
        }
    }
    for s in sections {
        walk(s, &mut texts, &mut headings);
    }
    if m.unit.as_ref().is_none_or(|u| u.name.is_none()) {
        let mut names: HashMap<(String, String), (usize, usize)> = HashMap::new();
        let mut levels: HashMap<&'static str, usize> = HashMap::from([("xã", 0), ("phường", 0)]);
        for (order, t) in texts.iter().enumerate() {
            // Each place "xã" or "phường" stands as a word (not "xã hội") counts for the level.
            let seen = |w: &'static str, i: usize| {
                if w == "thị trấn" {
                    return;
                }
                let after = &t[i + w.len()..];
                let before_ok = t[..i].chars().last().is_none_or(|c| !c.is_alphabetic());
                let after_ok = after.chars().next().is_none_or(|c| !c.is_alphabetic());
                if before_ok && after_ok && !after.trim_start().starts_with("hội") {
                    *levels.get_mut(w).unwrap() += 1;
                }
            };
            body_units(t, seen, |level, name| {
                let e = names.entry((level.to_string(), name.trim().to_string())).or_insert((0, order));
                e.0 += 1;
            });
        }
        let best = names.into_iter().max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)));
        let known_level = m.unit.as_ref().map(|u| u.level);
        match best {
            Some(((lv, name), _)) if known_level.is_none_or(|k| Some(k) == level_of(&lv)) => {
                m.unit = Some(Unit { level: level_of(&lv).unwrap_or(Level::Xa), name: Some(name) });
            }
            _ => {
                if m.unit.is_none() {
                    let (xa, ph) = (levels["xã"], levels["phường"]);
                    if xa + ph > 0 {
                        m.unit = Some(Unit { level: if ph > xa { Level::Phuong } else { Level::Xa }, name: None });
                    }
                }
            }
        }
    }
    if m.period.is_none() {
        for h in &headings {
            if h.contains("THÁNG")
                && let Some(c) = captures_from(&TITLE_MONTH, &without_cited(h), &MONTH_WORDS)
                && let (Ok(mo), Ok(y)) = (c[1].parse::<u32>(), c[2].parse::<i32>())
                && (1..=12).contains(&mo)
            {
                m.period = Some(Period { year: y, month: Some(mo) });
                break;
            }
        }
    }
    if m.period.is_none() {
        // The pattern is slow on every task's text: only where its words are.
        let found = texts
            .iter()
            .chain(headings.iter())
            .filter(|t| MEETING_WORDS.iter().any(|f| f.find(t.as_bytes()).is_some()))
            .find_map(|t| MEETING_MONTH.captures(t));
        if let Some(c) = found
            && let Ok(mo) = c[1].parse::<u32>()
            && (1..=12).contains(&mo)
        {
            let year = c
                .get(2)
                .or(c.get(3))
                .and_then(|y| y.as_str().parse().ok())
                .or_else(|| frequent_year(&texts))
                .or(m.issued.and_then(|d| d.year));
            if let Some(y) = year {
                m.period = Some(Period { year: y, month: Some(mo) });
            }
        }
    }
    if m.kind.is_none() {
        let programme_heading = headings.iter().any(|h| h.contains("TRỌNG TÂM CÔNG TÁC"));
        let programme_closing = m.closing.as_deref().is_some_and(|c| c.contains("Chương trình"));
        if programme_heading || programme_closing {
            m.kind = Some(DocKind::Programme);
        }
    }
}

/// The words of a monthly meeting, where `MEETING_MONTH` may match.
static MEETING_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    LazyLock::new(|| ["hường kỳ tháng", "THƯỜNG KỲ THÁNG"].map(memchr::memmem::Finder::new));

/// The unit words, each with its searcher built once (building one per text was a tenth of
/// the search).
static UNIT_WORDS: LazyLock<[(&str, memchr::memmem::Finder<'static>); 3]> =
    LazyLock::new(|| ["xã", "phường", "thị trấn"].map(|w| (w, memchr::memmem::Finder::new(w))));

/// The matches of `BODY_UNIT` in `t`, in order, as `captures_iter` finds them, calling `f`
/// with the level word and the name. The pattern is slow over long text (a tenth of the
/// reading time), so it runs only on a short window at each place one of its words stands
/// after a separator: every match starts there, and a match is never longer than its word
/// and three names. `seen` is told every place one of the words stands, in the same scan.
fn body_units(t: &str, mut seen: impl FnMut(&'static str, usize), mut f: impl FnMut(&str, &str)) {
    let mut starts: Vec<usize> = Vec::new();
    for (w, finder) in UNIT_WORDS.iter() {
        let w: &'static str = w;
        for i in finder.find_iter(t.as_bytes()) {
            seen(w, i);
            // "xã hội": only a word followed by spaces and a capital can start a match.
            let rest = &t[i + w.len()..];
            let after = rest.trim_start_matches([' ', '\t']);
            if after.len() < rest.len() && after.chars().next().is_some_and(char::is_uppercase) {
                starts.push(i);
            }
        }
    }
    starts.sort_unstable();
    let mut from = 0;
    for i in starts {
        // The match begins at the separator before the word, or at the start of the text.
        let s = match i.checked_sub(1) {
            None => 0,
            Some(j) if b" (,;:".contains(&t.as_bytes()[j]) => j,
            Some(_) => continue,
        };
        if s < from {
            continue;
        }
        let mut end = (i + 160).min(t.len());
        while !t.is_char_boundary(end) {
            end += 1;
        }
        let mut found = BODY_UNIT.captures(&t[s..end]);
        if found.as_ref().is_some_and(|c| c.get(0).unwrap().end() == end - s) && end < t.len() {
            // The window cut the names short: read on to the end.
            found = BODY_UNIT.captures(&t[s..]);
        }
        if let Some(c) = found
            && c.get(0).unwrap().start() == 0
        {
            f(&c[1], &c[2]);
            from = s + c.get(0).unwrap().end();
        }
    }
}

/// The years of `YEAR_MENTION` in `t` ("năm 2026", then a space, a punctuation mark or the
/// end), read by hand: the pattern over every task's text was a seventh of the reading time.
/// No match can hold the start of another, so this finds what `captures_iter` finds.
fn year_mentions(t: &str) -> impl Iterator<Item = i32> + '_ {
    t.match_indices("năm").filter_map(|(i, w)| {
        let rest = &t[i + w.len()..];
        let digits = rest.trim_start_matches([' ', '\t']);
        let b = digits.as_bytes();
        let year = digits.len() < rest.len()
            && b.len() >= 4
            && b.starts_with(b"20")
            && b[2].is_ascii_digit()
            && b[3].is_ascii_digit()
            && b.get(4).is_none_or(|c| b" \t.,;:)".contains(c));
        if year { digits[..4].parse().ok() } else { None }
    })
}

/// The year most often written as "năm 20xx" in the body.
fn frequent_year(texts: &[&str]) -> Option<i32> {
    let mut count: HashMap<i32, usize> = HashMap::new();
    for t in texts {
        for y in year_mentions(t) {
            *count.entry(y).or_default() += 1;
        }
    }
    count.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(y, _)| y)
}

/// The guarded patterns of this module with a text for each of their alternatives, for the
/// test that holds each guard to its pattern (`read::anchored_tests`).
#[cfg(test)]
pub(crate) fn anchored_samples() -> Vec<(&'static Anchored, &'static [&'static str])> {
    vec![
        (
            &ISSUER,
            &[
                "ỦY BAN NHÂN DÂN",
                "UỶ BAN NHÂN DÂN",
                "UỲ BAN NHÂN DÂN",
                "HỘI ĐỒNG NHÂN DÂN",
                "UBND",
                "HĐND",
                "BAN CHỈ ĐẠO",
                "BAN THƯỜNG VỤ",
                "ĐẢNG ỦY",
                "SỞ",
                "VĂN PHÒNG",
            ],
        ),
        (
            &MOTTO,
            &[
                "CỘNG HOA",
                "CỘNG HOÀ",
                "CỘNG HÒA",
                "Cộng hòa xã hội",
                "Cộng hoà xã hội",
                "HỘI CHỦ NGHĨA",
                "Độc lập - Tự do",
                "ĐỘC LẬP -",
            ],
        ),
        (&KIND_LINE, &["CHƯƠNG TRÌNH", "BÁO CÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO"]),
        (
            &KIND_PREFIX,
            &[
                "CHƯƠNG TRÌNH CÔNG TÁC",
                "BÁO CÁO CÔNG TÁC",
                "KẾ HOẠCH CÔNG TÁC",
                "QUYẾT ĐỊNH VỀ VIỆC",
                "NGHỊ QUYẾT VỀ VIỆC",
                "CHỈ THỊ VỀ VIỆC",
                "THÔNG BÁO VỀ VIỆC",
            ],
        ),
        (&SIGN_ROLE, &["TM. ỦY BAN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH", "T/M ỦY BAN"]),
        (
            &SIGNER_TITLE,
            &[
                "PHÓ CHỦ TỊCH",
                "Q. CHỦ TỊCH",
                "CHỦ TỊCH",
                "GIÁM ĐỐC",
                "CHÁNH VĂN PHÒNG",
                "TRƯỞNG BAN",
                "BÍ THƯ",
                "THỦ TRƯỞNG",
                "CHỦ NHIỆM",
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use crate::outline::outline;

    /// Searching from the first opening word finds what searching the whole text finds, on
    /// 100,000 random strings of the patterns' own pieces and the fixtures' titles.
    #[test]
    fn captures_from_the_first_opening_word_agrees_with_the_whole_search() {
        use super::{MONTH_WORDS, TITLE_MONTH, TITLE_YEAR, YEAR_WORDS, captures_from};
        let pieces = [
            "tháng",
            "Tháng",
            "THÁNG",
            "năm",
            "Năm",
            "NĂM",
            " ",
            "\t",
            "/",
            "0",
            "2",
            "02",
            "12",
            "13",
            "2026",
            "202",
            "x",
            "Công tác ",
            "th",
            "ná",
            "m",
        ];
        let groups = |c: Option<regex_lite::Captures>| {
            c.map(|c| (1..c.len()).map(|i| c.get(i).map(|m| m.as_str().to_string())).collect::<Vec<_>>())
        };
        let check = |t: &str| {
            assert_eq!(groups(captures_from(&TITLE_MONTH, t, &MONTH_WORDS)), groups(TITLE_MONTH.captures(t)), "{t:?}");
            assert_eq!(groups(captures_from(&TITLE_YEAR, t, &YEAR_WORDS)), groups(TITLE_YEAR.captures(t)), "{t:?}");
        };
        for t in [
            "Công tác tháng 02 năm 2026 của UBND phường Tam Thanh",
            "Kế hoạch năm 2026",
            "tháng 13 năm 2026 tháng 02/2026",
        ] {
            check(t);
        }
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..100_000 {
            let mut t = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 60) + 1 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            check(&t);
        }
    }

    /// The pattern `unit_start` reads by hand.
    static UNIT_START: std::sync::LazyLock<regex_lite::Regex> = std::sync::LazyLock::new(|| {
        use super::LEVELS;
        regex_lite::Regex::new(&format!(
            r"(?:^|[ \t])(?:{LEVELS})[ \t]+[A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]"
        ))
        .unwrap()
    });

    /// Every string of up to four characters of an issuer line's alphabet before and after
    /// each level word, 50,000 random ones, and every character of the Latin blocks after
    /// one: the hand reader finds where the pattern's match starts.
    #[test]
    fn unit_start_reads_as_the_pattern() {
        let check = |t: &str| assert_eq!(super::unit_start(t), UNIT_START.find(t).map(|m| m.start()), "{t:?}");
        let alphabet: Vec<char> = " \tAĐẠạxXÃ".chars().collect();
        use crate::read::test_strings;
        for level in super::LEVELS.split('|') {
            test_strings::each(&alphabet, level, 4, &mut |t| check(t));
            test_strings::each(&alphabet, &format!("SỞ {level}"), 3, &mut |t| check(t));
        }
        test_strings::random(&alphabet, "", 3, 50_000, &mut |t| check(t));
        for c in (0u32..0x2100).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            for t in [format!("XÃ {c}"), format!("SỞ{c}XÃ A"), format!("Y TẾ XÃ \t{c}")] {
                check(&t);
            }
        }
    }

    /// The pattern `unit_line` reads by hand.
    static UNIT_LINE: std::sync::LazyLock<regex_lite::Regex> = std::sync::LazyLock::new(|| {
        use super::LEVELS;
        regex_lite::Regex::new(&format!(r"^({LEVELS})[ \t]+([A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ][A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ ]*?)[ \t]*(?:-.*)?$")).unwrap()
    });

    /// Every string of up to four characters of a unit line's alphabet after each level
    /// word and alone, 50,000 random ones, and every character of the Latin blocks in the
    /// name: the hand reader finds what the pattern finds, and the same groups.
    #[test]
    fn unit_line_reads_as_the_pattern() {
        let check = |t: &str| {
            let pattern = UNIT_LINE.captures(t).map(|c| {
                let g = |i: usize| c.get(i).map_or("", |m| &t[m.range()]);
                (g(1), g(2))
            });
            assert_eq!(super::unit_line(t), pattern, "{t:?}");
        };
        let alphabet: Vec<char> = " \t-\nAĐẠạx,".chars().collect();
        use crate::read::test_strings;
        for start in super::LEVELS.split('|').chain(["", "XÃ A", "THỊ X", "TỈNH  B "]) {
            test_strings::each(&alphabet, start, 4, &mut |t| check(t));
        }
        test_strings::random(&alphabet, "XÃ", 2, 50_000, &mut |t| check(t));
        for c in (0u32..0x2100).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            for t in [format!("XÃ {c}A"), format!("XÃ A{c}B"), format!("PHƯỜNG A {c}"), format!("XÃ A - {c}")] {
                check(&t);
            }
        }
    }

    /// The pattern `number_field` reads by hand.
    static NUMBER: std::sync::LazyLock<regex_lite::Regex> = std::sync::LazyLock::new(|| {
        regex_lite::Regex::new(r"Số[ \t]*:?[ \t]*([0-9]*)[ \t]*[/-][ \t]*([A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐa-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ0-9][A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐa-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ0-9&/\-]*)").unwrap()
    });

    /// Every string of up to four characters of the field's alphabet after "Số", 50,000
    /// random ones, and every character of the Latin blocks in the symbol: the hand reader
    /// finds what the pattern finds, and the same groups.
    #[test]
    fn number_field_reads_as_the_pattern() {
        let check = |t: &str| {
            let hand = super::number_field(t).map(|f| (f.whole, f.number, f.symbol));
            let pattern = NUMBER.captures(t).map(|c| {
                let g = |i: usize| c.get(i).map_or("", |m| &t[m.range()]);
                (g(0), g(1), g(2))
            });
            assert_eq!(hand, pattern, "{t:?}");
        };
        let alphabet: Vec<char> = " \t:1/-&aĐđ.,Sốx".chars().collect();
        use crate::read::test_strings;
        test_strings::each(&alphabet, "Số", 4, &mut |t| check(t));
        test_strings::each(&alphabet, "", 4, &mut |t| check(t));
        test_strings::random(&alphabet, "", 3, 50_000, &mut |t| check(t));
        for c in (0u32..0x2100).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            for t in [format!("Số 12/{c}K"), format!("Số: 12/K{c}"), format!("x Số {c}/K Số 3/K")] {
                check(&t);
            }
        }
    }

    /// The windowed search finds what the pattern finds over the whole text, in order.
    #[test]
    fn body_units_match_the_whole_text_search() {
        let texts = [
            "UBND xã Tam Thanh, phường Đông Kinh và thị trấn Na Sầm; xã hội hóa (xã Hoàng Văn Thụ):xã Quốc Khánh",
            "xã Tân Lập Mới Hơn nữa, các xã, phường. Theo xã  Bình Minh",
            "Sở Y tế; Công an xã Tam Thanh thị trấn Đồng Đăng",
            "không có tên nào ở đây: xã hội, phường hội",
        ];
        for t in texts {
            let mut got = Vec::new();
            super::body_units(t, |_, _| {}, |l, n| got.push((l.to_string(), n.to_string())));
            let want: Vec<(String, String)> =
                super::BODY_UNIT.captures_iter(t).map(|c| (c[1].to_string(), c[2].to_string())).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    /// The years read by hand are those the pattern finds.
    #[test]
    fn year_mentions_match_the_pattern() {
        for t in [
            "Kế hoạch năm 2026, năm\t2025; năm 20267 và năm 2024) hoặc năm  2023",
            "năm 2019.năm 2018 năm 1999 năm 20x5 năm 2020",
            "trong năm tới, năm học 2025-2026, cuối năm 2025",
        ] {
            let got: Vec<i32> = super::year_mentions(t).collect();
            let want: Vec<i32> = super::YEAR_MENTION.captures_iter(t).map(|c| c[1].parse().unwrap()).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    /// A decision's header: the enacting person after the title, a wrapped recipient, a
    /// last recipient without final punctuation and a signer's name wrapped after the family
    /// name.
    const DECISION: &str = "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 17/QĐ-UBND\nCà Mau, ngày 19 tháng 11 năm 2025\n\n\
        QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA\n\
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n\
        Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n\
        Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n\n\
        Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n\n\
        Nơi nhận:\n- Như Điều 2;\n- VP UBND tỉnh: LĐVP, KGVX,\nTTTT, TTPVHCC;\n- Lưu: VT, HCC\n\
        KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn\nVăn Khởi\n";

    /// A header cut line by line by narrow columns, with no blank lines (a PDF's text): each
    /// field is read whole. Before, the issuer, number, symbol and place were missing, the
    /// kind was unknown and the date line was taken for the title.
    #[test]
    fn a_header_cut_by_narrow_columns_reads_whole_without_blank_lines() {
        let text = "ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ\nHỒ CHÍ MINH\n--------\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                    Độc lập - Tự do - Hạnh phúc\n---------------\nSố:\n2820/QĐ-UBND\nThành phố Hồ\n\
                    Chí Minh, ngày 19 tháng 11 năm\n2025\nQUYẾT\nĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN NHÀ Ở XÃ HỘI\n\
                    ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ\n(ĐỢT 3 NĂM 2025)\nCHỦ TỊCH ỦY BAN\nNHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n\
                    Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n\
                    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\n";
        let m = outline("x", text).meta;
        assert_eq!(m.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN"));
        let unit = m.unit.unwrap();
        assert_eq!((unit.level, unit.name.as_deref()), (crate::model::Level::ThanhPho, Some("Hồ Chí Minh")));
        assert_eq!((m.number.as_deref(), m.symbol.as_deref()), (Some("2820"), Some("QĐ-UBND")));
        assert_eq!(m.place.as_deref(), Some("Thành phố Hồ Chí Minh"));
        let d = m.issued.unwrap();
        assert_eq!((d.day, d.month, d.year), (Some(19), Some(11), Some(2025)));
        assert_eq!(m.kind, Some(crate::model::DocKind::Decision));
        assert_eq!(
            m.title.as_deref(),
            Some("VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN NHÀ Ở XÃ HỘI ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ (ĐỢT 3 NĂM 2025)")
        );
    }

    /// A normative document's year goes with its number, not its symbol ("Số: 87/2025/QĐ-UBND"
    /// is number "87/2025", symbol "QĐ-UBND", as the real documents' manifest has them;
    /// regression: the symbol was "2025/QĐ-UBND" in 103 of the 234). A number left blank
    /// keeps no year; a symbol without a year is as written.
    #[test]
    fn a_normative_documents_year_goes_with_its_number() {
        for (field, number, symbol) in [
            ("Số: 87/2025/QĐ-UBND", Some("87/2025"), "QĐ-UBND"),
            ("Số: 63/2025/NQ-HĐND", Some("63/2025"), "NQ-HĐND"),
            ("Số: 12/KH-UBND", Some("12"), "KH-UBND"),
            ("Số:   /2025/QĐ-UBND", None, "QĐ-UBND"),
            ("Số: 1805/UBND-KGVX", Some("1805"), "UBND-KGVX"),
        ] {
            let text = format!(
                "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\n{field}\n\nBắc Ninh, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\
                 Ban hành quy chế\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n\
                 Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
            );
            let m = outline("x", &text).meta;
            assert_eq!((m.number.as_deref(), m.symbol.as_deref()), (number, Some(symbol)), "{field}");
        }
    }

    /// "Thành phố Huế," / "ngày 18 …", "Quảng" / "Trị, ngày …", "Kính" / "gửi: …", and a
    /// directive's opening line in sentence case, short as a narrow column makes it.
    #[test]
    fn a_place_cut_before_its_date_and_a_short_opening_line_end_where_they_should() {
        for (head, place) in [
            ("Thành phố Huế,\nngày 18 tháng 11 năm 2025", "Thành phố Huế"),
            ("Quảng\nTrị, ngày 18 tháng 11 năm 2025", "Quảng Trị"),
        ] {
            let text = format!(
                "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 06/CT-UBND\n{head}\nCHỈ THỊ\nVỀ\nVIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM RỪNG\n\
                 Thời gian qua, công tác\nquản lý rừng đã có nhiều chuyển biến.\nKính\ngửi: các sở, ngành.\n\
                 1. Các sở, ngành tăng cường kiểm tra.\n2. Ủy ban nhân dân các xã thực hiện.\n"
            );
            let m = outline("x", &text).meta;
            assert_eq!(m.place.as_deref(), Some(place), "{head}");
            assert_eq!(m.title.as_deref(), Some("VỀ VIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM RỪNG"), "{head}");
        }
    }

    /// Where no blank line separates the title from the enacting body on its own line, the
    /// title ends before the body (regression: "… NĂM 2026 ỦY BAN NHÂN DÂN TỈNH BẮC NINH" in
    /// 11 real decisions); an issuer the title names on its own line, after "CỦA", or in the
    /// middle of a line, stays in it.
    #[test]
    fn the_enacting_body_on_its_own_line_is_not_the_title() {
        let doc = |title: &str| {
            format!(
                "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 471/QĐ-UBND\n\nBắc Ninh, ngày 28 tháng 11 năm 2025\n\n\
                 QUYẾT ĐỊNH\n{title}\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n\
                 QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt danh mục.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\n"
            )
        };
        let m = outline("x", &doc("VỀ VIỆC PHÊ DUYỆT DANH MỤC HỘI CHỢ\nTRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026")).meta;
        assert_eq!(m.title.as_deref(), Some("VỀ VIỆC PHÊ DUYỆT DANH MỤC HỘI CHỢ TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026"));
        let m =
            outline("x", &doc("QUY ĐỊNH CHỨC NĂNG CỦA TRUNG TÂM THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC NINH")).meta;
        assert_eq!(
            m.title.as_deref(),
            Some("QUY ĐỊNH CHỨC NĂNG CỦA TRUNG TÂM THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        );
        let text = doc("CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA").replace(
            "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nCăn",
            "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nCăn",
        );
        let m = outline("x", &text).meta;
        assert_eq!(
            m.title.as_deref(),
            Some("CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        );
    }

    /// A cited document's date in a heading, and the first year of a range, are not the
    /// period (regressions: Huế's resolution 35/2025 had "kỳ 2022-07" from "Nghị quyết số
    /// 11/2022/NQ-HĐND ngày 14 tháng 7 năm 2022" in a heading, Hồ Chí Minh City's 2820/QĐ-UBND
    /// "2025-01" from a cited decision, Huế's 125/2025 "2021" from "từ năm 2021 đến năm 2025").
    #[test]
    fn cited_dates_and_a_range_are_not_the_period() {
        let doc = |title: &str, heading: &str| {
            format!(
                "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nSố: 35/2025/NQ-HĐND\n\nHuế, ngày 18 tháng 11 năm 2025\n\n\
                 NGHỊ QUYẾT\n{title}\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n\
                 {heading}\n\n1. Sửa đổi khoản 2.\n\n2. Bãi bỏ khoản 3./.\n"
            )
        };
        let period = |title: &str, heading: &str| outline("x", &doc(title, heading)).meta.period;
        let cited = "I. SỬA ĐỔI QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022";
        assert_eq!(period("SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH", cited), None);
        assert_eq!(
            period("SỬA ĐỔI QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022", "I. SỬA ĐỔI"),
            None
        );
        assert_eq!(period("QUY TRÌNH THỰC HIỆN GIAI ĐOẠN I: TỪ NĂM 2021 ĐẾN NĂM 2025", "I. SỬA ĐỔI"), None);
        // Nor is a span after "năm" one year, as "giai đoạn 2026 - 2030" is none (regression:
        // Cà Mau's three-year budget plan "03 NĂM 2026 - 2028" read as 2026).
        assert_eq!(period("KẾ HOẠCH TÀI CHÍNH 03 NĂM 2026 - 2028 TỈNH CÀ MAU", "I. SỬA ĐỔI"), None);
        assert_eq!(period("KẾ HOẠCH THỰC HIỆN GIAI ĐOẠN 2026 - 2030", "I. SỬA ĐỔI"), None);
        assert_eq!(period("KẾ HOẠCH NĂM 2026", "I. SỬA ĐỔI").map(|p| p.year), Some(2026));
        // A period named as such still is one.
        let p = period("KẾ HOẠCH CÔNG TÁC THÁNG 02 NĂM 2026", "I. NHIỆM VỤ THÁNG 02 NĂM 2026").unwrap();
        assert_eq!((p.year, p.month), (2026, Some(2)));
    }

    /// The enacting formula after the grounds is preamble, not a task of an introduction
    /// (regression: 67 real decisions and resolutions had it as their first task).
    #[test]
    fn the_enacting_formula_is_preamble() {
        for formula in [
            "Ủy ban nhân dân tỉnh ban hành Quyết định quy định về quản lý chất thải rắn.",
            "Hội đồng nhân dân Thành phố ban hành Nghị quyết quy định một số nội dung chi.",
            "Uỷ ban nhân dân ban\nhành Quyết định Phân cấp thẩm quyền quyết định xác lập tài sản.",
            "Chủ tịch Ủy ban nhân dân Quyết định ban hành quy chế phối hợp.",
        ] {
            let text = format!(
                "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 12/2025/QĐ-UBND\n\nQuảng Ninh, ngày 18 tháng 11 năm 2025\n\n\
                 QUYẾT ĐỊNH\nQUY ĐỊNH VỀ QUẢN LÝ CHẤT THẢI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n\
                 Theo đề xuất của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 454/TTr-SNNMT.\n\n{formula}\n\n\
                 Điều 1. Phạm vi điều chỉnh\n\nQuyết định này quy định về quản lý chất thải.\n\n\
                 Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
            );
            let doc = outline("x", &text);
            let labels: Vec<&str> = doc.sections.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["Điều 1", "Điều 2"], "{formula}");
        }
    }

    /// A signature with no recipients before it, its role cut from the body or from its
    /// title ("KT." / "CHỦ TỊCH", "T/M ỦY" / "BAN NHÂN DÂN"): the first line is the role
    /// (regression: it was skipped, and the title read "CHỦ TỊCH" or "BAN NHÂN DÂN").
    #[test]
    fn a_signature_without_recipients_keeps_its_first_line() {
        let head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 2827/QĐ-UBND\n\nQuảng Trị, ngày 27 tháng 11 năm 2025\n\n\
                    QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n\nĐiều 1. Công bố danh mục.\n\n\
                    Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n";
        for (sig, on_behalf, title) in [
            ("KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            ("T/M ỦY\nBAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Xuân Tân\n", "T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
            ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            // The committee's decision signed by a deputy: both roles kept (regression: the
            // deputy's replaced the committee's, wrapped or not).
            (
                "TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n",
                "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
            ),
            (
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n",
                "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
            ),
        ] {
            let s = outline("x", &format!("{head}{sig}")).meta.signer.unwrap();
            assert_eq!(
                (s.on_behalf.as_deref(), s.title.as_deref(), s.name.as_deref()),
                (Some(on_behalf), Some(title), Some("Hoàng Xuân Tân")),
                "{sig}"
            );
        }
    }

    /// A signer's name wrapped after two words ("Lê Hải" / "Hòa") or after one ("Mai" /
    /// "Sơn"), with or without blank lines: the whole name, and no attachment made of its
    /// last word (regression: "Lê Hải" in Cao Bằng 1994/QĐ-UBND, and without blank lines an
    /// appendix "PL1 Hòa").
    #[test]
    fn a_wrapped_signers_name_is_whole() {
        let head = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 1994/QĐ-UBND\n\nCao Bằng, ngày 24 tháng 11 năm 2025\n\n\
                    QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ\n\nĐiều 1. Phê duyệt quy trình.\n\n\
                    Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n";
        for (sig, name) in
            [("CHỦ TỊCH\nLê Hải\nHòa\n", "Lê Hải Hòa"), ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai\nSơn\n", "Mai Sơn")]
        {
            for text in [format!("{head}{sig}"), format!("{head}{sig}").replace("\n\n", "\n")] {
                let doc = outline("x", &text);
                assert_eq!(doc.meta.signer.unwrap().name.as_deref(), Some(name), "{text}");
                assert_eq!(doc.sections.len(), 2, "{text}");
            }
        }
    }

    /// The recipients' heading is "Nơi nhận" with or without its colon, not a procedure's
    /// field "Nơi nhận kết quả." (regression: Lào Cai's rules were cut at that field, their
    /// chapter III made a nameless attachment).
    #[test]
    fn a_procedures_field_is_not_the_recipients() {
        for t in ["Nơi nhận:", "Nơi nhận", "NƠI NHẬN:", "Nơi nhận : *", "  Nơi nhận:"] {
            assert!(crate::meta::is_recipients(t), "{t}");
        }
        for t in ["Nơi nhận kết quả.", "Nơi nhận hồ sơ: Bộ phận Một cửa", "Nơi nhận kết quả: Trung tâm"]
        {
            assert!(!crate::meta::is_recipients(t), "{t}");
        }
    }

    /// A role typed without its space ("KT.CHỦ TỊCH", "TM.ỦY BAN NHÂN DÂN") reads as the
    /// spaced one (regression: three real signers' roles differed from the rest by the space
    /// alone).
    #[test]
    fn a_role_typed_without_its_space_reads_spaced() {
        let head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 2688/QĐ-UBND\n\nQuảng Trị, ngày 24 tháng 11 năm 2025\n\n\
                    QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ\n\nĐiều 1. Phê duyệt quy trình.\n\n\
                    Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n";
        for (sig, role) in [
            ("TM. ỦY BAN NHÂN\nDÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
            ("KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n", "KT. CHỦ TỊCH"),
            ("TM.ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Nam\n", "TM. ỦY BAN NHÂN DÂN"),
        ] {
            let doc = outline("x", &format!("{head}{sig}"));
            assert_eq!(doc.meta.signer.and_then(|s| s.on_behalf).as_deref(), Some(role), "{sig}");
        }
    }

    /// A text without numbered sections (an official letter; a PDF whose labels were run
    /// into its lines) still has its header read, also after a cover's sentences; its
    /// header lines are no tasks (regression: no unit, number or date, and "Số: 1805/…" was
    /// the first task).
    #[test]
    fn a_text_without_numbered_sections_has_its_header_read() {
        let text = "Bản dịch này thuộc quyền sở hữu của thư viện, mọi hành vi sao chép đều bị cấm.\n\n\
                    ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 1805/UBND-KGVX\n\nPhú Thọ, ngày 18 tháng 11 năm 2025\n\n\
                    Kính gửi: Các sở, ban, ngành.\n\n\
                    Thực hiện chỉ đạo của Bộ Y tế, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tăng cường kiểm tra.\n\n\
                    Các địa phương báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/11/2025.\n\n\
                    Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Huy Ngọc\n";
        let doc = outline("x", text);
        let m = &doc.meta;
        assert_eq!(m.unit.as_ref().and_then(|u| u.name.as_deref()), Some("Phú Thọ"));
        assert_eq!((m.number.as_deref(), m.symbol.as_deref()), (Some("1805"), Some("UBND-KGVX")));
        assert_eq!(m.issued.map(|d| (d.day, d.month, d.year)), Some((Some(18), Some(11), Some(2025))));
        let tasks: Vec<&str> = doc.sections.iter().flat_map(|s| s.tasks.iter().map(|t| t.text.as_str())).collect();
        assert!(tasks.iter().all(|t| !t.contains("Số: 1805") && !t.contains("ngày 18 tháng 11")), "{tasks:?}");
        assert!(tasks.iter().any(|t| t.starts_with("Các địa phương báo cáo")), "{tasks:?}");
    }

    #[test]
    fn the_enacting_person_is_not_the_title_but_a_run_on_title_line_is() {
        let m = outline("x", DECISION).meta;
        assert_eq!(
            m.title.as_deref(),
            Some("CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
        );
    }

    #[test]
    fn recipients_wrap_and_end_at_the_office_copy_and_the_name_wraps() {
        let m = outline("x", DECISION).meta;
        // The comma the line ended on stays between the offices (regression: "KGVX TTTT").
        assert_eq!(m.recipients, vec!["Như Điều 2", "VP UBND tỉnh: LĐVP, KGVX, TTTT, TTPVHCC", "Lưu: VT, HCC"]);
        let s = m.signer.unwrap();
        assert_eq!(
            (s.on_behalf.as_deref(), s.title.as_deref(), s.name.as_deref()),
            (Some("KT. CHỦ TỊCH"), Some("PHÓ CHỦ TỊCH"), Some("Nguyễn Văn Khởi"))
        );
    }

    /// A note after the recipient's ";" on its line is the recipient's, without the ";": "-
    /// Bộ Tài chính; (Báo cáo)" (regression: four real decisions kept "Bộ Tài chính; (Báo
    /// cáo)").
    #[test]
    fn a_note_after_the_recipients_semicolon_is_its_own() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/2025/QĐ-UBND\nLai Châu, ngày 21 tháng 11 năm 2025\n\n\
                    QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH\n\nĐiều 1. Ban hành Quy định kèm theo.\n\n\
                    Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n\n\
                    Nơi nhận:\n- Bộ Tài chính; (Báo cáo)\n- TT Tỉnh ủy, TT HĐND tỉnh; (Báo cáo)\n- Như Điều 2;\n- Lưu: VT.\n\n\
                    TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Lương\n";
        let m = outline("x", text).meta;
        assert_eq!(
            m.recipients,
            vec!["Bộ Tài chính (Báo cáo)", "TT Tỉnh ủy, TT HĐND tỉnh (Báo cáo)", "Như Điều 2", "Lưu: VT"]
        );
    }

    /// The number of copies after the office copy ("- Lưu: VT, CT." / "16 QĐ") and the
    /// body's name wrapped before the role are not the signer's title (regression: the title
    /// was "16 QĐ" in Cần Thơ 2568/QĐ-UBND, "NHÂN DÂN" or "DÂN" in eight decisions signed
    /// "TM. ỦY BAN" / "NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
    #[test]
    fn copies_and_the_wrapped_body_are_not_the_signers_title() {
        let head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 2568/QĐ-UBND\nCần Thơ, ngày 21 tháng 11 năm 2025\n\n\
                    QUYẾT ĐỊNH\nVỀ VIỆC ỦY QUYỀN\n\nĐiều 1. Ủy quyền cho Giám đốc Sở tiếp nhận hồ sơ.\n\n\
                    Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n\n\
                    Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, CT.\n16 QĐ\n\n";
        let m = outline("x", &format!("{head}TM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\nTrương Cảnh Tuyên\n")).meta;
        let s = m.signer.unwrap();
        assert_eq!(
            (s.on_behalf.as_deref(), s.title.as_deref(), s.name.as_deref()),
            (Some("TM. ỦY BAN NHÂN DÂN"), Some("CHỦ TỊCH"), Some("Trương Cảnh Tuyên"))
        );
        let d = outline("x", &format!("{head}TM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n"));
        let s = d.meta.signer.clone().unwrap();
        assert_eq!((s.title.as_deref(), s.name.as_deref()), (Some("PHÓ CHỦ TỊCH"), Some("Hoàng Nam")));
        // A recipient's note in brackets on its own line, after the recipient's ";", keeps
        // the list going; ten recipients before a signature of five lines are all read.
        let list: String = (1..=10).map(|k| format!("- Sở số {k}; (B/c)\n")).collect();
        let text = head.replace("- Như Điều 2;\n", &format!("- Như Điều 2;\n- Bộ Tư pháp;\n(B/c)\n{list}"));
        let m = outline("x", &format!("{text}TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Trọng Hải\n")).meta;
        assert!(m.recipients.iter().any(|r| r == "Bộ Tư pháp (B/c)"), "{:?}", m.recipients);
        assert!(m.recipients.iter().any(|r| r.starts_with("Sở số 10")), "{:?}", m.recipients);
        assert_eq!(m.signer.and_then(|s| s.name).as_deref(), Some("Hà Trọng Hải"));
        // Wrapped one word later: "TM. ỦY BAN NHÂN" / "DÂN" (Lai Châu 88/2025/QĐ-UBND).
        let d = outline("x", &format!("{head}TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Trọng Hải\n"));
        let s = d.meta.signer.clone().unwrap();
        assert_eq!((s.title.as_deref(), s.name.as_deref()), (Some("PHÓ CHỦ TỊCH"), Some("Hà Trọng Hải")));
        // The copies are the recipients' part, not a task of an attachment.
        assert!(d.sections.iter().all(|s| s.kind != crate::model::LabelKind::Appendix), "{:?}", d.sections);
        assert!(d.all_tasks().iter().all(|(_, t)| !t.text.contains("16 QĐ")));
    }

    /// A directive has no grounds: its opening paragraph in sentence case follows the
    /// subject in capitals and is body, not title.
    /// Regression: "UBND XÃ HÒA BÌNH" (the issuer shortened, the unit on its line) gave no
    /// unit.
    #[test]
    fn a_shortened_issuer_names_its_unit() {
        for (head, unit) in [
            ("UBND XÃ HÒA BÌNH\nVĂN PHÒNG HĐND VÀ UBND", "xã Hòa Bình"),
            ("UBND\nPHƯỜNG TAM THANH", "phường Tam Thanh"),
            ("HĐND HUYỆN CAO LỘC", "huyện Cao Lộc"),
        ] {
            let m = outline(
                "x",
                &format!(
                    "{head}\nSố: 05/CTr-UBND\nHòa Bình, ngày 20 tháng 02 năm 2026\nCHƯƠNG TRÌNH\n\
                     Công tác tháng 3 năm 2026\nI. NHIỆM VỤ\n1. Chỉ đạo gieo trồng vụ Xuân.\n"
                ),
            )
            .meta;
            assert_eq!(m.unit.map(|u| u.to_string()).as_deref(), Some(unit), "{head}");
            assert_eq!(m.number.as_deref(), Some("05"));
        }
    }

    /// Regression: in a short text without blank lines, the subject line under the date line
    /// ("Chương trình công tác tháng 03 năm 2026", no kind line in capitals above it) was run
    /// into the date line, and the title began "Hòa Bình, ngày 20 …".
    #[test]
    fn the_date_line_ends_its_paragraph() {
        let m = outline(
            "x",
            "UBND XÃ HÒA BÌNH\nSố: 05/CTr-UBND\nHòa Bình, ngày 20 tháng 02 năm 2026\n\
             Chương trình công tác tháng 03 năm 2026\nI. NHIỆM VỤ\n1. Chỉ đạo gieo trồng.\n",
        )
        .meta;
        assert_eq!(m.title.as_deref(), Some("Chương trình công tác tháng 03 năm 2026"));
        let p = m.period.unwrap();
        assert_eq!((p.year, p.month), (2026, Some(3)));
    }

    #[test]
    fn a_directive_opening_is_not_its_title() {
        let d = outline(
            "x",
            "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/CT-UBND\nĐắk Lắk, ngày 26 tháng 11 năm 2025\n\nCHỈ THỊ\n\
             VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n\
             Thời gian qua, tỉnh đã có nhiều nỗ lực trong việc triển khai các chủ trương.\n\n\
             1. Các sở, ban, ngành rà soát thủ tục hành chính.\n\n2. Các xã, phường công khai thủ tục.\n",
        );
        assert_eq!(d.meta.title.as_deref(), Some("VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH"));
        // The opening is the directive's preamble, neither its title nor a task.
        assert!(!d.all_tasks().iter().any(|(_, t)| t.text.starts_with("Thời gian qua")));
        assert!(d.parts.iter().any(|p| p.kind == crate::model::PartKind::Preamble), "{:?}", d.parts);
    }
}
