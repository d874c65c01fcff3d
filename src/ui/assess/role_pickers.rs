//! Current and target role, grouped by family, with the current role's career path.

use super::role_search::RoleSearch;
use crate::domain::feed::Feed;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn role_options(feed: &Feed) -> impl IntoView {
    feed.role_families()
        .into_iter()
        .map(|family| {
            let roles = feed
                .roles
                .iter()
                .filter(|r| r.family == family)
                .map(|r| {
                    let label = if r.seniority.is_empty() {
                        r.name.clone()
                    } else {
                        format!("{} · {}", r.name, r.seniority)
                    };
                    view! { <option value=r.id.clone()>{label}</option> }
                })
                .collect_view();
            let family = if family.is_empty() {
                "Other roles".to_owned()
            } else {
                family.to_owned()
            };
            view! { <optgroup label=family>{roles}</optgroup> }
        })
        .collect_view()
}

#[component]
pub fn RolePickers() -> impl IntoView {
    let state = use_app_state();
    let loaded = state
        .loaded_untracked()
        .expect("shown once the feed is loaded");
    let current = move || {
        state
            .profile
            .with(|p| p.current_role.value.clone().unwrap_or_default())
    };
    let target = move || {
        state
            .profile
            .with(|p| p.target_role.value.clone().unwrap_or_default())
    };
    let next_steps = {
        let loaded = loaded.clone();
        move || {
            let feed = loaded.feed();
            let current = state.profile.with(|p| p.current_role.value.clone())?;
            let role = &feed.roles[feed.role_by_id(&current)?];
            if role.next_roles.is_empty() {
                return None;
            }
            let buttons = role
                .next_roles
                .iter()
                .map(|&idx| {
                    let next = &feed.roles[idx];
                    let (id, name) = (next.id.clone(), next.name.clone());
                    let label = format!("Aim for {name}");
                    view! {
                        <button type="button" class="sg-button sg-button-quiet" on:click=move |_| {
                            let id = id.clone();
                            state.edit(|p, now| p.set_target_role(Some(id), now));
                            state.announce(format!("Target role set to {name}."));
                        }>{label}</button>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="sg-next-steps" data-testid="next-steps">
                    <span class="sg-muted">"Usual next steps: "</span>
                    {buttons}
                </div>
            })
        }
    };
    view! {
        <div class="sg-role-pickers">
            <div class="sg-field">
                <label for="sg-current-role" class="sg-label">"Your current role"</label>
                <select
                    id="sg-current-role"
                    class="sg-select"
                    data-testid="current-role"
                    prop:value=current
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        state.edit(|p, now| p.set_current_role((!id.is_empty()).then_some(id), now));
                    }
                >
                    <option value="">"Not set"</option>
                    {role_options(loaded.feed())}
                </select>
            </div>
            <div class="sg-field">
                <label for="sg-target-role" class="sg-label">"Role you aim for"</label>
                <select
                    id="sg-target-role"
                    class="sg-select"
                    data-testid="target-role"
                    prop:value=target
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        state.edit(|p, now| p.set_target_role((!id.is_empty()).then_some(id), now));
                    }
                >
                    <option value="">"Choose a role…"</option>
                    {role_options(loaded.feed())}
                </select>
            </div>
        </div>
        {next_steps}
        <RoleSearch/>
    }
}
