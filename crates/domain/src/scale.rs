//! The organisation's proficiency scale: ordered levels with labels and generic descriptions.

use crate::i18n::Translator;
use crate::i18n::{k, Key};

pub type Level = u8;

#[derive(Debug, Clone, PartialEq)]
pub struct ScaleLevel {
    pub level: Level,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// Ascending by level, no duplicates.
    pub levels: Vec<ScaleLevel>,
}

/// The documented default scale, used when a feed gives none: English label, description,
/// and the catalogue keys of their translations.
const DEFAULT_LEVELS: [(&str, &str, Key, Key); 6] = [
    (
        "None",
        "No knowledge or experience yet.",
        k::SCALE_LABEL_NONE,
        k::SCALE_DESCRIPTION_NONE,
    ),
    (
        "Awareness",
        "Knows the basic ideas and vocabulary; needs guidance to apply them.",
        k::SCALE_LABEL_AWARENESS,
        k::SCALE_DESCRIPTION_AWARENESS,
    ),
    (
        "Working",
        "Applies it to routine tasks with occasional help.",
        k::SCALE_LABEL_WORKING,
        k::SCALE_DESCRIPTION_WORKING,
    ),
    (
        "Practitioner",
        "Applies it independently to most tasks and explains it to others.",
        k::SCALE_LABEL_PRACTITIONER,
        k::SCALE_DESCRIPTION_PRACTITIONER,
    ),
    (
        "Advanced",
        "Handles complex, novel situations and coaches others.",
        k::SCALE_LABEL_ADVANCED,
        k::SCALE_DESCRIPTION_ADVANCED,
    ),
    (
        "Expert",
        "Recognised authority who shapes how the organisation does it.",
        k::SCALE_LABEL_EXPERT,
        k::SCALE_DESCRIPTION_EXPERT,
    ),
];

impl Default for Scale {
    /// The documented default when a feed gives no scale: 0 None … 5 Expert.
    fn default() -> Self {
        Scale {
            levels: DEFAULT_LEVELS
                .iter()
                .enumerate()
                .map(|(i, (label, description, _, _))| ScaleLevel {
                    level: i as Level,
                    label: (*label).into(),
                    description: (*description).into(),
                })
                .collect(),
        }
    }
}

impl Scale {
    pub fn min(&self) -> Level {
        self.levels.first().map_or(0, |l| l.level)
    }

    pub fn max(&self) -> Level {
        self.levels.last().map_or(0, |l| l.level)
    }

    pub fn contains(&self, level: i64) -> bool {
        self.levels.iter().any(|l| i64::from(l.level) == level)
    }

    pub fn get(&self, level: Level) -> Option<&ScaleLevel> {
        self.levels.iter().find(|l| l.level == level)
    }

    pub fn label(&self, level: Level) -> &str {
        self.get(level).map_or("", |l| l.label.as_str())
    }

    /// Whether this is the default scale, word for word (a feed that gives none, or one that
    /// copied it): only then are its labels and descriptions the widget's own text, translated
    /// with the interface. A feed's own scale is the feed's words, in all its levels alike.
    pub fn is_default(&self) -> bool {
        self.levels.len() == DEFAULT_LEVELS.len()
            && self
                .levels
                .iter()
                .zip(DEFAULT_LEVELS.iter())
                .enumerate()
                .all(|(i, (level, (label, description, _, _)))| {
                    usize::from(level.level) == i
                        && level.label == *label
                        && level.description == *description
                })
    }

    /// The label of `level` in the interface language (see [`Scale::is_default`]).
    pub fn label_in(&self, level: Level, tr: &Translator) -> String {
        let Some(found) = self.get(level) else {
            return String::new();
        };
        match DEFAULT_LEVELS.get(usize::from(level)) {
            Some((_, _, key, _)) if self.is_default() => tr.t(*key).to_owned(),
            _ => found.label.clone(),
        }
    }

    /// The generic description of `level` in the interface language.
    pub fn description_in(&self, level: Level, tr: &Translator) -> String {
        let Some(found) = self.get(level) else {
            return String::new();
        };
        match DEFAULT_LEVELS.get(usize::from(level)) {
            Some((_, _, _, key)) if self.is_default() => tr.t(*key).to_owned(),
            _ => found.description.clone(),
        }
    }

    /// "3 Practitioner": a level's number and label, as the rating screen names it; the
    /// number alone for a level off the scale.
    pub fn name_in(&self, level: Level, tr: &Translator) -> String {
        if self.get(level).is_none() {
            return level.to_string();
        }
        tr.tf(
            k::SCALE_LEVEL,
            &[
                ("level", &level.to_string()),
                ("label", &self.label_in(level, tr)),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::languages::by_tag;
    use crate::i18n::{Catalogue, EnglishFormats};

    #[test]
    fn default_scale_runs_from_none_to_expert() {
        let scale = Scale::default();
        assert_eq!(scale.min(), 0);
        assert_eq!(scale.max(), 5);
        assert_eq!(scale.label(0), "None");
        assert_eq!(scale.label(5), "Expert");
        assert!(scale.contains(3));
        assert!(!scale.contains(6));
        assert!(!scale.contains(-1));
    }

    #[test]
    fn the_default_levels_are_translated_and_a_feeds_own_are_not() {
        let tr = Translator::english();
        let mut scale = Scale::default();
        assert_eq!(scale.label_in(3, &tr), "Practitioner");
        assert_eq!(scale.name_in(3, &tr), "3 Practitioner");
        assert_eq!(
            scale.description_in(0, &tr),
            "No knowledge or experience yet."
        );
        assert_eq!(scale.name_in(9, &tr), "9");
        let de = Translator::new(
            by_tag("de").unwrap(),
            Some(Catalogue::parse(r#"{"scale.label.practitioner": "Praktiker"}"#).unwrap()),
            Box::new(EnglishFormats),
        );
        assert_eq!(scale.name_in(3, &de), "3 Praktiker");
        // A feed's own scale stays in its words, even at a level that matches the default.
        scale.levels[0].label = "Nil".into();
        assert_eq!(scale.label_in(3, &de), "Practitioner");
    }
}
