//! The user's control over their data: export, import, share, delete. Nothing leaves the
//! browser except by these buttons.

use super::profile_sync::use_profile;
use browser::clock::{local_date, now_ms, today};
use browser::downloads::read_chosen_file;
use browser::feed_cache;
use browser::page;
use browser::share_link::encode_share;
use domain::i18n::k;
use domain::profile::export::{
    export_filename, export_json, parse_import, ratings_csv, replace_document, ImportError,
    ImportPreview,
};
use domain::profile::merge::merge;
use domain::profile::Profile;
use domain::profile::Stamped;
use domain::share::{shared_from, ShareParts};
use domain::undo::Undo;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::feed::{use_feed, use_feeds};
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn MyDataSection() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sg-section" aria-labelledby="sg-data-heading">
            <h2 id="sg-data-heading" class="sg-h2">
                {i18n.t(k::NAV_DATA)}
            </h2>
            <p class="sg-muted">{i18n.t(k::DATA_INTRO)}</p>
            <ExportPanel />
            <ImportPanel />
            <SharePanel />
            <DeletePanel />
        </section>
    }
}

#[component]
fn ExportPanel() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let export_json_file = move |_| {
        let today = today();
        let profile = profile.get_untracked();
        let file = export_filename(&today);
        notifier.save_file(
            &file,
            "application/json",
            &export_json(&profile, &today),
            i18n.tf(k::DATA_EXPORT_SAVED, &[("file", &file)]),
        );
    };
    let export_csv = move |_| {
        let Some(loaded) = feeds.loaded_untracked() else {
            return;
        };
        let csv = profile
            .with_untracked(|p| i18n.with(|tr| ratings_csv(p, loaded.feed(), local_date, tr)));
        let file = i18n.tf(k::DATA_EXPORT_RATINGS_FILE, &[("date", &today())]);
        notifier.save_file(
            &file,
            "text/csv",
            &csv,
            i18n.tf(k::DATA_EXPORT_RATINGS_SAVED, &[("file", &file)]),
        );
    };
    let has_feedback = move || profile.with(|p| p.live_feedback().next().is_some());
    let export_feedback = move |_| {
        let Some(loaded) = feeds.loaded_untracked() else {
            return;
        };
        let csv = profile.with_untracked(|p| {
            i18n.with(|tr| domain::feedback::feedback_csv(p, loaded.feed(), tr))
        });
        let file = i18n.tf(k::DATA_EXPORT_FEEDBACK_FILE, &[("date", &today())]);
        notifier.save_file(
            &file,
            "text/csv",
            &csv,
            i18n.tf(k::DATA_EXPORT_FEEDBACK_SAVED, &[("file", &file)]),
        );
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::DATA_EXPORT_TITLE)}</h3>
            <p class="sg-muted">{i18n.t(k::DATA_EXPORT_INTRO)}</p>
            <div class="sg-actions">
                <button
                    type="button"
                    class="sg-button"
                    on:click=export_json_file
                    data-testid="export-json"
                >
                    {i18n.t(k::DATA_EXPORT_JSON)}
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=export_csv
                    data-testid="export-csv"
                >
                    {i18n.t(k::DATA_EXPORT_CSV)}
                </button>
                <Show when=has_feedback>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=export_feedback
                        data-testid="export-feedback-csv"
                    >
                        {i18n.t(k::DATA_EXPORT_FEEDBACK_CSV)}
                    </button>
                </Show>
            </div>
        </div>
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let preview = RwSignal::new(None::<Result<ImportPreview, ImportError>>);
    let scale = StoredValue::new(use_feed().feed().scale.clone());
    let on_file = move |_| {
        let Some(element) = input.get() else { return };
        spawn_local(async move {
            let result = match read_chosen_file(&element).await {
                Ok(text) => parse_import(&text),
                Err(err) => Err(ImportError::NotRead(i18n.with(|tr| err.message(tr)))),
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
        let current = profile.get_untracked();
        let mut imported = Profile {
            local_id: current.local_id.clone(),
            ..found.profile.clone()
        };
        let off_scale = scale.with_value(|scale| imported.clear_levels_off_scale(scale));
        profile.replace_profile(if replace {
            replace_document(&current, imported, now)
        } else {
            merge(&current, &imported)
        });
        preview.set(None);
        if let Some(element) = input.get_untracked() {
            element.set_value("");
        }
        let message = match (replace, off_scale) {
            (true, 0) => i18n.t(k::DATA_IMPORT_REPLACED),
            (false, 0) => i18n.t(k::DATA_IMPORT_MERGED),
            (true, _) => i18n.plural(k::DATA_IMPORT_REPLACED_SKIPPED, off_scale, &[]),
            (false, _) => i18n.plural(k::DATA_IMPORT_MERGED_SKIPPED, off_scale, &[]),
        };
        let undo = Undo::FileImported {
            before: Box::new(current),
            imported_at,
        };
        notifier.confirm(message, Some(undo));
    };
    let preview_view = move || {
        preview.get().map(|result| match result {
            Ok(found) => view! {
                <div class="sg-preview" data-testid="import-preview" role="status">
                    <p>{i18n.with(|tr| found.summary(tr))}</p>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button"
                            on:click=move |_| apply(false)
                            data-testid="import-merge"
                        >
                            {i18n.t(k::DATA_IMPORT_MERGE)}
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| apply(true)
                            data-testid="import-replace"
                        >
                            {i18n.t(k::DATA_IMPORT_REPLACE)}
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| preview.set(None)
                        >
                            {i18n.t(k::COMMON_CANCEL)}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
            Err(reason) => view! {
                <p class="sg-error-inline" role="alert" data-testid="import-error">
                    {i18n.with(|tr| reason.message(tr))}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::DATA_IMPORT_TITLE)}</h3>
            <div class="sg-field">
                <label for="sg-import-file" class="sg-label">
                    {i18n.t(k::DATA_IMPORT_CHOOSE)}
                </label>
                <input
                    id="sg-import-file"
                    type="file"
                    accept="application/json,.json"
                    node_ref=input
                    on:change=on_file
                    data-testid="import-file"
                    class="sg-file-input"
                />
                // The browser's own button speaks the browser's language; this one ours.
                <label for="sg-import-file" class="sg-button sg-button-quiet sg-file-button">
                    {i18n.t(k::COMMON_CHOOSE_FILE)}
                </label>
            </div>
            {preview_view}
        </div>
    }
}

#[component]
fn SharePanel() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let links = shell::link_address::use_link_address();
    let include_ratings = RwSignal::new(true);
    let include_plan = RwSignal::new(true);
    // Other people's views are theirs too: off unless the person ticks it.
    let include_feedback = RwSignal::new(false);
    // Whose profile it is, when the person chooses to say.
    let include_name = RwSignal::new(false);
    // The link, or why this browser cannot make one.
    let link = RwSignal::new(Ok::<String, String>(String::new()));
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let parts = ShareParts {
            ratings: include_ratings.get(),
            plan: include_plan.get(),
            feedback: include_feedback.get(),
            name: include_name.get(),
        };
        let mut shared = profile.with(|p| shared_from(p, parts));
        // The reader learns how current it is.
        shared.made_on = Some(browser::clock::today());
        latest.update_value(|n| *n += 1);
        let request = latest.get_value();
        spawn_local(async move {
            let fragment = encode_share(&shared).await;
            // A slower, older compression must not replace the link for newer choices.
            if latest.get_value() == request {
                link.set(
                    fragment
                        .map(|f| links.link(&f))
                        .map_err(|error| i18n.with(|tr| error.message(tr))),
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
            notifier.announce(i18n.t(if ok {
                k::SHARE_COPIED
            } else {
                k::COMMON_COPY_FAILED
            }));
        });
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::SHARE_TITLE)}</h3>
            <p class="sg-muted">{i18n.t(k::SHARE_INTRO)}</p>
            <div class="sg-checks">
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_ratings.get()
                        on:change=move |ev| include_ratings.set(event_target_checked(&ev))
                    />
                    " "
                    {i18n.t(k::SHARE_RATINGS)}
                </label>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_plan.get()
                        on:change=move |ev| include_plan.set(event_target_checked(&ev))
                    />
                    " "
                    {i18n.t(k::SHARE_PLAN)}
                </label>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || include_feedback.get()
                        on:change=move |ev| include_feedback.set(event_target_checked(&ev))
                    />
                    " "
                    {i18n.t(k::SHARE_FEEDBACK)}
                </label>
                <label>
                    <input
                        type="checkbox"
                        data-testid="share-include-name"
                        prop:checked=move || include_name.get()
                        on:change=move |ev| include_name.set(event_target_checked(&ev))
                    />
                    " "
                    {i18n.t(k::SHARE_NAME)}
                </label>
            </div>
            <Show when=move || include_name.get()>
                <div class="sg-field">
                    <label for="sg-share-name">{i18n.t(k::SHARE_NAME_FIELD)}</label>
                    <input
                        type="text"
                        id="sg-share-name"
                        class="sg-input"
                        data-testid="share-name"
                        maxlength="120"
                        autocomplete="name"
                        prop:value=move || profile.with(|p| p.display_name.value.clone())
                        on:change=move |ev| {
                            let name = event_target_value(&ev).trim().to_owned();
                            profile.edit(|p, now| p.display_name = Stamped::new(name, now));
                        }
                    />
                </div>
            </Show>
            <label for="sg-share-link" class="sg-label">
                {i18n.t(k::SHARE_LINK)}
            </label>
            <input
                id="sg-share-link"
                class="sg-input"
                readonly
                // An address reads left to right, whatever the language.
                dir="ltr"
                prop:value=move || link.get().unwrap_or_default()
                data-testid="share-link"
            />
            <p class="sg-muted" data-testid="share-length">
                {move || {
                    match link.get() {
                        Ok(l) => i18n.plural(k::COMMON_CHARACTERS, l.len(), &[]),
                        Err(problem) => problem,
                    }
                }}
            </p>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                on:click=copy
                disabled=move || link.with(Result::is_err)
            >
                {move || {
                    i18n.t(if copied.get() { k::SHARE_COPIED_SHORT } else { k::COMMON_COPY_LINK })
                }}
            </button>
        </div>
    }
}

#[component]
fn DeletePanel() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let report = RwSignal::new(None::<String>);
    let delete = move |_| {
        let store = profile.store();
        let removed = store.delete_all(now_ms());
        let namespace = store.keys().namespace().to_owned();
        // The fresh profile must not be saved back over the deletion.
        profile.start_fresh_unsaved(None);
        confirming.set(false);
        spawn_local(async move {
            let cache = feed_cache::delete(&namespace).await;
            let key = if cache {
                k::DATA_DELETE_REPORT_WITH_CACHE
            } else {
                k::DATA_DELETE_REPORT
            };
            let message = i18n.plural(key, removed.len(), &[("keys", &removed.join(", "))]);
            notifier.announce(message.clone());
            report.set(Some(message));
        });
    };
    view! {
        <div class="sg-card sg-danger-zone">
            <h3 class="sg-h3">{i18n.t(k::DATA_DELETE_TITLE)}</h3>
            <p class="sg-muted">{i18n.t(k::DATA_DELETE_INTRO)}</p>
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
                            {i18n.t(k::DATA_DELETE_START)}
                        </button>
                    }
                }
            >
                <div role="alertdialog" aria-labelledby="sg-delete-question" class="sg-confirm">
                    <p id="sg-delete-question">{i18n.t(k::DATA_DELETE_QUESTION)}</p>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button sg-button-danger"
                            on:click=delete
                            data-testid="confirm-delete"
                        >
                            {i18n.t(k::DATA_DELETE_CONFIRM)}
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=move |_| confirming.set(false)
                        >
                            {i18n.t(k::DATA_DELETE_KEEP)}
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
