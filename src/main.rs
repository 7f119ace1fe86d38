//! The `sosanh` command: parses flags into resolved options, calls the library, and
//! turns errors into one line on standard error and exit status 2.

use clap::{Parser, Subcommand, ValueEnum};
use sosanh::compare::MatchSettings;
use sosanh::exit;
use sosanh::read::{Encoding, ReadOptions};
use sosanh::render::compare::{Filter, View};
use sosanh::render::{ColorChoice, Display};
use std::io::Write;
use std::process::ExitCode;

/// Compare Vietnamese local-government work programmes and reports.
///
/// sosanh reads programmes ("Chương trình công tác") and reports as text, DOCX or PDF,
/// finds their numbered sections and tasks, and tells what was carried over, reworded,
/// moved, new or dropped between two of them.
#[derive(Parser, Debug)]
#[command(name = "sosanh", version, about, long_about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Debug, Clone)]
struct Common {
    /// When to colour the output (NO_COLOR in the environment also turns colour off).
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorArg,
    /// Text encoding of plain-text inputs: auto guesses between UTF-8 and the legacy
    /// Vietnamese encodings TCVN3 (ABC, .VnTime) and VNI.
    #[arg(long, value_enum, default_value = "auto", global = true)]
    encoding: EncodingArg,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = 512 * 1024 * 1024, global = true, value_name = "N")]
    max_bytes: u64,
    /// Write the result to FILE instead of standard output (written to a temporary file
    /// and renamed; never one of the inputs).
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    output: Option<String>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the outline of a document: metadata, numbered sections and task counts.
    ///
    /// Example: sosanh outline fixtures/tam-thanh-2026-02.txt
    Outline {
        /// The document (text, DOCX or PDF); `-` reads standard input.
        file: String,
        /// Output format.
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: OutlineFormat,
        #[command(flatten)]
        common: Common,
    },
    /// Compare two programmes: what was carried over (identical or reworded), moved, new
    /// or dropped.
    ///
    /// Tasks are matched by content, not by number, so renumbered, reordered, split and
    /// merged sections are followed. Exit status: 0 when every task was carried
    /// identically, 1 when anything differs, 2 on error.
    ///
    /// Examples:
    ///   sosanh compare fixtures/tam-thanh-2025-12.txt fixtures/tam-thanh-2026-02.txt
    ///   sosanh compare old.docx new.docx --only new,dropped
    ///   sosanh compare old.txt new.txt --format csv -o changes.csv
    #[command(verbatim_doc_comment)]
    Compare {
        /// The older document (or the one copied from).
        old: String,
        /// The newer document.
        new: String,
        /// Output format.
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: CompareFormat,
        /// Show only these kinds of task, comma-separated: new, dropped, reworded, moved, identical.
        #[arg(long, value_name = "KINDS")]
        only: Option<String>,
        /// Show only this section and its subsections, by path on either side, e.g. I.8.
        #[arg(long, value_name = "PATH")]
        section: Option<String>,
        /// Minimum similarity (0-1) for a task to count as carried over.
        #[arg(long, value_name = "X", default_value_t = MatchSettings::default().task_threshold)]
        task_threshold: f64,
        /// Minimum similarity (0-1) for two sections to be aligned.
        #[arg(long, value_name = "X", default_value_t = MatchSettings::default().section_threshold)]
        section_threshold: f64,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum CompareFormat {
    Text,
    Json,
    Markdown,
    Csv,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum EncodingArg {
    Auto,
    Utf8,
    Tcvn3,
    Vni,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum OutlineFormat {
    Text,
    Json,
}

impl Common {
    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            max_bytes: self.max_bytes,
            encoding: match self.encoding {
                EncodingArg::Auto => Encoding::Auto,
                EncodingArg::Utf8 => Encoding::Utf8,
                EncodingArg::Tcvn3 => Encoding::Tcvn3,
                EncodingArg::Vni => Encoding::Vni,
            },
            ..ReadOptions::default()
        }
    }
    fn display(&self) -> Display {
        let choice = match self.color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        };
        Display::for_stdout(choice, self.output.is_some())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("sosanh: {e}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn run(cli: Cli) -> sosanh::Result<u8> {
    match cli.command {
        Command::Outline { file, format, common } => {
            let doc = sosanh::read::read_document(&file, &common.read_options())?;
            let mut buf = Vec::new();
            let r = match format {
                OutlineFormat::Text => sosanh::render::outline::text(&doc, &common.display(), &mut buf),
                OutlineFormat::Json => sosanh::render::outline::json(&doc, &mut buf),
            };
            r.map_err(|e| sosanh::Error::Output { path: "output".into(), source: e })?;
            emit(&buf, common.output.as_deref(), &[file.as_str()])?;
            Ok(exit::SAME)
        }
        Command::Compare { old, new, format, only, section, task_threshold, section_threshold, common } => {
            for (name, v) in [("--task-threshold", task_threshold), ("--section-threshold", section_threshold)] {
                if !(0.0..=1.0).contains(&v) {
                    return Err(sosanh::Error::Usage(format!("{name} must be between 0 and 1, not {v}")));
                }
            }
            let filter = match only {
                Some(s) => Filter::parse(&s).map_err(sosanh::Error::Usage)?,
                None => Filter::default(),
            };
            let view = View { filter, section };
            let settings = MatchSettings { task_threshold, section_threshold, ..MatchSettings::default() };
            let opts = common.read_options();
            // The two documents are read at the same time.
            let (a, b) = std::thread::scope(|s| {
                let a = s.spawn(|| sosanh::read::read_document(&old, &opts));
                let b = sosanh::read::read_document(&new, &opts);
                (a.join().unwrap_or_else(|_| Err(sosanh::Error::Usage("reading failed".into()))), b)
            });
            let (a, b) = (a?, b?);
            let c = sosanh::compare::compare(&a, &b, &settings);
            let mut buf = Vec::new();
            let r = match format {
                CompareFormat::Text => sosanh::render::compare::text(&c, &view, &common.display(), &mut buf),
                CompareFormat::Json => sosanh::render::compare::json(&c, &mut buf),
                CompareFormat::Markdown => sosanh::render::compare::markdown(&c, &view, &mut buf),
                CompareFormat::Csv => sosanh::render::compare::csv(&c, &view, &mut buf),
            };
            r.map_err(|e| sosanh::Error::Output { path: "output".into(), source: e })?;
            emit(&buf, common.output.as_deref(), &[old.as_str(), new.as_str()])?;
            Ok(if c.all_identical() { exit::SAME } else { exit::DIFFERENT })
        }
    }
}

/// Writes the finished output to standard output, or atomically to a file.
fn emit(bytes: &[u8], output: Option<&str>, inputs: &[&str]) -> sosanh::Result<()> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|_| out.flush()) {
                // A closed pipe (`sosanh … | head`) is not an error worth reporting.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(sosanh::Error::Output { path: "standard output".into(), source: e }),
                Ok(()) => Ok(()),
            }
        }
        Some(path) => sosanh::output::write_atomic(path, bytes, inputs),
    }
}
