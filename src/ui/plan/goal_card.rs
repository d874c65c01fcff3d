//! One goal: its title, skill and target level, date, status, the person's actions, the
//! resources (with done) and mentors attached to it, and notes.

use super::action_list::ActionList;
use super::attach_picker::AttachPicker;
use super::goal_mentor_row::GoalMentorRow;
use super::goal_resource_row::GoalResourceRow;
use crate::ui::keyed_rows::{keyed_rows, Row, Rows};
use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::use_profile;
use browser::clock::today;
use domain::i18n::k;
use domain::plan::{goal_title, is_overdue, remove_goal, update_goal};
use domain::profile::{Goal, GoalStatus};
use domain::undo::Undo;
use leptos::prelude::*;
use markup::select_options::{level_options, options};
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use std::sync::Arc;
use stdx::dom_id::dom_id;
use stdx::time::is_plausible_date;

fn status_value(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Planned => "planned",
        GoalStatus::InProgress => "in-progress",
        GoalStatus::Done => "done",
    }
}

#[component]
pub fn GoalCard(goal_id: String) -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let goal = {
        let id = goal_id.clone();
        Memo::new(move |_| profile.with(|p| p.plan.get(&id).cloned().unwrap_or_default()))
    };
    let skill_id = goal.get_untracked().skill;
    let has_skill = !skill_id.is_empty();
    let feed = loaded.feed();
    let skill_name = feed
        .skill_by_id(&skill_id)
        .map_or(skill_id.clone(), |i| feed.skills[i].name.clone());
    let title = {
        let loaded = loaded.clone();
        move || goal.with(|g| i18n.with(|tr| goal_title(g, loaded.feed(), tr)))
    };
    let rerate_offer = RwSignal::new(None::<String>);
    let edit = {
        let id = goal_id.clone();
        move |change: Box<dyn FnOnce(&mut Goal)>| {
            let id = id.clone();
            profile.edit(move |p, now| update_goal(p, &id, now, change));
        }
    };
    let dom = format!("sg-goal-{}", dom_id(&goal_id));
    // "Skill: Kubernetes, now at level 1".
    let skill_text = {
        let (skill_id, skill_name) = (skill_id.clone(), skill_name.clone());
        move || match profile.with(|p| p.level(&skill_id)) {
            Some(level) => i18n.tf(
                k::PLAN_GOAL_SKILL_AT,
                &[
                    ("skill", &skill_name),
                    ("level", &i18n.integer(i64::from(level))),
                ],
            ),
            None => i18n.tf(k::PLAN_GOAL_SKILL_NOT_RATED, &[("skill", &skill_name)]),
        }
    };
    let overdue = move || is_overdue(&goal.get(), &today());
    let level_options = level_options(&feed.scale, &i18n.translator());
    let status_labels = GoalStatus::ALL.map(|s| (status_value(s), i18n.t(s.label_key())));
    let status_options = options(
        None,
        status_labels
            .iter()
            .map(|(value, label)| (*value, label.as_str())),
    );
    let heading = format!("#{dom}-heading");
    // Resources, then mentors: one keyed list, so a removed item takes only its own row.
    let items: Rows = {
        let (heading, goal_id, skill_name) = (heading.clone(), goal_id.clone(), skill_name.clone());
        Arc::new(move || {
            let (resources, mentors) = goal.with(|g| (g.resources.clone(), g.mentors.clone()));
            let resource_rows = resources.into_iter().map(|resource_id| {
                let (goal_id, heading, skill_name) =
                    (goal_id.clone(), heading.clone(), skill_name.clone());
                Row::new(format!("resource {resource_id}"), move || {
                    view! {
                        <GoalResourceRow
                            goal_id=goal_id
                            resource_id=resource_id
                            goal=goal
                            heading=heading
                            rerate_offer=rerate_offer
                            skill_name=skill_name
                        />
                    }
                    .into_any()
                })
            });
            let mentor_rows = mentors.into_iter().map(|mentor_id| {
                let (goal_id, heading) = (goal_id.clone(), heading.clone());
                Row::new(format!("mentor {mentor_id}"), move || {
                    view! { <GoalMentorRow goal_id=goal_id mentor_id=mentor_id goal=goal heading=heading /> }
                    .into_any()
                })
            });
            resource_rows.chain(mentor_rows).collect()
        })
    };
    let rerate = {
        let skill_id = skill_id.clone();
        move |_| {
            rerate_offer.set(None);
            nav.go_to(
                Section::Assess,
                format!("#sg-skill-{} input[type=radio]:checked", dom_id(&skill_id)),
            );
        }
    };
    let remove = {
        let (id, title) = (goal_id.clone(), title.clone());
        move |_| {
            let id = id.clone();
            profile.edit(|p, now| remove_goal(p, &id, now));
            // The goal is kept as a tombstone with everything in it: Undo brings it back whole.
            notifier.confirm(
                i18n.tf(k::PLAN_GOAL_REMOVE_DONE, &[("goal", &title())]),
                Some(Undo::GoalRemoved { goal: id }),
            );
            notifier.focus("#sg-plan-heading");
        }
    };
    let (e1, e2, e3, e4, e5) = (
        edit.clone(),
        edit.clone(),
        edit.clone(),
        edit.clone(),
        edit.clone(),
    );
    let title_placeholder = if has_skill {
        i18n.tf(k::PLAN_GOAL_TITLE_PLACEHOLDER, &[("skill", &skill_name)])
    } else {
        i18n.t(k::PLAN_GOAL_WHAT)
    };
    view! {
        <li
            class="sg-card sg-goal"
            class:sg-goal-overdue=overdue
            data-testid=if has_skill { format!("goal-{skill_id}") } else { "goal-own".to_owned() }
        >
            <h3 class="sg-h3" id=format!("{dom}-heading") tabindex="-1" data-testid="goal-title">
                {title.clone()}
            </h3>
            {has_skill
                .then(|| {
                    view! {
                        <p class="sg-muted" data-testid="goal-skill">
                            {skill_text}
                        </p>
                    }
                })}
            <Show when=overdue>
                <p class="sg-gentle" data-testid="overdue">
                    {i18n.t(k::PLAN_GOAL_OVERDUE)}
                </p>
            </Show>
            <div class="sg-goal-fields">
                <div class="sg-field sg-field-wide">
                    <label for=format!("{dom}-title")>{i18n.t(k::PLAN_GOAL_TITLE)}</label>
                    <input
                        type="text"
                        id=format!("{dom}-title")
                        class="sg-input"
                        data-testid="goal-title-field"
                        maxlength="2000"
                        placeholder=title_placeholder
                        prop:value=move || goal.get().title
                        on:change=move |ev| {
                            let v = event_target_value(&ev).trim().to_owned();
                            e5(Box::new(move |g| g.title = v));
                        }
                    />
                </div>
                <div class="sg-field" class:sg-hidden=!has_skill>
                    <label for=format!("{dom}-level")>{i18n.t(k::PLAN_GOAL_LEVEL)}</label>
                    <select
                        id=format!("{dom}-level")
                        class="sg-select"
                        inner_html=level_options.clone()
                        prop:value=move || {
                            goal.get().target_level.map_or(String::new(), |l| l.to_string())
                        }
                        on:change=move |ev| {
                            let v = event_target_value(&ev).parse().ok();
                            e1(Box::new(move |g| g.target_level = v));
                        }
                    ></select>
                </div>
                <div class="sg-field">
                    <label for=format!("{dom}-date")>{i18n.t(k::PLAN_GOAL_DATE)}</label>
                    <input
                        type="date"
                        id=format!("{dom}-date")
                        class="sg-input"
                        data-testid="goal-date"
                        prop:value=move || goal.get().target_date.unwrap_or_default()
                        // While a date is typed, the field passes through dates like 0002-… and
                        // through empty: only a complete, plausible date is kept at once; the
                        // rest (a cleared date too) when the field is left.
                        on:change={
                            let e2 = e2.clone();
                            move |ev| {
                                let v = event_target_value(&ev);
                                if is_plausible_date(&v) {
                                    e2(Box::new(move |g| g.target_date = Some(v)));
                                }
                            }
                        }
                        on:blur=move |ev| {
                            let v = event_target_value(&ev);
                            if v.is_empty() || is_plausible_date(&v) {
                                e2(Box::new(move |g| g.target_date = (!v.is_empty()).then_some(v)));
                            }
                        }
                    />
                </div>
                <div class="sg-field">
                    <label for=format!("{dom}-status")>{i18n.t(k::PLAN_GOAL_STATUS)}</label>
                    <select
                        id=format!("{dom}-status")
                        class="sg-select"
                        data-testid="goal-status"
                        inner_html=status_options
                        prop:value=move || status_value(goal.get().status)
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let status = GoalStatus::ALL
                                .into_iter()
                                .find(|s| status_value(*s) == v)
                                .unwrap_or_default();
                            e3(Box::new(move |g| g.status = status));
                        }
                    ></select>
                </div>
            </div>
            <ActionList goal_id=goal_id.clone() goal=goal dom=dom.clone() />
            <h4 class="sg-h4">{i18n.t(k::PLAN_GOAL_ITEMS)}</h4>
            <ul class="sg-goal-items" data-testid="goal-items">
                {keyed_rows(items)}
            </ul>
            <AttachPicker goal_id=goal_id.clone() dom=dom.clone() />
            {move || {
                rerate_offer
                    .get()
                    .map(|text| {
                        view! {
                            <div
                                class="sg-note sg-no-print"
                                role="status"
                                data-testid="rerate-offer"
                            >
                                <p>{text}</p>
                                <div class="sg-actions">
                                    <button
                                        type="button"
                                        class="sg-button"
                                        on:click=rerate.clone()
                                        data-testid="rerate-now"
                                    >
                                        {i18n.t(k::PLAN_GOAL_RERATE)}
                                    </button>
                                    <button
                                        type="button"
                                        class="sg-button sg-button-quiet"
                                        on:click=move |_| rerate_offer.set(None)
                                    >
                                        {i18n.t(k::PLAN_GOAL_RERATE_LATER)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            <div class="sg-field">
                <label for=format!("{dom}-notes")>{i18n.t(k::PLAN_GOAL_NOTES)}</label>
                <textarea
                    id=format!("{dom}-notes")
                    class="sg-textarea"
                    rows="2"
                    data-testid="goal-notes"
                    placeholder=i18n.t(k::PLAN_GOAL_NOTES_PLACEHOLDER)
                    prop:value=move || goal.get().notes
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        e4(Box::new(move |g| g.notes = v));
                    }
                ></textarea>
            </div>
            <button type="button" class="sg-button sg-button-quiet sg-no-print" on:click=remove>
                {i18n.t(k::PLAN_GOAL_REMOVE_BUTTON)}
                <span class="sg-visually-hidden">{move || format!(": {}", title())}</span>
            </button>
        </li>
    }
}
