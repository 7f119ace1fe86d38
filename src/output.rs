//! Where results and progress go: result files written safely (never over an input,
//! never half-written), and progress bars on standard error.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file and a failure leaves any old file intact. Refuses
/// to write over any of `inputs`.
pub fn write_atomic(path: &str, bytes: &[u8], inputs: &[&str]) -> Result<()> {
    write_atomic_with(path, inputs, &mut |w| w.write_all(bytes))
}

/// Like [`write_atomic`], but `write` streams the result into the temporary file (through
/// a buffer), so a large result (a `reuse` report on thousands of documents) is never held
/// in memory whole.
pub fn write_atomic_with(
    path: &str,
    inputs: &[&str],
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let target = Path::new(path);
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    if let Some(t) = canon(target) {
        for i in inputs {
            if *i != "-" && canon(Path::new(i)).as_ref() == Some(&t) {
                return Err(Error::Usage(format!(
                    "refusing to write the result over the input {i}; choose another -o FILE"
                )));
            }
        }
    }
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let err = |e| Error::Output { path: path.to_string(), source: e };
    let mut tmp: Option<PathBuf> = None;
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{name}.sosanh-{}-{attempt}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(f) => {
                let mut buf = std::io::BufWriter::with_capacity(1 << 16, f);
                let written = write(&mut buf)
                    .and_then(|_| buf.into_inner().map_err(|e| e.into_error()))
                    .and_then(|f| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&candidate);
                    return Err(err(e));
                }
                tmp = Some(candidate);
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(err(e)),
        }
    }
    let tmp = tmp.ok_or_else(|| err(std::io::Error::other("could not create a temporary file")))?;
    std::fs::rename(&tmp, target).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        err(e)
    })
}

/// A progress bar on standard error, or a hidden one when `on` is false (the caller
/// decides: only when standard error is a terminal).
pub fn progress_bar(on: bool, len: usize, msg: &'static str) -> indicatif::ProgressBar {
    if !on {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(len as u64);
    let style = indicatif::ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} ({eta})")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> ");
    pb.set_style(style);
    pb.set_message(msg);
    pb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_an_input_and_writes_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.txt");
        std::fs::write(&input, "giữ nguyên").unwrap();
        let inp = input.to_str().unwrap();
        assert!(write_atomic(inp, b"x", &[inp]).is_err());
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "giữ nguyên");
        let out = dir.path().join("out.json");
        write_atomic(out.to_str().unwrap(), b"{}", &[inp]).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"{}");
        let leftovers = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"));
        assert_eq!(leftovers.count(), 0);
    }
}
