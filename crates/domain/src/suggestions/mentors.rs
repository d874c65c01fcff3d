//! Ranking peer mentors for the user's gaps, fairly.
//!
//! Quality: the priority of the gaps a mentor covers at or above the required level, times
//! language and time-zone closeness. Fairness: among mentors within [`POOL_RATIO`] of the best
//! quality, the order is a weighted random permutation (Efraimidis–Spirakis keys `u^(1/w)` with
//! `w = capacity × quality`) seeded by the user's local id: each user sees a stable order, while
//! across users the first places go to equally good mentors in proportion to their capacity.

use super::gaps::PriorityGap;
use crate::feed::{Feed, SkillIdx};
use crate::profile::{flag_is_set, Profile};
use stdx::hash::hash_str;
use stdx::sorting::sort_by;

/// Mentors at least this share of the best quality join the rotation pool.
pub const POOL_RATIO: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct MentorSuggestion {
    pub mentor: usize,
    /// Priority gaps they cover at or above the requirement, most important first.
    pub covers: Vec<SkillIdx>,
    pub quality: f64,
    pub favourite: bool,
    pub shared_language: bool,
}

fn rotation_key(local_id: &str, mentor_id: &str, weight: f64) -> f64 {
    let hash = hash_str(&format!("{local_id}\u{0}{mentor_id}"));
    let mixed = hash ^ (hash >> 29).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let u = ((mixed >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
    u.powf(1.0 / weight.max(f64::MIN_POSITIVE))
}

pub fn suggest_mentors(
    feed: &Feed,
    profile: &Profile,
    gaps: &[PriorityGap],
    limit: usize,
) -> Vec<MentorSuggestion> {
    let prefs = &profile.preferences.value;
    let self_id = profile.self_mentor.value.as_deref();
    let mut candidates: Vec<(MentorSuggestion, f64)> = Vec::new();
    // Mentors already looked at, by index: one flag per mentor of the feed.
    let mut seen = vec![false; feed.mentors.len()];
    for gap in gaps {
        for &idx in &feed.index.mentors_by_skill[gap.skill] {
            if std::mem::replace(&mut seen[idx], true) {
                continue;
            }
            let mentor = &feed.mentors[idx];
            if mentor.capacity == 0
                || Some(mentor.id.as_str()) == self_id
                || flag_is_set(&profile.hidden_mentors, &mentor.id)
                || flag_is_set(&profile.dismissed, &mentor.id)
            {
                continue;
            }
            let covered: Vec<&PriorityGap> = gaps
                .iter()
                .filter(|g| {
                    mentor
                        .skills
                        .iter()
                        .any(|s| s.skill == g.skill && s.level >= g.required)
                })
                .collect();
            if covered.is_empty() {
                continue;
            }
            let shared_language = !prefs.languages.is_empty()
                && mentor.languages.iter().any(|l| prefs.languages.contains(l));
            let language = if prefs.languages.is_empty() || shared_language {
                1.0
            } else {
                0.6
            };
            let zone = match (prefs.utc_offset, mentor.utc_offset) {
                (Some(a), Some(b)) => 1.0 - f64::from((a - b).abs().min(12.0)) / 24.0,
                _ => 1.0,
            };
            let quality = covered.iter().map(|g| g.priority).sum::<f64>() * language * zone;
            let suggestion = MentorSuggestion {
                mentor: idx,
                covers: covered.iter().map(|g| g.skill).collect(),
                quality,
                favourite: flag_is_set(&profile.favourite_mentors, &mentor.id),
                shared_language,
            };
            let weight = f64::from(mentor.capacity) * quality;
            candidates.push((
                suggestion,
                rotation_key(&profile.local_id, &mentor.id, weight),
            ));
        }
    }
    let best = candidates
        .iter()
        .map(|(s, _)| s.quality)
        .fold(0.0, f64::max);
    sort_by(&mut candidates, |(a, ka), (b, kb)| {
        let pool_a = a.quality >= best * POOL_RATIO;
        let pool_b = b.quality >= best * POOL_RATIO;
        b.favourite
            .cmp(&a.favourite)
            .then(pool_b.cmp(&pool_a))
            .then_with(|| {
                if pool_a && pool_b {
                    kb.total_cmp(ka)
                } else {
                    b.quality.total_cmp(&a.quality)
                }
            })
            .then(a.mentor.cmp(&b.mentor))
    });
    candidates.into_iter().take(limit).map(|(s, _)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::profile::{Preferences, Stamped};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "k8s", "name": "Kubernetes"}, {"id": "sql", "name": "SQL"}],
            "roles": [{"id": "r", "name": "R", "requirements": [{"skill": "k8s", "level": 3, "importance": "essential"}, {"skill": "sql", "level": 3}]}],
            "mentors": [
                {"id": "one", "name": "One", "contact": "mailto:1@e.x", "capacity": 1, "languages": ["en"], "utc_offset": 0, "skills": [{"skill": "k8s", "level": 4}]},
                {"id": "two", "name": "Two", "contact": "mailto:2@e.x", "capacity": 2, "languages": ["de"], "utc_offset": 1, "skills": [{"skill": "k8s", "level": 5}]},
                {"id": "three", "name": "Three", "contact": "mailto:3@e.x", "capacity": 3, "languages": ["en"], "utc_offset": 9, "skills": [{"skill": "k8s", "level": 3}]},
                {"id": "low", "name": "Low", "contact": "mailto:4@e.x", "capacity": 5, "skills": [{"skill": "k8s", "level": 2}]},
                {"id": "busy", "name": "Busy", "contact": "mailto:5@e.x", "capacity": 0, "skills": [{"skill": "k8s", "level": 5}]},
                {"id": "both", "name": "Both", "contact": "mailto:6@e.x", "capacity": 1, "skills": [{"skill": "k8s", "level": 3}, {"skill": "sql", "level": 4}]}
            ]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn profile(id: &str) -> Profile {
        let mut p = Profile {
            local_id: id.into(),
            ..Profile::default()
        };
        p.set_target_role(Some("r".into()), 1);
        p.rate("k8s", "", Some(1), 1);
        p.rate("sql", "", Some(1), 1);
        p
    }

    fn ids(feed: &Feed, list: &[MentorSuggestion]) -> Vec<String> {
        list.iter()
            .map(|m| feed.mentors[m.mentor].id.clone())
            .collect()
    }

    #[test]
    fn covering_more_gaps_at_the_required_level_ranks_first_and_others_are_left_out() {
        let feed = feed();
        let p = profile("user");
        let list = suggest_mentors(&feed, &p, &super::super::priority_gaps(&feed, &p), 10);
        let mut ids = ids(&feed, &list);
        ids.sort();
        assert_eq!(
            ids,
            ["both", "one", "three", "two"],
            "level 2 does not cover a level-3 requirement; no capacity, no suggestion"
        );
        let both = list
            .iter()
            .find(|m| feed.mentors[m.mentor].id == "both")
            .unwrap();
        assert_eq!(both.covers.len(), 2);
        // Covering more gaps wins more first places than an otherwise equal mentor.
        let firsts = |id: &str| {
            (0..2000)
                .filter(|u| {
                    let p = profile(&format!("u{u}"));
                    let list =
                        suggest_mentors(&feed, &p, &super::super::priority_gaps(&feed, &p), 1);
                    feed.mentors[list[0].mentor].id == id
                })
                .count()
        };
        assert!(firsts("both") > firsts("one") + 100);
    }

    #[test]
    fn hidden_self_and_favourites() {
        let feed = feed();
        let mut p = profile("user");
        Profile::set_flag(&mut p.hidden_mentors, "both", true, 2);
        p.self_mentor = Stamped::new(Some("one".into()), 2);
        Profile::set_flag(&mut p.favourite_mentors, "three", true, 2);
        let ids = ids(
            &feed,
            &suggest_mentors(&feed, &p, &super::super::priority_gaps(&feed, &p), 10),
        );
        assert_eq!(ids[0], "three");
        assert!(!ids.contains(&"both".to_owned()) && !ids.contains(&"one".to_owned()));
    }

    #[test]
    fn order_is_stable_for_one_user() {
        let feed = feed();
        let p = profile("abc");
        let gaps = super::super::priority_gaps(&feed, &p);
        assert_eq!(
            suggest_mentors(&feed, &p, &gaps, 10),
            suggest_mentors(&feed, &p, &gaps, 10)
        );
    }

    #[test]
    fn many_users_spread_over_mentors_in_proportion_to_capacity() {
        let feed = feed();
        let mut firsts = stdx::fast_map::FastMap::default();
        let users = 6000;
        for u in 0..users {
            let mut p = profile(&format!("user-{u}"));
            p.rate("sql", "", Some(3), 1); // only Kubernetes left: one, two, three are equally good
            let gaps = super::super::priority_gaps(&feed, &p);
            let list = suggest_mentors(&feed, &p, &gaps, 1);
            *firsts
                .entry(feed.mentors[list[0].mentor].id.clone())
                .or_insert(0) += 1;
        }
        // Capacities 1, 2, 3 and 1 ("both") of 7 in all.
        for (id, capacity) in [("one", 1.0), ("two", 2.0), ("three", 3.0), ("both", 1.0)] {
            let share = f64::from(firsts[id]) / f64::from(users);
            assert!(
                (share - capacity / 7.0).abs() < 0.03,
                "{id}: {share:.3} vs {:.3}",
                capacity / 7.0
            );
        }
    }

    #[test]
    fn language_and_time_zone_move_quality() {
        let feed = feed();
        let mut p = profile("user");
        p.rate("sql", "", Some(3), 1);
        p.preferences = Stamped::new(
            Preferences {
                languages: ["de".to_owned()].into(),
                utc_offset: Some(1.0),
                ..Preferences::default()
            },
            2,
        );
        let list = suggest_mentors(&feed, &p, &super::super::priority_gaps(&feed, &p), 10);
        let two = list
            .iter()
            .find(|m| feed.mentors[m.mentor].id == "two")
            .unwrap();
        let three = list
            .iter()
            .find(|m| feed.mentors[m.mentor].id == "three")
            .unwrap();
        assert!(two.shared_language && !three.shared_language);
        assert!(two.quality > three.quality);
    }
}
