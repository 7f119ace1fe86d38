//! The `sosanh` command: parses flags into resolved options, calls the library, and
//! turns errors into one line on standard error and exit status 2.

mod cli_vi;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use sosanh::check::{CheckOptions, Lang, Severity};
use sosanh::compare::MatchSettings;
use sosanh::exit;
use sosanh::read::{Encoding, ReadOptions};
use sosanh::render::compare::{Filter, View};
use sosanh::render::{ColorChoice, Display};
use sosanh::reuse::ReuseSettings;
use sosanh::series::{Order, SeriesSettings};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Compare Vietnamese local-government work programmes and reports.
///
/// sosanh reads programmes ("Chương trình công tác") and reports as text, DOCX or PDF,
/// finds their numbered sections and tasks, and tells what was carried over, reworded,
/// moved, new or dropped between two of them (compare); which of many documents copied
/// what from which (reuse); how a unit's tasks went through a year (series); and which
/// slips copying left in one before it is signed (check).
///
/// The interface speaks Vietnamese unless given --lang en, this help too.
#[derive(Parser, Debug)]
#[command(name = "sosanh", version, about, long_about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    // Here so that `--lang` may come before the command's name too: its value reaches the
    // command's own `--lang` (clap hands a global given at the top down to the command).
    /// Language of the output's words and of this help (tiếng Việt or English).
    #[arg(long, value_enum, default_value = "vi", global = true)]
    #[allow(dead_code)]
    lang: LangArg,
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
    /// Language of the output's words and of this help (tiếng Việt or English).
    #[arg(long, value_enum, default_value = "vi", global = true)]
    lang: LangArg,
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
        /// Show only these kinds of task, comma-separated: new, dropped, reworded, moved,
        /// identical, split, merged.
        #[arg(long, value_name = "KINDS")]
        only: Option<String>,
        /// Show only this section and its subsections, by path on either side, e.g. I.8.
        #[arg(long, value_name = "PATH")]
        section: Option<String>,
        /// Minimum similarity (0-1) for a task to count as carried over. Two tasks left over
        /// may still pair up to 0.2 below it when their sections are aligned, one is the
        /// other's closest candidate, the other the first's closest in aligned sections, and a
        /// neighbouring pair holds them in place (in items without a title, each being the
        /// other's closest in the whole document is enough); down to 0.1 when pairs on both
        /// sides do.
        #[arg(long, value_name = "X", default_value_t = MatchSettings::default().task_threshold)]
        task_threshold: f64,
        /// Minimum similarity (0-1) for two sections to be aligned: the evidence of titles,
        /// tasks, words and position combined (docs/json-format.md), with no other allowance.
        #[arg(long, value_name = "X", default_value_t = MatchSettings::default().section_threshold)]
        section_threshold: f64,
        /// Show, for every pair of sections and tasks, the evidence and the words that
        /// matched with their weights.
        #[arg(long)]
        explain: bool,
        /// Pairs of tasks to treat as the same or as different, applied before matching: a
        /// file written by --write-links, edited (lines "same|different<TAB>old path<TAB>old
        /// text<TAB>new path<TAB>new text"; tasks are found by their text).
        #[arg(long, value_name = "FILE")]
        links: Option<String>,
        /// Save this run's task pairs (and the "different" links given) to FILE, for --links
        /// next time.
        #[arg(long, value_name = "FILE")]
        write_links: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Find copy-paste reuse across many programmes: which documents share text, the
    /// shared passages, and the templates many units copied.
    ///
    /// PATH is a file, a directory (searched recursively for .txt, .docx and .pdf) or a
    /// glob pattern such as 'thang-02/*.docx'. Text is matched on its normalised words,
    /// with unit names masked, so "HĐND phường Tam Thanh" and "HĐND xã Cao Lộc" count as
    /// the same words. A file that cannot be read is reported and the run goes on.
    ///
    /// Exit status: 0 when no two documents share a passage, 1 when some do, 2 when a
    /// file could not be read (the report on the others is still written) or on error.
    ///
    /// Examples:
    ///   sosanh reuse fixtures/
    ///   sosanh reuse 'bao-cao/2026-*/*.docx' --min-words 12
    ///   sosanh reuse thang-02/ --format csv -o matrix.csv
    #[command(verbatim_doc_comment)]
    Reuse {
        /// Files, directories or glob patterns (at least two documents in all).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Output format: text (ranked pairs, templates, passages), json (everything,
        /// schema sosanh.reuse.v1) or csv (the pairwise table, for spreadsheets).
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ReuseFormat,
        /// The shortest shared passage reported, in words.
        #[arg(long, value_name = "N", default_value_t = ReuseSettings::default().min_words)]
        min_words: usize,
        /// A passage held by at least this many documents is reported once, as a template.
        #[arg(long, value_name = "N", default_value_t = ReuseSettings::default().min_units)]
        min_units: usize,
        /// Worker threads (default: one per CPU). The report is the same for any number.
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
        /// Refuse to run on more documents than this.
        #[arg(long, value_name = "N", default_value_t = ReuseSettings::default().max_files)]
        max_files: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Check programmes for the slips that copying leaves: impossible or too-late dates,
    /// another month's meeting, another unit's name, malformed document symbols, repeated
    /// words and sentences, numbering gaps, blank header fields.
    ///
    /// Each finding has a rule, a severity (error, warning, note), the line, the section
    /// and a one-line explanation. With several files, each file's unit is known to the
    /// others, so a name from another file is reported as a likely copy.
    ///
    /// Exit status: 0 when there is no finding at or above --fail-on, 1 when there is, 2
    /// when a file could not be read (the others are still checked) or on error.
    ///
    /// Examples:
    ///   sosanh check fixtures/quoc-khanh-2026-01.txt
    ///   sosanh check du-thao.docx --final --lang en
    ///   sosanh check thang-02/*.docx --units don-vi.txt --format json -o findings.json
    #[command(verbatim_doc_comment)]
    Check {
        /// The documents to check (text, DOCX or PDF; directories and globs as for reuse).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Output format: text (grouped by section) or json (schema sosanh.check.v1).
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: CheckFormat,
        /// The document is the signed copy: blank header fields ("Số: /CTr-UBND") are
        /// errors, not notes.
        #[arg(long = "final")]
        final_copy: bool,
        /// Exit with status 1 when there is a finding at or above this severity.
        #[arg(long, value_enum, default_value = "warning", value_name = "SEVERITY")]
        fail_on: FailOn,
        /// A file listing unit names, one per line ("phường Tam Thanh" or "Tam Thanh"):
        /// mentions of them in a document that is not theirs are likely copies.
        #[arg(long, value_name = "FILE")]
        units: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Follow the tasks of a unit's programmes through a year: how long each task has been
    /// carried word for word, which were reworded, dropped, brought back or set only once.
    ///
    /// FILE is a file, a directory (searched recursively for .txt, .docx and .pdf) or a glob
    /// pattern. Documents are grouped by unit (several units give several series, never
    /// mixed) and ordered by period, then issue date. Each document's tasks are matched with
    /// the previous document's as in compare; a task missing for up to --gap documents
    /// and then back is linked across the gap. The timeline has one row per task lineage
    /// and one column per document: = identical, ~ reworded, + first seen, · absent.
    ///
    /// Exit status: 0 when every series carried every task word for word, 1 when anything
    /// changed, 2 when a file could not be read or placed (the report on the others is
    /// still written) or on error.
    ///
    /// Examples:
    ///   sosanh series fixtures/tam-thanh-2025-12.txt fixtures/tam-thanh-2026-02.txt
    ///   sosanh series 'chuong-trinh/2025-*.docx' --stale 4
    ///   sosanh series thang/ --format csv -o lineages.csv
    #[command(verbatim_doc_comment)]
    Series {
        /// Files, directories or glob patterns.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Output format: text (timeline and findings), json (schema sosanh.series.v1),
        /// csv (one row per lineage), html (one page: the timeline, a click on a cell shows
        /// that document's text) or xlsx (timeline, counts per period, one sheet per finding).
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: SeriesFormat,
        /// How many documents back a task missing from the previous one is looked for.
        #[arg(long, value_name = "N", default_value_t = SeriesSettings::default().gap)]
        gap: usize,
        /// Report tasks carried word for word in at least N documents in a row.
        #[arg(long, value_name = "N", default_value_t = SeriesSettings::default().stale)]
        stale: usize,
        /// Order of each unit's documents: by period (then issue date), or as given.
        #[arg(long, value_enum, default_value = "period")]
        order: OrderArg,
        /// Minimum similarity (0-1) for a task to count as carried over.
        #[arg(long, value_name = "X", default_value_t = MatchSettings::default().task_threshold)]
        task_threshold: f64,
        /// Worker threads (default: one per CPU). The report is the same for any number.
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum SeriesFormat {
    Text,
    Json,
    Csv,
    Html,
    Xlsx,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum OrderArg {
    /// By period, then issue date, then file name.
    Period,
    /// As given on the command line (directories and globs expand sorted by name).
    Given,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum CheckFormat {
    Text,
    Json,
    Html,
    Xlsx,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum FailOn {
    Note,
    Warning,
    Error,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum ReuseFormat {
    Text,
    Json,
    Csv,
    Html,
    Xlsx,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum CompareFormat {
    Text,
    Json,
    Markdown,
    Csv,
    Html,
    Xlsx,
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
    Html,
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
    fn lang(&self) -> Lang {
        match self.lang {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
    fn display(&self) -> Display {
        let choice = match self.color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        };
        Display { lang: self.lang(), ..Display::for_stdout(choice, self.output.is_some()) }
    }
}

fn main() -> ExitCode {
    let cli = match parse_args(&std::env::args_os().collect::<Vec<_>>()) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    tune_malloc(matches!(cli.command, Command::Compare { .. }));
    sosanh::cleanup::install_signal_handlers();
    let lang = cli.command.common().lang();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            say(&format!("sosanh: {}", e.message(lang)));
            ExitCode::from(exit::ERROR)
        }
    }
}

/// Parses the command line with its help and refusals in the language asked for
/// (Vietnamese unless `--lang en`, [`cli_vi`]); `Err` is the exit status once help, the
/// version or a refusal has been printed.
fn parse_args(args: &[std::ffi::OsString]) -> Result<Cli, ExitCode> {
    let lang = cli_vi::lang_asked(args);
    let mut cmd = command();
    let mut parsed = cmd.try_get_matches_from_mut(args);
    // Help, the version or a refusal is parsed again by the Vietnamese command line, built
    // only then: building it costs 0.3 M instructions, 1% of a compare on two fixtures.
    let help = matches!(&parsed, Ok(m) if m.subcommand_name() == Some("help"));
    if lang == Lang::Vi && (parsed.is_err() || help) {
        cmd = cli_vi::localise(command());
        parsed = cmd.try_get_matches_from_mut(args);
    }
    let matches = parsed.map_err(|e| refused(e, lang))?;
    if let Some(("help", m)) = matches.subcommand() {
        let mut again = vec![args[0].clone()];
        again.extend(m.get_one::<String>("command").map(Into::into));
        again.push("--help".into());
        return Err(match cmd.try_get_matches_from_mut(again) {
            Err(e) => refused(e, lang),
            Ok(_) => ExitCode::from(exit::ERROR),
        });
    }
    Cli::from_arg_matches(&matches).map_err(|e| refused(e.format(&mut cmd), lang))
}

/// The command line: `Cli`'s, with a `help [COMMAND]` command of sosanh's own in place of
/// clap's, so that it takes `--lang` and speaks Vietnamese ([`parse_args`] answers it).
fn command() -> clap::Command {
    Cli::command().disable_help_subcommand(true).subcommand(
        clap::Command::new("help")
            .about("Print this help, or the help of a command.")
            .arg(clap::Arg::new("command").value_name("COMMAND").help("The command whose help to print.")),
    )
}

/// Prints clap's help, version or refusal `e` and gives its exit status: 0 for help and
/// the version, 2 ([`exit::ERROR`]) for a refusal, which the Vietnamese interface tells in
/// Vietnamese.
fn refused(e: clap::Error, lang: Lang) -> ExitCode {
    use clap::error::ErrorKind;
    let shown = matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if shown || lang == Lang::En {
        let _ = e.print();
        return ExitCode::from(if e.exit_code() == 0 { exit::SAME } else { exit::ERROR });
    }
    for line in cli_vi::refusal(&e) {
        say(&line);
    }
    ExitCode::from(exit::ERROR)
}

/// How much the heap grows at a time (glibc's M_TOP_PAD).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HEAP_STEP: usize = 16 << 20;

/// Tells glibc's allocator to take memory from the system in large steps: the heap grows
/// 16 MiB at a time (M_TOP_PAD) instead of 128 KiB. A run is short and gives no memory back
/// before it exits; this saves about 35 system calls of `compare`. For `compare`, the heap
/// is then put on 2 MiB pages ([`huge_heap`]); not for the batch commands, whose work is
/// in their threads' arenas and whose peak memory grew by a tenth with it (`reuse` on 2,000
/// generated documents: 285 → 317 MB, no faster). Each thread keeps its own arena:
/// `compare` had its two reading threads share one (M_ARENA_MAX 1) to save the second
/// arena's page faults, but with the main heap on huge pages the shared arena's lock cost
/// more (about 70 context switches a run; measured 12.15 → 11.69 ms median,
/// docs/speed-history.md).
fn tune_malloc(huge: bool) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets the allocator's parameters, and no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, HEAP_STEP as i32);
        if huge {
            huge_heap();
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = huge;
}

/// Asks the kernel for the main heap in 2 MiB pages (transparent huge pages, `madvise`
/// mode, the default of most distributions) rather than 4 KiB ones. Each first touch of a
/// 4 KiB page is a page fault, about 2.5 µs on a virtual machine; `compare` on two monthly
/// programmes touched about 300 heap pages, a millisecond of a 13 ms run, and now touches
/// one huge page instead (measured: 612 → 281 faults, median 12.54 → 11.95 ms;
/// docs/speed-history.md).
///
/// The heap is glibc's: it has just grown by `M_TOP_PAD` past the allocation below, so
/// the 2 MiB-aligned part of the space above is marked for huge pages, and one block
/// fills the heap up to that boundary, so that what is allocated next lies in it. The
/// block (and the probe under it) is never freed: it is address space only (its pages
/// are never touched but for its header). Blocks up to 32 MiB come from the heap
/// (M_MMAP_THRESHOLD) rather than from a mapping of their own, so that a large
/// document's text lies on the huge pages too.
/// Where transparent huge pages are off, `madvise` does nothing and nothing is lost; where
/// anything is not as expected, nothing is done.
///
/// # Safety
/// Call once, before any other thread starts.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
unsafe fn huge_heap() {
    const HUGE: usize = 2 << 20;
    // Larger than the heap glibc starts with (132 KiB), so it grows by M_TOP_PAD for it.
    const PROBE: usize = 256 << 10;
    // SAFETY: plain calls into the allocator and the kernel; the only memory written is
    // glibc's own, through malloc.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        let probe = std::hint::black_box(libc::malloc(PROBE)) as usize;
        if probe == 0 {
            return;
        }
        // glibc's chunk: a 16-byte header before the pointer, sizes rounded up to 16
        // bytes with 8 of them for the header; the rest of the heap starts right after.
        let rest = probe + PROBE;
        let boundary = (rest + 64 + HUGE - 1) & !(HUGE - 1);
        let end = libc::sbrk(0) as usize;
        // The probe from the heap's top (not a mapping of its own, not a free block lower
        // down), and room for a huge page at least above the boundary.
        if rest > end || end - rest > HEAP_STEP + HUGE || end < boundary + HUGE {
            return;
        }
        if libc::madvise(boundary as *mut libc::c_void, end - boundary, libc::MADV_HUGEPAGE) == 0 {
            // A block from `rest` to the boundary: the heap's free space then starts at the
            // boundary, its first touch (glibc's header of that space) after the advice.
            std::hint::black_box(libc::malloc(boundary - rest - 8));
        }
    }
}

impl Command {
    fn common(&self) -> &Common {
        match self {
            Command::Outline { common, .. }
            | Command::Compare { common, .. }
            | Command::Reuse { common, .. }
            | Command::Check { common, .. }
            | Command::Series { common, .. } => common,
        }
    }
}

/// Writes one line to standard error, with control characters (a newline or an escape
/// sequence in a file name) shown escaped so the line stays one line and cannot drive
/// the terminal. A standard error that cannot be written (closed, a full disk) is
/// ignored: the exit status still tells.
fn say(line: &str) {
    let mut clean = String::with_capacity(line.len() + 1);
    for c in line.chars() {
        if c.is_control() {
            clean.extend(c.escape_default());
        } else {
            clean.push(c);
        }
    }
    clean.push('\n');
    let _ = std::io::stderr().lock().write_all(clean.as_bytes());
}

/// What a batch did with a file it could not read.
fn skipped(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "bỏ qua",
        Lang::En => "skipped",
    }
}

/// Refuses an `-o` target that must not be replaced, before any document is read.
fn preflight(output: Option<&str>, inputs: &[&str]) -> sosanh::Result<()> {
    match output {
        Some(path) => sosanh::output::check_target(path, inputs).map(|_| ()),
        None => Ok(()),
    }
}

/// Expands batch paths, reporting unreadable entries "(skipped)" and the files a folder
/// scan left out; returns the files and how many entries were unreadable.
fn expand_batch(args: &[String], lang: Lang) -> sosanh::Result<(Vec<String>, usize)> {
    let e = sosanh::paths::expand(args).map_err(sosanh::Error::Usage)?;
    for m in &e.unreadable {
        say(&format!("sosanh: {m} ({})", skipped(lang)));
    }
    if let Some(line) = e.ignored_summary(lang) {
        say(&format!("sosanh: {line}"));
    }
    Ok((e.files, e.unreadable.len()))
}

fn run(cli: Cli) -> sosanh::Result<u8> {
    match cli.command {
        Command::Outline { file, format, common } => {
            preflight(common.output.as_deref(), &[file.as_str()])?;
            let doc = sosanh::read::read_document(&file, &common.read_options())?;
            let display = common.display();
            emit(common.output.as_deref(), &[file.as_str()], &mut |w| match format {
                OutlineFormat::Text => sosanh::render::outline::text(&doc, &display, w),
                OutlineFormat::Json => sosanh::render::outline::json(&doc, w),
                OutlineFormat::Html => w.write_all(sosanh::render::html::outline::html(&doc, common.lang()).as_bytes()),
            })?;
            Ok(exit::SAME)
        }
        Command::Compare {
            old,
            new,
            format,
            only,
            section,
            task_threshold,
            section_threshold,
            explain,
            links,
            write_links,
            common,
        } => {
            for (name, v) in [("--task-threshold", task_threshold), ("--section-threshold", section_threshold)] {
                if !(0.0..=1.0).contains(&v) {
                    return Err(between_0_and_1(name, v));
                }
            }
            let filter = match only {
                Some(s) => Filter::parse(&s).map_err(sosanh::Error::Usage)?,
                None => Filter::default(),
            };
            preflight(common.output.as_deref(), &[old.as_str(), new.as_str()])?;
            let view = View { filter, section, explain };
            let user_links = match &links {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .map_err(|e| sosanh::Error::input(path.clone(), sosanh::error::Problem::Io(e)))?;
                    sosanh::compare::links::parse(&text)
                        .map_err(|e| sosanh::Error::usage(format!("{path}: {}", e.en), format!("{path}: {}", e.vi)))?
                }
                None => Vec::new(),
            };
            let settings = MatchSettings {
                task_threshold,
                section_threshold,
                explain,
                links: user_links.clone(),
                ..MatchSettings::default()
            };
            let opts = common.read_options();
            // The two documents are read and prepared at the same time, each on one thread
            // (this one and one more): no thread pool is started for two documents.
            let (mut slot_a, mut slot_b) = (None, None);
            let (pa, pb) = std::thread::scope(|s| {
                let a = s.spawn(|| read_and_prepare(&old, &opts, &mut slot_a));
                let b = read_and_prepare(&new, &opts, &mut slot_b);
                (a.join().unwrap_or_else(|_| Err(sosanh::Error::usage("reading failed", "đọc tệp thất bại"))), b)
            });
            let (pa, pb) = (pa?, pb?);
            let c = sosanh::compare::compare_prepared(&pa, &pb, &settings);
            let (a, b) = (pa.document(), pb.document());
            let display = common.display();
            let lang = common.lang();
            let csv_bom = common.output.is_some();
            refuse_binary_to_terminal(matches!(format, CompareFormat::Xlsx), &common)?;
            emit(common.output.as_deref(), &[old.as_str(), new.as_str()], &mut |w| match format {
                CompareFormat::Text => sosanh::render::compare::text(&c, &view, &display, w),
                CompareFormat::Json => sosanh::render::compare::json(&c, w),
                CompareFormat::Markdown => sosanh::render::compare::markdown(&c, &view, lang, w),
                CompareFormat::Csv => bom(csv_bom, w).and_then(|_| sosanh::render::compare::csv(&c, &view, w)),
                CompareFormat::Html => {
                    w.write_all(sosanh::render::html::compare::html(&c, [Some(a), Some(b)], &view, lang).as_bytes())
                }
                CompareFormat::Xlsx => w.write_all(&sosanh::render::xlsx::compare(&c, &view, lang)?),
            })?;
            if let Some(path) = &write_links {
                sosanh::output::write_atomic_with(path, &[old.as_str(), new.as_str()], &mut |w| {
                    sosanh::compare::links::write(&c, &user_links, w)
                })?;
            }
            let code = if c.all_identical() { exit::SAME } else { exit::DIFFERENT };
            // The command ends here: the system takes the memory back at once when the
            // process exits, faster than freeing it one allocation at a time.
            std::mem::forget(c);
            std::mem::forget((pa, pb));
            std::mem::forget((slot_a, slot_b));
            Ok(code)
        }
        Command::Reuse { paths, format, min_words, min_units, jobs, max_files, common } => {
            if min_words < 2 {
                return Err(at_least("--min-words", 2, min_words));
            }
            if min_units < 2 {
                return Err(at_least("--min-units", 2, min_units));
            }
            set_jobs(jobs)?;
            refuse_binary_to_terminal(matches!(format, ReuseFormat::Xlsx), &common)?;
            let (files, unreadable) = expand_batch(&paths, common.lang())?;
            if files.len() > max_files {
                return Err(sosanh::Error::usage(
                    format!(
                        "{} documents found, more than --max-files {max_files}; raise --max-files to run on all of them",
                        files.len()
                    ),
                    format!(
                        "tìm thấy {} văn bản, nhiều hơn --max-files {max_files}; hãy nâng --max-files để chạy trên tất cả",
                        files.len()
                    ),
                ));
            }
            let inputs: Vec<&str> = files.iter().map(String::as_str).collect();
            preflight(common.output.as_deref(), &inputs)?;
            let progress = std::io::stderr().is_terminal();
            let (docs, failed) = read_many(&files, &common.read_options(), progress, common.lang());
            let failed = failed + unreadable;
            if docs.len() < 2 {
                return Err(sosanh::Error::usage(
                    format!("reuse needs at least two readable documents; {} given", docs.len()),
                    format!("reuse cần ít nhất hai văn bản đọc được; ở đây có {}", docs.len()),
                ));
            }
            let settings = ReuseSettings { min_words, min_units, progress, max_files };
            let report = sosanh::reuse::reuse(&docs, &settings);
            let display = common.display();
            let lang = common.lang();
            let csv_bom = common.output.is_some();
            emit(common.output.as_deref(), &inputs, &mut |w| match format {
                ReuseFormat::Text => sosanh::render::reuse::text(&report, &display, w),
                ReuseFormat::Json => sosanh::render::reuse::json(&report, w),
                ReuseFormat::Csv => bom(csv_bom, w).and_then(|_| sosanh::render::reuse::csv(&report, w)),
                ReuseFormat::Html => w.write_all(sosanh::render::html::reuse::html(&report, lang).as_bytes()),
                ReuseFormat::Xlsx => w.write_all(&sosanh::render::xlsx::reuse(&report, lang)?),
            })?;
            let code = if failed > 0 {
                exit::ERROR
            } else if report.anything_shared() {
                exit::DIFFERENT
            } else {
                exit::SAME
            };
            // The command ends here. Freeing the report and the documents one allocation at
            // a time took 2.3 s of a 35 s run on 10,000 documents; the system takes the
            // memory back at once when the process exits.
            std::mem::forget(report);
            std::mem::forget(docs);
            Ok(code)
        }
        Command::Series { files, format, gap, stale, order, task_threshold, jobs, common } => {
            let order = match order {
                OrderArg::Period => Order::Period,
                OrderArg::Given => Order::Given,
            };
            let matching = MatchSettings { task_threshold, ..MatchSettings::default() };
            run_series(files, format, SeriesSettings { gap, stale, order, matching }, jobs, common)
        }
        Command::Check { files, format, final_copy, fail_on, units, common } => {
            refuse_binary_to_terminal(matches!(format, CheckFormat::Xlsx), &common)?;
            let opts = common.read_options();
            let known_units = match &units {
                Some(p) => read_units(p, &opts)?,
                None => Vec::new(),
            };
            let (files, unreadable) = expand_batch(&files, common.lang())?;
            let mut inputs: Vec<&str> = files.iter().map(String::as_str).collect();
            inputs.extend(units.as_deref());
            preflight(common.output.as_deref(), &inputs)?;
            let progress = std::io::stderr().is_terminal();
            let (docs, failed) = read_many(&files, &opts, progress, common.lang());
            let failed = failed + unreadable;
            if docs.is_empty() {
                return Ok(exit::ERROR);
            }
            let lang = common.lang();
            let copts = CheckOptions { final_copy, lang, known_units };
            let findings = sosanh::check::check_all(&docs, &copts);
            let results: Vec<(&sosanh::model::Document, &[sosanh::check::Finding])> =
                docs.iter().zip(&findings).map(|(d, f)| (d, f.as_slice())).collect();
            let display = common.display();
            emit(common.output.as_deref(), &inputs, &mut |w| match format {
                CheckFormat::Text => sosanh::render::check::text(&results, &display, w),
                CheckFormat::Json => sosanh::render::check::json(&results, w),
                CheckFormat::Html => w.write_all(sosanh::render::html::check::html(&results, lang).as_bytes()),
                CheckFormat::Xlsx => w.write_all(&sosanh::render::xlsx::check(&results, lang)?),
            })?;
            let threshold = match fail_on {
                FailOn::Note => Severity::Note,
                FailOn::Warning => Severity::Warning,
                FailOn::Error => Severity::Error,
            };
            let failing = findings.iter().flatten().any(|f| f.severity >= threshold);
            Ok(if failed > 0 {
                exit::ERROR
            } else if failing {
                exit::DIFFERENT
            } else {
                exit::SAME
            })
        }
    }
}

/// The largest `--units` file read: a list of every commune in the country is well under
/// a megabyte, and a larger limit would let `--units /dev/zero` fill memory first.
const MAX_UNITS_BYTES: u64 = 16 * 1024 * 1024;

/// A CSV written to a file starts with a UTF-8 byte-order mark, so Excel on Windows reads
/// the Vietnamese as UTF-8; on standard output it would get in the way of other tools.
fn bom(on: bool, w: &mut dyn Write) -> std::io::Result<()> {
    if on { w.write_all("\u{feff}".as_bytes()) } else { Ok(()) }
}

/// An Excel workbook is binary: it goes to a file (`-o`) or a pipe, never to a terminal.
fn refuse_binary_to_terminal(binary: bool, common: &Common) -> sosanh::Result<()> {
    if binary && common.output.is_none() && std::io::stdout().is_terminal() {
        return Err(sosanh::Error::usage(
            "--format xlsx writes a binary file: give -o FILE.xlsx",
            "--format xlsx ghi ra tệp nhị phân: hãy cho -o TỆP.xlsx",
        ));
    }
    Ok(())
}

fn run_series(
    files: Vec<String>,
    format: SeriesFormat,
    settings: SeriesSettings,
    jobs: Option<usize>,
    common: Common,
) -> sosanh::Result<u8> {
    if !(0.0..=1.0).contains(&settings.matching.task_threshold) {
        return Err(between_0_and_1("--task-threshold", settings.matching.task_threshold));
    }
    if settings.stale < 2 {
        return Err(at_least("--stale", 2, settings.stale));
    }
    set_jobs(jobs)?;
    refuse_binary_to_terminal(matches!(format, SeriesFormat::Xlsx), &common)?;
    let files = expand_in_order(&files, settings.order)?;
    let progress = std::io::stderr().is_terminal();
    let (docs, failed) = read_many(&files, &common.read_options(), progress, common.lang());
    if docs.is_empty() {
        return Ok(exit::ERROR);
    }
    let report = sosanh::series::series(&docs, &settings);
    for r in &report.refused {
        eprintln!("sosanh: {}: {}", r.file, r.reason);
    }
    let inputs: Vec<&str> = files.iter().map(String::as_str).collect();
    let display = common.display();
    emit(common.output.as_deref(), &inputs, &mut |w| match format {
        SeriesFormat::Text => sosanh::render::series::text(&report, &display, w),
        SeriesFormat::Json => sosanh::render::series::json(&report, w),
        SeriesFormat::Csv => sosanh::render::series::csv(&report, w),
        SeriesFormat::Html => w.write_all(sosanh::render::html::series::html(&report, common.lang()).as_bytes()),
        SeriesFormat::Xlsx => w.write_all(&sosanh::render::series_xlsx::xlsx(&report, common.lang())?),
    })?;
    Ok(if failed > 0 || !report.refused.is_empty() {
        exit::ERROR
    } else if report.anything_changed() {
        exit::DIFFERENT
    } else {
        exit::SAME
    })
}

/// The files of a batch command; with `--order given`, each argument's files in the order
/// the arguments were given (each directory or glob sorted), not one sorted list.
fn expand_in_order(args: &[String], order: Order) -> sosanh::Result<Vec<String>> {
    if order == Order::Period {
        return sosanh::paths::expand_paths(args).map_err(sosanh::Error::Usage);
    }
    let mut out = Vec::new();
    for a in args {
        out.extend(sosanh::paths::expand_paths(std::slice::from_ref(a)).map_err(sosanh::Error::Usage)?);
    }
    Ok(out)
}

/// Reads the `--units` file: one name per line; blank lines and lines starting with '#'
/// are skipped.
fn read_units(path: &str, opts: &ReadOptions) -> sosanh::Result<Vec<String>> {
    let limited = ReadOptions { max_bytes: opts.max_bytes.min(MAX_UNITS_BYTES), ..opts.clone() };
    let bytes = sosanh::read::read_bytes(path, &limited)?;
    let (text, _) = sosanh::read::decode(&bytes, opts).map_err(|p| sosanh::Error::input(path, p))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(sosanh::normalize::nfc)
        .collect())
}

/// Reads a document into `slot` and prepares it for comparison.
fn read_and_prepare<'a>(
    path: &str,
    opts: &ReadOptions,
    slot: &'a mut Option<sosanh::model::Document>,
) -> sosanh::Result<sosanh::compare::Prepared<'a>> {
    let doc = slot.insert(sosanh::read::read_document(path, opts)?);
    Ok(sosanh::compare::Prepared::new(doc))
}

/// A flag's value out of 0–1.
fn between_0_and_1(name: &str, v: f64) -> sosanh::Error {
    sosanh::Error::usage(
        format!("{name} must be between 0 and 1, not {v}"),
        format!("{name} phải nằm trong khoảng 0 đến 1, không phải {v}"),
    )
}

/// A count flag below its least value.
fn at_least(name: &str, least: usize, v: usize) -> sosanh::Error {
    sosanh::Error::usage(
        format!("{name} must be at least {least}, not {v}"),
        format!("{name} phải ít nhất là {least}, không phải {v}"),
    )
}

/// Sets the number of worker threads for the whole run (`--jobs`).
fn set_jobs(jobs: Option<usize>) -> sosanh::Result<()> {
    match jobs {
        Some(0) => Err(at_least("--jobs", 1, 0)),
        Some(n) => rayon::ThreadPoolBuilder::new().num_threads(n).build_global().map_err(|e| {
            sosanh::Error::usage(
                format!("cannot start {n} threads: {e}"),
                format!("không khởi động được {n} luồng: {e}"),
            )
        }),
        None => Ok(()),
    }
}

/// Reads many documents in parallel, keeping their order. A file that cannot be read is
/// reported on standard error (one line, as for a single file) and left out: one bad file
/// does not stop a batch. Returns the documents read and how many failed.
fn read_many(
    files: &[String],
    opts: &ReadOptions,
    progress: bool,
    lang: Lang,
) -> (Vec<sosanh::model::Document>, usize) {
    use rayon::prelude::*;
    let bar = sosanh::output::progress_bar(progress && files.len() > 50, files.len(), "reading");
    let results: Vec<sosanh::Result<sosanh::model::Document>> = files
        .par_iter()
        .map(|f| {
            let r = sosanh::read::read_document(f, opts);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    let mut docs = Vec::with_capacity(results.len());
    let mut failed = 0;
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => {
                failed += 1;
                say(&format!("sosanh: {} ({})", e.message(lang), skipped(lang)));
            }
        }
    }
    (docs, failed)
}

/// Streams the result to standard output (buffered), or atomically to a file (`-o`).
fn emit(
    output: Option<&str>,
    inputs: &[&str],
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> sosanh::Result<()> {
    match output {
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match write(&mut out).and_then(|_| out.flush()) {
                // A closed pipe (`sosanh … | head`) is not an error worth reporting.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(sosanh::Error::Output { path: "standard output".into(), source: e }),
                Ok(()) => Ok(()),
            }
        }
        Some(path) => sosanh::output::write_atomic_with(path, inputs, write),
    }
}
