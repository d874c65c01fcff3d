//! The widget's header as every module draws it: the title, the framework's name (and where
//! a linked feed came from), the language menu; then feeds the page refused, and the
//! announcer that screen readers hear.

use crate::feed::use_feeds;
use crate::i18n::use_i18n;
use crate::language_menu::LanguageMenu;
use crate::notifier::use_notifier;
use browser::config::WidgetConfig;
use domain::i18n::k;
use leptos::prelude::*;

#[component]
pub fn Header(config: WidgetConfig) -> impl IntoView {
    let i18n = use_i18n();
    let feeds = use_feeds();
    let notifier = use_notifier();
    let (refused_feeds, foreign_sources) = (config.refused_feeds, config.foreign_sources);
    view! {
        <header class="sg-header">
            <h1 class="sg-title">
                {move || {
                    i18n.track();
                    i18n.t(k::APP_TITLE)
                }}
            </h1>
            <p class="sg-framework" data-testid="framework-name">
                {move || {
                    feeds.loaded().map(|l| l.feed().framework.name.clone()).unwrap_or_default()
                }}
                {(!foreign_sources.is_empty())
                    .then(|| {
                        view! {
                            <span class="sg-muted" data-testid="feed-source">
                                {move || {
                                    i18n.track();
                                    i18n.tf(
                                        k::APP_FEED_FROM,
                                        &[("origins", &foreign_sources.join(", "))],
                                    )
                                }}
                            </span>
                        }
                    })}
            </p>
            <LanguageMenu keys=config.keys />
        </header>
        {(!refused_feeds.is_empty())
            .then(|| {
                view! {
                    <div class="sg-banner" role="status" data-testid="feed-refused">
                        {move || {
                            i18n.track();
                            refused_feeds
                                .iter()
                                .map(|refusal| {
                                    view! { <p>{i18n.with(|tr| refusal.message(tr))}</p> }
                                })
                                .collect_view()
                        }}
                    </div>
                }
            })}
        <p class="sg-visually-hidden" aria-live="polite" data-testid="announcer">
            {move || notifier.announcement.get()}
        </p>
    }
}

/// The widget's root class for the page's `theme` option.
pub fn theme_class(theme: browser::config::Theme) -> &'static str {
    use browser::config::Theme;
    match theme {
        Theme::Auto => "skillgap",
        Theme::Light => "skillgap sg-theme-light",
        Theme::Dark => "skillgap sg-theme-dark",
    }
}
