//! The part of the career graph drawn around one role: two steps on and two steps back.
//! With thousands of roles the map never draws them all; each column keeps the roles that
//! matter most and counts the rest.

use super::graph::CareerGraph;
use crate::feed::RoleIdx;
use std::cmp::Ordering;
use std::collections::VecDeque;
use stdx::sorting::sort_by;

/// How far the map reaches from its centre, each way.
pub const REACH: u32 = 2;
/// Roles drawn in one column at most; the others are counted and can be found by search.
pub const MAX_PER_COLUMN: usize = 8;

/// A role on the map: `offset` steps on (positive) or back (negative) from the centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub role: RoleIdx,
    pub offset: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// -2 … 2; 0 is the centre.
    pub offset: i32,
    /// The roles drawn, most important first.
    pub roles: Vec<RoleIdx>,
    /// Roles this far from the centre that are not drawn.
    pub hidden: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbourhood {
    pub centre: RoleIdx,
    /// Only the columns with roles, from the furthest back to the furthest on.
    pub columns: Vec<Column>,
}

impl Neighbourhood {
    pub fn placed(&self) -> impl Iterator<Item = Placed> + '_ {
        self.columns.iter().flat_map(|c| {
            c.roles.iter().map(move |&role| Placed {
                role,
                offset: c.offset,
            })
        })
    }

    pub fn contains(&self, role: RoleIdx) -> bool {
        self.columns.iter().any(|c| c.roles.contains(&role))
    }

    pub fn drawn(&self) -> usize {
        self.columns.iter().map(|c| c.roles.len()).sum()
    }

    pub fn hidden(&self) -> usize {
        self.columns.iter().map(|c| c.hidden).sum()
    }
}

/// Steps along `links` from `from`, up to [`REACH`].
fn reach(links: &[Vec<RoleIdx>], from: RoleIdx) -> Vec<(RoleIdx, u32)> {
    let mut seen = vec![false; links.len()];
    seen[from] = true;
    let mut found = Vec::new();
    let mut queue = VecDeque::from([(from, 0)]);
    while let Some((role, d)) = queue.pop_front() {
        if d == REACH {
            continue;
        }
        for &n in &links[role] {
            if !std::mem::replace(&mut seen[n], true) {
                found.push((n, d + 1));
                queue.push_back((n, d + 1));
            }
        }
    }
    found
}

/// The roles around `centre`. A role both ahead and behind (a loop) is drawn ahead. `pinned`
/// roles (where the user is, their target, the route shown) are always drawn when within
/// reach; the rest of a crowded column is chosen by `order` (most important first).
pub fn neighbourhood(
    graph: &CareerGraph,
    centre: RoleIdx,
    pinned: &[RoleIdx],
    order: impl Fn(RoleIdx, RoleIdx) -> Ordering,
) -> Neighbourhood {
    let mut offsets: Vec<Option<i32>> = vec![None; graph.len()];
    if centre >= graph.len() {
        return Neighbourhood {
            centre,
            columns: Vec::new(),
        };
    }
    offsets[centre] = Some(0);
    for (role, d) in reach(&graph.next, centre) {
        offsets[role] = Some(d as i32);
    }
    for (role, d) in reach(&graph.previous, centre) {
        offsets[role].get_or_insert(-(d as i32));
    }
    // Nearer columns first: a role two steps away is drawn only when a drawn role one step
    // away links it, so no box floats without its arrow.
    let mut columns: Vec<Column> = Vec::new();
    for offset in [0i32, 1, -1, 2, -2] {
        let nearer: Option<&Column> = columns
            .iter()
            .find(|c| c.offset == offset - offset.signum());
        let linked = |r: RoleIdx| match nearer {
            None => true,
            Some(col) if offset > 0 => graph.previous[r].iter().any(|p| col.roles.contains(p)),
            Some(col) => graph.next[r].iter().any(|n| col.roles.contains(n)),
        };
        let all: Vec<RoleIdx> = (0..graph.len())
            .filter(|&r| offsets[r] == Some(offset))
            .collect();
        if all.is_empty() {
            continue;
        }
        let total = all.len();
        let mut roles: Vec<RoleIdx> = all
            .into_iter()
            .filter(|&r| pinned.contains(&r) || linked(r))
            .collect();
        sort_by(&mut roles, |&a, &b| {
            pinned
                .contains(&b)
                .cmp(&pinned.contains(&a))
                .then_with(|| order(a, b))
                .then(a.cmp(&b))
        });
        roles.truncate(MAX_PER_COLUMN);
        columns.push(Column {
            offset,
            hidden: total - roles.len(),
            roles,
        });
    }
    stdx::sorting::sort_by_key(&mut columns, |c| c.offset);
    Neighbourhood { centre, columns }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::test_feed::{feed_with_owned_paths, feed_with_paths, idx};

    #[test]
    fn reaches_two_steps_each_way_and_no_further() {
        let feed = feed_with_paths(&[
            ("a", &["b"]),
            ("b", &["c"]),
            ("c", &["d"]),
            ("d", &["e"]),
            ("e", &["f"]),
            ("f", &[]),
            ("x", &["c"]),
        ]);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "c"), &[], |a, b| a.cmp(&b));
        let by_offset: Vec<(i32, Vec<&str>)> = map
            .columns
            .iter()
            .map(|c| {
                (
                    c.offset,
                    c.roles.iter().map(|&r| feed.roles[r].id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            by_offset,
            vec![
                (-2, vec!["a"]),
                (-1, vec!["b", "x"]),
                (0, vec!["c"]),
                (1, vec!["d"]),
                (2, vec!["e"]),
            ]
        );
        assert!(!map.contains(idx(&feed, "f")));
    }

    #[test]
    fn a_loop_is_drawn_ahead_and_the_centre_once() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &["a"])]);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "a"), &[], |a, b| a.cmp(&b));
        assert_eq!(map.drawn(), 2);
        assert_eq!(map.columns.len(), 2);
        assert_eq!(map.columns[1].offset, 1);
    }

    #[test]
    fn a_crowded_column_keeps_pinned_roles_then_the_best_and_counts_the_rest() {
        let mut spec: Vec<(String, Vec<String>)> =
            vec![("hub".into(), (0..30).map(|i| format!("n{i}")).collect())];
        spec.extend((0..30).map(|i| (format!("n{i}"), Vec::new())));
        let feed = feed_with_owned_paths(&spec);
        let graph = CareerGraph::new(&feed);
        let pinned = idx(&feed, "n0");
        // "Best" here: the highest index first.
        let map = neighbourhood(&graph, idx(&feed, "hub"), &[pinned], |a, b| b.cmp(&a));
        let column = &map.columns[1];
        assert_eq!(column.roles.len(), MAX_PER_COLUMN);
        assert_eq!(column.hidden, 30 - MAX_PER_COLUMN);
        assert_eq!(column.roles[0], pinned);
        assert_eq!(feed.roles[column.roles[1]].id, "n29");
        assert_eq!(map.hidden(), 22);
    }

    #[test]
    fn a_role_two_steps_on_is_drawn_only_with_the_role_that_leads_to_it() {
        // hub → n0…n29, each n_i → m_i: only the m of drawn n are drawn.
        let mut spec: Vec<(String, Vec<String>)> =
            vec![("hub".into(), (0..30).map(|i| format!("n{i}")).collect())];
        spec.extend((0..30).map(|i| (format!("n{i}"), vec![format!("m{i}")])));
        spec.extend((0..30).map(|i| (format!("m{i}"), Vec::new())));
        let feed = feed_with_owned_paths(&spec);
        let graph = CareerGraph::new(&feed);
        // "Best" here: the highest index first, so the m roles would win on their own.
        let map = neighbourhood(&graph, idx(&feed, "hub"), &[], |a, b| b.cmp(&a));
        let (one, two) = (&map.columns[1], &map.columns[2]);
        assert_eq!(two.offset, 2);
        for &m in &two.roles {
            assert!(graph.previous[m].iter().any(|p| one.roles.contains(p)));
        }
        assert_eq!(two.roles.len() + two.hidden, 30);
    }
}
