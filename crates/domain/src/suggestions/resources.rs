//! Ranking learning resources for the user's gaps.
//!
//! A resource fits when it starts at most one level above where the learner is and takes them
//! higher; an expert course is never offered to a beginner. Score = gap priority × how much of
//! the gap it covers × closeness of its start to the learner's level. A greedy pass then
//! favours a mix of kinds, providers and skills.

use super::gaps::PriorityGap;
use crate::feed::{Feed, Resource, SkillIdx};
use crate::i18n::Translator;
use crate::i18n::{k, Key};
use crate::profile::{flag_is_set, Preferences, Profile};
use crate::scale::Level;
use stdx::sorting::sort_by;

#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSuggestion {
    pub resource: usize,
    pub skill: SkillIdx,
    pub from: Level,
    pub to: Level,
    pub score: f64,
}

impl ResourceSuggestion {
    /// e.g. "builds Kubernetes 1 → 3 · 4 h · free · video".
    pub fn reason(&self, feed: &Feed, tr: &Translator) -> String {
        let resource = &feed.resources[self.resource];
        let mut parts = vec![tr.tf(
            k::RESOURCE_WHY_BUILDS,
            &[
                ("skill", &feed.skills[self.skill].name),
                ("from", &tr.integer(i64::from(self.from))),
                ("to", &tr.integer(i64::from(self.to))),
            ],
        )];
        if let Some(minutes) = resource.duration_minutes {
            parts.push(format_duration(minutes, tr));
        }
        match resource.cost {
            Some(0.0) => parts.push(tr.t(k::RESOURCE_COST_FREE).to_owned()),
            Some(cost) if resource.currency.trim().is_empty() => parts.push(tr.number(cost, 2)),
            Some(cost) => parts.push(tr.tf(
                k::RESOURCE_COST_AMOUNT,
                &[
                    ("amount", &tr.number(cost, 2)),
                    ("currency", resource.currency.trim()),
                ],
            )),
            None => {}
        }
        if !resource.kind.is_empty() {
            parts.push(kind_label(&resource.kind, tr));
        }
        if !resource.language.is_empty() {
            parts.push(tr.language_name(&resource.language));
        }
        parts.join(" · ")
    }
}

/// The catalogue key of a resource kind the widget has a word for.
pub fn kind_key(kind: &str) -> Option<Key> {
    Some(match kind {
        "course" => k::RESOURCE_KIND_COURSE,
        "article" => k::RESOURCE_KIND_ARTICLE,
        "video" => k::RESOURCE_KIND_VIDEO,
        "book" => k::RESOURCE_KIND_BOOK,
        "podcast" => k::RESOURCE_KIND_PODCAST,
        "community" => k::RESOURCE_KIND_COMMUNITY,
        "practice-project" => k::RESOURCE_KIND_PRACTICE_PROJECT,
        "stretch-assignment" => k::RESOURCE_KIND_STRETCH_ASSIGNMENT,
        "workshop" => k::RESOURCE_KIND_WORKSHOP,
        "mentoring" => k::RESOURCE_KIND_MENTORING,
        "certification" => k::RESOURCE_KIND_CERTIFICATION,
        "tool" => k::RESOURCE_KIND_TOOL,
        "event" => k::RESOURCE_KIND_EVENT,
        _ => return None,
    })
}

/// A kind in words: the language's word for a known kind, any other as written.
pub fn kind_label(kind: &str, tr: &Translator) -> String {
    match kind_key(kind) {
        Some(key) => tr.t(key).to_owned(),
        None => kind.replace('-', " "),
    }
}

/// "45 min", "1.5 h", "40 h", written the language's way.
pub fn format_duration(minutes: u32, tr: &Translator) -> String {
    let hours = |h: f64, decimals: u32| {
        tr.tf(
            k::RESOURCE_DURATION_HOURS,
            &[("hours", &tr.number(h, decimals))],
        )
    };
    match minutes {
        0..=59 => tr.tf(
            k::RESOURCE_DURATION_MINUTES,
            &[("minutes", &tr.integer(i64::from(minutes)))],
        ),
        60..=599 => hours(f64::from(minutes) / 60.0, 1),
        _ => hours(f64::from((minutes + 30) / 60), 0),
    }
}

pub fn passes_preferences(resource: &Resource, prefs: &Preferences) -> bool {
    (prefs.kinds.is_empty() || prefs.kinds.contains(&resource.kind))
        && prefs
            .max_duration_minutes
            .is_none_or(|max| resource.duration_minutes.is_some_and(|d| d <= max))
        && (!prefs.free_only || resource.cost == Some(0.0))
        && (prefs.languages.is_empty()
            || resource.language.is_empty()
            || prefs.languages.contains(&resource.language))
}

/// How well a range suits a learner at `current` aiming for `required`, 0 when it does not.
pub fn level_fit(from: Level, to: Level, current: Level, required: Level) -> f64 {
    if from > current.saturating_add(1) || to <= current {
        return 0.0;
    }
    let span = f64::from(required.saturating_sub(current).max(1));
    let covered = f64::from(to.min(required).saturating_sub(from.max(current)));
    let coverage = (covered / span).clamp(0.0, 1.0);
    let start_penalty = 1.0 - 0.15 * f64::from(from.abs_diff(current));
    (0.5 + 0.5 * coverage) * start_penalty
}

const SAME_KIND: f64 = 0.7;
const SAME_PROVIDER: f64 = 0.8;
const SAME_SKILL: f64 = 0.6;

/// A resource in a language other than the interface's comes after every one the person can
/// read (or that names no language): still offered, never first. An English speaker's first
/// suggestion was a German course.
const OTHER_LANGUAGE: f64 = 0.01;

/// Whether a resource in `language` is in the interface language `interface` (by their first
/// subtag: "en-GB" reads "en"); any when either is not known.
fn in_interface_language(language: &str, interface: &str) -> bool {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    language.is_empty() || interface.is_empty() || primary(language) == primary(interface)
}

pub fn suggest_resources(
    feed: &Feed,
    profile: &Profile,
    gaps: &[PriorityGap],
    limit: usize,
) -> Vec<ResourceSuggestion> {
    suggest_resources_in(feed, profile, gaps, limit, "")
}

/// `suggest_resources` for a person whose interface is in `interface` (a language tag): the
/// resources in that language first.
pub fn suggest_resources_in(
    feed: &Feed,
    profile: &Profile,
    gaps: &[PriorityGap],
    limit: usize,
    interface: &str,
) -> Vec<ResourceSuggestion> {
    let prefs = &profile.preferences.value;
    let mut candidates: Vec<ResourceSuggestion> = Vec::new();
    for gap in gaps {
        for &idx in &feed.index.resources_by_skill[gap.skill] {
            let resource = &feed.resources[idx];
            if flag_is_set(&profile.dismissed, &resource.id) || !passes_preferences(resource, prefs)
            {
                continue;
            }
            let Some(range) = resource.skills.iter().find(|r| r.skill == gap.skill) else {
                continue;
            };
            let fit = level_fit(range.from, range.to, gap.current, gap.required);
            if fit <= 0.0 {
                continue;
            }
            let suggestion = ResourceSuggestion {
                resource: idx,
                skill: gap.skill,
                from: range.from,
                to: range.to,
                score: gap.priority
                    * fit
                    * if in_interface_language(&resource.language, interface) {
                        1.0
                    } else {
                        OTHER_LANGUAGE
                    },
            };
            match candidates.iter_mut().find(|c| c.resource == idx) {
                Some(existing) if existing.score < suggestion.score => *existing = suggestion,
                Some(_) => {}
                None => candidates.push(suggestion),
            }
        }
    }
    diversify(feed, candidates, limit)
}

fn diversify(
    feed: &Feed,
    mut candidates: Vec<ResourceSuggestion>,
    limit: usize,
) -> Vec<ResourceSuggestion> {
    sort_by(&mut candidates, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.resource.cmp(&b.resource))
    });
    let mut chosen: Vec<ResourceSuggestion> = Vec::new();
    while chosen.len() < limit && !candidates.is_empty() {
        let adjusted = |c: &ResourceSuggestion| {
            let r = &feed.resources[c.resource];
            let kinds = chosen
                .iter()
                .filter(|x| feed.resources[x.resource].kind == r.kind)
                .count();
            let providers = chosen
                .iter()
                .filter(|x| {
                    !r.provider.is_empty() && feed.resources[x.resource].provider == r.provider
                })
                .count();
            let skills = chosen.iter().filter(|x| x.skill == c.skill).count();
            c.score
                * SAME_KIND.powi(kinds as i32)
                * SAME_PROVIDER.powi(providers as i32)
                * SAME_SKILL.powi(skills as i32)
        };
        let (best, _) = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (i, adjusted(c)))
            .fold(
                (0, f64::MIN),
                |acc, (i, s)| if s > acc.1 { (i, s) } else { acc },
            );
        chosen.push(candidates.remove(best));
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::profile::Stamped;

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "k8s", "name": "Kubernetes"}, {"id": "sql", "name": "SQL"}],
            "roles": [{"id": "r", "name": "R", "requirements": [{"skill": "k8s", "level": 3, "importance": "essential"}, {"skill": "sql", "level": 3}]}],
            "resources": [
                {"id": "intro", "title": "Intro", "url": "https://e.x/1", "kind": "video", "provider": "P1", "duration_minutes": 240, "cost": 0, "language": "en", "skills": [{"skill": "k8s", "from": 1, "to": 3}]},
                {"id": "expert", "title": "Expert", "url": "https://e.x/2", "kind": "course", "provider": "P2", "duration_minutes": 2400, "cost": 400, "language": "en", "skills": [{"skill": "k8s", "from": 4, "to": 5}]},
                {"id": "video2", "title": "Video 2", "url": "https://e.x/3", "kind": "video", "provider": "P1", "duration_minutes": 60, "cost": 0, "language": "en", "skills": [{"skill": "k8s", "from": 1, "to": 2}]},
                {"id": "video3", "title": "Video 3", "url": "https://e.x/4", "kind": "video", "provider": "P1", "duration_minutes": 60, "cost": 0, "language": "en", "skills": [{"skill": "k8s", "from": 1, "to": 3}]},
                {"id": "book", "title": "Book", "url": "https://e.x/5", "kind": "book", "provider": "P3", "duration_minutes": 600, "cost": 30, "language": "de", "skills": [{"skill": "k8s", "from": 0, "to": 3}]},
                {"id": "sqlcourse", "title": "SQL", "url": "https://e.x/6", "kind": "course", "provider": "P2", "duration_minutes": 300, "cost": 0, "language": "en", "skills": [{"skill": "sql", "from": 2, "to": 3}]}
            ]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn profile() -> Profile {
        let mut p = Profile::default();
        p.set_target_role(Some("r".into()), 1);
        p.rate("k8s", "", Some(1), 1);
        p.rate("sql", "", Some(2), 1);
        p
    }

    fn ids(feed: &Feed, s: &[ResourceSuggestion]) -> Vec<String> {
        s.iter()
            .map(|x| feed.resources[x.resource].id.clone())
            .collect()
    }

    #[test]
    fn level_fit_refuses_ranges_that_start_too_high_or_teach_nothing() {
        assert_eq!(level_fit(4, 5, 1, 3), 0.0, "expert course for a beginner");
        assert_eq!(level_fit(0, 1, 1, 3), 0.0, "nothing new");
        assert!(
            (level_fit(1, 3, 1, 3) - 1.0).abs() < 1e-12,
            "exactly the gap"
        );
        assert!(
            level_fit(1, 2, 1, 3) < level_fit(1, 3, 1, 3),
            "covers half the gap"
        );
        assert!(
            level_fit(0, 3, 1, 3) < level_fit(1, 3, 1, 3),
            "starts below the learner"
        );
    }

    #[test]
    fn ranks_by_gap_fit_and_never_offers_the_expert_course() {
        let feed = feed();
        let p = profile();
        let gaps = super::super::priority_gaps(&feed, &p);
        let list = suggest_resources(&feed, &p, &gaps, 10);
        let ids = ids(&feed, &list);
        assert_eq!(ids[0], "intro");
        assert!(!ids.contains(&"expert".to_owned()));
        assert_eq!(
            list[0].reason(&feed, &Translator::english()),
            "builds Kubernetes 1 → 3 · 4 h · free · video · en"
        );
    }

    #[test]
    fn resources_in_the_interface_language_come_first_and_the_others_stay_offered() {
        let feed = feed();
        let p = profile();
        let gaps = super::super::priority_gaps(&feed, &p);
        // Without a language, the German book ranks second (see the next test).
        let english = ids(&feed, &suggest_resources_in(&feed, &p, &gaps, 10, "en-GB"));
        assert_eq!(
            english.last().map(String::as_str),
            Some("book"),
            "{english:?}"
        );
        assert!(
            !ids(&feed, &suggest_resources_in(&feed, &p, &gaps, 3, "en"))
                .contains(&"book".to_owned())
        );
        let german = ids(&feed, &suggest_resources_in(&feed, &p, &gaps, 10, "de"));
        assert_eq!(german[0], "book");
        assert_eq!(german.len(), english.len());
    }

    #[test]
    fn diversity_mixes_kinds_and_providers() {
        let feed = feed();
        let p = profile();
        let gaps = super::super::priority_gaps(&feed, &p);
        let top3 = ids(&feed, &suggest_resources(&feed, &p, &gaps, 3));
        // Without diversity the three P1 videos would fill the list.
        assert_eq!(top3, ["intro", "book", "sqlcourse"]);
    }

    #[test]
    fn preferences_filter_and_dismissed_items_stay_gone() {
        let feed = feed();
        let mut p = profile();
        let gaps = super::super::priority_gaps(&feed, &p);
        p.preferences = Stamped::new(
            Preferences {
                free_only: true,
                max_duration_minutes: Some(120),
                languages: ["en".to_owned()].into(),
                ..Preferences::default()
            },
            2,
        );
        assert_eq!(
            ids(&feed, &suggest_resources(&feed, &p, &gaps, 10)),
            ["video3", "video2"]
        );
        Profile::set_flag(&mut p.dismissed, "video3", true, 3);
        assert_eq!(
            ids(&feed, &suggest_resources(&feed, &p, &gaps, 10)),
            ["video2"]
        );
        p.preferences.value.kinds = ["book".to_owned()].into();
        assert!(suggest_resources(&feed, &p, &gaps, 10).is_empty());
    }

    #[test]
    fn durations_read_naturally() {
        let en = Translator::english();
        assert_eq!(format_duration(45, &en), "45 min");
        assert_eq!(format_duration(240, &en), "4 h");
        assert_eq!(format_duration(90, &en), "1.5 h");
        assert_eq!(format_duration(2400, &en), "40 h");
        assert_eq!(kind_label("practice-project", &en), "practice project");
        assert_eq!(kind_label("hackathon-ish", &en), "hackathon ish");
    }
}
