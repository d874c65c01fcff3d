//! The entries of the checked feed ([`super::checked::Feed`]): what the widget works with once
//! validation has run. Cross references are indexes into the feed's own vectors, so lookups
//! never fail.

use crate::i18n::{k, Key};
use crate::scale::Level;
use stdx::sorted_map::SortedMap;

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
    /// Texts are in the language the feed was loaded in (`LoadOptions::language`).
    pub name: String,
    pub aliases: Vec<String>,
    /// The name in the feed's other languages, for references and search; not shown.
    pub other_names: Vec<String>,
    /// The aliases in the feed's other languages, for references and search; not shown.
    pub other_aliases: Vec<String>,
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
            Importance::Weight(w) => format!("weight {}", stdx::number::shortest(w)),
        }
    }

    /// The catalogue key of the label; a numeric weight's takes the weight as `{{weight}}`
    /// (see [`Importance::label_in`]).
    pub fn label_key(self) -> Key {
        match self {
            Importance::Essential => k::IMPORTANCE_ESSENTIAL,
            Importance::Important => k::IMPORTANCE_IMPORTANT,
            Importance::NiceToHave => k::IMPORTANCE_NICE_TO_HAVE,
            Importance::Weight(_) => k::IMPORTANCE_WEIGHT,
        }
    }

    /// The label in the interface language: "essential", "weight 2.5".
    pub fn label_in(self, tr: &crate::i18n::Translator) -> String {
        match self {
            Importance::Weight(w) => tr.tf(self.label_key(), &[("weight", &tr.number(w, 2))]),
            _ => tr.t(self.label_key()).to_owned(),
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
    /// The name in the feed's other languages, for search; not shown.
    pub other_names: Vec<String>,
    pub family: String,
    pub seniority: String,
    pub description: String,
    pub requirements: Vec<Requirement>,
    pub next_roles: Vec<RoleIdx>,
}

impl Role {
    /// The role as a menu names it: "Data Analyst · Junior", or only the name when it says its
    /// seniority already ("Junior Data Analyst", "Data Analyst Junior"), never both.
    pub fn label(&self) -> String {
        let seniority = self.seniority.trim();
        if seniority.is_empty() || says(&self.name, seniority) {
            self.name.clone()
        } else {
            format!("{} · {seniority}", self.name)
        }
    }

    /// "Data & Analytics · Senior", leaving out what the feed does not give.
    pub fn family_and_seniority(&self) -> String {
        [self.family.trim(), self.seniority.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// Whether `text` holds the words of `phrase` in a row, ignoring case and punctuation.
fn says(text: &str, phrase: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (text, phrase) = (words(text), words(phrase));
    !phrase.is_empty() && text.windows(phrase.len()).any(|w| w == phrase.as_slice())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn role(name: &str, seniority: &str) -> Role {
        Role {
            id: "r".into(),
            name: name.into(),
            other_names: Vec::new(),
            family: String::new(),
            seniority: seniority.into(),
            description: String::new(),
            requirements: Vec::new(),
            next_roles: Vec::new(),
        }
    }

    #[test]
    fn a_role_label_never_repeats_the_seniority_its_name_says() {
        assert_eq!(
            role("Data Analyst Junior", "Junior").label(),
            "Data Analyst Junior"
        );
        assert_eq!(
            role("Senior Software Engineer", "senior").label(),
            "Senior Software Engineer"
        );
        assert_eq!(
            role("Lead, Platform (Principal level)", "Principal level").label(),
            "Lead, Platform (Principal level)"
        );
        assert_eq!(
            role("Data Analyst", "Junior").label(),
            "Data Analyst · Junior"
        );
        // A word inside another word is not the seniority.
        assert_eq!(
            role("Seniority Analyst", "Senior").label(),
            "Seniority Analyst · Senior"
        );
        assert_eq!(role("Data Analyst", " ").label(), "Data Analyst");
    }
}
