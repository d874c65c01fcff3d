//! Diverging bar chart of the gap, with a table alternative.

use super::target_gap;
use leptos::prelude::*;
use markup::gap_bars::gap_bars;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn GapBars() -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    move || {
        let loaded = feeds.loaded()?;
        let (_, gap) = gap.get()?;
        let html = i18n.with(|tr| gap_bars(loaded.feed(), &gap, tr));
        Some(view! { <figure class="sg-card sg-chart" inner_html=html></figure> })
    }
}
