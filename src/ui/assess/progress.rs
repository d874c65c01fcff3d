//! How far the user has got with the target role: skills rated, essential ones rated, the
//! share of the role's importance rated (what the fit rests on), a jump to the next unrated
//! skill and the "only unrated" filter.

use super::open_skill::OpenSkill;
use super::rating_list::TargetSkills;
use super::skill_entries::ChosenRoles;
use super::unrated_filter::UnratedFilter;
use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::rating_progress::RatingProgress;
use leptos::prelude::*;
use shell::feed::{use_feed, use_feeds};
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::dom_id::dom_id;

#[component]
pub fn Progress() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let feeds = use_feeds();
    let loaded = use_feed();
    let roles = expect_context::<ChosenRoles>().0;
    let skills = TargetSkills::use_context();
    let open = OpenSkill::use_context();
    let i18n = use_i18n();
    let progress = Memo::new(move |_| {
        let feed = loaded.feed();
        let role = &feed.roles[roles.get().0?];
        Some(profile.with(|p| RatingProgress::of(feed, role, |id| p.level(id))))
    });
    let unrated = Signal::derive(move || progress.get().map_or(0, |p| p.unrated()));
    let any_unrated = move || unrated.get() != 0;
    let jump = move |_| {
        let Some(loaded) = feeds.loaded_untracked() else {
            return;
        };
        let feed = loaded.feed();
        let next = skills.with_untracked(|skills| {
            profile.with_untracked(|p| {
                skills
                    .iter()
                    .copied()
                    .find(|&s| p.level(&feed.skills[s].id).is_none())
            })
        });
        if let Some(skill) = next {
            open.open(skill);
            notifier.focus(&format!(
                "#sg-skill-{}-level-none",
                dom_id(&feed.skills[skill].id)
            ));
        }
    };
    let count = move |n: usize| i18n.integer(n as i64);
    let rated_text = move || {
        progress.get().map(|p| {
            i18n.tf(
                k::ASSESS_PROGRESS_RATED,
                &[("rated", &count(p.rated)), ("total", &count(p.total))],
            )
        })
    };
    let detail_text = move || {
        progress.get().map(|p| {
            let weight = i18n.percent(p.coverage);
            if p.essential_total > 0 {
                i18n.tf(
                    k::ASSESS_PROGRESS_DETAIL_ESSENTIAL,
                    &[
                        ("rated", &count(p.essential_rated)),
                        ("total", &count(p.essential_total)),
                        ("weight", &weight),
                    ],
                )
            } else {
                i18n.tf(k::ASSESS_PROGRESS_DETAIL, &[("weight", &weight)])
            }
        })
    };
    let coverage = move || progress.get().map_or(0.0, |p| p.coverage);
    view! {
        <Show when=move || progress.get().is_some()>
            <div class="sg-progress" data-testid="progress-panel">
                <div class="sg-progress-text">
                    <p data-testid="rated-progress">{rated_text}</p>
                    <span class="sg-muted" data-testid="rated-detail">
                        {detail_text}
                    </span>
                </div>
                <progress
                    class="sg-progress-bar"
                    max="1"
                    prop:value=coverage
                    aria-label=i18n.t(k::ASSESS_PROGRESS_BAR)
                ></progress>
                <div class="sg-progress-actions">
                    <Show when=any_unrated>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=jump
                            data-testid="next-unrated"
                        >
                            {i18n.t(k::ASSESS_PROGRESS_NEXT_UNRATED)}
                        </button>
                    </Show>
                    <UnratedFilter unrated=unrated />
                </div>
            </div>
        </Show>
    }
}
