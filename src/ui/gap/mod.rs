//! The gap to the target role: fit, priorities, strengths, charts and growth over time.

mod gap_bars;
mod history_panel;
mod priority_list;
mod radar_chart;

use crate::ui::feedback::{AskFeedback, FeedbackPanel};
use crate::ui::profile_sync::use_profile;
use domain::gap::RoleGap;
use domain::i18n::k;
use gap_bars::GapBars;
use history_panel::HistoryPanel;
use leptos::prelude::*;
use priority_list::{PriorityList, Strengths};
use radar_chart::RadarChart;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[derive(Clone, Copy)]
struct TargetGap(Memo<Option<(usize, RoleGap)>>);

/// The target role's gap, computed once per change for every component that shows it.
pub fn target_gap() -> Memo<Option<(usize, RoleGap)>> {
    expect_context::<TargetGap>().0
}

/// Creates the shared target-gap memo; called once by the app root.
pub fn provide_target_gap() {
    let profile = use_profile();
    let feeds = use_feeds();
    provide_context(TargetGap(Memo::new(move |_| {
        let loaded = feeds.loaded()?;
        let feed = loaded.feed();
        profile.with(|p| {
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
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    let summary = move || {
        let loaded = feeds.loaded()?;
        let (role, gap) = gap.get()?;
        Some(i18n.with(|tr| {
            gap.evidence()
                .headline_in(&loaded.feed().roles[role].name, tr)
        }))
    };
    let detail = move || {
        gap.get().map(|(_, gap)| {
            let short = gap
                .lines
                .iter()
                .filter(|l| l.gap().is_some_and(|g| g > 0))
                .count();
            // The language's own texts and numbers: nothing to isolate.
            i18n.with(|tr| {
                let unrated = gap.lines.len() - gap.rated();
                tr.tf_plain(
                    k::GAP_PROGRESS,
                    &[
                        ("rated", &tr.integer(gap.rated() as i64)),
                        ("total", &tr.integer(gap.lines.len() as i64)),
                        ("below", &tr.plural(k::GAP_PROGRESS_BELOW, short, &[])),
                        (
                            "levels",
                            &tr.plural(k::GAP_PROGRESS_LEVELS, gap.levels_to_close() as usize, &[]),
                        ),
                        ("unrated", &tr.plural(k::GAP_PROGRESS_UNRATED, unrated, &[])),
                    ],
                )
            })
        })
    };
    view! {
        <section class="sg-section" aria-labelledby="sg-gap-heading">
            <h2 id="sg-gap-heading" class="sg-h2">
                {i18n.t(k::GAP_HEADING)}
            </h2>
            <Show
                when=move || gap.get().is_some()
                fallback=move || {
                    view! { <p class="sg-muted">{i18n.t(k::GAP_NO_TARGET)}</p> }
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
                        <summary>{i18n.t(k::GAP_HELP_SUMMARY)}</summary>
                        <p>{i18n.t(k::GAP_HELP_TEXT)}</p>
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
