//! Helpers shared by the `feed-import` tests.
#![allow(dead_code)]

use domain::feed::Severity;
use serde_json::Value;
use skillgap_tools::import::{finish, Imported};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh folder under the system's temporary folder.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "skillgap-import-csv-{}-{}-{name}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `text` to a file called `name` in a fresh folder and returns its path.
pub fn file_with(name: &str, text: &str) -> PathBuf {
    let path = temp_dir("file").join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Writes `files` (name, content) into a fresh folder and returns their paths.
pub fn write_files(files: &[(&str, &str)]) -> Vec<PathBuf> {
    let dir = temp_dir("case");
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

pub fn folder_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
}

pub fn schema_errors(instance: &Value) -> Vec<String> {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("../../docs/feed.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

/// The feed as JSON after checking that it loads without errors or warnings and matches the
/// schema.
pub fn clean_feed(imported: &Imported) -> Value {
    let finished = finish(&imported.draft, "feed.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(
        finished.load.count(Severity::Warning),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    let value: Value = serde_json::from_str(&finished.json).unwrap();
    assert_eq!(schema_errors(&value), Vec::<String>::new());
    value
}

pub fn find<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))
}
