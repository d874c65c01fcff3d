//! Resource suggestions with their reasons; save to plan or dismiss.

use super::use_priority_gaps;
use crate::browser::clock::Mark;
use crate::domain::plan::{attach_resource, ensure_goal};
use crate::domain::profile::Profile;
use crate::domain::sorting::{sort_by, sort_by_key};
use crate::domain::suggestions::resources::suggest_resources;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

const LIMIT: usize = 12;

#[component]
pub fn ResourceList() -> impl IntoView {
    let state = use_app_state();
    let gaps = use_priority_gaps();
    let sort = RwSignal::new("best".to_owned());
    let suggestions = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let mark = Mark::start("skillgap:suggest-resources");
        let feed = loaded.feed();
        let mut list = state
            .profile
            .with(|p| suggest_resources(feed, p, &gaps.get(), LIMIT));
        match sort.get().as_str() {
            "shortest" => sort_by_key(&mut list, |s| {
                feed.resources[s.resource]
                    .duration_minutes
                    .unwrap_or(u32::MAX)
            }),
            "cheapest" => sort_by(&mut list, |a, b| {
                let cost = |s: &crate::domain::suggestions::resources::ResourceSuggestion| {
                    feed.resources[s.resource].cost.unwrap_or(f64::MAX)
                };
                cost(a).total_cmp(&cost(b))
            }),
            _ => {}
        }
        mark.end();
        Some(list)
    });
    let items = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let list = suggestions.get()?;
        if list.is_empty() {
            return Some(view! { <p class="sg-muted" data-testid="no-resources">"Nothing matches your preferences for these gaps. Loosen a preference to see more."</p> }.into_any());
        }
        Some(view! {
            <ul class="sg-suggestions" data-testid="resource-suggestions">
                {list.into_iter().map(|s| {
                    let resource = &feed.resources[s.resource];
                    let (id, title, url) = (resource.id.clone(), resource.title.clone(), resource.url.clone());
                    let skill_id = feed.skills[s.skill].id.clone();
                    let required = gaps.get_untracked().iter().find(|g| g.skill == s.skill).map(|g| g.required);
                    let (save_id, dismiss_id) = (id.clone(), id.clone());
                    let saved = {
                        let id = id.clone();
                        move || state.profile.with(|p| p.live_goals().any(|(_, g)| g.resources.contains(&id)))
                    };
                    let title_for_save = title.clone();
                    let title_for_dismiss = title.clone();
                    view! {
                        <li class="sg-suggestion" data-testid=format!("resource-{id}")>
                            <a href=url target="_blank" rel="noopener noreferrer" class="sg-suggestion-title">{title.clone()}</a>
                            <span class="sg-muted">{resource.provider.clone()}</span>
                            <p class="sg-why" data-testid="why">{s.reason(feed)}</p>
                            <div class="sg-actions">
                                <button type="button" class="sg-button sg-button-quiet" data-testid="save-resource" on:click=move |_| {
                                    let (id, skill) = (save_id.clone(), skill_id.clone());
                                    state.edit(|p, now| {
                                        let goal = ensure_goal(p, &skill, required, now);
                                        attach_resource(p, &goal, &id, now);
                                    });
                                    state.announce(format!("{title_for_save} saved to your plan."));
                                }>{move || if saved() { "Saved to plan" } else { "Save to plan" }}<span class="sg-visually-hidden">{format!(": {title}")}</span></button>
                                <button type="button" class="sg-button sg-button-quiet" data-testid="dismiss-resource" on:click=move |_| {
                                    let id = dismiss_id.clone();
                                    state.edit(|p, now| Profile::set_flag(&mut p.dismissed, &id, true, now));
                                    state.announce(format!("{title_for_dismiss} dismissed. You can restore it below."));
                                }>"Dismiss"<span class="sg-visually-hidden">{format!(": {}", resource.title)}</span></button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any())
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Learning resources"</h3>
            <div class="sg-field sg-field-inline">
                <label for="sg-resource-sort">"Sort by"</label>
                <select id="sg-resource-sort" class="sg-select" data-testid="resource-sort" on:change=move |ev| sort.set(event_target_value(&ev))>
                    <option value="best">"Best match"</option>
                    <option value="shortest">"Shortest first"</option>
                    <option value="cheapest">"Cheapest first"</option>
                </select>
            </div>
            {items}
        </div>
    }
}
