//! Calm, visible messages about the feed and about where the user's data lives.

use super::state::{use_app_state, FeedState};
use crate::browser::clock::today;
use crate::browser::downloads::download_text;
use crate::browser::profile_store::StorageNotice;
use crate::domain::profile::export::{export_filename, export_json};
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_app_state();
    let message = move || {
        state.notice.get().map(|notice| match notice {
            StorageNotice::Unavailable => {
                "Your browser is not letting this page store data, so your ratings last only until you close it. Export them to keep a copy.".to_owned()
            }
            StorageNotice::Corrupt { backup_key: Some(backup_key) } => format!(
                "Your saved data could not be read, so Skillgap started fresh. The original is kept safe in this browser under “{backup_key}”, and you can download it."
            ),
            StorageNotice::Corrupt { backup_key: None } => {
                "Your saved data could not be read, and there was no room to keep a copy of it, so it is left untouched where it was. Download it to keep it. Until then nothing you change here is saved.".to_owned()
            }
            StorageNotice::ReadFailed => {
                "Your browser would not let Skillgap read your saved data, so it is not shown, and nothing you change here is saved over it. Try reloading the page; export anything you enter meanwhile.".to_owned()
            }
            StorageNotice::Newer { schema } => format!(
                "Your data was saved by a newer version of Skillgap (data version {schema}). This version never writes over it: what it can read is shown read-only, and changes here are not saved."
            ),
            StorageNotice::DeletedElsewhere => {
                "Your data was deleted from this browser in another tab or window, so Skillgap started fresh here too.".to_owned()
            }
            StorageNotice::QuotaExceeded => {
                "Your browser's storage is full, so your latest changes are kept only in this page. Everything saved earlier is intact. Export your data to keep a copy.".to_owned()
            }
        })
    };
    let export = move |_| {
        let profile = state.profile.get_untracked();
        let today = today();
        if download_text(
            &export_filename(&today),
            "application/json",
            &export_json(&profile, &today),
        )
        .is_ok()
        {
            state.announce("Your data was exported.");
        }
    };
    // Where the unreadable data is: its backup, or (when no backup could be written) its
    // original place.
    let unreadable_key = move || match state.notice.get() {
        Some(StorageNotice::Corrupt { backup_key }) => {
            Some(backup_key.unwrap_or_else(|| state.store.get_value().keys().profile()))
        }
        _ => None,
    };
    let download_backup = move |_| {
        if let Some(key) = unreadable_key() {
            let raw = state.store.get_value().read_key(&key).unwrap_or_default();
            let saved = !raw.is_empty()
                && download_text(
                    &format!("{}.txt", key.replace(':', "-")),
                    "text/plain",
                    &raw,
                )
                .is_ok();
            state.announce(if saved {
                "The unreadable data was downloaded."
            } else {
                "The unreadable data could not be read back to download it."
            });
        }
    };
    let offers_export = move || {
        matches!(
            state.notice.get(),
            Some(
                StorageNotice::Unavailable
                    | StorageNotice::QuotaExceeded
                    | StorageNotice::ReadFailed
            )
        )
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="sg-banner" role="status" data-testid="storage-banner">
                <p>{message}</p>
                <Show when=offers_export>
                    <button
                        type="button"
                        class="sg-button"
                        on:click=export
                        data-testid="banner-export"
                    >
                        "Export my data"
                    </button>
                </Show>
                <Show when=move || unreadable_key().is_some()>
                    <button
                        type="button"
                        class="sg-button"
                        on:click=download_backup
                        data-testid="download-backup"
                    >
                        "Download the unreadable data"
                    </button>
                </Show>
            </div>
        </Show>
    }
}

/// The feed could not be loaded: one plain sentence and "Try again" for employees; the
/// reasons (HTTP status, JSON error, refused origin) only for admins (`?diagnostics`).
#[component]
pub fn FeedProblem(retry: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let failure = move || match state.feed.get() {
        FeedState::Failed(reason) => Some(reason),
        _ => None,
    };
    view! {
        <Show when=move || failure().is_some()>
            <div class="sg-error" role="alert" data-testid="feed-error">
                <p class="sg-error-title">"The skills framework could not be loaded."</p>
                <p>
                    "Your own ratings are safe in this browser and were not changed. Check your connection and try again; if it keeps happening, please tell your intranet team."
                </p>
                <button
                    type="button"
                    class="sg-button"
                    data-testid="feed-retry"
                    on:click=move |_| retry.run(())
                >
                    "Try again"
                </button>
                <Show when=move || state.show_diagnostics>
                    <p class="sg-error-detail" data-testid="feed-error-detail">
                        {failure}
                    </p>
                </Show>
            </div>
        </Show>
    }
}

#[component]
pub fn FeedNewsBanner() -> impl IntoView {
    let state = use_app_state();
    let dismissed = RwSignal::new(false);
    let has_news = move || {
        let news = state.news.get();
        !dismissed.get()
            && (news.cached_from.is_some()
                || !news.role_changes.is_empty()
                || !news.relinked.is_empty())
    };
    view! {
        <Show when=has_news>
            <div class="sg-banner" role="status" data-testid="feed-news">
                {move || {
                    state
                        .news
                        .get()
                        .cached_from
                        .map(|date| {
                            view! {
                                <p data-testid="feed-cached">
                                    {format!(
                                        "The skills framework could not be reached, so Skillgap is using the copy saved on {date}.",
                                    )}
                                </p>
                            }
                        })
                }}
                {move || {
                    let changes = state.news.get().role_changes;
                    (!changes.is_empty())
                        .then(|| {
                            view! {
                                <p>"Since your last visit, your target role changed:"</p>
                                <ul data-testid="role-changes">
                                    {changes
                                        .into_iter()
                                        .map(|c| view! { <li>{c}</li> })
                                        .collect_view()}
                                </ul>
                            }
                        })
                }}
                {move || {
                    let relinked = state.news.get().relinked;
                    (!relinked.is_empty())
                        .then(|| {
                            view! {
                                <p data-testid="relinked">
                                    {format!(
                                        "Ratings for renamed skills were kept and re-linked: {}.",
                                        relinked.join(", "),
                                    )}
                                </p>
                            }
                        })
                }}
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=move |_| dismissed.set(true)
                >
                    "Got it"
                </button>
            </div>
        </Show>
    }
}
