//! Leptos components: they present the domain and wire events to it, nothing more.
//!
//! With `panic = "abort"` one panic stops every widget on the page, so the components never
//! unwrap: what they need is either provided (the feed, through `use_feed`) or handled.
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod app;
mod assess;
mod diagnostics_panel;
mod explore;
mod feed_news;
mod feedback;
mod first_run;
mod gap;
mod grow;
mod keyed_rows;
mod links;
mod markup_clicks;
mod my_data;
mod nav;
mod navigation;
mod notices;
mod paths;
mod plan;
mod profile_sync;
mod role_change;
mod search_field;
mod shared_import;
mod undo;
mod waiting_answer_note;

pub use app::App;

use browser::config::WidgetConfig;
use leptos::prelude::*;
use shell::mount::Mounted;
use wasm_bindgen::prelude::*;

/// Mounts one employee's widget into `container` (inside the custom element's shadow root, or
/// any element a host renders). Called by `embed/skillgap-widget.js`; see `docs/embed.md`.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: JsValue) -> Mounted {
    let config = WidgetConfig::from_options(&options);
    // The English texts only this app uses: the visitors' modules do without them.
    domain::i18n::keys::include_employee_texts();
    shell::mount::mount(container, move || view! { <App config=config.clone() /> })
}
