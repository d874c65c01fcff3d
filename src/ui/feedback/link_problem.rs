//! An answer link that cannot be taken in (damaged, someone else's, already received): said plainly, with the way back. Nothing stored is changed.

use crate::ui::state::use_app_state;
use domain::i18n::k;
use leptos::prelude::*;
use shell::i18n::use_i18n;

#[component]
pub fn LinkProblem() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let message = move || {
        state
            .link_problem
            .get()
            .map(|problem| i18n.with(|tr| problem.message(tr)))
    };
    let back = move |_| {
        browser::page::clear_fragment();
        state.link_problem.set(None);
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
