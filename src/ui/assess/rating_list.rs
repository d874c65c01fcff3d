//! The skills to rate: the target role's, then the ones the user added.

use super::skill_entries::ChosenRoles;
use super::skill_rating::SkillRating;
use crate::domain::feed::SkillIdx;
use crate::ui::keyed_rows::{keyed_rows, Row};
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::sync::Arc;

/// Skills of the target role, in the feed's order.
pub fn target_role_skills() -> Memo<Vec<SkillIdx>> {
    let state = use_app_state();
    Memo::new(move |_| {
        let Some(loaded) = state.loaded() else {
            return Vec::new();
        };
        let feed = loaded.feed();
        state
            .profile
            .with(|p| {
                p.target_role
                    .value
                    .as_deref()
                    .and_then(|id| feed.role_by_id(id))
            })
            .map(|role| {
                feed.roles[role]
                    .requirements
                    .iter()
                    .map(|r| r.skill)
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Skills the user added that the target role does not already list.
pub fn added_skills() -> Memo<Vec<SkillIdx>> {
    let state = use_app_state();
    let role_skills = target_role_skills();
    Memo::new(move |_| {
        let Some(loaded) = state.loaded() else {
            return Vec::new();
        };
        let feed = loaded.feed();
        let role_skills = role_skills.get();
        state.profile.with(|p| {
            p.added_skills()
                .filter_map(|(id, _)| feed.skill_by_id(id))
                .filter(|idx| !role_skills.contains(idx))
                .collect()
        })
    })
}

#[component]
pub fn RoleSkills() -> impl IntoView {
    let skills = target_role_skills();
    view! {
        <Show
            when=move || !skills.get().is_empty()
            fallback=|| {
                view! {
                    <p class="sg-muted" data-testid="choose-role-hint">
                        "Choose the role you aim for to see the skills it asks for."
                    </p>
                }
            }
        >
            <div class="sg-rating-list" data-testid="role-skills">
                {skill_rows(skills, false)}
            </div>
        </Show>
    }
}

#[component]
pub fn AddedSkills() -> impl IntoView {
    let skills = added_skills();
    view! {
        <Show when=move || !skills.get().is_empty()>
            <h3 class="sg-h3">"Other skills in my profile"</h3>
            <div class="sg-rating-list" data-testid="added-skills">
                {skill_rows(skills, true)}
            </div>
        </Show>
    }
}

/// One rating row per skill, kept while the skill stays in the list and the target and
/// current roles stay the same (a row shows the level they ask for).
pub fn skill_rows(skills: Memo<Vec<SkillIdx>>, removable: bool) -> impl IntoView {
    let roles = expect_context::<ChosenRoles>().0;
    keyed_rows(Arc::new(move || {
        let (target, current) = roles.get();
        let roles_key = format!(
            "{} {}",
            target.map_or(usize::MAX, |r| r),
            current.map_or(usize::MAX, |r| r)
        );
        skills
            .get()
            .into_iter()
            .map(|skill| {
                Row::new(format!("{skill} {roles_key}"), move || {
                    view! { <SkillRating skill=skill removable=removable /> }.into_any()
                })
            })
            .collect()
    }))
}
