//! The user's control over their data: export, import, share, delete. Nothing leaves the
//! browser except by these buttons.

use super::state::{use_app_state, use_feed};
use crate::browser::clock::{local_date, now_ms, today};
use crate::browser::downloads::read_chosen_file;
use crate::browser::feed_cache;
use crate::browser::page;
use crate::browser::share_link::encode_share;
use crate::domain::profile::export::{
    export_filename, export_json, parse_import, ratings_csv, replace_document, ImportPreview,
};
use crate::domain::profile::merge::merge;
use crate::domain::profile::share::{shared_from, ShareParts};
use crate::domain::profile::undo_import::undo_import;
use crate::domain::profile::Profile;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn MyDataSection() -> impl IntoView {
    view! {
        <section class="sg-section" aria-labelledby="sg-data-heading">
            <h2 id="sg-data-heading" class="sg-h2">
                "My data"
            </h2>
            <p class="sg-muted">
                "Everything you enter stays in this browser. Nobody else can see it unless you export, print or share it yourself."
            </p>
            <ExportPanel />
            <ImportPanel />
            <SharePanel />
            <DeletePanel />
        </section>
    }
}

#[component]
fn ExportPanel() -> impl IntoView {
    let state = use_app_state();
    let export_json_file = move |_| {
        let today = today();
        let profile = state.profile.get_untracked();
        let file = export_filename(&today);
        state.save_file(
            &file,
            "application/json",
            &export_json(&profile, &today),
            format!("Your data was saved as {file}."),
        );
    };
    let export_csv = move |_| {
        let Some(loaded) = state.loaded_untracked() else {
            return;
        };
        let csv = state
            .profile
            .with_untracked(|p| ratings_csv(p, loaded.feed(), local_date));
        let file = format!("skillgap-ratings-{}.csv", today());
        state.save_file(
            &file,
            "text/csv",
            &csv,
            format!("Your ratings were saved as {file}."),
        );
    };
    let has_feedback = move || state.profile.with(|p| p.live_feedback().next().is_some());
    let export_feedback = move |_| {
        let Some(loaded) = state.loaded_untracked() else {
            return;
        };
        let csv = state
            .profile
            .with_untracked(|p| crate::domain::feedback::feedback_csv(p, loaded.feed()));
        let file = format!("skillgap-feedback-{}.csv", today());
        state.save_file(
            &file,
            "text/csv",
            &csv,
            format!("The feedback you received was saved as {file}."),
        );
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Export"</h3>
            <p class="sg-muted">
                "A complete copy as a JSON file you can import again later or in another browser, or your ratings as a spreadsheet (CSV)."
            </p>
            <div class="sg-actions">
                <button
                    type="button"
                    class="sg-button"
                    on:click=export_json_file
                    data-testid="export-json"
                >
                    "Download all my data"
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=export_csv
                    data-testid="export-csv"
                >
                    "Download ratings as CSV"
                </button>
                <Show when=has_feedback>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=export_feedback
                        data-testid="export-feedback-csv"
                    >
                        "Download feedback as CSV"
                    </button>
                </Show>
            </div>
        </div>
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<Input>::new();
    let preview = RwSignal::new(None::<Result<ImportPreview, String>>);
    let scale = StoredValue::new(use_feed().feed().scale.clone());
    let on_file = move |_| {
        let Some(element) = input.get() else { return };
        spawn_local(async move {
            let result = match read_chosen_file(&element).await {
                Ok(text) => parse_import(&text),
                Err(err) => Err(err),
            };
            preview.set(Some(result));
        });
    };
    let apply = move |replace: bool| {
        let Some(Ok(found)) = preview.get_untracked() else {
            return;
        };
        let now = now_ms();
        let imported_at = now;
        let current = state.profile.get_untracked();
        let mut imported = Profile {
            local_id: current.local_id.clone(),
            ..found.profile.clone()
        };
        let off_scale = scale.with_value(|scale| imported.clear_levels_off_scale(scale));
        state.replace_profile(if replace {
            replace_document(&current, imported, now)
        } else {
            merge(&current, &imported)
        });
        preview.set(None);
        if let Some(element) = input.get_untracked() {
            element.set_value("");
        }
        let skipped = if off_scale == 0 {
            String::new()
        } else {
            format!(
                " {off_scale} rating{} outside this framework's levels {} left out.",
                if off_scale == 1 { "" } else { "s" },
                if off_scale == 1 { "was" } else { "were" }
            )
        };
        let undo = std::sync::Arc::new(move || {
            let now = now_ms();
            let restored = state
                .profile
                .with_untracked(|after| undo_import(after, &current, imported_at, now));
            state.replace_profile(restored);
            state.confirm("The import was undone; your data is as it was.", None);
        });
        state.confirm(
            if replace {
                format!("Your data was replaced by the imported file.{skipped}")
            } else {
                format!("The imported data was merged into yours.{skipped}")
            },
            Some(undo),
        );
    };
    let preview_view = move || {
        preview.get().map(|result| match result {
            Ok(found) => view! {
                <div class="sg-preview" data-testid="import-preview" role="status">
                    <p>{format!("This file holds {}.", found.summary())}</p>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button"
                            on:click=move |_| apply(false)
                            data-testid="import-merge"
                        >
                            "Merge with my data"
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| apply(true)
                            data-testid="import-replace"
                        >
                            "Replace my data"
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| preview.set(None)
                        >
                            "Cancel"
                        </button>
                    </div>
                </div>
            }
            .into_any(),
            Err(reason) => view! {
                <p class="sg-error-inline" role="alert" data-testid="import-error">
                    {format!("This file cannot be imported: {reason}.")}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Import"</h3>
            <div class="sg-field">
                <label for="sg-import-file" class="sg-label">
                    "Choose a Skillgap export file"
                </label>
                <input
                    id="sg-import-file"
                    type="file"
                    accept="application/json,.json"
                    node_ref=input
                    on:change=on_file
                    data-testid="import-file"
                />
            </div>
            {preview_view}
        </div>
    }
}

#[component]
fn SharePanel() -> impl IntoView {
    let state = use_app_state();
    let include_ratings = RwSignal::new(true);
    let include_plan = RwSignal::new(true);
    // Other people's views are theirs too: off unless the person ticks it.
    let include_feedback = RwSignal::new(false);
    // The link, or why this browser cannot make one.
    let link = RwSignal::new(Ok::<String, &'static str>(String::new()));
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let parts = ShareParts {
            ratings: include_ratings.get(),
            plan: include_plan.get(),
            feedback: include_feedback.get(),
        };
        let shared = state.profile.with(|p| shared_from(p, parts));
        latest.update_value(|n| *n += 1);
        let request = latest.get_value();
        spawn_local(async move {
            let fragment = encode_share(&shared).await;
            // A slower, older compression must not replace the link for newer choices.
            if latest.get_value() == request {
                link.set(
                    fragment
                        .map(|f| format!("{}#{f}", page::address_for_links()))
                        .map_err(|error| error.message()),
                );
            }
        });
    });
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = link.get_untracked().unwrap_or_default();
        spawn_local(async move {
            let ok = page::copy_to_clipboard(&text).await;
            copied.set(ok);
            state.announce(if ok {
                "Link copied."
            } else {
                "Copying failed; select the link and copy it yourself."
            });
        });
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Share without a server"</h3>
            <p class="sg-muted">
                "The link carries a compressed copy of what you choose after the # sign, which browsers never send to any server. Whoever opens it sees a read-only view."
            </p>
            <div class="sg-checks">
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_ratings.get()
                        on:change=move |ev| include_ratings.set(event_target_checked(&ev))
                    />
                    " My ratings"
                </label>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_plan.get()
                        on:change=move |ev| include_plan.set(event_target_checked(&ev))
                    />
                    " My plan"
                </label>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_feedback.get()
                        on:change=move |ev| include_feedback.set(event_target_checked(&ev))
                    />
                    " Feedback I received"
                </label>
            </div>
            <label for="sg-share-link" class="sg-label">
                "Share link"
            </label>
            <input
                id="sg-share-link"
                class="sg-input"
                readonly
                prop:value=move || link.get().unwrap_or_default()
                data-testid="share-link"
            />
            <p class="sg-muted" data-testid="share-length">
                {move || {
                    link.get().map_or_else(str::to_owned, |l| format!("{} characters", l.len()))
                }}
            </p>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=copy
                disabled=move || link.with(Result::is_err)
            >
                {move || if copied.get() { "Copied" } else { "Copy link" }}
            </button>
        </div>
    }
}

#[component]
fn DeletePanel() -> impl IntoView {
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    let report = RwSignal::new(None::<String>);
    let delete = move |_| {
        let store = state.store.get_value();
        let removed = store.delete_all(now_ms());
        let namespace = store.keys().namespace().to_owned();
        // The fresh profile must not be saved back over the deletion.
        state.start_fresh_unsaved(None);
        confirming.set(false);
        spawn_local(async move {
            let cache = feed_cache::delete(&namespace).await;
            let mut parts = vec![format!(
                "{} stored item{} ({})",
                removed.len(),
                if removed.len() == 1 { "" } else { "s" },
                removed.join(", ")
            )];
            if cache {
                parts.push("the cached copy of the framework".into());
            }
            let message = format!(
                "Deleted {}. Skillgap now starts fresh.",
                parts.join(" and ")
            );
            state.announce(message.clone());
            report.set(Some(message));
        });
    };
    view! {
        <div class="sg-card sg-danger-zone">
            <h3 class="sg-h3">"Delete all my data"</h3>
            <p class="sg-muted">
                "Removes your ratings, notes, plan, snapshots and preferences from this browser. Export first if you may want them back."
            </p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="sg-button sg-button-danger"
                            on:click=move |_| confirming.set(true)
                            data-testid="delete-all"
                        >
                            "Delete all my data…"
                        </button>
                    }
                }
            >
                <div role="alertdialog" aria-labelledby="sg-delete-question" class="sg-confirm">
                    <p id="sg-delete-question">
                        "Delete everything Skillgap stored in this browser? This cannot be undone."
                    </p>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button sg-button-danger"
                            on:click=delete
                            data-testid="confirm-delete"
                        >
                            "Yes, delete everything"
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| confirming.set(false)
                        >
                            "Keep my data"
                        </button>
                    </div>
                </div>
            </Show>
            {move || {
                report
                    .get()
                    .map(|r| {
                        view! {
                            <p role="status" data-testid="delete-report">
                                {r}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
