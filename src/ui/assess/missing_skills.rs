//! Ratings of skills the feed no longer has: kept, and shown, never silently dropped.

use crate::domain::profile::relink::missing_from_feed;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn MissingSkills() -> impl IntoView {
    let state = use_app_state();
    let missing = Memo::new(move |_| {
        let Some(loaded) = state.loaded() else {
            return Vec::new();
        };
        state.profile.with(|p| {
            missing_from_feed(p, loaded.feed())
                .into_iter()
                .map(|(id, name)| {
                    let level = p
                        .level(id)
                        .map_or("not rated".to_owned(), |l| format!("rated {l}"));
                    format!("{} ({level})", if name.is_empty() { id } else { name })
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !missing.get().is_empty()>
            <div class="sg-card" data-testid="missing-skills">
                <h3 class="sg-h3">"No longer in the framework"</h3>
                <p class="sg-muted">
                    "These skills were removed from the framework. Your ratings and notes are kept."
                </p>
                <ul>
                    {move || {
                        missing.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
