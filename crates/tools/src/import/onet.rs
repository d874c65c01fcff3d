//! `feed-import onet`: the O*NET database's text files (skills, their level and importance per
//! occupation, and the level scale anchors) as a feed: occupations as roles, SOC major groups
//! as families, importance as weight.
//!
//! Attribution (CC BY 4.0): this includes information from the O*NET database by the U.S.
//! Department of Labor, Employment and Training Administration (USDOL/ETA), used under the
//! CC BY 4.0 licence.

use crate::import::cli::CommonOptions;
use crate::import::draft::*;
use crate::import::input::{label, read_text};
use crate::import::problem::{ImportProblem, Imported};
use crate::import::table::{Table, TableStyle};
use clap::Args;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const ATTRIBUTION: &str = "This includes information from the O*NET database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence.";

/// Reads the O*NET database's text files (the "Text" download of onetcenter.org).
#[derive(Debug, Clone, Args)]
pub struct OnetArgs {
    /// The folder holding "Skills.txt", "Content Model Reference.txt", "Level Scale
    /// Anchors.txt" and "Occupation Data.txt".
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
    /// Leave out requirements less important than this (O*NET importance, 1 "not important" to
    /// 5 "extremely important"). The default 3 ("important") is O*NET OnLine's own cut-off and
    /// keeps what matters in each occupation; 1 keeps all 35 skills in every role.
    #[arg(long = "min-importance", value_name = "1-5", default_value_t = 3.0, value_parser = importance)]
    pub min_importance: f64,
    #[command(flatten)]
    pub common: CommonOptions,
}

const LEVEL_LABELS: [&str; 8] = [
    "None",
    "Minimal",
    "Basic",
    "Developing",
    "Competent",
    "Proficient",
    "Advanced",
    "Expert",
];

/// SOC major groups, by the first two digits of the O*NET-SOC code.
const FAMILIES: &[(&str, &str)] = &[
    ("11", "Management"),
    ("13", "Business and Financial Operations"),
    ("15", "Computer and Mathematical"),
    ("17", "Architecture and Engineering"),
    ("19", "Life, Physical, and Social Science"),
    ("21", "Community and Social Service"),
    ("23", "Legal"),
    ("25", "Educational Instruction and Library"),
    ("27", "Arts, Design, Entertainment, Sports, and Media"),
    ("29", "Healthcare Practitioners and Technical"),
    ("31", "Healthcare Support"),
    ("33", "Protective Service"),
    ("35", "Food Preparation and Serving"),
    ("37", "Building and Grounds Cleaning and Maintenance"),
    ("39", "Personal Care and Service"),
    ("41", "Sales and Related"),
    ("43", "Office and Administrative Support"),
    ("45", "Farming, Fishing, and Forestry"),
    ("47", "Construction and Extraction"),
    ("49", "Installation, Maintenance, and Repair"),
    ("51", "Production"),
    ("53", "Transportation and Material Moving"),
    ("55", "Military Specific"),
];

const HINT: &str =
    "This importer reads the O*NET database text files (onetcenter.org, \"Text\" download).";

/// One of the database's tab-separated files; quotes in O*NET texts are plain characters.
fn sheet(folder: &Path, file: &str, args: &OnetArgs) -> Result<Table, ImportProblem> {
    let path = folder.join(file);
    if !path.exists() {
        return Err(ImportProblem::in_file(
            label(folder),
            format!("has no \"{file}\". {HINT}"),
        ));
    }
    let text = read_text(&path, args.common.input.max_input_mb)?;
    Table::parse(
        &label(&path),
        &text,
        TableStyle {
            delimiter: Some(b'\t'),
            unquoted: true,
        },
    )
}

/// One occupation's O*NET importance (IM) and level (LV) of one skill, as far as read.
type ImportanceAndLevel = (Option<f64>, Option<f64>);

/// `--min-importance`: a number on O*NET's importance scale.
fn importance(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(n) if (1.0..=5.0).contains(&n) => Ok(n),
        _ => Err("use a number from 1 (not important) to 5 (extremely important)".to_owned()),
    }
}

fn is_skill_element(id: &str) -> bool {
    (id.starts_with("2.A.") || id.starts_with("2.B.")) && id.matches('.').count() == 3
}

fn number(table: &Table, line: usize, text: &str, what: &str) -> Result<f64, ImportProblem> {
    text.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| {
            ImportProblem::at_row(
                &table.label,
                line,
                format!("{what} \"{text}\" is not a number"),
            )
        })
}

pub fn import(args: &OnetArgs) -> Result<Imported, ImportProblem> {
    let folder = args.folder.as_path();
    if !folder.is_dir() {
        return Err(ImportProblem::in_file(
            label(folder),
            format!("is not a folder. {HINT}"),
        ));
    }
    let mut imported = Imported::default();
    let mut skills: BTreeMap<String, SkillDraft> = BTreeMap::new();

    let model = sheet(folder, "Content Model Reference.txt", args)?;
    let (id, name, description) = (
        model.require(&["Element ID"], HINT)?,
        model.require(&["Element Name"], HINT)?,
        model.require(&["Description"], HINT)?,
    );
    for row in &model.rows {
        if is_skill_element(row.get(id)) {
            skills.insert(
                row.get(id).to_owned(),
                SkillDraft {
                    id: row.get(id).to_owned(),
                    name: row.get(name).to_owned(),
                    category: if row.get(id).starts_with("2.A.") {
                        "Basic skills"
                    } else {
                        "Cross-functional skills"
                    }
                    .to_owned(),
                    description: row.get(description).to_owned(),
                    ..SkillDraft::default()
                },
            );
        }
    }

    let anchors = sheet(folder, "Level Scale Anchors.txt", args)?;
    let (id, scale, value, text) = (
        anchors.require(&["Element ID"], HINT)?,
        anchors.require(&["Scale ID"], HINT)?,
        anchors.require(&["Anchor Value"], HINT)?,
        anchors.require(&["Anchor Description"], HINT)?,
    );
    for row in &anchors.rows {
        if row.get(scale) != "LV" {
            continue;
        }
        if let Some(skill) = skills.get_mut(row.get(id)) {
            let level = number(&anchors, row.line, row.get(value), "Anchor Value")?;
            skill
                .anchors
                .insert(level.round() as i64, row.get(text).to_owned());
        }
    }

    let occupations_table = sheet(folder, "Occupation Data.txt", args)?;
    let (code, title, description) = (
        occupations_table.require(&["O*NET-SOC Code"], HINT)?,
        occupations_table.require(&["Title"], HINT)?,
        occupations_table.require(&["Description"], HINT)?,
    );
    let occupations: BTreeMap<&str, (&str, &str)> = occupations_table
        .rows
        .iter()
        .map(|row| (row.get(code), (row.get(title), row.get(description))))
        .collect();

    let ratings_table = sheet(folder, "Skills.txt", args)?;
    let columns = [
        "O*NET-SOC Code",
        "Element ID",
        "Scale ID",
        "Data Value",
        "Recommend Suppress",
        "Not Relevant",
    ]
    .map(|name| ratings_table.require(&[name], HINT));
    let [code, element, scale, value, suppress, not_relevant] = columns;
    let (code, element, scale, value, suppress, not_relevant) =
        (code?, element?, scale?, value?, suppress?, not_relevant?);
    // (occupation, element) → (importance, level); suppressed or not relevant rows drop both.
    let mut ratings: BTreeMap<(&str, &str), ImportanceAndLevel> = BTreeMap::new();
    let mut dropped: BTreeMap<(&str, &str), ()> = BTreeMap::new();
    // The newest "Date" (MM/YYYY) becomes the framework's "updated" (YYYY-MM).
    let date = ratings_table.column(&["Date"]);
    let mut updated = String::new();
    for row in &ratings_table.rows {
        if let Some((month, year)) = row.get_opt(date).split_once('/') {
            let stamp = format!("{year}-{month}");
            if stamp.len() == 7 && stamp > updated {
                updated = stamp;
            }
        }
        if !skills.contains_key(row.get(element)) {
            continue;
        }
        let key = (row.get(code), row.get(element));
        if row.get(suppress) == "Y" || row.get(not_relevant) == "Y" {
            dropped.insert(key, ());
            continue;
        }
        let number = number(&ratings_table, row.line, row.get(value), "Data Value")?;
        let entry = ratings.entry(key).or_default();
        match row.get(scale) {
            "IM" => entry.0 = Some(number),
            "LV" => entry.1 = Some(number),
            _ => {}
        }
    }

    // Occupations O*NET rates at all: the others (in Occupation Data.txt only) are no loss.
    let rated: BTreeMap<&str, ()> = ratings.keys().map(|(code, _)| (*code, ())).collect();
    let mut requirements: BTreeMap<&str, Vec<RequirementDraft>> = BTreeMap::new();
    for ((occupation, element), (importance, level)) in ratings {
        if dropped.contains_key(&(occupation, element)) {
            continue;
        }
        let (Some(importance), Some(level)) = (importance, level) else {
            continue;
        };
        let level = level.round().clamp(0.0, 7.0) as i64;
        if level == 0 || importance < args.min_importance {
            continue;
        }
        requirements
            .entry(occupation)
            .or_default()
            .push(RequirementDraft {
                skill: element.to_owned(),
                level,
                importance: ImportanceDraft::Weight(
                    (importance.clamp(1.0, 5.0) * 100.0).round() / 100.0,
                ),
            });
    }
    let left_out: Vec<&str> = rated
        .keys()
        .copied()
        .filter(|code| !requirements.contains_key(code))
        .collect();
    if !left_out.is_empty() && requirements.is_empty() {
        return Err(ImportProblem::in_file(
            &ratings_table.label,
            format!(
                "no occupation has a skill of importance {} or more: every role would be empty. Lower --min-importance.",
                args.min_importance
            ),
        ));
    }
    if !left_out.is_empty() {
        imported.warnings.push(ImportProblem::in_file(
            &ratings_table.label,
            format!(
                "{} occupations have no skill of importance {} or more and are left out (e.g. {}); lower --min-importance to keep them",
                left_out.len(),
                args.min_importance,
                left_out.iter().take(3).map(|code| format!("{code} {}", occupations.get(code).map_or("", |o| o.0))).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    for (occupation, requirements) in requirements {
        let Some((title, description)) = occupations.get(occupation) else {
            imported.warnings.push(ImportProblem::in_file(
                &ratings_table.label,
                format!("occupation {occupation} is not in Occupation Data.txt; left out"),
            ));
            continue;
        };
        let family = FAMILIES
            .iter()
            .find(|(prefix, _)| occupation.starts_with(prefix))
            .map_or("Other", |(_, name)| name);
        imported.draft.roles.push(RoleDraft {
            id: occupation.to_owned(),
            name: (*title).to_owned(),
            family: family.to_owned(),
            description: (*description).to_owned(),
            requirements,
            ..RoleDraft::default()
        });
    }
    if skills.is_empty() {
        return Err(ImportProblem::in_file(
            &model.label,
            format!("lists no skill elements (ids 2.A.x.y or 2.B.x.y). {HINT}"),
        ));
    }

    imported.draft.framework = args.common.framework.apply(FrameworkDraft {
        id: "onet-skills".into(),
        name: "O*NET skills".into(),
        publisher: "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"
            .into(),
        language: "en".into(),
        updated,
        attribution: ATTRIBUTION.into(),
        license: "CC BY 4.0".into(),
        ..FrameworkDraft::default()
    });
    imported.draft.scale.levels = LEVEL_LABELS
        .iter()
        .enumerate()
        .map(|(level, label)| LevelDraft {
            level: level as i64,
            label: (*label).to_owned(),
            description: String::new(),
        })
        .collect();
    imported.draft.skills = skills.into_values().collect();
    Ok(imported)
}

/// The whole database with default options, for the test and benchmark fixtures.
pub fn import_folder(folder: &Path) -> Result<Imported, ImportProblem> {
    import(&OnetArgs {
        folder: folder.to_owned(),
        min_importance: 1.0,
        common: CommonOptions::default(),
    })
}
