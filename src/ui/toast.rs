//! A visible confirmation of what just happened, with Undo where it can be undone. It stays
//! for `SHOWN_FOR_MS` (long enough to read and reach Undo by keyboard), until dismissed, or
//! until the next confirmation replaces it; screen readers hear it once.

use super::i18n::use_i18n;
use super::state::use_app_state;
use domain::i18n::k;
use leptos::prelude::*;
use std::sync::Arc;

const SHOWN_FOR_MS: i32 = 15_000;

#[derive(Clone)]
pub struct Toast {
    /// Tells one confirmation from the next, so a timer never hides a newer one.
    id: u64,
    message: String,
    undo: Option<Arc<dyn Fn() + Send + Sync>>,
}

impl super::state::AppState {
    /// Shows `message`; with `undo`, an Undo button that runs it once.
    pub fn confirm(&self, message: impl Into<String>, undo: Option<Arc<dyn Fn() + Send + Sync>>) {
        // Only ever grows: a timer left from an earlier confirmation must not match a new one.
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let message = message.into();
        self.announce(message.clone());
        self.toast.set(Some(Toast { id, message, undo }));
        let toast = self.toast;
        crate::browser::clock::after_ms(SHOWN_FOR_MS, move || {
            if toast.with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id)) {
                toast.set(None);
            }
        });
    }
}

#[component]
pub fn ToastView() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    move || {
        state.toast.get().map(|toast| {
            let undo = toast.undo.clone().map(|undo| {
                view! {
                    <button
                        type="button"
                        class="sg-button"
                        data-testid="undo"
                        on:click=move |_| {
                            state.toast.set(None);
                            undo();
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
