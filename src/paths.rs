//! Which files a batch command (`reuse`, `check`) reads: files, directories searched
//! recursively for documents, and glob patterns, expanded into one sorted list.

use std::path::Path;

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

fn walk(dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.to_string_lossy()))?;
    let mut entries: Vec<std::fs::DirEntry> = Vec::new();
    for e in rd {
        entries.push(e.map_err(|e| format!("{}: {e}", dir.to_string_lossy()))?);
    }
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if is_skipped_name(&path) {
            continue;
        }
        let ft = e.file_type().map_err(|err| format!("{}: {err}", path.to_string_lossy()))?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if ft.is_file() && is_document_name(&path) {
            out.push(path_text(&path)?);
        }
    }
    Ok(())
}

/// Expands files, directories (recursively; only regular files with extensions txt, docx,
/// pdf, case-insensitive, or any file when named explicitly) and glob patterns (via the
/// glob crate) into a sorted, de-duplicated list of paths; a pattern that matches nothing
/// is an error message naming it. `-` (standard input) is kept as it is.
pub fn expand_paths(args: &[String]) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(arg.clone());
            continue;
        }
        let p = Path::new(arg);
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let before = out.len();
                walk(p, &mut out)?;
                if out.len() == before {
                    return Err(format!("{arg}: no .txt, .docx or .pdf file in this directory"));
                }
            }
            Ok(_) => out.push(arg.clone()),
            Err(_) if arg.contains(['*', '?', '[']) => {
                let paths = glob::glob(arg).map_err(|e| format!("{arg}: not a valid pattern: {e}"))?;
                // A pattern that names an extension ("*.doc") takes any file it matches;
                // otherwise only documents.
                let named_ext = Path::new(arg)
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.rsplit_once('.'))
                    .is_some_and(|(_, ext)| !ext.is_empty() && !ext.contains(['*', '?', '[']));
                let before = out.len();
                for entry in paths {
                    let path = entry.map_err(|e| format!("{arg}: {e}"))?;
                    if path.is_dir() {
                        walk(&path, &mut out)?;
                    } else if path.is_file() && (named_ext || is_document_name(&path)) && !is_skipped_name(&path) {
                        out.push(path_text(&path)?);
                    }
                }
                if out.len() == before {
                    return Err(format!("no document matches '{arg}'"));
                }
            }
            Err(e) => return Err(format!("{arg}: {e}")),
        }
    }
    // De-duplicate by the file itself (the same file named twice, or by two spellings).
    let mut keyed: Vec<(String, String)> = out
        .into_iter()
        .map(|s| {
            let key = std::fs::canonicalize(&s).map(|c| c.to_string_lossy().into_owned()).unwrap_or_else(|_| s.clone());
            (key, s)
        })
        .collect();
    keyed.sort();
    keyed.dedup_by(|x, y| x.0 == y.0);
    let mut paths: Vec<String> = keyed.into_iter().map(|(_, s)| s).collect();
    paths.sort();
    Ok(paths)
}
