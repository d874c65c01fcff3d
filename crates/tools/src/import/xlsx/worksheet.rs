//! One worksheet as a [`Table`]: the header in row 1, every cell as the text a CSV export
//! would hold, rows numbered as the spreadsheet shows them. Built from the cells that hold a
//! value ([`cells::read_cells`](super::cells::read_cells)), so a sheet costs what it holds.
//! Merged cells in the header are refused by their cell range; a cell merged down a column
//! counts for every row it covers that holds other values. A title row above the column
//! names is refused as such.

use crate::import::problem::ImportProblem;
use crate::import::table::{check_headers, column_letter, Row, Table};
use crate::import::xlsx::cells::cell_name;
use crate::import::xlsx::limits::Budget;
use calamine::{Cell, Data, Dimensions};
use std::collections::BTreeMap;

/// "B1:C1".
fn cell_range(merge: &Dimensions) -> String {
    format!(
        "{}:{}",
        cell_name(merge.start.0, merge.start.1),
        cell_name(merge.end.0, merge.end.1)
    )
}

/// A row's cells as text, by 0-based column.
type SparseRow = BTreeMap<u32, String>;

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The worksheet as a table, or `None` when it holds nothing. `cells` are the cells that hold
/// a value, within bounds ([`check_bounds`](super::cells::check_bounds)).
pub fn sheet_table(
    label: &str,
    cells: &[Cell<Data>],
    merges: &[Dimensions],
    budget: &mut Budget,
) -> Result<Option<Table>, ImportProblem> {
    let mut rows: BTreeMap<u32, SparseRow> = BTreeMap::new();
    for cell in cells {
        let (row, col) = cell.get_position();
        let text = cell_text(label, cell.get_value(), row, col)?;
        rows.entry(row).or_default().insert(col, text);
    }
    rows.retain(|_, cells| cells.values().any(|text| !blank(text)));
    if rows.is_empty() {
        return Ok(None);
    }
    check_title_row(label, &rows)?;
    check_merges(label, merges)?;
    let Some(first) = rows.get(&0) else {
        return Err(ImportProblem::at_row(
            label,
            1,
            "row 1 is empty; the column names must be in row 1, one per column, with the \
             rows below it",
        ));
    };
    let width = first
        .iter()
        .filter(|(_, text)| !blank(text))
        .map(|(col, _)| col + 1)
        .next_back()
        .unwrap_or(0);
    let headers: Vec<String> = (0..width)
        .map(|col| first.get(&col).map_or("", |h| h.trim()).to_owned())
        .collect();
    // A value in a column with no name: the first such cell, in reading order.
    if let Some((row, col)) = rows.iter().find_map(|(row, cells)| {
        cells
            .iter()
            .find(|(col, text)| **col >= width && !blank(text))
            .map(|(col, _)| (*row, *col))
    }) {
        return Err(ImportProblem::at_row(
            label,
            row as usize + 1,
            format!(
                "cell {} has a value but column {} has no name in row 1; name the column or \
                 clear it",
                cell_name(row, col),
                column_letter(col as usize)
            ),
        ));
    }
    check_headers(label, &headers, 1)?;
    fill_merged_down(label, &mut rows, merges, budget)?;
    let rows = rows
        .into_iter()
        .skip_while(|(row, _)| *row == 0)
        .map(|(row, cells)| Row {
            line: row as usize + 1,
            cells: (0..width)
                .map(|col| cells.get(&col).cloned().unwrap_or_default())
                .collect(),
        })
        .collect();
    Ok(Some(Table {
        label: label.to_owned(),
        headers,
        rows,
    }))
}

/// Refuses a sheet whose row 1 holds one value only while the next row that holds values has
/// more, in other columns: a title ("ACME skills 2026") above the column names.
fn check_title_row(label: &str, rows: &BTreeMap<u32, SparseRow>) -> Result<(), ImportProblem> {
    let Some(first) = rows.get(&0) else {
        return Ok(());
    };
    let mut filled = first.iter().filter(|(_, text)| !blank(text));
    let (Some((title_col, title)), None) = (filled.next(), filled.next()) else {
        return Ok(());
    };
    let Some((next_row, next)) = rows.range(1..).next() else {
        return Ok(());
    };
    let next_filled: Vec<u32> = next
        .iter()
        .filter(|(_, text)| !blank(text))
        .map(|(col, _)| *col)
        .collect();
    if next_filled.len() < 2 || next_filled.iter().all(|col| col == title_col) {
        return Ok(());
    }
    Err(ImportProblem::at_row(
        label,
        1,
        format!(
            "row 1 must hold the column names, but it holds only \"{}\" (cell {}) while row {} \
             holds {} values: the sheet seems to have a title row above the column names. \
             Delete row 1 (and any empty rows below it) so that the column names are in row 1",
            title.trim(),
            cell_name(0, *title_col),
            next_row + 1,
            next_filled.len()
        ),
    ))
}

/// Refuses merged cells in the header and merged cells across columns.
fn check_merges(label: &str, merges: &[Dimensions]) -> Result<(), ImportProblem> {
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
    Ok(())
}

/// A cell merged down a column counts for every row below it in the merge that holds other
/// values (rows that hold nothing else stay empty, so a merge down to row 1048576 costs
/// nothing). Every cell filled counts against the `budget`, so overlapping merges down a long
/// sheet cannot multiply the work.
fn fill_merged_down(
    label: &str,
    rows: &mut BTreeMap<u32, SparseRow>,
    merges: &[Dimensions],
    budget: &mut Budget,
) -> Result<(), ImportProblem> {
    for merge in merges {
        let (top, col) = merge.start;
        let Some(value) = rows.get(&top).and_then(|cells| cells.get(&col)).cloned() else {
            continue;
        };
        if top >= merge.end.0 {
            continue;
        }
        for (row, cells) in rows.range_mut(top + 1..=merge.end.0) {
            if let Err(why) = budget.take(&value) {
                return Err(ImportProblem::at_row(
                    label,
                    *row as usize + 1,
                    format!(
                        "cell {} (filled by a merge) cannot be read: {why}",
                        cell_name(*row, col)
                    ),
                ));
            }
            cells.insert(col, value.clone());
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};

    /// A worksheet's cells from rows of cells, starting at A1.
    fn cells(rows: &[&[Data]]) -> Vec<Cell<Data>> {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                if *value != Data::Empty {
                    cells.push(Cell::new((r as u32, c as u32), value.clone()));
                }
            }
        }
        cells
    }

    fn text(value: &str) -> Data {
        Data::String(value.to_owned())
    }

    fn table(rows: &[&[Data]], merges: &[Dimensions]) -> Result<Option<Table>, ImportProblem> {
        sheet_table(
            "book.xlsx › Skills",
            &cells(rows),
            merges,
            &mut Budget::default(),
        )
    }

    #[test]
    fn numbers_lose_a_spurious_point_zero_and_dates_read_as_iso() {
        let date = ExcelDateTime::new(46023.0, ExcelDateTimeType::DateTime, false);
        let table = table(
            &[
                &[text("Level"), text("Label"), text("Updated")],
                &[Data::Float(3.0), Data::Float(4.5), Data::DateTime(date)],
                &[Data::Int(2), Data::Bool(true), Data::Empty],
            ],
            &[],
        )
        .unwrap()
        .unwrap();
        assert_eq!(table.rows[0].cells, ["3", "4.5", "2026-01-01"]);
        assert_eq!(table.rows[1].cells, ["2", "TRUE", ""]);
    }

    #[test]
    fn rows_keep_the_numbers_the_spreadsheet_shows() {
        let table = table(
            &[
                &[text("Id"), text("Name")],
                &[text("sql"), text("SQL")],
                &[Data::Empty, Data::Empty],
                &[text("excel"), text("Excel")],
            ],
            &[],
        )
        .unwrap()
        .unwrap();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].line, 4);
    }

    #[test]
    fn merged_header_cells_are_refused_by_their_range() {
        let merges = [
            Dimensions::new((0, 1), (0, 2)),
            Dimensions::new((0, 4), (1, 4)),
        ];
        let problem = table(
            &[
                &[
                    text("Id"),
                    text("Anchors"),
                    Data::Empty,
                    text("Name"),
                    text("Notes"),
                ],
                &[text("sql"), text("a"), text("b"), text("SQL"), text("n")],
            ],
            &merges,
        )
        .unwrap_err();
        assert_eq!(problem.file, "book.xlsx › Skills");
        assert_eq!(problem.row, Some(1));
        assert!(problem.message.contains("(B1:C1, E1:E2)"), "{problem}");
        assert!(problem.message.contains("Unmerge"), "{problem}");
    }

    #[test]
    fn a_cell_merged_down_counts_for_each_row_and_one_merged_across_is_refused() {
        let rows: &[&[Data]] = &[
            &[text("Role id"), text("Skill")],
            &[text("analyst"), text("sql")],
            &[Data::Empty, text("excel")],
        ];
        let filled = table(rows, &[Dimensions::new((1, 0), (2, 0))])
            .unwrap()
            .unwrap();
        assert_eq!(filled.rows[1].cells, ["analyst", "excel"]);
        let problem = table(rows, &[Dimensions::new((2, 0), (2, 1))]).unwrap_err();
        assert_eq!(problem.row, Some(3));
        assert!(
            problem.message.contains("A3:B3 are merged across columns"),
            "{problem}"
        );
    }

    #[test]
    fn error_values_and_unnamed_columns_are_refused_at_their_cell() {
        let problem = table(
            &[
                &[text("Level"), text("Label")],
                &[Data::Error(CellErrorType::Div0), text("None")],
            ],
            &[],
        )
        .unwrap_err();
        assert_eq!(problem.row, Some(2));
        assert!(
            problem.message.contains("cell A2 shows the error #DIV/0!"),
            "{problem}"
        );
        let problem = table(
            &[
                &[text("Id"), text("Name"), Data::Empty],
                &[text("sql"), text("SQL"), Data::Empty],
                &[text("excel"), text("Excel"), text("stray")],
            ],
            &[],
        )
        .unwrap_err();
        assert_eq!(problem.row, Some(3));
        assert!(
            problem
                .message
                .contains("cell C3 has a value but column C has no name"),
            "{problem}"
        );
    }

    #[test]
    fn an_empty_first_row_is_refused_and_an_empty_sheet_is_none() {
        let problem = table(
            &[&[Data::Empty, Data::Empty], &[text("Id"), text("Name")]],
            &[],
        )
        .unwrap_err();
        assert_eq!(problem.row, Some(1));
        assert!(problem.message.contains("row 1 is empty"), "{problem}");
        assert!(sheet_table("b › Mentors", &[], &[], &mut Budget::default())
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_title_row_above_the_column_names_is_named_as_such() {
        let rows: &[&[Data]] = &[
            &[text("ACME skills 2026")],
            &[text("Id"), text("Name"), text("Category")],
            &[text("sql"), text("SQL"), text("Data")],
        ];
        for merges in [vec![], vec![Dimensions::new((0, 0), (0, 2))]] {
            let problem = table(rows, &merges).unwrap_err();
            assert_eq!(problem.row, Some(1));
            assert!(
                problem.message.contains(
                    "row 1 must hold the column names, but it holds only \"ACME skills 2026\" \
                     (cell A1) while row 2 holds 3 values: the sheet seems to have a title row"
                ),
                "{problem}"
            );
        }
        // One named column with one value per row is a table, not a title.
        let single = table(&[&[text("Name")], &[text("SQL")]], &[])
            .unwrap()
            .unwrap();
        assert_eq!(single.rows[0].cells, ["SQL"]);
    }
}
