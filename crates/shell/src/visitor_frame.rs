//! The page a visitor's module (the reviewer's form, the shared view) is drawn in: the same
//! header, language, feed loading and notes as the employee's app, with the visitor's view
//! inside once the framework has loaded. Nothing of the visitor's own profile is opened.

use crate::feed::{provide_feed, Feeds, LoadedFeed};
use crate::feed_problem::FeedProblem;
use crate::header::{theme_class, Header};
use crate::link_address::LinkAddress;
use crate::loading_note::LoadingNote;
use crate::notifier::Notifier;
use crate::start::{follow_language, load_feeds, start_language};
use crate::toast_view::ToastView;
use browser::clock::Mark;
use browser::config::WidgetConfig;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[component]
pub fn VisitorFrame(
    config: WidgetConfig,
    /// How the module reads the feed (see `Feeds::reader`).
    reader: domain::feed::FeedReader,
    children: ChildrenFn,
) -> impl IntoView {
    let mark = Mark::start("skillgap:interactive");
    let i18n = start_language(&config);
    let feeds = Feeds::provide(config.show_diagnostics, reader);
    let notifier = Notifier::provide(i18n);
    LinkAddress::provide(&config);
    // A visitor's browser keeps no copy of the organisation's framework.
    let (loading, retry) = load_feeds::<false>(feeds, &config, |_, _| {});
    spawn_local(async move {
        loading.await;
        mark.end();
    });
    follow_language(i18n, feeds, notifier);
    let children = StoredValue::new(children);
    view! {
        <div class=theme_class(config.theme) data-testid="skillgap" node_ref=notifier.root>
            <Header config=config.clone() />
            <FeedProblem retry=retry />
            {move || match (feeds.loaded(), i18n.ready.get()) {
                (Some(loaded), true) => {
                    i18n.track();
                    // Drawn again in a new language: every text is read once, when drawn.
                    view! { <Loaded loaded=loaded children=children.get_value() /> }
                        .into_any()
                }
                _ => view! { <LoadingNote retry=retry /> }.into_any(),
            }}
            <ToastView />
        </div>
    }
}

/// The visitor's view, with the loaded feed provided to it.
#[component]
fn Loaded(loaded: Arc<LoadedFeed>, children: ChildrenFn) -> impl IntoView {
    provide_feed(loaded);
    children()
}
