//! The checker page's (`check.html`) way into the module: the feed check, as JSON.

use crate::domain::feed::report::check_report_json;
use crate::domain::feed::FeedSource;
use wasm_bindgen::prelude::*;

/// Checks feed texts merged in order (`labels[i]` names `texts[i]` in the report), exactly as
/// the widget loads them; see `domain::feed::report` for the JSON.
#[wasm_bindgen]
pub fn check_feeds(labels: Vec<String>, texts: Vec<String>) -> String {
    let sources: Vec<FeedSource> = labels
        .iter()
        .zip(&texts)
        .map(|(label, text)| FeedSource { label, text })
        .collect();
    check_report_json(&sources)
}
