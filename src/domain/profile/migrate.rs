//! Schema migrations of the stored document, oldest first. Each step takes version N to N+1
//! on the raw JSON, so fields this build no longer models are carried along, not dropped.

use super::model::SCHEMA_VERSION;
use serde_json::Value;

type Step = fn(&mut Value);

/// `STEPS[i]` migrates version `i + 1` to `i + 2`. Version 1 is the first released schema.
const STEPS: &[Step] = &[];

const _: () = assert!(
    STEPS.len() as u32 + 1 == SCHEMA_VERSION,
    "one migration step per schema version"
);

/// Brings a stored document up to the current schema. Returns the version it was written in.
pub fn migrate(value: &mut Value) -> Result<u32, String> {
    let version = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or("the stored data has no schema version")?;
    let version =
        u32::try_from(version).map_err(|_| "the schema version is not a number we know")?;
    if version == 0 {
        return Err("schema version 0 does not exist".into());
    }
    for step in STEPS
        .iter()
        .skip(version as usize - 1)
        .take(SCHEMA_VERSION.saturating_sub(version) as usize)
    {
        step(value);
    }
    if version < SCHEMA_VERSION {
        value["schema"] = Value::from(SCHEMA_VERSION);
    }
    Ok(version)
}
