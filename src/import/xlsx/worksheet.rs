//! One worksheet as a [`Table`]: the header in row 1, every cell as the text a CSV export
//! would hold, rows numbered as the spreadsheet shows them. Merged cells in the header are
//! refused by their cell range; a cell merged down a column counts for every row it covers.

use crate::import::problem::ImportProblem;
use crate::import::table::{check_headers, column_letter, Row, Table};
use calamine::{Data, Dimensions, Range};

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

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};

    /// A worksheet from rows of cells, starting at A1.
    fn range(rows: &[&[Data]]) -> Range<Data> {
        let width = rows.iter().map(|r| r.len()).max().unwrap_or(1) as u32;
        let mut range = Range::new((0, 0), (rows.len() as u32 - 1, width - 1));
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                range.set_value((r as u32, c as u32), value.clone());
            }
        }
        range
    }

    fn text(value: &str) -> Data {
        Data::String(value.to_owned())
    }

    fn table(rows: &[&[Data]], merges: &[Dimensions]) -> Result<Option<Table>, ImportProblem> {
        sheet_table("book.xlsx › Skills", &range(rows), merges)
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
        assert!(sheet_table("b › Mentors", &Range::empty(), &[])
            .unwrap()
            .is_none());
    }
}
