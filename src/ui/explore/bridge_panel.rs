//! Bridge skills: what helps on every shortlisted path.

use crate::ui::state::use_app_state;
use domain::explorer::bridge_skills;
use domain::i18n::k;
use leptos::prelude::*;
use markup::bridge_skills::bridge_panel;
use shell::i18n::use_i18n;

#[component]
pub fn BridgePanel() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let body = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        state.profile.with(|p| {
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
