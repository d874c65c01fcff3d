//! `feed-import xlsx`: the template workbook gives the feed the CSV template gives, merged
//! role cells read as filled, and bad workbooks are refused at their sheet and row.

mod import_support;

use import_support::clean_feed;
use skillgap::import::csv_files;
use skillgap::import::xlsx::{import, import_book, XlsxArgs};
use std::path::{Path, PathBuf};

const TEMPLATE: &str = "docs/import/skillgap-template.xlsx";

fn csv_template() -> Vec<PathBuf> {
    ["skills", "scale", "roles", "resources", "mentors"]
        .iter()
        .map(|sheet| PathBuf::from(format!("docs/import/template/{sheet}.csv")))
        .collect()
}

fn feed_json(imported: &skillgap::import::Imported) -> serde_json::Value {
    serde_json::to_value(&imported.draft).unwrap()
}

#[test]
fn the_template_workbook_gives_the_feed_of_the_csv_template() {
    let book = import_book(Path::new(TEMPLATE)).unwrap();
    let csv = csv_files::import_files(&csv_template()).unwrap();
    assert_eq!(feed_json(&book), feed_json(&csv));
    // Loads without errors or warnings, and matches the schema.
    let feed = clean_feed(&book);
    // Numbers typed as numbers come out as the CSV text would.
    assert_eq!(feed["mentors"][0]["utc_offset"], 5.5);
    assert_eq!(feed["resources"][0]["duration_minutes"], 240.0);
    assert_eq!(feed["roles"][0]["requirements"][0]["level"], 3);
    // The Instructions worksheet is skipped without a note.
    assert!(
        book.warnings
            .iter()
            .all(|w| !w.file.contains("Instructions")),
        "{:?}",
        book.warnings
    );
}

#[test]
fn a_read_me_sheet_is_skipped_silently_and_other_sheets_with_a_note() {
    let path = "tests/fixtures/import/xlsx/extra-sheets.xlsx";
    let book = import_book(Path::new(path)).unwrap();
    let plain = import_book(Path::new(TEMPLATE)).unwrap();
    assert_eq!(feed_json(&book), feed_json(&plain));
    let notes: Vec<_> = book
        .warnings
        .iter()
        .filter(|w| w.message.contains("is not one of the sheets"))
        .collect();
    assert_eq!(notes.len(), 1, "{:?}", book.warnings);
    assert_eq!(notes[0].file, format!("{path} › Lookups"));
    assert!(
        notes[0].message.contains("so it is skipped"),
        "{}",
        notes[0]
    );
}

#[test]
fn role_cells_merged_down_their_rows_read_as_filled() {
    let merged = import_book(Path::new("tests/fixtures/import/xlsx/merged-roles.xlsx")).unwrap();
    let plain = import_book(Path::new(TEMPLATE)).unwrap();
    assert_eq!(feed_json(&merged), feed_json(&plain));
}

#[test]
fn merged_header_cells_are_refused_by_sheet_row_and_columns() {
    let problem =
        import_book(Path::new("tests/fixtures/import/xlsx/merged-header.xlsx")).unwrap_err();
    assert_eq!(
        problem.file,
        "tests/fixtures/import/xlsx/merged-header.xlsx › Skills"
    );
    assert_eq!(problem.row, Some(1));
    assert!(
        problem.message.contains("merged cells (F1:J1)"),
        "{problem}"
    );
}

#[test]
fn a_workbook_above_the_size_limit_is_refused_before_reading() {
    let mut args = XlsxArgs {
        book: TEMPLATE.into(),
        common: Default::default(),
    };
    args.common.input.max_input_mb = 0;
    let problem = import(&args).unwrap_err();
    assert_eq!(problem.file, TEMPLATE);
    assert!(
        problem.message.contains("above the 0 MB limit"),
        "{problem}"
    );
}

#[test]
fn a_file_that_is_not_a_workbook_says_how_to_save_one() {
    let problem = import_book(Path::new("docs/import/template/skills.csv")).unwrap_err();
    assert_eq!(problem.file, "docs/import/template/skills.csv");
    assert!(
        problem
            .message
            .contains("cannot be read as an .xlsx workbook"),
        "{problem}"
    );
    assert!(
        problem.message.contains("Excel Workbook (.xlsx)"),
        "{problem}"
    );
}

#[test]
fn the_command_exits_non_zero_on_merged_header_cells() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .args(["xlsx", "tests/fixtures/import/xlsx/merged-header.xlsx"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("merged-header.xlsx › Skills, row 1: the header has merged cells (F1:J1)"),
        "{stderr}"
    );
}

#[test]
fn a_stray_value_in_the_last_cell_of_a_sheet_is_refused_by_its_cell() {
    // Reading the whole rectangle up to XFD1048576 would need 512 GB; the cells are read one
    // by one and the stray is named.
    let book = "tests/fixtures/import/xlsx/stray-far-cell.xlsx";
    let problem = import_book(Path::new(book)).unwrap_err();
    assert_eq!(problem.file, format!("{book} › Skills"));
    assert_eq!(problem.row, Some(1_048_576));
    assert!(
        problem.message.contains(
            "cell XFD1048576 holds a value far outside the table (column XFD is past the \
             1,000 columns a sheet may use); delete it"
        ),
        "{problem}"
    );
}

#[test]
fn a_stray_value_far_below_the_table_is_refused_by_its_cell() {
    let book = "tests/fixtures/import/xlsx/stray-far-row.xlsx";
    let problem = import_book(Path::new(book)).unwrap_err();
    assert_eq!(problem.file, format!("{book} › Skills"));
    assert_eq!(problem.row, Some(200_000));
    assert!(
        problem
            .message
            .contains("cell A200000 holds a value far outside the table ("),
        "{problem}"
    );
    assert!(
        problem.message.contains("empty rows below row "),
        "{problem}"
    );
}

#[test]
fn a_title_row_above_the_column_names_is_named_as_such() {
    let book = "tests/fixtures/import/xlsx/title-row.xlsx";
    let problem = import_book(Path::new(book)).unwrap_err();
    assert_eq!(problem.file, format!("{book} › Skills"));
    assert_eq!(problem.row, Some(1));
    assert!(
        problem.message.contains(
            "row 1 must hold the column names, but it holds only \"ACME skills 2026\" (cell A1)"
        ),
        "{problem}"
    );
    assert!(
        problem.message.contains("seems to have a title row"),
        "{problem}"
    );
}
