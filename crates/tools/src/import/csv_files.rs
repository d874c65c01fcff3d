//! `feed-import csv`: the spreadsheet layout of `docs/import/csv.md` as one CSV file per
//! sheet. Which sheet a file is comes from a word of its name ("skills.csv",
//! "ACME - roles.csv", "mentors_2026.csv") or, when the name says none, from its header.

use crate::import::cli::CommonOptions;
use crate::import::input::{label, read_text};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::sheets::{set_framework, sheet_list, to_draft, Sheet, SheetSet};
use crate::import::table::{Table, TableStyle};
use clap::Args;
use std::path::{Path, PathBuf};

/// Reads the Skillgap spreadsheet layout saved as CSV, one file per sheet.
#[derive(Debug, Clone, Args)]
pub struct CsvArgs {
    /// The CSV files, one per sheet: skills.csv (required), and any of scale.csv, roles.csv,
    /// resources.csv, mentors.csv. A name containing one of these words ("ACME - skills.csv",
    /// "roles_2026.csv") works too; otherwise the sheet is recognised by its columns. UTF-8 with
    /// or without byte order mark, separated by commas or semicolons. A folder stands for all
    /// the .csv files in it.
    #[arg(value_name = "FILE.csv", required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub common: CommonOptions,
}

fn expected() -> String {
    format!(
        "Give one CSV file per sheet, named after it ({}) or with that word in its name; see \
         docs/import/csv.md and the template in docs/import/template/.",
        sheet_list(Sheet::file_name)
    )
}

/// The sheet `path` holds: by its name, else by its header.
fn identify(path: &Path, table: &Table) -> Result<Sheet, ImportProblem> {
    let stem = path
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    Sheet::from_name(&stem)
        .or_else(|| Sheet::from_header(&table.headers))
        .ok_or_else(|| {
            ImportProblem::in_file(
                &table.label,
                format!(
                    "is not recognisable as one of the sheets: its name names none, and its \
                     columns ({}) are not those of a sheet. {}",
                    table.headers.join(", "),
                    expected()
                ),
            )
        })
}

/// The files named, a folder standing for the `.csv` files in it (sorted by name).
fn expand(files: &[PathBuf]) -> Result<Vec<PathBuf>, ImportProblem> {
    let mut expanded = Vec::new();
    for path in files {
        if !path.is_dir() {
            expanded.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path)
            .map_err(|err| ImportProblem::in_file(label(path), format!("cannot be read: {err}")))?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")))
            .collect();
        if found.is_empty() {
            return Err(ImportProblem::in_file(
                label(path),
                format!("is a folder without .csv files. {}", expected()),
            ));
        }
        found.sort();
        expanded.append(&mut found);
    }
    Ok(expanded)
}

/// Refuses a workbook given as CSV, which would otherwise be reported as "not UTF-8".
fn not_a_workbook(path: &Path) -> Result<(), ImportProblem> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(
        extension.as_str(),
        "xlsx" | "xlsm" | "xls" | "ods" | "numbers"
    ) {
        return Err(ImportProblem::in_file(
            label(path),
            "is a spreadsheet workbook, not a CSV file: import an .xlsx workbook with \
             `feed-import xlsx`, or save each sheet as CSV UTF-8",
        ));
    }
    Ok(())
}

pub fn import(args: &CsvArgs) -> Result<Imported, ImportProblem> {
    let mut set = SheetSet::default();
    let files = expand(&args.files)?;
    for path in &files {
        not_a_workbook(path)?;
        let text = read_text(path, args.common.input.max_input_mb)?;
        let table = Table::parse(&label(path), &text, TableStyle::default())?;
        let sheet = identify(path, &table)?;
        set.add(sheet, table)?;
    }
    let source = files
        .iter()
        .map(|p| label(p))
        .collect::<Vec<_>>()
        .join(", ");
    let mut imported = to_draft(&set, &source, &expected())?;
    set_framework(&mut imported, &args.common.framework, &source);
    Ok(imported)
}

/// The files with default options, for tests.
pub fn import_files(files: &[PathBuf]) -> Result<Imported, ImportProblem> {
    import(&CsvArgs {
        files: files.to_vec(),
        common: CommonOptions::default(),
    })
}
