//! Keeping the user's ratings meaningful when the feed changes: skills whose id vanished are
//! re-linked through the feed's names and aliases, or listed as no longer in the framework.

use super::model::{Profile, SkillEntry};
use crate::feed::Feed;

#[derive(Debug, Clone, PartialEq)]
pub struct Relinked {
    pub from: String,
    pub to: String,
}

/// Moves entries whose skill id is gone but whose id or last-known name is now a name or alias
/// of a feed skill the user has not rated. Returns what moved.
pub fn relink(profile: &mut Profile, feed: &Feed, now: u64) -> Vec<Relinked> {
    let orphans: Vec<String> = profile
        .skills
        .iter()
        .filter(|(id, entry)| feed.skill_by_id(id).is_none() && entry.says_something())
        .map(|(id, _)| id.clone())
        .collect();
    let mut moved = Vec::new();
    for old in orphans {
        let Some(entry) = profile.skills.get(&old) else {
            continue;
        };
        let target = feed
            .index
            .skill_by_name(&old)
            .or_else(|| feed.index.skill_by_name(&entry.name));
        let Some(idx) = target else { continue };
        let new_id = feed.skills[idx].id.clone();
        if profile.skills.contains_key(&new_id) {
            continue;
        }
        let mut entry = entry.clone();
        entry.name = feed.skills[idx].name.clone();
        entry.touch_all(now);
        profile.skills.insert(new_id.clone(), entry);
        // The old entry stays as an empty, newer one: removing it would let another tab's copy
        // (or the stored profile, when merging before a save) bring the old rating back.
        let name = profile.skills[&old].name.clone();
        let mut cleared = SkillEntry {
            name,
            ..SkillEntry::default()
        };
        cleared.touch_all(now);
        profile.skills.insert(old.clone(), cleared);
        moved.push(Relinked {
            from: old,
            to: new_id,
        });
    }
    moved
}

/// Skills the user rated or annotated that the feed no longer has: (id, last known name).
pub fn missing_from_feed<'p>(profile: &'p Profile, feed: &Feed) -> Vec<(&'p str, &'p str)> {
    profile
        .skills
        .iter()
        .filter(|(id, e)| {
            feed.skill_by_id(id).is_none()
                && (e.level.is_some() || !e.note.is_empty() || e.interest.is_some())
        })
        .map(|(id, e)| (id.as_str(), e.name.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1, "skills": [
            {"id": "k8s-ops", "name": "Kubernetes operations", "aliases": ["kubernetes"]},
            {"id": "sql", "name": "SQL"}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    #[test]
    fn a_renamed_skill_keeps_its_rating_through_an_alias() {
        let mut profile = Profile::default();
        profile.rate("kubernetes", "Kubernetes", Some(3), 1);
        profile.set_note("kubernetes", "Kubernetes", "ran the cluster", 1);
        let moved = relink(&mut profile, &feed(), 9);
        assert_eq!(
            moved,
            vec![Relinked {
                from: "kubernetes".into(),
                to: "k8s-ops".into()
            }]
        );
        assert_eq!(profile.level("k8s-ops"), Some(3));
        assert_eq!(profile.skills["k8s-ops"].note, "ran the cluster");
        assert!(!profile.skills["kubernetes"].says_something());
        assert!(missing_from_feed(&profile, &feed()).is_empty());
    }

    /// Before, the old entry was removed, and the next save merged the stored copy back in:
    /// the old rating came back under "No longer in the framework" and in exports.
    #[test]
    fn a_renamed_skill_does_not_come_back_from_another_copy() {
        let mut stored = Profile::default();
        stored.rate("kubernetes", "Kubernetes", Some(3), 1);
        let mut profile = stored.clone();
        relink(&mut profile, &feed(), 9);
        let saved = crate::profile::merge::merge(&profile, &stored);
        assert!(missing_from_feed(&saved, &feed()).is_empty());
        assert_eq!(saved.level("k8s-ops"), Some(3));
        assert_eq!(saved.level("kubernetes"), None);
    }

    #[test]
    fn a_removed_skill_is_kept_and_listed() {
        let mut profile = Profile::default();
        profile.rate("cobol", "COBOL", Some(4), 1);
        profile.rate("sql", "SQL", Some(2), 1);
        assert!(relink(&mut profile, &feed(), 9).is_empty());
        assert_eq!(profile.level("cobol"), Some(4));
        assert_eq!(
            missing_from_feed(&profile, &feed()),
            vec![("cobol", "COBOL")]
        );
    }

    #[test]
    fn never_overwrites_an_existing_rating() {
        let mut profile = Profile::default();
        profile.rate("kubernetes", "Kubernetes", Some(3), 1);
        profile.rate("k8s-ops", "Kubernetes operations", Some(1), 2);
        assert!(relink(&mut profile, &feed(), 9).is_empty());
        assert_eq!(profile.level("k8s-ops"), Some(1));
        assert_eq!(profile.level("kubernetes"), Some(3));
    }
}
