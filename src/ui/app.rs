//! The employee's app: the profile opened from this browser's storage, the feed, and the
//! sections once it has loaded. Visitors' links (share, request) open their own modules.

use super::assess::AssessSection;
use super::diagnostics_panel::DiagnosticsPanel;
use super::explore::ExploreSection;
use super::feed_news::provide_feed_news;
use super::feedback::{provide_link_problem, Inbox, LinkProblem};
use super::first_run::{self, FirstRun};
use super::gap::GapSection;
use super::grow::GrowSection;
use super::links::IncomingLinks;
use super::my_data::MyDataSection;
use super::nav::Nav;
use super::navigation::{use_navigation, Navigation, Section};
use super::notices::{FeedNewsBanner, StorageBanner};
use super::paths::PathsSection;
use super::plan::PlanSection;
use super::profile_sync::{use_profile, ProfileState};
use super::shared_import::SharedImportPanel;
use super::waiting_answer_note::WaitingAnswerNote;
use browser::clock::{now_ms, Mark};
use browser::config::WidgetConfig;
use browser::page;
use browser::profile_store::ProfileStore;
use browser::random::local_id;
use domain::feedback::{link_kind, LinkKind};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::feed::{provide_feed, use_feeds, Feeds, LoadedFeed};
use shell::feed_problem::FeedProblem;
use shell::header::{theme_class, Header};
use shell::link_address::LinkAddress;
use shell::loading_note::LoadingNote;
use shell::notifier::{use_notifier, Notifier};
use shell::start::{follow_language, load_feeds, start_language};
use shell::toast_view::ToastView;
use std::sync::Arc;

#[component]
pub fn App(config: WidgetConfig) -> impl IntoView {
    let mark = Mark::start("skillgap:interactive");
    let mut opened = ProfileStore::open(config.keys.clone(), now_ms(), local_id);
    let i18n = start_language(&config);
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
    let hash = if config.links {
        page::location_hash()
    } else {
        String::new()
    };
    // The app's contexts, each provided once here; a component takes only those it reads.
    let feeds = Feeds::provide(config.show_diagnostics, domain::feed::load_feeds_with);
    let notifier = Notifier::provide(i18n);
    let profile = ProfileState::provide(opened.profile, opened.notice, opened.store);
    let navigation = Navigation::provide(notifier);
    let news = provide_feed_news();
    let link_problem = provide_link_problem();
    LinkAddress::provide(&config);
    if link_kind(&hash) != LinkKind::None {
        // An answer to take in, or a shared profile to compare with: not the moment for an
        // introduction.
        intro.set(false);
    }
    let inbox = Inbox {
        feeds,
        profile,
        navigation,
        notifier,
    };
    let links = IncomingLinks::follow(inbox, link_problem, &hash, config.links);
    super::shared_import::provide(hash, config.compare_shared);
    let (loading, retry) = load_feeds::<true>(feeds, &config, move |loaded, cached_from| {
        super::feed_news::reconcile(profile, news, loaded, cached_from)
    });
    spawn_local(async move {
        loading.await;
        mark.end();
        // The search indexes are the employee's alone (visitors' modules never search): built
        // once the framework is on screen, so they never delay showing it.
        if let Some(loaded) = feeds.loaded_untracked() {
            browser::clock::next_task().await;
            let index = Mark::start("skillgap:search-index");
            loaded.skill_search();
            loaded.role_search();
            index.end();
        }
    });
    super::profile_sync::follow_other_tabs(profile);
    follow_language(i18n, feeds, notifier);

    view! {
        <div class=theme_class(config.theme) data-testid="skillgap" node_ref=notifier.root>
            <Header config=config.clone() />
            <StorageBanner />
            <FeedProblem retry=retry />
            <WaitingAnswerNote waiting=links.waiting_answer />
            {move || match (feeds.loaded(), i18n.ready.get()) {
                (Some(loaded), true) => {
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
    let navigation = use_navigation();
    let (profile, feeds, notifier) = (use_profile(), use_feeds(), use_notifier());
    let undo =
        move |what: Arc<domain::undo::Undo>| super::undo::undo(profile, feeds, notifier, &what);
    provide_feed(loaded);
    super::gap::provide_target_gap();
    super::grow::provide_priority_gaps();
    view! {
        <>
            <SharedImportPanel />
            <FeedNewsBanner />
            <LinkProblem />
            <FirstRun shown=intro />
            <Nav />
            <main
                class="sg-main"
                data-testid=move || format!("section-{}", navigation.section.get().slug())
            >
                {move || match navigation.section.get() {
                    Section::Assess => view! { <AssessSection /> }.into_any(),
                    Section::Gap => view! { <GapSection /> }.into_any(),
                    Section::Explore => view! { <ExploreSection /> }.into_any(),
                    Section::Paths => view! { <PathsSection /> }.into_any(),
                    Section::Grow => view! { <GrowSection /> }.into_any(),
                    Section::Plan => view! { <PlanSection /> }.into_any(),
                    Section::Data => view! { <MyDataSection /> }.into_any(),
                }}
            </main>
            <ToastView on_undo=undo />
            <DiagnosticsPanel />
        </>
    }
}
