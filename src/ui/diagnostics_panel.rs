//! Feed diagnostics: collapsed for employees, open for admins (`?diagnostics`).

use super::state::use_app_state;
use crate::domain::feed::Severity;
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
    let items = move || {
        let load = state.loaded()?;
        Some(
            load.load
                .diagnostics
                .iter()
                .map(|d| {
                    let class = format!("sg-diag sg-diag-{}", d.severity.label());
                    let text = d.to_string();
                    view! { <li class=class>{text}</li> }
                })
                .collect_view(),
        )
    };
    view! {
        <Show when=move || summary().is_some()>
            <details class="sg-card sg-diagnostics" data-testid="diagnostics" prop:open=state.show_diagnostics>
                <summary data-testid="diagnostics-summary">{summary}</summary>
                <ul class="sg-diag-list">{items}</ul>
            </details>
        </Show>
    }
}
