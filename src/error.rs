//! The one error type of the library. The binary prints it as one line naming the
//! file and what is wrong, and exits with status 2 (see `cli::EXIT_ERROR`).

use std::io;
use thiserror::Error;

/// Everything that can stop sosanh from producing a result.
#[derive(Debug, Error)]
pub enum Error {
    /// An input that cannot be read as a document.
    #[error("{path}: {problem}")]
    Input { path: String, problem: Problem },
    /// Flags or arguments that do not make sense together.
    #[error("{0}")]
    Usage(String),
    /// The result could not be written.
    #[error("cannot write {path}: {source}")]
    Output { path: String, source: io::Error },
}

impl Error {
    pub fn input(path: impl Into<String>, problem: Problem) -> Self {
        Error::Input { path: path.into(), problem }
    }
}

/// Why one input was refused. Messages are written for the person who gave the file:
/// what is wrong and, where there is one, what to do about it.
#[derive(Debug, Error)]
pub enum Problem {
    #[error("cannot read it: {0}")]
    Io(#[from] io::Error),
    #[error("is a directory, not a document (only `sosanh reuse` reads directories)")]
    Directory,
    #[error("is empty")]
    Empty,
    #[error("contains no text, only white space")]
    NoText,
    #[error("looks like binary data ({0}), not a document")]
    Binary(String),
    #[error(
        "is not UTF-8 or UTF-16 text (invalid byte 0x{byte:02X} at offset {offset}); save it as UTF-8, or name its encoding with --encoding"
    )]
    Encoding { offset: usize, byte: u8 },
    #[error("is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge { size: u64, limit: u64 },
    /// A small container that unpacks into more text than `--max-bytes` (DOCX footnotes or
    /// list labels repeated, a PDF's text).
    #[error("gives more than {limit} bytes of text ({what}), over the limit (raise it with --max-bytes)")]
    OutputTooLarge { what: &'static str, limit: u64 },
    #[error("has a line of {len} characters, over the limit of {limit}")]
    LineTooLong { len: usize, limit: usize },
    /// A container format (DOCX, PDF) that is damaged, encrypted or not what it claims.
    #[error("{0}")]
    Format(String),
    /// An outside tool that is needed and missing or failing (pdftotext).
    #[error("{0}")]
    Tool(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
