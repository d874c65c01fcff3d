//! The prioritised list of gaps, and strengths.

use super::target_gap;
use crate::markup::gap_lists::{priority_items, strength_items};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn PriorityList() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let items = move || {
        let loaded = state.loaded()?;
        let (_, gap) = gap.get()?;
        Some(
            state
                .profile
                .with(|p| priority_items(loaded.feed(), &gap, p)),
        )
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Where to grow first"</h3>
            <p class="sg-muted">
                "Ordered by levels to close × importance; skills you want to grow move up, “not for me” moves down."
            </p>
            <ol class="sg-gap-list" data-testid="gap-list" inner_html=items></ol>
        </div>
    }
}

#[component]
pub fn Strengths() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let items = move || {
        let loaded = state.loaded()?;
        let (_, gap) = gap.get()?;
        state
            .profile
            .with(|p| strength_items(loaded.feed(), &gap, p))
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Strengths"</h3>
            {move || match items() {
                Some(html) => {
                    view! { <ul class="sg-gap-list" data-testid="strengths" inner_html=html></ul> }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="sg-muted">
                            "Rated skills that meet the role's requirement appear here."
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
