//! An answer link that cannot be taken in (damaged, someone else's, already received): said plainly, with the way back. Nothing stored is changed.
//!
//! The problem is a context of its own (`use_link_problem`): `links.rs` sets it, this says it
//! on screen until dismissed.

use domain::feedback::FeedbackError;
use domain::i18n::k;
use leptos::prelude::*;
use shell::i18n::use_i18n;

/// Provides the slot for a link's problem (none yet), once, for the app: the signal is the
/// context.
pub fn provide_link_problem() -> RwSignal<Option<FeedbackError>> {
    let problem = RwSignal::new(None);
    provide_context(problem);
    problem
}

pub fn use_link_problem() -> RwSignal<Option<FeedbackError>> {
    expect_context::<RwSignal<Option<FeedbackError>>>()
}

#[component]
pub fn LinkProblem() -> impl IntoView {
    let link_problem = use_link_problem();
    let i18n = use_i18n();
    let message = move || {
        link_problem
            .get()
            .map(|problem| i18n.with(|tr| problem.message(tr)))
    };
    let back = move |_| {
        browser::page::clear_fragment();
        link_problem.set(None);
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="sg-error" role="alert" data-testid="link-problem">
                <p>{message}</p>
                <p>{i18n.t(k::FEEDBACK_LINK_PROBLEM_UNCHANGED)}</p>
                <button type="button" class="sg-button sg-button-quiet" on:click=back>
                    {i18n.t(k::COMMON_BACK_TO_OWN_PROFILE)}
                </button>
            </div>
        </Show>
    }
}
