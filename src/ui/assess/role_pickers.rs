//! Current and target role, grouped by family, with the current role's career path.

use super::role_search::RoleSearch;
use crate::domain::feed::Feed;
use crate::domain::text::push_html_escaped;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The options as markup, set in one go: a large feed has thousands of roles, and creating each
/// option as its own node costs tens of milliseconds while none of them ever changes.
fn role_options_html(feed: &Feed, empty: &str) -> String {
    let families = feed.role_families();
    let mut by_family: Vec<Vec<usize>> = vec![Vec::new(); families.len()];
    for (idx, role) in feed.roles.iter().enumerate() {
        if let Some(f) = families.iter().position(|f| *f == role.family) {
            by_family[f].push(idx);
        }
    }
    let mut html = String::with_capacity(64 * feed.roles.len() + 64);
    html.push_str("<option value=\"\">");
    push_html_escaped(&mut html, empty);
    html.push_str("</option>");
    for (family, roles) in families.iter().zip(&by_family) {
        html.push_str("<optgroup label=\"");
        push_html_escaped(
            &mut html,
            if family.is_empty() {
                "Other roles"
            } else {
                family
            },
        );
        html.push_str("\">");
        for &idx in roles {
            let role = &feed.roles[idx];
            html.push_str("<option value=\"");
            push_html_escaped(&mut html, &role.id);
            html.push_str("\">");
            push_html_escaped(&mut html, &role.name);
            if !role.seniority.is_empty() {
                html.push_str(" · ");
                push_html_escaped(&mut html, &role.seniority);
            }
            html.push_str("</option>");
        }
        html.push_str("</optgroup>");
    }
    html
}

#[component]
pub fn RolePickers() -> impl IntoView {
    let state = use_app_state();
    let loaded = state
        .loaded_untracked()
        .expect("shown once the feed is loaded");
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
            <RoleSelect id="sg-current-role" label="Your current role" empty="Not set" testid="current-role" target=false/>
            <RoleSelect id="sg-target-role" label="Role you aim for" empty="Choose a role…" testid="target-role" target=true/>
        </div>
        {next_steps}
        <RoleSearch/>
    }
}

/// A role select grouped by family, bound to the current or the target role.
#[component]
fn RoleSelect(
    id: &'static str,
    label: &'static str,
    empty: &'static str,
    testid: &'static str,
    target: bool,
) -> impl IntoView {
    let state = use_app_state();
    let loaded = state
        .loaded_untracked()
        .expect("shown once the feed is loaded");
    let value = move || {
        state
            .profile
            .with(|p| {
                if target {
                    p.target_role.value.clone()
                } else {
                    p.current_role.value.clone()
                }
            })
            .unwrap_or_default()
    };
    view! {
        <div class="sg-field">
            <label for=id class="sg-label">{label}</label>
            <select
                id=id
                class="sg-select"
                data-testid=testid
                inner_html=role_options_html(loaded.feed(), empty)
                prop:value=value
                on:change=move |ev| {
                    let role = Some(event_target_value(&ev)).filter(|r| !r.is_empty());
                    state.edit(|p, now| if target { p.set_target_role(role, now) } else { p.set_current_role(role, now) });
                }
            >
            </select>
        </div>
    }
}
