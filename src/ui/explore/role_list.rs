//! The ranked role list with a family filter; rendered in pages, so 3,000 roles stay instant.

use super::role_row::RoleRow;
use crate::ui::keyed_rows::{keyed_rows, Row, Rows};
use crate::ui::profile_sync::use_profile;
use browser::clock::Mark;
use domain::explorer::{rank_roles, sort_roles, FitGroup, RoleFit, RoleSort};
use domain::i18n::k;
use domain::profile::Profile;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

const PAGE: usize = 25;

#[component]
pub fn RoleList() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
    let loaded = use_feed();
    let families: Vec<String> = loaded
        .feed()
        .role_families()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let family = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(RoleSort::Fit);
    let shown = RwSignal::new(PAGE);
    // Ranking all roles waits for a rating; a keystroke in the search only
    // filters and sorts the ranked list again.
    let all_ranked = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            let mark = Mark::start("skillgap:rank-roles");
            let levels_only = profile.with(|p| Profile {
                skills: p.skills.clone(),
                ..Profile::default()
            });
            let ranked = rank_roles(loaded.feed(), &levels_only, None);
            mark.end();
            ranked
        }
    });
    let ranked = Memo::new(move |_| {
        let mark = Mark::start("skillgap:filter-roles");
        let feed = loaded.feed();
        let mut ranked = all_ranked.get();
        let family = family.get().trim().to_lowercase();
        if !family.is_empty() {
            ranked.retain(|fit| feed.roles[fit.role].family.to_lowercase().contains(&family));
        }
        // Typos forgiven, as in skill search; names and families are searched.
        let query = query.get();
        if !query.trim().is_empty() {
            let mut matched = vec![false; feed.roles.len()];
            for hit in loaded.role_search().search(&query, feed.roles.len()) {
                matched[hit.target] = true;
            }
            ranked.retain(|fit| matched[fit.role]);
        }
        let current = profile.with(|p| {
            p.current_role
                .value
                .as_deref()
                .and_then(|id| feed.role_by_id(id))
        });
        sort_roles(feed, &mut ranked, sort.get(), current);
        mark.end();
        ranked
    });
    let total = Memo::new(move |_| ranked.with(Vec::len));
    // One list per group, over the first `shown` roles.
    let group_rows = move |group: FitGroup| -> Rows {
        Arc::new(move || {
            ranked.with(|ranked| {
                ranked
                    .iter()
                    .take(shown.get())
                    .filter(|fit| fit.group() == group)
                    .enumerate()
                    .map(|(rank, fit)| {
                        role_row((group == FitGroup::Comparable).then_some(rank), fit)
                    })
                    .collect()
            })
        })
    };
    let has = move |group: FitGroup| {
        move || {
            sort.get() == RoleSort::Fit
                && ranked.with(|r| r.iter().take(shown.get()).any(|f| f.group() == group))
        }
    };
    let sorted_visible = move || sort.get() != RoleSort::Fit && total.get() != 0;
    // Any other order: one list, unnumbered.
    let sorted_rows: Rows = Arc::new(move || {
        ranked.with(|ranked| {
            ranked
                .iter()
                .take(shown.get())
                .map(|fit| role_row(None, fit))
                .collect()
        })
    });
    let rows = view! {
        <Show when=has(FitGroup::Comparable)>
            <h3 class="sg-h3">{i18n.t(k::EXPLORE_RANKED)}</h3>
            <ol class="sg-role-list" data-testid="role-ranking">
                {keyed_rows(group_rows(FitGroup::Comparable))}
            </ol>
        </Show>
        <Show when=has(FitGroup::RateMore)>
            <h3 class="sg-h3">{i18n.t(k::EXPLORE_RATE_MORE)}</h3>
            <p class="sg-muted">{i18n.t(k::EXPLORE_RATE_MORE_HELP)}</p>
            <ul class="sg-role-list" data-testid="roles-rate-more">
                {keyed_rows(group_rows(FitGroup::RateMore))}
            </ul>
        </Show>
        <Show when=has(FitGroup::NotRated)>
            <h3 class="sg-h3">{i18n.t(k::EXPLORE_NOT_RATED)}</h3>
            <ul class="sg-role-list" data-testid="roles-not-rated">
                {keyed_rows(group_rows(FitGroup::NotRated))}
            </ul>
        </Show>
        <Show when=sorted_visible>
            <ul class="sg-role-list" data-testid="roles-sorted">
                {keyed_rows(sorted_rows.clone())}
            </ul>
        </Show>
        <Show when=move || total.get() == 0>
            <p class="sg-muted" role="status" data-testid="no-roles">
                {i18n.t(k::EXPLORE_NO_MATCH)}
            </p>
        </Show>
        <Show when=move || shown.get() < total.get()>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=move |_| shown.update(|n| *n += PAGE)
            >
                {move || {
                    i18n.plural(k::EXPLORE_SHOW_MORE, total.get().saturating_sub(shown.get()), &[])
                }}
            </button>
        </Show>
    };
    view! {
        <div class="sg-field">
            <label for="sg-role-filter" class="sg-label">
                {i18n.t(k::EXPLORE_SEARCH_LABEL)}
            </label>
            <input
                id="sg-role-filter"
                class="sg-input"
                type="search"
                autocomplete="off"
                data-testid="explore-search"
                placeholder=i18n.t(k::EXPLORE_SEARCH_PLACEHOLDER)
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    shown.set(PAGE);
                }
            />
        </div>
        <div class="sg-field">
            <label for="sg-role-sort" class="sg-label">
                {i18n.t(k::EXPLORE_SORT_LABEL)}
            </label>
            <select
                id="sg-role-sort"
                class="sg-select"
                data-testid="role-sort"
                on:change=move |ev| {
                    sort.set(
                        match event_target_value(&ev).as_str() {
                            "closest" => RoleSort::ClosestToCurrent,
                            "to-rate" => RoleSort::FewestToRate,
                            "name" => RoleSort::Name,
                            _ => RoleSort::Fit,
                        },
                    );
                    shown.set(PAGE);
                }
            >
                <option value="fit">{i18n.t(k::EXPLORE_SORT_FIT)}</option>
                <option value="closest">{i18n.t(k::EXPLORE_SORT_CLOSEST)}</option>
                <option value="to-rate">{i18n.t(k::EXPLORE_SORT_TO_RATE)}</option>
                <option value="name">{i18n.t(k::EXPLORE_SORT_NAME)}</option>
            </select>
        </div>
        <div class="sg-field">
            <label for="sg-family-filter" class="sg-label">
                {i18n.t(k::EXPLORE_FAMILY_LABEL)}
            </label>
            // Typed with suggestions: frameworks have hundreds of families. Any part of a
            // family's name filters; an empty box shows all.
            <input
                id="sg-family-filter"
                class="sg-input"
                type="search"
                autocomplete="off"
                list="sg-family-list"
                placeholder=i18n.t(k::EXPLORE_FAMILY_PLACEHOLDER)
                data-testid="family-filter"
                prop:value=move || family.get()
                on:input=move |ev| {
                    family.set(event_target_value(&ev));
                    shown.set(PAGE);
                }
            />
            <datalist id="sg-family-list">
                {families.into_iter().map(|f| view! { <option value=f></option> }).collect_view()}
            </datalist>
        </div>
        {rows}
    }
}

/// One role's row, keyed on everything it shows, so it is rebuilt exactly when that changes.
fn role_row(rank: Option<usize>, fit: &RoleFit) -> Row {
    let essentials: Vec<String> = fit.essential_missing.iter().map(usize::to_string).collect();
    let key = format!(
        "{rank:?} {} {:?} {} {} {} {}",
        fit.role,
        fit.evidence.cautious.to_bits(),
        fit.evidence.rated,
        fit.skills_to_close,
        fit.levels_to_close,
        essentials.join(",")
    );
    let fit = fit.clone();
    Row::new(key, move || {
        view! { <RoleRow rank=rank fit=fit /> }.into_any()
    })
}
