//! `feed-import case`: a 1EdTech CASE 1.0/1.1 package (CFDocument, CFItems, CFAssociations,
//! CFRubrics) as a feed: the items with nothing under them as skills, the items above them as
//! categories (and, by default, the top-level items as roles), rubric criterion levels as
//! anchors and, when the rubrics agree, as the scale.
//!
//! - [`package`]: the JSON, the items, the `isChildOf` tree.
//! - [`rubrics`]: the scale and anchors from CFRubrics.

pub mod package;
pub mod rubrics;

use crate::import::cli::CommonOptions;
use crate::import::draft::*;
use crate::import::hierarchy::{self, ShapeOptions, Tree};
use crate::import::input::{label, read_text};
use crate::import::problem::{ImportProblem, Imported};
use clap::Args;
use package::{text, IdFrom, HINT};
use serde_json::Value;
use std::path::PathBuf;

/// Reads a CASE package (CASE 1.0 or 1.1 JSON).
#[derive(Debug, Clone, Args)]
pub struct CaseArgs {
    /// The package's JSON file.
    #[arg(value_name = "PACKAGE.json")]
    pub package: PathBuf,
    /// What a skill's id is made of: the item's identifier (a UUID, stable across versions of
    /// the framework) or its humanCodingScheme ("6.RP.A.1"; readable, but publishers renumber
    /// codes between editions).
    #[arg(long = "id-from", value_enum, value_name = "FIELD", default_value_t = IdFrom::Identifier)]
    pub id_from: IdFrom,
    /// Start every skill, category and role name with the item's humanCodingScheme
    /// ("6.RP.A.1 Understand the concept of a ratio…"). Default: names without codes (the code
    /// is always an alias, so search finds it).
    #[arg(long = "code-in-name")]
    pub code_in_name: bool,
    #[command(flatten)]
    pub shape: ShapeOptions,
    /// The level every role requires of its skills: a level of the scale above its lowest (the
    /// lowest means "not started"). Default: the first level whose label reads as proficient
    /// ("Proficient", "Meets…", "Competent"), else the top level.
    #[arg(long = "role-level", value_name = "LEVEL")]
    pub role_level: Option<i64>,
    #[command(flatten)]
    pub common: CommonOptions,
}

impl CaseArgs {
    /// The defaults, for `package`.
    pub fn new(package: impl Into<PathBuf>) -> Self {
        CaseArgs {
            package: package.into(),
            id_from: IdFrom::Identifier,
            code_in_name: false,
            shape: ShapeOptions::default(),
            role_level: None,
            common: CommonOptions::default(),
        }
    }
}

/// The level roles require by default: the first whose label reads as "proficient" ("Meets…",
/// "Competent"), else the top of the scale.
pub fn proficient_level(levels: &[LevelDraft]) -> i64 {
    levels
        .iter()
        .find(|level| {
            let label = level.label.to_lowercase();
            label.contains("proficien") || label.starts_with("meets") || label == "competent"
        })
        .or(levels.last())
        .map_or(0, |level| level.level)
}

fn framework(document: &Value) -> FrameworkDraft {
    let (title, creator) = (text(document, "title"), text(document, "creator"));
    let updated = text(document, "lastChangeDateTime");
    let updated = updated.get(..10).filter(|date| {
        date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    });
    let license = document.get("licenseURI").unwrap_or(&Value::Null);
    let source = text(document, "officialSourceURL");
    FrameworkDraft {
        id: text(document, "identifier").to_owned(),
        name: title.to_owned(),
        publisher: match text(document, "publisher") {
            "" => creator.to_owned(),
            publisher => publisher.to_owned(),
        },
        version: text(document, "version").to_owned(),
        updated: updated.unwrap_or("").to_owned(),
        language: text(document, "language").to_owned(),
        attribution: match (creator, source) {
            ("", _) => String::new(),
            (creator, "") => format!("{title} by {creator}"),
            (creator, source) => format!("{title} by {creator} ({source})"),
        },
        license: text(license, "title").to_owned(),
    }
}

pub fn import(args: &CaseArgs) -> Result<Imported, ImportProblem> {
    let file = label(&args.package);
    let source = read_text(&args.package, args.common.input.max_input_mb)?;
    let root = package::parse(&file, &source)?;
    let mut imported = Imported::default();
    let warnings = &mut imported.warnings;
    let list = root
        .get("CFItems")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let items = package::items(&file, list, args.id_from, args.code_in_name, warnings);
    if items.nodes.is_empty() {
        return Err(ImportProblem::in_file(
            &file,
            format!("has no usable item in CFItems, so the feed would have no skills. {HINT}"),
        ));
    }
    let by_link = items.by_link;
    let mut tree = Tree::new(items.nodes).map_err(|duplicate| {
        let what = match args.id_from {
            IdFrom::Code => "humanCodingScheme",
            IdFrom::Identifier => "identifier",
        };
        let mut problem = hierarchy::duplicate_problem(&file, &duplicate, what);
        if args.id_from == IdFrom::Code {
            problem
                .message
                .push_str(" Or leave out --id-from code: identifiers are unique.");
        }
        problem
    })?;
    let links = package::link_children(&file, &root, &mut tree, &by_link, warnings);
    if let Some(cycle) = tree.find_cycle() {
        return Err(package::cycle_problem(&file, &tree, &cycle, &links));
    }

    let from_rubrics = rubrics::read(&file, &root, warnings);
    let levels = from_rubrics.scale.unwrap_or_else(rubrics::default_scale);
    let on_scale = |level: i64| levels.iter().any(|l| l.level == level);
    if let Some(level) = args.role_level {
        hierarchy::check_role_level(&file, level, &levels)?;
    }
    let role_level = args.role_level.unwrap_or_else(|| proficient_level(&levels));
    let document = root.get("CFDocument").unwrap_or(&Value::Null);
    let found = framework(document);
    let shaped = hierarchy::shape(&tree, &args.shape, (&found.id, &found.name), &|_| {
        role_level
    });
    if let Some(why) = shaped.no_roles_because {
        warnings.push(ImportProblem::in_file(&file, why));
    }
    let mut skills = shaped.skills;
    let skill_at: std::collections::HashMap<String, usize> = skills
        .iter()
        .enumerate()
        .map(|(i, skill)| (skill.id.clone(), i))
        .collect();
    for (item, anchors) in from_rubrics.anchors {
        let Some(&node) = by_link.get(&item) else {
            warnings.push(ImportProblem::in_file(&file, format!(
                "{} is linked to item \"{item}\", which is not in this package; its levels are not used.",
                anchors.place
            )));
            continue;
        };
        let key = &tree.nodes[node].key;
        let Some(skill) = skill_at.get(key).map(|&i| &mut skills[i]) else {
            warnings.push(ImportProblem::in_file(&file, format!(
                "{} is linked to {}, which has items under it (a category, not a skill); its levels are not used as anchors.",
                anchors.place,
                hierarchy::describe(&tree.nodes[node])
            )));
            continue;
        };
        for (level, anchor) in anchors.levels {
            if on_scale(level) {
                skill.anchors.insert(level, anchor);
            } else {
                warnings.push(ImportProblem::in_file(
                    &file,
                    format!(
                        "{}: level {level} is not on the scale (0 to {}); that anchor is left out.",
                        anchors.place,
                        levels.last().map_or(0, |l| l.level)
                    ),
                ));
            }
        }
    }
    imported.draft.framework = args.common.framework.apply(found);
    imported.draft.scale.levels = levels;
    imported.draft.skills = skills;
    imported.draft.roles = shaped.roles;
    Ok(imported)
}
