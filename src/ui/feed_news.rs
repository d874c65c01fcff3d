//! What a newly loaded feed means for the employee's profile, decided before it is shown:
//! renamed skills re-linked (their ratings kept), the target role's changed requirements
//! noted, and the date of a cached copy in use. `FeedNewsBanner` (notices.rs) says it once.

use super::state::{AppState, FeedNews};
use browser::clock::now_ms;
use domain::feed_changes::{describe_changes, seen_requirements};
use domain::profile::relink::relink;
use domain::profile::Stamped;
use leptos::prelude::*;
use shell::feed::LoadedFeed;

/// Reconciles the profile with `loaded` and keeps the news.
pub fn reconcile(state: AppState, loaded: &LoadedFeed, cached_from: Option<String>) {
    let mut news = FeedNews {
        cached_from,
        ..FeedNews::default()
    };
    {
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
    state.news.set(news);
}
