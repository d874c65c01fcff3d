//! Skills: ids, names, aliases, anchors; then the name and alias table used to resolve references.

use super::checks::{
    check_id, At, EntryPath, IdRegistry, MAX_ANCHOR_LEN, MAX_DESCRIPTION_LEN, MAX_NAME_LEN,
    MAX_SHORT_LEN,
};
use super::local_text::{without_shown, TextChoice, Texts};
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::{Skill, SkillIdx};
use crate::feed::parse::ParsedSource;
use crate::feed::wire::WireSkill;
use crate::i18n::isolate;
use crate::scale::{Level, Scale};
use stdx::fast_map::{fast_map_with_capacity, FastMap};
use stdx::sorted_map::SortedMap;
use stdx::text::normalise;

pub fn skills(
    sources: &[ParsedSource],
    scale: &Scale,
    choice: &TextChoice,
    diags: &mut Diagnostics,
) -> Vec<Skill> {
    let mut registry = IdRegistry::default();
    let mut skills = Vec::new();
    for source in sources {
        let texts = choice.of(source);
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
            if let Some(skill) = skill(wire, scale, &texts, &at, diags) {
                if registry.claim("skill", &skill.id, &at, diags) {
                    skills.push(skill);
                }
            }
        }
    }
    skills
}

fn skill(
    wire: WireSkill,
    scale: &Scale,
    texts: &Texts,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<Skill> {
    let id = check_id(&wire.id, at, diags)?;
    let mut other_names = Vec::new();
    let name = texts.name(
        &wire.name,
        MAX_NAME_LEN,
        "name",
        at,
        diags,
        &mut other_names,
    )?;
    let mut anchors = SortedMap::new();
    for (key, text) in &wire.anchors {
        let Ok(level) = key.trim().parse::<i64>() else {
            at.report(
                diags,
                Severity::Warning,
                "anchor-not-a-level",
                format_args!("anchors.{key}"),
                format!(
                    "\"{}\" is not a level number; this anchor was ignored",
                    isolate(key, false)
                ),
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
        let text = texts.optional(
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
    let mut other_aliases = Vec::new();
    let aliases = texts.list(
        &wire.aliases,
        MAX_SHORT_LEN,
        "aliases",
        at,
        diags,
        Some(&mut other_aliases),
    );
    if !other_names.is_empty() || !other_aliases.is_empty() {
        let mut shown: Vec<&str> = vec![&name];
        shown.extend(aliases.iter().map(String::as_str));
        without_shown(&mut other_names, &shown);
        shown.extend(other_names.iter().map(String::as_str));
        without_shown(&mut other_aliases, &shown);
    }
    Some(Skill {
        id,
        category: texts.optional(&wire.category, MAX_SHORT_LEN, "category", at, diags),
        description: texts.optional(
            &wire.description,
            MAX_DESCRIPTION_LEN,
            "description",
            at,
            diags,
        ),
        name,
        aliases,
        other_names,
        other_aliases,
        anchors,
    })
}

/// Normalised ids, names and aliases → skill, in every language of the feed. The first skill
/// to claim a name keeps it.
pub fn name_table(skills: &[Skill], diags: &mut Diagnostics) -> FastMap<String, SkillIdx> {
    let mut names: FastMap<String, SkillIdx> = fast_map_with_capacity(skills.len() * 3);
    for (idx, skill) in skills.iter().enumerate() {
        for key in [&skill.id, &skill.name]
            .into_iter()
            .chain(&skill.other_names)
        {
            names.entry(normalise(key)).or_insert(idx);
        }
    }
    for (idx, skill) in skills.iter().enumerate() {
        for alias in skill.aliases.iter().chain(&skill.other_aliases) {
            let key = normalise(alias);
            match names.get(&key) {
                Some(&owner) if owner != idx => diags.push(
                    Severity::Warning,
                    "ambiguous-alias",
                    "",
                    format!("skills[id={}].aliases", skill.id),
                    None,
                    format!(
                        "alias \"{}\" already names skill \"{}\"; references to it resolve there",
                        isolate(alias, false),
                        isolate(&skills[owner].id, false)
                    ),
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
