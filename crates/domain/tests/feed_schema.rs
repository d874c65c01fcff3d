//! The JSON Schema in docs/ agrees with the feeds we ship and with the validator's verdicts.

use domain::feed::{load_feeds, FeedSource, Severity};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn schema_errors(feed_path: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(&read("../../docs/feed.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    let instance: Value = serde_json::from_str(&read(feed_path)).unwrap();
    validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn the_demo_feed_matches_the_schema_and_the_validator() {
    assert_eq!(schema_errors("../../feeds/demo.json"), Vec::<String>::new());
    let text = read("../../feeds/demo.json");
    let load = load_feeds(&[FeedSource {
        label: "demo",
        text: &text,
    }]);
    assert!(load.diagnostics.is_empty(), "{:#?}", load.diagnostics);
}

#[test]
fn the_partly_bad_fixture_breaks_the_schema_where_the_validator_reports_errors() {
    let errors = schema_errors("../../tests/e2e/fixtures/partly-bad.json");
    assert!(
        errors.iter().any(|e| e.contains("/resources/0/url")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("/roles/1/requirements")),
        "{errors:#?}"
    );
    let text = read("../../tests/e2e/fixtures/partly-bad.json");
    let load = load_feeds(&[FeedSource {
        label: "fixture",
        text: &text,
    }]);
    assert_eq!(load.count(Severity::Error), 4);
}

fn value_errors(instance: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&read("../../docs/feed.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn the_translated_sample_matches_the_schema_and_the_validator() {
    assert_eq!(
        schema_errors("../../tests/e2e/fixtures/translated.json"),
        Vec::<String>::new()
    );
    let text = read("../../tests/e2e/fixtures/translated.json");
    let load = load_feeds(&[FeedSource {
        label: "translated",
        text: &text,
    }]);
    assert_eq!(load.count(Severity::Error), 0, "{:#?}", load.diagnostics);
    assert_eq!(load.count(Severity::Warning), 0, "{:#?}", load.diagnostics);
}

#[test]
fn the_schema_refuses_bad_translations_where_the_validator_reports_them() {
    let mut feed: Value =
        serde_json::from_str(&read("../../tests/e2e/fixtures/translated.json")).unwrap();
    feed["skills"][0]["name"] = serde_json::json!({});
    feed["skills"][1]["category"] = serde_json::json!({"english": "Data"});
    feed["skills"][2]["description"] = serde_json::json!({"de": 42});
    feed["roles"][0]["name"] = serde_json::json!({"en": ""});
    feed["skills"][3]["anchors"]["2"] = serde_json::json!({"de-CH": "Ändert ein Skript."});
    let errors = value_errors(&feed);
    for path in [
        "/skills/0/name",
        "/skills/1/category",
        "/skills/2/description",
        "/roles/0/name",
    ] {
        assert!(
            errors.iter().any(|e| e.ends_with(&format!(" at {path}"))),
            "{path}: {errors:#?}"
        );
    }
    assert!(
        !errors.iter().any(|e| e.contains("/skills/3/anchors")),
        "a regional tag is fine: {errors:#?}"
    );
    assert_eq!(errors.len(), 4, "{errors:#?}");
}
