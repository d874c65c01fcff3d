//! What changed in the target role's requirements since the user's last visit.

use crate::domain::feed::{Feed, RoleIdx};
use crate::domain::profile::SeenRequirements;

pub fn seen_requirements(feed: &Feed, role: RoleIdx) -> SeenRequirements {
    let role = &feed.roles[role];
    SeenRequirements {
        role: role.id.clone(),
        requirements: role
            .requirements
            .iter()
            .map(|r| {
                (
                    feed.skills[r.skill].id.clone(),
                    (r.level, r.importance.label()),
                )
            })
            .collect(),
    }
}

/// Sentences describing the changes, empty when nothing changed or the role differs.
pub fn describe_changes(
    before: &SeenRequirements,
    now: &SeenRequirements,
    feed: &Feed,
) -> Vec<String> {
    if before.role != now.role {
        return Vec::new();
    }
    let name = |id: &str| {
        feed.skill_by_id(id)
            .map_or(id.to_owned(), |idx| feed.skills[idx].name.clone())
    };
    let mut changes = Vec::new();
    for (id, (level, importance)) in &now.requirements {
        match before.requirements.get(id) {
            None => changes.push(format!(
                "{} was added (level {level}, {importance})",
                name(id)
            )),
            Some((old_level, _)) if old_level != level => changes.push(format!(
                "{} now needs level {level} (was {old_level})",
                name(id)
            )),
            Some((_, old_importance)) if old_importance != importance => changes.push(format!(
                "{} is now {importance} (was {old_importance})",
                name(id)
            )),
            Some(_) => {}
        }
    }
    for id in before
        .requirements
        .keys()
        .filter(|id| !now.requirements.contains_key(*id))
    {
        changes.push(format!("{} is no longer required", name(id)));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};

    fn feed(requirements: &str) -> Feed {
        let text = format!(
            r#"{{"format_version": 1, "skills": [{{"id": "a", "name": "Alpha"}}, {{"id": "b", "name": "Beta"}}, {{"id": "c", "name": "Gamma"}}],
               "roles": [{{"id": "r", "name": "R", "requirements": [{requirements}]}}]}}"#
        );
        load_feeds(&[FeedSource {
            label: "t",
            text: &text,
        }])
        .feed
    }

    #[test]
    fn lists_added_removed_and_changed_requirements() {
        let old = feed(
            r#"{"skill": "a", "level": 2}, {"skill": "b", "level": 3, "importance": "essential"}"#,
        );
        let new = feed(r#"{"skill": "a", "level": 4}, {"skill": "c", "level": 1}"#);
        let changes = describe_changes(
            &seen_requirements(&old, 0),
            &seen_requirements(&new, 0),
            &new,
        );
        assert_eq!(
            changes,
            [
                "Alpha now needs level 4 (was 2)",
                "Gamma was added (level 1, important)",
                "Beta is no longer required"
            ]
        );
        let same = describe_changes(
            &seen_requirements(&new, 0),
            &seen_requirements(&new, 0),
            &new,
        );
        assert!(same.is_empty());
    }

    #[test]
    fn importance_changes_are_reported() {
        let old = feed(r#"{"skill": "a", "level": 2}"#);
        let new = feed(r#"{"skill": "a", "level": 2, "importance": "essential"}"#);
        let changes = describe_changes(
            &seen_requirements(&old, 0),
            &seen_requirements(&new, 0),
            &new,
        );
        assert_eq!(changes, ["Alpha is now essential (was important)"]);
    }
}
