//! The prioritised list of gaps, each with "Add to plan" and "Find resources", and strengths.

use super::target_gap;
use crate::ui::markup_clicks::clicked;
use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::{use_profile, ProfileState};
use domain::i18n::k;
use domain::plan::{ensure_goal, goal_for_skill};
use domain::undo::Undo;
use leptos::prelude::*;
use markup::action::{MarkupAction, BUTTON_SELECTOR};
use markup::gap_lists::{priority_items, strength_items};
use shell::feed::use_feeds;
use shell::i18n::{use_i18n, I18n};
use shell::notifier::{use_notifier, Notifier};

/// Adds the skill's goal, aiming at the target role's level, and confirms with Undo.
fn add_to_plan(
    profile: ProfileState,
    notifier: Notifier,
    i18n: I18n,
    skill_id: String,
    skill_name: String,
    required: Option<u8>,
) {
    let mut added = None;
    profile.edit(|p, now| {
        if goal_for_skill(p, &skill_id).is_none() {
            added = Some(ensure_goal(p, &skill_id, required, now));
        }
    });
    // The list is drawn anew: keep the keyboard on this skill's new "In your plan".
    {
        let skill_id = skill_id.clone();
        leptos::task::spawn_local(async move {
            browser::clock::next_frame().await;
            notifier.focus(&MarkupAction::OpenPlanForSkill(skill_id).selector());
        });
    }
    if let Some(goal_id) = added {
        notifier.confirm(
            i18n.tf(k::GAP_PLAN_ADDED, &[("skill", &skill_name)]),
            Some(Undo::SkillPlanned { goal: goal_id }),
        );
    }
}

#[component]
pub fn PriorityList() -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    let items = move || {
        let loaded = feeds.loaded()?;
        let (_, gap) = gap.get()?;
        Some(profile.with(|p| {
            i18n.with(|tr| {
                priority_items(
                    loaded.feed(),
                    &gap,
                    p,
                    |id| goal_for_skill(p, id).is_some(),
                    tr,
                )
            })
        }))
    };
    // One handler for every button of the list, which is markup (see `markup::gap_lists`).
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(action) = clicked(&ev, BUTTON_SELECTOR)
            .and_then(|button| MarkupAction::read(|name| button.get_attribute(name)))
        else {
            return;
        };
        // The skill in the feed, and its name; a button about no skill of the feed does nothing.
        let skill_in_feed = |id: &str| {
            let loaded = feeds.loaded_untracked()?;
            let feed = loaded.feed();
            let skill = feed.skill_by_id(id)?;
            Some((skill, feed.skills[skill].name.clone()))
        };
        match action {
            MarkupAction::AddSkillToPlan(skill_id) => {
                let Some((skill, name)) = skill_in_feed(&skill_id) else {
                    return;
                };
                let required = gap.with_untracked(|g| {
                    g.as_ref()
                        .and_then(|(_, g)| g.lines.iter().find(|l| l.skill == skill))
                        .map(|l| l.required)
                });
                add_to_plan(profile, notifier, i18n, skill_id, name, required);
            }
            MarkupAction::OpenPlanForSkill(skill_id) => {
                if skill_in_feed(&skill_id).is_none() {
                    return;
                }
                let goal = profile.with_untracked(|p| goal_for_skill(p, &skill_id));
                match goal {
                    Some(goal) => nav.go_to(
                        Section::Plan,
                        format!("#sg-goal-{}-heading", stdx::dom_id::dom_id(&goal)),
                    ),
                    None => nav.section.set(Section::Plan),
                }
            }
            MarkupAction::FindResources(skill_id) => {
                if skill_in_feed(&skill_id).is_none() {
                    return;
                }
                nav.suggestion_focus.set(Some(skill_id));
                nav.go_to(Section::Grow, "#sg-grow-heading");
            }
            // The career paths' buttons, not drawn in this list.
            MarkupAction::ShowWay(_)
            | MarkupAction::JumpTo(_)
            | MarkupAction::AimAt(_)
            | MarkupAction::ChooseRoute(_)
            | MarkupAction::AddStep(_)
            | MarkupAction::OpenPlanForStep(_) => {}
        }
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::GAP_PRIORITIES_HEADING)}</h3>
            <p class="sg-muted">{i18n.t(k::GAP_PRIORITIES_HELP)}</p>
            <ol class="sg-gap-list" data-testid="gap-list" inner_html=items on:click=on_click></ol>
        </div>
    }
}

#[component]
pub fn Strengths() -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let gap = target_gap();
    let items = move || {
        let loaded = feeds.loaded()?;
        let (_, gap) = gap.get()?;
        profile.with(|p| i18n.with(|tr| strength_items(loaded.feed(), &gap, p, tr)))
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::GAP_STRENGTHS_HEADING)}</h3>
            {move || match items() {
                Some(html) => {
                    view! { <ul class="sg-gap-list" data-testid="strengths" inner_html=html></ul> }
                        .into_any()
                }
                None => {
                    view! { <p class="sg-muted">{i18n.t(k::GAP_STRENGTHS_EMPTY)}</p> }.into_any()
                }
            }}
        </div>
    }
}
