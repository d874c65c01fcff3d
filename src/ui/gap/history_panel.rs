//! Growth over time: dated snapshots, fit to the target role over time, deleting snapshots.

use super::target_gap;
use crate::ui::profile_sync::use_profile;
use browser::clock::today;
use domain::gap::list_text;
use domain::history::{delete_snapshot, fit_history, record_snapshot, skill_history};
use domain::i18n::k;
use domain::undo::Undo;
use leptos::prelude::*;
use markup::history_chart::history_chart;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    let history = Memo::new(move |_| {
        let loaded = feeds.loaded()?;
        let (role, _) = gap.get()?;
        Some(profile.with(|p| fit_history(p, loaded.feed(), role)))
    });
    let save_now = move |_| {
        let today = today();
        profile.edit(|p, now| {
            record_snapshot(p, &today, now, true);
        });
        notifier.confirm(
            i18n.tf(k::HISTORY_SAVED, &[("day", &i18n.date(&today))]),
            None,
        );
    };
    let chart = move || {
        history
            .get()
            .and_then(|points| i18n.with(|tr| history_chart(&points, tr)))
            .map(|html| view! { <div class="sg-history-chart" inner_html=html></div> })
    };
    let rows = move || {
        let loaded = feeds.loaded()?;
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
        let per_skill: Vec<Vec<Option<u8>>> = profile.with(|p| {
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
                    let levels: Vec<String> = skills
                        .iter()
                        .zip(&per_skill)
                        .filter_map(|((_, name), series)| {
                            series
                                .get(i)
                                .copied()
                                .flatten()
                                .map(|l| format!("{name} {}", i18n.integer(i64::from(l))))
                        })
                        .collect();
                    let levels = i18n.with(|tr| {
                        list_text(&levels.iter().map(String::as_str).collect::<Vec<_>>(), tr)
                    });
                    let day_for_delete = day.clone();
                    view! {
                        <tr data-testid=format!("snapshot-{day}")>
                            <th scope="row">{i18n.date(&day)}</th>
                            <td class="sg-num">
                                {fit.map_or("—".to_owned(), |f| i18n.percent(f))}
                            </td>
                            <td>{levels}</td>
                            <td>
                                <button
                                    type="button"
                                    class="sg-button sg-button-quiet"
                                    on:click=move |_| {
                                        let day = day_for_delete.clone();
                                        profile.edit(|p, now| delete_snapshot(p, &day, now));
                                        notifier
                                            .confirm(
                                                i18n.t(k::HISTORY_DELETED),
                                                Some(Undo::SnapshotDeleted { day }),
                                            );
                                    }
                                >
                                    {i18n.t(k::HISTORY_DELETE)}
                                    <span class="sg-visually-hidden">
                                        {i18n.tf(k::HISTORY_DELETE_WHICH, &[("day", &day)])}
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
            <h3 class="sg-h3">{i18n.t(k::HISTORY_HEADING)}</h3>
            <p class="sg-muted">{i18n.t(k::HISTORY_HELP)}</p>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=save_now
                data-testid="save-snapshot"
            >
                {i18n.t(k::HISTORY_SAVE_NOW)}
            </button>
            {chart}
            <Show when=move || history.get().is_some_and(|h| !h.is_empty())>
                <div
                    class="sg-table-scroll"
                    tabindex="0"
                    role="region"
                    aria-label=i18n.t(k::HISTORY_REGION)
                >
                    <table class="sg-table" data-testid="history-table">
                        <caption>{i18n.t(k::HISTORY_CAPTION)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t(k::HISTORY_COL_DATE)}</th>
                                <th scope="col" class="sg-num">
                                    {i18n.t(k::HISTORY_COL_FIT)}
                                </th>
                                <th scope="col">{i18n.t(k::HISTORY_COL_LEVELS)}</th>
                                <th scope="col">{i18n.t(k::HISTORY_COL_ACTIONS)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}
