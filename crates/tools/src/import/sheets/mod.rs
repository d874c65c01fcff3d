//! The spreadsheet layout shared by `feed-import csv` and `feed-import xlsx`
//! (`docs/import/csv.md`): five sheets (Skills, Scale, Roles, Resources, Mentors), each read
//! into a [`Table`] by its format and mapped to the feed here, one code path for both.
//!
//! - [`kind`]: which sheet a file or worksheet is.
//! - [`cells`]: reading a row's text, lists and numbers.
//! - [`ids`]: ids given or made from names, once per sheet.
//! - [`refs`]: skill references by id, name or alias.
//! - one module per sheet.

pub mod cells;
pub mod ids;
pub mod kind;
pub mod mentors;
pub mod refs;
pub mod resources;
pub mod roles;
pub mod scale;
pub mod skills;

use crate::import::cli::FrameworkOptions;
use crate::import::draft::{FeedDraft, FrameworkDraft};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::table::Table;
pub use kind::Sheet;
use std::collections::BTreeMap;

/// The sheets found, each once; only Skills is required.
#[derive(Default)]
pub struct SheetSet {
    tables: BTreeMap<Sheet, Table>,
}

impl SheetSet {
    /// Adds `table` as `sheet`, refused when another file or worksheet already is that sheet.
    pub fn add(&mut self, sheet: Sheet, table: Table) -> Result<(), ImportProblem> {
        if let Some(first) = self.tables.get(&sheet) {
            return Err(ImportProblem::in_file(
                &table.label,
                format!(
                    "is a second {} sheet: \"{}\" is one already. Give each sheet once (merge \
                     the two, or leave one out).",
                    sheet.title(),
                    first.label
                ),
            ));
        }
        self.tables.insert(sheet, table);
        Ok(())
    }

    pub fn get(&self, sheet: Sheet) -> Option<&Table> {
        self.tables.get(&sheet)
    }
}

/// The feed the sheets describe. `source` names the input for the message when there is no
/// Skills sheet, `expected` says how sheets are recognised in this format.
pub fn to_draft(set: &SheetSet, source: &str, expected: &str) -> Result<Imported, ImportProblem> {
    let Some(skills_table) = set.get(Sheet::Skills) else {
        return Err(ImportProblem::in_file(
            source,
            format!("has no Skills sheet, the one sheet that is required. {expected}"),
        ));
    };
    let mut warnings = Vec::new();
    let scale = match set.get(Sheet::Scale) {
        Some(table) => scale::read(table, &mut warnings)?,
        None => scale::Scale::default_scale(),
    };
    let skills = skills::read(skills_table, &scale, &mut warnings)?;
    let refs = refs::SkillRefs::new(&skills);
    let roles = match set.get(Sheet::Roles) {
        Some(table) => roles::read(table, &scale, &refs, &mut warnings)?,
        None => Vec::new(),
    };
    let resources = match set.get(Sheet::Resources) {
        Some(table) => resources::read(table, &scale, &refs, &mut warnings)?,
        None => Vec::new(),
    };
    let mentors = match set.get(Sheet::Mentors) {
        Some(table) => mentors::read(table, &scale, &refs, &mut warnings)?,
        None => Vec::new(),
    };
    Ok(Imported {
        draft: FeedDraft {
            scale: crate::import::draft::ScaleDraft {
                levels: scale.levels,
            },
            skills,
            roles,
            resources,
            mentors,
            ..FeedDraft::default()
        },
        warnings,
    })
}

/// The sentence listing the sheets, for messages: "skills, scale, roles, resources, mentors".
pub fn sheet_list(name: fn(Sheet) -> &'static str) -> String {
    Sheet::ALL.map(name).join(", ")
}

/// The framework as the options describe it; a spreadsheet does not name its framework, so
/// the id defaults to the name's slug, and without `--framework-name` a warning says the widget's header will show no name.
pub fn set_framework(imported: &mut Imported, options: &FrameworkOptions, source: &str) {
    imported.draft.framework = options.apply(FrameworkDraft::default());
    let framework = &mut imported.draft.framework;
    if framework.id.is_empty() {
        framework.id = ids::slug(&framework.name);
    }
    if imported.draft.framework.name.is_empty() {
        imported.warnings.push(ImportProblem::in_file(
            source,
            "no framework name given, so the widget's header shows none; add --framework-name \
             \"…\" (and --framework-id, --publisher, --framework-version, --updated, --language)",
        ));
    }
}
