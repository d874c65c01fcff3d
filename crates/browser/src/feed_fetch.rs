//! Fetching feed texts. Parsing and validation belong to the domain.

use super::config::LinkedFeedPolicy;
use std::future::Future;
use stdx::text::utf8_text;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Starts fetching one feed at once; the future yields its text or a sentence saying why it
/// could not be fetched.
/// With a `policy` (a feed named in the address bar), a response that was redirected is
/// refused unless its final address passes the same policy.
/// With `prefetched` (the loader's request for this URL, started with the module's download),
/// that response is used instead of a new request.
pub fn fetch_text(
    url: &str,
    policy: Option<LinkedFeedPolicy>,
    prefetched: Option<js_sys::Promise>,
) -> impl Future<Output = Result<String, String>> {
    let request = match prefetched {
        Some(request) => Some(JsFuture::from(request)),
        None => web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(url))),
    };
    let url = url.to_owned();
    async move {
        let response = request.ok_or("no browser window")?.await.map_err(|_| {
            format!("could not reach {url} (network error or blocked by the browser)")
        })?;
        let response: web_sys::Response = response
            .dyn_into()
            .map_err(|_| "unexpected fetch result".to_owned())?;
        if let Some(policy) = policy.filter(|_| response.redirected()) {
            policy.judge_final(&response.url())?;
        }
        if !response.ok() {
            return Err(format!(
                "{url} answered HTTP {} {}",
                response.status(),
                response.status_text()
            ));
        }
        read_text(&response)
            .await
            .ok_or_else(|| format!("could not read {url}"))
    }
}

/// A response's body as text, read as bytes and copied into the module once. `Response.text()`
/// would have the browser decode a 20 MB feed to UTF-16 and the glue encode it back to UTF-8,
/// about 250 ms of the enterprise feed's load. Decoded as `text()` decodes (`utf8_text`).
pub async fn read_text(response: &web_sys::Response) -> Option<String> {
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(utf8_text(js_sys::Uint8Array::new(&buffer).to_vec()))
}
