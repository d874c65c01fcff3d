use super::diagnostics_panel::DiagnosticsPanel;
use super::gap_summary::GapSummary;
use super::notices::{FeedProblem, StorageBanner};
use super::role_picker::RolePicker;
use super::skill_rating::RatingList;
use super::state::{AppState, FeedState};
use crate::browser::clock::now_ms;
use crate::browser::config::WidgetConfig;
use crate::browser::feed_fetch::fetch_text;
use crate::browser::profile_store::ProfileStore;
use crate::browser::random::local_id;
use crate::domain::feed::{load_feeds, FeedSource};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    let config = WidgetConfig::from_page();
    let opened = ProfileStore::open(config.keys.clone(), now_ms(), local_id);
    let store = Arc::new(opened.store);
    let state = AppState {
        feed: RwSignal::new(FeedState::Loading),
        profile: RwSignal::new(opened.profile),
        notice: RwSignal::new(opened.notice),
        show_diagnostics: config.show_diagnostics,
    };
    provide_context(state);

    Effect::new(move |first_run: Option<()>| {
        let profile = state.profile.get();
        if first_run.is_some() {
            if let Err(notice) = store.save(&profile) {
                state.notice.set(Some(notice));
            }
        }
    });

    let urls = config.feed_urls.clone();
    spawn_local(async move {
        let mut texts = Vec::new();
        let mut fetch_errors = Vec::new();
        for url in &urls {
            match fetch_text(url).await {
                Ok(text) => texts.push((url.clone(), text)),
                Err(err) => fetch_errors.push(err),
            }
        }
        let sources: Vec<FeedSource> = texts
            .iter()
            .map(|(label, text)| FeedSource { label, text })
            .collect();
        let load = load_feeds(&sources);
        state.feed.set(if load.feed.is_empty() {
            let mut reasons = fetch_errors;
            reasons.extend(
                load.diagnostics
                    .iter()
                    .filter(|d| d.severity == crate::domain::feed::Severity::Error)
                    .take(3)
                    .map(|d| d.to_string()),
            );
            FeedState::Failed(reasons.join("; "))
        } else {
            FeedState::Loaded(Arc::new(load))
        });
    });

    view! {
        <div class="skillgap" data-testid="skillgap">
            <header class="sg-header">
                <h1 class="sg-title">"Skill gap"</h1>
                <p class="sg-framework" data-testid="framework-name">
                    {move || state.loaded().map(|l| l.feed.framework.name.clone()).unwrap_or_default()}
                </p>
            </header>
            <StorageBanner/>
            <FeedProblem/>
            <Show when=move || state.loaded().is_some() fallback=move || view! { <LoadingNote/> }>
                <main class="sg-main">
                    <RolePicker/>
                    <div class="sg-columns">
                        <RatingList/>
                        <GapSummary/>
                    </div>
                </main>
                <DiagnosticsPanel/>
            </Show>
        </div>
    }
}

#[component]
fn LoadingNote() -> impl IntoView {
    let state = super::state::use_app_state();
    view! {
        <Show when=move || matches!(state.feed.get(), FeedState::Loading)>
            <p class="sg-loading" role="status">"Loading the skills framework…"</p>
        </Show>
    }
}
