//! Rendering: turns results into text, JSON, CSV or Markdown on a writer it is given.
//! Printers decide nothing about the result; they only lay it out. Display settings
//! (colour, width) are separate from matching settings.

pub mod check;
pub mod compare;
pub mod html;
pub mod lang;
pub mod outline;
pub mod reuse;
pub mod series;
pub mod series_xlsx;
pub mod xlsx;

use crate::compare::diff::{Edit, Op};
use colored::{ColoredString, Colorize};
use std::io::IsTerminal;

/// How output should look.
#[derive(Debug, Clone, Copy)]
pub struct Display {
    /// Use ANSI colours.
    pub color: bool,
    /// Columns available for a line of text.
    pub width: usize,
    /// Output goes to a terminal: long file names may be cut to fit a line. In a file or
    /// pipe they are written whole.
    pub fit: bool,
    /// The language of the output's words.
    pub lang: lang::Lang,
}

impl Default for Display {
    fn default() -> Self {
        Display { color: false, width: 100, fit: false, lang: lang::Lang::Vi }
    }
}

/// The `--color` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl Display {
    /// Resolves colour and width for standard output: colour when it is a terminal and
    /// `NO_COLOR` is not set (or `--color always`); width from the terminal, else
    /// `COLUMNS`, else 100.
    pub fn for_stdout(choice: ColorChoice, to_file: bool) -> Display {
        let tty = !to_file && std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        let width = if tty { terminal_size::terminal_size().map(|(w, _)| w.0 as usize) } else { None }
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
            .unwrap_or(100)
            .clamp(40, 400);
        Display { color, width, fit: tty, lang: lang::Lang::Vi }
    }

    /// Applies the colour choice to the `colored` crate, which decides per string.
    pub fn apply(&self) {
        colored::control::set_override(self.color);
    }
}

/// Shortens `s` to at most `max` characters, ending with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let keep = max.saturating_sub(1);
    let mut out: String = s.chars().take(keep).collect();
    out.push('…');
    out
}

/// Plural helper for counts in English output: "1 task", "3 tasks".
pub fn count(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

/// Diff pieces as coloured strings; without colour, deletions read [-…-] and insertions {+…+}.
pub(crate) fn diff_pieces(edits: &[Edit], color: bool) -> Vec<ColoredString> {
    edits
        .iter()
        .map(|e| match (e.op, color) {
            (Op::Equal, _) => e.text.normal(),
            (Op::Delete, true) => e.text.red().strikethrough(),
            (Op::Insert, true) => e.text.green().underline(),
            (Op::Delete, false) => format!("[-{}-]", e.text.trim_end()).normal(),
            (Op::Insert, false) => format!("{{+{}+}}", e.text.trim_end()).normal(),
        })
        .collect()
}

/// What `colored` writes around any word in the style of `p` (with colour on or off as
/// it stands now): the style's escape sequence and the reset, or nothing. Found once per
/// piece by printing the style with no text, so a word is written by copying rather than
/// by formatting a styled copy of it.
fn style_around(p: &ColoredString) -> (String, &'static str) {
    const RESET: &str = "\x1B[0m";
    let mut bare = ColoredString::default();
    (bare.fgcolor, bare.bgcolor, bare.style) = (p.fgcolor, p.bgcolor, p.style);
    let empty = bare.to_string();
    match empty.strip_suffix(RESET) {
        Some(before) => (before.to_string(), RESET),
        None => (empty, ""),
    }
}

/// Wraps coloured pieces at spaces to `width` columns (at least 20), keeping each word's
/// style. Always at least one line.
pub(crate) fn wrap_pieces(pieces: &[ColoredString], width: usize) -> Vec<String> {
    let width = width.max(20);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut col = 0;
    for p in pieces {
        let plain: &str = p;
        let (before, after) = style_around(p);
        for word in plain.split(' ').filter(|w| !w.is_empty()) {
            let wlen = word.chars().count();
            if col > 0 && col + 1 + wlen > width {
                lines.push(std::mem::take(&mut line));
                col = 0;
            }
            if col > 0 {
                line.push(' ');
                col += 1;
            }
            if !after.is_empty() && word.contains(after) {
                // `colored` repeats the style after a reset inside the text: left to it.
                let mut styled = p.clone();
                styled.input = word.to_string();
                line.push_str(&styled.to_string());
            } else {
                line.push_str(&before);
                line.push_str(word);
                line.push_str(after);
            }
            col += wlen;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`wrap_pieces`] as first written: every word formatted as a styled copy of its piece.
    fn wrap_pieces_simple(pieces: &[ColoredString], width: usize) -> Vec<String> {
        let width = width.max(20);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut col = 0;
        for p in pieces {
            let plain: &str = p;
            for word in plain.split(' ').filter(|w| !w.is_empty()) {
                let wlen = word.chars().count();
                if col > 0 && col + 1 + wlen > width {
                    lines.push(std::mem::take(&mut line));
                    col = 0;
                }
                if col > 0 {
                    line.push(' ');
                    col += 1;
                }
                let mut styled = p.clone();
                styled.input = word.to_string();
                line.push_str(&styled.to_string());
                col += wlen;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The wrapped lines are those of formatting each word on its own, with colour on and
    /// off, for every style the printers use and text holding a reset sequence. (The only
    /// test of this crate that sets `colored`'s global override.)
    #[test]
    fn wrapping_copies_the_style_colored_would_write() {
        let text = "Tiếp tục  triển khai các nhiệm vụ; \x1B[0mđã reset giữa\x1B[0m chừng ";
        let edits = [
            Edit { op: Op::Equal, text: text.to_string() },
            Edit { op: Op::Delete, text: "bỏ đi một đoạn dài ".repeat(5) },
            Edit { op: Op::Insert, text: "thêm vào".to_string() },
        ];
        for on in [true, false] {
            colored::control::set_override(on);
            let mut sets: Vec<Vec<ColoredString>> = vec![
                diff_pieces(&edits, true),
                diff_pieces(&edits, false),
                vec![text.green(), text.red(), text.normal(), text.yellow().bold(), text.dimmed(), "".red()],
                vec![text.bold().cyan(), text.magenta(), text.on_blue().white().italic()],
                vec![],
            ];
            sets.push(sets[0].iter().chain(&sets[2]).cloned().collect());
            for pieces in &sets {
                for width in [0, 20, 33, 100] {
                    assert_eq!(wrap_pieces(pieces, width), wrap_pieces_simple(pieces, width), "colour {on}");
                }
            }
        }
        colored::control::unset_override();
    }
}
