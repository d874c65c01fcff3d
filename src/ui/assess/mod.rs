//! Self-assessment: choose roles, rate skills against anchors, add skills beyond the role.

mod calibration_notice;
mod fit_badge;
mod focused_skills;
mod level_guide;
mod missing_skills;
mod open_skill;
mod progress;
mod rating_list;
mod role_pickers;
mod role_search;
mod skill_details;
mod skill_entries;
mod skill_rating;
mod skill_search;
mod unrated_filter;

use calibration_notice::CalibrationNotice;
use domain::i18n::k;
use fit_badge::FitBadge;
use focused_skills::FocusedSkills;
use leptos::prelude::*;
use missing_skills::MissingSkills;
use progress::Progress;
use rating_list::{added_skills, AddedSkills, RoleSkills, TargetSkills};
use role_pickers::RolePickers;
use shell::i18n::use_i18n;
use skill_search::SkillSearch;

#[component]
pub fn AssessSection() -> impl IntoView {
    skill_entries::SkillEntries::provide();
    skill_entries::ChosenRoles::provide();
    let role_skills = TargetSkills::provide();
    open_skill::OpenSkill::provide(role_skills);
    unrated_filter::UnratedOnly::provide();
    let added = added_skills();
    let i18n = use_i18n();
    view! {
        <section class="sg-section" aria-labelledby="sg-assess-heading">
            <h2 id="sg-assess-heading" class="sg-h2">
                {i18n.t(k::ASSESS_HEADING)}
            </h2>
            <p class="sg-muted">{i18n.t(k::ASSESS_INTRO)}</p>
            <FocusedSkills added=added />
            <RolePickers />
            <FitBadge />
            <Progress />
            <CalibrationNotice added=added />
            <RoleSkills />
            <AddedSkills skills=added />
            <SkillSearch />
            <MissingSkills />
        </section>
    }
}
