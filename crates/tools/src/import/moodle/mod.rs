//! `feed-import moodle`: a Moodle competency framework, as Moodle's "Export competency
//! framework" writes it (the CSV of `tool_lpimportcsv`), as a feed: the framework row's scale
//! as the feed's scale, competencies with competencies under them as categories (and, by
//! default, the top-level ones as roles), the others as skills.
//!
//! - [`columns`]: which column is which, by name or by Moodle's fixed order.
//! - [`scale`]: "Scale values" and "Scale configuration".

pub mod columns;
pub mod scale;

use crate::import::cli::CommonOptions;
use crate::import::draft::*;
use crate::import::hierarchy::text::{
    one_line, shorten, strip_html, DESCRIPTION_MAX, ID_MAX, NAME_MAX,
};
use crate::import::hierarchy::{self, Node, ShapeOptions, Tree};
use crate::import::input::{label, read_text};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::table::{Row, Table, TableStyle};
use clap::Args;
use columns::{Columns, HINT};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Reads the CSV file of Moodle's "Export competency framework".
#[derive(Debug, Clone, Args)]
pub struct MoodleArgs {
    /// The exported CSV file (one framework; its first data row has "Is framework" = 1).
    #[arg(value_name = "EXPORT.csv")]
    pub file: PathBuf,
    /// Read the columns by their position in Moodle's fixed order instead of by their names,
    /// as Moodle's own import does (for an export from a Moodle in another language, whose
    /// header is translated). Default: by name.
    #[arg(long = "by-position")]
    pub by_position: bool,
    #[command(flatten)]
    pub shape: ShapeOptions,
    /// The level every role requires of its skills, counting the framework's first scale value
    /// as 0; it must be above 0 (the first value means "not started"). Default: the lowest value
    /// the framework's "Scale configuration" marks proficient, else the value it marks default,
    /// else the top value (a competency with its own configuration of the same scale uses its
    /// own).
    #[arg(long = "role-level", value_name = "LEVEL")]
    pub role_level: Option<i64>,
    #[command(flatten)]
    pub common: CommonOptions,
}

impl MoodleArgs {
    /// The defaults, for `file`.
    pub fn new(file: impl Into<PathBuf>) -> Self {
        MoodleArgs {
            file: file.into(),
            by_position: false,
            shape: ShapeOptions::default(),
            role_level: None,
            common: CommonOptions::default(),
        }
    }
}

/// A description as plain text: Moodle's HTML (format 1) and Moodle auto-format (0) lose
/// their tags; plain text (2) and Markdown (4) are kept as written.
fn description(raw: &str, format: &str) -> String {
    let html = match format.trim() {
        "0" | "1" => true,
        "" => raw.contains('<'),
        _ => false,
    };
    if html {
        strip_html(raw)
    } else {
        raw.trim().to_owned()
    }
}

fn is_framework(cell: &str) -> bool {
    cell == "1" || cell.eq_ignore_ascii_case("true")
}

/// The framework row's scale, or why it cannot be the feed's scale.
fn framework_scale(table: &Table, row: &Row, c: &Columns) -> Result<Vec<String>, ImportProblem> {
    let values = scale::values(row.get(c.scale_values));
    if values.len() < 2 || values.len() > scale::MAX_LEVELS {
        return Err(ImportProblem::at_row(
            &table.label,
            row.line,
            format!(
                "the framework's \"Scale values\" has {} value{} (\"{}\"); a feed's scale needs \
                 2 to {} levels. Export the framework again from Moodle, or correct the scale \
                 values (comma-separated, lowest first).",
                values.len(),
                if values.len() == 1 { "" } else { "s" },
                row.get(c.scale_values),
                scale::MAX_LEVELS
            ),
        ));
    }
    Ok(values)
}

pub fn import(args: &MoodleArgs) -> Result<Imported, ImportProblem> {
    let file = label(&args.file);
    let text = read_text(&args.file, args.common.input.max_input_mb)?;
    let table = Table::parse(&file, &text, TableStyle::default())?;
    let c = columns::find(&table, args.by_position)?;
    let mut imported = Imported::default();
    let warn = |row: usize, message: String| ImportProblem::at_row(&file, row, message);

    let frameworks: Vec<&Row> = table
        .rows
        .iter()
        .filter(|row| is_framework(row.get(c.is_framework)))
        .collect();
    let framework_row = match frameworks.as_slice() {
        [one] => *one,
        [] => {
            return Err(ImportProblem::in_file(
                &file,
                format!("has no framework row (a row with \"Is framework\" = 1). {HINT}"),
            ))
        }
        [_, second, ..] => {
            return Err(warn(
                second.line,
                format!(
                    "is a second framework row (\"Is framework\" = 1; the first is row {}). \
                     Export each framework to its own file and import them one by one.",
                    frameworks[0].line
                ),
            ))
        }
    };
    let levels = framework_scale(&table, framework_row, &c)?;
    let config = scale::configuration(framework_row.get(c.scale_configuration), levels.len())
        .unwrap_or_else(|why| {
            imported.warnings.push(warn(
                framework_row.line,
                format!("the framework's \"Scale configuration\" {why}; roles require the top level of the scale unless --role-level is given."),
            ));
            scale::Configuration::default()
        });
    let top = levels.len() as i64 - 1;
    let framework_level = config.proficient.or(config.default).unwrap_or(top);
    // The first value is where everyone starts: a role asking for it asks nothing and shows
    // everyone as a 100% fit, so roles ask for the next value instead, and the publisher is told.
    let lifted = |level: i64| if level <= 0 && top >= 1 { 1 } else { level };
    if lifted(framework_level) != framework_level {
        imported.warnings.push(warn(
            framework_row.line,
            format!(
                "the framework's \"Scale configuration\" marks the first value (\"{}\") proficient; everyone starts there, so roles require the next one (\"{}\") instead. Give --role-level to choose another.",
                levels[0],
                levels[1]
            ),
        ));
    }
    let framework_level = lifted(framework_level);
    let framework_id = framework_row.get(c.id).to_owned();

    let mut nodes = Vec::new();
    let mut parents = Vec::new();
    // Competency (by position in `nodes`) → the level its own scale configuration marks.
    let mut own_levels: BTreeMap<usize, i64> = BTreeMap::new();
    for row in table
        .rows
        .iter()
        .filter(|row| !is_framework(row.get(c.is_framework)))
    {
        let (id, name) = (row.get(c.id), one_line(row.get(c.name)));
        if id.is_empty() || name.is_empty() {
            imported.warnings.push(warn(
                row.line,
                format!(
                    "has no {}; left out (Moodle's own import leaves it out too).",
                    if id.is_empty() {
                        "ID number"
                    } else {
                        "Short name"
                    }
                ),
            ));
            continue;
        }
        if id.chars().count() > ID_MAX {
            imported.warnings.push(warn(
                row.line,
                format!("ID number \"{}\" is longer than {ID_MAX} characters, the longest id a feed accepts; left out.", shorten(id, 40)),
            ));
            continue;
        }
        let mut text = description(row.get(c.description), row.get(c.format));
        if text.chars().count() > DESCRIPTION_MAX {
            imported.warnings.push(warn(
                row.line,
                format!("the description of \"{id}\" is longer than {DESCRIPTION_MAX} characters; cut to fit the feed."),
            ));
            text = shorten(&text, DESCRIPTION_MAX);
        }
        let own_values = scale::values(row.get(c.scale_values));
        if !own_values.is_empty() {
            if own_values != levels {
                imported.warnings.push(warn(
                    row.line,
                    format!(
                        "\"{id}\" has its own scale (\"{}\"); a feed has one scale, so it is rated on the framework's (\"{}\").",
                        own_values.join(","),
                        levels.join(",")
                    ),
                ));
            } else if let Ok(own) =
                scale::configuration(row.get(c.scale_configuration), levels.len())
            {
                if let Some(level) = own.proficient.or(own.default) {
                    if lifted(level) != level {
                        imported.warnings.push(warn(
                            row.line,
                            format!("\"{id}\" marks its first value proficient; everyone starts there, so roles require the next one instead."),
                        ));
                    }
                    own_levels.insert(nodes.len(), lifted(level));
                }
            }
        }
        // Moodle keeps 100 characters of a short name; when the description goes on where
        // the short name stops, the name is completed from it.
        let name =
            if name.chars().count() == 100 && text.starts_with(&name) && text.len() > name.len() {
                shorten(&one_line(&text), NAME_MAX)
            } else {
                shorten(&name, NAME_MAX)
            };
        if one_line(&text) == name {
            text.clear();
        }
        parents.push((row.line, row.get(c.parent).to_owned()));
        nodes.push(Node {
            key: id.to_owned(),
            name,
            description: text,
            aliases: Vec::new(),
            row: Some(row.line),
            place: format!("row {}", row.line),
        });
    }
    if nodes.is_empty() {
        return Err(ImportProblem::in_file(
            &file,
            format!("has a framework row but no competency rows, so the feed would have no skills. {HINT}"),
        ));
    }
    let mut tree = Tree::new(nodes)
        .map_err(|duplicate| hierarchy::duplicate_problem(&file, &duplicate, "ID number"))?;
    for (child, (line, parent)) in parents.iter().enumerate() {
        if parent.is_empty() || *parent == framework_id {
            continue;
        }
        match tree.find(parent) {
            Some(parent) => {
                tree.link(child, parent);
            }
            None => imported.warnings.push(warn(
                *line,
                format!(
                    "Parent ID number \"{parent}\" matches no competency's ID number; \"{}\" is read as a top-level competency (Moodle's own import would leave it and everything under it out). Correct the Parent ID number if it belongs elsewhere.",
                    tree.nodes[child].key
                ),
            )),
        }
    }
    if let Some(cycle) = tree.find_cycle() {
        return Err(hierarchy::cycle_problem(
            &file,
            &tree,
            &cycle,
            "Parent ID number",
        ));
    }
    let scale: Vec<LevelDraft> = levels
        .iter()
        .enumerate()
        .map(|(level, label)| LevelDraft {
            level: level as i64,
            label: shorten(label, NAME_MAX),
            description: String::new(),
        })
        .collect();
    if let Some(level) = args.role_level {
        hierarchy::check_role_level(&file, level, &scale)?;
    }

    let name = framework_row.get(c.name).to_owned();
    let shaped = hierarchy::shape(&tree, &args.shape, (&framework_id, &name), &|leaf| {
        args.role_level
            .unwrap_or_else(|| own_levels.get(&leaf).copied().unwrap_or(framework_level))
    });
    if let Some(why) = shaped.no_roles_because {
        imported.warnings.push(ImportProblem::in_file(&file, why));
    }
    imported.draft.framework = args.common.framework.apply(FrameworkDraft {
        id: framework_id,
        name,
        ..FrameworkDraft::default()
    });
    imported.draft.scale.levels = scale;
    imported.draft.skills = shaped.skills;
    imported.draft.roles = shaped.roles;
    Ok(imported)
}
