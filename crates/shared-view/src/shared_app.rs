//! The shared profile in the address, read once and shown read-only.

use super::shared_view::SharedView;
use browser::config::WidgetConfig;
use browser::page;
use browser::share_link::decode_share;
use domain::share::{ShareError, SharedProfile};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::visitor_frame::VisitorFrame;

#[component]
pub fn SharedApp(config: WidgetConfig) -> impl IntoView {
    let shared = RwSignal::new(None::<Result<SharedProfile, ShareError>>);
    let fragment = page::location_hash();
    spawn_local(async move {
        shared.set(Some(decode_share(&fragment).await));
    });
    view! {
        <VisitorFrame config=config reader=domain::feed::load_feeds_with>
            {move || { shared.get().map(|shared| view! { <SharedView shared=shared /> }) }}
        </VisitorFrame>
    }
}
