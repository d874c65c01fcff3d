//! Gentle calibration notices for self-ratings. They inform; they never block.

use crate::feed::{Feed, RoleIdx, SkillIdx};
use crate::profile::Profile;

/// Ratings considered for a flat-rating notice must number at least this many.
pub const FLAT_MIN_RATED: usize = 5;
/// A rating this many levels above what the current role asks is worth a second look.
pub const FAR_ABOVE_LEVELS: u8 = 2;

#[derive(Debug, Clone, PartialEq)]
pub enum Calibration {
    /// Every rated skill sits at the same level.
    Flat { level: u8, count: usize },
    /// A rating far above what the user's current role typically asks.
    FarAbove {
        skill: SkillIdx,
        rated: u8,
        typical: u8,
    },
}

pub fn calibration_notices(
    profile: &Profile,
    feed: &Feed,
    shown: &[SkillIdx],
    current_role: Option<RoleIdx>,
) -> Vec<Calibration> {
    let mut notices = Vec::new();
    let rated: Vec<(SkillIdx, u8)> = shown
        .iter()
        .filter_map(|&idx| {
            profile
                .level(&feed.skills[idx].id)
                .map(|level| (idx, level))
        })
        .collect();
    if rated.len() >= FLAT_MIN_RATED && rated.iter().all(|(_, level)| *level == rated[0].1) {
        notices.push(Calibration::Flat {
            level: rated[0].1,
            count: rated.len(),
        });
    }
    if let Some(role) = current_role.map(|idx| &feed.roles[idx]) {
        for requirement in &role.requirements {
            if let Some(rated) = profile.level(&feed.skills[requirement.skill].id) {
                if rated >= requirement.level.saturating_add(FAR_ABOVE_LEVELS)
                    && rated > requirement.level
                {
                    notices.push(Calibration::FarAbove {
                        skill: requirement.skill,
                        rated,
                        typical: requirement.level,
                    });
                }
            }
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}, {"id": "d", "name": "D"}, {"id": "e", "name": "E"}],
            "roles": [{"id": "r", "name": "R", "requirements": [{"skill": "a", "level": 2}, {"skill": "b", "level": 1}]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn rate(levels: &[(&str, u8)]) -> Profile {
        let mut p = Profile::default();
        for (id, level) in levels {
            p.rate(id, "", Some(*level), 1);
        }
        p
    }

    #[test]
    fn flat_ratings_are_noticed_only_with_enough_of_them() {
        let feed = feed();
        let all = [0, 1, 2, 3, 4];
        let flat = rate(&[("a", 3), ("b", 3), ("c", 3), ("d", 3), ("e", 3)]);
        assert_eq!(
            calibration_notices(&flat, &feed, &all, None),
            vec![Calibration::Flat { level: 3, count: 5 }]
        );
        let few = rate(&[("a", 3), ("b", 3), ("c", 3), ("d", 3)]);
        assert!(calibration_notices(&few, &feed, &all, None).is_empty());
        let varied = rate(&[("a", 3), ("b", 3), ("c", 3), ("d", 3), ("e", 2)]);
        assert!(calibration_notices(&varied, &feed, &all, None).is_empty());
    }

    #[test]
    fn ratings_far_above_the_current_role_are_noticed() {
        let feed = feed();
        let profile = rate(&[("a", 4), ("b", 2)]);
        assert_eq!(
            calibration_notices(&profile, &feed, &[0, 1], Some(0)),
            vec![Calibration::FarAbove {
                skill: 0,
                rated: 4,
                typical: 2
            }]
        );
        assert!(calibration_notices(&profile, &feed, &[0, 1], None).is_empty());
    }
}
