//! How far the user has got rating a role, and the order its skills are offered in.

use crate::feed::{Feed, Role, SkillIdx};
use crate::gap::FitSums;
use crate::scale::Level;
use stdx::sorting::sort_by;

/// The role's skills as the rating screen lists them: essential first, then by falling
/// importance; the feed's order within the same importance (a stable sort).
pub fn rating_order(role: &Role) -> Vec<SkillIdx> {
    let mut requirements: Vec<_> = role.requirements.iter().collect();
    sort_by(&mut requirements, |a, b| {
        b.importance.weight().total_cmp(&a.importance.weight())
    });
    requirements.into_iter().map(|r| r.skill).collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct RatingProgress {
    pub rated: usize,
    pub total: usize,
    pub essential_rated: usize,
    pub essential_total: usize,
    /// Share of the role's importance weight rated, from 0 to 1 (as in the fit's evidence).
    pub coverage: f64,
}

impl RatingProgress {
    pub fn of(feed: &Feed, role: &Role, level: impl Fn(&str) -> Option<Level>) -> Self {
        let mut sums = FitSums::new(feed.scale.min());
        let (mut essential_rated, mut essential_total) = (0, 0);
        for requirement in &role.requirements {
            let current = level(&feed.skills[requirement.skill].id);
            sums.add(requirement.importance, requirement.level, current);
            if requirement.importance.is_essential() {
                essential_total += 1;
                essential_rated += usize::from(current.is_some());
            }
        }
        let evidence = sums.evidence();
        RatingProgress {
            rated: evidence.rated,
            total: evidence.total,
            essential_rated,
            essential_total,
            coverage: evidence.coverage,
        }
    }

    pub fn unrated(&self) -> usize {
        self.total - self.rated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};

    const FEED: &str = r#"{
      "format_version": 1,
      "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"},
                 {"id": "c", "name": "C"}, {"id": "d", "name": "D"}],
      "roles": [{"id": "r", "name": "R", "requirements": [
        {"skill": "a", "level": 2, "importance": "nice-to-have"},
        {"skill": "b", "level": 2, "importance": "essential"},
        {"skill": "c", "level": 1, "importance": "important"},
        {"skill": "d", "level": 3, "importance": "essential"}
      ]}]
    }"#;

    fn feed() -> Feed {
        load_feeds(&[FeedSource {
            label: "t",
            text: FEED,
        }])
        .feed
    }

    #[test]
    fn essential_skills_come_first_in_the_feeds_order_within_an_importance() {
        let feed = feed();
        let ids: Vec<&str> = rating_order(&feed.roles[0])
            .into_iter()
            .map(|s| feed.skills[s].id.as_str())
            .collect();
        assert_eq!(ids, ["b", "d", "c", "a"]);
    }

    #[test]
    fn progress_counts_skills_essential_ones_and_importance() {
        let feed = feed();
        // b (essential, 3) and a (nice to have, 1) rated: 4 of 3+3+2+1 = 9 by importance.
        let progress = RatingProgress::of(&feed, &feed.roles[0], |id| {
            matches!(id, "a" | "b").then_some(1)
        });
        assert_eq!(
            progress,
            RatingProgress {
                rated: 2,
                total: 4,
                essential_rated: 1,
                essential_total: 2,
                coverage: 4.0 / 9.0,
            }
        );
        assert_eq!(progress.unrated(), 2);
    }
}
