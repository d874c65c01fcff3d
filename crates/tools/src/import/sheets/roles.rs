//! The Roles sheet, one row per requirement ("long format"): the role's columns may be filled
//! on its first row only; the rows below with the same role id, or with no role id and no
//! role name, belong to the same role.

use crate::import::draft::{ImportanceDraft, RequirementDraft, RoleDraft};
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::{parse_number, warn_unknown_columns, Cells};
use crate::import::sheets::ids::slug;
use crate::import::sheets::refs::SkillRefs;
use crate::import::sheets::scale::Scale;
use crate::import::table::{normal_header, Table};
use std::collections::BTreeMap;

const ROLE_ID: &[&str] = &["role id", "role code", "id"];
const ROLE_NAME: &[&str] = &["role name", "role", "job title", "title", "name"];
const FAMILY: &[&str] = &["family", "job family", "track"];
const SENIORITY: &[&str] = &["seniority", "grade", "career level"];
const DESCRIPTION: &[&str] = &["description", "role description"];
const NEXT_ROLES: &[&str] = &["next roles", "next role", "leads to"];
const SKILL: &[&str] = &["skill", "skill id", "skill name"];
const LEVEL: &[&str] = &["level", "required level", "target level", "skill level"];
const IMPORTANCE: &[&str] = &["importance", "priority", "weight"];
const HINT: &str = "The Roles sheet has one row per requirement: Role id, Role name, Family, \
                    Seniority, Description, Next roles, Skill, Level, Importance; see \
                    docs/import/csv.md.";

struct Building {
    draft: RoleDraft,
    first_row: usize,
    /// Required skill id → the row requiring it.
    skills: BTreeMap<String, usize>,
    /// The row that gave `next_roles`.
    next_roles_row: usize,
}

struct Columns {
    id: Option<usize>,
    name: Option<usize>,
    family: Option<usize>,
    seniority: Option<usize>,
    description: Option<usize>,
    next_roles: Option<usize>,
    skill: usize,
    level: Option<usize>,
    importance: Option<usize>,
}

pub fn read(
    table: &Table,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<RoleDraft>, ImportProblem> {
    let known = [
        ROLE_ID,
        ROLE_NAME,
        FAMILY,
        SENIORITY,
        DESCRIPTION,
        NEXT_ROLES,
        SKILL,
        LEVEL,
        IMPORTANCE,
    ];
    warn_unknown_columns(table, &known, |_| false, warnings);
    let columns = Columns {
        id: table.column(ROLE_ID),
        name: table.column(ROLE_NAME),
        family: table.column(FAMILY),
        seniority: table.column(SENIORITY),
        description: table.column(DESCRIPTION),
        next_roles: table.column(NEXT_ROLES),
        skill: table.require(SKILL, HINT)?,
        level: Some(table.require(LEVEL, HINT)?),
        importance: table.column(IMPORTANCE),
    };
    if columns.id.is_none() && columns.name.is_none() {
        table.require(&["Role id", "Role name"], HINT)?;
    }
    let mut roles: Vec<Building> = Vec::new();
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut current: Option<usize> = None;
    for row in &table.rows {
        let cells = Cells::new(table, row);
        let index = role_of_row(&cells, &columns, &mut roles, &mut by_id, current, warnings)?;
        current = Some(index);
        requirement(&cells, &columns, &mut roles[index], scale, refs, warnings)?;
    }
    let names: BTreeMap<String, String> = roles
        .iter()
        .map(|r| (r.draft.name.to_lowercase(), r.draft.id.clone()))
        .collect();
    let mut drafts = Vec::new();
    for mut role in roles {
        for next in &mut role.draft.next_roles {
            if by_id.contains_key(next.as_str()) {
                continue;
            }
            match names.get(&next.to_lowercase()) {
                Some(id) => *next = id.clone(),
                None => warnings.push(ImportProblem::at_row(
                    &table.label,
                    role.next_roles_row,
                    format!(
                        "next role \"{next}\" of role \"{}\" is not a role id or name in this \
                         sheet; kept as written (the widget ignores it)",
                        role.draft.id
                    ),
                )),
            }
        }
        if role.draft.requirements.is_empty() {
            warnings.push(ImportProblem::at_row(
                &table.label,
                role.first_row,
                format!(
                    "role \"{}\" has no requirements yet (no row gives it a skill), so it is \
                     left out of the feed: the widget cannot show a gap for it. Add rows with \
                     its skills and levels to include it.",
                    role.draft.id
                ),
            ));
            continue;
        }
        drafts.push(role.draft);
    }
    Ok(drafts)
}

/// The role a row belongs to: the one its id (or name) says, a new one, or the one above.
fn role_of_row(
    cells: &Cells<'_>,
    columns: &Columns,
    roles: &mut Vec<Building>,
    by_id: &mut BTreeMap<String, usize>,
    current: Option<usize>,
    warnings: &mut Vec<ImportProblem>,
) -> Result<usize, ImportProblem> {
    let (given_id, name) = (cells.text(columns.id), cells.text(columns.name));
    if given_id.is_empty() && name.is_empty() {
        return current.ok_or_else(|| {
            cells.problem(
                "this row has neither a role id nor a role name, and there is no role above it \
                 to belong to; fill \"Role id\" or \"Role name\" on a role's first row",
            )
        });
    }
    // Without an id, a name already used by a role means that role, whatever its id.
    let named = || {
        roles
            .iter()
            .find(|r| r.draft.name.to_lowercase() == name.to_lowercase())
            .map(|r| r.draft.id.clone())
    };
    let id = if given_id.is_empty() {
        named().unwrap_or_else(|| slug(name))
    } else {
        given_id.to_owned()
    };
    if id.is_empty() {
        return Err(cells.problem(format!(
            "this role has no id, and none can be made from its name \"{name}\"; fill \"Role id\""
        )));
    }
    let fields = [
        ("Role name", columns.name),
        ("Family", columns.family),
        ("Seniority", columns.seniority),
        ("Description", columns.description),
        ("Next roles", columns.next_roles),
    ];
    let Some(&index) = by_id.get(&id) else {
        if name.is_empty() {
            return Err(cells.problem(format!(
                "role \"{id}\" first appears on this row without a name; fill \"Role name\" on \
                 a role's first row"
            )));
        }
        by_id.insert(id.clone(), roles.len());
        roles.push(Building {
            draft: RoleDraft {
                id,
                name: name.to_owned(),
                family: cells.text(columns.family).to_owned(),
                seniority: cells.text(columns.seniority).to_owned(),
                description: cells.text(columns.description).to_owned(),
                next_roles: cells.list(columns.next_roles),
                requirements: Vec::new(),
            },
            first_row: cells.row.line,
            skills: BTreeMap::new(),
            next_roles_row: cells.row.line,
        });
        return Ok(roles.len() - 1);
    };
    let role = &mut roles[index];
    for (field, column) in fields {
        let given = cells.text(column);
        if given.is_empty() {
            continue;
        }
        let kept = match field {
            "Role name" => &mut role.draft.name,
            "Family" => &mut role.draft.family,
            "Seniority" => &mut role.draft.seniority,
            "Description" => &mut role.draft.description,
            _ => {
                let list = cells.list(column);
                if role.draft.next_roles.is_empty() {
                    role.draft.next_roles = list;
                    role.next_roles_row = cells.row.line;
                } else if role.draft.next_roles != list {
                    warnings.push(contradiction(cells, field, &id, role.first_row, given));
                }
                continue;
            }
        };
        if kept.is_empty() {
            *kept = given.to_owned();
        } else if kept != given {
            warnings.push(contradiction(cells, field, &id, role.first_row, given));
        }
    }
    Ok(index)
}

fn contradiction(
    cells: &Cells<'_>,
    field: &str,
    id: &str,
    first_row: usize,
    given: &str,
) -> ImportProblem {
    cells.problem(format!(
        "\"{field}\" of role \"{id}\" is \"{given}\" here but something else on row {first_row}, \
         where the role starts; row {first_row}'s value is kept. Fill role columns on a role's \
         first row only, or make them agree."
    ))
}

fn requirement(
    cells: &Cells<'_>,
    columns: &Columns,
    role: &mut Building,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<(), ImportProblem> {
    let skill = cells.text(Some(columns.skill));
    let level = scale.level(cells, columns.level)?;
    if skill.is_empty() {
        if level.is_some() || !cells.text(columns.importance).is_empty() {
            return Err(cells.problem(
                "this row gives a level or importance but no skill; fill \"Skill\" with a skill \
                 id or name",
            ));
        }
        return Ok(());
    }
    let Some(level) = level else {
        return Err(cells.problem(format!(
            "column \"Level\" is empty; give the level of \"{skill}\" that role \"{}\" requires \
             (levels {})",
            role.draft.id,
            scale.describe()
        )));
    };
    let importance = importance(cells, columns.importance)?;
    let id = refs.resolve(cells, skill, warnings);
    if let Some(first) = role.skills.get(&id) {
        warnings.push(cells.problem(format!(
            "role \"{}\" already requires \"{skill}\" on row {first}; this row is left out",
            role.draft.id
        )));
        return Ok(());
    }
    role.skills.insert(id.clone(), cells.row.line);
    role.draft.requirements.push(RequirementDraft {
        skill: id,
        level,
        importance,
    });
    Ok(())
}

/// essential / important / nice-to-have (any case, with spaces or dashes), a weight above 0
/// and at most 10, or "important" when empty.
fn importance(cells: &Cells<'_>, column: Option<usize>) -> Result<ImportanceDraft, ImportProblem> {
    let text = cells.text(column);
    match normal_header(text).as_str() {
        "" | "important" => return Ok(ImportanceDraft::IMPORTANT),
        "essential" => return Ok(ImportanceDraft::ESSENTIAL),
        "nicetohave" => return Ok(ImportanceDraft::NICE_TO_HAVE),
        _ => {}
    }
    match parse_number(text) {
        Ok(weight) if weight > 0.0 && weight <= 10.0 => Ok(ImportanceDraft::Weight(weight)),
        _ => Err(cells.problem(format!(
            "column \"{}\": \"{text}\" is not an importance; write essential, important or \
             nice-to-have, or a weight above 0 and at most 10",
            cells.header(column.unwrap_or_default())
        ))),
    }
}
