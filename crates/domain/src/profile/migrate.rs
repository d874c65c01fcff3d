//! Schema migrations of the stored document, oldest first. Each step takes version N to N+1
//! on the raw JSON, so fields this build no longer models are carried along, not dropped.
//! A document already in the current schema is decoded straight into the model.

use super::model::SCHEMA_VERSION;
use crate::i18n::k;
use crate::i18n::Translator;
use serde::Deserialize;
use serde_json::Value;

type Step = fn(&mut Value);

/// `STEPS[i]` migrates version `i + 1` to `i + 2`. Version 1 is the first released schema.
const STEPS: &[Step] = &[per_field_times, own_goals, feedback];

/// 1 → 2: each skill's level, interest and note get their own time, the entry's until now.
fn per_field_times(profile: &mut Value) {
    let Some(skills) = profile.get_mut("skills").and_then(Value::as_object_mut) else {
        return;
    };
    for entry in skills.values_mut() {
        let Some(entry) = entry.as_object_mut() else {
            continue;
        };
        let updated = entry.get("updated").cloned().unwrap_or(Value::from(0));
        for field in ["level_updated", "interest_updated", "note_updated"] {
            entry.entry(field).or_insert(updated.clone());
        }
    }
}

/// 2 → 3: every goal gets an empty title (named after its skill, as before) and no actions;
/// the profile gets an empty display name.
fn own_goals(profile: &mut Value) {
    if let Some(plan) = profile.get_mut("plan").and_then(Value::as_object_mut) {
        for goal in plan.values_mut().filter_map(Value::as_object_mut) {
            goal.entry("title").or_insert(Value::from(""));
            goal.entry("actions")
                .or_insert(Value::Object(serde_json::Map::new()));
        }
    }
    if let Some(profile) = profile.as_object_mut() {
        profile
            .entry("display_name")
            .or_insert(serde_json::json!({"value": "", "updated": 0}));
    }
}

/// 3 → 4: no feedback requests sent and no feedback received yet.
fn feedback(profile: &mut Value) {
    if let Some(profile) = profile.as_object_mut() {
        for field in ["feedback_requests", "feedback"] {
            profile
                .entry(field)
                .or_insert(Value::Object(serde_json::Map::new()));
        }
    }
}

const _: () = assert!(
    STEPS.len() as u32 + 1 == SCHEMA_VERSION,
    "one migration step per schema version"
);

/// Why a stored document (or an import file) cannot be read as a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a JSON object, or one without the shape of a profile.
    NotAProfile,
    NoSchemaVersion,
    /// A schema version that is not a whole number this build can hold.
    UnknownSchemaVersion,
    SchemaVersionZero,
    /// The JSON parser's own words (English, as the parser writes them).
    Json(String),
}

impl Unreadable {
    /// Why, in a few words (a clause inside a longer message).
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            Unreadable::NotAProfile => tr.t(k::DATA_UNREADABLE_NOT_A_PROFILE).to_owned(),
            Unreadable::NoSchemaVersion => tr.t(k::DATA_UNREADABLE_NO_SCHEMA).to_owned(),
            Unreadable::UnknownSchemaVersion => tr.t(k::DATA_UNREADABLE_UNKNOWN_SCHEMA).to_owned(),
            Unreadable::SchemaVersionZero => tr.t(k::DATA_UNREADABLE_SCHEMA_ZERO).to_owned(),
            Unreadable::Json(detail) => detail.clone(),
        }
    }
}

/// The schema version a stored document declares; it must be a JSON object with one.
pub fn stored_version(raw: &str) -> Result<u32, Unreadable> {
    #[derive(Deserialize)]
    struct Header {
        schema: Option<u64>,
    }
    // serde would also read a struct from a JSON array.
    if !raw.trim_start().starts_with('{') {
        return Err(Unreadable::NotAProfile);
    }
    let header: Header = serde_json::from_str(raw).map_err(|err| {
        if err.is_data() {
            Unreadable::NotAProfile
        } else {
            Unreadable::Json(err.to_string())
        }
    })?;
    let version = header.schema.ok_or(Unreadable::NoSchemaVersion)?;
    let version = u32::try_from(version).map_err(|_| Unreadable::UnknownSchemaVersion)?;
    if version == 0 {
        return Err(Unreadable::SchemaVersionZero);
    }
    Ok(version)
}

/// Brings a document written in `version` (older than this build's) up to the current schema.
pub fn migrate(raw: &str, version: u32) -> Result<String, Unreadable> {
    let mut value: Value =
        serde_json::from_str(raw).map_err(|err| Unreadable::Json(err.to_string()))?;
    for step in STEPS
        .iter()
        .skip(version as usize - 1)
        .take(SCHEMA_VERSION.saturating_sub(version) as usize)
    {
        step(&mut value);
    }
    value["schema"] = Value::from(SCHEMA_VERSION);
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_declared_version() {
        assert_eq!(stored_version(r#"{"schema": 1, "skills": {}}"#), Ok(1));
        assert_eq!(stored_version(r#"{"schema": 7}"#), Ok(7));
        assert!(stored_version(r#"{"skills": {}}"#).is_err());
        assert!(stored_version(r#"{"schema": 0}"#).is_err());
        assert!(stored_version(r#"{"schema": "one"}"#).is_err());
        assert!(stored_version("[1]").is_err());
        assert!(stored_version("{not json").is_err());
    }

    #[test]
    fn version_1_skills_get_a_time_per_field_from_their_entry() {
        let migrated = migrate(
            r#"{"schema": 1, "skills": {"sql": {"level": 2, "updated": 7}, "odd": 3}}"#,
            1,
        )
        .unwrap();
        let value: Value = serde_json::from_str(&migrated).unwrap();
        for field in ["level_updated", "interest_updated", "note_updated"] {
            assert_eq!(value["skills"]["sql"][field], 7, "{field}");
        }
        assert_eq!(value["skills"]["odd"], 3);
    }

    #[test]
    fn version_3_gets_empty_feedback_and_keeps_what_is_there() {
        let migrated = migrate(
            r#"{"schema": 3, "display_name": {"value": "Ana", "updated": 4}}"#,
            3,
        )
        .unwrap();
        let value: Value = serde_json::from_str(&migrated).unwrap();
        assert_eq!(value["feedback_requests"], serde_json::json!({}));
        assert_eq!(value["feedback"], serde_json::json!({}));
        assert_eq!(value["display_name"]["value"], "Ana");
        assert_eq!(value["schema"], 4);
        // A step never writes over what a document already holds.
        let mut odd = serde_json::json!({"feedback": {"x": {"reviewer": "Bo"}}});
        feedback(&mut odd);
        assert_eq!(odd["feedback"]["x"]["reviewer"], "Bo");
        assert_eq!(odd["feedback_requests"], serde_json::json!({}));
    }

    #[test]
    fn migration_stamps_the_current_version_and_keeps_unknown_fields() {
        let migrated = migrate(r#"{"schema": 1, "kept": [1, 2]}"#, 1).unwrap();
        let value: Value = serde_json::from_str(&migrated).unwrap();
        assert_eq!(value["schema"], SCHEMA_VERSION);
        assert_eq!(value["kept"], serde_json::json!([1, 2]));
    }
}
