//! Dates: impossible days and months, cited documents dated after the document itself,
//! school years and year ranges, and slips of period (another month's meeting, a past
//! year's target).

use super::*;

pub(super) fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(super) fn days_in(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A full date, comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Ymd(pub(super) i32, pub(super) u32, pub(super) u32);

impl Ymd {
    pub(super) fn valid(self) -> bool {
        (1..=12).contains(&self.1) && self.2 >= 1 && self.2 <= days_in(self.0, self.1)
    }
    pub(super) fn show(self) -> String {
        format!("{:02}/{:02}/{}", self.2, self.1, self.0)
    }
}

/// The latest date a cited document can bear, and how that date was decided.
pub(super) fn latest_citable(doc: &Document) -> Option<(Ymd, Bound)> {
    if let Some(i) = doc.meta.issued
        && let Some(y) = i.year
    {
        let m = i.month.filter(|m| (1..=12).contains(m));
        let date = match (m, i.day) {
            (Some(m), Some(d)) if d >= 1 && d <= days_in(y, m) => Ymd(y, m, d),
            (Some(m), _) => Ymd(y, m, days_in(y, m)),
            (None, _) => Ymd(y, 12, 31),
        };
        return Some((date, Bound::Issued));
    }
    let p = doc.meta.period?;
    let date = match p.month.filter(|m| (1..=12).contains(m)) {
        Some(m) => Ymd(p.year, m, days_in(p.year, m)),
        None => Ymd(p.year, 12, 31),
    };
    Some((date, Bound::PeriodEnd))
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Bound {
    Issued,
    PeriodEnd,
}

pub(super) static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)((?:19|20)\d{2})(?:$|[^\d/])").unwrap()
});

/// Is word `i` the word `w` (case aside)?
pub(super) fn is_word(text: &str, ws: &Words, i: usize, w: &str) -> bool {
    ws.get(i).is_some_and(|(r, k)| *k == TokenKind::Word && text[r.clone()].to_lowercase() == w)
}

/// A year written alone: "2026".
pub(super) fn year_at(text: &str, ws: &Words, i: usize) -> Option<u32> {
    let (r, k) = ws.get(i)?;
    let t = &text[r.clone()];
    (*k == TokenKind::Number && t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))).then(|| num(t))
}

/// A full date at word `i`: "11/12/2026" (one word) or "12 tháng 02 năm 2026" (five words,
/// after "ngày"). Returns the date and the index of its last word.
pub(super) fn date_at(text: &str, ws: &Words, i: usize) -> Option<(Ymd, usize)> {
    let (r, _) = ws.get(i)?;
    let parts: Vec<&str> = text[r.clone()].split('/').collect();
    if let [d, m, y] = parts[..]
        && y.len() == 4
        && d.len() <= 2
        && m.len() <= 2
        && d.bytes().chain(m.bytes()).chain(y.bytes()).all(|b| b.is_ascii_digit())
    {
        return Some((Ymd(num(y) as i32, num(m), num(d)), i));
    }
    let small = |j: usize| {
        ws.get(j).filter(|(r, k)| *k == TokenKind::Number && r.len() <= 2).map(|(r, _)| num(&text[r.clone()]))
    };
    let (d, m, y) = (small(i)?, small(i + 2)?, year_at(text, ws, i + 4)?);
    (is_word(text, ws, i + 1, "tháng") && is_word(text, ws, i + 3, "năm")).then_some((Ymd(y as i32, m, d), i + 4))
}

pub(super) fn num(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

impl Checker<'_> {
    pub(super) fn dates(&mut self, p: &Place, ws: &Words, latest: Option<(Ymd, Bound)>) {
        let lang = self.opts.lang;
        let mut i = 0;
        while i < ws.len() {
            let after_ngay = is_word(p.text, ws, i.wrapping_sub(1), "ngày");
            let found = date_at(p.text, ws, i).filter(|(_, end)| *end == i || after_ngay);
            let Some((d, end)) = found else {
                i += 1;
                continue;
            };
            if !d.valid() {
                let text = &p.text[ws[i].0.start..ws[end].0.end];
                let (vi, en) = if (1..=12).contains(&d.1) {
                    (
                        format!("Ngày {} không có: tháng {} chỉ có {} ngày.", d.2, d.1, days_in(d.0, d.1)),
                        format!("There is no day {} in month {}: it has {} days.", d.2, d.1, days_in(d.0, d.1)),
                    )
                } else {
                    (format!("Không có tháng {}.", d.1), format!("There is no month {}.", d.1))
                };
                self.push("impossible-date", Severity::Error, p, ws[i].0.start, text, say(lang, vi, en));
            }
            i = end + 1;
        }
        // "tháng 13/2026", "tháng 13 năm 2026".
        for c in MONTH_YEAR.captures_iter(p.text) {
            let m = num(&c[1]);
            if !(1..=12).contains(&m) {
                let at = c.get(1).map_or(0, |x| x.start());
                let text = c.get(0).map_or("", |x| x.as_str()).trim_matches(|ch: char| !ch.is_alphanumeric());
                self.push(
                    "impossible-date",
                    Severity::Error,
                    p,
                    at,
                    text,
                    say(lang, format!("Không có tháng {m}."), format!("There is no month {m}.")),
                );
            }
        }
        let Some((bound, how)) = latest else { return };
        // A cited document: its number/symbol, then (after a comma at most) "ngày" and a date.
        for i in 0..ws.len() {
            if ws[i].1 != TokenKind::Symbol || p.text[ws[i].0.clone()].starts_with('/') {
                continue;
            }
            if !is_word(p.text, ws, i + 1, "ngày")
                || !p.text[ws[i].0.end..ws[i + 1].0.start].trim().trim_matches(',').is_empty()
            {
                continue;
            }
            let Some((date, end)) = date_at(p.text, ws, i + 2) else { continue };
            if !date.valid() || date <= bound {
                continue;
            }
            let start = if is_word(p.text, ws, i.wrapping_sub(1), "số") { ws[i - 1].0.start } else { ws[i].0.start };
            let whole = &p.text[start..ws[end].0.end];
            let at = start;
            let (vi_bound, en_bound) = match how {
                Bound::Issued => (
                    format!("sau ngày ban hành của chính văn bản này ({})", self.issued_text()),
                    format!("after this document's own issue date ({})", self.issued_text()),
                ),
                Bound::PeriodEnd => (
                    format!("sau khi hết kỳ của văn bản này ({})", bound.show()),
                    format!("after the end of the period this document covers ({})", bound.show()),
                ),
            };
            let vi = format!(
                "Văn bản được dẫn mang ngày {}, {vi_bound}: không thể đã ban hành; năm hoặc tháng có lẽ bị sửa nhầm khi sao chép.",
                date.show()
            );
            let en = format!(
                "The cited document is dated {}, {en_bound}: it cannot have been issued yet; the year or month was probably changed by mistake when copying.",
                date.show()
            );
            self.push("cited-date-too-late", Severity::Error, p, at, whole.trim(), say(lang, vi, en));
        }
    }

    pub(super) fn issued_text(&self) -> String {
        let Some(i) = self.doc.meta.issued else { return String::new() };
        match (i.day, i.month, i.year) {
            (Some(d), Some(m), Some(y)) => format!("{d:02}/{m:02}/{y}"),
            (None, Some(m), Some(y)) => format!("tháng {m:02}/{y}"),
            (_, _, Some(y)) => y.to_string(),
            _ => String::new(),
        }
    }

    pub(super) fn year_ranges(&mut self, p: &Place, ws: &Words) {
        let lang = self.opts.lang;
        for i in 1..ws.len() {
            // Two years joined by a dash: "2026 - 2031", "2026-2030".
            let (Some(y1), Some(y2)) = (year_at(p.text, ws, i - 1), year_at(p.text, ws, i)) else { continue };
            let (a, b) = (&ws[i - 1].0, &ws[i].0);
            if !matches!(p.text[a.end..b.start].trim(), "-" | "–" | "—") {
                continue;
            }
            let text = &p.text[a.start..b.end];
            let before = tail_lower(p.text[..a.start].trim_end(), 16);
            let school = before.ends_with("năm học") || before.ends_with("niên học");
            if school {
                if y2 != y1 + 1 {
                    let vi = format!(
                        "Năm học phải gồm hai năm liền nhau (ví dụ {}–{}); \"{text}\" không phải một năm học.",
                        y1,
                        y1 + 1
                    );
                    let en = format!(
                        "A school year spans two consecutive years (e.g. {}–{}); \"{text}\" is not one.",
                        y1,
                        y1 + 1
                    );
                    self.push("school-year", Severity::Error, p, a.start, text, say(lang, vi, en));
                }
            } else if y2 < y1 {
                let vi = format!("Khoảng năm bị ngược: {y2} đứng trước {y1}.");
                let en = format!("The range of years is reversed: {y2} comes before {y1}.");
                self.push("year-range", Severity::Error, p, a.start, text, say(lang, vi, en));
            } else if y2 == y1 {
                let vi = format!("Khoảng năm \"{text}\" bắt đầu và kết thúc cùng một năm.");
                let en = format!("The range \"{text}\" starts and ends in the same year.");
                self.push("year-range", Severity::Warning, p, a.start, text, say(lang, vi, en));
            }
        }
    }

    pub(super) fn period(&mut self, p: &Place) {
        static MEETING: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)(thường kỳ|chương trình công tác|lịch công tác)\s+tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*((?:19|20)\d{2}))?",
            )
            .unwrap()
        });
        static YEAR: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}])năm\s+((?:19|20)\d{2})(?:$|[^\d/–-])").unwrap());
        let lang = self.opts.lang;
        let Some(period) = self.doc.meta.period else { return };
        if let Some(month) = period.month {
            let own = format!("{month:02}/{}", period.year);
            let mut slips: Vec<(usize, String, String)> = Vec::new();
            for c in MEETING.captures_iter(p.text) {
                let m = num(&c[2]);
                let y = c.get(3).map(|y| num(y.as_str()) as i32);
                // The next month's programme is prepared this month ("phục vụ xây dựng
                // Chương trình công tác tháng 03/2026" in February's).
                let (next_m, next_y) = if month == 12 { (1, period.year + 1) } else { (month + 1, period.year) };
                let is_next = m == next_m && y.is_none_or(|y| y == next_y);
                let meeting = c[1].to_lowercase() == "thường kỳ";
                if (m != month || y.is_some_and(|y| y != period.year)) && (meeting || !is_next) {
                    let whole = c.get(0).map_or("", |x| x.as_str()).to_string();
                    slips.push((c.get(0).map_or(0, |x| x.start()), whole, c[1].to_lowercase()));
                }
            }
            if p.is_heading {
                for c in MONTH_YEAR.captures_iter(p.text) {
                    let (m, y) = (num(&c[1]), num(&c[2]) as i32);
                    if (m != month || y != period.year) && !slips.iter().any(|s| s.1.contains(&c[0])) {
                        let at = c.get(1).map_or(0, |x| x.start());
                        let whole = c.get(0).map_or("", |x| x.as_str()).trim_matches(|ch: char| !ch.is_alphanumeric());
                        slips.push((at, whole.to_string(), "heading".into()));
                    }
                }
            }
            for (at, text, what) in slips {
                let (vi_what, en_what) = match what.as_str() {
                    "thường kỳ" => ("cuộc họp thường kỳ", "the regular meeting"),
                    "heading" => ("đề mục", "the heading"),
                    _ => ("tên chương trình", "the programme's name"),
                };
                let vi = format!(
                    "Văn bản này cho tháng {own}, nhưng {vi_what} ghi \"{text}\": có lẽ còn sót từ văn bản tháng khác."
                );
                let en = format!(
                    "This document is for {own}, but {en_what} says \"{text}\": probably left over from another month's programme."
                );
                self.push("period-slip", Severity::Error, p, at, &text, say(lang, vi, en));
            }
        }
        // Targets of an earlier year in a programme or plan.
        let forward = matches!(self.doc.meta.kind, None | Some(DocKind::Programme) | Some(DocKind::Plan));
        if !forward || p.is_heading || p.section.starts_with("footnote") || self.reviews.contains(&p.section) {
            return;
        }
        for c in YEAR.captures_iter(p.text) {
            let Some(y) = c.get(1) else { continue };
            let year = num(y.as_str()) as i32;
            if year >= period.year || year < period.year - 1 {
                continue;
            }
            let tail = tail_lower(&p.text[..y.start()], 60);
            // Besides the words that head a review ([`REVIEW_WORDS`]), those that say a
            // figure is an outcome, a comparison or a payment of that year.
            const ALSO: [&str; 14] = [
                "so sánh",
                "ước thực hiện",
                "ước đạt",
                "ưth",
                "quyết toán",
                "báo cáo",
                "cuối năm",
                "năm học",
                "đã ",
                "thực hiện năm",
                "chi trả",
                "khen thưởng",
                "thi đua",
                "số liệu",
            ];
            if REVIEW_WORDS.iter().chain(&ALSO).any(|w| tail.contains(w)) || names_a_law(&p.text[..y.start()]) {
                continue;
            }
            let text = format!("năm {}", y.as_str());
            let vi = format!(
                "Chương trình cho năm {} nhắc \"{text}\": nếu là chỉ tiêu của năm nay thì năm bị sót khi sao chép.",
                period.year
            );
            let en = format!(
                "A programme for {} mentions \"{text}\": if this is a target for this year, the year was left unchanged when copying.",
                period.year
            );
            self.push("past-year", Severity::Warning, p, y.start(), &text, say(lang, vi, en));
        }
    }
}

/// Whether the year after `before` names a law: "Luật" in capitals opens the clause the year
/// ends ("Thực hiện Luật Ngân sách nhà nước năm 2025", "Luật Đất đai năm 2024").
fn names_a_law(before: &str) -> bool {
    let clause = before.rsplit([',', ';', '.', ':', '(']).next().unwrap_or(before);
    clause.contains("Luật ")
}
