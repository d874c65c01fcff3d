//! A visible confirmation of what just happened, with Undo where it can be undone. It stays
//! for a while (`notifier.rs`: long enough to read and reach Undo by keyboard), until
//! dismissed, or until the next confirmation replaces it; screen readers hear it once.

use crate::i18n::use_i18n;
use crate::notifier::use_notifier;
use domain::i18n::k;
use domain::undo::Undo;
use leptos::prelude::*;
use std::sync::Arc;

/// `on_undo` applies a confirmation's Undo; a module that never offers Undo leaves it out.
#[component]
pub fn ToastView(#[prop(optional, into)] on_undo: Option<Callback<Arc<Undo>>>) -> impl IntoView {
    let notifier = use_notifier();
    let i18n = use_i18n();
    move || {
        notifier.toast.get().map(|toast| {
            let undo = toast.undo.clone().zip(on_undo).map(|(what, on_undo)| {
                view! {
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="undo"
                        on:click=move |_| {
                            notifier.toast.set(None);
                            on_undo.run(what.clone());
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
                        on:click=move |_| notifier.toast.set(None)
                    >
                        {i18n.t(k::COMMON_DISMISS)}
                    </button>
                </div>
            }
        })
    }
}
