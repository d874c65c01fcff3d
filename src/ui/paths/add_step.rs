//! "Add this step to my plan": a goal for each skill the step asks to close, aiming at the
//! step's level, confirmed on screen with Undo. Goals the person already has are left alone.

use crate::ui::profile_sync::ProfileState;
use domain::feed::Feed;
use domain::i18n::k;
use domain::paths::Step;
use domain::plan::{ensure_goal, goal_for_skill, update_goal};
use domain::undo::Undo;
use shell::i18n::I18n;
use shell::notifier::Notifier;

pub fn add_step_to_plan(
    profile: ProfileState,
    notifier: Notifier,
    i18n: I18n,
    feed: &Feed,
    step: &Step,
) {
    let role = feed.roles[step.role].name.clone();
    let mut added: Vec<String> = Vec::new();
    let mut already = 0;
    // Kept with the goal, in the plan and its files: plain text, without isolation marks.
    let note = i18n.with(|tr| tr.tf_plain(k::PATHS_ADD_GOAL_NOTE, &[("role", &role)]));
    profile.edit(|p, now| {
        for skill in &step.to_close {
            let id = &feed.skills[skill.skill].id;
            if goal_for_skill(p, id).is_some() {
                already += 1;
            } else {
                let goal = ensure_goal(p, id, Some(skill.required), now);
                // So the plan says where the goal came from.
                update_goal(p, &goal, now, |g| {
                    g.notes = note.clone();
                });
                added.push(goal);
            }
        }
    });
    if added.is_empty() {
        notifier.confirm(i18n.tf(k::PATHS_ADD_ALL_THERE, &[("role", &role)]), None);
        return;
    }
    let count = added.len();
    let message = if already > 0 {
        i18n.plural(
            k::PATHS_ADD_ADDED_SOME_THERE,
            count,
            &[
                ("role", &role),
                ("already", &i18n.plural(k::PATHS_ADD_ALREADY, already, &[])),
            ],
        )
    } else {
        i18n.plural(k::PATHS_ADD_ADDED, count, &[("role", &role)])
    };
    notifier.confirm(message, Some(Undo::StepAdded { goals: added }));
}
