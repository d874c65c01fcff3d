//! Someone's shared profile, opened from a link: read-only, clearly marked, importable.

use super::state::use_app_state;
use crate::browser::clock::now_ms;
use crate::domain::gap::RoleGap;
use crate::domain::number::percent;
use crate::domain::profile::merge::merge;
use crate::domain::profile::share::to_profile;
use leptos::prelude::*;

#[component]
pub fn SharedView() -> impl IntoView {
    let state = use_app_state();
    let loaded = state
        .loaded_untracked()
        .expect("shown once the feed is loaded");
    let close = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash("");
        }
        state.shared.set(None);
    };
    let body = move || {
        match state.shared.get() {
        Some(Err(error)) => view! {
            <div class="sg-error" role="alert" data-testid="share-error"><p>{error.message()}</p></div>
        }
        .into_any(),
        Some(Ok(shared)) => {
            let feed = loaded.feed();
            let profile = to_profile(&shared, 0);
            let role = shared.target_role.as_deref().and_then(|id| feed.role_by_id(id));
            let summary = role.map(|r| {
                let gap = RoleGap::new(feed, &feed.roles[r], |id| profile.level(id));
                let fit = gap.fit().map_or("no rated skills yet".to_owned(), |f| format!("{}% fit", percent(f)));
                format!("Aiming for {}: {fit}, {} of {} skills rated.", feed.roles[r].name, gap.rated(), gap.lines.len())
            });
            let rows = shared
                .levels
                .iter()
                .map(|(id, level)| {
                    let name = feed.skill_by_id(id).map_or(id.clone(), |i| feed.skills[i].name.clone());
                    view! { <tr><th scope="row">{name}</th><td>{format!("{level} {}", feed.scale.label(*level))}</td></tr> }
                })
                .collect_view();
            let goals = shared
                .goals
                .iter()
                .map(|g| {
                    let name = feed.skill_by_id(&g.skill).map_or(g.skill.clone(), |i| feed.skills[i].name.clone());
                    let target = g.target_level.map_or(String::new(), |l| format!(" to level {l}"));
                    let date = g.target_date.clone().map_or(String::new(), |d| format!(" by {d}"));
                    view! { <li>{format!("{name}{target}{date} ({})", g.status.label())}</li> }
                })
                .collect_view();
            let import = move |_| {
                let incoming = to_profile(&shared, now_ms());
                state.profile.update(|p| *p = merge(p, &incoming));
                state.announce("The shared profile was merged into yours.");
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash("");
                }
                state.shared.set(None);
            };
            view! {
                <div data-testid="shared-view">
                    {summary.map(|s| view! { <p class="sg-fit">{s}</p> })}
                    <table class="sg-table">
                        <caption>"Shared ratings"</caption>
                        <thead><tr><th scope="col">"Skill"</th><th scope="col">"Level"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <h3 class="sg-h3">"Shared plan"</h3>
                    <ul>{goals}</ul>
                    <div class="sg-actions">
                        <button type="button" class="sg-button" on:click=import.clone() data-testid="import-shared">"Import into my profile"</button>
                    </div>
                </div>
            }
            .into_any()
        }
        None => ().into_any(),
    }
    };
    view! {
        <section class="sg-section sg-shared" aria-labelledby="sg-shared-heading">
            <div class="sg-banner" role="status">
                <h2 id="sg-shared-heading" class="sg-h2">"Someone's shared profile (read-only)"</h2>
                <p>"You are looking at a profile someone shared with you. Nothing from it is saved unless you import it, and your own data is not changed."</p>
                <button type="button" class="sg-button sg-button-quiet" on:click=close data-testid="close-shared">"Back to my own profile"</button>
            </div>
            {body}
        </section>
    }
}
