//! How the page configured this widget: feed URLs, storage namespace, admin diagnostics.

use crate::domain::profile::keys::{StorageKeys, DEFAULT_NAMESPACE};

/// Shipped next to the widget; used when no feed is configured.
pub const DEMO_FEED_PATH: &str = "feeds/demo.json";

#[derive(Debug, Clone)]
pub struct WidgetConfig {
    pub feed_urls: Vec<String>,
    pub keys: StorageKeys,
    pub show_diagnostics: bool,
}

impl WidgetConfig {
    /// Reads `?feed=…` (repeatable), `?storage-key=…` and `?diagnostics` from the page URL.
    pub fn from_page() -> Self {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
        let feed_urls: Vec<String> = params
            .as_ref()
            .map(|p| {
                p.get_all("feed")
                    .iter()
                    .filter_map(|v| v.as_string())
                    .filter(|v| !v.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let namespace = params
            .as_ref()
            .and_then(|p| p.get("storage-key"))
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
        let show_diagnostics = params.as_ref().is_some_and(|p| p.has("diagnostics"));
        WidgetConfig {
            feed_urls: if feed_urls.is_empty() {
                vec![DEMO_FEED_PATH.to_owned()]
            } else {
                feed_urls
            },
            keys: StorageKeys::new(&namespace),
            show_diagnostics,
        }
    }
}
