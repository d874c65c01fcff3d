//! The demo feed (`feeds/demo.json`), written out as the CSV layout the way a publisher fills
//! the template, imports back to the same skills, scale, roles, resources and mentors.

mod import_support;

use import_support::{clean_feed, find, temp_dir};
use serde_json::Value;
use skillgap_tools::import::csv_files::import_files;
use std::path::{Path, PathBuf};

/// A cell as CSV writes it.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(" | "),
        other => other.to_string(),
    }
}

/// Writes a feed as the CSV layout, the way a publisher would fill the template.
fn write_layout(feed: &Value, dir: &Path) -> Vec<PathBuf> {
    let max_level = feed["scale"]["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"].as_i64().unwrap())
        .max()
        .unwrap();
    let mut sheets: Vec<(&str, Vec<Vec<String>>)> = Vec::new();
    let mut header: Vec<String> = ["Id", "Name", "Category", "Description", "Aliases"]
        .map(String::from)
        .to_vec();
    header.extend((1..=max_level).map(|level| format!("Level {level}")));
    let mut rows = vec![header];
    for skill in feed["skills"].as_array().unwrap() {
        let mut row: Vec<String> = ["id", "name", "category", "description", "aliases"]
            .iter()
            .map(|key| cell(&skill[key]))
            .collect();
        row.extend((1..=max_level).map(|level| cell(&skill["anchors"][level.to_string()])));
        rows.push(row);
    }
    sheets.push(("skills.csv", rows));
    let mut rows = vec![["Level", "Label", "Description"].map(String::from).to_vec()];
    for level in feed["scale"]["levels"].as_array().unwrap() {
        rows.push(
            ["level", "label", "description"]
                .iter()
                .map(|k| cell(&level[k]))
                .collect(),
        );
    }
    sheets.push(("scale.csv", rows));
    let role_keys = [
        "id",
        "name",
        "family",
        "seniority",
        "description",
        "next_roles",
    ];
    let mut rows = vec![[
        "Role id",
        "Role name",
        "Family",
        "Seniority",
        "Description",
        "Next roles",
        "Skill",
        "Level",
        "Importance",
    ]
    .map(String::from)
    .to_vec()];
    for role in feed["roles"].as_array().unwrap() {
        for (i, requirement) in role["requirements"].as_array().unwrap().iter().enumerate() {
            let mut row: Vec<String> = role_keys
                .iter()
                .map(|key| {
                    if i == 0 {
                        cell(&role[key])
                    } else {
                        String::new()
                    }
                })
                .collect();
            row.extend(
                ["skill", "level", "importance"]
                    .iter()
                    .map(|k| cell(&requirement[k])),
            );
            rows.push(row);
        }
    }
    sheets.push(("roles.csv", rows));
    let keys = [
        "id",
        "title",
        "url",
        "kind",
        "provider",
        "duration_minutes",
        "cost",
        "currency",
        "language",
    ];
    let mut header: Vec<String> = keys.iter().map(|k| k.replace('_', " ")).collect();
    header.push("Skills".into());
    let mut rows = vec![header];
    for resource in feed["resources"].as_array().unwrap() {
        let mut row: Vec<String> = keys.iter().map(|k| cell(&resource[k])).collect();
        let ranges: Vec<String> = resource["skills"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| match s.get("from") {
                Some(from) => format!("{}:{from}-{}", cell(&s["skill"]), s["to"]),
                None => format!("{}:{}", cell(&s["skill"]), s["to"]),
            })
            .collect();
        row.push(ranges.join(" | "));
        rows.push(row);
    }
    sheets.push(("resources.csv", rows));
    let keys = [
        "id",
        "name",
        "title",
        "team",
        "contact",
        "skills",
        "topics",
        "capacity",
        "languages",
        "location",
        "utc_offset",
    ];
    let mut rows = vec![keys.iter().map(|k| k.replace('_', " ")).collect::<Vec<_>>()];
    for mentor in feed["mentors"].as_array().unwrap() {
        rows.push(
            keys.iter()
                .map(|&key| match key {
                    "skills" => mentor["skills"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| format!("{}:{}", cell(&s["skill"]), s["level"]))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    _ => cell(&mentor[key]),
                })
                .collect(),
        );
    }
    sheets.push(("mentors.csv", rows));
    sheets
        .into_iter()
        .map(|(name, rows)| {
            let path = dir.join(name);
            let mut writer = csv::Writer::from_path(&path).unwrap();
            for row in rows {
                writer.write_record(&row).unwrap();
            }
            writer.flush().unwrap();
            path
        })
        .collect()
}

/// Every number as f64 (the draft writes 480.0 where the demo has 480) and empty lists left
/// out (the draft omits them, the demo writes some), framework left out.
fn comparable(mut value: Value) -> Value {
    fn numbers(value: &mut Value) {
        match value {
            Value::Number(n) => *value = serde_json::json!(n.as_f64().unwrap()),
            Value::Array(items) => items.iter_mut().for_each(numbers),
            Value::Object(map) => {
                map.retain(|_, v| v.as_array().is_none_or(|items| !items.is_empty()));
                map.values_mut().for_each(numbers)
            }
            _ => {}
        }
    }
    value.as_object_mut().unwrap().remove("framework");
    numbers(&mut value);
    value
}

#[test]
fn the_demo_feed_round_trips_through_the_csv_layout() {
    let demo: Value =
        serde_json::from_str(&std::fs::read_to_string("../../feeds/demo.json").unwrap()).unwrap();
    let files = write_layout(&demo, &temp_dir("demo"));
    let imported = import_files(&files).unwrap();
    let feed = clean_feed(&imported);
    assert_eq!(feed["skills"].as_array().unwrap().len(), 48);
    assert_eq!(feed["roles"].as_array().unwrap().len(), 27);
    assert_eq!(feed["resources"].as_array().unwrap().len(), 101);
    assert_eq!(feed["mentors"].as_array().unwrap().len(), 27);
    let javascript = find(&feed["skills"], "javascript");
    assert_eq!(
        javascript["anchors"]["3"],
        "Builds features with modules, async code and tests without help."
    );
    let engineer = find(&feed["roles"], "software-engineer");
    assert_eq!(engineer["requirements"][4]["skill"], "system-design");
    assert_eq!(engineer["requirements"][4]["importance"], "nice-to-have");
    // Everything else, field by field: the same skills, scale, roles with their requirements,
    // resources and mentors.
    let (got, want) = (comparable(feed), comparable(demo));
    assert_eq!(got["scale"], want["scale"]);
    for section in ["skills", "roles", "resources", "mentors"] {
        let (got, want) = (
            got[section].as_array().unwrap(),
            want[section].as_array().unwrap(),
        );
        assert_eq!(got.len(), want.len(), "{section}");
        for (got, want) in got.iter().zip(want) {
            assert_eq!(got, want, "{section}: {}", want["id"]);
        }
    }
}
