//! The checked feed: its entries ([`super::model`]) and the lookups built over them
//! ([`super::index`]), as validation leaves them.

use super::index::FeedIndex;
use super::kinds::KNOWN_KINDS;
use super::model::{Framework, Mentor, Resource, Role, RoleIdx, Skill, SkillIdx};
use crate::scale::Scale;
use stdx::sorting::sort_by;

#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub format_version: u32,
    pub framework: Framework,
    pub scale: Scale,
    pub skills: Vec<Skill>,
    pub roles: Vec<Role>,
    pub resources: Vec<Resource>,
    pub mentors: Vec<Mentor>,
    pub index: FeedIndex,
}

impl Feed {
    pub fn skill_by_id(&self, id: &str) -> Option<SkillIdx> {
        self.index.skill_ids.get(id).copied()
    }

    pub fn role_by_id(&self, id: &str) -> Option<RoleIdx> {
        self.index.role_ids.get(id).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.roles.is_empty()
    }

    /// The resource kinds in use, each once: the known kinds in their usual order, then the
    /// feed's own kinds alphabetically.
    pub fn resource_kinds(&self) -> Vec<&str> {
        let rank = |kind: &str| {
            KNOWN_KINDS
                .iter()
                .position(|known| *known == kind)
                .unwrap_or(usize::MAX)
        };
        let mut kinds: Vec<&str> = self
            .resources
            .iter()
            .map(|r| r.kind.as_str())
            .filter(|k| !k.is_empty())
            .collect();
        sort_by(&mut kinds, |a, b| {
            rank(a).cmp(&rank(b)).then_with(|| a.cmp(b))
        });
        kinds.dedup();
        kinds
    }

    /// Families in first-seen order, for grouping role pickers.
    pub fn role_families(&self) -> Vec<&str> {
        let mut families: Vec<&str> = Vec::new();
        for role in &self.roles {
            if !families.contains(&role.family.as_str()) {
                families.push(&role.family);
            }
        }
        families
    }
}

#[cfg(test)]
mod tests {
    use crate::feed::{load_feeds, FeedSource};

    #[test]
    fn resource_kinds_are_listed_once_known_ones_first() {
        let resource = |id: &str, kind: &str| {
            format!(
                r#"{{"id": "{id}", "title": "T {id}", "url": "https://example.org/{id}", "kind": "{kind}", "skills": [{{"skill": "a", "from": 0, "to": 2}}]}}"#
            )
        };
        let resources = [
            ("1", "zine"),
            ("2", "video"),
            ("3", "atlas"),
            ("4", "zine"),
            ("5", "course"),
            ("6", "atlas"),
        ]
        .map(|(id, kind)| resource(id, kind))
        .join(",");
        let text = format!(
            r#"{{"format_version": 1, "skills": [{{"id": "a", "name": "A"}}], "resources": [{resources}]}}"#
        );
        let load = load_feeds(&[FeedSource {
            label: "t",
            text: &text,
        }]);
        let feed = load.feed;
        assert_eq!(feed.resources.len(), 6, "{:?}", load.diagnostics);
        let known: Vec<&str> = crate::feed::kinds::KNOWN_KINDS
            .iter()
            .copied()
            .filter(|k| ["video", "course"].contains(k))
            .collect();
        let mut expected = known;
        expected.extend(["atlas", "zine"]);
        assert_eq!(feed.resource_kinds(), expected);
    }
}
