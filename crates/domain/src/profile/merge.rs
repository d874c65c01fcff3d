//! Merging two versions of the profile (two tabs, or an import): entry by entry, the newer
//! change wins; ties keep `ours`. Nothing present on either side is lost unless a newer
//! tombstone says it was removed.

use super::model::{Goal, Profile, SkillEntry, Stamped};
use stdx::sorted_map::SortedMap;

trait Updated {
    fn updated(&self) -> u64;
}

impl<T> Updated for Stamped<T> {
    fn updated(&self) -> u64 {
        self.updated
    }
}

macro_rules! updated_field {
    ($($t:ty),*) => { $(impl Updated for $t { fn updated(&self) -> u64 { self.updated } })* };
}
updated_field!(
    super::model::Goal,
    super::model::Snapshot,
    super::model::Action,
    super::model::SentRequest,
    super::model::ReceivedFeedback
);

/// One skill, field by field: each of level, interest and note goes to the side that set it
/// last, so two tabs changing different fields of one skill both keep their change. Ties
/// keep `ours`.
fn merge_entry(ours: &SkillEntry, theirs: &SkillEntry) -> SkillEntry {
    let base = if theirs.updated > ours.updated {
        theirs
    } else {
        ours
    };
    let (level, level_updated) = if theirs.level_updated > ours.level_updated {
        (theirs.level, theirs.level_updated)
    } else {
        (ours.level, ours.level_updated)
    };
    let (interest, interest_updated) = if theirs.interest_updated > ours.interest_updated {
        (theirs.interest, theirs.interest_updated)
    } else {
        (ours.interest, ours.interest_updated)
    };
    let note = if theirs.note_updated > ours.note_updated {
        theirs
    } else {
        ours
    };
    SkillEntry {
        level,
        interest,
        note: note.note.clone(),
        name: base.name.clone(),
        added: base.added,
        updated: ours.updated.max(theirs.updated),
        level_updated,
        interest_updated,
        note_updated: note.note_updated,
    }
}

fn newer<T: Updated + Clone>(ours: &T, theirs: &T) -> T {
    if theirs.updated() > ours.updated() {
        theirs.clone()
    } else {
        ours.clone()
    }
}

fn merge_map<T: Updated + Clone>(
    ours: &SortedMap<String, T>,
    theirs: &SortedMap<String, T>,
) -> SortedMap<String, T> {
    let mut merged = ours.clone();
    for (key, their_value) in theirs {
        let value = match ours.get(key) {
            Some(our_value) => newer(our_value, their_value),
            None => their_value.clone(),
        };
        merged.insert(key.clone(), value);
    }
    merged
}

/// A goal's own fields go to the side that changed them last; its actions merge one by one.
fn merge_goals(
    ours: &SortedMap<String, Goal>,
    theirs: &SortedMap<String, Goal>,
) -> SortedMap<String, Goal> {
    let mut merged = merge_map(ours, theirs);
    for (key, their_goal) in theirs.iter() {
        if let (Some(our_goal), Some(goal)) = (ours.get(key), merged.get_mut(key)) {
            goal.actions = merge_map(&our_goal.actions, &their_goal.actions);
        }
    }
    merged
}

pub fn merge(ours: &Profile, theirs: &Profile) -> Profile {
    let mut merged = merge_fields(ours, theirs);
    // Another tab of an older build may hold a date no build should keep.
    merged.drop_invalid_dates();
    merged
}

fn merge_fields(ours: &Profile, theirs: &Profile) -> Profile {
    Profile {
        schema: ours.schema.max(theirs.schema),
        local_id: if ours.local_id.is_empty() {
            theirs.local_id.clone()
        } else {
            ours.local_id.clone()
        },
        skills: {
            let mut merged = ours.skills.clone();
            for (key, their_entry) in &theirs.skills {
                let entry = match ours.skills.get(key) {
                    Some(our_entry) => merge_entry(our_entry, their_entry),
                    None => their_entry.clone(),
                };
                merged.insert(key.clone(), entry);
            }
            merged
        },
        current_role: newer(&ours.current_role, &theirs.current_role),
        target_role: newer(&ours.target_role, &theirs.target_role),
        shortlist: merge_map(&ours.shortlist, &theirs.shortlist),
        plan: merge_goals(&ours.plan, &theirs.plan),
        snapshots: merge_map(&ours.snapshots, &theirs.snapshots),
        preferences: newer(&ours.preferences, &theirs.preferences),
        dismissed: merge_map(&ours.dismissed, &theirs.dismissed),
        hidden_mentors: merge_map(&ours.hidden_mentors, &theirs.hidden_mentors),
        favourite_mentors: merge_map(&ours.favourite_mentors, &theirs.favourite_mentors),
        self_mentor: newer(&ours.self_mentor, &theirs.self_mentor),
        seen_requirements: newer(&ours.seen_requirements, &theirs.seen_requirements),
        display_name: newer(&ours.display_name, &theirs.display_name),
        feedback_requests: merge_map(&ours.feedback_requests, &theirs.feedback_requests),
        feedback: merge_map(&ours.feedback, &theirs.feedback),
    }
}

/// What a tab does on hearing that another tab stored `stored`: the document it should hold,
/// and whether it must write that document back. It must when it holds changes `stored`
/// lacks: the other tab read storage before this tab's last write landed, and its write
/// dropped them. Ties go to what is stored, so the tabs settle on one document instead of
/// writing their own side of a tie back and forth.
pub fn settle_with_stored(ours: &Profile, stored: &Profile) -> (Profile, bool) {
    let merged = merge(stored, ours);
    let write_back = merged != *stored;
    (merged, write_back)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::model::{Action, Goal, Interest};

    fn base() -> Profile {
        let mut p = Profile {
            local_id: "me".into(),
            ..Profile::default()
        };
        p.rate("rust", "Rust", Some(2), 10);
        p.rate("sql", "SQL", Some(1), 10);
        p
    }

    #[test]
    fn two_tabs_changing_different_fields_of_one_skill_both_keep_their_change() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.rate("rust", "Rust", Some(4), 20);
        tab_b.set_interest("rust", "Rust", Some(Interest::WantToGrow), 21);
        tab_b.set_note("rust", "Rust", "shipped the parser", 21);
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            let rust = &merged.skills["rust"];
            assert_eq!(rust.level, Some(4));
            assert_eq!(rust.interest, Some(Interest::WantToGrow));
            assert_eq!(rust.note, "shipped the parser");
            assert_eq!(rust.updated, 21);
        }
        // The later change of one field still wins over an earlier one.
        tab_a.rate("rust", "Rust", Some(1), 30);
        assert_eq!(merge(&tab_b, &tab_a).level("rust"), Some(1));
    }

    #[test]
    fn edits_to_different_skills_in_two_tabs_both_survive() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.rate("rust", "Rust", Some(4), 20);
        tab_b.rate("sql", "SQL", Some(3), 21);
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            assert_eq!(merged.level("rust"), Some(4));
            assert_eq!(merged.level("sql"), Some(3));
        }
    }

    #[test]
    fn the_newer_edit_of_the_same_skill_wins() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.rate("rust", "Rust", Some(4), 20);
        tab_b.rate("rust", "Rust", Some(1), 30);
        tab_b.set_interest("rust", "Rust", Some(Interest::WantToGrow), 30);
        assert_eq!(merge(&tab_a, &tab_b).level("rust"), Some(1));
        assert_eq!(merge(&tab_b, &tab_a).level("rust"), Some(1));
    }

    #[test]
    fn a_newer_tombstone_removes_and_an_older_one_does_not() {
        let mut ours = base();
        ours.plan.insert(
            "g1".into(),
            Goal {
                skill: "rust".into(),
                updated: 10,
                ..Goal::default()
            },
        );
        let mut theirs = ours.clone();
        theirs.plan.get_mut("g1").unwrap().deleted = true;
        theirs.plan.get_mut("g1").unwrap().updated = 20;
        assert_eq!(merge(&ours, &theirs).live_goals().count(), 0);
        ours.plan.get_mut("g1").unwrap().updated = 30;
        assert_eq!(merge(&ours, &theirs).live_goals().count(), 1);
    }

    #[test]
    fn two_tabs_ticking_different_actions_of_one_goal_both_keep_their_change() {
        let mut ours = base();
        let action = |text: &str, done: bool, updated: u64| Action {
            text: text.into(),
            done,
            deleted: false,
            updated,
        };
        let mut goal = Goal {
            title: "Shadow the on-call rota".into(),
            updated: 10,
            ..Goal::default()
        };
        goal.actions
            .insert("a1".into(), action("ask the lead", false, 10));
        goal.actions
            .insert("a2".into(), action("two weeks", false, 10));
        ours.plan.insert("g".into(), goal);
        let mut theirs = ours.clone();
        ours.plan
            .get_mut("g")
            .unwrap()
            .actions
            .insert("a1".into(), action("ask the lead", true, 20));
        let their_goal = theirs.plan.get_mut("g").unwrap();
        their_goal
            .actions
            .insert("a2".into(), action("two weeks", true, 21));
        their_goal.notes = "from the other tab".into();
        their_goal.updated = 21;
        for merged in [merge(&ours, &theirs), merge(&theirs, &ours)] {
            let goal = &merged.plan["g"];
            assert!(goal.actions["a1"].done && goal.actions["a2"].done);
            assert_eq!(goal.notes, "from the other tab");
        }
    }

    #[test]
    fn feedback_requests_and_answers_merge_one_by_one_by_their_time() {
        use crate::feedback::test_support::{feed, names, request, requester, response};
        use crate::feedback::{delete_feedback, receive, record_request, FeedbackRequest};
        let feed = feed();
        let mut tab_a = requester();
        let mut tab_b = tab_a.clone();
        // Each tab receives a different answer; tab A also sends a second request.
        receive(
            &mut tab_a,
            &response("f-a", "Bo", &[("sql", Some(4))]),
            &feed.scale,
            names(&feed),
            100,
        )
        .unwrap();
        record_request(
            &mut tab_a,
            &FeedbackRequest {
                id: "r-2".into(),
                ..request()
            },
            100,
        );
        receive(
            &mut tab_b,
            &response("f-b", "Cy", &[("sql", Some(1))]),
            &feed.scale,
            names(&feed),
            110,
        )
        .unwrap();
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            assert_eq!(merged.feedback.keys().collect::<Vec<_>>(), ["f-a", "f-b"]);
            assert_eq!(
                merged.feedback_requests.keys().collect::<Vec<_>>(),
                ["r-2", "r-7f3a9c"]
            );
        }
        // A later delete in one tab wins over the other tab's older copy.
        let mut both = merge(&tab_a, &tab_b);
        let other_tab = both.clone();
        delete_feedback(&mut both, "f-b", 200);
        for merged in [merge(&both, &other_tab), merge(&other_tab, &both)] {
            assert_eq!(merged.live_feedback().count(), 1);
        }
    }

    #[test]
    fn merging_drops_target_dates_that_are_not_days() {
        let mut ours = base();
        let mut theirs = base();
        let goal = |date: &str, updated: u64| Goal {
            skill: "rust".into(),
            target_date: Some(date.into()),
            updated,
            ..Goal::default()
        };
        ours.plan.insert("g1".into(), goal("2027-03-31", 10));
        theirs
            .plan
            .insert("g1".into(), goal("2027-01-01\n## Pwned", 20));
        theirs.plan.insert("g2".into(), goal("<img src=x>", 5));
        for merged in [merge(&ours, &theirs), merge(&theirs, &ours)] {
            assert_eq!(merged.plan["g1"].target_date, None, "the newer side won");
            assert_eq!(merged.plan["g2"].target_date, None);
            assert_eq!(merged.plan["g2"].skill, "rust", "the goal itself stays");
        }
    }

    #[test]
    fn merging_is_idempotent_and_keeps_our_local_id() {
        let mut theirs = base();
        theirs.local_id = "other".into();
        Profile::set_flag(&mut theirs.dismissed, "res-1", true, 40);
        let once = merge(&base(), &theirs);
        assert_eq!(merge(&once, &theirs), once);
        assert_eq!(once.local_id, "me");
        assert!(crate::profile::model::flag_is_set(&once.dismissed, "res-1"));
    }

    #[test]
    fn a_tab_whose_write_was_overwritten_writes_back_and_the_tabs_settle() {
        let stored = base();
        let (mut left, mut right) = (stored.clone(), stored.clone());
        // Both tabs read the same document, then each saves its own rating: the right tab's
        // write lands last and lacks the left tab's rating.
        left.rate("rust", "Rust", Some(3), 20);
        right.rate("sql", "SQL", Some(4), 21);
        let (left_now, write_back) = settle_with_stored(&left, &right);
        assert!(write_back, "the left tab's rating is missing from storage");
        assert_eq!(left_now.skills["rust"].level, Some(3));
        assert_eq!(left_now.skills["sql"].level, Some(4));
        // The right tab hears the write-back: nothing of its own is missing, so no write.
        let (right_now, write_back) = settle_with_stored(&right, &left_now);
        assert!(!write_back);
        assert_eq!(right_now, left_now);
    }

    #[test]
    fn two_tabs_tied_on_one_field_take_the_stored_side_and_stop_writing() {
        let stored = base();
        let (mut left, mut right) = (stored.clone(), stored);
        left.rate("rust", "Rust", Some(3), 20);
        right.rate("rust", "Rust", Some(4), 20);
        let (left_now, write_back) = settle_with_stored(&left, &right);
        assert!(!write_back);
        assert_eq!(left_now, right);
    }
}
