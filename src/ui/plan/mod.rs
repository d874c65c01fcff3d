//! My plan: goals per skill with target level and date, chosen resources and mentors, status,
//! notes; printable, and exportable as Markdown.

mod goal_card;
mod goal_mentor_row;
mod goal_resource_row;

use crate::browser::clock::today;
use crate::browser::downloads::download_text;
use crate::domain::plan::plan_markdown;
use crate::domain::sorting::sort_by;
use crate::ui::gap::PrintGapSummary;
use crate::ui::keyed_rows::{keyed_rows, Row};
use crate::ui::state::use_app_state;
use goal_card::GoalCard;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PlanSection() -> impl IntoView {
    let state = use_app_state();
    let goals = Memo::new(move |_| {
        state.profile.with(|p| {
            let mut list: Vec<(String, Option<String>)> = p
                .live_goals()
                .map(|(id, g)| (id.clone(), g.target_date.clone()))
                .collect();
            sort_by(&mut list, |a, b| {
                a.1.is_none()
                    .cmp(&b.1.is_none())
                    .then(a.1.cmp(&b.1))
                    .then(a.0.cmp(&b.0))
            });
            list.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
        })
    });
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let markdown = move |_| {
        let Some(loaded) = state.loaded_untracked() else {
            return;
        };
        let today = today();
        let text = state
            .profile
            .with_untracked(|p| plan_markdown(p, loaded.feed(), &today));
        let _ = download_text(&format!("skillgap-plan-{today}.md"), "text/markdown", &text);
    };
    view! {
        <section class="sg-section sg-plan" aria-labelledby="sg-plan-heading">
            <h2 id="sg-plan-heading" class="sg-h2">
                "My plan"
            </h2>
            <p class="sg-muted sg-no-print">
                "Your development plan, in your hands. Add goals from “Suggestions”, set dates if they help you, and take a printout to your next 1:1 if you wish."
            </p>
            <div class="sg-actions sg-no-print">
                <button type="button" class="sg-button" on:click=print data-testid="print-plan">
                    "Print or save as PDF"
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=markdown
                    data-testid="export-markdown"
                >
                    "Download as Markdown"
                </button>
            </div>
            <PrintGapSummary />
            <Show
                when=move || !goals.get().is_empty()
                fallback=|| {
                    view! {
                        <p class="sg-muted" data-testid="empty-plan">
                            "No goals yet. Save a resource or mentor from “Suggestions” to start one."
                        </p>
                    }
                }
            >
                <ol class="sg-goals" data-testid="goals">
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
        </section>
    }
}
