//! Dated snapshots of the ratings, and growth over time.

use crate::feed::Feed;
use crate::gap::RoleGap;
use crate::profile::{Profile, Snapshot};
use crate::scale::Level;
use stdx::sorted_map::SortedMap;

fn current_levels(profile: &Profile) -> SortedMap<String, Level> {
    profile
        .skills
        .iter()
        .filter_map(|(id, e)| e.level.map(|l| (id.clone(), l)))
        .collect()
}

/// Records today's snapshot. Automatic snapshots (`on_demand == false`) are written only when
/// the ratings differ from the latest snapshot, so there is at most one a day; on demand always
/// writes. A day whose snapshot the user deleted gets no automatic one: deleting must stick.
/// Returns whether anything changed.
pub fn record_snapshot(profile: &mut Profile, today: &str, now: u64, on_demand: bool) -> bool {
    let levels = current_levels(profile);
    if levels.is_empty() && !on_demand {
        return false;
    }
    if !on_demand && profile.snapshots.get(today).is_some_and(|s| s.deleted) {
        return false;
    }
    let latest = profile.live_snapshots().last().map(|(_, s)| &s.levels);
    if !on_demand && latest == Some(&levels) {
        return false;
    }
    let snapshot = Snapshot {
        levels,
        target_role: profile.target_role.value.clone(),
        deleted: false,
        updated: now,
    };
    if profile.snapshots.get(today).is_some_and(|s| {
        !s.deleted && s.levels == snapshot.levels && s.target_role == snapshot.target_role
    }) {
        return false;
    }
    profile.snapshots.insert(today.to_owned(), snapshot);
    true
}

pub fn delete_snapshot(profile: &mut Profile, day: &str, now: u64) {
    if let Some(snapshot) = profile.snapshots.get_mut(day) {
        snapshot.deleted = true;
        snapshot.updated = now;
    }
}

/// Brings a deleted snapshot back as it was: the undo of [`delete_snapshot`].
pub fn restore_snapshot(profile: &mut Profile, day: &str, now: u64) {
    if let Some(snapshot) = profile.snapshots.get_mut(day) {
        snapshot.deleted = false;
        snapshot.updated = now;
    }
}

/// (day, fit) for the given role over the live snapshots, oldest first.
pub fn fit_history(profile: &Profile, feed: &Feed, role: usize) -> Vec<(String, Option<f64>)> {
    profile
        .live_snapshots()
        .map(|(day, s)| {
            (
                day.clone(),
                RoleGap::new(feed, &feed.roles[role], |id| s.levels.get(id).copied()).fit(),
            )
        })
        .collect()
}

/// Level of one skill in each live snapshot (None where it was unrated).
pub fn skill_history(profile: &Profile, skill_id: &str) -> Vec<(String, Option<Level>)> {
    profile
        .live_snapshots()
        .map(|(day, s)| (day.clone(), s.levels.get(skill_id).copied()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_deleted_today_is_not_written_again_automatically_and_undo_restores_it() {
        let mut p = Profile::default();
        p.rate("a", "", Some(1), 1);
        assert!(record_snapshot(&mut p, "2026-01-01", 2, false));
        delete_snapshot(&mut p, "2026-01-01", 3);
        p.rate("a", "", Some(2), 4);
        assert!(!record_snapshot(&mut p, "2026-01-01", 5, false));
        assert_eq!(p.live_snapshots().count(), 0);
        restore_snapshot(&mut p, "2026-01-01", 6);
        assert_eq!(p.snapshots["2026-01-01"].levels["a"], 1, "as it was");
        assert!(
            record_snapshot(&mut p, "2026-01-02", 7, false),
            "another day records again"
        );
    }

    #[test]
    fn automatic_snapshots_only_when_ratings_changed_and_once_a_day() {
        let mut p = Profile::default();
        assert!(
            !record_snapshot(&mut p, "2026-01-01", 1, false),
            "nothing rated yet"
        );
        p.rate("a", "", Some(1), 1);
        assert!(record_snapshot(&mut p, "2026-01-01", 2, false));
        assert!(
            !record_snapshot(&mut p, "2026-01-01", 3, false),
            "unchanged"
        );
        p.rate("a", "", Some(2), 4);
        assert!(
            record_snapshot(&mut p, "2026-01-01", 5, false),
            "same day: updated, still one"
        );
        assert_eq!(p.live_snapshots().count(), 1);
        assert!(
            !record_snapshot(&mut p, "2026-01-02", 6, false),
            "unchanged since yesterday"
        );
        p.rate("a", "", Some(3), 7);
        assert!(record_snapshot(&mut p, "2026-01-02", 8, false));
        assert_eq!(
            skill_history(&p, "a"),
            vec![
                ("2026-01-01".into(), Some(2)),
                ("2026-01-02".into(), Some(3))
            ]
        );
    }

    #[test]
    fn on_demand_and_deleting() {
        let mut p = Profile::default();
        p.rate("a", "", Some(1), 1);
        assert!(record_snapshot(&mut p, "2026-01-01", 2, true));
        delete_snapshot(&mut p, "2026-01-01", 3);
        assert_eq!(p.live_snapshots().count(), 0);
        assert!(
            record_snapshot(&mut p, "2026-01-01", 4, true),
            "a deleted day can be snapshotted again"
        );
    }

    #[test]
    fn fit_over_time_uses_each_snapshots_levels() {
        let text = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}],
            "roles": [{"id": "r", "name": "R", "requirements": [{"skill": "a", "level": 4}]}]}"#;
        let feed = crate::feed::load_feeds(&[crate::feed::FeedSource { label: "t", text }]).feed;
        let mut p = Profile::default();
        p.rate("a", "", Some(1), 1);
        record_snapshot(&mut p, "2026-01-01", 1, true);
        p.rate("a", "", Some(3), 2);
        record_snapshot(&mut p, "2026-02-01", 2, true);
        assert_eq!(
            fit_history(&p, &feed, 0),
            vec![
                ("2026-01-01".into(), Some(0.25)),
                ("2026-02-01".into(), Some(0.75))
            ]
        );
    }
}
