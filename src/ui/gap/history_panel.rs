//! Growth over time: dated snapshots, fit to the target role over time, deleting snapshots.

use super::target_gap;
use crate::browser::clock::today;
use crate::domain::history::{
    delete_snapshot, fit_history, record_snapshot, restore_snapshot, skill_history,
};
use crate::domain::number::percent;
use crate::markup::history_chart::history_chart;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let history = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let (role, _) = gap.get()?;
        Some(state.profile.with(|p| fit_history(p, loaded.feed(), role)))
    });
    let save_now = move |_| {
        let today = today();
        state.edit(|p, now| {
            record_snapshot(p, &today, now, true);
        });
        state.confirm(format!("Snapshot saved for {today}."), None);
    };
    let chart = move || {
        history
            .get()
            .and_then(|points| history_chart(&points))
            .map(|html| view! { <div class="sg-history-chart" inner_html=html></div> })
    };
    let rows = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (_, gap) = gap.get()?;
        let points = history.get()?;
        let skills: Vec<(String, String)> = gap
            .lines
            .iter()
            .map(|l| {
                (
                    feed.skills[l.skill].id.clone(),
                    feed.skills[l.skill].name.clone(),
                )
            })
            .collect();
        let per_skill: Vec<Vec<Option<u8>>> = state.profile.with(|p| {
            skills
                .iter()
                .map(|(id, _)| skill_history(p, id).into_iter().map(|(_, l)| l).collect())
                .collect()
        });
        Some(
            points
                .into_iter()
                .enumerate()
                .map(|(i, (day, fit))| {
                    let levels = skills
                        .iter()
                        .zip(&per_skill)
                        .filter_map(|((_, name), series)| {
                            series
                                .get(i)
                                .copied()
                                .flatten()
                                .map(|l| format!("{name} {l}"))
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    let day_for_delete = day.clone();
                    view! {
                        <tr data-testid=format!("snapshot-{day}")>
                            <th scope="row">{day.clone()}</th>
                            <td class="sg-num">
                                {fit.map_or("—".to_owned(), |f| format!("{}%", percent(f)))}
                            </td>
                            <td>{levels}</td>
                            <td>
                                <button
                                    type="button"
                                    class="sg-button sg-button-quiet"
                                    on:click=move |_| {
                                        let day = day_for_delete.clone();
                                        state.edit(|p, now| delete_snapshot(p, &day, now));
                                        let undo = std::sync::Arc::new(move || {
                                            state.edit(|p, now| restore_snapshot(p, &day, now));
                                            state.confirm("The snapshot is back.", None);
                                        });
                                        state.confirm("Snapshot deleted.", Some(undo));
                                    }
                                >
                                    "Delete"
                                    <span class="sg-visually-hidden">
                                        {format!(" the snapshot of {day}")}
                                    </span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <div class="sg-card" data-testid="history">
            <h3 class="sg-h3">"Growth over time"</h3>
            <p class="sg-muted">
                "Skillgap keeps one snapshot of your ratings a day when they change. Save one yourself before a review, or delete any you do not want."
            </p>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=save_now
                data-testid="save-snapshot"
            >
                "Save a snapshot now"
            </button>
            {chart}
            <Show when=move || history.get().is_some_and(|h| !h.is_empty())>
                <div
                    class="sg-table-scroll"
                    tabindex="0"
                    role="region"
                    aria-label="Fit by snapshot"
                >
                    <table class="sg-table" data-testid="history-table">
                        <caption>"Fit to the target role and levels, by snapshot"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Date"</th>
                                <th scope="col" class="sg-num">
                                    "Fit"
                                </th>
                                <th scope="col">"Levels"</th>
                                <th scope="col">"Actions"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}
