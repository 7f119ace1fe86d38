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

use crate::error::Problem;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long pdftotext may run before it is killed.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The message when pdftotext cannot be found.
pub const INSTALL_HINT: &str = "needs pdftotext to read PDF files; install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; Fedora: dnf install poppler-utils; macOS: brew install poppler; Windows: install the poppler binaries, for example with `winget install oschwartz10612.Poppler` or `choco install poppler`, and put their bin folder on PATH)";

/// Does this start like a PDF file ("%PDF-")?
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// A temporary file removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn create(bytes: &[u8]) -> std::io::Result<TempFile> {
        static SEQ: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir();
        let mut attempt = 0;
        loop {
            let name = format!("sosanh-{}-{}-{}.pdf", std::process::id(), nanos, SEQ.fetch_add(1, Ordering::Relaxed));
            let path = dir.join(name);
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let tmp = TempFile(path);
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
    run_pdftotext(&["pdftotext"], bytes, TIMEOUT)
}

/// [`pdf_to_text`] with the command (program and leading arguments) and the time limit
/// as parameters, for tests.
fn run_pdftotext(command: &[&str], bytes: &[u8], timeout: Duration) -> Result<String, Problem> {
    let tmp = TempFile::create(bytes).map_err(|e| {
        Problem::Tool(format!("cannot write a temporary copy for pdftotext in {}: {e}", std::env::temp_dir().display()))
    })?;
    let (program, leading) = command.split_first().unwrap_or((&"pdftotext", &[]));
    let mut child = match Command::new(program)
        .args(leading)
        // `-raw` (content-stream order) because the default mode joins a word hyphenated
        // at a line end, which turns the symbol "57-" / "NQ/TW" into "57NQ/TW"; layout repair
        // rejoins hyphenated symbols itself. For one-column programmes the order is the same.
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&tmp.0)
        .arg("-")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Problem::Tool(INSTALL_HINT.into()));
        }
        Err(e) => return Err(Problem::Tool(format!("cannot run pdftotext: {e}"))),
    };
    // Read both pipes on their own threads so that a full pipe never blocks the child.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Problem::Tool(format!(
                    "pdftotext took more than {} seconds on this PDF and was stopped",
                    timeout.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(Problem::Tool(format!("pdftotext failed: {e}"))),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).trim().to_string();
    drop(tmp);
    if !status.success() {
        let detail = if stderr.is_empty() { format!("pdftotext {status}") } else { format!("pdftotext: {stderr}") };
        return Err(match status.code() {
            // 1: cannot open the PDF (damaged, not a PDF, or a password is needed).
            Some(1) if stderr.to_lowercase().contains("password") => Problem::Format(
                "is an encrypted PDF that needs a password; save an unprotected copy and try again".into(),
            ),
            Some(1) => Problem::Format(format!("is a damaged PDF that pdftotext cannot open ({detail})")),
            // 3: the PDF's permissions forbid copying text.
            Some(3) => Problem::Format(format!(
                "is a PDF whose permissions forbid copying its text ({detail}); use the original DOCX"
            )),
            _ => Problem::Tool(format!("pdftotext failed on this PDF ({detail})")),
        });
    }
    let text = String::from_utf8_lossy(&stdout).replace('\u{c}', "\n");
    if !text.chars().any(char::is_alphabetic) {
        let pages = stdout.iter().filter(|&&b| b == 0x0c).count();
        return Err(Problem::Format(if pages > 0 {
            "is a scanned PDF (images, no text layer); sosanh does not do OCR — use the original DOCX or an OCR tool first"
                .into()
        } else {
            "is a PDF with no pages of text".into()
        }));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic() {
        assert!(looks_like_pdf(b"%PDF-1.7\n"));
        assert!(!looks_like_pdf(b"PDF-1.7"));
        assert!(!looks_like_pdf(b""));
    }

    #[test]
    fn missing_tool_says_how_to_install_it() {
        match run_pdftotext(&["sosanh-no-such-pdftotext"], b"%PDF-1.4", TIMEOUT) {
            Err(Problem::Tool(m)) => {
                assert!(m.starts_with("needs pdftotext to read PDF files; install poppler-utils"));
                assert!(m.contains("Windows"));
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
        match run_pdftotext(&script("exec sleep 30"), b"%PDF-1.4", Duration::from_millis(300)) {
            Err(Problem::Tool(m)) => assert!(m.contains("was stopped"), "{m}"),
            other => panic!("{other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[cfg(unix)]
    #[test]
    fn output_and_exit_codes() {
        // The arguments: -raw -enc UTF-8 FILE -, and FILE holds the bytes.
        let out = run_pdftotext(&script(r#"echo "$1 $2 $3 $5"; cat "$4""#), b"%PDF-x", TIMEOUT);
        assert_eq!(out.unwrap(), "-raw -enc UTF-8 -\n%PDF-x");
        // Form feeds (one per page) become line ends.
        let out = run_pdftotext(&script(r"printf 'Trang một\n\014Trang hai\n\014'"), b"%PDF-", TIMEOUT);
        assert_eq!(out.unwrap(), "Trang một\n\nTrang hai\n\n");
        // Pages but no letters: a scan.
        match run_pdftotext(&script(r"printf '\014 12 \014'"), b"%PDF-", TIMEOUT) {
            Err(Problem::Format(m)) => assert!(m.starts_with("is a scanned PDF"), "{m}"),
            other => panic!("{other:?}"),
        }
        let encrypted = script("echo 'Command Line Error: Incorrect password' >&2; exit 1");
        match run_pdftotext(&encrypted, b"%PDF-", TIMEOUT) {
            Err(Problem::Format(m)) => assert!(m.contains("encrypted PDF"), "{m}"),
            other => panic!("{other:?}"),
        }
        match run_pdftotext(&script("echo 'Syntax Error: broken' >&2; exit 1"), b"%PDF-", TIMEOUT) {
            Err(Problem::Format(m)) => {
                assert!(m.contains("damaged PDF") && m.contains("broken"), "{m}")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(run_pdftotext(&script("exit 99"), b"%PDF-", TIMEOUT), Err(Problem::Tool(_))));
    }

    #[test]
    fn temporary_copies_are_removed() {
        let path = {
            let f = TempFile::create(b"%PDF-").unwrap();
            assert!(f.0.exists());
            f.0.clone()
        };
        assert!(!path.exists());
    }
}
