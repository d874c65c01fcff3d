//! Byte offsets to 1-based line and column, for diagnostics that point into the feed text.

pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text.as_bytes()));
        LineIndex { line_starts }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        (line + 1, offset - self.line_starts[line] + 1)
    }

    /// Inverse of `line_col` on a slice: offset of a 1-based (line, column) inside `text`.
    pub fn offset_in(text: &str, line: usize, column: usize) -> usize {
        let mut offset = 0;
        for _ in 1..line {
            match text[offset..].find('\n') {
                Some(newline) => offset += newline + 1,
                None => return text.len(),
            }
        }
        (offset + column.saturating_sub(1)).min(text.len())
    }
}

/// Where each line after the first starts. memchr scans a word at a time: the first
/// diagnostic of a 20 MB feed builds this index, and a byte-by-byte scan cost tens of ms.
fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_to_lines_and_columns() {
        let index = LineIndex::new("ab\ncde\n\nf");
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(1), (1, 2));
        assert_eq!(index.line_col(3), (2, 1));
        assert_eq!(index.line_col(5), (2, 3));
        assert_eq!(index.line_col(7), (3, 1));
        assert_eq!(index.line_col(8), (4, 1));
    }

    #[test]
    fn finds_offset_of_line_and_column() {
        let text = "ab\ncde\nf";
        assert_eq!(LineIndex::offset_in(text, 1, 1), 0);
        assert_eq!(LineIndex::offset_in(text, 2, 2), 4);
        assert_eq!(LineIndex::offset_in(text, 3, 1), 7);
        assert_eq!(LineIndex::offset_in(text, 9, 1), text.len());
    }
}
