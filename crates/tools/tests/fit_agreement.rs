//! The explorer ranks every role with its own one-pass sums (`explorer::role_fit`), while the
//! gap view builds a `RoleGap` per role; both must tell the user the same fit, coverage and
//! counts for the same ratings. Checked on the demo feed, the synthetic enterprise feed and
//! the O*NET conversion (fractional importance weights), for deterministic random profiles.

use domain::explorer::{levels_of, rank_roles, role_fit};
use domain::feed::{load_feeds, Feed, FeedSource, Severity};
use domain::gap::RoleGap;
use domain::profile::Profile;
use skillgap_tools::fixtures::onet;
use skillgap_tools::fixtures::rng::SplitMix64;
use skillgap_tools::fixtures::synthetic::{generate, SyntheticSize};
use std::path::Path;

fn load(label: &str, text: &str) -> Feed {
    let load = load_feeds(&[FeedSource { label, text }]);
    assert_eq!(load.count(Severity::Error), 0, "{label}");
    load.feed
}

/// How a profile rates the feed's skills.
#[derive(Debug, Clone, Copy)]
enum Ratings {
    None,
    /// About this share of the skills, at random levels.
    Some(f64),
    /// Every skill, at random levels.
    All,
    /// Every skill at this level.
    AllAt(u8),
    /// Every skill of the first role, at random levels.
    FirstRole,
}

/// Levels from 0 to two above the scale's top, so ratings fall below, at and above
/// requirements (an imported profile may carry levels the feed's scale does not have).
fn profile(feed: &Feed, ratings: Ratings, seed: u64) -> Profile {
    let mut rng = SplitMix64::new(seed);
    let top = usize::from(feed.scale.max()) + 2;
    let mut ids: Vec<&str> = match ratings {
        Ratings::FirstRole => feed.roles[0]
            .requirements
            .iter()
            .map(|r| feed.skills[r.skill].id.as_str())
            .collect(),
        _ => feed.skills.iter().map(|s| s.id.as_str()).collect(),
    };
    // In key order, so that every rating appends to the profile's sorted map.
    ids.sort_unstable();
    let mut profile = Profile {
        local_id: format!("fit-{seed}"),
        ..Profile::default()
    };
    for id in ids {
        let level = match ratings {
            Ratings::None => None,
            Ratings::Some(share) => (rng.unit() < share).then(|| rng.below(top + 1) as u8),
            Ratings::All | Ratings::FirstRole => Some(rng.below(top + 1) as u8),
            Ratings::AllAt(level) => Some(level),
        };
        if level.is_some() {
            profile.rate(id, "", level, 1);
        }
    }
    profile
}

fn profiles(feed: &Feed) -> Vec<(String, Profile)> {
    let mut cases = vec![
        Ratings::None,
        Ratings::Some(0.002),
        Ratings::Some(0.05),
        Ratings::Some(0.5),
        Ratings::All,
        Ratings::AllAt(0),
        Ratings::AllAt(feed.scale.max()),
        Ratings::AllAt(u8::MAX),
        Ratings::FirstRole,
    ];
    cases.push(Ratings::Some(0.3));
    cases
        .into_iter()
        .enumerate()
        .map(|(seed, ratings)| {
            (
                format!("{ratings:?}"),
                profile(feed, ratings, seed as u64 + 1),
            )
        })
        .collect()
}

/// Every role's figures from the explorer equal the gap view's, to the bit.
fn assert_agreement(name: &str, feed: &Feed) {
    let mut fits_seen = 0;
    for (case, profile) in profiles(feed) {
        let ranked = rank_roles(feed, &profile, None);
        assert_eq!(ranked.len(), feed.roles.len(), "{name} {case}");
        let levels = levels_of(feed, &profile);
        let mut seen = vec![false; feed.roles.len()];
        for fit in &ranked {
            let role = &feed.roles[fit.role];
            let at = format!("{name}, {case}, role {}", role.id);
            assert!(!std::mem::replace(&mut seen[fit.role], true), "{at}: twice");
            assert_eq!(*fit, role_fit(feed, fit.role, &levels), "{at}");
            let gap = RoleGap::new(feed, role, |id| profile.level(id));
            // Same sums in the same order: equal, not merely close.
            assert_eq!(
                fit.fit.map(f64::to_bits),
                gap.fit().map(f64::to_bits),
                "{at}: fit {:?} vs {:?}",
                fit.fit,
                gap.fit()
            );
            assert_eq!(
                fit.coverage.to_bits(),
                gap.coverage().to_bits(),
                "{at}: coverage {} vs {}",
                fit.coverage,
                gap.coverage()
            );
            assert_eq!(fit.evidence, gap.evidence(), "{at}: evidence");
            assert_eq!(
                fit.evidence.cautious.to_bits(),
                gap.evidence().cautious.to_bits(),
                "{at}: cautious fit"
            );
            assert!(
                fit.evidence.cautious <= fit.fit.unwrap_or(1.0) + 1e-12,
                "{at}: cautious above fit"
            );
            assert_eq!(fit.unrated, gap.lines.len() - gap.rated(), "{at}: unrated");
            assert_eq!(fit.levels_to_close, gap.levels_to_close(), "{at}: levels");
            let open: Vec<_> = gap
                .lines
                .iter()
                .filter(|l| l.gap().is_some_and(|g| g > 0))
                .collect();
            assert_eq!(fit.skills_to_close, open.len(), "{at}: skills to close");
            let essential: Vec<_> = open
                .iter()
                .filter(|l| l.importance.is_essential())
                .map(|l| l.skill)
                .collect();
            assert_eq!(fit.essential_missing, essential, "{at}: essential missing");
            if let Some(value) = fit.fit {
                assert!((0.0..=1.0).contains(&value), "{at}: {value}");
                fits_seen += 1;
            }
        }
    }
    assert!(fits_seen > 0, "{name}: no profile gave any role a fit");
}

#[test]
fn explorer_and_gap_agree_on_the_demo_feed() {
    let text = std::fs::read_to_string("../../feeds/demo.json").expect("run from the crate root");
    assert_agreement("demo", &load("demo", &text));
}

/// The full enterprise feed (3,000 roles, 14,000 skills, 120,000 requirements), as the
/// benchmarks use it, minus the resources and mentors that fit does not read.
#[test]
fn explorer_and_gap_agree_on_the_enterprise_feed() {
    let size = SyntheticSize {
        resources: 0,
        mentors: 0,
        ..SyntheticSize::ENTERPRISE
    };
    let text = generate(42, size).to_string();
    let feed = load("enterprise", &text);
    assert_eq!(feed.roles.len(), 3_000);
    assert_agreement("enterprise", &feed);
}

/// O*NET importances are fractional weights (4.12), where the order of the sums matters.
#[test]
fn explorer_and_gap_agree_on_the_onet_feed() {
    let imported = onet::import_folder(Path::new("../../tests/data/onet-sample"))
        .expect("the O*NET sample sits in tests/data/onet-sample");
    let text = serde_json::to_string(&imported.draft).unwrap();
    assert_agreement("onet", &load("onet", &text));
}
