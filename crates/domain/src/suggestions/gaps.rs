use crate::feed::{Feed, SkillIdx};
use crate::gap::RoleGap;
use crate::priorities::priorities;
use crate::profile::Profile;
use crate::scale::Level;

/// A gap the user could work on, as suggestions see it.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityGap {
    pub skill: SkillIdx,
    pub current: Level,
    pub required: Level,
    pub priority: f64,
}

/// The target role's rated gaps in priority order.
pub fn priority_gaps(feed: &Feed, profile: &Profile) -> Vec<PriorityGap> {
    let Some(role) = profile
        .target_role
        .value
        .as_deref()
        .and_then(|id| feed.role_by_id(id))
    else {
        return Vec::new();
    };
    let gap = RoleGap::new(feed, &feed.roles[role], |id| profile.level(id));
    priorities(&gap, feed, profile)
        .into_iter()
        .map(|p| PriorityGap {
            skill: p.line.skill,
            current: p.line.current.unwrap_or(0),
            required: p.line.required,
            priority: p.score,
        })
        .collect()
}
