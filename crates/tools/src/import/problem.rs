//! What an import tells its user: a problem with the file and row it was found at.

use crate::import::draft::FeedDraft;
use std::fmt;

/// One problem in an input: fatal when returned as an error, a warning when in
/// [`Imported::warnings`] (a row skipped, a value guessed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// The input file as the user named it.
    pub file: String,
    /// 1-based line (CSV) or row (spreadsheet), when the problem has one.
    pub row: Option<usize>,
    pub message: String,
}

impl ImportProblem {
    pub fn in_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        ImportProblem {
            file: file.into(),
            row: None,
            message: message.into(),
        }
    }

    pub fn at_row(file: impl Into<String>, row: usize, message: impl Into<String>) -> Self {
        ImportProblem {
            file: file.into(),
            row: Some(row),
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.row {
            Some(row) => write!(f, "{}, row {row}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A successful import: the feed, and what was skipped or guessed on the way.
#[derive(Debug, Default)]
pub struct Imported {
    pub draft: FeedDraft,
    pub warnings: Vec<ImportProblem>,
}
