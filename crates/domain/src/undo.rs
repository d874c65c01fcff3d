//! What Undo puts back, as data: each variant names what was just done and holds exactly what
//! is needed to undo it. The widget keeps one in its confirmation and, when Undo is pressed,
//! calls [`apply`] in one place; nothing else about Undo is written at the places that offer it.
//!
//! Some variants are the undo of an Undo (`…Undone`): pressed late, removing a goal one just
//! made also takes what was written in it since, so one more Undo brings all of it back.

use crate::feedback::restore_feedback;
use crate::history::restore_snapshot;
use crate::plan::{
    detach_mentor, detach_resource, reattach_mentor, reattach_resource, remove_goal,
    resave_item, restore_action, restore_goal, unsave_item, PlanItem, Saved,
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
        Undo::GoalCreated { goal } | Undo::SkillPlanned { goal } => {
            remove_goal(profile, goal, now)
        }
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
        Undo::ResourceAttached { goal, resource } => {
            detach_resource(profile, goal, resource, now)
        }
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
            *profile =
                crate::profile::undo_import::undo_import(profile, before, *imported_at, now);
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
