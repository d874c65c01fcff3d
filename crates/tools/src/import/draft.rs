//! The feed an import builds, serialised as format version 1 (`docs/feed.md`). Empty optional
//! fields are left out so the output reads like a hand-written feed.

use serde::Serialize;
use std::collections::BTreeMap;

fn is_empty(text: &str) -> bool {
    text.is_empty()
}

#[derive(Debug, Serialize)]
pub struct FeedDraft {
    pub format_version: u32,
    pub framework: FrameworkDraft,
    pub scale: ScaleDraft,
    pub skills: Vec<SkillDraft>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleDraft>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<ResourceDraft>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentors: Vec<MentorDraft>,
}

impl Default for FeedDraft {
    fn default() -> Self {
        FeedDraft {
            format_version: 1,
            framework: FrameworkDraft::default(),
            scale: ScaleDraft::default(),
            skills: Vec::new(),
            roles: Vec::new(),
            resources: Vec::new(),
            mentors: Vec::new(),
        }
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct FrameworkDraft {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub publisher: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub version: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub updated: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub language: String,
    /// Not read by the widget (unknown fields are ignored) but kept with the data, as the
    /// licences of public frameworks ask.
    #[serde(skip_serializing_if = "is_empty")]
    pub attribution: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub license: String,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct ScaleDraft {
    pub levels: Vec<LevelDraft>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelDraft {
    pub level: i64,
    pub label: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub description: String,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct SkillDraft {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "is_empty")]
    pub category: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub description: String,
    /// Level → what someone at that level does.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub anchors: BTreeMap<i64, String>,
}

/// `"essential" | "important" | "nice-to-have"` or a positive weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ImportanceDraft {
    Named(&'static str),
    Weight(f64),
}

impl ImportanceDraft {
    pub const ESSENTIAL: ImportanceDraft = ImportanceDraft::Named("essential");
    pub const IMPORTANT: ImportanceDraft = ImportanceDraft::Named("important");
    pub const NICE_TO_HAVE: ImportanceDraft = ImportanceDraft::Named("nice-to-have");
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementDraft {
    pub skill: String,
    pub level: i64,
    pub importance: ImportanceDraft,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct RoleDraft {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub family: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub seniority: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub description: String,
    pub requirements: Vec<RequirementDraft>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub next_roles: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SkillRangeDraft {
    pub skill: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    pub to: i64,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct ResourceDraft {
    pub id: String,
    pub title: String,
    pub url: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub provider: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    #[serde(skip_serializing_if = "is_empty")]
    pub currency: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub language: String,
    pub skills: Vec<SkillRangeDraft>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentorSkillDraft {
    pub skill: String,
    pub level: i64,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct MentorDraft {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "is_empty")]
    pub team: String,
    pub contact: String,
    pub skills: Vec<MentorSkillDraft>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(skip_serializing_if = "is_empty")]
    pub location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<f64>,
}
