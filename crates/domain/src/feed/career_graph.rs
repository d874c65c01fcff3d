//! The career graph: which roles usually lead to which, both ways, and the shortest routes.

use crate::feed::{Feed, RoleIdx};
use std::collections::VecDeque;

/// Routes of the same shortest length beyond this many are not listed one by one.
pub const MAX_ROUTES: usize = 20;

#[cfg(test)]
thread_local! {
    /// Links looked at by the searches of this module on this thread, for the tests that
    /// prove the work bounded by counting it instead of timing it (issue 32).
    pub(crate) static LINKS_LOOKED_AT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `links` looked at (tests only; nothing in other builds).
#[inline(always)]
pub(crate) fn looked_at(links: usize) {
    #[cfg(test)]
    LINKS_LOOKED_AT.with(|c| c.set(c.get() + links));
    #[cfg(not(test))]
    let _ = links;
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CareerGraph {
    /// Where each role usually leads, as the feed lists it (no self-references, no repeats).
    pub next: Vec<Vec<RoleIdx>>,
    /// Which roles usually lead to each role, in feed order.
    pub previous: Vec<Vec<RoleIdx>>,
}

/// The shortest ways from one role to another along `next_roles`.
#[derive(Debug, Clone, PartialEq)]
pub struct Routes {
    /// Each route starts at `from` and ends at `to`; all have the fewest steps there are.
    /// Empty when no route leads there. Capped at [`MAX_ROUTES`].
    pub routes: Vec<Vec<RoleIdx>>,
    /// More routes of the same length exist than are listed.
    pub more: bool,
}

impl Routes {
    pub fn steps(&self) -> Option<usize> {
        self.routes.first().map(|r| r.len() - 1)
    }
}

impl CareerGraph {
    pub fn new(feed: &Feed) -> Self {
        Self::from_next(feed.roles.iter().map(|r| r.next_roles.clone()).collect())
    }

    /// The graph from where each role leads (indexed like the roles), for callers that have
    /// the links before a [`Feed`] exists (the feed's validation). Self-references, repeats
    /// and indexes past the last role are dropped, as [`CareerGraph::new`] drops them.
    pub fn from_next(next: Vec<Vec<RoleIdx>>) -> Self {
        let count = next.len();
        // `listed_by[n] == idx` once role `idx` has listed `n`: a repeat is dropped in constant
        // time, so a role leading to every other costs its links, not their square (issue 32).
        let mut listed_by = vec![usize::MAX; count];
        let next: Vec<Vec<RoleIdx>> = next
            .into_iter()
            .enumerate()
            .map(|(idx, mut targets)| {
                targets.retain(|&n| {
                    n != idx && n < count && std::mem::replace(&mut listed_by[n], idx) != idx
                });
                targets
            })
            .collect();
        let mut incoming = vec![0usize; count];
        for &to in next.iter().flatten() {
            incoming[to] += 1;
        }
        let mut previous: Vec<Vec<RoleIdx>> =
            incoming.into_iter().map(Vec::with_capacity).collect();
        for (from, targets) in next.iter().enumerate() {
            for &to in targets {
                previous[to].push(from);
            }
        }
        Self { next, previous }
    }

    /// Whether the framework describes any career path at all.
    pub fn has_paths(&self) -> bool {
        self.next.iter().any(|n| !n.is_empty())
    }

    pub fn len(&self) -> usize {
        self.next.len()
    }

    pub fn is_empty(&self) -> bool {
        self.next.is_empty()
    }

    /// Steps from `from` to every role (`None` where no route leads), breadth first.
    pub fn distances_from(&self, from: RoleIdx) -> Vec<Option<u32>> {
        let mut distance = vec![None; self.len()];
        if from >= self.len() {
            return distance;
        }
        distance[from] = Some(0);
        let mut queue = VecDeque::from([from]);
        while let Some(role) = queue.pop_front() {
            let d = distance[role].unwrap_or(0);
            looked_at(self.next[role].len());
            for &n in &self.next[role] {
                if distance[n].is_none() {
                    distance[n] = Some(d + 1);
                    queue.push_back(n);
                }
            }
        }
        distance
    }

    /// Every shortest route from `from` to `to` (up to [`MAX_ROUTES`]), in the feed's order of
    /// next roles. Cycles cannot trap it: the breadth-first distances only ever grow.
    pub fn shortest_routes(&self, from: RoleIdx, to: RoleIdx) -> Routes {
        let none = Routes {
            routes: Vec::new(),
            more: false,
        };
        if from >= self.len() || to >= self.len() {
            return none;
        }
        let distance = self.distances_from(from);
        self.routes_back(&distance, from, to)
    }

    /// The shortest routes from `from` to `to` given `distance`, the steps from `from` to
    /// each role (`None` for roles out of reach, or left out of the search). The walk only
    /// visits roles on a shortest route, none of which is a dead end, so it costs at most
    /// [`MAX_ROUTES`] + 1 routes' worth of those roles' incoming links.
    pub(crate) fn routes_back(
        &self,
        distance: &[Option<u32>],
        from: RoleIdx,
        to: RoleIdx,
    ) -> Routes {
        let Some(steps) = distance[to] else {
            return Routes {
                routes: Vec::new(),
                more: false,
            };
        };
        // Walk back from `to` through roles one step closer each time, depth first, so the
        // routes come out in a stable order and the walk stops once enough are found.
        let mut routes = Vec::new();
        let mut more = false;
        let mut trail = vec![to];
        let mut choices: Vec<usize> = vec![0];
        while let Some(&role) = trail.last() {
            if role == from {
                if routes.len() == MAX_ROUTES {
                    more = true;
                    break;
                }
                routes.push(trail.iter().rev().copied().collect());
                trail.pop();
                choices.pop();
                continue;
            }
            let want = steps as usize - trail.len();
            let i = choices.last().copied().unwrap_or(0);
            let candidates = &self.previous[role];
            let found = candidates[i..]
                .iter()
                .position(|&p| distance[p] == Some(want as u32));
            looked_at(found.map_or(candidates.len() - i, |offset| offset + 1));
            match found {
                Some(offset) => {
                    let pick = i + offset;
                    if let Some(last) = choices.last_mut() {
                        *last = pick + 1;
                    }
                    trail.push(candidates[pick]);
                    choices.push(0);
                }
                None => {
                    trail.pop();
                    choices.pop();
                }
            }
        }
        // Walking back lists routes by their last steps; people read them from the start.
        stdx::sorting::sort_by(&mut routes, |a: &Vec<RoleIdx>, b: &Vec<RoleIdx>| a.cmp(b));
        Routes { routes, more }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::test_feed::{feed_with_paths, idx};

    #[test]
    fn finds_the_shortest_route_and_every_tie() {
        let feed = feed_with_paths(&[
            ("a", &["b", "c"]),
            ("b", &["d"]),
            ("c", &["d"]),
            ("d", &["e"]),
            ("e", &[]),
            ("x", &["e"]),
        ]);
        let graph = CareerGraph::new(&feed);
        let routes = graph.shortest_routes(idx(&feed, "a"), idx(&feed, "e"));
        let names: Vec<Vec<&str>> = routes
            .routes
            .iter()
            .map(|r| r.iter().map(|&i| feed.roles[i].id.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            vec![vec!["a", "b", "d", "e"], vec!["a", "c", "d", "e"]]
        );
        assert_eq!(routes.steps(), Some(3));
        assert!(!routes.more);
    }

    #[test]
    fn says_when_no_route_leads_there() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &[]), ("c", &["a"])]);
        let graph = CareerGraph::new(&feed);
        let routes = graph.shortest_routes(idx(&feed, "a"), idx(&feed, "c"));
        assert!(routes.routes.is_empty());
        assert_eq!(routes.steps(), None);
        // Going backwards along an arrow is no route either.
        assert!(graph
            .shortest_routes(idx(&feed, "b"), idx(&feed, "a"))
            .routes
            .is_empty());
    }

    #[test]
    fn cycles_and_self_references_do_not_trap_the_search() {
        let feed = feed_with_paths(&[
            ("a", &["b", "a"]),
            ("b", &["c", "a"]),
            ("c", &["a", "b", "d"]),
            ("d", &["d"]),
        ]);
        let graph = CareerGraph::new(&feed);
        assert!(
            graph.next[idx(&feed, "d")].is_empty(),
            "self-reference dropped"
        );
        let routes = graph.shortest_routes(idx(&feed, "a"), idx(&feed, "d"));
        assert_eq!(routes.routes.len(), 1);
        assert_eq!(routes.steps(), Some(3));
        let same = graph.shortest_routes(idx(&feed, "b"), idx(&feed, "b"));
        assert_eq!(same.routes, vec![vec![idx(&feed, "b")]]);
        assert_eq!(same.steps(), Some(0));
    }

    #[test]
    fn long_chains_and_many_ties_stay_bounded() {
        // A ladder of 25 rungs, each rung two roles wide, each leading to both of the next:
        // 2^24 shortest routes, of which only the first MAX_ROUTES are listed.
        let mut spec: Vec<(String, Vec<String>)> = Vec::new();
        for rung in 0..25 {
            for side in ["l", "r"] {
                let next = if rung < 24 {
                    vec![format!("l{}", rung + 1), format!("r{}", rung + 1)]
                } else {
                    Vec::new()
                };
                spec.push((format!("{side}{rung}"), next));
            }
        }
        let feed = crate::paths::test_feed::feed_with_owned_paths(&spec);
        let graph = CareerGraph::new(&feed);
        let routes = graph.shortest_routes(idx(&feed, "l0"), idx(&feed, "r24"));
        assert_eq!(routes.routes.len(), MAX_ROUTES);
        assert!(routes.more);
        assert!(routes.routes.iter().all(|r| r.len() == 25));
        let mut sorted = routes.routes.clone();
        sorted.dedup();
        assert_eq!(sorted.len(), MAX_ROUTES, "no route twice");
    }

    #[test]
    fn from_next_cleans_links_as_new_does() {
        let graph = CareerGraph::from_next(vec![vec![1, 0, 1, 7], vec![0], vec![]]);
        assert_eq!(graph.next, vec![vec![1], vec![0], vec![]]);
        assert_eq!(graph.previous, vec![vec![1], vec![0], vec![]]);
        let feed = feed_with_paths(&[("a", &["b", "c"]), ("b", &["c"]), ("c", &["a"])]);
        let links: Vec<Vec<RoleIdx>> = feed.roles.iter().map(|r| r.next_roles.clone()).collect();
        assert_eq!(CareerGraph::from_next(links), CareerGraph::new(&feed));
    }

    #[test]
    fn a_framework_without_paths_says_so() {
        let feed = feed_with_paths(&[("a", &[]), ("b", &[])]);
        assert!(!CareerGraph::new(&feed).has_paths());
    }
}
