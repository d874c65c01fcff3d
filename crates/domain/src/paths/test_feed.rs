//! Small feeds with career paths for the tests of this module.

use crate::feed::{load_feeds, Feed, FeedSource, RoleIdx};

/// Roles `id` leading to `next`, each needing skills `s0…s3` at levels that grow with the
/// role's place in the list, plus its own skill `own-<id>` (essential, level 2).
pub fn feed_with_paths(spec: &[(&str, &[&str])]) -> Feed {
    let owned: Vec<(String, Vec<String>)> = spec
        .iter()
        .map(|(id, next)| {
            (
                (*id).to_owned(),
                next.iter().map(|n| (*n).to_owned()).collect(),
            )
        })
        .collect();
    feed_with_owned_paths(&owned)
}

pub fn feed_with_owned_paths(spec: &[(String, Vec<String>)]) -> Feed {
    let mut skills: Vec<serde_json::Value> = (0..4)
        .map(|i| serde_json::json!({"id": format!("s{i}"), "name": format!("Skill {i}")}))
        .collect();
    let roles: Vec<serde_json::Value> = spec
        .iter()
        .enumerate()
        .map(|(i, (id, next))| {
            skills
                .push(serde_json::json!({"id": format!("own-{id}"), "name": format!("Own {id}")}));
            let level = 1 + (i % 5);
            serde_json::json!({
                "id": id,
                "name": format!("Role {id}"),
                "family": format!("Family {}", i % 2),
                "seniority": format!("Level {level}"),
                "requirements": [
                    {"skill": "s0", "level": level, "importance": "essential"},
                    {"skill": "s1", "level": level, "importance": "important"},
                    {"skill": format!("own-{id}"), "level": 2, "importance": "essential"}
                ],
                "next_roles": next
            })
        })
        .collect();
    let text = serde_json::json!({
        "format_version": 1,
        "skills": skills,
        "roles": roles
    })
    .to_string();
    load_feeds(&[FeedSource {
        label: "t",
        text: &text,
    }])
    .feed
}

pub fn idx(feed: &Feed, id: &str) -> RoleIdx {
    feed.role_by_id(id)
        .unwrap_or_else(|| panic!("no role {id}"))
}
