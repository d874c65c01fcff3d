//! Peer mentors: a safe contact link, skills they offer, and how many people they can take.

use super::checks::{
    check_id, clean_list, clean_text, required_text, At, EntryPath, IdRegistry, MAX_NAME_LEN,
    MAX_SHORT_LEN,
};
use super::local_text::{TextChoice, Texts};
use super::references::References;
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::{Mentor, MentorSkill};
use crate::feed::parse::ParsedSource;
use crate::feed::url_policy::{check_url, LinkUse};
use crate::feed::wire::WireMentor;
use crate::i18n::isolate;
use crate::scale::{Level, Scale};
use stdx::number::short;

/// Stated capacity when a feed gives none.
pub const DEFAULT_CAPACITY: u32 = 1;
pub const MAX_CAPACITY: i64 = 50;

pub fn mentors(
    sources: &[ParsedSource],
    scale: &Scale,
    refs: &References,
    choice: &TextChoice,
    diags: &mut Diagnostics,
) -> Vec<Mentor> {
    let mut registry = IdRegistry::default();
    let mut mentors = Vec::new();
    for source in sources {
        let texts = choice.of(source);
        for (i, raw) in source.mentors.iter().enumerate() {
            let path = EntryPath::item("mentors", i);
            let Some(wire) = source.decode::<WireMentor>(raw, path, diags) else {
                continue;
            };
            let at = At {
                source: source.label,
                path,
                position: Some(source.spot(raw)),
            };
            if let Some(mentor) = mentor(wire, scale, refs, &texts, &at, diags) {
                if registry.claim("mentor", &mentor.id, &at, diags) {
                    mentors.push(mentor);
                }
            }
        }
    }
    mentors
}

fn mentor(
    wire: WireMentor,
    scale: &Scale,
    refs: &References,
    texts: &Texts,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<Mentor> {
    let id = check_id(&wire.id, at, diags)?;
    let name = required_text(&wire.name, MAX_NAME_LEN, "name", at, diags)?;
    let contact = match check_url(&wire.contact, LinkUse::Contact) {
        Ok(url) => url,
        Err(problem) => {
            at.report(
                diags,
                Severity::Error,
                "unsafe-url",
                "contact",
                format!(
                    "{}; the mentor was skipped",
                    problem.message(LinkUse::Contact)
                ),
            );
            return None;
        }
    };
    let mut skills: Vec<MentorSkill> = Vec::new();
    for (j, offered) in wire.skills.iter().enumerate() {
        let field = || format!("skills[{j}]");
        let Some(skill) = refs.skill(&offered.skill, || format!("{}.skill", field()), at, diags)
        else {
            continue;
        };
        if !scale.contains(offered.level) {
            at.report(
                diags,
                Severity::Error,
                "level-outside-scale",
                format!("{}.level", field()),
                format!(
                    "level {} is not on the scale ({}–{}); the skill was skipped",
                    offered.level,
                    scale.min(),
                    scale.max()
                ),
            );
            continue;
        }
        if !skills.iter().any(|s| s.skill == skill) {
            skills.push(MentorSkill {
                skill,
                level: offered.level as Level,
            });
        }
    }
    if skills.is_empty() {
        at.report(
            diags,
            Severity::Error,
            "no-skills",
            "skills",
            format!(
                "mentor \"{}\" offers no known skill, so they can never be suggested; skipped",
                isolate(&id, false)
            ),
        );
        return None;
    }
    let capacity = match wire.capacity {
        None => DEFAULT_CAPACITY,
        Some(c) if (0..=MAX_CAPACITY).contains(&c) => c as u32,
        Some(c) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-capacity",
                "capacity",
                format!(
                    "capacity {c} must be from 0 to {MAX_CAPACITY}; read as {DEFAULT_CAPACITY}"
                ),
            );
            DEFAULT_CAPACITY
        }
    };
    let utc_offset = match wire.utc_offset {
        Some(h) if (-12.0..=14.0).contains(&h) => Some(h as f32),
        Some(h) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-utc-offset",
                "utc_offset",
                format!(
                    "{} hours is not a UTC offset (−12 to +14); it was ignored",
                    short(h)
                ),
            );
            None
        }
        None => None,
    };
    Some(Mentor {
        id,
        name,
        title: texts.optional(&wire.title, MAX_SHORT_LEN, "title", at, diags),
        team: texts.optional(&wire.team, MAX_SHORT_LEN, "team", at, diags),
        contact,
        skills,
        topics: texts.list(&wire.topics, MAX_SHORT_LEN, "topics", at, diags, None),
        capacity,
        languages: clean_list(&wire.languages, 35, "languages", at, diags)
            .into_iter()
            .map(|l| l.to_lowercase())
            .collect(),
        location: clean_text(&wire.location, MAX_SHORT_LEN, "location", at, diags),
        utc_offset,
    })
}
