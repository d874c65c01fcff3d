//! Learning resources: safe links, sane numbers, and the skill ranges they build.

use super::checks::{check_id, clean_text, At, EntryPath, IdRegistry, MAX_NAME_LEN, MAX_SHORT_LEN};
use super::local_text::{TextChoice, Texts};
use super::references::References;
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::kinds::KNOWN_KINDS;
use crate::feed::model::{Resource, SkillRange};
use crate::feed::parse::ParsedSource;
use crate::feed::url_policy::{check_url, LinkUse};
use crate::feed::wire::WireResource;
use crate::i18n::isolate;
use crate::scale::{Level, Scale};
use stdx::number::short;

pub fn resources(
    sources: &[ParsedSource],
    scale: &Scale,
    refs: &References,
    choice: &TextChoice,
    diags: &mut Diagnostics,
) -> Vec<Resource> {
    let mut registry = IdRegistry::default();
    let mut resources = Vec::new();
    for source in sources {
        let texts = choice.of(source);
        for (i, raw) in source.resources.iter().enumerate() {
            let path = EntryPath::item("resources", i);
            let Some(wire) = source.decode::<WireResource>(raw, path, diags) else {
                continue;
            };
            let at = At {
                source: source.label,
                path,
                position: Some(source.spot(raw)),
            };
            if let Some(resource) = resource(wire, scale, refs, &texts, &at, diags) {
                if registry.claim("resource", &resource.id, &at, diags) {
                    resources.push(resource);
                }
            }
        }
    }
    resources
}

fn resource(
    wire: WireResource,
    scale: &Scale,
    refs: &References,
    texts: &Texts,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<Resource> {
    let id = check_id(&wire.id, at, diags)?;
    let title = texts.required(&wire.title, MAX_NAME_LEN, "title", at, diags)?;
    let url = match check_url(&wire.url, LinkUse::Resource) {
        Ok(url) => url,
        Err(problem) => {
            at.report(
                diags,
                Severity::Error,
                "unsafe-url",
                "url",
                format!(
                    "{}; the resource was skipped",
                    problem.message(LinkUse::Resource)
                ),
            );
            return None;
        }
    };
    let kind = wire.kind.trim().to_lowercase().replace([' ', '_'], "-");
    if !kind.is_empty() && !KNOWN_KINDS.contains(&kind.as_str()) {
        at.report(
            diags,
            Severity::Info,
            "unknown-kind",
            "kind",
            format!(
                "kind \"{}\" is not one of {}; it is shown as written",
                isolate(&kind, false),
                KNOWN_KINDS.join(", ")
            ),
        );
    }
    let skills = skill_ranges(&wire, scale, refs, at, diags);
    if skills.is_empty() {
        at.report(diags, Severity::Error, "no-skills", "skills", format!("resource \"{}\" builds no known skill, so it can never be suggested; it was skipped", isolate(&id, false)));
        return None;
    }
    Some(Resource {
        id,
        title,
        url,
        kind: clean_text(&kind, MAX_SHORT_LEN, "kind", at, diags),
        provider: texts.optional(&wire.provider, MAX_SHORT_LEN, "provider", at, diags),
        duration_minutes: non_negative(wire.duration_minutes, "duration_minutes", at, diags)
            .map(|m| m.round() as u32),
        cost: non_negative(wire.cost, "cost", at, diags),
        currency: clean_text(&wire.currency, 10, "currency", at, diags),
        language: clean_text(&wire.language, 35, "language", at, diags).to_lowercase(),
        skills,
    })
}

fn skill_ranges(
    wire: &WireResource,
    scale: &Scale,
    refs: &References,
    at: &At,
    diags: &mut Diagnostics,
) -> Vec<SkillRange> {
    let mut ranges: Vec<SkillRange> = Vec::new();
    for (j, range) in wire.skills.iter().enumerate() {
        let field = || format!("skills[{j}]");
        let Some(skill) = refs.skill(&range.skill, || format!("{}.skill", field()), at, diags)
        else {
            continue;
        };
        let from = range.from.unwrap_or(i64::from(scale.min()));
        if !scale.contains(from) || !scale.contains(range.to) {
            at.report(
                diags,
                Severity::Error,
                "level-outside-scale",
                field(),
                format!(
                    "levels {from} → {} must both be on the scale ({}–{}); the skill was skipped",
                    range.to,
                    scale.min(),
                    scale.max()
                ),
            );
            continue;
        }
        if from >= range.to {
            at.report(
                diags,
                Severity::Error,
                "empty-range",
                field(),
                format!(
                    "\"from\" ({from}) must be below \"to\" ({}); the skill was skipped",
                    range.to
                ),
            );
            continue;
        }
        if ranges.iter().any(|r| r.skill == skill) {
            at.report(
                diags,
                Severity::Warning,
                "duplicate-skill",
                field(),
                "this skill is listed twice; the repeat was ignored".into(),
            );
            continue;
        }
        ranges.push(SkillRange {
            skill,
            from: from as Level,
            to: range.to as Level,
        });
    }
    ranges
}

pub fn non_negative(
    value: Option<f64>,
    field: &str,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<f64> {
    match value {
        Some(v) if v.is_finite() && v >= 0.0 => Some(v),
        Some(v) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-number",
                field,
                format!("{} must be zero or more; it was ignored", short(v)),
            );
            None
        }
        None => None,
    }
}
