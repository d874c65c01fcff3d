//! Calm, visible messages about the feed and about where the user's data lives.

use super::state::{use_app_state, FeedState};
use crate::browser::profile_store::StorageNotice;
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_app_state();
    let message = move || {
        state.notice.get().map(|notice| match notice {
            StorageNotice::Unavailable => {
                "Your browser is not letting this page store data, so your ratings last only until you close it.".to_owned()
            }
            StorageNotice::Corrupt { backup_key } => format!(
                "Your saved data could not be read, so Skillgap started fresh. The original is kept safe in this browser under “{backup_key}”."
            ),
            StorageNotice::Newer { schema } => format!(
                "Your data was saved by a newer version of Skillgap (data version {schema}). It is shown read-only so nothing is lost; changes here are not saved."
            ),
            StorageNotice::QuotaExceeded => {
                "Your browser's storage is full, so your latest change is kept only in this page. Everything saved earlier is intact.".to_owned()
            }
        })
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="sg-banner" role="status" data-testid="storage-banner">{message}</div>
        </Show>
    }
}

#[component]
pub fn FeedProblem() -> impl IntoView {
    let state = use_app_state();
    let failure = move || match state.feed.get() {
        FeedState::Failed(reason) => Some(reason),
        _ => None,
    };
    view! {
        <Show when=move || failure().is_some()>
            <div class="sg-error" role="alert" data-testid="feed-error">
                <p class="sg-error-title">"The skills framework could not be loaded."</p>
                <p>"Your own ratings are safe in this browser and were not changed. Please try again later or tell your intranet team."</p>
                <p class="sg-error-detail">{failure}</p>
            </div>
        </Show>
    }
}
