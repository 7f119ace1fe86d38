//! Which files a batch command (`reuse`, `check`) reads: files, directories searched
//! recursively for documents, and glob patterns, expanded into one sorted list.
//!
//! Walks follow symbolic links (a linked document is read, a linked folder searched) with
//! loop detection (`walkdir`), and read each file once, however many names it has (the
//! same device and inode: hard links, two spellings, a link and its target). An entry
//! that cannot be read (a missing path, a folder without permission, a link loop) is
//! reported and the rest goes on; files that are not documents are counted by extension
//! so the caller can say what was left out.

use crate::check::Lang;
use crate::error::Said;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const DOC_EXTENSIONS: [&str; 3] = ["txt", "docx", "pdf"];

fn is_document_name(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| DOC_EXTENSIONS.iter().any(|d| e.eq_ignore_ascii_case(d)))
}

/// Hidden files and Word's lock files ("~$name.docx") are not documents.
fn is_skipped_name(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n.starts_with("~$"))
}

fn path_text(p: &Path) -> Result<String, String> {
    p.to_str().map(str::to_string).ok_or_else(|| format!("{}: the path is not valid Unicode", p.to_string_lossy()))
}

/// The result of expanding the command line.
#[derive(Debug, Default)]
pub struct Expansion {
    /// The documents to read, sorted, each file once.
    pub files: Vec<String>,
    /// Entries that could not be read, one message each (to be reported "(skipped)").
    pub unreadable: Vec<String>,
    /// Files in searched folders that are not documents, by lower-case extension ("doc",
    /// "md", "" for none), and hidden or lock files under "hidden".
    pub ignored: BTreeMap<String, usize>,
}

impl Expansion {
    /// One line saying which files a folder scan left out and why, or None. Old Word
    /// files (.doc) are the ones an office's folder holds most; the line says to save them
    /// as DOCX.
    pub fn ignored_summary(&self, lang: Lang) -> Option<String> {
        if self.ignored.is_empty() {
            return None;
        }
        let total: usize = self.ignored.values().sum();
        let mut by: Vec<(&String, &usize)> = self.ignored.iter().collect();
        by.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let parts: Vec<String> = by
            .iter()
            .map(|(ext, n)| match (ext.as_str(), lang) {
                ("", Lang::En) => format!("{n} without extension"),
                ("", Lang::Vi) => format!("{n} tệp không có phần mở rộng"),
                ("hidden", Lang::En) => format!("{n} hidden or lock files"),
                ("hidden", Lang::Vi) => format!("{n} tệp ẩn hoặc tệp khóa"),
                (e, _) => format!("{n} .{e}"),
            })
            .collect();
        let doc = self.ignored.contains_key("doc");
        Some(match lang {
            Lang::En => format!(
                "{total} files skipped, not .txt, .docx or .pdf: {}{}",
                parts.join(", "),
                if doc { " (open .doc files in Word or LibreOffice and save them as DOCX)" } else { "" }
            ),
            Lang::Vi => format!(
                "bỏ qua {total} tệp không phải .txt, .docx hay .pdf: {}{}",
                parts.join(", "),
                if doc {
                    " (hãy mở các tệp .doc bằng Word hoặc LibreOffice rồi lưu lại dạng DOCX)"
                } else {
                    ""
                }
            ),
        })
    }

    fn ignore(&mut self, p: &Path) {
        let key = if is_skipped_name(p) {
            "hidden".to_string()
        } else {
            p.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default()
        };
        *self.ignored.entry(key).or_default() += 1;
    }
}

/// Searches a folder for documents, following links, each folder once (walkdir stops a
/// link loop with an error, reported as unreadable).
fn walk(dir: &Path, out: &mut Expansion) {
    let it = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    // Hidden folders are not searched; hidden files are counted as left out.
    let it = it.filter_entry(|e| e.depth() == 0 || !is_skipped_name(e.path()) || e.file_type().is_file());
    for entry in it {
        match entry {
            Ok(e) => {
                let path = e.path();
                if e.file_type().is_dir() {
                    continue;
                }
                if e.file_type().is_file() && is_document_name(path) && !is_skipped_name(path) {
                    match path_text(path) {
                        Ok(s) => out.files.push(s),
                        Err(m) => out.unreadable.push(m),
                    }
                } else if e.file_type().is_file() {
                    out.ignore(path);
                }
            }
            Err(e) => {
                let place =
                    e.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| dir.display().to_string());
                let why = if e.loop_ancestor().is_some() {
                    "a symbolic link loop".to_string()
                } else {
                    e.io_error().map(|io| io.to_string()).unwrap_or_else(|| e.to_string())
                };
                out.unreadable.push(format!("{place}: {why}"));
            }
        }
    }
}

/// The folder a pattern starts from (its components before the first with a wildcard)
/// and how deep below it the pattern reaches (None for `**`).
fn pattern_base(pattern: &str) -> (PathBuf, Option<usize>) {
    let mut base = PathBuf::new();
    let mut rest = 0usize;
    let mut deep = false;
    let mut in_rest = false;
    for c in Path::new(pattern).components() {
        let s = c.as_os_str().to_string_lossy();
        if !in_rest && !s.contains(['*', '?', '[']) {
            base.push(c);
        } else {
            in_rest = true;
            rest += 1;
            deep |= s.contains("**");
        }
    }
    (base, (!deep).then_some(rest))
}

/// Expands a glob pattern by walking from its literal base with loop detection, so a `**`
/// over a symlink loop ends.
fn expand_pattern(arg: &str, out: &mut Expansion) -> Result<(), Said> {
    let pattern = glob::Pattern::new(arg).map_err(|e| {
        Said::new(format!("{arg}: not a valid pattern: {e}"), format!("{arg}: không phải mẫu tên tệp hợp lệ: {e}"))
    })?;
    let opts =
        glob::MatchOptions { case_sensitive: true, require_literal_separator: true, require_literal_leading_dot: true };
    // A pattern that names an extension ("*.doc") takes any file it matches; otherwise
    // only documents.
    let named_ext = Path::new(arg)
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(_, ext)| !ext.is_empty() && !ext.contains(['*', '?', '[']));
    let (base, depth) = pattern_base(arg);
    let relative = base.as_os_str().is_empty();
    let root = if relative { PathBuf::from(".") } else { base };
    let mut walker = walkdir::WalkDir::new(&root).follow_links(true).sort_by_file_name().min_depth(1);
    if let Some(d) = depth {
        walker = walker.max_depth(d);
    }
    let mut matched_dirs = Vec::new();
    for entry in walker {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                // Errors below the pattern's reach are reported; a loop is one of them.
                let place = e.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| arg.to_string());
                let why = if e.loop_ancestor().is_some() {
                    "a symbolic link loop".to_string()
                } else {
                    e.io_error().map(|io| io.to_string()).unwrap_or_else(|| e.to_string())
                };
                // A base folder that does not exist is "no document matches", below.
                if !(e.depth() == 0 && e.io_error().is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)) {
                    out.unreadable.push(format!("{place}: {why}"));
                }
                continue;
            }
        };
        let path = if relative { e.path().strip_prefix(".").unwrap_or(e.path()) } else { e.path() };
        if !pattern.matches_path_with(path, opts) {
            continue;
        }
        if e.file_type().is_dir() {
            matched_dirs.push(path.to_path_buf());
        } else if e.file_type().is_file() && (named_ext || is_document_name(path)) && !is_skipped_name(path) {
            match path_text(path) {
                Ok(s) => out.files.push(s),
                Err(m) => out.unreadable.push(m),
            }
        }
    }
    for d in matched_dirs {
        walk(&d, out);
    }
    Ok(())
}

/// Expands files, directories (recursively; only regular files with extensions txt, docx,
/// pdf, case-insensitive, or any file when named explicitly) and glob patterns into a
/// sorted list of paths, each file once. A pattern or folder that yields nothing is an
/// error naming it; a missing or unreadable entry is listed in
/// [`Expansion::unreadable`] and the rest goes on. `-` (standard input) is kept as it is.
pub fn expand(args: &[String]) -> Result<Expansion, Said> {
    let mut out = Expansion::default();
    for arg in args {
        if arg == "-" {
            out.files.push(arg.clone());
            continue;
        }
        let p = Path::new(arg);
        let before = out.files.len();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let unreadable = out.unreadable.len();
                walk(p, &mut out);
                if out.files.len() == before && out.unreadable.len() == unreadable {
                    return Err(Said::new(
                        format!("{arg}: no .txt, .docx or .pdf file in this directory"),
                        format!("{arg}: thư mục này không có tệp .txt, .docx hay .pdf nào"),
                    ));
                }
            }
            Ok(_) => out.files.push(arg.clone()),
            Err(_) if arg.contains(['*', '?', '[']) => {
                let unreadable = out.unreadable.len();
                expand_pattern(arg, &mut out)?;
                if out.files.len() == before && out.unreadable.len() == unreadable {
                    return Err(Said::new(
                        format!("no document matches '{arg}'"),
                        format!("không có văn bản nào khớp với '{arg}'"),
                    ));
                }
            }
            Err(e) => out.unreadable.push(format!("{arg}: {e}")),
        }
    }
    out.files = dedup_by_file(std::mem::take(&mut out.files));
    Ok(out)
}

/// Keeps one name per file (device and inode), the first in sorted order; names that
/// cannot be looked at are kept (reading them will say why).
fn dedup_by_file(mut files: Vec<String>) -> Vec<String> {
    use std::os::unix::fs::MetadataExt;
    files.sort();
    files.dedup();
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| match std::fs::metadata(f) {
        Ok(m) if f != "-" => seen.insert((m.dev(), m.ino())),
        _ => true,
    });
    files
}

/// [`expand`], strict: any unreadable entry is an error (its message).
pub fn expand_paths(args: &[String]) -> Result<Vec<String>, Said> {
    let e = expand(args)?;
    match e.unreadable.into_iter().next() {
        // The system's words for why (English), the same in both languages.
        Some(m) => Err(Said::new(m.clone(), m)),
        None => Ok(e.files),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(p: &Path) -> String {
        p.to_str().unwrap().to_string()
    }

    #[test]
    fn loops_links_and_hard_links() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("a/b")).unwrap();
        std::fs::write(d.join("a/one.txt"), "x").unwrap();
        std::fs::write(d.join("a/notes.md"), "x").unwrap();
        std::fs::write(d.join("a/old.doc"), "x").unwrap();
        std::os::unix::fs::symlink(d.join("a"), d.join("a/b/loop")).unwrap();
        std::fs::hard_link(d.join("a/one.txt"), d.join("a/b/same.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("a/one.txt"), d.join("a/link.txt")).unwrap();
        std::fs::write(d.join("elsewhere.txt"), "y").unwrap();
        std::os::unix::fs::symlink(d.join("elsewhere.txt"), d.join("a/linked.txt")).unwrap();
        let e = expand(&[s(&d.join("a"))]).unwrap();
        // one.txt once (hard link and symlink to it dropped), the linked file followed.
        assert_eq!(e.files.len(), 2, "{e:?}");
        assert!(e.files.iter().any(|f| f.ends_with("linked.txt")), "{e:?}");
        assert!(e.unreadable.iter().any(|m| m.contains("loop")), "{e:?}");
        assert_eq!(e.ignored.get("md"), Some(&1));
        assert_eq!(
            e.ignored_summary(Lang::En).unwrap(),
            "2 files skipped, not .txt, .docx or .pdf: 1 .doc, 1 .md (open .doc files in Word or LibreOffice and save them as DOCX)"
        );
        assert_eq!(
            e.ignored_summary(Lang::Vi).unwrap(),
            "bỏ qua 2 tệp không phải .txt, .docx hay .pdf: 1 .doc, 1 .md (hãy mở các tệp .doc bằng Word hoặc LibreOffice \
             rồi lưu lại dạng DOCX)"
        );
        // A `**` pattern over the loop ends too.
        let e = expand(&[format!("{}/**/*.txt", s(d))]).unwrap();
        assert!(e.files.len() >= 2, "{e:?}");
        // A missing path among others is reported, the rest goes on.
        let e = expand(&[s(&d.join("missing.txt")), s(&d.join("elsewhere.txt"))]).unwrap();
        assert_eq!(e.files, [s(&d.join("elsewhere.txt"))]);
        assert_eq!(e.unreadable.len(), 1);
    }
}
