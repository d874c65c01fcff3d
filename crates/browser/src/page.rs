//! The page around the widget: its address (for share links) and storage events.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The address links are built on: the page exactly as the person has it open, query included,
/// without its fragment (the link's own goes there). The link then opens the same host page
/// (an LMS page's `view.php?id=42`), the same framework (`?feed=`, which the receiving page
/// judges by its own feed-origin policy, as any address) and the same storage namespace
/// (`?storage-key=`). `dropped` names query parameters that are the sender's alone, such as
/// the widget's `lang` and `diagnostics` on a page where the widget reads the address.
pub fn address_for_links(dropped: &[&str]) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let without_fragment = href_without_fragment(&window.location());
    let Ok(url) = web_sys::Url::new(&without_fragment) else {
        return without_fragment;
    };
    let params = url.search_params();
    if !dropped.iter().any(|name| params.has(name)) {
        // Unchanged, byte for byte: a host's own encoding of its query is kept.
        return without_fragment;
    }
    for name in dropped {
        params.delete(name);
    }
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    url.href()
}

/// The page's address as it is open, without its fragment.
fn href_without_fragment(location: &web_sys::Location) -> String {
    let mut href = location.href().unwrap_or_default();
    if let Some(at) = href.find('#') {
        href.truncate(at);
    }
    href
}

/// Removes the fragment once a link in it has been taken in, without a new history entry, so
/// that a reload does not take it in again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let without_fragment = href_without_fragment(&location);
    // The host's own history state is kept (a single-page host may route by it).
    let replaced = window.history().is_ok_and(|history| {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        history
            .replace_state_with_url(&state, "", Some(&without_fragment))
            .is_ok()
    });
    if !replaced {
        let _ = location.set_hash("");
    }
}

/// Calls `handler(fragment)` whenever the page's fragment changes while it is open: a link
/// pasted into a tab where the widget already runs changes only the fragment, with no reload.
pub fn on_fragment_change(handler: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = Closure::<dyn Fn()>::new(move || handler(location_hash()));
    let _ = window.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    closure.forget();
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
