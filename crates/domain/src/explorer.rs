//! Every role ranked by fit to the user's ratings, with what it would take to get there,
//! and bridge skills across a shortlist.

use crate::feed::{Feed, RoleIdx, SkillIdx};
use crate::gap::{FitEvidence, FitSums, RoleGap};
use crate::profile::Profile;
use stdx::sorting::sort_by;

/// Where a role stands in the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FitGroup {
    /// At least half its importance rated: ranked by cautious fit.
    Comparable,
    /// Some rated, but less than half its importance: listed apart ("Rate more to compare").
    RateMore,
    /// Nothing rated: listed by name.
    NotRated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleFit {
    pub role: RoleIdx,
    pub fit: Option<f64>,
    pub coverage: f64,
    pub evidence: FitEvidence,
    /// Rated skills still below the requirement, and the levels they lack.
    pub skills_to_close: usize,
    pub levels_to_close: u32,
    /// Essential skills rated below the requirement.
    pub essential_missing: Vec<SkillIdx>,
    pub unrated: usize,
}

/// The figures of [`RoleGap`] for one role, in one pass without allocating (bar
/// `essential_missing`), for ranking thousands of roles. Fit and coverage come from the same
/// [`FitSums`] as `RoleGap::fit` and `RoleGap::coverage`, so they agree to the bit
/// (`tests/fit_agreement.rs`).
pub fn role_fit(feed: &Feed, role: RoleIdx, levels: &[Option<u8>]) -> RoleFit {
    let mut sums = FitSums::new(feed.scale.min());
    let (mut skills_to_close, mut levels_to_close) = (0, 0);
    let mut essential_missing = Vec::new();
    let requirements = &feed.roles[role].requirements;
    for req in requirements {
        let current = levels[req.skill];
        sums.add(req.importance, req.level, current);
        let Some(current) = current else {
            continue;
        };
        let gap = req.level.saturating_sub(current);
        if gap > 0 {
            skills_to_close += 1;
            levels_to_close += u32::from(gap);
            if req.importance.is_essential() {
                essential_missing.push(req.skill);
            }
        }
    }
    RoleFit {
        role,
        fit: sums.fit(),
        coverage: sums.coverage(),
        evidence: sums.evidence(),
        skills_to_close,
        levels_to_close,
        essential_missing,
        unrated: requirements.len() - sums.rated(),
    }
}

/// The user's level of every feed skill, indexed like `feed.skills`.
pub fn levels_of(feed: &Feed, profile: &Profile) -> Vec<Option<u8>> {
    feed.skills.iter().map(|s| profile.level(&s.id)).collect()
}

impl RoleFit {
    pub fn group(&self) -> FitGroup {
        if self.evidence.rated == 0 {
            FitGroup::NotRated
        } else if self.evidence.is_thin() {
            FitGroup::RateMore
        } else {
            FitGroup::Comparable
        }
    }
}

/// Role names as people compare them: "Head of People" before "HR Business Partner".
fn names_as_read(feed: &Feed) -> Vec<String> {
    feed.roles.iter().map(|r| r.name.to_lowercase()).collect()
}

/// Roles of `family` (all when `None`): first those with at least half their importance
/// rated, by cautious fit (then fit, coverage, name); then those with less, by coverage; then
/// those with nothing rated, by name. A thinly rated role never outranks a well rated one.
pub fn rank_roles(feed: &Feed, profile: &Profile, family: Option<&str>) -> Vec<RoleFit> {
    let levels = levels_of(feed, profile);
    let mut fits: Vec<RoleFit> = feed
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| family.is_none_or(|f| r.family == f))
        .map(|(idx, _)| role_fit(feed, idx, &levels))
        .collect();
    let names = names_as_read(feed);
    sort_by(&mut fits, |a, b| {
        let by_name = || {
            names[a.role]
                .cmp(&names[b.role])
                .then_with(|| feed.roles[a.role].name.cmp(&feed.roles[b.role].name))
        };
        a.group().cmp(&b.group()).then_with(|| match a.group() {
            FitGroup::Comparable => b
                .evidence
                .cautious
                .total_cmp(&a.evidence.cautious)
                .then(b.fit.unwrap_or(0.0).total_cmp(&a.fit.unwrap_or(0.0)))
                .then(b.coverage.total_cmp(&a.coverage))
                .then_with(by_name),
            FitGroup::RateMore => b
                .coverage
                .total_cmp(&a.coverage)
                .then(b.evidence.cautious.total_cmp(&a.evidence.cautious))
                .then_with(by_name),
            FitGroup::NotRated => by_name(),
        })
    });
    fits
}

/// How the explorer orders roles besides its default ranking by fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleSort {
    /// The grouped ranking of [`rank_roles`].
    Fit,
    /// Roles asking for the most of what the current role asks for first.
    ClosestToCurrent,
    /// Fewest skills left to rate first.
    FewestToRate,
    Name,
}

/// How much two roles ask for the same skills, from 0 to 1: shared required skills over all
/// the skills either asks for (weighted by importance, the larger weight of the two).
pub fn closeness(feed: &Feed, a: RoleIdx, b: RoleIdx) -> f64 {
    let (a, b) = (&feed.roles[a].requirements, &feed.roles[b].requirements);
    let (mut shared, mut all) = (0.0, 0.0);
    for req in a {
        let weight = req.importance.weight();
        match b.iter().find(|r| r.skill == req.skill) {
            Some(other) => {
                let larger = weight.max(other.importance.weight());
                shared += larger;
                all += larger;
            }
            None => all += weight,
        }
    }
    all += b
        .iter()
        .filter(|r| !a.iter().any(|q| q.skill == r.skill))
        .map(|r| r.importance.weight())
        .sum::<f64>();
    if all == 0.0 {
        0.0
    } else {
        shared / all
    }
}

/// Reorders ranked roles for `sort` (stable: ties keep the fit ranking). Closeness needs the
/// current role; without one, that order is the fit ranking.
pub fn sort_roles(feed: &Feed, fits: &mut Vec<RoleFit>, sort: RoleSort, current: Option<RoleIdx>) {
    match (sort, current) {
        (RoleSort::Fit, _) | (RoleSort::ClosestToCurrent, None) => {}
        (RoleSort::ClosestToCurrent, Some(current)) => {
            let close: Vec<f64> = fits
                .iter()
                .map(|f| closeness(feed, current, f.role))
                .collect();
            let mut indexed: Vec<(f64, RoleFit)> = close.into_iter().zip(fits.drain(..)).collect();
            sort_by(&mut indexed, |a, b| b.0.total_cmp(&a.0));
            fits.extend(indexed.into_iter().map(|(_, f)| f));
        }
        (RoleSort::FewestToRate, _) => sort_by(fits, |a, b| a.unrated.cmp(&b.unrated)),
        (RoleSort::Name, _) => {
            let names = names_as_read(feed);
            sort_by(fits, |a, b| names[a.role].cmp(&names[b.role]));
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BridgeSkill {
    pub skill: SkillIdx,
    /// Shortlisted roles where this skill has a gap.
    pub roles: Vec<RoleIdx>,
    /// Sum over those roles of levels to close × importance weight.
    pub weighted_gap: f64,
}

/// Skills whose improvement closes gaps in the most shortlisted roles, weighted.
pub fn bridge_skills(feed: &Feed, profile: &Profile, shortlist: &[RoleIdx]) -> Vec<BridgeSkill> {
    let mut by_skill: Vec<BridgeSkill> = Vec::new();
    for &role in shortlist {
        let gap = RoleGap::new(feed, &feed.roles[role], |id| profile.level(id));
        for line in &gap.lines {
            let Some(weighted) = line.weighted_gap().filter(|w| *w > 0.0) else {
                continue;
            };
            match by_skill.iter_mut().find(|b| b.skill == line.skill) {
                Some(bridge) => {
                    bridge.roles.push(role);
                    bridge.weighted_gap += weighted;
                }
                None => by_skill.push(BridgeSkill {
                    skill: line.skill,
                    roles: vec![role],
                    weighted_gap: weighted,
                }),
            }
        }
    }
    sort_by(&mut by_skill, |a, b| {
        b.roles
            .len()
            .cmp(&a.roles.len())
            .then(b.weighted_gap.total_cmp(&a.weighted_gap))
            .then(a.skill.cmp(&b.skill))
    });
    by_skill
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::i18n::Translator;

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}, {"id": "z", "name": "Z"}],
            "roles": [
                {"id": "one", "name": "One", "family": "F", "requirements": [{"skill": "a", "level": 3, "importance": "essential"}, {"skill": "b", "level": 2}]},
                {"id": "two", "name": "Two", "family": "F", "requirements": [{"skill": "a", "level": 4}, {"skill": "c", "level": 2, "importance": "essential"}]},
                {"id": "far", "name": "Far", "family": "G", "requirements": [{"skill": "z", "level": 5}]}
            ]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn profile() -> Profile {
        let mut p = Profile::default();
        p.rate("a", "", Some(2), 1);
        p.rate("b", "", Some(2), 1);
        p.rate("c", "", Some(0), 1);
        p
    }

    #[test]
    fn roles_rank_by_fit_and_say_what_it_would_take() {
        let feed = feed();
        let ranked = rank_roles(&feed, &profile(), None);
        let names: Vec<&str> = ranked
            .iter()
            .map(|f| feed.roles[f.role].name.as_str())
            .collect();
        // One: (3·2 + 2·2)/(3·3 + 2·2) = 10/13; Two: (2·2 + 3·0)/(2·4 + 3·2) = 4/14; Far: no overlap, unknown.
        assert_eq!(names, ["One", "Two", "Far"]);
        assert!((ranked[0].fit.unwrap() - 10.0 / 13.0).abs() < 1e-12);
        assert_eq!(
            (ranked[0].skills_to_close, ranked[0].levels_to_close),
            (1, 1)
        );
        assert_eq!(ranked[0].essential_missing, vec![0]);
        assert_eq!(
            (ranked[1].skills_to_close, ranked[1].levels_to_close),
            (2, 4)
        );
        assert_eq!(ranked[1].essential_missing, vec![2]);
        assert_eq!((ranked[2].fit, ranked[2].unrated), (None, 1));
    }

    #[test]
    fn family_filter() {
        let feed = feed();
        let ranked = rank_roles(&feed, &profile(), Some("G"));
        assert_eq!(ranked.len(), 1);
        assert_eq!(feed.roles[ranked[0].role].id, "far");
    }

    #[test]
    fn bridge_skills_favour_skills_that_help_on_more_paths() {
        let feed = feed();
        let bridges = bridge_skills(&feed, &profile(), &[0, 1]);
        // a: gap 1 in One (×3 essential) + gap 2 in Two (×2) = 7, two roles; c: gap 2 × 3 = 6, one role.
        assert_eq!(
            bridges[0],
            BridgeSkill {
                skill: 0,
                roles: vec![0, 1],
                weighted_gap: 7.0
            }
        );
        assert_eq!(
            bridges[1],
            BridgeSkill {
                skill: 2,
                roles: vec![1],
                weighted_gap: 6.0
            }
        );
        assert_eq!(bridges.len(), 2);
        assert!(
            bridge_skills(&feed, &profile(), &[2]).is_empty(),
            "no overlap, nothing rated: no bridge"
        );
    }

    /// "Thin" and "Full": eight equally important requirements at level 4 on a 0-5 scale.
    /// "Low": one requirement, s0 at 5. "Aardvark": one requirement, s0 at 1.
    fn wide_feed() -> Feed {
        let skills: Vec<String> = (0..8)
            .map(|i| format!(r#"{{"id": "s{i}", "name": "S{i}"}}"#))
            .collect();
        let requirements: Vec<String> = (0..8)
            .map(|i| format!(r#"{{"skill": "s{i}", "level": 4}}"#))
            .collect();
        let text = format!(
            r#"{{"format_version": 1, "skills": [{}],
            "roles": [{{"id": "thin", "name": "Thin", "requirements": [{}]}},
                      {{"id": "full", "name": "Full", "requirements": [{}]}},
                      {{"id": "none", "name": "Aardvark", "requirements": [{{"skill": "s0", "level": 1}}]}},
                      {{"id": "low", "name": "Low", "requirements": [{{"skill": "s0", "level": 5}}]}}]}}"#,
            skills.join(","),
            requirements.join(","),
            requirements.join(",")
        );
        load_feeds(&[FeedSource {
            label: "t",
            text: &text,
        }])
        .feed
    }

    #[test]
    fn one_skill_rated_of_eight_never_outranks_a_fully_rated_role_of_lower_fit() {
        let feed = wide_feed();
        let mut profile = Profile::default();
        profile.rate("s0", "", Some(4), 1);
        let ranked = rank_roles(&feed, &profile, None);
        let at = |role: usize| ranked.iter().position(|f| f.role == role).unwrap();
        let thin = &ranked[at(0)];
        // Thin: its one rated requirement met, so 100 % among rated, but 1 of 8 rated.
        assert_eq!(thin.fit, Some(1.0));
        assert_eq!(
            thin.evidence.summary_in(&Translator::english()),
            "100% fit · 1 of 8 skills rated"
        );
        // Cautious: (4 + 7 × 0) / (8 × 4) = 1/8.
        assert!((thin.evidence.cautious - 0.125).abs() < 1e-12);
        assert_eq!(thin.group(), FitGroup::RateMore);
        // Low: fully rated, 4 of 5 = 80 %: a lower fit, ranked above Thin.
        let low = &ranked[at(3)];
        assert!((low.fit.unwrap() - 0.8).abs() < 1e-12);
        assert_eq!(low.group(), FitGroup::Comparable);
        assert!(at(3) < at(0) && at(3) < at(1));
        // Aardvark, fully rated and met, comes first.
        assert_eq!(ranked[0].role, 2);
        // Rated further, Full becomes comparable and ranks by its cautious fit.
        for i in 1..8 {
            profile.rate(&format!("s{i}"), "", Some(2), 1);
        }
        let ranked = rank_roles(&feed, &profile, None);
        let full = ranked.iter().find(|f| f.role == 1).unwrap();
        // (4 + 7 × 2) / 32 = 56 %, all rated: cautious equals fit.
        assert!((full.fit.unwrap() - 18.0 / 32.0).abs() < 1e-12);
        assert_eq!(full.evidence.cautious, full.fit.unwrap());
        assert_eq!(full.group(), FitGroup::Comparable);
    }

    #[test]
    fn nothing_rated_lists_roles_by_name_and_thin_ones_after_comparable_ones() {
        let feed = wide_feed();
        let ranked = rank_roles(&feed, &Profile::default(), None);
        let names: Vec<&str> = ranked
            .iter()
            .map(|f| feed.roles[f.role].name.as_str())
            .collect();
        assert_eq!(names, ["Aardvark", "Full", "Low", "Thin"]);
        assert!(ranked.iter().all(|f| f.group() == FitGroup::NotRated));
        assert_eq!(
            ranked[1].evidence.summary_in(&Translator::english()),
            "fit not known yet · 0 of 8 skills rated"
        );
    }

    #[test]
    fn requirements_all_at_the_bottom_of_the_scale_are_met_once_rated() {
        let text = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}],
            "roles": [{"id": "r", "name": "R", "requirements": [{"skill": "a", "level": 0}]}]}"#;
        let feed = load_feeds(&[FeedSource { label: "t", text }]).feed;
        let fit = role_fit(&feed, 0, &[Some(0)]);
        assert_eq!((fit.fit, fit.evidence.cautious), (Some(1.0), 1.0));
        let unrated = role_fit(&feed, 0, &[None]);
        assert_eq!((unrated.fit, unrated.evidence.cautious), (None, 0.0));
    }

    #[test]
    fn roles_sort_by_closeness_to_the_current_role_fewest_to_rate_and_name() {
        let feed = feed();
        // One (a essential ×3, b important ×2) and Two (a ×2, c essential ×3) share a, at the
        // larger weight 3, of 3 + 2 + 3; Far (z) shares nothing.
        assert!(
            (closeness(&feed, 0, 1) - 3.0 / 8.0).abs() < 1e-12,
            "{}",
            closeness(&feed, 0, 1)
        );
        assert_eq!(closeness(&feed, 0, 2), 0.0);
        assert_eq!(closeness(&feed, 0, 0), 1.0);
        let mut fits = rank_roles(&feed, &Profile::default(), None);
        sort_roles(&feed, &mut fits, RoleSort::ClosestToCurrent, Some(1));
        let order: Vec<usize> = fits.iter().map(|f| f.role).collect();
        assert_eq!(order, [1, 0, 2]);
        sort_roles(&feed, &mut fits, RoleSort::FewestToRate, None);
        assert_eq!(fits[0].role, 2, "Far has one skill to rate");
        sort_roles(&feed, &mut fits, RoleSort::Name, None);
        let names: Vec<&str> = fits
            .iter()
            .map(|f| feed.roles[f.role].name.as_str())
            .collect();
        assert_eq!(names, ["Far", "One", "Two"]);
    }
}
