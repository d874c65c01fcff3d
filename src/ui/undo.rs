//! The one place Undo happens: the toast's Undo button calls [`undo`] with what the
//! confirmation holds (`domain::undo::Undo`, data written where the change was made). It puts
//! the profile back with `domain::undo::apply`, says what it did, and offers one more Undo
//! where the domain gives one (`domain::undo::redo`). Focus stays where it is: the toast.

use super::profile_sync::ProfileState;
use domain::i18n::k;
use domain::plan::goal_title;
use domain::undo::{apply, redo, Item, RoleKind, Undo};
use shell::feed::Feeds;
use shell::notifier::Notifier;

/// Applies `what` to the profile (one edit, on top of whatever changed since, here or in
/// another tab), then confirms it; the feed names a goal put back.
pub fn undo(profile: ProfileState, feeds: Feeds, notifier: Notifier, what: &Undo) {
    profile.edit(|p, now| apply(p, what, now));
    let i18n = notifier.i18n;
    let message = match what {
        Undo::FeedbackDeleted { .. } => i18n.t(k::FEEDBACK_ENTRY_RESTORED),
        Undo::SnapshotDeleted { .. } => i18n.t(k::HISTORY_BACK),
        Undo::GoalRemoved { goal } => {
            let name = feeds.loaded_untracked().and_then(|loaded| {
                profile.with_untracked(|p| {
                    p.plan
                        .get(goal)
                        .map(|g| i18n.with(|tr| goal_title(g, loaded.feed(), tr)))
                })
            });
            i18n.tf(
                k::PLAN_GOAL_REMOVE_UNDONE,
                &[("goal", name.as_deref().unwrap_or_default())],
            )
        }
        Undo::GoalCreated { .. } => i18n.t(k::PLAN_NEW_UNDONE),
        Undo::GoalCreationUndone { .. } => i18n.t(k::PLAN_NEW_REDONE),
        Undo::SkillPlanned { .. } => i18n.t(k::GAP_PLAN_REMOVED),
        Undo::SkillPlanUndone { .. } => i18n.t(k::GAP_PLAN_BACK),
        Undo::StepAdded { .. } => i18n.t(k::PATHS_ADD_REMOVED),
        Undo::StepAddUndone { .. } => i18n.t(k::PATHS_ADD_BACK),
        Undo::ActionRemoved { .. } => i18n.t(k::PLAN_ACTION_REMOVE_UNDONE),
        Undo::ResourceDetached { .. } => i18n.t(k::PLAN_RESOURCE_DETACH_UNDONE),
        Undo::MentorDetached { .. } => i18n.t(k::PLAN_MENTOR_DETACH_UNDONE),
        Undo::ResourceAttached { .. } => i18n.t(k::PLAN_ATTACH_RESOURCE_UNDONE),
        Undo::MentorAttached { .. } => i18n.t(k::PLAN_ATTACH_MENTOR_UNDONE),
        Undo::ItemSaved { item, .. } => i18n.t(match item {
            Item::Resource(_) => k::RESOURCE_SAVE_UNDONE,
            Item::Mentor(_) => k::MENTOR_SAVE_UNDONE,
        }),
        Undo::ItemSaveUndone { .. } => i18n.t(k::PLAN_SAVE_BACK),
        Undo::ResourceDismissed { .. } => i18n.t(k::RESOURCE_DISMISS_UNDONE),
        Undo::MentorHidden { .. } => i18n.t(k::MENTOR_HIDE_UNDONE),
        Undo::SelfMentorSet { .. } => i18n.t(k::MENTOR_ME_UNDONE),
        Undo::RoleChanged { kind, .. } => i18n.t(match kind {
            RoleKind::Target => k::ROLE_CHANGE_TARGET_RESTORED,
            RoleKind::Current => k::ROLE_CHANGE_CURRENT_RESTORED,
        }),
        Undo::SkillRemoved { name, .. } => i18n.tf(k::ASSESS_DETAILS_RESTORED, &[("skill", name)]),
        Undo::SharedImported { .. } => i18n.t(k::SHARE_IMPORT_UNDONE),
        Undo::FileImported { .. } => i18n.t(k::DATA_IMPORT_UNDONE),
    };
    notifier.confirm(message, redo(what));
}
