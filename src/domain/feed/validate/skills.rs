//! Skills: ids, names, aliases, anchors; then the name and alias table used to resolve references.

use super::checks::{
    check_id, clean_list, clean_text, required_text, At, EntryPath, IdRegistry, MAX_ANCHOR_LEN,
    MAX_DESCRIPTION_LEN, MAX_NAME_LEN, MAX_SHORT_LEN,
};
use crate::domain::fast_map::{fast_map_with_capacity, FastMap};
use crate::domain::feed::diagnostics::{Diagnostics, Severity};
use crate::domain::feed::model::{Skill, SkillIdx};
use crate::domain::feed::parse::ParsedSource;
use crate::domain::feed::wire::WireSkill;
use crate::domain::scale::{Level, Scale};
use crate::domain::sorted_map::SortedMap;
use crate::domain::text::normalise;

pub fn skills(sources: &[ParsedSource], scale: &Scale, diags: &mut Diagnostics) -> Vec<Skill> {
    let mut registry = IdRegistry::default();
    let mut skills = Vec::new();
    for source in sources {
        for (i, raw) in source.skills.iter().enumerate() {
            let path = EntryPath::item("skills", i);
            let Some(wire) = source.decode::<WireSkill>(raw, path, diags) else {
                continue;
            };
            let at = At {
                source: source.label,
                path,
                position: Some(source.spot(raw)),
            };
            if let Some(skill) = skill(wire, scale, &at, diags) {
                if registry.claim("skill", &skill.id, &at, diags) {
                    skills.push(skill);
                }
            }
        }
    }
    skills
}

fn skill(wire: WireSkill, scale: &Scale, at: &At, diags: &mut Diagnostics) -> Option<Skill> {
    let id = check_id(&wire.id, at, diags)?;
    let name = required_text(&wire.name, MAX_NAME_LEN, "name", at, diags)?;
    let mut anchors = SortedMap::new();
    for (key, text) in &wire.anchors {
        let Ok(level) = key.trim().parse::<i64>() else {
            at.report(
                diags,
                Severity::Warning,
                "anchor-not-a-level",
                format_args!("anchors.{key}"),
                format!("\"{key}\" is not a level number; this anchor was ignored"),
            );
            continue;
        };
        if !scale.contains(level) {
            at.report(
                diags,
                Severity::Warning,
                "level-outside-scale",
                format_args!("anchors.{level}"),
                format!(
                    "level {level} is not on the scale ({}–{}); the anchor was ignored",
                    scale.min(),
                    scale.max()
                ),
            );
            continue;
        }
        let text = clean_text(
            text,
            MAX_ANCHOR_LEN,
            format_args!("anchors.{level}"),
            at,
            diags,
        );
        if !text.is_empty() {
            anchors.insert(level as Level, text);
        }
    }
    Some(Skill {
        id,
        name,
        aliases: clean_list(&wire.aliases, MAX_SHORT_LEN, "aliases", at, diags),
        category: clean_text(&wire.category, MAX_SHORT_LEN, "category", at, diags),
        description: clean_text(
            &wire.description,
            MAX_DESCRIPTION_LEN,
            "description",
            at,
            diags,
        ),
        anchors,
    })
}

/// Normalised ids, names and aliases → skill. The first skill to claim a name keeps it.
pub fn name_table(skills: &[Skill], diags: &mut Diagnostics) -> FastMap<String, SkillIdx> {
    let mut names: FastMap<String, SkillIdx> = fast_map_with_capacity(skills.len() * 3);
    for (idx, skill) in skills.iter().enumerate() {
        for key in [&skill.id, &skill.name] {
            names.entry(normalise(key)).or_insert(idx);
        }
    }
    for (idx, skill) in skills.iter().enumerate() {
        for alias in &skill.aliases {
            let key = normalise(alias);
            match names.get(&key) {
                Some(&owner) if owner != idx => diags.push(
                    Severity::Warning,
                    "ambiguous-alias",
                    "",
                    format!("skills[id={}].aliases", skill.id),
                    None,
                    format!("alias \"{alias}\" already names skill \"{}\"; references to it resolve there", skills[owner].id),
                ),
                Some(_) => {}
                None => {
                    names.insert(key, idx);
                }
            }
        }
    }
    names
}
