//! The user's own data: one versioned document, kept only in their browser.

use crate::domain::scale::Level;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version this build writes. Older documents are migrated on read.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Interest {
    WantToGrow,
    FineAsIs,
    NotForMe,
}

/// What the user said about one skill. Keyed by skill id, so it outlives role changes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SkillEntry {
    pub level: Option<Level>,
    pub interest: Option<Interest>,
    pub note: String,
    /// The skill's name when last seen, shown if the feed drops the skill.
    pub name: String,
    /// Milliseconds since the epoch of the last change, for merging tabs and imports.
    pub updated: u64,
}

/// A value with the time it was last set, so two tabs can merge field by field.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Stamped<T> {
    pub value: T,
    pub updated: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub schema: u32,
    /// Random, never leaves the browser; seeds fair mentor rotation.
    pub local_id: String,
    pub skills: BTreeMap<String, SkillEntry>,
    pub current_role: Stamped<Option<String>>,
    pub target_role: Stamped<Option<String>>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            schema: SCHEMA_VERSION,
            local_id: String::new(),
            skills: BTreeMap::new(),
            current_role: Stamped::default(),
            target_role: Stamped::default(),
        }
    }
}

impl Profile {
    pub fn level(&self, skill_id: &str) -> Option<Level> {
        self.skills.get(skill_id).and_then(|entry| entry.level)
    }

    pub fn rate(&mut self, skill_id: &str, skill_name: &str, level: Option<Level>, now: u64) {
        let entry = self.skills.entry(skill_id.to_owned()).or_default();
        entry.level = level;
        entry.name = skill_name.to_owned();
        entry.updated = now;
    }

    pub fn set_target_role(&mut self, role_id: Option<String>, now: u64) {
        self.target_role = Stamped {
            value: role_id,
            updated: now,
        };
    }

    pub fn set_current_role(&mut self, role_id: Option<String>, now: u64) {
        self.current_role = Stamped {
            value: role_id,
            updated: now,
        };
    }
}
