//! The gap to the target role: fit, and each required skill's distance, biggest first.

use super::state::use_app_state;
use crate::domain::gap::{GapLine, RoleGap};
use leptos::prelude::*;

#[component]
pub fn GapSummary() -> impl IntoView {
    let state = use_app_state();
    let gap = Memo::new(move |_| {
        let load = state.loaded()?;
        state.profile.with(|profile| {
            let role_idx = profile
                .target_role
                .value
                .as_deref()
                .and_then(|id| load.feed().role_by_id(id))?;
            let role = &load.feed().roles[role_idx];
            Some((
                role.name.clone(),
                RoleGap::new(load.feed(), role, |id| profile.level(id)),
            ))
        })
    });
    let fit_text = move || {
        gap.get().map(|(name, gap)| match gap.fit() {
            Some(fit) => format!("{:.0}% fit for {name}", fit * 100.0),
            None => format!("Rate a skill to see your fit for {name}"),
        })
    };
    let progress = move || {
        gap.get()
            .map(|(_, gap)| format!("Rated {} of {}", gap.rated(), gap.lines.len()))
    };
    let lines = move || {
        let load = state.loaded()?;
        let (_, gap) = gap.get()?;
        let mut lines = gap.lines.clone();
        lines.sort_by(|a, b| {
            order_key(b)
                .partial_cmp(&order_key(a))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let scale = &load.feed().scale;
        Some(
            lines
                .into_iter()
                .map(|line| {
                    let skill = &load.feed().skills[line.skill];
                    let status = match (line.current, line.gap()) {
                        (None, _) => "unknown: not rated yet".to_owned(),
                        (Some(_), Some(0)) => "met".to_owned(),
                        (Some(_), Some(gap)) => {
                            format!("{gap} level{} to go", if gap == 1 { "" } else { "s" })
                        }
                        _ => String::new(),
                    };
                    let detail = format!(
                        "needs {} {} · {}",
                        line.required,
                        scale.label(line.required),
                        line.importance.label()
                    );
                    let class = match line.gap() {
                        None => "sg-gap-line sg-gap-unknown",
                        Some(0) => "sg-gap-line sg-gap-met",
                        Some(_) => "sg-gap-line sg-gap-short",
                    };
                    view! {
                        <li class=class data-testid=format!("gap-{}", skill.id)>
                            <span class="sg-gap-skill">{skill.name.clone()}</span>
                            <span class="sg-gap-status">{status}</span>
                            <span class="sg-gap-detail">{detail}</span>
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="sg-card sg-gap" aria-labelledby="sg-gap-heading">
            <h2 id="sg-gap-heading" class="sg-h2">"Your gap"</h2>
            <Show when=move || gap.get().is_some() fallback=|| view! { <p class="sg-muted">"Your gap appears here once you choose a role."</p> }>
                <p class="sg-fit" data-testid="fit" aria-live="polite">{fit_text}</p>
                <p class="sg-muted" data-testid="progress">{progress}</p>
                <ol class="sg-gap-list" data-testid="gap-list">{lines}</ol>
            </Show>
        </section>
    }
}

/// Biggest weighted gap first; unknown skills after real gaps, met skills last.
fn order_key(line: &GapLine) -> f64 {
    match line.weighted_gap() {
        Some(0.0) => -1.0,
        Some(weighted) => weighted,
        None => 0.0,
    }
}
