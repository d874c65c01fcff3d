//! The distance between the user's ratings and one role's competency profile.
//!
//! Fit, in one sentence: *the importance-weighted share of the required levels you reach,
//! over the skills you have rated*. Unrated skills are unknown, not zero: they are left out of
//! fit and counted in `coverage` instead.

use crate::domain::feed::{Feed, Importance, Role, SkillIdx};
use crate::domain::scale::Level;

#[derive(Debug, Clone, PartialEq)]
pub struct GapLine {
    pub skill: SkillIdx,
    pub required: Level,
    pub current: Option<Level>,
    pub importance: Importance,
}

impl GapLine {
    /// Levels still to close, never below zero; `None` while unrated.
    pub fn gap(&self) -> Option<Level> {
        self.current
            .map(|current| self.required.saturating_sub(current))
    }

    pub fn weighted_gap(&self) -> Option<f64> {
        self.gap()
            .map(|gap| f64::from(gap) * self.importance.weight())
    }

    pub fn is_met(&self) -> bool {
        self.gap() == Some(0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleGap {
    pub lines: Vec<GapLine>,
}

impl RoleGap {
    pub fn new(feed: &Feed, role: &Role, rating: impl Fn(&str) -> Option<Level>) -> Self {
        let lines = role
            .requirements
            .iter()
            .map(|requirement| GapLine {
                skill: requirement.skill,
                required: requirement.level,
                current: rating(&feed.skills[requirement.skill].id),
                importance: requirement.importance,
            })
            .collect();
        RoleGap { lines }
    }

    pub fn rated(&self) -> usize {
        self.lines.iter().filter(|l| l.current.is_some()).count()
    }

    /// Fit from 0 to 1, or `None` while no required skill is rated.
    pub fn fit(&self) -> Option<f64> {
        let (reached, required) = self
            .lines
            .iter()
            .filter_map(|line| line.current.map(|current| (line, current)))
            .fold((0.0, 0.0), |(reached, required), (line, current)| {
                let weight = line.importance.weight();
                (
                    reached + weight * f64::from(current.min(line.required)),
                    required + weight * f64::from(line.required),
                )
            });
        if self.rated() == 0 {
            None
        } else if required == 0.0 {
            Some(1.0)
        } else {
            Some(reached / required)
        }
    }

    /// Share of the role's importance weight the user has rated, from 0 to 1.
    pub fn coverage(&self) -> f64 {
        let total: f64 = self.lines.iter().map(|l| l.importance.weight()).sum();
        let rated: f64 = self
            .lines
            .iter()
            .filter(|l| l.current.is_some())
            .map(|l| l.importance.weight())
            .sum();
        if total == 0.0 {
            0.0
        } else {
            rated / total
        }
    }

    /// Levels still to close over the rated skills.
    pub fn levels_to_close(&self) -> u32 {
        self.lines
            .iter()
            .filter_map(GapLine::gap)
            .map(u32::from)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};
    use std::collections::HashMap;

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
            "roles": [{"id": "r", "name": "R", "requirements": [
                {"skill": "a", "level": 4, "importance": "essential"},
                {"skill": "b", "level": 2, "importance": "nice-to-have"},
                {"skill": "c", "level": 3}
            ]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn gap(ratings: &[(&str, Level)]) -> RoleGap {
        let feed = feed();
        let ratings: HashMap<String, Level> =
            ratings.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
        RoleGap::new(&feed, &feed.roles[0], |id| ratings.get(id).copied())
    }

    #[test]
    fn nothing_rated_means_unknown_not_zero() {
        let gap = gap(&[]);
        assert_eq!(gap.fit(), None);
        assert_eq!(gap.rated(), 0);
        assert!(gap
            .lines
            .iter()
            .all(|l| l.gap().is_none() && l.weighted_gap().is_none()));
        assert_eq!(gap.coverage(), 0.0);
    }

    #[test]
    fn gap_is_required_minus_current_never_below_zero() {
        let gap = gap(&[("a", 1), ("b", 5)]);
        assert_eq!(gap.lines[0].gap(), Some(3));
        assert_eq!(gap.lines[0].weighted_gap(), Some(9.0));
        assert_eq!(gap.lines[1].gap(), Some(0));
        assert!(gap.lines[1].is_met());
        assert_eq!(gap.lines[2].gap(), None);
        assert_eq!(gap.levels_to_close(), 3);
    }

    #[test]
    fn fit_weighs_reached_levels_over_rated_skills_only() {
        // a: min(1,4)=1 of 4, weight 3; b: min(5,2)=2 of 2, weight 1; c unrated.
        // (3·1 + 1·2) / (3·4 + 1·2) = 5/14.
        let gap = gap(&[("a", 1), ("b", 5)]);
        assert!((gap.fit().unwrap() - 5.0 / 14.0).abs() < 1e-12);
        // Coverage: rated weight 3 + 1 of 3 + 1 + 2.
        assert!((gap.coverage() - 4.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn meeting_everything_is_full_fit() {
        let gap = gap(&[("a", 4), ("b", 2), ("c", 5)]);
        assert_eq!(gap.fit(), Some(1.0));
        assert_eq!(gap.levels_to_close(), 0);
    }
}
