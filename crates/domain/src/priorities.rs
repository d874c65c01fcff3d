//! Which gaps matter most to this user, and where they are already strong.
//!
//! Priority = levels still to close × importance weight × interest factor. Wanting to grow a
//! skill raises it (×1.5); "not for me" lowers it (×0.5) without hiding it.

use crate::feed::{Feed, SkillIdx};
use crate::gap::{GapLine, RoleGap};
use crate::profile::{Interest, Profile};
use crate::scale::Level;
use stdx::sorting::{sort_by, sort_by_key};

pub fn interest_factor(interest: Option<Interest>) -> f64 {
    match interest {
        Some(Interest::WantToGrow) => 1.5,
        Some(Interest::NotForMe) => 0.5,
        Some(Interest::FineAsIs) | None => 1.0,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Priority {
    pub line: GapLine,
    pub score: f64,
}

/// Rated skills with a gap, highest priority first; ties keep the role's order.
pub fn priorities(gap: &RoleGap, feed: &Feed, profile: &Profile) -> Vec<Priority> {
    let mut list: Vec<Priority> = gap
        .lines
        .iter()
        .filter_map(|line| {
            let weighted = line.weighted_gap().filter(|w| *w > 0.0)?;
            let score = weighted * interest_factor(profile.interest(&feed.skills[line.skill].id));
            Some(Priority {
                line: line.clone(),
                score,
            })
        })
        .collect();
    sort_by(&mut list, |a, b| b.score.total_cmp(&a.score));
    list
}

#[derive(Debug, Clone, PartialEq)]
pub enum Strength {
    /// Meets or exceeds the role's requirement.
    Meets {
        skill: SkillIdx,
        current: Level,
        required: Level,
    },
    /// Rated at least this well but not asked for by the role.
    BeyondRole { skill: SkillIdx, current: Level },
}

/// A rating from this level up counts as a strength beyond the role.
pub const BEYOND_ROLE_MIN: Level = 3;

pub fn strengths(gap: &RoleGap, feed: &Feed, profile: &Profile) -> Vec<Strength> {
    let mut meets: Vec<(Level, Strength)> = gap
        .lines
        .iter()
        .filter_map(|line| {
            let current = line.current.filter(|c| *c >= line.required)?;
            Some((
                current - line.required,
                Strength::Meets {
                    skill: line.skill,
                    current,
                    required: line.required,
                },
            ))
        })
        .collect();
    sort_by_key(&mut meets, |m| std::cmp::Reverse(m.0));
    let in_role: Vec<SkillIdx> = gap.lines.iter().map(|l| l.skill).collect();
    let mut beyond: Vec<(Level, Strength)> = profile
        .skills
        .iter()
        .filter_map(|(id, entry)| {
            let skill = feed.skill_by_id(id).filter(|idx| !in_role.contains(idx))?;
            let current = entry.level.filter(|l| *l >= BEYOND_ROLE_MIN)?;
            Some((current, Strength::BeyondRole { skill, current }))
        })
        .collect();
    sort_by_key(&mut beyond, |b| std::cmp::Reverse(b.0));
    meets.into_iter().chain(beyond).map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}, {"id": "d", "name": "D"}, {"id": "x", "name": "X"}],
            "roles": [{"id": "r", "name": "R", "requirements": [
                {"skill": "a", "level": 4, "importance": "essential"},
                {"skill": "b", "level": 3, "importance": "important"},
                {"skill": "c", "level": 2, "importance": "nice-to-have"},
                {"skill": "d", "level": 3}
            ]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    #[test]
    fn weighted_gaps_ordered_and_interest_moves_them() {
        let feed = feed();
        let mut profile = Profile::default();
        profile.rate("a", "", Some(3), 1); // gap 1 × 3 = 3
        profile.rate("b", "", Some(1), 1); // gap 2 × 2 = 4
        profile.rate("c", "", Some(0), 1); // gap 2 × 1 = 2
        let gap = RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id));
        let order = |p: &Profile| {
            priorities(&gap, &feed, p)
                .iter()
                .map(|x| feed.skills[x.line.skill].id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(order(&profile), ["b", "a", "c"]);
        profile.set_interest("c", "", Some(Interest::WantToGrow), 2); // 3.0, ties with a: role order keeps a first
        profile.set_interest("b", "", Some(Interest::NotForMe), 2); // 2.0
        assert_eq!(order(&profile), ["a", "c", "b"]);
        assert_eq!(priorities(&gap, &feed, &profile)[0].score, 3.0);
    }

    #[test]
    fn unrated_and_met_skills_are_not_priorities() {
        let feed = feed();
        let mut profile = Profile::default();
        profile.rate("a", "", Some(5), 1);
        let gap = RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id));
        assert!(priorities(&gap, &feed, &profile).is_empty());
    }

    #[test]
    fn strengths_list_met_requirements_then_skills_beyond_the_role() {
        let feed = feed();
        let mut profile = Profile::default();
        profile.rate("a", "", Some(5), 1);
        profile.rate("c", "", Some(2), 1);
        profile.rate("b", "", Some(1), 1);
        profile.rate("x", "", Some(4), 1);
        profile.rate("gone", "", Some(5), 1);
        let gap = RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id));
        assert_eq!(
            strengths(&gap, &feed, &profile),
            vec![
                Strength::Meets {
                    skill: 0,
                    current: 5,
                    required: 4
                },
                Strength::Meets {
                    skill: 2,
                    current: 2,
                    required: 2
                },
                Strength::BeyondRole {
                    skill: 4,
                    current: 4
                },
            ]
        );
    }
}
