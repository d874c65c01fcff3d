//! References to skills from the Roles, Resources and Mentors sheets: a skill's id, or its
//! exact name or alias ignoring case, become the id. Anything else stays as written, with a
//! warning at its row, so the feed check can still match it by similarity and suggest the
//! skill meant.

use crate::import::draft::SkillDraft;
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::Cells;
use std::collections::BTreeMap;

pub struct SkillRefs {
    ids: BTreeMap<String, ()>,
    /// Lower-case id, name or alias → id; the first skill claiming one keeps it.
    by_key: BTreeMap<String, String>,
}

impl SkillRefs {
    pub fn new(skills: &[SkillDraft]) -> Self {
        let mut refs = SkillRefs {
            ids: skills.iter().map(|s| (s.id.clone(), ())).collect(),
            by_key: BTreeMap::new(),
        };
        for pass in 0..3 {
            for skill in skills {
                let keys: Vec<&str> = match pass {
                    0 => vec![&skill.id],
                    1 => vec![&skill.name],
                    _ => skill.aliases.iter().map(String::as_str).collect(),
                };
                for key in keys {
                    refs.by_key
                        .entry(key.to_lowercase())
                        .or_insert_with(|| skill.id.clone());
                }
            }
        }
        refs
    }

    /// The id `reference` means; unknown references are kept as written and warned about.
    pub fn resolve(
        &self,
        cells: &Cells<'_>,
        reference: &str,
        warnings: &mut Vec<ImportProblem>,
    ) -> String {
        if self.ids.contains_key(reference) {
            return reference.to_owned();
        }
        if let Some(id) = self.by_key.get(&reference.to_lowercase()) {
            return id.clone();
        }
        warnings.push(cells.problem(format!(
            "skill \"{reference}\" is not an id, name or alias in the Skills sheet; kept as \
             written, and the feed check below either matches it to a skill with a very close \
             name or reports it with a suggestion. Correct it, or add the skill to the Skills \
             sheet."
        )));
        reference.to_owned()
    }
}
