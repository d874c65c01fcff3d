//! Taking the plan to a conversation: the name to print, print or PDF, Markdown, calendar.

use crate::browser::clock::{now_ms, today};
use crate::domain::plan::calendar::plan_calendar;
use crate::domain::plan::markdown::plan_markdown;
use crate::domain::plan::summary::plan_summary;
use crate::domain::profile::Stamped;
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

#[component]
pub fn PlanExports() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let has_dates = Memo::new(move |_| {
        state
            .profile
            .with(|p| p.live_goals().any(|(_, g)| g.target_date.is_some()))
    });
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let markdown = {
        let loaded = loaded.clone();
        move |_| {
            let today = today();
            let text = state
                .profile
                .with_untracked(|p| plan_markdown(&plan_summary(p, loaded.feed(), &today)));
            let file = format!("skillgap-plan-{today}.md");
            state.save_file(
                &file,
                "text/markdown",
                &text,
                format!("Your plan was saved as {file}."),
            );
        }
    };
    let calendar = move |_| {
        let today = today();
        let file = state.profile.with_untracked(|p| {
            plan_calendar(
                &plan_summary(p, loaded.feed(), &today),
                &p.local_id,
                now_ms(),
            )
        });
        let Some(text) = file else {
            state.confirm(
                "No goal has a date yet, so there is nothing to add to a calendar.",
                None,
            );
            return;
        };
        let file = format!("skillgap-plan-{today}.ics");
        state.save_file(
            &file,
            "text/calendar",
            &text,
            format!("Your dated goals were saved as {file}. Open it to add them to Outlook, Google Calendar or another calendar."),
        );
    };
    view! {
        <div class="sg-card sg-no-print" data-testid="plan-exports">
            <h3 class="sg-h3">"Take it to a conversation"</h3>
            <div class="sg-field">
                <label for="sg-display-name">"Your name on the printout (optional)"</label>
                <input
                    type="text"
                    id="sg-display-name"
                    class="sg-input"
                    data-testid="display-name"
                    maxlength="200"
                    autocomplete="name"
                    placeholder="e.g. Ana Lima"
                    aria-describedby="sg-display-name-hint"
                    prop:value=move || state.profile.with(|p| p.display_name.value.clone())
                    on:change=move |ev| {
                        let name = event_target_value(&ev).trim().to_owned();
                        state.edit(|p, now| p.display_name = Stamped::new(name, now));
                    }
                />
                <p class="sg-hint" id="sg-display-name-hint">
                    "Kept in this browser only, never sent anywhere."
                </p>
            </div>
            <div class="sg-actions">
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
                <Show when=move || has_dates.get()>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=calendar.clone()
                        data-testid="export-calendar"
                    >
                        "Add dated goals to my calendar (.ics)"
                    </button>
                </Show>
            </div>
            <Show when=move || !has_dates.get()>
                <p class="sg-hint" data-testid="calendar-hint">
                    "Give a goal a date to add it to your calendar."
                </p>
            </Show>
        </div>
    }
}
