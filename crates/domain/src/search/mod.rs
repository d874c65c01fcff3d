//! Fuzzy search over skills and roles: typos, prefixes, aliases and partial words, and the
//! names and aliases in every language of a translated feed.
//! The index is built once per feed; a query finds its exact, prefix and substring matches with
//! one substring search, and screens keys by length and letters before any edit distance.

mod fuzzy_index;

pub use fuzzy_index::{Field, FuzzyIndex, Hit, MatchKind};

use crate::feed::{Feed, RoleIdx, SkillIdx};

pub fn skill_index(feed: &Feed) -> FuzzyIndex<SkillIdx> {
    let mut index = FuzzyIndex::default();
    for (idx, skill) in feed.skills.iter().enumerate() {
        index.add(idx, &skill.name, Field::Name);
        for alias in &skill.aliases {
            index.add(idx, alias, Field::Alias);
        }
        // The feed's other languages: found, ranked as aliases (they are not what is shown).
        for other in skill.other_names.iter().chain(&skill.other_aliases) {
            index.add(idx, other, Field::Alias);
        }
        index.add_description(idx, &skill.description);
    }
    index.finish(|idx| feed.skills[*idx].name.to_lowercase())
}

pub fn role_index(feed: &Feed) -> FuzzyIndex<RoleIdx> {
    let mut index = FuzzyIndex::default();
    for (idx, role) in feed.roles.iter().enumerate() {
        index.add(idx, &role.name, Field::Name);
        for other in &role.other_names {
            index.add(idx, other, Field::Alias);
        }
        if !role.family.is_empty() {
            index.add(idx, &role.family, Field::Alias);
        }
        index.add_description(idx, &role.description);
    }
    index.finish(|idx| feed.roles[*idx].name.to_lowercase())
}
