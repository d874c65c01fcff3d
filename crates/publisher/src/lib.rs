//! Skillgap's publisher module: what the checker page (`check.html`, driven by
//! `embed/skillgap-check.js`) runs, and nothing else. One export, the feed check as JSON, on
//! the `domain` crate alone: no Leptos, no widget, so a publisher downloads a small module
//! rather than the employee's whole one (issue 33, "a module for each visitor").

use domain::feed::report::check_report_json;
use domain::feed::{FeedSource, LoadOptions};
use domain::i18n::LanguageTag;

/// Checks feed texts merged in order (`labels[i]` names `texts[i]` in the report), exactly as
/// the widget loads them; see `domain::feed::report` for the JSON. With a `language` (a BCP 47
/// tag; optional, a malformed one is ignored), translated texts are read in it and each one
/// without a translation in it is noted (`missing-translation`), as `feed-check --language`.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn check(labels: &[&str], texts: &[&str], language: Option<&str>) -> Value {
        let owned = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        let report = check_feeds(owned(labels), owned(texts), language.map(str::to_owned));
        serde_json::from_str(&report).unwrap()
    }

    #[test]
    fn each_label_names_its_text() {
        let report = check(
            &["good.json", "broken.json"],
            &[
                r#"{"format_version":1,"skills":[{"id":"sql","name":"SQL"}]}"#,
                r#"{"format_version":1,"skills":["#,
            ],
            None,
        );
        assert_eq!(report["errors"], 1);
        assert_eq!(report["problems"][0]["file"], "broken.json");
        assert_eq!(report["unread"], serde_json::json!(["broken.json"]));
    }

    #[test]
    fn a_language_notes_missing_translations_and_a_malformed_one_is_ignored() {
        let feed =
            r#"{"format_version":1,"skills":[{"id":"sql","name":{"en":"SQL","fr":"SQL (fr)"}}]}"#;
        let missing = |language| {
            check(&["feed.json"], &[feed], language)["problems"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["code"] == "missing-translation")
                .count()
        };
        assert_eq!(missing(None), 0);
        assert_eq!(missing(Some("fr")), 0);
        assert_eq!(missing(Some("de")), 1);
        assert_eq!(missing(Some("not a tag!")), 0);
    }
}
