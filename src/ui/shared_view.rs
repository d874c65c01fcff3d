//! Someone's shared profile, opened from a link: read-only, clearly marked, importable.

use super::state::{use_app_state, use_feed};
use crate::browser::clock::now_ms;
use crate::domain::profile::merge::merge;
use crate::domain::profile::share::to_profile;
use crate::markup::shared_profile::shared_profile;
use leptos::prelude::*;

#[component]
pub fn SharedView() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let close = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash("");
        }
        state.shared.set(None);
    };
    let body = move || match state.shared.get() {
        Some(Err(error)) => view! {
            <div class="sg-error" role="alert" data-testid="share-error">
                <p>{error.message()}</p>
            </div>
        }
        .into_any(),
        Some(Ok(shared)) => {
            let html = shared_profile(loaded.feed(), &shared);
            let import = move |_| {
                let incoming = to_profile(&shared, now_ms());
                state.replace_profile(state.profile.with_untracked(|p| merge(p, &incoming)));
                state.announce("The shared profile was merged into yours.");
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash("");
                }
                state.shared.set(None);
            };
            view! {
                <div data-testid="shared-view">
                    <div inner_html=html></div>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button"
                            on:click=import.clone()
                            data-testid="import-shared"
                        >
                            "Import into my profile"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        None => ().into_any(),
    };
    view! {
        <section class="sg-section sg-shared" aria-labelledby="sg-shared-heading">
            <div class="sg-banner" role="status">
                <h2 id="sg-shared-heading" class="sg-h2">
                    "Someone's shared profile (read-only)"
                </h2>
                <p>
                    "You are looking at a profile someone shared with you. Nothing from it is saved unless you import it, and your own data is not changed."
                </p>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=close
                    data-testid="close-shared"
                >
                    "Back to my own profile"
                </button>
            </div>
            {body}
        </section>
    }
}
