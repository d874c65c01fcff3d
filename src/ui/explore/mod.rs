//! Role explorer: every role ranked by fit, what it would take, a shortlist and bridge skills.

mod bridge_panel;
mod role_list;
mod role_row;

use bridge_panel::BridgePanel;
use domain::i18n::k;
use leptos::prelude::*;
use role_list::RoleList;
use shell::i18n::use_i18n;

#[component]
pub fn ExploreSection() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sg-section" aria-labelledby="sg-explore-heading">
            <h2 id="sg-explore-heading" class="sg-h2">
                {i18n.t(k::EXPLORE_HEADING)}
            </h2>
            <p class="sg-muted">{i18n.t(k::EXPLORE_INTRO)}</p>
            <BridgePanel />
            <RoleList />
        </section>
    }
}
