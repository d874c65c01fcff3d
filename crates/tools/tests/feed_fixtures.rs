//! The large fixtures convert, load cleanly, and are reproducible.

use domain::feed::{load_feeds, FeedSource, Importance, Severity};
use skillgap_tools::fixtures::onet;
use skillgap_tools::fixtures::synthetic::{generate, SyntheticSize};
use std::path::Path;

/// A 97-occupation sample of the O*NET files, kept in the repository (its README says how).
const ONET_DIR: &str = "../../tests/data/onet-sample";

#[test]
fn onet_converts_to_one_role_per_occupation_over_35_skills_with_anchors_and_attribution() {
    let imported = onet::import_folder(Path::new(ONET_DIR))
        .expect("the O*NET sample sits in tests/data/onet-sample");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let value = serde_json::to_value(&imported.draft).unwrap();
    assert_eq!(value["framework"]["updated"], "2018-08");
    assert_eq!(value["framework"]["attribution"], onet::ATTRIBUTION);
    let text = value.to_string();
    let load = load_feeds(&[FeedSource {
        label: "onet",
        text: &text,
    }]);
    assert_eq!(
        load.count(Severity::Error),
        0,
        "{:#?}",
        &load.diagnostics[..load.diagnostics.len().min(5)]
    );
    assert_eq!(load.count(Severity::Warning), 0);
    let feed = &load.feed;
    assert_eq!(feed.skills.len(), 35);
    assert_eq!(feed.roles.len(), 97); // the sample's occupations, every one kept
    assert_eq!(feed.scale.max(), 7);
    let reading = &feed.skills[feed.skill_by_id("2.A.1.a").unwrap()];
    assert_eq!(reading.name, "Reading Comprehension");
    assert_eq!(
        reading.anchor(2),
        Some("Read step-by-step instructions for completing a form")
    );
    let ceo = &feed.roles[feed.role_by_id("11-1011.00").unwrap()];
    assert_eq!(ceo.name, "Chief Executives");
    assert_eq!(ceo.family, "Management");
    let reading_req = ceo
        .requirements
        .iter()
        .find(|r| r.skill == feed.skill_by_id("2.A.1.a").unwrap())
        .unwrap();
    // Skills.txt: Chief Executives, Reading Comprehension: importance 4.12, level 4.75.
    assert_eq!(reading_req.level, 5);
    assert_eq!(reading_req.importance, Importance::Weight(4.12));
    let total: usize = feed.roles.iter().map(|r| r.requirements.len()).sum();
    assert!(
        total > 2_500,
        "suppressed and level-0 rows dropped, the rest kept: {total}"
    );
}

#[test]
fn the_synthetic_feed_is_deterministic_and_clean() {
    let size = SyntheticSize {
        skills: 500,
        roles: 100,
        requirements_per_role: 20,
        resources: 300,
        mentors: 80,
    };
    let a = generate(7, size).to_string();
    assert_eq!(a, generate(7, size).to_string());
    assert_ne!(a, generate(8, size).to_string());
    let load = load_feeds(&[FeedSource {
        label: "synthetic",
        text: &a,
    }]);
    assert!(
        load.diagnostics.is_empty(),
        "{:#?}",
        &load.diagnostics[..load.diagnostics.len().min(5)]
    );
    assert_eq!(
        load.feed
            .roles
            .iter()
            .map(|r| r.requirements.len())
            .sum::<usize>(),
        2_000
    );
    // Ladders within a family, and every fifth role also leads to the next seniority of the
    // neighbouring family; no path loops (that would be a career-path-loop note above).
    let feed = &load.feed;
    let links: Vec<(usize, usize)> = feed
        .roles
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.next_roles.iter().map(move |&n| (i, n)))
        .collect();
    assert!(links.iter().all(|&(i, n)| n > i));
    let crossing = links
        .iter()
        .filter(|&&(i, n)| feed.roles[i].family != feed.roles[n].family)
        .count();
    // Roles 0, 5, …, 35 and 40, 45, 50, 55: 40 families in 100 roles fill rows 0, 1 and
    // half of 2, so only the first 19 families of row 1 have a neighbour a row up.
    assert_eq!(crossing, 12);
}

#[test]
fn the_enterprise_feed_has_the_documented_size() {
    let text = generate(42, SyntheticSize::ENTERPRISE).to_string();
    assert!(
        (15_000_000..=22_000_000).contains(&text.len()),
        "{} bytes",
        text.len()
    );
    let load = load_feeds(&[FeedSource {
        label: "enterprise",
        text: &text,
    }]);
    assert!(
        load.diagnostics.is_empty(),
        "{:#?}",
        &load.diagnostics[..load.diagnostics.len().min(5)]
    );
    let feed = &load.feed;
    assert_eq!(
        (
            feed.skills.len(),
            feed.roles.len(),
            feed.resources.len(),
            feed.mentors.len()
        ),
        (14_000, 3_000, 20_000, 5_000)
    );
    assert_eq!(
        feed.roles
            .iter()
            .map(|r| r.requirements.len())
            .sum::<usize>(),
        120_000
    );
}
