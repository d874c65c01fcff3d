//! Every interface catalogue against English and against the code: the same keys, the same
//! placeholders, the plural forms each language's rules ask for, and no key the code uses
//! that English lacks (nor English keys nothing uses).

use domain::i18n::catalogue::placeholders;
use domain::i18n::INTERFACE_LANGUAGES;
use serde_json::{Map, Value};
use std::fs;
use std::path::Path;

const PLURAL_SUFFIXES: [&str; 6] = ["_zero", "_one", "_two", "_few", "_many", "_other"];

/// The CLDR plural categories a language's whole numbers fall into (what `Intl.PluralRules`
/// answers for counts); each catalogue must give every one of them for each plural message.
fn plural_forms(tag: &str) -> &'static [&'static str] {
    match tag {
        "en" | "de" => &["_one", "_other"],
        "fr" | "es" | "it" | "pt" => &["_one", "_many", "_other"],
        "ar" => &["_zero", "_one", "_two", "_few", "_many", "_other"],
        other => panic!("say which plural forms {other} needs in tests/i18n_catalogues.rs"),
    }
}

fn catalogue(tag: &str) -> Map<String, Value> {
    let text = fs::read_to_string(format!("../../i18n/{tag}.json")).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/{tag}.json: {e}"))
}

/// Message keys without their plural suffix, each with whether it is a plural message.
fn messages(catalogue: &Map<String, Value>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for key in catalogue.keys().filter(|k| !k.starts_with('_')) {
        let base = PLURAL_SUFFIXES.iter().find_map(|s| key.strip_suffix(s));
        let entry = (base.unwrap_or(key).to_owned(), base.is_some());
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out.sort();
    out
}

fn sorted_placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = placeholders(text).into_iter().map(str::to_owned).collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_catalogue_has_every_english_message_with_the_same_placeholders() {
    let english = catalogue("en");
    let english_messages = messages(&english);
    for language in INTERFACE_LANGUAGES.iter().skip(1) {
        let other = catalogue(language.tag);
        assert_eq!(
            messages(&other),
            english_messages,
            "i18n/{}.json has other messages than English",
            language.tag
        );
        for (key, value) in &other {
            if key.starts_with('_') {
                continue;
            }
            let text = value
                .as_str()
                .unwrap_or_else(|| panic!("{}: {key} is not text", language.tag));
            assert!(
                !text.trim().is_empty()
                    || english[key.as_str()]
                        .as_str()
                        .is_some_and(|e| e.trim().is_empty()),
                "{}: {key} is empty",
                language.tag
            );
            let base = PLURAL_SUFFIXES
                .iter()
                .find_map(|s| key.strip_suffix(s))
                .unwrap_or(key);
            let english_text = english
                .get(key.as_str())
                .or_else(|| english.get(&format!("{base}_other")))
                .and_then(Value::as_str)
                .unwrap();
            let mut wanted = sorted_placeholders(english_text);
            let mut found = sorted_placeholders(text);
            if base != key {
                // A plural form may leave its count unsaid ("un seul", "عشرة").
                wanted.retain(|n| n != "count");
                found.retain(|n| n != "count");
            }
            assert_eq!(found, wanted, "{}: placeholders of {key}", language.tag);
        }
    }
}

#[test]
fn plural_messages_give_every_form_their_language_needs() {
    for language in INTERFACE_LANGUAGES {
        let cat = catalogue(language.tag);
        for (base, plural) in messages(&cat) {
            if !plural {
                continue;
            }
            for suffix in plural_forms(language.tag) {
                assert!(
                    cat.contains_key(&format!("{base}{suffix}")),
                    "i18n/{}.json: {base}{suffix} is missing",
                    language.tag
                );
            }
        }
    }
}

#[test]
fn catalogues_name_their_language_and_direction() {
    for language in INTERFACE_LANGUAGES {
        let cat = catalogue(language.tag);
        assert_eq!(cat["_language"].as_str(), Some(language.name));
        let rtl = cat.get("_direction").and_then(Value::as_str) == Some("rtl");
        assert_eq!(rtl, language.tag == "ar", "{}", language.tag);
    }
}

/// The text of the widget's sources (not the native-only importers, fixtures and tools).
/// The sources of everything the widget is built from: its own crate, the domain and markup.
fn widget_sources() -> String {
    [
        "../../src",
        "../domain/src",
        "../markup/src",
        "../browser/src",
        "../shell/src",
        "../reviewer/src",
        "../shared-view/src",
    ]
    .iter()
    .map(|dir| sources_under(Path::new(dir)))
    .collect()
}

/// Whether `sources` use the constant `k::{name}` (not a longer one it begins).
fn uses_constant(sources: &str, name: &str) -> bool {
    sources
        .match_indices(&format!("k::{name}"))
        .any(|(at, found)| {
            !sources[at + found.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// The constant `build.rs` makes for a key: `plan.goal-card.delete` → `PLAN_GOAL_CARD_DELETE`.
fn constant(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// A key the code does not use (a mistyped one does not compile: keys are constants).
#[test]
fn every_english_message_is_used_by_the_code() {
    let sources = widget_sources();
    for (key, _) in messages(&catalogue("en")) {
        if key.starts_with("skeleton.") {
            continue; // the loader's: see the next test
        }
        let name = constant(&key);
        assert!(
            uses_constant(&sources, &name),
            "i18n/en.json has {key:?}, which no code uses (k::{name})"
        );
    }
}

/// The loader draws the skeleton before any catalogue arrives: its English texts must be
/// English's, and every `skeleton.*` message must be one it uses.
#[test]
fn the_loaders_skeleton_texts_are_the_catalogues() {
    let loader = fs::read_to_string("../../embed/skillgap-widget.js").unwrap();
    let english = catalogue("en");
    let skeleton: Vec<_> = english
        .iter()
        .filter(|(k, _)| k.starts_with("skeleton."))
        .collect();
    assert!(skeleton.len() >= 8);
    for (key, text) in skeleton {
        let text = serde_json::to_string(text.as_str().unwrap()).unwrap();
        let single = format!("'{}'", &text[1..text.len() - 1].replace('\'', "\\'"));
        let written = [format!("'{key}': {single}"), format!("'{key}': {text}")];
        assert!(
            written.iter().any(|w| loader.contains(w.as_str())),
            "embed/skillgap-widget.js does not give {key} as i18n/en.json does"
        );
    }
}

/// The English texts every module carries are those any code outside the employee's app uses
/// (`build.rs` splits them): a visitor's module (reviewer, shared view) never shows an empty
/// text. The rest exist, in the employee's table.
#[test]
fn every_text_code_outside_the_employees_app_uses_is_in_every_module() {
    let mut outside = String::new();
    for dir in fs::read_dir("..").unwrap().filter_map(Result::ok) {
        let src = dir.path().join("src");
        if src.is_dir() {
            outside.push_str(&sources_under(&src));
        }
    }
    let mut employee_only = 0;
    for (key, _) in messages(&catalogue("en")) {
        if key.starts_with("skeleton.") {
            continue;
        }
        let Some(found) = domain::i18n::keys::find_key(&key) else {
            continue;
        };
        let name = constant(&key);
        let used_outside = uses_constant(&outside, &name);
        let shared = domain::i18n::keys::in_shared_table(found);
        if used_outside {
            assert!(shared, "k::{name} is used outside the employee's app, but its English text is not in every module");
        } else if !shared {
            employee_only += 1;
        }
        assert!(
            !domain::i18n::keys::english_text(found).is_empty(),
            "{key} has no English text"
        );
    }
    // The split does something: most of the sections' texts are the employee's alone.
    assert!(
        employee_only > 100,
        "only {employee_only} texts are the employee's alone"
    );
}

fn sources_under(root: &Path) -> String {
    let mut all = String::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                all.push_str(&fs::read_to_string(&path).unwrap());
            }
        }
    }
    all
}
