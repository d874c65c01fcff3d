//! The last good feed texts, in Cache Storage: large feeds exceed localStorage's quota.
//! Every failure here is silent: the cache only ever helps.

use super::feed_fetch::read_text;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const FETCHED_HEADER: &str = "x-skillgap-fetched";

fn cache_name(namespace: &str) -> String {
    format!("{namespace}:feeds")
}

async fn open(namespace: &str) -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(&cache_name(namespace)))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

pub async fn store(namespace: &str, url: &str, text: &str, fetched_at: u64) {
    let Some(cache) = open(namespace).await else {
        return;
    };
    let init = web_sys::ResponseInit::new();
    if let Ok(headers) = web_sys::Headers::new() {
        let _ = headers.set(FETCHED_HEADER, &fetched_at.to_string());
        let _ = headers.set("content-type", "application/json");
        init.set_headers(&headers);
    }
    // As bytes: a string body would be decoded from the module's memory to UTF-16 first.
    let body = js_sys::Uint8Array::from(text.as_bytes());
    if let Ok(response) = web_sys::Response::new_with_opt_buffer_source_and_init(Some(&body), &init)
    {
        let _ = JsFuture::from(cache.put_with_str(url, &response)).await;
    }
}

/// The cached text of `url` and when it was fetched.
pub async fn load(namespace: &str, url: &str) -> Option<(String, u64)> {
    let cache = open(namespace).await?;
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let fetched_at = response
        .headers()
        .get(FETCHED_HEADER)
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let text = read_text(&response).await?;
    Some((text, fetched_at))
}

/// Deletes the cache of this namespace; true when there was one.
pub async fn delete(namespace: &str) -> bool {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return false;
    };
    JsFuture::from(caches.delete(&cache_name(namespace)))
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
