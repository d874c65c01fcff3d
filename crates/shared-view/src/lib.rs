//! The shared-view module (ARCHITECTURE.md): what a manager (or anyone sent a share link)
//! downloads to read someone's shared profile. The loader (`embed/skillgap-widget.js`)
//! chooses it from the link's fragment before downloading anything, so the employee's app is
//! fetched only if the reader asks to take the ratings into their own profile.
//! Wasm only: on other targets the crate is empty.
#![cfg(target_arch = "wasm32")]
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod shared_app;
mod shared_view;

use browser::config::WidgetConfig;
use leptos::prelude::*;
use shared_app::SharedApp;
use shell::mount::Mounted;
use wasm_bindgen::prelude::*;

/// Mounts the shared view into `container`, as the employee module's `mount` does.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: JsValue) -> Mounted {
    let config = WidgetConfig::from_options(&options);
    shell::mount::mount(
        container,
        move || view! { <SharedApp config=config.clone() /> },
    )
}
