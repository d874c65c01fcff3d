//! Feed diagnostics: collapsed for employees, open for admins (`?diagnostics`), who also see
//! what loaded when all is well, and whether the page's role (`role-id`, `?role=`) exists.

use super::state::use_app_state;
use crate::domain::feed::Severity;
use crate::markup::diagnostics::diagnostic_items;
use leptos::prelude::*;

/// The role the page asked to preselect (`role-id` attribute or `?role=`), if any.
#[derive(Clone)]
pub struct PageRole(pub Option<String>);

#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let state = use_app_state();
    let page_role = use_context::<PageRole>().and_then(|r| r.0);
    // Admins only: an employee cannot fix the page, and the widget works without the role.
    let unknown_role = move || {
        let loaded = state.loaded()?;
        let role = page_role.clone()?;
        (state.show_diagnostics && loaded.feed().role_by_id(&role).is_none()).then(|| {
            format!("The page asks to preselect the role “{role}” (role-id or ?role=), but no role of the feed has that id; no target role was preselected.")
        })
    };
    let all_well = move || {
        let loaded = state.loaded()?;
        if !state.show_diagnostics || !loaded.load.diagnostics.is_empty() {
            return None;
        }
        Some(format!(
            "Feed OK: {}. Nothing to fix.",
            loaded.load.contents()
        ))
    };
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
        {move || {
            unknown_role()
                .map(|text| {
                    view! {
                        <p class="sg-error" role="status" data-testid="unknown-page-role">
                            {text}
                        </p>
                    }
                })
        }}
        {move || {
            all_well()
                .map(|text| {
                    view! {
                        <p class="sg-card sg-diagnostics" role="status" data-testid="feed-ok">
                            {text}
                        </p>
                    }
                })
        }}
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
