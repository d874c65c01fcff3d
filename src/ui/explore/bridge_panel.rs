//! Bridge skills: what helps on every shortlisted path.

use crate::ui::profile_sync::use_profile;
use domain::explorer::bridge_skills;
use domain::i18n::k;
use leptos::prelude::*;
use markup::bridge_skills::bridge_panel;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn BridgePanel() -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let body = Memo::new(move |_| {
        let loaded = feeds.loaded()?;
        let feed = loaded.feed();
        profile.with(|p| {
            let shortlist: Vec<usize> = p
                .shortlisted()
                .filter_map(|id| feed.role_by_id(id))
                .collect();
            let bridges = bridge_skills(feed, p, &shortlist);
            Some(i18n.with(|tr| bridge_panel(feed, &shortlist, &bridges, tr)))
        })
    });
    view! {
        <div class="sg-card" data-testid="bridge-panel">
            <h3 class="sg-h3">{i18n.t(k::EXPLORE_BRIDGE_HEADING)}</h3>
            <div inner_html=body></div>
        </div>
    }
}
