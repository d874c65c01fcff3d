//! Taking a shared profile's ratings into one's own. The shared view (a module of its own,
//! read-only) hands over to the employee's app when the person asks to compare; this panel
//! then shows, above their own profile, what importing would change skill by skill (mine →
//! theirs) and the choice of how. Taking is undoable; Cancel leaves everything as it was.

use super::profile_sync::{use_profile, ProfileState};
use browser::page;
use browser::share_link::decode_share;
use domain::feedback::{link_kind, LinkKind};
use domain::i18n::k;
use domain::share::import::{apply_import, preview, ImportMode};
use domain::share::{ShareError, SharedProfile};
use domain::undo::Undo;
use leptos::prelude::*;
use leptos::task::spawn_local;
use markup::import_preview::import_preview;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::{use_notifier, Notifier};
use std::sync::Arc;

/// The shared profile to compare with one's own, once decoded (or why it could not be).
#[derive(Clone, Copy)]
pub struct PendingImport(pub RwSignal<Option<Result<SharedProfile, ShareError>>>);

/// Provides the pending import: with `compare` (the shared view's hand-over) and a share link
/// in `fragment`, decodes it for the panel.
pub fn provide(fragment: String, compare: bool) -> PendingImport {
    let pending = PendingImport(RwSignal::new(None));
    provide_context(pending);
    if compare && link_kind(&fragment) == LinkKind::Share {
        spawn_local(async move { pending.0.set(Some(decode_share(&fragment).await)) });
    }
    pending
}

fn close(pending: PendingImport) {
    page::clear_fragment();
    pending.0.set(None);
}

/// Above one's own profile while an import is pending.
#[component]
pub fn SharedImportPanel() -> impl IntoView {
    let pending = expect_context::<PendingImport>();
    let i18n = use_i18n();
    move || {
        pending.0.get().map(|shared| match shared {
            Ok(shared) => view! { <ImportChoice shared=shared pending=pending /> }.into_any(),
            Err(error) => view! {
                <div class="sg-error" role="alert" data-testid="share-error">
                    <p>{i18n.with(|tr| error.message(tr))}</p>
                    <p>{i18n.t(k::SHARE_IMPORT_FAILED)}</p>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=move |_| close(pending)
                    >
                        {i18n.t(k::COMMON_DISMISS)}
                    </button>
                </div>
            }
            .into_any(),
        })
    }
}

#[component]
fn ImportChoice(shared: SharedProfile, pending: PendingImport) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let feed = loaded.feed();
    let lines = profile.with_untracked(|p| preview(p, &shared, &feed.scale));
    let lacking = lines
        .skills
        .iter()
        .filter(|c| c.changes_under(ImportMode::AddWhatILack))
        .count();
    let differing = lines
        .skills
        .iter()
        .filter(|c| c.changes_under(ImportMode::Replace))
        .count();
    let table = i18n.with(|tr| import_preview(feed, &lines, tr));
    let out_of_scale = (lines.out_of_scale > 0).then(|| {
        view! {
            <p class="sg-muted" data-testid="import-out-of-scale">
                {i18n.plural(k::SHARE_IMPORT_OUT_OF_SCALE, lines.out_of_scale, &[])}
            </p>
        }
    });
    let role_name = |id: &Option<String>| {
        id.as_deref().map(|id| {
            feed.role_by_id(id)
                .map_or(id.to_owned(), |r| feed.roles[r].name.clone())
        })
    };
    let mine_target = profile.with_untracked(|p| p.target_role.value.clone());
    let target_line = role_name(&shared.target_role)
        .filter(|_| shared.target_role != mine_target)
        .map(|theirs| {
            let text = match role_name(&mine_target) {
                Some(mine) => i18n.tf(
                    k::SHARE_IMPORT_TARGET_DIFFERS,
                    &[("theirs", &theirs), ("mine", &mine)],
                ),
                None => i18n.tf(k::SHARE_IMPORT_TARGET_NEW, &[("theirs", &theirs)]),
            };
            view! {
                <p class="sg-muted" data-testid="import-target">
                    {text}
                </p>
            }
        });
    let scale = feed.scale.clone();
    let shared = Arc::new(shared);
    let import = move |mode: ImportMode| {
        let (shared, scale) = (shared.clone(), scale.clone());
        move |_| take(profile, notifier, pending, &shared, &scale, mode)
    };
    let add = import(ImportMode::AddWhatILack);
    let replace = import(ImportMode::Replace);
    view! {
        <section class="sg-section sg-banner" aria-labelledby="sg-import-heading">
            <fieldset class="sg-import-choice" data-testid="import-choice">
                <legend id="sg-import-heading">{i18n.t(k::SHARE_IMPORT_QUESTION)}</legend>
                <p class="sg-muted">{i18n.t(k::SHARE_IMPORT_INTRO)}</p>
                <div
                    class="sg-table-scroll"
                    tabindex="0"
                    role="region"
                    aria-label=i18n.t(k::SHARE_IMPORT_PREVIEW)
                    inner_html=table
                ></div>
                {out_of_scale}
                {target_line}
                <div class="sg-actions">
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="import-add"
                        disabled=lacking == 0
                        on:click=add
                    >
                        {i18n.plural(k::SHARE_IMPORT_ADD, lacking, &[])}
                    </button>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        data-testid="import-replace"
                        disabled=differing == 0
                        on:click=replace
                    >
                        {i18n.plural(k::SHARE_IMPORT_REPLACE, differing, &[])}
                    </button>
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        data-testid="import-cancel"
                        on:click=move |_| close(pending)
                    >
                        {i18n.t(k::COMMON_CANCEL)}
                    </button>
                </div>
            </fieldset>
        </section>
    }
}

fn take(
    profile: ProfileState,
    notifier: Notifier,
    pending: PendingImport,
    shared: &SharedProfile,
    scale: &domain::scale::Scale,
    mode: ImportMode,
) {
    let i18n = notifier.i18n;
    let mut undo = None;
    profile.edit(|p, now| undo = Some(apply_import(p, shared, scale, mode, now)));
    let Some(undo) = undo else { return };
    let count = undo.skills_changed();
    let message = match mode {
        ImportMode::AddWhatILack => i18n.plural(k::SHARE_IMPORT_ADDED, count, &[]),
        ImportMode::Replace => i18n.plural(k::SHARE_IMPORT_REPLACED, count, &[]),
    };
    close(pending);
    notifier.confirm(message, Some(Undo::SharedImported { undo }));
}
