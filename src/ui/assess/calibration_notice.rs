//! A gentle word when ratings look flat or far above the current role. Never a block.

use super::rating_list::TargetSkills;
use crate::ui::profile_sync::use_profile;
use domain::calibration::{calibration_notices, Calibration};
use domain::feed::SkillIdx;
use domain::i18n::k;
use leptos::prelude::*;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn CalibrationNotice(added: Memo<Vec<SkillIdx>>) -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let role_skills = TargetSkills::use_context();
    let i18n = use_i18n();
    let messages = Memo::new(move |_| {
        let Some(loaded) = feeds.loaded() else {
            return Vec::new();
        };
        let feed = loaded.feed();
        let shown: Vec<_> = role_skills.get().into_iter().chain(added.get()).collect();
        let tr = i18n.translator();
        profile.with(|p| {
            let current = p
                .current_role
                .value
                .as_deref()
                .and_then(|id| feed.role_by_id(id));
            calibration_notices(p, feed, &shown, current)
                .into_iter()
                .map(|notice| match notice {
                    Calibration::Flat { level, count } => tr.plural(
                        k::ASSESS_CALIBRATION_FLAT,
                        count,
                        &[
                            ("level", &level.to_string()),
                            ("label", &feed.scale.label_in(level, &tr)),
                        ],
                    ),
                    Calibration::FarAbove {
                        skill,
                        rated,
                        typical,
                    } => {
                        let role = current
                            .map(|r| feed.roles[r].name.clone())
                            .unwrap_or_default();
                        tr.tf(
                            k::ASSESS_CALIBRATION_FAR_ABOVE,
                            &[
                                ("skill", &feed.skills[skill].name),
                                ("rated", &rated.to_string()),
                                ("rated_label", &feed.scale.label_in(rated, &tr)),
                                ("typical", &typical.to_string()),
                                ("typical_label", &feed.scale.label_in(typical, &tr)),
                                ("role", &role),
                            ],
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
