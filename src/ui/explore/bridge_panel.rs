//! Bridge skills: what helps on every shortlisted path.

use crate::domain::explorer::bridge_skills;
use crate::markup::bridge_skills::bridge_panel;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn BridgePanel() -> impl IntoView {
    let state = use_app_state();
    let body = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        state.profile.with(|p| {
            let shortlist: Vec<usize> = p
                .shortlisted()
                .filter_map(|id| feed.role_by_id(id))
                .collect();
            Some(bridge_panel(
                feed,
                &shortlist,
                &bridge_skills(feed, p, &shortlist),
            ))
        })
    });
    view! {
        <div class="sg-card" data-testid="bridge-panel">
            <h3 class="sg-h3">"Bridge skills"</h3>
            <div inner_html=body></div>
        </div>
    }
}
