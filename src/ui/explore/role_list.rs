//! The ranked role list with a family filter; rendered in pages, so 3,000 roles stay instant.

use crate::browser::clock::Mark;
use crate::domain::explorer::rank_roles;
use crate::domain::number::percent;
use crate::domain::profile::{flag_is_set, Profile};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

const PAGE: usize = 25;

#[component]
pub fn RoleList() -> impl IntoView {
    let state = use_app_state();
    let loaded = state
        .loaded_untracked()
        .expect("shown once the feed is loaded");
    let families: Vec<String> = loaded
        .feed()
        .role_families()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let family = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let ranked = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let mark = Mark::start("skillgap:rank-roles");
        let family = family.get();
        let levels_only = state.profile.with(|p| Profile {
            skills: p.skills.clone(),
            ..Profile::default()
        });
        let ranked = rank_roles(
            loaded.feed(),
            &levels_only,
            (!family.is_empty()).then_some(family.as_str()),
        );
        mark.end();
        Some(ranked)
    });
    let rows = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let ranked = ranked.get()?;
        let total = ranked.len();
        let items = ranked
            .into_iter()
            .take(shown.get())
            .enumerate()
            .map(|(rank, fit)| {
                let role = &feed.roles[fit.role];
                let id = role.id.clone();
                let fit_text = fit.fit.map_or("fit unknown: no skill rated".to_owned(), |f| format!("{}% fit", percent(f)));
                let take = if fit.fit.is_none() {
                    format!("{} skills to rate", fit.unrated)
                } else {
                    format!(
                        "{} skill{} and {} level{} to close{}",
                        fit.skills_to_close,
                        if fit.skills_to_close == 1 { "" } else { "s" },
                        fit.levels_to_close,
                        if fit.levels_to_close == 1 { "" } else { "s" },
                        if fit.unrated > 0 { format!("; {} not rated yet", fit.unrated) } else { String::new() }
                    )
                };
                let essentials = (!fit.essential_missing.is_empty()).then(|| {
                    format!("Essential gaps: {}", fit.essential_missing.iter().map(|&s| feed.skills[s].name.as_str()).collect::<Vec<_>>().join(", "))
                });
                let checked = {
                    let id = id.clone();
                    move || state.profile.with(|p| flag_is_set(&p.shortlist, &id))
                };
                let toggle_id = id.clone();
                let aim_id = id.clone();
                let name = role.name.clone();
                let detail = [role.family.as_str(), role.seniority.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ");
                let checkbox_id = format!("sg-shortlist-{rank}");
                view! {
                    <li class="sg-role-card" data-testid=format!("role-{id}")>
                        <div class="sg-role-head">
                            <span class="sg-result-name">{format!("{}. {name}", rank + 1)}</span>
                            <span class="sg-role-fit" data-testid="role-fit">{fit_text}</span>
                        </div>
                        <p class="sg-muted">{detail}</p>
                        <p data-testid="role-take">{format!("What it would take: {take}.")}</p>
                        {essentials.map(|e| view! { <p class="sg-muted">{e}</p> })}
                        <div class="sg-actions">
                            <input type="checkbox" id=checkbox_id.clone() prop:checked=checked on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = toggle_id.clone();
                                state.edit(|p, now| Profile::set_flag(&mut p.shortlist, &id, on, now));
                            }/>
                            <label for=checkbox_id>{format!("Shortlist {name}")}</label>
                            <button type="button" class="sg-button sg-button-quiet" on:click=move |_| {
                                let id = aim_id.clone();
                                state.edit(|p, now| p.set_target_role(Some(id), now));
                                state.announce("Target role changed.");
                            }>"Make this my target"<span class="sg-visually-hidden">{format!(": {}", role.name)}</span></button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <ol class="sg-role-list" data-testid="role-ranking">{items}</ol>
            <Show when=move || shown.get() < total>
                <button type="button" class="sg-button sg-button-quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show more roles ({} more)", total.saturating_sub(shown.get()))}
                </button>
            </Show>
        })
    };
    view! {
        <div class="sg-field">
            <label for="sg-family-filter" class="sg-label">"Role family"</label>
            <select id="sg-family-filter" class="sg-select" data-testid="family-filter" on:change=move |ev| {
                family.set(event_target_value(&ev));
                shown.set(PAGE);
            }>
                <option value="">"All families"</option>
                {families.into_iter().map(|f| view! { <option value=f.clone()>{f.clone()}</option> }).collect_view()}
            </select>
        </div>
        {rows}
    }
}
