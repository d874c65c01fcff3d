//! "Add this step to my plan": a goal for each skill the step asks to close, aiming at the
//! step's level, confirmed on screen with Undo. Goals the person already has are left alone.

use crate::domain::feed::Feed;
use crate::domain::paths::Step;
use crate::domain::plan::{ensure_goal, goal_for_skill, remove_goal, restore_goal, update_goal};
use crate::ui::state::AppState;
use std::sync::Arc;

pub fn add_step_to_plan(state: AppState, feed: &Feed, step: &Step) {
    let role = feed.roles[step.role].name.clone();
    let mut added: Vec<String> = Vec::new();
    let mut already = 0;
    state.edit(|p, now| {
        for skill in &step.to_close {
            let id = &feed.skills[skill.skill].id;
            if goal_for_skill(p, id).is_some() {
                already += 1;
            } else {
                let goal = ensure_goal(p, id, Some(skill.required), now);
                // So the plan says where the goal came from.
                update_goal(p, &goal, now, |g| {
                    g.notes = format!("A step towards {role} (from Career paths).");
                });
                added.push(goal);
            }
        }
    });
    if added.is_empty() {
        state.confirm(
            format!("Every skill of “{role}” already has a goal in your plan."),
            None,
        );
        return;
    }
    let count = added.len();
    let mut message = format!(
        "{count} goal{} for “{role}” added to your plan",
        if count == 1 { "" } else { "s" }
    );
    if already > 0 {
        message.push_str(&format!(
            " ({already} {} there already)",
            if already == 1 { "was" } else { "were" }
        ));
    }
    message.push_str(". Add actions and resources under “My plan”.");
    let undo = Arc::new(move || {
        let added = added.clone();
        state.edit(|p, now| {
            for goal in &added {
                remove_goal(p, goal, now);
            }
        });
        let redo = Arc::new(move || {
            state.edit(|p, now| {
                for goal in &added {
                    restore_goal(p, goal, now);
                }
            });
            state.confirm("The step’s goals are back in your plan.", None);
        });
        state.confirm("The step’s goals were taken off your plan.", Some(redo));
    });
    state.confirm(message, Some(undo));
}
