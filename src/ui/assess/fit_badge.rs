//! The fit for the target role, updated as the user rates.

use crate::ui::profile_sync::use_profile;
use domain::gap::RoleGap;
use leptos::prelude::*;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn FitBadge() -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let text = Memo::new(move |_| {
        let loaded = feeds.loaded()?;
        let feed = loaded.feed();
        profile.with(|p| {
            let role = &feed.roles[p
                .target_role
                .value
                .as_deref()
                .and_then(|id| feed.role_by_id(id))?];
            let gap = RoleGap::new(feed, role, |id| p.level(id));
            // As My gap says it: the figure only once the role's main skills are rated.
            Some(i18n.with(|tr| gap.evidence().headline_in(&role.name, tr)))
        })
    });
    view! {
        <Show when=move || text.get().is_some()>
            <p class="sg-fit" data-testid="fit">
                {move || text.get()}
            </p>
        </Show>
    }
}
