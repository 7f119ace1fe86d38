//! Rendering: turns results into text, JSON, CSV or Markdown on a writer it is given.
//! Printers decide nothing about the result; they only lay it out. Display settings
//! (colour, width) are separate from matching settings.

pub mod check;
pub mod compare;
pub mod outline;
pub mod reuse;

use std::io::IsTerminal;

/// How output should look.
#[derive(Debug, Clone, Copy)]
pub struct Display {
    /// Use ANSI colours.
    pub color: bool,
    /// Columns available for a line of text.
    pub width: usize,
}

impl Default for Display {
    fn default() -> Self {
        Display { color: false, width: 100 }
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
        Display { color, width }
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
