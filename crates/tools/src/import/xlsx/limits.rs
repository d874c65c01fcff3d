//! What a workbook may cost to read, whatever its size on disk. An .xlsx is a zip archive: a
//! 4 MB file of repeated values expanded to 2 GB, and a 0.95 MB file with one long cell took
//! 2.9 GB of memory. Before the workbook is opened, [`check_archive`] decompresses every entry
//! through a counting limit (the sizes the archive declares are not trusted) and refuses it
//! past [`MAX_ENTRY_MB`] for one entry or [`MAX_TOTAL_MB`] in all, past
//! [`MAX_SHARED_STRINGS`] shared strings, or when a worksheet or the shared strings hold a
//! text far longer than a cell can. While cells are read, [`Budget`] refuses a cell longer
//! than [`MAX_CELL_CHARS`], more than [`MAX_CELLS`] cells with a value, and more than
//! [`MAX_TEXT_MB`] of cell text in all (one shared string can be used by many cells).
//! Each limit is far above what a workbook in the Skillgap layout needs (the feed itself
//! should stay well under 10 MB) and each refusal names its limit.

use crate::import::problem::ImportProblem;
use std::io::{Cursor, Read};

/// Largest decompressed size of one entry of the archive (a worksheet, the shared strings).
pub const MAX_ENTRY_MB: u64 = 100;
/// Largest decompressed size of all the archive's entries together.
pub const MAX_TOTAL_MB: u64 = 250;
/// Most cells holding a value, over all the worksheets read (cells a merge fills count too).
pub const MAX_CELLS: usize = 2_000_000;
/// Most shared strings (distinct texts) in the workbook.
pub const MAX_SHARED_STRINGS: usize = 2_000_000;
/// Longest text of one cell, in characters: Excel's own limit.
pub const MAX_CELL_CHARS: usize = 32_767;
/// Most text, over all the cells read, in megabytes.
pub const MAX_TEXT_MB: usize = 100;
/// Longest stretch of XML between two `<` in a worksheet or the shared strings: a cell's
/// text at its longest, written with the longest character references (`&#x10FFFF;`).
const MAX_XML_RUN: usize = MAX_CELL_CHARS * 10;

const MB: u64 = 1_000_000;

fn refused(label: &str, what: String) -> ImportProblem {
    ImportProblem::in_file(
        label,
        format!(
            "{what}. A workbook in the Skillgap layout needs far less: check that it is the \
             right file, and keep only the sheets and rows the feed needs (see \
             docs/import/csv.md, \"Limits\")."
        ),
    )
}

/// Counts, across a stream of XML, the shared-string items (`<si>`, with or without a
/// namespace prefix) and the longest stretch between two `<`.
#[derive(Default)]
struct XmlScan {
    in_tag: bool,
    name: Vec<u8>,
    name_done: bool,
    run: usize,
    longest: usize,
    items: usize,
}

impl XmlScan {
    fn feed(&mut self, chunk: &[u8]) {
        for &b in chunk {
            if b == b'<' {
                self.in_tag = true;
                self.name.clear();
                self.name_done = false;
                self.run = 0;
                continue;
            }
            self.run += 1;
            self.longest = self.longest.max(self.run);
            if !self.in_tag {
                continue;
            }
            if b == b'>' {
                self.in_tag = false;
                self.end_name();
            } else if !self.name_done {
                if b.is_ascii_whitespace() || (b == b'/' && !self.name.is_empty()) {
                    self.end_name();
                } else if self.name.len() < 32 {
                    self.name.push(b);
                } else {
                    self.name_done = true;
                }
            }
        }
    }

    fn end_name(&mut self) {
        if !self.name_done {
            self.name_done = true;
            let closing = self.name.starts_with(b"/");
            if !closing && (self.name == b"si" || self.name.ends_with(b":si")) {
                self.items += 1;
            }
        }
    }
}

/// The limits [`check_archive`] applies (other values for tests).
#[derive(Debug, Clone, Copy)]
pub struct ArchiveLimits {
    pub entry_mb: u64,
    pub total_mb: u64,
    pub shared_strings: usize,
}

pub const ARCHIVE_LIMITS: ArchiveLimits = ArchiveLimits {
    entry_mb: MAX_ENTRY_MB,
    total_mb: MAX_TOTAL_MB,
    shared_strings: MAX_SHARED_STRINGS,
};

/// Refuses an archive whose entries decompress past the limits, before the workbook is
/// opened. An archive the zip reader cannot open is left to the workbook reader, which says
/// how to save a workbook.
pub fn check_archive(label: &str, bytes: &[u8]) -> Result<(), ImportProblem> {
    check_archive_within(label, bytes, ARCHIVE_LIMITS)
}

/// [`check_archive`] with other limits.
pub fn check_archive_within(
    label: &str,
    bytes: &[u8],
    limits: ArchiveLimits,
) -> Result<(), ImportProblem> {
    let ArchiveLimits {
        entry_mb: max_entry_mb,
        total_mb: max_total_mb,
        shared_strings: max_shared_strings,
    } = limits;
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index(index) else {
            continue;
        };
        let name = entry.name().to_owned();
        let lower = name.to_ascii_lowercase();
        let xml = lower.ends_with(".xml")
            && (lower.contains("sharedstrings") || lower.contains("worksheets/"));
        let shared = lower.contains("sharedstrings");
        let entry_limit = (max_entry_mb * MB).min((max_total_mb * MB).saturating_sub(total));
        // One byte past the limit is enough to know it is exceeded.
        let mut limited = entry.take(entry_limit + 1);
        let mut size: u64 = 0;
        let mut scan = XmlScan::default();
        loop {
            let read = match limited.read(&mut buffer) {
                Ok(0) | Err(_) => break, // a damaged entry is the workbook reader's to report
                Ok(read) => read,
            };
            size += read as u64;
            if size > entry_limit {
                let what = if entry_limit < max_entry_mb * MB {
                    format!(
                        "is a compressed archive whose contents expand to more than {max_total_mb} MB \
                          (the limit for a whole workbook, reached in \"{name}\")"
                    )
                } else {
                    format!(
                        "is a compressed archive whose part \"{name}\" expands to more than \
                         {max_entry_mb} MB (the limit for one part of a workbook)"
                    )
                };
                return Err(refused(label, what));
            }
            if xml {
                scan.feed(&buffer[..read]);
                if scan.longest > MAX_XML_RUN {
                    return Err(refused(
                        label,
                        format!(
                            "holds, in \"{name}\", a value longer than a cell can hold ({} \
                             characters, the limit for one cell)",
                            MAX_CELL_CHARS
                        ),
                    ));
                }
                if shared && scan.items > max_shared_strings {
                    return Err(refused(
                        label,
                        format!(
                            "holds more than {max_shared_strings} shared strings (distinct \
                             texts; the limit for a workbook)"
                        ),
                    ));
                }
            }
        }
        total += size;
    }
    Ok(())
}

/// What the cells read so far have used, refused past [`MAX_CELLS`], [`MAX_CELL_CHARS`] and
/// [`MAX_TEXT_MB`]; checked before a cell's text is copied.
#[derive(Debug, Default)]
pub struct Budget {
    cells: usize,
    text: usize,
}

impl Budget {
    /// Counts one more cell holding `text` (`""` for a number), or says which limit it passes.
    pub fn take(&mut self, text: &str) -> Result<(), String> {
        self.cells += 1;
        if self.cells > MAX_CELLS {
            return Err(format!(
                "the workbook has more than {MAX_CELLS} cells with a value (the limit for a \
                 workbook, counting the cells merged cells fill)"
            ));
        }
        // Bytes bound characters from above: count only when the bytes could pass.
        if text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS {
            return Err(format!(
                "it holds {} characters, more than the {MAX_CELL_CHARS} a cell can hold (the \
                 limit for one cell)",
                text.chars().count()
            ));
        }
        self.text += text.len();
        if self.text > MAX_TEXT_MB * 1_000_000 {
            return Err(format!(
                "the workbook's cells hold more than {MAX_TEXT_MB} MB of text (the limit for a \
                 workbook, counting each use of a shared text)"
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_string_items_are_counted_with_or_without_a_prefix_across_chunks() {
        let mut scan = XmlScan::default();
        let xml = b"<sst count=\"9\"><si><t>a</t></si><x:si><x:t>b</x:t></x:si><si/><sis/></sst>";
        for chunk in xml.chunks(3) {
            scan.feed(chunk);
        }
        assert_eq!(scan.items, 3);
    }

    #[test]
    fn the_budget_refuses_a_long_cell_and_too_much_text() {
        let mut budget = Budget::default();
        assert!(budget.take(&"é".repeat(MAX_CELL_CHARS)).is_ok());
        let why = budget.take(&"x".repeat(MAX_CELL_CHARS + 1)).unwrap_err();
        assert!(
            why.contains("32768 characters, more than the 32767"),
            "{why}"
        );
        let cell = "x".repeat(MAX_CELL_CHARS);
        let why = (0..4_000)
            .map(|_| budget.take(&cell))
            .find_map(Result::err)
            .unwrap();
        assert!(why.contains("more than 100 MB of text"), "{why}");
    }
}
