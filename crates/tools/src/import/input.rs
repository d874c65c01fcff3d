//! Reading an input file: a size limit said up front, byte order marks, and encodings named
//! when they are not UTF-8 (spreadsheet programs often save CSV in another one).

use crate::import::problem::ImportProblem;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

thread_local! {
    /// Every file [`read_bytes`] was asked for on this thread, so `feed-import -o` can refuse
    /// to write over one.
    static FILES_READ: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
}

/// The files read (or tried) on this thread so far, in order.
pub fn files_read() -> Vec<PathBuf> {
    FILES_READ.with(|files| files.borrow().clone())
}

/// The default `--max-input-mb`: the full ESCO download's largest file is well below it, while a
/// file many times larger is almost always the wrong file (a database dump, an export with
/// images).
pub const DEFAULT_MAX_INPUT_MB: u64 = 40;

/// A file's name as the user gave it, for messages.
pub fn label(path: &Path) -> String {
    path.display().to_string()
}

/// The file's bytes, refused before reading when it is larger than `max_mb` megabytes.
pub fn read_bytes(path: &Path, max_mb: u64) -> Result<Vec<u8>, ImportProblem> {
    FILES_READ.with(|files| files.borrow_mut().push(path.to_owned()));
    let file = label(path);
    let size = std::fs::metadata(path)
        .map_err(|err| ImportProblem::in_file(&file, format!("cannot be read: {err}")))?
        .len();
    let limit = max_mb.saturating_mul(1_000_000);
    if size > limit {
        return Err(ImportProblem::in_file(
            &file,
            format!(
                "is {:.1} MB, above the {max_mb} MB limit for one input. Check that it is the \
                 right file; if it is, raise the limit with --max-input-mb (the feed the \
                 widget downloads should stay well below 10 MB, see docs/performance.md).",
                size as f64 / 1_000_000.0
            ),
        ));
    }
    std::fs::read(path)
        .map_err(|err| ImportProblem::in_file(&file, format!("cannot be read: {err}")))
}

/// The file as text: UTF-8 with or without a byte order mark.
pub fn read_text(path: &Path, max_mb: u64) -> Result<String, ImportProblem> {
    let bytes = read_bytes(path, max_mb)?;
    decode_utf8(&label(path), bytes)
}

/// UTF-8 text without its byte order mark, or a message naming the line of the first byte
/// that is not UTF-8 and how to save the file properly.
pub fn decode_utf8(file: &str, mut bytes: Vec<u8>) -> Result<String, ImportProblem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportProblem::in_file(
            file,
            "is saved as UTF-16 (\"Unicode text\"). Save it as UTF-8 instead: in Excel, \
             \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, character set \"Unicode (UTF-8)\".",
        ));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.into_bytes();
        let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
        ImportProblem::at_row(
            file,
            line,
            format!(
                "byte {valid} is not UTF-8: the file is probably saved in another encoding \
                 (such as Windows-1252 or ISO-8859-1). Save it as UTF-8 instead: in Excel, \
                 \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, character set \"Unicode (UTF-8)\"."
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let text = decode_utf8("a.csv", b"\xEF\xBB\xBFid,name\n".to_vec()).unwrap();
        assert_eq!(text, "id,name\n");
    }

    #[test]
    fn latin1_is_reported_at_its_line_with_how_to_save_as_utf8() {
        let problem = decode_utf8("a.csv", b"id,name\nx,Caf\xE9\n".to_vec()).unwrap_err();
        assert_eq!(problem.row, Some(2));
        assert!(problem.message.contains("Windows-1252"), "{problem}");
        assert!(problem.message.contains("CSV UTF-8"), "{problem}");
    }

    #[test]
    fn utf16_is_named() {
        let problem = decode_utf8("a.csv", vec![0xFF, 0xFE, b'i', 0]).unwrap_err();
        assert!(problem.message.contains("UTF-16"), "{problem}");
    }
}
