//! Occupation–skill relations: which skills each kept occupation needs, essential or optional.

use crate::import::esco::occupations::Occupations;
use crate::import::esco::skills::Skills;
use crate::import::esco::{files::sheet, SkillTypes, HINT};
use crate::import::problem::ImportProblem;
use std::collections::BTreeMap;
use std::path::Path;

/// Row warnings of one kind shown before they are only counted.
const SHOWN: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub skill: String,
    pub essential: bool,
}

/// What the options keep of the relations.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub optional: bool,
    pub types: SkillTypes,
}

/// Warnings of one kind: the first [`SHOWN`] with their row, then a count.
struct Capped<'a> {
    what: &'a str,
    count: usize,
}

impl Capped<'_> {
    fn push(&mut self, warnings: &mut Vec<ImportProblem>, problem: ImportProblem) {
        if self.count < SHOWN {
            warnings.push(problem);
        }
        self.count += 1;
    }

    fn finish(self, warnings: &mut Vec<ImportProblem>, file: &str) {
        if self.count > SHOWN {
            warnings.push(ImportProblem::in_file(
                file,
                format!(
                    "{} more rows {} (left out too)",
                    self.count - SHOWN,
                    self.what
                ),
            ));
        }
    }
}

/// The kept occupations' relations by occupation URI, in file order, one per skill (an
/// essential relation wins over an optional one to the same skill).
pub fn read(
    path: &Path,
    max_mb: u64,
    occupations: &Occupations,
    skills: &Skills,
    filter: Filter,
    warnings: &mut Vec<ImportProblem>,
) -> Result<BTreeMap<String, Vec<Relation>>, ImportProblem> {
    let table = sheet(path, max_mb)?;
    let occupation = table.require(&["occupationUri"], HINT)?;
    let relation_type = table.require(&["relationType"], HINT)?;
    let skill = table.require(&["skillUri"], HINT)?;
    let kept: BTreeMap<&str, ()> = occupations
        .kept
        .iter()
        .map(|(uri, _)| (uri.as_str(), ()))
        .collect();
    let mut unknown_occupation = Capped {
        what: "name an occupation that is not in the occupations file",
        count: 0,
    };
    let mut unknown_skill = Capped {
        what: "name a skill that is not in the skills file",
        count: 0,
    };
    let mut unknown_type = Capped {
        what: "have a relationType other than essential or optional",
        count: 0,
    };
    let mut relations: BTreeMap<String, Vec<Relation>> = BTreeMap::new();
    for row in &table.rows {
        let (occupation_uri, skill_uri) = (row.get(occupation), row.get(skill));
        if !occupations.all.contains_key(occupation_uri) {
            unknown_occupation.push(
                warnings,
                ImportProblem::at_row(
                    &table.label,
                    row.line,
                    format!(
                        "names occupation {occupation_uri}, which is not in {}; left out (are both files from the same ESCO version?)",
                        occupations.label
                    ),
                ),
            );
            continue;
        }
        if !kept.contains_key(occupation_uri) {
            continue;
        }
        let Some(found) = skills.by_uri.get(skill_uri) else {
            unknown_skill.push(
                warnings,
                ImportProblem::at_row(
                    &table.label,
                    row.line,
                    format!(
                        "names skill {skill_uri}, which is not in {}; left out (are both files from the same ESCO version?)",
                        skills.label
                    ),
                ),
            );
            continue;
        };
        let essential = match row.get(relation_type).to_lowercase().as_str() {
            "essential" => true,
            "optional" => false,
            other => {
                unknown_type.push(
                    warnings,
                    ImportProblem::at_row(
                        &table.label,
                        row.line,
                        format!(
                            "relationType \"{other}\" is neither essential nor optional; left out"
                        ),
                    ),
                );
                continue;
            }
        };
        if (!essential && !filter.optional) || !filter.types.keeps(found.kind) {
            continue;
        }
        let list = relations.entry(occupation_uri.to_owned()).or_default();
        match list.iter_mut().find(|r| r.skill == skill_uri) {
            Some(existing) => existing.essential |= essential,
            None => list.push(Relation {
                skill: skill_uri.to_owned(),
                essential,
            }),
        }
    }
    unknown_occupation.finish(warnings, &table.label);
    unknown_skill.finish(warnings, &table.label);
    unknown_type.finish(warnings, &table.label);
    Ok(relations)
}
