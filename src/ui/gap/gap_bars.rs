//! Diverging bar chart: shortfall to the left, surplus to the right, unrated marked.

use super::target_gap;
use crate::domain::number::fixed;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

const WIDTH: f64 = 320.0;
const ROW: f64 = 26.0;
const LABEL: f64 = 110.0;

#[component]
pub fn GapBars() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let chart = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (_, gap) = gap.get()?;
        let max = f64::from(feed.scale.max().max(1));
        let zero = LABEL + (WIDTH - LABEL) / 2.0;
        let unit = (WIDTH - LABEL) / 2.0 / max;
        let height = ROW * gap.lines.len() as f64 + 10.0;
        let bars = gap.lines.iter().enumerate().map(|(i, l)| {
            let y = 5.0 + ROW * i as f64;
            let name = feed.skills[l.skill].name.chars().take(16).collect::<String>();
            let bar = match l.current {
                None => view! { <text class="sg-bar-unknown" x=fixed(zero + 4.0, 1) y=fixed(y + 16.0, 1)>"not rated"</text> }.into_any(),
                Some(current) => {
                    let diff = f64::from(current) - f64::from(l.required);
                    let (x, w, class) = if diff < 0.0 { (zero + diff * unit, -diff * unit, "sg-bar-short") } else { (zero, diff * unit, "sg-bar-surplus") };
                    view! { <rect class=class x=fixed(x, 1) y=fixed(y + 4.0, 1) width=fixed(w.max(1.0), 1) height="16"/> }.into_any()
                }
            };
            view! {
                <text class="sg-bar-label" x="0" y=fixed(y + 16.0, 1)>{name}</text>
                {bar}
            }
        }).collect_view();
        let rows = gap.lines.iter().map(|l| {
            let value = match l.current {
                None => "unknown".to_owned(),
                Some(c) if c >= l.required => format!("+{}", c - l.required),
                Some(c) => format!("−{}", l.required - c),
            };
            view! { <tr><th scope="row">{feed.skills[l.skill].name.clone()}</th><td class="sg-num">{value}</td></tr> }
        }).collect_view();
        let short = gap
            .lines
            .iter()
            .filter(|l| l.gap().is_some_and(|g| g > 0))
            .count();
        let description = format!("Gap chart: {short} skills below the requirement (bars to the left), met or above to the right; the table below lists every value.");
        Some(view! {
            <figure class="sg-card sg-chart">
                <svg viewBox=format!("0 0 {WIDTH} {height}") class="sg-bars" role="img" aria-label=description>
                    <line class="sg-radar-axis" x1=fixed(zero, 1) y1="0" x2=fixed(zero, 1) y2=fixed(height, 1)/>
                    {bars}
                </svg>
                <figcaption class="sg-legend">
                    <span class="sg-key sg-key-short">"Below requirement"</span>
                    <span class="sg-key sg-key-surplus">"Above requirement"</span>
                </figcaption>
                <table class="sg-table" data-testid="gap-table">
                    <caption>"Difference from the requirement, in levels"</caption>
                    <thead><tr><th scope="col">"Skill"</th><th scope="col" class="sg-num">"Difference"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </figure>
        })
    };
    view! { {chart} }
}
