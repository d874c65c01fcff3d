//! What shows while the feed is on its way: the navigation's place kept (so nothing jumps
//! when it arrives) and, when it takes unusually long, a way to ask for it again.

use super::state::{use_app_state, FeedState};
use leptos::prelude::*;
use std::time::Duration;

/// After this long without the feed, the note says so and offers Try again.
const SLOW_FEED: Duration = Duration::from_secs(10);

/// As many placeholders as the navigation has sections.
const NAV_PLACEHOLDERS: usize = 7;

#[component]
pub fn LoadingNote(retry: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let slow = RwSignal::new(false);
    if let Ok(timer) = set_timeout_with_handle(move || slow.set(true), SLOW_FEED) {
        on_cleanup(move || timer.clear());
    }
    view! {
        <Show when=move || matches!(state.feed.get(), FeedState::Loading)>
            <div class="sg-nav-placeholder" aria-hidden="true">
                {(0..NAV_PLACEHOLDERS).map(|_| view! { <span></span> }).collect_view()}
            </div>
            <div class="sg-loading" role="status" data-testid="feed-loading">
                <p class="sg-loading-text">"Loading the skills framework…"</p>
                <Show when=move || slow.get()>
                    <p data-testid="feed-slow">
                        "It is taking longer than usual: the network or the server that publishes the framework may be slow."
                    </p>
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="feed-slow-retry"
                        on:click=move |_| retry.run(())
                    >
                        "Try again"
                    </button>
                </Show>
            </div>
        </Show>
    }
}
