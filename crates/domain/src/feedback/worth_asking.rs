//! Which skills a feedback request asks about by default: the few worth another person's
//! view, not every skill of the role (a 29-skill role made a form of 7,000 px on a phone).
//! The person can tick more.

use crate::feed::{Feed, SkillIdx};
use crate::gap::RoleGap;
use crate::priorities::priorities;
use crate::profile::Profile;
use stdx::sorting::sort_by;

/// At most this many skills are ticked by default.
pub const MAX_ASKED: usize = 8;

/// Up to `MAX_ASKED` of the role's skills, most worth asking about first: the rated gaps in
/// the order of "Where to grow first" (essential gaps lead), then the skills not rated yet,
/// then the rest, each by importance; ties keep the role's order.
pub fn worth_asking(gap: &RoleGap, feed: &Feed, profile: &Profile) -> Vec<SkillIdx> {
    let mut chosen: Vec<SkillIdx> = priorities(gap, feed, profile)
        .into_iter()
        .map(|p| p.line.skill)
        .collect();
    let mut by_importance = |unrated: bool| {
        let mut rest: Vec<_> = gap
            .lines
            .iter()
            .filter(|l| l.current.is_none() == unrated && !chosen.contains(&l.skill))
            .collect();
        sort_by(&mut rest, |a, b| {
            b.importance.weight().total_cmp(&a.importance.weight())
        });
        chosen.extend(rest.into_iter().map(|l| l.skill));
    };
    by_importance(true);
    by_importance(false);
    chosen.truncate(MAX_ASKED);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::profile::{SkillEntry, Stamped};

    fn feed() -> Feed {
        let skills: Vec<String> = (0..12)
            .map(|i| format!(r#"{{"id": "s{i}", "name": "Skill {i}"}}"#))
            .collect();
        let requirements: Vec<String> = (0..12)
            .map(|i| {
                let importance = if i % 3 == 0 {
                    "essential"
                } else {
                    "nice-to-have"
                };
                format!(r#"{{"skill": "s{i}", "level": 3, "importance": "{importance}"}}"#)
            })
            .collect();
        let text = format!(
            r#"{{"format_version": 1, "skills": [{}], "roles": [{{"id": "r", "name": "R", "requirements": [{}]}}]}}"#,
            skills.join(","),
            requirements.join(",")
        );
        load_feeds(&[FeedSource {
            label: "f",
            text: &text,
        }])
        .feed
    }

    fn rated(levels: &[(&str, u8)]) -> Profile {
        let mut profile = Profile::default();
        for (id, level) in levels {
            profile.skills.insert(
                (*id).to_owned(),
                SkillEntry {
                    level: Some(*level),
                    ..SkillEntry::default()
                },
            );
        }
        profile.target_role = Stamped::new(Some("r".into()), 1);
        profile
    }

    #[test]
    fn at_most_eight_gaps_first_then_unrated_then_the_rest_by_importance() {
        let feed = feed();
        // s1 (nice) has a gap of 2, s3 (essential) a gap of 1, s6 (essential) is met.
        let profile = rated(&[("s1", 1), ("s3", 2), ("s6", 3)]);
        let gap = RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id));
        let asked = worth_asking(&gap, &feed, &profile);
        let ids: Vec<&str> = asked.iter().map(|&i| feed.skills[i].id.as_str()).collect();
        // Gaps by priority (3 × 1 for s3 beats 1 × 2 for s1), then unrated essentials (s0, s9),
        // then unrated nice-to-haves in the role's order; the met skill s6 would come last.
        assert_eq!(ids, ["s3", "s1", "s0", "s9", "s2", "s4", "s5", "s7"]);
        assert_eq!(asked.len(), MAX_ASKED);
    }

    #[test]
    fn with_nothing_rated_the_most_important_eight_are_asked() {
        let feed = feed();
        let profile = rated(&[]);
        let gap = RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id));
        assert_eq!(worth_asking(&gap, &feed, &profile).len(), MAX_ASKED);
        assert!(gap.lines.len() > MAX_ASKED);
    }
}
