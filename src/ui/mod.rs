//! Leptos components: they present the domain and wire events to it, nothing more.

mod app;
mod diagnostics_panel;
mod gap_summary;
mod notices;
mod role_picker;
mod skill_rating;
mod state;

pub use app::App;

pub fn start() {
    leptos::mount::mount_to_body(App);
}
