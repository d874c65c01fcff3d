//! Turning the skill and role references in entries into indexes, with every guess reported.

use super::checks::At;
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::{Role, RoleIdx, Skill, SkillIdx};
use crate::feed::name_index::NameIndex;
use crate::feed::resolve::{Resolution, SkillResolver, SUGGEST_THRESHOLD};
use crate::i18n::isolate;
use std::cell::OnceCell;
use stdx::fast_map::FastMap;
use stdx::number::percent;
use stdx::text::normalise;

pub struct References<'a> {
    pub resolver: SkillResolver<'a>,
    pub skills: &'a [Skill],
}

impl References<'_> {
    /// `None` (reported as an error) when the reference matches no skill.
    pub fn skill(
        &self,
        reference: &str,
        field: impl FnOnce() -> String,
        at: &At,
        diags: &mut Diagnostics,
    ) -> Option<SkillIdx> {
        match self.resolver.resolve(reference) {
            Resolution::Id(idx) => Some(idx),
            Resolution::Name(idx) => {
                let skill = &self.skills[idx];
                at.report(
                    diags,
                    Severity::Info,
                    "resolved-by-name",
                    field(),
                    format!(
                        "\"{}\" was read as skill \"{}\" ({}); use the id to be exact",
                        isolate(reference, false),
                        isolate(&skill.id, false),
                        isolate(&skill.name, false)
                    ),
                );
                Some(idx)
            }
            Resolution::Fuzzy(idx, score) => {
                let skill = &self.skills[idx];
                at.report(
                    diags,
                    Severity::Warning,
                    "resolved-fuzzy",
                    field(),
                    format!(
                        "\"{}\" is not a skill id, name or alias; it was matched to \"{}\" ({}) at {}% similarity. Please correct the source",
                        isolate(reference, false),
                        isolate(&skill.id, false),
                        isolate(&skill.name, false),
                        percent(score)
                    ),
                );
                Some(idx)
            }
            Resolution::Unknown(suggestion) => {
                let hint = suggestion.map_or(String::new(), |idx| {
                    format!(
                        " Did you mean \"{}\" ({})?",
                        isolate(&self.skills[idx].id, false),
                        isolate(&self.skills[idx].name, false)
                    )
                });
                at.report(
                    diags,
                    Severity::Error,
                    "unknown-skill",
                    field(),
                    format!(
                        "unknown skill \"{}\"; it was skipped.{hint}",
                        isolate(reference, false)
                    ),
                );
                None
            }
        }
    }
}

/// Role references (`next_roles`) by id; an unknown one is reported with the closest role.
pub struct RoleReferences<'a> {
    pub ids: &'a FastMap<String, RoleIdx>,
    pub roles: &'a [Role],
    /// Built on the first unknown reference only.
    near: OnceCell<NameIndex<RoleIdx>>,
}

impl<'a> RoleReferences<'a> {
    pub fn new(ids: &'a FastMap<String, RoleIdx>, roles: &'a [Role]) -> Self {
        RoleReferences {
            ids,
            roles,
            near: OnceCell::new(),
        }
    }

    pub fn role(
        &self,
        reference: &str,
        field: impl FnOnce() -> String,
        at: &At,
        diags: &mut Diagnostics,
    ) -> Option<RoleIdx> {
        if let Some(&idx) = self.ids.get(reference.trim()) {
            return Some(idx);
        }
        let near =
            self.near.get_or_init(|| {
                NameIndex::new(self.roles.iter().enumerate().flat_map(|(idx, role)| {
                    [(normalise(&role.id), idx), (normalise(&role.name), idx)]
                }))
            });
        let roles = self.roles;
        let hint = near
            .best(&normalise(reference), 1.0, SUGGEST_THRESHOLD)
            .map_or(String::new(), |best| {
                format!(
                    " Did you mean \"{}\" ({})?",
                    isolate(&roles[best.idx].id, false),
                    isolate(&roles[best.idx].name, false)
                )
            });
        at.report(
            diags,
            Severity::Warning,
            "unknown-role",
            field(),
            format!(
                "unknown role \"{}\"; the link was ignored.{hint}",
                isolate(reference, false)
            ),
        );
        None
    }
}
