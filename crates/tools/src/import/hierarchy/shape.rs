//! Skills, categories and roles from a tree of framework items.
//!
//! - Skills: the leaves (items with nothing under them), in the framework's reading order.
//! - Category: the name of the item directly above (or of the top-level item above, with
//!   `--category-from top`).
//! - Roles: with `--roles-from-depth N` (default 1, the top-level items), each item at depth N
//!   that has items under it becomes a role requiring every skill under it, as "important";
//!   `0` makes one role of the whole framework, `--no-roles` none. The level required is the
//!   format's to choose (each format has its own `--role-level`, checked by
//!   [`check_role_level`]).

use crate::import::draft::{ImportanceDraft, LevelDraft, RequirementDraft, RoleDraft, SkillDraft};
use crate::import::hierarchy::text::{shorten, NAME_MAX};
use crate::import::hierarchy::tree::{Tree, Visited};
use crate::import::problem::ImportProblem;
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum CategoryFrom {
    /// The item directly above the skill.
    #[default]
    Parent,
    /// The top-level item above the skill.
    Top,
}

/// How a framework's hierarchy becomes skills, categories and roles.
#[derive(Debug, Clone, Args)]
pub struct ShapeOptions {
    /// Which item names a skill's category.
    #[arg(long = "category-from", value_enum, value_name = "WHICH", default_value_t = CategoryFrom::Parent)]
    pub category_from: CategoryFrom,
    /// Make a role of every item at this depth that has items under it (1 = the top-level
    /// items), requiring each skill under it. 0 makes one role of the whole framework.
    #[arg(long = "roles-from-depth", value_name = "N", default_value_t = 1)]
    pub roles_from_depth: usize,
    /// Make no roles (default: roles from --roles-from-depth): employees can then rate
    /// themselves but not compare with a role.
    #[arg(long = "no-roles", conflicts_with = "roles_from_depth")]
    pub no_roles: bool,
}

impl Default for ShapeOptions {
    fn default() -> Self {
        ShapeOptions {
            category_from: CategoryFrom::Parent,
            roles_from_depth: 1,
            no_roles: false,
        }
    }
}

#[derive(Debug, Default)]
pub struct Shaped {
    pub skills: Vec<SkillDraft>,
    pub roles: Vec<RoleDraft>,
    /// Why there are no roles although some were asked for, for a warning.
    pub no_roles_because: Option<String>,
}

/// The feed's skills and roles. `framework` is `(id, name)` for the whole-framework role;
/// `level_of(leaf)` is the level a role requires of that skill.
pub fn shape(
    tree: &Tree,
    options: &ShapeOptions,
    framework: (&str, &str),
    level_of: &dyn Fn(usize) -> i64,
) -> Shaped {
    let mut shaped = Shaped::default();
    let tops = tree.top_ancestors();
    for node in tree.reading_order() {
        if !tree.is_leaf(node) {
            continue;
        }
        let above = match options.category_from {
            CategoryFrom::Parent => tree.main_parent(node),
            CategoryFrom::Top => Some(tops[node]).filter(|&top| top != node),
        };
        let item = &tree.nodes[node];
        shaped.skills.push(SkillDraft {
            id: item.key.clone(),
            name: item.name.clone(),
            aliases: item.aliases.clone(),
            category: above.map_or_else(String::new, |a| shorten(&tree.nodes[a].name, NAME_MAX)),
            description: item.description.clone(),
            ..SkillDraft::default()
        });
    }
    if options.no_roles {
        return shaped;
    }
    let requirements = |leaves: Vec<usize>| -> Vec<RequirementDraft> {
        leaves
            .into_iter()
            .map(|leaf| RequirementDraft {
                skill: tree.nodes[leaf].key.clone(),
                level: level_of(leaf),
                importance: ImportanceDraft::IMPORTANT,
            })
            .collect()
    };
    if options.roles_from_depth == 0 {
        let leaves: Vec<usize> = tree
            .reading_order()
            .into_iter()
            .filter(|&n| tree.is_leaf(n))
            .collect();
        if !leaves.is_empty() {
            shaped.roles.push(RoleDraft {
                id: if framework.0.is_empty() {
                    "framework"
                } else {
                    framework.0
                }
                .to_owned(),
                name: if framework.1.is_empty() {
                    "Whole framework"
                } else {
                    framework.1
                }
                .to_owned(),
                requirements: requirements(leaves),
                ..RoleDraft::default()
            });
        }
        return shaped;
    }
    let depth = options.roles_from_depth;
    let mut seen = Visited::default();
    for node in tree.at_depth(depth) {
        if tree.is_leaf(node) {
            continue;
        }
        let item = &tree.nodes[node];
        let top = tops[node];
        shaped.roles.push(RoleDraft {
            id: item.key.clone(),
            name: item.name.clone(),
            family: if top == node {
                String::new()
            } else {
                shorten(&tree.nodes[top].name, NAME_MAX)
            },
            description: item.description.clone(),
            requirements: requirements(tree.leaves_under_with(node, &mut seen)),
            ..RoleDraft::default()
        });
    }
    if shaped.roles.is_empty() {
        let deepest = tree
            .depths()
            .into_iter()
            .filter(|&d| d != usize::MAX)
            .max()
            .unwrap_or(0);
        shaped.no_roles_because = Some(format!(
            "no item at depth {depth} has items under it (the framework is {deepest} level{} \
             deep), so the feed has no roles: employees can rate themselves but not compare \
             with a role. Choose a smaller --roles-from-depth (0 makes one role of the whole \
             framework).",
            if deepest == 1 { "" } else { "s" }
        ));
    }
    shaped
}

/// Refuses a `--role-level` that is not a level of the scale, or is its lowest level: everyone
/// has the lowest level (it means "not started"), so every role would require nothing and show
/// everyone as a 100% fit. The message lists the scale's levels.
pub fn check_role_level(
    file: &str,
    level: i64,
    levels: &[LevelDraft],
) -> Result<(), ImportProblem> {
    let listed = levels
        .iter()
        .map(|l| format!("{} {}", l.level, l.label))
        .collect::<Vec<_>>()
        .join(", ");
    let lowest = levels.iter().map(|l| l.level).min().unwrap_or(0);
    let why = if !levels.iter().any(|l| l.level == level) {
        "is not a level of the scale"
    } else if level == lowest {
        "is the lowest level of the scale, which everyone has: every role would require \
         nothing and show everyone as a 100% fit"
    } else {
        return Ok(());
    };
    Err(ImportProblem::in_file(
        file,
        format!(
            "--role-level {level} {why}. The scale's levels are {listed}; give one above \
             {lowest}, or leave --role-level out to use the scale's proficient level."
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::hierarchy::tree::Node;

    /// Data › (SQL, Python), People › Coaching › (Feedback), Ethics (a top-level leaf).
    fn sample() -> Tree {
        let names = [
            ("data", "Data"),
            ("sql", "SQL"),
            ("python", "Python"),
            ("people", "People"),
            ("coaching", "Coaching"),
            ("feedback", "Feedback"),
            ("ethics", "Ethics"),
        ];
        let nodes = names
            .iter()
            .map(|(k, n)| Node {
                key: (*k).into(),
                name: (*n).into(),
                ..Node::default()
            })
            .collect();
        let mut tree = Tree::new(nodes).unwrap();
        for (child, parent) in [(1, 0), (2, 0), (4, 3), (5, 4)] {
            tree.link(child, parent);
        }
        tree
    }

    fn ids<T>(items: &[T], id: fn(&T) -> &str) -> Vec<String> {
        items.iter().map(|i| id(i).to_owned()).collect()
    }

    #[test]
    fn leaves_are_skills_with_their_parent_as_category() {
        let shaped = shape(&sample(), &ShapeOptions::default(), ("f", "F"), &|_| 3);
        assert_eq!(
            ids(&shaped.skills, |s| &s.id),
            ["sql", "python", "feedback", "ethics"]
        );
        assert_eq!(shaped.skills[2].category, "Coaching");
        assert_eq!(shaped.skills[3].category, "");
    }

    #[test]
    fn the_top_item_can_name_the_category() {
        let options = ShapeOptions {
            category_from: CategoryFrom::Top,
            ..ShapeOptions::default()
        };
        let shaped = shape(&sample(), &options, ("f", "F"), &|_| 3);
        assert_eq!(shaped.skills[2].category, "People");
    }

    #[test]
    fn top_level_items_with_items_under_them_are_roles_by_default() {
        let shaped = shape(&sample(), &ShapeOptions::default(), ("f", "F"), &|leaf| {
            leaf as i64
        });
        assert_eq!(ids(&shaped.roles, |r| &r.id), ["data", "people"]);
        let people = &shaped.roles[1];
        assert_eq!(people.requirements.len(), 1);
        assert_eq!(people.requirements[0].skill, "feedback");
        assert_eq!(people.requirements[0].level, 5);
        assert_eq!(
            people.requirements[0].importance,
            ImportanceDraft::IMPORTANT
        );
        assert_eq!(people.family, "");
    }

    #[test]
    fn deeper_roles_take_their_top_item_as_family() {
        let options = ShapeOptions {
            roles_from_depth: 2,
            ..ShapeOptions::default()
        };
        let shaped = shape(&sample(), &options, ("f", "F"), &|_| 2);
        assert_eq!(ids(&shaped.roles, |r| &r.id), ["coaching"]);
        assert_eq!(shaped.roles[0].family, "People");
        assert_eq!(shaped.roles[0].requirements[0].level, 2);
    }

    #[test]
    fn depth_zero_is_one_role_for_the_whole_framework() {
        let options = ShapeOptions {
            roles_from_depth: 0,
            ..ShapeOptions::default()
        };
        let shaped = shape(&sample(), &options, ("acme", "ACME skills"), &|_| 1);
        assert_eq!(shaped.roles.len(), 1);
        assert_eq!(shaped.roles[0].name, "ACME skills");
        assert_eq!(shaped.roles[0].requirements.len(), 4);
    }

    #[test]
    fn too_deep_says_why_there_are_no_roles() {
        let options = ShapeOptions {
            roles_from_depth: 3,
            ..ShapeOptions::default()
        };
        let shaped = shape(&sample(), &options, ("f", "F"), &|_| 1);
        assert!(shaped.roles.is_empty());
        let why = shaped.no_roles_because.unwrap();
        assert!(why.contains("3 levels deep"), "{why}");
    }

    #[test]
    fn no_roles_means_none() {
        let options = ShapeOptions {
            no_roles: true,
            ..ShapeOptions::default()
        };
        let shaped = shape(&sample(), &options, ("f", "F"), &|_| 1);
        assert!(shaped.roles.is_empty());
        assert!(shaped.no_roles_because.is_none());
    }

    #[test]
    fn a_role_level_at_the_bottom_or_off_the_scale_is_refused_naming_the_levels() {
        let levels: Vec<LevelDraft> = ["Not yet", "Beginning", "Proficient"]
            .iter()
            .enumerate()
            .map(|(level, label)| LevelDraft {
                level: level as i64,
                label: (*label).into(),
                description: String::new(),
            })
            .collect();
        assert!(check_role_level("f.json", 1, &levels).is_ok());
        assert!(check_role_level("f.json", 2, &levels).is_ok());
        let lowest = check_role_level("f.json", 0, &levels).unwrap_err();
        assert_eq!(lowest.file, "f.json");
        assert!(
            lowest
                .message
                .contains("--role-level 0 is the lowest level of the scale"),
            "{lowest}"
        );
        assert!(
            lowest
                .message
                .contains("levels are 0 Not yet, 1 Beginning, 2 Proficient; give one above 0"),
            "{lowest}"
        );
        for off in [-1, 3] {
            let problem = check_role_level("f.json", off, &levels).unwrap_err();
            assert!(
                problem
                    .message
                    .contains(&format!("--role-level {off} is not a level of the scale")),
                "{problem}"
            );
        }
    }
}
