//! The gap to the target role: fit, priorities, strengths, charts and growth over time.

mod gap_bars;
mod history_panel;
mod priority_list;
mod radar_chart;

use crate::domain::gap::RoleGap;
use crate::ui::feedback::{AskFeedback, FeedbackPanel};
use crate::ui::state::use_app_state;
use gap_bars::GapBars;
use history_panel::HistoryPanel;
use leptos::prelude::*;
use priority_list::{PriorityList, Strengths};
use radar_chart::RadarChart;

#[derive(Clone, Copy)]
struct TargetGap(Memo<Option<(usize, RoleGap)>>);

/// The target role's gap, computed once per change for every component that shows it.
pub fn target_gap() -> Memo<Option<(usize, RoleGap)>> {
    expect_context::<TargetGap>().0
}

/// Creates the shared target-gap memo; called once by the app root.
pub fn provide_target_gap() {
    let state = use_app_state();
    provide_context(TargetGap(Memo::new(move |_| {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        state.profile.with(|p| {
            let role = p
                .target_role
                .value
                .as_deref()
                .and_then(|id| feed.role_by_id(id))?;
            Some((
                role,
                RoleGap::new(feed, &feed.roles[role], |id| p.level(id)),
            ))
        })
    })));
}

#[component]
pub fn GapSection() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let summary = move || {
        let loaded = state.loaded()?;
        let (role, gap) = gap.get()?;
        Some(gap.evidence().headline(&loaded.feed().roles[role].name))
    };
    let detail = move || {
        gap.get().map(|(_, gap)| {
            let short = gap.lines.iter().filter(|l| l.gap().is_some_and(|g| g > 0)).count();
            format!(
                "Rated {} of {}. {short} skill{} below the requirement, {} level{} to close; {} not rated yet.",
                gap.rated(),
                gap.lines.len(),
                if short == 1 { "" } else { "s" },
                gap.levels_to_close(),
                if gap.levels_to_close() == 1 { "" } else { "s" },
                gap.lines.len() - gap.rated()
            )
        })
    };
    view! {
        <section class="sg-section" aria-labelledby="sg-gap-heading">
            <h2 id="sg-gap-heading" class="sg-h2">
                "My gap"
            </h2>
            <Show
                when=move || gap.get().is_some()
                fallback=|| {
                    view! {
                        <p class="sg-muted">
                            "Choose the role you aim for under “Rate skills” to see your gap."
                        </p>
                    }
                }
            >
                <div class="sg-card">
                    <p class="sg-fit" data-testid="fit">
                        {summary}
                    </p>
                    <p class="sg-muted" data-testid="progress">
                        {detail}
                    </p>
                    <details class="sg-help">
                        <summary>"How is fit calculated?"</summary>
                        <p>
                            "Fit is the share of the role's required levels you already reach, weighted by importance (essential ×3, important ×2, nice to have ×1), counting only the skills you have rated. A skill above its requirement counts as met, never more. Unrated skills are unknown, not zero: they are left out and shown as “not rated yet”, and every fit says how many skills it rests on. To compare roles, the explorer uses a cautious fit: the fit you would have if every skill you have not rated were at the bottom of the scale; roles with less than half of their importance rated are listed apart until you rate more."
                        </p>
                    </details>
                </div>
                <PriorityList />
                <div class="sg-charts">
                    <RadarChart />
                    <GapBars />
                </div>
                <Strengths />
                <FeedbackPanel />
                <AskFeedback />
                <HistoryPanel />
            </Show>
        </section>
    }
}
