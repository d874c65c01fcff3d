//! A visible confirmation of what just happened, with Undo where it can be undone. It stays
//! for a while (`notifier.rs`: long enough to read and reach Undo by keyboard), until
//! dismissed, or until the next confirmation replaces it; screen readers hear it once.

use super::i18n::use_i18n;
use super::state::use_app_state;
use super::undo::undo;
use domain::i18n::k;
use leptos::prelude::*;

#[component]
pub fn ToastView() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    move || {
        state.toast.get().map(|toast| {
            let undo = toast.undo.clone().map(|what| {
                view! {
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="undo"
                        on:click=move |_| {
                            state.toast.set(None);
                            undo(state, &what);
                        }
                    >
                        {i18n.t(k::COMMON_UNDO)}
                    </button>
                }
            });
            view! {
                <div class="sg-toast" data-testid="toast">
                    <p>{toast.message.clone()}</p>
                    {undo}
                    <button
                        type="button"
                        class="sg-button sg-button-quiet"
                        on:click=move |_| state.toast.set(None)
                    >
                        {i18n.t(k::COMMON_DISMISS)}
                    </button>
                </div>
            }
        })
    }
}
