//! One action of a goal: done or not, its text (editable in place), and Remove with Undo.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::plan::{remove_action, set_action_done, set_action_text};
use domain::profile::Goal;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::dom_id::dom_id;

#[component]
pub fn ActionRow(
    goal_id: String,
    action_id: String,
    goal: Memo<Goal>,
    /// Where focus goes after Remove: the goal's new-action field.
    after_remove: String,
) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let action = {
        let id = action_id.clone();
        Memo::new(move |_| goal.with(|g| g.actions.get(&id).cloned().unwrap_or_default()))
    };
    let dom = format!("sg-action-{}-{}", dom_id(&goal_id), dom_id(&action_id));
    let toggle = {
        let (goal_id, action_id) = (goal_id.clone(), action_id.clone());
        move |ev| {
            let done = event_target_checked(&ev);
            profile.edit(|p, now| set_action_done(p, &goal_id, &action_id, done, now));
        }
    };
    let rename = {
        let (goal_id, action_id) = (goal_id.clone(), action_id.clone());
        move |ev| {
            let text = event_target_value(&ev);
            if text.trim().is_empty() {
                // An emptied field keeps the action; Remove is the way to take it off.
                notifier.confirm(i18n.t(k::PLAN_ACTION_EMPTY), None);
                return;
            }
            profile.edit(|p, now| set_action_text(p, &goal_id, &action_id, &text, now));
        }
    };
    let remove = move |_| {
        let text = action.get_untracked().text;
        let (goal_id, action_id) = (goal_id.clone(), action_id.clone());
        profile.edit(|p, now| remove_action(p, &goal_id, &action_id, now));
        notifier.confirm(
            i18n.tf(k::PLAN_ACTION_REMOVE_DONE, &[("action", &text)]),
            Some(Undo::ActionRemoved {
                goal: goal_id,
                action: action_id,
            }),
        );
        notifier.focus(&after_remove);
    };
    view! {
        <li class="sg-action" data-testid="goal-action">
            <input
                type="checkbox"
                id=format!("{dom}-done")
                data-testid="action-done"
                prop:checked=move || action.get().done
                on:change=toggle
            />
            <label for=format!("{dom}-done") class="sg-visually-hidden">
                {move || i18n.tf(k::PLAN_ACTION_DONE_LABEL, &[("action", &action.get().text)])}
            </label>
            <input
                type="text"
                class="sg-input sg-action-text"
                class:sg-action-done=move || action.get().done
                data-testid="action-text"
                maxlength="2000"
                aria-label=move || {
                    i18n.tf(k::PLAN_ACTION_TEXT_LABEL, &[("action", &action.get().text)])
                }
                prop:value=move || action.get().text
                on:change=rename
            />
            <button
                type="button"
                class="sg-button sg-button-quiet sg-button-small"
                data-testid="remove-action"
                on:click=remove
            >
                {i18n.t(k::PLAN_REMOVE)}
                <span class="sg-visually-hidden">{move || format!(": {}", action.get().text)}</span>
            </button>
        </li>
    }
}
