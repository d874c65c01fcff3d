//! Starting a module's app the same way in every module: the interface language, the feeds'
//! loading with its Try again, and the effects that keep the widget's root and the feed's
//! texts in the chosen language.

use crate::feed::{FeedState, Feeds, LoadedFeed};
use crate::feed_loader;
use crate::i18n::{provide_i18n, I18n};
use crate::notifier::Notifier;
use browser::config::WidgetConfig;
use domain::i18n::LanguageTag;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::Arc;

/// The interface language (docs/i18n.md): `?lang=` where the widget reads the address, the
/// language menu's remembered choice, then the page's hints. Provided as a context.
pub fn start_language(config: &WidgetConfig) -> I18n {
    let remembered = browser::profile_store::read_setting(&config.keys.language());
    let i18n = I18n::start(
        config
            .url_language
            .iter()
            .chain(&remembered)
            .chain(&config.language_hints)
            .map(String::as_str),
        config.asset_base.clone(),
        config.prefetched_catalogue.clone(),
    );
    provide_i18n(i18n);
    i18n
}

/// Starts loading the configured feeds (taking the loader's requests) and returns the future
/// that finishes it, and "Try again": the same feeds, fetched afresh. `before_showing` runs
/// each time a feed is usable, just before it is shown; `KEEP_COPY` whether the module keeps a
/// copy of it (see `feed_loader::load`).
pub fn load_feeds<const KEEP_COPY: bool>(
    feeds: Feeds,
    config: &WidgetConfig,
    before_showing: impl Fn(&LoadedFeed, Option<String>) + Copy + Send + Sync + 'static,
) -> (impl Future<Output = ()>, Callback<()>) {
    let (urls, policy, namespace) = (
        config.feed_urls.clone(),
        config.linked_feed_policy.clone(),
        config.keys.namespace().to_owned(),
    );
    let first = feed_loader::load::<KEEP_COPY>(
        feeds,
        urls.clone(),
        policy.clone(),
        namespace.clone(),
        config.prefetched.clone(),
        before_showing,
    );
    let retry = Callback::new(move |()| {
        feeds.state.set(FeedState::Loading);
        spawn_local(feed_loader::load::<KEEP_COPY>(
            feeds,
            urls.clone(),
            policy.clone(),
            namespace.clone(),
            Vec::new(),
            before_showing,
        ));
    });
    (first, retry)
}

/// Keeps the widget in its language: the root carries its `lang` and `dir` (never the host
/// page's <html>); a new language picks the feed's translated texts again and clears an
/// announcement said in the old one; when the page named no language the widget has, the
/// feed's own decides (first load or Try again).
pub fn follow_language(i18n: I18n, feeds: Feeds, notifier: Notifier) {
    Effect::new(move |_| {
        i18n.track();
        if let Some(root) = notifier.root.get() {
            let _ = root.set_attribute("lang", i18n.language().tag);
            let _ = root.set_attribute("dir", i18n.direction().attribute());
        }
    });
    Effect::new(move |first: Option<()>| {
        i18n.track();
        if first.is_none() {
            return;
        }
        notifier.announcement.set(String::new());
        let language = LanguageTag::parse(i18n.language().tag);
        if let (Some(loaded), Some(language)) = (feeds.loaded_untracked(), language) {
            if let Some(load) = loaded.load.relocalise_with(feeds.reader, &language) {
                feeds
                    .state
                    .set(FeedState::Loaded(Arc::new(LoadedFeed::new(load))));
            }
        }
    });
    Effect::new(move |_| {
        if let Some(loaded) = feeds.loaded() {
            i18n.feed_arrived(&loaded.feed().framework.language);
        }
    });
}
