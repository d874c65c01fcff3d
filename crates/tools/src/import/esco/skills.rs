//! Skills (knowledge, skills and competences): names, alternative labels as aliases, and the
//! skill group above each one as its category.

use crate::import::draft::SkillDraft;
use crate::import::esco::{clean, concept_id, files::sheet, HINT};
use crate::import::problem::ImportProblem;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use stdx::text::normalise;

/// ESCO's two kinds of skill concept (`skillType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "skill/competence": what someone can do.
    Skill,
    /// "knowledge": what someone knows.
    Knowledge,
    /// No `skillType` in the row.
    Unknown,
}

impl Kind {
    pub fn of(skill_type: &str) -> Kind {
        let lower = skill_type.to_lowercase();
        if lower.contains("knowledge") {
            Kind::Knowledge
        } else if lower.is_empty() {
            Kind::Unknown
        } else {
            Kind::Skill
        }
    }
}

#[derive(Debug, Clone)]
pub struct SkillRow {
    pub name: String,
    /// `skillType` as written, the category when no skill group is known.
    pub skill_type: String,
    pub kind: Kind,
    pub alt_labels: String,
    pub description: String,
}

/// Every skill of `skills_<language>.csv` by URI.
pub struct Skills {
    pub label: String,
    pub by_uri: BTreeMap<String, SkillRow>,
}

pub fn read(
    path: &Path,
    max_mb: u64,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Skills, ImportProblem> {
    let table = sheet(path, max_mb)?;
    let uri = table.require(&["conceptUri"], HINT)?;
    let name = table.require(&["preferredLabel"], HINT)?;
    let skill_type = table.require(&["skillType"], HINT)?;
    let alt_labels = table.column(&["altLabels"]);
    let description = table.column(&["description"]);
    let definition = table.column(&["definition"]);
    let mut by_uri = BTreeMap::new();
    for row in super::named_concepts(&table, uri, name, warnings) {
        let concept = row.get(uri);
        let description = match row.get_opt(description) {
            "" => row.get_opt(definition),
            text => text,
        };
        let skill = SkillRow {
            name: clean(row.get(name)),
            skill_type: row.get(skill_type).to_owned(),
            kind: Kind::of(row.get(skill_type)),
            alt_labels: clean(row.get_opt(alt_labels)),
            description: clean(description),
        };
        if by_uri.insert(concept.to_owned(), skill).is_some() {
            warnings.push(ImportProblem::at_row(
                &table.label,
                row.line,
                format!("repeats skill {concept}; the last row is used"),
            ));
        }
    }
    Ok(Skills {
        label: table.label,
        by_uri,
    })
}

/// The skill pillar's hierarchy: what each concept sits under, and the skill groups' labels.
#[derive(Debug, Default)]
pub struct Categories {
    broader: BTreeMap<String, Vec<String>>,
    groups: BTreeMap<String, String>,
}

impl Categories {
    pub fn read(
        skill_groups: &Path,
        broader: &Path,
        max_mb: u64,
    ) -> Result<Categories, ImportProblem> {
        let table = sheet(skill_groups, max_mb)?;
        let (uri, name) = (
            table.require(&["conceptUri"], HINT)?,
            table.require(&["preferredLabel"], HINT)?,
        );
        let groups = table
            .rows
            .iter()
            .map(|row| (row.get(uri).to_owned(), row.get(name).to_owned()))
            .collect();
        let table = sheet(broader, max_mb)?;
        let (narrower, wider) = (
            table.require(&["conceptUri"], HINT)?,
            table.require(&["broaderUri"], HINT)?,
        );
        let mut links: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in &table.rows {
            links
                .entry(row.get(narrower).to_owned())
                .or_default()
                .push(row.get(wider).to_owned());
        }
        Ok(Categories {
            broader: links,
            groups,
        })
    }

    /// The label of the nearest skill group above `uri`: its own group, else the group of the
    /// broader skill it belongs to, and so on; the first listed wins when there are several.
    pub fn of(&self, uri: &str) -> Option<&str> {
        let mut level = vec![uri];
        let mut seen = BTreeSet::new();
        for _ in 0..12 {
            let mut next = Vec::new();
            for concept in level {
                for wider in self.broader.get(concept).into_iter().flatten() {
                    if let Some(label) = self.groups.get(wider).filter(|l| !l.is_empty()) {
                        return Some(label);
                    }
                    if seen.insert(wider.as_str()) {
                        next.push(wider.as_str());
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }
}

/// The alternative labels of one cell: one per line (ESCO's collection files separate them
/// with " | "), without the name itself and without repeats.
fn aliases(name: &str, cell: &str) -> Vec<String> {
    let mut seen = BTreeSet::from([normalise(name)]);
    cell.split('\n')
        .flat_map(|line| line.split(" | "))
        .map(|alias| alias.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|alias| !alias.is_empty() && seen.insert(normalise(alias)))
        .collect()
}

/// The feed's skills for `needed` (URIs, in the order wanted). An alternative label that another
/// skill already uses as a name or label stays with that skill only (the widget would resolve
/// it there anyway and report `ambiguous-alias`), told in one warning.
pub fn drafts(
    skills: &Skills,
    needed: &[&str],
    categories: Option<&Categories>,
    warnings: &mut Vec<ImportProblem>,
) -> Vec<SkillDraft> {
    let rows: Vec<(&str, &SkillRow)> = needed
        .iter()
        .filter_map(|uri| skills.by_uri.get(*uri).map(|row| (*uri, row)))
        .collect();
    let mut claimed: BTreeSet<String> = rows.iter().map(|(_, row)| normalise(&row.name)).collect();
    let mut shared = Vec::new();
    let mut drafts = Vec::new();
    for (uri, row) in rows {
        let mut kept = Vec::new();
        for alias in aliases(&row.name, &row.alt_labels) {
            if claimed.insert(normalise(&alias)) {
                kept.push(alias);
            } else {
                shared.push(alias);
            }
        }
        drafts.push(SkillDraft {
            id: concept_id(uri),
            name: row.name.clone(),
            aliases: kept,
            category: categories
                .and_then(|c| c.of(uri))
                .unwrap_or(&row.skill_type)
                .to_owned(),
            description: row.description.clone(),
            ..SkillDraft::default()
        });
    }
    if !shared.is_empty() {
        warnings.push(ImportProblem::in_file(
            &skills.label,
            format!(
                "{} alternative label{} belong to more than one skill and {} kept only on the first (e.g. \"{}\")",
                shared.len(),
                if shared.len() == 1 { "" } else { "s" },
                if shared.len() == 1 { "is" } else { "are" },
                shared[..shared.len().min(3)].join("\", \"")
            ),
        ));
    }
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_split_on_lines_and_drop_the_name_and_repeats() {
        assert_eq!(
            aliases("SQL", "sql\nStructured Query Language\n structured  query language \n\nSQL language | SQL"),
            vec!["Structured Query Language", "SQL language"]
        );
    }

    #[test]
    fn kinds_read_every_spelling() {
        assert_eq!(Kind::of("skill/competence"), Kind::Skill);
        assert_eq!(Kind::of("knowledge"), Kind::Knowledge);
        assert_eq!(Kind::of(""), Kind::Unknown);
    }

    #[test]
    fn the_nearest_group_is_found_through_broader_skills() {
        let categories = Categories {
            broader: BTreeMap::from([
                ("s1".to_owned(), vec!["s0".to_owned()]),
                ("s0".to_owned(), vec!["g1".to_owned(), "g2".to_owned()]),
                ("g1".to_owned(), vec!["g0".to_owned()]),
            ]),
            groups: BTreeMap::from([
                ("g1".to_owned(), "programming".to_owned()),
                ("g0".to_owned(), "ICT".to_owned()),
            ]),
        };
        assert_eq!(categories.of("s1"), Some("programming"));
        assert_eq!(categories.of("g1"), Some("ICT"));
        assert_eq!(categories.of("other"), None);
    }
}
