//! "Rate the N missing skills" of a role chosen in the explorer: exactly those skills, on top
//! of the rating screen, until the user is done. The list is fixed when it opens, so a skill
//! does not vanish the moment it is rated.

use super::rating_list::{skill_rows, TargetSkills};
use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::use_profile;
use domain::feed::SkillIdx;
use domain::i18n::k;
use domain::rating_progress::rating_order;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;

#[component]
pub fn FocusedSkills(added: Memo<Vec<SkillIdx>>) -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let loaded = use_feed();
    let target_skills = TargetSkills::use_context();
    let i18n = use_i18n();
    // Skills already listed below (the target role's, the added ones) are not repeated here.
    let focus = Memo::new(move |_| {
        let id = nav.rating_focus.get()?;
        let feed = loaded.feed();
        let role = feed.role_by_id(&id)?;
        let listed: Vec<SkillIdx> = target_skills
            .get_untracked()
            .into_iter()
            .chain(added.get_untracked())
            .collect();
        let skills: Vec<SkillIdx> = profile.with_untracked(|p| {
            rating_order(&feed.roles[role])
                .into_iter()
                .filter(|&s| p.level(&feed.skills[s].id).is_none() && !listed.contains(&s))
                .collect()
        });
        Some((feed.roles[role].name.clone(), skills))
    });
    let skills = Memo::new(move |_| focus.get().map(|(_, skills)| skills).unwrap_or_default());
    let heading = move || {
        focus.get().map(|(role, skills)| {
            i18n.plural(k::ASSESS_FOCUS_HEADING, skills.len(), &[("role", &role)])
        })
    };
    view! {
        <Show when=move || focus.get().is_some()>
            <div class="sg-card" data-testid="focused-skills">
                <h3 class="sg-h3">{heading}</h3>
                <p class="sg-muted">{i18n.t(k::ASSESS_FOCUS_HINT)}</p>
                <div class="sg-rating-list">{skill_rows(skills, false)}</div>
                <button
                    type="button"
                    class="sg-button"
                    data-testid="focus-done"
                    on:click=move |_| {
                        nav.rating_focus.set(None);
                        nav.section.set(Section::Explore);
                    }
                >
                    {i18n.t(k::ASSESS_FOCUS_DONE)}
                </button>
            </div>
        </Show>
    }
}
