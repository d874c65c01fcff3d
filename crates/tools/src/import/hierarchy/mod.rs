//! What the hierarchical formats (CASE, Moodle competency frameworks) share: a tree of items
//! whose leaves become skills, whose inner items name categories, and whose items at a chosen
//! depth can become roles requiring the skills under them.
//!
//! - [`tree`]: the items and their parent links, cycles, walks.
//! - [`shape`]: skills, categories and roles from a tree ([`ShapeOptions`] on the command line).
//! - [`text`]: item texts cut to the feed's lengths, HTML as plain text.
//! - [`number`]: whole numbers in JSON, as numbers or as text.

pub mod number;
pub mod shape;
pub mod text;
pub mod tree;

pub use shape::{check_role_level, shape, CategoryFrom, ShapeOptions, Shaped};
pub use tree::{DuplicateKey, Node, Tree};

use crate::import::problem::ImportProblem;

/// "X “name” (row 5)": an item as messages name it.
pub fn describe(node: &Node) -> String {
    let name = text::shorten(&node.name, 60);
    let place = if node.place.is_empty() {
        String::new()
    } else {
        format!(", {}", node.place)
    };
    if name.is_empty() || name == node.key {
        format!("{}{place}", node.key)
    } else {
        format!("{} “{name}”{place}", node.key)
    }
}

/// Two items with one key: refused, since ratings are stored against it.
pub fn duplicate_problem(file: &str, duplicate: &DuplicateKey, what: &str) -> ImportProblem {
    let (a, b) = (&duplicate.first, &duplicate.second);
    let message = format!(
        "{what} \"{}\" is given to two items: {} and {}. Skill ids must be unique, since \
         employees' ratings are stored against them; give one of them another {what}.",
        a.key,
        describe(a),
        describe(b)
    );
    match b.row {
        Some(row) => ImportProblem::at_row(file, row, message),
        None => ImportProblem::in_file(file, message),
    }
}

/// The items of a cycle that its message names, one by one; a longer cycle is named by
/// these and counted (a 100,000-item cycle made an 11 MB message).
pub const CYCLE_NAMED: usize = 8;

/// A cycle of parent links: refused, naming its items (the first [`CYCLE_NAMED`] of a longer
/// one, and how many there are). `link` says what the format calls the link ("isChildOf
/// association", "Parent ID number").
pub fn cycle_problem(file: &str, tree: &Tree, cycle: &[usize], link: &str) -> ImportProblem {
    let mut path: Vec<String> = cycle
        .iter()
        .take(CYCLE_NAMED)
        .map(|&n| describe(&tree.nodes[n]))
        .collect();
    let (what, ending) = if cycle.len() > CYCLE_NAMED {
        path.push(format!("… ({} more)", cycle.len() - CYCLE_NAMED));
        (
            format!("these {} items have", cycle.len()),
            format!("{} (back to the first)", tree.nodes[cycle[0]].key.clone()),
        )
    } else {
        (
            "these items have".to_owned(),
            tree.nodes[cycle[0]].key.clone(),
        )
    };
    path.push(ending);
    let message = format!(
        "the {link}s form a cycle, so {what} no place in the hierarchy (each is \
         the child of the next): {}. Correct one of these links so the items lead up to the \
         top of the framework.",
        path.join(" → ")
    );
    match tree.nodes[cycle[0]].row {
        Some(row) => ImportProblem::at_row(file, row, message),
        None => ImportProblem::in_file(file, message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(key: &str, name: &str, row: usize) -> Node {
        Node {
            key: key.into(),
            name: name.into(),
            row: Some(row),
            place: format!("row {row}"),
            ..Node::default()
        }
    }

    #[test]
    fn a_cycle_is_named_item_by_item_at_the_first_items_row() {
        let mut tree = Tree::new(vec![node("a", "Alpha", 2), node("b", "Beta", 3)]).unwrap();
        tree.link(0, 1);
        tree.link(1, 0);
        let cycle = tree.find_cycle().unwrap();
        let problem = cycle_problem("f.csv", &tree, &cycle, "Parent ID number");
        assert_eq!(problem.row, Some(2));
        assert!(
            problem
                .message
                .contains("a “Alpha”, row 2 → b “Beta”, row 3 → a"),
            "{problem}"
        );
    }

    #[test]
    fn a_duplicate_is_reported_at_the_second_item() {
        let duplicate = Tree::new(vec![node("x", "One", 2), node("x", "Two", 9)]).unwrap_err();
        let problem = duplicate_problem("f.csv", &duplicate, "ID number");
        assert_eq!(problem.row, Some(9));
        assert!(
            problem
                .message
                .contains("x “One”, row 2 and x “Two”, row 9"),
            "{problem}"
        );
    }
}
