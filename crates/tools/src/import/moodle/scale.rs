//! A Moodle competency scale: its values ("Scale values", comma-separated, lowest first) and
//! its configuration ("Scale configuration", JSON marking the default and proficient values).
//!
//! Moodle numbers a scale's values from 1; the feed's levels are numbered from 0, so the
//! first value is level 0, the second level 1, and so on.

use crate::import::hierarchy::number::whole_number;
use serde_json::Value;

/// The feed's highest level (docs/feed.md): a scale of more than 21 values cannot be a feed
/// scale.
pub const MAX_LEVELS: usize = 21;

/// The values of "Scale values", trimmed, lowest first.
pub fn values(text: &str) -> Vec<String> {
    text.split(',')
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
        .collect()
}

/// What "Scale configuration" marks, as feed levels (0-based).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Configuration {
    /// The lowest value marked proficient.
    pub proficient: Option<i64>,
    /// The value marked as the default.
    pub default: Option<i64>,
}

fn flag(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("true") => true,
        Some(value) => whole_number(value) == Some(1),
        None => false,
    }
}

/// Reads a configuration such as `[{"scaleid":"2"},{"id":2,"scaledefault":1,"proficient":1}]`
/// for a scale of `count` values. `Err` says what is wrong with it, for a warning.
pub fn configuration(text: &str, count: usize) -> Result<Configuration, String> {
    let text = text.trim();
    if text.is_empty() || text == "null" {
        return Err("is empty".into());
    }
    let parsed: Value =
        serde_json::from_str(text).map_err(|err| format!("is not valid JSON ({err})"))?;
    let Value::Array(entries) = parsed else {
        return Err("is not a JSON list".into());
    };
    let mut found = Configuration::default();
    for entry in entries.iter().skip(1) {
        let Some(id) = entry.get("id").and_then(whole_number) else {
            continue;
        };
        if id < 1 || id as usize > count {
            return Err(format!(
                "names value {id}, but the scale has {count} values"
            ));
        }
        let level = id - 1;
        if flag(entry.get("proficient")) {
            found.proficient = Some(found.proficient.map_or(level, |p: i64| p.min(level)));
        }
        if flag(entry.get("scaledefault")) && found.default.is_none() {
            found.default = Some(level);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_split_at_commas() {
        assert_eq!(
            values("Not yet competent, Competent"),
            ["Not yet competent", "Competent"]
        );
        assert!(values("").is_empty());
    }

    #[test]
    fn moodles_own_configuration_is_read_as_levels_from_zero() {
        let config = configuration(
            r#"[{"scaleid":"2"},{"id":2,"scaledefault":1,"proficient":1}]"#,
            2,
        )
        .unwrap();
        assert_eq!(
            config,
            Configuration {
                proficient: Some(1),
                default: Some(1)
            }
        );
    }

    #[test]
    fn the_lowest_proficient_value_wins_and_strings_count() {
        let config = configuration(
            r#"[{"scaleid":"9"},{"id":4,"scaledefault":0,"proficient":"1"},{"id":3,"scaledefault":1,"proficient":1}]"#,
            4,
        )
        .unwrap();
        assert_eq!(config.proficient, Some(2));
        assert_eq!(config.default, Some(2));
    }

    #[test]
    fn ids_written_as_decimals_or_text_are_read() {
        let config = configuration(
            r#"[{"scaleid":"9"},{"id":2.0,"proficient":"1"},{"id":"3","scaledefault":1.0}]"#,
            3,
        )
        .unwrap();
        assert_eq!(config.proficient, Some(1));
        assert_eq!(config.default, Some(2));
    }

    #[test]
    fn broken_configurations_say_why() {
        assert!(configuration("", 2).unwrap_err().contains("empty"));
        assert!(configuration("[{", 2)
            .unwrap_err()
            .contains("not valid JSON"));
        assert!(
            configuration(r#"[{"scaleid":1},{"id":5,"proficient":1}]"#, 2)
                .unwrap_err()
                .contains("has 2 values")
        );
    }
}
