//! Loading the configured feeds: fetch, fall back to the cached copy, validate, index, and
//! reconcile the user's profile with what changed.

use super::state::{AppState, FeedNews, FeedState, LoadedFeed};
use crate::browser::clock::{local_date, now_ms, Mark};
use crate::browser::config::LinkedFeedPolicy;
use crate::browser::feed_cache;
use crate::browser::feed_fetch::fetch_text;
use domain::feed::{load_feeds_with, FeedSource, LoadOptions, Severity};
use domain::feed_changes::{describe_changes, seen_requirements};
use domain::i18n::LanguageTag;
use domain::profile::relink::relink;
use domain::profile::Stamped;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// Starts every fetch at once, before the caller renders anything (or takes the loader's
/// requests, `prefetched`, one per URL); the future does the rest.
pub fn load(
    state: AppState,
    urls: Vec<String>,
    policy: Option<LinkedFeedPolicy>,
    namespace: String,
    prefetched: Vec<Option<js_sys::Promise>>,
) -> impl Future<Output = ()> {
    let mut prefetched = prefetched.into_iter();
    let requests: Vec<_> = urls
        .iter()
        .map(|url| fetch_text(url, policy.clone(), prefetched.next().flatten()))
        .collect();
    // Translated feed texts are picked for the interface's language as it is once the feeds
    // are in; a later change loads them again (`FeedLoad::relocalise`).
    let i18n = use_context::<crate::ui::i18n::I18n>();
    finish_loading(state, urls, requests, namespace, i18n)
}

async fn finish_loading(
    state: AppState,
    urls: Vec<String>,
    requests: Vec<impl Future<Output = Result<String, String>>>,
    namespace: String,
    i18n: Option<crate::ui::i18n::I18n>,
) {
    let mut texts = Vec::new();
    let mut fetch_errors = Vec::new();
    let mut news = FeedNews::default();
    for (url, request) in urls.iter().zip(requests) {
        match request.await {
            Ok(text) => texts.push((url.clone(), text, true)),
            Err(err) => match feed_cache::load(&namespace, url).await {
                Some((text, fetched_at)) => {
                    news.cached_from = Some(local_date(fetched_at));
                    texts.push((url.clone(), text, false));
                }
                None => fetch_errors.push(err),
            },
        }
    }
    let fetched_at = now_ms();
    let mark = Mark::start("skillgap:feed-parse");
    let sources: Vec<FeedSource> = texts
        .iter()
        .map(|(label, text, _)| FeedSource { label, text })
        .collect();
    let validate = Mark::start("skillgap:feed-validate");
    let options = match i18n.and_then(|i18n| LanguageTag::parse(i18n.language().tag)) {
        Some(language) => LoadOptions::in_language(language),
        None => LoadOptions {
            keep_translated_sources: true,
            ..LoadOptions::default()
        },
    };
    let load = load_feeds_with(&sources, &options);
    validate.end();
    if load.feed.skills.is_empty() {
        let mut reasons = fetch_errors;
        reasons.extend(
            load.diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .take(3)
                .map(|d| d.to_string()),
        );
        state.feed.set(FeedState::Failed(reasons.join("; ")));
        return;
    }
    let loaded = Arc::new(LoadedFeed::new(load));
    reconcile_profile(state, &loaded, &mut news);
    state.news.set(news);
    state.feed.set(FeedState::Loaded(loaded.clone()));
    crate::browser::clock::next_frame().await;
    mark.end();
    crate::browser::clock::next_task().await;
    let index = Mark::start("skillgap:search-index");
    loaded.skill_search();
    loaded.role_search();
    index.end();
    // Caching the fetched texts waits until the widget is usable: Cache Storage writes are slow.
    leptos::task::spawn_local(async move {
        for (url, text, _) in texts.iter().filter(|(_, _, fresh)| *fresh) {
            feed_cache::store(&namespace, url, text, fetched_at).await;
        }
    });
}

fn reconcile_profile(state: AppState, loaded: &LoadedFeed, news: &mut FeedNews) {
    if state.answering {
        return;
    }
    let feed = loaded.feed();
    let mut profile = state.profile.get_untracked();
    let now = now_ms();
    news.relinked = relink(&mut profile, feed, now)
        .into_iter()
        .map(|r| (r.from, r.to))
        .collect();
    if let Some(role) = profile
        .target_role
        .value
        .as_deref()
        .and_then(|id| feed.role_by_id(id))
    {
        let current = seen_requirements(feed, role);
        if let Some(before) = &profile.seen_requirements.value {
            news.role_changes = describe_changes(before, &current, feed);
        }
        if profile.seen_requirements.value.as_ref() != Some(&current) {
            profile.seen_requirements = Stamped::new(Some(current), now);
        }
    }
    state.replace_profile(profile);
}
