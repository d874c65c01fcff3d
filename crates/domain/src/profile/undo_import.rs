//! Undoing an import (replace or merge) after the fact: everything goes back to how it was
//! before the import, except what was changed after it, in this tab or another, which stays.
//! Undo never overwrites a later change.

use super::export::replace_document;
use super::model::{Flags, Profile, Stamped};

fn keep_later_flags(restored: &mut Flags, current: &Flags, after: u64, now: u64) {
    for (id, flag) in current.iter() {
        if flag.updated > after {
            restored.insert(id.clone(), Stamped::new(flag.value, now));
        }
    }
}

fn keep_later<T: Clone>(restored: &mut Stamped<T>, current: &Stamped<T>, after: u64, now: u64) {
    if current.updated > after {
        *restored = Stamped::new(current.value.clone(), now);
    }
}

/// The profile as it was in `before`, with every change made after `imported_at` kept; all of
/// it stamped `now`, so that it wins over the imported data wherever that was saved.
pub fn undo_import(current: &Profile, before: &Profile, imported_at: u64, now: u64) -> Profile {
    let mut restored = replace_document(current, before.clone(), now);
    restored.local_id = current.local_id.clone();
    for (id, entry) in current.skills.iter() {
        if entry.updated > imported_at {
            let mut kept = entry.clone();
            kept.touch_all(now);
            restored.skills.insert(id.clone(), kept);
        }
    }
    for (id, goal) in current.plan.iter() {
        let later =
            goal.updated > imported_at || goal.actions.values().any(|a| a.updated > imported_at);
        if later {
            let mut kept = goal.clone();
            kept.updated = now;
            for action in kept.actions.values_mut() {
                action.updated = now;
            }
            restored.plan.insert(id.clone(), kept);
        }
    }
    for (day, snapshot) in current.snapshots.iter() {
        if snapshot.updated > imported_at {
            let mut kept = snapshot.clone();
            kept.updated = now;
            restored.snapshots.insert(day.clone(), kept);
        }
    }
    for (id, request) in current.feedback_requests.iter() {
        if request.updated > imported_at {
            let mut kept = request.clone();
            kept.updated = now;
            restored.feedback_requests.insert(id.clone(), kept);
        }
    }
    for (id, feedback) in current.feedback.iter() {
        if feedback.updated > imported_at {
            let mut kept = feedback.clone();
            kept.updated = now;
            restored.feedback.insert(id.clone(), kept);
        }
    }
    keep_later_flags(
        &mut restored.shortlist,
        &current.shortlist,
        imported_at,
        now,
    );
    keep_later_flags(
        &mut restored.dismissed,
        &current.dismissed,
        imported_at,
        now,
    );
    keep_later_flags(
        &mut restored.hidden_mentors,
        &current.hidden_mentors,
        imported_at,
        now,
    );
    keep_later_flags(
        &mut restored.favourite_mentors,
        &current.favourite_mentors,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.current_role,
        &current.current_role,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.target_role,
        &current.target_role,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.preferences,
        &current.preferences,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.self_mentor,
        &current.self_mentor,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.seen_requirements,
        &current.seen_requirements,
        imported_at,
        now,
    );
    keep_later(
        &mut restored.display_name,
        &current.display_name,
        imported_at,
        now,
    );
    restored
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{add_action, new_goal};
    use crate::profile::export::replace_document;
    use crate::profile::merge::merge;

    fn mine() -> Profile {
        let mut p = Profile {
            local_id: "me".into(),
            ..Profile::default()
        };
        p.rate("sql", "SQL", Some(2), 10);
        p.set_note("sql", "SQL", "my note", 10);
        p.set_target_role(Some("analyst".into()), 10);
        let goal = new_goal(&mut p, "Mine", None, None, 10);
        add_action(&mut p, &goal, "step", 10);
        p
    }

    /// A file as the import takes it: with this browser's local id.
    fn theirs() -> Profile {
        let mut p = Profile {
            local_id: "me".into(),
            ..Profile::default()
        };
        p.rate("sql", "SQL", Some(5), 5);
        p.rate("go", "Go", Some(4), 5);
        p.set_target_role(Some("lead".into()), 5);
        p
    }

    #[test]
    fn undoing_a_replace_brings_back_exactly_what_was_there() {
        let before = mine();
        let imported = replace_document(&before, theirs(), 100);
        assert_eq!(imported.live_goals().count(), 0);
        let undone = undo_import(&imported, &before, 100, 200);
        // Saving merges with the stored copy (the imported one): the undo must win it.
        let saved = merge(&undone, &imported);
        assert_eq!(saved.level("sql"), Some(2));
        assert_eq!(saved.skills["sql"].note, "my note");
        assert_eq!(saved.level("go"), None);
        assert_eq!(saved.target_role.value.as_deref(), Some("analyst"));
        let goals: Vec<_> = saved.live_goals().collect();
        assert_eq!(goals.len(), 1);
        assert_eq!(goals[0].1.live_actions().count(), 1);
        assert_eq!(saved.local_id, "me");
    }

    #[test]
    fn undoing_an_import_restores_feedback_and_keeps_feedback_received_after_it() {
        use crate::feedback::test_support::{feed, names, request, response};
        use crate::feedback::{delete_feedback, receive, record_request, FeedbackRequest};
        let feed = feed();
        let mut before = mine();
        record_request(&mut before, &request(), 10);
        receive(
            &mut before,
            &response("f-1", "Bo", &[("sql", Some(4))]),
            &feed.scale,
            names(&feed),
            10,
        )
        .unwrap();
        // The file has no feedback: replacing deletes it.
        let mut imported = replace_document(&before, theirs(), 100);
        assert_eq!(imported.live_feedback().count(), 0);
        // After the import: a new request, and an answer to it.
        let later = FeedbackRequest {
            id: "r-later".into(),
            ..request()
        };
        record_request(&mut imported, &later, 150);
        let mut answer = response("f-2", "Cy", &[("sql", Some(1))]);
        answer.request_id = "r-later".into();
        receive(&mut imported, &answer, &feed.scale, names(&feed), 160).unwrap();
        let saved = merge(&undo_import(&imported, &before, 100, 200), &imported);
        let live: Vec<&String> = saved.live_feedback().map(|(id, _)| id).collect();
        assert_eq!(live, ["f-1", "f-2"]);
        let live: Vec<&String> = saved.live_feedback_requests().map(|(id, _)| id).collect();
        assert_eq!(live, ["r-7f3a9c", "r-later"]);
        // A deletion after the import is a later change too: it stays deleted.
        let mut deleted_after = replace_document(&before, before.clone(), 100);
        delete_feedback(&mut deleted_after, "f-1", 150);
        let saved = merge(
            &undo_import(&deleted_after, &before, 100, 200),
            &deleted_after,
        );
        assert_eq!(saved.live_feedback().count(), 0);
    }

    #[test]
    fn a_change_made_after_the_import_survives_its_undo() {
        let before = mine();
        let mut imported = merge(&before, &theirs());
        // Another tab, after the import: a new rating and a new target.
        imported.rate("rust", "Rust", Some(3), 150);
        imported.set_target_role(Some("architect".into()), 150);
        let undone = merge(&undo_import(&imported, &before, 100, 200), &imported);
        assert_eq!(undone.level("rust"), Some(3));
        assert_eq!(undone.target_role.value.as_deref(), Some("architect"));
        assert_eq!(undone.level("go"), None, "what the import brought is gone");
        assert_eq!(undone.level("sql"), Some(2));
    }
}
