//! The feed could not be loaded: one plain sentence and "Try again" for everyone; the reasons
//! (HTTP status, JSON error, refused origin) only for administrators (`?diagnostics`).

use crate::feed::{use_feeds, FeedState};
use crate::i18n::use_i18n;
use domain::i18n::k;
use leptos::prelude::*;

#[component]
pub fn FeedProblem(retry: Callback<()>) -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let failure = move || match feeds.state.get() {
        FeedState::Failed(reason) => Some(reason),
        _ => None,
    };
    // Drawn outside the sections, which are not drawn again when the language changes.
    let live_text = move |key| {
        move || {
            i18n.track();
            i18n.t(key)
        }
    };
    view! {
        <Show when=move || failure().is_some()>
            <div class="sg-error" role="alert" data-testid="feed-error">
                <p class="sg-error-title">{live_text(k::FEED_FAILED_TITLE)}</p>
                <p>{live_text(k::FEED_FAILED_TEXT)}</p>
                <button
                    type="button"
                    class="sg-button"
                    data-testid="feed-retry"
                    on:click=move |_| retry.run(())
                >
                    {live_text(k::COMMON_TRY_AGAIN)}
                </button>
                <Show when=move || feeds.show_diagnostics>
                    <p class="sg-error-detail" data-testid="feed-error-detail">
                        {failure}
                    </p>
                </Show>
            </div>
        </Show>
    }
}
