//! One CSV sheet: its header and its rows, each with the line it starts on, read with the
//! `csv` crate (RFC 4180 quoting, fields across lines). Ragged rows, an unclosed quote and a
//! header with empty or repeated names are refused with the line to look at.

use crate::import::problem::ImportProblem;

#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line the row starts on.
    pub line: usize,
    pub cells: Vec<String>,
}

impl Row {
    /// The trimmed cell of `column`, or "" when the row is shorter.
    pub fn get(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |cell| cell.trim())
    }

    /// The trimmed cell of an optional column.
    pub fn get_opt(&self, column: Option<usize>) -> &str {
        column.map_or("", |column| self.get(column))
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    /// The file (or `book.xlsx › sheet`) for messages.
    pub label: String,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// How a sheet is written: which delimiter, and whether `"` quotes fields (O*NET's tab files
/// use quotes as plain characters).
#[derive(Debug, Clone, Copy, Default)]
pub struct TableStyle {
    /// `None`: the one of `,` `;` or tab that the header line uses most.
    pub delimiter: Option<u8>,
    pub unquoted: bool,
}

/// Lower case with spaces, `_`, `-` and `.` removed: "Preferred Label", "preferred_label" and
/// "preferredLabel" are one column name.
pub fn normal_header(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut best = (b',', 0);
    for delimiter in [b',', b';', b'\t'] {
        let mut quoted = false;
        let count = header
            .bytes()
            .filter(|&b| {
                if b == b'"' {
                    quoted = !quoted;
                }
                !quoted && b == delimiter
            })
            .count();
        if count > best.1 {
            best = (delimiter, count);
        }
    }
    best.0
}

/// The line where a quoted field is opened and never closed, if any: `csv` would otherwise
/// read the rest of the file into that one field.
fn unclosed_quote_line(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_at) = (1, None);
    let mut at_field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match opened_at {
            Some(_) if b == b'"' && bytes.get(i + 1) == Some(&b'"') => i += 1,
            Some(_) if b == b'"' => opened_at = None,
            None if b == b'"' && at_field_start => opened_at = Some(line),
            _ => {}
        }
        if b == b'\n' {
            line += 1;
        }
        at_field_start = opened_at.is_none() && (b == delimiter || b == b'\n' || b == b'\r');
        i += 1;
    }
    opened_at
}

impl Table {
    /// Reads `text` (already UTF-8, without byte order mark) as a sheet with a header line.
    pub fn parse(label: &str, text: &str, style: TableStyle) -> Result<Table, ImportProblem> {
        let delimiter = style.delimiter.unwrap_or_else(|| sniff_delimiter(text));
        if !style.unquoted {
            if let Some(line) = unclosed_quote_line(text, delimiter) {
                return Err(ImportProblem::at_row(
                    label,
                    line,
                    "a quoted field opens here and is never closed (a missing \" makes the rest of the file one cell); close the quote or double any \" inside it (\"\")",
                ));
            }
        }
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .quoting(!style.unquoted)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let headers: Vec<String> = match records.next() {
            Some(Ok(record)) => record.iter().map(|h| h.trim().to_owned()).collect(),
            Some(Err(err)) => return Err(csv_problem(label, &err)),
            None => {
                return Err(ImportProblem::in_file(
                    label,
                    "is empty: a header line is expected",
                ))
            }
        };
        check_headers(label, &headers, 1)?;
        let mut rows = Vec::new();
        for record in records {
            let record = record.map_err(|err| csv_problem(label, &err))?;
            let line = record.position().map_or(0, |p| p.line() as usize);
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            if record.len() != headers.len() {
                return Err(ImportProblem::at_row(
                    label,
                    line,
                    format!(
                        "has {} cells where the header has {} (a stray {} or a missing quote around a cell that contains one?)",
                        record.len(),
                        headers.len(),
                        delimiter_name(delimiter)
                    ),
                ));
            }
            rows.push(Row {
                line,
                cells: record.iter().map(str::to_owned).collect(),
            });
        }
        Ok(Table {
            label: label.to_owned(),
            headers,
            rows,
        })
    }

    /// The first column whose name matches one of `names` (see [`normal_header`]).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|name| {
            let wanted = normal_header(name);
            self.headers.iter().position(|h| normal_header(h) == wanted)
        })
    }

    /// Like [`Table::column`], or a message naming the expected column and the columns found,
    /// which is what a file from another version or program needs.
    pub fn require(&self, names: &[&str], hint: &str) -> Result<usize, ImportProblem> {
        self.column(names).ok_or_else(|| {
            ImportProblem::at_row(
                &self.label,
                1,
                format!(
                    "has no column \"{}\"{}; its columns are: {}.{}{hint}",
                    names[0],
                    if names.len() > 1 {
                        format!(
                            " (or {})",
                            names[1..]
                                .iter()
                                .map(|n| format!("\"{n}\""))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    } else {
                        String::new()
                    },
                    self.headers.join(", "),
                    if hint.is_empty() { "" } else { " " },
                ),
            )
        })
    }
}

/// Refuses a header with an empty or repeated name: the usual sign of merged header cells or
/// of a title line above the header.
pub fn check_headers(label: &str, headers: &[String], line: usize) -> Result<(), ImportProblem> {
    if let Some(empty) = headers.iter().position(|h| h.is_empty()) {
        let filled = headers.iter().filter(|h| !h.is_empty()).count();
        let hint = if filled <= 1 {
            "the first line looks like a title or merged cells; the first line must be the header, one name per column"
        } else {
            "merged header cells leave the next columns without a name; unmerge them so every column has its own name"
        };
        return Err(ImportProblem::at_row(
            label,
            line,
            format!(
                "column {} has no name in the header: {hint}",
                column_letter(empty)
            ),
        ));
    }
    for (i, header) in headers.iter().enumerate() {
        if headers[..i]
            .iter()
            .any(|h| normal_header(h) == normal_header(header))
        {
            return Err(ImportProblem::at_row(
                label,
                line,
                format!(
                    "the header names \"{header}\" twice (column {}); every column needs its own name",
                    column_letter(i)
                ),
            ));
        }
    }
    Ok(())
}

/// Spreadsheet column letters: 0 → A, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push((b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}

fn csv_problem(label: &str, err: &csv::Error) -> ImportProblem {
    match err.position() {
        Some(position) => ImportProblem::at_row(label, position.line() as usize, err.to_string()),
        None => ImportProblem::in_file(label, err.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Table, ImportProblem> {
        Table::parse("t.csv", text, TableStyle::default())
    }

    #[test]
    fn comma_and_semicolon_sheets_read_alike() {
        for text in [
            "id,name\na,\"Data, analysis\"\n",
            "id;name\na;\"Data, analysis\"\n",
        ] {
            let table = parse(text).unwrap();
            assert_eq!(table.rows[0].get(1), "Data, analysis");
            assert_eq!(table.rows[0].line, 2);
        }
    }

    #[test]
    fn a_field_across_lines_keeps_the_line_it_starts_on() {
        let table = parse("id,description\na,\"one\ntwo\"\nb,three\n").unwrap();
        assert_eq!(table.rows[0].get(1), "one\ntwo");
        assert_eq!(table.rows[1].line, 4);
    }

    #[test]
    fn ragged_rows_are_refused_at_their_line() {
        let problem = parse("id,name\na,A\nb,B,extra\n").unwrap_err();
        assert_eq!(problem.row, Some(3));
        assert!(
            problem.message.contains("3 cells where the header has 2"),
            "{problem}"
        );
    }

    #[test]
    fn an_unclosed_quote_is_refused_where_it_opens() {
        let problem = parse("id,name\na,\"Data\nb,B\nc,C\n").unwrap_err();
        assert_eq!(problem.row, Some(2));
        assert!(problem.message.contains("never closed"), "{problem}");
    }

    #[test]
    fn doubled_quotes_inside_a_field_are_fine() {
        let table = parse("id,name\na,\"5\"\" screen\"\n").unwrap();
        assert_eq!(table.rows[0].get(1), "5\" screen");
    }

    #[test]
    fn empty_header_cells_are_named_as_merged_cells() {
        let problem = parse("id,name,,\na,A,x,y\n").unwrap_err();
        assert!(problem.message.contains("column C"), "{problem}");
        assert!(problem.message.contains("merged"), "{problem}");
    }

    #[test]
    fn columns_match_whatever_the_spelling() {
        let table = parse("conceptUri,Preferred Label\nx,y\n").unwrap();
        assert_eq!(table.column(&["preferred_label"]), Some(1));
        let problem = table.require(&["altLabels"], "").unwrap_err();
        assert!(
            problem.message.contains("conceptUri, Preferred Label"),
            "{problem}"
        );
    }

    #[test]
    fn column_letters_go_past_z() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }
}
