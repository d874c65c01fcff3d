//! Radar chart of current versus required levels, with a table alternative.

use super::target_gap;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use markup::radar_chart::radar_chart;
use shell::i18n::use_i18n;

#[component]
pub fn RadarChart() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let gap = target_gap();
    move || {
        let loaded = state.loaded()?;
        let (role, gap) = gap.get()?;
        let html = i18n.with(|tr| radar_chart(loaded.feed(), role, &gap, tr))?;
        Some(view! { <figure class="sg-card sg-chart" inner_html=html></figure> })
    }
}
