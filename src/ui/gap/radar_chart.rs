//! Radar chart of current versus required levels, with a table alternative.

use super::target_gap;
use leptos::prelude::*;
use markup::radar_chart::radar_chart;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn RadarChart() -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    move || {
        let loaded = feeds.loaded()?;
        let (role, gap) = gap.get()?;
        let html = i18n.with(|tr| radar_chart(loaded.feed(), role, &gap, tr))?;
        Some(view! { <figure class="sg-card sg-chart" inner_html=html></figure> })
    }
}
