//! A feedback link that cannot be used (damaged, someone else's, already received, one's own
//! request): said plainly, with the way back. Nothing stored is changed.

use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn LinkProblem() -> impl IntoView {
    let state = use_app_state();
    let message = move || {
        state
            .link_problem
            .get()
            .or_else(|| state.reviewing.get().and_then(Result::err))
    };
    let back = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash("");
        }
        state.link_problem.set(None);
        state.reviewing.set(None);
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="sg-error" role="alert" data-testid="link-problem">
                <p>{message}</p>
                <p>"Your own data in this browser was not changed."</p>
                <button type="button" class="sg-button sg-button-quiet" on:click=back>
                    "Back to my own profile"
                </button>
            </div>
        </Show>
    }
}
