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
