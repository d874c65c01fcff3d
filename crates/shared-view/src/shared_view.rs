//! Someone's shared profile, opened from a link: read-only and clearly marked, laid out for a
//! conversation (the role's skills required against current, priorities, strengths, the plan).
//! Taking their ratings into one's own profile is a secondary choice, behind a warning, made
//! after seeing skill by skill what it would change: the employee's app shows that and takes
//! them (with Undo), opened in this module's place. This module never reads one's profile.

use browser::clock::today;
use domain::i18n::k;
use domain::plan::summary::shared_summary;
use domain::share::{leave_out_feedback_off_scale, to_profile, ShareError, SharedProfile};
use leptos::prelude::*;
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
pub fn SharedView(shared: Result<SharedProfile, ShareError>) -> impl IntoView {
    let loaded = use_feed();
    let i18n = use_i18n();
    let notifier = use_notifier();
    // Whose it is and from when, when the link says.
    let (name, made_on) = shared
        .as_ref()
        .map(|s| (s.name.clone(), s.made_on.clone()))
        .unwrap_or_default();
    let title = if name.is_empty() {
        i18n.t(k::SHARE_VIEW_TITLE)
    } else {
        i18n.tf(k::SHARE_VIEW_TITLE_NAMED, &[("name", &name)])
    };
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
                                    <button
                                        type="button"
                                        class="sg-button"
                                        data-testid="compare-with-mine"
                                        on:click=move |_| {
                                            hand_over_from(notifier, Handover::CompareShared)
                                        }
                                    >
                                        {i18n.t(k::SHARE_VIEW_COMPARE)}
                                    </button>
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
                <h2 id="sg-shared-heading" class="sg-h2" data-testid="shared-title">
                    {title}
                </h2>
                <p>{i18n.t(k::SHARE_VIEW_INTRO)}</p>
                {made_on
                    .map(|date| {
                        view! {
                            <p data-testid="shared-made-on">
                                {i18n.tf(k::SHARE_VIEW_MADE_ON, &[("date", &i18n.date(&date))])}
                            </p>
                        }
                    })}
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
