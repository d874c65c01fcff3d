//! The cells of one worksheet that hold a value, read one by one (never as the whole
//! rectangle the worksheet claims: one stray value in cell XFD1048576 would make that
//! rectangle 17 billion cells), and refused when one lies far outside the table.

use crate::import::problem::ImportProblem;
use crate::import::table::column_letter;
use crate::import::xlsx::limits::Budget;
use calamine::{Cell, Data, DataRef, Xlsx};
use std::io::{Read, Seek};

/// Columns a sheet may use (A to ALL). The layout has about a dozen; a value further right is
/// a stray keystroke or a paste gone wrong.
pub const MAX_COLUMNS: u32 = 1_000;

/// Empty rows allowed between two rows that hold values. A value further down is a stray.
pub const MAX_EMPTY_ROWS: u32 = 1_000;

/// "C3", from 0-based row and column.
pub fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", column_letter(col as usize), row as u64 + 1)
}

/// Whether a cell holds anything (an empty text is nothing).
fn holds_value(value: &Data) -> bool {
    match value {
        Data::Empty => false,
        Data::String(text) => !text.is_empty(),
        _ => true,
    }
}

/// The cells of worksheet `name` that hold a value, in reading order (row by row), each with
/// its 0-based (row, column); refused when one lies outside [`check_bounds`], or when the
/// cells pass the `budget` (checked before a cell's text is copied).
pub fn read_cells<RS: Read + Seek>(
    book: &mut Xlsx<RS>,
    name: &str,
    label: &str,
    budget: &mut Budget,
) -> Result<Vec<Cell<Data>>, ImportProblem> {
    let unreadable =
        |err: calamine::XlsxError| ImportProblem::in_file(label, format!("cannot be read: {err}"));
    let mut reader = match book.worksheet_cells_reader(name) {
        // A chart sheet holds no cells (as calamine's own range reading treats it).
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        reader => reader.map_err(unreadable)?,
    };
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let text = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::String(text) => text.as_str(),
            DataRef::SharedString(text) => text,
            _ => "",
        };
        if let Err(why) = budget.take(text) {
            let (row, col) = cell.get_position();
            return Err(ImportProblem::at_row(
                label,
                row as usize + 1,
                format!("cell {} cannot be read: {why}", cell_name(row, col)),
            ));
        }
        let value = Data::from(cell.get_value().clone());
        if holds_value(&value) {
            let (row, col) = cell.get_position();
            if col >= MAX_COLUMNS {
                return Err(far_away(label, row, col, column_reason(col)));
            }
            cells.push(Cell::new((row, col), value));
        }
    }
    check_bounds(label, &mut cells)?;
    Ok(cells)
}

fn column_reason(col: u32) -> String {
    format!(
        "column {} is past the {} columns a sheet may use",
        column_letter(col as usize),
        thousands(MAX_COLUMNS as u64)
    )
}

/// Puts the cells in reading order and refuses, at the first such cell, a value beyond
/// [`MAX_COLUMNS`] or more than [`MAX_EMPTY_ROWS`] empty rows below the row above it that
/// holds a value (or below row 1).
pub fn check_bounds(label: &str, cells: &mut Vec<Cell<Data>>) -> Result<(), ImportProblem> {
    cells.retain(|cell| holds_value(cell.get_value()));
    cells.sort_by_key(Cell::get_position);
    if let Some(cell) = cells.iter().find(|c| c.get_position().1 >= MAX_COLUMNS) {
        let (row, col) = cell.get_position();
        return Err(far_away(label, row, col, column_reason(col)));
    }
    let mut last_row: Option<u32> = None;
    for cell in cells.iter() {
        let (row, col) = cell.get_position();
        let above = last_row.unwrap_or(0);
        let empty = row.saturating_sub(above).saturating_sub(1);
        if empty > MAX_EMPTY_ROWS {
            let what = if last_row.is_some() {
                "the last row above it with a value"
            } else {
                "row 1"
            };
            return Err(far_away(
                label,
                row,
                col,
                format!(
                    "{} empty rows below row {}, {what}",
                    thousands(empty as u64),
                    above as u64 + 1
                ),
            ));
        }
        last_row = Some(row);
    }
    Ok(())
}

fn far_away(label: &str, row: u32, col: u32, reason: String) -> ImportProblem {
    ImportProblem::at_row(
        label,
        row as usize + 1,
        format!(
            "cell {} holds a value far outside the table ({reason}); delete it, or select \
             the rows below and the columns to the right of your table and clear them \
             (Home ▸ Clear ▸ Clear All)",
            cell_name(row, col)
        ),
    )
}

/// 1000 → "1,000".
fn thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(row: u32, col: u32, value: &str) -> Cell<Data> {
        Cell::new((row, col), Data::String(value.to_owned()))
    }

    #[test]
    fn a_value_past_the_last_column_is_refused_by_its_cell() {
        let mut cells = vec![text(0, 0, "Id"), text(1, 0, "sql"), text(0, 16_383, "x")];
        let problem = check_bounds("b › Skills", &mut cells).unwrap_err();
        assert_eq!(problem.row, Some(1));
        assert!(
            problem.message.contains(
                "cell XFD1 holds a value far outside the table (column XFD is past the 1,000 \
                 columns a sheet may use)"
            ),
            "{problem}"
        );
        let mut fine = vec![text(0, 0, "Id"), text(0, 999, "x")];
        assert!(check_bounds("b › Skills", &mut fine).is_ok());
    }

    #[test]
    fn a_value_after_a_thousand_empty_rows_is_refused_and_empty_cells_do_not_count() {
        let mut cells = vec![
            text(0, 0, "Id"),
            text(1, 0, "sql"),
            Cell::new((1_500, 0), Data::Empty),
            text(199_999, 25, "x"),
        ];
        let problem = check_bounds("b › Skills", &mut cells).unwrap_err();
        assert_eq!(problem.row, Some(200_000));
        assert!(
            problem.message.contains(
                "cell Z200000 holds a value far outside the table (199,997 empty rows below \
                 row 2, the last row above it with a value)"
            ),
            "{problem}"
        );
        let mut fine = vec![text(0, 0, "Id"), text(1_001, 0, "sql")];
        assert!(check_bounds("b › Skills", &mut fine).is_ok());
        assert_eq!(thousands(1_048_576), "1,048,576");
    }
}
