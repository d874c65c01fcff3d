//! `feed-import xlsx`: the spreadsheet layout of `docs/import/csv.md` as one .xlsx workbook,
//! one worksheet per sheet (Skills, Scale, Roles, Resources, Mentors; other worksheets such as
//! the template's Instructions are skipped with a note). Each worksheet becomes a [`Table`]
//! (header in row 1, every cell as text, rows numbered as the spreadsheet shows them), so
//! the mapping to the feed is the one `feed-import csv` uses.

use crate::import::cli::CommonOptions;
use crate::import::input::{label, read_bytes};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::sheets::{set_framework, sheet_list, to_draft, Sheet, SheetSet};
use crate::import::table::{check_headers, column_letter, Row, Table};
use calamine::{Data, Dimensions, Range, Reader, Xlsx};
use clap::Args;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// Reads the Skillgap spreadsheet layout as one Excel workbook (.xlsx).
#[derive(Debug, Clone, Args)]
pub struct XlsxArgs {
    /// The workbook (.xlsx, as Excel, LibreOffice or Google Sheets save it) with a worksheet per
    /// sheet: Skills (required), and any of Scale, Roles, Resources, Mentors (names in any
    /// case; "ACME Skills" works too). Other worksheets are skipped.
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
    let mut book = open(&args.book, bytes)?;
    let mut set = SheetSet::default();
    let mut notes = Vec::new();
    for name in book.sheet_names() {
        let sheet_label = format!("{book_label} › {name}");
        let Some(sheet) = Sheet::from_name(&name) else {
            notes.push(ImportProblem::in_file(
                &sheet_label,
                format!(
                    "is not one of the sheets ({}), so it is skipped",
                    sheet_list(Sheet::title)
                ),
            ));
            continue;
        };
        let range = book.worksheet_range(&name).map_err(|err| {
            ImportProblem::in_file(&sheet_label, format!("cannot be read: {err}"))
        })?;
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
        match sheet_table(&sheet_label, &range, &merges)? {
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

/// "B1:C1".
fn cell_range(merge: &Dimensions) -> String {
    let cell = |(row, col): (u32, u32)| format!("{}{}", column_letter(col as usize), row + 1);
    format!("{}:{}", cell(merge.start), cell(merge.end))
}

/// The worksheet as a table, or `None` when it holds nothing.
pub fn sheet_table(
    label: &str,
    range: &Range<Data>,
    merges: &[Dimensions],
) -> Result<Option<Table>, ImportProblem> {
    let header_merges: Vec<String> = merges
        .iter()
        .filter(|m| m.start.0 == 0)
        .map(cell_range)
        .collect();
    if !header_merges.is_empty() {
        return Err(ImportProblem::at_row(
            label,
            1,
            format!(
                "the header has merged cells ({}); unmerge them so that every column has its \
                 own name in row 1 (in Excel: select row 1, Merge & Center ▸ Unmerge Cells), \
                 then name each column",
                header_merges.join(", ")
            ),
        ));
    }
    if let Some(wide) = merges.iter().find(|m| m.start.1 != m.end.1) {
        return Err(ImportProblem::at_row(
            label,
            wide.start.0 as usize + 1,
            format!(
                "cells {} are merged across columns; unmerge them so that each column holds \
                 its own value",
                cell_range(wide)
            ),
        ));
    }
    let Some((_, end_col)) = range.end() else {
        return Ok(None);
    };
    let (start_row, _) = range.start().unwrap_or((0, 0));
    let height = range.end().map_or(0, |(row, _)| row + 1);
    let mut grid: Vec<Vec<String>> = Vec::new();
    for row in 0..height {
        let mut cells = Vec::new();
        for col in 0..=end_col {
            let value = range.get_value((row, col)).unwrap_or(&Data::Empty);
            cells.push(cell_text(label, value, row, col)?);
        }
        grid.push(cells);
    }
    // A cell merged down a column counts for every row it covers.
    for merge in merges {
        let value = grid[merge.start.0 as usize][merge.start.1 as usize].clone();
        for row in merge.start.0 + 1..=merge.end.0.min(height.saturating_sub(1)) {
            grid[row as usize][merge.start.1 as usize] = value.clone();
        }
    }
    if grid.iter().all(|row| row.iter().all(String::is_empty)) {
        return Ok(None);
    }
    if start_row > 0 || grid[0].iter().all(String::is_empty) {
        return Err(ImportProblem::at_row(
            label,
            1,
            "row 1 is empty; the column names must be in row 1, one per column, with the \
             rows below it",
        ));
    }
    let mut headers: Vec<String> = grid[0].iter().map(|h| h.trim().to_owned()).collect();
    while headers.last().is_some_and(String::is_empty) {
        let col = headers.len() - 1;
        if let Some(row) = grid.iter().position(|row| !row[col].trim().is_empty()) {
            return Err(ImportProblem::at_row(
                label,
                row + 1,
                format!(
                    "cell {}{} has a value but column {} has no name in row 1; name the \
                     column or clear it",
                    column_letter(col),
                    row + 1,
                    column_letter(col)
                ),
            ));
        }
        headers.pop();
    }
    check_headers(label, &headers, 1)?;
    let rows = grid
        .into_iter()
        .enumerate()
        .skip(1)
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(index, mut cells)| {
            cells.truncate(headers.len());
            Row {
                line: index + 1,
                cells,
            }
        })
        .collect();
    Ok(Some(Table {
        label: label.to_owned(),
        headers,
        rows,
    }))
}

/// A cell as the text a CSV export would hold: whole numbers without ".0", dates as ISO
/// 8601; error values and durations are refused at their cell.
fn cell_text(label: &str, value: &Data, row: u32, col: u32) -> Result<String, ImportProblem> {
    let cell = || format!("{}{}", column_letter(col as usize), row + 1);
    Ok(match value {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => match crate::import::sheets::cells::whole(*number) {
            Some(whole) => whole.to_string(),
            None => number.to_string(),
        },
        Data::Bool(value) => if *value { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(date) if date.is_datetime() => {
            let (y, m, d, h, min, s, _) = date.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTime(_) | Data::DurationIso(_) => {
            return Err(ImportProblem::at_row(
                label,
                row as usize + 1,
                format!(
                    "cell {} is a time or duration; type the number instead (durations in \
                     minutes, such as 90)",
                    cell()
                ),
            ))
        }
        Data::DateTimeIso(text) => text.clone(),
        Data::Error(error) => {
            return Err(ImportProblem::at_row(
                label,
                row as usize + 1,
                format!(
                    "cell {} shows the error {error}; correct the formula or type the value",
                    cell()
                ),
            ))
        }
    })
}

/// The workbook with default options, for tests.
pub fn import_book(book: &Path) -> Result<Imported, ImportProblem> {
    import(&XlsxArgs {
        book: book.to_owned(),
        common: CommonOptions::default(),
    })
}
