use super::assess::AssessSection;
use super::diagnostics_panel::DiagnosticsPanel;
use super::explore::ExploreSection;
use super::feedback::{LinkProblem, ReviewerView};
use super::first_run::{self, FirstRun};
use super::gap::GapSection;
use super::grow::GrowSection;
use super::links::IncomingLinks;
use super::my_data::MyDataSection;
use super::nav::Nav;
use super::notices::{FeedNewsBanner, StorageBanner};
use super::paths::PathsSection;
use super::plan::PlanSection;
use super::shared_view::SharedView;
use super::state::{provide_feed, AppState, FeedNews, FeedState, LoadedFeed, Section};
use super::waiting_answer_note::WaitingAnswerNote;
use browser::clock::{now_ms, Mark};
use browser::config::{Theme, WidgetConfig};
use browser::page;
use browser::profile_store::ProfileStore;
use browser::random::local_id;
use domain::feedback::{link_kind, LinkKind};
use domain::i18n::{k, LanguageTag};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::feed::Feeds;
use shell::feed_loader;
use shell::feed_problem::FeedProblem;
use shell::i18n::{provide_i18n, I18n};
use shell::language_menu::LanguageMenu;
use shell::link_address::LinkAddress;
use shell::loading_note::LoadingNote;
use shell::notifier::Notifier;
use shell::toast_view::ToastView;
use std::sync::Arc;

#[component]
pub fn App(config: WidgetConfig) -> impl IntoView {
    let mark = Mark::start("skillgap:interactive");
    let mut opened = ProfileStore::open(config.keys.clone(), now_ms(), local_id);
    let remembered_language = opened.store.read_key(&config.keys.language());
    let i18n = I18n::start(
        config
            .url_language
            .iter()
            .chain(&remembered_language)
            .chain(&config.language_hints)
            .map(String::as_str),
        config.asset_base.clone(),
        config.prefetched_catalogue.clone(),
    );
    provide_i18n(i18n);
    // Decided on what was stored before this visit: loading a feed may save the profile.
    let intro = RwSignal::new(first_run::wanted(
        &opened.store,
        &opened.profile,
        opened.notice.as_ref(),
    ));
    // For the diagnostics, which say when the page's role matches no role of the feed.
    provide_context(super::diagnostics_panel::PageRole(
        config.initial_role.clone(),
    ));
    if opened.profile.target_role.value.is_none() {
        if let Some(role) = &config.initial_role {
            opened.profile.target_role.value = Some(role.clone());
        }
    }
    let theme_class = match config.theme {
        Theme::Auto => "skillgap",
        Theme::Light => "skillgap sg-theme-light",
        Theme::Dark => "skillgap sg-theme-dark",
    };
    let hash = if config.links {
        page::location_hash()
    } else {
        String::new()
    };
    let link = link_kind(&hash);
    let (refused_feeds, foreign_sources) =
        (config.refused_feeds.clone(), config.foreign_sources.clone());
    let state = AppState {
        feeds: Feeds::provide(config.show_diagnostics),
        notifier: Notifier::provide(i18n),
        profile: RwSignal::new(opened.profile),
        notice: RwSignal::new(opened.notice),
        news: RwSignal::new(FeedNews::default()),
        section: RwSignal::new(Section::Assess),
        shared: RwSignal::new(None),
        rating_focus: RwSignal::new(None),
        suggestion_focus: RwSignal::new(None),
        reviewing: RwSignal::new(None),
        link_problem: RwSignal::new(None),
        store: StoredValue::new(Arc::new(opened.store)),
        i18n,
        answering: link == LinkKind::Request,
    };
    provide_context(state);
    LinkAddress::provide(&config);
    if link != LinkKind::None {
        // Someone else's profile or request: not the moment for an introduction.
        intro.set(false);
    }
    let links = IncomingLinks::follow(state, &hash, config.links);
    let opening_share = links.opening;
    let loading = feed_loader::load(
        state.feeds,
        config.feed_urls.clone(),
        config.linked_feed_policy.clone(),
        config.keys.namespace().to_owned(),
        config.prefetched.clone(),
        move |loaded, cached_from| super::feed_news::reconcile(state, loaded, cached_from),
    );
    // "Try again" after a failed load: the same feeds, fetched afresh.
    let retry = {
        let (urls, policy, namespace) = (
            config.feed_urls.clone(),
            config.linked_feed_policy.clone(),
            config.keys.namespace().to_owned(),
        );
        Callback::new(move |()| {
            state.feeds.state.set(FeedState::Loading);
            spawn_local(feed_loader::load(
                state.feeds,
                urls.clone(),
                policy.clone(),
                namespace.clone(),
                Vec::new(),
                move |loaded, cached_from| super::feed_news::reconcile(state, loaded, cached_from),
            ));
        })
    };
    spawn_local(async move {
        loading.await;
        mark.end();
    });

    super::profile_sync::follow_other_tabs(state);
    // The widget's own root carries its language and direction (never the host page's <html>).
    Effect::new(move |_| {
        i18n.track();
        if let Some(root) = state.notifier.root.get() {
            let _ = root.set_attribute("lang", i18n.language().tag);
            let _ = root.set_attribute("dir", i18n.direction().attribute());
        }
    });
    // A new language: translated feed texts are picked again, and an announcement said in the
    // old language is not left for a screen reader to find.
    Effect::new(move |first: Option<()>| {
        i18n.track();
        if first.is_none() {
            return;
        }
        state.notifier.announcement.set(String::new());
        let language = LanguageTag::parse(i18n.language().tag);
        if let (Some(loaded), Some(language)) = (state.loaded_untracked(), language) {
            if let Some(load) = loaded.load.relocalise(&language) {
                state
                    .feeds
                    .state
                    .set(FeedState::Loaded(Arc::new(LoadedFeed::new(load))));
            }
        }
    });
    // When the page named no language the widget has, the feed's own decides (first load or Try again).
    Effect::new(move |_| {
        if let Some(loaded) = state.loaded() {
            i18n.feed_arrived(&loaded.feed().framework.language);
        }
    });

    view! {
        <div class=theme_class data-testid="skillgap" node_ref=state.notifier.root>
            <header class="sg-header">
                <h1 class="sg-title">
                    {move || {
                        i18n.track();
                        i18n.t(k::APP_TITLE)
                    }}
                </h1>
                <p class="sg-framework" data-testid="framework-name">
                    {move || {
                        state.loaded().map(|l| l.feed().framework.name.clone()).unwrap_or_default()
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
                <LanguageMenu keys=config.keys.clone() />
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
                {move || state.notifier.announcement.get()}
            </p>
            <StorageBanner />
            <FeedProblem retry=retry />
            <WaitingAnswerNote waiting=links.waiting_answer />
            {move || match (state.loaded(), opening_share.get(), i18n.ready.get()) {
                (Some(loaded), false, true) => {
                    i18n.track();
                    // Drawn again in a new language: every text is read once, when drawn.
                    view! { <LoadedApp loaded=loaded intro=intro /> }
                        .into_any()
                }
                _ => view! { <LoadingNote retry=retry /> }.into_any(),
            }}
        </div>
    }
}

/// Everything that needs the feed; it exists only once the feed has loaded and provides it.
#[component]
fn LoadedApp(loaded: Arc<LoadedFeed>, intro: RwSignal<bool>) -> impl IntoView {
    let state = super::state::use_app_state();
    provide_feed(loaded);
    super::gap::provide_target_gap();
    super::grow::provide_priority_gaps();
    view! {
        <Show
            when=move || state.shared.get().is_none() && state.reviewing.get().is_none()
            fallback=move || match state.reviewing.get() {
                Some(Ok(request)) => view! { <ReviewerView request=request /> }.into_any(),
                Some(Err(_)) => view! { <LinkProblem /> }.into_any(),
                None => view! { <SharedView /> }.into_any(),
            }
        >
            <FeedNewsBanner />
            <LinkProblem />
            <FirstRun shown=intro />
            <Nav />
            <main
                class="sg-main"
                data-testid=move || format!("section-{}", state.section.get().slug())
            >
                {move || match state.section.get() {
                    Section::Assess => view! { <AssessSection /> }.into_any(),
                    Section::Gap => view! { <GapSection /> }.into_any(),
                    Section::Explore => view! { <ExploreSection /> }.into_any(),
                    Section::Paths => view! { <PathsSection /> }.into_any(),
                    Section::Grow => view! { <GrowSection /> }.into_any(),
                    Section::Plan => view! { <PlanSection /> }.into_any(),
                    Section::Data => view! { <MyDataSection /> }.into_any(),
                }}
            </main>
            <ToastView on_undo=move |what: domain::undo::Undo| super::undo::undo(state, &what) />
            <DiagnosticsPanel />
        </Show>
    }
}
