//! Loading the configured feeds: fetch, fall back to the cached copy, validate and index.
//! What a module does with a loaded feed before showing it (the employee's app reconciles the
//! profile with what changed) is its own `before_showing`.

use crate::feed::{FeedState, Feeds, LoadedFeed};
use crate::i18n::I18n;
use browser::clock::{local_date, now_ms, Mark};
use browser::config::LinkedFeedPolicy;
use browser::feed_cache;
use browser::feed_fetch::fetch_text;
use domain::feed::{FeedSource, LoadOptions, Severity};
use domain::i18n::LanguageTag;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// Starts every fetch at once, before the caller renders anything (or takes the loader's
/// requests, `prefetched`, one per URL); the future does the rest. `before_showing` runs once
/// the feed is usable, just before it is shown, with the date of the cached copy in use when
/// the feed could not be fetched.
///
/// `KEEP_COPY`: whether this module keeps a copy of the feed in Cache Storage, and falls back
/// to it when the feed cannot be fetched. The employee's app does; a visitor's module keeps
/// nothing in the visitor's browser (and then carries none of that code).
pub fn load<const KEEP_COPY: bool>(
    feeds: Feeds,
    urls: Vec<String>,
    policy: Option<LinkedFeedPolicy>,
    namespace: String,
    prefetched: Vec<Option<js_sys::Promise>>,
    before_showing: impl FnOnce(&LoadedFeed, Option<String>) + 'static,
) -> impl Future<Output = ()> {
    let mut prefetched = prefetched.into_iter();
    let requests: Vec<_> = urls
        .iter()
        .map(|url| fetch_text(url, policy.clone(), prefetched.next().flatten()))
        .collect();
    // Translated feed texts are picked for the interface's language as it is once the feeds
    // are in; a later change loads them again (`FeedLoad::relocalise`).
    let i18n = use_context::<I18n>();
    finish_loading::<KEEP_COPY>(feeds, urls, requests, namespace, i18n, before_showing)
}

async fn finish_loading<const KEEP_COPY: bool>(
    feeds: Feeds,
    urls: Vec<String>,
    requests: Vec<impl Future<Output = Result<String, String>>>,
    namespace: String,
    i18n: Option<I18n>,
    before_showing: impl FnOnce(&LoadedFeed, Option<String>),
) {
    let mut texts = Vec::new();
    let mut fetch_errors = Vec::new();
    let mut cached_from = None;
    for (url, request) in urls.iter().zip(requests) {
        match request.await {
            Ok(text) => texts.push((url.clone(), text, true)),
            Err(err) if !KEEP_COPY => fetch_errors.push(err),
            Err(err) => match feed_cache::load(&namespace, url).await {
                Some((text, fetched_at)) => {
                    cached_from = Some(local_date(fetched_at));
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
    let load = (feeds.reader)(&sources, &options);
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
        feeds.state.set(FeedState::Failed(reasons.join("; ")));
        return;
    }
    let loaded = Arc::new(LoadedFeed::new(load));
    before_showing(&loaded, cached_from);
    feeds.state.set(FeedState::Loaded(loaded.clone()));
    browser::clock::next_frame().await;
    mark.end();
    if !KEEP_COPY {
        return;
    }
    // Caching the fetched texts waits until the widget is usable: Cache Storage writes are slow.
    leptos::task::spawn_local(async move {
        for (url, text, _) in texts.iter().filter(|(_, _, fresh)| *fresh) {
            feed_cache::store(&namespace, url, text, fetched_at).await;
        }
    });
}
