//! "Rated X of Y" for the target role, and a jump to the next unrated skill.

use super::rating_list::target_role_skills;
use crate::domain::dom_id::dom_id;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Progress() -> impl IntoView {
    let state = use_app_state();
    let skills = target_role_skills();
    let counts = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let skills = skills.get();
        if skills.is_empty() {
            return None;
        }
        let feed = loaded.feed();
        let unrated: Vec<String> = state.profile.with(|p| {
            skills
                .iter()
                .map(|&i| feed.skills[i].id.clone())
                .filter(|id| p.level(id).is_none())
                .collect()
        });
        Some((skills.len() - unrated.len(), skills.len(), unrated))
    });
    let jump = move |_| {
        if let Some((_, _, unrated)) = counts.get_untracked() {
            if let Some(id) = unrated.first() {
                state.focus(&format!("#sg-skill-{}-level-none", dom_id(id)));
            }
        }
    };
    view! {
        <Show when=move || counts.get().is_some()>
            <div class="sg-progress">
                <p data-testid="rated-progress">
                    {move || {
                        counts.get().map(|(rated, total, _)| format!("Rated {rated} of {total}"))
                    }}
                </p>
                <Show when=move || counts.get().is_some_and(|(_, _, unrated)| !unrated.is_empty())>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=jump
                        data-testid="next-unrated"
                    >
                        "Go to the next unrated skill"
                    </button>
                </Show>
            </div>
        </Show>
    }
}
