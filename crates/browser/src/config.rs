//! How the host page configured this widget instance: from the custom element's attributes
//! (passed by the loader as an options object) and, for the standalone page, its URL.

use domain::feed::source_policy::{judge_linked_feed, FeedRefusal};
use domain::i18n::Translator;
use domain::profile::keys::{StorageKeys, DEFAULT_NAMESPACE};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Shipped next to the widget; used when no feed is configured.
pub const DEMO_FEED_PATH: &str = "feeds/demo.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

#[derive(Debug, Clone)]
pub struct WidgetConfig {
    pub feed_urls: Vec<String>,
    pub keys: StorageKeys,
    pub show_diagnostics: bool,
    pub theme: Theme,
    /// Target role to preselect when the user has not chosen one.
    pub initial_role: Option<String>,
    /// Why feeds named in the address bar were not loaded (see `domain::feed::source_policy`).
    pub refused_feeds: Vec<FeedRefusal>,
    /// Origins, other than the page's, that the loaded feeds come from: named in the header.
    pub foreign_sources: Vec<String>,
    /// Set when the feeds come from the address bar: where a fetch of one ends up after
    /// redirects must pass the same policy as the address itself.
    pub linked_feed_policy: Option<LinkedFeedPolicy>,
    /// The loader's requests for `feed_urls`, started with the module's download (one per URL,
    /// `None` where it did not start one); taken by the first load only.
    pub prefetched: Vec<Option<js_sys::Promise>>,
    /// Where the widget's own files are (`i18n/` catalogues), with a trailing slash or empty.
    pub asset_base: String,
    /// `?lang=` on the standalone page: wanted above all, even above the menu's remembered choice.
    pub url_language: Option<String>,
    /// Interface languages the page asks for, most wanted first: the loader's hints (the
    /// `lang` option, the element's or an ancestor's `lang`, the browser's languages).
    pub language_hints: Vec<String>,
    /// The loader's request for the catalogue of the language it expects: (tag, its text).
    pub prefetched_catalogue: Option<(String, js_sys::Promise)>,
    /// The widget reads its parameters from the page's address (`url-params`): links made
    /// here then leave out the parameters that are the sender's alone (`lang`, `diagnostics`).
    pub reads_address: bool,
    /// Whether the page's address fragment is read for share, request and answer links
    /// (option `links`, default true). The checker page's preview says false: it shows the
    /// feed under check, never a link the checker page was opened with.
    pub links: bool,
    /// Set by the loader when the shared view hands over to the employee's app to compare the
    /// shared profile in the fragment with one's own, and maybe take its ratings
    /// (`compareShared: true`).
    pub compare_shared: bool,
}

#[derive(Debug, Clone)]
pub struct LinkedFeedPolicy {
    page_origin: String,
    listed_origins: Vec<String>,
}

impl LinkedFeedPolicy {
    /// Judges the address a fetch finally answered from.
    pub fn judge_final(&self, url: &str) -> Result<(), String> {
        let (protocol, origin) = resolve(url).ok_or_else(|| format!("{url} is not an address"))?;
        judge_linked_feed(&protocol, &origin, &self.page_origin, &self.listed_origins)
            .map_err(|refusal| refusal.message(&Translator::english()))
    }
}

/// An address resolved against the page, as the browser reads it: (protocol, origin).
fn resolve(url: &str) -> Option<(String, String)> {
    let base = web_sys::window()?.location().href().ok()?;
    let parsed = web_sys::Url::new_with_base(url, &base).ok()?;
    Some((parsed.protocol(), parsed.origin()))
}

fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

fn list(value: &JsValue) -> Vec<String> {
    if js_sys::Array::is_array(value) {
        js_sys::Array::from(value)
            .iter()
            .filter_map(|v| v.as_string())
            .filter(|v| !v.trim().is_empty())
            .collect()
    } else {
        value
            .as_string()
            .map(|s| s.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

fn get(options: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(options: &JsValue, key: &str) -> Option<String> {
    get(options, key)
        .as_string()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// `{ tag, text: Promise<string> }` from the loader, if it started one.
fn prefetched_catalogue(value: &JsValue) -> Option<(String, js_sys::Promise)> {
    let tag = string(value, "tag")?;
    let text = get(value, "text").dyn_into::<js_sys::Promise>().ok()?;
    Some((tag, text))
}

impl WidgetConfig {
    /// `options`: `{ feeds: string[], feedOrigins: string[], storageKey, diagnostics, theme, role,
    /// assetBase, urlParams, links, languages: string[] }`.
    pub fn from_options(options: &JsValue) -> Self {
        let asset_base = string(options, "assetBase").unwrap_or_default();
        let mut feed_urls = list(&get(options, "feeds"));
        let listed_origins = list(&get(options, "feedOrigins"));
        let page_origin = page_origin();
        let mut refused_feeds = Vec::new();
        let mut linked_feed_policy = None;
        let mut namespace =
            string(options, "storageKey").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
        let mut show_diagnostics = get(options, "diagnostics").as_bool().unwrap_or(false);
        let mut initial_role = string(options, "role");
        let mut url_language = None;
        let reads_address = get(options, "urlParams").as_bool().unwrap_or(false);
        if reads_address {
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
                let mut from_url = Vec::new();
                for url in params.get_all("feed").iter().filter_map(|v| v.as_string()) {
                    if url.trim().is_empty() {
                        continue;
                    }
                    let Some((protocol, origin)) = resolve(url.trim()) else {
                        continue;
                    };
                    match judge_linked_feed(&protocol, &origin, &page_origin, &listed_origins) {
                        Ok(()) => from_url.push(url.trim().to_owned()),
                        Err(refusal) => refused_feeds.push(refusal),
                    }
                }
                if !from_url.is_empty() {
                    feed_urls = from_url;
                    linked_feed_policy = Some(LinkedFeedPolicy {
                        page_origin: page_origin.clone(),
                        listed_origins: listed_origins.clone(),
                    });
                }
                if let Some(key) = params.get("storage-key") {
                    namespace = key;
                }
                if let Some(role) = params.get("role") {
                    initial_role = Some(role);
                }
                show_diagnostics |= params.has("diagnostics");
                url_language = params.get("lang");
            }
        }
        let theme = match string(options, "theme").as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        if feed_urls.is_empty() {
            feed_urls = vec![format!("{asset_base}{DEMO_FEED_PATH}")];
        }
        let mut foreign_sources: Vec<String> = feed_urls
            .iter()
            .filter_map(|url| resolve(url))
            .map(|(_, origin)| origin)
            .filter(|origin| *origin != page_origin)
            .collect();
        foreign_sources.dedup();
        let prefetched_by_url = get(options, "prefetched");
        let prefetched = feed_urls
            .iter()
            .map(|url| {
                if linked_feed_policy.is_some() || !prefetched_by_url.is_object() {
                    return None;
                }
                get(&prefetched_by_url, url)
                    .dyn_into::<js_sys::Promise>()
                    .ok()
            })
            .collect();
        WidgetConfig {
            asset_base,
            url_language,
            language_hints: list(&get(options, "languages")),
            prefetched_catalogue: prefetched_catalogue(&get(options, "prefetchedCatalogue")),
            feed_urls,
            keys: StorageKeys::new(&namespace),
            show_diagnostics,
            theme,
            initial_role,
            refused_feeds,
            foreign_sources,
            linked_feed_policy,
            prefetched,
            reads_address,
            links: get(options, "links").as_bool().unwrap_or(true),
            compare_shared: get(options, "compareShared").as_bool().unwrap_or(false),
        }
    }
}
