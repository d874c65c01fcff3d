//! A labelled search input with its live results below it.

use leptos::prelude::*;

#[component]
pub fn SearchField(
    id: &'static str,
    #[prop(into)] label: String,
    testid: &'static str,
    /// A short example of what to type.
    #[prop(into)]
    placeholder: String,
    query: RwSignal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="sg-field sg-search">
            <label for=id class="sg-label">
                {label}
            </label>
            <input
                id=id
                class="sg-input"
                type="search"
                autocomplete="off"
                data-testid=testid
                placeholder=placeholder
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            {children()}
        </div>
    }
}
