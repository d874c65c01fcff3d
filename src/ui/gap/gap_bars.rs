//! Diverging bar chart of the gap, with a table alternative.

use super::target_gap;
use crate::markup::gap_bars::gap_bars;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn GapBars() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    move || {
        let loaded = state.loaded()?;
        let (_, gap) = gap.get()?;
        let html = gap_bars(loaded.feed(), &gap);
        Some(view! { <figure class="sg-card sg-chart" inner_html=html></figure> })
    }
}
