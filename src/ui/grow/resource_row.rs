//! One suggested resource with the reason it is suggested; save it to the plan or dismiss it.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::plan::{save_item, PlanItem};
use domain::profile::Profile;
use domain::scale::Level;
use domain::suggestions::resources::ResourceSuggestion;
use domain::undo::{Item, Undo};
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn ResourceRow(suggestion: ResourceSuggestion, required: Option<Level>) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let feed = loaded.feed();
    let resource = feed.resources[suggestion.resource].clone();
    let skill_id = feed.skills[suggestion.skill].id.clone();
    let reason = i18n.with(|tr| suggestion.reason(feed, tr));
    let saved = {
        let id = resource.id.clone();
        Memo::new(move |_| profile.with(|p| p.live_goals().any(|(_, g)| g.resources.contains(&id))))
    };
    let save = {
        let (id, title) = (resource.id.clone(), resource.title.clone());
        move |_| {
            let mut saved = None;
            profile.edit(|p, now| {
                saved = Some(save_item(
                    p,
                    &skill_id,
                    required,
                    PlanItem::Resource(&id),
                    now,
                ))
            });
            let (Some(saved), id) = (saved, id.clone()) else {
                return;
            };
            notifier.confirm(
                i18n.tf(k::RESOURCE_SAVE_DONE, &[("resource", &title)]),
                Some(Undo::ItemSaved {
                    saved,
                    item: Item::Resource(id),
                }),
            );
        }
    };
    let dismiss = {
        let (id, title) = (resource.id.clone(), resource.title.clone());
        move |_| {
            profile.edit(|p, now| Profile::set_flag(&mut p.dismissed, &id, true, now));
            notifier.confirm(
                i18n.tf(k::RESOURCE_DISMISS_DONE, &[("resource", &title)]),
                Some(Undo::ResourceDismissed {
                    resource: id.clone(),
                }),
            );
        }
    };
    let title = resource.title.clone();
    view! {
        <li class="sg-suggestion" data-testid=format!("resource-{}", resource.id)>
            <a
                href=resource.url.clone()
                target="_blank"
                rel="noopener noreferrer"
                class="sg-suggestion-title"
            >
                {title.clone()}
            </a>
            <span class="sg-muted">{resource.provider.clone()}</span>
            <p class="sg-why" data-testid="why">
                {reason}
            </p>
            <div class="sg-actions">
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="save-resource"
                    on:click=save
                >
                    {move || {
                        if saved.get() {
                            i18n.t(k::GROW_SAVED_TO_PLAN)
                        } else {
                            i18n.t(k::GROW_SAVE_TO_PLAN)
                        }
                    }}
                    <span class="sg-visually-hidden">{format!(": {title}")}</span>
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="dismiss-resource"
                    on:click=dismiss
                >
                    {i18n.t(k::RESOURCE_DISMISS_BUTTON)}
                    <span class="sg-visually-hidden">{format!(": {}", resource.title)}</span>
                </button>
            </div>
        </li>
    }
}
