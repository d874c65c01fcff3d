//! One ranked role: its fit, what it would take, shortlist and "Make this my target".

use crate::domain::dom_id::dom_id;
use crate::domain::explorer::RoleFit;
use crate::domain::number::percent;
use crate::domain::profile::{flag_is_set, Profile};
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

#[component]
pub fn RoleRow(rank: usize, fit: RoleFit) -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let feed = loaded.feed();
    let role = &feed.roles[fit.role];
    let (id, name) = (role.id.clone(), role.name.clone());
    let fit_text = fit
        .fit
        .map_or("fit unknown: no skill rated".to_owned(), |f| {
            format!("{}% fit", percent(f))
        });
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let take = if fit.fit.is_none() {
        format!("{} skills to rate", fit.unrated)
    } else {
        let unrated = if fit.unrated > 0 {
            format!("; {} not rated yet", fit.unrated)
        } else {
            String::new()
        };
        format!(
            "{} skill{} and {} level{} to close{unrated}",
            fit.skills_to_close,
            plural(fit.skills_to_close),
            fit.levels_to_close,
            plural(fit.levels_to_close as usize),
        )
    };
    let essentials = (!fit.essential_missing.is_empty()).then(|| {
        let names = fit
            .essential_missing
            .iter()
            .map(|&s| feed.skills[s].name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        format!("Essential gaps: {names}")
    });
    let detail = [role.family.as_str(), role.seniority.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let shortlisted = {
        let id = id.clone();
        Memo::new(move |_| state.profile.with(|p| flag_is_set(&p.shortlist, &id)))
    };
    let toggle = {
        let id = id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            state.edit(|p, now| Profile::set_flag(&mut p.shortlist, &id, on, now));
        }
    };
    let aim = {
        let id = id.clone();
        move |_| {
            state.edit(|p, now| p.set_target_role(Some(id.clone()), now));
            state.announce("Target role changed.");
        }
    };
    let checkbox_id = format!("sg-shortlist-{}", dom_id(&id));
    view! {
        <li class="sg-role-card" data-testid=format!("role-{id}")>
            <div class="sg-role-head">
                <span class="sg-result-name">{format!("{}. {name}", rank + 1)}</span>
                <span class="sg-role-fit" data-testid="role-fit">
                    {fit_text}
                </span>
            </div>
            <p class="sg-muted">{detail}</p>
            <p data-testid="role-take">{format!("What it would take: {take}.")}</p>
            {essentials.map(|e| view! { <p class="sg-muted">{e}</p> })}
            <div class="sg-actions">
                <input
                    type="checkbox"
                    id=checkbox_id.clone()
                    prop:checked=move || shortlisted.get()
                    on:change=toggle
                />
                <label for=checkbox_id>{format!("Shortlist {name}")}</label>
                <button type="button" class="sg-button sg-button-quiet" on:click=aim>
                    "Make this my target"
                    <span class="sg-visually-hidden">{format!(": {name}")}</span>
                </button>
            </div>
        </li>
    }
}
