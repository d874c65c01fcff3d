//! Leptos components: they present the domain and wire events to it, nothing more.
//!
//! With `panic = "abort"` one panic stops every widget on the page, so the components never
//! unwrap: what they need is either provided (the feed, through `use_feed`) or handled.
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod app;
mod assess;
mod diagnostics_panel;
mod explore;
mod feed_loader;
mod feedback;
mod first_run;
mod gap;
mod grow;
mod i18n;
mod keyed_rows;
mod language_menu;
mod link_address;
mod links;
mod loading_note;
mod markup_clicks;
mod my_data;
mod nav;
mod notices;
mod notifier;
mod paths;
mod plan;
mod profile_sync;
mod role_change;
mod save_file;
mod search_field;
mod shared_view;
mod state;
mod toast;
mod undo;
mod waiting_answer_note;

pub use app::App;

use crate::browser::config::WidgetConfig;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Mounts one widget into `container` (inside the custom element's shadow root, or any element
/// a host renders). Called by `embed/skillgap-widget.js`; see `docs/embed.md`.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: JsValue) {
    let config = WidgetConfig::from_options(&options);
    leptos::mount::mount_to(container, move || view! { <App config=config.clone() /> }).forget();
}
