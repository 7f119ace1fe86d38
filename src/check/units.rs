//! Units: the names of other communes and wards left in a copied programme, and a
//! commune's programme that speaks of "HĐND phường".

use super::*;

/// The folded unit names of every file of the run and of `--units`, each with the files
/// that hold it (in the order given; "" for `--units`). Looked up by the word prefixes of
/// a mention, so a mention costs its own length, not the number of known units.
pub(super) struct UnitIndex {
    by_name: HashMap<String, Vec<String>>,
}

impl UnitIndex {
    pub(super) fn new(units: &[(String, String)]) -> Self {
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for (name, file) in units {
            by_name.entry(name.clone()).or_default().push(file.clone());
        }
        UnitIndex { by_name }
    }

    /// The longest known name that is `key` or starts it, word by word.
    fn longest_prefix<'k>(&self, key: &'k str) -> Option<&'k str> {
        let mut best = None;
        for (i, c) in key.char_indices().chain(std::iter::once((key.len(), ' '))) {
            if c == ' ' && self.by_name.contains_key(&key[..i]) {
                best = Some(&key[..i]);
            }
        }
        best
    }

    /// The first file other than `source` that holds the name `key`.
    fn holder(&self, key: &str, source: &str) -> Option<&str> {
        self.by_name.get(key)?.iter().find(|f| *f != source).map(String::as_str)
    }
}

/// Lower case, NFC, tone placement unified: "Cao Lộc" and "CAO LỘC" fold the same.
pub(super) fn fold(s: &str) -> String {
    s.split_whitespace().map(normalize::syllable_key).collect::<Vec<_>>().join(" ")
}

pub(super) fn strip_level(s: &str) -> &str {
    for w in ["thị trấn ", "Thị trấn ", "phường ", "Phường ", "xã ", "Xã "] {
        if let Some(rest) = s.strip_prefix(w) {
            return rest.trim();
        }
    }
    s
}

/// The document's own unit name: from the metadata, else the unit of its level named
/// most often in its text.
pub(super) fn own_unit_name(doc: &Document) -> Option<String> {
    let unit = doc.meta.unit.as_ref()?;
    if let Some(n) = &unit.name {
        return Some(n.clone());
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in places(doc) {
        for m in unit_mentions(p.text) {
            if m.level == unit.level && !m.former {
                *counts.entry(m.name).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(n, _)| n)
}

pub(super) struct Mention {
    level: Level,
    name: String,
    /// Byte offset of the unit word.
    at: usize,
    end: usize,
    /// "xã X cũ": a former unit.
    former: bool,
}

pub(super) static UNIT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}])(xã|phường|thị trấn|Xã|Phường|Thị trấn)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(\s+cũ\b)?",
    )
    .unwrap()
});

pub(super) fn unit_mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for c in UNIT_NAMED.captures_iter(text) {
        let (Some(word), Some(name)) = (c.get(1), c.get(2)) else { continue };
        let before = text[..word.start()].trim_end();
        let before_l = tail_lower(before, 16);
        // "hợp tác xã Thành Công" is a cooperative, "thị xã" a town.
        if before_l.ends_with("hợp tác") || before_l.ends_with("thị") {
            continue;
        }
        let level = match word.as_str().to_lowercase().as_str() {
            "xã" => Level::Xa,
            "phường" => Level::Phuong,
            _ => Level::ThiTran,
        };
        out.push(Mention {
            level,
            name: name.as_str().to_string(),
            at: word.start(),
            end: c.get(3).unwrap_or(name).end(),
            former: c.get(3).is_some(),
        });
    }
    out
}

/// The byte length of a unit mention ("phường Tam Thanh Xuân") cut after the level word
/// and `words` words of its name.
pub(super) fn name_end(mention: &str, words: usize) -> usize {
    let level_words = if mention.to_lowercase().starts_with("thị trấn") { 2 } else { 1 };
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in mention.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == level_words + words {
                    return i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    mention.len()
}

/// The unit's own bodies followed by a level word: "HĐND phường" in a commune's programme.
pub(super) static BODY_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}])(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|MTTQ|Công an|Văn phòng HĐND và UBND)\s+(xã|phường|thị trấn)(?:$|[^\p{L}])",
    )
    .unwrap()
});

impl Checker<'_> {
    pub(super) fn units(&mut self, p: &Place) {
        let lang = self.opts.lang;
        let own_level = self.doc.meta.unit.as_ref().map(|u| u.level);
        // A province's, city's or district's document names the communes and wards under it:
        // those names are its subject, not a copy's leftovers.
        if own_level
            .is_some_and(|l| matches!(l, Level::Tinh | Level::ThanhPho | Level::Huyen | Level::Quan | Level::ThiXa))
        {
            return;
        }
        for m in unit_mentions(p.text) {
            if m.former {
                continue;
            }
            // The name runs on over capitalised words ("phường Tam Thanh Xuân Bính Ngọ"):
            // a known name that begins it is the name; otherwise its first two words.
            let key = fold(&m.name);
            let starts = |name: &str| key == name || key.starts_with(&format!("{name} "));
            if self.own.as_deref().is_some_and(starts) {
                continue;
            }
            let known = self.units.longest_prefix(&key);
            let words = known.map_or(2, |n| n.split(' ').count());
            let name_end = name_end(&p.text[m.at..m.end], words) + m.at;
            let end = if m.former { m.end } else { name_end };
            let key = fold(p.text[m.at..name_end].split_once(char::is_whitespace).map_or("", |x| x.1));
            let text = &p.text[m.at..end];
            let from: Option<&str> = self.units.holder(&key, &self.doc.source);
            let own_text = self.doc.meta.unit.as_ref().map_or_else(|| "?".to_string(), |u| u.to_string());
            let (vi, en) = match from {
                Some(f) if !f.is_empty() => (
                    format!("\"{text}\" là đơn vị của {f}, không phải {own_text}: có lẽ sao chép từ văn bản đó."),
                    format!("\"{text}\" is the unit of {f}, not {own_text}: probably copied from that document."),
                ),
                Some(_) => (
                    format!(
                        "\"{text}\" là đơn vị khác (trong danh sách --units), không phải {own_text}: có lẽ sao chép."
                    ),
                    format!("\"{text}\" is another unit (in the --units list), not {own_text}: probably copied."),
                ),
                None => (
                    format!(
                        "\"{text}\" không phải đơn vị của văn bản này ({own_text}): kiểm tra xem có sót từ văn bản sao chép không."
                    ),
                    format!(
                        "\"{text}\" is not this document's unit ({own_text}): check it was not left over from a copied text."
                    ),
                ),
            };
            self.push("other-unit", Severity::Warning, p, m.at, text, say(lang, vi, en));
        }
        let Some(own_level) = own_level else { return };
        if own_level == Level::Tinh {
            return;
        }
        for c in BODY_LEVEL.captures_iter(p.text) {
            let (Some(body), Some(level)) = (c.get(1), c.get(2)) else { continue };
            let word = level.as_str();
            if word == own_level.word() {
                continue;
            }
            // "UBND xã Cao Lộc" names a unit: the rule above decides.
            let after = p.text[level.end()..].trim_start();
            if after.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let text = &p.text[body.start()..level.end()];
            let own = own_level.word();
            let vi = format!("\"{text}\" trong văn bản của một {own}: có lẽ sao chép từ văn bản của một {word}.");
            let en = format!("\"{text}\" in the document of a {own}: probably copied from a {word}'s document.");
            self.push("other-unit", Severity::Warning, p, body.start(), text, say(lang, vi, en));
        }
    }
}
