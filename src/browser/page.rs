//! The page around the widget: its address (for share links) and storage events.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page address without its query and fragment, for building share links: a link carries
/// only what the sharer chose (in the fragment), never the sharer's own `?feed=` or other
/// parameters, so people do not learn to trust links that choose a feed.
pub fn address_for_links() -> String {
    web_sys::window()
        .map(|w| {
            let location = w.location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Calls `handler(key, new_value)` whenever another tab changes localStorage. Lives as long as the page.
pub fn on_storage_change(handler: impl Fn(Option<String>, Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            handler(event.key(), event.new_value());
        });
    let _ = window.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    closure.forget();
}

pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
