//! Switching between the widget's sections. On a narrow screen the tabs are one row that
//! scrolls sideways and stays at the top while the page scrolls (`style/skillgap.css`).

use super::navigation::{use_navigation, Section};
use domain::i18n::k;
use leptos::html::Ul;
use leptos::prelude::*;
use shell::i18n::use_i18n;

#[component]
pub fn Nav() -> impl IntoView {
    let nav = use_navigation();
    let i18n = use_i18n();
    let list = NodeRef::<Ul>::new();
    // The current tab is kept in view in the row, however the section was chosen. Not when the
    // widget opens on the first tab, which is in view: measuring then forced the browser to lay
    // out the whole first page mid-render (about 100 ms on a 3,000-role feed).
    Effect::new(move |earlier: Option<()>| {
        let section = nav.section.get();
        let opening_on_first_tab = earlier.is_none() && section == Section::ALL[0];
        if opening_on_first_tab {
            return;
        }
        if let Some(list) = list.get() {
            reveal_in_row(&list, section);
        }
    });
    let buttons = Section::ALL
        .into_iter()
        .map(|section| {
            let current = move || nav.section.get() == section;
            view! {
                <li>
                    <button
                        type="button"
                        class="sg-nav-button"
                        class:sg-nav-current=current
                        aria-current=move || current().then_some("page")
                        data-testid=format!("nav-{}", section.slug())
                        on:click=move |_| nav.open(section)
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
    // Measured on screen, so that it works the same right to left (where scrollLeft counts
    // down from zero).
    let (row, tab) = (
        list.get_bounding_client_rect(),
        button.get_bounding_client_rect(),
    );
    const MARGIN: f64 = 16.0;
    let shift = if tab.left() < row.left() {
        tab.left() - row.left() - MARGIN
    } else if tab.right() > row.right() {
        tab.right() - row.right() + MARGIN
    } else {
        return;
    };
    list.set_scroll_left(list.scroll_left() + shift.round() as i32);
}
