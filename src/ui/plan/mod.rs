//! My plan: goals in one's own words or per skill, with actions, chosen resources and
//! mentors, dates, status and notes; printable, and exportable as Markdown and to a calendar.

mod action_list;
mod action_row;
mod attach_picker;
mod goal_card;
mod goal_mentor_row;
mod goal_resource_row;
mod new_goal_form;
mod plan_exports;

use crate::ui::keyed_rows::{keyed_rows, Row};
use crate::ui::profile_sync::use_profile;
use browser::clock::today;
use domain::i18n::k;
use domain::plan::summary::plan_summary;
use goal_card::GoalCard;
use leptos::prelude::*;
use markup::plan_document::{plan_document, DocumentKind};
use new_goal_form::NewGoalForm;
use plan_exports::PlanExports;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

#[component]
pub fn PlanSection() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
    let loaded = use_feed();
    // In the order they were made: a card never moves while it is edited (a new date would
    // move it away from under the pointer). The printout orders by date.
    let goals = Memo::new(move |_| {
        profile.with(|p| p.live_goals().map(|(id, _)| id.clone()).collect::<Vec<_>>())
    });
    // What print shows instead of the form: the plan as one clean document.
    let printout = move || {
        profile.with(|p| {
            i18n.with(|tr| {
                plan_document(
                    &plan_summary(p, loaded.feed(), &today()),
                    DocumentKind::Print,
                    tr,
                )
            })
        })
    };
    view! {
        <section class="sg-section sg-plan" aria-labelledby="sg-plan-heading">
            <h2 id="sg-plan-heading" class="sg-h2 sg-no-print" tabindex="-1">
                {i18n.t(k::PLAN_HEADING)}
            </h2>
            <p class="sg-muted sg-no-print">
                {i18n
                    .tf(
                        k::PLAN_INTRO,
                        &[("gap", &i18n.t(k::NAV_GAP)), ("grow", &i18n.t(k::NAV_GROW))],
                    )}
            </p>
            <NewGoalForm />
            <Show
                when=move || !goals.get().is_empty()
                fallback=move || {
                    view! {
                        <p class="sg-muted sg-no-print" data-testid="empty-plan">
                            {i18n.tf(k::PLAN_EMPTY, &[("gap", &i18n.t(k::NAV_GAP))])}
                        </p>
                    }
                }
            >
                <ol class="sg-goals sg-no-print" data-testid="goals">
                    {keyed_rows(
                        Arc::new(move || {
                            goals
                                .get()
                                .into_iter()
                                .map(|id| {
                                    Row::new(
                                        id.clone(),
                                        move || view! { <GoalCard goal_id=id /> }.into_any(),
                                    )
                                })
                                .collect()
                        }),
                    )}
                </ol>
            </Show>
            <PlanExports />
            <div class="sg-print-only" inner_html=printout></div>
        </section>
    }
}
