//! A goal's checklist: the person's own actions, each with its own time so that two tabs
//! ticking different actions both keep their change, and removals that can be undone.

use super::update_goal;
use crate::profile::{Action, Profile};

/// Longest action text kept; a pasted page is cut here rather than filling the storage.
pub const MAX_ACTION_CHARS: usize = 2_000;

fn clean(text: &str) -> String {
    text.trim().chars().take(MAX_ACTION_CHARS).collect()
}

/// Adds an action at the end of the goal's list, as one tab's (`writer`'s) own. Returns its
/// id, or `None` for a blank text or an unknown goal.
///
/// The writer's tag is part of the id: two tabs adding an action to one goal in the same
/// millisecond must not pick the same id, or merging them would keep only one.
pub fn add_action_by(
    profile: &mut Profile,
    goal_id: &str,
    text: &str,
    now: u64,
    writer: &str,
) -> Option<String> {
    let text = clean(text);
    let goal = profile.plan.get_mut(goal_id).filter(|_| !text.is_empty())?;
    // Zero-padded, so ids sort in the order the actions were written.
    let base = if writer.is_empty() {
        format!("a-{now:015}")
    } else {
        format!("a-{now:015}-{writer}")
    };
    let mut id = base.clone();
    let mut n = 1;
    while goal.actions.contains_key(&id) {
        n += 1;
        id = format!("{base}-{n:03}");
    }
    goal.actions.insert(
        id.clone(),
        Action {
            text,
            done: false,
            deleted: false,
            updated: now,
        },
    );
    Some(id)
}

/// `add_action_by` for a single writer (tests).
#[cfg(any(test, feature = "test-support"))]
pub fn add_action(profile: &mut Profile, goal_id: &str, text: &str, now: u64) -> Option<String> {
    add_action_by(profile, goal_id, text, now, "")
}

fn change_action(
    profile: &mut Profile,
    goal_id: &str,
    action_id: &str,
    now: u64,
    change: impl FnOnce(&mut Action),
) {
    if let Some(action) = profile
        .plan
        .get_mut(goal_id)
        .and_then(|g| g.actions.get_mut(action_id))
    {
        change(action);
        action.updated = now;
    }
}

pub fn set_action_done(
    profile: &mut Profile,
    goal_id: &str,
    action_id: &str,
    done: bool,
    now: u64,
) {
    change_action(profile, goal_id, action_id, now, |a| a.done = done);
    // Ticking the first action means the goal has started.
    if done {
        update_goal_started(profile, goal_id, now);
    }
}

fn update_goal_started(profile: &mut Profile, goal_id: &str, now: u64) {
    use crate::profile::GoalStatus;
    if profile
        .plan
        .get(goal_id)
        .is_some_and(|g| g.status == GoalStatus::Planned)
    {
        update_goal(profile, goal_id, now, |g| g.status = GoalStatus::InProgress);
    }
}

/// Rewrites an action; a blank text leaves it as it was.
pub fn set_action_text(
    profile: &mut Profile,
    goal_id: &str,
    action_id: &str,
    text: &str,
    now: u64,
) {
    let text = clean(text);
    if !text.is_empty() {
        change_action(profile, goal_id, action_id, now, |a| a.text = text);
    }
}

pub fn remove_action(profile: &mut Profile, goal_id: &str, action_id: &str, now: u64) {
    change_action(profile, goal_id, action_id, now, |a| a.deleted = true);
}

pub fn restore_action(profile: &mut Profile, goal_id: &str, action_id: &str, now: u64) {
    change_action(profile, goal_id, action_id, now, |a| a.deleted = false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::new_goal;
    use crate::profile::GoalStatus;

    #[test]
    fn two_tabs_adding_an_action_in_the_same_millisecond_keep_both_after_merging() {
        let mut base = Profile::default();
        let goal = new_goal(&mut base, "Lead an incident review", None, None, 1);
        let (mut left, mut right) = (base.clone(), base);
        let a = add_action_by(&mut left, &goal, "read two reviews", 7, "tab00001").unwrap();
        let b = add_action_by(&mut right, &goal, "ask to co-lead", 7, "tab00002").unwrap();
        assert_ne!(a, b);
        let merged = crate::profile::merge::merge(&left, &right);
        let texts: Vec<_> = merged.plan[&goal]
            .actions
            .values()
            .map(|a| a.text.as_str())
            .collect();
        assert_eq!(texts, ["read two reviews", "ask to co-lead"]);
    }

    #[test]
    fn actions_keep_their_order_and_come_back_after_removal() {
        let mut p = Profile::default();
        let goal = new_goal(&mut p, "Lead an incident review", None, None, 1);
        let first = add_action(&mut p, &goal, " read two reviews ", 5).unwrap();
        let second = add_action(&mut p, &goal, "ask to co-lead", 5).unwrap();
        let third = add_action(&mut p, &goal, "lead one", 40).unwrap();
        assert_eq!(add_action(&mut p, &goal, "   ", 41), None);
        assert_eq!(add_action(&mut p, "no-such-goal", "x", 41), None);
        let texts = |p: &Profile| {
            p.plan[&goal]
                .live_actions()
                .map(|(_, a)| a.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(&p),
            ["read two reviews", "ask to co-lead", "lead one"]
        );
        set_action_done(&mut p, &goal, &second, true, 50);
        assert_eq!(p.plan[&goal].status, GoalStatus::InProgress);
        set_action_text(&mut p, &goal, &third, "lead the March one", 51);
        set_action_text(&mut p, &goal, &third, "  ", 52);
        remove_action(&mut p, &goal, &first, 53);
        assert_eq!(texts(&p), ["ask to co-lead", "lead the March one"]);
        restore_action(&mut p, &goal, &first, 54);
        assert_eq!(
            texts(&p),
            ["read two reviews", "ask to co-lead", "lead the March one"]
        );
        assert!(p.plan[&goal].actions[&second].done);
    }

    #[test]
    fn a_pasted_page_is_cut_to_the_longest_action() {
        let mut p = Profile::default();
        let goal = new_goal(&mut p, "g", None, None, 1);
        let id = add_action(&mut p, &goal, &"ü".repeat(5_000), 2).unwrap();
        assert_eq!(
            p.plan[&goal].actions[&id].text.chars().count(),
            MAX_ACTION_CHARS
        );
    }
}
