//! Calm, visible messages about the feed and about where the user's data lives.

use super::feed_news::use_feed_news;
use super::profile_sync::use_profile;
use browser::clock::today;
use browser::downloads::download_text;
use browser::profile_store::StorageNotice;
use domain::i18n::Translator;
use domain::i18n::{k, Key};
use domain::profile::export::{export_filename, export_json};
use leptos::prelude::*;
use shell::i18n::{use_i18n, I18n};
use shell::notifier::use_notifier;

/// What the notice says to the person.
fn notice_message(notice: &StorageNotice, tr: &Translator) -> String {
    match notice {
        StorageNotice::Unavailable => tr.t(k::STORAGE_UNAVAILABLE).to_owned(),
        StorageNotice::Corrupt {
            backup_key: Some(backup_key),
        } => tr.tf(k::STORAGE_CORRUPT_KEPT, &[("key", backup_key)]),
        StorageNotice::Corrupt { backup_key: None } => tr.t(k::STORAGE_CORRUPT_LEFT).to_owned(),
        StorageNotice::ReadFailed => tr.t(k::STORAGE_READ_FAILED).to_owned(),
        StorageNotice::Newer { schema } => tr.tf(
            k::STORAGE_NEWER,
            &[("version", &tr.integer(i64::from(*schema)))],
        ),
        StorageNotice::DeletedElsewhere => tr.t(k::STORAGE_DELETED_ELSEWHERE).to_owned(),
        StorageNotice::QuotaExceeded => tr.t(k::STORAGE_QUOTA).to_owned(),
    }
}

/// A text of the catalogue that follows language changes (for views drawn outside the
/// sections, which are not drawn again when the language changes).
fn live_text(i18n: I18n, key: Key) -> impl Fn() -> String + Copy {
    move || {
        i18n.track();
        i18n.t(key)
    }
}

#[component]
pub fn StorageBanner() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let message = move || {
        i18n.track();
        profile
            .notice()
            .map(|notice| i18n.with(|tr| notice_message(&notice, tr)))
    };
    let export = move |_| {
        let profile = profile.get_untracked();
        let today = today();
        if download_text(
            &export_filename(&today),
            "application/json",
            &export_json(&profile, &today),
        )
        .is_ok()
        {
            notifier.announce(i18n.t(k::STORAGE_EXPORTED));
        }
    };
    // Where the unreadable data is: its backup, or (when no backup could be written) its
    // original place.
    let unreadable_key = move || match profile.notice() {
        Some(StorageNotice::Corrupt { backup_key }) => {
            Some(backup_key.unwrap_or_else(|| profile.store().keys().profile()))
        }
        _ => None,
    };
    let download_backup = move |_| {
        if let Some(key) = unreadable_key() {
            let raw = profile.store().read_key(&key).unwrap_or_default();
            let saved = !raw.is_empty()
                && download_text(
                    &format!("{}.txt", key.replace(':', "-")),
                    "text/plain",
                    &raw,
                )
                .is_ok();
            notifier.announce(i18n.t(if saved {
                k::STORAGE_BACKUP_DOWNLOADED
            } else {
                k::STORAGE_BACKUP_UNREADABLE
            }));
        }
    };
    let offers_export = move || {
        matches!(
            profile.notice(),
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
                        {live_text(i18n, k::STORAGE_EXPORT)}
                    </button>
                </Show>
                <Show when=move || unreadable_key().is_some()>
                    <button
                        type="button"
                        class="sg-button"
                        on:click=download_backup
                        data-testid="download-backup"
                    >
                        {live_text(i18n, k::STORAGE_DOWNLOAD_BACKUP)}
                    </button>
                </Show>
            </div>
        </Show>
    }
}

#[component]
pub fn FeedNewsBanner() -> impl IntoView {
    let news = use_feed_news();
    let i18n = use_i18n();
    let dismissed = RwSignal::new(false);
    let has_news = move || {
        let news = news.get();
        !dismissed.get()
            && (news.cached_from.is_some()
                || !news.role_changes.is_empty()
                || !news.relinked.is_empty())
    };
    view! {
        <Show when=has_news>
            <div class="sg-banner" role="status" data-testid="feed-news">
                {move || {
                    news.get()
                        .cached_from
                        .map(|date| {
                            view! {
                                <p data-testid="feed-cached">
                                    {i18n.tf(k::FEED_NEWS_CACHED, &[("date", &i18n.date(&date))])}
                                </p>
                            }
                        })
                }}
                {move || {
                    let changes = news.get().role_changes;
                    (!changes.is_empty())
                        .then(|| {
                            view! {
                                <p>{i18n.t(k::FEED_NEWS_ROLE_CHANGED)}</p>
                                <ul data-testid="role-changes">
                                    {changes
                                        .into_iter()
                                        .map(|c| {
                                            view! { <li>{i18n.with(|tr| c.sentence(tr))}</li> }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })
                }}
                {move || {
                    let relinked = news.get().relinked;
                    (!relinked.is_empty())
                        .then(|| {
                            view! {
                                <p data-testid="relinked">
                                    {i18n
                                        .with(|tr| {
                                            let renamed: Vec<String> = relinked
                                                .iter()
                                                .map(|(from, to)| {
                                                    tr.tf(k::FEED_NEWS_RENAMED, &[("from", from), ("to", to)])
                                                })
                                                .collect();
                                            tr.tf_plain(
                                                k::FEED_NEWS_RELINKED,
                                                &[("skills", &renamed.join(tr.t(k::COMMON_LIST_SEPARATOR)))],
                                            )
                                        })}
                                </p>
                            }
                        })
                }}
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=move |_| dismissed.set(true)
                >
                    {i18n.t(k::COMMON_GOT_IT)}
                </button>
            </div>
        </Show>
    }
}
