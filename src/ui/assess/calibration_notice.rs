//! A gentle word when ratings look flat or far above the current role. Never a block.

use super::rating_list::TargetSkills;
use crate::domain::calibration::{calibration_notices, Calibration};
use crate::domain::feed::SkillIdx;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CalibrationNotice(added: Memo<Vec<SkillIdx>>) -> impl IntoView {
    let state = use_app_state();
    let role_skills = TargetSkills::use_context();
    let messages = Memo::new(move |_| {
        let Some(loaded) = state.loaded() else {
            return Vec::new();
        };
        let feed = loaded.feed();
        let shown: Vec<_> = role_skills.get().into_iter().chain(added.get()).collect();
        state.profile.with(|p| {
            let current = p.current_role.value.as_deref().and_then(|id| feed.role_by_id(id));
            calibration_notices(p, feed, &shown, current)
                .into_iter()
                .map(|notice| match notice {
                    Calibration::Flat { level, count } => format!(
                        "All {count} of your ratings are at {level} ({}). That can be right, but most people are stronger in some skills than others: it may help to compare each one with its description again.",
                        feed.scale.label(level)
                    ),
                    Calibration::FarAbove { skill, rated, typical } => {
                        let role = current.map(|r| feed.roles[r].name.clone()).unwrap_or_default();
                        format!(
                            "You rated {} at {rated} ({}), well above the {typical} ({}) that {role} usually asks. If the description of level {rated} fits you, keep it.",
                            feed.skills[skill].name,
                            feed.scale.label(rated),
                            feed.scale.label(typical)
                        )
                    }
                })
                .collect()
        })
    });
    view! {
        <Show when=move || !messages.get().is_empty()>
            <div class="sg-note" role="note" data-testid="calibration">
                <ul>
                    {move || {
                        messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
