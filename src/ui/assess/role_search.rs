//! Finding a role by name with typos and partial words forgiven.

use crate::ui::role_change::RoleKind;
use crate::ui::search_field::SearchField;
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

const MAX_RESULTS: usize = 8;

#[component]
pub fn RoleSearch() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let query = RwSignal::new(String::new());
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
                        "No role matches that."
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
                let name_for_label = name.clone();
                let detail = role.family_and_seniority();
                view! {
                    <li class="sg-result">
                        <span class="sg-result-name">{name.clone()}</span>
                        <span class="sg-muted">{detail}</span>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| {
                                query.set(String::new());
                                state.change_role(RoleKind::Target, Some(id.clone()), &name);
                            }
                        >
                            "Aim for this"
                            <span class="sg-visually-hidden">{format!(": {name_for_label}")}</span>
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
            label="Find a role"
            testid="role-search"
            placeholder="A role or family, e.g. analyst"
            query=query
        >
            {results}
        </SearchField>
    }
}
