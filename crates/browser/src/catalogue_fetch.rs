//! Fetching an interface language's catalogue, shipped beside the module as `i18n/{tag}.json`.

use super::feed_fetch::fetch_text;
use domain::i18n::Catalogue;
use wasm_bindgen_futures::JsFuture;

/// The catalogue, or a sentence for the diagnostics saying why it could not be used. The
/// loader's own request for it (`prefetched`: its text) is used when there is one.
pub async fn fetch_catalogue(
    asset_base: &str,
    tag: &str,
    prefetched: Option<js_sys::Promise>,
) -> Result<Catalogue, String> {
    let url = format!("{asset_base}i18n/{tag}.json");
    let early = match prefetched {
        Some(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
        None => None,
    };
    let text = match early {
        Some(text) => text,
        None => fetch_text(&url, None, None).await?,
    };
    Catalogue::parse(&text).map_err(|why| format!("{url}: {why}"))
}
