//! `feed-import xlsx`: the spreadsheet layout of `docs/import/csv.md` as one .xlsx workbook,
//! one worksheet per sheet (Skills, Scale, Roles, Resources, Mentors; worksheets for people,
//! such as the template's Instructions, are skipped silently, any other with a note). Each
//! worksheet becomes a `Table` (header in row 1, every cell as text, rows numbered as the
//! spreadsheet shows them), so the mapping to the feed is the one `feed-import csv` uses.
//!
//! - [`cells`]: the cells of a worksheet that hold a value, read one by one, with the bounds a
//!   stray value must not pass;
//! - [`worksheet`]: one worksheet as a [`Table`](crate::import::table::Table);
//! - [`limits`]: what a workbook may cost to read (decompressed size, cells, text), so a
//!   small file that expands to gigabytes is refused.

pub mod cells;
pub mod limits;
pub mod worksheet;

use crate::import::cli::CommonOptions;
use crate::import::input::{label, read_bytes};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::sheets::{set_framework, sheet_list, to_draft, Sheet, SheetSet};
use calamine::{Reader, Xlsx};
use cells::read_cells;
use clap::Args;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use worksheet::sheet_table;

/// Reads the Skillgap spreadsheet layout as one Excel workbook (.xlsx).
#[derive(Debug, Clone, Args)]
pub struct XlsxArgs {
    /// The workbook (.xlsx, as Excel, LibreOffice or Google Sheets save it) with a worksheet per
    /// sheet: Skills (required), and any of Scale, Roles, Resources, Mentors (names in any
    /// case; "ACME Skills" works too). Instructions, Read me and Notes worksheets are skipped
    /// silently, other worksheets with a note.
    #[arg(value_name = "BOOK.xlsx")]
    pub book: PathBuf,
    #[command(flatten)]
    pub common: CommonOptions,
}

fn expected() -> String {
    format!(
        "Name one worksheet per sheet ({}), in any case; see docs/import/csv.md and the \
         template docs/import/skillgap-template.xlsx.",
        sheet_list(Sheet::title)
    )
}

pub fn import(args: &XlsxArgs) -> Result<Imported, ImportProblem> {
    let book_label = label(&args.book);
    let bytes = read_bytes(&args.book, args.common.input.max_input_mb)?;
    limits::check_archive(&book_label, &bytes)?;
    let mut book = open(&args.book, bytes)?;
    let mut budget = limits::Budget::default();
    let mut set = SheetSet::default();
    let mut notes = Vec::new();
    for name in book.sheet_names() {
        let sheet_label = format!("{book_label} › {name}");
        let Some(sheet) = Sheet::from_name(&name) else {
            if is_instructions(&name) {
                continue;
            }
            notes.push(ImportProblem::in_file(
                &sheet_label,
                format!(
                    "is not one of the sheets ({}), so it is skipped",
                    sheet_list(Sheet::title)
                ),
            ));
            continue;
        };
        let cells = read_cells(&mut book, &name, &sheet_label, &mut budget)?;
        let merges = match book.worksheet_merge_cells(&name) {
            Some(Ok(merges)) => merges,
            Some(Err(err)) => {
                return Err(ImportProblem::in_file(
                    &sheet_label,
                    format!("its merged cells cannot be read: {err}"),
                ))
            }
            None => Vec::new(),
        };
        match sheet_table(&sheet_label, &cells, &merges, &mut budget)? {
            Some(table) => set.add(sheet, table)?,
            None if sheet == Sheet::Skills => {
                return Err(ImportProblem::in_file(
                    &sheet_label,
                    "is empty: row 1 must hold the column names and the rows below one skill each",
                ))
            }
            None => notes.push(ImportProblem::in_file(
                &sheet_label,
                "is empty, so it is skipped",
            )),
        }
    }
    let mut imported = to_draft(&set, &book_label, &expected())?;
    notes.append(&mut imported.warnings);
    imported.warnings = notes;
    set_framework(&mut imported, &args.common.framework, &book_label);
    Ok(imported)
}

/// Worksheets that explain the workbook to people, skipped without a note: Instructions,
/// Read me (README, Read-me), Notes, in any case.
pub fn is_instructions(name: &str) -> bool {
    let letters: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(letters.as_str(), "instructions" | "readme" | "notes")
}

fn open(path: &Path, bytes: Vec<u8>) -> Result<Xlsx<Cursor<Vec<u8>>>, ImportProblem> {
    Xlsx::new(Cursor::new(bytes)).map_err(|err| {
        ImportProblem::in_file(
            label(path),
            format!(
                "cannot be read as an .xlsx workbook ({err}). Save it from your spreadsheet \
                 program as \"Excel Workbook (.xlsx)\"; older .xls and .ods files are not read."
            ),
        )
    })
}

/// The workbook with default options, for tests.
pub fn import_book(book: &Path) -> Result<Imported, ImportProblem> {
    import(&XlsxArgs {
        book: book.to_owned(),
        common: CommonOptions::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::is_instructions;

    #[test]
    fn instruction_sheets_are_known_in_any_case_and_spelling() {
        for name in ["Instructions", "READ ME", "Readme", "read-me", "notes"] {
            assert!(is_instructions(name), "{name}");
        }
        for name in ["My notes", "Skills", "Instruction set", "Lookups"] {
            assert!(!is_instructions(name), "{name}");
        }
    }
}
