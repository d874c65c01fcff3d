//! One mentor attached to a goal, with Remove.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::plan::detach_mentor;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn GoalMentorRow(
    goal_id: String,
    mentor_id: String,
    goal: Memo<domain::profile::Goal>,
    /// Where focus goes after Remove: the goal's heading.
    heading: String,
) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let name = loaded
        .feed()
        .mentors
        .iter()
        .find(|m| m.id == mentor_id)
        .map_or(mentor_id.clone(), |m| format!("{} ({})", m.name, m.title));
    let detach = {
        let name = name.clone();
        move |_| {
            let position = goal
                .with_untracked(|g| g.mentors.iter().position(|m| *m == mentor_id).unwrap_or(0));
            profile.edit(|p, now| detach_mentor(p, &goal_id, &mentor_id, now));
            let (goal_id, mentor_id) = (goal_id.clone(), mentor_id.clone());
            notifier.confirm(
                i18n.tf(k::PLAN_MENTOR_DETACH_DONE, &[("mentor", &name)]),
                Some(Undo::MentorDetached {
                    goal: goal_id,
                    mentor: mentor_id,
                    position,
                }),
            );
            notifier.focus(&heading);
        }
    };
    view! {
        <li data-testid="goal-mentor">
            {i18n.tf(k::PLAN_DOC_MENTOR, &[("mentor", &name)])} " "
            <button
                type="button"
                class="sg-button sg-button-quiet sg-button-small sg-no-print"
                data-testid="detach-mentor"
                on:click=detach
            >
                {i18n.t(k::PLAN_REMOVE)}
                <span class="sg-visually-hidden">{format!(": {name}")}</span>
            </button>
        </li>
    }
}
