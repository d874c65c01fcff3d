//! The feed as published: serde types that mirror the JSON format of `docs/feed.md`.
//! Everything optional has a default here; validation turns these into the checked model.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFramework {
    pub id: String,
    pub name: String,
    pub publisher: String,
    pub version: String,
    pub updated: String,
    pub language: String,
}

#[derive(Debug, Deserialize)]
pub struct WireLevel {
    pub level: i64,
    pub label: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireScale {
    pub levels: Vec<WireLevel>,
}

#[derive(Debug, Deserialize)]
pub struct WireSkill {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub anchors: BTreeMap<i64, String>,
}

#[derive(Debug, Deserialize)]
pub struct WireRequirement {
    pub skill: String,
    pub level: i64,
    #[serde(default)]
    pub importance: WireImportance,
}

/// `"essential" | "important" | "nice-to-have"` or a numeric weight.
#[derive(Debug, Clone, PartialEq)]
pub enum WireImportance {
    Named(String),
    Weight(f64),
}

impl Default for WireImportance {
    fn default() -> Self {
        WireImportance::Named("important".into())
    }
}

impl<'de> Deserialize<'de> for WireImportance {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ImportanceVisitor;
        impl Visitor<'_> for ImportanceVisitor {
            type Value = WireImportance;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"essential\", \"important\", \"nice-to-have\" or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(WireImportance::Named(v.to_owned()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v as f64))
            }
        }
        deserializer.deserialize_any(ImportanceVisitor)
    }
}

#[derive(Debug, Deserialize)]
pub struct WireRole {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub family: String,
    #[serde(default)]
    pub seniority: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub requirements: Vec<WireRequirement>,
    #[serde(default)]
    pub next_roles: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct WireSkillRange {
    pub skill: String,
    #[serde(default)]
    pub from: Option<i64>,
    pub to: i64,
}

#[derive(Debug, Deserialize)]
pub struct WireResource {
    pub id: String,
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub duration_minutes: Option<f64>,
    #[serde(default)]
    pub cost: Option<f64>,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub skills: Vec<WireSkillRange>,
}

#[derive(Debug, Deserialize)]
pub struct WireMentorSkill {
    pub skill: String,
    pub level: i64,
}

#[derive(Debug, Deserialize)]
pub struct WireMentor {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub team: String,
    pub contact: String,
    #[serde(default)]
    pub skills: Vec<WireMentorSkill>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub capacity: Option<i64>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub utc_offset: Option<f64>,
}
