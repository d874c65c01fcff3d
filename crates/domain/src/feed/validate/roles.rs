//! Roles: requirements checked against the scale and resolved to skills; career paths linked last.

use super::career_paths;
use super::checks::{
    check_id, At, EntryPath, IdRegistry, MAX_DESCRIPTION_LEN, MAX_NAME_LEN, MAX_SHORT_LEN,
};
use super::local_text::{without_shown, TextChoice, Texts};
use super::references::{self, References};
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::{Importance, Requirement, Role};
use crate::feed::parse::ParsedSource;
use crate::feed::wire::{Text, WireImportance, WireRole};
use crate::i18n::isolate;
use crate::scale::{Level, Scale};
use stdx::fast_map::FastMap;
use stdx::number::short;

pub const MAX_WEIGHT: f64 = 10.0;

pub fn roles(
    sources: &[ParsedSource],
    scale: &Scale,
    refs: &References,
    choice: &TextChoice,
    diags: &mut Diagnostics,
) -> Vec<Role> {
    let mut registry = IdRegistry::default();
    let mut roles = Vec::new();
    let mut pending_paths: Vec<(usize, Vec<Text>, At)> = Vec::new();
    for source in sources {
        let texts = choice.of(source);
        for (i, raw) in source.roles.iter().enumerate() {
            let path = EntryPath::item("roles", i);
            let Some(mut wire) = source.decode::<WireRole>(raw, path, diags) else {
                continue;
            };
            let at = At {
                source: source.label,
                path,
                position: Some(source.spot(raw)),
            };
            let next = std::mem::take(&mut wire.next_roles);
            if let Some(role) = role(wire, scale, refs, &texts, &at, diags) {
                if registry.claim("role", &role.id, &at, diags) {
                    pending_paths.push((roles.len(), next, at));
                    roles.push(role);
                }
            }
        }
    }
    let ids: FastMap<String, usize> = roles
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    let references = references::RoleReferences::new(&ids, &roles);
    let mut links = Vec::new();
    // Entries are claimed in order, so `ats[idx]` is where role `idx` was defined.
    let mut ats = Vec::with_capacity(pending_paths.len());
    // `listed_by[t] == idx` once role `idx` links `t`: a repeat is dropped in constant time and
    // a field's path is written only for a note, so checking the links costs their number, not
    // its square (issue 32: 1,500 roles each leading to every other).
    let mut listed_by = vec![usize::MAX; roles.len()];
    for (idx, next, at) in pending_paths {
        let mut linked = Vec::new();
        for (j, reference) in next.iter().enumerate() {
            let field = || format!("next_roles[{j}]");
            if let Some(target) = references.role(reference, field, &at, diags) {
                if target == idx {
                    career_paths::note_self_reference(&at, &field(), diags);
                } else if std::mem::replace(&mut listed_by[target], idx) != idx {
                    linked.push(target);
                }
            }
        }
        links.push((idx, linked));
        ats.push(at);
    }
    for (idx, linked) in links {
        roles[idx].next_roles = linked;
    }
    career_paths::note_loops(&roles, &ats, diags);
    roles
}

fn role(
    wire: WireRole,
    scale: &Scale,
    refs: &References,
    texts: &Texts,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<Role> {
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
    without_shown(&mut other_names, &[&name]);
    let mut requirements: Vec<Requirement> = Vec::with_capacity(wire.requirements.len());
    for (j, requirement) in wire.requirements.iter().enumerate() {
        let field = || format!("requirements[{j}]");
        let Some(skill) = refs.skill(
            &requirement.skill,
            || format!("{}.skill", field()),
            at,
            diags,
        ) else {
            continue;
        };
        if !scale.contains(requirement.level) {
            at.report(
                diags,
                Severity::Error,
                "level-outside-scale",
                format!("{}.level", field()),
                format!(
                    "level {} is not on the scale ({}–{}); the requirement was skipped",
                    requirement.level,
                    scale.min(),
                    scale.max()
                ),
            );
            continue;
        }
        if requirements.iter().any(|r| r.skill == skill) {
            at.report(
                diags,
                Severity::Warning,
                "duplicate-requirement",
                field(),
                "this skill is already required by the role; the repeat was ignored".into(),
            );
            continue;
        }
        requirements.push(Requirement {
            skill,
            level: requirement.level as Level,
            importance: importance(
                &requirement.importance,
                || format!("{}.importance", field()),
                at,
                diags,
            ),
        });
    }
    if requirements.is_empty() {
        at.report(
            diags,
            Severity::Error,
            "no-requirements",
            "requirements",
            format!(
                "role \"{}\" has no usable requirements, so no gap can be shown; it was skipped",
                isolate(&id, false)
            ),
        );
        return None;
    }
    Some(Role {
        id,
        name,
        other_names,
        family: texts.optional(&wire.family, MAX_SHORT_LEN, "family", at, diags),
        seniority: texts.optional(&wire.seniority, MAX_SHORT_LEN, "seniority", at, diags),
        description: texts.optional(
            &wire.description,
            MAX_DESCRIPTION_LEN,
            "description",
            at,
            diags,
        ),
        requirements,
        next_roles: Vec::new(),
    })
}

pub fn importance(
    wire: &WireImportance,
    field: impl FnOnce() -> String,
    at: &At,
    diags: &mut Diagnostics,
) -> Importance {
    match wire {
        WireImportance::Named(name) => match named_importance(name) {
            Some(importance) => importance,
            None => {
                at.report(
                    diags,
                    Severity::Warning,
                    "unknown-importance",
                    field(),
                    format!("\"{}\" is not an importance; use essential, important, nice-to-have or a number. Read as important", isolate(name, false)),
                );
                Importance::Important
            }
        },
        WireImportance::Weight(weight)
            if weight.is_finite() && *weight > 0.0 && *weight <= MAX_WEIGHT =>
        {
            Importance::Weight(*weight)
        }
        WireImportance::Weight(weight) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-weight",
                field(),
                format!(
                    "weight {} must be above 0 and at most {}; read as important",
                    short(*weight),
                    short(MAX_WEIGHT)
                ),
            );
            Importance::Important
        }
    }
}

fn named_importance(name: &str) -> Option<Importance> {
    let parse = |name: &str| match name {
        "essential" | "critical" | "required" => Some(Importance::Essential),
        "important" => Some(Importance::Important),
        "nice-to-have" | "optional" | "nice" => Some(Importance::NiceToHave),
        _ => None,
    };
    parse(name).or_else(|| parse(&name.trim().to_ascii_lowercase().replace(['_', ' '], "-")))
}
