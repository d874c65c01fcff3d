//! Issue 32: loading a feed costs work in proportion to its career-path links, not to their
//! square or cube. No clock is read: each feed here took minutes to check in a debug build
//! before the fix (measured: see each test) and takes seconds now, and the results are pinned.

use domain::feed::{load_feeds, FeedLoad, FeedSource, Severity};
use std::fmt::Write;

/// `roles` roles `r0…`, each needing one skill, role `i` leading to `next(i)`.
fn feed(roles: usize, next: impl Fn(usize) -> Vec<usize>) -> String {
    let mut text =
        String::from(r#"{"format_version":1,"skills":[{"id":"s","name":"Skill"}],"roles":["#);
    for i in 0..roles {
        if i > 0 {
            text.push(',');
        }
        write!(
            text,
            r#"{{"id":"r{i}","name":"Role {i}","requirements":[{{"skill":"s","level":2}}],"next_roles":["#
        )
        .unwrap();
        for (j, n) in next(i).into_iter().enumerate() {
            if j > 0 {
                text.push(',');
            }
            write!(text, r#""r{n}""#).unwrap();
        }
        text.push_str("]}");
    }
    text.push_str("]}");
    text
}

fn load(text: &str) -> FeedLoad {
    load_feeds(&[FeedSource {
        label: "paths.json",
        text,
    }])
}

fn links(load: &FeedLoad) -> usize {
    load.feed.roles.iter().map(|r| r.next_roles.len()).sum()
}

fn loop_notes(load: &FeedLoad) -> Vec<(&str, &str)> {
    load.diagnostics
        .iter()
        .filter(|d| d.code == "career-path-loop")
        .map(|d| (d.path.as_str(), d.message.as_str()))
        .collect()
}

fn assert_no_problems(load: &FeedLoad) {
    let problems: Vec<_> = load
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_framework_of_1500_roles_each_leading_to_every_other_loads_as_one_loop() {
    // 2,248,500 links; role 0 also lists each of its next roles a second time. Before the
    // fix: 98 s in a debug build (each link checked against the role's earlier ones, twice,
    // and the way round searched over the whole graph once per role leading back to r0);
    // after: about 2 s, most of it reading the 14 MB of JSON.
    let n = 1_500;
    let text = feed(n, |i| {
        let others = (0..n).filter(move |&j| j != i);
        if i == 0 {
            others.clone().chain(others).collect()
        } else {
            others.collect()
        }
    });
    let load = load(&text);
    assert_no_problems(&load);
    assert_eq!(load.feed.roles.len(), n);
    assert_eq!(links(&load), n * (n - 1));
    assert_eq!(load.feed.roles[0].next_roles, (1..n).collect::<Vec<_>>());
    assert_eq!(
        loop_notes(&load),
        vec![(
            "roles[0].next_roles",
            "career paths lead back to this role: Role 0 → Role 1 → Role 0 (allowed; usually a typo)"
        )]
    );
}

#[test]
fn a_framework_of_100000_roles_with_50000_small_loops_notes_20_and_counts_the_rest() {
    // Ladders of 40 families that cross, as the synthetic feeds' do: role i leads to i + 40
    // (the next seniority) and every fifth role of a row (a different fifth on each row) also
    // to the neighbouring family's next one, so each role reaches most roles above it.
    // Every odd row also leads back down: 50,000 loops of two roles. Before the fix each
    // loop's way round was searched over every role it could reach (most of the 100,000):
    // it had not finished after 150 s in a debug build; after: seconds.
    let n = 100_000;
    let next = |i: usize| {
        let mut next = Vec::new();
        if i + 40 < n {
            next.push(i + 40);
        }
        let neighbour = (i / 40 + 1) * 40 + (i % 40 + 1) % 40;
        if (i / 40 + i % 40) % 5 == 0 && neighbour < n {
            next.push(neighbour);
        }
        if (i / 40) % 2 == 1 {
            next.push(i - 40);
        }
        next
    };
    let text = feed(n, next);
    let load = load(&text);
    assert_no_problems(&load);
    assert_eq!(links(&load), (0..n).map(|i| next(i).len()).sum::<usize>());
    let notes = loop_notes(&load);
    assert_eq!(notes.len(), 21);
    assert_eq!(
        notes[0],
        (
            "roles[0].next_roles",
            "career paths lead back to this role: Role 0 → Role 40 → Role 0 (allowed; usually a typo)"
        )
    );
    assert_eq!(
        notes[20],
        (
            "roles[20].next_roles",
            "49980 more career-path loops not listed (the first 20 are)"
        )
    );
}

#[test]
fn a_framework_of_100000_roles_without_paths_loads_without_a_note_on_them() {
    let load = load(&feed(100_000, |_| Vec::new()));
    assert_no_problems(&load);
    assert_eq!(load.feed.roles.len(), 100_000);
    assert_eq!(links(&load), 0);
    assert!(loop_notes(&load).is_empty());
}
