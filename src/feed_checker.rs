//! The checker page's (`check.html`) way into the module: the feed check, as JSON.

use domain::feed::report::check_report_json;
use domain::feed::{FeedSource, LoadOptions};
use domain::i18n::LanguageTag;
use wasm_bindgen::prelude::*;

/// Checks feed texts merged in order (`labels[i]` names `texts[i]` in the report), exactly as
/// the widget loads them; see `domain::feed::report` for the JSON. With a `language` (a BCP 47
/// tag; optional, a malformed one is ignored), translated texts are read in it and each one
/// without a translation in it is noted (`missing-translation`), as `feed-check --language`.
#[wasm_bindgen]
pub fn check_feeds(labels: Vec<String>, texts: Vec<String>, language: Option<String>) -> String {
    let sources: Vec<FeedSource> = labels
        .iter()
        .zip(&texts)
        .map(|(label, text)| FeedSource { label, text })
        .collect();
    let language = language.as_deref().and_then(LanguageTag::parse);
    let options = LoadOptions {
        note_missing_translations: language.is_some(),
        language,
        keep_translated_sources: false,
    };
    check_report_json(&sources, &options)
}
