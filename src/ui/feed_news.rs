//! What a newly loaded feed means for the employee's profile, decided before it is shown:
//! renamed skills re-linked (their ratings kept), the target role's changed requirements
//! noted, and the date of a cached copy in use. The news is a context of its own
//! (`use_feed_news`), which `FeedNewsBanner` (notices.rs) reads to say it once.

use super::profile_sync::ProfileState;
use browser::clock::now_ms;
use domain::feed_changes::{describe_changes, seen_requirements};
use domain::profile::relink::relink;
use domain::profile::Stamped;
use leptos::prelude::*;
use shell::feed::LoadedFeed;

/// Facts about the feed worth telling the user once: a cached copy in use, changes, re-links.
#[derive(Clone, Default, PartialEq)]
pub struct FeedNews {
    /// Date (ISO) of the cached copy in use because the feed could not be fetched.
    pub cached_from: Option<String>,
    pub role_changes: Vec<domain::feed_changes::RequirementChange>,
    /// Renamed skills whose ratings were kept: (old name, new name).
    pub relinked: Vec<(String, String)>,
}

/// Provides the news (none yet), once, for the app: the signal is the context.
pub fn provide_feed_news() -> RwSignal<FeedNews> {
    let news = RwSignal::new(FeedNews::default());
    provide_context(news);
    news
}

pub fn use_feed_news() -> RwSignal<FeedNews> {
    expect_context::<RwSignal<FeedNews>>()
}

/// Reconciles the profile with `loaded` and keeps the news in `news`.
pub fn reconcile(
    profile: ProfileState,
    news: RwSignal<FeedNews>,
    loaded: &LoadedFeed,
    cached_from: Option<String>,
) {
    let mut found = FeedNews {
        cached_from,
        ..FeedNews::default()
    };
    {
        let feed = loaded.feed();
        let mut next = profile.get_untracked();
        let now = now_ms();
        found.relinked = relink(&mut next, feed, now)
            .into_iter()
            .map(|r| (r.from, r.to))
            .collect();
        if let Some(role) = next
            .target_role
            .value
            .as_deref()
            .and_then(|id| feed.role_by_id(id))
        {
            let current = seen_requirements(feed, role);
            if let Some(before) = &next.seen_requirements.value {
                found.role_changes = describe_changes(before, &current, feed);
            }
            if next.seen_requirements.value.as_ref() != Some(&current) {
                next.seen_requirements = Stamped::new(Some(current), now);
            }
        }
        profile.replace_profile(next);
    }
    news.set(found);
}
