//! Current and target role, grouped by family, with the current role's career path.

use super::role_search::RoleSearch;
use super::skill_entries::ChosenRoles;
use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::use_profile;
use crate::ui::role_change::RoleKind;
use domain::i18n::k;
use leptos::prelude::*;
use markup::role_options::role_options;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

/// Next roles offered as buttons beside the role pickers; more are counted.
const NEXT_STEP_BUTTONS: usize = 6;

#[component]
pub fn RolePickers() -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let loaded = use_feed();
    let chosen = expect_context::<ChosenRoles>();
    let i18n = use_i18n();
    let next_steps = {
        let loaded = loaded.clone();
        move || {
            let feed = loaded.feed();
            let (target, current) = chosen.0.get();
            let role = &feed.roles[current?];
            // The role already aimed for is no suggestion.
            let next: Vec<_> = role
                .next_roles
                .iter()
                .copied()
                .filter(|&idx| Some(idx) != target)
                .collect();
            if next.is_empty() {
                return None;
            }
            // A role may lead to every other: a few buttons, and the rest in Career paths.
            let all = (next.len() > NEXT_STEP_BUTTONS).then(|| {
                let count = next.len();
                view! {
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        data-testid="next-steps-all"
                        on:click=move |_| nav.section.set(Section::Paths)
                    >
                        {i18n.plural(k::ASSESS_NEXT_STEPS_ALL, count, &[])}
                    </button>
                }
            });
            let buttons = next
                .into_iter()
                .take(NEXT_STEP_BUTTONS)
                .map(|idx| {
                    let next = &feed.roles[idx];
                    let (id, name) = (next.id.clone(), next.name.clone());
                    let label = i18n.tf(k::ASSESS_NEXT_STEPS_AIM_FOR, &[("role", &name)]);
                    view! {
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| {
                                profile
                                    .change_role(
                                        notifier,
                                        RoleKind::Target,
                                        Some(id.clone()),
                                        &name,
                                    );
                                notifier.focus("#sg-target-role");
                            }
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="sg-next-steps" data-testid="next-steps">
                    <span class="sg-muted">{i18n.t(k::ASSESS_NEXT_STEPS_LABEL)}</span>
                    " "
                    {buttons}
                    {all}
                </div>
            })
        }
    };
    view! {
        <div class="sg-role-pickers">
            <RoleSelect
                id="sg-current-role"
                label=i18n.t(k::ASSESS_CURRENT_ROLE_LABEL)
                empty=i18n.t(k::ASSESS_CURRENT_ROLE_EMPTY)
                testid="current-role"
                target=false
            />
            <RoleSelect
                id="sg-target-role"
                label=i18n.t(k::ASSESS_TARGET_ROLE_LABEL)
                empty=i18n.t(k::ASSESS_TARGET_ROLE_EMPTY)
                testid="target-role"
                target=true
            />
        </div>
        {next_steps}
        <RoleSearch />
    }
}

/// A role select grouped by family, bound to the current or the target role.
#[component]
fn RoleSelect(
    id: &'static str,
    label: String,
    empty: String,
    testid: &'static str,
    target: bool,
) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let loaded = use_feed();
    let value = move || {
        profile
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
            <label for=id class="sg-label">
                {label}
            </label>
            <select
                id=id
                class="sg-select"
                data-testid=testid
                inner_html=role_options(loaded.feed(), &empty, &use_i18n().translator())
                prop:value=value
                on:change=move |ev| {
                    let role = Some(event_target_value(&ev)).filter(|r| !r.is_empty());
                    let feed = loaded.feed();
                    let name = role
                        .as_deref()
                        .and_then(|r| feed.role_by_id(r))
                        .map_or(String::new(), |r| feed.roles[r].name.clone());
                    let kind = if target { RoleKind::Target } else { RoleKind::Current };
                    profile.change_role(notifier, kind, role, &name);
                }
            ></select>
        </div>
    }
}
