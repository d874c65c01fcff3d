//! Taking the plan to a conversation: the name to print, print or PDF, Markdown, calendar.

use crate::ui::profile_sync::use_profile;
use browser::clock::{now_ms, today};
use domain::i18n::k;
use domain::plan::calendar::plan_calendar;
use domain::plan::markdown::plan_markdown;
use domain::plan::summary::plan_summary;
use domain::profile::Stamped;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn PlanExports() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    // "skillgap-plan-2026-11-30": the downloads' name, in the language, the date as ISO.
    let file_stem =
        move |today: &str| i18n.with(|tr| tr.tf_plain(k::PLAN_EXPORT_FILE, &[("date", today)]));
    let has_dates =
        Memo::new(move |_| profile.with(|p| p.live_goals().any(|(_, g)| g.target_date.is_some())));
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let markdown = {
        let loaded = loaded.clone();
        move |_| {
            let today = today();
            let text = profile.with_untracked(|p| {
                i18n.with(|tr| plan_markdown(&plan_summary(p, loaded.feed(), &today), tr))
            });
            let file = format!("{}.md", file_stem(&today));
            notifier.save_file(
                &file,
                "text/markdown",
                &text,
                i18n.tf(k::PLAN_EXPORT_MARKDOWN_SAVED, &[("file", &file)]),
            );
        }
    };
    let calendar = move |_| {
        let today = today();
        let file = profile.with_untracked(|p| {
            i18n.with(|tr| {
                plan_calendar(
                    &plan_summary(p, loaded.feed(), &today),
                    &p.local_id,
                    now_ms(),
                    tr,
                )
            })
        });
        let Some(text) = file else {
            notifier.confirm(i18n.t(k::PLAN_EXPORT_NO_DATES), None);
            return;
        };
        let file = format!("{}.ics", file_stem(&today));
        notifier.save_file(
            &file,
            "text/calendar",
            &text,
            i18n.tf(k::PLAN_EXPORT_CALENDAR_SAVED, &[("file", &file)]),
        );
    };
    view! {
        <div class="sg-card sg-no-print" data-testid="plan-exports">
            <h3 class="sg-h3">{i18n.t(k::PLAN_EXPORT_HEADING)}</h3>
            <div class="sg-field">
                <label for="sg-display-name">{i18n.t(k::PLAN_EXPORT_NAME)}</label>
                <input
                    type="text"
                    id="sg-display-name"
                    class="sg-input"
                    data-testid="display-name"
                    maxlength="200"
                    autocomplete="name"
                    placeholder=i18n.t(k::PLAN_EXPORT_NAME_PLACEHOLDER)
                    aria-describedby="sg-display-name-hint"
                    prop:value=move || profile.with(|p| p.display_name.value.clone())
                    on:change=move |ev| {
                        let name = event_target_value(&ev).trim().to_owned();
                        profile.edit(|p, now| p.display_name = Stamped::new(name, now));
                    }
                />
                <p class="sg-hint" id="sg-display-name-hint">
                    {i18n.t(k::PLAN_EXPORT_NAME_HINT)}
                </p>
            </div>
            <div class="sg-actions">
                <button type="button" class="sg-button" on:click=print data-testid="print-plan">
                    {i18n.t(k::PLAN_EXPORT_PRINT)}
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=markdown
                    data-testid="export-markdown"
                >
                    {i18n.t(k::PLAN_EXPORT_MARKDOWN)}
                </button>
                <Show when=move || has_dates.get()>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=calendar.clone()
                        data-testid="export-calendar"
                    >
                        {i18n.t(k::PLAN_EXPORT_CALENDAR)}
                    </button>
                </Show>
            </div>
            <Show when=move || !has_dates.get()>
                <p class="sg-hint" data-testid="calendar-hint">
                    {i18n.t(k::PLAN_EXPORT_CALENDAR_HINT)}
                </p>
            </Show>
        </div>
    }
}
