//! Career paths that lead back to where they started, for `feed-check` to note: a ladder that
//! loops is usually a typo in `next_roles`, though moving back and forth can be intended.

use super::career_graph::{looked_at, CareerGraph};
use crate::feed::RoleIdx;
use std::collections::VecDeque;

/// One cycle per group of roles that lead back to one another: the shortest loop from the
/// group's first role in feed order, e.g. `[a, b, c, a]`. Groups come in feed order.
///
/// Linear in roles and links (issue 32): each group is searched once, breadth first from its
/// first role and without leaving the group (a shortest way round never does), instead of once
/// per role leading back to its start over the whole graph.
pub fn cycles(graph: &CareerGraph) -> Vec<Vec<RoleIdx>> {
    let groups = strongly_connected(graph);
    let mut group_of = vec![usize::MAX; graph.len()];
    for (g, group) in groups.iter().enumerate() {
        for &member in group {
            group_of[member] = g;
        }
    }
    // Steps from the current group's first role; reset after each group, so the whole
    // search touches each role and each link a bounded number of times.
    let mut distance: Vec<Option<u32>> = vec![None; graph.len()];
    let mut queue = VecDeque::new();
    let mut found = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        if group.len() < 2 {
            continue;
        }
        let start = group[0];
        distance[start] = Some(0);
        queue.push_back(start);
        while let Some(role) = queue.pop_front() {
            let d = distance[role].unwrap_or(0);
            looked_at(graph.next[role].len());
            for &n in &graph.next[role] {
                if group_of[n] == g && distance[n].is_none() {
                    distance[n] = Some(d + 1);
                    queue.push_back(n);
                }
            }
        }
        // The first role of the fewest steps away among those leading back to the start.
        let mut back: Option<(u32, RoleIdx)> = None;
        looked_at(graph.previous[start].len());
        for &p in &graph.previous[start] {
            if let Some(d) = distance[p] {
                if back.is_none_or(|(best, _)| d < best) {
                    back = Some((d, p));
                }
            }
        }
        if let Some((_, p)) = back {
            if let Some(mut route) = graph
                .routes_back(&distance, start, p)
                .routes
                .into_iter()
                .next()
            {
                route.push(start);
                found.push(route);
            }
        }
        for &member in group {
            distance[member] = None;
        }
    }
    stdx::sorting::sort_by_key(&mut found, |c| c[0]);
    found
}

/// Tarjan's strongly connected components, iteratively (a 3,000-role ladder would overflow
/// the WebAssembly stack if walked recursively). Each group is sorted by role index.
fn strongly_connected(graph: &CareerGraph) -> Vec<Vec<RoleIdx>> {
    let n = graph.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut groups = Vec::new();
    let mut next_index = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // (role, position in its list of next roles)
        let mut walk = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (role, ref mut pos)) = walk.last_mut() {
            if let Some(&next) = graph.next[role].get(*pos) {
                *pos += 1;
                looked_at(1);
                if index[next] == usize::MAX {
                    index[next] = next_index;
                    low[next] = next_index;
                    next_index += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    walk.push((next, 0));
                } else if on_stack[next] {
                    low[role] = low[role].min(index[next]);
                }
                continue;
            }
            walk.pop();
            if let Some(&(parent, _)) = walk.last() {
                low[parent] = low[parent].min(low[role]);
            }
            if low[role] == index[role] {
                let mut group = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    group.push(member);
                    if member == role {
                        break;
                    }
                }
                stdx::sorting::sort_by_key(&mut group, |&m| m);
                groups.push(group);
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::test_feed::{feed_with_owned_paths, feed_with_paths, idx};

    fn ids(feed: &crate::feed::Feed, cycle: &[RoleIdx]) -> Vec<String> {
        cycle.iter().map(|&i| feed.roles[i].id.clone()).collect()
    }

    #[test]
    fn finds_each_loop_once_with_its_shortest_way_round() {
        let feed = feed_with_paths(&[
            ("a", &["b"]),
            ("b", &["c", "a"]),
            ("c", &["a"]),
            ("d", &["e"]),
            ("e", &["f"]),
            ("f", &["d"]),
            ("g", &["g"]),
            ("h", &[]),
        ]);
        let found = cycles(&CareerGraph::new(&feed));
        let found: Vec<Vec<String>> = found.iter().map(|c| ids(&feed, c)).collect();
        assert_eq!(
            found,
            vec![vec!["a", "b", "a"], vec!["d", "e", "f", "d"]],
            "a self-reference is not a loop here (the validator drops and notes it)"
        );
        let _ = idx(&feed, "h");
    }

    /// `cycles(graph)` and the links it looked at.
    fn counted(graph: &CareerGraph) -> (Vec<Vec<RoleIdx>>, usize) {
        use crate::feed::career_graph::LINKS_LOOKED_AT;
        LINKS_LOOKED_AT.with(|c| c.set(0));
        let found = cycles(graph);
        (found, LINKS_LOOKED_AT.with(|c| c.get()))
    }

    fn links(graph: &CareerGraph) -> usize {
        graph.next.iter().map(Vec::len).sum()
    }

    /// Every role leading to every other: `n * (n - 1)` links.
    fn complete(n: usize) -> CareerGraph {
        CareerGraph::from_next(
            (0..n)
                .map(|i| (0..n).filter(|&j| j != i).collect())
                .collect(),
        )
    }

    #[test]
    fn a_complete_framework_of_1500_roles_is_one_loop_found_in_linear_work() {
        // Issue 32. 2,248,500 links. Before the fix the way round was searched once per role
        // leading back to the first (1,499 breadth-first searches of the whole graph, about
        // 3.4 billion link visits) after a graph build that checked every link against the
        // role's earlier ones (another 1.7 billion comparisons): minutes in a debug build.
        // Now: one pass to build, one for the groups, one search in the group, seconds.
        let graph = complete(1_500);
        assert_eq!(graph.next[0].len(), 1_499);
        assert_eq!(graph.previous[1_499].len(), 1_499);
        let (found, looked_at) = counted(&graph);
        assert_eq!(found, vec![vec![0, 1, 0]]);
        // Each link once for the groups, once for the search, and the first role's incoming
        // links once more; before the fix: 1,499 searches of every link (3.4 billion).
        assert!(
            looked_at <= 3 * links(&graph),
            "{looked_at} links looked at"
        );
    }

    #[test]
    fn links_listed_twice_are_dropped_without_comparing_every_pair() {
        // Each of 1,500 roles lists every role twice (itself included): 4.5 million entries.
        let n = 1_500;
        let graph = CareerGraph::from_next((0..n).map(|_| (0..n).chain(0..n).collect()).collect());
        assert_eq!(graph, complete(n));
    }

    #[test]
    fn many_small_loops_among_100000_roles_are_each_searched_within_their_loop() {
        // 50,000 pairs leading to each other, each pair's second also leading up the ladder
        // to the next pair: 50,000 groups. Before the fix each group's way round was searched
        // over the whole graph (50,000 x 100,000 roles); now each search stays in its group.
        let n = 100_000;
        let next: Vec<Vec<RoleIdx>> = (0..n)
            .map(|i| {
                if i % 2 == 0 {
                    vec![i + 1]
                } else if i + 1 < n {
                    vec![i - 1, i + 1]
                } else {
                    vec![i - 1]
                }
            })
            .collect();
        let graph = CareerGraph::from_next(next);
        let (found, looked_at) = counted(&graph);
        // Before the fix: 50,000 searches of the whole graph (7.5 billion links looked at).
        assert!(
            looked_at <= 3 * (links(&graph) + n),
            "{looked_at} links looked at"
        );
        assert_eq!(found.len(), n / 2);
        assert_eq!(found[0], vec![0, 1, 0]);
        assert_eq!(found[n / 2 - 1], vec![n - 2, n - 1, n - 2]);
    }

    #[test]
    fn a_100000_role_framework_without_links_has_no_loops() {
        let graph = CareerGraph::from_next(vec![Vec::new(); 100_000]);
        assert!(!graph.has_paths());
        assert!(cycles(&graph).is_empty());
    }

    /// The loops as they were found before issue 32, one search of the whole graph per role
    /// leading back to the group's first role: the reference the linear search must match.
    fn cycles_by_searching_per_role(graph: &CareerGraph) -> Vec<Vec<RoleIdx>> {
        let mut found = Vec::new();
        for group in strongly_connected(graph) {
            if group.len() < 2 {
                continue;
            }
            let start = group[0];
            let loop_back = graph.previous[start]
                .iter()
                .filter(|p| group.contains(p))
                .filter_map(|&p| graph.shortest_routes(start, p).routes.into_iter().next())
                .min_by_key(Vec::len);
            if let Some(mut route) = loop_back {
                route.push(start);
                found.push(route);
            }
        }
        stdx::sorting::sort_by_key(&mut found, |c| c[0]);
        found
    }

    #[test]
    fn finds_the_same_loops_as_searching_once_per_role() {
        // Random frameworks, sparse to dense, with many ties (a ring of roles each leading
        // two and three steps on has several shortest ways round).
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut below = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for round in 0..300 {
            let n = 2 + below(40);
            let per_role = 1 + round % 6;
            let next: Vec<Vec<RoleIdx>> = (0..n)
                .map(|_| (0..below(per_role + 1)).map(|_| below(n)).collect())
                .collect();
            let graph = CareerGraph::from_next(next);
            assert_eq!(
                cycles(&graph),
                cycles_by_searching_per_role(&graph),
                "round {round}: {:?}",
                graph.next
            );
        }
        let ring = CareerGraph::from_next(
            (0..30)
                .map(|i| vec![(i + 2) % 30, (i + 3) % 30, (i + 29) % 30])
                .collect(),
        );
        assert_eq!(cycles(&ring), cycles_by_searching_per_role(&ring));
    }

    #[test]
    fn a_ladder_without_loops_has_none_even_when_very_long() {
        let spec: Vec<(String, Vec<String>)> = (0..5000)
            .map(|i| (format!("r{i}"), vec![format!("r{}", i + 1)]))
            .chain([("r5000".to_owned(), Vec::new())])
            .collect();
        let feed = feed_with_owned_paths(&spec);
        assert!(cycles(&CareerGraph::new(&feed)).is_empty());
    }
}
