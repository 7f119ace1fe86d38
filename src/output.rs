//! Where results and progress go: result files written safely (never over an input,
//! never half-written), and progress bars on standard error.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file and a failure leaves any old file intact. Refuses
/// to write over any of `inputs`, and anything [`check_target`] refuses.
pub fn write_atomic(path: &str, bytes: &[u8], inputs: &[&str]) -> Result<()> {
    write_atomic_with(path, inputs, &mut |w| w.write_all(bytes))
}

/// A file being written that asks the system to start writing each finished stretch of
/// [`Self::STRETCH`] bytes to disk at once, without waiting (Linux `sync_file_range`), so
/// that the `fsync` before the rename waits only for the last stretch: on a 690 MB `reuse`
/// report the `fsync` alone took about 1.2 s after the report was written. Elsewhere a
/// plain file.
struct EarlyWriteback {
    file: std::fs::File,
    written: u64,
    started: u64,
}

impl EarlyWriteback {
    const STRETCH: u64 = 16 << 20;

    fn new(file: std::fs::File) -> Self {
        EarlyWriteback { file, written: 0, started: 0 }
    }
}

impl Write for EarlyWriteback {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.started >= Self::STRETCH {
            #[cfg(target_os = "linux")]
            {
                use std::os::fd::AsRawFd;
                // Only a request: when it fails, the fsync at the end still writes everything.
                // SAFETY: the descriptor is open for as long as `self.file` lives.
                unsafe {
                    libc::sync_file_range(
                        self.file.as_raw_fd(),
                        self.started as libc::off64_t,
                        (self.written - self.started) as libc::off64_t,
                        libc::SYNC_FILE_RANGE_WRITE,
                    )
                };
            }
            self.started = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// What a path names, in words, when it is something `-o` must not replace.
fn not_regular(ft: &std::fs::FileType) -> Option<(&'static str, &'static str)> {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_file() {
        None
    } else if ft.is_dir() {
        Some(("a directory", "một thư mục"))
    } else if ft.is_fifo() {
        Some(("a named pipe (FIFO)", "một đường ống có tên (FIFO)"))
    } else if ft.is_char_device() || ft.is_block_device() {
        Some(("a device", "một thiết bị"))
    } else if ft.is_socket() {
        Some(("a socket", "một socket"))
    } else {
        Some(("not a regular file", "không phải tệp thường"))
    }
}

/// The device and inode of standard input when it is a file (`compare - b.txt < a.txt`),
/// so `-o a.txt` is known to be the input.
fn stdin_id() -> Option<(u64, u64)> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    let m = std::fs::File::from(fd).metadata().ok()?;
    m.is_file().then(|| (m.dev(), m.ino()))
}

/// Decides where `-o path` may write, before any work is done: a new path, or an existing
/// regular file (followed through symlinks) that is writable and is not one of `inputs`
/// (compared by device and inode; `-` is standard input). Anything else (a FIFO, a
/// device, a socket, a directory, a dangling symlink, a read-only file) is refused,
/// because the rename would replace it with a regular file. Returns the path to rename
/// onto: the file a symlink points at, so the link itself is kept.
pub fn check_target(path: &str, inputs: &[&str]) -> Result<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let refuse = |(en, vi): (String, String)| {
        Err(Error::usage(
            format!("-o {path}: {en}; choose another -o FILE"),
            format!("-o {path}: {vi}; hãy chọn tệp -o khác"),
        ))
    };
    let target = Path::new(path);
    let link = match std::fs::symlink_metadata(target) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(target.to_path_buf()),
        Err(e) => return refuse((format!("cannot look at it ({e})"), format!("không xem được tệp này ({e})"))),
    };
    let meta = if link.file_type().is_symlink() {
        match std::fs::metadata(target) {
            Ok(m) => m,
            Err(_) => {
                return refuse((
                    "is a symbolic link to nothing".into(),
                    "là liên kết tượng trưng trỏ tới tệp không có".into(),
                ));
            }
        }
    } else {
        link
    };
    if let Some((en, vi)) = not_regular(&meta.file_type()) {
        return refuse((
            format!("is {en}, not a regular file, and would be replaced"),
            format!("là {vi}, không phải tệp thường, và sẽ bị thay thế"),
        ));
    }
    if meta.permissions().readonly() {
        return refuse(("is read-only".into(), "chỉ cho đọc".into()));
    }
    let id = (meta.dev(), meta.ino());
    for i in inputs {
        let same = if *i == "-" {
            stdin_id() == Some(id)
        } else {
            std::fs::metadata(i).is_ok_and(|m| (m.dev(), m.ino()) == id)
        };
        if same {
            let (en, vi) =
                if *i == "-" { ("read through standard input", "đọc từ đầu vào chuẩn") } else { (*i, *i) };
            return Err(Error::usage(
                format!("refusing to write the result over the input {en}; choose another -o FILE"),
                format!("không ghi kết quả đè lên tệp đầu vào {vi}; hãy chọn tệp -o khác"),
            ));
        }
    }
    Ok(std::fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf()))
}

/// Like [`write_atomic`], but `write` streams the result into the temporary file (through
/// a buffer), so a large result (a `reuse` report on thousands of documents) is never held
/// in memory whole. The temporary file is registered with [`crate::cleanup`], so an
/// interrupted run leaves nothing behind; it takes the mode of the file it replaces.
pub fn write_atomic_with(
    path: &str,
    inputs: &[&str],
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let target = check_target(path, inputs)?;
    let old_mode = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let err = |e| Error::Output { path: path.to_string(), source: e };
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{name}.sosanh-{}-{attempt}.tmp", std::process::id()));
        // Registered before it exists: a signal between the two unlinks nothing harmful.
        let registered = crate::cleanup::register(&candidate);
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(f) => {
                let mut buf = std::io::BufWriter::with_capacity(1 << 16, EarlyWriteback::new(f));
                let written = write(&mut buf)
                    .and_then(|_| buf.into_inner().map_err(|e| e.into_error()))
                    .map(|w| w.file)
                    .and_then(|f| {
                        if let Some(p) = old_mode.clone() {
                            f.set_permissions(p)?;
                        }
                        f.sync_all()
                    })
                    .and_then(|_| std::fs::rename(&candidate, &target));
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&candidate);
                    return Err(err(e));
                }
                drop(registered);
                return Ok(());
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(err(e)),
        }
    }
    Err(err(std::io::Error::other("could not create a temporary file")))
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
    use std::os::unix::fs::PermissionsExt;

    /// A result longer than several stretches of early writeback, written in pieces that
    /// straddle the stretches, arrives whole and in order.
    #[test]
    fn a_long_result_written_with_early_writeback_is_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("big.json");
        let len = 3 * EarlyWriteback::STRETCH as usize + 12_345;
        let bytes: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
        write_atomic_with(out.to_str().unwrap(), &[], &mut |w| {
            bytes.chunks(1_000_003).try_for_each(|c| w.write_all(c))
        })
        .unwrap();
        assert!(std::fs::read(&out).unwrap() == bytes);
    }

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

    #[test]
    fn refuses_what_a_rename_would_replace() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
        // A directory, a device, a FIFO, a dangling link.
        assert!(check_target(&s(d), &[]).is_err());
        assert!(check_target("/dev/null", &[]).is_err());
        let fifo = d.join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let m = check_target(&s(&fifo), &[]).unwrap_err().to_string();
        assert!(m.contains("FIFO"), "{m}");
        let dangling = d.join("dangling");
        std::os::unix::fs::symlink(d.join("nowhere"), &dangling).unwrap();
        assert!(check_target(&s(&dangling), &[]).is_err());
        // A read-only file keeps its content.
        let ro = d.join("ro.txt");
        std::fs::write(&ro, "cũ").unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(write_atomic(&s(&ro), b"new", &[]).is_err());
        assert_eq!(std::fs::read_to_string(&ro).unwrap(), "cũ");
        // An input named through a hard link is still the input.
        let input = d.join("in.txt");
        std::fs::write(&input, "x").unwrap();
        std::fs::hard_link(&input, d.join("alias.txt")).unwrap();
        assert!(check_target(&s(&d.join("alias.txt")), &[&s(&input)]).is_err());
        // A symlink to a regular file: the file is written, the link stays a link.
        let real = d.join("real.txt");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&s(&link), b"new", &[]).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o640);
        // A new path is fine.
        assert!(check_target(&s(&d.join("new.json")), &[]).is_ok());
    }
}
