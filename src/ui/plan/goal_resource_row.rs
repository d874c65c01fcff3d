//! One resource attached to a goal: done or not, a link to open it, and Remove.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::plan::{detach_resource, set_resource_done};
use domain::profile::Goal;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::dom_id::dom_id;

#[component]
pub fn GoalResourceRow(
    goal_id: String,
    resource_id: String,
    goal: Memo<Goal>,
    /// Where focus goes after Remove: the goal's heading.
    heading: String,
    /// Set to an offer to re-rate the goal's skill when the user finishes a resource.
    rerate_offer: RwSignal<Option<String>>,
    skill_name: String,
) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let resource = loaded.feed().resources.iter().find(|r| r.id == resource_id);
    let title = resource.map_or_else(
        || i18n.tf(k::PLAN_RESOURCE_GONE, &[("resource", &resource_id)]),
        |r| r.title.clone(),
    );
    let url = resource.map(|r| r.url.clone());
    let done = {
        let id = resource_id.clone();
        Memo::new(move |_| goal.with(|g| g.done_resources.contains(&id)))
    };
    let box_id = format!("sg-done-{}-{}", dom_id(&goal_id), dom_id(&resource_id));
    let toggle = {
        let (goal_id, resource_id, title) = (goal_id.clone(), resource_id.clone(), title.clone());
        move |ev| {
            let on = event_target_checked(&ev);
            let mut offered = None;
            profile.edit(|p, now| offered = set_resource_done(p, &goal_id, &resource_id, on, now));
            if offered.is_some() {
                rerate_offer.set(Some(i18n.tf(
                    k::PLAN_RESOURCE_RERATE_OFFER,
                    &[("resource", &title), ("skill", &skill_name)],
                )));
            }
        }
    };
    let detach = {
        let (goal_id, resource_id, title) = (goal_id.clone(), resource_id.clone(), title.clone());
        move |_| {
            let (position, was_done) = goal.with_untracked(|g| {
                (
                    g.resources
                        .iter()
                        .position(|r| *r == resource_id)
                        .unwrap_or(0),
                    g.done_resources.contains(&resource_id),
                )
            });
            profile.edit(|p, now| detach_resource(p, &goal_id, &resource_id, now));
            let (goal_id, resource_id) = (goal_id.clone(), resource_id.clone());
            notifier.confirm(
                i18n.tf(k::PLAN_RESOURCE_DETACH_DONE, &[("resource", &title)]),
                Some(Undo::ResourceDetached {
                    goal: goal_id,
                    resource: resource_id,
                    position,
                    was_done,
                }),
            );
            notifier.focus(&heading);
        }
    };
    view! {
        <li data-testid=format!("goal-resource-{resource_id}")>
            <input
                type="checkbox"
                id=box_id.clone()
                prop:checked=move || done.get()
                on:change=toggle
            />
            <label for=box_id>
                " " <span class="sg-visually-hidden">{i18n.t(k::PLAN_RESOURCE_DONE_LABEL)}</span>
                " " {title.clone()}
            </label>
            {url
                .map(|u| {
                    view! {
                        " "
                        <a href=u target="_blank" rel="noopener noreferrer" class="sg-no-print">
                            {i18n.t(k::PLAN_RESOURCE_OPEN)}
                            <span class="sg-visually-hidden">{format!(" {title}")}</span>
                        </a>
                    }
                })}
            " "
            <button
                type="button"
                class="sg-button sg-button-quiet sg-button-small sg-no-print"
                data-testid="detach-resource"
                on:click=detach
            >
                {i18n.t(k::PLAN_REMOVE)}
                <span class="sg-visually-hidden">{format!(": {title}")}</span>
            </button>
        </li>
    }
}
