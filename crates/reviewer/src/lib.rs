//! The reviewer's module (ARCHITECTURE.md): what a colleague downloads to answer a feedback
//! request link. The loader (`embed/skillgap-widget.js`) chooses it from the link's fragment
//! before downloading anything, so the employee's app is never fetched for a reviewer.
//! Wasm only: on other targets the crate is empty.
#![cfg(target_arch = "wasm32")]
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod answer_row;
mod reviewer_app;
mod reviewer_view;

use browser::config::WidgetConfig;
use leptos::prelude::*;
use reviewer_app::ReviewerApp;
use shell::mount::Mounted;
use wasm_bindgen::prelude::*;

/// Mounts the reviewer's form into `container`, as the employee module's `mount` does.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: JsValue) -> Mounted {
    let config = WidgetConfig::from_options(&options);
    shell::mount::mount(
        container,
        move || view! { <ReviewerApp config=config.clone() /> },
    )
}
