//! PDF to text through poppler's `pdftotext`.
//!
//! sosanh runs `pdftotext -raw -enc UTF-8 FILE -` (not `-layout`): for the one-column
//! documents it reads, the reading order is right and lines come out without the column
//! padding that `-layout` adds. The PDF bytes go to a temporary file (a fresh name in
//! the system temporary directory, removed afterwards) because not every pdftotext
//! reads a PDF from standard input. pdftotext is killed after [`TIMEOUT`].
//!
//! pdftotext ends each page with a form feed; each form feed becomes a line end, so a
//! page break is a line break and the reader's layout repair joins sentences across it.
//!
//! Hostile PDFs: pdftotext runs with its address space limited to [`MEMORY_LIMIT`]
//! (`setrlimit` in the child) as well as a time limit, its output is read only up to the
//! output budget (`--max-bytes`), and its own error output is summed up in one line. The
//! temporary copy is private (mode 0600, like a document that may be confidential) and
//! removed on every path, a signal included (see [`crate::cleanup`]).

use crate::error::{Problem, Said};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long pdftotext may run before it is killed.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The most address space pdftotext may use. Real programmes need tens of megabytes; a
/// crafted PDF was seen to take 24 GB without a limit.
pub const MEMORY_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

/// The message when pdftotext cannot be found.
pub const INSTALL_HINT_VI: &str = "cần pdftotext để đọc tệp PDF; hãy cài poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; Fedora: dnf install poppler-utils; macOS: brew install poppler; Windows: cài bộ poppler, ví dụ `winget install oschwartz10612.Poppler` hoặc `choco install poppler`, rồi thêm thư mục bin của nó vào PATH)";
/// [`INSTALL_HINT_VI`] in English.
pub const INSTALL_HINT: &str = "needs pdftotext to read PDF files; install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; Fedora: dnf install poppler-utils; macOS: brew install poppler; Windows: install the poppler binaries, for example with `winget install oschwartz10612.Poppler` or `choco install poppler`, and put their bin folder on PATH)";

/// Does this start like a PDF file ("%PDF-")?
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// A temporary file removed when dropped, and on SIGINT/SIGTERM while it exists.
struct TempFile(PathBuf, #[allow(dead_code)] crate::cleanup::Registered);

impl TempFile {
    fn create(bytes: &[u8]) -> std::io::Result<TempFile> {
        static SEQ: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir();
        let mut attempt = 0;
        loop {
            let name = format!("sosanh-{}-{}-{}.pdf", std::process::id(), nanos, SEQ.fetch_add(1, Ordering::Relaxed));
            let path = dir.join(name);
            let registered = crate::cleanup::register(&path);
            use std::os::unix::fs::OpenOptionsExt;
            match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path) {
                Ok(mut f) => {
                    let tmp = TempFile(path, registered);
                    f.write_all(bytes)?;
                    f.flush()?;
                    return Ok(tmp);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Is pdftotext on PATH (it answers `-v`)?
pub fn pdftotext_available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// The text of a PDF, by `pdftotext -raw -enc UTF-8`.
///
/// Errors: [`Problem::Tool`] when pdftotext is missing, fails on its own or takes more
/// than [`TIMEOUT`]; [`Problem::Format`] when the PDF is damaged, encrypted, or scanned
/// (pages but no text layer).
pub fn pdf_to_text(bytes: &[u8]) -> Result<String, Problem> {
    pdf_to_text_within(bytes, u64::MAX)
}

/// [`pdf_to_text`], stopping with [`Problem::OutputTooLarge`] once pdftotext has written
/// more than `max_output` bytes (`--max-bytes`).
pub fn pdf_to_text_within(bytes: &[u8], max_output: u64) -> Result<String, Problem> {
    run_pdftotext(&["pdftotext"], bytes, &Limits { timeout: TIMEOUT, memory: MEMORY_LIMIT, output: max_output })
}

/// What pdftotext may use.
#[derive(Debug, Clone, Copy)]
struct Limits {
    timeout: Duration,
    /// Bytes of address space (RLIMIT_AS).
    memory: u64,
    /// Bytes of text read from it.
    output: u64,
}

/// pdftotext's error output in one line: the first line that says something, and how
/// many more there were (a damaged file gives hundreds).
fn summarise(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let Some(first) = lines.first() else { return String::new() };
    let first: String = first.chars().filter(|c| !c.is_control()).take(200).collect();
    match lines.len() - 1 {
        0 => first,
        n => format!("{first} … and {n} more lines"),
    }
}

/// [`pdf_to_text`] with the command (program and leading arguments) and the limits as
/// parameters, for tests.
fn run_pdftotext(command: &[&str], bytes: &[u8], limits: &Limits) -> Result<String, Problem> {
    use std::os::unix::process::CommandExt;
    let timeout = limits.timeout;
    let tmp = TempFile::create(bytes).map_err(|e| {
        let dir = std::env::temp_dir();
        Problem::Tool(Said::new(
            format!("cannot write a temporary copy for pdftotext in {}: {e}", dir.display()),
            format!("không ghi được bản sao tạm cho pdftotext vào {}: {e}", dir.display()),
        ))
    })?;
    let (program, leading) = command.split_first().unwrap_or((&"pdftotext", &[]));
    let mut child = Command::new(program);
    child
        .args(leading)
        // `-raw` (content-stream order) because the default mode joins a word hyphenated
        // at a line end, which turns the symbol "57-" / "NQ/TW" into "57NQ/TW"; layout repair
        // rejoins hyphenated symbols itself. For one-column programmes the order is the same.
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&tmp.0)
        .arg("-")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let memory = limits.memory as libc::rlim_t;
    // SAFETY: the closure runs in the child between fork and exec and only calls
    // setrlimit, which is async-signal-safe; it allocates nothing.
    unsafe {
        child.pre_exec(move || {
            let limit = libc::rlimit { rlim_cur: memory, rlim_max: memory };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = match child.spawn() {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Problem::Tool(Said::new(INSTALL_HINT, INSTALL_HINT_VI)));
        }
        Err(e) => {
            return Err(Problem::Tool(Said::new(
                format!("cannot run pdftotext: {e}"),
                format!("không chạy được pdftotext: {e}"),
            )));
        }
    };
    // Read both pipes on their own threads so that a full pipe never blocks the child;
    // each up to its limit, then the flag tells the loop below to stop the child.
    let overflow = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let drain =
        |pipe: Option<Box<dyn Read + Send>>, cap: u64, flag: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                if let Some(p) = pipe {
                    let _ = p.take(cap.saturating_add(1)).read_to_end(&mut buf);
                    if buf.len() as u64 > cap
                        && let Some(f) = flag
                    {
                        f.store(true, Ordering::SeqCst);
                    }
                }
                buf
            })
        };
    let out =
        drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>), limits.output, Some(overflow.clone()));
    // Error output is only summed up: its first 64 KiB are plenty.
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>), 64 * 1024, None);
    let started = Instant::now();
    let status = loop {
        if overflow.load(Ordering::SeqCst) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(too_much_text(limits.output));
        }
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Problem::Tool(Said::new(
                    format!("pdftotext took more than {} seconds on this PDF and was stopped", timeout.as_secs()),
                    format!("pdftotext chạy quá {} giây trên tệp PDF này nên đã bị dừng", timeout.as_secs()),
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => {
                return Err(Problem::Tool(Said::new(
                    format!("pdftotext failed: {e}"),
                    format!("pdftotext bị lỗi: {e}"),
                )));
            }
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).trim().to_string();
    drop(tmp);
    if overflow.load(Ordering::SeqCst) {
        return Err(too_much_text(limits.output));
    }
    if !status.success() {
        use std::os::unix::process::ExitStatusExt;
        if (status.code().is_none() && stderr.is_empty()) || status.signal() == Some(libc::SIGABRT) {
            return Err(Problem::Tool(Said::new(
                format!(
                    "pdftotext stopped on this PDF ({status}), probably past its memory limit of {} MiB",
                    limits.memory >> 20
                ),
                format!(
                    "pdftotext dừng giữa chừng trên tệp PDF này ({status}), có lẽ vì vượt giới hạn bộ nhớ {} MiB",
                    limits.memory >> 20
                ),
            )));
        }
        let summary = summarise(&stderr);
        let detail = if summary.is_empty() { format!("pdftotext {status}") } else { format!("pdftotext: {summary}") };
        return Err(match status.code() {
            // 1: cannot open the PDF (damaged, not a PDF, or a password is needed).
            Some(1) if stderr.to_lowercase().contains("password") => Problem::Format(Said::new(
                "is an encrypted PDF that needs a password; save an unprotected copy and try again",
                "là tệp PDF có đặt mật khẩu; hãy lưu một bản không đặt mật khẩu rồi thử lại",
            )),
            Some(1) => Problem::Format(Said::new(
                format!("is a damaged PDF that pdftotext cannot open ({detail})"),
                format!("là tệp PDF bị hỏng, pdftotext không mở được ({detail})"),
            )),
            // 3: the PDF's permissions forbid copying text.
            Some(3) => Problem::Format(Said::new(
                format!("is a PDF whose permissions forbid copying its text ({detail}); use the original DOCX"),
                format!("là tệp PDF không cho phép sao chép chữ ({detail}); hãy dùng bản DOCX gốc"),
            )),
            _ => Problem::Tool(Said::new(
                format!("pdftotext failed on this PDF ({detail})"),
                format!("pdftotext bị lỗi trên tệp PDF này ({detail})"),
            )),
        });
    }
    let text = String::from_utf8_lossy(&stdout).replace('\u{c}', "\n");
    if !text.chars().any(char::is_alphabetic) {
        let pages = stdout.iter().filter(|&&b| b == 0x0c).count();
        return Err(Problem::Format(if pages > 0 {
            Said::new(
                "is a scanned PDF (images, no text layer); sosanh does not do OCR — use the original DOCX or an OCR tool first",
                "là tệp PDF scan (chỉ có ảnh, không có lớp chữ); sosanh không nhận dạng chữ (OCR) — hãy dùng bản DOCX gốc \
                 hoặc chạy một công cụ OCR trước",
            )
        } else {
            Said::new("is a PDF with no pages of text", "là tệp PDF không có trang chữ nào")
        }));
    }
    Ok(text)
}

/// More text than the limit allows.
fn too_much_text(limit: u64) -> Problem {
    Problem::OutputTooLarge { what: Said::new("the PDF's text", "chữ của tệp PDF"), limit }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: Limits = Limits { timeout: TIMEOUT, memory: MEMORY_LIMIT, output: u64::MAX };

    #[test]
    fn magic() {
        assert!(looks_like_pdf(b"%PDF-1.7\n"));
        assert!(!looks_like_pdf(b"PDF-1.7"));
        assert!(!looks_like_pdf(b""));
    }

    #[test]
    fn missing_tool_says_how_to_install_it() {
        match run_pdftotext(&["sosanh-no-such-pdftotext"], b"%PDF-1.4", &DEFAULT) {
            Err(Problem::Tool(m)) => {
                assert!(m.en.starts_with("needs pdftotext to read PDF files; install poppler-utils"));
                assert!(m.en.contains("Windows"));
                assert!(m.vi.starts_with("cần pdftotext để đọc tệp PDF; hãy cài poppler-utils"));
                assert!(m.vi.contains("Windows"));
            }
            other => panic!("{other:?}"),
        }
    }

    /// A stand-in for pdftotext: a shell script (its arguments are the real ones).
    fn script(body: &str) -> [&str; 4] {
        ["sh", "-c", body, "sh"]
    }

    #[cfg(unix)]
    #[test]
    fn slow_tool_is_killed() {
        let started = Instant::now();
        match run_pdftotext(
            &script("exec sleep 30"),
            b"%PDF-1.4",
            &Limits { timeout: Duration::from_millis(300), ..DEFAULT },
        ) {
            Err(Problem::Tool(m)) => assert!(m.en.contains("was stopped"), "{m}"),
            other => panic!("{other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[cfg(unix)]
    #[test]
    fn output_and_exit_codes() {
        // The arguments: -raw -enc UTF-8 FILE -, and FILE holds the bytes.
        let out = run_pdftotext(&script(r#"echo "$1 $2 $3 $5"; cat "$4""#), b"%PDF-x", &DEFAULT);
        assert_eq!(out.unwrap(), "-raw -enc UTF-8 -\n%PDF-x");
        // Form feeds (one per page) become line ends.
        let out = run_pdftotext(&script(r"printf 'Trang một\n\014Trang hai\n\014'"), b"%PDF-", &DEFAULT);
        assert_eq!(out.unwrap(), "Trang một\n\nTrang hai\n\n");
        // Pages but no letters: a scan.
        match run_pdftotext(&script(r"printf '\014 12 \014'"), b"%PDF-", &DEFAULT) {
            Err(Problem::Format(m)) => assert!(m.en.starts_with("is a scanned PDF"), "{m}"),
            other => panic!("{other:?}"),
        }
        let encrypted = script("echo 'Command Line Error: Incorrect password' >&2; exit 1");
        match run_pdftotext(&encrypted, b"%PDF-", &DEFAULT) {
            Err(Problem::Format(m)) => assert!(m.en.contains("encrypted PDF"), "{m}"),
            other => panic!("{other:?}"),
        }
        match run_pdftotext(&script("echo 'Syntax Error: broken' >&2; exit 1"), b"%PDF-", &DEFAULT) {
            Err(Problem::Format(m)) => {
                assert!(m.en.contains("damaged PDF") && m.en.contains("broken") && m.vi.contains("broken"), "{m}")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(run_pdftotext(&script("exit 99"), b"%PDF-", &DEFAULT), Err(Problem::Tool(_))));
    }

    #[cfg(unix)]
    #[test]
    fn memory_output_and_error_lines_are_limited() {
        // The child runs under RLIMIT_AS: the limit is visible to it (in KiB for ulimit).
        let out =
            run_pdftotext(&script("echo \"limit $(ulimit -v)\""), b"%PDF-", &Limits { memory: 300 << 20, ..DEFAULT });
        assert_eq!(out.unwrap().trim(), format!("limit {}", 300 * 1024));
        // Output past the budget stops the child.
        let started = Instant::now();
        match run_pdftotext(&script("yes 'Dòng chữ'"), b"%PDF-", &Limits { output: 1 << 20, ..DEFAULT }) {
            Err(Problem::OutputTooLarge { limit, .. }) => assert_eq!(limit, 1 << 20),
            other => panic!("{other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(10));
        // 168 lines of complaints become one.
        let noisy = script("for i in $(seq 168); do echo \"Syntax Error ($i): bad\" >&2; done; exit 1");
        match run_pdftotext(&noisy, b"%PDF-", &DEFAULT) {
            Err(Problem::Format(m)) => {
                assert!(
                    !m.en.contains('\n') && m.en.contains("Syntax Error (1): bad") && m.en.contains("167 more lines"),
                    "{m}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn temporary_copies_are_private_and_removed() {
        let path = {
            use std::os::unix::fs::PermissionsExt;
            let f = TempFile::create(b"%PDF-").unwrap();
            assert!(f.0.exists());
            assert_eq!(std::fs::metadata(&f.0).unwrap().permissions().mode() & 0o777, 0o600);
            f.0.clone()
        };
        assert!(!path.exists());
    }
}
