//! Reading one row's cells: text, lists, numbers and levels, each failure naming the file, the
//! row and the column as the header writes it.

use crate::import::problem::ImportProblem;
use crate::import::table::{normal_header, Row, Table};

/// The separator of several values in one cell ("JS | ECMAScript").
pub const LIST_SEPARATOR: char = '|';

/// One row of one sheet, for reading its cells.
#[derive(Clone, Copy)]
pub struct Cells<'a> {
    pub table: &'a Table,
    pub row: &'a Row,
}

impl<'a> Cells<'a> {
    pub fn new(table: &'a Table, row: &'a Row) -> Self {
        Cells { table, row }
    }

    /// A problem at this row.
    pub fn problem(&self, message: impl Into<String>) -> ImportProblem {
        ImportProblem::at_row(&self.table.label, self.row.line, message)
    }

    /// The column's name as the header writes it.
    pub fn header(&self, column: usize) -> &'a str {
        self.table.headers.get(column).map_or("", String::as_str)
    }

    /// The trimmed text of an optional column ("" when the sheet has no such column).
    pub fn text(&self, column: Option<usize>) -> &'a str {
        self.row.get_opt(column)
    }

    /// The trimmed text of a column, refused when empty: `what` says what needs it
    /// ("every resource needs a link").
    pub fn required(&self, column: usize, what: &str) -> Result<&'a str, ImportProblem> {
        let text = self.row.get(column);
        if text.is_empty() {
            return Err(self.problem(format!(
                "column \"{}\" is empty; {what}",
                self.header(column)
            )));
        }
        Ok(text)
    }

    /// The `|`-separated values of a column, trimmed, empty ones left out.
    pub fn list(&self, column: Option<usize>) -> Vec<String> {
        split_list(self.text(column))
    }

    /// A number, or `None` for an empty cell.
    pub fn number(&self, column: Option<usize>) -> Result<Option<f64>, ImportProblem> {
        let Some(column) = column else {
            return Ok(None);
        };
        let text = self.row.get(column);
        if text.is_empty() {
            return Ok(None);
        }
        parse_number(text).map(Some).map_err(|why| {
            self.problem(format!(
                "column \"{}\": \"{text}\" {why}",
                self.header(column)
            ))
        })
    }

    /// A whole number (levels, capacity), or `None` for an empty cell.
    pub fn whole(&self, column: Option<usize>) -> Result<Option<i64>, ImportProblem> {
        let Some(number) = self.number(column)? else {
            return Ok(None);
        };
        whole(number).map(Some).ok_or_else(|| {
            let column = column.unwrap_or_default();
            self.problem(format!(
                "column \"{}\": \"{}\" is not a whole number; write a level such as 3",
                self.header(column),
                self.row.get(column)
            ))
        })
    }
}

/// `|`-separated values, trimmed, empty ones left out.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
        .collect()
}

pub fn whole(number: f64) -> Option<i64> {
    (number.fract() == 0.0 && number.abs() < 1e15).then_some(number as i64)
}

/// A number written with a decimal point, or with a decimal comma when that cannot be read as
/// a thousands separator: "4,5" and "12,50" are 4.5 and 12.5, while "1,500" (three digits after
/// the comma) is refused as ambiguous. Thousands separators and units are refused. The error
/// says why, to follow the cell's text in a message.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let fix = "write digits with a decimal point, such as 3 or 4.5";
    if looks_like_a_date(text) {
        return Err(format!(
            "is a date, not a number: the spreadsheet program probably turned what was typed \
             into a date. Format the column as Text (or type the number again) and {fix}"
        ));
    }
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'))
    {
        return Err(format!("is not a number; {fix}"));
    }
    let commas = text.matches(',').count();
    let normal = if commas == 0 {
        text.to_owned()
    } else if commas == 1 && !text.contains('.') {
        let decimals = text.len() - text.find(',').unwrap_or(0) - 1;
        if decimals == 3 {
            return Err(format!(
                "is ambiguous: the comma could separate thousands or decimals; {fix} (and no \
                 thousands separator)"
            ));
        }
        text.replacen(',', ".", 1)
    } else {
        return Err(format!(
            "is not a number (thousands separators are not read); {fix}"
        ));
    };
    normal
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("is not a number; {fix}"))
}

fn looks_like_a_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Warnings for columns a sheet does not read, so a misspelt header ("Catgory") is noticed
/// rather than silently dropped. `known` lists each column's accepted names; `also_known`
/// accepts computed names (the "Level 1" anchor columns).
pub fn warn_unknown_columns(
    table: &Table,
    known: &[&[&str]],
    also_known: impl Fn(&str) -> bool,
    warnings: &mut Vec<ImportProblem>,
) {
    for header in &table.headers {
        let normal = normal_header(header);
        let is_known = known
            .iter()
            .any(|names| names.iter().any(|n| normal_header(n) == normal));
        if !is_known && !also_known(header) {
            warnings.push(ImportProblem::at_row(
                &table.label,
                1,
                format!(
                    "column \"{header}\" is not one this sheet reads, so it is ignored; the \
                     sheet's columns are: {} (see docs/import/csv.md)",
                    known
                        .iter()
                        .map(|names| capitalised(names[0]))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
}

/// "role id" → "Role id", as the template writes column names.
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_a_point_or_an_unambiguous_comma() {
        assert_eq!(parse_number("4.5"), Ok(4.5));
        assert_eq!(parse_number("4,5"), Ok(4.5));
        assert_eq!(parse_number("12,50"), Ok(12.5));
        assert_eq!(parse_number("-3,5"), Ok(-3.5));
        assert_eq!(parse_number("480"), Ok(480.0));
        assert!(parse_number("1,500").unwrap_err().contains("ambiguous"));
        assert!(parse_number("1,500.25").unwrap_err().contains("thousands"));
        assert!(parse_number("three").unwrap_err().contains("not a number"));
        assert!(parse_number("inf").is_err());
        assert!(parse_number("12 EUR").is_err());
        assert!(parse_number("2026-01-02").unwrap_err().contains("date"));
    }

    #[test]
    fn lists_are_split_at_bars() {
        assert_eq!(split_list(" JS | ECMAScript ||"), ["JS", "ECMAScript"]);
        assert!(split_list("").is_empty());
    }
}
