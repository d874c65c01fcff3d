//! What shows while the feed is on its way: the navigation's place kept (so nothing jumps
//! when it arrives) and, when it takes unusually long, a way to ask for it again.

use crate::feed::{use_feeds, FeedState};
use crate::i18n::use_i18n;
use domain::i18n::k;
use leptos::prelude::*;
use std::time::Duration;

/// After this long without the feed, the note says so and offers Try again.
const SLOW_FEED: Duration = Duration::from_secs(10);

/// As many placeholders as the navigation has sections.
const NAV_PLACEHOLDERS: usize = 7;

#[component]
pub fn LoadingNote(retry: Callback<()>) -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let slow = RwSignal::new(false);
    if let Ok(timer) = set_timeout_with_handle(move || slow.set(true), SLOW_FEED) {
        on_cleanup(move || timer.clear());
    }
    view! {
        // Also while the feed is in but the interface's language is still on its way.
        <Show when=move || {
            match feeds.state.get() {
                FeedState::Loading => true,
                FeedState::Loaded(_) => !i18n.ready.get(),
                FeedState::Failed(_) => false,
            }
        }>
            <div class="sg-nav-placeholder" aria-hidden="true">
                {(0..NAV_PLACEHOLDERS).map(|_| view! { <span></span> }).collect_view()}
            </div>
            <div class="sg-loading" role="status" data-testid="feed-loading">
                <p class="sg-loading-text">{i18n.t(k::LOADING_FRAMEWORK)}</p>
                <Show when=move || slow.get()>
                    <p data-testid="feed-slow">{i18n.t(k::LOADING_SLOW)}</p>
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="feed-slow-retry"
                        on:click=move |_| retry.run(())
                    >
                        {i18n.t(k::COMMON_TRY_AGAIN)}
                    </button>
                </Show>
            </div>
        </Show>
    }
}
