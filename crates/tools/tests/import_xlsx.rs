//! `feed-import xlsx`: the template workbook gives the feed the CSV template gives, merged
//! role cells read as filled, and bad workbooks are refused at their sheet and row.

mod import_support;

use import_support::clean_feed;
use skillgap_tools::import::csv_files;
use skillgap_tools::import::xlsx::limits::{check_archive_within, ArchiveLimits};
use skillgap_tools::import::xlsx::{import, import_book, XlsxArgs};
use std::io::Write;
use std::path::{Path, PathBuf};

const TEMPLATE: &str = "../../docs/import/skillgap-template.xlsx";

fn csv_template() -> Vec<PathBuf> {
    ["skills", "scale", "roles", "resources", "mentors"]
        .iter()
        .map(|sheet| PathBuf::from(format!("../../docs/import/template/{sheet}.csv")))
        .collect()
}

fn feed_json(imported: &skillgap_tools::import::Imported) -> serde_json::Value {
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
    let path = "../../tests/fixtures/import/xlsx/extra-sheets.xlsx";
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
    let merged = import_book(Path::new(
        "../../tests/fixtures/import/xlsx/merged-roles.xlsx",
    ))
    .unwrap();
    let plain = import_book(Path::new(TEMPLATE)).unwrap();
    assert_eq!(feed_json(&merged), feed_json(&plain));
}

#[test]
fn merged_header_cells_are_refused_by_sheet_row_and_columns() {
    let problem = import_book(Path::new(
        "../../tests/fixtures/import/xlsx/merged-header.xlsx",
    ))
    .unwrap_err();
    assert_eq!(
        problem.file,
        "../../tests/fixtures/import/xlsx/merged-header.xlsx › Skills"
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
    let problem = import_book(Path::new("../../docs/import/template/skills.csv")).unwrap_err();
    assert_eq!(problem.file, "../../docs/import/template/skills.csv");
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
        .args([
            "xlsx",
            "../../tests/fixtures/import/xlsx/merged-header.xlsx",
        ])
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
    let book = "../../tests/fixtures/import/xlsx/stray-far-cell.xlsx";
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
    let book = "../../tests/fixtures/import/xlsx/stray-far-row.xlsx";
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
    let book = "../../tests/fixtures/import/xlsx/title-row.xlsx";
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

/// Writes part of an entry of the archive.
type Part<'a> = &'a dyn Fn(&mut dyn Write);

/// A workbook with one worksheet, Skills, whose XML `sheet` writes (inside `<sheetData>`), and
/// shared strings `shared` writes (inside `<sst>`), compressed as Excel compresses them. Built
/// in memory: bombs are small on disk and expand when read.
fn bomb(name: &str, sheet: Part, shared: Option<Part>) -> PathBuf {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.start_file("xl/workbook.xml", options).unwrap();
    write!(zip, r#"<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Skills" sheetId="1" r:id="rId1"/></sheets></workbook>"#).unwrap();
    zip.start_file("xl/_rels/workbook.xml.rels", options)
        .unwrap();
    write!(zip, r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#).unwrap();
    if let Some(shared) = shared {
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        write!(zip, r#"<sst xmlns="{main}">"#).unwrap();
        shared(&mut zip);
        write!(zip, "</sst>").unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    write!(zip, r#"<worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>"#).unwrap();
    sheet(&mut zip);
    write!(zip, "</sheetData></worksheet>").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let path = import_support::temp_dir("bomb").join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `count` copies of `text`, written a megabyte at a time.
fn repeat(out: &mut dyn Write, text: &str, count: usize) {
    let per_block = (1_000_000 / text.len()).max(1);
    let block = text.repeat(per_block);
    let mut left = count;
    while left >= per_block {
        out.write_all(block.as_bytes()).unwrap();
        left -= per_block;
    }
    out.write_all(text.repeat(left).as_bytes()).unwrap();
}

#[test]
fn a_worksheet_that_expands_past_its_limit_is_refused_before_it_is_read() {
    // 6.6 MB of empty rows in a file of a few kilobytes, against a 5 MB limit (the default is
    // 100 MB; compressing that much in a debug build takes most of a minute).
    let book = bomb(
        "expands.xlsx",
        &|out| repeat(out, "<row></row>", 600_000),
        None,
    );
    let bytes = std::fs::read(&book).unwrap();
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    let limits = ArchiveLimits {
        entry_mb: 5,
        ..skillgap_tools::import::xlsx::limits::ARCHIVE_LIMITS
    };
    let problem = check_archive_within("b.xlsx", &bytes, limits).unwrap_err();
    assert!(
        problem.message.contains(
            "is a compressed archive whose part \"xl/worksheets/sheet1.xml\" expands to more \
             than 5 MB (the limit for one part of a workbook)"
        ),
        "{problem}"
    );
    assert!(problem.message.contains("docs/import/csv.md"), "{problem}");
}

#[test]
fn parts_that_expand_past_the_limit_for_the_whole_workbook_are_refused() {
    let book = bomb(
        "total.xlsx",
        &|out| repeat(out, "<row></row>", 300_000),
        Some(&|out| repeat(out, "<si><t>a</t></si>", 200_000)),
    );
    let bytes = std::fs::read(&book).unwrap();
    let limits = |total_mb, shared_strings| ArchiveLimits {
        entry_mb: 100,
        total_mb,
        shared_strings,
    };
    let problem = check_archive_within("b.xlsx", &bytes, limits(5, 1_000_000)).unwrap_err();
    assert!(
        problem.message.contains(
            "is a compressed archive whose contents expand to more than 5 MB (the limit for a \
             whole workbook, reached in \"xl/worksheets/sheet1.xml\")"
        ),
        "{problem}"
    );
    let problem = check_archive_within("b.xlsx", &bytes, limits(100, 199_999)).unwrap_err();
    assert!(
        problem.message.contains(
            "holds more than 199999 shared strings (distinct texts; the limit for a workbook)"
        ),
        "{problem}"
    );
    assert!(check_archive_within("b.xlsx", &bytes, limits(100, 200_000)).is_ok());
}

#[test]
fn a_cell_longer_than_a_cell_can_hold_is_refused() {
    // One cell of 2 MB of one letter (a 0.95 MB file of this kind held 1 GB and took
    // 2.9 GB): refused while the archive is checked, before the text is read.
    let huge = bomb(
        "huge-cell.xlsx",
        &|out| {
            write!(out, r#"<row r="2"><c r="A2" t="inlineStr"><is><t>"#).unwrap();
            repeat(out, "x", 2_000_000);
            write!(out, "</t></is></c></row>").unwrap();
        },
        None,
    );
    let problem = import_book(&huge).unwrap_err();
    assert!(
        problem.message.contains(
            "holds, in \"xl/worksheets/sheet1.xml\", a value longer than a cell can hold \
             (32767 characters, the limit for one cell)"
        ),
        "{problem}"
    );
    // A shared text of 40,000 characters: refused at the cell that uses it.
    let long = bomb(
        "long-cell.xlsx",
        &|out| write!(out, r#"<row r="2"><c r="A2" t="s"><v>0</v></c></row>"#).unwrap(),
        Some(&|out| write!(out, "<si><t>{}</t></si>", "y".repeat(40_000)).unwrap()),
    );
    let problem = import_book(&long).unwrap_err();
    assert_eq!(problem.row, Some(2));
    assert!(
        problem.message.contains(
            "cell A2 cannot be read: it holds 40000 characters, more than the 32767 a cell can \
             hold (the limit for one cell)"
        ),
        "{problem}"
    );
}

#[test]
fn one_long_shared_text_in_many_cells_is_refused_by_the_text_limit() {
    // 30,000 characters used by 4,000 cells: 120 MB of text from a file of a few kilobytes.
    let book = bomb(
        "shared.xlsx",
        &|out| {
            for row in 2..4_002 {
                write!(
                    out,
                    r#"<row r="{row}"><c r="A{row}" t="s"><v>0</v></c></row>"#
                )
                .unwrap();
            }
        },
        Some(&|out| write!(out, "<si><t>{}</t></si>", "z".repeat(30_000)).unwrap()),
    );
    let problem = import_book(&book).unwrap_err();
    assert!(
        problem.message.contains(
            "cannot be read: the workbook's cells hold more than 100 MB of text (the limit for a \
             workbook, counting each use of a shared text)"
        ),
        "{problem}"
    );
}
