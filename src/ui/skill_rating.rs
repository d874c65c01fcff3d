//! Rating the skills of the target role against the scale, with the behavioural anchors beside.

use super::state::use_app_state;
use crate::browser::clock::now_ms;
use crate::domain::feed::FeedLoad;
use crate::domain::scale::Level;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RatingList() -> impl IntoView {
    let state = use_app_state();
    let target = Memo::new(move |_| state.profile.with(|p| p.target_role.value.clone()));
    let rows = move || {
        let load = state.loaded()?;
        let role_idx = target.get().and_then(|id| load.feed.role_by_id(&id))?;
        let rows = load.feed.roles[role_idx]
            .requirements
            .iter()
            .map(|req| view! { <SkillRating load=load.clone() skill=req.skill/> })
            .collect_view();
        Some(rows)
    };
    view! {
        <section class="sg-card sg-ratings" aria-labelledby="sg-ratings-heading">
            <h2 id="sg-ratings-heading" class="sg-h2">"Rate your skills"</h2>
            <Show
                when=move || target.get().is_some()
                fallback=|| view! { <p class="sg-muted">"Choose a role to see the skills it asks for."</p> }
            >
                <p class="sg-muted">"Pick the description that fits you today. Your ratings stay in this browser."</p>
                <div class="sg-rating-list">{rows}</div>
            </Show>
        </section>
    }
}

#[component]
fn SkillRating(load: Arc<FeedLoad>, skill: usize) -> impl IntoView {
    let state = use_app_state();
    let feed = &load.feed;
    let skill = feed.skills[skill].clone();
    let skill_id = skill.id.clone();
    let group_name = format!("sg-rate-{}", skill.id);
    let heading_id = format!("sg-skill-{}", skill.id);
    let current = {
        let skill_id = skill_id.clone();
        Memo::new(move |_| state.profile.with(|p| p.level(&skill_id)))
    };
    let rate = {
        let (skill_id, name) = (skill.id.clone(), skill.name.clone());
        move |level: Option<Level>| {
            state
                .profile
                .update(|p| p.rate(&skill_id, &name, level, now_ms()))
        }
    };
    let not_rated_rate = rate.clone();
    let levels = feed
        .scale
        .levels
        .iter()
        .map(|level| {
            let value = level.level;
            let rate = rate.clone();
            let input_id = format!("{group_name}-{value}");
            let label = format!("{} {}", value, level.label);
            view! {
                <span class="sg-level">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=group_name.clone()
                        value=value.to_string()
                        prop:checked=move || current.get() == Some(value)
                        on:change=move |_| rate(Some(value))
                    />
                    <label for=input_id>{label}</label>
                </span>
            }
        })
        .collect_view();
    let scale = feed.scale.clone();
    let anchor_skill = skill.clone();
    let anchor = move || match current.get() {
        None => "Not rated yet.".to_owned(),
        Some(level) => {
            let label = scale.label(level).to_owned();
            let text = anchor_skill
                .anchor(level)
                .map(str::to_owned)
                .or_else(|| scale.get(level).map(|l| l.description.clone()))
                .unwrap_or_default();
            format!("{label}: {text}")
        }
    };
    let not_rated_id = format!("{group_name}-none");
    view! {
        <fieldset class="sg-skill" data-testid=format!("rate-{skill_id}") aria-describedby=format!("{heading_id}-anchor")>
            <legend id=heading_id.clone() class="sg-skill-name">{skill.name.clone()}</legend>
            <div class="sg-levels">
                <span class="sg-level sg-level-none">
                    <input
                        type="radio"
                        id=not_rated_id.clone()
                        name=group_name.clone()
                        value=""
                        prop:checked=move || current.get().is_none()
                        on:change=move |_| not_rated_rate(None)
                    />
                    <label for=not_rated_id>"Not rated"</label>
                </span>
                {levels}
            </div>
            <p id=format!("{heading_id}-anchor") class="sg-anchor" aria-live="polite" data-testid="anchor">{anchor}</p>
        </fieldset>
    }
}
