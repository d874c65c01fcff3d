//! `feed-import`: turns the frameworks organisations already hold into a Skillgap feed.
//!
//! Native only (never in the widget). Each format has one module that reads its files into a
//! [`FeedDraft`]; [`finish`] then checks the draft exactly as the widget and `feed-check`
//! would, so an import that writes a feed has written one that loads.
//!
//! The formats (one subcommand each):
//! - [`csv_files`] and [`xlsx`]: the Skillgap spreadsheet layout (`docs/import/csv.md`), as CSV
//!   files or one workbook, both mapped to a feed by [`sheets`];
//! - [`esco`]: the EU's ESCO classification download;
//! - [`onet`]: the O*NET database's text files;
//! - [`case`]: 1EdTech CASE packages, and [`moodle`]: Moodle competency frameworks, both trees
//!   of competencies shaped into skills and roles by [`hierarchy`].
//!
//! Shared by all:
//! - [`input`]: reading a file: size limit, encoding, byte order marks.
//! - [`table`]: a CSV sheet with its header, every row with its line number.
//! - [`problem`]: what went wrong, with file and row.
//! - [`draft`]: the feed being built, serialised as format version 1; [`clean`] makes its texts
//!   what the widget would show before it is written.
//! - [`cli`]: the options every format shares; [`output`]: where `-o` may write.
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]

pub mod case;
pub mod clean;
pub mod cli;
pub mod csv_files;
pub mod draft;
pub mod esco;
pub mod finish;
pub mod hierarchy;
pub mod input;
pub mod moodle;
pub mod onet;
pub mod output;
pub mod problem;
pub mod sheets;
pub mod table;
pub mod xlsx;

pub use draft::*;
pub use finish::{finish, Finished};
pub use problem::{ImportProblem, Imported};
