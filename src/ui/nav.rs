//! Switching between the widget's sections.

use super::state::{use_app_state, Section};
use leptos::prelude::*;

#[component]
pub fn Nav() -> impl IntoView {
    let state = use_app_state();
    let buttons = Section::ALL
        .into_iter()
        .map(|section| {
            let current = move || state.section.get() == section;
            view! {
                <li>
                    <button
                        type="button"
                        class="sg-nav-button"
                        class:sg-nav-current=current
                        aria-current=move || current().then_some("page")
                        data-testid=format!("nav-{}", section.slug())
                        on:click=move |_| state.section.set(section)
                    >
                        {section.label()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="sg-nav" aria-label="Skillgap sections">
            <ul class="sg-nav-list">{buttons}</ul>
        </nav>
    }
}
