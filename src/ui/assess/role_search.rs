//! Finding a role by name with typos and partial words forgiven.

use crate::ui::profile_sync::use_profile;
use crate::ui::role_change::RoleKind;
use crate::ui::search_field::SearchField;
use domain::i18n::k;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

const MAX_RESULTS: usize = 8;

#[component]
pub fn RoleSearch() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let loaded = use_feed();
    let query = RwSignal::new(String::new());
    let i18n = use_i18n();
    let results = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let feed = loaded.feed();
        let hits = loaded.role_search().search(&q, MAX_RESULTS);
        if hits.is_empty() {
            return Some(
                view! {
                    <p class="sg-muted" role="status">
                        {i18n.t(k::ASSESS_ROLE_SEARCH_NONE)}
                    </p>
                }
                .into_any(),
            );
        }
        let items = hits
            .into_iter()
            .map(|hit| {
                let role = &feed.roles[hit.target];
                let (id, name) = (role.id.clone(), role.name.clone());
                let aria_label = i18n.tf(k::ASSESS_ROLE_SEARCH_AIM_LABEL, &[("role", &name)]);
                let detail = role.family_and_seniority();
                view! {
                    <li class="sg-result">
                        <span class="sg-result-name">{name.clone()}</span>
                        <span class="sg-muted">{detail}</span>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            aria-label=aria_label
                            on:click=move |_| {
                                query.set(String::new());
                                profile
                                    .change_role(
                                        notifier,
                                        RoleKind::Target,
                                        Some(id.clone()),
                                        &name,
                                    );
                            }
                        >
                            {i18n.t(k::ASSESS_ROLE_SEARCH_AIM)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(
            view! {
                <ul class="sg-results" data-testid="role-results">
                    {items}
                </ul>
            }
            .into_any(),
        )
    };
    view! {
        <SearchField
            id="sg-role-search"
            label=i18n.t(k::ASSESS_ROLE_SEARCH_LABEL)
            testid="role-search"
            placeholder=i18n.t(k::ASSESS_ROLE_SEARCH_PLACEHOLDER)
            query=query
        >
            {results}
        </SearchField>
    }
}
