//! Temporary files that must not outlive an interrupted run: the `-o` result being
//! written and the private copy of a PDF handed to pdftotext. Each is registered while it
//! exists; on SIGINT or SIGTERM the handler (installed by the binary through
//! [`install_signal_handlers`]) unlinks every registered path and then lets the signal
//! end the process as it would have.
//!
//! The handler only loads atomics and calls `unlink` and `raise`, which are
//! async-signal-safe; registering and releasing allocate, but only outside the handler.

use std::ffi::CString;
use std::path::Path;
use std::sync::atomic::{AtomicPtr, Ordering};

/// How many temporary files can be registered at once: one `-o` file plus one PDF per
/// reading thread. A file that finds no free slot is still removed on every normal path,
/// only not on a signal.
const SLOTS: usize = 256;

static PATHS: [AtomicPtr<libc::c_char>; SLOTS] = [const { AtomicPtr::new(std::ptr::null_mut()) }; SLOTS];

/// A registration: the path is unlinked on a signal until this is dropped. Dropping it
/// does not remove the file (its owner does that, or renames it into place).
pub struct Registered(Option<usize>);

/// Registers `path` for removal on SIGINT/SIGTERM.
pub fn register(path: &Path) -> Registered {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = CString::new(path.as_os_str().as_bytes()) else { return Registered(None) };
    let raw = c.into_raw();
    for (i, slot) in PATHS.iter().enumerate() {
        if slot.compare_exchange(std::ptr::null_mut(), raw, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            return Registered(Some(i));
        }
    }
    // SAFETY: `raw` came from `CString::into_raw` just above and was not stored.
    drop(unsafe { CString::from_raw(raw) });
    Registered(None)
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Some(i) = self.0 {
            let raw = PATHS[i].swap(std::ptr::null_mut(), Ordering::SeqCst);
            if !raw.is_null() {
                // SAFETY: only `register` stores pointers, each from `CString::into_raw`,
                // and the swap gives this one to us alone.
                drop(unsafe { CString::from_raw(raw) });
            }
        }
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    for slot in &PATHS {
        let raw = slot.load(Ordering::SeqCst);
        if !raw.is_null() {
            // SAFETY: a registered pointer stays valid until its slot is cleared, and a
            // cleared slot is only freed after the swap; unlink is async-signal-safe.
            unsafe { libc::unlink(raw) };
        }
    }
    // SAFETY: restoring the default action and raising the signal again ends the process
    // with the status a shell expects for it (130 for Ctrl-C); both are signal-safe.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

/// Installs the SIGINT and SIGTERM handlers (once, by the binary at start).
pub fn install_signal_handlers() {
    for sig in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: `on_signal` is an `extern "C" fn(c_int)` that only does signal-safe work.
        unsafe { libc::signal(sig, on_signal as *const () as libc::sighandler_t) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_given_back() {
        let dir = tempfile::tempdir().unwrap();
        let regs: Vec<Registered> = (0..SLOTS + 3).map(|i| register(&dir.path().join(i.to_string()))).collect();
        assert!(regs.iter().filter(|r| r.0.is_none()).count() >= 3);
        drop(regs);
        let r = register(&dir.path().join("again"));
        assert!(r.0.is_some());
    }
}
