//! Feed diagnostics: collapsed for employees, open for admins (`?diagnostics`).

use super::state::use_app_state;
use crate::domain::feed::Severity;
use crate::markup::diagnostics::diagnostic_items;
use leptos::prelude::*;

#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let state = use_app_state();
    let summary = move || {
        let load = state.loaded()?;
        if load.load.diagnostics.is_empty() {
            return None;
        }
        Some(format!(
            "Feed notes for administrators: {} error{}, {} warning{}, {} info",
            load.load.count(Severity::Error),
            if load.load.count(Severity::Error) == 1 {
                ""
            } else {
                "s"
            },
            load.load.count(Severity::Warning),
            if load.load.count(Severity::Warning) == 1 {
                ""
            } else {
                "s"
            },
            load.load.count(Severity::Info),
        ))
    };
    // The list is built only while the panel is open: employees never pay for it.
    let open = RwSignal::new(state.show_diagnostics);
    let items = move || {
        if !open.get() {
            return None;
        }
        Some(diagnostic_items(&state.loaded()?.load.diagnostics))
    };
    view! {
        <Show when=move || summary().is_some()>
            <details
                class="sg-card sg-diagnostics"
                data-testid="diagnostics"
                prop:open=state.show_diagnostics
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(details) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    {
                        open.set(details.open());
                    }
                }
            >
                <summary data-testid="diagnostics-summary">{summary}</summary>
                <ul class="sg-diag-list" inner_html=items></ul>
            </details>
        </Show>
    }
}
