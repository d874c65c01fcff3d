//! The skills to rate: the target role's, essential first, then the ones the user added.

use super::open_skill::OpenSkill;
use super::skill_entries::ChosenRoles;
use super::skill_rating::SkillRating;
use super::unrated_filter::UnratedOnly;
use crate::ui::keyed_rows::{keyed_rows, Row};
use crate::ui::profile_sync::use_profile;
use domain::feed::SkillIdx;
use domain::i18n::k;
use domain::rating_progress::rating_order;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

/// The target role's skills in the order they are rated, shared by the section's parts.
#[derive(Clone, Copy)]
pub struct TargetSkills(pub Memo<Vec<SkillIdx>>);

impl TargetSkills {
    pub fn provide() -> Memo<Vec<SkillIdx>> {
        let roles = expect_context::<ChosenRoles>().0;
        let loaded = use_feed();
        let skills = Memo::new(move |_| {
            roles
                .get()
                .0
                .map(|role| rating_order(&loaded.feed().roles[role]))
                .unwrap_or_default()
        });
        provide_context(TargetSkills(skills));
        skills
    }

    pub fn use_context() -> Memo<Vec<SkillIdx>> {
        expect_context::<TargetSkills>().0
    }
}

/// Skills the user added that the target role does not already list.
pub fn added_skills() -> Memo<Vec<SkillIdx>> {
    let profile = use_profile();
    let loaded = use_feed();
    let role_skills = TargetSkills::use_context();
    Memo::new(move |_| {
        let feed = loaded.feed();
        role_skills.with(|role_skills| {
            profile.with(|p| {
                p.added_skills()
                    .filter_map(|(id, _)| feed.skill_by_id(id))
                    .filter(|idx| !role_skills.contains(idx))
                    .collect()
            })
        })
    })
}

#[component]
pub fn RoleSkills() -> impl IntoView {
    let skills = TargetSkills::use_context();
    let i18n = use_i18n();
    view! {
        <Show
            when=move || !skills.with(Vec::is_empty)
            fallback=move || {
                view! {
                    <p class="sg-muted" data-testid="choose-role-hint">
                        {i18n.t(k::ASSESS_CHOOSE_ROLE_HINT)}
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
pub fn AddedSkills(skills: Memo<Vec<SkillIdx>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !skills.with(Vec::is_empty)>
            <h3 class="sg-h3">{i18n.t(k::ASSESS_ADDED_HEADING)}</h3>
            <div class="sg-rating-list" data-testid="added-skills">
                {skill_rows(skills, true)}
            </div>
        </Show>
    }
}

const ROWS_PER_FRAME: usize = 10;

/// One rating row per skill, kept while the skill stays in the list and the target and
/// current roles stay the same (a row shows the level they ask for). With "only unrated" on,
/// rated skills are left out, except the one being rated.
pub fn skill_rows(skills: Memo<Vec<SkillIdx>>, removable: bool) -> impl IntoView {
    let profile = use_profile();
    let loaded = use_feed();
    let roles = expect_context::<ChosenRoles>().0;
    let unrated_only = UnratedOnly::use_context().0;
    let open = OpenSkill::use_context();
    // A long role is built ten rows per frame: the first rows paint at once instead
    // of after the whole list (a 340-skill role took over half a second in one go; 10 rows fill
    // the first screen of a desktop and keep its first frame near 100 ms).
    let limit = RwSignal::new(ROWS_PER_FRAME);
    Effect::new(move |_| {
        skills.track();
        limit.set(ROWS_PER_FRAME);
    });
    Effect::new(move |_| {
        if limit.get() < skills.with(Vec::len) {
            request_animation_frame(move || limit.update(|l| *l += ROWS_PER_FRAME));
        }
    });
    keyed_rows(Arc::new(move || {
        let (target, current) = roles.get();
        let roles_key = format!(
            "{} {}",
            target.map_or(usize::MAX, |r| r),
            current.map_or(usize::MAX, |r| r)
        );
        let mut skills = skills.get();
        if unrated_only.get() {
            let open = open.current();
            let feed = loaded.feed();
            profile.with(|p| {
                skills.retain(|&s| Some(s) == open || p.level(&feed.skills[s].id).is_none())
            });
        }
        skills
            .into_iter()
            .take(limit.get())
            .map(|skill| {
                Row::new(format!("{skill} {roles_key}"), move || {
                    view! { <SkillRating skill=skill removable=removable /> }.into_any()
                })
            })
            .collect()
    }))
}
