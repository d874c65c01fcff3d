//! `feed-import esco`: the ESCO classification's CSV download (occupations, skills, their
//! relations, ISCO groups and skill groups) in any of its languages, as a feed: occupations as
//! roles, ISCO groups as families, skill groups as categories, alternative labels as aliases,
//! essential and optional relations as requirements at levels and importances chosen here
//! (ESCO has no proficiency levels).
//!
//! - [`files`]: finding the files of one language and the version.
//! - [`occupations`]: roles, families and the `--isco` selection.
//! - [`skills`]: skills, aliases and categories.
//! - [`relations`]: the requirements of each role.
//!
//! Attribution (Commission Decision 2011/833/EU): ESCO is published by the European Commission;
//! reuse is authorised provided the source is acknowledged and changes are indicated.

pub mod files;
pub mod occupations;
pub mod relations;
pub mod skills;

use crate::import::cli::CommonOptions;
use crate::import::draft::*;
use crate::import::problem::{ImportProblem, Imported};
use crate::import::table::{Row, Table};
use clap::{Args, ValueEnum};
use domain::scale::Scale;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub const ATTRIBUTION: &str = "Uses the ESCO classification of the European Commission (esco.ec.europa.eu), reused under Commission Decision 2011/833/EU; selected and converted for Skillgap, with levels ESCO does not define.";

pub const HINT: &str = "This importer reads the ESCO classification download in CSV (esco.ec.europa.eu/en/use-esco/download; ESCO v1.0.x, v1.1.x and v1.2.x).";

/// Roles and skills above which a feed is slow to load and to browse; ESCO has about 3,000
/// occupations and 13,900 skills.
const MANY_ROLES: usize = 500;
const MANY_SKILLS: usize = 3000;

/// Which of ESCO's skill types become skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SkillTypes {
    /// Skills/competences and knowledge.
    Both,
    /// Only "skill/competence" concepts (what someone can do).
    Skill,
    /// Only "knowledge" concepts (what someone knows).
    Knowledge,
}

impl SkillTypes {
    pub fn keeps(self, kind: skills::Kind) -> bool {
        match self {
            SkillTypes::Both => true,
            SkillTypes::Skill => kind == skills::Kind::Skill,
            SkillTypes::Knowledge => kind == skills::Kind::Knowledge,
        }
    }
}

/// A requirement's importance in the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Importance {
    Essential,
    Important,
    NiceToHave,
}

impl Importance {
    fn draft(self) -> ImportanceDraft {
        match self {
            Importance::Essential => ImportanceDraft::ESSENTIAL,
            Importance::Important => ImportanceDraft::IMPORTANT,
            Importance::NiceToHave => ImportanceDraft::NICE_TO_HAVE,
        }
    }
}

/// An ISCO code given to --isco: 1 to 4 digits.
fn isco_code(text: &str) -> Result<String, String> {
    let code = text.trim();
    if (1..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code.to_owned())
    } else {
        Err(format!(
            "\"{code}\" is not an ISCO code: 1 to 4 digits, e.g. 25 or 2512"
        ))
    }
}

/// Reads the ESCO classification download in CSV (esco.ec.europa.eu/en/use-esco/download).
#[derive(Debug, Clone, Args)]
pub struct EscoArgs {
    /// The folder of the unzipped download, holding occupations_<language>.csv,
    /// skills_<language>.csv, occupationSkillRelations_<language>.csv and, for families and
    /// categories, ISCOGroups_<language>.csv, skillGroups_<language>.csv and
    /// broaderRelationsSkillPillar_<language>.csv.
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
    /// The language to read when the folder holds several (the "_fr" of occupations_fr.csv).
    /// Default: the only language in the folder.
    #[arg(long = "esco-language", value_name = "CODE")]
    pub esco_language: Option<String>,
    /// Keep only occupations whose ISCO-08 code starts with one of these (comma-separated, 1 to
    /// 4 digits), e.g. "2511,2512,25". Default: all ~3,000 occupations, far too many for a feed.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = isco_code)]
    pub isco: Vec<String>,
    /// How many ISCO digits name a role's family: 1 major group ("Professionals"), 2 sub-major
    /// ("ICT professionals"), 3 minor, 4 unit group ("Software developers").
    #[arg(long = "family-level", value_name = "1-4", default_value_t = 4, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub family_level: u8,
    /// Which ESCO skill types become skills: both, skill (skill/competence) or knowledge.
    #[arg(long = "skill-types", value_name = "TYPES", value_enum, default_value_t = SkillTypes::Both)]
    pub skill_types: SkillTypes,
    /// Level (on the 0-5 scale) an essential skill is required at.
    #[arg(long = "essential-level", value_name = "1-5", default_value_t = 3, value_parser = clap::value_parser!(i64).range(1..=5))]
    pub essential_level: i64,
    /// Level (on the 0-5 scale) an optional skill is required at.
    #[arg(long = "optional-level", value_name = "1-5", default_value_t = 2, value_parser = clap::value_parser!(i64).range(1..=5))]
    pub optional_level: i64,
    /// Importance of an essential skill: essential, important or nice-to-have.
    #[arg(long = "essential-importance", value_name = "IMPORTANCE", value_enum, default_value_t = Importance::Essential)]
    pub essential_importance: Importance,
    /// Importance of an optional skill: essential, important or nice-to-have.
    #[arg(long = "optional-importance", value_name = "IMPORTANCE", value_enum, default_value_t = Importance::NiceToHave)]
    pub optional_importance: Importance,
    /// Leave out optional relations: roles list only their essential skills.
    #[arg(long = "no-optional")]
    pub no_optional: bool,
    #[command(flatten)]
    pub common: CommonOptions,
}

impl EscoArgs {
    /// The defaults, for tests and callers that only name the folder.
    pub fn new(folder: PathBuf) -> EscoArgs {
        EscoArgs {
            folder,
            esco_language: None,
            isco: Vec::new(),
            family_level: 4,
            skill_types: SkillTypes::Both,
            essential_level: 3,
            optional_level: 2,
            essential_importance: Importance::Essential,
            optional_importance: Importance::NiceToHave,
            no_optional: false,
            common: CommonOptions::default(),
        }
    }
}

/// The feed id of an ESCO concept: the last part of its URI (a UUID for occupations and
/// skills), the same in every language.
/// The rows of a concept file that give a concept URI and a preferred label; the others are
/// left out with a warning at their row.
pub fn named_concepts<'t>(
    table: &'t Table,
    uri: usize,
    name: usize,
    warnings: &mut Vec<ImportProblem>,
) -> Vec<&'t Row> {
    let (named, unnamed): (Vec<&Row>, Vec<&Row>) = table
        .rows
        .iter()
        .partition(|row| !row.get(uri).is_empty() && !row.get(name).is_empty());
    warnings.extend(unnamed.into_iter().map(|row| {
        ImportProblem::at_row(
            &table.label,
            row.line,
            "has no conceptUri or no preferredLabel; left out",
        )
    }));
    named
}

pub fn concept_id(uri: &str) -> String {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(uri)
        .to_owned()
}

/// `text` without the invisible and direction characters some ESCO texts carry (a zero-width
/// space in "develop automated software tests"), which the feed check would remove with a
/// warning.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|&c| !stdx::text::is_unsafe_char(c))
        .collect()
}

pub fn import(args: &EscoArgs) -> Result<Imported, ImportProblem> {
    let max_mb = args.common.input.max_input_mb;
    let files = files::locate(&args.folder, args.esco_language.as_deref())?;
    let mut imported = Imported::default();
    let warnings = &mut imported.warnings;
    let folder = crate::import::input::label(&args.folder);
    if !args.no_optional && args.optional_level > args.essential_level {
        warnings.push(ImportProblem::in_file(
            &folder,
            format!(
                "--optional-level {} is above --essential-level {}: roles will ask more of the skills ESCO calls optional than of those it calls essential",
                args.optional_level, args.essential_level
            ),
        ));
    }

    let isco_labels = match &files.isco_groups {
        Some(path) => Some(occupations::isco_labels(path, max_mb)?),
        None => {
            warnings.push(ImportProblem::in_file(
                &folder,
                format!("has no ISCOGroups_{}.csv: families are ISCO codes (\"ISCO 2512\") instead of group names", files.language),
            ));
            None
        }
    };
    let occupations = occupations::read(
        &files.occupations,
        max_mb,
        &args.isco,
        usize::from(args.family_level),
        isco_labels.as_ref(),
        warnings,
    )?;
    let skills = skills::read(&files.skills, max_mb, warnings)?;
    let categories = match (&files.skill_groups, &files.broader_skills) {
        (Some(groups), Some(broader)) => Some(skills::Categories::read(groups, broader, max_mb)?),
        _ => {
            warnings.push(ImportProblem::in_file(
                &folder,
                format!(
                    "has no skillGroups_{0}.csv or no broaderRelationsSkillPillar_{0}.csv: categories are ESCO skill types (knowledge, skill/competence) instead of skill groups",
                    files.language
                ),
            ));
            None
        }
    };
    let filter = relations::Filter {
        optional: !args.no_optional,
        types: args.skill_types,
    };
    let relations = relations::read(
        &files.relations,
        max_mb,
        &occupations,
        &skills,
        filter,
        warnings,
    )?;

    let mut needed: Vec<&str> = Vec::new();
    let mut seen = BTreeMap::new();
    for (uri, occupation) in &occupations.kept {
        let Some(list) = relations.get(uri).filter(|list| !list.is_empty()) else {
            warnings.push(ImportProblem::at_row(
                &occupations.label,
                occupation.line,
                format!(
                    "occupation \"{}\" has no skill left (none related, or all left out by --skill-types or --no-optional); a role needs at least one, so it is left out",
                    occupation.name
                ),
            ));
            continue;
        };
        let mut requirements: Vec<RequirementDraft> = Vec::new();
        for essential in [true, false] {
            for relation in list.iter().filter(|r| r.essential == essential) {
                if seen.insert(relation.skill.as_str(), ()).is_none() {
                    needed.push(&relation.skill);
                }
                requirements.push(RequirementDraft {
                    skill: concept_id(&relation.skill),
                    level: if essential {
                        args.essential_level
                    } else {
                        args.optional_level
                    },
                    importance: if essential {
                        args.essential_importance
                    } else {
                        args.optional_importance
                    }
                    .draft(),
                });
            }
        }
        imported.draft.roles.push(RoleDraft {
            id: occupation.id.clone(),
            name: occupation.name.clone(),
            family: occupation.family.clone(),
            description: occupation.description.clone(),
            requirements,
            ..RoleDraft::default()
        });
    }
    if imported.draft.roles.is_empty() {
        return Err(ImportProblem::in_file(
            crate::import::input::label(&files.relations),
            "relates no kept occupation to a kept skill, so there is no role to write (see the warnings above; check --isco, --skill-types and --no-optional)",
        ));
    }
    needed.sort_by_key(|uri| skills.by_uri.get(*uri).map(|row| row.name.to_lowercase()));
    imported.draft.skills = skills::drafts(&skills, &needed, categories.as_ref(), warnings);

    let (roles, skill_count) = (imported.draft.roles.len(), imported.draft.skills.len());
    if roles > MANY_ROLES || skill_count > MANY_SKILLS {
        warnings.push(ImportProblem::in_file(
            &folder,
            format!(
                "the feed has {roles} roles and {skill_count} skills, more than employees can browse and slow to load (a widget feed works best below {MANY_ROLES} roles and {MANY_SKILLS} skills). Keep your organisation's occupations with --isco, e.g. --isco 25 for ICT professionals."
            ),
        ));
    }

    imported.draft.framework = args.common.framework.apply(FrameworkDraft {
        id: "esco".into(),
        name: "ESCO".into(),
        publisher: "European Commission".into(),
        version: files.version.clone(),
        language: files.language.clone(),
        attribution: ATTRIBUTION.into(),
        license: "Commission Decision 2011/833/EU (reuse with attribution)".into(),
        ..FrameworkDraft::default()
    });
    imported.draft.scale.levels = Scale::default()
        .levels
        .into_iter()
        .map(|level| LevelDraft {
            level: i64::from(level.level),
            label: level.label,
            description: level.description,
        })
        .collect();
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_last_part_of_the_uri() {
        assert_eq!(
            concept_id("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"),
            "0005c151-5b5a-4a66-8aac-60e734beb1ab"
        );
        assert_eq!(concept_id("plain"), "plain");
    }

    #[test]
    fn isco_codes_are_one_to_four_digits() {
        assert_eq!(isco_code(" 25 "), Ok("25".into()));
        assert!(isco_code("25123").is_err());
        assert!(isco_code("2a").is_err());
    }
}
