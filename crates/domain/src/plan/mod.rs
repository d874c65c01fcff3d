//! The employee's own development plan: goals about a skill or in their own words, with the
//! resources and mentors they chose, their own actions, dates, status and notes.

mod actions;
pub mod calendar;
pub mod markdown;
pub mod summary;

#[cfg(any(test, feature = "test-support"))]
pub use actions::add_action;
pub use actions::{add_action_by, remove_action, restore_action, set_action_done, set_action_text};

use crate::feed::Feed;
use crate::i18n::k;
use crate::i18n::Translator;
use crate::profile::{Goal, GoalStatus, Profile};
use crate::scale::{Level, Scale};
use stdx::time::days_from_iso;

/// The live goal for a skill, if the user has one.
pub fn goal_for_skill(profile: &Profile, skill_id: &str) -> Option<String> {
    profile
        .live_goals()
        .find(|(_, g)| g.skill == skill_id)
        .map(|(id, _)| id.clone())
}

/// The skill's goal, created (aiming at `target_level`) when there is none.
pub fn ensure_goal(
    profile: &mut Profile,
    skill_id: &str,
    target_level: Option<Level>,
    now: u64,
) -> String {
    if let Some(id) = goal_for_skill(profile, skill_id) {
        return id;
    }
    let id = format!("g-{now}-{skill_id}");
    profile.plan.insert(
        id.clone(),
        Goal {
            skill: skill_id.to_owned(),
            target_level,
            updated: now,
            ..Goal::default()
        },
    );
    id
}

/// `new_goal_by` for a single writer (tests).
#[cfg(any(test, feature = "test-support"))]
pub fn new_goal(
    profile: &mut Profile,
    title: &str,
    skill: Option<&str>,
    target_level: Option<Level>,
    now: u64,
) -> String {
    new_goal_by(profile, title, skill, target_level, now, "")
}

/// A goal in the person's own words, written by one tab (`writer`, part of the id so that two
/// tabs never pick the same one); `skill` (and its target level) optional. Returns its id.
pub fn new_goal_by(
    profile: &mut Profile,
    title: &str,
    skill: Option<&str>,
    target_level: Option<Level>,
    now: u64,
    writer: &str,
) -> String {
    let base = if writer.is_empty() {
        format!("g-{now}")
    } else {
        format!("g-{now}-{writer}")
    };
    let mut id = base.clone();
    let mut n = 1;
    while profile.plan.contains_key(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    profile.plan.insert(
        id.clone(),
        Goal {
            title: title.trim().to_owned(),
            skill: skill.unwrap_or_default().to_owned(),
            target_level: target_level.filter(|_| skill.is_some()),
            updated: now,
            ..Goal::default()
        },
    );
    id
}

/// What a goal is called: the person's title, else its skill's name; `None` for neither.
/// The level a goal of one's own for a skill aims at by default: what the target role asks
/// when that is above where the person stands, else one level above where they stand (the
/// scale's lowest step above its minimum when unrated), never past the scale's top. A goal
/// that aims where one already is would be no goal.
pub fn default_aim(now: Option<Level>, asked: Option<Level>, scale: &Scale) -> Level {
    let next = |level: Level| {
        scale
            .levels
            .iter()
            .map(|l| l.level)
            .find(|&l| l > level)
            .unwrap_or(scale.max())
    };
    match (now, asked) {
        (Some(now), Some(asked)) if asked > now => asked,
        (Some(now), _) => next(now),
        (None, Some(asked)) if asked > scale.min() => asked,
        (None, _) => next(scale.min()),
    }
}

pub fn goal_name(goal: &Goal, feed: &Feed) -> Option<String> {
    if !goal.title.trim().is_empty() {
        return Some(goal.title.trim().to_owned());
    }
    if goal.skill.is_empty() {
        return None;
    }
    Some(
        feed.skill_by_id(&goal.skill)
            .map_or(goal.skill.clone(), |i| feed.skills[i].name.clone()),
    )
}

/// What a goal is called, with the language's words for a goal without title or skill.
pub fn goal_title(goal: &Goal, feed: &Feed, tr: &Translator) -> String {
    goal_name(goal, feed).unwrap_or_else(|| tr.t(k::PLAN_GOAL_UNTITLED).to_owned())
}

pub fn update_goal(profile: &mut Profile, goal_id: &str, now: u64, change: impl FnOnce(&mut Goal)) {
    if let Some(goal) = profile.plan.get_mut(goal_id) {
        change(goal);
        goal.updated = now;
    }
}

pub fn attach_resource(profile: &mut Profile, goal_id: &str, resource_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        if !g.resources.iter().any(|r| r == resource_id) {
            g.resources.push(resource_id.to_owned());
        }
    });
}

pub fn attach_mentor(profile: &mut Profile, goal_id: &str, mentor_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        if !g.mentors.iter().any(|m| m == mentor_id) {
            g.mentors.push(mentor_id.to_owned());
        }
    });
}

/// Takes one resource off a goal, with its done mark.
pub fn detach_resource(profile: &mut Profile, goal_id: &str, resource_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        g.resources.retain(|r| r != resource_id);
        g.done_resources.remove(resource_id);
    });
}

pub fn detach_mentor(profile: &mut Profile, goal_id: &str, mentor_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        g.mentors.retain(|m| m != mentor_id)
    });
}

/// Removes a goal; everything in it is kept in the tombstone, so [`restore_goal`] brings it
/// back exactly.
pub fn remove_goal(profile: &mut Profile, goal_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| g.deleted = true);
}

pub fn restore_goal(profile: &mut Profile, goal_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| g.deleted = false);
}

/// Puts a resource back on a goal at its old place, with its done mark: the undo of
/// [`detach_resource`].
pub fn reattach_resource(
    profile: &mut Profile,
    goal_id: &str,
    resource_id: &str,
    position: usize,
    done: bool,
    now: u64,
) {
    update_goal(profile, goal_id, now, |g| {
        if !g.resources.iter().any(|r| r == resource_id) {
            g.resources
                .insert(position.min(g.resources.len()), resource_id.to_owned());
        }
        if done {
            g.done_resources.insert(resource_id.to_owned());
        }
    });
}

/// Puts a mentor back on a goal at their old place: the undo of [`detach_mentor`].
pub fn reattach_mentor(
    profile: &mut Profile,
    goal_id: &str,
    mentor_id: &str,
    position: usize,
    now: u64,
) {
    update_goal(profile, goal_id, now, |g| {
        if !g.mentors.iter().any(|m| m == mentor_id) {
            g.mentors
                .insert(position.min(g.mentors.len()), mentor_id.to_owned());
        }
    });
}

/// Marks a resource of a goal done (or not). Returns the goal's skill when done, so the UI can
/// offer, never force, a re-rating.
pub fn set_resource_done(
    profile: &mut Profile,
    goal_id: &str,
    resource_id: &str,
    done: bool,
    now: u64,
) -> Option<String> {
    let mut skill = None;
    update_goal(profile, goal_id, now, |g| {
        if done {
            g.done_resources.insert(resource_id.to_owned());
            if g.status == GoalStatus::Planned {
                g.status = GoalStatus::InProgress;
            }
            skill = Some(g.skill.clone());
        } else {
            g.done_resources.remove(resource_id);
        }
    });
    skill
}

/// A resource or mentor saved from the suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanItem<'a> {
    Resource(&'a str),
    Mentor(&'a str),
}

/// Where a saved item went, to undo exactly that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub goal_id: String,
    /// The save made the goal; undoing it takes the goal off again.
    pub new_goal: bool,
    /// The item was on the goal already; undoing it leaves it there.
    pub already_there: bool,
}

/// Saves a suggestion to the skill's goal, making the goal (aiming at `target_level`) if needed.
pub fn save_item(
    profile: &mut Profile,
    skill_id: &str,
    target_level: Option<Level>,
    item: PlanItem,
    now: u64,
) -> Saved {
    let new_goal = goal_for_skill(profile, skill_id).is_none();
    let goal_id = ensure_goal(profile, skill_id, target_level, now);
    let already_there = profile.plan.get(&goal_id).is_some_and(|g| match item {
        PlanItem::Resource(id) => g.resources.iter().any(|r| r == id),
        PlanItem::Mentor(id) => g.mentors.iter().any(|m| m == id),
    });
    match item {
        PlanItem::Resource(id) => attach_resource(profile, &goal_id, id, now),
        PlanItem::Mentor(id) => attach_mentor(profile, &goal_id, id, now),
    }
    Saved {
        goal_id,
        new_goal,
        already_there,
    }
}

/// The undo of [`save_item`]: the item comes off, and the goal too if the save made it.
pub fn unsave_item(profile: &mut Profile, saved: &Saved, item: PlanItem, now: u64) {
    if saved.new_goal {
        remove_goal(profile, &saved.goal_id, now);
    } else if !saved.already_there {
        match item {
            PlanItem::Resource(id) => detach_resource(profile, &saved.goal_id, id, now),
            PlanItem::Mentor(id) => detach_mentor(profile, &saved.goal_id, id, now),
        }
    }
}

/// The undo of [`unsave_item`]: puts back exactly what it took off.
pub fn resave_item(profile: &mut Profile, saved: &Saved, item: PlanItem, now: u64) {
    if saved.new_goal {
        restore_goal(profile, &saved.goal_id, now);
    } else if !saved.already_there {
        match item {
            PlanItem::Resource(id) => attach_resource(profile, &saved.goal_id, id, now),
            PlanItem::Mentor(id) => attach_mentor(profile, &saved.goal_id, id, now),
        }
    }
}

/// Past its date and not done.
pub fn is_overdue(goal: &Goal, today: &str) -> bool {
    goal.status != GoalStatus::Done
        && matches!((goal.target_date.as_deref().and_then(days_from_iso), days_from_iso(today)), (Some(due), Some(now)) if due < now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_of_ones_own_aims_above_where_one_stands() {
        let scale = Scale::default(); // 0 … 5
                                      // The target asks for more: aim at it.
        assert_eq!(default_aim(Some(2), Some(4), &scale), 4);
        // The target asks for what one has, or less: one level above.
        assert_eq!(default_aim(Some(2), Some(2), &scale), 3);
        assert_eq!(default_aim(Some(3), Some(1), &scale), 4);
        assert_eq!(default_aim(Some(2), None, &scale), 3);
        // Never past the top.
        assert_eq!(default_aim(Some(5), None, &scale), 5);
        // Unrated: what the target asks, else the first step.
        assert_eq!(default_aim(None, Some(3), &scale), 3);
        assert_eq!(default_aim(None, None, &scale), 1);
        assert_eq!(default_aim(None, Some(0), &scale), 1);
    }
    use crate::feed::{load_feeds, FeedSource};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "Kubernetes"}],
            "roles": [{"id": "r", "name": "Platform Engineer", "requirements": [{"skill": "k8s", "level": 3}]}],
            "resources": [{"id": "cka", "title": "CKA prep", "url": "https://e.x/cka", "skills": [{"skill": "k8s", "to": 4}]}],
            "mentors": [{"id": "m", "name": "Fatou Diop", "contact": "mailto:f@e.x", "skills": [{"skill": "k8s", "level": 5}]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    #[test]
    fn one_goal_per_skill_collects_resources_and_mentors() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 10);
        assert_eq!(ensure_goal(&mut p, "k8s", Some(4), 11), goal);
        attach_resource(&mut p, &goal, "cka", 12);
        attach_resource(&mut p, &goal, "cka", 13);
        attach_mentor(&mut p, &goal, "m", 14);
        let g = &p.plan[&goal];
        assert_eq!(
            (g.resources.len(), g.mentors.len(), g.target_level),
            (1, 1, Some(3))
        );
        remove_goal(&mut p, &goal, 15);
        assert!(goal_for_skill(&p, "k8s").is_none());
        assert_ne!(ensure_goal(&mut p, "k8s", None, 16), goal);
    }

    #[test]
    fn detaching_takes_off_one_resource_or_mentor_and_keeps_the_goal() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        attach_resource(&mut p, &goal, "ckad", 3);
        attach_mentor(&mut p, &goal, "m", 4);
        set_resource_done(&mut p, &goal, "cka", true, 5);
        detach_resource(&mut p, &goal, "cka", 6);
        let g = &p.plan[&goal];
        assert_eq!(g.resources, vec!["ckad".to_owned()]);
        assert!(g.done_resources.is_empty());
        assert_eq!(g.updated, 6);
        detach_mentor(&mut p, &goal, "m", 7);
        assert!(p.plan[&goal].mentors.is_empty());
        assert_eq!(goal_for_skill(&p, "k8s"), Some(goal));
    }

    #[test]
    fn finishing_a_resource_offers_the_skill_for_re_rating() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        assert_eq!(
            set_resource_done(&mut p, &goal, "cka", true, 3),
            Some("k8s".to_owned())
        );
        assert_eq!(p.plan[&goal].status, GoalStatus::InProgress);
        assert_eq!(set_resource_done(&mut p, &goal, "cka", false, 4), None);
        assert!(p.plan[&goal].done_resources.is_empty());
    }

    #[test]
    fn an_own_goal_needs_no_skill_and_a_removed_goal_comes_back_whole() {
        let mut p = Profile::default();
        let goal = new_goal(&mut p, "  Shadow the on-call rota  ", None, Some(3), 10);
        let twin = new_goal(&mut p, "Second", None, None, 10);
        assert_ne!(goal, twin, "two goals in one millisecond");
        assert_eq!(p.plan[&goal].title, "Shadow the on-call rota");
        assert_eq!(p.plan[&goal].target_level, None, "a level needs a skill");
        add_action(&mut p, &goal, "ask the lead", 11);
        attach_resource(&mut p, &goal, "cka", 12);
        let before = p.plan[&goal].clone();
        remove_goal(&mut p, &goal, 13);
        assert_eq!(p.live_goals().count(), 1);
        restore_goal(&mut p, &goal, 14);
        let after = &p.plan[&goal];
        assert_eq!(
            (&after.actions, &after.resources, &after.title),
            (&before.actions, &before.resources, &before.title)
        );
        assert_eq!(
            after.updated, 14,
            "the restore wins a merge with the removal"
        );
        let en = Translator::english();
        assert_eq!(goal_title(after, &feed(), &en), "Shadow the on-call rota");
        let skill_goal = ensure_goal(&mut p, "k8s", None, 15);
        assert_eq!(goal_title(&p.plan[&skill_goal], &feed(), &en), "Kubernetes");
        assert_eq!(goal_title(&Goal::default(), &feed(), &en), "Untitled goal");
    }

    #[test]
    fn a_detached_resource_or_mentor_goes_back_to_its_place_with_its_done_mark() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        for r in ["a", "b", "c"] {
            attach_resource(&mut p, &goal, r, 2);
        }
        attach_mentor(&mut p, &goal, "m1", 2);
        attach_mentor(&mut p, &goal, "m2", 2);
        set_resource_done(&mut p, &goal, "b", true, 3);
        let before = p.plan[&goal].clone();
        detach_resource(&mut p, &goal, "b", 4);
        detach_mentor(&mut p, &goal, "m1", 4);
        reattach_resource(&mut p, &goal, "b", 1, true, 5);
        reattach_mentor(&mut p, &goal, "m1", 0, 5);
        let after = &p.plan[&goal];
        assert_eq!(after.resources, before.resources);
        assert_eq!(after.done_resources, before.done_resources);
        assert_eq!(after.mentors, before.mentors);
    }

    #[test]
    fn undoing_a_save_takes_off_exactly_what_it_added() {
        let mut p = Profile::default();
        let saved = save_item(&mut p, "k8s", Some(3), PlanItem::Resource("cka"), 1);
        assert!(saved.new_goal);
        add_action(&mut p, &saved.goal_id, "written after the save", 2);
        unsave_item(&mut p, &saved, PlanItem::Resource("cka"), 2);
        assert!(
            goal_for_skill(&p, "k8s").is_none(),
            "the goal it made is gone"
        );
        // An Undo pressed late takes later work with it: undoing the undo brings all of it back.
        resave_item(&mut p, &saved, PlanItem::Resource("cka"), 3);
        let back = &p.plan[&saved.goal_id];
        assert_eq!((back.resources.len(), back.live_actions().count()), (1, 1));
        unsave_item(&mut p, &saved, PlanItem::Resource("cka"), 4);
        let goal = ensure_goal(&mut p, "k8s", Some(3), 3);
        attach_mentor(&mut p, &goal, "m", 3);
        let again = save_item(&mut p, "k8s", Some(3), PlanItem::Mentor("m"), 4);
        unsave_item(&mut p, &again, PlanItem::Mentor("m"), 5);
        assert_eq!(p.plan[&goal].mentors, ["m"], "it was there before the save");
        let other = save_item(&mut p, "k8s", Some(3), PlanItem::Resource("cka"), 6);
        assert!(!other.new_goal);
        unsave_item(&mut p, &other, PlanItem::Resource("cka"), 7);
        assert!(p.plan[&goal].resources.is_empty());
        assert_eq!(
            goal_for_skill(&p, "k8s"),
            Some(goal),
            "the goal it did not make stays"
        );
    }

    #[test]
    fn overdue_only_when_past_and_not_done() {
        let mut goal = Goal {
            target_date: Some("2026-01-31".into()),
            ..Goal::default()
        };
        assert!(is_overdue(&goal, "2026-02-01"));
        assert!(!is_overdue(&goal, "2026-01-31"));
        goal.status = GoalStatus::Done;
        assert!(!is_overdue(&goal, "2026-02-01"));
    }
}
