//! A framework's items and their parent links: lookup by key, cycle detection, and the walks
//! the feed needs (reading order, leaves under an item, items at a depth).
//!
//! An item may have several parents (CASE allows an item to sit under two clusters); the first
//! parent linked is its main one, which gives its category.

use std::collections::{BTreeMap, HashSet};

/// One item of a framework as its format describes it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Node {
    /// The item's key in its format (a CASE identifier, a Moodle ID number); also the skill or
    /// role id it becomes.
    pub key: String,
    /// Its name as employees will see it.
    pub name: String,
    pub description: String,
    pub aliases: Vec<String>,
    /// Where it is in the input, for messages: the row (CSV) or `None`.
    pub row: Option<usize>,
    /// Where it is in words: "row 12", "CFItems[3]".
    pub place: String,
}

/// Two items given one key, as they were given.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateKey {
    pub first: Node,
    pub second: Node,
}

#[derive(Debug, Default)]
pub struct Tree {
    pub nodes: Vec<Node>,
    index: BTreeMap<String, usize>,
    parents: Vec<Vec<usize>>,
    children: Vec<Vec<usize>>,
    /// Every (child, parent) link, so a link made twice is found without scanning an item's
    /// parents (an item under 100,000 others made linking quadratic).
    links: HashSet<(usize, usize)>,
}

/// The items visited by one walk, cleared in time proportional to the walk (not to the tree),
/// so walking under each of many roles stays linear in what the walks visit.
#[derive(Debug, Default)]
pub struct Visited {
    seen: Vec<bool>,
    touched: Vec<usize>,
}

impl Visited {
    fn reset(&mut self, len: usize) {
        if self.seen.len() != len {
            self.seen = vec![false; len];
            self.touched.clear();
        }
        for n in self.touched.drain(..) {
            self.seen[n] = false;
        }
    }

    fn visit(&mut self, node: usize) -> bool {
        if std::mem::replace(&mut self.seen[node], true) {
            return false;
        }
        self.touched.push(node);
        true
    }
}

impl Tree {
    /// The items, or the first two that share a key.
    pub fn new(nodes: Vec<Node>) -> Result<Tree, Box<DuplicateKey>> {
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (i, node) in nodes.iter().enumerate() {
            if let Some(&first) = index.get(&node.key) {
                return Err(Box::new(DuplicateKey {
                    first: nodes[first].clone(),
                    second: node.clone(),
                }));
            }
            index.insert(node.key.clone(), i);
        }
        let n = nodes.len();
        Ok(Tree {
            nodes,
            index,
            parents: vec![Vec::new(); n],
            children: vec![Vec::new(); n],
            links: HashSet::new(),
        })
    }

    pub fn find(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// Links `child` under `parent`; children keep the order of the calls. A link made twice is
    /// kept once. Returns false when it was already there.
    pub fn link(&mut self, child: usize, parent: usize) -> bool {
        if !self.links.insert((child, parent)) {
            return false;
        }
        self.parents[child].push(parent);
        self.children[parent].push(child);
        true
    }

    pub fn parents(&self, node: usize) -> &[usize] {
        &self.parents[node]
    }

    pub fn children(&self, node: usize) -> &[usize] {
        &self.children[node]
    }

    pub fn is_leaf(&self, node: usize) -> bool {
        self.children[node].is_empty()
    }

    /// Items without a parent, in input order.
    pub fn roots(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.parents[i].is_empty())
            .collect()
    }

    /// The first cycle of parent links found, as the items along it (each the child of the next,
    /// the last the child of the first), or `None` when there is none.
    pub fn find_cycle(&self) -> Option<Vec<usize>> {
        // 0 unvisited, 1 on the current path, 2 done. Iterative, so a deep framework cannot
        // overflow the stack.
        let mut state = vec![0u8; self.nodes.len()];
        for start in 0..self.nodes.len() {
            if state[start] != 0 {
                continue;
            }
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(&mut (node, ref mut next)) = path.last_mut() {
                if let Some(&parent) = self.parents[node].get(*next) {
                    *next += 1;
                    match state[parent] {
                        0 => {
                            state[parent] = 1;
                            path.push((parent, 0));
                        }
                        1 => {
                            let from = path.iter().position(|&(n, _)| n == parent).unwrap_or(0);
                            return Some(path[from..].iter().map(|&(n, _)| n).collect());
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    path.pop();
                }
            }
        }
        None
    }

    /// Every item once, in reading order: each root, then its children depth first. Call only
    /// on a tree without cycles.
    pub fn reading_order(&self) -> Vec<usize> {
        let mut seen = Visited::default();
        seen.reset(self.nodes.len());
        let mut order = Vec::with_capacity(self.nodes.len());
        for root in self.roots() {
            self.walk(root, &mut seen, &mut order);
        }
        order
    }

    fn walk(&self, from: usize, seen: &mut Visited, order: &mut Vec<usize>) {
        let mut stack = vec![from];
        while let Some(node) = stack.pop() {
            if !seen.visit(node) {
                continue;
            }
            order.push(node);
            stack.extend(self.children[node].iter().rev());
        }
    }

    /// The leaves under `node` (itself when it is a leaf), each once, in reading order.
    pub fn leaves_under(&self, node: usize) -> Vec<usize> {
        self.leaves_under_with(node, &mut Visited::default())
    }

    /// [`Tree::leaves_under`], reusing `seen` from one call to the next: the cost is what
    /// the walk visits, not the size of the tree (a role per top-level item was quadratic).
    pub fn leaves_under_with(&self, node: usize, seen: &mut Visited) -> Vec<usize> {
        seen.reset(self.nodes.len());
        let mut order = Vec::new();
        self.walk(node, seen, &mut order);
        order.retain(|&n| self.is_leaf(n));
        order
    }

    /// The items whose shortest way up to a root has `depth` items (roots are at depth 1), in
    /// reading order.
    pub fn at_depth(&self, depth: usize) -> Vec<usize> {
        let depths = self.depths();
        self.reading_order()
            .into_iter()
            .filter(|&n| depths[n] == depth)
            .collect()
    }

    /// Each item's depth: the items on its shortest way up to a root (roots are at depth 1);
    /// `usize::MAX` for an item no root leads to (on a cycle).
    pub fn depths(&self) -> Vec<usize> {
        let mut depths = vec![usize::MAX; self.nodes.len()];
        let mut level: Vec<usize> = self.roots();
        let mut d = 1;
        while !level.is_empty() {
            let mut next = Vec::new();
            for &node in &level {
                if depths[node] == usize::MAX {
                    depths[node] = d;
                    next.extend(self.children[node].iter().copied());
                }
            }
            level = next;
            d += 1;
        }
        depths
    }

    /// The main parent (the first linked), if any.
    pub fn main_parent(&self, node: usize) -> Option<usize> {
        self.parents[node].first().copied()
    }

    /// [`Tree::top_ancestor`] of every item, in time linear in the tree (each item's way up
    /// is followed once; asking each leaf of a long chain was quadratic).
    pub fn top_ancestors(&self) -> Vec<usize> {
        const UNKNOWN: usize = usize::MAX;
        let mut tops = vec![UNKNOWN; self.nodes.len()];
        let mut way = Vec::new();
        for start in 0..self.nodes.len() {
            let mut current = start;
            // Bounded, so even a cyclic tree cannot loop forever.
            while tops[current] == UNKNOWN && way.len() <= self.nodes.len() {
                way.push(current);
                match self.main_parent(current) {
                    Some(parent) => current = parent,
                    None => break,
                }
            }
            let top = if tops[current] == UNKNOWN {
                current
            } else {
                tops[current]
            };
            for node in way.drain(..) {
                tops[node] = top;
            }
        }
        tops
    }

    /// The root reached by following main parents up from `node` (itself when it is a root).
    pub fn top_ancestor(&self, node: usize) -> usize {
        let mut current = node;
        // Bounded, so even a cyclic tree cannot loop forever.
        for _ in 0..self.nodes.len() {
            match self.main_parent(current) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(keys: &[&str], links: &[(&str, &str)]) -> Tree {
        let nodes = keys
            .iter()
            .map(|k| Node {
                key: (*k).to_owned(),
                name: k.to_uppercase(),
                ..Node::default()
            })
            .collect();
        let mut tree = Tree::new(nodes).unwrap();
        for (child, parent) in links {
            let (c, p) = (tree.find(child).unwrap(), tree.find(parent).unwrap());
            tree.link(c, p);
        }
        tree
    }

    fn keys(tree: &Tree, nodes: &[usize]) -> Vec<String> {
        nodes.iter().map(|&n| tree.nodes[n].key.clone()).collect()
    }

    #[test]
    fn a_key_given_twice_is_refused_with_both_positions() {
        let nodes = ["a", "b", "a"]
            .iter()
            .map(|k| Node {
                key: (*k).to_owned(),
                ..Node::default()
            })
            .collect();
        let duplicate = Tree::new(nodes).unwrap_err();
        assert_eq!(
            (duplicate.first.key.as_str(), duplicate.second.key.as_str()),
            ("a", "a")
        );
    }

    #[test]
    fn reading_order_follows_the_links_depth_first() {
        let t = tree(
            &["a1", "b", "a", "a2", "b1"],
            &[("a1", "a"), ("a2", "a"), ("b1", "b")],
        );
        assert_eq!(keys(&t, &t.reading_order()), ["b", "b1", "a", "a1", "a2"]);
        assert_eq!(keys(&t, &t.roots()), ["b", "a"]);
    }

    #[test]
    fn leaves_under_an_item_include_grandchildren_once() {
        // x sits under both a1 and a2: a shared item is listed once.
        let t = tree(
            &["a", "a1", "a2", "x", "y"],
            &[
                ("a1", "a"),
                ("a2", "a"),
                ("x", "a1"),
                ("x", "a2"),
                ("y", "a2"),
            ],
        );
        assert_eq!(keys(&t, &t.leaves_under(0)), ["x", "y"]);
        assert_eq!(keys(&t, &t.leaves_under(3)), ["x"]);
        assert_eq!(t.main_parent(3), t.find("a1"));
        assert_eq!(t.top_ancestor(3), 0);
    }

    #[test]
    fn depth_counts_from_the_roots_by_the_shortest_way() {
        let t = tree(
            &["a", "a1", "a11", "b"],
            &[("a1", "a"), ("a11", "a1"), ("a11", "b")],
        );
        assert_eq!(keys(&t, &t.at_depth(1)), ["a", "b"]);
        assert_eq!(keys(&t, &t.at_depth(2)), ["a1", "a11"]);
        assert!(t.at_depth(3).is_empty());
    }

    #[test]
    fn a_cycle_is_found_with_every_item_on_it() {
        let t = tree(
            &["root", "a", "b", "c"],
            &[("a", "root"), ("b", "a"), ("c", "b"), ("a", "c")],
        );
        let mut cycle = keys(&t, &t.find_cycle().unwrap());
        cycle.sort();
        assert_eq!(cycle, ["a", "b", "c"]);
    }

    #[test]
    fn an_item_that_is_its_own_parent_is_a_cycle() {
        let t = tree(&["a", "b"], &[("b", "b")]);
        assert_eq!(keys(&t, &t.find_cycle().unwrap()), ["b"]);
    }

    #[test]
    fn shared_items_are_not_cycles() {
        let t = tree(&["a", "b", "x"], &[("x", "a"), ("x", "b"), ("b", "a")]);
        assert_eq!(t.find_cycle(), None);
    }

    #[test]
    fn linking_twice_is_kept_once() {
        let mut t = tree(&["a", "b"], &[("b", "a")]);
        assert!(!t.link(1, 0));
        assert_eq!(t.children(0), [1]);
    }
}
