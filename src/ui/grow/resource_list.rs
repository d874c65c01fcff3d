//! Resource suggestions, sorted as the user chooses, as a keyed list of rows.

use super::resource_row::ResourceRow;
use super::use_shown_gaps;
use crate::ui::keyed_rows::{keyed_rows, Row, Rows};
use crate::ui::profile_sync::use_profile;
use browser::clock::Mark;
use domain::i18n::k;
use domain::suggestions::resources::{suggest_resources_in, ResourceSuggestion};
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;
use stdx::sorting::{sort_by, sort_by_key};

const LIMIT: usize = 12;

#[component]
pub fn ResourceList() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
    let gaps = use_shown_gaps();
    let sort = RwSignal::new("best".to_owned());
    let loaded = use_feed();
    // A framework without learning resources says so, rather than blame the preferences.
    let none_key = if loaded.feed().resources.is_empty() {
        k::RESOURCE_LIST_FRAMEWORK_HAS_NONE
    } else {
        k::RESOURCE_LIST_NONE
    };
    let suggestions = Memo::new(move |_| {
        let mark = Mark::start("skillgap:suggest-resources");
        let feed = loaded.feed();
        // Those in the interface language first; the list is drawn again when it changes.
        let interface = i18n.language().tag;
        let mut list =
            profile.with(|p| suggest_resources_in(feed, p, &gaps.get(), LIMIT, interface));
        match sort.get().as_str() {
            "shortest" => sort_by_key(&mut list, |s| {
                feed.resources[s.resource]
                    .duration_minutes
                    .unwrap_or(u32::MAX)
            }),
            "cheapest" => sort_by(&mut list, |a, b| {
                let cost =
                    |s: &ResourceSuggestion| feed.resources[s.resource].cost.unwrap_or(f64::MAX);
                cost(a).total_cmp(&cost(b))
            }),
            _ => {}
        }
        mark.end();
        list
    });
    let rows: Rows = Arc::new(move || {
        suggestions
            .get()
            .into_iter()
            .map(|s| {
                let key = format!("{} {} {} {}", s.resource, s.skill, s.from, s.to);
                let required = gaps
                    .with_untracked(|g| g.iter().find(|g| g.skill == s.skill).map(|g| g.required));
                Row::new(key, move || {
                    view! { <ResourceRow suggestion=s required=required /> }.into_any()
                })
            })
            .collect()
    });
    let items = view! {
        <Show
            when=move || suggestions.with(|s| !s.is_empty())
            fallback=move || {
                view! {
                    <p class="sg-muted" data-testid="no-resources">
                        {i18n.t(none_key)}
                    </p>
                }
            }
        >
            <ul class="sg-suggestions" data-testid="resource-suggestions">
                {keyed_rows(rows.clone())}
            </ul>
        </Show>
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::RESOURCE_LIST_HEADING)}</h3>
            <div class="sg-field sg-field-inline">
                <label for="sg-resource-sort">{i18n.t(k::RESOURCE_SORT_LABEL)}</label>
                <select
                    id="sg-resource-sort"
                    class="sg-select"
                    data-testid="resource-sort"
                    on:change=move |ev| sort.set(event_target_value(&ev))
                >
                    <option value="best">{i18n.t(k::RESOURCE_SORT_BEST)}</option>
                    <option value="shortest">{i18n.t(k::RESOURCE_SORT_SHORTEST)}</option>
                    <option value="cheapest">{i18n.t(k::RESOURCE_SORT_CHEAPEST)}</option>
                </select>
            </div>
            {items}
        </div>
    }
}
