//! The Skills sheet: one row per skill, with one anchor column per level ("Level 1",
//! "Level 2"… or "Anchor 1"…).

use crate::import::draft::SkillDraft;
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::{warn_unknown_columns, Cells};
use crate::import::sheets::ids::Ids;
use crate::import::sheets::scale::Scale;
use crate::import::table::{normal_header, Table};

pub const ID: &[&str] = &["id", "skill id", "code", "skill code"];
pub const NAME: &[&str] = &["name", "skill name", "skill", "title"];
const CATEGORY: &[&str] = &["category", "group", "skill category", "skill group"];
const DESCRIPTION: &[&str] = &["description", "definition"];
const ALIASES: &[&str] = &[
    "aliases",
    "alias",
    "other names",
    "synonyms",
    "also known as",
];
const HINT: &str = "The Skills sheet has columns Id, Name, Category, Description, Aliases and \
                    one anchor column per level (Level 1, Level 2…); see docs/import/csv.md.";

/// The level of an anchor column: "Level 3", "level_3", "Anchor 3" and "Level 3 (Practitioner)"
/// are level 3.
pub fn anchor_level(header: &str) -> Option<i64> {
    let normal = normal_header(header);
    let rest = ["levelanchor", "level", "anchor"]
        .iter()
        .find_map(|prefix| normal.strip_prefix(prefix))?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].chars().next();
    if digits == 0 || after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    rest[..digits].parse().ok()
}

pub fn read(
    table: &Table,
    scale: &Scale,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<SkillDraft>, ImportProblem> {
    warn_unknown_columns(
        table,
        &[ID, NAME, CATEGORY, DESCRIPTION, ALIASES],
        |header| anchor_level(header).is_some(),
        warnings,
    );
    let name_column = table.require(NAME, HINT)?;
    let id_column = table.column(ID);
    let (category, description, aliases) = (
        table.column(CATEGORY),
        table.column(DESCRIPTION),
        table.column(ALIASES),
    );
    let mut anchors: Vec<(usize, i64)> = Vec::new();
    for (column, header) in table.headers.iter().enumerate() {
        let Some(level) = anchor_level(header) else {
            continue;
        };
        if !scale.contains(level) {
            return Err(ImportProblem::at_row(
                &table.label,
                1,
                format!(
                    "column \"{header}\" holds anchors for level {level}, which is not on the \
                     scale (levels {}); rename the column or add the level to the Scale sheet",
                    scale.describe()
                ),
            ));
        }
        anchors.push((column, level));
    }
    let mut ids = Ids::default();
    let mut skills = Vec::new();
    for row in &table.rows {
        let cells = Cells::new(table, row);
        let name = cells.required(name_column, "every skill needs a name")?;
        let id = ids.claim(&cells, id_column, name, "skill")?;
        skills.push(SkillDraft {
            id,
            name: name.to_owned(),
            aliases: cells.list(aliases),
            category: cells.text(category).to_owned(),
            description: cells.text(description).to_owned(),
            anchors: anchors
                .iter()
                .filter(|(column, _)| !row.get(*column).is_empty())
                .map(|(column, level)| (*level, row.get(*column).to_owned()))
                .collect(),
        });
    }
    if skills.is_empty() {
        return Err(ImportProblem::in_file(
            &table.label,
            format!("has a header but no skills; fill one row per skill. {HINT}"),
        ));
    }
    Ok(skills)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_columns_are_named_by_their_level() {
        assert_eq!(anchor_level("Level 3"), Some(3));
        assert_eq!(anchor_level("level_3"), Some(3));
        assert_eq!(anchor_level("Anchor 12"), Some(12));
        assert_eq!(anchor_level("Level 3 (Practitioner)"), Some(3));
        assert_eq!(anchor_level("Level"), None);
        assert_eq!(anchor_level("Levels2x"), None);
        assert_eq!(anchor_level("Name"), None);
    }
}
