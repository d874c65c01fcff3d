//! "Only unrated skills": hides what is already rated, so a long role shows only what is left.
//! The skill being rated stays until the user moves on, so it does not vanish under the pointer.

use domain::i18n::k;
use leptos::prelude::*;
use shell::i18n::use_i18n;

#[derive(Clone, Copy)]
pub struct UnratedOnly(pub RwSignal<bool>);

impl UnratedOnly {
    pub fn provide() {
        provide_context(UnratedOnly(RwSignal::new(false)));
    }

    pub fn use_context() -> Self {
        expect_context::<UnratedOnly>()
    }
}

#[component]
pub fn UnratedFilter(unrated: Signal<usize>) -> impl IntoView {
    let only = UnratedOnly::use_context().0;
    let i18n = use_i18n();
    view! {
        <label class="sg-check" data-testid="unrated-filter">
            <input
                type="checkbox"
                prop:checked=move || only.get()
                on:change=move |ev| only.set(event_target_checked(&ev))
            />
            {move || {
                i18n.tf(k::ASSESS_UNRATED_FILTER, &[("count", &i18n.integer(unrated.get() as i64))])
            }}
        </label>
    }
}
