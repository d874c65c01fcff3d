//! The checked feed: what the widget works with once validation has run.
//! Cross references are indexes into the feed's own vectors, so lookups never fail.

use super::index::FeedIndex;
use crate::domain::scale::{Level, Scale};
use crate::domain::sorted_map::SortedMap;

pub type SkillIdx = usize;
pub type RoleIdx = usize;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Framework {
    pub id: String,
    pub name: String,
    pub publisher: String,
    pub version: String,
    pub updated: String,
    pub language: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub category: String,
    pub description: String,
    /// Behavioural anchors, only for the levels the feed describes.
    pub anchors: SortedMap<Level, String>,
}

impl Skill {
    pub fn anchor(&self, level: Level) -> Option<&str> {
        self.anchors.get(&level).map(String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Importance {
    Essential,
    Important,
    NiceToHave,
    Weight(f64),
}

impl Importance {
    pub fn weight(self) -> f64 {
        match self {
            Importance::Essential => 3.0,
            Importance::Important => 2.0,
            Importance::NiceToHave => 1.0,
            Importance::Weight(w) => w,
        }
    }

    pub fn label(self) -> String {
        match self {
            Importance::Essential => "essential".into(),
            Importance::Important => "important".into(),
            Importance::NiceToHave => "nice to have".into(),
            Importance::Weight(w) => format!("weight {w}"),
        }
    }

    /// Numeric weights count as essential from 3 up, as the named levels do.
    pub fn is_essential(self) -> bool {
        self.weight() >= 3.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub skill: SkillIdx,
    pub level: Level,
    pub importance: Importance,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub family: String,
    pub seniority: String,
    pub description: String,
    pub requirements: Vec<Requirement>,
    pub next_roles: Vec<RoleIdx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkillRange {
    pub skill: SkillIdx,
    pub from: Level,
    pub to: Level,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub url: String,
    pub kind: String,
    pub provider: String,
    pub duration_minutes: Option<u32>,
    /// `Some(0.0)` is free; `None` means the feed did not say.
    pub cost: Option<f64>,
    pub currency: String,
    pub language: String,
    pub skills: Vec<SkillRange>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MentorSkill {
    pub skill: SkillIdx,
    pub level: Level,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mentor {
    pub id: String,
    pub name: String,
    pub title: String,
    pub team: String,
    pub contact: String,
    pub skills: Vec<MentorSkill>,
    pub topics: Vec<String>,
    /// How many mentees they are open to; 0 means not taking anyone now.
    pub capacity: u32,
    pub languages: Vec<String>,
    pub location: String,
    pub utc_offset: Option<f32>,
}

#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub format_version: u32,
    pub framework: Framework,
    pub scale: Scale,
    pub skills: Vec<Skill>,
    pub roles: Vec<Role>,
    pub resources: Vec<Resource>,
    pub mentors: Vec<Mentor>,
    pub index: FeedIndex,
}

impl Feed {
    pub fn skill_by_id(&self, id: &str) -> Option<SkillIdx> {
        self.index.skill_ids.get(id).copied()
    }

    pub fn role_by_id(&self, id: &str) -> Option<RoleIdx> {
        self.index.role_ids.get(id).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.roles.is_empty()
    }

    /// Families in first-seen order, for grouping role pickers.
    pub fn role_families(&self) -> Vec<&str> {
        let mut families: Vec<&str> = Vec::new();
        for role in &self.roles {
            if !families.contains(&role.family.as_str()) {
                families.push(&role.family);
            }
        }
        families
    }
}
