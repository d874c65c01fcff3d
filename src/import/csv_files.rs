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
    /// or without byte order mark, separated by commas or semicolons.
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

pub fn import(args: &CsvArgs) -> Result<Imported, ImportProblem> {
    let mut set = SheetSet::default();
    for path in &args.files {
        let text = read_text(path, args.common.input.max_input_mb)?;
        let table = Table::parse(&label(path), &text, TableStyle::default())?;
        let sheet = identify(path, &table)?;
        set.add(sheet, table)?;
    }
    let source = args
        .files
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
