//! What each step of a route asks of the person: the skills to close on that step, counting
//! what earlier steps already brought them to, essential ones first.

use crate::feed::{Feed, Importance, RoleIdx, SkillIdx};
use crate::priorities::interest_factor;
use crate::profile::Profile;
use crate::scale::Level;
use crate::suggestions::mentors::{suggest_mentors, MentorSuggestion};
use crate::suggestions::resources::{suggest_resources, ResourceSuggestion};
use crate::suggestions::PriorityGap;
use stdx::sorted_map::SortedMap;
use stdx::sorting::sort_by;

#[derive(Debug, Clone, PartialEq)]
pub struct StepSkill {
    pub skill: SkillIdx,
    /// Where the person starts on this step: their rating, or what an earlier step asked.
    /// `None`: not rated, and no earlier step asked for it.
    pub from: Option<Level>,
    /// `from` is what an earlier step of the route brings them to, not their own rating.
    pub from_earlier_step: bool,
    pub required: Level,
    pub importance: Importance,
}

impl StepSkill {
    pub fn levels_to_close(&self, floor: Level) -> u32 {
        u32::from(self.required.saturating_sub(self.from.unwrap_or(floor)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub role: RoleIdx,
    /// Skills below the role's requirement, essential first, then the biggest gaps. Includes
    /// unrated skills (with `from: None`), listed after the rated ones of equal importance.
    pub to_close: Vec<StepSkill>,
    /// Requirements the person's own ratings already meet.
    pub met: usize,
    /// Requirements an earlier step of the route already reaches.
    pub met_by_earlier_steps: usize,
}

impl Step {
    pub fn unrated(&self) -> usize {
        self.to_close.iter().filter(|s| s.from.is_none()).count()
    }

    pub fn levels_to_close(&self, floor: Level) -> u32 {
        self.to_close.iter().map(|s| s.levels_to_close(floor)).sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    pub steps: Vec<Step>,
}

impl Journey {
    pub fn levels_to_close(&self, floor: Level) -> u32 {
        self.steps.iter().map(|s| s.levels_to_close(floor)).sum()
    }
}

/// The steps to each of `roles` in turn (the starting role left out), for the person whose
/// level of each feed skill is `levels` (indexed like `feed.skills`).
pub fn journey(feed: &Feed, roles: &[RoleIdx], levels: &[Option<Level>]) -> Journey {
    let mut reached: SortedMap<SkillIdx, Level> = SortedMap::default();
    let mut steps = Vec::with_capacity(roles.len());
    for &role in roles {
        let mut step = Step {
            role,
            to_close: Vec::new(),
            met: 0,
            met_by_earlier_steps: 0,
        };
        for req in &feed.roles[role].requirements {
            let own = levels.get(req.skill).copied().flatten();
            let earlier = reached.get(&req.skill).copied();
            if own.is_some_and(|l| l >= req.level) {
                step.met += 1;
            } else if earlier.is_some_and(|l| l >= req.level) {
                step.met_by_earlier_steps += 1;
            } else {
                let from = own.max(earlier);
                step.to_close.push(StepSkill {
                    skill: req.skill,
                    from,
                    from_earlier_step: earlier.is_some() && earlier >= own,
                    required: req.level,
                    importance: req.importance,
                });
            }
        }
        for req in &feed.roles[role].requirements {
            let level = reached.get_or_insert_with(req.skill, || req.level);
            *level = (*level).max(req.level);
        }
        let floor = feed.scale.min();
        sort_by(&mut step.to_close, |a, b| {
            b.importance
                .is_essential()
                .cmp(&a.importance.is_essential())
                .then(b.from.is_some().cmp(&a.from.is_some()))
                .then(b.levels_to_close(floor).cmp(&a.levels_to_close(floor)))
                .then(b.importance.weight().total_cmp(&a.importance.weight()))
        });
        steps.push(step);
    }
    Journey { steps }
}

/// Routes of equal length, the one asking the fewest levels in all first (ties keep their
/// order), each with its journey.
pub fn rank_routes(
    feed: &Feed,
    routes: &[Vec<RoleIdx>],
    levels: &[Option<Level>],
) -> Vec<(Vec<RoleIdx>, Journey)> {
    let floor = feed.scale.min();
    let mut ranked: Vec<(Vec<RoleIdx>, Journey)> = routes
        .iter()
        .map(|route| (route.clone(), journey(feed, &route[1..], levels)))
        .collect();
    sort_by(&mut ranked, |a, b| {
        a.1.levels_to_close(floor).cmp(&b.1.levels_to_close(floor))
    });
    ranked
}

/// The resources and mentors that best match one step's skills to close, ranked as the
/// Suggestions section ranks them (preferences, dismissals and fairness included).
pub fn step_suggestions(
    feed: &Feed,
    profile: &Profile,
    step: &Step,
    resources: usize,
    mentors: usize,
) -> (Vec<ResourceSuggestion>, Vec<MentorSuggestion>) {
    let floor = feed.scale.min();
    let gaps: Vec<PriorityGap> = step
        .to_close
        .iter()
        .map(|s| PriorityGap {
            skill: s.skill,
            current: s.from.unwrap_or(floor),
            required: s.required,
            priority: f64::from(s.levels_to_close(floor))
                * s.importance.weight()
                * interest_factor(profile.interest(&feed.skills[s.skill].id)),
        })
        .collect();
    (
        suggest_resources(feed, profile, &gaps, resources),
        suggest_mentors(feed, profile, &gaps, mentors),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::test_feed::{feed_with_paths, idx};

    fn levels(feed: &Feed, ratings: &[(&str, Level)]) -> Vec<Option<Level>> {
        feed.skills
            .iter()
            .map(|s| ratings.iter().find(|(id, _)| *id == s.id).map(|(_, l)| *l))
            .collect()
    }

    fn skill_ids(feed: &Feed, step: &Step) -> Vec<String> {
        step.to_close
            .iter()
            .map(|s| feed.skills[s.skill].id.clone())
            .collect()
    }

    #[test]
    fn each_step_asks_only_what_earlier_steps_did_not_bring() {
        // a (levels 1), b (2), c (3): s0 and s1 at the role's level, own-<id> essential at 2.
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &["c"]), ("c", &[])]);
        let me = levels(&feed, &[("s0", 1), ("s1", 1), ("own-b", 3)]);
        let route = [idx(&feed, "b"), idx(&feed, "c")];
        let journey = journey(&feed, &route, &me);
        let [b, c] = &journey.steps[..] else {
            panic!("two steps")
        };
        assert_eq!(skill_ids(&feed, b), vec!["s0", "s1"]);
        assert_eq!(b.met, 1, "own-b rated 3 meets 2");
        assert_eq!(b.to_close[0].from, Some(1));
        assert!(!b.to_close[0].from_earlier_step);
        // Step c: s0 and s1 start from 2, where step b brought them; own-c is unrated and
        // essential, so it comes before s1 (important) though after s0 (essential, rated).
        assert_eq!(skill_ids(&feed, c), vec!["s0", "own-c", "s1"]);
        assert_eq!(c.to_close[0].from, Some(2));
        assert!(c.to_close[0].from_earlier_step);
        assert_eq!(c.to_close[1].from, None);
        assert_eq!(c.unrated(), 1);
        assert_eq!(c.levels_to_close(feed.scale.min()), 1 + 2 + 1);
    }

    #[test]
    fn a_skill_an_earlier_step_already_reached_is_not_asked_again() {
        // d asks level 4, then e level 5, then a level 2: s0 (rated 1) is not asked again.
        let feed = feed_with_paths(&[
            ("x", &[]),
            ("a", &[]),
            ("z", &[]),
            ("d", &["e"]),
            ("e", &["a"]),
        ]);
        let me = levels(&feed, &[("s0", 1), ("s1", 5)]);
        let journey = journey(
            &feed,
            &[idx(&feed, "d"), idx(&feed, "e"), idx(&feed, "a")],
            &me,
        );
        let last = &journey.steps[2];
        assert_eq!(last.met_by_earlier_steps, 1, "s0 reached 5 on step e");
        assert_eq!(last.met, 1, "s1 rated 5");
        assert_eq!(skill_ids(&feed, last), vec!["own-a"]);
    }

    #[test]
    fn routes_asking_less_come_first() {
        let feed = feed_with_paths(&[
            ("start", &["hard", "easy"]),
            ("hard", &["end"]),
            ("easy", &["end"]),
            ("end", &[]),
        ]);
        // "hard" is at index 1 (level 2), "easy" at 2 (level 3): make "easy" really easy.
        let me = levels(&feed, &[("s0", 3), ("s1", 3), ("own-easy", 2)]);
        let routes = vec![
            vec![idx(&feed, "start"), idx(&feed, "hard"), idx(&feed, "end")],
            vec![idx(&feed, "start"), idx(&feed, "easy"), idx(&feed, "end")],
        ];
        let ranked = rank_routes(&feed, &routes, &me);
        assert_eq!(ranked[0].0[1], idx(&feed, "easy"));
        assert_eq!(ranked[1].0[1], idx(&feed, "hard"));
    }
}
