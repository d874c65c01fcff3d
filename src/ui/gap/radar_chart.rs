//! Radar chart of current versus required levels, drawn as SVG, with a table alternative.

use super::target_gap;
use crate::domain::number::{fixed, svg_points};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

const SIZE: f64 = 320.0;
const CENTER: f64 = SIZE / 2.0;
const RADIUS: f64 = 110.0;

fn point(index: usize, count: usize, value: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
    (
        CENTER + value * RADIUS * angle.cos(),
        CENTER + value * RADIUS * angle.sin(),
    )
}

fn points(values: &[(usize, f64)], count: usize) -> String {
    svg_points(values.iter().map(|&(i, v)| point(i, count, v)))
}

fn short(name: &str) -> String {
    let mut chars = name.chars();
    let cut: String = chars.by_ref().take(14).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[component]
pub fn RadarChart() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let chart = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (role, gap) = gap.get()?;
        let count = gap.lines.len();
        if count < 3 {
            return None;
        }
        let max = f64::from(feed.scale.max().max(1));
        let required: Vec<(usize, f64)> = gap
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| (i, f64::from(l.required) / max))
            .collect();
        let current: Vec<(usize, f64)> = gap
            .lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.current.map(|c| (i, f64::from(c) / max)))
            .collect();
        let rings = (1..=feed.scale.max())
            .map(|level| {
                let ring: Vec<(usize, f64)> =
                    (0..count).map(|i| (i, f64::from(level) / max)).collect();
                view! { <polygon class="sg-radar-ring" points=points(&ring, count)/> }
            })
            .collect_view();
        let axes = gap.lines.iter().enumerate().map(|(i, line)| {
            let (x, y) = point(i, count, 1.0);
            let (lx, ly) = point(i, count, 1.2);
            let anchor = if (lx - CENTER).abs() < 5.0 { "middle" } else if lx > CENTER { "start" } else { "end" };
            let name = &feed.skills[line.skill].name;
            let label = if line.current.is_none() { format!("{} (?)", short(name)) } else { short(name) };
            view! {
                <line class="sg-radar-axis" x1=fixed(CENTER, 1) y1=fixed(CENTER, 1) x2=fixed(x, 1) y2=fixed(y, 1)/>
                <text class="sg-radar-label" x=fixed(lx, 1) y=fixed(ly, 1) text-anchor=anchor>{label}</text>
            }
        }).collect_view();
        let dots = current
            .iter()
            .map(|&(i, v)| {
                let (x, y) = point(i, count, v);
                view! { <circle class="sg-radar-dot" cx=fixed(x, 1) cy=fixed(y, 1) r="3.5"/> }
            })
            .collect_view();
        let rated = gap.rated();
        let description = format!(
            "Radar chart for {}: required levels as an outline, your rated levels filled, on a scale of 0 to {}. {rated} of {count} skills rated; the table below lists every value.",
            feed.roles[role].name,
            feed.scale.max()
        );
        let rows = gap.lines.iter().map(|l| {
            view! {
                <tr>
                    <th scope="row">{feed.skills[l.skill].name.clone()}</th>
                    <td class="sg-num">{l.required}</td>
                    <td class="sg-num">{l.current.map_or("not rated".to_owned(), |c| c.to_string())}</td>
                </tr>
            }
        }).collect_view();
        Some(view! {
            <figure class="sg-card sg-chart">
                <svg viewBox="-100 -20 520 360" class="sg-radar" role="img" aria-label=description>
                    {rings}
                    {axes}
                    <polygon class="sg-radar-required" points=points(&required, count)/>
                    {(current.len() >= 3).then(|| view! { <polygon class="sg-radar-current" points=points(&current, count)/> })}
                    {dots}
                </svg>
                <figcaption class="sg-legend">
                    <span class="sg-key sg-key-required">"Required"</span>
                    <span class="sg-key sg-key-current">"You"</span>
                </figcaption>
                <table class="sg-table" data-testid="radar-table">
                    <caption>"Current and required levels"</caption>
                    <thead><tr><th scope="col">"Skill"</th><th scope="col" class="sg-num">"Required"</th><th scope="col" class="sg-num">"You"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </figure>
        })
    };
    view! { {chart} }
}
