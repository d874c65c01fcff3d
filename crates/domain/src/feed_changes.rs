//! What changed in the target role's requirements since the user's last visit.

use crate::feed::{Feed, RoleIdx};
use crate::i18n::k;
use crate::i18n::Translator;
use crate::profile::SeenRequirements;
use crate::scale::Level;

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

/// One change to a requirement of the target role; `skill` is the skill's name.
#[derive(Debug, Clone, PartialEq)]
pub enum RequirementChange {
    Added {
        skill: String,
        level: Level,
        importance: String,
    },
    Level {
        skill: String,
        level: Level,
        was: Level,
    },
    Importance {
        skill: String,
        importance: String,
        was: String,
    },
    Removed {
        skill: String,
    },
}

impl RequirementChange {
    /// The change as a sentence for the person.
    pub fn sentence(&self, tr: &Translator) -> String {
        match self {
            RequirementChange::Added {
                skill,
                level,
                importance,
            } => tr.tf(
                k::FEED_CHANGE_ADDED,
                &[
                    ("skill", skill),
                    ("level", &tr.integer(i64::from(*level))),
                    ("importance", &importance_text(importance, tr)),
                ],
            ),
            RequirementChange::Level { skill, level, was } => tr.tf(
                k::FEED_CHANGE_LEVEL,
                &[
                    ("skill", skill),
                    ("level", &tr.integer(i64::from(*level))),
                    ("was", &tr.integer(i64::from(*was))),
                ],
            ),
            RequirementChange::Importance {
                skill,
                importance,
                was,
            } => tr.tf(
                k::FEED_CHANGE_IMPORTANCE,
                &[
                    ("skill", skill),
                    ("importance", &importance_text(importance, tr)),
                    ("was", &importance_text(was, tr)),
                ],
            ),
            RequirementChange::Removed { skill } => {
                tr.tf(k::FEED_CHANGE_REMOVED, &[("skill", skill)])
            }
        }
    }
}

/// An importance as stored with the seen requirements (`Importance::label`), in words.
fn importance_text(stored: &str, tr: &Translator) -> String {
    match stored {
        "essential" => tr.t(k::FEED_IMPORTANCE_ESSENTIAL).to_owned(),
        "important" => tr.t(k::FEED_IMPORTANCE_IMPORTANT).to_owned(),
        "nice to have" => tr.t(k::FEED_IMPORTANCE_NICE_TO_HAVE).to_owned(),
        other => match other
            .strip_prefix("weight ")
            // serde_json's number parser is in the module already; `str::parse::<f64>` would
            // add the standard library's (~5 KB).
            .and_then(|w| serde_json::from_str::<f64>(w).ok())
        {
            Some(weight) => tr.tf(
                k::FEED_IMPORTANCE_WEIGHT,
                &[("weight", &tr.number(weight, 2))],
            ),
            None => other.to_owned(),
        },
    }
}

/// The changes, empty when nothing changed or the role differs.
pub fn describe_changes(
    before: &SeenRequirements,
    now: &SeenRequirements,
    feed: &Feed,
) -> Vec<RequirementChange> {
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
            None => changes.push(RequirementChange::Added {
                skill: name(id),
                level: *level,
                importance: importance.clone(),
            }),
            Some((old_level, _)) if old_level != level => changes.push(RequirementChange::Level {
                skill: name(id),
                level: *level,
                was: *old_level,
            }),
            Some((_, old_importance)) if old_importance != importance => {
                changes.push(RequirementChange::Importance {
                    skill: name(id),
                    importance: importance.clone(),
                    was: old_importance.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for id in before
        .requirements
        .keys()
        .filter(|id| !now.requirements.contains_key(*id))
    {
        changes.push(RequirementChange::Removed { skill: name(id) });
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};

    fn sentences(changes: Vec<RequirementChange>) -> Vec<String> {
        let en = Translator::english();
        changes.iter().map(|c| c.sentence(&en)).collect()
    }

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
            sentences(changes),
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
        assert_eq!(
            sentences(changes),
            ["Alpha is now essential (was important)"]
        );
    }
}
