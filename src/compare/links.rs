//! User links (`--links FILE`, `--write-links FILE`): task pairs a reader confirmed or
//! forbade, applied before matching so next month's comparison starts from this month's
//! decisions. A link names each task by its section path and its text; the text decides
//! (a renumbered task is still found), the path only chooses among tasks with the same words.
//!
//! The file is plain text, one link a line, fields separated by tabs:
//!
//! ```text
//! # sosanh links v1
//! same<TAB>I.6<TAB>old task text<TAB>I.8<TAB>new task text
//! different<TAB>II.3<TAB>old task text<TAB>II.1<TAB>new task text
//! ```
//!
//! `same` makes the two tasks a pair whatever their similarity; `different` keeps them
//! apart. Blank lines and lines starting with `#` are ignored.

use super::{Comparison, TaskStatus, diff};
use crate::error::Said;
use crate::model::path_string;
use std::io::{self, Write};

/// One user decision about a pair of tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserLink {
    /// True for "same" (confirmed), false for "different" (forbidden).
    pub same: bool,
    pub old_path: String,
    pub old_text: String,
    pub new_path: String,
    pub new_text: String,
}

/// Reads a links file's text. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<UserLink>, Said> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            return Err(Said::new(
                format!(
                    "line {}: expected 5 tab-separated fields (same|different, old path, old text, new path, new text), found {}",
                    i + 1,
                    f.len()
                ),
                format!(
                    "dòng {}: cần 5 trường cách nhau bằng dấu tab (same|different, mục cũ, nội dung cũ, mục mới, nội dung mới), \
                     có {}",
                    i + 1,
                    f.len()
                ),
            ));
        }
        let same = match f[0].trim() {
            "same" => true,
            "different" => false,
            other => {
                return Err(Said::new(
                    format!("line {}: '{other}' is neither 'same' nor 'different'", i + 1),
                    format!("dòng {}: '{other}' không phải 'same' hay 'different'", i + 1),
                ));
            }
        };
        out.push(UserLink {
            same,
            old_path: f[1].trim().to_string(),
            old_text: f[2].trim().to_string(),
            new_path: f[3].trim().to_string(),
            new_text: f[4].trim().to_string(),
        });
    }
    Ok(out)
}

/// Tabs and line breaks inside a task text would break the file's fields.
fn field(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes this comparison's carried pairs as `same` links, then the `different` links it
/// was given, so they carry over to the next run. Split and merged pieces are not written:
/// they follow from the carried pair next to them, and a second `same` link for one task
/// could not be kept one-to-one. Nor are pairs below the default task threshold that no
/// given link confirmed: the matching accepted them for their context (aligned sections,
/// paired neighbours) and finds them again from the same links, whereas confirming them
/// would count them as evidence when sections are aligned and could change the result.
pub fn write(c: &Comparison, given: &[UserLink], out: &mut dyn Write) -> io::Result<()> {
    let threshold = super::MatchSettings::default().task_threshold;
    writeln!(out, "# sosanh links v1: same|different, old path, old text, new path, new text (tab-separated)")?;
    writeln!(out, "# old: {}", field(&c.old.file))?;
    writeln!(out, "# new: {}", field(&c.new.file))?;
    for t in &c.tasks {
        // A one-liner carried as a heading is no pair of tasks to confirm.
        if t.status != TaskStatus::Carried || t.heading.is_some() {
            continue;
        }
        let (Some(o), Some(n)) = (&t.old, &t.new) else { continue };
        let confirmed = given.iter().any(|l| l.same && l.old_text == o.text && l.new_text == n.text);
        if t.similarity.is_some_and(|s| s < threshold) && !confirmed {
            continue;
        }
        writeln!(
            out,
            "same\t{}\t{}\t{}\t{}",
            path_string(&o.path),
            field(&o.text),
            path_string(&n.path),
            field(&n.text)
        )?;
    }
    for l in given.iter().filter(|l| !l.same) {
        writeln!(out, "different\t{}\t{}\t{}\t{}", l.old_path, field(&l.old_text), l.new_path, field(&l.new_text))?;
    }
    Ok(())
}

/// One document's tasks by their words, for finding the task a link names.
pub(crate) struct TaskIndex {
    paths: Vec<String>,
    by_words: std::collections::HashMap<Vec<String>, Vec<usize>>,
}

impl TaskIndex {
    pub(crate) fn new<'a>(tasks: impl IntoIterator<Item = (String, &'a str)>) -> TaskIndex {
        let mut paths = Vec::new();
        let mut by_words: std::collections::HashMap<Vec<String>, Vec<usize>> = Default::default();
        for (i, (path, text)) in tasks.into_iter().enumerate() {
            paths.push(path);
            by_words.entry(diff::word_keys(text)).or_default().push(i);
        }
        TaskIndex { paths, by_words }
    }

    /// The task with these words; among several, the one at this path, else the first.
    pub(crate) fn find(&self, path: &str, text: &str) -> Option<usize> {
        let hits = self.by_words.get(&diff::word_keys(text))?;
        hits.iter().copied().find(|&i| self.paths[i] == path).or_else(|| hits.first().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_malformed_lines() {
        let ok = parse("# c\n\nsame\tI.6\tA b.\tI.8\tA b c.\ndifferent\tII\tx\tII\ty\n").unwrap();
        assert_eq!(ok.len(), 2);
        assert!(ok[0].same && !ok[1].same);
        assert_eq!(ok[0].new_path, "I.8");
        let e = parse("same\tI.6\tA\n").unwrap_err();
        assert!(e.en.contains("line 1") && e.vi.contains("dòng 1"), "{e:?}");
        assert!(parse("maybe\ta\tb\tc\td\n").unwrap_err().en.contains("neither"));
    }

    #[test]
    fn finds_by_text_then_path() {
        let idx = TaskIndex::new([("I.1".to_string(), "Giao ban định kỳ."), ("I.2".to_string(), "Giao ban  định kỳ.")]);
        // Same words in both: the path decides; a renumbered path falls back to the first.
        assert_eq!(idx.find("I.2", "giao ban định kỳ"), Some(1));
        assert_eq!(idx.find("IX.9", "Giao ban định kỳ."), Some(0));
        assert_eq!(idx.find("I.1", "Họp"), None);
    }
}
