//! Role explorer: every role ranked by fit, what it would take, a shortlist and bridge skills.

mod bridge_panel;
mod role_list;
mod role_row;

use bridge_panel::BridgePanel;
use leptos::prelude::*;
use role_list::RoleList;

#[component]
pub fn ExploreSection() -> impl IntoView {
    view! {
        <section class="sg-section" aria-labelledby="sg-explore-heading">
            <h2 id="sg-explore-heading" class="sg-h2">
                "Explore roles"
            </h2>
            <p class="sg-muted">
                "Every role, ranked by how closely your ratings fit it. Shortlist a few to see which skills help on all of them."
            </p>
            <BridgePanel />
            <RoleList />
        </section>
    }
}
