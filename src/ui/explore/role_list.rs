//! The ranked role list with a family filter; rendered in pages, so 3,000 roles stay instant.

use super::role_row::RoleRow;
use crate::browser::clock::Mark;
use crate::domain::explorer::{rank_roles, RoleFit};
use crate::domain::profile::Profile;
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

const PAGE: usize = 25;

#[component]
pub fn RoleList() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let families: Vec<String> = loaded
        .feed()
        .role_families()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let family = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let ranked = Memo::new(move |_| {
        let mark = Mark::start("skillgap:rank-roles");
        let family = family.get();
        let levels_only = state.profile.with(|p| Profile {
            skills: p.skills.clone(),
            ..Profile::default()
        });
        let ranked = rank_roles(
            loaded.feed(),
            &levels_only,
            (!family.is_empty()).then_some(family.as_str()),
        );
        mark.end();
        ranked
    });
    let total = Memo::new(move |_| ranked.with(Vec::len));
    // A row is rebuilt only when what it shows changes: its rank or its figures.
    let key = |(rank, fit): &(usize, RoleFit)| {
        (
            *rank,
            fit.role,
            fit.fit.map(f64::to_bits),
            fit.unrated,
            fit.skills_to_close,
            fit.levels_to_close,
            fit.essential_missing.clone(),
        )
    };
    let rows = view! {
        <ol class="sg-role-list" data-testid="role-ranking">
            <For
                each=move || {
                    ranked
                        .with(|r| {
                            r.iter().take(shown.get()).cloned().enumerate().collect::<Vec<_>>()
                        })
                }
                key=key
                children=|(rank, fit)| view! { <RoleRow rank=rank fit=fit /> }
            />
        </ol>
        <Show when=move || shown.get() < total.get()>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=move |_| shown.update(|n| *n += PAGE)
            >
                {move || {
                    format!("Show more roles ({} more)", total.get().saturating_sub(shown.get()))
                }}
            </button>
        </Show>
    };
    view! {
        <div class="sg-field">
            <label for="sg-family-filter" class="sg-label">
                "Role family"
            </label>
            <select
                id="sg-family-filter"
                class="sg-select"
                data-testid="family-filter"
                on:change=move |ev| {
                    family.set(event_target_value(&ev));
                    shown.set(PAGE);
                }
            >
                <option value="">"All families"</option>
                {families
                    .into_iter()
                    .map(|f| view! { <option value=f.clone()>{f.clone()}</option> })
                    .collect_view()}
            </select>
        </div>
        {rows}
    }
}
