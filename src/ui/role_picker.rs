//! Choosing the role to compare against, grouped by family.

use super::state::use_app_state;
use crate::browser::clock::now_ms;
use leptos::prelude::*;

#[component]
pub fn RolePicker() -> impl IntoView {
    let state = use_app_state();
    let options = move || {
        let load = state.loaded()?;
        let feed = &load.feed;
        let groups = feed
            .role_families()
            .into_iter()
            .map(|family| {
                let roles = feed
                    .roles
                    .iter()
                    .filter(|r| r.family == family)
                    .map(|r| {
                        let id = r.id.clone();
                        let label = if r.seniority.is_empty() {
                            r.name.clone()
                        } else {
                            format!("{} · {}", r.name, r.seniority)
                        };
                        view! { <option value=id>{label}</option> }
                    })
                    .collect_view();
                let family = if family.is_empty() {
                    "Other roles".to_owned()
                } else {
                    family.to_owned()
                };
                view! { <optgroup label=family>{roles}</optgroup> }
            })
            .collect_view();
        Some(groups)
    };
    let selected = move || {
        state
            .profile
            .with(|p| p.target_role.value.clone().unwrap_or_default())
    };
    let on_change = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        state
            .profile
            .update(|p| p.set_target_role((!id.is_empty()).then_some(id), now_ms()));
    };
    view! {
        <div class="sg-field">
            <label for="sg-target-role" class="sg-label">"Role you aim for"</label>
            <select id="sg-target-role" class="sg-select" data-testid="target-role" on:change=on_change prop:value=selected>
                <option value="">"Choose a role…"</option>
                {options}
            </select>
        </div>
    }
}
