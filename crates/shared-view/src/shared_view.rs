//! Someone's shared profile, opened from a link: read-only and clearly marked, laid out for a
//! conversation (the role's skills required against current, priorities, strengths, the plan).
//! Taking their ratings into one's own profile is a secondary choice, behind a warning, made
//! after seeing skill by skill what it would change; the employee's app does it (with Undo),
//! opened in this module's place.

use browser::clock::today;
use browser::profile_store::peek_profile;
use domain::i18n::k;
use domain::plan::summary::shared_summary;
use domain::profile::keys::StorageKeys;
use domain::share::import::{preview, ImportMode};
use domain::share::{leave_out_feedback_off_scale, to_profile, ShareError, SharedProfile};
use leptos::prelude::*;
use markup::import_preview::import_preview;
use markup::plan_document::{plan_document, DocumentKind};
use shell::feed::use_feed;
use shell::handover::{hand_over, Handover};
use shell::i18n::use_i18n;
use shell::notifier::{use_notifier, Notifier};

fn hand_over_from(notifier: Notifier, what: Handover) {
    if let Some(root) = notifier.root.get_untracked() {
        hand_over(&root, what);
    }
}

#[component]
pub fn SharedView(shared: Result<SharedProfile, ShareError>, keys: StorageKeys) -> impl IntoView {
    let loaded = use_feed();
    let i18n = use_i18n();
    let notifier = use_notifier();
    let body = match shared {
        Err(error) => view! {
            <div class="sg-error" role="alert" data-testid="share-error">
                <p>{i18n.with(|tr| error.message(tr))}</p>
            </div>
        }
        .into_any(),
        Ok(shared) => {
            let with_ratings = !shared.levels.is_empty();
            // Reviewers' levels off this framework's scale are named, not shown.
            let mut shown = shared.clone();
            let left_out = leave_out_feedback_off_scale(&mut shown, &loaded.feed().scale);
            let summary = shared_summary(
                &to_profile(&shown, 0),
                loaded.feed(),
                &today(),
                with_ratings,
            );
            let html = i18n.with(|tr| plan_document(&summary, DocumentKind::Shared, tr));
            let off_scale = (!left_out.is_empty()).then(|| {
                let levels = i18n.with(|tr| {
                    left_out
                        .iter()
                        .map(|&l| tr.integer(i64::from(l)))
                        .collect::<Vec<_>>()
                        .join(", ")
                });
                view! {
                    <p class="sg-muted" data-testid="shared-feedback-off-scale">
                        {i18n
                            .plural(
                                k::SHARE_VIEW_FEEDBACK_OFF_SCALE,
                                left_out.len(),
                                &[("levels", &levels)],
                            )}
                    </p>
                }
            });
            view! {
                <div data-testid="shared-view">
                    <div inner_html=html></div>
                    {off_scale}
                    // Nothing to import from a link without ratings.
                    {with_ratings
                        .then(|| {
                            view! {
                                <details
                                    class="sg-import-details sg-no-print"
                                    data-testid="import-details"
                                >
                                    <summary>{i18n.t(k::SHARE_VIEW_IMPORT_SUMMARY)}</summary>
                                    <p class="sg-gentle">{i18n.t(k::SHARE_VIEW_IMPORT_WARNING)}</p>
                                    <ImportChoice shared=shared keys=keys />
                                </details>
                            }
                        })}
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="sg-section sg-shared" aria-labelledby="sg-shared-heading">
            <div class="sg-banner" role="status">
                <h2 id="sg-shared-heading" class="sg-h2">
                    {i18n.t(k::SHARE_VIEW_TITLE)}
                </h2>
                <p>{i18n.t(k::SHARE_VIEW_INTRO)}</p>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click=move |_| hand_over_from(notifier, Handover::OwnProfile)
                    data-testid="close-shared"
                >
                    {i18n.t(k::COMMON_BACK_TO_OWN_PROFILE)}
                </button>
            </div>
            {body}
        </section>
    }
}

/// What importing would change, skill by skill (mine → theirs), and the choice of how. The
/// profile is only read here; the choice opens the employee's app, which takes the ratings.
#[component]
fn ImportChoice(shared: SharedProfile, keys: StorageKeys) -> impl IntoView {
    let i18n = use_i18n();
    let notifier = use_notifier();
    let loaded = use_feed();
    let feed = loaded.feed();
    let mine = peek_profile(&keys).unwrap_or_default();
    let lines = preview(&mine, &shared, &feed.scale);
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
    let mine_target = mine.target_role.value.clone();
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
    let import = move |mode: ImportMode| {
        move |_| {
            let replace = matches!(mode, ImportMode::Replace);
            hand_over_from(notifier, Handover::ImportShared { replace });
        }
    };
    let add = import(ImportMode::AddWhatILack);
    let replace = import(ImportMode::Replace);
    view! {
        <fieldset class="sg-import-choice" data-testid="import-choice">
            <legend>{i18n.t(k::SHARE_IMPORT_QUESTION)}</legend>
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
            </div>
        </fieldset>
    }
}
