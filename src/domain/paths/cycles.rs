//! Career paths that lead back to where they started, for `feed-check` to note: a ladder that
//! loops is usually a typo in `next_roles`, though moving back and forth can be intended.

use super::graph::CareerGraph;
use crate::domain::feed::RoleIdx;

/// One cycle per group of roles that lead back to one another: the shortest loop from the
/// group's first role in feed order, e.g. `[a, b, c, a]`. Groups come in feed order.
pub fn cycles(graph: &CareerGraph) -> Vec<Vec<RoleIdx>> {
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
    crate::domain::sorting::sort_by_key(&mut found, |c| c[0]);
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
                crate::domain::sorting::sort_by_key(&mut group, |&m| m);
                groups.push(group);
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paths::test_feed::{feed_with_owned_paths, feed_with_paths, idx};

    fn ids(feed: &crate::domain::feed::Feed, cycle: &[RoleIdx]) -> Vec<String> {
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
