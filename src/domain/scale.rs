//! The organisation's proficiency scale: ordered levels with labels and generic descriptions.

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

impl Default for Scale {
    /// The documented default when a feed gives no scale: 0 None … 5 Expert.
    fn default() -> Self {
        let levels = [
            ("None", "No knowledge or experience yet."),
            (
                "Awareness",
                "Knows the basic ideas and vocabulary; needs guidance to apply them.",
            ),
            (
                "Working",
                "Applies it to routine tasks with occasional help.",
            ),
            (
                "Practitioner",
                "Applies it independently to most tasks and explains it to others.",
            ),
            (
                "Advanced",
                "Handles complex, novel situations and coaches others.",
            ),
            (
                "Expert",
                "Recognised authority who shapes how the organisation does it.",
            ),
        ];
        Scale {
            levels: levels
                .iter()
                .enumerate()
                .map(|(i, (label, description))| ScaleLevel {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
