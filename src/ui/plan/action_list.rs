//! A goal's checklist of the person's own actions, and the field to add one.

use super::action_row::ActionRow;
use crate::ui::keyed_rows::{keyed_rows, Row, Rows};
use crate::ui::profile_sync::use_profile;
use browser::random::tab_tag;
use domain::i18n::k;
use domain::plan::add_action_by;
use domain::profile::Goal;
use leptos::prelude::*;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use std::sync::Arc;

#[component]
pub fn ActionList(goal_id: String, goal: Memo<Goal>, dom: String) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let field_id = format!("{dom}-new-action");
    let draft = RwSignal::new(String::new());
    let rows: Rows = {
        let (goal_id, field) = (goal_id.clone(), format!("#{field_id}"));
        Arc::new(move || {
            goal.with(|g| {
                g.live_actions()
                    .map(|(id, _)| {
                        let (goal_id, action_id, field) =
                            (goal_id.clone(), id.clone(), field.clone());
                        Row::new(id.clone(), move || {
                            view! { <ActionRow goal_id=goal_id action_id=action_id goal=goal after_remove=field /> }
                            .into_any()
                        })
                    })
                    .collect()
            })
        })
    };
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let mut added = None;
        profile.edit(|p, now| added = add_action_by(p, &goal_id, &text, now, tab_tag()));
        if added.is_some() {
            draft.set(String::new());
            notifier.announce(i18n.tf(k::PLAN_ACTION_ADDED, &[("action", text.trim())]));
        }
    };
    view! {
        <div class="sg-actions-block">
            <h4 class="sg-h4">{i18n.t(k::PLAN_ACTION_HEADING)}</h4>
            <ul class="sg-action-list" data-testid="action-list">
                {keyed_rows(rows)}
            </ul>
            <form class="sg-inline-form" on:submit=add>
                <label for=field_id.clone() class="sg-visually-hidden">
                    {i18n.t(k::PLAN_ACTION_NEW)}
                </label>
                <input
                    type="text"
                    id=field_id
                    class="sg-input"
                    data-testid="new-action"
                    maxlength="2000"
                    placeholder=i18n.t(k::PLAN_ACTION_PLACEHOLDER)
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <button type="submit" class="sg-button sg-button-quiet" data-testid="add-action">
                    {i18n.t(k::PLAN_ACTION_ADD)}
                </button>
            </form>
        </div>
    }
}
