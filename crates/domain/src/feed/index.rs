//! Lookups built once per feed, so nothing on a keystroke or a render scans the whole feed.

use super::model::{Mentor, Resource, Role, RoleIdx, Skill, SkillIdx};
use stdx::fast_map::FastMap;
use stdx::text::normalise;

#[derive(Debug, Clone, Default)]
pub struct FeedIndex {
    pub skill_ids: FastMap<String, SkillIdx>,
    pub role_ids: FastMap<String, RoleIdx>,
    /// Normalised names and aliases of skills. An alias shared by two skills maps to the first.
    pub skill_names: FastMap<String, SkillIdx>,
    /// Roles that require each skill.
    pub roles_by_skill: Vec<Vec<RoleIdx>>,
    /// Resources that build each skill.
    pub resources_by_skill: Vec<Vec<usize>>,
    /// Mentors who offer each skill.
    pub mentors_by_skill: Vec<Vec<usize>>,
}

impl FeedIndex {
    pub fn skill_by_name(&self, name: &str) -> Option<SkillIdx> {
        self.skill_names.get(&normalise(name)).copied()
    }
}

impl FeedIndex {
    pub fn build(
        skill_ids: FastMap<String, SkillIdx>,
        skill_names: FastMap<String, SkillIdx>,
        skills: &[Skill],
        roles: &[Role],
        resources: &[Resource],
        mentors: &[Mentor],
    ) -> Self {
        let mut roles_by_skill = vec![Vec::new(); skills.len()];
        for (idx, role) in roles.iter().enumerate() {
            for requirement in &role.requirements {
                roles_by_skill[requirement.skill].push(idx);
            }
        }
        let mut resources_by_skill = vec![Vec::new(); skills.len()];
        for (idx, resource) in resources.iter().enumerate() {
            for range in &resource.skills {
                resources_by_skill[range.skill].push(idx);
            }
        }
        let mut mentors_by_skill = vec![Vec::new(); skills.len()];
        for (idx, mentor) in mentors.iter().enumerate() {
            for offered in &mentor.skills {
                mentors_by_skill[offered.skill].push(idx);
            }
        }
        FeedIndex {
            skill_ids,
            role_ids: roles
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.clone(), i))
                .collect(),
            skill_names,
            roles_by_skill,
            resources_by_skill,
            mentors_by_skill,
        }
    }
}
