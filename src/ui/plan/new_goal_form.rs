//! Writing a goal from scratch: a title in one's own words, optionally a skill of the
//! framework with the level to reach, and a date.

use crate::ui::profile_sync::use_profile;
use browser::random::tab_tag;
use domain::i18n::k;
use domain::plan::{default_aim, new_goal_by, update_goal};
use domain::undo::Undo;
use leptos::prelude::*;
use markup::select_options::{level_options, options};
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::dom_id::dom_id;
use stdx::sorting::sort_by;

#[component]
pub fn NewGoalForm() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let title = RwSignal::new(String::new());
    let skill = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // The skills this person works with: their roles' and the ones they rated or added.
    let skill_options = {
        let loaded = loaded.clone();
        move || {
            let feed = loaded.feed();
            let mut ids: Vec<usize> = profile.with(|p| {
                let roles = [&p.current_role.value, &p.target_role.value];
                let from_roles = roles
                    .into_iter()
                    .filter_map(|r| feed.role_by_id(r.as_deref()?))
                    .flat_map(|r| feed.roles[r].requirements.iter().map(|q| q.skill));
                let from_profile = p
                    .skills
                    .iter()
                    .filter(|(_, e)| e.level.is_some() || e.added)
                    .filter_map(|(id, _)| feed.skill_by_id(id));
                from_roles.chain(from_profile).collect()
            });
            sort_by(&mut ids, |a, b| {
                feed.skills[*a].name.cmp(&feed.skills[*b].name)
            });
            ids.dedup();
            options(
                Some(&i18n.t(k::PLAN_NEW_NO_SKILL)),
                ids.into_iter()
                    .map(|i| (feed.skills[i].id.as_str(), feed.skills[i].name.as_str())),
            )
        }
    };
    let level_options = level_options(&loaded.feed().scale, &i18n.translator());
    // What the goal aims at when a skill is chosen: above where the person stands.
    let default_level = {
        let loaded = loaded.clone();
        move |skill_id: &str| {
            let feed = loaded.feed();
            let skill = feed.skill_by_id(skill_id)?;
            let (now, target) =
                profile.with_untracked(|p| (p.level(skill_id), p.target_role.value.clone()));
            let asked = target.and_then(|r| feed.role_by_id(&r)).and_then(|role| {
                feed.roles[role]
                    .requirements
                    .iter()
                    .find(|q| q.skill == skill)
                    .map(|q| q.level)
            });
            Some(default_aim(now, asked, &feed.scale))
        }
    };
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked();
        let skill_id = skill.get_untracked();
        if text.trim().is_empty() && skill_id.is_empty() {
            problem.set(Some(i18n.t(k::PLAN_NEW_PROBLEM)));
            notifier.focus("#sg-new-goal-title");
            return;
        }
        problem.set(None);
        let target_level = level.get_untracked().parse().ok();
        let day = date.get_untracked();
        let mut id = String::new();
        profile.edit(|p, now| {
            let skill = (!skill_id.is_empty()).then_some(skill_id.as_str());
            id = new_goal_by(p, &text, skill, target_level, now, tab_tag());
            if !day.is_empty() {
                update_goal(p, &id, now, |g| g.target_date = Some(day.clone()));
            }
        });
        let name = profile.with_untracked(|p| {
            p.plan
                .get(&id)
                .map(|g| i18n.with(|tr| domain::plan::goal_title(g, loaded.feed(), tr)))
                .unwrap_or_default()
        });
        for field in [title, skill, level, date] {
            field.set(String::new());
        }
        let heading = format!("#sg-goal-{}-heading", dom_id(&id));
        // Pressed late, the Undo also takes what was written in the goal since: one more Undo
        // brings all of it back (`domain::undo::redo`).
        notifier.confirm(
            i18n.tf(k::PLAN_NEW_DONE, &[("goal", &name)]),
            Some(Undo::GoalCreated { goal: id }),
        );
        leptos::task::spawn_local(async move {
            browser::clock::next_frame().await;
            notifier.focus(&heading);
        });
    };
    view! {
        <form class="sg-card sg-new-goal sg-no-print" on:submit=submit data-testid="new-goal">
            <h3 class="sg-h3">{i18n.t(k::PLAN_NEW_HEADING)}</h3>
            <div class="sg-goal-fields">
                <div class="sg-field sg-field-wide">
                    <label for="sg-new-goal-title">{i18n.t(k::PLAN_GOAL_WHAT)}</label>
                    <input
                        type="text"
                        id="sg-new-goal-title"
                        class="sg-input"
                        data-testid="new-goal-title"
                        maxlength="2000"
                        placeholder=i18n.t(k::PLAN_NEW_PLACEHOLDER)
                        aria-describedby="sg-new-goal-problem"
                        prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))
                    />
                </div>
                <div class="sg-field">
                    <label for="sg-new-goal-skill">{i18n.t(k::PLAN_NEW_SKILL)}</label>
                    <select
                        id="sg-new-goal-skill"
                        class="sg-select"
                        data-testid="new-goal-skill"
                        inner_html=skill_options
                        prop:value=move || skill.get()
                        on:change=move |ev| {
                            let id = event_target_value(&ev);
                            level.set(default_level(&id).map_or(String::new(), |l| l.to_string()));
                            skill.set(id);
                        }
                    ></select>
                </div>
                <div class="sg-field" class:sg-hidden=move || skill.get().is_empty()>
                    <label for="sg-new-goal-level">{i18n.t(k::PLAN_NEW_LEVEL)}</label>
                    <select
                        id="sg-new-goal-level"
                        class="sg-select"
                        inner_html=level_options
                        prop:value=move || level.get()
                        on:change=move |ev| level.set(event_target_value(&ev))
                    ></select>
                </div>
                <div class="sg-field">
                    <label for="sg-new-goal-date">{i18n.t(k::PLAN_NEW_DATE)}</label>
                    <input
                        type="date"
                        id="sg-new-goal-date"
                        class="sg-input"
                        data-testid="new-goal-date"
                        prop:value=move || date.get()
                        on:change=move |ev| date.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <p class="sg-field-error" id="sg-new-goal-problem" role="alert">
                {move || problem.get()}
            </p>
            <button type="submit" class="sg-button" data-testid="add-goal">
                {i18n.t(k::PLAN_NEW_SUBMIT)}
            </button>
        </form>
    }
}
