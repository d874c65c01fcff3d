//! Leptos components: they present the domain and wire events to it, nothing more.

mod app;
mod assess;
mod diagnostics_panel;
mod explore;
mod feed_loader;
mod gap;
mod grow;
mod my_data;
mod nav;
mod notices;
mod plan;
mod shared_view;
mod state;

pub use app::App;

pub fn start() {
    leptos::mount::mount_to_body(App);
}
