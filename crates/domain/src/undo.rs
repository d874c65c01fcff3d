//! What Undo puts back, as data: each variant names what was just done and holds exactly what
//! is needed to undo it. The widget keeps one in its confirmation and, when Undo is pressed,
//! calls [`apply`] in one place; nothing else about Undo is written at the places that offer it.
//!
//! Some variants are the undo of an Undo (`…Undone`): pressed late, removing a goal one just
//! made also takes what was written in it since, so one more Undo brings all of it back.

use crate::feedback::restore_feedback;
use crate::history::restore_snapshot;
use crate::plan::{
    detach_mentor, detach_resource, reattach_mentor, reattach_resource, remove_goal, resave_item,
    restore_action, restore_goal, unsave_item, PlanItem, Saved,
};
use crate::profile::{Profile, Stamped};
use crate::share::import::{undo_import as undo_shared_import, ImportUndo};

/// A resource or a mentor, owned: what a suggestion saved to the plan was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Resource(String),
    Mentor(String),
}

impl Item {
    fn as_plan_item(&self) -> PlanItem<'_> {
        match self {
            Item::Resource(id) => PlanItem::Resource(id),
            Item::Mentor(id) => PlanItem::Mentor(id),
        }
    }
}

/// Which of the person's two roles changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    Current,
    Target,
}

/// What was just done, with what it takes to put it back. See [`apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A received feedback answer was deleted: it comes back whole.
    FeedbackDeleted { response: String },
    /// A history snapshot was deleted: it comes back.
    SnapshotDeleted { day: String },
    /// A goal was removed: it comes back whole from its tombstone.
    GoalRemoved { goal: String },
    /// A goal was written with the new-goal form: it goes again.
    GoalCreated { goal: String },
    /// The undo of [`Undo::GoalCreated`]: the goal comes back.
    GoalCreationUndone { goal: String },
    /// A skill was put in the plan from the gap (its goal made): the goal goes again.
    SkillPlanned { goal: String },
    /// The undo of [`Undo::SkillPlanned`]: the goal comes back.
    SkillPlanUndone { goal: String },
    /// A career step was added to the plan (these goals made): they go again.
    StepAdded { goals: Vec<String> },
    /// The undo of [`Undo::StepAdded`]: the goals come back.
    StepAddUndone { goals: Vec<String> },
    /// An action of a goal was removed: it comes back.
    ActionRemoved { goal: String, action: String },
    /// A resource was taken off a goal: it goes back at its place, with its done mark.
    ResourceDetached {
        goal: String,
        resource: String,
        position: usize,
        was_done: bool,
    },
    /// A mentor was taken off a goal: they go back at their place.
    MentorDetached {
        goal: String,
        mentor: String,
        position: usize,
    },
    /// A resource was attached to a goal: it comes off.
    ResourceAttached { goal: String, resource: String },
    /// A mentor was attached to a goal: they come off.
    MentorAttached { goal: String, mentor: String },
    /// A suggestion was saved to the plan: it comes off, and its goal if the save made it.
    ItemSaved { saved: Saved, item: Item },
    /// The undo of [`Undo::ItemSaved`]: exactly what it took off goes back.
    ItemSaveUndone { saved: Saved, item: Item },
    /// A suggested resource was dismissed: it is suggested again.
    ResourceDismissed { resource: String },
    /// A suggested mentor was hidden: they are suggested again.
    MentorHidden { mentor: String },
    /// "This is me" chose a mentor entry: the one before (if any) is chosen again.
    SelfMentorSet { before: Option<String> },
    /// A role was set or cleared: the one before comes back.
    RoleChanged {
        kind: RoleKind,
        before: Option<String>,
    },
    /// A skill added by hand was removed from the list: it is added again.
    SkillRemoved { skill: String, name: String },
    /// A shared profile was taken in: what it changed goes back, unless changed since.
    SharedImported { undo: ImportUndo },
    /// A saved file was imported (merged or replacing): the profile goes back to `before`,
    /// keeping whatever was changed after `imported_at`.
    FileImported {
        before: Box<Profile>,
        imported_at: u64,
    },
}

/// Puts back what `undo` names, stamped `now`, with the existing domain functions.
pub fn apply(profile: &mut Profile, undo: &Undo, now: u64) {
    match undo {
        Undo::FeedbackDeleted { response } => restore_feedback(profile, response, now),
        Undo::SnapshotDeleted { day } => restore_snapshot(profile, day, now),
        Undo::GoalRemoved { goal }
        | Undo::GoalCreationUndone { goal }
        | Undo::SkillPlanUndone { goal } => restore_goal(profile, goal, now),
        Undo::GoalCreated { goal } | Undo::SkillPlanned { goal } => remove_goal(profile, goal, now),
        Undo::StepAdded { goals } => {
            for goal in goals {
                remove_goal(profile, goal, now);
            }
        }
        Undo::StepAddUndone { goals } => {
            for goal in goals {
                restore_goal(profile, goal, now);
            }
        }
        Undo::ActionRemoved { goal, action } => restore_action(profile, goal, action, now),
        Undo::ResourceDetached {
            goal,
            resource,
            position,
            was_done,
        } => reattach_resource(profile, goal, resource, *position, *was_done, now),
        Undo::MentorDetached {
            goal,
            mentor,
            position,
        } => reattach_mentor(profile, goal, mentor, *position, now),
        Undo::ResourceAttached { goal, resource } => detach_resource(profile, goal, resource, now),
        Undo::MentorAttached { goal, mentor } => detach_mentor(profile, goal, mentor, now),
        Undo::ItemSaved { saved, item } => unsave_item(profile, saved, item.as_plan_item(), now),
        Undo::ItemSaveUndone { saved, item } => {
            resave_item(profile, saved, item.as_plan_item(), now)
        }
        Undo::ResourceDismissed { resource } => {
            Profile::set_flag(&mut profile.dismissed, resource, false, now)
        }
        Undo::MentorHidden { mentor } => {
            Profile::set_flag(&mut profile.hidden_mentors, mentor, false, now)
        }
        Undo::SelfMentorSet { before } => profile.self_mentor = Stamped::new(before.clone(), now),
        Undo::RoleChanged { kind, before } => match kind {
            RoleKind::Current => profile.set_current_role(before.clone(), now),
            RoleKind::Target => profile.set_target_role(before.clone(), now),
        },
        Undo::SkillRemoved { skill, name } => profile.add_skill(skill, name, now),
        Undo::SharedImported { undo } => undo_shared_import(profile, undo, now),
        Undo::FileImported {
            before,
            imported_at,
        } => {
            *profile = crate::profile::undo_import::undo_import(profile, before, *imported_at, now);
        }
    }
}

/// What to offer after `undo` was applied: another Undo, for the changes whose undo takes
/// away more than the person may expect (a goal just made, with what was written in it since).
pub fn redo(undo: &Undo) -> Option<Undo> {
    match undo {
        Undo::GoalCreated { goal } => Some(Undo::GoalCreationUndone { goal: goal.clone() }),
        Undo::SkillPlanned { goal } => Some(Undo::SkillPlanUndone { goal: goal.clone() }),
        Undo::StepAdded { goals } => Some(Undo::StepAddUndone {
            goals: goals.clone(),
        }),
        Undo::ItemSaved { saved, item } => Some(Undo::ItemSaveUndone {
            saved: saved.clone(),
            item: item.clone(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::delete_feedback;
    use crate::history::delete_snapshot;
    use crate::plan::{
        add_action, attach_mentor, attach_resource, ensure_goal, new_goal, remove_action, save_item,
    };
    use crate::profile::export::replace_document;
    use crate::profile::{flag_is_set, ReceivedFeedback, Snapshot};
    use crate::scale::Scale;
    use crate::share::import::{apply_import, ImportMode};
    use crate::share::SharedProfile;

    /// The profile as JSON without its time stamps: what the person sees, not when it changed.
    fn seen(profile: &Profile) -> serde_json::Value {
        fn strip(value: &mut serde_json::Value) {
            match value {
                serde_json::Value::Object(map) => {
                    map.retain(|key, _| !key.ends_with("updated"));
                    map.values_mut().for_each(strip);
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut value = serde_json::to_value(profile).unwrap();
        strip(&mut value);
        value
    }

    /// A profile with a bit of everything, and the id of its goal with a resource, a mentor and
    /// an action.
    fn before() -> (Profile, String, String) {
        let mut p = Profile::default();
        p.rate("sql", "SQL", Some(2), 10);
        p.add_skill("rust", "Rust", 10);
        p.set_target_role(Some("senior-engineer".into()), 10);
        p.set_current_role(Some("engineer".into()), 10);
        let goal = ensure_goal(&mut p, "sql", Some(4), 10);
        attach_resource(&mut p, &goal, "r1", 10);
        attach_resource(&mut p, &goal, "r2", 10);
        attach_mentor(&mut p, &goal, "m1", 10);
        attach_mentor(&mut p, &goal, "m2", 10);
        p.plan
            .get_mut(&goal)
            .unwrap()
            .done_resources
            .insert("r1".into());
        let action = add_action(&mut p, &goal, "read the book", 10).unwrap();
        p.snapshots.insert("2024-01-02".into(), Snapshot::default());
        p.feedback.insert(
            "resp-1".into(),
            ReceivedFeedback {
                reviewer: "Ana".into(),
                ..ReceivedFeedback::default()
            },
        );
        (p, goal, action)
    }

    /// Does `change` at time 20, applies `undo` at 30, and checks all is as before.
    fn undoes(change: impl FnOnce(&mut Profile, u64) -> Undo) {
        let (start, _, _) = before();
        let mut p = start.clone();
        let undo = change(&mut p, 20);
        assert_ne!(
            seen(&p),
            seen(&start),
            "the change changed nothing: {undo:?}"
        );
        apply(&mut p, &undo, 30);
        assert_eq!(seen(&p), seen(&start), "{undo:?}");
    }

    #[test]
    fn each_undo_puts_the_profile_back() {
        let (_, goal, action) = before();
        undoes(|p, now| {
            delete_feedback(p, "resp-1", now);
            Undo::FeedbackDeleted {
                response: "resp-1".into(),
            }
        });
        undoes(|p, now| {
            delete_snapshot(p, "2024-01-02", now);
            Undo::SnapshotDeleted {
                day: "2024-01-02".into(),
            }
        });
        undoes(|p, now| {
            remove_goal(p, &goal, now);
            Undo::GoalRemoved { goal: goal.clone() }
        });
        undoes(|p, now| {
            remove_action(p, &goal, &action, now);
            Undo::ActionRemoved {
                goal: goal.clone(),
                action: action.clone(),
            }
        });
        undoes(|p, now| {
            detach_resource(p, &goal, "r1", now);
            Undo::ResourceDetached {
                goal: goal.clone(),
                resource: "r1".into(),
                position: 0,
                was_done: true,
            }
        });
        undoes(|p, now| {
            detach_mentor(p, &goal, "m1", now);
            Undo::MentorDetached {
                goal: goal.clone(),
                mentor: "m1".into(),
                position: 0,
            }
        });
        undoes(|p, now| {
            attach_resource(p, &goal, "r3", now);
            Undo::ResourceAttached {
                goal: goal.clone(),
                resource: "r3".into(),
            }
        });
        undoes(|p, now| {
            attach_mentor(p, &goal, "m3", now);
            Undo::MentorAttached {
                goal: goal.clone(),
                mentor: "m3".into(),
            }
        });
        undoes(|p, now| {
            let saved = save_item(p, "sql", Some(4), PlanItem::Resource("r9"), now);
            Undo::ItemSaved {
                saved,
                item: Item::Resource("r9".into()),
            }
        });
        undoes(|p, now| {
            p.self_mentor = Stamped::new(Some("m1".into()), now);
            Undo::SelfMentorSet { before: None }
        });
        undoes(|p, now| {
            p.set_target_role(None, now);
            Undo::RoleChanged {
                kind: RoleKind::Target,
                before: Some("senior-engineer".into()),
            }
        });
        undoes(|p, now| {
            p.set_current_role(Some("lead".into()), now);
            Undo::RoleChanged {
                kind: RoleKind::Current,
                before: Some("engineer".into()),
            }
        });
        undoes(|p, now| {
            p.remove_added_skill("rust", now);
            Undo::SkillRemoved {
                skill: "rust".into(),
                name: "Rust".into(),
            }
        });
        undoes(|p, now| {
            let mut shared = SharedProfile {
                target_role: Some("data-analyst".into()),
                ..SharedProfile::default()
            };
            shared.levels.insert("sql".into(), 4);
            let undo = apply_import(p, &shared, &Scale::default(), ImportMode::Replace, now);
            Undo::SharedImported { undo }
        });
        undoes(|p, now| {
            let before = p.clone();
            *p = replace_document(p, Profile::default(), now);
            Undo::FileImported {
                before: Box::new(before),
                imported_at: now,
            }
        });
    }

    /// A goal (or goals) just made goes as a tombstone: the profile is as before but for it.
    #[test]
    fn undoing_a_new_goal_removes_it_and_its_redo_brings_it_back() {
        let made: [fn(&mut Profile, u64) -> Undo; 3] = [
            |p, now| Undo::GoalCreated {
                goal: new_goal(p, "speak up", None, None, now),
            },
            |p, now| Undo::SkillPlanned {
                goal: ensure_goal(p, "python", Some(3), now),
            },
            |p, now| Undo::StepAdded {
                goals: vec![
                    ensure_goal(p, "python", Some(3), now),
                    ensure_goal(p, "go", Some(2), now),
                ],
            },
        ];
        for make in made {
            let (start, _, _) = before();
            let mut p = start.clone();
            let undo = make(&mut p, 20);
            let made = seen(&p);
            apply(&mut p, &undo, 30);
            let live: Vec<_> = p.live_goals().map(|(id, _)| id.clone()).collect();
            let live_before: Vec<_> = start.live_goals().map(|(id, _)| id.clone()).collect();
            assert_eq!(live, live_before, "{undo:?}");
            let redo = redo(&undo).expect("a new goal's Undo can be undone");
            apply(&mut p, &redo, 40);
            assert_eq!(seen(&p), made, "{redo:?}");
        }
    }

    #[test]
    fn undoing_a_save_that_made_a_goal_takes_the_goal_and_its_redo_puts_it_back() {
        let (start, _, _) = before();
        let mut p = start.clone();
        let saved = save_item(&mut p, "python", Some(3), PlanItem::Mentor("m1"), 20);
        assert!(saved.new_goal);
        let made = seen(&p);
        let undo = Undo::ItemSaved {
            saved,
            item: Item::Mentor("m1".into()),
        };
        apply(&mut p, &undo, 30);
        assert_eq!(p.live_goals().count(), start.live_goals().count());
        apply(&mut p, &redo(&undo).unwrap(), 40);
        assert_eq!(seen(&p), made);
    }

    /// A suggestion dismissed or hidden is suggested again.
    #[test]
    fn undoing_a_dismissal_or_a_hiding_suggests_it_again() {
        let (mut p, _, _) = before();
        Profile::set_flag(&mut p.dismissed, "r1", true, 20);
        Profile::set_flag(&mut p.hidden_mentors, "m1", true, 20);
        apply(
            &mut p,
            &Undo::ResourceDismissed {
                resource: "r1".into(),
            },
            30,
        );
        apply(
            &mut p,
            &Undo::MentorHidden {
                mentor: "m1".into(),
            },
            30,
        );
        assert!(!flag_is_set(&p.dismissed, "r1"));
        assert!(!flag_is_set(&p.hidden_mentors, "m1"));
    }

    #[test]
    fn only_changes_that_undo_more_than_expected_offer_a_redo() {
        assert_eq!(redo(&Undo::GoalRemoved { goal: "g".into() }), None);
        assert_eq!(
            redo(&Undo::GoalCreated { goal: "g".into() }),
            Some(Undo::GoalCreationUndone { goal: "g".into() })
        );
    }

    /// Undo is applied to the profile as it is now: what another tab changed since stays.
    #[test]
    fn undo_keeps_a_change_made_since() {
        let (mut p, goal, _) = before();
        remove_goal(&mut p, &goal, 20);
        p.rate("sql", "SQL", Some(3), 25);
        apply(&mut p, &Undo::GoalRemoved { goal: goal.clone() }, 30);
        assert!(!p.plan[&goal].deleted);
        assert_eq!(p.level("sql"), Some(3));
    }
}
