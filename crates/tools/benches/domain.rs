//! Domain benchmarks on the demo feed and the synthetic enterprise feed
//! (3,000 roles, 14,000 skills, 120,000 requirements, 20,000 resources, 5,000 mentors).
//! Run through `scripts/bench.sh`, which also runs the in-browser measurements.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use domain::explorer::rank_roles;
use domain::feed::RoleIdx;
use domain::feed::{load_feeds, Feed, FeedSource};
use domain::gap::RoleGap;
use domain::paths::journey::{rank_routes, step_suggestions};
use domain::paths::{neighbourhood, CareerGraph};
use domain::profile::Profile;
use domain::search::skill_index;
use domain::suggestions::mentors::suggest_mentors;
use domain::suggestions::priority_gaps;
use domain::suggestions::resources::suggest_resources;
use skillgap_tools::fixtures::bad_references::with_bad_references;
use skillgap_tools::fixtures::synthetic::{generate, SyntheticSize};

fn demo_text() -> String {
    std::fs::read_to_string("feeds/demo.json").expect("run from the crate root")
}

/// A user who rated the first 30 skills of the first role, aiming for it.
fn user(feed: &Feed) -> Profile {
    let mut profile = Profile {
        local_id: "bench-user".into(),
        ..Profile::default()
    };
    let role = &feed.roles[0];
    profile.set_target_role(Some(role.id.clone()), 1);
    for (i, req) in role.requirements.iter().enumerate().take(30) {
        profile.rate(&feed.skills[req.skill].id, "", Some((i % 3) as u8), 1);
    }
    profile
}

/// The role furthest along career paths from `from` (the longest shortest route there is),
/// and of those the one reached by the most shortest routes (the first of them on a tie).
fn furthest_from(graph: &CareerGraph, from: RoleIdx) -> (RoleIdx, u32) {
    let distances = graph.distances_from(from);
    let steps = distances.iter().flatten().copied().max().unwrap_or(0);
    let routes = |role: RoleIdx| graph.shortest_routes(from, role).routes.len();
    let furthest = (0..graph.len())
        .filter(|&role| distances[role] == Some(steps))
        .fold((from, 0), |best, role| {
            let count = routes(role);
            if count > best.1 {
                (role, count)
            } else {
                best
            }
        })
        .0;
    (furthest, steps)
}

fn benches(c: &mut Criterion) {
    let demo = demo_text();
    let enterprise = generate(42, SyntheticSize::ENTERPRISE).to_string();
    let bad_references =
        with_bad_references(generate(42, SyntheticSize::ENTERPRISE), 500, 200, 42).to_string();
    let mut group = c.benchmark_group("enterprise with 500 unknown + 200 typo references");
    group.sample_size(10);
    group.bench_function("feed parse + validate + index", |b| {
        b.iter(|| {
            let load = load_feeds(&[FeedSource {
                label: "feed",
                text: &bad_references,
            }]);
            black_box(skill_index(&load.feed));
        })
    });
    group.finish();
    for (name, text) in [("demo", &demo), ("enterprise", &enterprise)] {
        let mut group = c.benchmark_group(name);
        if name == "enterprise" {
            group.sample_size(10);
        }
        group.bench_function("feed parse + validate + index", |b| {
            b.iter(|| {
                let load = load_feeds(&[FeedSource {
                    label: "feed",
                    text,
                }]);
                black_box(skill_index(&load.feed));
            })
        });
        let feed = load_feeds(&[FeedSource {
            label: "feed",
            text,
        }])
        .feed;
        let profile = user(&feed);
        group.bench_function("gap and fit for one role", |b| {
            b.iter(|| black_box(RoleGap::new(&feed, &feed.roles[0], |id| profile.level(id)).fit()))
        });
        group.bench_function("rank all roles", |b| {
            b.iter(|| black_box(rank_roles(&feed, &profile, None)))
        });
        let gaps = priority_gaps(&feed, &profile);
        group.bench_function("resource ranking", |b| {
            b.iter(|| black_box(suggest_resources(&feed, &profile, &gaps, 12)))
        });
        group.bench_function("mentor ranking", |b| {
            b.iter(|| black_box(suggest_mentors(&feed, &profile, &gaps, 5)))
        });
        // Career paths from the first role to the role furthest from it: the graph is built
        // inside the measurement, as each feed load builds it once.
        let levels: Vec<_> = feed.skills.iter().map(|s| profile.level(&s.id)).collect();
        let (furthest, steps) = furthest_from(&CareerGraph::new(&feed), 0);
        let routes = CareerGraph::new(&feed).shortest_routes(0, furthest);
        eprintln!(
            "{name}: career paths from {} to {} ({steps} steps, {} shortest routes{}), map around {}",
            feed.roles[0].id,
            feed.roles[furthest].id,
            routes.routes.len(),
            if routes.more { ", more not listed" } else { "" },
            feed.roles[routes.routes.first().map_or(0, |r| r[r.len() / 2])].id
        );
        group.bench_function("career paths: shortest routes + journeys", |b| {
            b.iter(|| {
                let graph = CareerGraph::new(&feed);
                let routes = graph.shortest_routes(0, furthest);
                let ranked = rank_routes(&feed, &routes.routes, &levels);
                // What the steps view shows: the suggestions for each step of the route
                // asking the least (the others are ranked, their steps opened on demand).
                let suggestions: Vec<_> = ranked
                    .first()
                    .into_iter()
                    .flat_map(|(_, journey)| &journey.steps)
                    .map(|step| step_suggestions(&feed, &profile, step, 3, 2))
                    .collect();
                black_box((ranked, suggestions))
            })
        });
        // The map around the middle of that route, so it reaches both ways.
        let centre = routes.routes.first().map_or(0, |r| r[r.len() / 2]);
        let graph = CareerGraph::new(&feed);
        group.bench_function("career paths: neighbourhood", |b| {
            b.iter(|| {
                black_box(neighbourhood(&graph, centre, &[], |a, b| {
                    feed.roles[a].name.cmp(&feed.roles[b].name)
                }))
            })
        });
        let index = skill_index(&feed);
        for query in [
            "k",
            "kub",
            "javscript",
            "data anal",
            "strategic cloud forecastng",
        ] {
            group.bench_function(format!("skill search \"{query}\""), |b| {
                b.iter(|| black_box(index.search(query, 10)))
            });
        }
        group.finish();
    }
}

criterion_group!(domain, benches);
criterion_main!(domain);
