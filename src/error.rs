//! The one error type of the library. The binary prints it as one line naming the
//! file and what is wrong, and exits with status 2 (see `cli::EXIT_ERROR`).

use crate::check::Lang;
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
    Usage(Said),
    /// The result could not be written.
    #[error("cannot write {path}: {source}")]
    Output { path: String, source: io::Error },
}

impl Error {
    pub fn input(path: impl Into<String>, problem: Problem) -> Self {
        Error::Input { path: path.into(), problem }
    }

    /// A misuse of flags or arguments, told in both languages.
    pub fn usage(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Error::Usage(Said::new(en, vi))
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
    Binary(Said),
    #[error(
        "is not UTF-8 or UTF-16 text (invalid byte 0x{byte:02X} at offset {offset}); save it as UTF-8, or name its encoding with --encoding"
    )]
    Encoding { offset: usize, byte: u8 },
    #[error("is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge { size: u64, limit: u64 },
    /// A small container that unpacks into more text than `--max-bytes` (DOCX footnotes or
    /// list labels repeated, a PDF's text).
    #[error("gives more than {limit} bytes of text ({what}), over the limit (raise it with --max-bytes)")]
    OutputTooLarge { what: Said, limit: u64 },
    #[error("has a line of {len} characters, over the limit of {limit}")]
    LineTooLong { len: usize, limit: usize },
    /// A container format (DOCX, PDF) that is damaged, encrypted or not what it claims.
    #[error("{0}")]
    Format(Said),
    /// An outside tool that is needed and missing or failing (pdftotext).
    #[error("{0}")]
    Tool(Said),
}

/// A sentence written where a problem is found (a damaged DOCX, a scanned PDF, a missing
/// pdftotext), in both languages the interface speaks: these are the refusals an office
/// user meets most (an old .doc file, a scan), so they are told in Vietnamese too.
/// `Display` gives the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub en: String,
    pub vi: String,
}

impl Said {
    pub fn new(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Said { en: en.into(), vi: vi.into() }
    }

    /// The sentence in the user's language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Vi => &self.vi,
        }
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl Error {
    /// The message in the user's language, as the binary prints it after "sosanh: ". The
    /// English text is the `Display` one. What is found where the problem is (a damaged
    /// DOCX, a scanned PDF, a flag out of range) is written there in both languages
    /// ([`Said`]); only the system's and the parsers' own details inside it (an I/O error,
    /// clap's messages) stay English.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (Error::Input { path, problem }, Lang::Vi) => format!("{path}: {}", problem.message(lang)),
            (Error::Usage(m), Lang::Vi) => m.get(lang).to_string(),
            (Error::Output { path, source }, Lang::Vi) => format!("không ghi được {path}: {}", io_vi(source)),
        }
    }
}

impl Problem {
    /// Why the input was refused, in the user's language (see [`Error::message`]).
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Problem::Io(e) => format!("không đọc được: {}", io_vi(e)),
            Problem::Directory => "là một thư mục, không phải văn bản (chỉ `sosanh reuse` đọc cả thư mục)".into(),
            Problem::Empty => "là tệp rỗng".into(),
            Problem::NoText => "không có chữ nào, chỉ có khoảng trắng".into(),
            Problem::Binary(what) => format!("là dữ liệu nhị phân ({}), không phải văn bản", what.vi),
            Problem::Encoding { offset, byte } => format!(
                "không phải văn bản UTF-8 hay UTF-16 (byte 0x{byte:02X} sai ở vị trí {offset}); hãy lưu lại dạng UTF-8, \
                 hoặc chỉ rõ bảng mã bằng --encoding"
            ),
            Problem::TooLarge { size, limit } => {
                format!("dài {size} byte, quá giới hạn {limit} byte (nâng giới hạn bằng --max-bytes)")
            }
            Problem::OutputTooLarge { what, limit } => {
                format!("cho ra hơn {limit} byte chữ ({}), quá giới hạn (nâng giới hạn bằng --max-bytes)", what.vi)
            }
            Problem::LineTooLong { len, limit } => format!("có một dòng dài {len} ký tự, quá giới hạn {limit}"),
            Problem::Format(m) | Problem::Tool(m) => m.get(lang).to_string(),
        }
    }
}

/// A file-system error in Vietnamese for the kinds a user meets; the system's own words
/// (in English) for the rest.
fn io_vi(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "không có tệp hay thư mục này".into(),
        io::ErrorKind::PermissionDenied => "không có quyền truy cập".into(),
        io::ErrorKind::AlreadyExists => "tệp đã có".into(),
        io::ErrorKind::StorageFull => "ổ đĩa đã đầy".into(),
        _ => e.to_string(),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
