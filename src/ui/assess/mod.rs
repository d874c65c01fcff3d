//! Self-assessment: choose roles, rate skills against anchors, add skills beyond the role.

mod calibration_notice;
mod fit_badge;
mod focused_skills;
mod missing_skills;
mod progress;
mod rating_list;
mod role_pickers;
mod role_search;
mod skill_entries;
mod skill_rating;
mod skill_search;

use calibration_notice::CalibrationNotice;
use fit_badge::FitBadge;
use focused_skills::FocusedSkills;
use leptos::prelude::*;
use missing_skills::MissingSkills;
use progress::Progress;
use rating_list::{AddedSkills, RoleSkills};
use role_pickers::RolePickers;
use skill_search::SkillSearch;

#[component]
pub fn AssessSection() -> impl IntoView {
    skill_entries::SkillEntries::provide();
    skill_entries::ChosenRoles::provide();
    view! {
        <section class="sg-section" aria-labelledby="sg-assess-heading">
            <h2 id="sg-assess-heading" class="sg-h2">
                "Rate your skills"
            </h2>
            <p class="sg-muted">
                "Pick the description that fits you today, not where you want to be. Everything stays in this browser."
            </p>
            <FocusedSkills />
            <RolePickers />
            <FitBadge />
            <Progress />
            <CalibrationNotice />
            <RoleSkills />
            <AddedSkills />
            <SkillSearch />
            <MissingSkills />
        </section>
    }
}
