//! Switching between the widget's sections. On a narrow screen the tabs are one row that
//! scrolls sideways and stays at the top while the page scrolls (`style/skillgap.css`).

use super::i18n::use_i18n;
use super::state::{use_app_state, Section};
use leptos::html::Ul;
use crate::domain::i18n::k;
use leptos::prelude::*;

#[component]
pub fn Nav() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let list = NodeRef::<Ul>::new();
    // The current tab is kept in view in the row, however the section was chosen.
    Effect::new(move |_| {
        let section = state.section.get();
        if let Some(list) = list.get() {
            reveal_in_row(&list, section);
        }
    });
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
                        {i18n.t(section.label_key())}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="sg-nav" aria-label=i18n.t(k::NAV_LABEL)>
            <ul class="sg-nav-list" node_ref=list>
                {buttons}
            </ul>
        </nav>
    }
}

/// Scrolls the row sideways (never the page) just enough to show the section's tab whole.
fn reveal_in_row(list: &web_sys::HtmlElement, section: Section) {
    use wasm_bindgen::JsCast;
    let selector = format!("[data-testid=nav-{}]", section.slug());
    let Some(button) = list
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The list is positioned, so the button's offset is measured from it.
    let (start, width) = (button.offset_left(), button.offset_width());
    let (scrolled, visible) = (list.scroll_left(), list.client_width());
    const MARGIN: i32 = 16;
    if start < scrolled {
        list.set_scroll_left((start - MARGIN).max(0));
    } else if start + width > scrolled + visible {
        list.set_scroll_left(start + width + MARGIN - visible);
    }
}
